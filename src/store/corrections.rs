//! Corrections: a logged forecast is never edited; a correction is a new version that
//! supersedes it (same source and question, changed claim, probability or deadline, with the
//! reason), and both stay. Listings, reports and question outcomes use the newest version.
//!
//! Nothing changes a score once the outcome could be known: the wording may be corrected
//! at any time, but the probability or deadline only while the forecast is unresolved, no
//! outcome is recorded for its question, no other current forecast in its market (question
//! and deadline) is resolved `true` or `false` by hand (audit 17, A1: that outcome is in
//! the ledger too), and its deadline has passed neither by the day
//! the tool reasons with (`FORECAST_TODAY`) nor by the wall clock; a new deadline that has
//! itself passed by either is refused the same way (the window it gives is already over).
//! A correction carries every resolution of the old version (so an amended outcome stays
//! counted as amended) and its `logged_late` mark (a new probability or deadline is judged
//! afresh).

use super::bodies::ForecastFacts;
use super::forecasts::day_after;
use super::kept::Pending;
use super::resolutions::{insert_resolution, NewResolution, ResolutionSteps};
use super::SqliteWriter;
use crate::error::{Error, Result};
use crate::model::{format_percent, polarity, Outcome, Probability, ProbabilityBasis, VoidReason};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

/// What a correction changes; `None` keeps the old value.
#[derive(Debug, Clone, Default)]
pub struct Correction {
    pub claim: Option<String>,
    pub probability: Option<(Probability, ProbabilityBasis)>,
    pub deadline: Option<(NaiveDate, Option<String>)>,
    pub why: String,
}

/// Where a forecast stands, as a correction reads it.
pub(crate) struct Placed {
    pub superseded_by: Option<i64>,
    pub source_id: i64,
    pub question_id: i64,
    /// Its current outcome as stored.
    pub outcome: Option<String>,
}

/// The statements a correction takes besides resolving, as each backend's writer runs them
/// (`SqliteWriter` below, `PgWriter` in `pg/corrections.rs`); what a correction does is
/// written once, in `correct`.
pub(crate) trait CorrectionSteps: ResolutionSteps {
    /// Forecast `id`'s facts as its journal body holds them, if it exists.
    fn facts(&mut self, id: i64) -> Result<Option<ForecastFacts>>;
    fn placed(&mut self, id: i64) -> Result<Placed>;
    /// Whether an outcome is recorded for the question.
    fn question_decided(&mut self, question_id: i64) -> Result<bool>;
    /// The first current forecast of market (`question_id`, `deadline`) other than `id`
    /// resolved `true` or `false` (`market_resolution_sql`): (id, outcome, stance).
    fn market_resolution(
        &mut self,
        question_id: i64,
        deadline: &str,
        id: i64,
    ) -> Result<Option<MarketResolution>>;
    /// Writes the new version `new` (supersedes, why and created_at set); returns its id.
    fn insert_version(
        &mut self,
        new: &ForecastFacts,
        source_id: i64,
        question_id: i64,
    ) -> Result<i64>;
    fn insert_tags(&mut self, id: i64, tags: &[String]) -> Result<()>;
    /// Marks forecast `old` superseded by `new`.
    fn link_superseded(&mut self, old: i64, new: i64) -> Result<()>;
    /// Forecast `id`'s resolutions, oldest first (`CARRIED_SQL`).
    fn carried(&mut self, id: i64) -> Result<Vec<Carried>>;
    /// The kept sums' changes pending in this write.
    fn kept(&mut self) -> &mut Pending;
}

/// A current forecast resolved `true` or `false` in a market: (id, outcome, stance).
pub(crate) type MarketResolution = (i64, String, String);

/// Why market (`question`, `deadline`) has its outcome in the ledger through the hand
/// resolution `r` of another forecast in it, said as `add`'s note says it.
fn market_known(question: &str, deadline: &str, r: Option<MarketResolution>) -> Option<String> {
    let (other, outcome, stance) = r?;
    let happened = super::forecasts::parse_outcome(Some(outcome.clone()))
        .and_then(|o| o.event_happened(stance.parse().unwrap_or_default()))?;
    Some(format!(
        "forecast {other} on question `{question}` with the deadline {deadline} is resolved `{outcome}` (the event {}), so the outcome of that market is in the ledger",
        if happened { "happened" } else { "did not happen by then" }
    ))
}

/// Records a new version of forecast `id`; returns the new version's id.
pub(crate) fn correct(
    w: &mut impl CorrectionSteps,
    id: i64,
    c: &Correction,
    today: NaiveDate,
) -> Result<i64> {
    check_correction(c)?;
    let Some(old) = w.facts(id)? else {
        return Err(Error::ForecastNotFound { id: id.to_string() });
    };
    let placed = w.placed(id)?;
    // The market the forecast is in, and the one a new deadline would move it to: another
    // forecast there resolved by hand puts its outcome in the ledger (audit 17, A1).
    let market = w.market_resolution(placed.question_id, &old.deadline, id)?;
    let new_deadline = c
        .deadline
        .as_ref()
        .map(|(d, _)| d.to_string())
        .filter(|d| *d != old.deadline);
    let new_market = match &new_deadline {
        Some(d) => market_known(
            &old.question,
            d,
            w.market_resolution(placed.question_id, d, id)?,
        ),
        None => None,
    };
    let current = Current {
        superseded_by: placed.superseded_by,
        outcome: placed.outcome,
        question_decided: w.question_decided(placed.question_id)?,
        market_resolved: market_known(&old.question, &old.deadline, market),
        new_market_resolved: new_market,
    };
    let now = w.now().to_string();
    let mut new = corrected(id, &old, c, &current, today, &now)?;
    let new_id = w.insert_version(&new, placed.source_id, placed.question_id)?;
    new.id = new_id;
    if let Some(before) = w.counted(id)? {
        w.kept().count(&before, -1);
    }
    // The new version as the kept sums count it (corrected, not yet resolved: its
    // outcome, if any, is carried over below as resolutions).
    if let Some(after) = w.counted(new_id)? {
        w.kept().count(&after, 1);
    }
    w.insert_tags(new_id, &old.tags)?;
    w.link_superseded(id, new_id)?;
    w.append_entry("forecast", new_id, new.body_text())?;
    // A resolved forecast keeps its outcome through a correction, with every earlier
    // resolution, so an amended outcome is still counted as amended.
    for carried in w.carried(id)? {
        let c = carry(carried)?;
        insert_resolution(
            w,
            &NewResolution {
                forecast_id: new_id,
                outcome: c.outcome,
                on: c.on,
                note: c.note.as_deref(),
                reason: c.reason,
                question_outcome: c.question_outcome,
            },
        )?;
    }
    Ok(new_id)
}

impl CorrectionSteps for SqliteWriter<'_> {
    fn facts(&mut self, id: i64) -> Result<Option<ForecastFacts>> {
        ForecastFacts::load(&self.tx, id)
    }

    fn placed(&mut self, id: i64) -> Result<Placed> {
        Ok(self.tx.query_row(
            "SELECT superseded_by, source_id, question_id, outcome FROM forecasts WHERE id = ?1",
            [id],
            |r| {
                Ok(Placed {
                    superseded_by: r.get(0)?,
                    source_id: r.get(1)?,
                    question_id: r.get(2)?,
                    outcome: r.get(3)?,
                })
            },
        )?)
    }

    fn question_decided(&mut self, question_id: i64) -> Result<bool> {
        Ok(self
            .tx
            .query_row(
                "SELECT 1 FROM question_outcomes WHERE question_id = ?1 LIMIT 1",
                [question_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    fn market_resolution(
        &mut self,
        question_id: i64,
        deadline: &str,
        id: i64,
    ) -> Result<Option<MarketResolution>> {
        Ok(self
            .tx
            .prepare_cached(&super::forecasts::market_resolution_sql(
                super::dialect::Dialect::Sqlite,
            ))?
            .query_row(params![question_id, deadline, id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?)
    }

    fn insert_version(
        &mut self,
        new: &ForecastFacts,
        source_id: i64,
        question_id: i64,
    ) -> Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO forecasts (source_id, question_id, article_id, claim, probability, probability_basis,
                    probability_low, probability_high, made_on, deadline, deadline_phrase, condition, stance,
                    created_at, supersedes, correction_why, logged_late)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            )?
            .execute(params![
                source_id, question_id, new.article, new.claim, new.probability, new.probability_basis,
                new.probability_low, new.probability_high, new.made_on, new.deadline, new.deadline_phrase,
                new.condition, new.stance, new.created_at, new.supersedes, new.why, new.logged_late
            ])?;
        Ok(self.tx.last_insert_rowid())
    }

    fn insert_tags(&mut self, id: i64, tags: &[String]) -> Result<()> {
        for tag in tags {
            self.tx
                .prepare_cached("INSERT INTO forecast_tags (forecast_id, tag) VALUES (?1, ?2)")?
                .execute(params![id, tag])?;
        }
        Ok(())
    }

    fn link_superseded(&mut self, old: i64, new: i64) -> Result<()> {
        self.tx.execute(
            "UPDATE forecasts SET superseded_by = ?1 WHERE id = ?2",
            params![new, old],
        )?;
        Ok(())
    }

    fn carried(&mut self, id: i64) -> Result<Vec<Carried>> {
        Ok(self
            .tx
            .prepare(CARRIED_SQL)?
            .query_map([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn kept(&mut self) -> &mut Pending {
        &mut self.kept
    }
}

/// Refuses a correction without a reason or without a change (before anything is read).
pub(crate) fn check_correction(c: &Correction) -> Result<()> {
    if c.why.trim().is_empty() {
        return Err(Error::invalid("--why", "a correction needs a reason"));
    }
    if c.claim.is_none() && c.probability.is_none() && c.deadline.is_none() {
        return Err(Error::invalid(
            "correct",
            "nothing to change: give --probability, --deadline or --claim",
        ));
    }
    Ok(())
}

/// What `corrected` needs to know of the forecast besides its facts.
pub(crate) struct Current {
    pub superseded_by: Option<i64>,
    /// Its current outcome as stored.
    pub outcome: Option<String>,
    /// Whether an outcome is recorded for its question.
    pub question_decided: bool,
    /// Why its market's outcome is in the ledger through another forecast's hand
    /// resolution, if it is (`market_known`).
    pub market_resolved: Option<String>,
    /// The same of the market a new deadline moves it to.
    pub new_market_resolved: Option<String>,
}

/// The new version of forecast `id` (`old`) that correction `c` makes now, or why it is
/// refused; its id is left for the writer to give.
pub(crate) fn corrected(
    id: i64,
    old: &ForecastFacts,
    c: &Correction,
    current: &Current,
    today: NaiveDate,
    now: &str,
) -> Result<ForecastFacts> {
    if let Some(newer) = current.superseded_by {
        return Err(Error::invalid(
            format!("forecast {id}"),
            format!("it was already corrected; correct its current version instead (forecast {newer} or a later correction of it; `forecast show {newer}` tells)"),
        ));
    }
    let mut new = old.clone();
    if let Some(claim) = &c.claim {
        if claim.trim().is_empty() {
            return Err(Error::invalid("--claim", "must not be empty"));
        }
        new.claim = claim.clone();
    }
    if let Some((p, basis)) = &c.probability {
        new.probability = p.value();
        new.probability_basis = basis.label();
        (new.probability_low, new.probability_high) = basis
            .range()
            .map_or((None, None), |(l, h)| (Some(l), Some(h)));
    }
    if let Some((deadline, phrase)) = &c.deadline {
        if deadline.to_string() < old.made_on {
            return Err(Error::DeadlineBeforeMade {
                deadline: deadline.to_string(),
                made_on: old.made_on.clone(),
                phrase: phrase.clone(),
            });
        }
        new.deadline = deadline.to_string();
        new.deadline_phrase = phrase.clone();
    }
    // Why the outcome of the forecast as it stands could be known, if it could.
    let known = if let Some(outcome) = &current.outcome {
        Some(format!("it is resolved ({outcome})"))
    } else if current.question_decided {
        Some(format!(
            "an outcome is recorded for its question `{}`",
            old.question
        ))
    } else if let Some(why) = &current.market_resolved {
        Some(why.clone())
    } else if old.deadline < crate::time::iso(today) || day_after(now, &old.deadline) {
        Some(format!("its deadline {} has passed", old.deadline))
    } else {
        None
    };
    // A wording may be fixed at any time, but not turned into its negation once the outcome
    // could be known: the recorded outcome would then say the opposite (`model::polarity`).
    if let (Some(why), Some(_)) = (&known, &c.claim) {
        let (was, now_negated) = (
            polarity::is_negated(&old.claim),
            polarity::is_negated(&new.claim),
        );
        if was != now_negated {
            let words = polarity::negations(if now_negated { &new.claim } else { &old.claim });
            let change = if now_negated {
                format!("adds the negation `{}`", words.join(" "))
            } else {
                format!("removes the negation `{}`", words.join(" "))
            };
            return Err(Error::ClaimMeaningFrozen {
                id,
                why: format!("the new claim {change} and {why}"),
            });
        }
        // Nor may it change a figure or a word saying which way the claim points (audit
        // 17, A6): "falls below 3%" made "stays above 3%" or "above 5%" made "above 3%"
        // keeps its polarity but is another claim, which the outcome would then score.
        for (what, read) in [
            ("figures", polarity::figures as fn(&str) -> Vec<String>),
            ("comparison or direction words", polarity::directions),
        ] {
            let (was, now) = (read(&old.claim), read(&new.claim));
            if was != now {
                let list = |w: &[String]| {
                    if w.is_empty() {
                        "none".to_string()
                    } else {
                        w.iter()
                            .map(|x| format!("`{x}`"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    }
                };
                return Err(Error::ClaimMeaningFrozen {
                    id,
                    why: format!(
                        "the new claim changes its {what} ({} before, {} now) and {why}",
                        list(&was),
                        list(&now)
                    ),
                });
            }
        }
    }
    // Only what is scored is frozen once the outcome could be known; wording is not.
    let scored_part_changed = new.probability != old.probability || new.deadline != old.deadline;
    if scored_part_changed {
        let why = if known.is_some() {
            known
        } else if let Some(why) = &current.new_market_resolved {
            Some(format!(
                "the new deadline moves it into a market where {why}"
            ))
        } else if new.deadline != old.deadline
            && (new.deadline < crate::time::iso(today) || day_after(now, &new.deadline))
        {
            // A window moved to one already over is the same case: its outcome could be
            // known ("meant mid-November" would turn a 10% miss into a 95% hit).
            Some(format!(
                "the new deadline {} has already passed, so its outcome could be known",
                new.deadline
            ))
        } else {
            None
        };
        if let Some(why) = why {
            return Err(Error::CorrectionTooLate { id, why });
        }
    }
    if new.claim == old.claim && new.probability == old.probability && new.deadline == old.deadline
    {
        return Err(Error::invalid(
            "correct",
            format!(
                "forecast {id} already says that ({}, deadline {})",
                format_percent(old.probability),
                old.deadline
            ),
        ));
    }
    // A new probability or deadline is judged afresh; a new wording keeps the mark.
    new.logged_late = if scored_part_changed {
        day_after(now, &new.deadline)
    } else {
        old.logged_late
    };
    new.created_at = now.to_string();
    new.supersedes = Some(id);
    new.why = Some(c.why.clone());
    Ok(new)
}

/// The resolutions of forecast `?1`, oldest first, that a correction carries to its new
/// version (both backends).
pub(crate) const CARRIED_SQL: &str =
    "SELECT outcome, resolved_on, note, reason, question_outcome_id
     FROM resolutions WHERE forecast_id = ?1 ORDER BY id";

/// A carried resolution as stored: outcome, resolved_on, note, reason, question outcome.
pub(crate) type Carried = (String, String, Option<String>, Option<String>, Option<i64>);

/// A carried resolution read back.
pub(crate) struct CarriedBack {
    pub outcome: Outcome,
    pub on: NaiveDate,
    pub note: Option<String>,
    pub reason: Option<VoidReason>,
    pub question_outcome: Option<i64>,
}

/// A carried resolution read back from its stored text.
pub(crate) fn carry((outcome, on, note, reason, qo): Carried) -> Result<CarriedBack> {
    let outcome = super::forecasts::parse_outcome(Some(outcome))
        .ok_or_else(|| Error::Other("stored outcome unreadable".into()))?;
    let on: NaiveDate = on
        .parse()
        .map_err(|_| Error::Other("stored date unreadable".into()))?;
    let reason = reason.and_then(|r| r.parse().ok());
    Ok(CarriedBack {
        outcome,
        on,
        note,
        reason,
        question_outcome: qo,
    })
}
