//! The course map: every module as a labelled box, prerequisites as arrows, drawn at build time
//! as inline SVG so that it costs no script and looks the same on every host.
//!
//! Rows go from easier to harder: each difficulty level gets a band of rows, and inside a band a
//! module sits below everything it requires ([`layers`]). [`layout`] orders the rows to avoid
//! crossings and places the boxes; this module only decides the rows and writes the SVG.

pub(crate) mod layout;

use std::fmt::Write as _;

use crate::util::graph::Graph;
use crate::util::html::escape_html;
use layout::{Layout, Point, Spacing};

/// What the map shows of one module.
#[derive(Debug, Clone)]
pub(crate) struct MapModule<'a> {
    /// The module's id, for the learner's progress (`data-module`).
    pub id: &'a str,
    pub title: &'a str,
    /// Site-relative URL, such as `basics/first-commit/`.
    pub url: &'a str,
    /// Index into the course's levels (0 = easiest).
    pub difficulty: usize,
    pub difficulty_name: &'a str,
    /// Its reading time as the course's language writes it, such as `12 min`.
    pub minutes: String,
    /// 1-based position of the module's unit among the units; 0 for modules outside units.
    pub unit: usize,
}

/// Sizes of the drawing; `node_height` grows with the longest title (see [`node_height`]).
pub(crate) const SPACING: Spacing = Spacing {
    node_width: 196.0,
    node_height: 72.0,
    node_gap: 20.0,
    layer_gap: 44.0,
    // Room above the first row for its level's label.
    margin: 28.0,
};

/// Characters that fit on one line of a box at the map's font size (an estimate: the font is
/// the reader's system font, so the SVG cannot measure it).
const LINE_CHARS: usize = 21;
/// Titles longer than this many lines are cut (module titles are rarely half this long).
const TITLE_LINES: usize = 4;
const LINE_HEIGHT: f64 = 16.0;

/// A box holds the title's lines, the meta line and a line for the learner's state of the
/// module (written by `progress.js`; empty without JavaScript), with padding around.
fn node_height(title_lines: usize) -> f64 {
    40.0 + LINE_HEIGHT * (title_lines.max(1) + 1) as f64
}
/// Above this many modules a drawing is too big to read (and to download on a phone): the map
/// page then gives the course as a list only.
pub(crate) const MAX_MODULES: usize = 300;

/// Unit colours available in the stylesheet (`map-unit-1` …); more units reuse them.
pub(crate) const UNIT_COLOURS: usize = 8;

/// The row of each module: easier levels above harder ones, and every module below all the
/// modules it requires. `modules` must be in course order (prerequisites first).
pub(crate) fn layers(graph: &Graph, difficulty: &[usize]) -> Vec<usize> {
    let n = graph.len();
    let level_count = difficulty.iter().copied().max().map_or(0, |d| d + 1);
    // How many rows each level needs for its own chains of prerequisites.
    let mut depth = vec![0usize; n];
    let mut band_rows = vec![0usize; level_count];
    for m in 0..n {
        let level = difficulty.get(m).copied().unwrap_or(0);
        depth[m] = graph
            .requires(m)
            .iter()
            .filter(|&&p| p < m && difficulty.get(p) == Some(&level))
            .map(|&p| depth[p] + 1)
            .max()
            .unwrap_or(0);
        band_rows[level] = band_rows[level].max(depth[m] + 1);
    }
    let mut band_start = vec![0usize; level_count];
    for level in 1..level_count {
        band_start[level] = band_start[level - 1] + band_rows[level - 1];
    }
    let mut layer = vec![0usize; n];
    for m in 0..n {
        let level = difficulty.get(m).copied().unwrap_or(0);
        let below_prerequisites = graph
            .requires(m)
            .iter()
            .filter(|&&p| p < m)
            .map(|&p| layer[p] + 1)
            .max()
            .unwrap_or(0);
        layer[m] = below_prerequisites.max(band_start[level]);
    }
    layer
}

/// A drawn map: the `<svg>` element and its width in CSS pixels.
#[derive(Debug, Clone)]
pub(crate) struct MapSvg {
    pub markup: String,
    pub width: f64,
}

/// The map as an `<svg>` element named `label` (its accessible name, in the course's language).
/// Links are `root` + each module's URL.
pub(crate) fn render(modules: &[MapModule], graph: &Graph, root: &str, label: &str) -> MapSvg {
    let difficulty: Vec<usize> = modules.iter().map(|m| m.difficulty).collect();
    let rows = layers(graph, &difficulty);
    let edges: Vec<(usize, usize)> = (0..modules.len())
        .flat_map(|m| graph.requires(m).iter().map(move |&p| (p, m)))
        .collect();
    let titles: Vec<Vec<String>> = modules
        .iter()
        .map(|m| wrap(m.title, LINE_CHARS, TITLE_LINES))
        .collect();
    let lines = titles.iter().map(Vec::len).max().unwrap_or(1).max(2);
    let spacing = Spacing {
        node_height: node_height(lines),
        ..SPACING
    };
    let drawing = layout::layout(&rows, &edges, spacing);
    let boxes = Boxes {
        titles: &titles,
        lines,
        spacing,
    };
    MapSvg {
        markup: svg(modules, &rows, &drawing, &boxes, root, label),
        width: drawing.width.ceil(),
    }
}

/// How the boxes are drawn: each module's title lines and the common box size.
struct Boxes<'a> {
    titles: &'a [Vec<String>],
    /// Title lines every box has room for.
    lines: usize,
    spacing: Spacing,
}

fn svg(
    modules: &[MapModule],
    rows: &[usize],
    drawing: &Layout,
    boxes: &Boxes,
    root: &str,
    label: &str,
) -> String {
    let mut out = String::new();
    let label = escape_html(label);
    let (width, height) = (drawing.width.ceil(), drawing.height.ceil());
    let _ = writeln!(
        out,
        "<svg class=\"course-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"group\" aria-label=\"{label}\">"
    );
    out.push_str("<defs><marker id=\"map-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\"/></marker></defs>\n");

    // A label above the first row of each difficulty band.
    out.push_str("<g class=\"map-levels\" aria-hidden=\"true\">\n");
    let mut labelled: Vec<usize> = Vec::new();
    let mut first_rows: Vec<(usize, &str)> = Vec::new();
    for (m, module) in modules.iter().enumerate() {
        if !labelled.contains(&module.difficulty) {
            labelled.push(module.difficulty);
            let first_row = modules
                .iter()
                .zip(rows)
                .filter(|(other, _)| other.difficulty == module.difficulty)
                .map(|(_, &row)| row)
                .min()
                .unwrap_or(rows[m]);
            first_rows.push((first_row, module.difficulty_name));
        }
    }
    first_rows.sort_unstable();
    for (row, name) in first_rows {
        if let Some(top) = drawing.layer_tops.get(row) {
            let _ = writeln!(
                out,
                "<text class=\"map-level\" x=\"{}\" y=\"{}\">{}</text>",
                num(SPACING.margin),
                num(top - 10.0),
                escape_html(name)
            );
        }
    }
    out.push_str("</g>\n<g class=\"map-edges\" aria-hidden=\"true\">\n");
    for route in &drawing.edges {
        if let Some(d) = curve(route) {
            let _ = writeln!(out, "<path d=\"{d}\" marker-end=\"url(#map-arrow)\"/>");
        }
    }
    out.push_str("</g>\n<g class=\"map-nodes\">\n");
    for ((module, corner), title) in modules.iter().zip(&drawing.nodes).zip(boxes.titles) {
        node(&mut out, module, title, *corner, boxes, root);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

fn node(
    out: &mut String,
    module: &MapModule,
    title: &[String],
    corner: Point,
    boxes: &Boxes,
    root: &str,
) {
    let colour = if module.unit == 0 {
        0
    } else {
        (module.unit - 1) % UNIT_COLOURS + 1
    };
    let (x, y) = (corner.x, corner.y);
    let (width, height) = (boxes.spacing.node_width, boxes.spacing.node_height);
    // The link's accessible name is its text, so the visible words and the name always match.
    let _ = writeln!(
        out,
        "<a class=\"map-node map-unit-{colour}\" href=\"{}{}\" data-module=\"{}\">",
        escape_html(root),
        escape_html(module.url),
        escape_html(module.id)
    );
    if title.join(" ")
        != module
            .title
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    {
        // A title cut short keeps its full text as a tooltip.
        let _ = writeln!(out, "<title>{}</title>", escape_html(module.title));
    }
    let _ = writeln!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"8\"/><rect class=\"map-stripe\" x=\"{}\" y=\"{}\" width=\"6\" height=\"{}\" rx=\"3\"/>",
        num(x),
        num(y),
        num(width),
        num(height),
        num(x + 4.0),
        num(y + 8.0),
        num(height - 16.0)
    );
    // Shorter titles are centred in the room left for the longest.
    let unused = boxes.lines.saturating_sub(title.len()) as f64;
    let first_baseline = y + 24.0 + unused * LINE_HEIGHT / 2.0;
    let _ = write!(out, "<text class=\"map-title\" x=\"{}\">", num(x + 16.0));
    for (i, line) in title.iter().enumerate() {
        // The space keeps words apart in the accessible name, where lines are joined.
        let _ = write!(
            out,
            "<tspan x=\"{}\" y=\"{}\">{}{}</tspan>",
            num(x + 16.0),
            num(first_baseline + LINE_HEIGHT * i as f64),
            escape_html(line),
            if i + 1 < title.len() { " " } else { "" }
        );
    }
    out.push_str("</text>\n");
    let _ = writeln!(
        out,
        "<text class=\"map-meta\" x=\"{}\" y=\"{}\"> {} · {}</text>\n<text class=\"map-state\" x=\"{}\" y=\"{}\"></text>\n</a>",
        num(x + 16.0),
        num(y + height - 12.0 - LINE_HEIGHT),
        escape_html(module.difficulty_name),
        escape_html(&module.minutes),
        num(x + 16.0),
        num(y + height - 12.0),
    );
}

/// A smooth path through the route's points: vertical at both ends of every segment, so that
/// arrows leave and enter the boxes straight.
fn curve(points: &[Point]) -> Option<String> {
    let (first, rest) = points.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let mut d = format!("M{} {}", num(first.x), num(first.y));
    let mut previous = *first;
    for point in rest {
        let middle = (previous.y + point.y) / 2.0;
        let _ = write!(
            d,
            "C{} {} {} {} {} {}",
            num(previous.x),
            num(middle),
            num(point.x),
            num(middle),
            num(point.x),
            num(point.y)
        );
        previous = *point;
    }
    Some(d)
}

/// Coordinates with at most one decimal, so that the markup is short and stable.
fn num(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// Splits `text` into at most `max_lines` lines of about `width` characters at spaces; a word
/// longer than a line is cut, and text that does not fit ends with `…`.
pub(crate) fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let mut word: String = word.to_string();
        loop {
            let needed = current.chars().count() + usize::from(!current.is_empty());
            if needed + word.chars().count() <= width {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(&word);
                break;
            }
            if current.is_empty() {
                // A single word wider than a line: cut it.
                let head: String = word.chars().take(width).collect();
                word = word.chars().skip(width).collect();
                lines.push(head);
                if word.is_empty() {
                    break;
                }
            } else {
                lines.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let mut shortened: String = last.chars().take(width.saturating_sub(1)).collect();
            shortened = shortened.trim_end().to_string();
            shortened.push('…');
            *last = shortened;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_get_their_own_bands_of_rows() {
        // 0 and 1 are beginner (1 requires 0); 2 is intermediate and requires 0; 3 is
        // intermediate with no prerequisites; 4 is advanced and requires 2.
        let graph = Graph::new(5, [(1, 0), (2, 0), (4, 2)]);
        let rows = layers(&graph, &[0, 0, 1, 1, 2]);
        assert_eq!(rows, [0, 1, 2, 2, 3]);
    }

    #[test]
    fn a_harder_prerequisite_still_comes_above() {
        // 1 is beginner but requires 0, which is advanced.
        let graph = Graph::new(2, [(1, 0)]);
        let rows = layers(&graph, &[2, 0]);
        assert!(rows[0] < rows[1], "{rows:?}");
    }

    #[test]
    fn titles_wrap_at_spaces_and_end_with_an_ellipsis() {
        assert_eq!(wrap("Your first commit", 24, 2), ["Your first commit"]);
        assert_eq!(
            wrap("Installing and configuring Git", 24, 2),
            ["Installing and", "configuring Git"]
        );
        assert_eq!(
            wrap("one two three four five six seven eight nine ten", 10, 2),
            ["one two", "three fou…"]
        );
        assert_eq!(
            wrap("Supercalifragilistic", 8, 3),
            ["Supercal", "ifragili", "stic"]
        );
        assert!(wrap("", 8, 2).is_empty());
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(-0.04), "0");
    }
}
