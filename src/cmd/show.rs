//! `forecast show ID`: one forecast with its question, article and resolution history.

use crate::app::{Context, Io};
use crate::cli::ShowArgs;
use crate::error::Result;
use crate::model::format_percent;
use crate::output::{json_string, Format};
use crate::store::Store;
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
    if args.format == Format::Json {
        let value = serde_json::json!({
            "forecast": forecast,
            "article": article,
            "history": history,
            "logged_by": logged_by,
        });
        return super::write_out(io, &json_string(&value)?);
    }
    let f = &forecast;
    let mut out = String::new();
    let _ = writeln!(out, "forecast {}", f.id);
    let _ = writeln!(out, "  source       {}", f.source);
    let _ = writeln!(out, "  claim        {}", f.claim);
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
        let _ = writeln!(out, "  condition    {c}");
    }
    if !f.tags.is_empty() {
        let _ = writeln!(out, "  tags         {}", f.tags.join(", "));
    }
    let _ = writeln!(out, "  status       {}", f.status);
    if let Some(old) = f.supersedes {
        let _ = writeln!(
            out,
            "  corrects     forecast {old}: {}",
            f.correction.as_deref().unwrap_or("")
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
    }
    match &logged_by {
        Some(who) => {
            let _ = writeln!(out, "  logged at    {} by {who}", f.created_at);
        }
        None => {
            let _ = writeln!(out, "  logged at    {}", f.created_at);
        }
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
            if let Some(n) = &r.note {
                let _ = write!(line, ": {n}");
            }
            let _ = writeln!(out, "{line}");
        }
    }
    // Stored text (claims, notes, names) is shown, never sent to the terminal as controls.
    super::write_out(io, &crate::output::clean(&out))
}
