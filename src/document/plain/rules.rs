//! The heading rules for plain text, one small function each. Every rule looks
//! at a single trimmed line that the scanner has already found standing on
//! its own (blank lines around it); the rule says whether that line is a
//! heading and of which kind. Ranks order the kinds (lower is higher in the
//! outline); levels are assigned later from the ranks actually used.

mod letters;
mod shapes;
mod words;

use shapes::SectionNumber;

/// What a rule recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingMatch {
    pub rank: u16,
    pub kind: HeadingKind,
}

/// The family a heading belongs to; some families adjust their rank once the
/// whole document has been seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingKind {
    /// `BOOK ONE`, `CHAPTER I.`, `Article 5`, `第一回`, `[ 3 ]`…
    Keyword,
    /// `EPILOGUE`, `PROLOGUE`: takes the rank of the document's top keyword.
    Prologue,
    /// `3.2.1.  Foo`, `Appendix A.  Bar` (RFC style).
    Numbered,
    /// A short ALL-CAPS line.
    Caps,
    /// A roman numeral alone (`IV.`).
    Roman,
    /// Text over a line of `=`, `-` or `‾`.
    Underlined,
    /// A short line with two blank lines above and below (see `isolated`).
    SetApart,
    /// A title at the margin of an indented text (see `margin`).
    Margin,
    /// A section number alone on its line; kept if the numbers count up.
    BareNumber,
    /// A diary entry's date; kept if the dates are a good part of the outline.
    Date,
    /// `Greek:` over an indented block, one of a family (see `margin`).
    Label,
    /// One of a family of lines whose counter advances (see `series`).
    Series,
    /// The line over a count of bare numbers that starts again (see
    /// `restarts`).
    Restart,
}

pub const RANK_BOOK: u16 = 10;
pub const RANK_PART: u16 = 20;
pub const RANK_CHAPTER: u16 = 30;
pub const RANK_SECTION: u16 = 40;
pub const RANK_SUBSECTION: u16 = 45;
pub const RANK_ROMAN: u16 = 50;
pub const RANK_CAPS: u16 = 55;
/// A diary's dated entries sit below everything else.
pub const RANK_DATE: u16 = 60;

/// The longest line (in characters) that can be a heading.
pub const MAX_HEADING_CHARS: usize = 90;

/// Try every heading rule on a line standing alone, strongest first.
pub fn classify_line(line: &str) -> Option<HeadingMatch> {
    if line.chars().count() > MAX_HEADING_CHARS || is_toc_entry(line) || is_the_end(line) {
        return None;
    }
    keyword_heading(line)
        .or_else(|| cjk_chapter(line))
        .or_else(|| legal_matter(line))
        .or_else(|| bracket_number(line))
        .or_else(|| date_line(line))
        .or_else(|| prologue(line))
        .or_else(|| roman_titled(line))
        .or_else(|| numbered_heading(line).filter(|_| !has_column_gap(line)))
        .or_else(|| roman_alone(line))
        .or_else(|| caps_line(line).filter(|_| !has_column_gap(line)))
}

/// `THE END.`, `FIN`, `ENDE`: a text's last words, closing it, not a
/// division of it.
pub fn is_the_end(line: &str) -> bool {
    let words: String = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    matches!(
        words.as_str(),
        "the end" | "end" | "fin" | "ende" | "fine" | "finis" | "slut" | "loppu" | "конец"
    )
}

/// Three spaces (or a tab) inside a line: columns of a table or a figure
/// (`TCP A          TCP B`), not a numbered or capitals heading.
pub fn has_column_gap(line: &str) -> bool {
    let inner = line.trim();
    inner.contains("   ") || inner.contains('\t')
}

/// A table-of-contents entry: dot leaders or a page number at the end.
pub fn is_toc_entry(line: &str) -> bool {
    shapes::ends_in_page_number(line)
}

/// `BOOK ONE: 1805`, `CHAPTER I.`, `Chapter 12`, `ACT III`, `Article 5`…
pub fn keyword_heading(line: &str) -> Option<HeadingMatch> {
    let keyword = shapes::division_keyword(line)?;
    let rank = match keyword.to_uppercase().as_str() {
        "BOOK" | "VOLUME" | "LIBRO" | "TOMO" | "LIVRE" | "TOME" | "BUCH" | "BAND" | "КНИГА"
        | "ТОМ" => RANK_BOOK,
        "PART" | "ACT" | "PARTE" | "ACTO" | "PARTIE" | "ACTE" | "TEIL" | "AKT" | "ЧАСТЬ"
        | "ДЕЙСТВИЕ" => RANK_PART,
        "SECTION" | "SCENE" | "ESCENA" | "SCÈNE" | "SZENE" | "ЯВЛЕНИЕ" => RANK_SECTION,
        _ => RANK_CHAPTER,
    };
    Some(HeadingMatch {
        rank,
        kind: HeadingKind::Keyword,
    })
}

/// `EPILOGUE`, `FIRST EPILOGUE: 1813 - 20`, `Prologue`.
pub fn prologue(line: &str) -> Option<HeadingMatch> {
    shapes::is_prologue(line).then_some(HeadingMatch {
        rank: RANK_BOOK,
        kind: HeadingKind::Prologue,
    })
}

/// Chinese chapter headings: `第一回　…`, `第三章`, `第二卷`.
pub fn cjk_chapter(line: &str) -> Option<HeadingMatch> {
    let unit = shapes::cjk_chapter_unit(line)?;
    let rank = match unit {
        "卷" | "部" | "集" | "篇" | "编" | "編" | "편" => RANK_BOOK,
        "分编" => RANK_PART,
        "节" | "節" | "절" => RANK_SECTION,
        "관" => RANK_SUBSECTION,
        _ => RANK_CHAPTER,
    };
    Some(HeadingMatch {
        rank,
        kind: HeadingKind::Keyword,
    })
}

/// The preamble and the supplementary provisions of a legal code, which
/// stand beside its chapters: `전문`, `부칙`, `附　　则`.
pub fn legal_matter(line: &str) -> Option<HeadingMatch> {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(squeezed.as_str(), "전문" | "부칙" | "附则" | "附則").then_some(HeadingMatch {
        rank: RANK_CHAPTER,
        kind: HeadingKind::Keyword,
    })
}

/// A diary entry's date alone on its line: `11-го мая.`, `May 3rd, 1897`,
/// `3. Mai`.
pub fn date_line(line: &str) -> Option<HeadingMatch> {
    shapes::is_date(line.trim()).then_some(HeadingMatch {
        rank: RANK_DATE,
        kind: HeadingKind::Date,
    })
}

/// `[ 1 ]` alone on a line (Ulysses' episodes).
pub fn bracket_number(line: &str) -> Option<HeadingMatch> {
    shapes::is_bracket_number(line).then_some(HeadingMatch {
        rank: RANK_CHAPTER,
        kind: HeadingKind::Keyword,
    })
}

/// `VII. THE ADVENTURE OF THE BLUE CARBUNCLE`: a numeral with a capitalised title.
pub fn roman_titled(line: &str) -> Option<HeadingMatch> {
    let mixed = shapes::is_roman_titled_mixed(line) && line.split_whitespace().count() <= 8;
    (shapes::is_roman_titled(line) || mixed).then_some(HeadingMatch {
        rank: RANK_CHAPTER,
        kind: HeadingKind::Keyword,
    })
}

/// RFC-style numbered headings; the rank grows with the depth of the number.
pub fn numbered_heading(line: &str) -> Option<HeadingMatch> {
    let (number, title) = shapes::numbered(line)?;
    let title = title?.trim_end();
    if title.is_empty() || title.ends_with([',', ';', ':']) || ends_like_sentence(title) {
        return None;
    }
    // A lower-case title (`3.2.2 http URL`) only under a sub-section
    // number, and short: `1 in 3 cases` at the margin is a sentence.
    let sub = matches!(number, SectionNumber::Digits(num) if num.contains('.'));
    if title.starts_with(char::is_lowercase) && !(sub && title.split_whitespace().count() <= 4) {
        return None;
    }
    let depth = match number {
        SectionNumber::Digits(num) => {
            if num.split('.').any(|part| part == "0") && num != "0" {
                return None;
            }
            num.split('.').count()
        }
        SectionNumber::Lettered(letter) => letter.split('.').count(),
        SectionNumber::Appendix => 1,
    };
    Some(HeadingMatch {
        rank: RANK_CHAPTER + 10 * (depth as u16 - 1),
        kind: HeadingKind::Numbered,
    })
}

/// `IV.` or `XII` alone on a line.
pub fn roman_alone(line: &str) -> Option<HeadingMatch> {
    shapes::is_roman_alone(line).then_some(HeadingMatch {
        rank: RANK_ROMAN,
        kind: HeadingKind::Roman,
    })
}

/// A short line in capitals (`AUTHOR'S PREFACE`, `A`, `GLOSSARY`).
pub fn caps_line(line: &str) -> Option<HeadingMatch> {
    if line.chars().count() > 60
        || line.ends_with([',', ';', '-'])
        || line.starts_with(['"', '“', '\''])
        // A dialogue dash opens speech (`--O!`), unless it decorates
        // both ends (`— XII —`).
        || line.starts_with(['-', '—', '–']) && !line.ends_with(['-', '—', '–'])
        // Code and protocol notation: `<SEQ=0><CTL=RST>`, `A => B`.
        || line.contains(['<', '>', '=', '{', '}'])
        || is_initials(line)
        || line
            .split_once(':')
            .is_some_and(|(_, value)| !value.is_empty() && !value.chars().any(char::is_alphabetic))
    {
        return None;
    }
    let mut upper = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return None;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    (upper > 0).then_some(HeadingMatch {
        rank: RANK_CAPS,
        kind: HeadingKind::Caps,
    })
}

/// `A.B.`, `M.`: initials signing a quotation, not a heading.
fn is_initials(line: &str) -> bool {
    let mut chars = line.chars().peekable();
    let mut pairs = 0;
    while let Some(c) = chars.next() {
        if !c.is_uppercase() || chars.next() != Some('.') {
            return false;
        }
        pairs += 1;
        while chars.peek() == Some(&' ') {
            chars.next();
        }
    }
    pairs > 0
}

/// Whether a line is a strong heading even at the top of a block of text:
/// `第二回　…` or `CHAPTER IV` directly followed by the chapter's first line.
pub fn strong_heading(line: &str) -> Option<HeadingMatch> {
    if line.chars().count() > MAX_HEADING_CHARS {
        return None;
    }
    keyword_heading(line)
        .or_else(|| cjk_chapter(line))
        .or_else(|| bracket_number(line))
}

/// A line of `=`, `-` or `‾` under a heading; the rank tells which.
pub fn underline_rank(line: &str) -> Option<u16> {
    let first = line.chars().next()?;
    if line.chars().count() < 3 || !line.chars().all(|c| c == first) {
        return None;
    }
    // Texinfo's plain text (`makeinfo --plaintext`, Info files) underlines
    // chapters with `*` and subsubsections with `.`.
    match first {
        '*' => Some(RANK_PART),
        '=' | '‾' => Some(RANK_PART + 5),
        '-' | '~' => Some(RANK_CHAPTER + 5),
        '.' => Some(RANK_SECTION + 5),
        _ => None,
    }
}

/// Whether a line ends a sentence (a heading seldom does, except after an
/// abbreviation or a numeral).
fn ends_like_sentence(text: &str) -> bool {
    let Some(last_word) = text.split_whitespace().last() else {
        return false;
    };
    last_word.ends_with('.') && last_word.chars().filter(|c| c.is_alphabetic()).count() > 3
}

#[cfg(test)]
mod tests;
