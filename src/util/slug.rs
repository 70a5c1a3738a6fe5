//! Turning titles and names into URL pieces and heading anchors.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// The form in which two names are the same file on a case-insensitive, normalising file
/// system (Windows, macOS): composed (NFC) and lower-case, so that `Café`, `café` written with
/// one character and `café` written as `e` plus an accent are one name.
pub(crate) fn fold_name(name: &str) -> String {
    name.nfc().flat_map(char::to_lowercase).collect()
}

/// `text` with accented letters composed (NFC): names read from a file system that stores them
/// decomposed (older macOS) get the same ids and addresses as everywhere else.
pub(crate) fn composed(text: &str) -> String {
    text.nfc().collect()
}

/// A heading anchor the way GitHub makes it: lowercase, letters, digits, `-` and `_` kept in any
/// script, spaces turned into `-`, everything else dropped. Matching GitHub means that links
/// written for the repository's own Markdown preview keep working on the site.
pub(crate) fn heading_slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            slug.push(c);
        } else if c.is_whitespace() {
            slug.push('-');
        }
    }
    slug
}

/// A URL path segment: like [`heading_slug`], but runs of `-` are collapsed and trimmed so that
/// a file named `My  first -- lesson.md` becomes `my-first-lesson`.
pub(crate) fn path_slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in heading_slug(&composed(text)).chars() {
        if c == '-' && (slug.is_empty() || slug.ends_with('-')) {
            continue;
        }
        slug.push(c);
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Makes anchors unique within one page, as GitHub does: the second `Setup` is `setup-1`.
#[derive(Debug, Default)]
pub(crate) struct UniqueSlugs {
    used: HashMap<String, usize>,
}

impl UniqueSlugs {
    pub(crate) fn claim(&mut self, wanted: &str) -> String {
        let base = if wanted.is_empty() { "section" } else { wanted };
        let mut candidate = base.to_string();
        while let Some(count) = self.used.get_mut(&candidate) {
            *count += 1;
            candidate = format!("{base}-{count}");
            if !self.used.contains_key(&candidate) {
                break;
            }
        }
        self.used.entry(candidate.clone()).or_insert(0);
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_follow_github() {
        assert_eq!(heading_slug("What's a branch?"), "whats-a-branch");
        assert_eq!(
            heading_slug("Undo a commit with git revert"),
            "undo-a-commit-with-git-revert"
        );
        assert_eq!(
            heading_slug("Merge vs. rebase: which one?"),
            "merge-vs-rebase-which-one"
        );
        assert_eq!(heading_slug("Café & Ünïcode 2"), "café--ünïcode-2");
        assert_eq!(heading_slug("`git add` -p"), "git-add--p");
        assert_eq!(heading_slug("日本語の見出し"), "日本語の見出し");
    }

    #[test]
    fn paths_collapse_dashes() {
        assert_eq!(path_slug("My  first -- lesson"), "my-first-lesson");
        assert_eq!(path_slug("Ünïcode!"), "ünïcode");
    }

    #[test]
    fn duplicate_anchors_get_numbers() {
        let mut slugs = UniqueSlugs::default();
        assert_eq!(slugs.claim("setup"), "setup");
        assert_eq!(slugs.claim("setup"), "setup-1");
        assert_eq!(slugs.claim("setup"), "setup-2");
        assert_eq!(slugs.claim("setup-1"), "setup-1-1");
        assert_eq!(slugs.claim(""), "section");
    }
}
