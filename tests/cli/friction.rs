//! A new user's friction (ux31 F3, F9, F4): probability forms people type, a spreadsheet of
//! whole percents, and `--help` examples run in the order they are listed.

use crate::harness::Ledger;

/// ux31 F3: "about 70%", "~70%", "around 70%" and "70pct" are 70%, stored as `stated` (the
/// approximation word is not kept); "about 70" is still a bare number, refused as `70` is.
#[test]
fn an_approximate_percentage_is_the_percentage() {
    let l = Ledger::new();
    for (i, p) in [
        "about 70%",
        "~70%",
        "~ 70 %",
        "Around 70%",
        "roughly 70 percent",
        "approximately 0.7",
        "70pct",
    ]
    .iter()
    .enumerate()
    {
        let id = l.add(
            "Ann",
            &format!("Claim {i}"),
            p,
            "2025-01-01",
            "2025-06-30",
            &[],
        );
        assert_eq!(id, i as i64 + 1, "{p}");
    }
    let list = l.json(&["list", "--status", "all", "--format", "json"]);
    let got: Vec<(f64, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["probability"].as_f64().unwrap(),
                f["probability_basis"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, vec![(0.7, "stated"); 7]);
    let err = l.fails(
        &[
            "add",
            "--source",
            "Ann",
            "--claim",
            "Bare",
            "--probability",
            "about 70",
            "--deadline",
            "2025-06-30",
        ],
        2,
    );
    assert_eq!(
        err,
        "error: probability `about 70`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `70%`\n"
    );
    // The word alone, or before a word, is no number.
    let err = l.fails(
        &[
            "add",
            "--source",
            "Ann",
            "--claim",
            "Word",
            "--probability",
            "about likely",
            "--deadline",
            "2025-06-30",
        ],
        2,
    );
    assert!(
        err.starts_with("error: probability `about likely`"),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 7);
}

/// ux31 F3: `certain` is no row of the hedge table (its rows are `certainly`, `certain to`,
/// `is certain`, `almost certain`), so it is refused naming those with their values, not
/// with the list of every form; `impossible` is a row (5%) and is taken as it.
#[test]
fn certain_names_the_nearest_hedges_and_impossible_is_the_table_s() {
    let l = Ledger::new();
    let args = |p: &'static str| {
        [
            "add",
            "--source",
            "Ann",
            "--claim",
            "Rain",
            "--probability",
            p,
            "--deadline",
            "2027-06-30",
        ]
    };
    assert_eq!(
        l.fails(&args("certain"), 2),
        "error: probability `certain` is not a hedge phrase on its own; the nearest that are: `certainly` (95%), `almost certain` (93%), `certain to` (95%); or give the number you mean (`99%`, `100%`)\n"
    );
    assert_eq!(
        l.fails(&args("Sure"), 2),
        "error: probability `Sure` is not a hedge phrase on its own; the nearest that are: `sure to` (90%); or give the number you mean (`99%`, `100%`)\n"
    );
    // A word with no near hedge still gets every form.
    assert_eq!(
        l.fails(&args("bogus"), 2),
        "error: probability `bogus` is not a number (`0.4`), a percentage (`40%`), odds (`3:1 for`, `3:1 against`, `odds 3:1`, `1 in 4`, `9 out of 10`, `60/40`, `evens`) or a known hedge phrase (`likely`)\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    l.ok(&args("impossible"));
    let f = &l.json(&["list", "--format", "json"])[0];
    assert_eq!(f["probability"], 0.05);
    assert_eq!(f["probability_basis"], "hedge:impossible");
}

/// ux31 F9: a sheet of whole percents is refused at its first row, naming the fix for the
/// whole column once; `--percent` reads every bare number as a percent; a file mixing the
/// scales is refused either way, and without the whole-column advice.
#[test]
fn a_column_of_whole_percents_is_named_once_and_read_with_percent() {
    let l = Ledger::new();
    let whole = l.write_file(
        "whole.csv",
        "source,claim,probability,made_on,deadline\nAnn,Rain,70,2025-01-01,2025-06-30\nBob,Sun,85,2025-01-01,2025-06-30\nCy,Snow,0,2025-01-01,2025-06-30\nDee,Hail,likely,2025-01-01,2025-06-30\nEd,Fog,40%,2025-01-01,2025-06-30\n",
    );
    let whole = whole.to_str().unwrap();
    let err = l.fails(&["import", whole], 2);
    // `likely` and `40%` are not whole percents: no advice for the whole column.
    assert_eq!(
        err,
        format!("error: {whole}: line 2: field `probability`: probability `70`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `70%`\n")
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);

    let sheet = l.write_file(
        "sheet.csv",
        "source,claim,probability,made_on,deadline\nAnn,Rain,70,2025-01-01,2025-06-30\nBob,Sun,85,2025-01-01,2025-06-30\nCy,Snow,0,2025-01-01,2025-06-30\nDee,Hail,100,2025-01-01,2025-06-30\n",
    );
    let sheet = sheet.to_str().unwrap();
    let err = l.fails(&["import", sheet], 2);
    assert_eq!(
        err,
        format!("error: {sheet}: line 2: field `probability`: probability `70`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `70%`; every probability in this file looks like a whole percent: write them with `%` (`70%`) or as decimals (`0.7`), or import with --percent\n")
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);

    l.ok(&["import", sheet, "--percent"]);
    let list = l.json(&["list", "--status", "all", "--format", "json"]);
    let got: Vec<(f64, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["probability"].as_f64().unwrap(),
                f["probability_basis"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (0.7, "stated"),
            (0.85, "stated"),
            (0.0, "stated"),
            (1.0, "stated")
        ]
    );

    // With --percent, `likely` and `40%` read as always; a 0-1 decimal refuses the file.
    let l = Ledger::new();
    l.ok(&["import", whole, "--percent"]);
    let ps: Vec<f64> = l
        .json(&["list", "--status", "all", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["probability"].as_f64().unwrap())
        .collect();
    assert_eq!(ps[..3], [0.7, 0.85, 0.0]);
    assert_eq!(ps[4], 0.4);
    let mixed = l.write_file(
        "mixed.csv",
        "source,claim,probability,made_on,deadline\nAnn,Rain2,70,2025-01-01,2025-06-30\nBob,Sun2,0.5,2025-01-01,2025-06-30\n",
    );
    let mixed = mixed.to_str().unwrap();
    assert_eq!(
        l.fails(&["import", mixed, "--percent"], 2),
        format!("error: {mixed}: line 3: field `probability`: `0.5` with --percent is 0.5%, and a number under 1 with a decimal point is most often a 0-1 probability; this file mixes the two scales: write such a row's probability with `%`, or import without --percent\n")
    );
    assert_eq!(
        l.fails(&["import", mixed], 2),
        format!("error: {mixed}: line 2: field `probability`: probability `70`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `70%`\n")
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 5);
}

/// The same for a JSON array of records and for JSON Lines, whose numbers are not strings.
#[test]
fn whole_percents_in_json_are_named_and_read_with_percent() {
    let l = Ledger::new();
    let doc = l.write_file(
        "sheet.json",
        r#"[{"source":"A","claim":"x","probability":70,"made_on":"2025-01-01","deadline":"2025-06-30"},{"source":"A","claim":"y","probability":5,"made_on":"2025-01-01","deadline":"2025-06-30"}]"#,
    );
    let doc = doc.to_str().unwrap();
    assert_eq!(
        l.fails(&["import", doc], 2),
        format!("error: {doc}: record 1: field `probability`: probability `70`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `70%`; every probability in this file looks like a whole percent: write them with `%` (`70%`) or as decimals (`0.7`), or import with --percent\n")
    );
    l.ok(&["import", doc, "--percent"]);
    let lines = l.write_file(
        "sheet.jsonl",
        "{\"source\":\"B\",\"claim\":\"x\",\"probability\":70,\"made_on\":\"2025-01-01\",\"deadline\":\"2025-06-30\"}\n{\"source\":\"B\",\"claim\":\"y\",\"probability\":\"12.5\",\"made_on\":\"2025-01-01\",\"deadline\":\"2025-06-30\"}\n",
    );
    let lines = lines.to_str().unwrap();
    // `12.5` is no whole percent: the row's error alone.
    assert_eq!(
        l.fails(&["import", lines], 2),
        format!("error: {lines}: line 1: field `probability`: probability `70`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `70%`\n")
    );
    l.ok(&["import", lines, "--percent"]);
    let ps: Vec<f64> = l
        .json(&["list", "--status", "all", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["probability"].as_f64().unwrap())
        .collect();
    assert_eq!(ps, [0.7, 0.05, 0.7, 0.125]);
}
