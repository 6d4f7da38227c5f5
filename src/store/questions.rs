//! The question overview behind `forecast questions`: every question with how many current
//! forecasts it has, how many are unresolved, which sources made them and the outcomes
//! recorded for its event. Read-only.

use super::cols::Cols;
use super::dialect::Dialect;
use super::SqliteStore;
use crate::error::Result;
use crate::model::names::key_fold;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

/// One question, as `forecast questions` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionSummary {
    pub question: String,
    /// Current forecasts (corrected versions count once).
    pub forecasts: u64,
    /// Of those, not yet resolved.
    pub unresolved: u64,
    /// The sources that forecast it, in name order.
    pub sources: Vec<String>,
    /// The recorded event that decides the most: the latest `happened-on` or `annul` (each
    /// decides every forecast), else the `not-by` with the latest date:
    /// `happened-on 2025-06-01`, `not-by 2025-12-31`, `annul`. A `not-by` recorded after a
    /// `happened-on` does not hide that the event happened.
    pub outcome: Option<String>,
    /// Every recorded event, in the order recorded.
    pub events: Vec<String>,
}

/// The deciding event of `events` (in the order recorded); see `QuestionSummary::outcome`.
pub(crate) fn deciding_event(events: &[String]) -> Option<String> {
    let whole = events
        .iter()
        .rev()
        .find(|e| e.starts_with("happened-on") || e.as_str() == "annul");
    // ISO dates order as text.
    let not_by = || {
        events
            .iter()
            .filter(|e| e.starts_with("not-by"))
            .max_by(|a, b| a.cmp(b))
    };
    whole.or_else(not_by).cloned()
}

/// The ledger id (see `Store::ledger_id`) from the first journal entry's hash, if any.
pub(super) fn ledger_id_of(first_hash: Option<String>) -> String {
    first_hash.map_or_else(|| "empty".to_string(), |h| h.chars().take(12).collect())
}

/// A summary from a row of the `question_summaries` query: key, forecasts, unresolved,
/// source names joined by U+001F in name order (or NULL), recorded events joined by U+001F in
/// the order recorded (or NULL).
pub(super) fn summary_from_row(r: &impl Cols) -> Result<QuestionSummary> {
    let sources = r.opt_text(3)?;
    let events: Vec<String> = r
        .opt_text(4)?
        .map(|s| s.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    Ok(QuestionSummary {
        question: r.text(0)?,
        forecasts: r.int(1)?.unsigned_abs(),
        unresolved: r.int(2)?.unsigned_abs(),
        sources: sources
            .map(|s| s.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default(),
        outcome: deciding_event(&events),
        events,
    })
}

/// The query behind both claim hints (`question_with_claim_elsewhere`, `own_claim`): the
/// current forecasts with the claim `?1` (in ASCII case: SQLite's NOCASE and its mirror on
/// PostgreSQL), as `ClaimRow`s in id order, only those either hint can name: each source's
/// first forecast with the claim, and its latest with the deadline `?2` (NULL: none). The
/// sources are compared after, as names are (`own_of`, `elsewhere_of`): SQL's NOCASE
/// folds ASCII letters only, so `école` was told apart from the source `École` it is (a
/// source's own claim was named as another source's). The forecasts with the claim are
/// found first, through the claim index (migration 8), and only then joined and ordered:
/// written as one join with `ORDER BY f.id LIMIT 1`, PostgreSQL without fresh statistics
/// (just after a large import) walked every forecast in id order looking for the claim
/// instead. PostgreSQL's index keys a hash of the claim's ASCII fold (migrations 11 and
/// 14), so its look-up names that hash before comparing the claims. A forecast voided as
/// annulled (`imports::annulled`: logged by mistake, the first step of the way out the
/// hints name) is named by neither hint (ad7 F5).
pub(super) fn claim_rows_sql(d: Dialect) -> String {
    let same_claim = match d {
        Dialect::Sqlite => d.nocase_eq("f.claim", "?1"),
        Dialect::Postgres => format!(
            "hashtext(lower(f.claim COLLATE \"C\")) = hashtext(lower(?1 COLLATE \"C\")) AND {}",
            d.nocase_eq("f.claim", "?1")
        ),
    };
    let gone = super::imports::annulled("f");
    d.sql(&format!(
        "WITH same AS MATERIALIZED (
             SELECT f.id, f.question_id, f.source_id, f.deadline FROM forecasts f
             WHERE {same_claim} AND f.superseded_by IS NULL AND NOT {gone}),
         picked AS (
             SELECT min(id) AS id FROM same GROUP BY source_id
             UNION SELECT max(id) FROM same WHERE deadline = ?2 GROUP BY source_id)
         SELECT q.key, f.id, s.name, f.deadline FROM same f
           JOIN questions q ON q.id = f.question_id
           JOIN sources s ON s.id = f.source_id
         WHERE f.id IN (SELECT id FROM picked)
         ORDER BY f.id"
    ))
}

/// The second look of the claim hints (`question_with_claim_elsewhere`, `own_claim`), for a
/// claim beyond ASCII that the indexed query (`claim_rows_sql`, ASCII case only: SQLite's
/// NOCASE and its mirror on PostgreSQL) did not find: the current
/// forecasts whose claim could still be the same claim in another case (`É` for `é`, `ẞ`
/// for `ß`), as `ClaimRow`s, each with its claim (column 4), in id order (`?1` the claim
/// folded, or NULL when that is beyond ASCII). Those are the claims beyond ASCII (a claim's
/// length in characters and in bytes differ exactly then) and the ASCII claims spelled as
/// the folded claim (`STRASSE` for `Straße`). `same_claim_among` compares them.
pub(super) fn claim_beyond_ascii_sql(d: Dialect) -> String {
    d.sql(&format!(
        "SELECT q.key, f.id, s.name, f.deadline, f.claim FROM forecasts f
           JOIN questions q ON q.id = f.question_id
           JOIN sources s ON s.id = f.source_id
         WHERE f.superseded_by IS NULL AND NOT {}
           AND (length(f.claim) <> octet_length(f.claim) OR {})
         ORDER BY f.id",
        super::imports::annulled("f"),
        d.nocase_eq("f.claim", "?1")
    ))
}

/// The parameter of `claim_beyond_ascii_sql` for `claim`: its folded form
/// (`names::name_key`) when that is ASCII, else `None`.
pub(super) fn folded_if_ascii(claim: &str) -> Option<String> {
    Some(crate::model::names::name_key(claim)).filter(|k| k.is_ascii())
}

/// A current forecast a claim hint may name: its question key, id, source name and
/// deadline as stored (columns 0 to 3).
#[derive(Clone)]
pub(super) struct ClaimRow {
    pub key: String,
    pub id: i64,
    pub source: String,
    pub deadline: String,
}

impl ClaimRow {
    pub(super) fn read(r: &impl Cols) -> Result<ClaimRow> {
        Ok(ClaimRow {
            key: r.text(0)?,
            id: r.int(1)?,
            source: r.text(2)?,
            deadline: r.text(3)?,
        })
    }
}

/// The forecasts of `rows` (a `claim_beyond_ascii_sql` row and its claim, in id order) that
/// make `claim`, compared in full Unicode case folding and NFC (`names::name_key`): the
/// hints' "same words, any case". The one comparison of claims behind both second looks.
fn same_claim_among(claim: &str, rows: Vec<(ClaimRow, String)>) -> impl Iterator<Item = ClaimRow> {
    use crate::model::names::name_key;
    let claim = name_key(claim);
    rows.into_iter()
        .filter_map(move |(row, other)| (name_key(&other) == claim).then_some(row))
}

/// The question of the first of `rows` (in id order) by another source than `source`,
/// sources compared as names are (`names::name_key`: `école` is the source `École`).
pub(super) fn elsewhere_of(
    source: &str,
    rows: impl IntoIterator<Item = ClaimRow>,
) -> Option<String> {
    use crate::model::names::name_key;
    let source = name_key(source);
    rows.into_iter()
        .find(|row| name_key(&row.source) != source)
        .map(|row| row.key)
}

/// The question key and id of the last of `rows` (in id order) by `source` (compared as
/// names are) with `deadline`.
pub(super) fn own_of(
    source: &str,
    deadline: NaiveDate,
    rows: impl IntoIterator<Item = ClaimRow>,
) -> Option<(String, i64)> {
    use crate::model::names::name_key;
    let (source, deadline) = (name_key(source), deadline.to_string());
    rows.into_iter()
        .filter(|row| row.deadline == deadline && name_key(&row.source) == source)
        .last()
        .map(|row| (row.key, row.id))
}

/// `elsewhere_of` among the rows of `claim_beyond_ascii_sql` that make `claim`.
pub(super) fn elsewhere_among(
    claim: &str,
    source: &str,
    rows: Vec<(ClaimRow, String)>,
) -> Option<String> {
    elsewhere_of(source, same_claim_among(claim, rows))
}

/// `own_of` among the rows of `claim_beyond_ascii_sql` that make `claim`.
pub(super) fn own_among(
    claim: &str,
    source: &str,
    deadline: NaiveDate,
    rows: Vec<(ClaimRow, String)>,
) -> Option<(String, i64)> {
    own_of(source, deadline, same_claim_among(claim, rows))
}

/// `add`'s two claim hints: the source's own forecast of the claim (question key and id)
/// and another source's question with it.
pub(super) type ClaimHints = (Option<(String, i64)>, Option<String>);

/// Both of `add`'s claim hints from one reading of `claim_rows_sql` (with the deadline:
/// each source's first forecast of the claim and its latest with the deadline), and, for a
/// claim beyond ASCII with a hint not found there, one reading of `claim_beyond_ascii_sql`
/// (`beyond`): the source's own forecast (`own_of`) and another source's question
/// (`elsewhere_of`).
pub(super) fn claim_hints(
    claim: &str,
    source: &str,
    deadline: NaiveDate,
    rows: Vec<ClaimRow>,
    beyond: impl FnOnce() -> Result<Vec<(ClaimRow, String)>>,
) -> Result<ClaimHints> {
    let mut own = own_of(source, deadline, rows.iter().cloned());
    let mut elsewhere = elsewhere_of(source, rows);
    if !claim.is_ascii() && (own.is_none() || elsewhere.is_none()) {
        let rows = beyond()?;
        if own.is_none() {
            own = own_among(claim, source, deadline, rows.clone());
        }
        if elsewhere.is_none() {
            elsewhere = elsewhere_among(claim, source, rows);
        }
    }
    Ok((own, elsewhere))
}

/// The query of `question_summaries` (see `summary_from_row`), in key order.
pub(super) fn summaries_sql(d: Dialect) -> String {
    let names = "SELECT DISTINCT s.name AS name
                  FROM forecasts f JOIN sources s ON s.id = f.source_id
                  WHERE f.question_id = q.id AND f.superseded_by IS NULL";
    let event = "o.event || coalesce(' ' || o.date, '')";
    // Only the outcomes in force: one an amendment replaced is history (`show`, the journal).
    let outcomes = "FROM question_outcomes o WHERE o.question_id = q.id
        AND NOT EXISTS (SELECT 1 FROM question_outcomes a
                        WHERE a.question_id = o.question_id AND a.amends IS NOT NULL AND a.id > o.id)";
    // The bundled SQLite (3.46) takes ORDER BY inside an aggregate, as PostgreSQL does.
    let events = match d {
        Dialect::Sqlite => {
            format!("(SELECT group_concat({event}, char(31) ORDER BY o.id) {outcomes})")
        }
        Dialect::Postgres => {
            format!("(SELECT string_agg({event}, chr(31) ORDER BY o.id) {outcomes})")
        }
    };
    let sources = match d {
        Dialect::Sqlite => {
            format!("(SELECT group_concat(name, char(31)) FROM ({names} ORDER BY s.name))")
        }
        Dialect::Postgres => format!(
            "(SELECT string_agg(name, chr(31) ORDER BY {}) FROM ({names}) n)",
            d.nocase_order("name")
        ),
    };
    format!(
        "SELECT q.key,
            (SELECT count(*) FROM forecasts f
              WHERE f.question_id = q.id AND f.superseded_by IS NULL),
            (SELECT count(*) FROM forecasts f
              WHERE f.question_id = q.id AND f.superseded_by IS NULL AND f.outcome IS NULL),
            {sources},
            {events}
         FROM questions q ORDER BY {}",
        d.binary_order("q.key")
    )
}

impl SqliteStore {
    /// A short id of this ledger: the first 12 hex digits of its first journal entry's hash
    /// (which never changes), or `empty`. Calendar `UID`s carry it.
    pub fn ledger_id(&self) -> Result<String> {
        let first: Option<String> = self
            .conn()
            .prepare_cached("SELECT hash FROM journal ORDER BY seq LIMIT 1")?
            .query_map([], |r| r.get(0))?
            .next()
            .transpose()?;
        Ok(ledger_id_of(first))
    }

    /// A question on which another source already made the claim `claim` (same words, any
    /// case): `add` without `--question` names it in a hint, since the new forecast would
    /// otherwise get a question of its own and never be compared with it. The claim index
    /// finds it in ASCII case; a claim beyond ASCII not found so is compared in full case
    /// folding with the claims that could match (`claim_beyond_ascii_sql`). Sources are
    /// compared as names are, in full case folding (`elsewhere_of`).
    pub fn question_with_claim_elsewhere(
        &self,
        claim: &str,
        source: &str,
    ) -> Result<Option<String>> {
        let found = elsewhere_of(source, self.claim_rows(claim, None)?);
        if found.is_some() || claim.is_ascii() {
            return Ok(found);
        }
        Ok(elsewhere_among(
            claim,
            source,
            self.claims_beyond_ascii(claim)?,
        ))
    }

    /// The rows of `claim_rows_sql` for `claim` (and `deadline`).
    fn claim_rows(&self, claim: &str, deadline: Option<NaiveDate>) -> Result<Vec<ClaimRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&claim_rows_sql(Dialect::Sqlite))?;
        let mut rows = stmt.query(rusqlite::params![
            claim.trim(),
            deadline.map(|d| d.to_string())
        ])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(ClaimRow::read(r)?);
        }
        Ok(out)
    }

    /// The rows of `claim_beyond_ascii_sql` for `claim`, with their claims.
    fn claims_beyond_ascii(&self, claim: &str) -> Result<Vec<(ClaimRow, String)>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&claim_beyond_ascii_sql(Dialect::Sqlite))?;
        let mut rows = stmt.query([folded_if_ascii(claim)])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push((ClaimRow::read(r)?, r.text(4)?));
        }
        Ok(out)
    }

    /// `own_claim` and `question_with_claim_elsewhere` (with `claims`) from one reading of
    /// the claim's rows (`claim_hints`), and whether `check_source` passes.
    pub fn add_checks(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
        claims: bool,
    ) -> Result<crate::store::AddChecks> {
        let (own, elsewhere) = if claims {
            let rows = self.claim_rows(claim, Some(deadline))?;
            claim_hints(claim, source, deadline, rows, || {
                self.claims_beyond_ascii(claim)
            })?
        } else {
            (None, None)
        };
        Ok(crate::store::AddChecks {
            own,
            elsewhere,
            source_known: self.check_source(source).is_ok(),
        })
    }

    /// The same source's latest current forecast with the claim `claim` (same words, any
    /// case, as `question_with_claim_elsewhere` finds them) and the same deadline: its
    /// question key and id.
    pub fn own_claim(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
    ) -> Result<Option<(String, i64)>> {
        let found = own_of(source, deadline, self.claim_rows(claim, Some(deadline))?);
        if found.is_some() || claim.is_ascii() {
            return Ok(found);
        }
        Ok(own_among(
            claim,
            source,
            deadline,
            self.claims_beyond_ascii(claim)?,
        ))
    }

    /// Every question, in key order.
    pub fn question_summaries(&self) -> Result<Vec<QuestionSummary>> {
        let mut stmt = self.conn().prepare(&summaries_sql(Dialect::Sqlite))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(summary_from_row(r)?);
        }
        Ok(out)
    }
}

/// An existing question key that differs from `key` only in case, spacing or punctuation
/// (`model::names::key_fold`), when `key` itself is not a question yet. One pass over the
/// keys, asked only by `add` naming a key (`--question`), inside its write: under the write
/// lock no other writer can create a near key between this look and the insert.
pub(crate) fn key_alike(conn: &Connection, key: &str) -> Result<crate::store::KeyNear> {
    let want: String = key_fold(key).collect();
    let mut near = crate::store::KeyNear::default();
    // The key itself, in any Unicode form (`forecasts::question_id`), is no near key.
    if want.is_empty() || super::forecasts::question_id(conn, key)?.is_some() {
        return Ok(near);
    }
    let mut stmt = conn.prepare_cached("SELECT key FROM questions ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let k = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        if key_fold(k).eq(want.chars()) {
            near.alike = Some(k.to_string());
            return Ok(near);
        }
        if near.slip.is_none() && crate::model::names::key_slip(key, k) {
            near.slip = Some(k.to_string());
        }
    }
    Ok(near)
}
