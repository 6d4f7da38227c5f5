//! The interactive resolver, driven through `app::run` with scripted answers: the same code
//! path a terminal uses, without needing one.

#[path = "support/scripted.rs"]
mod scripted;

use clap::Parser;
use forecast_ledger::app::{run, Context, Io};
use forecast_ledger::cli::Cli;
use forecast_ledger::store::Target;

fn go(ctx: &Context, args: &[&str], answers: &str) -> String {
    scripted::go(ctx, args, answers).0
}

/// Logs a forecast by source `s` at 0.6 on `claim`, made and due on the days given.
fn add(ctx: &Context, claim: &str, made_on: &str, deadline: &str) {
    go(
        ctx,
        &[
            "add",
            "--source",
            "s",
            "--claim",
            claim,
            "--probability",
            "0.6",
            "--made-on",
            made_on,
            "--deadline",
            deadline,
        ],
        "",
    );
}

/// A context as on a terminal, with a fresh ledger in `dir` and a fixed date.
fn terminal(dir: &tempfile::TempDir) -> Context {
    scripted::context(dir, true)
}

/// An article of four candidates, each with its own time phrase.
const FOUR: &str = "The bank will cut rates by June. Inflation may ease in the coming months. Prices could fall by autumn. Wages will rise by March.\n";

/// The ledger's forecasts as `list ARGS --format json` gives them.
fn listed(ctx: &Context, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["list", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&go(ctx, &all, "")).unwrap()
}

/// Writes `text` as the article `a.md` in `dir` and runs `extract --save` over it as
/// published by `source` on 2026-01-10, with `extra` arguments and `answers` to its review
/// walk; returns what it printed.
fn walk(
    ctx: &Context,
    dir: &tempfile::TempDir,
    text: &str,
    source: &str,
    extra: &[&str],
    answers: &str,
) -> String {
    let article = dir.path().join("a.md");
    std::fs::write(&article, text).unwrap();
    let mut args = vec![
        "extract",
        article.to_str().unwrap(),
        "--source",
        source,
        "--published",
        "2026-01-10",
        "--save",
    ];
    args.extend_from_slice(extra);
    go(ctx, &args, answers)
}

#[test]
fn the_resolver_asks_about_each_due_forecast() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    for claim in ["one", "two", "three", "four"] {
        add(&ctx, claim, "2026-01-01", "2026-06-01");
    }
    // one: yes; two: an unknown answer, then void with a reason; three: skip; then quit.
    let text = go(&ctx, &["resolve"], "y\nmaybe\nv\nc\ns\nq\n");
    assert!(text.contains("forecast 1 resolved true"), "{text}");
    assert!(text.contains("forecast 2 resolved void"), "{text}");
    let list = listed(&ctx, &[]);
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
fn a_mistyped_void_reason_is_asked_again_not_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    for claim in ["one", "two"] {
        add(&ctx, claim, "2026-01-01", "2026-06-01");
    }
    // one: void, a reason typed wrong, then `y` typed ahead (not a reason either), then the
    // reason; two: no. Falling back to the menu would have resolved one `true` by the `y`.
    let text = go(&ctx, &["resolve"], "v\nv ambiguous\ny\na\nn\nq\n");
    assert!(text.contains("forecast 1 resolved void"), "{text}");
    assert!(text.contains("forecast 2 resolved false"), "{text}");
    assert_eq!(
        text.matches("answer a, n or c for the reason").count(),
        2,
        "{text}"
    );
}

/// The void-reason prompt says how to back out, and an empty line there skips the forecast
/// (left unresolved, as `s` leaves it), going on to the next; it never falls back to the
/// y/n/v menu, where a typed-ahead answer would resolve this forecast (u32).
#[test]
fn an_empty_line_at_the_void_reason_skips_the_forecast_as_the_prompt_says() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    for claim in ["one", "two"] {
        add(&ctx, claim, "2026-01-01", "2026-06-01");
    }
    let text = go(&ctx, &["resolve"], "v\n\ny\n");
    let prompt = "reason: [a]mbiguous, a[n]nulled, [c]ondition-false? (an empty line skips this forecast, leaving it unresolved)   forecast 1 skipped\n\n#2 ";
    assert_eq!(text.matches(prompt).count(), 1, "{text}");
    assert!(text.ends_with("forecast 2 resolved true\n"), "{text}");
    let list = listed(&ctx, &[]);
    let outcomes: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["outcome"].clone())
        .collect();
    assert_eq!(
        outcomes,
        [serde_json::Value::Null, serde_json::json!("true")]
    );
}

#[test]
fn enter_alone_accepts_nothing_in_the_review_walk() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    // Enter twice on the first candidate, then skip it; accept the second.
    let out = walk(
        &ctx,
        &dir,
        "The bank will cut rates by June. Prices could fall by autumn.\n",
        "P",
        &[],
        "\n\ns\na\n",
    );
    assert_eq!(out.matches("type a to accept").count(), 2, "{out}");
    assert!(
        out.contains("saved 1 forecast(s) from article #1 (1 skipped)"),
        "{out}"
    );
    let list = listed(&ctx, &[]);
    assert_eq!(list[0]["claim"], "Prices could fall by autumn", "{out}");
}

#[test]
fn a_deadline_before_publication_is_asked_again_in_the_review_walk() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    // A deadline the day before publication is said and asked again; then a good one.
    let out = walk(
        &ctx,
        &dir,
        "The bank will cut rates by June. Prices could fall by autumn.\n",
        "P",
        &[],
        "d\n2026-01-09\n2026-03-31\na\na\n",
    );
    assert!(
        out.contains("  2026-01-09 is before the publication date 2026-01-10"),
        "{out}"
    );
    assert!(out.contains("saved 2 forecast(s) from article #1"), "{out}");
    let list = listed(&ctx, &[]);
    assert_eq!(list[0]["deadline"], "2026-03-31", "{out}");
    // A claim that is not its whole sentence is shown with the sentence it came from.
    let out = walk(
        &ctx,
        &dir,
        "Analysts said on Tuesday that the bank will probably cut rates by June.\n",
        "Q",
        &[],
        "s\n",
    );
    assert!(
        out.contains("  from        Analysts said on Tuesday that the bank will probably cut rates by June.\n"),
        "{out}"
    );
}

#[test]
fn the_review_walk_can_rewrite_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    // A claim with a control character is refused and asked again; then a checkable one.
    let out = walk(
        &ctx,
        &dir,
        "Economists expect the Fed to cut rates twice this year, starting in September.\n",
        "P",
        &[],
        "c\nbad\u{7}claim\nThe Fed cuts rates twice in 2026\na\n",
    );
    assert!(out.contains("must not contain control characters"), "{out}");
    assert!(
        out.contains("  claim now The Fed cuts rates twice in 2026\n"),
        "{out}"
    );
    let list = listed(&ctx, &[]);
    assert_eq!(
        list[0]["claim"], "The Fed cuts rates twice in 2026",
        "{out}"
    );
}

#[test]
fn extract_save_walks_the_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    // First: change its probability to 60% and accept. Second: change the deadline and accept.
    // Third: skip.
    let out = walk(
        &ctx,
        &dir,
        "The bank will cut rates by June. Inflation may ease in the coming months. Prices could fall by autumn.\n",
        "P",
        &[],
        "p\n60%\na\nd\nend of 2026\n\na\ns\n",
    );
    assert!(
        out.contains("[1/3] The bank will cut rates by June\n  probability"),
        "{out}"
    );
    assert!(
        out.contains("saved 2 forecast(s) from article #1 (1 skipped)"),
        "{out}"
    );
    let list = listed(&ctx, &[]);
    assert_eq!(list[0]["probability"], 0.6);
    assert_eq!(list[0]["probability_basis"], "stated");
    assert_eq!(list[1]["deadline"], "2026-12-31");
    assert_eq!(list[1]["deadline_phrase"], "end of 2026");
    // Quitting saves nothing.
    let out = walk(
        &ctx,
        &dir,
        "Another bank will cut rates by May.\n",
        "P",
        &[],
        "q\n",
    );
    assert!(out.contains("quit: nothing saved"), "{out}");
    let list = listed(&ctx, &[]);
    assert_eq!(list.as_array().unwrap().len(), 2);
}

#[test]
fn reviewed_decisions_are_kept_beside_the_proposals_and_audited() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    // 1: kept as proposed; 2: probability changed; 3: deadline changed; 4: rejected.
    let out = walk(
        &ctx,
        &dir,
        FOUR,
        "P",
        &[],
        "a\np\n60%\na\nd\nend of 2026\na\ns\n",
    );
    assert!(
        out.contains("saved 3 forecast(s) from article #1 (1 skipped)"),
        "{out}"
    );
    // Taken with --yes: nobody reviewed them, so they are not audited.
    walk(
        &ctx,
        &dir,
        "Exports will fall by July.\n",
        "Q",
        &["--yes"],
        "",
    );
    let audit: serde_json::Value =
        serde_json::from_str(&go(&ctx, &["extract", "--audit", "--format", "json"], "")).unwrap();
    let p = &audit["sources"][0];
    assert_eq!(audit["sources"].as_array().unwrap().len(), 1);
    assert_eq!(p["source"], "P");
    assert_eq!(p["articles"], 1);
    assert_eq!(p["reviewed"], 4);
    assert_eq!(p["kept"], 3);
    assert_eq!(p["kept_share"], 0.75);
    // Of the 3 kept, 2 kept the probability (1 and 3) and 2 the deadline (1 and 2).
    assert_eq!(p["probability_unchanged"], 2);
    assert_eq!(p["deadline_unchanged"], 2);
    // Rounded once to 12 significant digits, as every printed figure (audit 15 A16).
    assert_eq!(p["probability_unchanged_share"], 0.666666666667);
    assert_eq!(audit["overall"]["reviewed"], 4);
    let table = go(&ctx, &["extract", "--audit", "--source", "p"], "");
    assert!(table.contains("3 (75%)"), "{table}");
    let none = go(&ctx, &["extract", "--audit", "--source", "Q"], "");
    assert!(
        none.starts_with("No reviewed candidates from Q yet"),
        "{none}"
    );
    // The decisions are journaled: the ledger verifies, and an edited one is caught.
    assert!(go(&ctx, &["verify"], "").contains("entries"));
    let Target::Sqlite(path) = &ctx.db else {
        panic!("the test ledger is an SQLite file")
    };
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "DROP TRIGGER extraction_reviews_no_update;
         UPDATE extraction_reviews SET decision = 'kept', decided_probability = 0.4 WHERE candidate = 4;",
    )
    .unwrap();
    drop(conn);
    let cli = Cli::try_parse_from(["forecast", "verify"]).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut input: &[u8] = b"";
    let mut io = Io {
        out: &mut out,
        err: &mut err,
        input: &mut input,
    };
    let failed = run(cli, &ctx, &mut io);
    let text = format!("{failed:?} {}", String::from_utf8_lossy(&out));
    assert!(text.contains("extraction review 4"), "{text}");
}

#[test]
fn an_answer_the_resolver_does_not_understand_is_explained_before_it_asks_again() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    add(&ctx, "one", "2026-01-01", "2026-06-01");
    // `maybe` is no answer; `v` then `x` is no reason, so the reason is asked again (not the
    // menu); then `n` is the reason (annulled).
    let text = go(&ctx, &["resolve"], "maybe\nv\nx\nn\n");
    let said = "  answer y, n, v, s or q, optionally followed by a day and a note\n[y]es";
    assert_eq!(text.matches(said).count(), 1, "{text}");
    let why = "  answer a, n or c for the reason the forecast is void, or an empty line to skip it\nreason:";
    assert_eq!(text.matches(why).count(), 1, "{text}");
    assert_eq!(text.matches("[y]es, [n]o").count(), 2, "{text}");
    assert!(text.ends_with("forecast 1 resolved void\n"), "{text}");
}

/// An answer the ledger refuses (a day before the forecast was made) is said, and the same
/// forecast is asked about again: the next answer, typed or pasted ahead, is not applied to
/// the next forecast.
#[test]
fn a_refused_answer_asks_about_the_same_forecast_again() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    for claim in ["first", "second"] {
        add(&ctx, claim, "2025-01-01", "2025-06-30");
    }
    let text = go(
        &ctx,
        &["resolve"],
        "n 2024-06-30 typo in year\nn 2025-06-30 no deal\nq\n",
    );
    assert!(
        text.contains("  not resolved: ")
            && text.contains("forecast 1 resolved false on 2025-06-30 (note: no deal)"),
        "{text}"
    );
    assert!(!text.contains("forecast 2 resolved"), "{text}");
    assert_eq!(text.matches("\n#").count(), 2, "{text}");
    let list = listed(&ctx, &["--status", "all"]);
    assert_eq!(list[0]["outcome"], "false");
    assert_eq!(list[0]["resolved_on"], "2025-06-30");
    assert!(list[1]["outcome"].is_null(), "{list}");
}

/// Audit 19, A15: the review changes a candidate's claim, holder, stance and condition (an
/// unknown stance asked again), the forecasts are logged as changed, and `--audit` counts how
/// often each field was kept unchanged in every format; the decisions verify.
#[test]
fn a_review_changes_claim_holder_stance_and_condition_and_the_audit_counts_each() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = terminal(&dir);
    // 1: claim and holder changed; 2: stance changed (after an answer that is no stance);
    // 3: condition changed; 4: kept as proposed.
    let out = walk(
        &ctx,
        &dir,
        FOUR,
        "P",
        &[],
        "c\nThe central bank cuts rates by June\nh\nanalysts\na\nt\nmaybe\nagainst\na\no\nif  oil stays cheap\na\na\n",
    );
    assert!(out.contains("[h]older, s[t]ance or c[o]ndition"), "{out}");
    assert!(out.contains("  holder now analysts\n"), "{out}");
    assert!(
        out.contains("  stance `maybe`: type for or against\n"),
        "{out}"
    );
    assert!(out.contains("  stance now against\n"), "{out}");
    assert!(
        out.contains("  condition now if oil stays cheap\n"),
        "{out}"
    );
    assert!(
        out.contains("saved 4 forecast(s) from article #1 (0 skipped)"),
        "{out}"
    );
    let list = listed(&ctx, &[]);
    assert_eq!(list[0]["claim"], "The central bank cuts rates by June");
    assert_eq!(
        list[0]["tags"],
        serde_json::json!(["attributed-to:analysts"])
    );
    assert_eq!(list[1]["stance"], "against");
    assert_eq!(list[2]["condition"], "if oil stays cheap");
    assert_eq!(list[3]["stance"], "for");
    let audit: serde_json::Value =
        serde_json::from_str(&go(&ctx, &["extract", "--audit", "--format", "json"], "")).unwrap();
    let p = &audit["sources"][0];
    assert_eq!(p["kept"], 4);
    assert_eq!(p["kept_recorded"], 4);
    for field in ["claim", "holder", "stance", "condition"] {
        assert_eq!(p[format!("{field}_unchanged")], 3, "{field}");
        assert_eq!(p[format!("{field}_unchanged_share")], 0.75, "{field}");
    }
    assert_eq!(p["probability_unchanged"], 4);
    let csv = go(&ctx, &["extract", "--audit", "--format", "csv"], "");
    assert!(
        csv.starts_with("source,articles,reviewed,kept,kept_share,probability_unchanged,probability_unchanged_share,deadline_unchanged,deadline_unchanged_share,kept_recorded,claim_unchanged,claim_unchanged_share,holder_unchanged,holder_unchanged_share,stance_unchanged,stance_unchanged_share,condition_unchanged,condition_unchanged_share\nP,1,4,4,1.0,4,1.0,4,1.0,4,3,0.75,3,0.75,3,0.75,3,0.75\n"),
        "{csv}"
    );
    let table = go(&ctx, &["extract", "--audit"], "");
    // Headers wrap in a narrow table (`claim` over `unchanged`).
    for head in ["claim", "holder", "stance", "condition"] {
        assert!(table.contains(&format!("{head} ")), "{table}");
    }
    assert!(table.contains("3 (75%)"), "{table}");
    assert!(!table.contains("unknown"), "{table}");
    assert!(go(&ctx, &["verify"], "").contains("entries"));
}
