//! `forecast list`: forecasts one a row, filtered by status, source, question, tag, date made,
//! nearness of the deadline and text, sorted and limited. The status, source (one) and
//! question filters run in SQL; the rest (and several `--source`s) apply to the rows here.

use crate::app::{Context, Io};
use crate::cli::{ListArgs, SortArg, StatusArg};
use crate::error::{Error, Result};
use crate::model::{format_percent, Forecast, ForecastRef};
use crate::output::{ellipsize, json_string, markdown_table, Format, Style};
use crate::store::{ListFilter, StatusFilter, Store};
use crate::time::parse_day;
use crate::transfer::{write_csv_row, CsvOut, ExportRecord, RowScratch};
use chrono::NaiveDate;

pub fn run(store: &Store, ctx: &Context, args: &ListArgs, io: &mut Io<'_>) -> Result<()> {
    let today = ctx.clock.today;
    let since = args
        .since
        .as_deref()
        .map(|d| parse_day(d, today).map_err(|e| e.of_option("--since")))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|d| parse_day(d, today).map_err(|e| e.of_option("--until")))
        .transpose()?;
    crate::time::check_range(since, until)?;
    let due_by = args
        .due_within
        .as_deref()
        .map(|s| due_horizon("--due-within", s, today))
        .transpose()?;
    // `--due-within` keeps unresolved forecasts only: with `--status resolved` or `void` no
    // forecast could match, refused as contradictory as `--since` after `--until` is.
    if let (Some(span), StatusArg::Resolved | StatusArg::Void) = (&args.due_within, args.status) {
        let status = if args.status == StatusArg::Resolved {
            "resolved"
        } else {
            "void"
        };
        return Err(Error::invalid(
            format!("--due-within `{span}` with --status {status}"),
            "--due-within keeps unresolved forecasts only, so together they match nothing; drop one",
        ));
    }
    for source in &args.source {
        store.check_source(source)?;
    }
    // Several `--source`s mean any of them: matched here by the names as stored (one is
    // left to SQL, as before). Sources are unique by name, so the stored names decide.
    let sources: Vec<String> = if args.source.len() > 1 {
        let wanted = crate::report::rows::ReportFilter {
            sources: args.source.clone(),
            ..Default::default()
        };
        let found = store.report_sources(&wanted)?;
        found.into_iter().map(|(_, name)| name).collect()
    } else {
        Vec::new()
    };
    if let Some(key) = &args.question {
        store.check_question(key)?;
    }
    if let Some(tag) = &args.tag {
        store.check_tag(tag)?;
    }
    let filter = ListFilter {
        status: match args.status {
            StatusArg::Open => StatusFilter::Open,
            StatusArg::Due => StatusFilter::Due,
            StatusArg::Resolved => StatusFilter::Resolved,
            StatusArg::Void => StatusFilter::Void,
            StatusArg::All => StatusFilter::All,
        },
        source: match args.source.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        },
        // In NFC, as keys are stored (audit 18, A17).
        question: args
            .question
            .as_deref()
            .map(|k| crate::model::names::key_canonical(k).into_owned()),
    };
    // Compared as names are (`names::name_key`: NFC, single spaces, full case folding), so
    // `zoe` plus a combining diaeresis, typed on a keyboard that decomposes, finds `zoë`.
    let search = args.search.as_deref().map(crate::model::names::name_key);
    // Tags compare as `names::tag_key` says (NFC, single spaces, full case folding), so a
    // tag stored before tags were stored in one spelling is found in any of its spellings.
    let tag_key = args.tag.as_deref().map(crate::model::names::tag_key);
    let wanted = |f: &ForecastRef<'_>| {
        let tagged = tag_key
            .as_deref()
            .is_none_or(|t| f.tags.iter().any(|x| crate::model::names::tag_key(x) == t));
        let made = since.is_none_or(|d| f.made_on >= d) && until.is_none_or(|d| f.made_on <= d);
        let due = due_by.is_none_or(|d| f.outcome.is_none() && f.deadline <= d);
        let own = !args.own
            || !f
                .tags
                .iter()
                .any(|t| crate::report::rows::is_attributed_tag(t));
        let source = sources.is_empty() || sources.iter().any(|s| s == f.source);
        source && tagged && own && made && due && search.as_deref().is_none_or(|s| mentions(f, s))
    };
    if args.limit == Some(0) {
        // Zero rows would print "No forecasts match." above a warning that some do.
        return Err(Error::invalid(
            "--limit `0`",
            "it must be at least 1; leave it out for every row",
        ));
    }
    let limit = args.limit.unwrap_or(usize::MAX);
    if args.sort.is_none() && args.format == Format::Csv {
        return stream_csv(store, &filter, today, &wanted, limit, None, io);
    }
    // A table of more than `TABLE_ROWS` forecasts is cut there unless `--limit` asks for
    // more: formatting 200,000 rows for a terminal takes seconds and nobody reads them.
    let cap = if args.format == Format::Table && args.limit.is_none() {
        TABLE_ROWS
    } else {
        limit
    };
    let mut forecasts = Vec::new();
    let mut matched = 0usize;
    if args.sort.is_none() {
        // In id order as read: keep what is shown, count the rest.
        store.list_each(&filter, today, |f| {
            if wanted(&f.borrowed()) {
                matched += 1;
                if forecasts.len() < cap {
                    forecasts.push(f);
                }
            }
            Ok(cap < limit || matched < limit)
        })?;
    } else {
        forecasts = store.list(&filter, today)?;
        forecasts.retain(|f| wanted(&f.borrowed()));
        match args.sort {
            Some(SortArg::Deadline) => forecasts.sort_by_key(|f| (f.deadline, f.id)),
            Some(SortArg::Made) => forecasts.sort_by_key(|f| (f.made_on, f.id)),
            Some(SortArg::Probability) => forecasts.sort_by(|a, b| {
                b.probability
                    .total_cmp(&a.probability)
                    .then(a.id.cmp(&b.id))
            }),
            None => {}
        }
        forecasts.truncate(limit);
        matched = forecasts.len();
        forecasts.truncate(cap);
    }
    let text = render(&forecasts, args.format, &ctx.style)?;
    super::write_out(io, &text)?;
    if matched > forecasts.len() {
        super::warn(
            io,
            &format!(
                "showing the first {} of {matched} forecasts; --limit N shows more, --format csv all of them",
                forecasts.len()
            ),
        );
    }
    Ok(())
}

/// Rows a table shows without `--limit`.
pub const TABLE_ROWS: usize = 1000;

/// Writes the matching forecasts as CSV while the store reads them, so the first row is out
/// before the last is read and memory does not grow with the forecasts (`export` writes
/// its CSV this way too; a long listing holds every question key, about 8 bytes a question
/// beside its text, see `store::forecasts::NameCache`). Each row is written from the fields the store lends
/// (`transfer::write_csv_row`) into one buffer written out 64 KiB at a time
/// (`transfer::CsvOut`).
pub(crate) fn stream_csv(
    store: &Store,
    filter: &ListFilter,
    today: NaiveDate,
    wanted: &dyn Fn(&ForecastRef<'_>) -> bool,
    limit: usize,
    mut held: Option<&mut super::export::Held>,
    io: &mut Io<'_>,
) -> Result<()> {
    let mut w = CsvOut::new(&mut *io.out);
    let mut written = 0usize;
    let mut closed = false;
    let mut scratch = RowScratch::default();
    let broken = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
    let failed = |e| Error::io("writing CSV", e);
    // The rows `transfer::records_csv` writes (header first, user text guarded), one at a
    // time.
    match w.record(ExportRecord::CSV_HEADER) {
        Err(e) if broken(&e) => return Ok(()),
        other => other.map_err(failed)?,
    }
    store.list_refs(filter, today, |f| {
        if written >= limit {
            return Ok(false);
        }
        // An export writes a corrected forecast where its first version stood.
        if let Some(held) = held.as_deref_mut() {
            if held.skips(f.id) {
                return Ok(true);
            }
            for g in held.before(f.id) {
                match write_csv_row(&mut w, &g.borrowed(), &mut scratch) {
                    Ok(()) => {}
                    Err(e) if broken(&e) => {
                        closed = true;
                        return Ok(false);
                    }
                    Err(e) => return Err(failed(e)),
                }
            }
        }
        if wanted(f) {
            match write_csv_row(&mut w, f, &mut scratch) {
                Ok(()) => written += 1,
                Err(e) if broken(&e) => {
                    closed = true;
                    return Ok(false);
                }
                Err(e) => return Err(failed(e)),
            }
        }
        Ok(true)
    })?;
    if closed {
        return Ok(());
    }
    if let Some(held) = held {
        for g in held.before(i64::MAX) {
            match write_csv_row(&mut w, &g.borrowed(), &mut scratch) {
                Ok(()) => {}
                Err(e) if broken(&e) => return Ok(()),
                Err(e) => return Err(failed(e)),
            }
        }
    }
    match w.flush() {
        Err(e) if !broken(&e) => Err(Error::io("writing output", e)),
        _ => Ok(()),
    }
}

/// The last deadline `--due-within SPAN` (or `due --within`, named by `flag`) takes: today
/// plus `30d`, `2w`, `3m` or `1y` (also `30` for days, or `30 days`). A span that reaches
/// past the last day the ledger stores (9999-12-31) is refused as such, not as a malformed
/// span.
pub fn due_horizon(flag: &str, span: &str, today: NaiveDate) -> Result<NaiveDate> {
    let compact: String = span
        .trim()
        .to_ascii_lowercase()
        .replace("days", "d")
        .replace("day", "d")
        .replace("weeks", "w")
        .replace("week", "w")
        .replace("months", "m")
        .replace("month", "m")
        .replace("years", "y")
        .replace("year", "y")
        .split_whitespace()
        .collect();
    let compact = if compact.bytes().all(|b| b.is_ascii_digit()) {
        format!("{compact}d")
    } else {
        compact
    };
    let bad = || {
        Error::invalid(
            format!("{flag} `{span}`"),
            "expected a span such as 30d, 2w, 3m or 1y",
        )
    };
    if compact.starts_with(['+', '-']) || compact.len() < 2 {
        return Err(bad());
    }
    let well_formed = compact.ends_with(['d', 'w', 'm', 'y'])
        && compact[..compact.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_digit());
    match crate::time::typed::read(&compact, today) {
        Ok(Some(d)) if d <= crate::time::LAST_DAY => Ok(d),
        _ if well_formed => Err(Error::invalid(
            format!("{flag} `{span}`"),
            format!(
                "it reaches past {}, the last day a ledger holds; leave {flag} out to list every unresolved forecast",
                crate::time::LAST_DAY
            ),
        )),
        _ => Err(bad()),
    }
}

fn mentions(f: &ForecastRef<'_>, needle: &str) -> bool {
    [
        Some(f.claim),
        Some(f.question),
        Some(f.source),
        f.condition,
        f.note,
    ]
    .into_iter()
    .flatten()
    .any(|text| crate::model::names::name_key(text).contains(needle))
}

const HEADER: [&str; 8] = [
    "id", "source", "p", "made", "deadline", "status", "question", "claim",
];

/// Forecasts as a table, a JSON array, CSV or Markdown. The question key is never shortened:
/// it is what `resolve --question` takes.
pub fn render(forecasts: &[Forecast], format: Format, style: &Style) -> Result<String> {
    let rows = || -> Vec<Vec<String>> {
        forecasts
            .iter()
            .map(|f| {
                let status = match f.outcome {
                    Some(o) => format!("{} ({o})", f.status),
                    None => f.status.to_string(),
                };
                let p = match f.stance {
                    crate::model::Stance::For => format_percent(f.probability),
                    crate::model::Stance::Against => {
                        format!("{} against", format_percent(f.probability))
                    }
                };
                vec![
                    f.id.to_string(),
                    f.source.clone(),
                    p,
                    f.made_on.to_string(),
                    f.deadline.to_string(),
                    status,
                    f.question.clone(),
                    f.claim.clone(),
                ]
            })
            .collect()
    };
    match format {
        Format::Json => json_string(&forecasts),
        Format::Csv => {
            let rows: Vec<ExportRecord> = forecasts.iter().map(ExportRecord::from).collect();
            crate::transfer::records_csv(&rows)
        }
        Format::Markdown => Ok(markdown_table(&HEADER, &rows())),
        Format::Table => {
            if forecasts.is_empty() {
                return Ok("No forecasts match.\n".to_string());
            }
            let rows: Vec<Vec<String>> = rows()
                .into_iter()
                .map(|mut row| {
                    row[7] = ellipsize(&row[7], 80);
                    row[1] = crate::output::name_cell(&row[1]);
                    row.iter().map(|c| crate::output::clean(c)).collect()
                })
                .collect();
            // Ids, dates and keys are whole (a key is copied into commands); the source,
            // the probability (`18% against`) and the status wrap at spaces only; the claim
            // wraps. When they do not fit, the date made is left out first, then the claim,
            // then the source's long words are cut, then the question key (a claim then
            // takes its room back), then the status (audit 21, B3: at `COLUMNS=60..90` the
            // table was 100 wide with the demo's 40-character keys, and comfy-table split
            // `Northbridg`/`e`).
            use crate::output::{Fit, Step};
            let fits = [
                Fit::Whole,
                Fit::Name,
                Fit::Words,
                Fit::Whole,
                Fit::Whole,
                Fit::Words,
                Fit::Whole,
                Fit::Text(12),
            ];
            let steps = [
                Step::Drop(3),
                Step::Drop(7),
                Step::CutNames,
                Step::Drop(6),
                Step::Drop(5),
            ];
            let (t, left_out) = crate::output::fitted_table(style, &HEADER, &fits, rows, &steps);
            let note = crate::output::left_out_note(style, &left_out, "`forecast show ID`, ");
            Ok(format!("{t}\n{note}"))
        }
    }
}
