//! A roff line's parts: a request's name and arguments, comments, and
//! the blocks a request skips (`.ig`, `.de`).

pub(super) fn skip_until<'a>(lines: &mut impl Iterator<Item = &'a str>, end: &str) {
    for line in lines.by_ref() {
        if line.trim_end() == end || line.trim_end().starts_with(&format!("{end} ")) {
            return;
        }
    }
}

/// A request's name and the rest of its line (comments removed).
pub(super) fn split_request(request: &str) -> (&str, &str) {
    let request = request.trim_start();
    if request.starts_with("\\\"") {
        return ("\\\"", "");
    }
    let end = request.find([' ', '\t']).unwrap_or(request.len());
    (&request[..end], request[end..].trim_start())
}

/// A request's arguments: separated by spaces, `"…"` quoting (with `""`
/// for a quote).
pub(super) fn arguments(rest: &str) -> Vec<String> {
    let rest = strip_comment(rest);
    let mut args = Vec::new();
    let mut chars = rest.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == ' ' || c == '\t' {
            chars.next();
            continue;
        }
        let mut arg = String::new();
        if c == '"' {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        arg.push('"');
                        continue;
                    }
                    break;
                }
                arg.push(c);
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ' ' || c == '\t' {
                    break;
                }
                arg.push(c);
                chars.next();
            }
        }
        args.push(arg);
    }
    args
}

/// A line without its `\"` comment.
pub(super) fn strip_comment(line: &str) -> &str {
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        if escaped {
            if c == '"' {
                return &line[..at - 1];
            }
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        }
    }
    line
}
