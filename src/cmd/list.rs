//! `forecast list`: forecasts one a row, filtered by status, source and question.

use crate::app::{Context, Io};
use crate::cli::{ListArgs, StatusArg};
use crate::error::Result;
use crate::model::{format_percent, Forecast};
use crate::output::{csv_string, ellipsize, json_string, table, Format, Style};
use crate::store::{ListFilter, StatusFilter, Store};
use crate::transfer::ExportRecord;

pub fn run(store: &Store, ctx: &Context, args: &ListArgs, io: &mut Io<'_>) -> Result<()> {
    let filter = ListFilter {
        status: match args.status {
            StatusArg::Open => StatusFilter::Open,
            StatusArg::Due => StatusFilter::Due,
            StatusArg::Resolved => StatusFilter::Resolved,
            StatusArg::Void => StatusFilter::Void,
            StatusArg::All => StatusFilter::All,
        },
        source: args.source.clone(),
        question: args.question.clone(),
    };
    let forecasts = store.list(&filter, ctx.clock.today)?;
    let text = render(&forecasts, args.format, &ctx.style)?;
    super::write_out(io, &text)
}

/// Forecasts as a table, a JSON array or CSV.
pub fn render(forecasts: &[Forecast], format: Format, style: &Style) -> Result<String> {
    match format {
        Format::Json => json_string(&forecasts),
        Format::Csv => {
            let rows: Vec<ExportRecord> = forecasts.iter().map(ExportRecord::from).collect();
            csv_string(&rows)
        }
        Format::Table | Format::Markdown => {
            if forecasts.is_empty() {
                return Ok("No forecasts match.\n".to_string());
            }
            let mut t = table(
                style,
                &[
                    "id", "source", "p", "made", "deadline", "status", "question", "claim",
                ],
            );
            for f in forecasts {
                let status = match f.outcome {
                    Some(o) => format!("{} ({o})", f.status),
                    None => f.status.to_string(),
                };
                let p = match f.stance {
                    crate::model::Stance::For => format_percent(f.probability),
                    crate::model::Stance::Against => {
                        format!("{} against", format_percent(f.probability))
                    }
                };
                t.add_row(vec![
                    f.id.to_string(),
                    f.source.clone(),
                    p,
                    f.made_on.to_string(),
                    f.deadline.to_string(),
                    status,
                    ellipsize(&f.question, 30),
                    ellipsize(&f.claim, 80),
                ]);
            }
            Ok(format!("{t}\n"))
        }
    }
}
