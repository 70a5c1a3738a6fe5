// Syllabus default theme: the colour-scheme toggle, the navigation drawer and tab sets.
// Pages work without this script: the navigation then follows the content.
(function () {
  "use strict";
  var root = document.documentElement;
  var storageKey = "syllabus-theme";
  var language = root.lang || "en";

  // The theme's words in the page's language, from words.js (made by the build): a text with
  // {name} for each argument, or one text per plural category, which Intl.PluralRules picks
  // by the same CLDR rules the build used. Numbers are written the language's way.
  // A `lang` the browser cannot read (a mistyped language) would make Intl throw: English then,
  // the words' own fallback.
  var locale = "en";
  try { locale = Intl.getCanonicalLocales(language)[0] || "en"; } catch (e) { /* English */ }
  var words = window.SyllabusWords || {};
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(locale) : null;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(locale) : null;
  window.SyllabusT = function (key, args) {
    var entry = words[key];
    args = args || {};
    if (entry === undefined) return key;
    if (typeof entry !== "string") {
      var category = plurals && typeof args.count === "number" ? plurals.select(args.count) : "other";
      entry = entry[category] || entry.other || "";
    }
    return entry.replace(/\{(\w+)\}/g, function (whole, name) {
      if (!Object.prototype.hasOwnProperty.call(args, name)) return whole;
      var value = args[name];
      return typeof value === "number" && numbers ? numbers.format(value) : String(value);
    });
  };
  // The page's language for Intl (dates: `toLocaleDateString(SyllabusT.locale)`).
  window.SyllabusT.locale = locale;
  // A number written the language's way (as the messages write theirs).
  window.SyllabusT.number = function (value) {
    return numbers ? numbers.format(value) : String(value);
  };
  // The message `key` appended to `parent` as text, where each `{name}` that `nodes` has
  // becomes that node (a link, say): a translation can put it anywhere in its sentence, and
  // no markup ever goes through the words.
  window.SyllabusT.into = function (parent, key, args, nodes) {
    var parts = window.SyllabusT(key, args).split(/\{(\w+)\}/);
    parts.forEach(function (part, i) {
      if (i % 2 && nodes && nodes[part]) parent.appendChild(nodes[part]);
      else if (i % 2) parent.appendChild(document.createTextNode("{" + part + "}"));
      else if (part) parent.appendChild(document.createTextNode(part));
    });
    return parent;
  };

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


  // Tab sets (`::: tabset`) arrive as one section per tab, each under its heading. Here they
  // become tabs (WAI-ARIA tabs pattern: roving tabindex, arrow keys, Home and End). The
  // learner's last choice ("macOS") is remembered per course and chosen in every tab set.
  var tabKey = "syllabus-tab:" + (document.body.dataset.course || "");

  function tabLabel(heading) {
    var copy = heading.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".anchor"), function (a) { a.remove(); });
    return copy.textContent.trim();
  }

  function setupTabset(set, remembered) {
    var panels = Array.prototype.filter.call(set.children, function (child) {
      return child.hasAttribute("data-tab-panel") && child.querySelector(".tab-title");
    });
    if (panels.length < 2) return null;
    var list = document.createElement("div");
    list.setAttribute("role", "tablist");
    var tabs = panels.map(function (panel) {
      var heading = panel.querySelector(".tab-title");
      var tab = document.createElement("button");
      tab.type = "button";
      tab.id = heading.id + "-tab";
      tab.textContent = tabLabel(heading);
      tab.setAttribute("role", "tab");
      panel.id = heading.id + "-panel";
      tab.setAttribute("aria-controls", panel.id);
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      list.appendChild(tab);
      return tab;
    });
    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var chosen = i === index;
        tab.setAttribute("aria-selected", chosen ? "true" : "false");
        tab.tabIndex = chosen ? 0 : -1;
        panels[i].hidden = !chosen;
      });
      if (focus) tabs[index].focus();
    }
    function choose(index) {
      try { localStorage.setItem(tabKey, tabs[index].textContent); } catch (e) { /* not remembered */ }
      document.dispatchEvent(new CustomEvent("syllabus-tab", { detail: tabs[index].textContent }));
    }
    list.addEventListener("click", function (event) {
      var index = tabs.indexOf(event.target.closest("[role=tab]"));
      if (index >= 0) { select(index, false); choose(index); }
    });
    list.addEventListener("keydown", function (event) {
      var current = tabs.indexOf(document.activeElement);
      var last = tabs.length - 1;
      var rtl = getComputedStyle(set).direction === "rtl";
      var next = { ArrowRight: rtl ? current - 1 : current + 1, ArrowLeft: rtl ? current + 1 : current - 1,
        Home: 0, End: last }[event.key];
      if (current < 0 || next === undefined) return;
      event.preventDefault();
      next = (next + tabs.length) % tabs.length;
      select(next, true);
      choose(next);
    });
    set.insertBefore(list, panels[0]);
    set.classList.add("tabs-ready");
    var byLabel = function (label) {
      return tabs.findIndex(function (tab) { return tab.textContent === label; });
    };
    var target = null;
    try { target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch (e) { /* a malformed address */ }
    var hashed = target ? panels.findIndex(function (panel) { return panel.contains(target); }) : -1;
    var start = hashed >= 0 ? hashed : Math.max(0, byLabel(remembered));
    select(start, false);
    document.addEventListener("syllabus-tab", function (event) {
      var index = byLabel(event.detail);
      if (index >= 0) select(index, false);
    });
    return set;
  }

  function setupTabsets() {
    var sets = document.querySelectorAll("[data-tabset]");
    if (!sets.length) return;
    var remembered = null;
    try { remembered = localStorage.getItem(tabKey); } catch (e) { /* nothing remembered */ }
    Array.prototype.forEach.call(sets, function (set) {
      try { setupTabset(set, remembered); } catch (e) { /* left as sections */ }
    });
  }

  // A display formula wider than the screen scrolls in its box: then it takes the keyboard focus,
  // so that it can be scrolled without a pointer.
  function focusableWhenScrolling() {
    Array.prototype.forEach.call(document.querySelectorAll(".math-display"), function (box) {
      if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
      else box.removeAttribute("tabindex");
    });
  }

  setupThemeToggle();
  setupDrawer();
  centreMap();
  setupTabsets();
  if (document.querySelector(".math-display")) {
    focusableWhenScrolling();
    window.addEventListener("resize", focusableWhenScrolling);
    if (document.fonts) document.fonts.ready.then(focusableWhenScrolling);
  }
})();
