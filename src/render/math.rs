//! Formulas: the LaTeX of `$...$` and `$$...$$` becomes MathML Core at build time (math-core),
//! which every current browser draws natively, so a page with formulas needs no script.

use std::ops::Range;
use std::path::Path;

use math_core::{LatexToMathML, MathCoreConfig, MathDisplay, PrettyPrint};

use crate::diagnostics::{Diagnostic, Located};
use crate::util::html::escape_html;

/// The course's formulas: its macros, checked once.
#[derive(Debug, Default)]
pub struct MathRenderer {
    macros: Vec<(String, String)>,
    /// For formulas of YAML fields, which are not numbered.
    fields: LatexToMathML,
}

/// A formula that cannot be read: where in its LaTeX, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MathError {
    pub range: Range<usize>,
    pub message: String,
}

impl MathRenderer {
    /// The renderer for a course's macros (`math: { macros: ... }` of `course.yaml`). A macro
    /// that cannot be read is an error at its definition, and is left out.
    pub(crate) fn new(
        macros: &[(String, Located)],
        file: &Path,
        text: &str,
    ) -> (Self, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut kept = Vec::new();
        for (name, definition) in macros {
            match check_macro(name, &definition.value) {
                Ok(()) => kept.push((name.clone(), definition.value.clone())),
                Err(message) => problems.push(
                    Diagnostic::error(format!("the macro `\\{name}` cannot be read: {message}"))
                    .at(file, text, definition.position)
                    .with_help("write the definition as LaTeX math, with `#1`, `#2` for arguments, such as `\"\\\\mathbb{#1}\"`; in YAML, double each backslash inside double quotes"),
                ),
            }
        }
        let fields = LatexToMathML::new(config(kept.clone())).unwrap_or_default();
        (
            MathRenderer {
                macros: kept,
                fields,
            },
            problems,
        )
    }

    /// The macros in use, for the memo of rendered pages.
    pub(crate) fn macros(&self) -> &[(String, String)] {
        &self.macros
    }

    /// A converter for the formulas of one page, which numbers its equations and resolves its
    /// `\label`/`\eqref` pairs.
    pub(crate) fn page(&self) -> PageMath {
        PageMath {
            converter: LatexToMathML::new(config(self.macros.clone())).unwrap_or_default(),
        }
    }

    /// A formula of a YAML field (an objective, a quiz text): as MathML, not numbered.
    pub(crate) fn field(&self, latex: &str, display: bool) -> Result<String, MathError> {
        let result = self.fields.convert_with_local_state(latex, mode(display));
        finish(latex, display, result)
    }
}

/// The formulas of one page.
pub(crate) struct PageMath {
    converter: LatexToMathML,
}

impl PageMath {
    pub(crate) fn convert(&mut self, latex: &str, display: bool) -> Result<String, MathError> {
        let result = self
            .converter
            .convert_with_global_state(latex, mode(display));
        finish(latex, display, result)
    }
}

/// Reads a macro's definition and uses it once, with as many arguments as it names (`#1`,
/// `#2`), so that its mistakes are found where it is defined rather than where it is used.
fn check_macro(name: &str, definition: &str) -> Result<(), String> {
    let single = vec![(name.to_string(), definition.to_string())];
    let converter =
        LatexToMathML::new(config(single)).map_err(|(error, _, _)| error.error_message())?;
    let arguments = (1..=9)
        .rev()
        .find(|n| definition.contains(&format!("#{n}")))
        .unwrap_or(0);
    let use_once = format!("\\{name}{}", "{x}".repeat(arguments));
    converter
        .convert_with_local_state(&use_once, MathDisplay::Inline)
        .map(|_| ())
        .map_err(|error| error.error_message())
}

fn config(macros: Vec<(String, String)>) -> MathCoreConfig {
    MathCoreConfig {
        pretty_print: PrettyPrint::Never,
        macros,
        ..MathCoreConfig::default()
    }
}

fn mode(display: bool) -> MathDisplay {
    if display {
        MathDisplay::Block
    } else {
        MathDisplay::Inline
    }
}

/// The MathML with the LaTeX as its text alternative; display formulas in a box that scrolls
/// sideways rather than widen a phone's page.
fn finish(
    latex: &str,
    display: bool,
    result: Result<math_core::ConvertResult, Box<math_core::LatexError>>,
) -> Result<String, MathError> {
    let converted = result.map_err(|error| MathError {
        range: error.0.clone(),
        message: error.error_message(),
    })?;
    let alt = format!(" alttext=\"{}\"", escape_html(latex.trim()));
    let mathml = match converted.mathml.strip_prefix("<math") {
        Some(rest) => format!("<math{alt}{rest}"),
        None => converted.mathml,
    };
    Ok(if display {
        format!("<span class=\"math-display\">{mathml}</span>")
    } else {
        mathml
    })
}

/// Finds, in the text events of one text, what looks like a formula that pulldown-cmark did not
/// read as one (a `$` right before a LaTeX command): it happens when the formula's braces do
/// not balance or its closing `$` is missing. The parser gives such a `$` as a text of its own.
#[derive(Debug, Default)]
pub(crate) struct UnreadFormulas {
    after_dollar: bool,
}

impl UnreadFormulas {
    /// Whether this text event starts such a formula (or continues the `$` just before it).
    pub(crate) fn check(&mut self, text: &str) -> bool {
        let found = text.contains("$\\") || (self.after_dollar && text.starts_with('\\'));
        self.after_dollar = text.ends_with('$');
        found
    }
}

/// The message for a formula of a YAML field that cannot be read.
pub(crate) fn field_message(latex: &str, error: &MathError) -> String {
    if error.message == UNREAD_FORMULA {
        format!("{UNREAD_FORMULA} (`{latex}`)")
    } else {
        format!("the formula `{latex}` cannot be read: {}", error.message)
    }
}

/// The message for what [`UnreadFormulas`] finds.
pub(crate) const UNREAD_FORMULA: &str = "this `$` starts a formula that is not read as one: its braces do not balance, or its closing `$` is missing";

/// The words of a formula, for the search index: text (`\text{speed}`), names (`\alpha`,
/// `\sin`) and words of letters, without commands, braces and operators.
pub(crate) fn words(latex: &str) -> String {
    let mut words: Vec<&str> = Vec::new();
    let mut rest = latex;
    while let Some(start) = rest.find(|c: char| c.is_alphanumeric() || c == '\\') {
        rest = &rest[start..];
        let command = rest.starts_with('\\');
        let body = if command { &rest[1..] } else { rest };
        let end = body
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(body.len());
        let word = &body[..end];
        if !word.is_empty() && (!command || NAMED.contains(&word)) && word.chars().count() > 1 {
            words.push(word);
        }
        rest = &body[end.max(usize::from(!command && end == 0))..];
    }
    words.join(" ")
}

/// Commands whose names are words a learner may search for.
const NAMED: &[&str] = &[
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
    "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi",
    "Omega", "sin", "cos", "tan", "log", "ln", "exp", "lim", "max", "min", "det", "sum", "int",
    "sqrt", "infty", "nabla", "partial",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;

    #[test]
    fn formulas_become_mathml_with_their_source_as_alternative() {
        let math = MathRenderer::default();
        let inline = math
            .field(r"\bar v = \frac{\Delta x}{\Delta t}", false)
            .unwrap();
        assert!(
            inline.starts_with("<math alttext=\"\\bar v = \\frac{\\Delta x}{\\Delta t}\""),
            "{inline}"
        );
        assert!(inline.contains("<mfrac>"), "{inline}");
        let display = math.field(r"\sum_{i=1}^n i", true).unwrap();
        assert!(
            display.starts_with("<span class=\"math-display\"><math alttext="),
            "{display}"
        );
        assert!(display.contains("display=\"block\""), "{display}");
    }

    #[test]
    fn mistakes_say_where_in_the_formula() {
        let math = MathRenderer::default();
        let error = math.field(r"x + \foo{y}", false).unwrap_err();
        assert_eq!(error.range.start, 4);
        assert!(error.message.contains("\\foo"), "{}", error.message);
        let error = math.field(r"\frac{a}{b", false).unwrap_err();
        assert!(error.message.contains('}'), "{}", error.message);
    }

    #[test]
    fn course_macros_are_used_and_broken_ones_reported() {
        let good = Located {
            value: r"\mathbb{R}".into(),
            position: Position::new(3, 9, 10),
        };
        let bad = Located {
            value: r"\frac{".into(),
            position: Position::new(4, 9, 6),
        };
        let text = "title: T\nmath:\n  macros:\n    R: \"\\\\mathbb{R}\"\n    B: \"\\\\frac{\"\n";
        let (math, problems) = MathRenderer::new(
            &[("R".into(), good), ("B".into(), bad)],
            Path::new("course.yaml"),
            text,
        );
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("`\\B` cannot be read"),
            "{}",
            problems[0].message
        );
        let html = math.field(r"x \in \R", false).unwrap();
        assert!(html.contains("ℝ"), "{html}");
    }

    #[test]
    fn equations_of_a_page_are_numbered_and_referenced() {
        let mut page = MathRenderer::default().page();
        let first = page
            .convert(
                r"\begin{align} E = mc^2 \label{eq:energy} \end{align}",
                true,
            )
            .unwrap();
        assert!(first.contains("(1)"), "{first}");
        let reference = page.convert(r"\eqref{eq:energy}", false).unwrap();
        assert!(reference.contains("(1)"), "{reference}");
    }

    #[test]
    fn search_words_leave_the_latex_out() {
        assert_eq!(words(r"\bar v = \frac{\Delta x}{\Delta t}"), "Delta Delta");
        assert_eq!(words(r"\text{speed} = \alpha \cdot 42"), "speed alpha 42");
    }
}
