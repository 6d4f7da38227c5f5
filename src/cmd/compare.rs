//! `forecast compare`: sources head to head on the markets they share.

use crate::app::{Context, Io};
use crate::cli::CompareArgs;
use crate::error::Result;
use crate::output::Format;
use crate::report::compare::{compare, CompareOptions, Comparison};
use crate::report::markets::Recorded;
use crate::report::render_compare::render;
use crate::report::rows::ReportFilter;
use crate::store::Store;
use crate::time::parse_day;
use chrono::NaiveDate;

/// The selection the arguments describe.
/// `--since`/`--until` read days as `report` and `list` do (`YYYY-MM-DD`, `today`, `yesterday`).
pub fn filter(args: &CompareArgs, today: NaiveDate) -> Result<ReportFilter> {
    let day =
        |flag: &'static str| move |d: &String| parse_day(d, today).map_err(|e| e.of_option(flag));
    let filter = ReportFilter {
        sources: args.sources.clone(),
        since: args.since.as_ref().map(day("--since")).transpose()?,
        until: args.until.as_ref().map(day("--until")).transpose()?,
        tag: args.tag.clone(),
        tag_spellings: Vec::new(),
        own: args.own,
    };
    crate::time::check_range(filter.since, filter.until)?;
    Ok(filter)
}

/// Compares the sources of the forecasts `filter` selects: one query for the rows (with
/// each row's `logged_late`, a column, and without `amended`, which costs a look-up a row
/// and which `compare` does not use), then one pass over the markets.
/// `opts.exclude_late` leaves the forecasts logged late out of the figures.
pub fn comparison(
    store: &Store,
    filter: &ReportFilter,
    opts: CompareOptions,
    today: NaiveDate,
) -> Result<Comparison> {
    let filter = &super::with_tag_spellings(store, filter)?;
    let names = store.report_sources(filter)?;
    let ids: Vec<i64> = names.iter().map(|(id, _)| *id).collect();
    let rows = store.market_rows_unamended(filter, &ids, today)?;
    let recorded = Recorded::new(store.question_events()?);
    Ok(compare(rows, &recorded, &names, opts, today))
}

/// The one-line notice of the markets `c` left out (resolved both ways by hand, no
/// recorded question outcome deciding them), naming the first few; `None` when none were.
pub fn left_out_notice(store: &Store, c: &Comparison) -> Result<Option<String>> {
    if c.left_out.is_empty() {
        return Ok(None);
    }
    let mut keys = Vec::new();
    for &(q, d) in c.left_out.iter().take(3) {
        keys.push((store.question_key(q)?.unwrap_or_else(|| format!("#{q}")), d));
    }
    let named: Vec<String> = keys
        .iter()
        .map(|(k, d)| format!("question `{k}` by {d}"))
        .collect();
    let more = c.left_out.len() - named.len();
    let rest = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    Ok(Some(format!(
        "warning: {} market(s) left out, resolved both ways by hand with no recorded question outcome to decide them: {}{rest}; record one with `forecast resolve --question {} --happened-on DATE` (or `--not-by DATE`)",
        c.left_out.len(),
        named.join(", "),
        crate::error::shell_word(&keys[0].0)
    )))
}

pub fn run(store: &Store, ctx: &Context, args: &CompareArgs, io: &mut Io<'_>) -> Result<()> {
    let opts = CompareOptions {
        min_markets: args.min_markets,
        exclude_late: args.exclude_late,
        ..Default::default()
    };
    let filter = filter(args, ctx.clock.today)?;
    let mut c = comparison(store, &filter, opts, ctx.clock.today)?;
    c.selection = filter.clone();
    if let Some(text) = super::attributed_note(store, &filter, ctx.clock.today, false)? {
        let _ = writeln!(io.err, "{text}");
    }
    if let Some(notice) = left_out_notice(store, &c)? {
        let _ = writeln!(io.err, "{notice}");
    }
    let mut text = render(&c, args.format, &ctx.style)?;
    if args.exclude_late && matches!(args.format, Format::Table | Format::Markdown) {
        text.push_str("\nForecasts logged late (after their deadline, or once an outcome for their question was recorded) are left out of the figures and counted under `late`.\n");
    }
    super::write_out(io, &text)
}
