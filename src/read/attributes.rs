//! Pandoc attribute blocks, `{#id .class key=value key="quoted value"}`, as written right after
//! an image, a link or a bracketed span. Parsing only: what each construct accepts is decided
//! where the block is used.

/// A parsed attribute block.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Attributes {
    pub id: Option<String>,
    pub classes: Vec<String>,
    /// `key=value` pairs in the order written.
    pub pairs: Vec<(String, String)>,
}

impl Attributes {
    /// The value of `key`, the last one if it is written twice (as Pandoc does).
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Why a block that starts with `{` is not an attribute block, and where in it (bytes from the
/// `{`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Malformed {
    pub at: usize,
    pub problem: &'static str,
}

/// The longest block read, so that a `{` followed by a whole paragraph is not scanned to its
/// end each time.
const BLOCK_LIMIT: usize = 1000;

/// Reads the attribute block at the start of `text` (which starts with `{`): the attributes
/// and the length of the block, braces included.
pub(crate) fn parse(text: &str) -> Result<(Attributes, usize), Malformed> {
    let mut limit = text.len().min(BLOCK_LIMIT);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let text = &text[..limit];
    let mut attributes = Attributes::default();
    let bytes = text.as_bytes();
    let mut at = 1;
    loop {
        while bytes.get(at).is_some_and(|b| b.is_ascii_whitespace()) {
            at += 1;
        }
        match bytes.get(at) {
            None => return Err(malformed(0, "this attribute block has no closing `}`")),
            Some(b'}') => return Ok((attributes, at + 1)),
            Some(b'#') => {
                let (name, end) = name_at(text, at + 1);
                if name.is_empty() {
                    return Err(malformed(at, "`#` must be followed by an id"));
                }
                attributes.id = Some(name.to_string());
                at = end;
            }
            Some(b'.') => {
                let (name, end) = name_at(text, at + 1);
                if name.is_empty() {
                    return Err(malformed(at, "`.` must be followed by a class name"));
                }
                attributes.classes.push(name.to_string());
                at = end;
            }
            Some(_) => at = pair_at(text, at, &mut attributes)?,
        }
        if bytes
            .get(at)
            .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'}')
        {
            return Err(malformed(at, "attributes must be separated by spaces"));
        }
    }
}

/// A `key=value` pair starting at `at`; the offset after it.
fn pair_at(text: &str, at: usize, attributes: &mut Attributes) -> Result<usize, Malformed> {
    let (key, end) = name_at(text, at);
    if key.is_empty() {
        return Err(malformed(
            at,
            "expected `#id`, `.class` or `key=value` here",
        ));
    }
    if text.as_bytes().get(end) != Some(&b'=') {
        return Err(malformed(end, "a key must be followed by `=` and a value"));
    }
    let (value, end) = value_at(text, end + 1)?;
    attributes.pairs.push((key.to_string(), value));
    Ok(end)
}

/// A name (id, class or key) starting at `at`: everything up to a space, `}`, `=` or quote.
fn name_at(text: &str, at: usize) -> (&str, usize) {
    let rest = text.get(at..).unwrap_or("");
    let len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '}' | '=' | '"' | '\'' | '{'))
        .unwrap_or(rest.len());
    (&rest[..len], at + len)
}

/// A value starting at `at`: quoted (with `\"` for a quote) or bare up to a space or `}`.
fn value_at(text: &str, at: usize) -> Result<(String, usize), Malformed> {
    let rest = text.get(at..).unwrap_or("");
    let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
        let (value, end) = name_at(text, at);
        if value.is_empty() {
            return Err(malformed(at, "a value is missing after `=`"));
        }
        return Ok((value.to_string(), end));
    };
    let mut value = String::new();
    let mut chars = rest.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, next)) = chars.next() {
                    value.push(next);
                }
            }
            c if c == quote => return Ok((value, at + i + 1)),
            c => value.push(c),
        }
    }
    Err(malformed(at, "this quoted value is not closed"))
}

fn malformed(at: usize, problem: &'static str) -> Malformed {
    Malformed { at, problem }
}

/// Whether `name` may be written into a `class` or `id` attribute as it is: letters, digits,
/// `-` and `_`, starting with a letter (other characters could break a selector of the page's
/// own styles and scripts, or look like one).
pub(crate) fn is_safe_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic())
        && chars.all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// The help line for a malformed block.
pub(crate) const HELP: &str = "write attributes as `{#id .class key=value}`, with spaces between them and quotes around values with spaces, such as `{width=40% alt=\"A branch\"}`";

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> (Attributes, usize) {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn ids_classes_and_pairs_are_read_in_order() {
        let (attributes, len) =
            ok("{#fig-graph .wide .dark width=40% alt=\"A \\\"big\\\" graph\"} rest");
        assert_eq!(attributes.id.as_deref(), Some("fig-graph"));
        assert_eq!(attributes.classes, ["wide", "dark"]);
        assert_eq!(attributes.get("width"), Some("40%"));
        assert_eq!(attributes.get("alt"), Some("A \"big\" graph"));
        assert_eq!(
            len,
            "{#fig-graph .wide .dark width=40% alt=\"A \\\"big\\\" graph\"}".len()
        );
    }

    #[test]
    fn single_quotes_newlines_and_empty_blocks() {
        let (attributes, _) = ok("{key='a } b'\n .x}");
        assert_eq!(attributes.get("key"), Some("a } b"));
        assert_eq!(attributes.classes, ["x"]);
        assert_eq!(ok("{}"), (Attributes::default(), 2));
        assert_eq!(ok("{ }").1, 3);
    }

    #[test]
    fn the_last_value_of_a_key_wins() {
        assert_eq!(ok("{a=1 a=2}").0.get("a"), Some("2"));
    }

    #[test]
    fn malformed_blocks_say_where() {
        for (text, at) in [
            ("{.x", 0),
            ("{#}", 1),
            ("{. x}", 1),
            ("{width}", 6),
            ("{width=}", 7),
            ("{alt=\"open}", 5),
            ("{a=1\"b\"}", 4),
        ] {
            let error = parse(text).expect_err(text);
            assert_eq!(error.at, at, "{text}: {error:?}");
        }
        assert!(parse(&format!("{{{}", "a ".repeat(2000))).is_err());
    }

    #[test]
    fn safe_names_are_plain_words() {
        assert!(is_safe_name("fig-graph_2"));
        assert!(is_safe_name("étape"));
        for unsafe_name in ["", "2col", "a\"b", "a<b", "a.b", "-x"] {
            assert!(!is_safe_name(unsafe_name), "{unsafe_name}");
        }
    }
}
