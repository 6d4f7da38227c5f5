//! The price path of a question's markets as SVG (`forecast question KEY --chart`), drawn
//! like the reliability diagrams (plotters' SVG backend, no system libraries). One panel
//! per market: the price, starting at 50%, as a step line that moves to each forecast's
//! probability of the event on the day it was made and holds until the next, up to the
//! deadline; each forecast as a marker in its source's colour (a legend names them); the
//! outcome in the title, and a dashed line at 100% or 0% when it is known.

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

/// The SVG of every market of `view`, one panel each, and where each marker went.
pub fn price_path_svg(view: &QuestionView) -> Result<(String, Vec<Marker>)> {
    let panels = view.markets.len().max(1) as u32;
    let mut sources: Vec<&str> = Vec::new();
    for t in view.markets.iter().flat_map(|m| &m.forecasts) {
        if !sources.contains(&t.source.as_str()) {
            sources.push(&t.source);
        }
    }
    let colour = |s: &str| {
        let i = sources.iter().position(|x| *x == s).unwrap_or(0);
        PALETTE[i.min(PALETTE.len() - 1)]
    };
    let mut svg = String::new();
    let mut markers = Vec::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (PANEL_W, PANEL_H * panels)).into_drawing_area();
        root.fill(&WHITE).map_err(plot_err)?;
        let areas = root.split_evenly((panels as usize, 1));
        for (k, (area, m)) in areas.iter().zip(&view.markets).enumerate() {
            let outcome = match (m.happened, m.scored) {
                (Some(true), _) => "happened",
                (Some(false), _) => "did not happen",
                (None, _) if m.resolved_both_ways => "resolved both ways, not scored",
                (None, _) => "not resolved yet",
            };
            let title = format!("{}, by {}: {}", view.question, m.deadline, outcome);
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
            for s in &sources {
                let own: Vec<(f64, f64)> = m
                    .forecasts
                    .iter()
                    .filter(|t| t.source == *s)
                    .map(|t| (f64::from(day_number(t.made_on)), t.probability))
                    .collect();
                if own.is_empty() {
                    continue;
                }
                let c = colour(s);
                chart
                    .draw_series(own.into_iter().map(|p| Circle::new(p, 5, c.filled())))
                    .map_err(plot_err)?
                    .label(s.to_string())
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
}
