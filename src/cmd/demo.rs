//! `forecast demo`: builds a fresh ledger from the sample data embedded from `data/demo/`
//! (forecasts, then question outcomes) and prints its report. The demo's "today" is fixed
//! at 2026-11-28 so its output is the same on every machine and every day.

use crate::app::{Context, Io};
use crate::cli::DemoArgs;
use crate::error::{Error, Result};
use crate::output::Format;
use crate::report::render::render;
use crate::report::rows::ReportFilter;
use crate::report::ReportOptions;
use crate::store::{Access, NewArticle, Store};
use crate::time::Clock;
use crate::transfer::FieldMap;
use chrono::NaiveDate;
use sha2::Digest;

const FORECASTS: &str = include_str!("../../data/demo/forecasts.csv");
const OUTCOMES: &str = include_str!("../../data/demo/outcomes.csv");
const ARTICLE_OUTCOMES: &str = include_str!("../../data/demo/article-outcomes.csv");

/// Sample articles written by us, in the styles of a market outlook, tech news, a policy
/// brief and an op-ed; each opens with a front matter naming its source and date.
const ARTICLES: &[(&str, &str)] = &[
    (
        "data/articles/2025-01-06-harbor-outlook.md",
        include_str!("../../data/articles/2025-01-06-harbor-outlook.md"),
    ),
    (
        "data/articles/2025-02-10-launch-report.md",
        include_str!("../../data/articles/2025-02-10-launch-report.md"),
    ),
    (
        "data/articles/2025-03-03-policy-brief.md",
        include_str!("../../data/articles/2025-03-03-policy-brief.md"),
    ),
    (
        "data/articles/2025-05-22-daily-planet-oped.md",
        include_str!("../../data/articles/2025-05-22-daily-planet-oped.md"),
    ),
];

/// Splits `---`-fenced `key: value` front matter from an article's body.
fn front_matter(name: &str, text: &str) -> Result<(NewArticle, String)> {
    let bad = |why: &str| Error::invalid(format!("sample article `{name}`"), why.to_string());
    let rest = text
        .strip_prefix("---\n")
        .ok_or_else(|| bad("no front matter"))?;
    let end = rest
        .find("\n---\n")
        .ok_or_else(|| bad("front matter not closed"))?;
    let (head, body) = (&rest[..end], &rest[end + 5..]);
    let field = |key: &str| {
        head.lines().find_map(|l| {
            l.strip_prefix(key)
                .and_then(|v| v.strip_prefix(':'))
                .map(|v| v.trim().to_string())
        })
    };
    let published =
        crate::time::parse_date(&field("published").ok_or_else(|| bad("no published date"))?)?;
    let sha = crate::store::to_hex(&sha2::Sha256::digest(body.as_bytes()));
    Ok((
        NewArticle {
            source: field("source").ok_or_else(|| bad("no source"))?,
            published,
            title: field("title"),
            url: None,
            sha256: sha,
        },
        body.to_string(),
    ))
}

/// The day the demo ledger is set on.
pub fn demo_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
}

/// Builds the demo ledger at `path` (which must not hold a ledger yet).
pub fn build(path: &std::path::Path) -> Result<Store> {
    let clock = Clock::fixed(demo_today());
    let mut store = Store::open(path, Access::Write)?;
    if store.has_forecasts()? {
        return Err(Error::invalid(
            format!("demo --keep `{}`", path.display()),
            "that ledger already holds forecasts; name a new file",
        ));
    }
    let mut quiet = super::import::Progress::new(None, false);
    super::import::import(
        &mut store,
        &clock,
        FORECASTS.as_bytes(),
        "data/demo/forecasts.csv",
        &FieldMap::default(),
        &mut quiet,
        false,
    )?;
    for (name, text) in ARTICLES {
        let (article, body) = front_matter(name, text)?;
        let chosen: Vec<_> = crate::extract::extract(&body, article.published)
            .iter()
            .filter_map(|c| super::extract::Chosen::take(c, None))
            .collect();
        if let super::extract::Saved::AlreadyExtracted { .. } =
            super::extract::save(&mut store, &clock.timestamp(), &article, &chosen, &[])?
        {
            return Err(Error::invalid(
                format!("sample article `{name}`"),
                "extracted twice",
            ));
        }
    }
    for (name, text) in [
        ("data/demo/outcomes.csv", OUTCOMES),
        ("data/demo/article-outcomes.csv", ARTICLE_OUTCOMES),
    ] {
        let actions = super::resolve::read_outcomes(text.as_bytes(), name, clock.today)?;
        store.write(&clock.timestamp(), |w| {
            super::resolve::apply_actions(w, &actions, clock.today, name)
        })?;
    }
    Ok(store)
}

pub fn run(ctx: &Context, args: &DemoArgs, io: &mut Io<'_>) -> Result<()> {
    let dir = tempfile::tempdir().map_err(|e| Error::io("making a temporary directory", e))?;
    let path = args
        .keep
        .clone()
        .unwrap_or_else(|| dir.path().join("demo.sqlite3"));
    // A picture that may not be written is refused before anything is built or printed.
    for target in [args.chart.as_deref(), args.html.as_deref()]
        .into_iter()
        .flatten()
    {
        crate::output::check_target(target, args.force, &path)?;
    }
    let store = build(&path)?;
    let report = super::report::score(
        &store,
        &ReportFilter::default(),
        ReportOptions::default(),
        demo_today(),
        super::report::Method::Best,
    )?;
    let detail: Vec<String> = report
        .sources
        .first()
        .map(|s| vec![s.source.clone()])
        .unwrap_or_default();
    let mut text = render(&report, args.format, &ctx.style, &detail)?;
    if args.format == Format::Table {
        match &args.keep {
            Some(p) => text.push_str(&format!(
                "\nThe demo ledger is kept at {0}; explore it with, e.g.:\n  FORECAST_TODAY=2026-11-28 forecast --db {0} list --status due\n",
                p.display()
            )),
            None => text.push_str("\nBuilt from data/demo/ in a temporary ledger (keep it with --keep PATH).\n"),
        }
    }
    super::write_out(io, &text)?;
    super::report::write_pictures(
        &store,
        &report,
        "All sources in the demo ledger; only forecasts past their deadline are scored.",
        super::report::Pictures {
            chart: args.chart.as_deref(),
            html: args.html.as_deref(),
            force: args.force,
            head_to_head: Some(&ReportFilter::default()),
            exclude_late: false,
        },
        &[],
        io,
    )
}
