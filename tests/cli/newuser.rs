//! Defects a new user met in the first hour (round 6 of adversarial testing): messages that
//! count or blame the wrong thing, values accepted that should be refused.

use crate::harness::Ledger;

/// Three forecasts on `deal`, with deadlines in March, June and December 2025.
fn deal(l: &Ledger) {
    l.add(
        "A",
        "Deal by June",
        "0.6",
        "2025-01-01",
        "2025-06-30",
        &["--question", "deal"],
    );
    l.add(
        "B",
        "Deal by March",
        "0.3",
        "2025-01-01",
        "2025-03-31",
        &["--question", "deal"],
    );
    l.add(
        "C",
        "Deal by Dec",
        "0.9",
        "2025-01-01",
        "2025-12-31",
        &["--question", "deal"],
    );
}

#[test]
fn still_open_counts_only_unresolved_forecasts() {
    let l = Ledger::new();
    deal(&l);
    let first = l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2025-05-01",
    ]);
    assert_eq!(
        first,
        "question deal (happened-on 2025-05-01): resolved 3 (2 true, 1 false, 0 void); 0 already agreed; 0 still open; 0 conflict(s)\n"
    );
    // Not by April 1 agrees with March's `false` and does not decide June or December, both
    // already true: nothing is open.
    let second = l.ok(&["resolve", "--question", "deal", "--not-by", "2025-04-01"]);
    assert_eq!(
        second,
        "question deal (not-by 2025-04-01): resolved 0 (0 true, 0 false, 0 void); 1 already agreed; 0 still open; 0 conflict(s); 2 resolved earlier, not decided by this outcome\n"
    );
}

#[test]
fn a_question_layout_outcomes_file_says_what_it_recorded() {
    let l = Ledger::new();
    l.add(
        "D",
        "z",
        "0.5",
        "2025-01-01",
        "2025-06-30",
        &["--question", "deal2"],
    );
    let file = l.write_file("q.csv", "question,event,date\ndeal2,annul,\n");
    let out = l.ok(&["resolve", "--from", file.to_str().unwrap()]);
    assert_eq!(
        out,
        format!(
            "recorded 1 question outcome(s) from {}\nquestion deal2 (annul): resolved 1 (0 true, 0 false, 1 void); 0 already agreed; 0 still open; 0 conflict(s)\n",
            file.display()
        )
    );
    let ids = l.write_file("ids.csv", "id,outcome\n");
    let out = l.ok(&["resolve", "--from", ids.to_str().unwrap()]);
    assert_eq!(out, format!("no outcomes in {}\n", ids.display()));
}

#[test]
fn questions_shows_the_deciding_event_and_every_recorded_one() {
    let l = Ledger::new();
    deal(&l);
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2025-05-01",
    ]);
    l.ok(&["resolve", "--question", "deal", "--not-by", "2025-04-01"]);
    assert_eq!(
        l.ok(&["questions", "--format", "csv"]),
        "question,forecasts,unresolved,sources,outcome,events\n\
         deal,3,0,A;B;C,happened-on 2025-05-01,happened-on 2025-05-01;not-by 2025-04-01\n"
    );
    let v = l.json(&["questions", "--format", "json"]);
    assert_eq!(v[0]["outcome"], "happened-on 2025-05-01");
    assert_eq!(
        v[0]["events"],
        serde_json::json!(["happened-on 2025-05-01", "not-by 2025-04-01"])
    );
    assert!(
        l.ok(&["questions"])
            .contains("happened-on 2025-05-01; not-by 2025-04-01"),
        "the table names both events"
    );
}

#[test]
fn of_two_not_by_dates_the_later_decides() {
    let l = Ledger::new();
    deal(&l);
    l.ok(&["resolve", "--question", "deal", "--not-by", "2025-07-01"]);
    l.ok(&["resolve", "--question", "deal", "--not-by", "2025-04-01"]);
    let v = l.json(&["questions", "--format", "json"]);
    assert_eq!(v[0]["outcome"], "not-by 2025-07-01");
    assert_eq!(v[0]["unresolved"], 1);
}

#[test]
fn free_text_may_start_with_a_hyphen() {
    let l = Ledger::new();
    let id = l.add(
        "A",
        "-5 degrees by Friday in Oslo",
        "0.3",
        "2026-11-01",
        "2026-12-04",
        &["--condition", "-if the front holds"],
    );
    l.ok(&[
        "correct",
        &id.to_string(),
        "--claim",
        "-6 degrees by Friday in Oslo",
        "--why",
        "-typo",
    ]);
    l.ok(&["resolve", &(id + 1).to_string(), "--yes", "--note", "-7 measured"]);
    let v = l.json(&["list", "--format", "json", "--search", "-6 degrees"]);
    assert_eq!(v[0]["claim"], "-6 degrees by Friday in Oslo");
    assert_eq!(v[0]["condition"], "-if the front holds");
    assert_eq!(v[0]["note"], "-7 measured");
}
