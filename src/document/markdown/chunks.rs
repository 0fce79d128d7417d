//! Cutting a large Markdown text into pieces that parse the same apart.

/// Aim for parse chunks of about this size: pulldown-cmark keeps a tree of
/// the whole input, which for a 100 MB file costs several times its size.
/// A 1 MB chunk's tree grew to 3-4 MB on each of the two threads, and what
/// malloc kept of them in each thread's arena put the peak of a 100 MB
/// file over 150 MiB in some runs; at 256 KB it is 142 MiB in every run,
/// and no slower.
pub(super) const CHUNK_BYTES: usize = 1 << 18;

/// Split Markdown into pieces that parse the same apart as together: each
/// piece after the first starts at an ATX heading at the margin, outside
/// fenced code, once the piece before has reached `target` bytes. (Link
/// reference definitions do not reach across pieces; a document that
/// relies on that far apart is rare, and still reads.)
pub(super) fn chunks(text: &str, target: usize) -> Vec<std::ops::Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut fence: Option<(u8, usize)> = None;
    let mut at = 0;
    while at < text.len() {
        let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
        let line = &text.as_bytes()[at..end];
        let trimmed = line.trim_ascii_start();
        let indent = line.len() - trimmed.len();
        let ticks = trimmed
            .iter()
            .take_while(|&&b| b == b'`' || b == b'~')
            .count();
        if indent < 4 && ticks >= 3 && trimmed[..ticks].iter().all(|&b| b == trimmed[0]) {
            fence = match fence {
                None => Some((trimmed[0], ticks)),
                Some((c, n)) if c == trimmed[0] && ticks >= n => None,
                open => open,
            };
        } else if fence.is_none() && at - start >= target && is_atx_heading(line) {
            pieces.push(start..at);
            start = at;
        }
        at = end + 1;
    }
    pieces.push(start..text.len());
    pieces
}

fn is_atx_heading(line: &[u8]) -> bool {
    let hashes = line.iter().take_while(|&&b| b == b'#').count();
    (1..=6).contains(&hashes) && matches!(line.get(hashes), None | Some(b' ' | b'\t'))
}
