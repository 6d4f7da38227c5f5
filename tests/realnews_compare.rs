//! The label-by-label comparison `realnews_eval --dump`/`--against` prints (issue 13): a dump
//! read back is the rows written, and the comparison counts gains, losses, flips and false
//! positives per part, only over articles both builds scored. Synthetic rows, no text.

#[path = "../examples/common/realnews.rs"]
#[allow(unused_imports)]
mod realnews;

use realnews::{compare_rows, dump_lines, read_dump, Row};

fn label(id: &str, split: &str, index: usize, m: bool, d: bool, p: bool) -> Row {
    Row::Label {
        id: id.into(),
        split: split.into(),
        index,
        start: index * 100,
        matched: m,
        deadline_ok: d,
        probability_ok: p,
    }
}

fn fp(id: &str, split: &str, start: usize) -> Row {
    Row::FalsePositive {
        id: id.into(),
        split: split.into(),
        start,
        end: start + 40,
    }
}

#[test]
fn a_dump_reads_back_as_the_rows_written() {
    let rows = vec![
        Row::Article {
            id: "b".into(),
            split: "heldout".into(),
        },
        fp("b", "heldout", 7),
        label("a", "dev", 1, true, false, true),
        label("a", "dev", 0, false, false, false),
    ];
    let text = dump_lines(&rows).join("\n");
    let mut back = read_dump(&text).expect("a dump reads back");
    let mut want = rows.clone();
    back.sort();
    want.sort();
    assert_eq!(back, want);
    assert_eq!(
        dump_lines(&rows)[..2],
        ["article\tb\theldout", "label\ta\tdev\t0\t0\t0\t0\t0"],
        "sorted, tab-separated, flags as 0/1"
    );
    assert!(
        read_dump("label\ta\tdev\t0\t0\t2\t0\t0").is_err(),
        "a flag is 0 or 1"
    );
    assert!(
        read_dump("fp\ta\tdev\t0").is_err(),
        "a short row is refused"
    );
}

#[test]
fn the_comparison_counts_each_change_per_part_over_articles_both_scored() {
    let before = vec![
        label("a", "dev", 0, false, false, false), // gained
        label("a", "dev", 1, true, true, true),    // lost
        label("a", "dev", 2, true, false, true),   // deadline now right
        label("a", "dev", 3, true, true, true),    // probability now wrong
        fp("a", "dev", 500),                       // gone
        Row::Article {
            id: "u".into(),
            split: "dev".into(),
        },
        label("h", "heldout", 0, true, true, true),
        fp("h", "heldout", 900),
    ];
    let now = vec![
        label("a", "dev", 0, true, true, true),
        label("a", "dev", 1, false, false, false),
        label("a", "dev", 2, true, true, true),
        label("a", "dev", 3, true, true, false),
        fp("a", "dev", 600), // new
        label("h", "heldout", 0, true, true, true),
        fp("h", "heldout", 900),
        // An article the earlier build did not score (its text was missing then): not counted.
        label("z", "dev", 0, true, true, true),
        fp("z", "dev", 10),
        // An article with no label that both scored: its false positives count.
        Row::Article {
            id: "u".into(),
            split: "dev".into(),
        },
        fp("u", "dev", 20),
    ];
    let out = compare_rows(&before, &now, true);
    assert_eq!(
        out[0],
        "dev      against the earlier dump: 1 gained, 1 lost; deadline 1 right, 0 wrong; probability 0 right, 1 wrong; false positives 2 new, 1 gone"
    );
    assert!(
        out.iter().any(|l| l == "    lost: a label 1 at byte 100"),
        "{out:#?}"
    );
    assert!(
        out.iter()
            .any(|l| l == "    new false positive: a bytes 600..640"),
        "{out:#?}"
    );
    let heldout = out
        .iter()
        .find(|l| l.starts_with("heldout"))
        .expect("a held-out line");
    assert_eq!(
        heldout,
        "heldout  against the earlier dump: 0 gained, 0 lost; deadline 0 right, 0 wrong; probability 0 right, 0 wrong; false positives 0 new, 0 gone"
    );
    assert!(
        !out.iter().any(|l| l.contains(" h ") || l.contains(": h ")),
        "held-out changes are counted, never listed"
    );
    let quiet = compare_rows(&before, &now, false);
    assert_eq!(quiet.len(), 3, "without details, one line per part");
}
