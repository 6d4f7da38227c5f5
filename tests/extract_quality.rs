//! Extraction quality on a labeled set we wrote (`tests/fixtures/articles/`): twelve articles
//! in different styles, each with the forecasts a careful reader would log (claim words,
//! probability range, exact deadline, condition) and sentences that must not be taken.
//! Prints precision, recall and deadline accuracy per article and overall, and asserts the
//! targets: recall >= 0.9, precision >= 0.85, deadline exactly right >= 0.9.

use forecast_ledger::extract::{extract, Candidate};
use serde_json::Value;
use std::collections::HashSet;

/// Content words: claims state the event plainly ("X will rise" for "X is likely to rise"),
/// so function and hedge words do not count toward a match.
fn words(s: &str) -> Vec<String> {
    const SKIP: &[&str] = &[
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "to",
        "of",
        "will",
        "would",
        "not",
        "and",
        "or",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "that",
        "this",
        "it",
        "its",
        "likely",
        "unlikely",
        "expected",
        "expect",
        "expects",
        "probably",
        "very",
        "highly",
        "may",
        "might",
        "could",
        "should",
        "set",
        "poised",
        "certainly",
        "almost",
        "won",
    ];
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '$' && c != '%')
        .filter(|w| !w.is_empty() && !SKIP.contains(w))
        .map(str::to_string)
        .collect()
}

/// How well an expected forecast's words are covered by a candidate's claim (0..1).
fn coverage(expected: &str, c: &Candidate) -> f64 {
    // The sentence is as it stands in the article (line breaks and all); the expected
    // words are written on one line.
    let sentence = c.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if !sentence.contains(expected) {
        return 0.0;
    }
    let claim: HashSet<String> = words(&c.claim).into_iter().collect();
    let want = words(expected);
    let hit = want.iter().filter(|w| claim.contains(*w)).count();
    hit as f64 / want.len().max(1) as f64
}

#[derive(Default)]
struct Tally {
    candidates: usize,
    expected: usize,
    matched: usize,
    deadline_right: usize,
    probability_in_range: usize,
    condition_right: usize,
    conditions: usize,
}

#[test]
fn extraction_meets_its_targets_on_the_labeled_set() {
    let dir = format!("{}/tests/fixtures/articles", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 12,
        "the labeled set has {} articles",
        names.len()
    );
    let mut total = Tally::default();
    let mut problems = Vec::new();
    println!(
        "{:<28} {:>4} {:>4} {:>4} {:>9} {:>9}",
        "article", "exp", "got", "hit", "deadline", "p-range"
    );
    for name in &names {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        let spec: Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/{}", name.replace(".md", ".expected.json")))
                .unwrap(),
        )
        .unwrap();
        let published = spec["published"].as_str().unwrap().parse().unwrap();
        let got = extract(&text, published);
        let expected = spec["forecasts"].as_array().unwrap();
        let mut used = vec![false; got.len()];
        let mut t = Tally {
            candidates: got.len(),
            expected: expected.len(),
            ..Tally::default()
        };
        for e in expected {
            let m = e["match"].as_str().unwrap();
            let best = got
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, c)| (i, coverage(m, c)))
                .filter(|(_, cov)| *cov >= 0.6)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            let Some((i, _)) = best else {
                problems.push(format!("{name}: missed \"{m}\""));
                continue;
            };
            used[i] = true;
            let c = &got[i];
            t.matched += 1;
            let want_deadline = e["deadline"].as_str().map(str::to_string);
            let got_deadline = c.deadline.map(|d| d.to_string());
            if want_deadline == got_deadline {
                t.deadline_right += 1;
            } else {
                problems.push(format!("{name}: \"{m}\": deadline {got_deadline:?}, want {want_deadline:?} (phrase {:?})", c.deadline_phrase));
            }
            let range = e["p"].as_array().unwrap();
            let (lo, hi) = (range[0].as_f64().unwrap(), range[1].as_f64().unwrap());
            if c.probability >= lo - 1e-9 && c.probability <= hi + 1e-9 {
                t.probability_in_range += 1;
            } else {
                problems.push(format!(
                    "{name}: \"{m}\": probability {} ({}), want {lo}..{hi}",
                    c.probability, c.probability_basis
                ));
            }
            if let Some(cond) = e.get("condition").and_then(Value::as_str) {
                t.conditions += 1;
                if c.condition.as_deref().is_some_and(|x| x.contains(cond)) {
                    t.condition_right += 1;
                } else {
                    problems.push(format!(
                        "{name}: \"{m}\": condition {:?}, want one containing \"{cond}\"",
                        c.condition
                    ));
                }
            }
        }
        for (i, c) in got.iter().enumerate() {
            if !used[i] {
                problems.push(format!("{name}: extra candidate \"{}\"", c.claim));
            }
        }
        for n in spec["non_forecasts"].as_array().unwrap() {
            let n = n.as_str().unwrap();
            assert!(
                text.contains(n),
                "{name}: non-forecast text \"{n}\" is not in the article"
            );
        }
        println!(
            "{:<28} {:>4} {:>4} {:>4} {:>9} {:>9}",
            name.trim_end_matches(".md"),
            t.expected,
            t.candidates,
            t.matched,
            format!("{}/{}", t.deadline_right, t.matched),
            format!("{}/{}", t.probability_in_range, t.matched)
        );
        total.candidates += t.candidates;
        total.expected += t.expected;
        total.matched += t.matched;
        total.deadline_right += t.deadline_right;
        total.probability_in_range += t.probability_in_range;
        total.conditions += t.conditions;
        total.condition_right += t.condition_right;
    }
    let precision = total.matched as f64 / total.candidates.max(1) as f64;
    let recall = total.matched as f64 / total.expected.max(1) as f64;
    let deadline = total.deadline_right as f64 / total.matched.max(1) as f64;
    let prob = total.probability_in_range as f64 / total.matched.max(1) as f64;
    println!("\nprecision {precision:.3} ({}/{})  recall {recall:.3} ({}/{})  deadline exactly right {deadline:.3}  probability in range {prob:.3}  conditions {}/{}",
        total.matched, total.candidates, total.matched, total.expected, total.condition_right, total.conditions);
    for p in &problems {
        println!("  {p}");
    }
    assert!(recall >= 0.9, "recall {recall:.3} below 0.9");
    assert!(precision >= 0.85, "precision {precision:.3} below 0.85");
    assert!(deadline >= 0.9, "deadline accuracy {deadline:.3} below 0.9");
}
