//! Sources head to head (`forecast compare`): peer score, relative Brier, market score and
//! Brier per source over the markets it shares, the virtual sources `crowd` and `chance`,
//! bootstrap intervals, and the ranking. Computed from market rows in one pass over dense
//! vectors (no database here); the formulas are `score::market`'s.
//!
//! Decisions, where DESIGN.md leaves room:
//! - A market's forecasts are its scored ones (resolved true or false, deadline passed);
//!   `--source`, `--tag`, `--since` and `--until` select forecasts before markets are
//!   formed, so `--source A --source B` compares A and B on the questions both answered.
//! - Every per-market sum (ln s over the sources in force, the crowd's log odds, a source's
//!   totals) is exact (`score::Sum`), so the figures do not depend on the order rows were
//!   logged in; same-day forecasts in one market are ordered by id, as DESIGN.md says, which
//!   only the market score (the order prices move in) and which same-day update is in
//!   force can see.
//! - The crowd and chance are not traders; as if each were the only trader in its markets,
//!   their `market_score` is log2(s / 0.5) per market (0 for chance) and `trades` is the
//!   number of markets.
//! - The peer interval is null for fewer than two markets (one market resamples to itself).
//! - `logged_late` (DESIGN.md, "Hindsight is counted"; not in its compare shape, added) is
//!   per source how many of its trades (its forecasts in the markets scored) were logged
//!   late (after their deadline, or once an outcome for them was recorded), counted in the
//!   same pass. With `exclude_late` the late forecasts are dropped before markets are
//!   formed, as the scored rows are picked, and counted there instead, so a source whose
//!   scored forecasts were all logged late is listed with its count and no figures. Null
//!   for `crowd` and `chance`, which log nothing.
//! - A market's y is the recorded question outcome's where one decides its deadline, for
//!   every forecast in it; a market resolved both ways by hand that no recorded outcome
//!   decides is left out of every figure and counted in `markets_left_out` (see
//!   `markets`'s module doc).
//! - A market with one source in force, on a question that another source forecast by
//!   another deadline, is in no peer score or relative Brier although the question was
//!   shared (`by summer` beside `Q3`, or 2026-12-30 beside 2026-12-31): collected per
//!   question in `apart`, which the command says in a note (ad4 F1).

use super::markets::{market_outcome, InForce, MarketOutcome, Markets, Recorded};
use super::rows::MarketRow;
use crate::score::bootstrap::{mean_interval, seed_for, RESAMPLES};
use crate::score::market::{
    crowd_from_mean_log_odds, given, log_odds, market_earned, median, peer, reference_peer,
    squared_error, START_PRICE,
};
use crate::score::{printed, Sum};
use chrono::NaiveDate;
use serde::Serialize;

/// How `compare` ranks.
#[derive(Debug, Clone, Copy)]
pub struct CompareOptions {
    /// Sources with fewer shared markets are listed, not ranked.
    pub min_markets: u64,
    /// Bootstrap resamples per interval.
    pub resamples: usize,
    /// Leave the forecasts logged late out of the figures (they are still counted).
    pub exclude_late: bool,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            min_markets: 5,
            resamples: RESAMPLES,
            exclude_late: false,
        }
    }
}

/// One source's head-to-head figures (DESIGN.md's JSON fields).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceComparison {
    pub source: String,
    pub rank: Option<u64>,
    /// Markets with at least two sources in force that this source is in force in.
    pub markets: u64,
    pub peer_score: Option<f64>,
    pub peer_ci_low: Option<f64>,
    pub peer_ci_high: Option<f64>,
    pub relative_brier: Option<f64>,
    /// Bits earned in the market scoring rule over every market, shared or not.
    pub market_score: f64,
    pub trades: u64,
    /// Brier over its forecasts in force in shared markets.
    pub brier: Option<f64>,
    /// Its scored forecasts logged late (null for `crowd` and `chance`; not in DESIGN.md's
    /// shape, added: "Hindsight is counted").
    pub logged_late: Option<u64>,
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub today: NaiveDate,
    /// Markets with at least two sources in force.
    pub markets: u64,
    pub min_markets: u64,
    pub sources: Vec<SourceComparison>,
    pub crowd: SourceComparison,
    pub chance: SourceComparison,
    /// Markets left out: resolved both ways by hand, and no recorded question outcome
    /// decides them (not in DESIGN.md's shape; added).
    pub markets_left_out: u64,
    /// Those markets' (question id, deadline), in question then deadline order.
    #[serde(skip)]
    pub left_out: Vec<(i64, NaiveDate)>,
    /// The questions on which a market with one source in force sits beside a market of
    /// another source with another deadline (`Apart`), in question order.
    #[serde(skip)]
    pub apart: Vec<Apart>,
    /// Which forecasts were selected (see `Report::selection`), set by the command.
    #[serde(skip)]
    pub selection: super::rows::ReportFilter,
}

/// A question whose scored markets (one per deadline) include one with a single source in
/// force while another source forecast the question by another deadline: that market is in
/// no peer score or relative Brier, though the sources answered the same question.
#[derive(Debug, Clone, PartialEq)]
pub struct Apart {
    pub question_id: i64,
    /// How many of its markets have one source in force beside another source's deadline.
    pub alone: u64,
    /// Its first `APART_MARKETS` scored markets, each a deadline and its sources in force
    /// (names, in the order of the names `compare` was given: name order, or `--source`
    /// order); empty past the first `APART_NAMED` questions, which are all a note names.
    pub markets: Vec<(NaiveDate, Vec<String>)>,
    /// How many more scored markets the question has than `markets` lists.
    pub more_markets: u64,
}

/// How many questions of `Comparison::apart` carry their markets (the note names these).
pub const APART_NAMED: usize = 3;
/// How many markets of such a question are listed.
pub const APART_MARKETS: usize = 4;

/// The `Apart` of one question from its scored markets (deadline, source slots in force
/// in `names` order, shared by two or more forecasts in force), or `None` when no market
/// with one source sits beside another source's market. The markets of a question have
/// distinct deadlines, so a market with one source `s` is beside another source's market
/// exactly when the question's markets hold two or more sources in all: one pass.
/// `describe`: fill `markets` (the names), for the first questions only.
fn apart_of(
    question_id: i64,
    markets: &[(i32, Vec<usize>, bool)],
    names: &[(i64, String)],
    describe: bool,
) -> Option<Apart> {
    let mut all: Vec<usize> = markets
        .iter()
        .flat_map(|(_, who, _)| who.iter().copied())
        .collect();
    all.sort_unstable();
    all.dedup();
    let alone = markets
        .iter()
        .filter(|(_, who, shared)| !*shared && who.len() == 1)
        .count() as u64;
    if all.len() < 2 || alone == 0 {
        return None;
    }
    let listed = if describe { APART_MARKETS } else { 0 };
    Some(Apart {
        question_id,
        alone,
        markets: markets
            .iter()
            .take(listed)
            .map(|(d, who, _)| {
                (
                    super::rows::from_day_number(*d),
                    who.iter().map(|&s| names[s].1.clone()).collect(),
                )
            })
            .collect(),
        more_markets: markets.len().saturating_sub(listed) as u64,
    })
}

/// Running figures of one source (or of the crowd or chance).
#[derive(Debug, Default, Clone)]
struct Acc {
    peers: Vec<f64>,
    relative: Sum,
    brier: Sum,
    market: Sum,
    trades: u64,
    late: u64,
}

impl Acc {
    fn finish(&self, name: &str, opts: &CompareOptions) -> SourceComparison {
        let n = self.peers.len();
        let mean = |s: &Sum| (n > 0).then(|| printed(s.value() / n as f64));
        let mut peer_sum = Sum::default();
        self.peers.iter().for_each(|&p| peer_sum.add(p));
        let interval = mean_interval(&self.peers, opts.resamples, seed_for(name));
        SourceComparison {
            source: name.to_string(),
            rank: None,
            markets: n as u64,
            peer_score: mean(&peer_sum),
            peer_ci_low: interval.map(|i| printed(i.0)),
            peer_ci_high: interval.map(|i| printed(i.1)),
            relative_brier: mean(&self.relative),
            market_score: printed(self.market.value()),
            trades: self.trades,
            brier: mean(&self.brier),
            logged_late: Some(self.late),
        }
    }
}

/// Compares the sources `names` (id, name) on `rows` (current forecasts in any order;
/// those not scored are left out here), each market scored on the outcome `recorded`
/// gives it, else on its forecasts' own.
pub fn compare(
    rows: Vec<MarketRow>,
    recorded: &Recorded,
    names: &[(i64, String)],
    opts: CompareOptions,
    today: NaiveDate,
) -> Comparison {
    let max = names.iter().map(|(id, _)| *id).max().unwrap_or(0).max(0) as usize;
    let mut slot = vec![usize::MAX; max + 1];
    for (i, (id, _)) in names.iter().enumerate() {
        if let Ok(id) = usize::try_from(*id) {
            slot[id] = i;
        }
    }
    let slot_of = |r: &MarketRow| -> Option<usize> {
        usize::try_from(r.source_id)
            .ok()
            .and_then(|i| slot.get(i).copied())
            .filter(|&s| s != usize::MAX)
    };
    let mut acc = vec![Acc::default(); names.len()];
    // The scored rows, in place.
    let mut scored = rows;
    scored.retain(|r| {
        if !r.matured || r.event_happened().is_none() {
            return false;
        }
        let Some(s) = slot_of(r) else {
            return false;
        };
        // Left out, a late forecast is counted here; kept, where it trades (below).
        if r.late && opts.exclude_late {
            acc[s].late += 1;
            return false;
        }
        true
    });
    let markets = Markets::new(scored);
    let (mut crowd, mut chance) = (Acc::default(), Acc::default());
    let mut in_force = InForce::default();
    let mut errs = Vec::new();
    let mut shared = 0u64;
    let mut left_out = Vec::new();
    // The scored markets of the question being read (markets come in question order), for
    // `apart`: (deadline, source slots in force, shared).
    let mut apart = Vec::new();
    let mut question: Option<i64> = None;
    let mut question_markets: Vec<(i32, Vec<usize>, bool)> = Vec::new();
    for market in markets.iter() {
        let this = market[0].question_id;
        if question != Some(this) {
            if let Some(q) = question {
                apart.extend(apart_of(
                    q,
                    &question_markets,
                    names,
                    apart.len() < APART_NAMED,
                ));
            }
            question = Some(this);
            question_markets.clear();
        }
        let y = match market_outcome(market, recorded) {
            MarketOutcome::Known(y) => y,
            MarketOutcome::Open => continue,
            MarketOutcome::Disagree => {
                let r = &market[0];
                left_out.push((r.question_id, super::rows::from_day_number(r.deadline)));
                continue;
            }
        };
        // The market scoring rule over every forecast, in order.
        let mut prev = given(START_PRICE, y);
        for r in market {
            let s = given(r.event_probability(), y);
            let a = &mut acc[slot_of(r).unwrap_or_default()];
            a.market.add(market_earned(prev, s));
            a.trades += 1;
            a.late += u64::from(r.late);
            prev = s;
        }
        let force = in_force.of(market);
        let n = force.len();
        let mut who: Vec<usize> = force.iter().filter_map(|&i| slot_of(&market[i])).collect();
        who.sort_unstable();
        who.dedup();
        question_markets.push((market[0].deadline, who, n >= 2));
        if n < 2 {
            continue;
        }
        shared += 1;
        let (mut total, mut odds) = (Sum::default(), Sum::default());
        errs.clear();
        for &i in force {
            let q = market[i].event_probability();
            total.add(given(q, y).ln());
            odds.add(log_odds(q));
            errs.push(squared_error(q, y));
        }
        let total = total.value();
        let med = median(&mut errs).unwrap_or_default();
        for &i in force {
            let r = &market[i];
            let q = r.event_probability();
            let a = &mut acc[slot_of(r).unwrap_or_default()];
            a.peers
                .push(peer(given(q, y).ln(), total, n).unwrap_or_default());
            let e = squared_error(q, y);
            a.relative.add(e - med);
            a.brier.add(e);
        }
        let q_crowd = crowd_from_mean_log_odds(odds.value() / n as f64);
        for (a, q) in [(&mut crowd, q_crowd), (&mut chance, START_PRICE)] {
            let s = given(q, y);
            a.peers
                .push(reference_peer(s.ln(), total, n).unwrap_or_default());
            let e = squared_error(q, y);
            a.relative.add(e - med);
            a.brier.add(e);
            a.market.add(market_earned(given(START_PRICE, y), s));
            a.trades += 1;
        }
    }
    if let Some(q) = question {
        let describe = apart.len() < APART_NAMED;
        apart.extend(apart_of(q, &question_markets, names, describe));
    }
    let mut sources = finish_all(&acc, names, &opts);
    rank(&mut sources, opts.min_markets);
    let virtual_name = |row: &str| {
        crate::model::names::virtual_row_name(row, names.iter().map(|(_, n)| n.as_str()))
    };
    let virtual_source = |a: &Acc, name: &str| SourceComparison {
        logged_late: None,
        ..a.finish(name, &opts)
    };
    Comparison {
        today,
        markets: shared,
        min_markets: opts.min_markets,
        sources,
        crowd: virtual_source(&crowd, &virtual_name("crowd")),
        chance: virtual_source(&chance, &virtual_name("chance")),
        markets_left_out: left_out.len() as u64,
        left_out,
        apart,
        selection: Default::default(),
    }
}

/// Every source with a trade or a scored forecast logged late, finished (bootstraps
/// included) on every core.
fn finish_all(
    acc: &[Acc],
    names: &[(i64, String)],
    opts: &CompareOptions,
) -> Vec<SourceComparison> {
    let listed: Vec<usize> = (0..acc.len())
        .filter(|&i| acc[i].trades > 0 || acc[i].late > 0)
        .collect();
    let parts = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = listed.len().div_ceil(parts).max(64);
    std::thread::scope(|scope| {
        let handles: Vec<_> = listed
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|&i| acc[i].finish(&names[i].1, opts))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Ranks by peer score, best first, the sources with at least `min_markets` markets (equal
/// scores share a rank: 1, 1, 3); the rest follow unranked, best peer score first (none
/// last), then by name.
fn rank(sources: &mut [SourceComparison], min_markets: u64) {
    let ranked = |s: &SourceComparison| s.markets >= min_markets && s.peer_score.is_some();
    sources.sort_by(|a, b| {
        ranked(b)
            .cmp(&ranked(a))
            .then_with(|| match (a.peer_score, b.peer_score) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| a.source.cmp(&b.source))
    });
    // Equal peer scores share a rank, and the next rank skips as many places ("1, 1, 3":
    // standard competition ranking): ties were ranked 1 and 2 by name (audit 17 A20). Two
    // sources that gave the same probabilities on the same markets can differ in the last
    // bits of their averages (the others' sums add up in another order), so scores within
    // 1e-9 of each other are equal; the rows of a tie stay in name order.
    let same = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
    let mut place = 0;
    let mut last: Option<(f64, u64)> = None;
    for s in sources.iter_mut() {
        if !ranked(s) {
            continue;
        }
        place += 1;
        let score = s.peer_score.unwrap_or_default();
        let rank = match last {
            Some((prev, rank)) if same(prev, score) => rank,
            _ => place,
        };
        s.rank = Some(rank);
        last = Some((score, rank));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;

    fn day(s: &str) -> i32 {
        super::super::rows::day_number(s.parse().unwrap())
    }

    fn row(
        id: i64,
        source: i64,
        question: i64,
        made_on: &str,
        q: f64,
        happened: bool,
    ) -> MarketRow {
        MarketRow {
            id,
            lineage: id,
            source_id: source,
            question_id: question,
            deadline: day("2025-12-31"),
            made_on: day(made_on),
            probability: q,
            for_event: true,
            outcome: Some(if happened {
                Outcome::True
            } else {
                Outcome::False
            }),
            matured: true,
            corrected: false,
            late: false,
            condition: 0,
            amended: false,
        }
    }

    fn names() -> Vec<(i64, String)> {
        vec![(1, "A".into()), (2, "B".into()), (3, "C".into())]
    }

    /// Each source's name and rank, in the comparison's order.
    fn ranks(c: &Comparison) -> Vec<(&str, Option<u64>)> {
        c.sources
            .iter()
            .map(|s| (s.source.as_str(), s.rank))
            .collect()
    }

    fn find<'a>(c: &'a Comparison, name: &str) -> &'a SourceComparison {
        c.sources.iter().find(|s| s.source == name).unwrap()
    }

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    // One market, event happened, A 0.8, B 0.6, C 0.3 (all on one day, in id order).
    // Peer scores from the definition in Python (math.log): A 63.42556627317537,
    // B 20.27325540541, C -83.69882167858 (they sum to 0). Relative Brier: squared errors 0.04,
    // 0.16, 0.49, median 0.16: A -0.12, B 0, C 0.33. Market scores: A log2(0.8/0.5) =
    // 0.678072, B log2(0.6/0.8) = -0.415037, C log2(0.3/0.6) = -1; they sum to
    // log2(0.3/0.5). Crowd 0.5780614611463404 (score::market's test); chance 0.5.
    #[test]
    fn one_market_by_hand() {
        let rows = vec![
            row(1, 1, 1, "2025-01-01", 0.8, true),
            row(2, 2, 1, "2025-01-01", 0.6, true),
            row(3, 3, 1, "2025-01-01", 0.3, true),
        ];
        let c = compare(
            rows,
            &Recorded::default(),
            &names(),
            CompareOptions::default(),
            "2026-01-01".parse().unwrap(),
        );
        assert_eq!(c.markets, 1);
        let (a, b, cc) = (find(&c, "A"), find(&c, "B"), find(&c, "C"));
        close(a.peer_score.unwrap(), 63.42556627317537);
        close(b.peer_score.unwrap(), 20.273255405408218);
        close(cc.peer_score.unwrap(), -83.69882167858358);
        close(
            a.peer_score.unwrap() + b.peer_score.unwrap() + cc.peer_score.unwrap(),
            0.0,
        );
        close(a.relative_brier.unwrap(), -0.12);
        close(b.relative_brier.unwrap(), 0.0);
        close(cc.relative_brier.unwrap(), 0.33);
        close(a.market_score, 0.6780719051);
        close(b.market_score, -0.4150374993);
        close(cc.market_score, -1.0);
        close(
            a.market_score + b.market_score + cc.market_score,
            (0.3f64 / 0.5).log2(),
        );
        close(a.brier.unwrap(), 0.04);
        assert_eq!(a.rank, None, "one market is under --min-markets 5");
        let mean_ln = (0.8f64.ln() + 0.6f64.ln() + 0.3f64.ln()) / 3.0;
        close(
            c.crowd.peer_score.unwrap(),
            100.0 * (0.5780614611463404f64.ln() - mean_ln),
        );
        close(
            c.crowd.brier.unwrap(),
            (1.0 - 0.5780614611463404f64).powi(2),
        );
        close(
            c.chance.peer_score.unwrap(),
            100.0 * (0.5f64.ln() - mean_ln),
        );
        close(c.chance.brier.unwrap(), 0.25);
        close(c.chance.relative_brier.unwrap(), 0.25 - 0.16);
        close(c.chance.market_score, 0.0);
        assert_eq!(c.crowd.markets, 1);
    }

    // Updates: only the latest forecast of a source in a market is in force for peer
    // scores, but every forecast trades. A says 0.5 then 0.9, B 0.6; event happened.
    #[test]
    fn only_forecasts_in_force_meet_head_to_head_but_all_trade() {
        let rows = vec![
            row(1, 1, 1, "2025-01-01", 0.5, true),
            row(2, 2, 1, "2025-01-02", 0.6, true),
            row(3, 1, 1, "2025-01-03", 0.9, true),
        ];
        let c = compare(
            rows,
            &Recorded::default(),
            &names(),
            CompareOptions::default(),
            "2026-01-01".parse().unwrap(),
        );
        let a = find(&c, "A");
        assert_eq!((a.markets, a.trades), (1, 2));
        close(a.peer_score.unwrap(), 100.0 * (0.9f64.ln() - 0.6f64.ln()));
        // 0.5 -> 0.5 earns 0; 0.6 -> 0.9 earns log2(1.5).
        close(a.market_score, 1.5f64.log2());
        close(find(&c, "B").market_score, (0.6f64 / 0.5).log2());
    }

    /// Two sources with the same forecasts have the same peer score and share rank 1; the
    /// next is 3 (audit 17 A20: they were 1 and 2, by name).
    #[test]
    fn equal_peer_scores_share_a_rank() {
        let mut rows = Vec::new();
        let mut id = 0;
        for q in 1..=6 {
            for (s, p) in [(3, 0.6), (2, 0.6), (1, 0.3)] {
                id += 1;
                rows.push(row(id, s, q, "2025-01-01", p, q % 2 == 0));
            }
        }
        let c = compare(
            rows,
            &Recorded::default(),
            &names(),
            CompareOptions::default(),
            "2026-01-01".parse().unwrap(),
        );
        let order = ranks(&c);
        assert_eq!(order, vec![("B", Some(1)), ("C", Some(1)), ("A", Some(3))]);
    }

    #[test]
    fn ranking_needs_min_markets_and_is_by_peer_score() {
        let mut rows = Vec::new();
        let mut id = 0;
        for q in 1..=5 {
            for (s, p) in [(1, 0.9), (2, 0.6), (3, 0.7)] {
                if s == 3 && q > 2 {
                    continue;
                }
                id += 1;
                rows.push(row(id, s, q, "2025-01-01", p, true));
            }
        }
        let c = compare(
            rows,
            &Recorded::default(),
            &names(),
            CompareOptions::default(),
            "2026-01-01".parse().unwrap(),
        );
        let order = ranks(&c);
        assert_eq!(order, vec![("A", Some(1)), ("B", Some(2)), ("C", None)]);
        assert_eq!(c.markets, 5);
        let a = find(&c, "A");
        let (lo, hi) = (a.peer_ci_low.unwrap(), a.peer_ci_high.unwrap());
        assert!(lo <= a.peer_score.unwrap() && a.peer_score.unwrap() <= hi);
    }

    // The audit's case: A 0.8 (resolved true by hand), B 0.3 and C 0.6 (resolved false by
    // the question's `not-by` on the deadline). One market, y = 0 from the recorded outcome:
    // s = 0.2, 0.7, 0.4. Peer A = 100 (ln 0.2 - (ln 0.7 + ln 0.4) / 2) = -78.4839... (Python,
    // math.log); market bits in order: log2(0.2/0.5), log2(0.7/0.2), log2(0.4/0.7).
    #[test]
    fn a_recorded_outcome_scores_a_market_resolved_both_ways_by_hand() {
        let rows = vec![
            row(1, 1, 1, "2025-01-01", 0.8, true),
            row(2, 2, 1, "2025-01-02", 0.3, false),
            row(3, 3, 1, "2025-01-03", 0.6, false),
        ];
        let today = "2026-01-01".parse().unwrap();
        let c = compare(
            rows.clone(),
            &Recorded::default(),
            &names(),
            CompareOptions::default(),
            today,
        );
        assert_eq!((c.markets, c.markets_left_out), (0, 1));
        assert!(c.sources.is_empty(), "no figures from a market left out");
        let not_by = Recorded::new([(1, crate::model::QuestionEvent::NotBy(today))]);
        let c = compare(rows, &not_by, &names(), CompareOptions::default(), today);
        assert_eq!((c.markets, c.markets_left_out), (1, 0));
        let (a, b, cc) = (find(&c, "A"), find(&c, "B"), find(&c, "C"));
        let (la, lb, lc) = (0.2f64.ln(), 0.7f64.ln(), 0.4f64.ln());
        close(a.peer_score.unwrap(), 100.0 * (la - (lb + lc) / 2.0));
        close(b.peer_score.unwrap(), 100.0 * (lb - (la + lc) / 2.0));
        close(cc.peer_score.unwrap(), 100.0 * (lc - (la + lb) / 2.0));
        close(
            a.peer_score.unwrap() + b.peer_score.unwrap() + cc.peer_score.unwrap(),
            0.0,
        );
        close(a.market_score, (0.2f64 / 0.5).log2());
        close(b.market_score, (0.7f64 / 0.2).log2());
        close(cc.market_score, (0.4f64 / 0.7).log2());
        close(a.brier.unwrap(), 0.64);
    }

    // B's forecast was logged late: counted among B's trades; an unresolved late forecast
    // (C's on question 2) is no trade and not counted. With `exclude_late`, B's forecast is
    // left out of every figure (A and C meet alone) and still counted, so B is listed.
    #[test]
    fn late_forecasts_are_counted_per_source_and_left_out_only_when_asked() {
        let mut late = row(2, 2, 1, "2025-01-02", 0.6, true);
        late.late = true;
        let mut open_late = row(4, 3, 2, "2025-01-01", 0.5, true);
        (open_late.outcome, open_late.late) = (None, true);
        let rows = vec![
            row(1, 1, 1, "2025-01-01", 0.8, true),
            late,
            row(3, 3, 1, "2025-01-03", 0.3, true),
            open_late,
        ];
        let today = "2026-01-01".parse().unwrap();
        let c = compare(
            rows.clone(),
            &Recorded::default(),
            &names(),
            CompareOptions::default(),
            today,
        );
        let late_of = |c: &Comparison, n: &str| find(c, n).logged_late;
        assert_eq!(
            (late_of(&c, "A"), late_of(&c, "B"), late_of(&c, "C")),
            (Some(0), Some(1), Some(0))
        );
        assert_eq!((c.crowd.logged_late, c.chance.logged_late), (None, None));
        assert_eq!(find(&c, "B").trades, 1);
        let opts = CompareOptions {
            exclude_late: true,
            ..Default::default()
        };
        let c = compare(rows, &Recorded::default(), &names(), opts, today);
        let b = find(&c, "B");
        assert_eq!((b.logged_late, b.trades, b.markets), (Some(1), 0, 0));
        assert_eq!((b.peer_score, b.brier, b.rank), (None, None, None));
        // A 0.8 against C 0.3 alone: 100 ln(0.8 / 0.3).
        close(
            find(&c, "A").peer_score.unwrap(),
            100.0 * (0.8f64 / 0.3).ln(),
        );
        assert_eq!(c.sources.len(), 3);
    }

    #[test]
    fn unscored_forecasts_are_left_out() {
        let mut early = row(2, 2, 1, "2025-01-01", 0.6, true);
        early.matured = false;
        let mut open = row(3, 3, 1, "2025-01-01", 0.6, true);
        open.outcome = None;
        let rows = vec![row(1, 1, 1, "2025-01-01", 0.8, true), early, open];
        let c = compare(
            rows,
            &Recorded::default(),
            &names(),
            CompareOptions::default(),
            "2026-01-01".parse().unwrap(),
        );
        assert_eq!(c.markets, 0);
        assert_eq!(c.sources.len(), 1);
        assert_eq!(c.sources[0].peer_score, None);
        assert_eq!(c.crowd.peer_score, None);
    }

    /// ad4 F1: the markets of one source on a question another source forecast by another
    /// deadline are counted per question, named for the first questions only.
    #[test]
    fn a_question_shared_by_another_deadline_is_apart() {
        let names = vec![(1, "A".to_string()), (2, "B".to_string())];
        // A alone by day 10, B alone by day 20, both by day 30: two markets alone.
        let m = vec![
            (10, vec![0], false),
            (20, vec![1], false),
            (30, vec![0, 1], true),
        ];
        let a = apart_of(7, &m, &names, true).unwrap();
        assert_eq!((a.question_id, a.alone, a.more_markets), (7, 2, 0));
        assert_eq!(a.markets[0].0, "1970-01-11".parse::<NaiveDate>().unwrap());
        assert_eq!(a.markets[0].1, vec!["A".to_string()]);
        assert_eq!(a.markets[2].1, vec!["A".to_string(), "B".to_string()]);
        // One source on every market: nothing to say.
        let solo = [(10, vec![0], false), (20, vec![0], false)];
        assert_eq!(apart_of(7, &solo, &names, true), None);
        // Every market shared: nothing alone.
        assert_eq!(apart_of(7, &[(30, vec![0, 1], true)], &names, true), None);
        // Past the questions a note names: counted, not described.
        let a = apart_of(7, &m, &names, false).unwrap();
        assert_eq!((a.alone, a.markets.len(), a.more_markets), (2, 0, 3));
    }
}
