// Syllabus default theme: the learner's progress, goal and recommendations.
// Everything stays in this browser (localStorage); the only request is for the site's own
// course.json. Without JavaScript none of this appears and the pages read as they are.
(function () {
  "use strict";
  var body = document.body;
  var root = body.dataset.root || "";
  var courseKey = body.dataset.course || "";
  var KEY = "syllabus-progress:" + courseKey;
  var QUIZ_KEY = "syllabus-quiz:" + courseKey;
  var FORMAT = "syllabus-progress";
  var STATES = {
    done: ["✓", "Done"],
    ready: ["→", "Ready to start"],
    locked: ["⋯", "Not ready yet"]
  };
  var course, byId, progress, quizzes;

  // ---- Storage: a full, disabled or corrupted storage never breaks a page. ----
  function read(key) {
    try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }
  function write(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); return true; } catch (e) { return false; }
  }
  function isObject(value) {
    return !!value && typeof value === "object" && !Array.isArray(value);
  }
  function every(object, test) {
    return isObject(object) && Object.keys(object).every(function (k) { return test(object[k]); });
  }
  function validProgress(p) {
    return isObject(p) &&
      every(p.modules, function (m) {
        return isObject(m) && typeof m.done === "boolean" && typeof m.at === "number" &&
          (m.hash === undefined || typeof m.hash === "string");
      }) &&
      every(p.visits, function (t) { return typeof t === "number"; }) &&
      (p.goal === null || (isObject(p.goal) && typeof p.goal.at === "number" &&
        (p.goal.id === null || typeof p.goal.id === "string"))) &&
      (p.exported === undefined || typeof p.exported === "number");
  }
  function validQuizzes(q) {
    return every(q, function (r) {
      return isObject(r) && typeof r.score === "number" && typeof r.total === "number" &&
        (r.last === undefined || typeof r.last === "string") && (r.questions === undefined || isObject(r.questions));
    });
  }
  function fresh() { return { modules: {}, visits: {}, goal: null, exported: 0 }; }
  function loadAll() {
    var p = read(KEY);
    progress = validProgress(p) ? p : fresh();
    var q = read(QUIZ_KEY);
    quizzes = validQuizzes(q) ? q : {};
  }
  function save() { write(KEY, progress); }

  // ---- The course graph ----
  function isDone(id) { var m = progress.modules[id]; return !!(m && m.done); }
  function state(module) {
    if (isDone(module.id)) return "done";
    return module.prerequisites.every(isDone) ? "ready" : "locked";
  }
  function isUpdated(module) {
    var m = progress.modules[module.id];
    return !!(m && m.done && m.hash && m.hash !== module.hash);
  }
  function pathById(id) {
    return course.paths.filter(function (p) { return p.id === id; })[0];
  }
  // The modules a goal still needs, in course order: a module with everything it requires,
  // transitively, or a path's modules; done ones left out.
  function needed(goal) {
    var wanted = {};
    if (goal.type === "path") {
      var path = pathById(goal.id);
      if (!path) return null;
      path.modules.forEach(function (id) { wanted[id] = true; });
    } else {
      if (!byId[goal.id]) return null;
      var stack = [goal.id];
      while (stack.length) {
        var id = stack.pop();
        if (wanted[id] || !byId[id]) continue;
        wanted[id] = true;
        stack.push.apply(stack, byId[id].prerequisites);
      }
    }
    return course.modules.filter(function (m) { return wanted[m.id] && !isDone(m.id); });
  }
  function goalInfo() {
    var goal = progress.goal;
    if (!goal || !goal.id) return null;
    var left = needed(goal);
    if (!left) return null;
    var target = goal.type === "path" ? pathById(goal.id) : byId[goal.id];
    return { goal: goal, title: target.title, url: target.url, left: left };
  }
  function minutes(list) {
    return list.reduce(function (sum, m) { return sum + m.minutes; }, 0);
  }
  function level(module) { return course.levels.indexOf(module.difficulty); }
  // Modules to take next: ready ones, those the goal needs first, then the easiest.
  function recommended(except) {
    var info = goalInfo();
    var inGoal = {};
    if (info) info.left.forEach(function (m) { inGoal[m.id] = true; });
    return course.modules
      .map(function (m, i) { return { m: m, i: i }; })
      .filter(function (e) { return e.m.id !== except && state(e.m) === "ready"; })
      .sort(function (a, b) {
        return (inGoal[b.m.id] ? 1 : 0) - (inGoal[a.m.id] ? 1 : 0) || level(a.m) - level(b.m) || a.i - b.i;
      })
      .map(function (e) { return e.m; });
  }
  function continueWith() {
    var visited = course.modules
      .filter(function (m) { return progress.visits[m.id] && !isDone(m.id); })
      .sort(function (a, b) { return progress.visits[b.id] - progress.visits[a.id]; });
    return visited[0] || recommended(null)[0];
  }

  // ---- DOM helpers: text only, never HTML from data ----
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function link(module, className) {
    var a = el("a", className, module.title);
    a.href = root + module.url;
    return a;
  }
  function stateLabel(name) {
    var label = el("span", "state state-" + name);
    label.appendChild(el("span", "state-icon", STATES[name][0] + " ")).setAttribute("aria-hidden", "true");
    label.appendChild(el("span", "state-text", STATES[name][1]));
    return label;
  }
  function bar(done, total, label) {
    var wrap = el("p", "progress-line");
    var meter = el("progress", "progress-bar");
    meter.max = total || 1;
    meter.value = done;
    meter.setAttribute("aria-label", label);
    wrap.appendChild(meter);
    wrap.appendChild(el("span", "", " " + done + " of " + total + " done"));
    return wrap;
  }
  function moduleList(modules, className) {
    var list = el("ol", className || "personal-list");
    modules.forEach(function (m) {
      var item = el("li");
      item.dataset.module = m.id;
      item.appendChild(link(m));
      item.appendChild(el("span", "minutes", " " + m.minutes + " min"));
      list.appendChild(item);
    });
    return list;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function show(node) { if (node) node.hidden = false; return node; }
  function clear(node) { if (node) node.textContent = ""; return node; }

  // ---- States on every list of modules and on the map ----
  function paintStates() {
    document.querySelectorAll("[data-module]").forEach(function (node) {
      var module = byId[node.dataset.module];
      if (!module || node.matches("article")) return;
      var name = state(module);
      var map = node.querySelector(".map-state");
      if (map) {
        // The icon is for the eye only; the words are part of the link's accessible name.
        clear(map);
        var ns = "http://www.w3.org/2000/svg";
        var icon = map.appendChild(document.createElementNS(ns, "tspan"));
        icon.setAttribute("aria-hidden", "true");
        icon.textContent = STATES[name][0] + " ";
        map.appendChild(document.createTextNode(STATES[name][1] + (isUpdated(module) ? " · updated" : "")));
        node.classList.remove("state-done", "state-ready", "state-locked");
        node.classList.add("state-" + name);
        return;
      }
      var old = node.querySelector(":scope > .state, :scope > * > .state");
      if (old) old.remove();
      var label = stateLabel(name);
      if (isUpdated(module)) label.appendChild(el("span", "state-text", " · updated since you finished it"));
      var meta = node.querySelector(".module-card-meta");
      if (meta) meta.appendChild(label);
      else { node.appendChild(document.createTextNode(" ")); node.appendChild(label); }
    });
  }

  // ---- Goal buttons (module and path pages) ----
  function setGoal(type, id) {
    progress.goal = { type: type, id: id, at: Date.now() };
    save();
    refresh();
  }
  function paintGoalButtons() {
    document.querySelectorAll(".goal-toggle").forEach(function (button) {
      var goal = progress.goal;
      var mine = !!goal && goal.type === button.dataset.goalType && goal.id === button.dataset.goalId;
      button.setAttribute("aria-pressed", mine ? "true" : "false");
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest(".goal-toggle");
    if (!button || !course) return;
    var mine = button.getAttribute("aria-pressed") === "true";
    setGoal(mine ? null : button.dataset.goalType, mine ? null : button.dataset.goalId);
  });

  function goalSummary(container, info) {
    var p = el("p", "goal-summary");
    p.appendChild(document.createTextNode("Your goal: "));
    var a = el("a", "", info.title);
    a.href = root + info.url;
    p.appendChild(a);
    if (!info.left.length) {
      p.appendChild(document.createTextNode(". You have done every module it needs: well done!"));
      container.appendChild(p);
      return;
    }
    p.appendChild(document.createTextNode(". Still to learn: " + plural(info.left.length, "module") +
      ", about " + minutes(info.left) + " min."));
    container.appendChild(p);
    var next = info.left.filter(function (m) { return state(m) === "ready"; })[0] || info.left[0];
    var start = link(next, "button start-next");
    start.textContent = "Start next: " + next.title;
    container.appendChild(el("p")).appendChild(start);
    return next;
  }

  // ---- Module page ----
  function quizResult(id) { return quizzes[id]; }
  function paintModule() {
    var article = document.querySelector("article.module[data-module]");
    var section = document.querySelector(".personal:not(.personal-home):not(.personal-path)");
    var module = article && byId[article.dataset.module];
    if (!module || !section) return;
    show(section);
    var done = isDone(module.id);
    var toggle = section.querySelector(".done-toggle");
    toggle.setAttribute("aria-pressed", done ? "true" : "false");
    var entry = progress.modules[module.id];
    section.querySelector(".personal-status").textContent = done
      ? "Done on " + new Date(entry.at).toLocaleDateString() + "."
      : "";
    section.querySelector(".personal-updated").hidden = !isUpdated(module);
    var quiz = quizResult(module.id);
    section.querySelector(".personal-quiz-done").hidden = done || !quiz || !quiz.total || quiz.score < quiz.total;
    var box = clear(section.querySelector(".recommendations"));
    var next = recommended(module.id).slice(0, 3);
    box.appendChild(el("h3", "", "Up next for you"));
    if (next.length) {
      box.appendChild(moduleList(next));
    } else {
      box.appendChild(el("p", "", done
        ? "Nothing else is ready yet: finish the modules you have started to unlock more."
        : "Mark this module as done to see what it opens up."));
    }
    var wrong = quiz && quiz.questions && Object.keys(quiz.questions).some(function (q) {
      return quiz.questions[q] && quiz.questions[q].correct === false;
    });
    if (wrong && module.prerequisites.length) {
      box.appendChild(el("h3", "", "Worth revisiting"));
      box.appendChild(el("p", "", "Some answers here were not right yet. This module builds on:"));
      box.appendChild(moduleList(module.prerequisites.map(function (id) { return byId[id]; }).filter(Boolean)));
    }
  }
  function toggleDone() {
    var article = document.querySelector("article.module[data-module]");
    var module = byId[article.dataset.module];
    var done = !isDone(module.id);
    progress.modules[module.id] = { done: done, at: Date.now(), hash: module.hash };
    save();
    if (done) keepStorage();
    refresh();
  }
  // Browsers may clear storage under pressure (Safari after weeks without a visit): ask once.
  function keepStorage() {
    if (navigator.storage && navigator.storage.persist) {
      navigator.storage.persisted().then(function (kept) { if (!kept) navigator.storage.persist(); })
        .catch(function () { /* not granted: the export reminder covers it */ });
    }
  }

  // ---- Home page and path pages ----
  function paintHome() {
    var section = document.querySelector(".personal-home");
    if (!section) return;
    var box = clear(section.querySelector(".personal-body"));
    show(section);
    var info = goalInfo();
    var next = info && goalSummary(box, info);
    var resume = continueWith();
    if (resume && resume !== next && Object.keys(progress.visits).length) {
      var p = box.appendChild(el("p", "", "Continue where you left off: "));
      p.appendChild(link(resume));
    }
    var more = box.appendChild(el("p"));
    var a = more.appendChild(el("a", "", info ? "See your progress" : "Choose a goal"));
    a.href = root + "learning/";
    more.appendChild(document.createTextNode(info ? " on My learning." : " on My learning to see exactly what is left to learn for it."));
  }
  function paintPath() {
    var section = document.querySelector(".personal-path");
    var path = section && pathById(section.dataset.path);
    if (!path) return;
    show(section);
    var box = clear(section.querySelector(".personal-body"));
    var done = path.modules.filter(isDone).length;
    box.appendChild(bar(done, path.modules.length, "Progress in " + path.title));
    if (done === path.modules.length && done) box.appendChild(recordLink(path));
  }
  function recordLink(path) {
    var p = el("p");
    var a = p.appendChild(el("a", "record-link", "Open your completion record for " + path.title));
    a.href = root + "learning/record/?path=" + encodeURIComponent(path.id);
    return p;
  }

  // ---- My learning ----
  function paintLearning() {
    var page = document.querySelector(".learning");
    if (!page) return;
    show(page);
    var all = course.modules;
    var doneList = all.filter(function (m) { return isDone(m.id); });
    var overall = clear(page.querySelector(".learning-overall"));
    overall.appendChild(bar(doneList.length, all.length, "Progress in the whole course"));
    overall.appendChild(el("p", "", "About " + minutes(all.filter(function (m) { return !isDone(m.id); })) + " minutes left in the course."));
    var resume = continueWith();
    if (resume) {
      var p = overall.appendChild(el("p", "", "Continue where you left off: "));
      p.appendChild(link(resume, "button continue"));
    }
    var goalBox = clear(page.querySelector(".learning-goal"));
    var info = goalInfo();
    if (info) {
      goalSummary(goalBox, info);
      if (info.left.length) goalBox.appendChild(moduleList(info.left, "personal-list goal-left"));
    } else {
      goalBox.appendChild(el("p", "", "No goal yet. Choose one above: the modules it needs that you have not done will be listed here."));
    }
    var choice = page.querySelector(".goal-choice");
    if (!choice.options.length) {
      [["Learning paths", course.paths, "path"], ["Modules", all, "module"]].forEach(function (group) {
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
      item.appendChild(bar(done, path.modules.length, "Progress in " + path.title));
      if (left.length) item.appendChild(el("p", "minutes", "About " + minutes(left) + " min left."));
      else if (done) item.appendChild(recordLink(path));
    });
    var quizBox = clear(page.querySelector(".learning-quizzes"));
    var rows = all.filter(function (m) { return quizzes[m.id]; });
    if (!rows.length) {
      quizBox.appendChild(el("p", "", "You have not answered any quiz yet. Each module ends with a short self-check."));
    } else {
      var table = quizBox.appendChild(el("table", "quiz-scores"));
      var head = table.appendChild(el("thead")).appendChild(el("tr"));
      ["Module", "Score", "Answers checked", "Last attempt"].forEach(function (h) {
        head.appendChild(el("th", "", h)).scope = "col";
      });
      var tbody = table.appendChild(el("tbody"));
      rows.forEach(function (m) {
        var r = quizzes[m.id];
        var tr = tbody.appendChild(el("tr"));
        tr.appendChild(el("th")).appendChild(link(m)).parentNode.scope = "row";
        tr.appendChild(el("td", "", r.score + " of " + r.total));
        tr.appendChild(el("td", "", String(r.attempts || 0)));
        tr.appendChild(el("td", "", r.last ? new Date(r.last).toLocaleDateString() : ""));
      });
    }
    var reminder = page.querySelector(".export-reminder");
    var month = 30 * 24 * 3600 * 1000;
    reminder.hidden = doneList.length < 5 || Date.now() - (progress.exported || 0) < month;
    reminder.textContent = "You have " + plural(doneList.length, "module") + " done in this browser. Browsers can clear a site’s data, so export your progress now and then to keep a copy.";
  }

  // ---- Export, import, reset ----
  function exportFile() {
    progress.exported = Date.now();
    save();
    var data = {
      format: FORMAT, version: 1, course: { title: course.title, base_url: course.base_url },
      exported: new Date(progress.exported).toISOString(), progress: progress, quizzes: quizzes
    };
    var blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = "progress-" + course.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") +
      "-" + new Date().toISOString().slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    say("Exported. Keep the file somewhere safe; import it here or in another browser.");
  }
  function later(a, b, time) { return !a ? b : !b ? a : time(b) > time(a) ? b : a; }
  function merge(theirs, theirQuizzes) {
    var ours = progress;
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
    var data;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    if (!isObject(data) || data.format !== FORMAT) {
      return say("This file is not a Syllabus progress export. Nothing was changed.");
    }
    if (data.version !== 1) return say("This export comes from a newer version of Syllabus. Nothing was changed.");
    var from = isObject(data.course) ? data.course : {};
    if (from.title !== course.title || from.base_url !== course.base_url) {
      return say("This file holds progress for “" + String(from.title) + "”, not for this course. Nothing was changed.");
    }
    var quizData = data.quizzes === undefined ? {} : data.quizzes;
    if (!validProgress(data.progress) || !validQuizzes(quizData)) {
      return say("This file is damaged: some of its progress cannot be read. Nothing was changed.");
    }
    loadAll();
    merge(data.progress, quizData);
    save();
    write(QUIZ_KEY, quizzes);
    refresh();
    say("Imported. You now have " + plural(course.modules.filter(function (m) { return isDone(m.id); }).length, "module") + " done.");
  }
  function say(text) {
    var status = document.querySelector(".data-status");
    if (status) status.textContent = text;
  }
  function setupLearning() {
    var page = document.querySelector(".learning");
    if (!page) return;
    page.querySelector(".goal-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var value = page.querySelector(".goal-choice").value;
      var at = value.indexOf(":");
      if (at > 0) setGoal(value.slice(0, at), value.slice(at + 1));
    });
    page.querySelector(".goal-clear").addEventListener("click", function () { setGoal(null, null); });
    page.querySelector(".export-progress").addEventListener("click", exportFile);
    page.querySelector(".import-progress").addEventListener("change", function (event) {
      var file = event.target.files && event.target.files[0];
      if (!file) return;
      file.text().then(importText, function () { say("The file could not be read. Nothing was changed."); });
      event.target.value = "";
    });
    page.querySelector(".reset-progress").addEventListener("click", function () {
      if (!window.confirm("Erase all your progress, your goal and your quiz results for this course in this browser? This cannot be undone, unless you exported them.")) return;
      try { localStorage.removeItem(KEY); localStorage.removeItem(QUIZ_KEY); } catch (e) { /* nothing stored */ }
      loadAll();
      refresh();
      say("Your progress has been reset.");
    });
  }

  // ---- Completion record ----
  function paintRecord() {
    var sheet = document.querySelector(".record");
    if (!sheet) return;
    var missing = document.querySelector(".record-missing");
    var path = pathById(new URLSearchParams(location.search).get("path") || "");
    var modules = path ? path.modules.map(function (id) { return byId[id]; }).filter(Boolean) : [];
    var left = modules.filter(function (m) { return !isDone(m.id); });
    if (!path || !modules.length || left.length) {
      sheet.hidden = true;
      show(clear(missing)).appendChild(document.createTextNode(!path
        ? "There is no such learning path in this course. "
        : "Your completion record for “" + path.title + "” appears here once every module of the path is done: " + plural(left.length, "module") + " to go. "));
      missing.appendChild(el("a", "", "See your progress")).href = root + "learning/";
      return;
    }
    missing.hidden = true;
    show(sheet);
    var finished = Math.max.apply(null, modules.map(function (m) { return progress.modules[m.id].at; }));
    sheet.querySelector(".record-course").textContent = course.title;
    var name = sheet.querySelector(".record-name");
    function statement() {
      var who = name.value.trim() || "The learner";
      sheet.querySelector(".record-statement").textContent = who + " completed the learning path “" + path.title +
        "” of " + course.title + " on " + new Date(finished).toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" }) + ".";
    }
    name.oninput = statement;
    statement();
    var tbody = clear(sheet.querySelector("tbody"));
    modules.forEach(function (m) {
      var tr = tbody.appendChild(el("tr"));
      tr.appendChild(el("td", "", m.title));
      tr.appendChild(el("td", "", String(m.minutes)));
    });
    sheet.querySelector(".record-total").textContent = minutes(modules) + " min";
    sheet.querySelector(".record-print").onclick = function () { window.print(); };
  }

  function refresh() {
    paintStates();
    paintGoalButtons();
    paintModule();
    paintHome();
    paintPath();
    paintLearning();
    paintRecord();
  }

  function start(data) {
    course = data;
    byId = {};
    course.modules.forEach(function (m) { byId[m.id] = m; });
    loadAll();
    // A module that moved keeps the progress recorded under its old address (an alias).
    var moved = false;
    course.modules.forEach(function (m) {
      (m.aliases || []).forEach(function (alias) {
        var old = alias.replace(/\/$/, "");
        if (progress.modules[old] && !progress.modules[m.id]) {
          progress.modules[m.id] = progress.modules[old];
          delete progress.modules[old];
          moved = true;
        }
      });
    });
    var article = document.querySelector("article.module[data-module]");
    if (article && byId[article.dataset.module]) {
      progress.visits[article.dataset.module] = Date.now();
      moved = true;
    }
    if (moved) save();
    var toggle = document.querySelector(".done-toggle");
    if (toggle) toggle.addEventListener("click", toggleDone);
    setupLearning();
    document.addEventListener("syllabus:quiz", function () { loadAll(); refresh(); });
    // Another tab changed the progress: show the same.
    window.addEventListener("storage", function (event) {
      if (event.key === KEY || event.key === QUIZ_KEY) { loadAll(); refresh(); }
    });
    refresh();
  }

  try { if (!window.fetch || !window.localStorage) return; } catch (e) { return; }
  fetch(root + "course.json")
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) { if (data && Array.isArray(data.modules)) start(data); })
    .catch(function () { /* offline or blocked: the pages read fine without personal features */ });
})();
