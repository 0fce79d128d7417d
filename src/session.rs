//! What the shell needs to remember a document between runs: the store, the
//! document's identity, and what was saved about it (found again for this
//! version). Also the `--paths` and `--bookmarks` listings.

use crate::app::{Elsewhere, Saved};
use crate::document::Document;
use crate::source::Source;
use crate::store::file::Store;
use crate::store::paths::Paths;
use crate::store::{Bookmark, DocIdentity, StoreFile, restore};
use serde::Serialize;

/// The store and this document's place in it.
pub struct Session {
    pub store: Store,
    pub identity: DocIdentity,
    pub saved: Saved,
    /// Problems to show the user (a file moved aside, session-only mode).
    pub warnings: Vec<String>,
}

/// The identity of `doc` as read from `source`: files by absolute path.
pub fn identity(doc: &Document, source: &Source) -> DocIdentity {
    let path = match source {
        Source::File(path) => std::fs::canonicalize(path)
            .ok()
            .map(|p| p.to_string_lossy().into_owned()),
        _ => None,
    };
    DocIdentity::of(doc, path)
}

/// Open the store and find what was saved about `doc`.
pub fn open(paths: Option<Paths>, doc: &Document, source: &Source) -> Session {
    let (store, opened) = Store::open(paths);
    let identity = identity(doc, source);
    let saved = saved_for(doc, &identity, &opened.file);
    Session {
        store,
        identity,
        saved,
        warnings: opened.warnings,
    }
}

fn saved_for(doc: &Document, identity: &DocIdentity, file: &StoreFile) -> Saved {
    let found = file.find(identity);
    let mut saved = Saved {
        search_history: file.search_history.clone(),
        ..Saved::default()
    };
    if let Some((index, how)) = found {
        let found = restore(doc, &file.documents[index], how);
        saved.bookmarks = found.bookmarks;
        saved.position = found.position;
        saved.position_lost = found.position_lost;
        saved.corrections = found.changes;
    }
    for (i, record) in file.documents.iter().enumerate() {
        if found.is_some_and(|(index, _)| index == i) {
            continue;
        }
        saved
            .others
            .extend(record.bookmarks.iter().map(|b| Elsewhere {
                document: record.name.clone(),
                path: record.path.as_ref().map(std::path::PathBuf::from),
                bookmark: b.clone(),
            }));
    }
    saved.bookmarks.sort_by_key(|b| (b.place.offset, b.created));
    saved
}

/// `lectern --paths`: every file lectern reads or writes.
pub fn paths_report(paths: Option<&Paths>) -> String {
    match paths {
        Some(p) => format!(
            "config directory: {}\nconfig file:      {}\nbookmarks:        {}\nlock:             {}\n",
            p.config_dir.display(),
            p.config.display(),
            p.bookmarks.display(),
            p.lock.display()
        ),
        None => "no config directory could be found (set LECTERN_CONFIG_DIR or HOME)\n".to_owned(),
    }
}

/// One line of `lectern --bookmarks --json`.
#[derive(Debug, Serialize)]
struct Listed<'a> {
    document: &'a str,
    path: Option<&'a str>,
    label: &'a str,
    section: Option<&'a str>,
    offset: usize,
    not_found: bool,
}

/// `lectern --bookmarks [--json] [PATH]`: one document's bookmarks (found
/// again for its current version), or every document's.
pub fn bookmarks_report(
    paths: Option<Paths>,
    doc: Option<(&Document, &Source)>,
    json: bool,
) -> (String, Vec<String>) {
    // Only reading: nothing is created, moved or written.
    let opened = Store::read_only(paths.as_ref());
    let file = opened.file;
    let mut rows: Vec<(String, Option<String>, Bookmark)> = Vec::new();
    match doc {
        Some((doc, source)) => {
            let identity = identity(doc, source);
            for b in saved_for(doc, &identity, &file).bookmarks {
                rows.push((identity.name.clone(), identity.path.clone(), b));
            }
        }
        None => {
            for record in &file.documents {
                for b in &record.bookmarks {
                    rows.push((record.name.clone(), record.path.clone(), b.clone()));
                }
            }
        }
    }
    let out = if json {
        let listed: Vec<Listed> = rows
            .iter()
            .map(|(name, path, b)| Listed {
                document: name,
                path: path.as_deref(),
                label: &b.label,
                section: b.place.section.as_deref(),
                offset: b.place.offset,
                not_found: b.not_found,
            })
            .collect();
        crate::text::json_for_terminal(
            serde_json::to_string_pretty(&listed).unwrap_or_else(|_| "[]".into()),
        ) + "\n"
    } else {
        let mut out = String::new();
        let mut current: Option<&str> = None;
        for (name, _, b) in &rows {
            if current != Some(name.as_str()) {
                out.push_str(&crate::text::sanitize::sanitize(name));
                out.push('\n');
                current = Some(name);
            }
            let where_ = if b.not_found {
                "not found in this version".to_owned()
            } else {
                b.place.section.clone().unwrap_or_default()
            };
            out.push_str(&format!(
                "  {}  ({})\n",
                crate::text::sanitize::sanitize(&b.label),
                crate::text::sanitize::sanitize(&where_)
            ));
        }
        out
    };
    let mut warnings = opened.warnings;
    if rows.is_empty() && !json {
        // Said on stderr: stdout stays the (empty) list.
        warnings.push(match doc {
            Some((doc, _)) => format!("no bookmarks in {}", doc.name),
            None => "no bookmarks yet (m marks the passage on top)".to_owned(),
        });
    }
    (out, warnings)
}
