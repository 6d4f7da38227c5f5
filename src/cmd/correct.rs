//! `forecast correct ID ... --why TEXT`: records a new version that supersedes a forecast.

use super::parse_deadline;
use crate::app::{Context, Io};
use crate::cli::CorrectArgs;
use crate::error::Result;
use crate::store::{Correction, Store};

pub fn run(store: &mut Store, ctx: &Context, args: &CorrectArgs, io: &mut Io<'_>) -> Result<()> {
    let id = super::parse_id(&args.id)?;
    let old = store.forecast(id, ctx.clock.today)?;
    super::refuse_superseded(store, id, old.superseded_by, ctx.clock.today, "correct")?;
    let correction = Correction {
        // New wording is stored as `add` stores a claim (`names::canonical`).
        claim: args
            .claim
            .as_deref()
            .map(|c| crate::model::names::canonical(c).into_owned()),
        probability: args
            .probability
            .as_deref()
            .map(crate::extract::hedges::parse_probability)
            .transpose()?,
        deadline: match &args.deadline {
            Some(text) => {
                let d = parse_deadline(text, old.made_on).map_err(|e| e.of_option("--deadline"))?;
                Some((d.date, d.phrase))
            }
            None => None,
        },
        why: args.why.clone(),
    };
    let new_id = store.write(&ctx.clock.timestamp(), |w| {
        w.correct(id, &correction, ctx.clock.today)
    })?;
    super::write_out(
        io,
        &format!("forecast {id} corrected: the current version is forecast {new_id}\n"),
    )?;
    if let Some((_, phrase)) = &correction.deadline {
        if let Some(note) = super::add::rolled_note(phrase.as_deref(), old.made_on) {
            let _ = writeln!(io.err, "{note}");
        }
    }
    Ok(())
}
