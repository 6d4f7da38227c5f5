//! The first hour with `extract --save` and the resolver (issue 12, items 4 and 5), driven
//! through `app::run` with scripted answers as on a terminal (the approach of
//! `tests/interactive.rs`), and the two-step `--yes` then `--default-deadline` flow.

#[path = "support/scripted.rs"]
mod scripted;

use forecast_ledger::app::Context;
use scripted::{context, go};
use serde_json::Value;

// The undated forecast in a paragraph of its own: one right after a dated forecast continues
// its time (`a_sentence_without_a_time_continues_the_one_before`).
const ARTICLE: &str = "The bank will cut rates by June.\n\nThe central bank will raise its inflation target. Prices could fall by autumn.\n";

fn list(ctx: &Context) -> Vec<Value> {
    let (out, _) = go(ctx, &["list", "--format", "json"], "");
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn extract_args<'a>(path: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "extract",
        path,
        "--source",
        "P",
        "--published",
        "2026-01-10",
        "--save",
    ];
    args.extend_from_slice(extra);
    args
}

/// `extract --format json` of `path` as published on `day`: the candidates listed.
fn listed(ctx: &Context, path: &str, day: &str) -> Vec<Value> {
    let (out, _) = go(
        ctx,
        &[
            "extract",
            path,
            "--source",
            "P",
            "--published",
            day,
            "--format",
            "json",
        ],
        "",
    );
    let listed: Value = serde_json::from_str(&out).unwrap();
    listed["candidates"].as_array().unwrap().clone()
}

/// Whether `candidate` has a review line starting with `note`.
fn noted(candidate: &Value, note: &str) -> bool {
    candidate["review"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r.as_str().unwrap().starts_with(note))
}

#[test]
fn a_rerun_with_a_default_deadline_logs_what_yes_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, false);
    let article = dir.path().join("a.md");
    std::fs::write(&article, ARTICLE).unwrap();
    let path = article.to_str().unwrap();
    let (out, err) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert_eq!(
        out,
        "saved 2 forecast(s) from article #1 (1 skipped): ids 1, 2\n"
    );
    assert!(
        err.contains("skipped \"The central bank will raise its inflation target\""),
        "{err}"
    );
    // The skipped one is logged by the re-run, with the article it came from.
    let (out, _) = go(
        &ctx,
        &extract_args(path, &["--yes", "--default-deadline", "end of 2026"]),
        "",
    );
    assert_eq!(
        out,
        "added 1 forecast(s) to article #1, extracted before (0 skipped): ids 3\n"
    );
    let all = list(&ctx);
    assert_eq!(all.len(), 3);
    assert_eq!(
        all[2]["claim"],
        "The central bank will raise its inflation target"
    );
    assert_eq!(all[2]["deadline"], "2026-12-31");
    assert_eq!(all[2]["article"], 1);
    // A third run has nothing left to log, and the article is recorded once.
    let (out, _) = go(
        &ctx,
        &extract_args(path, &["--yes", "--default-deadline", "end of 2026"]),
        "",
    );
    assert!(
        out.contains("already extracted") && out.contains("nothing logged"),
        "{out}"
    );
    assert_eq!(list(&ctx).len(), 3);
    let (out, _) = go(&ctx, &["verify"], "");
    assert!(out.starts_with("ok:"), "{out}");
}

#[test]
fn an_invalid_probability_is_asked_again_and_changes_are_echoed() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("a.md");
    std::fs::write(&article, ARTICLE).unwrap();
    let path = article.to_str().unwrap();
    // 1: a bad probability, then 0.6 (once taken as a menu key and lost), accept;
    // 2: a bad deadline, then a good one, accept; 3: skip.
    let (out, _) = go(
        &ctx,
        &extract_args(path, &[]),
        "p\nabout half\n0.6\na\nd\nsoonish\nend of 2026\na\ns\n",
    );
    assert!(out.contains("probability `about half`"), "{out}");
    assert!(out.contains("  probability now 60% (stated)\n"), "{out}");
    assert!(out.contains("deadline `soonish`"), "{out}");
    assert!(
        out.contains("  deadline now 2026-12-31 (\"end of 2026\")\n"),
        "{out}"
    );
    assert!(
        out.contains("saved 2 forecast(s) from article #1 (1 skipped): ids 1, 2"),
        "{out}"
    );
    let all = list(&ctx);
    assert_eq!(all[0]["probability"], 0.6);
    assert_eq!(all[1]["deadline"], "2026-12-31");
    // An unknown menu answer is said, not silently ignored.
    std::fs::write(&article, "Exports will fall by July.\n").unwrap();
    let (out, _) = go(&ctx, &extract_args(path, &[]), "x\na\n");
    assert!(out.contains("`x` is not an answer here"), "{out}");
    assert!(out.contains("saved 1 forecast(s)"), "{out}");
}

#[test]
fn quitting_or_end_of_input_keeps_what_was_accepted() {
    for answers in ["a\nq\n", "a\n"] {
        let dir = tempfile::tempdir().unwrap();
        let ctx = context(&dir, true);
        let article = dir.path().join("a.md");
        std::fs::write(&article, ARTICLE).unwrap();
        let path = article.to_str().unwrap();
        let (out, _) = go(&ctx, &extract_args(path, &[]), answers);
        assert!(
            out.starts_with("Answers are saved together at the end; q (or end of input) saves what you accepted so far, Ctrl-C saves nothing.\n"),
            "the walk says how to stop without losing answers: {out}"
        );
        assert!(
            out.contains("quit: kept what was accepted; saved 1 forecast(s) from article #1"),
            "{answers:?}: {out}"
        );
        assert_eq!(list(&ctx).len(), 1);
        // The rest is offered again by the next run, numbered among what is left.
        let (out, _) = go(&ctx, &extract_args(path, &[]), "s\na\n");
        assert!(out.contains("[1/2] The central bank"), "{out}");
        assert!(out.contains("added 1 forecast(s) to article #1"), "{out}");
        assert_eq!(list(&ctx).len(), 2);
    }
}

/// `extract --save --format json` after a review on the terminal printed the JSON summary
/// on stdout among the review's prompts. A script expects stdout to hold the JSON alone, as
/// every `--format json` does; a person expects to review on the terminal. So the review
/// talks on stderr and stdout carries only the JSON, which also lets a person review with
/// stdout redirected (`> saved.json`: stdin and stderr on the terminal). Without
/// `--format json` the review and the summary line share stdout, as before.
#[test]
fn a_review_with_format_json_talks_on_stderr_and_prints_only_json() {
    // On a terminal, and with stdout redirected to a file.
    for redirected in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let ctx = Context {
            interactive: !redirected,
            ..context(&dir, true)
        };
        let article = dir.path().join("a.md");
        std::fs::write(&article, ARTICLE).unwrap();
        let path = article.to_str().unwrap();
        let (out, err) = go(
            &ctx,
            &extract_args(path, &["--format", "json"]),
            "a\ns\na\n",
        );
        let json: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
        assert_eq!(
            json,
            serde_json::json!({"article": 1, "source": "P", "saved": [1, 2], "skipped": 1,
                "already_in_ledger": [], "extracted_before": false,
                "already_extracted": false, "quit": false}),
            "{out}"
        );
        assert!(
            err.starts_with("Answers are saved together at the end;"),
            "{err}"
        );
        assert!(
            err.contains("[1/3] The bank will cut rates by June"),
            "{err}"
        );
        assert!(err.contains("[3/3]"), "{err}");
    }
    // Without --format json, one stream as before.
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("a.md");
    std::fs::write(&article, ARTICLE).unwrap();
    let (out, _) = go(
        &ctx,
        &extract_args(article.to_str().unwrap(), &[]),
        "a\ns\na\n",
    );
    assert!(
        out.starts_with("Answers are saved together at the end;"),
        "{out}"
    );
    assert!(
        out.contains("[1/3] The bank will cut rates by June"),
        "{out}"
    );
}

#[test]
fn the_resolver_takes_a_day_and_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    for claim in ["one", "two"] {
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
    // one: a day that does not exist (asked again), then no on a day with a note;
    // two: yes with a note only.
    let (out, _) = go(
        &ctx,
        &["resolve"],
        "n 2026-02-30 x\nn 2026-06-02 no deal signed\ny confirmed by the ministry\n",
    );
    assert!(out.contains("date `2026-02-30`"), "{out}");
    assert!(
        out.contains("forecast 1 resolved false on 2026-06-02 (note: no deal signed)"),
        "{out}"
    );
    assert!(
        out.contains("forecast 2 resolved true (note: confirmed by the ministry)"),
        "{out}"
    );
    let all = list(&ctx);
    assert_eq!(all[0]["resolved_on"], "2026-06-02");
    assert_eq!(all[0]["note"], "no deal signed");
    assert_eq!(all[1]["resolved_on"], "2026-11-28");
    assert_eq!(all[1]["note"], "confirmed by the ministry");
}

/// Audit 19, A10: in the review, `0.7%` is refused with both spellings and asked for again,
/// as `add` refuses it; `0.7` is then taken.
#[test]
fn a_stray_percent_in_a_review_edit_is_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("a.md");
    std::fs::write(&article, "Exports will fall by July.\n").unwrap();
    let path = article.to_str().unwrap();
    let (out, _) = go(&ctx, &extract_args(path, &[]), "p\n0.7%\n0.7\na\n");
    assert!(
        out.contains("  probability `0.7%`: a percentage under 1% with a decimal point is most often a 0-1 probability with a stray `%`; write `0.7` for 70%, or `0.007` for 0.7%\n"),
        "{out}"
    );
    assert!(out.contains("  probability now 70% (stated)\n"), "{out}");
    assert_eq!(list(&ctx)[0]["probability"], 0.7);
}

/// Audit 23 D4: in the walk, a candidate whose time phrase the tool could not date shows
/// the phrase and is not given `--default-deadline`'s date on `a` (it is skipped, saying
/// the phrase); `d` dates it, keeping the article's phrase.
#[test]
fn the_walk_does_not_give_the_default_deadline_to_an_undated_phrase() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("c.md");
    std::fs::write(
        &article,
        "The treaty will probably be ratified by the election.\n\nIf the court rules for Harlow, Congress is unlikely to act before the 2028 election.\n\nThe mayor will probably resign.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    let (out, err) = go(
        &ctx,
        &extract_args(path, &["--default-deadline", "end of 2027"]),
        "a\nd\n2028-11-07\na\na\n",
    );
    assert!(
        out.contains("  deadline    none (\"before the 2028 election\": not dated by the tool, nor by --default-deadline; d gives it)\n"),
        "{out}"
    );
    assert!(out.contains("  deadline now 2028-11-07\n"), "{out}");
    assert!(
        out.contains("saved 2 forecast(s) from article #1 (1 skipped): ids 1, 2"),
        "{out}"
    );
    assert!(
        err.contains("skipped \"The treaty will be ratified by the election\": its time phrase \"by the election\" has no date the tool can read"),
        "{out}{err}"
    );
    let rows: Vec<(String, String, String)> = list(&ctx)
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
                "Congress will act before the 2028 election".to_string(),
                "2028-11-07".to_string(),
                "before the 2028 election".to_string()
            ),
            (
                "The mayor will resign".to_string(),
                "2027-12-31".to_string(),
                "end of 2027".to_string()
            ),
        ]
    );
}

/// Audit: a re-run said every candidate was logged or decided, after warning about one it
/// skipped for want of a deadline. The summary now counts what this run left out; and a
/// candidate skipped in a re-run's walk is recorded as decided, so it is not asked again.
#[test]
fn a_rerun_summary_counts_what_it_skipped_and_a_walk_skip_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, false);
    let article = dir.path().join("a.md");
    std::fs::write(&article, ARTICLE).unwrap();
    let path = article.to_str().unwrap();
    go(&ctx, &extract_args(path, &["--yes"]), "");
    let (out, err) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert!(
        out.starts_with("article #1 from P with this text was already extracted ("),
        "{out}"
    );
    assert!(
        out.ends_with(
            "): nothing logged, 1 skipped (said above), the rest were logged or decided then\n"
        ),
        "{out}"
    );
    assert!(
        err.starts_with("warning: skipped \"The central bank will raise its inflation target\": it has no deadline"),
        "{err}"
    );
    // On a terminal the undated one is asked about; skipped there, it is decided.
    let terminal = context(&dir, true);
    let (out, _) = go(&terminal, &extract_args(path, &[]), "s\n");
    assert!(
        out.ends_with("added 0 forecast(s) to article #1, extracted before (1 skipped)\n"),
        "{out}"
    );
    let (out, _) = go(&terminal, &extract_args(path, &[]), "");
    assert!(
        out.ends_with("): nothing logged, every candidate was logged or decided then\n"),
        "{out}"
    );
    assert_eq!(list(&ctx).len(), 2);
}

/// Audit: the README tour logged its op-ed's "A phased ceasefire deal by summer" again, as a
/// new question, after the same source's forecast 1 said it by hand. A candidate whose claim
/// (case and punctuation folded) the source has logged by the same deadline is skipped by
/// `--yes`, naming the forecast; the walk shows it and still asks.
#[test]
fn a_claim_the_source_logged_already_is_skipped_not_logged_as_a_new_question() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, false);
    let add = |claim: &str, deadline: &str| {
        go(
            &ctx,
            &[
                "add",
                "--source",
                "p",
                "--claim",
                claim,
                "--probability",
                "0.3",
                "--made-on",
                "2026-01-05",
                "--deadline",
                deadline,
            ],
            "",
        )
    };
    add("the BANK will cut rates, by June", "2026-06-30");
    // Another deadline is another forecast: not matched.
    add("Prices could fall by autumn", "2026-12-31");
    let article = dir.path().join("a.md");
    std::fs::write(&article, ARTICLE).unwrap();
    let path = article.to_str().unwrap();
    let (out, err) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert_eq!(
        out,
        "saved 1 forecast(s) from article #1 (1 skipped, 1 already in the ledger): ids 3\n"
    );
    assert!(
        err.contains("note: skipped \"The bank will cut rates by June\": already logged as #1 (the same claim from this source, by the same deadline), so it is not logged again as a new question; #1 says 30%, this article 95%: to log the changed view, `forecast update 1 --probability 95% --made-on 2026-01-10`\n"),
        "{err}"
    );
    let claims: Vec<String> = list(&ctx)
        .iter()
        .map(|f| f["claim"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        claims,
        [
            "the BANK will cut rates, by June",
            "Prices could fall by autumn",
            "Prices could fall by autumn"
        ]
    );
    // On a terminal the reviewer sees it and may log it anyway.
    let dir2 = tempfile::tempdir().unwrap();
    let terminal = context(&dir2, true);
    go(
        &terminal,
        &[
            "add",
            "--source",
            "P",
            "--claim",
            "The bank will cut rates by June.",
            "--probability",
            "0.3",
            "--made-on",
            "2026-01-05",
            "--deadline",
            "2026-06-30",
        ],
        "",
    );
    let article2 = dir2.path().join("a.md");
    std::fs::write(&article2, ARTICLE).unwrap();
    let (out, _) = go(
        &terminal,
        &extract_args(article2.to_str().unwrap(), &[]),
        "a\ns\ns\n",
    );
    assert!(
        out.contains("  already logged as #1 (the same claim from this source); s skips it\n"),
        "{out}"
    );
    assert!(
        out.ends_with("saved 1 forecast(s) from article #1 (2 skipped): ids 2\n"),
        "{out}"
    );
}

/// A headline whose forecast the body says again is listed as a candidate of its own, with
/// a review line naming the body's (the labels of real news count both sentences), and
/// `--save` logs the forecast once, as the body's (audit 28, E15).
#[test]
fn a_headline_the_body_says_again_is_listed_and_logged_once() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, false);
    let article = dir.path().join("h.md");
    std::fs::write(
        &article,
        "# Bus fares to rise 4% next year, watchdog says\n\nBus fares in the city will rise by 4% in 2027, the fares watchdog said on Friday.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    let candidates = listed(&ctx, path, "2026-11-15");
    assert_eq!(candidates.len(), 2, "{candidates:?}");
    assert!(noted(&candidates[0], "the body says this forecast again"));
    let mut args = extract_args(path, &["--yes"]);
    args[5] = "2026-11-15";
    let (out, _) = go(&ctx, &args, "");
    assert!(
        out.starts_with("saved 1 forecast(s) from article #1 (0 skipped, 1 said twice in the article and logged once): ids 1\n"),
        "{out}"
    );
    let all = list(&ctx);
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0]["claim"],
        "Bus fares in the city will rise by 4% in 2027"
    );
}

/// A forecast an article says twice, in two sentences, is listed twice (each sentence is a
/// forecast as written), the second with a review line, and logged once (audit 26, finding 1).
#[test]
fn a_forecast_said_twice_is_listed_twice_and_logged_once() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, false);
    let article = dir.path().join("r.md");
    std::fs::write(
        &article,
        "The ferry line will reopen by June.\n\nCrews worked through the winter.\n\nThe ferry line will reopen by June.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    let candidates = listed(&ctx, path, "2026-01-10");
    assert_eq!(candidates.len(), 2, "{candidates:?}");
    assert_eq!(candidates[1]["claim"], "The ferry line will reopen by June");
    assert!(noted(&candidates[1], "said before in this article"));
    let (out, _) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert!(
        out.starts_with("saved 1 forecast(s) from article #1 (0 skipped, 1 said twice in the article and logged once): ids 1\n"),
        "{out}"
    );
    assert_eq!(list(&ctx).len(), 1);
}

/// One sentence, two candidates ("hold rates ... through the first half, before ... two cuts
/// in September"). An earlier walk matched its decisions by sentence offsets alone, so
/// skipping the first settled the second: never asked again, never logged, and a re-run's
/// summary said every candidate was logged or decided (ad3 F1).
#[test]
fn a_candidate_sharing_its_sentence_with_a_decided_one_is_still_offered() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        "The bank will hold rates steady through the first half of the year, before delivering two cuts beginning in September, economists said.\n\nOil will fall by July.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    // Skip the first candidate of the sentence, quit before the second.
    let (out, _) = go(&ctx, &extract_args(path, &[]), "s\nq\n");
    assert!(
        out.ends_with(
            "quit: kept what was accepted; saved 0 forecast(s) from article #1 (1 skipped)\n"
        ),
        "{out}"
    );
    let (out, _) = go(&ctx, &extract_args(path, &[]), "a\nq\n");
    assert!(
        out.contains("\n[1/2] The bank will deliver two cuts beginning in September\n"),
        "{out}"
    );
    let (out, _) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert_eq!(
        out,
        "added 1 forecast(s) to article #1, extracted before (0 skipped): ids 2\n"
    );
    let claims: Vec<String> = list(&ctx)
        .iter()
        .map(|f| f["claim"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        claims,
        [
            "The bank will deliver two cuts beginning in September",
            "Oil will fall by July"
        ]
    );
}

/// Skips answered before `q` are decisions: recorded, counted by `--audit`, not asked
/// again. They were dropped with "quit: nothing saved" when nothing was accepted (ad3 F10).
#[test]
fn skips_before_a_quit_are_kept_when_nothing_was_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        "Oil will fall by July.\n\nGold will rise by May.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    let (out, _) = go(&ctx, &extract_args(path, &[]), "s\nq\n");
    assert!(
        out.ends_with(
            "quit: kept what was accepted; saved 0 forecast(s) from article #1 (1 skipped)\n"
        ),
        "{out}"
    );
    let (out, _) = go(&ctx, &["extract", "--audit", "--format", "csv"], "");
    let rows: Vec<&str> = out.lines().collect();
    assert!(rows[1].starts_with("P,1,1,0,0.0,"), "{out}");
    let (out, _) = go(&ctx, &extract_args(path, &[]), "a\n");
    assert!(out.contains("\n[1/1] Gold will rise by May\n"), "{out}");
    assert!(
        out.ends_with("added 1 forecast(s) to article #1, extracted before (0 skipped): ids 1\n"),
        "{out}"
    );
}

/// A zero-width space or a soft hyphen copied with a web page, or a stray control character,
/// in an extracted claim refused the whole article at the save, after a walk through every
/// candidate too (`error: claim ...: must not contain the invisible character U+200B`). The
/// claim is logged without them (ad3 F11).
#[test]
fn invisible_and_control_characters_copied_with_a_page_are_left_out_of_saved_claims() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, false);
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        "Gas\u{200b} prices will rise by August.\n\nThe euro will fall by Sep\u{ad}tember.\n\nOil\u{7} will fall by July.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    let (out, _) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert_eq!(
        out,
        "saved 3 forecast(s) from article #1 (0 skipped): ids 1-3\n"
    );
    let claims: Vec<String> = list(&ctx)
        .iter()
        .map(|f| f["claim"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        claims,
        [
            "Gas prices will rise by August",
            "The euro will fall by September",
            "Oil will fall by July"
        ]
    );
    // On a terminal the walk's answers are logged, not lost at the end.
    let dir = tempfile::tempdir().unwrap();
    let terminal = context(&dir, true);
    let (out, _) = go(&terminal, &extract_args(path, &[]), "a\na\na\n");
    assert!(
        out.ends_with("saved 3 forecast(s) from article #1 (0 skipped): ids 1-3\n"),
        "{out}"
    );
}

/// The source's own name given as the holder (or found as the holder by the extractor: the
/// source `NOAA` saving "..., according to NOAA") is the source itself. It was tagged
/// `attributed-to:NOAA`, said to be held "by someone other than NOAA", and `--own` left the
/// source's own forecasts out (ad3 F3).
#[test]
fn the_source_named_as_the_holder_is_the_source_itself() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        "Rain will fall by June, according to NOAA.\n\nOil will fall by July, analysts said.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    let args = [
        "extract",
        path,
        "--source",
        "noaa",
        "--published",
        "2026-01-10",
        "--save",
    ];
    let (out, err) = go(&ctx, &args, "a\nh\nNOAA\na\n");
    assert!(out.contains("  holder now the source itself\n"), "{out}");
    assert!(
        out.ends_with("saved 2 forecast(s) from article #1 (0 skipped): ids 1, 2\n"),
        "{out}"
    );
    assert!(!err.contains("someone other than"), "{err}");
    let tags: Vec<usize> = list(&ctx)
        .iter()
        .map(|f| f["tags"].as_array().unwrap().len())
        .collect();
    assert_eq!(tags, [0, 0]);
}

/// The note on a claim the source logged at another probability named `forecast update ...
/// --made-on` (the article's day) even where `update` refuses it: the README tour's forecast
/// 1 was made 2025-05-22, after its op-ed of 2025-05-21 (`an update comes after the forecast
/// it updates`), and a resolved forecast takes no update. Those say why instead (ad3 F2).
#[test]
fn a_changed_view_names_update_only_where_update_can_log_it() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, false);
    go(
        &ctx,
        &[
            "add",
            "--source",
            "P",
            "--claim",
            "The bank will cut rates by June",
            "--probability",
            "0.3",
            "--made-on",
            "2026-01-12",
            "--deadline",
            "2026-06-30",
        ],
        "",
    );
    let article = dir.path().join("a.md");
    std::fs::write(&article, "The bank will cut rates by June.\n").unwrap();
    let path = article.to_str().unwrap();
    let (_, err) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert!(
        err.contains("; #1 says 30%, this article 95%; #1 was made on 2026-01-12, after this article (2026-01-10), so it is the later view\n"),
        "{err}"
    );
    go(&ctx, &["resolve", "1", "--no", "--on", "2026-07-01"], "");
    let later = dir.path().join("b.md");
    std::fs::write(&later, "The bank will cut rates by June!\n").unwrap();
    let (_, err) = go(
        &ctx,
        &[
            "extract",
            later.to_str().unwrap(),
            "--source",
            "P",
            "--published",
            "2026-01-20",
            "--save",
            "--yes",
        ],
        "",
    );
    assert!(
        err.contains(
            "; #1 says 30%, this article 95%; #1 is resolved, so no update can follow it\n"
        ),
        "{err}"
    );
}

/// `show` of an extracted forecast says where in its article it came from and what the
/// extractor proposed beside what was kept: the review's changes, a `--yes` save with no
/// review, and a correction of a reviewed forecast pointing back to the forecast the review
/// logged (ad3 F6: the review row held it all; `show` printed only the article).
#[test]
fn show_of_an_extracted_forecast_gives_the_proposal_beside_what_was_kept() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = context(&dir, true);
    let article = dir.path().join("a.md");
    std::fs::write(&article, ARTICLE).unwrap();
    let path = article.to_str().unwrap();
    // 1: probability changed to 60%, kept; 2 (undated): skipped; 3: kept as proposed.
    let (out, _) = go(&ctx, &extract_args(path, &[]), "p\n0.6\na\ns\na\n");
    assert!(out.contains("saved 2 forecast(s)"), "{out}");
    let (one, _) = go(&ctx, &["show", "1"], "");
    let from = one.find("  extracted").unwrap();
    let to = one.find("  logged at").unwrap();
    assert_eq!(
        &one[from..to],
        "  extracted    candidate 1, its sentence at bytes 0-32 of the article; reviewed 2026-11-28T12:00:00.000Z\n\
         \x20 proposed     The bank will cut rates by June\n\
         \x20              95% (hedge:will), deadline 2026-06-30 (\"by June\"), stance for\n\
         \x20 kept         probability changed in the review\n"
    );
    let (two, _) = go(&ctx, &["show", "2"], "");
    assert!(two.contains("\n  kept         as proposed\n"), "{two}");
    let (json, _) = go(&ctx, &["show", "1", "--format", "json"], "");
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["review"]["logged_as"], 1);
    assert_eq!(v["review"]["changed"], serde_json::json!(["probability"]));
    assert_eq!(v["review"]["proposed"]["probability"], 0.95);
    assert_eq!(v["review"]["proposed"]["decided_probability"], 0.6);
    assert_eq!(v["review"]["proposed"]["sentence_end"], 32);
    // A correction of forecast 1 is the forecast the review logged, corrected.
    let (out, _) = go(
        &ctx,
        &[
            "correct",
            "1",
            "--claim",
            "The bank will cut rates by end of June",
            "--why",
            "wording",
        ],
        "",
    );
    assert!(out.contains("forecast 3"), "{out}");
    let (four, _) = go(&ctx, &["show", "3"], "");
    assert!(
        four.contains("of the article; reviewed 2026-11-28T12:00:00.000Z (logged as forecast 1, which this one corrects)\n"),
        "{four}"
    );
    // A forecast saved with --yes has no review to show.
    std::fs::write(&article, "Exports will fall by July.\n").unwrap();
    let (out, _) = go(&ctx, &extract_args(path, &["--yes"]), "");
    assert!(out.contains("ids 4"), "{out}");
    let (five, _) = go(&ctx, &["show", "4"], "");
    assert!(
        five.contains("\n  extracted    saved as the extractor proposed it, without a review (extract --save --yes)\n"),
        "{five}"
    );
    let (json, _) = go(&ctx, &["show", "4", "--format", "json"], "");
    let v: Value = serde_json::from_str(&json).unwrap();
    assert!(v["review"].is_null(), "{json}");
}
