//! `forecast report`: select forecasts, score them in one pass, render.

use crate::app::{Context, Io};
use crate::cli::{ByArg, ReportArgs};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::report::breakdown::{Breakdown, By, GroupedBuilder};
use crate::report::markets::{InForce, Markets};
pub use crate::report::plan::Method;
use crate::report::plan::{plan, Plan};
use crate::report::render::{render, render_breakdown, render_long};
use crate::report::rows::ReportFilter;
use crate::report::{Report, ReportBuilder, ReportOptions};
use crate::score::BinSpec;
use crate::store::{Scan, Slices, Store};
use crate::time::parse_day;
use chrono::NaiveDate;

/// What the arguments ask for: the selection, the scoring options and how to compute.
/// `--since`/`--until` read days as `list` and `add --made-on` do: `YYYY-MM-DD`, `today`,
/// `yesterday`, and `06/01/2027` refused with both readings.
fn request(args: &ReportArgs, today: NaiveDate) -> Result<(ReportFilter, ReportOptions, Method)> {
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
    let opts = ReportOptions {
        bins: args.bins.parse::<BinSpec>()?,
        fold: args.fold,
        include_early: args.include_early,
        exclude_late: args.exclude_late,
        by: args.by.map(|b| match b {
            ByArg::Horizon => By::Horizon,
            ByArg::Tag => By::Tag,
            ByArg::Year => By::Year,
        }),
        latest: args.latest,
    };
    if args.latest && args.by.is_some() {
        return Err(Error::invalid(
            "--latest",
            "cannot be combined with --by (not supported): run --latest per selection with --since/--until or --tag instead",
        ));
    }
    if args.long && args.format != Format::Csv {
        return Err(Error::invalid(
            "--long",
            "it shapes CSV only: use it with --format csv",
        ));
    }
    let how = if args.scan {
        Method::Scan
    } else {
        Method::Best
    };
    Ok((filter, opts, how))
}

/// Computes the report the arguments ask for (without `--by`).
pub fn compute(store: &Store, args: &ReportArgs, today: NaiveDate) -> Result<Report> {
    let (filter, opts, how) = request(args, today)?;
    let mut report = score(store, &filter, opts, today, how)?;
    report.rank(args.min_scored);
    report.selection = filter.clone();
    Ok(report)
}

/// Scores the forecasts `filter` selects: from the kept sums when `plan` says they answer
/// the request, else in one pass over the forecasts (in slices on every core for a large
/// ledger, merged). Both give the same report to the bit.
pub fn score(
    store: &Store,
    filter: &ReportFilter,
    opts: ReportOptions,
    today: NaiveDate,
    how: Method,
) -> Result<Report> {
    let filter = &super::with_tag_spellings(store, filter)?;
    let names = store.report_sources(filter)?;
    if plan(filter, &opts, how) == Plan::Kept {
        let mut b = ReportBuilder::new(opts, names);
        b.add_kept(&store.kept_sums(today)?);
        return Ok(b.finish(today));
    }
    let ids: Vec<i64> = names.iter().map(|(id, _)| *id).collect();
    if opts.latest {
        return latest(store, filter, opts, names, &ids, today);
    }
    let what = Scan {
        filter,
        source_ids: &ids,
        today,
        tags: None,
    };
    let mut parts = store.scan_score_rows_parallel(
        &what,
        Slices::for_this_machine(),
        || ReportBuilder::new(opts.clone(), names.clone()),
        |b, row| b.add(row),
    )?;
    let mut builder = parts.remove(0);
    for part in &parts {
        builder.merge(part);
    }
    Ok(builder.finish(today))
}

/// The report split `by` groups, in one scan (a scan split by tag reads each forecast once
/// per tag).
pub fn score_by(
    store: &Store,
    filter: &ReportFilter,
    opts: ReportOptions,
    today: NaiveDate,
    by: By,
) -> Result<Breakdown> {
    let filter = &super::with_tag_spellings(store, filter)?;
    let names = store.report_sources(filter)?;
    let tags = if by == By::Tag {
        store.report_tags()?
    } else {
        Vec::new()
    };
    let ids: Vec<i64> = names.iter().map(|(id, _)| *id).collect();
    let what = Scan {
        filter,
        source_ids: &ids,
        today,
        tags: (by == By::Tag).then_some(tags.as_slice()),
    };
    let parts = store.scan_score_rows_parallel(
        &what,
        Slices::for_this_machine(),
        || GroupedBuilder::new(by, opts.clone(), names.clone(), tags.clone()),
        |b, row| b.add(row),
    )?;
    let mut parts = parts.into_iter();
    let mut builder = parts
        .next()
        .unwrap_or_else(|| GroupedBuilder::new(by, opts.clone(), names.clone(), tags.clone()));
    for part in parts {
        builder.merge(part);
    }
    Ok(builder.finish(today))
}

/// The report over each source's forecast in force per market: the selected forecasts are
/// read as market rows, grouped by question and deadline, and only each source's latest
/// in each group is fed to the builder.
fn latest(
    store: &Store,
    filter: &ReportFilter,
    opts: ReportOptions,
    names: Vec<(i64, String)>,
    ids: &[i64],
    today: NaiveDate,
) -> Result<Report> {
    let markets = Markets::by_question_and_deadline(store.market_rows(filter, ids, today)?);
    let exclude_late = opts.exclude_late;
    let mut b = ReportBuilder::new(opts, names);
    let mut in_force = InForce::default();
    let mut on_time = Vec::new();
    for market in markets.iter() {
        if exclude_late && market.iter().any(|r| r.late) {
            // A forecast logged late never replaces one on record in time: the late ones are
            // counted (and left out of the scores), the latest of the rest is in force.
            on_time.clear();
            for r in market {
                if r.late {
                    b.add(r.score_row());
                } else {
                    on_time.push(*r);
                }
            }
            for &i in in_force.of(&on_time) {
                b.add(on_time[i].score_row());
            }
            continue;
        }
        for &i in in_force.of(market) {
            b.add(market[i].score_row());
        }
    }
    Ok(b.finish(today))
}

pub fn run(store: &Store, ctx: &Context, args: &ReportArgs, io: &mut Io<'_>) -> Result<()> {
    let (filter, opts, how) = request(args, ctx.clock.today)?;
    // A picture that may not be written is refused before the report is printed, so the
    // refusal is the command's only output.
    let targets: Vec<&std::path::Path> = [args.chart.as_deref(), args.html.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    crate::output::check_targets(&targets, args.force, store.path())?;
    let today = ctx.clock.today;
    if let Some(text) = dated_after(store, &ctx.clock)? {
        super::warn(io, &text);
    }
    if let Some(text) = super::attributed_note(store, &filter, today, args.include_early)? {
        let _ = writeln!(io.err, "{text}");
    }
    if let Some(by) = opts.by {
        let mut b = score_by(store, &filter, opts, today, by)?;
        b.rank(args.min_scored);
        b.selection = filter.clone();
        let text = render_breakdown(&b, args.format, &ctx.style, &args.sources, args.long)?;
        super::write_out(io, &text)?;
        return write_breakdown_pictures(
            store,
            &b,
            &describe_filters(args),
            Pictures {
                chart: args.chart.as_deref(),
                html: args.html.as_deref(),
                force: args.force,
                head_to_head: None,
                exclude_late: args.exclude_late,
            },
            io,
        );
    }
    let mut report = score(store, &filter, opts, today, how)?;
    report.rank(args.min_scored);
    report.selection = filter.clone();
    let text = if args.long {
        render_long(&report)?
    } else {
        render(&report, args.format, &ctx.style, &args.sources)?
    };
    super::write_out(io, &text)?;
    // The table shows what was scored; resolved forecasts left out of the scores would
    // otherwise vanish from it without a word.
    let unscored = report
        .overall
        .resolved
        .saturating_sub(report.overall.scored);
    if args.format == Format::Table && !args.include_early && unscored > 0 {
        // Unscored because the deadline is not before today, whenever the outcome was
        // recorded (audit 17 A17: "resolved before their deadline" was wrong for a today set
        // before the ledger's data).
        let why = if args.exclude_late {
            format!(
                "their deadline has not passed by today ({today}), or logged late (--exclude-late)"
            )
        } else {
            format!(
                "their deadline has not passed by today ({today}); each is scored once it passes"
            )
        };
        let _ = writeln!(
            io.err,
            "note: {unscored} resolved forecast(s) not scored: {why}; --include-early scores the early ones now"
        );
    }
    write_pictures(
        store,
        &report,
        &describe_filters(args),
        Pictures {
            chart: args.chart.as_deref(),
            html: args.html.as_deref(),
            force: args.force,
            head_to_head: Some(&filter),
            exclude_late: args.exclude_late,
        },
        &args.sources,
        io,
    )
}

/// With today set before the ledger's data (`FORECAST_TODAY` moved back to ask "what did
/// my record look like on 1 March?"), the report still counts and scores what was made and
/// resolved after it (audit 17 A17): said once, with how many. Cheap when today is today:
/// the forecasts are counted (in SQL, one aggregate pass) only when the journal holds an
/// entry logged after that day.
///
/// When today is the wall clock's local day (`FORECAST_TODAY` unset, or set to that day),
/// the ledger may hold days up to `days::latest_day`, which writes accept (audit 18, A18: the
/// day after today may have begun somewhere on Earth, so a team member in Kiritimati logs on
/// it): only a later day is said, and without naming `FORECAST_TODAY` (audit 26, item 11:
/// every report in Pago Pago warned about the variable, unset, after a Kiritimati forecast).
fn dated_after(store: &Store, clock: &crate::time::Clock) -> Result<Option<String>> {
    let today = clock.today;
    let local = clock.now.with_timezone(&chrono::Local).date_naive();
    let moved = today != local;
    let after = if moved {
        today
    } else {
        crate::model::days::latest_day(today, clock.now)
    };
    let Some(next) = after.succ_opt() else {
        return Ok(None);
    };
    // A day after the latest legal one is written at the earliest once it has begun at
    // UTC+14 (`FORECAST_TODAY` on that day), 14 hours before midnight UTC.
    let begun = if moved {
        chrono::Duration::zero()
    } else {
        chrono::Duration::hours(14)
    };
    let end = next.and_time(chrono::NaiveTime::MIN).and_utc() - begun - crate::store::AHEAD_LIMIT;
    if store.head_ahead(&crate::time::timestamp(end))?.is_none() {
        return Ok(None);
    }
    let (made, resolved) = store.dated_after(after)?;
    if made + resolved == 0 {
        return Ok(None);
    }
    Ok(Some(if moved {
        format!(
            "the ledger holds {made} forecast(s) made and {resolved} resolved after today ({today}; FORECAST_TODAY moves today): this report counts and scores them as the ledger holds them now, not as the record stood on {today}"
        )
    } else {
        format!(
            "the ledger holds {made} forecast(s) made and {resolved} resolved after {after}, the latest day a date made or an outcome may bear now (the day after today at most, once it has begun somewhere on Earth): a clock ahead where they were logged? This report counts and scores them as the ledger holds them"
        )
    }))
}

/// Writes the small multiples of Brier per group and the grouped HTML scorecard, if asked.
fn write_breakdown_pictures(
    store: &Store,
    b: &Breakdown,
    filters: &str,
    pictures: Pictures<'_>,
    io: &mut Io<'_>,
) -> Result<()> {
    let Pictures {
        chart, html, force, ..
    } = pictures;
    let targets: Vec<&std::path::Path> = [chart, html].into_iter().flatten().collect();
    crate::output::check_targets(&targets, force, store.path())?;
    if let Some(path) = chart {
        let svg = crate::report::chart::groups_svg(b)?;
        crate::output::write_new_file(path, svg.as_bytes(), force, store.path())?;
        let _ = writeln!(
            io.err,
            "wrote Brier by {} to {}",
            b.by.name(),
            path.display()
        );
    }
    if let Some(path) = html {
        let (entries, head) = store.head()?;
        let page = crate::report::html::breakdown_scorecard(b, filters, Some((entries, &head)))?;
        crate::output::write_new_file(path, page.as_bytes(), force, store.path())?;
        let _ = writeln!(io.err, "wrote the scorecard to {}", path.display());
    }
    Ok(())
}

/// The selection in words, for the scorecard.
fn describe_filters(args: &ReportArgs) -> String {
    let mut parts = Vec::new();
    parts.push(if args.sources.is_empty() {
        "All sources".to_string()
    } else {
        format!("Sources: {}", args.sources.join(", "))
    });
    parts.extend(crate::report::render::made_between(
        args.since.as_ref(),
        args.until.as_ref(),
    ));
    if let Some(t) = &args.tag {
        parts.push(format!("tag {t}"));
    }
    if args.own {
        parts.push("forecasts an article attributes to others left out".into());
    }
    if args.fold {
        parts.push("forecasts below 50% folded onto the opposite claim".into());
    }
    if args.exclude_late {
        parts.push("forecasts logged late left out of the scores".into());
    }
    if args.latest {
        parts.push("only each source's latest forecast per question and deadline".into());
    }
    parts.push(if args.include_early {
        "early resolutions included".into()
    } else {
        "only forecasts past their deadline are scored".into()
    });
    format!("{}.", parts.join("; "))
}

/// Where the pictures go: `--chart`, `--html`, and whether an existing file may be replaced.
pub struct Pictures<'a> {
    pub chart: Option<&'a std::path::Path>,
    pub html: Option<&'a std::path::Path>,
    pub force: bool,
    /// The selection whose sources the scorecard compares head to head (`compare`); `None`
    /// leaves that section out.
    pub head_to_head: Option<&'a ReportFilter>,
    /// The head-to-head section leaves out forecasts logged late (`--exclude-late`).
    pub exclude_late: bool,
}

/// Writes the SVG diagrams and the HTML scorecard, if asked; says so on stderr. Each goes
/// through a temporary file renamed into place (`output::write_new_file`).
pub fn write_pictures(
    store: &Store,
    report: &Report,
    filters: &str,
    pictures: Pictures<'_>,
    named: &[String],
    io: &mut Io<'_>,
) -> Result<()> {
    let Pictures {
        chart,
        html,
        force,
        head_to_head,
        exclude_late,
    } = pictures;
    // Both targets are checked before either is written, so a refusal writes nothing.
    let targets: Vec<&std::path::Path> = [chart, html].into_iter().flatten().collect();
    crate::output::check_targets(&targets, force, store.path())?;
    if let Some(path) = chart {
        let mut panels: Vec<&crate::report::SourceReport> = if named.is_empty() {
            let mut top: Vec<_> = report.sources.iter().filter(|s| s.scored > 0).collect();
            top.sort_by(|a, b| {
                b.scored
                    .cmp(&a.scored)
                    .then_with(|| a.source.cmp(&b.source))
            });
            top.truncate(6);
            top.push(&report.overall);
            top
        } else {
            report.sources.iter().collect()
        };
        if panels.is_empty() {
            panels.push(&report.overall);
        }
        let (svg, _) = crate::report::chart::reliability_svg(&panels, report.bins == "isotonic")?;
        crate::output::write_new_file(path, svg.as_bytes(), force, store.path())?;
        let _ = writeln!(io.err, "wrote reliability diagrams to {}", path.display());
    }
    if let Some(path) = html {
        let (entries, head) = store.head()?;
        let versus = match head_to_head {
            Some(filter) => Some(super::compare::comparison(
                store,
                filter,
                crate::report::compare::CompareOptions {
                    exclude_late,
                    ..Default::default()
                },
                report.today,
            )?),
            None => None,
        };
        let page = crate::report::html::scorecard(
            report,
            filters,
            Some((entries, &head)),
            24,
            versus.as_ref(),
        )?;
        crate::output::write_new_file(path, page.as_bytes(), force, store.path())?;
        let _ = writeln!(io.err, "wrote the scorecard to {}", path.display());
    }
    Ok(())
}
