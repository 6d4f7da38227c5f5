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

/// How a column of a listing may be drawn when the terminal is narrow (the rule
/// `report::columns::table_of` keeps for `report` and `compare`, for the listings: `list`,
/// `due`, `questions`, `question KEY`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never split: a number, date, id or key (typed back into commands).
    Whole,
    /// Wraps at spaces only, never inside a word: a source name, a list of names, an
    /// outcome (`not-by 2025-09-22`), `18% against`.
    Words,
    /// A source name: wraps at spaces only, and its words longer than `NAME_CUT_MIN` may be
    /// cut with an ellipsis when that makes the table fit (`Step::CutNames`).
    Name,
    /// Free text (a claim): wraps at spaces, kept at least this wide (or its whole width)
    /// and as wide as its longest word up to `NAME_WORD_MAX` (a longer word may be split).
    Text(usize),
}

/// A step `fitted_table` takes, in order, while a listing does not fit its width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Leave out this column (its index in the header).
    Drop(usize),
    /// Cut the long words of the `Fit::Name` columns with an ellipsis, down to
    /// `NAME_CUT_MIN` (`NAME_WORD_MAX` is the most a word keeps anyway), when that makes the
    /// table fit.
    CutNames,
}

/// A listing fitted to `style.width` (audit 21, B3: `list`, `questions` and `question`
/// were drawn 100 columns wide at `COLUMNS=60..90`, or left to comfy-table, which split
/// `Northbridg`/`e`, `2025-0`/`9-22` and headings one letter a line). Each column needs its
/// widest unbreakable piece (`Fit`) and its heading's longest word; while they do not all
/// fit, the `steps` are taken in order (columns left out, long name words cut), and then
/// any column left out that fits again is put back, the last left out first (a
/// 40-character key left out gives the claim its room back). Returns the drawn table and
/// the headings left out, in table order. Cells are drawn as given (the caller cleans
/// them). The table is wider than `width` only when the columns the steps keep do not fit.
pub fn fitted_table<'h>(
    style: &Style,
    header: &[&'h str],
    fits: &[Fit],
    mut rows: Vec<Vec<String>>,
    steps: &[Step],
) -> (String, Vec<&'h str>) {
    let heading_word = |i: usize| {
        header[i]
            .split_whitespace()
            .map(display_width)
            .max()
            .unwrap_or(0)
    };
    let mut need: Vec<usize> = (0..header.len())
        .map(|i| {
            let widest = |f: fn(&str) -> usize| rows.iter().map(|r| f(&r[i])).max().unwrap_or(0);
            let cell = match fits[i] {
                Fit::Whole => widest(|c| c.lines().map(display_width).max().unwrap_or(0)),
                Fit::Words | Fit::Name => widest(longest_word),
                Fit::Text(min) => {
                    widest(display_width).min(min.max(widest(longest_word).min(NAME_WORD_MAX)))
                }
            };
            cell.max(heading_word(i))
        })
        .collect();
    // Each column takes its width plus three (padding and a border), the table one more.
    let total =
        |need: &[usize], shown: &[usize]| shown.iter().map(|&i| need[i] + 3).sum::<usize>() + 1;
    let width = usize::from(style.width);
    let mut shown: Vec<usize> = (0..header.len()).collect();
    let mut dropped: Vec<usize> = Vec::new();
    // From `Step::CutNames` on, names are cut before any later column is left out, when
    // that alone makes the table fit; a name cut for nothing would be lost.
    let mut cutting = false;
    for step in steps {
        if total(&need, &shown) <= width {
            break;
        }
        cutting |= *step == Step::CutNames;
        if cutting {
            let over = total(&need, &shown) - width;
            let floor = |i: usize| heading_word(i).max(NAME_CUT_MIN);
            if cut_names(&mut rows, &mut need, &shown, fits, over, floor) {
                break;
            }
        }
        if let Step::Drop(d) = *step {
            shown.retain(|&i| i != d);
            dropped.push(d);
        }
    }
    for &d in dropped.iter().rev() {
        let mut with: Vec<usize> = shown.clone();
        with.push(d);
        with.sort_unstable();
        if total(&need, &with) <= width {
            shown = with;
        }
    }
    // What the steps keep may still be too wide (audit 21: at `COLUMNS=40` the listings
    // came out 3 or 4 columns over): names are cut further, to `NAME_CUT_LAST`, when that
    // makes the table fit; else the last column is left out (never the first, the id or key
    // a row is known by), and again; a first column alone too wide is broken into lines at
    // its hyphens.
    while total(&need, &shown) > width {
        let over = total(&need, &shown) - width;
        let floor = |i: usize| heading_word(i).max(NAME_CUT_LAST);
        if cut_names(&mut rows, &mut need, &shown, fits, over, floor) {
            break;
        }
        if shown.len() > 1 {
            shown.pop();
            continue;
        }
        let i = shown[0];
        let to = width.saturating_sub(4).max(heading_word(i)).max(1);
        for row in &mut rows {
            row[i] = break_at(&row[i], to);
        }
        need[i] = to;
        break;
    }
    let headings: Vec<&str> = shown.iter().map(|&i| header[i]).collect();
    let mut t = table(style, &headings);
    for row in &rows {
        t.add_row(shown.iter().map(|&i| row[i].as_str()));
    }
    for (at, &i) in shown.iter().enumerate() {
        if let Some(column) = t.column_mut(at) {
            // comfy-table counts the two padding spaces in a column's width.
            let w = u16::try_from(need[i] + 2).unwrap_or(u16::MAX);
            column.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                comfy_table::Width::Fixed(w),
            ));
        }
    }
    let left_out = (0..header.len())
        .filter(|i| !shown.contains(i))
        .map(|i| header[i])
        .collect();
    (t.to_string(), left_out)
}

/// Cuts the long words of the `Fit::Name` columns in `shown` (each no shorter than
/// `floor(column)`) so the table narrows by `over`, when the names have that much room;
/// returns whether they had (nothing is cut otherwise: a name cut for nothing is lost).
fn cut_names(
    rows: &mut [Vec<String>],
    need: &mut [usize],
    shown: &[usize],
    fits: &[Fit],
    over: usize,
    floor: impl Fn(usize) -> usize,
) -> bool {
    let names: Vec<(usize, usize)> = shown
        .iter()
        .filter(|&&i| fits[i] == Fit::Name)
        .map(|&i| (i, floor(i).min(need[i])))
        .collect();
    let room: usize = names.iter().map(|&(i, floor)| need[i] - floor).sum();
    if room < over {
        return false;
    }
    let mut over = over;
    for (i, floor) in names {
        let to = need[i].saturating_sub(over).max(floor);
        over -= need[i] - to;
        if to < need[i] {
            for row in rows.iter_mut() {
                row[i] = row[i]
                    .split(' ')
                    .map(|w| ellipsize(w, to))
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            need[i] = to;
        }
    }
    true
}

/// `text` broken into lines no wider than `width` (terminal columns), after a hyphen,
/// underscore, slash or space where it can (`fed-cut-` / `sept-2025`), else inside a word.
pub fn break_at(text: &str, width: usize) -> String {
    let width = width.max(1);
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        // Pieces that each end where a break is allowed.
        let mut pieces: Vec<String> = Vec::new();
        let mut piece = String::new();
        for c in line.chars() {
            piece.push(c);
            if matches!(c, '-' | '_' | '/' | ' ') {
                pieces.push(std::mem::take(&mut piece));
            }
        }
        if !piece.is_empty() {
            pieces.push(piece);
        }
        let mut current = String::new();
        for piece in pieces {
            if !current.is_empty() && display_width(&current) + display_width(&piece) > width {
                out.push(current.trim_end().to_string());
                current = String::new();
            }
            for c in piece.chars() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if !current.is_empty() && display_width(&current) + w > width {
                    out.push(std::mem::take(&mut current));
                }
                current.push(c);
            }
        }
        out.push(current.trim_end().to_string());
    }
    out.join("\n")
}

/// `text` wrapped at spaces to lines no wider than `width` (terminal columns); a line's
/// leading spaces indent its continuation lines too, and a word wider than a line is broken
/// (`break_at`). For the prose around a table fitted to the terminal (`fitted_table`).
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if display_width(line) <= width {
            out.push_str(line);
            continue;
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        let room = width.saturating_sub(display_width(indent)).max(8);
        let mut current = String::new();
        let mut first = true;
        let flush = |current: &mut String, out: &mut String, first: &mut bool| {
            if !*first {
                out.push('\n');
            }
            out.push_str(indent);
            out.push_str(current.trim_end());
            current.clear();
            *first = false;
        };
        for word in line.trim_start().split(' ') {
            let pieces = if display_width(word) > room {
                break_at(word, room)
            } else {
                word.to_string()
            };
            for piece in pieces.split('\n') {
                let sep = usize::from(!current.is_empty());
                if !current.is_empty()
                    && display_width(&current) + sep + display_width(piece) > room
                {
                    flush(&mut current, &mut out, &mut first);
                }
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(piece);
            }
        }
        if !current.is_empty() || first {
            flush(&mut current, &mut out, &mut first);
        }
    }
    out
}

/// The line under a table that left columns out (`fitted_table`), naming them and where
/// they can be seen (`also`: a command that shows them, with its `; `, or empty); empty
/// when none was left out.
pub fn left_out_note(style: &Style, left_out: &[&str], also: &str) -> String {
    if left_out.is_empty() {
        return String::new();
    }
    let note = format!(
        "(left out at this width: {}; {also}a wider terminal, COLUMNS, or --format csv|json shows them)",
        left_out.join(", ")
    );
    // Wrapped to the width the table was fitted to (audit 21: the note ran past it).
    format!("{}\n", wrap(&note, usize::from(style.width)))
}

/// A Markdown (GitHub) table; `|` in cells is escaped and line breaks become spaces.
pub fn markdown_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let cell = md_cell;
    let mut out = format!("| {} |\n", header.join(" | "));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// A number with `digits` decimals, or `-` for none. A value that rounds to zero prints
/// without a sign (`0.000`, not `-0.000`): a negative zero says nothing a reader can use.
pub fn num(value: Option<f64>, digits: usize) -> String {
    value.map_or_else(
        || "-".to_string(),
        |v| unsigned_zero(format!("{v:.digits$}")),
    )
}

/// `text` (a formatted number) without its minus sign when every digit in it is 0.
pub fn unsigned_zero(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| matches!(c, '0' | '.' | '%')) => rest.to_string(),
        _ => text,
    }
}

/// Serializes `rows` (with a header from the first) as CSV text. Text cells are guarded
/// against spreadsheet formulas (`csv_guard`); a cell that is a plain number is left as it is
/// (a spreadsheet reads it as a number, never as a formula). No rows still give the header
/// line, taken from a default row so it is the same header rows would give: a script that
/// reads the columns by name works on an empty ledger or an empty selection too.
pub fn csv_string<T: serde::Serialize + Default>(rows: &[T]) -> Result<String> {
    let err = |e: &dyn std::fmt::Display| Error::Other(format!("writing CSV: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    let header_only = rows.is_empty();
    if header_only {
        w.serialize(T::default()).map_err(|e| err(&e))?;
    }
    for row in rows {
        w.serialize(row).map_err(|e| err(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| err(&e))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut out = csv::Writer::from_writer(Vec::new());
    let records = if header_only { 1 } else { usize::MAX };
    for record in reader.records().take(records) {
        let record = record.map_err(|e| err(&e))?;
        out.write_record(record.iter().map(|cell| {
            if cell.parse::<f64>().is_ok() {
                cell.to_string()
            } else {
                csv_guard(cell).into_owned()
            }
        }))
        .map_err(|e| err(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| err(&e))?;
    String::from_utf8(bytes).map_err(|e| err(&e))
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

/// The longest a word of a name (a source) may be in a narrow table before it is cut with
/// an ellipsis: a name column is never narrower than its longest word, so it wraps at
/// spaces and never splits a word (audit 16, A16: `Northbridg` / `e` / `Analytics`).
pub const NAME_WORD_MAX: usize = 24;

/// The shortest a narrow listing cuts a long word of a name to (`Step::CutNames`): a
/// name's ordinary words (`Northbridge`) are never cut, a 24-character one may be.
pub const NAME_CUT_MIN: usize = 16;

/// The shortest a listing cuts a long word of a name to when nothing else makes it fit
/// the terminal (`fitted_table`'s last resort, before leaving out more columns): at 40
/// columns `list` shows `Northbridge` as `Northbr…`.
pub const NAME_CUT_LAST: usize = 6;

/// `name` for a table cell that wraps at spaces only: each word longer than
/// `NAME_WORD_MAX` is cut to it with an ellipsis.
pub fn name_cell(name: &str) -> String {
    if longest_word(name) <= NAME_WORD_MAX {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| ellipsize(w, NAME_WORD_MAX))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The width in terminal columns (`display_width`) of the widest piece of `text` a line
/// cannot break: a space-separated word, where a wide (CJK) character is a piece of its
/// own, since lines break between ideographs (`東京経済新聞社` wraps anywhere; counted
/// whole it kept a CJK source 14 columns wide and left the claim a few).
pub fn longest_word(text: &str) -> usize {
    let (mut widest, mut run) = (0, 0);
    for c in text.chars() {
        let width = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if c.is_whitespace() {
            run = 0;
        } else if width > 1 {
            run = 0;
            widest = widest.max(width);
        } else {
            run += width;
            widest = widest.max(run);
        }
    }
    widest
}

/// The columns `text` takes on a terminal: a CJK or other wide character takes two, a
/// combining accent none (Unicode's East Asian Width, as comfy-table draws the cells), so a
/// table fitted to a width by these counts is drawn that wide (audit 18, A1 left: `list`
/// counted `東京経済新聞` as 6 columns, drawn as 12).
pub fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_break_after_hyphens_and_prose_wraps_at_spaces() {
        assert_eq!(
            break_at("a-comprehensive-ceasefire-will-happen-by", 36),
            "a-comprehensive-ceasefire-will-\nhappen-by"
        );
        assert_eq!(break_at("abcdefgh", 3), "abc\ndef\ngh");
        assert_eq!(break_at("東京経済", 5), "東京\n経済");
        assert_eq!(
            wrap(
                "(left out at this width: made, claim; a wider terminal)",
                20
            ),
            "(left out at this\nwidth: made, claim;\na wider terminal)"
        );
        assert_eq!(
            wrap("  forecast 3 (A) under the condition: if so", 20),
            "  forecast 3 (A)\n  under the\n  condition: if so"
        );
        assert_eq!(wrap("short\n\nlines", 20), "short\n\nlines");
    }

    /// Audit 21 left: the columns the steps kept were 43 wide at 40; the last resort cuts
    /// the name further, then leaves columns out from the right, then breaks the first.
    #[test]
    fn a_fitted_table_is_never_wider_than_its_width() {
        let style = |width| Style {
            width,
            color: false,
        };
        let header = ["id", "source", "deadline"];
        let fits = [Fit::Whole, Fit::Name, Fit::Whole];
        let rows = || {
            vec![vec![
                "1".to_string(),
                "Northbridge Analytics".to_string(),
                "2025-12-31".to_string(),
            ]]
        };
        let widest = |t: &str| t.lines().map(display_width).max().unwrap_or(0);
        let (t, left_out) = fitted_table(&style(40), &header, &fits, rows(), &[]);
        assert_eq!((widest(&t), left_out.len()), (33, 0), "{t}");
        let (t, left_out) = fitted_table(&style(30), &header, &fits, rows(), &[]);
        assert!(t.contains("│ 1  ┆ Northbr… ┆ 2025-12-31 │"), "{t}");
        assert_eq!((widest(&t), left_out.len()), (30, 0), "{t}");
        let (t, left_out) = fitted_table(&style(20), &header, &fits, rows(), &[]);
        assert_eq!(left_out, ["deadline"]);
        assert!(widest(&t) <= 20, "{t}");
        let (t, left_out) = fitted_table(&style(8), &header, &fits, rows(), &[]);
        assert_eq!(left_out, ["source", "deadline"]);
        assert!(widest(&t) <= 8, "{t}");
    }

    #[test]
    fn names_are_cut_only_in_words_longer_than_the_limit() {
        assert_eq!(name_cell("Northbridge Analytics"), "Northbridge Analytics");
        assert_eq!(longest_word("Northbridge Analytics"), 11);
        // Display columns; a CJK character is a piece of its own, two columns wide.
        assert_eq!(longest_word("Zoe\u{308} Ärger"), 5);
        assert_eq!(longest_word("東京経済新聞社"), 2);
        assert_eq!(longest_word("GPT-6予測 x"), 5);
        assert_eq!(display_width("東京経済新聞社 AB"), 17);
        assert_eq!(
            name_cell("The Supercalifragilisticexpialidocious Review"),
            "The Supercalifragilisticexp… Review"
        );
        assert_eq!(
            longest_word(&name_cell("x Supercalifragilisticexpialidocious")),
            24
        );
    }

    #[test]
    fn numbers_that_round_to_zero_print_without_a_sign() {
        assert_eq!(num(Some(-1.11e-14), 3), "0.000");
        assert_eq!(num(Some(-0.0), 1), "0.0");
        assert_eq!(num(Some(-0.0004), 3), "0.000");
        assert_eq!(num(Some(-0.0005001), 3), "-0.001");
        assert_eq!(num(None, 3), "-");
        assert_eq!(unsigned_zero("-0.0%".into()), "0.0%");
    }

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

/// `text` as one shell word, so a hint's command can be pasted as printed: single-quoted
/// (with `'` written `'\''`) unless it holds only characters no shell treats specially.
pub fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./-+,:@%=".contains(c));
    if plain {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Refuses to create a file whose name starts or ends with white space or holds a control
/// character (a line break, a tab), when no file by that name exists: such a name is nearly
/// always a stray character carried in by a paste, an env file's `FORECAST_DB=l.sqlite3 ` or
/// a `$(...)` that kept a line break, and the new file prints like the one meant (ad6 F1:
/// `--db 'ledger.sqlite3 '` started a second, empty ledger beside `ledger.sqlite3`, and `add`
/// printed only an id). Checked for the ledger (`--db`, `FORECAST_DB`, `copy --to`) and for
/// every file the tool writes (`backup`, `--html`, `--chart`, `--ics`, ...); a file that
/// exists under such a name is used as named. `flag` names where the path came from.
pub fn refuse_stray_file_name(path: &std::path::Path, flag: Option<&str>) -> Result<()> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(());
    }
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return Ok(());
    };
    let why = if let Some(c) = name.chars().find(|c| c.is_control()) {
        format!("holds the control character `{}`", c.escape_default())
    } else if name.starts_with(char::is_whitespace) {
        "begins with white space".to_string()
    } else if name.ends_with(char::is_whitespace) {
        "ends with white space".to_string()
    } else {
        return Ok(());
    };
    let meant: String = name
        .trim_matches(|c: char| c.is_whitespace() || c.is_control())
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let shown = path.to_string_lossy().escape_debug().to_string();
    let label = match flag {
        Some(flag) => format!("{flag} `{shown}`"),
        None => format!("`{shown}`"),
    };
    let fix = if meant.is_empty() {
        "give the file's name".to_string()
    } else {
        let meant_path = path.with_file_name(&meant);
        let there = if std::fs::symlink_metadata(&meant_path).is_ok() {
            ", which exists"
        } else {
            ""
        };
        format!(
            "check the path: most likely `{}` was meant{there}",
            meant_path.display()
        )
    };
    Err(Error::invalid(
        label,
        format!("there is no such file, and its name {why} (most often a stray character from a paste or an env file), so a new file would start under a name that prints like another; nothing was written; {fix}"),
    ))
}

/// Why a file to read could not be opened, with the file most likely meant when the name
/// has a stray white space or control character and the name without it exists (ad6 F12:
/// `import 'f.csv '` said only `No such file or directory (os error 2)`).
pub fn cannot_open(path: &std::path::Path, e: &std::io::Error) -> String {
    let mut why = if e.kind() == std::io::ErrorKind::NotFound {
        "there is no such file".to_string()
    } else {
        e.to_string()
    };
    if e.kind() == std::io::ErrorKind::NotFound {
        if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            let meant: String = name
                .trim_matches(|c: char| c.is_whitespace() || c.is_control())
                .chars()
                .filter(|c| !c.is_control())
                .collect();
            let meant_path = path.with_file_name(&meant);
            if !meant.is_empty() && meant != name && meant_path.is_file() {
                return format!(
                    "{why}; its name has a stray white space or control character: `{}` exists",
                    meant_path.display()
                );
            }
        }
        why.push_str("; check the path");
    }
    why
}

/// Where a path names a file: itself when it exists, else its directory's real path joined
/// to its name (`None` when that directory does not exist either).
fn real_path(p: &std::path::Path) -> Option<std::path::PathBuf> {
    if let Ok(c) = p.canonicalize() {
        return Some(c);
    }
    let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
    let dir = parent
        .unwrap_or(std::path::Path::new("."))
        .canonicalize()
        .ok()?;
    Some(dir.join(p.file_name()?))
}

/// `check_target` for every file one command writes (`report --chart A --html B`), and
/// the same file named twice refused: the second would replace the first after it was
/// written, so both are checked before either is written.
pub fn check_targets(
    paths: &[&std::path::Path],
    force: bool,
    ledger: &std::path::Path,
) -> Result<()> {
    for (i, path) in paths.iter().enumerate() {
        check_target(path, force, ledger)?;
        let same = paths[..i].iter().any(|earlier| {
            *earlier == *path
                || real_path(earlier)
                    .zip(real_path(path))
                    .is_some_and(|(a, b)| a == b)
        });
        if same {
            return Err(Error::invalid(
                format!("`{}`", path.display()),
                "it is named for two outputs; give each its own file",
            ));
        }
    }
    Ok(())
}

/// Where a file the tool writes (`--html`, `--chart`, `backup`) may go: not over the ledger
/// (or its `-wal`, `-shm` or `-journal` file), whatever `force` says, and not over any
/// existing file unless `force`.
pub fn check_target(path: &std::path::Path, force: bool, ledger: &std::path::Path) -> Result<()> {
    let resolve = real_path;
    if let (Some(target), Some(db)) = (resolve(path), resolve(ledger)) {
        let hit = ["", "-wal", "-shm", "-journal"].iter().any(|suffix| {
            let mut name = db.clone().into_os_string();
            name.push(suffix);
            name == target.as_os_str()
        });
        if hit {
            return Err(Error::invalid(
                format!("`{}`", path.display()),
                "that is the ledger itself; the tool never writes over it (--force or not)",
            ));
        }
    }
    if path.is_dir() {
        return Err(Error::invalid(
            format!("`{}`", path.display()),
            "it is a directory; name a file",
        ));
    }
    // The file is written beside and renamed into place, which would replace a symbolic
    // link, a pipe or a device node itself (as root, `/dev/full` became a regular file):
    // refused, --force or not.
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        let kind = meta.file_type();
        if kind.is_symlink() {
            let to = std::fs::read_link(path)
                .map(|t| format!(" (to `{}`)", t.display()))
                .unwrap_or_default();
            return Err(Error::invalid(
                format!("`{}`", path.display()),
                format!("it is a symbolic link{to}; name the file itself, since writing would replace the link, --force or not"),
            ));
        }
        if !kind.is_file() {
            return Err(Error::invalid(
                format!("`{}`", path.display()),
                "it is not a regular file (a pipe, device or socket); name a file, --force or not",
            ));
        }
    }
    if path.exists() && !force {
        return Err(Error::invalid(
            format!("`{}`", path.display()),
            "the file exists; name a new file, or pass --force to replace it",
        ));
    }
    refuse_stray_file_name(path, None)?;
    // A typo in the directory is bad input, said before any work, not an I/O failure
    // about a temporary file the user never named.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.is_dir() {
            return Err(Error::invalid(
                format!("`{}`", path.display()),
                format!(
                    "there is no directory `{}` to write it in; create it first",
                    dir.display()
                ),
            ));
        }
    }
    // A folder this user may not write in fails the write only after the work (a report
    // already printed): the temporary file the write will use is tried now.
    temp_beside(path).map(drop)
}

/// A temporary file beside `path`, to be written and then put in place with `place_file`.
/// It is private to its owner (mode 0600), as a copy of the ledger should be.
pub fn temp_beside(path: &std::path::Path) -> Result<tempfile::NamedTempFile> {
    temp_in_dir_of(path, tempfile::Builder::new())
}

fn temp_in_dir_of(
    path: &std::path::Path,
    mut builder: tempfile::Builder<'_, '_>,
) -> Result<tempfile::NamedTempFile> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    builder
        .prefix(".forecast-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| {
            // A folder this user may not write in (or on a read-only file system): said in
            // the tool's words, without the temporary file's name (audit 21, B13).
            let folder = dir.display();
            let why = match e.kind() {
                std::io::ErrorKind::PermissionDenied => Some(format!(
                    "you may not write in `{folder}`; choose another folder"
                )),
                std::io::ErrorKind::ReadOnlyFilesystem => Some(format!(
                    "`{folder}` is on a read-only file system; choose another folder"
                )),
                _ => None,
            };
            match why {
                // Exit 1, as for a ledger that cannot be written: the file system refuses,
                // not the input (ux31 M2; a missing folder, a mistyped path, stays exit 2).
                Some(why) => Error::Other(format!("`{}`: {why}", path.display())),
                None => Error::io(
                    format!("creating a temporary file in `{}`", dir.display()),
                    e,
                ),
            }
        })
}

/// Renames a fully written temporary file onto `path` (replacing a file only if `force`;
/// without it a file that appeared meanwhile is not replaced). If anything fails the
/// temporary file is removed and whatever was at `path` is left as it was.
pub fn place_file(
    temp: tempfile::NamedTempFile,
    path: &std::path::Path,
    force: bool,
) -> Result<()> {
    temp.as_file()
        .sync_all()
        .map_err(|e| Error::io(format!("writing `{}`", path.display()), e))?;
    let placed = if force {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    placed
        .map(|_| ())
        .map_err(|e| Error::io(format!("writing `{}`", path.display()), e.error))
}

/// Writes `bytes` to `path` through a temporary file renamed into place, after
/// `check_target`: an existing file is replaced only with `force`, the ledger never, and a
/// failed write leaves the old file whole.
pub fn write_new_file(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
    ledger: &std::path::Path,
) -> Result<()> {
    use std::io::Write;
    check_target(path, force, ledger)?;
    // A chart, scorecard or calendar is made to be shared: it gets the permissions any new
    // file gets (0666 less the umask, as `>` gives), not the temporary file's private 0600.
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = temp_in_dir_of(path, builder)?;
    temp.write_all(bytes)
        .map_err(|e| Error::io(format!("writing `{}`", path.display()), e))?;
    place_file(temp, path, force)
}

/// Text safe to print on a terminal: control characters (ESC, BEL, CR, ...) are shown as
/// their Unicode control pictures (`␛`) instead of being sent raw, so a source name or claim
/// cannot move the cursor, recolour the screen or set the window title. Line breaks stay
/// (tables wrap on them; `show` prints them).
pub fn clean(text: &str) -> String {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text.to_string();
    }
    text.chars()
        .map(|c| match c {
            '\n' => '\n',
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// The characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as the tool's CSV output writes it: one `'` is put in front of a cell that a
/// spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab or CR, after
/// any `'`s already there), as OWASP advises. Only text a user gave is guarded; numbers the
/// tool computes (a negative Brier skill) are written as numbers. `csv_unguard` undoes it,
/// so an export imports back exactly.
pub fn csv_guard(text: &str) -> std::borrow::Cow<'_, str> {
    // Byte by byte (a large listing guards five cells a row): every formula start is ASCII.
    let first = text.bytes().find(|&b| b != b'\'');
    if first.is_some_and(|b| FORMULA_START.contains(&char::from(b))) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Takes off the `'` that `csv_guard` put in front of a cell.
pub fn csv_unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_START) => rest,
        _ => text,
    }
}

/// Text safe inside a Markdown table cell that may be published as HTML: `|` and Markdown
/// link and emphasis syntax are backslash-escaped, `<`, `>` and `&` become entities (no raw
/// HTML, no autolinks), line breaks become spaces, and a `javascript:` scheme is broken so no
/// renderer makes it a link; so are GitHub's strikethrough (`~` escaped) and its bare-URL
/// autolinks (`http&#58;//`, `www&#46;`).
pub fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '|' | '[' | ']' | '(' | ')' | '*' | '_' | '`' | '\\' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    // GitHub's autolink extension makes a bare `http://...` or `www....` a live link (audit 20
    // A18): the `:` before `//` and the `.` after `www` are written as entities, which a
    // renderer shows as typed but never links.
    if out.contains("://") {
        out = out.replace("://", "&#58;//");
    }
    if out.to_ascii_lowercase().contains("www.") {
        let mut fixed = String::with_capacity(out.len() + 8);
        let mut rest = out.as_str();
        while let Some(i) = rest.to_ascii_lowercase().find("www.") {
            fixed.push_str(&rest[..i + 3]);
            fixed.push_str("&#46;");
            rest = &rest[i + 4..];
        }
        fixed.push_str(rest);
        out = fixed;
    }
    let lower = out.to_ascii_lowercase();
    if let Some(i) = lower.find("javascript:") {
        let mut fixed = String::with_capacity(out.len() + 8);
        let mut rest = out.as_str();
        let mut rest_lower = lower.as_str();
        let mut at = Some(i);
        while let Some(i) = at {
            fixed.push_str(&rest[..i + 10]);
            fixed.push_str("&#58;");
            rest = &rest[i + 11..];
            rest_lower = &rest_lower[i + 11..];
            at = rest_lower.find("javascript:");
        }
        fixed.push_str(rest);
        return fixed;
    }
    out
}

#[cfg(test)]
mod safety_tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(clean("a\u{1b}[31mred\u{7}"), "a\u{241b}[31mred\u{2407}");
        assert_eq!(clean("two\nlines\r"), "two\nlines\u{240d}");
        assert_eq!(clean("\u{9b}x"), "\u{fffd}x");
    }

    #[test]
    fn shell_words_are_quoted_only_when_a_shell_would_split_or_expand_them() {
        assert_eq!(shell_word("typo-dir/sub"), "typo-dir/sub");
        assert_eq!(shell_word("my ledgers"), "'my ledgers'");
        assert_eq!(shell_word("it's $HOME"), "'it'\\''s $HOME'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn formula_cells_are_guarded_and_unguarded_exactly() {
        for (text, written) in [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("'plain", "'plain"),
            ("plain", "plain"),
            ("", ""),
        ] {
            assert_eq!(csv_guard(text), written, "{text:?}");
            assert_eq!(csv_unguard(written), text, "{written:?}");
        }
    }

    #[test]
    fn markdown_cells_carry_no_html_or_links() {
        assert_eq!(
            md_cell("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert\\(1\\)&gt;"
        );
        assert_eq!(
            md_cell("[click](JavaScript:alert(1))"),
            "\\[click\\]\\(JavaScript:&#58;alert\\(1\\)\\)".replace(":&#58;", "&#58;")
        );
        assert!(!md_cell("a javascript:x and javascript:y").contains("javascript:"));
        assert_eq!(md_cell("a|b\nc"), "a\\|b c");
        // GitHub's strikethrough and bare-URL autolinks (audit 20 A18).
        assert_eq!(md_cell("~~strike~~"), "\\~\\~strike\\~\\~");
        assert_eq!(
            md_cell("http://evil.example/auto and WWW.x.org"),
            "http&#58;//evil.example/auto and WWW&#46;x.org"
        );
    }
}
