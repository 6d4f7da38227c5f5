//! Bootstrap percentile intervals for a mean, reproducible run to run: a small hand-written
//! generator (SplitMix64, Steele, Lea & Flood 2014: a 64-bit counter through a fixed
//! mixing function; it passes BigCrush and needs no crate) seeded from a fixed seed and the
//! name of what is resampled, so the same ledger always gives the same interval, and the
//! interval does not depend on the order rows were logged in.
//!
//! Method: the values (one per market) are sorted first, so their order cannot matter;
//! each of `RESAMPLES` resamples draws as many values with replacement and takes their
//! mean; the interval is the 2.5th and 97.5th percentiles of the resample means, by linear
//! interpolation between order statistics (numpy's default), found by selection. An index is drawn from 32
//! random bits by multiply-shift (two indices per 64-bit draw); its bias is below
//! n / 2^32, far under anything an interval shows.

/// Resamples per interval.
pub const RESAMPLES: usize = 1000;

/// The fixed seed every interval starts from (mixed with the name of what is resampled).
pub const SEED: u64 = 0x5EED_F0CA_57ED_6E12;

/// SplitMix64.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A seed for resampling `name`'s values: FNV-1a of the name, mixed with `SEED`.
pub fn seed_for(name: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    SplitMix64::new(h ^ SEED).next_u64()
}

/// The `p` quantile (0..=1) of `values` by linear interpolation between order statistics
/// (numpy's default), found by selection rather than a full sort; reorders `values`.
fn quantile(values: &mut [f64], p: f64) -> f64 {
    let pos = p * (values.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let (_, &mut low, above) = values.select_nth_unstable_by(lo, f64::total_cmp);
    let high = if above.is_empty() {
        low
    } else {
        above.iter().copied().min_by(f64::total_cmp).unwrap_or(low)
    };
    low + (high - low) * (pos - lo as f64)
}

/// The 95% bootstrap percentile interval of the mean of `values`, with `resamples`
/// resamples from `seed`; `None` for fewer than two values (one value resamples to itself).
pub fn mean_interval(values: &[f64], resamples: usize, seed: u64) -> Option<(f64, f64)> {
    let n = values.len();
    if n < 2 || resamples == 0 || n > u32::MAX as usize {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(f64::total_cmp);
    let mut rng = SplitMix64::new(seed);
    let pick = |bits: u64| (((bits & 0xFFFF_FFFF) * n as u64) >> 32) as usize;
    let mut means = Vec::with_capacity(resamples);
    for _ in 0..resamples {
        // Two running sums, so the additions do not wait on each other.
        let (mut a, mut b) = (0.0, 0.0);
        for _ in 0..n / 2 {
            let r = rng.next_u64();
            a += sorted[pick(r)];
            b += sorted[pick(r >> 32)];
        }
        if n % 2 == 1 {
            a += sorted[pick(rng.next_u64())];
        }
        means.push((a + b) / n as f64);
    }
    let low = quantile(&mut means, 0.025);
    let high = quantile(&mut means, 0.975);
    Some((low, high))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The first outputs of SplitMix64 from seed 0, as published with the reference C code
    // (and reproduced by Python: the same three shifts and multipliers, masked to 64 bits).
    #[test]
    fn splitmix64_matches_the_reference() {
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(r.next_u64(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn quantiles_interpolate_like_numpy() {
        // numpy.quantile([1, 2, 3, 4], 0.025) = 1.075; 0.975 -> 3.925.
        let mut v = [4.0, 2.0, 1.0, 3.0];
        assert!((quantile(&mut v, 0.025) - 1.075).abs() < 1e-12);
        assert!((quantile(&mut v, 0.975) - 3.925).abs() < 1e-12);
        // numpy.quantile(range(1000), 0.975) = 974.025.
        let mut w: Vec<f64> = (0..1000).rev().map(f64::from).collect();
        assert!((quantile(&mut w, 0.975) - 974.025).abs() < 1e-9);
        assert!((quantile(&mut w, 0.025) - 24.975).abs() < 1e-9);
    }

    #[test]
    fn the_interval_is_reproducible_and_contains_the_mean() {
        let values: Vec<f64> = (0..57).map(|i| ((i * 37) % 23) as f64 - 9.0).collect();
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        let a = mean_interval(&values, RESAMPLES, seed_for("A")).unwrap();
        let b = mean_interval(&values, RESAMPLES, seed_for("A")).unwrap();
        assert_eq!(a, b, "same seed, same interval");
        assert!(a.0 < mean && mean < a.1, "{a:?} around {mean}");
        // The order of the values does not matter.
        let mut reversed = values.clone();
        reversed.reverse();
        assert_eq!(
            mean_interval(&reversed, RESAMPLES, seed_for("A")).unwrap(),
            a
        );
        // Another name, another (but similar) interval.
        let c = mean_interval(&values, RESAMPLES, seed_for("B")).unwrap();
        assert_ne!(a, c);
        assert!((a.0 - c.0).abs() < 1.0 && (a.1 - c.1).abs() < 1.0);
    }

    // For a large sample the percentile interval of a mean approaches mean ± 1.96 sd / sqrt(n)
    // (the normal approximation): 400 values 0..399 have sd 115.47 (population), so the
    // half-width is about 1.96 * 115.47 / 20 = 11.3.
    #[test]
    fn a_large_sample_gives_about_the_normal_width() {
        let values: Vec<f64> = (0..400).map(f64::from).collect();
        let (lo, hi) = mean_interval(&values, RESAMPLES, SEED).unwrap();
        let half = (hi - lo) / 2.0;
        assert!((half - 11.3).abs() < 1.5, "{half}");
        assert!((lo + hi) / 2.0 > 199.5 - 2.0 && (lo + hi) / 2.0 < 199.5 + 2.0);
    }

    #[test]
    fn one_value_has_no_interval() {
        assert_eq!(mean_interval(&[3.0], RESAMPLES, SEED), None);
        assert_eq!(mean_interval(&[], RESAMPLES, SEED), None);
    }
}
