//! `forecast compare`: sources head to head on the markets they share.

use crate::app::{Context, Io};
use crate::cli::CompareArgs;
use crate::error::Result;
use crate::output::Format;
use crate::report::compare::{compare, CompareOptions, Comparison, APART_NAMED};
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

/// The one-line notice of the markets with one source in force on a question another
/// source forecast by another deadline (`Comparison::apart`), naming the first three
/// questions with each of their markets; `None` when there are none. Before, such a
/// question was left out of the head-to-head without a word (ad4 F1: a friend's `Q3`,
/// 2026-09-30, beside my `by summer`, 2026-09-23, on one question).
pub fn apart_notice(store: &Store, c: &Comparison) -> Result<Option<String>> {
    if c.apart.is_empty() {
        return Ok(None);
    }
    let alone: u64 = c.apart.iter().map(|a| a.alone).sum();
    let mut named = Vec::new();
    for a in c.apart.iter().take(APART_NAMED) {
        let key = store
            .question_key(a.question_id)?
            .unwrap_or_else(|| format!("#{}", a.question_id));
        let mut markets: Vec<String> = a
            .markets
            .iter()
            .map(|(d, who)| format!("{} by {d}", who.join(", ")))
            .collect();
        if a.more_markets > 0 {
            markets.push(format!("and {} more market(s)", a.more_markets));
        }
        named.push(format!("question `{key}` ({})", markets.join("; ")));
    }
    let more = c.apart.len() - named.len();
    let rest = if more > 0 {
        format!(" and {more} more question(s)")
    } else {
        String::new()
    };
    Ok(Some(format!(
        "note: {alone} market(s) have one source in force on a question another source forecast by another deadline, so they are in no peer score or relative Brier (a market is one question with one deadline): {}{rest}",
        named.join(", ")
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
    if let Some(notice) = apart_notice(store, &c)? {
        let _ = writeln!(io.err, "{notice}");
    }
    let mut text = render(&c, args.format, &ctx.style)?;
    if args.exclude_late && matches!(args.format, Format::Table | Format::Markdown) {
        text.push_str("\nForecasts logged late (after their deadline, or once an outcome for their question was recorded) are left out of the figures and counted under `late`.\n");
    }
    super::write_out(io, &text)
}
