//! The price path of a question's markets as SVG (`forecast question KEY --chart`), drawn
//! like the reliability diagrams (plotters' SVG backend, no system libraries). One panel
//! per market: the price, starting at 50%, as a step line that moves to each forecast's
//! probability of the event on the day it was made and holds until the next, up to the
//! deadline; each forecast as a marker in its source's colour (a legend names them); the
//! outcome in the title, and a dashed line at 100% or 0% when it is known.
//!
//! A busy question stays a readable, bounded file (audit 18, A11: 2,643 markets made an SVG
//! 845,760 px tall): at most `MAX_PANELS` markets are drawn, those with the most forecasts,
//! in deadline order; a panel with more than `MAX_MARKERS` forecasts draws a sample, one
//! forecast in k and the last, as its line and markers; past seven sources, the seventh on
//! share one grey legend key. Whatever was left out is said in the chart's heading and the panel's title.

use super::question::{MarketView, QuestionView};
use super::rows::{day_number, from_day_number};
use crate::error::{Error, Result};
use plotters::prelude::*;

const PANEL_W: u32 = 760;
const PANEL_H: u32 = 320;
const INK: RGBColor = RGBColor(33, 37, 41);
const FAINT: RGBColor = RGBColor(160, 166, 172);
/// Source colours (Okabe-Ito, readable by colour-blind viewers), in order of first forecast.
const PALETTE: [RGBColor; 7] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(230, 159, 0),
    RGBColor(86, 180, 233),
    RGBColor(120, 120, 120),
];

fn plot_err<E: std::fmt::Debug>(e: E) -> Error {
    Error::Other(format!("drawing the chart: {e:?}"))
}

/// Where a forecast's marker was drawn, in SVG pixels (tests check them against the data).
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub panel: usize,
    pub id: i64,
    pub x: i32,
    pub y: i32,
}

/// The points of a market's step line: (day, price).
pub fn steps(m: &MarketView) -> Vec<(f64, f64)> {
    let mut pts = Vec::with_capacity(2 * m.forecasts.len() + 2);
    let mut price = 0.5;
    if let Some(first) = m.forecasts.first() {
        pts.push((f64::from(day_number(first.made_on)), price));
    }
    for t in &m.forecasts {
        let x = f64::from(day_number(t.made_on));
        pts.push((x, price));
        price = t.probability;
        pts.push((x, price));
    }
    pts.push((f64::from(day_number(m.deadline)), price));
    pts
}

/// The most markets one chart draws.
pub const MAX_PANELS: usize = 12;
/// The most forecasts one panel draws; a busier market is sampled.
pub const MAX_MARKERS: usize = 300;

/// The markets of `view` a chart draws: all, or the `MAX_PANELS` with the most forecasts
/// (the earlier deadline first on a tie), in deadline order; each with its forecasts, or a
/// sample of them (one in k, from the first, and the last) and k.
fn bounded(view: &QuestionView) -> Vec<(MarketView, usize)> {
    let mut chosen: Vec<usize> = (0..view.markets.len()).collect();
    if chosen.len() > MAX_PANELS {
        chosen.sort_by_key(|&i| (std::cmp::Reverse(view.markets[i].forecasts.len()), i));
        chosen.truncate(MAX_PANELS);
        chosen.sort_unstable();
    }
    chosen
        .into_iter()
        .map(|i| {
            let m = &view.markets[i];
            let n = m.forecasts.len();
            let every = n.div_ceil(MAX_MARKERS).max(1);
            let mut drawn = m.clone();
            if every > 1 {
                drawn.forecasts = m
                    .forecasts
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| j % every == 0 || *j == n - 1)
                    .map(|(_, t)| t.clone())
                    .collect();
            }
            (drawn, every)
        })
        .collect()
}

/// The SVG of `view`'s markets, one panel each (bounded, see the module doc), and where each
/// marker went.
pub fn price_path_svg(view: &QuestionView) -> Result<(String, Vec<Marker>)> {
    let drawn = bounded(view);
    let panels = drawn.len().max(1) as u32;
    let heading = (drawn.len() < view.markets.len()).then(|| {
        format!(
            "{} of {} markets drawn: those with the most forecasts (`forecast question KEY --format csv` lists every one)",
            drawn.len(),
            view.markets.len()
        )
    });
    let mut sources: Vec<&str> = Vec::new();
    for t in drawn.iter().flat_map(|(m, _)| &m.forecasts) {
        if !sources.contains(&t.source.as_str()) {
            sources.push(&t.source);
        }
    }
    // A key of its own for each of the first sources; the rest share the last colour.
    let named = if sources.len() <= PALETTE.len() {
        sources.len()
    } else {
        PALETTE.len() - 1
    };
    let others = sources.len() - named;
    let mut svg = String::new();
    let mut markers = Vec::new();
    {
        let extra = if heading.is_some() { 30 } else { 0 };
        let root = SVGBackend::with_string(&mut svg, (PANEL_W, PANEL_H * panels + extra))
            .into_drawing_area();
        root.fill(&WHITE).map_err(plot_err)?;
        let root = match &heading {
            Some(h) => root
                .titled(h, ("sans-serif", 13).into_font().color(&INK))
                .map_err(plot_err)?,
            None => root,
        };
        let areas = root.split_evenly((panels as usize, 1));
        for (k, (area, (m, every))) in areas.iter().zip(&drawn).enumerate() {
            let outcome = match (m.happened, m.scored) {
                (Some(true), _) => "happened",
                (Some(false), _) => "did not happen",
                (None, _) if m.resolved_both_ways => "resolved both ways, not scored",
                (None, _) => "not resolved yet",
            };
            let mut title = format!("{}, by {}: {}", view.question, m.deadline, outcome);
            if *every > 1 {
                let total = view
                    .markets
                    .iter()
                    .find(|x| x.deadline == m.deadline)
                    .map_or(0, |x| x.forecasts.len());
                title.push_str(&format!(
                    " (sampled: 1 in {every} of {total} forecasts, and the last)"
                ));
            }
            let plot = area
                .titled(&title, ("sans-serif", 15).into_font().color(&INK))
                .map_err(plot_err)?;
            let pts = steps(m);
            let x0 = pts.first().map_or(0.0, |p| p.0) - 1.0;
            let x1 = pts.last().map_or(1.0, |p| p.0).max(x0 + 2.0) + 1.0;
            let mut chart = ChartBuilder::on(&plot)
                .margin(10)
                .margin_right(150)
                .x_label_area_size(30)
                .y_label_area_size(44)
                .build_cartesian_2d(x0..x1, 0f64..1f64)
                .map_err(plot_err)?;
            chart
                .configure_mesh()
                .x_labels(5)
                .y_labels(6)
                .x_label_formatter(&|v| from_day_number(v.round() as i32).to_string())
                .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
                .y_desc("price (probability of the event)")
                .light_line_style(WHITE)
                .bold_line_style(RGBColor(230, 232, 235))
                .axis_desc_style(("sans-serif", 12).into_font().color(&INK))
                .label_style(("sans-serif", 11).into_font().color(&INK))
                .draw()
                .map_err(plot_err)?;
            if let Some(y) = m.happened {
                let level = if y { 1.0 } else { 0.0 };
                chart
                    .draw_series(DashedLineSeries::new(
                        [(x0, level), (x1, level)],
                        6,
                        4,
                        FAINT.stroke_width(1),
                    ))
                    .map_err(plot_err)?;
            }
            chart
                .draw_series(LineSeries::new(pts, INK.stroke_width(2)))
                .map_err(plot_err)?;
            for key in 0..=named {
                let mine = |t: &&crate::report::question::Trade| {
                    let i = sources.iter().position(|x| *x == t.source).unwrap_or(0);
                    if key < named {
                        i == key
                    } else {
                        i >= named
                    }
                };
                let own: Vec<(f64, f64)> = m
                    .forecasts
                    .iter()
                    .filter(mine)
                    .map(|t| (f64::from(day_number(t.made_on)), t.probability))
                    .collect();
                if own.is_empty() {
                    continue;
                }
                let (c, label) = if key < named {
                    (PALETTE[key], sources[key].to_string())
                } else {
                    (
                        PALETTE[PALETTE.len() - 1],
                        format!("{others} other sources"),
                    )
                };
                chart
                    .draw_series(own.into_iter().map(|p| Circle::new(p, 5, c.filled())))
                    .map_err(plot_err)?
                    .label(label)
                    .legend(move |(x, y)| Circle::new((x, y), 5, c.filled()));
            }
            chart
                .configure_series_labels()
                .position(SeriesLabelPosition::UpperRight)
                .margin(4)
                .border_style(FAINT)
                .background_style(WHITE)
                .label_font(("sans-serif", 11).into_font().color(&INK))
                .draw()
                .map_err(plot_err)?;
            for t in &m.forecasts {
                let (x, y) =
                    chart.backend_coord(&(f64::from(day_number(t.made_on)), t.probability));
                markers.push(Marker {
                    panel: k,
                    id: t.id,
                    x,
                    y,
                });
            }
        }
        root.present().map_err(plot_err)?;
    }
    Ok((svg, markers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::question::{MarketView, QuestionView, Trade};

    fn view() -> QuestionView {
        let t = |id, source: &str, made: &str, p, before| Trade {
            id,
            source: source.into(),
            made_on: made.parse().unwrap(),
            probability: p,
            price_before: before,
            earned: None,
            in_force: true,
            condition: None,
        };
        QuestionView {
            question: "q <&>".into(),
            today: "2026-01-01".parse().unwrap(),
            markets: vec![MarketView {
                deadline: "2025-09-22".parse().unwrap(),
                happened: Some(false),
                scored: true,
                resolved_both_ways: false,
                forecasts: vec![
                    t(1, "A", "2025-05-01", 0.4, 0.5),
                    t(2, "B & Co", "2025-06-01", 0.3, 0.4),
                    t(3, "A", "2025-07-01", 0.8, 0.3),
                ],
            }],
            void: vec![],
        }
    }

    #[test]
    fn the_step_line_holds_each_price_until_the_next_forecast() {
        let v = view();
        let d = |s: &str| f64::from(day_number(s.parse().unwrap()));
        assert_eq!(
            steps(&v.markets[0]),
            vec![
                (d("2025-05-01"), 0.5),
                (d("2025-05-01"), 0.5),
                (d("2025-05-01"), 0.4),
                (d("2025-06-01"), 0.4),
                (d("2025-06-01"), 0.3),
                (d("2025-07-01"), 0.3),
                (d("2025-07-01"), 0.8),
                (d("2025-09-22"), 0.8),
            ]
        );
    }

    // Markers go where their data puts them: later dates to the right, higher prices up, and
    // the same price at the same height.
    #[test]
    fn markers_sit_at_their_date_and_price() {
        let (svg, m) = price_path_svg(&view()).unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("B &amp; Co"), "legend names are escaped");
        assert_eq!(m.len(), 3);
        assert!(m[0].x < m[1].x && m[1].x < m[2].x);
        assert!(m[2].y < m[0].y && m[0].y < m[1].y, "{m:?}");
        assert_eq!(
            svg.matches("<circle").count(),
            3 + 2,
            "three markers and two legend keys"
        );
    }

    // Audit 18, A11: a busy question's chart is bounded: 12 of 20 markets (the busiest), a
    // market of 1,000 forecasts sampled to one in 4 and the last, and both said in the SVG.
    // Before, 20 panels and 1,000 markers were drawn.
    #[test]
    fn a_busy_questions_chart_is_bounded_and_says_what_it_left_out() {
        let mut v = view();
        let one = v.markets[0].clone();
        v.markets = (0..20)
            .map(|i| {
                let mut m = one.clone();
                m.deadline = format!("2025-10-{:02}", i + 1).parse().unwrap();
                // Market 5 is the busiest; markets 0..=10 have 3 forecasts, the rest 2.
                let n = if i == 5 {
                    1000
                } else if i <= 10 {
                    3
                } else {
                    2
                };
                m.forecasts = (0..n)
                    .map(|j| {
                        let mut t = one.forecasts[j % 3].clone();
                        t.id = j as i64 + 1;
                        t.source = format!("S{}", j % 9);
                        t
                    })
                    .collect();
                m
            })
            .collect();
        let drawn = bounded(&v);
        let deadlines: Vec<String> = drawn.iter().map(|(m, _)| m.deadline.to_string()).collect();
        assert_eq!(deadlines.len(), MAX_PANELS);
        assert_eq!(deadlines[0], "2025-10-01");
        assert_eq!(deadlines[10], "2025-10-11");
        assert_eq!(
            deadlines[11], "2025-10-12",
            "the first of the two-forecast markets"
        );
        let (busy, every) = &drawn[5];
        assert_eq!((busy.forecasts.len(), *every), (251, 4));
        assert_eq!(busy.forecasts.last().map(|t| t.id), Some(1000));
        let (svg, markers) = price_path_svg(&v).unwrap();
        assert!(
            svg.contains(&format!("height=\"{}\"", PANEL_H * 12 + 30)),
            "{}",
            &svg[..200]
        );
        assert!(svg.contains("12 of 20 markets drawn: those with the most forecasts"));
        assert!(svg.contains("(sampled: 1 in 4 of 1000 forecasts, and the last)"));
        assert!(svg.contains("3 other sources"), "S6, S7 and S8 share a key");
        assert_eq!(markers.len(), 11 * 3 - 3 + 251 + 2);
    }
}
