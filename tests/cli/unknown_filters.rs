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
        "error: --map source=nocol: the file has no column `nocol`; its columns are `who`, `claim`, `probability`, `made_on`, `deadline`\n"
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
        "error: field `source`: the file has no column `source` (its columns are `who`, `claim`, `probability`, `made_on`, `deadline`); name the column that holds it with --map source=COLUMN or give every row one value with --set source=VALUE\n"
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
        "error: no question with key `weather`\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM question_outcomes"), 0);
}
