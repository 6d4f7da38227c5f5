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

/// Horizons up to this many days are counted in a plain array indexed by the day (a
/// report's horizons are a few hundred days, at most some years); others go to a hash map.
const DENSE_DAYS: i64 = 1 << 12;

/// Horizons counted by number of days, for their median: an array indexed by the day for
/// horizons from 0 to `DENSE_DAYS` (one add is an index, the median a walk in order; the
/// hash map and sort per source this replaced were a quarter of a 1M default report's
/// instructions), a hash map for the rest.
#[derive(Debug, Clone, Default)]
pub struct Horizons {
    /// `dense[d]` horizons of `d` days, grown past the longest horizon added.
    dense: Vec<u64>,
    /// The shortest horizon counted in `dense`, where a median's walk starts.
    first: usize,
    /// Horizons outside `0..DENSE_DAYS`.
    sparse: FxHashMap<i64, u64>,
    n: u64,
}

impl Horizons {
    pub fn add(&mut self, days: i64) {
        self.add_n(days, 1);
    }

    /// Adds `n` horizons of `days`.
    pub fn add_n(&mut self, days: i64, n: u64) {
        self.n += n;
        if (0..DENSE_DAYS).contains(&days) {
            let d = days as usize;
            if d >= self.dense.len() {
                if self.dense.is_empty() {
                    self.first = d;
                }
                // In powers of two: horizons arrive one longer than the last (a source's
                // kept counts, by days), and growing by one each time was a sixth of
                // counting them.
                let len = (d + 1).next_power_of_two().min(DENSE_DAYS as usize);
                self.dense.resize(len, 0);
            }
            self.first = self.first.min(d);
            self.dense[d] += n;
        } else {
            *self.sparse.entry(days).or_default() += n;
        }
    }

    pub fn merge(&mut self, other: &Horizons) {
        for (d, n) in other.dense.iter().enumerate().skip(other.first) {
            if *n > 0 {
                self.add_n(d as i64, *n);
            }
        }
        for (d, n) in &other.sparse {
            self.add_n(*d, *n);
        }
    }

    /// The median in days (the mean of the middle two for an even count); `None` for none.
    pub fn median(&self) -> Option<f64> {
        let n = self.n;
        if n == 0 {
            return None;
        }
        // The values at positions (n - 1) / 2 and n / 2, counting from 0, in order: the
        // negative horizons, the dense ones, the long ones.
        let (lo_at, hi_at) = ((n - 1) / 2, n / 2);
        let mut far: Vec<(i64, u64)> = self.sparse.iter().map(|(d, c)| (*d, *c)).collect();
        far.sort_unstable();
        let below = far.iter().take_while(|(d, _)| *d < 0).count();
        let dense = self
            .dense
            .iter()
            .enumerate()
            .skip(self.first)
            .map(|(d, c)| (d as i64, *c));
        let in_order = far[..below]
            .iter()
            .copied()
            .chain(dense)
            .chain(far[below..].iter().copied());
        let (mut lo, mut seen) = (None, 0u64);
        for (d, c) in in_order {
            if c == 0 {
                continue;
            }
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

    // Horizons beyond the array (negative, and past DENSE_DAYS) sort with the rest:
    // -3, 2, 2, 40000, 40000, 40001 -> (2 + 40000) / 2 = 20001; without 40001 -> 2; merged
    // into one holding 5 and 20000 (so -3, 2, 2, 5, 20000, 40000, 40000, 40001) -> 10002.5.
    #[test]
    fn medians_beyond_the_array_by_hand() {
        let mut h = Horizons::default();
        for d in [40_001, 2, -3, 40_000, 2, 40_000] {
            h.add(d);
        }
        assert_eq!(h.median(), Some(20_001.0));
        let mut five = Horizons::default();
        for d in [40_000, 2, -3, 40_000, 2] {
            five.add(d);
        }
        assert_eq!(five.median(), Some(2.0));
        let mut other = Horizons::default();
        other.add_n(20_000, 1);
        other.add_n(5, 1);
        other.merge(&h);
        assert_eq!(other.median(), Some(10_002.5));
    }
}
