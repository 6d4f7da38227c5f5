//! Renders a `Comparison` (`forecast compare`): JSON in DESIGN.md's shape, and the table,
//! CSV and Markdown from `columns::COMPARE_COLUMNS` (ranked sources, then the unranked,
//! then the virtual sources `crowd` and `chance`).

use super::columns::{csv_of, markdown_of, table_of, COMPARE_COLUMNS};
use super::compare::{Comparison, SourceComparison};
use crate::error::Result;
use crate::output::{json_string, Format, Style};
use std::fmt::Write;

/// Every row the table shows: the sources, then crowd and chance.
fn rows(c: &Comparison) -> Vec<&SourceComparison> {
    c.sources
        .iter()
        .chain([&c.crowd, &c.chance])
        .collect::<Vec<_>>()
}

/// What the figures mean, in one paragraph.
fn legend(c: &Comparison) -> String {
    format!(
        "{} markets (a question and a deadline) with two or more sources in force. Peer score: 100 x (ln of the probability given to what happened, minus the mean of the other sources' on the same market), averaged over the source's markets; 0 is the typical source on the same questions, higher is better; 95% bootstrap interval over markets. Relative Brier: Brier minus the median source's on the same market (below 0 is better). Market bits: what the source's forecasts earned moving the price toward the truth (logarithmic market scoring rule). Sources with fewer than {} markets are listed, not ranked. crowd = geometric mean of the odds of the sources in force; chance = 50% on everything.",
        c.markets, c.min_markets
    ) + &left_out_sentence(c)
}

/// The sentence about the markets left out, or nothing when none were.
pub fn left_out_sentence(c: &Comparison) -> String {
    if c.markets_left_out == 0 {
        return String::new();
    }
    format!(
        " {} market(s) left out: resolved both ways by hand, and no recorded question outcome decides them.",
        c.markets_left_out
    )
}

/// The comparison in `format`.
pub fn render(c: &Comparison, format: Format, style: &Style) -> Result<String> {
    match format {
        Format::Json => json_string(c),
        Format::Csv => csv_of(COMPARE_COLUMNS, &rows(c)),
        Format::Table => {
            let mut out = String::new();
            let _ = writeln!(out, "Sources head to head as of {}", c.today);
            if c.sources.is_empty() {
                out.push_str("No scored forecasts match.");
                let _ = writeln!(out, "{}", left_out_sentence(c));
                return Ok(out);
            }
            let _ = writeln!(out, "{}", table_of(COMPARE_COLUMNS, &rows(c), style));
            let _ = writeln!(out, "{}", legend(c));
            Ok(out)
        }
        Format::Markdown => {
            let mut out = String::new();
            let _ = writeln!(out, "# Sources head to head, {}\n", c.today);
            if let Some(line) = super::render::which_selected(&c.selection) {
                let _ = writeln!(out, "{line}\n");
            }
            let _ = writeln!(out, "{}\n", legend(c));
            out.push_str(&markdown_of(COMPARE_COLUMNS, &rows(c)));
            Ok(out)
        }
    }
}
