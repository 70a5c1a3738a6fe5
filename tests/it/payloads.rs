//! No script injection. `tests/fixtures/payloads` puts a script payload in every field an author
//! writes as text: `course.yaml` (title, description, author, language, levels, path titles and
//! descriptions), `_unit.yaml`, front matter (title, description, difficulty, objectives, key
//! points, tags), every text of a quiz of every question type, and the Markdown text of a body
//! (code, a heading, an image's description and title, a link's title). Every payload names
//! `pwned`, and sets `window.__pwned` or calls `alert` if it ever runs.
//!
//! The built files are read with a small HTML tokenizer (where a browser would see a tag, an
//! attribute, a script or text), and then every page is opened, searched, answered and used in
//! Chromium, where nothing may have run.

use std::fs;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::common::browser::*;
use crate::common::wait;
use crate::common::*;
use headless_chrome::Tab;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Input, Page};
use serde_json::{Value, json};

// The exact texts of some fields of the fixture, as their authors wrote them.
const COURSE_TITLE: &str = "Course <script>window.__pwned='course title'</script>";
const COURSE_DESCRIPTION: &str = "\"><img src=x onerror=\"window.__pwned='course description'\">";
const AUTHOR: &str = "</script><script>window.__pwned='author'</script><!--";
const LEVEL: &str = "easy <svg onload=window.__pwned='level'>";
const UNIT_TITLE: &str = "Unit '><svg onload=window.__pwned='unit title'>";
const PATH_TITLE: &str = "Path <img src=x onerror=window.__pwned='path title'>";
const MODULE_TITLE: &str = "First </script><script>window.__pwned='module title'</script>";
const MODULE_DESCRIPTION: &str = "\"><img src=x onerror=\"window.__pwned='module description'\">";
const TEMPLATE_TITLE: &str = "Second {{ 7*7 }} {% if true %}evaluated{% endif %}";
const LOOSE_TITLE: &str = "javascript:alert('pwned loose title')";

/// The scripts the default theme loads from the site; nothing else may be a `<script src>`.
const THEME_SCRIPTS: &[&str] = &[
    "words.js",
    "syllabus.js",
    "store.js",
    "progress.js",
    "learning.js",
    "offline.js",
    "offline-save.js",
    "search.js",
    "quiz.js",
    "elasticlunr.min.js",
];

// ---- Reading HTML as a browser's tokenizer does ----

#[derive(Debug)]
struct Attribute<'a> {
    name: String,
    value: &'a str,
    quoted: bool,
}

/// A piece of an HTML page, split where a browser's tokenizer splits it.
#[derive(Debug)]
enum Piece<'a> {
    /// A start tag: its name (lowercase), its attributes and its source.
    Tag {
        name: String,
        attributes: Vec<Attribute<'a>>,
        source: &'a str,
    },
    /// The content of a `<script>` or `<style>` element, where `<` starts no tag.
    Raw(&'a str),
    /// Text between tags, entities not decoded.
    Text(&'a str),
    Comment(&'a str),
}

fn tokenize<'a>(html: &'a str) -> Vec<Piece<'a>> {
    let bytes = html.as_bytes();
    let mut pieces = Vec::new();
    let (mut i, mut text_start) = (0, 0);
    let flush = |pieces: &mut Vec<Piece<'a>>, from: usize, to: usize| {
        if from < to {
            pieces.push(Piece::Text(&html[from..to]));
        }
    };
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        let next = rest.as_bytes().get(1).copied().unwrap_or(b' ');
        let after = rest.as_bytes().get(2).copied().unwrap_or(b' ');
        if let Some(comment) = rest.strip_prefix("<!--") {
            flush(&mut pieces, text_start, i);
            let end = comment.find("-->").map_or(html.len(), |e| i + 4 + e + 3);
            pieces.push(Piece::Comment(&html[i..end]));
            (i, text_start) = (end, end);
        } else if next == b'!' || next == b'?' || (next == b'/' && after.is_ascii_alphabetic()) {
            // A doctype or an end tag.
            flush(&mut pieces, text_start, i);
            let end = rest.find('>').map_or(html.len(), |e| i + e + 1);
            (i, text_start) = (end, end);
        } else if next.is_ascii_alphabetic() {
            flush(&mut pieces, text_start, i);
            let (tag, end) = start_tag(html, i);
            let raw =
                matches!(&tag, Piece::Tag { name, .. } if name == "script" || name == "style");
            let close_name = match &tag {
                Piece::Tag { name, .. } => format!("</{name}"),
                _ => unreachable!(),
            };
            pieces.push(tag);
            (i, text_start) = (end, end);
            if raw {
                let close = html[i..]
                    .to_ascii_lowercase()
                    .find(&close_name)
                    .map_or(html.len(), |p| i + p);
                pieces.push(Piece::Raw(&html[i..close]));
                (i, text_start) = (close, close);
            }
        } else {
            i += 1;
        }
    }
    flush(&mut pieces, text_start, html.len());
    pieces
}

fn start_tag(html: &str, start: usize) -> (Piece<'_>, usize) {
    let b = html.as_bytes();
    let len = b.len();
    let mut j = start + 1;
    while j < len && !b[j].is_ascii_whitespace() && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = html[start + 1..j].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while j < len && (b[j].is_ascii_whitespace() || b[j] == b'/') {
            j += 1;
        }
        if j >= len || b[j] == b'>' {
            break;
        }
        let name_start = j;
        j += 1;
        while j < len && !b[j].is_ascii_whitespace() && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let attribute = html[name_start..j].to_ascii_lowercase();
        while j < len && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let (value, quoted) = if j < len && b[j] == b'=' {
            j += 1;
            while j < len && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < len && (b[j] == b'"' || b[j] == b'\'') {
                let quote = b[j] as char;
                let value_start = j + 1;
                let value_end = html[value_start..]
                    .find(quote)
                    .map_or(len, |p| value_start + p);
                j = (value_end + 1).min(len);
                (&html[value_start..value_end], true)
            } else {
                let value_start = j;
                while j < len && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                    j += 1;
                }
                (&html[value_start..j], false)
            }
        } else {
            ("", false)
        };
        attributes.push(Attribute {
            name: attribute,
            value,
            quoted,
        });
    }
    let end = (j + 1).min(len);
    let tag = Piece::Tag {
        name,
        attributes,
        source: &html[start..end],
    };
    (tag, end)
}

/// Decodes character references as a browser does in text and attribute values (the named
/// ones Syllabus and payloads use, and every numeric one).
fn unescape(value: &str) -> String {
    let reference = regex::Regex::new(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);").unwrap();
    reference
        .replace_all(value, |found: &regex::Captures| {
            let name = &found[1];
            let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()
            } else if let Some(decimal) = name.strip_prefix('#') {
                decimal.parse().ok()
            } else {
                match name {
                    "quot" => Some(34),
                    "amp" => Some(38),
                    "apos" => Some(39),
                    "lt" => Some(60),
                    "gt" => Some(62),
                    "Tab" => Some(9),
                    "NewLine" => Some(10),
                    "colon" => Some(58),
                    _ => None,
                }
            };
            code.and_then(char::from_u32)
                .map_or_else(|| found[0].to_string(), String::from)
        })
        .into_owned()
}

/// Whether a URL in an attribute would run script when followed or loaded.
fn runs_script(url: &str) -> bool {
    let cleaned: String = unescape(url)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|scheme| cleaned.starts_with(scheme))
}

/// Whether a `<meta http-equiv="refresh">` content sends the page to a script address.
fn refreshes_to_script(content: &str) -> bool {
    let cleaned = unescape(content).to_ascii_lowercase();
    cleaned
        .split_once("url=")
        .is_some_and(|(_, url)| runs_script(url.trim_matches(|c| c == '\'' || c == '"')))
}

/// The inline script of the default theme's `base.html`, the only inline script a page may have.
fn theme_inline_script() -> String {
    let base = fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .unwrap();
    let start = base.find("<script>").unwrap() + "<script>".len();
    let end = start + base[start..].find("</script>").unwrap();
    base[start..end].to_string()
}

/// Every way a page lets something run that the theme did not put there.
fn injections(html: &str, inline_script: &str) -> Vec<String> {
    const URL_ATTRIBUTES: &[&str] = &[
        "href",
        "src",
        "action",
        "formaction",
        "xlink:href",
        "data",
        "poster",
        "background",
    ];
    let mut found = Vec::new();
    // What the last `<script>` tag was: `Some(None)` loads a file, `Some(Some(json))` is inline.
    let mut script: Option<Option<bool>> = None;
    for piece in tokenize(html) {
        match piece {
            Piece::Tag {
                name,
                attributes,
                source,
            } => {
                if matches!(
                    name.as_str(),
                    "iframe" | "frame" | "object" | "embed" | "base" | "applet"
                ) {
                    found.push(format!("a <{name}> element: {source}"));
                }
                for attribute in &attributes {
                    let key = attribute.name.as_str();
                    if key.starts_with("on") {
                        found.push(format!("an event handler `{key}`: {source}"));
                    }
                    if key == "srcdoc" {
                        found.push(format!("a `srcdoc` document: {source}"));
                    }
                    if URL_ATTRIBUTES.contains(&key) && runs_script(attribute.value) {
                        found.push(format!("`{key}` runs script: {source}"));
                    }
                    if key == "content" && refreshes_to_script(attribute.value) {
                        found.push(format!("a refresh to a script address: {source}"));
                    }
                    // Syllabus always quotes the values it writes: a payload outside quotes
                    // has broken out of an attribute.
                    if key.contains("pwned")
                        || (!attribute.quoted && attribute.value.contains("pwned"))
                    {
                        found.push(format!("a payload outside an attribute value: {source}"));
                    }
                    if key == "style" && attribute.value.contains("pwned") {
                        found.push(format!("a payload in a style: {source}"));
                    }
                }
                let value = |wanted: &str| {
                    attributes
                        .iter()
                        .find(|a| a.name == wanted)
                        .map(|a| a.value)
                };
                if name == "script" {
                    if let Some(src) = value("src") {
                        let file = src.rsplit('/').next().unwrap_or("");
                        if !THEME_SCRIPTS.contains(&file)
                            || src.contains(':')
                            || src.starts_with("//")
                        {
                            found.push(format!("a script that is not the theme's: {source}"));
                        }
                        script = Some(None);
                    } else if value("type") == Some("application/json") {
                        script = Some(Some(true));
                    } else if attributes.is_empty() {
                        script = Some(Some(false));
                    } else {
                        found.push(format!("a script that is not the theme's: {source}"));
                        script = Some(Some(false));
                    }
                } else {
                    script = None;
                }
            }
            Piece::Raw(content) => match script.take() {
                Some(None) if !content.is_empty() => {
                    found.push(format!("a script with a `src` has content: {content}"))
                }
                Some(Some(true)) => {
                    if serde_json::from_str::<Value>(content).is_err() {
                        found.push(format!("a JSON block that does not parse: {content}"));
                    }
                    if content.contains("</") || content.contains("<!--") {
                        found.push(format!("a JSON block that could end its script: {content}"));
                    }
                }
                Some(Some(false)) if content != inline_script => found.push(format!(
                    "an inline script that is not the theme's: {content}"
                )),
                None if content.contains("pwned") => {
                    found.push(format!("a payload in a style sheet: {content}"))
                }
                _ => {}
            },
            Piece::Comment(comment) => {
                if comment.contains("pwned") {
                    found.push(format!("a payload opened or made a comment: {comment}"));
                }
            }
            Piece::Text(_) => {}
        }
    }
    found
}

/// The text a reader sees on a page (entities decoded), without scripts and styles.
fn visible_text(html: &str) -> String {
    tokenize(html)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Text(text) => Some(unescape(text)),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn built() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let result = syllabus(&[
        "build",
        path_str(&fixture("payloads")),
        "-o",
        path_str(&out),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    (dir, out)
}

#[test]
fn the_tokenizer_finds_what_a_browser_would_run() {
    let inline = theme_inline_script();
    let clean = format!(
        "<p title=\"a &lt;b onclick=x&gt;\">&lt;script&gt;pwned</p><script>{inline}</script>\
         <script src=\"../quiz.js\" defer></script><script type=\"application/json\">{{\"a\":\"\\u003c/script\"}}</script>"
    );
    assert_eq!(injections(&clean, &inline), Vec::<String>::new());
    for bad in [
        "<img src=x onerror=\"pwned()\">",
        "<p title=x onmouseover=pwned>",
        "<p title=\"a\" pwned=\"1\">",
        "<a href=\" java&#x09;script:pwned\">",
        "<a href=\"JAVASCRIPT:pwned\">",
        "<meta http-equiv=\"refresh\" content=\"0; url=javascript:pwned\">",
        "<script>window.__pwned=1</script>",
        "<script src=\"https://evil.example/search.js\"></script>",
        "<script type=\"application/json\">{\"a\":\"</script><script>pwned</script>\"}</script>",
        "<svg><script>pwned()</script></svg>",
        "<iframe srcdoc=\"&lt;script&gt;pwned()&lt;/script&gt;\"></iframe>",
        "<p><!-- pwned --></p>",
    ] {
        assert!(!injections(bad, &inline).is_empty(), "not found: {bad}");
    }
}

/// Every HTML and XML file of the built site, read as a browser would: no tag, event handler,
/// script address, script or comment came from a payload; the payloads are shown as the text
/// their authors wrote; template syntax in a field is never evaluated; and the data files hold
/// the payloads as plain JSON strings.
#[test]
fn every_plain_text_field_comes_out_as_text() {
    let (_dir, out) = built();
    let site = read_tree(&out);
    let inline = theme_inline_script();
    let mut problems = Vec::new();
    let mut pages = 0;
    let mut all_text = String::new();
    for (path, bytes) in &site {
        if path.ends_with(".html") || path.ends_with(".xml") || path.ends_with(".svg") {
            pages += 1;
            let html = String::from_utf8_lossy(bytes);
            problems.extend(
                injections(&html, &inline)
                    .into_iter()
                    .map(|p| format!("{path}: {p}")),
            );
            let text = visible_text(&html);
            // Tera never evaluates what an author wrote: `{{ 7*7 }}` stays, 49 never appears.
            if text.split(|c: char| !c.is_ascii_digit()).any(|n| n == "49") {
                problems.push(format!("{path}: `{{{{ 7*7 }}}}` was evaluated to 49"));
            }
            all_text.push_str(&text);
        }
    }
    assert!(pages >= 17, "only {pages} pages");
    assert!(problems.is_empty(), "{problems:#?}");
    for literal in [
        TEMPLATE_TITLE,
        "{{ 7*7 }} hard",
        "{% raw %}",
        "Template syntax in a body is text too: {{ 7*7 }} and {% raw %}.",
    ] {
        assert!(
            all_text.contains(literal),
            "`{literal}` is not shown as written"
        );
    }

    // Each field is shown as the text its author wrote.
    let page = |path: &str| String::from_utf8_lossy(&site[path]).into_owned();
    let element = |path: &str, open: &str, close: &str| {
        let html = page(path);
        let start = html
            .find(open)
            .unwrap_or_else(|| panic!("no {open} in {path}"));
        let end = start + html[start..].find(close).unwrap();
        visible_text(&html[start..end]).trim().to_string()
    };
    assert_eq!(element("index.html", "<h1", "</h1>"), COURSE_TITLE);
    assert_eq!(
        element("index.html", "<p class=\"lead\"", "</p>"),
        COURSE_DESCRIPTION
    );
    assert_eq!(
        element("index.html", "<footer", "</footer>"),
        format!("{AUTHOR} · Made with Syllabus")
    );
    assert_eq!(element("unit/index.html", "<h1", "</h1>"), UNIT_TITLE);
    assert_eq!(
        element("paths/route/index.html", "<h1", "</h1>"),
        PATH_TITLE
    );
    assert_eq!(
        element("unit/first/index.html", "<h1", "</h1>"),
        MODULE_TITLE
    );
    assert_eq!(
        element("unit/first/index.html", "<p class=\"lead\"", "</p>"),
        MODULE_DESCRIPTION
    );
    assert_eq!(
        element("unit/first/index.html", "<span class=\"badge", "</p>"),
        format!("Difficulty:  {LEVEL}   4 min")
    );
    assert_eq!(
        element("unit/second/index.html", "<h1", "</h1>"),
        TEMPLATE_TITLE
    );
    assert_eq!(element("loose/index.html", "<h1", "</h1>"), LOOSE_TITLE);
    assert_eq!(
        element("unit/first/index.html", "<title>", "</title>"),
        format!("{MODULE_TITLE} · {COURSE_TITLE}")
    );
    let first = page("unit/first/index.html");
    let first_text = visible_text(&first);
    for shown in [
        "Objective <img src=x onerror=window.__pwned=",
        "Key point <script>window.__pwned=",
        "<a href=\"javascript:window.__pwned='keypoint link'\">click</a>",
        "<script>window.__pwned='code span'</script>",
        "</pre><script>alert('pwned indented code')</script>",
        "Heading <script>alert(",
        "Which <img src=x onerror=window.__pwned=",
        "<script>window.__pwned='option'</script> this one",
        "Right <img src=x onerror=window.__pwned=",
        "<iframe src=\"javascript:alert('pwned iframe')\"></iframe> wrong",
        "</details><script>alert('pwned truefalse explanation')</script>",
        "</script><script>window.__pwned='answer'</script>",
        "How many <script>alert(",
        "second & “third”",
        "<script>window.__pwned='tag'</script>",
    ] {
        assert!(first_text.contains(shown), "`{shown}` is not shown as text");
    }
    // A quiz pattern reaches the page only as its compiled program: numbers, no author text.
    assert!(!first.contains("pwned pattern"));
    assert!(first.contains("data-program=\"[[["));
    // An order item's button names it once, as text (not `&amp;lt;`).
    assert!(first.contains("aria-label=\"Move “second &amp; “third”” up\""));
    // Markdown links to script addresses keep their words only, wherever they are written.
    for words in [
        "<li>a link</li>",
        "<p class=\"quiz-option-feedback\" hidden>read more</p>",
        "<p class=\"quiz-hint\" hidden>a hint</p>",
        "<p>See the reference and javascript:alert('pwned-autolink').</p>",
    ] {
        assert!(first.contains(words), "`{words}` is not on the page");
    }
    // A heading in a quiz explanation has no attributes of its own.
    assert!(first.contains("<h1>An explanation heading</h1>"));

    // Data files hold the texts as plain strings.
    let course: Value = serde_json::from_slice(&site["course.json"]).unwrap();
    assert_eq!(course["title"], json!(COURSE_TITLE));
    assert_eq!(course["levels"], json!([LEVEL, "{{ 7*7 }} hard"]));
    assert_eq!(course["units"][0]["title"], json!(UNIT_TITLE));
    let titles = |list: &Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|m| m["title"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        titles(&course["modules"]),
        [LOOSE_TITLE, MODULE_TITLE, TEMPLATE_TITLE]
    );
    assert!(titles(&course["paths"]).contains(&PATH_TITLE.to_string()));
    let index: Value = serde_json::from_slice(&site["search-index.json"]).unwrap();
    let modules: Vec<&str> = index["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m[0].as_str().unwrap())
        .collect();
    assert_eq!(modules, [LOOSE_TITLE, MODULE_TITLE, TEMPLATE_TITLE]);
    assert_eq!(index["modules"][1][2], json!(LEVEL));
    assert_eq!(index["modules"][1][4], json!(UNIT_TITLE));
    assert!(
        index["docs"].as_array().unwrap().iter().any(|doc| doc[1]
            .as_str()
            .unwrap()
            .starts_with("Heading <script>alert(")),
        "{}",
        index["docs"]
    );
    // The sitemap holds plain addresses only.
    let sitemap = String::from_utf8_lossy(&site["sitemap.xml"]).into_owned();
    let locations: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</loc>").unwrap()])
        .collect();
    assert!(locations.len() >= 10, "{sitemap}");
    for location in locations {
        assert!(
            location.starts_with('/')
                && location
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/-_.~".contains(c)),
            "{location}"
        );
    }
}

/// Addresses from front matter and `course.yaml` are checked: a script address is an error at
/// its file, line and column, with help, and the command line refuses one too.
#[test]
fn script_addresses_are_errors_at_their_place() {
    let (_guard, course) = course_copy(&fixture("payloads"));
    let module = course.join("modules/unit/first.md");
    let original = fs::read_to_string(&module).unwrap();
    for alias in [
        "javascript:window.__pwned='alias'",
        "JavaScript:alert(1)",
        "/a\\\"onclick=\\\"alert(1)/",
    ] {
        fs::write(
            &module,
            original.replace(
                "aliases: [\"/old/first-page/\"]",
                &format!("aliases: [\"{alias}\"]"),
            ),
        )
        .unwrap();
        let result = syllabus(&["check", path_str(&course)]);
        assert_eq!(result.status.code(), Some(1), "{alias}");
        let report = stderr(&result);
        assert!(
            report.contains("modules/unit/first.md:12:11")
                && report.contains("invalid alias")
                && report.contains("help: write an alias as a path on this site"),
            "{alias}: {report}"
        );
    }
    fs::write(&module, original).unwrap();

    let config = course.join("course.yaml");
    let original = fs::read_to_string(&config).unwrap();
    let line = original.lines().count() + 1;
    for base_url in [
        "javascript:alert('pwned')",
        "JAVASCRIPT:alert(1)//",
        "data:text/html;base64,PHNjcmlwdD4=",
        "//evil.example/",
        "/\\\\evil.example/",
    ] {
        fs::write(&config, format!("{original}base_url: \"{base_url}\"\n")).unwrap();
        let result = syllabus(&["check", path_str(&course)]);
        assert_eq!(result.status.code(), Some(1), "{base_url}");
        let report = stderr(&result);
        assert!(
            report.contains(&format!("course.yaml:{line}:11"))
                && report.contains("invalid `base_url`")
                && report.contains("help: use the address the site is published at"),
            "{base_url}: {report}"
        );
    }
    fs::write(&config, original).unwrap();
    for base_url in ["javascript:alert(1)", "//evil.example/"] {
        let out = course.with_file_name("out");
        let result = syllabus(&[
            "build",
            path_str(&course),
            "-o",
            path_str(&out),
            "--base-url",
            base_url,
        ]);
        assert_eq!(result.status.code(), Some(2), "{base_url}");
        assert!(stderr(&result).contains("invalid `--base-url`"));
    }
}

// ---- In the browser ----
//
// Each call to Chromium costs about 0.1 s (headless_chrome reads its socket with a 100 ms
// timeout), so every step is one script run in the page: it acts, waits for what it expects,
// and audits the page before it returns.

/// Run before any script of every document: dialogs are recorded instead of shown, and
/// `window.__courseData` says once the page has done what it does with `course.json`
/// (progress.js draws the learner's parts then, in one go): `used` (a task queued when the
/// data is ready runs after the page's own handler of it), or why the page could not use it.
const DIALOG_TRAP: &str = "window.__dialogs = [];\
    ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {\
      window[name] = function (message) { window.__dialogs.push(name + ': ' + message); return name === 'confirm' ? false : null; };\
    });\
    (function () {\
    const pageFetch = window.fetch;\
    const done = function (how) { setTimeout(function () { window.__courseData = how; }, 0); };\
    window.fetch = function (resource) {\
      const answer = pageFetch.apply(this, arguments);\
      if (!String(resource).endsWith('course.json')) return answer;\
      return answer.then(function (response) {\
        if (!response.ok) done('HTTP ' + response.status);\
        const json = response.json;\
        response.json = function () {\
          const data = json.call(response);\
          data.then(function () { done('used'); }, function (error) { done('unreadable: ' + error); });\
          return data;\
        };\
        return response;\
      }, function (error) { done('not fetched: ' + error); throw error; });\
    };\
    })();";

/// The helpers of every step: waiting, reading text, and the audit of what ran or appeared
/// (`window.__pwned`, dialogs, event-handler attributes, frames, script addresses, scripts
/// that are not the theme's), read after the theme's scripts have drawn the page.
fn prelude(inline: &str) -> String {
    format!(
        r#"
// Checks `test` every 10 ms until it holds; gives up after 15 s (below the 20 s for which
// headless_chrome waits for an answer), which only bounds a test that hangs.
const until = async (test, what) => {{
  const deadline = Date.now() + 15000;
  while (!test()) {{
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${{what}} at ${{location.href}} \
(${{document.readyState}}, course data: ${{window.__courseData}}, seen: ${{window.__seen}})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }}
}};
const text = (selector) => {{
  const el = document.querySelector(selector);
  return el ? el.textContent.trim() : 'no element ' + selector;
}};
const texts = (selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent.trim());
const audit = () => {{
  const theme = {theme}, inline = {inline};
  const problems = [];
  const safeUrl = (value) => {{
    try {{ return /^(https?|mailto):$/.test(new URL(value, document.baseURI).protocol); }}
    catch (e) {{ return true; }}
  }};
  for (const el of document.querySelectorAll('*')) {{
    for (const a of Array.from(el.attributes)) {{
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${{el.localName}} ${{name}}="${{a.value}}">`);
      if (name === 'srcdoc') problems.push(`<${{el.localName}} srcdoc>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].includes(name) && !safeUrl(a.value))
        problems.push(`<${{el.localName}} ${{name}}="${{a.value}}">`);
    }}
    if (['iframe', 'frame', 'object', 'embed', 'base'].includes(el.localName)) problems.push(`<${{el.localName}}>`);
  }}
  for (const s of document.querySelectorAll('script')) {{
    if (s.hasAttribute('src')) {{
      const url = new URL(s.src);
      if (url.origin !== location.origin || !theme.includes(url.pathname.split('/').pop())) problems.push(`script ${{s.src}}`);
    }} else if (s.type === 'application/json') {{
      try {{ JSON.parse(s.textContent); }} catch (e) {{ problems.push('a JSON block that does not parse'); }}
    }} else if (s.textContent !== inline) problems.push(`inline script ${{s.textContent.slice(0, 100)}}`);
  }}
  return {{
    pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
    dialogs: window.__dialogs === undefined ? 'the dialog trap is missing' : window.__dialogs,
    problems,
  }};
}};
"#,
        theme = serde_json::to_string(THEME_SCRIPTS).unwrap(),
        inline = serde_json::to_string(inline).unwrap(),
    )
}

/// The learner's tab.
struct Visit {
    tab: Arc<Tab>,
    base: String,
    prelude: String,
    /// The address of the current document, without its fragment.
    current: String,
    dialogs: Arc<Mutex<Vec<String>>>,
    errors: Arc<Mutex<Vec<String>>>,
    audits: usize,
}

impl Visit {
    /// Runs `body` (the inside of an async function) in the page, then audits the page.
    /// Returns what the body returned, or the error it threw.
    fn run(&mut self, body: &str) -> Result<Value, String> {
        let script = format!(
            "(async () => {{ {prelude}\ntry {{ const result = await (async () => {{ {body}\n}})(); \
             window.__seen = true; \
             return JSON.stringify({{ result: result === undefined ? null : result, audit: audit() }}); }} \
             catch (e) {{ return JSON.stringify({{ error: String(e) }}); }} }})()",
            prelude = self.prelude
        );
        let value = self
            .tab
            .evaluate(&script, true)
            .map_err(|e| e.to_string())?
            .value;
        let report: Value =
            serde_json::from_str(value.as_ref().and_then(Value::as_str).ok_or("no answer")?)
                .map_err(|e| e.to_string())?;
        if let Some(error) = report["error"].as_str() {
            return Err(error.to_string());
        }
        Ok(report)
    }

    fn assert_clean(&mut self, report: &Value, context: &str) {
        self.audits += 1;
        let audit = &report["audit"];
        assert_eq!(audit["pwned"], Value::Null, "{context}: a payload ran");
        assert_eq!(audit["dialogs"], json!([]), "{context}: a dialog opened");
        assert_eq!(audit["problems"], json!([]), "{context}");
        let dialogs = self.dialogs.lock().unwrap();
        assert!(
            dialogs.is_empty(),
            "{context}: a dialog opened: {dialogs:?}"
        );
        let errors = self.errors.lock().unwrap();
        assert!(errors.is_empty(), "{context}: {errors:#?}");
    }

    /// One step on the current page: `body` acts and returns what the test should see.
    fn step(&mut self, context: &str, body: &str) -> Value {
        let report = self
            .run(body)
            .unwrap_or_else(|error| panic!("{context}: {error}"));
        self.assert_clean(&report, context);
        report["result"].clone()
    }

    /// Opens a page of the site, waits until the theme's scripts have drawn it, and audits it.
    fn open(&mut self, page: &str) {
        let url = format!("{}{page}", self.base);
        self.go(&url, &url);
    }

    /// Loads `url` as a new document, which shows `landing` once it has settled (another page
    /// for a redirect), and audits it.
    fn go(&mut self, url: &str, landing: &str) {
        let without_fragment = |u: &str| u.split('#').next().unwrap_or("").to_string();
        if without_fragment(url) == self.current {
            // A link within the same document would not load it again.
            self.tab.navigate_to("about:blank").unwrap();
        }
        self.tab.navigate_to(url).unwrap();
        let landing = without_fragment(landing);
        // `__seen` is set by every step: a document without it is the new one.
        let wait = format!(
            "await until(() => location.href.split('#')[0] === {landing:?} && window.__seen === undefined && \
             document.readyState === 'complete' && \
             (!document.querySelector('script[src$=\"progress.js\"]') || window.__courseData !== undefined), \
             'the page {landing}');"
        );
        // The script may start in the document being replaced, and end with it: then it runs
        // again, in the new one.
        let report = wait::until(&format!("{url} to load"), || self.run(&wait));
        self.current = landing;
        self.assert_clean(&report, &format!("on {url}"));
    }

    /// Types `text` into the focused field, as one input of the keyboard.
    fn type_text(&self, text: &str) {
        self.tab
            .call_method(Input::InsertText {
                text: text.to_string(),
            })
            .unwrap();
    }
}

fn visit() -> Option<(headless_chrome::Browser, Visit)> {
    let browser = browser(375, 800)?;
    let site = payload_site();
    let tab = new_tab(&browser, 375, 800);
    tab.call_method(Page::AddScriptToEvaluateOnNewDocument {
        source: DIALOG_TRAP.to_string(),
        world_name: None,
        include_command_line_api: None,
        run_immediately: None,
    })
    .unwrap();
    let dialogs = Arc::new(Mutex::new(Vec::new()));
    let sink = dialogs.clone();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        if let Event::PageJavascriptDialogOpening(e) = event {
            sink.lock().unwrap().push(e.params.message.clone());
        }
    }))
    .unwrap();
    let errors = record_errors(&tab, &site.base);
    let visit = Visit {
        tab,
        base: site.base.clone(),
        prelude: prelude(&theme_inline_script()),
        current: String::new(),
        dialogs,
        errors,
        audits: 0,
    };
    Some((browser, visit))
}

/// In Chromium: every page, then a learner's whole use of the site (quizzes answered right and
/// wrong with their feedback, hints and answers shown; searches typed, payloads included, and
/// every result opened; modules marked done, a goal, My learning, the completion record with a
/// payload as the learner's name, progress files with payloads imported). After each step
/// nothing has run, no dialog has opened, no error was logged and the page holds nothing the
/// theme did not make; and the payloads are on the pages as the text their authors wrote.
#[test]
fn no_payload_runs_in_the_browser() {
    let started = Instant::now();
    let Some((_browser, mut v)) = visit() else {
        return;
    };
    let site = payload_site();

    // Every page, as it first appears (a redirect page, where it leads).
    let pages = all_pages(&site.out);
    assert!(pages.len() >= 17, "{pages:?}");
    for page in &pages {
        let url = format!("{}{page}", v.base);
        let html = fs::read_to_string(site.out.join(page).join("index.html"))
            .or_else(|_| fs::read_to_string(site.out.join(page)))
            .unwrap();
        let refresh = "http-equiv=\"refresh\" content=\"0; url=";
        let landing = match html.find(refresh) {
            Some(at) => {
                let target = &html[at + refresh.len()..];
                let target = &target[..target.find('"').unwrap()];
                // Relative to the page's folder.
                let mut parts: Vec<&str> = page.split('/').filter(|p| !p.is_empty()).collect();
                for part in target.split('/').filter(|p| !p.is_empty()) {
                    if part == ".." {
                        parts.pop();
                    } else {
                        parts.push(part);
                    }
                }
                format!("{}{}/", v.base, parts.join("/"))
            }
            None => url.clone(),
        };
        v.go(&url, &landing);
    }

    // The payloads are on the pages, as text.
    let shown = |v: &mut Visit, page: &str, selectors: &[&str]| -> Vec<String> {
        v.open(page);
        let list = serde_json::to_string(selectors).unwrap();
        let value = v.step(page, &format!("return {list}.map(text);"));
        serde_json::from_value(value).unwrap()
    };
    assert_eq!(
        shown(&mut v, "", &["h1", ".lead", ".site-footer", ".unit h2 a"]),
        [
            COURSE_TITLE,
            COURSE_DESCRIPTION,
            &format!("{AUTHOR} · Made with Syllabus"),
            UNIT_TITLE
        ]
    );
    assert_eq!(shown(&mut v, "paths/route/", &["h1"]), [PATH_TITLE]);
    assert_eq!(shown(&mut v, "unit/second/", &["h1"]), [TEMPLATE_TITLE]);
    assert_eq!(shown(&mut v, "map/", &[".map-level"]), [LEVEL]);
    assert_eq!(shown(&mut v, "loose/", &["h1"]), [LOOSE_TITLE]);

    // Every question of the quiz, answered wrong and then right, with its feedback, hint and
    // explanation shown.
    v.open("unit/first/");
    let seen = v.step(
        "answering the quiz",
        r#"
const form = (id) => document.getElementById(id);
const retry = (f) => { if (!f.querySelector('.quiz-retry').hidden) f.querySelector('.quiz-retry').click(); };
const verdict = (id) => text(`#${id} .quiz-feedback`).split('.')[0];
const choose = (id, options) => {
  const f = form(id);
  retry(f);
  for (const li of f.querySelectorAll('.quiz-option')) {
    const input = li.querySelector('input');
    if (options.some((o) => li.querySelector('.quiz-option-text').textContent.startsWith(o)) !== input.checked) input.click();
  }
  f.querySelector('.quiz-check').click();
  return verdict(id);
};
const answer = (id, value) => {
  const f = form(id);
  retry(f);
  f.querySelector('.quiz-input').value = value;
  f.querySelector('.quiz-check').click();
  return verdict(id);
};
const seen = {};
seen.title = text('h1');
seen.toc = texts('.toc li');
document.querySelectorAll('.quiz-hint-button').forEach((b) => b.click());
seen.hint = text('#quiz-1-1 .quiz-hint');
seen.single = [choose('quiz-1-1', ['that one'])];
seen.wrongFeedback = text('#quiz-1-1 .is-incorrect .quiz-option-feedback');
seen.explanation = text('#quiz-1-1 .quiz-explanation');
seen.single.push(choose('quiz-1-1', ['<script>']));
seen.rightFeedback = text('#quiz-1-1 .is-correct .quiz-option-feedback');
seen.multiple = [choose('quiz-1-2', ['first', '<iframe'])];
seen.multipleFeedback = text('#quiz-1-2 .is-incorrect .quiz-option-feedback');
seen.multipleExplanation = text('#quiz-1-2 .quiz-explanation');
seen.multiple.push(choose('quiz-1-2', ['first', 'second']));
seen.truefalse = [choose('quiz-1-3', ['False']), choose('quiz-1-3', ['True'])];
seen.text = [
  answer('quiz-1-4', "<img src=x onerror=alert('pwned typed')>"),
  answer('quiz-1-4', "</script><script>window.__pwned='answer'</script>"),
  answer('quiz-1-4', "</script><script>alert('pwned pattern')</script>"),
];
seen.number = [answer('quiz-1-5', '49'), answer('quiz-1-5', '3')];
form('quiz-1-6').querySelector('.quiz-check').click();
seen.order = [verdict('quiz-1-6')];
retry(form('quiz-1-6'));
const list = form('quiz-1-6').querySelector('.quiz-order');
[...list.children].sort((a, b) => a.dataset.position - b.dataset.position).forEach((li) => list.appendChild(li));
form('quiz-1-6').querySelector('.quiz-check').click();
seen.order.push(verdict('quiz-1-6'));
seen.summary = text('.quiz-summary');
// The answers written out for readers without JavaScript, opened and drawn.
await Promise.all([...document.querySelectorAll('details')].filter((d) => !d.open).map((d) =>
  new Promise((resolve) => { d.addEventListener('toggle', resolve, { once: true }); d.open = true; })));
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
return seen;
"#,
    );
    let wrong_then_right = json!(["✗ Not quite", "✓ Correct!"]);
    assert_eq!(seen["title"], json!(MODULE_TITLE));
    assert_eq!(
        seen["toc"],
        json!([
            "Heading <script>alert(‘pwned heading’)</script>",
            "A second heading <img src=x onerror=alert(‘pwned heading 2’)>"
        ])
    );
    assert_eq!(seen["hint"], json!("<svg onload=window.__pwned=‘hint’>"));
    assert_eq!(seen["single"], wrong_then_right);
    assert_eq!(
        seen["wrongFeedback"],
        json!("</script><script>window.__pwned=‘wrong feedback’</script>")
    );
    assert_eq!(
        seen["explanation"],
        json!("“><img src=x onerror=\"window.__pwned='explanation'\">")
    );
    assert_eq!(
        seen["rightFeedback"],
        json!("Right <img src=x onerror=window.__pwned=‘feedback’>")
    );
    assert_eq!(seen["multiple"], wrong_then_right);
    assert_eq!(
        seen["multipleFeedback"],
        json!("<!-- comment --><script>alert('pwned multiple wrong feedback')</script>")
    );
    assert_eq!(
        seen["multipleExplanation"],
        json!("An explanation heading\nSee the reference and javascript:alert('pwned-autolink').")
    );
    assert_eq!(seen["truefalse"], wrong_then_right);
    assert_eq!(
        seen["text"],
        json!(["✗ Not quite", "✓ Correct!", "✓ Correct!"])
    );
    assert_eq!(seen["number"], wrong_then_right);
    assert_eq!(seen["order"], wrong_then_right);
    assert_eq!(seen["summary"], json!("So far: 6 of 6 correct."));

    // Search: payloads typed as queries, every result opened.
    let mut results: Vec<String> = Vec::new();
    for query in [
        "pwned",
        "script",
        "module title",
        "<img src=x onerror=alert('pwned query')>",
        "\"><svg onload=window.__pwned=6>",
        "<zzzq onqqqz=1>",
    ] {
        v.open("unit/second/");
        // `window.shownFor`: the query of the results on show, read each time search.js says
        // how many it found.
        v.step(
            "focusing the search field",
            "const input = document.querySelector('.search-input');\n\
             const message = document.querySelector('.search-message');\n\
             new MutationObserver(() => { if (!/Loading/.test(message.textContent)) window.shownFor = input.value.trim(); })\n\
               .observe(message, { childList: true, characterData: true, subtree: true });\n\
             input.focus();",
        );
        v.type_text(query);
        let found = v.step(
            &format!("searching `{query}`"),
            &format!(
                "const message = () => document.querySelector('.search-message').textContent;\n\
                 await until(() => window.shownFor === {query:?}, 'the results');\n\
                 return {{ message: message(), \
                   titles: [...document.querySelectorAll('.search-result-title')].map((t) => t.firstChild.textContent), \
                   links: [...document.querySelectorAll('.search-results a')].map((a) => a.href) }};"
            ),
        );
        if query == "module title" {
            assert!(
                found["titles"]
                    .as_array()
                    .unwrap()
                    .contains(&json!(MODULE_TITLE)),
                "{found}"
            );
        }
        if found["titles"].as_array().unwrap().is_empty() {
            assert!(
                found["message"].as_str().unwrap().contains(query),
                "the query is not shown as text: {found}"
            );
        }
        for link in found["links"].as_array().unwrap() {
            let link = link.as_str().unwrap().to_string();
            if !results.contains(&link) {
                results.push(link);
            }
        }
    }
    assert!(results.len() >= 3, "{results:?}");
    for result in &results {
        v.go(result, result);
    }

    // The learner's pages, drawn from course data: modules done, a goal, My learning.
    for page in ["unit/first/", "unit/second/"] {
        v.open(page);
        v.step(
            &format!("marking {page} done"),
            "document.querySelector('.done-toggle').click();\n\
             await until(() => document.querySelector('.done-toggle').getAttribute('aria-pressed') === 'true', 'the module done');",
        );
    }
    v.open("loose/");
    v.step(
        "choosing a goal",
        "document.querySelector('.goal-toggle').click();\n\
         await until(() => document.querySelector('.goal-toggle').getAttribute('aria-pressed') === 'true', 'the goal');",
    );
    for page in [
        "map/",
        "paths/",
        "paths/route/",
        "paths/listed/",
        "unit/",
        "tags/",
    ] {
        v.open(page);
    }
    assert!(
        shown(&mut v, "", &[".personal-home"])[0].contains(LOOSE_TITLE),
        "the goal is not shown on the home page"
    );
    v.open("learning/");
    let options = v.step(
        "reading My learning",
        "await until(() => !document.querySelector('.learning').hidden, 'My learning');\n\
         return texts('.goal-choice option').join('\\n');",
    );
    for title in [MODULE_TITLE, TEMPLATE_TITLE, PATH_TITLE] {
        assert!(
            options.as_str().unwrap().contains(title),
            "`{title}` is not a goal to choose: {options}"
        );
    }

    // Progress files are the learner's own input: payloads in them are refused or kept as text.
    let foreign = "<img src=x onerror=alert('pwned import')>";
    let at = 1_700_000_000_000_u64;
    let files = json!([
        {"format": "syllabus-progress", "version": 1, "course": {"title": foreign, "base_url": "/"},
         "progress": {"modules": {}, "visits": {}, "goal": null}},
        {"format": "syllabus-progress", "version": 1,
         "course": {"title": COURSE_TITLE, "base_url": "/payloads/"},
         "progress": {"modules": {foreign: {"done": true, "at": at}, "loose": {"done": true, "at": at}},
                      "visits": {foreign: at}, "goal": {"type": "path", "id": foreign, "at": at * 2}},
         "quizzes": {foreign: {"score": 1, "total": 1, "last": foreign}}}
    ]);
    let said = v.step(
        "importing progress files with payloads",
        &format!(
            "const input = document.querySelector('.import-progress');\n\
             const said = [];\n\
             for (const file of {files}) {{\n\
               const data = new DataTransfer();\n\
               data.items.add(new File([JSON.stringify(file)], 'progress.json', {{ type: 'application/json' }}));\n\
               input.files = data.files;\n\
               const before = text('.data-status');\n\
               input.dispatchEvent(new Event('change', {{ bubbles: true }}));\n\
               await until(() => text('.data-status') !== before, 'the import');\n\
               said.push(text('.data-status'));\n\
             }}\n\
             return said;"
        ),
    );
    assert_eq!(
        said[0],
        json!(format!(
            "This file holds progress for “{foreign}”, not for this course. Nothing was changed."
        ))
    );
    assert!(said[1].as_str().unwrap().starts_with("Imported."), "{said}");
    v.open("learning/");
    v.open("");

    // The completion record of a finished path, with a payload as the learner's name.
    v.open("learning/record/?path=route");
    v.step(
        "focusing the name",
        "await until(() => !document.querySelector('.record').hidden, 'the record');\n\
         document.querySelector('.record-name').focus();",
    );
    let name = "<svg onload=alert('pwned name')>";
    v.type_text(name);
    let record = v.step(
        "reading the record",
        "await until(() => text('.record-statement').startsWith('<svg'), 'the name');\n\
         return [text('.record-course'), text('.record-statement')];",
    );
    assert_eq!(record[0], json!(COURSE_TITLE));
    assert!(
        record[1].as_str().unwrap().starts_with(&format!(
            "{name} completed the learning path “{PATH_TITLE}” of {COURSE_TITLE} on "
        )),
        "{record}"
    );
    v.open("learning/record/?path=%3Cscript%3Ealert(%22pwned%20param%22)%3C%2Fscript%3E");
    let missing = v.step(
        "reading the record of a path that does not exist",
        "await until(() => !document.querySelector('.record-missing').hidden, 'the message');\n\
         return text('.record-missing');",
    );
    assert_eq!(
        missing,
        json!("There is no such learning path in this course. See your progress")
    );
    eprintln!(
        "{} audits of {} pages and every step in {:.1} s",
        v.audits,
        pages.len(),
        started.elapsed().as_secs_f64()
    );
}
