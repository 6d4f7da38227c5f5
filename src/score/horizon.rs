//! Horizons: how far ahead a forecast looked (deadline minus the day it was made, in days),
//! the groups `report --by horizon` uses, and the median horizon of a set of forecasts.

use rustc_hash::FxHashMap;

/// The horizon groups, in order: `0-30`, `31-90`, `91-365` and `366+` days.
pub const HORIZON_GROUPS: [&str; 4] = ["0-30", "31-90", "91-365", "366+"];

/// The group of a horizon of `days` (a negative horizon, which the ledger refuses, would
/// count as 0).
pub fn horizon_group(days: i64) -> &'static str {
    HORIZON_GROUPS[horizon_index(days)]
}

/// The position of `horizon_group(days)` in `HORIZON_GROUPS`.
pub fn horizon_index(days: i64) -> usize {
    match days {
        ..=30 => 0,
        31..=90 => 1,
        91..=365 => 2,
        _ => 3,
    }
}

/// Horizons counted by number of days, for their median. A hash map while counting (one
/// insert per forecast in a report scan), sorted once for the median.
#[derive(Debug, Clone, Default)]
pub struct Horizons {
    counts: FxHashMap<i64, u64>,
}

impl Horizons {
    pub fn add(&mut self, days: i64) {
        *self.counts.entry(days).or_default() += 1;
    }

    /// Adds `n` horizons of `days`.
    pub fn add_n(&mut self, days: i64, n: u64) {
        *self.counts.entry(days).or_default() += n;
    }

    pub fn merge(&mut self, other: &Horizons) {
        for (d, n) in &other.counts {
            *self.counts.entry(*d).or_default() += n;
        }
    }

    /// The median in days (the mean of the middle two for an even count); `None` for none.
    pub fn median(&self) -> Option<f64> {
        let n: u64 = self.counts.values().sum();
        if n == 0 {
            return None;
        }
        // The values at positions (n - 1) / 2 and n / 2, counting from 0.
        let (lo_at, hi_at) = ((n - 1) / 2, n / 2);
        let mut sorted: Vec<(i64, u64)> = self.counts.iter().map(|(d, c)| (*d, *c)).collect();
        sorted.sort_unstable();
        let (mut lo, mut seen) = (None, 0u64);
        for (d, c) in sorted {
            if lo.is_none() && seen + c > lo_at {
                lo = Some(d);
            }
            if seen + c > hi_at {
                return lo.map(|l| (l + d) as f64 / 2.0);
            }
            seen += c;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_at_their_edges() {
        let cases = [
            (0, "0-30"),
            (30, "0-30"),
            (31, "31-90"),
            (90, "31-90"),
            (91, "91-365"),
            (365, "91-365"),
            (366, "366+"),
            (4000, "366+"),
        ];
        for (d, g) in cases {
            assert_eq!(horizon_group(d), g, "{d}");
        }
    }

    // Odd count: 1, 5, 5, 9, 200 -> 5. Even: 1, 5, 9, 200 -> (5 + 9) / 2 = 7.
    #[test]
    fn medians_by_hand() {
        let mut h = Horizons::default();
        assert_eq!(h.median(), None);
        for d in [9, 1, 200, 5, 5] {
            h.add(d);
        }
        assert_eq!(h.median(), Some(5.0));
        let mut e = Horizons::default();
        for d in [200, 9, 1, 5] {
            e.add(d);
        }
        assert_eq!(e.median(), Some(7.0));
        let mut one = Horizons::default();
        one.add(12);
        let mut two = Horizons::default();
        two.add(13);
        one.merge(&two);
        assert_eq!(one.median(), Some(12.5));
    }
}
