//! `forecast question KEY [--chart FILE.svg]`: one question's markets, forecast by
//! forecast, with the price path and what each forecast earned.

use crate::app::{Context, Io};
use crate::cli::QuestionArgs;
use crate::error::{Error, Result};
use crate::output::{json_string, num, table, Format};
use crate::report::price_chart::price_path_svg;
use crate::report::question::{question_view, QuestionView};
use crate::report::rows::ReportFilter;
use crate::store::Store;
use std::fmt::Write;

pub fn run(store: &Store, ctx: &Context, args: &QuestionArgs, io: &mut Io<'_>) -> Result<()> {
    if let Some(path) = &args.chart {
        crate::output::check_target(path, args.force, store.path())?;
    }
    if !matches!(args.format, Format::Table | Format::Json) {
        return Err(Error::invalid(
            "--format",
            "question prints a table or json",
        ));
    }
    let today = ctx.clock.today;
    let rows = store
        .question_market_rows(&args.key, today)?
        .ok_or_else(|| Error::QuestionNotFound {
            key: args.key.clone(),
        })?;
    let names: rustc_hash::FxHashMap<i64, String> = store
        .report_sources(&ReportFilter::default())?
        .into_iter()
        .collect();
    let name = |id: i64| names.get(&id).cloned().unwrap_or_else(|| format!("#{id}"));
    let view = question_view(&args.key, rows, &name, today);
    let text = match args.format {
        Format::Json => json_string(&view)?,
        _ => crate::output::clean(&text(&view, &ctx.style)),
    };
    super::write_out(io, &text)?;
    if let Some(path) = &args.chart {
        let (svg, _) = price_path_svg(&view)?;
        crate::output::write_new_file(path, svg.as_bytes(), args.force, store.path())?;
        let _ = writeln!(io.err, "wrote the price path to {}", path.display());
    }
    Ok(())
}

fn text(v: &QuestionView, style: &crate::output::Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Question {} as of {}", v.question, v.today);
    if v.markets.is_empty() && v.void.is_empty() {
        out.push_str("No forecasts on this question.\n");
    }
    for m in &v.markets {
        let outcome = match m.happened {
            Some(true) => "the event happened",
            Some(false) => "the event did not happen",
            None => "not resolved yet",
        };
        let scored = if m.scored {
            ""
        } else if m.happened.is_some() {
            " (deadline not passed: not scored yet)"
        } else {
            ""
        };
        let _ = writeln!(out, "\nMarket: by {}, {outcome}{scored}", m.deadline);
        let mut t = table(
            style,
            &[
                "id",
                "source",
                "made on",
                "P(event)",
                "price before",
                "earned (bits)",
                "in force",
            ],
        );
        for f in &m.forecasts {
            t.add_row(vec![
                f.id.to_string(),
                f.source.clone(),
                f.made_on.to_string(),
                format!("{:.1}%", f.probability * 100.0),
                format!("{:.1}%", f.price_before * 100.0),
                num(f.earned, 3),
                if f.in_force { "yes" } else { "updated" }.to_string(),
            ]);
        }
        let _ = writeln!(out, "{t}");
    }
    if !v.void.is_empty() {
        let _ = writeln!(out, "\nVoid (in no market):");
        for f in &v.void {
            let _ = writeln!(
                out,
                "  forecast {} by {}, made {}, deadline {}",
                f.id, f.source, f.made_on, f.deadline
            );
        }
    }
    out
}
