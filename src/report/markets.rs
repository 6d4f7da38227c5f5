//! Grouping forecasts by market. A market is the forecasts on one question with one
//! deadline ("by summer" and "by year end" on one question are two markets). Within a
//! market forecasts are in order of (date made, id), the order in which they move the
//! price; a source's forecast **in force** is its latest one (under each condition, or
//! none: `InForce`), the earlier ones being its superseded updates. The id that orders a forecast is its lineage's first (`MarketRow::
//! lineage`): a correction keeps the place of the forecast it corrects, so a wording fix
//! changes no price path, no score and no forecast in force (audit 15, A1).
//!
//! `Markets` sorts once and hands out each market as a slice, so every market-level figure
//! (peer scores, relative Brier, the market scoring rule, the crowd, `report --latest`) is
//! computed in one pass over dense vectors, never with a query per market.
//!
//! Decision (DESIGN.md, "Comparing sources"): a market is one question and one deadline,
//! and y is whether the question's event happened by that deadline. Where a recorded
//! question outcome decides the deadline, y is that outcome's for every forecast in the
//! market, whatever the forecast's own resolution (a forecast resolved by hand the other way
//! keeps its outcome in `report`, as a conflict, but the market is scored on what the
//! question says happened). Where no recorded outcome decides it, y is the one the market's
//! resolved forecasts agree on; if they were resolved both ways by hand, the market has no
//! outcome to score it on and is left out (`MarketOutcome::Disagree`; `compare` and
//! `question` say so). An annulment decides no y (it voids the forecasts it decides).

use super::rows::MarketRow;
use crate::model::{Outcome, QuestionEvent, Stance};
use rustc_hash::FxHashMap;

/// Forecasts grouped by market, each market in (made_on, lineage) order.
#[derive(Debug, Default)]
pub struct Markets {
    rows: Vec<MarketRow>,
    /// Market k is `rows[starts[k]..starts[k + 1]]`.
    starts: Vec<usize>,
}

/// What puts two forecasts in one market: question and deadline, resolved forecasts apart
/// from unresolved ones (those have no outcome to score on; `question` shows them as a
/// market still open).
fn market_key(r: &MarketRow) -> (i64, i32, bool) {
    (r.question_id, r.deadline, r.event_happened().is_some())
}

/// Question and deadline only: every forecast, whatever its status.
fn question_deadline(r: &MarketRow) -> (i64, i32, bool) {
    (r.question_id, r.deadline, false)
}

/// The recorded question outcomes, by question id, as market scoring reads them.
#[derive(Debug, Default)]
pub struct Recorded {
    events: FxHashMap<i64, Vec<QuestionEvent>>,
}

impl Recorded {
    /// From every recorded (question id, event), in the order recorded.
    pub fn new(events: impl IntoIterator<Item = (i64, QuestionEvent)>) -> Self {
        let mut map: FxHashMap<i64, Vec<QuestionEvent>> = FxHashMap::default();
        for (q, e) in events {
            map.entry(q).or_default().push(e);
        }
        Recorded { events: map }
    }

    /// Whether question `question`'s event happened by `deadline` (days since 1970), as the
    /// newest recorded outcome that decides the deadline says; `None` when none does (an
    /// annulment decides no y).
    pub fn happened(&self, question: i64, deadline: i32) -> Option<bool> {
        let deadline = super::rows::from_day_number(deadline);
        self.events.get(&question)?.iter().rev().find_map(|e| {
            match e.decides(deadline, Stance::For) {
                Some(Outcome::True) => Some(true),
                Some(Outcome::False) => Some(false),
                _ => None,
            }
        })
    }
}

/// What a market of resolved forecasts is scored on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarketOutcome {
    /// y: whether the event happened by the deadline.
    Known(bool),
    /// Its forecasts are unresolved.
    Open,
    /// Resolved both ways by hand, and no recorded question outcome decides it.
    Disagree,
}

/// The outcome `market` (one of `Markets`') is scored on: see the module doc.
pub fn market_outcome(market: &[MarketRow], recorded: &Recorded) -> MarketOutcome {
    let Some(first) = market.first() else {
        return MarketOutcome::Open;
    };
    let Some(own) = first.event_happened() else {
        return MarketOutcome::Open;
    };
    if let Some(y) = recorded.happened(first.question_id, first.deadline) {
        return MarketOutcome::Known(y);
    }
    if market.iter().all(|r| r.event_happened() == Some(own)) {
        MarketOutcome::Known(own)
    } else {
        MarketOutcome::Disagree
    }
}

impl Markets {
    /// Groups `rows` (in any order) by market (question and deadline, resolved forecasts
    /// apart from unresolved ones).
    pub fn new(rows: Vec<MarketRow>) -> Self {
        Self::grouped(rows, market_key)
    }

    /// Groups `rows` by question and deadline alone, so unresolved, void and resolved
    /// forecasts of one source on one market meet (`report --latest`).
    pub fn by_question_and_deadline(rows: Vec<MarketRow>) -> Self {
        Self::grouped(rows, question_deadline)
    }

    fn grouped(mut rows: Vec<MarketRow>, key: fn(&MarketRow) -> (i64, i32, bool)) -> Self {
        rows.sort_unstable_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then(a.made_on.cmp(&b.made_on))
                .then(a.lineage.cmp(&b.lineage))
                .then(a.id.cmp(&b.id))
        });
        let mut starts = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            if i == 0 || key(&rows[i - 1]) != key(r) {
                starts.push(i);
            }
        }
        starts.push(rows.len());
        Markets { rows, starts }
    }

    /// How many markets.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Each market's forecasts, in (made_on, lineage) order.
    pub fn iter(&self) -> impl Iterator<Item = &[MarketRow]> + '_ {
        self.starts.windows(2).map(|w| &self.rows[w[0]..w[1]])
    }

    /// Every forecast, market by market.
    pub fn rows(&self) -> &[MarketRow] {
        &self.rows
    }
}

/// Finds the forecasts in force in a market, reusing its memory from market to market.
///
/// A source's forecasts under different conditions are not updates of one another: each
/// condition (and no condition) has its own latest forecast in force (audit 17, A8). An
/// update keeps its forecast's condition (`forecast update`), so only forecasts logged
/// under another condition on purpose are told apart. Decision (a departure from
/// DESIGN.md's "a source's latest forecast", said in the README): such a source has more
/// than one forecast in force in the market, each counted as a forecast in force there
/// until the one whose condition failed is voided (`resolve ID --void --reason
/// condition-false`), which takes it out of every market.
#[derive(Debug, Default)]
pub struct InForce {
    /// Per source id: the number of the market in which it was last seen (+1), so nothing
    /// needs clearing between markets.
    seen: Vec<u32>,
    /// The (source, condition) pairs seen in this market, for conditional forecasts only.
    seen_conditional: rustc_hash::FxHashSet<(i64, u64)>,
    market: u32,
    picked: Vec<usize>,
}

impl InForce {
    /// Positions in `market` of each source's latest forecast (per condition), in market
    /// order.
    pub fn of(&mut self, market: &[MarketRow]) -> &[usize] {
        self.market += 1;
        self.picked.clear();
        self.seen_conditional.clear();
        for (i, r) in market.iter().enumerate().rev() {
            if r.condition != 0 {
                if self.seen_conditional.insert((r.source_id, r.condition)) {
                    self.picked.push(i);
                }
                continue;
            }
            let Ok(s) = usize::try_from(r.source_id) else {
                continue;
            };
            if s >= self.seen.len() {
                self.seen.resize(s + 1, 0);
            }
            if self.seen[s] != self.market {
                self.seen[s] = self.market;
                self.picked.push(i);
            }
        }
        self.picked.reverse();
        &self.picked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;

    fn row(id: i64, source: i64, question: i64, deadline: i32, made_on: i32) -> MarketRow {
        MarketRow {
            id,
            lineage: id,
            source_id: source,
            question_id: question,
            deadline,
            made_on,
            probability: 0.5,
            for_event: true,
            outcome: Some(Outcome::True),
            matured: true,
            corrected: false,
            amended: false,
            late: false,
            condition: 0,
        }
    }

    #[test]
    fn markets_are_question_and_deadline_in_date_then_id_order() {
        let m = Markets::new(vec![
            row(5, 1, 1, 10, 3),
            row(2, 2, 1, 10, 3),
            row(1, 1, 1, 20, 1),
            row(3, 3, 1, 10, 1),
            row(4, 1, 2, 10, 1),
        ]);
        let ids: Vec<Vec<i64>> = m.iter().map(|k| k.iter().map(|r| r.id).collect()).collect();
        assert_eq!(ids, vec![vec![3, 2, 5], vec![1], vec![4]]);
    }

    #[test]
    fn a_sources_latest_forecast_is_in_force() {
        let m = Markets::new(vec![
            row(1, 1, 1, 10, 1),
            row(2, 2, 1, 10, 2),
            row(3, 1, 1, 10, 3),
            row(4, 1, 1, 10, 3),
        ]);
        let market = m.iter().next().unwrap();
        let mut f = InForce::default();
        let ids: Vec<i64> = f.of(market).iter().map(|&i| market[i].id).collect();
        assert_eq!(ids, vec![2, 4]);
        // The same finder on the next market starts afresh.
        let ids: Vec<i64> = f.of(&market[..1]).iter().map(|&i| market[i].id).collect();
        assert_eq!(ids, vec![1]);
    }

    #[test]
    fn forecasts_under_different_conditions_are_each_in_force() {
        // Source 1: forecast 1 under condition a, 2 under condition b, 3 under a again (an
        // update of 1), 4 with none; source 2: forecast 5 under a.
        let mut rows = vec![
            row(1, 1, 1, 10, 1),
            row(2, 1, 1, 10, 2),
            row(3, 1, 1, 10, 3),
            row(4, 1, 1, 10, 4),
            row(5, 2, 1, 10, 5),
        ];
        let a = crate::report::rows::condition_key(Some("a ceasefire holds"));
        let b = crate::report::rows::condition_key(Some("no ceasefire"));
        for (r, c) in rows.iter_mut().zip([a, b, a, 0, a]) {
            r.condition = c;
        }
        let m = Markets::new(rows);
        let market = m.iter().next().unwrap();
        let mut f = InForce::default();
        let ids: Vec<i64> = f.of(market).iter().map(|&i| market[i].id).collect();
        assert_eq!(ids, vec![2, 3, 4, 5]);
        // The same finder on the next market starts afresh.
        let ids: Vec<i64> = f.of(&market[..1]).iter().map(|&i| market[i].id).collect();
        assert_eq!(ids, vec![1]);
        assert_ne!(a, b);
        assert_eq!(crate::report::rows::condition_key(None), 0);
    }

    #[test]
    fn a_correction_keeps_the_place_of_the_forecast_it_corrects() {
        // Source 1's forecast 1 and its update 2, source 2's forecast 3, all made the same
        // day; forecast 1 corrected (wording) as forecast 4. Forecast 4 sits where 1 did,
        // and the update (2) stays in force.
        let mut corrected = row(4, 1, 1, 10, 1);
        corrected.lineage = 1;
        let m = Markets::new(vec![row(2, 1, 1, 10, 1), row(3, 2, 1, 10, 1), corrected]);
        let market = m.iter().next().unwrap();
        let ids: Vec<i64> = market.iter().map(|r| r.id).collect();
        assert_eq!(ids, vec![4, 2, 3]);
        let force: Vec<i64> = InForce::default()
            .of(market)
            .iter()
            .map(|&i| market[i].id)
            .collect();
        assert_eq!(force, vec![2, 3]);
    }

    #[test]
    fn forecasts_resolved_either_way_share_one_market() {
        let mut other = row(2, 2, 1, 10, 1);
        other.outcome = Some(Outcome::False);
        let m = Markets::new(vec![row(1, 1, 1, 10, 1), other]);
        assert_eq!(m.len(), 1);
        let market = m.iter().next().unwrap();
        assert_eq!(
            market_outcome(market, &Recorded::default()),
            MarketOutcome::Disagree
        );
    }

    fn days(s: &str) -> i32 {
        super::super::rows::day_number(s.parse().unwrap())
    }

    #[test]
    fn a_recorded_outcome_decides_the_market_whatever_its_forecasts_say() {
        let d = |s: &str| s.parse().unwrap();
        let mut a = row(1, 1, 1, days("2026-03-31"), 1);
        a.outcome = Some(Outcome::True);
        let mut b = row(2, 2, 1, days("2026-03-31"), 2);
        b.outcome = Some(Outcome::False);
        let m = Markets::new(vec![a, b]);
        let market = m.iter().next().unwrap();
        let not_by = Recorded::new([(1, QuestionEvent::NotBy(d("2026-03-31")))]);
        assert_eq!(market_outcome(market, &not_by), MarketOutcome::Known(false));
        // A not-by before the deadline decides nothing; an annulment decides no y.
        let early = Recorded::new([(1, QuestionEvent::NotBy(d("2026-03-30")))]);
        assert_eq!(market_outcome(market, &early), MarketOutcome::Disagree);
        let annul = Recorded::new([(1, QuestionEvent::Annul)]);
        assert_eq!(market_outcome(market, &annul), MarketOutcome::Disagree);
        let happened = Recorded::new([(1, QuestionEvent::HappenedOn(d("2026-03-31")))]);
        assert_eq!(
            market_outcome(market, &happened),
            MarketOutcome::Known(true)
        );
        let late = Recorded::new([(1, QuestionEvent::HappenedOn(d("2026-04-01")))]);
        assert_eq!(market_outcome(market, &late), MarketOutcome::Known(false));
        // Another question's outcome decides nothing here.
        let other = Recorded::new([(2, QuestionEvent::NotBy(d("2026-12-31")))]);
        assert_eq!(market_outcome(market, &other), MarketOutcome::Disagree);
    }
}
