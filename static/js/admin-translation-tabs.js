/* The translation tabs' language switch (modeltranslation) starts on the first language,
   Arabic, while the tabs start on the default one, English: rows added with "Add another"
   then open on Arabic. Start the switch on the default language, as the tabs do; and on a
   page with nothing translated, where the switch would be empty, leave it out. */
(function () {
  "use strict";
  var jQuery = window.django && window.django.jQuery;
  if (!jQuery) {
    return;
  }
  jQuery(function ($) {
    var field = $(".mt-default").filter("input, textarea, select").first();
    var switcher = $("#modeltranslation-main-switch");
    // A page without a translated field gets an empty switch beside its title: take it away.
    if (switcher.length && !switcher.find("option").length) {
      switcher.remove();
      return;
    }
    if (!field.length || !switcher.length) {
      return;
    }
    var match = /(?:^|\s)mt-field-[^\s]*?-([a-z]+(?:_[a-z]+)?)(?:\s|$)/.exec(field.attr("class"));
    if (!match) {
      return;
    }
    var language = match[1].replace("_", "-");
    switcher.find("option").each(function () {
      if ($(this).text() === language) {
        switcher.val($(this).val());
      }
    });
  });
})();
