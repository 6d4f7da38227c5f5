//! Horizons: how far ahead a forecast looked (deadline minus the day it was made, in days),
//! the groups `report --by horizon` uses, and the median horizon of a set of forecasts.

use std::collections::BTreeMap;

/// The horizon groups, in order: `0-30`, `31-90`, `91-365` and `366+` days.
pub const HORIZON_GROUPS: [&str; 4] = ["0-30", "31-90", "91-365", "366+"];

/// The group of a horizon of `days` (a negative horizon, which the ledger refuses, would
/// count as 0).
pub fn horizon_group(days: i64) -> &'static str {
    match days {
        ..=30 => HORIZON_GROUPS[0],
        31..=90 => HORIZON_GROUPS[1],
        91..=365 => HORIZON_GROUPS[2],
        _ => HORIZON_GROUPS[3],
    }
}

/// Horizons counted by number of days, for their median.
#[derive(Debug, Clone, Default)]
pub struct Horizons {
    counts: BTreeMap<i64, u64>,
}

impl Horizons {
    pub fn add(&mut self, days: i64) {
        *self.counts.entry(days).or_default() += 1;
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
        let (mut lo, mut seen) = (None, 0u64);
        for (&d, &c) in &self.counts {
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
