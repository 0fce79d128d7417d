//! The shell's files: a document opened beside the others, one read
//! again (`r`), and how the store knows it after.

use super::{Incoming, OpenFile, Shell};
use crate::app::{DocId, Event};
use crate::source::Source;
use crate::store::DocIdentity;

impl Shell {
    /// The open document read from `path`, opening it beside the others
    /// when it is not open (the app hears `Opened`); `None` when it cannot
    /// be read (the app hears `OpenFailed`).
    pub(super) fn open_file(&mut self, path: std::path::PathBuf) -> Option<DocId> {
        let same_file = |source: &Source| match source {
            Source::File(open) => open == &path || same_inode(open, &path),
            _ => false,
        };
        let doc = match self.files.iter().position(|f| same_file(&f.source)) {
            Some(doc) => doc,
            None if self.files.iter().any(|f| f.identity.is_none()) => {
                let message = "the file on screen is still loading: open that after";
                self.tell(Event::OpenFailed(message.into()));
                return None;
            }
            None => {
                let source = Source::File(path);
                let read = source.load(
                    self.origin.read_as,
                    self.origin.headings.for_source(&source),
                );
                let doc = match read {
                    Ok(doc) => doc,
                    Err(err) => {
                        self.tell(Event::OpenFailed(err.to_string()));
                        return None;
                    }
                };
                let session = crate::session::open(self.origin.paths.clone(), &doc, &source);
                self.files.push(OpenFile {
                    source,
                    identity: Some(session.identity),
                });
                let _ = self
                    .send
                    .send(Incoming::App(Event::Opened(vec![(doc, session.saved)])));
                self.files.len() - 1
            }
        };
        Some(DocId(doc))
    }

    /// Read document `doc` again on a worker, so the keys are never kept
    /// waiting (a large file, or one that became a FIFO); the loop hears
    /// `Incoming::Reloaded`.
    pub(super) fn reload(&mut self, doc: DocId) {
        let Some(source) = self.files.get(doc.0).map(|f| f.source.clone()) else {
            return;
        };
        if !matches!(source, Source::File(_)) {
            let why = format!("{} cannot be read again", source.name());
            let _ = self.send.send(Incoming::Reloaded {
                doc,
                result: Err(why),
                stored: None,
            });
            return;
        }
        let (read_as, headings) = (
            self.origin.read_as,
            self.origin.headings.for_source(&source).to_vec(),
        );
        let identity = self.files.get(doc.0).and_then(|f| f.identity.clone());
        let paths = self.origin.paths.clone();
        let send = self.send.clone();
        std::thread::spawn(move || {
            super::super::workers::lower_priority();
            let stored = identity.map(|identity| {
                let file = crate::store::file::Store::read_only(paths.as_ref()).file;
                file.find(&identity)
                    .map(|(index, _)| file.documents[index].bookmarks.clone())
                    .unwrap_or_default()
            });
            let result = source
                .load(read_as, &headings)
                .map(|new| {
                    new.shown();
                    let identity = crate::session::identity(&new, &source);
                    Box::new((new, identity))
                })
                .map_err(|err| format!("{err}; showing the version loaded"));
            let _ = send.send(Incoming::Reloaded {
                doc,
                result,
                stored,
            });
        });
    }

    /// How the store knows document `doc` now that it was read again.
    pub fn reidentify(&mut self, doc: DocId, identity: DocIdentity) {
        if let Some(file) = self.files.get_mut(doc.0) {
            file.identity = Some(identity);
        }
    }
}

/// Whether two paths name the same file (one given relative, say).
fn same_inode(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
