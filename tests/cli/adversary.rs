//! What a demanding new user and an adversary tried across commands: every place that takes a
//! day reads it the same way, and bad input is one `error:` line, exit 2, nothing written.

use crate::harness::Ledger;

/// `report`, `compare`, `resolve --on`/`--happened-on`/`--not-by` and `extract --published`
/// take `today` and `yesterday` as `add --made-on` and `list --since` do (today is
/// 2026-11-28 in the harness), and refuse `06/01/2027` naming both readings.
#[test]
fn every_day_argument_takes_today_and_yesterday() {
    let l = Ledger::new();
    l.add("A", "made yesterday", "0.6", "yesterday", "2026-11-27", &[]);
    l.add("A", "made earlier", "0.3", "2026-01-01", "2026-06-30", &[]);
    l.add(
        "B",
        "event",
        "0.8",
        "2026-01-01",
        "2026-12-31",
        &["--question", "ev"],
    );
    let counted = |args: &[&str]| {
        let mut all = vec!["report", "--format", "json", "--include-early"];
        all.extend_from_slice(args);
        l.json(&all)["overall"]["forecasts"].as_i64().unwrap()
    };
    assert_eq!(counted(&["--since", "yesterday"]), 1);
    assert_eq!(counted(&["--since", "2026-11-27"]), 1);
    assert_eq!(counted(&["--until", "yesterday"]), 3);
    assert_eq!(counted(&["--since", "today"]), 0);
    let compare = l.json(&[
        "compare",
        "--format",
        "json",
        "--since",
        "yesterday",
        "--until",
        "today",
    ]);
    assert_eq!(compare["today"], "2026-11-28");
    let e = l.fails(&["report", "--since", "06/01/2026"], 2);
    assert!(
        e.contains("`2026-06-01` (month first) or `2026-01-06` (day first)"),
        "{e}"
    );

    let out = l.ok(&["resolve", "1", "--yes", "--on", "yesterday"]);
    assert_eq!(out, "forecast 1 resolved true on 2026-11-27\n");
    let out = l.ok(&["resolve", "--question", "ev", "--happened-on", "yesterday"]);
    assert!(
        out.starts_with("question ev (happened-on 2026-11-27): resolved 1"),
        "{out}"
    );
    l.fails(&["resolve", "2", "--no", "--on", "tomorrow"], 2);

    let article = l.write_file(
        "a.md",
        "Prices will probably fall by the end of next year.\n",
    );
    let json = l.json(&[
        "extract",
        article.to_str().unwrap(),
        "--source",
        "A",
        "--published",
        "today",
        "--format",
        "json",
    ]);
    assert_eq!(json["article"]["published"], "2026-11-28");
    assert_eq!(json["candidates"][0]["deadline"], "2027-12-31");
}

/// A name typed with a decomposed accent, a doubled space or a tab is the source already
/// logged under the precomposed, single-spaced name, not a second source that prints the
/// same and splits the record; `--source` finds it under any of those spellings.
/// Full case folding: names that differ only where lower case keeps them apart (`ß` and
/// `SS`, final `ς` and `Σ`, the ligature `ﬁ` and `fi`) are one source, in either order.
#[test]
fn source_names_equal_under_full_case_folding_are_one_source() {
    let l = Ledger::new();
    for (i, name) in [
        "Straße Zeitung",
        "STRASSE ZEITUNG",
        "strasse zeitung",
        "ΣΟΦΟΣ",
        "σοφος",
        "Finance Daily",
        "\u{fb01}nance daily",
    ]
    .iter()
    .enumerate()
    {
        l.add(
            name,
            &format!("claim {i}"),
            "0.5",
            "2026-01-01",
            "2026-12-31",
            &[],
        );
    }
    assert_eq!(l.count("SELECT COUNT(*) FROM sources"), 3);
    let listed = l.ok(&["list", "--source", "STRASSE zeitung", "--format", "csv"]);
    assert_eq!(listed.lines().count(), 4, "{listed}");
    assert!(listed.contains("Straße Zeitung"), "{listed}");
}

#[test]
fn source_names_that_look_the_same_are_one_source() {
    let l = Ledger::new();
    let nfc = "\u{c9}lys\u{e9}e Watch";
    let nfd = "E\u{301}lyse\u{301}e Watch";
    l.add(nfc, "one", "0.5", "2026-01-01", "2026-12-31", &[]);
    l.add(nfd, "two", "0.5", "2026-01-01", "2026-12-31", &[]);
    l.add(
        "\u{e9}lys\u{e9}e  watch",
        "three",
        "0.5",
        "2026-01-01",
        "2026-12-31",
        &[],
    );
    l.add(
        "\u{c9}lys\u{e9}e\tWatch ",
        "four",
        "0.5",
        "2026-01-01",
        "2026-12-31",
        &[],
    );
    l.add(
        "Daily  Planet",
        "five",
        "0.5",
        "2026-01-01",
        "2026-12-31",
        &[],
    );
    l.add(
        "daily planet",
        "six",
        "0.5",
        "2026-01-01",
        "2026-12-31",
        &[],
    );
    assert_eq!(l.count("SELECT COUNT(*) FROM sources"), 2);
    let report = l.json(&["report", "--format", "json"]);
    let names: Vec<(String, i64)> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["source"].as_str().unwrap().to_string(),
                s["forecasts"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![("Daily Planet".to_string(), 2), (nfc.to_string(), 4)]
    );
    for spelling in [nfd, "\u{c9}LYS\u{c9}E   WATCH", nfc] {
        let listed = l.json(&["list", "--source", spelling, "--format", "json"]);
        assert_eq!(listed.as_array().unwrap().len(), 4, "{spelling:?}");
        let r = l.json(&["report", "--source", spelling, "--format", "json"]);
        assert_eq!(r["sources"][0]["source"], nfc, "{spelling:?}");
    }
    // An import's names are read the same way.
    let csv = l.write_file(
        "in.csv",
        &format!("source,claim,probability,made_on,deadline\n{nfd},seven,0.5,2026-01-01,2026-12-31\n\"Daily \t Planet\",eight,0.5,2026-01-01,2026-12-31\n"),
    );
    l.ok(&["import", csv.to_str().unwrap()]);
    assert_eq!(l.count("SELECT COUNT(*) FROM sources"), 2);
    l.ok(&["verify"]);
}

/// `--map source=WHO` reads the column `who` (names compare in any ASCII case, as rows are
/// read), so the warning about ignored columns does not name it; a column some field reads
/// that the header has twice is refused before any row, naming both.
#[test]
fn mapped_columns_are_not_called_ignored_and_doubled_columns_are_refused() {
    let l = Ledger::new();
    let f = l.write_file(
        "f.csv",
        "who,Claim,probability,made_on,deadline,extra\nA,It rains,0.7,2026-01-01,2026-06-01,x\n",
    );
    let r = l.run(&["import", f.to_str().unwrap(), "--map", "source=WHO"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: ignored column(s) not known to forecast-ledger: extra\n"
    );
    let doubled = l.write_file(
        "d.csv",
        "source,claim,probability,made_on,deadline,Source\nA,Snow,0.7,2026-01-01,2026-06-01,B\n",
    );
    let e = l.fails(&["import", doubled.to_str().unwrap()], 2);
    // Named by file and line since an adversary's spreadsheet pass (2026-12-05).
    assert_eq!(
        e,
        format!("error: {}: line 1: column `source`: the header has it 2 times (`source`, `Source`); which one holds `source` is a guess, so rename or remove the others\n", doubled.display())
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // A doubled column nobody reads is only ignored.
    let spare = l.write_file(
        "s.csv",
        "source,claim,probability,made_on,deadline,x,x\nA,Hail,0.7,2026-01-01,2026-06-01,1,2\n",
    );
    l.ok(&["import", spare.to_str().unwrap()]);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
}

/// A ledger of 400 imported forecasts from 7 sources: pages enough to damage some.
fn four_hundred_forecasts() -> Ledger {
    let l = Ledger::new();
    let mut csv = String::from("source,claim,probability,made_on,deadline\n");
    for i in 0..400 {
        csv.push_str(&format!(
            "S{},claim number {i} with some words,0.{},2026-01-01,2026-06-01\n",
            i % 7,
            i % 9 + 1
        ));
    }
    let f = l.write_file("many.csv", &csv);
    l.ok(&["import", f.to_str().unwrap()]);
    l
}

/// A ledger whose pages were damaged after it opened cleanly (the header and schema intact)
/// is named as the open names it: the path, corrupt, nothing changed, exit 2; the file is
/// left byte for byte as it was. A directory given as `--db` is named as one.
#[test]
fn a_damaged_ledger_and_a_directory_are_named_not_reported_as_database_errors() {
    let l = four_hundred_forecasts();
    let mut bytes = std::fs::read(&l.db).unwrap();
    let page = 4096;
    assert!(bytes.len() > 12 * page, "{} bytes", bytes.len());
    for b in &mut bytes[4 * page..12 * page] {
        *b = 0x5a;
    }
    std::fs::write(&l.db, &bytes).unwrap();
    let want = format!(
        "error: `{}` is corrupt (database disk image is malformed); nothing was changed; restore the latest copy made by `forecast backup FILE` in its place (`forecast --db COPY verify` checks a copy first), and keep this file for recovery\n",
        l.db.display()
    );
    // A damaged ledger is refused as bad input, as a file that is not SQLite is: exit 2
    // (the project's contract names "a corrupt or newer-version database" among them).
    assert_eq!(l.fails(&["verify"], 2), want);
    assert_eq!(l.fails(&["report"], 2), want);
    let e = l.fails(
        &[
            "add",
            "--source",
            "S1",
            "--claim",
            "new",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ],
        2,
    );
    assert_eq!(e, want);
    assert_eq!(std::fs::read(&l.db).unwrap(), bytes, "nothing was written");

    let dir = l.path("adir");
    std::fs::create_dir(&dir).unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("forecast").unwrap();
    cmd.env("FORECAST_TEST_NOW", crate::harness::TEST_NOW);
    let out = cmd
        .env_remove("FORECAST_DB")
        .arg("--db")
        .arg(&dir)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: --db `{}`: it is a directory; name a ledger file, e.g. `{}`\n",
            dir.display(),
            dir.join("ledger.sqlite3").display()
        )
    );
}

/// A ledger cut short (a copy or download interrupted): `report` (kept sums) and `add` read
/// only pages near the start and ran on it without a word. Every command that opens it now
/// checks the 100-byte header against the file's length first, and refuses it with the
/// words `verify` uses, exit 2 (a corrupt ledger is refused as bad input, as for damage
/// SQLite meets), the file untouched.
#[test]
fn a_ledger_cut_short_is_refused_by_every_command_not_only_verify() {
    let l = four_hundred_forecasts();
    let bytes = std::fs::read(&l.db).unwrap();
    assert!(
        !l.path("ledger.sqlite3-wal").exists(),
        "the last connection folded the WAL back"
    );
    let page = 4096;
    let pages = bytes.len() / page;
    assert!(pages > 20, "{pages} pages");
    let kept = 10 * page;
    std::fs::write(&l.db, &bytes[..kept]).unwrap();
    let want = format!(
        "error: `{}` is corrupt (its header counts {pages} pages of 4096 bytes, the file holds 10); nothing was changed; restore the latest copy made by `forecast backup FILE` in its place (`forecast --db COPY verify` checks a copy first), and keep this file for recovery\n",
        l.db.display()
    );
    let add = [
        "add",
        "--source",
        "S1",
        "--claim",
        "new",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    for args in [&["report"][..], &add, &["list"], &["verify"], &["export"]] {
        assert_eq!(l.fails(args, 2), want, "{args:?}");
    }
    assert_eq!(std::fs::read(&l.db).unwrap(), &bytes[..kept]);
    // Cut inside the header itself.
    std::fs::write(&l.db, &bytes[..60]).unwrap();
    assert_eq!(
        l.fails(&["report"], 2),
        format!(
            "error: `{}` is corrupt (it ends after 60 bytes, inside the 100-byte header); nothing was changed; restore the latest copy made by `forecast backup FILE` in its place (`forecast --db COPY verify` checks a copy first), and keep this file for recovery\n",
            l.db.display()
        )
    );
}

/// In JSON Lines only `tags` may be a list: `"probability": [1]` was read as `1` and
/// `"source": ["A", "B"]` as a source named `A;B`. Now the whole file is refused, naming
/// the line and field.
#[test]
fn a_json_list_where_a_single_value_belongs_refuses_the_import() {
    let l = Ledger::new();
    let good = r#"{"source":"A","claim":"c","probability":0.4,"made_on":"2025-01-01","deadline":"2025-06-01","tags":["x","y"]}"#;
    for (bad, field) in [
        (
            r#"{"source":"A","claim":"d","probability":[1],"made_on":"2025-01-01","deadline":"2025-06-01"}"#,
            "probability",
        ),
        (
            r#"{"source":["A","B"],"claim":"d","probability":0.5,"made_on":"2025-01-01","deadline":"2025-06-01"}"#,
            "source",
        ),
    ] {
        let f = l.write_file("f.jsonl", &format!("{good}\n{bad}\n"));
        let e = l.fails(&["import", f.to_str().unwrap()], 2);
        assert_eq!(
            e,
            format!(
                "error: {}: line 2: field `{field}` is a list; only `tags` may be one\n",
                f.display()
            )
        );
        assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    }
    // Mapped: the column `labels` holds the tags, and `who` the source.
    let f = l.write_file(
        "m.jsonl",
        r#"{"who":"A","claim":"c","probability":0.4,"made_on":"2025-01-01","deadline":"2025-06-01","labels":["x","y"]}"#,
    );
    l.ok(&[
        "import",
        f.to_str().unwrap(),
        "--map",
        "tags=labels",
        "--map",
        "source=who",
    ]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["tags"], serde_json::json!(["x", "y"]));
}

/// Two exports pasted together (or one pasted twice) repeat ids: the whole file is refused
/// naming both lines, instead of every forecast in it being logged twice.
#[test]
fn an_import_with_an_id_twice_is_refused_naming_both_lines() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    l.add("B", "two", "0.6", "2026-01-01", "2026-06-01", &[]);
    let export = l.ok(&["export", "--format", "csv"]);
    let body: Vec<&str> = export.lines().skip(1).collect();
    let pasted = format!("{export}{}\n", body.join("\n"));
    let f = l.write_file("twice.csv", &pasted);
    let fresh = Ledger::new();
    let e = fresh.fails(&["import", f.to_str().unwrap()], 2);
    assert_eq!(
        e,
        format!(
            "error: {}: line 4: field `id`: `1` is also the id on line 2; the file holds the same forecast twice (two exports pasted together?), so nothing was imported; 1 more row(s) are refused too: line 5: field `id`: `2` is also the id on line 3\n",
            f.display()
        )
    );
    assert_eq!(fresh.count("SELECT count(*) FROM forecasts"), 0);
    // One export imports whole, and JSON Lines is checked the same way.
    let once = l.write_file("once.csv", &export);
    fresh.ok(&["import", once.to_str().unwrap()]);
    assert_eq!(fresh.count("SELECT count(*) FROM forecasts"), 2);
    let jsonl = l.ok(&["export"]);
    let f = l.write_file("twice.jsonl", &format!("{jsonl}{jsonl}"));
    let e = Ledger::new().fails(&["import", f.to_str().unwrap()], 2);
    assert!(
        e.contains(": line 3: field `id`: `1` is also the id on line 1;"),
        "{e}"
    );
}

/// `list --limit 0` printed "No forecasts match." above a warning that one did.
#[test]
fn list_limit_zero_is_refused() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    for format in ["table", "csv", "json"] {
        assert_eq!(
            l.fails(&["list", "--limit", "0", "--format", format], 2),
            "error: --limit `0`: it must be at least 1; leave it out for every row\n"
        );
    }
    assert_eq!(
        l.json(&["list", "--limit", "1", "--format", "json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// A ledger a writing command may not write (read-only media, or no write permission) is
/// refused up front naming it, instead of SQLite's "unable to open database file"; exit 1
/// (the file system refuses, the input is fine: DESIGN.md); reading it still works. Provoked
/// here by taking every write permission away (`chmod a-w`), whose mode bits the tool reads
/// itself, so root is refused too (u32: root's open ignores them, and root's writes went
/// through). The other refusal, an open the file system denies, was run as `nobody` with
/// `setpriv --reuid=65534 --regid=65534 --clear-groups` on the built test binary, and by
/// hand on a read-only bind mount.
#[test]
fn a_ledger_that_cannot_be_written_is_refused_by_writers_and_read_by_readers() {
    use std::os::unix::fs::PermissionsExt;
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    l.add("A", "two", "0.6", "2026-01-01", "2027-06-01", &[]);
    let rows = l.write_file(
        "rows.csv",
        "source,claim,probability,made_on,deadline\nB,three,0.5,2026-01-01,2027-01-01\n",
    );
    let article = l.write_file("a.txt", "The deal will likely be signed by 2027.\n");
    std::fs::set_permissions(&l.db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&l.db).unwrap();
    for read in [
        &["verify"][..],
        &["report"],
        &["list"],
        &["show", "1"],
        &["export"],
        &["questions"],
    ] {
        l.ok(read);
    }
    let refusal = format!(
        "error: ledger `{}`: it cannot be written (the file is read-only: its mode lets no one write it); nothing was changed (commands that only read, such as list, report, verify, export and backup, still work; `chmod u+w` makes it writable again)\n",
        l.db.display()
    );
    let (rows, article) = (rows.to_str().unwrap(), article.to_str().unwrap());
    let writers: [&[&str]; 8] = [
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "three",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ],
        &["resolve", "1", "--yes"],
        &[
            "resolve",
            "--question",
            "one",
            "--happened-on",
            "2026-05-01",
        ],
        &["update", "2", "--probability", "0.7"],
        &["correct", "2", "--claim", "two, reworded", "--why", "typo"],
        &["import", rows],
        &[
            "extract",
            article,
            "--source",
            "C",
            "--published",
            "2026-01-01",
            "--save",
            "--yes",
        ],
        &["migrate"],
    ];
    for args in writers {
        assert_eq!(l.fails(args, 1), refusal, "{args:?}");
    }
    assert_eq!(std::fs::read(&l.db).unwrap(), before);
}

/// `FORECAST_DB=` (set but empty) means the default ledger, as an empty `FORECAST_TODAY`
/// means today; it was a usage error about a `--db` the user never typed.
#[test]
fn an_empty_forecast_db_means_the_default_ledger() {
    let l = Ledger::new();
    let data = l.path("data");
    let run = |args: &[&str]| {
        assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .env("FORECAST_DB", "")
            .env("FORECAST_TODAY", "2026-11-28")
            .env("XDG_DATA_HOME", &data)
            .env("HOME", l.dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&[
        "add",
        "--source",
        "A",
        "--claim",
        "c",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    assert!(data.join("forecast-ledger/ledger.sqlite3").exists());
    assert!(run(&["verify"]).status.success());
}

/// `resolve --from` names its own columns: a void row without a reason points at the
/// `reason` field, not at a `--reason` flag the file never had; nothing is resolved.
#[test]
fn a_void_row_without_a_reason_names_the_field() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    l.add("A", "two", "0.4", "2026-01-01", "2026-06-01", &[]);
    let f = l.write_file("o.csv", "id,outcome\n1,yes\n2,void\n");
    assert_eq!(
        l.fails(&["resolve", "--from", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 3: field `reason`: a void takes a reason: ambiguous, annulled or condition-false, as `resolve ID --void` takes --reason, since an outcome recorded here says why (`import` reads a void row without one as `ambiguous`, as a record kept elsewhere may not say)\n",
            f.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
}

/// An import's date made after today is named by its field, not by `add`'s `--made-on`.
#[test]
fn an_import_row_made_in_the_future_names_its_field() {
    let l = Ledger::new();
    let f = l.write_file(
        "f.csv",
        "source,claim,probability,made_on,deadline\nA,c,0.5,2026-12-01,2027-01-01\n",
    );
    assert_eq!(
        l.fails(&["import", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `made_on`: `2026-12-01`: it is after 2026-11-29, the day after today (2026-11-28), which may already be today somewhere on Earth; a forecast cannot be made in the future\n",
            f.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
}

/// A file to write (`backup`, `--html`, `--chart`, `--ics`) in a directory that does not
/// exist is bad input named up front (exit 2), not an I/O failure about a temporary file.
#[test]
fn a_target_in_a_missing_directory_is_refused_naming_the_directory() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    let dir = l.path("nowhere");
    for (args, file) in [
        (vec!["backup"], "b.sqlite3"),
        (vec!["report", "--html"], "r.html"),
        (vec!["report", "--chart"], "c.svg"),
        (vec!["due", "--ics"], "d.ics"),
    ] {
        let target = dir.join(file);
        let mut all = args.clone();
        all.push(target.to_str().unwrap());
        assert_eq!(
            l.fails(&all, 2),
            format!(
                "error: `{}`: there is no directory `{}` to write it in; create it first\n",
                target.display(),
                dir.display()
            ),
            "{args:?}"
        );
    }
    assert!(!dir.exists());
}

/// The hint that another source made the same claim does not take the same source, spelled
/// with a doubled space, for another.
#[test]
fn the_same_source_spelled_loosely_is_not_another_source_in_the_hint() {
    let l = Ledger::new();
    l.add(
        "Daily Planet",
        "Same claim",
        "0.5",
        "2026-01-01",
        "2027-01-01",
        &[],
    );
    let r = l.run(&[
        "add",
        "--source",
        "Daily  Planet",
        "--claim",
        "Same claim",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ]);
    // Not another source's claim; the source's own earlier forecast of it is named instead.
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (0, "hint: Daily Planet already logged this claim as forecast 1 on question `same-claim`; this one opened a question of its own, scored apart from it. A changed view is `forecast update 1 --probability P`\n")
    );
    let r = l.run(&[
        "add",
        "--source",
        "Other",
        "--claim",
        "Same claim",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ]);
    assert!(
        r.stderr
            .starts_with("hint: another source made the same claim"),
        "{}",
        r.stderr
    );
}

/// A byte-order mark at the start of an article (Windows editors write one) stayed in the
/// first sentence and its claim, invisible; now the sentence starts after it, its offsets
/// still count the input's bytes, and the sha256 is the file's own.
#[test]
fn a_byte_order_mark_is_no_part_of_the_first_claim() {
    use sha2::Digest;
    let l = Ledger::new();
    let bytes = "\u{feff}Prices will probably fall by summer.\r\nMore text here.\r\n";
    let f = l.write_file("bom.txt", bytes);
    let json = l.json(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "A",
        "--published",
        "2026-01-01",
        "--format",
        "json",
    ]);
    let c = &json["candidates"][0];
    assert_eq!(c["sentence"], "Prices will probably fall by summer.");
    assert_eq!(c["claim"], "Prices will fall by summer");
    let (start, end) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!((start, end), (3, 39));
    assert_eq!(&bytes[start..end], "Prices will probably fall by summer.");
    let sha: String = sha2::Sha256::digest(bytes.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(json["article"]["sha256"], sha);
}

/// A Windows (CRLF) file, or one with blank lines, has its bad row named by the line it is
/// on, in `import` and `resolve --from` alike (the CSV parser's positions said a line less).
#[test]
fn a_bad_row_of_a_crlf_file_is_named_by_its_own_line() {
    let l = Ledger::new();
    let f = l.write_file(
        "w.csv",
        "source,claim,probability,made_on,deadline\r\nA,x,0.4,2025-01-01,2025-06-01\r\n\r\nA,y,1.4,2025-01-01,2025-06-01\r\n",
    );
    assert_eq!(
        l.fails(&["import", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 4: field `probability`: probability `1.4`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `1.4%`\n",
            f.display()
        )
    );
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    let o = l.write_file("o.csv", "id,outcome\r\n1,yes\r\n1,maybe\r\n");
    assert_eq!(
        l.fails(&["resolve", "--from", o.to_str().unwrap()], 2),
        format!(
            "error: {}: line 3: field `outcome`: outcome `maybe`: expected true/false/void (or yes/no, 1/0)\n",
            o.display()
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
}

/// `--map` takes FIELD=COLUMN and says so (it asked for FIELD=VALUE, `--set`'s shape).
#[test]
fn a_map_without_a_column_asks_for_field_equals_column() {
    let l = Ledger::new();
    let f = l.write_file(
        "f.csv",
        "source,claim,probability,made_on,deadline\nA,x,0.4,2025-01-01,2025-06-01\n",
    );
    assert_eq!(
        l.fails(&["import", f.to_str().unwrap(), "--map", "source"], 2),
        "error: --map `source`: expected FIELD=COLUMN\n"
    );
    assert_eq!(
        l.fails(&["import", f.to_str().unwrap(), "--set", "source"], 2),
        "error: --set `source`: expected FIELD=VALUE\n"
    );
}

/// The same article saved again under the same source spelled another way (other case of
/// an accented letter, a decomposed accent, a doubled space) is the same article: "already
/// extracted", nothing logged. It failed on the articles table's unique key (exit 1).
#[test]
fn the_same_article_under_another_spelling_of_its_source_is_already_extracted() {
    let l = Ledger::new();
    let article = l.write_file(
        "a.md",
        "Prices will probably fall by the end of next year.\n",
    );
    let save = |source: &str| {
        l.run(&[
            "extract",
            article.to_str().unwrap(),
            "--source",
            source,
            "--published",
            "2026-01-10",
            "--save",
            "--yes",
        ])
    };
    let first = save("\u{c9}lys\u{e9}e Watch");
    assert_eq!(first.code, 0, "{}", first.stderr);
    for other in ["\u{e9}lys\u{e9}e watch", "E\u{301}lyse\u{301}e  Watch"] {
        let r = save(other);
        assert_eq!(r.code, 0, "{other:?}: {}", r.stderr);
        assert!(
            r.stdout.contains("was already extracted"),
            "{other:?}: {}",
            r.stdout
        );
    }
    assert_eq!(l.count("SELECT count(*) FROM articles"), 1);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}

/// A bell, an escape sequence or a backspace in a source name, a claim, a condition or a tag is
/// refused with one line naming the field (escaped, so the terminal shows it), exit 2,
/// nothing written, in `add` and in an import; a line break inside a claim is white space,
/// stored as one space as a tab in a source name is (audit 13, P5).
#[test]
fn control_characters_are_refused_in_text_fields() {
    let l = Ledger::new();
    fn with<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec!["add", "--probability", "0.6", "--deadline", "2027-01-01"];
        args.extend_from_slice(extra);
        args
    }
    let e = l.fails(&with(&["--source", "Bo\u{7}b", "--claim", "x"]), 2);
    assert!(
        e.starts_with("error: source `Bo\\u{7}b`: must not contain control characters"),
        "{e}"
    );
    let e = l.fails(&with(&["--source", "Ann", "--claim", "x \u{1b}[2J"]), 2);
    assert!(
        e.contains("claim `x \\u{1b}[2J`: must not contain control characters"),
        "{e}"
    );
    let e = l.fails(
        &with(&["--source", "Ann", "--claim", "x", "--tag", "a\tb"]),
        2,
    );
    assert!(
        e.contains("tag `a\\tb`: must not contain control characters"),
        "{e}"
    );
    let e = l.fails(
        &with(&[
            "--source",
            "Ann",
            "--claim",
            "x",
            "--condition",
            "if\u{8}so",
        ]),
        2,
    );
    assert!(e.contains("condition `if\\u{8}so`"), "{e}");
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    assert_eq!(l.count("SELECT count(*) FROM sources"), 0);

    let csv = l.write_file(
        "in.csv",
        "source,claim,probability,made_on,deadline\nAnn,fine,0.6,2026-01-01,2027-01-01\nBo\u{7}b,bad,0.6,2026-01-01,2027-01-01\n",
    );
    let e = l.fails(&["import", csv.to_str().unwrap()], 2);
    assert!(
        e.contains("line 3") && e.contains("control characters"),
        "{e}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);

    l.ok(&with(&["--source", "Ann\tLee", "--claim", "two\nlines"]));
    let json = l.json(&["show", "1", "--format", "json"]);
    assert_eq!(json["forecast"]["source"], "Ann Lee");
    assert_eq!(json["forecast"]["claim"], "two lines");
}

/// `extract` of an endless input (`/dev/zero`) stops at 128 MiB with one `error:` line, as
/// `import` stops at its line limit, instead of reading until memory runs out.
#[test]
fn extract_of_an_endless_file_is_refused() {
    let l = Ledger::new();
    let e = l.fails(
        &[
            "extract",
            "/dev/zero",
            "--source",
            "X",
            "--published",
            "2026-01-01",
        ],
        2,
    );
    assert_eq!(
        e,
        "error: extract `/dev/zero`: it is longer than 128 MiB; split it into articles\n"
    );
}

/// Invisible format characters (a zero-width space, a word joiner, a byte-order mark, a
/// right-to-left override) are refused like control characters: each would open a second
/// source that prints exactly like the first and split its record. Joiners that shape
/// scripts and emoji stay allowed.
#[test]
fn invisible_characters_are_refused_in_text_fields() {
    let l = Ledger::new();
    l.add("Daily Planet", "a", "0.9", "2025-01-01", "2025-06-30", &[]);
    for (name, code) in [
        ("Daily Planet\u{200b}", "200B"),
        ("Daily\u{2060} Planet", "2060"),
        ("Daily Planet\u{feff}", "FEFF"),
        ("\u{202e}tenalP yliaD", "202E"),
    ] {
        let e = l.fails(
            &[
                "add",
                "--source",
                name,
                "--claim",
                "b",
                "--probability",
                "0.1",
                "--made-on",
                "2025-01-01",
                "--deadline",
                "2025-06-30",
            ],
            2,
        );
        assert_eq!(
            e,
            format!(
                "error: source `{}`: must not contain the invisible character U+{code}\n",
                name.escape_debug()
            )
        );
    }
    let e = l.fails(
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "rises\u{200b}",
            "--probability",
            "0.1",
            "--deadline",
            "2027-06-30",
        ],
        2,
    );
    assert!(
        e.contains("claim `rises\\u{200b}`: must not contain the invisible character U+200B"),
        "{e}"
    );
    let csv = l.write_file(
        "in.csv",
        "source,claim,probability,made_on,deadline\nDaily Planet\u{200b},c,0.6,2025-01-01,2025-06-30\n",
    );
    let e = l.fails(&["import", csv.to_str().unwrap()], 2);
    assert!(e.contains("line 2") && e.contains("U+200B"), "{e}");
    assert_eq!(l.count("SELECT count(*) FROM sources"), 1);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // A zero-width joiner inside an emoji sequence is text, not a trick.
    l.ok(&[
        "add",
        "--source",
        "Fam \u{1f468}\u{200d}\u{1f469}",
        "--claim",
        "d",
        "--probability",
        "0.5",
        "--deadline",
        "2027-06-30",
    ]);
}

/// SQLite's page check answers in lines (`*** in database main ***` then the page): `verify`
/// prints it as one `error:` line, exit 1 (a damaged file is not bad input).
#[test]
fn a_corrupt_page_is_one_error_line_and_exit_1() {
    let l = four_hundred_forecasts();
    let mut bytes = std::fs::read(&l.db).unwrap();
    // Page 2's first free-block pointer: a b-tree page whose free space no longer adds up.
    bytes[4096 + 1] = 0x7f;
    std::fs::write(&l.db, &bytes).unwrap();
    let e = l.fails(&["verify"], 1);
    assert_eq!(e.lines().count(), 1, "{e}");
    assert!(
        e.starts_with(
            "error: ledger integrity check failed: the database file: *** in database main *** "
        ),
        "{e}"
    );
}

/// `verify --head` prints the fingerprint one publishes, so it runs `verify`'s check first
/// and prints no head for a ledger `verify` rejects (audit 26, item 12: a ledger with garbage
/// in its pages got a head, exit 0): the same error line and exit code, nothing on stdout.
/// A sound ledger's head is the one `verify` ends with.
#[test]
fn verify_head_prints_no_head_for_a_ledger_verify_rejects() {
    let l = four_hundred_forecasts();
    let verified = l.ok(&["verify"]);
    let head = l.ok(&["verify", "--head"]);
    assert!(
        verified.ends_with(&format!("head {head}")),
        "{verified} / {head}"
    );
    let mut bytes = std::fs::read(&l.db).unwrap();
    bytes[4096 + 1] = 0x7f;
    std::fs::write(&l.db, &bytes).unwrap();
    let rejected = l.run(&["verify"]);
    assert_eq!(rejected.code, 1);
    let r = l.run(&["verify", "--head"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (1, "", rejected.stderr.as_str())
    );
}

/// A ledger or output file named with white space at its end or start, or a line break in it
/// (a paste, an env file's `FORECAST_DB=ledger.sqlite3 `, a `$(...)`), is not created: it
/// would start a second, empty ledger (or a file) printing like the one meant, and `add`
/// said only the new id (ad6 F1). The hint names the path meant and says it exists. A file
/// that does exist under such a name is opened as named.
#[test]
fn a_new_file_named_with_stray_white_space_is_refused_naming_the_one_meant() {
    let mut l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2027-06-01", &[]);
    let good = l.db.clone();
    let before = crate::harness::file_bytes(&good);
    let add = [
        "add",
        "--source",
        "A",
        "--claim",
        "two",
        "--probability",
        "0.5",
        "--deadline",
        "2027-06-01",
    ];
    l.db = l.path("ledger.sqlite3 ");
    assert_eq!(
        l.fails(&add, 2),
        format!(
            "error: --db `{}`: there is no such file, and its name ends with white space (most often a stray character from a paste or an env file), so a new file would start under a name that prints like another; nothing was written; check the path: most likely `{}` was meant, which exists\n",
            l.db.display(),
            good.display()
        )
    );
    assert!(!l.db.exists());
    l.db = l.path("new\nledger.sqlite3");
    let e = l.fails(&add, 2);
    assert!(
        e.contains("its name holds the control character `\\n`")
            && e.ends_with(&format!(
                "most likely `{}` was meant\n",
                l.path("newledger.sqlite3").display()
            )),
        "{e}"
    );
    assert!(!l.db.exists());
    l.db = good.clone();
    assert_eq!(crate::harness::file_bytes(&good), before);

    for (args, file) in [
        (vec!["backup"], " b.sqlite3"),
        (vec!["report", "--html"], "r.html\t"),
        (vec!["due", "--ics"], "d.ics "),
        (vec!["copy", "--to"], "c.sqlite3 "),
    ] {
        let target = l.path(file);
        let mut all = args.clone();
        all.push(target.to_str().unwrap());
        let e = l.fails(&all, 2);
        assert!(
            e.contains("(most often a stray character from a paste or an env file)"),
            "{args:?}: {e}"
        );
        assert!(!target.exists(), "{args:?}");
    }

    // A ledger that exists under such a name is read and written as named.
    let spaced = l.path("kept.sqlite3 ");
    std::fs::copy(&good, &spaced).unwrap();
    l.db = spaced;
    assert_eq!(l.ids(&["list"]), vec![1]);
    l.ok(&add);
}

/// `demo --keep PATH` is held to what `--db PATH` is (ad6 F2): `:memory:` printed a ledger
/// kept nowhere and left an empty file so named, `file:x.db` wrote `x.db`, a `postgres://`
/// URL became folders `postgres:/...` holding an SQLite file (URL shown, password and all),
/// and a missing folder was made. Each is refused naming `demo --keep`, exit 2, nothing made.
#[test]
fn demo_keep_is_held_to_what_db_is() {
    let l = Ledger::new();
    let dir = l.dir.path();
    let run = |keep: &str| {
        let out = assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env_remove("FORECAST_DB")
            .env("FORECAST_TODAY", &l.today)
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .current_dir(dir)
            .args(["demo", "--format", "json", "--keep", keep])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--keep {keep:?}");
        assert!(out.stdout.is_empty(), "--keep {keep:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert_eq!(
        run("postgres://alice:s3cret@db.example/news"),
        "error: demo --keep: the demo ledger is kept in an SQLite file, not a database server (the URL is not shown: it may hold a password); give a file path, then `forecast --db FILE copy --to URL` copies it\n"
    );
    assert!(run(":memory:")
        .starts_with("error: demo --keep `:memory:`: SQLite's in-memory database keeps nothing"));
    assert!(run("file:x.db").starts_with(
        "error: demo --keep `file:x.db`: SQLite reads a name starting with `file:` as a URI"
    ));
    assert_eq!(
        run("nowhere/demo.sqlite3"),
        "error: demo --keep `nowhere/demo.sqlite3`: the folder `nowhere` does not exist; check the path, or create it first (`mkdir -p nowhere`)\n"
    );
    std::fs::create_dir(dir.join("sub")).unwrap();
    assert_eq!(
        run("sub"),
        "error: demo --keep `sub`: it is a directory; name a ledger file, e.g. `sub/ledger.sqlite3`\n"
    );
    assert!(run("demo.sqlite3 ").contains("its name ends with white space"));
    let mut left: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, vec!["sub"]);
}

/// A directory given where a file is read is named as `import` names one, exit 2: `resolve
/// --from DIR` failed with `error: reading `DIR`: Is a directory (os error 21)`, exit 1
/// (ad6 F3), and `extract DIR` with the system's words (ad6 F4). Nothing is written.
#[test]
fn a_directory_given_as_a_file_to_read_is_named_exit_2() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    let before = crate::harness::file_bytes(&l.db);
    let dir = l.path("folder");
    std::fs::create_dir(&dir).unwrap();
    let d = dir.to_str().unwrap();
    assert_eq!(
        l.fails(&["resolve", "--from", d], 2),
        format!("error: --from `{d}`: it is a directory; name an outcomes file (CSV)\n")
    );
    assert_eq!(
        l.fails(&["extract", d, "--source", "A", "--published", "2026-01-01"], 2),
        format!("error: extract `{d}`: it is a directory; name an article file (text or Markdown), or `-` for standard input\n")
    );
    assert_eq!(
        l.fails(&["import", d], 2),
        format!("error: import `{d}`: it is a directory; name a CSV or JSON Lines file\n")
    );
    assert_eq!(crate::harness::file_bytes(&l.db), before);
}

/// A `FORECAST_LOCK_WAIT` past what SQLite's busy timeout holds (a 32-bit count of
/// milliseconds: 2,147,484 s and up, a "wait forever" 9999999999) is the longest wait, 24.8
/// days; rusqlite panicked on it, `too big`, exit 101, for every command that opened an
/// SQLite ledger, `list` included (ad6 F5).
#[test]
fn a_lock_wait_longer_than_sqlite_holds_is_the_longest_wait_not_a_panic() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2027-06-01", &[]);
    for wait in ["2147484", "9999999999", "18446744073709551615"] {
        let out = l
            .command(&["list", "--format", "json"])
            .env("FORECAST_LOCK_WAIT", wait)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{wait}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{wait}");
        let out = l
            .command(&[
                "add",
                "--source",
                "A",
                "--claim",
                wait,
                "--probability",
                "0.5",
                "--deadline",
                "2027-06-01",
            ])
            .env("FORECAST_LOCK_WAIT", wait)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{wait}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 4);
}

/// An outcomes file row giving a `reason` with `yes` or `no` is named by its field, as a
/// `void` row without one is; it was refused as `--reason annulled`, a flag the file never
/// had (ad6 F6). Nothing is written.
#[test]
fn an_outcomes_row_with_a_reason_but_no_void_names_the_field() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    let before = crate::harness::file_bytes(&l.db);
    let f = l.write_file("o.csv", "id,outcome,reason\n1,yes,annulled\n");
    assert_eq!(
        l.fails(&["resolve", "--from", f.to_str().unwrap()], 2),
        format!(
            "error: {}: line 2: field `reason`: a reason goes only with outcome `void`; leave it empty for `yes`\n",
            f.display()
        )
    );
    assert_eq!(crate::harness::file_bytes(&l.db), before);
}

/// A line over 1 MiB is refused by `import` and `resolve --from` alike in words that fit
/// both (ad6 F7: an outcomes file was told "any forecast" and "nothing was imported").
#[test]
fn a_line_over_a_mebibyte_is_refused_in_words_that_fit_outcomes_too() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2026-06-01", &[]);
    let before = crate::harness::file_bytes(&l.db);
    let long = "n".repeat(2 << 20);
    let outcomes = l.write_file("o.csv", &format!("id,outcome,note\n1,yes,{long}\n"));
    let forecasts = l.write_file(
        "f.csv",
        &format!("source,claim,probability,made_on,deadline\nA,{long},0.5,2026-01-01,2026-06-01\n"),
    );
    for (args, file) in [
        (vec!["resolve", "--from"], &outcomes),
        (vec!["import"], &forecasts),
    ] {
        let mut all = args.clone();
        all.push(file.to_str().unwrap());
        assert_eq!(
            l.fails(&all, 2),
            format!(
                "error: {}: line 2: the line is longer than 1 MiB, far more than a row of forecasts or outcomes needs (is this the right file?); nothing was written\n",
                file.display()
            )
        );
    }
    assert_eq!(crate::harness::file_bytes(&l.db), before);
}

/// A `note` or `reason` on a row without an `outcome` is said, as a `resolved_on` is: the row
/// is imported unresolved and the note vanished without a word (ad6 F8).
#[test]
fn a_note_or_reason_without_an_outcome_is_said_not_dropped_silently() {
    let l = Ledger::new();
    let f = l.write_file(
        "f.csv",
        "source,claim,probability,made_on,deadline,note\nA,x,0.5,2026-01-01,2027-02-01,hello\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: 1 row(s) give `note` but no `outcome` (the first on line 2): imported unresolved, without its `note`, since an empty outcome means unresolved; to record their resolutions, give each its outcome (`resolve ID --yes|--no --on DAY` or `resolve --from FILE`)\n"
    );
    let l = Ledger::new();
    let f = l.write_file(
        "f.jsonl",
        "{\"source\":\"A\",\"claim\":\"x\",\"probability\":0.5,\"made_on\":\"2026-01-01\",\"deadline\":\"2027-02-01\",\"note\":\"hello\"}\n{\"source\":\"A\",\"claim\":\"y\",\"probability\":0.5,\"made_on\":\"2026-01-01\",\"deadline\":\"2027-02-01\",\"reason\":\"annulled\",\"resolved_on\":\"2026-03-01\"}\n",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: 2 row(s) give `resolved_on`, `note` or `reason` but no `outcome` (the first on line 1): imported unresolved, without their `resolved_on`, `note` or `reason`, since an empty outcome means unresolved; to record their resolutions, give each its outcome (`resolve ID --yes|--no --on DAY` or `resolve --from FILE`)\n"
    );
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
}

/// A timestamp pasted where a day goes (`2027-05-01T10:00`, `2026-01-01 12:00`) is refused
/// with the day to write; it got no hint (ad6 F9). Nothing is written.
#[test]
fn a_time_of_day_where_a_day_goes_is_refused_with_the_day_to_write() {
    let l = Ledger::new();
    l.add("A", "one", "0.4", "2026-01-01", "2027-06-01", &[]);
    let before = crate::harness::file_bytes(&l.db);
    let add = |deadline: &str, made: &str| {
        l.fails(
            &[
                "add",
                "--source",
                "A",
                "--claim",
                "two",
                "--probability",
                "0.5",
                "--deadline",
                deadline,
                "--made-on",
                made,
            ],
            2,
        )
    };
    assert!(add("2027-05-01T10:00", "2026-11-01")
        .ends_with("needs the date it falls on; a day takes no time of day: write `2027-05-01`\n"));
    assert_eq!(
        add("2027-05-01", "2026-11-28T09:00:00+01:00"),
        "error: --made-on: date `2026-11-28T09:00:00+01:00` is not a valid YYYY-MM-DD date; a day takes no time of day: write `2026-11-28`\n"
    );
    assert_eq!(
        l.fails(&["resolve", "1", "--yes", "--on", "2026-11-01 12:00"], 2),
        "error: --on: date `2026-11-01 12:00` is not a valid YYYY-MM-DD date; a day takes no time of day: write `2026-11-01`\n"
    );
    assert_eq!(crate::harness::file_bytes(&l.db), before);
}

/// An import whose `deadline` cells are phrases says how many and the first, as `add` says
/// each: a file cut short after `2027` (its last row's `2027-06-30`) was read as 2027-12-31
/// without a word (ad6 F10). A date, or an export's date beside its `deadline_phrase`, is
/// no phrase read.
#[test]
fn an_import_reading_deadline_phrases_says_so() {
    let l = Ledger::new();
    let f = l.write_file(
        "f.csv",
        "source,claim,probability,made_on,deadline\nA,x,0.5,2026-01-01,2026-12-31\nA,y,0.5,2026-01-01,2027",
    );
    let r = l.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: 1 row(s) give their deadline as a phrase, read from the date made (the first on line 3: `2027` as 2027-12-31); `forecast list` shows the dates read (a date cut short, `2027` of `2027-06-30`, reads as a phrase too)\n"
    );
    let exported = l.ok(&["export", "--format", "csv"]);
    let l2 = Ledger::new();
    let f = l2.write_file("e.csv", &exported);
    let r = l2.run(&["import", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("as a phrase"), "{}", r.stderr);
}

/// A `.jsonl` (or `.ndjson`) file that holds one JSON array is read as the array it is, as
/// the same bytes named `.json` are; it was refused with `each line must be one JSON object`
/// and no way out (ad6 F11).
#[test]
fn a_json_array_named_jsonl_is_read_as_the_array_it_is() {
    let l = Ledger::new();
    let row = r#"{"source":"A","claim":"x","probability":0.5,"made_on":"2026-01-01","deadline":"2027-01-01"}"#;
    let f = l.write_file(
        "f.jsonl",
        &format!("[{row},\n{}]\n", row.replace("\"x\"", "\"y\"")),
    );
    assert_eq!(
        l.ok(&["import", f.to_str().unwrap()]),
        format!("imported 2 forecast(s) (0 resolved) from {}\n", f.display())
    );
}

/// A file to read that is not there is said in the tool's words, and when its name has a
/// stray white space (a paste) and the name without it exists, that file is named (ad6 F12:
/// `No such file or directory (os error 2)` only).
#[test]
fn a_missing_file_to_read_names_the_one_meant_when_a_stray_space_hid_it() {
    let l = Ledger::new();
    let f = l.write_file(
        "f.csv",
        "source,claim,probability,made_on,deadline\nA,x,0.5,2026-01-01,2027-01-01\n",
    );
    let spaced = format!("{} ", f.display());
    assert_eq!(
        l.fails(&["import", &spaced], 2),
        format!("error: import `{spaced}`: cannot open it: there is no such file; its name has a stray white space or control character: `{}` exists\n", f.display())
    );
    let missing = l.path("nope.csv");
    assert_eq!(
        l.fails(&["resolve", "--from", missing.to_str().unwrap()], 2),
        format!(
            "error: --from `{}`: cannot open it: there is no such file; check the path\n",
            missing.display()
        )
    );
    assert!(!l.db.exists());
}

/// A field's own column that `--map` moved the field away from is named as such, not as a
/// column "not known to forecast-ledger" (ad6 F13: `--map probability=p --map claim=p`
/// imported the claim `0.5` and called the file's `claim` column unknown).
#[test]
fn a_column_a_map_moved_its_field_from_is_named_as_such() {
    let l = Ledger::new();
    let f = l.write_file(
        "m.csv",
        "source,claim,p,made_on,deadline,foo\nA,x,0.5,2026-01-01,2027-01-01,1\n",
    );
    let r = l.run(&[
        "import",
        f.to_str().unwrap(),
        "--map",
        "probability=p",
        "--map",
        "claim=p",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "warning: ignored column(s) not known to forecast-ledger: foo; ignored column(s) whose field --map reads from another column: `claim` (--map claim=p)\n"
    );
}

/// `demo --keep "~/NAME"` is in the home folder, as `--db "~/NAME"` is (ad6 F14: refused as
/// a folder `~` that does not exist, in words saying `~/` is the home folder), and `--keep
/// "~"` is the home folder itself, refused as a directory (it made a file named `~`).
#[test]
fn demo_keep_starting_with_a_tilde_is_in_the_home_folder() {
    let l = Ledger::new();
    let home = l.path("home");
    std::fs::create_dir(&home).unwrap();
    let run = |keep: &str| {
        assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env_remove("FORECAST_DB")
            .env("HOME", &home)
            .env("FORECAST_TODAY", &l.today)
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .current_dir(l.dir.path())
            .args(["demo", "--format", "json", "--keep", keep])
            .output()
            .unwrap()
    };
    let out = run("~/demo.sqlite3");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(home.join("demo.sqlite3").is_file());
    let out = run("~");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: demo --keep `{}`: it is a directory; name a ledger file, e.g. `{}`\n",
            home.display(),
            home.join("ledger.sqlite3").display()
        )
    );
    assert!(!l.path("~").exists());
}
