//! URLs and e-mail addresses written out in text, which no translation or transliteration
//! changes.

/// The byte ranges of URLs (`scheme://…`, `www.…`) and e-mail addresses in a text, trailing
/// punctuation left out; `stop` ends one as a space does.
pub fn find(text: &str, stop: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80);
        let rest = &text[i..];
        let scheme = starts_word
            && (rest.starts_with("http://")
                || rest.starts_with("https://")
                || rest.starts_with("ftp://")
                || rest.starts_with("mailto:")
                || rest.starts_with("www."));
        let token_end = |from: usize| {
            text[from..]
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '»' | '“' | '”' | '„') || c == stop)
                .map_or(text.len(), |e| from + e)
        };
        if scheme {
            let end = trim_url_end(text, i, token_end(i));
            out.push((i, end));
            i = end.max(i + 1);
            continue;
        }
        if bytes[i] == b'@' && i > 0 {
            // An e-mail address: a local part before, a dotted domain after.
            let start = text[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')))
                .map_or(0, |(s, c)| s + c.len_utf8());
            let end = trim_url_end(text, i, token_end(i));
            let domain = &text[i + 1..end];
            if start < i && domain.contains('.') && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
            {
                // An address already taken (a `mailto:`) is not taken twice.
                if out.last().is_none_or(|&(_, e)| e <= start) {
                    out.push((start, end));
                }
                i = end.max(i + 1);
                continue;
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Where a URL that runs to `end` really ends: trailing punctuation and an unmatched closing
/// bracket are the sentence's.
fn trim_url_end(text: &str, start: usize, mut end: usize) -> usize {
    loop {
        let url = &text[start..end];
        let Some(last) = url.chars().last() else { return end };
        let unmatched = |open, close| last == close && url.matches(open).count() < url.matches(close).count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’') || unmatched('(', ')') || unmatched('[', ']')
        {
            end -= last.len_utf8();
        } else {
            return end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_addresses_without_trailing_punctuation() {
        let t = "See https://a.org/x_(y). Or www.b.com, mail c.d@e.org; not a@b.";
        let found: Vec<&str> = find(t, '\u{1a}').iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(found, vec!["https://a.org/x_(y)", "www.b.com", "c.d@e.org"]);
        let t = "Пишите на „ана@пример.срб“.";
        let found: Vec<&str> = find(t, '\u{1a}').iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(found, vec!["ана@пример.срб"]);
    }
}
