//! `forecast show ID`: one forecast with its question, article and resolution history,
//! and its updates: the source's other forecasts on the same question and deadline, under
//! the same condition (or none): a forecast under another condition is not an update
//! (audit 17, A8).

use crate::app::{Context, Io};
use crate::cli::ShowArgs;
use crate::error::Result;
use crate::model::{format_percent, Forecast};
use crate::output::{json_string, Format};
use crate::store::{ListFilter, ReviewOf, StatusFilter, Store};
use std::fmt::Write;

pub fn run(store: &Store, ctx: &Context, args: &ShowArgs, io: &mut Io<'_>) -> Result<()> {
    let id = super::parse_id(&args.id)?;
    let forecast = store.forecast(id, ctx.clock.today)?;
    let history = store.history(id)?;
    let logged_by = store.logged_by(id)?;
    let article = match forecast.article {
        Some(a) => store.article(a)?,
        None => None,
    };
    let updates = updates(store, &forecast, ctx.clock.today)?;
    let extraction = match article {
        Some(_) => extraction(store, &forecast, ctx.clock.today)?,
        None => None,
    };
    if args.format == Format::Json {
        let review = extraction.as_ref().map(|(logged, r)| {
            serde_json::json!({
                "logged_as": logged,
                "proposed": r,
                "changed": r.changed().0,
            })
        });
        let value = serde_json::json!({
            "forecast": forecast,
            "article": article,
            "review": review,
            "history": history,
            "logged_by": logged_by,
            "updates": updates,
        });
        return super::write_out(io, &json_string(&value)?);
    }
    let f = &forecast;
    let mut out = String::new();
    let _ = writeln!(out, "forecast {}", f.id);
    let _ = writeln!(out, "  source       {}", f.source);
    let _ = writeln!(out, "  claim        {}", hang(&f.claim));
    let _ = writeln!(
        out,
        "  probability  {} ({})",
        format_percent(f.probability),
        f.probability_basis
    );
    if let (Some(l), Some(h)) = (f.probability_low, f.probability_high) {
        let _ = writeln!(
            out,
            "  range        {} to {}",
            format_percent(l),
            format_percent(h)
        );
    }
    let _ = writeln!(out, "  made on      {}", f.made_on);
    match &f.deadline_phrase {
        Some(p) => {
            let _ = writeln!(out, "  deadline     {} (\"{p}\")", f.deadline);
        }
        None => {
            let _ = writeln!(out, "  deadline     {}", f.deadline);
        }
    }
    let _ = writeln!(
        out,
        "  question     {} (stance: {})",
        f.question,
        f.stance.as_str()
    );
    if let Some(c) = &f.condition {
        let _ = writeln!(out, "  condition    {}", hang(c));
    }
    if !f.tags.is_empty() {
        let _ = writeln!(out, "  tags         {}", f.tags.join(", "));
    }
    let _ = writeln!(out, "  status       {}", f.status);
    if let Some(old) = f.supersedes {
        let _ = writeln!(
            out,
            "  corrects     forecast {old}: {}",
            hang(f.correction.as_deref().unwrap_or(""))
        );
    }
    if let Some(new) = f.superseded_by {
        let _ = writeln!(
            out,
            "  superseded   by forecast {new} (this version is kept but no longer scored)"
        );
    }
    if let Some(a) = &article {
        let title = a.title.as_deref().unwrap_or("(untitled)");
        let _ = writeln!(
            out,
            "  article      #{} {title}, {} ({}) sha256 {}",
            a.id, a.source, a.published, a.sha256
        );
        if let Some(url) = &a.url {
            let _ = writeln!(out, "               {url}");
        }
        write_extraction(&mut out, f.id, extraction.as_ref());
    }
    match &logged_by {
        Some(who) => {
            let _ = writeln!(out, "  logged at    {} by {who}", f.created_at);
        }
        None => {
            let _ = writeln!(out, "  logged at    {}", f.created_at);
        }
    }
    if f.logged_late {
        let _ = writeln!(
            out,
            "  logged late  yes: after its deadline or after an outcome for it was recorded (reports count it; --exclude-late leaves it out)"
        );
    }
    if history.is_empty() {
        let _ = writeln!(out, "history: not resolved");
    } else {
        let _ = writeln!(out, "history:");
        for r in &history {
            let mut line = format!("  {} {} on {}", r.recorded_at, r.outcome, r.resolved_on);
            if let Some(reason) = r.reason {
                let _ = write!(line, " ({reason})");
            }
            if let Some(e) = &r.by_question_event {
                let _ = write!(line, ", by question outcome {e}");
            }
            if let Some(who) = &r.by {
                let _ = write!(line, ", by {who}");
            }
            // A note's later lines (a multi-line cell of an outcomes file) are indented
            // as a claim's are, so they do not read as lines of their own.
            if let Some(n) = &r.note {
                let _ = write!(line, ": {}", hang(n));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if updates.len() > 1 {
        let under = if f.condition.is_some() {
            ", deadline and condition"
        } else {
            " and deadline"
        };
        let _ = writeln!(
            out,
            "updates: {} forecasts by {} on this question{under} (the latest is in force):",
            updates.len(),
            f.source
        );
        for u in &updates {
            let mut line = format!(
                "  forecast {:<6} made {}  {}",
                u.id,
                u.made_on,
                format_percent(u.probability)
            );
            if u.in_force {
                line.push_str("  in force");
            }
            if u.id == f.id {
                line.push_str("  (this one)");
            }
            let _ = writeln!(out, "{line}");
        }
    }
    // Stored text (claims, notes, names) is shown, never sent to the terminal as controls.
    super::write_out(io, &crate::output::clean(&out))
}

/// The review that logged `f`, or the first version of `f` when `f` corrects it, with the
/// id of the forecast it logged.
fn extraction(
    store: &Store,
    f: &Forecast,
    today: chrono::NaiveDate,
) -> Result<Option<(i64, ReviewOf)>> {
    let (mut id, mut up) = (f.id, f.supersedes);
    loop {
        if let Some(r) = store.review_of(id)? {
            return Ok(Some((id, r)));
        }
        match up {
            Some(older) => {
                id = older;
                up = store.forecast(older, today)?.supersedes;
            }
            None => return Ok(None),
        }
    }
}

/// Where in its article forecast `shown` came from and what the extractor proposed beside
/// what the person kept (ad3 F6), or that it was saved as proposed without a review.
fn write_extraction(out: &mut String, shown: i64, review: Option<&(i64, ReviewOf)>) {
    let Some((logged, r)) = review else {
        let _ = writeln!(
            out,
            "  extracted    saved as the extractor proposed it, without a review (extract --save --yes)"
        );
        return;
    };
    let via = if *logged == shown {
        String::new()
    } else {
        format!(" (logged as forecast {logged}, which this one corrects)")
    };
    let _ = writeln!(
        out,
        "  extracted    candidate {}, its sentence at bytes {}-{} of the article; reviewed {}{via}",
        r.candidate, r.sentence_start, r.sentence_end, r.recorded_at
    );
    let _ = writeln!(out, "  proposed     {}", hang(&r.claim));
    let mut line = format!(
        "{} ({})",
        format_percent(r.probability),
        r.probability_basis
    );
    match (&r.deadline, &r.deadline_phrase) {
        (Some(d), Some(p)) => {
            let _ = write!(line, ", deadline {d} (\"{p}\")");
        }
        (Some(d), None) => {
            let _ = write!(line, ", deadline {d}");
        }
        (None, Some(p)) => {
            let _ = write!(line, ", no deadline (\"{p}\" not dated)");
        }
        (None, None) => line.push_str(", no deadline"),
    }
    if let Some(s) = &r.stance {
        let _ = write!(line, ", stance {s}");
    }
    let _ = writeln!(out, "               {line}");
    if let Some(h) = &r.attributed_to {
        let _ = writeln!(out, "               held by {}", hang(h));
    }
    if let Some(c) = &r.condition {
        let _ = writeln!(out, "               condition {}", hang(c));
    }
    let (changed, older) = r.changed();
    let mut kept = if changed.is_empty() {
        "as proposed".to_string()
    } else {
        format!("{} changed in the review", changed.join(", "))
    };
    if older {
        kept.push_str(
            " (claim, holder, stance and condition were not recorded by reviews before schema 13)",
        );
    }
    let _ = writeln!(out, "  kept         {kept}");
}

/// A value's later lines indented under its first, so a claim imported with a line break
/// (a spreadsheet cell's wrapped text) stays in its column instead of starting a line that
/// reads like a field of its own (audit 20 A14).
fn hang(value: &str) -> String {
    value
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\n               ")
}

/// One forecast of a source's updates on a market.
#[derive(Debug, serde::Serialize)]
struct Update {
    id: i64,
    made_on: chrono::NaiveDate,
    probability: f64,
    in_force: bool,
}

/// The current forecasts by `f`'s source on `f`'s question and deadline under `f`'s
/// condition (or none, as `f`) (`f` included),
/// in the order they were made (date, then the id of their first version); the last is in
/// force.
fn updates(store: &Store, f: &Forecast, today: chrono::NaiveDate) -> Result<Vec<Update>> {
    if f.superseded_by.is_some() {
        return Ok(Vec::new());
    }
    let filter = ListFilter {
        status: StatusFilter::All,
        source: Some(f.source.clone()),
        question: Some(f.question.clone()),
    };
    let same: Vec<Forecast> = store
        .list(&filter, today)?
        .into_iter()
        // Under another condition a forecast is not an update (audit 17, A8).
        .filter(|g| g.deadline == f.deadline && g.condition == f.condition)
        .collect();
    // A correction keeps the place of the forecast it corrects (its lineage's first id), as
    // in every market (`report::markets`), so a wording fix never changes which is in force.
    let mut keyed = Vec::with_capacity(same.len());
    for g in same {
        let mut first = g.id;
        let mut up = g.supersedes;
        while let Some(older) = up {
            first = older;
            up = store.forecast(older, today)?.supersedes;
        }
        keyed.push((g.made_on, first, g.id, g));
    }
    keyed.sort_by_key(|k| (k.0, k.1, k.2));
    let same: Vec<Forecast> = keyed.into_iter().map(|k| k.3).collect();
    let last = same.last().map(|g| g.id);
    Ok(same
        .iter()
        .map(|g| Update {
            id: g.id,
            made_on: g.made_on,
            probability: g.probability,
            in_force: Some(g.id) == last,
        })
        .collect())
}
