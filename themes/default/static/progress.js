// Syllabus default theme: the learner's progress on every page. States (done, ready, not
// ready yet) on every list of modules and on the map, the module page's progress buttons and
// recommendations, goal buttons, and the personal parts of the home and path pages. The
// learner's own pages add theirs with learning.js, through `window.SyllabusProgress`.
// Everything stays in this browser (store.js); the only request is for the site's own
// course.json. Without JavaScript none of this appears and the pages read as they are.
(function () {
  "use strict";
  var t = window.SyllabusT;
  var store = window.SyllabusStore;
  if (!store || !t) return;
  var root = document.body.dataset.root || "";
  // The page's language (its `lang`, or English if the browser cannot read it), for dates.
  var lang = t && t.locale;
  var STATES = {
    done: ["✓", t("js-state-done")],
    ready: ["→", t("js-state-ready")],
    locked: ["⋯", t("js-state-locked")]
  };
  var course, byId, progress, quizzes;
  // What page scripts (learning.js) add: `setup` once, `paint` with everything else.
  var pages = [];

  function loadAll() {
    progress = store.progress();
    quizzes = store.quizzes();
  }
  function save() { store.saveProgress(progress); }

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
    wrap.appendChild(el("span", "", " " + t("js-done-of-total", { done: done, total: total })));
    return wrap;
  }
  function moduleList(modules, className) {
    var list = el("ol", className || "personal-list");
    modules.forEach(function (m) {
      var item = el("li");
      item.dataset.module = m.id;
      item.appendChild(link(m));
      item.appendChild(el("span", "minutes", " " + t("js-minutes", { count: m.minutes })));
      list.appendChild(item);
    });
    return list;
  }
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
        map.appendChild(document.createTextNode(STATES[name][1] + (isUpdated(module) ? " · " + t("js-state-updated-short") : "")));
        node.classList.remove("state-done", "state-ready", "state-locked");
        node.classList.add("state-" + name);
        return;
      }
      var old = node.querySelector(":scope > .state, :scope > * > .state");
      if (old) old.remove();
      var label = stateLabel(name);
      if (isUpdated(module)) label.appendChild(el("span", "state-text", " · " + t("js-state-updated")));
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
    var a = el("a", "", info.title);
    a.href = root + info.url;
    if (!info.left.length) {
      t.into(p, "js-goal-reached", {}, { goal: a });
      container.appendChild(p);
      return;
    }
    t.into(p, "js-goal-left", { count: info.left.length, minutes: minutes(info.left) }, { goal: a });
    container.appendChild(p);
    var next = info.left.filter(function (m) { return state(m) === "ready"; })[0] || info.left[0];
    var start = link(next, "button start-next");
    start.textContent = t("js-start-next", { title: next.title });
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
      ? t("js-done-on", { date: new Date(entry.at).toLocaleDateString(lang) })
      : "";
    section.querySelector(".personal-updated").hidden = !isUpdated(module);
    var quiz = quizResult(module.id);
    section.querySelector(".personal-quiz-done").hidden = done || !quiz || !quiz.total || quiz.score < quiz.total;
    var box = clear(section.querySelector(".recommendations"));
    var next = recommended(module.id).slice(0, 3);
    box.appendChild(el("h3", "", t("js-up-next")));
    if (next.length) {
      box.appendChild(moduleList(next));
    } else {
      box.appendChild(el("p", "", done
        ? t("js-nothing-ready")
        : t("js-mark-to-see-more")));
    }
    var wrong = quiz && quiz.questions && Object.keys(quiz.questions).some(function (q) {
      return quiz.questions[q] && quiz.questions[q].correct === false;
    });
    if (wrong && module.prerequisites.length) {
      box.appendChild(el("h3", "", t("js-revisit")));
      box.appendChild(el("p", "", t("js-revisit-because")));
      box.appendChild(moduleList(module.prerequisites.map(function (id) { return byId[id]; }).filter(Boolean)));
    }
  }
  function toggleDone() {
    var article = document.querySelector("article.module[data-module]");
    var module = byId[article.dataset.module];
    var done = !isDone(module.id);
    progress.modules[module.id] = { done: done, at: Date.now(), hash: module.hash };
    save();
    if (done) store.persist();
    refresh();
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
      t.into(box.appendChild(el("p")), "js-continue", {}, { title: link(resume) });
    }
    var a = el("a", "", t(info ? "js-see-progress" : "js-choose-goal"));
    a.href = root + "learning/";
    t.into(box.appendChild(el("p")), info ? "js-see-progress-on-learning" : "js-choose-goal-on-learning", {}, { link: a });
  }
  function paintPath() {
    var section = document.querySelector(".personal-path");
    var path = section && pathById(section.dataset.path);
    if (!path) return;
    show(section);
    var box = clear(section.querySelector(".personal-body"));
    var done = path.modules.filter(isDone).length;
    box.appendChild(bar(done, path.modules.length, t("js-progress-in", { title: path.title })));
    if (done === path.modules.length && done) box.appendChild(recordLink(path));
  }
  function recordLink(path) {
    var p = el("p");
    var a = p.appendChild(el("a", "record-link", t("js-open-record", { title: path.title })));
    a.href = root + "learning/record/?path=" + encodeURIComponent(path.id);
    return p;
  }

  function refresh() {
    paintStates();
    paintGoalButtons();
    paintModule();
    paintHome();
    paintPath();
    pages.forEach(function (page) { page.paint(); });
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
    pages.forEach(function (page) { page.setup(); });
    document.addEventListener("syllabus:quiz", function () { loadAll(); refresh(); });
    // Another tab changed the progress: show the same.
    window.addEventListener("storage", function (event) {
      if (store.isOurs(event.key)) { loadAll(); refresh(); }
    });
    refresh();
  }

  // For learning.js: the learner's data (read anew after every change, hence the getters), the
  // course logic and the DOM helpers it shares with these pages.
  window.SyllabusProgress = {
    get course() { return course; },
    get byId() { return byId; },
    get progress() { return progress; },
    get quizzes() { return quizzes; },
    root: root,
    isDone: isDone, pathById: pathById, goalInfo: goalInfo, continueWith: continueWith,
    minutes: minutes, el: el, link: link, bar: bar, moduleList: moduleList, lang: lang,
    show: show, clear: clear, goalSummary: goalSummary, recordLink: recordLink,
    setGoal: setGoal, save: save, reload: loadAll, refresh: refresh,
    page: function (page) {
      pages.push(page);
      if (course) { page.setup(); refresh(); }
    }
  };

  if (!window.fetch || !store.available()) return;
  fetch(root + "course.json")
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) { if (data && Array.isArray(data.modules)) start(data); })
    .catch(function () { /* offline or blocked: the pages read fine without personal features */ });
})();
