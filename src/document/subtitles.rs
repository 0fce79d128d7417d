//! Subtitles (SubRip `.srt`, WebVTT `.vtt`): each cue is a block, its time
//! drawn dimmed over its lines. Cue numbers, styles and notes are not
//! text; tags in the lines (`<i>`, `{\an8}`) are left out. A film has no
//! headings: the outline lists the cues by time, one a minute, as labels.

use super::compose::Composer;
use super::readers::Head;
use super::{BlockKind, InlineStyle, LinkUrls, Section, SectionKind, Structure};

/// Whether the start of a document is subtitles: WebVTT's signature, or
/// a SubRip cue (a number, then a time line).
pub fn is_subtitles(head: &Head<'_>) -> bool {
    let text = head.text.trim_start_matches('\u{feff}');
    if text.starts_with("WEBVTT") {
        return true;
    }
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let number = lines
        .next()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()));
    number && lines.next().is_some_and(|l| times(l).is_some())
}

/// A cue's time line: where it starts and ends, as `h:mm:ss`.
fn times(line: &str) -> Option<(String, String)> {
    let (from, rest) = line.split_once("-->")?;
    let to = rest.split_whitespace().next()?;
    Some((clock(from.trim())?, clock(to)?))
}

/// `00:01:02,500` or `01:02.500` as `0:01:02`.
fn clock(time: &str) -> Option<String> {
    let whole = time.split([',', '.']).next()?;
    let parts: Vec<u32> = whole
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (h, m, s) = match parts[..] {
        [h, m, s] => (h, m, s),
        [m, s] => (0, m, s),
        _ => return None,
    };
    (m < 60 && s < 60).then(|| format!("{h}:{m:02}:{s:02}"))
}

/// A cue's line without its tags (`<i>`, `</font>`, `{\an8}`).
fn untagged(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut skip_to = None;
    for c in line.chars() {
        match (skip_to, c) {
            (Some(end), c) if c == end => skip_to = None,
            (Some(_), _) => {}
            (None, '<') => skip_to = Some('>'),
            (None, '{') => skip_to = Some('}'),
            (None, c) => out.push(c),
        }
    }
    out
}

/// Read subtitles.
pub fn read(text: &str, link_urls: LinkUrls) -> (String, Structure) {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let mut out = Composer::new(link_urls);
    // (the block, the minute and the first words of each cue)
    let mut cues: Vec<(usize, String, String)> = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at].trim_start_matches('\u{feff}');
        // Styles, notes and regions (WebVTT), and the signature: no text.
        let aside = ["WEBVTT", "NOTE", "STYLE", "REGION"]
            .iter()
            .any(|word| line.starts_with(word));
        if aside {
            while at < lines.len() && !lines[at].trim().is_empty() {
                at += 1;
            }
            continue;
        }
        let Some((from, to)) = times(line) else {
            at += 1;
            continue;
        };
        // The cue's number (or WebVTT id) on the line before is its own
        // line of the file, not text.
        let first = if at > 0 && !lines[at - 1].trim().is_empty() {
            at - 1
        } else {
            at
        };
        out.line = first;
        out.begin(BlockKind::Paragraph);
        out.style = InlineStyle {
            aside: true,
            ..InlineStyle::default()
        };
        out.words(&format!("{from} → {to}"));
        out.style = InlineStyle::default();
        let mut words = String::new();
        at += 1;
        while at < lines.len() && !lines[at].trim().is_empty() {
            let shown = untagged(lines[at]);
            out.line_break();
            out.words(&shown);
            if words.len() < 60 {
                words.push_str(shown.trim());
                words.push(' ');
            }
            at += 1;
        }
        cues.push((out.next_block(), from, words.trim().to_owned()));
        out.end();
    }
    let (text, mut structure) = out.finish(None);
    // One label a minute: where each minute's first cue is.
    let mut minute = None;
    for (block, from, words) in cues {
        let this = from.rsplit_once(':').map(|(hm, _)| hm.to_owned());
        if this != minute && block < structure.blocks.len() {
            structure.sections.push(Section {
                level: 1,
                title: format!("{from} {words}"),
                block,
                kind: SectionKind::Paragraph,
            });
            minute = this;
        }
    }
    (text, structure)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    const SRT: &str = "1\r\n00:00:01,000 --> 00:00:04,000\r\n<i>Hello</i> there.\r\nSecond line.\r\n\r\n\
                       2\r\n00:00:05,000 --> 00:00:06,500\r\n{\\an8}Up top.\r\n\r\n\
                       3\r\n00:01:10,000 --> 00:01:12,000\r\nA minute on.\r\n";

    #[test]
    fn cues_show_their_time_dimmed_over_their_lines_and_no_numbers() {
        let doc = Document::from_text("film.srt", SRT, Format::Subtitles);
        let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        assert_eq!(
            texts,
            [
                "0:00:01 → 0:00:04\nHello there.\nSecond line.",
                "0:00:05 → 0:00:06\nUp top.",
                "0:01:10 → 0:01:12\nA minute on."
            ]
        );
        let rich = doc.rich(0).unwrap();
        assert!(rich.spans[0].style.aside && rich.spans[0].range == (0..19));
        assert_eq!(doc.blocks[1].line(), 5, "a cue is where its number is");
        // No headings: labels, one a minute.
        let outline: Vec<(&str, SectionKind)> = doc
            .sections
            .iter()
            .map(|s| (s.title.as_str(), s.kind))
            .collect();
        assert_eq!(
            outline,
            [
                ("0:00:01 Hello there. Second line.", SectionKind::Paragraph),
                ("0:01:10 A minute on.", SectionKind::Paragraph)
            ]
        );
    }

    #[test]
    fn webvtt_notes_and_styles_are_not_text() {
        let vtt = "WEBVTT\n\nNOTE a note\nmore note\n\nSTYLE\n::cue { color: red }\n\n\
                   intro\n00:01.000 --> 00:02.000 align:start\nFirst.\n";
        assert!(is_subtitles(&Head::of(vtt.as_bytes())));
        assert!(is_subtitles(&Head::of(SRT.as_bytes())));
        assert!(!is_subtitles(&Head::of(b"1\nNot a cue\n")));
        let doc = Document::from_text("t.vtt", vtt, Format::Subtitles);
        assert_eq!(doc.text(), "0:00:01 → 0:00:02\nFirst.\n\n");
    }
}
