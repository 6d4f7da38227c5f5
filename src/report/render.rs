//! Renders a `Report` as a terminal table, JSON (DESIGN.md's shape), CSV (one row per
//! source, then `overall`) or Markdown (for publishing).

use super::{Report, SourceReport};
use crate::error::Result;
use crate::output::{csv_string, json_string, num, table, Format, Style};
use serde::Serialize;
use std::fmt::Write;

/// The report in `format`. `detail` names the sources whose calibration tables are shown
/// in table and Markdown output.
pub fn render(report: &Report, format: Format, style: &Style, detail: &[String]) -> Result<String> {
    match format {
        Format::Json => json_string(report),
        Format::Csv => csv_string(&csv_rows(report)),
        Format::Table => Ok(text(report, style, detail)),
        Format::Markdown => Ok(markdown(report)),
    }
}

#[derive(Serialize)]
struct CsvRow<'a> {
    source: &'a str,
    forecasts: u64,
    open: u64,
    due: u64,
    resolved: u64,
    scored: u64,
    void: u64,
    corrections: u64,
    brier: Option<f64>,
    log_loss: Option<f64>,
    base_rate: Option<f64>,
    brier_skill: Option<f64>,
    reliability: Option<f64>,
    resolution: Option<f64>,
    uncertainty: Option<f64>,
}

fn csv_rows(report: &Report) -> Vec<CsvRow<'_>> {
    report
        .sources
        .iter()
        .chain(std::iter::once(&report.overall))
        .map(|s| CsvRow {
            source: &s.source,
            forecasts: s.forecasts,
            open: s.open,
            due: s.due,
            resolved: s.resolved,
            scored: s.scored,
            void: s.void,
            corrections: s.corrections,
            brier: s.scores.brier,
            log_loss: s.scores.log_loss,
            base_rate: s.scores.base_rate,
            brier_skill: s.scores.brier_skill,
            reliability: s.scores.reliability,
            resolution: s.scores.resolution,
            uncertainty: s.scores.uncertainty,
        })
        .collect()
}

const SUMMARY_HEADER: [&str; 11] = [
    "source",
    "scored",
    "Brier",
    "log loss",
    "skill",
    "base rate",
    "resolved",
    "open",
    "due",
    "void",
    "corrected",
];

fn summary_cells(s: &SourceReport) -> Vec<String> {
    vec![
        s.source.clone(),
        s.scored.to_string(),
        num(s.scores.brier, 4),
        num(s.scores.log_loss, 4),
        num(s.scores.brier_skill, 3),
        s.scores.base_rate.map_or("-".into(), format_percent_1),
        s.resolved.to_string(),
        s.open.to_string(),
        s.due.to_string(),
        s.void.to_string(),
        s.corrections.to_string(),
    ]
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
    // The corrections column only when there are corrections: narrow terminals fit the rest.
    let corrected = report.overall.corrections > 0;
    let width = if corrected {
        SUMMARY_HEADER.len()
    } else {
        SUMMARY_HEADER.len() - 1
    };
    let mut t = table(style, &SUMMARY_HEADER[..width]);
    for s in &report.sources {
        t.add_row(summary_cells(s).into_iter().take(width));
    }
    if report.sources.len() > 1 {
        t.add_row(summary_cells(&report.overall).into_iter().take(width));
    }
    let _ = writeln!(out, "{t}");
    for s in report
        .sources
        .iter()
        .filter(|s| detail.iter().any(|d| d.eq_ignore_ascii_case(&s.source)))
    {
        let _ = writeln!(out, "\nCalibration: {} ({} scored)", s.source, s.scored);
        if s.scores.calibration.is_empty() {
            out.push_str("Nothing scored yet.\n");
            continue;
        }
        let mut c = table(
            style,
            &[
                "bin",
                "n",
                "hits",
                "stated",
                "observed",
                "95% interval",
                "observed vs stated",
            ],
        );
        for b in &s.scores.calibration {
            c.add_row(vec![
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
            ]);
        }
        let _ = writeln!(out, "{c}");
    }
    out
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

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Forecast report, {}\n", report.today);
    let _ = writeln!(
        out,
        "Brier score on a 0-1 scale: 0 is perfect, 0.25 is what always saying 50% earns. Only forecasts whose deadline has passed are scored. Calibration bins: `{}`.\n",
        report.bins
    );
    let _ = writeln!(out, "| {} |", SUMMARY_HEADER.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(SUMMARY_HEADER.len()));
    for s in report
        .sources
        .iter()
        .chain(std::iter::once(&report.overall))
    {
        let cells: Vec<String> = summary_cells(s).iter().map(|c| md_escape(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
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
    use crate::report::{ReportBuilder, ReportOptions};
    use crate::store::ScoreRow;

    #[test]
    fn every_markdown_row_has_as_many_cells_as_the_header() {
        let mut b = ReportBuilder::new(ReportOptions::default(), vec![(1, "A | B".into())]);
        b.add(ScoreRow {
            source_id: 1,
            probability: 0.7,
            outcome: Some(crate::model::Outcome::True),
            matured: true,
            corrected: true,
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
}
