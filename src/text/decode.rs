//! Bytes into text: UTF-8 checked (an error names the line and column of the first bad byte),
//! a byte-order mark dropped, CRLF and lone CR line ends turned into LF.

use std::path::Path;

use crate::error::{Error, ErrorKind, Location, Result};

/// Decodes a file's bytes: checks UTF-8 (an error names the line and column of the first bad
/// byte), drops a byte-order mark, and turns CRLF and lone CR line ends into LF.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String> {
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
    if text.contains('\r') { Ok(text.replace("\r\n", "\n").replace('\r', "\n")) } else { Ok(text) }
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
}
