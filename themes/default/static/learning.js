// Syllabus default theme: the learner's own pages, loaded only by them. My learning
// (`learning/`: progress, goal, quiz scores, export, import and reset) and a path's completion
// record (`learning/record/`). It comes after store.js and progress.js, and paints with
// progress.js (`window.SyllabusProgress`: the course, the learner's data, the helpers).
(function () {
  "use strict";
  var t = window.SyllabusT;
  var P = window.SyllabusProgress;
  var store = window.SyllabusStore;
  if (!P || !store || !t) return;
  var FORMAT = "syllabus-progress";
  var root = P.root, el = P.el, link = P.link, bar = P.bar, moduleList = P.moduleList, lang = P.lang,
    show = P.show, clear = P.clear, isDone = P.isDone, pathById = P.pathById, goalInfo = P.goalInfo,
    goalSummary = P.goalSummary, continueWith = P.continueWith, minutes = P.minutes, recordLink = P.recordLink;

  // ---- My learning ----
  function paintLearning() {
    var page = document.querySelector(".learning");
    if (!page) return;
    var course = P.course, byId = P.byId, progress = P.progress, quizzes = P.quizzes;
    show(page);
    var all = course.modules;
    var doneList = all.filter(function (m) { return isDone(m.id); });
    var overall = clear(page.querySelector(".learning-overall"));
    overall.appendChild(bar(doneList.length, all.length, t("js-progress-in-course")));
    overall.appendChild(el("p", "", t("js-course-minutes-left", { count: minutes(all.filter(function (m) { return !isDone(m.id); })) })));
    var resume = continueWith();
    if (resume) {
      t.into(overall.appendChild(el("p")), "js-continue", {}, { title: link(resume, "button continue") });
    }
    var goalBox = clear(page.querySelector(".learning-goal"));
    var info = goalInfo();
    if (info) {
      goalSummary(goalBox, info);
      if (info.left.length) goalBox.appendChild(moduleList(info.left, "personal-list goal-left"));
    } else {
      goalBox.appendChild(el("p", "", t("js-no-goal")));
    }
    var choice = page.querySelector(".goal-choice");
    if (!choice.options.length) {
      [[t("js-goal-group-paths"), course.paths, "path"], [t("js-goal-group-modules"), all, "module"]].forEach(function (group) {
        var optgroup = el("optgroup");
        optgroup.label = group[0];
        group[1].forEach(function (item) {
          var option = el("option", "", item.title);
          option.value = group[2] + ":" + item.id;
          optgroup.appendChild(option);
        });
        choice.appendChild(optgroup);
      });
    }
    if (progress.goal && progress.goal.id) choice.value = progress.goal.type + ":" + progress.goal.id;
    var paths = clear(page.querySelector(".learning-paths"));
    course.paths.forEach(function (path) {
      var done = path.modules.filter(isDone).length;
      var left = path.modules.map(function (id) { return byId[id]; }).filter(function (m) { return m && !isDone(m.id); });
      var item = paths.appendChild(el("div", "learning-path"));
      var title = item.appendChild(el("h3"));
      title.appendChild(el("a", "", path.title)).href = root + path.url;
      item.appendChild(bar(done, path.modules.length, t("js-progress-in", { title: path.title })));
      if (left.length) item.appendChild(el("p", "minutes", t("js-path-minutes-left", { count: minutes(left) })));
      else if (done) item.appendChild(recordLink(path));
    });
    var quizBox = clear(page.querySelector(".learning-quizzes"));
    var rows = all.filter(function (m) { return quizzes[m.id]; });
    if (!rows.length) {
      quizBox.appendChild(el("p", "", t("js-no-quiz-yet")));
    } else {
      var table = quizBox.appendChild(el("table", "quiz-scores"));
      var head = table.appendChild(el("thead")).appendChild(el("tr"));
      ["js-quiz-column-module", "js-quiz-column-score", "js-quiz-column-answers", "js-quiz-column-last"].forEach(function (h) {
        head.appendChild(el("th", "", t(h))).scope = "col";
      });
      var tbody = table.appendChild(el("tbody"));
      rows.forEach(function (m) {
        var r = quizzes[m.id];
        var tr = tbody.appendChild(el("tr"));
        tr.appendChild(el("th")).appendChild(link(m)).parentNode.scope = "row";
        tr.appendChild(el("td", "", t("js-score", { score: r.score, total: r.total })));
        tr.appendChild(el("td", "", t.number(r.attempts || 0)));
        tr.appendChild(el("td", "", r.last ? new Date(r.last).toLocaleDateString(lang) : ""));
      });
    }
    var reminder = page.querySelector(".export-reminder");
    var month = 30 * 24 * 3600 * 1000;
    reminder.hidden = doneList.length < 5 || Date.now() - (progress.exported || 0) < month;
    reminder.textContent = t("js-export-reminder", { count: doneList.length });
    showStorageNote(page.querySelector(".storage-note"));
  }

  // Installing keeps the site's data (on iOS, where it is otherwise deleted after 7 days
  // without a visit). Chromium-based browsers offer their prompt through
  // `beforeinstallprompt`; Safari on iOS has no prompt, only its Share menu, so it is named.
  function offerInstall() {
    var offer = document.querySelector(".install-course");
    if (!offer || !document.querySelector('link[rel="manifest"]')) return;
    var installed = window.matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
    if (installed) return;
    var button = offer.querySelector(".install-button");
    button.textContent = t("js-install-course");
    window.addEventListener("beforeinstallprompt", function (event) {
      event.preventDefault();
      offer.hidden = false;
      button.hidden = false;
      button.onclick = function () {
        event.prompt();
        offer.hidden = true;
      };
    });
    var iOS = /iPhone|iPad|iPod/.test(navigator.userAgent) && navigator.standalone === false;
    if (iOS) {
      offer.querySelector(".install-how").textContent = t("js-install-ios");
      offer.hidden = false;
    }
  }

  // Said honestly: a browser that does not promise to keep the site's data (Safari deletes it
  // after 7 days without a visit, unless the course is installed) may lose the progress.
  function showStorageNote(note) {
    if (!note) return;
    store.whetherKept(function (kept) {
      note.textContent = t("js-storage-not-kept");
      note.hidden = kept;
    });
  }

  // ---- Export, import, reset ----
  function exportFile() {
    var course = P.course, progress = P.progress;
    progress.exported = Date.now();
    P.save();
    var data = {
      format: FORMAT, version: 1, course: { title: course.title, base_url: course.base_url },
      exported: new Date(progress.exported).toISOString(), progress: progress, quizzes: P.quizzes
    };
    var blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = t("js-export-file") + "-" + course.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") +
      "-" + new Date().toISOString().slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    say(t("js-exported"));
  }
  function later(a, b, time) { return !a ? b : !b ? a : time(b) > time(a) ? b : a; }
  function merge(theirs, theirQuizzes) {
    var ours = P.progress, quizzes = P.quizzes;
    Object.keys(theirs.modules).forEach(function (id) {
      ours.modules[id] = later(ours.modules[id], theirs.modules[id], function (m) { return m.at; });
    });
    Object.keys(theirs.visits).forEach(function (id) {
      ours.visits[id] = Math.max(ours.visits[id] || 0, theirs.visits[id]);
    });
    ours.goal = later(ours.goal, theirs.goal, function (g) { return g.at; });
    Object.keys(theirQuizzes).forEach(function (id) {
      quizzes[id] = later(quizzes[id], theirQuizzes[id], function (r) { return Date.parse(r.last || 0) || 0; });
    });
  }
  function importText(text) {
    var course = P.course;
    var data;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    if (!store.isObject(data) || data.format !== FORMAT) {
      return say(t("js-import-not-export"));
    }
    if (data.version !== 1) return say(t("js-import-newer"));
    var from = store.isObject(data.course) ? data.course : {};
    if (from.title !== course.title || from.base_url !== course.base_url) {
      return say(t("js-import-other-course", { course: String(from.title) }));
    }
    var quizData = data.quizzes === undefined ? {} : data.quizzes;
    if (!store.validProgress(data.progress) || !store.validQuizzes(quizData)) {
      return say(t("js-import-damaged"));
    }
    P.reload();
    merge(data.progress, quizData);
    P.save();
    store.saveQuizzes(P.quizzes);
    P.refresh();
    say(t("js-imported", { count: course.modules.filter(function (m) { return isDone(m.id); }).length }));
  }
  function say(text) {
    var status = document.querySelector(".data-status");
    if (status) status.textContent = text;
  }
  function setupLearning() {
    var page = document.querySelector(".learning");
    if (!page) return;
    offerInstall();
    page.querySelector(".goal-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var value = page.querySelector(".goal-choice").value;
      var at = value.indexOf(":");
      if (at > 0) P.setGoal(value.slice(0, at), value.slice(at + 1));
    });
    page.querySelector(".goal-clear").addEventListener("click", function () { P.setGoal(null, null); });
    page.querySelector(".export-progress").addEventListener("click", exportFile);
    page.querySelector(".import-progress").addEventListener("change", function (event) {
      var file = event.target.files && event.target.files[0];
      if (!file) return;
      file.text().then(importText, function () { say(t("js-import-unreadable")); });
      event.target.value = "";
    });
    page.querySelector(".reset-progress").addEventListener("click", function () {
      if (!window.confirm(t("js-reset-confirm"))) return;
      store.forget();
      P.reload();
      P.refresh();
      say(t("js-reset-done"));
    });
  }

  // ---- Completion record ----
  function paintRecord() {
    var sheet = document.querySelector(".record");
    if (!sheet) return;
    var course = P.course, byId = P.byId, progress = P.progress;
    var missing = document.querySelector(".record-missing");
    var path = pathById(new URLSearchParams(location.search).get("path") || "");
    var modules = path ? path.modules.map(function (id) { return byId[id]; }).filter(Boolean) : [];
    var left = modules.filter(function (m) { return !isDone(m.id); });
    if (!path || !modules.length || left.length) {
      sheet.hidden = true;
      show(clear(missing)).appendChild(document.createTextNode((!path
        ? t("js-record-no-path")
        : t("js-record-not-yet", { title: path.title, count: left.length })) + " "));
      missing.appendChild(el("a", "", t("js-see-progress"))).href = root + "learning/";
      return;
    }
    missing.hidden = true;
    show(sheet);
    var finished = Math.max.apply(null, modules.map(function (m) { return progress.modules[m.id].at; }));
    sheet.querySelector(".record-course").textContent = course.title;
    var name = sheet.querySelector(".record-name");
    function statement() {
      var who = name.value.trim() || t("js-record-learner");
      sheet.querySelector(".record-statement").textContent = t("js-record-statement", {
        name: who, title: path.title, course: course.title,
        date: new Date(finished).toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" })
      });
    }
    name.oninput = statement;
    statement();
    var tbody = clear(sheet.querySelector("tbody"));
    modules.forEach(function (m) {
      var tr = tbody.appendChild(el("tr"));
      tr.appendChild(el("td", "", m.title));
      tr.appendChild(el("td", "", t.number(m.minutes)));
    });
    sheet.querySelector(".record-total").textContent = t("js-minutes", { count: minutes(modules) });
    sheet.querySelector(".record-print").onclick = function () { window.print(); };
  }

  P.page({ setup: setupLearning, paint: function () { paintLearning(); paintRecord(); } });
})();
