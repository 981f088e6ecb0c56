"use strict";
(function () {
  // Filters: a finding is shown when its kind, its severity and its baseline state are ticked.
  const boxes = Array.from(document.querySelectorAll(".filters input[type=checkbox]"));
  const findings = Array.from(document.querySelectorAll("article.finding"));
  const index = JSON.parse(document.getElementById("findings-index").textContent);
  const shown = document.getElementById("shown");

  function ticked(name) {
    return new Set(boxes.filter((box) => box.name === name && box.checked).map((box) => box.value));
  }

  function apply() {
    const kinds = ticked("kind");
    const severities = ticked("severity");
    const known = ticked("known").has("known");
    let visible = 0;
    for (const finding of findings) {
      const show = kinds.has(finding.dataset.kind) && severities.has(finding.dataset.severity) &&
        (known || finding.dataset.known !== "yes");
      finding.hidden = !show;
      if (show) visible += 1;
    }
    for (const story of document.querySelectorAll("section.story")) {
      story.hidden = !story.querySelector("article.finding:not([hidden])");
    }
    shown.textContent = visible + " of " + index.length + " findings shown";
  }

  // A link into the article text opens the folded article it points into.
  function reveal() {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id && document.getElementById(id);
    const fold = target && target.closest("details");
    if (fold) {
      fold.open = true;
      target.scrollIntoView({ block: "center" });
    }
  }

  for (const box of boxes) box.addEventListener("change", apply);
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
})();
