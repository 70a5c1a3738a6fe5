// Syllabus default theme: Chinese, Japanese and Korean queries cut as the index was
// (src/search/language.rs). search.js loads this file, after elasticlunr.js, only where the
// index names it: a site in another language never fetches it.
(function () {
  "use strict";
  var lunr = window.elasticlunr;
  if (!lunr || lunr.tokenizer.cjk) return;

  // Letters of Chinese, Japanese and Korean: the ranges of CJK_LETTERS in src/search/language.rs.
  var CJK = /[\u1100-\u11FF\u3005-\u3007\u3041-\u309F\u30A0-\u30FA\u30FC-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F\u{20000}-\u{3134F}]/u;

  // A word as runs of CJK letters, each as its overlapping pairs (one letter alone as itself),
  // and runs of other characters kept whole: `cjk_pieces` in src/search/language.rs.
  function cjkPieces(word) {
    var pieces = [];
    var run = [];
    var cjk = false;
    function flush() {
      if (cjk && run.length > 1) {
        for (var i = 0; i + 1 < run.length; i++) pieces.push(run[i] + run[i + 1]);
      } else if (run.length) {
        pieces.push(run.join(""));
      }
      run = [];
    }
    Array.from(word).forEach(function (letter) {
      var isCjk = CJK.test(letter);
      if (run.length && isCjk !== cjk) flush();
      cjk = isCjk;
      run.push(letter);
    });
    flush();
    return pieces;
  }

  // elasticlunr's tokenizer (white space, hyphens, lower case), then each word in pieces; the
  // index's search and search.js's marking both call it.
  var split = lunr.tokenizer;
  lunr.tokenizer = function (text) {
    return [].concat.apply([], split(text).map(cjkPieces));
  };
  lunr.tokenizer.cjk = true;
})();
