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
