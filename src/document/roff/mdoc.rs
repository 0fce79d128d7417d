//! The mdoc macros (BSD's man pages, OpenSSH's): `.Sh`/`.Ss` sections,
//! `.Bl`/`.It`/`.El` lists, `.Bd`/`.Ed` displays, and the words that name
//! things in fonts (`.Nm` the page's name, `.Fl` a flag, `.Ar` an
//! argument, `.Xr` another page), which call one another on one line:
//! `.Op Fl c Ar cipher` is `[-c cipher]`.

use super::escapes::plain;
use super::{Font, Opened, Page};
use words::{callable, quoted, text_of};

/// A list `.Bl` opened: how its items look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum List {
    /// `-tag`, `-hang`, `-ohang`, `-inset`, `-diag`: a tag over its text.
    Tagged,
    /// `-bullet`, `-dash`: a mark before each item.
    Marked(&'static str),
    /// `-enum`: numbered, counting.
    Numbered(u32),
    /// `-item`, `-column`: no mark.
    Plain,
}

/// Words in fonts, with the spaces between them.
pub(super) type Parts = Vec<(Font, String)>;

impl Page {
    /// Carry out an mdoc request; whether `name` was one.
    pub(super) fn mdoc(&mut self, name: &str, args: &[String]) -> bool {
        match name {
            "Dd" | "Os" | "Bk" | "Ek" | "Tg" | "Db" => {}
            "Dt" => {
                let name = args.first().map(|n| plain(n)).unwrap_or_default();
                let section = args.get(1).map(|s| plain(s)).unwrap_or_default();
                self.title = Some(format!("{name}({section})"));
            }
            "Sh" | "Ss" => {
                self.lists.clear();
                self.in_synopsis = name == "Sh" && args.first().is_some_and(|a| a == "SYNOPSIS");
                let title = text_of(&self.inline(args));
                let level = if name == "Sh" { "SH" } else { "SS" };
                self.request(level, &quoted(&title));
            }
            "Pp" | "Lp" => self.request("PP", ""),
            "Sm" => self.spacing = args.first().is_none_or(|a| a != "off"),
            "Nd" => {
                let mut parts = vec![(Font::Roman, "— ".to_owned())];
                parts.extend(self.inline(args));
                self.say(&parts);
            }
            "Bl" => {
                let kind = args.iter().find_map(|a| match a.as_str() {
                    "-bullet" => Some(List::Marked("• ")),
                    "-dash" | "-hyphen" => Some(List::Marked("– ")),
                    "-enum" => Some(List::Numbered(0)),
                    "-item" | "-column" => Some(List::Plain),
                    "-tag" | "-hang" | "-ohang" | "-inset" | "-diag" => Some(List::Tagged),
                    _ => None,
                });
                self.out.end();
                self.out.gap_after_last();
                self.out.enter_indent();
                self.opened.push(Opened::Indent);
                self.lists.push(kind.unwrap_or(List::Tagged));
            }
            "It" => self.item(args),
            "El" => {
                self.lists.pop();
                self.request("RE", "");
                self.out.gap_after_last();
            }
            "Bd" => {
                let literal = args.iter().any(|a| a == "-literal" || a == "-unfilled");
                if literal {
                    self.request("nf", "");
                } else {
                    self.request("RS", "");
                }
                self.displays.push(literal);
            }
            "Ed" => match self.displays.pop() {
                Some(true) => self.request("fi", ""),
                Some(false) => self.request("RE", ""),
                None => {}
            },
            "D1" | "Dl" => {
                self.request("RS", "");
                let mut parts = self.inline(args);
                // `.Dl` is a literal line: set as code is, in bold.
                if name == "Dl" {
                    parts.iter_mut().for_each(|(font, _)| *font = Font::Bold);
                }
                self.say(&parts);
                self.request("RE", "");
            }
            "Ex" => {
                let name = self.page_name();
                self.say(&[(
                    Font::Roman,
                    format!("The {name} utility exits 0 on success, and >0 if an error occurs."),
                )]);
            }
            "Rv" => {
                let name = self.page_name();
                self.say(&[(
                    Font::Roman,
                    format!(
                        "The {name}() function returns the value 0 if successful; \
                         otherwise the value -1 is returned and errno is set to indicate the error."
                    ),
                )]);
            }
            "In" => {
                let header = args.first().cloned().unwrap_or_default();
                self.say(&[(Font::Bold, format!("#include <{header}>"))]);
            }
            "Rs" | "Re" => self.out.line_break(),
            _ if name.starts_with('%') => {
                let parts = self.inline(args);
                self.say(&parts);
            }
            _ if callable(name) => {
                if name == "Nm" && self.in_synopsis && self.out.is_open() {
                    self.request("br", "");
                }
                let mut all = vec![name.to_owned()];
                all.extend(args.iter().cloned());
                let parts = self.inline(&all);
                self.say(&parts);
            }
            _ => return false,
        }
        true
    }

    /// `.It`: the next item of the list open.
    fn item(&mut self, args: &[String]) {
        let parts = self.inline(args);
        // The item before ends; its list's indent stays.
        if self.opened.last() == Some(&Opened::Item) {
            self.opened.pop();
            self.out.leave();
        } else {
            self.out.end();
        }
        self.out.gap_after_last();
        let list = self.lists.last_mut();
        match list {
            Some(List::Marked(mark)) => {
                let mark = *mark;
                self.out.enter_item(mark);
                self.opened.push(Opened::Item);
                self.say(&parts);
            }
            Some(List::Numbered(count)) => {
                *count += 1;
                let mark = format!("{count}. ");
                self.out.enter_item(&mark);
                self.opened.push(Opened::Item);
                self.say(&parts);
            }
            Some(List::Plain) => {
                self.out.enter_indent();
                self.opened.push(Opened::Item);
                self.say(&parts);
            }
            Some(List::Tagged) | None => {
                let tag: Vec<(Font, &str)> = parts.iter().map(|(f, t)| (*f, t.as_str())).collect();
                self.tag(&tag);
            }
        }
    }

    /// Parts into the open block, as a text line would be.
    fn say(&mut self, parts: &[(Font, String)]) {
        if parts.is_empty() {
            return;
        }
        let parts: Vec<(Font, &str)> = parts.iter().map(|(f, t)| (*f, t.as_str())).collect();
        self.styled(&parts);
    }

    /// The page's name, as `.Nm` first gave it.
    fn page_name(&self) -> String {
        self.name.clone().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests;
mod words;
