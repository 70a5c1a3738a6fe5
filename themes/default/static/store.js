// Syllabus default theme: what the learner's scripts keep in this browser, in one place.
// progress.js, learning.js and quiz.js read and write only through `window.SyllabusStore`;
// nothing else knows the keys or the shape of the records. A full, disabled or corrupted
// storage never breaks a page: a read gives the empty record, a write returns false.
//
// Two records per course, in localStorage under `syllabus-progress:` and `syllabus-quiz:`
// followed by the course (`data-course` of <body>: "<base_url> <title>"), times in ms:
//   progress { modules: { ID: { done, at, hash } }, visits: { ID: at }, goal, exported }
//            goal is null or { type: "module" | "path" | null, id, at }
//   quizzes  { ID: { score, total, attempts, last: ISO date, questions: { FORM_ID:
//              { correct, attempts } } } }
// Exports (learning.js) carry both records as they are stored.
(function () {
  "use strict";
  var course = document.body.dataset.course || "";
  var PROGRESS = "syllabus-progress:" + course;
  var QUIZZES = "syllabus-quiz:" + course;

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

  // ---- Validation: a record that fails it is not used (storage) or not imported (a file). ----
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
  function validQuiz(r) {
    return isObject(r) && typeof r.score === "number" && typeof r.total === "number" &&
      (r.last === undefined || typeof r.last === "string") && (r.questions === undefined || isObject(r.questions));
  }
  function validQuizzes(q) { return every(q, validQuiz); }

  // ---- Progress (progress.js, learning.js) ----
  function progress() {
    var p = read(PROGRESS);
    return validProgress(p) ? p : { modules: {}, visits: {}, goal: null, exported: 0 };
  }
  function quizzes() {
    var q = read(QUIZZES);
    return validQuizzes(q) ? q : {};
  }

  // ---- One module's quiz (quiz.js): the other modules' results are kept as they are. ----
  function allQuizzes() {
    var all = read(QUIZZES);
    return isObject(all) ? all : {};
  }
  function answered(result) { return validQuiz(result) && isObject(result.questions); }
  function quiz(id) {
    var result = allQuizzes()[id];
    return answered(result) ? result : null;
  }
  // Counts an answer to the question `question` of module `id`, whose questions are
  // `questions` (their ids), and returns the module's result, kept or not.
  function recordAnswer(id, questions, question, correct) {
    var all = allQuizzes();
    var result = answered(all[id]) ? all[id] : { score: 0, total: questions.length, attempts: 0, questions: {} };
    var previous = result.questions[question] || { attempts: 0 };
    result.questions[question] = { correct: correct, attempts: (previous.attempts || 0) + 1 };
    result.attempts = (result.attempts || 0) + 1;
    result.total = questions.length;
    result.score = questions.filter(function (q) {
      return result.questions[q] && result.questions[q].correct;
    }).length;
    result.last = new Date().toISOString();
    all[id] = result;
    write(QUIZZES, all);
    return result;
  }

  window.SyllabusStore = {
    // Whether this browser lets the page use its storage at all.
    available: function () {
      try { return !!window.localStorage; } catch (e) { return false; }
    },
    isObject: isObject,
    validProgress: validProgress,
    validQuizzes: validQuizzes,
    progress: progress,
    quizzes: quizzes,
    saveProgress: function (p) { return write(PROGRESS, p); },
    saveQuizzes: function (q) { return write(QUIZZES, q); },
    quiz: quiz,
    recordAnswer: recordAnswer,
    // Whether a `storage` event (another tab) changed this course's records.
    isOurs: function (key) { return key === PROGRESS || key === QUIZZES; },
    forget: function () {
      try { localStorage.removeItem(PROGRESS); localStorage.removeItem(QUIZZES); } catch (e) { /* nothing stored */ }
    },
    // Browsers may clear storage under pressure (Safari after weeks without a visit): ask once.
    persist: function () {
      if (navigator.storage && navigator.storage.persist) {
        navigator.storage.persisted().then(function (kept) { if (!kept) navigator.storage.persist(); })
          .catch(function () { /* not granted: the export reminder covers it */ });
      }
    },
    // Calls `then(kept)` with whether the browser promises to keep the site's data, when it says.
    whetherKept: function (then) {
      if (navigator.storage && navigator.storage.persisted) {
        navigator.storage.persisted().then(then, function () { /* unknown: nothing said */ });
      }
    },
    // Calls `then({ usage, quota })` with what the browser says of the site's storage, or
    // `then(null)` when it does not say (a download then goes ahead and may fail as it goes).
    estimate: function (then) {
      if (navigator.storage && navigator.storage.estimate) {
        navigator.storage.estimate().then(then, function () { then(null); });
      } else {
        then(null);
      }
    }
  };
})();
