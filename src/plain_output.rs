//! todo
pub fn width_from_env() -> usize {
    80
}
pub fn write(
    doc: &crate::document::Document,
    _w: usize,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    out.write_all(doc.text().as_bytes())
}
