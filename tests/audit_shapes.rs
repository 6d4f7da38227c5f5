//! Audits' paraphrases of real-news shapes, judged by committed rules (issue 13). An auditor
//! who did not write the rules read real articles in stored pages and wrote sentences in their
//! grammatical shapes but in the auditor's own words (other names, topics and numbers), each
//! with the article's date and an expectation. `tests/fixtures/audit*/*.tsv` hold them, one row
//! per expected candidate (or per thing that must not be proposed), in these columns:
//!
//! `id  date  text  expect  claim_has  claim_not  holder  p_lo  p_hi  dl_lo  dl_hi  note`
//!
//! - `text`: the sentence, or `@FILE.md` for a whole article beside the file.
//! - `expect` `forecast`: some candidate's claim contains `claim_has` (case-insensitive), none
//!   of the `|`-separated `claim_not`, its holder matches `holder` (a substring of
//!   `attributed_to`, `none`: no holder, `any`), its probability lies in `p_lo..=p_hi` and its
//!   deadline in `dl_lo..=dl_hi` (`none`: no deadline); an empty column accepts anything.
//! - `expect` `none`: no candidate matches the columns given (`claim_has` and `claim_not`, a
//!   `holder` substring, the probability and deadline ranges); with none given, no candidate
//!   at all.
//!
//! Rows whose id is an earlier row's id with one more letter (`q01.4b` after `q01.4`) belong to
//! that shape: a shape is right when all its rows hold. Each audit directory has its own
//! `STILL_WRONG` list below: a listed shape that passes fails the test ("now passes"), an
//! unlisted one that fails fails it with what was expected and what came out. These are our
//! words in real shapes: closer to real news than our fixtures, still not real text.
//! `cargo test --test audit_shapes -- --nocapture` prints every shape and the counts.
//!
//! Audit 30 (`tests/fixtures/audit30/`): `shapes.tsv` holds 179 of its 206 shapes (202
//! sentences and 4 whole articles); `variants.tsv` the 42 short variants its two scripts
//! judged. The audit's sentences turned out to be close to their sources (names, topics and
//! numbers swapped, the wording kept), so every committed sentence was written again in our
//! own words: the frame, hedge, attribution layout, time phrase and punctuation that make the
//! shape are kept, the subject, objects, names, verbs of the event and filler are new, and the
//! rewrite was checked to give every shape the same verdict as the audit's sentence on main
//! `e9eecec`. Left out, because a stored page holds the audit's sentence word for word or
//! nearly: q01.16, q01.18, q05.6, q05.7, q05.10, q09.10, q09.11, q13.4, q13.6, q13.7, q13.10,
//! q13.11, q17.6, q17.7, q18.1, q18.2, q19.4 to q19.9, q20.3, q20.4, q22.7, q24.3, q24.4.

use chrono::NaiveDate;
use forecast_ledger::extract::{extract, Candidate};
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The shapes still wrong, by audit directory (a directory not named here has none).
const STILL_WRONG: &[(&str, &[&str])] = &[(
    "audit30",
    &[
        "q01.2", "q01.5", "q01.7", "q01.9", "q01.10", "q01.12", "q01.17", "q02.2", "q02.7",
        "q02.8", "q02.9", "q02.10", "q02.11", "q02.12", "q03.1", "q03.5", "q04b", "q05.3", "q05.4",
        "q05.11", "q06.1", "q06.2", "q06.3", "q06.4", "q06.5", "q06.6", "q07.3", "q07.4", "q07.6",
        "q07.10", "q07.11", "q08.1", "q08.3", "q09.1", "q09.2", "q09.3", "q09.9", "q10.1", "q10.4",
        "q10.6", "q10.8", "q10.10", "q11.1", "q11.2", "q11.5", "q11.6", "q11.9", "q12.1", "q12.4",
        "q12.7", "q13.1", "q13.3", "q14.3", "q14.5", "q14.9", "q15.3", "q16.5", "q16.7", "q17.3",
        "q17.5", "q18.4", "q18.5", "q18.7", "q18.8", "q19.1", "q19.2", "q20.5", "q21.1", "q22.2",
        "q22.3", "q22.6", "q24.6", "v02.7", "v03.5", "v08.6", "v09.5",
    ],
)];

#[derive(Debug, PartialEq)]
enum Holder {
    Any,
    Null,
    Has(String),
}

#[derive(Debug, PartialEq)]
enum Due {
    Any,
    Never,
    Within(NaiveDate, NaiveDate),
}

#[derive(Debug)]
struct Row {
    line: usize,
    id: String,
    forecast: bool,
    claim_has: String,
    claim_not: Vec<String>,
    holder: Holder,
    p: Option<(f64, f64)>,
    due: Due,
}

struct Shape {
    id: String,
    published: NaiveDate,
    text: String,
    rows: Vec<Row>,
}

fn day(s: &str, at: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{at}: day `{s}`: {e}"))
}

fn shapes_of(file: &Path) -> Vec<Shape> {
    let body = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut lines = body.lines().enumerate();
    let header = lines.next().map(|(_, h)| h).unwrap_or_default();
    assert_eq!(
        header,
        "id\tdate\ttext\texpect\tclaim_has\tclaim_not\tholder\tp_lo\tp_hi\tdl_lo\tdl_hi\tnote",
        "{}: header",
        file.display()
    );
    let mut shapes: Vec<Shape> = Vec::new();
    for (i, line) in lines {
        let at = format!("{}:{}", file.display(), i + 1);
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 12, "{at}: {} columns, not 12", f.len());
        let forecast = match f[3] {
            "forecast" => true,
            "none" => false,
            x => panic!("{at}: expect `{x}` is neither forecast nor none"),
        };
        let holder = match f[6] {
            "" | "any" => Holder::Any,
            "none" => Holder::Null,
            x => Holder::Has(x.to_lowercase()),
        };
        let num = |s: &str| {
            s.parse::<f64>()
                .unwrap_or_else(|e| panic!("{at}: probability `{s}`: {e}"))
        };
        let p = match (f[7], f[8]) {
            ("", "") => None,
            (lo, hi) => Some((num(lo), num(hi))),
        };
        let due = match (f[9], f[10]) {
            ("", "") => Due::Any,
            ("none", "") => Due::Never,
            (lo, hi) => Due::Within(day(lo, &at), day(hi, &at)),
        };
        let claim_not: Vec<String> = f[5]
            .split('|')
            .filter(|x| !x.is_empty())
            .map(str::to_lowercase)
            .collect();
        let row = Row {
            line: i + 1,
            id: f[0].to_string(),
            forecast,
            claim_has: f[4].to_lowercase(),
            claim_not,
            holder,
            p,
            due,
        };
        let published = day(f[1], &at);
        // A row of the shape before it: its id with one more letter, and the same text.
        if let Some(last) = shapes.last_mut() {
            let more = row.id.strip_prefix(last.id.as_str()).is_some_and(|rest| {
                rest.len() == 1 && rest.chars().all(|c| c.is_ascii_lowercase())
            });
            if more {
                assert!(
                    last.text == f[2] && last.published == published,
                    "{at}: row {} of shape {} has another text or date",
                    row.id,
                    last.id
                );
                last.rows.push(row);
                continue;
            }
        }
        assert!(
            !shapes.iter().any(|s| s.id == row.id),
            "{at}: shape id {} used twice",
            row.id
        );
        shapes.push(Shape {
            id: row.id.clone(),
            published,
            text: f[2].to_string(),
            rows: vec![row],
        });
    }
    shapes
}

/// The text the extractor reads: the sentence as a one-line article (as `forecast extract`
/// reads a file holding it), or the whole article named by `@FILE`.
fn text_of(dir: &Path, text: &str) -> String {
    match text.strip_prefix('@') {
        Some(name) => fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.join(name).display())),
        None => format!("{text}\n"),
    }
}

/// Whether a candidate matches a row's columns (for a `none` row: the ones it gives).
fn matches(row: &Row, c: &Candidate) -> bool {
    let claim = c.claim.to_lowercase();
    if !claim.contains(&row.claim_has) || row.claim_not.iter().any(|x| claim.contains(x)) {
        return false;
    }
    let holder = c.attributed_to.as_deref().map(str::to_lowercase);
    let holder_ok = match (&row.holder, &holder) {
        (Holder::Any, _) => true,
        // On a `none` row, `none` (like `any`) narrows nothing.
        (Holder::Null, h) => h.is_none() || !row.forecast,
        (Holder::Has(want), Some(h)) => h.contains(want.as_str()),
        (Holder::Has(_), None) => false,
    };
    let p_ok = row
        .p
        .is_none_or(|(lo, hi)| c.probability >= lo - 1e-9 && c.probability <= hi + 1e-9);
    let due_ok = match (&row.due, c.deadline) {
        (Due::Any, _) => true,
        (Due::Never, d) => d.is_none(),
        (Due::Within(lo, hi), Some(d)) => *lo <= d && d <= *hi,
        (Due::Within(..), None) => false,
    };
    holder_ok && p_ok && due_ok
}

fn want(row: &Row) -> String {
    let mut w = vec![format!(
        "{} `{}`",
        if row.forecast {
            "a claim with"
        } else {
            "no claim with"
        },
        row.claim_has
    )];
    if !row.claim_not.is_empty() {
        w.push(format!("without {:?}", row.claim_not));
    }
    match &row.holder {
        Holder::Any => {}
        Holder::Null => w.push("no holder".into()),
        Holder::Has(h) => w.push(format!("holder with `{h}`")),
    }
    if let Some((lo, hi)) = row.p {
        w.push(format!("p {lo}..={hi}"));
    }
    match &row.due {
        Due::Any => {}
        Due::Never => w.push("no deadline".into()),
        Due::Within(lo, hi) => w.push(format!("due {lo}..={hi}")),
    }
    w.join(", ")
}

fn show(c: &Candidate) -> String {
    format!(
        "{:?} p {} due {} holder {:?}",
        c.claim,
        c.probability,
        c.deadline.map_or("-".to_string(), |d| d.to_string()),
        c.attributed_to
    )
}

/// What is wrong with a shape's extraction: one line a failed row (empty: right).
fn problems(shape: &Shape, got: &[Candidate]) -> Vec<String> {
    let mut out = Vec::new();
    for row in &shape.rows {
        let hit = got.iter().any(|c| matches(row, c));
        if hit != row.forecast {
            out.push(format!(
                "line {} ({}): wanted {}",
                row.line,
                row.id,
                want(row)
            ));
        }
    }
    out
}

fn audit_files() -> BTreeMap<String, Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut by_audit: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for dir in fs::read_dir(&root).expect("tests/fixtures").flatten() {
        let name = dir.file_name().to_string_lossy().to_string();
        if !name.starts_with("audit") || !dir.path().is_dir() {
            continue;
        }
        let mut files: Vec<PathBuf> = fs::read_dir(dir.path())
            .expect("an audit directory")
            .flatten()
            .map(|f| f.path())
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        by_audit.insert(name, files);
    }
    by_audit
}

/// "audit30" reads "audit 30".
fn spoken(audit: &str) -> String {
    match audit.strip_prefix("audit") {
        Some(n) => format!("audit {n}"),
        None => audit.to_string(),
    }
}

#[test]
fn audit_paraphrases_of_real_news_shapes() {
    let audits = audit_files();
    assert!(
        audits.contains_key("audit30"),
        "tests/fixtures/audit30 is missing"
    );
    for (audit, _) in STILL_WRONG {
        assert!(
            audits.contains_key(*audit),
            "STILL_WRONG names no directory {audit}"
        );
    }
    let mut failures = Vec::new();
    for (audit, files) in &audits {
        let listed: HashSet<&str> = STILL_WRONG
            .iter()
            .filter(|(a, _)| a == audit)
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        let mut seen: HashSet<String> = HashSet::new();
        for file in files {
            let dir = file.parent().expect("a directory");
            let kind = file.file_stem().map(|s| s.to_string_lossy().to_string());
            let shapes = shapes_of(file);
            let mut right = 0;
            for shape in &shapes {
                assert!(
                    seen.insert(shape.id.clone()),
                    "{audit}: shape id {} in two files",
                    shape.id
                );
                let got = extract(&text_of(dir, &shape.text), shape.published);
                let wrong = problems(shape, &got);
                let still = listed.contains(shape.id.as_str());
                if wrong.is_empty() {
                    right += 1;
                    println!("right  {}", shape.id);
                    if still {
                        failures.push(format!(
                            "{audit} {}: now passes: move it out of STILL_WRONG",
                            shape.id
                        ));
                    }
                } else {
                    println!("WRONG  {}", shape.id);
                    let got: Vec<String> = got.iter().map(show).collect();
                    let why = format!(
                        "{}\n         got: {}",
                        wrong.join("\n         "),
                        if got.is_empty() {
                            "no candidate".to_string()
                        } else {
                            got.join("\n              ")
                        }
                    );
                    println!("         {why}");
                    if !still {
                        failures.push(format!("{audit} {} ({}): {why}", shape.id, shape.text));
                    }
                }
            }
            println!(
                "{} {}: {right} of {} right",
                spoken(audit),
                kind.unwrap_or_default(),
                shapes.len()
            );
        }
        for id in &listed {
            assert!(
                seen.contains(*id),
                "STILL_WRONG of {audit} names no shape {id}"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
