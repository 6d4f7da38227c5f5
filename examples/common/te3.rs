#![allow(dead_code)] // each example uses a part of this module
//! The plain text and publication day of a TempEval-3 platinum article (`.tml`, TimeML 1.2.1),
//! as `news_eval` scores them: the content of the `TEXT` element with every tag stripped and
//! XML entities decoded, leading and trailing whitespace cut (nothing else changed, so a
//! paragraph break stays a blank line), and the `value` of the `DCT` element's `TIMEX3`.
//! Deterministic: the same file gives the same bytes, whose SHA-256 the labels carry.
//! The articles are third-party (AP, CNN, WSJ, BBC, NYT; March 2013): their text is never
//! written into this repository.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

/// An article read from its `.tml`.
pub struct Te3Text {
    pub text: String,
    pub published: NaiveDate,
}

/// Reads `tml` (the file's content): an error names what is missing or malformed.
pub fn derive(tml: &str) -> Result<Te3Text, String> {
    let body = between(tml, "<TEXT>", "</TEXT>").ok_or("no <TEXT> element")?;
    let text = decode(&strip_tags(body)?)?.trim().to_string();
    let dct = between(tml, "<DCT>", "</DCT>").ok_or("no <DCT> element")?;
    let value = attribute(dct, "value").ok_or("the DCT has no TIMEX3 value")?;
    let published = value
        .get(..10)
        .and_then(|v| v.parse::<NaiveDate>().ok())
        .ok_or(format!("the DCT value `{value}` is not a day"))?;
    Ok(Te3Text { text, published })
}

/// The lower-case hex SHA-256 of `text`'s bytes.
pub fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let from = s.find(open)? + open.len();
    let to = from + s[from..].find(close)?;
    Some(&s[from..to])
}

/// The value of the first `name="..."` in `s`.
fn attribute<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = s.find(&key)? + key.len();
    let to = from + s[from..].find('"')?;
    Some(&s[from..to])
}

fn strip_tags(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('>')
            .ok_or("a tag in TEXT is not closed")?;
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Decodes XML's five named entities and numeric character references.
fn decode(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..]
            .find(';')
            .ok_or("an entity in TEXT has no `;`")?;
        let name = &rest[amp + 1..amp + semi];
        let ch = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            n => {
                let code = if let Some(h) = n.strip_prefix("#x").or(n.strip_prefix("#X")) {
                    u32::from_str_radix(h, 16).ok()
                } else {
                    n.strip_prefix('#').and_then(|d| d.parse().ok())
                };
                code.and_then(char::from_u32)
                    .ok_or(format!("unknown entity `&{n};`"))?
            }
        };
        out.push(ch);
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_day() {
        let tml = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">March 22</TIMEX3></DCT>\n<TEXT>\n\nPrices <EVENT eid=\"e1\">rose</EVENT> &amp; fell &#233;.\n</TEXT>";
        let t = derive(tml).unwrap();
        assert_eq!(t.text, "Prices rose & fell \u{e9}.");
        assert_eq!(t.published, NaiveDate::from_ymd_opt(2013, 3, 22).unwrap());
    }
}
