//! The course's glossary as written: the terms of `glossary.yaml` (a list of `- term: …` with a
//! `definition: …` in Markdown), or of the definition lists of `modules/glossary.md`, each with
//! the place it is written. When both files exist, `glossary.yaml` is the glossary and
//! `glossary.md` is ignored (with a warning): it is never a module.

use std::fmt;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

use super::source::{LineIndex, SourceFile};
use super::yaml::{KnownKey, YamlSource};
use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::util::slug::heading_slug;

/// The glossary module, by its path in the course.
pub(crate) const GLOSSARY_MODULE: &str = "modules/glossary.md";

/// The anchor of a term on the glossary page.
pub(crate) fn term_id(name: &str) -> String {
    format!("term-{}", heading_slug(name))
}

/// A term as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct RawTerm {
    pub name: String,
    /// Its definition, in Markdown.
    pub definition: String,
    pub position: Position,
}

/// The glossary's terms, in the order written, and the file they come from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct GlossarySource {
    pub file: PathBuf,
    pub terms: Vec<RawTerm>,
    /// Whether the file could be read as a whole: when it could not, its error is reported and
    /// the terms it would have held are not reported missing again.
    pub readable: bool,
}

/// The glossary from `yaml` (`glossary.yaml`) or else `module` (`modules/glossary.md`).
pub(crate) fn read_glossary(
    yaml: Option<&SourceFile>,
    module: Option<&SourceFile>,
    diagnostics: &mut Diagnostics,
) -> Option<GlossarySource> {
    let (file, (terms, readable)) = match (yaml, module) {
        (Some(yaml), module) => {
            if let Some(module) = module {
                diagnostics.push(
                    Diagnostic::warning(format!(
                        "`{}` is ignored: the glossary is `{}`",
                        module.path.display(),
                        yaml.path.display()
                    ))
                    .in_file(&module.path)
                    .with_help("keep one glossary: move its terms into `glossary.yaml` and delete this file"),
                );
            }
            (yaml, from_yaml(yaml, diagnostics))
        }
        (None, Some(module)) => (module, (from_markdown(module, diagnostics), true)),
        (None, None) => return None,
    };
    let terms = without_duplicates(terms, file, diagnostics);
    Some(GlossarySource {
        file: file.path.clone(),
        terms,
        readable,
    })
}

const TERM_KEYS: &[KnownKey] = &[
    ("term", "the term, as text"),
    ("definition", "its definition, in Markdown"),
];

const YAML_HELP: &str = "write one entry per term: `- term: commit` followed by `  definition: A snapshot of the project…` on the next line";

/// The terms of `glossary.yaml`, and whether it could be read as YAML.
fn from_yaml(file: &SourceFile, diagnostics: &mut Diagnostics) -> (Vec<RawTerm>, bool) {
    let source = YamlSource {
        file: &file.path,
        file_text: &file.text,
        yaml: &file.text,
        line_offset: 0,
    };
    let entries = match serde_saphyr::from_str::<Entries>(&file.text) {
        Ok(Entries(entries)) => entries,
        Err(error) => {
            diagnostics.push(source.yaml_error(&error, TERM_KEYS).with_help(YAML_HELP));
            return (Vec::new(), false);
        }
    };
    let terms = entries
        .into_iter()
        .filter_map(|entry| checked_entry(&source, entry, diagnostics))
        .collect();
    (terms, true)
}

/// A term of `glossary.yaml`, when it has both a term and a definition.
fn checked_entry(
    source: &YamlSource,
    entry: RawEntry,
    diagnostics: &mut Diagnostics,
) -> Option<RawTerm> {
    for key in &entry.unknown {
        diagnostics.push(source.unknown_key(key, TERM_KEYS));
    }
    let start = source.position(&entry.start?);
    let missing = |what: &str| {
        Diagnostic::error(format!("this glossary entry has no `{what}`"))
            .at(source.file, source.file_text, start)
            .with_help(YAML_HELP)
    };
    let Some(term) = entry.term.filter(|t| !t.value.trim().is_empty()) else {
        diagnostics.push(missing("term"));
        return None;
    };
    let Some(definition) = entry.definition.filter(|d| !d.value.trim().is_empty()) else {
        diagnostics.push(missing("definition"));
        return None;
    };
    Some(RawTerm {
        name: term.value.trim().to_string(),
        definition: definition.value,
        position: source.position(&term.referenced),
    })
}

/// The terms of the definition lists of `glossary.md`; anything else in it is pointed out.
fn from_markdown(file: &SourceFile, diagnostics: &mut Diagnostics) -> Vec<RawTerm> {
    let lines = LineIndex::new(&file.text);
    let position = |range: &std::ops::Range<usize>| {
        let (line, column) = lines.position(&file.text, range.start);
        let width = file.text[range.clone()]
            .lines()
            .next()
            .map_or(1, |l| l.chars().count());
        Position::new(line, column, width.max(1))
    };
    let mut terms: Vec<RawTerm> = Vec::new();
    // How many tags are open, so that only the outer lists' terms are read.
    let mut level = 0usize;
    let mut title: Option<(String, Position)> = None;
    let mut in_title = false;
    let parser = Parser::new_ext(&file.text, Options::ENABLE_DEFINITION_LIST);
    for (event, range) in parser.into_offset_iter() {
        match (&event, level) {
            (Event::Start(Tag::DefinitionList), 0) => {}
            (Event::Start(_), 0) => diagnostics.push(outside_a_list(file, position(&range))),
            (Event::Start(Tag::DefinitionListTitle), 1) => {
                title = Some((String::new(), position(&range)));
                in_title = true;
            }
            (Event::End(TagEnd::DefinitionListTitle), 2) => in_title = false,
            (Event::Start(Tag::DefinitionListDefinition), 1) => {
                let definition = definition_text(&file.text[range.clone()]);
                add_definition(&mut terms, title.take(), definition);
            }
            (Event::Text(text) | Event::Code(text), _) if in_title => {
                if let Some((name, _)) = &mut title {
                    name.push_str(text);
                }
            }
            _ => {}
        }
        match event {
            Event::Start(_) => level += 1,
            Event::End(_) => level = level.saturating_sub(1),
            _ => {}
        }
    }
    terms
}

/// A definition of the term `title`, or a further one of the last term.
fn add_definition(terms: &mut Vec<RawTerm>, title: Option<(String, Position)>, definition: String) {
    match (title, terms.last_mut()) {
        (Some((name, position)), _) => terms.push(RawTerm {
            name: name.trim().to_string(),
            definition,
            position,
        }),
        (None, Some(last)) => {
            last.definition.push_str("\n\n");
            last.definition.push_str(&definition);
        }
        (None, None) => {}
    }
}

fn outside_a_list(file: &SourceFile, position: Position) -> Diagnostic {
    Diagnostic::warning("this is not part of the glossary: only definition lists are read from the glossary module")
        .at(&file.path, &file.text, position)
        .with_help("write each term on a line of its own and its definition on the next, after `: `, such as `Commit` then `: A snapshot of the project.`")
}

/// The Markdown of a definition as written after its `: ` marker, with the continuation lines
/// taken out of their indentation.
fn definition_text(written: &str) -> String {
    let first = written.trim_start_matches([':', '~']);
    let marker = written.len() - first.len();
    let content = first.trim_start_matches([' ', '\t']);
    let indent = marker + first.len() - content.len();
    let mut out = String::new();
    for (index, line) in content.lines().enumerate() {
        if index > 0 {
            out.push('\n');
            let spaces = line.len() - line.trim_start_matches(' ').len();
            out.push_str(&line[spaces.min(indent)..]);
        } else {
            out.push_str(line);
        }
    }
    out.trim_end().to_string()
}

/// The terms with a name of their own: a second term with the same anchor is reported.
fn without_duplicates(
    terms: Vec<RawTerm>,
    file: &SourceFile,
    diagnostics: &mut Diagnostics,
) -> Vec<RawTerm> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut kept = Vec::new();
    for term in terms {
        let slug = heading_slug(&term.name);
        if let Some((_, line)) = seen.iter().find(|(s, _)| *s == slug) {
            diagnostics.push(
                Diagnostic::error(format!("the glossary has `{}` twice", term.name))
                    .at(&file.path, &file.text, term.position)
                    .with_label("duplicate term")
                    .with_help(format!(
                        "it is already defined on line {line}: keep one definition"
                    )),
            );
            continue;
        }
        seen.push((slug, term.position.line));
        kept.push(term);
    }
    kept
}

/// Whether `path` (relative to the course) is the glossary module.
pub(crate) fn is_glossary_module(path: &Path) -> bool {
    path == Path::new(GLOSSARY_MODULE)
}

/// The list of entries of `glossary.yaml`.
struct Entries(Vec<RawEntry>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of terms, each starting with `- term: …`")
            }
            fn visit_unit<E>(self) -> Result<Entries, E> {
                Ok(Entries(Vec::new()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = seq.next_element::<RawEntry>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_any(EntriesVisitor)
    }
}

#[derive(Debug, Default)]
struct RawEntry {
    start: Option<Location>,
    term: Option<Spanned<String>>,
    definition: Option<Spanned<String>>,
    unknown: Vec<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntryVisitor;
        impl<'de> Visitor<'de> for EntryVisitor {
            type Value = RawEntry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a term: `term: …` and `definition: …` on their own lines")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawEntry, A::Error> {
                let mut raw = RawEntry::default();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    raw.start.get_or_insert(key.referenced);
                    match key.value.as_str() {
                        "term" => raw.term = Some(map.next_value()?),
                        "definition" => raw.definition = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            raw.unknown.push(key);
                        }
                    }
                }
                Ok(raw)
            }
        }
        deserializer.deserialize_map(EntryVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    fn read(yaml: Option<&str>, module: Option<&str>) -> (Option<GlossarySource>, Diagnostics) {
        let yaml = yaml.map(|t| file("glossary.yaml", t));
        let module = module.map(|t| file(GLOSSARY_MODULE, t));
        let mut diagnostics = Diagnostics::new();
        let glossary = read_glossary(yaml.as_ref(), module.as_ref(), &mut diagnostics);
        (glossary, diagnostics)
    }

    fn names(glossary: &GlossarySource) -> Vec<(&str, &str, usize)> {
        glossary
            .terms
            .iter()
            .map(|t| (t.name.as_str(), t.definition.as_str(), t.position.line))
            .collect()
    }

    #[test]
    fn yaml_terms_keep_their_lines() {
        let (glossary, diagnostics) = read(
            Some(
                "- term: commit\n  definition: A *snapshot*.\n- term: branch\n  definition: |\n    A name.\n\n    Moves.\n",
            ),
            None,
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let glossary = glossary.expect("a glossary");
        assert_eq!(
            names(&glossary),
            [
                ("commit", "A *snapshot*.", 1),
                ("branch", "A name.\n\nMoves.\n", 3)
            ]
        );
    }

    #[test]
    fn yaml_problems_are_located() {
        let (glossary, diagnostics) = read(
            Some(
                "- term: commit\n  defintion: x\n- term: branch\n  definition: y\n- term: Branch\n  definition: z\n",
            ),
            None,
        );
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.message.clone(), d.position.map(|p| p.line)))
            .collect();
        assert_eq!(
            found,
            [
                ("unknown key `defintion`".to_string(), Some(2)),
                (
                    "this glossary entry has no `definition`".to_string(),
                    Some(1)
                ),
                ("the glossary has `Branch` twice".to_string(), Some(5)),
            ]
        );
        assert_eq!(glossary.map(|g| g.terms.len()), Some(1));
        let (_, diagnostics) = read(Some("term: x\n"), None);
        assert!(
            diagnostics
                .iter()
                .next()
                .is_some_and(|d| d.message.starts_with("invalid YAML"))
        );
    }

    #[test]
    fn markdown_terms_come_from_definition_lists() {
        let text = "Commit\n: A *snapshot*\n  of the files.\n\n  More.\n\nStaging area\n: The index.\n: Where `git add` puts changes.\n\nA stray paragraph.\n";
        let (glossary, diagnostics) = read(None, Some(text));
        let glossary = glossary.expect("a glossary");
        assert_eq!(
            names(&glossary),
            [
                ("Commit", "A *snapshot*\nof the files.\n\nMore.", 1),
                (
                    "Staging area",
                    "The index.\n\nWhere `git add` puts changes.",
                    7
                )
            ]
        );
        let warnings: Vec<_> = diagnostics
            .iter()
            .map(|d| d.position.map(|p| p.line))
            .collect();
        assert_eq!(warnings, [Some(11)]);
    }

    #[test]
    fn yaml_wins_over_the_module() {
        let (glossary, diagnostics) = read(Some("- term: a\n  definition: b\n"), Some("X\n: y\n"));
        assert_eq!(
            glossary.map(|g| g.file),
            Some(PathBuf::from("glossary.yaml"))
        );
        assert!(diagnostics.iter().any(|d| d.message.contains("is ignored")));
    }
}
