//! Logging forecasts (with their source, question and tags, created on first mention) and
//! reading them back for listings and `show`.

use super::bodies::{opt_str, str_at, ForecastFacts, QuestionText};
use super::cols::Cols;
use super::dialect::Dialect;
use super::held::{push, ForecastRow, ResolutionRow};
use super::kept::Counted;
use super::{SqliteStore, SqliteWriter};
use crate::error::{Error, Result};
use crate::model::names::name_key;
use crate::model::{
    Forecast, ForecastRef, NewForecast, Outcome, Resolution, Stance, Status, VoidReason,
};
use crate::time::iso;
use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde_json::json;

/// Which forecasts a listing shows, by status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    Open,
    Due,
    Resolved,
    Void,
    #[default]
    All,
}

/// The filters of `list`.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: StatusFilter,
    pub source: Option<String>,
    pub question: Option<String>,
}

/// The columns `forecast_from_row` reads, with `tags` the dialect's expression for the
/// forecast's tags as a JSON array in NOCASE order.
pub(super) fn forecast_columns(tags: &str) -> String {
    format!(
        "f.id, s.name, q.key, f.claim, f.probability, f.probability_basis,
    f.probability_low, f.probability_high, f.made_on, f.deadline, f.deadline_phrase, f.condition,
    f.stance, f.outcome, f.resolved_on, r.note, r.reason, f.article_id, f.created_at,
    {tags}, f.supersedes, f.superseded_by, f.correction_why, f.logged_late"
    )
}

/// How many columns `forecast_columns` has.
const FORECAST_COLUMN_COUNT: usize = 24;

/// Source and question names by id, as a listing meets them (questions forgotten when
/// there are many, to keep memory bounded). A listing that has met `READ_ALL_AFTER`
/// questions not yet cached reads every question key in one pass over `questions` instead:
/// forecasts on a question are spread over the ledger, so a long listing would otherwise
/// look up most questions one by one, each a walk down the table's B-tree to a page
/// nearby rows do not share (two thirds of a 200,000-row listing's time).
struct NameCache<'c> {
    conn: &'c Connection,
    sources: rustc_hash::FxHashMap<i64, String>,
    questions: rustc_hash::FxHashMap<i64, String>,
    misses: usize,
    all: Option<AllKeys>,
    source_stmt: rusqlite::CachedStatement<'c>,
    question_stmt: rusqlite::CachedStatement<'c>,
}

/// Question look-ups one by one before a listing reads every key at once.
pub(super) const READ_ALL_AFTER: usize = 4096;

/// Every question key by id. A key of up to 15 bytes sits in its id's 16-byte slot (its
/// length, then its bytes), so a look-up reads one cache line: rebuilding a million
/// forecasts' bodies looks up their keys in random order, and two dependent reads of memory
/// (a span, then the text) were a tenth of that thread's time. A longer key is found
/// through its span in one string of such keys (an empty span: no question with that id).
pub(super) struct AllKeys {
    slots: Vec<[u8; 16]>,
    text: String,
    spans: Vec<(u32, u32)>,
    /// A bit a question id, set when `key` has a key for it: 1/128 of the slots' size, so
    /// asking whether a question has a key stays in the CPU's cache.
    present: Vec<u64>,
}

/// A slot's first byte for a key too long for it.
const LONG_KEY: u8 = u8::MAX;

impl AllKeys {
    /// The keys of `questions`; `None` when ids are too sparse or the keys too long to
    /// index this way (only a hand-edited ledger has either).
    pub(super) fn read(conn: &Connection) -> Result<Option<AllKeys>> {
        let max: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM questions", [], |r| {
            r.get(0)
        })?;
        let Ok(len) = usize::try_from(max + 1) else {
            return Ok(None);
        };
        if len > 1 << 27 {
            return Ok(None);
        }
        let mut all = AllKeys {
            slots: vec![[0; 16]; len],
            text: String::new(),
            spans: Vec::new(),
            present: vec![0; len.div_ceil(64)],
        };
        let mut stmt = conn.prepare("SELECT id, key FROM questions")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (id, key): (i64, &str) = (r.get(0)?, str_at(r, 1)?);
            let Some(slot) = usize::try_from(id).ok().and_then(|i| all.slots.get_mut(i)) else {
                return Ok(None);
            };
            if key.is_empty() {
                // Read as no question, as an empty span always was (no writer stores one).
                continue;
            }
            if let Some(n) = u8::try_from(key.len()).ok().filter(|&n| n < 16) {
                slot[0] = n;
                slot[1..=key.len()].copy_from_slice(key.as_bytes());
                continue;
            }
            slot[0] = LONG_KEY;
            let start = all.text.len();
            all.text.push_str(key);
            let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(all.text.len())) else {
                return Ok(None);
            };
            let Ok(at) = u32::try_from(all.spans.len()) else {
                return Ok(None);
            };
            slot[1..5].copy_from_slice(&at.to_le_bytes());
            all.spans.push((start, end));
        }
        for (i, slot) in all.slots.iter().enumerate() {
            if slot[0] != 0 {
                all.present[i / 64] |= 1 << (i % 64);
            }
        }
        Ok(Some(all))
    }

    /// Whether `key(id)` is a key, without reading its slot.
    pub(super) fn has(&self, id: i64) -> bool {
        usize::try_from(id)
            .ok()
            .and_then(|i| self.present.get(i / 64).map(|w| w >> (i % 64) & 1 == 1))
            .unwrap_or(false)
    }

    pub(super) fn key(&self, id: i64) -> Option<&str> {
        let slot = self.slots.get(usize::try_from(id).ok()?)?;
        match slot[0] {
            0 => None,
            LONG_KEY => {
                let at = u32::from_le_bytes([slot[1], slot[2], slot[3], slot[4]]);
                let &(start, end) = self.spans.get(at as usize)?;
                self.text.get(start as usize..end as usize)
            }
            n => std::str::from_utf8(&slot[1..=usize::from(n)]).ok(),
        }
    }
}

impl<'c> NameCache<'c> {
    fn new(conn: &'c Connection) -> Result<Self> {
        Ok(NameCache {
            conn,
            sources: rustc_hash::FxHashMap::default(),
            questions: rustc_hash::FxHashMap::default(),
            misses: 0,
            all: None,
            source_stmt: conn.prepare_cached("SELECT name FROM sources WHERE id = ?1")?,
            question_stmt: conn.prepare_cached("SELECT key FROM questions WHERE id = ?1")?,
        })
    }

    /// The names of source `source` and question `question`, looked up once each.
    fn names(&mut self, source: i64, question: i64) -> Result<(&str, &str)> {
        use std::collections::hash_map::Entry;
        if self.misses == READ_ALL_AFTER {
            self.misses += 1;
            self.all = AllKeys::read(self.conn)?;
            if self.all.is_some() {
                self.questions.clear();
            }
        }
        let name = match self.sources.entry(source) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(self.source_stmt.query_row([source], |r| r.get(0))?),
        };
        if let Some(key) = self.all.as_ref().and_then(|all| all.key(question)) {
            return Ok((name, key));
        }
        if self.questions.len() >= 100_000 && !self.questions.contains_key(&question) {
            self.questions.clear();
        }
        let key = match self.questions.entry(question) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                self.misses += 1;
                e.insert(self.question_stmt.query_row([question], |r| r.get(0))?)
            }
        };
        Ok((name, key))
    }
}

const TAGS_JSON: &str = "(SELECT json_group_array(tag) FROM (SELECT tag FROM forecast_tags t WHERE t.forecast_id = f.id ORDER BY tag))";

pub(super) const FORECAST_FROM: &str = "FROM forecasts f
    JOIN sources s ON s.id = f.source_id
    JOIN questions q ON q.id = f.question_id
    LEFT JOIN resolutions r ON r.id = f.resolution_id";

/// The query of `list` (`?N` placeholders) and its arguments: the current forecasts
/// `filter` selects, by id. `source` is the stored spelling of the filter's source name.
pub(super) fn list_query(
    filter: &ListFilter,
    today: NaiveDate,
    source: Option<String>,
    tags: &str,
) -> (String, Vec<String>) {
    let (condition, args) = list_condition(filter, today, source);
    (
        format!(
            "SELECT {} {FORECAST_FROM} WHERE {condition} ORDER BY f.id",
            forecast_columns(tags)
        ),
        args,
    )
}

/// The WHERE condition of `list_query` over `FORECAST_FROM`, and its arguments.
pub(super) fn list_condition(
    filter: &ListFilter,
    today: NaiveDate,
    source: Option<String>,
) -> (String, Vec<String>) {
    let mut sql = String::from("f.superseded_by IS NULL");
    let mut args: Vec<String> = Vec::new();
    match filter.status {
        StatusFilter::Open => {
            args.push(today.to_string());
            sql.push_str(&format!(
                " AND f.outcome IS NULL AND f.deadline >= ?{}",
                args.len()
            ));
        }
        StatusFilter::Due => {
            args.push(today.to_string());
            sql.push_str(&format!(
                " AND f.outcome IS NULL AND f.deadline < ?{}",
                args.len()
            ));
        }
        StatusFilter::Resolved => sql.push_str(" AND f.outcome IN ('true', 'false')"),
        StatusFilter::Void => sql.push_str(" AND f.outcome = 'void'"),
        StatusFilter::All => {}
    }
    if let Some(stored) = source {
        args.push(stored);
        sql.push_str(&format!(" AND s.name = ?{}", args.len()));
    }
    if let Some(key) = &filter.question {
        args.push(key.clone());
        sql.push_str(&format!(" AND q.key = ?{}", args.len()));
    }
    (sql, args)
}

/// The query of `history` (`?1` the forecast id).
pub(super) const HISTORY_SQL: &str =
    "SELECT r.outcome, r.resolved_on, r.note, r.reason, qo.event, qo.date, r.recorded_at,
            coalesce((SELECT j.author FROM journal j WHERE j.kind = 'resolution' AND j.entity_id = r.id),
                     (SELECT j.author FROM journal j WHERE j.kind = 'question_outcome' AND j.entity_id = r.question_outcome_id))
     FROM resolutions r LEFT JOIN question_outcomes qo ON qo.id = r.question_outcome_id
     WHERE r.forecast_id = ?1 ORDER BY r.id";

/// The query of `article` (`?1` the article id).
pub(super) const ARTICLE_SQL: &str = "SELECT a.id, s.name, a.published, a.title, a.url, a.sha256
     FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?1";

/// The query of `logged_by` (`?1` the forecast id).
pub(super) const LOGGED_BY_SQL: &str =
    "SELECT author FROM journal WHERE kind = 'forecast' AND entity_id = ?1";

impl SqliteWriter<'_> {
    /// The id of the source named `name` (case-insensitive), created if new.
    pub fn ensure_source(&mut self, name: &str) -> Result<i64> {
        // The same spelling again (an import's usual case) skips folding it.
        if let Some(id) = self.sources_given.get(name) {
            return Ok(*id);
        }
        let id = self.ensure_source_folded(name)?;
        self.sources_given.insert(name.to_string(), id);
        Ok(id)
    }

    fn ensure_source_folded(&mut self, name: &str) -> Result<i64> {
        let name = &*crate::model::names::canonical(name);
        let key = name_key(name);
        if let Some(id) = self.sources.get(&key) {
            return Ok(*id);
        }
        if let Some((id, _)) = source_named(&self.tx, name)? {
            self.sources.insert(key, id);
            return Ok(id);
        }
        crate::model::names::check_new_source(name)?;
        self.tx
            .prepare_cached("INSERT INTO sources (name, created_at) VALUES (?1, ?2)")?
            .execute(params![name, self.now])?;
        let id = self.tx.last_insert_rowid();
        self.sources.insert(key, id);
        let body = json!({"id": id, "name": name, "created_at": self.now});
        self.journal("source", id, &body)?;
        Ok(id)
    }

    /// The id of the question with `key`, created if new.
    pub fn ensure_question(&mut self, key: &str) -> Result<i64> {
        if let Some(id) = self.questions.get(key) {
            return Ok(*id);
        }
        // Insert first: an import meets mostly new keys, so this is one statement, not two.
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT INTO questions (key, created_at) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
            )?
            .execute(params![key, self.now])?;
        let id = if inserted == 1 {
            let id = self.tx.last_insert_rowid();
            self.journal_question(id, key)?;
            self.markets.opened(id);
            id
        } else {
            question_id(&self.tx, key)?
                .ok_or_else(|| Error::Other(format!("question `{key}` vanished")))?
        };
        self.questions.insert(key.to_string(), id);
        Ok(id)
    }

    fn journal_question(&mut self, id: i64, key: &str) -> Result<()> {
        let body = QuestionText {
            created_at: &self.now,
            id,
            key,
        }
        .text();
        self.journal_text("question", id, body)
    }

    fn insert_question(&mut self, key: &str) -> Result<i64> {
        self.tx
            .prepare_cached("INSERT INTO questions (key, created_at) VALUES (?1, ?2)")?
            .execute(params![key, self.now])?;
        let id = self.tx.last_insert_rowid();
        self.journal_question(id, key)?;
        self.markets.opened(id);
        Ok(id)
    }

    /// A new question of its own for a forecast logged without one, keyed by a slug of
    /// its claim (`fed-cuts-rates-by-june`), numbered where taken (`own_key`).
    fn own_question(&mut self, claim: &str) -> Result<(i64, String)> {
        let slug = slug(claim);
        let tx = &self.tx;
        let key = own_key(&slug, &mut self.numbered, |key| {
            Ok(question_id(tx, key)?.is_some())
        })?;
        Ok((self.insert_question(&key)?, key))
    }

    /// Logs one forecast and returns its id.
    pub fn insert_forecast(&mut self, f: &NewForecast) -> Result<i64> {
        self.log_forecast(f, None, false)
    }

    /// Logs one forecast, resolved at once when `resolved` is given, and returns its id.
    /// In an import batch (see `begin_import_batch`) the forecast row is written with its
    /// outcome, after its resolution row (foreign keys are checked at commit), instead of
    /// being updated; outside one the resolution follows as it would by hand.
    pub fn import_forecast(
        &mut self,
        f: &NewForecast,
        resolved: Option<&Resolved<'_>>,
    ) -> Result<i64> {
        if self.bulk.is_some() {
            return self.log_forecast(f, resolved, resolved.is_some());
        }
        let id = self.log_forecast(f, None, resolved.is_some())?;
        if let Some(r) = resolved {
            crate::store::resolutions::insert_resolution(
                self,
                &crate::store::resolutions::NewResolution::imported(id, r),
            )?;
        }
        Ok(id)
    }

    /// `outcome_known`: the forecast's outcome is recorded with it (an imported resolved
    /// record), which makes it late.
    fn log_forecast(
        &mut self,
        f: &NewForecast,
        resolved: Option<&Resolved<'_>>,
        outcome_known: bool,
    ) -> Result<i64> {
        f.validate()?;
        self.defer_indexes_if_large()?;
        let source_id = self.ensure_source(&f.source)?;
        let (question_id, question_key) = match &f.question {
            Some(key) => {
                let tx = &self.tx;
                let key = logged_key(key, &mut self.legacy_keys, || {
                    let mut stmt = tx.prepare_cached(NON_ASCII_KEYS_SQL)?;
                    let rows = stmt.query_map([], |r| r.get::<_, String>(1))?;
                    Ok(rows.collect::<rusqlite::Result<_>>()?)
                })?;
                (self.ensure_question(&key)?, key)
            }
            None => self.own_question(&f.claim)?,
        };
        if let Some(article) = f.article {
            let known: Option<i64> = self
                .tx
                .prepare_cached("SELECT id FROM articles WHERE id = ?1")?
                .query_row([article], |r| r.get(0))
                .optional()?;
            if known.is_none() {
                return Err(Error::ArticleNotFound {
                    id: article.to_string(),
                });
            }
        }
        let (low, high) = match f.basis.range() {
            Some((l, h)) => (Some(l), Some(h)),
            None => (None, None),
        };
        let basis = f.basis.label();
        let (made_on, deadline) = (iso(f.made_on), iso(f.deadline));
        // Ids are given explicitly in a batch, so the resolution row can name its forecast
        // before the forecast row (which names the resolution) exists.
        debug_assert!(
            resolved.is_none() || self.bulk.is_some(),
            "inline resolutions need a batch"
        );
        let (id, resolution) = match &mut self.bulk {
            Some(bulk) => {
                bulk.next_forecast += 1;
                let resolution = resolved.map(|r| {
                    bulk.next_resolution += 1;
                    (bulk.next_resolution - 1, r)
                });
                (Some(bulk.next_forecast - 1), resolution)
            }
            None => (None, None),
        };
        let resolved_on = resolution.map(|(_, r)| iso(r.on));
        let late = outcome_known
            || self.logged_after(&deadline)
            || {
                self.tx
                    .prepare_cached(
                        "SELECT 1 FROM question_outcomes WHERE question_id = ?1 LIMIT 1",
                    )?
                    .query_row([question_id], |_| Ok(()))
                    .optional()?
                    .is_some()
            }
            || {
                let before = self.bulk.as_ref().map_or(i64::MAX, |b| b.first_forecast);
                let tx = &self.tx;
                self.markets.resolved(question_id, &deadline, |q, d| {
                    Ok(tx
                        .prepare_cached(&market_resolved_sql(Dialect::Sqlite))?
                        .query_row(params![q, d, before], |_| Ok(()))
                        .optional()?
                        .is_some())
                })?
            };
        let tags = tidy_tags(&f.tags);
        let id = match (&mut self.bulk, id) {
            (Some(bulk), Some(fid)) => {
                // Held back and written many rows to a statement (`held.rs`).
                let held = &mut bulk.held;
                if let (Some((rid, r)), Some(on)) = (resolution, &resolved_on) {
                    let text = held.resolution_text();
                    let row = ResolutionRow {
                        id: rid,
                        forecast_id: fid,
                        outcome: r.outcome.as_str(),
                        resolved_on: push(text, on),
                        note: r.note.map(|n| push(text, n)),
                        reason: r.reason.map(VoidReason::as_str),
                    };
                    held.resolution(&self.tx, &self.now, row)?;
                }
                let text = held.forecast_text();
                let row = ForecastRow {
                    id: fid,
                    source_id,
                    question_id,
                    article_id: f.article,
                    claim: push(text, &f.claim),
                    probability: f.probability.value(),
                    basis: push(text, &basis),
                    low,
                    high,
                    made_on: push(text, &made_on),
                    deadline: push(text, &deadline),
                    deadline_phrase: f.deadline_phrase.as_deref().map(|p| push(text, p)),
                    condition: f.condition.as_deref().map(|c| push(text, c)),
                    stance: f.stance.as_str(),
                    outcome: resolution.map(|(_, r)| r.outcome.as_str()),
                    resolved_on: resolved_on.as_deref().map(|on| push(text, on)),
                    resolution_id: resolution.map(|(rid, _)| rid),
                    late,
                };
                held.forecast(&self.tx, &self.now, row)?;
                for tag in &tags {
                    held.tag(&self.tx, fid, tag)?;
                }
                fid
            }
            _ => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO forecasts (id, source_id, question_id, article_id, claim, probability,
                            probability_basis, probability_low, probability_high, made_on, deadline,
                            deadline_phrase, condition, stance, created_at, outcome, resolved_on, resolution_id,
                            logged_late)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, NULL, NULL, NULL, ?16)",
                    )?
                    .execute(params![
                        id,
                        source_id,
                        question_id,
                        f.article,
                        f.claim,
                        f.probability.value(),
                        basis,
                        low,
                        high,
                        made_on,
                        deadline,
                        f.deadline_phrase,
                        f.condition,
                        f.stance.as_str(),
                        self.now,
                        late,
                    ])?;
                let id = self.tx.last_insert_rowid();
                for tag in &tags {
                    self.tx
                        .prepare_cached(
                            "INSERT INTO forecast_tags (forecast_id, tag) VALUES (?1, ?2)",
                        )?
                        .execute(params![id, tag])?;
                }
                id
            }
        };
        self.count_logged(Counted {
            source_id,
            probability: f.probability.value(),
            outcome: resolution.map(|(_, r)| r.outcome),
            corrected: false,
            amended: false,
            late,
            horizon: (f.deadline - f.made_on).num_days(),
        })?;
        let facts = ForecastFacts::logged(f, id, source_id, question_key, tags, &self.now, late);
        self.journal_text("forecast", id, facts.body_text())?;
        if let Some((rid, r)) = resolution {
            let body = super::resolutions::resolution_body(
                &super::resolutions::NewResolution::imported(id, r),
                rid,
                &self.now,
            );
            self.journal_text("resolution", rid, body)?;
        }
        Ok(id)
    }
}

/// A forecast's tags as they are stored: each in `names::tag_canonical`'s spelling (NFC,
/// trimmed, white space squeezed), none empty, one of each as `names::tag_key` compares
/// them (full Unicode case folding: `Été` and `été` are one, the first given kept), in
/// `sort_tags`'s order.
pub(crate) fn tidy_tags(tags: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut tags: Vec<String> = tags
        .iter()
        .map(|t| crate::model::names::tag_canonical(t).into_owned())
        .filter(|t| !t.is_empty() && seen.insert(crate::model::names::tag_key(t)))
        .collect();
    sort_tags(&mut tags);
    tags
}

/// The order SQLite's NOCASE collation gives tags (`ORDER BY tag`), so journal bodies list
/// them the same way on every backend: bytes compared with ASCII letters folded.
pub(crate) fn sort_tags(tags: &mut [String]) {
    tags.sort_by_key(|t| t.to_ascii_lowercase());
}

/// The sources a name could match by full case folding that SQLite's NOCASE (ASCII only)
/// did not: every source for a name beyond ASCII, else only the names beyond ASCII (a
/// name's length in characters and in bytes differ exactly then), which are few.
pub(crate) fn fold_candidates_sql(name_is_ascii: bool) -> &'static str {
    if name_is_ascii {
        "SELECT id, name FROM sources WHERE length(name) <> octet_length(name) ORDER BY id"
    } else {
        "SELECT id, name FROM sources ORDER BY id"
    }
}

/// The source called `name`, case-insensitively in the Unicode sense: SQLite's NOCASE
/// index finds ASCII variants at once; otherwise the names that could still match are
/// compared folded (`fold_candidates_sql`; only when a name is new, so the scan is rare).
pub(crate) fn source_named(conn: &Connection, name: &str) -> Result<Option<(i64, String)>> {
    let name = &*crate::model::names::canonical(name);
    let found = conn
        .prepare_cached("SELECT id, name FROM sources WHERE name = ?1")?
        .query_row([name], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if found.is_some() {
        return Ok(found);
    }
    let key = name_key(name);
    let mut stmt = conn.prepare_cached(fold_candidates_sql(name.is_ascii()))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let other: String = r.get(1)?;
        if name_key(&other) == key {
            return Ok(Some((r.get(0)?, other)));
        }
    }
    Ok(None)
}

/// Whether a current forecast of the market (question `?1`, deadline `?2`) with an id
/// below `?3` (logged before this write) is resolved `true` or `false`: an outcome for the
/// market already in the ledger by hand resolutions, which makes a forecast logged on it
/// late (see `Markets`).
pub(crate) fn market_resolved_sql(d: Dialect) -> String {
    d.sql(
        "SELECT 1 FROM forecasts WHERE question_id = ?1 AND deadline = ?2
           AND outcome IN ('true', 'false') AND superseded_by IS NULL AND id < ?3 LIMIT 1",
    )
}

/// The first current forecast of the market (question `?1`, deadline `?2`) other than
/// forecast `?3` that is resolved `true` or `false`: (id, outcome, stance). What `correct`
/// reads to refuse a new probability or deadline once the market's outcome is in the ledger
/// by a hand resolution (audit 17, A1), as `Markets` makes a forecast logged there late.
pub(crate) fn market_resolution_sql(d: Dialect) -> String {
    d.sql(
        "SELECT id, outcome, stance FROM forecasts WHERE question_id = ?1 AND deadline = ?2
           AND outcome IN ('true', 'false') AND superseded_by IS NULL AND id <> ?3
         ORDER BY id LIMIT 1",
    )
}

/// Which markets (question and deadline) already hold an outcome through hand resolutions,
/// as one write looks them up for the forecasts it logs (audit 15, A2). DESIGN.md's
/// "Hindsight is counted": a forecast logged after an outcome for it was already in the
/// ledger is `logged_late`. A recorded question outcome is one such outcome; so is a
/// current forecast on the same question and deadline resolved `true` or `false` (by hand,
/// by an outcomes file or an import), whichever its stance (either way the ledger says
/// whether the event happened by that deadline). A `void` says nothing about the event and
/// does not count. Only what was in the ledger before this write counts: an import's own
/// resolved rows do not make its other rows late (they are logged at the same instant).
/// A resolution already in the ledger was recorded before the forecast now logged (journal
/// times never go backwards), whatever date it bears.
///
/// Each market is asked once a write (an import meets the same ones again and again), and
/// a question this write opened has no earlier forecasts, so it is never asked.
#[derive(Debug, Default)]
pub(crate) struct Markets {
    known: rustc_hash::FxHashMap<(i64, String), bool>,
    opened: rustc_hash::FxHashSet<i64>,
    /// With `by_range`: the lowest question id opened in this write.
    opened_from: Option<i64>,
    /// Every question id from the first one this write opened on was opened by it, so
    /// none is kept (SQLite: the write holds the ledger's lock, questions are never
    /// deleted, and a new row's id is one more than the largest; a set of them was 38 MB
    /// at 2 million questions, issue 17). Not on PostgreSQL, where another writer's new
    /// question may take an id between two of this write's.
    by_range: bool,
}

impl Markets {
    /// Markets of a write whose new questions' ids are all above every id before it.
    pub(crate) fn by_range() -> Self {
        Markets {
            by_range: true,
            ..Markets::default()
        }
    }

    /// Question `id` was opened in this write.
    pub(crate) fn opened(&mut self, id: i64) {
        if self.by_range {
            self.opened_from = Some(self.opened_from.map_or(id, |from| from.min(id)));
        } else {
            self.opened.insert(id);
        }
    }

    fn was_opened(&self, id: i64) -> bool {
        if self.by_range {
            self.opened_from.is_some_and(|from| id >= from)
        } else {
            self.opened.contains(&id)
        }
    }

    /// Whether market (`question`, `deadline`) already held a true/false outcome, asking
    /// `ask(question, deadline)` the first time.
    pub(crate) fn resolved(
        &mut self,
        question: i64,
        deadline: &str,
        ask: impl FnOnce(i64, &str) -> Result<bool>,
    ) -> Result<bool> {
        if self.was_opened(question) {
            return Ok(false);
        }
        let key = (question, deadline.to_string());
        if let Some(&known) = self.known.get(&key) {
            return Ok(known);
        }
        let found = ask(question, deadline)?;
        self.known.insert(key, found);
        Ok(found)
    }

    /// Whether market (`question`, `deadline`) must still be asked (`resolved` would ask).
    pub(crate) fn unknown(&self, question: i64, deadline: &str) -> bool {
        !self.was_opened(question) && !self.known.contains_key(&(question, deadline.to_string()))
    }

    /// Records what the ledger said of market (`question`, `deadline`).
    pub(crate) fn set(&mut self, question: i64, deadline: String, resolved: bool) {
        self.known.insert((question, deadline), resolved);
    }

    /// Forgets the markets looked up once there are more than `keep` (only a cache).
    pub(crate) fn trim(&mut self, keep: usize) {
        if self.known.len() > keep {
            self.known.clear();
        }
    }
}

impl SqliteWriter<'_> {
    /// Whether this write's wall-clock day (UTC) is after `deadline` (`YYYY-MM-DD`).
    pub(super) fn logged_after(&self, deadline: &str) -> bool {
        day_after(&self.now, deadline)
    }
}

/// Whether the instant `now` falls after the day `deadline` (`YYYY-MM-DD`) in the local
/// time zone (`TZ`), the zone whose calendar "today" is read in: a forecast due today and
/// logged at 4 pm in Los Angeles (midnight UTC) is logged on its deadline, not after it.
pub(crate) fn day_after(now: &str, deadline: &str) -> bool {
    day_after_in(now, deadline, &chrono::Local)
}

/// `day_after` in `zone`.
pub(crate) fn day_after_in<Tz: chrono::TimeZone>(now: &str, deadline: &str, zone: &Tz) -> bool {
    crate::time::parse_timestamp(now)
        .is_some_and(|t| iso(t.with_timezone(zone).date_naive()).as_str() > deadline)
}

impl ForecastFacts {
    /// The facts of `f` as logged now with `id` (its tags already `tidy_tags`).
    pub(crate) fn logged(
        f: &NewForecast,
        id: i64,
        source_id: i64,
        question: String,
        tags: Vec<String>,
        now: &str,
        late: bool,
    ) -> ForecastFacts {
        let (probability_low, probability_high) = match f.basis.range() {
            Some((l, h)) => (Some(l), Some(h)),
            None => (None, None),
        };
        ForecastFacts {
            id,
            source_id,
            question,
            article: f.article,
            claim: f.claim.clone(),
            probability: f.probability.value(),
            probability_basis: f.basis.label(),
            probability_low,
            probability_high,
            made_on: iso(f.made_on),
            deadline: iso(f.deadline),
            deadline_phrase: f.deadline_phrase.clone(),
            condition: f.condition.clone(),
            stance: f.stance.as_str().to_string(),
            tags,
            created_at: now.to_string(),
            supersedes: None,
            why: None,
            logged_late: late,
        }
    }
}

/// A resolution recorded with the forecast it resolves (an imported row with an outcome).
#[derive(Debug, Clone, Copy)]
pub struct Resolved<'a> {
    pub outcome: Outcome,
    pub on: NaiveDate,
    pub note: Option<&'a str>,
    pub reason: Option<VoidReason>,
}

/// A short readable key from a claim: its first words as "the same claim" compares them
/// (`casefold::claim_words`: NFC, case folded), joined by dashes, at most 40 bytes. The same
/// claim in NFC and NFD gets one key (audit 26, item 13: `le-café-rouge` and `le-cafe-rouge`);
/// keys already stored are never rewritten, and an ASCII claim that fits is keyed as before.
/// A claim too long to fit leaves out its articles and possessives (`its`, `their`) and never ends its key on a word that
/// leads into what was cut: "Rents will rise in Lisbon by the end of the year" is
/// `rents-will-rise-in-lisbon-by-end-of-year`, where it was `...-by-the-end-of`.
pub(crate) fn slug(claim: &str) -> String {
    const MAX: usize = 40;
    let words = crate::model::casefold::claim_words(claim);
    let whole = words.iter().map(|w| w.len() + 1).sum::<usize>();
    if whole <= MAX + 1 {
        return if words.is_empty() {
            "question".to_string()
        } else {
            words.join("-")
        };
    }
    const ARTICLES: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our"];
    // Words that lead into the next one: a key ending on one was cut mid-phrase.
    const LEADING: &[&str] = &[
        "the",
        "a",
        "an",
        "of",
        "by",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "and",
        "or",
        "than",
        "as",
        "into",
        "over",
        "under",
        "before",
        "after",
        "until",
        "its",
        "their",
        "his",
        "her",
        "our",
        "will",
        "would",
        "be",
        "is",
        "are",
        "not",
        "no",
        "this",
        "that",
        "more",
        "less",
        "about",
        "above",
        "below",
        "between",
        "end",
        "start",
        "beginning",
        "middle",
        "through",
        "throughout",
        "within",
        "around",
        "during",
        "since",
        "against",
        "toward",
        "towards",
        "via",
        "per",
        "amid",
        "least",
        "most",
    ];
    let kept: Vec<&String> = words
        .iter()
        .filter(|w| !ARTICLES.contains(&w.as_str()))
        .collect();
    let kept = if kept.is_empty() {
        words.iter().collect()
    } else {
        kept
    };
    let mut taken: Vec<&str> = Vec::new();
    let mut len = 0;
    for word in &kept {
        let add = word.len() + usize::from(!taken.is_empty());
        if !taken.is_empty() && len + add > MAX {
            break;
        }
        taken.push(word.as_str());
        len += add;
        if len >= MAX {
            break;
        }
    }
    while taken.len() > 1 && taken.last().is_some_and(|w| LEADING.contains(w)) {
        taken.pop();
    }
    let mut out = taken.join("-");
    if out.len() > MAX {
        // One word longer than the key: its first 40 characters.
        out.truncate(out.char_indices().nth(MAX).map_or(out.len(), |(i, _)| i));
    }
    out
}

/// The key of a new question of its own for a claim whose slug is `slug`: the slug, else
/// `slug-2`, `slug-3`, ..., the first that `taken` says no question has (audit 26: the
/// number was the next question id, so `oil-above-90-by-june` was followed by
/// `oil-above-90-by-june-3` or `-17`). `from` remembers, by slug, the first number not
/// yet known taken in this write, so an import of one claim many times does not ask for
/// every key again (cleared with the writer's question cache); the caller creates the key
/// returned before asking again. Both
/// backends call this, so they give the same keys.
pub(crate) fn own_key(
    slug: &str,
    from: &mut rustc_hash::FxHashMap<String, u64>,
    mut taken: impl FnMut(&str) -> Result<bool>,
) -> Result<String> {
    let mut n = from.get(slug).copied().unwrap_or(1);
    loop {
        let key = numbered_key(slug, n);
        if !taken(&key)? {
            // Only numbered slugs are remembered: a claim met once costs nothing here.
            if n > 1 {
                from.insert(slug.to_string(), n + 1);
            }
            return Ok(key);
        }
        n += 1;
    }
}

/// The `n`th key of a slug: the slug itself for 1, else `slug-n`.
pub(crate) fn numbered_key(slug: &str, n: u64) -> String {
    if n <= 1 {
        slug.to_string()
    } else {
        format!("{slug}-{n}")
    }
}

/// The id of the question `key` names: the key as given, else its NFC form, else (a key
/// stored before keys were put in NFC, audit 18 A17) the first key beyond ASCII whose NFC
/// form is `key`'s (`names::key_canonical`).
pub(crate) fn question_id(conn: &Connection, key: &str) -> Result<Option<i64>> {
    let mut exact = conn.prepare_cached("SELECT id FROM questions WHERE key = ?1")?;
    let found: Option<i64> = exact.query_row([key], |r| r.get(0)).optional()?;
    if found.is_some() || key.is_ascii() {
        return Ok(found);
    }
    let nfc = crate::model::names::key_canonical(key);
    if let Some(id) = exact.query_row([&*nfc], |r| r.get(0)).optional()? {
        return Ok(Some(id));
    }
    let mut stmt = conn.prepare_cached(NON_ASCII_KEYS_SQL)?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (id, k) = row?;
        if crate::model::names::key_canonical(&k) == nfc {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// The question keys beyond ASCII (id, key), in id order: where a key stored before keys
/// were put in NFC can be.
pub(crate) const NON_ASCII_KEYS_SQL: &str =
    "SELECT id, key FROM questions WHERE length(key) <> octet_length(key) ORDER BY id";

/// Of `keys` (id order, as `NON_ASCII_KEYS_SQL` reads them), those stored in another form
/// than NFC whose NFC form is no key itself, by that NFC form (the first of each): the key
/// a new forecast naming the NFC form joins (`legacy_key`).
pub(crate) fn legacy_keys(keys: Vec<String>) -> rustc_hash::FxHashMap<String, String> {
    let stored: std::collections::HashSet<&str> = keys.iter().map(String::as_str).collect();
    let mut out = rustc_hash::FxHashMap::default();
    for k in &keys {
        let nfc = crate::model::names::key_canonical(k);
        if nfc != k.as_str() && !stored.contains(&*nfc) {
            out.entry(nfc.into_owned()).or_insert_with(|| k.clone());
        }
    }
    out
}

/// The key a forecast naming question `key` is logged under: its NFC form, or the key
/// stored before keys were put in NFC that has that form (`legacy`, loaded once a write by
/// `load` when a key beyond ASCII is met), so the forecast joins that question.
pub(crate) fn logged_key(
    key: &str,
    legacy: &mut Option<rustc_hash::FxHashMap<String, String>>,
    load: impl FnOnce() -> Result<Vec<String>>,
) -> Result<String> {
    let nfc = crate::model::names::key_canonical(key);
    if nfc.is_ascii() {
        return Ok(nfc.into_owned());
    }
    if legacy.is_none() {
        *legacy = Some(legacy_keys(load()?));
    }
    Ok(legacy
        .as_ref()
        .and_then(|m| m.get(&*nfc).cloned())
        .unwrap_or_else(|| nfc.into_owned()))
}

fn read_date(row: &impl Cols, i: usize) -> Result<NaiveDate> {
    stored_date_of(&row.text(i)?)
}

/// A date as stored: the stored form first, by hand (chrono's parser was a twentieth of a
/// listing's time).
fn stored_date_of(text: &str) -> Result<NaiveDate> {
    if let Ok(date) = crate::time::parse_date(text) {
        return Ok(date);
    }
    text.parse()
        .map_err(|_| Error::Other(format!("a stored date `{text}` is not YYYY-MM-DD")))
}

/// Date column `i` of a listing's row, read without copying its text.
fn stored_date(r: &rusqlite::Row<'_>, i: usize) -> Result<NaiveDate> {
    stored_date_of(str_at(r, i)?)
}

/// The place of a listing in an id-ordered `(forecast_id, tag)` query read beside it (as
/// `bodies::merge_tags` walks one), keeping the tag of a later forecast read ahead in a
/// string that is reused, not dropped.
#[derive(Default)]
struct TagCursor {
    /// The forecast of the tag read ahead, if one is.
    ahead: Option<i64>,
    tag: String,
}

impl TagCursor {
    /// Puts the tags of forecast `id` in `out[..*count]`, skipping those of ids the listing
    /// left out; the strings of `out` are swapped in and out, not allocated.
    fn merge(
        &mut self,
        tags: &mut rusqlite::Rows<'_>,
        id: i64,
        out: &mut Vec<String>,
        count: &mut usize,
    ) -> Result<()> {
        loop {
            let of = match self.ahead {
                Some(of) => of,
                None => match tags.next()? {
                    Some(t) => {
                        let of: i64 = t.get(0)?;
                        self.tag.clear();
                        self.tag.push_str(str_at(t, 1)?);
                        self.ahead = Some(of);
                        of
                    }
                    None => return Ok(()),
                },
            };
            if of > id {
                return Ok(());
            }
            self.ahead = None;
            if of == id {
                if *count == out.len() {
                    out.push(String::new());
                }
                std::mem::swap(&mut out[*count], &mut self.tag);
                *count += 1;
            }
        }
    }
}

/// How much of the ledger file a listing maps into memory (SQLite's mmap).
const LIST_MMAP: i64 = 256 << 20;

fn read_opt_date(row: &impl Cols, i: usize) -> Result<Option<NaiveDate>> {
    match row.opt_text(i)? {
        None => Ok(None),
        Some(_) => read_date(row, i).map(Some),
    }
}

pub(super) fn parse_outcome(text: Option<String>) -> Option<Outcome> {
    match text.as_deref() {
        Some("true") => Some(Outcome::True),
        Some("false") => Some(Outcome::False),
        Some("void") => Some(Outcome::Void),
        _ => None,
    }
}

/// A forecast from a row of `forecast_columns`, with its status on `today`.
pub(super) fn forecast_from_row(row: &impl Cols, today: NaiveDate) -> Result<Forecast> {
    let deadline = read_date(row, 9)?;
    let outcome = parse_outcome(row.opt_text(13)?);
    let stance = row.text(12)?;
    let tags = row.opt_text(19)?;
    Ok(Forecast {
        id: row.int(0)?,
        source: row.text(1)?,
        question: row.text(2)?,
        claim: row.text(3)?,
        probability: row.real(4)?,
        probability_basis: row.text(5)?,
        probability_low: row.opt_real(6)?,
        probability_high: row.opt_real(7)?,
        made_on: read_date(row, 8)?,
        deadline,
        deadline_phrase: row.opt_text(10)?,
        condition: row.opt_text(11)?,
        stance: if stance == "against" {
            Stance::Against
        } else {
            Stance::For
        },
        status: Status::of(outcome, deadline, today),
        outcome,
        resolved_on: read_opt_date(row, 14)?,
        note: row.opt_text(15)?,
        reason: row.opt_text(16)?,
        article: row.opt_int(17)?,
        created_at: row.text(18)?,
        // A JSON array: a tag may hold any character, `;` included.
        tags: tags
            .and_then(|t| serde_json::from_str::<Vec<String>>(&t).ok())
            .unwrap_or_default(),
        supersedes: row.opt_int(20)?,
        superseded_by: row.opt_int(21)?,
        correction: row.opt_text(22)?,
        logged_late: row.flag(23)?,
    })
}

/// A resolution from a row of `HISTORY_SQL`.
pub(super) fn resolution_from_row(r: &impl Cols) -> Result<Resolution> {
    let event = r.opt_text(4)?;
    let date = r.opt_text(5)?;
    let reason = r.opt_text(3)?;
    Ok(Resolution {
        outcome: parse_outcome(r.opt_text(0)?).unwrap_or(Outcome::Void),
        resolved_on: read_date(r, 1)?,
        note: r.opt_text(2)?,
        reason: reason.and_then(|s| s.parse::<VoidReason>().ok()),
        by_question_event: event.map(|e| match date {
            Some(d) => format!("{e} {d}"),
            None => e,
        }),
        recorded_at: r.text(6)?,
        by: r.opt_text(7)?,
    })
}

/// An article from a row of `ARTICLE_SQL`.
pub(super) fn article_from_row(r: &impl Cols) -> Result<ArticleInfo> {
    Ok(ArticleInfo {
        id: r.int(0)?,
        source: r.text(1)?,
        published: r.text(2)?,
        title: r.opt_text(3)?,
        url: r.opt_text(4)?,
        sha256: r.text(5)?,
    })
}

impl SqliteStore {
    /// Forecasts matching `filter`, oldest first, with their status on `today`.
    pub fn list(&self, filter: &ListFilter, today: NaiveDate) -> Result<Vec<Forecast>> {
        let mut out = Vec::new();
        self.list_each(filter, today, |f| {
            out.push(f);
            Ok(true)
        })?;
        Ok(out)
    }

    /// The same forecasts handed to `each` one at a time, in id order, as SQLite reads
    /// them (the first arrives before the query has read the rest); `each` returns false
    /// to stop.
    pub fn list_each(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        mut each: impl FnMut(Forecast) -> Result<bool>,
    ) -> Result<()> {
        self.list_refs(filter, today, |f| each(f.to_forecast()))
    }

    /// The same forecasts as `list_each`, each borrowing its texts from the row SQLite
    /// hands out (`list --format csv` writes them without copying a field).
    pub fn list_refs(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        mut each: impl FnMut(&ForecastRef<'_>) -> Result<bool>,
    ) -> Result<()> {
        let source = match &filter.source {
            // The stored spelling of the name, matched as sources are (Unicode case).
            Some(source) => Some(
                source_named(&self.conn, source)?
                    .map_or_else(|| source.trim().to_string(), |(_, n)| n),
            ),
            None => None,
        };
        // A listing of every source and question reads most of the table: its tags come
        // from one ordered pass over `forecast_tags` beside it, instead of a subquery (and
        // a JSON array to parse) per forecast, which was a quarter of the time; names
        // come from a cache by id rather than a join per forecast, since a source's and a
        // question's name repeat row after row.
        let merge_tags = filter.source.is_none() && filter.question.is_none();
        let (mut sql, args) = list_query(
            filter,
            today,
            source,
            if merge_tags { "NULL" } else { TAGS_JSON },
        );
        if merge_tags {
            sql = sql
                .replacen("s.name, q.key,", "'', '',", 1)
                .replacen(
                    " FROM forecasts f",
                    ", f.source_id, f.question_id FROM forecasts f",
                    1,
                )
                .replacen("JOIN sources s ON s.id = f.source_id", "", 1)
                .replacen("JOIN questions q ON q.id = f.question_id", "", 1);
        }
        // The pages read through a memory map instead of copied from the OS one by one
        // (the copies were a sixth of a large listing's time).
        // (A ledger in memory answers with no row.)
        self.conn()
            .query_row(&format!("PRAGMA mmap_size = {LIST_MMAP}"), [], |_| Ok(()))
            .optional()?;
        let mut names = NameCache::new(self.conn())?;
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        let mut tags_stmt = self
            .conn()
            .prepare("SELECT forecast_id, tag FROM forecast_tags ORDER BY forecast_id, tag")?;
        let mut tags = if merge_tags {
            Some(tags_stmt.query([])?)
        } else {
            None
        };
        let mut pending = TagCursor::default();
        // This row's tags are the first `tag_count`; the strings are kept from row to row
        // and refilled, so a tagged listing allocates nothing per row.
        let mut row_tags: Vec<String> = Vec::new();
        let mut tag_count;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            tag_count = 0;
            let (source, question) = match &mut tags {
                Some(tags) => {
                    pending.merge(tags, id, &mut row_tags, &mut tag_count)?;
                    names.names(
                        r.get(FORECAST_COLUMN_COUNT)?,
                        r.get(FORECAST_COLUMN_COUNT + 1)?,
                    )?
                }
                None => {
                    // A JSON array: a tag may hold any character, `;` included.
                    if let Some(t) = opt_str(r, 19)? {
                        row_tags = serde_json::from_str(t).unwrap_or_default();
                        tag_count = row_tags.len();
                    }
                    (str_at(r, 1)?, str_at(r, 2)?)
                }
            };
            let deadline = stored_date(r, 9)?;
            let outcome = r.outcome(13)?;
            let forecast = ForecastRef {
                id,
                source,
                question,
                claim: str_at(r, 3)?,
                probability: r.get(4)?,
                probability_basis: str_at(r, 5)?,
                probability_low: r.get(6)?,
                probability_high: r.get(7)?,
                made_on: stored_date(r, 8)?,
                deadline,
                deadline_phrase: opt_str(r, 10)?,
                condition: opt_str(r, 11)?,
                stance: if str_at(r, 12)? == "against" {
                    Stance::Against
                } else {
                    Stance::For
                },
                status: Status::of(outcome, deadline, today),
                outcome,
                resolved_on: match r.get_ref(14)? {
                    rusqlite::types::ValueRef::Null => None,
                    _ => Some(stored_date(r, 14)?),
                },
                note: opt_str(r, 15)?,
                reason: opt_str(r, 16)?,
                article: r.get(17)?,
                created_at: str_at(r, 18)?,
                tags: &row_tags[..tag_count],
                supersedes: r.get(20)?,
                superseded_by: r.get(21)?,
                correction: opt_str(r, 22)?,
                logged_late: r.get(23)?,
            };
            if !each(&forecast)? {
                break;
            }
        }
        Ok(())
    }

    /// One forecast by id.
    pub fn forecast(&self, id: i64, today: NaiveDate) -> Result<Forecast> {
        let sql = format!(
            "SELECT {} {FORECAST_FROM} WHERE f.id = ?1",
            forecast_columns(TAGS_JSON)
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query([id])?;
        match rows.next()? {
            Some(r) => forecast_from_row(r, today),
            None => Err(Error::ForecastNotFound { id: id.to_string() }),
        }
    }

    /// Every resolution a forecast has had, oldest first.
    pub fn history(&self, id: i64) -> Result<Vec<Resolution>> {
        let mut stmt = self.conn().prepare(HISTORY_SQL)?;
        let mut rows = stmt.query([id])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(resolution_from_row(r)?);
        }
        Ok(out)
    }

    /// Who logged forecast `id`, from its journal entry (none before schema 6, or for a
    /// forecast that came in an import, whose one entry covers all its rows).
    pub fn logged_by(&self, id: i64) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row(LOGGED_BY_SQL, [id], |r| r.get::<_, Option<String>>(0))
            .optional()?
            .flatten())
    }

    /// The article a forecast came from: (id, source, published, title, url, sha256).
    pub fn article(&self, id: i64) -> Result<Option<ArticleInfo>> {
        let mut stmt = self.conn().prepare(ARTICLE_SQL)?;
        let mut rows = stmt.query([id])?;
        rows.next()?.map(article_from_row).transpose()
    }
}

/// An article as `show` prints it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ArticleInfo {
    pub id: i64,
    pub source: String,
    pub published: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub sha256: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    // Midnight UTC of 2026-12-01 is 4 pm of 2026-11-30 in Los Angeles (UTC-8) and 9 am of
    // 2026-12-01 in Tokyo (UTC+9), worked by hand.
    #[test]
    fn lateness_is_judged_on_the_local_calendar_day() {
        let now = "2026-12-01T00:00:00.000Z";
        let la = chrono::FixedOffset::west_opt(8 * 3600).unwrap();
        let tokyo = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
        assert!(
            !day_after_in(now, "2026-11-30", &la),
            "due today in Los Angeles"
        );
        assert!(day_after_in(now, "2026-11-30", &tokyo));
        assert!(day_after_in(now, "2026-11-30", &chrono::Utc));
        assert!(!day_after_in(now, "2026-12-01", &tokyo));
        assert!(day_after_in(now, "2026-11-29", &la));
    }

    #[test]
    fn slugs_are_short_and_readable() {
        assert_eq!(
            slug("The Fed will cut rates by June"),
            "the-fed-will-cut-rates-by-june"
        );
        assert_eq!(slug("!!!"), "question");
        assert!(slug(&"word ".repeat(50)).len() <= 40);
        // A long claim leaves out its articles and does not end on a word that leads into
        // what was cut.
        assert_eq!(
            slug("Rents will rise in Lisbon by the end of the year"),
            "rents-will-rise-in-lisbon-by-end-of-year"
        );
        assert_eq!(
            slug("Brent crude will trade above 90 dollars a barrel by the end of June"),
            "brent-crude-will-trade-above-90-dollars"
        );
        assert_eq!(
            slug("The European Central Bank will cut its deposit rate in March"),
            "european-central-bank-will-cut-deposit"
        );
        assert_eq!(slug(&"x".repeat(60)), "x".repeat(40));
        assert_eq!(slug("Ukraine–Russia ceasefire"), "ukraine-russia-ceasefire");
        // One key for the NFC and NFD spellings of a claim (audit 26, item 13).
        assert_eq!(
            slug("Le cafe\u{301} rouge reopens by spring"),
            "le-café-rouge-reopens-by-spring"
        );
        assert_eq!(
            slug("Le café rouge reopens by spring"),
            "le-café-rouge-reopens-by-spring"
        );
    }

    /// A listing past `READ_ALL_AFTER` questions reads every key at once: the names it
    /// gives are still each forecast's own, as the join in SQL gives them, before and after
    /// the switch, with questions met out of id order and repeated.
    #[test]
    fn a_long_listing_names_every_forecasts_source_and_question() {
        use crate::model::{Probability, ProbabilityBasis};
        let mut store = SqliteStore::open_in_memory().unwrap();
        let n = READ_ALL_AFTER as i64 * 2;
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        store
            .write("2026-01-01T00:00:00.000Z", |w| {
                for i in 0..n {
                    w.insert_forecast(&NewForecast {
                        source: format!("s{}", i % 13),
                        claim: format!("claim {i}"),
                        probability: Probability::new(0.5).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: d("2025-01-01"),
                        deadline: d("2025-06-01"),
                        deadline_phrase: None,
                        question: Some(format!("q{}", (i * 7919) % (n * 3 / 4))),
                        stance: Stance::For,
                        condition: None,
                        article: None,
                        tags: Vec::new(),
                    })?;
                }
                Ok(())
            })
            .unwrap();
        let mut stmt = store
            .conn()
            .prepare(
                "SELECT f.id, s.name, q.key FROM forecasts f JOIN sources s ON s.id = f.source_id
                 JOIN questions q ON q.id = f.question_id ORDER BY f.id",
            )
            .unwrap();
        let joined: Vec<(i64, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut listed = Vec::new();
        store
            .list_refs(&ListFilter::default(), d("2026-01-01"), |f| {
                listed.push((f.id, f.source.to_string(), f.question.to_string()));
                Ok(true)
            })
            .unwrap();
        assert_eq!(listed.len() as i64, n);
        assert_eq!(listed, joined);
    }
}
