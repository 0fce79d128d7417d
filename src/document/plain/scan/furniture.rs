//! Page furniture the scan leaves out: RFC page footers, page numbers.

/// A page's number alone on its line, as printed at a page's foot: `12`,
/// `- 12 -`, `— xii —`, `Page 12`, `Page 12 of 40`, `12 of 40`, `12/40`.
pub fn is_page_number(line: &str) -> bool {
    let trimmed = line.trim().trim_matches(['-', '–', '—', ' ']);
    let lower = trimmed.to_lowercase();
    let bare = lower.strip_prefix("page ").unwrap_or(&lower).trim();
    let number = bare
        .split_once(" of ")
        .or_else(|| bare.split_once('/'))
        .map_or(bare, |(page, _)| page.trim());
    let digits =
        !number.is_empty() && number.len() <= 4 && number.bytes().all(|b| b.is_ascii_digit());
    let roman =
        !number.is_empty() && number.len() <= 6 && number.chars().all(|c| "ivxlc".contains(c));
    digits
        || roman
            && trimmed
                .chars()
                .all(|c| c.is_lowercase() || !c.is_alphabetic())
}

/// `Fette & Melnikov   Standards Track   [Page 12]`: an RFC page footer.
pub fn is_page_footer(line: &str) -> bool {
    let trimmed = line.trim_end();
    if !trimmed.ends_with(']') {
        return false;
    }
    let Some(open) = trimmed.rfind("[Page ") else {
        return false;
    };
    trimmed.ends_with(']')
        && trimmed[open + 6..trimmed.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphanumeric())
        && (open == 0 || trimmed[..open].ends_with("  ") || line.starts_with(' '))
}
