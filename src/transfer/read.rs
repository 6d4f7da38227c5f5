//! Readers for CSV (with a header row) and JSON Lines, streaming one row at a time to a
//! callback so a large file never sits in memory whole. Each row knows its line number.
//! `read_csv` is the one CSV reader of `import` and `resolve --from` (each with its own
//! header check and words), so the two agree on every spreadsheet quirk: quotes, blank
//! rows, columns without a name, a repeated header, a header without rows, and the line a
//! header refusal names (an adversary's spreadsheet pass, 2026-12-05, found them differing).

use super::input::NotUtf8;
use crate::error::{Error, Result};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};

/// The longest line (for CSV, the longest record, whose quoted fields may hold line breaks)
/// an import reads: far more than any ledger row needs, and a bound on the memory one row
/// can take, so `import /dev/zero` is refused instead of growing without end.
pub const MAX_LINE: usize = 1 << 20;

/// Passes bytes through, failing once a line (a CSV record, when `csv`) grows longer than
/// `MAX_LINE`; the number of the line where it began is left in `over`. Quotes are followed
/// as csv-core follows them: a `"` opens a quoted field only at a field's start (after a
/// line break or any of the delimiters `,`, `;`, tab), and `""` inside one is a quote. A quote
/// inside a field (`5" tv`) is text: it once turned every later line break into one inside
/// quotes, so a 2 MB file with one such claim was refused as a line over 1 MiB.
pub struct LineLimit<R> {
    inner: R,
    csv: bool,
    in_quotes: bool,
    /// The byte before started a field (or the stream), or closed a quoted field (so a `"`
    /// now is the second of a `""`).
    may_open: bool,
    run: usize,
    line: u64,
    start: u64,
    over: std::rc::Rc<std::cell::Cell<Option<u64>>>,
}

impl<R> LineLimit<R> {
    pub fn new(inner: R, csv: bool) -> (Self, std::rc::Rc<std::cell::Cell<Option<u64>>>) {
        let over = std::rc::Rc::new(std::cell::Cell::new(None));
        let reader = LineLimit {
            inner,
            csv,
            in_quotes: false,
            may_open: true,
            run: 0,
            line: 1,
            start: 1,
            over: std::rc::Rc::clone(&over),
        };
        (reader, over)
    }

    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for LineLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            if self.csv {
                if b == b'"' && self.in_quotes {
                    self.in_quotes = false;
                    self.may_open = true;
                } else if b == b'"' && self.may_open {
                    self.in_quotes = true;
                    self.may_open = false;
                } else {
                    self.may_open =
                        !self.in_quotes && matches!(b, b',' | b';' | b'\t' | b'\n' | b'\r');
                }
            }
            if b == b'\n' {
                self.line += 1;
                if !self.in_quotes {
                    self.run = 0;
                    self.start = self.line;
                    continue;
                }
            }
            self.run += 1;
            if self.run > MAX_LINE {
                self.over.set(Some(self.start));
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "line too long",
                ));
            }
        }
        Ok(n)
    }
}

/// The error for a line `LineLimit` refused, by `import` or `resolve --from` (ad6 F7: it said
/// "any forecast" and "nothing was imported" of an outcomes file too).
pub fn line_too_long(name: &str, line: u64) -> Error {
    Error::BadRow {
        file: name.to_string(),
        line,
        message: format!(
            "the line is longer than {} MiB, far more than a row of forecasts or outcomes needs (is this the right file?); nothing was written",
            MAX_LINE >> 20
        ),
    }
}

/// Where each CSV record's text begins (its byte offset and line), read off the bytes as
/// the CSV parser is handed them. The parser's own record positions are where it *started
/// reading*, which after a CRLF line end, or after blank lines, is a line or more before
/// the record: an error on line 3 of a Windows file was named as line 2. Quotes are
/// followed as csv-core follows them (a `"` opens a quoted field only at a field's start;
/// `""` inside one is a quote), so a line break inside a quoted field starts no record.
///
/// It also notes the first field whose closing quote is followed by text (`"Soft landing"
/// is likely`): csv-core drops that field's quotes and keeps the rest (`Soft landing is
/// likely`; `"a"b"c"` became `ab"c"`), so the ledger would store a claim other than the
/// file's. Such a field is refused by the reader, naming it (an adversary's spreadsheet
/// pass, 2026-12-05). A quote inside a field that does not start with one (`5" tv`) is
/// text, read byte for byte, as csv-core and Python's csv module read it.
pub(crate) struct RecordStarts<R> {
    inner: R,
    delimiter: u8,
    offset: u64,
    line: u64,
    in_quotes: bool,
    quote_pending: bool,
    field_start: bool,
    record_pending: bool,
    /// The byte before was a CR: a line ends there unless an LF follows (CRLF). Old Mac
    /// files ("CSV (Macintosh)" in Excel) end every line with a CR alone.
    after_cr: bool,
    /// The field began with a quote that has closed: only spaces may follow in it.
    closed: bool,
    /// The current field's number in its record (0 for the first).
    field: usize,
    /// Where the current quoted field's opening and closing quotes are, and how many `""`
    /// it holds: what the parser makes of the text between them.
    open_at: u64,
    close_at: u64,
    escapes: u64,
    tracked: Tracked,
}

/// Text after a field's closing quote, as `RecordStarts` found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stray {
    /// The byte offset and line of the first byte after the closing quote that is not a space.
    pub offset: u64,
    pub line: u64,
    /// The field's number in its record (0 for the first).
    pub field: usize,
    /// How many bytes of the parsed field came from inside its quotes.
    pub quoted_len: usize,
}

/// What `RecordStarts` finds: the record starts (offset, line) not yet claimed, and the
/// first text after a closing quote.
#[derive(Default)]
pub(crate) struct Found {
    pub starts: std::collections::VecDeque<(u64, u64)>,
    pub stray: Option<Stray>,
}

/// What `RecordStarts` finds, shared with the code that numbers the records.
pub(crate) type Tracked = std::rc::Rc<std::cell::RefCell<Found>>;

impl<R> RecordStarts<R> {
    /// `input`, whose fields are separated by `delimiter`, with its record starts noted as
    /// they are read.
    pub(crate) fn new(input: R, delimiter: u8) -> (Self, Tracked) {
        let tracked = Tracked::default();
        let reader = RecordStarts {
            inner: input,
            delimiter,
            offset: 0,
            line: 1,
            in_quotes: false,
            quote_pending: false,
            field_start: true,
            record_pending: true,
            after_cr: false,
            closed: false,
            field: 0,
            open_at: 0,
            close_at: 0,
            escapes: 0,
            tracked: std::rc::Rc::clone(&tracked),
        };
        (reader, tracked)
    }
}

impl<R: Read> Read for RecordStarts<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut found = self.tracked.borrow_mut();
        for &b in &buf[..n] {
            if std::mem::take(&mut self.after_cr) && b != b'\n' {
                self.line += 1;
            }
            let escaped = std::mem::take(&mut self.quote_pending) && b == b'"';
            if escaped {
                // `""` inside a quoted field: a quote, and the field goes on.
                self.in_quotes = true;
                self.closed = false;
                self.escapes += 1;
            } else if self.in_quotes {
                if b == b'"' {
                    self.in_quotes = false;
                    self.quote_pending = true;
                    self.closed = true;
                    self.close_at = self.offset;
                }
            } else {
                if self.record_pending && b != b'\r' && b != b'\n' {
                    found.starts.push_back((self.offset, self.line));
                    self.record_pending = false;
                    self.field = 0;
                }
                if b == self.delimiter {
                    self.field_start = true;
                    self.closed = false;
                    self.field += 1;
                } else if b == b'\r' || b == b'\n' {
                    self.field_start = true;
                    self.record_pending = true;
                    self.closed = false;
                } else if b == b'"' && self.field_start {
                    self.in_quotes = true;
                    self.open_at = self.offset;
                    self.escapes = 0;
                } else {
                    if self.closed && b != b' ' && b != b'\t' && found.stray.is_none() {
                        let quoted = self
                            .close_at
                            .saturating_sub(self.open_at + 1 + self.escapes);
                        found.stray = Some(Stray {
                            offset: self.offset,
                            line: self.line,
                            field: self.field,
                            quoted_len: usize::try_from(quoted).unwrap_or(usize::MAX),
                        });
                    }
                    self.field_start = false;
                }
            }
            if b == b'\n' {
                self.line += 1;
            }
            self.after_cr = b == b'\r';
            self.offset += 1;
        }
        Ok(n)
    }
}

/// The line a record whose reading began at byte `from` starts on: the first record start
/// at or after it (those before belong to records already read); `fallback` (the parser's
/// own line) if none is known.
pub(crate) fn record_line(
    tracked: &std::cell::RefCell<Found>,
    from: Option<&csv::Position>,
    fallback: u64,
) -> u64 {
    let Some(from) = from else {
        return fallback;
    };
    let starts = &mut tracked.borrow_mut().starts;
    while starts.front().is_some_and(|(b, _)| *b < from.byte()) {
        starts.pop_front();
    }
    starts.front().map_or(fallback, |(_, line)| *line)
}

/// The refusal of text after a closing quote found before byte `end` (in the record just
/// read, `record`; `header` names its columns, empty for the header itself).
fn stray_before(
    tracked: &std::cell::RefCell<Found>,
    end: u64,
    record: &csv::StringRecord,
    header: &[String],
    name: &str,
    words: &Words,
) -> Option<Error> {
    let stray = tracked.borrow().stray.filter(|s| s.offset < end)?;
    let value = record.get(stray.field).unwrap_or("");
    // The field as the file writes it: its quoted part (quotes inside it doubled), then
    // the text after the closing quote.
    let (quoted, after) = value
        .split_at_checked(stray.quoted_len)
        .unwrap_or((value, ""));
    let written = format!("\"{}\"{after}", quoted.replace('"', "\"\""));
    let as_text = format!("\"{}\"", written.replace('"', "\"\""));
    let column = stray.field + 1;
    let place = match header.get(stray.field).filter(|h| !h.is_empty()) {
        Some(h) => format!("field `{h}` (column {column})"),
        None if header.is_empty() => format!("column {column} of the header"),
        None => format!("column {column}"),
    };
    Some(Error::BadRow {
        file: name.to_string(),
        line: stray.line,
        message: format!(
            "{place}: text follows the closing quote in `{}`: a field that starts with a quote must end with it, so what it holds is unclear; if the quotes are part of the text, quote the whole field and double each quote inside: `{as_text}`; {}",
            written.trim_end(),
            words.nothing
        ),
    })
}

/// The layout of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    JsonLines,
    /// One JSON document: PredictionBook's API shape, or an array of records.
    JsonDocument,
}

impl InputFormat {
    /// Guesses from the file name and the first bytes: `.jsonl`/`.ndjson`, or a first line
    /// that is a whole JSON object, is JSON Lines; other JSON (`[`, or an object spread over
    /// lines) is one document; anything else is CSV.
    pub fn detect(name: &str, first_bytes: &[u8]) -> Self {
        let lower = name.to_ascii_lowercase();
        let text = String::from_utf8_lossy(first_bytes);
        // A byte-order mark (Windows editors write one) is not content.
        let trimmed = text.trim_start_matches('\u{feff}').trim_start();
        // An array is never JSON Lines, whatever the name says: a `.jsonl` file holding
        // `[{...}]` was refused with `each line must be one JSON object` and no way out,
        // while the same bytes named `.json` imported (ad6 F11).
        if trimmed.starts_with('[') {
            return InputFormat::JsonDocument;
        }
        if [".jsonl", ".ndjson"].iter().any(|e| lower.ends_with(e)) {
            return InputFormat::JsonLines;
        }
        if trimmed.starts_with('{') {
            let first_line = trimmed.lines().next().unwrap_or("");
            let whole = serde_json::from_str::<serde_json::Map<String, Value>>(first_line);
            return match whole {
                Ok(obj) if !obj.contains_key("predictions") => InputFormat::JsonLines,
                _ => InputFormat::JsonDocument,
            };
        }
        if lower.ends_with(".json") {
            return InputFormat::JsonDocument;
        }
        InputFormat::Csv
    }
}

/// One row: its line number and its column names and values.
pub struct RawRow<'a> {
    pub line: u64,
    pub columns: &'a [String],
    pub values: &'a [String],
    /// The columns whose JSON value was a list (joined as CSV joins tags); only the tags
    /// field may be one, which the caller, knowing `--map`, checks.
    pub lists: &'a [String],
}

/// Whether two column names are the same column as a spreadsheet user means them: ASCII
/// case ignored, spaces and hyphens read as `_`, the ends trimmed, so the headers Excel and
/// Google Sheets users type (`Made On`, `made-on`, `Resolved On`) read as `made_on` and
/// `resolved_on` (audit 22 C9). Every header comparison of `import` and `resolve --from`
/// goes through here.
pub fn same_column(a: &str, b: &str) -> bool {
    let fold = |c: u8| match c {
        b' ' | b'-' => b'_',
        c => c.to_ascii_lowercase(),
    };
    let (a, b) = (a.trim().as_bytes(), b.trim().as_bytes());
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| fold(*x) == fold(*y))
}

/// A column name as `same_column` compares it (`Made On` -> `made_on`).
pub fn column_key(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

impl RawRow<'_> {
    /// The trimmed, non-empty value of `column` (exact name, else as `same_column` reads
    /// names).
    pub fn get(&self, column: &str) -> Option<&str> {
        let i = self
            .columns
            .iter()
            .position(|c| c == column)
            .or_else(|| self.columns.iter().position(|c| same_column(c, column)))?;
        self.values
            .get(i)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }
}

/// What a file's reader says in its refusals: `import`'s words (`IMPORT_WORDS`) or `resolve
/// --from`'s, so one reader serves both with each command's own way out.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// How a refusal ends: `nothing was imported`.
    pub nothing: &'static str,
    /// The way out of two files pasted together: `import each file on its own`.
    pub each_file: &'static str,
    /// Said of a file with no header (an empty file).
    pub no_header: &'static str,
    /// Said of a file with a header and no rows under it.
    pub no_rows: &'static str,
    /// Put before the word on a header that looks split by another separator.
    pub one_field: &'static str,
    /// Whether the word on a semicolon-separated file speaks of decimal commas (an
    /// outcomes file holds no probabilities).
    pub decimal_commas: bool,
}

/// `import`'s words.
pub const IMPORT_WORDS: Words = Words {
    nothing: "nothing was imported",
    each_file: "import each file on its own",
    no_header: "the file has no header row",
    no_rows: "the file has its header row and no rows under it; nothing was imported",
    one_field: "",
    decimal_commas: true,
};

/// Reads every row of `input` in `format`, calling `f` for each. Returns the column names
/// seen (the header for CSV; every key met, in order, for JSON Lines).
pub fn read_rows(
    input: impl Read,
    format: InputFormat,
    name: &str,
    delimiter: Option<u8>,
    f: impl FnMut(&RawRow<'_>) -> Result<()>,
) -> Result<Vec<String>> {
    match format {
        InputFormat::Csv => read_csv(input, name, delimiter, &IMPORT_WORDS, |_| Ok(()), f),
        _ => read_other(input, format, name, f),
    }
}

/// Reads every row of a CSV file with a header, the one way `import` and `resolve --from`
/// read one: `header` checks the header (its refusal is named by the header's line: line
/// 1, or 2 after Excel's `sep=;` line), then `f` gets each row. A row of separators only is
/// skipped as a blank line; a row that repeats the header (two exports pasted together,
/// with or without a byte-order mark) is refused naming it; text after a field's closing
/// quote is refused (`RecordStarts`); a header with no rows under it is refused; `words`
/// says each refusal in the command's words.
pub fn read_csv(
    input: impl Read,
    name: &str,
    delimiter: Option<u8>,
    words: &Words,
    header_check: impl FnOnce(&[String]) -> std::result::Result<(), String>,
    mut f: impl FnMut(&RawRow<'_>) -> Result<()>,
) -> Result<Vec<String>> {
    let bad = |line: u64, message: String| Error::bad_row(name, line, message);
    let separator = delimiter.unwrap_or(b',');
    let (input, tracked) = RecordStarts::new(input, separator);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(separator)
        .from_reader(input);
    let raw_header = reader
        .headers()
        .map_err(|e| csv_error(name, &e).unwrap_or_else(|| bad(1, csv_message(&e))))?
        .clone();
    let header_line = record_line(&tracked, raw_header.position(), 1).max(1);
    let header: Vec<String> = raw_header
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    if header.iter().all(String::is_empty) {
        return Err(bad(1, words.no_header.into()));
    }
    if let Some(hint) = other_separator(&header, delimiter) {
        let hint = if words.decimal_commas {
            hint.as_str()
        } else {
            hint.split(". With `--delimiter").next().unwrap_or(&hint)
        };
        return Err(bad(header_line, format!("{}{hint}", words.one_field)));
    }
    if let Some(e) = stray_before(
        &tracked,
        reader.position().byte(),
        &raw_header,
        &[],
        name,
        words,
    ) {
        return Err(e);
    }
    header_check(&header).map_err(|m| bad(header_line, m))?;
    let mut record = csv::StringRecord::new();
    let mut values: Vec<String> = Vec::with_capacity(header.len());
    let mut rows = 0u64;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                if let Some(encoding) = csv_error(name, &e) {
                    return Err(encoding);
                }
                let end = reader.position();
                if let Some(e) = stray_before(&tracked, end.byte(), &record, &header, name, words) {
                    return Err(e);
                }
                let fallback = e.position().map_or(0, |p| p.line());
                let line = record_line(&tracked, e.position(), fallback);
                let mut message = csv_message(&e);
                // A record that ran over several lines and came up short is almost
                // always a quote never closed: it swallowed the lines after it. (After
                // a one-line record the reader stands at the next line.)
                // On the last row the quote runs to the end of the file, over its own
                // line break only: its last field then holds that line break (audit
                // 21, B14 c: it was a bare field count).
                let end = end.line();
                let to_the_end = record
                    .iter()
                    .next_back()
                    .is_some_and(|f| f.contains(['\n', '\r']));
                if matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. })
                    && (end > line + 1 || to_the_end)
                {
                    message.push_str(if end > line + 1 {
                        "; a quoted field opened on this line runs on over the lines after it: is a closing `\"` missing?"
                    } else {
                        "; a quoted field opened on this line runs on to the end of the file: is a closing `\"` missing?"
                    });
                }
                return Err(bad(line, message));
            }
        }
        if let Some(e) = stray_before(
            &tracked,
            reader.position().byte(),
            &record,
            &header,
            name,
            words,
        ) {
            return Err(e);
        }
        // A row of separators only (`,,,,,`) is what a spreadsheet writes for a blank
        // row inside its used range: skipped as a blank line is, where it was refused
        // as a row missing its `source` (audit 21, B7).
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let fallback = record.position().map_or(0, |p| p.line());
        let line = record_line(&tracked, record.position(), fallback);
        // The header again (two exports pasted together, each perhaps with its byte-order
        // mark): named as such, not refused as a bad value in its first field that says
        // nothing of why (audit 15, A13). Its first field is compared first, so a data
        // row costs one comparison.
        if record.len() == header.len()
            && record
                .iter()
                .zip(&header)
                .all(|(v, h)| same_column(v.trim_start_matches('\u{feff}'), h))
        {
            return Err(bad(
                line,
                format!(
                    "this line repeats the header row (`{}`): two files pasted together? Remove it, or {}; {}",
                    header.join(","),
                    words.each_file,
                    words.nothing
                ),
            ));
        }
        values.clear();
        // Cells the tool's CSV output guarded against spreadsheet formulas read back
        // as they were (`output::csv_unguard`).
        values.extend(
            record
                .iter()
                .map(|v| crate::output::csv_unguard(v).to_string()),
        );
        rows += 1;
        f(&RawRow {
            line,
            columns: &header,
            values: &values,
            lists: &[],
        })?;
    }
    if rows == 0 {
        return Err(bad(header_line, words.no_rows.into()));
    }
    Ok(header)
}

/// `read_rows` for JSON Lines (CSV is `read_csv`'s, and a JSON document is not read row by
/// row).
fn read_other(
    input: impl Read,
    format: InputFormat,
    name: &str,
    mut f: impl FnMut(&RawRow<'_>) -> Result<()>,
) -> Result<Vec<String>> {
    let bad = |line: u64, message: String| Error::bad_row(name, line, message);
    match format {
        InputFormat::Csv | InputFormat::JsonDocument => Err(Error::invalid(
            format!("import `{name}`"),
            "a JSON document is read by the PredictionBook reader, not row by row",
        )),
        InputFormat::JsonLines => {
            let mut seen: Vec<String> = Vec::new();
            let mut buf = String::new();
            let mut reader = BufReader::new(input);
            let mut line = 0u64;
            let (mut columns, mut values, mut lists) = (Vec::new(), Vec::new(), Vec::new());
            loop {
                buf.clear();
                let n = reader.read_line(&mut buf).map_err(|e| {
                    if let Some(bad_byte) = NotUtf8::of_io(&e) {
                        return bad_byte.error(name);
                    }
                    match e.kind() {
                        std::io::ErrorKind::InvalidData => bad(line + 1, NOT_UTF8.into()),
                        _ => Error::io(format!("reading `{name}`"), e),
                    }
                })?;
                if n == 0 {
                    break;
                }
                line += 1;
                if buf.trim().is_empty() {
                    continue;
                }
                let text = if line == 1 {
                    buf.trim_start_matches('\u{feff}')
                } else {
                    &buf
                };
                let map = match serde_json::from_str::<Object>(text) {
                    Ok(Object(map)) => map,
                    Err(e) if e.is_data() && !text.trim_start().starts_with('{') => {
                        return Err(bad(line, "each line must be one JSON object".into()))
                    }
                    Err(e) => return Err(bad(line, format!("not a JSON object: {e}"))),
                };
                columns.clear();
                values.clear();
                lists.clear();
                for (k, v) in map {
                    if v.is_array() {
                        lists.push(k.clone());
                    }
                    let text = match v {
                        Value::Null => continue,
                        Value::String(s) => s,
                        Value::Bool(b) => b.to_string(),
                        Value::Number(n) => n.to_string(),
                        // A list (tags): joined as the CSV field is, `;` inside an item escaped.
                        Value::Array(items) => super::join_tags(
                            &items
                                .iter()
                                .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
                                .collect::<Vec<_>>(),
                        ),
                        Value::Object(_) => {
                            return Err(bad(
                                line,
                                format!("field `{k}` is an object; expected text or a number"),
                            ))
                        }
                    };
                    if !seen.contains(&k) {
                        seen.push(k.clone());
                    }
                    columns.push(k);
                    values.push(text);
                }
                f(&RawRow {
                    line,
                    columns: &columns,
                    values: &values,
                    lists: &lists,
                })?;
            }
            Ok(seen)
        }
    }
}

/// Why a CSV header read as one field looks split by another separator than the one read
/// (`source;claim;probability`: a spreadsheet's CSV where the decimal separator is a comma),
/// with the way to read it; otherwise the rows would be refused one by one as having the
/// wrong number of fields, and nothing would say why.
pub(crate) fn other_separator(header: &[String], delimiter: Option<u8>) -> Option<String> {
    let [only] = header else {
        return None;
    };
    // Why such a file is met, for each separator: only a semicolon comes from a
    // spreadsheet whose decimal separator is a comma (audit 15, A17: a tab-separated file
    // was explained as one); a tab is a TSV export or cells pasted from a spreadsheet.
    let (name, flag, why, after) = [
        (
            ';',
            "semicolon",
            "';'",
            " (a spreadsheet's CSV where the decimal separator is a comma)",
            ". With `--delimiter ';'` a probability's decimal comma (`0,7`, `70,5%`) reads as its point",
        ),
        (
            '\t',
            "tab",
            "tab",
            " (a TSV export, or cells copied from a spreadsheet)",
            "",
        ),
        ('|', "bar", "'|'", "", ""),
    ]
    .into_iter()
    .filter(|(c, ..)| Some(*c as u8) != delimiter)
    .find(|(c, ..)| only.contains(*c))
    .map(|(_, name, flag, why, after)| (name, flag, why, after))?;
    Some(format!(
        "the header `{only}` is one field: the file looks {name}-separated{why}; read it with `--delimiter {flag}`, or save it as comma-separated CSV{after}"
    ))
}

/// Said of a file whose bytes are not UTF-8 (a stray high byte): most often Excel's plain
/// "CSV" on Windows, written in Windows-1252 (audit 21, B11: the message gave no way out).
pub const NOT_UTF8: &str = "the file is not UTF-8 text (Windows-1252 or Latin-1 perhaps, as Excel's plain \"CSV\" is written on Windows, or Mac Roman): save it as \"CSV UTF-8\", or convert it with `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW.csv` (`-f MACINTOSH` for Mac Roman)";

/// The UTF-16 a file's first bytes are in (`"UTF-16LE"` or `"UTF-16BE"`): a byte-order mark
/// (`FF FE` or `FE FF`, which Excel's "Unicode Text" and Notepad's "Unicode" write), or,
/// without one, text whose every other byte is 0 (ASCII in UTF-16); `None` otherwise.
pub fn utf16_kind(head: &[u8]) -> Option<&'static str> {
    match head {
        [0xFF, 0xFE, ..] => return Some("UTF-16LE"),
        [0xFE, 0xFF, ..] => return Some("UTF-16BE"),
        _ => {}
    }
    let pairs: Vec<&[u8]> = head[..head.len().min(512)].chunks_exact(2).collect();
    if pairs.len() < 2 {
        return None;
    }
    let all = |f: fn(&[u8]) -> bool| pairs.iter().all(|p| f(p));
    if all(|p| p[1] == 0 && p[0] != 0) {
        Some("UTF-16LE")
    } else if all(|p| p[0] == 0 && p[1] != 0) {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// What an import or extract says of a UTF-16 file (`kind` from `utf16_kind`; `save_as`
/// the choice to save it under: `"CSV UTF-8"` for a table, `"UTF-8"` for text).
pub fn utf16_message(kind: &str, save_as: &str) -> String {
    format!(
        "the file is {kind} text (Excel's \"Unicode Text\", Notepad's \"Unicode\"), not UTF-8: save it as \"{save_as}\", or convert it with `iconv -f UTF-16 -t UTF-8 FILE > NEW`"
    )
}

/// Excel's first line `sep=;` (written by some exports, read by Excel as the delimiter):
/// the delimiter it names and the length of the line with its line break, after an
/// optional UTF-8 byte-order mark; `None` when the file does not start with one.
pub fn sep_line(head: &[u8]) -> Option<(u8, usize)> {
    let start = if head.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let rest = &head[start..];
    if rest.len() < 5 || !rest[..4].eq_ignore_ascii_case(b"sep=") {
        return None;
    }
    let c = rest[4];
    if !c.is_ascii() || matches!(c, b'"' | b'\n' | b'\r') {
        return None;
    }
    let after = &rest[5..];
    let eol = if after.starts_with(b"\r\n") {
        2
    } else if after.starts_with(b"\n") || after.starts_with(b"\r") {
        1
    } else if after.is_empty() {
        0
    } else {
        return None;
    };
    Some((c, start + 5 + eol))
}

/// The refusal of a file whose bytes `Utf8Check` found not to be UTF-8, when that is what
/// stopped the CSV reader.
pub(crate) fn csv_error(name: &str, e: &csv::Error) -> Option<Error> {
    NotUtf8::of_csv(e).map(|b| b.error(name))
}

fn csv_message(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => NOT_UTF8.to_string(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("has {len} fields where the header has {expected_len}")
        }
        _ => e.to_string(),
    }
}

/// One JSON Lines object, refusing a key given twice (`{"source": "A", ..., "source": "B"}`:
/// which one holds the value would be a guess, as with a CSV column named twice).
struct Object(serde_json::Map<String, Value>);

impl<'de> serde::Deserialize<'de> for Object {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Object;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("one JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut access: A,
            ) -> std::result::Result<Object, A::Error> {
                let mut map = serde_json::Map::new();
                while let Some((key, value)) = access.next_entry::<String, Value>()? {
                    if map.contains_key(&key) {
                        return Err(serde::de::Error::custom(format!(
                            "the key `{key}` is given twice"
                        )));
                    }
                    map.insert(key, value);
                }
                Ok(Object(map))
            }
        }
        d.deserialize_map(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Rows = Vec<(u64, Vec<(String, String)>)>;

    /// Reads `text` through a CSV `LineLimit`: Ok, or the line where the too-long record began.
    fn limited(text: &[u8]) -> std::result::Result<(), u64> {
        let (mut r, over) = LineLimit::new(text, true);
        let mut sink = Vec::new();
        match r.read_to_end(&mut sink) {
            Ok(_) => Ok(()),
            Err(_) => Err(over.get().unwrap_or(0)),
        }
    }

    // A quote inside a field is text, as csv-core reads it: one `5" tv` claim made every
    // later line break one inside quotes, so any file over 1 MiB after it was refused as one
    // line that long. A quoted field (with `""` inside, on a delimiter `;` or a tab too)
    // spanning lines still counts as one record, and one over the limit is still refused,
    // naming the line where it began.
    #[test]
    fn only_a_quote_at_a_fields_start_opens_a_quoted_field() {
        let rows = "a,claim number one of many rows,0.5\n".repeat(MAX_LINE / 30);
        let stray = format!("h,c,p\na,Sales of 5\" tv sets rise,0.5\n{rows}");
        assert!(stray.len() > MAX_LINE);
        assert_eq!(limited(stray.as_bytes()), Ok(()));
        let doubled = format!("h;c;p\na;\"a \"\"quoted\"\" word\nover two lines\";0.5\n{rows}");
        assert_eq!(limited(doubled.as_bytes()), Ok(()));
        let open = format!("h\tc\tp\na\t\"{}", "x\n".repeat(MAX_LINE / 2 + 1));
        assert_eq!(limited(open.as_bytes()), Err(2));
        let escaped = format!("h,c\na,\"x\"\"{}", "x\n".repeat(MAX_LINE / 2 + 1));
        assert_eq!(limited(escaped.as_bytes()), Err(2));
    }

    fn collect(text: &str, format: InputFormat) -> Result<Rows> {
        let mut out = Vec::new();
        read_rows(text.as_bytes(), format, "t", None, |r| {
            out.push((
                r.line,
                r.columns
                    .iter()
                    .cloned()
                    .zip(r.values.iter().cloned())
                    .collect(),
            ));
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn csv_rows_know_their_lines_even_with_quoted_newlines() {
        let rows = collect("a,b\n1,\"x\ny\"\n2,z\n", InputFormat::Csv).unwrap();
        assert_eq!(rows[0].0, 2);
        assert_eq!(rows[1].0, 4);
    }

    #[test]
    fn a_header_repeated_inside_a_csv_is_named() {
        let err = collect(
            "source,claim\nA,c1\nSource , CLAIM\nA,c2\n",
            InputFormat::Csv,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 3: this line repeats the header row (`source,claim`): two files pasted together? Remove it, or import each file on its own; nothing was imported"
        );
    }

    #[test]
    fn a_short_csv_row_is_an_error_naming_its_line() {
        let err = collect("a,b\n1,2\n3\n", InputFormat::Csv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 3: has 1 fields where the header has 2"
        );
    }

    // Lines counted by hand: the parser's own positions said 2 for the first two (it starts
    // reading at the CRLF's `\n` or at the blank lines before a record).
    #[test]
    fn records_are_numbered_by_the_line_their_text_starts_on() {
        let lines = |text: &str| -> Vec<u64> {
            collect(text, InputFormat::Csv)
                .unwrap()
                .iter()
                .map(|r| r.0)
                .collect()
        };
        assert_eq!(lines("a,b\r\n1,2\r\n3,4\r\n"), vec![2, 3]);
        // Lines ended by a CR alone (an old Mac file), and a quoted field holding one.
        assert_eq!(lines("a,b\r1,2\r3,4\r"), vec![2, 3]);
        assert_eq!(lines("a,b\r\"x\ry\",2\r3,4"), vec![2, 4]);
        assert_eq!(lines("a,b\n1,2\n\n\n3,4\n"), vec![2, 5]);
        assert_eq!(
            lines("a,b\r\n\r\n\"x\r\ny\",2\r\n\"q\"\"\n\",3\r\n,5\n"),
            vec![3, 5, 7]
        );
        assert_eq!(lines("a,b\n5\" tv,2\n\"ok\",3\n"), vec![2, 3]);
        let err = collect("a,b\r\n1,2\r\n3\r\n", InputFormat::Csv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 3: has 1 fields where the header has 2"
        );
        let err = collect("a,b\n1,2\n\n3\n", InputFormat::Csv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 4: has 1 fields where the header has 2"
        );
    }

    #[test]
    fn an_unclosed_quote_is_named_where_it_opens() {
        let text = "a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n10,11,12\n";
        let err = collect(text, InputFormat::Csv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 3: has 2 fields where the header has 3; a quoted field opened on this line runs on over the lines after it: is a closing `\"` missing?"
        );
        // On the last row the quote runs to the end of the file (audit 21, B14 c).
        let err = collect("a,b,c\n1,2,3\n4,\"five,6\n", InputFormat::Csv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 3: has 2 fields where the header has 3; a quoted field opened on this line runs on to the end of the file: is a closing `\"` missing?"
        );
        // A quoted line break in a whole record is fine; a short one-line record says only that.
        assert!(collect("a,b\n\"x\ny\",2\n", InputFormat::Csv).is_ok());
        let err = collect("a,b\n1\n", InputFormat::Csv).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 2: has 1 fields where the header has 2"
        );
    }

    #[test]
    fn json_lines_flatten_values() {
        let rows = collect(
            "{\"a\": 0.5, \"tags\": [\"x\", \"y\"], \"n\": null}\n\n{\"a\": true}\n",
            InputFormat::JsonLines,
        )
        .unwrap();
        assert_eq!(
            rows[0].1,
            vec![("a".into(), "0.5".into()), ("tags".into(), "x;y".into())]
        );
        assert_eq!(rows[1].0, 3);
        assert!(collect("[1]\n", InputFormat::JsonLines).is_err());
    }

    #[test]
    fn utf16_and_excel_sep_lines_are_recognised() {
        assert_eq!(utf16_kind(b"\xFF\xFEs\0"), Some("UTF-16LE"));
        assert_eq!(utf16_kind(b"\xFE\xFF\0s"), Some("UTF-16BE"));
        assert_eq!(utf16_kind(b"s\0o\0u\0"), Some("UTF-16LE"));
        assert_eq!(utf16_kind(b"\0s\0o"), Some("UTF-16BE"));
        assert_eq!(utf16_kind(b"source,claim"), None);
        assert_eq!(utf16_kind(b"Caf\xe9,x"), None);
        assert_eq!(sep_line(b"sep=;\nsource;claim"), Some((b';', 6)));
        assert_eq!(sep_line(b"\xEF\xBB\xBFSEP=\t\r\nsource"), Some((b'\t', 10)));
        assert_eq!(sep_line(b"sep=;"), Some((b';', 5)));
        assert_eq!(sep_line(b"sep=;;\n"), None);
        assert_eq!(sep_line(b"sep=\"\n"), None);
        assert_eq!(sep_line(b"separator,claim\n"), None);
    }

    #[test]
    fn format_is_detected() {
        assert_eq!(InputFormat::detect("a.jsonl", b""), InputFormat::JsonLines);
        assert_eq!(
            InputFormat::detect("-", b"  {\"a\":1}"),
            InputFormat::JsonLines
        );
        assert_eq!(
            InputFormat::detect("a.csv", b"source,claim"),
            InputFormat::Csv
        );
    }
}
