//! Commands that messages print (`use `forecast ...``), pasted as printed: each must run,
//! or be clearly a template (a word in capitals such as `ID`, `KEY`, `DATE`). ad7, who took
//! every hint literally.

use crate::harness::Ledger;

/// The `forecast ...` commands quoted in backticks in `text`, each split into its words
/// as a shell splits this simple form (spaces, 'single' and "double" quotes), without the
/// leading `forecast`.
pub fn hinted_commands(text: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (i, quoted) in text.split('`').enumerate() {
        if i % 2 == 0 || !quoted.starts_with("forecast ") {
            continue;
        }
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quote: Option<char> = None;
        for c in quoted.chars() {
            match (quote, c) {
                (None, '\'' | '"') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, ' ') => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                }
                (_, c) => word.push(c),
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        found.push(words.split_off(1));
    }
    found
}

/// Runs each command `text` quotes, with `WHY` (a note the user writes) and `P` (a
/// probability) filled in; any other word in capitals would leave it a template, which
/// these tests do not expect.
fn follow(l: &Ledger, text: &str) -> Vec<String> {
    let commands = hinted_commands(text);
    assert!(!commands.is_empty(), "no command in: {text}");
    let mut outs = Vec::new();
    for words in commands {
        let words: Vec<&str> = words
            .iter()
            .map(|w| match w.as_str() {
                "WHY" => "checked again",
                "P" => "70%",
                w => w,
            })
            .collect();
        assert!(
            !words
                .iter()
                .any(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase())),
            "a template where a command was expected: {words:?} in {text}"
        );
        let run = l.run(&words);
        assert_eq!(
            run.code,
            0,
            "`forecast {}` (printed in {text:?}) failed: {}",
            words.join(" "),
            run.stderr
        );
        outs.push(run.stdout);
    }
    outs
}

fn outcome(l: &Ledger, id: i64) -> String {
    let f = l.json(&["show", &id.to_string(), "--format", "json"]);
    f["forecast"]["outcome"].as_str().unwrap_or("").to_string()
}

/// ad7 F2: a question outcome that disagrees with a hand resolution named
/// `resolve 2 --amend` as the way to change it, which is refused (it needs an outcome and
/// a note); it names the whole command, which gives the forecast the outcome proposed, for
/// `--happened-on`, `--not-by` and `--annul` (void, reason annulled) alike.
#[test]
fn a_conflicts_hint_is_a_command_that_runs() {
    for (event, proposed) in [
        (vec!["--happened-on", "2026-03-01"], "true"),
        (vec!["--not-by", "2026-06-30"], "false"),
        (vec!["--annul"], "void"),
    ] {
        let l = Ledger::new();
        l.add(
            "Ann",
            "Deal signed",
            "0.6",
            "2026-01-01",
            "2026-05-01",
            &["--question", "q"],
        );
        let hand = if proposed == "true" { "--no" } else { "--yes" };
        l.ok(&["resolve", "1", hand]);
        let mut args = vec!["resolve", "--question", "q"];
        args.extend_from_slice(&event);
        let out = l.ok(&args);
        let flag = match proposed {
            "true" => "--yes",
            "false" => "--no",
            _ => "--void --reason annulled",
        };
        let line = format!(
            "  conflict: forecast 1 is resolved {} but this outcome says {proposed}; left as it is (`forecast resolve 1 {flag} --amend --note WHY` changes it)",
            if proposed == "true" { "false" } else { "true" }
        );
        assert!(out.lines().any(|l| l == line), "{out}");
        follow(&l, &line);
        assert_eq!(outcome(&l, 1), proposed);
    }
}

#[test]
fn hinted_commands_are_split_as_a_shell_splits_them() {
    assert_eq!(
        hinted_commands("x (`forecast resolve 'Bad Key!' --note \"a b\"` or `list`)"),
        vec![vec!["resolve", "Bad Key!", "--note", "a b"]]
    );
}

/// ad7 F3: `add` named `forecast update 1 --probability P` as the way to log a changed view
/// of a forecast already resolved, which `update` refuses (in its hint on the same claim
/// logged again without `--question`, and in its refusal of a repeat); it says the forecast
/// is resolved, as `extract --save` does, and names `update` only while it would work.
#[test]
fn add_names_update_only_for_a_forecast_that_can_be_updated() {
    let l = Ledger::new();
    let claim = [
        "--source",
        "me",
        "--claim",
        "The report is out",
        "--deadline",
        "2026-12-20",
    ];
    let add = |p: &str| {
        let mut args = vec!["add", "--probability", p, "--made-on", "2026-11-20"];
        args.extend_from_slice(&claim);
        l.run(&args)
    };
    assert_eq!(add("80%").code, 0);
    // Unresolved: both hints name `update`, and it runs as printed.
    let again = add("70%");
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains("hint: me already logged this claim as forecast 1 on question `the-report-is-out`; this one opened a question of its own, scored apart from it. A changed view is `forecast update 1 --probability P`\n"),
        "{}",
        again.stderr
    );
    let repeat = add("80%");
    assert_eq!(repeat.code, 2);
    assert!(
        repeat.stderr.ends_with("so it would count twice; nothing was written. A changed view is `forecast update 1 --probability P`\n"),
        "{}",
        repeat.stderr
    );
    follow(&l, &repeat.stderr);
    assert_eq!(l.ids(&["list", "--source", "me"]), vec![1, 2, 3]);
    // Resolved: no `update` named.
    let l = Ledger::new();
    let add = |p: &str| {
        let mut args = vec!["add", "--probability", p, "--made-on", "2026-11-20"];
        args.extend_from_slice(&claim);
        l.run(&args)
    };
    assert_eq!(add("80%").code, 0);
    l.ok(&["resolve", "1", "--yes"]);
    let repeat = add("80%");
    assert_eq!(
        repeat.stderr,
        "error: forecast \"The report is out\": it repeats forecast 1 (same source, claim, probability, date made, deadline, stance and condition), so it would count twice; nothing was written; forecast 1 is resolved (true), so no update can follow it\n"
    );
    let late = add("60%");
    assert_eq!(late.code, 0, "{}", late.stderr);
    assert!(
        late.stderr.contains(
            "scored apart from it; forecast 1 is resolved (true), so no update can follow it\n"
        ),
        "{}",
        late.stderr
    );
    assert!(!late.stderr.contains("forecast update"), "{}", late.stderr);
}

/// ad7 F4: on a path with no ledger, a write naming a forecast or a question (`resolve 5`,
/// `update`, `correct`, `resolve --question`) said "no forecast with id `5`; `forecast list
/// --status all` shows every id" (or "`forecast questions` lists the keys"), and that command
/// then failed with "no ledger"; on an empty ledger it listed nothing. A missing ledger is
/// named as a read names it, nothing created; an empty one says how forecasts get in.
#[test]
fn an_unknown_id_or_key_on_a_missing_or_empty_ledger_says_what_to_do_first() {
    let l = Ledger::new();
    let missing = format!(
        "error: no ledger at `{}`; check the path, or log a forecast with `forecast add` to create one\n",
        l.db.display()
    );
    for args in [
        vec!["resolve", "5", "--no"],
        vec!["update", "4", "--probability", "65%"],
        vec!["correct", "1", "--claim", "x", "--why", "y"],
        vec![
            "resolve",
            "--question",
            "ua-ceasefire",
            "--not-by",
            "2025-12-31",
        ],
        vec!["show", "1"],
        vec!["question", "ua-ceasefire"],
    ] {
        assert_eq!(l.fails(&args, 2), missing, "{args:?}");
        assert!(!l.db.exists(), "{args:?} left a ledger behind");
    }
    l.ok(&["migrate"]);
    let none = "error: no forecast with id `5`: the ledger has no forecasts yet (`forecast add --source NAME ...` logs one, `forecast import FILE` a file of them)\n";
    assert_eq!(l.fails(&["resolve", "5", "--no"], 2), none);
    assert_eq!(l.fails(&["show", "5"], 2), none);
    assert_eq!(
        l.fails(&["question", "ua-ceasefire"], 2),
        "error: no question with key `ua-ceasefire`: the ledger has no questions yet (`forecast add ... --question KEY` opens one)\n"
    );
    // Once it holds a forecast, the hints are as before.
    l.add("Ann", "One", "0.4", "2026-01-01", "2026-06-30", &[]);
    assert_eq!(
        l.fails(&["resolve", "5", "--no"], 2),
        "error: no forecast with id `5`; `forecast list --status all` shows every id\n"
    );
}
