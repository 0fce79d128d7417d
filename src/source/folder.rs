//! A folder named on the command line, read as its documents: the files
//! the registry of readers claims by name, and files without one that turn out to be
//! text (README, LICENSE, NEWS), in its subfolders too — skipping hidden
//! files and what `.gitignore` and `.ignore` leave out, as ripgrep does
//! (its `ignore` crate walks the tree) — sorted by path, up to a limit.

use super::Source;
use crate::document::readers;
use crate::error::LoadError;
use std::io::Read;
use std::path::{Path, PathBuf};

/// How many files one folder opens at most: a home directory given by
/// mistake should not open thousands of documents.
pub const FOLDER_LIMIT: usize = 200;

/// The documents of `folder`, and a notice when the limit left some out.
pub fn documents(folder: &Path) -> Result<(Vec<Source>, Option<String>), LoadError> {
    std::fs::read_dir(folder).map_err(|e| LoadError::from_io(folder.to_owned(), e))?;
    let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(folder)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
        .map(ignore::DirEntry::into_path)
        .filter(|path| is_document(path))
        .take(FOLDER_LIMIT + 1)
        .collect();
    if files.is_empty() {
        return Err(LoadError::NoDocuments(folder.to_owned()));
    }
    let notice = (files.len() > FOLDER_LIMIT).then(|| {
        files.truncate(FOLDER_LIMIT);
        format!(
            "{}: opened its first {FOLDER_LIMIT} documents; name a subfolder for the rest",
            folder.display()
        )
    });
    Ok((files.into_iter().map(Source::File).collect(), notice))
}

/// The documents named on the command line: files as given (`-` for
/// standard input), a folder as its documents (see [`folder`]); with
/// notices of folders cut at the limit.
pub fn expand(paths: &[PathBuf]) -> Result<(Vec<Source>, Vec<String>), LoadError> {
    let mut sources = Vec::new();
    let mut notices = Vec::new();
    for path in paths {
        if !path.is_dir() {
            sources.push(Source::from_arg(Some(path)));
            continue;
        }
        let (documents, notice) = documents(path)?;
        sources.extend(documents);
        notices.extend(notice);
    }
    Ok((sources, notices))
}

/// Documents that share a file name (`README` and `guide/README`) are
/// told apart by their parent folder's name, as editors' tabs do.
pub fn name_apart(loaded: &mut [(Source, crate::document::Document)]) {
    let sources: Vec<Source> = loaded.iter().map(|(source, _)| source.clone()).collect();
    for ((_, doc), name) in loaded.iter_mut().zip(names_apart(&sources)) {
        doc.name = name;
    }
}

/// The names documents read from `sources` go by: their file names, with
/// their folder's name in front where two are the same.
pub fn names_apart(sources: &[Source]) -> Vec<String> {
    let names: Vec<String> = sources.iter().map(Source::name).collect();
    sources
        .iter()
        .enumerate()
        .map(|(index, source)| {
            let shared = names.iter().filter(|&n| *n == names[index]).count() > 1;
            let parent = match source {
                Source::File(path) => path.parent().and_then(Path::file_name),
                _ => None,
            };
            match (shared, parent) {
                (true, Some(parent)) => format!("{}/{}", parent.to_string_lossy(), names[index]),
                _ => names[index].clone(),
            }
        })
        .collect()
}

/// Documents by name, as the registry of readers claims them (compressed
/// ones by the name inside: `notes.md.gz`, `xz.1.gz`); a file whose name
/// no reader claims when it has no extension and is text (README) or its
/// content shows a format (an EPUB without its extension).
fn is_document(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let inner = super::unpack::inner_name(name);
    if readers::by_name(inner).is_some() {
        return true;
    }
    Path::new(inner).extension().is_none() && looks_like_text(path)
}

/// Whether the file's first 8 KB read as text: no NUL byte, and UTF-8 (a
/// character cut at the end of the sample aside).
fn looks_like_text(path: &Path) -> bool {
    let mut sample = Vec::with_capacity(8192);
    let read = std::fs::File::open(path).and_then(|f| f.take(8192).read_to_end(&mut sample));
    if read.is_err() || sample.is_empty() || sample.contains(&0) {
        return false;
    }
    match std::str::from_utf8(&sample) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && e.valid_up_to() + 4 > sample.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sources: &[Source], root: &Path) -> Vec<String> {
        sources
            .iter()
            .map(|s| match s {
                Source::File(p) => p.strip_prefix(root).unwrap().display().to_string(),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_folder_is_its_text_files_in_subfolders_too_skipping_hidden_ignored_and_binary() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("guide/.cache")).unwrap();
        std::fs::create_dir_all(root.join("build")).unwrap();
        std::fs::write(root.join("README"), "A readme.\n").unwrap();
        std::fs::write(root.join("notes.md"), "# Notes\n").unwrap();
        std::fs::write(root.join("logo"), [0x89, b'P', b'N', b'G', 0, 0]).unwrap();
        std::fs::write(root.join("guide/intro.txt"), "Intro.\n").unwrap();
        std::fs::write(root.join("guide/.cache/old.txt"), "Old.\n").unwrap();
        std::fs::write(root.join(".hidden.txt"), "Hidden.\n").unwrap();
        std::fs::write(root.join("build/out.txt"), "Built.\n").unwrap();
        std::fs::write(root.join(".ignore"), "build/\n").unwrap();
        let (sources, notice) = documents(root).unwrap();
        assert_eq!(
            names(&sources, root),
            ["README", "guide/intro.txt", "notes.md"]
        );
        assert_eq!(notice, None);
    }

    #[test]
    fn documents_sharing_a_name_show_their_folder() {
        let doc = |name: &str| {
            crate::document::Document::from_text(name, "Text.\n", crate::document::Format::Plain)
        };
        let mut loaded = vec![
            (Source::File("/w/README".into()), doc("README")),
            (Source::File("/w/guide/README".into()), doc("README")),
            (Source::File("/w/notes.txt".into()), doc("notes.txt")),
        ];
        name_apart(&mut loaded);
        let names: Vec<&str> = loaded.iter().map(|(_, d)| d.name.as_str()).collect();
        assert_eq!(names, ["w/README", "guide/README", "notes.txt"]);
    }

    #[test]
    fn a_huge_folder_opens_up_to_the_limit_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..FOLDER_LIMIT + 5 {
            std::fs::write(dir.path().join(format!("{i:04}.txt")), "Text.\n").unwrap();
        }
        let (sources, notice) = documents(dir.path()).unwrap();
        assert_eq!(sources.len(), FOLDER_LIMIT);
        assert!(notice.unwrap().contains("first 200"));
        let empty = tempfile::tempdir().unwrap();
        assert!(matches!(
            documents(empty.path()),
            Err(LoadError::NoDocuments(_))
        ));
    }
}
