//! Diagrams: the source of a ```` ```mermaid ```` block becomes inline SVG at build time
//! (merman, a Rust implementation of Mermaid), so a page with diagrams needs no script.
//!
//! Four kinds are supported: flowcharts, sequence, state and class diagrams (merman is built
//! with these only, see `Cargo.toml`). Any other kind, a source merman cannot read, or one over
//! [`SOURCE_LIMIT`] is a [`DiagramError`]: the Markdown stage warns and shows the source as
//! code. Without the `diagrams` feature every diagram is such an error.
//!
//! merman's SVG is then made fit for a page: what it does not use is left out ([`trimmed`]);
//! its ids all start with the id given for the diagram (`diagram-1`, the page's first), so two
//! diagrams of one page never share one ([`prefixed_ids`]); and the colours of merman's neutral
//! theme become the palette's variables of `style.css` ([`themed`]), so a diagram follows the
//! light and dark schemes. `diagram.css` only sizes and frames it.

use std::collections::HashSet;
use std::sync::Arc;

use crate::render::highlight::HighlightCache;

/// The largest diagram source read, in bytes: a bigger one is refused with a warning, so a
/// pasted log or a generated graph cannot make a build slow.
pub(crate) const SOURCE_LIMIT: usize = 50 * 1024;

/// A kind of diagram that is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Flowchart,
    Sequence,
    State,
    Class,
}

/// The keywords that start each kind, as Mermaid reads them.
const KEYWORDS: &[(&str, Kind)] = &[
    ("flowchart", Kind::Flowchart),
    ("graph", Kind::Flowchart),
    ("sequenceDiagram", Kind::Sequence),
    ("stateDiagram", Kind::State),
    ("stateDiagram-v2", Kind::State),
    ("classDiagram", Kind::Class),
    ("classDiagram-v2", Kind::Class),
];

/// Every keyword that starts a diagram that is drawn, for suggestions.
pub(crate) fn keywords() -> impl Iterator<Item = &'static str> {
    KEYWORDS.iter().map(|(keyword, _)| *keyword)
}

/// The keywords to name in a warning, one per kind.
pub(crate) const SUPPORTED: &str =
    "`flowchart` (or `graph`), `sequenceDiagram`, `stateDiagram-v2` and `classDiagram`";

/// Why a diagram is shown as its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DiagramError {
    /// Its source is over [`SOURCE_LIMIT`] bytes (how many).
    TooLarge(usize),
    /// Its first word names a kind that is not drawn (`pie`, `gantt`), or none.
    Unsupported(String),
    /// merman cannot read or draw it: its message.
    Invalid(String),
    /// This build of Syllabus has no diagrams (built without the `diagrams` feature).
    Unavailable,
}

/// The kind of diagram a source is, from its first word after Mermaid's front matter
/// (`---` … `---`), directives (`%%{init: …}%%`) and comments (`%% …`).
pub(crate) fn kind_of(source: &str) -> Result<Kind, DiagramError> {
    let mut in_front_matter = false;
    let mut first = true;
    for line in source.lines().map(str::trim) {
        if first && line == "---" {
            in_front_matter = true;
            first = false;
            continue;
        }
        first = false;
        if in_front_matter {
            in_front_matter = line != "---";
            continue;
        }
        if line.is_empty() || line.starts_with("%%") {
            continue;
        }
        let word = line
            .split(|c: char| c.is_whitespace() || c == ';')
            .next()
            .unwrap_or("");
        return KEYWORDS
            .iter()
            .find(|(keyword, _)| *keyword == word)
            .map(|(_, kind)| *kind)
            .ok_or_else(|| DiagramError::Unsupported(word.chars().take(40).collect()));
    }
    Err(DiagramError::Unsupported(String::new()))
}

/// A drawn diagram.
#[derive(Debug, Clone)]
pub(crate) struct Drawn {
    pub kind: Kind,
    /// The title the author gave for assistive technology (Mermaid's `accTitle:`), if any.
    pub title: Option<String>,
    /// As the cache keeps it: `o` and the SVG.
    cached: Arc<str>,
}

impl Drawn {
    pub(crate) fn svg(&self) -> &str {
        self.cached.get(1..).unwrap_or("")
    }
}

/// A diagram's SVG, its ids starting with `id` (an HTML id, unique on the page), from `cache`
/// when this source was drawn with this id before: drawing is the slow part, so a warm build
/// draws nothing. merman's mistakes are kept too, as `e` and the message.
pub(crate) fn render(
    source: &str,
    id: &str,
    cache: &HighlightCache,
) -> Result<Drawn, DiagramError> {
    if source.len() > SOURCE_LIMIT {
        return Err(DiagramError::TooLarge(source.len()));
    }
    let kind = kind_of(source)?;
    if cfg!(not(feature = "diagrams")) {
        return Err(DiagramError::Unavailable);
    }
    let cached = cache.remember("diagram", &format!("{id}\n{source}"), || {
        match draw(source, id) {
            Ok(svg) => format!("o{}", themed(&prefixed_ids(&trimmed(&svg), id), id)),
            Err(message) => format!("e{message}"),
        }
    });
    if let Some(message) = cached.strip_prefix('e') {
        return Err(DiagramError::Invalid(message.to_string()));
    }
    Ok(Drawn {
        kind,
        title: accessible_title(source),
        cached,
    })
}

/// The text of the source's `accTitle:` line.
fn accessible_title(source: &str) -> Option<String> {
    source.lines().find_map(|line| {
        let title = line
            .trim()
            .strip_prefix("accTitle")?
            .trim_start()
            .strip_prefix(':')?;
        Some(title.trim().to_string()).filter(|title| !title.is_empty())
    })
}

/// The SVG without what merman writes into every diagram of a kind and this one does not use:
/// arrowheads (`<marker>`) and icons (`<symbol>`, 14 KB in a sequence diagram) that nothing
/// refers to, and the edges' points in base64 (`data-points`, for scripts); and the numbers of
/// shapes' outlines to hundredths of a pixel (merman writes 16 digits: 4 KB for a circle).
fn trimmed(svg: &str) -> String {
    let mut out = svg.to_string();
    for (open, close) in [("<marker ", "</marker>"), ("<symbol ", "</symbol>")] {
        let mut kept = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(start) = rest.find(open) {
            let Some(length) = rest[start..].find(close) else {
                break;
            };
            let end = start + length + close.len();
            let element = &rest[start..end];
            kept.push_str(&rest[..start]);
            let used = element_id(element).is_none_or(|name| {
                out.contains(&format!("#{name})")) || out.contains(&format!("#{name}\""))
            });
            if used {
                kept.push_str(element);
            }
            rest = &rest[end..];
        }
        kept.push_str(rest);
        out = kept.replace("<defs></defs>", "");
    }
    let mut kept = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(start) = rest.find(" data-points=\"") {
        kept.push_str(&rest[..start]);
        let value = &rest[start + 14..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    kept.push_str(rest);
    let mut out = String::with_capacity(kept.len());
    let mut rest = kept.as_str();
    while let Some(start) = rest.find(" d=\"") {
        let value_start = start + 4;
        let Some(length) = rest[value_start..].find('"') else {
            break;
        };
        out.push_str(&rest[..value_start]);
        out.push_str(&rounded(&rest[value_start..value_start + length]));
        rest = &rest[value_start + length..];
    }
    out.push_str(rest);
    out
}

/// The numbers of a path's outline with at most two decimals.
fn rounded(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let number = &rest[start..];
        let length = number
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(number.len());
        let (digits, after) = number.split_at(length);
        let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
        let exponent = after.starts_with(['e', 'E']);
        match digits.parse::<f64>() {
            Ok(value) if decimals > 2 && !exponent && digits.matches('.').count() == 1 => {
                let short = format!("{value:.2}");
                out.push_str(short.trim_end_matches('0').trim_end_matches('.'));
            }
            _ => out.push_str(digits),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The value of an element's `id` attribute.
fn element_id(element: &str) -> Option<&str> {
    let tag = &element[..element.find('>')?];
    let value = &tag[tag.find(" id=\"")? + 5..];
    Some(&value[..value.find('"')?])
}

/// The SVG with every id it declares starting with `id` (merman prefixes most, not those of a
/// sequence diagram's actors), and the references to them changed to match: one pass, however
/// many ids there are.
fn prefixed_ids(svg: &str, id: &str) -> String {
    /// Where an id is declared or named, and the character that ends it.
    const PLACES: [(&str, char); 3] = [(" id=\"", '"'), ("url(#", ')'), ("href=\"#", '"')];
    let own = |name: &str| {
        name == id
            || name
                .strip_prefix(id)
                .is_some_and(|rest| rest.starts_with(['-', '_']))
    };
    let foreign: HashSet<&str> = svg
        .split(PLACES[0].0)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|name| !own(name))
        .collect();
    if foreign.is_empty() {
        return svg.to_string();
    }
    let mut out = String::with_capacity(svg.len() + foreign.len() * (id.len() + 1) * 2);
    let mut done = 0;
    let mut next = PLACES.map(|(place, _)| svg.find(place));
    while let Some((which, start)) = next
        .iter()
        .enumerate()
        .filter_map(|(which, at)| at.map(|at| (which, at)))
        .min_by_key(|(_, at)| *at)
    {
        let (place, end) = PLACES[which];
        let name_start = start + place.len();
        let name_end = svg[name_start..]
            .find(end)
            .map_or(svg.len(), |length| name_start + length);
        let name = &svg[name_start..name_end];
        out.push_str(&svg[done..name_start]);
        if foreign.contains(name) {
            out.push_str(id);
            out.push('-');
        }
        out.push_str(name);
        done = name_end;
        for (slot, (place, _)) in next.iter_mut().zip(PLACES) {
            if slot.is_some_and(|at| at < done) {
                *slot = svg[done..].find(place).map(|at| done + at);
            }
        }
    }
    out.push_str(&svg[done..]);
    out
}

/// The colours of merman's neutral theme and the palette's colour that takes their place
/// (`style.css`), so that a diagram follows the light and dark schemes and a course's
/// `custom.css`. Unknown colours (an author's `style` lines) are kept.
const PALETTE: &[(&str, &str)] = &[
    ("#000", "var(--text)"),
    ("#000000", "var(--text)"),
    ("black", "var(--text)"),
    ("#111111", "var(--text)"),
    ("#222", "var(--text)"),
    ("#333", "var(--text)"),
    ("#333333", "var(--text)"),
    ("#552222", "var(--caution)"),
    ("#666", "var(--text-soft)"),
    ("#707070", "var(--text-soft)"),
    ("#999", "var(--text-soft)"),
    ("hsl(0, 0%, 83%)", "var(--border)"),
    ("hsl(0, 0%, 83.3333333333%)", "var(--border)"),
    ("hsl(0, 0%, 88.9215686275%)", "var(--border)"),
    ("#e0e0e0", "var(--bg-soft)"),
    ("#eaeaea", "var(--bg-soft)"),
    ("#eee", "var(--bg-soft)"),
    ("#f4f4f4", "var(--bg-soft)"),
    ("hsl(-160, 0%, 93.3333333333%)", "var(--bg-soft)"),
    ("#EDF2AE", "var(--code-bg)"),
    ("hsl(0, 0%, 98.9215686275%)", "var(--code-bg)"),
    ("#fff", "var(--bg)"),
    ("#FFFFFF", "var(--bg)"),
    ("#ffffff", "var(--bg)"),
    ("white", "var(--bg)"),
    ("rgba(255, 255, 255, 0.5)", "var(--bg)"),
    ("rgba(185,185,185,1)", "var(--border)"),
];

/// The presentation attributes that take colours. They cannot hold `var()`, so rules of the
/// diagram's stylesheet, which win over them, set them instead.
const COLOUR_ATTRIBUTES: &[&str] = &["fill", "stroke", "stop-color", "flood-color"];

fn palette_colour(colour: &str) -> Option<&'static str> {
    PALETTE
        .iter()
        .find(|(theme, _)| *theme == colour)
        .map(|(_, ours)| *ours)
}

/// The SVG with merman's colours replaced by the palette's: in its stylesheet and `style`
/// attributes directly, and for presentation attributes by rules added to its stylesheet.
fn themed(svg: &str, id: &str) -> String {
    let mut out = String::with_capacity(svg.len() + 1024);
    let mut attribute_rules = String::new();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    // Each piece of the text is either CSS (a `<style>` element, a `style` attribute) or
    // markup, whose colour attributes are noted.
    // Where the next of each is (searched again only once passed, so that the SVG is read
    // once however many `style` attributes it has).
    let mut done = 0;
    let mut element = svg.find("<style>");
    let mut attribute = svg.find(" style=\"");
    loop {
        if element.is_some_and(|at| at < done) {
            element = svg[done..].find("<style>").map(|at| done + at);
        }
        if attribute.is_some_and(|at| at < done) {
            attribute = svg[done..].find(" style=\"").map(|at| done + at);
        }
        let next = match (
            element.map(|at| (at + 7, "</style>")),
            attribute.map(|at| (at + 8, "\"")),
        ) {
            (Some(a), Some(b)) => Some(if a.0 < b.0 { a } else { b }),
            (a, b) => a.or(b),
        };
        let Some((css_start, close)) = next else {
            note_attributes(&svg[done..], &mut seen);
            out.push_str(&svg[done..]);
            break;
        };
        let markup = &svg[done..css_start];
        note_attributes(markup, &mut seen);
        out.push_str(markup);
        let css_end = svg[css_start..]
            .find(close)
            .map_or(svg.len(), |at| css_start + at);
        out.push_str(&themed_css(&svg[css_start..css_end]));
        done = css_end;
    }
    for (attribute, colour) in seen {
        if let Some(ours) = palette_colour(colour) {
            attribute_rules.push_str(&format!(
                "#{id} [{attribute}=\"{colour}\"]{{{attribute}:{ours}}}"
            ));
        }
    }
    if attribute_rules.is_empty() {
        return out;
    }
    match out.find("</style>") {
        Some(at) => out.insert_str(at, &attribute_rules),
        None => {
            if let Some(at) = out.find('>') {
                out.insert_str(at + 1, &format!("<style>{attribute_rules}</style>"));
            }
        }
    }
    out
}

/// Notes the colours that presentation attributes of `markup` give.
fn note_attributes<'s>(markup: &'s str, seen: &mut Vec<(&'static str, &'s str)>) {
    for attribute in COLOUR_ATTRIBUTES {
        let opening = format!(" {attribute}=\"");
        let mut rest = markup;
        while let Some(at) = rest.find(&opening) {
            rest = &rest[at + opening.len()..];
            let Some(end) = rest.find('"') else { break };
            let colour = &rest[..end];
            if palette_colour(colour).is_some() && !seen.contains(&(attribute, colour)) {
                seen.push((attribute, colour));
            }
            rest = &rest[end..];
        }
    }
}

/// CSS with the theme's colours replaced, token by token (`#eee` is not part of `#eeeeee`).
fn themed_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find(['#', 'h', 'r', 'w', 'b']) {
        let (before, token_start) = rest.split_at(at);
        out.push_str(before);
        let previous = out.chars().next_back();
        let length = colour_token(token_start);
        let token = &token_start[..length.max(1)];
        // A colour is a value: after a colon, a comma, a bracket or a space, never inside a
        // word or a selector (`#diagram-1`, `}#eee{`).
        let standalone = previous.is_none_or(|c| matches!(c, ':' | ',' | '(' | ' '));
        match palette_colour(token).filter(|_| length > 0 && standalone) {
            Some(ours) => out.push_str(ours),
            None => out.push_str(token),
        }
        rest = &token_start[token.len()..];
    }
    out.push_str(rest);
    out
}

/// The length of the colour at the start of `text` (`#eee`, `hsl(…)`, `white`), or 0.
fn colour_token(text: &str) -> usize {
    if let Some(hex) = text.strip_prefix('#') {
        let digits = hex
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(hex.len());
        let next = hex[digits..].chars().next();
        return if next.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
            0
        } else {
            1 + digits
        };
    }
    for function in ["hsl(", "rgba("] {
        if text.starts_with(function) {
            return text.find(')').map_or(0, |end| end + 1);
        }
    }
    for word in ["white", "black"] {
        if text.starts_with(word)
            && !text[word.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
        {
            return word.len();
        }
    }
    0
}

/// merman's SVG, or its message for a source it cannot draw.
#[cfg(feature = "diagrams")]
fn draw(source: &str, id: &str) -> Result<String, String> {
    use merman::{OperationControl, RenderOutput, RenderRequest, SvgRequest};
    let request = SvgRequest {
        options: merman::svg::SvgRenderOptions {
            diagram_id: Some(id.to_string()),
            ..Default::default()
        },
        ..Default::default()
    };
    // merman returns its mistakes as errors; a panic would be its bug, and is one diagram's
    // warning rather than the end of the build.
    // The renderer holds no state that a panic could leave half changed.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        renderer().render(RenderRequest::svg(source, OperationControl::new(), request))
    }));
    match result {
        Ok(Ok(RenderOutput::Svg(Some(svg)))) => Ok(svg.into_parts().0),
        Ok(Ok(_)) => Err("no diagram found".into()),
        Ok(Err(error)) => Err(error.to_string()),
        Err(_) => Err("the diagram renderer failed on it".into()),
    }
}

#[cfg(feature = "diagrams")]
fn renderer() -> &'static merman::Renderer {
    use std::sync::OnceLock;
    static RENDERER: OnceLock<merman::Renderer> = OnceLock::new();
    RENDERER.get_or_init(|| {
        let config = merman::MermaidConfig::from_value(serde_json::json!({
            "theme": "neutral",
            // Labels as SVG text: HTML labels (`foreignObject`) take the page's styles and
            // are cut at the width merman measured for them.
            "htmlLabels": false,
            "flowchart": { "htmlLabels": false },
            "class": { "htmlLabels": false },
            "state": { "htmlLabels": false },
        }));
        merman::Renderer::new().with_engine(merman::Engine::new().with_site_config(config))
    })
}

#[cfg(not(feature = "diagrams"))]
fn draw(_source: &str, _id: &str) -> Result<String, String> {
    Err(String::new())
}

#[cfg(test)]
mod tests;
