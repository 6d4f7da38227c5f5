//! Exact running sums of score terms. Each term is held as an integer count of 2^-84 (an
//! i128), so adding is exact, the same in any order, and undone exactly by subtracting: a
//! report kept up to date one change at a time equals a full recomputation bit for bit, and
//! slices scanned on different cores merge without rounding.
//!
//! Every term a report sums (a probability, a squared error, a clamped log loss) lies in
//! [0, 7]; any such f64 of at least 2^-32 is a whole multiple of 2^-84, so it is held with no
//! error at all, and smaller ones are off by at most 2^-85. An i128 holds 2^43 in these
//! units, so over a trillion terms fit. The value is rounded once, when read.

/// 2^84, the number of units in 1.
const SCALE: f64 = 19_342_813_113_834_066_795_298_816.0;

/// An exact sum of bounded f64 terms (see the module doc).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Sum {
    units: i128,
}

impl Sum {
    /// The term in units of 2^-84 (multiplying by a power of two is exact).
    fn units_of(x: f64) -> i128 {
        debug_assert!(x.abs() < 8.0e12, "score term out of range: {x}");
        (x * SCALE).round() as i128
    }

    pub fn add(&mut self, x: f64) {
        self.units += Self::units_of(x);
    }

    /// Adds `x` `times` times (exactly: the units are multiplied, not rounded again).
    pub fn add_times(&mut self, x: f64, times: u64) {
        self.units += Self::units_of(x) * i128::from(times);
    }

    /// Takes back a term added before.
    pub fn remove(&mut self, x: f64) {
        self.units -= Self::units_of(x);
    }

    /// The sum, rounded once to the nearest f64.
    pub fn value(&self) -> f64 {
        self.units as f64 / SCALE
    }

    /// Adds another sum (a slice scanned elsewhere).
    pub fn merge(&mut self, other: &Sum) {
        self.units += other.units;
    }

    /// Takes back another sum.
    pub fn unmerge(&mut self, other: &Sum) {
        self.units -= other.units;
    }

    /// The exact state, for storing (16 bytes, little-endian).
    pub fn to_bytes(self) -> [u8; 16] {
        self.units.to_le_bytes()
    }

    /// A sum stored with `to_bytes`; `None` for anything but 16 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<Sum> {
        let units = i128::from_le_bytes(bytes.try_into().ok()?);
        Some(Sum { units })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_is_two_to_the_84() {
        assert_eq!(SCALE, 2f64.powi(84));
    }

    // 0.1 added ten times is 0.9999999999999999 naively; exactly it is
    // 1.0000000000000000555..., which rounds to 1.0.
    #[test]
    fn ten_tenths_make_one() {
        let mut naive = 0.0;
        let mut s = Sum::default();
        for _ in 0..10 {
            s.add(0.1);
            naive += 0.1;
        }
        assert_ne!(naive, 1.0);
        assert_eq!(s.value(), 1.0);
    }

    #[test]
    fn order_does_not_matter_and_removal_is_exact() {
        let terms: Vec<f64> = (1..2000)
            .map(|i| ((i * 7919) % 1000) as f64 / 999.0)
            .map(|p| -(p.clamp(0.001, 0.999)).ln())
            .collect();
        let mut forward = Sum::default();
        terms.iter().for_each(|&x| forward.add(x));
        let mut backward = Sum::default();
        terms.iter().rev().for_each(|&x| backward.add(x));
        assert_eq!(forward, backward);
        for &x in &terms[..1000] {
            forward.remove(x);
        }
        let mut rest = Sum::default();
        terms[1000..].iter().for_each(|&x| rest.add(x));
        assert_eq!(forward, rest);
    }

    // A term of 2^-32 or more is held exactly: adding it to a large total and taking the
    // total away again leaves exactly the term.
    #[test]
    fn small_terms_are_not_lost_beside_large_ones() {
        let tiny = 2f64.powi(-32) * 1.5;
        let mut s = Sum::default();
        s.add(1.0e9);
        s.add(tiny);
        s.remove(1.0e9);
        assert_eq!(s.value(), tiny);
    }

    #[test]
    fn adding_times_is_adding_again_and_again() {
        let (mut once, mut times) = (Sum::default(), Sum::default());
        for _ in 0..7 {
            once.add(0.3);
        }
        times.add_times(0.3, 7);
        assert_eq!(once, times);
    }

    #[test]
    fn bytes_round_trip() {
        let mut s = Sum::default();
        s.add(0.7);
        s.add(6.907755278982137);
        assert_eq!(Sum::from_bytes(&s.to_bytes()), Some(s));
        assert_eq!(Sum::from_bytes(&[1, 2, 3]), None);
    }
}
