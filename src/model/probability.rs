//! `Probability`: a number in [0, 1] that cannot be built out of range, and the record of
//! where it came from (`stated`, or the hedge phrase that implied it).

use crate::error::{Error, Result};
use serde::{Serialize, Serializer};
use std::fmt;

/// A probability in [0, 1]. Built only through `new` or `parse`, so it is always valid.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Probability(f64);

impl Probability {
    /// A probability from a value already on the 0..1 scale.
    pub fn new(value: f64) -> Option<Self> {
        (value.is_finite() && (0.0..=1.0).contains(&value)).then_some(Probability(value))
    }

    pub fn value(self) -> f64 {
        self.0
    }

    /// Reads `0.4`, `.4`, `40%`, `40 %`, `1` or `1e-6`. A bare number above 1 is refused
    /// rather than guessed to be a percentage: `40` might be a typo for `0.40` or for `4%`.
    /// Every way in (the command line, CSV, JSON Lines, whose numbers may print with an
    /// exponent) reads through here, so all accept the same range: any finite number in
    /// [0, 1], kept exactly as written (no rounding or clamping).
    pub fn parse_number(input: &str) -> Result<Option<Self>> {
        let text = without_approximation(input.trim());
        // `80 percent` and `80 per cent` are `80%`, as `extract` reads them in articles;
        // `80pct` is the same (ux31 F3).
        let spelled = ["percent", "per cent", "pct"].iter().find_map(|word| {
            let cut = text.len().checked_sub(word.len())?;
            (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(word))
                .then(|| &text[..cut])
        });
        let (number, percent) = match text.strip_suffix('%').or(spelled) {
            Some(rest) => (rest.trim(), true),
            None => (text, false),
        };
        let Ok(value) = number.parse::<f64>() else {
            // `0,7` or `70,5%`: a decimal comma (most of Europe writes them), refused with
            // the point it stands for rather than as an unknown hedge phrase.
            if let Some((whole, frac)) = number.split_once(',') {
                let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
                if digits(whole) && digits(frac) {
                    let sign = if percent { "%" } else { "" };
                    return Err(Error::invalid(
                        format!("probability `{}`", input.trim()),
                        format!("write the decimal with a point: `{whole}.{frac}{sign}`"),
                    ));
                }
            }
            return Ok(None);
        };
        // `inf`, `NaN` and friends are not numbers here; exponents (`1e-6`) are.
        if number.contains(['n', 'N', 'i', 'I']) {
            return Ok(None);
        }
        // `1e400` is a number, just far out of range; `1e-400` would silently read as 0.
        let mantissa = number.split(['e', 'E']).next().unwrap_or("");
        let underflow = value == 0.0 && mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b));
        if underflow {
            // It is in [0, 1]; calling it "outside 0..100%" blamed the wrong thing.
            return Err(Error::invalid(
                format!("probability `{}`", input.trim()),
                "too small to represent (it would read as 0); write 0 if 0 is meant",
            ));
        }
        if !value.is_finite() {
            return Err(Error::ProbabilityOutOfRange {
                input: input.trim().to_string(),
            });
        }
        // A percentage is read by moving the decimal point two places in the text, so
        // `99.9%` is the double nearest 0.999 (dividing the double nearest 99.9 by 100 gave
        // 0.9990000000000001).
        let value = if percent {
            percent_text(number).parse::<f64>().unwrap_or(value / 100.0)
        } else {
            value
        };
        // `0.7%` is most often `0.7` with a stray `%` (audit 19, A10), and read as written it
        // would be scored as a near-certain NO, a mistake no later correction can undo once
        // the deadline has passed. A percentage under 1% written with a decimal point is
        // refused as `70` is, with both unambiguous spellings: the user says which was meant.
        // `0%`, `1%` and `1.5%` read as written.
        if percent && number.contains('.') && value > 0.0 && value < 0.01 {
            let plain = number
                .parse::<f64>()
                .map_or_else(|_| number.to_string(), |v| v.to_string());
            return Err(Error::invalid(
                format!("probability `{}`", input.trim()),
                format!(
                    "a percentage under 1% with a decimal point is most often a 0-1 probability with a stray `%`; write `{plain}` for {}, or `{value}` for {number}%",
                    format_percent(plain.parse::<f64>().unwrap_or(value * 100.0))
                ),
            ));
        }
        if !percent && value > 1.0 && value <= 100.0 {
            // `70` is most likely a percentage without its sign; which was meant is the
            // user's to say (`0.70` or `70%`), so it is refused with both spellings.
            return Err(Error::invalid(
                format!("probability `{}`", input.trim()),
                format!("a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `{number}%`"),
            ));
        }
        Probability::new(value)
            .map(Some)
            .ok_or_else(|| Error::ProbabilityOutOfRange {
                input: input.trim().to_string(),
            })
    }
}

/// `about 70%`, `around 70%`, `roughly 70%`, `approximately 70%`, `~70%` and `~ 70%`
/// without the approximation word, when a number follows it (ux31 F3: `extract` reads
/// "at about 60%" as 60%, and `add` refused `about 70%`); anything else as it is. The word
/// is not kept: a forecast holds one number, and the basis says it was `stated`.
fn without_approximation(text: &str) -> &str {
    let rest = text.strip_prefix('~').or_else(|| {
        ["about", "around", "roughly", "approximately"]
            .iter()
            .find_map(|word| {
                let head = text.get(..word.len())?;
                let tail = &text[word.len()..];
                (head.eq_ignore_ascii_case(word) && tail.starts_with(char::is_whitespace))
                    .then_some(tail)
            })
    });
    match rest.map(str::trim_start) {
        Some(r) if r.starts_with(|c: char| c.is_ascii_digit() || c == '.') => r,
        _ => text,
    }
}

/// The decimal text of `number` (a valid number, possibly signed or with an exponent)
/// divided by 100: the decimal point moved two places left (`99.9` -> `0.999`, `5` ->
/// `0.05`), or the exponent lowered by two (`1e1` -> `1e-1`).
pub(crate) fn percent_text(number: &str) -> String {
    let (sign, rest) = match number.strip_prefix(['+', '-']) {
        Some(r) => (&number[..number.len() - r.len()], r),
        None => ("", number),
    };
    if let Some(at) = rest.find(['e', 'E']) {
        let (mantissa, exponent) = (&rest[..at], &rest[at + 1..]);
        return match exponent.parse::<i64>() {
            Ok(e) => format!("{sign}{mantissa}e{}", e - 2),
            Err(_) => format!("{sign}{rest}e-2"),
        };
    }
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 - 2;
    if point <= 0 {
        format!(
            "{sign}0.{}{digits}",
            "0".repeat(point.unsigned_abs() as usize)
        )
    } else {
        let point = point as usize;
        format!("{sign}{}.{}", &digits[..point], &digits[point..])
    }
}

impl Serialize for Probability {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.0)
    }
}

/// A probability written as CSV writes it: the shortest decimal that reads back as the same
/// number (`0.000001`, no exponent for a spreadsheet to misread) down to 1e-9, and below that
/// the exponent form `export`'s JSON uses (`1e-10`, `1e-320`), so a subnormal is not 322
/// digits (audit 22 C8). Reads back exactly (`parse_number`).
pub struct PlainNumber(pub f64);

impl fmt::Display for PlainNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        if v != 0.0 && v.abs() < 1e-9 {
            write!(f, "{v:e}")
        } else {
            write!(f, "{v}")
        }
    }
}

impl fmt::Display for Probability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", format_percent(self.0))
    }
}

/// `0.7` as `70%`, `0.725` as `72.5%`: as many decimals as the value needs, up to four.
///
/// Written from an integer where that is provably what formatting gives (a 1M default
/// report prints some 20,000 percents, and exact formatting was a tenth of its CPU): `pct`
/// times 10^4 (exact) is off its exact value by at most half a unit in its last place,
/// under 1e-5 below 1e11, so unless it lies within 1e-3 of a half it rounds to the same
/// integer as the exact decimal does. Negative, huge and near-half values are formatted.
pub fn format_percent(value: f64) -> String {
    let pct = value * 100.0;
    let y = pct * 1e4;
    if pct.is_sign_positive() && y < 1e11 && (y - y.floor() - 0.5).abs() >= 1e-3 {
        let r = y.round() as u64;
        let (whole, frac) = (r / 10_000, r % 10_000);
        if frac == 0 {
            return format!("{whole}%");
        }
        let digits = format!("{frac:04}");
        return format!("{whole}.{}%", digits.trim_end_matches('0'));
    }
    format_percent_exact(pct)
}

/// `format_percent` of `pct` percent by formatting it exactly to four decimals.
fn format_percent_exact(pct: f64) -> String {
    let mut s = format!("{pct:.4}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    format!("{s}%")
}

/// Where a forecast's probability came from.
#[derive(Debug, Clone, PartialEq)]
pub enum ProbabilityBasis {
    /// The source gave a number.
    Stated,
    /// A number an article states, as written ("60%", "one in three", "55-60%", "a coin
    /// flip"), with its range when it states one. Stored as `stated`, like any given number.
    Number { text: String, low: f64, high: f64 },
    /// Inferred from a hedge phrase, with the range the published scales give it.
    Hedge { phrase: String, low: f64, high: f64 },
}

impl ProbabilityBasis {
    /// The stored spelling: `stated` or `hedge:<phrase>`.
    pub fn label(&self) -> String {
        match self {
            ProbabilityBasis::Stated | ProbabilityBasis::Number { .. } => "stated".to_string(),
            ProbabilityBasis::Hedge { phrase, .. } => format!("hedge:{phrase}"),
        }
    }

    /// The accepted range: a hedge's, or a stated range ("55-60%"); `None` for one number.
    pub fn range(&self) -> Option<(f64, f64)> {
        match self {
            ProbabilityBasis::Stated => None,
            ProbabilityBasis::Number { low, high, .. } => (low < high).then_some((*low, *high)),
            ProbabilityBasis::Hedge { low, high, .. } => Some((*low, *high)),
        }
    }

    /// The words the probability was read from, without the kind: `may`, `60%`.
    pub fn words(&self) -> &str {
        match self {
            ProbabilityBasis::Stated => "stated",
            ProbabilityBasis::Number { text, .. } => text,
            ProbabilityBasis::Hedge { phrase, .. } => phrase,
        }
    }
}

/// As extraction shows it: `stated`, `number:60%`, `hedge:may` (DESIGN.md's
/// `probability_basis` of `extract --format json`).
impl fmt::Display for ProbabilityBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProbabilityBasis::Stated => f.write_str("stated"),
            ProbabilityBasis::Number { text, .. } => write!(f, "number:{text}"),
            ProbabilityBasis::Hedge { phrase, .. } => write!(f, "hedge:{phrase}"),
        }
    }
}

impl Serialize for ProbabilityBasis {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The doubles nearest the decimals (Python: float("0.999") etc.), not 99.9 / 100.
    #[test]
    fn a_percentage_is_the_decimal_it_writes() {
        for (text, want) in [
            ("99.9%", 0.999f64),
            ("94.9999%", 0.949999),
            ("1.1%", 0.011),
            ("5%", 0.05),
            ("57%", 0.57),
            ("100%", 1.0),
            ("100.0%", 1.0),
            ("1e-1%", 0.001),
            ("7.%", 0.07),
            ("1e1%", 0.1),
            ("9.99E1 %", 0.999),
            ("+29.3%", 0.293),
        ] {
            let got = Probability::parse_number(text).unwrap().unwrap().value();
            assert_eq!(got.to_bits(), want.to_bits(), "{text}: {got}");
        }
        assert_eq!(percent_text("-5"), "-0.05");
        assert!(Probability::parse_number("100.1%").is_err());
    }

    // Audit 19, A10: `0.7%` is most often `0.7` with a stray `%`; refused with both
    // spellings, as `70` is. `0%`, `1%`, `1.0%` and a whole-number percentage read as written.
    #[test]
    fn a_percentage_under_one_with_a_decimal_point_is_refused_with_both_spellings() {
        for (text, advice) in [
            ("0.7%", "write `0.7` for 70%, or `0.007` for 0.7%"),
            (" 0.25 % ", "write `0.25` for 25%, or `0.0025` for 0.25%"),
            (".5%", "write `0.5` for 50%, or `0.005` for .5%"),
            ("0.05 percent", "write `0.05` for 5%, or `0.0005` for 0.05%"),
            ("0.999%", "write `0.999` for 99.9%, or `0.00999` for 0.999%"),
        ] {
            let err = Probability::parse_number(text).unwrap_err().to_string();
            assert_eq!(
                err,
                format!("probability `{}`: a percentage under 1% with a decimal point is most often a 0-1 probability with a stray `%`; {advice}", text.trim()),
            );
        }
        for (text, want) in [("0%", 0.0), ("0.0%", 0.0), ("1.0%", 0.01), ("1%", 0.01)] {
            let got = Probability::parse_number(text).unwrap().unwrap().value();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn bases_show_as_extraction_prints_them_and_store_as_stated_or_hedge() {
        let hedge = ProbabilityBasis::Hedge {
            phrase: "may".into(),
            low: 0.3,
            high: 0.5,
        };
        let range = ProbabilityBasis::Number {
            text: "55-60%".into(),
            low: 0.55,
            high: 0.6,
        };
        let one = ProbabilityBasis::Number {
            text: "one in three".into(),
            low: 1.0 / 3.0,
            high: 1.0 / 3.0,
        };
        assert_eq!(serde_json::to_string(&hedge).unwrap(), "\"hedge:may\"");
        assert_eq!(serde_json::to_string(&range).unwrap(), "\"number:55-60%\"");
        assert_eq!(hedge.label(), "hedge:may");
        assert_eq!(range.label(), "stated");
        assert_eq!(range.range(), Some((0.55, 0.6)));
        assert_eq!(one.range(), None);
        assert_eq!(ProbabilityBasis::Stated.to_string(), "stated");
    }

    #[test]
    fn decimals_and_percentages_parse() {
        assert_eq!(
            Probability::parse_number("0.4").unwrap().unwrap().value(),
            0.4
        );
        assert_eq!(
            Probability::parse_number(".4").unwrap().unwrap().value(),
            0.4
        );
        assert_eq!(
            Probability::parse_number("40%").unwrap().unwrap().value(),
            0.4
        );
        assert_eq!(
            Probability::parse_number(" 40 % ")
                .unwrap()
                .unwrap()
                .value(),
            0.4
        );
        assert_eq!(
            Probability::parse_number("1").unwrap().unwrap().value(),
            1.0
        );
        assert_eq!(
            Probability::parse_number("0%").unwrap().unwrap().value(),
            0.0
        );
    }

    #[test]
    fn a_decimal_comma_is_refused_with_the_point_it_stands_for() {
        for (bad, hint) in [("0,7", "`0.7`"), ("70,5%", "`70.5%`"), (" 0,25 ", "`0.25`")] {
            let err = Probability::parse_number(bad).unwrap_err().to_string();
            assert!(
                err.ends_with(&format!("write the decimal with a point: {hint}")),
                "{err}"
            );
        }
        // Not a decimal: left to the hedge reader, which refuses it.
        assert!(Probability::parse_number("1,2,3").unwrap().is_none());
        assert!(Probability::parse_number("likely,").unwrap().is_none());
    }

    #[test]
    fn out_of_range_is_an_error_not_a_guess() {
        // `1e400` is a number (infinite as f64), not a word.
        for bad in ["150%", "-3", "-0.1", "100.5%", "1e400", "-1e400", "101"] {
            assert!(
                matches!(
                    Probability::parse_number(bad),
                    Err(Error::ProbabilityOutOfRange { .. })
                ),
                "{bad}"
            );
        }
        // A bare number in (1, 100] may be a percentage without its sign: refused with both
        // spellings, never guessed.
        for (bad, hint) in [("1.5", "`1.5%`"), ("40", "`40%`")] {
            let err = Probability::parse_number(bad).unwrap_err().to_string();
            assert!(
                err.ends_with(&format!("for a percentage write {hint}")),
                "{err}"
            );
        }
    }

    /// The CSV text of a probability is the JSON's (serde_json), and reads back exactly.
    #[test]
    fn plain_numbers_print_as_the_json_does_and_read_back() {
        for v in [
            0.0,
            1.0,
            0.5,
            0.123456789,
            0.999,
            1e-5,
            1e-6,
            1.5e-6,
            9.99e-7,
            1e-7,
            2.5e-7,
            1e-9,
            1e-300,
            1e-320,
            5e-324,
        ] {
            let text = PlainNumber(v).to_string();
            if v != 0.0 && v < 1e-9 {
                assert_eq!(text, serde_json::to_string(&v).unwrap(), "{v}");
            } else {
                assert_eq!(text, v.to_string(), "{v}");
            }
            let back = Probability::parse_number(&text).unwrap().unwrap();
            assert_eq!(back.value().to_bits(), v.to_bits(), "{text}");
        }
        assert_eq!(PlainNumber(1e-320).to_string(), "1e-320");
        assert_eq!(PlainNumber(1e-6).to_string(), "0.000001");
        assert_eq!(PlainNumber(1e-9).to_string(), "0.000000001");
        assert_eq!(PlainNumber(2.5e-10).to_string(), "2.5e-10");
    }

    #[test]
    fn a_number_that_underflows_is_too_small_not_out_of_range() {
        for tiny in ["1e-400", "1e-400%"] {
            let err = Probability::parse_number(tiny).unwrap_err().to_string();
            assert_eq!(
                err,
                format!("probability `{tiny}`: too small to represent (it would read as 0); write 0 if 0 is meant")
            );
        }
    }

    #[test]
    fn words_and_oddities_are_not_numbers() {
        for text in ["abc", "likely", "NaN", "inf", "infinity", ""] {
            assert!(
                matches!(Probability::parse_number(text), Ok(None)),
                "{text}"
            );
        }
    }

    // What `export` prints for a tiny probability, and what JSON writers print, reads back
    // as the same number (issue 11: `1e-6` was refused, so a whole export was refused).
    #[test]
    fn exponents_read_exactly_and_within_range() {
        for (text, value) in [
            ("1e-6", 1e-6),
            ("2.5E-7", 2.5e-7),
            ("1e-5", 1e-5),
            ("1e0", 1.0),
        ] {
            assert_eq!(
                Probability::parse_number(text).unwrap().unwrap().value(),
                value
            );
        }
        let tiny = 3e-300_f64;
        let printed = tiny.to_string();
        assert!(!printed.contains('e'));
        assert_eq!(
            Probability::parse_number(&printed)
                .unwrap()
                .unwrap()
                .value(),
            tiny
        );
        assert!(Probability::parse_number("2e0").is_err());
    }

    #[test]
    fn percent_formatting_drops_trailing_zeros() {
        assert_eq!(format_percent(0.7), "70%");
        assert_eq!(format_percent(0.725), "72.5%");
        assert_eq!(format_percent(1.0), "100%");
        assert_eq!(format_percent(0.0), "0%");
        assert_eq!(format_percent(-0.0), "-0%");
        assert_eq!(format_percent(0.123456), "12.3456%");
        assert_eq!(format_percent(0.1234567), "12.3457%");
    }

    /// The percent written from an integer against the exact formatting, value for value:
    /// random doubles in [0, 1] and beyond, every k / n for n up to 1,000 (bin centres and
    /// edges), and the doubles next to 4-decimal percents ending in 5 (the rounding
    /// boundaries), some 1.4 million values.
    #[test]
    fn format_percent_equals_the_exact_formatting() {
        let exact = |v: f64| format_percent_exact(v * 100.0);
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let check = |v: f64| assert_eq!(format_percent(v), exact(v), "{v:e}");
        for _ in 0..400_000 {
            let r = next();
            let unit = (r >> 11) as f64 / (1u64 << 53) as f64;
            check(unit);
            check(unit * 10f64.powi((r % 13) as i32));
        }
        for n in 1..=1_000u32 {
            for k in 0..=n {
                check(f64::from(k) / f64::from(n));
            }
        }
        for m in 0..20_000u32 {
            let half = (f64::from(m) + 0.5) / 1e6;
            for v in [
                half,
                f64::from_bits(half.to_bits() + 1),
                f64::from_bits(half.to_bits() - 1),
            ] {
                check(v);
            }
        }
    }
}
