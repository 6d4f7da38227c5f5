//! Renders a `Report` as a terminal table, JSON (DESIGN.md's shape), CSV (one row per
//! source, then `overall`) or Markdown (for publishing); the summary's columns come from
//! `columns::SOURCE_COLUMNS`.

use super::breakdown::{Breakdown, Group};
use super::columns::{
    csv_grouped, csv_of, markdown_of, md_escape, table_of, zero_pair_note, Value, SOURCE_COLUMNS,
};
use super::rows::ReportFilter;
use super::{Report, Scoring, SourceReport};
use crate::error::Error;
use crate::error::Result;
use crate::output::{json_string, Format, Style};
use std::fmt::Write;

/// The report in `format`. `detail` names the sources whose calibration tables are shown
/// in table and Markdown output.
pub fn render(report: &Report, format: Format, style: &Style, detail: &[String]) -> Result<String> {
    match format {
        Format::Json => json_string(report),
        Format::Csv => csv_of(SOURCE_COLUMNS, &summary_rows(report, true)),
        Format::Table => Ok(text(report, style, detail)),
        Format::Markdown => Ok(markdown(report)),
    }
}

/// `--format csv --long`: one row per source (then `overall`) and calibration bin, every bin
/// field a column, then the source's `corrected`, `amended` and `logged_late` counts
/// (DESIGN.md: every report counts them per source, in every format); with `group`, a
/// first column naming each row's group.
pub fn long_csv(rows: &[(Option<&str>, &SourceReport)], group: Option<&str>) -> Result<String> {
    let err = |e: &dyn std::fmt::Display| Error::Other(format!("writing CSV: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    let fields = [
        "source",
        "bin",
        "lower",
        "upper",
        "n",
        "hits",
        "mean_probability",
        "observed",
        "ci_low",
        "ci_high",
        "corrected",
        "amended",
        "logged_late",
    ];
    w.write_record(group.into_iter().chain(fields))
        .map_err(|e| err(&e))?;
    // The source's name and the group are user text: guarded against formulas as in every
    // CSV the tool writes (`output::csv_guard`).
    let guarded: Vec<(Option<String>, String)> = rows
        .iter()
        .map(|(g, s)| {
            (
                g.map(|g| crate::output::csv_guard(g).into_owned()),
                crate::output::csv_guard(&s.source).into_owned(),
            )
        })
        .collect();
    for ((_, s), (g_text, source)) in rows.iter().zip(&guarded) {
        // A source with nothing scored has no bin, but its counts are still its record:
        // one row with an empty bin and n 0 keeps them (as the short CSV lists it).
        let bins: Vec<Option<&crate::score::Bin>> = if s.scores.calibration.is_empty() {
            vec![None]
        } else {
            s.scores.calibration.iter().map(Some).collect()
        };
        for b in bins {
            let number = |f: fn(&crate::score::Bin) -> f64| Value::Number(b.map(f));
            let record: Vec<Value> = g_text
                .as_deref()
                .map(Value::Text)
                .into_iter()
                .chain([
                    Value::Text(source),
                    Value::Text(b.map_or("", |b| &b.bin)),
                    number(|b| b.lower),
                    number(|b| b.upper),
                    Value::Count(b.map_or(0, |b| b.n)),
                    Value::Count(b.map_or(0, |b| b.hits)),
                    number(|b| b.mean_probability),
                    number(|b| b.observed),
                    number(|b| b.ci_low),
                    number(|b| b.ci_high),
                    Value::Count(s.corrections),
                    Value::Count(s.amended),
                    Value::Count(s.logged_late),
                ])
                .collect();
            w.serialize(record).map_err(|e| err(&e))?;
        }
    }
    let bytes = w.into_inner().map_err(|e| err(&e))?;
    String::from_utf8(bytes).map_err(|e| err(&e))
}

/// The report as `--format csv --long` writes it.
pub fn render_long(report: &Report) -> Result<String> {
    let rows: Vec<(Option<&str>, &SourceReport)> = summary_rows(report, true)
        .into_iter()
        .map(|s| (None, s))
        .collect();
    long_csv(&rows, None)
}

/// A report split into groups, in `format` (`long`: CSV one row per source and bin).
pub fn render_breakdown(
    b: &Breakdown,
    format: Format,
    style: &Style,
    detail: &[String],
    long: bool,
) -> Result<String> {
    let rows = || -> Vec<(&str, &SourceReport)> {
        b.groups
            .iter()
            .flat_map(|g| {
                group_rows(g, true)
                    .into_iter()
                    .map(|s| (g.group.as_str(), s))
            })
            .collect()
    };
    match format {
        Format::Json => json_string(b),
        Format::Csv if long => {
            let rows: Vec<(Option<&str>, &SourceReport)> =
                rows().into_iter().map(|(g, s)| (Some(g), s)).collect();
            long_csv(&rows, Some("group"))
        }
        Format::Csv => csv_grouped("group", SOURCE_COLUMNS, &rows()),
        Format::Table => {
            let mut out = String::new();
            let _ = writeln!(
                out,
                "Forecast report as of {} by {}: Brier on a 0-1 scale (0 is perfect, 0.25 is always saying 50%); bins {}",
                b.today,
                b.by.name(),
                b.bins
            );
            if b.groups.is_empty() {
                out.push_str("No forecasts match.\n");
            }
            for g in &b.groups {
                let _ = writeln!(
                    out,
                    "\n{} ({} forecasts, {} scored)",
                    b.by.describe(&g.group),
                    g.overall.forecasts,
                    g.overall.scored
                );
                let rows = group_rows(g, g.sources.len() > 1);
                let _ = writeln!(out, "{}", table_of(SOURCE_COLUMNS, &rows, style));
                if let Some(note) = zero_pair_note(SOURCE_COLUMNS, &rows) {
                    let _ = writeln!(out, "{note}");
                }
                if let Some(note) = unranked_note(&g.sources, b.min_scored) {
                    let _ = writeln!(out, "{note}");
                }
                detail_tables(&mut out, &g.sources, style, detail);
            }
            Ok(out)
        }
        Format::Markdown => {
            let mut out = String::new();
            let _ = writeln!(out, "# Forecast report by {}, {}\n", b.by.name(), b.today);
            selected_paragraph(&mut out, &b.selection);
            let _ = writeln!(
                out,
                "Brier score on a 0-1 scale: 0 is perfect, 0.25 is what always saying 50% earns. {} Calibration bins: `{}`.",
                which_scored(b.scoring),
                b.bins
            );
            for g in &b.groups {
                let _ = writeln!(out, "\n## {}\n", md_escape(&b.by.describe(&g.group)));
                out.push_str(&markdown_of(SOURCE_COLUMNS, &group_rows(g, true)));
                if let Some(note) = unranked_note(&g.sources, b.min_scored) {
                    let _ = writeln!(out, "\n{}", md_escape(&note));
                }
            }
            Ok(out)
        }
    }
}

fn group_rows(g: &Group, with_overall: bool) -> Vec<&SourceReport> {
    let mut rows: Vec<&SourceReport> = g.sources.iter().collect();
    if with_overall {
        rows.push(&g.overall);
    }
    rows
}

/// The report's rows as the summary shows them: each source, then `overall`.
fn summary_rows(report: &Report, with_overall: bool) -> Vec<&SourceReport> {
    let mut rows: Vec<&SourceReport> = report.sources.iter().collect();
    if with_overall {
        rows.push(&report.overall);
    }
    rows
}

fn format_percent_1(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

fn text(report: &Report, style: &Style, detail: &[String]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Forecast report as of {}: Brier on a 0-1 scale (0 is perfect, 0.25 is always saying 50%); bins {}",
        report.today, report.bins
    );
    if report.sources.is_empty() {
        out.push_str("No forecasts match.\n");
        return out;
    }
    // One source's row is the overall row: it is not printed twice.
    let rows = summary_rows(report, report.sources.len() > 1);
    let _ = writeln!(out, "{}", table_of(SOURCE_COLUMNS, &rows, style));
    if let Some(note) = zero_pair_note(SOURCE_COLUMNS, &rows) {
        let _ = writeln!(out, "{note}");
    }
    if let Some(note) = unranked_note(&report.sources, report.min_scored) {
        let _ = writeln!(out, "{note}");
    }
    detail_tables(&mut out, &report.sources, style, detail);
    out
}

/// The line naming the sources listed below the ranked ones because they were scored fewer
/// than `min_scored` times (when no source is ranked, that they are all listed by Brier);
/// `None` when there are none, or only one source.
pub fn unranked_note(sources: &[SourceReport], min_scored: u64) -> Option<String> {
    if sources.len() < 2 {
        return None;
    }
    let names: Vec<String> = sources
        .iter()
        .filter(|s| s.scores.brier.is_some() && !super::is_ranked(s, min_scored))
        .map(|s| format!("{} ({} scored)", crate::output::clean(&s.source), s.scored))
        .collect();
    if names.is_empty() {
        return None;
    }
    // With none ranked there are no ranked sources to follow (the README's tour ledger).
    let lead = if sources.iter().any(|s| super::is_ranked(s, min_scored)) {
        "Not ranked, listed after the ranked sources"
    } else {
        "None ranked, listed by Brier"
    };
    Some(format!(
        "{lead}: scored fewer than {min_scored} times (--min-scored): {}.",
        names.join(", ")
    ))
}

/// The calibration table of each source `detail` names, with the CORP decomposition when
/// the report has one.
fn detail_tables(out: &mut String, sources: &[SourceReport], style: &Style, detail: &[String]) {
    for s in sources
        .iter()
        .filter(|s| detail.iter().any(|d| d.eq_ignore_ascii_case(&s.source)))
    {
        let _ = writeln!(out, "\nCalibration: {} ({} scored)", s.source, s.scored);
        if s.scores.calibration.is_empty() {
            out.push_str("Nothing scored yet.\n");
            continue;
        }
        // Fitted as the listings are (`output::fitted_table`; audit 21 left: at
        // `COLUMNS=40` comfy-table split `77.`/`5%` and the bar one cell a line): every
        // figure whole; the bar is left out first, then the interval, then the hits.
        use crate::output::{Fit, Step};
        let header = [
            "bin",
            "n",
            "hits",
            "stated",
            "observed",
            "95% interval",
            "observed vs stated",
        ];
        let rows: Vec<Vec<String>> = s
            .scores
            .calibration
            .iter()
            .map(|b| {
                vec![
                    b.bin.clone(),
                    b.n.to_string(),
                    b.hits.to_string(),
                    format_percent_1(b.mean_probability),
                    format_percent_1(b.observed),
                    format!(
                        "{}-{}",
                        format_percent_1(b.ci_low),
                        format_percent_1(b.ci_high)
                    ),
                    bar(b.mean_probability, b.observed, 20, style.color),
                ]
            })
            .collect();
        let fits = [Fit::Whole; 7];
        let steps = [Step::Drop(6), Step::Drop(5), Step::Drop(2)];
        let (c, left_out) = crate::output::fitted_table(style, &header, &fits, rows, &steps);
        let _ = writeln!(out, "{c}");
        out.push_str(&crate::output::left_out_note(style, &left_out, ""));
        if let Some(line) = corp_line(s) {
            let _ = writeln!(out, "{line}");
        }
    }
}

/// `Brier 0.1834 = MCB 0.0123 - DSC 0.0589 + UNC 0.2300`, when the figures exist.
fn corp_line(s: &SourceReport) -> Option<String> {
    let c = &s.scores;
    Some(format!(
        "Brier {:.4} = MCB {:.4} - DSC {:.4} + UNC {:.4} (CORP: miscalibration, discrimination, uncertainty)",
        c.brier?, c.mcb?, c.dsc?, c.unc?
    ))
}

/// A bar of `width` cells filled to the observed frequency, with `|` at the stated
/// probability, so the shape of calibration is visible in a terminal.
pub fn bar(stated: f64, observed: f64, width: usize, unicode: bool) -> String {
    let fill = (observed * width as f64).round() as usize;
    let mark = ((stated * width as f64).round() as usize).min(width.saturating_sub(1));
    let (full, empty) = if unicode { ('█', '·') } else { ('#', '.') };
    (0..width)
        .map(|i| {
            if i == mark {
                '|'
            } else if i < fill {
                full
            } else {
                empty
            }
        })
        .collect()
}

/// The Markdown's sentences on which forecasts were scored and how: with `--include-early`
/// it said "Only forecasts whose deadline has passed are scored" over scores that held early
/// resolutions (ad1 F3; the HTML scorecard already said "early resolutions included"), and
/// `--exclude-late`, `--latest` and `--fold` went unsaid (session 41).
fn which_scored(s: Scoring) -> String {
    let mut out = String::from(if s.include_early {
        "Every resolved forecast is scored, its deadline passed or not (--include-early)."
    } else {
        "Only forecasts whose deadline has passed are scored."
    });
    if s.exclude_late {
        out.push_str(" Forecasts logged late (after their deadline, or once an outcome for them was known) are left out (--exclude-late).");
    }
    if s.latest {
        out.push_str(
            " Only each source's latest forecast on a question and deadline is scored (--latest).",
        );
    }
    if s.fold {
        out.push_str(" A forecast below 50% is scored as 1 - p on the opposite claim (--fold).");
    }
    out
}

/// The Markdown's sentence on which forecasts were selected (`--source`, `--since`,
/// `--until`, `--tag`, `--own`), or `None` for every forecast of every source: a page
/// published from `report --source A --since 2026-01-01` read as the whole ledger's (a
/// leftover of session 41; the HTML scorecard already said it).
pub(crate) fn which_selected(f: &ReportFilter) -> Option<String> {
    let mut parts = Vec::new();
    if !f.sources.is_empty() {
        let names: Vec<String> = f.sources.iter().map(|s| md_escape(s)).collect();
        let noun = if names.len() == 1 {
            "source"
        } else {
            "sources"
        };
        parts.push(format!("{noun} {} (--source)", names.join(", ")));
    }
    parts.extend(made_between(f.since.as_ref(), f.until.as_ref()));
    if let Some(t) = &f.tag {
        parts.push(format!("tag {} (--tag)", md_escape(t)));
    }
    if f.own {
        parts.push("forecasts an article attributes to someone else left out (--own)".into());
    }
    (!parts.is_empty()).then(|| format!("Selected: {}.", parts.join("; ")))
}

/// The `--since`/`--until` window in words (`forecasts made 2025-01-01 to 2025-12-31`), for
/// the Markdown's selection sentence and the scorecard's alike; `None` without either.
pub(crate) fn made_between(
    since: Option<&impl std::fmt::Display>,
    until: Option<&impl std::fmt::Display>,
) -> Option<String> {
    match (since, until) {
        (Some(a), Some(b)) => Some(format!("forecasts made {a} to {b}")),
        (Some(a), None) => Some(format!("forecasts made on or after {a}")),
        (None, Some(b)) => Some(format!("forecasts made on or before {b}")),
        (None, None) => None,
    }
}

/// `which_selected` as a paragraph after the heading, or nothing.
fn selected_paragraph(out: &mut String, f: &ReportFilter) {
    if let Some(line) = which_selected(f) {
        let _ = writeln!(out, "{line}\n");
    }
}

fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Forecast report, {}\n", report.today);
    selected_paragraph(&mut out, &report.selection);
    let _ = writeln!(
        out,
        "Brier score on a 0-1 scale: 0 is perfect, 0.25 is what always saying 50% earns. {} Calibration bins: `{}`.\n",
        which_scored(report.scoring),
        report.bins
    );
    out.push_str(&markdown_of(SOURCE_COLUMNS, &summary_rows(report, true)));
    if let Some(note) = unranked_note(&report.sources, report.min_scored) {
        let _ = writeln!(out, "\n{}", md_escape(&note));
    }
    for s in &report.sources {
        if s.scores.calibration.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", md_escape(&s.source));
        let _ = writeln!(
            out,
            "| bin | n | hits | stated | observed | 95% interval |\n|---|---|---|---|---|---|"
        );
        for b in &s.scores.calibration {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {}-{} |",
                b.bin,
                b.n,
                b.hits,
                format_percent_1(b.mean_probability),
                format_percent_1(b.observed),
                format_percent_1(b.ci_low),
                format_percent_1(b.ci_high)
            );
        }
        if let Some(line) = corp_line(s) {
            let _ = writeln!(out, "\n{line}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_marks_stated_and_fills_observed() {
        assert_eq!(bar(0.7, 0.5, 10, false), "#####..|..");
        assert_eq!(bar(1.0, 1.0, 10, false), "#########|");
        assert_eq!(bar(0.0, 0.0, 10, false), "|.........");
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;
    use crate::report::rows::ScoreRow;
    use crate::report::{ReportBuilder, ReportOptions};

    #[test]
    fn every_markdown_row_has_as_many_cells_as_the_header() {
        let mut b = ReportBuilder::new(ReportOptions::default(), vec![(1, "A | B".into())]);
        b.add(ScoreRow {
            source_id: 1,
            probability: 0.7,
            outcome: Some(crate::model::Outcome::True),
            matured: true,
            corrected: true,
            amended: false,
            late: false,
            ..Default::default()
        });
        let report = b.finish("2026-01-01".parse().unwrap());
        let md = render(&report, Format::Markdown, &Style::default(), &[]).unwrap();
        let counts: Vec<usize> = md
            .lines()
            .filter(|l| l.starts_with('|'))
            .take(4)
            .map(|l| l.replace("\\|", "").matches('|').count())
            .collect();
        assert!(counts.iter().all(|c| *c == counts[0]), "{md}");
        let text = render(&report, Format::Table, &Style::default(), &[]).unwrap();
        assert!(text.contains("corrected"), "{text}");
    }

    // ad1 F3: `report --include-early --format markdown` said only matured forecasts were
    // scored while its figures held an early resolution.
    #[test]
    fn the_markdown_says_which_forecasts_were_scored() {
        let opts = ReportOptions {
            include_early: true,
            ..ReportOptions::default()
        };
        let mut b = ReportBuilder::new(opts, vec![(1, "A".into())]);
        b.add(ScoreRow {
            source_id: 1,
            probability: 0.7,
            outcome: Some(crate::model::Outcome::True),
            matured: false,
            ..Default::default()
        });
        let report = b.finish("2026-01-01".parse().unwrap());
        assert_eq!(report.overall.scored, 1);
        let md = render(&report, Format::Markdown, &Style::default(), &[]).unwrap();
        assert!(
            md.contains(
                "Every resolved forecast is scored, its deadline passed or not (--include-early)."
            ) && !md.contains("Only forecasts whose deadline has passed"),
            "{md}"
        );
        let mut plain = ReportBuilder::new(ReportOptions::default(), vec![(1, "A".into())]);
        plain.add(ScoreRow {
            source_id: 1,
            probability: 0.7,
            outcome: Some(crate::model::Outcome::True),
            matured: true,
            ..Default::default()
        });
        let md = render(
            &plain.finish("2026-01-01".parse().unwrap()),
            Format::Markdown,
            &Style::default(),
            &[],
        )
        .unwrap();
        assert!(
            md.contains("Only forecasts whose deadline has passed are scored."),
            "{md}"
        );
    }

    // A page published from a selection read as the whole ledger's (session 41's leftover).
    #[test]
    fn the_markdown_names_the_selection() {
        let day = |s: &str| crate::time::parse_date(s).unwrap();
        assert_eq!(which_selected(&ReportFilter::default()), None);
        let f = ReportFilter {
            sources: vec!["A|B".into(), "Daily Planet".into()],
            since: Some(day("2025-01-01")),
            until: Some(day("2025-12-31")),
            tag: Some("economy".into()),
            own: true,
            ..ReportFilter::default()
        };
        assert_eq!(
            which_selected(&f).unwrap(),
            "Selected: sources A\\|B, Daily Planet (--source); forecasts made 2025-01-01 to 2025-12-31; tag economy (--tag); forecasts an article attributes to someone else left out (--own)."
        );
        let one = ReportFilter {
            sources: vec!["Ann".into()],
            until: Some(day("2025-12-31")),
            ..ReportFilter::default()
        };
        assert_eq!(
            which_selected(&one).unwrap(),
            "Selected: source Ann (--source); forecasts made on or before 2025-12-31."
        );
    }

    // Session 41: --exclude-late, --latest and --fold changed the scores and went unsaid.
    #[test]
    fn the_markdown_says_each_scoring_option() {
        assert_eq!(
            which_scored(Scoring {
                include_early: false,
                exclude_late: true,
                latest: true,
                fold: true,
            }),
            "Only forecasts whose deadline has passed are scored. Forecasts logged late (after their deadline, or once an outcome for them was known) are left out (--exclude-late). Only each source's latest forecast on a question and deadline is scored (--latest). A forecast below 50% is scored as 1 - p on the opposite claim (--fold)."
        );
        assert_eq!(
            which_scored(Scoring::default()),
            "Only forecasts whose deadline has passed are scored."
        );
    }
}
