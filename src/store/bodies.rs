//! The journal body of each kind of entry, built in one place from plain facts. Writers
//! build a body from what they insert; `verify` loads the same facts back from the tables
//! and builds the body again, so any difference between a row and its entry shows as a
//! difference between two strings. Keys are sorted (serde_json's map), numbers printed
//! shortest-exact, so the text is canonical. Keys added by later schema versions are left
//! out when empty, so entries written before them still verify.

use crate::error::Result;
use rusqlite::{Connection, OptionalExtension};
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
}

impl ForecastFacts {
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
        v
    }

    pub fn load(conn: &Connection, id: i64) -> Result<Option<Self>> {
        let facts = conn
            .prepare_cached(
                "SELECT f.id, f.source_id, q.key, f.article_id, f.claim, f.probability, f.probability_basis,
                        f.probability_low, f.probability_high, f.made_on, f.deadline, f.deadline_phrase,
                        f.condition, f.stance, f.created_at, f.supersedes, f.correction_why
                 FROM forecasts f JOIN questions q ON q.id = f.question_id WHERE f.id = ?1",
            )?
            .query_row([id], |r| {
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
                    tags: Vec::new(),
                })
            })
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

/// The body of any other kind of entry, loaded from its table; `None` when the row is gone.
pub(crate) fn load_body(conn: &Connection, kind: &str, id: i64) -> Result<Option<Value>> {
    if kind == "forecast" {
        return Ok(ForecastFacts::load(conn, id)?.map(|f| f.body()));
    }
    let sql = match kind {
        "source" => "SELECT json_object('id', id, 'name', name, 'created_at', created_at) FROM sources WHERE id = ?1",
        "question" => "SELECT json_object('id', id, 'key', key, 'created_at', created_at) FROM questions WHERE id = ?1",
        "question_outcome" => {
            "SELECT json_object('id', o.id, 'question', q.key, 'event', o.event, 'date', o.date, 'note', o.note, 'recorded_at', o.recorded_at)
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
        _ => return Ok(None),
    };
    let text: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}
