//! `forecast question KEY [--chart FILE.svg]`: one question's markets, forecast by
//! forecast, with the price path and what each forecast earned (a table, Markdown with a
//! table a market, JSON, or CSV with one row a forecast).

use crate::app::{Context, Io};
use crate::cli::QuestionArgs;
use crate::error::{Error, Result};
use crate::output::{csv_string, json_string, num, Format};
use crate::report::price_chart::price_path_svg;
use crate::report::question::{question_view, QuestionView};
use crate::report::rows::ReportFilter;
use crate::store::Store;
use serde::Serialize;
use std::fmt::Write;

pub fn run(store: &Store, ctx: &Context, args: &QuestionArgs, io: &mut Io<'_>) -> Result<()> {
    if let Some(path) = &args.chart {
        crate::output::check_target(path, args.force, store.path())?;
    }
    if args.limit == Some(0) {
        return Err(Error::invalid(
            "--limit `0`",
            "it must be at least 1; leave it out for every row",
        ));
    }
    let today = ctx.clock.today;
    // In NFC, as keys are stored (audit 18, A17).
    let key = crate::model::names::key_canonical(&args.key).into_owned();
    let rows = store
        .question_market_rows(&key, today)?
        .ok_or_else(|| Error::QuestionNotFound { key: key.clone() })?;
    let names: rustc_hash::FxHashMap<i64, String> = store
        .report_sources(&ReportFilter::default())?
        .into_iter()
        .collect();
    let name = |id: i64| names.get(&id).cloned().unwrap_or_else(|| format!("#{id}"));
    let recorded = crate::report::markets::Recorded::new(store.question_events()?);
    let mut view = question_view(&key, rows, &recorded, &name, today);
    add_conditions(store, &mut view)?;
    // The chart is drawn from every market (it bounds itself, and says how); the rows are
    // cut as `list` cuts them (audit 18, A11: a busy question printed 20,861 lines).
    let chart = match &args.chart {
        Some(_) => Some(price_path_svg(&view)?.0),
        None => None,
    };
    let cap = match (args.limit, args.format) {
        (Some(n), _) => n,
        (None, Format::Table) => super::list::TABLE_ROWS,
        (None, _) => usize::MAX,
    };
    let (shown, total) = cut(&mut view, cap);
    let text = match args.format {
        Format::Json => json_string(&view)?,
        Format::Csv => csv_rows(&view)?,
        Format::Markdown => markdown(&view),
        _ => crate::output::clean(&text(&view, &ctx.style)),
    };
    super::write_out(io, &text)?;
    if shown < total {
        super::warn(
            io,
            &format!(
                "showing the first {shown} of {total} forecasts on question `{}`; --limit N shows more, --format csv all of them",
                args.key
            ),
        );
    }
    if let (Some(path), Some(svg)) = (&args.chart, chart) {
        crate::output::write_new_file(path, svg.as_bytes(), args.force, store.path())?;
        let _ = writeln!(io.err, "wrote the price path to {}", path.display());
    }
    Ok(())
}

/// Keeps the first `cap` forecasts of `v` (markets in deadline order, then the void ones),
/// dropping the markets left empty; (kept, how many there were).
fn cut(v: &mut QuestionView, cap: usize) -> (usize, usize) {
    let total = v.markets.iter().map(|m| m.forecasts.len()).sum::<usize>() + v.void.len();
    let mut left = cap;
    for m in &mut v.markets {
        m.forecasts.truncate(left);
        left -= m.forecasts.len();
    }
    v.markets.retain(|m| !m.forecasts.is_empty());
    v.void.truncate(left);
    (total.min(cap), total)
}

/// Gives each conditional forecast in `v` its condition (audit 17, A8: the table read as one
/// source changing its mind between two forecasts made under different conditions). Only
/// read when some forecast on the question has one.
fn add_conditions(store: &Store, v: &mut QuestionView) -> Result<()> {
    let conditions: rustc_hash::FxHashMap<i64, String> = store
        .question_conditions(&v.question)?
        .into_iter()
        .map(|(id, _, condition)| (id, condition))
        .collect();
    if conditions.is_empty() {
        return Ok(());
    }
    for t in v.markets.iter_mut().flat_map(|m| m.forecasts.iter_mut()) {
        t.condition = conditions.get(&t.id).cloned();
    }
    Ok(())
}

/// One CSV row: a forecast on the question with its market (README, "question --format
/// csv"). Void forecasts are in no market: `outcome` `void`, no price or earnings.
#[derive(Serialize, Default)]
struct CsvRow<'a> {
    question: &'a str,
    /// The market's deadline (the forecast's own).
    deadline: chrono::NaiveDate,
    /// `true` (the event happened by the deadline), `false`, `void`, `disputed` (resolved
    /// both ways by hand, no recorded question outcome), or empty while open.
    outcome: &'static str,
    /// The market counts in `compare` (resolved and past its deadline).
    scored: bool,
    id: i64,
    source: &'a str,
    made_on: chrono::NaiveDate,
    probability: Option<f64>,
    price_before: Option<f64>,
    earned: Option<f64>,
    in_force: Option<bool>,
}

fn csv_rows(v: &QuestionView) -> Result<String> {
    let mut rows = Vec::new();
    for m in &v.markets {
        let outcome = match m.happened {
            Some(true) => "true",
            Some(false) => "false",
            None if m.resolved_both_ways => "disputed",
            None => "",
        };
        for f in &m.forecasts {
            rows.push(CsvRow {
                question: &v.question,
                deadline: m.deadline,
                outcome,
                scored: m.scored,
                id: f.id,
                source: &f.source,
                made_on: f.made_on,
                probability: Some(f.probability),
                price_before: Some(f.price_before),
                earned: f.earned,
                in_force: Some(f.in_force),
            });
        }
    }
    for f in &v.void {
        rows.push(CsvRow {
            question: &v.question,
            deadline: f.deadline,
            outcome: "void",
            scored: false,
            id: f.id,
            source: &f.source,
            made_on: f.made_on,
            probability: None,
            price_before: None,
            earned: None,
            in_force: None,
        });
    }
    csv_string(&rows)
}

/// How a market came out, in words.
fn outcome_words(m: &crate::report::question::MarketView) -> &'static str {
    match m.happened {
        Some(true) => "the event happened",
        Some(false) => "the event did not happen",
        None if m.resolved_both_ways => {
            "resolved both ways by hand and no question outcome recorded (not scored)"
        }
        None => "not resolved yet",
    }
}

/// The note on a market resolved before its deadline passed.
fn not_scored_yet(m: &crate::report::question::MarketView) -> &'static str {
    if !m.scored && m.happened.is_some() {
        " (deadline not passed: not scored yet)"
    } else {
        ""
    }
}

/// The columns of `market_cells`, for the text and Markdown tables.
const MARKET_HEADER: [&str; 7] = [
    "id",
    "source",
    "made on",
    "P(event)",
    "price before",
    "earned (bits)",
    "in force",
];

/// A market forecast's cells for the text and Markdown tables (`MARKET_HEADER`), the source
/// already shaped for its table.
fn market_cells(f: &crate::report::question::Trade, source: String) -> Vec<String> {
    vec![
        f.id.to_string(),
        source,
        f.made_on.to_string(),
        format!("{:.1}%", f.probability * 100.0),
        format!("{:.1}%", f.price_before * 100.0),
        num(f.earned, 3),
        if f.in_force { "yes" } else { "updated" }.to_string(),
    ]
}

/// The same as the table, as Markdown: a heading and a table a market, the void forecasts
/// last (for a newsroom's write-up, as `report` and `compare` give one).
fn markdown(v: &QuestionView) -> String {
    use crate::output::{markdown_table, md_cell};
    let mut out = String::new();
    let _ = writeln!(out, "# Question {}, {}", md_cell(&v.question), v.today);
    if v.markets.is_empty() && v.void.is_empty() {
        out.push_str(
            "
No forecasts on this question.
",
        );
    }
    for m in &v.markets {
        let _ = writeln!(
            out,
            "
## Market: by {}, {}{}
",
            m.deadline,
            outcome_words(m),
            not_scored_yet(m)
        );
        let rows: Vec<Vec<String>> = m
            .forecasts
            .iter()
            .map(|f| {
                let mut cells = market_cells(f, f.source.clone());
                cells.push(f.condition.clone().unwrap_or_default());
                cells
            })
            .collect();
        let mut header = MARKET_HEADER.to_vec();
        header.push("condition");
        out.push_str(&markdown_table(&header, &rows));
    }
    if !v.void.is_empty() {
        out.push_str(
            "
## Void (in no market)

",
        );
        let rows: Vec<Vec<String>> = v
            .void
            .iter()
            .map(|f| {
                vec![
                    f.id.to_string(),
                    f.source.clone(),
                    f.made_on.to_string(),
                    f.deadline.to_string(),
                ]
            })
            .collect();
        out.push_str(&markdown_table(
            &["id", "source", "made on", "deadline"],
            &rows,
        ));
    }
    out
}

fn text(v: &QuestionView, style: &crate::output::Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Question {} as of {}", v.question, v.today);
    if v.markets.is_empty() && v.void.is_empty() {
        out.push_str("No forecasts on this question.\n");
    }
    for m in &v.markets {
        let _ = writeln!(
            out,
            "\nMarket: by {}, {}{}",
            m.deadline,
            outcome_words(m),
            not_scored_yet(m)
        );
        // The numbers, dates and ids are whole and a name wraps at its spaces; what does
        // not fit is left out and named, `in force` first, then the price before (audit
        // 21, B3: at 60 columns comfy-table split `2025-0`/`2-14`, `P(even`/`t)` and
        // `Whitfi`/`eld`).
        use crate::output::{Fit, Step};
        let header = MARKET_HEADER;
        let rows: Vec<Vec<String>> = m
            .forecasts
            .iter()
            .map(|f| {
                market_cells(
                    f,
                    crate::output::name_cell(&crate::output::clean(&f.source)),
                )
            })
            .collect();
        let fits = [
            Fit::Whole,
            Fit::Name,
            Fit::Whole,
            Fit::Whole,
            Fit::Whole,
            Fit::Whole,
            Fit::Whole,
        ];
        let steps = [Step::Drop(6), Step::CutNames, Step::Drop(4), Step::Drop(2)];
        let (t, left_out) = crate::output::fitted_table(style, &header, &fits, rows, &steps);
        out.push_str(&t);
        out.push('\n');
        out.push_str(&crate::output::left_out_note(style, &left_out, ""));
        // A forecast under a condition is about its claim only if the condition held; each
        // condition of a source has its own forecast in force.
        for f in &m.forecasts {
            if let Some(c) = &f.condition {
                let _ = writeln!(
                    out,
                    "  forecast {} ({}) under the condition: {c}",
                    f.id, f.source
                );
            }
        }
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
    // The prose around the tables is wrapped to the width they were fitted to (audit 21:
    // a market's heading and a condition ran past it at `COLUMNS=40`).
    crate::output::wrap(&out, usize::from(style.width))
}
