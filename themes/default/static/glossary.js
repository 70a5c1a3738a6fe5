// Syllabus glossary terms: a term's definition shown beside it on hover, keyboard focus or a
// first tap. Without this script a term is a plain link to the glossary page, and assistive
// technology reads the definition as the link's description either way (aria-describedby).
(function () {
  "use strict";

  var refs = Array.prototype.slice.call(document.querySelectorAll(".term-ref"));
  if (!refs.length) return;
  var open = null;
  // Keeps a popup this far from the window's edges.
  var MARGIN = 8;

  function tipOf(ref) { return ref.querySelector(".term-tip"); }

  function hide() {
    if (!open) return;
    tipOf(open).hidden = true;
    open = null;
  }

  function show(ref) {
    if (open === ref) return;
    hide();
    var tip = tipOf(ref);
    tip.style.left = "";
    tip.hidden = false;
    open = ref;
    // Moved left as far as needed to stay inside the window: a term near the right edge of a
    // phone must not widen the page.
    var box = tip.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var shift = Math.max(0, box.right - (width - MARGIN));
    shift = Math.min(shift, box.left - MARGIN);
    if (shift > 0) tip.style.left = -shift + "px";
  }

  refs.forEach(function (ref) {
    var link = ref.querySelector("a.term");
    if (!link || !tipOf(ref)) return;
    var touched = false;
    var wasOpen = false;
    link.addEventListener("focus", function () { show(ref); });
    link.addEventListener("blur", function () { if (open === ref) hide(); });
    // The popup is inside the term's frame, so moving the pointer onto it keeps it open.
    ref.addEventListener("mouseenter", function () { show(ref); });
    ref.addEventListener("mouseleave", function () {
      if (open === ref && document.activeElement !== link) hide();
    });
    link.addEventListener("pointerdown", function (event) {
      touched = event.pointerType !== "mouse";
      wasOpen = open === ref;
    });
    // A first tap shows the definition; a second one follows the link.
    link.addEventListener("click", function (event) {
      if (touched && !wasOpen) {
        event.preventDefault();
        show(ref);
      }
      touched = false;
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  document.addEventListener("pointerdown", function (event) {
    if (open && !open.contains(event.target)) hide();
  });
})();
