// The language switcher's links keep the place the reader is at (#item-3): the fragment of
// the address never reaches the server, so the page is rendered with links without it, and
// they are given it here, and again whenever it changes.
(function () {
  "use strict";

  function keepFragment() {
    var links = document.querySelectorAll("nav.language-switcher a[hreflang]");
    links.forEach(function (link) {
      var url = new URL(link.getAttribute("href"), window.location.href);
      url.hash = window.location.hash;
      link.setAttribute("href", url.pathname + url.search + url.hash);
    });
  }

  keepFragment();
  window.addEventListener("hashchange", keepFragment);
})();
