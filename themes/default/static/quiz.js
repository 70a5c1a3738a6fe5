// Syllabus self-check quizzes: feedback on every answer, results kept in this browser only.
// The page works without this script (answers sit in <details>); this adds checking.
(function () {
  "use strict";
  // The words in the page's language (syllabus.js); without it, the keys.
  var t = window.SyllabusT || function (key) { return key; };

  var article = document.querySelector("article.module[data-module]");
  var forms = Array.prototype.slice.call(document.querySelectorAll(".quiz-question"));
  if (!article || !forms.length) return;
  var moduleId = article.dataset.module;
  // Results are kept through store.js; without it, answers are still checked.
  var store = window.SyllabusStore;
  var questionIds = forms.map(function (form) { return form.id; });

  var summary = document.querySelector(".quiz-summary");
  function showSummary(result, key) {
    if (!summary || !result) return;
    summary.textContent = t(key, { count: result.score, total: result.total });
    summary.hidden = false;
  }

  // ---- Helpers ----
  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }
  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = list[i];
      list[i] = list[j];
      list[j] = swap;
    }
    return list;
  }
  function normalise(text) {
    return text.trim().replace(/\s+/g, " ").toLowerCase();
  }
  function verdict(form, ok, detail) {
    var box = form.querySelector(".quiz-feedback");
    box.textContent = "";
    var icon = document.createElement("span");
    icon.className = "quiz-icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = ok ? "✓" : "✗";
    box.appendChild(icon);
    box.appendChild(document.createTextNode(" " + (ok ? t("js-quiz-correct") : t("js-quiz-not-quite") + (detail ? " " + detail : ""))));
    box.className = "quiz-feedback " + (ok ? "is-correct" : "is-incorrect");
  }
  function say(form, message) {
    var box = form.querySelector(".quiz-feedback");
    box.className = "quiz-feedback";
    box.textContent = message;
  }
  function orderItems(form) {
    return all(form, ".quiz-order-item");
  }
  function updateMoveButtons(form) {
    var items = orderItems(form);
    items.forEach(function (item, index) {
      item.querySelector("[data-move=up]").setAttribute("aria-disabled", index === 0 ? "true" : "false");
      item.querySelector("[data-move=down]").setAttribute("aria-disabled", index === items.length - 1 ? "true" : "false");
    });
  }
  function inOrder(form) {
    return orderItems(form).every(function (item, index) {
      return Number(item.dataset.position) === index;
    });
  }

  // ---- Patterns: the build compiles a `pattern` into a small program (src/quiz/pattern.rs
  // documents it) that runs here over the answer's characters with every live state at once.
  // Time grows with the answer's length times the program's size, never more: no RegExp is
  // built from an author's text. ----
  var CLASS = 0, FORK = 1, START = 2, END = 3, MATCH = 4;
  function inClass(bounds, c) {
    var low = 0;
    var high = bounds.length / 2 - 1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (c < bounds[2 * middle]) high = middle - 1;
      else if (c > bounds[2 * middle + 1]) low = middle + 1;
      else return true;
    }
    return false;
  }
  function matches(program, text) {
    var classes = program[0].map(function (differences) {
      var bound = 0;
      return differences.map(function (difference) {
        return (bound += difference);
      });
    });
    var code = program[1];
    var chars = Array.from(text, function (ch) {
      return ch.codePointAt(0);
    });
    var seen = [];
    var step = 0;
    // Adds to `live` the instructions that read a character (or match) reachable from `pc`
    // once `at` characters are read, each once per step.
    function follow(live, pc, at) {
      var pending = [pc];
      while (pending.length) {
        pc = pending.pop();
        if (seen[pc] === step) continue;
        seen[pc] = step;
        var op = code[pc];
        if (op[0] === FORK) {
          for (var k = op.length - 1; k > 0; k--) pending.push(op[k]);
        } else if (op[0] === START || op[0] === END) {
          if (at === (op[0] === START ? 0 : chars.length)) pending.push(pc + 1);
        } else {
          live.push(pc);
        }
      }
    }
    var live = [];
    follow(live, 0, 0);
    for (var at = 0; at < chars.length && live.length; at++) {
      step++;
      var next = [];
      live.forEach(function (pc) {
        var op = code[pc];
        if (op[0] === CLASS && inClass(classes[op[1]], chars[at])) follow(next, pc + 1, at + 1);
      });
      live = next;
    }
    return live.some(function (pc) {
      return code[pc][0] === MATCH;
    });
  }

  // ---- Grading: returns null when there is nothing to grade yet. ----
  function grade(form) {
    var type = form.dataset.type;
    if (type === "single" || type === "multiple" || type === "truefalse") {
      var options = all(form, ".quiz-option");
      var chosen = options.filter(function (li) {
        return li.querySelector("input").checked;
      });
      if (!chosen.length) return { empty: t("js-quiz-choose-first") };
      var wrong = 0;
      var missed = 0;
      options.forEach(function (li) {
        var right = li.dataset.correct === "true";
        var picked = chosen.indexOf(li) >= 0;
        if (picked && !right) wrong++;
        if (!picked && right) missed++;
      });
      chosen.forEach(function (li) {
        var right = li.dataset.correct === "true";
        li.classList.add(right ? "is-correct" : "is-incorrect");
        var mark = document.createElement("span");
        mark.className = "quiz-mark";
        mark.textContent = right ? "✓ " + t("js-quiz-option-correct") : "✗ " + t("js-quiz-option-incorrect");
        li.insertBefore(mark, li.firstChild);
        var feedback = li.querySelector(".quiz-option-feedback");
        if (feedback) feedback.hidden = false;
      });
      var detail = "";
      if (type === "multiple" && (wrong || missed)) {
        var parts = [];
        if (missed) parts.push(t("js-quiz-missed", { count: missed }));
        if (wrong) parts.push(t("js-quiz-wrong", { count: wrong }));
        detail = parts.length > 1 ? t("js-quiz-details", { name: parts[0], title: parts[1] }) : t("js-quiz-detail", { name: parts[0] });
      }
      return { ok: !wrong && !missed, detail: detail };
    }
    if (type === "text" || type === "number") {
      var value = form.querySelector(".quiz-input").value;
      if (!value.trim()) return { empty: t("js-quiz-enter-first") };
      if (type === "number") {
        var number = Number(value.trim().replace(",", "."));
        if (!isFinite(number)) return { empty: t("js-quiz-number-first") };
        var answer = Number(form.dataset.answer);
        var tolerance = Number(form.dataset.tolerance) || 0;
        return { ok: Math.abs(number - answer) <= tolerance + 1e-9 };
      }
      var given = normalise(value);
      var answers = [];
      try {
        answers = JSON.parse(form.dataset.answers || "[]");
      } catch (e) {
        answers = [];
      }
      var ok = answers.some(function (a) {
        return normalise(String(a)) === given;
      });
      if (!ok && form.dataset.program) {
        try {
          ok = matches(JSON.parse(form.dataset.program), given);
        } catch (e) {
          ok = false;
        }
      }
      return { ok: ok };
    }
    if (type === "order") return { ok: inOrder(form) };
    return null;
  }

  function setLocked(form, locked) {
    all(form, "fieldset input, fieldset .quiz-move").forEach(function (control) {
      control.disabled = locked;
    });
    form.querySelector(".quiz-check").disabled = locked;
  }

  function reset(form) {
    all(form, ".quiz-option").forEach(function (li) {
      li.classList.remove("is-correct", "is-incorrect");
      var mark = li.querySelector(".quiz-mark");
      if (mark) mark.remove();
      li.querySelector("input").checked = false;
    });
    all(form, ".quiz-option-feedback").forEach(function (p) {
      p.hidden = true;
    });
    var input = form.querySelector(".quiz-input");
    if (input) input.value = "";
    var explanation = form.querySelector(".quiz-explanation");
    if (explanation) explanation.hidden = true;
    form.querySelector(".quiz-retry").hidden = true;
    say(form, "");
    setLocked(form, false);
    var first = form.querySelector("fieldset input, fieldset .quiz-move");
    if (first) first.focus();
  }

  // ---- Setting up each question ----
  var stored = store && store.quiz(moduleId);
  forms.forEach(function (form) {
    var answer = form.querySelector(".quiz-answer");
    var list = form.querySelector(".quiz-options");
    if (list && form.hasAttribute("data-shuffle")) {
      shuffle(all(list, ".quiz-option")).forEach(function (li) {
        list.appendChild(li);
      });
    }
    var order = form.querySelector(".quiz-order");
    if (order) {
      var items = orderItems(form);
      // Shuffle again in the browser, but never into the right order.
      for (var tries = 0; tries < 10 && (tries === 0 || inOrder(form)); tries++) {
        shuffle(items.slice()).forEach(function (item) {
          order.appendChild(item);
        });
      }
      if (inOrder(form)) order.appendChild(orderItems(form)[0]);
      updateMoveButtons(form);
      order.addEventListener("click", function (event) {
        var button = event.target.closest(".quiz-move");
        if (!button || button.disabled || button.getAttribute("aria-disabled") === "true") return;
        var item = button.closest(".quiz-order-item");
        var up = button.dataset.move === "up";
        var sibling = up ? item.previousElementSibling : item.nextElementSibling;
        if (!sibling) return;
        order.insertBefore(item, up ? sibling : sibling.nextElementSibling);
        updateMoveButtons(form);
        button.focus();
        var position = orderItems(form).indexOf(item) + 1;
        say(form, t("js-quiz-moved", { name: item.querySelector(".quiz-order-text").textContent, step: position, total: orderItems(form).length }));
      });
    }
    if (answer) answer.hidden = true;
    var hintButton = form.querySelector(".quiz-hint-button");
    var hint = form.querySelector(".quiz-hint");
    if (hintButton && hint) {
      hintButton.addEventListener("click", function () {
        hint.hidden = !hint.hidden;
        hintButton.setAttribute("aria-expanded", hint.hidden ? "false" : "true");
        hintButton.textContent = t(hint.hidden ? "js-quiz-show-hint" : "js-quiz-hide-hint");
      });
    }
    form.querySelector(".quiz-retry").addEventListener("click", function () {
      reset(form);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (form.querySelector(".quiz-check").disabled) return;
      var result = grade(form);
      if (!result) return;
      if (result.empty) {
        say(form, result.empty);
        return;
      }
      verdict(form, result.ok, result.detail);
      var explanation = form.querySelector(".quiz-explanation");
      if (explanation) explanation.hidden = false;
      if (answer) answer.hidden = false;
      setLocked(form, true);
      var retry = form.querySelector(".quiz-retry");
      retry.hidden = false;
      retry.focus();
      var saved = store && store.recordAnswer(moduleId, questionIds, form.id, result.ok);
      showSummary(saved, "js-quiz-so-far");
      // Progress (progress.js) suggests marking the module done once every answer is right.
      document.dispatchEvent(new CustomEvent("syllabus:quiz", { detail: saved }));
    });
    var before = stored && stored.questions[form.id];
    if (before && before.correct) {
      say(form, t("js-quiz-right-before"));
    }
  });
  showSummary(stored, "js-quiz-last-result");
})();
