//! `forecast update ID --probability P [--made-on D]`: the same source's new forecast on the
//! same question, deadline and claim, logged as a forecast of its own (an update, not a
//! correction: the earlier forecast stays current and keeps what it earned in the market
//! scoring rule; head-to-head figures and `report --latest` use only the latest).
//!
//! Refused: updating a corrected version (update the current one), a resolved forecast
//! (its outcome is known, so an update could only add hindsight), a date before the
//! forecast updated or after its deadline. The tags go with the update, so `--tag`
//! selections keep a forecast and its updates together; the article does not (the update
//! did not come from it).

use crate::app::{Context, Io};
use crate::cli::UpdateArgs;
use crate::error::{Error, Result};
use crate::model::NewForecast;
use crate::store::Store;

pub fn run(store: &mut Store, ctx: &Context, args: &UpdateArgs, io: &mut Io<'_>) -> Result<()> {
    let today = ctx.clock.today;
    let id = super::parse_id(&args.id)?;
    let (probability, basis) = crate::extract::hedges::parse_probability(&args.probability)?;
    let made_on = super::made_on(args.made_on.as_deref(), &ctx.clock)?;
    let old = store.forecast(id, today)?;
    super::refuse_superseded(store, id, old.superseded_by, today, "update")?;
    if old.outcome.is_some() {
        return Err(Error::invalid(
            format!("forecast {id}"),
            "it is resolved; an update after its outcome is known is refused (log a new forecast on another deadline instead)",
        ));
    }
    if made_on < old.made_on {
        return Err(Error::invalid(
            format!("--made-on `{made_on}`"),
            format!(
                "an update comes after the forecast it updates, made on {}",
                old.made_on
            ),
        ));
    }
    if made_on > old.deadline {
        return Err(Error::invalid(
            format!("--made-on `{made_on}`"),
            format!(
                "the forecast's deadline, {}, has passed by then",
                old.deadline
            ),
        ));
    }
    let new = NewForecast {
        source: old.source,
        claim: old.claim,
        probability,
        basis,
        made_on,
        deadline: old.deadline,
        deadline_phrase: old.deadline_phrase,
        question: Some(old.question),
        stance: old.stance,
        condition: old.condition,
        article: None,
        tags: old.tags,
    };
    new.validate()?;
    let new_id = store.write(&ctx.clock.timestamp(), |w| {
        let new_id = w.insert_forecast(&new)?;
        // The same update again (a command run twice) would count twice in every score, as
        // a repeated `add` would: refused inside the same transaction.
        // A version `correct` replaced is no view the source holds: only a current
        // forecast, named first when there is one, makes the update a repeat.
        let repeat = w.repeated_forecast(new_id, 1, true)?;
        if let Some(same) = repeat.filter(|r| r.corrected_by.is_none()).map(|r| r.old) {
            return Err(Error::invalid(
                format!("update of forecast {id}"),
                format!(
                    "forecast {same} already says {} on the same day, so it would count twice; nothing was written",
                    crate::model::format_percent(probability.value())
                ),
            ));
        }
        Ok(new_id)
    })?;
    super::write_out(io, &format!("{new_id}\n"))?;
    // Said as `add` says it: an update logged once its market's outcome was in the ledger,
    // or already past its deadline (audit 15, A2 and A12).
    let logged = store.forecast(new_id, today)?;
    if let Some(note) = super::add::market_note(store, &logged, today)? {
        let _ = writeln!(io.err, "{note}");
    }
    if let Some(note) = super::add::past_note(&logged, today, true) {
        let _ = writeln!(io.err, "{note}");
    }
    Ok(())
}
