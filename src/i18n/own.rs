//! A course's own words: `i18n/<language>.ftl` changes any message of the theme, or translates
//! it into a language Syllabus does not bundle. Each message must be one the theme has, with
//! only the arguments that message is given; mistakes are errors at their line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;

use crate::diagnostics::{Diagnostic, Position, did_you_mean};

/// A message of a table as written: its id, where it starts, and the variables it uses.
struct Written<'t> {
    id: &'t str,
    offset: usize,
    variables: BTreeSet<&'t str>,
}

/// The English messages and the variables each may use.
pub(crate) fn english_variables(
    tables: &[&'static str],
) -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    tables
        .iter()
        .flat_map(|table| messages(table))
        .map(|m| (m.id, m.variables))
        .collect()
}

/// A course's table, parsed (what Fluent could read of it), and its problems: syntax, unknown
/// messages, unknown arguments.
pub(crate) fn read(
    file: &Path,
    text: &str,
    english: &BTreeMap<&'static str, BTreeSet<&'static str>>,
) -> (FluentResource, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let (resource, errors) = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    for error in errors {
        problems.push(
            Diagnostic::error(format!("this translation cannot be read: {error}"))
                .at(file, text, position(text, error.pos.start))
                .with_help("write each message as `id = text`, a continuation line indented, and `{ $name }` for an argument (see https://projectfluent.org/fluent/guide/)"),
        );
    }
    for message in messages(text) {
        let at = position(text, message.offset);
        let Some(allowed) = english.get(message.id) else {
            let mut problem = Diagnostic::error(format!(
                "`{}` is not a message of the theme, so this text would never be shown",
                message.id
            ))
            .at(
                file,
                text,
                Position::new(at.line, at.column, message.id.chars().count()),
            );
            problem = match did_you_mean(message.id, english.keys().copied()) {
                Some(near) => problem.with_help(format!("did you mean `{near}`?")),
                None => problem.with_help(
                    "the theme's messages are listed in Syllabus's `src/i18n/locales/en/` files",
                ),
            };
            problems.push(problem);
            continue;
        };
        for variable in message.variables.difference(allowed) {
            let known: Vec<String> = allowed.iter().map(|v| format!("`{{ ${v} }}`")).collect();
            let help = match known.is_empty() {
                true => "this message takes no arguments: remove it".to_string(),
                false => format!("this message can use {}", known.join(", ")),
            };
            problems.push(
                Diagnostic::error(format!(
                    "`{}` uses `{{ ${variable} }}`, which the theme never gives it",
                    message.id
                ))
                .at(
                    file,
                    text,
                    Position::new(at.line, at.column, message.id.chars().count()),
                )
                .with_help(help),
            );
        }
    }
    (resource, problems)
}

fn position(text: &str, offset: usize) -> Position {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    let column = text[line_start..offset].chars().count() + 1;
    Position::new(line, column, 1)
}

/// The ids of the messages of a table, in order.
pub(crate) fn message_ids(source: &str) -> Vec<String> {
    messages(source)
        .into_iter()
        .map(|m| m.id.to_string())
        .collect()
}

/// The messages of a table, read line by line: a message starts at a line that begins with its
/// id and `=`; indented lines (and a select's closing `}`) continue it.
fn messages(text: &str) -> Vec<Written<'_>> {
    let mut found: Vec<Written<'_>> = Vec::new();
    let mut offset = 0;
    let mut open = false;
    for line in text.split_inclusive('\n') {
        let starts_message = line.starts_with(|c: char| c.is_ascii_alphabetic());
        if starts_message && let Some((id, rest)) = line.split_once('=') {
            found.push(Written {
                id: id.trim(),
                offset,
                variables: variables(rest),
            });
            open = true;
        } else if open && line.starts_with([' ', '\t', '}']) {
            if let Some(last) = found.last_mut() {
                last.variables.extend(variables(line));
            }
        } else {
            open = false;
        }
        offset += line.len();
    }
    found
}

/// The `$name`s of a piece of a message.
fn variables(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        let name_start = at + 1;
        let length = rest[name_start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len() - name_start);
        if length > 0 {
            found.insert(&rest[name_start..name_start + length]);
        }
        rest = &rest[name_start + length..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> BTreeMap<&'static str, BTreeSet<&'static str>> {
        english_variables(&[
            "search-label = Search\nmodule-count = { $count ->\n    [one] { $count } module\n   *[other] { $count } modules\n}\n",
        ])
    }

    #[test]
    fn a_good_table_has_no_problems() {
        let text = "# Our words\nsearch-label = Find\nmodule-count = { $count ->\n   *[other] { $count } lessons\n}\n";
        assert!(
            read(Path::new("i18n/en.ftl"), text, &english())
                .1
                .is_empty()
        );
    }

    #[test]
    fn unknown_messages_and_arguments_are_errors_at_their_line() {
        let text = "search-lable = Find\nmodule-count = { $total } lessons\n";
        let problems = read(Path::new("i18n/fi.ftl"), text, &english()).1;
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0]
                .message
                .contains("`search-lable` is not a message")
        );
        assert_eq!(problems[0].position.map(|p| p.line), Some(1));
        assert!(
            problems[0]
                .help
                .iter()
                .any(|h| h.contains("did you mean `search-label`?")),
            "{:?}",
            problems[0].help
        );
        assert!(problems[1].message.contains("`{ $total }`"));
        assert_eq!(problems[1].position.map(|p| p.line), Some(2));
    }

    #[test]
    fn a_syntax_error_is_at_its_line() {
        let problems = read(
            Path::new("i18n/fi.ftl"),
            "search-label = Find\n\n= broken\n",
            &english(),
        )
        .1;
        assert!(!problems.is_empty());
        assert_eq!(
            problems[0].position.map(|p| p.line),
            Some(3),
            "{problems:?}"
        );
    }
}
