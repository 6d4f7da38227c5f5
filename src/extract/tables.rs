//! Markdown tables of predictions, as prediction posts and newsletters lay them out:
//!
//! ```text
//! | claim | probability | by |
//! |---|---|---|
//! | The city opens the tram line | 70% | 2027-09-30 |
//! ```
//!
//! `sentences` leaves every table row out of the article's sentences (audit 15, A15: a row's
//! pipes reached claims); this module reads the tables whose header names a claim column and a
//! probability column, one forecast per row, the probability from its cell (a percentage, a
//! decimal, a range or a hedge word) and the deadline from a deadline column ("by", "when",
//! "deadline") or else from the claim's own time phrase. A table whose header names no
//! probability (a schedule, a results table) gives nothing.

use super::hedges::Lexicon;
use super::{timefind, Candidate};
use crate::model::{ProbabilityBasis, Stance};
use crate::time::Tense;
use chrono::NaiveDate;

/// The cells of a table row `| a | b |`, trimmed, or `None` for a line that is no row.
fn cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split('|').map(str::trim).collect())
}

/// Whether a row is the rule under the header (`|---|:--:|`).
fn rule(cells: &[&str]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|x| matches!(x, '-' | ':' | ' ')))
}

/// The header's columns: (claim, probability, deadline), by the words the headers use.
fn columns(header: &[&str]) -> Option<(usize, usize, Option<usize>)> {
    let named = |words: &[&str]| {
        header.iter().position(|h| {
            let h = h.trim_matches(['*', '_']).to_ascii_lowercase();
            words.contains(&h.as_str())
        })
    };
    let claim = named(&[
        "claim",
        "prediction",
        "predictions",
        "forecast",
        "event",
        "question",
        "statement",
        "outcome",
        "what",
    ])?;
    let probability = named(&[
        "probability",
        "chance",
        "odds",
        "confidence",
        "likelihood",
        "credence",
        "p",
        "%",
        "p(yes)",
    ])?;
    let by = named(&[
        "by",
        "deadline",
        "when",
        "due",
        "date",
        "by when",
        "resolves",
        "resolution date",
    ]);
    (claim != probability).then_some((claim, probability, by))
}

/// A probability cell: "70%", "70 %", "70 percent", "0.7", "55-60%", or a hedge word of the
/// lexicon ("likely"). Returns (probability, low, high, basis).
fn probability(cell: &str, lexicon: &Lexicon) -> Option<(f64, f64, f64, ProbabilityBasis)> {
    let c = cell.trim_matches(['*', '_', ' ']);
    let lowered = c.to_ascii_lowercase();
    let bare = lowered
        .trim_end_matches("percent")
        .trim_end_matches("per cent")
        .trim_end_matches('%')
        .trim();
    let percent = bare.len() < lowered.len();
    let value = |s: &str| -> Option<f64> {
        let v: f64 = s.trim().parse().ok()?;
        let v = if percent || v > 1.0 { v / 100.0 } else { v };
        (0.0..=1.0).contains(&v).then_some(v)
    };
    let range = bare
        .split_once(['-', '–'])
        .and_then(|(a, b)| Some((value(a)?, value(b)?)))
        .filter(|(a, b)| a < b);
    if let Some((low, high)) = range.or_else(|| value(bare).map(|v| (v, v))) {
        let basis = ProbabilityBasis::Number {
            text: c.to_string(),
            low,
            high,
        };
        return Some(((low + high) / 2.0, low, high, basis));
    }
    let h = lexicon.get(&lowered)?;
    let basis = ProbabilityBasis::Hedge {
        phrase: h.phrase.clone(),
        low: h.low,
        high: h.high,
    };
    Some((h.probability, h.low, h.high, basis))
}

/// The last day a cell's or claim's first dated time phrase gives, with the phrase.
fn deadline_in(text: &str, published: NaiveDate) -> Option<(NaiveDate, String)> {
    timefind::find(text, published, Tense::Future)
        .into_iter()
        .find_map(|f| f.period.map(|p| (p.last, f.text)))
}

/// Every forecast the prediction tables of `text` hold, in the order of their rows. `text`
/// and `original` have the same offsets (`original` is what each candidate's sentence quotes).
pub(super) fn forecasts(text: &str, original: &str, published: NaiveDate) -> Vec<Candidate> {
    let mut out = Vec::new();
    // Most articles hold no table: one look for a row's opening first.
    if !text.contains("\n|") && !text.starts_with('|') {
        return out;
    }
    let lexicon = Lexicon::embedded();
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        lines.push((at, line.trim_end_matches(['\n', '\r'])));
        at += line.len();
    }
    let mut k = 0;
    while k + 2 < lines.len() {
        let (Some(header), Some(under)) = (cells(lines[k].1), cells(lines[k + 1].1)) else {
            k += 1;
            continue;
        };
        let Some((claim_col, p_col, by_col)) = columns(&header).filter(|_| rule(&under)) else {
            k += 1;
            continue;
        };
        k += 2;
        while let Some(row) = lines.get(k).and_then(|(_, l)| cells(l)) {
            let (start, line) = lines[k];
            k += 1;
            let claim = row
                .get(claim_col)
                .map(|c| c.trim_matches(['*', '_']).trim_end_matches('.').trim())
                .unwrap_or("");
            let Some((p, low, high, basis)) = row.get(p_col).and_then(|c| probability(c, lexicon))
            else {
                continue;
            };
            if claim.split_whitespace().nth(1).is_none() {
                continue;
            }
            let mut review = vec!["read from a table of predictions".to_string()];
            let by = by_col
                .and_then(|b| row.get(b))
                .filter(|c| !c.is_empty())
                .and_then(|c| deadline_in(c, published))
                .or_else(|| deadline_in(claim, published));
            if by.is_none() {
                review.push("no time phrase: give --default-deadline when saving".to_string());
            }
            let end = start + line.trim_end().len();
            out.push(Candidate {
                sentence: original.get(start..end).unwrap_or(line).to_string(),
                claim: claim.to_string(),
                probability: p,
                probability_basis: basis,
                probability_low: low,
                probability_high: high,
                deadline: by.as_ref().map(|(d, _)| *d),
                deadline_phrase: by.map(|(_, t)| t),
                condition: None,
                stance: Stance::For,
                attributed_to: None,
                review,
                start,
                end,
                logged_from: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_table_of_predictions_gives_a_forecast_per_row_with_its_deadline_column() {
        let text = "My table for 2027.\n\n| claim | probability | by |\n|---|---|---|\n\
                    | The city opens the new tram line | 70% | 2027-09-30 |\n\
                    | The port strike ends | 40% | June 2027 |\n\
                    | Rents fall in the capital | likely | |\n";
        let got = forecasts(text, text, day("2026-12-30"));
        let rows: Vec<(&str, f64, Option<NaiveDate>)> = got
            .iter()
            .map(|c| (c.claim.as_str(), c.probability, c.deadline))
            .collect();
        assert_eq!(
            rows,
            vec![
                (
                    "The city opens the new tram line",
                    0.7,
                    Some(day("2027-09-30"))
                ),
                ("The port strike ends", 0.4, Some(day("2027-06-30"))),
                ("Rents fall in the capital", 0.72, None),
            ]
        );
        assert_eq!(
            &text[got[1].start..got[1].end],
            "| The port strike ends | 40% | June 2027 |"
        );
    }

    #[test]
    fn a_table_without_a_probability_column_or_with_ranges_and_decimals() {
        // A schedule: no probability column, no forecasts.
        let text = "| event | date |\n|---|---|\n| Council vote | 2027-03-01 |\n";
        assert!(forecasts(text, text, day("2026-12-30")).is_empty());
        let text =
            "| Prediction | Chance |\n|:--|--:|\n| Inflation ends 2027 below 3% | 55-65% |\n\
                    | The mayor resigns by March | 0.1 |\n";
        let got = forecasts(text, text, day("2026-12-30"));
        assert_eq!(got.len(), 2);
        assert!((got[0].probability - 0.6).abs() < 1e-9);
        assert_eq!(
            (got[0].probability_low, got[0].probability_high),
            (0.55, 0.65)
        );
        assert_eq!(got[0].deadline, Some(day("2027-12-31")));
        assert_eq!(got[1].probability, 0.1);
        assert_eq!(got[1].deadline, Some(day("2027-03-31")));
    }
}
