//! Calibration bin specifications (`--bins`): which bin a probability falls in, and the
//! bin's bounds and label. Binning is judged on the decimal value, so 0.35 goes to the 40%
//! bin under `nearest:10` although its binary double is a hair below 0.35: a tolerance of
//! 1e-9 absorbs representation error (no one states a probability finer than that).

use crate::error::{Error, Result};
use crate::model::format_percent;
use std::fmt;
use std::str::FromStr;

const EPS: f64 = 1e-9;

/// How probabilities are grouped for calibration.
#[derive(Debug, Clone, PartialEq)]
pub enum BinSpec {
    /// Each p goes to the nearest multiple of 1/K, ties upward; bin k covers
    /// [k/K - 1/2K, k/K + 1/2K) clipped to [0, 1].
    Nearest(u32),
    /// K equal bins [i/K, (i+1)/K), the last closed.
    Uniform(u32),
    /// Explicit edges; 0 and 1 are added when missing so every p has a bin. [e_i, e_i+1),
    /// the last closed.
    Edges(Vec<f64>),
    /// One bin per distinct probability.
    Exact,
    /// The blocks of the pool-adjacent-violators fit (see `isotonic`); they are found after
    /// every forecast is in, so while adding, all forecasts share key 0.
    Isotonic,
}

impl Default for BinSpec {
    fn default() -> Self {
        BinSpec::Nearest(10)
    }
}

/// A bin's identity: an index, or for `Exact` the probability in units of 1e-15.
pub type BinKey = i64;

impl BinSpec {
    /// The bin `p` falls in.
    pub fn key(&self, p: f64) -> BinKey {
        match self {
            BinSpec::Nearest(k) => (p * f64::from(*k) + 0.5 + EPS).floor() as i64,
            BinSpec::Uniform(k) => {
                ((p * f64::from(*k) + EPS).floor() as i64).clamp(0, i64::from(*k) - 1)
            }
            BinSpec::Edges(edges) => {
                let last = edges.len() as i64 - 2;
                let i = edges.partition_point(|e| *e <= p + EPS) as i64 - 1;
                i.clamp(0, last)
            }
            // Fine enough that every probability stated with up to 13 decimals of a percent
            // is a bin of its own (1e-10 is not 0%), coarse enough that a double's last-bit
            // noise (0.6699999999999999 for 0.67) is not.
            BinSpec::Exact => (p * EXACT_UNITS).round() as i64,
            BinSpec::Isotonic => 0,
        }
    }

    /// The bin's label and bounds [lower, upper].
    pub fn bounds(&self, key: BinKey) -> (String, f64, f64) {
        match self {
            BinSpec::Nearest(k) => {
                let k = f64::from(*k);
                let centre = key as f64 / k;
                let half = 0.5 / k;
                (
                    format_percent(centre),
                    round12((centre - half).max(0.0)),
                    round12((centre + half).min(1.0)),
                )
            }
            BinSpec::Uniform(k) => {
                let k = f64::from(*k);
                let lower = round12(key as f64 / k);
                let upper = round12((key + 1) as f64 / k);
                (range_label(lower, upper), lower, upper)
            }
            BinSpec::Edges(edges) => {
                let (lower, upper) = (edges[key as usize], edges[key as usize + 1]);
                (range_label(lower, upper), lower, upper)
            }
            BinSpec::Exact => {
                let p = key as f64 / EXACT_UNITS;
                (exact_label(key), p, p)
            }
            BinSpec::Isotonic => ("all".to_string(), 0.0, 1.0),
        }
    }
}

/// `Exact`'s unit: a key is the probability in these.
const EXACT_UNITS: f64 = 1e15;

/// An exact bin's label: its probability in percent with every digit its key holds (units
/// of 1e-15, so up to thirteen decimals), so two bins never print alike ("12.34567%" and
/// "12.34568%", where a rounded percent printed "12.3457%" twice). Written from the
/// integer key, so no float noise shows.
fn exact_label(key: BinKey) -> String {
    let (whole, frac) = (key / 10_000_000_000_000, key % 10_000_000_000_000);
    let digits = format!("{frac:013}");
    let digits = digits.trim_end_matches('0');
    if digits.is_empty() {
        format!("{whole}%")
    } else {
        format!("{whole}.{digits}%")
    }
}

fn round12(x: f64) -> f64 {
    (x * 1e12).round() / 1e12
}

pub(crate) fn range_label(lower: f64, upper: f64) -> String {
    let l = format_percent(lower);
    format!("{}-{}", l.trim_end_matches('%'), format_percent(upper))
}

/// Every `--bins` form, said in each refusal so one error is enough to fix the flag.
pub const BIN_FORMS: &str = "the forms are nearest:K or uniform:K (K from 1 to 1000), exact, isotonic, or increasing edges between 0 and 1 as fractions or percentages (0.5,0.7 or 50%,70%)";

/// One explicit edge: a fraction (`0.5`) or a percentage (`50%`); `None` when it is neither.
fn edge(part: &str) -> Option<f64> {
    match part.trim().strip_suffix('%') {
        Some(pct) => pct.trim().parse::<f64>().ok().map(|p| p / 100.0),
        None => part.trim().parse::<f64>().ok(),
    }
}

/// `--bins`: the words case-insensitively (`NEAREST:10`, `Exact`), with spaces allowed around
/// `:` and `,`; edges as fractions or percentages, each on its own.
impl FromStr for BinSpec {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let bad =
            |why: &str| Error::invalid(format!("--bins `{s}`"), format!("{why}; {BIN_FORMS}"));
        let text = s.trim().to_ascii_lowercase();
        if text == "exact" {
            return Ok(BinSpec::Exact);
        }
        if text == "isotonic" {
            return Ok(BinSpec::Isotonic);
        }
        let count = |k: &str| -> Result<u32> {
            k.trim()
                .parse::<u32>()
                .ok()
                .filter(|k| (1..=1000).contains(k))
                .ok_or_else(|| bad("the bin count must be a whole number from 1 to 1000"))
        };
        if let Some((kind, k)) = text.split_once(':') {
            match kind.trim() {
                "nearest" => return Ok(BinSpec::Nearest(count(k)?)),
                "uniform" => return Ok(BinSpec::Uniform(count(k)?)),
                _ => return Err(bad("unknown binning")),
            }
        }
        // One edge is a list too: `0.5` splits at 50% (0 and 1 are added).
        if text.contains(',') || edge(&text).is_some() {
            let mut edges = Vec::new();
            for part in text.split(',') {
                let e = edge(part)
                    .ok_or_else(|| bad(&format!("edge `{}` is not a number", part.trim())))?;
                if !(0.0..=1.0).contains(&e) {
                    let why = if e > 1.0 && e <= 100.0 && !part.contains('%') {
                        format!(
                            "edge `{}` is above 1: a percentage takes its % sign ({}%)",
                            part.trim(),
                            part.trim()
                        )
                    } else {
                        format!(
                            "edge `{}` is not between 0 and 1 (0% and 100%)",
                            part.trim()
                        )
                    };
                    return Err(bad(&why));
                }
                edges.push(e);
            }
            if edges.windows(2).any(|w| w[0] >= w[1]) {
                return Err(bad("edges must increase"));
            }
            if edges[0] > 0.0 {
                edges.insert(0, 0.0);
            }
            if edges[edges.len() - 1] < 1.0 {
                edges.push(1.0);
            }
            return Ok(BinSpec::Edges(edges));
        }
        Err(bad("unknown binning"))
    }
}

impl fmt::Display for BinSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BinSpec::Nearest(k) => write!(f, "nearest:{k}"),
            BinSpec::Uniform(k) => write!(f, "uniform:{k}"),
            BinSpec::Exact => f.write_str("exact"),
            BinSpec::Isotonic => f.write_str("isotonic"),
            BinSpec::Edges(e) => {
                let parts: Vec<String> = e.iter().map(|x| x.to_string()).collect();
                f.write_str(&parts.join(","))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(spec: &BinSpec, p: f64) -> String {
        spec.bounds(spec.key(p)).0
    }

    // Edge values worked by hand from the contract's definitions.
    #[test]
    fn nearest_ten_edges() {
        let s = BinSpec::Nearest(10);
        let cases = [
            (0.0, "0%"),
            (0.04, "0%"),
            (0.05, "10%"),
            (0.35, "40%"),
            (0.65, "70%"),
            (0.7, "70%"),
            (0.749, "70%"),
            (0.95, "100%"),
            (1.0, "100%"),
        ];
        for (p, want) in cases {
            assert_eq!(label(&s, p), want, "{p}");
        }
        assert_eq!(s.bounds(s.key(0.0)), ("0%".into(), 0.0, 0.05));
        assert_eq!(s.bounds(s.key(0.7)), ("70%".into(), 0.65, 0.75));
        assert_eq!(s.bounds(s.key(1.0)), ("100%".into(), 0.95, 1.0));
    }

    #[test]
    fn one_edge_splits_in_two() {
        let spec: BinSpec = "0.5".parse().unwrap();
        assert_eq!(spec, BinSpec::Edges(vec![0.0, 0.5, 1.0]));
        let spec: BinSpec = " 0.25 ".parse().unwrap();
        assert_eq!(spec, BinSpec::Edges(vec![0.0, 0.25, 1.0]));
        assert!("1.5".parse::<BinSpec>().is_err());
        assert!("nan".parse::<BinSpec>().is_err());
    }

    #[test]
    fn uniform_bins_are_half_open_with_the_last_closed() {
        let s = BinSpec::Uniform(10);
        assert_eq!(s.key(0.0), 0);
        assert_eq!(s.key(0.05), 0);
        assert_eq!(s.key(0.35), 3);
        assert_eq!(s.key(0.3), 3);
        assert_eq!(s.key(0.57), 5);
        assert_eq!(s.key(0.65), 6);
        assert_eq!(s.key(0.95), 9);
        assert_eq!(s.key(1.0), 9);
        assert_eq!(s.bounds(3), ("30-40%".into(), 0.3, 0.4));
        let two = BinSpec::Uniform(2);
        assert_eq!(two.key(0.5), 1);
        assert_eq!(two.key(0.4999), 0);
    }

    #[test]
    fn explicit_edges_gain_zero_and_one() {
        let s: BinSpec = "0.5,0.6,0.7".parse().unwrap();
        assert_eq!(s, BinSpec::Edges(vec![0.0, 0.5, 0.6, 0.7, 1.0]));
        assert_eq!(s.key(0.0), 0);
        assert_eq!(s.key(0.35), 0);
        assert_eq!(s.key(0.5), 1);
        assert_eq!(s.key(0.65), 2);
        assert_eq!(s.key(0.7), 3);
        assert_eq!(s.key(0.95), 3);
        assert_eq!(s.key(1.0), 3);
        assert_eq!(s.bounds(1), ("50-60%".into(), 0.5, 0.6));
    }

    #[test]
    fn exact_bins_by_stated_value() {
        let s = BinSpec::Exact;
        // A double's last-bit noise is the same bin; any stated digit is another.
        assert_eq!(s.key(0.67), s.key(1.0 - 0.33));
        assert_ne!(s.key(0.7), s.key(0.7000000000001));
        assert_ne!(s.key(0.7), s.key(0.71));
        // 1e-10 is its own bin, not 0% (whose bounds left its mean out).
        assert_eq!(s.bounds(s.key(1e-10)), ("0.00000001%".into(), 1e-10, 1e-10));
        assert_eq!(s.bounds(s.key(0.7000000000001)).0, "70.00000000001%");
        assert_eq!(s.bounds(s.key(0.35)), ("35%".into(), 0.35, 0.35));
        // Two close probabilities print apart, every digit of the key, no float noise.
        assert_eq!(s.bounds(s.key(0.1234567)).0, "12.34567%");
        assert_eq!(s.bounds(s.key(0.1234568)).0, "12.34568%");
        assert_eq!(s.bounds(s.key(0.123456789)).0, "12.3456789%");
        assert_eq!(s.bounds(s.key(0.0)).0, "0%");
        assert_eq!(s.bounds(s.key(1.0)).0, "100%");
        assert_eq!(s.bounds(s.key(0.001)).0, "0.1%");
    }

    #[test]
    fn specs_parse_and_bad_ones_do_not() {
        assert_eq!(
            "nearest:10".parse::<BinSpec>().unwrap(),
            BinSpec::Nearest(10)
        );
        assert_eq!("uniform:5".parse::<BinSpec>().unwrap(), BinSpec::Uniform(5));
        assert_eq!("exact".parse::<BinSpec>().unwrap(), BinSpec::Exact);
        assert_eq!("isotonic".parse::<BinSpec>().unwrap(), BinSpec::Isotonic);
        assert_eq!(BinSpec::Isotonic.to_string(), "isotonic");
        for bad in [
            "nearest:0",
            "uniform:x",
            "0.6,0.5",
            "0.5,1.5",
            "fancy",
            "0.5,,0.6",
            "50%,150%",
            "nearest",
            "closest:10",
            "50%%",
        ] {
            assert!(bad.parse::<BinSpec>().is_err(), "{bad}");
        }
    }

    #[test]
    fn edges_take_percentages_and_words_any_case() {
        let spec = |t: &str| t.parse::<BinSpec>().unwrap();
        // 70 / 100 is the double nearest 0.7, as `0.7` parses: the same edges either way.
        assert_eq!(spec("50%,70%"), BinSpec::Edges(vec![0.0, 0.5, 0.7, 1.0]));
        assert_eq!(spec("50%,70%"), spec("0.5,0.7"));
        assert_eq!(
            spec(" 12.5% , 0.9 "),
            BinSpec::Edges(vec![0.0, 0.125, 0.9, 1.0])
        );
        assert_eq!(spec("0%,100%"), BinSpec::Edges(vec![0.0, 1.0]));
        assert_eq!(spec("NEAREST:10"), BinSpec::Nearest(10));
        assert_eq!(spec("Uniform: 4"), BinSpec::Uniform(4));
        assert_eq!(spec("Exact"), BinSpec::Exact);
        assert_eq!(spec("ISOTONIC"), BinSpec::Isotonic);
    }

    #[test]
    fn a_refused_spec_names_every_form_in_one_line() {
        let why = |t: &str| t.parse::<BinSpec>().unwrap_err().to_string();
        let forms = "the forms are nearest:K or uniform:K (K from 1 to 1000), exact, isotonic, or increasing edges between 0 and 1 as fractions or percentages (0.5,0.7 or 50%,70%)";
        assert_eq!(
            why("fancy"),
            format!("--bins `fancy`: unknown binning; {forms}")
        );
        assert_eq!(
            why("50,70"),
            format!("--bins `50,70`: edge `50` is above 1: a percentage takes its % sign (50%); {forms}")
        );
        assert_eq!(
            why("50%,150%"),
            format!("--bins `50%,150%`: edge `150%` is not between 0 and 1 (0% and 100%); {forms}")
        );
        assert_eq!(
            why("0.5,x"),
            format!("--bins `0.5,x`: edge `x` is not a number; {forms}")
        );
        assert_eq!(
            why("70%,50%"),
            format!("--bins `70%,50%`: edges must increase; {forms}")
        );
        assert_eq!(
            why("nearest:0"),
            format!(
                "--bins `nearest:0`: the bin count must be a whole number from 1 to 1000; {forms}"
            )
        );
        assert!(!why("fancy").contains('\n'));
    }
}
