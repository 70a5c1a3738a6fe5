// Syllabus default theme: search over the whole course, in the browser.
// The index (search-index.json) and elasticlunr.js are fetched the first time the learner
// focuses the search field, so that reading a page costs nothing extra. Without JavaScript the
// field is hidden by the stylesheet.
(function () {
  "use strict";
  // The words in the page's language (syllabus.js); without it, the keys.
  var t = window.SyllabusT || function (key) { return key; };
  var box = document.querySelector(".search");
  if (!box || !window.fetch || !window.Promise) return;
  var input = box.querySelector(".search-input");
  var panel = box.querySelector(".search-panel");
  var list = box.querySelector(".search-results");
  var message = box.querySelector(".search-message");
  var status = box.querySelector(".search-status");
  var level = box.querySelector(".search-level");
  var root = box.getAttribute("data-root") || "";
  var MAX_RESULTS = 10;
  var DEBOUNCE_MS = 120;
  // Field names match `FIELDS` in src/search.rs.
  var BOOSTS = {
    title: { boost: 4 }, section: { boost: 3 }, tags: { boost: 2 },
    description: { boost: 2 }, points: { boost: 1 }, body: { boost: 1 }
  };
  var data = null;
  var loading = null;
  var timer = 0;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function load() {
    if (!loading) {
      loading = Promise.all([
        window.elasticlunr ? null : loadScript(root + "elasticlunr.min.js"),
        fetch(root + "search-index.json").then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
      ]).then(function (loaded) {
        var lunr = prepare(window.elasticlunr);
        // The course language's stemmer (lunr-languages) or CJK tokenizer (search-cjk.js),
        // only where the index names them; each script needs the one before it.
        return (loaded[1].scripts || []).reduce(function (done, script) {
          return done.then(function () { return loadScript(root + script); });
        }, Promise.resolve()).then(function () {
          data = inflate(lunr, loaded[1]);
        });
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  // What lunr-languages expects of lunr and elasticlunr lacks, and the pipeline functions of
  // Syllabus (src/search/language.rs), before the index names them.
  function prepare(lunr) {
    window.lunr = window.lunr || lunr;
    // lunr's own version: empty tokens go too.
    lunr.generateStopWordFilter = lunr.generateStopWordFilter || function (words) {
      var stop = {};
      words.forEach(function (word) { stop[word] = true; });
      return function (token) { return token && stop[token] !== true ? token : undefined; };
    };
    lunr.Pipeline.registerFunction(function (token) {
      var trimmed = token.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, "");
      return trimmed === "" ? undefined : trimmed;
    }, "syllabus-trimmer");
    lunr.Pipeline.registerFunction(function (token) {
      return token.replace(/u(?:\u00e7\u00e3|\u00e7\u00f5|cion)$/, "u");
    }, "syllabus-pt-endings");
    return lunr;
  }

  // The file stores each field's terms with their postings (document gaps, and counts as
  // negative numbers); elasticlunr wants a tree with a node per character, built here.
  function inflate(lunr, file) {
    var count = file.docs.length;
    var docs = {};
    var docInfo = {};
    for (var d = 0; d < count; d++) {
      docs[d] = {};
      docInfo[d] = {};
    }
    var index = {};
    file.fields.forEach(function (field) {
      var lengths = file.lengths[field];
      for (var d = 0; d < count; d++) {
        if (lengths[d]) docInfo[d][field] = lengths[d];
      }
      var tree = { docs: {}, df: 0 };
      file.terms[field].forEach(function (entry) {
        var term = entry[0];
        var node = tree;
        for (var i = 0; i < term.length; i++) {
          node = node[term[i]] || (node[term[i]] = { docs: {}, df: 0 });
        }
        var doc = 0;
        for (var k = 1; k < entry.length; k++) {
          if (entry[k] < 0) {
            node.docs[doc].tf = Math.sqrt(-entry[k]);
          } else {
            doc += entry[k];
            node.docs[doc] = { tf: 1 };
            node.df += 1;
          }
        }
      });
      index[field] = { root: tree };
    });
    var idx = lunr.Index.load({
      version: lunr.version, fields: file.fields, ref: "id", pipeline: file.pipeline, index: index,
      documentStore: { docs: docs, docInfo: docInfo, length: count, save: false }
    });
    return { lunr: lunr, index: idx, modules: file.modules, docs: file.docs };
  }

  function setOpen(open) {
    panel.hidden = !open;
  }

  function say(text) {
    message.textContent = text;
    status.textContent = text;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function terms(text) {
    return data.index.pipeline.run(data.lunr.tokenizer(text));
  }

  // Marks the words that the query matched (same stemming, prefix as you type).
  function marked(className, text, wanted) {
    var out = element("span", className);
    text.split(/(\s+)/).forEach(function (word) {
      // A CJK word is many pairs: any of them will do.
      var hit = /\S/.test(word) && terms(word).some(function (stem) {
        return wanted.some(function (term) { return stem.indexOf(term) === 0; });
      });
      out.appendChild(hit ? element("mark", "", word) : document.createTextNode(word));
    });
    return out;
  }

  function show(query) {
    var chosen = level.value;
    var hits = data.index.search(query, { fields: BOOSTS, bool: "OR", expand: true });
    var wanted = terms(query);
    list.textContent = "";
    var shown = 0;
    for (var i = 0; i < hits.length && shown < MAX_RESULTS; i++) {
      var doc = data.docs[hits[i].ref];
      var module = data.modules[doc[0]];
      if (chosen && module[2] !== chosen) continue;
      shown += 1;
      var link = element("a", "search-result");
      link.href = root + module[1] + (doc[2] ? "#" + doc[2] : "");
      var title = element("span", "search-result-title", module[0]);
      if (doc[1]) title.appendChild(marked("search-result-section", doc[1], wanted));
      link.appendChild(title);
      var meta = element("span", "search-result-meta");
      // The glossary page has no level.
      if (module[2]) meta.appendChild(element("span", "badge difficulty difficulty-" + module[3], module[2]));
      if (module[4]) meta.appendChild(element("span", "search-result-unit", module[4]));
      link.appendChild(meta);
      if (doc[3]) link.appendChild(marked("search-result-snippet", doc[3], wanted));
      var item = element("li");
      item.appendChild(link);
      list.appendChild(item);
    }
    if (shown) {
      say(shown === MAX_RESULTS ? t("js-search-best", { count: shown }) : t("js-search-results", { count: shown }));
    } else {
      say(chosen ? t("js-search-none-at-level", { query: query, level: chosen }) : t("js-search-none", { query: query }));
    }
    setOpen(true);
  }

  function search() {
    clearTimeout(timer);
    timer = 0;
    var query = input.value.trim();
    if (!query) {
      list.textContent = "";
      say("");
      setOpen(false);
      return;
    }
    if (data) {
      show(query);
      return;
    }
    say(t("js-search-loading"));
    setOpen(true);
    load().then(function () {
      if (input.value.trim()) show(input.value.trim());
    }, function () {
      say(t("js-search-failed"));
    });
  }

  function results() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  function isTyping(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  input.addEventListener("focus", function () {
    load().catch(function () { /* reported when the learner types */ });
    if (input.value.trim() && (list.firstChild || message.textContent)) setOpen(true);
  });

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", function (event) {
    var links = results();
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      setOpen(true);
      links[0].focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (timer) search();
      links = results();
      if (links.length) links[0].click();
    } else if (event.key === "Escape") {
      if (!panel.hidden) {
        // The first Escape closes the results; browsers would also empty a search field.
        event.preventDefault();
        setOpen(false);
      } else {
        input.value = "";
        search();
      }
    }
  });

  list.addEventListener("keydown", function (event) {
    var links = results();
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else if (next < links.length) links[next].focus();
    } else if (event.key === "Escape") {
      setOpen(false);
      input.focus();
    }
  });

  level.addEventListener("change", search);

  // Close when focus or a click goes elsewhere on the page.
  box.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !box.contains(event.relatedTarget)) setOpen(false);
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target)) setOpen(false);
  });
})();
