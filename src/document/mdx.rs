//! MDX: Markdown with JavaScript modules and JSX. Its `import` and
//! `export` lines are code for the site's builder, not text: left out.
//! `:::note` admonitions (Docusaurus, and remark's directives) become a
//! labelled block: their fence reads `Note:`, their closing fence nothing.
//! JSX tags are read as the HTML Markdown carries (their tags never
//! show). The rest is Markdown; lines stay where they are in the file.

use super::{LinkUrls, Structure, markdown};

/// Read an MDX document.
pub fn read(text: String, link_urls: LinkUrls) -> (String, Structure) {
    let text = as_markdown(&text);
    let structure = markdown::parse(&text, link_urls);
    (text, structure)
}

/// The Markdown an MDX text means, line for line.
fn as_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<&str> = None;
    let mut in_module = false;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let ending = &line[content.len()..];
        let trimmed = content.trim_start();
        if let Some(open) = fence {
            if trimmed.starts_with(open) {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            out.push_str(line);
            continue;
        }
        // A module statement runs on to its `;` or a blank line.
        let opens_module = content.starts_with("import ") || content.starts_with("export ");
        if opens_module || in_module {
            in_module = !content.trim_end().ends_with(';') && !content.trim().is_empty();
            if opens_module && content.contains(" from ") {
                in_module = false;
            }
            out.push_str(ending);
            continue;
        }
        match trimmed.strip_prefix(":::") {
            Some(rest) if !rest.starts_with(':') => {
                let mut words = rest.trim().splitn(2, char::is_whitespace);
                let kind = words.next().unwrap_or("").trim_matches(['{', '}']);
                let title = words.next().unwrap_or("").trim();
                if !kind.is_empty() {
                    let mut label: Vec<char> = kind.chars().collect();
                    label[0] = label[0].to_ascii_uppercase();
                    let label: String = label.into_iter().collect();
                    out.push_str(&format!("**{label}:** {title}"));
                }
                out.push_str(ending);
            }
            _ => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    #[test]
    fn modules_are_left_out_and_admonitions_labelled_line_for_line() {
        let mdx = "import Tabs from '@theme/Tabs';\nexport const meta = {\n  title: 'x',\n};\n\n\
                   # Guide\n\n:::tip Be quick\n\nUse it.\n\n:::\n\n<Tabs>\n\nInside.\n\n</Tabs>\n\n\
                   ```js\nimport kept from 'code';\n```\n";
        let doc = Document::from_text("guide.mdx", mdx, Format::Mdx);
        let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        assert!(
            !texts.iter().any(|t| t.contains("import Tabs")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("meta")), "{texts:?}");
        assert!(texts.contains(&"Tip: Be quick"), "{texts:?}");
        assert!(texts.contains(&"Inside."), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("Tabs>")), "{texts:?}");
        assert!(
            texts.contains(&"import kept from 'code';"),
            "code stays: {texts:?}"
        );
        assert_eq!(doc.sections[0].title, "Guide");
        assert_eq!(
            doc.section_line(&doc.sections[0]),
            5,
            "lines are the file's"
        );
    }
}
