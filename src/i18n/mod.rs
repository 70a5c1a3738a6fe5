//! The words the theme shows (templates, scripts, and what the renderer writes itself), in the
//! course's language: one Fluent translation table per language, bundled in the binary, with
//! English as the fallback for any message a translation lacks.
//!
//! Fluent (Mozilla's format, `fluent-bundle`) gives every language its own plural forms from
//! CLDR's rules, so no message carries a hand-made rule. Scripts cannot run Fluent, so each of
//! their messages is written out once per plural category of the language (`words.js`), and the
//! browser picks the category with `Intl.PluralRules`, which follows the same CLDR rules.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

mod own;

use own::message_ids;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::diagnostics::Diagnostic;
use crate::util::fingerprint::fingerprint;

/// One language's tables: the theme's pages, the scripts', and the renderer's.
struct Locale {
    code: &'static str,
    theme: &'static str,
    render: &'static str,
    scripts: &'static str,
}

impl Locale {
    fn tables(&self) -> [&'static str; 3] {
        [self.theme, self.render, self.scripts]
    }
}

macro_rules! locales {
    ($($code:literal),* $(,)?) => {
        &[$(Locale {
            code: $code,
            theme: include_str!(concat!("locales/", $code, "/theme.ftl")),
            render: include_str!(concat!("locales/", $code, "/render.ftl")),
            scripts: include_str!(concat!("locales/", $code, "/scripts.ftl")),
        }),*]
    };
}

/// Every bundled language; English first, the fallback of all others.
const LOCALES: &[Locale] = locales!(
    "en", "fi", "sv", "de", "fr", "es", "pt", "it", "nl", "pl", "ar", "he"
);

/// The language of a code without its region or script: `pt` of `pt-BR`, `zh` of `zh_Hant`.
pub(crate) fn primary_subtag(language: &str) -> &str {
    language.split(['-', '_']).next().unwrap_or("")
}

/// The bundled locale for `language`: its own (`pt-BR`) or that of its primary subtag (`pt`).
fn bundled_locale(language: &str) -> Option<&'static Locale> {
    let primary = primary_subtag(language);
    LOCALES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(language))
        .or_else(|| {
            LOCALES
                .iter()
                .find(|l| l.code.eq_ignore_ascii_case(primary))
        })
}

/// Whether Syllabus has a translation of its interface for `language`.
pub(crate) fn is_bundled(language: &str) -> bool {
    bundled_locale(language).is_some()
}

/// Whether `language` is English (`en`, `en-GB`), the interface's own language.
pub(crate) fn is_english(language: &str) -> bool {
    bundled_locale(language).is_some_and(|l| l.code == "en")
}

/// The codes of the languages Syllabus has a translation of its interface for.
pub(crate) fn bundled_languages() -> Vec<&'static str> {
    LOCALES.iter().map(|l| l.code).collect()
}

/// Languages by their own names, for the language menu of a translated course.
const ENDONYMS: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("ca", "Català"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fa", "فارسی"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("he", "עברית"),
    ("hu", "Magyar"),
    ("is", "Íslenska"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("nb", "Norsk bokmål"),
    ("nl", "Nederlands"),
    ("nn", "Norsk nynorsk"),
    ("no", "Norsk"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("se", "Davvisámegiella"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sv", "Svenska"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("zh", "中文"),
];

/// `language`'s name in itself (`Suomi` for `fi`), or its code when it is not known.
pub(crate) fn language_name(language: &str) -> String {
    let primary = primary_subtag(language);
    ENDONYMS
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(primary))
        .map_or_else(|| language.to_string(), |(_, name)| (*name).to_string())
}

/// Languages written right to left.
const RIGHT_TO_LEFT: [&str; 6] = ["ar", "he", "fa", "ur", "ps", "yi"];

/// The words of one language, with English behind them.
pub struct Words {
    language: String,
    bundle: Option<FluentBundle<FluentResource>>,
    english: FluentBundle<FluentResource>,
    /// The ids of the scripts' messages, in English's order.
    script_ids: Vec<String>,
    /// Changes whenever any message does, so that pages made with other words are not reused.
    pub(crate) fingerprint: u64,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Words {
    /// The words for `language` (a code such as `fi` or `pt-BR`): its bundled table if there
    /// is one (`pt-BR` falls back to `pt`), and English for whatever it lacks.
    pub fn new(language: &str) -> Arc<Words> {
        Words::for_course(language, None).0
    }

    /// The words for `language` with the course's own table (`i18n/<language>.ftl`: its path
    /// and text) over the bundled one, and the problems of that table.
    pub(crate) fn for_course(
        language: &str,
        own: Option<(&Path, &str)>,
    ) -> (Arc<Words>, Vec<Diagnostic>) {
        // A course's own English table goes over the bundled English one.
        let found = bundled_locale(language).filter(|l| l.code != "en" || own.is_some());
        let english_locale = &LOCALES[0];
        let (own_resource, problems) = match own {
            Some((file, text)) => {
                let english = own::english_variables(&english_locale.tables());
                let (resource, problems) = own::read(file, text, &english);
                (Some(resource), problems)
            }
            None => (None, Vec::new()),
        };
        let tables: Vec<&str> = [Some(english_locale), found]
            .into_iter()
            .flatten()
            .flat_map(|l| l.tables())
            .collect();
        let mut bundle = match (found, &own_resource) {
            (Some(locale), _) => Some(bundle_of(locale.code, &locale.tables())),
            (None, Some(_)) => Some(bundle_of(&primary_subtag(language).to_lowercase(), &[])),
            (None, None) => None,
        };
        if let (Some(bundle), Some(resource)) = (&mut bundle, own_resource) {
            bundle.add_resource_overriding(resource);
        }
        let words = Words {
            language: language.to_string(),
            bundle,
            english: bundle_of("en", &english_locale.tables()),
            script_ids: message_ids(english_locale.scripts),
            fingerprint: fingerprint(&(language, tables, own.map(|(_, text)| text))),
        };
        (Arc::new(words), problems)
    }

    /// The message `id` with `args`, in the course's language or else in English; the id
    /// itself when no table has it (a theme mistake, which the tests look for).
    pub(crate) fn get(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let args = fluent_args(args);
        let args = args.iter().next().is_some().then_some(&args);
        [self.bundle.as_ref(), Some(&self.english)]
            .into_iter()
            .flatten()
            .find_map(|bundle| format(bundle, id, args))
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether pages are written right to left.
    pub(crate) fn is_right_to_left(&self) -> bool {
        let primary = primary_subtag(&self.language).to_lowercase();
        RIGHT_TO_LEFT.contains(&primary.as_str())
    }

    /// What the course's language lacks, shown in English instead: the whole table when
    /// Syllabus has none for it, or its missing messages.
    pub(crate) fn gaps(&self) -> Option<String> {
        if self.bundle.is_none() && !is_english(&self.language) {
            return Some(format!(
                "Syllabus has no translation of its interface for the language `{}`, so buttons and labels are in English (translated: {})",
                self.language,
                bundled_languages().join(", ")
            ));
        }
        let missing = self.missing();
        (!missing.is_empty()).then(|| {
            format!(
                "the `{}` translation of the interface lacks {} messages, shown in English: {}",
                self.language,
                missing.len(),
                missing.join(", ")
            )
        })
    }

    /// The messages of English that this language's table lacks (shown in English).
    fn missing(&self) -> Vec<String> {
        let Some(bundle) = &self.bundle else {
            return Vec::new();
        };
        let english = &LOCALES[0];
        english
            .tables()
            .iter()
            .flat_map(|table| message_ids(table))
            .filter(|id| !bundle.has_message(id))
            .collect()
    }

    /// Every script message, for `words.js`: a text with `{name}` for each argument, or, for
    /// a message that counts (`$count`), one text per plural category of the language.
    pub(crate) fn for_scripts(&self) -> BTreeMap<String, serde_json::Value> {
        let rules = plural_rules(&self.language);
        self.script_ids
            .iter()
            .map(|id| (id.clone(), self.script_message(id, rules.as_ref())))
            .collect()
    }

    fn script_message(&self, id: &str, rules: Option<&PluralRules>) -> serde_json::Value {
        let placeholders = |count: FluentValue<'static>| {
            let mut args: Vec<(&str, FluentValue<'_>)> = SCRIPT_ARGUMENTS
                .iter()
                .map(|name| (*name, FluentValue::from(format!("{{{name}}}"))))
                .collect();
            args.push(("count", count));
            args
        };
        let plain = self.get(id, &placeholders(FluentValue::from("{count}")));
        let Some(rules) = rules.filter(|_| self.counts(id)) else {
            return serde_json::Value::String(plain);
        };
        let mut forms = serde_json::Map::new();
        for (category, sample) in samples(rules) {
            let text = self.get(id, &placeholders(FluentValue::from(sample)));
            forms.insert(
                category.to_string(),
                text.replace(&sample.to_string(), "{count}").into(),
            );
        }
        serde_json::Value::Object(forms)
    }

    /// Whether a message's text depends on `$count` (it selects a plural form by it).
    fn counts(&self, id: &str) -> bool {
        let one = self.get(id, &[("count", FluentValue::from(1))]);
        let many = self.get(id, &[("count", FluentValue::from(5))]);
        one.replace('1', "") != many.replace('5', "")
    }
}

/// The arguments that script messages may use besides `$count`: written as `{name}` into
/// `words.js` and filled in by the browser.
const SCRIPT_ARGUMENTS: [&str; 16] = [
    "title", "done", "total", "date", "score", "name", "goal", "step", "course", "level", "link",
    "minutes", "query", "size", "free", "percent",
];

fn bundle_of(code: &str, sources: &[&'static str]) -> FluentBundle<FluentResource> {
    let language: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Unicode isolation marks would end up inside attribute values and test strings; pages set
    // `dir` on the root, which is enough for the theme's short messages.
    bundle.set_use_isolating(false);
    for source in sources {
        // Bundled tables are checked by the tests; a broken entry is skipped, not fatal.
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn fluent_args<'a>(args: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        out.set(*name, value.clone());
    }
    out
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn plural_rules(language: &str) -> Option<PluralRules> {
    let id: LanguageIdentifier = language.parse().ok()?;
    PluralRules::create(id, PluralRuleType::CARDINAL).ok()
}

/// One whole number of each plural category the language has (0 to 200 covers every
/// category of CLDR's cardinal rules for whole numbers).
fn samples(rules: &PluralRules) -> Vec<(&'static str, u32)> {
    let mut found: Vec<(&'static str, u32)> = Vec::new();
    for n in 0..=200u32 {
        let Ok(category) = rules.select(n) else {
            continue;
        };
        let name = category_name(category);
        if !found.iter().any(|(c, _)| *c == name) {
            found.push((name, n));
        }
    }
    found
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The template function `t`: `{{ t(key="module-count", count=3) }}` is the message in the
/// course's language, its other arguments the message's.
pub(crate) fn template_function(
    words: Arc<Words>,
) -> impl Fn(tera::Kwargs, &tera::State) -> tera::TeraResult<String> + Send + Sync + 'static {
    move |kwargs: tera::Kwargs, _: &tera::State| {
        let key: String = kwargs.must_get::<&str>("key")?.to_string();
        let args: Vec<(String, FluentValue<'static>)> = kwargs
            .iter()
            .filter_map(|(name, value)| {
                let name = name.as_str()?;
                (name != "key").then(|| (name.to_string(), fluent_value(value)))
            })
            .collect();
        let args: Vec<(&str, FluentValue<'_>)> =
            args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
        Ok(words.get(&key, &args))
    }
}

fn fluent_value(value: &tera::Value) -> FluentValue<'static> {
    if let Some(n) = value.as_i64() {
        return FluentValue::from(n);
    }
    if let Some(n) = value.as_f64() {
        return FluentValue::from(n);
    }
    match value.as_str() {
        Some(text) => FluentValue::from(text.to_string()),
        None => FluentValue::from(value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_table_parses_and_names_only_english_messages() {
        let english: Vec<String> = LOCALES[0]
            .tables()
            .iter()
            .flat_map(|table| message_ids(table))
            .collect();
        for locale in LOCALES {
            for source in locale.tables() {
                if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                    panic!("{}: {errors:?}", locale.code);
                }
                for id in message_ids(source) {
                    assert!(
                        english.contains(&id),
                        "{}: `{id}` is not an English message",
                        locale.code
                    );
                }
            }
        }
    }

    #[test]
    fn every_bundled_language_has_every_english_message_and_formats_it() {
        let english = &LOCALES[0];
        let mut names: Vec<&str> = SCRIPT_ARGUMENTS.to_vec();
        names.extend([
            "number", "page", "item", "kind", "level", "minutes", "original",
        ]);
        let mut values: Vec<(&str, FluentValue<'_>)> =
            names.iter().map(|n| (*n, FluentValue::from("x"))).collect();
        values.push(("count", FluentValue::from(3)));
        let args = fluent_args(&values);
        for locale in LOCALES {
            let tables = locale.tables();
            let translated: Vec<String> = tables.iter().flat_map(|t| message_ids(t)).collect();
            let missing: Vec<String> = english
                .tables()
                .iter()
                .flat_map(|t| message_ids(t))
                .filter(|id| !translated.contains(id))
                .collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code);
            // And formats each of them without a Fluent error (an unknown variable, a bad select).
            let bundle = bundle_of(locale.code, &tables);
            for id in translated {
                let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                    panic!("{} `{id}` has no value", locale.code);
                };
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} `{id}`: {errors:?}", locale.code);
            }
        }
    }

    #[test]
    fn every_key_the_default_templates_use_is_an_english_theme_message() {
        let english = message_ids(LOCALES[0].theme);
        for (name, text) in crate::pages::theme::DEFAULT_TEMPLATES {
            for part in text.split("t(key=\"").skip(1) {
                let key = part.split('"').next().unwrap_or("");
                assert!(
                    english.contains(&key.to_string()),
                    "{name}: `{key}` is not in en/theme.ftl"
                );
            }
        }
    }

    #[test]
    fn a_translation_falls_back_to_english_and_names_what_it_lacks() {
        let finnish = Words::new("fi");
        assert_ne!(
            finnish.get("search-label", &[]),
            Words::new("en").get("search-label", &[])
        );
        assert_eq!(
            Words::new("fi-FI").get("search-label", &[]),
            finnish.get("search-label", &[])
        );
        assert_eq!(
            Words::new("xx").get("search-label", &[]),
            Words::new("en").get("search-label", &[])
        );
        assert_eq!(finnish.get("no-such-message", &[]), "no-such-message");
        assert!(Words::new("en").missing().is_empty());
    }

    #[test]
    fn counting_messages_take_the_language_plural_forms() {
        let english = Words::new("en");
        assert_eq!(
            english.get("module-count", &[("count", FluentValue::from(1))]),
            "1 module"
        );
        assert_eq!(
            english.get("module-count", &[("count", FluentValue::from(3))]),
            "3 modules"
        );
        let forms = english.script_message("module-count", plural_rules("en").as_ref());
        assert_eq!(
            forms,
            serde_json::json!({"one": "{count} module", "other": "{count} modules"})
        );
        let finnish = Words::new("fi");
        let same = finnish.script_message("js-quiz-so-far", plural_rules("fi").as_ref());
        assert_eq!(
            same,
            serde_json::json!("Tähän mennessä {count}/{total} oikein.")
        );
    }

    #[test]
    fn script_messages_use_only_script_arguments() {
        for locale in LOCALES {
            for (id, text) in Words::new(locale.code).for_scripts() {
                let text = text.to_string();
                assert!(
                    !text.contains("{$"),
                    "{}: `{id}` has an argument words.js cannot fill: {text}",
                    locale.code
                );
            }
        }
    }

    #[test]
    fn arabic_and_hebrew_are_right_to_left() {
        assert!(Words::new("ar").is_right_to_left());
        assert!(Words::new("he-IL").is_right_to_left());
        assert!(!Words::new("fi").is_right_to_left());
    }
}
