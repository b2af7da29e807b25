/* Names, for assistive technology, of the admin's library widgets that come without one:
   Django's autocompletes (select2: the selection box and its search field), modeltranslation's
   language switch, the empty header over a tabular inline's column of hidden keys, and Django's date
   shortcuts. The texts come from the script's data attributes (templates/admin/base_site.html). */
(function () {
  "use strict";
  var jQuery = window.django && window.django.jQuery;
  var script = document.currentScript;
  if (!jQuery || !script) {
    return;
  }
  var $ = jQuery;
  var texts = script.dataset;

  // The label of a field: its <label for>, or the header of its column in a tabular inline.
  function nameOf(select) {
    var id = select.attr("id");
    var text = id ? $("label[for='" + id + "']").first().text() : "";
    if (!$.trim(text)) {
      var cell = select.closest("td");
      if (cell.length) {
        text = cell.closest("table").find("thead th").eq(cell.index()).text();
      }
    }
    return $.trim(text).replace(/[:：]$/, "");
  }

  function nameAutocomplete(select) {
    var container = select.next(".select2-container");
    var name = nameOf(select);
    if (!container.length || !name) {
      return;
    }
    container.find(".select2-selection").attr("aria-label", name);
    container.find(".select2-selection__rendered[role=textbox]").attr("aria-label", name);
    container.find(".select2-search__field").attr("aria-label", name);
    // A multiple selection's choices are a list that holds the clear button too: not a list.
    var choices = container.find("ul.select2-selection__rendered");
    choices.attr("role", "none").children("li").attr("role", "none");
  }

  function nameAutocompletes(root) {
    $(root).find("select.admin-autocomplete").each(function () {
      var select = $(this);
      nameAutocomplete(select);
      var choices = select.next(".select2-container").find(".select2-selection").get(0);
      if (choices && !choices.dataset.named) {
        choices.dataset.named = "1";
        // select2 draws the choices and the search field again at each change.
        new MutationObserver(function () {
          nameAutocomplete(select);
        }).observe(choices, { childList: true, subtree: true });
      }
    });
  }

  function nameTranslationWidgets() {
    $("#modeltranslation-main-switch").attr("aria-label", texts.languageSwitch);
  }

  // A tabular inline's first column holds each row's hidden keys, under an empty header.
  function unnameKeyColumns() {
    $("thead th.original").filter(function () {
      return !$.trim($(this).text());
    }).attr("role", "none");
  }

  // Django's date shortcuts name "Today" in the catalogue's words, which a language may lack
  // ("Today (…)" around 今天): the name starts with the visible word, as it must.
  function nameDateShortcuts() {
    $(".datetimeshortcuts a[aria-label]").each(function () {
      var link = $(this);
      var text = $.trim(link.text());
      var label = link.attr("aria-label");
      if (text && label.indexOf(text) === -1) {
        link.attr("aria-label", text + label.replace(/^[^(]*/, " "));
      }
    });
  }

  // The date shortcuts are drawn once the page has loaded.
  window.addEventListener("load", function () {
    window.setTimeout(nameDateShortcuts, 0);
  });

  $(function () {
    // After the libraries' own start-up, which runs on the same event.
    window.setTimeout(function () {
      nameAutocompletes(document);
      nameTranslationWidgets();
      unnameKeyColumns();
    }, 0);
  });
  $(document).on("formset:added", function (event) {
    window.setTimeout(function () {
      nameAutocompletes(event.target);
      nameTranslationWidgets();
    }, 0);
  });
})();
