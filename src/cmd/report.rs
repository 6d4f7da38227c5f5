//! `forecast report`: select forecasts, score them in one pass, render.

use crate::app::{Context, Io};
use crate::cli::ReportArgs;
use crate::error::Result;
use crate::report::{render::render, Report, ReportBuilder, ReportOptions};
use crate::score::BinSpec;
use crate::store::{ReportFilter, Store};
use crate::time::parse_date;
use chrono::NaiveDate;

/// Computes the report the arguments ask for.
pub fn compute(store: &Store, args: &ReportArgs, today: NaiveDate) -> Result<Report> {
    let filter = ReportFilter {
        sources: args.sources.clone(),
        since: args.since.as_deref().map(parse_date).transpose()?,
        until: args.until.as_deref().map(parse_date).transpose()?,
        tag: args.tag.clone(),
    };
    let opts = ReportOptions {
        bins: args.bins.parse::<BinSpec>()?,
        fold: args.fold,
        include_early: args.include_early,
    };
    let names = store.report_sources(&filter)?;
    let ids: Vec<i64> = names.iter().map(|(id, _)| *id).collect();
    let mut builder = ReportBuilder::new(opts, names);
    store.for_each_score_row(&filter, &ids, today, |row| builder.add(row))?;
    Ok(builder.finish(today))
}

pub fn run(store: &Store, ctx: &Context, args: &ReportArgs, io: &mut Io<'_>) -> Result<()> {
    let report = compute(store, args, ctx.clock.today)?;
    let text = render(&report, args.format, &ctx.style, &args.sources)?;
    super::write_out(io, &text)
}
