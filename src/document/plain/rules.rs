//! The heading rules for plain text, one small function each. Every rule looks
//! at a single trimmed line that the scanner has already found standing on
//! its own (blank lines around it); the rule says whether that line is a
//! heading and of which kind. Ranks order the kinds (lower is higher in the
//! outline); levels are assigned later from the ranks actually used.

mod gates;
mod pattern;

use pattern::Pattern;
use std::sync::LazyLock;

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

/// A division's number: digits, a Roman numeral, a letter, an English
/// number or ordinal in capitals or title case.
const NUMBER: &str = r"(?:\d{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Z]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY(?:[- ](?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE))?|THIRTY|FORTY|FIFTY|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|LAST|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Last)";

/// Ordinals of other languages, in any case.
const ORDINAL: &str = r"(?i:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|séptim[oa]|octav[oa]|noven[oa]|décim[oa]|premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me|erste[rs]?|zweite[rs]?|dritte[rs]?|vierte[rs]?|fünfte[rs]?|перв(?:ая|ый|ое)|втор(?:ая|ой|ое)|трет(?:ья|ий|ье)|четв[её]рт(?:ая|ый|ое)|пят(?:ая|ый|ое))";
/// The keyword, a number, then nothing, punctuation, or a capitalised
/// title: "Chapter 12 was the best" is a sentence, not a heading.
fn keyword_pattern(number: &str) -> Pattern {
    let keywords = gates::KEYWORDS.join("|");
    Pattern::new(&format!(
        r"^(?P<kw>{keywords})\s+(?:(?:the|The|THE)\s+)?{number}(?:$|[.:)\]]|\s*[-–—]|\s+[\p{{Lu}}\d\x22'“‘(\[])"
    ))
}

/// The keyword rule with a number in English (`CHAPTER XII`, `Book One`).
static KEYWORD: LazyLock<Pattern> = LazyLock::new(|| keyword_pattern(NUMBER));

/// The keyword rule with an ordinal of another language (`Libro primero`):
/// a pattern of its own, as ignoring case in all scripts costs as much to
/// compile as the rest of the rule, which most texts need alone.
static KEYWORD_ORDINAL: LazyLock<Pattern> = LazyLock::new(|| keyword_pattern(ORDINAL));

static ORDINAL_DIVISION: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"^(?:(?:FIRST|SECOND|THIRD|FOURTH|FINAL|First|Second|Third|Fourth|Final)\s+)?(?:EPILOGUE|PROLOGUE|Epilogue|Prologue)\b(?:$|[.:\s])",
    )
});

static NUMBERED: LazyLock<Pattern> = LazyLock::new(|| {
    // "1.  Introduction", "3.2.1.  Foo", "1 Introduction", "A.1.  Bar",
    // "Appendix A.  Bar", "Appendix B - Baz".
    Pattern::new(
        r"^(?:(?P<num>\d{1,2}(?:\.\d{1,3}){0,5})\.?|(?P<app>(?:Appendix|APPENDIX)\s+[A-Z])\.?|(?P<letter>[A-Z](?:\.\d{1,3}){1,5})\.?)(?:\s+[-–—:]?\s*|\s*[-–—:]\s*)(?P<title>[\p{Lu}\p{Lt}\d\x22'“].*|[\p{Ll}].*)?$",
    )
});

static ROMAN_ALONE: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(r"^[IVXLC]{1,7}\.?$"));

static ROMAN_TITLED: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"^[IVXLC]{1,7}\.\s+[\p{Lu}\x22'“][^\p{Ll}]*$"));

/// `I. The Period`: a numeral and a short title in mixed case.
static ROMAN_TITLED_MIXED: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"^[IVXLC]{1,7}\.\s+[\p{Lu}\x22'“][^.;:,]{0,50}$"));

static CJK_CHAPTER: LazyLock<Pattern> = LazyLock::new(|| {
    // Chinese `第一回`, `第二编`, `第一分编`, `第三章`; Korean `제1장`, `제2절`.
    Pattern::new(
        r"^(?:第[一二三四五六七八九十百千零〇两0-9０-９]{1,6}(?P<unit>分编|[回章节節卷部篇集编編])|제\s?[0-9]{1,3}(?P<ko>편|장|절|관))(?:$|[\s\u{3000}：:．.、])",
    )
});

static BRACKET_NUMBER: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(r"^\[\s*\d{1,4}\s*\]$"));

static DOT_LEADER: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?:\.\s?){4,}\s*(?:\d+|[ivxlc]+)\s*$|\s{3,}\d+\s*$"));

/// Compile every rule's pattern now (see [`super::warm_up`]), the ones a
/// first screen most often needs first: while this thread compiles the
/// keyword rule, detection reads the file and groups its lines.
pub(super) fn warm_up() {
    for pattern in [
        &KEYWORD,
        &NUMBERED,
        &DATE_LINE,
        &DOT_LEADER,
        &ROMAN_TITLED_MIXED,
        &ROMAN_TITLED,
        &ROMAN_ALONE,
        &ORDINAL_DIVISION,
        &BRACKET_NUMBER,
        &CJK_CHAPTER,
        &KEYWORD_ORDINAL,
    ] {
        LazyLock::force(pattern);
    }
}

/// Try every heading rule on a line standing alone, strongest first.
pub fn classify_line(line: &str) -> Option<HeadingMatch> {
    if line.chars().count() > MAX_HEADING_CHARS || is_toc_entry(line) {
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

/// Three spaces (or a tab) inside a line: columns of a table or a figure
/// (`TCP A          TCP B`), not a numbered or capitals heading.
pub fn has_column_gap(line: &str) -> bool {
    let inner = line.trim();
    inner.contains("   ") || inner.contains('\t')
}

/// A table-of-contents entry: dot leaders or a page number at the end.
pub fn is_toc_entry(line: &str) -> bool {
    gates::may_be_contents_entry(line) && DOT_LEADER.is_match(line)
}

/// `BOOK ONE: 1805`, `CHAPTER I.`, `Chapter 12`, `ACT III`, `Article 5`…
pub fn keyword_heading(line: &str) -> Option<HeadingMatch> {
    if !gates::may_be_keyword(line) {
        return None;
    }
    let caps = KEYWORD
        .captures(line)
        .or_else(|| KEYWORD_ORDINAL.captures(line))?;
    let rank = match caps.name("kw").unwrap_or("").to_uppercase().as_str() {
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
    (gates::may_be_prologue(line) && ORDINAL_DIVISION.is_match(line)).then_some(HeadingMatch {
        rank: RANK_BOOK,
        kind: HeadingKind::Prologue,
    })
}

/// Chinese chapter headings: `第一回　…`, `第三章`, `第二卷`.
pub fn cjk_chapter(line: &str) -> Option<HeadingMatch> {
    if !gates::may_be_cjk_chapter(line) {
        return None;
    }
    let caps = CJK_CHAPTER.captures(line)?;
    let unit = caps.name("unit").or_else(|| caps.name("ko")).unwrap_or("");
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

static DATE_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    let months = gates::MONTHS.join("|");
    let pattern = format!(
        r"^(?:\d{{1,2}}(?:-?(?:го|е|er|st|nd|rd|th)|\.)?\s+(?:de\s+)?(?:{months})|(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\.?$"
    );
    Pattern::new(&pattern)
});

/// A diary entry's date alone on its line: `11-го мая.`, `May 3rd, 1897`,
/// `3. Mai`.
pub fn date_line(line: &str) -> Option<HeadingMatch> {
    let line = line.trim();
    (gates::may_be_date(line) && DATE_LINE.is_match(line)).then_some(HeadingMatch {
        rank: RANK_DATE,
        kind: HeadingKind::Date,
    })
}

/// `[ 1 ]` alone on a line (Ulysses' episodes).
pub fn bracket_number(line: &str) -> Option<HeadingMatch> {
    (gates::may_be_bracket_number(line) && BRACKET_NUMBER.is_match(line)).then_some(HeadingMatch {
        rank: RANK_CHAPTER,
        kind: HeadingKind::Keyword,
    })
}

/// `VII. THE ADVENTURE OF THE BLUE CARBUNCLE`: a numeral with a capitalised title.
pub fn roman_titled(line: &str) -> Option<HeadingMatch> {
    if !gates::may_be_roman_titled(line) {
        return None;
    }
    let mixed = ROMAN_TITLED_MIXED.is_match(line) && line.split_whitespace().count() <= 8;
    (ROMAN_TITLED.is_match(line) || mixed).then_some(HeadingMatch {
        rank: RANK_CHAPTER,
        kind: HeadingKind::Keyword,
    })
}

/// RFC-style numbered headings; the rank grows with the depth of the number.
pub fn numbered_heading(line: &str) -> Option<HeadingMatch> {
    if !gates::may_be_numbered(line) {
        return None;
    }
    let caps = NUMBERED.captures(line)?;
    let title = caps.name("title")?.trim_end();
    if title.is_empty() || title.ends_with([',', ';', ':']) || ends_like_sentence(title) {
        return None;
    }
    // A lower-case title (`3.2.2 http URL`) only under a sub-section
    // number, and short: `1 in 3 cases` at the margin is a sentence.
    let sub = caps.name("num").is_some_and(|n| n.contains('.'));
    if title.starts_with(char::is_lowercase) && !(sub && title.split_whitespace().count() <= 4) {
        return None;
    }
    let depth = if let Some(num) = caps.name("num") {
        if num.split('.').any(|part| part == "0") && num != "0" {
            return None;
        }
        num.split('.').count()
    } else if let Some(letter) = caps.name("letter") {
        letter.split('.').count()
    } else {
        1
    };
    Some(HeadingMatch {
        rank: RANK_CHAPTER + 10 * (depth as u16 - 1),
        kind: HeadingKind::Numbered,
    })
}

/// `IV.` or `XII` alone on a line.
pub fn roman_alone(line: &str) -> Option<HeadingMatch> {
    (gates::may_be_roman_alone(line) && ROMAN_ALONE.is_match(line)).then_some(HeadingMatch {
        rank: RANK_ROMAN,
        kind: HeadingKind::Roman,
    })
}

/// A short line in capitals (`AUTHOR'S PREFACE`, `A`, `GLOSSARY`).
pub fn caps_line(line: &str) -> Option<HeadingMatch> {
    if line.chars().count() > 60
        || line.ends_with([',', ';', '-'])
        || line.starts_with(['"', '“', '\''])
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
    match first {
        '=' | '‾' => Some(RANK_PART + 5),
        '-' | '~' => Some(RANK_CHAPTER + 5),
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
