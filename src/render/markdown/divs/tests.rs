use super::Audience;
use crate::render::markdown::Rendered;
use crate::render::markdown::tests::render_for;

fn learner(body: &str) -> Rendered {
    render_for(body, Audience::default())
}

fn messages(out: &Rendered) -> Vec<String> {
    out.problems.iter().map(|p| p.render(false)).collect()
}

#[test]
fn an_exercise_is_numbered_titled_listed_and_timed() {
    let body = "Intro.\n\n::::: challenge\n## Undo a commit\n\nTry `git revert`.\n\n::: solution\n## Solution\nRun `git revert HEAD`.\n:::\n:::::\n\n::: {.exercise title=\"Second\" minutes=7}\nMore.\n:::\n";
    let out = learner(body);
    assert!(out.problems.is_empty(), "{:?}", messages(&out));
    assert!(
        out.html.contains("<section class=\"exercise\" aria-labelledby=\"exercise-1-undo-a-commit\">\n<h2 id=\"exercise-1-undo-a-commit\" class=\"exercise-title\"><span class=\"exercise-label\">Exercise 1:</span> Undo a commit"),
        "{}",
        out.html
    );
    assert!(
        out.html
            .contains("<span class=\"exercise-label\">Exercise 2:</span> Second"),
        "{}",
        out.html
    );
    let toc: Vec<_> = out.headings.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(toc, ["Exercise 1: Undo a commit", "Exercise 2: Second"]);
    assert_eq!(
        out.load.exercise_minutes,
        super::kinds::EXERCISE_MINUTES + 7
    );
    assert!(out.html.contains("<details class=\"disclosure disclosure-solution\">\n<summary>Show the solution</summary>"), "{}", out.html);
    assert_eq!(out.html.matches("</section>").count(), 2, "{}", out.html);
    assert!(!out.html.contains(":::"), "{}", out.html);
}

#[test]
fn solutions_and_hints_stay_out_of_search_and_can_be_hidden() {
    let body = "::: exercise\nFind the answer.\n\n::: hint\nLook left.\n:::\n\n::: solution\nForty-two.\n:::\n:::\n";
    let out = learner(body);
    let text: String = out.sections.iter().map(|s| s.text.clone()).collect();
    assert!(text.contains("Find the answer"), "{text}");
    assert!(
        !text.contains("Forty-two") && !text.contains("Look left"),
        "{text}"
    );
    assert!(
        out.html.contains("<summary>Show a hint</summary>"),
        "{}",
        out.html
    );
    assert!(out.html.contains("Forty-two"));
    let graded = render_for(
        body,
        Audience {
            instructor: false,
            hide_solutions: true,
        },
    );
    assert!(!graded.html.contains("Forty-two"), "{}", graded.html);
    assert!(
        graded.html.contains("Look left"),
        "hints stay: {}",
        graded.html
    );
    let instructor = render_for(
        body,
        Audience {
            instructor: true,
            hide_solutions: true,
        },
    );
    assert!(instructor.html.contains("Forty-two"), "{}", instructor.html);
}

#[test]
fn instructor_notes_reach_only_the_instructor_view() {
    let body =
        "Before.\n\n::: instructor\n## Timing\nSpend ten minutes on `git add`.\n:::\n\nAfter.\n";
    let out = learner(body);
    assert!(
        !out.html.contains("ten minutes") && !out.html.contains("Timing"),
        "{}",
        out.html
    );
    assert!(out.headings.is_empty(), "{:?}", out.headings);
    let text: String = out.sections.iter().map(|s| s.text.clone()).collect();
    assert!(!text.contains("ten minutes"), "{text}");
    assert!(out.html.contains("Before.") && out.html.contains("After."));
    for alias in ["instructor-note", "speaker-notes"] {
        let out = learner(&body.replace("::: instructor", &format!("::: {alias}")));
        assert!(!out.html.contains("ten minutes"), "{alias}: {}", out.html);
    }
    let view = render_for(
        body,
        Audience {
            instructor: true,
            hide_solutions: false,
        },
    );
    assert!(
        view.html
            .contains("<aside class=\"instructor-note\" aria-label=\"Instructor note\">"),
        "{}",
        view.html
    );
    assert!(view.html.contains("ten minutes"));
    let text: String = view.sections.iter().map(|s| s.text.clone()).collect();
    assert!(
        !text.contains("ten minutes"),
        "not searchable even there: {text}"
    );
}

#[test]
fn callouts_take_a_title_from_the_attribute_or_a_first_heading() {
    let out = learner(
        "::: {.callout-tip title=\"Save *often*\"}\nCommit small.\n:::\n\n::: callout\n## Which editor?\nAny.\n:::\n\n::: prereq\nGit installed.\n:::\n",
    );
    assert!(out.html.contains("<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">💡</span> Save <em>often</em></p>"), "{}", out.html);
    assert!(out.html.contains("💡"));
    assert!(
        out.html.contains("</span> Which editor?</p>"),
        "{}",
        out.html
    );
    assert!(
        out.html.contains("</span> Prerequisite</p>"),
        "{}",
        out.html
    );
    assert!(
        out.headings.is_empty(),
        "callout titles are not sections: {:?}",
        out.headings
    );
}

#[test]
fn unknown_blocks_are_plain_divs_with_a_suggestion() {
    let out = learner("::: {.exercize #mine}\nText.\n:::\n");
    assert!(
        out.html.contains("<div class=\"exercize\" id=\"mine\">"),
        "{}",
        out.html
    );
    let problems = messages(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("`::: exercize` is not a block Syllabus knows"),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].contains("did you mean `exercise`?"),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].contains("modules/basics/here.md:4:1"),
        "{}",
        problems[0]
    );
}

#[test]
fn an_unclosed_block_is_an_error_at_its_opening_line() {
    let out = learner("Text.\n\n::: note\nNever closed.\n");
    let problems = messages(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("error: this block is never closed before the end of the file"),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].contains("modules/basics/here.md:6:1"),
        "{}",
        problems[0]
    );
    assert!(
        out.html.ends_with("</div>\n"),
        "still well formed: {}",
        out.html
    );
}

#[test]
fn a_block_opened_in_a_list_item_ends_with_it() {
    let out = learner("1. Step\n\n   ::: tip\n   Inside.\n\n2. Next\n");
    let problems = messages(&out);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("never closed before the list item")),
        "{problems:?}"
    );
    let closed_in_item = out.html.find("</div>").zip(out.html.find("</li>"));
    assert!(
        closed_in_item.is_some_and(|(div, li)| div < li),
        "{}",
        out.html
    );
}

#[test]
fn blocks_nest_inside_lists_and_quotes_and_never_inside_code() {
    let out = learner(
        "1. Step\n\n   ::: tip\n   Inside the item.\n   :::\n\n> ::: warning\n> Quoted.\n> :::\n\n```\n::: note\n```\n",
    );
    assert!(out.problems.is_empty(), "{:?}", messages(&out));
    let item = out.html.find("<li>").expect("a list item");
    let tip = out.html.find("callout-tip").expect("the tip");
    let item_end = out.html.find("</li>").expect("its end");
    assert!(item < tip && tip < item_end, "{}", out.html);
    assert!(
        out.html
            .contains("<blockquote>\n<div class=\"callout callout-warning\""),
        "{}",
        out.html
    );
    assert!(out.html.contains("<code>::: note\n</code>"), "{}", out.html);
}

#[test]
fn positions_after_fences_stay_file_coordinates() {
    let out = learner("::::::::::::::::::::::::::::::: note\nText.\n:::\n\n[broken](missing.md)\n");
    let problems = messages(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("modules/basics/here.md:8:1"),
        "{}",
        problems[0]
    );
}

#[test]
fn a_figure_captions_its_last_paragraph() {
    let out = learner(
        "::: {.figure #fig-tree}\n![A tree of folders](tree.svg)\n\nThe folders under `/Users`.\n:::\n",
    );
    assert!(
        out.html
            .contains("<figure class=\"figure\" id=\"fig-tree\">"),
        "{}",
        out.html
    );
    assert!(out.html.contains("<figcaption><span class=\"figure-number\">Figure 1:</span> The folders under <code>/Users</code>.</figcaption>"), "{}", out.html);
}

#[test]
fn a_tabset_makes_one_panel_per_heading_outside_the_toc() {
    let out = learner(
        "::: tabset\n## Windows\nUse Git Bash.\n\n### Details\nMore.\n\n## macOS\nUse Terminal.\n:::\n\n## After\n",
    );
    assert!(out.html.contains("<div class=\"tabset\" data-tabset>\n<div class=\"tab-panel\" data-tab-panel>\n<h2 id=\"windows\" class=\"tab-title\">"), "{}", out.html);
    assert_eq!(
        out.html.matches("data-tab-panel").count(),
        2,
        "{}",
        out.html
    );
    let toc: Vec<_> = out
        .headings
        .iter()
        .filter(|h| h.in_toc)
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(toc, ["Details", "After"]);
    assert!(
        out.html.contains("Use Terminal.</p>\n</div>\n</div>\n"),
        "{}",
        out.html
    );
}

#[test]
fn a_stray_closing_fence_is_a_warning_and_left_out() {
    let out = learner("Text.\n\n:::\n");
    let problems = messages(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("this `:::` closes no block"),
        "{}",
        problems[0]
    );
    assert!(!out.html.contains(":::"));
}

#[test]
fn gfm_alerts_look_like_fenced_callouts() {
    let alert = learner("> [!TIP]\n> Commit often.\n");
    let fenced = learner("::: tip\nCommit often.\n:::\n");
    assert_eq!(
        alert.html.replace("<blockquote>\n", ""),
        fenced.html.replace("</blockquote>\n", "")
    );
}

#[test]
fn unpublished_exercises_take_no_number() {
    let body = "::: instructor\n::: exercise\n## Hidden\n:::\n:::\n\n::: exercise\n## Shown\n:::\n";
    let out = learner(body);
    assert!(
        out.html.contains("Exercise 1:</span> Shown"),
        "{}",
        out.html
    );
    assert!(!out.html.contains("Hidden"));
    let view = render_for(
        body,
        Audience {
            instructor: true,
            hide_solutions: false,
        },
    );
    assert!(
        view.html.contains("Exercise 2:</span> Shown"),
        "{}",
        view.html
    );
}

#[test]
fn attributes_after_fences_are_read_where_they_are() {
    let out = learner(
        "::::::::::::: callout\nA tree:\n\n![](https://example.org/tree.png){alt='The folders under /Users'}\n:::::::::::::\n",
    );
    assert!(out.problems.is_empty(), "{:?}", messages(&out));
    assert!(
        out.html.contains("alt=\"The folders under /Users\""),
        "{}",
        out.html
    );
    assert!(!out.html.contains("{alt="), "{}", out.html);
}
