//! The lines of the file a reader's blocks come from, counted as it
//! reads, so that `--outline --json` and `:N` speak of the file as the
//! user has it.

/// The line of `text` that a slice of it (`part`, taken from `text`)
/// starts on, counted on from an earlier answer (`last`: its byte offset
/// and line), so that reading every line costs one pass.
pub fn line_of_slice(text: &str, part: &str, last: &mut (usize, usize)) -> usize {
    let offset = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let offset = offset.min(text.len()).max(last.0);
    last.1 += memchr::memchr_iter(b'\n', &text.as_bytes()[last.0..offset]).count();
    last.0 = offset;
    last.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_know_their_line() {
        let text = "a\nb\nc\n";
        let mut last = (0, 0);
        let lines: Vec<usize> = text
            .lines()
            .map(|l| line_of_slice(text, l, &mut last))
            .collect();
        assert_eq!(lines, [0, 1, 2]);
    }
}
