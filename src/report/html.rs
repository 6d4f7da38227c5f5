//! The publishable scorecard: one self-contained HTML page (inline CSS and SVG, no scripts,
//! no network) with the per-source summary, each source's reliability diagram and
//! calibration table, a plain-language reading of every figure, the filters used, the date,
//! and the ledger's head hash so a reader can check nothing was changed since. The layout is
//! a single column that reads on a phone and prints cleanly.
//!
//! Beside each Brier score the summary shows what a score alone hides: the share of
//! forecasts voided, the median horizon, how many are due and unresolved, and how many were
//! corrected. `breakdown_scorecard` is the same page for a report split `--by` a grouping:
//! Brier per group as small multiples, then one table per group.

use super::breakdown::Breakdown;
use super::chart::{groups_svg, reliability_svg};
use super::{Report, SourceReport};
use crate::error::Result;
use std::fmt::Write;

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

fn num(x: Option<f64>, d: usize) -> String {
    x.map_or_else(|| "–".to_string(), |v| format!("{v:.d$}"))
}

const STYLE: &str = "
:root { color-scheme: light; --ink: #212529; --muted: #5c636a; --line: #dee2e6; --accent: #1f69b4; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 1.25rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; white-space: normal; }
thead th { border-bottom: 2px solid var(--ink); }
figure { margin: 0; }
figure svg { width: 100%; max-width: 420px; height: auto; display: block; }
figure.wide svg { max-width: 1140px; }
figcaption { color: var(--muted); font-size: .9rem; }
.source { display: grid; grid-template-columns: minmax(0, 420px) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
code { background: #f1f3f5; padding: 0 .25rem; border-radius: 3px; word-break: break-all; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 1rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 700px) { .source { grid-template-columns: 1fr; } main { padding: .75rem; } }
@media print { main { max-width: none; } h2 { break-before: auto; } .source { break-inside: avoid; } a { color: inherit; } }
";

/// How to read the figures beside the Brier score.
const READING_ACCOUNTABILITY: &str = "\
<dt>Voided</dt><dd>The share of a source's forecasts that were voided (annulled, or their condition was not met) and so never scored. A source that lets many claims go void or unresolved should not look as good as one scored on all of them.</dd>\n\
<dt>Median horizon</dt><dd>How far ahead the source looked: the median number of days from the day a forecast was made to its deadline. Near-term forecasts are easier.</dd>\n\
<dt>Due</dt><dd>Forecasts past their deadline that nobody has resolved yet.</dd>\n\
<dt>Corrected, amended, logged late</dt><dd>Forecasts replaced by a corrected version; forecasts resolved again after their first resolution (an outcome changed, or a question's outcome amended to another date, which re-dates every forecast it decided even where the outcome stays); forecasts logged after their deadline or once their outcome was known (hindsight: imported records of the past usually are).</dd>\n\
<dt>AUC</dt><dd>How well the source tells what will happen from what will not, whatever its calibration: the chance that a forecast that came true was given a higher probability than one that did not (0.5 is no better than a coin, 1 is perfect).</dd>\n";

/// The summary table: one row per source report given.
fn summary_table<'a>(h: &mut String, rows: impl Iterator<Item = &'a SourceReport>) {
    h.push_str("<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Scored</th><th scope=\"col\">Brier</th><th scope=\"col\">Voided</th><th scope=\"col\">Median horizon (days)</th><th scope=\"col\">Due</th><th scope=\"col\">Corrected</th><th scope=\"col\">Amended</th><th scope=\"col\">Logged late</th><th scope=\"col\">AUC</th><th scope=\"col\">Log loss</th><th scope=\"col\">Skill</th><th scope=\"col\">Came true</th><th scope=\"col\">Open</th><th scope=\"col\">Void</th></tr></thead>\n<tbody>\n");
    for s in rows {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&s.source),
            s.scored,
            num(s.scores.brier, 4),
            s.void_share.map_or("–".into(), pct),
            num(s.median_horizon_days, 0),
            s.due,
            s.corrections,
            s.amended,
            s.logged_late,
            num(s.scores.auc, 3),
            num(s.scores.log_loss, 4),
            num(s.scores.brier_skill, 3),
            s.scores.base_rate.map_or("–".into(), pct),
            s.open,
            s.void
        );
    }
    h.push_str("</tbody>\n</table>\n");
}

/// The page head, up to and including the opening of `<main>`.
fn page_head(h: &mut String, title: &str) {
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(title)
    );
}

/// The footer with the ledger's head as `verify --head` prints it (`ENTRY:HASH`, so that
/// `verify --published` can tell a cut end from a rewritten history), closing the page.
fn page_foot(h: &mut String, head: Option<(i64, &str)>, bins: &str) {
    h.push_str("<footer>\n");
    match head {
        Some((entries, hash)) => {
            let _ = writeln!(
                h,
                "<p>Ledger head: <code>{entries}:{}</code> ({entries} journal entries). Every forecast and resolution is in a hash chain; anyone with the ledger can check that nothing up to this point was changed with <code>forecast verify --published {entries}:{}</code>.</p>",
                escape(hash),
                escape(hash)
            );
        }
        None => h.push_str("<p>Ledger head: not available.</p>\n"),
    }
    let _ = write!(h, "<p>Made with forecast-ledger. Calibration bins: <code>{}</code>. Brier scores on a 0 to 1 scale.</p>\n</footer>\n</main>\n</body>\n</html>\n", escape(bins));
}

/// The scorecard of a report split `--by` a grouping: Brier per group with intervals for
/// the sources with the most scored forecasts, then each group's table.
pub fn breakdown_scorecard(
    b: &Breakdown,
    filters: &str,
    head: Option<(i64, &str)>,
) -> Result<String> {
    let mut h = String::new();
    page_head(
        &mut h,
        &format!("Forecast scorecard by {}, {}", b.by.name(), b.today),
    );
    let _ = write!(
        h,
        "<h1>Forecast scorecard by {}</h1>\n<p class=\"meta\">As of {}. {}</p>\n",
        escape(b.by.name()),
        b.today,
        escape(filters)
    );
    h.push_str("<section aria-labelledby=\"how\">\n<h2 id=\"how\">How to read this page</h2>\n<dl>\n\
<dt>Groups</dt><dd>The same scores computed separately for each group: by horizon, the days from the day a forecast was made to its deadline (0-30, 31-90, 91-365, 366 and more); by tag, each tag (a forecast with two tags counts in both); by year, the year of the deadline.</dd>\n\
<dt>Brier score</dt><dd>The average squared gap between the probability given and what happened, 0 to 1; lower is better, 0.25 (the grey line) is what always saying 50% earns. The whiskers show a 95% interval: groups whose whiskers overlap widely may not really differ.</dd>\n");
    h.push_str(READING_ACCOUNTABILITY);
    h.push_str("</dl>\n</section>\n");
    let alt: Vec<String> = b
        .groups
        .iter()
        .map(|g| {
            format!(
                "{}: Brier {} over {} scored",
                b.by.describe(&g.group),
                num(g.overall.scores.brier, 4),
                g.overall.scored
            )
        })
        .collect();
    let svg = groups_svg(b)?.replacen(
        "<svg ",
        &format!(
            "<svg role=\"img\" aria-label=\"{}\" ",
            escape(&format!(
                "Brier score by {}. Overall: {}.",
                b.by.name(),
                alt.join("; ")
            ))
        ),
        1,
    );
    let _ = write!(
        h,
        "<section aria-labelledby=\"chart\">\n<h2 id=\"chart\">Brier by {}</h2>\n<figure class=\"wide\">\n{svg}\n<figcaption>One panel per source (the six with the most scored forecasts) and overall; a dot per group with its 95% interval.</figcaption>\n</figure>\n</section>\n",
        escape(b.by.name())
    );
    for (i, g) in b.groups.iter().enumerate() {
        let title = b.by.describe(&g.group);
        let _ = write!(
            h,
            "<section aria-labelledby=\"g{i}\">\n<h2 id=\"g{i}\">{}</h2>\n<div class=\"scroll\">\n<table>\n<caption>{} forecasts, {} scored; sources ranked by Brier score</caption>\n",
            escape(&title),
            g.overall.forecasts,
            g.overall.scored
        );
        summary_table(&mut h, g.sources.iter().chain(std::iter::once(&g.overall)));
        h.push_str("</div>\n</section>\n");
    }
    page_foot(&mut h, head, &b.bins);
    Ok(h)
}

/// The scorecard page. `filters` describes the selection in words; `head` is the ledger's
/// (entries, head hash) when known; `limit` caps how many sources get a section of their own.
pub fn scorecard(
    report: &Report,
    filters: &str,
    head: Option<(i64, &str)>,
    limit: usize,
    head_to_head: Option<&super::compare::Comparison>,
) -> Result<String> {
    let mut h = String::new();
    page_head(&mut h, &format!("Forecast scorecard, {}", report.today));
    let _ = write!(
        h,
        "<h1>Forecast scorecard</h1>\n<p class=\"meta\">As of {}. {}</p>\n",
        report.today,
        escape(filters)
    );
    h.push_str(
        "<section aria-labelledby=\"how\">\n<h2 id=\"how\">How to read this page</h2>\n<dl>\n\
<dt>Scored</dt><dd>Forecasts that were resolved true or false and whose deadline has passed. A claim \"X by June\" can come true early but can only be judged false after June, so counting early successes first would flatter everyone.</dd>\n\
<dt>Brier score</dt><dd>The average squared gap between the probability given and what happened (1 if it came true, 0 if not), on a 0 to 1 scale. 0 is perfect; 0.25 is what you earn by always saying 50%; lower is better.</dd>\n\
<dt>Log loss</dt><dd>Like Brier, lower is better, but it punishes confident misses much harder: saying 99% for something that did not happen costs about 4.6, saying 60% costs about 0.9.</dd>\n\
<dt>Skill</dt><dd>How much better than always predicting the base rate: 1 is perfect, 0 is no better than the base rate, below 0 is worse.</dd>\n\
<dt>Calibration</dt><dd>Of the forecasts made at about 70%, about 70% should come true. In each diagram a dot above the diagonal means things happened more often than the source said; below, less often. Bigger dots hold more forecasts; the whiskers show the 95% range the true rate could lie in, given how few forecasts there are.</dd>\n",
    );
    if report.bins == "isotonic" {
        h.push_str("<dt>Fitted line</dt><dd>No bins chosen by hand: the line is the best rising fit of what came true against the probability given (the pool-adjacent-violators fit, as in the CORP reliability diagram of Dimitriadis, Gneiting and Jordan, 2021). Where it runs above the diagonal things happened more often than said. The Brier score splits exactly into miscalibration minus discrimination plus uncertainty.</dd>\n");
    }
    h.push_str(READING_ACCOUNTABILITY);
    h.push_str("</dl>\n</section>\n");
    // Summary.
    let _ = write!(
        h,
        "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<div class=\"scroll\">\n<table>\n<caption>Sources ranked by Brier score, best first; those scored fewer than {} time{} follow, not ranked</caption>\n",
        report.min_scored,
        if report.min_scored == 1 { "" } else { "s" }
    );
    summary_table(
        &mut h,
        report
            .sources
            .iter()
            .chain(std::iter::once(&report.overall)),
    );
    h.push_str("</div>\n");
    if let Some(note) = super::render::unranked_note(&report.sources, report.min_scored) {
        let _ = writeln!(h, "<p class=\"meta\">{}</p>", escape(&note));
    }
    h.push_str("</section>\n");
    if let Some(c) = head_to_head {
        h.push_str(&super::html_compare::section(c));
    }
    // One section per source, most scored first.
    let mut ranked: Vec<&SourceReport> = report.sources.iter().filter(|s| s.scored > 0).collect();
    ranked.sort_by(|a, b| {
        b.scored
            .cmp(&a.scored)
            .then_with(|| a.source.cmp(&b.source))
    });
    let shown = ranked.len().min(limit);
    for (i, s) in ranked
        .iter()
        .take(limit)
        .chain(std::iter::once(&&report.overall))
        .enumerate()
    {
        if s.scored == 0 {
            continue;
        }
        source_section(&mut h, s, i, report.bins == "isotonic")?;
    }
    if ranked.len() > shown {
        let _ = writeln!(
            h,
            "<p class=\"meta\">{} more source(s) are in the summary table only.</p>",
            ranked.len() - shown
        );
    }
    page_foot(&mut h, head, &report.bins);
    Ok(h)
}

fn source_section(h: &mut String, s: &SourceReport, index: usize, step: bool) -> Result<()> {
    let id = format!("s{index}");
    let _ = write!(
        h,
        "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n<div class=\"source\">\n",
        escape(&s.source)
    );
    let (svg, _) = reliability_svg(&[s], step)?;
    let summary = s
        .scores
        .calibration
        .iter()
        .map(|b| {
            format!(
                "{} of {} forecasts at about {} came true",
                b.hits,
                b.n,
                pct(b.mean_probability)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let alt = format!("Reliability diagram for {}: {}.", s.source, summary);
    // The SVG gets an accessible name; its own text stays for sighted readers.
    let svg = svg.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{}\" ", escape(&alt)),
        1,
    );
    let _ = write!(
        h,
        "<figure>\n{svg}\n<figcaption>{} scored forecast{}, Brier {} (0 is perfect, 0.25 is always saying 50%).</figcaption>\n</figure>\n",
        s.scored,
        if s.scored == 1 { "" } else { "s" },
        num(s.scores.brier, 4)
    );
    let _ = write!(h, "<div class=\"scroll\">\n<table>\n<caption>Calibration of {}</caption>\n<thead><tr><th scope=\"col\">Stated</th><th scope=\"col\">Came true</th><th scope=\"col\">Rate</th><th scope=\"col\">95% range</th></tr></thead>\n<tbody>\n", escape(&s.source));
    for b in &s.scores.calibration {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{} <small>(mean {})</small></th><td>{} of {}</td><td>{}</td><td>{} – {}</td></tr>",
            escape(&b.bin),
            pct(b.mean_probability),
            b.hits,
            b.n,
            pct(b.observed),
            pct(b.ci_low),
            pct(b.ci_high)
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n</div>\n</section>\n");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;
    use crate::report::rows::ScoreRow;
    use crate::report::{ReportBuilder, ReportOptions};

    #[test]
    fn the_page_is_self_contained_escaped_and_labelled() {
        let mut b = ReportBuilder::new(
            ReportOptions::default(),
            vec![(1, "<script>alert(1)</script>".into())],
        );
        for (p, o) in [(0.7, true), (0.7, false), (0.2, false)] {
            b.add(ScoreRow {
                source_id: 1,
                probability: p,
                outcome: Some(if o { Outcome::True } else { Outcome::False }),
                matured: true,
                corrected: false,
                amended: false,
                late: false,
                ..Default::default()
            });
        }
        let html = scorecard(
            &b.finish("2026-11-28".parse().unwrap()),
            "All sources.",
            Some((12, "abc123")),
            10,
            None,
        )
        .unwrap();
        assert!(
            !html.contains("<script"),
            "no scripts, and names are escaped"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            !html.contains("http://")
                || html
                    .matches("http://")
                    .all(|_| html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        );
        assert!(!html.contains("https://"), "no network resources");
        assert!(html.contains("<th scope=\"col\">Brier</th>"));
        assert!(html.contains("role=\"img\" aria-label=\"Reliability diagram for"));
        assert!(html.contains("1 of 2 forecasts at about 70.0% came true"));
        assert!(html.contains("forecast verify --published 12:abc123"));
        assert!(html.contains("name=\"viewport\""));
        // Brier to 4 places as in the terminal: (0.09 + 0.49 + 0.04) / 3 = 0.20666...
        assert!(html.contains("<td>3</td><td>0.2067</td>"), "{html}");
        assert!(html.contains("Brier 0.2067 (0 is perfect"));
        assert_eq!(html.matches("<svg ").count(), 2, "the source and overall");
        assert!(html.contains("<figcaption>3 scored forecasts, Brier 0.2067"));
        assert!(html.contains(&format!(
            "those scored fewer than {} times follow",
            crate::report::MIN_SCORED
        )));
    }

    #[test]
    fn one_forecast_and_one_time_are_singular() {
        let mut b = ReportBuilder::new(ReportOptions::default(), vec![(1, "Ann".into())]);
        b.add(ScoreRow {
            source_id: 1,
            probability: 0.7,
            outcome: Some(Outcome::True),
            matured: true,
            ..Default::default()
        });
        let mut report = b.finish("2026-11-28".parse().unwrap());
        report.rank(1);
        let html = scorecard(&report, "All.", None, 10, None).unwrap();
        assert!(
            html.contains("<figcaption>1 scored forecast, Brier 0.0900"),
            "{html}"
        );
        assert!(
            html.contains("those scored fewer than 1 time follow"),
            "{html}"
        );
    }
}
