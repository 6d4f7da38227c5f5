//! Lines in the layouts personal forecasters publish: "Claim: 35%", "Claim (35%)",
//! "Claim — 35%".

/// A line in the personal-forecaster format "Claim: 35%", "Claim (35%)" or "Claim — 35%".
pub(super) fn stated_line(sentence: &str) -> Option<(usize, f64)> {
    let t = sentence.trim_end().trim_end_matches('.');
    let (body, close) = match t.strip_suffix(')') {
        Some(b) => (b, true),
        None => (t, false),
    };
    // The separator is the last character that cannot belong to "35%" (it may be multi-byte: "—").
    let (pct_at, sep) = body
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == '%' || *c == ' '))?;
    let number = body[pct_at + sep.len_utf8()..].trim();
    let value: f64 = number.strip_suffix('%')?.trim().parse().ok()?;
    let ok = if close {
        sep == '('
    } else {
        matches!(sep, ':' | '—' | '–' | '-')
    };
    (ok && (0.0..=100.0).contains(&value)).then_some((pct_at, value / 100.0))
}
