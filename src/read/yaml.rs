//! YAML documents written by authors (`course.yaml`, `_unit.yaml`, front matter), parsed with
//! serde-saphyr into typed structs, with every problem reported in file coordinates.
//!
//! Unknown keys are found in a first pass over the top-level keys, so that all of them are
//! reported at once, each with a did-you-mean suggestion; serde's own `deny_unknown_fields`
//! would stop at the first and could not suggest.

use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_saphyr::{MessageFormatter, Spanned, UserMessageFormatter};

use crate::diagnostics::{Diagnostic, Position, did_you_mean};

/// A YAML text inside a file: `line_offset` lines of the file come before its first line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct YamlSource<'a> {
    pub file: &'a Path,
    /// The whole file, to quote the offending line.
    pub file_text: &'a str,
    pub yaml: &'a str,
    pub line_offset: usize,
}

/// A key the document may use, with a one-line description used in help texts.
pub(crate) type KnownKey = (&'static str, &'static str);

impl YamlSource<'_> {
    /// A position of the YAML text, moved to file coordinates.
    pub(crate) fn position(&self, location: &serde_saphyr::Location) -> Position {
        let line = location.line() as usize;
        let column = location.column() as usize;
        // `offset` and `len` of a span count characters; slicing the text needs bytes.
        let span = location.span();
        let width = span
            .byte_offset()
            .zip(span.byte_len())
            .and_then(|(start, len)| {
                let start = usize::try_from(start).ok()?;
                let end = start.checked_add(usize::try_from(len).ok()?)?;
                self.yaml.get(start..end)
            })
            .map_or(1, |text| text.lines().next().unwrap_or("").chars().count());
        Position::new(line + self.line_offset, column, width)
    }

    pub(crate) fn error_at(
        &self,
        location: &serde_saphyr::Location,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::error(message).at(self.file, self.file_text, self.position(location))
    }

    /// Parses the document into `T`, checking that it only uses `known` keys. Problems with keys
    /// do not stop the parse, so that the caller can go on validating the values.
    pub(crate) fn parse<T: DeserializeOwned>(
        &self,
        known: &[KnownKey],
    ) -> (Option<T>, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        match serde_saphyr::from_str::<TopLevelKeys>(self.yaml) {
            Ok(TopLevelKeys(keys)) => {
                for key in keys {
                    if !known.iter().any(|(name, _)| *name == key.value) {
                        problems.push(self.unknown_key(&key, known));
                    }
                }
            }
            Err(error) => return (None, vec![self.yaml_error(&error, known)]),
        }
        match serde_saphyr::from_str::<T>(self.yaml) {
            Ok(value) => (Some(value), problems),
            Err(error) => {
                problems.push(self.yaml_error(&error, known));
                (None, problems)
            }
        }
    }

    /// The error for a key that is not one of `known`, with a did-you-mean suggestion.
    pub(crate) fn unknown_key(&self, key: &Spanned<String>, known: &[KnownKey]) -> Diagnostic {
        let names = known.iter().map(|(name, _)| *name);
        let help = match did_you_mean(&key.value, names.clone()) {
            Some(suggestion) => format!("did you mean `{suggestion}`?"),
            None => format!(
                "the keys allowed here are: {}",
                names
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        self.error_at(&key.referenced, format!("unknown key `{}`", key.value))
            .with_label("not a known key")
            .with_help(help)
    }

    /// The start of a line of the YAML text (0 is the line before it: a fence or `---`).
    pub(crate) fn line_position(&self, yaml_line: usize) -> Position {
        Position::new(self.line_offset + yaml_line, 1, 3)
    }

    /// Turns a serde-saphyr error into a diagnostic, with help naming what the key expects.
    pub(crate) fn yaml_error(&self, error: &serde_saphyr::Error, known: &[KnownKey]) -> Diagnostic {
        let plain = error.without_snippet();
        let message = UserMessageFormatter.format_message(plain).into_owned();
        let message = message
            .escape_debug()
            .to_string()
            .replace("\\'", "'")
            .replace("\\\"", "\"");
        let Some(location) = error.location().filter(|l| l.line() > 0) else {
            let position = Position::new(self.line_offset + 1, 1, 1);
            return Diagnostic::error(format!("invalid YAML: {message}"))
                .at(self.file, self.file_text, position)
                .with_help(GENERAL_YAML_HELP);
        };
        let position = self.position(&location);
        let key_on_line = self
            .file_text
            .lines()
            .nth(position.line - 1)
            .and_then(key_of_line)
            .and_then(|key| known.iter().find(|(name, _)| *name == key));
        let help = match key_on_line {
            Some((name, expects)) => format!("`{name}` expects {expects}"),
            None => GENERAL_YAML_HELP.to_string(),
        };
        Diagnostic::error(format!("invalid YAML: {message}"))
            .at(self.file, self.file_text, position)
            .with_help(help)
    }
}

const GENERAL_YAML_HELP: &str = "each line is `key: value`; lists are `[a, b]` or lines starting \
    with `- `; indent with spaces, not tabs; quote text that contains `: ` or starts with a \
    special character such as `` ` ``, `[`, `{`, `*`, `&` or `#`";

/// The top-level key written on a YAML line, if the line starts one.
fn key_of_line(line: &str) -> Option<&str> {
    if line.starts_with([' ', '\t', '-', '#']) {
        return None;
    }
    let (key, _) = line.split_once(':')?;
    let key = key.trim();
    (!key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(key)
}

/// The top-level keys of a mapping, with their positions; values are skipped.
struct TopLevelKeys(Vec<Spanned<String>>);

impl<'de> Deserialize<'de> for TopLevelKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = TopLevelKeys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of `key: value` lines")
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(TopLevelKeys(Vec::new()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(TopLevelKeys(keys))
            }
        }
        deserializer.deserialize_any(KeysVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Sample {
        title: Option<String>,
        minutes: Option<u32>,
    }

    const KEYS: &[KnownKey] = &[("title", "text"), ("minutes", "a whole number of minutes")];

    fn parse(text: &str) -> Result<Sample, Vec<Diagnostic>> {
        let (value, problems) = parse_with_problems(text);
        match value {
            Some(value) if problems.is_empty() => Ok(value),
            _ => Err(problems),
        }
    }

    fn parse_with_problems(text: &str) -> (Option<Sample>, Vec<Diagnostic>) {
        let yaml = text.strip_prefix("---\n").unwrap_or(text);
        let yaml = &yaml[..yaml.find("---").unwrap_or(yaml.len())];
        YamlSource {
            file: Path::new("m.md"),
            file_text: text,
            yaml,
            line_offset: 1,
        }
        .parse(KEYS)
    }

    #[test]
    fn all_unknown_keys_are_reported_in_file_coordinates() {
        let problems = parse("---\ntitel: A\nminutes: 3\nmintues: 4\n---\n").unwrap_err();
        let found: Vec<_> = problems
            .iter()
            .map(|d| {
                (
                    d.message.clone(),
                    d.position.map(|p| p.line),
                    d.help.clone(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "unknown key `titel`".into(),
                    Some(2),
                    Some("did you mean `title`?".into())
                ),
                (
                    "unknown key `mintues`".into(),
                    Some(4),
                    Some("did you mean `minutes`?".into())
                ),
            ]
        );
    }

    #[test]
    fn unknown_keys_do_not_hide_the_values() {
        let (value, problems) = parse_with_problems("---\ntitle: A\ncolour: red\n---\n");
        assert_eq!(value.and_then(|v| v.title).as_deref(), Some("A"));
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn type_errors_name_the_line_and_what_the_key_expects() {
        let problems = parse("---\ntitle: A\nminutes: soon\n---\n").unwrap_err();
        assert_eq!(problems.len(), 1);
        let problem = &problems[0];
        assert_eq!(problem.position.map(|p| (p.line, p.column)), Some((3, 10)));
        assert_eq!(
            problem.help.as_deref(),
            Some("`minutes` expects a whole number of minutes")
        );
    }

    #[test]
    fn widths_count_characters_after_non_ascii_text() {
        // Spans of serde-saphyr count characters; the text before the value is not ASCII.
        let problems = parse("---\ntitle: \"Übung 日本\"\nminutes: 日本日本 x\n---\n").unwrap_err();
        assert_eq!(
            problems[0].position,
            Some(Position {
                line: 3,
                column: 10,
                width: 6
            }),
            "{problems:?}"
        );
    }

    #[test]
    fn syntax_errors_are_reported_not_panicked() {
        for text in [
            "---\ntitle: [unclosed\n---\n",
            "---\ntitle: \"open\n---\n",
            "---\ntitle: A\n\tminutes: 3\n---\n",
            "---\n- a\n- b\n---\n",
            "---\ntitle: a\ntitle: b\n---\n",
        ] {
            let problems = parse(text).unwrap_err();
            assert!(
                problems[0].message.starts_with("invalid YAML"),
                "{text}: {problems:?}"
            );
            assert!(
                problems[0].position.is_some_and(|p| p.line >= 2),
                "{text}: {problems:?}"
            );
        }
    }

    #[test]
    fn empty_document_is_an_empty_mapping() {
        let sample = parse("---\n---\n").unwrap_or(Sample {
            title: Some("x".into()),
            minutes: None,
        });
        assert!(sample.title.is_none() && sample.minutes.is_none());
    }
}
