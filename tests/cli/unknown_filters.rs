//! Names that match nothing are refused, not answered with an empty result: a `--tag` no
//! forecast carries, an import `--map` to a column the file lacks, a required field the
//! header lacks.

use crate::harness::Ledger;

fn tagged() -> Ledger {
    let l = Ledger::new();
    for (source, tag) in [("A", "economy"), ("B", "economy"), ("A", "politics")] {
        l.add(
            source,
            &format!("{source} on {tag}"),
            "0.7",
            "2026-01-01",
            "2026-06-01",
            &["--question", tag, "--tag", tag],
        );
    }
    l
}

#[test]
fn a_tag_no_forecast_carries_is_refused_by_list_report_and_compare_with_the_near_tag() {
    let l = tagged();
    for cmd in ["list", "report", "compare"] {
        let e = l.fails(&[cmd, "--tag", "econmy"], 2);
        assert_eq!(
            e,
            "error: --tag `econmy`: no forecast in the ledger carries that tag; did you mean `economy`?\n",
            "{cmd}"
        );
        let e = l.fails(&[cmd, "--tag", "nope"], 2);
        assert_eq!(
            e, "error: --tag `nope`: no forecast in the ledger carries that tag\n",
            "{cmd}"
        );
        // A tag that exists still selects, in any case.
        l.ok(&[cmd, "--tag", "ECONOMY"]);
    }
    let list = l.json(&["list", "--tag", "Economy", "--format", "json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
}

const NO_SOURCE: &str =
    "who,claim,probability,made_on,deadline\nA,It rains,0.7,2026-01-01,2026-06-01\n";

#[test]
fn a_map_to_a_column_the_file_lacks_is_refused_before_any_row_naming_the_columns() {
    let l = Ledger::new();
    let f = l.write_file("f.csv", NO_SOURCE);
    let e = l.fails(&["import", f.to_str().unwrap(), "--map", "source=nocol"], 2);
    assert_eq!(
        e,
        format!("error: {}: line 1: --map source=nocol: the file has no column `nocol`; its columns are `who`, `claim`, `probability`, `made_on`, `deadline`\n", f.display())
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    // The column it does have, named in any case, imports.
    l.ok(&["import", f.to_str().unwrap(), "--map", "source=WHO"]);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}

#[test]
fn a_required_field_the_header_lacks_is_named_with_map_and_set_as_the_way_out() {
    let l = Ledger::new();
    let f = l.write_file("f.csv", NO_SOURCE);
    let e = l.fails(&["import", f.to_str().unwrap()], 2);
    assert_eq!(
        e,
        format!("error: {}: line 1: field `source`: the file has no column `source` (its columns are `who`, `claim`, `probability`, `made_on`, `deadline`); name the column that holds it with --map source=COLUMN or give every row one value with --set source=VALUE\n", f.display())
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    l.ok(&["import", f.to_str().unwrap(), "--set", "source=Z"]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["source"], "Z");
}

/// An unknown question key names the nearest key the ledger holds, case included (keys are
/// compared exactly), in every command that takes one; a far key gets the plain refusal.
#[test]
fn an_unknown_question_key_suggests_the_near_key() {
    let l = tagged();
    let hint = "error: no question with key `Economy`: did you mean `economy`? (keys are compared exactly, case included)\n";
    for args in [
        vec!["question", "Economy"],
        vec!["list", "--question", "Economy"],
        vec!["resolve", "--question", "Economy", "--annul"],
    ] {
        assert_eq!(l.fails(&args, 2), hint, "{args:?}");
    }
    assert_eq!(
        l.fails(&["question", "weather"], 2),
        "error: no question with key `weather`: `forecast questions` lists the keys\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM question_outcomes"), 0);
}

/// Audit 23 D8: a name that matches nothing and has no near spelling says where the names
/// are; an option a command leaves out by design says why, not clap's "-- --deadline" tip.
#[test]
fn a_name_with_nothing_near_says_where_the_names_are() {
    let l = Ledger::new();
    l.add(
        "Daily Planet",
        "X",
        "0.5",
        "2026-01-01",
        "2027-01-01",
        &["--question", "planet-x"],
    );
    l.add(
        "Ann",
        "Y",
        "0.5",
        "2026-01-01",
        "2027-01-01",
        &["--question", "ann-y"],
    );
    assert_eq!(
        l.fails(&["question", "nope"], 2),
        "error: no question with key `nope`: `forecast questions` lists the keys\n"
    );
    for args in [
        vec!["compare", "--source", "Nobody"],
        vec!["extract", "--audit", "--source", "Nobody"],
        vec!["report", "--source", "Nobody"],
    ] {
        assert_eq!(
            l.fails(&args, 2),
            "error: --source `Nobody`: no source by that name in the ledger; its sources are `Ann`, `Daily Planet`\n",
            "{args:?}"
        );
    }
    for (i, name) in ["B1", "B2", "B3", "B4"].iter().enumerate() {
        l.add(
            name,
            &format!("Z{i}"),
            "0.5",
            "2026-01-01",
            "2027-01-01",
            &[],
        );
    }
    assert_eq!(
        l.fails(&["compare", "--source", "Nobody"], 2),
        "error: --source `Nobody`: no source by that name in the ledger; it has 6 sources: `forecast list --status all` shows each forecast's\n"
    );
    let before = std::fs::read(&l.db).unwrap();
    for args in [
        vec![
            "update",
            "1",
            "--probability",
            "0.7",
            "--deadline",
            "2027-06-30",
        ],
        vec![
            "update",
            "1",
            "--deadline",
            "2027-06-30",
            "--probability",
            "0.7",
        ],
    ] {
        assert_eq!(
            l.fails(&args, 2),
            "error: unexpected argument '--deadline' found; an update changes only the probability and keeps the forecast's deadline (a new deadline is a new forecast: `forecast add`; a mistyped one is fixed with `forecast correct ID --deadline`); try `forecast update --help`\n",
            "{args:?}"
        );
    }
    assert_eq!(std::fs::read(&l.db).unwrap(), before);
}

/// ux31 F7: clap's tip is set off by `;` on every path, as the README promises (it printed
/// `found tip:` for `show -1` and `completions tcsh`); for a negative id the tip, which
/// led to another refusal (`show -- -1`), says what an id is.
#[test]
fn clap_tips_are_set_off_and_a_negative_id_is_explained() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2027-06-01", &[]);
    let id = |command: &str| {
        format!("error: unexpected argument '-1' found; an id is a whole number from 1 (`forecast list --status all` shows every id); try `forecast {command} --help`\n")
    };
    assert_eq!(l.fails(&["show", "-1"], 2), id("show"));
    assert_eq!(l.fails(&["resolve", "-1", "--yes"], 2), id("resolve"));
    assert_eq!(
        l.fails(&["completions", "tcsh"], 2),
        "error: invalid value 'tcsh' for '<SHELL>' [possible values: bash, elvish, fish, powershell, zsh]; tip: a similar value exists: 'zsh'; try `forecast completions --help`\n"
    );
}
