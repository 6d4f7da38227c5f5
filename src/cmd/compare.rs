//! `forecast compare`: sources head to head on the markets they share.

use crate::app::{Context, Io};
use crate::cli::CompareArgs;
use crate::error::Result;
use crate::report::compare::{compare, CompareOptions, Comparison};
use crate::report::render_compare::render;
use crate::report::rows::ReportFilter;
use crate::store::Store;
use crate::time::parse_day;
use chrono::NaiveDate;

/// The selection the arguments describe.
/// `--since`/`--until` read days as `report` and `list` do (`YYYY-MM-DD`, `today`, `yesterday`).
pub fn filter(args: &CompareArgs, today: NaiveDate) -> Result<ReportFilter> {
    let day = |d: &String| parse_day(d, today);
    let filter = ReportFilter {
        sources: args.sources.clone(),
        since: args.since.as_ref().map(day).transpose()?,
        until: args.until.as_ref().map(day).transpose()?,
        tag: args.tag.clone(),
    };
    crate::time::check_range(filter.since, filter.until)?;
    Ok(filter)
}

/// Compares the sources of the forecasts `filter` selects: one query for the rows, then
/// one pass over the markets.
pub fn comparison(
    store: &Store,
    filter: &ReportFilter,
    opts: CompareOptions,
    today: NaiveDate,
) -> Result<Comparison> {
    let names = store.report_sources(filter)?;
    let ids: Vec<i64> = names.iter().map(|(id, _)| *id).collect();
    let rows = store.market_rows_untrusted(filter, &ids, today)?;
    Ok(compare(rows, &names, opts, today))
}

pub fn run(store: &Store, ctx: &Context, args: &CompareArgs, io: &mut Io<'_>) -> Result<()> {
    let opts = CompareOptions {
        min_markets: args.min_markets,
        ..Default::default()
    };
    let c = comparison(
        store,
        &filter(args, ctx.clock.today)?,
        opts,
        ctx.clock.today,
    )?;
    super::write_out(io, &render(&c, args.format, &ctx.style)?)
}
