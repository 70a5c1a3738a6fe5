//! Files for browsers, hosts and search engines made without templates: redirect pages for
//! old addresses, the sitemap and `robots.txt`.

use super::registry::Entry;
use crate::course::Module;
use crate::read::config::CourseConfig;
use crate::render::text::render_title;
use crate::util::html::escape_html;
use crate::util::url::{absolute_url, relative_url};

pub(super) fn redirect_page(config: &CourseConfig, alias: &str, module: &Module) -> String {
    let target = escape_html(&relative_url(alias, &module.url));
    let canonical = escape_html(&absolute_url(&config.base_url, &module.url));
    let title = escape_html(&render_title(&module.title).text);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n<meta name=\"robots\" content=\"noindex\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={target}\">\n</head>\n<body>\n\
         <p>This page has moved to <a href=\"{target}\">{title}</a>.</p>\n</body>\n</html>\n",
        lang = escape_html(&config.language)
    )
}

/// The sitemap of every language's pages: each tree holds the same pages, so one list of
/// them, once per language (`languages`: each code with its tree's prefix), with the other
/// languages' versions as `hreflang` alternates when there are several.
pub(super) fn sitemap(base_url: &str, entries: &[Entry], languages: &[(String, String)]) -> String {
    let mut pages: Vec<&str> = entries
        .iter()
        .filter(|entry| entry.in_sitemap())
        .filter_map(|entry| entry.path.strip_suffix("index.html"))
        .collect();
    pages.sort_unstable();
    let only = [(String::new(), String::new())];
    let languages = if languages.is_empty() {
        &only[..]
    } else {
        languages
    };
    let several = languages.len() > 1;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
    );
    xml.push_str(if several {
        " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    } else {
        ">\n"
    });
    for (_, prefix) in languages {
        for page in &pages {
            let url = escape_html(&absolute_url(base_url, &format!("{prefix}{page}")));
            xml.push_str(&format!("  <url><loc>{url}</loc>"));
            for (code, other) in languages.iter().filter(|_| several) {
                let href = escape_html(&absolute_url(base_url, &format!("{other}{page}")));
                let code = escape_html(code);
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{href}\"/>"
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `words.js`: the scripts' words in the course's language, as `window.SyllabusWords`, before any
/// script that shows one (see `i18n::Words::for_scripts`).
pub(super) fn script_words(words: &crate::i18n::Words) -> String {
    let table = serde_json::to_string(&words.for_scripts()).unwrap_or_else(|_| "{}".into());
    // `</` never closes anything in a script file, but the table may one day be inlined.
    let table = table.replace("</", "<\\/");
    format!("window.SyllabusWords={table};\n")
}

/// The web app manifest: the course installs as an app that opens at the site's root and
/// keeps to it, under any sub-path (`start_url` and `scope` are relative to the manifest,
/// which lies at the root), in the theme's light and dark colours.
pub(super) fn manifest(config: &CourseConfig, right_to_left: bool) -> String {
    let manifest = serde_json::json!({
        "name": config.title,
        "short_name": short_name(&config.title),
        "description": config.description,
        "lang": config.language,
        "dir": if right_to_left { "rtl" } else { "ltr" },
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#ffffff",
        "icons": [
            { "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
            { "src": "icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
        ],
    });
    serde_json::to_string_pretty(&manifest).unwrap_or_default() + "\n"
}

/// A name for under an app's icon: the title's first words, up to 12 characters (what a home
/// screen shows without cutting), or its first 12 characters.
fn short_name(title: &str) -> String {
    // "Git, from first commit to pull requests" is "Git" under its icon.
    let head = title
        .split([',', ':', ';', '—', '–', '(', '|'])
        .next()
        .filter(|head| !head.trim().is_empty())
        .unwrap_or(title);
    let mut name = String::new();
    for word in head.split_whitespace() {
        let longer = if name.is_empty() {
            word.to_string()
        } else {
            format!("{name} {word}")
        };
        if longer.chars().count() > 12 {
            break;
        }
        name = longer;
    }
    if name.is_empty() {
        name = title.chars().take(12).collect();
    }
    name
}

pub(super) fn robots(config: &CourseConfig) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if config.has_absolute_base() {
        text.push_str(&format!("Sitemap: {}sitemap.xml\n", config.base_url));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_name_fits_under_an_icon() {
        assert_eq!(short_name("Git basics for teachers"), "Git basics");
        assert_eq!(short_name("Versionshantering"), "Versionshant");
        assert_eq!(short_name("Git"), "Git");
        assert_eq!(short_name("Git, from first commit to pull requests"), "Git");
    }

    #[test]
    fn robots_names_the_sitemap_only_with_a_full_address() {
        let mut config = CourseConfig::with_title("T");
        assert!(!robots(&config).contains("Sitemap"));
        config.base_url = "https://u.github.io/repo/".into();
        assert!(robots(&config).contains("Sitemap: https://u.github.io/repo/sitemap.xml"));
    }
}
