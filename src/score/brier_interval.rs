//! A 95% interval for a Brier score, for charts that compare groups ("is the 366+ day
//! horizon really worse?"): the normal approximation to the mean of the squared errors,
//! mean ± z s / √n with s their sample standard deviation and z = 1.959963984540054 (`Z95`,
//! the exact 97.5% point of the normal distribution, as the Wilson bounds use; "1.96"
//! rounded gives figures about 1e-6 apart), clipped to [0, 1]. Null for
//! fewer than two forecasts. It describes sampling noise only, and like any normal
//! approximation it is rough for a handful of forecasts.

use super::points::Point;
use super::{brier_term, Z95};

/// The interval (low, high) around the Brier score of `points`.
pub fn brier_interval(points: &[Point]) -> Option<(f64, f64)> {
    let n: u64 = points.iter().map(|pt| pt.n).sum();
    if n < 2 {
        return None;
    }
    let terms = |pt: &Point| {
        [
            (brier_term(pt.p, true), pt.hits),
            (brier_term(pt.p, false), pt.n - pt.hits),
        ]
    };
    let nf = n as f64;
    let mean = points
        .iter()
        .flat_map(terms)
        .map(|(b, k)| b * k as f64)
        .sum::<f64>()
        / nf;
    // Two passes: the squared deviations, not sum of squares minus n mean², which loses
    // digits to cancellation over a million forecasts.
    let var = points
        .iter()
        .flat_map(terms)
        .map(|(b, k)| k as f64 * (b - mean).powi(2))
        .sum::<f64>()
        / (nf - 1.0);
    let half = Z95 * (var / nf).sqrt();
    Some(((mean - half).max(0.0), (mean + half).min(1.0)))
}

#[cfg(test)]
mod tests {
    use super::super::points::Points;
    use super::*;

    // Squared errors 0.09, 0.49, 0.04, 0.01: Python's statistics.stdev gives the interval
    // 0.1575 ± z sd / 2 = (-0.0621231256433179, 0.3771231256433179) with z =
    // NormalDist().inv_cdf(0.975) = 1.959963984540054 (1.96 would give 0.3771271613439467,
    // audit 22 C7); the low end clips.
    #[test]
    fn interval_against_python_statistics() {
        let mut pts = Points::default();
        for (p, hit) in [(0.7, true), (0.7, false), (0.2, false), (0.9, true)] {
            pts.add(p, hit);
        }
        let (lo, hi) = brier_interval(&pts.sorted()).unwrap();
        assert_eq!(lo, 0.0);
        assert!((hi - 0.3771231256433179).abs() < 1e-12, "{hi}");
        let mut one = Points::default();
        one.add(0.5, true);
        assert_eq!(brier_interval(&one.sorted()), None);
    }
}
