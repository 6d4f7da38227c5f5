//! Resolving forecasts: one by hand, or every forecast on a question from what happened to
//! its event (the rules in `QuestionEvent::decides`). A hand resolution is never overwritten
//! by a question outcome: a disagreement is returned as a `Conflict`. Every resolution is a
//! new row in `resolutions`; the forecast's current outcome follows the newest.
//!
//! A question's outcome can be amended (`amend_question`: a mistyped date, an outcome
//! changed on appeal). The amending outcome is a new row whose `amends` names the
//! question's newest outcome when it was recorded, and it replaces every earlier outcome of
//! its question. The outcomes *in force* are those from the newest amendment on; every
//! reading of a question's outcome (deciding forecasts, `questions`, `compare`) reads only
//! those. Nothing recorded is edited: the replaced outcomes, and the resolutions they made,
//! stay in the ledger and the journal.

use super::bodies::ResolutionText;
use super::forecasts::{parse_outcome, question_id};
use super::kept::{counted_from_row, Counted};
use super::SqliteWriter;
use crate::error::{Error, Result};
use crate::model::{Outcome, QuestionEvent, Stance, VoidReason};
use crate::time::iso;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;

/// A forecast whose current outcome disagrees with what a question outcome decides.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    pub id: i64,
    pub current: Outcome,
    pub proposed: Outcome,
}

/// What one question outcome did.
#[derive(Debug, Clone, Serialize, Default)]
pub struct QuestionResolution {
    pub question: String,
    pub event: String,
    /// Forecasts resolved now, with the outcome they got.
    pub resolved: Vec<(i64, Outcome)>,
    /// Forecasts already resolved the same way.
    pub agreed: usize,
    /// Unresolved forecasts the event does not decide yet (deadline after a `not-by` date).
    pub undecided: usize,
    /// Forecasts resolved before, by hand or by an earlier outcome, that this event does not
    /// decide (a `not-by` date before their deadline): neither open nor agreeing.
    pub resolved_before: usize,
    pub conflicts: Vec<Conflict>,
    /// Forecasts resolved now that were made after the day the event happened (made
    /// knowing the answer, perhaps): resolved by the rules, and named so a reader can judge.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub made_after_event: Vec<i64>,
}

/// Whether `event` had already happened when a forecast made on `made_on` was made.
fn made_after(event: QuestionEvent, made_on: NaiveDate) -> bool {
    matches!(event, QuestionEvent::HappenedOn(d) if made_on > d)
}

/// The recorded outcomes of questions with an unresolved current forecast (of question
/// `?1` only, unless it is NULL), as `Known`, by question, newest first (both backends).
pub(crate) const KNOWN_SQL: &str = "SELECT qo.id, qo.question_id, q.key, qo.event, qo.date, qo.note
     FROM question_outcomes qo JOIN questions q ON q.id = qo.question_id
     WHERE EXISTS (SELECT 1 FROM forecasts f WHERE f.question_id = qo.question_id AND f.outcome IS NULL AND f.superseded_by IS NULL)
       AND (CAST(?1 AS BIGINT) IS NULL OR qo.question_id = ?1)
       AND NOT EXISTS (SELECT 1 FROM question_outcomes a
                       WHERE a.question_id = qo.question_id AND a.amends IS NOT NULL AND a.id > qo.id)
     ORDER BY qo.question_id, qo.id DESC";

/// The recorded outcomes of question `?1` in force (see the module doc), oldest first: (id,
/// event, date), both backends.
pub(crate) const IN_FORCE_SQL: &str = "SELECT qo.id, qo.event, qo.date FROM question_outcomes qo
     WHERE qo.question_id = ?1
       AND NOT EXISTS (SELECT 1 FROM question_outcomes a
                       WHERE a.question_id = qo.question_id AND a.amends IS NOT NULL AND a.id > qo.id)
     ORDER BY qo.id";

/// The current forecasts on question `?1`, for `Target::parse`, in id order (both backends).
pub(crate) const TARGETS_SQL: &str = "SELECT id, deadline, made_on, stance, outcome FROM forecasts
     WHERE question_id = ?1 AND superseded_by IS NULL ORDER BY id";

/// A current forecast on a question, as a question outcome decides it.
pub(crate) struct Target {
    id: i64,
    deadline: NaiveDate,
    made_on: NaiveDate,
    stance: Stance,
    outcome: Option<Outcome>,
}

/// One resolution to write: of forecast `forecast_id`, by hand or by question outcome
/// `question_outcome`.
pub(crate) struct NewResolution<'a> {
    pub forecast_id: i64,
    pub outcome: Outcome,
    pub on: NaiveDate,
    pub note: Option<&'a str>,
    pub reason: Option<VoidReason>,
    pub question_outcome: Option<i64>,
}

impl<'a> NewResolution<'a> {
    /// The resolution of forecast `r.id` that question outcome `qo` decides, with `note`.
    pub(crate) fn decided(r: &Decided, note: Option<&'a str>, qo: i64) -> NewResolution<'a> {
        NewResolution {
            forecast_id: r.id,
            outcome: r.outcome,
            on: r.on,
            note,
            reason: r.reason,
            question_outcome: Some(qo),
        }
    }

    /// The resolution an imported row brings with forecast `forecast_id` (by hand: no
    /// question outcome).
    pub(crate) fn imported(forecast_id: i64, r: &super::forecasts::Resolved<'a>) -> Self {
        NewResolution {
            forecast_id,
            outcome: r.outcome,
            on: r.on,
            note: r.note,
            reason: r.reason,
            question_outcome: None,
        }
    }
}

/// The statements resolving takes, as each backend's writer runs them (`SqliteWriter`
/// below, `PgWriter` in `pg/resolutions.rs`). What a hand resolution, a question outcome
/// and the outcomes already recorded do is written once, in this module's functions over
/// these steps, so only the SQL differs between the backends.
pub(crate) trait ResolutionSteps {
    /// The instant this write is logged at.
    fn now(&self) -> &str;
    /// The state the kept sums hold for forecast `id`, if it is current.
    fn counted(&mut self, id: i64) -> Result<Option<Counted>>;
    /// Appends a journal entry (or, inside an import or a batch, records its digest).
    fn append_entry(&mut self, kind: &str, id: i64, body: String) -> Result<()>;
    /// What a hand resolution checks of forecast `id`, if there is one.
    fn stored(&mut self, id: i64) -> Result<Option<Stored>>;
    /// Writes resolution `r`, moves the forecast's current outcome to it, counts the
    /// change in the kept sums from `before` (the forecast's state before it) and journals
    /// it.
    fn write_resolution(&mut self, r: &NewResolution<'_>, before: Option<Counted>) -> Result<()>;
    /// Writes the resolutions a question outcome `qo` makes (each `Decided` beside its
    /// forecast's kept state) with their digests recorded for the outcome's one entry.
    /// Every `Decided` names a forecast read from `forecasts` in this write (under its
    /// lock; forecasts are never deleted), so the reference check before the commit need
    /// not look them up (`dangling`).
    fn write_resolutions_by_digest(
        &mut self,
        decided: &[(Decided, Option<Counted>)],
        note: Option<&str>,
        qo: i64,
    ) -> Result<super::batch::Batch>;
    fn question_id(&mut self, key: &str) -> Result<Option<i64>>;
    /// The question's recorded outcomes in force (`IN_FORCE_SQL`: id, event, date), oldest
    /// first.
    fn question_events(&mut self, question_id: i64) -> Result<Vec<(i64, String, Option<String>)>>;
    /// Records a question outcome (one amending outcome `amends`, when given); returns its id.
    fn insert_question_outcome(
        &mut self,
        question_id: i64,
        event: QuestionEvent,
        note: Option<&str>,
        amends: Option<i64>,
    ) -> Result<i64>;
    /// The current forecasts on a question in id order, each beside its kept state, the
    /// day it resolved on and the question outcome that resolved it (`amend_targets_sql`).
    fn amend_targets(&mut self, question_id: i64) -> Result<Vec<AmendTarget>>;
    /// The current forecasts on a question in id order, each beside its kept state.
    fn counted_targets(&mut self, question_id: i64) -> Result<Vec<(Target, Counted)>>;
    /// The current forecasts on a question in id order (`TARGETS_SQL`).
    fn targets(&mut self, question_id: i64) -> Result<Vec<Target>>;
    /// The recorded outcomes `KNOWN_SQL` reads.
    fn known(&mut self, only_question: Option<i64>) -> Result<Vec<Known>>;
    /// The question of forecast `id`.
    fn question_of(&mut self, id: i64) -> Result<i64>;
    /// The key of question `id`.
    fn question_key_of(&mut self, id: i64) -> Result<String>;
    /// The keys of the questions with a recorded outcome (`DECIDED_KEYS_SQL`).
    fn decided_keys(&mut self) -> Result<rustc_hash::FxHashSet<String>>;
}

/// The keys of the questions with a recorded outcome (both backends).
pub(crate) const DECIDED_KEYS_SQL: &str =
    "SELECT DISTINCT q.key FROM question_outcomes qo JOIN questions q ON q.id = qo.question_id";

/// The forecasts among `ids` (sorted) on question `key` that arrived resolved (an import's
/// rows with an outcome) and that the question's recorded outcome decides otherwise. A
/// resolution given by hand keeps its outcome, so these are reported, never applied.
pub(crate) fn recorded_conflicts(
    w: &mut impl ResolutionSteps,
    key: &str,
    ids: &[i64],
) -> Result<Vec<Conflict>> {
    let Some(qid) = w.question_id(key)? else {
        return Ok(Vec::new());
    };
    // Newest first: the newest event that decides a forecast is the one that applies.
    let events: Vec<QuestionEvent> = w
        .question_events(qid)?
        .into_iter()
        .rev()
        .filter_map(|(_, kind, date)| {
            QuestionEvent::from_parts(&kind, date.and_then(|d| d.parse().ok())).ok()
        })
        .collect();
    let mut out = Vec::new();
    for t in w.targets(qid)? {
        let Some(current) = t.outcome else { continue };
        if ids.binary_search(&t.id).is_err() {
            continue;
        }
        if let Some(proposed) = events.iter().find_map(|e| e.decides(t.deadline, t.stance)) {
            if proposed != current {
                out.push(Conflict {
                    id: t.id,
                    current,
                    proposed,
                });
            }
        }
    }
    Ok(out)
}

/// Resolves forecast `id` by hand. Refuses one already resolved unless `amend` (an outcome
/// changed on appeal), which needs a note.
#[allow(clippy::too_many_arguments)]
pub(crate) fn resolve_forecast(
    w: &mut impl ResolutionSteps,
    id: i64,
    outcome: Outcome,
    on: NaiveDate,
    note: Option<&str>,
    reason: Option<VoidReason>,
    amend: bool,
    today: NaiveDate,
) -> Result<()> {
    check_reason(outcome, reason)?;
    let found = w.stored(id)?;
    let now = clock_of_record(w);
    check_hand_resolution(id, found, outcome, on, note, amend, today, now)?;
    if !amend {
        check_market_agrees(w, id, outcome)?;
    }
    insert_resolution(
        w,
        &NewResolution {
            forecast_id: id,
            outcome,
            on,
            note,
            reason,
            question_outcome: None,
        },
    )
}

/// Refuses a hand resolution of forecast `id` as `outcome` that says the event of its
/// market (question and deadline) the other way from forecasts already resolved in it
/// (`true` or `false`, stance taken into account), naming them and the ways out (audit 17,
/// A2): each forecast would be scored on its own outcome, both sides as right, and the
/// market would drop out of every source's `compare`, which is why an outcomes file that
/// says one market both ways is refused too. DESIGN.md: "a later question outcome that
/// disagrees is reported as a conflict, never silently applied"; a later hand outcome is
/// refused, since nothing else would report it. A void says nothing about the event, and
/// an amendment (`--amend --note`) is the way to change an outcome already given, so
/// neither is checked.
fn check_market_agrees(w: &mut impl ResolutionSteps, id: i64, outcome: Outcome) -> Result<()> {
    if outcome == Outcome::Void {
        return Ok(());
    }
    let question = w.question_of(id)?;
    let targets = w.targets(question)?;
    let Some(me) = targets.iter().find(|t| t.id == id) else {
        return Ok(());
    };
    let Some(happened) = outcome.event_happened(me.stance) else {
        return Ok(());
    };
    let against: Vec<&Target> = targets
        .iter()
        .filter(|t| t.id != id && t.deadline == me.deadline)
        .filter(|t| {
            t.outcome
                .and_then(|o| o.event_happened(t.stance))
                .is_some_and(|h| h != happened)
        })
        .collect();
    if against.is_empty() {
        return Ok(());
    }
    let key = w.question_key_of(question)?;
    let ids = against
        .iter()
        .map(|t| t.id.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let says = |h: bool| {
        if h {
            "happened"
        } else {
            "did not happen"
        }
    };
    // Each one's own amendment: its outcome the other way (a stance `against` among them
    // needs the other flag from a `for`; the first one's was named for all).
    let mut amend = against
        .iter()
        .take(5)
        .map(|t| {
            let other = match t.outcome {
                Some(Outcome::True) => "no",
                _ => "yes",
            };
            format!("`forecast resolve {} --{other} --amend --note WHY`", t.id)
        })
        .collect::<Vec<_>>()
        .join(", ");
    if against.len() > 5 {
        amend.push_str(&format!(" and {} more", against.len() - 5));
    }
    let event = if happened {
        "--happened-on DATE"
    } else {
        "--not-by DATE"
    };
    let (are, them) = if against.len() == 1 {
        ("is", "it")
    } else {
        ("are", "them")
    };
    Err(Error::invalid(
        format!("forecast {id}"),
        format!(
            "resolving it `{outcome}` says the event of its market (question `{key}`, deadline {}) {}, but forecast(s) {ids} in that market {are} resolved the other way (the event {}), stance taken into account: both sides would score as right and the market would drop out of `compare`; nothing was written. If those are wrong, amend {them} with a note first ({amend}); or record what happened with `forecast resolve --question {} {event}`, which decides every forecast in the market (hand resolutions that disagree stay, named as conflicts)",
            me.deadline,
            says(happened),
            says(!happened),
            crate::error::shell_word(&key),
        ),
    ))
}

/// The journal body of resolution `id`, `r` recorded at `recorded_at`: what both backends'
/// writers journal for a resolution, one by one or digested into a question outcome's
/// entry (`decided_rows`). The journal's hashes depend on it byte for byte.
pub(crate) fn resolution_body(r: &NewResolution<'_>, id: i64, recorded_at: &str) -> String {
    ResolutionText {
        forecast_id: r.forecast_id,
        id,
        note: r.note,
        outcome: r.outcome.as_str(),
        question_outcome_id: r.question_outcome,
        reason: r.reason.map(VoidReason::as_str),
        recorded_at,
        resolved_on: &iso(r.on),
    }
    .text()
}

/// One resolution a question outcome writes by digest (`decided_rows`), with the columns
/// both backends insert.
pub(crate) struct DecidedRow {
    pub id: i64,
    pub forecast_id: i64,
    pub outcome: &'static str,
    pub resolved_on: String,
    pub reason: Option<&'static str>,
}

/// The resolutions question outcome `qo` makes of `decided` (ids from `first` on, in
/// order, with `note`, recorded at `now`), as both backends' `write_resolutions_by_digest`
/// insert them: each forecast's change to the kept sums is added to `kept`, and each
/// resolution's journal body (`resolution_body`) to `digests`.
pub(crate) fn decided_rows(
    decided: &[(Decided, Option<Counted>)],
    note: Option<&str>,
    qo: i64,
    first: i64,
    now: &str,
    kept: &mut super::kept::Pending,
    digests: &mut super::batch::Batch,
) -> Result<Vec<DecidedRow>> {
    let mut rows = Vec::with_capacity(decided.len());
    for ((r, before), id) in decided.iter().zip(first..) {
        if let Some(before) = before {
            kept.resolve(before, r.outcome);
        }
        let resolution = NewResolution::decided(r, note, qo);
        digests.add("resolution", id, &resolution_body(&resolution, id, now))?;
        rows.push(DecidedRow {
            id,
            forecast_id: r.id,
            outcome: r.outcome.as_str(),
            resolved_on: iso(r.on),
            reason: r.reason.map(VoidReason::as_str),
        });
    }
    Ok(rows)
}

/// Writes resolution `r` with the forecast's kept state read first.
pub(crate) fn insert_resolution(w: &mut impl ResolutionSteps, r: &NewResolution<'_>) -> Result<()> {
    let before = w.counted(r.forecast_id)?;
    w.write_resolution(r, before)
}

/// Records what happened to question `key`'s event and resolves every forecast on it that
/// the event decides: one entry for the outcome and one per resolution, or, from
/// `RESOLUTIONS_BY_DIGEST_FROM` resolutions on, the outcome's one entry recording their
/// digests (as an import does).
pub(crate) fn resolve_question(
    w: &mut impl ResolutionSteps,
    key: &str,
    event: QuestionEvent,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<QuestionResolution> {
    let Some(qid) = w.question_id(key)? else {
        return Err(Error::QuestionNotFound {
            key: key.to_string(),
        });
    };
    let known = w.question_events(qid)?;
    check_new_event(key, event, today, clock_of_record(w), known)?;
    let qo = w.insert_question_outcome(qid, event, note, None)?;
    let body = question_outcome_body(qo, key, event, note, None, w.now());
    // One read of the question's forecasts with what the kept sums hold for each,
    // instead of a lookup per forecast resolved.
    let (targets, counted): (Vec<Target>, Vec<Counted>) =
        w.counted_targets(qid)?.into_iter().unzip();
    let (summary, to_resolve) = decide_question(key, event, &targets, today);
    // Both in id order: each resolved forecast's state is found by walking on.
    let mut counted = targets.iter().map(|t| t.id).zip(counted);
    let decided: Vec<(Decided, Option<Counted>)> = to_resolve
        .into_iter()
        .map(|r| {
            let c = counted.find(|(t, _)| *t == r.id).map(|(_, c)| c);
            (r, c)
        })
        .collect();
    write_decided(w, qo, body, decided, note)?;
    Ok(summary)
}

/// Writes the resolutions question outcome `qo` (its journal body `body`) makes, each
/// `Decided` beside its forecast's kept state, and the outcome's entry: one entry for the
/// outcome and one per resolution, or, from `RESOLUTIONS_BY_DIGEST_FROM` resolutions on,
/// the outcome's one entry recording their digests (as an import does).
fn write_decided(
    w: &mut impl ResolutionSteps,
    qo: i64,
    body: serde_json::Value,
    decided: Vec<(Decided, Option<Counted>)>,
    note: Option<&str>,
) -> Result<()> {
    if decided.len() < super::batch::RESOLUTIONS_BY_DIGEST_FROM {
        w.append_entry("question_outcome", qo, body.to_string())?;
        for (r, before) in decided {
            w.write_resolution(&NewResolution::decided(&r, note, qo), before)?;
        }
        return Ok(());
    }
    let batch = w.write_resolutions_by_digest(&decided, note, qo)?;
    w.append_entry("question_outcome", qo, batch.record_in(body).to_string())
}

/// What amending a question's outcome did (`amend_question`).
#[derive(Debug, Clone, Serialize, Default)]
pub struct QuestionAmendment {
    pub question: String,
    /// The outcome recorded now.
    pub event: String,
    /// The outcomes it replaces (those in force before it), oldest first.
    pub replaced: Vec<String>,
    /// How many forecasts the replaced outcomes had decided (each decided again now).
    pub redecided: usize,
    /// Of those, the ones whose outcome changed: (id, before, now).
    pub changed: Vec<(i64, Outcome, Outcome)>,
    /// Of those, the ones that kept their outcome with another day resolved on.
    pub redated: Vec<i64>,
    /// Unresolved forecasts the new outcome decides.
    pub resolved: Vec<(i64, Outcome)>,
    /// Unresolved forecasts it does not decide (deadline after a `not-by` date).
    pub undecided: usize,
    /// Forecasts resolved by hand that it decides otherwise: left as they are.
    pub conflicts: Vec<Conflict>,
}

/// Amends question `key`'s outcome: records `event` as a new outcome replacing every one in
/// force (see the module doc), and decides the question's forecasts again by it. A forecast a
/// replaced outcome resolved gets a new resolution when its outcome or its day changes; an
/// unresolved one it decides is resolved; one resolved by hand keeps its outcome (a
/// disagreement is a conflict, as for any question outcome). Refused (exit 2, nothing
/// written): a question without an outcome, an amendment without a note, one that says
/// what is in force already, a date after today, and one that would leave a forecast the
/// replaced outcome decided undecided (a resolution is never withdrawn).
pub(crate) fn amend_question(
    w: &mut impl ResolutionSteps,
    key: &str,
    event: QuestionEvent,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<QuestionAmendment> {
    let Some(qid) = w.question_id(key)? else {
        return Err(Error::QuestionNotFound {
            key: key.to_string(),
        });
    };
    let what = format!("--amend on question `{key}`");
    let in_force: Vec<(i64, QuestionEvent)> = w
        .question_events(qid)?
        .into_iter()
        .map(|(id, kind, date)| {
            let date = date.and_then(|d| crate::time::parse_date(&d).ok());
            Ok((id, QuestionEvent::from_parts(&kind, date)?))
        })
        .collect::<Result<_>>()?;
    let Some(&(newest, _)) = in_force.last() else {
        return Err(Error::invalid(
            what,
            "it has no outcome yet; record one without --amend",
        ));
    };
    if note.is_none_or(|n| n.trim().is_empty()) {
        return Err(Error::invalid(
            "--amend",
            "changing an outcome needs --note saying why",
        ));
    }
    if let Some(d) = event.date() {
        if let Some(why) = crate::model::days::future_day(d, today, clock_of_record(w)) {
            return Err(Error::invalid(format!("{} {d}", event.kind()), why));
        }
    }
    let events: Vec<QuestionEvent> = in_force.iter().map(|(_, e)| *e).collect();
    if QuestionEvent::in_sum(&events) == Some(event) {
        return Err(Error::invalid(
            what,
            format!("its outcome is already `{event}`; an amendment records a different outcome"),
        ));
    }
    let mut summary = QuestionAmendment {
        question: key.to_string(),
        event: event.to_string(),
        replaced: events.iter().map(ToString::to_string).collect(),
        ..Default::default()
    };
    let mut decided = Vec::new();
    let mut left_open = Vec::new();
    for t in w.amend_targets(qid)? {
        let AmendTarget {
            target,
            counted,
            resolved_on,
            by_outcome,
        } = t;
        let proposed = event.decides(target.deadline, target.stance);
        let on = resolution_day(event, target.made_on, today);
        let decision = |outcome: Outcome| Decided {
            id: target.id,
            outcome,
            on,
            reason: (outcome == Outcome::Void).then_some(VoidReason::Annulled),
            question_outcome: None,
            note: None,
        };
        match (target.outcome, by_outcome, proposed) {
            // Decided by a replaced outcome: decided again.
            (Some(current), true, Some(now)) => {
                summary.redecided += 1;
                if now != current {
                    summary.changed.push((target.id, current, now));
                } else if resolved_on.as_deref() != Some(iso(on).as_str()) {
                    summary.redated.push(target.id);
                } else {
                    continue;
                }
                decided.push((decision(now), Some(counted)));
            }
            (Some(_), true, None) => left_open.push(target.id.to_string()),
            // Resolved by hand: kept, a disagreement reported.
            (Some(current), false, Some(now)) if now != current => {
                summary.conflicts.push(Conflict {
                    id: target.id,
                    current,
                    proposed: now,
                });
            }
            (Some(_), false, _) => {}
            (None, _, Some(now)) => {
                summary.resolved.push((target.id, now));
                decided.push((decision(now), Some(counted)));
            }
            (None, _, None) => summary.undecided += 1,
        }
    }
    if !left_open.is_empty() {
        return Err(Error::invalid(
            format!("question `{key}`: {event}"),
            format!(
                "forecast(s) {} were resolved by the outcome it replaces and this one does not decide them (a resolution is never withdrawn); amend to an outcome that decides them, e.g. a `--not-by` date on or after their deadlines; nothing was recorded",
                left_open.join(", ")
            ),
        ));
    }
    let qo = w.insert_question_outcome(qid, event, note, Some(newest))?;
    let body = question_outcome_body(qo, key, event, note, Some(newest), w.now());
    write_decided(w, qo, body, decided, note)?;
    Ok(summary)
}

/// Applies every recorded question outcome (of question `only_question`, or all) to the
/// unresolved forecasts it decides (forecasts added after the outcome was recorded).
/// Returns one summary per question that changed anything.
pub(crate) fn apply_known_outcomes(
    w: &mut impl ResolutionSteps,
    today: NaiveDate,
    only_question: Option<i64>,
) -> Result<Vec<QuestionResolution>> {
    let known = w.known(only_question)?;
    let mut out = Vec::new();
    for (qid, events) in by_question(&known) {
        let targets = w.targets(qid)?;
        let plan = decide_known(&events, &targets, today);
        for r in &plan.to_resolve {
            insert_resolution(
                w,
                &NewResolution {
                    forecast_id: r.id,
                    outcome: r.outcome,
                    on: r.on,
                    note: r.note.as_deref(),
                    reason: r.reason,
                    question_outcome: r.question_outcome,
                },
            )?;
        }
        out.extend(plan.summary);
    }
    Ok(out)
}

/// The same for the question of forecast `id` only: `add` applies an outcome already
/// recorded to the forecast it logs, so it is not left due until a bare `resolve`.
pub(crate) fn apply_known_outcomes_to(
    w: &mut impl ResolutionSteps,
    id: i64,
    today: NaiveDate,
) -> Result<Option<QuestionResolution>> {
    let qid = w.question_of(id)?;
    Ok(apply_known_outcomes(w, today, Some(qid))?.pop())
}

/// The current forecasts on question `?1`, in id order, each with the columns of its kept
/// state first (`kept::counted_from_row`) and then id, deadline, made_on and stance
/// (`counted_target_row`); `horizon` is the dialect's deadline - made_on in days.
/// The amended flag is looked up only for a forecast with a current resolution
/// (`kept::counted_columns_resolving`), so an unresolved question's forecasts are read in
/// one pass over them.
pub(crate) fn counted_targets_sql(horizon: &str) -> String {
    format!(
        "SELECT {}, f.id, f.deadline, f.made_on, f.stance FROM forecasts f
         WHERE f.question_id = ?1 AND f.superseded_by IS NULL ORDER BY f.id",
        super::kept::counted_columns_resolving(horizon)
    )
}

/// `counted_targets_sql` with two more columns: the day the forecast resolved on and
/// whether a question outcome resolved it (its current resolution's `question_outcome_id`).
pub(crate) fn amend_targets_sql(horizon: &str) -> String {
    format!(
        "SELECT {}, f.id, f.deadline, f.made_on, f.stance, f.resolved_on,
                r.question_outcome_id
         FROM forecasts f LEFT JOIN resolutions r ON r.id = f.resolution_id
         WHERE f.question_id = ?1 AND f.superseded_by IS NULL ORDER BY f.id",
        super::kept::counted_columns_with(horizon)
    )
}

/// A current forecast on a question as `amend_question` decides it again.
pub(crate) struct AmendTarget {
    target: Target,
    counted: Counted,
    resolved_on: Option<String>,
    /// A question outcome resolved it (not a hand resolution).
    by_outcome: bool,
}

/// An `AmendTarget` from a row of `amend_targets_sql`.
pub(crate) fn amend_target_row(r: &impl super::cols::Cols) -> Result<AmendTarget> {
    let (target, counted) = counted_target_row(r)?;
    Ok(AmendTarget {
        target,
        counted,
        resolved_on: r.opt_text(11)?,
        by_outcome: r.opt_int(12)?.is_some(),
    })
}

/// A forecast and its kept state from a row of `counted_targets_sql`.
pub(crate) fn counted_target_row(r: &impl super::cols::Cols) -> Result<(Target, Counted)> {
    let target = Target::parse(
        r.int(7)?,
        &r.text(8)?,
        &r.text(9)?,
        &r.text(10)?,
        r.opt_text(2)?,
    )?;
    Ok((target, counted_from_row(r)?))
}

/// `counted_target_row` of a SQLite row of `counted_targets_sql(NO_HORIZON)`, its texts
/// borrowed instead of copied (`resolve --question` reads every forecast on the question
/// this way), the horizon counted from the two dates the target parses anyway: the days
/// between two ISO dates, which `kept::HORIZON_SQL` gives too (SQLite's `julianday` of
/// both dates of every row was about a fifth of this read's instructions).
fn counted_target_sqlite_row(r: &rusqlite::Row<'_>) -> Result<(Target, Counted)> {
    use super::bodies::str_at;
    use super::cols::Cols as _;
    let outcome = r.outcome(2)?;
    let target = Target::from_stored(
        r.int(7)?,
        str_at(r, 8)?,
        str_at(r, 9)?,
        str_at(r, 10)?,
        outcome,
    )?;
    let counted = Counted {
        source_id: r.int(0)?,
        probability: r.real(1)?,
        outcome,
        corrected: r.flag(3)?,
        late: r.flag(4)?,
        amended: r.flag(5)?,
        horizon: (target.deadline - target.made_on).num_days(),
    };
    Ok((target, counted))
}

/// The horizon column of `counted_targets_sql` when the row's reader counts it from the
/// dates (`counted_target_sqlite_row`).
const NO_HORIZON: &str = "NULL";

/// Every reference the rows a resolving write (`SqliteStore::write_resolving`) adds or
/// changes hold: (table, column, the table it names by id, which rows: `?1` the first new
/// resolution's id, `?2` the first new question outcome's; the kept sums are rewritten
/// whole). A resolution changes no other column of a forecast. A test holds this to the
/// schema's foreign keys of these tables.
pub(crate) const RESOLVING_REFERENCES: [(&str, &str, &str, &str); 8] = [
    ("question_outcomes", "question_id", "questions", "id >= ?2"),
    (
        "question_outcomes",
        "amends",
        "question_outcomes",
        "id >= ?2",
    ),
    ("resolutions", "forecast_id", "forecasts", "id >= ?1"),
    (
        "resolutions",
        "question_outcome_id",
        "question_outcomes",
        "id >= ?1",
    ),
    (
        "forecasts",
        "resolution_id",
        "resolutions",
        "resolution_id >= ?1",
    ),
    ("source_totals", "source_id", "sources", "1"),
    ("source_bin_sums", "source_id", "sources", "1"),
    ("source_shapes", "source_id", "sources", "1"),
];

/// The ids the next resolution and question outcome get: a resolving write's rows are the
/// ones from these.
pub(super) fn first_ids(conn: &rusqlite::Connection) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        "SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM resolutions),
                (SELECT COALESCE(MAX(id), 0) + 1 FROM question_outcomes)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// The first row a resolving write added or changed (from `firsts`: its first resolution
/// and question outcome ids) that refers to a row that does not exist, described; one
/// pass. The resolutions and question outcomes from those ids on are the write's own,
/// every id up to the newest (it holds the write lock, and these rows are never deleted),
/// so a reference into that range holds without a look-up (a forecast's new resolution, a
/// resolution's question outcome); any other is looked up by id.
///
/// The write's resolutions with ids in `vouched` refer to forecasts it read from
/// `forecasts` under its lock (forecasts are never deleted) and to its own question
/// outcome, so they are not read at all (`write_resolutions_by_digest`: a look-up each was
/// 7% of a 100,000-forecast `resolve --question`).
pub(super) fn dangling(
    conn: &rusqlite::Connection,
    firsts: (i64, i64),
    vouched: Option<(i64, i64)>,
) -> Result<Option<String>> {
    let own = |parent: &str| match parent {
        "resolutions" => " AND c.{column} NOT BETWEEN ?1 AND (SELECT MAX(id) FROM resolutions)",
        "question_outcomes" => {
            " AND c.{column} NOT BETWEEN ?2 AND (SELECT MAX(id) FROM question_outcomes)"
        }
        _ => "",
    };
    let parts: Vec<String> = RESOLVING_REFERENCES
        .iter()
        .map(|(table, column, parent, rows)| {
            let key = match *table {
                "forecasts" | "resolutions" | "question_outcomes" => "c.id",
                _ => "c.source_id",
            };
            let own = own(parent).replace("{column}", column);
            let part = |rows: &str| {
                format!(
                    "SELECT * FROM (SELECT '{table}', {key}, '`{column}` ' || c.{column} || ', which no row of `{parent}` has'
                     FROM {table} c WHERE {rows} AND c.{column} IS NOT NULL{own}
                       AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.id = c.{column}) LIMIT 1)"
                )
            };
            if *table == "resolutions" {
                // Around the vouched range `?3..=?4`, as two ranges of ids.
                format!("{} UNION ALL {}", part("id >= ?1 AND id < ?3"), part("id > ?4"))
            } else {
                part(rows)
            }
        })
        .collect();
    let sql = format!("{} LIMIT 1", parts.join(" UNION ALL "));
    let (lo, hi) = vouched.unwrap_or((i64::MAX, i64::MAX));
    let found: Option<(String, i64, String)> = conn
        .query_row(&sql, params![firsts.0, firsts.1, lo, hi], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(found.map(|(table, id, what)| format!("row {id} of `{table}` has {what}")))
}

const INSERT_RESOLUTION: &str = "INSERT INTO resolutions (forecast_id, outcome, resolved_on, note, reason, question_outcome_id, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

/// Resolutions per statement when a question outcome writes many (`decided_sql`).
pub(super) const DECIDED_ROWS: usize = 256;

/// Values bound per resolution in `decided_sql`: id, forecast, outcome, day, void reason.
const DECIDED_PER_ROW: usize = 5;

/// The `INSERT` of `rows` resolutions a question outcome makes: `?1` the note, `?2` the
/// outcome's id and `?3` the instant, shared by every row; then `DECIDED_PER_ROW` values a
/// row.
fn decided_sql(rows: usize) -> String {
    use std::fmt::Write as _;
    let mut sql = String::with_capacity(150 + rows * 40);
    sql.push_str(
        "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, reason, note, question_outcome_id, recorded_at) VALUES ",
    );
    for r in 0..rows {
        let p = 4 + r * DECIDED_PER_ROW;
        let sep = if r == 0 { "" } else { ", " };
        let _ = write!(
            sql,
            "{sep}(?{p}, ?{}, ?{}, ?{}, ?{}, ?1, ?2, ?3)",
            p + 1,
            p + 2,
            p + 3,
            p + 4
        );
    }
    sql
}

impl SqliteWriter<'_> {
    /// Runs `f`, which writes resolutions, recording them by digest (returned) for the
    /// question outcome's one entry instead of an entry each, as an import does, and with
    /// the tables' CHECK constraints tested once over the rows written at the end instead
    /// of row by row (SQLite builds a temporary table for each `IN` list of a CHECK on
    /// every row). `f` changes forecasts only by copying the outcome of a resolution it
    /// wrote (`write_resolutions_by_digest`'s one `UPDATE ... FROM`, the only caller), so
    /// the forecasts' one column with a CHECK it sets holds values tested here already;
    /// reading the forecasts back through `forecasts_resolution` to test them again was
    /// about 4% of a 100,000-forecast `resolve --question`'s instructions.
    fn resolving_in_batch(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<super::batch::Batch> {
        let first = self.next_resolution_id()?;
        self.tx
            .pragma_update(None, "ignore_check_constraints", true)?;
        self.resolving = Some(super::batch::Batch::default());
        let done = f(self);
        let batch = self.resolving.take().unwrap_or_default();
        self.tx
            .pragma_update(None, "ignore_check_constraints", false)?;
        done?;
        let bad: Option<i64> = self
            .tx
            .query_row(
                "SELECT forecast_id FROM resolutions WHERE id >= ?1 AND NOT (
                     outcome IN ('true', 'false', 'void')
                     AND (reason IS NULL OR reason IN ('ambiguous', 'annulled', 'condition-false')))
                 LIMIT 1",
                [first],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = bad {
            return Err(Error::Other(format!(
                "the resolution of forecast {id} breaks a CHECK constraint; nothing was written"
            )));
        }
        Ok(batch)
    }

    /// The id the next resolution written gets.
    fn next_resolution_id(&self) -> Result<i64> {
        Ok(self.tx.query_row(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM resolutions",
            [],
            |r| r.get(0),
        )?)
    }
}

impl ResolutionSteps for SqliteWriter<'_> {
    fn now(&self) -> &str {
        &self.now
    }

    fn counted(&mut self, id: i64) -> Result<Option<Counted>> {
        SqliteWriter::counted(self, id)
    }

    fn append_entry(&mut self, kind: &str, id: i64, body: String) -> Result<()> {
        self.journal_text(kind, id, body)
    }

    fn stored(&mut self, id: i64) -> Result<Option<Stored>> {
        Ok(self
            .tx
            .prepare_cached(STORED_SQL)?
            .query_row([id], |r| {
                Ok(Stored {
                    made_on: r.get(0)?,
                    outcome: parse_outcome(r.get(1)?),
                    superseded_by: r.get(2)?,
                    resolved_on: r.get(3)?,
                    reason: r.get(4)?,
                })
            })
            .optional()?)
    }

    fn write_resolution(&mut self, r: &NewResolution<'_>, before: Option<Counted>) -> Result<()> {
        let reason = r.reason.map(VoidReason::as_str);
        let on_text = iso(r.on);
        self.tx.prepare_cached(INSERT_RESOLUTION)?.execute(params![
            r.forecast_id,
            r.outcome.as_str(),
            on_text,
            r.note,
            reason,
            r.question_outcome,
            self.now
        ])?;
        let rid = self.tx.last_insert_rowid();
        if let Some(before) = before {
            self.kept.resolve(&before, r.outcome);
        }
        self.tx
            .prepare_cached("UPDATE forecasts SET outcome = ?1, resolved_on = ?2, resolution_id = ?3 WHERE id = ?4")?
            .execute(params![r.outcome.as_str(), on_text, rid, r.forecast_id])?;
        let body = resolution_body(r, rid, &self.now);
        self.journal_text("resolution", rid, body)
    }

    fn write_resolutions_by_digest(
        &mut self,
        decided: &[(Decided, Option<Counted>)],
        note: Option<&str>,
        qo: i64,
    ) -> Result<super::batch::Batch> {
        self.resolving_in_batch(|w| {
            let first = w.next_resolution_id()?;
            let digests = w.resolving.get_or_insert_with(Default::default);
            let rows = decided_rows(decided, note, qo, first, &w.now, &mut w.kept, digests)?;
            // The rows `DECIDED_ROWS` to a statement, ids given from `first` on (the write
            // holds the lock, so they are the ones SQLite would give, as PostgreSQL's writer
            // gives them too): a statement per row paid SQLite's statement set-up, a reset
            // and rusqlite's checks for every forecast.
            let mut full = None;
            for chunk in rows.chunks(DECIDED_ROWS) {
                let rid0 = chunk[0].id;
                if chunk.len() == DECIDED_ROWS && full.is_none() {
                    full = Some(w.tx.prepare_cached(&decided_sql(DECIDED_ROWS))?);
                }
                let mut once;
                let insert: &mut rusqlite::Statement<'_> = match full.as_mut() {
                    Some(s) if chunk.len() == DECIDED_ROWS => s,
                    _ => {
                        once = w.tx.prepare(&decided_sql(chunk.len()))?;
                        &mut once
                    }
                };
                insert.raw_bind_parameter(1, note)?;
                insert.raw_bind_parameter(2, qo)?;
                insert.raw_bind_parameter(3, w.now.as_str())?;
                for (i, row) in chunk.iter().enumerate() {
                    let at = 4 + i * DECIDED_PER_ROW;
                    insert.raw_bind_parameter(at, row.id)?;
                    insert.raw_bind_parameter(at + 1, row.forecast_id)?;
                    insert.raw_bind_parameter(at + 2, row.outcome)?;
                    insert.raw_bind_parameter(at + 3, row.resolved_on.as_str())?;
                    insert.raw_bind_parameter(at + 4, row.reason)?;
                }
                insert.raw_execute()?;
                // Its forecasts were read from `forecasts` in this write, and `qo` is this
                // write's own: nothing for the reference check to look up (one range of
                // such resolutions is kept; any other is checked).
                let last = rid0 + chunk.len() as i64 - 1;
                w.vouched = match w.vouched {
                    None => Some((rid0, last)),
                    Some((lo, hi)) if rid0 == hi + 1 => Some((lo, last)),
                    kept => kept,
                };
            }
            drop(full);
            // Each forecast's current outcome follows its new resolution, in one statement
            // over the rows just written instead of an UPDATE each.
            w.tx.prepare_cached(
                "UPDATE forecasts SET outcome = r.outcome, resolved_on = r.resolved_on, resolution_id = r.id
                 FROM resolutions r WHERE r.id >= ?1 AND forecasts.id = r.forecast_id",
            )?
            .execute([first])?;
            Ok(())
        })
    }

    fn question_id(&mut self, key: &str) -> Result<Option<i64>> {
        question_id(&self.tx, key)
    }

    fn question_events(&mut self, question_id: i64) -> Result<Vec<(i64, String, Option<String>)>> {
        Ok(self
            .tx
            .prepare_cached(IN_FORCE_SQL)?
            .query_map([question_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn insert_question_outcome(
        &mut self,
        question_id: i64,
        event: QuestionEvent,
        note: Option<&str>,
        amends: Option<i64>,
    ) -> Result<i64> {
        let date = event.date().map(|d| d.to_string());
        self.tx
            .prepare_cached(
                "INSERT INTO question_outcomes (question_id, event, date, note, recorded_at, amends) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![question_id, event.kind(), date, note, self.now, amends])?;
        Ok(self.tx.last_insert_rowid())
    }

    fn amend_targets(&mut self, question_id: i64) -> Result<Vec<AmendTarget>> {
        let mut stmt = self
            .tx
            .prepare_cached(&amend_targets_sql(super::kept::HORIZON_SQL))?;
        let mut rows = stmt.query([question_id])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(amend_target_row(r)?);
        }
        Ok(out)
    }

    fn counted_targets(&mut self, question_id: i64) -> Result<Vec<(Target, Counted)>> {
        let mut stmt = self.tx.prepare_cached(&counted_targets_sql(NO_HORIZON))?;
        let mut rows = stmt.query([question_id])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(counted_target_sqlite_row(r)?);
        }
        Ok(out)
    }

    fn targets(&mut self, question_id: i64) -> Result<Vec<Target>> {
        let mut stmt = self.tx.prepare_cached(TARGETS_SQL)?;
        let rows = stmt.query_map([question_id], |r| {
            let deadline: String = r.get(1)?;
            let made_on: String = r.get(2)?;
            let stance: String = r.get(3)?;
            Ok((
                r.get::<_, i64>(0)?,
                deadline,
                made_on,
                stance,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, deadline, made_on, stance, outcome) = row?;
            out.push(Target::parse(id, &deadline, &made_on, &stance, outcome)?);
        }
        Ok(out)
    }

    fn known(&mut self, only_question: Option<i64>) -> Result<Vec<Known>> {
        let mut stmt = self.tx.prepare(KNOWN_SQL)?;
        let known = stmt
            .query_map([only_question], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(known)
    }

    fn decided_keys(&mut self) -> Result<rustc_hash::FxHashSet<String>> {
        Ok(self
            .tx
            .prepare(DECIDED_KEYS_SQL)?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn question_of(&mut self, id: i64) -> Result<i64> {
        Ok(self.tx.query_row(
            "SELECT question_id FROM forecasts WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?)
    }

    fn question_key_of(&mut self, id: i64) -> Result<String> {
        Ok(self
            .tx
            .query_row("SELECT key FROM questions WHERE id = ?1", [id], |r| {
                r.get(0)
            })?)
    }
}

/// The day a question outcome resolves a forecast on: the event's date (never before the
/// forecast was made), or today for an annulment.
fn resolution_day(event: QuestionEvent, made_on: NaiveDate, today: NaiveDate) -> NaiveDate {
    event.date().map_or(today, |d| d.max(made_on))
}

impl Target {
    /// A target from its stored columns (dates as ISO text, stance and outcome as stored).
    pub(crate) fn parse(
        id: i64,
        deadline: &str,
        made_on: &str,
        stance: &str,
        outcome: Option<String>,
    ) -> Result<Target> {
        Target::from_stored(id, deadline, made_on, stance, parse_outcome(outcome))
    }

    /// `parse` with the outcome already read.
    pub(crate) fn from_stored(
        id: i64,
        deadline: &str,
        made_on: &str,
        stance: &str,
        outcome: Option<Outcome>,
    ) -> Result<Target> {
        Ok(Target {
            id,
            deadline: stored_day(deadline)
                .map_err(|_| Error::invalid("stored deadline", deadline.to_string()))?,
            made_on: stored_day(made_on)
                .map_err(|_| Error::invalid("stored date made", made_on.to_string()))?,
            stance: if stance == "against" {
                Stance::Against
            } else {
                Stance::For
            },
            outcome,
        })
    }
}

/// A stored date as `str::parse` reads it, a `YYYY-MM-DD` of ten bytes read by hand first
/// (chrono's parser was a sixth of reading a question's forecasts to resolve them).
fn stored_day(text: &str) -> std::result::Result<NaiveDate, chrono::ParseError> {
    if text.len() == 10 {
        if let Ok(day) = crate::time::parse_date(text) {
            return Ok(day);
        }
    }
    text.parse()
}

/// What `resolve_forecast` reads of the forecast before it checks a hand resolution
/// (`STORED_SQL`), and `repeats_recorded` before it compares a row of an outcomes file.
pub(crate) struct Stored {
    pub made_on: String,
    pub outcome: Option<Outcome>,
    pub superseded_by: Option<i64>,
    /// The day and the void reason of the current resolution.
    pub resolved_on: Option<String>,
    pub reason: Option<String>,
}

/// Forecast `?1` as `Stored` reads it (both backends).
pub(crate) const STORED_SQL: &str =
    "SELECT f.made_on, f.outcome, f.superseded_by, f.resolved_on, r.reason
     FROM forecasts f LEFT JOIN resolutions r ON r.id = f.resolution_id WHERE f.id = ?1";

/// A row of an outcomes file (`resolve --from`), as `repeats_recorded` compares it with the
/// ledger: `on` is the row's day when it gives one.
pub enum OutcomeRow<'a> {
    Forecast {
        id: i64,
        outcome: Outcome,
        on: Option<NaiveDate>,
        reason: Option<VoidReason>,
    },
    Question {
        key: &'a str,
        event: QuestionEvent,
        amend: bool,
    },
}

/// Whether `row` says again what the ledger holds already (audit 18, A2: an outcomes file
/// run a second time, or grown by new rows, was refused whole by its old rows). A forecast
/// row repeats when the forecast's current outcome is the row's, with the same void reason,
/// on the row's day when it gives one (a row without a day was dated the day it was first
/// applied). A question row repeats when the row's event is one of the question's outcomes
/// in force, or, with `amend` yes, what they say together (the amendment already made). A
/// note is not compared: no row could record a new note beside the same outcome. Anything
/// else is left to the write, which refuses a contradiction as before.
pub(crate) fn repeats_recorded(w: &mut impl ResolutionSteps, row: &OutcomeRow<'_>) -> Result<bool> {
    match *row {
        OutcomeRow::Forecast {
            id,
            outcome,
            on,
            reason,
        } => {
            let Some(s) = w.stored(id)? else {
                return Ok(false);
            };
            Ok(s.superseded_by.is_none()
                && s.outcome == Some(outcome)
                && s.reason.as_deref() == reason.map(VoidReason::as_str)
                && on.is_none_or(|d| s.resolved_on.as_deref() == Some(iso(d).as_str())))
        }
        OutcomeRow::Question { key, event, amend } => {
            let Some(qid) = w.question_id(key)? else {
                return Ok(false);
            };
            let in_force = w
                .question_events(qid)?
                .into_iter()
                .map(|(_, kind, date)| {
                    let date = date.and_then(|d| crate::time::parse_date(&d).ok());
                    QuestionEvent::from_parts(&kind, date)
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(if amend {
                QuestionEvent::in_sum(&in_force) == Some(event)
            } else {
                in_force.contains(&event)
            })
        }
    }
}

/// A void takes a reason, and only a void does (checked before anything is read).
pub(crate) fn check_reason(outcome: Outcome, reason: Option<VoidReason>) -> Result<()> {
    match (outcome, reason) {
        (Outcome::Void, None) => Err(Error::invalid(
            "--void",
            "a void takes a reason: --reason ambiguous|annulled|condition-false",
        )),
        (Outcome::True | Outcome::False, Some(r)) => Err(Error::invalid(
            format!("--reason {r}"),
            "a reason goes only with --void",
        )),
        _ => Ok(()),
    }
}

/// The instant of the write (`ResolutionSteps::now`: the clock of record), which caps the
/// latest day an outcome may bear (`model::days::latest_day`); a time the journal cannot
/// read back caps nothing (the day after today stays the limit).
fn clock_of_record(w: &impl ResolutionSteps) -> DateTime<Utc> {
    crate::time::parse_timestamp(w.now()).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// The checks of a hand resolution of forecast `id` (`found`: its stored state, if any):
/// it exists and is current, is resolved again only with `amend`, a note and a different
/// outcome (a void may be amended to another void: its reason changes), and the date lies
/// between the day it was made and today.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_hand_resolution(
    id: i64,
    found: Option<Stored>,
    outcome: Outcome,
    on: NaiveDate,
    note: Option<&str>,
    amend: bool,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(Stored {
        made_on,
        outcome: current,
        superseded_by,
        resolved_on,
        ..
    }) = found
    else {
        return Err(Error::ForecastNotFound { id: id.to_string() });
    };
    if let Some(newer) = superseded_by {
        return Err(Error::invalid(
            format!("forecast {id}"),
            format!("it was corrected; resolve its current version (forecast {newer} or a later correction of it; `forecast show {newer}` tells)"),
        ));
    }
    if let Some(current) = current {
        // The outcome it has, on another day (an outcomes file's row dated otherwise):
        // "amend" was the advice, and an amendment of the same outcome is refused below, so
        // the way out named is the one that works (a repeat of the outcome and its day is
        // skipped by `resolve --from` before it gets here).
        if !amend && current == outcome && outcome != Outcome::Void {
            let day = resolved_on.as_deref().unwrap_or("the day recorded");
            return Err(Error::invalid(
                format!("forecast {id}"),
                format!(
                    "it is already resolved `{current}` on {day}, the outcome given here; nothing was recorded: the outcome stands, and its day is not amended (a forecast's own resolution day decides no score; an amendment records a different outcome); an outcomes file skips a row with this outcome whose `on` is {day} or empty"
                ),
            ));
        }
        if !amend {
            return Err(Error::AlreadyResolved {
                id,
                outcome: current.to_string(),
            });
        }
        if note.is_none_or(|n| n.trim().is_empty()) {
            return Err(Error::invalid(
                "--amend",
                "changing an outcome needs --note saying why",
            ));
        }
        // The same outcome again would count as `amended` in every report while changing
        // nothing a score reads.
        if current == outcome && outcome != Outcome::Void {
            return Err(Error::invalid(
                format!("--amend on forecast {id}"),
                format!(
                    "it is already resolved `{current}`; an amendment records a different outcome"
                ),
            ));
        }
    } else if amend {
        return Err(Error::invalid(
            format!("--amend on forecast {id}"),
            "it is not resolved yet; resolve it without --amend",
        ));
    }
    if on.to_string() < made_on {
        return Err(Error::invalid(
            format!("resolution date `{on}`"),
            format!("it is before forecast {id} was made ({made_on})"),
        ));
    }
    if let Some(why) = crate::model::days::future_day(on, today, now) {
        return Err(Error::invalid(format!("resolution date `{on}`"), why));
    }
    Ok(())
}

/// Refuses an event dated after today, or one that contradicts or repeats an outcome
/// already recorded for question `key` (`known`: (event, date) as stored, oldest first).
pub(crate) fn check_new_event(
    key: &str,
    event: QuestionEvent,
    today: NaiveDate,
    now: DateTime<Utc>,
    known: Vec<(i64, String, Option<String>)>,
) -> Result<()> {
    if let Some(d) = event.date() {
        if let Some(why) = crate::model::days::future_day(d, today, now) {
            return Err(Error::invalid(format!("{} {d}", event.kind()), why));
        }
    }
    for (_, kind, date) in known {
        let date = date.and_then(|d| crate::time::parse_date(&d).ok());
        let earlier = QuestionEvent::from_parts(&kind, date)?;
        // A repeat is named as one (audit 18, A2): "contradicts" sent the user to amend an
        // outcome that was right.
        if event == earlier {
            return Err(Error::invalid(
                format!("question `{key}`: {event}"),
                "it already has this outcome, recorded before; nothing was recorded (an outcomes file skips such a row)",
            ));
        }
        if event.contradicts(earlier) {
            return Err(Error::invalid(
                format!("question `{key}`: {event}"),
                format!(
                    "it already has the outcome `{earlier}`, which this contradicts; nothing was recorded (to replace a mistaken outcome: add --amend --note WHY)"
                ),
            ));
        }
    }
    Ok(())
}

/// The journal body of a question outcome; `amends` only in an amending one's (so the
/// bodies of outcomes recorded before amendments existed are unchanged).
pub(crate) fn question_outcome_body(
    id: i64,
    key: &str,
    event: QuestionEvent,
    note: Option<&str>,
    amends: Option<i64>,
    now: &str,
) -> serde_json::Value {
    let date = event.date().map(|d| d.to_string());
    let mut body = json!({"id": id, "question": key, "event": event.kind(), "date": date, "note": note, "recorded_at": now});
    if let Some(a) = amends {
        body["amends"] = a.into();
    }
    body
}

/// A resolution a question outcome gives a forecast.
pub(crate) struct Decided {
    pub id: i64,
    pub outcome: Outcome,
    pub on: NaiveDate,
    pub reason: Option<VoidReason>,
    /// For `decide_known`: the outcome that decided it and its note.
    pub question_outcome: Option<i64>,
    pub note: Option<String>,
}

/// What a new outcome of question `key` does to its current forecasts (`targets`, in id
/// order): the summary, and the unresolved forecasts to resolve, in order.
pub(crate) fn decide_question(
    key: &str,
    event: QuestionEvent,
    targets: &[Target],
    today: NaiveDate,
) -> (QuestionResolution, Vec<Decided>) {
    let mut summary = QuestionResolution {
        question: key.to_string(),
        event: event.to_string(),
        ..Default::default()
    };
    let mut to_resolve = Vec::new();
    for t in targets {
        let Some(decided) = event.decides(t.deadline, t.stance) else {
            if t.outcome.is_some() {
                summary.resolved_before += 1;
            } else {
                summary.undecided += 1;
            }
            continue;
        };
        match t.outcome {
            Some(current) if current == decided => summary.agreed += 1,
            Some(current) => summary.conflicts.push(Conflict {
                id: t.id,
                current,
                proposed: decided,
            }),
            None => {
                to_resolve.push(Decided {
                    id: t.id,
                    outcome: decided,
                    on: resolution_day(event, t.made_on, today),
                    reason: (decided == Outcome::Void).then_some(VoidReason::Annulled),
                    question_outcome: None,
                    note: None,
                });
                summary.resolved.push((t.id, decided));
                if made_after(event, t.made_on) {
                    summary.made_after_event.push(t.id);
                }
            }
        }
    }
    (summary, to_resolve)
}

/// A recorded question outcome as `apply_known_outcomes` reads it: (id, question id,
/// question key, event, date, note), newest first within a question.
pub(crate) type Known = (i64, i64, String, String, Option<String>, Option<String>);

/// The recorded outcomes grouped by question, in the order read.
pub(crate) fn by_question(known: &[Known]) -> Vec<(i64, Vec<&Known>)> {
    let mut out: Vec<(i64, Vec<&Known>)> = Vec::new();
    for k in known {
        match out.last_mut() {
            Some((qid, events)) if *qid == k.1 => events.push(k),
            _ => out.push((k.1, vec![k])),
        }
    }
    out
}

/// What the recorded outcomes of one question do to its unresolved forecasts.
pub(crate) struct KnownPlan {
    /// The summary, when anything was resolved.
    pub summary: Option<QuestionResolution>,
    pub to_resolve: Vec<Decided>,
}

/// Applies one question's recorded `events` (newest first) to its unresolved `targets`:
/// the newest event that decides a forecast resolves it.
pub(crate) fn decide_known(events: &[&Known], targets: &[Target], today: NaiveDate) -> KnownPlan {
    let mut summary = QuestionResolution {
        question: events[0].2.clone(),
        event: "recorded outcomes".to_string(),
        ..Default::default()
    };
    let mut to_resolve = Vec::new();
    for t in targets.iter().filter(|t| t.outcome.is_none()) {
        let decision = events.iter().find_map(|(qo, _, _, kind, date, note)| {
            let date = date.as_deref().and_then(|d| d.parse().ok());
            let event = QuestionEvent::from_parts(kind, date).ok()?;
            event
                .decides(t.deadline, t.stance)
                .map(|o| (o, event, *qo, note.clone()))
        });
        match decision {
            Some((outcome, event, qo, note)) => {
                to_resolve.push(Decided {
                    id: t.id,
                    outcome,
                    on: resolution_day(event, t.made_on, today),
                    reason: (outcome == Outcome::Void).then_some(VoidReason::Annulled),
                    question_outcome: Some(qo),
                    note,
                });
                summary.resolved.push((t.id, outcome));
                if made_after(event, t.made_on) {
                    summary.made_after_event.push(t.id);
                }
            }
            None => summary.undecided += 1,
        }
    }
    KnownPlan {
        summary: (!summary.resolved.is_empty()).then_some(summary),
        to_resolve,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The horizon `resolve --question` counts from a target's dates is the one the kept
    /// sums' SQL gives (`kept::HORIZON_SQL`), across leap days, centuries and backwards.
    #[test]
    fn a_targets_horizon_is_the_one_the_kept_sums_sql_gives() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let pairs = [
            ("2026-06-15", "2026-06-15", 0),
            ("2024-02-28", "2024-03-01", 2),
            ("2023-02-28", "2023-03-01", 1),
            ("1999-12-31", "2000-01-01", 1),
            ("1900-03-01", "2100-02-28", 73_048),
            ("2026-12-31", "2026-01-01", -364),
        ];
        for (made_on, deadline, days) in pairs {
            let by_sql: i64 = conn
                .query_row(
                    &format!(
                        "SELECT {} FROM (SELECT ?1 AS deadline, ?2 AS made_on) f",
                        crate::store::kept::HORIZON_SQL
                    ),
                    [deadline, made_on],
                    |r| r.get(0),
                )
                .unwrap();
            let (target, counted) = conn
                .query_row(
                    &format!("SELECT 3, 0.25, NULL, 0, 1, 0, {NO_HORIZON}, 7, ?1, ?2, 'against'"),
                    [deadline, made_on],
                    |r| Ok(counted_target_sqlite_row(r).unwrap()),
                )
                .unwrap();
            assert_eq!(
                (by_sql, counted.horizon),
                (days, days),
                "{made_on} to {deadline}"
            );
            assert_eq!((target.id, target.stance), (7, Stance::Against));
            assert_eq!(
                (
                    counted.source_id,
                    counted.probability,
                    counted.late,
                    counted.amended
                ),
                (3, 0.25, true, false)
            );
        }
    }
}
