use crate::harness::Ledger;

const ARTICLE: &str = "Outlook\n\nThe central bank will cut rates by June. Inflation may ease in the coming months, analysts said. \
Sales rose 4% last year. Would the board agree? Officials expect the plant to close, though nobody knows when.\n";

#[test]
fn extract_prints_candidates_as_json_in_the_contract_shape() {
    let l = Ledger::new();
    let f = l.write_file("a.md", ARTICLE);
    let v = l.json(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Daily Planet",
        "--published",
        "2026-01-10",
        "--format",
        "json",
        "--url",
        "https://example.org/a",
    ]);
    assert_eq!(v["article"]["source"], "Daily Planet");
    assert_eq!(v["article"]["published"], "2026-01-10");
    assert_eq!(v["article"]["url"], "https://example.org/a");
    assert_eq!(v["article"]["sha256"].as_str().unwrap().len(), 64);
    let c = v["candidates"].as_array().unwrap();
    assert_eq!(c.len(), 3, "{c:#?}");
    for key in [
        "sentence",
        "claim",
        "probability",
        "probability_basis",
        "deadline",
        "deadline_phrase",
        "condition",
        "stance",
        "attributed_to",
        "review",
        "start",
        "end",
    ] {
        assert!(c[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(c[0]["claim"], "The central bank will cut rates by June");
    assert_eq!(c[0]["deadline"], "2026-06-30");
    assert_eq!(c[1]["attributed_to"], "analysts");
    assert_eq!(c[2]["deadline"], serde_json::Value::Null);
    let (s, e) = (
        c[0]["start"].as_u64().unwrap() as usize,
        c[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&ARTICLE[s..e], c[0]["sentence"].as_str().unwrap());
    assert!(!l.db.exists(), "extract without --save writes nothing");
}

/// DESIGN: `sentence` is "the full sentence as it stands in the text" and `start`/`end` its
/// byte offsets: a hard-wrapped sentence with runs of spaces keeps them, in JSON and CSV.
#[test]
fn the_sentence_is_the_text_between_its_offsets_line_breaks_and_all() {
    let l = Ledger::new();
    let text = "Markets  were calm.\n\nThe bank will cut rates\nby June,  analysts said.\n\u{2014} Inflation may ease by March.\n";
    let f = l.write_file("wrapped.txt", text);
    let args = |format: &'static str| {
        [
            "extract",
            f.to_str().unwrap(),
            "--source",
            "Daily Planet",
            "--published",
            "2026-01-10",
            "--format",
            format,
        ]
        .map(str::to_string)
    };
    let v = l.json(&args("json").each_ref().map(String::as_str));
    let c = v["candidates"].as_array().unwrap();
    assert_eq!(c.len(), 2, "{c:#?}");
    for c in c {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(c["sentence"].as_str().unwrap(), &text[s..e]);
    }
    assert_eq!(
        c[0]["sentence"],
        "The bank will cut rates\nby June,  analysts said."
    );
    let csv = l.ok(&args("csv").each_ref().map(String::as_str));
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!(
        first.iter().next_back().unwrap(),
        "The bank will cut rates\nby June,  analysts said."
    );
}

#[test]
fn save_logs_the_candidates_with_the_article_once() {
    let l = Ledger::new();
    let f = l.write_file("a.md", ARTICLE);
    let args = [
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Daily Planet",
        "--published",
        "2026-01-10",
        "--save",
        "--yes",
    ];
    let r = l.run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("saved 2 forecast(s) from article #1 (1 skipped)"),
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("it has no deadline"), "{}", r.stderr);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["made_on"], "2026-01-10");
    assert_eq!(list[0]["probability_basis"], "hedge:will");
    assert_eq!(list[1]["probability_basis"], "hedge:may");
    assert_eq!(list[1]["probability_low"], 0.25);
    assert_eq!(
        list[1]["tags"],
        serde_json::json!(["attributed-to:analysts"])
    );
    let shown = l.ok(&["show", "1"]);
    assert!(
        shown.contains("article      #1") && shown.contains("Daily Planet (2026-01-10)"),
        "{shown}"
    );
    let again = l.ok(&args);
    assert!(
        again.contains("already extracted") && again.contains("nothing logged"),
        "{again}"
    );
    // Typed in another case, the source is named as the ledger spells it (audit 13).
    let mut lower = args;
    lower[3] = "daily planet";
    assert!(
        l.ok(&lower)
            .starts_with("article #1 from Daily Planet with this text was already extracted"),
        "{}",
        l.ok(&lower)
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    // The same text under another publication date (a typo in the first run's year) is
    // refused, naming the stored date: nothing logged under a mix of both dates.
    let mut other = args;
    other[5] = "2025-01-10";
    let err = l.fails(&other, 2);
    assert!(
        err.starts_with("error: --published `2025-01-10`: article #1 from Daily Planet with this text is in the ledger as published 2026-01-10"),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    l.ok(&["verify"]);
}

#[test]
fn a_default_deadline_saves_the_undated_candidate() {
    let l = Ledger::new();
    let f = l.write_file("a.md", ARTICLE);
    l.ok(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "P",
        "--published",
        "2026-01-10",
        "--save",
        "--yes",
        "--default-deadline",
        "end of 2026",
    ]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    assert_eq!(list[2]["deadline"], "2026-12-31");
    assert_eq!(list[2]["deadline_phrase"], "end of 2026");
}

#[test]
fn bad_extract_input_is_refused() {
    let l = Ledger::new();
    let latin = l.path("latin1.txt");
    std::fs::write(&latin, b"Caf\xe9 prices will rise by June.").unwrap();
    let err = l.fails(
        &[
            "extract",
            latin.to_str().unwrap(),
            "--source",
            "P",
            "--published",
            "2026-01-10",
        ],
        2,
    );
    assert!(
        err.contains("latin1.txt: line 1: byte 4 of the line is 0xE9, `é` in Windows-1252 and Latin-1, `È` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 or Mac Roman (older Mac programs); save it as \"UTF-8\""),
        "{err}"
    );
    assert!(
        err.ends_with("latin1.utf8.txt` if it is Mac Roman (the one that reads `é` or `È` as the file means)\n"),
        "{err}"
    );
    let bin = l.path("x.bin");
    std::fs::write(&bin, b"\x00\x01\x02 will").unwrap();
    assert!(l
        .fails(
            &[
                "extract",
                bin.to_str().unwrap(),
                "--source",
                "P",
                "--published",
                "2026-01-10"
            ],
            2
        )
        .contains("binary"));
    let f = l.write_file("a.md", ARTICLE);
    assert!(l
        .fails(
            &[
                "extract",
                f.to_str().unwrap(),
                "--source",
                "P",
                "--published",
                "2026-02-30"
            ],
            2
        )
        .contains("2026-02-30"));
    // A default deadline before the publication day is the flag's fault, said at once.
    assert_eq!(
        l.fails(
            &[
                "extract",
                f.to_str().unwrap(),
                "--source",
                "P",
                "--published",
                "2026-01-10",
                "--save",
                "--yes",
                "--default-deadline",
                "2025-01-01"
            ],
            2
        ),
        "error: --default-deadline `2025-01-01`: it reads as 2025-01-01, before the publication date 2026-01-10, the day the article's forecasts were made\n"
    );
    assert!(!l.db.exists());
    let err = l.fails(
        &[
            "extract",
            f.to_str().unwrap(),
            "--source",
            "P",
            "--published",
            "2026-01-10",
            "--save",
        ],
        2,
    );
    assert!(err.contains("pass --yes"), "{err}");
    assert!(!l.db.exists());
}

/// A web page saved as served is refused (its tags and scripts would land in claims and in
/// the ledger); Markdown with an inline tag is read.
#[test]
fn an_html_page_is_refused_and_markdown_with_a_tag_is_read() {
    let l = Ledger::new();
    let page = l.write_file(
        "page.html",
        "<!DOCTYPE html>\n<html><head><title>Rates</title></head><body>\n<p>Economists expect the central bank to raise rates by December.</p>\n<p>Oil prices will probably fall next year, analysts said.</p>\n</body></html>\n",
    );
    let bare = l.write_file(
        "bare.txt",
        "<p>Economists expect the central bank to raise rates by December.</p>\n<p>Oil prices will probably fall next year, analysts said.</p>\n<p>Wages will rise by March.</p>\n",
    );
    for f in [&page, &bare] {
        let args = [
            "extract",
            f.to_str().unwrap(),
            "--source",
            "P",
            "--published",
            "2026-01-10",
            "--save",
            "--yes",
        ];
        let err = l.fails(&args, 2);
        assert!(
            err.starts_with("error: extract `") && err.contains("is an HTML page, not text"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert!(!l.db.exists());
    let md = l.write_file(
        "a.md",
        "Wages will rise by March.<br>\n\nThe bank will cut rates by June, <sup>1</sup> analysts said.\n",
    );
    let out = l.ok(&[
        "extract",
        md.to_str().unwrap(),
        "--source",
        "P",
        "--published",
        "2026-01-10",
        "--format",
        "json",
    ]);
    assert!(out.contains("Wages will rise by March"), "{out}");
}

#[test]
fn extract_reads_stdin() {
    let l = Ledger::new();
    let out = l
        .command(&[
            "extract",
            "-",
            "--source",
            "P",
            "--published",
            "2026-01-10",
            "--format",
            "json",
        ])
        .write_stdin("Prices will likely rise by March.")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["candidates"][0]["probability"], 0.72);
}

#[test]
fn add_takes_hedge_words_and_time_phrases() {
    let l = Ledger::new();
    l.add("A", "x", "highly unlikely", "2025-05-22", "by summer", &[]);
    l.add("A", "y", "likely", "2025-05-22", "Q3 2026", &[]);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["probability"], 0.07);
    assert_eq!(list[0]["probability_basis"], "hedge:highly unlikely");
    assert_eq!(list[0]["deadline"], "2025-09-22");
    assert_eq!(list[1]["probability"], 0.72);
    assert_eq!(list[1]["probability_low"], 0.6);
    assert_eq!(list[1]["deadline"], "2026-09-30");
    assert!(l
        .fails(
            &[
                "add",
                "--source",
                "A",
                "--claim",
                "z",
                "--probability",
                "perchance",
                "--deadline",
                "2027-01-01"
            ],
            2
        )
        .contains("`perchance`"));
}

/// Candidates printed as JSON import as JSON Lines with their own field names: an
/// explicit number's basis (`number:60%`) is a stated probability, a hedge's stays a hedge.
#[test]
fn extracted_candidates_import_with_their_bases() {
    let l = Ledger::new().at("2026-01-12");
    let f = l.write_file(
        "n.txt",
        "There is a 60% chance that the tunnel opens by June 2026. The bridge will likely reopen by March 2026.\n",
    );
    let v = l.json(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Wire",
        "--published",
        "2026-01-10",
        "--format",
        "json",
    ]);
    let c = v["candidates"].as_array().unwrap();
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0]["probability_basis"], "number:60%");
    let lines: String = c
        .iter()
        .map(|c| {
            let mut row = c.clone();
            row["source"] = "Wire".into();
            row["made_on"] = "2026-01-10".into();
            format!("{row}\n")
        })
        .collect();
    let jl = l.write_file("c.jsonl", &lines);
    l.ok(&["import", jl.to_str().unwrap()]);
    let listed = l.json(&["list", "--format", "json"]);
    let bases: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["probability_basis"].as_str().unwrap())
        .collect();
    assert_eq!(bases, ["stated", "hedge:likely"]);
}

/// An article with nothing to log says so without a dangling "ids " (audit 10, item 14).
#[test]
fn saving_an_article_with_no_forecasts_lists_no_ids() {
    let l = Ledger::new();
    let f = l.write_file(
        "calm.txt",
        "Sales rose 4% last year. The board met on Monday.\n",
    );
    let out = l.ok(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Daily Planet",
        "--published",
        "2026-01-10",
        "--save",
        "--yes",
    ]);
    assert_eq!(out, "saved 0 forecast(s) from article #1 (0 skipped)\n");
}

/// Audit item 22: `extract - --save` reads the article from standard input, which then
/// cannot carry the review's answers: said as such (not "needs a terminal", which a user
/// typing on one finds wrong), exit 2, nothing written.
#[test]
fn saving_an_article_from_standard_input_says_why_it_cannot_ask() {
    let l = Ledger::new();
    let out = l
        .command(&[
            "extract",
            "-",
            "--source",
            "X",
            "--published",
            "2026-03-12",
            "--save",
        ])
        .write_stdin("The deal will likely close by June.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: --save: reviewing candidates reads answers from standard input, which carries the article here; name the article's file instead of `-`, or pass --yes to take them all\n"
    );
    assert!(!l.path("ledger.sqlite3").exists());
}

/// Audit 13, E11: the same article saved again in other bytes (a footer appended, CRLF
/// line endings) has another digest, so it is a new article; its candidates that repeat
/// forecasts already logged (the identity `add` and `import` refuse to log twice) are not
/// logged again, each named in a note, and counted in the summary. A forecast logged by
/// hand is found the same way.
#[test]
fn an_article_saved_again_in_other_bytes_logs_no_forecast_twice() {
    let l = Ledger::new();
    let save = |name: &str, text: &str| {
        let f = l.write_file(name, text);
        l.run(&[
            "extract",
            f.to_str().unwrap(),
            "--source",
            "Daily Planet",
            "--published",
            "2026-01-10",
            "--save",
            "--yes",
        ])
    };
    let first = save("a.md", ARTICLE);
    assert_eq!(
        first.stdout,
        "saved 2 forecast(s) from article #1 (1 skipped): ids 1, 2\nnote: 1 of the saved forecast(s) the article attributes to someone other than Daily Planet (logged under Daily Planet, tagged attributed-to:NAME): analysts (1)\n"
    );
    let notes = |article: i64| {
        format!(
            "note: skipped \"The central bank will cut rates by June\": it repeats forecast 1 from article #{article} (same source, claim, probability, date made, deadline, stance and condition), so logged again it would count twice\n\
note: skipped \"Inflation may ease in the coming months\": it repeats forecast 2 from article #{article} (same source, claim, probability, date made, deadline, stance and condition), so logged again it would count twice\n"
        )
    };
    let footer = save(
        "b.md",
        &format!("{ARTICLE}\nCopyright 2026 Daily Planet.\n"),
    );
    assert_eq!(footer.code, 0, "{}", footer.stderr);
    assert_eq!(
        footer.stdout,
        "saved 0 forecast(s) from article #2 (1 skipped, 2 already in the ledger)\n"
    );
    assert!(footer.stderr.ends_with(&notes(1)), "{}", footer.stderr);
    let crlf = save("c.md", &ARTICLE.replace('\n', "\r\n"));
    assert_eq!(
        crlf.stdout,
        "saved 0 forecast(s) from article #3 (1 skipped, 2 already in the ledger)\n"
    );
    assert!(crlf.stderr.ends_with(&notes(1)), "{}", crlf.stderr);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
    // Another probability is a forecast of its own; one logged by hand is a repeat too.
    let l2 = Ledger::new();
    l2.add(
        "daily planet",
        "The central bank will cut rates by June",
        "0.95",
        "2026-01-10",
        "2026-06-30",
        &[],
    );
    let f = l2.write_file("a.md", ARTICLE);
    let r = l2.run(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Daily Planet",
        "--published",
        "2026-01-10",
        "--save",
        "--yes",
    ]);
    assert_eq!(
        r.stdout,
        "saved 1 forecast(s) from article #1 (1 skipped, 1 already in the ledger): ids 2\nnote: 1 of the saved forecast(s) the article attributes to someone other than Daily Planet (logged under Daily Planet, tagged attributed-to:NAME): analysts (1)\n"
    );
    assert!(
        r.stderr.contains("note: skipped \"The central bank will cut rates by June\": it repeats forecast 1 (same source,"),
        "{}",
        r.stderr
    );
    l.ok(&["verify"]);
    l2.ok(&["verify"]);
}

/// Audit 13, E12: `extract --format csv` carries every field its JSON gives a candidate
/// (`probability_low`, `probability_high`, `stance` included), so a fact-checker's
/// spreadsheet round (extract to CSV, fix claims, import) reads it back, hedges and all.
#[test]
fn extracted_candidates_as_csv_import_back_with_their_hedges() {
    let l = Ledger::new().at("2026-01-12");
    let f = l.write_file(
        "n.txt",
        "There is a 60% chance that the tunnel opens by June 2026. The bridge will likely reopen by March 2026.\n",
    );
    let csv = l.ok(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Wire",
        "--published",
        "2026-01-10",
        "--format",
        "csv",
    ]);
    assert_eq!(
        csv.lines().next().unwrap(),
        "claim,probability,probability_basis,probability_low,probability_high,deadline,deadline_phrase,condition,stance,attributed_to,review,start,end,sentence"
    );
    let file = l.write_file("c.csv", &csv);
    let r = l.run(&[
        "import",
        file.to_str().unwrap(),
        "--set",
        "source=Wire",
        "--set",
        "made_on=2026-01-10",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "imported 2 forecast(s) (0 resolved) from {}\n",
            file.display()
        )
    );
    let listed = l.json(&["list", "--format", "json"]);
    let got: Vec<(String, String, f64, String)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["claim"].as_str().unwrap().to_string(),
                f["probability_basis"].as_str().unwrap().to_string(),
                f["probability"].as_f64().unwrap(),
                f["stance"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "The tunnel opens by June 2026".to_string(),
                "stated".to_string(),
                0.6,
                "for".to_string()
            ),
            (
                "The bridge will reopen by March 2026".to_string(),
                "hedge:likely".to_string(),
                0.72,
                "for".to_string()
            ),
        ]
    );
    assert_eq!(listed[1]["probability_low"], 0.6);
    assert_eq!(listed[1]["probability_high"], 0.8);
}

/// Audit 14, A2: `--save --yes` says which saved candidates the article attributes to
/// someone else, and by whom (they are logged under the source with a tag); the author's own
/// odds after a reported forecast are hers (text we wrote).
#[test]
fn save_names_the_holders_other_than_the_source() {
    let l = Ledger::new();
    let f = l.write_file(
        "col.txt",
        "Union leaders told me on Friday that a settlement is likely by June, though I would put the odds closer to 35%.\nThe bridge will likely reopen by Easter.\n",
    );
    let r = l.run(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Col",
        "--published",
        "2026-03-14",
        "--save",
        "--yes",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "saved 3 forecast(s) from article #1 (0 skipped): ids 1-3\nnote: 1 of the saved forecast(s) the article attributes to someone other than Col (logged under Col, tagged attributed-to:NAME): Union leaders (1)\n"
    );
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(
        list[0]["tags"],
        serde_json::json!(["attributed-to:Union leaders"])
    );
    assert_eq!(list[1]["tags"], serde_json::json!([]));
    assert_eq!(list[1]["probability"], 0.35);
}

/// Audit 15 A12: saving an old article whose forecasts are already past their deadlines says
/// so on stderr, as `add` does for one forecast: due at once and logged late.
#[test]
fn saving_an_old_article_notes_the_forecasts_logged_late() {
    let l = Ledger::new();
    let f = l.write_file(
        "old.txt",
        "The ferry will likely resume by March 2020.\nThe toll will probably rise by June 2020.\n",
    );
    let r = l.run(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Col",
        "--published",
        "2020-01-14",
        "--save",
        "--yes",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "saved 2 forecast(s) from article #1 (0 skipped): ids 1, 2\n"
    );
    assert!(
        r.stderr
            .contains("note: 2 of the 2 forecast(s) saved have a deadline before today ("),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("the latest 2020-06-30: they are due at once and count as logged late (`--exclude-late` leaves them out of the scores)"),
        "{}",
        r.stderr
    );
}

/// Audit 18, A15: `extract --save --yes --format json` printed the text summary, so a script
/// parsing the saved ids met a JSON error; it prints a JSON summary (article id, source,
/// ids saved, skipped, repeats, extracted before), and `--format csv` with `--save` is
/// refused before anything is written. Text before the fix, csv ignored.
#[test]
fn save_with_format_json_prints_what_it_saved_as_json() {
    let l = Ledger::new();
    let f = l.write_file("a.md", ARTICLE);
    let save = |format: &str| {
        l.run(&[
            "extract",
            f.to_str().unwrap(),
            "--source",
            "Daily Planet",
            "--published",
            "2026-01-10",
            "--save",
            "--yes",
            "--format",
            format,
        ])
    };
    let r = save("csv");
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "error: --format csv: with --save, extract prints what it saved as text or as json (--format json); csv lists candidates without --save\n"
    );
    assert!(!l.db.exists(), "nothing written, no ledger made");
    let r = save("json");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "article": 1, "source": "Daily Planet", "saved": [1, 2], "skipped": 1,
            "already_in_ledger": [], "extracted_before": false, "already_extracted": false,
            "quit": false
        })
    );
    assert!(r.stderr.contains("it has no deadline"), "{}", r.stderr);
    let again: serde_json::Value = serde_json::from_str(&save("json").stdout).unwrap();
    assert_eq!(
        again,
        serde_json::json!({
            "article": 1, "source": "Daily Planet", "saved": [], "skipped": 1,
            "already_in_ledger": [], "extracted_before": false, "already_extracted": true,
            "quit": false
        })
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
}

/// Audit 21 left, the listings' failure elsewhere: at `COLUMNS=40` comfy-table split every
/// word of `extract`'s candidates (`Fede`/`ral`, `2025`/`-12-`/`31`). The table is now
/// fitted as the listings are: no line wider than the terminal, no word split, and what is
/// left out named.
#[test]
fn the_candidates_table_fits_40_columns_without_splitting_a_word() {
    let l = Ledger::new();
    let f = l.write_file("a.md", ARTICLE);
    for columns in [40, 60, 80, 200] {
        let text = l.ok_at_width(
            &[
                "extract",
                f.to_str().unwrap(),
                "--source",
                "P",
                "--published",
                "2026-01-10",
            ],
            columns,
        );
        for line in text.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= columns,
                "{columns}: `{line}`:\n{text}"
            );
        }
        if columns == 40 {
            assert_eq!(
                text.lines().nth(1).unwrap(),
                "│ # ┆ claim             ┆ probability  │",
                "{text}"
            );
            assert!(
                text.contains("(left out at this width: deadline,\n"),
                "{text}"
            );
        }
    }
}

/// Audit 22 C5: "before autumn" in a November article is next year's autumn, as the same
/// phrase typed to `add` is, not "no time phrase".
#[test]
fn before_a_season_already_begun_in_an_article_is_the_next_one() {
    let l = Ledger::new();
    let f = l.write_file(
        "a.txt",
        "I doubt we will see core inflation under 2.5% before autumn.\n",
    );
    let v = l.json(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Daily Planet",
        "--published",
        "2026-11-10",
        "--format",
        "json",
    ]);
    let c = v["candidates"].as_array().unwrap();
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0]["deadline"], "2027-09-22", "{c:#?}");
    assert_eq!(c[0]["deadline_phrase"], "before autumn", "{c:#?}");
}

/// What `extract --format json` reads in `text`, as an article by S published on `published`.
fn extracted(l: &Ledger, text: &str, published: &str) -> serde_json::Value {
    let f = l.write_file("s.txt", text);
    l.json(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "S",
        "--published",
        published,
        "--format",
        "json",
    ])
}

/// Audit 23 D3: on 1 December a season named bare is the next one, flagged for review, in
/// `extract` as in `add`; "X, or it might wait until T" takes T; a season as an adjective of
/// something planned ("a spring offensive") and "the beginning of the fall" are dated.
#[test]
fn seasons_said_as_one_ends_alternatives_and_season_adjectives_are_dated() {
    let l = Ledger::new().at("2026-12-01");
    let rows = |text: &str| -> Vec<(
        String,
        serde_json::Value,
        serde_json::Value,
        serde_json::Value,
    )> {
        extracted(&l, text, "2026-12-01")["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["claim"].as_str().unwrap().to_string(),
                    c["deadline"].clone(),
                    c["deadline_phrase"].clone(),
                    c["review"].clone(),
                )
            })
            .collect()
    };
    let autumn = rows("Meta could unveil its AR glasses in the autumn.\n");
    assert_eq!(autumn.len(), 1, "{autumn:#?}");
    assert_eq!(autumn[0].1, "2027-12-22");
    assert_eq!(autumn[0].2, "in the autumn");
    assert!(autumn[0].3.to_string().contains("rolled"), "{autumn:#?}");
    let alt = rows(
        "Meta could unveil its AR glasses at the autumn event, or it might wait until early 2028.\n",
    );
    assert_eq!(alt.len(), 1, "{alt:#?}");
    assert_eq!(alt[0].1, "2028-04-30", "{alt:#?}");
    let offensive = rows("If the talks fail, a spring offensive is likely.\n");
    assert_eq!(offensive.len(), 1, "{offensive:#?}");
    assert_eq!(offensive[0].1, "2027-06-21", "{offensive:#?}");
    assert_eq!(offensive[0].2, "spring", "{offensive:#?}");
    let fall = rows("The deal should close by the beginning of the fall.\n");
    assert_eq!(fall.len(), 1, "{fall:#?}");
    assert_eq!(fall[0].1, "2027-09-23", "{fall:#?}");
    assert_eq!(fall[0].2, "by the beginning of the fall", "{fall:#?}");
    // `add` reads the phrase the same way, and says the roll.
    let r = l.run(&[
        "add",
        "--source",
        "S",
        "--claim",
        "Meta unveils AR glasses",
        "--probability",
        "0.5",
        "--deadline",
        "in the autumn",
        "--made-on",
        "2026-12-01",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = l.json(&["show", "1", "--format", "json"]);
    assert_eq!(v["forecast"]["deadline"], "2027-12-22");
    assert_eq!(
        r.stderr,
        "note: deadline `in the autumn` read as 2027-12-22, past the one that ended (or was in its last month) less than two months before the date made (2026-12-01); check which year is meant\n"
    );
    // `correct --deadline` reads it alike and says so too.
    l.add("S", "Deal closes", "0.5", "2026-12-01", "2027-01-31", &[]);
    let r = l.run(&[
        "correct",
        "2",
        "--deadline",
        "in the fall",
        "--why",
        "misread",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: deadline `in the fall` read as 2027-12-22, past the one that ended (or was in its last month) less than two months before the date made (2026-12-01); check which year is meant\n"
    );
    let v = l.json(&["show", "3", "--format", "json"]);
    assert_eq!(v["forecast"]["deadline"], "2027-12-22");
}

/// "before Friday" in an article published on a Friday is read as before next week's Friday;
/// the review says the week is in doubt, not the year (session 41: it said the "before Friday"
/// had ended and asked which year).
#[test]
fn before_the_publication_weekday_is_next_weeks_and_says_so() {
    let l = Ledger::new();
    let v = extracted(&l, "The bank will cut rates before Friday.\n", "2026-11-27");
    let c = &v["candidates"][0];
    assert_eq!(c["deadline"], "2026-12-03");
    assert_eq!(
        c["review"],
        serde_json::json!(["\"before Friday\" names the day of publication itself, so it was read as next week's; check which week is meant"])
    );
}

/// "By autumn" in January is this year's autumn: nothing was rolled past (the autumn before
/// ended with December), so neither `extract` nor `add` says a roll; "by summer" in October,
/// read as next year's with the summer just ended 12 days before, still is.
#[test]
fn a_season_read_as_this_years_across_new_year_is_no_roll() {
    let l = Ledger::new();
    let review = |text: &str, published: &str| {
        let v = extracted(&l, text, published);
        let c = &v["candidates"][0];
        (c["deadline"].clone(), c["review"].clone())
    };
    assert_eq!(
        review("The bank will cut rates by autumn.\n", "2026-01-15"),
        ("2026-12-21".into(), serde_json::json!([]))
    );
    assert_eq!(
        review("The bank will cut rates by summer.\n", "2026-10-05"),
        (
            "2027-09-23".into(),
            serde_json::json!(["the deadline rolled forward past the \"by summer\" that had ended, or was in its last month, at publication; check which year is meant"])
        )
    );
    let r = l.add_run("S", "Rates cut", "0.5", "2026-01-15", "by autumn", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: deadline `by autumn` read as 2026-12-21 (Monday)\n"
    );
}

/// Audit 26, finding 1 (a text we wrote): a claim the article gives twice by one deadline
/// (two speakers' values) is logged once by `--save --yes`, the second named in a warning;
/// a claim the writer flatly rebuts is logged only as the writer's denial.
#[test]
fn one_article_logs_one_forecast_of_a_claim() {
    let l = Ledger::new();
    let f = l.write_file(
        "a.md",
        "ANA: I'd say 60 percent the strike ends by March 31.\n\nBEN: I'm less sure. Maybe 35%.\n\n\
         The minister says the ferry will sail by May. It won't.\n",
    );
    let out = l.run(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Desk",
        "--published",
        "2026-11-15",
        "--save",
        "--yes",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "saved 2 forecast(s) from article #1 (1 skipped): ids 1, 2\n"
    );
    assert_eq!(
        out.stderr,
        "warning: skipped \"The strike ends by March 31\": a forecast taken before it from this article has the same claim by the same deadline, and a source logs one forecast of a claim\n"
    );
    let list = l.run(&["list", "--format", "csv"]);
    let rows: Vec<String> = list
        .stdout
        .lines()
        .skip(1)
        .map(|r| r.split(',').take(5).collect::<Vec<_>>().join(","))
        .collect();
    assert_eq!(
        rows,
        vec![
            "1,Desk,the-strike-ends-by-march-31,The strike ends by March 31,0.6",
            "2,Desk,the-ferry-will-sail-by-may,The ferry will sail by May,0.05",
        ]
    );
}

/// An article repeating the words of a forecast whose wording `correct` replaced is the
/// corrected forecast's claim (audit 26, item 3: it was logged again, as a question of its
/// own, with nothing said): `--save --yes` skips it, naming the current version; a
/// candidate identical to the replaced version is a repeat of it, named with its correction.
#[test]
fn save_skips_a_claim_whose_wording_was_corrected() {
    let l = Ledger::new();
    l.add(
        "S",
        "The fishing accord will be signed by June",
        "0.5",
        "2026-11-02",
        "2027-06-30",
        &[],
    );
    l.ok(&[
        "correct",
        "1",
        "--claim",
        "The fishing accord will be ratified by June",
        "--why",
        "wording",
    ]);
    let f = l.write_file(
        "a.md",
        "I expect the fishing accord to be signed by June. Rents will probably rise in Lisbon by the end of the year.\n",
    );
    let save = |published: &str| {
        l.run(&[
            "extract",
            f.to_str().unwrap(),
            "--source",
            "S",
            "--published",
            published,
            "--save",
            "--yes",
        ])
    };
    let r = save("2026-11-20");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "saved 1 forecast(s) from article #1 (0 skipped, 1 already in the ledger): ids 3\n",
            "note: skipped \"The fishing accord will be signed by June\": already logged as #2 (a corrected version: #1 made the same claim from this source, by the same deadline), so it is not logged again as a new question\n"
        )
    );
    // The replaced version exactly (its probability and day): a repeat of forecast 1.
    l.add(
        "T",
        "The fishing accord will be signed by June",
        "0.75",
        "2026-11-02",
        "2027-06-30",
        &[],
    );
    l.ok(&[
        "correct",
        "4",
        "--claim",
        "The fishing accord will be ratified by June",
        "--why",
        "wording",
    ]);
    let r = l.run(&[
        "extract",
        f.to_str().unwrap(),
        "--source",
        "T",
        "--published",
        "2026-11-02",
        "--save",
        "--yes",
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "note: this text (the same sha256) is in the ledger already as article #1 from `S`; saving it under `T` logs its forecasts again as that source's. If `S` wrote it, give --source S (its forecasts there are not logged twice)\n\
         note: skipped \"The fishing accord will be signed by June\": it repeats forecast 4, corrected by forecast 5 (same source, claim, probability, date made, deadline, stance and condition), so logged again it would count twice\n\
         hint: another source made the claim of forecast 6 on question `rents-will-rise-in-lisbon-by-end-of-year`; to compare them, void 6 (`forecast resolve 6 --void --reason annulled`) and log it again with `forecast add ... --question rents-will-rise-in-lisbon-by-end-of-year`\n"
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        v["already_in_ledger"],
        serde_json::json!([{"claim": "The fishing accord will be signed by June", "forecast": 4, "article": null, "corrected_by": 5}])
    );
    assert_eq!(v["saved"], serde_json::json!([6]));
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 6);
    // The hint's way, followed (ad7 F5): voided as annulled, forecast 6 is no repeat, and
    // the same forecast logged with the key lands on the other source's question.
    let six = l.json(&[
        "list", "--status", "all", "--source", "T", "--format", "json",
    ]);
    let six = six
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == 6)
        .unwrap()
        .clone();
    l.ok(&["resolve", "6", "--void", "--reason", "annulled"]);
    let key = "rents-will-rise-in-lisbon-by-end-of-year";
    let p = six["probability"].to_string();
    let r = l.run(&[
        "add",
        "--source",
        "T",
        "--claim",
        six["claim"].as_str().unwrap(),
        "--probability",
        &p,
        "--made-on",
        six["made_on"].as_str().unwrap(),
        "--deadline",
        six["deadline"].as_str().unwrap(),
        "--question",
        key,
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "7\n"), "{}", r.stderr);
    assert_eq!(
        l.count(&format!(
            "SELECT count(*) FROM forecasts f JOIN questions q ON q.id = f.question_id WHERE q.key = '{key}'"
        )),
        2
    );
}

/// The note on forecasts the article attributes to others counts those logged now, by
/// their place: a repeat of one logged from the same article is skipped without hiding the
/// one logged (audit 26, item 10: the note said 1 where 2 were logged, the skipped summary
/// line cancelling its first mention). The second mention is worded apart, with its holder
/// in another case, so the extractor's own merging of exact repeats leaves it to the save.
#[test]
fn the_attribution_note_counts_a_forecast_repeated_in_its_article_once() {
    let l = Ledger::new();
    let f = l.write_file(
        "wire.md",
        "Analysts expect the fishing accord to be signed by June.\n\n\"Rates will fall by March,\" said Pia Holm.\n\nThe fishing accord will be signed by June, analysts expect.\n",
    );
    let args = [
        "extract",
        f.to_str().unwrap(),
        "--source",
        "Wire",
        "--published",
        "2026-11-20",
        "--save",
        "--yes",
    ];
    let r = l.run(&args);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "saved 2 forecast(s) from article #1 (1 skipped): ids 1, 2\n\
             note: 2 of the saved forecast(s) the article attributes to someone other than Wire (logged under Wire, tagged attributed-to:NAME): Analysts (1), Pia Holm (1)\n",
            "warning: skipped \"The fishing accord will be signed by June\": a forecast taken before it from this article has the same claim by the same deadline, and a source logs one forecast of a claim\n"
        )
    );
}

/// An updated article whose source changed its probability on a claim it logged before:
/// the note names the change and the `update` that logs it (audit 28, M1), since the
/// changed view is otherwise dropped in silence.
#[test]
fn a_changed_probability_in_an_updated_article_names_update() {
    let l = Ledger::new();
    let first = l.write_file("v1.md", "The ECB will probably cut rates by March.\n");
    let second = l.write_file(
        "v2.md",
        "Updated. The ECB will very likely cut rates by March.\n",
    );
    let save = |f: &std::path::Path, day: &str| {
        l.run(&[
            "extract",
            f.to_str().unwrap(),
            "--source",
            "Wire",
            "--published",
            day,
            "--save",
            "--yes",
        ])
    };
    assert_eq!(save(&first, "2026-11-20").code, 0);
    let r = save(&second, "2026-11-21");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "saved 0 forecast(s) from article #2 (0 skipped, 1 already in the ledger)\n",
            "note: skipped \"The ECB will cut rates by March\": already logged as #1 (the same claim from this source, by the same deadline), so it is not logged again as a new question; #1 says 72%, this article 88%: to log the changed view, `forecast update 1 --probability 88% --made-on 2026-11-21`\n"
        )
    );
    // The command the note names does log it.
    l.ok(&[
        "update",
        "1",
        "--probability",
        "88%",
        "--made-on",
        "2026-11-21",
    ]);
}

/// A claim another source made on a question of its own gets the hint `add` gives, since
/// `compare` sets forecasts side by side only on one question (audit 28, M2).
#[test]
fn a_saved_claim_another_source_made_gets_the_same_claim_hint() {
    let l = Ledger::new();
    let f = l.write_file(
        "one.md",
        "The Fed will cut rates by March, analysts said.\n",
    );
    let save = |source: &str| {
        l.run(&[
            "extract",
            f.to_str().unwrap(),
            "--source",
            source,
            "--published",
            "2026-11-17",
            "--save",
            "--yes",
        ])
    };
    let a = save("A");
    assert_eq!((a.code, a.stderr.as_str()), (0, ""), "{}", a.stdout);
    let b = save("B");
    assert_eq!(b.code, 0);
    assert_eq!(
        b.stderr,
        // The same text under another source is said first (ux31 M5).
        "note: this text (the same sha256) is in the ledger already as article #1 from `A`; saving it under `B` logs its forecasts again as that source's. If `A` wrote it, give --source A (its forecasts there are not logged twice)\n\
         hint: another source made the claim of forecast 2 on question `the-fed-will-cut-rates-by-march`; to compare them, void 2 (`forecast resolve 2 --void --reason annulled`) and log it again with `forecast add ... --question the-fed-will-cut-rates-by-march`\n"
    );
}

/// ux31 M5: `extract --save` under a source spelled like one the ledger has gets the hint
/// `add` and `import` give, and a text already saved under another source is named, both
/// before the review; a source that saved the text itself, or is known, hears neither.
#[test]
fn saving_under_a_lookalike_source_or_anothers_text_is_said() {
    let l = Ledger::new();
    let f = l.write_file("a.md", "The central bank will cut rates by June.\n");
    let save = |source: &str| {
        l.run(&[
            "extract",
            f.to_str().unwrap(),
            "--source",
            source,
            "--published",
            "2026-01-10",
            "--save",
            "--yes",
        ])
    };
    let first = save("Margaret Oyelaran");
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(!first.stderr.contains("hint:"), "{}", first.stderr);
    let typo = save("Margaret Oyelaren");
    assert_eq!(typo.code, 0, "{}", typo.stderr);
    assert!(
        typo.stderr.starts_with(
            "hint: `Margaret Oyelaren` is a new source; the ledger has `Margaret Oyelaran`. A typo would split one record over two names in every report: if that is who you meant, give --source 'Margaret Oyelaran' (forecasts saved under the new name are voided with `forecast resolve ID --void --reason annulled --note 'wrong source'`)\n\
             note: this text (the same sha256) is in the ledger already as article #1 from `Margaret Oyelaran`; saving it under `Margaret Oyelaren` logs its forecasts again as that source's. If `Margaret Oyelaran` wrote it, give --source 'Margaret Oyelaran' (its forecasts there are not logged twice)\n"
        ),
        "{}",
        typo.stderr
    );
    // A third, unrelated source: the text note alone, naming the first article and how
    // many other sources saved it.
    let third = save("Wire Desk");
    assert!(
        third.stderr.starts_with("note: this text (the same sha256) is in the ledger already as article #1 from `Margaret Oyelaran` (and under 1 other source(s)); saving it under `Wire Desk` logs"),
        "{}",
        third.stderr
    );
    // The source that saved it, in another case: neither.
    let again = save("margaret oyelaran");
    assert!(
        !again.stderr.contains("hint:") && !again.stderr.contains("sha256"),
        "{}",
        again.stderr
    );
}

/// An empty or blank article (a download or conversion that failed before `extract -`) was
/// listed as "No forecasts found." and saved as an article of no forecasts, exit 0 (ad3 F4).
#[test]
fn an_empty_article_is_refused_and_nothing_is_saved() {
    let l = Ledger::new();
    let f = l.write_file("empty.md", "\u{feff} \n\n\t\n");
    let path = f.to_str().unwrap();
    let msg = format!("error: extract `{path}`: it is empty (nothing but white space), so there is no article to read; check that the download or conversion before it worked\n");
    let args = [
        "extract",
        path,
        "--source",
        "P",
        "--published",
        "2026-01-10",
    ];
    assert_eq!(l.fails(&args, 2), msg);
    let mut save = args.to_vec();
    save.extend(["--save", "--yes"]);
    assert_eq!(l.fails(&save, 2), msg);
    assert!(!l.db.exists(), "nothing written");
}

/// `--title` and `--url` are stored text, refused with a control character as a claim or a
/// source name is (they were stored with an escape sequence); a `--source` with one is
/// refused before any note prints it (ad3 F5).
#[test]
fn control_characters_are_refused_in_the_articles_title_url_and_source() {
    let l = Ledger::new();
    let f = l.write_file("a.md", "Oil will fall by July.\n");
    let path = f.to_str().unwrap();
    let base = [
        "extract",
        path,
        "--source",
        "P",
        "--published",
        "2026-01-10",
        "--save",
        "--yes",
    ];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| s.to_string()).collect()
    };
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        l.fails(&args, 2)
    };
    assert_eq!(
        run(with(&["--title", "Bad\u{1b}[31mTitle"])),
        "error: --title `Bad\\u{1b}[31mTitle`: must not contain control characters\n"
    );
    assert_eq!(
        run(with(&["--url", "https://x\u{7}y"])),
        "error: --url `https://x\\u{7}y`: must not contain control characters\n"
    );
    assert!(!l.db.exists(), "nothing written");
    l.ok(&base);
    let mut other = base.to_vec();
    other[3] = "P\u{1b}[2J";
    assert_eq!(
        l.fails(&other, 2),
        "error: source `P\\u{1b}[2J`: must not contain control characters\n"
    );
}

/// ad3 F8: a page's or a feed's timestamp as `--published` gives its date as written, as
/// `import` reads a date with a time; a date with anything else after it is still refused,
/// naming the option.
#[test]
fn a_published_timestamp_gives_its_date() {
    let l = Ledger::new();
    let art = l.write_file("a.txt", "Analysts expect the bill to pass by June.\n");
    let art = art.to_str().unwrap();
    for stamp in [
        "2025-05-21T10:00:00Z",
        "2025-05-21 10:00",
        "2025-05-21T23:30:00-07:00",
    ] {
        let out = l.ok(&[
            "extract",
            art,
            "--source",
            "A",
            "--published",
            stamp,
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["article"]["published"], "2025-05-21", "{stamp}");
        assert_eq!(v["candidates"][0]["deadline"], "2025-06-30", "{stamp}");
    }
    assert_eq!(
        l.fails(
            &["extract", art, "--source", "A", "--published", "2025-05-21Tnoon"],
            2
        ),
        "error: --published: date `2025-05-21Tnoon` is not a valid YYYY-MM-DD date; a day is typed as YYYY-MM-DD (a day option also takes `today` or `yesterday`; time phrases are read only as deadlines)\n"
    );
}

/// The same article saved again in other bytes (a footer added, so another digest) does not
/// bring back a candidate whose forecast its owner voided as annulled: `extract --save`
/// counts such a forecast as `import` does, while `add` (the way out of a wrong question that
/// the hints name) does not (ad7 F5, session 44).
#[test]
fn an_article_saved_again_does_not_bring_back_an_annulled_candidate() {
    let l = Ledger::new();
    let a = l.write_file("a.txt", "Analysts expect the bill to pass by June.\n");
    let b = l.write_file(
        "b.txt",
        "Analysts expect the bill to pass by June.\n\nFooter.\n",
    );
    let save = |f: &std::path::Path| {
        l.run(&[
            "extract",
            f.to_str().unwrap(),
            "--source",
            "S",
            "--published",
            "2026-11-20",
            "--save",
            "--yes",
        ])
    };
    let r = save(&a);
    assert_eq!(r.code, 0, "{}", r.stderr);
    l.ok(&["resolve", "1", "--void", "--reason", "annulled"]);
    let r = save(&b);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(
            "saved 0 forecast(s) from article #2 (0 skipped, 1 already in the ledger)"
        ),
        "{}",
        r.stdout
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}
