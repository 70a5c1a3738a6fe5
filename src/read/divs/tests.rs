use super::*;

fn kinds(body: &str) -> Vec<(String, Option<String>)> {
    fences(body)
        .into_iter()
        .map(|fence| {
            let class = match fence.kind {
                FenceKind::Open(Ok(a)) => Some(a.classes.join(" ")),
                FenceKind::Open(Err(e)) => Some(format!("error: {}", e.message)),
                FenceKind::Close => None,
            };
            (body[fence.range].to_string(), class)
        })
        .collect()
}

#[test]
fn finds_open_and_close_fences_of_any_length() {
    let body = "::::: challenge\n## Title\n\n::: solution\nIt is 42.\n:::\n:::::::::\n";
    let found = kinds(body);
    assert_eq!(
        found,
        vec![
            ("::::: challenge".into(), Some("challenge".into())),
            ("::: solution".into(), Some("solution".into())),
            (":::".into(), None),
            (":::::::::".into(), None),
        ]
    );
    let found_fences = fences(body);
    let blocks = blocks(body, &found_fences);
    assert_eq!(blocks.len(), 2);
    assert_eq!(blocks[0].attributes.classes, ["challenge"]);
    assert_eq!(blocks[0].depth, 0);
    assert_eq!(blocks[1].depth, 1);
    assert_eq!(&body[blocks[1].content.clone()], "It is 42.\n");
}

#[test]
fn code_blocks_and_html_blocks_hold_no_fences() {
    let body = "```\n::: not-a-fence\n```\n\n    ::: indented code\n\n<div>\n::: raw html\n</div>\n\n~~~~\n:::\n~~~~\n";
    assert!(fences(body).is_empty(), "{:?}", fences(body));
}

#[test]
fn fences_inside_block_quotes_and_list_items_are_found() {
    let body =
        "> ::: note\n> Quoted.\n> :::\n\n1. Step\n\n   ::: tip\n   Indented in the item.\n   :::\n";
    let found = kinds(body);
    assert_eq!(found.len(), 4);
    assert_eq!(found[0].1.as_deref(), Some("note"));
    assert_eq!(found[2].1.as_deref(), Some("tip"));
}

#[test]
fn reads_braced_attributes_and_pandoc_trailing_colons() {
    let attributes = parse_attributes(r#"{#ex-1 .callout-tip .wide title="Try it out" minutes=5}"#)
        .expect("valid attributes");
    assert_eq!(attributes.id.as_deref(), Some("ex-1"));
    assert_eq!(attributes.classes, ["callout-tip", "wide"]);
    assert_eq!(attributes.get("title"), Some("Try it out"));
    assert_eq!(attributes.get("minutes"), Some("5"));
    assert_eq!(
        kinds("::: Warning ::::::\n:::\n")[0].1.as_deref(),
        Some("Warning")
    );
}

#[test]
fn a_bare_class_may_be_followed_by_a_title() {
    let attributes = parse_attributes("exercise Undo a commit").expect("bare class");
    assert_eq!(attributes.classes, ["exercise"]);
    assert_eq!(attributes.get("title"), Some("Undo a commit"));
}

#[test]
fn broken_attributes_say_where() {
    let body = "::: {.note title=\"open\n:::\n";
    let fence = &fences(body)[0];
    let FenceKind::Open(Err(error)) = &fence.kind else {
        panic!("expected an error, got {fence:?}");
    };
    assert!(error.message.contains("not closed"), "{}", error.message);
    let error = parse_attributes("{.note minutes}").expect_err("key without value");
    assert!(error.message.contains("`=`"), "{}", error.message);
    assert_eq!(error.offset, 14);
    let error = parse_attributes("{.note} extra").expect_err("text after the block");
    assert_eq!(error.offset, 7);
}

#[test]
fn list_items_keep_their_markdown_on_one_line() {
    let content = "\n- Delete, copy and move `files`.\n- Create files in that hierarchy\n  using an editor.\n  - not this nested one\n- *Emphasis* first\n\nAfter.\n";
    assert_eq!(
        list_items(content),
        [
            "Delete, copy and move `files`.",
            "Create files in that hierarchy using an editor.",
            "*Emphasis* first"
        ]
    );
}

#[test]
fn unclosed_and_stray_fences_make_no_block() {
    let body = "::: note\nnever closed\n";
    assert!(blocks(body, &fences(body)).is_empty());
    let body = ":::\n";
    assert!(blocks(body, &fences(body)).is_empty());
}
