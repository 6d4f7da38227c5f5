//! Scores the time-phrase resolver against the TempEval-3 platinum gold set (UzZaman et al.
//! 2013; CC BY 3.0 annotations), kept outside this repository in
//! `../shared/data-external/te3-platinum/timex3_gold.tsv`.
//!
//! For every DATE expression whose gold value is a fully specified day, week, month,
//! quarter, season or year (75 of them), the phrase is resolved against the document's
//! creation date, in the tense of its sentence (the phrase alone cannot say whether "August"
//! is last August or next), and the period is compared with the gold value's period. A gold
//! `mod` of START, MID or END narrows the gold period to the same thirds the resolver uses
//! for "early", "mid" and "late" (documented in `src/time/phrases.rs`); APPROX is ignored.
//! Prints every miss and the accuracy; exits 1 below 0.80.
//!
//! Usage: cargo run --example te3_eval -- PATH/TO/timex3_gold.tsv

use chrono::{Days, NaiveDate, Weekday};
use forecast_ledger::extract::sentences::split;
use forecast_ledger::extract::timefind::tense_at;
use forecast_ledger::time::resolve_phrase_in;

fn month_end(y: i32, m: u32) -> NaiveDate {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).expect("valid month")
}

/// The period a TIMEX3 value names (TimeML 1.2.1), or None if it is not fully specified.
fn gold_period(value: &str, modifier: &str) -> Option<(NaiveDate, NaiveDate, &'static str)> {
    let y: i32 = value.get(..4)?.parse().ok()?;
    let rest = value.get(4..).unwrap_or("");
    let (first, last, unit) = if rest.is_empty() {
        (
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y, 12, 31)?,
            "year",
        )
    } else if let Some(w) = rest.strip_prefix("-W") {
        let monday = NaiveDate::from_isoywd_opt(y, w.parse().ok()?, Weekday::Mon)?;
        (monday, monday + Days::new(6), "week")
    } else if let Some(q) = rest.strip_prefix("-Q") {
        let q: u32 = q.parse().ok()?;
        (
            NaiveDate::from_ymd_opt(y, 3 * q - 2, 1)?,
            month_end(y, 3 * q),
            "quarter",
        )
    } else if rest.len() == 3 && rest[1..].chars().all(char::is_alphabetic) {
        // A season: the resolver's astronomical bounds for that year's season.
        let name = match &rest[1..] {
            "SP" => "spring",
            "SU" => "summer",
            "FA" => "autumn",
            _ => "winter",
        };
        let p = forecast_ledger::time::resolve_phrase(
            &format!("{name} {y}"),
            NaiveDate::from_ymd_opt(y, 1, 1)?,
        )?;
        (p.first, p.last, "season")
    } else if rest.len() == 3 {
        let m: u32 = rest[1..].parse().ok()?;
        (NaiveDate::from_ymd_opt(y, m, 1)?, month_end(y, m), "month")
    } else if rest.len() == 6 {
        let d = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
        (d, d, "day")
    } else {
        return None;
    };
    let third = |part: &str| -> (NaiveDate, NaiveDate) {
        match (unit, part) {
            ("year", "START") => (first, NaiveDate::from_ymd_opt(y, 4, 30).expect("date")),
            ("year", "MID") => (
                NaiveDate::from_ymd_opt(y, 5, 1).expect("date"),
                NaiveDate::from_ymd_opt(y, 8, 31).expect("date"),
            ),
            ("year", "END") => (NaiveDate::from_ymd_opt(y, 9, 1).expect("date"), last),
            ("month", "START") => (first, first + Days::new(9)),
            ("month", "MID") => (first + Days::new(10), first + Days::new(19)),
            ("month", "END") => (first + Days::new(20), last),
            _ => (first, last),
        }
    };
    let (a, b) = third(modifier);
    Some((a, b, unit))
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data-external/te3-platinum/timex3_gold.tsv".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: cannot read the TempEval-3 gold set at {path}: {e}");
        std::process::exit(1);
    });
    let mut total = 0;
    let mut right = 0;
    for line in text.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 9 || c[3] != "DATE" {
            continue;
        }
        let (dct, value, modifier, phrase, paragraph) = (c[1], c[4], c[5], c[7], c[8]);
        let Some((gf, gl, unit)) = gold_period(value, modifier) else {
            continue;
        };
        total += 1;
        let dct: NaiveDate = dct.parse().expect("document date");
        let sentence = split(paragraph)
            .into_iter()
            .map(|s| s.text)
            .find(|s| s.contains(phrase))
            .unwrap_or(paragraph);
        let tense = tense_at(sentence, sentence.find(phrase).unwrap_or(0));
        let got = resolve_phrase_in(phrase, dct, tense);
        let ok = got.is_some_and(|p| p.first == gf && p.last == gl);
        if ok {
            right += 1;
        } else {
            let got = got.map_or("nothing".to_string(), |p| {
                format!("{}..{}", p.first, p.last)
            });
            println!("miss: \"{phrase}\" ({dct}, {tense:?}) gold {value}{} = {gf}..{gl} ({unit}), got {got}", if modifier.is_empty() { String::new() } else { format!(" {modifier}") });
        }
    }
    let accuracy = right as f64 / total.max(1) as f64;
    println!("TempEval-3 platinum, fully specified DATE values: {right}/{total} right, accuracy {accuracy:.3} (HeidelTime, the best TempEval-3 system, reached a value F1 of 0.776 with detection included)");
    if total != 75 {
        eprintln!("error: expected 75 fully specified DATE values, found {total}");
        std::process::exit(1);
    }
    if accuracy < 0.80 {
        eprintln!("error: accuracy {accuracy:.3} is below 0.80");
        std::process::exit(1);
    }
}
