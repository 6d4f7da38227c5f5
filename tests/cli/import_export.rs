use crate::harness::Ledger;

const SHEET: &str = "\
source,claim,probability,made_on,deadline,question,stance,condition,tags,outcome,resolved_on,note,extra
A,\"Fed cuts, by June\",70%,2025-01-01,2025-06-30,fed,for,,econ;rates,true,2025-06-18,cut,x
A,No recession,0.8,2025-01-01,2025-12-31,rec,against,,econ,false,,,y
B,Ceasefire,0.4,2025-05-22,by summer,cf,for,only if pressure holds,,,,,z
B,Launch slips,0.3,2025-02-01,2025-03-01,,,,,void,,,w
";

#[test]
fn import_reads_every_field_and_warns_once_about_unknown_columns() {
    let l = Ledger::new();
    let f = l.write_file("sheet.csv", SHEET);
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("imported 4 forecast(s) (3 resolved, 1 of them void)"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stderr.matches("extra").count(), 1, "{}", r.stderr);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["claim"], "Fed cuts, by June");
    assert_eq!(list[0]["tags"], serde_json::json!(["econ", "rates"]));
    assert_eq!(list[0]["resolved_on"], "2025-06-18");
    assert_eq!(list[1]["stance"], "against");
    assert_eq!(list[1]["resolved_on"], "2025-12-31");
    assert_eq!(list[2]["deadline"], "2025-09-22");
    assert_eq!(list[2]["deadline_phrase"], "by summer");
    assert_eq!(list[3]["outcome"], "void");
}

#[test]
fn one_bad_row_refuses_the_whole_file_naming_line_and_field() {
    let l = Ledger::new();
    let bad = SHEET.replace("0.8,2025-01-01", "1.8,2025-01-01");
    let f = l.write_file("bad.csv", &bad);
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(
        err.contains("bad.csv: line 3: field `probability`: probability `1.8`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `1.8%`"),
        "{err}"
    );
    let bad = SHEET.replace("2025-05-22,by summer", "2025-05-22,2025-02-30");
    let f = l.write_file("bad2.csv", &bad);
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(err.contains("line 4: field `deadline`"), "{err}");
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    assert_eq!(l.count("SELECT count(*) FROM journal"), 0);
}

#[test]
fn importing_the_same_file_twice_is_refused() {
    let l = Ledger::new();
    let f = l.write_file("sheet.csv", SHEET);
    l.ok(&["import", f.to_str().unwrap()]);
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(err.contains("already imported"), "{err}");
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 4);
}

#[test]
fn map_and_set_read_other_peoples_columns() {
    let l = Ledger::new();
    let f = l.write_file("mine.csv", "Prediction,Confidence,Due,Result\nRain tomorrow,60%,2025-03-02,1\nSnow,0.1,2025-03-05,0.0\n");
    l.ok(&[
        "import",
        f.to_str().unwrap(),
        "--map",
        "claim=Prediction",
        "--map",
        "probability=Confidence",
        "--map",
        "deadline=Due",
        "--map",
        "outcome=Result",
        "--set",
        "source=me",
        "--set",
        "made_on=2025-03-01",
    ]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["source"], "me");
    assert_eq!(list[0]["outcome"], "true");
    assert_eq!(list[1]["outcome"], "false");
    assert!(l
        .fails(&["import", f.to_str().unwrap(), "--map", "colour=x"], 2)
        .contains("unknown field `colour`"));
}

/// What an import of a resolved export says it cannot take: question outcomes.
const NOT_IN_AN_EXPORT: &str = "not imported: question outcomes (`resolve --question`), which an export's rows do not carry: if the exporting ledger recorded any, `forecast export --outcomes FILE.csv` there writes them and `forecast resolve --from FILE.csv` records them here; `forecast copy --to` or `forecast backup` moves a whole ledger";

#[test]
fn export_then_import_gives_the_same_report() {
    let l = Ledger::new();
    let f = l.write_file("sheet.csv", SHEET);
    l.ok(&["import", f.to_str().unwrap()]);
    l.add(
        "C",
        "extra",
        "0.65",
        "2025-01-01",
        "2025-02-01",
        &["--tag", "t"],
    );
    l.ok(&["resolve", "5", "--yes", "--on", "2025-01-20"]);
    let report = l.ok(&["report", "--format", "json", "--bins", "exact"]);
    for format in ["jsonl", "csv"] {
        let dump = l.ok(&["export", "--format", format]);
        let copy = Ledger::new();
        let path = copy.write_file(&format!("dump.{format}"), &dump);
        let r = copy.run(&["import", path.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        // Every column is known; only what no export carries is said (audit 17 A3).
        assert_eq!(r.stderr, format!("warning: {NOT_IN_AN_EXPORT}\n"));
        assert_eq!(
            copy.ok(&["report", "--format", "json", "--bins", "exact"]),
            report,
            "{format}"
        );
        let again = copy.ok(&["export", "--format", format]);
        assert_eq!(again.lines().count(), dump.lines().count());
    }
}

#[test]
fn json_lines_import() {
    let l = Ledger::new();
    let f = l.write_file("x.jsonl", "{\"source\":\"A\",\"claim\":\"c\",\"probability\":0.25,\"made_on\":\"2025-01-01\",\"deadline\":\"2025-02-01\",\"tags\":[\"a\",\"b\"],\"outcome\":false}\n");
    l.ok(&["import", f.to_str().unwrap()]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["tags"], serde_json::json!(["a", "b"]));
    assert_eq!(list[0]["outcome"], "false");
}

#[test]
fn a_file_that_is_not_utf8_is_refused_clearly() {
    let l = Ledger::new();
    let p = l.path("latin1.csv");
    std::fs::write(
        &p,
        b"source,claim,probability,made_on,deadline\nCaf\xe9,x,0.5,2025-01-01,2025-02-01\n",
    )
    .unwrap();
    let err = l.fails(&["import", p.to_str().unwrap()], 2);
    assert!(
        err.contains("latin1.csv: line 2: byte 4 of the line is 0xE9, `é` in Windows-1252 and Latin-1, `È` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 (Excel's plain \"CSV\" on Windows) or Mac Roman"),
        "{err}"
    );
    assert!(err.contains("latin1.utf8.csv` if it is Mac Roman"), "{err}");
}

/// An outcome already recorded for a question decides the unresolved forecasts an import
/// brings onto it, as it does for `add` (DESIGN's rules: happened-on 2026-03-01 makes a
/// deadline of 2026-05-01 true and one of 2026-02-01 false), in the import's transaction,
/// with a note on stderr; a row that brings its own outcome keeps it, and when the recorded
/// outcome decides it otherwise that is reported as a conflict (DESIGN: "a later question
/// outcome that disagrees is reported as a conflict, never silently applied"; the same holds
/// when the outcome came first). Stance `against` flips what the outcome decides.
#[test]
fn an_import_onto_a_question_with_an_outcome_is_resolved_by_it() {
    let l = Ledger::new();
    l.add(
        "A",
        "a",
        "0.6",
        "2026-01-01",
        "2026-06-30",
        &["--question", "q"],
    );
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-03-01"]);
    let csv = l.write_file(
        "in.csv",
        "source,claim,probability,made_on,deadline,question,outcome,stance\n\
         B,b,0.4,2026-01-01,2026-05-01,q,false,for\n\
         C,c,0.4,2026-01-01,2026-05-01,q,,for\n\
         D,d,0.4,2026-01-01,2026-02-01,q,,for\n\
         E,e,0.4,2026-01-01,2026-02-01,other,,for\n\
         F,f,0.4,2026-01-01,2026-05-01,q,true,for\n\
         G,g,0.4,2026-01-01,2026-05-01,q,false,against\n\
         H,h,0.4,2026-01-01,2026-05-01,q,true,against\n\
         I,i,0.4,2026-01-01,2026-05-01,other,false,for\n",
    );
    let run = l.run(&["import", csv.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "note: question `q` already has an outcome: 2 imported forecast(s) resolved by it\n\
         warning: question `q` already has an outcome, and 2 imported forecast(s) on it were resolved otherwise: kept as imported\n  \
         conflict: forecast 2 is resolved false but the question's outcome says true; left as it is (`forecast resolve 2 --yes --amend --note WHY` changes it)\n  \
         conflict: forecast 8 is resolved true but the question's outcome says false; left as it is (`forecast resolve 8 --no --amend --note WHY` changes it)\n"
    );
    let list = l.json(&["list", "--status", "all", "--format", "json"]);
    let outcome = |id: i64| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .unwrap()["outcome"]
            .clone()
    };
    assert_eq!(outcome(2), "false", "its own outcome is kept");
    assert_eq!(outcome(8), "true", "its own outcome is kept");
    assert_eq!(outcome(3), "true");
    assert_eq!(outcome(4), "false");
    assert_eq!(outcome(5), serde_json::Value::Null);
    l.ok(&["verify"]);
}

/// JSON Lines as Windows editors and hand edits leave it: a byte-order mark is read past; a
/// key given twice in one object refuses the file naming the line and key (which value
/// counts would be a guess, as a CSV column named twice is refused); a reason on an outcome
/// that is not void refuses the file, as `resolve --from` does, instead of being dropped.
#[test]
fn json_lines_with_a_bom_duplicate_keys_and_a_stray_reason() {
    let l = Ledger::new();
    let row = r#"{"source":"A","claim":"c","probability":0.6,"made_on":"2026-01-01","deadline":"2026-06-01"}"#;
    let bom = l.write_file("bom.jsonl", &format!("\u{feff}{row}\n"));
    assert!(l
        .ok(&["import", bom.to_str().unwrap()])
        .starts_with("imported 1 forecast(s)"));
    let twice = l.write_file(
        "twice.jsonl",
        r#"{"source":"A","claim":"d","probability":0.6,"made_on":"2026-01-01","deadline":"2026-06-01","source":"B"}"#,
    );
    let e = l.fails(&["import", twice.to_str().unwrap()], 2);
    assert!(
        e.starts_with("error: ")
            && e.contains("line 1")
            && e.contains("the key `source` is given twice"),
        "{e}"
    );
    let csv = l.write_file(
        "reason.csv",
        "source,claim,probability,made_on,deadline,outcome,reason\nA,e,0.6,2026-01-01,2026-06-01,true,annulled\n",
    );
    let e = l.fails(&["import", csv.to_str().unwrap()], 2);
    assert!(
        e.contains("line 2") && e.contains("field `reason`: `annulled` is given for outcome `true`; only a void outcome takes a reason"),
        "{e}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}

/// The same data imported again with other bytes (rows reordered, a cut, the ledger's own
/// export in either format) is refused like a byte-identical file, naming the line of the
/// first repeated row and the forecast it repeats, and writes nothing; rows that only
/// resemble a forecast (another probability, another day) and repeats inside one file
/// (one import, one decision) are accepted.
#[test]
fn the_same_data_imported_again_in_other_bytes_is_refused() {
    let l = Ledger::new();
    let head = "source,claim,probability,made_on,deadline,outcome\n";
    let first = l.write_file(
        "d1.csv",
        &format!(
            "{head}A,Rain on Monday,0.9,2026-01-01,2026-02-01,true\n\
             A,Snow on Tuesday,0.8,2026-01-01,2026-02-01,false\n\
             A,Snow on Tuesday,0.8,2026-01-01,2026-02-01,false\n"
        ),
    );
    l.ok(&["import", first.to_str().unwrap()]);
    let before = std::fs::read(&l.db).unwrap();
    let reordered = l.write_file(
        "d2.csv",
        &format!(
            "{head}B,Other,0.5,2026-01-01,2026-02-01,false\n\
             A,Snow on Tuesday,0.8,2026-01-01,2026-02-01,false\n\
             A,Rain on Monday,0.9,2026-01-01,2026-02-01,true\n"
        ),
    );
    let err = l.fails(&["import", reordered.to_str().unwrap()], 2);
    assert_eq!(
        err,
        format!(
            "error: {}: line 3: this row repeats forecast 2, already in the ledger (same source, claim, probability, made_on, deadline, stance and condition); the same data imported again (reordered, cut, grown or in another format) would count twice, so nothing was written: `import --new-only` imports only the rows not yet in the ledger\n",
            reordered.display()
        )
    );
    for format in ["jsonl", "csv"] {
        let exported = l.ok(&["export", "--format", format]);
        let file = l.write_file(&format!("e.{format}"), &exported);
        let err = l.fails(&["import", file.to_str().unwrap()], 2);
        assert!(err.contains(": this row repeats forecast 1,"), "{err}");
    }
    assert_eq!(std::fs::read(&l.db).unwrap(), before, "nothing was written");
    let unlike = l.write_file(
        "d3.csv",
        &format!(
            "{head}A,Rain on Monday,0.8,2026-01-01,2026-02-01,true\n\
             A,Rain on Monday,0.9,2026-01-02,2026-02-01,true\n"
        ),
    );
    l.ok(&["import", unlike.to_str().unwrap()]);
    assert_eq!(
        l.json(&["list", "--status", "all", "--format", "json"])
            .as_array()
            .unwrap()
            .len(),
        5
    );
    l.ok(&["verify"]);
}

/// `--set FIELD=VALUE` gives a field no row holds; where the file (or `--map`) gives it too,
/// the constant would silently replace every row's own value, so the import is refused
/// before anything is written: with `--map`, with a CSV column, and with a JSON Lines key
/// (named by its line).
#[test]
fn set_never_silently_replaces_a_value_the_file_holds() {
    let l = Ledger::new();
    let sheet = l.write_file(
        "sheet.csv",
        "Who,Prediction,Confidence,When,Due\nme,It rains,70%,2025-01-01,2025-02-01\nme,It snows,0.3,2025-01-01,2025-02-01\n",
    );
    let mapped = [
        "import",
        sheet.to_str().unwrap(),
        "--map",
        "source=Who",
        "--map",
        "claim=Prediction",
        "--map",
        "probability=Confidence",
        "--map",
        "made_on=When",
        "--map",
        "deadline=Due",
    ];
    let mut both = mapped.to_vec();
    both.extend(["--set", "probability=0.5"]);
    assert_eq!(
        l.fails(&both, 2),
        "error: --set `probability=0.5`: field `probability` is also read from column `Confidence` by --map; give each field once\n"
    );
    let native = l.write_file(
        "native.csv",
        "source,claim,probability,made_on,deadline\nme,It rains,70%,2025-01-01,2025-02-01\n",
    );
    assert_eq!(
        l.fails(&["import", native.to_str().unwrap(), "--set", "probability=0.5"], 2),
        format!("error: {}: line 1: --set `probability=0.5`: the file has a column `probability` too; every row's own value would be replaced, so drop --set, or remove or rename that column\n", native.display())
    );
    let lines = l.write_file(
        "rows.jsonl",
        "{\"source\":\"me\",\"claim\":\"It rains\",\"made_on\":\"2025-01-01\",\"deadline\":\"2025-02-01\"}\n{\"source\":\"me\",\"claim\":\"It snows\",\"probability\":0.3,\"made_on\":\"2025-01-01\",\"deadline\":\"2025-02-01\"}\n",
    );
    let err = l.fails(
        &[
            "import",
            lines.to_str().unwrap(),
            "--set",
            "probability=0.5",
        ],
        2,
    );
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("key `probability` is in this row"), "{err}");
    assert!(!l.db.exists(), "nothing written");
    // Without the clash both import: the mapped file keeps each row's own probability.
    l.ok(&mapped);
    let listed = l.json(&["list", "--format", "json"]);
    let p: Vec<f64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["probability"].as_f64().unwrap())
        .collect();
    assert_eq!(p, [0.7, 0.3]);
}

/// The import's own lines add up: an ignored column is named once (a nameless one said as
/// such), and forecasts resolved by an outcome the ledger already held are counted in the
/// summary, not reported as "0 resolved" under notes saying they were.
#[test]
fn the_import_summary_counts_what_outcomes_already_recorded_resolved() {
    let l = Ledger::new();
    l.add(
        "A",
        "Rain by June",
        "0.6",
        "2026-01-01",
        "2026-06-30",
        &["--question", "rain"],
    );
    l.ok(&[
        "resolve",
        "--question",
        "rain",
        "--happened-on",
        "2026-05-01",
    ]);
    let f = l.write_file(
        "more.csv",
        "source,claim,probability,made_on,deadline,question,x,x,\nB,Rain by June,0.3,2026-01-02,2026-06-30,rain,1,2,3\nB,Snow by June,0.2,2026-01-02,2026-06-30,snow,1,2,3\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("warning: ignored column(s) not known to forecast-ledger: x, (a column without a name)\n"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.starts_with("imported 2 forecast(s) (0 resolved as imported, 1 by question outcomes already recorded) from "),
        "{}",
        r.stdout
    );
}

/// Audit item 19: rows without a question that make the same claim with the same deadline
/// from different sources are counted in a note, with the way to compare them; the import
/// itself goes through. Case and spacing of the claim, and of the source name (one source
/// under case folding), do not split a group; another deadline, or one source alone, is
/// not a group. With a question column (or `--map question=claim`, the hint) nothing is said.
#[test]
fn an_import_of_the_same_claims_without_questions_says_how_to_compare_them() {
    let mut csv = String::from("source,claim,probability,made_on,deadline,outcome\n");
    for n in 0..4 {
        for (s, p) in [("A", 0.7), ("B", 0.4), ("C", 0.55)] {
            csv.push_str(&format!(
                "{s},Event {n} happens by June,{p},2026-01-01,2026-06-30,true\n"
            ));
        }
    }
    csv.push_str("a,event 0 HAPPENS  by June,0.3,2026-01-01,2026-06-30,false\n");
    csv.push_str("D,Event 5 happens by June,0.3,2026-01-01,2026-06-30,false\n");
    csv.push_str("d,Event 5 happens by June,0.35,2026-01-02,2026-06-30,false\n");
    csv.push_str("E,Event 6 happens by June,0.3,2026-01-01,2026-06-30,false\n");
    csv.push_str("F,Event 6 happens by June,0.3,2026-01-01,2026-07-31,false\n");
    let l = Ledger::new();
    let file = l.write_file("noq.csv", &csv);
    let file = file.to_str().unwrap();
    let r = l.run(&["import", file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("imported 17 forecast(s) (17 resolved) from {file}\n")
    );
    assert_eq!(
        r.stderr,
        "note: 4 claim(s) were made by more than one source with the same deadline, in rows without a question: each row got a question of its own, so `compare` cannot score them against each other; to compare them, give each such claim one question key, e.g. import the file into a new ledger with `--map question=claim` (the claim as the key, each claim spelled one way) or with a `question` column\n"
    );
    // The hint works once each claim is spelled one way: a claim spelled two ways as the
    // key gives two questions, and a warning names both lines.
    let hinted = Ledger::new();
    let file = hinted.write_file("noq.csv", &csv);
    let r = hinted.run(&["import", file.to_str().unwrap(), "--map", "question=claim"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!("warning: 1 {SIMILAR} (line 14 has `event 0 HAPPENS  by June`, like `Event 0 happens by June` on line 2), {KEPT}\n")
    );
    let csv = csv.replace(
        "a,event 0 HAPPENS  by June,0.3,2026-01-01,2026-06-30,false\n",
        "",
    );
    let hinted = Ledger::new();
    let file = hinted.write_file("noq.csv", &csv);
    let r = hinted.run(&["import", file.to_str().unwrap(), "--map", "question=claim"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let compared = hinted.json(&["compare", "--format", "json", "--min-markets", "1"]);
    assert_eq!(compared["markets"], 4, "{compared}");
}

/// The words of the warning an import gives for keys spelled two ways, around its examples.
const SIMILAR: &str = "question key(s) differ from another only in case, spacing or punctuation";
const KEPT: &str = "and each was kept as a question of its own: keys are compared exactly, so such a question is never compared with the other nor resolved by its outcome; if one question was meant, spell its key one way in the file and import it into a new ledger";

/// A file long enough to cross the import's batches (rows handed between its reading and
/// writing threads 512 at a time, stored 64 to a statement, with remainders of both):
/// every row is stored with the values its line gives, whatever its place in a batch, and
/// a bad row far into the file still refuses all of it, naming its line.
#[test]
fn a_long_file_stores_every_row_as_its_line_gives_it_and_one_bad_row_refuses_it_all() {
    const ROWS: usize = 1_300;
    let row = |i: usize| -> String {
        let tags = ["", "econ", "econ;rates", "tech;econ;war"][i % 4];
        let (outcome, resolved_on, note) = match i % 5 {
            0 => ("true", "2025-07-01", ""),
            1 => ("false", "", ""),
            2 => ("void", "2025-07-02", "called off"),
            _ => ("", "", ""),
        };
        let stance = if i % 7 == 0 { "against" } else { "for" };
        let condition = if i % 11 == 0 { "if it rains" } else { "" };
        // A market is never resolved both ways (an import refuses that): a resolved row's
        // key says whether its event happened.
        let happened = match outcome {
            "true" | "false" => {
                if (outcome == "true") != (stance == "against") {
                    "y"
                } else {
                    "n"
                }
            }
            _ => "",
        };
        format!(
            "S{},claim {i},0.{:02},2025-01-{:02},2025-06-30,q{}{happened},{stance},{condition},{tags},{outcome},{resolved_on},{note}\n",
            i % 13,
            i % 100,
            1 + i % 28,
            i % 97
        )
    };
    let mut csv = String::from(
        "source,claim,probability,made_on,deadline,question,stance,condition,tags,outcome,resolved_on,note\n",
    );
    for i in 0..ROWS {
        csv.push_str(&row(i));
    }
    let l = Ledger::new();
    // Line 1,234 (row 1,232) made bad: refused, nothing written.
    let bad = csv.replace("claim 1232,0.32,", "claim 1232,1.32,");
    let f = l.write_file("bad.csv", &bad);
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(
        err.contains("bad.csv: line 1234: field `probability`"),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    assert_eq!(l.count("SELECT count(*) FROM journal"), 0);
    let f = l.write_file("long.csv", &csv);
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let list = l.json(&["list", "--format", "json", "--limit", "5000"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), ROWS);
    for (i, f) in list.iter().enumerate() {
        let want = row(i);
        let cells: Vec<&str> = want.trim_end().split(',').collect();
        let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
        assert_eq!(f["id"], (i + 1) as i64, "row {i}");
        assert_eq!(text(&f["source"]), cells[0], "row {i}");
        assert_eq!(text(&f["claim"]), cells[1], "row {i}");
        assert_eq!(
            f["probability"].as_f64().unwrap(),
            cells[2].parse::<f64>().unwrap()
        );
        assert_eq!(text(&f["made_on"]), cells[3], "row {i}");
        assert_eq!(text(&f["question"]), cells[5], "row {i}");
        assert_eq!(text(&f["stance"]), cells[6], "row {i}");
        assert_eq!(text(&f["condition"]), cells[7], "row {i}");
        let mut tags: Vec<&str> = cells[8].split(';').filter(|t| !t.is_empty()).collect();
        tags.sort();
        assert_eq!(f["tags"], serde_json::json!(tags), "row {i}");
        assert_eq!(text(&f["outcome"]), cells[9], "row {i}");
        // An outcome without a date is resolved on the deadline.
        let on = match (cells[9], cells[10]) {
            ("", _) => "",
            (_, "") => "2025-06-30",
            (_, on) => on,
        };
        assert_eq!(text(&f["resolved_on"]), on, "row {i}");
        assert_eq!(text(&f["note"]), cells[11], "row {i}");
    }
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 780);
    assert_eq!(l.count("SELECT count(*) FROM forecast_tags"), 1_950);
    let v = l.run(&["verify"]);
    assert_eq!(v.code, 0, "{}", v.stderr);
}

/// `import --new-only` takes a grown export of another tool: rows already in the ledger are
/// skipped and counted (with how many carry an outcome), the new ones imported; the same file
/// again is "nothing new" (exit 0, nothing written). The ledger's own export, in either
/// format, is all "nothing new", so the identity it compares is the one stored. Without the
/// flag the grown file is refused as before.
#[test]
fn new_only_imports_the_rows_a_grown_export_added() {
    let l = Ledger::new();
    let v1 = "source,claim,probability,made_on,deadline,outcome\n\
              Ünal,Rain on Friday,0.7,2026-01-02,2026-01-09,true\n\
              Ünal,Snow by March,0.2,2026-01-02,2026-03-31,\n\
              Ünal,\"Fed cuts, again\",0.55,2026-01-03,2026-06-30,\n";
    let f1 = l.write_file("v1.csv", v1);
    l.ok(&["import", f1.to_str().unwrap()]);
    // A month on: the same rows (one resolved since, one source spelled in another case)
    // and one new row.
    let v2 = "source,claim,probability,made_on,deadline,outcome\n\
              Ünal,Rain on Friday,0.7,2026-01-02,2026-01-09,true\n\
              ünal,Snow by March,0.2,2026-01-02,2026-03-31,false\n\
              Ünal,\"Fed cuts, again\",0.55,2026-01-03,2026-06-30,\n\
              Ünal,Budget passes,0.4,2026-02-01,2026-09-30,\n";
    let f2 = l.write_file("v2.csv", v2);
    let refused = l.fails(&["import", f2.to_str().unwrap()], 2);
    assert!(
        refused.contains("line 2: this row repeats forecast 1"),
        "{refused}"
    );
    let r = l.run(&["import", f2.to_str().unwrap(), "--new-only"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "imported 1 forecast(s) (0 resolved) from ".to_string()
            + f2.to_str().unwrap()
            + "; 3 row(s) already in the ledger skipped (2 of them with an outcome); a skipped row's outcome is not applied: `forecast due` lists what is still open, and `forecast resolve` (or `resolve --from FILE`) records outcomes\n"
    );
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list.as_array().unwrap().len(), 4);
    let head = l.ok(&["verify"]);
    let again = l.run(&["import", f2.to_str().unwrap(), "--new-only"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stdout.starts_with("nothing new in "),
        "{}",
        again.stdout
    );
    assert!(again.stdout.contains("all 4 row(s) repeat forecasts already in the ledger (2 of them with an outcome); nothing was written"), "{}", again.stdout);
    assert_eq!(l.ok(&["verify"]), head, "nothing written");
    for format in ["csv", "jsonl"] {
        let out = l.ok(&["export", "--format", format]);
        let f = l.write_file(&format!("own.{format}"), &out);
        let r = l.run(&["import", f.to_str().unwrap(), "--new-only"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stdout.starts_with("nothing new in "),
            "{format}: {}",
            r.stdout
        );
    }
}

/// A question key that differs from one the ledger holds, or from one met earlier in the
/// file, only in case, spacing or punctuation is kept as a question of its own with a
/// warning naming the line and the key it resembles (`add` refuses it; an import of another
/// tool's export must not fail on a question asked again with another apostrophe, as in a
/// real published record). A key the ledger holds exactly, and the same spelling again in
/// the file, pass without a word.
#[test]
fn an_import_warns_of_a_question_key_that_differs_from_another_only_in_case_or_punctuation() {
    // A ledger holding one forecast on the question `ua-ceasefire`.
    let ledger = || {
        let l = Ledger::new();
        l.add(
            "A",
            "Ceasefire by June",
            "0.6",
            "2026-01-01",
            "2026-06-30",
            &["--question", "ua-ceasefire"],
        );
        l
    };
    let l = ledger();
    let head = "source,claim,probability,made_on,deadline,question\n";
    let ledger_near = l.write_file(
        "ledger_near.csv",
        &format!("{head}B,Ceasefire by June,0.3,2026-01-02,2026-06-30,ua-ceasefire\nC,Ceasefire by June,0.4,2026-01-03,2026-06-30,UA-Ceasefire\nD,Ceasefire by June,0.5,2026-01-03,2026-06-30,UA-Ceasefire\n"),
    );
    let r = l.run(&["import", ledger_near.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!("warning: 1 {SIMILAR} (line 3 has `UA-Ceasefire`, like the ledger's `ua-ceasefire`), {KEPT}\n")
    );
    let in_file = l.write_file(
        "in_file.csv",
        &format!("{head}B,Fed cuts,0.3,2026-01-02,2026-06-30,Fed-Cut\nC,Fed cuts,0.4,2026-01-03,2026-06-30,Fed-Cut\nD,Fed cuts,0.5,2026-01-04,2026-06-30,fed cut\nE,Fed cuts,0.5,2026-01-04,2026-06-30,FED CUT\n"),
    );
    let r = l.run(&["import", in_file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!("warning: 2 {SIMILAR} (line 4 has `fed cut`, like `Fed-Cut` on line 2; line 5 has `FED CUT`, like `Fed-Cut` on line 2), {KEPT}\n")
    );
    let keys: Vec<String> = l
        .json(&["questions", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["question"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "FED CUT",
            "Fed-Cut",
            "UA-Ceasefire",
            "fed cut",
            "ua-ceasefire"
        ]
    );
    let l = ledger();
    let exact = l.write_file(
        "exact.csv",
        &format!("{head}B,Ceasefire by June,0.3,2026-01-02,2026-06-30,ua-ceasefire\nC,Fed cuts,0.4,2026-01-03,2026-06-30,Fed-Cut\nD,Fed cuts,0.5,2026-01-04,2026-06-30,Fed-Cut\n"),
    );
    l.ok(&["import", exact.to_str().unwrap()]);
    let keys: Vec<String> = l
        .json(&["questions", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["question"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(keys, ["Fed-Cut", "ua-ceasefire"]);
}

/// A row that gives `resolved_on` without an `outcome` is imported unresolved (an empty
/// outcome means unresolved), and a note counts such rows and names the first, instead of
/// the date vanishing without a word (audit 13, I2).
#[test]
fn a_resolution_date_without_an_outcome_is_imported_unresolved_and_said() {
    let l = Ledger::new();
    let file = l.write_file(
        "dated.csv",
        "source,claim,probability,made_on,deadline,outcome,resolved_on\nA,x,0.5,2025-01-01,2025-02-01,,2025-02-03\nA,y,0.5,2025-01-01,2025-02-01,yes,2025-02-01\nB,z,0.4,2025-01-01,2025-02-01,,2025-02-04\n",
    );
    let name = file.to_str().unwrap();
    let r = l.run(&["import", name]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("imported 3 forecast(s) (1 resolved) from {name}\n")
    );
    assert_eq!(
        r.stderr,
        "note: 2 row(s) give `resolved_on` but no `outcome` (the first on line 2): imported unresolved, since an empty outcome means unresolved; to record their resolutions, give each its outcome (`resolve ID --yes|--no --on DAY` or `resolve --from FILE`)\n"
    );
    let due = l.json(&["list", "--status", "due", "--format", "json"]);
    assert_eq!(due.as_array().unwrap().len(), 2, "{due}");
}

/// Audit 14, A9: rows resolving one market (a question and a deadline) both ways, for the
/// same stance or once stance is taken into account, would score both sides as right; the
/// import warns naming the lines. Not refused: real records reuse one key for different
/// events (Scott Alexander's 2020 list has two "[redacted] still lives here" rows, one true
/// and one false), and an import keeps what the file says.
#[test]
fn an_import_resolving_one_market_both_ways_warns_naming_the_lines() {
    let l = Ledger::new();
    let f = l.write_file(
        "dis.csv",
        "source,claim,probability,made_on,deadline,question,outcome,stance\n\
         A,e,0.7,2025-01-01,2025-03-01,dq,true,for\n\
         B,e,0.2,2025-01-01,2025-03-01,dq,false,\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: 1 resolved row(s) say the event of their market (question and deadline) the opposite way from an earlier row, stance taken into account (`dq` by 2025-03-01: line 2 says its event happened, line 3 that it did not happen): each is scored on its own outcome, so both sides count as right in `report`, and `compare` leaves such a market out; if one event was meant, fix the outcome, or give different events different question keys, and import into a new ledger\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    // `against` flips an outcome: B's `false` against the event is A's `false` for it
    // turned around; four contradictions name the first three and count the rest.
    let l = Ledger::new();
    let f = l.write_file(
        "stance.csv",
        "source,claim,probability,made_on,deadline,question,outcome,stance\n\
         A,e,0.7,2025-01-01,2025-03-01,dq,false,for\n\
         C,x,0.5,2025-01-01,2025-03-01,other,true,for\n\
         B,not e,0.2,2025-01-01,2025-03-01,dq,false,against\n\
         D,e,0.2,2025-01-01,2025-03-01,dq,true,for\n\
         E,x,0.2,2025-01-01,2025-03-01,other,false,for\n\
         F,x,0.2,2025-01-01,2025-03-01,other,true,against\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.starts_with("warning: 4 resolved row(s) say the event of their market (question and deadline) the opposite way from an earlier row, stance taken into account (`dq` by 2025-03-01: line 2 says its event did not happen, line 4 that it happened; `dq` by 2025-03-01: line 2 says its event did not happen, line 5 that it happened; `other` by 2025-03-01: line 3 says its event happened, line 6 that it did not happen and 1 more): "),
        "{}",
        r.stderr
    );
    // Agreeing rows, another deadline, a void, or rows without a question: no warning.
    let l = Ledger::new();
    let f = l.write_file(
        "fine.csv",
        "source,claim,probability,made_on,deadline,question,outcome,stance,reason\n\
         A,e,0.7,2025-01-01,2025-03-01,dq,true,for,\n\
         B,not e,0.2,2025-01-01,2025-03-01,dq,false,against,\n\
         C,e later,0.4,2025-01-01,2025-06-01,dq,false,for,\n\
         D,e,0.4,2025-01-01,2025-03-01,dq,void,for,ambiguous\n\
         E,e,0.4,2025-01-01,2025-03-01,,false,for,\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 5);
}

/// The rows resolving one market both ways are found among the rows an import stored, after
/// they are stored, and named by the lines they started on: a row over two lines (a quoted
/// line break) moves the lines after it, a void says nothing of the event, and the ledger's
/// rows from before the import are not the "earlier row" (only the file's are).
#[test]
fn an_import_names_the_lines_of_a_market_resolved_both_ways_after_a_row_over_two_lines() {
    let l = Ledger::new();
    let before = l.write_file(
        "before.csv",
        "source,claim,probability,made_on,deadline,question,outcome,stance\n\
         A,e,0.7,2025-01-01,2025-03-01,dq,true,for\n",
    );
    let r = l.run(&["import", before.to_str().unwrap()]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let f = l.write_file(
        "later.csv",
        "source,claim,probability,made_on,deadline,question,outcome,stance,reason\n\
         B,\"e,\nsaid twice\",0.6,2025-01-01,2025-03-01,dq,false,for,\n\
         C,e,0.4,2025-01-01,2025-03-01,dq,void,for,ambiguous\n\
         D,e,0.3,2025-01-01,2025-03-01,dq,true,for,\n\
         E,e,0.3,2025-01-01,2025-03-01,dq,false,for,\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: 1 resolved row(s) say the event of their market (question and deadline) the opposite way from an earlier row, stance taken into account (`dq` by 2025-03-01: line 2 says its event did not happen, line 5 that it happened): each is scored on its own outcome, so both sides count as right in `report`, and `compare` leaves such a market out; if one event was meant, fix the outcome, or give different events different question keys, and import into a new ledger\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 5);
}

/// The same for `resolve --from`: two forecasts of one market resolved both ways in one
/// outcomes file are refused naming both lines and forecasts (a question-layout file
/// already refuses a second, contradicting outcome for a question).
#[test]
fn an_outcomes_file_resolving_one_market_both_ways_is_refused() {
    let l = Ledger::new();
    l.add(
        "A",
        "e",
        "0.5",
        "2026-01-01",
        "2026-03-01",
        &["--question", "dq"],
    );
    l.add(
        "B",
        "e",
        "0.5",
        "2026-01-01",
        "2026-03-01",
        &["--question", "dq"],
    );
    let against = ["--question", "dq", "--against"];
    l.add("C", "not e", "0.5", "2026-01-01", "2026-03-01", &against);
    let f = l.write_file("o.csv", "id,outcome\n1,true\n2,false\n");
    assert_eq!(
        l.fails(&["resolve", "--from", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 3: question `dq` by 2026-03-01: line 2 (forecast 1) says its event happened and line 3 (forecast 2) says it did not happen (stance taken into account): outcomes of one market that contradict each other would score both sides as right; fix one of the two lines, or record the question's outcome with `forecast resolve --question dq --happened-on DATE` (or `--not-by DATE`)\n",
            f.display()
        )
    );
    let f = l.write_file("o2.csv", "id,outcome\n1,true\n3,true\n");
    let err = l.fails(&["resolve", "--from", f.to_str().unwrap()], 2);
    assert!(err.contains("line 2 (forecast 1) says its event happened and line 3 (forecast 3) says it did not happen"), "{err}");
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
    let f = l.write_file("o3.csv", "id,outcome\n1,true\n3,false\n2,true\n");
    l.ok(&["resolve", "--from", f.to_str().unwrap()]);
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 3);
}

/// Audit 14, A12: a semicolon-separated CSV (a spreadsheet's export where the decimal
/// separator is a comma) is refused at its header, saying so and how to read it, instead of
/// "line 2: has 2 fields where the header has 1"; `--delimiter ';'` reads it.
#[test]
fn a_semicolon_separated_csv_is_named_and_read_with_delimiter() {
    let l = Ledger::new();
    let f = l.write_file(
        "excel.csv",
        "source;claim;probability;made_on;deadline;outcome\r\nA;c1;0,7;2025-01-10;2025-03-31;true\r\n",
    );
    let path = f.to_str().unwrap();
    assert_eq!(
        l.fails(&["import", path], 2),
        format!("error: {path}: line 1: the header `source;claim;probability;made_on;deadline;outcome` is one field: the file looks semicolon-separated (a spreadsheet's CSV where the decimal separator is a comma); read it with `--delimiter ';'`, or save it as comma-separated CSV. With `--delimiter ';'` a probability's decimal comma (`0,7`, `70,5%`) reads as its point\n")
    );
    // Audit 21, B12: the decimal comma of such a file is its point (it was refused).
    l.ok(&["import", path, "--delimiter", ";"]);
    assert_eq!(l.json(&["list", "--format", "json"])[0]["probability"], 0.7);
    let l = Ledger::new();
    let f = l.write_file(
        "fixed.csv",
        "source;claim;probability;made_on;deadline;outcome\r\nA;\"c1; really\";70%;2025-01-10;2025-03-31;true\r\n",
    );
    l.ok(&["import", f.to_str().unwrap(), "--delimiter", ";"]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["claim"], "c1; really");
    assert_eq!(list[0]["probability"], 0.7);
    let f = l.write_file(
        "tabs.tsv",
        "source\tclaim\tprobability\tmade_on\tdeadline\nB\tc2\t0.4\t2025-01-10\t2025-03-31\n",
    );
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    // Audit 15, A17: a tab is not explained as a decimal-comma spreadsheet's separator.
    assert_eq!(
        err,
        format!(
            "error: {}: line 1: the header `source\tclaim\tprobability\tmade_on\tdeadline` is one field: the file looks tab-separated (a TSV export, or cells copied from a spreadsheet); read it with `--delimiter tab`, or save it as comma-separated CSV\n",
            f.display()
        )
    );
    l.ok(&["import", f.to_str().unwrap(), "--delimiter", "tab"]);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    assert!(l
        .fails(&["import", f.to_str().unwrap(), "--delimiter", ";;"], 2)
        .contains("--delimiter `;;`: give one character"));
}

/// Audit 15, A9: `import` keeps a file's claims byte for byte and `add` stores a claim with
/// its white space made single spaces, but the repeat checks compare claims made alike
/// (NFC, trimmed, each run of white space one space), so the same forecast through both
/// paths, or imported again with a doubled space or a bare LF, is found and named (the
/// earliest copy) instead of counted again.
#[test]
fn claims_differing_only_in_white_space_are_one_forecast() {
    let l = Ledger::new().at("2024-01-05");
    let bom = l.write_file(
        "bom.csv",
        "\u{feff}source,claim,probability,made_on,deadline\r\nA,\"multi\r\nline claim\",0.6,2023-12-01,2024-02-01\r\n\r\nA,\"quote \"\"x\"\"\",0.7,2023-12-01,2024-02-01\r\n",
    );
    l.ok(&["import", bom.to_str().unwrap()]);
    // Stored as the file has it.
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["claim"], "multi\r\nline claim");
    for claim in [
        "multi line claim",
        "multi  line\tclaim",
        " multi\nline claim ",
    ] {
        let r = l.add_run("A", claim, "0.6", "2023-12-01", "2024-02-01", &[]);
        assert_eq!(r.code, 2, "{claim:?}: {}", r.stderr);
        assert_eq!(
            r.stderr,
            "error: forecast \"multi line claim\": it repeats forecast 1 (same source, claim, probability, date made, deadline, stance and condition), so it would count twice; nothing was written. A changed view is `forecast update 1 --probability P`\n"
        );
    }
    let doubled = l.write_file(
        "n.csv",
        "source,claim,probability,made_on,deadline\nA,multi  line claim,0.6,2023-12-01,2024-02-01\n",
    );
    let err = l.fails(&["import", doubled.to_str().unwrap()], 2);
    assert!(
        err.contains("n.csv: line 2: this row repeats forecast 1, already in the ledger"),
        "{err}"
    );
    let bare_lf = l.write_file(
        "n2.csv",
        "source,claim,probability,made_on,deadline\nA,\"multi\nline claim\",0.6,2023-12-01,2024-02-01\nB,multi line claim,0.6,2023-12-01,2024-02-01\n",
    );
    let err = l.fails(&["import", bare_lf.to_str().unwrap()], 2);
    assert!(
        err.contains("n2.csv: line 2: this row repeats forecast 1"),
        "{err}"
    );
    let out = l.ok(&["import", bare_lf.to_str().unwrap(), "--new-only"]);
    assert_eq!(
        out,
        format!(
            "imported 1 forecast(s) (0 resolved) from {}; 1 row(s) already in the ledger skipped (0 of them with an outcome)\n",
            bare_lf.display()
        )
    );
    // Once each: A's forecast and B's.
    let report = l.ok(&["report", "--include-early", "--format", "csv"]);
    let counts: Vec<&str> = report
        .lines()
        .map(|line| {
            let mut f = line.splitn(3, ',');
            let (a, b) = (f.next().unwrap(), f.next().unwrap());
            &line[..a.len() + 1 + b.len()]
        })
        .collect();
    assert_eq!(counts, vec!["source,forecasts", "A,2", "B,1", "overall,3"]);
}

/// Audit 15, A13: a header row repeated inside a CSV (two exports pasted together) is named
/// as such, nothing written, not refused as a probability that is not a number.
#[test]
fn a_header_repeated_inside_a_csv_is_named_as_one() {
    let l = Ledger::new().at("2024-01-05");
    let f = l.write_file(
        "dup.csv",
        "source,claim,probability,made_on,deadline\nA,c1,0.6,2023-12-01,2024-02-01\nsource,claim,probability,made_on,deadline\nA,c2,0.6,2023-12-01,2024-02-01\n",
    );
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert_eq!(
        err,
        format!(
            "error: {}: line 3: this line repeats the header row (`source,claim,probability,made_on,deadline`): two files pasted together? Remove it, or import each file on its own; nothing was imported\n",
            f.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
}

/// An adversary's spreadsheet pass (2026-12-05), 1: a field that starts with a quote and
/// goes on after its closing quote (`"Soft landing" is likely`, hand-edited in a text
/// editor) was stored with its quotes dropped, and `"a"b"c"` as `ab"c"`: a claim the file
/// does not say. Such a field is refused, naming the line, the column and the quoting that
/// keeps the quotes as text; a quote inside a field that does not start with one is text,
/// stored byte for byte (as Python's csv module reads it).
#[test]
fn text_after_a_closing_quote_is_refused_and_a_quote_inside_a_field_is_kept() {
    let l = Ledger::new();
    let h = "source,claim,probability,made_on,deadline\n";
    let soft = l.write_file(
        "soft.csv",
        &format!("{h}A,Rain,0.5,2026-01-05,2026-12-31\nBob,\"Soft landing\" is likely,0.6,2026-01-05,2026-12-31\n"),
    );
    assert_eq!(
        l.fails(&["import", soft.to_str().unwrap()], 2),
        format!(
            "error: {}: line 3: field `claim` (column 2): text follows the closing quote in `\"Soft landing\" is likely`: a field that starts with a quote must end with it, so what it holds is unclear; if the quotes are part of the text, quote the whole field and double each quote inside: `\"\"\"Soft landing\"\" is likely\"`; nothing was imported\n",
            soft.display()
        )
    );
    let abc = l.write_file(
        "abc.csv",
        &format!("{h}Bob,\"a\"b\"c\",0.6,2026-01-05,2026-12-31\n"),
    );
    assert_eq!(
        l.fails(&["import", abc.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `claim` (column 2): text follows the closing quote in `\"a\"b\"c\"`: a field that starts with a quote must end with it, so what it holds is unclear; if the quotes are part of the text, quote the whole field and double each quote inside: `\"\"\"a\"\"b\"\"c\"\"\"`; nothing was imported\n",
            abc.display()
        )
    );
    // In a `;` file too (the quote tracking knew only `,`), on the line the text is on (a
    // message prints a line break as a space).
    let semi = l.write_file(
        "semi.csv",
        "source;claim;probability;made_on;deadline\nA;\"two\nlines\" more;0,6;2026-01-05;2026-12-31\n",
    );
    let err = l.fails(&["import", semi.to_str().unwrap(), "--delimiter", ";"], 2);
    assert!(
        err.contains("semi.csv: line 3: field `claim` (column 2): text follows the closing quote in `\"two lines\" more`"),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    let ok = l.write_file(
        "ok.csv",
        &format!("{h}Bob,\"\"\"Soft landing\"\" is likely\",0.6,2026-01-05,2026-12-31\nAnn,Soft \"landing\" is likely,0.6,2026-01-05,2026-12-31\nCy,\"Spaces after\"  ,0.6,2026-01-05,2026-12-31\n"),
    );
    l.ok(&["import", ok.to_str().unwrap()]);
    let claims: Vec<serde_json::Value> = l
        .json(&["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["claim"].clone())
        .collect();
    assert_eq!(
        claims,
        vec![
            serde_json::Value::from("\"Soft landing\" is likely"),
            serde_json::Value::from("Soft \"landing\" is likely"),
            serde_json::Value::from("Spaces after"),
        ]
    );
}

/// An adversary's spreadsheet pass (2026-12-05), 3, 5, 6: two exports that each start with
/// a byte-order mark, joined with `cat`, have their second header named as a repeated
/// header (its mark made it a bad probability); a header with no rows under it says so;
/// and a header's refusal names the file and the header's line (line 2 after `sep=;`).
#[test]
fn header_refusals_name_the_file_and_the_headers_line() {
    let l = Ledger::new();
    let h = "source,claim,probability,made_on,deadline";
    let joined = l.write_file(
        "joined.csv",
        &format!("\u{feff}{h}\r\nA,Rain,0.5,2026-01-05,2026-12-31\r\n\u{feff}{h}\r\nB,Snow,0.5,2026-01-05,2026-12-31\r\n"),
    );
    assert_eq!(
        l.fails(&["import", joined.to_str().unwrap()], 2),
        format!(
            "error: {}: line 3: this line repeats the header row (`{h}`): two files pasted together? Remove it, or import each file on its own; nothing was imported\n",
            joined.display()
        )
    );
    for (file, text) in [
        ("only.csv", format!("{h}\n")),
        ("blank.csv", format!("\u{feff}{h}\n,,,,\n\n")),
    ] {
        let only = l.write_file(file, &text);
        assert_eq!(
            l.fails(&["import", only.to_str().unwrap()], 2),
            format!(
                "error: {}: line 1: the file has its header row and no rows under it; nothing was imported\n",
                only.display()
            )
        );
    }
    let missing = l.write_file(
        "missing.csv",
        "sep=;\nsource;claim;probability;made_on\nA;Rain;0,5;2026-01-05\n",
    );
    assert_eq!(
        l.fails(&["import", missing.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `deadline`: the file has no column `deadline` (its columns are `source`, `claim`, `probability`, `made_on`); name the column that holds it with --map deadline=COLUMN or give every row one value with --set deadline=VALUE\n",
            missing.display()
        )
    );
    let twice = l.write_file(
        "twice.csv",
        &format!("{h},Source\nA,Rain,0.5,2026-01-05,2026-12-31,B\n"),
    );
    assert_eq!(
        l.fails(&["import", twice.to_str().unwrap()], 2),
        format!(
            "error: {}: line 1: column `source`: the header has it 2 times (`source`, `Source`); which one holds `source` is a guess, so rename or remove the others\n",
            twice.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
}

/// An adversary's spreadsheet pass (2026-12-05), 4, 8, 9: keywords in any case (`VOID`,
/// `Annulled`, `AGAINST`), a decimal comma with no leading zero (`,7` with `;`), and a
/// date typed year, day, month, which gets the hint other mistaken dates get.
#[test]
fn keywords_in_any_case_a_bare_decimal_comma_and_a_year_day_month_date() {
    let l = Ledger::new();
    let eu = l.write_file(
        "eu.csv",
        "source;claim;probability;made_on;deadline;outcome;reason;stance\nA;Rain;,7;2026-01-05;2026-03-01;VOID;Annulled;AGAINST\n",
    );
    l.ok(&["import", eu.to_str().unwrap(), "--delimiter", ";"]);
    let f = &l.json(&["list", "--format", "json"])[0];
    assert_eq!(
        (&f["probability"], &f["outcome"], &f["reason"], &f["stance"]),
        (
            &serde_json::Value::from(0.7),
            &serde_json::Value::from("void"),
            &serde_json::Value::from("annulled"),
            &serde_json::Value::from("against")
        )
    );
    let ydm = l.write_file(
        "ydm.csv",
        "source,claim,probability,made_on,deadline\nB,Snow,0.5,2026-01-05,2026-31-12\n",
    );
    assert_eq!(
        l.fails(&["import", ydm.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `deadline`: date `2026-31-12` is not a valid YYYY-MM-DD date; it reads as year, day, month: did you mean `2026-12-31`?\n",
            ydm.display()
        )
    );
    let r = l.add_run("B", "Snow", "0.5", "2026-31-01", "2026-12-31", &[]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (2, "error: --made-on: date `2026-31-01` is not a valid YYYY-MM-DD date; it reads as year, day, month: did you mean `2026-01-31`?\n")
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}

/// An adversary's spreadsheet pass (2026-12-05), 7: a Mac Roman file (Excel for Mac's
/// "CSV (Macintosh)") was named Windows-1252, its `é` (0x8E) as `Ž`. The bytes rarely tell
/// the two apart, so both readings are named, each with its `iconv` command; a byte
/// Windows-1252 leaves undefined (0x8F, Mac Roman's `è`) names Mac Roman alone.
#[test]
fn a_mac_roman_byte_is_named_in_both_encodings_it_may_be() {
    let l = Ledger::new();
    let mac = l.path("mac.csv");
    std::fs::write(
        &mac,
        b"source,claim,probability,made_on,deadline\nA,Caf\x8e au lait,0.5,2026-01-05,2026-12-31\n",
    )
    .unwrap();
    let path = mac.to_str().unwrap();
    let stem = path.trim_end_matches(".csv");
    assert_eq!(
        l.fails(&["import", path], 2),
        format!(
            "error: {path}: line 2: byte 6 of the line is 0x8E, `Ž` in Windows-1252, `é` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 (Excel's plain \"CSV\" on Windows) or Mac Roman (Excel for Mac's \"CSV (Macintosh)\", older Mac programs); save it as \"CSV UTF-8\", or convert it with `iconv -f WINDOWS-1252 -t UTF-8 {path} > {stem}.utf8.csv` if it is Windows-1252, `iconv -f MACINTOSH -t UTF-8 {path} > {stem}.utf8.csv` if it is Mac Roman (the one that reads `Ž` or `é` as the file means)\n"
        )
    );
    std::fs::write(
        &mac,
        b"source,claim,probability,made_on,deadline\nA,Cr\x8fme,0.5,2026-01-05,2026-12-31\n",
    )
    .unwrap();
    assert_eq!(
        l.fails(&["import", path], 2),
        format!(
            "error: {path}: line 2: byte 5 of the line is 0x8F, `è` in Mac Roman (Windows-1252 has no character for it): the file is not UTF-8, perhaps Mac Roman (Excel for Mac's \"CSV (Macintosh)\", older Mac programs); save it as \"CSV UTF-8\", or convert it with `iconv -f MACINTOSH -t UTF-8 {path} > {stem}.utf8.csv`\n"
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
}

/// `export` then `import` kept neither the question outcomes (`resolve --question`) nor a
/// stated range nor the article, and said nothing (audit 17 A3, A5). Now `export` names what
/// its rows do not carry, once on stderr; `--outcomes FILE` writes the outcomes as a file
/// `resolve --from` records; the import reads a stated range back and names what it did not
/// take. After `resolve --from`, `questions` and `compare` agree byte for byte with the
/// original, and a forecast backdated before a recorded event is logged late in both.
#[test]
fn an_export_round_trip_keeps_outcomes_and_ranges_and_says_what_does_not_travel() {
    let l = Ledger::new().at("2026-06-30");
    l.add(
        "A",
        "E by March",
        "0.8",
        "2026-01-01",
        "2026-03-31",
        &["--question", "e"],
    );
    l.add(
        "B",
        "E by March",
        "0.3",
        "2026-01-02",
        "2026-03-31",
        &["--question", "e"],
    );
    l.add(
        "B",
        "G by May",
        "0.4",
        "2026-01-02",
        "2026-05-31",
        &["--question", "g"],
    );
    l.ok(&["resolve", "2", "--no", "--on", "2026-04-01"]);
    l.ok(&["resolve", "--question", "e", "--happened-on", "2026-02-01"]);
    l.ok(&["resolve", "--question", "g", "--not-by", "2026-05-31"]);
    let ranged = l.write_file(
        "ranged.csv",
        "source,claim,probability,probability_basis,probability_low,probability_high,made_on,deadline\n\
         W,Rain by July,0.725,number:70 to 75 percent,0.7,0.75,2026-06-01,2026-07-31\n",
    );
    l.ok(&["import", ranged.to_str().unwrap()]);
    let range = |l: &Ledger| {
        l.ok(&["show", "4"])
            .lines()
            .find(|line| line.starts_with("  range"))
            .map(str::to_string)
    };
    assert_eq!(range(&l).as_deref(), Some("  range        70% to 75%"));
    for format in ["jsonl", "csv"] {
        let r = l.run(&["export", "--format", format]);
        assert_eq!(
            r.stderr,
            "warning: an export carries the forecasts, not 2 question outcome(s) recorded with `resolve --question` (add `--outcomes FILE.csv` to write them, and `forecast resolve --from FILE.csv` after the import records them); `forecast copy --to` or `forecast backup` moves the whole ledger\n"
        );
        let outcomes = l.path(&format!("outcomes-{format}.csv"));
        let r = l.run(&[
            "export",
            "--format",
            format,
            "--outcomes",
            outcomes.to_str().unwrap(),
        ]);
        assert_eq!(r.stderr, "");
        assert_eq!(
            std::fs::read_to_string(&outcomes).unwrap(),
            "question,event,date\ne,happened-on,2026-02-01\ng,not-by,2026-05-31\n"
        );
        let copy = Ledger::new().at("2026-06-30");
        let dump = copy.write_file(&format!("dump.{format}"), &r.stdout);
        let r = copy.run(&["import", dump.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains(&format!("warning: {NOT_IN_AN_EXPORT}\n")),
            "{}",
            r.stderr
        );
        assert_eq!(range(&copy), range(&l), "{format}");
        copy.ok(&["resolve", "--from", outcomes.to_str().unwrap()]);
        for read in [
            &["questions", "--format", "csv"][..],
            &["compare", "--format", "csv", "--min-markets", "1"],
            &["report", "--format", "csv"],
        ] {
            assert_eq!(copy.ok(read), l.ok(read), "{format} {read:?}");
        }
        // The hindsight guard holds in the copy: a forecast dated before the recorded event
        // is logged late and resolved by it.
        let late = copy.add_run(
            "C",
            "E by March",
            "0.99",
            "2026-01-03",
            "2026-03-31",
            &["--question", "e"],
        );
        assert!(
            late.stderr.contains("question `e` already has an outcome"),
            "{}",
            late.stderr
        );
        let list = copy.json(&["list", "--format", "json"]);
        assert_eq!(list[4]["logged_late"], true);
        assert_eq!(list[4]["outcome"], "true");
    }
    // An exported row naming an article: the import says the article is not taken.
    let copy = Ledger::new().at("2026-06-30");
    let row = copy.write_file(
        "a.jsonl",
        "{\"id\":1,\"source\":\"W\",\"claim\":\"c\",\"probability\":0.6,\"made_on\":\"2026-06-01\",\"deadline\":\"2026-07-01\",\"article\":1,\"created_at\":\"2026-06-01T00:00:00Z\"}\n",
    );
    let r = copy.run(&["import", row.to_str().unwrap()]);
    assert_eq!(
        r.stderr,
        "warning: not imported: the article (title, url, published date, sha256) of the 1 row(s) that name one in `article`; `forecast copy --to` or `forecast backup` moves a whole ledger\n"
    );
}

/// Audit 21, B7: a spreadsheet writes a blank row inside its used range as separators only
/// (`,,,,,`); it is skipped as a blank line is, where the whole file was refused as a row
/// missing its `source`.
#[test]
fn a_row_of_separators_only_is_a_blank_row() {
    let l = Ledger::new();
    let csv = l.write_file(
        "blank-rows.csv",
        "source,claim,probability,made_on,deadline\nAlice,Rain,0.7,2026-01-05,2026-03-01\n,,,,\nBob,Snow,0.2,2026-01-05,2026-03-01\n , ,,,\n,,,,\n",
    );
    let out = l.ok(&["import", csv.to_str().unwrap()]);
    assert!(out.contains("imported 2 forecast(s)"), "{out}");
    // A row with one value in it is still a row, refused naming what it lacks.
    let bad = l.write_file(
        "half.csv",
        "source,claim,probability,made_on,deadline\nCarol,Hail,0.7,2026-01-05,2026-03-01\n,Fog,,,\n",
    );
    let err = l.fails(&["import", bad.to_str().unwrap()], 2);
    assert!(err.contains("line 3"), "{err}");
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
}

/// Audit 21, B10: `--set made_on=today` was refused by a message saying `today` is taken.
/// `today` and `yesterday` read as every day option reads them.
#[test]
fn set_made_on_takes_today_and_yesterday() {
    let l = Ledger::new().at("2026-11-30");
    let csv = l.write_file(
        "m.csv",
        "Who,Prediction,Confidence,Due\nAlice,Rain,70%,2027-03-01\n",
    );
    let maps = [
        "--map",
        "source=Who",
        "--map",
        "claim=Prediction",
        "--map",
        "probability=Confidence",
        "--map",
        "deadline=Due",
    ];
    let mut args = vec!["import", csv.to_str().unwrap()];
    args.extend_from_slice(&maps);
    args.extend_from_slice(&["--set", "made_on=today"]);
    l.ok(&args);
    let csv2 = l.write_file(
        "m2.csv",
        "Who,Prediction,Confidence,Due\nBob,Snow,20%,2027-03-01\n",
    );
    let mut args = vec!["import", csv2.to_str().unwrap()];
    args.extend_from_slice(&maps);
    args.extend_from_slice(&["--set", "made_on=Yesterday"]);
    l.ok(&args);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["made_on"], "2026-11-30");
    assert_eq!(list[1]["made_on"], "2026-11-29");
}

/// Audit 21, B12: with `--delimiter ';'` (a spreadsheet whose decimal separator is a
/// comma) a probability's decimal comma is its point; with `,` it is still refused, naming
/// the point to write.
#[test]
fn a_semicolon_file_reads_decimal_commas_in_probabilities() {
    let l = Ledger::new();
    let eu = l.write_file(
        "eu.csv",
        "source;claim;probability;made_on;deadline\nA;Rain;0,7;2026-01-05;2026-03-01\nB;Snow;\"70,5%\";2026-01-05;2026-03-01\nC;Hail;12 %;2026-01-05;2026-03-01\n",
    );
    l.ok(&["import", eu.to_str().unwrap(), "--delimiter", ";"]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["probability"], 0.7);
    assert_eq!(list[1]["probability"], 0.705);
    assert_eq!(list[2]["probability"], 0.12);
    // Out of range either way is still refused.
    let bad = l.write_file(
        "eu-bad.csv",
        "source;claim;probability;made_on;deadline\nD;Fog;1,5;2026-01-05;2026-03-01\n",
    );
    l.fails(&["import", bad.to_str().unwrap(), "--delimiter", ";"], 2);
    let comma = l.write_file(
        "comma.csv",
        "source,claim,probability,made_on,deadline\nE,Sleet,\"0,7\",2026-01-05,2026-03-01\n",
    );
    let err = l.fails(&["import", comma.to_str().unwrap()], 2);
    assert!(
        err.contains("write the decimal with a point: `0.7`"),
        "{err}"
    );
}

/// Audit 21, B11: Excel's "Unicode Text" (UTF-16 with a byte-order mark) and its plain
/// "CSV" on Windows (Windows-1252) got "the file is not UTF-8 text" with no way out, and
/// `extract` called UTF-16 "a binary file". Now each says what the file is and how to
/// convert it, in one line, exit 2, with nothing written; Excel's `sep=;` first line is read
/// as the delimiter (the line numbers after it unchanged).
#[test]
fn files_in_another_encoding_are_named_with_the_way_to_convert_them() {
    let l = Ledger::new();
    let utf16 = |text: &str, bom: &[u8], be: bool| -> Vec<u8> {
        let mut out = bom.to_vec();
        for unit in text.encode_utf16() {
            let bytes = if be {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend(bytes);
        }
        out
    };
    let table = "source\tclaim\tprobability\tmade_on\tdeadline\r\nAlice\tRain\t0.7\t2026-01-05\t2026-03-01\r\n";
    for (bom, be, kind) in [
        (&[0xFF, 0xFE][..], false, "UTF-16LE"),
        (&[0xFE, 0xFF][..], true, "UTF-16BE"),
        (&[][..], false, "UTF-16LE"),
    ] {
        let p = l.path("unicode-text.txt");
        std::fs::write(&p, utf16(table, bom, be)).unwrap();
        let e = l.fails(&["import", p.to_str().unwrap(), "--delimiter", "tab"], 2);
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(
            e.contains(&format!(
                "the file is {kind} text (Excel's \"Unicode Text\""
            )),
            "{e}"
        );
        assert!(e.contains("`iconv -f UTF-16 -t UTF-8 FILE > NEW`"), "{e}");
        assert!(!l.db.exists(), "an import refused wrote the ledger");
    }
    let p = l.path("ansi.csv");
    std::fs::write(
        &p,
        b"source,claim,probability,made_on,deadline\nCaf\xe9 Times,Rain,0.7,2026-01-05,2026-03-01\n",
    )
    .unwrap();
    let e = l.fails(&["import", p.to_str().unwrap()], 2);
    let path = p.to_str().unwrap();
    let stem = path.strip_suffix(".csv").unwrap();
    assert_eq!(
        e,
        format!("error: {path}: line 2: byte 4 of the line is 0xE9, `é` in Windows-1252 and Latin-1, `È` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 (Excel's plain \"CSV\" on Windows) or Mac Roman (Excel for Mac's \"CSV (Macintosh)\", older Mac programs); save it as \"CSV UTF-8\", or convert it with `iconv -f WINDOWS-1252 -t UTF-8 {path} > {stem}.utf8.csv` if it is Windows-1252 or Latin-1, `iconv -f MACINTOSH -t UTF-8 {path} > {stem}.utf8.csv` if it is Mac Roman (the one that reads `é` or `È` as the file means)\n")
    );
    assert!(!l.db.exists());
    // Windows-1252's own punctuation (0x80-0x9F: curly quotes, dashes, the euro) is Mac
    // Roman's letters too, so both are named; runs of high bytes name no encoding.
    std::fs::write(
        &p,
        b"source,claim,probability,made_on,deadline\nA,Rain,0.7,2026-01-05,2026-03-01\nB,\x93Snow\x94 \x96 heavy,0.7,2026-01-05,2026-03-01\n",
    )
    .unwrap();
    let e = l.fails(&["import", path], 2);
    assert!(
        e.contains(": line 3: byte 3 of the line is 0x93, `“` in Windows-1252, `ì` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 (Excel's plain"),
        "{e}"
    );
    std::fs::write(
        &p,
        b"source,claim,probability,made_on,deadline\nB,\x93\x8c\x8b\x9e,0.7,2026-01-05,2026-03-01\n",
    )
    .unwrap();
    let e = l.fails(&["import", path], 2);
    assert!(
        e.contains(": line 2: byte 3 of the line is 0x93, not UTF-8, and the bytes from it on are neither Windows-1252 nor Mac Roman text: the file is in another encoding; save it as \"CSV UTF-8\", or convert it with `iconv -f ENCODING -t UTF-8"),
        "{e}"
    );
    // JSON Lines and `extract` name the byte the same way.
    let j = l.path("ansi.jsonl");
    std::fs::write(&j, b"{\"source\": \"Caf\xe9\"}\n").unwrap();
    let e = l.fails(&["import", j.to_str().unwrap()], 2);
    assert!(
        e.contains(
            "ansi.jsonl: line 1: byte 16 of the line is 0xE9, `é` in Windows-1252 and Latin-1, `È` in Mac Roman"
        ),
        "{e}"
    );
    assert!(e.contains("ansi.utf8.jsonl`"), "{e}");
    let t = l.path("ansi.txt");
    std::fs::write(
        &t,
        b"Analysts say the Fed will probably cut rates by June.\nIt \x92s likely.\n",
    )
    .unwrap();
    let e = l.fails(
        &[
            "extract",
            t.to_str().unwrap(),
            "--source",
            "S",
            "--published",
            "2026-03-01",
        ],
        2,
    );
    assert!(
        e.contains("ansi.txt: line 2: byte 4 of the line is 0x92, `’` in Windows-1252, `í` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 or Mac Roman (older Mac programs); save it as \"UTF-8\""),
        "{e}"
    );
    assert!(!l.db.exists());
    // extract names UTF-16 too, rather than "a binary file".
    let p = l.path("a16.txt");
    std::fs::write(
        &p,
        utf16(
            "The Fed will probably cut rates by June.\n",
            &[0xFF, 0xFE],
            false,
        ),
    )
    .unwrap();
    let e = l.fails(
        &[
            "extract",
            p.to_str().unwrap(),
            "--source",
            "S",
            "--published",
            "2026-03-01",
        ],
        2,
    );
    assert!(e.contains("the file is UTF-16LE text"), "{e}");
    assert!(!e.contains("binary"), "{e}");
    // Excel's `sep=;` line: read as the delimiter, with or without --delimiter ';'; a
    // --delimiter that disagrees is named. A bad row keeps its own line number.
    let sep = "\u{feff}sep=;\r\nsource;claim;probability;made_on;deadline\r\nA;Rain;0.7;2026-01-05;2026-03-01\r\n";
    let p = l.write_file("sep.csv", sep);
    let e = l.fails(&["import", p.to_str().unwrap(), "--delimiter", "tab"], 2);
    assert!(e.contains("its first line `sep=;`"), "{e}");
    let bad = l.write_file(
        "sep-bad.csv",
        &format!("{sep}B;Snow;x;2026-01-05;2026-03-01\r\n"),
    );
    let e = l.fails(&["import", bad.to_str().unwrap()], 2);
    assert!(e.contains("line 4: field `probability`"), "{e}");
    let out = l.ok(&["import", p.to_str().unwrap()]);
    assert!(out.starts_with("imported 1 forecast(s)"), "{out}");
    let p = l.write_file("sep2.csv", &sep[3..].replace("A;Rain", "B;Rain"));
    l.ok(&["import", p.to_str().unwrap(), "--delimiter", ";"]);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
}

/// Audit 21, B14 (a) to (f): six messages that said too little or the wrong thing.
#[test]
fn smaller_refusals_say_what_the_input_is_and_what_to_write() {
    let l = Ledger::new();
    let header = "source,claim,probability,made_on,deadline\n";
    let import = |name: &str, rows: &str| {
        let p = l.write_file(name, &format!("{header}{rows}"));
        l.fails(&["import", p.to_str().unwrap()], 2)
    };
    // (a) A long-form date is echoed whole, not cut at ten characters (`January 5,`).
    let e = import("long.csv", "A,Rain,0.7,\"January 5, 2026\",2026-03-01\n");
    assert!(e.contains("date `January 5, 2026` is not a valid"), "{e}");
    // (b) A year-first date with slashes or dots has one reading: its ISO spelling is given.
    let e = import("slash.csv", "A,Rain,0.7,2026/01/05,2026-03-01\n");
    assert!(e.ends_with("write it as YYYY-MM-DD: `2026-01-05`\n"), "{e}");
    let e = l.fails(
        &[
            "add",
            "--source",
            "a",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
            "--made-on",
            "2026.01.05",
        ],
        2,
    );
    assert!(e.ends_with("write it as YYYY-MM-DD: `2026-01-05`\n"), "{e}");
    // (c) An unclosed quote on the last row is named as one, as mid-file.
    let e = import(
        "q.csv",
        "A,Rain,0.7,2026-01-05,2026-03-01\nB,\"Snow,0.3,2026-01-05,2026-03-01\n",
    );
    assert!(
        e.contains("line 3: has 2 fields where the header has 5; a quoted field opened on this line runs on to the end of the file: is a closing `\"` missing?"),
        "{e}"
    );
    // (d) extract's own JSON says where its forecasts are and what imports.
    let p = l.write_file(
        "cands.json",
        "{\n  \"candidates\": [\n    {\"claim\": \"x\", \"probability\": 0.7}\n  ]\n}\n",
    );
    let e = l.fails(&["import", p.to_str().unwrap(), "--set", "source=X"], 2);
    assert!(
        e.contains("this is `forecast extract --format json` output"),
        "{e}"
    );
    assert!(e.contains("`--format csv`"), "{e}");
    assert!(!l.db.exists());
    // (e) An empty outcomes file is said to be empty.
    l.add("a", "b", "0.5", "2026-01-01", "2027-01-01", &[]);
    let p = l.write_file("empty.csv", "");
    let e = l.fails(&["resolve", "--from", p.to_str().unwrap()], 2);
    assert!(
        e.contains("line 1: the file is empty: an outcomes file starts with the header"),
        "{e}"
    );
    // (f) FORECAST_TODAY without its zeros gets the spelling `--made-on` gets.
    let e = l
        .command(&["list"])
        .env("FORECAST_TODAY", "2026-1-5")
        .output()
        .unwrap();
    assert_eq!(e.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&e.stderr),
        "error: FORECAST_TODAY `2026-1-5`: write it with a two-digit month and day: `2026-01-05`\n"
    );
}

/// Audit 22 C6: an import notes resolved rows dated after their deadline with the event
/// happened, and before it with the event not happened, as `resolve --from` does; the rows
/// are imported as given and stdout is unchanged.
#[test]
fn an_import_notes_a_late_yes_and_an_early_no() {
    let l = Ledger::new();
    let f = l.write_file(
        "i.csv",
        "source,claim,probability,made_on,deadline,outcome,resolved_on\n\
         A,late yes,0.6,2026-01-01,2026-06-30,true,2026-07-15\n\
         A,early no,0.6,2026-01-01,2027-06-30,false,2026-07-15\n\
         A,on time,0.6,2026-01-01,2026-06-30,false,2026-06-30\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("imported 3 forecast(s) (3 resolved) from {}\n", f.display())
    );
    assert_eq!(
        r.stderr,
        "note: 1 resolution(s) say the event happened on a day after the forecast's deadline (line 2: deadline 2026-06-30, `true` on 2026-07-15): if it happened that day, it came after the deadline and the claim did not come true by it (`forecast resolve --question KEY --happened-on DATE` resolves each forecast on a question by its own deadline); if that is only the day the outcome became known, the outcome stands\n\
         note: 1 resolution(s) say the event has not happened, dated before the forecast's deadline (line 3: deadline 2027-06-30, `false` on 2026-07-15): it can still happen until then, so such an outcome is known only at the deadline (`forecast resolve ID --yes --amend --note WHY` changes one if the event happens after all); to say that it has not happened so far, `forecast resolve --question KEY --not-by DATE` records it and keeps later deadlines open\n"
    );
}

/// Audit 22 C9: spreadsheet headers as typed (`Made On`, `made-on`, `Resolved On`) read as
/// the fields they name.
#[test]
fn spreadsheet_headers_fold_spaces_and_hyphens() {
    let l = Ledger::new();
    let f = l.write_file(
        "s.csv",
        "Source,Claim,Probability,Made On,deadline,Outcome,Resolved-On\nA,x,0.6,2026-01-01,2026-06-30,true,2026-06-01\n",
    );
    assert_eq!(
        l.ok(&["import", f.to_str().unwrap()]),
        format!("imported 1 forecast(s) (1 resolved) from {}\n", f.display())
    );
    let v = l.json(&["show", "1", "--format", "json"]);
    assert_eq!(v["forecast"]["made_on"], "2026-01-01");
    assert_eq!(v["forecast"]["resolved_on"], "2026-06-01");
}

/// Audit 22 C8: below 1e-9 a probability prints in CSV (`list`, `export`) as the JSON
/// export writes it, not as hundreds of digits; above, CSV keeps its plain decimal. One that
/// underflows to 0 is refused.
#[test]
fn a_tiny_probability_prints_as_the_json_does() {
    let l = Ledger::new();
    l.add("A", "b", "1e-320", "2026-01-01", "2027-01-01", &[]);
    l.add("A", "c", "2.5e-10", "2026-01-01", "2027-01-01", &[]);
    l.add("A", "d", "0.000001", "2026-01-01", "2027-01-01", &[]);
    let csv = l.ok(&["list", "--format", "csv"]);
    let column = |text: &str| -> Vec<String> {
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let at = r
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "probability")
            .unwrap();
        r.records().map(|x| x.unwrap()[at].to_string()).collect()
    };
    assert_eq!(column(&csv), ["1e-320", "2.5e-10", "0.000001"]);
    assert_eq!(
        column(&l.ok(&["export", "--format", "csv"])),
        ["1e-320", "2.5e-10", "0.000001"]
    );
    let json = l.ok(&["export"]);
    for p in ["1e-320", "2.5e-10", "1e-6"] {
        assert!(json.contains(&format!("\"probability\":{p}")), "{json}");
    }
    let err = l.fails(
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "a",
            "--probability",
            "1e-400",
            "--deadline",
            "2027-01-01",
        ],
        2,
    );
    assert!(err.contains("too small to represent"), "{err}");
}

/// Audit 23 D7: an export says it leaves the corrections and amended outcomes behind, in
/// the same warning as the question outcomes, and an import of it indeed reads 0 for both.
#[test]
fn an_export_says_it_leaves_corrections_and_amended_outcomes_behind() {
    let l = Ledger::new();
    l.add(
        "Ann",
        "Fed cuts in March",
        "0.6",
        "2026-01-05",
        "2027-03-31",
        &["--question", "fed-march"],
    );
    let r = l.run(&["export"]);
    assert_eq!(r.stderr, "");
    l.ok(&["correct", "1", "--probability", "65%", "--why", "typo"]);
    l.add(
        "Eve",
        "Strike ends by June",
        "0.2",
        "2026-01-10",
        "2026-01-20",
        &["--question", "strike"],
    );
    l.ok(&["resolve", "3", "--no", "--on", "2026-01-21"]);
    l.ok(&["resolve", "3", "--yes", "--amend", "--note", "appeal"]);
    let counts = |l: &Ledger| {
        let v = l.json(&["report", "--format", "json", "--include-early"]);
        (
            v["overall"]["corrected"].clone(),
            v["overall"]["amended"].clone(),
        )
    };
    assert_eq!(counts(&l), (serde_json::json!(1), serde_json::json!(1)));
    for format in ["jsonl", "csv"] {
        let r = l.run(&["export", "--format", format]);
        assert_eq!(r.code, 0);
        assert_eq!(
            r.stderr,
            "warning: an export carries the forecasts, not the history of 1 corrected forecast(s) and 1 amended outcome(s) (an import logs each forecast as it now stands, so the report's `corrected` and `amended` read 0); `forecast copy --to` or `forecast backup` moves the whole ledger\n",
            "{format}"
        );
    }
    let file = l.write_file("e.jsonl", &l.ok(&["export"]));
    let copy = Ledger::new();
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(counts(&copy), (serde_json::json!(0), serde_json::json!(0)));
}

/// Rows of one file that repeat an earlier row (same source, its name folded as names are
/// matched; the same claim, its white space made alike; probability, made_on, deadline,
/// stance, condition and question) are imported as forecasts of their own, with one warning
/// counting them and naming the first pair. Another question, probability or stance is
/// another forecast.
const REPEATS: &str = "\
source,claim,probability,made_on,deadline,question,stance
A,Rain on Monday,0.9,2026-11-01,2027-02-01,rain,for
B,Snow,0.3,2026-11-01,2027-02-01,,
B,Snow,0.3,2026-11-01,2027-02-01,,
a,Rain  on Monday,0.9,2026-11-01,2027-02-01,rain,for
A,Rain on Monday,0.9,2026-11-01,2027-02-01,rain-2,for
A,Rain on Monday,0.8,2026-11-01,2027-02-01,rain,for
A,Rain on Monday,0.9,2026-11-01,2027-02-01,rain,against
B,Snow,0.3,2026-11-01,2027-02-01,,
";

#[test]
fn rows_repeating_an_earlier_row_are_imported_with_one_warning() {
    let l = Ledger::new();
    let f = l.write_file("rep.csv", REPEATS);
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: 3 rows repeat an earlier row (first: line 4 repeats line 3); they were imported as separate forecasts; --refuse-repeats refuses such a file\n"
    );
    assert_eq!(
        r.stdout,
        format!("imported 8 forecast(s) (0 resolved) from {}\n", f.display())
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 8);
    // One repeat is said in the singular; a file without repeats says nothing.
    let l = Ledger::new();
    let one: String = REPEATS
        .lines()
        .take(4)
        .map(|x| x.to_string() + "\n")
        .collect();
    let f = l.write_file("one.csv", &one);
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(
        r.stderr,
        "warning: 1 row repeats an earlier row (line 4 repeats line 3); it was imported as a separate forecast; --refuse-repeats refuses such a file\n"
    );
    let l = Ledger::new();
    let none: String = REPEATS
        .lines()
        .take(3)
        .map(|x| x.to_string() + "\n")
        .collect();
    let f = l.write_file("none.csv", &none);
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
}

#[test]
fn refuse_repeats_refuses_a_file_with_a_repeated_row_naming_the_first_pair() {
    let l = Ledger::new();
    let f = l.write_file("rep.csv", REPEATS);
    let err = l.fails(&["import", f.to_str().unwrap(), "--refuse-repeats"], 2);
    assert_eq!(
        err,
        format!(
            "error: {}: line 4: this row repeats line 3 (the same source, claim, probability, made_on, deadline, stance, condition and question) (3 rows repeat an earlier row; this is the first); --refuse-repeats refuses a file with a repeated row, so nothing was imported: remove one of the two, or import without --refuse-repeats to keep both as separate forecasts\n",
            f.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    assert_eq!(l.count("SELECT count(*) FROM journal"), 0);
    // JSON Lines names lines too; a JSON document names records.
    let jsonl = "{\"source\":\"A\",\"claim\":\"Rain\",\"probability\":0.6,\"made_on\":\"2026-11-01\",\"deadline\":\"2027-02-01\"}\n";
    let f = l.write_file("rep.jsonl", &format!("{jsonl}\n{jsonl}"));
    let err = l.fails(&["import", f.to_str().unwrap(), "--refuse-repeats"], 2);
    assert!(
        err.starts_with(&format!(
            "error: {}: line 3: this row repeats line 1 (",
            f.display()
        )),
        "{err}"
    );
    let doc = format!("[{0},{0}]", jsonl.trim_end());
    let f = l.write_file("rep.json", &doc);
    let err = l.fails(&["import", f.to_str().unwrap(), "--refuse-repeats"], 2);
    assert!(
        err.starts_with(&format!(
            "error: {}: record 2: this row repeats record 1 (",
            f.display()
        )),
        "{err}"
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(
        r.stderr,
        "warning: 1 row repeats an earlier row (record 2 repeats record 1); it was imported as a separate forecast; --refuse-repeats refuses such a file\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    // A file without repeats imports under the flag.
    let f = l.write_file("other.jsonl", &jsonl.replace("Rain", "Hail"));
    l.ok(&["import", f.to_str().unwrap(), "--refuse-repeats"]);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 3);
}

/// Under `--new-only` a row skipped as already in the ledger is not imported, so the counted
/// repeats are the rows stored; a file that holds a ledger forecast more often than the
/// ledger does (a copy logged since the last import) is told so, naming the first such row,
/// since that copy is skipped too (audit 26: it was skipped in silence).
#[test]
fn new_only_counts_only_the_repeated_rows_it_stored() {
    let l = Ledger::new();
    let head = "source,claim,probability,made_on,deadline\n";
    let x = "A,Rain,0.6,2026-11-01,2027-02-01\n";
    let y = "A,Hail,0.2,2026-11-01,2027-02-01\n";
    let f = l.write_file("x.csv", &format!("{head}{x}"));
    l.ok(&["import", f.to_str().unwrap()]);
    let f = l.write_file("g.csv", &format!("{head}{x}{y}{x}"));
    let r = l.run(&[
        "import",
        f.to_str().unwrap(),
        "--new-only",
        "--refuse-repeats",
    ]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (0, "warning: 1 row(s) skipped as already in the ledger repeat a forecast the file holds more often than the ledger does (first: line 4, a copy of line 2); a copy logged since the last import was not imported: if it is a separate forecast, log it with `forecast add`\n"),
        "{}",
        r.stdout
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    // A file holding it as often as the ledger does says nothing.
    let f = l.write_file("once.csv", &format!("{head}{x}{y}"));
    let r = l.run(&["import", f.to_str().unwrap(), "--new-only"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{}", r.stdout);
    let f = l.write_file(
        "h.csv",
        &format!("{head}{x}{y}{x}{y}").replace("Hail", "Sleet"),
    );
    let r = l.run(&["import", f.to_str().unwrap(), "--new-only"]);
    assert_eq!(
        r.stderr,
        "warning: 1 row repeats an earlier row (line 5 repeats line 3); it was imported as a separate forecast; --refuse-repeats refuses such a file\n\
         warning: 1 row(s) skipped as already in the ledger repeat a forecast the file holds more often than the ledger does (first: line 4, a copy of line 2); a copy logged since the last import was not imported: if it is a separate forecast, log it with `forecast add`\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 4);
}

/// A row that repeats a version `correct` replaced is already in the ledger (audit 26, item
/// 3: it came back as a forecast of its own, scored beside its correction): `--new-only`
/// skips and counts it, a plain import refuses it as it refuses a repeat of a current
/// forecast, naming the forecast that corrected it; so does `add`.
#[test]
fn a_row_repeating_a_corrected_version_is_already_in_the_ledger() {
    let l = Ledger::new();
    let head = "source,claim,probability,made_on,deadline\n";
    let old = "Nora,Fare rise by next June,0.2,2026-11-02,2027-06-30\n";
    let new = "Nora,Tram by 2028,0.4,2026-11-20,2028-12-31\n";
    let f = l.write_file("sup1.csv", &format!("{head}{old}"));
    l.ok(&["import", f.to_str().unwrap()]);
    l.ok(&["correct", "1", "--probability", "0.8", "--why", "typo"]);
    let grown = l.write_file("sup2.csv", &format!("{head}{old}{new}"));
    let refused = l.fails(&["import", grown.to_str().unwrap()], 2);
    assert_eq!(
        refused,
        format!(
            "error: {}: line 2: this row repeats forecast 1, corrected by forecast 2, already in the ledger (same source, claim, probability, made_on, deadline, stance and condition); the same data imported again (reordered, cut, grown or in another format) would count twice, so nothing was written: `import --new-only` imports only the rows not yet in the ledger\n",
            grown.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    let r = l.run(&["import", grown.to_str().unwrap(), "--new-only"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        format!(
            "imported 1 forecast(s) (0 resolved) from {}; 1 row(s) already in the ledger skipped (0 of them with an outcome)\n",
            grown.display()
        )
    );
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts WHERE superseded_by IS NULL AND probability = 0.2"),
        0
    );
    // `add` of the replaced version again is refused the same way.
    let added = l.add_run(
        "Nora",
        "Fare rise by next June",
        "0.2",
        "2026-11-02",
        "2027-06-30",
        &[],
    );
    assert_eq!(
        (added.code, added.stderr.as_str()),
        (2, "error: forecast \"Fare rise by next June\": it repeats forecast 1, corrected by forecast 2 (same source, claim, probability, date made, deadline, stance and condition), so it would count twice; nothing was written. A changed view is `forecast update 2 --probability P`\n")
    );
}

/// A wording correction: the old wording, as a grown file repeats it, is the corrected
/// forecast's, and `--new-only` skips it. The same row twice in the file, against one
/// lineage, is one copy beyond the ledger's (said, as for a current forecast), even though
/// the ledger holds two versions of it.
#[test]
fn new_only_counts_a_corrected_forecast_once_for_each_of_its_versions() {
    let l = Ledger::new();
    let head = "source,claim,probability,made_on,deadline\n";
    let old = "Nora,Fare rise by next June,0.2,2026-11-02,2027-06-30\n";
    let f = l.write_file("sup1.csv", &format!("{head}{old}"));
    l.ok(&["import", f.to_str().unwrap()]);
    l.ok(&[
        "correct",
        "1",
        "--claim",
        "Fares rise by next June",
        "--why",
        "wording",
    ]);
    // A second correction of the claim back: versions 1 and 3 alike, one lineage.
    l.ok(&[
        "correct",
        "2",
        "--claim",
        "Fare rise by next June",
        "--why",
        "undo",
    ]);
    let other = "Nora,Tram by 2028,0.4,2026-11-20,2028-12-31\n";
    let twice = l.write_file("twice.csv", &format!("{head}{old}{old}{other}"));
    let r = l.run(&["import", twice.to_str().unwrap(), "--new-only"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (0, "warning: 1 row(s) skipped as already in the ledger repeat a forecast the file holds more often than the ledger does (first: line 3, a copy of line 2); a copy logged since the last import was not imported: if it is a separate forecast, log it with `forecast add`\n"),
        "{}",
        r.stdout
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 4);
}

/// A question key made from a claim is the claim's words as "the same claim" compares them
/// (`casefold::claim_words`): the NFC and NFD spellings of one claim get one key, numbered
/// apart, where the decomposed accent broke the word (audit 26, item 13:
/// `le-café-rouge-...` and `le-cafe-rouge-...`).
#[test]
fn a_claim_in_nfc_and_in_nfd_gets_one_question_key() {
    let l = Ledger::new();
    let f = l.write_file(
        "nfd.csv",
        "source,claim,probability,made_on,deadline\n\
         Le Monde,Le Café Rouge reopens by spring,0.5,2026-01-10,2026-06-20\n\
         Le Monde,Le Cafe\u{301} Rouge reopens by spring,0.6,2026-01-10,2026-06-20\n",
    );
    l.ok(&["import", f.to_str().unwrap()]);
    let keys: Vec<String> = l
        .json(&["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["question"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "le-café-rouge-reopens-by-spring",
            "le-café-rouge-reopens-by-spring-2"
        ]
    );
}

/// A file with nothing new that holds a ledger forecast more often than the ledger does
/// still says so: the copy is skipped, so nothing is written, but not in silence (the
/// warning was printed only when the import wrote something).
#[test]
fn nothing_new_still_names_a_copy_beyond_the_ledgers() {
    let l = Ledger::new();
    let head = "source,claim,probability,made_on,deadline\n";
    let x = "A,Rain,0.6,2026-11-01,2027-02-01\n";
    let f = l.write_file("x.csv", &format!("{head}{x}"));
    l.ok(&["import", f.to_str().unwrap()]);
    let f = l.write_file("xx.csv", &format!("{head}{x}{x}"));
    let r = l.run(&["import", f.to_str().unwrap(), "--new-only"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (0, "warning: 1 row(s) skipped as already in the ledger repeat a forecast the file holds more often than the ledger does (first: line 3, a copy of line 2); a copy logged since the last import was not imported: if it is a separate forecast, log it with `forecast add`\n")
    );
    assert_eq!(
        r.stdout,
        format!(
            "nothing new in {}: all 2 row(s) repeat forecasts already in the ledger (0 of them with an outcome); nothing was written\n",
            f.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}

/// `export --outcomes` guards a question key that a spreadsheet would run as a formula, as
/// every other CSV output does, and `resolve --from` takes the guard off, so the file still
/// records the outcomes in another ledger (adversary, 2026-12-05: `@SUM(1)` and `-2+3` were
/// written bare).
#[test]
fn exported_outcomes_guard_formula_keys_and_read_back() {
    let l = Ledger::new().at("2026-12-04");
    for (claim, key) in [("A", "@SUM(1)"), ("B", "-2+3"), ("C", "plain")] {
        l.add(
            "me",
            claim,
            "0.5",
            "2026-11-01",
            "2026-12-01",
            &[&format!("--question={key}")],
        );
    }
    l.ok(&[
        "resolve",
        "--question=@SUM(1)",
        "--happened-on",
        "2026-11-20",
    ]);
    l.ok(&["resolve", "--question=-2+3", "--annul"]);
    l.ok(&["resolve", "--question=plain", "--not-by", "2026-12-01"]);
    let outcomes = l.path("o.csv");
    let rows = l.path("rows.csv");
    let r = l.run(&["export", "--outcomes", outcomes.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    std::fs::write(&rows, &r.stdout).unwrap();
    assert_eq!(
        std::fs::read_to_string(&outcomes).unwrap(),
        "question,event,date\n'-2+3,annul,\n'@SUM(1),happened-on,2026-11-20\nplain,not-by,2026-12-01\n"
    );
    let other = Ledger::new().at("2026-12-04");
    other.ok(&["import", rows.to_str().unwrap()]);
    let r = other.run(&["resolve", "--from", outcomes.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("recorded 3 question outcome(s)"),
        "{}",
        r.stdout
    );
    assert_eq!(
        other.run(&["questions", "--format", "csv"]).stdout,
        l.run(&["questions", "--format", "csv"]).stdout
    );
}

/// ad4 F10: an import named only its first bad row, so a file with 30 bad rows took 30
/// tries. The whole file is still refused (exit 2, nothing written), in one `error:` line
/// that opens with the first row's refusal as before, then names the next nine with their
/// reasons (a reason given before as `as line N`, a long hint given before left out), and
/// how many more with the last one's line. A stance typo names the word meant.
#[test]
fn every_bad_row_of_an_import_is_named_up_to_ten() {
    let l = Ledger::new();
    l.add("me", "Before", "0.5", "2026-01-01", "2026-12-31", &[]);
    let f = l.write_file(
        "b.csv",
        "source,claim,probability,made_on,deadline,stance\n\
         me,Rain,0.6,2026-01-05,2026-12-31,for\n\
         me,Snow,0.3,2026-01-05,2026-12-31,agianst\n\
         me,Hail,x,2026-01-05,2026-12-31,for\n\
         me,Sun,0.5,2026-01-05,2026-12-31,For\n\
         me,Fog,x,2026-01-05,2026-12-31,for\n\
         me,Wind,0.2,13/03/2026,2026-12-31,for\n\
         me,Mist,0.2,14/03/2026,2026-12-31,for\n\
         me,Sleet,0.2,2026-01-05,2026-12-31,gainst\n\
         me,Frost,7,2026-01-05,2026-12-31,for\n\
         me,Dew,0.4,2026-01-05,,for\n\
         me,Heat,x,2026-01-05,2026-12-31,for\n\
         me,Cold,x,2026-01-05,2026-12-31,for\n\
         me,Ice,x,2026-01-05,2026-12-31,for\n",
    );
    let not_a_number = "probability `x` is not a number (`0.4`), a percentage (`40%`), odds (`3:1 for`, `3:1 against`, `odds 3:1`, `1 in 4`, `9 out of 10`, `60/40`, `evens`) or a known hedge phrase (`likely`)";
    let convert = "dates are not converted, since `01/02/2026` reads either way: convert the column where it was written, giving its cells the format `yyyy-mm-dd` (Format Cells > Custom in Excel or LibreOffice), and save the CSV again";
    assert_eq!(
        l.fails(&["import", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 3: field `stance`: stance `agianst`: expected `for` or `against`; did you mean `against`?; \
             10 more row(s) are refused too, so nothing was imported: \
             line 4: field `probability`: {not_a_number}; line 6: as line 4; \
             line 7: field `made_on`: date `13/03/2026`: it is written day first (DD/MM/YYYY); write dates as YYYY-MM-DD: `2026-03-13`; {convert}; \
             line 8: field `made_on`: date `14/03/2026`: it is written day first (DD/MM/YYYY); write dates as YYYY-MM-DD: `2026-03-14`; \
             line 9: field `stance`: stance `gainst`: expected `for` or `against`; did you mean `against`?; \
             line 10: field `probability`: probability `7`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `7%`; \
             line 11: field `deadline` is missing or empty; lines 12, 13: as line 4; \
             and 1 more not named here, the last on line 14\n",
            f.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // One bad row reads as it did; a row the reader cannot go past ends the list, saying so.
    let one = l.write_file(
        "one.csv",
        "source,claim,probability,made_on,deadline,stance\nme,Rain,0.6,2026-01-05,2026-12-31,fro\n",
    );
    assert_eq!(
        l.fails(&["import", one.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `stance`: stance `fro`: expected `for` or `against`; did you mean `for`?\n",
            one.display()
        )
    );
    let stop = l.write_file(
        "stop.csv",
        "source,claim,probability,made_on,deadline\nme,A,x,2026-01-05,2026-12-31\nme,B,0.5,2026-01-05,2026-12-31,extra\nme,C,y,2026-01-05,2026-12-31\n",
    );
    assert_eq!(
        l.fails(&["import", stop.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `probability`: {not_a_number}; 1 more row(s) are refused too, so nothing was imported: line 3: has 6 fields where the header has 5; the file was not read past line 3, so rows after it may be refused too\n",
            stop.display()
        )
    );
    // A JSON document names records; JSON Lines names lines.
    let doc = l.write_file(
        "d.json",
        r#"[{"source":"a","claim":"b","probability":"x","made_on":"2026-01-05","deadline":"2026-12-31"},{"source":"a","claim":"c","probability":"0.5","made_on":"2026-01-05","deadline":"2026-12-31"},{"source":"a","claim":"d","probability":"0.5","made_on":"2026-01-05","deadline":"2026-12-31","stance":"agianst"}]"#,
    );
    assert_eq!(
        l.fails(&["import", doc.to_str().unwrap()], 2),
        format!(
            "error: {}: record 1: field `probability`: {not_a_number}; 1 more record(s) are refused too, so nothing was imported: record 3: field `stance`: stance `agianst`: expected `for` or `against`; did you mean `against`?\n",
            doc.display()
        )
    );
    let lines = l.write_file(
        "l.jsonl",
        "{\"source\":\"a\",\"claim\":\"b\",\"probability\":\"x\",\"made_on\":\"2026-01-05\",\"deadline\":\"2026-12-31\"}\n\
         {\"source\":\"a\",\"claim\":\"c\",\"probability\":\"x\",\"made_on\":\"2026-01-05\",\"deadline\":\"2026-12-31\"}\n",
    );
    assert_eq!(
        l.fails(&["import", lines.to_str().unwrap()], 2),
        format!(
            "error: {}: line 1: field `probability`: {not_a_number}; 1 more row(s) are refused too, so nothing was imported: line 2: as line 1\n",
            lines.display()
        )
    );
    // A column of whole percents after another bad row: the fix for the whole column is
    // added at the end, when every probability is one.
    let pc = l.write_file(
        "pc.csv",
        "source,claim,probability,made_on,deadline\nme,,40,2026-01-05,2026-12-31\nme,B,70,2026-01-05,2026-12-31\n",
    );
    assert_eq!(
        l.fails(&["import", pc.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `claim` is missing or empty; 1 more row(s) are refused too, so nothing was imported: line 3: field `probability`: probability `70`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `70%`; every probability in this file looks like a whole percent: write them with `%` (`70%`) or as decimals (`0.7`), or import with --percent\n",
            pc.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}

/// ad4 F7: a date column written DD/MM/YYYY (a spreadsheet's CSV in a European locale) was
/// refused as "write dates as YYYY-MM-DD" with no word of why. The refusal names the order
/// it is written in (day first, month first, or ambiguous with both readings), the ISO date
/// when only one order makes a day, and how to convert the column where it was written; no
/// date is converted by the tool. `resolve --from` reads its `on` and `date` columns the
/// same way.
#[test]
fn a_day_first_date_column_is_named_with_its_iso_date_and_how_to_convert_it() {
    let l = Ledger::new();
    l.add("me", "Before", "0.5", "2026-01-01", "2026-06-30", &[]);
    let convert = "dates are not converted, since `01/02/2026` reads either way: convert the column where it was written, giving its cells the format `yyyy-mm-dd` (Format Cells > Custom in Excel or LibreOffice), and save the CSV again";
    for (value, why) in [
        (
            "13/03/2026",
            "it is written day first (DD/MM/YYYY); write dates as YYYY-MM-DD: `2026-03-13`",
        ),
        (
            "13.03.2026 10:22",
            "it is written day first (DD.MM.YYYY); write dates as YYYY-MM-DD: `2026-03-13`",
        ),
        (
            "03/13/2026",
            "it is written month first (MM/DD/YYYY); write dates as YYYY-MM-DD: `2026-03-13`",
        ),
        (
            "01/02/2026",
            "the order of day and month is ambiguous; write `2026-01-02` (month first) or `2026-02-01` (day first) as YYYY-MM-DD",
        ),
    ] {
        let f = l.write_file(
            "eu.csv",
            &format!("source,claim,probability,made_on,deadline\nme,Rain,0.6,{value},2026-12-31\n"),
        );
        let shown = value.split(' ').next().unwrap();
        assert_eq!(
            l.fails(&["import", f.to_str().unwrap()], 2),
            format!(
                "error: {}: line 2: field `made_on`: date `{shown}`: {why}; {convert}\n",
                f.display()
            )
        );
    }
    let by_id = l.write_file("o.csv", "id,outcome,on\n1,yes,13.03.2026\n");
    assert_eq!(
        l.fails(&["resolve", "--from", by_id.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `on`: date `13.03.2026`: it is written day first (DD.MM.YYYY); write dates as YYYY-MM-DD: `2026-03-13`; {convert}\n",
            by_id.display()
        )
    );
    let by_question = l.write_file("q.csv", "question,event,date\nb,happened-on,03/13/2026\n");
    assert_eq!(
        l.fails(&["resolve", "--from", by_question.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `date`: date `03/13/2026`: it is written month first (MM/DD/YYYY); write dates as YYYY-MM-DD: `2026-03-13`; {convert}\n",
            by_question.display()
        )
    );
    // The command line gets the order and the ISO date, with no word of columns.
    let r = l.add_run("me", "Snow", "0.5", "13/03/2026", "2026-12-31", &[]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (2, "error: --made-on: date `13/03/2026`: it is written day first (DD/MM/YYYY); write dates as YYYY-MM-DD: `2026-03-13`\n")
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
}

/// ad4 F8: a `void` without a `reason` was read as `ambiguous` by `import` and refused by
/// `resolve --from`, each without a word of the other. DESIGN.md's import fields have no
/// `reason` (a record kept elsewhere may not say why it was void), while `resolve` takes one
/// for an outcome recorded now; so the two differ, and each now says why: the import in a
/// note naming the first such row and the amendment that gives another reason, the outcomes
/// file in its refusal.
#[test]
fn a_void_without_a_reason_is_read_by_import_and_refused_by_resolve_each_saying_why() {
    let l = Ledger::new();
    let f = l.write_file(
        "v.csv",
        "source,claim,probability,made_on,deadline,outcome,reason\n\
         me,A,0.5,2026-01-05,2026-03-01,void,\n\
         me,B,0.5,2026-01-05,2026-03-01,void,annulled\n\
         me,C,0.5,2026-01-05,2026-03-01,void,\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            format!("imported 3 forecast(s) (3 resolved, 3 of them void) from {}\n", f.display()).as_str(),
            "note: 2 void row(s) give no `reason` (the first on line 2, forecast 1): imported with the reason `ambiguous` (facts unclear), since a record kept elsewhere may not say why it was void; `resolve ID --void` and `resolve --from` take a reason, as an outcome recorded here says why. If another reason holds, amend it: `forecast resolve 1 --void --reason annulled --amend --note WHY` (or `--reason condition-false`)\n"
        )
    );
    let list = l.json(&["list", "--status", "all", "--format", "json"]);
    let reasons: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["ambiguous", "annulled", "ambiguous"]);
    // The amendment the note names works.
    l.ok(&[
        "resolve",
        "1",
        "--void",
        "--reason",
        "annulled",
        "--amend",
        "--note",
        "ill-posed",
    ]);
    let list = l.json(&["list", "--status", "all", "--format", "json"]);
    assert_eq!(list[0]["reason"], "annulled");
    // A row with a reason, every one: no note.
    let reasoned = l.write_file(
        "r.csv",
        "source,claim,probability,made_on,deadline,outcome,reason\nme,D,0.5,2026-01-05,2026-03-01,void,condition-false\n",
    );
    assert_eq!(l.run(&["import", reasoned.to_str().unwrap()]).stderr, "");
    // The outcomes file refuses it, saying why it differs from import; nothing written.
    l.add("me", "E", "0.5", "2026-01-05", "2026-03-01", &[]);
    let o = l.write_file("o.csv", "id,outcome\n5,void\n");
    assert_eq!(
        l.fails(&["resolve", "--from", o.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `reason`: a void takes a reason: ambiguous, annulled or condition-false, as `resolve ID --void` takes --reason, since an outcome recorded here says why (`import` reads a void row without one as `ambiguous`, as a record kept elsewhere may not say)\n",
            o.display()
        )
    );
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts WHERE outcome IS NULL"),
        1
    );
}
