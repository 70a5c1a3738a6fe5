//! The compiler's programs against `regex` itself, through a port of quiz.js's simulation (the
//! real quiz.js runs the same comparison in Chromium, in `tests/it/browser.rs`), and its refusals.

use proptest::prelude::*;

use super::*;

/// quiz.js's `matches`, line for line, on the JSON the page carries.
fn run(json: &str, text: &str) -> bool {
    let (differences, code): (Vec<Vec<u32>>, Vec<Vec<usize>>) =
        serde_json::from_str(json).expect("the program is JSON");
    let classes: Vec<Vec<u32>> = differences
        .iter()
        .map(|d| {
            d.iter()
                .scan(0, |bound, difference| {
                    *bound += difference;
                    Some(*bound)
                })
                .collect()
        })
        .collect();
    let chars: Vec<u32> = text.chars().map(u32::from).collect();
    let mut seen = vec![usize::MAX; code.len()];
    let follow = |live: &mut Vec<usize>, seen: &mut [usize], step: usize, pc: usize, at: usize| {
        let mut pending = vec![pc];
        while let Some(pc) = pending.pop() {
            if seen[pc] == step {
                continue;
            }
            seen[pc] = step;
            let op = &code[pc];
            match op[0] {
                FORK => pending.extend(op[1..].iter().rev()),
                START | END => {
                    if at == if op[0] == START { 0 } else { chars.len() } {
                        pending.push(pc + 1);
                    }
                }
                _ => live.push(pc),
            }
        }
    };
    let mut live = Vec::new();
    follow(&mut live, &mut seen, 0, 0, 0);
    for (at, &c) in chars.iter().enumerate() {
        if live.is_empty() {
            break;
        }
        let mut next = Vec::new();
        for &pc in &live {
            let op = &code[pc];
            let bounds = &classes.get(op.get(1).copied().unwrap_or(0));
            let inside = bounds.is_some_and(|b| b.chunks(2).any(|r| r[0] <= c && c <= r[1]));
            if op[0] == CLASS && inside {
                follow(&mut next, &mut seen, at + 1, pc + 1, at + 1);
            }
        }
        live = next;
    }
    live.iter().any(|&pc| code[pc][0] == MATCH)
}

/// What quiz.js does to an answer before checking it.
fn normalise(answer: &str) -> String {
    answer
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `regex`'s verdict on the normalised answer, the meaning a `pattern` is documented to have.
fn regex_verdict(pattern: &str, answer: &str) -> bool {
    regex::Regex::new(&format!("(?i)^(?:{pattern})$"))
        .expect("regex accepts what the build accepts")
        .is_match(&normalise(answer))
}

fn verdict(pattern: &str, answer: &str) -> bool {
    let program = compile(pattern).unwrap_or_else(|e| panic!("{pattern}: {e:?}"));
    run(&program.to_json(), &normalise(answer))
}

/// Patterns of the issue and of real quizzes, with answers right and wrong.
const VERDICTS: &[(&str, &str, bool)] = &[
    (r"\Agit\z", "git", true),
    (r"\Agit\z", "Git", true),
    (r"\Agit\z", "gitk", false),
    (r"[[:alpha:]]+", "Status", true),
    (r"[[:alpha:]]+", "git2", false),
    (r"[[:alpha:]]+", ":alpha", false),
    (r"(?i)git", "GIT", true),
    (r"(?i)git", "(?i)git", false),
    (r"(a+)+b", "aaab", true),
    (r"(a+)+b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", false),
    (r"git +status( -s)?", "  Git   STATUS ", true),
    (r"git +status( -s)?", "git status -s", true),
    (r"git +status( -s)?", "git status -", false),
    (
        r"git cat-file -p( [0-9a-f]+| head| main)?",
        "git cat-file -p 3f2a",
        true,
    ),
    (
        r"git cat-file -p( [0-9a-f]+| head| main)?",
        "git cat-file -p 3g",
        false,
    ),
    (r"ÄÖ", "äö", true),
    (r"ÄÖ", "ÄÖ", true),
    (r"äö", "ÄÖ", true),
    (r"ÄÖ", "ao", false),
    (r"straße", "STRASSE", false),
    (r"straße", "STRAẞE", true),
    (r"σ+", "ΣΣς", true),
    (r"\w+", "日本語", true),
    (r"\d+", "٣٤", true),
    (r"\p{Greek}+", "λόγος", true),
    (r"\p{Greek}+", "logos", false),
    (r"k", "\u{212A}", true),
    (r"[^a]", "A", false),
    (r"[^a]", "é", true),
    (r".", "😀", true),
    (r"..", "😀", false),
    (r"a{2,3}", "aaaa", false),
    (r"a{2,3}", "aaa", true),
    (r"(?x) git \s status ", "git status", true),
    (r"^yes$|^no$", "no", true),
    (r"colou?r|", "", true),
    (r"(?:)*x", "x", true),
    (r"[a-c&&b]", "b", true),
    (r"[a-c&&b]", "a", false),
    (r"(?s).+", "one two", true),
    (r"a$b", "ab", false),
    (r"a\Ab", "ab", false),
    (r"(?:a|$)+", "aa", true),
];

#[test]
fn programs_give_the_verdicts_of_regex_on_the_whole_answer_ignoring_case() {
    for &(pattern, answer, expected) in VERDICTS {
        assert_eq!(
            regex_verdict(pattern, answer),
            expected,
            "regex on {pattern:?} / {answer:?}"
        );
        assert_eq!(
            verdict(pattern, answer),
            expected,
            "program of {pattern:?} on {answer:?}"
        );
    }
}

#[test]
fn an_answer_that_makes_a_backtracking_engine_explode_is_read_once() {
    let answer = format!("{}!", "a".repeat(100_000));
    assert!(!verdict("(a+)+b", &answer));
    assert!(verdict("(a+)+!", &answer));
    assert!(!verdict("(a|aa)*c", &answer));
}

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "a",
        "b",
        "A",
        "é",
        "É",
        "ß",
        "ſ",
        "k",
        "K",
        "σ",
        "Σ",
        " ",
        "1",
        ".",
        r"\d",
        r"\w",
        r"\s",
        "[a-c]",
        "[^a]",
        "[[:alpha:]]",
        r"\p{Greek}",
        "|",
        "(",
        ")",
        "(?:",
        "*",
        "+",
        "?",
        "*?",
        "{2}",
        "{1,3}",
        "{2,}",
        "^",
        "$",
        r"\A",
        r"\z",
        "(?i)",
        "(?s)",
        "(?x)",
        "(?U)",
        "(?i:",
    ])
}

fn answer() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a", "a", "b", "A", "é", "É", "ß", "ẞ", "ſ", "k", "K", "\u{212A}", " ", "1", "٣", "σ",
            "ς", "Σ", "λ",
        ]),
        0..4,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn random_patterns_give_the_verdicts_of_regex(
        pieces in prop::collection::vec(piece(), 1..8),
        answers in prop::collection::vec(answer(), 1..12),
    ) {
        let pattern = pieces.concat();
        let Ok(program) = compile(&pattern) else {
            return Ok(());
        };
        let json = program.to_json();
        for answer in &answers {
            prop_assert_eq!(
                run(&json, &normalise(answer)),
                regex_verdict(&pattern, answer),
                "{:?} on {:?}", pattern, answer
            );
        }
    }
}

fn refused(pattern: &str) -> PatternError {
    match compile(pattern) {
        Ok(_) => panic!("{pattern:?} was accepted"),
        Err(error) => error,
    }
}

/// The message of the refusal of `pattern` and the part of the pattern it points at.
fn refusal(pattern: &str) -> (String, &str) {
    let error = refused(pattern);
    let at = error.span.map_or("", |span| &pattern[span]);
    (error.message, at)
}

#[test]
fn what_would_mean_something_else_is_refused_at_its_place() {
    for (pattern, message, at) in [
        (
            r"git\b",
            "word boundaries are not supported in a `pattern`",
            r"\b",
        ),
        (
            r"a\Bb",
            "word boundaries are not supported in a `pattern`",
            r"\B",
        ),
        (
            r"\<git\>",
            "word boundaries are not supported in a `pattern`",
            r"\<",
        ),
        (
            r"x\b{end}",
            "word boundaries are not supported in a `pattern`",
            r"\b{end}",
        ),
        (
            r"(?m)^git$",
            "the `m` flag does not apply to a `pattern`",
            "m",
        ),
        (
            r"a(?sR:b)",
            "the `R` flag does not apply to a `pattern`",
            "R",
        ),
        (r"(?-i)Git", "a `pattern` always ignores case", "i"),
        (r"(?s-ix)Git", "a `pattern` always ignores case", "i"),
        (
            r"(?=git)git",
            "invalid `pattern`: look-around, including look-ahead and look-behind, is not supported",
            "(?=",
        ),
        (
            r"(a)\1",
            "invalid `pattern`: backreferences are not supported",
            r"\1",
        ),
        (
            r"git [unclosed",
            "invalid `pattern`: unclosed character class",
            "[",
        ),
        (r"a)(b", "invalid `pattern`: unopened group", ")"),
        (
            r"\p{Klingon}",
            "invalid `pattern`: Unicode property not found",
            r"\p{Klingon}",
        ),
        (
            r"(?-u:\xFF)",
            "invalid `pattern`: pattern can match invalid UTF-8",
            r"\xFF",
        ),
    ] {
        assert_eq!(refusal(pattern), (message.to_string(), at), "{pattern}");
    }
    // Flags that change nothing here, or what `regex` means anyway, are fine.
    for pattern in ["(?-m)^git$", "(?i)git", "(?s).", "(?U)a+", "(?-s:.)"] {
        assert!(compile(pattern).is_ok(), "{pattern}");
    }
}

#[test]
fn programs_too_big_for_the_browser_are_refused() {
    // 2,600 classes of two ranges each (all but one CJK character), in fewer steps than allowed.
    let many_classes: String = ('\u{4e00}'..='\u{9fff}')
        .take(2_600)
        .map(|c| format!("[^{c}]"))
        .collect();
    for (pattern, reason) in [
        ("a{1000}{1000}", "steps"),
        ("(?:a{100}){100}", "steps"),
        ("(?:ab|cd){2000}", "steps"),
        ("a{0,4000000000}", "steps"),
        ("x{5001}", "steps"),
        (&many_classes, "ranges"),
    ] {
        let error = refused(pattern);
        assert!(
            error.message.starts_with("this `pattern` is too complex")
                && error.message.contains(reason),
            "{pattern}: {error:?}"
        );
        assert_eq!(error.span, None);
    }
    // Just under the limits, and repeats of nothing, which add nothing.
    assert!(compile("x{4998}").is_ok());
    assert!(verdict("(?:){4000000000}(?:(?:)*){4000000000}", ""));
}

#[test]
fn a_program_is_small_and_shares_its_classes() {
    let program = compile(r"\w+ \w+ \w+").unwrap();
    assert_eq!(program.classes.len(), 2, "`\\w` once, and the space");
    assert_eq!(
        compile("git").unwrap().to_json(),
        "[[[71,0,32,0],[73,0,32,0],[84,0,32,0]],[[0,0],[0,1],[0,2],[4]]]"
    );
}
