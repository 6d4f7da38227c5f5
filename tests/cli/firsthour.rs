//! What a new user meets in the first hour (issue 12): the local "today", dates as people
//! type them, formats refused rather than ignored, hints that name the near thing.

use crate::harness::Ledger;

fn today_in(zone: &str) -> String {
    let ledger = Ledger::new();
    ledger.ok(&["migrate"]);
    let out = ledger
        .command(&["report", "--format", "json"])
        .env_remove("FORECAST_TODAY")
        .env("TZ", zone)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["today"].as_str().unwrap().to_string()
}

/// UTC-12 and UTC+14 are 26 hours apart, so at any instant their calendar days differ;
/// with "today" taken from the UTC day they would be equal.
#[test]
fn today_is_the_local_calendar_day() {
    let west = today_in("Etc/GMT+12");
    let east = today_in("Etc/GMT-14");
    assert_ne!(west, east, "today ignores the time zone");
    assert!(west < east);
}

#[test]
fn forecast_today_wins_over_the_time_zone() {
    let ledger = Ledger::new();
    ledger.ok(&["migrate"]);
    let out = ledger
        .command(&["report", "--format", "json"])
        .env("TZ", "Etc/GMT-14")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["today"], "2026-11-28");
}

/// Five forecasts with different tags, dates and probabilities; today is 2026-11-28.
fn five() -> Ledger {
    let l = Ledger::new();
    l.add(
        "Nate Analyst",
        "Rates fall by June",
        "0.3",
        "2026-01-10",
        "2026-06-30",
        &["--tag", "economy"],
    );
    l.add(
        "Nate Analyst",
        "Ceasefire by winter",
        "0.6",
        "2026-05-01",
        "2026-12-20",
        &["--tag", "war"],
    );
    l.add(
        "Daily Planet",
        "A ceasefire holds",
        "0.8",
        "2026-09-01",
        "2027-03-31",
        &["--tag", "War"],
    );
    l.add(
        "Daily Planet",
        "Inflation under 2%",
        "0.55",
        "2026-10-01",
        "2027-12-31",
        &[],
    );
    let id = l.add(
        "Daily Planet",
        "Snap election",
        "0.1",
        "2026-02-01",
        "2026-12-01",
        &[],
    );
    l.ok(&["resolve", &id.to_string(), "--no"]);
    l
}

#[test]
fn list_filters_sort_and_limit() {
    let l = five();
    assert_eq!(
        l.ids(&["list", "--tag", "war"]),
        vec![2, 3],
        "tags match in any case"
    );
    assert_eq!(
        l.ids(&["list", "--since", "2026-05-01", "--until", "2026-09-01"]),
        vec![2, 3]
    );
    // Unresolved with a deadline by 2026-12-28 (30 days on): the due 1 and the open 2, not
    // the resolved 5.
    assert_eq!(l.ids(&["list", "--due-within", "30d"]), vec![1, 2]);
    assert_eq!(l.ids(&["list", "--due-within", "5m"]), vec![1, 2, 3]);
    assert_eq!(l.ids(&["list", "--search", "CEASEFIRE"]), vec![2, 3]);
    assert_eq!(
        l.ids(&["list", "--search", "planet"]),
        vec![3, 4, 5],
        "the source is searched"
    );
    assert_eq!(
        l.ids(&["list", "--sort", "probability"]),
        vec![3, 2, 4, 1, 5]
    );
    assert_eq!(
        l.ids(&["list", "--sort", "deadline", "--limit", "2"]),
        vec![1, 5]
    );
    assert_eq!(l.ids(&["list", "--sort", "made"]), vec![1, 5, 2, 3, 4]);
    let e = l.fails(&["list", "--due-within", "soon"], 2);
    assert!(e.contains("`soon`"), "{e}");
    l.fails(&["list", "--since", "06/01/2026"], 2);
}

#[test]
fn list_prints_the_whole_question_key_even_when_narrow() {
    let l = Ledger::new();
    let key = "a-very-long-question-key-that-resolve-needs-whole";
    l.add(
        "A",
        "Something happens",
        "0.5",
        "2026-01-01",
        "2027-01-01",
        &["--question", key],
    );
    let text = |columns| l.ok_at_width(&["list"], columns);
    assert!(text(100).contains(key), "{}", text(100));
    // At 60 the 49-character key cannot fit with the other columns: it is left out and
    // named rather than split or the table drawn wider than the terminal (audit 21, B3).
    let narrow = text(60);
    assert!(!narrow.contains("a-very-long"), "{narrow}");
    assert!(
        narrow.contains("(left out at this width: made, question"),
        "{narrow}"
    );
}

#[test]
fn an_unknown_source_is_refused_alike_in_list_and_report_with_the_near_name() {
    let l = five();
    for cmd in ["list", "report"] {
        let e = l.fails(&[cmd, "--source", "nate analist"], 2);
        assert!(e.contains("did you mean `Nate Analyst`?"), "{cmd}: {e}");
        let e = l.fails(&[cmd, "--source", "Reuters"], 2);
        assert!(
            e.contains("`Reuters`") && !e.contains("did you mean"),
            "{cmd}: {e}"
        );
    }
    assert_eq!(l.ids(&["list", "--source", "nate analyst"]), vec![1, 2]);
}

#[test]
fn formats_a_command_cannot_print_are_refused() {
    let l = five();
    let md = l.ok(&["list", "--format", "markdown", "--limit", "1"]);
    assert_eq!(
        md,
        "| id | source | p | made | deadline | status | question | claim |\n|---|---|---|---|---|---|---|---|\n| 1 | Nate Analyst | 30% | 2026-01-10 | 2026-06-30 | due | rates-fall-by-june | Rates fall by June |\n"
    );
    for args in [
        &["show", "1", "--format", "csv"][..],
        &["show", "1", "--format", "markdown"],
        &[
            "extract",
            "-",
            "--source",
            "A",
            "--published",
            "2026-01-01",
            "--save",
            "--yes",
            "--format",
            "markdown",
        ],
    ] {
        let r = l.run(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stdout);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn usage_errors_are_one_error_line_and_write_nothing() {
    let l = Ledger::new();
    let cases: [(&[&str], &str); 4] = [
        (
            &["report", "--format", "xml"],
            "error: invalid value 'xml' for '--format <FORMAT>' [possible values: table, json, csv, markdown]; try `forecast report --help`\n",
        ),
        (
            &["resolve", "1", "--void", "--reason", "bogus"],
            "error: invalid value 'bogus' for '--reason <REASON>' [possible values: ambiguous, annulled, condition-false]; try `forecast resolve --help`\n",
        ),
        (
            &["add", "--source", "A"],
            "error: the following required arguments were not provided: --claim <CLAIM> --probability <P> --deadline <WHEN>; try `forecast add --help`\n",
        ),
        (
            &["frobnicate"],
            "error: unrecognized subcommand 'frobnicate'; try `forecast --help`\n",
        ),
    ];
    for (args, want) in cases {
        let r = l.run(args);
        assert_eq!((r.code, r.stderr.as_str()), (2, want), "{args:?}");
        assert!(r.stdout.is_empty(), "{args:?}");
    }
    assert!(!l.db.exists());
}

#[test]
fn demo_refuses_db_on_the_command_line_but_not_from_the_environment() {
    let l = Ledger::new();
    let e = l.fails(&["demo", "--format", "json"], 2);
    assert!(e.contains("--keep"), "{e}");
    assert!(!l.db.exists());
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
        .env("FORECAST_DB", l.path("env.sqlite3"))
        .args(["demo", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        !l.path("env.sqlite3").exists(),
        "demo never touches the ledger"
    );
}

#[test]
fn a_malformed_published_hash_is_bad_input() {
    let l = five();
    let e = l.fails(&["verify", "--published", "deadbeef"], 2);
    assert!(e.contains("`deadbeef`") && e.contains("64"), "{e}");
    // Well formed but not in the chain: the ledger does not verify against it (exit 1).
    l.fails(&["verify", "--published", &"ab".repeat(32)], 1);
    let head = l.ok(&["verify", "--head"]);
    l.ok(&["verify", "--published", head.trim()]);
}

#[test]
fn charts_are_svg_only() {
    let l = five();
    let png = l.path("x.png");
    let e = l.fails(&["report", "--chart", png.to_str().unwrap()], 2);
    assert!(e.contains("SVG"), "{e}");
    assert!(!png.exists());
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
        .args(["demo", "--chart", png.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!png.exists());
    let svg = l.path("x.SVG");
    l.ok(&[
        "report",
        "--chart",
        svg.to_str().unwrap(),
        "--include-early",
    ]);
    assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<svg"));
}

#[test]
fn a_forecast_added_after_its_questions_outcome_is_resolved_at_once() {
    let l = Ledger::new();
    l.add(
        "A",
        "Deal by March",
        "0.4",
        "2026-01-01",
        "2026-03-31",
        &["--question", "deal"],
    );
    l.ok(&["resolve", "--question", "deal", "--not-by", "2026-06-30"]);
    let r = l.run(&[
        "add",
        "--source",
        "B",
        "--claim",
        "Deal by May",
        "--probability",
        "0.7",
        "--made-on",
        "2026-02-01",
        "--deadline",
        "2026-05-31",
        "--question",
        "deal",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "2\n"), "{}", r.stderr);
    assert!(
        r.stderr.contains("forecast 2 resolved `false`"),
        "{}",
        r.stderr
    );
    let f = &l.json(&["list", "--format", "json"])[1];
    assert_eq!(f["outcome"], "false");
    assert!(l
        .json(&["list", "--status", "due", "--format", "json"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn the_same_claim_from_another_source_without_a_question_gets_a_hint() {
    let l = Ledger::new();
    l.add(
        "A",
        "The Fed cuts by June",
        "0.4",
        "2026-01-01",
        "2026-06-30",
        &[],
    );
    let r = l.run(&[
        "add",
        "--source",
        "B",
        "--claim",
        "the fed cuts by june",
        "--probability",
        "0.6",
        "--made-on",
        "2026-01-02",
        "--deadline",
        "2026-06-30",
    ]);
    assert_eq!(r.code, 0);
    assert!(
        r.stderr.contains("--question the-fed-cuts-by-june"),
        "{}",
        r.stderr
    );
    let r = l.run(&[
        "add",
        "--source",
        "A",
        "--claim",
        "Something else",
        "--probability",
        "0.6",
        "--made-on",
        "2026-01-02",
        "--deadline",
        "2027-06-30",
    ]);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn questions_lists_every_question_with_its_forecasts() {
    let l = Ledger::new();
    l.add(
        "A",
        "Deal by March",
        "0.4",
        "2026-01-01",
        "2026-03-31",
        &["--question", "deal"],
    );
    l.add(
        "B",
        "No deal",
        "0.7",
        "2026-01-02",
        "2026-03-31",
        &["--question", "deal", "--against"],
    );
    l.add("B", "Rain", "0.7", "2026-01-02", "2027-03-31", &[]);
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2026-02-01",
    ]);
    let v = l.json(&["questions", "--format", "json"]);
    assert_eq!(
        v,
        serde_json::json!([
            {"question": "deal", "forecasts": 2, "unresolved": 0, "sources": ["A", "B"], "outcome": "happened-on 2026-02-01", "events": ["happened-on 2026-02-01"]},
            {"question": "rain", "forecasts": 1, "unresolved": 1, "sources": ["B"], "outcome": null, "events": []}
        ])
    );
    assert_eq!(
        l.ok(&["questions", "--format", "csv"]),
        "question,forecasts,unresolved,sources,outcome,events\ndeal,2,0,A;B,happened-on 2026-02-01,happened-on 2026-02-01\nrain,1,1,B,,\n"
    );
    assert!(l.ok(&["questions"]).contains("happened-on 2026-02-01"));
}

#[test]
fn deadlines_as_people_type_them() {
    let l = Ledger::new().at("2026-11-30");
    let cases = [
        ("EOY", "2026-12-31"),
        ("2027-06", "2027-06-30"),
        ("+3m", "2027-02-28"),
        ("+2w", "2026-12-14"),
        ("in 10 days", "2026-12-10"),
        ("by 2027", "2027-12-31"),
    ];
    for (i, (typed, want)) in cases.iter().enumerate() {
        let id = l.ok(&[
            "add",
            "--source",
            "A",
            "--claim",
            &format!("c{i}"),
            "--probability",
            "0.5",
            "--deadline",
            typed,
        ]);
        let f = l.json(&["show", id.trim(), "--format", "json"]);
        let deadline = f["deadline"]
            .as_str()
            .or(f["forecast"]["deadline"].as_str());
        assert_eq!(deadline, Some(*want), "{typed}: {f}");
    }
    let e = l.fails(
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "x",
            "--probability",
            "0.5",
            "--deadline",
            "06/01/2027",
        ],
        2,
    );
    assert!(
        e.contains("ambiguous") && e.contains("2027-06-01") && e.contains("2027-01-06"),
        "{e}"
    );
    l.fails(
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "x",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
            "--made-on",
            "11/02/2026",
        ],
        2,
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 6);
}

#[test]
fn completions_for_every_shell_and_a_manual_page() {
    let l = Ledger::new();
    let bash = l.ok(&["completions", "bash"]);
    assert!(
        bash.contains("_forecast()") && bash.contains("--due-within"),
        "{bash}"
    );
    let script = l.write_file("forecast.bash", &bash);
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .unwrap();
    assert!(syntax.success(), "the bash script parses");
    assert!(l
        .ok(&["completions", "zsh"])
        .starts_with("#compdef forecast"));
    assert!(l
        .ok(&["completions", "fish"])
        .contains("complete -c forecast"));
    assert!(l
        .ok(&["completions", "powershell"])
        .contains("Register-ArgumentCompleter"));
    l.fails(&["completions", "tcsh"], 2);
    let man = l.ok(&["man"]);
    assert!(
        man.starts_with(".ie \\n(.g .ds Aq") || man.contains(".TH forecast 1"),
        "{man}"
    );
    assert!(man.contains(".TH forecast 1"));
    for section in ["\"list\"", "\"questions\"", "\"due\"", "\"completions\""] {
        assert!(
            man.contains(&format!(".SH {section}")),
            "no section {section}"
        );
    }
    assert!(man.contains("due\\-within"), "options are listed");
    assert!(!l.db.exists(), "neither touches a ledger");
}

#[test]
fn due_lists_unresolved_by_deadline_and_writes_a_calendar() {
    let l = five();
    assert_eq!(
        l.ids(&["due"]),
        vec![1, 2, 3, 4],
        "unresolved, earliest deadline first"
    );
    let ics = l.path("deadlines.ics");
    let r = l.run(&["due", "--within", "6m", "--ics", ics.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Forecast 1, listed as due, is past its deadline: not in the calendar, and said.
    assert_eq!(
        r.stderr,
        format!(
            "wrote 2 deadline(s) to {} (not the 1 already past their deadline)\n",
            ics.display()
        )
    );
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    assert_eq!(
        text.matches("BEGIN:VEVENT").count(),
        2,
        "the open 2 and 3, not the due 1"
    );
    assert!(text.contains("DTSTART;VALUE=DATE:20261220\r\nDTEND;VALUE=DATE:20261221\r\n"));
    // DTSTAMP is the start of today in UTC (FORECAST_TODAY is 2026-11-28), in every event,
    // so the same ledger on the same day gives the same file byte for byte.
    let stamps: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("DTSTAMP:"))
        .collect();
    assert_eq!(stamps, vec!["20261128T000000Z"; 2]);
    let again = l.path("again.ics");
    l.ok(&["due", "--within", "6m", "--ics", again.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&again).unwrap(), text);
    // The file is not replaced without --force; with it, the UIDs stay the same.
    let uids = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let e = l.fails(&["due", "--ics", ics.to_str().unwrap()], 2);
    assert!(e.contains("--force"), "{e}");
    assert_eq!(std::fs::read_to_string(&ics).unwrap(), text);
    l.ok(&[
        "due",
        "--within",
        "6m",
        "--ics",
        ics.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(uids(&std::fs::read_to_string(&ics).unwrap()), uids(&text));
    assert_eq!(uids(&text).len(), 2);
    // Never the ledger itself, even with --force.
    l.fails(&["due", "--ics", l.db.to_str().unwrap(), "--force"], 2);
    l.ok(&["verify"]);
}

#[test]
fn every_command_help_has_an_example() {
    use clap::CommandFactory;
    let cli = forecast_ledger::cli::Cli::command();
    let l = Ledger::new();
    for sub in cli.get_subcommands().filter(|c| c.get_name() != "help") {
        let help = l.ok(&[sub.get_name(), "--help"]);
        assert!(
            help.contains("Example"),
            "`forecast {} --help` has no example:\n{help}",
            sub.get_name()
        );
    }
}

/// Every option of every command says what it is for in `--help` (`extract --url` and
/// `--title` printed a bare flag).
#[test]
fn every_option_of_every_command_has_help_text() {
    use clap::CommandFactory;
    let cli = forecast_ledger::cli::Cli::command();
    let mut bare = Vec::new();
    for sub in cli.get_subcommands().filter(|c| c.get_name() != "help") {
        for arg in sub.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                bare.push(format!("{} {id}", sub.get_name()));
            }
        }
    }
    assert!(bare.is_empty(), "options without help text: {bare:?}");
}

#[cfg(unix)]
#[test]
fn charts_and_scorecards_get_the_permissions_of_any_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let l = Ledger::new();
    let id = l.add("A", "X by June", "70%", "2026-01-01", "2026-06-30", &[]);
    l.ok(&["resolve", &id.to_string(), "--yes", "--on", "2026-05-01"]);
    let bin = assert_cmd::cargo::cargo_bin("forecast");
    for (flag, name) in [("--chart", "chart.svg"), ("--html", "card.html")] {
        let target = l.path(name);
        // Under umask 022 a new file is 0644, readable by the web server that publishes it.
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg("umask 022 && exec \"$0\" \"$@\"")
            .arg(&bin)
            .env("FORECAST_TODAY", &l.today)
            .arg("--db")
            .arg(&l.db)
            .args(["report", flag])
            .arg(&target)
            .status()
            .unwrap();
        assert!(status.success(), "{flag}");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{flag}: {mode:o}");
    }
}

#[test]
fn a_since_after_until_is_refused_not_an_empty_selection() {
    let l = Ledger::new();
    l.add("A", "X by June", "70%", "2026-01-01", "2026-06-30", &[]);
    for cmd in ["list", "report", "compare"] {
        let e = l.fails(&[cmd, "--since", "2026-06-01", "--until", "2026-01-01"], 2);
        assert_eq!(
            e,
            "error: --since `2026-06-01`: it is after --until `2026-01-01`, so nothing could be selected; swap them\n",
            "{cmd}"
        );
    }
    l.ok(&["list", "--since", "2026-01-01", "--until", "2026-01-01"]);
}

#[test]
fn a_picture_that_may_not_be_written_is_refused_before_the_report_is_printed() {
    let l = Ledger::new();
    l.add("A", "X by June", "70%", "2026-01-01", "2026-06-30", &[]);
    let existing = l.write_file("old.html", "keep me");
    let ledger = l.db.to_str().unwrap().to_string();
    for args in [
        vec!["report", "--html", ledger.as_str()],
        vec![
            "report",
            "--chart",
            "x.svg",
            "--html",
            existing.to_str().unwrap(),
        ],
        vec![
            "report",
            "--by",
            "year",
            "--html",
            existing.to_str().unwrap(),
        ],
    ] {
        let r = l.run(&args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert_eq!(r.stderr.lines().count(), 1, "{args:?}: {}", r.stderr);
    }
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
        .env_remove("FORECAST_DB")
        .args(["demo", "--html"])
        .arg(&existing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");
}

#[test]
fn an_unknown_question_key_is_refused_by_list_as_by_show() {
    let l = Ledger::new();
    l.add(
        "A",
        "X by June",
        "70%",
        "2026-01-01",
        "2026-06-30",
        &["--question", "x-june"],
    );
    assert_eq!(
        l.fails(&["list", "--question", "x-jnue"], 2),
        "error: no question with key `x-jnue`: did you mean `x-june`? (keys are compared exactly, case included)\n"
    );
    assert_eq!(
        l.fails(&["list", "--question", "rates"], 2),
        "error: no question with key `rates`: `forecast questions` lists the keys\n"
    );
    assert!(l.ok(&["list", "--question", "x-june"]).contains("x-june"));
}

/// `forecast` alone is a usage error in the contract's form: one `error:` line naming the
/// commands and the way on, exit 2 (clap printed the whole help as the "error").
#[test]
fn bare_forecast_names_the_commands_in_one_line() {
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: no command given; the commands are add, list, due,"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("try `forecast --help`, or `forecast demo` for a first look"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

/// `--db some/folder/` (a trailing slash) names a folder: refused with the file to give
/// instead, and nothing is created (SQLite made a file named `folder`).
#[test]
fn a_db_path_ending_in_a_slash_is_refused() {
    let l = Ledger::new();
    let dir = format!("{}/", l.path("newdir").display());
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env_remove("FORECAST_DB")
        .args(["--db", &dir, "add", "--source", "A", "--claim", "c"])
        .args(["--probability", "0.5", "--deadline", "2099-01-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        format!("error: --db `{dir}`: it names a folder; name the ledger file in it, e.g. `{dir}ledger.sqlite3`\n")
    );
    assert!(!l.path("newdir").exists());
}

/// A deadline of 9999-12-31 (the last day a date can have) is written without `DTEND`,
/// whose next day would have a five-digit year RFC 5545 does not allow; an all-day event
/// without `DTEND` lasts its one day.
#[test]
fn the_last_possible_deadline_is_a_valid_calendar_event() {
    let l = Ledger::new();
    l.add("A", "x", "0.5", "2026-01-01", "9999-12-31", &[]);
    l.add("A", "y", "0.5", "2026-01-01", "2027-01-01", &[]);
    let ics = l.path("d.ics");
    l.ok(&["due", "--ics", ics.to_str().unwrap()]);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(
        text.contains("DTSTART;VALUE=DATE:99991231\r\nSUMMARY:"),
        "{text}"
    );
    assert!(text.contains("DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\n"));
    assert_eq!(text.matches("DTEND").count(), 1, "{text}");
}

/// A `--chart`, `--html`, `--ics` or `backup` target in a folder this user may not write in
/// is refused before the report is printed, not after, in one line naming the folder
/// (audit 21, B13: it was the OS error about a temporary file), exit 1 as for a ledger that
/// cannot be written: the file system refuses, not the input (ux31 M2; it was exit 2). A new
/// ledger there is refused the same way (ux31 M2: SQLite's "unable to open database
/// file"). Root writes
/// anywhere, so as root the command runs as `nobody` through `setpriv`.
#[test]
fn a_file_in_a_folder_that_cannot_be_written_is_refused_before_the_report_in_one_line() {
    use std::os::unix::fs::PermissionsExt;
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    let mode = |p: &std::path::Path, m| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
    };
    let locked = l.path("locked");
    std::fs::create_dir(&locked).unwrap();
    mode(&locked, 0o555);
    mode(l.dir.path(), 0o755);
    mode(&l.db, 0o644);
    let root = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(locked.join("probe"))
        .is_ok();
    let bin = assert_cmd::cargo::cargo_bin("forecast");
    if root {
        let _ = std::fs::remove_file(locked.join("probe"));
    }
    let run = |args: &[&str], target: &std::path::Path| {
        let mut cmd = if root {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&bin);
            c
        } else {
            std::process::Command::new(&bin)
        };
        cmd.env_remove("FORECAST_DB")
            .env("FORECAST_TODAY", "2026-11-28")
            .arg("--db")
            .arg(&l.db)
            .args(args)
            .arg(target)
            .output()
    };
    // The report's chart and scorecard, the calendar of deadlines and a backup.
    let targets: [(&[&str], &str); 4] = [
        (&["report", "--chart"], "x.svg"),
        (&["report", "--html"], "card.html"),
        (&["due", "--ics"], "due.ics"),
        (&["backup"], "copy.sqlite3"),
    ];
    for (args, file) in targets {
        let target = locked.join(file);
        let Ok(out) = run(args, &target) else {
            eprintln!("setpriv could not run: not checked");
            return;
        };
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            out.stdout.is_empty(),
            "{args:?}: the output was printed before the refusal"
        );
        assert_eq!(
            err,
            format!(
                "error: `{}`: you may not write in `{}`; choose another folder\n",
                target.display(),
                locked.display()
            )
        );
        assert!(!target.exists());
    }
    let new = locked.join("new.db");
    let mut cmd = if root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    let out = cmd
        .env_remove("FORECAST_DB")
        .env("FORECAST_TODAY", "2026-11-28")
        .arg("--db")
        .arg(&new)
        .args([
            "add",
            "--source",
            "me",
            "--claim",
            "q",
            "--probability",
            "0.5",
        ])
        .args(["--deadline", "2027-01-01"])
        .output()
        .unwrap();
    assert_eq!(
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned()),
        (
            Some(1),
            format!(
                "error: ledger `{}`: a new ledger cannot be created there (you may not write in `{}`); nothing was written; name a ledger in a folder you may write in (--db PATH or FORECAST_DB)\n",
                new.display(),
                locked.display()
            )
        )
    );
    assert!(!new.exists());
    mode(&locked, 0o755);
}

/// On an 80-column terminal no number is split across lines and no column is squeezed to a
/// letter a line: the report leaves out its last columns, the listing its date made (then
/// its claim: the question key, kept whole, is most often a slug of it), and each says what
/// it left out.
#[test]
fn narrow_tables_leave_columns_out_instead_of_splitting_numbers() {
    let l = Ledger::new();
    for (i, source) in ["The Ledger Review", "Model C"].iter().enumerate() {
        let id = l.add(
            source,
            &format!("Brent crude stays above $90 a barrel, case {i}"),
            "0.1379",
            "2025-01-01",
            "2025-06-30",
            &[
                "--question",
                &format!("brent-crude-to-stay-above-90-a-barrel-{i}"),
            ],
        );
        l.ok(&["resolve", &id.to_string(), "--no", "--on", "2025-06-30"]);
    }
    let report = l.ok_at_width(&["report"], 80);
    assert!(report.contains("0.0190"), "{report}"); // Brier 0.1379^2, whole
    let drawn = |text: &str| {
        text.lines()
            .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
            .all(|l| l.chars().count() <= 80)
    };
    assert!(drawn(&report), "{report}");
    assert!(report.contains("(left out at this width: "), "{report}");
    let list = l.ok_at_width(&["list"], 80);
    // The status wraps at its space before the table runs past 80 columns (audit 18, A1);
    // the 39-character question key, kept whole for commands, does not fit: it is left out
    // and named, the claim and the date made take its room back, and the table fits
    // (audit 21, B3: it ran past 80).
    assert!(drawn(&list), "{list}");
    assert!(
        list.contains("┆ resolved ┆") && list.contains("┆ (false)  ┆"),
        "{list}"
    );
    assert!(!list.contains("brent-crude-to-stay"), "{list}");
    assert!(list.contains("13.79%") || list.contains("14%"), "{list}");
    assert!(
        list.contains("(left out at this width: question;"),
        "{list}"
    );
    // The source wraps at its space, never inside a word.
    assert!(list.contains("┆ The Ledger ┆"), "{list}");
}

/// Audit 16, A16: at 80 columns a source name wraps at its spaces, never inside a word
/// (`Northbridg` / `e` / `Analytics` read as two words, and a name is typed back into
/// `--source`), and `corrected` and `amended`, shown together, are left out together.
#[test]
fn narrow_reports_never_split_a_name_or_the_corrected_amended_pair() {
    let l = Ledger::new();
    for i in 0..3 {
        let id = l.add(
            "Northbridge Analytics",
            &format!("Rates are cut in round {i}"),
            "0.1379",
            "2025-01-01",
            "2025-06-30",
            &[],
        );
        l.ok(&["resolve", &id.to_string(), "--no", "--on", "2025-06-30"]);
    }
    l.ok(&[
        "resolve",
        "1",
        "--yes",
        "--on",
        "2025-06-30",
        "--amend",
        "--note",
        "appeal",
    ]);
    let id = l.add(
        "Dana Whitfield",
        "The strike ends",
        "0.6",
        "2026-11-01",
        "2027-06-30",
        &[],
    );
    l.ok(&[
        "correct",
        &id.to_string(),
        "--claim",
        "The strike ends by June",
        "--why",
        "wording",
    ]);
    for width in [60, 70, 80, 90, 100] {
        let report = l.ok_at_width(&["report"], width);
        let name_cells: Vec<&str> = report
            .lines()
            .filter(|l| l.starts_with('│'))
            .filter_map(|l| l.trim_start_matches('│').split('┆').next())
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        for cell in &name_cells {
            assert!(
                [
                    "source",
                    "Northbridge",
                    "Analytics",
                    "Northbridge Analytics",
                    "Dana",
                    "Whitfield",
                    "Dana Whitfield",
                    "overall"
                ]
                .contains(cell),
                "width {width}: name cell `{cell}`:\n{report}"
            );
        }
        let header = report.lines().find(|l| l.contains("source")).unwrap_or("");
        assert_eq!(
            header.contains("corrected"),
            header.contains("amended"),
            "width {width}:\n{report}"
        );
    }
}

/// Audit 14, A13 and audit 23 D4: a candidate whose time phrase the extractor found but
/// could not date (`by the election`, `before the 2028 election`) names its own time, so
/// `--default-deadline` (for candidates with no time phrase) does not date it: `--yes`
/// skips it with a note naming the phrase, and a date given in the review keeps the
/// article's phrase as its `deadline_phrase` (`review_flow`).
#[test]
fn a_default_deadline_does_not_date_a_phrase_the_tool_could_not() {
    let l = Ledger::new();
    let article = l.write_file(
        "nd.txt",
        "The treaty will probably be ratified by the election.\nThe bridge will likely reopen by Easter.\nIf the court rules for Harlow, Congress is unlikely to act before the 2028 election.\nThe mayor will probably resign.\n",
    );
    let path = article.to_str().unwrap();
    let save = [
        "extract",
        path,
        "--source",
        "ND",
        "--published",
        "2026-03-01",
        "--save",
        "--yes",
        "--default-deadline",
        "end of 2027",
    ];
    let r = l.run(&save);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "saved 2 forecast(s) from article #1 (2 skipped): ids 1, 2\n"
    );
    assert_eq!(
        r.stderr,
        "warning: skipped \"The treaty will be ratified by the election\": its time phrase \"by the election\" has no date the tool can read, and --default-deadline dates only candidates with no time phrase (give its date with d in the review on a terminal, or log it with `forecast add`)\n\
         warning: skipped \"Congress will act before the 2028 election\": its time phrase \"before the 2028 election\" has no date the tool can read, and --default-deadline dates only candidates with no time phrase (give its date with d in the review on a terminal, or log it with `forecast add`)\n\
         note: 1 of the 2 forecast(s) saved have a deadline before today (2026-11-28), the latest 2026-04-05: they are due at once and count as logged late (`--exclude-late` leaves them out of the scores)\n"
    );
    let list = l.json(&["list", "--format", "json"]);
    let rows: Vec<(String, String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["claim"].as_str().unwrap().to_string(),
                f["deadline"].as_str().unwrap().to_string(),
                f["deadline_phrase"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "The bridge will reopen by Easter".to_string(),
                "2026-04-05".to_string(),
                "by Easter".to_string()
            ),
            (
                "The mayor will resign".to_string(),
                "2027-12-31".to_string(),
                "end of 2027".to_string()
            ),
        ]
    );
}

/// Audit 14, A18: `list --search` compares as source names are matched (NFC, full case
/// folding, runs of white space as one), so text typed decomposed (`e` plus a combining
/// diaeresis, as macOS input gives it) finds a claim or source stored composed, and the
/// reverse for a claim an import kept decomposed.
#[test]
fn list_search_normalizes_unicode_and_case_as_names_are() {
    let l = Ledger::new();
    l.add(
        "Zoë Núñez",
        "Straße reopens",
        "0.5",
        "2026-01-01",
        "2027-01-01",
        &[],
    );
    l.add("Ann", "Rates rise", "0.5", "2026-01-01", "2027-01-01", &[]);
    let f = l.write_file(
        "d.csv",
        "source,claim,probability,made_on,deadline\nBo,Cafe\u{301} closes,0.5,2026-01-01,2027-01-01\n",
    );
    l.ok(&["import", f.to_str().unwrap()]);
    let ids = |search: &str| l.ids(&["list", "--search", search]);
    assert_eq!(ids("zoe\u{308}"), vec![1]);
    assert_eq!(ids("ZOË  NÚ"), vec![1]);
    assert_eq!(ids("strasse"), vec![1]);
    assert_eq!(ids("café"), vec![3]);
    assert_eq!(ids("CAFE\u{301}"), vec![3]);
    assert_eq!(ids("rates"), vec![2]);
    assert_eq!(ids("zoe"), Vec::<i64>::new());
}

/// Audit 15, A12 (the `update` part): an update dated before its deadline but logged after
/// it is said on stderr with the dates, as `add` says it, not only marked late.
#[test]
fn an_update_logged_past_its_deadline_is_said() {
    let l = Ledger::new().at("2026-12-01");
    l.add(
        "A",
        "Deal by Nov",
        "0.2",
        "2026-10-01",
        "2026-11-01",
        &["--question", "dn"],
    );
    let r = l.run(&[
        "update",
        "1",
        "--probability",
        "0.99",
        "--made-on",
        "2026-10-30",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "2\n"), "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: forecast 2's deadline 2026-11-01 is before today (2026-12-01): it is due at once and counts as logged late (`--exclude-late` leaves it out of the scores); check --made-on (2026-10-30) for a mistyped year now (an update keeps its forecast's deadline)\n"
    );
    // A phrase deadline is named as read from the updated forecast's date made, not from
    // the update's own (`update 4 --made-on 2025-06-01` in the README's examples).
    l.add(
        "A",
        "Deal by Oct",
        "0.2",
        "2026-10-01",
        "end of October",
        &[],
    );
    let r = l.run(&[
        "update",
        "3",
        "--probability",
        "0.5",
        "--made-on",
        "2026-10-20",
    ]);
    assert_eq!(
        r.stderr,
        "note: forecast 4's deadline 2026-10-31 (`end of October` from the updated forecast's date made) is before today (2026-12-01): it is due at once and counts as logged late (`--exclude-late` leaves it out of the scores); check --made-on (2026-10-20) for a mistyped year now (an update keeps its forecast's deadline)\n"
    );
    // On time, nothing is said.
    let l = Ledger::new().at("2026-10-05");
    l.add("A", "Deal by Nov", "0.2", "2026-10-01", "2099-11-01", &[]);
    let r = l.run(&["update", "1", "--probability", "0.4"]);
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("2\n", ""));
}

/// Audit 18, A14: `FORECAST_DB="~/x.sqlite3"` (a cron line or `.env` file: no shell expands
/// the `~`) is the file in the home folder, where the tool said to `mkdir -p '~'`; a `~` it
/// cannot expand is named, with no folder to create; a directory given in `FORECAST_DB` is
/// named as coming from `FORECAST_DB`, not `--db`. Before the fix the add was refused.
#[test]
fn forecast_db_starting_with_a_tilde_is_in_the_home_folder() {
    let l = Ledger::new();
    let home = l.path("home");
    let work = l.path("work");
    std::fs::create_dir(&home).unwrap();
    std::fs::create_dir(&work).unwrap();
    let run = |db: &str| {
        let out = assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .current_dir(&work)
            .env("HOME", &home)
            .env("FORECAST_DB", db)
            .env("FORECAST_TODAY", "2026-12-01")
            .args([
                "add",
                "--source",
                "A",
                "--claim",
                "x",
                "--probability",
                "0.5",
            ])
            .args(["--deadline", "2027-01-01"])
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(run("~/x.sqlite3"), (Some(0), "1\n".into(), String::new()));
    assert!(home.join("x.sqlite3").exists());
    assert!(!work.join("~").exists());
    let missing = home.join("missing");
    assert_eq!(
        run("~/missing/x.sqlite3"),
        (
            Some(2),
            String::new(),
            format!(
                "error: FORECAST_DB `{}`: the folder `{}` does not exist; check the path, or create it first (`mkdir -p {}`)\n",
                missing.join("x.sqlite3").display(),
                missing.display(),
                missing.display()
            )
        )
    );
    assert_eq!(
        run("~nosuchuser/x.sqlite3").2,
        "error: FORECAST_DB `~nosuchuser/x.sqlite3`: the folder it names does not exist: a `~` is read here only as `~/` at the start, your home folder; write the full path\n"
    );
    assert_eq!(
        run(work.to_str().unwrap()).2,
        format!(
            "error: FORECAST_DB `{}`: it is a directory; name a ledger file, e.g. `{}`\n",
            work.display(),
            work.join("ledger.sqlite3").display()
        )
    );
    assert!(!work.join("~").exists() && !work.join("~nosuchuser").exists());
}

/// Audit 18, A12: `FORECAST_TODAY=2026-02-29`, in the layout asked for, was told "expected
/// YYYY-MM-DD"; a phrase given to a day option was told only that it is no YYYY-MM-DD date.
/// Each now says what is wrong and what the option takes.
#[test]
fn a_day_that_does_not_exist_and_a_phrase_for_a_day_are_named() {
    assert_eq!(
        Ledger::new().at("2026-02-29").fails(&["list"], 2),
        "error: FORECAST_TODAY `2026-02-29`: there is no such day: February 2026 has 28 days\n"
    );
    let l = Ledger::new();
    l.ok(&["migrate"]);
    assert_eq!(
        l.fails(&["report", "--since", "last month"], 2),
        "error: --since: date `last month` is not a valid YYYY-MM-DD date; a day is typed as YYYY-MM-DD (a day option also takes `today` or `yesterday`; time phrases are read only as deadlines)\n"
    );
}

/// `FORECAST_TODAY` gets the hint a date flag gets (`--deadline 45000`), named by the
/// variable; it said only "expected YYYY-MM-DD".
#[test]
fn forecast_today_gets_the_hint_a_date_flag_gets() {
    for (today, why) in [
        (
            "45000",
            "it looks like a spreadsheet day number (2023-03-15); write the date as YYYY-MM-DD",
        ),
        ("20260630", "write it as 2026-06-30"),
        (
            "30062026",
            "it is written day first (DDMMYYYY); write dates as YYYY-MM-DD: `2026-06-30`",
        ),
        (
            "03/04/2026",
            "the order of day and month is ambiguous; write `2026-03-04` (month first) or `2026-04-03` (day first) as YYYY-MM-DD",
        ),
        ("soon", "expected YYYY-MM-DD"),
    ] {
        assert_eq!(
            Ledger::new().at(today).fails(&["list"], 2),
            format!("error: FORECAST_TODAY `{today}`: {why}\n")
        );
    }
}

/// Day and month first, separated or run together, in a flag or a CSV column: refused
/// (nothing written) with the ISO reading, both readings when the order is ambiguous.
#[test]
fn a_day_month_year_date_is_refused_naming_its_iso_readings() {
    let both = "the order of day and month is ambiguous; write `2026-03-04` (month first) or `2026-04-03` (day first) as YYYY-MM-DD";
    let one = |form: &str| format!("it is written {form}; write dates as YYYY-MM-DD: `2026-06-30`");
    for (value, why) in [
        ("30062026", one("day first (DDMMYYYY)")),
        ("06/30/2026", one("month first (MM/DD/YYYY)")),
        ("30-06-2026", one("day first (DD-MM-YYYY)")),
        ("03042026", both.to_string()),
        ("03-04-2026", both.to_string()),
        ("03.04.2026", both.to_string()),
    ] {
        refused_in_every_date_field(value, &why);
    }
}

/// `value` is refused with `why` as `--deadline`, `--made-on`, `resolve --on`, `report
/// --since` and an imported `deadline`, each exit 2, nothing written; each names the option
/// (where `--made-on` and `--deadline` of one `add` said the same words).
fn refused_in_every_date_field(value: &str, why: &str) {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    let want = |flag: &str| format!("error: {flag}: date `{value}`: {why}\n");
    for (made, deadline, flag) in [
        ("2026-01-01", value, "--deadline"),
        (value, "2027-01-01", "--made-on"),
    ] {
        let r = l.add_run("A", "two", "0.5", made, deadline, &[]);
        assert_eq!(
            (r.code, r.stderr.as_str()),
            (2, want(flag).as_str()),
            "{value}"
        );
    }
    assert_eq!(
        l.fails(&["resolve", "1", "--yes", "--on", value], 2),
        want("--on")
    );
    assert_eq!(l.fails(&["report", "--since", value], 2), want("--since"));
    let csv = l.write_file(
        "rows.csv",
        &format!("source,claim,probability,made_on,deadline\nB,three,0.5,2026-01-01,{value}\n"),
    );
    // A file's column gets the way to convert it where it was written (ad4 F7), when its
    // dates are separated as a spreadsheet writes them.
    let column = if value.contains(['/', '-', '.']) {
        "; dates are not converted, since `01/02/2026` reads either way: convert the column where it was written, giving its cells the format `yyyy-mm-dd` (Format Cells > Custom in Excel or LibreOffice), and save the CSV again"
    } else {
        ""
    };
    assert_eq!(
        l.fails(&["import", csv.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `deadline`: date `{value}`: {why}{column}\n",
            csv.display()
        )
    );
    // Nothing was written: the one forecast, open.
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts WHERE outcome IS NULL"),
        1
    );
}

/// Audit 26, item 11: in Pago Pago (UTC-11, no `FORECAST_TODAY`), a forecast made on the
/// day after today, which `add` accepts since that day has begun in Kiritimati (always: it
/// is 25 hours ahead), makes no report warn about `FORECAST_TODAY`, which is unset.
#[test]
fn a_forecast_made_on_the_legal_day_after_today_is_no_warning_in_a_zone_behind() {
    let ledger = Ledger::new().on_wall_clock();
    ledger.ok(&["migrate"]);
    let run = |args: &[&str]| {
        let out = ledger
            .command(args)
            .env_remove("FORECAST_TODAY")
            .env("TZ", "Pacific/Pago_Pago")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (_, json, _) = run(&["report", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let today =
        chrono::NaiveDate::parse_from_str(v["today"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let tomorrow = today.succ_opt().unwrap().to_string();
    let (code, out, err) = run(&[
        "add",
        "--source",
        "T",
        "--claim",
        "Made in Kiritimati's today",
        "--probability",
        "0.5",
        "--deadline",
        "2030-01-01",
        "--made-on",
        &tomorrow,
    ]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "1\n", ""));
    let (code, _, err) = run(&["report"]);
    assert_eq!((code, err.as_str()), (Some(0), ""));
}

/// A date pasted from a spreadsheet as its day number (`45000`), or typed without dashes
/// (`20260630`), is refused in every date field with the ISO date it stands for, counted in
/// Excel's 1900 system (day 45000 is 2023-03-15; `time::typed` checks the days by hand).
/// It was "not a valid YYYY-MM-DD date" for a day, and for a deadline the whole list of
/// phrases (u32).
#[test]
fn a_date_as_a_spreadsheet_day_number_or_without_dashes_is_refused_with_the_iso_date() {
    refused_in_every_date_field(
        "45000",
        "it looks like a spreadsheet day number (2023-03-15); write the date as YYYY-MM-DD",
    );
    refused_in_every_date_field("20260630", "write it as 2026-06-30");
}

/// The import's summary says how many of the forecasts it resolved are void (never scored),
/// counting those a question outcome already recorded voids (u32).
#[test]
fn the_import_summary_says_how_many_resolved_rows_are_void() {
    let l = Ledger::new();
    let csv = l.write_file(
        "rows.csv",
        "source,claim,probability,made_on,deadline,outcome,resolved_on\n\
         A,one,0.5,2026-01-01,2026-02-01,void,2026-02-02\n\
         A,two,0.5,2026-01-01,2026-02-01,true,2026-01-20\n\
         A,three,0.5,2026-01-01,2027-02-01,,\n",
    );
    let file = csv.to_str().unwrap();
    assert_eq!(
        l.ok(&["import", file]),
        format!("imported 3 forecast(s) (2 resolved, 1 of them void) from {file}\n")
    );
    l.add(
        "B",
        "four",
        "0.4",
        "2026-01-01",
        "2026-03-01",
        &["--question", "q"],
    );
    l.ok(&["resolve", "--question", "q", "--annul"]);
    let more = l.write_file(
        "more.csv",
        "source,claim,probability,made_on,deadline,question,outcome,resolved_on\n\
         C,five,0.5,2026-01-01,2026-02-01,q,,\n\
         C,six,0.5,2026-01-01,2026-02-01,,false,2026-02-02\n",
    );
    let file = more.to_str().unwrap();
    assert_eq!(
        l.ok(&["import", file]),
        format!("imported 2 forecast(s) (1 resolved as imported, 1 by question outcomes already recorded; 1 of the 2 void) from {file}\n")
    );
    // No void, no words about it.
    let plain = l.write_file(
        "plain.csv",
        "source,claim,probability,made_on,deadline,outcome,resolved_on\nD,seven,0.5,2026-01-01,2026-02-01,false,2026-02-02\n",
    );
    let file = plain.to_str().unwrap();
    assert_eq!(
        l.ok(&["import", file]),
        format!("imported 1 forecast(s) (1 resolved) from {file}\n")
    );
}

/// `list --source A --source B` lists the forecasts of either, in id order; one `--source`
/// works as before, and an unknown name among several is refused as one alone is (u32).
#[test]
fn list_takes_several_sources_meaning_any_of_them() {
    let l = Ledger::new();
    for (source, claim) in [("A", "one"), ("B", "two"), ("C", "three"), ("a", "four")] {
        l.add(source, claim, "0.4", "2026-01-01", "2027-06-01", &[]);
    }
    let ids = |args: &[&str]| -> Vec<(i64, String)> {
        let mut all = vec!["list", "--format", "json"];
        all.extend_from_slice(args);
        l.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["id"].as_i64().unwrap(),
                    f["source"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let row = |id: i64, s: &str| (id, s.to_string());
    assert_eq!(
        ids(&["--source", "c", "--source", "A"]),
        [row(1, "A"), row(3, "C"), row(4, "A")]
    );
    assert_eq!(ids(&["--source", "B"]), [row(2, "B")]);
    assert_eq!(ids(&["--source", "B", "--source", "b"]), [row(2, "B")]);
    assert_eq!(
        l.fails(&["list", "--source", "A", "--source", "Bb"], 2),
        "error: --source `Bb`: no source by that name in the ledger; did you mean `B`?\n"
    );
    // With the other filters: the status and the search still apply.
    assert_eq!(
        ids(&["--source", "A", "--source", "B", "--search", "two"]),
        [row(2, "B")]
    );
}

/// `report --bins` takes percentages as edges (the same bins as the fractions) and its words
/// in any case; anything else is refused in one line naming every form (u32).
#[test]
fn report_bins_take_percentages_and_a_refusal_names_every_form() {
    let l = Ledger::new();
    l.add("A", "one", "0.6", "2026-01-01", "2026-06-01", &[]);
    l.add("A", "two", "0.8", "2026-01-01", "2026-06-01", &[]);
    l.ok(&["resolve", "1", "--yes", "--on", "2026-06-01"]);
    l.ok(&["resolve", "2", "--no", "--on", "2026-06-01"]);
    let report = |bins: &str| l.json(&["report", "--format", "json", "--bins", bins]);
    let pct = report("50%,70%");
    assert_eq!(pct["bins"], "0,0.5,0.7,1");
    assert_eq!(pct["overall"], report("0.5,0.7")["overall"]);
    let bins: Vec<_> = pct["overall"]["calibration"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["lower"].as_f64().unwrap(),
                b["upper"].as_f64().unwrap(),
                b["n"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(bins, [(0.5, 0.7, 1), (0.7, 1.0, 1)]);
    assert_eq!(report("NEAREST:10")["bins"], "nearest:10");
    assert_eq!(
        l.fails(&["report", "--bins", "50,70"], 2),
        "error: --bins `50,70`: edge `50` is above 1: a percentage takes its % sign (50%); the forms are nearest:K or uniform:K (K from 1 to 1000), exact, isotonic, or increasing edges between 0 and 1 as fractions or percentages (0.5,0.7 or 50%,70%)\n"
    );
}

/// `question KEY` and `extract` print Markdown as `list`, `report` and `compare` do: a
/// heading and a table a market; the candidates under a heading naming the article. With
/// `--save`, `extract` prints what it saved, so Markdown is refused there as CSV is (u32).
#[test]
fn question_and_extract_print_markdown() {
    let l = Ledger::new();
    l.add(
        "A|B",
        "deal by June",
        "0.6",
        "2026-01-01",
        "2026-06-30",
        &["--question", "qd"],
    );
    l.add(
        "C",
        "deal by June, if talks resume",
        "0.3",
        "2026-02-01",
        "2026-06-30",
        &["--question", "qd", "--condition", "if talks resume"],
    );
    l.add(
        "D",
        "deal by 2027",
        "0.5",
        "2026-02-01",
        "2027-06-30",
        &["--question", "qd"],
    );
    l.ok(&["resolve", "--question", "qd", "--happened-on", "2026-05-01"]);
    // Prices and earnings by hand: log2(0.6 / 0.5) = 0.263, log2(0.3 / 0.6) = -1.
    assert_eq!(
        l.ok(&["question", "qd", "--format", "markdown"]),
        "# Question qd, 2026-11-28\n\
         \n## Market: by 2026-06-30, the event happened\n\n\
         | id | source | made on | P(event) | price before | earned (bits) | in force | condition |\n\
         |---|---|---|---|---|---|---|---|\n\
         | 1 | A\\|B | 2026-01-01 | 60.0% | 50.0% | 0.263 | yes |  |\n\
         | 2 | C | 2026-02-01 | 30.0% | 60.0% | -1.000 | yes | if talks resume |\n\
         \n## Market: by 2027-06-30, the event happened (deadline not passed: not scored yet)\n\n\
         | id | source | made on | P(event) | price before | earned (bits) | in force | condition |\n\
         |---|---|---|---|---|---|---|---|\n\
         | 3 | D | 2026-02-01 | 50.0% | 50.0% | 0.000 | yes |  |\n"
    );
    let article = l.write_file("a.txt", "The central bank will likely cut rates by June.\n");
    assert_eq!(
        l.ok(&[
            "extract",
            article.to_str().unwrap(),
            "--source",
            "Daily Planet",
            "--published",
            "2026-01-10",
            "--format",
            "markdown",
        ]),
        "# Candidate forecasts from an article by Daily Planet, published 2026-01-10\n\n\
         | # | claim | probability | deadline | condition | check |\n\
         |---|---|---|---|---|---|\n\
         | 1 | The central bank will cut rates by June | 72% hedge:likely | 2026-06-30 \"by June\" |  |  |\n\
         \n1 candidate(s)\n"
    );
}

/// A date refused by any command-line option names that option, as an import names its
/// column: `add --made-on` and `--deadline` said the same words, and `list --until`,
/// `compare --since`, `resolve --happened-on`/`--not-by`, `extract --published` and `correct
/// --deadline` named no option at all. Exit 2, nothing written.
#[test]
fn a_refused_date_names_the_option_it_was_given_to() {
    let l = Ledger::new();
    l.add(
        "A",
        "one",
        "0.4",
        "2026-01-01",
        "2026-06-01",
        &["--question", "q"],
    );
    let why = "is not a valid YYYY-MM-DD date; there is no such day: February 2026 has 28 days";
    let art = l.write_file("a.txt", "Analysts expect the bill to pass by June.\n");
    let art = art.to_str().unwrap();
    let entries = l.count("SELECT count(*) FROM journal");
    for (args, flag) in [
        (vec!["list", "--until", "2026-02-30"], "--until"),
        (vec!["compare", "--since", "2026-02-30"], "--since"),
        (vec!["report", "--until", "2026-02-30"], "--until"),
        (
            vec!["resolve", "--question", "q", "--happened-on", "2026-02-30"],
            "--happened-on",
        ),
        (
            vec!["resolve", "--question", "q", "--not-by", "2026-02-30"],
            "--not-by",
        ),
        (
            vec!["extract", art, "--source", "A", "--published", "2026-02-30"],
            "--published",
        ),
        (
            vec!["correct", "1", "--deadline", "2026-02-30", "--why", "typo"],
            "--deadline",
        ),
    ] {
        assert_eq!(
            l.fails(&args, 2),
            format!("error: {flag}: date `2026-02-30` {why}\n"),
            "{args:?}"
        );
    }
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts WHERE outcome IS NULL"),
        1
    );
    assert_eq!(l.count("SELECT count(*) FROM journal"), entries);
}

/// ad3 F7: a source or claim of several words typed without quotes, and a second file given
/// to `extract`, say what was meant, where clap said only "unexpected argument ...; try
/// `--help`". Exit 2, nothing written.
#[test]
fn an_unquoted_value_and_a_second_article_are_named() {
    let l = Ledger::new();
    let art = l.write_file("a.txt", "Analysts expect the bill to pass by June.\n");
    let art = art.to_str().unwrap();
    assert_eq!(
        l.fails(
            &[
                "add", "--source", "Daily", "Planet", "--claim", "x", "--probability", "0.4",
                "--deadline", "2027-01-01",
            ],
            2
        ),
        "error: unexpected argument 'Planet' found; a value of several words is quoted: `--source \"Daily Planet\"`; try `forecast add --help`\n"
    );
    assert_eq!(
        l.fails(
            &["extract", art, art, "--source", "A", "--published", "2025-05-21"],
            2
        ),
        format!("error: unexpected argument '{art}' found; extract reads one article a run: run it once for each file (`for f in *.txt; do forecast extract \"$f\" ...; done`); try `forecast extract --help`\n")
    );
    assert!(!l.db.exists());
}
