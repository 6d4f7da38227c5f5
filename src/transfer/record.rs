//! One forecast as a flat record of named text fields, both ways.

use super::csv_out::CsvOut;
use crate::error::{Error, Result};
use crate::extract::hedges::parse_probability;
use crate::model::{
    Forecast, ForecastRef, NewForecast, Outcome, Probability, ProbabilityBasis, Stance, VoidReason,
};
use crate::time::{parse_day_prefix, parse_deadline};
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Fields an import reads. The last group is written by `export` and read back where it
/// carries meaning (`reason`, the probability range) or ignored quietly (`id`, `status`,
/// `created_at`, `article`, `logged_late`: the new ledger assigns or judges its own).
pub const KNOWN_FIELDS: &[&str] = &[
    "source",
    "claim",
    "probability",
    "made_on",
    "deadline",
    "question",
    "stance",
    "condition",
    "tags",
    "outcome",
    "resolved_on",
    "note",
    "probability_basis",
    "deadline_phrase",
    "reason",
    "probability_low",
    "probability_high",
    "id",
    "status",
    "created_at",
    "article",
    "logged_late",
];

/// Fields every imported row must have (from a column or a `--set` value).
pub const REQUIRED_FIELDS: &[&str] = &["source", "claim", "probability", "made_on", "deadline"];

/// Where each field comes from: a renamed column (`--map FIELD=COLUMN`) or a constant
/// (`--set FIELD=VALUE`).
#[derive(Debug, Clone, Default)]
pub struct FieldMap {
    pub columns: BTreeMap<String, String>,
    pub constants: BTreeMap<String, String>,
    /// The CSV field separator other than `,` that `--delimiter` gives (`;` in the CSV a
    /// spreadsheet writes where the decimal separator is a comma, or a tab); `None` reads
    /// commas.
    pub delimiter: Option<u8>,
    /// `import --percent`: a bare number in a probability field is a percent (`70` is 70%),
    /// in every row (ux31 F9: a sheet of whole percents was refused row by row).
    pub percent: bool,
}

impl FieldMap {
    /// Reads `--delimiter`'s value: one ASCII character other than a quote or a line break,
    /// or `tab` (`\t` also reads as a tab).
    pub fn parse_delimiter(text: &str) -> Result<u8> {
        let c = match text {
            "tab" | "\\t" | "\t" => b'\t',
            t if t.len() == 1 && t.is_ascii() && !matches!(t, "\"" | "\n" | "\r") => {
                t.as_bytes()[0]
            }
            _ => {
                return Err(Error::invalid(
                    format!("--delimiter `{text}`"),
                    "give one character, such as `;` or `|`, or `tab`",
                ))
            }
        };
        Ok(c)
    }

    /// `--set made_on=today` (or `yesterday`, or `resolved_on=today`) as the day it names, as
    /// every day option reads those words; the value stays as typed otherwise (audit 21, B10:
    /// the refusal said `today` was taken, and refused it).
    pub fn settle_days(&mut self, today: chrono::NaiveDate) {
        for field in ["made_on", "resolved_on"] {
            if let Some(value) = self.constants.get_mut(field) {
                let day = match value.to_ascii_lowercase().as_str() {
                    "today" => Some(today),
                    "yesterday" => today.pred_opt(),
                    _ => None,
                };
                if let Some(day) = day {
                    *value = day.format("%Y-%m-%d").to_string();
                }
            }
        }
    }

    /// Reads `FIELD=COLUMN` and `FIELD=VALUE` pairs.
    pub fn parse(maps: &[String], sets: &[String]) -> Result<Self> {
        let mut fm = FieldMap::default();
        for (list, flag, shape, target) in [
            (maps, "--map", "FIELD=COLUMN", &mut fm.columns),
            (sets, "--set", "FIELD=VALUE", &mut fm.constants),
        ] {
            for pair in list {
                let Some((field, value)) = pair.split_once('=') else {
                    return Err(Error::invalid(
                        format!("{flag} `{pair}`"),
                        format!("expected {shape}"),
                    ));
                };
                let field = field.trim().to_ascii_lowercase();
                if !KNOWN_FIELDS.contains(&field.as_str()) {
                    return Err(Error::invalid(
                        format!("{flag} `{pair}`"),
                        format!(
                            "unknown field `{field}`; fields are {}",
                            KNOWN_FIELDS[..15].join(", ")
                        ),
                    ));
                }
                // Two values for one field: which one was meant is a guess (the last
                // silently won).
                if let Some(first) = target.get(&field) {
                    return Err(Error::invalid(
                        format!("{flag} `{pair}`"),
                        format!(
                            "field `{field}` is already given by {flag} `{field}={first}`; give each field once"
                        ),
                    ));
                }
                target.insert(field, value.trim().to_string());
            }
        }
        // A field both read from a column and set for every row: the constant silently
        // replaced every row's own value.
        if let Some((field, value)) = fm
            .constants
            .iter()
            .find(|(field, _)| fm.columns.contains_key(*field))
        {
            return Err(Error::invalid(
                format!("--set `{field}={value}`"),
                format!(
                    "field `{field}` is also read from column `{}` by --map; give each field once",
                    fm.columns[field]
                ),
            ));
        }
        Ok(fm)
    }

    /// The `--set` field a row's own value would be overwritten by: `field` when `--set`
    /// gives it and `has(field)` says the file holds it too (a CSV column, a JSON Lines key).
    pub fn set_over_file(&self, has: impl Fn(&str) -> bool) -> Option<(&str, &str)> {
        self.constants
            .iter()
            .find(|(field, _)| has(field))
            .map(|(f, v)| (f.as_str(), v.as_str()))
    }

    /// The column that holds `field`.
    pub fn column<'a>(&'a self, field: &'a str) -> &'a str {
        self.columns.get(field).map_or(field, String::as_str)
    }

    /// Refuses, before any row is read, a header that cannot supply the fields: a `--map`
    /// column the header lacks (names compare case-insensitively, as rows are read) and, for
    /// our own layout (`native`), a required field with no column and no `--set` value.
    pub fn check_header(&self, header: &[String], native: bool) -> Result<()> {
        let has = |column: &str| header.iter().any(|h| super::same_column(h, column));
        let columns = || {
            let named: Vec<String> = header.iter().map(|h| format!("`{h}`")).collect();
            named.join(", ")
        };
        // A column a field reads may appear once: with two, which one holds the value is a
        // guess (a file pasted together from two exports, or `Source` beside `source`).
        for field in KNOWN_FIELDS {
            let column = self.column(field);
            let same: Vec<&String> = header
                .iter()
                .filter(|h| super::same_column(h, column))
                .collect();
            if same.len() > 1 && !self.constants.contains_key(*field) {
                let named: Vec<String> = same.iter().map(|h| format!("`{h}`")).collect();
                return Err(Error::invalid(
                    format!("column `{column}`"),
                    format!(
                        "the header has it {} times ({}); which one holds `{field}` is a guess, so rename or remove the others",
                        same.len(),
                        named.join(", ")
                    ),
                ));
            }
        }
        if let Some((field, value)) = self.set_over_file(|f| has(f)) {
            return Err(Error::invalid(
                format!("--set `{field}={value}`"),
                format!("the file has a column `{field}` too; every row's own value would be replaced, so drop --set, or remove or rename that column"),
            ));
        }
        for (field, column) in &self.columns {
            if !self.constants.contains_key(field) && !has(column) {
                return Err(Error::invalid(
                    format!("--map {field}={column}"),
                    format!(
                        "the file has no column `{column}`; its columns are {}",
                        columns()
                    ),
                ));
            }
        }
        if !native {
            return Ok(());
        }
        for field in REQUIRED_FIELDS {
            if !self.constants.contains_key(*field) && !has(self.column(field)) {
                return Err(Error::invalid(
                    format!("field `{field}`"),
                    format!(
                        "the file has no column `{field}` (its columns are {}); name the column that holds it with --map {field}=COLUMN or give every row one value with --set {field}=VALUE",
                        columns()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Columns of `header` that no field reads. Names compare as rows read them (ASCII case
    /// ignored), so `--map source=WHO` on a column `who` does not warn that `who` is ignored.
    pub fn unknown_columns(&self, header: &[String]) -> Vec<String> {
        let used: BTreeSet<String> = KNOWN_FIELDS
            .iter()
            .map(|f| super::column_key(self.column(f)))
            .collect();
        header
            .iter()
            .filter(|h| !used.contains(&super::column_key(h)))
            .cloned()
            .collect()
    }
}

/// A checked row, ready to write.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub line: u64,
    pub forecast: NewForecast,
    pub resolution: Option<(Outcome, NaiveDate, Option<String>, Option<VoidReason>)>,
    /// The fields of an outcome (`resolved_on`, `note`, `reason`) given without an
    /// `outcome`: the row is imported unresolved (an empty outcome means unresolved), without
    /// them, and the import says so (a `note` or `reason` vanished without a word: ad6 F8).
    pub dated_unresolved: Vec<&'static str>,
    /// The `deadline` was a phrase read from the date made (`by summer`, `2027`), not a
    /// date: the import says how many and the first, as `add` says each (a row cut short at
    /// `2027` was read as 2027-12-31 without a word: ad6 F10).
    pub read_phrase: bool,
    /// The row is void and gives no `reason`: imported as `ambiguous`, and said (ad4 F8).
    pub void_without_reason: bool,
    /// The row names an article (`article`, the exporting ledger's article number), which
    /// an import cannot take: the import says so.
    pub article: bool,
    /// The row is a resolved one of `forecast export`'s (it has `created_at`): a question
    /// outcome may have decided it, and the export does not carry those.
    pub exported: bool,
}

/// Turns a row's fields into a forecast. `get` returns a field's text (absent when empty).
/// The error message names the field and value.
pub fn parse_row<'a>(
    line: u64,
    get: impl Fn(&str) -> Option<&'a str>,
    clock: &crate::time::Clock,
) -> std::result::Result<ImportRow, String> {
    let today = clock.today;
    let need = |f: &str| get(f).ok_or_else(|| format!("field `{f}` is missing or empty"));
    let field_err = |f: &str, e: Error| format!("field `{f}`: {e}");
    // A date field's refusal, with what to do with the column when its dates are written
    // day and month first (ad4 F7).
    let date_err = |f: &str, text: &str, e: Error| {
        format!("field `{f}`: {e}{}", crate::error::date_column_hint(text))
    };
    let source = need("source")?.to_string();
    let claim = need("claim")?.to_string();
    let (probability, mut basis) =
        parse_probability(need("probability")?).map_err(|e| field_err("probability", e))?;
    // `extract --format json|csv` names an explicit number's basis `number:TEXT` (`number:60%`,
    // `number:one in three`): a probability the article stated, which is what `stated` means.
    let stated = |b: &str| {
        b == "stated"
            || b.strip_prefix("number:")
                .is_some_and(|t| !t.trim().is_empty())
    };
    if let Some(b) = get("probability_basis").filter(|b| !stated(b)) {
        // Only the spellings `export` and `extract` write: a bare word (`guess`) was once
        // stored as the hedge `hedge:guess`, a basis nobody gave.
        let label = match b.strip_prefix("hedge:").map(str::trim) {
            Some(phrase) if !phrase.is_empty() => phrase.to_string(),
            _ => {
                return Err(format!(
                    "field `probability_basis`: `{b}` is not a basis; the bases are `stated`, `hedge:PHRASE` (`hedge:likely`) and extract's `number:TEXT`"
                ))
            }
        };
        let range = |f: &str| -> std::result::Result<f64, String> {
            let text = get(f)
                .ok_or_else(|| format!("field `{f}` is needed with probability_basis `{b}`"))?;
            match Probability::parse_number(text) {
                Ok(Some(p)) => Ok(p.value()),
                _ => Err(format!("field `{f}`: `{text}` is not a probability")),
            }
        };
        let (low, high) = (range("probability_low")?, range("probability_high")?);
        // The range is the one the phrase is read as, so it holds the probability.
        if !(low <= probability.value() && probability.value() <= high) {
            return Err(format!(
                "field `probability_low`: the range `{low}`..`{high}` does not hold the probability `{}`; it needs probability_low <= probability <= probability_high",
                probability.value()
            ));
        }
        basis = ProbabilityBasis::Hedge {
            phrase: label,
            low,
            high,
        };
    } else if let (Some(low_text), Some(high_text)) =
        (get("probability_low"), get("probability_high"))
    {
        // A stated range ("70 to 75 percent"), as `export` writes it for a `stated` basis:
        // read back, so an export then an import keeps it (audit 17 A5); it was dropped.
        let bound = |f: &str, text: &str| match Probability::parse_number(text) {
            Ok(Some(p)) => Ok(p.value()),
            _ => Err(format!("field `{f}`: `{text}` is not a probability")),
        };
        let (low, high) = (
            bound("probability_low", low_text)?,
            bound("probability_high", high_text)?,
        );
        if !(low <= probability.value() && probability.value() <= high) {
            return Err(format!(
                "field `probability_low`: the range `{low}`..`{high}` does not hold the probability `{}`; it needs probability_low <= probability <= probability_high (or leave both empty)",
                probability.value()
            ));
        }
        if low < high {
            let text = get("probability_basis")
                .and_then(|b| b.strip_prefix("number:"))
                .map_or_else(|| format!("{low}-{high}"), |t| t.trim().to_string());
            basis = ProbabilityBasis::Number { text, low, high };
        }
    }
    let made_text = need("made_on")?;
    let made_on = parse_day_prefix(made_text).map_err(|e| date_err("made_on", made_text, e))?;
    // Said in the file's words: `add`'s refusal names its `--made-on` flag.
    // The day after today may already be today somewhere (audit 18, A18), as for `add`.
    if let Some(why) = crate::model::days::future_day(made_on, today, clock.now) {
        return Err(format!(
            "field `made_on`: `{made_on}`: {why}; a forecast cannot be made in the future"
        ));
    }
    let deadline_text = need("deadline")?;
    let (deadline, phrase, read_phrase) = match parse_day_prefix(deadline_text) {
        Ok(d) => (d, get("deadline_phrase").map(str::to_string), false),
        Err(_) => {
            let d = parse_deadline(deadline_text, made_on)
                .map_err(|e| date_err("deadline", deadline_text, e))?;
            (d.date, d.phrase, true)
        }
    };
    let stance = match get("stance") {
        Some(s) => s.parse::<Stance>().map_err(|e| field_err("stance", e))?,
        None => Stance::For,
    };
    let tags = get("tags").map(split_tags).unwrap_or_default();
    let forecast = NewForecast {
        source,
        claim,
        probability,
        basis,
        made_on,
        deadline,
        deadline_phrase: phrase,
        question: get("question").map(str::to_string),
        stance,
        condition: get("condition").map(str::to_string),
        article: None,
        tags,
    };
    forecast.validate().map_err(|e| match e {
        Error::DeadlineBeforeMade { .. } => field_err("deadline", e),
        other => other.to_string(),
    })?;
    let resolution = match get("outcome") {
        None => None,
        Some(text) => {
            let outcome = Outcome::parse_loose(text).map_err(|e| field_err("outcome", e))?;
            let on = match get("resolved_on") {
                Some(d) => parse_day_prefix(d).map_err(|e| date_err("resolved_on", d, e))?,
                // Unstated: the deadline, or today for a claim that came true early.
                None => deadline.min(today).max(made_on),
            };
            if on < made_on {
                return Err(format!(
                    "field `resolved_on`: `{on}` is before the date made `{made_on}`"
                ));
            }
            if let Some(why) = crate::model::days::future_day(on, today, clock.now) {
                return Err(format!("field `resolved_on`: `{on}`: {why}"));
            }
            let reason = match (outcome, get("reason")) {
                (Outcome::Void, Some(r)) => Some(
                    r.parse::<VoidReason>()
                        .map_err(|e| field_err("reason", e))?,
                ),
                (Outcome::Void, None) => Some(VoidReason::Ambiguous),
                (other, Some(r)) => {
                    return Err(format!(
                        "field `reason`: `{r}` is given for outcome `{}`; only a void outcome takes a reason",
                        other.as_str()
                    ))
                }
                (_, None) => None,
            };
            Some((outcome, on, get("note").map(str::to_string), reason))
        }
    };
    // An empty outcome means unresolved (DESIGN.md), whatever `resolved_on` says: graded
    // lists often date the rows they excluded. Such a row is counted, so the import says
    // that the date was not taken as a resolution.
    let dated_unresolved = match resolution {
        Some(_) => Vec::new(),
        None => ["resolved_on", "note", "reason"]
            .into_iter()
            .filter(|field| get(field).is_some())
            .collect(),
    };
    let void_without_reason =
        matches!(resolution, Some((Outcome::Void, ..))) && get("reason").is_none();
    let resolved = resolution.is_some();
    Ok(ImportRow {
        line,
        forecast,
        resolution,
        dated_unresolved,
        void_without_reason,
        read_phrase,
        article: get("article").is_some(),
        exported: get("created_at").is_some() && resolved,
    })
}

/// Tags as one CSV field: `;`-separated, with `\` and `;` inside a tag escaped as `\\` and
/// `\;` (so `a;b` as one tag stays one tag).
pub fn join_tags(tags: &[String]) -> String {
    tags.iter()
        .map(|t| t.replace('\\', "\\\\").replace(';', "\\;"))
        .collect::<Vec<_>>()
        .join(";")
}

/// Splits a tags field as `join_tags` wrote it: on `;` not escaped, with `\;` read as `;` and
/// `\\` as `\` (any other backslash is kept as it is, so older files read as before).
pub fn split_tags(field: &str) -> Vec<String> {
    let mut tags = Vec::new();
    let mut tag = String::new();
    let mut chars = field.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some(';' | '\\')) => {
                tag.push(chars.next().unwrap_or(c));
            }
            ';' => tags.push(std::mem::take(&mut tag)),
            c => tag.push(c),
        }
    }
    tags.push(tag);
    tags.into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Every field of a forecast, flat: what `export` writes and `list --format csv` prints.
#[derive(Debug, Clone, Serialize)]
pub struct ExportRecord {
    pub id: i64,
    pub source: String,
    pub question: String,
    pub claim: String,
    pub probability: f64,
    pub probability_basis: String,
    pub probability_low: Option<f64>,
    pub probability_high: Option<f64>,
    pub made_on: NaiveDate,
    pub deadline: NaiveDate,
    pub deadline_phrase: Option<String>,
    pub condition: Option<String>,
    pub stance: &'static str,
    pub tags: String,
    pub status: &'static str,
    pub outcome: Option<&'static str>,
    pub resolved_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub reason: Option<String>,
    pub article: Option<i64>,
    pub created_at: String,
    /// Logged after its deadline or its outcome (the ledger's own finding; an import
    /// ignores it and judges lateness itself).
    pub logged_late: bool,
}

impl ExportRecord {
    /// The record as one CSV row, in the order of `csv_header`: probabilities as the
    /// shortest decimal that reads back as the same number (`0.000001`, never `1e-6`,
    /// never rounded; below 1e-9 as JSON writes it, `PlainNumber`), and every text a user gave guarded against spreadsheet formulas
    /// (`output::csv_guard`; import takes the guard off again).
    pub fn csv_row(&self) -> [Cow<'_, str>; 22] {
        use crate::output::csv_guard as text;
        fn opt_text(t: &Option<String>) -> Cow<'_, str> {
            t.as_deref()
                .map_or(Cow::Borrowed(""), crate::output::csv_guard)
        }
        let number = |p: Option<f64>| {
            p.map_or(Cow::Borrowed(""), |p| {
                Cow::Owned(crate::model::PlainNumber(p).to_string())
            })
        };
        let day =
            |d: Option<NaiveDate>| d.map_or(Cow::Borrowed(""), |d| Cow::Owned(crate::time::iso(d)));
        [
            Cow::Owned(self.id.to_string()),
            text(&self.source),
            text(&self.question),
            text(&self.claim),
            number(Some(self.probability)),
            text(&self.probability_basis),
            number(self.probability_low),
            number(self.probability_high),
            day(Some(self.made_on)),
            day(Some(self.deadline)),
            opt_text(&self.deadline_phrase),
            opt_text(&self.condition),
            Cow::Borrowed(self.stance),
            text(&self.tags),
            Cow::Borrowed(self.status),
            Cow::Borrowed(self.outcome.unwrap_or_default()),
            day(self.resolved_on),
            opt_text(&self.note),
            opt_text(&self.reason),
            self.article
                .map_or(Cow::Borrowed(""), |a| Cow::Owned(a.to_string())),
            Cow::Borrowed(&self.created_at),
            Cow::Borrowed(if self.logged_late { "true" } else { "false" }),
        ]
    }

    /// The CSV header, in the order of `csv_row` (the struct's field order).
    pub const CSV_HEADER: [&'static str; 22] = [
        "id",
        "source",
        "question",
        "claim",
        "probability",
        "probability_basis",
        "probability_low",
        "probability_high",
        "made_on",
        "deadline",
        "deadline_phrase",
        "condition",
        "stance",
        "tags",
        "status",
        "outcome",
        "resolved_on",
        "note",
        "reason",
        "article",
        "created_at",
        "logged_late",
    ];
}

/// Forecasts as the CSV that `export --format csv` and `list --format csv` print.
pub fn records_csv(records: &[ExportRecord]) -> crate::error::Result<String> {
    let err = |e: &dyn std::fmt::Display| crate::error::Error::Other(format!("writing CSV: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(ExportRecord::CSV_HEADER)
        .map_err(|e| err(&e))?;
    for r in records {
        w.write_record(r.csv_row().iter().map(|c| c.as_bytes()))
            .map_err(|e| err(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| err(&e))?;
    String::from_utf8(bytes).map_err(|e| err(&e))
}

/// What `write_csv_row` reuses from row to row: a buffer for the joined tags, and the
/// decimals of the probabilities met so far (a ledger holds few distinct ones, and
/// formatting a float is most of a number's cost), up to `NUMBERS_KEPT` of them.
#[derive(Default)]
pub struct RowScratch {
    bytes: Vec<u8>,
    numbers: rustc_hash::FxHashMap<u64, (u8, [u8; 31])>,
}

/// Distinct probabilities whose decimals `RowScratch` keeps.
const NUMBERS_KEPT: usize = 4096;

impl RowScratch {
    /// `PlainNumber(v)` as `Display` writes it, appended to `out`.
    fn plain_number(&mut self, out: &mut Vec<u8>, v: f64) {
        use std::io::Write as _;
        if let Some((len, bytes)) = self.numbers.get(&v.to_bits()) {
            out.extend_from_slice(&bytes[..usize::from(*len)]);
            return;
        }
        let at = out.len();
        // Writing to a `Vec` cannot fail.
        let _ = write!(out, "{}", crate::model::PlainNumber(v));
        let text = &out[at..];
        if self.numbers.len() < NUMBERS_KEPT && text.len() <= 31 {
            let mut bytes = [0; 31];
            bytes[..text.len()].copy_from_slice(text);
            self.numbers.insert(v.to_bits(), (text.len() as u8, bytes));
        }
    }
}

/// Writes `f` as the row `ExportRecord::from(f).csv_row()` gives, cell by cell from the
/// borrowed fields straight into `w`'s buffer: numbers and dates formatted in place, texts
/// as they are (copied only when guarded), tags joined in `scratch`, so a listing of any
/// size allocates nothing per row but a guarded cell.
pub fn write_csv_row<W: std::io::Write>(
    w: &mut CsvOut<W>,
    f: &ForecastRef<'_>,
    scratch: &mut RowScratch,
) -> std::io::Result<()> {
    fn text<W: std::io::Write>(w: &mut CsvOut<W>, t: &str) {
        w.field(crate::output::csv_guard(t).as_bytes());
    }
    fn opt_text<W: std::io::Write>(w: &mut CsvOut<W>, t: Option<&str>) {
        text(w, t.unwrap_or_default());
    }
    fn int<W: std::io::Write>(w: &mut CsvOut<W>, n: Option<i64>) {
        let out = w.plain_field();
        if let Some(n) = n {
            out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
        }
    }
    fn day<W: std::io::Write>(w: &mut CsvOut<W>, d: Option<NaiveDate>) {
        match d.map(|d| (crate::time::iso_bytes(d), d)) {
            None => w.field(b""),
            Some((Some(bytes), _)) => w.plain_field().extend_from_slice(&bytes),
            Some((None, d)) => w.field(d.to_string().as_bytes()),
        }
    }
    int(w, Some(f.id));
    text(w, f.source);
    text(w, f.question);
    text(w, f.claim);
    // Plain decimals, but below 1e-9 as `export`'s JSON writes them (audit 22 C8: `1e-320`,
    // not 322 digits).
    scratch.plain_number(w.plain_field(), f.probability);
    text(w, f.probability_basis);
    for bound in [f.probability_low, f.probability_high] {
        let out = w.plain_field();
        if let Some(v) = bound {
            scratch.plain_number(out, v);
        }
    }
    day(w, Some(f.made_on));
    day(w, Some(f.deadline));
    opt_text(w, f.deadline_phrase);
    opt_text(w, f.condition);
    w.field(f.stance.as_str().as_bytes());
    if f.tags.is_empty() {
        w.field(b"");
    } else {
        // `join_tags`, written into the reused buffer.
        let joined = &mut scratch.bytes;
        joined.clear();
        for (i, tag) in f.tags.iter().enumerate() {
            if i > 0 {
                joined.push(b';');
            }
            for &b in tag.as_bytes() {
                if b == b'\\' || b == b';' {
                    joined.push(b'\\');
                }
                joined.push(b);
            }
        }
        // Joined from whole UTF-8 tags with ASCII escapes added: still UTF-8.
        match std::str::from_utf8(joined) {
            Ok(t) => text(w, t),
            Err(_) => text(w, &join_tags(f.tags)),
        }
    }
    w.field(f.status.as_str().as_bytes());
    w.field(f.outcome.map_or("", Outcome::as_str).as_bytes());
    day(w, f.resolved_on);
    opt_text(w, f.note);
    opt_text(w, f.reason);
    int(w, f.article);
    w.field(f.created_at.as_bytes());
    w.field(if f.logged_late { b"true" } else { b"false" });
    w.end_record()
}

/// The same record taking the forecast's texts instead of copying them (`list --format csv`
/// writes each forecast once and drops it).
impl From<Forecast> for ExportRecord {
    fn from(f: Forecast) -> Self {
        ExportRecord {
            id: f.id,
            tags: join_tags(&f.tags),
            stance: f.stance.as_str(),
            status: f.status.as_str(),
            outcome: f.outcome.map(Outcome::as_str),
            source: f.source,
            question: f.question,
            claim: f.claim,
            probability: f.probability,
            probability_basis: f.probability_basis,
            probability_low: f.probability_low,
            probability_high: f.probability_high,
            made_on: f.made_on,
            deadline: f.deadline,
            deadline_phrase: f.deadline_phrase,
            condition: f.condition,
            resolved_on: f.resolved_on,
            note: f.note,
            reason: f.reason,
            article: f.article,
            created_at: f.created_at,
            logged_late: f.logged_late,
        }
    }
}

impl From<&Forecast> for ExportRecord {
    fn from(f: &Forecast) -> Self {
        ExportRecord {
            id: f.id,
            source: f.source.clone(),
            question: f.question.clone(),
            claim: f.claim.clone(),
            probability: f.probability,
            probability_basis: f.probability_basis.clone(),
            probability_low: f.probability_low,
            probability_high: f.probability_high,
            made_on: f.made_on,
            deadline: f.deadline,
            deadline_phrase: f.deadline_phrase.clone(),
            condition: f.condition.clone(),
            stance: f.stance.as_str(),
            tags: join_tags(&f.tags),
            status: f.status.as_str(),
            outcome: f.outcome.map(Outcome::as_str),
            resolved_on: f.resolved_on,
            note: f.note.clone(),
            reason: f.reason.clone(),
            article: f.article,
            created_at: f.created_at.clone(),
            logged_late: f.logged_late,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stance, Status};

    fn forecast(id: i64) -> Forecast {
        let day = |s: &str| crate::time::parse_date(s).unwrap();
        Forecast {
            id,
            source: "Example Outlet".into(),
            question: "q-1".into(),
            claim: "Rates, \"cut\"\nby June".into(),
            probability: 0.000001,
            probability_basis: "hedge:likely".into(),
            probability_low: None,
            probability_high: None,
            made_on: day("2025-05-21"),
            deadline: day("2025-09-22"),
            deadline_phrase: None,
            condition: None,
            stance: Stance::For,
            status: Status::Open,
            outcome: None,
            resolved_on: None,
            note: None,
            reason: None,
            article: None,
            tags: Vec::new(),
            created_at: "2026-01-01T00:00:00Z".into(),
            supersedes: None,
            superseded_by: None,
            correction: None,
            logged_late: false,
        }
    }

    /// The cell-by-cell writer gives the bytes `records_csv` gives (through `csv_row`) for
    /// every field filled and empty, guarded texts, escaped tags and years past 9999.
    #[test]
    fn a_row_written_cell_by_cell_is_the_export_records_row() {
        let mut full = forecast(7);
        full.source = "=SUM(A1)".into();
        full.question = "+q".into();
        full.probability = 0.7;
        full.probability_low = Some(0.65);
        full.probability_high = Some(1.0);
        full.deadline_phrase = Some("by summer".into());
        full.condition = Some("-only if, \"pressure\" stays".into());
        full.stance = Stance::Against;
        full.status = Status::Void;
        full.outcome = Some(Outcome::Void);
        full.resolved_on = Some(crate::time::parse_date("2025-06-01").unwrap());
        full.note = Some("@note".into());
        full.reason = Some("annulled".into());
        full.article = Some(12);
        full.logged_late = true;
        full.tags = vec!["a;b".into(), "c\\d".into(), "=x".into()];
        let mut far = forecast(8);
        far.deadline = NaiveDate::from_ymd_opt(12_345, 1, 2).unwrap();
        far.tags = vec!["one".into()];
        let all = [forecast(1), full, far];
        let records: Vec<ExportRecord> = all.iter().chain(&all).map(ExportRecord::from).collect();
        let expected = records_csv(&records).unwrap();
        let mut w = CsvOut::new(Vec::new());
        w.record(ExportRecord::CSV_HEADER).unwrap();
        let mut scratch = RowScratch::default();
        // Twice, the second time with the numbers' decimals kept from the first.
        for f in all.iter().chain(&all) {
            write_csv_row(&mut w, &f.borrowed(), &mut scratch).unwrap();
        }
        let written = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(written, expected);
        assert!(written.contains("'=SUM(A1)"), "{written}");
        assert!(written.contains("12345-01-02"), "{written}");
    }
}
