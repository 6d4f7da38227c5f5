//! How well a source tells what happens from what does not, whatever its calibration:
//! `auc`, the chance that a forecast that came true got a higher probability than one that
//! did not (ties count half), and `discrimination`, the mean probability of the forecasts
//! that came true minus that of the ones that did not. Both are null unless some forecasts
//! came true and some did not.
//!
//! The AUC is the Mann-Whitney count over distinct probabilities sorted once (O(n log n) for
//! n distinct values): each true forecast at p beats every false one below p and ties half of
//! those at p. The count is kept doubled in whole numbers, so it is exact until the one
//! division at the end. The means use exact sums (`Sum`).

use super::points::Point;
use super::Sum;

/// The AUC of points sorted by increasing p; `None` without both outcomes.
pub fn auc(points: &[Point]) -> Option<f64> {
    let mut false_below: u128 = 0;
    // Twice the number of (true, false) pairs won, ties counting one (half of two).
    let mut twice_won: u128 = 0;
    let (mut trues, mut falses) = (0u128, 0u128);
    for pt in points {
        let (t, f) = (u128::from(pt.hits), u128::from(pt.n - pt.hits));
        twice_won += t * (2 * false_below + f);
        false_below += f;
        trues += t;
        falses += f;
    }
    (trues > 0 && falses > 0).then(|| twice_won as f64 / (2 * trues * falses) as f64)
}

/// Mean p of the forecasts that came true minus mean p of those that did not; `None`
/// without both.
pub fn discrimination(points: &[Point]) -> Option<f64> {
    let (mut sum_true, mut sum_false) = (Sum::default(), Sum::default());
    let (mut trues, mut falses) = (0u64, 0u64);
    for pt in points {
        sum_true.add_times(pt.p, pt.hits);
        sum_false.add_times(pt.p, pt.n - pt.hits);
        trues += pt.hits;
        falses += pt.n - pt.hits;
    }
    (trues > 0 && falses > 0)
        .then(|| sum_true.value() / trues as f64 - sum_false.value() / falses as f64)
}

#[cfg(test)]
mod tests {
    use super::super::points::Points;
    use super::*;

    fn points(forecasts: &[(f64, bool)]) -> Vec<Point> {
        let mut pts = Points::default();
        for &(p, hit) in forecasts {
            pts.add(p, hit);
        }
        pts.sorted()
    }

    // By hand: true at 0.9, 0.7, 0.7, 0.4; false at 0.7, 0.3, 0.4. Of the 12 pairs, 0.9 wins
    // 3; each 0.7 wins 2 and ties 1 (2.5 each, 5); 0.4 wins 1 and ties 1 (1.5): 9.5 / 12.
    // Means: 2.7 / 4 = 0.675 and 1.4 / 3; discrimination = 0.675 - 0.4666... = 0.208333...
    #[test]
    fn auc_and_discrimination_by_hand() {
        let pts = points(&[
            (0.9, true),
            (0.7, true),
            (0.7, true),
            (0.4, true),
            (0.7, false),
            (0.3, false),
            (0.4, false),
        ]);
        assert!((auc(&pts).unwrap() - 9.5 / 12.0).abs() < 1e-15);
        assert!((discrimination(&pts).unwrap() - (0.675 - 1.4 / 3.0)).abs() < 1e-12);
    }

    #[test]
    fn null_without_both_outcomes() {
        let pts = points(&[(0.9, true), (0.2, true)]);
        assert_eq!(auc(&pts), None);
        assert_eq!(discrimination(&pts), None);
        assert_eq!(auc(&[]), None);
    }

    // Against a direct count over every (true, false) pair, on pseudo-random records with
    // many ties (probabilities on a 5% grid).
    #[test]
    fn auc_equals_the_pair_count() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |m: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % m
        };
        for _ in 0..200 {
            let k = 2 + next(60);
            let fs: Vec<(f64, bool)> = (0..k)
                .map(|_| (next(21) as f64 / 20.0, next(2) == 0))
                .collect();
            let (t, f): (Vec<&(f64, bool)>, Vec<_>) = fs.iter().partition(|x| x.1);
            let mut won = 0.0;
            for a in &t {
                for b in &f {
                    won += if a.0 > b.0 {
                        1.0
                    } else if a.0 == b.0 {
                        0.5
                    } else {
                        0.0
                    };
                }
            }
            let want = (!t.is_empty() && !f.is_empty()).then(|| won / (t.len() * f.len()) as f64);
            match (auc(&points(&fs)), want) {
                (Some(a), Some(w)) => assert!((a - w).abs() < 1e-12),
                (a, w) => assert_eq!(a, w),
            }
        }
    }
}
