use crate::harness::{close, groups, Ledger};
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
    // B has the better Brier but only 3 scored: ranked first only below --min-scored 4.
    let text = l.ok(&["report", "--min-scored", "3"]);
    let a = text.find("│ A ").unwrap();
    let b = text.find("│ B ").unwrap();
    assert!(b < a, "B has the better Brier:\n{text}");
    let text = l.ok(&["report"]);
    let a = text.find("│ A ").unwrap();
    let b = text.find("│ B ").unwrap();
    assert!(a < b, "B is scored 3 times, under the default 5:\n{text}");
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
            "source,forecasts,open,due,resolved,scored,void,corrected,amended,logged_late,brier,"
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
    // `migrate` on a path that held nothing says it created a ledger there (a mistyped path
    // is not reported as an upgraded ledger); on an existing one, its version.
    let made = l.ok(&["migrate"]);
    assert_eq!(
        made,
        format!(
            "created a new, empty ledger at `{}` (schema version {})\n",
            l.db.display(),
            forecast_ledger::store::SCHEMA_VERSION
        )
    );
    let again = l.ok(&["migrate"]);
    assert!(
        again.ends_with(&format!(
            "` is at schema version {}\n",
            forecast_ledger::store::SCHEMA_VERSION
        )),
        "{again}"
    );
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
        page.contains(head.trim().split_once(':').unwrap().1),
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

// ---- Breakdowns, CORP, AUC and accountability columns (DESIGN.md, "Breakdowns and
// calibration beyond bins"). ----

/// Forecasts with horizons in every group, deadlines in three years, tags (one with two), and
/// open, due, void and corrected ones among them.
fn build_spread() -> Ledger {
    let l = Ledger::new();
    // (source, p, made, deadline, outcome: 1 yes, 0 no, 2 void, 3 unresolved, tags)
    type Row<'a> = (&'a str, &'a str, &'a str, &'a str, u8, &'a [&'a str]);
    let rows: &[Row] = &[
        ("A", "0.8", "2024-01-01", "2024-01-20", 1, &["economy"]), // 19 days
        ("A", "0.3", "2024-03-01", "2024-03-31", 0, &[]),          // 30
        ("A", "0.6", "2024-03-01", "2024-04-01", 0, &["economy"]), // 31
        ("A", "0.9", "2024-05-01", "2024-07-30", 1, &["tech"]),    // 90
        ("A", "0.7", "2024-05-01", "2024-07-31", 2, &["tech"]),    // 91, void
        (
            "A",
            "0.4",
            "2024-01-01",
            "2024-12-31",
            1,
            &["tech", "economy"],
        ), // 365
        ("A", "0.2", "2024-01-01", "2025-01-01", 0, &[]),          // 366
        ("B", "0.55", "2025-01-01", "2025-01-11", 1, &["economy"]), // 10
        ("B", "0.35", "2025-02-01", "2025-06-01", 0, &[]),         // 120
        ("B", "0.65", "2024-06-01", "2026-06-01", 1, &["tech"]),   // 730
        ("B", "0.5", "2026-01-01", "2026-02-01", 3, &[]),          // due (31)
        ("B", "0.5", "2026-06-01", "2027-06-01", 3, &["tech"]),    // open (365)
    ];
    for (i, (s, p, made, deadline, o, tags)) in rows.iter().enumerate() {
        let mut extra = Vec::new();
        for t in *tags {
            extra.extend(["--tag", t]);
        }
        let id = l.add(s, &format!("claim {i}"), p, made, deadline, &extra);
        let id = id.to_string();
        match o {
            0 => l.ok(&["resolve", &id, "--no", "--on", deadline]),
            1 => l.ok(&["resolve", &id, "--yes", "--on", deadline]),
            2 => l.ok(&["resolve", &id, "--void", "--reason", "annulled"]),
            _ => String::new(),
        };
    }
    // A correction (made while its deadline was ahead): counted once, as corrected.
    let c = l.add("B", "corrected", "0.6", "2026-06-01", "2027-03-01", &[]);
    l.ok(&[
        "correct",
        &c.to_string(),
        "--probability",
        "0.7",
        "--why",
        "typo",
    ]);
    l
}

const COUNTS: [&str; 7] = [
    "forecasts",
    "open",
    "due",
    "resolved",
    "scored",
    "void",
    "corrected",
];

/// Every count of the whole report, per source and overall, is the sum over the groups.
fn assert_groups_add_up(whole: &Value, split: &Value) {
    for key in COUNTS {
        let sum: u64 = split["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["overall"][key].as_u64().unwrap())
            .sum();
        assert_eq!(
            sum,
            whole["overall"][key].as_u64().unwrap(),
            "overall {key}"
        );
        for s in whole["sources"].as_array().unwrap() {
            let name = s["source"].as_str().unwrap();
            let sum: u64 = split["groups"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|g| g["sources"].as_array().unwrap())
                .filter(|x| x["source"] == name)
                .map(|x| x[key].as_u64().unwrap())
                .sum();
            assert_eq!(sum, s[key].as_u64().unwrap(), "{name} {key}");
        }
    }
}

#[test]
fn the_groups_of_by_horizon_and_by_year_add_up_to_the_whole_report() {
    let l = build_spread();
    let whole = l.json(&["report", "--format", "json"]);
    assert_eq!(whole["overall"]["forecasts"], 13);
    let horizon = l.json(&["report", "--by", "horizon", "--format", "json"]);
    assert_eq!(horizon["by"], "horizon");
    // 0-30: 19, 30, 10 days; 31-90: 31, 90, due 31; 91-365: void 91, 365, 120, open 365,
    // corrected 273; 366+: 366, 730.
    assert_eq!(
        groups(&horizon),
        vec![
            ("0-30".to_string(), 3),
            ("31-90".to_string(), 3),
            ("91-365".to_string(), 5),
            ("366+".to_string(), 2)
        ]
    );
    assert_groups_add_up(&whole, &horizon);
    let year = l.json(&["report", "--by", "year", "--format", "json"]);
    assert_eq!(
        groups(&year),
        vec![
            ("2024".to_string(), 6),
            ("2025".to_string(), 3),
            ("2026".to_string(), 2),
            ("2027".to_string(), 2)
        ]
    );
    assert_groups_add_up(&whole, &year);
    // Filters apply before grouping.
    let b_only = l.json(&[
        "report", "--source", "B", "--by", "year", "--format", "json",
    ]);
    let b_whole = l.json(&["report", "--source", "B", "--format", "json"]);
    assert_groups_add_up(&b_whole, &b_only);
}

#[test]
fn by_tag_counts_a_forecast_in_each_of_its_tags_and_untagged_ones_apart() {
    let l = build_spread();
    let r = l.json(&["report", "--by", "tag", "--format", "json"]);
    assert_eq!(r["by"], "tag");
    assert_eq!(
        groups(&r),
        vec![
            ("economy".to_string(), 4),
            ("tech".to_string(), 5),
            ("(none)".to_string(), 5)
        ]
    );
    // 13 forecasts, one of them in two tags.
    let total: u64 = groups(&r).iter().map(|g| g.1).sum();
    assert_eq!(total, 14);
}

#[test]
fn each_group_is_scored_like_its_forecasts_alone() {
    let l = build_spread();
    let r = l.json(&["report", "--by", "horizon", "--format", "json"]);
    // 0-30 days: A 0.8 yes, A 0.3 no, B 0.55 yes, by the formulas.
    let g = &r["groups"][0];
    let (brier, log, base) = expected(&[(0.8, true), (0.3, false), (0.55, true)]);
    close(g["overall"]["brier"].as_f64().unwrap(), brier);
    close(g["overall"]["log_loss"].as_f64().unwrap(), log);
    close(g["overall"]["base_rate"].as_f64().unwrap(), base);
    let a = source(g, "A");
    close(a["brier"].as_f64().unwrap(), (0.04 + 0.09) / 2.0);
    // The medians: A's 19 and 30 days -> 24.5.
    close(a["median_horizon_days"].as_f64().unwrap(), 24.5);
}

#[test]
fn by_is_in_every_format() {
    let l = build_spread();
    let table = l.ok(&["report", "--by", "horizon"]);
    assert!(
        table.contains("Horizon 0-30 days (3 forecasts, 3 scored)"),
        "{table}"
    );
    assert!(table.contains("Horizon 366+ days"), "{table}");
    let md = l.ok(&["report", "--by", "year", "--format", "markdown"]);
    assert!(
        md.contains("## Deadline in 2025") && md.contains("| source | scored | Brier"),
        "{md}"
    );
    let csv = l.ok(&["report", "--by", "tag", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("group,source,forecasts,"));
    // Each group: its sources, then overall.
    assert_eq!(
        csv.lines().filter(|l| l.starts_with("economy,")).count(),
        3,
        "{csv}"
    );
    let bad = l.fails(&["report", "--by", "month"], 2);
    assert!(bad.contains("month"), "{bad}");
}

// A's scored forecasts: 0.7 yes, 0.7 no, 0.2 no, 0.9 yes, 0.35 yes. PAV by hand: 0.2 -> 0/1,
// 0.35 -> 1/1, 0.7 -> 1/2 violates 0.35 and pools to [0.35, 0.7] 2/3, 0.9 -> 1/1. Brier
// 0.2105; Brier(fit) = 3 (2/3)(1/3) / 5 = 2/15; mcb = 0.2105 - 2/15, dsc = 0.24 - 2/15,
// unc = 0.24.
#[test]
fn isotonic_bins_are_the_pav_fit_and_decompose_the_brier_exactly() {
    let l = build();
    let r = l.json(&["report", "--bins", "isotonic", "--format", "json"]);
    assert_eq!(r["bins"], "isotonic");
    let a = source(&r, "A");
    let bins: Vec<(f64, f64, u64, u64)> = a["calibration"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["lower"].as_f64().unwrap(),
                b["upper"].as_f64().unwrap(),
                b["n"].as_u64().unwrap(),
                b["hits"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        bins,
        vec![(0.2, 0.2, 1, 0), (0.35, 0.7, 3, 2), (0.9, 0.9, 1, 1)]
    );
    close(a["calibration"][1]["observed"].as_f64().unwrap(), 2.0 / 3.0);
    assert_eq!(a["calibration"][1]["bin"], "35-70%");
    close(a["mcb"].as_f64().unwrap(), 0.2105 - 2.0 / 15.0);
    close(a["dsc"].as_f64().unwrap(), 0.24 - 2.0 / 15.0);
    close(a["unc"].as_f64().unwrap(), 0.24);
    for s in r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .chain([&r["overall"]])
    {
        let d =
            s["mcb"].as_f64().unwrap() - s["dsc"].as_f64().unwrap() + s["unc"].as_f64().unwrap();
        // Each figure is printed to 12 significant digits.
        assert!((d - s["brier"].as_f64().unwrap()).abs() < 2e-12, "{s}");
    }
    // The terminal shows the decomposition under a named source's table.
    let text = l.ok(&["report", "--bins", "isotonic", "--source", "A"]);
    assert!(
        text.contains("Brier 0.2105 = MCB 0.0772 - DSC 0.1067 + UNC 0.2400"),
        "{text}"
    );
}

// A: true at 0.7, 0.9, 0.35; false at 0.7, 0.2. Of the 6 pairs, 0.7 ties 0.7 and beats
// 0.2 (1.5), 0.9 beats both (2), 0.35 beats 0.2 (1): AUC 4.5 / 6 = 0.75, counted by hand.
// Discrimination (0.7 + 0.9 + 0.35) / 3 - (0.7 + 0.2) / 2 = 0.65 - 0.45 = 0.2.
// B: true at 0.95; false at 0.05, 0.6: AUC 1, discrimination 0.95 - 0.325 = 0.625.
#[test]
fn auc_and_discrimination_per_source_in_every_format() {
    let l = build();
    let r = l.json(&["report", "--format", "json"]);
    close(source(&r, "A")["auc"].as_f64().unwrap(), 0.75);
    close(source(&r, "A")["discrimination"].as_f64().unwrap(), 0.2);
    close(source(&r, "B")["auc"].as_f64().unwrap(), 1.0);
    close(source(&r, "B")["discrimination"].as_f64().unwrap(), 0.625);
    let csv = l.ok(&["report", "--format", "csv"]);
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let a_row: Vec<&str> = csv
        .lines()
        .find(|l| l.starts_with("A,"))
        .unwrap()
        .split(',')
        .collect();
    let at = |k: &str| a_row[header.iter().position(|h| *h == k).unwrap()];
    assert_eq!(at("auc"), "0.75");
    assert_eq!(at("discrimination"), "0.2");
    let table = l.ok(&["report"]);
    assert!(table.contains("AUC") && table.contains("0.750"), "{table}");
    let md = l.ok(&["report", "--format", "markdown"]);
    assert!(
        md.contains("| AUC | discr. |") && md.contains("| 0.750 | 0.200 |"),
        "{md}"
    );
    // Nothing but hits: null, not 0.5.
    let one = Ledger::new();
    let id = one.add("C", "c", "0.6", "2025-01-01", "2025-02-01", &[]);
    one.ok(&["resolve", &id.to_string(), "--yes", "--on", "2025-02-01"]);
    let r = one.json(&["report", "--format", "json"]);
    assert!(r["overall"]["auc"].is_null() && r["overall"]["discrimination"].is_null());
}

// A: 8 forecasts, 1 void -> 12.5% voided; horizons 180 (x6: five scored, the void),
// 365 (open) and 31 (due): median 180.
#[test]
fn accountability_columns_stand_beside_the_brier() {
    let l = build();
    let r = l.json(&["report", "--format", "json"]);
    let a = source(&r, "A");
    close(a["void_share"].as_f64().unwrap(), 0.125);
    close(a["median_horizon_days"].as_f64().unwrap(), 180.0);
    assert_eq!(a["due"], 1);
    let table = l.ok(&["report"]);
    let header = table.lines().find(|l| l.contains("source")).unwrap();
    let pos = |k: &str| header.find(k).unwrap();
    assert!(
        pos("Brier") < pos("voided")
            && pos("voided") < pos("horizon")
            && pos("horizon") < pos("due"),
        "{header}"
    );
    assert!(table.contains("12.5%"), "{table}");
    let html = l.path("card.html");
    l.ok(&["report", "--html", html.to_str().unwrap()]);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<th scope=\"col\">Voided</th><th scope=\"col\">Median horizon (days)</th><th scope=\"col\">Due</th>"));
    assert!(
        page.contains("<td>12.5%</td><td>180</td><td>1</td>"),
        "{page}"
    );
}

#[test]
fn csv_long_has_one_row_per_source_and_bin() {
    let l = build();
    let csv = l.ok(&["report", "--format", "csv", "--long"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "source,bin,lower,upper,n,hits,mean_probability,observed,ci_low,ci_high,corrected,amended,logged_late"
    );
    // A: 20, 40, 70, 90%; B: 10, 60, 100%; overall: the 7 together.
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 4 + 3 + 7, "{csv}");
    // Wilson 95% for 1 of 2: 0.5 -+ 0.405468794266 (centre and half-width by hand).
    assert!(
        // A's 7 logged late: its 5 scored forecasts, `due` and `void` have deadlines before
        // the wall-clock day they were logged on (only `open`, due 2027, is on time).
        rows.contains(&"A,70%,0.65,0.75,2,1,0.7,0.5,0.0945312057342,0.905468794266,0,0,7"),
        "{csv}"
    );
    let r = l.json(&["report", "--format", "json"]);
    let bins: usize = r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .chain([&r["overall"]])
        .map(|s| s["calibration"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows.len(), bins);
    let grouped = build_spread().ok(&["report", "--by", "horizon", "--format", "csv", "--long"]);
    assert!(grouped.starts_with("group,source,bin,lower,"), "{grouped}");
    assert!(
        grouped.lines().any(|l| l.starts_with("366+,A,20%,")),
        "{grouped}"
    );
    let err = l.fails(&["report", "--long"], 2);
    assert!(err.starts_with("error: --long"), "{err}");
}

#[test]
fn by_writes_small_multiples_and_a_grouped_scorecard_and_isotonic_a_step_line() {
    let l = build_spread();
    let svg = l.path("by.svg");
    let html = l.path("by.html");
    let r = l.run(&[
        "report",
        "--by",
        "horizon",
        "--chart",
        svg.to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&svg).unwrap();
    // Panels A, B and overall; a point for each group with something scored: A in 4
    // groups, B in 3 (0-30, 91-365, 366+), overall in 4.
    assert_eq!(text.matches("<circle").count(), 4 + 3 + 4, "{text}");
    // Horizons split the forecasts: the overall panel's n is the report's scored count
    // (as the table says); tags overlap, so their panels give no sum that would count a
    // forecast once per tag.
    let scored = l.json(&["report", "--format", "json"])["overall"]["scored"].clone();
    assert!(
        text.contains(&format!("overall — Brier by horizon, n={scored}")),
        "{text}"
    );
    let tags = l.path("tags.svg");
    l.ok(&["report", "--by", "tag", "--chart", tags.to_str().unwrap()]);
    let tags = std::fs::read_to_string(&tags).unwrap();
    assert!(
        tags.contains("overall — Brier by tag (a forecast counts in each of its tags)"),
        "{tags}"
    );
    assert!(!tags.contains("n="), "{tags}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("Horizon 91-365 days") && page.contains("<svg role=\"img\""));
    let b = build();
    let iso = b.path("iso.svg");
    b.ok(&[
        "report",
        "--bins",
        "isotonic",
        "--source",
        "A",
        "--chart",
        iso.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&iso).unwrap();
    // One point per PAV block, and the step line of the fit (stroke width 2, in the accent).
    assert_eq!(text.matches("<circle").count(), 3);
    assert!(
        text.contains("stroke=\"#1F69B4\" stroke-width=\"2\""),
        "{text}"
    );
}

/// One file named for both `--html` and `--chart` is refused before either is written
/// (exit 2 writes nothing), also when the two spellings name the same file.
#[test]
fn one_file_for_both_pictures_is_refused_before_anything_is_written() {
    let l = Ledger::new();
    l.add("A", "x", "0.7", "2025-01-01", "2025-06-30", &[]);
    l.ok(&["resolve", "1", "--yes"]);
    let out = l.path("out.svg");
    let same = l.path("./out.svg");
    let e = l.fails(
        &[
            "report",
            "--html",
            out.to_str().unwrap(),
            "--chart",
            same.to_str().unwrap(),
        ],
        2,
    );
    assert_eq!(
        e,
        format!(
            "error: `{}`: it is named for two outputs; give each its own file\n",
            out.display()
        )
    );
    assert!(!out.exists());
}

/// DESIGN.md: "every report counts `amended` per source beside `corrected`, in every
/// format". The terminal table shows the two columns together whenever either is not zero
/// (before, an amended outcome showed `amended` without `corrected`), and when both are zero
/// everywhere says so in a line under the table; `--format csv --long` carries both on every
/// row.
#[test]
fn corrected_and_amended_are_in_every_report_format_even_when_zero() {
    let l = Ledger::new();
    l.add("A", "Rain by May", "0.7", "2026-01-01", "2026-05-31", &[]);
    l.ok(&["resolve", "1", "--yes", "--on", "2026-05-02"]);
    let headings = |text: &str| -> Vec<String> {
        text.lines()
            .find(|line| line.contains("source"))
            .unwrap_or_else(|| panic!("no heading: {text}"))
            .split(['│', '┆'])
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect()
    };
    let table = l.ok(&["report"]);
    assert!(
        table.contains("\ncorrected 0, amended 0 for every source.\n"),
        "{table}"
    );
    // One amended, none corrected: both columns, side by side.
    l.ok(&["resolve", "1", "--no", "--amend", "--note", "appeal"]);
    let table = l.ok(&["report"]);
    let h = headings(&table);
    let at = |name: &str| h.iter().position(|c| c == name);
    assert!(at("corrected").is_some(), "{table}");
    assert_eq!(at("amended"), at("corrected").map(|i| i + 1), "{table}");
    assert!(!table.contains("for every source."), "{table}");
    let row = table.lines().find(|l| l.contains(" A ")).unwrap();
    let cells: Vec<&str> = row
        .split(['│', '┆'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        (
            cells[at("corrected").unwrap()],
            cells[at("amended").unwrap()]
        ),
        ("0", "1"),
        "{table}"
    );
    let csv = l.ok(&["report", "--format", "csv", "--long"]);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",ci_high,corrected,amended,logged_late"),
        "{csv}"
    );
    assert_eq!(
        lines.next().unwrap(),
        "A,70%,0.65,0.75,1,0,0.7,0.0,0.0,0.793450685623,0,1,1"
    );
    let md = l.ok(&["report", "--format", "markdown"]);
    assert!(md.contains("corrected") && md.contains("amended"), "{md}");
}

/// A forecast resolved before its deadline is not scored and not in the table's scored
/// columns: the table says so on stderr, with the flag that scores it (not for JSON).
#[test]
fn the_table_names_resolved_forecasts_it_does_not_score() {
    let l = build();
    let r = l.run(&["report"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        "note: 1 resolved forecast(s) not scored: their deadline has not passed by today (2026-11-28); each is scored once it passes; --include-early scores the early ones now\n"
    );
    assert_eq!(l.run(&["report", "--include-early"]).stderr, "");
    assert_eq!(l.run(&["report", "--format", "json"]).stderr, "");
}

/// Audit 17 A17: a report with today set before the ledger's data (`FORECAST_TODAY`
/// moved back to see the record as of a day) counts what was made and resolved after that
/// day; it says so, once, with how many, and the unscored note names the true reason (the
/// deadline has not passed by that day), not "resolved before their deadline".
#[test]
fn a_report_dated_before_the_ledgers_data_says_how_much_comes_after() {
    let l = Ledger::new().at("2026-06-30");
    l.add("A", "one", "0.6", "2025-01-01", "2025-03-05", &[]);
    l.add("A", "two", "0.7", "2025-06-01", "2025-09-30", &[]);
    l.ok(&["resolve", "1", "--yes", "--on", "2025-09-01"]);
    l.ok(&["resolve", "2", "--no", "--on", "2025-09-30"]);
    let back = Ledger {
        dir: tempfile::tempdir().unwrap(),
        state: tempfile::tempdir().unwrap(),
        db: l.db.clone(),
        today: "2025-03-01".to_string(),
        wall_clock: false,
    };
    let r = back.run(&["report"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        "warning: the ledger holds 1 forecast(s) made and 2 resolved after today (2025-03-01; FORECAST_TODAY moves today): this report counts and scores them as the ledger holds them now, not as the record stood on 2025-03-01\n\
         note: 2 resolved forecast(s) not scored: their deadline has not passed by today (2025-03-01); each is scored once it passes; --include-early scores the early ones now\n"
    );
    // Today, nothing is dated after it: no warning.
    assert_eq!(l.run(&["report"]).stderr, "");
}

/// Audit 14, A5: a source named `overall`, `crowd` or `chance` (any case or spacing) would
/// print as the reports' virtual rows; a new one is refused by `add`, `import` (naming the
/// line) and `extract --save`. A ledger that holds one from before keeps working, and its
/// reports then name the virtual row `(overall)`, `(crowd)`, `(chance)`.
#[test]
fn sources_named_like_a_virtual_row_are_refused_and_old_ones_told_apart() {
    let l = Ledger::new();
    let add = |s: &str| {
        let args = [
            "add",
            "--source",
            s,
            "--claim",
            "shared q",
            "--probability",
            "0.4",
            "--deadline",
            "2026-01-31",
            "--made-on",
            "2026-01-01",
            "--question",
            "sq",
        ];
        l.run(&args)
    };
    let r = add("overall");
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: source `overall`: `overall` names the reports' total row, so a source so named could not be told from it; spell it another way (`overall (source)`, or a full name)\n"
    );
    let r = add(" CROWD ");
    assert_eq!(
        r.stderr,
        "error: source `CROWD`: `crowd` names the reports' reference row, so a source so named could not be told from it; spell it another way (`CROWD (source)`, or a full name)\n"
    );
    assert_eq!(add("Cha nce").code, 2);
    assert!(!l.db.exists());
    let f = l.write_file(
        "c.csv",
        "source,claim,probability,made_on,deadline\nAnn,x,0.5,2026-01-01,2026-02-01\nChance,x,0.5,2026-01-01,2026-02-01\n",
    );
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(err.ends_with("c.csv: line 3: source `Chance`: `chance` names the reports' reference row, so a source so named could not be told from it; spell it another way (`Chance (source)`, or a full name)\n"), "{err}");
    let article = l.write_file("a.txt", "The strike will likely end by June 2027.\n");
    let err = l.fails(
        &[
            "extract",
            article.to_str().unwrap(),
            "--source",
            "crowd",
            "--published",
            "2026-03-10",
            "--save",
            "--yes",
        ],
        2,
    );
    assert!(
        err.starts_with("error: source `crowd`: `crowd` names"),
        "{err}"
    );
    assert!(!l.db.exists());
    // A ledger from before the refusal: its `overall` and `Crowd` stay sources, and the
    // virtual rows are named apart.
    for s in ["Xoverall", "Xcrowd", "Ann"] {
        assert_eq!(add(s).code, 0);
    }
    l.ok(&["resolve", "--question", "sq", "--happened-on", "2026-01-15"]);
    let conn = rusqlite::Connection::open(&l.db).unwrap();
    let triggers: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for t in triggers {
        conn.execute_batch(&format!("DROP TRIGGER {t}")).unwrap();
    }
    conn.execute_batch("UPDATE sources SET name = substr(name, 2) WHERE name LIKE 'X%'; UPDATE sources SET name = 'Crowd' WHERE name = 'crowd'")
        .unwrap();
    drop(conn);
    let first = |csv: String| -> Vec<String> {
        csv.lines()
            .map(|line| line.split(',').next().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(
        first(l.ok(&["report", "--format", "csv"])),
        ["source", "Ann", "Crowd", "overall", "(overall)"]
    );
    assert_eq!(
        first(l.ok(&["report", "--format", "csv", "--long"]))[1..],
        ["Ann", "Crowd", "overall", "(overall)"]
    );
    assert_eq!(
        first(l.ok(&["compare", "--format", "csv", "--min-markets", "1"])),
        ["source", "Ann", "Crowd", "overall", "(crowd)", "chance"]
    );
    // An existing source so named still takes new forecasts.
    l.add("overall", "more", "0.5", "2026-01-01", "2027-01-31", &[]);
}

/// Audit 14, A19: `report --format csv --long` keeps a source with nothing scored (no bin)
/// as one row with an empty bin, n 0 and its counts, as the short CSV lists it; before, such
/// a source, and its corrected/amended/late counts, were left out.
#[test]
fn long_csv_keeps_sources_with_nothing_scored_and_their_counts() {
    let l = Ledger::new();
    l.add("E", "e", "0.5", "2026-11-01", "2027-02-01", &[]);
    l.ok(&["correct", "1", "--probability", "0.6", "--why", "typo"]);
    assert_eq!(
        l.ok(&["report", "--format", "csv", "--long"]),
        "source,bin,lower,upper,n,hits,mean_probability,observed,ci_low,ci_high,corrected,amended,logged_late\n\
         E,,,,0,0,,,,,1,0,0\n\
         overall,,,,0,0,,,,,1,0,0\n"
    );
    // Logged after its deadline by the wall clock: late.
    l.add("F", "f", "0.5", "2026-01-01", "2026-02-01", &[]);
    l.ok(&["resolve", "3", "--yes", "--on", "2026-01-20"]);
    assert_eq!(
        l.ok(&["report", "--format", "csv", "--long"]),
        "source,bin,lower,upper,n,hits,mean_probability,observed,ci_low,ci_high,corrected,amended,logged_late\n\
         F,50%,0.45,0.55,1,1,0.5,1.0,0.206549314377,1.0,0,0,1\n\
         E,,,,0,0,,,,,1,0,0\n\
         overall,50%,0.45,0.55,1,1,0.5,1.0,0.206549314377,1.0,1,0,1\n"
    );
}

/// Audit 14, A8: a question outcome amended to another date only (the event happened, later
/// than recorded) decides every forecast again; one whose outcome stays but whose resolution
/// day moves counts as `amended`, and the HTML scorecard's glossary defines `amended` so.
#[test]
fn a_question_amendment_that_only_moves_the_date_counts_as_amended_as_the_scorecard_says() {
    let l = Ledger::new();
    let q = ["--question", "deal"];
    l.add("A", "Deal by March", "0.7", "2026-01-05", "2026-03-31", &q);
    let against = ["--question", "deal", "--against"];
    l.add(
        "B",
        "No deal by June",
        "0.6",
        "2026-01-06",
        "2026-06-30",
        &against,
    );
    l.add(
        "C",
        "Deal by year end",
        "0.9",
        "2026-01-07",
        "2026-12-31",
        &q,
    );
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2026-05-15",
        "--note",
        "signed",
    ]);
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2026-07-02",
        "--amend",
        "--note",
        "signing date was July 2",
    ]);
    let report = l.json(&["report", "--include-early", "--format", "json"]);
    let list = l.json(&["list", "--format", "json"]);
    let outcome = |source: &str| -> String {
        list.as_array()
            .unwrap()
            .iter()
            .find(|f| f["source"] == source)
            .map(|f| f["outcome"].as_str().unwrap_or("").to_string())
            .unwrap_or_default()
    };
    let mut amended: Vec<(String, u64, String)> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let name = s["source"].as_str().unwrap().to_string();
            let o = outcome(&name);
            (name, s["amended"].as_u64().unwrap(), o)
        })
        .collect();
    amended.sort();
    // A: false both times (re-dated); B: against, true -> false; C: true both times.
    assert_eq!(
        amended,
        [
            ("A".to_string(), 1, "false".to_string()),
            ("B".to_string(), 1, "true".to_string()),
            ("C".to_string(), 1, "true".to_string()),
        ]
    );
    let card = l.path("card.html");
    l.ok(&["report", "--html", card.to_str().unwrap()]);
    let html = std::fs::read_to_string(&card).unwrap();
    assert!(html.contains("<dt>Corrected, amended, logged late</dt><dd>Forecasts replaced by a corrected version; forecasts resolved again after their first resolution (an outcome changed, or a question's outcome amended to another date, which re-dates every forecast it decided even where the outcome stays);"), "{html}");
}

/// The Brier interval is the normal approximation clipped to [0, 1] (audit 19, A12): a p = 0
/// that came true and a p = 1 that came true have squared errors 1 and 0, mean 0.5, sample
/// standard deviation √0.5, so 0.5 ± z × √0.5 / √2 = 0.5 ± 0.98 is (-0.48, 1.48) unclipped;
/// the report prints exactly 0 and 1. B's (0.09, 0.01, 0.04, 0.01 for 0.7 yes, 0.9 yes, 0.2
/// no, 0.1 no) is inside and printed as computed.
#[test]
fn brier_interval_is_clamped_to_exactly_0_and_1() {
    let l = Ledger::new();
    for (s, p, yes) in [
        ("A", "0", true),
        ("A", "1", true),
        ("B", "0.7", true),
        ("B", "0.9", true),
        ("B", "0.2", false),
        ("B", "0.1", false),
    ] {
        let id = l.add(s, &format!("{s} {p}"), p, "2025-01-01", "2025-06-30", &[]);
        let outcome = if yes { "--yes" } else { "--no" };
        l.ok(&["resolve", &id.to_string(), outcome, "--on", "2025-06-30"]);
    }
    let r = l.json(&["report", "--format", "json"]);
    let a = source(&r, "A");
    assert_eq!(a["brier"].as_f64(), Some(0.5));
    assert_eq!(a["brier_ci_low"].as_f64(), Some(0.0));
    assert_eq!(a["brier_ci_high"].as_f64(), Some(1.0));
    // By hand: mean 0.0375, sample variance 0.004275 / 3 = 0.001425 (deviations 0.0525,
    // -0.0275, 0.0025, -0.0275), half-width z × √(0.001425 / 4) = 0.036994, so the low
    // end, 0.000506, is not clipped. z is the exact 97.5% normal point the README names,
    // 1.959963984540054: 1.96 rounded would be 6.8e-7 off, outside `close`'s 1e-9 (audit
    // 22 C7).
    let b = source(&r, "B");
    let half = 1.959963984540054 * (0.001425f64 / 4.0).sqrt();
    close(b["brier_ci_low"].as_f64().unwrap(), 0.0375 - half);
    close(b["brier_ci_high"].as_f64().unwrap(), 0.0375 + half);
    let rounded = 1.96 * (0.001425f64 / 4.0).sqrt();
    assert!((b["brier_ci_high"].as_f64().unwrap() - (0.0375 + rounded)).abs() > 1e-7);
}

/// `report`'s and `compare`'s tables size their columns by display width, as comfy-table
/// draws them (and as `list` does): a CJK or emoji source name takes two columns a
/// character. Counted in characters, `東京新聞` (4 characters, 8 columns) was taken for 6
/// columns, so a column was kept that did not fit and comfy-table split the names
/// (`東京新` over `聞`) at 64 to 66 columns. Now at every width from 56 to 90 every drawn
/// line fits, and each name is on one line.
#[test]
fn report_and_compare_tables_fit_cjk_and_emoji_names_by_display_width() {
    let l = Ledger::new();
    let names = ["東京新聞", "朝日新聞", "🦀🦀🦀🦀"];
    for (i, name) in names.iter().enumerate() {
        l.add(
            name,
            "q happens",
            &format!("0.{}", i + 5),
            "2026-01-01",
            "2026-03-01",
            &["--question", "q"],
        );
    }
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-02-01"]);
    let width = |line: &str| unicode_width::UnicodeWidthStr::width(line);
    for command in [&["report"][..], &["compare", "--min-markets", "1"][..]] {
        for columns in 56..=90 {
            let text = l.ok_at_width(command, columns);
            let drawn: Vec<&str> = text
                .lines()
                .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
                .collect();
            assert!(
                drawn.iter().all(|l| width(l) <= columns),
                "{command:?} at {columns}:\n{text}"
            );
            for name in names {
                assert!(
                    drawn.iter().any(|l| l.contains(&format!("┆ {name} "))
                        || l.starts_with(&format!("│ {name} "))),
                    "{command:?} at {columns}: `{name}` split:\n{text}"
                );
            }
        }
    }
}

/// Audit 20 A10: one forecast at 99% on an outcome all but known scores a Brier near 0 and
/// headed the table above a source with a real record. Sources scored fewer than
/// `--min-scored` times (default 5) are listed after the ranked ones, in every format, and
/// named under the table; `--min-scored 1` ranks everyone by Brier alone.
#[test]
fn a_source_with_too_few_scored_forecasts_is_listed_after_the_ranked_ones() {
    let l = Ledger::new();
    for i in 0..6 {
        let id = l.add(
            "Steady Pundit",
            &format!("event {i} happens"),
            "0.7",
            "2025-01-01",
            "2025-03-01",
            &[],
        );
        let outcome = if i < 4 { "--yes" } else { "--no" };
        l.ok(&["resolve", &id.to_string(), outcome, "--on", "2025-03-01"]);
    }
    let lucky = l.add(
        "Lucky Late",
        "known already",
        "0.99",
        "2025-02-27",
        "2025-03-01",
        &[],
    );
    l.ok(&["resolve", &lucky.to_string(), "--yes", "--on", "2025-03-01"]);

    let order = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["report", "--format", "json"];
        all.extend_from_slice(args);
        let r = l.json(&all);
        r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["source"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(order(&[]), ["Steady Pundit", "Lucky Late"]);
    assert_eq!(l.json(&["report", "--format", "json"])["min_scored"], 5);
    assert_eq!(
        order(&["--min-scored", "1"]),
        ["Lucky Late", "Steady Pundit"]
    );
    assert_eq!(
        order(&["--min-scored", "7"]),
        ["Lucky Late", "Steady Pundit"]
    );

    let table = l.ok(&["report"]);
    let steady = table.find("Steady Pundit").unwrap();
    let lucky_row = table.find("Lucky Late").unwrap();
    assert!(steady < lucky_row, "{table}");
    assert!(
        table.contains("Not ranked, listed after the ranked sources: scored fewer than 5 times (--min-scored): Lucky Late (1 scored)."),
        "{table}"
    );
    assert!(!l
        .ok(&["report", "--min-scored", "1"])
        .contains("Not ranked"));
    // With none ranked, nothing is "after the ranked sources" (the README's tour ledger).
    assert!(
        l.ok(&["report", "--min-scored", "7"]).contains(
            "\nNone ranked, listed by Brier: scored fewer than 7 times (--min-scored): Lucky Late (1 scored), Steady Pundit (6 scored).\n"
        ),
        "{}",
        l.ok(&["report", "--min-scored", "7"])
    );
    let by = l.json(&["report", "--by", "year", "--format", "json"]);
    let names: Vec<&str> = by["groups"][0]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["source"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Steady Pundit", "Lucky Late"]);
}

/// Audit 21 left, the listings' failure elsewhere: at `COLUMNS=40` a source's calibration
/// table (`report --source NAME`) was left to comfy-table, which split `77.`/`5%`, the
/// interval and the bar one cell a line. It is fitted as the listings are: the bar is left
/// out first, then the interval, every figure whole.
#[test]
fn the_calibration_table_fits_40_columns_with_every_figure_whole() {
    let l = Ledger::new();
    l.demo(&["--keep", l.db.to_str().unwrap()]);
    let text = l.ok_at_width(&["report", "--source", "Dana Whitfield"], 40);
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Calibration: "))
        .skip(1)
        .take(8)
        .collect();
    assert_eq!(
        table,
        [
            "┌─────┬───┬──────┬────────┬──────────┐",
            "│ bin ┆ n ┆ hits ┆ stated ┆ observed │",
            "╞═════╪═══╪══════╪════════╪══════════╡",
            "│ 60% ┆ 1 ┆ 0    ┆ 60.0%  ┆ 0.0%     │",
            "│ 70% ┆ 3 ┆ 0    ┆ 68.3%  ┆ 0.0%     │",
            "│ 80% ┆ 2 ┆ 0    ┆ 77.5%  ┆ 0.0%     │",
            "│ 90% ┆ 2 ┆ 1    ┆ 87.5%  ┆ 50.0%    │",
            "└─────┴───┴──────┴────────┴──────────┘",
        ],
        "{text}"
    );
    assert!(
        text.contains("(left out at this width: 95% interval,\nobserved vs stated;"),
        "{text}"
    );
}

/// ux31 W3: a forecast `extract` logs under the author but tags `attributed-to:NAME` (the
/// article says someone else holds it) is scored as the author's, as DESIGN.md leaves it;
/// `report` and `compare` say so on stderr and `--own` (also on `list`) leaves it out.
#[test]
fn forecasts_attributed_to_others_are_said_and_own_leaves_them_out() {
    let l = Ledger::new();
    let adds: [&[&str]; 3] = [
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "Deal by June",
            "--probability",
            "0.6",
            "--deadline",
            "2026-06-30",
            "--made-on",
            "2026-01-05",
            "--question",
            "deal",
            "--tag",
            "attributed-to:Traders",
        ],
        &[
            "add",
            "--source",
            "B",
            "--claim",
            "Deal by June",
            "--probability",
            "0.3",
            "--deadline",
            "2026-06-30",
            "--made-on",
            "2026-01-06",
            "--question",
            "deal",
        ],
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "Rain by May",
            "--probability",
            "0.8",
            "--deadline",
            "2026-05-31",
            "--made-on",
            "2026-01-05",
            "--question",
            "rain",
        ],
    ];
    for args in adds {
        l.ok(args);
    }
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2026-06-10",
    ]);
    l.ok(&["resolve", "3", "--yes", "--on", "2026-05-20"]);
    let note = "note: 1 scored forecast(s) an article attributes to someone other than their source (tagged attributed-to:NAME) count as the source's; --own leaves them out\n";
    let brier = |r: &Value, source: &str| {
        r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["source"] == source)
            .map(|s| (s["scored"].as_u64().unwrap(), s["brier"].as_f64().unwrap()))
            .unwrap()
    };
    let all = l.run(&["report", "--format", "json"]);
    assert_eq!(all.code, 0);
    assert_eq!(all.stderr, note);
    let all: Value = serde_json::from_str(&all.stdout).unwrap();
    let (n, b) = brier(&all, "A");
    assert_eq!(n, 2);
    close(b, (0.4f64.powi(2) + 0.2f64.powi(2)) / 2.0);
    let own = l.run(&["report", "--own", "--format", "json"]);
    assert_eq!((own.code, own.stderr.as_str()), (0, ""));
    let own: Value = serde_json::from_str(&own.stdout).unwrap();
    let (n, b) = brier(&own, "A");
    assert_eq!(n, 1);
    close(b, 0.2f64.powi(2));
    // compare: A's attributed 60% was its only forecast on the one shared market.
    let markets = |r: &Value| -> u64 { r["sources"][0]["markets"].as_u64().unwrap() };
    let cmp = l.run(&["compare", "--format", "json"]);
    assert_eq!(cmp.stderr, note);
    assert_eq!(markets(&serde_json::from_str(&cmp.stdout).unwrap()), 1);
    let cmp = l.run(&["compare", "--own", "--format", "json"]);
    assert_eq!(cmp.stderr, "");
    assert_eq!(markets(&serde_json::from_str(&cmp.stdout).unwrap()), 0);
    let ids: Vec<u64> = l
        .json(&["list", "--own", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [2, 3]);
    // The scorecard names the selection, --own included (session 41: it went unsaid).
    let card = l.path("own.html");
    let r = l.run(&["report", "--own", "--html", card.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = std::fs::read_to_string(&card).unwrap();
    assert!(
        page.contains("All sources; forecasts an article attributes to others left out; only forecasts past their deadline are scored."),
        "{page}"
    );
}

/// The attributed-forecast note counts tags `attributed-to:` in any case and no other
/// (`attributed-tone`, `attributed-to` with no colon), and a ledger with none says nothing:
/// the check that any exists reads the tag index once, so the default report of a large
/// ledger stays a read of the kept sums (a 1M-forecast report took 1.45 s, probing every
/// resolved forecast's tags for a note it did not print, against 0.04 s).
#[test]
fn the_attributed_note_counts_the_prefix_in_any_case_and_nothing_else() {
    let l = Ledger::new();
    let add = |claim: &str, tag: &str| {
        l.ok(&[
            "add",
            "--source",
            "A",
            "--claim",
            claim,
            "--probability",
            "0.6",
            "--deadline",
            "2026-06-30",
            "--made-on",
            "2026-01-05",
            "--tag",
            tag,
        ]);
    };
    add("One", "attributed-tone");
    add("Two", "attributed-to");
    for id in ["1", "2"] {
        l.ok(&["resolve", id, "--yes", "--on", "2026-06-01"]);
    }
    let r = l.run(&["report"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    add("Three", "ATTRIBUTED-TO:Banks");
    add("Four", "Attributed-To:Traders");
    for id in ["3", "4"] {
        l.ok(&["resolve", id, "--no", "--on", "2026-06-30"]);
    }
    let r = l.run(&["report"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        "note: 2 scored forecast(s) an article attributes to someone other than their source (tagged attributed-to:NAME) count as the source's; --own leaves them out\n"
    );
}

/// A Markdown report (and `--by`, and `compare`) of a selection says which, after its
/// heading: a page published from `--source A --since ...` read as the whole ledger's (a
/// leftover of session 41; the HTML scorecard already named it). No selection, no line.
#[test]
fn the_markdown_names_the_selection_it_covers() {
    let l = build_spread();
    let md = l.ok(&[
        "report",
        "--format",
        "markdown",
        "--source",
        "A",
        "--since",
        "2024-01-01",
        "--tag",
        "economy",
    ]);
    let lines: Vec<&str> = md.lines().take(3).collect();
    assert_eq!(
        lines[2],
        "Selected: source A (--source); forecasts made on or after 2024-01-01; tag economy (--tag).",
        "{md}"
    );
    let by = l.ok(&[
        "report",
        "--by",
        "year",
        "--format",
        "markdown",
        "--until",
        "2030-01-01",
    ]);
    assert_eq!(
        by.lines().nth(2),
        Some("Selected: forecasts made on or before 2030-01-01."),
        "{by}"
    );
    let cmp = l.ok(&["compare", "--format", "markdown", "--own"]);
    assert_eq!(
        cmp.lines().nth(2),
        Some("Selected: forecasts an article attributes to someone else left out (--own)."),
        "{cmp}"
    );
    let all = l.ok(&["report", "--format", "markdown"]);
    assert!(
        all.lines()
            .nth(2)
            .unwrap()
            .starts_with("Brier score on a 0-1 scale"),
        "{all}"
    );
    assert!(!all.contains("Selected:"), "{all}");
}
