// Syllabus default theme: "Save for offline" (offline.js registers the service worker). Each
// `.save-offline` control (a learning path, the whole course) shows its size from offline.json,
// downloads through the worker with progress, and says whether it is saved; My learning lists
// the saved paths with their controls, and the offline page what this device has.
(function () {
  "use strict";
  var workers = navigator.serviceWorker;
  if (!workers || !window.fetch) return;
  var t = window.SyllabusT;
  var store = window.SyllabusStore;
  var root = document.body.dataset.root || "";
  var site = null; // offline.json
  var state = { saved: [], cached: [] };
  var saving = {}; // group -> percent

  // ---- Talking to the worker ----
  function tell(message) {
    workers.ready.then(function (registration) {
      var worker = workers.controller || registration.active;
      if (worker) worker.postMessage(message);
    });
  }
  function ask() { tell({ type: "status" }); }

  workers.addEventListener("message", function (event) {
    var message = event.data || {};
    if (message.type === "status") {
      state.saved = message.saved || [];
      state.cached = message.cached || [];
      showAll();
      return;
    }
    if (message.type === "progress") {
      saving[message.group] = message.total ? Math.floor(100 * message.done / message.total) : 0;
    } else if (message.type === "saved") {
      delete saving[message.group];
      if (state.saved.indexOf(message.group) < 0) state.saved.push(message.group);
    } else if (message.type === "save-failed") {
      delete saving[message.group];
      show(message.group, t("js-offline-failed"));
      return;
    } else if (message.type === "removed") {
      state.saved = state.saved.filter(function (g) { return g !== message.group; });
      show(message.group, t("js-offline-removed"));
      return;
    }
    show(message.group);
  });

  // ---- Sizes ----
  function groupSize(group) {
    if (!site || !site.groups[group]) return 0;
    var shell = {};
    site.shell.forEach(function (n) { shell[n] = true; });
    return site.groups[group].reduce(function (sum, n) { return shell[n] ? sum : sum + site.files[n][1]; }, 0);
  }
  function size(bytes) {
    if (bytes >= 1e6) return t("js-size-mb", { size: t.number(Math.round(bytes / 1e5) / 10) });
    return t("js-size-kb", { size: t.number(Math.max(1, Math.round(bytes / 1e3))) });
  }

  // ---- The controls ----
  function controls(group) {
    return Array.prototype.filter.call(document.querySelectorAll(".save-offline"), function (c) {
      return !group || c.dataset.offlineGroup === group;
    });
  }

  function show(group, note) {
    controls(group).forEach(function (control) { draw(control, note); });
    listSaved();
  }
  function showAll() { show(null); listOffline(); }

  function draw(control, note) {
    var group = control.dataset.offlineGroup;
    if (!site || !site.groups[group]) return;
    var button = control.querySelector(".save-offline-button");
    var bar = control.querySelector(".save-offline-progress");
    var status = control.querySelector(".save-offline-status");
    var saved = state.saved.indexOf(group) >= 0;
    var percent = saving[group];
    control.hidden = false;
    bar.hidden = percent === undefined;
    button.disabled = percent !== undefined;
    if (percent !== undefined) {
      bar.value = percent;
      status.textContent = t("js-offline-saving", { percent: percent });
      button.textContent = t("js-offline-save", { size: size(groupSize(group)) });
      return;
    }
    control.classList.toggle("is-saved", saved);
    button.textContent = saved ? t("js-offline-remove") : t("js-offline-save", { size: size(groupSize(group)) });
    status.textContent = note || (saved ? t("js-offline-saved") : "");
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".save-offline-button");
    if (!button) return;
    var control = button.closest(".save-offline");
    var group = control.dataset.offlineGroup;
    if (state.saved.indexOf(group) >= 0) {
      tell({ type: "remove", group: group });
      return;
    }
    var needed = groupSize(group);
    store.estimate(function (estimate) {
      var free = estimate && estimate.quota ? estimate.quota - estimate.usage : Infinity;
      if (free < needed) {
        draw(control, t("js-offline-no-space", { size: size(needed), free: size(free) }));
        return;
      }
      saving[group] = 0;
      draw(control);
      tell({ type: "save", group: group });
    });
  });

  var course = null;
  function courseData() {
    course = course || fetch(root + "course.json").then(function (response) { return response.json(); });
    return course;
  }

  // ---- My learning: a control for each saved path ----
  function listSaved() {
    var list = document.querySelector(".offline-saved-paths");
    if (!list || !site) return;
    courseData().then(function (course) {
      var paths = state.saved.filter(function (g) { return g.indexOf("path:") === 0; });
      paths.forEach(function (group) {
        if (list.querySelector('[data-offline-group="' + CSS.escape(group) + '"]')) return;
        var path = course.paths.filter(function (p) { return "path:" + p.id === group; })[0];
        if (!path) return;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + path.url;
        link.textContent = path.title;
        var template = document.querySelector(".offline-reading .save-offline");
        var control = template.cloneNode(true);
        control.dataset.offlineGroup = group;
        item.appendChild(link);
        item.appendChild(control);
        list.appendChild(item);
        draw(control);
      });
    });
  }

  // ---- The offline page: what this device has ----
  function listOffline() {
    var list = document.querySelector(".offline-saved-list");
    if (!list) return;
    courseData().then(function (course) {
      var cached = {};
      state.cached.forEach(function (url) { cached[url] = true; });
      var pages = [{ url: "", title: course.title }].concat(course.paths, course.modules)
        .filter(function (page) { return cached[page.url]; });
      list.textContent = "";
      pages.forEach(function (page) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + page.url;
        link.textContent = page.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = !pages.length;
      document.querySelector(".offline-nothing").hidden = pages.length > 0;
    });
  }

  // The first worker may come after this page loaded (offline.js tells).
  document.addEventListener("syllabus-offline-ready", ask);
  fetch(root + "offline.json").then(function (response) { return response.json(); }).then(function (json) {
    site = json;
    workers.ready.then(ask);
  }).catch(function () { /* offline before anything was kept: nothing to show */ });
})();
