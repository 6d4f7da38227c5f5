//! The trust rules `verify` judges again on each journal entry, beyond "the row is what
//! the entry recorded". An entry after a published head is only as honest as its writer:
//! someone who can write the file can append entries of their own, hashed with the
//! documented recipe, that the tool would never have written. These checks name such an
//! entry when what it says contradicts itself or the entries before it:
//!
//! - a row's time of record (`created_at`, `recorded_at`, `imported_at` in its body) is the
//!   instant its entry was logged (`logged_at`), as every writer stamps both from one clock;
//!   a row dated before its entry would let `show` print a time of record earlier than the
//!   entries before it;
//! - a forecast logged (its entry's `logged_at`) after its deadline on every calendar on
//!   Earth (UTC-12 included), or after an outcome of its question was recorded, is
//!   `logged_late`; so is a correction of a late forecast that keeps its probability and
//!   deadline (the mark is carried);
//! - a correction that changes a probability or deadline is logged before the deadline of
//!   the forecast it corrects has passed everywhere, and before any outcome of its question.
//!
//! - the same of every row an import or a large question outcome recorded by digest
//!   (`judge_batch`, one query a kind: such an entry may hold a million rows).
//!
//! Entries without `logged_at` (written before schema 5, whose rows' times may be
//! `FORECAST_TODAY`'s) are not judged. The lateness the writer judges on its own calendar
//! day is judged here only where every time zone agrees, so a ledger written anywhere
//! verifies anywhere.

use super::dialect::Dialect;
use crate::error::Result;
use serde_json::Value;
use std::collections::HashSet;

/// The fields of a body that hold its row's time of record.
const TIME_FIELDS: [&str; 3] = ["created_at", "recorded_at", "imported_at"];

/// What the entries met so far tell about the ones after them.
#[derive(Debug, Default)]
pub(super) struct EntryRules {
    /// Keys of the questions an outcome was recorded for.
    outcomes: HashSet<String>,
}

/// A forecast body's facts the rules read.
struct Facts<'a> {
    probability: Option<f64>,
    deadline: &'a str,
    late: bool,
    question: Option<&'a str>,
    supersedes: Option<i64>,
}

impl<'a> Facts<'a> {
    fn of(body: &'a Value) -> Facts<'a> {
        Facts {
            probability: body.get("probability").and_then(Value::as_f64),
            deadline: body.get("deadline").and_then(Value::as_str).unwrap_or(""),
            late: body.get("logged_late").and_then(Value::as_bool) == Some(true),
            question: body.get("question").and_then(Value::as_str),
            supersedes: body.get("supersedes").and_then(Value::as_i64),
        }
    }
}

/// The day (`YYYY-MM-DD`) the instant `at` falls on in UTC-12, the westernmost zone: the
/// first day that has begun on every calendar on Earth.
fn day_everywhere(at: &str) -> Option<String> {
    let zone = chrono::FixedOffset::west_opt(12 * 3600)?;
    crate::time::parse_timestamp(at).map(|t| crate::time::iso(t.with_timezone(&zone).date_naive()))
}

/// Whether the instant `at` falls after `deadline` (`YYYY-MM-DD`) on every calendar on
/// Earth: its day in UTC-12 is later.
fn past_everywhere(at: &str, deadline: &str) -> bool {
    day_everywhere(at).is_some_and(|day| day.as_str() > deadline)
}

impl EntryRules {
    /// Why the entry logged at `logged_at` recording `body` (its batch digests taken out)
    /// breaks a rule, if it does. `earlier` loads the body of a forecast recorded before
    /// (the one a correction supersedes).
    pub(super) fn judge(
        &mut self,
        kind: &str,
        logged_at: Option<&str>,
        body: &Value,
        earlier: &mut dyn FnMut(i64) -> Result<Option<Value>>,
    ) -> Result<Option<String>> {
        let Some(at) = logged_at else {
            return Ok(None);
        };
        for field in TIME_FIELDS {
            if let Some(time) = body.get(field).and_then(Value::as_str) {
                if time != at {
                    return Ok(Some(format!(
                        "its row's `{field}` is {time}, but the entry was logged at {at}: a row's time of record is its entry's"
                    )));
                }
            }
        }
        if kind == "question_outcome" {
            if let Some(key) = body.get("question").and_then(Value::as_str) {
                self.outcomes.insert(key.to_string());
            }
            return Ok(None);
        }
        if kind != "forecast" {
            return Ok(None);
        }
        let new = Facts::of(body);
        let outcome_known = new.question.is_some_and(|q| self.outcomes.contains(q));
        if let Some(id) = new.supersedes {
            let Some(old_body) = earlier(id)? else {
                return Ok(None);
            };
            let old = Facts::of(&old_body);
            if old.probability == new.probability && old.deadline == new.deadline {
                // A new wording carries the old version's mark.
                if old.late && !new.late {
                    return Ok(Some(format!(
                        "it corrects the wording of forecast {id}, which was logged late, but is not marked `logged_late`: a correction carries the mark"
                    )));
                }
                return Ok(None);
            }
            if past_everywhere(at, old.deadline) || outcome_known {
                let why = if outcome_known {
                    "an outcome of its question was recorded"
                } else {
                    "its deadline had passed"
                };
                return Ok(Some(format!(
                    "it changes the probability or deadline of forecast {id} after {why} (logged at {at}, deadline {}): such a correction is refused",
                    old.deadline
                )));
            }
            if past_everywhere(at, new.deadline) && !new.late {
                return Ok(Some(late_but_unmarked(at, new.deadline)));
            }
            return Ok(None);
        }
        if new.late {
            return Ok(None);
        }
        if outcome_known {
            return Ok(Some(format!(
                "it was logged at {at}, after an outcome of its question `{}` was recorded, but is not marked `logged_late`",
                new.question.unwrap_or_default()
            )));
        }
        if past_everywhere(at, new.deadline) {
            return Ok(Some(late_but_unmarked(at, new.deadline)));
        }
        Ok(None)
    }
}

/// The table and column holding the time of record of a row of `kind` that a batch covers.
fn time_column(kind: &str) -> Option<(&'static str, &'static str)> {
    match kind {
        "question" => Some(("questions", "created_at")),
        "forecast" => Some(("forecasts", "created_at")),
        "resolution" => Some(("resolutions", "recorded_at")),
        _ => None,
    }
}

/// The first row of `kind` with an id in `?1..=?2` whose time of record is not `?3`, and
/// that time (both backends; every time is TEXT).
pub(super) fn time_differs_sql(d: Dialect, kind: &str) -> Option<String> {
    let (table, column) = time_column(kind)?;
    Some(d.sql(&format!(
        "SELECT id, {column} FROM {table} WHERE id BETWEEN ?1 AND ?2 AND {column} <> ?3
         ORDER BY id LIMIT 1"
    )))
}

/// The first forecast with an id in `?1..=?2` not marked `logged_late` although it must be,
/// its deadline and why: its deadline is before `?3` (the day its entry was logged in
/// UTC-12), a resolution with an id in `?4..=?5` (its own, imported with it) is its
/// outcome, or an outcome of its question was recorded before `?6` (its entry's time).
pub(super) fn late_unmarked_sql(d: Dialect) -> String {
    d.sql(
        "SELECT f.id, f.deadline,
                CASE WHEN f.deadline < ?3 THEN 'deadline'
                     WHEN EXISTS (SELECT 1 FROM resolutions r WHERE r.forecast_id = f.id
                                    AND r.id BETWEEN ?4 AND ?5) THEN 'own'
                     ELSE 'question' END
           FROM forecasts f
          WHERE f.id BETWEEN ?1 AND ?2 AND f.logged_late = 0
            AND (f.deadline < ?3
                 OR EXISTS (SELECT 1 FROM resolutions r WHERE r.forecast_id = f.id
                              AND r.id BETWEEN ?4 AND ?5)
                 OR EXISTS (SELECT 1 FROM question_outcomes o
                             WHERE o.question_id = f.question_id AND o.recorded_at < ?6))
          ORDER BY f.id LIMIT 1",
    )
}

/// The rows a batch covers, as the backends answer about them.
pub(super) trait BatchRows {
    /// `time_differs_sql`'s answer.
    fn time_differs(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        at: &str,
    ) -> Result<Option<(i64, String)>>;
    /// `late_unmarked_sql`'s answer: id, deadline, why.
    fn late_unmarked(
        &mut self,
        forecasts: (i64, i64),
        cutoff: &str,
        resolutions: (i64, i64),
        at: &str,
    ) -> Result<Option<(i64, String, String)>>;
}

/// Why the rows a batch (an import's, or a large question outcome's) recorded, in the id
/// ranges `ranges` of its entry logged at `logged_at`, break a rule, if they do: each row's
/// time of record is the entry's, and an imported forecast that its deadline, its own
/// outcome or an earlier outcome of its question makes late is marked so. One query per
/// kind, over the ids' index.
pub(super) fn judge_batch(
    rows: &mut dyn BatchRows,
    ranges: &[(&str, i64, i64)],
    logged_at: Option<&str>,
) -> Result<Option<String>> {
    let Some(at) = logged_at else {
        return Ok(None);
    };
    for &(kind, first, last) in ranges {
        if let Some((id, time)) = rows.time_differs(kind, first, last, at)? {
            let column = time_column(kind).map_or("created_at", |(_, c)| c);
            return Ok(Some(format!(
                "{kind} {id}, which it recorded, has `{column}` {time}, but the entry was logged at {at}: a row's time of record is its entry's"
            )));
        }
    }
    let Some(&(_, first, last)) = ranges.iter().find(|(k, _, _)| *k == "forecast") else {
        return Ok(None);
    };
    let resolutions = ranges
        .iter()
        .find(|(k, _, _)| *k == "resolution")
        .map_or((0, -1), |&(_, f, l)| (f, l));
    let Some(cutoff) = day_everywhere(at) else {
        return Ok(None);
    };
    Ok(rows
        .late_unmarked((first, last), &cutoff, resolutions, at)?
        .map(|(id, deadline, why)| match why.as_str() {
            "deadline" => format!(
                "forecast {id}, which it recorded, was logged at {at}, after its deadline {deadline}, but is not marked `logged_late`"
            ),
            "own" => format!(
                "forecast {id}, which it recorded with its own outcome, is not marked `logged_late`"
            ),
            _ => format!(
                "forecast {id}, which it recorded, was logged at {at}, after an outcome of its question was recorded, but is not marked `logged_late`"
            ),
        }))
}

fn late_but_unmarked(at: &str, deadline: &str) -> String {
    format!("it was logged at {at}, after its deadline {deadline}, but is not marked `logged_late`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn judge(rules: &mut EntryRules, kind: &str, at: &str, body: Value) -> Option<String> {
        let old = json!({"probability": 0.5, "deadline": "2025-06-01", "logged_late": true,
                         "question": "q", "created_at": "2025-01-01T00:00:00.000Z"});
        rules
            .judge(kind, Some(at), &body, &mut |_| Ok(Some(old.clone())))
            .unwrap()
    }

    #[test]
    fn lateness_is_judged_where_every_zone_agrees() {
        let mut r = EntryRules::default();
        let body = |at: &str| json!({"created_at": at, "deadline": "2025-06-01", "question": "q"});
        // 2025-06-02 11:59 UTC is still June 1 at UTC-12: not judged.
        let at = "2025-06-02T11:59:00.000Z";
        assert_eq!(judge(&mut r, "forecast", at, body(at)), None);
        let at = "2025-06-02T12:00:00.000Z";
        assert_eq!(
            judge(&mut r, "forecast", at, body(at)),
            Some("it was logged at 2025-06-02T12:00:00.000Z, after its deadline 2025-06-01, but is not marked `logged_late`".into())
        );
    }

    #[test]
    fn an_outcome_of_the_question_makes_later_forecasts_late() {
        let mut r = EntryRules::default();
        let at = "2025-01-02T00:00:00.000Z";
        let outcome = json!({"question": "q", "recorded_at": at, "event": "annul"});
        assert_eq!(judge(&mut r, "question_outcome", at, outcome), None);
        let body = json!({"created_at": at, "deadline": "2026-01-01", "question": "q"});
        assert_eq!(
            judge(&mut r, "forecast", at, body),
            Some("it was logged at 2025-01-02T00:00:00.000Z, after an outcome of its question `q` was recorded, but is not marked `logged_late`".into())
        );
    }

    #[test]
    fn a_row_time_of_record_is_its_entrys() {
        let mut r = EntryRules::default();
        let body = json!({"recorded_at": "2025-01-01T00:00:00.000Z"});
        assert_eq!(
            judge(&mut r, "resolution", "2026-01-01T00:00:00.000Z", body),
            Some("its row's `recorded_at` is 2025-01-01T00:00:00.000Z, but the entry was logged at 2026-01-01T00:00:00.000Z: a row's time of record is its entry's".into())
        );
    }

    #[test]
    fn corrections_carry_the_mark_and_change_no_score_after_the_deadline() {
        let mut r = EntryRules::default();
        let at = "2026-01-01T00:00:00.000Z";
        let wording = json!({"created_at": at, "deadline": "2025-06-01", "probability": 0.5,
                             "question": "q", "supersedes": 7});
        assert_eq!(
            judge(&mut r, "forecast", at, wording),
            Some("it corrects the wording of forecast 7, which was logged late, but is not marked `logged_late`: a correction carries the mark".into())
        );
        let probability = json!({"created_at": at, "deadline": "2025-06-01", "probability": 0.9,
                                 "question": "q", "supersedes": 7, "logged_late": true});
        assert_eq!(
            judge(&mut r, "forecast", at, probability),
            Some("it changes the probability or deadline of forecast 7 after its deadline had passed (logged at 2026-01-01T00:00:00.000Z, deadline 2025-06-01): such a correction is refused".into())
        );
    }
}
