//! Bookmarks and reading positions, kept in one human-readable JSON file
//! with a `version`. This module is the data model and the pure logic:
//! identifying a document (content fingerprint, then path), applying a
//! batch of changes to a freshly read file (so concurrent lecterns merge
//! instead of overwriting each other), and re-anchoring places in an edited
//! document. Reading and writing the file is in [`file`], where it lives in
//! [`paths`].

pub mod file;
pub mod paths;
mod quote;
mod reanchor;

pub use reanchor::{Reanchored, place_at, reanchor, reanchor_all, restore};

use crate::document::Document;
use serde::{Deserialize, Serialize};

/// The file format's version; a later lectern migrates older files.
pub const VERSION: u32 = 1;

/// The whole bookmarks file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreFile {
    pub version: u32,
    #[serde(default)]
    pub documents: Vec<DocRecord>,
    /// Earlier search queries, oldest first.
    #[serde(default)]
    pub search_history: Vec<String>,
    /// Fields this lectern does not know (a newer one's), kept as they
    /// were so a save never drops them.
    #[serde(flatten, default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Default for StoreFile {
    fn default() -> Self {
        StoreFile {
            version: VERSION,
            documents: Vec::new(),
            search_history: Vec::new(),
            extra: Default::default(),
        }
    }
}

/// What lectern remembers about one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRecord {
    /// xxh3 of the normalised text, in hex: the same content anywhere.
    pub fingerprint: String,
    /// Where it was last opened from (absolute), if it came from a file.
    #[serde(default)]
    pub path: Option<String>,
    pub name: String,
    /// Where the reader stopped.
    #[serde(default)]
    pub position: Option<Place>,
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
    /// Fields this lectern does not know, kept.
    #[serde(flatten, default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A place in a document, with what is needed to find it again after an
/// edit: the section it was in and the text that starts there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Byte offset into the document's normalised text.
    pub offset: usize,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub snippet: String,
}

/// A saved bookmark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Unique across processes (time, process id, counter).
    pub id: String,
    pub label: String,
    #[serde(flatten)]
    pub place: Place,
    /// Seconds since the Unix epoch.
    #[serde(default)]
    pub created: u64,
    /// Set when an edit removed the passage: kept, shown as not found.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_found: bool,
    /// Fields this lectern does not know (a newer one's `note`), kept.
    #[serde(flatten, default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// How a document is recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocIdentity {
    pub fingerprint: String,
    pub path: Option<String>,
    pub name: String,
}

impl DocIdentity {
    /// The identity of `doc`, read from `path` (absolute) if a file.
    pub fn of(doc: &Document, path: Option<String>) -> DocIdentity {
        DocIdentity {
            fingerprint: fingerprint(doc.text()),
            path,
            name: doc.name.clone(),
        }
    }
}

/// A stable fingerprint of a text (xxh3, 64 bits, hex).
pub fn fingerprint(text: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

/// What changed for one document since the last save. Applied to the file
/// as it is on disk at save time, so two lecterns never lose each other's
/// bookmarks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// New or changed bookmarks (by id).
    pub upserted: Vec<Bookmark>,
    /// Ids of deleted bookmarks.
    pub removed: Vec<String>,
    pub position: Option<Place>,
    /// Search queries to add to the history.
    pub searches: Vec<String>,
}

/// How many search queries the file keeps.
pub const SEARCH_HISTORY_LIMIT: usize = 100;

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.upserted.is_empty()
            && self.removed.is_empty()
            && self.position.is_none()
            && self.searches.is_empty()
    }

    /// Fold `later` into these changes (a failed save is retried with both).
    pub fn absorb(&mut self, later: Changes) {
        for bookmark in later.upserted {
            self.upsert(bookmark);
        }
        for id in later.removed {
            self.remove(id);
        }
        if later.position.is_some() {
            self.position = later.position;
        }
        self.searches.extend(later.searches);
    }

    pub fn upsert(&mut self, bookmark: Bookmark) {
        self.removed.retain(|id| *id != bookmark.id);
        match self.upserted.iter_mut().find(|b| b.id == bookmark.id) {
            Some(existing) => *existing = bookmark,
            None => self.upserted.push(bookmark),
        }
    }

    pub fn remove(&mut self, id: String) {
        self.upserted.retain(|b| b.id != id);
        if !self.removed.contains(&id) {
            self.removed.push(id);
        }
    }
}

/// How a saved record relates to the document now open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Same content (perhaps moved or renamed): places hold as they are.
    SameContent,
    /// Same path, different content: places must be found again.
    Edited,
}

impl StoreFile {
    /// Parse the bookmarks file's text; the error says what is wrong where.
    pub fn parse(text: &str) -> Result<StoreFile, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// The record for `identity`: by content first, then by path.
    pub fn find(&self, identity: &DocIdentity) -> Option<(usize, Match)> {
        if let Some(i) = self
            .documents
            .iter()
            .position(|d| d.fingerprint == identity.fingerprint)
        {
            return Some((i, Match::SameContent));
        }
        let path = identity.path.as_ref()?;
        self.documents
            .iter()
            .position(|d| d.path.as_ref() == Some(path))
            .map(|i| (i, Match::Edited))
    }

    /// Apply `changes` for `identity`, creating its record if needed and
    /// updating its fingerprint, path and name to the current ones. Another
    /// record of the same content (saved from elsewhere) is merged into it.
    pub fn apply(&mut self, identity: &DocIdentity, changes: &Changes) {
        let mut record = match self.find(identity) {
            Some((i, _)) => self.documents.remove(i),
            None => DocRecord {
                fingerprint: identity.fingerprint.clone(),
                path: None,
                name: identity.name.clone(),
                position: None,
                bookmarks: Vec::new(),
                extra: Default::default(),
            },
        };
        record.fingerprint = identity.fingerprint.clone();
        if identity.path.is_some() {
            record.path = identity.path.clone();
        }
        record.name = identity.name.clone();
        let (same, others): (Vec<DocRecord>, Vec<DocRecord>) = std::mem::take(&mut self.documents)
            .into_iter()
            .partition(|d| d.fingerprint == identity.fingerprint);
        for bookmark in same.into_iter().flat_map(|d| d.bookmarks) {
            if !record.bookmarks.iter().any(|b| b.id == bookmark.id) {
                record.bookmarks.push(bookmark);
            }
        }
        record
            .bookmarks
            .retain(|b| !changes.removed.contains(&b.id));
        for bookmark in &changes.upserted {
            match record.bookmarks.iter_mut().find(|b| b.id == bookmark.id) {
                Some(existing) => *existing = bookmark.clone(),
                None => record.bookmarks.push(bookmark.clone()),
            }
        }
        if changes.position.is_some() {
            record.position = changes.position.clone();
        }
        self.documents = others;
        self.documents.push(record);
        for query in &changes.searches {
            self.search_history.retain(|q| q != query);
            self.search_history.push(query.clone());
        }
        let excess = self
            .search_history
            .len()
            .saturating_sub(SEARCH_HISTORY_LIMIT);
        self.search_history.drain(..excess);
    }
}

/// A new bookmark id, unique across processes.
pub fn new_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "{nanos:x}-{:x}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A bookmark id made from the clock an event brought: unique across
/// processes (`instance` is the process id) and within one (`serial`).
pub fn bookmark_id(now: u64, instance: u32, serial: u64) -> String {
    format!("{now:x}-{instance:x}-{serial}")
}

#[cfg(test)]
mod tests;
