//! The blocks a fenced div can be, by the name written after its colons, and the words they
//! show (one table, so that the interface can be translated in one place).

use super::Audience;
use crate::course::TakenLists;
use crate::i18n::Words;
use crate::read::divs::Attributes;
use crate::util::html::escape_html;

/// Minutes an exercise is counted for when its fence gives no `minutes=`.
pub(super) const EXERCISE_MINUTES: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Exercise,
    Disclosure(&'static Disclosure),
    Callout(&'static Callout),
    /// Shown in the instructor view only.
    Instructor,
    Figure,
    Tabset,
    /// An `objectives`, `keypoints` or `questions` block whose list the module shows in the
    /// place of the front matter's.
    Taken,
    /// Not published for this audience (instructor notes for learners, hidden solutions).
    Hidden,
    /// A name Syllabus does not know, or none: a `<div>` with the author's classes.
    Plain,
}

impl Kind {
    pub(super) fn hides(&self) -> bool {
        matches!(self, Kind::Taken | Kind::Hidden)
    }

    /// Solutions, hints and instructor notes stay out of the search index (an excerpt would
    /// give the answer away) and out of the reading time.
    pub(super) fn is_quiet(&self) -> bool {
        matches!(self, Kind::Disclosure(_) | Kind::Instructor)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Callout {
    pub class: &'static str,
    /// The message of its label, shown when it has no title.
    label: &'static str,
    icon: &'static str,
}

impl Callout {
    /// The callout's opening HTML, with its title given as HTML, or its label.
    pub(crate) fn html(
        &self,
        words: &Words,
        title_html: Option<&str>,
        id_attr: &str,
        classes: &str,
    ) -> String {
        let label = escape_html(&words.get(self.label, &[]));
        let title = title_html.unwrap_or(&label);
        format!(
            "<div class=\"callout callout-{}{classes}\"{id_attr} role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">{}</span> {title}</p>\n",
            self.class, self.icon
        )
    }
}

/// A block shown collapsed, opened by its summary; works without JavaScript.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Disclosure {
    pub class: &'static str,
    /// The message of the summary when the block has no title.
    label: &'static str,
    /// Whether a title is added to the label ("Show the solution: Part 2") rather than
    /// replacing it.
    keeps_label: bool,
}

impl Disclosure {
    /// The summary's HTML, with a title given as HTML (a first heading, or `title=`). A title
    /// that only repeats the block's name (`## Solution`) adds nothing.
    pub(crate) fn summary(
        &self,
        words: &Words,
        title_html: Option<&str>,
        title_text: &str,
    ) -> String {
        let title = title_html.filter(|_| !title_text.trim().eq_ignore_ascii_case(self.class));
        let label = || escape_html(&words.get(self.label, &[]));
        match title {
            Some(title) if self.keeps_label => format!("{}: {title}", label()),
            Some(title) => title.to_string(),
            None => label(),
        }
    }
}

pub(super) static SOLUTION: Disclosure = Disclosure {
    class: "solution",
    label: "show-solution",
    keeps_label: true,
};
static HINT: Disclosure = Disclosure {
    class: "hint",
    label: "show-hint",
    keeps_label: true,
};
static DETAILS: Disclosure = Disclosure {
    class: "details",
    label: "show-more",
    keeps_label: false,
};

macro_rules! callouts {
    ($($name:ident: $class:literal, $label:literal, $icon:literal;)*) => {
        $(static $name: Callout = Callout { class: $class, label: $label, icon: $icon };)*
        static CALLOUTS: &[&Callout] = &[$(&$name),*];
    };
}

callouts! {
    NOTE: "note", "callout-note", "ℹ️";
    TIP: "tip", "callout-tip", "💡";
    IMPORTANT: "important", "callout-important", "❗";
    WARNING: "warning", "callout-warning", "⚠️";
    CAUTION: "caution", "callout-caution", "🛑";
    CALLOUT: "callout", "callout-callout", "📣";
    PREREQ: "prereq", "callout-prereq", "🧰";
    CHECKLIST: "checklist", "callout-checklist", "☑️";
    DISCUSSION: "discussion", "callout-discussion", "💬";
    TESTIMONIAL: "testimonial", "callout-testimonial", "🗣️";
    KEYPOINTS: "keypoints", "callout-keypoints", "🔑";
    OBJECTIVES: "objectives", "callout-objectives", "🎯";
    QUESTIONS: "questions", "callout-questions", "❓";
}

/// The GFM alerts (`> [!TIP]`) share the fenced callouts' look.
pub(crate) fn alert(class: &str) -> &'static Callout {
    CALLOUTS
        .iter()
        .find(|c| c.class == class)
        .copied()
        .unwrap_or(&NOTE)
}

/// Every name a fenced div may have, for the warning about an unknown one.
pub(super) const KNOWN_NAMES: &[&str] = &[
    "exercise",
    "challenge",
    "solution",
    "hint",
    "spoiler",
    "instructor",
    "instructor-note",
    "speaker-notes",
    "figure",
    "tabset",
    "note",
    "tip",
    "important",
    "warning",
    "caution",
    "callout",
    "prereq",
    "checklist",
    "discussion",
    "testimonial",
    "keypoints",
    "objectives",
    "questions",
];

/// The block a div's classes name: the first class Syllabus knows. `Err` holds the first
/// class when none is known.
pub(super) fn kind_of(
    attributes: &Attributes,
    audience: Audience,
    taken: TakenLists,
) -> Result<Kind, String> {
    if attributes.classes.is_empty() {
        return Ok(Kind::Plain);
    }
    attributes
        .classes
        .iter()
        .find_map(|class| known(class, audience, taken))
        .ok_or_else(|| attributes.classes[0].clone())
}

fn known(class: &str, audience: Audience, taken: TakenLists) -> Option<Kind> {
    let hidden_unless = |shown: bool, kind: Kind| Some(if shown { kind } else { Kind::Hidden });
    let kind = match class.to_ascii_lowercase().as_str() {
        "exercise" | "challenge" => Kind::Exercise,
        "solution" => {
            return hidden_unless(
                audience.instructor || !audience.hide_solutions,
                Kind::Disclosure(&SOLUTION),
            );
        }
        "hint" => Kind::Disclosure(&HINT),
        "spoiler" | "details" | "dropdown" => Kind::Disclosure(&DETAILS),
        "instructor" | "instructor-note" | "instructor-notes" | "speaker-notes" => {
            return hidden_unless(audience.instructor, Kind::Instructor);
        }
        "figure" => Kind::Figure,
        "tabset" | "panel-tabset" | "tabs" | "tab" | "group-tab" => Kind::Tabset,
        "objectives" if taken.objectives => Kind::Taken,
        "keypoints" if taken.keypoints => Kind::Taken,
        "questions" if taken.questions => Kind::Taken,
        name => {
            let name = name.strip_prefix("callout-").unwrap_or(name);
            return CALLOUTS
                .iter()
                .find(|c| c.class == name)
                .map(|c| Kind::Callout(c));
        }
    };
    Some(kind)
}
