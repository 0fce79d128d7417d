//! todo
pub fn run(_doc: crate::document::Document) -> anyhow::Result<()> {
    Ok(())
}
