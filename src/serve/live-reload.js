// Live reload for `syllabus serve` (never part of a built site). Listens to the server's
// events: reloads this page when it changed, swaps changed stylesheets in place, lets the build
// errors shown over a page be closed with Escape.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var seen = null;
  var here = location.pathname.replace(/^\//, "");
  here = decodeURIComponent(here === "" || /\/$/.test(here) ? here + "index.html" : here);
  var source = new EventSource("/__syllabus/events");

  source.addEventListener("hello", function (event) {
    document.documentElement.setAttribute("data-live-reload", "connected");
    // A page that reconnects after builds it did not hear about cannot know what changed.
    if (seen !== null && seen !== event.data) location.reload();
    seen = event.data;
  });

  source.addEventListener("change", function (event) {
    var change;
    try {
      change = JSON.parse(event.data);
    } catch (error) {
      change = { reload: true };
    }
    if (change.generation !== undefined) seen = String(change.generation);
    // A page shown in place of build errors reloads on any change.
    if (change.reload || document.getElementById("syllabus-build-errors") ||
        (change.pages || []).indexOf(here) >= 0) {
      location.reload();
      return;
    }
    (change.css || []).forEach(swapStylesheet);
  });

  // The build errors over a page are a dialog that is not modal: Escape closes it too.
  var errors = document.getElementById("syllabus-build-errors");
  if (errors && errors.close) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && errors.open) errors.close();
    });
  }

  function swapStylesheet(path) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href, location.href);
      if (url.origin !== location.origin || url.pathname.replace(/^\//, "") !== path) continue;
      url.searchParams.set("syllabus-reload", String(Date.now()));
      links[i].href = url.href;
    }
  }
})();
