//! What each HTML element is to the reader: a block, something inline, or
//! something left out with all it holds (scripts, navigation, a site's
//! chrome, permalinks).

use scraper::ElementRef;

/// Elements left out with all they hold.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "form", "button", "select", "svg",
    "math", "iframe", "object",
];

/// Classes of a site's chrome rather than the page's text: Sphinx's
/// related links and sidebar, navigation bars, breadcrumbs, and the `¶`
/// permalinks beside headings.
const CHROME_CLASSES: &[&str] = &[
    "headerlink",
    "related",
    "sphinxsidebar",
    "navbar",
    "breadcrumb",
    "breadcrumbs",
];

/// Whether `element` is left out with all it holds: scripts and styles,
/// navigation (`<nav>`, `role="navigation"`), a site's chrome, and a
/// permalink (a link to its own heading that says only `¶` or `#`).
pub(super) fn left_out(element: ElementRef<'_>) -> bool {
    let value = element.value();
    if DROPPED.contains(&value.name()) {
        return true;
    }
    if value
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("navigation") || r.eq_ignore_ascii_case("search"))
    {
        return true;
    }
    if value.classes().any(|c| CHROME_CLASSES.contains(&c)) {
        return true;
    }
    value.name() == "a"
        && value.attr("href").is_some_and(|h| h.starts_with('#'))
        && matches!(
            element.text().collect::<String>().trim(),
            "¶" | "#" | "§" | "🔗"
        )
}

/// Elements that are blocks (everything else is inline).
pub(super) const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "pre",
    "table",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
    "address",
    "center",
    "body",
    "html",
    "hgroup",
    "details",
    "summary",
];
