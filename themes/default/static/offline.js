// Syllabus default theme: the page side of the service worker (sw.js), on sites built
// offline-ready, loaded by every page. It registers the worker, keeps the first page that the
// worker missed, and offers a new version of the course ("Reload", never a silent swap).
// "Save for offline" is offline-save.js, loaded only by the pages that have its controls.
(function () {
  "use strict";
  var workers = navigator.serviceWorker;
  if (!workers || !window.fetch) return;
  var t = window.SyllabusT;
  var root = document.body.dataset.root || "";
  var hadWorker = !!workers.controller;
  var reloading = false;

  // ---- Registration and updates ----
  workers.register(root + "sw.js").then(function (registration) {
    if (registration.waiting && workers.controller) offerUpdate(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var next = registration.installing;
      if (!next) return;
      next.addEventListener("statechange", function () {
        if (next.state === "installed" && workers.controller) offerUpdate(next);
      });
    });
  }).catch(function () { /* no worker (private mode, blocked): the site works online */ });

  workers.addEventListener("controllerchange", function () {
    if (reloading) { window.location.reload(); return; }
    if (!hadWorker) {
      // The first worker came after this page loaded: keep the page and what it loaded.
      hadWorker = true;
      keepThisPage();
      document.dispatchEvent(new CustomEvent("syllabus-offline-ready"));
    }
  });

  function offerUpdate(worker) {
    if (document.querySelector(".update-banner")) return;
    var banner = document.createElement("div");
    banner.className = "update-banner";
    banner.setAttribute("role", "status");
    var text = document.createElement("span");
    text.textContent = t("js-update-available");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = t("js-update-reload");
    button.addEventListener("click", function () {
      reloading = true;
      button.disabled = true;
      worker.postMessage({ type: "skip-waiting" });
    });
    banner.appendChild(text);
    banner.appendChild(button);
    withStyles(function () { document.body.appendChild(banner); });
  }

  // The prompt's styles are offline.css, which most pages do not load: loaded first, so that the
  // prompt never shows unstyled.
  function withStyles(then) {
    if (document.querySelector('link[href$="offline.css"]')) { then(); return; }
    var sheet = document.createElement("link");
    sheet.rel = "stylesheet";
    sheet.href = root + "offline.css";
    sheet.onload = then;
    sheet.onerror = then;
    document.head.appendChild(sheet);
  }

  function keepThisPage() {
    var here = window.location.href.split("#")[0];
    var loaded = performance.getEntriesByType ? performance.getEntriesByType("resource") : [];
    [here].concat(loaded.map(function (entry) { return entry.name; })).forEach(function (url) {
      if (url.indexOf(window.location.origin) === 0) fetch(url).catch(function () { /* offline */ });
    });
  }
})();
