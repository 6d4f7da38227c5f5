//! `forecast resolve`: by id, by question outcome, from a CSV file of outcomes, or the
//! resolver over due forecasts (asks on a terminal; otherwise prints them and changes
//! nothing but outcomes already known).

use crate::app::{Context, Io};
use crate::cli::{ReasonArg, ResolveArgs};
use crate::error::{Error, Result};
use crate::model::{format_percent, Outcome, QuestionEvent, Stance, VoidReason};
use crate::store::{
    Conflict, ListFilter, OutcomeRow, QuestionAmendment, QuestionResolution, StatusFilter, Store,
    Writer,
};
use crate::time::{parse_day, parse_day_prefix};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use std::fmt::Write as _;

pub fn run(store: &mut Store, ctx: &Context, args: &ResolveArgs, io: &mut Io<'_>) -> Result<()> {
    let today = ctx.clock.today;
    let now = ctx.clock.timestamp();
    if let Some(path) = &args.from {
        let name = path.display().to_string();
        // `-` is standard input, as for `import -` and `extract -` (audit 18, A2: a
        // pipeline's outcomes).
        let input: Box<dyn std::io::Read + '_> = if name == "-" {
            Box::new(&mut *io.input)
        } else {
            // A directory opens on Unix and fails only when read, as an I/O error, exit 1
            // (ad6 F3); it is named as `import` names one.
            if path.is_dir() {
                return Err(Error::invalid(
                    format!("--from `{name}`"),
                    "it is a directory; name an outcomes file (CSV)",
                ));
            }
            Box::new(std::fs::File::open(path).map_err(|e| {
                Error::invalid(
                    format!("--from `{name}`"),
                    format!("cannot open it: {}", crate::output::cannot_open(path, &e)),
                )
            })?)
        };
        let delimiter = args
            .delimiter
            .as_deref()
            .map(crate::transfer::FieldMap::parse_delimiter)
            .transpose()?;
        // Opened as `import` opens a CSV (audit 21: Excel's `sep=;` line was read by
        // `import` only): UTF-16 refused, a byte-order mark dropped, a `sep=` line read as
        // the delimiter, a byte that is not UTF-8 named with its encoding.
        let crate::transfer::input::Opened {
            reader, delimiter, ..
        } = crate::transfer::input::open(
            input,
            &name,
            &format!("--from `{name}`"),
            Some(crate::transfer::InputFormat::Csv),
            delimiter,
        )?;
        let (limited, over) = crate::transfer::LineLimit::new(reader, true);
        let actions =
            read_outcomes(limited, &name, today, delimiter).map_err(|e| match over.get() {
                Some(line) => crate::transfer::line_too_long(&name, line),
                None => e,
            })?;
        refuse_repeated_ids(&actions, &name)?;
        // Each forecast a row names is read once, here; the notes after the write use the
        // same reads (a resolution changes neither a stance nor a deadline).
        let read = refuse_contradictions(store, &actions, today, &name)?;
        let summaries =
            store.write_resolving(&now, |w| apply_actions(w, &actions, today, &name))?;
        let mut out = String::new();
        // Rows that say again what the ledger holds are skipped, counted apart (audit 18,
        // A2: a grown outcomes file applied again).
        let repeated: rustc_hash::FxHashSet<usize> = summaries
            .iter()
            .filter_map(|s| match s {
                Applied::Repeated(i) => Some(*i),
                _ => None,
            })
            .collect();
        let written = || {
            actions
                .iter()
                .enumerate()
                .filter(|(i, _)| !repeated.contains(i))
                .map(|(_, a)| a)
        };
        let by_id = written()
            .filter(|a| matches!(a.action, Action::Forecast { .. }))
            .count();
        let amended = written().filter(|a| a.action.amends()).count();
        let amended = match amended {
            0 => String::new(),
            n => format!(" ({n} of them amendments)"),
        };
        // The layouts cannot mix: a question-layout file resolved nothing "by id", so it
        // says what it recorded (each question's line follows).
        let questions = written().count() - by_id;
        let skipped = match repeated.len() {
            0 => String::new(),
            n => format!("; {n} row(s) already recorded, skipped"),
        };
        let question_layout = actions
            .iter()
            .any(|a| matches!(a.action, Action::Question { .. }));
        // (A file with no outcome rows was refused by the reader, naming its header line.)
        let _ = if question_layout {
            writeln!(
                out,
                "recorded {questions} question outcome(s){amended} from {}{skipped}",
                path.display()
            )
        } else {
            writeln!(
                out,
                "resolved {by_id} forecast(s) by id{amended} from {}{skipped}",
                path.display()
            )
        };
        for s in &summaries {
            out.push_str(&match s {
                Applied::Repeated(_) => continue,
                Applied::Recorded(s) => {
                    describe(s) + &conditions_note(store, &s.question, &s.resolved)?
                }
                Applied::Amended(s) => {
                    describe_amendment(s) + &conditions_note(store, &s.question, &s.resolved)?
                }
            });
        }
        super::write_out(io, &out)?;
        // The notes `resolve ID` gives one at a time, summed up (audit 22 C6).
        let mut tally = super::timing::TimingTally::default();
        for a in written() {
            if let Action::Forecast {
                id, outcome, on, ..
            } = &a.action
            {
                if let Some(&(stance, deadline)) = read.get(id) {
                    tally.note(*outcome, stance, *on, deadline, || format!("forecast {id}"));
                }
            }
        }
        let _ = write!(io.err, "{}", tally.lines());
        // An amending row that leaves its market resolved both ways is said as `resolve ID
        // --amend` says it (ad4 F4), once a market, read after the whole file is applied
        // (a file that amends every forecast of a market to agree says nothing).
        let mut markets = rustc_hash::FxHashSet::default();
        for a in written() {
            if let Action::Forecast {
                id,
                outcome,
                amend: true,
                ..
            } = &a.action
            {
                let f = store.forecast(*id, today)?;
                if f.outcome != Some(*outcome) || !markets.insert((f.question.clone(), f.deadline))
                {
                    continue;
                }
                if question_outcome_note(store, &f, *outcome, today)?.is_none() {
                    if let Some(note) = market_split_note(store, &f, *outcome, today)? {
                        let _ = writeln!(io.err, "{note}");
                    }
                }
            }
        }
        return Ok(());
    }
    if let Some(key) = &args.question {
        // In NFC, as keys are stored (audit 18, A17).
        let key = &crate::model::names::key_canonical(key).into_owned();
        let event = if let Some(d) = &args.happened_on {
            QuestionEvent::HappenedOn(
                parse_day(d, today).map_err(|e| e.of_option("--happened-on"))?,
            )
        } else if let Some(d) = &args.not_by {
            QuestionEvent::NotBy(parse_day(d, today).map_err(|e| e.of_option("--not-by"))?)
        } else if args.annul {
            QuestionEvent::Annul
        } else {
            return Err(Error::invalid(
                "--question",
                "needs one of --happened-on DATE, --not-by DATE or --annul",
            ));
        };
        if args.amend {
            let summary = store.write_resolving(&now, |w| {
                w.amend_question(key, event, args.note.as_deref(), today)
            })?;
            let note = conditions_note(store, &summary.question, &summary.resolved)?;
            return super::write_out(io, &(describe_amendment(&summary) + &note));
        }
        let summary = store.write_resolving(&now, |w| {
            w.resolve_question(key, event, args.note.as_deref(), today)
        })?;
        let note = conditions_note(store, &summary.question, &summary.resolved)?;
        super::write_out(io, &(describe(&summary) + &note))?;
        if let Some(note) = not_by_today_note(event, &summary, today) {
            let _ = writeln!(io.err, "{note}");
        }
        return Ok(());
    }
    if let Some(id) = &args.id {
        let id = super::parse_id(id)?;
        let next = store.forecast(id, today)?.superseded_by;
        super::refuse_superseded(store, id, next, today, "resolve")?;
        let outcome = if args.yes {
            Outcome::True
        } else if args.no {
            Outcome::False
        } else if args.void {
            Outcome::Void
        } else {
            return Err(Error::invalid(
                "resolve ID",
                "needs one of --yes, --no or --void",
            ));
        };
        let on = match &args.on {
            Some(d) => parse_day(d, today).map_err(|e| e.of_option("--on"))?,
            None => today,
        };
        let reason = args.reason.map(reason_of);
        store.write(&now, |w| {
            w.resolve_forecast(
                id,
                outcome,
                on,
                args.note.as_deref(),
                reason,
                args.amend,
                today,
            )
        })?;
        super::write_out(io, &format!("forecast {id} resolved {outcome} on {on}\n"))?;
        if let Ok(f) = store.forecast(id, today) {
            if let Some(note) = timing_note(&f, outcome, on, args.on.is_some(), today) {
                let _ = writeln!(io.err, "{note}");
            }
            match question_outcome_note(store, &f, outcome, today)? {
                Some(note) => {
                    let _ = writeln!(io.err, "{note}");
                }
                None if args.amend => {
                    if let Some(note) = market_split_note(store, &f, outcome, today)? {
                        let _ = writeln!(io.err, "{note}");
                    }
                }
                None => {}
            }
        }
        earlier_updates_note(store, id, today, io);
        return Ok(());
    }
    if args.yes || args.no || args.void || args.reason.is_some() || args.on.is_some() || args.amend
    {
        return Err(Error::invalid(
            "resolve",
            "--yes/--no/--void/--on/--reason/--amend need a forecast ID",
        ));
    }
    resolver(store, ctx, io)
}

/// `--not-by` today: a forecast due today is decided while its day still runs, and its event
/// can still happen before the day ends (DESIGN: a deadline is the last day, inclusive). A
/// note, as the rule itself is DESIGN's (`--not-by D` decides every deadline <= D); said when
/// the outcome resolved anything (adversary, 2026-12-05).
fn not_by_today_note(
    event: QuestionEvent,
    s: &crate::store::QuestionResolution,
    today: NaiveDate,
) -> Option<String> {
    let QuestionEvent::NotBy(d) = event else {
        return None;
    };
    (d == today && !s.resolved.is_empty()).then(|| {
        let q = crate::error::shell_word(&s.question);
        format!(
            "note: `--not-by {d}` is today: a forecast due today is decided while its day is still running, and its event can still happen before the day ends; if it does, `forecast resolve --question {q} --happened-on {d} --amend --note WHY` records it and resolves them again"
        )
    })
}

/// A hand resolution whose date does not fit the forecast's deadline (audit 13, P4 and P6):
/// the event not happened, said before the deadline, when it can still happen (DESIGN: "a
/// claim 'X by D' can come true early but can only come out false at D"); or the event
/// happened on a day after the deadline, when a claim "by D" did not come true by it. A note,
/// not a refusal: DESIGN lets a forecast be resolved by hand with any outcome (and `--on` may
/// be the day the outcome became known, not the event's), and names the question outcomes
/// that apply the deadline rule.
/// `given` says whether `--on` named the day; without it the resolution is dated today, and
/// the note says so rather than "the day given" (audit 17 A19).
///
/// The deadline is said relative to `on` once it has passed by `today` (ux31 M3: "has not
/// passed" of a deadline months gone read as wrong): it "was still ahead on" that day, and
/// the question outcome named is `--not-by` the deadline, which decides the forecast, where
/// `--not-by ON` would leave it open.
fn timing_note(
    f: &crate::model::Forecast,
    outcome: Outcome,
    on: NaiveDate,
    given: bool,
    today: NaiveDate,
) -> Option<String> {
    use super::timing::Timing;
    let (id, deadline, q) = (f.id, f.deadline, crate::error::shell_word(&f.question));
    // "Not happened" dated on the deadline, and the deadline is today: the day still runs.
    if on == deadline && deadline == today && outcome.event_happened(f.stance) == Some(false) {
        let other = if outcome == Outcome::True {
            "no"
        } else {
            "yes"
        };
        return Some(format!(
            "note: forecast {id}'s deadline is today ({deadline}): its event can still happen before the day ends, so this `{outcome}` is known only once the day is over (`forecast resolve {id} --{other} --amend --note WHY` changes it if the event happens after all)"
        ));
    }
    // One rule for this note and the batch paths' summary (`timing::timing`).
    let kind = super::timing::timing(outcome, f.stance, on, deadline)?;
    if kind == Timing::EarlyNo {
        let other = if outcome == Outcome::True {
            "no"
        } else {
            "yes"
        };
        if deadline < today {
            return Some(format!(
                "note: forecast {id}'s deadline {deadline} was still ahead on {on}: its event could still happen until then, so this `{outcome}` was known only at the deadline unless the event was ruled out by {on} (`forecast resolve {id} --{other} --amend --note WHY` changes it if the event happened after all); if it had not happened by the deadline, `forecast resolve --question {q} --not-by {deadline}` records that for every forecast on the question"
            ));
        }
        Some(format!(
            "note: forecast {id}'s deadline {deadline} has not passed: its event can still happen until then, so this `{outcome}` is known only at the deadline (`forecast resolve {id} --{other} --amend --note WHY` changes it if the event happens after all); to say that it has not happened so far, `forecast resolve --question {q} --not-by {on}` records it and keeps later deadlines open"
        ))
    } else {
        let day = if given {
            format!("{on}, the day given")
        } else {
            format!("today ({on}), the day this resolution is dated (no --on given)")
        };
        Some(format!(
            "note: forecast {id}'s deadline {deadline} is before {day}: if the event happened that day, it came after the deadline and the claim did not come true by it (`forecast resolve --question {q} --happened-on {on}` resolves each forecast on the question by its own deadline); if that is only the day the outcome became known, this `{outcome}` stands"
        ))
    }
}

/// A hand resolution (an amendment, most often) that says other than the question's
/// recorded outcome in force says of the forecast (ux31 M6). Not refused: the README's
/// decision lets an amendment change an outcome already given, unchecked. But `report`
/// scores the forecast's own outcome while `compare` scores its market by the question's
/// outcome, so the two would disagree without a word: the note names the outcome in force
/// and how to amend it. A void says nothing about the event and is not compared.
fn question_outcome_note(
    store: &Store,
    f: &crate::model::Forecast,
    outcome: Outcome,
    today: NaiveDate,
) -> Result<Option<String>> {
    if outcome == Outcome::Void {
        return Ok(None);
    }
    let Some(rows) = store.question_market_rows(&f.question, today)? else {
        return Ok(None);
    };
    let Some(question_id) = rows.first().map(|r| r.question_id) else {
        return Ok(None);
    };
    let events = store.question_events()?;
    let Some(event) = events
        .iter()
        .find(|(q, _)| *q == question_id)
        .map(|(_, e)| *e)
    else {
        return Ok(None);
    };
    let Some(says) = event.decides(f.deadline, f.stance) else {
        return Ok(None);
    };
    if says == outcome {
        return Ok(None);
    }
    let (id, q) = (f.id, crate::error::shell_word(&f.question));
    let recorded = match event.date() {
        Some(d) => format!("{} {d}", event.kind()),
        None => event.kind().to_string(),
    };
    // The question outcome that would say what this resolution says.
    let happened = (outcome == Outcome::True) == (f.stance == Stance::For);
    let way = if happened {
        "--happened-on DATE".to_string()
    } else {
        format!("--not-by {}", f.deadline)
    };
    Ok(Some(format!(
        "note: question `{}`'s recorded outcome `{recorded}` still says forecast {id} is `{says}`: `report` scores forecast {id} `{outcome}` now, while `compare` and `question {q}` score its market by the question's outcome; if the event's outcome changed, amend it with `forecast resolve --question {q} {way} --amend --note WHY`",
        f.question
    )))
}

/// An amendment (`resolve ID --yes|--no --amend`) that leaves the forecast's market
/// (question and deadline) resolved both ways, stance taken into account (ad4 F4): a fresh
/// resolution doing that is refused (`check_market_agrees`), but an amendment is the way to
/// change an outcome, so it stands, and this note names the forecasts of the market that now
/// say the event the other way, with the amendment that would align each, or the question
/// outcome that decides them all. Each is scored on its own outcome, so both sides count as
/// right in `report`, and `compare` leaves the market out. A void says nothing of the event.
/// Said only where no recorded question outcome decides the forecast (that case has its own
/// note, `question_outcome_note`). Read after the write, through the store, so both backends
/// say it alike.
fn market_split_note(
    store: &Store,
    f: &crate::model::Forecast,
    outcome: Outcome,
    today: NaiveDate,
) -> Result<Option<String>> {
    const NAMED: usize = 5;
    let Some(happened) = outcome.event_happened(f.stance) else {
        return Ok(None);
    };
    let Some(rows) = store.question_market_rows(&f.question, today)? else {
        return Ok(None);
    };
    let deadline = crate::report::rows::day_number(f.deadline);
    // Each other forecast of the market saying the event the other way, with the outcome
    // that would say it as this one now does.
    let against: Vec<(i64, &str)> = rows
        .iter()
        .filter(|r| r.id != f.id && r.deadline == deadline)
        .filter_map(|r| {
            let said = match r.outcome? {
                Outcome::Void => return None,
                o => (o == Outcome::True) == r.for_event,
            };
            (said != happened).then_some((r.id, if happened == r.for_event { "yes" } else { "no" }))
        })
        .collect();
    if against.is_empty() {
        return Ok(None);
    }
    let ids = against
        .iter()
        .map(|(id, _)| id.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let q = crate::error::shell_word(&f.question);
    let mut amend = against
        .iter()
        .take(NAMED)
        .map(|(id, way)| format!("`forecast resolve {id} --{way} --amend --note WHY`"))
        .collect::<Vec<_>>()
        .join(", ");
    if against.len() > NAMED {
        amend.push_str(&format!(" and {} more", against.len() - NAMED));
    }
    let says = |h: bool| if h { "happened" } else { "did not happen" };
    let event = if happened {
        "--happened-on DATE".to_string()
    } else {
        format!("--not-by {}", f.deadline)
    };
    Ok(Some(format!(
        "note: forecast {id} `{outcome}` now says the event of its market (question `{key}`, deadline {deadline}) {now}, but forecast(s) {ids} in that market say it {other}, stance taken into account: each is scored on its own outcome, so both sides count as right in `report`, and `compare` leaves the market out. If forecast {id}'s outcome is right, amend them: {amend}; or record what happened with `forecast resolve --question {q} {event}`, which decides the market in `compare` (hand resolutions that disagree stay, named as conflicts)",
        id = f.id,
        key = f.question,
        deadline = f.deadline,
        now = says(happened),
        other = says(!happened),
    )))
}

/// The forecasts a question outcome just resolved `true` or `false` that carry a condition,
/// named with it and how to void one whose condition failed (audit 17, A8): the outcome
/// decides the claim, not whether the condition held, and DESIGN.md's `void` is for a
/// condition not met. Empty when there are none.
fn conditions_note(store: &Store, question: &str, resolved: &[(i64, Outcome)]) -> Result<String> {
    if !resolved.iter().any(|(_, o)| *o != Outcome::Void) {
        return Ok(String::new());
    }
    let conditions: rustc_hash::FxHashMap<i64, (String, String)> = store
        .question_conditions(question)?
        .into_iter()
        .map(|(id, source, condition)| (id, (source, condition)))
        .collect();
    let named: Vec<String> = resolved
        .iter()
        .filter(|(_, o)| *o != Outcome::Void)
        .filter_map(|(id, _)| {
            let (source, condition) = conditions.get(id)?;
            Some(format!("forecast {id} ({source}) if `{condition}`"))
        })
        .collect();
    if named.is_empty() {
        return Ok(String::new());
    }
    Ok(format!(
        "  note: {} forecast(s) resolved carry a condition: {}; this outcome decides the claim, not whether the condition held: void each one whose condition did not hold with `forecast resolve ID --void --reason condition-false --amend --note WHY` (a void is never scored)\n",
        named.len(),
        named.join(", ")
    ))
}

/// After one forecast is resolved by hand: its source's other unresolved forecasts on the
/// same question and deadline (earlier updates, `forecast update`) share its outcome but stay
/// due until resolved too; said, with the command that resolves them all at once.
fn earlier_updates_note(store: &Store, id: i64, today: NaiveDate, io: &mut Io<'_>) {
    let Ok(f) = store.forecast(id, today) else {
        return;
    };
    let filter = crate::store::ListFilter {
        status: crate::store::StatusFilter::All,
        source: Some(f.source.clone()),
        question: Some(f.question.clone()),
    };
    let Ok(same) = store.list(&filter, today) else {
        return;
    };
    let open: Vec<String> = same
        .iter()
        .filter(|o| o.id != id && o.outcome.is_none() && o.deadline == f.deadline)
        .filter(|o| o.superseded_by.is_none())
        .map(|o| o.id.to_string())
        .collect();
    if open.is_empty() {
        return;
    }
    let _ = writeln!(
        io.err,
        "note: {}'s other forecast(s) on question `{}` with this deadline are still unresolved: {}; resolve them too, or record the question's outcome (`forecast resolve --question {} --happened-on DATE` or `--not-by DATE`) to resolve every forecast on it",
        f.source,
        f.question,
        open.join(", "),
        crate::error::shell_word(&f.question)
    );
}

fn reason_of(r: ReasonArg) -> VoidReason {
    match r {
        ReasonArg::Ambiguous => VoidReason::Ambiguous,
        ReasonArg::Annulled => VoidReason::Annulled,
        ReasonArg::ConditionFalse => VoidReason::ConditionFalse,
    }
}

/// A summary of a question outcome, conflicts included.
pub fn describe(s: &QuestionResolution) -> String {
    let mut out = String::new();
    let (t, f, v) = tally(&s.resolved);
    // Forecasts resolved earlier that this event does not decide are named apart: counted
    // as "still open" they read as if the outcome had left them unresolved.
    let before = match s.resolved_before {
        0 => String::new(),
        n => format!("; {n} resolved earlier, not decided by this outcome"),
    };
    let _ = writeln!(
        out,
        "question {} ({}): resolved {} ({t} true, {f} false, {v} void); {} already agreed; {} still open; {} conflict(s){before}",
        s.question,
        s.event,
        s.resolved.len(),
        s.agreed,
        s.undecided,
        s.conflicts.len()
    );
    write_conflicts(&mut out, &s.conflicts, "");
    if !s.made_after_event.is_empty() {
        let ids: Vec<String> = s.made_after_event.iter().map(i64::to_string).collect();
        let _ = writeln!(
            out,
            "  note: {} forecast(s) were made after the event had happened (id {}): resolved by the rules; if made knowing the answer, `resolve ID --void --reason annulled --amend --note ...`",
            ids.len(),
            ids.join(", ")
        );
    }
    out
}

/// What amending a question's outcome changed: the outcome replaced, how many forecasts it
/// had decided and how many of them changed outcome (each named), then what the new outcome
/// decides besides, and its conflicts with hand resolutions.
pub fn describe_amendment(s: &QuestionAmendment) -> String {
    let mut out = String::new();
    let replaced: Vec<String> = s.replaced.iter().map(|e| format!("`{e}`")).collect();
    let _ = writeln!(
        out,
        "question {}: outcome {} amended to `{}`; re-decided {} forecast(s) it had decided: {} changed outcome, {} kept their outcome with a new resolution date, {} unchanged",
        s.question,
        replaced.join(" and "),
        s.event,
        s.redecided,
        s.changed.len(),
        s.redated.len(),
        s.redecided - s.changed.len() - s.redated.len()
    );
    for (id, before, now) in &s.changed {
        let _ = writeln!(out, "  forecast {id}: {before} -> {now}");
    }
    let (t, f, v) = tally(&s.resolved);
    let _ = writeln!(
        out,
        "  newly resolved {} ({t} true, {f} false, {v} void); {} still open; {} conflict(s)",
        s.resolved.len(),
        s.undecided,
        s.conflicts.len()
    );
    write_conflicts(&mut out, &s.conflicts, " by hand");
    out
}

/// One row of an outcomes file, checked.
#[derive(Debug, Clone)]
pub(crate) struct LineAction {
    line: u64,
    action: Action,
}

#[derive(Debug, Clone)]
enum Action {
    Forecast {
        id: i64,
        outcome: Outcome,
        on: NaiveDate,
        /// Whether the row gave `on` (else it is today).
        dated: bool,
        note: Option<String>,
        reason: Option<VoidReason>,
        /// `resolve ID --amend`: replaces an outcome (with a note).
        amend: bool,
    },
    Question {
        key: String,
        event: QuestionEvent,
        note: Option<String>,
        /// `resolve --question KEY --amend`: replaces the outcome in force (with a note).
        amend: bool,
    },
}

impl Action {
    fn amends(&self) -> bool {
        match self {
            Action::Forecast { amend, .. } | Action::Question { amend, .. } => *amend,
        }
    }
}

/// What a row of an outcomes file did to a question: an outcome recorded, or the outcome
/// in force amended; or the row (its index) said again what the ledger held, and was skipped.
#[derive(Debug)]
pub(crate) enum Applied {
    Recorded(QuestionResolution),
    Amended(QuestionAmendment),
    Repeated(usize),
}

/// The two layouts of an outcomes file, as its header says them.
const OUTCOME_LAYOUTS: &str =
    "`id,outcome[,on][,note][,reason][,amend]` or `question,event,date[,note][,amend]`";

/// `resolve --from`'s words for the refusals of the reader it shares with `import`.
const OUTCOMES_WORDS: crate::transfer::Words = crate::transfer::Words {
    nothing: "nothing was written",
    each_file: "apply each file on its own",
    no_header: "the file is empty: an outcomes file starts with the header `id,outcome[,on][,note][,reason][,amend]` or `question,event,date[,note][,amend]`, then one row an outcome",
    no_rows: "the file has its header row and no outcomes under it; nothing was written",
    one_field: "the header must be `id,outcome[,on][,note][,reason][,amend]` or `question,event,date[,note][,amend]`: ",
    decimal_commas: false,
};

/// The columns of each layout.
const BY_ID: &[&str] = &["id", "outcome", "on", "note", "reason", "amend"];
const BY_QUESTION: &[&str] = &["question", "event", "date", "note", "amend"];

/// Checks an outcomes file's header: which layout it is (`true` for by id), each known
/// column at most once, and no column the layout does not know. A column without a name
/// (the empty header cells a spreadsheet writes after the last column) is let through, as
/// `import` lets it through; a value under one is refused by its row.
fn outcomes_header(header: &[String]) -> std::result::Result<bool, String> {
    use crate::transfer::same_column;
    let has = |n: &str| header.iter().any(|h| same_column(h, n));
    let by_id = has("id") && has("outcome");
    let by_question = has("question") && has("event");
    if by_id == by_question {
        return Err(format!("the header must be {OUTCOME_LAYOUTS}"));
    }
    // A column the layout does not know is refused, not dropped: a misspelled `resolved_on`
    // would otherwise resolve every row on today's date with no word said.
    let known = if by_id { BY_ID } else { BY_QUESTION };
    for column in known {
        let same: Vec<String> = header
            .iter()
            .filter(|h| same_column(h, column))
            .map(|h| format!("`{h}`"))
            .collect();
        if same.len() > 1 {
            return Err(format!(
                "column `{column}`: the header has it {} times ({}); which one holds `{column}` is a guess, so rename or remove the others",
                same.len(),
                same.join(", ")
            ));
        }
    }
    let unknown = header
        .iter()
        .find(|h| !h.is_empty() && !known.iter().any(|k| same_column(h, k)));
    if let Some(unknown) = unknown {
        let hint = match crate::transfer::column_key(unknown).as_str() {
            "resolved_on" | "resolved" | "date" | "day" if by_id => " (the date column is `on`)",
            "on" | "happened_on" | "day" if !by_id => " (the date column is `date`)",
            "notes" | "comment" | "comments" => " (the note column is `note`)",
            _ => "",
        };
        return Err(format!(
            "unknown column `{unknown}`{hint}; the columns are {}",
            known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(by_id)
}

/// Reads and checks every row of an outcomes CSV before anything is written. The file is
/// read by the reader `import` reads a CSV with (`transfer::read_csv`), so the two agree on
/// quotes, blank rows, columns without a name, a repeated header, line numbers and the
/// refusal of a file without rows.
pub(crate) fn read_outcomes(
    input: impl std::io::Read,
    name: &str,
    today: NaiveDate,
    delimiter: Option<u8>,
) -> Result<Vec<LineAction>> {
    let bad = |line: u64, message: String| Error::bad_row(name, line, message);
    let layout = std::cell::Cell::new(None);
    let mut actions = Vec::new();
    // Every row is read; a refused one is noted and the reading goes on, so the refusal
    // names them all, as `import`'s does (ad4 F10).
    let mut refused = crate::transfer::BadRows::default();
    let read = crate::transfer::read_csv(
        input,
        name,
        delimiter,
        &OUTCOMES_WORDS,
        |header| {
            layout.set(Some(outcomes_header(header)?));
            Ok(())
        },
        |row| {
            let line = row.line;
            let by_id = layout.get().unwrap_or(true);
            // A value under a column without a name is a column whose name is missing
            // (a date, a note): refused, as an unknown column is, not dropped.
            if let Some((i, v)) = row
                .columns
                .iter()
                .zip(row.values)
                .enumerate()
                .find(|(_, (c, v))| c.is_empty() && !v.trim().is_empty())
                .map(|(i, (_, v))| (i, v))
            {
                refused.push(bad(
                    line,
                    format!(
                        "column {} has no name in the header but holds `{}` here; name it (the columns are {}) or clear it",
                        i + 1,
                        v.trim(),
                        (if by_id { BY_ID } else { BY_QUESTION })
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
                return Ok(());
            }
            let get = |n: &str| row.get(n);
            match outcome_row(by_id, get, today) {
                Ok(action) => actions.push(LineAction { line, action }),
                Err(m) => refused.push(bad(line, m)),
            }
            Ok(())
        },
    );
    match read {
        Err(e) if !refused.is_empty() && e.exit_code() == 2 => refused.stop(e),
        read => {
            read?;
        }
    }
    match refused.error("row", "nothing was written") {
        Some(e) => Err(e),
        None => Ok(actions),
    }
}

/// One row of an outcomes file (its fields by column name, trimmed, `None` when empty),
/// checked: the action it asks for, or why it is refused.
fn outcome_row<'a>(
    by_id: bool,
    get: impl Fn(&str) -> Option<&'a str>,
    today: NaiveDate,
) -> std::result::Result<Action, String> {
    let note = get("note").map(str::to_string);
    // `amend` (yes/no, empty for no) is the file's `--amend`: it needs a note, as the
    // flag needs --note.
    let amend = match get("amend").map(str::to_ascii_lowercase).as_deref() {
        None | Some("no" | "false" | "0") => false,
        Some("yes" | "true" | "1") => true,
        Some(_) => {
            return Err(format!(
                "field `amend`: `{}` is not `yes` or `no` (empty is no)",
                get("amend").unwrap_or_default()
            ))
        }
    };
    if amend && note.is_none() {
        return Err("field `note`: an amendment (`amend` yes) needs a note saying why".into());
    }
    if by_id {
        let id_text = get("id").ok_or("field `id` is empty")?;
        let id = super::parse_id(id_text).map_err(|e| format!("field `id`: {e}"))?;
        let outcome_text = get("outcome").ok_or("field `outcome` is empty")?;
        let outcome =
            Outcome::parse_loose(outcome_text).map_err(|e| format!("field `outcome`: {e}"))?;
        let on = match get("on") {
            Some(d) => parse_day_prefix(d)
                .map_err(|e| format!("field `on`: {e}{}", crate::error::date_column_hint(d)))?,
            None => today,
        };
        let reason =
            match get("reason") {
                Some(r) => Some(
                    r.parse::<VoidReason>()
                        .map_err(|e| format!("field `reason`: {e}"))?,
                ),
                // Checked here, where the file's words can be used: the store's refusal
                // speaks of `--reason`, a flag this file never had.
                // `import` reads a void row without one as `ambiguous` (a record kept
                // elsewhere may not say why); the refusal says why this file differs (ad4 F8).
                None if outcome == Outcome::Void => return Err(
                    "field `reason`: a void takes a reason: ambiguous, annulled or condition-false, as `resolve ID --void` takes --reason, since an outcome recorded here says why (`import` reads a void row without one as `ambiguous`, as a record kept elsewhere may not say)"
                        .into(),
                ),
                None => None,
            };
        // As a missing reason above: the store's refusal named `--reason annulled` (ad6 F6).
        if reason.is_some() && outcome != Outcome::Void {
            return Err(format!(
                "field `reason`: a reason goes only with outcome `void`; leave it empty for `{outcome_text}`"
            ));
        }
        Ok(Action::Forecast {
            id,
            outcome,
            on,
            dated: get("on").is_some(),
            note,
            reason,
            amend,
        })
    } else {
        let key = get("question").ok_or("field `question` is empty")?;
        let key = crate::model::names::key_canonical(key).to_string();
        let kind = get("event").ok_or("field `event` is empty")?;
        let date =
            match get("date") {
                Some(d) => Some(parse_day_prefix(d).map_err(|e| {
                    format!("field `date`: {e}{}", crate::error::date_column_hint(d))
                })?),
                None => None,
            };
        if !kind.eq_ignore_ascii_case("annul") && date.is_none() {
            return Err(format!("field `date` is needed for event `{kind}`"));
        }
        let event =
            QuestionEvent::from_parts(kind, date).map_err(|e| format!("field `event`: {e}"))?;
        Ok(Action::Question {
            key,
            event,
            note,
            amend,
        })
    }
}

/// Refuses an outcomes file that resolves one forecast on two rows (a row pasted twice, or
/// two files pasted together), naming both lines, before anything is written: the store
/// would otherwise refuse the second as "already resolved" by the first, of a forecast the
/// ledger does not hold resolved, and send the user to mark a duplicate as an amendment
/// (audit 15, A11). A later row with `amend` yes is an amendment of the earlier one, as
/// the file's layout allows, and is left to the write.
fn refuse_repeated_ids(actions: &[LineAction], name: &str) -> Result<()> {
    let mut first: rustc_hash::FxHashMap<i64, (u64, Outcome)> = Default::default();
    for a in actions {
        let Action::Forecast {
            id, outcome, amend, ..
        } = &a.action
        else {
            continue;
        };
        let Some(&(line, said)) = first.get(id) else {
            first.insert(*id, (a.line, *outcome));
            continue;
        };
        if *amend {
            continue;
        }
        let message = if said == *outcome {
            format!(
                "forecast {id} is resolved `{}` on line {line} of this file already: line {} repeats it (a row pasted twice?); remove one of the two lines; nothing was written",
                said.as_str(),
                a.line
            )
        } else {
            format!(
                "forecast {id} is resolved `{}` on line {line} of this file and `{}` here: one forecast has one outcome; remove the wrong line (an outcome changed on appeal is a row with `amend` yes and a `note`); nothing was written",
                said.as_str(),
                outcome.as_str()
            )
        };
        return Err(Error::BadRow {
            file: name.to_string(),
            line: a.line,
            message,
        });
    }
    Ok(())
}

/// Refuses an outcomes file whose rows resolve two forecasts of one market (a question and
/// a deadline, as `compare` groups them) both ways, the stance taken into account: each
/// would be scored on its own outcome, so both sides would be "right" about one event. The
/// two lines are named and nothing is written, as `import` refuses such rows. A row naming
/// a forecast the ledger does not hold is left to the write, which names it. Returns the
/// stance and deadline of every forecast a row names, read once.
fn refuse_contradictions(
    store: &Store,
    actions: &[LineAction],
    today: NaiveDate,
    name: &str,
) -> Result<FxHashMap<i64, (Stance, NaiveDate)>> {
    let mut read = FxHashMap::default();
    let mut said: std::collections::HashMap<(String, NaiveDate), (u64, i64, bool)> =
        std::collections::HashMap::new();
    for a in actions {
        let Action::Forecast { id, outcome, .. } = &a.action else {
            continue;
        };
        let Ok(f) = store.forecast(*id, today) else {
            continue;
        };
        read.insert(*id, (f.stance, f.deadline));
        if *outcome == Outcome::Void {
            continue;
        }
        let Some(happened) = outcome.event_happened(f.stance) else {
            continue;
        };
        let (first, first_id, first_happened) = *said
            .entry((f.question.clone(), f.deadline))
            .or_insert((a.line, *id, happened));
        if first_id != *id && first_happened != happened {
            let says = |h: bool| if h { "happened" } else { "did not happen" };
            return Err(Error::BadRow {
                file: name.to_string(),
                line: a.line,
                message: format!(
                    "question `{}` by {}: line {first} (forecast {first_id}) says its event {} and line {} (forecast {id}) says it {} (stance taken into account): outcomes of one market that contradict each other would score both sides as right; fix one of the two lines, or record the question's outcome with `forecast resolve --question {} --happened-on DATE` (or `--not-by DATE`)",
                    f.question,
                    f.deadline,
                    says(first_happened),
                    a.line,
                    says(happened),
                    crate::error::shell_word(&f.question),
                ),
            });
        }
    }
    Ok(read)
}

pub(crate) fn apply_actions(
    w: &mut Writer<'_>,
    actions: &[LineAction],
    today: NaiveDate,
    name: &str,
) -> Result<Vec<Applied>> {
    let mut summaries = Vec::new();
    for (i, a) in actions.iter().enumerate() {
        let row = match &a.action {
            Action::Forecast {
                id,
                outcome,
                on,
                dated,
                reason,
                ..
            } => OutcomeRow::Forecast {
                id: *id,
                outcome: *outcome,
                on: dated.then_some(*on),
                reason: *reason,
            },
            Action::Question {
                key, event, amend, ..
            } => OutcomeRow::Question {
                key,
                event: *event,
                amend: *amend,
            },
        };
        if w.repeats_recorded(&row)? {
            summaries.push(Applied::Repeated(i));
            continue;
        }
        let result = match &a.action {
            Action::Forecast {
                id,
                outcome,
                on,
                note,
                reason,
                amend,
                ..
            } => w
                .resolve_forecast(*id, *outcome, *on, note.as_deref(), *reason, *amend, today)
                .map(|()| None),
            Action::Question {
                key,
                event,
                note,
                amend: false,
            } => w
                .resolve_question(key, *event, note.as_deref(), today)
                .map(|s| Some(Applied::Recorded(s))),
            Action::Question {
                key,
                event,
                note,
                amend: true,
            } => w
                .amend_question(key, *event, note.as_deref(), today)
                .map(|s| Some(Applied::Amended(s))),
        };
        match result {
            Ok(Some(s)) => summaries.push(s),
            Ok(None) => {}
            Err(e) if e.exit_code() == 2 => {
                return Err(Error::BadRow {
                    file: name.to_string(),
                    line: a.line,
                    message: in_file_words(&e.to_string()),
                })
            }
            Err(e) => return Err(e),
        }
    }
    Ok(summaries)
}

/// A refusal's way out in an outcomes file's words: the file's `amend` and `note` columns,
/// not the flags `--amend --note` that the store's messages name.
fn in_file_words(message: &str) -> String {
    const FILE: &str = "give the row `amend` yes and a `note` saying why";
    message
        .replace("add --amend --note WHY", FILE)
        .replace("pass --amend with --note", FILE)
}

/// The bare resolver: applies known question outcomes, then walks the due forecasts.
/// Said when the resolver does not understand an answer, before it asks again.
const UNDERSTOOD: &str = "answer y, n, v, s or q, optionally followed by a day and a note";

fn resolver(store: &mut Store, ctx: &Context, io: &mut Io<'_>) -> Result<()> {
    // A ledger this command just created (a mistyped `--db`, or before the first `add`)
    // holds nothing to resolve: "No forecasts are due." would be a false all-clear, and the
    // new empty ledger would make later reads on that path succeed on nothing (audit 17
    // A16). Refused as every read refuses a missing ledger; the caller takes the new file
    // (or PostgreSQL schema) away again.
    if store.created() {
        return Err(Error::NoLedger {
            path: store.location().into(),
        });
    }
    let today = ctx.clock.today;
    let now = ctx.clock.timestamp();
    let applied = store.write(&now, |w| w.apply_known_outcomes(today))?;
    let mut out = String::new();
    for s in &applied {
        out.push_str(&describe(s));
        out.push_str(&conditions_note(store, &s.question, &s.resolved)?);
    }
    let due = store.list(
        &ListFilter {
            status: StatusFilter::Due,
            ..Default::default()
        },
        today,
    )?;
    if due.is_empty() {
        out.push_str("No forecasts are due.\n");
        return super::write_out(io, &out);
    }
    if !ctx.interactive {
        let _ = writeln!(
            out,
            "{} forecast(s) due (run on a terminal to resolve them one by one):",
            due.len()
        );
        let shown = due.len().min(super::list::TABLE_ROWS);
        out.push_str(&super::list::render(
            &due[..shown],
            crate::output::Format::Table,
            &ctx.style,
        )?);
        if shown < due.len() {
            let _ = writeln!(
                out,
                "... and {} more (`forecast list --status due --format csv` lists them all)",
                due.len() - shown
            );
        }
        return super::write_out(io, &out);
    }
    super::write_out(io, &out)?;
    for f in &due {
        let mut header = format!(
            "\n#{} {} ({}), made {}, deadline {}:\n  {}\n",
            f.id,
            f.source,
            format_percent(f.probability),
            f.made_on,
            f.deadline,
            f.claim
        );
        // A conditional forecast is void (condition-false) if its condition failed, which
        // only its condition shows (audit 17, A8).
        if let Some(c) = &f.condition {
            header.push_str(&format!(
                "  condition: {c} (if it did not hold: v, then c for condition-false)\n"
            ));
        }
        super::write_out(io, &header)?;
        // Asked again until an answer is used or the forecast skipped: an answer the ledger
        // refuses must not let the next typed (or pasted) answer land on the next forecast.
        'ask: loop {
            let answer = 'answer: loop {
                super::write_out(
                io,
                "[y]es, [n]o, [v]oid, [s]kip, [q]uit? (after y/n/v optionally the day and a note: n 2026-06-30 no deal signed) ",
            )?;
                let Some(line) = super::read_answer(io)? else {
                    return Ok(());
                };
                let (key, rest) = line.split_once(' ').unwrap_or((line.as_str(), ""));
                let outcome = match key.to_ascii_lowercase().as_str() {
                    "y" | "yes" => Outcome::True,
                    "n" | "no" => Outcome::False,
                    "v" | "void" => Outcome::Void,
                    "s" | "skip" | "" => break None,
                    "q" | "quit" => return Ok(()),
                    _ => {
                        super::write_out(io, &format!("  {UNDERSTOOD}\n"))?;
                        continue;
                    }
                };
                let extras = match interactive_extras(rest, today) {
                    Ok(extras) => extras,
                    Err(e) => {
                        super::write_out(io, &format!("  {e}\n"))?;
                        continue;
                    }
                };
                if outcome != Outcome::Void {
                    break Some((outcome, None, extras));
                }
                // The reason is asked again until it is one of the three, or the void is
                // given up with an empty line, which skips the forecast (as at the first
                // prompt): falling back to the y/n/v menu would let the next typed-ahead
                // answer resolve this forecast. The prompt says so (u32: a user at it did not
                // know how to back out of a void).
                let reason = loop {
                    super::write_out(
                        io,
                        "reason: [a]mbiguous, a[n]nulled, [c]ondition-false? (an empty line skips this forecast, leaving it unresolved) ",
                    )?;
                    let Some(r) = super::read_answer(io)?.map(|a| a.to_ascii_lowercase()) else {
                        return Ok(());
                    };
                    match r.as_str() {
                        "a" | "ambiguous" => break VoidReason::Ambiguous,
                        "n" | "annulled" => break VoidReason::Annulled,
                        "c" | "condition-false" => break VoidReason::ConditionFalse,
                        "" => {
                            super::write_out(io, &format!("  forecast {} skipped\n", f.id))?;
                            break 'answer None;
                        }
                        _ => super::write_out(
                            io,
                            "  answer a, n or c for the reason the forecast is void, or an empty line to skip it\n",
                        )?,
                    }
                };
                break Some((Outcome::Void, Some(reason), extras));
            };
            if let Some((outcome, reason, (on, note))) = answer {
                let result = store.write(&now, |w| {
                    w.resolve_forecast(f.id, outcome, on, note.as_deref(), reason, false, today)
                });
                match result {
                    Ok(()) => {
                        let mut said = format!("forecast {} resolved {outcome}", f.id);
                        if on != today {
                            said.push_str(&format!(" on {on}"));
                        }
                        if let Some(n) = &note {
                            said.push_str(&format!(" (note: {n})"));
                        }
                        super::write_out(io, &format!("{said}\n"))?;
                    }
                    // A day the ledger refuses (before the date made, after today) is said and
                    // the same forecast asked about again.
                    Err(e) if e.exit_code() == 2 => {
                        super::write_out(io, &format!("  not resolved: {e}\n"))?;
                        continue 'ask;
                    }
                    Err(e) => return Err(e),
                }
            }
            break 'ask;
        }
    }
    Ok(())
}

/// What may follow y/n/v at the resolver's prompt: an optional day (`2026-06-30`, `today`,
/// `yesterday`) and then a note, e.g. `n 2026-06-30 no deal signed`.
fn interactive_extras(rest: &str, today: NaiveDate) -> Result<(NaiveDate, Option<String>)> {
    let rest = rest.trim();
    let (first, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let looks_like_day = first.starts_with(|c: char| c.is_ascii_digit())
        || matches!(first.to_ascii_lowercase().as_str(), "today" | "yesterday");
    let (on, note) = if looks_like_day {
        (crate::time::parse_day(first, today)?, after.trim())
    } else {
        (today, rest)
    };
    Ok((on, (!note.is_empty()).then(|| note.to_string())))
}

/// How many of `resolved` came out true, false and void.
fn tally(resolved: &[(i64, Outcome)]) -> (usize, usize, usize) {
    resolved.iter().fold((0, 0, 0), |acc, (_, o)| match o {
        Outcome::True => (acc.0 + 1, acc.1, acc.2),
        Outcome::False => (acc.0, acc.1 + 1, acc.2),
        Outcome::Void => (acc.0, acc.1, acc.2 + 1),
    })
}

/// A line per forecast whose resolution (`how` it was made, e.g. " by hand") the outcome
/// contradicts and leaves as it is.
fn write_conflicts(out: &mut String, conflicts: &[Conflict], how: &str) {
    for c in conflicts {
        let _ = writeln!(
            out,
            "  conflict: forecast {} is resolved {}{how} but this outcome says {}; left as it is ({})",
            c.id,
            c.current,
            c.proposed,
            amend_hint(c)
        );
    }
}

/// The command that gives a conflicting forecast the outcome proposed, whole: the hint
/// said `resolve 3 --amend`, which is refused for want of an outcome and a note (ad7 F2).
/// An annulled question proposes `void`, whose reason is `annulled`.
pub(crate) fn amend_hint(c: &Conflict) -> String {
    let outcome = match c.proposed {
        Outcome::True => "--yes",
        Outcome::False => "--no",
        Outcome::Void => "--void --reason annulled",
    };
    format!(
        "`forecast resolve {} {outcome} --amend --note WHY` changes it",
        c.id
    )
}
