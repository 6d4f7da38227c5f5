//! Grouping forecasts by market. A market is the forecasts on one question with one
//! deadline ("by summer" and "by year end" on one question are two markets). Within a
//! market forecasts are in order of (date made, id), the order in which they move the
//! price; a source's forecast **in force** is its latest one, the earlier ones being its
//! superseded updates.
//!
//! `Markets` sorts once and hands out each market as a slice, so every market-level figure
//! (peer scores, relative Brier, the market scoring rule, the crowd, `report --latest`) is
//! computed in one pass over dense vectors, never with a query per market.
//!
//! Decision: the forecasts of one question and deadline should all agree on whether the
//! event happened (a question outcome resolves them together). If some were resolved by
//! hand the other way, the two sides are scored as separate markets rather than one side
//! being scored against an outcome it was not resolved to.

use super::rows::MarketRow;

/// Forecasts grouped by market, each market in (made_on, id) order.
#[derive(Debug, Default)]
pub struct Markets {
    rows: Vec<MarketRow>,
    /// Market k is `rows[starts[k]..starts[k + 1]]`.
    starts: Vec<usize>,
}

/// What puts two forecasts in one market.
fn market_key(r: &MarketRow) -> (i64, i32, Option<bool>) {
    (r.question_id, r.deadline, r.event_happened())
}

/// Question and deadline only: every forecast, whatever its status.
fn question_deadline(r: &MarketRow) -> (i64, i32, Option<bool>) {
    (r.question_id, r.deadline, None)
}

impl Markets {
    /// Groups `rows` (in any order) by market (question, deadline and, when resolved, the
    /// outcome; see the module doc).
    pub fn new(rows: Vec<MarketRow>) -> Self {
        Self::grouped(rows, market_key)
    }

    /// Groups `rows` by question and deadline alone, so unresolved, void and resolved
    /// forecasts of one source on one market meet (`report --latest`).
    pub fn by_question_and_deadline(rows: Vec<MarketRow>) -> Self {
        Self::grouped(rows, question_deadline)
    }

    fn grouped(mut rows: Vec<MarketRow>, key: fn(&MarketRow) -> (i64, i32, Option<bool>)) -> Self {
        rows.sort_unstable_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then(a.made_on.cmp(&b.made_on))
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

    /// Each market's forecasts, in (made_on, id) order.
    pub fn iter(&self) -> impl Iterator<Item = &[MarketRow]> + '_ {
        self.starts.windows(2).map(|w| &self.rows[w[0]..w[1]])
    }

    /// Every forecast, market by market.
    pub fn rows(&self) -> &[MarketRow] {
        &self.rows
    }
}

/// Finds the forecasts in force in a market, reusing its memory from market to market.
#[derive(Debug, Default)]
pub struct InForce {
    /// Per source id: the number of the market in which it was last seen (+1), so nothing
    /// needs clearing between markets.
    seen: Vec<u32>,
    market: u32,
    picked: Vec<usize>,
}

impl InForce {
    /// Positions in `market` of each source's latest forecast, in market order.
    pub fn of(&mut self, market: &[MarketRow]) -> &[usize] {
        self.market += 1;
        self.picked.clear();
        for (i, r) in market.iter().enumerate().rev() {
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
    fn forecasts_resolved_the_other_way_by_hand_are_a_market_of_their_own() {
        let mut other = row(2, 2, 1, 10, 1);
        other.outcome = Some(Outcome::False);
        let m = Markets::new(vec![row(1, 1, 1, 10, 1), other]);
        assert_eq!(m.len(), 2);
    }
}
