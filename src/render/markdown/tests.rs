use super::*;
use crate::render::highlight;
use crate::util::html::escape_html;

pub(super) fn render_body(body: &str) -> Rendered {
    render_with(body, Audience::default(), &Glossary::default())
}

/// Renders `body` for `audience` (see [`render_with`]).
pub(super) fn render_for(body: &str, audience: Audience) -> Rendered {
    render_with(body, audience, &Glossary::default())
}

/// Renders `body` with `glossary` (see [`render_with`]).
pub(super) fn render_with_glossary(body: &str, glossary: &Glossary) -> Rendered {
    render_with(body, Audience::default(), glossary)
}

/// Renders `body` as the module `modules/basics/here.md`, published at `basics/here/`.
pub(super) fn render_with(body: &str, audience: Audience, glossary: &Glossary) -> Rendered {
    let text = format!("---\ntitle: T\n---\n{body}");
    let mut targets = LinkTargets::default();
    targets.modules.insert(
        "modules/basics/first-commit.md".into(),
        "basics/first-commit/".into(),
    );
    targets
        .modules
        .insert("modules/basics/here.md".into(), "basics/here/".into());
    render(&Page {
        file: Path::new("modules/basics/here.md"),
        file_text: &text,
        body_offset: 16,
        url: "basics/here/",
        targets: &targets,
        collect_text: true,
        highlighter: &HighlightCache::in_memory(),
        audience,
        math: &crate::render::math::MathRenderer::default(),
        taken: TakenLists::default(),
        fences: &crate::read::divs::fences(&text[16..]),
        glossary,
        words: &crate::i18n::Words::new("en"),
        quiz_words: &crate::render::quiz::QuizWords::new(&crate::i18n::Words::new("en")),
    })
}

#[test]
fn headings_get_unique_anchors_and_links() {
    let out = render_body("## Setup\n\n## Setup\n\n### What's `git add`?\n");
    let ids: Vec<_> = out.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["setup", "setup-1", "whats-git-add"]);
    assert!(
        out.html
            .contains("<h2 id=\"setup\">Setup <a class=\"anchor\" href=\"#setup\""),
        "{}",
        out.html
    );
    assert!(
        out.html
            .contains("<h3 id=\"whats-git-add\">What’s <code>git add</code>?"),
        "{}",
        out.html
    );
}

#[test]
fn explicit_heading_ids_are_kept() {
    let out = render_body("## Staging {#staging .wide}\n");
    assert_eq!(out.headings[0].id, "staging");
    assert!(
        out.html.contains("<h2 id=\"staging\" class=\"wide\">"),
        "{}",
        out.html
    );
}

#[test]
fn module_links_become_relative_urls_and_are_recorded() {
    let out = render_body(
        "See [the first commit](first-commit.md#staging) and [top](#setup).\n\n## Setup\n",
    );
    assert!(
        out.html
            .contains("href=\"../../basics/first-commit/#staging\""),
        "{}",
        out.html
    );
    assert!(out.html.contains("href=\"#setup\""), "{}", out.html);
    let targets: Vec<_> = out
        .links
        .iter()
        .map(|l| {
            (
                l.target.path.as_str(),
                l.target.anchor.as_deref(),
                l.position.line,
            )
        })
        .collect();
    assert_eq!(
        targets,
        [
            ("basics/first-commit/", Some("staging"), 4),
            ("basics/here/", Some("setup"), 4)
        ]
    );
    assert_eq!(out.links[0].position.column, 5);
}

#[test]
fn broken_links_are_errors_at_their_line_and_column() {
    let out = render_body("Intro.\n\nRead [this](missing.md) first.\n");
    assert_eq!(out.problems.len(), 1);
    let problem = &out.problems[0];
    assert_eq!(problem.position.map(|p| (p.line, p.column)), Some((6, 6)));
    assert!(
        problem.message.contains("missing.md"),
        "{}",
        problem.message
    );
}

#[test]
fn alerts_become_callouts() {
    let out = render_body("> [!WARNING]\n> This rewrites history.\n");
    assert!(
        out.html
            .contains("<div class=\"callout callout-warning\" role=\"note\">"),
        "{}",
        out.html
    );
    assert!(
        out.html.contains(
            "<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">⚠️</span> Warning</p>"
        ),
        "{}",
        out.html
    );
    assert!(out.html.contains("This rewrites history."), "{}", out.html);
    assert!(!out.html.contains("blockquote"), "{}", out.html);
}

#[test]
fn gfm_extensions_and_math_render_as_mathml() {
    let out = render_body(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ \"quoted\"[^1]\n\n[^1]: A note.\n\nEnergy $E=mc^2$ and\n\n$$\\sum_i x_i$$\n",
    );
    for expected in [
        "<div class=\"table-wrap\" tabindex=\"0\">",
        "<table>",
        "type=\"checkbox\"",
        "<del>old</del>",
        "“quoted”",
        "footnote",
        "<math alttext=\"E=mc^2\">",
        "<span class=\"math-display\"><math alttext=\"\\sum_i x_i\" display=\"block\">",
    ] {
        assert!(
            out.html.contains(expected),
            "missing {expected} in {}",
            out.html
        );
    }
}

#[test]
fn code_is_highlighted_and_unknown_languages_fall_back() {
    let out = render_body("```python\nprint('hi')\n```\n\n```klingon\n<qapla'>\n```\n");
    assert!(out.html.contains("<pre class=\"code\" data-lang=\"python\" tabindex=\"0\"><code class=\"language-python\"><span class=\"hl-"), "{}", out.html);
    assert!(out.html.contains("&lt;qapla&#39;&gt;"), "{}", out.html);
    assert_eq!(out.load.code_lines, 2);
}

#[test]
fn lines_too_long_to_highlight_are_plain_and_named() {
    let long = "echo \"$((1+".repeat(highlight::LINE_LIMIT / 10);
    let out = render_body(&format!(
        "Text.\n\n```bash\necho one\n{long}\n{long}\necho two\n```\n"
    ));
    let html = &out.html;
    assert!(
        html.contains(&format!("\n{}\n", escape_html(&long))),
        "the long line is not plain text: {html}"
    );
    // The lines before and after are highlighted as before.
    assert_eq!(
        html.matches("<span class=\"hl-f\">echo</span>").count(),
        2,
        "{html}"
    );
    let [problem] = out.problems.as_slice() else {
        panic!("{:#?}", out.problems);
    };
    assert_eq!(problem.position.map(|p| (p.line, p.column)), Some((8, 1)));
    assert!(
        problem.message.contains("and 1 more") && problem.message.contains("too long"),
        "{}",
        problem.message
    );

    // Unhighlighted languages show any line as it is, so there is nothing to say.
    let out = render_body(&format!("```text\n{long}\n```\n"));
    assert!(out.problems.is_empty(), "{:#?}", out.problems);
}

#[test]
fn positions_far_into_a_long_line_count_characters() {
    let run = "\"’".repeat(5_000);
    let out = render_body(&format!("{run} [x](missing.md)\n"));
    let [problem] = out.problems.as_slice() else {
        panic!("{:#?}", out.problems);
    };
    assert_eq!(
        problem.position.map(|p| (p.line, p.column, p.width)),
        Some((4, 10_002, 15))
    );
}

#[test]
fn images_without_alt_text_are_warned_about() {
    let out = render_body("![](/images/a.png)\n\n![A graph](/images/b.png)\n");
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].position.map(|p| p.line), Some(4));
    assert!(
        out.html
            .contains("src=\"../../images/b.png\" alt=\"A graph\""),
        "{}",
        out.html
    );
    assert_eq!(out.load.images, 2);
}

#[test]
fn reading_time_counts_prose_code_and_quizzes() {
    let prose = "word ".repeat(400);
    let out = render_body(&format!("{prose}\n\n```bash\n{}```\n", "ls\n".repeat(25)));
    assert_eq!(out.load.words, 400);
    assert_eq!(out.load.code_lines, 25);
    assert_eq!(out.load.minutes(), 3);
    let quiz = render_body(
        "```quiz\n- question: A?\n  type: truefalse\n  answer: true\n- question: B?\n  type: number\n  answer: 2\n```\n",
    );
    assert!(quiz.problems.is_empty(), "{:?}", quiz.problems);
    assert_eq!(quiz.load.quiz_questions, 2);
    assert!(quiz.html.contains("<section class=\"quiz\""));
    assert_eq!(ReadingLoad::default().minutes(), 1);
}

#[test]
fn section_texts_follow_h1_to_h3_without_code_or_quizzes() {
    let out = render_body(
        "Intro with `git status`.\n\n## Rebase\n\nReplay *commits*, then\n**more** on top.\n\n```sh\ngit rebase main\n```\n\n#### Detail\n\n- one\n- two\n\n### Next step\n\n```quiz\nquestion: Hidden?\ntype: truefalse\nanswer: true\n```\n\nDone ![A graph](g.png).\n",
    );
    let sections: Vec<(&str, &str, &str)> = out
        .sections
        .iter()
        .map(|s| (s.anchor.as_str(), s.heading.as_str(), s.text.trim()))
        .collect();
    assert_eq!(
        sections,
        [
            ("", "", "Intro with git status."),
            (
                "rebase",
                "Rebase",
                "Replay commits, then more on top. Detail one two"
            ),
            ("next-step", "Next step", "Done A graph."),
        ]
    );
}

#[cfg(feature = "diagrams")]
#[test]
fn a_diagram_in_an_instructor_note_is_styled_only_where_it_is_shown() {
    let body =
        "::: instructor\n```mermaid\nflowchart LR\n  A --> B\n```\n:::\n\n# After {#diagram-1}\n";
    let instructor = render_for(
        body,
        Audience {
            instructor: true,
            hide_solutions: false,
        },
    );
    assert_eq!(instructor.load.diagrams, 1, "{}", instructor.html);
    assert_eq!(
        instructor.load.images, 0,
        "an instructor note is not reading time"
    );
    assert!(
        instructor.html.contains("<svg id=\"diagram-1\""),
        "{}",
        instructor.html
    );
    // The heading after it gets an id of its own.
    assert!(
        instructor.html.contains("id=\"diagram-1-1\""),
        "{}",
        instructor.html
    );
    let learner = render_body(body);
    assert_eq!(learner.load.diagrams, 0);
    assert!(!learner.html.contains("<svg"));
}
