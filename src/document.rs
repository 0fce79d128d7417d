//! The document model: one normalised text buffer, the blocks laid over it and
//! the outline of sections. Everything here is pure data built once per load;
//! nothing knows about terminals, widths or files.
//!
//! Blocks refer to the text by byte ranges, so the document holds a single
//! copy of the plain text. Markdown blocks whose displayed text differs from
//! the source (markup removed, list bullets, tables) carry their own
//! [`RichText`].

pub mod aozora;
mod block;
mod compose;
pub mod epub;
mod epub_toc;
mod format;
pub mod html;
pub mod info;
pub mod links;
pub mod load;
pub mod manpage;
pub mod markdown;
mod mdx;
pub mod part;
pub mod plain;
pub mod readers;
mod rich;
pub mod roff;
mod shown;
mod source_lines;
mod split;
pub mod subtitles;
pub mod table;

use block::line_number;
pub use block::{Block, BlockKind};
pub use format::{Format, ReadBy};
pub use rich::{InlineStyle, LinkSpan, LinkUrls, RichExtra, RichText, StyledSpan};
pub use shown::Shown;

/// Whether an outline entry is a real heading or a labelled paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    /// The document's own title, above its divisions.
    Title,
    Heading,
    Paragraph,
    /// Matter that is not the book's: a Project Gutenberg licence.
    Licence,
}

/// One entry of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// 1 for the top level.
    pub level: u8,
    pub title: String,
    /// Index of the block the section starts at.
    pub block: usize,
    pub kind: SectionKind,
}

/// A loaded, structured document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Short name for status lines: the file name, or the bundled seed's.
    pub name: String,
    /// The document's own title when it has one (front matter, title block).
    pub title: Option<String>,
    pub format: Format,
    /// Why it was read as that format.
    pub read_by: ReadBy,
    /// Shared so background work (counting search matches) can read it.
    text: std::sync::Arc<String>,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    /// Links, footnotes and heading ids (Markdown).
    pub links: links::Links,
    /// Code blocks' highlighting, done when first shown.
    highlights: Highlighted,
    /// Builds the displayed text of deferred blocks.
    deferred: Option<markdown::DeferredRich>,
    /// Things the user should know about how the file was read.
    pub notices: Vec<String>,
    /// Where each section is in the source when the text is lectern's own
    /// rendering of it (an EPUB's content file and fragment); else empty.
    pub section_sources: Vec<String>,
    /// Whether the text carries colour codes (`ESC [ … m`, a coloured log),
    /// which search looks through.
    colour_codes: bool,
    /// Whether the text is all ASCII (then search need not fold accents).
    ascii: bool,
    /// What the blocks display, as search reads it: made when first needed.
    shown: std::sync::OnceLock<Shown>,
}

/// The code blocks and, once shown, their highlighting.
#[derive(Debug, Clone, Default)]
struct Highlighted {
    /// Indices of the code blocks, in order.
    blocks: Vec<usize>,
    done: Vec<std::sync::OnceLock<Option<crate::highlight::Highlights>>>,
}

impl Highlighted {
    fn new(blocks: &[Block]) -> Highlighted {
        let code: Vec<usize> = (0..blocks.len())
            .filter(|&i| blocks[i].kind == BlockKind::Code)
            .collect();
        Highlighted {
            done: std::iter::repeat_with(Default::default)
                .take(code.len())
                .collect(),
            blocks: code,
        }
    }
}

/// What the structure detectors hand back.
#[derive(Debug, Default)]
pub struct Structure {
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    pub links: links::Links,
    pub deferred: Option<markdown::DeferredRich>,
}

impl Structure {
    /// A block's rich text (building a deferred one from `text`).
    pub fn rich<'a>(&'a self, text: &'a str, index: usize) -> Option<&'a RichText> {
        rich_text(text, &self.blocks, self.deferred.as_ref(), index)
    }
}

fn rich_text<'a>(
    text: &'a str,
    blocks: &'a [Block],
    deferred: Option<&'a markdown::DeferredRich>,
    index: usize,
) -> Option<&'a RichText> {
    let block = &blocks[index];
    match (&block.rich, deferred) {
        (Some(rich), _) => Some(rich),
        (None, Some(deferred)) if block.deferred => Some(deferred.get(text, blocks, index)),
        _ => None,
    }
}

impl Document {
    /// Build a document from already-decoded text (tests, benches, stdin).
    pub fn from_text(name: &str, text: &str, format: Format) -> Document {
        let decoded = load::normalise(text.to_owned());
        Document::from_decoded(name, decoded, format, &[], LinkUrls::default())
    }

    /// A document with no text (a placeholder while another is swapped in).
    pub fn empty() -> Document {
        Document {
            name: String::new(),
            title: None,
            format: Format::Plain,
            read_by: ReadBy::Default,
            text: std::sync::Arc::new(String::new()),
            blocks: Vec::new(),
            sections: Vec::new(),
            links: links::Links::default(),
            section_sources: Vec::new(),
            highlights: Highlighted::default(),
            deferred: None,
            notices: Vec::new(),
            colour_codes: false,
            ascii: true,
            shown: std::sync::OnceLock::new(),
        }
    }

    /// Build a document from decoded text, detecting its structure.
    /// `heading_patterns` replace plain-text detection when not empty.
    pub fn from_decoded(
        name: &str,
        decoded: load::Decoded,
        format: Format,
        heading_patterns: &[regex::Regex],
        link_urls: LinkUrls,
    ) -> Document {
        let load::Decoded {
            mut text,
            notices,
            cr_lines,
        } = decoded;
        let mut structure = if heading_patterns.is_empty() || !format.is_detected() {
            match readers::reader(format).read {
                readers::Read::Text(read) => {
                    let (kept, structure) = read(text, link_urls);
                    text = kept;
                    structure
                }
                // A book is read from its bytes (see `epub`): text that
                // comes here as one is no book, and reads as plain text.
                readers::Read::Book => plain::detect(&text, None),
                readers::Read::Marked => plain::detect(&text, format.markup()),
            }
        } else {
            plain::detect_with_patterns(&text, heading_patterns)
        };
        split::split_long_blocks(&text, &mut structure);
        if !cr_lines.is_empty() {
            for block in &mut structure.blocks {
                let line = block.line();
                block.set_line(line - cr_lines.partition_point(|&l| l <= line));
            }
        }
        let highlights = Highlighted::new(&structure.blocks);
        Document {
            name: name.to_owned(),
            highlights,
            title: structure.title,
            format,
            read_by: ReadBy::Default,
            colour_codes: memchr::memmem::find(text.as_bytes(), b"\x1b[").is_some(),
            ascii: text.is_ascii(),
            text: std::sync::Arc::new(text),
            blocks: structure.blocks,
            sections: structure.sections,
            links: structure.links,
            section_sources: Vec::new(),
            deferred: structure.deferred,
            notices,
            shown: std::sync::OnceLock::new(),
        }
    }

    /// Whether the text carries colour codes (see [`crate::text::strip_sgr`]).
    pub fn has_colour_codes(&self) -> bool {
        self.colour_codes
    }

    /// Whether the text is all ASCII.
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The whole normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text search reads: what the blocks display (see [`Shown`]).
    /// Made the first time it is asked for; a Markdown document's is put
    /// together then (the loader asks first, off the event loop).
    pub fn shown(&self) -> &Shown {
        self.shown.get_or_init(|| {
            if self.blocks.iter().any(Block::is_rich) {
                Shown::build(self)
            } else {
                Shown::same(std::sync::Arc::clone(&self.text))
            }
        })
    }

    /// Whether search reads the document's own text, known without
    /// putting together any other (see [`Document::shown`]).
    pub fn shows_own_text(&self) -> bool {
        match self.shown.get() {
            Some(shown) => shown.is_same(),
            None => !self.blocks.iter().any(Block::is_rich),
        }
    }

    /// The deferred rich text of block `index` when it has not been built.
    fn unbuilt_deferred(&self, index: usize) -> Option<&markdown::DeferredRich> {
        let deferred = self.deferred.as_ref()?;
        (self.blocks[index].deferred && !deferred.is_built(index)).then_some(deferred)
    }

    /// The text, shared (for work on another thread).
    pub fn shared_text(&self) -> std::sync::Arc<String> {
        std::sync::Arc::clone(&self.text)
    }

    /// The text a block displays (rich text, or its source slice; none
    /// for a rule, which is drawn whatever its source line holds).
    pub fn block_text(&self, index: usize) -> &str {
        if self.blocks[index].kind == BlockKind::Rule {
            return "";
        }
        match self.rich(index) {
            Some(rich) if !rich.in_document => &rich.text,
            _ => &self.text[self.blocks[index].range.clone()],
        }
    }

    /// A block's rich text, when it displays other than its source slice.
    pub fn rich(&self, index: usize) -> Option<&RichText> {
        rich_text(&self.text, &self.blocks, self.deferred.as_ref(), index)
    }

    /// A code block's highlighted pieces (ranges of its displayed text),
    /// worked out the first time they are asked for; `None` for a block
    /// that is not code in a language lectern knows.
    pub fn highlights(&self, index: usize) -> Option<&crate::highlight::Highlights> {
        let slot = self.highlights.blocks.binary_search(&index).ok()?;
        if !crate::highlight::ready() {
            // Plain until the grammars have loaded (off the event loop).
            return None;
        }
        let done = &self.highlights.done[slot];
        if let Some(done) = done.get() {
            return done.as_ref();
        }
        let language = self.rich(index)?.language()?;
        if !crate::highlight::compiled(language) {
            // Plain until its grammar is compiled (the app asks the shell).
            return None;
        }
        done.get_or_init(|| crate::highlight::highlight(language, self.block_text(index)))
            .as_ref()
    }

    /// The quote bars the blank row after block `index` carries: those it
    /// shares with the next block, so a quote reads as one.
    pub fn quote_bars_after(&self, index: usize) -> String {
        const BAR: &str = "│ ";
        let bars = |prefix: Option<&str>| {
            let prefix = prefix.unwrap_or("");
            prefix.len() / BAR.len() - prefix.trim_start_matches(BAR).len() / BAR.len()
        };
        if index + 1 >= self.blocks.len() {
            return String::new();
        }
        let here = bars(self.rich(index).map(|r| r.rest_prefix.as_str()));
        let next = bars(self.rich(index + 1).map(|r| r.first_prefix.as_str()));
        BAR.repeat(here.min(next))
    }

    /// Whether the document has code blocks that may be highlighted.
    pub fn has_code(&self) -> bool {
        !self.highlights.blocks.is_empty()
    }

    /// The name to show for the document: its title, else its file name.
    pub fn display_title(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.name)
    }

    /// The zero-based source line of byte `offset` of the text.
    pub fn line_of(&self, offset: usize) -> usize {
        let block = self
            .blocks
            .partition_point(|b| b.range.start <= offset)
            .saturating_sub(1);
        let Some(start) = self.blocks.get(block).filter(|b| b.range.start <= offset) else {
            return memchr::memchr_iter(
                b'\n',
                &self.text.as_bytes()[..offset.min(self.text.len())],
            )
            .count();
        };
        let within = &self.text.as_bytes()[start.range.start..offset.min(self.text.len())];
        start.line() + memchr::memchr_iter(b'\n', within).count()
    }

    /// The blocks of the file block `block` came from: in a book, its
    /// chapter's; else all of them.
    pub fn chapter_blocks(&self, block: usize) -> std::ops::Range<usize> {
        let mut starts: Vec<usize> = self
            .links
            .places
            .iter()
            .filter(|(place, _)| !place.contains('#'))
            .map(|&(_, start)| start)
            .collect();
        starts.sort_unstable();
        let at = starts.partition_point(|&s| s <= block);
        let start = at.checked_sub(1).map_or(0, |i| starts[i]);
        let end = starts.get(at).copied().unwrap_or(self.blocks.len());
        start..end.max(start)
    }

    /// The source line where a section starts.
    pub fn section_line(&self, section: &Section) -> usize {
        self.blocks[section.block].line()
    }
}
