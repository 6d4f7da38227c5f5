//! Reliability diagrams as SVG (plotters' SVG backend: no system libraries, text left to the
//! viewer's fonts). One panel per source: the diagonal of perfect calibration; one point per
//! non-empty bin at (mean stated probability, observed frequency), its area proportional to
//! the bin's n, with its 95% Wilson interval as an error bar; axes 0-100%; a title with the
//! source, n scored and Brier (0-1 scale). Below it, a histogram of how many forecasts fell in
//! each bin (sharpness). Several sources are drawn as small multiples.
//!
//! With `--bins isotonic` (CORP) each panel also draws the pool-adjacent-violators fit as a
//! step line over the diagonal: the fitted rate holds from a block's smallest probability to
//! the next block's, and each block's point sits on it at the block's mean probability.
//!
//! `groups_svg` draws a report split `--by` a grouping as small multiples of Brier per
//! group: one panel per source (the six with the most scored forecasts, then overall), one
//! point per group with its 95% interval, on one shared scale so panels compare.

use super::breakdown::Breakdown;
use super::SourceReport;
use crate::error::{Error, Result};
use plotters::coord::Shift;
use plotters::prelude::*;

const PANEL_W: u32 = 380;
const PANEL_H: u32 = 440;
const INK: RGBColor = RGBColor(33, 37, 41);
const ACCENT: RGBColor = RGBColor(31, 105, 180);
const FAINT: RGBColor = RGBColor(160, 166, 172);
/// The radius of the largest bin's point, in pixels.
const MAX_RADIUS: u32 = 14;

/// Where a bin's point was drawn, in SVG pixels (tests check these against the data).
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnPoint {
    pub panel: usize,
    pub bin: String,
    pub x: i32,
    pub y: i32,
    /// The plotting area's pixel bounds: x from `left` to `right`, y from `top` (100%) to
    /// `bottom` (0%).
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

fn plot_err<E: std::fmt::Debug>(e: E) -> Error {
    Error::Other(format!("drawing the chart: {e:?}"))
}

/// An SVG with one reliability diagram per source in `panels`, laid out in up to three
/// columns, and where each point went.
/// With `step`, the bins are the blocks of an isotonic fit, drawn as a step line too.
pub fn reliability_svg(panels: &[&SourceReport], step: bool) -> Result<(String, Vec<DrawnPoint>)> {
    let n = panels.len().max(1);
    let cols = n.min(3);
    let rows = n.div_ceil(cols);
    let mut svg = String::new();
    let mut points = Vec::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (PANEL_W * cols as u32, PANEL_H * rows as u32))
                .into_drawing_area();
        root.fill(&WHITE).map_err(plot_err)?;
        let areas = root.split_evenly((rows, cols));
        for (i, (area, report)) in areas.iter().zip(panels.iter()).enumerate() {
            points.extend(panel(area, report, i, step)?);
        }
        root.present().map_err(plot_err)?;
    }
    Ok((svg, points))
}

fn panel(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    s: &SourceReport,
    index: usize,
    step: bool,
) -> Result<Vec<DrawnPoint>> {
    let (top, bottom) = area.split_vertically(PANEL_H * 3 / 4);
    let title = match s.scores.brier {
        Some(b) => format!("{} — n={}, Brier {:.4}", s.source, s.scored, b),
        None => format!("{} — nothing scored yet", s.source),
    };
    // Room above and to the right of the plotting area for the largest point (radius 14) at
    // 100% and for the "100%" tick label centred on the right edge.
    let plot = top
        .titled(&title, ("sans-serif", 15).into_font().color(&INK))
        .map_err(plot_err)?;
    let mut chart = ChartBuilder::on(&plot)
        .margin(8)
        .margin_top(MAX_RADIUS + 2)
        .margin_right(8 + MAX_RADIUS)
        .x_label_area_size(34)
        .y_label_area_size(44)
        .build_cartesian_2d(0f64..1f64, 0f64..1f64)
        .map_err(plot_err)?;
    chart
        .configure_mesh()
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .x_desc("stated probability")
        .y_desc("came true")
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(230, 232, 235))
        .axis_desc_style(("sans-serif", 12).into_font().color(&INK))
        .label_style(("sans-serif", 11).into_font().color(&INK))
        .draw()
        .map_err(plot_err)?;
    chart
        .draw_series(LineSeries::new(
            [(0.0, 0.0), (1.0, 1.0)],
            FAINT.stroke_width(1),
        ))
        .map_err(plot_err)?;
    let max_n = s
        .scores
        .calibration
        .iter()
        .map(|b| b.n)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    // Wilson intervals: a vertical line with small caps (drawn as lines, so each bin has one circle).
    for b in &s.scores.calibration {
        let (x, cap) = (b.mean_probability, 0.012);
        let lines = [
            vec![(x, b.ci_low), (x, b.ci_high)],
            vec![(x - cap, b.ci_low), (x + cap, b.ci_low)],
            vec![(x - cap, b.ci_high), (x + cap, b.ci_high)],
        ];
        chart
            .draw_series(
                lines
                    .into_iter()
                    .map(|l| PathElement::new(l, FAINT.stroke_width(1))),
            )
            .map_err(plot_err)?;
    }
    if step {
        chart
            .draw_series(std::iter::once(PathElement::new(
                step_line(&s.scores.calibration),
                ACCENT.stroke_width(2),
            )))
            .map_err(plot_err)?;
    }
    // Area proportional to n: radius grows with its square root.
    chart
        .draw_series(s.scores.calibration.iter().map(|b| {
            let r = (3.0 + f64::from(MAX_RADIUS - 3) * (b.n as f64 / max_n).sqrt()).round() as i32;
            Circle::new(
                (b.mean_probability, b.observed),
                r,
                ACCENT.mix(0.85).filled(),
            )
        }))
        .map_err(plot_err)?;
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    let drawn = s
        .scores
        .calibration
        .iter()
        .map(|b| {
            let (x, y) = chart.backend_coord(&(b.mean_probability, b.observed));
            DrawnPoint {
                panel: index,
                bin: b.bin.clone(),
                x,
                y,
                left: xr.start,
                right: xr.end - 1,
                top: yr.start,
                bottom: yr.end - 1,
            }
        })
        .collect();
    // Sharpness: how many forecasts fell in each bin.
    let mut hist = ChartBuilder::on(&bottom)
        .margin_left(8)
        .margin_right(8 + MAX_RADIUS)
        .margin_bottom(6)
        .x_label_area_size(18)
        .y_label_area_size(44)
        .build_cartesian_2d(0f64..1f64, 0f64..(max_n * 1.1))
        .map_err(plot_err)?;
    hist.configure_mesh()
        .disable_mesh()
        .x_labels(6)
        .y_labels(3)
        .x_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        // A count axis labels whole counts only: with one forecast a bin the half-way tick
        // printed 0.5 as `0`, so the axis read 0, 0, 1 (audit 20 A19).
        .y_label_formatter(&|v| count_label(*v))
        .label_style(("sans-serif", 10).into_font().color(&INK))
        .draw()
        .map_err(plot_err)?;
    hist.draw_series(s.scores.calibration.iter().map(|b| {
        let half = ((b.upper - b.lower) / 2.0).clamp(0.004, 0.04);
        let centre = b.mean_probability;
        Rectangle::new(
            [(centre - half, 0.0), (centre + half, b.n as f64)],
            FAINT.filled(),
        )
    }))
    .map_err(plot_err)?;
    Ok(drawn)
}

/// The step function of isotonic blocks (sorted by probability): each fitted rate from its
/// block's smallest probability to the next block's, the last to its largest.
pub fn step_line(blocks: &[crate::score::Bin]) -> Vec<(f64, f64)> {
    let mut line = Vec::with_capacity(blocks.len() * 2);
    for (i, b) in blocks.iter().enumerate() {
        let end = blocks.get(i + 1).map_or(b.upper, |next| next.lower);
        line.push((b.lower, b.observed));
        line.push((end, b.observed));
    }
    line
}

/// Small multiples of Brier per group (see the module doc).
pub fn groups_svg(b: &Breakdown) -> Result<String> {
    let mut totals: Vec<(&str, u64)> = Vec::new();
    for g in &b.groups {
        for s in &g.sources {
            match totals.iter_mut().find(|t| t.0 == s.source) {
                Some(t) => t.1 += s.scored,
                None => totals.push((&s.source, s.scored)),
            }
        }
    }
    totals.retain(|t| t.1 > 0);
    totals.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(y.0)));
    totals.truncate(6);
    let names: Vec<&str> = totals.iter().map(|t| t.0).collect();
    let labels: Vec<String> = b.groups.iter().map(|g| g.group.clone()).collect();
    // Each panel: the group's figures for one source (or overall), in group order.
    let series = |name: Option<&str>| -> Vec<Option<&SourceReport>> {
        b.groups
            .iter()
            .map(|g| match name {
                Some(n) => g.sources.iter().find(|s| s.source == n),
                None => Some(&g.overall),
            })
            .collect()
    };
    let mut panels: Vec<(String, Vec<Option<&SourceReport>>)> = names
        .iter()
        .map(|n| (n.to_string(), series(Some(n))))
        .collect();
    panels.push(("overall".to_string(), series(None)));
    let top = panels
        .iter()
        .flat_map(|p| p.1.iter().flatten())
        .filter_map(|s| s.scores.brier_ci_high.or(s.scores.brier))
        .fold(0.3f64, f64::max)
        .min(1.0);
    let n = panels.len();
    let cols = n.min(3);
    let rows = n.div_ceil(cols);
    let (w, h) = (PANEL_W, PANEL_H * 3 / 4);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w * cols as u32, h * rows as u32))
            .into_drawing_area();
        root.fill(&WHITE).map_err(plot_err)?;
        for (area, (name, values)) in root.split_evenly((rows, cols)).iter().zip(&panels) {
            group_panel(area, name, b.by.name(), &labels, values, top)?;
        }
        root.present().map_err(plot_err)?;
    }
    Ok(svg)
}

fn group_panel(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    name: &str,
    by: &str,
    labels: &[String],
    values: &[Option<&SourceReport>],
    top: f64,
) -> Result<()> {
    let scored: u64 = values.iter().flatten().map(|s| s.scored).sum();
    // Tags overlap (a forecast counts in each of its tags), so their counts do not add up
    // to a number of forecasts; horizons and years split the forecasts, so theirs do.
    let title = if by == "tag" {
        format!("{name} — Brier by tag (a forecast counts in each of its tags)")
    } else {
        format!("{name} — Brier by {by}, n={scored}")
    };
    let plot = area
        .titled(&title, ("sans-serif", 15).into_font().color(&INK))
        .map_err(plot_err)?;
    let k = labels.len().max(1);
    let mut chart = ChartBuilder::on(&plot)
        .margin(8)
        .margin_right(16)
        .x_label_area_size(34)
        .y_label_area_size(48)
        .build_cartesian_2d(-0.5f64..(k as f64 - 0.5), 0f64..top)
        .map_err(plot_err)?;
    chart
        .configure_mesh()
        .x_labels(0)
        .y_labels(6)
        .y_label_formatter(&|v| format!("{v:.2}"))
        .x_desc(by)
        .y_desc("Brier (lower is better)")
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(230, 232, 235))
        .axis_desc_style(("sans-serif", 12).into_font().color(&INK))
        .label_style(("sans-serif", 11).into_font().color(&INK))
        .draw()
        .map_err(plot_err)?;
    // The group names under their points (drawn by hand: the axis is numeric).
    let style =
        ("sans-serif", 11)
            .into_font()
            .color(&INK)
            .pos(plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Center,
                plotters::style::text_anchor::VPos::Top,
            ));
    let (_, yr) = chart.plotting_area().get_pixel_range();
    for (i, label) in labels.iter().enumerate() {
        let (x, _) = chart.backend_coord(&(i as f64, 0.0));
        plot.draw_text(
            label,
            &style,
            (
                x - plot.get_base_pixel().0,
                yr.end + 4 - plot.get_base_pixel().1,
            ),
        )
        .map_err(plot_err)?;
    }
    // What always saying 50% earns.
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(-0.5, 0.25), (k as f64 - 0.5, 0.25)],
            FAINT.stroke_width(1),
        )))
        .map_err(plot_err)?;
    for (i, s) in values.iter().enumerate() {
        let Some(s) = s else { continue };
        let Some(brier) = s.scores.brier else {
            continue;
        };
        let x = i as f64;
        if let (Some(lo), Some(hi)) = (s.scores.brier_ci_low, s.scores.brier_ci_high) {
            let cap = 0.08;
            let lines = [
                vec![(x, lo), (x, hi.min(top))],
                vec![(x - cap, lo), (x + cap, lo)],
                vec![(x - cap, hi.min(top)), (x + cap, hi.min(top))],
            ];
            chart
                .draw_series(
                    lines
                        .into_iter()
                        .map(|l| PathElement::new(l, FAINT.stroke_width(1))),
                )
                .map_err(plot_err)?;
        }
        chart
            .draw_series(std::iter::once(Circle::new(
                (x, brier.min(top)),
                5,
                ACCENT.filled(),
            )))
            .map_err(plot_err)?;
    }
    Ok(())
}

/// A tick's label on a count axis: the count when the tick is a whole number, else nothing.
fn count_label(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;
    use crate::report::rows::ScoreRow;
    use crate::report::{ReportBuilder, ReportOptions};

    fn report() -> SourceReport {
        let mut b = ReportBuilder::new(
            ReportOptions::default(),
            vec![(1, "Jane <Pundit> & Co".into())],
        );
        for (p, o) in [
            (0.7, true),
            (0.7, false),
            (0.2, false),
            (0.9, true),
            (0.95, true),
            (0.35, true),
        ] {
            let outcome = Some(if o { Outcome::True } else { Outcome::False });
            b.add(ScoreRow {
                source_id: 1,
                probability: p,
                outcome,
                matured: true,
                corrected: false,
                amended: false,
                late: false,
                ..Default::default()
            });
        }
        b.finish("2026-01-01".parse().unwrap()).sources.remove(0)
    }

    /// (cx, cy) of every <circle> in the SVG.
    fn circles(svg: &str) -> Vec<(i32, i32)> {
        let num = |tag: &str, attr: &str| -> i32 {
            let at = tag.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
            tag[at..]
                .split('"')
                .next()
                .unwrap()
                .parse::<f64>()
                .unwrap()
                .round() as i32
        };
        svg.split("<circle")
            .skip(1)
            .map(|t| (num(t, "cx"), num(t, "cy")))
            .collect()
    }

    #[test]
    fn one_point_per_non_empty_bin_at_its_coordinates() {
        let r = report();
        let (svg, drawn) = reliability_svg(&[&r], false).unwrap();
        assert_eq!(r.scores.calibration.len(), 5);
        let found = circles(&svg);
        assert_eq!(found.len(), 5, "{svg}");
        for (bin, p) in r.scores.calibration.iter().zip(&drawn) {
            // The point sits where the data says, mapped linearly onto the plotting area
            // (0% at the left and bottom, 100% at the right and top), to the pixel.
            let want_x = p.left as f64 + (p.right - p.left) as f64 * bin.mean_probability;
            let want_y = p.bottom as f64 - (p.bottom - p.top) as f64 * bin.observed;
            assert!(
                (p.x as f64 - want_x).abs() <= 1.0,
                "{} x {} vs {want_x}",
                bin.bin,
                p.x
            );
            assert!(
                (p.y as f64 - want_y).abs() <= 1.0,
                "{} y {} vs {want_y}",
                bin.bin,
                p.y
            );
            assert!(
                found.contains(&(p.x, p.y)),
                "no circle at {:?} for {}",
                (p.x, p.y),
                bin.bin
            );
        }
        assert!(
            svg.contains("Jane &lt;Pundit&gt; &amp; Co — n=6, Brier"),
            "the title is escaped and carries n and Brier"
        );
        let labels: Vec<&str> = svg
            .split("</text>")
            .filter_map(|t| t.rsplit('>').next())
            .map(str::trim)
            .collect();
        assert!(
            labels.contains(&"100%") && labels.contains(&"0%") && labels.contains(&"60%"),
            "{labels:?}"
        );
    }

    /// (x, y, text) of every <text> element.
    fn texts(svg: &str) -> Vec<(f64, f64, String)> {
        svg.split("<text")
            .skip(1)
            .filter_map(|t| {
                let attr = |a: &str| -> Option<f64> {
                    let at = t.find(&format!(" {a}=\""))? + a.len() + 3;
                    t[at..].split('"').next()?.parse().ok()
                };
                let body = t.split('>').nth(1)?.split('<').next()?.trim().to_string();
                Some((attr("x")?, attr("y")?, body))
            })
            .collect()
    }

    /// A point at 100% (its largest radius is 14 px) stays below the panel's title, and the
    /// last panel's "100%" tick label (about 26 px wide at 11 px) fits inside the picture.
    #[test]
    fn points_at_100_percent_and_the_last_tick_stay_clear() {
        let mut b = ReportBuilder::new(ReportOptions::default(), vec![(1, "Sure".into())]);
        for _ in 0..5 {
            b.add(ScoreRow {
                source_id: 1,
                probability: 1.0,
                outcome: Some(Outcome::True),
                matured: true,
                corrected: false,
                amended: false,
                late: false,
                ..Default::default()
            });
        }
        let r = b.finish("2026-01-01".parse().unwrap()).sources.remove(0);
        let (svg, drawn) = reliability_svg(&[&r], false).unwrap();
        let title = texts(&svg)
            .into_iter()
            .find(|t| t.2.starts_with("Sure"))
            .unwrap();
        let point = &drawn[0];
        assert_eq!(point.y, point.top);
        // The caption's y is its baseline's top edge at most; its 15 px glyphs end 15 px on.
        assert!(
            f64::from(point.y - MAX_RADIUS as i32) >= title.1 + 15.0,
            "point at {} under a title at {}",
            point.y,
            title.1
        );
        let width: f64 = 380.0;
        for (x, _, text) in texts(&svg).into_iter().filter(|t| t.2 == "100%") {
            assert!(x + 13.0 <= width, "`{text}` at x {x} is clipped at {width}");
        }
    }

    /// With one forecast in each bin the sharpness histogram's count axis reads 0 and 1,
    /// never a half-way tick printed as a second `0` (audit 20 A19).
    #[test]
    fn the_count_axis_labels_whole_counts_only() {
        let mut b = ReportBuilder::new(ReportOptions::default(), vec![(1, "One each".into())]);
        for p in [0.1, 0.5, 0.9] {
            b.add(ScoreRow {
                source_id: 1,
                probability: p,
                outcome: Some(Outcome::True),
                matured: true,
                ..Default::default()
            });
        }
        let r = b.finish("2026-01-01".parse().unwrap()).sources.remove(0);
        let (svg, _) = reliability_svg(&[&r], false).unwrap();
        let mut counts: Vec<String> = texts(&svg)
            .into_iter()
            .map(|t| t.2)
            .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .collect();
        counts.sort();
        assert_eq!(counts, ["0", "1"], "{svg}");
        assert_eq!(count_label(0.5), "");
        assert_eq!(count_label(40.0), "40");
    }

    #[test]
    fn small_multiples_lay_out_every_panel() {
        let r = report();
        let (svg, drawn) = reliability_svg(&[&r, &r, &r, &r], false).unwrap();
        assert!(
            svg.starts_with("<svg width=\"1140\" height=\"880\""),
            "{}",
            &svg[..80]
        );
        assert_eq!(circles(&svg).len(), 20);
        assert_eq!(drawn.iter().filter(|p| p.panel == 3).count(), 5);
    }
}
