use crate::harness::{close, Ledger};
use serde_json::Value;

/// (source, probability, outcome) of matured forecasts, the raw material of the checks below.
const POINTS: &[(&str, f64, bool)] = &[
    ("A", 0.7, true),
    ("A", 0.7, false),
    ("A", 0.2, false),
    ("A", 0.9, true),
    ("A", 0.35, true),
    ("B", 0.05, false),
    ("B", 0.95, true),
    ("B", 0.6, false),
];

fn build() -> Ledger {
    let l = Ledger::new();
    for (i, (s, p, o)) in POINTS.iter().enumerate() {
        let id = l.add(
            s,
            &format!("claim {i}"),
            &p.to_string(),
            "2025-01-01",
            "2025-06-30",
            &["--tag", if i % 2 == 0 { "even" } else { "odd" }],
        );
        l.ok(&[
            "resolve",
            &id.to_string(),
            if *o { "--yes" } else { "--no" },
            "--on",
            "2025-06-30",
        ]);
    }
    // Not scored: open, due, void, and a YES before its deadline.
    l.add("A", "open", "0.5", "2026-01-01", "2027-01-01", &[]);
    l.add("A", "due", "0.5", "2026-01-01", "2026-02-01", &[]);
    let v = l.add("A", "void", "0.5", "2025-01-01", "2025-06-30", &[]);
    l.ok(&["resolve", &v.to_string(), "--void", "--reason", "annulled"]);
    let e = l.add("B", "early", "0.9", "2026-01-01", "2027-01-01", &[]);
    l.ok(&["resolve", &e.to_string(), "--yes"]);
    l
}

/// The contract's formulas written out plainly, independent of the crate's `score` code.
fn expected(points: &[(f64, bool)]) -> (f64, f64, f64) {
    let n = points.len() as f64;
    let brier = points
        .iter()
        .map(|(p, o)| (p - if *o { 1.0 } else { 0.0 }).powi(2))
        .sum::<f64>()
        / n;
    let log = points
        .iter()
        .map(|(p, o)| {
            let p = p.clamp(0.001, 0.999);
            -(if *o { p } else { 1.0 - p }).ln()
        })
        .sum::<f64>()
        / n;
    let base = points.iter().filter(|(_, o)| *o).count() as f64 / n;
    (brier, log, base)
}

fn source<'a>(r: &'a Value, name: &str) -> &'a Value {
    r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == name)
        .unwrap()
}

#[test]
fn report_json_matches_the_formulas_exactly() {
    let l = build();
    let r = l.json(&["report", "--format", "json"]);
    assert_eq!(r["today"], "2026-11-28");
    assert_eq!(r["bins"], "nearest:10");
    assert_eq!(r["brier_scale"], "0-1");
    for name in ["A", "B"] {
        let pts: Vec<(f64, bool)> = POINTS
            .iter()
            .filter(|x| x.0 == name)
            .map(|x| (x.1, x.2))
            .collect();
        let (brier, log, base) = expected(&pts);
        let s = source(&r, name);
        close(s["brier"].as_f64().unwrap(), brier);
        close(s["log_loss"].as_f64().unwrap(), log);
        close(s["base_rate"].as_f64().unwrap(), base);
        close(
            s["brier_skill"].as_f64().unwrap(),
            1.0 - brier / (base * (1.0 - base)),
        );
        close(s["uncertainty"].as_f64().unwrap(), base * (1.0 - base));
    }
    let a = source(&r, "A");
    assert_eq!(
        (
            a["forecasts"].as_u64(),
            a["open"].as_u64(),
            a["due"].as_u64(),
            a["resolved"].as_u64(),
            a["scored"].as_u64(),
            a["void"].as_u64()
        ),
        (Some(8), Some(1), Some(1), Some(5), Some(5), Some(1))
    );
    let b = source(&r, "B");
    assert_eq!(
        (b["resolved"].as_u64(), b["scored"].as_u64()),
        (Some(4), Some(3))
    );
    let all: Vec<(f64, bool)> = POINTS.iter().map(|x| (x.1, x.2)).collect();
    close(r["overall"]["brier"].as_f64().unwrap(), expected(&all).0);
    assert_eq!(r["overall"]["scored"], 8);
}

#[test]
fn calibration_bins_and_murphy_terms_for_source_a() {
    let l = build();
    let r = l.json(&["report", "--format", "json", "--source", "a"]);
    let a = source(&r, "A");
    // nearest:10 -> 0.2 in 20%, 0.35 in 40%, 0.7 x2 in 70%, 0.9 in 90%.
    let bins: Vec<(String, u64, u64)> = a["calibration"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["bin"].as_str().unwrap().to_string(),
                b["n"].as_u64().unwrap(),
                b["hits"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        bins,
        vec![
            ("20%".into(), 1, 0),
            ("40%".into(), 1, 1),
            ("70%".into(), 2, 1),
            ("90%".into(), 1, 1)
        ]
    );
    let b70 = &a["calibration"][2];
    assert_eq!(
        (b70["lower"].as_f64(), b70["upper"].as_f64()),
        (Some(0.65), Some(0.75))
    );
    close(b70["mean_probability"].as_f64().unwrap(), 0.7);
    close(b70["observed"].as_f64().unwrap(), 0.5);
    // Wilson 95% for 1 of 2, by bisection on the score-test equation in Python.
    close(b70["ci_low"].as_f64().unwrap(), 0.09453120573423071);
    close(b70["ci_high"].as_f64().unwrap(), 0.9054687942657693);
    // By hand: base 3/5 = 0.6. reliability = (0.2^2 + 0.65^2 + 2*0.2^2 + 0.1^2)/5
    //   = (0.04 + 0.4225 + 0.08 + 0.01)/5 = 0.5525/5
    // resolution = ((0-0.6)^2 + (1-0.6)^2 + 2*(0.5-0.6)^2 + (1-0.6)^2)/5 = 0.7/5
    close(a["reliability"].as_f64().unwrap(), 0.5525 / 5.0);
    close(a["resolution"].as_f64().unwrap(), 0.7 / 5.0);
}

#[test]
fn other_bin_specs_and_fold() {
    let l = build();
    let r = l.json(&[
        "report",
        "--format",
        "json",
        "--source",
        "B",
        "--bins",
        "uniform:2",
    ]);
    let b = source(&r, "B");
    let bins: Vec<(String, u64)> = b["calibration"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["bin"].as_str().unwrap().into(), b["n"].as_u64().unwrap()))
        .collect();
    assert_eq!(bins, vec![("0-50%".into(), 1), ("50-100%".into(), 2)]);
    let r = l.json(&[
        "report", "--format", "json", "--source", "B", "--bins", "exact",
    ]);
    assert_eq!(source(&r, "B")["calibration"].as_array().unwrap().len(), 3);
    let r = l.json(&[
        "report", "--format", "json", "--source", "B", "--bins", "0.5,0.9",
    ]);
    let labels: Vec<&str> = source(&r, "B")["calibration"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["bin"].as_str().unwrap())
        .collect();
    assert_eq!(labels, vec!["0-50%", "50-90%", "90-100%"]);
    // Fold: B's 0.05/no becomes 0.95/yes; base rate 2/3 -> (0.95 yes, 0.95 yes, 0.6 no).
    let r = l.json(&["report", "--format", "json", "--source", "B", "--fold"]);
    close(source(&r, "B")["base_rate"].as_f64().unwrap(), 2.0 / 3.0);
    assert!(l
        .fails(&["report", "--bins", "nearest:0"], 2)
        .contains("--bins"));
}

#[test]
fn filters_select_by_date_made_tag_and_source() {
    let l = build();
    let r = l.json(&["report", "--format", "json", "--since", "2026-01-01"]);
    assert_eq!(r["overall"]["forecasts"], 3);
    assert_eq!(r["overall"]["scored"], 0);
    assert!(r["overall"]["brier"].is_null());
    let r = l.json(&["report", "--format", "json", "--until", "2025-12-31"]);
    assert_eq!(r["overall"]["forecasts"], 9);
    let r = l.json(&["report", "--format", "json", "--tag", "odd"]);
    assert_eq!(r["overall"]["scored"], 4);
    let r = l.json(&[
        "report", "--format", "json", "--source", "B", "--source", "a",
    ]);
    assert_eq!(r["sources"].as_array().unwrap().len(), 2);
    assert!(l
        .fails(&["report", "--source", "nobody"], 2)
        .contains("--source `nobody`"));
}

#[test]
fn include_early_scores_the_early_yes() {
    let l = build();
    let r = l.json(&[
        "report",
        "--format",
        "json",
        "--source",
        "B",
        "--include-early",
    ]);
    assert_eq!(source(&r, "B")["scored"], 4);
}

#[test]
fn table_sorts_by_brier_and_shows_calibration_for_a_named_source() {
    let l = build();
    let text = l.ok(&["report"]);
    let a = text.find("│ A ").unwrap();
    let b = text.find("│ B ").unwrap();
    assert!(b < a, "B has the better Brier:\n{text}");
    assert!(text.contains("overall"));
    let text = l.ok(&["report", "--source", "A"]);
    assert!(
        text.contains("Calibration: A (5 scored)") && text.contains("70%"),
        "{text}"
    );
    let md = l.ok(&["report", "--format", "markdown"]);
    assert!(md.contains("| source | scored | Brier"), "{md}");
    let csv = l.ok(&["report", "--format", "csv"]);
    assert!(
        csv.starts_with(
            "source,forecasts,open,due,resolved,scored,void,corrections,amended,logged_late,brier,"
        ),
        "{csv}"
    );
}

#[test]
fn an_empty_ledger_reports_nulls_not_zeros() {
    let l = Ledger::new();
    // A misspelled path is an error, not an empty report, and reading creates nothing.
    let err = l.fails(&["report", "--format", "json"], 2);
    assert!(err.contains("no ledger at"), "{err}");
    assert!(!l.db.exists(), "reading does not create a ledger");
    l.ok(&["migrate"]);
    let r = l.json(&["report", "--format", "json"]);
    assert!(r["overall"]["brier"].is_null());
    assert_eq!(r["overall"]["forecasts"], 0);
}

#[test]
fn report_writes_reliability_diagrams_and_a_scorecard() {
    let l = build();
    let svg = l.path("cal.svg");
    let html = l.path("card.html");
    let r = l.run(&[
        "report",
        "--chart",
        svg.to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let _: serde_json::Value = serde_json::from_str(&r.stdout).expect("stdout stays pure JSON");
    assert!(
        r.stderr.contains("wrote reliability diagrams") && r.stderr.contains("wrote the scorecard"),
        "{}",
        r.stderr
    );
    let svg_text = std::fs::read_to_string(&svg).unwrap();
    assert!(svg_text.starts_with("<svg"));
    // A has 4 bins (20, 40, 70, 90%), B 3 (10, 60, 100%), overall the 7 together.
    assert_eq!(svg_text.matches("<circle").count(), 4 + 3 + 7);
    let page = std::fs::read_to_string(&html).unwrap();
    let head = l.ok(&["verify", "--head"]);
    assert!(
        page.contains(head.trim()),
        "the page carries the ledger's head hash"
    );
    assert!(page.contains("<th scope=\"row\">A</th>") && page.contains("Calibration of B"));
    // One source named: one panel.
    let one = l.path("a.svg");
    l.ok(&["report", "--source", "A", "--chart", one.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&one)
            .unwrap()
            .matches("<circle")
            .count(),
        4
    );
}
