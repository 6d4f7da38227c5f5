//! Scoring sources against each other within one market (the forecasts on one question with
//! one deadline), as DESIGN.md's "Comparing sources on shared questions" defines it. Pure
//! functions over plain numbers; the grouping into markets is `report::markets`, the
//! per-source sums `report::compare`.
//!
//! - The probability a forecast gave to what happened, `s`, is clamped to [0.001, 0.999]
//!   like log loss, so one confident miss costs at most ln(0.001) ≈ -6.9 (peer score) or
//!   log2(0.001 / 0.999) ≈ -10 bits (market score) instead of infinity.
//! - Peer score (Metaculus's, natural log): 100 (ln s_i - mean over the others of ln s_j).
//! - Relative Brier: (q_i - y)^2 minus the median over every source in force, i included.
//! - Market score (Hanson's logarithmic market scoring rule, in bits): each forecast moves
//!   the price from the one before (0.5 at the start) to its own, and earns log2(s_k / s_prev).
//! - Crowd: the geometric mean of the odds, q_c = G / (1 + G), G = (prod q / (1 - q))^(1/n).

use super::LOG_LOSS_CLAMP;

/// The price a market starts at.
pub const START_PRICE: f64 = 0.5;

/// `q` clamped to [0.001, 0.999].
pub fn clamped(q: f64) -> f64 {
    q.clamp(LOG_LOSS_CLAMP, 1.0 - LOG_LOSS_CLAMP)
}

/// The probability a forecast of `q` for the event gave to what happened (`happened`),
/// clamped.
pub fn given(q: f64, happened: bool) -> f64 {
    let q = clamped(q);
    if happened {
        q
    } else {
        1.0 - q
    }
}

/// Peer score of the source whose ln s is `own`, in a market where the ln s of all `n`
/// sources in force (own included) sum to `total`: 100 (own - (total - own) / (n - 1)).
/// `None` for a market of one.
pub fn peer(own: f64, total: f64, n: usize) -> Option<f64> {
    (n >= 2).then(|| 100.0 * (own - (total - own) / (n - 1) as f64))
}

/// Peer score of a reference forecast (the crowd, chance) that is not one of the `n`
/// sources: 100 (ln s - mean over the n sources of ln s_j).
pub fn reference_peer(own: f64, total: f64, n: usize) -> Option<f64> {
    (n >= 1).then(|| 100.0 * (own - total / n as f64))
}

/// Squared error of a forecast of `q` for the event, `happened` or not.
pub fn squared_error(q: f64, happened: bool) -> f64 {
    let y = if happened { 1.0 } else { 0.0 };
    (q - y) * (q - y)
}

/// The median of `values` (the mean of the middle two for an even count); sorts them.
/// `None` when empty.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// What a forecast earns in the market scoring rule, in bits: log2(s / s_prev).
pub fn market_earned(s_prev: f64, s: f64) -> f64 {
    (s / s_prev).log2()
}

/// The crowd's probability for the event from the mean of the sources' log odds (each q
/// clamped): q_c = G / (1 + G) with ln G = that mean. A mean within `EVEN_ODDS` of 0 is even
/// odds, exactly 0.5: probabilities are decimals that binary does not hold exactly, so the
/// log odds of 0.9 and 0.1 sum to 2e-16, not 0, and the crowd of two opposite sources, at
/// the starting price, earned -3.2e-16 instead of the 0 the rule gives (audit 21, B4).
pub fn crowd_from_mean_log_odds(mean_log_odds: f64) -> f64 {
    if mean_log_odds.abs() < EVEN_ODDS {
        return 0.5;
    }
    1.0 / (1.0 + (-mean_log_odds).exp())
}

/// How near 0 a mean of log odds is taken as even odds: far below any difference a stated
/// probability can make (log odds of 0.5 and 0.500001 differ by 4e-6), far above the
/// rounding of a sum of a few thousand terms (about 1e-13 at worst).
const EVEN_ODDS: f64 = 1e-12;

/// The log odds of `q`, clamped.
pub fn log_odds(q: f64) -> f64 {
    let q = clamped(q);
    (q / (1.0 - q)).ln()
}

/// The crowd of the forecasts `qs` (probabilities of the event); `None` for none.
pub fn crowd(qs: &[f64]) -> Option<f64> {
    if qs.is_empty() {
        return None;
    }
    let mean = qs.iter().map(|&q| log_odds(q)).sum::<f64>() / qs.len() as f64;
    Some(crowd_from_mean_log_odds(mean))
}

/// What each forecast of a market earns, in order: `qs` are the forecasts' probabilities of
/// the event in (made_on, id) order; the price starts at 0.5.
pub fn market_scores(qs: &[f64], happened: bool) -> Vec<f64> {
    let mut prev = given(START_PRICE, happened);
    qs.iter()
        .map(|&q| {
            let s = given(q, happened);
            let earned = market_earned(prev, s);
            prev = s;
            earned
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    /// Peer scores of a market from the definition, each against the others directly
    /// (not through the total).
    fn peers_directly(s: &[f64]) -> Vec<f64> {
        (0..s.len())
            .map(|i| {
                let others: Vec<f64> = (0..s.len())
                    .filter(|&j| j != i)
                    .map(|j| s[j].ln())
                    .collect();
                100.0 * (s[i].ln() - others.iter().sum::<f64>() / others.len() as f64)
            })
            .collect()
    }

    // Three sources say 0.8, 0.6 and 0.3 for an event that happened. ln 0.8 = -0.22314355131,
    // ln 0.6 = -0.51082562377, ln 0.3 = -1.20397280433 (Python's math.log). Peer of the first:
    // 100 (-0.22314355131 - (-0.51082562377 - 1.20397280433) / 2) = 63.42556627 (by hand).
    #[test]
    fn peer_scores_by_hand_and_they_sum_to_zero() {
        let s = [0.8, 0.6, 0.3];
        let total: f64 = s.iter().map(|x: &f64| x.ln()).sum();
        let peers: Vec<f64> = s.iter().map(|x| peer(x.ln(), total, 3).unwrap()).collect();
        close(peers[0], 63.42556627317537);
        for (a, b) in peers.iter().zip(peers_directly(&s)) {
            close(*a, b);
        }
        close(peers.iter().sum::<f64>(), 0.0);
        assert_eq!(peer(0.0, 0.0, 1), None);
    }

    #[test]
    fn peer_scores_of_many_sources_sum_to_zero() {
        let s: Vec<f64> = (1..=37)
            .map(|i| given(i as f64 / 38.0, i % 3 == 0))
            .collect();
        let total: f64 = s.iter().map(|x| x.ln()).sum();
        let sum: f64 = s
            .iter()
            .map(|x| peer(x.ln(), total, s.len()).unwrap())
            .sum();
        assert!(sum.abs() < 1e-9, "{sum}");
        for (a, b) in s
            .iter()
            .map(|x| peer(x.ln(), total, s.len()).unwrap())
            .zip(peers_directly(&s))
        {
            close(a, b);
        }
    }

    // Three forecasts 0.7, 0.9, 0.2 of an event that did not happen: squared errors 0.49,
    // 0.81, 0.04; median 0.49; relative Briers 0, 0.32, -0.45 (by hand). Four sources add
    // 0.5 (0.25): sorted 0.04, 0.25, 0.49, 0.81, median (0.25 + 0.49) / 2 = 0.37.
    #[test]
    fn relative_brier_against_the_median_by_hand() {
        let qs = [0.7, 0.9, 0.2];
        let mut errs: Vec<f64> = qs.iter().map(|&q| squared_error(q, false)).collect();
        let m = median(&mut errs.clone()).unwrap();
        close(m, 0.49);
        let rel: Vec<f64> = qs.iter().map(|&q| squared_error(q, false) - m).collect();
        close(rel[0], 0.0);
        close(rel[1], 0.32);
        close(rel[2], -0.45);
        errs.push(squared_error(0.5, false));
        close(median(&mut errs).unwrap(), 0.37);
        assert_eq!(median(&mut []), None);
    }

    // The crowd of 0.8, 0.6, 0.3: odds 4, 1.5, 3/7; product 18/7 = 2.571428...; cube root
    // 1.370013...; q_c = 1.370013 / 2.370013 = 0.578061... (by hand, cube root by Python's
    // (18/7) ** (1/3) = 1.37001342...).
    #[test]
    fn opposite_sources_make_a_crowd_at_even_odds_exactly() {
        for (a, b) in [
            (0.9, 0.1),
            (0.8, 0.2),
            (0.7, 0.3),
            (0.65, 0.35),
            (0.999, 0.001),
        ] {
            assert_eq!(crowd(&[a, b]), Some(0.5), "{a} and {b}");
            assert_eq!(crowd(&[a, 0.5, b]), Some(0.5), "{a}, 0.5 and {b}");
            let s = given(crowd(&[a, b]).unwrap(), true);
            assert_eq!(market_earned(given(START_PRICE, true), s), 0.0);
        }
        // Not even odds: left as computed.
        assert!(crowd(&[0.9, 0.11]).unwrap() > 0.5);
    }

    #[test]
    fn crowd_of_three_by_hand() {
        let g = (18.0f64 / 7.0).powf(1.0 / 3.0);
        close(g, 1.3700134211888826);
        close(crowd(&[0.8, 0.6, 0.3]).unwrap(), g / (1.0 + g));
        close(crowd(&[0.8, 0.6, 0.3]).unwrap(), 0.5780614611463404);
        close(crowd(&[0.3]).unwrap(), 0.3);
        close(crowd(&[0.3, 0.7]).unwrap(), 0.5);
        // Clamped: a 0 counts as 0.001.
        close(crowd(&[0.0]).unwrap(), 0.001);
        assert_eq!(crowd(&[]), None);
    }

    // The market scoring rule telescopes: what a market's forecasts earn sums to
    // log2(s_last / 0.5). 0.6, 0.9, 0.7 of an event that happened earn log2(0.6/0.5) =
    // 0.263034, log2(0.9/0.6) = 0.584963, log2(0.7/0.9) = -0.362570 (by hand, log2 by Python).
    #[test]
    fn market_scores_by_hand_and_they_telescope() {
        let earned = market_scores(&[0.6, 0.9, 0.7], true);
        close(earned[0], 0.2630344058);
        close(earned[1], 0.5849625007);
        close(earned[2], -0.3625700793);
        close(earned.iter().sum::<f64>(), (0.7f64 / 0.5).log2());
        let earned = market_scores(&[0.6, 0.6, 1.0, 0.1], false);
        close(earned[1], 0.0);
        close(earned.iter().sum::<f64>(), (given(0.1, false) / 0.5).log2());
        close(earned[2], (0.001f64 / 0.4).log2());
    }
}
