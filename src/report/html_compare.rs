//! The scorecard's head-to-head section (`report --html`): the ranking of `compare`, and
//! a dot-and-whisker chart of each ranked source's peer score with its 95% bootstrap
//! interval, with `crowd` and `chance` as labelled vertical reference lines and a line at 0
//! (the typical source). The SVG is written by hand (a few lines and circles; plotters adds
//! nothing here) so tests can check each dot's pixel against its data.
//!
//! Up to `LIMIT` ranked sources are drawn and tabled; the page says how many more there are.

use super::compare::{Comparison, SourceComparison};
use super::html::escape;
use std::fmt::Write;

/// Ranked sources drawn and listed at most.
pub const LIMIT: usize = 30;

const WIDTH: f64 = 760.0;
const LEFT: f64 = 180.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 34.0;
const ROW: f64 = 22.0;
const BOTTOM: f64 = 40.0;

/// Where a source's dot was drawn (tests check it against the data).
#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    pub source: String,
    pub x: f64,
    pub y: f64,
}

fn ranked(c: &Comparison) -> Vec<&SourceComparison> {
    c.sources
        .iter()
        .filter(|s| s.rank.is_some())
        .take(LIMIT)
        .collect()
}

/// The x range drawn: every interval, both reference lines and 0, with a margin.
fn x_range(rows: &[&SourceComparison], refs: &[f64]) -> (f64, f64) {
    let mut lo: f64 = 0.0;
    let mut hi: f64 = 0.0;
    for s in rows {
        for v in [s.peer_score, s.peer_ci_low, s.peer_ci_high]
            .into_iter()
            .flatten()
        {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    for &r in refs {
        lo = lo.min(r);
        hi = hi.max(r);
    }
    let pad = ((hi - lo) * 0.05).max(1.0);
    (lo - pad, hi + pad)
}

/// The chart as SVG, and where each dot went.
pub fn peer_chart(c: &Comparison) -> (String, Vec<Dot>) {
    let rows = ranked(c);
    let refs: Vec<(&str, f64)> = [
        ("crowd", c.crowd.peer_score),
        ("chance", c.chance.peer_score),
    ]
    .into_iter()
    .filter_map(|(n, v)| v.map(|v| (n, v)))
    .collect();
    let (lo, hi) = x_range(&rows, &refs.iter().map(|r| r.1).collect::<Vec<_>>());
    let plot_w = WIDTH - LEFT - RIGHT;
    let height = TOP + ROW * rows.len().max(1) as f64 + BOTTOM;
    let x_of = |v: f64| LEFT + (v - lo) / (hi - lo) * plot_w;
    let y_of = |i: usize| TOP + ROW * (i as f64 + 0.5);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
    );
    let bottom = height - BOTTOM;
    // Axis ticks: five round values across the range.
    let step = nice_step((hi - lo) / 5.0);
    let mut t = (lo / step).ceil() * step;
    while t <= hi {
        let x = x_of(t);
        let _ = write!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"#eceef0\"/>\n<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#212529\">{}</text>\n",
            bottom + 16.0,
            trim(t)
        );
        t += step;
    }
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#212529\">peer score (0 = the typical source on the same questions; higher is better)</text>",
        LEFT + plot_w / 2.0,
        bottom + 34.0
    );
    let zero = x_of(0.0);
    let _ = writeln!(
        svg,
        "<line x1=\"{zero:.1}\" y1=\"{TOP}\" x2=\"{zero:.1}\" y2=\"{bottom:.1}\" stroke=\"#212529\" stroke-width=\"1\"/>"
    );
    for (k, (name, v)) in refs.iter().enumerate() {
        let x = x_of(*v);
        let colour = if *name == "crowd" {
            "#009e73"
        } else {
            "#d55e00"
        };
        let _ = write!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{colour}\">{name} {:.1}</text>\n",
            TOP - 6.0,
            12.0 + 13.0 * k as f64,
            v
        );
    }
    let mut dots = Vec::new();
    for (i, s) in rows.iter().enumerate() {
        let y = y_of(i);
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#212529\">{}. {}</text>",
            LEFT - 8.0,
            y + 4.0,
            s.rank.unwrap_or_default(),
            escape(&short(&s.source, 24))
        );
        if let (Some(a), Some(b)) = (s.peer_ci_low, s.peer_ci_high) {
            let _ = writeln!(
                svg,
                "<line x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#a0a6ac\" stroke-width=\"2\"/>",
                x_of(a),
                x_of(b)
            );
        }
        if let Some(p) = s.peer_score {
            let x = x_of(p);
            let _ = writeln!(
                svg,
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#1f69b4\"><title>{}: {:.1}</title></circle>",
                escape(&s.source),
                p
            );
            dots.push(Dot {
                source: s.source.clone(),
                x,
                y,
            });
        }
    }
    svg.push_str("</svg>");
    (svg, dots)
}

/// A round step (1, 2 or 5 times a power of ten) near `raw`.
fn nice_step(raw: f64) -> f64 {
    let raw = raw.max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let m = if f < 1.5 {
        1.0
    } else if f < 3.5 {
        2.0
    } else if f < 7.5 {
        5.0
    } else {
        10.0
    };
    m * mag
}

/// A tick's label: one decimal, `.0` dropped, and never `-0`: the first tick is
/// `ceil(lo / step) * step`, which is -0.0 when the axis starts just below 0 (ad1 F2: the
/// scorecard's peer-score axis of the ACX cut read `-0, 20, 40, 60`).
fn trim(v: f64) -> String {
    let s = format!("{v:.1}");
    let s = if s == "-0.0" { "0.0".to_string() } else { s };
    s.strip_suffix(".0").map_or(s.clone(), str::to_string)
}

fn short(s: &str, max: usize) -> String {
    crate::output::ellipsize(s, max)
}

fn cell(x: Option<f64>, d: usize) -> String {
    x.map_or_else(|| "–".to_string(), |v| format!("{v:.d$}"))
}

/// The section's HTML.
pub fn section(c: &Comparison) -> String {
    let mut h = String::new();
    h.push_str(
        "<section aria-labelledby=\"h2h\">\n<h2 id=\"h2h\">Head to head on shared questions</h2>\n",
    );
    let _ = writeln!(
        h,
        "<p>A raw Brier score rewards choosing easy questions. Here sources meet on the same markets (a question and a deadline: {} markets with two or more sources). The <strong>peer score</strong> is 100 times the log of the probability a source gave to what happened, minus the average of the other sources' on the same market, averaged over its markets: 0 is the typical source, higher is better. The whisker is a 95% bootstrap interval over markets. Sources with fewer than {} markets are not ranked. The dashed lines are two references: <strong>crowd</strong>, the geometric mean of the odds of all the sources, and <strong>chance</strong>, 50% on everything.</p>",
        c.markets, c.min_markets
    );
    if c.markets_left_out > 0 {
        let _ = writeln!(
            h,
            "<p class=\"meta\">{}</p>",
            super::render_compare::left_out_sentence(c).trim()
        );
    }
    let rows = ranked(c);
    if rows.is_empty() {
        h.push_str(
            "<p class=\"meta\">No source has enough shared markets to be ranked.</p>\n</section>\n",
        );
        return h;
    }
    let (svg, _) = peer_chart(c);
    let desc: Vec<String> = rows
        .iter()
        .map(|s| format!("{} {}", s.source, cell(s.peer_score, 1)))
        .collect();
    let alt = format!(
        "Peer scores with 95% intervals: {}; crowd {}, chance {}.",
        desc.join(", "),
        cell(c.crowd.peer_score, 1),
        cell(c.chance.peer_score, 1)
    );
    let svg = svg.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{}\" ", escape(&alt)),
        1,
    );
    let _ = writeln!(h, "<figure class=\"wide\">\n{svg}\n<figcaption>Each dot is a source's peer score; the whisker its 95% interval.</figcaption>\n</figure>");
    h.push_str("<div class=\"scroll\">\n<table>\n<caption>Sources ranked by peer score</caption>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Rank</th><th scope=\"col\">Markets</th><th scope=\"col\">Peer score</th><th scope=\"col\">95% interval</th><th scope=\"col\">Relative Brier</th><th scope=\"col\">Market bits</th><th scope=\"col\">Brier</th></tr></thead>\n<tbody>\n");
    for s in rows.iter().copied().chain([&c.crowd, &c.chance]) {
        let interval = match (s.peer_ci_low, s.peer_ci_high) {
            (Some(a), Some(b)) => format!("{a:.1} to {b:.1}"),
            _ => "–".into(),
        };
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}</td><td>{}</td></tr>",
            escape(&s.source),
            s.rank.map_or("–".into(), |r| r.to_string()),
            s.markets,
            cell(s.peer_score, 1),
            interval,
            cell(s.relative_brier, 4),
            s.market_score,
            cell(s.brier, 4)
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    let more = c.sources.iter().filter(|s| s.rank.is_some()).count() - rows.len();
    let unranked = c.sources.iter().filter(|s| s.rank.is_none()).count();
    if more > 0 || unranked > 0 {
        let _ = writeln!(
            h,
            "<p class=\"meta\">{more} more ranked and {unranked} unranked source(s) are in <code>forecast compare</code>.</p>"
        );
    }
    h.push_str("</section>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(name: &str, rank: Option<u64>, peer: f64, lo: f64, hi: f64) -> SourceComparison {
        SourceComparison {
            source: name.into(),
            rank,
            markets: 6,
            peer_score: Some(peer),
            peer_ci_low: Some(lo),
            peer_ci_high: Some(hi),
            relative_brier: Some(0.0),
            market_score: 0.0,
            trades: 6,
            brier: Some(0.2),
            logged_late: Some(0),
        }
    }

    fn comparison() -> Comparison {
        Comparison {
            today: "2026-11-28".parse().unwrap(),
            markets: 6,
            min_markets: 5,
            sources: vec![
                src("A <b>", Some(1), 20.0, 5.0, 35.0),
                src("B", Some(2), -10.0, -30.0, 5.0),
                src("C", None, 50.0, 40.0, 60.0),
            ],
            crowd: src("crowd", None, 12.0, 2.0, 20.0),
            chance: src("chance", None, -8.0, -12.0, -4.0),
            markets_left_out: 0,
            left_out: vec![],
            apart: vec![],
            selection: Default::default(),
        }
    }

    // Dots go where their peer scores put them on the axis: x is linear in the score, so
    // the ratio of distances between dots equals the ratio of differences in score.
    #[test]
    fn dots_sit_at_their_peer_scores() {
        let c = comparison();
        let (svg, dots) = peer_chart(&c);
        assert_eq!(dots.len(), 2, "only ranked sources");
        assert!(dots[0].x > dots[1].x);
        assert!(dots[0].y < dots[1].y, "rank 1 on top");
        let (lo, hi) = x_range(&ranked(&c), &[12.0, -8.0]);
        let x_of = |v: f64| LEFT + (v - lo) / (hi - lo) * (WIDTH - LEFT - RIGHT);
        assert!((dots[0].x - x_of(20.0)).abs() < 1e-9);
        assert!((dots[1].x - x_of(-10.0)).abs() < 1e-9);
        assert!(
            svg.contains(&format!("x1=\"{:.1}\"", x_of(12.0))),
            "crowd line"
        );
        assert!(svg.contains("crowd 12.0") && svg.contains("chance -8.0"));
        assert!(svg.contains("A &lt;b&gt;"));
        assert_eq!(svg.matches("<circle").count(), 2);
    }

    #[test]
    fn the_section_tables_ranked_sources_and_references() {
        let h = section(&comparison());
        assert!(h.contains("<h2 id=\"h2h\">Head to head on shared questions</h2>"));
        assert!(
            h.contains("<th scope=\"row\">crowd</th>")
                && h.contains("<th scope=\"row\">chance</th>")
        );
        assert!(h.contains("5.0 to 35.0"));
        assert!(
            !h.contains("<th scope=\"row\">C</th>"),
            "unranked are not tabled"
        );
        assert!(h.contains("0 more ranked and 1 unranked"));
        assert!(h.contains("role=\"img\" aria-label=\"Peer scores with 95% intervals: A &lt;b&gt; 20.0, B -10.0; crowd 12.0, chance -8.0.\""));
    }

    // ad1 F2: an axis starting just below 0 had its first tick at ceil(lo / step) * step =
    // -0.0, labelled `-0`.
    #[test]
    fn no_tick_reads_minus_zero() {
        assert_eq!(trim((-0.3f64 / 20.0).ceil() * 20.0), "0");
        assert_eq!(trim(-0.0), "0");
        assert_eq!(
            (trim(20.0), trim(-2.5), trim(0.25)),
            ("20".into(), "-2.5".into(), "0.2".into())
        );
        let mut c = comparison();
        c.sources = vec![
            src("A", Some(1), 40.0, 20.0, 60.0),
            src("B", Some(2), 10.0, 0.5, 30.0),
        ];
        c.crowd = src("crowd", None, 30.0, 20.0, 40.0);
        c.chance = src("chance", None, 5.0, 1.0, 9.0);
        let (svg, _) = peer_chart(&c);
        assert!(svg.contains(">0</text>"), "{svg}");
        assert!(!svg.contains(">-0</text>"), "{svg}");
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(7.3), 5.0);
        assert_eq!(nice_step(0.23), 0.2);
        assert_eq!(nice_step(120.0), 100.0);
    }
}
