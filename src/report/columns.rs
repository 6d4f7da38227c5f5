//! The report's columns, listed once: each entry names a figure, says how to read it from a
//! row, how to print it, where the terminal table and Markdown show it and whether the kept
//! sums can answer it. The terminal table, CSV and Markdown renderings are all driven from
//! these lists (`SOURCE_COLUMNS` for `report`, `COMPARE_COLUMNS` for `compare`),
//! so a new metric is one file in `score/` plus one entry here.
//!
//! CSV keeps the list's order and every column (machine readers want every figure); the
//! table and Markdown show the columns with a heading, ordered by `table_at`, so the
//! terminal leads with what a person compares first.

use super::compare::SourceComparison;
use super::SourceReport;
use crate::output::{num, Style};
use serde::Serialize;

/// One figure of a row, as CSV writes it (numbers unrounded; `None` is an empty field).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value<'a> {
    Text(&'a str),
    Count(u64),
    Signed(i64),
    /// A count that may be absent (a rank).
    MaybeCount(Option<u64>),
    Number(Option<f64>),
}

/// How a value is printed in the table and Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Print {
    /// As it is (text and counts).
    Plain,
    /// With this many decimals; `-` for none.
    Fixed(usize),
    /// As a percentage with one decimal (`44.0%`); `-` for none.
    Percent,
}

/// When the table shows a column that has a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Always,
    /// Only when some row has a value other than zero (narrow terminals fit the rest).
    /// Markdown, which is for publishing, always shows it.
    WhenNonzero,
    /// With its partner column (by key): both when either has a value other than zero in
    /// some row (`corrected` and `amended` are read side by side, never one alone; when
    /// both are zero everywhere the report says so under the table: `zero_pair_note`).
    WithPartner(&'static str),
    /// Only in Markdown, which is for publishing and has room; the terminal table leaves it
    /// out to stay readable in 100 columns (CSV and JSON carry every figure).
    Publish,
}

/// One column of a rendering over rows of type `R`.
pub struct Column<R> {
    /// The CSV header (and the JSON field name where the row serializes the figure).
    pub key: &'static str,
    /// The table and Markdown heading; `None` for a figure only CSV carries.
    pub heading: Option<&'static str>,
    /// Position among the table's columns (ascending).
    pub table_at: u8,
    pub shown: Shown,
    pub print: Print,
    /// The kept sums hold what this column needs (see `plan`); a column that says `false`
    /// makes every report of its kind a scan, so nothing is silently left out.
    pub kept: bool,
    pub value: fn(&R) -> Value<'_>,
}

/// Every column of the per-source report, in CSV order (columns added later come last, so
/// scripts that read CSV by position keep working).
pub const SOURCE_COLUMNS: &[Column<SourceReport>] = &[
    Column {
        key: "source",
        heading: Some("source"),
        table_at: 0,
        shown: Shown::Always,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Text(&s.source),
    },
    Column {
        key: "forecasts",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.forecasts),
    },
    Column {
        key: "open",
        heading: Some("open"),
        table_at: 12,
        shown: Shown::Always,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.open),
    },
    Column {
        key: "due",
        heading: Some("due"),
        table_at: 6,
        shown: Shown::Always,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.due),
    },
    Column {
        key: "resolved",
        heading: Some("resolved"),
        table_at: 16,
        shown: Shown::Publish,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.resolved),
    },
    Column {
        key: "scored",
        heading: Some("scored"),
        table_at: 1,
        shown: Shown::Always,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.scored),
    },
    Column {
        key: "void",
        heading: Some("void"),
        table_at: 13,
        shown: Shown::WhenNonzero,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.void),
    },
    Column {
        key: "corrected",
        heading: Some("corrected"),
        table_at: 7,
        shown: Shown::WithPartner("amended"),
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.corrections),
    },
    Column {
        key: "amended",
        heading: Some("amended"),
        table_at: 8,
        shown: Shown::WithPartner("corrected"),
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.amended),
    },
    Column {
        key: "logged_late",
        heading: Some("late"),
        table_at: 9,
        shown: Shown::WhenNonzero,
        print: Print::Plain,
        kept: true,
        value: |s| Value::Count(s.logged_late),
    },
    Column {
        key: "brier",
        heading: Some("Brier"),
        table_at: 2,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.brier),
    },
    Column {
        key: "log_loss",
        heading: Some("log loss"),
        table_at: 3,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.log_loss),
    },
    Column {
        key: "base_rate",
        heading: Some("base rate"),
        table_at: 15,
        shown: Shown::Publish,
        print: Print::Percent,
        kept: true,
        value: |s| Value::Number(s.scores.base_rate),
    },
    Column {
        key: "brier_skill",
        heading: Some("skill"),
        table_at: 14,
        shown: Shown::Publish,
        print: Print::Fixed(3),
        kept: true,
        value: |s| Value::Number(s.scores.brier_skill),
    },
    Column {
        key: "reliability",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.reliability),
    },
    Column {
        key: "resolution",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.resolution),
    },
    Column {
        key: "uncertainty",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.uncertainty),
    },
    Column {
        key: "void_share",
        heading: Some("voided"),
        table_at: 4,
        shown: Shown::Always,
        print: Print::Percent,
        kept: true,
        value: |s| Value::Number(s.void_share),
    },
    Column {
        key: "median_horizon_days",
        heading: Some("horizon"),
        table_at: 5,
        shown: Shown::Always,
        print: Print::Fixed(0),
        kept: true,
        value: |s| Value::Number(s.median_horizon_days),
    },
    Column {
        key: "brier_ci_low",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.brier_ci_low),
    },
    Column {
        key: "brier_ci_high",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.brier_ci_high),
    },
    Column {
        key: "auc",
        heading: Some("AUC"),
        table_at: 10,
        shown: Shown::Always,
        print: Print::Fixed(3),
        kept: true,
        value: |s| Value::Number(s.scores.auc),
    },
    Column {
        key: "discrimination",
        heading: Some("discr."),
        table_at: 11,
        shown: Shown::Always,
        print: Print::Fixed(3),
        kept: true,
        value: |s| Value::Number(s.scores.discrimination),
    },
    Column {
        key: "mcb",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.mcb),
    },
    Column {
        key: "dsc",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.dsc),
    },
    Column {
        key: "unc",
        heading: None,
        table_at: 0,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: true,
        value: |s| Value::Number(s.scores.unc),
    },
];

/// Every column of `compare`, in CSV order (DESIGN.md's JSON fields).
pub const COMPARE_COLUMNS: &[Column<SourceComparison>] = &[
    Column {
        key: "source",
        heading: Some("source"),
        table_at: 1,
        shown: Shown::Always,
        print: Print::Plain,
        kept: false,
        value: |s| Value::Text(&s.source),
    },
    Column {
        key: "rank",
        heading: Some("rank"),
        table_at: 0,
        shown: Shown::Always,
        print: Print::Plain,
        kept: false,
        value: |s| Value::MaybeCount(s.rank),
    },
    Column {
        key: "markets",
        heading: Some("markets"),
        table_at: 2,
        shown: Shown::Always,
        print: Print::Plain,
        kept: false,
        value: |s| Value::Count(s.markets),
    },
    Column {
        key: "peer_score",
        heading: Some("peer score"),
        table_at: 3,
        shown: Shown::Always,
        print: Print::Fixed(1),
        kept: false,
        value: |s| Value::Number(s.peer_score),
    },
    Column {
        key: "peer_ci_low",
        heading: Some("95% low"),
        table_at: 4,
        shown: Shown::Always,
        print: Print::Fixed(1),
        kept: false,
        value: |s| Value::Number(s.peer_ci_low),
    },
    Column {
        key: "peer_ci_high",
        heading: Some("95% high"),
        table_at: 5,
        shown: Shown::Always,
        print: Print::Fixed(1),
        kept: false,
        value: |s| Value::Number(s.peer_ci_high),
    },
    Column {
        key: "relative_brier",
        heading: Some("rel. Brier"),
        table_at: 6,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: false,
        value: |s| Value::Number(s.relative_brier),
    },
    Column {
        key: "market_score",
        heading: Some("market bits"),
        table_at: 7,
        shown: Shown::Always,
        print: Print::Fixed(2),
        kept: false,
        value: |s| Value::Number(Some(s.market_score)),
    },
    Column {
        key: "trades",
        heading: Some("trades"),
        table_at: 8,
        shown: Shown::Always,
        print: Print::Plain,
        kept: false,
        value: |s| Value::Count(s.trades),
    },
    Column {
        key: "brier",
        heading: Some("Brier"),
        table_at: 9,
        shown: Shown::Always,
        print: Print::Fixed(4),
        kept: false,
        value: |s| Value::Number(s.brier),
    },
    // Added after DESIGN.md's fields (so CSV read by position keeps working); shown as
    // `report` shows it.
    Column {
        key: "logged_late",
        heading: Some("late"),
        table_at: 10,
        shown: Shown::WhenNonzero,
        print: Print::Plain,
        kept: false,
        value: |s| Value::MaybeCount(s.logged_late),
    },
];

impl<R> Column<R> {
    /// The value as the table and Markdown print it.
    pub fn text(&self, row: &R) -> String {
        match ((self.value)(row), self.print) {
            (Value::Text(t), _) => t.to_string(),
            (Value::Count(n), _) => n.to_string(),
            (Value::Signed(n), _) => n.to_string(),
            (Value::MaybeCount(n), _) => n.map_or("-".into(), |n| n.to_string()),
            (Value::Number(x), Print::Percent) => x.map_or("-".into(), |x| {
                crate::output::unsigned_zero(format!("{:.1}%", x * 100.0))
            }),
            (Value::Number(x), Print::Fixed(d)) => num(x, d),
            (Value::Number(x), Print::Plain) => x.map_or("-".into(), |x| x.to_string()),
        }
    }

    fn is_nonzero(&self, row: &R) -> bool {
        match (self.value)(row) {
            Value::Count(n) => n != 0,
            Value::Signed(n) => n != 0,
            Value::MaybeCount(n) => n.is_some_and(|n| n != 0),
            Value::Number(x) => x.is_some_and(|x| x != 0.0),
            Value::Text(t) => !t.is_empty(),
        }
    }
}

/// The columns the table shows for `rows`, in table order; `publish` (Markdown) shows
/// every column with a heading.
pub fn shown<'c, R>(columns: &'c [Column<R>], rows: &[&R], publish: bool) -> Vec<&'c Column<R>> {
    let mut out: Vec<&Column<R>> = columns
        .iter()
        .filter(|c| c.heading.is_some())
        .filter(|c| {
            publish
                || c.shown == Shown::Always
                || (c.shown == Shown::WhenNonzero && rows.iter().any(|r| c.is_nonzero(r)))
                || matches!(c.shown, Shown::WithPartner(p) if pair_nonzero(columns, c, p, rows))
        })
        .collect();
    out.sort_by_key(|c| c.table_at);
    out
}

/// Whether column `c` or its partner `partner` has a value other than zero in some row.
fn pair_nonzero<R>(columns: &[Column<R>], c: &Column<R>, partner: &str, rows: &[&R]) -> bool {
    let p = columns.iter().find(|x| x.key == partner);
    rows.iter()
        .any(|r| c.is_nonzero(r) || p.is_some_and(|p| p.is_nonzero(r)))
}

/// The line a terminal table needs under it when it leaves out a pair of columns because
/// both are zero in every row (`corrected 0, amended 0 for every source`), so the counts
/// are in every format (DESIGN.md) without two columns of zeros; `None` otherwise.
pub fn zero_pair_note<R>(columns: &[Column<R>], rows: &[&R]) -> Option<String> {
    let hidden: Vec<&str> = columns
        .iter()
        .filter(|c| matches!(c.shown, Shown::WithPartner(p) if !pair_nonzero(columns, c, p, rows)))
        .map(|c| c.key)
        .collect();
    (!hidden.is_empty()).then(|| {
        let parts: Vec<String> = hidden.iter().map(|k| format!("{k} 0")).collect();
        format!("{} for every source.", parts.join(", "))
    })
}

/// A terminal table of `rows` under `columns` (those `shown` picks), fitted to the width:
/// a number is never split across lines (a narrow terminal printed Brier 0.1379 as `0.137`
/// over `9`), so when the columns cannot all fit whole, the last ones are left out and a
/// line under the table names them. The first column (the name) may wrap.
pub fn table_of<R>(columns: &[Column<R>], rows: &[&R], style: &Style) -> String {
    let mut cols = shown(columns, rows, false);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            cols.iter()
                .enumerate()
                .map(|(i, c)| {
                    let text = crate::output::clean(&c.text(r));
                    if i == 0 {
                        crate::output::name_cell(&text)
                    } else {
                        text
                    }
                })
                .collect()
        })
        .collect();
    // The narrowest each column may be: its widest cell, and its heading's longest word
    // (a heading may wrap between words); the name column may wrap down to 12, at spaces
    // only: never narrower than its longest word (`output::name_cell`), so a source name,
    // which is typed back into `--source`, is never split inside a word. Widths are display
    // widths (`output::display_width`), as comfy-table draws them: counted in characters, a
    // CJK or emoji name took more room than counted, so a column was kept that did not fit
    // and the names wrapped or the lines ran past the width.
    let need: Vec<usize> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let cell = cells
                .iter()
                .map(|row| crate::output::display_width(&row[i]))
                .max()
                .unwrap_or(0);
            let word = c
                .heading
                .unwrap_or("")
                .split_whitespace()
                .map(crate::output::display_width)
                .max()
                .unwrap_or(0);
            if i == 0 {
                let longest = cells
                    .iter()
                    .map(|row| crate::output::longest_word(&row[0]))
                    .max()
                    .unwrap_or(0);
                cell.max(word).min(12).max(longest).max(word)
            } else {
                cell.max(word)
            }
        })
        .collect();
    // Each column takes its width plus three (padding and a border), the table one more
    // (its closing border): that total must not exceed the width.
    let fits = |n: usize| need[..n].iter().sum::<usize>() + 3 * n < usize::from(style.width);
    let mut keep = cols.len();
    while keep > 2 && !fits(keep) {
        keep -= 1;
    }
    // A pair shown together (`corrected` and `amended`) is left out together: the one
    // figure that says an outcome was changed on appeal is never the one hidden while its
    // partner shows.
    while keep > 2 && keep < cols.len() {
        match cols[keep - 1].shown {
            Shown::WithPartner(p) if cols[keep..].iter().any(|c| c.key == p) => keep -= 1,
            _ => break,
        }
    }
    let left_out: Vec<&str> = cols[keep..].iter().filter_map(|c| c.heading).collect();
    cols.truncate(keep);
    let headings: Vec<&str> = cols.iter().filter_map(|c| c.heading).collect();
    let mut t = crate::output::table(style, &headings);
    for row in &cells {
        t.add_row(row[..keep].iter().cloned());
    }
    for (i, width) in need.iter().enumerate().take(keep) {
        if let Some(column) = t.column_mut(i) {
            // comfy-table counts the two padding spaces in a column's width.
            let width = u16::try_from(*width + 2).unwrap_or(u16::MAX);
            column.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                comfy_table::Width::Fixed(width),
            ));
        }
    }
    let mut out = t.to_string();
    if !left_out.is_empty() {
        // Wrapped to the width the table was fitted to, as the listings' note is.
        let note = format!(
            "(left out at this width: {}; a wider terminal, COLUMNS, or --format csv|json shows them)",
            left_out.join(", ")
        );
        out.push('\n');
        out.push_str(&crate::output::wrap(&note, usize::from(style.width)));
    }
    out
}

/// A Markdown table of `rows` under every column with a heading.
pub fn markdown_of<R>(columns: &[Column<R>], rows: &[&R]) -> String {
    let cols = shown(columns, rows, true);
    let mut out = String::new();
    let headings: Vec<&str> = cols.iter().filter_map(|c| c.heading).collect();
    out.push_str(&format!("| {} |\n", headings.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(headings.len())));
    for r in rows {
        let cells: Vec<String> = cols.iter().map(|c| md_escape(&c.text(r))).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// CSV of `rows`: a header of every column's key, then one record per row.
pub fn csv_of<R>(columns: &[Column<R>], rows: &[&R]) -> crate::error::Result<String> {
    let rows: Vec<(Option<&str>, &R)> = rows.iter().map(|r| (None, *r)).collect();
    csv_led(None, columns, &rows)
}

/// CSV of rows that each belong to a group: a first column `lead` holds the group.
pub fn csv_grouped<R>(
    lead: &str,
    columns: &[Column<R>],
    rows: &[(&str, &R)],
) -> crate::error::Result<String> {
    let rows: Vec<(Option<&str>, &R)> = rows.iter().map(|(g, r)| (Some(*g), *r)).collect();
    csv_led(Some(lead), columns, &rows)
}

fn csv_led<R>(
    lead: Option<&str>,
    columns: &[Column<R>],
    rows: &[(Option<&str>, &R)],
) -> crate::error::Result<String> {
    use crate::error::Error;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(lead.into_iter().chain(columns.iter().map(|c| c.key)))
        .map_err(Error::csv("writing CSV"))?;
    // User text is guarded against spreadsheet formulas (`output::csv_guard`); numbers the
    // tool computes, a negative skill score say, are written as numbers.
    #[derive(Serialize)]
    #[serde(untagged)]
    enum Cell<'a> {
        Text(std::borrow::Cow<'a, str>),
        Other(Value<'a>),
    }
    for (group, r) in rows {
        let record: Vec<Cell> = group
            .map(Value::Text)
            .into_iter()
            .chain(columns.iter().map(|c| (c.value)(r)))
            .map(|v| match v {
                Value::Text(t) => Cell::Text(crate::output::csv_guard(t)),
                other => Cell::Other(other),
            })
            .collect();
        w.serialize(record).map_err(Error::csv("writing CSV"))?;
    }
    let bytes = w.into_inner().map_err(Error::csv_flush)?;
    // Every field came from a Rust string or number, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Text safe inside a Markdown table cell.
pub fn md_escape(s: &str) -> String {
    crate::output::md_cell(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_its_own_key_and_table_place() {
        let mut keys: Vec<_> = SOURCE_COLUMNS.iter().map(|c| c.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), SOURCE_COLUMNS.len());
        let mut places: Vec<_> = SOURCE_COLUMNS
            .iter()
            .filter(|c| c.heading.is_some())
            .map(|c| c.table_at)
            .collect();
        places.sort();
        places.dedup();
        assert_eq!(
            places.len(),
            SOURCE_COLUMNS
                .iter()
                .filter(|c| c.heading.is_some())
                .count()
        );
    }

    // Every figure DESIGN.md's report JSON carries at the top level of a source is a column,
    // so CSV cannot fall behind the JSON.
    #[test]
    fn csv_carries_every_scalar_the_json_has() {
        let s = SourceReport {
            source: "A".into(),
            forecasts: 0,
            open: 0,
            due: 0,
            resolved: 0,
            scored: 0,
            void: 0,
            corrections: 0,
            amended: 0,
            logged_late: 0,
            void_share: None,
            median_horizon_days: None,
            scores: Default::default(),
        };
        let json = serde_json::to_value(&s).unwrap();
        for (k, v) in json.as_object().unwrap() {
            if v.is_array() {
                continue;
            }
            assert!(
                SOURCE_COLUMNS.iter().any(|c| c.key == k),
                "{k} has no column"
            );
        }
    }
}
