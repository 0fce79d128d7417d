//! GNU Info files (`.info`, `.info.gz`, `.info-2`): the text `makeinfo`
//! writes, split into nodes. The `\x1f` separators, each node's `File:
//! … Node: …` line, the tag table and the directory entry are Info's
//! navigation, not the manual's text: they are left blank (so every line
//! stays where the file has it) and the rest is read as plain text, whose
//! detection knows makeinfo's underlines (`*`, `=`, `-`, `.`).

use super::readers::Head;
use super::{LinkUrls, Structure, plain};

/// Whether the start of a document is an Info file: makeinfo's opening
/// line, or a node's separator and `File:` line.
pub fn is_info(head: &Head<'_>) -> bool {
    let first = head.text.lines().next().unwrap_or("");
    (first.starts_with("This is ") && first.contains("produced by makeinfo"))
        || head.text.contains("\u{1f}\nFile: ")
}

/// Read an Info file: its navigation blanked, the rest plain text.
pub fn read(text: &str, _urls: LinkUrls) -> (String, Structure) {
    let shown = without_navigation(text);
    let structure = plain::detect(&shown, None);
    (shown, structure)
}

/// What Info's navigation is being skipped.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Skip {
    /// Nothing: text.
    Text,
    /// The line after a separator: `File:`, `Tag Table:`, `Indirect:`.
    AfterSeparator,
    /// A tag table or an indirect table, up to the next separator.
    Table,
    /// The directory entry, up to `END-INFO-DIR-ENTRY`.
    DirEntry,
}

/// `text` with Info's navigation lines left empty.
fn without_navigation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skip = Skip::Text;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        let blank = match skip {
            _ if body.starts_with('\u{1f}') => {
                skip = Skip::AfterSeparator;
                true
            }
            Skip::AfterSeparator => {
                let table = [
                    "Tag Table:",
                    "Indirect:",
                    "End Tag Table",
                    "Local Variables:",
                ]
                .iter()
                .any(|t| body.starts_with(t));
                skip = if table { Skip::Table } else { Skip::Text };
                body.starts_with("File: ") || table
            }
            Skip::Table => true,
            Skip::DirEntry => {
                if body.starts_with("END-INFO-DIR-ENTRY") {
                    skip = Skip::Text;
                }
                true
            }
            Skip::Text => {
                if body.starts_with("START-INFO-DIR-ENTRY") {
                    skip = Skip::DirEntry;
                }
                skip == Skip::DirEntry
                    || body.starts_with("INFO-DIR-SECTION")
                    || number == 0 && body.contains("produced by makeinfo")
            }
        };
        if blank {
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    const INFO: &str = "This is ed.info, produced by makeinfo version 4.13+ from ed.texi.\n\n\
        INFO-DIR-SECTION Basics\nSTART-INFO-DIR-ENTRY\n* Ed: (ed).   The GNU line editor\nEND-INFO-DIR-ENTRY\n\n\
        \u{1f}\nFile: ed.info,  Node: Top,  Next: Overview,  Up: (dir)\n\n\
        The GNU ed line editor\n**********************\n\nThis manual is for GNU ed.\n\n\
        \u{1f}\nFile: ed.info,  Node: Overview,  Prev: Top,  Up: Top\n\n\
        1 Overview\n**********\n\nGNU ed is a line-oriented text editor.\n\n\
        1.1 Lines\n=========\n\nA line is text.\n\n\
        \u{1f}\nTag Table:\nNode: Top\u{7f}180\nNode: Overview\u{7f}400\n\u{1f}\nEnd Tag Table\n";

    #[test]
    fn navigation_is_not_text_and_underlined_titles_are_the_outline() {
        assert!(is_info(&Head::of(INFO.as_bytes())));
        assert!(!is_info(&Head::of(b"This is a letter.\n")));
        let doc = Document::from_text("ed.info", INFO, Format::Info);
        let text = doc.text();
        for hidden in [
            "File:",
            "Node:",
            "\u{1f}",
            "makeinfo",
            "INFO-DIR",
            "Tag Table",
            "(ed).",
        ] {
            assert!(!text.contains(hidden), "{hidden:?} shown: {text:?}");
        }
        assert!(text.contains("GNU ed is a line-oriented text editor."));
        let outline: Vec<(u8, &str)> = doc
            .sections
            .iter()
            .map(|s| (s.level, s.title.as_str()))
            .collect();
        assert_eq!(
            outline,
            [
                (1, "The GNU ed line editor"),
                (2, "1 Overview"),
                (3, "1.1 Lines")
            ]
        );
        // Lines stay where the file has them.
        let overview = &doc.sections[1];
        assert_eq!(doc.section_line(overview), 18);
    }
}
