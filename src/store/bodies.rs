//! The journal body of each kind of entry, built in one place from plain facts. Writers
//! build a body from what they insert; `verify` loads the same facts back from the tables
//! and builds the body again, so any difference between a row and its entry shows as a
//! difference between two strings. Keys are sorted (serde_json's map), numbers printed
//! shortest-exact, so the text is canonical. Keys added by later schema versions are left
//! out when empty, so entries written before them still verify.

use crate::error::Result;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Value};

/// What defines a logged forecast.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ForecastFacts {
    pub id: i64,
    pub source_id: i64,
    pub question: String,
    pub article: Option<i64>,
    pub claim: String,
    pub probability: f64,
    pub probability_basis: String,
    pub probability_low: Option<f64>,
    pub probability_high: Option<f64>,
    pub made_on: String,
    pub deadline: String,
    pub deadline_phrase: Option<String>,
    pub condition: Option<String>,
    pub stance: String,
    pub tags: Vec<String>,
    pub created_at: String,
    pub supersedes: Option<i64>,
    pub why: Option<String>,
    /// Logged late (schema 4); in the body only when true, so older entries still verify.
    pub logged_late: bool,
}

/// A forecast's body as it is serialized: the fields in sorted order, so the text is
/// what `serde_json::Value` (a sorted map) prints for `ForecastFacts::body`, without
/// building the map.
#[derive(Serialize)]
struct ForecastText<'a> {
    article: Option<i64>,
    claim: &'a str,
    condition: Option<&'a str>,
    created_at: &'a str,
    deadline: &'a str,
    deadline_phrase: Option<&'a str>,
    id: i64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    logged_late: bool,
    made_on: &'a str,
    probability: f64,
    probability_basis: &'a str,
    probability_high: Option<f64>,
    probability_low: Option<f64>,
    question: &'a str,
    source_id: i64,
    stance: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    supersedes: Option<i64>,
    tags: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<Option<&'a str>>,
}

/// A forecast's body without its question key, the text columns as bytes not yet checked
/// to be UTF-8: `verify` writes it on the thread that reads the rows and leaves the key,
/// the check (once, over the whole body) and the digest to another (`forecast_pass`).
/// `ForecastText` is written through it, so the two write the same text.
pub(crate) struct ForecastBytes<'a> {
    article: Option<i64>,
    claim: &'a [u8],
    condition: Option<&'a [u8]>,
    created_at: &'a [u8],
    deadline: &'a [u8],
    deadline_phrase: Option<&'a [u8]>,
    id: i64,
    logged_late: bool,
    made_on: &'a [u8],
    probability: f64,
    probability_basis: &'a [u8],
    probability_high: Option<f64>,
    probability_low: Option<f64>,
    source_id: i64,
    stance: &'a [u8],
    supersedes: Option<i64>,
    tags: &'a [String],
    why: Option<Option<&'a [u8]>>,
}

impl<'a> ForecastBytes<'a> {
    fn of(t: &ForecastText<'a>) -> Self {
        ForecastBytes {
            article: t.article,
            claim: t.claim.as_bytes(),
            condition: t.condition.map(str::as_bytes),
            created_at: t.created_at.as_bytes(),
            deadline: t.deadline.as_bytes(),
            deadline_phrase: t.deadline_phrase.map(str::as_bytes),
            id: t.id,
            logged_late: t.logged_late,
            made_on: t.made_on.as_bytes(),
            probability: t.probability,
            probability_basis: t.probability_basis.as_bytes(),
            probability_high: t.probability_high,
            probability_low: t.probability_low,
            source_id: t.source_id,
            stance: t.stance.as_bytes(),
            supersedes: t.supersedes,
            tags: t.tags,
            why: t.why.map(|w| w.map(str::as_bytes)),
        }
    }
}

/// A resolution's body, fields in sorted order (see `ForecastText`).
#[derive(Serialize)]
pub(crate) struct ResolutionText<'a> {
    pub forecast_id: i64,
    pub id: i64,
    pub note: Option<&'a str>,
    pub outcome: &'a str,
    pub question_outcome_id: Option<i64>,
    pub reason: Option<&'a str>,
    pub recorded_at: &'a str,
    pub resolved_on: &'a str,
}

impl ResolutionText<'_> {
    pub fn text(&self) -> String {
        let mut out = Vec::with_capacity(256);
        erased::Text::write(self, &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

/// A question's body, fields in sorted order (see `ForecastText`).
#[derive(Serialize)]
pub(crate) struct QuestionText<'a> {
    pub created_at: &'a str,
    pub id: i64,
    pub key: &'a str,
}

impl QuestionText<'_> {
    pub fn text(&self) -> String {
        let mut out = Vec::with_capacity(128);
        erased::Text::write(self, &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

impl ForecastFacts {
    /// The canonical text of `body()`, serialized directly.
    pub fn body_text(&self) -> String {
        let text = ForecastText {
            article: self.article,
            claim: &self.claim,
            condition: self.condition.as_deref(),
            created_at: &self.created_at,
            deadline: &self.deadline,
            deadline_phrase: self.deadline_phrase.as_deref(),
            id: self.id,
            logged_late: self.logged_late,
            made_on: &self.made_on,
            probability: self.probability,
            probability_basis: &self.probability_basis,
            probability_high: self.probability_high,
            probability_low: self.probability_low,
            question: &self.question,
            source_id: self.source_id,
            stance: &self.stance,
            supersedes: self.supersedes,
            tags: &self.tags,
            why: self.supersedes.map(|_| self.why.as_deref()),
        };
        let mut out = Vec::with_capacity(512);
        erased::Text::write(&text, &mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    pub fn body(&self) -> Value {
        let mut v = json!({
            "id": self.id,
            "source_id": self.source_id,
            "question": self.question,
            "article": self.article,
            "claim": self.claim,
            "probability": self.probability,
            "probability_basis": self.probability_basis,
            "probability_low": self.probability_low,
            "probability_high": self.probability_high,
            "made_on": self.made_on,
            "deadline": self.deadline,
            "deadline_phrase": self.deadline_phrase,
            "condition": self.condition,
            "stance": self.stance,
            "tags": self.tags,
            "created_at": self.created_at,
        });
        if let Some(s) = self.supersedes {
            v["supersedes"] = json!(s);
            v["why"] = json!(self.why);
        }
        if self.logged_late {
            v["logged_late"] = json!(true);
        }
        v
    }

    pub fn load(conn: &Connection, id: i64) -> Result<Option<Self>> {
        let facts = conn
            .prepare_cached(&format!("{FACTS_SELECT} WHERE f.id = ?1"))?
            .query_row([id], facts_from_row)
            .optional()?;
        let Some(mut facts) = facts else {
            return Ok(None);
        };
        let mut stmt = conn
            .prepare_cached("SELECT tag FROM forecast_tags WHERE forecast_id = ?1 ORDER BY tag")?;
        facts.tags = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(facts))
    }
}

/// The columns of `ForecastFacts` in its field order (tags apart), for both backends.
pub(crate) const FACTS_SELECT: &str =
    "SELECT f.id, f.source_id, q.key, f.article_id, f.claim, f.probability, f.probability_basis,
            f.probability_low, f.probability_high, f.made_on, f.deadline, f.deadline_phrase,
            f.condition, f.stance, f.created_at, f.supersedes, f.correction_why, f.logged_late
     FROM forecasts f JOIN questions q ON q.id = f.question_id";

fn facts_from_row(r: &rusqlite::Row) -> rusqlite::Result<ForecastFacts> {
    Ok(ForecastFacts {
        id: r.get(0)?,
        source_id: r.get(1)?,
        question: r.get(2)?,
        article: r.get(3)?,
        claim: r.get(4)?,
        probability: r.get(5)?,
        probability_basis: r.get(6)?,
        probability_low: r.get(7)?,
        probability_high: r.get(8)?,
        made_on: r.get(9)?,
        deadline: r.get(10)?,
        deadline_phrase: r.get(11)?,
        condition: r.get(12)?,
        stance: r.get(13)?,
        created_at: r.get(14)?,
        supersedes: r.get(15)?,
        why: r.get(16)?,
        logged_late: r.get(17)?,
        tags: Vec::new(),
    })
}

/// Walks an id-ordered `(forecast_id, tag)` query beside an id-ordered listing of forecasts:
/// appends to `out` the tags of forecast `id`, skipping those of ids the listing left out,
/// and keeps in `pending` the first tag of a later forecast for the next call.
pub(crate) fn merge_tags(
    pending: &mut Option<(i64, String)>,
    tags: &mut rusqlite::Rows<'_>,
    id: i64,
    out: &mut Vec<String>,
) -> Result<()> {
    loop {
        if pending.is_none() {
            *pending = match tags.next()? {
                Some(t) => Some((t.get(0)?, t.get(1)?)),
                None => return Ok(()),
            };
        }
        match pending.take() {
            Some((tag_of, tag)) if tag_of == id => out.push(tag),
            Some((tag_of, _)) if tag_of < id => {}
            later => {
                *pending = later;
                return Ok(());
            }
        }
    }
}

/// The canonical body text of every row of `kind` with an id in `first..=last`, in id
/// order, handed to `f` with `None` for an id that has no row: what `load_body` gives one
/// id at a time, in one pass per table (verifying an import reads its rows this way).
///
/// `verify` rebuilds every imported row this way, so forecasts, resolutions and questions
/// are serialized straight from the columns SQLite hands out (borrowed, not copied) into
/// one reused buffer; a column of the wrong type fails as `ForecastFacts::load` would.
pub(crate) fn for_each_body(
    conn: &Connection,
    kind: &str,
    first: i64,
    last: i64,
    mut f: impl FnMut(i64, Option<&str>) -> Result<()>,
) -> Result<()> {
    let mut expect = first;
    let mut gaps_to = |id: i64, f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>| -> Result<()> {
        while expect < id {
            f(expect, None)?;
            expect += 1;
        }
        expect = id + 1;
        Ok(())
    };
    let mut buf: Vec<u8> = Vec::with_capacity(1024);
    // Serializing strings, numbers and options into a Vec cannot fail; the text is UTF-8.
    let mut emit = |id: i64,
                    text: &dyn erased::Text,
                    f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>|
     -> Result<()> {
        buf.clear();
        text.write(&mut buf);
        f(id, Some(std::str::from_utf8(&buf).unwrap_or_default()))
    };
    if kind == "forecast" {
        // A large range reads every question key in one pass beside the rows instead of
        // joining `questions` row by row (each a walk down its B-tree to a page the next
        // row does not share: three quarters of the SQL time of rebuilding a million
        // forecasts), when the range is large beside the number of questions. A forecast
        // whose question row is gone is absent either way.
        let questions: i64 =
            conn.query_row("SELECT coalesce(max(id), 0) FROM questions", [], |r| {
                r.get(0)
            })?;
        let rows = last.saturating_sub(first);
        let keys = if rows >= super::forecasts::READ_ALL_AFTER as i64 && rows >= questions / 4 {
            super::forecasts::AllKeys::read(conn)?
        } else {
            None
        };
        let mut tags_stmt = conn.prepare(
            "SELECT forecast_id, tag FROM forecast_tags WHERE forecast_id BETWEEN ?1 AND ?2 ORDER BY forecast_id, tag",
        )?;
        let mut tags = tags_stmt.query([first, last])?;
        let mut pending: Option<(i64, String)> = None;
        let select = match &keys {
            Some(_) => FACTS_SELECT.replacen("q.key", "f.question_id", 1).replacen(
                " JOIN questions q ON q.id = f.question_id",
                "",
                1,
            ),
            None => FACTS_SELECT.to_string(),
        };
        let mut stmt = conn.prepare(&format!(
            "{select} WHERE f.id BETWEEN ?1 AND ?2 ORDER BY f.id"
        ))?;
        let mut rows = stmt.query([first, last])?;
        let mut row_tags: Vec<String> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let question = match &keys {
                Some(keys) => match keys.key(r.get(2)?) {
                    Some(key) => key,
                    None => continue,
                },
                None => str_at(r, 2)?,
            };
            row_tags.clear();
            merge_tags(&mut pending, &mut tags, id, &mut row_tags)?;
            let text = forecast_text(r, id, question, &row_tags)?;
            gaps_to(id, &mut f)?;
            emit(id, &text, &mut f)?;
        }
    } else if kind == "resolution" {
        // Built as the writer builds it, without a JSON map in between.
        let mut stmt = conn.prepare(
            "SELECT id, forecast_id, outcome, resolved_on, note, reason, question_outcome_id, recorded_at
             FROM resolutions WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
        )?;
        let mut rows = stmt.query([first, last])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let text = resolution_text(r, id)?;
            gaps_to(id, &mut f)?;
            emit(id, &text, &mut f)?;
        }
    } else if kind == "question" {
        // As the writer builds it. A row whose columns are not the types the writer
        // stores (only a hand edit makes one) goes through `load_body`'s JSON instead, so
        // it is told apart exactly as before.
        let mut stmt = conn.prepare(
            "SELECT id, key, created_at FROM questions WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
        )?;
        let mut rows = stmt.query([first, last])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            gaps_to(id, &mut f)?;
            if let (ValueRef::Text(key), ValueRef::Text(at)) = (r.get_ref(1)?, r.get_ref(2)?) {
                if let (Ok(key), Ok(created_at)) =
                    (std::str::from_utf8(key), std::str::from_utf8(at))
                {
                    let text = QuestionText {
                        created_at,
                        id,
                        key,
                    };
                    emit(id, &text, &mut f)?;
                    continue;
                }
            }
            let body = load_body(conn, kind, id)?.map(|v| v.to_string());
            f(id, body.as_deref())?;
        }
    } else {
        let Some(sql) = body_sql(kind) else {
            return Ok(());
        };
        let Some(by_id) = sql.strip_suffix("WHERE id = ?1") else {
            return Err(crate::error::Error::Other(format!(
                "no range query for {kind} rows"
            )));
        };
        let sql = format!("{by_id}WHERE id BETWEEN ?1 AND ?2 ORDER BY id").replacen(
            "SELECT json_object(",
            "SELECT id, json_object(",
            1,
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([first, last])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let text: String = r.get(1)?;
            let body = serde_json::from_str::<Value>(&text)
                .map(|v| v.to_string())
                .unwrap_or(text);
            gaps_to(id, &mut f)?;
            f(id, Some(&body))?;
        }
    }
    gaps_to(last + 1, &mut f)
}

/// The body of the forecast in a row of `FACTS_SELECT`'s columns, with its question key and
/// tags.
fn forecast_text<'r>(
    r: &'r rusqlite::Row<'_>,
    id: i64,
    question: &'r str,
    tags: &'r [String],
) -> rusqlite::Result<ForecastText<'r>> {
    let supersedes: Option<i64> = r.get(15)?;
    let why = opt_str(r, 16)?;
    Ok(ForecastText {
        article: r.get(3)?,
        claim: str_at(r, 4)?,
        condition: opt_str(r, 12)?,
        created_at: str_at(r, 14)?,
        deadline: str_at(r, 10)?,
        deadline_phrase: opt_str(r, 11)?,
        id,
        logged_late: r.get(17)?,
        made_on: str_at(r, 9)?,
        probability: r.get(5)?,
        probability_basis: str_at(r, 6)?,
        probability_high: r.get(8)?,
        probability_low: r.get(7)?,
        question,
        source_id: r.get(1)?,
        stance: str_at(r, 13)?,
        supersedes,
        tags,
        why: supersedes.map(|_| why),
    })
}

/// `forecast_text` without the question key, the text columns read as bytes: a column of
/// the wrong type fails here as there; text that is not UTF-8 is found when the whole body
/// is checked.
fn forecast_bytes<'r>(
    r: &'r rusqlite::Row<'_>,
    id: i64,
    tags: &'r [String],
) -> rusqlite::Result<ForecastBytes<'r>> {
    let supersedes: Option<i64> = r.get(15)?;
    let why = opt_text_at(r, 16)?;
    if let (None, Some(why)) = (supersedes, why) {
        // Not in the body, so not checked with it; reading it as `&str` checked it.
        std::str::from_utf8(why).map_err(rusqlite::Error::Utf8Error)?;
    }
    Ok(ForecastBytes {
        article: r.get(3)?,
        claim: text_at(r, 4)?,
        condition: opt_text_at(r, 12)?,
        created_at: text_at(r, 14)?,
        deadline: text_at(r, 10)?,
        deadline_phrase: opt_text_at(r, 11)?,
        id,
        logged_late: r.get(17)?,
        made_on: text_at(r, 9)?,
        probability: r.get(5)?,
        probability_basis: text_at(r, 6)?,
        probability_high: r.get(8)?,
        probability_low: r.get(7)?,
        source_id: r.get(1)?,
        stance: text_at(r, 13)?,
        supersedes,
        tags,
        why: supersedes.map(|_| why),
    })
}

/// Where a row of `forecast_pass`'s query holds what the derived-column checks read: its
/// `FACTS_SELECT` columns, then the current outcome, its date and resolution, and the
/// superseded-by mark.
pub(super) const PASS_COLS: super::derived::ForecastCols = super::derived::ForecastCols {
    id: 0,
    source_id: 1,
    probability: 5,
    outcome: 18,
    resolved_on: 19,
    resolution_id: 20,
    supersedes: 15,
    superseded_by: 21,
    logged_late: 17,
    made_on: 9,
    deadline: 10,
};

/// Where a row of `forecast_pass`'s query holds the stance (`verify`'s CHECK test).
pub(super) const PASS_STANCE: usize = 13;

/// The block digests (`batch::block_events`) of the forecast ranges `ranges`, by range,
/// from one read of every forecast in id order, each row also handed to `each_row` (with
/// the columns `PASS_COLS` names): `verify` checks the bodies of imported forecasts and the
/// derived columns from the same read, where the two checks read the table once each.
///
/// The digests are those `block_events` gives range by range (the rows a range holds, a
/// gap as its missing row, the question keys read all at once as a large range reads
/// them). A range that overlaps another or is empty is left out (rebuilt on its own when
/// asked); `Ok(None)` when the keys cannot be read all at once (question ids too sparse).
/// Any error ends the pass: the caller then rebuilds each range on its own, which meets the
/// same error where it lies.
///
/// The work is split over two threads: this one reads the rows and writes each body
/// without its question key (`build_bodies`); a second looks the key up, checks the body
/// is UTF-8 and digests it (`digest_built`), which was a fifth of this thread's work (a
/// cache miss a forecast for the key, SHA-256, a UTF-8 check per text column).
pub(crate) fn forecast_pass(
    conn: &Connection,
    ranges: &[(i64, i64)],
    each_row: &mut dyn FnMut(&rusqlite::Row<'_>) -> Result<()>,
) -> Result<Option<super::batch::RangeDigests>> {
    let Some(keys) = super::forecasts::AllKeys::read(conn)? else {
        return Ok(None);
    };
    std::thread::scope(|scope| {
        let (send, built) = std::sync::mpsc::sync_channel::<Built>(BUILT_QUEUE);
        let (give_back, given_back) = std::sync::mpsc::channel::<Built>();
        let keys = &keys;
        let digests = scope.spawn(move || digest_built(keys, ranges, &built, &give_back));
        let read = build_bodies(conn, keys, ranges, each_row, &send, &given_back);
        drop(send);
        let digests = digests
            .join()
            .map_err(|_| crate::error::Error::Other("the forecasts' digests stopped".into()))?;
        read?;
        digests.map(Some)
    })
}

/// Forecasts' bodies built on the thread that reads the rows, each without its question
/// key, for the thread that digests them (`digest_built`).
struct Built {
    text: Vec<u8>,
    rows: Vec<BuiltRow>,
}

/// One body in `Built::text`: `start..head` before the question key, `head..end` after it.
struct BuiltRow {
    id: i64,
    question: i64,
    start: usize,
    head: usize,
    end: usize,
}

/// Bodies a `Built` holds, and how many of those may wait (about 3 MiB). The tests' few
/// rows fill many.
const BUILT_ROWS: usize = if cfg!(test) { 16 } else { 1024 };
const BUILT_QUEUE: usize = 8;

/// `forecast_pass`'s read of the forecasts: every row to `each_row`, and the body of each
/// row a range wants (the rows `forecast_pass` built and digested on one thread, in the same
/// order: `RangePass::tracking` says which, from the ids alone) sent on in `Built`s. A
/// forecast whose question row is gone is absent, as in `for_each_body`. Stops with an
/// error when the digesting thread stopped (its own error is the pass's).
fn build_bodies(
    conn: &Connection,
    keys: &super::forecasts::AllKeys,
    ranges: &[(i64, i64)],
    each_row: &mut dyn FnMut(&rusqlite::Row<'_>) -> Result<()>,
    send: &std::sync::mpsc::SyncSender<Built>,
    given_back: &std::sync::mpsc::Receiver<Built>,
) -> Result<()> {
    let mut wanted = super::batch::RangePass::tracking(ranges);
    let mut tags_stmt =
        conn.prepare("SELECT forecast_id, tag FROM forecast_tags ORDER BY forecast_id, tag")?;
    let mut tags = tags_stmt.query([])?;
    let mut pending: Option<(i64, String)> = None;
    let select = FACTS_SELECT
        .replacen("q.key", "f.question_id", 1)
        .replacen(" JOIN questions q ON q.id = f.question_id", "", 1)
        .replacen(
            " FROM forecasts f",
            ", f.outcome, f.resolved_on, f.resolution_id, f.superseded_by FROM forecasts f",
            1,
        );
    let mut stmt = conn.prepare(&format!("{select} ORDER BY f.id"))?;
    let mut rows = stmt.query([])?;
    let mut row_tags: Vec<String> = Vec::new();
    let fresh = || Built {
        text: Vec::with_capacity(BUILT_ROWS * 512),
        rows: Vec::with_capacity(BUILT_ROWS),
    };
    let mut built = fresh();
    let stopped = || crate::error::Error::Other("the forecasts' digests stopped".into());
    while let Some(r) = rows.next()? {
        each_row(r)?;
        let id: i64 = r.get(0)?;
        if !wanted.at(id) {
            continue;
        }
        let question: i64 = r.get(2)?;
        if !keys.has(question) {
            continue;
        }
        row_tags.clear();
        merge_tags(&mut pending, &mut tags, id, &mut row_tags)?;
        let body = forecast_bytes(r, id, &row_tags)?;
        let start = built.text.len();
        body.head(&mut built.text);
        let head = built.text.len();
        body.tail(&mut built.text);
        built.rows.push(BuiltRow {
            id,
            question,
            start,
            head,
            end: built.text.len(),
        });
        wanted.add(id, "");
        if built.rows.len() == BUILT_ROWS {
            let next = match given_back.try_recv() {
                Ok(mut used) => {
                    used.text.clear();
                    used.rows.clear();
                    used
                }
                Err(_) => fresh(),
            };
            send.send(std::mem::replace(&mut built, next))
                .map_err(|_| stopped())?;
        }
    }
    if !built.rows.is_empty() {
        send.send(built).map_err(|_| stopped())?;
    }
    Ok(())
}

/// The other half of `forecast_pass`: each body of `built` completed with its question key,
/// checked to be UTF-8 (as each text column was when read as `&str`: the escapes are ASCII,
/// so the body is UTF-8 exactly when every text in it is) and digested by range. Text that
/// is not UTF-8 is an error, as reading it was.
fn digest_built(
    keys: &super::forecasts::AllKeys,
    ranges: &[(i64, i64)],
    built: &std::sync::mpsc::Receiver<Built>,
    give_back: &std::sync::mpsc::Sender<Built>,
) -> Result<super::batch::RangeDigests> {
    let mut pass = super::batch::RangePass::new(ranges);
    let mut body: Vec<u8> = Vec::with_capacity(1024);
    for chunk in built {
        for row in &chunk.rows {
            let Some(key) = keys.key(row.question) else {
                return Err(crate::error::Error::Other(format!(
                    "question {} has no key",
                    row.question
                )));
            };
            body.clear();
            body.extend_from_slice(&chunk.text[row.start..row.head]);
            json::string(&mut body, key);
            body.extend_from_slice(&chunk.text[row.head..row.end]);
            let text = std::str::from_utf8(&body).map_err(|_| {
                crate::error::Error::Other(format!(
                    "forecast {} has text that is not UTF-8",
                    row.id
                ))
            })?;
            pass.at(row.id);
            pass.add(row.id, text);
        }
        // The reading thread may have stopped: the chunk is then dropped here.
        let _ = give_back.send(chunk);
    }
    Ok(pass.finish())
}

/// `forecast_pass` for the resolutions: the block digests of `ranges` from one read of
/// every resolution in id order, each row also handed to `each_row` (columns: id,
/// forecast_id, outcome, resolved_on, then the rest of the body's).
pub(crate) fn resolution_pass(
    conn: &Connection,
    ranges: &[(i64, i64)],
    each_row: &mut dyn FnMut(&rusqlite::Row<'_>),
) -> Result<super::batch::RangeDigests> {
    let mut ranges = super::batch::RangePass::new(ranges);
    let mut stmt = conn.prepare(
        "SELECT id, forecast_id, outcome, resolved_on, note, reason, question_outcome_id, recorded_at
         FROM resolutions ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut buf: Vec<u8> = Vec::with_capacity(512);
    while let Some(r) = rows.next()? {
        each_row(r);
        let id: i64 = r.get(0)?;
        if !ranges.at(id) {
            continue;
        }
        let text = resolution_text(r, id)?;
        buf.clear();
        erased::Text::write(&text, &mut buf);
        ranges.add(id, std::str::from_utf8(&buf).unwrap_or_default());
    }
    Ok(ranges.finish())
}

/// The body of the resolution in a row of `for_each_body`'s resolution query.
fn resolution_text<'r>(r: &'r rusqlite::Row<'_>, id: i64) -> rusqlite::Result<ResolutionText<'r>> {
    Ok(ResolutionText {
        forecast_id: r.get(1)?,
        id,
        note: opt_str(r, 4)?,
        outcome: str_at(r, 2)?,
        question_outcome_id: r.get(6)?,
        reason: opt_str(r, 5)?,
        recorded_at: str_at(r, 7)?,
        resolved_on: str_at(r, 3)?,
    })
}

/// The bodies `for_each_body` serializes, behind one object-safe writer. Each is written
/// by hand (`json`), byte for byte what `serde_json` prints for it (the `Serialize`
/// derives stay as the reference the tests compare with): at a million rows serde's
/// field-by-field serializer and its escaping loop were a tenth of `verify`'s main thread.
mod erased {
    use super::json::{field, int, opt_int, opt_real, opt_str, opt_text, real, string, text};
    use super::{ForecastBytes, ForecastText, QuestionText, ResolutionText};

    pub trait Text {
        fn write(&self, out: &mut Vec<u8>);
    }

    impl Text for ForecastText<'_> {
        fn write(&self, out: &mut Vec<u8>) {
            let bytes = ForecastBytes::of(self);
            bytes.head(out);
            string(out, self.question);
            bytes.tail(out);
        }
    }

    impl ForecastBytes<'_> {
        /// The body up to its question key: `{"article":` to `"question":`.
        pub fn head(&self, out: &mut Vec<u8>) {
            out.extend_from_slice(b"{\"article\":");
            opt_int(out, self.article);
            field(out, "claim");
            text(out, self.claim);
            field(out, "condition");
            opt_text(out, self.condition);
            field(out, "created_at");
            text(out, self.created_at);
            field(out, "deadline");
            text(out, self.deadline);
            field(out, "deadline_phrase");
            opt_text(out, self.deadline_phrase);
            field(out, "id");
            int(out, self.id);
            if self.logged_late {
                out.extend_from_slice(b",\"logged_late\":true");
            }
            field(out, "made_on");
            text(out, self.made_on);
            field(out, "probability");
            real(out, self.probability);
            field(out, "probability_basis");
            text(out, self.probability_basis);
            field(out, "probability_high");
            opt_real(out, self.probability_high);
            field(out, "probability_low");
            opt_real(out, self.probability_low);
            field(out, "question");
        }

        /// The body after its question key: `,"source_id":` to the closing brace.
        pub fn tail(&self, out: &mut Vec<u8>) {
            field(out, "source_id");
            int(out, self.source_id);
            field(out, "stance");
            text(out, self.stance);
            if let Some(s) = self.supersedes {
                field(out, "supersedes");
                int(out, s);
            }
            field(out, "tags");
            out.push(b'[');
            for (i, tag) in self.tags.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                string(out, tag);
            }
            out.push(b']');
            if let Some(why) = self.why {
                field(out, "why");
                opt_text(out, why);
            }
            out.push(b'}');
        }
    }

    impl Text for ResolutionText<'_> {
        fn write(&self, out: &mut Vec<u8>) {
            out.extend_from_slice(b"{\"forecast_id\":");
            int(out, self.forecast_id);
            field(out, "id");
            int(out, self.id);
            field(out, "note");
            opt_str(out, self.note);
            field(out, "outcome");
            string(out, self.outcome);
            field(out, "question_outcome_id");
            opt_int(out, self.question_outcome_id);
            field(out, "reason");
            opt_str(out, self.reason);
            field(out, "recorded_at");
            string(out, self.recorded_at);
            field(out, "resolved_on");
            string(out, self.resolved_on);
            out.push(b'}');
        }
    }

    impl Text for QuestionText<'_> {
        fn write(&self, out: &mut Vec<u8>) {
            out.extend_from_slice(b"{\"created_at\":");
            string(out, self.created_at);
            field(out, "id");
            int(out, self.id);
            field(out, "key");
            string(out, self.key);
            out.push(b'}');
        }
    }
}

/// The pieces of JSON text the bodies are written from, as `serde_json` writes them.
mod json {
    /// `,"name":`
    pub fn field(out: &mut Vec<u8>, name: &str) {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
    }

    pub fn int(out: &mut Vec<u8>, n: i64) {
        out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    pub fn opt_int(out: &mut Vec<u8>, n: Option<i64>) {
        match n {
            Some(n) => int(out, n),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// Shortest round-trip digits, `null` for a value that is not finite: serde_json's
    /// own formatting.
    pub fn real(out: &mut Vec<u8>, x: f64) {
        // Writing a number into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, &x);
    }

    pub fn opt_real(out: &mut Vec<u8>, x: Option<f64>) {
        match x {
            Some(x) => real(out, x),
            None => out.extend_from_slice(b"null"),
        }
    }

    pub fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
        opt_text(out, s.map(str::as_bytes));
    }

    /// `opt_str` of text not yet checked to be UTF-8 (see `text`).
    pub fn opt_text(out: &mut Vec<u8>, s: Option<&[u8]>) {
        match s {
            Some(s) => text(out, s),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// Whether any of the 8 bytes of `w` needs an escape: below 0x20, `"` or `\`.
    fn needs_escape(w: u64) -> bool {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        below_space
            | zero_byte(w ^ (ONES * u64::from(b'"')))
            | zero_byte(w ^ (ONES * u64::from(b'\\')))
            != 0
    }

    /// A JSON string: `"`, `\\` and the control characters escaped as serde_json escapes
    /// them (`\n`, `\u001f`), everything else as it is. Eight bytes are tested at a time.
    pub fn string(out: &mut Vec<u8>, s: &str) {
        text(out, s.as_bytes());
    }

    /// `string` of text not yet checked to be UTF-8: the escapes are all ASCII and change
    /// no byte of a multi-byte sequence, so the JSON text is UTF-8 exactly when `bytes` is.
    pub fn text(out: &mut Vec<u8>, bytes: &[u8]) {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        let mut clean = 0;
        while clean + 8 <= bytes.len() {
            let mut word = [0u8; 8];
            word.copy_from_slice(&bytes[clean..clean + 8]);
            if needs_escape(u64::from_le_bytes(word)) {
                break;
            }
            clean += 8;
        }
        out.extend_from_slice(&bytes[..clean]);
        let mut start = clean;
        for (i, &b) in bytes.iter().enumerate().skip(clean) {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0x00..=0x1f => b"",
                _ => continue,
            };
            out.extend_from_slice(&bytes[start..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            } else {
                out.extend_from_slice(escape);
            }
            start = i + 1;
        }
        out.extend_from_slice(&bytes[start..]);
        out.push(b'"');
    }
}

/// Text column `i` of `r`, borrowed; a NULL or a value of another type fails as reading it
/// into a `String` does.
pub(super) fn str_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    if let ValueRef::Text(t) = r.get_ref(i)? {
        if let Ok(s) = std::str::from_utf8(t) {
            return Ok(s);
        }
    }
    r.get::<_, String>(i)
        .and(Err(rusqlite::Error::InvalidColumnIndex(i)))
}

/// Text column `i` of `r` as bytes, not checked to be UTF-8; a NULL or a value of another
/// type fails (as `str_at`).
fn text_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r [u8]> {
    match r.get_ref(i)? {
        ValueRef::Text(t) => Ok(t),
        _ => Err(rusqlite::Error::InvalidColumnType(
            i,
            String::new(),
            rusqlite::types::Type::Text,
        )),
    }
}

/// Optional text column `i` of `r` as bytes (see `text_at`).
fn opt_text_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'r [u8]>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => Ok(Some(t)),
        _ => text_at(r, i).map(Some),
    }
}

/// Optional text column `i` of `r`, borrowed (see `str_at`).
pub(super) fn opt_str<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        _ => str_at(r, i).map(Some),
    }
}

/// The body of any other kind of entry, loaded from its table; `None` when the row is gone.
pub(crate) fn load_body(conn: &Connection, kind: &str, id: i64) -> Result<Option<Value>> {
    if kind == "forecast" {
        return Ok(ForecastFacts::load(conn, id)?.map(|f| f.body()));
    }
    if kind == "extraction_review" {
        return super::reviews::load_body(conn, id);
    }
    let Some(sql) = body_sql(kind) else {
        return Ok(None);
    };
    let text: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// The query for one row's body as JSON (keys in any order), by id (`?1`). PostgreSQL runs
/// the same text through `pg::dialect` (`json_build_object`, `$1`).
pub(crate) fn body_sql(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "source" => "SELECT json_object('id', id, 'name', name, 'created_at', created_at) FROM sources WHERE id = ?1",
        "question" => "SELECT json_object('id', id, 'key', key, 'created_at', created_at) FROM questions WHERE id = ?1",
        // `amends` only in an amending outcome's body (`resolutions::question_outcome_body`).
        "question_outcome" => {
            "SELECT CASE WHEN o.amends IS NULL
                THEN json_object('id', o.id, 'question', q.key, 'event', o.event, 'date', o.date, 'note', o.note, 'recorded_at', o.recorded_at)
                ELSE json_object('id', o.id, 'question', q.key, 'event', o.event, 'date', o.date, 'note', o.note, 'recorded_at', o.recorded_at, 'amends', o.amends)
                END
             FROM question_outcomes o JOIN questions q ON q.id = o.question_id WHERE o.id = ?1"
        }
        "resolution" => {
            "SELECT json_object('id', id, 'forecast_id', forecast_id, 'outcome', outcome, 'resolved_on', resolved_on, 'note', note,
                                'reason', reason, 'question_outcome_id', question_outcome_id, 'recorded_at', recorded_at)
             FROM resolutions WHERE id = ?1"
        }
        "import" => "SELECT json_object('id', id, 'sha256', sha256, 'name', name, 'rows', rows, 'imported_at', imported_at) FROM imports WHERE id = ?1",
        "article" => {
            "SELECT json_object('id', id, 'source_id', source_id, 'published', published, 'title', title, 'url', url, 'sha256', sha256, 'created_at', created_at)
             FROM articles WHERE id = ?1"
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(supersedes: Option<i64>, why: Option<&str>) -> ForecastFacts {
        ForecastFacts {
            id: 12,
            source_id: 3,
            question: "fed-cuts \"rates\" — by june".into(),
            article: supersedes.map(|_| 4),
            claim: "The Fed cuts rates\nby June".into(),
            probability: 0.19529515041898174,
            probability_basis: "hedge:likely".into(),
            probability_low: Some(0.6),
            probability_high: supersedes.map(|_| 0.85),
            made_on: "2025-01-01".into(),
            deadline: "2025-06-30".into(),
            deadline_phrase: supersedes.map(|_| "by June".to_string()),
            condition: None,
            stance: "against".into(),
            tags: vec!["econ".into(), "Fed".into()],
            created_at: "2025-01-01T12:00:00Z".into(),
            supersedes,
            why: why.map(str::to_string),
            logged_late: supersedes.is_some(),
        }
    }

    // The direct text must be byte for byte what the sorted map prints, or entries written
    // one way would not verify the other.
    #[test]
    fn direct_text_is_the_sorted_map_text() {
        for f in [
            facts(None, None),
            facts(Some(7), Some("a typo")),
            facts(Some(7), None),
        ] {
            assert_eq!(f.body_text(), f.body().to_string());
        }
        let r = ResolutionText {
            forecast_id: 5,
            id: 9,
            note: Some("on \"appeal\""),
            outcome: "void",
            question_outcome_id: None,
            reason: Some("ambiguous"),
            recorded_at: "2025-01-01T12:00:00Z",
            resolved_on: "2025-02-01",
        };
        let map = json!({"forecast_id": 5, "id": 9, "note": "on \"appeal\"", "outcome": "void",
            "question_outcome_id": null, "reason": "ambiguous",
            "recorded_at": "2025-01-01T12:00:00Z", "resolved_on": "2025-02-01"});
        assert_eq!(r.text(), map.to_string());
        let q = QuestionText {
            created_at: "2025-01-01T12:00:00Z",
            id: 3,
            key: "fed \"cuts\" — by june",
        };
        let map =
            json!({"id": 3, "key": "fed \"cuts\" — by june", "created_at": "2025-01-01T12:00:00Z"});
        assert_eq!(q.text(), map.to_string());
    }

    /// The hand-written bodies are byte for byte what serde_json prints for them: every
    /// ASCII character (each control character, `"` and `\\`) at each place in an 8-byte
    /// word and past it, non-ASCII text, the numbers' extremes, each optional field present
    /// and absent.
    #[test]
    fn hand_written_bodies_are_serde_jsons() {
        let mut texts: Vec<String> = vec![String::new(), "ünïcode — “quoted” 𝄞".into()];
        for b in 0u8..0x80 {
            for at in [0, 3, 7, 8, 9, 15, 16, 23] {
                let mut t: String = "abcdefghijklmnopqrstuvwx".chars().take(at).collect();
                t.push(char::from(b));
                t.push_str("tail");
                texts.push(t);
            }
        }
        let tags: Vec<String> = vec!["a\"b".into(), "t\u{1}".into(), "é".into()];
        for (i, t) in texts.iter().enumerate() {
            let some = |x: &str| (i % 2 == 0).then(|| x.to_string());
            let (why, phrase) = (some(t), some(t));
            let f = ForecastText {
                article: (i % 3 == 0).then_some(i as i64),
                claim: t,
                condition: phrase.as_deref(),
                created_at: "2025-01-01T12:00:00.123Z",
                deadline: t,
                deadline_phrase: phrase.as_deref(),
                id: [0, 1, -1, i64::MAX, i64::MIN, 1_000_000][i % 6],
                logged_late: i % 4 == 0,
                made_on: "2025-01-01",
                probability: [0.0, -0.0, 1.0, 0.1, 1e-7, 0.19529515041898174, f64::NAN][i % 7],
                probability_basis: t,
                probability_high: (i % 5 == 0).then_some(0.85),
                probability_low: (i % 5 == 1).then_some(1e21),
                question: t,
                source_id: i as i64,
                stance: "for",
                supersedes: (i % 3 == 1).then_some(7),
                tags: &tags[..i % 4],
                why: (i % 3 == 1).then_some(why.as_deref()),
            };
            let mut out = Vec::new();
            erased::Text::write(&f, &mut out);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&f).unwrap(),
                "{t:?}"
            );
            let r = ResolutionText {
                forecast_id: i as i64,
                id: -(i as i64),
                note: phrase.as_deref(),
                outcome: t,
                question_outcome_id: (i % 2 == 1).then_some(3),
                reason: why.as_deref(),
                recorded_at: t,
                resolved_on: t,
            };
            assert_eq!(r.text(), serde_json::to_string(&r).unwrap(), "{t:?}");
            let q = QuestionText {
                created_at: t,
                id: i as i64,
                key: t,
            };
            assert_eq!(q.text(), serde_json::to_string(&q).unwrap(), "{t:?}");
        }
    }

    // The range reader must hand out exactly what `load_body` gives id by id, or imported
    // rows would not verify; an id without a row comes out as None.
    #[test]
    fn range_bodies_equal_single_bodies() {
        use crate::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
        use crate::store::{Resolved, SqliteStore as Store};
        let mut store = Store::open_in_memory().unwrap();
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        store
            .write("2026-01-01T00:00:00Z", |w| {
                for i in 0..7 {
                    let f = NewForecast {
                        source: format!("s{}", i % 2),
                        claim: format!("claim \"{i}\" — ünïcode"),
                        probability: Probability::new(0.1 * f64::from(i) + 0.05).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: d("2025-01-01"),
                        deadline: d("2025-06-01"),
                        deadline_phrase: (i % 2 == 0).then(|| "by June".to_string()),
                        question: (i % 3 == 0).then(|| format!("q{i}")),
                        stance: Stance::For,
                        condition: None,
                        article: None,
                        tags: (0..i % 3).map(|k| format!("Tag{k}")).collect(),
                    };
                    let r = Resolved {
                        outcome: Outcome::True,
                        on: d("2025-05-01"),
                        note: (i % 2 == 1).then_some("a note"),
                        reason: None,
                    };
                    w.import_forecast(&f, (i % 3 != 2).then_some(&r))?;
                }
                Ok(())
            })
            .unwrap();
        for kind in ["forecast", "question", "resolution"] {
            let mut seen = Vec::new();
            for_each_body(store.conn(), kind, 1, 9, |id, body| {
                seen.push((id, body.map(str::to_string)));
                Ok(())
            })
            .unwrap();
            let single: Vec<(i64, Option<String>)> = (1..=9)
                .map(|id| {
                    let body = load_body(store.conn(), kind, id).unwrap();
                    (id, body.map(|b| b.to_string()))
                })
                .collect();
            assert_eq!(seen, single, "{kind}");
            assert!(seen.iter().any(|(_, b)| b.is_none()), "{kind} has a gap");
        }
    }

    /// The one read of every forecast (and of every resolution) gives each range the
    /// digests `batch::block_events` gives it on its own: on a whole ledger, with a gap,
    /// a row whose question is gone and a changed row; ranges that overlap an earlier one
    /// or are empty are left out.
    #[test]
    fn one_read_gives_each_range_its_own_digests() {
        use crate::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
        use crate::store::batch::block_events;
        use crate::store::{Resolved, SqliteStore as Store};
        struct On<'c>(&'c Connection);
        impl crate::store::batch::Bodies for On<'_> {
            fn for_each_body(
                &mut self,
                kind: &str,
                first: i64,
                last: i64,
                f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>,
            ) -> Result<()> {
                for_each_body(self.0, kind, first, last, f)
            }
        }
        let mut store = Store::open_in_memory().unwrap();
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        store
            .write("2026-01-01T00:00:00Z", |w| {
                for i in 0..150 {
                    let f = NewForecast {
                        source: format!("s{}", i % 4),
                        claim: format!("claim \"{i}\" — ünïcode"),
                        probability: Probability::new(0.01 * f64::from(i % 97) + 0.005).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: d("2025-01-01"),
                        deadline: d("2025-06-01"),
                        deadline_phrase: (i % 2 == 0).then(|| "by June".to_string()),
                        question: (i % 3 == 0).then(|| format!("q{}", i % 11)),
                        stance: Stance::For,
                        condition: None,
                        article: None,
                        tags: (0..i % 3).map(|k| format!("Tag{k}")).collect(),
                    };
                    let r = Resolved {
                        outcome: Outcome::False,
                        on: d("2025-05-01"),
                        note: (i % 2 == 1).then_some("a note"),
                        reason: None,
                    };
                    w.import_forecast(&f, (i % 4 != 2).then_some(&r))?;
                }
                Ok(())
            })
            .unwrap();
        let conn = store.conn();
        let ranges = [(1, 64), (65, 140), (60, 70), (141, 160), (9, 3), (65, 140)];
        let kept = [(1, 64), (65, 140), (141, 160)];
        let compare = |conn: &Connection, why: &str| {
            let mut rows = 0;
            let one = forecast_pass(conn, &ranges, &mut |_| {
                rows += 1;
                Ok(())
            })
            .unwrap()
            .unwrap();
            let count: i64 = conn
                .query_row("SELECT count(*) FROM forecasts", [], |r| r.get(0))
                .unwrap();
            assert_eq!(rows, count, "{why}: every forecast is handed out");
            let resolutions = resolution_pass(conn, &ranges, &mut |_| {}).unwrap();
            for (kind, one) in [("forecast", one), ("resolution", resolutions)] {
                let mut got: Vec<_> = one.keys().copied().collect();
                got.sort_unstable();
                assert_eq!(got, kept, "{why}");
                for (first, last) in kept {
                    let alone = block_events(&mut On(conn), kind, first, last).unwrap();
                    assert_eq!(one[&(first, last)], alone, "{why}: {kind} {first}-{last}");
                }
            }
        };
        compare(conn, "as written");
        let drop_guards: Vec<String> = conn
            .prepare("SELECT 'DROP TRIGGER ' || name FROM sqlite_master WHERE type = 'trigger'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(std::result::Result::unwrap)
            .collect();
        conn.execute_batch(&format!(
            "PRAGMA foreign_keys = OFF; {};",
            drop_guards.join(";")
        ))
        .unwrap();
        for edit in [
            "DELETE FROM forecasts WHERE id = 70",
            "DELETE FROM questions WHERE id = (SELECT question_id FROM forecasts WHERE id = 3)",
            "UPDATE forecasts SET claim = 'changed' WHERE id = 100",
            "DELETE FROM forecast_tags WHERE forecast_id = 100",
            "DELETE FROM resolutions WHERE id = 66",
            "UPDATE resolutions SET note = 'changed' WHERE id = 2",
            "DELETE FROM forecasts WHERE id = 1",
        ] {
            conn.execute_batch(edit).unwrap();
            compare(conn, edit);
        }
        // Text a body is written from that is not UTF-8, or not text, ends the pass as it
        // ends rebuilding the range alone, in a row whose body is wanted. Past a range's
        // first missing row (1 and 70, deleted above) only the row after it is read, and
        // the digests do not change. A question id that is not an integer fails the pass
        // (as it always did); the range alone joins `questions` and finds the row absent.
        // Each edit's third value: whether rebuilding the ranges alone fails (it reads
        // every row of a range).
        let before = forecast_pass(conn, &ranges, &mut |_| Ok(()))
            .unwrap()
            .unwrap();
        for (edit, fails, alone_fails) in [
            (
                "UPDATE forecasts SET claim = CAST(x'c328' AS TEXT) WHERE id = 65",
                true,
                true,
            ),
            (
                "UPDATE forecasts SET correction_why = CAST(x'ff' AS TEXT) WHERE id = 66",
                true,
                true,
            ),
            (
                "UPDATE forecasts SET deadline_phrase = x'37' WHERE id = 67",
                true,
                true,
            ),
            (
                "UPDATE forecasts SET stance = x'00' WHERE id = 68",
                true,
                true,
            ),
            (
                "UPDATE forecasts SET question_id = 'q' WHERE id = 69",
                true,
                false,
            ),
            (
                "UPDATE forecasts SET claim = CAST(x'ff' AS TEXT) WHERE id = 71",
                true,
                true,
            ),
            (
                "UPDATE forecasts SET claim = CAST(x'ff' AS TEXT) WHERE id = 2",
                true,
                true,
            ),
            (
                "UPDATE forecasts SET claim = CAST(x'ff' AS TEXT) WHERE id = 72",
                false,
                true,
            ),
            (
                "UPDATE forecasts SET claim = 1.5 WHERE id = 100",
                false,
                false,
            ),
            (
                "UPDATE forecasts SET claim = x'00' WHERE id = 4",
                false,
                true,
            ),
        ] {
            conn.execute_batch(&format!(
                "PRAGMA ignore_check_constraints = ON; SAVEPOINT e; {edit};"
            ))
            .unwrap();
            let pass = forecast_pass(conn, &ranges, &mut |_| Ok(()));
            let alone = block_events(&mut On(conn), "forecast", 1, 64)
                .and_then(|_| block_events(&mut On(conn), "forecast", 65, 140));
            assert_eq!(alone.is_err(), alone_fails, "{edit}");
            if fails {
                assert!(pass.is_err(), "{edit}");
            } else {
                assert_eq!(pass.unwrap().unwrap(), before, "{edit}");
            }
            conn.execute_batch("ROLLBACK TO e; RELEASE e;").unwrap();
        }
    }
}
