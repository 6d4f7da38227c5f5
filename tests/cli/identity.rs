//! What makes two spellings one tag or one question key (audit 18, A16, A13, A17): the
//! Unicode form a keyboard or a pasted PDF gives (`é` in one code point or as `e` plus a
//! combining accent), case beyond ASCII and doubled spaces, on every path that writes or
//! filters; and ledgers holding spellings from before, which are read as one.

use super::harness::*;

/// `été` with a combining acute accent (NFD), as macOS input and some PDFs give it.
const ETE_NFD: &str = "e\u{301}te\u{301}";

fn tags_of(l: &Ledger) -> Vec<(i64, Vec<String>)> {
    l.json(&["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let tags = f["tags"].as_array().unwrap();
            (
                f["id"].as_i64().unwrap(),
                tags.iter()
                    .map(|t| t.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

fn listed(l: &Ledger, args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--status", "all", "--format", "csv"];
    all.extend_from_slice(args);
    l.ok(&all)
        .lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap().to_string())
        .collect()
}

#[test]
fn a_tag_is_one_tag_in_any_unicode_form_case_beyond_ascii_or_spacing() {
    let l = Ledger::new();
    l.add(
        "Zoë",
        "a",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &["--tag", "été"],
    );
    let csv = l.write_file(
        "t.csv",
        &format!(
            "source,claim,probability,made_on,deadline,tags\nZoë,nfd,0.6,2026-01-01,2027-01-01,{ETE_NFD}\nZoë,upper,0.6,2026-01-01,2027-01-01,ÉTÉ\n"
        ),
    );
    l.ok(&["import", csv.to_str().unwrap()]);
    l.add(
        "Zoë",
        "b",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &[
            "--tag",
            ETE_NFD,
            "--tag",
            "ÉTÉ",
            "--tag",
            " spaced  tag ",
            "--tag",
            "Ünï",
            "--tag",
            "ünï",
        ],
    );
    // Stored in NFC with single spaces, one of each under full case folding (the first given).
    assert_eq!(
        tags_of(&l),
        vec![
            (1, vec!["été".to_string()]),
            (2, vec!["été".to_string()]),
            (3, vec!["ÉTÉ".to_string()]),
            (
                4,
                vec![
                    "spaced tag".to_string(),
                    "Ünï".to_string(),
                    "été".to_string()
                ]
            ),
        ]
    );
    let r = l.json(&[
        "report",
        "--by",
        "tag",
        "--include-early",
        "--format",
        "json",
    ]);
    assert_eq!(
        groups(&r),
        vec![
            ("spaced tag".to_string(), 1),
            ("Ünï".to_string(), 1),
            ("été".to_string(), 4),
        ]
    );
    for spelling in ["été", ETE_NFD, "ÉTÉ", "Été"] {
        assert_eq!(
            listed(&l, &["--tag", spelling]),
            ["1", "2", "3", "4"],
            "{spelling}"
        );
        let r = l.json(&[
            "report",
            "--tag",
            spelling,
            "--include-early",
            "--format",
            "json",
        ]);
        assert_eq!(r["sources"][0]["forecasts"], 4, "{spelling}");
    }
    assert_eq!(listed(&l, &["--tag", "spaced   tag"]), ["4"]);
    assert_eq!(listed(&l, &["--tag", "ÜNÏ"]), ["4"]);
    let err = l.fails(&["list", "--tag", "étés"], 2);
    assert_eq!(
        err,
        "error: --tag `étés`: no forecast in the ledger carries that tag; did you mean `été`?\n"
    );
}

/// A ledger written before tags were stored in one spelling may hold `été` in two Unicode
/// forms, or `Ünï` and `ünï` on one forecast. Its rows are never rewritten (they are in the
/// journal's hashed bodies); reads take them as one tag, and a forecast carrying two
/// spellings of a tag counts once in its group.
#[test]
fn tags_stored_in_other_spellings_before_are_one_tag_when_read() {
    let l = Ledger::new();
    l.add(
        "A",
        "a",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &["--tag", "été"],
    );
    l.add("A", "b", "0.5", "2026-11-01", "2027-01-01", &["--tag", "x"]);
    l.add("A", "c", "0.5", "2026-11-01", "2027-01-01", &[]);
    let conn = rusqlite::Connection::open(&l.db).unwrap();
    for (id, tag) in [(1, "ÉTÉ"), (2, ETE_NFD), (3, "spaced  tag")] {
        conn.execute(
            "INSERT INTO forecast_tags (forecast_id, tag) VALUES (?1, ?2)",
            rusqlite::params![id, tag],
        )
        .unwrap();
    }
    drop(conn);
    let r = l.json(&[
        "report",
        "--by",
        "tag",
        "--include-early",
        "--format",
        "json",
    ]);
    assert_eq!(
        groups(&r),
        vec![
            ("spaced tag".to_string(), 1),
            ("x".to_string(), 1),
            // Named by the spelling of the lowest forecast id (the first in sort order).
            ("ÉTÉ".to_string(), 2),
        ]
    );
    assert_eq!(listed(&l, &["--tag", "Été"]), ["1", "2"]);
    assert_eq!(listed(&l, &["--tag", "spaced tag"]), ["3"]);
    let r = l.json(&[
        "report",
        "--tag",
        "été",
        "--include-early",
        "--format",
        "json",
    ]);
    assert_eq!(r["sources"][0]["forecasts"], 2);
    let c = l.json(&["compare", "--tag", ETE_NFD, "--format", "json"]);
    assert_eq!(c["markets"], 0);
}

#[test]
fn a_question_key_is_one_question_in_either_unicode_form() {
    let l = Ledger::new();
    let nfc = "économie";
    let nfd = "e\u{301}conomie";
    l.add(
        "A",
        "a",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &["--question", nfc],
    );
    // The same key typed decomposed joins the question: no second one, no refusal.
    l.add(
        "B",
        "b",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &["--question", nfd],
    );
    let qs = l.json(&["questions", "--format", "json"]);
    assert_eq!(qs.as_array().unwrap().len(), 1, "{qs}");
    assert_eq!(qs[0]["question"], nfc);
    // A key that differs in case is refused as a near key, in either form.
    let err = l.fails(
        &[
            "add",
            "--source",
            "C",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
            "--question",
            "E\u{301}conomie",
        ],
        2,
    );
    assert!(
        err.starts_with("error: --question `E\u{301}conomie`: the ledger has question `économie`"),
        "{err}"
    );
    assert_eq!(listed(&l, &["--question", nfd]), ["1", "2"]);
    let q = l.ok(&["question", nfd, "--format", "csv"]);
    assert_eq!(q.lines().count(), 3, "{q}");
    let out = l.ok(&["resolve", "--question", nfd, "--happened-on", "2026-11-20"]);
    assert!(
        out.starts_with("question économie (happened-on 2026-11-20): resolved 2 "),
        "{out}"
    );
    let file = l.write_file(
        "o.csv",
        &format!("question,event,date,amend,note\n{nfd},happened-on,2026-11-21,yes,appeal\n"),
    );
    l.ok(&["resolve", "--from", file.to_str().unwrap()]);
    let csv = l.write_file(
        "i.csv",
        &format!("source,claim,probability,made_on,deadline,question\nD,d,0.4,2026-01-01,2027-01-01,{nfd}\n"),
    );
    l.ok(&["import", csv.to_str().unwrap()]);
    let qs = l.json(&["questions", "--format", "json"]);
    assert_eq!(qs.as_array().unwrap().len(), 1, "{qs}");
    assert_eq!(qs[0]["forecasts"], 3);
    l.ok(&["verify"]);
}

/// A key stored in another Unicode form before keys were stored in NFC is found by its
/// NFC form, and a forecast naming it joins that question (the row is never rewritten).
#[test]
fn a_key_stored_in_another_form_before_is_joined_not_doubled() {
    let l = Ledger::new();
    l.add(
        "A",
        "a",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &["--question", "x"],
    );
    let conn = rusqlite::Connection::open(&l.db).unwrap();
    conn.execute(
        "INSERT INTO questions (key, created_at) VALUES ('e\u{301}conomie', '2026-11-01T00:00:00.000Z')",
        [],
    )
    .unwrap();
    drop(conn);
    l.add(
        "B",
        "b",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &["--question", "économie"],
    );
    assert_eq!(l.count("SELECT count(*) FROM questions"), 2);
    assert_eq!(
        l.count("SELECT f.question_id FROM forecasts f WHERE f.id = 2"),
        2
    );
    assert_eq!(listed(&l, &["--source", "B"]), ["2"]);
    let out = l.ok(&[
        "resolve",
        "--question",
        "économie",
        "--happened-on",
        "2026-11-20",
    ]);
    assert!(out.contains("resolved 1 "), "{out}");
}

/// Audit 18, A9: `import` gives the hint `add` gives when it opens a source spelled like
/// one the ledger has (a Cyrillic `е` in `Reuters`, a letter dropped), and both treat
/// compatibility forms (full-width `ＲＥＵＴＥＲＳ`) as look-alikes. A hint, not a refusal.
/// fx4b: an import opening a question key one edit from a key the ledger had says so in
/// one hint, as `add` does for its key (ad4 F2); each key once, at its first row. A key the
/// ledger holds, a key of a series (differing only in digits) and a key near nothing are
/// not named.
#[test]
fn an_import_opening_a_key_one_edit_from_an_existing_one_says_so_as_add_does() {
    let l = Ledger::new();
    for (claim, key) in [("Fed cuts", "fed-cuts-march"), ("Rates", "rates-2026")] {
        l.add(
            "A",
            claim,
            "0.5",
            "2026-11-01",
            "2027-01-01",
            &["--question", key],
        );
    }
    let csv = l.write_file(
        "feed.csv",
        "source,claim,probability,made_on,deadline,question\n\
         B,Fed cuts,0.6,2026-11-02,2027-01-01,fed-cuts-mrach\n\
         C,Fed cuts,0.4,2026-11-02,2027-01-01,fed-cuts-mrach\n\
         B,Rates,0.6,2026-11-02,2027-01-01,rates-2027\n\
         B,Fed cuts,0.7,2026-11-02,2027-01-01,fed-cuts-march\n\
         B,Snow,0.6,2026-11-02,2027-01-01,snow-in-paris\n\
         B,Rates,0.6,2026-11-03,2027-01-01,raets-2026\n",
    );
    let r = l.run(&["import", csv.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "hint: this import opened 2 new question(s) one edit from a key the ledger had (a letter added, dropped, changed or two swapped): `fed-cuts-mrach` (the ledger had `fed-cuts-march`), `raets-2026` (the ledger had `rates-2026`). Each is a question of its own, never compared with the other nor resolved by its outcome; if one question was meant, void those forecasts (`forecast resolve ID --void --reason annulled --note 'wrong question'`) and import them again with the key spelled as the ledger has it\n"
    );
    // Nothing is said when the new keys are near none the ledger had.
    let other = l.write_file(
        "other.csv",
        "source,claim,probability,made_on,deadline,question\nB,Rain,0.6,2026-11-02,2027-01-01,rain-in-rome\n",
    );
    assert_eq!(l.run(&["import", other.to_str().unwrap()]).stderr, "");
}

#[test]
fn an_import_opening_a_source_spelled_like_an_existing_one_says_so_as_add_does() {
    let l = Ledger::new();
    l.add("Reuters", "a", "0.5", "2026-11-01", "2027-01-01", &[]);
    let r = l.add_run(
        "ＲＥＵＴＥＲＳ",
        "b",
        "0.5",
        "2026-11-01",
        "2027-01-01",
        &[],
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        "hint: forecast 2 opened a new source `ＲＥＵＴＥＲＳ`; the ledger has `Reuters`. If that is who you meant, void it (`forecast resolve 2 --void --reason annulled --note 'wrong source'`) and log it again with --source 'Reuters'\n"
    );
    let csv = l.write_file(
        "feed.csv",
        "source,claim,probability,made_on,deadline\nReut\u{435}rs,c,0.6,2026-01-01,2027-01-01\nReuter,d,0.6,2026-01-01,2027-01-01\nBloomberg,e,0.6,2026-01-01,2027-01-01\nReuters,f,0.6,2026-01-01,2027-01-01\n",
    );
    let r = l.run(&["import", csv.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "imported 4 forecast(s) (0 resolved) from {}\n",
            csv.display()
        )
    );
    assert_eq!(
        r.stderr,
        "hint: this import opened 2 new source(s) spelled like one the ledger had: `Reuter` (the ledger had `Reuters`), `Reut\u{435}rs` (the ledger had `Reuters`). A typo splits one record over two names in every report; if one source was meant, void those forecasts (`forecast resolve ID --void --reason annulled --note 'wrong source'`) and import them again with the source spelled as the ledger has it\n"
    );
    // Nothing is said when the new sources look like none the ledger had.
    let other = l.write_file(
        "other.csv",
        "source,claim,probability,made_on,deadline\nAssociated Press,g,0.6,2026-01-01,2027-01-01\n",
    );
    assert_eq!(l.run(&["import", other.to_str().unwrap()]).stderr, "");
}

/// Audit 18, A18: a team across time zones. A forecast logged in Kiritimati (UTC+14) on its
/// local day is made "tomorrow" for a colleague in Adak (UTC-10); the day after today is
/// allowed everywhere a date made or an outcome is given, so the ledger's export imports
/// there, and no later day is. (`FORECAST_TODAY` stands for each machine's local day.)
#[test]
fn a_ledger_logged_a_day_ahead_in_another_time_zone_imports_and_no_later_day_does() {
    let kiritimati = Ledger::new().at("2026-11-29");
    kiritimati.add("K", "kiri", "0.6", "2026-11-29", "2027-01-01", &[]);
    kiritimati.add("K", "early", "0.6", "2026-11-29", "2027-01-01", &[]);
    kiritimati.ok(&["resolve", "2", "--yes", "--on", "2026-11-29"]);
    let export = kiritimati.ok(&["export"]);
    let adak = Ledger::new().at("2026-11-28");
    let file = adak.write_file("kir.jsonl", &export);
    assert_eq!(
        adak.ok(&["import", file.to_str().unwrap()]),
        format!(
            "imported 2 forecast(s) (1 resolved) from {}\n",
            file.display()
        )
    );
    let rows = adak.json(&["list", "--format", "json"]);
    assert_eq!(
        (
            rows[0]["made_on"].as_str(),
            rows[1]["made_on"].as_str(),
            rows[1]["resolved_on"].as_str(),
            rows[1]["outcome"].as_str()
        ),
        (
            Some("2026-11-29"),
            Some("2026-11-29"),
            Some("2026-11-29"),
            Some("true")
        )
    );
    // Adak's own commands take the day after theirs too, as `add`, `update` and `resolve`.
    let id = adak.add("A", "adak", "0.5", "2026-11-29", "2027-01-01", &[]);
    adak.ok(&[
        "update",
        &id.to_string(),
        "--probability",
        "0.6",
        "--made-on",
        "2026-11-29",
    ]);
    adak.ok(&["resolve", "1", "--no", "--on", "2026-11-29"]);
    // Two days ahead is today nowhere.
    let err = adak.fails(
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "later",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
            "--made-on",
            "2026-11-30",
        ],
        2,
    );
    assert_eq!(
        err,
        "error: --made-on `2026-11-30`: it is after 2026-11-29, the day after today (2026-11-28), which may already be today somewhere on Earth; a forecast cannot be made in the future\n"
    );
    let err = adak.fails(&["resolve", "3", "--yes", "--on", "2026-11-30"], 2);
    assert_eq!(
        err,
        "error: resolution date `2026-11-30`: it is after 2026-11-29, the day after today (2026-11-28), which may already be today somewhere on Earth\n"
    );
}

/// The day at UTC+14 (Kiritimati), the latest calendar day anywhere on Earth now.
fn day_in_kiritimati() -> chrono::NaiveDate {
    #[allow(clippy::disallowed_methods)]
    let now = chrono::Utc::now();
    (now + chrono::Duration::hours(14)).date_naive()
}

/// Runs `forecast ARGS` on the real clock in time zone `zone` (no `FORECAST_TODAY`).
fn run_in(l: &Ledger, zone: &str, args: &[&str]) -> (i32, String) {
    let out = l
        .command(args)
        .env_remove("FORECAST_TODAY")
        .env("TZ", zone)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn add_made_on(day: chrono::NaiveDate) -> Vec<String> {
    [
        "add",
        "--source",
        "A",
        "--claim",
        "tz",
        "--probability",
        "0.5",
        "--deadline",
        "2999-01-01",
        "--made-on",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([day.to_string()])
    .collect()
}

/// Audit 19: in Kiritimati (UTC+14) the local day is already the latest day on Earth, so
/// "the day after today" had begun nowhere, and an `add --made-on` or `resolve --on` of it
/// was logged that a ledger in UTC refused to import. The day after today is capped at the
/// day in UTC+14 whatever `TZ` says; west of UTC the day after today has always begun there.
#[test]
fn the_day_after_today_is_capped_at_the_latest_day_on_earth_whatever_the_time_zone() {
    let l = Ledger::new().on_wall_clock();
    let before = day_in_kiritimati();
    // East: today is the day in Kiritimati; the next day is refused, today is taken.
    let (code, err) = run_in(
        &l,
        "Pacific/Kiritimati",
        &add_made_on(before.succ_opt().unwrap())
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    let (code_today, _) = run_in(
        &l,
        "Pacific/Kiritimati",
        &add_made_on(before)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    let (code_resolve, err_resolve) = run_in(
        &l,
        "Pacific/Kiritimati",
        &[
            "resolve",
            "1",
            "--yes",
            "--on",
            &before.succ_opt().unwrap().to_string(),
        ],
    );
    let after = day_in_kiritimati();
    if before != after {
        // The day turned in Kiritimati while the test ran: what it saw is not decidable.
        return;
    }
    assert_eq!(
        (code, err),
        (
            2,
            format!(
                "error: --made-on `{}`: it is after {before}, the latest day it is anywhere on Earth now (UTC+14); a forecast cannot be made in the future\n",
                before.succ_opt().unwrap()
            )
        )
    );
    assert_eq!(code_today, 0);
    assert_eq!(
        (code_resolve, err_resolve),
        (
            2,
            format!(
                "error: resolution date `{}`: it is after {before}, the latest day it is anywhere on Earth now (UTC+14)\n",
                before.succ_opt().unwrap()
            )
        )
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    assert_eq!(l.count("SELECT count(*) FROM resolutions"), 0);
    // West (Honolulu, UTC-10, 24 hours behind Kiritimati): the day after today is today in
    // Kiritimati, so it is taken.
    let west = Ledger::new().on_wall_clock();
    let (code, err) = run_in(
        &west,
        "Pacific/Honolulu",
        &add_made_on(before)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    if day_in_kiritimati() == before {
        // The deadline (2999, never passed) is far after the date made, which `add` says
        // (ad4 F5); nothing else is said.
        let err: String = err
            .lines()
            .filter(|l| !l.contains("years after the date made"))
            .collect();
        assert_eq!((code, err.as_str()), (0, ""));
    }
}
