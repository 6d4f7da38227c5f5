//! `compare`, `question` and `update` through the binary: DESIGN.md's JSON shape, every
//! figure against the formulas written out plainly here (independent of the crate's
//! `score::market`), updates in force, and the renderings.

use crate::harness::{close, Ledger};
use serde_json::Value;

/// (source, question, day made in January 2025, probability of the claim, against).
/// Outcomes: q1, q3, q5 happened; q2, q4, q6 did not. A updates q1 on day 9.
const ROWS: &[(&str, u32, u32, f64, bool)] = &[
    ("A", 1, 1, 0.7, false),
    ("A", 2, 1, 0.2, false),
    ("A", 3, 1, 0.9, false),
    ("A", 4, 1, 0.4, false),
    ("A", 5, 1, 0.6, false),
    ("A", 6, 1, 0.1, false),
    ("B", 1, 2, 0.5, false),
    ("B", 2, 2, 0.5, false),
    ("B", 3, 2, 0.6, false),
    ("B", 4, 2, 0.7, false),
    ("B", 5, 2, 0.3, false),
    ("B", 6, 2, 0.5, false),
    ("C", 1, 3, 0.8, true), // against: 0.2 for the event
    ("C", 2, 3, 0.9, true),
    ("C", 3, 3, 0.99, false),
    ("C", 5, 3, 0.75, false),
    ("D", 4, 4, 0.35, false),
    ("A", 1, 9, 0.95, false),
];

fn happened(q: u32) -> bool {
    q % 2 == 1
}

fn build() -> Ledger {
    let l = Ledger::new();
    let mut csv =
        String::from("source,question,claim,probability,made_on,deadline,stance,outcome\n");
    for (s, q, d, p, against) in ROWS {
        let claim_true = happened(*q) != *against;
        csv.push_str(&format!(
            "{s},q{q},claim {s} {q} {d},{p},2025-01-{d:02},2025-06-30,{},{claim_true}\n",
            if *against { "against" } else { "for" }
        ));
    }
    let file = l.write_file("rows.csv", &csv);
    l.ok(&["import", file.to_str().unwrap()]);
    l
}

/// The figures DESIGN.md defines, computed plainly from `ROWS`.
struct Expected {
    peer: f64,
    markets: usize,
    relative: f64,
    brier: f64,
    market: f64,
    trades: usize,
}

fn expected(source: &str) -> Expected {
    let s_of = |q: f64, y: bool| {
        let q = q.clamp(0.001, 0.999);
        if y {
            q
        } else {
            1.0 - q
        }
    };
    let (mut peers, mut rel, mut brier) = (Vec::new(), 0.0, 0.0);
    let (mut market, mut trades) = (0.0, 0);
    for q in 1..=6u32 {
        let y = happened(q);
        let mut fs: Vec<_> = ROWS.iter().filter(|r| r.1 == q).collect();
        fs.sort_by_key(|r| r.2);
        let event = |r: &(&str, u32, u32, f64, bool)| if r.4 { 1.0 - r.3 } else { r.3 };
        // Market scoring rule over every forecast in order.
        let mut prev = 0.5;
        for r in &fs {
            let qv = event(r);
            if r.0 == source {
                market += (s_of(qv, y) / s_of(prev, y)).log2();
                trades += 1;
            }
            prev = qv;
        }
        // In force: each source's last.
        let mut force: Vec<(&str, f64)> = Vec::new();
        for r in fs.iter().rev() {
            if !force.iter().any(|(s, _)| *s == r.0) {
                force.push((r.0, event(r)));
            }
        }
        if force.len() < 2 || !force.iter().any(|(s, _)| *s == source) {
            continue;
        }
        let own = force.iter().find(|(s, _)| *s == source).unwrap().1;
        let others: Vec<f64> = force
            .iter()
            .filter(|(s, _)| *s != source)
            .map(|(_, q)| s_of(*q, y).ln())
            .collect();
        peers.push(100.0 * (s_of(own, y).ln() - others.iter().sum::<f64>() / others.len() as f64));
        let yv = if y { 1.0 } else { 0.0 };
        let mut errs: Vec<f64> = force.iter().map(|(_, q)| (q - yv) * (q - yv)).collect();
        errs.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let n = errs.len();
        let median = if n % 2 == 1 {
            errs[n / 2]
        } else {
            (errs[n / 2 - 1] + errs[n / 2]) / 2.0
        };
        rel += (own - yv).powi(2) - median;
        brier += (own - yv).powi(2);
    }
    let n = peers.len();
    Expected {
        peer: peers.iter().sum::<f64>() / n as f64,
        markets: n,
        relative: rel / n as f64,
        brier: brier / n as f64,
        market,
        trades,
    }
}

fn source<'a>(c: &'a Value, name: &str) -> &'a Value {
    c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

#[test]
fn compare_json_has_designs_shape() {
    let l = build();
    let c = l.json(&["compare", "--format", "json"]);
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&c),
        vec![
            "chance",
            "crowd",
            "markets",
            // Added to DESIGN.md's shape: markets resolved both ways by hand, left out.
            "markets_left_out",
            "min_markets",
            "sources",
            "today"
        ]
    );
    let fields = vec![
        "brier",
        // Added to DESIGN.md's shape: forecasts logged late ("Hindsight is counted").
        "logged_late",
        "market_score",
        "markets",
        "peer_ci_high",
        "peer_ci_low",
        "peer_score",
        "rank",
        "relative_brier",
        "source",
        "trades",
    ];
    for s in c["sources"].as_array().unwrap() {
        assert_eq!(keys(s), fields);
    }
    assert_eq!(keys(&c["crowd"]), fields);
    assert_eq!(keys(&c["chance"]), fields);
    assert_eq!(c["today"], "2026-11-28");
    assert_eq!(c["markets"], 6, "every question has two or more sources");
    assert_eq!(c["min_markets"], 5);
    assert!(c["crowd"]["rank"].is_null() && c["chance"]["rank"].is_null());
    assert_eq!(c["crowd"]["source"], "crowd");
    assert_eq!(c["chance"]["brier"], 0.25);
}

#[test]
fn every_figure_matches_the_formulas() {
    let l = build();
    let c = l.json(&["compare", "--format", "json"]);
    for name in ["A", "B", "C", "D"] {
        let got = source(&c, name);
        let want = expected(name);
        assert_eq!(got["markets"], want.markets as u64, "{name}");
        assert_eq!(got["trades"], want.trades as u64, "{name}");
        close(got["peer_score"].as_f64().unwrap(), want.peer);
        close(got["relative_brier"].as_f64().unwrap(), want.relative);
        close(got["brier"].as_f64().unwrap(), want.brier);
        close(got["market_score"].as_f64().unwrap(), want.market);
    }
    // A and B have six markets, C four and D one: only A and B are ranked.
    let ranks: Vec<(String, Value)> = c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["source"].as_str().unwrap().to_string(), s["rank"].clone()))
        .collect();
    let (a, b) = (expected("A").peer, expected("B").peer);
    assert!(a > b);
    assert_eq!(ranks[0], ("A".to_string(), Value::from(1)));
    assert_eq!(ranks[1], ("B".to_string(), Value::from(2)));
    assert!(ranks[2..].iter().all(|(_, r)| r.is_null()));
    // The interval holds the point estimate; it is the same run to run.
    let a = source(&c, "A");
    let (lo, hi) = (
        a["peer_ci_low"].as_f64().unwrap(),
        a["peer_ci_high"].as_f64().unwrap(),
    );
    let p = a["peer_score"].as_f64().unwrap();
    assert!(lo <= p && p <= hi, "{lo} {p} {hi}");
    assert_eq!(c, l.json(&["compare", "--format", "json"]));
    // Fewer markets needed: C is ranked too.
    let c3 = l.json(&["compare", "--format", "json", "--min-markets", "3"]);
    assert!(!source(&c3, "C")["rank"].is_null());
}

// A ledger of one market: A 0.95, B 0.5, C 0.2 for the event (0.8 against it); the event
// happened. The crowd by hand: the geometric mean of the odds (19 x 1 x 0.25)^(1/3) =
// 4.75^(1/3) = 1.6809877034 (cube root by Python), q = G / (1 + G) = 0.6270031382.
#[test]
fn the_crowd_of_a_three_source_market_by_hand() {
    let l = Ledger::new();
    let csv = "source,question,claim,probability,made_on,deadline,stance,outcome\n\
        A,q1,a,0.95,2025-01-09,2025-06-30,for,true\n\
        B,q1,b,0.5,2025-01-02,2025-06-30,for,true\n\
        C,q1,c,0.8,2025-01-03,2025-06-30,against,false\n";
    let file = l.write_file("q1.csv", csv);
    l.ok(&["import", file.to_str().unwrap()]);
    let c = l.json(&["compare", "--format", "json"]);
    let g = 4.75f64.powf(1.0 / 3.0);
    close(g, 1.6809877033994816);
    close(g / (1.0 + g), 0.627003138159864);
    let qc = g / (1.0 + g);
    close(c["crowd"]["brier"].as_f64().unwrap(), (1.0 - qc).powi(2));
    let mean_ln = (0.95f64.ln() + 0.5f64.ln() + 0.2f64.ln()) / 3.0;
    close(
        c["crowd"]["peer_score"].as_f64().unwrap(),
        100.0 * (qc.ln() - mean_ln),
    );
    close(
        c["chance"]["peer_score"].as_f64().unwrap(),
        100.0 * (0.5f64.ln() - mean_ln),
    );
    // Squared errors 0.0025, 0.25, 0.64: median 0.25.
    close(
        c["crowd"]["relative_brier"].as_f64().unwrap(),
        (1.0 - qc).powi(2) - 0.25,
    );
    // The market's market scores: 0.5 -> 0.5 (B) -> 0.2 (C) -> 0.95 (A) sum to
    // log2(0.95 / 0.5).
    let total: f64 = c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["market_score"].as_f64().unwrap())
        .sum();
    close(total, (0.95f64 / 0.5).log2());
    // And the peer scores sum to 0.
    let peers: f64 = c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["peer_score"].as_f64().unwrap())
        .sum();
    assert!(peers.abs() < 1e-9, "{peers}");
}

#[test]
fn filters_select_forecasts_before_markets_are_formed() {
    let l = build();
    // A and B alone: six markets of two.
    let c = l.json(&[
        "compare", "--format", "json", "--source", "a", "--source", "B",
    ]);
    assert_eq!(c["markets"], 6);
    assert_eq!(c["sources"].as_array().unwrap().len(), 2);
    let peers: f64 = c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["peer_score"].as_f64().unwrap())
        .sum();
    assert!(
        peers.abs() < 1e-9,
        "two sources, same markets: peer scores are opposite"
    );
    // Made on or before January 2: only A's and B's first forecasts.
    let c = l.json(&["compare", "--format", "json", "--until", "2025-01-02"]);
    assert_eq!(c["sources"].as_array().unwrap().len(), 2);
    let e = l.fails(&["compare", "--source", "Nobody"], 2);
    assert!(e.contains("`Nobody`"), "{e}");
}

#[test]
fn nothing_matured_is_nothing_compared() {
    let l = build().at("2025-06-01");
    let c = l.json(&["compare", "--format", "json"]);
    assert_eq!(c["markets"], 0);
    assert_eq!(c["sources"].as_array().unwrap().len(), 0);
    assert!(c["crowd"]["peer_score"].is_null());
    let t = l.ok(&["compare"]);
    assert!(t.contains("No scored forecasts match."), "{t}");
}

#[test]
fn table_csv_and_markdown_come_from_one_column_list() {
    let l = build();
    let csv = l.ok(&["compare", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "source,rank,markets,peer_score,peer_ci_low,peer_ci_high,relative_brier,market_score,trades,brier,logged_late"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 4 + 2, "four sources, crowd and chance");
    assert!(rows[0].starts_with("A,1,6,"));
    assert!(rows[4].starts_with("crowd,,"));
    let md = l.ok(&["compare", "--format", "markdown"]);
    assert!(md.contains("| rank | source | markets | peer score | 95% low | 95% high | rel. Brier | market bits | trades | Brier | late |"));
    assert_eq!(md.lines().filter(|x| x.starts_with("| ")).count(), 1 + 6);
    let table = l.ok(&["compare"]);
    assert!(table.contains("peer score") && table.contains("crowd") && table.contains("chance"));
}

#[test]
fn question_shows_prices_earnings_and_updates() {
    let l = build();
    let v = l.json(&["question", "q1", "--format", "json"]);
    assert_eq!(v["question"], "q1");
    let m = &v["markets"][0];
    assert_eq!(m["deadline"], "2025-06-30");
    assert_eq!(m["happened"], true);
    assert_eq!(m["scored"], true);
    let fs = m["forecasts"].as_array().unwrap();
    let got: Vec<(String, f64, f64, bool)> = fs
        .iter()
        .map(|f| {
            (
                f["source"].as_str().unwrap().to_string(),
                f["probability"].as_f64().unwrap(),
                f["price_before"].as_f64().unwrap(),
                f["in_force"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("A".into(), 0.7, 0.5, false),
            ("B".into(), 0.5, 0.7, true),
            ("C".into(), 0.2, 0.5, true),
            ("A".into(), 0.95, 0.2, true),
        ]
    );
    // log2(0.7/0.5), log2(0.5/0.7), log2(0.2/0.5), log2(0.95/0.2).
    for (f, want) in fs.iter().zip([
        (0.7f64 / 0.5).log2(),
        (0.5f64 / 0.7).log2(),
        (0.2f64 / 0.5).log2(),
        (0.95f64 / 0.2).log2(),
    ]) {
        close(f["earned"].as_f64().unwrap(), want);
    }
    let t = l.ok(&["question", "q1"]);
    assert!(
        t.contains("the event happened") && t.contains("updated"),
        "{t}"
    );
    let e = l.fails(&["question", "nope"], 2);
    assert!(e.contains("nope"), "{e}");
}

#[test]
fn question_chart_is_written_once_unless_forced() {
    let l = build();
    let svg = l.path("q1.svg");
    let svg_arg = svg.to_str().unwrap();
    l.ok(&["question", "q1", "--chart", svg_arg]);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg") && text.contains("q1, by 2025-06-30: happened"));
    // Four forecasts marked, three legend keys.
    assert_eq!(text.matches("<circle").count(), 4 + 3);
    let e = l.fails(&["question", "q1", "--chart", svg_arg], 2);
    assert!(e.contains("--force"), "{e}");
    l.ok(&["question", "q1", "--chart", svg_arg, "--force"]);
}

#[test]
fn an_update_is_a_new_forecast_scored_once_with_latest() {
    let l = Ledger::new();
    let id = l.add(
        "A",
        "X by June",
        "0.6",
        "2025-01-01",
        "2025-06-30",
        &["--question", "x", "--tag", "t"],
    );
    l.add(
        "B",
        "X by June",
        "0.5",
        "2025-01-02",
        "2025-06-30",
        &["--question", "x"],
    );
    let new = l.ok(&[
        "update",
        &id.to_string(),
        "--probability",
        "80%",
        "--made-on",
        "2025-02-01",
    ]);
    let new: i64 = new.trim().parse().unwrap();
    let shown = l.json(&["show", &new.to_string(), "--format", "json"]);
    assert_eq!(shown["forecast"]["claim"], "X by June");
    assert_eq!(shown["forecast"]["question"], "x");
    assert_eq!(shown["forecast"]["deadline"], "2025-06-30");
    assert_eq!(shown["forecast"]["tags"], serde_json::json!(["t"]));
    assert_eq!(shown["forecast"]["probability"], 0.8);
    let ups: Vec<(i64, bool)> = shown["updates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["id"].as_i64().unwrap(), u["in_force"].as_bool().unwrap()))
        .collect();
    assert_eq!(ups, vec![(id, false), (new, true)]);
    let text = l.ok(&["show", &id.to_string()]);
    assert!(text.contains("updates: 2 forecasts by A"), "{text}");
    // The update was journaled: verify sees an entry for it.
    l.ok(&["verify"]);
    // Invalid updates write nothing.
    let before = l.count("SELECT count(*) FROM forecasts");
    let e = l.fails(
        &[
            "update",
            &id.to_string(),
            "--probability",
            "0.7",
            "--made-on",
            "2024-12-31",
        ],
        2,
    );
    assert!(e.contains("`2024-12-31`"), "{e}");
    l.fails(&["update", &id.to_string(), "--probability", "1.7"], 2);
    l.fails(&["update", "999", "--probability", "0.7"], 2);
    l.ok(&["resolve", "--question", "x", "--happened-on", "2025-03-01"]);
    let e = l.fails(&["update", &id.to_string(), "--probability", "0.7"], 2);
    assert!(e.contains("resolved"), "{e}");
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), before);
    // report counts A twice; --latest once, with the update's probability.
    let all = l.json(&["report", "--format", "json", "--source", "A"]);
    assert_eq!(all["sources"][0]["scored"], 2);
    let latest = l.json(&["report", "--format", "json", "--source", "A", "--latest"]);
    assert_eq!(latest["sources"][0]["scored"], 1);
    assert_eq!(latest["sources"][0]["forecasts"], 1);
    close(latest["sources"][0]["brier"].as_f64().unwrap(), 0.04);
}

#[test]
fn unsupported_combinations_are_refused_cleanly() {
    let l = build();
    let e = l.fails(&["report", "--latest", "--by", "year"], 2);
    assert!(e.contains("--latest"), "{e}");
    l.fails(&["question", "q1", "--limit", "0"], 2);
    l.fails(&["compare", "--min-markets", "many"], 2);
    l.fails(&["question", "q1", "--chart", "q1.png"], 2);
}

/// `compare --exclude-late` leaves out a forecast logged once its question's outcome was
/// in the ledger, so hindsight earns nothing: B's 95% after the event is recorded drops out
/// and the market is A's 30% against C's 60% on an event that happened (deadlines after
/// the wall clock, so A and C are not late, scored as of a day after them: a read may take
/// any day, a write only one that has come). Peer scores by
/// hand: 100 ln(0.3/0.6) = -69.3147... for A, the opposite for C.
#[test]
fn exclude_late_takes_hindsight_out_of_the_markets() {
    // Written on a day that has come (a write's today cannot be in the future), read on a
    // day after the deadlines.
    let mut l = Ledger::new().at("2026-06-01");
    l.add(
        "A",
        "q happens",
        "0.3",
        "2026-01-01",
        "2099-06-01",
        &["--question", "q"],
    );
    l.add(
        "C",
        "q happens",
        "0.6",
        "2026-01-01",
        "2099-06-01",
        &["--question", "q"],
    );
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-03-01"]);
    l.add(
        "B",
        "q happens",
        "0.95",
        "2026-02-01",
        "2099-06-01",
        &["--question", "q"],
    );
    l.today = "2099-07-01".into();
    let all = l.json(&["compare", "--min-markets", "1", "--format", "json"]);
    let names = |v: &serde_json::Value| -> Vec<String> {
        let mut n: Vec<String> = v["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["source"].as_str().unwrap().to_string())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(&all), ["A", "B", "C"]);
    let honest = l.json(&[
        "compare",
        "--min-markets",
        "1",
        "--exclude-late",
        "--format",
        "json",
    ]);
    // B is still listed, with its forecast counted as late and no figures from it.
    assert_eq!(names(&honest), ["A", "B", "C"]);
    let b = source(&honest, "B");
    assert_eq!(
        (&b["logged_late"], &b["trades"], &b["markets"]),
        (&1.into(), &0.into(), &0.into())
    );
    assert!(b["peer_score"].is_null() && b["market_score"] == 0.0 && b["rank"].is_null());
    assert_eq!(honest["markets"], 1);
    let peer = |name: &str| {
        honest["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["source"] == name)
            .unwrap()["peer_score"]
            .as_f64()
            .unwrap()
    };
    let want = 100.0 * (0.3f64 / 0.6).ln();
    assert!((peer("A") - want).abs() < 1e-9, "{}", peer("A"));
    assert!((peer("C") + want).abs() < 1e-9, "{}", peer("C"));
    let table = l.ok(&["compare", "--min-markets", "1", "--exclude-late"]);
    assert!(table.contains("Forecasts logged late"), "{table}");
}

/// Forecasts logged late (DESIGN.md, "Hindsight is counted") are counted per source, exactly,
/// in compare's JSON, CSV, table and Markdown, with and without `--exclude-late` (left out,
/// a late forecast is still counted); crowd and chance log nothing (null, an empty CSV field,
/// `-`). Each source's count differs from its neighbours' and the ledger holds every kind of
/// lateness, so counting every forecast as late, counting none, or losing one kind changes a
/// cell (before, one late forecast of one kind, and the CSV, table and Markdown checked only
/// in part: breaking the count on the `--exclude-late` path or the lateness of a forecast
/// logged after a hand resolution or a passed deadline went unseen):
/// - A 0 and C 0: on time in market q; B 1: logged once q's outcome was recorded;
/// - D 2: one in q (late as B), one in r logged after r's deadline had passed;
/// - E 0: resolved by hand in market m; F 1: logged after that hand resolution.
///
/// A ledger with nothing late shows no `late` column in the table.
#[test]
fn compare_counts_forecasts_logged_late_per_source_in_every_format() {
    // Written on a day that has come (a write's today cannot be in the future), read on a
    // day after the deadlines.
    let mut l = Ledger::new().at("2026-06-01");
    let q = ["--question", "q"];
    l.add("A", "q happens", "0.3", "2026-01-01", "2099-06-01", &q);
    l.add("C", "q happens", "0.6", "2026-01-01", "2099-06-01", &q);
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-03-01"]);
    l.today = "2099-07-01".into();
    let table = l.ok(&["compare", "--min-markets", "1"]);
    let heading = table.lines().find(|l| l.contains("peer")).unwrap();
    assert!(
        !heading.contains("late"),
        "nothing late, no column:\n{table}"
    );
    l.today = "2026-06-01".into();
    l.add("B", "q happens", "0.95", "2026-02-01", "2099-06-01", &q);
    l.add("D", "q happens", "0.9", "2026-02-02", "2099-06-01", &q);
    // Past its deadline when logged: late whatever else.
    let r = ["--question", "r"];
    l.add("D", "r happens", "0.8", "2026-04-01", "2026-04-30", &r);
    l.ok(&["resolve", "--question", "r", "--happened-on", "2026-04-15"]);
    // Logged once another forecast of its market was resolved by hand.
    let m = ["--question", "m"];
    let e = l.add("E", "m happens", "0.4", "2026-01-03", "2099-06-01", &m);
    l.ok(&["resolve", &e.to_string(), "--yes", "--on", "2026-05-01"]);
    let f = l.add("F", "m happens", "0.7", "2026-01-04", "2099-06-01", &m);
    l.ok(&["resolve", &f.to_string(), "--yes", "--on", "2026-05-01"]);
    l.today = "2099-07-01".into();
    let want = [
        ("A", "0"),
        ("B", "1"),
        ("C", "0"),
        ("D", "2"),
        ("E", "0"),
        ("F", "1"),
        ("crowd", "-"),
        ("chance", "-"),
    ];
    let want: std::collections::BTreeMap<String, String> = want
        .iter()
        .map(|(n, c)| (n.to_string(), c.to_string()))
        .collect();
    for extra in [&[][..], &["--exclude-late"][..]] {
        let args = |format: &'static str| -> Vec<&str> {
            let mut a = vec!["compare", "--min-markets", "1", "--format", format];
            a.extend_from_slice(extra);
            a
        };
        // JSON: a count per source, null for crowd and chance.
        let c = l.json(&args("json"));
        let mut got: std::collections::BTreeMap<String, String> = c["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["source"].as_str().unwrap().to_string(),
                    s["logged_late"].to_string(),
                )
            })
            .collect();
        for name in ["crowd", "chance"] {
            let late = &c[name]["logged_late"];
            assert!(late.is_null(), "{name}: {late}");
            got.insert(name.to_string(), "-".to_string());
        }
        assert_eq!(got, want, "json {extra:?}");
        // CSV: the `logged_late` column, empty for crowd and chance.
        let csv = l.ok(&args("csv"));
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let at = header.iter().position(|h| *h == "logged_late").unwrap();
        let got: std::collections::BTreeMap<String, String> = lines
            .map(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                assert_eq!(cells.len(), header.len(), "{csv}");
                let late = if cells[at].is_empty() { "-" } else { cells[at] };
                (cells[0].to_string(), late.to_string())
            })
            .collect();
        assert_eq!(got, want, "csv {extra:?}:\n{csv}");
        // The table and Markdown: the `late` column under its heading.
        for format in ["table", "markdown"] {
            let text = l.ok(&args(format));
            let cells = |line: &str| -> Vec<String> {
                line.split(['│', '┆', '|'])
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty())
                    .collect()
            };
            let heading = cells(text.lines().find(|l| l.contains("peer")).unwrap());
            let at = heading.iter().position(|h| h == "late").unwrap();
            let name_at = heading.iter().position(|h| h == "source").unwrap();
            let got: std::collections::BTreeMap<String, String> = text
                .lines()
                .map(cells)
                .filter(|c| {
                    c.len() == heading.len() && !["source", "---"].contains(&c[name_at].as_str())
                })
                .map(|c| (c[name_at].clone(), c[at].clone()))
                .collect();
            assert_eq!(got, want, "{format} {extra:?}:\n{text}");
        }
    }
}

/// The audit's case (DESIGN.md: a market is one question and one deadline, y whether the
/// event happened by it). A 0.8, B 0.3, C 0.6 on question e by 2026-03-31; A resolved true
/// by hand, B and C false by hand: one market with no outcome to score it on, left out. Then
/// `--not-by 2026-03-31` is recorded (A reported as a conflict, kept true).
/// One market, y = 0 from the recorded outcome for all three: s = 0.2, 0.7, 0.4. Figures
/// worked by hand from DESIGN.md's definitions (ln and log2 as written here, not the crate's).
#[test]
fn a_question_outcome_decides_a_market_a_hand_resolution_disagrees_with() {
    let l = Ledger::new();
    let e = ["--question", "e"];
    l.add("A", "E by March", "0.8", "2026-01-01", "2026-03-31", &e);
    l.add("B", "E by March b", "0.3", "2026-01-02", "2026-03-31", &e);
    l.add("C", "E by March c", "0.6", "2026-01-03", "2026-03-31", &e);
    l.ok(&["resolve", "2", "--no", "--on", "2026-04-01"]);
    l.ok(&["resolve", "3", "--no", "--on", "2026-04-01"]);
    // A hand resolution against the others is refused (audit 17, A2); an amendment is the
    // way left to split a market by hand.
    l.fails(&["resolve", "1", "--yes", "--on", "2026-02-01"], 2);
    l.ok(&["resolve", "1", "--no", "--on", "2026-04-01"]);
    l.ok(&[
        "resolve",
        "1",
        "--yes",
        "--on",
        "2026-02-01",
        "--amend",
        "--note",
        "appeal",
    ]);
    // Resolved both ways by hand, no recorded outcome: left out, and said so.
    let r = l.run(&["compare", "--min-markets", "1", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (j["markets"].as_u64(), j["markets_left_out"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(j["sources"].as_array().unwrap().len(), 0, "{j}");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr.starts_with("warning: 1 market(s) left out")
            && r.stderr.contains("question `e` by 2026-03-31"),
        "{}",
        r.stderr
    );
    let q = l.json(&["question", "e", "--format", "json"]);
    assert_eq!(q["markets"].as_array().unwrap().len(), 1, "{q}");
    assert_eq!(q["markets"][0]["resolved_both_ways"], true);
    assert_eq!(q["markets"][0]["happened"], Value::Null);
    assert_eq!(q["markets"][0]["scored"], false);

    l.ok(&["resolve", "--question", "e", "--not-by", "2026-03-31"]);
    let r = l.run(&["compare", "--min-markets", "1", "--format", "json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let j: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (j["markets"].as_u64(), j["markets_left_out"].as_u64()),
        (Some(1), Some(0))
    );
    let get = |name: &str| {
        j["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["source"] == name)
            .unwrap_or_else(|| panic!("{name} missing: {j}"))
            .clone()
    };
    let (la, lb, lc) = (0.2f64.ln(), 0.7f64.ln(), 0.4f64.ln());
    let want = [
        (
            "A",
            100.0 * (la - (lb + lc) / 2.0),
            (0.2f64 / 0.5).log2(),
            0.64,
        ),
        (
            "B",
            100.0 * (lb - (la + lc) / 2.0),
            (0.7f64 / 0.2).log2(),
            0.09,
        ),
        (
            "C",
            100.0 * (lc - (la + lb) / 2.0),
            (0.4f64 / 0.7).log2(),
            0.36,
        ),
    ];
    let mut sum = 0.0;
    for (name, peer, bits, brier) in want {
        let s = get(name);
        assert_eq!(s["markets"], 1, "{name}");
        close(s["peer_score"].as_f64().unwrap(), peer);
        close(s["market_score"].as_f64().unwrap(), bits);
        close(s["brier"].as_f64().unwrap(), brier);
        sum += s["peer_score"].as_f64().unwrap();
    }
    close(sum, 0.0);
    // The market view agrees: one market, the event did not happen, A earned log2(0.2/0.5).
    let q = l.json(&["question", "e", "--format", "json"]);
    let m = &q["markets"];
    assert_eq!(m.as_array().unwrap().len(), 1, "{q}");
    assert_eq!(
        (m[0]["happened"].as_bool(), m[0]["scored"].as_bool()),
        (Some(false), Some(true))
    );
    assert_eq!(m[0]["resolved_both_ways"], false);
    close(
        m[0]["forecasts"][0]["earned"].as_f64().unwrap(),
        (0.2f64 / 0.5).log2(),
    );
    // A keeps its own hand resolution in `report`: the conflict is reported, not applied.
    let rep = l.json(&["report", "--source", "A", "--format", "json"]);
    close(rep["sources"][0]["brier"].as_f64().unwrap(), 0.04);
}

/// Audit 17, A8: two forecasts of one source under different conditions are not updates of
/// one another: each is in force in the market (`question`, `show`, `report --latest`,
/// `compare`); `question` prints each condition and `resolve --question` names the
/// conditional forecasts it decided and how to void one whose condition failed. Before,
/// forecast 1 was taken as forecast 2's superseded update only because of id order.
#[test]
fn forecasts_under_different_conditions_are_not_updates_of_one_another() {
    let l = Ledger::new().at("2026-06-30");
    let q = |c: &'static str| ["--question", "relief", "--condition", c];
    l.add(
        "me",
        "Sanctions relief by June",
        "0.7",
        "2026-01-05",
        "2026-06-15",
        &q("a ceasefire holds for a month"),
    );
    l.add(
        "me",
        "Sanctions relief by June",
        "0.2",
        "2026-01-05",
        "2026-06-15",
        &q("no ceasefire"),
    );
    l.add(
        "Bob",
        "Sanctions relief by June",
        "0.4",
        "2026-01-05",
        "2026-06-15",
        &["--question", "relief"],
    );
    l.add(
        "me",
        "Sanctions relief by June",
        "0.1",
        "2026-01-06",
        "2026-06-15",
        &q("no ceasefire"),
    );
    assert_eq!(
        l.ok(&["resolve", "--question", "relief", "--not-by", "2026-06-15"]),
        "question relief (not-by 2026-06-15): resolved 4 (0 true, 4 false, 0 void); 0 already agreed; 0 still open; 0 conflict(s)\n  note: 3 forecast(s) resolved carry a condition: forecast 1 (me) if `a ceasefire holds for a month`, forecast 2 (me) if `no ceasefire`, forecast 4 (me) if `no ceasefire`; this outcome decides the claim, not whether the condition held: void each one whose condition did not hold with `forecast resolve ID --void --reason condition-false --amend --note WHY` (a void is never scored)\n"
    );
    // In force: me's latest under each condition (1, and 4 updating 2), and Bob's.
    let v = l.json(&["question", "relief", "--format", "json"]);
    let trades: Vec<(i64, bool, Value)> = v["markets"][0]["forecasts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["id"].as_i64().unwrap(),
                t["in_force"].as_bool().unwrap(),
                t["condition"].clone(),
            )
        })
        .collect();
    assert_eq!(
        trades,
        vec![
            (1, true, Value::from("a ceasefire holds for a month")),
            (2, false, Value::from("no ceasefire")),
            (3, true, Value::Null),
            (4, true, Value::from("no ceasefire")),
        ]
    );
    let table = l.ok(&["question", "relief"]);
    assert!(
        table.contains("  forecast 1 (me) under the condition: a ceasefire holds for a month\n  forecast 2 (me) under the condition: no ceasefire\n  forecast 4 (me) under the condition: no ceasefire\n"),
        "{table}"
    );
    // `show`: forecast 1 has no update; 2 and 4 are one line of updates.
    assert!(!l.ok(&["show", "1"]).contains("updates:"));
    let show = l.ok(&["show", "2"]);
    assert!(
        show.contains("updates: 2 forecasts by me on this question, deadline and condition (the latest is in force):\n  forecast 2      made 2026-01-05  20%  (this one)\n  forecast 4      made 2026-01-06  10%  in force\n"),
        "{show}"
    );
    // `report --latest` keeps forecasts 1 and 4 of me: Brier ((0.7)^2 + (0.1)^2) / 2 = 0.25.
    let r = l.json(&["report", "--latest", "--format", "json"]);
    let me = r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "me")
        .unwrap()
        .clone();
    assert_eq!(me["scored"], 2, "{me}");
    close(me["brier"].as_f64().unwrap(), 0.25);
    // The ceasefire did not hold: forecast 1 is voided, and only 4 meets Bob.
    l.ok(&[
        "resolve",
        "1",
        "--void",
        "--reason",
        "condition-false",
        "--amend",
        "--note",
        "no ceasefire",
    ]);
    let c = l.json(&["compare", "--min-markets", "1", "--format", "json"]);
    let me = c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "me")
        .unwrap()
        .clone();
    assert_eq!(me["markets"], 1, "{me}");
    // Peer: 100 x (ln 0.9 - ln 0.6), by hand.
    close(
        me["peer_score"].as_f64().unwrap(),
        100.0 * (0.9f64.ln() - 0.6f64.ln()),
    );
}

/// Audit 18, A11: `question KEY` on a busy question stops its table at the row limit `list`
/// uses and says so on stderr, `--limit` changes it, CSV gives every forecast; `--chart` is
/// bounded (`price_chart::tests`). Before, every row was printed and `--limit` unknown.
#[test]
fn a_busy_questions_table_stops_at_the_list_limit_and_says_so() {
    let l = Ledger::new().at("2026-12-01");
    let mut csv = String::from("source,claim,probability,made_on,deadline,question\n");
    for i in 0..1005 {
        let deadline = ["2027-01-31", "2027-02-28", "2027-03-31"][i % 3];
        csv.push_str(&format!(
            "S{},c{i},0.5,2026-01-01,{deadline},busy\n",
            i % 40
        ));
    }
    let f = l.write_file("busy.csv", &csv);
    l.ok(&["import", f.to_str().unwrap()]);
    let r = l.run(&["question", "busy"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: showing the first 1000 of 1005 forecasts on question `busy`; --limit N shows more, --format csv all of them\n"
    );
    assert_eq!(r.stdout.matches("Market: by").count(), 3);
    let r = l.run(&["question", "busy", "--limit", "2"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.matches("Market: by").count(), 1);
    assert_eq!(
        r.stderr,
        "warning: showing the first 2 of 1005 forecasts on question `busy`; --limit N shows more, --format csv all of them\n"
    );
    let r = l.run(&["question", "busy", "--format", "csv"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout.lines().count(), 1006);
    assert_eq!(
        l.run(&["question", "busy", "--limit", "0"]).stderr,
        "error: --limit `0`: it must be at least 1; leave it out for every row\n"
    );
}

/// Audit 21, B4: two opposite sources make a crowd at even odds, the starting price, which
/// earns exactly 0; it printed -3.2e-16 (and `-0.00` in the table).
#[test]
fn a_crowd_at_even_odds_earns_exactly_zero() {
    let l = Ledger::new();
    for (s, p, day) in [("A", "0.9", "2026-01-05"), ("B", "0.1", "2026-01-06")] {
        l.add(
            s,
            "Deal by June",
            p,
            day,
            "2026-06-30",
            &["--question", "deal"],
        );
    }
    l.ok(&["resolve", "--question", "deal", "--not-by", "2026-06-30"]);
    let c = l.json(&["compare", "--format", "json"]);
    assert_eq!(c["crowd"]["market_score"], 0.0, "{c}");
    let csv = l.ok(&["compare", "--format", "csv"]);
    let crowd = csv.lines().find(|r| r.starts_with("crowd,")).unwrap();
    assert!(!crowd.contains("e-"), "{crowd}");
    assert!(!l.ok(&["compare"]).contains("-0.00"));
}

/// A cell that reads as zero with a minus sign (`-0.0`, `-0.000`).
fn negative_zero(cell: &str) -> bool {
    cell.starts_with('-') && cell.parse::<f64>() == Ok(0.0)
}

/// Audit: a bound that is 0 in exact arithmetic printed as -2.22e-14 in JSON and CSV and as
/// `-0.0` in the table (sums of logarithms in the bootstrap). A and B give identical
/// forecasts on every market; figures within 1e-12 of 0 print as 0, never negative zero.
#[test]
fn a_bound_that_is_zero_prints_as_zero_in_every_format() {
    let l = Ledger::new();
    let file = l.write_file(
        "same.csv",
        "source,question,claim,probability,made_on,deadline,stance,outcome\n\
         A,q1,a 1,0.6,2025-01-01,2025-06-30,for,false\n\
         B,q1,b 1,0.6,2025-01-01,2025-06-30,for,false\n\
         C,q1,c 1,0.2,2025-01-01,2025-06-30,for,false\n\
         A,q2,a 2,0.2,2025-01-02,2025-06-30,for,true\n\
         B,q2,b 2,0.2,2025-01-02,2025-06-30,for,true\n\
         C,q2,c 2,0.2,2025-01-02,2025-06-30,for,true\n\
         A,q3,a 3,0.6,2025-01-03,2025-06-30,for,true\n\
         B,q3,b 3,0.6,2025-01-03,2025-06-30,for,true\n",
    );
    l.ok(&["import", file.to_str().unwrap()]);
    let json = l.ok(&["compare", "--min-markets", "1", "--format", "json"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    let a = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "A")
        .unwrap();
    // The crowd's lower bound is a mean of log ratios that cancel (it printed -2.22e-14).
    assert_eq!(
        (
            v["crowd"]["peer_ci_low"].to_string(),
            a["peer_ci_high"].to_string(),
            a["relative_brier"].to_string()
        ),
        ("0.0".to_string(), "0.0".to_string(), "0.0".to_string())
    );
    assert!(!json.contains("e-") && !json.contains("-0.0,"), "{json}");
    let csv = l.ok(&["compare", "--min-markets", "1", "--format", "csv"]);
    assert!(
        csv.lines()
            .flat_map(|line| line.split(','))
            .all(|cell| !cell.contains("e-") && !negative_zero(cell)),
        "{csv}"
    );
    for format in ["table", "markdown"] {
        let text = l.ok(&["compare", "--min-markets", "1", "--format", format]);
        assert!(
            text.split(|c: char| c.is_whitespace() || c == '|' || c == '┆' || c == '│')
                .all(|cell| !negative_zero(cell)),
            "{text}"
        );
    }
}

/// ad4 F1: two sources forecast one question by deadlines a week apart (`by summer`,
/// 2026-09-22, and `Q3`, 2026-09-30): two markets of one source each, in no peer score or
/// relative Brier (DESIGN.md: a market is one question with one deadline). `compare` said
/// nothing; it now names such questions with their markets in one note on stderr, in every
/// format. A question both forecast by one deadline is compared as before and not named.
/// Figures by hand: `snow` is the one shared market, y = 1, me 0.8 and Sam 0.4, so me's
/// peer score is 100 (ln 0.8 - ln 0.4) = 100 ln 2; me's market bits count its lone `rain`
/// market too: log2(0.7 / 0.5) + log2(0.8 / 0.5).
#[test]
fn a_question_shared_by_another_deadline_is_said() {
    let l = Ledger::new();
    let (rain, snow) = (["--question", "rain"], ["--question", "snow"]);
    l.add(
        "me",
        "Rain by summer",
        "0.7",
        "2026-01-01",
        "2026-09-22",
        &rain,
    );
    l.add(
        "Sam",
        "Rain in Q3",
        "0.6",
        "2026-01-01",
        "2026-09-30",
        &rain,
    );
    l.add(
        "me",
        "Snow by June",
        "0.8",
        "2026-01-01",
        "2026-06-30",
        &snow,
    );
    l.add(
        "Sam",
        "Snow by June s",
        "0.4",
        "2026-01-01",
        "2026-06-30",
        &snow,
    );
    l.ok(&[
        "resolve",
        "--question",
        "rain",
        "--happened-on",
        "2026-08-01",
    ]);
    l.ok(&[
        "resolve",
        "--question",
        "snow",
        "--happened-on",
        "2026-05-01",
    ]);
    let note = "note: 2 market(s) have one source in force on a question another source forecast by another deadline, so they are in no peer score or relative Brier (a market is one question with one deadline): question `rain` (me by 2026-09-22; Sam by 2026-09-30)\n";
    for format in ["table", "json", "csv", "markdown"] {
        let r = l.run(&["compare", "--min-markets", "1", "--format", format]);
        assert_eq!((r.code, r.stderr.as_str()), (0, note), "{format}");
    }
    let j = l.json(&["compare", "--min-markets", "1", "--format", "json"]);
    assert_eq!(j["markets"], 1, "{j}");
    let me = source(&j, "me");
    assert_eq!(
        (me["markets"].as_u64(), me["trades"].as_u64()),
        (Some(1), Some(2))
    );
    close(me["peer_score"].as_f64().unwrap(), 100.0 * 2f64.ln());
    close(
        me["market_score"].as_f64().unwrap(),
        (0.7f64 / 0.5).log2() + (0.8f64 / 0.5).log2(),
    );
    // Sam by 2026-09-22 too: that market is shared; Sam's `Q3` one is still alone beside it.
    l.add(
        "Sam",
        "Rain by summer s",
        "0.5",
        "2026-01-01",
        "2026-09-22",
        &rain,
    );
    let r = l.run(&["compare", "--min-markets", "1", "--format", "csv"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (0, "note: 1 market(s) have one source in force on a question another source forecast by another deadline, so they are in no peer score or relative Brier (a market is one question with one deadline): question `rain` (me, Sam by 2026-09-22; Sam by 2026-09-30)\n")
    );
    // Only the one source on the question: nothing to say.
    let solo = Ledger::new();
    solo.add(
        "me",
        "Hail by June",
        "0.3",
        "2026-01-01",
        "2026-06-30",
        &["--question", "hail"],
    );
    solo.add(
        "me",
        "Hail by autumn",
        "0.6",
        "2026-01-01",
        "2026-09-22",
        &["--question", "hail"],
    );
    solo.ok(&[
        "resolve",
        "--question",
        "hail",
        "--happened-on",
        "2026-07-01",
    ]);
    let r = solo.run(&["compare", "--min-markets", "1"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
}
