use super::*;

fn draw_one(source: &str) -> Result<Drawn, DiagramError> {
    render(source, "diagram-1", &HighlightCache::in_memory())
}

#[test]
fn the_kind_is_the_first_word_after_front_matter_and_comments() {
    assert_eq!(kind_of("flowchart LR\nA --> B"), Ok(Kind::Flowchart));
    assert_eq!(kind_of("graph TD;A-->B"), Ok(Kind::Flowchart));
    assert_eq!(
        kind_of("---\ntitle: Hi\n---\n%% a comment\n%%{init: {}}%%\n\nsequenceDiagram\n"),
        Ok(Kind::Sequence)
    );
    assert_eq!(kind_of("  stateDiagram-v2\n"), Ok(Kind::State));
    assert_eq!(kind_of("classDiagram\n"), Ok(Kind::Class));
    assert_eq!(
        kind_of("pie title Pets\n"),
        Err(DiagramError::Unsupported("pie".into()))
    );
    assert_eq!(
        kind_of("\n%% only\n"),
        Err(DiagramError::Unsupported(String::new()))
    );
}

#[cfg(feature = "diagrams")]
#[test]
fn the_four_kinds_are_drawn_with_ids_of_their_own_and_the_palette() {
    for (source, kind) in [
        (
            "flowchart LR\n  A[Start] --> B{Ok?}\n  B -->|yes| C[Done]\n",
            Kind::Flowchart,
        ),
        (
            "sequenceDiagram\n  Alice->>Bob: Hi\n  Note right of Bob: thinks\n  Bob-->>Alice: Hello\n",
            Kind::Sequence,
        ),
        (
            "stateDiagram-v2\n  [*] --> Still\n  Still --> Moving\n  Moving --> [*]\n",
            Kind::State,
        ),
        (
            "classDiagram\n  Animal <|-- Duck\n  Animal : +int age\n",
            Kind::Class,
        ),
    ] {
        let drawn = draw_one(source).unwrap_or_else(|e| panic!("{source}: {e:?}"));
        assert_eq!(drawn.kind, kind);
        let svg = drawn.svg();
        assert!(svg.starts_with("<svg id=\"diagram-1\""), "{svg}");
        for id in svg.split(" id=\"").skip(1) {
            let id = &id[..id.find('"').unwrap_or(0)];
            assert!(
                id.starts_with("diagram-1"),
                "{kind:?}: the id {id} is not prefixed"
            );
        }
        assert!(svg.contains("var(--text)"), "{kind:?}: {svg}");
        for neutral in ["#eee;", "#999;", "#000000;", ":white;", "#EDF2AE\"]{fill:#"] {
            assert!(
                !svg.contains(neutral),
                "{kind:?}: {neutral} is left in the SVG"
            );
        }
        assert!(
            !svg.contains("foreignObject"),
            "{kind:?}: labels are SVG text"
        );
    }
}

#[cfg(feature = "diagrams")]
#[test]
fn mistakes_and_other_kinds_are_errors_never_panics() {
    assert!(matches!(
        draw_one("flowchart LR\n  A --> \n"),
        Err(DiagramError::Invalid(message)) if message.contains("parse error")
    ));
    assert!(matches!(
        draw_one("classDiagram\n  class Open {\n"),
        Err(DiagramError::Invalid(_))
    ));
    assert_eq!(
        draw_one("gantt\n  title A\n").map(|d| d.kind),
        Err(DiagramError::Unsupported("gantt".into()))
    );
    // Garbage after each keyword: an error or a drawing, never a panic.
    let mut seed = 7u64;
    for keyword in [
        "flowchart LR",
        "sequenceDiagram",
        "stateDiagram-v2",
        "classDiagram",
    ] {
        for _ in 0..20 {
            let garbage: String = (0..200)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let chars = b"AB -->|[]{}()<>:;\"'%\n\t=.ox*#&";
                    chars[(seed >> 33) as usize % chars.len()] as char
                })
                .collect();
            let _ = draw_one(&format!("{keyword}\n{garbage}"));
        }
    }
}

#[test]
fn a_source_over_the_limit_is_refused_before_it_is_read() {
    let big = format!("flowchart LR\n{}", "A --> B\n".repeat(SOURCE_LIMIT / 8));
    assert_eq!(
        draw_one(&big).map(|d| d.kind),
        Err(DiagramError::TooLarge(big.len()))
    );
}

#[cfg(feature = "diagrams")]
#[test]
fn a_diagram_is_drawn_once_per_source_and_id() {
    let cache = HighlightCache::in_memory();
    let source = "flowchart LR\n  A --> B\n";
    let first = render(source, "diagram-1", &cache).unwrap_or_else(|e| panic!("{e:?}"));
    let again = render(source, "diagram-1", &cache).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(Arc::ptr_eq(&first.cached, &again.cached), "from the cache");
    let other = render(source, "diagram-2", &cache).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(other.svg().starts_with("<svg id=\"diagram-2\""));
}

#[test]
fn the_authors_accessible_title_is_kept() {
    assert_eq!(
        accessible_title("flowchart LR\n  accTitle: How a commit is made\n  A --> B"),
        Some("How a commit is made".into())
    );
    assert_eq!(accessible_title("flowchart LR\n  A --> B"), None);
}

#[test]
fn theme_colours_are_replaced_as_whole_tokens() {
    assert_eq!(
        themed_css("#d .a{fill:#eee;stroke:#eeeeee;color:white;white-space:nowrap}#eee{x:1}"),
        "#d .a{fill:var(--bg-soft);stroke:#eeeeee;color:var(--bg);white-space:nowrap}#eee{x:1}"
    );
    let svg = themed(
        "<svg id=\"d\"><style>.a{fill:#666}</style><rect fill=\"#eaeaea\" style=\"stroke:#999\"/></svg>",
        "d",
    );
    assert_eq!(
        svg,
        "<svg id=\"d\"><style>.a{fill:var(--text-soft)}#d [fill=\"#eaeaea\"]{fill:var(--bg-soft)}</style><rect fill=\"#eaeaea\" style=\"stroke:var(--text-soft)\"/></svg>"
    );
}

#[test]
fn ids_merman_leaves_unprefixed_are_prefixed_with_their_references() {
    assert_eq!(
        prefixed_ids(
            "<svg id=\"d\"><g id=\"actor0\"/><use href=\"#actor0\"/><path marker-end=\"url(#d-arrow)\" id=\"d-arrow\"/></svg>",
            "d"
        ),
        "<svg id=\"d\"><g id=\"d-actor0\"/><use href=\"#d-actor0\"/><path marker-end=\"url(#d-arrow)\" id=\"d-arrow\"/></svg>"
    );
}

#[test]
fn unused_arrowheads_and_icons_and_edge_points_are_left_out() {
    let svg = "<svg id=\"d\"><defs><marker id=\"d-a\"><path/></marker></defs><defs><marker id=\"d-b\"><path/></marker></defs><symbol id=\"d-clock\"><path/></symbol><path marker-end=\"url(#d-b)\" data-points=\"W3s=\" d=\"M0\"/></svg>";
    assert_eq!(
        trimmed(svg),
        "<svg id=\"d\"><defs><marker id=\"d-b\"><path/></marker></defs><path marker-end=\"url(#d-b)\" d=\"M0\"/></svg>"
    );
}

#[test]
fn outlines_are_rounded_to_hundredths() {
    assert_eq!(
        rounded("M7 0 C7 0.40517908122283747, -6.964012880168563 0.816, 1.5e-7 2.0049 L10.996 3"),
        "M7 0 C7 0.41, -6.96 0.82, 1.5e-7 2 L11 3"
    );
}

#[cfg(not(feature = "diagrams"))]
#[test]
fn without_the_feature_every_diagram_is_unavailable() {
    assert_eq!(
        draw_one("flowchart LR\n  A --> B\n").map(|d| d.kind),
        Err(DiagramError::Unavailable)
    );
    // Other kinds are still named as such.
    assert_eq!(
        draw_one("pie\n").map(|d| d.kind),
        Err(DiagramError::Unsupported("pie".into()))
    );
}
