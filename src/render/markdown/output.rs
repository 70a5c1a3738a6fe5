//! What a command printed, as opposed to the command: a block fenced as ```` ```output ```` or
//! ```` ```error ```` (or Pandoc's ```` ```{.output} ````) is not highlighted as a language but
//! labelled, so that a reader can tell at a glance what to type and what to expect back.

use pulldown_cmark::Event;

use super::{State, labels};
use crate::read::attributes;
use crate::util::html::escape_html;

/// The two kinds of output block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Output {
    Output,
    Error,
}

impl Output {
    pub(super) fn of_language(language: &str) -> Option<Output> {
        match language {
            "output" => Some(Output::Output),
            "error" => Some(Output::Error),
            _ => None,
        }
    }
}

/// The language of a fenced block from its info string: its first word, or the first class
/// of a Pandoc attribute block (```` ```{.python .numberLines} ````).
pub(super) fn fence_language(info: &str) -> String {
    let info = info.trim();
    if info.starts_with('{')
        && let Ok((found, _)) = attributes::parse(info)
    {
        return found.classes.into_iter().next().unwrap_or_default();
    }
    info.split([' ', ',', '{']).next().unwrap_or("").to_string()
}

/// The title of a fenced block, shown above it: `title="main.rs"` in a Pandoc attribute block
/// (```` ```{.rust title="main.rs"} ````) or after the language, as MkDocs writes it.
pub(super) fn fence_title(info: &str) -> Option<String> {
    let info = info.trim();
    if info.starts_with('{') {
        let (found, _) = attributes::parse(info).ok()?;
        return found
            .get("title")
            .map(str::to_string)
            .filter(|t| !t.is_empty());
    }
    let value = &info[info.find("title=\"")? + 7..];
    let title = &value[..value.find('"')?];
    (!title.is_empty()).then(|| title.to_string())
}

impl<'a> State<'_, 'a> {
    pub(super) fn output_block(&mut self, kind: Output, code: &str, events: &mut Vec<Event<'a>>) {
        self.out.load.code_lines += code.lines().count();
        let (class, label) = match kind {
            Output::Output => ("code-output", labels::output(self.page.words)),
            Output::Error => ("code-output code-error", labels::error(self.page.words)),
        };
        // The visible label is hidden from assistive technology, which gets it once, as the
        // group's name.
        let html = format!(
            "<div class=\"{class}\" role=\"group\" aria-label=\"{label}\">\n<p class=\"code-output-label\" aria-hidden=\"true\">{label}</p>\n<pre class=\"code\" tabindex=\"0\"><code>{}</code></pre>\n</div>\n",
            escape_html(code)
        );
        self.emit(Event::Html(html.into()), events);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fence_title_comes_from_its_attribute_block_or_after_the_language() {
        assert_eq!(
            fence_title("{.rust title=\"should_panic, editable\"}").as_deref(),
            Some("should_panic, editable")
        );
        assert_eq!(
            fence_title("python title=\"main.py\"").as_deref(),
            Some("main.py")
        );
        assert_eq!(fence_title("rust"), None);
        assert_eq!(fence_title("{.rust title=\"\"}"), None);
        assert_eq!(fence_title("x title=\"unclosed"), None);
    }

    #[test]
    fn languages_come_from_words_or_pandoc_classes() {
        assert_eq!(fence_language("rust ignore"), "rust");
        assert_eq!(fence_language("{.output}"), "output");
        assert_eq!(
            fence_language(" {.python .numberLines startFrom=3}"),
            "python"
        );
        assert_eq!(fence_language("{#x}"), "");
        assert_eq!(fence_language(""), "");
        assert_eq!(Output::of_language("error"), Some(Output::Error));
        assert_eq!(Output::of_language("text"), None);
    }
}

#[cfg(test)]
mod block_tests {
    use super::super::tests::render_body;

    #[test]
    fn output_blocks_are_labelled_and_not_highlighted() {
        let out = render_body(
            "```output\nOn branch <main>\n```\n\n```{.error}\nfatal: not a git repository\n```\n",
        );
        assert!(
            out.html.contains("<div class=\"code-output\" role=\"group\" aria-label=\"Output\">\n<p class=\"code-output-label\" aria-hidden=\"true\">Output</p>\n<pre class=\"code\" tabindex=\"0\"><code>On branch &lt;main&gt;\n</code></pre>\n</div>"),
            "{}",
            out.html
        );
        assert!(
            out.html.contains(
                "<div class=\"code-output code-error\" role=\"group\" aria-label=\"Error\">"
            ),
            "{}",
            out.html
        );
        assert_eq!(out.load.code_lines, 2);
    }
}
