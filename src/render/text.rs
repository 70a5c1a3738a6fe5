//! The Markdown dialect of Syllabus, and Markdown in YAML fields (objectives, key points, quiz
//! texts): formatting kept, raw HTML shown as text, unsafe links dropped.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

/// The Markdown dialect of Syllabus: CommonMark with GFM tables, footnotes, strikethrough, task
/// lists and alerts, smart punctuation, heading attributes, math and definition lists.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
        | Options::ENABLE_DEFINITION_LIST
}

/// Renders a short text (an objective, a key point, a quiz answer) as inline Markdown, without
/// a paragraph, and without raw HTML or script links (see [`render_text_markdown`]).
pub(crate) fn render_inline(text: &str) -> String {
    let mut out = String::new();
    let events = Parser::new_ext(
        text,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_MATH,
    )
    .filter(|e| {
        !matches!(
            e,
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph)
        )
    });
    html::push_html(&mut out, without_markup(events));
    out.trim_end().to_string()
}

/// Renders Markdown written in a YAML field (a quiz explanation) as blocks.
///
/// Only module bodies may carry raw HTML. Text in YAML fields gets Markdown formatting, but raw
/// HTML is shown as written and links or images to anything but web, mail and site addresses
/// (`javascript:`, `data:`, ...) are left as their text: these fields are often copied from
/// elsewhere, and the README promises they never become markup.
pub(crate) fn render_text_markdown(text: &str) -> String {
    let mut out = String::new();
    html::push_html(&mut out, without_markup(Parser::new_ext(text, options())));
    out
}

fn without_markup<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    // Links and images do not nest, so one flag finds the end of a dropped one.
    let mut dropping = false;
    events.filter_map(move |event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
        // `# Title {#id .class onclick=...}` would write attributes (an event handler, or an
        // id or class the page's scripts look for): a heading here is a heading only.
        Event::Start(Tag::Heading { level, .. }) => Some(Event::Start(Tag::Heading {
            level,
            id: None,
            classes: Vec::new(),
            attrs: Vec::new(),
        })),
        Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. })
            if !is_safe_url(dest_url) =>
        {
            dropping = true;
            None
        }
        Event::End(TagEnd::Link | TagEnd::Image) if dropping => {
            dropping = false;
            None
        }
        other => Some(other),
    })
}

/// Whether a link target written by an author can only lead somewhere, never run something:
/// web and mail addresses, and addresses without a scheme (paths and anchors of the site).
pub(crate) fn is_safe_url(url: &str) -> bool {
    // Browsers ignore these characters inside a scheme (`java\tscript:`).
    let cleaned: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_end = cleaned.find(':');
    let path_start = cleaned.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(colon), Some(slash)) if slash < colon => true,
        (Some(colon), _) => matches!(&cleaned[..colon], "http" | "https" | "mailto"),
        (None, _) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markdown_has_no_paragraph() {
        assert_eq!(
            render_inline("Use `git add` *now*"),
            "Use <code>git add</code> <em>now</em>"
        );
    }

    #[test]
    fn text_fields_keep_formatting_but_never_become_markup() {
        assert_eq!(
            render_inline("Key <script>alert(1)</script> point"),
            "Key &lt;script&gt;alert(1)&lt;/script&gt; point"
        );
        assert_eq!(
            render_inline("<a href=\"javascript:alert(1)\">x</a>"),
            "&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;"
        );
        assert_eq!(render_inline("[click](javascript:alert(1))"), "click");
        assert_eq!(
            render_inline("[click](JaVa\tScRiPt:alert(1))"),
            "[click](JaVa\tScRiPt:alert(1))"
        );
        assert_eq!(render_inline("![pic](data:text/html,x)"), "pic");
        assert_eq!(
            render_inline("[docs](https://git-scm.com/) and [next](../next.md#top)"),
            "<a href=\"https://git-scm.com/\">docs</a> and <a href=\"../next.md#top\">next</a>"
        );
        assert!(render_text_markdown("<img src=x onerror=alert(1)>\n\ntext").contains("&lt;img"));
        // Heading attributes could name any attribute, an event handler included.
        assert_eq!(
            render_text_markdown("# Title {#here .done-toggle onclick=alert(1)}"),
            "<h1>Title</h1>\n"
        );
        // A reference definition is a link like any other.
        assert_eq!(
            render_text_markdown("[click][x]\n\n[x]: javascript:alert(1)"),
            "<p>click</p>\n"
        );
    }

    #[test]
    fn only_web_mail_and_site_addresses_are_safe_link_targets() {
        for safe in [
            "https://a.org",
            "http://a.org",
            "mailto:a@b.c",
            "../x.md",
            "#top",
            "/a:b",
            "x?y=a:b",
        ] {
            assert!(is_safe_url(safe), "{safe}");
        }
        for unsafe_url in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(!is_safe_url(unsafe_url), "{unsafe_url}");
        }
    }
}
