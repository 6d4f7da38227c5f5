//! `forecast demo`: builds a fresh ledger from the sample data embedded from `data/demo/`
//! and prints its report. The ledger is written as a user would have written it: each
//! forecast on the day it was made, each article on the day it was published, the question
//! outcomes on the demo's "today", fixed at 2026-11-28 so the output is the same on every
//! machine and every day.

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

/// One write of the demo ledger, on the day it is dated.
enum Step {
    /// Sample forecast rows (a CSV with the header) logged on one day.
    Forecasts(Vec<u8>),
    /// A sample article saved with every candidate the extractor proposes.
    Article(&'static str, NewArticle, String),
}

/// The demo's writes in date order: the sample forecasts grouped by the day each was made
/// (a row that carries its outcome, by the day it was resolved), and each article on its
/// publication day, forecasts first on a shared day. Written this way, the `late` column
/// counts only what a real ledger would: a forecast logged after its deadline or outcome.
fn timeline() -> Result<Vec<(NaiveDate, Step)>> {
    let name = "data/demo/forecasts.csv";
    let bad = |e: csv::Error| Error::invalid(format!("sample `{name}`"), e.to_string());
    let mut reader = csv::Reader::from_reader(FORECASTS.as_bytes());
    let header = reader.headers().map_err(bad)?.clone();
    let column = |key: &str| header.iter().position(|h| h == key);
    let (made, resolved) = match (column("made_on"), column("resolved_on")) {
        (Some(m), Some(r)) => (m, r),
        _ => {
            return Err(Error::invalid(
                format!("sample `{name}`"),
                "no made_on or resolved_on column",
            ))
        }
    };
    let mut days: std::collections::BTreeMap<NaiveDate, Vec<csv::StringRecord>> =
        std::collections::BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(bad)?;
        let day = match record.get(resolved).filter(|d| !d.is_empty()) {
            Some(on) => on,
            None => record.get(made).unwrap_or_default(),
        };
        days.entry(crate::time::parse_date(day)?)
            .or_default()
            .push(record);
    }
    let mut steps = Vec::new();
    for (day, records) in days {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(&header).map_err(bad)?;
        for record in &records {
            writer.write_record(record).map_err(bad)?;
        }
        let csv = writer
            .into_inner()
            .map_err(|e| Error::invalid(format!("sample `{name}`"), e.to_string()))?;
        steps.push((day, Step::Forecasts(csv)));
    }
    for (name, text) in ARTICLES {
        let (article, body) = front_matter(name, text)?;
        steps.push((article.published, Step::Article(name, article, body)));
    }
    // A stable sort keeps each day's forecasts ahead of its articles.
    steps.sort_by_key(|(day, _)| *day);
    Ok(steps)
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
    for (day, step) in timeline()? {
        let clock = Clock::fixed(day);
        match step {
            Step::Forecasts(csv) => {
                let mut quiet = super::import::Progress::new(None, false);
                super::import::import(
                    &mut store,
                    &clock,
                    csv.as_slice(),
                    "data/demo/forecasts.csv",
                    &FieldMap::default(),
                    &mut quiet,
                    false,
                )?;
            }
            Step::Article(name, article, body) => {
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
        }
    }
    for (name, text) in [
        ("data/demo/outcomes.csv", OUTCOMES),
        ("data/demo/article-outcomes.csv", ARTICLE_OUTCOMES),
    ] {
        let actions = super::resolve::read_outcomes(text.as_bytes(), name, clock.today, None)?;
        store.write(&clock.timestamp(), |w| {
            super::resolve::apply_actions(w, &actions, clock.today, name)
        })?;
    }
    Ok(store)
}

/// `--keep PATH` names an SQLite ledger file as `--db` does, and is held to what `--db` is
/// (ad6 F2: it was opened unchecked, so `--keep :memory:` printed a ledger kept nowhere and
/// left an empty file called `:memory:`, `--keep file:x.db` wrote `x.db`, a `postgres://` URL
/// became folders `postgres:/...` holding an SQLite file, shown with any password, and a
/// missing folder was made without a word): a URL is refused unshown (the demo builds an
/// SQLite file; `copy --to` takes it to PostgreSQL), then SQLite's special names, a
/// directory, a missing folder and a stray white space in the name, each naming `--keep`.
fn check_keep(keep: &std::path::Path) -> Result<()> {
    use crate::store::Target;
    const FLAG: &str = "demo --keep";
    if Target::names_a_url(keep) {
        return Err(Error::invalid(
            FLAG,
            "the demo ledger is kept in an SQLite file, not a database server (the URL is not shown: it may hold a password); give a file path, then `forecast --db FILE copy --to URL` copies it",
        ));
    }
    Target::refuse_special_name(keep, FLAG)?;
    Target::Sqlite(keep.to_path_buf()).check_folder(FLAG)
}

pub fn run(ctx: &Context, args: &DemoArgs, io: &mut Io<'_>) -> Result<()> {
    if let Some(keep) = &args.keep {
        check_keep(keep)?;
    }
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
