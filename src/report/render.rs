//! Renders a `Report` as a terminal table, JSON (DESIGN.md's shape), CSV (one row per
//! source, then `overall`) or Markdown (for publishing); the summary's columns come from
//! `columns::SOURCE_COLUMNS`.

use super::columns::{csv_of, markdown_of, md_escape, table_of, SOURCE_COLUMNS};
use super::{Report, SourceReport};
use crate::error::Result;
use crate::output::{json_string, table, Format, Style};
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

fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Forecast report, {}\n", report.today);
    let _ = writeln!(
        out,
        "Brier score on a 0-1 scale: 0 is perfect, 0.25 is what always saying 50% earns. Only forecasts whose deadline has passed are scored. Calibration bins: `{}`.\n",
        report.bins
    );
    out.push_str(&markdown_of(SOURCE_COLUMNS, &summary_rows(report, true)));
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
