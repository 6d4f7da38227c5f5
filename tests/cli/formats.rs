//! Other tools' layouts, recognized by header or shape.

use crate::harness::Ledger;
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/formats/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn field(list: &Value, i: usize, f: &str) -> Value {
    list[i][f].clone()
}

#[test]
fn fatebook_export_imports_one_forecast_per_row() {
    let l = Ledger::new();
    let out = l.ok(&["import", &fixture("fatebook-export.csv")]);
    assert!(
        out.contains("imported 6 forecast(s) (5 resolved, 1 of them void)")
            && out.contains("Fatebook CSV export"),
        "{out}"
    );
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(field(&list, 0, "source"), "Ana Ruiz");
    assert_eq!(field(&list, 0, "probability"), 0.3);
    assert_eq!(field(&list, 0, "made_on"), "2025-01-10");
    assert_eq!(field(&list, 0, "deadline"), "2025-03-31");
    assert_eq!(field(&list, 0, "outcome"), "false");
    assert_eq!(field(&list, 0, "resolved_on"), "2025-04-01");
    assert_eq!(
        field(&list, 0, "question"),
        field(&list, 1, "question"),
        "an update shares its question"
    );
    assert_eq!(
        field(&list, 2, "claim"),
        "Which team wins the office quiz?: Red"
    );
    assert_eq!(field(&list, 2, "outcome"), "true");
    assert_eq!(field(&list, 4, "outcome"), "void");
    assert_eq!(field(&list, 4, "reason"), "ambiguous");
    assert_eq!(field(&list, 5, "status"), "open");
    assert_eq!(
        l.run(&["import", &fixture("fatebook-export.csv")])
            .stderr
            .matches("warning")
            .count(),
        0
    );
}

#[test]
fn fatebook_spreadsheet_reads_percent_and_needs_a_source() {
    let l = Ledger::new();
    let err = l.fails(&["import", &fixture("fatebook-sheet.csv")], 2);
    assert!(
        err.ends_with("line 2: field `source` is missing or empty; this layout has none, so give every row one with --set source=VALUE; 3 more row(s) are refused too, so nothing was imported: lines 3, 4, 5: as line 2\n"),
        "{err}"
    );
    l.ok(&[
        "import",
        &fixture("fatebook-sheet.csv"),
        "--set",
        "source=me",
    ]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(field(&list, 0, "probability"), 0.8);
    assert_eq!(field(&list, 1, "probability"), 0.65);
    assert_eq!(field(&list, 1, "made_on"), "2025-03-05");
    assert_eq!(
        field(&list, 0, "tags"),
        serde_json::json!(["release", "work"])
    );
    assert_eq!(field(&list, 2, "outcome"), "false");
    assert_eq!(
        field(&list, 2, "resolved_on"),
        "2025-07-02",
        "qCreatedAt + 1 day when resolvedAt is empty"
    );
    assert_eq!(field(&list, 3, "outcome"), Value::Null);
}

#[test]
fn predictionbook_api_json_gives_one_forecast_per_wager() {
    let l = Ledger::new();
    let out = l.ok(&["import", &fixture("predictionbook.json")]);
    assert!(
        out.contains("imported 5 forecast(s) (4 resolved, 1 of them void)")
            && out.contains("PredictionBook API"),
        "{out}"
    );
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(field(&list, 0, "source"), "Kim Lee");
    assert_eq!(field(&list, 1, "source"), "Sam Park");
    assert_eq!(field(&list, 1, "probability"), 0.35);
    assert_eq!(field(&list, 1, "question"), "predictionbook-191001");
    assert_eq!(field(&list, 1, "outcome"), "false");
    assert_eq!(field(&list, 1, "resolved_on"), "2019-07-02");
    assert_eq!(field(&list, 3, "outcome"), "void");
    assert_eq!(field(&list, 3, "reason"), "annulled");
    assert_eq!(field(&list, 4, "probability"), 0.03);
    assert_eq!(field(&list, 4, "status"), "open");
}

#[test]
fn a_bad_predictionbook_record_names_its_place() {
    let l = Ledger::new();
    let text = std::fs::read_to_string(fixture("predictionbook.json"))
        .unwrap()
        .replace("\"confidence\": 70", "\"confidence\": 170");
    let f = l.write_file("pb.json", &text);
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(
        err.contains(
            "prediction 191002 response 1: field `probability`: probability `170%` is outside"
        ),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
}

/// `questions --format csv` guards a formula-like source name with exactly one `'`, as
/// `list` does (it was guarded twice: `''=HYPERLINK(...)`).
#[test]
fn questions_csv_guards_a_formula_cell_once() {
    let l = Ledger::new();
    l.add(
        "=HYPERLINK(\"http://e.vil\")",
        "x",
        "0.7",
        "2025-01-01",
        "2025-06-30",
        &["--question", "q1"],
    );
    l.add(
        "@home",
        "y",
        "0.7",
        "2025-01-01",
        "2025-06-30",
        &["--question", "q1"],
    );
    let out = l.ok(&["questions", "--format", "csv"]);
    assert_eq!(
        out,
        "question,forecasts,unresolved,sources,outcome,events\nq1,2,2,\"'=HYPERLINK(\"\"http://e.vil\"\");@home\",,\n"
    );
}

/// Audit 13, I1: a foreign layout names the columns it does not read, as our own layout
/// does (DESIGN: "Columns it does not know are ignored and named once in a warning"), so a
/// renamed outcome column is said rather than every row imported unresolved in silence;
/// Fatebook's own export columns (its Brier scores, sharing, comments) and a `--map`ped
/// column are not named.
#[test]
fn foreign_layouts_name_the_columns_they_do_not_read() {
    let l = Ledger::new();
    let export = l.write_file(
        "fb2.csv",
        "Question title,Forecast created by,Forecast (scale = 0-1),Forecast created at,Question resolve by,Outcome,Foo\nWill Z?,Ana,0.7,2025-02-20 10:00:00,2025-03-01,YES,bar\n",
    );
    let r = l.run(&["import", export.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: ignored column(s) not known to forecast-ledger: Outcome, Foo\n"
    );
    let sheet = l.write_file(
        "sheet.csv",
        "questionTitle,forecast,qCreatedAt,resolveBy,outcome,comment\nShip it,70%,2025-03-03,2025-03-07,yes,soon\n",
    );
    let r = l.run(&[
        "import",
        sheet.to_str().unwrap(),
        "--set",
        "source=me",
        "--map",
        "tags=comment",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: ignored column(s) not known to forecast-ledger: outcome\n"
    );
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(field(&list, 1, "tags"), serde_json::json!(["soon"]));
}

/// Audit 13, I3: a Fatebook sheet's `forecast` is in percent, as Fatebook reads it; a sheet
/// whose every value is at most 1 was most likely written in fractions, so the import warns
/// (and still reads it as documented). One value above 1 is a sheet in percent: no warning.
#[test]
fn a_fatebook_sheet_of_fractions_is_warned_about() {
    let l = Ledger::new();
    let head = "questionTitle,forecast,qCreatedAt,resolveBy\n";
    let fractions = l.write_file(
        "fractions.csv",
        &format!("{head}Ship it,0.7,2025-03-03,2025-03-07\nHire,0.25,2025-03-03,2025-03-07\n"),
    );
    let r = l.run(&["import", fractions.to_str().unwrap(), "--set", "source=me"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: every `forecast` in this Fatebook sheet is at most 1, read in percent as Fatebook reads it (0.7 is 0.7%); if the sheet holds fractions (0.7 for 70%), write them as percentages (70) and import it into a new ledger\n"
    );
    let list = l.json(&["list", "--format", "json"]);
    assert!((field(&list, 0, "probability").as_f64().unwrap() - 0.007).abs() < 1e-12);
    let l = Ledger::new();
    let percent = l.write_file(
        "percent.csv",
        &format!("{head}Ship it,0.7,2025-03-03,2025-03-07\nHire,25,2025-03-03,2025-03-07\n"),
    );
    let r = l.run(&["import", percent.to_str().unwrap(), "--set", "source=me"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
}

/// Every `--format csv` of an empty ledger, or an empty selection, prints its header line,
/// so a script that reads the columns by name works before the first forecast; `questions`
/// and `extract` (an article with no candidates) printed nothing at all.
#[test]
fn every_csv_output_of_an_empty_ledger_prints_its_header() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let article = l.write_file(
        "none.md",
        "The meeting was held on Monday in the town hall.\n",
    );
    let article = article.to_str().unwrap();
    let forecasts = "id,source,question,claim,probability,probability_basis,probability_low,probability_high,made_on,deadline,deadline_phrase,condition,stance,tags,status,outcome,resolved_on,note,reason,article,created_at,logged_late\n";
    let groups = "group,source,forecasts,open,due,resolved,scored,void,corrected,amended,logged_late,brier,log_loss,base_rate,brier_skill,reliability,resolution,uncertainty,void_share,median_horizon_days,brier_ci_low,brier_ci_high,auc,discrimination,mcb,dsc,unc\n";
    let whole: [(&[&str], &str); 7] = [
        (&["list"], forecasts),
        (&["list", "--status", "all"], forecasts),
        (&["due"], forecasts),
        (&["export"], forecasts),
        (&["questions"], "question,forecasts,unresolved,sources,outcome,events\n"),
        (&["report", "--by", "tag"], groups),
        (
            &["extract", article, "--source", "A", "--published", "2026-11-01"],
            "claim,probability,probability_basis,probability_low,probability_high,deadline,deadline_phrase,condition,stance,attributed_to,review,start,end,sentence\n",
        ),
    ];
    for (args, header) in whole {
        let args = [args, &["--format", "csv"]].concat();
        assert_eq!(l.ok(&args), header, "{args:?}");
    }
    // Reports with an overall row: the header, then that row.
    let first_line: [(&[&str], &str); 4] = [
        (&["report"], "source,forecasts,open,due,resolved,scored,void,corrected,amended,logged_late,brier,log_loss,base_rate,brier_skill,reliability,resolution,uncertainty,void_share,median_horizon_days,brier_ci_low,brier_ci_high,auc,discrimination,mcb,dsc,unc"),
        (&["report", "--long"], "source,bin,lower,upper,n,hits,mean_probability,observed,ci_low,ci_high,corrected,amended,logged_late"),
        (&["compare"], "source,rank,markets,peer_score,peer_ci_low,peer_ci_high,relative_brier,market_score,trades,brier,logged_late"),
        (&["extract", "--audit"], "source,articles,reviewed,kept,kept_share,probability_unchanged,probability_unchanged_share,deadline_unchanged,deadline_unchanged_share,kept_recorded,claim_unchanged,claim_unchanged_share,holder_unchanged,holder_unchanged_share,stance_unchanged,stance_unchanged_share,condition_unchanged,condition_unchanged_share"),
    ];
    for (args, header) in first_line {
        let args = [args, &["--format", "csv"]].concat();
        assert_eq!(l.ok(&args).lines().next(), Some(header), "{args:?}");
    }
    // An empty selection of a ledger that holds forecasts: the same header.
    l.add("A", "Rain by May", "0.4", "2026-01-02", "2027-05-31", &[]);
    assert_eq!(
        l.ok(&["list", "--status", "resolved", "--format", "csv"]),
        forecasts
    );
}

/// A whole-document JSON file that starts with a byte-order mark (a Windows editor's or
/// PowerShell's UTF-8) is read past it, as CSV and JSON Lines are: the PredictionBook API
/// layout and an array of records in our own field names import as without it (audit 20
/// A12: refused as `not valid JSON: expected value at line 1 column 1`).
#[test]
fn a_json_document_with_a_byte_order_mark_imports_as_without_it() {
    let pb = std::fs::read_to_string(fixture("predictionbook.json")).unwrap();
    let own = r#"[{"source": "A", "claim": "rain by May", "probability": 0.6, "made_on": "2026-01-01", "deadline": "2026-05-31"}]"#;
    for (name, text, said) in [
        (
            "pb.json",
            pb.as_str(),
            "imported 5 forecast(s) (4 resolved, 1 of them void)",
        ),
        ("own.json", own, "imported 1 forecast(s)"),
    ] {
        let (plain, marked) = (Ledger::new(), Ledger::new());
        let f = plain.write_file(name, text);
        let want = plain
            .ok(&["import", f.to_str().unwrap()])
            .replace(f.to_str().unwrap(), "FILE");
        assert!(want.contains(said), "{want}");
        let f = marked.write_file(name, &format!("\u{feff}{text}"));
        let got = marked
            .ok(&["import", f.to_str().unwrap()])
            .replace(f.to_str().unwrap(), "FILE");
        assert_eq!(got, want);
        // The same rows but for when each was written.
        let rows = |l: &Ledger| {
            let mut list = l.json(&["list", "--format", "json"]);
            for row in list.as_array_mut().unwrap() {
                row.as_object_mut().unwrap().remove("created_at");
            }
            list
        };
        assert_eq!(rows(&marked), rows(&plain));
    }
}
