//! Bytes into text: UTF-8 checked (an error names the line and column of the first bad byte),
//! a byte-order mark dropped, CRLF and lone CR line ends turned into LF.

use std::path::Path;

use crate::error::{Error, ErrorKind, Location, Result};

/// Decodes a file's bytes: checks UTF-8 (an error names the line and column of the first bad
/// byte), drops a byte-order mark, and turns CRLF and lone CR line ends into LF.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String> {
    // UTF-16 with a byte-order mark is read as the text it is; without one, it is named.
    let utf16 = match bytes.get(..2) {
        Some([0xff, 0xfe]) => Some(encoding_rs::UTF_16LE),
        Some([0xfe, 0xff]) => Some(encoding_rs::UTF_16BE),
        _ => None,
    };
    if let Some(encoding) = utf16 {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err(Error::new(ErrorKind::InvalidUtf8, Location::file(path)));
        }
        return Ok(line_ends(text.into_owned()));
    }
    if looks_like_utf16(&bytes) {
        return Err(Error::new(ErrorKind::Utf16WithoutBom, Location::file(path)));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.as_bytes();
            let bad = err.utf8_error().valid_up_to();
            // The prefix before the first bad byte is valid by definition.
            let valid = std::str::from_utf8(&bytes[..bad]).unwrap_or_default();
            let at = Location::at_offset(path, valid, bad);
            return Err(Error::new(ErrorKind::InvalidUtf8, at));
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    Ok(line_ends(text))
}

/// CRLF and lone CR line ends as LF.
fn line_ends(text: String) -> String {
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text }
}

/// Whether bytes look like UTF-16 text without a byte-order mark: in their first kilobyte, NULs
/// at every other byte (the high bytes of Latin, Cyrillic or Greek letters), as no text in
/// UTF-8 has.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024) & !1];
    if head.len() < 4 {
        return false;
    }
    let pairs = head.len() / 2;
    let nul_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let nul_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    nul_even.max(nul_odd) * 4 >= pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_bom_crlf_and_bad_utf8() {
        let p = Path::new("a.md");
        assert_eq!(decode(b"\xef\xbb\xbfa\r\nb\rc".to_vec(), p).unwrap(), "a\nb\nc");
        let err = decode(b"ok\nline \xff here".to_vec(), p).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidUtf8);
        assert_eq!((err.at.line, err.at.col), (Some(2), Some(6)));
    }

    #[test]
    fn utf16_with_a_bom_is_read_and_without_one_is_named() {
        let p = Path::new("a.md");
        let text = "# Заглавие\r\n\r\nΌλοι οι άνθρωποι.\r\n";
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(le.clone(), p).unwrap(), "# Заглавие\n\nΌλοι οι άνθρωποι.\n");
        assert_eq!(decode(be, p).unwrap(), "# Заглавие\n\nΌλοι οι άνθρωποι.\n");
        let plain: Vec<u8> = "# Title\n\nAll human beings.\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(plain, p).unwrap_err().kind, ErrorKind::Utf16WithoutBom);
        assert!(decode(b"a\0b".to_vec(), p).is_ok(), "a stray NUL in UTF-8 text is not UTF-16");
    }
}
