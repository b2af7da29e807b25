/* The joint meeting's live preview (templates/admin/agendas/jointmeeting/change_form.html):
   as agenda items and footnotes are chosen, added or deleted in the items' rows, ask the
   admin's preview endpoint (agendas/admin.py) for the sentence and the programme marks in
   every language, and show its answer under the rows. A row added with "Add another" gets
   the position after the others'. No inline script: the endpoint's address is the preview
   section's data-url. */
(function () {
  "use strict";
  var jQuery = window.django && window.django.jQuery;

  function rows() {
    return Array.prototype.slice
      .call(document.querySelectorAll("#memberships-group tr.form-row"))
      .filter(function (row) {
        return !row.classList.contains("empty-form") && row.id.indexOf("-empty") === -1;
      });
  }

  function field(row, name) {
    return row.querySelector('[name$="-' + name + '"]');
  }

  function chosen() {
    var found = [];
    rows().forEach(function (row, index) {
      var item = field(row, "agenda_item");
      var deleted = field(row, "DELETE");
      if (!item || !item.value || (deleted && deleted.checked)) {
        return;
      }
      var position = field(row, "position");
      var footnote = field(row, "footnote");
      found.push({
        item: item.value,
        footnote: footnote ? footnote.value : "",
        position: position && position.value !== "" ? Number(position.value) : index,
        index: index
      });
    });
    found.sort(function (a, b) {
      return a.position - b.position || a.index - b.index;
    });
    return found;
  }

  function start() {
    var section = document.getElementById("joint-meeting-preview");
    if (!section) {
      return;
    }
    var body = section.querySelector(".joint-preview-body");
    var timer = null;
    var asked = 0;

    function refresh() {
      var query = new URLSearchParams();
      chosen().forEach(function (row) {
        query.append("item", row.item);
        query.append("footnote", row.footnote);
      });
      query.append("meeting", section.dataset.meeting || "");
      var number = ++asked;
      section.setAttribute("aria-busy", "true");
      fetch(section.dataset.url + "?" + query.toString(), {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
        .then(function (response) {
          return response.ok ? response.json() : Promise.reject(response.status);
        })
        .then(function (answer) {
          if (number === asked) {
            body.innerHTML = answer.html;
          }
        })
        .catch(function () {})
        .then(function () {
          if (number === asked) {
            section.removeAttribute("aria-busy");
          }
        });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 200);
    }

    function numberNewRow(event) {
      var row = event.target;
      var position = row && field(row, "position");
      if (!position) {
        return;
      }
      var highest = -1;
      rows().forEach(function (other) {
        var value = other !== row && field(other, "position");
        if (value && value.value !== "") {
          highest = Math.max(highest, Number(value.value));
        }
      });
      position.value = String(highest + 1);
    }

    // select2 (the autocomplete) announces a choice with jQuery's "change", which native
    // listeners do not hear; jQuery's delegated handler hears both kinds.
    if (jQuery) {
      jQuery(document).on("change input", "#memberships-group", later);
    } else {
      document.addEventListener("change", later);
    }
    document.addEventListener("formset:added", function (event) {
      numberNewRow(event);
      later();
    });
    document.addEventListener("formset:removed", later);
    refresh();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
