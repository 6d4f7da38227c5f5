//! `forecast export`: every forecast with every field, as JSON Lines (default) or CSV, so
//! that `export` then `import` into an empty ledger gives the same report. Both formats are
//! written as the store reads the forecasts (a portal's pages on PostgreSQL), never held
//! whole in memory.

use crate::app::{Context, Io};
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::{Error, Result};
use crate::model::Forecast;
use crate::store::{ListFilter, Store};
use crate::transfer::ExportRecord;
use std::io::Write;

/// The current corrected forecasts, held back while the others stream in id order and
/// written where their first version stood: a correction is a new entry with a higher id,
/// and a market orders its forecasts by their first version's id (`report::markets`), so an
/// import of the export (which numbers rows in file order) orders every market as the
/// ledger does, and `compare` and `report --latest` agree on both (audit 15, A1).
/// Corrections are few: they are read whole first (`Ledger::lineage_firsts`).
pub(crate) struct Held {
    /// (first version's id, the current version), in that order.
    held: Vec<(i64, Forecast)>,
    next: usize,
    ids: rustc_hash::FxHashSet<i64>,
}

impl Held {
    pub(crate) fn load(store: &Store, today: chrono::NaiveDate) -> Result<Held> {
        let mut held = Vec::new();
        for (id, first) in store.lineage_firsts()? {
            held.push((first, store.forecast(id, today)?));
        }
        held.sort_by_key(|(first, f)| (*first, f.id));
        let ids = held.iter().map(|(_, f)| f.id).collect();
        Ok(Held { held, next: 0, ids })
    }

    /// Whether forecast `id` is held back (written by `before`).
    pub(crate) fn skips(&self, id: i64) -> bool {
        self.ids.contains(&id)
    }

    /// The held forecasts whose first version comes before forecast `id`, not given yet.
    pub(crate) fn before(&mut self, id: i64) -> Vec<Forecast> {
        let start = self.next;
        while self.next < self.held.len() && self.held[self.next].0 < id {
            self.next += 1;
        }
        self.held[start..self.next]
            .iter()
            .map(|(_, f)| f.clone())
            .collect()
    }
}

pub fn run(store: &Store, ctx: &Context, args: &ExportArgs, io: &mut Io<'_>) -> Result<()> {
    if let Some(path) = &args.outcomes {
        crate::output::check_target(path, args.force, store.path())?;
    }
    let articles = std::cell::Cell::new(0u64);
    stream(store, ctx, args, io, &articles)?;
    let outcomes = question_outcomes(store)?;
    if let Some(path) = &args.outcomes {
        crate::output::write_new_file(
            path,
            outcomes_csv(&outcomes)?.as_bytes(),
            args.force,
            store.path(),
        )?;
    }
    // The accountability counts (audit 23 D7): an import logs each forecast once, as it
    // stands, so the corrections and changed outcomes behind it stay here.
    let (corrected, amended) = store
        .kept_sums(ctx.clock.today)?
        .totals
        .iter()
        .fold((0, 0), |(c, a), (_, t)| (c + t.corrections, a + t.amended));
    let history = History { corrected, amended };
    if let Some(text) = untravelled(&outcomes, articles.get(), history, args.outcomes.is_some()) {
        super::warn(io, &text);
    }
    Ok(())
}

/// The question outcomes in force, in key order and each question's in the order recorded:
/// (question key, event, date).
fn question_outcomes(store: &Store) -> Result<Vec<(String, String, String)>> {
    let mut rows = Vec::new();
    for q in store.question_summaries()? {
        for e in &q.events {
            let (event, date) = e.split_once(' ').unwrap_or((e.as_str(), ""));
            rows.push((q.question.clone(), event.to_string(), date.to_string()));
        }
    }
    Ok(rows)
}

/// The outcomes as `resolve --from`'s question layout (`question,event,date`).
pub(crate) fn outcomes_csv(rows: &[(String, String, String)]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["question", "event", "date"])
        .map_err(Error::csv("writing CSV"))?;
    for (q, e, d) in rows {
        // A key is text a user typed: guarded against spreadsheet formulas as every other
        // CSV cell is (`resolve --from` takes the guard off; adversary, 2026-12-05).
        w.write_record([&*crate::output::csv_guard(q), e, d])
            .map_err(Error::csv("writing CSV"))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Other(format!("writing CSV: {e}")))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The ledger's corrected forecasts and amended outcomes (the report's `corrected` and
/// `amended`), which no export row carries.
#[derive(Debug, Clone, Copy)]
struct History {
    corrected: i64,
    amended: i64,
}

/// What the forecast rows do not carry, said once on stderr when the ledger holds any of
/// it (audit 17 A3, A5; audit 23 D7 for corrections and amended outcomes): an import of the
/// export would lose it without a word. `None` when nothing is left behind.
fn untravelled(
    outcomes: &[(String, String, String)],
    articles: u64,
    history: History,
    written: bool,
) -> Option<String> {
    let mut lost = Vec::new();
    if history.corrected > 0 || history.amended > 0 {
        lost.push(format!(
            "the history of {} corrected forecast(s) and {} amended outcome(s) (an import logs each forecast as it now stands, so the report's `corrected` and `amended` read 0)",
            history.corrected, history.amended
        ));
    }
    if !outcomes.is_empty() && !written {
        lost.push(format!(
            "{} question outcome(s) recorded with `resolve --question` (add `--outcomes FILE.csv` to write them, and `forecast resolve --from FILE.csv` after the import records them)",
            outcomes.len()
        ));
    }
    if articles > 0 {
        lost.push(format!(
            "the article (title, url, published date, sha256) of {articles} forecast(s): `article` is this ledger's article number, which an import does not take"
        ));
    }
    if lost.is_empty() {
        return None;
    }
    Some(format!(
        "an export carries the forecasts, not {}; `forecast copy --to` or `forecast backup` moves the whole ledger",
        lost.join(", nor ")
    ))
}

/// Writes the forecasts, counting those that came from an article.
fn stream(
    store: &Store,
    ctx: &Context,
    args: &ExportArgs,
    io: &mut Io<'_>,
    articles: &std::cell::Cell<u64>,
) -> Result<()> {
    let (all, today) = (ListFilter::default(), ctx.clock.today);
    let mut held = Held::load(store, today)?;
    let from_article = |a: Option<i64>| articles.set(articles.get() + u64::from(a.is_some()));
    match args.format {
        ExportFormat::Csv => {
            for (_, f) in &held.held {
                from_article(f.article);
            }
            super::list::stream_csv(
                store,
                &all,
                today,
                &|f| {
                    from_article(f.article);
                    true
                },
                usize::MAX,
                Some(&mut held),
                io,
            )
        }
        ExportFormat::Jsonl => {
            // Written while the store reads the forecasts, so memory stays flat.
            let mut out = std::io::BufWriter::with_capacity(1 << 16, &mut *io.out);
            let mut line = Vec::with_capacity(512);
            let mut closed = false;
            let broken = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
            let mut write = |f: &Forecast| -> Result<bool> {
                from_article(f.article);
                let mut value = serde_json::to_value(ExportRecord::from(f))
                    .map_err(Error::json("writing JSON Lines"))?;
                // Tags as a list in JSON; the CSV keeps them `;`-separated.
                value["tags"] = serde_json::json!(f.tags);
                line.clear();
                serde_json::to_writer(&mut line, &value)
                    .map_err(Error::json("writing JSON Lines"))?;
                line.push(b'\n');
                match out.write_all(&line) {
                    Ok(()) => Ok(true),
                    Err(e) if broken(&e) => {
                        closed = true;
                        Ok(false)
                    }
                    Err(e) => Err(Error::io("writing the export", e)),
                }
            };
            let mut going = true;
            store.list_each(&all, today, |f| {
                if held.skips(f.id) {
                    return Ok(true);
                }
                for g in held.before(f.id) {
                    if !write(&g)? {
                        going = false;
                        return Ok(false);
                    }
                }
                going = write(&f)?;
                Ok(going)
            })?;
            if going {
                for g in held.before(i64::MAX) {
                    if !write(&g)? {
                        break;
                    }
                }
            }
            match out.flush() {
                Err(e) if !closed && !broken(&e) => Err(Error::io("writing the export", e)),
                _ => Ok(()),
            }
        }
    }
}
