//! `forecast add`: validate one forecast from flags and log it.

use super::parse_deadline;
use crate::app::{Context, Io};
use crate::cli::AddArgs;
use crate::error::{Error, Result};
use crate::extract::hedges::parse_probability;
use crate::model::NewForecast;
use crate::model::Stance;
use crate::store::Store;
use chrono::NaiveDate;

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
    // Asked together (one statement on PostgreSQL): the same source's own earlier forecast
    // of the claim, logged without `--question` (this one opens a question of its own, so a
    // changed view is better logged with `update`); another source's question with the
    // claim (a named key is checked against its near spellings inside the write, below);
    // and whether the source is new.
    // Asked with `--question` too: the source's own earlier forecast of the claim is worth
    // naming on any question (ad4 F2: the hint was skipped when a key was given).
    let checks = store.add_checks(&forecast.claim, &forecast.source, forecast.deadline, true)?;
    let (own, elsewhere) = (checks.own, checks.elsewhere);
    // A new source spelled like one the ledger has (`mee` beside `me`) would split a record
    // over two names in every report: said after the forecast is logged, naming the other.
    let slip = if checks.source_known {
        None
    } else {
        store.source_names().ok().and_then(|names| {
            crate::model::names::slip_of(&forecast.source, names.iter().map(String::as_str))
                .map(str::to_string)
        })
    };
    // The id is printed once the write has committed (audit 16, A7): a reader handed it
    // (`forecast add ... | xargs forecast show`) finds the forecast. If it cannot be printed
    // (`add > /dev/full`), the error names it; a retry is refused as a repeat of it.
    store.expect_add(forecast);
    // The forecast a refused repeat repeats (its current version), told how a changed
    // view of it is logged once the write has rolled back.
    let mut repeat_of = None;
    let written = store.write(&ctx.clock.timestamp(), |w| {
        // A new key that folds to an existing one would open a second question no one
        // meant, whose forecasts are never compared with the first's or resolved by its
        // outcome: refused, naming the existing key. Asked under the write lock, so two adds
        // naming `rc-1` and `RC-1` at once cannot both open a question.
        let mut slip = None;
        if let Some(key) = &forecast.question {
            let near = w.question_key_alike(key)?;
            slip = near.slip;
            if let Some(existing) = near.alike {
                return Err(Error::invalid(
                    format!("--question `{key}`"),
                    format!(
                        "the ledger has question `{existing}`, which differs only in case, spacing or punctuation; use --question {} (keys are compared exactly: a second spelling would be a second question, never compared with the first)",
                        crate::error::shell_word(&existing)
                    ),
                ));
            }
        }
        let id = w.insert_forecast(forecast)?;
        // The same forecast again (a command run twice, a retried script) would count twice
        // in every score: refused, as an import that repeats a forecast is.
        // A version `correct` replaced counts too: logged again, it would bring back the
        // numbers the correction took out of the scores (audit 26, item 3).
        if let Some(repeat) = w.repeated_forecast(id, 1, false)? {
            repeat_of = Some(repeat.corrected_by.unwrap_or(repeat.old));
            return Err(Error::invalid(
                format!("forecast \"{}\"", crate::output::ellipsize(&forecast.claim, 60)),
                format!(
                    "it repeats {} (same source, claim, probability, date made, deadline, stance and condition), so it would count twice; nothing was written",
                    repeat.named(),
                ),
            ));
        }
        let applied = w.apply_known_outcomes_to(id, today)?;
        Ok((id, applied, slip))
    });
    let (id, applied, key_slip) = match (written, repeat_of) {
        (Err(Error::Invalid { what, why }), Some(earlier)) => {
            let logged = store.forecast(earlier, today).ok();
            let mut tail = changed_view(logged.as_ref(), earlier);
            // The same forecast typed again with another key (the claim hint's way, taken
            // before its first step): moved by voiding the one logged first (ad7 F5).
            if let (Some(f), Some(key)) = (&logged, &forecast.question) {
                if f.outcome.is_none() && &f.question != key {
                    tail.push_str(&format!(
                        "; to move it to question `{key}`, void it first (`forecast resolve {earlier} --void --reason annulled --note 'wrong question'`) and run this again"
                    ));
                }
            }
            return Err(Error::Invalid {
                what,
                why: format!("{why}{tail}"),
            });
        }
        (written, _) => written?,
    };
    super::write_out(io, &format!("{id}\n")).map_err(|e| {
        Error::Other(format!(
            "forecast {id} was logged, but its id could not be printed ({e}); `forecast list --format csv` shows it, and running the same add again is refused as a repeat of it"
        ))
    })?;
    if let Some(r) = &applied {
        for (rid, outcome) in &r.resolved {
            // Made after the event had happened: resolved by the rules, but a reader should
            // know it could have been made knowing the answer.
            // Logged after the outcome was in the ledger, it is logged late whatever date it
            // bears: said, with how to leave it out, so a backdated entry is not mistaken
            // for an honest record.
            let after = if r.made_after_event.contains(rid) {
                "; it is dated after the event happened, so it may have been made knowing the answer; it counts as logged late (`--exclude-late` leaves it out of the scores)"
            } else {
                "; logged after that outcome was recorded, it counts as logged late (`--exclude-late` leaves it out of the scores)"
            };
            let _ = writeln!(
                io.err,
                "note: question `{}` already has an outcome: forecast {rid} resolved `{outcome}`{after}",
                r.question
            );
        }
    }
    let rolled = rolled_note(forecast.deadline_phrase.as_deref(), forecast.made_on);
    if let Some(note) = &rolled {
        let _ = writeln!(io.err, "{note}");
    }
    // After the roll note, which says why when the year read is the one meant.
    let mut dated = rolled.is_some();
    if applied.as_ref().is_none_or(|r| r.resolved.is_empty()) {
        let logged = store.forecast(id, today)?;
        let market = market_note(store, &logged, today)?;
        if let Some(note) = &market {
            let _ = writeln!(io.err, "{note}");
        }
        if let Some(note) = past_note(&logged, today, false) {
            let _ = writeln!(io.err, "{note}");
            dated = true;
        }
        // Not when its market is decided already: `correct` refuses it then.
        if let Some(note) = far_note(&logged, today).filter(|_| market.is_none()) {
            let _ = writeln!(io.err, "{note}");
            dated = true;
        }
    }
    // The date a phrase became, unless a note above said it already.
    if let Some(note) = read_note(forecast).filter(|_| !dated) {
        let _ = writeln!(io.err, "{note}");
    }
    if let Some(note) = forecast
        .article
        .and_then(|a| store.article(a).ok().flatten())
        .and_then(|a| article_note(forecast, &a))
    {
        let _ = writeln!(io.err, "{note}");
    }
    if let Some(other) = slip {
        let _ = writeln!(
            io.err,
            "hint: forecast {id} opened a new source `{}`; the ledger has `{other}`. If that is who you meant, void it (`forecast resolve {id} --void --reason annulled --note 'wrong source'`) and log it again with --source '{other}'",
            forecast.source
        );
    }
    if let Some(existing) = &key_slip {
        let key = forecast.question.as_deref().unwrap_or_default();
        let _ = writeln!(
            io.err,
            "hint: forecast {id} opened a new question `{key}`; the ledger has `{existing}`, one edit apart (a letter added, dropped, changed or two swapped). If that is the question meant, void this one (`forecast resolve {id} --void --reason annulled --note 'wrong question'`) and log it again with --question {}",
            crate::error::shell_word(existing)
        );
    }
    if let Some((key, earlier_id)) = own {
        // The source as the ledger spells it, not as typed this time (`me` for `Me`).
        let earlier = store.forecast(earlier_id, today).ok();
        let source = earlier
            .as_ref()
            .map_or_else(|| forecast.source.clone(), |f| f.source.clone());
        let this = match forecast.question.as_deref() {
            None => "this one opened a question of its own, scored apart from it".to_string(),
            Some(q) if q == key => {
                "this one is on the same question, and both count in the scores".to_string()
            }
            Some(q) => format!("this one is on question `{q}`, scored apart from it"),
        };
        // A changed view is an update while the earlier forecast is open; a resolved one is
        // said to be, as `update` refuses it.
        let _ = writeln!(
            io.err,
            "hint: {source} already logged this claim as forecast {earlier_id} on question `{key}`; {this}{}",
            changed_view(earlier.as_ref(), earlier_id)
        );
    }
    // The whole way (ad7 F5): this one is logged already, so logging it again with the key
    // alone was refused as a repeat; voided as annulled, it is no repeat.
    if let Some(key) = elsewhere.filter(|_| forecast.question.is_none()) {
        let _ = writeln!(
            io.err,
            "hint: another source made the same claim on question `{key}`; to compare them, void this one (`forecast resolve {id} --void --reason annulled --note 'wrong question'`) and log it again with --question {}",
            crate::error::shell_word(&key)
        );
    }
    Ok(())
}

/// How a changed view of forecast `id` is logged, as the end of a message: `update` while
/// it is unresolved; a resolved one cannot be updated (`update` refuses it), which `add`
/// named as the way anyway (ad7 F3), as `extract --save` already said.
fn changed_view(earlier: Option<&crate::model::Forecast>, id: i64) -> String {
    match earlier.and_then(|f| f.outcome) {
        Some(outcome) => {
            format!("; forecast {id} is resolved ({outcome}), so no update can follow it")
        }
        None => format!(". A changed view is `forecast update {id} --probability P`"),
    }
}

/// A forecast linked with `--article` to an article by another source, or made before the
/// article was published: said (exit 0), since either is most often a mistyped id or date,
/// and the link is what `show` and the audit read as where the forecast came from.
fn article_note(f: &NewForecast, a: &crate::store::ArticleInfo) -> Option<String> {
    use crate::model::names::name_key;
    let mut why = Vec::new();
    if name_key(&a.source) != name_key(&f.source) {
        why.push(format!("it is by {}, not {}", a.source, f.source));
    }
    if f.made_on.to_string() < a.published {
        why.push(format!(
            "it was published {}, after this forecast's date made {}",
            a.published, f.made_on
        ));
    }
    (!why.is_empty()).then(|| {
        format!(
            "note: article #{} is linked, but {}; check --article and --made-on",
            a.id,
            why.join(", and ")
        )
    })
}

/// A forecast logged late because its market (question and deadline) already had an outcome
/// in the ledger through hand resolutions (`store::forecasts::Markets`): said with the
/// forecast that holds it, as a recorded question outcome is said, since a forecast dated
/// before the event but logged after the ledger knew it may have been made knowing the
/// answer (audit 15, A2).
pub(crate) fn market_note(
    store: &Store,
    f: &crate::model::Forecast,
    today: NaiveDate,
) -> Result<Option<String>> {
    use crate::model::Outcome;
    use crate::store::{ListFilter, StatusFilter};
    if !f.logged_late {
        return Ok(None);
    }
    // Only the question's resolved forecasts (true or false) can hold the outcome, so only
    // they are read, not every forecast on the question.
    let filter = ListFilter {
        status: StatusFilter::Resolved,
        source: None,
        question: Some(f.question.clone()),
    };
    let other = store.list(&filter, today)?.into_iter().find(|g| {
        g.id < f.id
            && g.deadline == f.deadline
            && g.superseded_by.is_none()
            && matches!(g.outcome, Some(Outcome::True | Outcome::False))
    });
    Ok(other.and_then(|g| {
        let outcome = g.outcome?;
        let happened = outcome.event_happened(g.stance)?;
        Some(format!(
            "note: forecast {} on question `{}` with the same deadline ({}) is already resolved `{}` (the event {}); logged after that outcome was in the ledger, forecast {} counts as logged late whatever date it bears (`--exclude-late` leaves it out of the scores)",
            g.id,
            f.question,
            f.deadline,
            outcome.as_str(),
            if happened { "happened" } else { "did not happen by then" },
            f.id
        ))
    }))
}

/// A forecast logged already past its deadline, by the day the tool reasons with (due at
/// once) or by the wall clock (logged late): said with the dates, since it is most often a
/// mistyped year in `--made-on` or `--deadline`, which only the day it is typed can catch
/// (`correct` cannot move a passed deadline, and a void counts in `void_share`). A note, not
/// a refusal: back-filling a record honestly logs such forecasts (counted late).
/// `updated`: the forecast was logged by `update`, which takes no `--deadline`.
pub(crate) fn past_note(
    f: &crate::model::Forecast,
    today: NaiveDate,
    updated: bool,
) -> Option<String> {
    const LATE: &str = "counts as logged late (`--exclude-late` leaves it out of the scores)";
    // Late by the wall clock, not for another reason (an outcome already in the ledger,
    // said by its own note).
    let late =
        f.logged_late && crate::store::day_after(&f.created_at, &crate::time::iso(f.deadline));
    let when = match (f.deadline < today, late) {
        (true, true) => format!("is before today ({today}): it is due at once and {LATE}"),
        (true, false) => format!("is before today ({today}): it is due at once"),
        (false, true) => format!("has passed by the wall clock: it {LATE}"),
        (false, false) => return None,
    };
    // An update's phrase was read from the date the forecast it updates was made, not its own.
    let from = if updated {
        "the updated forecast's date made"
    } else {
        "the date made"
    };
    let phrase = f
        .deadline_phrase
        .as_deref()
        .map(|p| format!(" (`{p}` from {from})"))
        .unwrap_or_default();
    let check = if updated {
        format!(
            "check --made-on ({}) for a mistyped year now (an update keeps its forecast's deadline)",
            f.made_on
        )
    } else {
        format!(
            "check --made-on ({}) and --deadline for a mistyped year now, since a passed deadline cannot be corrected",
            f.made_on
        )
    };
    Some(format!(
        "note: forecast {}'s deadline {}{phrase} {when}; {check}",
        f.id, f.deadline
    ))
}

/// The whole years from `made_on` to `deadline`, when the deadline is more than `FAR_YEARS`
/// after the date made (`by end of 2062` made on 2026-12-05: 36).
///
/// Ten years, because a personal or newsroom ledger's forecasts run to months or a few
/// years, so a deadline decades out is most often a mistyped year (`2062` for `2026`), while
/// long-range forecasts (`by 2050`) are legitimate: past the bound the deadline is said with
/// how far it is, never refused (ad4 F5).
pub(crate) fn far_years(made_on: NaiveDate, deadline: NaiveDate) -> Option<u32> {
    let bound = made_on.checked_add_months(chrono::Months::new(12 * FAR_YEARS))?;
    if deadline <= bound {
        return None;
    }
    let mut years = FAR_YEARS;
    while made_on
        .checked_add_months(chrono::Months::new(12 * (years + 1)))
        .is_some_and(|d| d <= deadline)
    {
        years += 1;
    }
    Some(years)
}

/// The whole years past which a deadline is said as far (`far_years`).
pub(crate) const FAR_YEARS: u32 = 10;

/// A forecast logged with a deadline more than `FAR_YEARS` after its date made, still open
/// and ahead: said with how far it is and how to move it while it can be moved (`correct`
/// refuses a passed deadline), since it is most often a mistyped year (ad4 F5: `by end of
/// 2062` for 2026 was taken with only the "read as" note).
fn far_note(f: &crate::model::Forecast, today: NaiveDate) -> Option<String> {
    if f.deadline < today || f.outcome.is_some() {
        return None;
    }
    let years = far_years(f.made_on, f.deadline)?;
    let phrase = f
        .deadline_phrase
        .as_deref()
        .map(|p| format!(" (`{p}` read from the date made)"))
        .unwrap_or_default();
    Some(format!(
        "note: forecast {}'s deadline {}{phrase} is {years} years after the date made ({}); if the year is mistyped, `forecast correct {} --deadline DATE --why 'mistyped year'` moves it while the deadline is ahead",
        f.id, f.deadline, f.made_on, f.id
    ))
}

/// A deadline phrase whose period had ended shortly before the date made was read as its next
/// occurrence ("end of April" on May 22, "by December" on January 5), or a season named in
/// the month it ends as the next one ("in the autumn" on December 1, audit 23 D3): said, as
/// `extract` flags it for review, since the writer may have meant the one just past. `add`
/// and `correct --deadline` say it alike.
pub(crate) fn rolled_note(phrase: Option<&str>, made_on: NaiveDate) -> Option<String> {
    let phrase = phrase?;
    let period = crate::time::resolve_phrase(phrase, made_on)?;
    if crate::time::rolled_a_week(phrase, &period) {
        return Some(format!(
            "note: deadline `{phrase}` read as {} ({}): the date made ({made_on}) is itself a {}, so the one meant is taken to be next week's; check which week is meant",
            period.last,
            period.last.format("%A"),
            made_on.format("%A")
        ));
    }
    // `by New Year` said on January 1 (ad4 F11): the day named is the date made itself.
    if period.rolled_forward && crate::time::said_on_its_day(phrase, made_on) {
        return Some(format!(
            "note: deadline `{phrase}` read as {}: said on the day it names (the date made, {made_on}), it is taken to mean the next one; a deadline of that day itself is written --deadline {made_on}",
            period.last
        ));
    }
    period.rolled_forward.then(|| {
        format!(
            "note: deadline `{phrase}` read as {}, past the one that ended (or was in its last month) less than two months before the date made ({made_on}); check which year is meant",
            period.last
        )
    })
}

/// The date a deadline phrase became, said on stderr so a reading the user did not mean is
/// seen while it can still be corrected (audit 24, E8: `add` printed only the id, and a
/// deadline read a week later than meant was found by `list` after it had passed). A
/// weekday phrase also says the rule and the other reading: `next Friday` is the Friday of
/// the week after this one (weeks run Monday to Sunday), `Friday` alone the coming one
/// (`time::phrases`). Stdout stays the id alone, for scripts. `None` for a deadline given as
/// a date.
pub(crate) fn read_note(f: &NewForecast) -> Option<String> {
    let phrase = f.deadline_phrase.as_deref()?;
    let mut note = format!(
        "note: deadline `{phrase}` read as {} ({})",
        f.deadline,
        f.deadline.format("%A")
    );
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    // "a week from Friday" is a week after the day, no reading of a bare weekday.
    let day = words
        .last()
        .copied()
        .filter(|w| WEEKDAYS.contains(w) && !words.contains(&"from"))
        .map(|w| w[..1].to_uppercase() + &w[1..]);
    if let Some(day) = day {
        let next = words.len() >= 2 && words[words.len() - 2] == "next";
        let (other, rule) = if next {
            (
                day.clone(),
                format!("`next {day}` is the {day} of the week after this one (weeks run Monday to Sunday)"),
            )
        } else {
            (
                format!("next {day}"),
                format!("`{day}` is the coming {day}"),
            )
        };
        let other_date = crate::time::resolve_phrase(&other, f.made_on).map(|p| p.last);
        if let Some(d) = other_date.filter(|d| *d != f.deadline) {
            note.push_str(&format!(
                ", made on {} {}: {rule}, and `{other}` would be {d}",
                f.made_on.format("%A"),
                f.made_on
            ));
        }
    }
    Some(note)
}

/// The weekday names a phrase may end in, lower-case.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Builds the forecast the flags describe.
pub fn new_forecast(args: &AddArgs, clock: &crate::time::Clock) -> Result<NewForecast> {
    let (probability, basis) = parse_probability(&args.probability)?;
    let made_on = super::made_on(args.made_on.as_deref(), clock)?;
    let deadline =
        parse_deadline(&args.deadline, made_on).map_err(|e| e.of_option("--deadline"))?;
    // `--tag ""` (an unset shell variable) would be dropped without a word.
    if args.tags.iter().any(|t| t.trim().is_empty()) {
        return Err(Error::invalid("--tag ``", "a tag must not be empty"));
    }
    let forecast = NewForecast {
        source: crate::model::names::canonical(&args.source).into_owned(),
        // Stored as a source name is (`names::canonical`): "Rent goes up " and "Rent  goes
        // up" print alike, so they are one claim and the repeat refusal below holds.
        claim: crate::model::names::canonical(&args.claim).into_owned(),
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
        condition: args
            .condition
            .as_deref()
            .filter(|c| !c.trim().is_empty())
            .map(|c| crate::model::names::canonical(c).into_owned()),
        article: args.article,
        tags: args.tags.clone(),
    };
    forecast.validate()?;
    Ok(forecast)
}
