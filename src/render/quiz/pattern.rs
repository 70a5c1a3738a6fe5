//! The `pattern` of a `text` question. The build reads it with regex-syntax (the syntax of Rust's
//! `regex`, matched against the whole answer, ignoring case) and compiles it into a small
//! automaton, which `quiz.js` runs over the answer's characters with every live state at once
//! (Thompson's simulation, as a Pike VM without captures). So the browser gives the verdict
//! `regex` gives, in time proportional to the answer's length times the program's size, and no
//! author text ever becomes a JavaScript `RegExp` (a backtracking engine, with another syntax).
//!
//! The program travels in the page as JSON, `[classes, code]`:
//! - a class is a sorted list of code-point ranges `lo, hi, lo, hi, …`, each bound written as its
//!   difference from the one before (most are small numbers);
//! - an instruction is `[op, …]`: `[0, class]` reads one character of the class, `[1, targets…]`
//!   goes on at every target, `[2]` and `[3]` hold at the start and end of the answer, `[4]`
//!   is the match. Execution starts at 0; every other instruction goes on at the next one.

use std::collections::HashMap;
use std::ops::Range;

use regex_syntax::ast::{self, AssertionKind, Ast, Flag, Flags, FlagsItemKind, GroupKind};
use regex_syntax::hir::{self, Class, Hir, HirKind, Look};

/// The most a program may weigh: its instructions plus the targets of its forks, which is the
/// most work the browser does for one character of an answer.
pub(crate) const MAX_STEPS: usize = 5_000;

/// The most code-point ranges the classes of one program may have (they make most of its size
/// in the page: `\w` alone has about 800).
pub(crate) const MAX_RANGES: usize = 5_000;

const CLASS: usize = 0;
const FORK: usize = 1;
const START: usize = 2;
const END: usize = 3;
const MATCH: usize = 4;

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Program {
    /// Inclusive code-point ranges, `[lo, hi, lo, hi, …]`, sorted and apart.
    classes: Vec<Vec<u32>>,
    code: Vec<Vec<usize>>,
}

/// Why a pattern was refused; `span` is the byte range of the offending part of the pattern,
/// when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PatternError {
    pub message: String,
    pub span: Option<Range<usize>>,
    pub help: String,
}

impl PatternError {
    fn new(
        message: impl Into<String>,
        span: Option<Range<usize>>,
        help: impl Into<String>,
    ) -> Self {
        PatternError {
            message: message.into(),
            span,
            help: help.into(),
        }
    }
}

const SYNTAX_HELP: &str = "use a regular expression such as `git +status( -s)?` (the syntax of \
    Rust's `regex` crate); lookaround and backreferences are not supported";

/// Compiles `pattern`, meant to match a whole answer, ignoring case.
pub(crate) fn compile(pattern: &str) -> Result<Program, PatternError> {
    let syntax = |kind: &dyn std::fmt::Display, span: &ast::Span| {
        PatternError::new(
            format!("invalid `pattern`: {kind}"),
            Some(span.start.offset..span.end.offset),
            SYNTAX_HELP,
        )
    };
    let tree = ast::parse::Parser::new()
        .parse(pattern)
        .map_err(|e| syntax(e.kind(), e.span()))?;
    ast::visit(&tree, Refusals)?;
    let hir = hir::translate::TranslatorBuilder::new()
        .case_insensitive(true)
        .build()
        .translate(pattern, &tree)
        .map_err(|e| syntax(e.kind(), e.span()))?;
    let mut compiler = Compiler::default();
    compiler.emit(&hir)?;
    compiler.push(vec![MATCH])?;
    Ok(Program {
        classes: compiler.classes,
        code: compiler.code,
    })
}

impl Program {
    /// The program as the page carries it (see the module's documentation).
    pub(crate) fn to_json(&self) -> String {
        let classes: Vec<Vec<u32>> = self
            .classes
            .iter()
            .map(|bounds| {
                let mut previous = 0;
                bounds
                    .iter()
                    .map(|&bound| {
                        let difference = bound.saturating_sub(previous);
                        previous = bound;
                        difference
                    })
                    .collect()
            })
            .collect();
        serde_json::to_string(&(classes, &self.code)).unwrap_or_default()
    }
}

/// Finds what the browser's program could not do as `regex` does, at its place in the pattern.
struct Refusals;

const WHOLE_ANSWER: &str = "a `pattern` always matches the whole answer";

impl ast::Visitor for Refusals {
    type Output = ();
    type Err = PatternError;

    fn finish(self) -> Result<(), PatternError> {
        Ok(())
    }

    fn visit_pre(&mut self, tree: &Ast) -> Result<(), PatternError> {
        match tree {
            Ast::Assertion(assertion) => match assertion.kind {
                AssertionKind::StartLine
                | AssertionKind::EndLine
                | AssertionKind::StartText
                | AssertionKind::EndText => Ok(()),
                _ => Err(PatternError::new(
                    "word boundaries are not supported in a `pattern`",
                    Some(span(&assertion.span)),
                    format!(
                        "{WHOLE_ANSWER}: write what may stand between words instead, such as `git +status` or `git\\s+status`"
                    ),
                )),
            },
            Ast::Flags(set) => check_flags(&set.flags),
            Ast::Group(group) => match &group.kind {
                GroupKind::NonCapturing(flags) => check_flags(flags),
                _ => Ok(()),
            },
            _ => Ok(()),
        }
    }
}

fn check_flags(flags: &Flags) -> Result<(), PatternError> {
    let mut negated = false;
    for item in &flags.items {
        match item.kind {
            FlagsItemKind::Negation => negated = true,
            FlagsItemKind::Flag(Flag::CaseInsensitive) if negated => {
                return Err(PatternError::new(
                    "a `pattern` always ignores case",
                    Some(span(&item.span)),
                    "remove `-i`: answers are compared in lower case, so a pattern cannot ask for capitals",
                ));
            }
            FlagsItemKind::Flag(flag @ (Flag::MultiLine | Flag::CRLF)) if !negated => {
                let name = if flag == Flag::MultiLine { 'm' } else { 'R' };
                return Err(PatternError::new(
                    format!("the `{name}` flag does not apply to a `pattern`"),
                    Some(span(&item.span)),
                    format!(
                        "remove `{name}`: an answer is one line, and `^` and `$` already mean its start and end"
                    ),
                ));
            }
            FlagsItemKind::Flag(_) => {}
        }
    }
    Ok(())
}

fn span(span: &ast::Span) -> Range<usize> {
    span.start.offset..span.end.offset
}

#[derive(Default)]
struct Compiler {
    classes: Vec<Vec<u32>>,
    class_ids: HashMap<Vec<u32>, usize>,
    ranges: usize,
    code: Vec<Vec<usize>>,
    /// Instructions plus fork targets so far (see `MAX_STEPS`).
    steps: usize,
}

fn not_text() -> PatternError {
    PatternError::new(
        "this `pattern` matches bytes that are not text",
        None,
        "leave out `(?-u)` with escapes such as `\\xFF`: a pattern matches characters",
    )
}

fn too_complex(reason: &str, help: &str) -> PatternError {
    PatternError::new(
        format!("this `pattern` is too complex: {reason}"),
        None,
        help,
    )
}

impl Compiler {
    fn emit(&mut self, hir: &Hir) -> Result<(), PatternError> {
        match hir.kind() {
            HirKind::Empty => {}
            HirKind::Literal(hir::Literal(bytes)) => {
                let text = std::str::from_utf8(bytes).map_err(|_| not_text())?;
                for c in text.chars() {
                    self.class(vec![u32::from(c), u32::from(c)])?;
                }
            }
            HirKind::Class(Class::Unicode(class)) => self.class(
                class
                    .ranges()
                    .iter()
                    .flat_map(|r| [u32::from(r.start()), u32::from(r.end())])
                    .collect(),
            )?,
            // Bytes below 0x80 are the ASCII characters; regex-syntax refuses other bytes in a
            // pattern that must match text (utf8 mode), so they do not reach here either.
            HirKind::Class(Class::Bytes(class)) if class.is_ascii() => self.class(
                class
                    .ranges()
                    .iter()
                    .flat_map(|r| [u32::from(r.start()), u32::from(r.end())])
                    .collect(),
            )?,
            HirKind::Class(Class::Bytes(_)) => return Err(not_text()),
            HirKind::Look(Look::Start) => self.push(vec![START])?,
            HirKind::Look(Look::End) => self.push(vec![END])?,
            // `Refusals` turned away every other assertion with its place in the pattern.
            HirKind::Look(look) => {
                return Err(PatternError::new(
                    format!("`{}` is not supported in a `pattern`", look.as_char()),
                    None,
                    WHOLE_ANSWER,
                ));
            }
            HirKind::Repetition(repetition) => self.repetition(repetition)?,
            HirKind::Capture(capture) => self.emit(&capture.sub)?,
            HirKind::Concat(parts) => {
                for part in parts {
                    self.emit(part)?;
                }
            }
            HirKind::Alternation(branches) => self.alternation(branches)?,
        }
        Ok(())
    }

    /// Counts `steps` more against `MAX_STEPS`.
    fn spend(&mut self, steps: usize) -> Result<(), PatternError> {
        self.steps += steps;
        if self.steps > MAX_STEPS {
            return Err(too_complex(
                &format!("it needs more than {MAX_STEPS} steps for each character of an answer"),
                "repeat less (`{100}` writes out what it repeats a hundred times, and repeats inside repeats multiply), or list the accepted answers in `answers`",
            ));
        }
        Ok(())
    }

    fn push(&mut self, instruction: Vec<usize>) -> Result<(), PatternError> {
        let targets = if instruction.first() == Some(&FORK) {
            instruction.len() - 1
        } else {
            0
        };
        self.spend(1 + targets)?;
        self.code.push(instruction);
        Ok(())
    }

    /// Points the fork at `at` (pushed as `[FORK]`) at `targets`.
    fn aim(&mut self, at: usize, targets: &[usize]) -> Result<(), PatternError> {
        self.spend(targets.len())?;
        self.code[at].extend_from_slice(targets);
        Ok(())
    }

    fn here(&self) -> usize {
        self.code.len()
    }

    fn class(&mut self, bounds: Vec<u32>) -> Result<(), PatternError> {
        let id = match self.class_ids.get(&bounds) {
            Some(&id) => id,
            None => {
                self.ranges += bounds.len() / 2;
                if self.ranges > MAX_RANGES {
                    return Err(too_complex(
                        &format!("its character classes have more than {MAX_RANGES} ranges"),
                        "use smaller classes: `[a-z]` rather than `\\w` or `\\p{L}`, which hold every letter of every script",
                    ));
                }
                let id = self.classes.len();
                self.classes.push(bounds.clone());
                self.class_ids.insert(bounds, id);
                id
            }
        };
        self.push(vec![CLASS, id])
    }

    fn alternation(&mut self, branches: &[Hir]) -> Result<(), PatternError> {
        let fork = self.here();
        self.push(vec![FORK])?;
        let mut starts = Vec::with_capacity(branches.len());
        let mut exits = Vec::with_capacity(branches.len());
        for (i, branch) in branches.iter().enumerate() {
            starts.push(self.here());
            self.emit(branch)?;
            if i + 1 < branches.len() {
                exits.push(self.here());
                self.push(vec![FORK])?;
            }
        }
        self.aim(fork, &starts)?;
        let end = self.here();
        for exit in exits {
            self.aim(exit, &[end])?;
        }
        Ok(())
    }

    fn repetition(&mut self, repetition: &hir::Repetition) -> Result<(), PatternError> {
        let sub = &repetition.sub;
        let min = repetition.min;
        match repetition.max {
            None if min == 0 => {
                let fork = self.here();
                self.push(vec![FORK])?;
                self.emit(sub)?;
                self.push(vec![FORK, fork])?;
                self.aim(fork, &[fork + 1, self.here()])?;
            }
            None => {
                self.copies(sub, min - 1)?;
                let start = self.here();
                self.emit(sub)?;
                self.push(vec![FORK, start, self.here() + 1])?;
            }
            Some(max) => {
                self.copies(sub, min)?;
                let mut forks = Vec::new();
                for _ in min..max {
                    forks.push(self.here());
                    self.push(vec![FORK])?;
                    self.emit(sub)?;
                }
                let end = self.here();
                for fork in forks {
                    self.aim(fork, &[fork + 1, end])?;
                }
            }
        }
        Ok(())
    }

    /// `count` copies of `sub` one after the other. A copy that adds nothing means they all
    /// add nothing, which must not take `{4000000000}` turns.
    fn copies(&mut self, sub: &Hir, count: u32) -> Result<(), PatternError> {
        for _ in 0..count {
            let before = self.here();
            self.emit(sub)?;
            if self.here() == before {
                break;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
