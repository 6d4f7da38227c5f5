//! Forecasts counted by distinct probability: for each p, how many forecasts stated it and
//! how many of those came true. This is all that the pool-adjacent-violators fit, the CORP
//! decomposition, the AUC and the discrimination need (each pools tied probabilities), so a
//! report keeps one small map per source instead of every forecast: its size grows with the
//! number of distinct probabilities (about a hundred for forecasts stated in whole
//! percents), not with the number of forecasts.

use rustc_hash::FxHashMap;

/// Every forecast that stated probability `p`: `n` of them, `hits` came true.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub p: f64,
    pub n: u64,
    pub hits: u64,
}

/// Counts by distinct probability, in any order of adding; `sorted` gives them by p.
///
/// While the probabilities arrive in increasing order, as a source's kept counts do (stored
/// by p), they are kept in that order in a `Vec`, so neither hashing nor sorting is needed;
/// the first one out of order moves them into the hash map.
#[derive(Debug, Clone, Default)]
pub struct Points {
    /// Keyed by the bits of p: for p in [0, 1] the bits order like the values, and two
    /// forecasts are tied exactly when their probabilities are the same double.
    counts: FxHashMap<u64, (u64, u64)>,
    /// (key, n, hits) by increasing key, every one of them with the sign bit clear (so
    /// key order is p's order), while `counts` is empty.
    run: Vec<(u64, u64, u64)>,
}

impl Points {
    pub fn add(&mut self, p: f64, hit: bool) {
        self.add_n(p, 1, u64::from(hit));
    }

    /// Adds `n` forecasts of probability `p`, `hits` of which came true.
    pub fn add_n(&mut self, p: f64, n: u64, hits: u64) {
        let k = key(p);
        if self.counts.is_empty() && k >> 63 == 0 {
            match self.run.last_mut() {
                Some(last) if last.0 == k => {
                    last.1 += n;
                    last.2 += hits;
                    return;
                }
                Some(last) if last.0 > k => {}
                _ => {
                    self.run.push((k, n, hits));
                    return;
                }
            }
        }
        if !self.run.is_empty() {
            self.counts
                .extend(self.run.drain(..).map(|(k, n, hits)| (k, (n, hits))));
        }
        let c = self.counts.entry(k).or_default();
        c.0 += n;
        c.1 += hits;
    }

    /// Takes back a forecast added before with the same arguments.
    pub fn remove(&mut self, p: f64, hit: bool) {
        let k = key(p);
        if let Ok(at) = self.run.binary_search_by_key(&k, |r| r.0) {
            let c = &mut self.run[at];
            c.1 = c.1.saturating_sub(1);
            c.2 = c.2.saturating_sub(u64::from(hit));
            if c.1 == 0 {
                self.run.remove(at);
            }
        } else if let Some(c) = self.counts.get_mut(&k) {
            c.0 = c.0.saturating_sub(1);
            c.1 = c.1.saturating_sub(u64::from(hit));
            if c.0 == 0 {
                self.counts.remove(&k);
            }
        }
    }

    pub fn merge(&mut self, other: &Points) {
        for &(k, n, hits) in &other.run {
            self.add_n(f64::from_bits(k), n, hits);
        }
        for (k, (n, hits)) in &other.counts {
            self.add_n(f64::from_bits(*k), *n, *hits);
        }
    }

    /// How many forecasts were added.
    pub fn n(&self) -> u64 {
        self.run.iter().map(|c| c.1).sum::<u64>() + self.counts.values().map(|c| c.0).sum::<u64>()
    }

    /// One point per distinct probability, by increasing p.
    pub fn sorted(&self) -> Vec<Point> {
        let point = |k: u64, n, hits| Point {
            p: f64::from_bits(k),
            n,
            hits,
        };
        if self.counts.is_empty() {
            return self
                .run
                .iter()
                .map(|&(k, n, hits)| point(k, n, hits))
                .collect();
        }
        let mut out: Vec<Point> = self
            .counts
            .iter()
            .map(|(k, &(n, hits))| point(*k, n, hits))
            .collect();
        out.sort_by(|a, b| a.p.total_cmp(&b.p));
        out
    }
}

/// -0.0 and 0.0 are one probability.
fn key(p: f64) -> u64 {
    (p + 0.0).to_bits()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_are_counted_together_and_sorted_by_p() {
        let mut pts = Points::default();
        for (p, hit) in [
            (0.7, true),
            (0.2, false),
            (0.7, false),
            (0.0, true),
            (-0.0, false),
        ] {
            pts.add(p, hit);
        }
        let got: Vec<_> = pts.sorted().iter().map(|q| (q.p, q.n, q.hits)).collect();
        assert_eq!(got, vec![(0.0, 2, 1), (0.2, 1, 0), (0.7, 2, 1)]);
        assert_eq!(pts.n(), 5);
    }

    #[test]
    fn merge_and_remove_undo_each_other() {
        let (mut a, mut b) = (Points::default(), Points::default());
        a.add(0.3, true);
        b.add(0.3, false);
        b.add(0.9, true);
        a.merge(&b);
        a.remove(0.9, true);
        a.remove(0.3, false);
        let got: Vec<_> = a.sorted().iter().map(|q| (q.p, q.n, q.hits)).collect();
        assert_eq!(got, vec![(0.3, 1, 1)]);
    }

    // Added in increasing order (kept in order), then one out of order (moved to the map):
    // the same counts and order either way, and removal works in both.
    #[test]
    fn in_order_then_out_of_order() {
        let mut pts = Points::default();
        pts.add_n(0.1, 3, 1);
        pts.add_n(0.25, 2, 2);
        pts.add_n(0.25, 1, 0);
        pts.remove(0.1, true);
        let got: Vec<_> = pts.sorted().iter().map(|q| (q.p, q.n, q.hits)).collect();
        assert_eq!(got, vec![(0.1, 2, 0), (0.25, 3, 2)]);
        pts.add_n(0.05, 4, 1);
        pts.remove(0.25, false);
        let got: Vec<_> = pts.sorted().iter().map(|q| (q.p, q.n, q.hits)).collect();
        assert_eq!(got, vec![(0.05, 4, 1), (0.1, 2, 0), (0.25, 2, 2)]);
        assert_eq!(pts.n(), 8);
    }
}
