//! Pure scoring: Brier, log loss, base rate, Brier skill, calibration bins with Wilson
//! intervals, the Murphy decomposition, the CORP decomposition (`isotonic`), AUC and
//! discrimination (`discrimination`), and horizons (`horizon`). No database, no I/O: a
//! `Tally` takes (probability, outcome) pairs one at a time, in any order, and
//! `Tally::scores` turns the running sums into the figures. Log loss clamps p to
//! [0.001, 0.999] so one confident miss costs at most -ln(0.001) ≈ 6.9 instead of infinity.
//!
//! Besides its sums, a tally counts forecasts by distinct probability (`Points`): the PAV
//! fit, CORP, AUC, discrimination and the Brier interval need that and nothing more. Cells
//! added whole (`add_cell`, the kept sums) carry no probabilities; a tally fed by them
//! reports those figures as null unless the same forecasts' counts by probability are
//! added too (`add_points`).

mod bins;
pub mod bootstrap;
pub mod brier_interval;
pub mod discrimination;
pub mod horizon;
pub mod isotonic;
pub mod market;
mod points;
mod sum;

pub use bins::{BinKey, BinSpec};
pub use points::{Point, Points};
pub use sum::Sum;

use serde::Serialize;
use std::collections::BTreeMap;

/// `(p, hit)` as scored: with `fold`, a p below 50% becomes 1 - p on the opposite claim.
fn folded(p: f64, hit: bool, fold: bool) -> (f64, bool) {
    if fold && p < 0.5 {
        (complement(p), !hit)
    } else {
        (p, hit)
    }
}

/// 1 - p taken on the decimal value, as the bins judge a probability: a folded 33% is the
/// same probability as a stated 67%. In binary, `1.0 - 0.33` is 0.6699999999999999, below
/// 0.67, so AUC counted the pair as a win or a loss instead of a tie (half), and the CORP
/// fit, which pools equal probabilities first, split one probability into two blocks (an
/// adversary's recount, ad1 F1). p is written in its shortest decimal form (Rust's
/// `Display` never uses an exponent), its digits after the point complemented exactly, and
/// the result read back; a p with more than 38 decimals (below about 1e-22) keeps the
/// binary 1 - p, which is then 1 either way. A p whose shortest decimal runs to 16 digits or
/// more is most often a fraction (odds: `2:1 against` is 1/3, stored as 1.0 / 3.0): when it
/// is exactly the double nearest n/d for a d up to a million, its complement is the double
/// nearest (d - n)/d, so a folded `2:1 against` ties with a stated `2:1 for` (2/3), where the
/// decimal digits of 0.3333333333333333 complement to 0.6666666666666667.
pub(crate) fn complement(p: f64) -> f64 {
    let binary = 1.0 - p;
    let text = format!("{p}");
    if text.len() >= 18 {
        if let Some((n, d)) = as_fraction(p) {
            return (d - n) as f64 / d as f64;
        }
    }
    let Some(frac) = text.strip_prefix("0.") else {
        return binary;
    };
    if frac.is_empty() || frac.len() > 38 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return binary;
    }
    let (Ok(digits), Ok(width)) = (frac.parse::<u128>(), u32::try_from(frac.len())) else {
        return binary;
    };
    let rest = 10u128.pow(width) - digits;
    format!("0.{rest:0w$}", w = frac.len())
        .parse()
        .unwrap_or(binary)
}

/// `p` as n/d when the double nearest n/d is `p` exactly, for the first convergent of p's
/// continued fraction that is, with d at most a million (a fraction in lowest terms is a
/// convergent of every number close enough to it).
fn as_fraction(p: f64) -> Option<(u64, u64)> {
    let (mut h0, mut h1, mut k0, mut k1) = (0u64, 1u64, 1u64, 0u64);
    let mut x = p;
    for _ in 0..40 {
        let whole = x.floor();
        if !(0.0..=1e6).contains(&whole) {
            return None;
        }
        let a = whole as u64;
        let (h, k) = (a * h1 + h0, a * k1 + k0);
        if k > 1_000_000 {
            return None;
        }
        if h as f64 / k as f64 == p {
            return Some((h, k));
        }
        let frac = x - whole;
        if frac <= 0.0 {
            return None;
        }
        x = 1.0 / frac;
        (h0, h1, k0, k1) = (h1, h, k1, k);
    }
    None
}

/// The lower clamp of log loss (the upper is 1 minus it).
pub const LOG_LOSS_CLAMP: f64 = 0.001;

/// z for a two-sided 95% interval: the 97.5% point of the standard normal distribution
/// (Python's `NormalDist().inv_cdf(0.975)`), not 1.96 rounded; the README names it.
pub(crate) const Z95: f64 = 1.959_963_984_540_054;

/// Squared error of one forecast.
pub fn brier_term(p: f64, hit: bool) -> f64 {
    let o = if hit { 1.0 } else { 0.0 };
    (p - o) * (p - o)
}

/// Log loss of one forecast: -ln(q), q the clamped probability given to what happened.
pub fn log_loss_term(p: f64, hit: bool) -> f64 {
    let p = p.clamp(LOG_LOSS_CLAMP, 1.0 - LOG_LOSS_CLAMP);
    let q = if hit { p } else { 1.0 - p };
    -q.ln()
}

/// The 95% Wilson score interval for `hits` of `n`.
pub fn wilson(hits: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let n = n as f64;
    let phat = hits as f64 / n;
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n;
    let centre = (phat + z2 / (2.0 * n)) / denom;
    let half = Z95 / denom * (phat * (1.0 - phat) / n + z2 / (4.0 * n * n)).sqrt();
    (unit_bound(centre - half), unit_bound(centre + half))
}

/// How near 0 or 1 a bound is taken as that bound: far below anything the reports print
/// (12 significant digits of a probability), far above the rounding of a few operations.
pub const SNAP: f64 = 1e-12;

/// A bound of a probability's interval as printed: clamped into [0, 1], and a value within
/// `SNAP` of 0 or 1 made exactly that. With no hits the Wilson lower bound is exactly 0,
/// but `centre - half` computes it as 0 or as 1.4e-17 depending on n (audit 16, A12); every
/// binning calls this, so they print the same 0 for the same record.
pub fn unit_bound(x: f64) -> f64 {
    let x = x.clamp(0.0, 1.0);
    if x < SNAP {
        0.0
    } else if x > 1.0 - SNAP {
        1.0
    } else {
        x
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct BinTally {
    n: u64,
    hits: u64,
    sum_p: Sum,
}

impl BinTally {
    fn merge(&mut self, other: &BinTally) {
        self.n += other.n;
        self.hits += other.hits;
        self.sum_p.merge(&other.sum_p);
    }
}

/// What one forecast, or a group of forecasts in one bin, adds to a tally: a count, the
/// hits, and exact sums of p, squared error and log loss. Counts may be negative in a
/// change being applied (a forecast taken out of a bin).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cell {
    pub n: i64,
    pub hits: i64,
    pub sum_p: Sum,
    pub sum_brier: Sum,
    pub sum_log: Sum,
}

impl Cell {
    /// One forecast of probability `p` (after any folding) that came true if `hit`.
    pub fn of(p: f64, hit: bool) -> Cell {
        let mut c = Cell {
            n: 1,
            hits: i64::from(hit),
            ..Default::default()
        };
        c.sum_p.add(p);
        c.sum_brier.add(brier_term(p, hit));
        c.sum_log.add(log_loss_term(p, hit));
        c
    }

    pub fn merge(&mut self, other: &Cell) {
        self.n += other.n;
        self.hits += other.hits;
        self.sum_p.merge(&other.sum_p);
        self.sum_brier.merge(&other.sum_brier);
        self.sum_log.merge(&other.sum_log);
    }

    pub fn unmerge(&mut self, other: &Cell) {
        self.n -= other.n;
        self.hits -= other.hits;
        self.sum_p.unmerge(&other.sum_p);
        self.sum_brier.unmerge(&other.sum_brier);
        self.sum_log.unmerge(&other.sum_log);
    }

    /// Whether adding this changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == Cell::default()
    }
}

/// Running sums over scored forecasts.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    n: u64,
    hits: u64,
    sum_brier: Sum,
    sum_log: Sum,
    /// Bins with small keys (nearest, uniform, edges) live in a vector indexed by key; the
    /// wide keys of `exact` bins in a map. Empty slots have n = 0.
    dense: Vec<BinTally>,
    sparse: BTreeMap<BinKey, BinTally>,
    points: Points,
    /// Forecasts added as whole cells, which `points` does not know.
    unpointed: i64,
}

/// Keys below this go in the dense vector.
const DENSE_KEYS: BinKey = 4096;

/// One calibration bin.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bin {
    pub bin: String,
    pub lower: f64,
    pub upper: f64,
    pub n: u64,
    pub hits: u64,
    pub mean_probability: f64,
    pub observed: f64,
    pub ci_low: f64,
    pub ci_high: f64,
}

impl Bin {
    /// The bin with every figure rounded as scores are (`printed`).
    fn printed(self) -> Bin {
        Bin {
            lower: printed(self.lower),
            upper: printed(self.upper),
            mean_probability: printed(self.mean_probability),
            observed: printed(self.observed),
            ci_low: printed(self.ci_low),
            ci_high: printed(self.ci_high),
            ..self
        }
    }
}

/// Figures nearer 0 than this are printed as 0 (`printed`): the binary noise of a sum that
/// is 0 exactly, far below any difference a score can mean.
pub const ZERO_BELOW: f64 = 1e-12;

/// Significant digits every score is given to (and so printed with, in JSON and CSV).
pub const SIGNIFICANT_DIGITS: usize = 12;

/// `x` rounded once, decimally, to [`SIGNIFICANT_DIGITS`]. A mean computed from the exact sums
/// still carries the binary noise of its terms (`(0.2 - 0)^2` is 0.04000000000000001 in
/// f64), which printed as `0.38062500000000005` where the mean is 0.380625. Twelve digits are
/// far below any difference a score can mean (and inside the 1e-12 the real-records check
/// allows against niplav's 17-digit Brier), and far above the noise (about 1e-16 relative,
/// more after `1 - x` in the skill).
///
/// Computed arithmetically where that is provably the same (a report at a million forecasts
/// rounds some 75,000 figures, and formatting them was a quarter of its CPU): `|x|` scaled
/// by an exact power of ten into [1e11, 1e12) is off its exact value by at most half a unit
/// in its last place (about 6e-5), so unless it lies within 1e-3 of a half it rounds to the
/// same integer `r` as the exact value does, and `r / 10^k` of two exact operands is the
/// double nearest the 12-digit decimal, as parsing it gives. Magnitudes outside 1e-11 to
/// 1e12 (no exact power to scale by) and near-halves take the exact way (`printed_exact`);
/// a test compares both ways on some 2.8 million values.
///
/// A figure within [`ZERO_BELOW`] of 0 prints as 0, never as -0: a bound that is 0 in exact
/// arithmetic (two sources with identical forecasts) comes out as -1.11e-14 from sums of
/// logarithms, which no score can mean.
pub fn printed(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    if x.abs() < ZERO_BELOW {
        return 0.0;
    }
    printed_by_scaling(x.abs())
        .map(|r| r.copysign(x))
        .unwrap_or_else(|| printed_exact(x))
}

/// `printed` of `a` > 0 by scaling, or `None` where that is not certain to agree.
fn printed_by_scaling(a: f64) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    // The decade of `a`, checked below against the scaled value (log10 may be one off).
    let mut e = a.log10().floor() as i32;
    for _ in 0..3 {
        let k = usize::try_from(SIGNIFICANT_DIGITS as i32 - 1 - e).ok()?;
        let scale = *POW10.get(k)?;
        let y = a * scale;
        if y < 1e11 {
            e -= 1;
        } else if y >= 1e12 {
            e += 1;
        } else {
            if (y - y.floor() - 0.5).abs() < 1e-3 {
                return None;
            }
            return Some(y.round() / scale);
        }
    }
    None
}

/// `printed` by formatting `x` exactly to 12 significant digits and reading it back.
fn printed_exact(x: f64) -> f64 {
    format!("{x:.*e}", SIGNIFICANT_DIGITS - 1)
        .parse()
        .unwrap_or(x)
}

/// The scores of a set of forecasts; `None` (JSON null) over zero forecasts.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Scores {
    pub brier: Option<f64>,
    /// A 95% interval for the Brier score (`brier_interval`).
    pub brier_ci_low: Option<f64>,
    pub brier_ci_high: Option<f64>,
    pub log_loss: Option<f64>,
    pub base_rate: Option<f64>,
    pub brier_skill: Option<f64>,
    /// Chance that a forecast that came true got a higher p than one that did not.
    pub auc: Option<f64>,
    /// Mean p of the forecasts that came true minus mean p of those that did not.
    pub discrimination: Option<f64>,
    pub reliability: Option<f64>,
    pub resolution: Option<f64>,
    pub uncertainty: Option<f64>,
    /// CORP: miscalibration, discrimination and uncertainty of the PAV fit; brier = mcb -
    /// dsc + unc.
    pub mcb: Option<f64>,
    pub dsc: Option<f64>,
    pub unc: Option<f64>,
    pub calibration: Vec<Bin>,
}

impl Tally {
    /// Adds one resolved forecast. With `fold`, a p below 50% is scored as 1 - p on the
    /// opposite claim.
    pub fn add(&mut self, p: f64, hit: bool, spec: &BinSpec, fold: bool) {
        let (p, hit) = folded(p, hit, fold);
        self.add_sums(spec.key(p), &Cell::of(p, hit));
        self.points.add(p, hit);
    }

    /// Takes back a forecast added before with the same arguments.
    pub fn remove(&mut self, p: f64, hit: bool, spec: &BinSpec, fold: bool) {
        let (p, hit) = folded(p, hit, fold);
        let mut minus = Cell::default();
        minus.unmerge(&Cell::of(p, hit));
        self.add_sums(spec.key(p), &minus);
        self.points.remove(p, hit);
    }

    /// Adds a group of forecasts that all fall in bin `key` (or takes them back, when the
    /// cell's counts are negative). Their probabilities are not known one by one, so the
    /// figures that need them (AUC, discrimination, CORP) become null.
    pub fn add_cell(&mut self, key: BinKey, cell: &Cell) {
        self.unpointed += cell.n;
        self.add_sums(key, cell);
    }

    /// Adds the counts by probability of forecasts added before as whole cells: `n` of
    /// probability `p`, `hits` of which came true. Once every forecast of the cells is
    /// counted so, the figures that need probabilities are computed as from single adds.
    pub fn add_points(&mut self, p: f64, n: u64, hits: u64) {
        self.points.add_n(p, n, hits);
        self.unpointed -= n as i64;
    }

    fn add_sums(&mut self, key: BinKey, cell: &Cell) {
        self.n = self.n.wrapping_add_signed(cell.n);
        self.hits = self.hits.wrapping_add_signed(cell.hits);
        self.sum_brier.merge(&cell.sum_brier);
        self.sum_log.merge(&cell.sum_log);
        let bin = if (0..DENSE_KEYS).contains(&key) {
            let i = key as usize;
            if i >= self.dense.len() {
                self.dense.resize(i + 1, BinTally::default());
            }
            &mut self.dense[i]
        } else {
            self.sparse.entry(key).or_default()
        };
        bin.n = bin.n.wrapping_add_signed(cell.n);
        bin.hits = bin.hits.wrapping_add_signed(cell.hits);
        bin.sum_p.merge(&cell.sum_p);
    }

    /// Adds the forecasts another tally has seen (with the same bin spec).
    pub fn merge(&mut self, other: &Tally) {
        self.n += other.n;
        self.hits += other.hits;
        self.sum_brier.merge(&other.sum_brier);
        self.sum_log.merge(&other.sum_log);
        if self.dense.len() < other.dense.len() {
            self.dense.resize(other.dense.len(), BinTally::default());
        }
        for (mine, theirs) in self.dense.iter_mut().zip(&other.dense) {
            mine.merge(theirs);
        }
        for (k, theirs) in &other.sparse {
            self.sparse.entry(*k).or_default().merge(theirs);
        }
        self.points.merge(&other.points);
        self.unpointed += other.unpointed;
    }

    /// How many forecasts were added.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// The scores, with calibration bins described by `spec` (the spec used to add).
    pub fn scores(&self, spec: &BinSpec) -> Scores {
        if self.n == 0 {
            return Scores::default();
        }
        let n = self.n as f64;
        let base = self.hits as f64 / n;
        let uncertainty = base * (1.0 - base);
        let brier = self.sum_brier.value() / n;
        let points = (self.unpointed == 0).then(|| self.points.sorted());
        let corp = points.as_deref().and_then(isotonic::corp);
        let brier_ci = points.as_deref().and_then(brier_interval::brier_interval);
        let calibration = match (spec, &corp) {
            (BinSpec::Isotonic, Some(c)) => isotonic::bins(&c.blocks),
            _ => self.fixed_bins(spec),
        };
        let (mut reliability, mut resolution) = (0.0, 0.0);
        for b in &calibration {
            let bn = b.n as f64;
            reliability += bn * (b.mean_probability - b.observed).powi(2);
            resolution += bn * (b.observed - base).powi(2);
        }
        // Every value is computed from the unrounded sums and rounded once, here.
        Scores {
            brier: Some(printed(brier)),
            brier_ci_low: brier_ci.map(|c| printed(c.0)),
            brier_ci_high: brier_ci.map(|c| printed(c.1)),
            log_loss: Some(printed(self.sum_log.value() / n)),
            base_rate: Some(printed(base)),
            brier_skill: (uncertainty > 0.0).then(|| printed(1.0 - brier / uncertainty)),
            auc: points.as_deref().and_then(discrimination::auc).map(printed),
            discrimination: points
                .as_deref()
                .and_then(discrimination::discrimination)
                .map(printed),
            reliability: Some(printed(reliability / n)),
            resolution: Some(printed(resolution / n)),
            uncertainty: Some(printed(uncertainty)),
            mcb: corp.as_ref().map(|c| printed(c.mcb)),
            dsc: corp.as_ref().map(|c| printed(c.dsc)),
            unc: corp.as_ref().map(|c| printed(c.unc)),
            calibration: calibration.into_iter().map(Bin::printed).collect(),
        }
    }

    /// The non-empty bins of a fixed spec, by key.
    fn fixed_bins(&self, spec: &BinSpec) -> Vec<Bin> {
        let dense = self
            .dense
            .iter()
            .enumerate()
            .filter(|(_, b)| b.n > 0)
            .map(|(k, b)| (k as BinKey, b));
        dense
            .chain(self.sparse.iter().map(|(k, b)| (*k, b)))
            .filter(|(_, b)| b.n > 0)
            .map(|(key, b)| {
                let (label, lower, upper) = spec.bounds(key);
                let (ci_low, ci_high) = wilson(b.hits, b.n);
                Bin {
                    bin: label,
                    lower,
                    upper,
                    n: b.n,
                    hits: b.hits,
                    mean_probability: b.sum_p.value() / b.n as f64,
                    observed: b.hits as f64 / b.n as f64,
                    ci_low,
                    ci_high,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {

    /// The rounding by scaling against the exact formatting, value for value:
    /// random doubles of every magnitude, means of small counts (what scores are), and the
    /// doubles next to 13-digit decimals ending in 5 (the rounding boundaries).
    #[test]
    fn printed_by_scaling_equals_the_exact_rounding() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        // Figures within `ZERO_BELOW` of 0 print as 0 whichever way (tested on their own).
        let check = |x: f64| {
            let want = if x.abs() < ZERO_BELOW {
                0.0
            } else {
                printed_exact(x)
            };
            assert_eq!(
                printed(x).to_bits(),
                want.to_bits(),
                "{x:e} ({:#x})",
                x.to_bits()
            );
        };
        for _ in 0..300_000 {
            let x = f64::from_bits(next());
            if x.is_finite() {
                check(x);
            }
            // Doubles in the ranges scores take.
            let unit = (next() >> 11) as f64 / (1u64 << 53) as f64;
            check(unit);
            check(unit * 10.0 - 5.0);
            check(unit / 1000.0);
        }
        for n in 1..=1_500u32 {
            for k in 0..=n.min(200) {
                let (k, n) = (f64::from(k), f64::from(n));
                check(k / n);
                check((k / n) * (k / n));
                check(1.0 - k / n);
                check(-(k / n).ln_1p());
            }
        }
        for _ in 0..100_000 {
            // A 13-digit decimal ending in 5 and the doubles around it.
            let digits = 1_000_000_000_000u64 + next() % 9_000_000_000_000;
            let digits = digits - digits % 10 + 5;
            let exp = (next() % 40) as i32 - 30;
            let x: f64 = format!("{digits}e{exp}").parse().unwrap();
            for y in [x, x.next_up(), x.next_down(), -x] {
                check(y);
            }
        }
    }
    use super::*;

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    fn tally(points: &[(f64, bool)], spec: &BinSpec, fold: bool) -> Scores {
        let mut t = Tally::default();
        for &(p, o) in points {
            t.add(p, o, spec, fold);
        }
        t.scores(spec)
    }

    // By hand: 0.2 said of two events that happened and one that did not, 0.45 of one that
    // did not: (0.04 + 0.64 + 0.64 + 0.2025) / 4 = 0.380625; base rate 0.5, so skill is
    // 1 - 0.380625 / 0.25 = -0.5225. Unrounded, f64 gave 0.38062500000000005.
    #[test]
    fn scores_are_printed_without_binary_noise() {
        let s = tally(
            &[(0.2, false), (0.2, true), (0.2, true), (0.45, false)],
            &BinSpec::default(),
            false,
        );
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["brier"].to_string(), "0.380625");
        assert_eq!(json["brier_skill"].to_string(), "-0.5225");
        assert_eq!(
            json["calibration"][0]["mean_probability"].to_string(),
            "0.2"
        );
        assert_eq!(printed(0.1781250000000001), 0.178125);
        assert_eq!(printed(0.29000000000000004), 0.29);
        // niplav's published Brier stays within 1e-12 (what scripts/check_published.py allows).
        assert!((printed(0.16073690328405374) - 0.16073690328405374).abs() < 1e-12);
        assert_eq!(printed(1.0 / 3.0), 0.333333333333);
        assert_eq!(printed(0.0), 0.0);
    }

    #[test]
    fn figures_within_1e_12_of_zero_print_as_zero_never_negative_zero() {
        for x in [-1.11e-14, 1.11e-14, -0.0, -9.99e-13] {
            let p = printed(x);
            assert_eq!((p, p.is_sign_negative()), (0.0, false), "{x}");
            assert_eq!(serde_json::to_string(&p).unwrap(), "0.0");
        }
        assert_eq!(printed(-1e-12), -1e-12);
        assert_eq!(printed(2e-12), 2e-12);
    }

    // Worked by hand: (0.7-1)^2 = 0.09, (0.7-0)^2 = 0.49, (0.2-0)^2 = 0.04, (0.9-1)^2 = 0.01;
    // mean = 0.63 / 4 = 0.1575. Log loss: -(ln 0.7 + ln 0.3 + ln 0.8 + ln 0.9) / 4, with
    // ln values from Python's math.log: -0.35667494393873245, -1.2039728043259361,
    // -0.2231435513142097, -0.10536051565782628 -> 0.47228795380917615.
    #[test]
    fn brier_and_log_loss_by_hand() {
        let s = tally(
            &[(0.7, true), (0.7, false), (0.2, false), (0.9, true)],
            &BinSpec::default(),
            false,
        );
        close(s.brier.unwrap(), 0.1575);
        close(s.log_loss.unwrap(), 0.47228795380917615);
        close(s.base_rate.unwrap(), 0.5);
        close(s.uncertainty.unwrap(), 0.25);
        close(s.brier_skill.unwrap(), 1.0 - 0.1575 / 0.25);
    }

    // Bins (nearest:10): 70% has n=2, hits=1, mean 0.7; 20%: n=1, hits 0; 90%: n=1, hits 1.
    // Reliability = (2*(0.7-0.5)^2 + 1*(0.2-0)^2 + 1*(0.9-1)^2) / 4 = (0.08+0.04+0.01)/4 = 0.0325.
    // Resolution = (2*(0.5-0.5)^2 + (0-0.5)^2 + (1-0.5)^2) / 4 = 0.125.
    // Brier = reliability - resolution + uncertainty holds exactly when every bin holds one
    // value: 0.0325 - 0.125 + 0.25 = 0.1575.
    #[test]
    fn murphy_terms_by_hand() {
        let s = tally(
            &[(0.7, true), (0.7, false), (0.2, false), (0.9, true)],
            &BinSpec::default(),
            false,
        );
        close(s.reliability.unwrap(), 0.0325);
        close(s.resolution.unwrap(), 0.125);
        close(
            s.reliability.unwrap() - s.resolution.unwrap() + s.uncertainty.unwrap(),
            s.brier.unwrap(),
        );
        let labels: Vec<_> = s
            .calibration
            .iter()
            .map(|b| (b.bin.as_str(), b.n, b.hits))
            .collect();
        assert_eq!(labels, vec![("20%", 1, 0), ("70%", 2, 1), ("90%", 1, 1)]);
    }

    #[test]
    fn merged_tallies_equal_one_tally_over_everything() {
        let spec = BinSpec::default();
        let pts: Vec<(f64, bool)> = (0..1000)
            .map(|i| ((i % 101) as f64 / 100.0, i % 3 == 0))
            .collect();
        let mut whole = Tally::default();
        let (mut a, mut b) = (Tally::default(), Tally::default());
        for (i, &(p, o)) in pts.iter().enumerate() {
            whole.add(p, o, &spec, false);
            if i < 377 {
                a.add(p, o, &spec, false)
            } else {
                b.add(p, o, &spec, false)
            }
        }
        a.merge(&b);
        // Exact sums: the merged scores are the same to the last bit.
        assert_eq!(whole.scores(&spec), a.scores(&spec));
    }

    #[test]
    fn removing_forecasts_leaves_the_tally_of_the_rest() {
        let spec = BinSpec::default();
        let pts: Vec<(f64, bool)> = (0..500)
            .map(|i| ((i * 37 % 101) as f64 / 100.0, i % 4 == 0))
            .collect();
        let (mut all, mut kept) = (Tally::default(), Tally::default());
        for (i, &(p, o)) in pts.iter().enumerate() {
            all.add(p, o, &spec, true);
            if i % 3 != 0 {
                kept.add(p, o, &spec, true);
            }
        }
        for (i, &(p, o)) in pts.iter().enumerate() {
            if i % 3 == 0 {
                all.remove(p, o, &spec, true);
            }
        }
        assert_eq!(all.n(), kept.n());
        assert_eq!(all.scores(&spec), kept.scores(&spec));
    }

    #[test]
    fn log_loss_is_clamped() {
        close(log_loss_term(1.0, false), -(0.001f64).ln());
        close(log_loss_term(0.0, false), -(0.999f64).ln());
        close(log_loss_term(0.9995, true), -(0.999f64).ln());
        close(log_loss_term(0.0005, true), 6.907755278982137);
    }

    // Wilson 95% for 2 of 4, 0 of 5 and 16 of 20, computed independently in Python by
    // bisection on the score-test equation |phat - p| = z sqrt(p (1 - p) / n) rather than
    // the closed form used here.
    #[test]
    fn wilson_bounds_at_no_hits_and_all_hits_are_exactly_0_and_1() {
        // 0 of 14 is the isotonic block of audit 16's A12: 1.38777878078e-17 before.
        assert_eq!(wilson(0, 14).0, 0.0);
        for n in 1..=2000 {
            assert_eq!(wilson(0, n).0, 0.0, "0 of {n}");
            assert_eq!(wilson(n, n).1, 1.0, "{n} of {n}");
        }
        assert_eq!(unit_bound(1.38777878078e-17), 0.0);
        assert_eq!(unit_bound(-1e-18), 0.0);
        assert_eq!(unit_bound(1.0 - 1e-15), 1.0);
        assert_eq!(unit_bound(1.5), 1.0);
        assert_eq!(unit_bound(2e-12), 2e-12);
        assert_eq!(unit_bound(0.215310802738), 0.215310802738);
    }

    #[test]
    fn wilson_intervals_match_statsmodels() {
        let (l, h) = wilson(2, 4);
        close(l, 0.15003898915214947);
        close(h, 0.8499610108478506);
        let (l, h) = wilson(0, 5);
        close(l, 0.0);
        close(h, 0.43448246478317476);
        let (l, h) = wilson(16, 20);
        close(l, 0.5839825677481065);
        close(h, 0.9193423374202019);
    }

    #[test]
    fn skill_is_null_when_every_outcome_is_the_same() {
        let s = tally(&[(0.7, true), (0.9, true)], &BinSpec::default(), false);
        assert_eq!(s.brier_skill, None);
        close(s.brier.unwrap(), (0.09 + 0.01) / 2.0);
    }

    #[test]
    fn nothing_scored_is_all_null() {
        let s = Tally::default().scores(&BinSpec::default());
        assert_eq!(s, Scores::default());
        let json = serde_json::to_value(&s).unwrap();
        assert!(json["brier"].is_null() && json["log_loss"].is_null());
    }

    // The hand-worked record of `isotonic::tests::pav_and_corp_by_hand`, through a tally:
    // the PAV blocks are the bins, observed is the fitted value, and the decomposition is
    // exact; Murphy's resolution over PAV blocks equals CORP's dsc.
    #[test]
    fn isotonic_bins_are_the_pav_blocks() {
        let pts = [
            (0.1, true),
            (0.1, false),
            (0.3, false),
            (0.5, true),
            (0.5, false),
            (0.8, true),
            (0.9, true),
            (0.9, false),
        ];
        let s = tally(&pts, &BinSpec::Isotonic, false);
        let bins: Vec<_> = s
            .calibration
            .iter()
            .map(|b| (b.bin.as_str(), b.lower, b.upper, b.n, b.hits))
            .collect();
        assert_eq!(
            bins,
            vec![
                ("10-30%", 0.1, 0.3, 3, 1),
                ("50%", 0.5, 0.5, 2, 1),
                ("80-90%", 0.8, 0.9, 3, 2)
            ]
        );
        close(s.calibration[0].observed, 1.0 / 3.0);
        close(s.brier.unwrap(), 0.28375);
        let (mcb, dsc, unc) = (s.mcb.unwrap(), s.dsc.unwrap(), s.unc.unwrap());
        // Each figure is rounded to 12 significant digits (at most 5e-13 off below 1), so
        // the identity holds to 2e-12 here; unrounded, to 1e-12 (`isotonic`'s tests).
        assert!((mcb - dsc + unc - s.brier.unwrap()).abs() < 2e-12);
        close(mcb, 2.62 / 48.0);
        close(dsc, 1.0 / 48.0);
        close(s.resolution.unwrap(), dsc);
        // Four true (0.1, 0.5, 0.8, 0.9) and four false (0.1, 0.3, 0.5, 0.9): wins 0.5 +
        // 2.5 + 3 + 3.5 = 9.5 of 16 pairs, by hand.
        close(s.auc.unwrap(), 9.5 / 16.0);
        close(s.discrimination.unwrap(), 2.3 / 4.0 - 1.8 / 4.0);
    }

    #[test]
    fn kept_cells_leave_the_per_forecast_figures_null() {
        let mut t = Tally::default();
        t.add_cell(7, &Cell::of(0.7, true));
        t.add(0.2, false, &BinSpec::default(), false);
        let s = t.scores(&BinSpec::default());
        assert!(s.brier.is_some());
        assert_eq!((s.auc, s.discrimination, s.mcb), (None, None, None));
    }

    // A folded p is 1 - p on the decimal value, so a folded 33% ties with a stated 67%.
    #[test]
    fn fold_complements_on_the_decimal_value() {
        assert_eq!(complement(0.33), 0.67);
        assert_eq!(complement(0.123456789), 0.876543211);
        assert_eq!(complement(0.0000000001), 0.9999999999);
        assert_eq!(complement(0.0), 1.0);
        assert_eq!(complement(0.35), 0.65);
        assert_eq!(complement(1e-300), 1.0);
    }

    // Odds are stored as the quotient of their counts (`2:1 against` = 1.0 / 3.0): folded,
    // each is the double of the opposite odds, as `2:1 for` stores it (ad1's recount: a
    // folded 1/3 was 0.6666666666666667, 2/3 is 0.6666666666666666, two bins and no tie).
    #[test]
    fn fold_complements_odds_as_the_opposite_odds() {
        assert_eq!(complement(1.0 / 3.0), 2.0 / 3.0);
        assert_eq!(complement(2.0 / 7.0), 5.0 / 7.0);
        assert_eq!(complement(1.0 / 101.0), 100.0 / 101.0);
        assert_eq!(complement(3.0 / 13.0), 10.0 / 13.0);
        assert_eq!(complement(7.0 / 999_983.0), 999_976.0 / 999_983.0);
        assert_eq!(as_fraction(1.0 / 3.0), Some((1, 3)));
        // Not a fraction with a small denominator: the decimal digits decide, as before.
        assert_eq!(complement(0.1234567890123456), 0.8765432109876544);
        assert_eq!(as_fraction(0.1234567890123456), None);
    }

    // ad1 F1, worked in Python from DESIGN.md's formulas: 0.33 true, 0.67 true, 0.9 true,
    // 0.2 false, folded, are 0.67 false, 0.67 true, 0.9 true, 0.8 true. AUC: true {0.67,
    // 0.9, 0.8} against false {0.67}: (1/2 + 1 + 1) / 3 = 5/6. The PAV fit pools the two
    // 0.67s (rate 1/2) and {0.8, 0.9} (rate 1): Brier(fit) = 2 x 0.25 / 4 = 0.125, so mcb =
    // 0.15195 - 0.125 = 0.02695 and dsc = 0.1875 - 0.125 = 0.0625. Before, the folded 0.33
    // was 0.6699999999999999: AUC 1, mcb 0.15195, dsc 0.1875, and two bins both at 67%.
    #[test]
    fn a_folded_probability_ties_with_the_same_stated_one() {
        let pts = [(0.33, true), (0.67, true), (0.9, true), (0.2, false)];
        let s = tally(&pts, &BinSpec::Isotonic, true);
        assert_eq!(printed(s.auc.unwrap()), printed(5.0 / 6.0));
        assert_eq!(printed(s.mcb.unwrap()), 0.02695);
        assert_eq!(printed(s.dsc.unwrap()), 0.0625);
        assert_eq!(printed(s.unc.unwrap()), 0.1875);
        let bins: Vec<_> = s
            .calibration
            .iter()
            .map(|b| (b.lower, b.upper, b.n, b.hits))
            .collect();
        assert_eq!(bins, vec![(0.67, 0.67, 2, 1), (0.8, 0.9, 2, 2)]);
    }

    // Folding turns (0.2, false) into (0.8, true) and (0.3, true) into (0.7, false):
    // Brier and log loss are unchanged; base rate and bins change.
    #[test]
    fn fold_moves_low_forecasts_to_the_opposite_claim() {
        let pts = [(0.2, false), (0.3, true), (0.8, true)];
        let plain = tally(&pts, &BinSpec::default(), false);
        let folded = tally(&pts, &BinSpec::default(), true);
        close(plain.brier.unwrap(), folded.brier.unwrap());
        close(plain.log_loss.unwrap(), folded.log_loss.unwrap());
        close(folded.base_rate.unwrap(), 2.0 / 3.0);
        let labels: Vec<_> = folded
            .calibration
            .iter()
            .map(|b| (b.bin.clone(), b.n, b.hits))
            .collect();
        assert_eq!(
            labels,
            vec![("70%".to_string(), 1, 0), ("80%".to_string(), 2, 2)]
        );
    }
}
