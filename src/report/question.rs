//! One question's markets (`forecast question KEY`): each market's forecasts in the order
//! they move the price, with the price before each, what each earned in the market scoring
//! rule and whether it is its source's forecast in force, plus the market's outcome. Pure:
//! built from market rows and source names.
//!
//! Every current forecast on the question is shown, resolved or not. A market whose
//! outcome is not known shows the price path but no earnings; one resolved but not past its
//! deadline shows earnings marked not yet scored (`compare` leaves it out until the
//! deadline passes). Void forecasts are in no market; they are listed apart.
//!
//! A market's outcome is the recorded question outcome's where one decides its deadline,
//! for all its forecasts; one resolved both ways by hand that no recorded outcome decides
//! shows no outcome and no earnings and is marked `resolved_both_ways` (`compare` leaves
//! it out too; see `markets`).

use super::markets::{market_outcome, InForce, MarketOutcome, Markets, Recorded};
use super::rows::{from_day_number, MarketRow};
use crate::model::Outcome;
use crate::score::market::{given, market_earned, START_PRICE};
use crate::score::printed;
use chrono::NaiveDate;
use serde::Serialize;

/// One forecast in a market.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Trade {
    pub id: i64,
    pub source: String,
    pub made_on: NaiveDate,
    /// The probability the forecast gives the question's event.
    pub probability: f64,
    /// The price before it (0.5 for the first).
    pub price_before: f64,
    /// Bits earned moving the price; null until the outcome is known.
    pub earned: Option<f64>,
    /// Its source's latest forecast in this market (under its condition, if it has one).
    pub in_force: bool,
    /// The forecast's condition, if it has one (not in the JSON otherwise; filled by
    /// `cmd::question`, which reads the texts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

/// One market: the question's forecasts with one deadline.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MarketView {
    pub deadline: NaiveDate,
    /// Whether the event happened by the deadline; null while unresolved.
    pub happened: Option<bool>,
    /// Resolved and past its deadline: `compare` counts it.
    pub scored: bool,
    /// Resolved both ways by hand, and no recorded question outcome decides it: no outcome
    /// to score it on (not scored).
    pub resolved_both_ways: bool,
    pub forecasts: Vec<Trade>,
}

/// A void forecast on the question (in no market).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct VoidForecast {
    pub id: i64,
    pub source: String,
    pub made_on: NaiveDate,
    pub deadline: NaiveDate,
}

/// The whole view.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub question: String,
    pub today: NaiveDate,
    pub markets: Vec<MarketView>,
    pub void: Vec<VoidForecast>,
}

/// The view of question `key` from its current forecasts `rows` (any order) and its
/// `recorded` outcomes; `name` gives a source's name from its id.
pub fn question_view(
    key: &str,
    rows: Vec<MarketRow>,
    recorded: &Recorded,
    name: &dyn Fn(i64) -> String,
    today: NaiveDate,
) -> QuestionView {
    let (void, live): (Vec<MarketRow>, Vec<MarketRow>) = rows
        .into_iter()
        .partition(|r| r.outcome == Some(Outcome::Void));
    let mut void: Vec<VoidForecast> = void
        .iter()
        .map(|r| VoidForecast {
            id: r.id,
            source: name(r.source_id),
            made_on: from_day_number(r.made_on),
            deadline: from_day_number(r.deadline),
        })
        .collect();
    void.sort_by_key(|v| (v.deadline, v.made_on, v.id));
    let markets = Markets::new(live);
    let mut in_force = InForce::default();
    let mut views: Vec<MarketView> = markets
        .iter()
        .map(|market| {
            let outcome = market_outcome(market, recorded);
            let happened = match outcome {
                MarketOutcome::Known(y) => Some(y),
                MarketOutcome::Open | MarketOutcome::Disagree => None,
            };
            let force = in_force.of(market).to_vec();
            let mut price = START_PRICE;
            let forecasts = market
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let q = r.event_probability();
                    let earned =
                        happened.map(|y| printed(market_earned(given(price, y), given(q, y))));
                    let t = Trade {
                        id: r.id,
                        source: name(r.source_id),
                        made_on: from_day_number(r.made_on),
                        probability: printed(q),
                        price_before: printed(price),
                        earned,
                        in_force: force.contains(&i),
                        condition: None,
                    };
                    price = q;
                    t
                })
                .collect();
            MarketView {
                deadline: from_day_number(market[0].deadline),
                happened,
                scored: happened.is_some() && market[0].matured,
                resolved_both_ways: outcome == MarketOutcome::Disagree,
                forecasts,
            }
        })
        .collect();
    // By deadline, then resolved before unresolved (a question outcome decides all of a
    // deadline's forecasts together, so both rarely occur).
    views.sort_by_key(|m| {
        let open = m.happened.is_none() && !m.resolved_both_ways;
        (m.deadline, open)
    });
    QuestionView {
        question: key.to_string(),
        today,
        markets: views,
        void,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::rows::day_number;

    fn row(
        id: i64,
        source: i64,
        made_on: &str,
        p: f64,
        for_event: bool,
        outcome: Option<Outcome>,
    ) -> MarketRow {
        MarketRow {
            id,
            lineage: id,
            source_id: source,
            question_id: 1,
            deadline: day_number("2025-09-22".parse().unwrap()),
            made_on: day_number(made_on.parse().unwrap()),
            probability: p,
            for_event,
            outcome,
            matured: true,
            corrected: false,
            late: false,
            condition: 0,
            amended: false,
        }
    }

    // The event did not happen. A says 0.4 for it (May), B 0.7 against it (= 0.3 for, June),
    // A updates to 0.2 (July). Prices before: 0.5, 0.4, 0.3. Earned (s = 1 - q): log2(0.6/0.5)
    // = 0.263034, log2(0.7/0.6) = 0.222392, log2(0.8/0.7) = 0.192645 (by hand, log2 by
    // Python); they sum to log2(0.8/0.5).
    #[test]
    fn prices_and_earnings_by_hand() {
        let no = Some(Outcome::False);
        let rows = vec![
            row(3, 1, "2025-07-01", 0.2, true, no),
            row(1, 1, "2025-05-01", 0.4, true, no),
            row(2, 2, "2025-06-01", 0.7, false, Some(Outcome::True)),
            row(4, 2, "2025-06-02", 0.5, true, Some(Outcome::Void)),
        ];
        let names = |id: i64| {
            if id == 1 {
                "A".to_string()
            } else {
                "B".to_string()
            }
        };
        let v = question_view(
            "q",
            rows,
            &Recorded::default(),
            &names,
            "2026-01-01".parse().unwrap(),
        );
        assert_eq!(v.markets.len(), 1);
        let m = &v.markets[0];
        assert_eq!((m.happened, m.scored), (Some(false), true));
        let got: Vec<(i64, f64, f64, bool)> = m
            .forecasts
            .iter()
            .map(|t| (t.id, t.probability, t.price_before, t.in_force))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, 0.4, 0.5, false),
                (2, 0.3, 0.4, true),
                (3, 0.2, 0.3, true)
            ]
        );
        let earned: Vec<f64> = m.forecasts.iter().map(|t| t.earned.unwrap()).collect();
        for (a, b) in earned
            .iter()
            .zip([0.2630344058, 0.2223924213, 0.1926450779])
        {
            assert!((a - b).abs() < 1e-9, "{a} {b}");
        }
        assert!((earned.iter().sum::<f64>() - (0.8f64 / 0.5).log2()).abs() < 1e-9);
        assert_eq!(v.void.len(), 1);
        assert_eq!(v.void[0].id, 4);
    }

    #[test]
    fn an_unresolved_market_has_prices_but_no_earnings() {
        let rows = vec![row(1, 1, "2025-05-01", 0.4, true, None)];
        let v = question_view(
            "q",
            rows,
            &Recorded::default(),
            &|_| "A".into(),
            "2025-06-01".parse().unwrap(),
        );
        let m = &v.markets[0];
        assert_eq!((m.happened, m.scored), (None, false));
        assert_eq!(m.forecasts[0].earned, None);
        assert_eq!(m.forecasts[0].price_before, 0.5);
    }
}
