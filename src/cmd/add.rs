//! `forecast add`: validate one forecast from flags and log it.

use crate::app::{Context, Io};
use crate::cli::AddArgs;
use crate::error::{Error, Result};
use crate::extract::hedges::Lexicon;
use crate::model::{NewForecast, Probability, ProbabilityBasis, Stance};
use crate::store::Store;
use crate::time::{parse_day, parse_deadline};
use chrono::NaiveDate;

/// Reads a probability as users write it: `0.4`, `40%`, or a hedge phrase from the lexicon
/// (`likely`, `highly unlikely`, `a 60% chance`), the same reading `extract` uses. `add` and
/// `import` both come through here.
pub fn parse_probability(input: &str) -> Result<(Probability, ProbabilityBasis)> {
    if let Some(p) = Probability::parse_number(input)? {
        return Ok((p, ProbabilityBasis::Stated));
    }
    let words = input.split_whitespace().count();
    let lexicon = Lexicon::embedded();
    let reading = match lexicon.get(input) {
        Some(h) => Some((
            h.probability,
            ProbabilityBasis::Hedge {
                phrase: h.phrase.clone(),
                low: h.low,
                high: h.high,
            },
        )),
        None if (1..=6).contains(&words) => lexicon.read(input).map(|r| (r.probability, r.basis())),
        None => None,
    };
    match reading.and_then(|(p, basis)| Probability::new(p).map(|p| (p, basis))) {
        Some(found) => Ok(found),
        None => Err(Error::InvalidProbability {
            input: input.to_string(),
        }),
    }
}

/// The date made: given, or today; never after today.
pub fn parse_made_on(input: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    let made_on = match input {
        Some(text) => parse_day(text, today)?,
        None => today,
    };
    if made_on > today {
        return Err(Error::invalid(
            format!("--made-on {made_on}"),
            format!("a forecast cannot be made after today ({today})"),
        ));
    }
    Ok(made_on)
}

/// Logs `forecast` and prints its id. An outcome already recorded for its question is
/// applied in the same transaction (said on stderr); a claim another source already made
/// on another question, logged without `--question`, gets a hint naming that question.
pub fn run(
    store: &mut Store,
    ctx: &Context,
    forecast: &NewForecast,
    io: &mut Io<'_>,
) -> Result<()> {
    let today = ctx.clock.today;
    let elsewhere = match forecast.question {
        None => store.question_with_claim_elsewhere(&forecast.claim, &forecast.source)?,
        Some(_) => None,
    };
    // The id is printed before the commit: if it cannot be (`add > /dev/full`), nothing is
    // stored, so a script that retries does not log the forecast twice.
    let applied = store.write(&ctx.clock.timestamp(), |w| {
        let id = w.insert_forecast(forecast)?;
        let applied = w.apply_known_outcomes_to(id, today)?;
        super::write_out(io, &format!("{id}\n"))?;
        Ok(applied)
    })?;
    if let Some(r) = applied {
        for (rid, outcome) in &r.resolved {
            let _ = writeln!(
                io.err,
                "note: question `{}` already has an outcome: forecast {rid} resolved `{outcome}`",
                r.question
            );
        }
    }
    if let Some(key) = elsewhere {
        let _ = writeln!(
            io.err,
            "hint: another source made the same claim on question `{key}`; to compare them, log this one with --question {key}"
        );
    }
    Ok(())
}

/// Builds the forecast the flags describe.
pub fn new_forecast(args: &AddArgs, today: NaiveDate) -> Result<NewForecast> {
    let (probability, basis) = parse_probability(&args.probability)?;
    let made_on = parse_made_on(args.made_on.as_deref(), today)?;
    let deadline = parse_deadline(&args.deadline, made_on)?;
    let forecast = NewForecast {
        source: args.source.trim().to_string(),
        claim: args.claim.clone(),
        probability,
        basis,
        made_on,
        deadline: deadline.date,
        deadline_phrase: deadline.phrase,
        question: args.question.clone(),
        stance: if args.against {
            Stance::Against
        } else {
            Stance::For
        },
        condition: args.condition.clone().filter(|c| !c.trim().is_empty()),
        article: args.article,
        tags: args.tags.clone(),
    };
    forecast.validate()?;
    Ok(forecast)
}
