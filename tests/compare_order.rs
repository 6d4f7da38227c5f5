//! `compare` does not depend on the order rows were logged in: the same forecasts inserted
//! in two different orders (so with different source, question and forecast ids) give the
//! same comparison, bit for bit, intervals included. Within a market the generated
//! forecasts are made on different days, so DESIGN.md's tie-break (same day: by id, the
//! order logged) has nothing to decide.
//!
//! Also checked on every generated ledger, against figures computed here from the generated
//! data: peer scores sum to zero over all markets (each market's sum to 0), and the market
//! scores of all sources sum to the sum over markets of log2(s_last / 0.5).

#[path = "support/proptest_config.rs"]
mod proptest_config;

use chrono::{Days, NaiveDate};
use forecast_ledger::cmd::compare::comparison;
use forecast_ledger::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
use forecast_ledger::report::compare::CompareOptions;
use forecast_ledger::report::rows::ReportFilter;
use forecast_ledger::store::{Access, Resolved, Store};
use proptest::prelude::*;

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Days::new(n)
}

/// One generated forecast: market, source, probability in tenths, against, day in market.
#[derive(Debug, Clone, Copy)]
struct Gen {
    market: usize,
    source: u8,
    tenths: u8,
    against: bool,
    day: u64,
}

fn ledger(dir: &std::path::Path, name: &str, rows: &[Gen], happened: &[bool]) -> Store {
    let mut store = Store::open(&dir.join(name), Access::Write).unwrap();
    store
        .write("2026-01-01T00:00:00Z", |w| {
            for g in rows {
                let f = NewForecast {
                    source: format!("source {}", g.source),
                    claim: format!("market {} by {}", g.market, g.source),
                    probability: Probability::new(f64::from(g.tenths) / 10.0).unwrap(),
                    basis: ProbabilityBasis::Stated,
                    made_on: day(g.day),
                    // Two markets per question: same question, different deadlines.
                    deadline: day(300 + (g.market % 2) as u64),
                    deadline_phrase: None,
                    question: Some(format!("q{}", g.market / 2)),
                    stance: if g.against {
                        Stance::Against
                    } else {
                        Stance::For
                    },
                    condition: None,
                    article: None,
                    tags: vec![],
                };
                let claim_true = happened[g.market] != g.against;
                let resolved = Resolved {
                    outcome: if claim_true {
                        Outcome::True
                    } else {
                        Outcome::False
                    },
                    on: day(301),
                    note: None,
                    reason: None,
                };
                w.import_forecast(&f, Some(&resolved))?;
            }
            Ok(())
        })
        .unwrap();
    store
}

fn generated() -> impl Strategy<Value = (Vec<Gen>, Vec<bool>, Vec<u32>)> {
    (1usize..7).prop_flat_map(|markets| {
        (
            proptest::collection::vec(
                proptest::collection::vec((0u8..5, 0u8..=10, any::<bool>()), 1..7),
                markets,
            ),
            proptest::collection::vec(any::<bool>(), markets),
        )
            .prop_flat_map(|(per_market, happened)| {
                let rows: Vec<Gen> = per_market
                    .iter()
                    .enumerate()
                    .flat_map(|(m, fs)| {
                        fs.iter()
                            .enumerate()
                            .map(move |(j, &(source, tenths, against))| Gen {
                                market: m,
                                source,
                                tenths,
                                against,
                                day: j as u64 * 3 + m as u64,
                            })
                    })
                    .collect();
                let n = rows.len();
                (
                    Just(rows),
                    Just(happened),
                    proptest::collection::vec(any::<u32>(), n),
                )
            })
    })
}

proptest! {
    #![proptest_config(proptest_config::config(48))]

    #[test]
    fn compare_does_not_depend_on_insertion_order((rows, happened, keys) in generated()) {
        let dir = tempfile::tempdir().unwrap();
        let mut shuffled: Vec<(u32, Gen)> = keys.iter().copied().zip(rows.iter().copied()).collect();
        shuffled.sort_by_key(|(k, g)| (*k, g.market, g.day));
        let shuffled: Vec<Gen> = shuffled.into_iter().map(|(_, g)| g).collect();
        let reversed: Vec<Gen> = rows.iter().rev().copied().collect();
        let today = day(700);
        let opts = CompareOptions { min_markets: 2, ..Default::default() };
        let run = |name: &str, rows: &[Gen]| {
            let store = ledger(dir.path(), name, rows, &happened);
            let c = comparison(&store, &ReportFilter::default(), opts, today).unwrap();
            serde_json::to_value(&c).unwrap()
        };
        let a = run("a.sqlite3", &rows);
        prop_assert_eq!(&a, &run("b.sqlite3", &shuffled));
        prop_assert_eq!(&a, &run("c.sqlite3", &reversed));

        // Peer scores sum to zero over every market, so markets-weighted means do too.
        let sources = a["sources"].as_array().unwrap();
        let weighted: f64 = sources
            .iter()
            .filter(|s| !s["peer_score"].is_null())
            .map(|s| s["peer_score"].as_f64().unwrap() * s["markets"].as_f64().unwrap())
            .sum();
        prop_assert!(weighted.abs() < 1e-6, "peer scores sum to {}", weighted);

        // The market scores telescope, market by market, to log2(s_last / 0.5), s_last the
        // clamped probability the market's last forecast gave to what happened.
        let mut expected = 0.0;
        for (m, &y) in happened.iter().enumerate() {
            if let Some(last) = rows.iter().filter(|g| g.market == m).max_by_key(|g| g.day) {
                let p = f64::from(last.tenths) / 10.0;
                let q = if last.against { 1.0 - p } else { p };
                let q = q.clamp(0.001, 0.999);
                let s = if y { q } else { 1.0 - q };
                expected += (s / 0.5).log2();
            }
        }
        let total: f64 = sources.iter().map(|s| s["market_score"].as_f64().unwrap()).sum();
        prop_assert!((total - expected).abs() < 1e-6, "{} != {}", total, expected);
    }
}
