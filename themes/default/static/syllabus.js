// Syllabus default theme: the colour-scheme toggle and the navigation drawer.
// Pages work without this script: the navigation then follows the content.
(function () {
  "use strict";
  var root = document.documentElement;
  var storageKey = "syllabus-theme";

  function systemPrefersDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function currentTheme() {
    return root.dataset.theme || (systemPrefersDark() ? "dark" : "light");
  }

  function setupThemeToggle() {
    var button = document.querySelector(".theme-button");
    if (!button) return;
    var show = function () {
      button.setAttribute("aria-pressed", currentTheme() === "dark" ? "true" : "false");
    };
    show();
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem(storageKey, next); } catch (e) { /* private mode: not remembered */ }
      show();
    });
    if (window.matchMedia) {
      window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", show);
    }
  }

  function setupDrawer() {
    var button = document.querySelector(".menu-button");
    var nav = document.getElementById("course-nav");
    if (!button || !nav) return;
    var setOpen = function (open, returnFocus) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      document.body.classList.toggle("nav-open", open);
      if (open) {
        var current = nav.querySelector("[aria-current]") || nav.querySelector("a");
        if (current) current.focus();
      } else if (returnFocus) {
        button.focus();
      }
    };
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true", false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && document.body.classList.contains("nav-open")) {
        setOpen(false, true);
      }
    });
    nav.addEventListener("click", function (event) {
      if (event.target.closest("a")) setOpen(false, false);
    });
  }

  // The course map can be wider than a phone: start with its first module in view.
  function centreMap() {
    var scroller = document.querySelector(".map-scroll");
    var first = scroller && scroller.querySelector(".map-node");
    if (!first || scroller.scrollWidth <= scroller.clientWidth) return;
    var node = first.getBoundingClientRect();
    var view = scroller.getBoundingClientRect();
    scroller.scrollLeft += node.left + node.width / 2 - (view.left + view.width / 2);
  }

  setupThemeToggle();
  setupDrawer();
  centreMap();
})();
