//! The Markdown dialect of Syllabus, Markdown in YAML fields (objectives, key points, quiz
//! texts): formatting kept, raw HTML shown as text, unsafe links dropped; and titles, whose
//! Markdown is code spans and emphasis only.

use std::sync::OnceLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

use crate::render::math::{self, MathError, MathRenderer};
use crate::util::html::escape_html;

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
/// a paragraph, and without raw HTML or script links (see [`render_text_markdown`]). Formulas
/// use no course macros: see [`render_inline_with`].
pub(crate) fn render_inline(text: &str) -> String {
    render_inline_with(text, plain_math(), &mut Vec::new())
}

/// [`render_inline`] with the course's formulas; a formula that cannot be read is shown as its
/// source, and its problem added to `errors` with the formula.
pub(crate) fn render_inline_with(
    text: &str,
    math: &MathRenderer,
    errors: &mut Vec<(String, MathError)>,
) -> String {
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
    html::push_html(&mut out, with_math(without_markup(events), math, errors));
    out.trim_end().to_string()
}

/// Renders Markdown written in a YAML field (a quiz explanation) as blocks.
///
/// Only module bodies may carry raw HTML. Text in YAML fields gets Markdown formatting, but raw
/// HTML is shown as written and links or images to anything but web, mail and site addresses
/// (`javascript:`, `data:`, ...) are left as their text: these fields are often copied from
/// elsewhere, and the README promises they never become markup.
pub(crate) fn render_text_markdown(text: &str) -> String {
    render_text_markdown_with(text, plain_math(), &mut Vec::new())
}

/// [`render_text_markdown`] with the course's formulas, as [`render_inline_with`].
pub(crate) fn render_text_markdown_with(
    text: &str,
    math: &MathRenderer,
    errors: &mut Vec<(String, MathError)>,
) -> String {
    let mut out = String::new();
    let events = without_markup(Parser::new_ext(text, options()));
    html::push_html(&mut out, with_math(events, math, errors));
    out
}

/// The words of a short Markdown text (an objective) for the search index: its text, and its
/// formulas by their words rather than their LaTeX.
pub(crate) fn searchable_text(text: &str) -> String {
    if !text.contains('$') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for event in Parser::new_ext(text, Options::ENABLE_MATH) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::InlineMath(latex) | Event::DisplayMath(latex) => {
                out.push(' ');
                out.push_str(&math::words(&latex));
                out.push(' ');
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Whether a tag is inline: its end does not separate words, and brackets may close across it.
pub(crate) fn is_inline_tag(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// Formulas without the course's macros, for texts rendered where they are not known.
fn plain_math() -> &'static MathRenderer {
    static PLAIN: OnceLock<MathRenderer> = OnceLock::new();
    PLAIN.get_or_init(MathRenderer::default)
}

/// Formulas become MathML; one that cannot be read is shown as its source.
fn with_math<'a, 'e>(
    events: impl Iterator<Item = Event<'a>> + 'e,
    math: &'e MathRenderer,
    errors: &'e mut Vec<(String, MathError)>,
) -> impl Iterator<Item = Event<'a>> + 'e {
    let mut unread = math::UnreadFormulas::default();
    events.map(move |event| {
        let (latex, display) = match &event {
            Event::InlineMath(latex) => (latex.clone(), false),
            Event::DisplayMath(latex) => (latex.clone(), true),
            Event::Text(text) => {
                if unread.check(text) {
                    let error = MathError {
                        range: 0..1,
                        message: math::UNREAD_FORMULA.into(),
                    };
                    errors.push((format!("${}", text.trim_start_matches('$')), error));
                }
                return event;
            }
            _ => return event,
        };
        match math.field(&latex, display) {
            Ok(mathml) => Event::InlineHtml(mathml.into()),
            Err(error) => {
                errors.push((latex.to_string(), error));
                Event::Code(latex)
            }
        }
    })
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

/// A title (of a module, unit or learning path) as the two things pages need: plain text for
/// `<title>`, attributes, JSON and the map, and HTML for headings, lists and navigation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Title {
    /// Without markup: "`if` expressions" is "if expressions".
    pub text: String,
    /// Escaped text with `<code>`, `<em>` and `<strong>` only.
    pub html: String,
}

impl Title {
    /// This title after `parent`'s, as lists of every unit name a sub-unit: "Day 1 › Morning".
    pub(crate) fn within(&self, parent: &Title) -> Title {
        Title {
            text: format!("{} › {}", parent.text, self.text),
            html: format!("{} › {}", parent.html, self.html),
        }
    }
}

/// Reads a title as inline Markdown limited to code spans and emphasis, so that
/// "`if` expressions" shows `if` as code instead of its backticks. Everything else is text:
/// raw HTML as written, links as their words (a title is often a link already), images as
/// their description.
pub(crate) fn render_title(title: &str) -> Title {
    let plain = || Title {
        text: title.to_string(),
        html: escape_html(title),
    };
    // Most titles have no Markdown at all, and every page lists dozens of them.
    if !title.contains(['`', '*', '_', '\\', '&', '<', '[', '!']) {
        return plain();
    }
    let written = inline_only(&title.split_whitespace().collect::<Vec<_>>().join(" "));
    let mut out = Title::default();
    for event in Parser::new(&written) {
        let html = match event {
            Event::Text(text) | Event::InlineHtml(text) | Event::Html(text) => {
                out.text.push_str(&text);
                escape_html(&text)
            }
            Event::Code(code) => {
                out.text.push_str(&code);
                format!("<code>{}</code>", escape_html(&code))
            }
            Event::SoftBreak | Event::HardBreak => {
                out.text.push(' ');
                " ".to_string()
            }
            Event::Start(Tag::Emphasis) => "<em>".into(),
            Event::End(TagEnd::Emphasis) => "</em>".into(),
            Event::Start(Tag::Strong) => "<strong>".into(),
            Event::End(TagEnd::Strong) => "</strong>".into(),
            Event::Start(Tag::Paragraph | Tag::Link { .. } | Tag::Image { .. })
            | Event::End(TagEnd::Paragraph | TagEnd::Link | TagEnd::Image) => String::new(),
            // A block that [`inline_only`] did not foresee: the title as written is safer.
            _ => return plain(),
        };
        out.html.push_str(&html);
    }
    out
}

/// `title` with a backslash before a first character that would start a block (a heading, a
/// list, a quote, a fence, a link definition), so that it is read as one line of text: "1. Intro"
/// is a title, not a list.
fn inline_only(title: &str) -> String {
    let digits = title.len() - title.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &title[digits..];
    if digits > 0 && rest.starts_with(['.', ')']) {
        return format!("{}\\{rest}", &title[..digits]);
    }
    let mut chars = title.chars();
    let (first, second) = (chars.next(), chars.next());
    let starts_block = match first {
        Some('#' | '>' | '-' | '+' | '<' | '[' | '=' | '|') => true,
        // Three backticks start a fence when no backtick follows them (then they are code).
        Some('`') => {
            let fence = title.trim_start_matches('`');
            title.len() - fence.len() >= 3 && !fence.contains('`')
        }
        Some('~') => title.starts_with("~~~"),
        // `*` and `_` start emphasis, and a list or a rule only before a space or as a rule.
        Some(c @ ('*' | '_')) => {
            second.is_none_or(char::is_whitespace) || title.chars().all(|x| x == c || x == ' ')
        }
        _ => false,
    };
    if starts_block {
        format!("\\{title}")
    } else {
        title.to_string()
    }
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
    fn titles_show_code_and_emphasis_and_nothing_else() {
        let title = render_title("`if` expressions");
        assert_eq!(title.text, "if expressions");
        assert_eq!(title.html, "<code>if</code> expressions");
        let title = render_title("*Why* `a < b` [matters](https://x.org) <b>now</b>");
        assert_eq!(title.text, "Why a < b matters <b>now</b>");
        assert_eq!(
            title.html,
            "<em>Why</em> <code>a &lt; b</code> matters &lt;b&gt;now&lt;/b&gt;"
        );
        assert_eq!(render_title("Plain & simple").html, "Plain &amp; simple");
        assert_eq!(render_title("Plain & simple").text, "Plain & simple");
    }

    #[test]
    fn titles_that_look_like_blocks_stay_titles() {
        for (written, text) in [
            ("1. `git init`", "1. git init"),
            ("2) Setup", "2) Setup"),
            ("# of `commits`", "# of commits"),
            ("> `quote`", "> quote"),
            ("- `item`", "- item"),
            ("* `item`", "* item"),
            ("***", "***"),
            ("```rust``` blocks", "rust blocks"),
            ("``` fence", "``` fence"),
            ("~~~ fence", "~~~ fence"),
            ("[note]: `x`", "[note]: x"),
            ("<div>`x`</div>", "<div>x</div>"),
            ("**Bold** start", "Bold start"),
            ("_Em_ start", "Em start"),
        ] {
            assert_eq!(render_title(written).text, text, "{written}");
        }
        assert_eq!(
            render_title("**Bold** start").html,
            "<strong>Bold</strong> start"
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
