use crate::harness::{close, Ledger};
use serde_json::Value;

fn outcomes(l: &Ledger) -> Vec<Value> {
    l.json(&["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["outcome"].clone())
        .collect()
}

fn three_deadlines(l: &Ledger, stance: &[&str]) {
    l.add(
        "A",
        "by March",
        "0.5",
        "2026-01-01",
        "2026-03-31",
        &[&["--question", "q"], stance].concat(),
    );
    l.add(
        "B",
        "by June",
        "0.5",
        "2026-01-01",
        "2026-06-30",
        &[&["--question", "q"], stance].concat(),
    );
    l.add(
        "C",
        "by Sept",
        "0.5",
        "2026-01-01",
        "2026-09-30",
        &[&["--question", "q"], stance].concat(),
    );
}

#[test]
fn happened_on_makes_later_deadlines_true_and_earlier_false() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    let out = l.ok(&["resolve", "--question", "q", "--happened-on", "2026-06-30"]);
    assert!(
        out.contains("resolved 3 (2 true, 1 false, 0 void)"),
        "{out}"
    );
    assert_eq!(outcomes(&l), vec!["false", "true", "true"]);
    let f = l.json(&["list", "--format", "json"]);
    assert_eq!(f[1]["resolved_on"], "2026-06-30");
}

#[test]
fn not_by_makes_earlier_deadlines_false_and_leaves_later_open() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    let out = l.ok(&["resolve", "--question", "q", "--not-by", "2026-06-30"]);
    assert!(out.contains("1 still open"), "{out}");
    assert_eq!(
        outcomes(&l),
        vec![Value::from("false"), Value::from("false"), Value::Null]
    );
}

#[test]
fn annul_voids_every_forecast_on_the_question() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    l.ok(&[
        "resolve",
        "--question",
        "q",
        "--annul",
        "--note",
        "ill-posed",
    ]);
    assert_eq!(outcomes(&l), vec!["void", "void", "void"]);
    let f = l.json(&["list", "--format", "json"]);
    assert_eq!(f[0]["reason"], "annulled");
    assert_eq!(f[0]["note"], "ill-posed");
}

#[test]
fn stance_against_flips_true_and_false() {
    let l = Ledger::new();
    three_deadlines(&l, &["--against"]);
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-06-30"]);
    assert_eq!(outcomes(&l), vec!["true", "false", "false"]);
    let l = Ledger::new();
    three_deadlines(&l, &["--against"]);
    l.ok(&["resolve", "--question", "q", "--not-by", "2026-06-30"]);
    assert_eq!(
        outcomes(&l),
        vec![Value::from("true"), Value::from("true"), Value::Null]
    );
}

#[test]
fn a_hand_resolution_is_kept_and_a_disagreeing_outcome_is_a_conflict() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    l.ok(&[
        "resolve",
        "2",
        "--no",
        "--on",
        "2026-07-01",
        "--note",
        "by hand",
    ]);
    l.ok(&["resolve", "3", "--yes", "--on", "2026-07-01"]);
    let out = l.ok(&["resolve", "--question", "q", "--happened-on", "2026-06-30"]);
    assert!(
        out.contains("conflict: forecast 2 is resolved false but this outcome says true"),
        "{out}"
    );
    assert!(out.contains("1 already agreed"), "{out}");
    assert_eq!(outcomes(&l), vec!["false", "false", "true"]);
    assert_eq!(
        l.count("SELECT count(*) FROM resolutions WHERE forecast_id = 2"),
        1
    );
}

#[test]
fn resolving_by_id_keeps_date_and_note_and_twice_is_refused() {
    let l = Ledger::new();
    l.add("A", "x", "0.7", "2026-01-01", "2026-03-31", &[]);
    l.ok(&[
        "resolve",
        "1",
        "--yes",
        "--on",
        "2026-02-01",
        "--note",
        "announced",
    ]);
    let f = &l.json(&["list", "--format", "json"])[0];
    assert_eq!(
        (
            f["outcome"].as_str(),
            f["resolved_on"].as_str(),
            f["note"].as_str()
        ),
        (Some("true"), Some("2026-02-01"), Some("announced"))
    );
    let err = l.fails(&["resolve", "1", "--no"], 2);
    assert!(err.contains("already resolved as `true`"), "{err}");
    let err = l.fails(&["resolve", "1", "--no", "--amend"], 2);
    assert!(err.contains("needs --note"), "{err}");
    l.ok(&["resolve", "1", "--no", "--amend", "--note", "appeal"]);
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 2);
    // The same outcome again changes nothing a score reads; it would only count as amended.
    let err = l.fails(&["resolve", "1", "--no", "--amend", "--note", "again"], 2);
    assert_eq!(
        err,
        "error: --amend on forecast 1: it is already resolved `false`; an amendment records a different outcome\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 2);
    // A void may be amended to another void: its reason changes.
    l.ok(&[
        "resolve",
        "1",
        "--void",
        "--reason",
        "ambiguous",
        "--amend",
        "--note",
        "unclear",
    ]);
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
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 4);
}

#[test]
fn resolve_bad_input_exits_2_and_writes_nothing() {
    let l = Ledger::new();
    l.add(
        "A",
        "x",
        "0.7",
        "2026-01-01",
        "2026-03-31",
        &["--question", "q"],
    );
    let before = l.count("SELECT count(*) FROM journal");
    for (args, want) in [
        (vec!["resolve", "7", "--yes"], "no forecast with id `7`"),
        (vec!["resolve", "1", "--void"], "a void takes a reason"),
        (
            vec!["resolve", "1", "--yes", "--reason", "ambiguous"],
            "a reason goes only with --void",
        ),
        (
            vec!["resolve", "1", "--yes", "--on", "2025-12-01"],
            "before forecast 1 was made",
        ),
        (
            vec!["resolve", "1", "--yes", "--on", "2027-01-01"],
            "after today",
        ),
        (
            vec!["resolve", "--question", "nope", "--annul"],
            "no question with key `nope`",
        ),
        (
            vec!["resolve", "--question", "q", "--happened-on", "2026-02-30"],
            "not a valid YYYY-MM-DD",
        ),
    ] {
        let err = l.fails(&args, 2);
        assert!(err.contains(want), "{args:?}: {err}");
    }
    let r = l.run(&[
        "resolve",
        "--question",
        "q",
        "--happened-on",
        "2026-02-01",
        "--not-by",
        "2026-03-01",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.starts_with("error:"));
    assert_eq!(l.count("SELECT count(*) FROM journal"), before);
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts WHERE outcome IS NOT NULL"),
        0
    );
}

#[test]
fn outcomes_from_csv_by_id_and_by_question() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    l.add(
        "D",
        "other",
        "0.2",
        "2026-01-01",
        "2026-02-01",
        &["--question", "other"],
    );
    let by_id = l.write_file("ids.csv", "id,outcome,on,note\n4,no,2026-02-02,checked\n");
    l.ok(&["resolve", "--from", by_id.to_str().unwrap()]);
    let by_q = l.write_file(
        "q.csv",
        "question,event,date,note\nq,not-by,2026-03-31,none yet\n",
    );
    l.ok(&["resolve", "--from", by_q.to_str().unwrap()]);
    assert_eq!(
        outcomes(&l),
        vec![
            Value::from("false"),
            Value::Null,
            Value::Null,
            Value::from("false")
        ]
    );
}

#[test]
fn a_bad_row_refuses_the_whole_outcomes_file_naming_its_line() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    let f = l.write_file("bad.csv", "id,outcome\n1,yes\n2,perhaps\n");
    let err = l.fails(&["resolve", "--from", f.to_str().unwrap()], 2);
    assert!(err.contains("bad.csv: line 3: field `outcome`"), "{err}");
    let f = l.write_file("bad2.csv", "id,outcome\n1,yes\n99,no\n");
    let err = l.fails(&["resolve", "--from", f.to_str().unwrap()], 2);
    assert!(err.contains("line 3: no forecast with id `99`"), "{err}");
    let f = l.write_file("bad3.csv", "what,ever\n1,yes\n");
    assert!(l
        .fails(&["resolve", "--from", f.to_str().unwrap()], 2)
        .contains("the header must be"));
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
}

/// ad4 F10, through the outcomes file: every bad row is named in the one refusal, as
/// `import` names them (the file is still refused whole, nothing written), and an outcome
/// one slip from a keyword (`yse`) names the word meant.
#[test]
fn every_bad_row_of_an_outcomes_file_is_named() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    let f = l.write_file(
        "bad.csv",
        "id,outcome,on\n1,yse,2026-04-01\n2,no,13/04/2026\nx,no,\n3,maybe,\n1,yes,\n",
    );
    assert_eq!(
        l.fails(&["resolve", "--from", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `outcome`: outcome `yse`: expected true/false/void (or yes/no, 1/0); did you mean `yes`?; \
             3 more row(s) are refused too, so nothing was written: \
             line 3: field `on`: date `13/04/2026`: it is written day first (DD/MM/YYYY); write dates as YYYY-MM-DD: `2026-04-13`; dates are not converted, since `01/02/2026` reads either way: convert the column where it was written, giving its cells the format `yyyy-mm-dd` (Format Cells > Custom in Excel or LibreOffice), and save the CSV again; \
             line 4: field `id`: forecast id `x`: it is not an id: ids are whole numbers from 1, as `forecast list` shows them; \
             line 5: field `outcome`: outcome `maybe`: expected true/false/void (or yes/no, 1/0)\n",
            f.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
}

#[test]
fn the_resolver_without_a_terminal_lists_due_forecasts_and_applies_known_outcomes() {
    let l = Ledger::new();
    l.add(
        "A",
        "due",
        "0.6",
        "2026-01-01",
        "2026-06-01",
        &["--question", "due-q"],
    );
    l.add(
        "B",
        "early",
        "0.6",
        "2026-01-01",
        "2026-03-01",
        &["--question", "q"],
    );
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-02-01"]);
    // Imported after the outcome was recorded: the import applies it at once, as `add`
    // does, so the resolver finds nothing left to apply.
    let csv = l.write_file(
        "late.csv",
        "source,claim,probability,made_on,deadline,question\nC,late comer,0.6,2026-01-15,2026-04-01,q\n",
    );
    let run = l.run(&["import", csv.to_str().unwrap()]);
    assert!(
        run.stderr
            .contains("question `q` already has an outcome: 1 imported forecast(s) resolved"),
        "{}",
        run.stderr
    );
    let out = l.ok(&["resolve"]);
    assert!(!out.contains("recorded outcomes"), "{out}");
    assert!(
        out.contains("1 forecast(s) due") && out.contains("due"),
        "{out}"
    );
    assert_eq!(
        outcomes(&l),
        vec![Value::Null, Value::from("true"), Value::from("true")]
    );
}

/// An outcomes file with a column its layout does not know is refused before anything is
/// resolved: `resolved_on` (the name `export` uses) would otherwise be dropped and every row
/// resolved on today's date with no word said.
#[test]
fn an_outcomes_file_with_an_unknown_column_is_refused() {
    let l = Ledger::new();
    l.add("A", "one", "0.6", "2025-01-01", "2025-06-30", &[]);
    let f = l.write_file(
        "o.csv",
        "id,outcome,resolved_on,notes\n1,yes,2025-06-01,per the record\n",
    );
    assert_eq!(
        l.fails(&["resolve", "--from", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 1: unknown column `resolved_on` (the date column is `on`); the columns are `id`, `outcome`, `on`, `note`, `reason`, `amend`\n",
            f.display()
        )
    );
    let q = l.write_file("q.csv", "question,event,date,extra\nq,annul,,x\n");
    assert_eq!(
        l.fails(&["resolve", "--from", q.to_str().unwrap()], 2),
        format!(
            "error: {}: line 1: unknown column `extra`; the columns are `question`, `event`, `date`, `note`, `amend`\n",
            q.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
}

/// A forecast dated after the day its event happened (it may have been made knowing the
/// answer) is resolved by the rules but named: in `resolve --question`'s summary, in the
/// note `add` prints when an outcome already recorded resolves it, and in an import's note.
/// Made on the event's day itself is not named (made that morning, it may be a forecast).
#[test]
fn forecasts_made_after_the_event_are_named() {
    let l = Ledger::new();
    let q = ["--question", "q"];
    l.add("A", "before", "0.6", "2026-01-01", "2026-06-30", &q);
    l.add("B", "same day", "0.6", "2026-03-01", "2026-06-30", &q);
    l.add("C", "after", "0.6", "2026-03-02", "2026-06-30", &q);
    let out = l.ok(&["resolve", "--question", "q", "--happened-on", "2026-03-01"]);
    assert_eq!(
        out,
        "question q (happened-on 2026-03-01): resolved 3 (3 true, 0 false, 0 void); 0 already agreed; 0 still open; 0 conflict(s)\n  \
         note: 1 forecast(s) were made after the event had happened (id 3): resolved by the rules; if made knowing the answer, `resolve ID --void --reason annulled --amend --note ...`\n"
    );
    let late = l.run(&[
        "add",
        "--source",
        "D",
        "--claim",
        "late",
        "--probability",
        "0.9",
        "--made-on",
        "2026-04-01",
        "--deadline",
        "2026-06-30",
        "--question",
        "q",
    ]);
    assert_eq!(late.code, 0, "{}", late.stderr);
    assert_eq!(
        late.stderr,
        "note: question `q` already has an outcome: forecast 4 resolved `true`; it is dated after the event happened, so it may have been made knowing the answer; it counts as logged late (`--exclude-late` leaves it out of the scores)\n"
    );
    // Backdated before the event but logged after its outcome: still logged late, and said.
    let back = l.run(&[
        "add",
        "--source",
        "E",
        "--claim",
        "backdated",
        "--probability",
        "0.9",
        "--made-on",
        "2026-02-01",
        "--deadline",
        "2026-06-30",
        "--question",
        "q",
    ]);
    assert_eq!(back.code, 0, "{}", back.stderr);
    assert_eq!(
        back.stderr,
        "note: question `q` already has an outcome: forecast 5 resolved `true`; logged after that outcome was recorded, it counts as logged late (`--exclude-late` leaves it out of the scores)\n"
    );
    let shown = l.json(&["show", "5", "--format", "json"]);
    assert_eq!(shown["forecast"]["logged_late"], true, "{shown}");
    let csv = l.write_file(
        "late.csv",
        "source,claim,probability,made_on,deadline,question\n\
         E,early,0.6,2026-02-01,2026-06-30,q\n\
         F,late,0.6,2026-05-01,2026-06-30,q\n",
    );
    let run = l.run(&["import", csv.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "note: question `q` already has an outcome: 2 imported forecast(s) resolved by it; 1 of them dated after the event happened (made knowing the answer, perhaps): 7\n"
    );
    l.ok(&["verify"]);
}

/// Resolving the latest of a source's updates by hand leaves the earlier ones (same
/// question, same deadline) unresolved; `resolve` names them and the command that
/// resolves every forecast on the question.
#[test]
fn resolving_an_update_names_the_earlier_ones_left_unresolved() {
    let l = Ledger::new();
    l.add(
        "me",
        "Launch by March",
        "0.5",
        "2026-01-01",
        "2026-03-31",
        &[],
    );
    l.ok(&[
        "update",
        "1",
        "--probability",
        "0.6",
        "--made-on",
        "2026-02-01",
    ]);
    l.ok(&[
        "update",
        "1",
        "--probability",
        "0.8",
        "--made-on",
        "2026-03-01",
    ]);
    let r = l.run(&["resolve", "3", "--yes", "--on", "2026-03-15"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "forecast 3 resolved true on 2026-03-15\n");
    assert_eq!(
        r.stderr,
        "note: me's other forecast(s) on question `launch-by-march` with this deadline are still unresolved: 1, 2; resolve them too, or record the question's outcome (`forecast resolve --question launch-by-march --happened-on DATE` or `--not-by DATE`) to resolve every forecast on it\n"
    );
    // Resolving the last one says nothing more: none is left.
    l.ok(&["resolve", "1", "--yes", "--on", "2026-03-15"]);
    let r = l.run(&["resolve", "2", "--yes", "--on", "2026-03-15"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "", "nothing left unresolved");
}

/// `update` run twice with the same probability on the same day would count the same view
/// twice: the second is refused (exit 2, nothing written), as a repeated `add` is.
#[test]
fn the_same_update_twice_is_refused() {
    let l = Ledger::new();
    l.add(
        "me",
        "Rain on Friday",
        "0.7",
        "2026-11-20",
        "2026-12-04",
        &[],
    );
    let args = [
        "update",
        "1",
        "--probability",
        "0.8",
        "--made-on",
        "2026-11-25",
    ];
    let first = l.run(&args);
    assert_eq!(
        (first.code, first.stdout.as_str()),
        (0, "2\n"),
        "{}",
        first.stderr
    );
    let again = l.run(&args);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert_eq!(
        again.stderr,
        "error: update of forecast 1: forecast 2 already says 80% on the same day, so it would count twice; nothing was written\n"
    );
    // A changed view on another day is an update.
    l.ok(&[
        "update",
        "1",
        "--probability",
        "0.8",
        "--made-on",
        "2026-11-26",
    ]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
}

/// A by March at 80%, B by June at 30%, C against by September at 60%, all on question `q`.
fn three_sources_one_question(l: &Ledger) {
    l.add(
        "A",
        "by March",
        "0.8",
        "2026-01-01",
        "2026-03-31",
        &["--question", "q"],
    );
    l.add(
        "B",
        "by June",
        "0.3",
        "2026-01-01",
        "2026-06-30",
        &["--question", "q"],
    );
    l.add(
        "C",
        "not by Sept",
        "0.6",
        "2026-01-01",
        "2026-09-30",
        &["--question", "q", "--against"],
    );
}

fn journal_entries(l: &Ledger) -> i64 {
    l.count("SELECT count(*) FROM journal")
}

fn overall_brier(l: &Ledger) -> f64 {
    l.json(&["report", "--format", "json"])["overall"]["brier"]
        .as_f64()
        .unwrap()
}

/// Audit item 2: a mistyped `--happened-on` is amended. The new outcome replaces the old
/// (both stay, and the journal has both), the forecasts the old one decided are decided
/// again, a forecast logged later is decided by the new one, and the scores follow.
/// Brier by hand: typo (happened-on 2026-02-10): A true, B true, C false: ((0.8-1)^2 +
/// (0.3-1)^2 + 0.6^2) / 3 = (0.04 + 0.49 + 0.36) / 3; amended (2026-07-10): A false, B
/// false, C false: (0.64 + 0.09 + 0.36) / 3.
#[test]
fn a_mistyped_question_outcome_is_amended_and_its_forecasts_decided_again() {
    let l = Ledger::new();
    three_sources_one_question(&l);
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-02-10"]);
    assert_eq!(outcomes(&l), vec!["true", "true", "false"]);
    close(overall_brier(&l), (0.04 + 0.49 + 0.36) / 3.0);
    let out = l.ok(&[
        "resolve",
        "--question",
        "q",
        "--happened-on",
        "2026-07-10",
        "--amend",
        "--note",
        "typed February for July",
    ]);
    assert_eq!(
        out,
        "question q: outcome `happened-on 2026-02-10` amended to `happened-on 2026-07-10`; re-decided 3 forecast(s) it had decided: 2 changed outcome, 1 kept their outcome with a new resolution date, 0 unchanged\n  \
           forecast 1: true -> false\n  forecast 2: true -> false\n  \
           newly resolved 0 (0 true, 0 false, 0 void); 0 still open; 0 conflict(s)\n"
    );
    assert_eq!(outcomes(&l), vec!["false", "false", "false"]);
    let f = l.json(&["list", "--format", "json"]);
    assert_eq!(f[2]["resolved_on"], "2026-07-10");
    close(overall_brier(&l), (0.64 + 0.09 + 0.36) / 3.0);
    // Every amended forecast counts as `amended`; C kept its outcome but its record changed.
    let report = l.json(&["report", "--format", "json"]);
    let amended: Vec<i64> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["amended"].as_i64().unwrap())
        .collect();
    assert_eq!(amended, vec![1, 1, 1]);
    // Both outcomes are kept; `questions` shows the one in force.
    assert_eq!(l.count("SELECT count(*) FROM question_outcomes"), 2);
    assert_eq!(
        l.count("SELECT amends FROM question_outcomes WHERE date = '2026-07-10'"),
        1
    );
    let q = l.json(&["questions", "--format", "json"]);
    assert_eq!(q.to_string().matches("2026-02-10").count(), 0, "{q}");
    assert!(q.to_string().contains("happened-on 2026-07-10"), "{q}");
    let kinds = l.count("SELECT count(*) FROM journal WHERE kind = 'question_outcome'");
    assert_eq!(kinds, 2);
    // A forecast logged later is decided by the amended outcome: true, not the typo's false.
    l.add(
        "D",
        "by August",
        "0.9",
        "2026-01-02",
        "2026-08-31",
        &["--question", "q"],
    );
    assert_eq!(outcomes(&l), vec!["false", "false", "false", "true"]);
    assert!(l.ok(&["verify"]).starts_with("ok:"));
}

/// `resolve --from` amends as the flags do: a row with `amend` yes and a note replaces the
/// question's outcome in force (the same figures as the flags' test above) or a forecast's
/// outcome; without a note, or with an `amend` that is not yes or no, the file is refused
/// naming the line, and nothing is written.
#[test]
fn an_outcomes_file_amends_a_question_outcome_and_a_forecasts_with_a_note() {
    let l = Ledger::new();
    three_sources_one_question(&l);
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-02-10"]);
    let no_note = l.write_file(
        "no_note.csv",
        "question,event,date,note,amend\nq,happened-on,2026-07-10,,yes\n",
    );
    let name = no_note.to_str().unwrap();
    assert_eq!(
        l.fails(&["resolve", "--from", name], 2),
        format!("error: {name}: line 2: field `note`: an amendment (`amend` yes) needs a note saying why\n")
    );
    let odd = l.write_file(
        "odd.csv",
        "question,event,date,note,amend\nq,happened-on,2026-07-10,typo,maybe\n",
    );
    let name = odd.to_str().unwrap();
    assert_eq!(
        l.fails(&["resolve", "--from", name], 2),
        format!(
            "error: {name}: line 2: field `amend`: `maybe` is not `yes` or `no` (empty is no)\n"
        )
    );
    // Without `amend` the contradicting outcome is refused as on the command line.
    let plain = l.write_file(
        "plain.csv",
        "question,event,date,note\nq,happened-on,2026-07-10,typo\n",
    );
    let err = l.fails(&["resolve", "--from", plain.to_str().unwrap()], 2);
    assert!(
        err.ends_with(
            "(to replace a mistaken outcome: give the row `amend` yes and a `note` saying why)\n"
        ),
        "{err}"
    );
    assert_eq!(outcomes(&l), vec!["true", "true", "false"]);
    let f = l.write_file(
        "amend.csv",
        "question,event,date,note,amend\nq,happened-on,2026-07-10,typed February for July,yes\n",
    );
    let out = l.ok(&["resolve", "--from", f.to_str().unwrap()]);
    assert_eq!(
        out,
        format!(
            "recorded 1 question outcome(s) (1 of them amendments) from {}\n\
             question q: outcome `happened-on 2026-02-10` amended to `happened-on 2026-07-10`; re-decided 3 forecast(s) it had decided: 2 changed outcome, 1 kept their outcome with a new resolution date, 0 unchanged\n  \
             forecast 1: true -> false\n  forecast 2: true -> false\n  \
             newly resolved 0 (0 true, 0 false, 0 void); 0 still open; 0 conflict(s)\n",
            f.display()
        )
    );
    assert_eq!(outcomes(&l), vec!["false", "false", "false"]);
    close(overall_brier(&l), (0.64 + 0.09 + 0.36) / 3.0);
    assert_eq!(
        l.count("SELECT count(*) FROM question_outcomes WHERE amends IS NOT NULL AND note = 'typed February for July'"),
        1
    );
    // A forecast's outcome, by id, as `resolve ID --amend --note` does.
    let by_id = l.write_file(
        "ids.csv",
        "id,outcome,on,note,amend\n3,yes,2026-07-11,appeal upheld,yes\n",
    );
    assert_eq!(
        l.ok(&["resolve", "--from", by_id.to_str().unwrap()]),
        format!(
            "resolved 1 forecast(s) by id (1 of them amendments) from {}\n",
            by_id.display()
        )
    );
    assert_eq!(outcomes(&l), vec!["false", "false", "true"]);
    assert!(l.ok(&["verify"]).starts_with("ok:"));
}

/// What a `not-by` typo left open, the amendment resolves; what it resolved keeps its
/// outcome with the new day (`not-by` resolves on its date, `happened-on` on the day).
#[test]
fn an_amended_outcome_resolves_what_the_old_one_left_open() {
    let l = Ledger::new();
    three_sources_one_question(&l);
    l.ok(&["resolve", "--question", "q", "--not-by", "2026-03-31"]);
    assert_eq!(
        outcomes(&l),
        vec![Value::from("false"), Value::Null, Value::Null]
    );
    let out = l.ok(&[
        "resolve",
        "--question",
        "q",
        "--happened-on",
        "2026-05-01",
        "--amend",
        "--note",
        "it did happen",
    ]);
    assert!(
        out.starts_with("question q: outcome `not-by 2026-03-31` amended to `happened-on 2026-05-01`; re-decided 1 forecast(s) it had decided: 0 changed outcome, 1 kept their outcome with a new resolution date, 0 unchanged\n"),
        "{out}"
    );
    assert!(
        out.contains("newly resolved 2 (1 true, 1 false, 0 void); 0 still open"),
        "{out}"
    );
    assert_eq!(outcomes(&l), vec!["false", "true", "false"]);
    assert!(l.ok(&["verify"]).starts_with("ok:"));
}

/// A forecast resolved by hand keeps its outcome; a disagreement is a conflict, as for any
/// question outcome. One the replaced outcome decided and the new one would not is refused:
/// a resolution is never withdrawn.
#[test]
fn an_amendment_keeps_hand_resolutions_and_never_leaves_a_decided_forecast_open() {
    let l = Ledger::new();
    three_sources_one_question(&l);
    l.ok(&["resolve", "2", "--no", "--on", "2026-07-01"]);
    l.ok(&["resolve", "--question", "q", "--not-by", "2026-09-30"]);
    let before = journal_entries(&l);
    let err = l.fails(
        &[
            "resolve",
            "--question",
            "q",
            "--not-by",
            "2026-04-30",
            "--amend",
            "--note",
            "x",
        ],
        2,
    );
    assert_eq!(
        err,
        "error: question `q`: not-by 2026-04-30: forecast(s) 3 were resolved by the outcome it replaces and this one does not decide them (a resolution is never withdrawn); amend to an outcome that decides them, e.g. a `--not-by` date on or after their deadlines; nothing was recorded\n"
    );
    assert_eq!(journal_entries(&l), before);
    let out = l.ok(&[
        "resolve",
        "--question",
        "q",
        "--happened-on",
        "2026-06-15",
        "--amend",
        "--note",
        "it happened in June",
    ]);
    assert!(out.contains("1 conflict(s)\n  conflict: forecast 2 is resolved false by hand but this outcome says true; left as it is"), "{out}");
    assert_eq!(outcomes(&l), vec!["false", "false", "false"]);
}

/// Bad amendments: one line, exit 2, nothing written.
#[test]
fn an_amendment_that_changes_nothing_or_has_nothing_to_amend_is_refused() {
    let l = Ledger::new();
    three_sources_one_question(&l);
    let amend = |event: &[&str], note: &[&str]| {
        let mut args = vec!["resolve", "--question", "q"];
        args.extend_from_slice(event);
        args.push("--amend");
        args.extend_from_slice(note);
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let refused = |args: Vec<String>, want: &str| {
        let before = journal_entries(&l);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_eq!(l.fails(&args, 2), want);
        assert_eq!(journal_entries(&l), before);
    };
    refused(
        amend(&["--happened-on", "2026-02-10"], &["--note", "x"]),
        "error: --amend on question `q`: it has no outcome yet; record one without --amend\n",
    );
    l.ok(&["resolve", "--question", "q", "--not-by", "2026-03-31"]);
    l.ok(&["resolve", "--question", "q", "--not-by", "2026-04-30"]);
    refused(
        amend(&["--not-by", "2026-04-30"], &["--note", "x"]),
        "error: --amend on question `q`: its outcome is already `not-by 2026-04-30`; an amendment records a different outcome\n",
    );
    refused(
        amend(&["--not-by", "2026-05-31"], &[]),
        "error: --amend: changing an outcome needs --note saying why\n",
    );
    refused(
        amend(&["--happened-on", "2026-12-01"], &["--note", "x"]),
        "error: happened-on 2026-12-01: it is after 2026-11-29, the day after today (2026-11-28), which may already be today somewhere on Earth\n",
    );
    let mut nosuch = amend(&["--annul"], &["--note", "x"]);
    nosuch[2] = "nosuch".into();
    let args: Vec<&str> = nosuch.iter().map(String::as_str).collect();
    assert!(l
        .fails(&args, 2)
        .starts_with("error: no question with key `nosuch`"));
    // Without --amend, a contradicting outcome still says how to amend.
    let err = l.fails(
        &["resolve", "--question", "q", "--happened-on", "2026-03-01"],
        2,
    );
    assert!(err.contains("--amend --note"), "{err}");
}

/// The amendment is part of what `verify` checks: an amending outcome's `amends` taken
/// away in the file (which would bring the mistyped outcome back in force) is found, naming
/// the entry that recorded the amendment.
#[test]
fn verify_finds_an_amendment_taken_away() {
    let l = Ledger::new();
    three_sources_one_question(&l);
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-02-10"]);
    l.ok(&[
        "resolve",
        "--question",
        "q",
        "--happened-on",
        "2026-07-10",
        "--amend",
        "--note",
        "typo",
    ]);
    assert!(l.ok(&["verify"]).starts_with("ok:"));
    let seq = l.count("SELECT seq FROM journal WHERE kind = 'question_outcome' AND entity_id = 2");
    let conn = rusqlite::Connection::open(l.path("ledger.sqlite3")).unwrap();
    conn.execute_batch(
        "DROP TRIGGER question_outcomes_no_update;
         UPDATE question_outcomes SET amends = NULL WHERE id = 2;",
    )
    .unwrap();
    drop(conn);
    let r = l.run(&["verify"]);
    assert_eq!(r.code, 1, "{} {}", r.stdout, r.stderr);
    let said = r.stdout + &r.stderr;
    assert!(
        said.contains(&format!("entry {seq} (question outcome 2) does not match")),
        "{said}"
    );
}

/// Audit 13, P6 and P4: a hand resolution whose date does not fit the deadline is said on
/// stderr, exit 0: a no before the deadline (the event can still happen; DESIGN: a claim
/// "X by D" comes out false only at D), and a yes dated after it (an event that day came
/// too late for a claim "by D"), each naming the question outcome that applies the
/// deadline rule. A stance against mirrors both; a yes in time, a no at the deadline and a
/// void say nothing.
#[test]
fn a_hand_resolution_that_does_not_fit_the_deadline_is_said() {
    let l = Ledger::new();
    l.add(
        "me",
        "Cafe opens",
        "0.6",
        "2026-11-01",
        "2027-03-01",
        &["--question", "cafe"],
    );
    let r = l.run(&["resolve", "1", "--no"]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "forecast 1 resolved false on 2026-11-28\n")
    );
    assert_eq!(
        r.stderr,
        "note: forecast 1's deadline 2027-03-01 has not passed: its event can still happen until then, so this `false` is known only at the deadline (`forecast resolve 1 --yes --amend --note WHY` changes it if the event happens after all); to say that it has not happened so far, `forecast resolve --question cafe --not-by 2026-11-28` records it and keeps later deadlines open\n"
    );
    l.add(
        "me",
        "Shop opens",
        "0.6",
        "2026-10-01",
        "2026-11-15",
        &["--question", "shop"],
    );
    let r = l.run(&["resolve", "2", "--yes", "--on", "2026-11-20"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        "note: forecast 2's deadline 2026-11-15 is before 2026-11-20, the day given: if the event happened that day, it came after the deadline and the claim did not come true by it (`forecast resolve --question shop --happened-on 2026-11-20` resolves each forecast on the question by its own deadline); if that is only the day the outcome became known, this `true` stands\n"
    );
    // Against the event: a yes before the deadline is the early guess.
    l.add(
        "me",
        "No strike",
        "0.7",
        "2026-11-01",
        "2027-01-31",
        &["--question", "strike", "--against"],
    );
    let r = l.run(&["resolve", "3", "--yes"]);
    assert!(
        r.stderr.starts_with("note: forecast 3's deadline 2027-01-31 has not passed: its event can still happen until then, so this `true` is known only at the deadline (`forecast resolve 3 --no --amend"),
        "{}",
        r.stderr
    );
    for (claim, deadline, args) in [
        ("A", "2027-01-31", ["--yes", "--on", "2026-11-20"]),
        ("B", "2026-11-15", ["--no", "--on", "2026-11-15"]),
        ("C", "2027-01-31", ["--void", "--reason", "ambiguous"]),
    ] {
        let id = l
            .add("me", claim, "0.5", "2026-11-01", deadline, &[])
            .to_string();
        let mut cmd = vec!["resolve", id.as_str()];
        cmd.extend_from_slice(&args);
        let r = l.run(&cmd);
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{claim}");
    }
    // Without --on the resolution is dated today, and the note says so: it said "the day
    // given" with no day given (audit 17 A19).
    l.add(
        "me",
        "Bar opens",
        "0.6",
        "2026-10-01",
        "2026-11-15",
        &["--question", "bar"],
    );
    let r = l.run(&["resolve", "7", "--yes"]);
    assert_eq!(
        r.stderr,
        "note: forecast 7's deadline 2026-11-15 is before today (2026-11-28), the day this resolution is dated (no --on given): if the event happened that day, it came after the deadline and the claim did not come true by it (`forecast resolve --question bar --happened-on 2026-11-28` resolves each forecast on the question by its own deadline); if that is only the day the outcome became known, this `true` stands\n"
    );
}

/// Audit 15, A11: an outcomes file naming one forecast on two rows (pasted twice, or once
/// each way) is refused naming both lines as this file's, nothing written; it does not say
/// the forecast is "already resolved" when the ledger holds it unresolved. A later row
/// with `amend` yes and a note is still an amendment.
#[test]
fn an_outcomes_file_naming_a_forecast_twice_names_both_lines() {
    let l = Ledger::new().at("2023-03-05");
    for i in 1..=3 {
        l.add(
            "A",
            &format!("c{i}"),
            "0.6",
            "2023-01-01",
            "2023-03-01",
            &[],
        );
    }
    let twice = l.write_file("o3.csv", "id,outcome\n3,yes\n3,yes\n");
    let err = l.fails(&["resolve", "--from", twice.to_str().unwrap()], 2);
    assert_eq!(
        err,
        format!(
            "error: {}: line 3: forecast 3 is resolved `true` on line 2 of this file already: line 3 repeats it (a row pasted twice?); remove one of the two lines; nothing was written\n",
            twice.display()
        )
    );
    let both = l.write_file("o2.csv", "id,outcome\n1,no\n3,yes\n3,no\n");
    let err = l.fails(&["resolve", "--from", both.to_str().unwrap()], 2);
    assert_eq!(
        err,
        format!(
            "error: {}: line 4: forecast 3 is resolved `true` on line 3 of this file and `false` here: one forecast has one outcome; remove the wrong line (an outcome changed on appeal is a row with `amend` yes and a `note`); nothing was written\n",
            both.display()
        )
    );
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts WHERE outcome IS NOT NULL"),
        0
    );
    let amended = l.write_file(
        "o4.csv",
        "id,outcome,note,amend\n3,yes,,\n3,no,appeal upheld,yes\n",
    );
    l.ok(&["resolve", "--from", amended.to_str().unwrap()]);
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts WHERE id = 3 AND outcome = 'false'"),
        1
    );
}

/// Audit 17, A2: a hand resolution (`resolve ID`, a row of `resolve --from`) that says the
/// event of its market (question and deadline) the other way from forecasts already
/// resolved there, stance taken into account, is refused naming them and the ways out,
/// nothing written; before, it was accepted without a word, the loser scored as right and
/// the market dropped out of every source's `compare`. Agreeing, void, another deadline
/// and an amendment pass.
#[test]
fn a_hand_resolution_against_its_market_is_refused() {
    let l = Ledger::new().at("2023-01-10");
    let q = ["--question", "deal"];
    l.add(
        "A",
        "Deal signed by Dec",
        "0.6",
        "2022-06-01",
        "2022-12-31",
        &q,
    );
    l.add(
        "B",
        "Deal signed by Dec",
        "0.2",
        "2022-06-01",
        "2022-12-31",
        &q,
    );
    l.add(
        "C",
        "Deal signed by Dec",
        "0.3",
        "2022-06-01",
        "2022-12-31",
        &q,
    );
    l.add(
        "D",
        "No deal by Dec",
        "0.5",
        "2022-06-01",
        "2022-12-31",
        &["--question", "deal", "--against"],
    );
    l.add(
        "E",
        "Deal signed by Nov",
        "0.5",
        "2022-06-01",
        "2022-11-30",
        &q,
    );
    l.ok(&["resolve", "1", "--yes", "--on", "2022-06-20"]);
    l.ok(&["resolve", "3", "--yes", "--on", "2022-06-20"]);
    let resolutions = l.count("SELECT count(*) FROM resolutions");
    let err = l.fails(&["resolve", "2", "--no", "--on", "2022-12-31"], 2);
    assert_eq!(
        err,
        "error: forecast 2: resolving it `false` says the event of its market (question `deal`, deadline 2022-12-31) did not happen, but forecast(s) 1, 3 in that market are resolved the other way (the event happened), stance taken into account: both sides would score as right and the market would drop out of `compare`; nothing was written. If those are wrong, amend them with a note first (`forecast resolve 1 --no --amend --note WHY`, `forecast resolve 3 --no --amend --note WHY`); or record what happened with `forecast resolve --question deal --not-by DATE`, which decides every forecast in the market (hand resolutions that disagree stay, named as conflicts)\n"
    );
    // The same row from an outcomes file, named by its line.
    let o = l.write_file("o.csv", "id,outcome,on\n2,no,2022-12-31\n");
    let err = l.fails(&["resolve", "--from", o.to_str().unwrap()], 2);
    assert!(
        err.starts_with(&format!(
            "error: {}: line 2: forecast 2: resolving it `false` says the event",
            o.display()
        )),
        "{err}"
    );
    // Stance taken into account: "no deal" true says the event did not happen.
    let err = l.fails(&["resolve", "4", "--yes", "--on", "2022-12-31"], 2);
    assert!(
        err.contains(
            "forecast(s) 1, 3 in that market are resolved the other way (the event happened)"
        ) && err.contains("`forecast resolve 1 --no --amend --note WHY`"),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), resolutions);
    // Agreeing (either stance), void and another deadline pass.
    l.ok(&["resolve", "4", "--no", "--on", "2022-06-20"]);
    l.ok(&["resolve", "2", "--void", "--reason", "ambiguous"]);
    l.ok(&["resolve", "5", "--no", "--on", "2022-11-30"]);
    // An amendment is the way to change a market's outcome given by hand: one at a time.
    l.ok(&["resolve", "1", "--no", "--amend", "--note", "recount"]);
    l.ok(&["resolve", "3", "--no", "--amend", "--note", "recount"]);
    l.ok(&["verify"]);
}

/// ad4 F4: `resolve ID --yes|--no --amend` could leave a market (question and deadline)
/// resolved both ways, stance taken into account, without a word, although a fresh
/// resolution doing that is refused. An amendment is the way to change an outcome, so it
/// stands (exit 0, written), and a note names the forecasts of the market that now
/// disagree, each with the amendment that would align it, and the question outcome that
/// would decide them all. Another deadline, a void and agreeing forecasts are not named.
/// An outcomes file's amending row gets the same note.
#[test]
fn an_amendment_that_splits_its_market_names_the_forecasts_that_now_disagree() {
    let l = Ledger::new();
    let q = ["--question", "e"];
    l.add("A", "E by March", "0.8", "2026-01-01", "2026-03-31", &q);
    l.add("B", "E by March b", "0.3", "2026-01-02", "2026-03-31", &q);
    l.add(
        "C",
        "No E by March",
        "0.6",
        "2026-01-03",
        "2026-03-31",
        &["--question", "e", "--against"],
    );
    l.add("D", "E by June", "0.6", "2026-01-03", "2026-06-30", &q);
    l.add("F", "E by March f", "0.5", "2026-01-04", "2026-03-31", &q);
    l.ok(&["resolve", "2", "--no", "--on", "2026-04-01"]);
    l.ok(&["resolve", "3", "--yes", "--on", "2026-04-01"]);
    l.ok(&["resolve", "4", "--no", "--on", "2026-07-01"]);
    l.ok(&["resolve", "5", "--void", "--reason", "annulled"]);
    // A fresh resolution doing it is refused, naming each forecast's own amendment (a
    // stance `against` takes the other flag; the first one's was named for all).
    let err = l.fails(&["resolve", "1", "--yes", "--on", "2026-02-01"], 2);
    assert!(
        err.contains("amend them with a note first (`forecast resolve 2 --yes --amend --note WHY`, `forecast resolve 3 --no --amend --note WHY`)"),
        "{err}"
    );
    l.ok(&["resolve", "1", "--no", "--on", "2026-04-01"]);
    let r = l.run(&[
        "resolve",
        "1",
        "--yes",
        "--on",
        "2026-02-01",
        "--amend",
        "--note",
        "on appeal",
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "forecast 1 resolved true on 2026-02-01\n",
            "note: forecast 1 `true` now says the event of its market (question `e`, deadline 2026-03-31) happened, but forecast(s) 2, 3 in that market say it did not happen, stance taken into account: each is scored on its own outcome, so both sides count as right in `report`, and `compare` leaves the market out. If forecast 1's outcome is right, amend them: `forecast resolve 2 --yes --amend --note WHY`, `forecast resolve 3 --no --amend --note WHY`; or record what happened with `forecast resolve --question e --happened-on DATE`, which decides the market in `compare` (hand resolutions that disagree stay, named as conflicts)\n"
        )
    );
    // The amendments it names align the market: the last one leaves nothing to say.
    let r = l.run(&[
        "resolve",
        "2",
        "--yes",
        "--on",
        "2026-02-01",
        "--amend",
        "--note",
        "on appeal",
    ]);
    assert!(
        r.stderr
            .contains("forecast(s) 3 in that market say it did not happen"),
        "{}",
        r.stderr
    );
    let r = l.run(&[
        "resolve",
        "3",
        "--no",
        "--on",
        "2026-02-01",
        "--amend",
        "--note",
        "on appeal",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    // Amended to a void: nothing said of the event.
    let r = l.run(&[
        "resolve",
        "1",
        "--void",
        "--reason",
        "annulled",
        "--amend",
        "--note",
        "ill-posed",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    // An outcomes file's amending row is said the same way, once a market, read after the
    // whole file is applied.
    let split = l.write_file(
        "split.csv",
        "id,outcome,on,note,amend\n2,no,2026-04-01,recount,yes\n",
    );
    let r = l.run(&["resolve", "--from", split.to_str().unwrap()]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            0,
            "note: forecast 2 `false` now says the event of its market (question `e`, deadline 2026-03-31) did not happen, but forecast(s) 3 in that market say it happened, stance taken into account: each is scored on its own outcome, so both sides count as right in `report`, and `compare` leaves the market out. If forecast 2's outcome is right, amend them: `forecast resolve 3 --yes --amend --note WHY`; or record what happened with `forecast resolve --question e --not-by 2026-03-31`, which decides the market in `compare` (hand resolutions that disagree stay, named as conflicts)\n"
        )
    );
    let both = l.write_file(
        "both.csv",
        "id,outcome,on,note,amend\n2,yes,2026-02-01,appeal,yes\n3,no,2026-02-01,appeal,yes\n",
    );
    let r = l.run(&["resolve", "--from", both.to_str().unwrap()]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{}", r.stdout);
    l.ok(&["verify"]);
}

/// The resolver on a missing ledger (a mistyped `--db`, or before the first `add`) is
/// refused as every read is, and leaves no file behind (audit 17 A16): it
/// created an empty ledger and said "No forecasts are due.", exit 0.
#[test]
fn the_resolver_on_a_missing_ledger_says_so_and_creates_nothing() {
    let mut l = Ledger::new();
    l.db = l.path("typo-ledgr.db");
    let err = l.fails(&["resolve"], 2);
    assert_eq!(
        err,
        format!(
            "error: no ledger at `{}`; check the path, or log a forecast with `forecast add` to create one\n",
            l.db.display()
        )
    );
    assert!(!l.db.exists());
    // Once the ledger exists, an empty one is an honest all-clear.
    l.ok(&["migrate"]);
    assert_eq!(l.ok(&["resolve"]), "No forecasts are due.\n");
}

/// A semicolon-separated outcomes file (a spreadsheet's CSV where the decimal separator is a
/// comma) is named as such, with `--delimiter`, as `import` names it; it said only that the
/// header must be `id,outcome...` (audit 17 A18). `--delimiter ';'` reads it.
#[test]
fn a_semicolon_separated_outcomes_file_is_named_and_read_with_delimiter() {
    let l = Ledger::new();
    l.add("A", "one", "0.6", "2025-01-01", "2025-06-30", &[]);
    let semi = l.write_file("semi_o.csv", "id;outcome\n1;yes\n");
    let err = l.fails(&["resolve", "--from", semi.to_str().unwrap()], 2);
    assert_eq!(
        err,
        format!(
            "error: {}: line 1: the header must be `id,outcome[,on][,note][,reason][,amend]` or `question,event,date[,note][,amend]`: the header `id;outcome` is one field: the file looks semicolon-separated (a spreadsheet's CSV where the decimal separator is a comma); read it with `--delimiter ';'`, or save it as comma-separated CSV\n",
            semi.display()
        )
    );
    let out = l.ok(&[
        "resolve",
        "--from",
        semi.to_str().unwrap(),
        "--delimiter",
        ";",
    ]);
    assert_eq!(
        out,
        format!("resolved 1 forecast(s) by id from {}\n", semi.display())
    );
    assert_eq!(outcomes(&l), vec![Value::from("true")]);
}

/// Audit 18, A2: an outcomes file applied again, or grown by new rows (a newsroom's running
/// `outcomes.csv` applied nightly), skips the rows that say again what the ledger holds,
/// counted in the summary, and records the new ones; a row that says otherwise is still
/// refused, nothing written; `--from -` reads standard input. Refused whole before the fix.
#[test]
fn an_outcomes_file_applied_again_skips_the_rows_already_recorded() {
    let l = Ledger::new().at("2026-12-01");
    l.add(
        "A",
        "Claim a",
        "0.6",
        "2026-01-01",
        "2026-06-01",
        &["--question", "qa"],
    );
    l.add(
        "B",
        "Claim b",
        "0.3",
        "2026-01-01",
        "2026-06-01",
        &["--question", "qb"],
    );
    let o1 = l.write_file("o1.csv", "id,outcome\n1,yes\n");
    let o2 = l.write_file("o2.csv", "question,event,date\nqb,not-by,2026-06-01\n");
    let (o1, o2) = (o1.to_str().unwrap(), o2.to_str().unwrap());
    l.ok(&["resolve", "--from", o1]);
    l.ok(&["resolve", "--from", o2]);
    assert_eq!(
        l.ok(&["resolve", "--from", o1]),
        format!("resolved 0 forecast(s) by id from {o1}; 1 row(s) already recorded, skipped\n")
    );
    assert_eq!(
        l.ok(&["resolve", "--from", o2]),
        format!("recorded 0 question outcome(s) from {o2}; 1 row(s) already recorded, skipped\n")
    );
    l.add("D", "Claim d", "0.4", "2026-01-05", "2026-07-01", &[]);
    // The file grown by a row: the old row (no day given) is skipped, the new one recorded.
    let o3 = l.write_file("o3.csv", "id,outcome,on\n1,yes,\n3,no,2026-07-02\n");
    assert_eq!(
        l.ok(&["resolve", "--from", o3.to_str().unwrap()]),
        format!(
            "resolved 1 forecast(s) by id from {}; 1 row(s) already recorded, skipped\n",
            o3.display()
        )
    );
    assert_eq!(
        l.count("SELECT count(*) FROM resolutions"),
        3,
        "one resolution each, no amendment"
    );
    let out = l
        .command(&["resolve", "--from", "-"])
        .write_stdin("id,outcome\n2,no\n3,no\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "resolved 0 forecast(s) by id from -; 2 row(s) already recorded, skipped\n"
    );
    // Another outcome, or another day than the one recorded, is refused as before.
    let other = l.write_file("o4.csv", "id,outcome\n3,no\n1,no\n");
    assert_eq!(
        l.fails(&["resolve", "--from", other.to_str().unwrap()], 2),
        format!(
            "error: {}: line 3: forecast 1 is already resolved as `true`; give the row `amend` yes and a `note` saying why to record a changed outcome\n",
            other.display()
        )
    );
    let day = l.write_file("o5.csv", "question,event,date\nqb,happened-on,2026-05-01\n");
    assert_eq!(
        l.fails(&["resolve", "--from", day.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: question `qb`: happened-on 2026-05-01: it already has the outcome `not-by 2026-06-01`, which this contradicts; nothing was recorded (to replace a mistaken outcome: give the row `amend` yes and a `note` saying why)\n",
            day.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 3);
    // By hand, a repeat is named as one, not as a contradiction.
    assert_eq!(
        l.fails(&["resolve", "--question", "qb", "--not-by", "2026-06-01"], 2),
        "error: question `qb`: not-by 2026-06-01: it already has this outcome, recorded before; nothing was recorded (an outcomes file skips such a row)\n"
    );
}

/// An outcomes file (or `resolve ID`) giving a forecast the outcome it has, on another day,
/// was told to "give the row `amend` yes and a `note`", and that amendment was itself
/// refused ("an amendment records a different outcome"). A forecast's own resolution day
/// decides no score and is not amended, so the refusal says so and names what works: the
/// row with the recorded day, or none, is skipped as already recorded.
#[test]
fn an_outcome_repeated_on_another_day_names_what_works() {
    let l = Ledger::new();
    l.add("A", "Rain by June", "0.6", "2026-01-01", "2026-06-30", &[]);
    l.ok(&["resolve", "1", "--yes", "--on", "2026-05-01"]);
    let why = "it is already resolved `true` on 2026-05-01, the outcome given here; nothing was recorded: the outcome stands, and its day is not amended (a forecast's own resolution day decides no score; an amendment records a different outcome); an outcomes file skips a row with this outcome whose `on` is 2026-05-01 or empty";
    let day = l.write_file("day.csv", "id,outcome,on\n1,yes,2026-05-02\n");
    assert_eq!(
        l.fails(&["resolve", "--from", day.to_str().unwrap()], 2),
        format!("error: {}: line 2: forecast 1: {why}\n", day.display())
    );
    assert_eq!(
        l.fails(&["resolve", "1", "--yes", "--on", "2026-05-02"], 2),
        format!("error: forecast 1: {why}\n")
    );
    // The old advice is refused, as the message says.
    let amend = l.write_file(
        "amend.csv",
        "id,outcome,on,note,amend\n1,yes,2026-05-02,day,yes\n",
    );
    l.fails(&["resolve", "--from", amend.to_str().unwrap()], 2);
    // What it names works: the row without a day, or with the recorded one, is skipped.
    for (name, text) in [
        ("no-day.csv", "id,outcome,on\n1,yes,\n"),
        ("same-day.csv", "id,outcome,on\n1,yes,2026-05-01\n"),
    ] {
        let f = l.write_file(name, text);
        assert_eq!(
            l.ok(&["resolve", "--from", f.to_str().unwrap()]),
            format!(
                "resolved 0 forecast(s) by id from {}; 1 row(s) already recorded, skipped\n",
                f.display()
            )
        );
    }
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 1);
    // Another outcome still points at an amendment, which works.
    assert_eq!(
        l.fails(&["resolve", "1", "--no"], 2),
        "error: forecast 1 is already resolved as `true`; pass --amend with --note to record a changed outcome\n"
    );
    l.ok(&["resolve", "1", "--no", "--amend", "--note", "appeal"]);
}

/// Audit 21 left: `resolve --from` did not read Excel's `sep=;` first line, which `import`
/// reads; its outcomes file now comes in by the same door as an import (`transfer::input`):
/// a `sep=` line names the delimiter (the lines after it keep their numbers), a byte-order
/// mark is dropped, UTF-16 is named, and a Windows-1252 byte is named by line and byte with
/// the command that converts the file. Nothing is written when a file is refused.
#[test]
fn an_outcomes_file_is_read_as_an_import_reads_its_file() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    let sep = "\u{feff}sep=;\r\nid;outcome;on;note\r\n1;yes;2026-03-01;checked\r\n";
    let bad = l.write_file("sep-bad.csv", &format!("{sep}2;perhaps;2026-03-01;x\r\n"));
    let e = l.fails(&["resolve", "--from", bad.to_str().unwrap()], 2);
    assert!(e.contains("sep-bad.csv: line 4: field `outcome`"), "{e}");
    let f = l.write_file("sep.csv", sep);
    let e = l.fails(
        &[
            "resolve",
            "--from",
            f.to_str().unwrap(),
            "--delimiter",
            "tab",
        ],
        2,
    );
    assert!(
        e.contains("its first line `sep=;` says the fields are separated by `;`, but --delimiter gives `\\t`"),
        "{e}"
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
    l.ok(&["resolve", "--from", f.to_str().unwrap()]);
    assert_eq!(outcomes(&l)[0], Value::from("true"));

    let ansi = l.write_file("x", "");
    std::fs::write(
        &ansi,
        b"id,outcome,on,note\n2,no,2026-06-01,\x93checked\x94 by hand\n",
    )
    .unwrap();
    let e = l.fails(&["resolve", "--from", ansi.to_str().unwrap()], 2);
    let path = ansi.to_str().unwrap();
    assert_eq!(
        e,
        format!(
            "error: {path}: line 2: byte 17 of the line is 0x93, `“` in Windows-1252, `ì` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 (Excel's plain \"CSV\" on Windows) or Mac Roman (Excel for Mac's \"CSV (Macintosh)\", older Mac programs); save it as \"CSV UTF-8\", or convert it with `iconv -f WINDOWS-1252 -t UTF-8 {path} > {path}.utf8` if it is Windows-1252, `iconv -f MACINTOSH -t UTF-8 {path} > {path}.utf8` if it is Mac Roman (the one that reads `“` or `ì` as the file means)\n"
        )
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "id,outcome\n2,no\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    std::fs::write(&ansi, utf16).unwrap();
    let e = l.fails(&["resolve", "--from", path], 2);
    assert!(e.contains("the file is UTF-16LE text"), "{e}");
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 1);
}

/// An adversary's spreadsheet pass (2026-12-05): `resolve --from` read its CSV by a reader
/// of its own, and where it differed from `import`'s it got spreadsheet files wrong. It now
/// reads by `import`'s: text after a closing quote is refused (a note `"a"b"c"` was stored
/// as `ab"c"`); a row of separators only and empty header cells after the last column are
/// let through, as `import` lets them (a value under a nameless column is refused, as an
/// unknown column is); a repeated header, with or without a byte-order mark, is named; a
/// header with no rows under it is refused (exit 2, as `import` refuses one); a header's
/// refusal names its line (2 after `sep=;`); and a column given twice is refused, where the
/// first silently won.
#[test]
fn an_outcomes_file_is_read_by_the_reader_import_reads_with() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    let from = |name: &str, text: &str| {
        let f = l.write_file(name, text);
        let r = l.run(&["resolve", "--from", f.to_str().unwrap()]);
        (r.code, r.stderr.replace(&format!("{}", f.display()), "F"))
    };
    assert_eq!(
        from("stray.csv", "id,outcome,note\n1,yes,\"a\"b\"c\"\n"),
        (2, "error: F: line 2: field `note` (column 3): text follows the closing quote in `\"a\"b\"c\"`: a field that starts with a quote must end with it, so what it holds is unclear; if the quotes are part of the text, quote the whole field and double each quote inside: `\"\"\"a\"\"b\"\"c\"\"\"`; nothing was written\n".into())
    );
    let joined = "\u{feff}id,outcome\r\n1,yes\r\n\u{feff}id,outcome\r\n2,no\r\n";
    let repeated = (2, "error: F: line 3: this line repeats the header row (`id,outcome`): two files pasted together? Remove it, or apply each file on its own; nothing was written\n".to_string());
    assert_eq!(from("joined.csv", joined), repeated);
    assert_eq!(
        from("plain.csv", "id,outcome\n1,yes\nID,Outcome\n2,no\n"),
        repeated
    );
    assert_eq!(
        from("only.csv", "id,outcome\n"),
        (2, "error: F: line 1: the file has its header row and no outcomes under it; nothing was written\n".into())
    );
    assert_eq!(
        from("sep.csv", "sep=;\nid;outcome;resolved_on\n1;yes;2026-03-01\n"),
        (2, "error: F: line 2: unknown column `resolved_on` (the date column is `on`); the columns are `id`, `outcome`, `on`, `note`, `reason`, `amend`\n".into())
    );
    assert_eq!(
        from("twice.csv", "id,outcome,Outcome\n1,yes,no\n"),
        (2, "error: F: line 1: column `outcome`: the header has it 2 times (`outcome`, `Outcome`); which one holds `outcome` is a guess, so rename or remove the others\n".into())
    );
    assert_eq!(
        from("nameless.csv", "id,outcome,,\n1,yes,,\n2,no,2026-06-01,\n"),
        (2, "error: F: line 3: column 3 has no name in the header but holds `2026-06-01` here; name it (the columns are `id`, `outcome`, `on`, `note`, `reason`, `amend`) or clear it\n".into())
    );
    assert_eq!(
        from("ydm.csv", "id,outcome,on\n1,yes,2026-31-03\n"),
        (2, "error: F: line 2: field `on`: date `2026-31-03` is not a valid YYYY-MM-DD date; it reads as year, day, month: did you mean `2026-03-31`?\n".into())
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
    // Separators only, and nameless columns left empty, as a spreadsheet saves them.
    assert_eq!(
        from("sheet.csv", "id,outcome,on,note,,\r\n1,yes,2026-03-01,,,\r\n,,,,,\r\n2,no,2026-06-30,\"said \"\"no\"\"\",,\r\n"),
        (0, String::new())
    );
    assert_eq!(
        outcomes(&l),
        vec![Value::from("true"), Value::from("false"), Value::Null]
    );
    assert_eq!(
        l.json(&["list", "--format", "json"])[1]["note"],
        Value::from("said \"no\"")
    );
}

/// An adversary's spreadsheet pass (2026-12-05), 4: `TRUE`, `Void` and `Against` were read
/// in any case, but an event `Happened-On` and a void reason `Annulled` were refused; every
/// keyword of an outcomes file is read in any case, and so is `--reason`.
#[test]
fn outcome_keywords_are_read_in_any_case_in_a_file_and_on_the_command_line() {
    let l = Ledger::new();
    three_deadlines(&l, &[]);
    l.add("D", "other", "0.2", "2026-01-01", "2026-02-01", &[]);
    l.add("E", "third", "0.2", "2026-01-01", "2026-02-01", &[]);
    let q = l.write_file("q.csv", "Question,Event,Date\nq,Happened-On,2026-05-01\n");
    l.ok(&["resolve", "--from", q.to_str().unwrap()]);
    let ids = l.write_file("ids.csv", "ID,Outcome,Reason,Amend\n4,Void,Annulled,NO\n");
    l.ok(&["resolve", "--from", ids.to_str().unwrap()]);
    l.ok(&["resolve", "5", "--void", "--reason", "Condition-False"]);
    let list = l.json(&["list", "--format", "json"]);
    let got: Vec<(Value, Value)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["outcome"].clone(), f["reason"].clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Value::from("false"), Value::Null),
            (Value::from("true"), Value::Null),
            (Value::from("true"), Value::Null),
            (Value::from("void"), Value::from("annulled")),
            (Value::from("void"), Value::from("condition-false")),
        ]
    );
}

/// Audit 22 C6: `resolve --from` gives the notes `resolve ID` gives, summed up: one line
/// per case on stderr with the count and the first rows; stdout as before, nothing refused.
#[test]
fn an_outcomes_file_notes_a_late_yes_and_an_early_no() {
    let l = Ledger::new();
    l.add("A", "x by June", "0.6", "2026-01-01", "2026-06-30", &[]);
    l.add("A", "y by June", "0.6", "2026-01-01", "2026-06-30", &[]);
    l.add("A", "z by 2027", "0.6", "2026-01-01", "2027-06-30", &[]);
    l.add("A", "w by June", "0.6", "2026-01-01", "2026-06-30", &[]);
    let f = l.write_file(
        "o.csv",
        "id,outcome,on\n1,yes,2026-07-15\n3,no,2026-11-01\n4,yes,2026-06-30\n",
    );
    let r = l.run(&["resolve", "--from", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("resolved 3 forecast(s) by id from {}\n", f.display())
    );
    assert_eq!(
        r.stderr,
        "note: 1 resolution(s) say the event happened on a day after the forecast's deadline (forecast 1: deadline 2026-06-30, `true` on 2026-07-15): if it happened that day, it came after the deadline and the claim did not come true by it (`forecast resolve --question KEY --happened-on DATE` resolves each forecast on a question by its own deadline); if that is only the day the outcome became known, the outcome stands\n\
         note: 1 resolution(s) say the event has not happened, dated before the forecast's deadline (forecast 3: deadline 2027-06-30, `false` on 2026-11-01): it can still happen until then, so such an outcome is known only at the deadline (`forecast resolve ID --yes --amend --note WHY` changes one if the event happens after all); to say that it has not happened so far, `forecast resolve --question KEY --not-by DATE` records it and keeps later deadlines open\n"
    );
    // Recorded as given.
    let v = l.json(&["show", "1", "--format", "json"]);
    assert_eq!(v["forecast"]["outcome"], "true");
    // Spreadsheet headers (`Outcome`, `On`) read as the columns they name (audit 22 C9).
    l.add("A", "v", "0.6", "2026-01-01", "2026-06-30", &[]);
    let f = l.write_file("p.csv", "ID,Outcome,On\n5,no,2026-07-01\n");
    let r = l.run(&["resolve", "--from", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
}

/// Audit 22 C9: an unknown id says where the ids are.
#[test]
fn an_unknown_id_points_to_the_list() {
    let l = Ledger::new();
    l.add("A", "x", "0.6", "2026-01-01", "2026-06-30", &[]);
    for args in [vec!["show", "999"], vec!["resolve", "999", "--yes"]] {
        assert_eq!(
            l.fails(&args, 2),
            "error: no forecast with id `999`; `forecast list --status all` shows every id\n"
        );
    }
    l.ok(&["resolve", "1", "--yes", "--on", "2026-06-01"]);
    assert_eq!(
        l.fails(&["update", "1", "--probability", "0.3"], 2),
        "error: forecast 1: it is resolved; an update after its outcome is known is refused (log a new forecast on another deadline instead)\n"
    );
}

/// ux31 M3: a `--no --on D` before a deadline that has passed by today said the deadline
/// "has not passed"; it is said relative to D, and the question outcome named is `--not-by`
/// the deadline (which decides the forecast), not `--not-by D` (which would leave it open).
#[test]
fn an_early_no_before_a_deadline_now_past_is_said_relative_to_its_day() {
    let l = Ledger::new();
    l.add(
        "me",
        "Brent stays above $70 through Q3",
        "0.6",
        "2026-01-10",
        "2026-09-30",
        &["--question", "brent"],
    );
    let r = l.run(&["resolve", "1", "--no", "--on", "2026-05-01"]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "forecast 1 resolved false on 2026-05-01\n")
    );
    assert_eq!(
        r.stderr,
        "note: forecast 1's deadline 2026-09-30 was still ahead on 2026-05-01: its event could still happen until then, so this `false` was known only at the deadline unless the event was ruled out by 2026-05-01 (`forecast resolve 1 --yes --amend --note WHY` changes it if the event happened after all); if it had not happened by the deadline, `forecast resolve --question brent --not-by 2026-09-30` records that for every forecast on the question\n"
    );
}

/// ux31 M6: an amendment that says other than the question's recorded outcome is taken (an
/// amendment is the way to change an outcome), but said: `report` scores the forecast's
/// own outcome and `compare` the question's, so the note names the outcome in force and
/// the question amendment that would change it.
#[test]
fn an_amendment_against_the_questions_outcome_names_it_and_the_way_to_amend_it() {
    let l = Ledger::new();
    l.add(
        "A",
        "No deal by June",
        "0.7",
        "2026-01-05",
        "2026-06-30",
        &["--question", "d3", "--against"],
    );
    l.add(
        "B",
        "Deal by June",
        "0.4",
        "2026-01-05",
        "2026-06-30",
        &["--question", "d3"],
    );
    l.ok(&["resolve", "1", "--yes", "--on", "2026-06-30"]);
    l.ok(&["resolve", "--question", "d3", "--not-by", "2026-06-30"]);
    let r = l.run(&[
        "resolve",
        "1",
        "--no",
        "--amend",
        "--note",
        "appeal: deal signed June 29",
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "forecast 1 resolved false on 2026-11-28\n")
    );
    let note = "note: question `d3`'s recorded outcome `not-by 2026-06-30` still says forecast 1 is `true`: `report` scores forecast 1 `false` now, while `compare` and `question d3` score its market by the question's outcome; if the event's outcome changed, amend it with `forecast resolve --question d3 --happened-on DATE --amend --note WHY`\n";
    assert!(r.stderr.ends_with(note), "{}", r.stderr);
    // B resolved the other way by hand says the same of B.
    let r = l.run(&["resolve", "2", "--yes", "--amend", "--note", "x"]);
    assert!(
        r.stderr.ends_with("note: question `d3`'s recorded outcome `not-by 2026-06-30` still says forecast 2 is `false`: `report` scores forecast 2 `true` now, while `compare` and `question d3` score its market by the question's outcome; if the event's outcome changed, amend it with `forecast resolve --question d3 --happened-on DATE --amend --note WHY`\n"),
        "{}",
        r.stderr
    );
    // Amending back to what the question says is said by no such note.
    let r = l.run(&[
        "resolve",
        "1",
        "--yes",
        "--amend",
        "--note",
        "appeal overturned",
    ]);
    assert_eq!(r.code, 0);
    assert!(!r.stderr.contains("recorded outcome"), "{}", r.stderr);
    // The question amended as the note says: compare and report agree again.
    l.ok(&["resolve", "1", "--no", "--amend", "--note", "appeal upheld"]);
    l.ok(&[
        "resolve",
        "--question",
        "d3",
        "--happened-on",
        "2026-06-29",
        "--amend",
        "--note",
        "appeal",
    ]);
    let r = l.run(&["resolve", "1", "--no", "--amend", "--note", "again"]);
    assert!(!r.stderr.contains("recorded outcome"), "{}", r.stderr);
    // Against a `happened-on`, a resolution saying the event did not happen names
    // `--not-by` the deadline.
    let r = l.run(&["resolve", "2", "--no", "--amend", "--note", "y"]);
    assert!(
        r.stderr.ends_with("note: question `d3`'s recorded outcome `happened-on 2026-06-29` still says forecast 2 is `true`: `report` scores forecast 2 `false` now, while `compare` and `question d3` score its market by the question's outcome; if the event's outcome changed, amend it with `forecast resolve --question d3 --not-by 2026-06-30 --amend --note WHY`\n"),
        "{}",
        r.stderr
    );
}

/// A "not happened" on a deadline that is today decides a forecast whose day still runs: both
/// `resolve --question --not-by today` and `resolve ID --no` say so, with the command that
/// changes it if the event happens before the day ends, and the outcome is DESIGN's (false).
/// (Adversary, 2026-12-05.)
#[test]
fn not_happened_on_a_deadline_of_today_says_the_day_still_runs() {
    let l = Ledger::new().at("2026-12-04");
    let a = l.add(
        "me",
        "A",
        "0.6",
        "2026-12-01",
        "2026-12-04",
        &["--question", "qq"],
    );
    let b = l.add("me", "B", "0.6", "2026-12-01", "2026-12-04", &[]);
    let r = l.run(&["resolve", "--question", "qq", "--not-by", "2026-12-04"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: `--not-by 2026-12-04` is today: a forecast due today is decided while its day is still running, and its event can still happen before the day ends; if it does, `forecast resolve --question qq --happened-on 2026-12-04 --amend --note WHY` records it and resolves them again\n"
    );
    let r = l.run(&["resolve", &b.to_string(), "--no"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!("note: forecast {b}'s deadline is today (2026-12-04): its event can still happen before the day ends, so this `false` is known only once the day is over (`forecast resolve {b} --yes --amend --note WHY` changes it if the event happens after all)\n")
    );
    // The note's command changes the question's outcome.
    let r = l.run(&[
        "resolve",
        "--question",
        "qq",
        "--happened-on",
        "2026-12-04",
        "--amend",
        "--note",
        "late",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(&format!("forecast {a}: false -> true")),
        "{}",
        r.stdout
    );
    // A day later, no note: the deadline's day is over.
    let l2 = Ledger::new().at("2026-12-04");
    let c = l2.add(
        "me",
        "C",
        "0.6",
        "2026-12-01",
        "2026-12-03",
        &["--question", "q3"],
    );
    let r = l2.run(&["resolve", "--question", "q3", "--not-by", "2026-12-03"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""), "forecast {c}");
}
