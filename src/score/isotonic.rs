//! CORP reliability (Dimitriadis, Gneiting & Jordan, PNAS 2021): the pool-adjacent-violators
//! (PAV) fit of outcomes on stated probabilities, and the exact decomposition of the Brier
//! score it gives. No bins are chosen by hand: the fit's blocks are the bins.
//!
//! Decisions:
//! - Forecasts with the same probability are pooled before fitting (they must get the same
//!   fitted value), as scikit-learn's `IsotonicRegression` does with tied inputs.
//! - Adjacent blocks are pooled when the earlier one's rate is greater than **or equal to**
//!   the later one's. Pooling equal rates changes no fitted value, and it gives one bin per
//!   step of the fitted step function instead of several bins at one height.
//! - Rates are compared by cross-multiplying whole counts (hits_a * n_b vs hits_b * n_a), so
//!   which blocks pool never depends on rounding.
//! - With the fit f, `mcb` = Brier(p) - Brier(f), `dsc` = Brier(base rate) - Brier(f) and
//!   `unc` = Brier(base rate) = base rate (1 - base rate); brier = mcb - dsc + unc exactly up
//!   to the last bits of the subtraction. Brier(f) sums n f (1 - f) over the blocks, the
//!   Brier score of a block whose rate is f.

use super::bins::range_label;
use super::points::Point;
use super::{brier_term, wilson, Bin, Sum};
use crate::model::format_percent;

/// One block of the fit: consecutive distinct probabilities pooled to one fitted rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Block {
    /// Smallest and largest probability in the block.
    pub lower: f64,
    pub upper: f64,
    pub n: u64,
    pub hits: u64,
    /// Sum of the block's probabilities (for their mean).
    pub sum_p: f64,
}

impl Block {
    /// The fitted value: the share of the block that came true.
    pub fn fitted(&self) -> f64 {
        self.hits as f64 / self.n as f64
    }
}

/// The pool-adjacent-violators fit of points sorted by increasing p (as `Points::sorted`
/// gives them): non-decreasing fitted values, fewest blocks.
pub fn pav(points: &[Point]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::with_capacity(points.len());
    for pt in points.iter().filter(|pt| pt.n > 0) {
        let mut cur = Block {
            lower: pt.p,
            upper: pt.p,
            n: pt.n,
            hits: pt.hits,
            sum_p: pt.p * pt.n as f64,
        };
        while let Some(prev) = blocks.last() {
            // prev rate >= cur rate, exactly.
            if u128::from(prev.hits) * u128::from(cur.n)
                >= u128::from(cur.hits) * u128::from(prev.n)
            {
                cur = Block {
                    lower: prev.lower,
                    upper: cur.upper,
                    n: prev.n + cur.n,
                    hits: prev.hits + cur.hits,
                    sum_p: prev.sum_p + cur.sum_p,
                };
                blocks.pop();
            } else {
                break;
            }
        }
        blocks.push(cur);
    }
    blocks
}

/// The fit and the exact decomposition of the Brier score.
#[derive(Debug, Clone, PartialEq)]
pub struct Corp {
    pub blocks: Vec<Block>,
    /// Miscalibration: Brier(p) - Brier(fit).
    pub mcb: f64,
    /// Discrimination: Brier(base rate) - Brier(fit).
    pub dsc: f64,
    /// Uncertainty: Brier(base rate).
    pub unc: f64,
}

/// The CORP fit of `points` (sorted by p); `None` when there are none.
pub fn corp(points: &[Point]) -> Option<Corp> {
    let n: u64 = points.iter().map(|pt| pt.n).sum();
    if n == 0 {
        return None;
    }
    let hits: u64 = points.iter().map(|pt| pt.hits).sum();
    let mut brier = Sum::default();
    for pt in points {
        brier.add_times(brier_term(pt.p, true), pt.hits);
        brier.add_times(brier_term(pt.p, false), pt.n - pt.hits);
    }
    let blocks = pav(points);
    let nf = n as f64;
    let fit: f64 = blocks
        .iter()
        .map(|b| b.n as f64 * b.fitted() * (1.0 - b.fitted()))
        .sum::<f64>()
        / nf;
    let base = hits as f64 / nf;
    let unc = base * (1.0 - base);
    Some(Corp {
        blocks,
        mcb: brier.value() / nf - fit,
        dsc: unc - fit,
        unc,
    })
}

/// The fit's blocks as calibration bins: lower/upper the smallest and largest probability in
/// the block, `observed` the fitted value, and a 95% Wilson interval for it.
pub fn bins(blocks: &[Block]) -> Vec<Bin> {
    blocks
        .iter()
        .map(|b| {
            let (ci_low, ci_high) = wilson(b.hits, b.n);
            Bin {
                bin: if b.lower == b.upper {
                    format_percent(b.lower)
                } else {
                    range_label(b.lower, b.upper)
                },
                lower: b.lower,
                upper: b.upper,
                n: b.n,
                hits: b.hits,
                mean_probability: b.sum_p / b.n as f64,
                observed: b.fitted(),
                ci_low,
                ci_high,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(p: f64, n: u64, hits: u64) -> Point {
        Point { p, n, hits }
    }

    // Worked by hand. Rates by p: 0.1 -> 1/2, 0.3 -> 0/1, 0.5 -> 1/2, 0.8 -> 1/1, 0.9 -> 1/2.
    // 0.3 violates 0.1: pooled to 1/3. 0.5 (1/2) and 0.8 (1) are fine; 0.9 (1/2) violates
    // 0.8: pooled to 2/3, above 1/2. Blocks: [0.1, 0.3] 1 of 3, [0.5] 1 of 2, [0.8, 0.9] 2 of 3.
    // N = 8, 4 hits: unc = 0.25. Brier(p) = (0.81 + 0.01 + 0.09 + 0.25 + 0.25 + 0.04 + 0.01
    // + 0.81) / 8 = 2.27 / 8 = 0.28375. Brier(fit) = (3 (1/3)(2/3) + 2 (1/4) + 3 (2/3)(1/3))
    // / 8 = (11/6) / 8 = 11/48. mcb = 0.28375 - 11/48 = 2.62/48; dsc = 12/48 - 11/48 = 1/48.
    #[test]
    fn pav_and_corp_by_hand() {
        let pts = [
            pt(0.1, 2, 1),
            pt(0.3, 1, 0),
            pt(0.5, 2, 1),
            pt(0.8, 1, 1),
            pt(0.9, 2, 1),
        ];
        let c = corp(&pts).unwrap();
        let got: Vec<_> = c
            .blocks
            .iter()
            .map(|b| (b.lower, b.upper, b.n, b.hits))
            .collect();
        assert_eq!(
            got,
            vec![(0.1, 0.3, 3, 1), (0.5, 0.5, 2, 1), (0.8, 0.9, 3, 2)]
        );
        let fitted: Vec<f64> = c.blocks.iter().map(Block::fitted).collect();
        assert_eq!(fitted, vec![1.0 / 3.0, 0.5, 2.0 / 3.0]);
        assert!((c.mcb - 2.62 / 48.0).abs() < 1e-12, "{}", c.mcb);
        assert!((c.dsc - 1.0 / 48.0).abs() < 1e-12, "{}", c.dsc);
        assert_eq!(c.unc, 0.25);
        assert!((c.mcb - c.dsc + c.unc - 0.28375).abs() < 1e-12);

        let b = bins(&c.blocks);
        assert_eq!(b[0].bin, "10-30%");
        assert_eq!(b[1].bin, "50%");
        assert!((b[0].mean_probability - (0.1 * 2.0 + 0.3) / 3.0).abs() < 1e-12);
        assert_eq!(b[2].observed, 2.0 / 3.0);
    }

    #[test]
    fn equal_rates_side_by_side_are_one_block() {
        let c = corp(&[pt(0.2, 2, 1), pt(0.4, 4, 2), pt(0.6, 1, 1)]).unwrap();
        let got: Vec<_> = c.blocks.iter().map(|b| (b.lower, b.upper, b.n)).collect();
        assert_eq!(got, vec![(0.2, 0.4, 6), (0.6, 0.6, 1)]);
    }

    #[test]
    fn a_calibrated_monotone_record_has_no_miscalibration() {
        // Rates equal to the stated probabilities: the fit is p itself, so mcb = 0.
        let c = corp(&[pt(0.25, 4, 1), pt(0.5, 2, 1), pt(0.75, 4, 3)]).unwrap();
        assert_eq!(c.blocks.len(), 3);
        assert!(c.mcb.abs() < 1e-15, "{}", c.mcb);
        assert!(corp(&[]).is_none());
    }

    // On pseudo-random records: the fit is non-decreasing, keeps every hit, mcb and dsc are
    // not negative (the fit is the best monotone one, and both p and the base rate are
    // monotone), and brier = mcb - dsc + unc within 1e-12.
    #[test]
    fn the_decomposition_is_exact_on_many_records() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |m: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % m
        };
        for _ in 0..300 {
            let k = 1 + next(40);
            let mut pts: Vec<Point> = Vec::new();
            for step in 0..k {
                let p = (step * 100 / k) as f64 / 100.0 + next(3) as f64 / 1000.0;
                let n = 1 + next(6);
                let hits = next(n + 1);
                pts.push(pt(p, n, hits));
            }
            pts.sort_by(|a, b| a.p.total_cmp(&b.p));
            pts.dedup_by(|a, b| a.p == b.p);
            let brier_all: f64 = pts
                .iter()
                .map(|q| q.hits as f64 * (1.0 - q.p).powi(2) + (q.n - q.hits) as f64 * q.p * q.p)
                .sum::<f64>()
                / pts.iter().map(|q| q.n).sum::<u64>() as f64;
            let c = corp(&pts).unwrap();
            assert!(c.blocks.windows(2).all(|w| w[0].fitted() < w[1].fitted()));
            assert_eq!(
                c.blocks.iter().map(|b| b.hits).sum::<u64>(),
                pts.iter().map(|q| q.hits).sum::<u64>()
            );
            assert!(c.mcb > -1e-15 && c.dsc > -1e-15, "{c:?}");
            assert!((c.mcb - c.dsc + c.unc - brier_all).abs() < 1e-12);
        }
    }
}
