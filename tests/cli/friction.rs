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
    assert!(err.starts_with("error: probability `about likely`"), "{err}");
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
