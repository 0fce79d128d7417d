//! A part of a document's file, read and structured on its own: what a
//! large file shows of itself while the whole of it loads. The file reader
//! makes them (`source::window`); the app shows them and remaps their
//! positions when the whole arrives.

use super::Document;

/// Which part of a file a [`Window`] shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowAt {
    /// Its last lines.
    End,
    /// The lines around this byte of the file.
    Around(u64),
}

/// Where the document on screen lies in a file still loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileWindow {
    /// The file byte the shown text starts at.
    pub base: u64,
    /// The whole file's size.
    pub file_len: u64,
}

/// A part of a file, read and structured on its own.
#[derive(Debug)]
pub struct Window {
    pub doc: Document,
    pub place: FileWindow,
    /// For [`WindowAt::Around`]: that byte's offset in `doc`'s text.
    pub focus: Option<usize>,
}
