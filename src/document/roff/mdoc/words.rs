//! mdoc's macro lines as words in fonts: callable macros read in turn,
//! enclosures (`Op`, `Dq`) put around the rest of the line, spacing as
//! mdoc sets it (none before `.` or `,`, none where `Ns` says).

use super::super::escapes::plain;
use super::super::{Font, Page};
use super::Parts;

impl Page {
    /// A macro line's words in their fonts, callable macros among them
    /// read in turn (`Op Fl c Ar cipher`).
    pub(super) fn inline(&mut self, args: &[String]) -> Parts {
        let mut out = Words {
            parts: Vec::new(),
            spacing: self.spacing,
            glued: false,
            closes: Vec::new(),
        };
        let mut at = 0;
        self.call(args, &mut at, &mut out);
        out.parts
    }

    /// Read `args` from `at` to the end: words, and macros in turn.
    fn call(&mut self, args: &[String], at: &mut usize, out: &mut Words) {
        while let Some(word) = args.get(*at) {
            *at += 1;
            if callable(word) {
                self.macro_call(word, args, at, out);
            } else if is_punctuation(word) && *at == args.len() {
                // Closing punctuation stands after the enclosures.
                out.close_all();
                out.push(Font::Roman, word);
            } else {
                out.push(Font::Roman, &plain(word));
            }
        }
        out.close_all();
    }

    /// One callable macro and the words it takes.
    fn macro_call(&mut self, name: &str, args: &[String], at: &mut usize, out: &mut Words) {
        let font = match name {
            "Nm" | "Cm" | "Ic" | "Sy" | "Fn" | "Fo" | "Cd" | "Fd" | "Xr" | "Fl" => Font::Bold,
            "Ar" | "Em" | "Va" | "Pa" | "Fa" | "Ft" | "Lk" | "Mt" => Font::Italic,
            _ => Font::Roman,
        };
        // The words up to the next macro, for macros that take words.
        let words = |at: &mut usize| {
            let start = *at;
            while *at < args.len() && !callable(&args[*at]) {
                *at += 1;
            }
            args[start..*at].to_vec()
        };
        match name {
            "Ns" => out.glued = true,
            "Pf" => {
                if let Some(prefix) = args.get(*at) {
                    out.push(Font::Roman, &plain(prefix));
                    *at += 1;
                }
                out.glued = true;
            }
            "Fl" => {
                let flags = words(at);
                if flags.is_empty() {
                    out.push(font, "-");
                }
                for flag in flags {
                    if is_punctuation(&flag) {
                        out.push(Font::Roman, &flag);
                    } else {
                        out.push(font, &format!("-{}", plain(&flag)));
                    }
                }
            }
            "Nm" => {
                let given = words(at);
                let names: Vec<&String> = given.iter().filter(|w| !is_punctuation(w)).collect();
                if self.name.is_none()
                    && let Some(first) = names.first()
                {
                    self.name = Some(plain(first));
                }
                if names.is_empty() {
                    out.push(font, &self.page_name());
                }
                for word in given {
                    let f = if is_punctuation(&word) {
                        Font::Roman
                    } else {
                        font
                    };
                    out.push(f, &plain(&word));
                }
            }
            "Ar" if args
                .get(*at)
                .is_none_or(|a| callable(a) || is_punctuation(a)) =>
            {
                out.push(font, "file ...");
            }
            "Xr" => {
                let given = words(at);
                if let Some(page) = given.first() {
                    out.push(font, &plain(page));
                }
                if let Some(section) = given.get(1) {
                    out.glued = true;
                    out.push(Font::Roman, &format!("({})", plain(section)));
                }
                for word in given.iter().skip(2) {
                    out.push(Font::Roman, &plain(word));
                }
            }
            "Fn" => {
                let given = words(at);
                if let Some(function) = given.first() {
                    out.push(font, &plain(function));
                    out.glued = true;
                    let params: Vec<String> = given[1..].iter().map(|p| plain(p)).collect();
                    out.push(Font::Roman, &format!("({})", params.join(", ")));
                }
            }
            _ if enclosure(name).is_some() => {
                // `Op Fl c Ar cipher`: around everything to the end of the
                // line, so enclosures close together there (kept as a
                // stack, not by recursion: a line may nest any number).
                let (open, close) = enclosure(name).unwrap_or(("", ""));
                out.push(Font::Roman, open);
                out.glued = true;
                out.closes.push(close);
            }
            _ if opening(name).is_some() => {
                out.push(Font::Roman, opening(name).unwrap_or(""));
                out.glued = true;
            }
            _ if closing(name).is_some() => {
                out.glued = true;
                out.push(Font::Roman, closing(name).unwrap_or(""));
            }
            "Ux" => out.push(Font::Roman, "UNIX"),
            "Bx" => out.push(Font::Roman, "BSD"),
            "At" => out.push(Font::Roman, "AT&T UNIX"),
            "Nx" => out.push(Font::Roman, "NetBSD"),
            "Fx" => out.push(Font::Roman, "FreeBSD"),
            "Ox" => out.push(Font::Roman, "OpenBSD"),
            "Dx" => out.push(Font::Roman, "DragonFly"),
            "Bsx" => out.push(Font::Roman, "BSD/OS"),
            _ => {
                for word in words(at) {
                    let f = if is_punctuation(&word) {
                        Font::Roman
                    } else {
                        font
                    };
                    out.push(f, &plain(&word));
                }
            }
        }
    }
}

/// Words gathered with mdoc's spacing: a space between words, none before
/// closing punctuation or after an opening one, none where `Ns` says.
struct Words {
    parts: Parts,
    /// `.Sm off` turns spaces between words off.
    spacing: bool,
    /// The next word joins the last without a space.
    glued: bool,
    /// The marks that close the enclosures open, innermost last.
    closes: Vec<&'static str>,
}

impl Words {
    /// Close every enclosure open.
    fn close_all(&mut self) {
        while let Some(close) = self.closes.pop() {
            self.glued = true;
            self.push(Font::Roman, close);
        }
    }

    fn push(&mut self, font: Font, word: &str) {
        if word.is_empty() {
            return;
        }
        let closing = is_punctuation(word) && !matches!(word, "(" | "[");
        let after_opening = self
            .parts
            .last()
            .is_some_and(|(_, last)| last.ends_with(['(', '[']) && last.len() == 1);
        if !self.parts.is_empty() && self.spacing && !self.glued && !closing && !after_opening {
            self.parts.push((Font::Roman, " ".to_owned()));
        }
        self.glued = false;
        self.parts.push((font, word.to_owned()));
    }
}

/// All the words of some parts.
pub(super) fn text_of(parts: &Parts) -> String {
    parts.iter().map(|(_, t)| t.as_str()).collect()
}

/// An argument quoted for [`super::requests::arguments`].
pub(super) fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Punctuation mdoc sets without a space before it.
fn is_punctuation(word: &str) -> bool {
    matches!(
        word,
        "." | "," | ";" | ":" | "?" | "!" | ")" | "]" | "(" | "["
    )
}

/// The macros that may be called from a macro line.
pub(super) fn callable(word: &str) -> bool {
    matches!(
        word,
        "Ac" | "Ad"
            | "An"
            | "Ao"
            | "Ap"
            | "Aq"
            | "Ar"
            | "At"
            | "Bc"
            | "Bo"
            | "Bq"
            | "Brc"
            | "Bro"
            | "Brq"
            | "Bsx"
            | "Bx"
            | "Cd"
            | "Cm"
            | "Dc"
            | "Do"
            | "Dq"
            | "Dv"
            | "Dx"
            | "Ec"
            | "Em"
            | "En"
            | "Eo"
            | "Er"
            | "Es"
            | "Ev"
            | "Fa"
            | "Fl"
            | "Fn"
            | "Ft"
            | "Fx"
            | "Ic"
            | "Li"
            | "Lk"
            | "Ms"
            | "Mt"
            | "Nm"
            | "No"
            | "Ns"
            | "Nx"
            | "Oc"
            | "Oo"
            | "Op"
            | "Ox"
            | "Pa"
            | "Pc"
            | "Pf"
            | "Po"
            | "Pq"
            | "Qc"
            | "Ql"
            | "Qo"
            | "Qq"
            | "Sc"
            | "So"
            | "Sq"
            | "St"
            | "Sx"
            | "Sy"
            | "Ta"
            | "Tn"
            | "Ux"
            | "Va"
            | "Vt"
            | "Xc"
            | "Xo"
            | "Xr"
    )
}

/// The marks an enclosing macro puts around the rest of its line.
fn enclosure(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "Op" | "Bq" => ("[", "]"),
        "Pq" => ("(", ")"),
        "Dq" => ("“", "”"),
        "Sq" | "Ql" => ("‘", "’"),
        "Qq" => ("\"", "\""),
        "Aq" => ("⟨", "⟩"),
        "Brq" => ("{", "}"),
        _ => return None,
    })
}

/// The mark a macro opening an enclosure puts (`Oo`), closed later (`Oc`).
fn opening(name: &str) -> Option<&'static str> {
    Some(match name {
        "Oo" | "Bo" => "[",
        "Po" => "(",
        "Do" => "“",
        "So" => "‘",
        "Qo" => "\"",
        "Ao" => "⟨",
        "Bro" => "{",
        _ => return None,
    })
}

/// The mark a macro closing an enclosure puts (`Oc`).
fn closing(name: &str) -> Option<&'static str> {
    Some(match name {
        "Oc" | "Bc" => "]",
        "Pc" => ")",
        "Dc" => "”",
        "Sc" => "’",
        "Qc" => "\"",
        "Ac" => "⟩",
        "Brc" => "}",
        _ => return None,
    })
}
