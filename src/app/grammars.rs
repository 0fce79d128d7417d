//! Code on screen in a language whose grammar is not compiled yet: the
//! app asks the shell, through an effect, to compile it off the event loop
//! (once per language); the code is drawn plain until `SyntaxesLoaded`.
//! Drawing never asks for anything.

use super::{App, Effect};
use crate::document::BlockKind;

impl App {
    pub(super) fn grammars_to_compile(&mut self) -> Vec<Effect> {
        if !self.library.doc().has_code() || !crate::highlight::ready() {
            return Vec::new();
        }
        let mut blocks: Vec<usize> = self.viewport.view().iter().map(|pos| pos.block).collect();
        blocks.dedup();
        let mut effects = Vec::new();
        for block in blocks {
            if self
                .doc()
                .blocks
                .get(block)
                .is_none_or(|b| b.kind != BlockKind::Code)
            {
                continue;
            }
            let Some(language) = self.library.doc().rich(block).and_then(|r| r.language()) else {
                continue;
            };
            if crate::highlight::compiled(language) || self.grammars_asked.contains(language) {
                continue;
            }
            self.grammars_asked.insert(language.to_owned());
            effects.push(Effect::CompileGrammar {
                language: language.to_owned(),
                sample: crate::highlight::sample_of(self.library.doc().block_text(block))
                    .to_owned(),
            });
        }
        effects
    }
}
