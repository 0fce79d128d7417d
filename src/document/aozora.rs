//! Aozora Bunko texts: Japanese literature typed in the library's own
//! notation. `［＃…］` annotations are instructions to the typesetter,
//! never shown: `［＃「…」は中見出し］` (and the `［＃中見出し］…
//! ［＃中見出し終わり］` form) makes its line a heading, 大・中・小 its
//! level; `［＃改頁］` breaks the page; the rest (indents, notes on
//! variant characters) is left out. Ruby `《…》` is shown dimmed after
//! the text it reads (`｜` marks where that text begins, and is not
//! shown). The notation's legend at the top is left out too.

use super::compose::Composer;
use super::readers::Head;
use super::{BlockKind, InlineStyle, LinkUrls, Structure};

/// What the notation's legend at the top is headed by.
const LEGEND: &str = "【テキスト中に現れる記号について】";

/// Whether the start of a document is Aozora Bunko notation: two
/// annotations or the legend, in Shift_JIS (as the library gives it) or
/// in UTF-8, looked for in the bytes as they are (nothing is decoded).
pub fn is_aozora(head: &Head<'_>) -> bool {
    // `needle` at least `times` times, in either encoding.
    let found = |needle: &str, times: usize| {
        let (shift_jis, _, _) = encoding_rs::SHIFT_JIS.encode(needle);
        [needle.as_bytes(), &shift_jis].iter().any(|bytes| {
            memchr::memmem::find_iter(head.bytes, bytes)
                .take(times)
                .count()
                >= times
        })
    };
    found("［＃", 2) || found(LEGEND, 1)
}

/// A piece of a line as shown.
enum Piece<'t> {
    Text(&'t str),
    Ruby(&'t str),
}

/// A line read: its pieces, and what its annotations say of it.
#[derive(Default)]
struct Line<'t> {
    pieces: Vec<Piece<'t>>,
    /// A heading of this size: 0 large (大), 1 middle (中), 2 small (小).
    heading: Option<u8>,
    page_break: bool,
}

fn read_line(line: &str) -> Line<'_> {
    let mut out = Line::default();
    let mut rest = line;
    while !rest.is_empty() {
        let next = rest.find(['［', '《', '｜']).unwrap_or(rest.len());
        if next > 0 {
            out.pieces.push(Piece::Text(&rest[..next]));
            rest = &rest[next..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("［＃")
            && let Some(end) = after.find('］')
        {
            annotation(&after[..end], &mut out);
            rest = &after[end + '］'.len_utf8()..];
        } else if let Some(after) = rest.strip_prefix('《')
            && let Some(end) = after.find('》')
        {
            out.pieces.push(Piece::Ruby(&after[..end]));
            rest = &after[end + '》'.len_utf8()..];
        } else if let Some(after) = rest.strip_prefix('｜') {
            rest = after;
        } else {
            // A bracket that opens nothing: text.
            let width = rest.chars().next().map_or(1, char::len_utf8);
            out.pieces.push(Piece::Text(&rest[..width]));
            rest = &rest[width..];
        }
    }
    out
}

/// What an annotation says of its line.
fn annotation(inner: &str, line: &mut Line<'_>) {
    if matches!(inner, "改頁" | "改ページ" | "改丁" | "改段") {
        line.page_break = true;
        return;
    }
    // `「…」は中見出し`, `中見出し`, `「…」は同行大見出し`; never
    // `中見出し終わり`, which only closes one.
    let Some(before) = inner.strip_suffix("見出し") else {
        return;
    };
    line.heading = match before.chars().last() {
        Some('大') => Some(0),
        Some('中') => Some(1),
        Some('小') => Some(2),
        _ => line.heading,
    };
}

/// Read an Aozora Bunko text.
pub fn read(text: &str, link_urls: LinkUrls) -> (String, Structure) {
    let lines: Vec<Line<'_>> = text
        .split('\n')
        .map(|l| read_line(l.trim_end_matches('\r')))
        .collect();
    // Heading sizes count from the largest the text uses.
    let mut sizes: Vec<u8> = lines.iter().filter_map(|l| l.heading).collect();
    sizes.sort_unstable();
    sizes.dedup();
    let legend = legend_lines(text);
    let mut out = Composer::new(link_urls);
    // Lines are paragraphs; a blank line is space between them.
    out.tight = true;
    let mut title = None;
    for (number, line) in lines.iter().enumerate() {
        if legend.contains(&number) {
            continue;
        }
        out.line = number;
        if line.page_break {
            out.rule();
        }
        let plain: String = line
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Text(t) => Some(*t),
                Piece::Ruby(_) => None,
            })
            .collect();
        if plain.trim().is_empty() {
            out.gap_after_last();
            continue;
        }
        let kind = match line.heading {
            Some(size) => {
                let rank = sizes.iter().position(|&s| s == size).unwrap_or(0);
                out.gap_after_last();
                BlockKind::Heading {
                    level: rank as u8 + 1,
                }
            }
            None => BlockKind::Paragraph,
        };
        out.begin(kind);
        for piece in &line.pieces {
            match piece {
                Piece::Text(t) => out.verbatim(t),
                Piece::Ruby(r) => {
                    out.style = InlineStyle {
                        aside: true,
                        ..InlineStyle::default()
                    };
                    out.verbatim(&format!("《{r}》"));
                    out.style = InlineStyle::default();
                }
            }
        }
        // The outline names a heading as it is drawn, ruby and all.
        out.end();
        if line.heading.is_some() {
            out.gap_after_last();
        }
        title.get_or_insert_with(|| plain.trim().to_owned());
    }
    // The book's own title is its first line, not its first heading.
    out.finish(title)
}

/// The lines of the notation's legend: from a rule of dashes to the next,
/// when the legend's heading is between them near the top.
fn legend_lines(text: &str) -> std::ops::Range<usize> {
    let is_rule =
        |line: &str| line.trim_end().len() >= 20 && line.trim_end().bytes().all(|b| b == b'-');
    let head: Vec<&str> = text.split('\n').take(60).collect();
    let Some(start) = head.iter().position(|l| is_rule(l)) else {
        return 0..0;
    };
    let Some(length) = head[start + 1..].iter().position(|l| is_rule(l)) else {
        return 0..0;
    };
    let end = start + 1 + length;
    if head[start..end].iter().any(|l| l.contains(LEGEND)) {
        start..end + 1
    } else {
        0..0
    }
}

#[cfg(test)]
mod tests;
