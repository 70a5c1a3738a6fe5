//! Code highlighting at build time, with syntect and the maintained grammars of `two-face`
//! (the collection `bat` ships).
//!
//! Grammars give every token a long list of scopes; printing them all as classes (syntect's
//! `ClassedHTMLGenerator`) makes pages several times heavier than their code. Instead, scopes are
//! sorted into a dozen token kinds (keyword, string, comment...) through a syntect theme whose
//! "colours" are kind numbers, and each run of one kind becomes one `<span class="hl-X">`. The
//! stylesheet then gives each kind a light and a dark colour chosen for WCAG AA contrast.

mod cache;

pub use cache::HighlightCache;

use std::str::FromStr;
use std::sync::OnceLock;

use syntect::easy::HighlightLines;
use syntect::highlighting::{
    Color, ScopeSelectors, StyleModifier, Theme, ThemeItem, ThemeSettings,
};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

use crate::util::html::escape_html;

/// A kind of token: its class suffix, the scopes that select it, and its light and dark colours
/// (Primer's palette, at least 4.5:1 against the code backgrounds below).
struct TokenKind {
    class: &'static str,
    scopes: &'static str,
    light: &'static str,
    dark: &'static str,
    extra_css: &'static str,
}

/// Index 0 is plain text. Later entries win over earlier ones for equally specific selectors;
/// syntect prefers the most specific selector, so `keyword.operator` beats `keyword`.
const KINDS: &[TokenKind] = &[
    TokenKind {
        class: "",
        scopes: "keyword.operator, punctuation, meta.brace",
        light: "",
        dark: "",
        extra_css: "",
    },
    TokenKind {
        class: "c",
        scopes: "comment, punctuation.definition.comment",
        light: "#57606a",
        dark: "#8b949e",
        extra_css: "font-style:italic",
    },
    TokenKind {
        class: "k",
        scopes: "keyword, storage, keyword.operator.word, keyword.operator.logical.python",
        light: "#cf222e",
        dark: "#ff7b72",
        extra_css: "",
    },
    TokenKind {
        class: "s",
        scopes: "string, string punctuation.definition.string, markup.raw",
        light: "#0a3069",
        dark: "#a5d6ff",
        extra_css: "",
    },
    TokenKind {
        class: "n",
        scopes: "constant, support.constant, variable.language",
        light: "#0550ae",
        dark: "#79c0ff",
        extra_css: "",
    },
    TokenKind {
        class: "e",
        scopes: "constant.character.escape, string.regexp",
        light: "#116329",
        dark: "#7ee787",
        extra_css: "",
    },
    TokenKind {
        class: "f",
        scopes: "entity.name.function, support.function, variable.function, support.macro, meta.function-call.generic",
        light: "#6639ba",
        dark: "#d2a8ff",
        extra_css: "",
    },
    TokenKind {
        class: "t",
        scopes: "entity.name.type, entity.name.class, entity.name.struct, entity.name.enum, entity.name.trait, support.type, support.class, entity.other.inherited-class",
        light: "#953800",
        dark: "#ffa657",
        extra_css: "",
    },
    TokenKind {
        class: "v",
        scopes: "variable.parameter, variable.other.constant, meta.attribute, meta.annotation",
        light: "#953800",
        dark: "#ffa657",
        extra_css: "",
    },
    TokenKind {
        class: "g",
        scopes: "entity.name.tag, meta.mapping.key string",
        light: "#116329",
        dark: "#7ee787",
        extra_css: "",
    },
    TokenKind {
        class: "a",
        scopes: "entity.other.attribute-name",
        light: "#0550ae",
        dark: "#79c0ff",
        extra_css: "",
    },
    TokenKind {
        class: "h",
        scopes: "markup.heading, markup.heading punctuation, entity.name.section, meta.diff.range, meta.diff.header, meta.diff.header punctuation, meta.diff.range punctuation",
        light: "#0550ae",
        dark: "#79c0ff",
        extra_css: "font-weight:600",
    },
    TokenKind {
        class: "i",
        scopes: "markup.inserted, markup.inserted punctuation",
        light: "#116329",
        dark: "#aff5b4",
        extra_css: "",
    },
    TokenKind {
        class: "d",
        scopes: "markup.deleted, markup.deleted punctuation",
        light: "#82071e",
        dark: "#ffdcd7",
        extra_css: "",
    },
    TokenKind {
        class: "b",
        scopes: "markup.bold",
        light: "",
        dark: "",
        extra_css: "font-weight:600",
    },
    TokenKind {
        class: "u",
        scopes: "markup.italic",
        light: "",
        dark: "",
        extra_css: "font-style:italic",
    },
];

/// A fingerprint of the token kinds, part of the highlight cache's version.
fn kinds_fingerprint() -> u64 {
    crate::util::fingerprint::fingerprint(
        &KINDS
            .iter()
            .map(|kind| (kind.class, kind.scopes))
            .collect::<Vec<_>>(),
    )
}

/// The most backtracking steps one search of a grammar's pattern may take in Oniguruma; past
/// it the pattern counts as not matching there. A few patterns take time by the cube of a
/// line's length on odd lines (bash on `xxx…x a=b`: a minute for one line of 5,000 characters,
/// INI on a line of spaces), which would hang a build; with the limit such a line is
/// highlighted less well, in time linear in its length, and the same way on every machine
/// (steps are counted, not timed). The 490 code blocks of the example course, the test
/// fixtures, a Software Carpentry lesson and this repository's own sources need at most
/// 40,000 steps and highlight exactly as without a limit.
pub(crate) const SEARCH_STEP_LIMIT: u32 = 100_000;

/// The longest line, in bytes, that is highlighted; longer lines are shown as plain text.
/// syntect searches each line from every token onwards, so one line costs time by the square
/// of its length (170 KB of shell on one line took 11 s) and a line of a megabyte minutes.
/// Code people read has lines far shorter (in the example course, the test fixtures, two
/// published lessons and this repository's sources, the longest is 561 bytes, but for a minified
/// script of 17 KB).
pub(crate) const LINE_LIMIT: usize = 4096;

/// Loaded on first use: deserialising the grammars takes a noticeable moment, and a course
/// without code should not pay for it.
fn syntax_set() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(|| {
        // SAFETY: this only stores a number in a global of Oniguruma that each search reads
        // when it starts. It runs once, before any search: the grammars are only reached
        // through this function.
        unsafe { onig_sys::onig_set_retry_limit_in_search(SEARCH_STEP_LIMIT.into()) };
        two_face::syntax::extra_newlines()
    })
}

/// A theme whose foreground colours are token kind numbers (in the blue channel).
fn kind_theme() -> &'static Theme {
    static THEME: OnceLock<Theme> = OnceLock::new();
    THEME.get_or_init(|| {
        let kind_color = |index: usize| Color {
            r: 0,
            g: 0,
            b: index as u8,
            a: 255,
        };
        Theme {
            name: Some("syllabus-token-kinds".into()),
            author: None,
            settings: ThemeSettings {
                foreground: Some(kind_color(0)),
                ..ThemeSettings::default()
            },
            scopes: KINDS
                .iter()
                .enumerate()
                .filter_map(|(index, kind)| {
                    let scope = ScopeSelectors::from_str(kind.scopes).ok()?;
                    let style = StyleModifier {
                        foreground: Some(kind_color(index)),
                        background: None,
                        font_style: None,
                    };
                    Some(ThemeItem { scope, style })
                })
                .collect(),
        }
    })
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

/// The grammar for `language`, if it is one that is highlighted.
fn grammar(language: &str) -> Option<&'static SyntaxReference> {
    let language = language.trim().to_ascii_lowercase();
    if language.is_empty() || matches!(language.as_str(), "text" | "plain" | "txt" | "plaintext") {
        return None;
    }
    syntax_set().find_syntax_by_token(resolve_alias(&language))
}

/// Whether code in `language` is highlighted (and so whether [`LINE_LIMIT`] applies to it).
pub(crate) fn is_highlighted(language: &str) -> bool {
    grammar(language).is_some()
}

/// The inner HTML of a `<code>` element for `code` written in `language`. Unknown languages,
/// and `text`, are escaped without highlighting, and so are lines longer than [`LINE_LIMIT`].
pub fn highlight(code: &str, language: &str) -> String {
    let Some(syntax) = grammar(language) else {
        return escape_html(code);
    };
    let syntaxes = syntax_set();
    let mut highlighter = HighlightLines::new(syntax, kind_theme());
    let mut html = String::with_capacity(code.len() * 2);
    let mut open: usize = 0;
    for line in LinesWithEndings::from(code) {
        if line.len() > LINE_LIMIT {
            // The grammar does not see the line, so the lines after it are read in the state
            // the lines before it left: a long line of data does not garble the code around it.
            if open != 0 {
                html.push_str("</span>");
                open = 0;
            }
            html.push_str(&escape_html(line));
            continue;
        }
        let Ok(tokens) = highlighter.highlight_line(line, syntaxes) else {
            // A grammar that fails on odd input must not fail the build: show the code plainly.
            return escape_html(code);
        };
        for (style, text) in tokens {
            let kind = usize::from(style.foreground.b).min(KINDS.len() - 1);
            // Whitespace takes the kind around it, so that runs merge into fewer spans.
            let kind = if text.trim().is_empty() { open } else { kind };
            if kind != open {
                if open != 0 {
                    html.push_str("</span>");
                }
                if kind != 0 {
                    html.push_str("<span class=\"hl-");
                    html.push_str(KINDS[kind].class);
                    html.push_str("\">");
                }
                open = kind;
            }
            html.push_str(&escape_html(text));
        }
    }
    if open != 0 {
        html.push_str("</span>");
    }
    html
}

/// The stylesheet for highlighted code: a light scheme, and a dark one applied both when the
/// reader's system prefers dark (unless the page is switched to light) and when the page is
/// switched to dark.
pub(crate) fn stylesheet() -> String {
    let rules = |dark: bool| -> String {
        KINDS
            .iter()
            .filter(|kind| !kind.class.is_empty())
            .filter_map(|kind| {
                let color = if dark { kind.dark } else { kind.light };
                let mut declarations: Vec<String> = Vec::new();
                if !color.is_empty() {
                    declarations.push(format!("color:{color}"));
                }
                if !dark && !kind.extra_css.is_empty() {
                    declarations.push(kind.extra_css.to_string());
                }
                (!declarations.is_empty())
                    .then(|| format!(".hl-{}{{{}}}\n", kind.class, declarations.join(";")))
            })
            .collect()
    };
    let dark = rules(true);
    let indented: String = dark.lines().map(|line| format!("  {line}\n")).collect();
    format!(
        "/* Code highlighting. Colours from GitHub's Primer palette (MIT). */\n{}\
         @media (prefers-color-scheme: dark) {{\n:root:not([data-theme=\"light\"]) {{\n{indented}}}\n}}\n\
         :root[data-theme=\"dark\"] {{\n{indented}}}\n",
        rules(false)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_get_short_kind_classes() {
        let html = highlight("fn main() {\n    // hi\n    let s = \"x\";\n}\n", "rust");
        assert!(html.contains("<span class=\"hl-k\">fn </span>"), "{html}");
        assert!(html.contains("<span class=\"hl-f\">main</span>"), "{html}");
        assert!(html.contains("<span class=\"hl-c\">// hi"), "{html}");
        assert!(
            html.contains("<span class=\"hl-s\">&quot;x&quot;</span>"),
            "{html}"
        );
        assert!(highlight("git commit -m \"x\"\n", "bash").contains("hl-s"));
        assert!(highlight("a: 1\n", "yml").contains("<span class=\"hl-g\">a</span>"));
    }

    #[test]
    fn pathological_lines_do_not_hang() {
        // Without a step limit, each of these takes half a minute or more (time by the cube of
        // the line's length); with it, a fraction of a second. They are just short enough to be
        // highlighted.
        let started = std::time::Instant::now();
        let text = |html: String| {
            html.split('<')
                .map(|part| part.split_once('>').map_or(part, |(_, rest)| rest))
                .collect::<String>()
        };
        for (code, language) in [
            ("x".repeat(LINE_LIMIT - 5) + " a=b\n", "bash"),
            (" ".repeat(LINE_LIMIT - 2) + "x\n", "ini"),
        ] {
            assert_eq!(text(highlight(&code, language)), code, "{language}");
        }
        let elapsed = started.elapsed();
        assert!(elapsed.as_secs() < 20, "{elapsed:?}");
    }

    #[test]
    fn lines_over_the_limit_are_plain_text_between_highlighted_ones() {
        let before = "fn main() {\n    let s = \"x\";\n";
        let long = format!("    let t = \"{}\";\n", "<b>".repeat(LINE_LIMIT / 3));
        let after = "    println!(\"{s}\");\n}\n";
        let html = highlight(&format!("{before}{long}{after}"), "rust");
        let expected_start = format!("{}{}", highlight(before, "rust"), escape_html(&long));
        assert!(html.starts_with(&expected_start), "{html}");
        assert!(
            html[expected_start.len()..].contains("<span class=\"hl-f\">println!</span>"),
            "{html}"
        );
    }

    #[test]
    fn highlighted_html_keeps_the_text() {
        let code = "def f(x):\n    return x < 2 and 'a' or \"b\"  # done\n";
        let html = highlight(code, "python");
        let text = html
            .split('<')
            .map(|part| part.split_once('>').map_or(part, |(_, rest)| rest))
            .collect::<String>();
        let unescaped = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        assert_eq!(unescaped, code);
    }

    #[test]
    fn diffs_mark_insertions_and_deletions() {
        let html = highlight("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n", "diff");
        assert!(html.contains("<span class=\"hl-d\">-old"), "{html}");
        assert!(html.contains("<span class=\"hl-i\">+new"), "{html}");
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
        assert!(css.contains(".hl-k{color:#cf222e}"), "{css}");
        assert!(css.contains("prefers-color-scheme: dark"));
        assert!(
            css.contains(
                ":root[data-theme=\"dark\"] {\n  .hl-c{color:#8b949e}\n  .hl-k{color:#ff7b72}"
            ),
            "{css}"
        );
    }
}
