//! Output plumbing for the CLI layer: the `--format` choice, table construction with an
//! explicit width (comfy-table cannot see a terminal when stdout is a pipe), number
//! formatting, and CSV writing into a string.

use crate::error::{Error, Result};
use comfy_table::{presets, ContentArrangement, Table};

/// How a listing or report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
    Markdown,
}

/// What the terminal looks like, decided once in `main`.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Columns available; tables wrap to fit.
    pub width: u16,
    /// Stdout is a terminal (and `NO_COLOR` is unset): colour and Unicode bars allowed.
    pub color: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            width: 120,
            color: false,
        }
    }
}

/// The width tables are drawn to: `COLUMNS` when it is a number of at least 40; otherwise,
/// on a terminal, the width it reports, unless it reports none or 0 (some terminals and
/// serial consoles do), then 100; when stdout is not a terminal, 120.
pub fn table_width(columns: Option<&str>, terminal: Option<Option<u16>>) -> u16 {
    if let Some(w) = columns
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w >= 40)
    {
        return w;
    }
    match terminal {
        Some(reported) => reported.filter(|w| *w > 0).unwrap_or(100),
        None => 120,
    }
}

/// A table with the project's look, fitted to `style.width`.
pub fn table(style: &Style, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width)
        .set_header(header.iter().copied());
    t
}

/// Keeps column `index` on one line (never wrapped): for keys a user copies into a command.
pub fn keep_whole(t: &mut Table, index: usize) {
    if let Some(column) = t.column_mut(index) {
        column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
}

/// A Markdown (GitHub) table; `|` in cells is escaped and line breaks become spaces.
pub fn markdown_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace(['\n', '\r'], " ");
    let mut out = format!("| {} |\n", header.join(" | "));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// A number with `digits` decimals, or `-` for none.
pub fn num(value: Option<f64>, digits: usize) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.digits$}"))
}

/// Serializes `rows` (with a header from the first) as CSV text.
pub fn csv_string<T: serde::Serialize>(rows: &[T]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.serialize(row).map_err(Error::csv("writing CSV"))?;
    }
    let bytes = w.into_inner().map_err(Error::csv_flush)?;
    // Every field came from a Rust string, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Pretty JSON followed by a newline.
pub fn json_string<T: serde::Serialize>(value: &T) -> Result<String> {
    let mut s = serde_json::to_string_pretty(value).map_err(Error::json("writing JSON"))?;
    s.push('\n');
    Ok(s)
}

/// Shortens `text` to at most `max` characters, ending with an ellipsis when cut.
pub fn ellipsize(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_reporting_width_0_gets_100_columns() {
        assert_eq!(table_width(None, Some(Some(0))), 100);
        assert_eq!(table_width(None, Some(None)), 100);
        assert_eq!(table_width(None, Some(Some(87))), 87);
        assert_eq!(table_width(Some("0"), Some(Some(0))), 100);
        assert_eq!(table_width(Some("150"), Some(Some(0))), 150);
        assert_eq!(table_width(Some("x"), None), 120);
        assert_eq!(table_width(None, None), 120);
    }
}
