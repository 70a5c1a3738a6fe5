//! `docs/templates.md`, the template reference, keeps up with the default theme: each default
//! template has a section there naming every block it has, every template it extends or
//! includes and every variable it reads (variables that every page has may be described in the
//! shared sections instead), and every value printed with `| safe` is listed among the HTML
//! values. A template or a variable added to the theme without its description fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

const TEMPLATES: &str = "themes/default/templates";
const REFERENCE: &str = "docs/templates.md";
/// Sections (`## ` headings starting so) describing what every page, or several, have.
const SHARED_SECTIONS: &[&str] = &["Variables on every page", "Shared shapes"];
/// The section (`## ` heading starting so) that lists the values holding HTML.
const HTML_SECTION: &str = "Escaping";

/// Words of Tera's expressions, which are no variables.
const KEYWORDS: &[&str] = &[
    "and", "or", "not", "in", "is", "if", "else", "true", "True", "false", "False", "none", "None",
    "null",
];
/// Variables that Tera itself gives (`loop.index`), not the page's context.
const BUILT_INS: &[&str] = &["loop", "self", "__tera_context"];

static IGNORED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)\{#.*?#\}|\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}").unwrap()
});
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)\{\{-?(.*?)-?\}\}|\{%-?(.*?)-?%\}").unwrap());
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|[0-9][0-9_.]*|[A-Za-z_][A-Za-z0-9_]*|\?\.|[=!<>]=|\S"#,
    )
    .unwrap()
});
static FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)^([A-Za-z_][A-Za-z0-9_]*)(?:\s*,\s*([A-Za-z_][A-Za-z0-9_]*))?\s+in\s+(.*)$")
        .unwrap()
});
static SET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)^([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(.*))?$").unwrap());
static TEMPLATE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"`([^`\s]+\.(?:html|xml))`").unwrap());

/// What one template uses.
#[derive(Debug, Default, PartialEq)]
struct Usage {
    blocks: BTreeSet<String>,
    /// Templates it extends or includes.
    templates: BTreeSet<String>,
    /// Variables of the page's context, from their root: `module.unit.url`.
    variables: BTreeSet<String>,
    /// Fields of list items and of variables set in the template: `url` in `{{ m.url }}`.
    fields: BTreeSet<String>,
    /// Values printed with `| safe`, named from the context (`module.objectives` for
    /// `{{ objective | safe }}` in `{% for objective in module.objectives %}`).
    html: BTreeSet<String>,
}

/// A variable as written: its root and fields, and the fields read after an index (`url` in
/// `path.modules[0].url`).
struct Chain<'t> {
    names: Vec<&'t str>,
    item_fields: Vec<&'t str>,
}

struct Reader<'n> {
    template: &'n str,
    usage: Usage,
    /// Names set by the template (loop variables, `set`), innermost scope last, each with the
    /// context variable it stands for when it is one.
    scopes: Vec<BTreeMap<String, Option<String>>>,
}

fn usage_of(template: &str, text: &str) -> Usage {
    let mut reader = Reader {
        template,
        usage: Usage::default(),
        scopes: vec![BTreeMap::new()],
    };
    let text = IGNORED.replace_all(text, "");
    for tag in TAG.captures_iter(&text) {
        match (tag.get(1), tag.get(2)) {
            (Some(print), _) => reader.print(print.as_str()),
            (_, Some(statement)) => reader.statement(statement.as_str().trim()),
            _ => {}
        }
    }
    reader.usage
}

fn is_name(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
}

fn tokens(expression: &str) -> Vec<&str> {
    TOKEN
        .find_iter(expression)
        .map(|token| token.as_str())
        .collect()
}

/// The index of the bracket closing the one at `open`, or the end.
fn closing(tokens: &[&str], open: usize) -> usize {
    let mut depth = 0;
    for (at, token) in tokens.iter().enumerate().skip(open) {
        match *token {
            "[" | "(" | "{" => depth += 1,
            "]" | ")" | "}" => {
                depth -= 1;
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// The filters applied from `at` on: `["length"]` for `| length > 1`.
fn filters_from<'t>(tokens: &[&'t str], mut at: usize) -> Vec<&'t str> {
    let mut filters = Vec::new();
    while tokens.get(at) == Some(&"|") {
        let Some(&name) = tokens.get(at + 1) else {
            break;
        };
        filters.push(name);
        at += 2;
        if tokens.get(at) == Some(&"(") {
            at = closing(tokens, at) + 1;
        }
    }
    filters
}

impl Reader<'_> {
    fn print(&mut self, expression: &str) {
        assert!(
            !expression.trim_start().starts_with('<'),
            "{}: this test does not read component calls (`{{{{{expression}}}}}`): teach it",
            self.template
        );
        self.expression(&tokens(expression));
    }

    fn statement(&mut self, statement: &str) {
        let (keyword, rest) = statement
            .split_once(char::is_whitespace)
            .unwrap_or((statement, ""));
        let rest = rest.trim();
        match keyword {
            "if" | "elif" => {
                self.expression(&tokens(rest));
            }
            "for" => self.for_loop(rest, statement),
            // The template's own scope stays, even after a stray `endfor`.
            "endfor" if self.scopes.len() > 1 => {
                self.scopes.pop();
            }
            "set" | "set_global" => {
                let parts = SET
                    .captures(rest)
                    .unwrap_or_else(|| panic!("{}: cannot read `{statement}`", self.template));
                let stands_for = parts
                    .get(2)
                    .and_then(|value| self.expression(&tokens(value.as_str())));
                let scope = if keyword == "set_global" {
                    self.scopes.first_mut()
                } else {
                    self.scopes.last_mut()
                };
                scope.unwrap().insert(parts[1].to_string(), stands_for);
            }
            "block" => {
                self.usage.blocks.insert(rest.to_string());
            }
            "extends" | "include" => {
                self.usage
                    .templates
                    .insert(rest.trim_matches(['"', '\'']).to_string());
            }
            "filter" => {
                self.expression(&tokens(&format!("| {rest}")));
            }
            "endfor" | "else" | "endif" | "endblock" | "endset" | "endfilter" | "break"
            | "continue" => {}
            _ => panic!(
                "{}: this test does not read `{{% {statement} %}}`: teach it which variables the tag uses",
                self.template
            ),
        }
    }

    fn for_loop(&mut self, rest: &str, statement: &str) {
        let parts = FOR
            .captures(rest)
            .unwrap_or_else(|| panic!("{}: cannot read `{statement}`", self.template));
        let all = tokens(parts.get(3).map_or("", |m| m.as_str()));
        // `for x in list if x.shown`: the condition reads the loop variable.
        let split = all.iter().position(|t| *t == "if").unwrap_or(all.len());
        let stands_for = self.expression(&all[..split]);
        let mut scope = BTreeMap::new();
        for name in [parts.get(1), parts.get(2)].into_iter().flatten() {
            scope.insert(name.as_str().to_string(), stands_for.clone());
        }
        self.scopes.push(scope);
        self.expression(&all[split..]);
    }

    /// Records what the expression reads; returns the context variable it starts with, if any.
    fn expression(&mut self, tokens: &[&str]) -> Option<String> {
        let mut first = None;
        let mut at = 0;
        while at < tokens.len() {
            let token = tokens[at];
            let before = |n: usize| at.checked_sub(n).map(|i| tokens[i]);
            let skipped = !is_name(token)
                || KEYWORDS.contains(&token)
                || matches!(before(1), Some("." | "?." | "|" | "is"))
                || (before(1) == Some("not") && before(2) == Some("is"))
                || matches!(tokens.get(at + 1), Some(&("(" | "=")));
            if skipped {
                at += 1;
                continue;
            }
            let (chain, end) = self.chain(tokens, at);
            let variable = self.record(&chain);
            if filters_from(tokens, end).contains(&"safe")
                && let Some(variable) = &variable
            {
                self.usage.html.insert(variable.clone());
            }
            if at == 0 {
                first = variable;
            }
            at = end;
        }
        first
    }

    /// The variable starting at `start`, and where it ends; indexes in it are read too.
    fn chain<'t>(&mut self, tokens: &[&'t str], start: usize) -> (Chain<'t>, usize) {
        let mut chain = Chain {
            names: vec![tokens[start]],
            item_fields: Vec::new(),
        };
        let mut at = start + 1;
        // Fields after an index are fields of an item, not of the variable.
        let mut indexed = false;
        loop {
            match tokens.get(at) {
                Some(&("." | "?.")) if tokens.get(at + 1).is_some_and(|t| is_name(t)) => {
                    let field = tokens[at + 1];
                    if indexed {
                        chain.item_fields.push(field);
                    } else {
                        chain.names.push(field);
                    }
                    at += 2;
                }
                Some(&"[") => {
                    let close = closing(tokens, at);
                    self.expression(&tokens[at + 1..close.min(tokens.len())]);
                    indexed = true;
                    at = close + 1;
                }
                _ => break,
            }
        }
        (chain, at)
    }

    fn record(&mut self, chain: &Chain) -> Option<String> {
        let root = chain.names[0];
        if BUILT_INS.contains(&root) {
            return None;
        }
        let fields = &chain.names[1..];
        self.usage
            .fields
            .extend(chain.item_fields.iter().map(|f| f.to_string()));
        match self.scopes.iter().rev().find_map(|scope| scope.get(root)) {
            Some(stands_for) => {
                let stands_for = stands_for.clone();
                self.usage
                    .fields
                    .extend(fields.iter().map(|f| f.to_string()));
                stands_for.map(|variable| {
                    std::iter::once(variable.as_str())
                        .chain(fields.iter().copied())
                        .collect::<Vec<_>>()
                        .join(".")
                })
            }
            None => {
                let variable = chain.names.join(".");
                self.usage.variables.insert(variable.clone());
                Some(variable)
            }
        }
    }
}

/// The `## ` sections of a Markdown text: heading and text (heading included). Lines inside
/// code fences start no section.
fn sections(markdown: &str) -> Vec<(String, String)> {
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut in_fence = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if !in_fence && line.starts_with("## ") {
            sections.push((line[3..].trim().to_string(), String::new()));
        }
        if let Some((_, text)) = sections.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    sections
}

fn mentioned(name: &str, texts: &[&str]) -> bool {
    let quoted = format!("`{name}`");
    texts.iter().any(|text| text.contains(&quoted))
}

/// `module.unit.url` is described when the reference names it whole, or names `module.unit`
/// and its field `url`.
fn variable_described(variable: &str, texts: &[&str]) -> bool {
    let names: Vec<&str> = variable.split('.').collect();
    (names.len().min(2)..=names.len()).rev().any(|n| {
        mentioned(&names[..n].join("."), texts)
            && names[n..].iter().all(|field| mentioned(field, texts))
    })
}

/// What the reference `markdown` leaves out of the `templates` (name → text).
fn gaps(templates: &BTreeMap<String, String>, markdown: &str) -> Vec<String> {
    let sections = sections(markdown);
    let mut gaps = Vec::new();
    let section = |starting: &str, gaps: &mut Vec<String>| -> String {
        let found = sections
            .iter()
            .find(|(heading, _)| heading.starts_with(starting));
        if found.is_none() {
            gaps.push(format!("the reference has no section `## {starting}`"));
        }
        found.map(|(_, text)| text.clone()).unwrap_or_default()
    };
    let shared: Vec<String> = SHARED_SECTIONS
        .iter()
        .map(|title| section(title, &mut gaps))
        .collect();
    let html = section(HTML_SECTION, &mut gaps);
    for (name, text) in templates {
        let Some((_, own)) = sections.iter().find(|(heading, _)| {
            TEMPLATE_NAME
                .captures(heading)
                .is_some_and(|c| &c[1] == name)
        }) else {
            gaps.push(format!(
                "`{name}` has no section: add one whose heading starts with `## \\`{name}\\``"
            ));
            continue;
        };
        let usage = usage_of(name, text);
        let mut texts = vec![own.as_str()];
        texts.extend(shared.iter().map(String::as_str));
        for block in &usage.blocks {
            if !mentioned(block, &[own]) {
                gaps.push(format!("{name}: its block `{block}` is not described"));
            }
        }
        for used in &usage.templates {
            if !mentioned(used, &[own]) {
                gaps.push(format!(
                    "{name}: the template it uses, `{used}`, is not named"
                ));
            }
        }
        for variable in &usage.variables {
            if !variable_described(variable, &texts) {
                gaps.push(format!(
                    "{name}: the variable `{variable}` is not described"
                ));
            }
        }
        for field in &usage.fields {
            if !mentioned(field, &texts) {
                gaps.push(format!(
                    "{name}: the field `{field}` (of a list's items or a variable set in the template) is not described"
                ));
            }
        }
        for value in &usage.html {
            if !mentioned(value, &[&html]) {
                gaps.push(format!(
                    "{name}: `{value}` is printed with `| safe` but is not listed in `## {HTML_SECTION}`"
                ));
            }
        }
    }
    for (heading, _) in &sections {
        if let Some(named) = TEMPLATE_NAME.captures(heading)
            && !templates.contains_key(&named[1])
        {
            gaps.push(format!(
                "the section `## {heading}` describes a template the default theme does not have"
            ));
        }
    }
    gaps
}

/// Every file under `dir`, by its path relative to `root` with `/`.
fn read_templates(root: &Path, dir: &Path, found: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_templates(root, &path, found);
        } else {
            let name = path.strip_prefix(root).unwrap();
            let name: Vec<String> = name
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            found.insert(name.join("/"), fs::read_to_string(&path).unwrap());
        }
    }
}

fn default_templates() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(TEMPLATES);
    let mut templates = BTreeMap::new();
    read_templates(&root, &root, &mut templates);
    assert!(
        templates.contains_key("base.html"),
        "no templates in {TEMPLATES}"
    );
    templates
}

fn reference() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(REFERENCE)).unwrap()
}

#[test]
fn the_reference_describes_every_block_and_variable_of_the_default_templates() {
    let gaps = gaps(&default_templates(), &reference());
    assert!(
        gaps.is_empty(),
        "{REFERENCE} has fallen behind the default theme:\n- {}",
        gaps.join("\n- ")
    );
}

#[test]
fn a_variable_or_block_left_out_of_the_reference_is_noticed() {
    let templates = default_templates();
    let full = reference();
    let without = |removed: &str| {
        assert!(full.contains(removed), "the reference has no {removed}");
        gaps(&templates, &full.replace(removed, "removed"))
    };
    let gaps = without("`module.quiz_questions`");
    assert!(
        gaps.iter()
            .any(|gap| gap.contains("`module.quiz_questions` is not described")),
        "{gaps:?}"
    );
    let gaps = without("`map_limit`");
    assert!(
        gaps.iter().any(|gap| gap.contains("`map_limit`")),
        "{gaps:?}"
    );
    let gaps = without("`head`");
    assert!(
        gaps.iter()
            .any(|gap| gap.contains("module.html: its block `head`")),
        "{gaps:?}"
    );
    let gaps = without("## `tags.html`");
    assert!(
        gaps.iter()
            .any(|gap| gap.contains("`tags.html` has no section")),
        "{gaps:?}"
    );
}

#[test]
fn context_variables_are_told_apart_from_loop_variables_filters_and_literals() {
    let usage = usage_of(
        "sample.html",
        r#"{% extends "base.html" %}{% block main %}{# {{ hidden }} #}
{%- for m in unit.modules if m.minutes > limit %}{{ m.title | upper }} {{ loop.index }}{% endfor %}
{%- set first = path.modules[0] %}{{ first.url }} {{ path.modules[0].title }}
{%- for item in module.keypoints %}{{ item | safe }}{% endfor %}
{%- if page.kind == "module" and not module.prev is none %}{{ module.content | safe }}{% endif %}
{{ m }} {{ "text" ~ site.title | default(value=root) }}{% include "partials/x.html" %}
{%- endblock main %}"#,
    );
    let set = |names: &[&str]| names.iter().map(|n| n.to_string()).collect();
    assert_eq!(
        usage,
        Usage {
            blocks: set(&["main"]),
            templates: set(&["base.html", "partials/x.html"]),
            variables: set(&[
                "limit",
                "m",
                "module.content",
                "module.keypoints",
                "module.prev",
                "page.kind",
                "path.modules",
                "root",
                "site.title",
                "unit.modules",
            ]),
            fields: set(&["minutes", "title", "url"]),
            html: set(&["module.content", "module.keypoints"]),
        }
    );
}
