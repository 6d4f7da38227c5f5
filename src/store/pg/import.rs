//! Imports on PostgreSQL: SQLite's `Writer::begin_import_batch`, `import_forecast` inside
//! a batch, `trim_caches` and `record_import`, writing the rows through `COPY` instead of
//! a statement each.
//!
//! A row is checked when it arrives (so an error names its line) and given its forecast
//! and resolution ids at once; the rest waits in a chunk. A chunk first looks up all its
//! question keys in one query, then goes through its rows in order exactly as SQLite's
//! writer goes through them one at a time (sources created and journaled as met, questions
//! numbered in order of first mention, the same late flags, journal bodies, batch digests
//! and kept-sum changes), and sends the new questions, forecasts, tags and resolutions to
//! the server as four `COPY ... FROM STDIN` streams in text format. The part that needs no
//! connection (COPY text, digests, kept sums) runs on a second thread while the chunk
//! before is sent, so the client's work and the server's overlap. Everything is in the
//! write's one transaction: a killed import leaves nothing.
//!
//! A large import (see `defer_indexes_if_large`) by the ledger's owner drops the secondary
//! indexes of the forecasts, their tags and the resolutions, the resolutions' primary key
//! and the foreign key of a forecast's resolution,
//! and builds them again at its end from the rows, in the same transaction, then analyses
//! the tables it filled, so what runs next (`verify`, a report) is planned with statistics.
//! It also switches off migration 9's reference checks of its three tables and checks
//! every reference once at its end instead, as adding a foreign key back does (one hash
//! join per column, not an index probe per row and column in every chunk).

use super::forecasts::question_id;
use super::typed::p;
use super::{dialect, pg, PgWriter};
use crate::error::{Error, Result};
use crate::model::{NewForecast, Outcome, VoidReason};
use crate::store::batch::Batch;
use crate::store::bodies::{ForecastFacts, QuestionText};
use crate::store::forecasts::{day_after, own_key, slug, tidy_tags, Resolved};
use crate::store::imports::{already_imported, import_body, IMPORT_REFERENCES};
use crate::store::kept::{Counted, Pending};
use crate::store::resolutions::{resolution_body, NewResolution};
use crate::time::iso;
use chrono::NaiveDate;
use postgres::Client;
use rustc_hash::FxHashSet;
use std::fmt::Write as _;
use std::io::Write as _;

/// Rows staged before they are written.
const CHUNK: usize = 16_384;

/// An import is large once it has written this many forecasts (SQLite's
/// `DEFER_INDEXES_AFTER`; a few in unit tests, so they reach it).
const LARGE: i64 = if cfg!(test) { 50 } else { 20_000 };

/// A ledger with at most this many questions has every key read once when an import's
/// first chunk is full (`preload_questions`), instead of a look-up per chunk.
const PRELOAD_QUESTIONS: i64 = 250_000;

/// The rows of the first chunk from which the question keys are read at once (`CHUNK`; a
/// few in unit tests, so they reach it).
const PRELOAD_FROM: usize = if cfg!(test) { 20 } else { CHUNK };

/// How many question keys an import keeps once it holds all of the ledger's: past this
/// it forgets them and looks keys up again (memory stays bounded).
const COMPLETE_CAP: usize = 2_000_000;

/// The tables an import fills, analysed at the end of a large one.
const FILLED: &str = "forecasts, forecast_tags, resolutions, questions, sources";

/// The tables whose primary key a large import drops and adds again at its end (see
/// `defer_indexes_if_large`).
const KEYLESS: [&str; 1] = ["resolutions"];

/// The reference checks of migration 9 an import's rows meet: each table and its trigger.
const CHECKS: [(&str, &str); 3] = [
    ("forecasts", "forecasts_references"),
    ("forecast_tags", "forecast_tags_references"),
    ("resolutions", "resolutions_references"),
];

/// The reference checks of migration 9's triggers (`CHECKS`), once over the rows a large
/// import wrote while they were off: a block that raises what the triggers raise
/// (`foreign_key_violation`, the table, the column and the missing key) for the first
/// dangling reference. As SQLite's `imports::dangling` does, it reads each table's new rows
/// once (forecasts from `firsts.0`, resolutions from `firsts.1`, the tags of the forecasts
/// from `firsts.0`: switching a trigger off locks its table against other writers, so no
/// other rows were written unchecked) and takes a reference into the ids the import
/// inserted itself (`added`: table, first and last id) as holding without a look-up; every
/// other reference is looked up. The references are SQLite's `IMPORT_REFERENCES` of these
/// tables but a forecast's resolution, which keeps its foreign key. (Before: each column
/// anti-joined with its table over the whole tables, five scans of the forecasts; 3.8 s of
/// a 1M import's server time at load 5.)
fn check_references_sql(firsts: (i64, i64), added: &[(&str, i64, i64)]) -> String {
    let mut parts = Vec::new();
    for (table, _) in CHECKS {
        let refs: Vec<_> = IMPORT_REFERENCES
            .iter()
            .filter(|r| r.0 == table && !(r.0 == "forecasts" && r.1 == "resolution_id"))
            .collect();
        let Some(first) = refs.first() else {
            continue;
        };
        let rows = first
            .3
            .replace("?1", &firsts.0.to_string())
            .replace("?2", &firsts.1.to_string());
        let missing = |column: &str, parent: &str| {
            let inserted = added
                .iter()
                .find(|(table, _, _)| *table == parent)
                .map(|(_, lo, hi)| format!(" AND n.{column} NOT BETWEEN {lo} AND {hi}"))
                .unwrap_or_default();
            format!(
                "(n.{column} IS NOT NULL{inserted} AND NOT EXISTS (SELECT 1 FROM public.{parent} p WHERE p.id = n.{column}))"
            )
        };
        let case = |what: &dyn Fn(&str, &str) -> String| {
            let arms: Vec<String> = refs
                .iter()
                .map(|(_, c, p, _)| format!("WHEN {} THEN {}", missing(c, p), what(c, p)))
                .collect();
            format!("CASE {} END", arms.join(" "))
        };
        let any: Vec<String> = refs.iter().map(|(_, c, p, _)| missing(c, p)).collect();
        parts.push(format!(
            "(SELECT '{table}'::text AS tbl, {}::text AS col, {}::bigint AS ref, {}::text AS other
              FROM public.{table} n WHERE {rows} AND ({}) LIMIT 1)",
            case(&|c, _| format!("'{c}'")),
            case(&|c, _| format!("n.{c}")),
            case(&|_, p| format!("'{p}'")),
            any.join(" OR ")
        ));
    }
    format!(
        r#"DO $check$
DECLARE
    bad RECORD;
BEGIN
    SELECT d.tbl, d.col, d.ref, d.other INTO bad FROM ({}) d LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "%" refers to a missing row: key (%)=(%) is not present in table "%"',
            bad.tbl, bad.col, bad.ref, bad.other
            USING ERRCODE = 'foreign_key_violation', TABLE = bad.tbl, COLUMN = bad.col;
    END IF;
END
$check$"#,
        parts.join(" UNION ALL ")
    )
}

/// What a large import took away, to be built again at its end.
#[derive(Default)]
struct Deferred {
    /// `CREATE INDEX` statements (`pg_get_indexdef`), so the rebuilt indexes are the
    /// schema's, name for name.
    indexes: Vec<String>,
    /// Foreign keys of the forecasts: name and definition (`pg_get_constraintdef`).
    keys: Vec<(String, String)>,
    /// The unique key of the questions' keys, when dropped: name and definition.
    question_key: Option<(String, String)>,
    /// Primary keys dropped (`KEYLESS`): table, name and definition.
    primary: Vec<(String, String, String)>,
    /// Foreign keys of other tables that referred to a dropped primary key: table, name
    /// and definition.
    referring: Vec<(String, String, String)>,
    /// Whether the reference checks (`CHECKS`) were switched off, to be run once over
    /// every row and switched on again.
    checks: bool,
}

/// An import in progress.
pub(super) struct Bulk {
    pub batch: Batch,
    first_forecast: i64,
    first_resolution: i64,
    next_forecast: i64,
    next_resolution: i64,
    next_question: i64,
    staged: Vec<Staged>,
    /// Question keys known not to be in the ledger.
    absent: FxHashSet<String>,
    /// Questions with a recorded outcome (a forecast on one is late).
    decided: FxHashSet<i64>,
    /// Whether the writer's question cache holds every question key of the ledger (read
    /// once by `preload_questions`, and every question this import added since), so a
    /// key it lacks is known to be absent without asking; `None` until decided.
    complete: Option<bool>,
    /// Whether the role writing owns the tables (asked once the import is large).
    owner: Option<bool>,
    /// What was dropped for a large import (`None` until it is large).
    deferred: Option<Deferred>,
    /// The last chunk written into COPY text and not yet sent (see `write_staged`).
    unsent: Option<Streams>,
}

/// A checked row waiting for its chunk.
struct Staged {
    id: i64,
    forecast: NewForecast,
    resolution: Option<StagedResolution>,
}

/// The resolution an imported row comes with, and the id it was given.
struct StagedResolution {
    id: i64,
    outcome: Outcome,
    on: NaiveDate,
    note: Option<String>,
    reason: Option<VoidReason>,
}

/// The four COPY streams of one chunk, in COPY's text format.
#[derive(Default)]
struct Streams {
    questions: String,
    forecasts: String,
    tags: String,
    resolutions: String,
}

/// Appends one field in COPY's text format (`\N` for NULL), then `end` (tab or newline).
fn field(out: &mut String, value: Option<&str>, end: char) {
    match value {
        None => out.push_str("\\N"),
        // Most fields need no escape: copied at once.
        Some(v)
            if !v
                .bytes()
                .any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r')) =>
        {
            out.push_str(v)
        }
        Some(v) => {
            for c in v.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    c => out.push(c),
                }
            }
        }
    }
    out.push(end);
}

/// `name` quoted as an SQL identifier.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// An integer field, written without the formatting machinery (a 1M import writes six a
/// row).
fn int(out: &mut String, value: Option<i64>, end: char) {
    match value {
        None => out.push_str("\\N"),
        Some(n) => out.push_str(itoa::Buffer::new().format(n)),
    }
    out.push(end);
}

/// A number field: Rust prints the shortest text that reads back as the same value.
fn num(out: &mut String, value: Option<impl std::fmt::Display>, end: char) {
    match value {
        None => out.push_str("\\N"),
        Some(v) => {
            let _ = write!(out, "{v}");
        }
    }
    out.push(end);
}

/// Where a staged row goes (see `PgWriter::place`).
struct Placed {
    source_id: i64,
    question_id: i64,
    question_key: String,
}

/// One placed row, as SQLite's `log_forecast` writes it inside a batch: its forecast, tags
/// and resolution in COPY text, their bodies in the batch's digests, its part in the kept
/// sums. `decided` holds the questions with a recorded outcome; `market_resolved` says
/// whether the row's market held a true/false outcome before the import.
fn encode_row(
    row: &Staged,
    (at, market_resolved): (Placed, bool),
    now: &str,
    decided: &FxHashSet<i64>,
    kept: &mut Pending,
    batch: &mut Batch,
    out: &mut Streams,
) -> Result<()> {
    let f = &row.forecast;
    let deadline = iso(f.deadline);
    let late = row.resolution.is_some()
        || day_after(now, &deadline)
        || decided.contains(&at.question_id)
        || market_resolved;
    let facts = ForecastFacts::logged(
        f,
        row.id,
        at.source_id,
        at.question_key,
        tidy_tags(&f.tags),
        now,
        late,
    );
    let resolved_on = row.resolution.as_ref().map(|r| iso(r.on));
    let s = &mut out.forecasts;
    int(s, Some(row.id), '\t');
    int(s, Some(at.source_id), '\t');
    int(s, Some(at.question_id), '\t');
    int(s, facts.article, '\t');
    field(s, Some(&facts.claim), '\t');
    num(s, Some(facts.probability), '\t');
    field(s, Some(&facts.probability_basis), '\t');
    num(s, facts.probability_low, '\t');
    num(s, facts.probability_high, '\t');
    field(s, Some(&facts.made_on), '\t');
    field(s, Some(&facts.deadline), '\t');
    field(s, facts.deadline_phrase.as_deref(), '\t');
    field(s, facts.condition.as_deref(), '\t');
    field(s, Some(&facts.stance), '\t');
    field(s, Some(&facts.created_at), '\t');
    field(s, row.resolution.as_ref().map(|r| r.outcome.as_str()), '\t');
    field(s, resolved_on.as_deref(), '\t');
    int(s, row.resolution.as_ref().map(|r| r.id), '\t');
    int(s, Some(i64::from(late)), '\n');
    for tag in &facts.tags {
        int(&mut out.tags, Some(row.id), '\t');
        field(&mut out.tags, Some(tag), '\n');
    }
    kept.count(
        &Counted {
            source_id: at.source_id,
            probability: facts.probability,
            outcome: row.resolution.as_ref().map(|r| r.outcome),
            corrected: false,
            amended: false,
            late,
            horizon: (f.deadline - f.made_on).num_days(),
        },
        1,
    );
    batch.add("forecast", row.id, &facts.body_text())?;
    if let (Some(r), Some(on)) = (&row.resolution, &resolved_on) {
        let (rid, outcome, note) = (&r.id, &r.outcome, &r.note);
        let reason = r.reason.map(VoidReason::as_str);
        let s = &mut out.resolutions;
        int(s, Some(*rid), '\t');
        int(s, Some(row.id), '\t');
        field(s, Some(outcome.as_str()), '\t');
        field(s, Some(on), '\t');
        field(s, note.as_deref(), '\t');
        field(s, reason, '\t');
        field(s, None, '\t');
        field(s, Some(now), '\n');
        let imported = Resolved {
            outcome: *outcome,
            on: r.on,
            note: note.as_deref(),
            reason: r.reason,
        };
        let body = resolution_body(&NewResolution::imported(row.id, &imported), *rid, now);
        batch.add("resolution", *rid, &body)?;
    }
    Ok(())
}

/// Sends one chunk: its new questions, forecasts, tags and resolutions, a `COPY ... FROM
/// STDIN` each, in that order (each statement's reference checks find what it refers to).
fn send(tx: &mut Client, chunk: &Streams) -> Result<()> {
    for (table, columns, data) in [
        ("questions", "id, key, created_at", &chunk.questions),
        (
            "forecasts",
            "id, source_id, question_id, article_id, claim, probability, probability_basis,
             probability_low, probability_high, made_on, deadline, deadline_phrase, condition,
             stance, created_at, outcome, resolved_on, resolution_id, logged_late",
            &chunk.forecasts,
        ),
        ("forecast_tags", "forecast_id, tag", &chunk.tags),
        (
            "resolutions",
            "id, forecast_id, outcome, resolved_on, note, reason, question_outcome_id, recorded_at",
            &chunk.resolutions,
        ),
    ] {
        if data.is_empty() {
            continue;
        }
        let context = format!("copying {table}");
        let mut w = tx
            .copy_in(&format!("COPY {table} ({columns}) FROM STDIN"))
            .map_err(pg(&context))?;
        w.write_all(data.as_bytes())
            .map_err(|e| Error::io(context.clone(), e))?;
        w.finish().map_err(pg(&context))?;
    }
    Ok(())
}

impl PgWriter<'_> {
    /// Starts an import batch (see SQLite's `Writer::begin_import_batch`): until
    /// `record_import`, the questions, forecasts and resolutions written are recorded by
    /// digest in the import's one journal entry.
    pub fn begin_import_batch(&mut self) -> Result<()> {
        let (forecast, resolution, question) = (
            self.next_id("forecasts")?,
            self.next_id("resolutions")?,
            self.next_id("questions")?,
        );
        self.bulk = Some(Bulk {
            batch: Batch::default(),
            first_forecast: forecast,
            first_resolution: resolution,
            next_forecast: forecast,
            next_resolution: resolution,
            next_question: question,
            staged: Vec::with_capacity(CHUNK),
            absent: FxHashSet::default(),
            decided: FxHashSet::default(),
            complete: None,
            owner: None,
            deferred: None,
            unsent: None,
        });
        Ok(())
    }

    /// Keeps a long write's memory bounded: writes the staged rows and forgets looked-up
    /// ids once there are many (the ledger has them).
    pub fn trim_caches(&mut self) -> Result<()> {
        const KEEP: usize = 100_000;
        self.write_staged()?;
        if self.sources.len() > KEEP || self.sources_given.len() > KEEP {
            self.sources.clear();
            self.sources_given.clear();
        }
        let complete = self.bulk.as_ref().and_then(|b| b.complete) == Some(true);
        if self.questions.len() > if complete { COMPLETE_CAP } else { KEEP } {
            // The unsent chunk's new questions are known only here until it is sent.
            self.send_unsent()?;
            self.questions.clear();
            self.numbered.clear();
            if let Some(bulk) = &mut self.bulk {
                bulk.absent.clear();
                bulk.complete = Some(false);
            }
        }
        Ok(())
    }

    /// Checks a row of an import and stages it; returns the forecast's id.
    pub(super) fn stage_forecast(
        &mut self,
        f: &NewForecast,
        resolved: Option<&Resolved<'_>>,
    ) -> Result<i64> {
        f.validate()?;
        self.check_article(f.article)?;
        let Some(bulk) = &mut self.bulk else {
            return Err(Error::Other("no import batch was started".into()));
        };
        let id = bulk.next_forecast;
        bulk.next_forecast += 1;
        let resolution = resolved.map(|r| {
            bulk.next_resolution += 1;
            StagedResolution {
                id: bulk.next_resolution - 1,
                outcome: r.outcome,
                on: r.on,
                note: r.note.map(str::to_string),
                reason: r.reason,
            }
        });
        bulk.staged.push(Staged {
            id,
            forecast: f.clone(),
            resolution,
        });
        if bulk.staged.len() >= CHUNK {
            self.write_staged()?;
        }
        Ok(id)
    }

    /// Writes the staged rows (see the module's doc) in two passes. The first, on this
    /// thread, places each row: its source (created if new) and its question (looked up,
    /// or numbered and staged if new), which needs the connection. The second writes the
    /// rows into COPY text, their bodies into the batch's digests and their part into the
    /// kept sums; it needs no connection, so it runs on a second thread while this one
    /// sends the chunk before (the server checking and storing those rows meanwhile). The
    /// chunk it makes waits in `unsent` for the next call, or for `send_unsent`.
    fn write_staged(&mut self) -> Result<()> {
        let staged = match &mut self.bulk {
            Some(bulk) if !bulk.staged.is_empty() => std::mem::take(&mut bulk.staged),
            _ => return Ok(()),
        };
        self.look_up_questions(&staged)?;
        let mut out = Streams::default();
        let mut placed = Vec::with_capacity(staged.len());
        for row in &staged {
            placed.push(self.place(&row.forecast, &mut out.questions)?);
        }
        let resolved = self.look_up_markets(&staged, &placed)?;
        let placed: Vec<(Placed, bool)> = placed.into_iter().zip(resolved).collect();
        let Some(bulk) = &mut self.bulk else {
            return Err(Error::Other("no import batch was started".into()));
        };
        let unsent = bulk.unsent.take();
        let mut batch = std::mem::take(&mut bulk.batch);
        let decided = std::mem::take(&mut bulk.decided);
        let mut kept = std::mem::take(&mut self.kept);
        let (tx, now) = (&mut self.tx, self.now.as_str());
        let (sent, encoded) = std::thread::scope(|scope| {
            let worker = scope.spawn(|| -> Result<()> {
                for (row, at) in staged.iter().zip(placed) {
                    encode_row(row, at, now, &decided, &mut kept, &mut batch, &mut out)?;
                }
                Ok(())
            });
            let sent = unsent.map_or(Ok(()), |chunk| send(tx, &chunk));
            let encoded = worker
                .join()
                .unwrap_or_else(|_| Err(Error::Other("the import's encoder panicked".into())));
            (sent, encoded)
        });
        self.kept = kept;
        if let Some(bulk) = &mut self.bulk {
            bulk.batch = batch;
            bulk.decided = decided;
            bulk.unsent = Some(out);
            let mut staged = staged;
            staged.clear();
            bulk.staged = staged;
        }
        sent?;
        encoded?;
        self.defer_indexes_if_large()
    }

    /// Whether each placed row's market (question and deadline) held a true/false outcome
    /// before this import (SQLite's `forecasts::Markets`): the markets not known yet are
    /// asked in one query a chunk, and only on questions the import did not open.
    fn look_up_markets(&mut self, staged: &[Staged], placed: &[Placed]) -> Result<Vec<bool>> {
        let first = self.bulk.as_ref().map_or(i64::MAX, |b| b.first_forecast);
        let deadlines: Vec<String> = staged.iter().map(|r| iso(r.forecast.deadline)).collect();
        let mut ask: Vec<(i64, String)> = placed
            .iter()
            .zip(&deadlines)
            .filter(|(at, d)| self.markets.unknown(at.question_id, d))
            .map(|(at, d)| (at.question_id, d.clone()))
            .collect();
        ask.sort_unstable();
        ask.dedup();
        if !ask.is_empty() {
            let (questions, days): (Vec<i64>, Vec<String>) = ask.iter().cloned().unzip();
            let found = self
                .tx
                .query_typed(
                    "SELECT DISTINCT f.question_id, f.deadline
                     FROM forecasts f JOIN unnest($1::bigint[], $2::text[]) AS m(q, d)
                       ON f.question_id = m.q AND f.deadline = m.d
                     WHERE f.outcome IN ('true', 'false') AND f.superseded_by IS NULL AND f.id < $3",
                    &[p(&questions), p(&days), p(&first)],
                )
                .map_err(pg("reading the markets' resolutions"))?;
            for (q, d) in ask {
                self.markets.set(q, d, false);
            }
            for r in &found {
                self.markets.set(r.get(0), r.get(1), true);
            }
        }
        placed
            .iter()
            .zip(deadlines)
            .map(|(at, d)| self.markets.resolved(at.question_id, &d, |_, _| Ok(false)))
            .collect()
    }

    /// Sends the chunk waiting in `unsent`, if any.
    fn send_unsent(&mut self) -> Result<()> {
        if let Some(chunk) = self.bulk.as_mut().and_then(|b| b.unsent.take()) {
            send(&mut self.tx, &chunk)?;
            self.defer_indexes_if_large()?;
        }
        Ok(())
    }

    /// Whether this import has written at least `LARGE` forecasts.
    fn is_large(&self) -> bool {
        self.bulk
            .as_ref()
            .is_some_and(|b| b.next_forecast - b.first_forecast >= LARGE)
    }

    /// Whether the role writing owns the ledger's tables (only the owner may drop and
    /// create indexes or analyse), asked once.
    fn owns_tables(&mut self) -> Result<bool> {
        if let Some(owner) = self.bulk.as_ref().and_then(|b| b.owner) {
            return Ok(owner);
        }
        let owner: bool = self
            .tx
            .query_typed_one(
                "SELECT pg_has_role(relowner, 'USAGE') FROM pg_class
                 WHERE oid = 'public.forecasts'::regclass",
                &[],
            )
            .map_err(pg("reading the ledger's owner"))?
            .get(0);
        if let Some(bulk) = &mut self.bulk {
            bulk.owner = Some(owner);
        }
        Ok(owner)
    }

    /// Once an import run by the ledger's owner has written as many forecasts as the ledger
    /// held before it (and at least `LARGE`), drops the indexes of the forecasts that are
    /// not unique, every index of their tags but the primary key (the unique key of a
    /// forecast's folded tags too: an import writes each forecast's tags once, folded apart,
    /// and building the key again checks that), the questions' unique key when the import
    /// knows every key already (`preload_questions`), the forecasts' foreign keys (a
    /// forecast's resolution), and the resolutions' index and primary key (`KEYLESS`);
    /// `build_deferred` makes them again from the rows at the import's end, in the same
    /// transaction. As on SQLite: inserting rows into an index in random key order touches
    /// a random page each time, building it once sorts the keys. The foreign key checked
    /// each resolved forecast with a query of its own at commit; added again, it checks all
    /// rows in one join. Measured on 200,000 rows of the benchmark CSV (the server's CPU,
    /// psql): 5.4 s with all of them, 3.5 s with the indexes built at the end, 2.5 s with
    /// the key too. The resolutions' index and primary key took 1.1 s of the backend's
    /// CPU in the COPY of a 1M import's resolutions (1.9 s with them, 0.8 s without) and
    /// 0.3 s to build at the end (pg1, 2026-12-05). The forecasts' primary key stays,
    /// checking rows as they arrive: without it their COPY took only 0.3 s less, about
    /// what building it costs, and a review's foreign key refers to it. A failed import
    /// rolls the drops back with everything else. Dropping an index locks the table: until
    /// the import commits, readers of the forecasts and of the resolutions wait (readers
    /// of a small import, or of one run by a writer role, never do; the default report
    /// reads the forecasts too, so it waited for a large import before this as well).
    ///
    /// The reference checks of migration 9 (`CHECKS`) are switched off too: they probed
    /// the table referred to once per row and column of every chunk, some 4 million index
    /// probes for the benchmark's million rows and about half the server's time (measured
    /// with `log_min_duration_statement`: the four COPY statements 21 s with them, 8 s
    /// without, at load 2 to 4). `build_deferred` runs the same checks once over the rows the
    /// import wrote (`check_references_sql`) and switches them on again. Switching a trigger off locks its table against writers (`SHARE ROW
    /// EXCLUSIVE`) until the commit, so no other write can slip in unchecked, and a failed
    /// import rolls it back with the rest.
    fn defer_indexes_if_large(&mut self) -> Result<()> {
        let Some(bulk) = &self.bulk else {
            return Ok(());
        };
        let written = bulk.next_forecast - bulk.first_forecast;
        if bulk.deferred.is_some() || written < LARGE.max(bulk.first_forecast - 1) {
            return Ok(());
        }
        let mut deferred = Deferred::default();
        if self.owns_tables()? {
            let what = "deferring the indexes";
            // The key's checks still waiting for the commit run now: a table with
            // pending checks cannot be altered.
            self.tx
                .batch_execute("SET CONSTRAINTS ALL IMMEDIATE")
                .map_err(pg(what))?;
            for r in self
                .tx
                .query_typed(
                    "SELECT c.relname::text, pg_get_indexdef(i.indexrelid)
                     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                     WHERE i.indrelid IN ('public.forecasts'::regclass, 'public.forecast_tags'::regclass,
                                          'public.resolutions'::regclass)
                       AND NOT i.indisprimary
                       AND (NOT i.indisunique OR i.indrelid = 'public.forecast_tags'::regclass)
                     ORDER BY 1",
                    &[],
                )
                .map_err(pg(what))?
            {
                let name: String = r.get(0);
                self.tx
                    .batch_execute(&format!("DROP INDEX public.{}", ident(&name)))
                    .map_err(pg(what))?;
                deferred.indexes.push(r.get(1));
            }
            for r in self
                .tx
                .query_typed(
                    "SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint
                     WHERE conrelid = 'public.forecasts'::regclass AND contype = 'f'
                     ORDER BY 1",
                    &[],
                )
                .map_err(pg(what))?
            {
                let name: String = r.get(0);
                self.tx
                    .batch_execute(&format!(
                        "ALTER TABLE public.forecasts DROP CONSTRAINT {}",
                        ident(&name)
                    ))
                    .map_err(pg(what))?;
                deferred.keys.push((name, r.get(1)));
            }
            for table in KEYLESS {
                self.drop_primary_key(table, &mut deferred)?;
            }
            for (table, trigger) in CHECKS {
                self.tx
                    .batch_execute(&format!(
                        "ALTER TABLE public.{table} DISABLE TRIGGER {trigger}"
                    ))
                    .map_err(pg(what))?;
            }
            deferred.checks = true;
            // The questions' unique key, once this import knows every key of the ledger
            // (`preload_questions`): nothing looks a key up in it until the import ends.
            if self.bulk.as_ref().and_then(|b| b.complete) == Some(true) {
                if let Some(r) = self
                    .tx
                    .query_typed_opt(
                        "SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint
                         WHERE conrelid = 'public.questions'::regclass AND contype = 'u'",
                        &[],
                    )
                    .map_err(pg(what))?
                {
                    let name: String = r.get(0);
                    self.tx
                        .batch_execute(&format!(
                            "ALTER TABLE public.questions DROP CONSTRAINT {}",
                            ident(&name)
                        ))
                        .map_err(pg(what))?;
                    deferred.question_key = Some((name, r.get(1)));
                }
            }
        }
        if let Some(bulk) = &mut self.bulk {
            bulk.deferred = Some(deferred);
        }
        Ok(())
    }

    /// Drops the primary key of `table` (one of `KEYLESS`) for a large import, and first
    /// the foreign keys of other tables that refer to it, recording each in `deferred`.
    fn drop_primary_key(&mut self, table: &str, deferred: &mut Deferred) -> Result<()> {
        let what = "deferring the primary keys";
        let regclass = format!("public.{table}");
        for r in self
            .tx
            .query_typed(
                "SELECT conrelid::regclass::text, conname::text, pg_get_constraintdef(oid)
                 FROM pg_constraint
                 WHERE confrelid = $1::text::regclass AND contype = 'f' ORDER BY 1, 2",
                &[p(&regclass)],
            )
            .map_err(pg(what))?
        {
            let (referrer, name): (String, String) = (r.get(0), r.get(1));
            self.tx
                .batch_execute(&format!(
                    "ALTER TABLE {referrer} DROP CONSTRAINT {}",
                    ident(&name)
                ))
                .map_err(pg(what))?;
            deferred.referring.push((referrer, name, r.get(2)));
        }
        if let Some(r) = self
            .tx
            .query_typed_opt(
                "SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid = $1::text::regclass AND contype = 'p'",
                &[p(&regclass)],
            )
            .map_err(pg(what))?
        {
            let name: String = r.get(0);
            self.tx
                .batch_execute(&format!(
                    "ALTER TABLE {regclass} DROP CONSTRAINT {}",
                    ident(&name)
                ))
                .map_err(pg(what))?;
            deferred.primary.push((regclass, name, r.get(1)));
        }
        Ok(())
    }

    /// Ends a large import: builds what `defer_indexes_if_large` dropped and analyses the
    /// tables it filled (when the role writing owns them: others may not, and the server
    /// would only warn), so the next command is planned with statistics. Without them the
    /// server planned `verify`'s current-outcome check, right after an import of 200,000
    /// rows, as a walk of the resolutions for every forecast (over 10 s; see `copy.rs`).
    /// The keys are added after the analysis, so their one check of all rows is planned
    /// with statistics too, and so are the references, checked here once over every row
    /// (the same refusal as migration 9's triggers) before their triggers go back on.
    fn build_deferred(&mut self) -> Result<()> {
        let large = self.is_large();
        let deferred = self.bulk.as_mut().and_then(|b| b.deferred.take());
        if !large || !self.owns_tables()? {
            return Ok(());
        }
        let what = "building the indexes again";
        let deferred = deferred.unwrap_or_default();
        // Sorting a million keys in memory rather than in temporary files.
        self.tx
            .batch_execute("SET LOCAL maintenance_work_mem = '256MB'")
            .map_err(pg(what))?;
        for sql in &deferred.indexes {
            self.tx.batch_execute(sql).map_err(pg(what))?;
        }
        for (table, name, definition) in &deferred.primary {
            self.tx
                .batch_execute(&format!(
                    "ALTER TABLE {table} ADD CONSTRAINT {} {definition}",
                    ident(name)
                ))
                .map_err(pg(what))?;
        }
        if let Some((name, definition)) = &deferred.question_key {
            self.tx
                .batch_execute(&format!(
                    "ALTER TABLE public.questions ADD CONSTRAINT {} {definition}",
                    ident(name)
                ))
                .map_err(pg(what))?;
        }
        self.tx
            .batch_execute(&format!("ANALYZE {FILLED}"))
            .map_err(pg("analysing the import"))?;
        if deferred.checks {
            let what = "checking the import's references";
            self.tx
                .batch_execute("SET LOCAL work_mem = '64MB'")
                .map_err(pg(what))?;
            let check = self.bulk.as_ref().map(|b| {
                let added: Vec<(&str, i64, i64)> = [
                    ("questions", "question"),
                    ("forecasts", "forecast"),
                    ("resolutions", "resolution"),
                ]
                .into_iter()
                .filter_map(|(table, kind)| {
                    let (first, last) = b.batch.added(kind)?;
                    Some((table, first, last))
                })
                .collect();
                check_references_sql((b.first_forecast, b.first_resolution), &added)
            });
            if let Some(check) = check {
                self.tx.batch_execute(&check).map_err(pg(what))?;
            }
            for (table, trigger) in CHECKS {
                self.tx
                    .batch_execute(&format!(
                        "ALTER TABLE public.{table} ENABLE TRIGGER {trigger}"
                    ))
                    .map_err(pg(what))?;
            }
        }
        for (name, definition) in &deferred.keys {
            self.tx
                .batch_execute(&format!(
                    "ALTER TABLE public.forecasts ADD CONSTRAINT {} {definition}",
                    ident(name)
                ))
                .map_err(pg("checking the forecasts' resolutions"))?;
        }
        for (table, name, definition) in &deferred.referring {
            self.tx
                .batch_execute(&format!(
                    "ALTER TABLE {table} ADD CONSTRAINT {} {definition}",
                    ident(name)
                ))
                .map_err(pg("checking the references to the import's tables"))?;
        }
        Ok(())
    }

    /// Looks up, in one query, the question keys of `rows` not known yet (a forecast
    /// without one looks up its claim's slug), and which of them have an outcome.
    fn look_up_questions(&mut self, rows: &[Staged]) -> Result<()> {
        if rows.len() >= PRELOAD_FROM && self.bulk.as_ref().is_some_and(|b| b.complete.is_none()) {
            self.preload_questions()?;
        }
        let Some(bulk) = &self.bulk else {
            return Ok(());
        };
        if bulk.complete == Some(true) {
            return Ok(());
        }
        let mut keys: Vec<String> = rows
            .iter()
            .map(|r| {
                r.forecast
                    .question
                    .clone()
                    .unwrap_or_else(|| slug(&r.forecast.claim))
            })
            .filter(|k| !self.questions.contains_key(k) && !bulk.absent.contains(k))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.is_empty() {
            return Ok(());
        }
        let found = self
            .tx
            .query_typed(
                "SELECT key, id, EXISTS (SELECT 1 FROM question_outcomes o WHERE o.question_id = q.id)
                 FROM questions q WHERE key = ANY($1)",
                &[p(&keys)],
            )
            .map_err(pg("looking up questions"))?;
        let Some(bulk) = &mut self.bulk else {
            return Ok(());
        };
        let mut known = FxHashSet::default();
        for r in &found {
            let (key, id, decided): (String, i64, bool) = (r.get(0), r.get(1), r.get(2));
            if decided {
                bulk.decided.insert(id);
            }
            known.insert(key.clone());
            self.questions.insert(key, id);
        }
        bulk.absent
            .extend(keys.into_iter().filter(|k| !known.contains(k)));
        Ok(())
    }

    /// Reads every question key of the ledger, with which of them have an outcome, once an
    /// import's first chunk is full, when the ledger holds at most `PRELOAD_QUESTIONS`: from
    /// then on a key the cache lacks is absent, and no chunk asks the server (the look-ups
    /// were 2.3 s of a 1M import's server time at load 5, 61 queries of up to 16,384 keys).
    /// A larger ledger is asked per chunk, as before.
    fn preload_questions(&mut self) -> Result<()> {
        let what = "reading the question keys";
        let few: bool = self
            .tx
            .query_typed_one(
                "SELECT count(*) <= $1::bigint FROM (SELECT 1 FROM questions LIMIT $1::bigint + 1) q",
                &[p(&PRELOAD_QUESTIONS)],
            )
            .map_err(pg(what))?
            .get(0);
        if few {
            for r in self
                .tx
                .query_typed(
                    "SELECT key, id, EXISTS (SELECT 1 FROM question_outcomes o WHERE o.question_id = q.id)
                     FROM questions q",
                    &[],
                )
                .map_err(pg(what))?
            {
                let (key, id, decided): (String, i64, bool) = (r.get(0), r.get(1), r.get(2));
                if decided {
                    if let Some(bulk) = &mut self.bulk {
                        bulk.decided.insert(id);
                    }
                }
                self.questions.insert(key, id);
            }
        }
        if let Some(bulk) = &mut self.bulk {
            bulk.complete = Some(few);
            bulk.absent.clear();
        }
        Ok(())
    }

    /// Whether question `key` exists (asked of the ledger when not known here).
    fn question_known(&mut self, key: &str) -> Result<bool> {
        if self.questions.contains_key(key) {
            return Ok(true);
        }
        if self
            .bulk
            .as_ref()
            .is_some_and(|b| b.complete == Some(true) || b.absent.contains(key))
        {
            return Ok(false);
        }
        Ok(question_id(&mut *self.tx, key)?.is_some())
    }

    /// A new question in this import: the next id, a row in the COPY stream, and its body
    /// in the batch's digests.
    fn stage_question(&mut self, key: &str, out: &mut String) -> Result<i64> {
        let Some(bulk) = &mut self.bulk else {
            return Err(Error::Other("no import batch was started".into()));
        };
        let id = bulk.next_question;
        bulk.next_question += 1;
        bulk.absent.remove(key);
        self.markets.opened(id);
        int(out, Some(id), '\t');
        field(out, Some(key), '\t');
        field(out, Some(&self.now), '\n');
        let body = QuestionText {
            created_at: &self.now,
            id,
            key,
        }
        .text();
        bulk.batch.add("question", id, &body)?;
        self.questions.insert(key.to_string(), id);
        Ok(id)
    }

    /// Where a staged row goes, as SQLite's `log_forecast` decides it inside a batch: its
    /// source (created if new) and its question (the one named, or its claim's slug,
    /// numbered when taken; staged if new, its row in `questions`).
    fn place(&mut self, f: &NewForecast, questions: &mut String) -> Result<Placed> {
        let source_id = self.ensure_source(&f.source)?;
        let (question_id, question_key) = match &f.question {
            Some(key) => {
                // In NFC, or the key stored before keys were (`forecasts::logged_key`).
                let key = self.logged_key(key)?;
                match self.questions.get(&key).copied() {
                    Some(id) => (id, key),
                    None if self.question_known(&key)? => {
                        let id = question_id(&mut *self.tx, &key)?
                            .ok_or_else(|| Error::Other(format!("question `{key}` vanished")))?;
                        self.questions.insert(key.clone(), id);
                        (id, key)
                    }
                    None => (self.stage_question(&key, questions)?, key),
                }
            }
            None => {
                let slug = slug(&f.claim);
                let mut numbered = std::mem::take(&mut self.numbered);
                let key = own_key(&slug, &mut numbered, |key| self.question_known(key));
                self.numbered = numbered;
                let key = key?;
                (self.stage_question(&key, questions)?, key)
            }
        };
        Ok(Placed {
            source_id,
            question_id,
            question_key,
        })
    }

    /// Records an import of `rows` rows from a file with this digest; refuses a digest seen
    /// before. Ends the batch: its one journal entry holds the digests of every row.
    pub fn record_import(&mut self, sha256: &str, name: &str, rows: u64) -> Result<()> {
        self.write_staged()?;
        self.send_unsent()?;
        let before = self
            .tx
            .query_typed_opt(
                "SELECT name, imported_at FROM imports WHERE sha256 = $1",
                &[p(&sha256)],
            )
            .map_err(pg("reading imports"))?;
        if let Some(r) = before {
            return Err(already_imported(name, r.get(0), r.get(1)));
        }
        self.build_deferred()?;
        let id = self.next_id("imports")?;
        self.tx
            .execute_typed(
                "INSERT INTO imports (id, sha256, name, rows, imported_at) VALUES ($1, $2, $3, $4, $5)",
                &[p(&id), p(&sha256), p(&name), p(&(rows as i64)), p(&self.now)],
            )
            .map_err(pg("recording the import"))?;
        let batch = self.bulk.take().map(|b| b.batch);
        let body = import_body(id, sha256, name, rows, &self.now, batch);
        self.append("import", id, &body.to_string())?;
        Ok(())
    }

    /// The first forecast from `first_new` on (an import of `new_rows` rows) that repeats a
    /// forecast logged before it, with that forecast's id (`repeated_sql`).
    pub fn repeated_forecast(
        &mut self,
        first_new: i64,
        new_rows: u64,
        count_annulled: bool,
    ) -> Result<Option<crate::store::Repeated>> {
        if first_new <= 1 {
            return Ok(None);
        }
        // Asked with the forecast's insert when this write logged it (`log_forecast`); an
        // annulled forecast comes last, so one named means no other is repeated.
        if let Some((id, old)) = self.ahead.repeat {
            if id == first_new && new_rows == 1 {
                return Ok(old
                    .filter(|&(_, annulled)| count_annulled || !annulled)
                    .map(|(r, _)| r));
            }
        }
        let sql = dialect(&crate::store::imports::repeated_sql(
            crate::store::dialect::Dialect::Postgres,
            first_new.unsigned_abs() - 1 <= new_rows,
            count_annulled,
        ));
        Ok(self
            .tx
            .query_typed_opt(&sql, &[p(&first_new)])
            .map_err(pg("checking the import for repeated forecasts"))?
            .map(|r| crate::store::Repeated {
                new: r.get(0),
                old: r.get(1),
                corrected_by: r.get(2),
            }))
    }

    /// `imports::CONTRADICTING_SQL`, on the rows `record_import` has sent.
    pub fn contradicting_rows(
        &mut self,
        first_new: i64,
        keep: usize,
    ) -> Result<(u64, Vec<crate::store::Contradiction>)> {
        let sql = dialect(crate::store::imports::CONTRADICTING_SQL);
        let rows = self
            .tx
            .query_typed(&sql, &[p(&first_new), p(&(keep as i64))])
            .map_err(pg("checking the import for markets resolved both ways"))?;
        let n = rows
            .first()
            .map_or(0, |r| r.get::<_, i64>(5).unsigned_abs());
        let kept = rows
            .iter()
            .map(|r| crate::store::Contradiction {
                id: r.get(0),
                first: r.get(1),
                key: r.get(2),
                deadline: r.get(3),
                first_happened: r.get(4),
            })
            .collect();
        Ok((n, kept))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fields written without the formatting machinery or the escape loop are what
    /// those write: integers at every width and sign, texts with and without each escape.
    #[test]
    fn fast_fields_are_the_escaped_and_formatted_ones() {
        for n in [
            0,
            1,
            -1,
            9,
            10,
            99,
            100,
            12_345,
            -987_654_321,
            i64::MAX,
            i64::MIN,
        ] {
            let mut out = String::new();
            int(&mut out, Some(n), '\t');
            assert_eq!(out, format!("{n}\t"));
        }
        let mut out = String::new();
        int(&mut out, None, '\n');
        assert_eq!(out, "\\N\n");
        let slow = |v: &str| {
            let mut out = String::new();
            for c in v.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    c => out.push(c),
                }
            }
            out.push('\t');
            out
        };
        for v in [
            "",
            "plain",
            "ünïcode — 𝄞",
            "a\\b",
            "tab\there",
            "new\nline",
            "cr\r",
            "\\N",
        ] {
            let mut out = String::new();
            field(&mut out, Some(v), '\t');
            assert_eq!(out, slow(v), "{v:?}");
        }
    }
}
