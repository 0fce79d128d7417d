//! Code highlighted by its language, with syntect (Sublime Text grammars,
//! pure-Rust regexes, as `bat` uses). What comes out is not a colour but a
//! [`Role`] per byte range, which each theme colours (or not, in `mono`).
//! The grammars (tens of milliseconds to load) never delay a frame: the
//! shell loads them on another thread when a document has code, and code
//! shows plain until they are ready. A language's grammar compiles its
//! patterns the first time they are tried (20 ms or more for Bash, Rust or
//! Python): code in a language met for the first time shows plain, the
//! app asks the shell for its grammar with an effect, and the shell
//! compiles it on another thread ([`compile`]). A block is then highlighted
//! once, when first drawn; blocks too large to do so quickly stay plain.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::{LazyLock, Mutex, OnceLock};
use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxSet};

/// What a piece of code is, as far as its colour goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Keyword,
    String,
    Comment,
    Number,
    Constant,
    Function,
    Type,
    Attribute,
}

/// Every role, in the order themes list their styles.
pub const ROLES: [Role; 8] = [
    Role::Keyword,
    Role::String,
    Role::Comment,
    Role::Number,
    Role::Constant,
    Role::Function,
    Role::Type,
    Role::Attribute,
];

impl Role {
    /// Its place in [`ROLES`].
    pub fn index(self) -> usize {
        ROLES.iter().position(|&r| r == self).unwrap_or(0)
    }
}

/// A highlighted piece of a code block's text.
pub type Highlights = Vec<(Range<usize>, Role)>;

/// Blocks longer than this stay plain: highlighting is per block, on the
/// frame that first shows it (about 50 µs a line: `cargo bench --bench
/// highlight`), so this bounds that frame's extra work near 25 ms.
const MOST_BYTES: usize = 16 << 10;
/// Lines longer than this stay plain (regexes over one huge line are slow).
const LONGEST_LINE: usize = 2_000;

static SET: OnceLock<SyntaxSet> = OnceLock::new();

fn syntaxes() -> &'static SyntaxSet {
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// Load the grammars now (call it off the event loop's thread).
pub fn load() {
    syntaxes();
}

/// Whether the grammars are loaded, so highlighting costs no wait.
pub fn ready() -> bool {
    SET.get().is_some()
}

/// The grammars whose patterns are compiled (by name).
#[derive(Default)]
struct Compiling {
    compiled: HashSet<&'static str>,
}

static COMPILING: LazyLock<Mutex<Compiling>> = LazyLock::new(Default::default);

fn compiling() -> std::sync::MutexGuard<'static, Compiling> {
    COMPILING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The name of `language`'s grammar, when lectern knows it.
fn grammar_of(language: &str) -> Option<&'static str> {
    let set = SET.get()?;
    Some(set.find_syntax_by_token(language)?.name.as_str())
}

/// Whether highlighting `language` now costs no compiling: its grammar's
/// patterns are compiled, or lectern has none for it.
pub fn compiled(language: &str) -> bool {
    grammar_of(language).is_none_or(|name| compiling().compiled.contains(name))
}

/// Enough of a block to compile its grammar with: up to its first 4 KB
/// (a block over [`MOST_BYTES`] would not be highlighted at all).
pub fn sample_of(code: &str) -> &str {
    &code[..crate::text::floor_char_boundary(code, 4 << 10)]
}

/// Compile `language`'s grammar by highlighting `code` in it.
pub fn compile(language: &str, code: &str) {
    highlight(language, code);
    if let Some(name) = grammar_of(language) {
        compiling().compiled.insert(name);
    }
}

/// Scope prefixes and their roles, the more specific first.
static ROLE_SCOPES: LazyLock<Vec<(Scope, Role)>> = LazyLock::new(|| {
    [
        ("comment", Role::Comment),
        ("string", Role::String),
        ("constant.character.escape", Role::String),
        ("constant.numeric", Role::Number),
        ("constant", Role::Constant),
        ("keyword.operator", Role::Keyword),
        ("keyword", Role::Keyword),
        ("storage.type", Role::Keyword),
        ("storage", Role::Keyword),
        ("entity.name.function", Role::Function),
        ("support.function", Role::Function),
        ("variable.function", Role::Function),
        ("support.macro", Role::Function),
        ("entity.name.macro", Role::Function),
        ("entity.name.tag", Role::Keyword),
        ("entity.other.attribute-name", Role::Attribute),
        ("meta.attribute", Role::Attribute),
        ("entity.name", Role::Type),
        ("support.type", Role::Type),
        ("support.class", Role::Type),
        ("variable.language", Role::Constant),
    ]
    .into_iter()
    .filter_map(|(name, role)| Some((Scope::new(name).ok()?, role)))
    .collect()
});

/// The role of text under `stack`: the innermost scope that names one.
fn role_of(stack: &ScopeStack) -> Option<Role> {
    stack.as_slice().iter().rev().find_map(|scope| {
        ROLE_SCOPES
            .iter()
            .find(|(prefix, _)| prefix.is_prefix_of(*scope))
            .map(|&(_, role)| role)
    })
}

/// Whether lectern knows the language a fence names (`rust`, `py`, `sh`).
pub fn knows(language: &str) -> bool {
    !language.is_empty() && syntaxes().find_syntax_by_token(language).is_some()
}

/// `code` in `language` as highlighted pieces, in order; `None` for an
/// unknown language or a block too large.
pub fn highlight(language: &str, code: &str) -> Option<Highlights> {
    if code.len() > MOST_BYTES || language.is_empty() {
        return None;
    }
    let set = syntaxes();
    let syntax = set.find_syntax_by_token(language)?;
    let mut state = ParseState::new(syntax);
    let mut stack = ScopeStack::new();
    let mut out: Highlights = Vec::new();
    let mut start = 0;
    for line in code.split_inclusive('\n') {
        let base = start;
        start += line.len();
        if line.len() > LONGEST_LINE {
            // Parsing resumes on the next line from what it knew.
            continue;
        }
        let owned;
        let line = if line.ends_with('\n') {
            line
        } else {
            owned = format!("{line}\n");
            &owned
        };
        let Ok(ops) = state.parse_line(line, set) else {
            return Some(out);
        };
        let mut at = 0;
        for (next, op) in ops {
            push(&mut out, base + at..base + next, role_of(&stack));
            at = next;
            if stack.apply(&op).is_err() {
                return Some(out);
            }
        }
        let end = line.trim_end_matches('\n').len();
        push(&mut out, base + at..base + end.max(at), role_of(&stack));
    }
    Some(out)
}

/// Add a piece, joining it to the last when they touch with one role.
fn push(out: &mut Highlights, range: Range<usize>, role: Option<Role>) {
    let Some(role) = role else { return };
    if range.is_empty() {
        return;
    }
    match out.last_mut() {
        Some((last, r)) if *r == role && last.end == range.start => last.end = range.end,
        _ => out.push((range, role)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles_of(language: &str, code: &str) -> Vec<(String, Role)> {
        highlight(language, code)
            .unwrap()
            .into_iter()
            .map(|(r, role)| (code[r].to_owned(), role))
            .collect()
    }

    #[test]
    fn rust_gets_keywords_strings_comments_and_numbers() {
        let got = roles_of(
            "rust",
            "fn main() {\n    let s = \"hi\"; // greet\n    42\n}\n",
        );
        for (text, role) in [
            ("fn", Role::Keyword),
            ("let", Role::Keyword),
            ("\"hi\"", Role::String),
            ("// greet", Role::Comment),
            ("42", Role::Number),
        ] {
            assert!(
                got.iter().any(|(t, r)| t.trim() == text && *r == role),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn languages_are_found_by_fence_names_and_unknown_ones_stay_plain() {
        assert!(knows("rust") && knows("py") && knows("sh") && knows("json"));
        assert!(!knows("no-such-language") && !knows(""));
        assert!(highlight("no-such-language", "x = 1").is_none());
        assert!(highlight("rust", &"x".repeat(MOST_BYTES + 1)).is_none());
    }

    #[test]
    fn pieces_are_in_order_and_inside_the_text() {
        let code = "def f(x):\n    return x + 1  # one\n";
        let pieces = highlight("python", code).unwrap();
        assert!(pieces.windows(2).all(|w| w[0].0.end <= w[1].0.start));
        assert!(pieces.iter().all(|(r, _)| r.end <= code.len()));
        let distinct: std::collections::HashSet<Role> = pieces.iter().map(|p| p.1).collect();
        assert!(distinct.len() >= 3, "{pieces:?}");
    }

    #[test]
    fn code_in_a_new_language_shows_plain_and_the_app_asks_for_its_grammar() {
        use crate::app::{App, Effect, Event, Settings};
        load();
        let text = "# Lua\n\n```lua\nlocal n = 42 -- the answer\nprint(n)\n```\n";
        let doc =
            crate::document::Document::from_text("a.md", text, crate::document::Format::Markdown);
        let code = (0..doc.blocks.len())
            .find(|&i| doc.blocks[i].kind == crate::document::BlockKind::Code)
            .expect("a code block");
        assert!(!compiled("lua"), "no other test uses Lua");
        assert!(doc.highlights(code).is_none(), "plain while not compiled");
        let mut app = App::new(doc.clone(), Settings::default());
        let asked: Vec<Effect> = app
            .update(Event::SyntaxesLoaded)
            .into_iter()
            .filter(|e| matches!(e, Effect::CompileGrammar { .. }))
            .collect();
        assert!(
            matches!(&asked[..], [Effect::CompileGrammar { language, sample }]
                if language == "lua" && sample.contains("local n = 42")),
            "{asked:?}"
        );
        assert!(
            app.update(Event::SyntaxesLoaded).is_empty(),
            "asked once per language"
        );
        compile("lua", "local n = 1\n");
        assert!(compiled("lua"));
        let pieces = doc.highlights(code).expect("highlighted once compiled");
        assert!(
            pieces.iter().any(|(_, role)| *role == Role::Comment),
            "{pieces:?}"
        );
    }
}
