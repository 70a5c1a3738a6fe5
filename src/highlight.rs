//! Code highlighting at build time: syntect with the maintained grammars of `two-face` (the
//! ones `bat` ships), producing HTML with CSS classes so that one stylesheet can offer a light
//! and a dark colour scheme.

use std::sync::OnceLock;

use syntect::highlighting::Theme;
use syntect::html::{ClassStyle, ClassedHTMLGenerator, css_for_theme_with_class_style};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;
use two_face::theme::EmbeddedThemeName;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Loaded on first use: deserialising the grammars takes a noticeable moment, and a course
/// without code should not pay for it.
fn syntax_set() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(two_face::syntax::extra_newlines)
}

/// Names that mean "no highlighting", plus common aliases the grammars do not know.
fn resolve_alias(language: &str) -> &str {
    match language {
        "console" | "shell-session" | "sh" | "shell" | "zsh" => "bash",
        "gitignore" => "Git Ignore",
        "gitconfig" => "Git Config",
        "yml" => "yaml",
        "py" => "python",
        "js" => "javascript",
        "ts" => "typescript",
        other => other,
    }
}

/// The inner HTML of a `<code>` element for `code` written in `language`. Unknown languages,
/// and `text`, are escaped without highlighting.
pub fn highlight(code: &str, language: &str) -> String {
    let language = language.trim().to_ascii_lowercase();
    if language.is_empty() || matches!(language.as_str(), "text" | "plain" | "txt" | "plaintext") {
        return escape_html(code);
    }
    let syntaxes = syntax_set();
    let Some(syntax) = syntaxes.find_syntax_by_token(resolve_alias(&language)) else {
        return escape_html(code);
    };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, syntaxes, CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            // A grammar that fails on odd input must not fail the build: show the code plainly.
            return escape_html(code);
        }
    }
    generator.finalize()
}

/// Whether `language` gets real highlighting (used by `check` to hint at typos).
pub fn is_known_language(language: &str) -> bool {
    let language = language.trim().to_ascii_lowercase();
    syntax_set()
        .find_syntax_by_token(resolve_alias(&language))
        .is_some()
}

/// The stylesheet for highlighted code: a light scheme, and a dark one applied both when the
/// reader's system prefers dark and when the page is switched to dark.
pub fn stylesheet() -> String {
    let themes = two_face::theme::extra();
    let light = theme_css(themes.get(EmbeddedThemeName::ColdarkCold));
    let dark = theme_css(themes.get(EmbeddedThemeName::ColdarkDark));
    let mut css =
        String::from("/* Code highlighting: Coldark by Armand Philippot (MIT), via two-face. */\n");
    css.push_str(&light);
    css.push_str(
        "\n@media (prefers-color-scheme: dark) {\n  :root:not([data-theme=\"light\"]) {\n",
    );
    css.push_str(&indent(&dark));
    css.push_str("  }\n}\n:root[data-theme=\"dark\"] {\n");
    css.push_str(&indent(&dark));
    css.push_str("}\n");
    css
}

fn theme_css(theme: &Theme) -> String {
    css_for_theme_with_class_style(theme, CLASS_STYLE).unwrap_or_default()
}

fn indent(css: &str) -> String {
    css.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("    {line}\n"))
        .collect()
}

pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_languages_get_classes() {
        let html = highlight("fn main() {}\n", "rust");
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(highlight("git commit -m \"x\"\n", "bash").contains("hl-"));
        assert!(highlight("a: 1\n", "yml").contains("hl-"));
    }

    #[test]
    fn unknown_languages_are_escaped_plainly() {
        assert_eq!(
            highlight("<b> & </b>\n", "no-such-language"),
            "&lt;b&gt; &amp; &lt;/b&gt;\n"
        );
        assert_eq!(highlight("<x>", "text"), "&lt;x&gt;");
    }

    #[test]
    fn stylesheet_has_both_schemes() {
        let css = stylesheet();
        assert!(css.contains("prefers-color-scheme: dark"));
        assert!(css.contains("data-theme=\"dark\""));
        assert!(css.contains(".hl-"));
    }
}
