//! Bytes → normalised text. Decides the encoding (UTF-8 with or without BOM,
//! UTF-16 with BOM, otherwise the legacy encoding chardetng guesses, with a
//! notice), refuses binary
//! data, and turns CRLF and lone CR into LF. No filesystem access here: the
//! caller reads the bytes.

use encoding_rs::{Encoding, WINDOWS_1252};

/// Decoded, normalised text and what the user should be told about it.
#[derive(Debug, Default)]
pub struct Decoded {
    /// The text with a single `\n` between lines and no BOM.
    pub text: String,
    pub notices: Vec<String>,
    /// Lines of `text` that begin after a lone CR: they are not new lines in
    /// the source file (which splits on `\n` only), so line numbers reported
    /// to the user subtract them. Sorted.
    pub cr_lines: Vec<usize>,
}

/// How many leading bytes the binary check looks at.
const SNIFF_LEN: usize = 64 * 1024;

/// True when the bytes look like a binary file rather than text: NUL bytes
/// make up more than 1 in 1,000 of the first 64 KiB. Text files almost never
/// hold NUL; a few stray ones (a log with a glitch) are tolerated.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    let nuls = memchr::memchr_iter(0, sample).count();
    nuls > 0 && nuls * 1000 > sample.len()
}

/// Decode `bytes` as `encoding` (the user's `--encoding`), or as what they
/// look like when `None`; `None` back when they look binary.
pub fn decode_as(bytes: Vec<u8>, encoding: Option<&'static Encoding>) -> Option<Decoded> {
    let Some(encoding) = encoding else {
        return decode(bytes);
    };
    let (text, _) = encoding.decode_with_bom_removal(&bytes);
    if looks_binary(text.as_bytes()) {
        return None;
    }
    let mut decoded = normalise(text.into_owned());
    decoded
        .notices
        .push(format!("read as {} (--encoding)", display_name(encoding)));
    Some(decoded)
}

/// Decode `bytes`, or `None` when they look binary. Valid UTF-8 takes over
/// the buffer without a copy.
pub fn decode(bytes: Vec<u8>) -> Option<Decoded> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if looks_binary(text.as_bytes()) {
            return None;
        }
        return Some(normalise(text.into_owned()));
    }
    if looks_binary(&bytes) {
        return None;
    }
    let mut notices = Vec::new();
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.as_bytes();
            let encoding = guess_legacy(bytes);
            notices.push(format!(
                "not valid UTF-8: read as {}",
                display_name(encoding)
            ));
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            text.into_owned()
        }
    };
    let mut decoded = normalise(text);
    decoded.notices = notices;
    Some(decoded)
}

/// How much of a file the encoding detector reads: enough for any script,
/// and no more, so a large file costs no more to open.
const DETECT_LEN: usize = 1 << 20;

/// The legacy encoding bytes that are not UTF-8 are most likely in:
/// chardetng (Firefox's detector) weighs Windows-1252 against the CJK,
/// Cyrillic, Greek… encodings by the text the bytes would make.
pub fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(DETECT_LEN)];
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // UTF-16 has a BOM or is binary-looking; anything else is a guess.
    if guess == encoding_rs::UTF_16LE || guess == encoding_rs::UTF_16BE {
        WINDOWS_1252
    } else {
        guess
    }
}

/// An encoding's name as people write it (`Windows-1252`, `EUC-KR`).
pub fn display_name(encoding: &'static Encoding) -> String {
    let name = encoding.name();
    match name.strip_prefix("windows-") {
        Some(number) => format!("Windows-{number}"),
        None => name.to_owned(),
    }
}

/// Strip a leading BOM and normalise line endings. Text without any `\r`
/// is returned without copying.
pub fn normalise(mut text: String) -> Decoded {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return Decoded {
            text,
            ..Decoded::default()
        };
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut cr_lines = Vec::new();
    let mut line = 0;
    let mut start = 0;
    for cr in memchr::memchr_iter(b'\r', bytes) {
        let before = &text[start..cr];
        line += memchr::memchr_iter(b'\n', before.as_bytes()).count();
        out.push_str(before);
        out.push('\n');
        line += 1;
        if bytes.get(cr + 1) == Some(&b'\n') {
            start = cr + 2;
        } else {
            cr_lines.push(line);
            start = cr + 1;
        }
    }
    out.push_str(&text[start..]);
    Decoded {
        text: out,
        notices: Vec::new(),
        cr_lines,
    }
}

/// The character set an HTML file declares in its opening (`<meta
/// charset="…">` or `content="text/html; charset=…"`), if encoding_rs
/// knows it. A byte-order mark still wins when decoding.
pub fn html_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_loses_the_bom() {
        let d = decode("\u{feff}Title\nbody".as_bytes().to_vec()).unwrap();
        assert_eq!(d.text, "Title\nbody");
        assert!(d.notices.is_empty());
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        let d = decode(b"a\r\nb\rc\nd".to_vec()).unwrap();
        assert_eq!(d.text, "a\nb\nc\nd");
        // "c" starts normalised line 2 but is still on source line 1.
        assert_eq!(d.cr_lines, vec![2]);
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252_with_a_notice() {
        let d = decode(b"caf\xe9 \x93quoted\x94".to_vec()).unwrap();
        assert_eq!(d.text, "café \u{201c}quoted\u{201d}");
        assert_eq!(d.notices.len(), 1);
    }

    #[test]
    fn legacy_cjk_and_cyrillic_encodings_are_detected_not_assumed() {
        // 대한민국 헌법 in EUC-KR, and "Война и мир" in Windows-1251.
        let korean = encoding_rs::EUC_KR.encode("제1장 총강\n\n대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.\n").0;
        let d = decode(korean.into_owned()).unwrap();
        assert!(d.text.starts_with("제1장 총강"), "{}", d.text);
        assert_eq!(d.notices, ["not valid UTF-8: read as EUC-KR"]);
        let russian = encoding_rs::WINDOWS_1251
            .encode("Война и мир. Том первый. Часть первая, глава первая, и ещё немного текста.\n")
            .0;
        let d = decode(russian.into_owned()).unwrap();
        assert!(d.text.starts_with("Война и мир"), "{}", d.text);
    }

    #[test]
    fn nul_heavy_input_is_binary() {
        assert!(decode(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0".to_vec()).is_none());
        assert!(decode(vec![0u8; 100]).is_none());
    }

    #[test]
    fn a_stray_nul_in_long_text_is_tolerated() {
        let mut bytes = "word ".repeat(1000).into_bytes();
        bytes[10] = 0;
        assert!(decode(bytes).is_some());
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Hi\r\nthere".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(bytes).unwrap().text, "Hi\nthere");
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(b"".to_vec()).unwrap().text, "");
    }
}
