//! Diagrams: ```` ```mermaid ```` blocks of the four supported kinds become inline SVG at build
//! time (no script), each an image with a name and its source as text alternative, with ids of
//! its own; other kinds and mistakes are warnings that keep the source as code; and in
//! Chromium every diagram is drawn, fits a 320 px phone and is axe-clean in both schemes.

use std::collections::BTreeMap;
use std::fs;

use serde_json::json;

use crate::common::browser::*;
use crate::common::*;

const DIAGRAMS: &str = r#"---
title: Diagrams
objectives: [Read four kinds of diagram]
---
How a change is recorded:

```mermaid
flowchart LR
  accTitle: From edit to commit
  A[Edit] --> B[git add]
  B --> C[git commit]
```

Pushing, as a conversation:

```mermaid
sequenceDiagram
  participant You
  participant Remote
  You->>Remote: git push
  Remote-->>You: ok
```

A file's states:

```mermaid
stateDiagram-v2
  [*] --> Untracked
  Untracked --> Staged: git add
  Staged --> Committed: git commit
  Committed --> [*]
```

The objects:

```mermaid
classDiagram
  Commit --> Tree
  Tree --> Blob
  Commit : +String message
```

A chart that is not drawn:

```mermaid
pie title Time spent
  "Writing" : 60
  "Reviewing" : 40
```

A misspelt kind:

```mermaid
flowchat LR
  A --> B
```

And a flowchart with a mistake:

```mermaid
flowchart LR
  A -->
```
"#;

fn diagram_course() -> TestCourse {
    TestCourse::new().module("git/diagrams.md", DIAGRAMS)
}

/// Every `<figure class="diagram">` of a page.
fn figures(page: &str) -> Vec<&str> {
    page.match_indices("<figure class=\"diagram\">")
        .map(|(start, _)| {
            let end = page[start..].find("</figure>").unwrap() + start;
            &page[start..end + "</figure>".len()]
        })
        .collect()
}

#[test]
fn the_four_kinds_are_inline_svg_and_other_diagrams_stay_code_with_a_warning() {
    let course = diagram_course();
    let output = course.build();
    assert!(output.status.success(), "{}", stderr(&output));
    insta::assert_snapshot!("diagram_warnings", course.report(&output));

    let page = course.read("public/git/diagrams/index.html");
    let figures = figures(&page);
    assert_eq!(figures.len(), 4, "{page}");
    let names: Vec<&str> = figures
        .iter()
        .map(|figure| {
            let at = figure.find("role=\"img\" aria-label=\"").unwrap() + 23;
            &figure[at..at + figure[at..].find('"').unwrap()]
        })
        .collect();
    assert_eq!(
        names,
        [
            "Flowchart: From edit to commit",
            "Sequence diagram",
            "State diagram",
            "Class diagram"
        ]
    );
    for (n, figure) in (1..).zip(&figures) {
        assert!(
            figure.contains(&format!("<svg id=\"diagram-{n}\"")),
            "{figure}"
        );
        // The text alternative: the source, as code, in a disclosure.
        assert!(
            figure.contains("<details class=\"diagram-source\"><summary>Diagram source</summary>")
        );
        assert!(figure.contains("<pre class=\"code\" data-lang=\"mermaid\""));
    }
    assert!(figures[0].contains("git add"), "the labels are in the SVG");
    assert!(figures[1].contains(">Remote<"), "{}", figures[1]);

    // The pie chart, the misspelt kind and the mistake are code blocks, with their source.
    assert_eq!(
        page.matches("<pre class=\"code\" data-lang=\"mermaid\"")
            .count(),
        7
    );
    assert!(page.contains("pie title Time spent"));

    // No id twice on the page, although the four SVGs name their parts alike.
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    for id in regex::Regex::new(r#" id="([^"]+)""#)
        .unwrap()
        .captures_iter(&page)
    {
        *ids.entry(id.get(1).unwrap().as_str()).or_default() += 1;
    }
    let twice: Vec<_> = ids.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "ids used twice: {twice:?}");

    assert!(page.contains("href=\"../../diagram.css\""));
    assert!(
        !page.contains("<script src=\"../../mermaid"),
        "no script draws them"
    );
    assert!(!course.read("public/index.html").contains("diagram.css"));
    assert!(course.join("public/diagram.css").is_file());

    // Search has the page's words, not the SVG's markup or the diagrams' source.
    let index = course.read("public/search-index.json");
    assert!(index.contains("convers"), "the text is indexed");
    for noise in ["svg", "stroke", "viewbox", "flowchart-v2", "marker"] {
        assert!(!index.contains(noise), "{noise} is in the search index");
    }
}

#[test]
fn the_svg_of_a_small_flowchart_is_pinned() {
    let course = TestCourse::new().module(
        "git/flow.md",
        "---\ntitle: Flow\nobjectives: [Follow a flowchart]\n---\n```mermaid\nflowchart LR\n  A[Edit] --> B[Commit]\n```\n",
    );
    let output = course.build();
    assert!(output.status.success(), "{}", stderr(&output));
    let page = course.read("public/git/flow/index.html");
    // One element and one style rule a line, so that a change reads as a diff.
    let figure = figures(&page)[0]
        .replace("><", ">\n<")
        .replace("}#", "}\n#");
    insta::assert_snapshot!("diagram_flowchart", figure);
}

#[test]
fn a_warm_build_draws_nothing() {
    let course = diagram_course();
    let cold = course.run("build", &["--timings"]);
    assert!(cold.status.success(), "{}", stderr(&cold));
    assert!(
        stderr(&cold).contains("for 5 diagrams (0 more from the cache)"),
        "{}",
        stderr(&cold)
    );
    let first = course.read("public/git/diagrams/index.html");
    let warm = course.run("build", &["--timings"]);
    assert!(warm.status.success(), "{}", stderr(&warm));
    assert!(
        stderr(&warm).contains("for 0 diagrams (5 more from the cache)"),
        "{}",
        stderr(&warm)
    );
    assert_eq!(course.read("public/git/diagrams/index.html"), first);
}

#[test]
fn diagrams_are_drawn_and_fit_a_phone_in_both_schemes_in_chromium() {
    let course = diagram_course();
    let out = course.beside("site");
    let output = syllabus(&["build", path_str(course.path()), "-o", path_str(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let base = serve("/diagrams/", out);
    let Some(axe) = axe_source() else { return };
    let mut problems = Vec::new();
    for (width, height) in [(320, 800), (1280, 900)] {
        let Some(browser) = browser(width, height) else {
            return;
        };
        let tab = new_tab(&browser, width, height);
        for scheme in ["light", "dark"] {
            prefer_color_scheme(&tab, scheme);
            open(&tab, &format!("{base}git/diagrams/"));
            let boxes = eval(
                &tab,
                "[...document.querySelectorAll('.diagram-image svg')].map(s => { const r = s.getBoundingClientRect(); return r.width > 20 && r.height > 20 && r.right <= window.innerWidth; }).join(' ')",
            );
            if boxes != json!("true true true true") {
                problems.push(format!(
                    "{width}px {scheme}: diagrams drawn and inside the screen: {boxes}"
                ));
            }
            let widths = eval(
                &tab,
                "[document.documentElement.scrollWidth, window.innerWidth].join(' ')",
            );
            if widths != json!(format!("{width} {width}")) {
                problems.push(format!("{width}px {scheme}: the page is {widths} wide"));
            }
            // Text takes the palette's colour, not the theme's black.
            let text = eval(
                &tab,
                "[getComputedStyle(document.querySelector('#diagram-1 text')).fill, getComputedStyle(document.body).color].join(' | ')",
            );
            let text = text.as_str().unwrap_or_default().to_string();
            let (fill, body) = text.split_once(" | ").unwrap_or_default();
            if fill != body {
                problems.push(format!(
                    "{width}px {scheme}: diagram text is {fill}, page text {body}"
                ));
            }
            problems.extend(
                axe_violations(&tab, &axe)
                    .into_iter()
                    .map(|v| format!("{width}px {scheme}: {v}")),
            );
            let kind = if width < 500 { "phone" } else { "desktop" };
            screenshot(&tab, &format!("{kind}-diagrams-{scheme}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let _ = fs::remove_dir_all(course.beside("site"));
}
