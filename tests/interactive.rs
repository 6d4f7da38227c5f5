//! The interactive resolver, driven through `app::run` with scripted answers: the same code
//! path a terminal uses, without needing one.

use clap::Parser;
use forecast_ledger::app::{run, Context, Io};
use forecast_ledger::cli::Cli;
use forecast_ledger::output::Style;
use forecast_ledger::time::{parse_date, Clock};

fn go(ctx: &Context, args: &[&str], answers: &str) -> String {
    let cli = Cli::try_parse_from(std::iter::once("forecast").chain(args.iter().copied())).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut input = answers.as_bytes();
    let mut io = Io {
        out: &mut out,
        err: &mut err,
        input: &mut input,
    };
    run(cli, ctx, &mut io).unwrap();
    String::from_utf8(out).unwrap()
}

/// A context as on a terminal, with a fresh ledger in `dir` and a fixed date.
fn terminal(dir: &tempfile::TempDir) -> Context {
    Context {
        db: dir.path().join("l.sqlite3"),
        clock: Clock::fixed(parse_date("2026-11-28").unwrap()),
        style: Style::default(),
        interactive: true,
        progress: false,
    }
}

#[test]
fn the_resolver_asks_about_each_due_forecast() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    for claim in ["one", "two", "three", "four"] {
        go(
            &ctx,
            &[
                "add",
                "--source",
                "s",
                "--claim",
                claim,
                "--probability",
                "0.6",
                "--made-on",
                "2026-01-01",
                "--deadline",
                "2026-06-01",
            ],
            "",
        );
    }
    // one: yes; two: an unknown answer, then void with a reason; three: skip; then quit.
    let text = go(&ctx, &["resolve"], "y\nmaybe\nv\nc\ns\nq\n");
    assert!(text.contains("forecast 1 resolved true"), "{text}");
    assert!(text.contains("forecast 2 resolved void"), "{text}");
    let list = go(&ctx, &["list", "--format", "json"], "");
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let outcomes: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["outcome"].clone(), f["reason"].clone()))
        .collect();
    assert_eq!(outcomes[0].0, "true");
    assert_eq!(
        outcomes[1],
        (
            serde_json::json!("void"),
            serde_json::json!("condition-false")
        )
    );
    assert!(outcomes[2].0.is_null() && outcomes[3].0.is_null());
}

#[test]
fn extract_save_walks_the_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    let article = dir.path().join("a.md");
    std::fs::write(&article, "The bank will cut rates by June. Inflation may ease in the coming months. Prices could fall by autumn.\n").unwrap();
    let path = article.to_str().unwrap();
    // First: change its probability to 60% and accept. Second: change the deadline and accept.
    // Third: skip.
    let out = go(
        &ctx,
        &[
            "extract",
            path,
            "--source",
            "P",
            "--published",
            "2026-01-10",
            "--save",
        ],
        "p\n60%\na\nd\nend of 2026\n\ns\n",
    );
    assert!(
        out.contains("[1/3] The bank will cut rates by June"),
        "{out}"
    );
    assert!(
        out.contains("saved 2 forecast(s) from article #1 (1 skipped)"),
        "{out}"
    );
    let list: serde_json::Value =
        serde_json::from_str(&go(&ctx, &["list", "--format", "json"], "")).unwrap();
    assert_eq!(list[0]["probability"], 0.6);
    assert_eq!(list[0]["probability_basis"], "stated");
    assert_eq!(list[1]["deadline"], "2026-12-31");
    assert_eq!(list[1]["deadline_phrase"], "end of 2026");
    // Quitting saves nothing.
    std::fs::write(&article, "Another bank will cut rates by May.\n").unwrap();
    let out = go(
        &ctx,
        &[
            "extract",
            path,
            "--source",
            "P",
            "--published",
            "2026-01-10",
            "--save",
        ],
        "q\n",
    );
    assert!(out.contains("quit: nothing saved"), "{out}");
    let list: serde_json::Value =
        serde_json::from_str(&go(&ctx, &["list", "--format", "json"], "")).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
}
