//! The speed rounds' early exits (tenth round: `others_will_say`'s four words, the number
//! readers' digit tests) and the test that they change no output on any text at hand.

/// Whether the early exits are taken: always, outside the test that turns them off on its
/// own thread to compare.
#[inline(always)]
pub(super) fn on() -> bool {
    #[cfg(test)]
    {
        !tests::OFF.with(std::cell::Cell::get)
    }
    #[cfg(not(test))]
    {
        true
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::hedges::tokens;
    use super::super::lookalikes::others_will_say;
    use super::super::numbers::explicit_number;
    use chrono::NaiveDate;
    use std::cell::Cell;
    use std::path::{Path, PathBuf};

    thread_local! {
        /// Set on the comparing test's own thread: the early exits are not taken there.
        pub(in crate::extract) static OFF: Cell<bool> = const { Cell::new(false) };
    }

    /// `others_will_say` as it was before the tenth speed round: the whole sentence lower-cased
    /// and every word collected.
    pub(in crate::extract) fn others_will_say_reference(sentence: &str) -> bool {
        let lower = sentence.trim_start().to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
            .collect();
        let at = match words.as_slice() {
            ["some" | "many", "people", ..] => 2,
            ["some" | "others" | "many" | "someone" | "somebody", ..] => 1,
            _ => return false,
        };
        let verb = match &words[at..] {
            ["will" | "may" | "might" | "would", v, ..] => v,
            _ => return false,
        };
        matches!(
            *verb,
            "say" | "argue" | "claim" | "insist" | "object" | "counter" | "tell" | "contend"
        )
    }

    /// Every text this checkout can reach: its own fixture and data articles, and beside the
    /// checkout (or beside the main checkout, from a worktree) the TempEval-3 articles, the
    /// prediction posts and the wire-news texts, where present (they are never copied here).
    fn texts() -> Vec<(PathBuf, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs: Vec<PathBuf> = vec![
            root.join("tests/fixtures/articles"),
            root.join("data/articles"),
            root.join("data/tour"),
        ];
        for up in [root.join(".."), root.join("../..")] {
            let ext = up.join("shared/data-external");
            if ext.is_dir() {
                dirs.push(ext.join("te3-platinum"));
                if let Ok(rd) = std::fs::read_dir(&ext) {
                    dirs.extend(rd.flatten().map(|e| e.path().join("original")));
                }
            }
            for part in ["dev", "heldout", "blind"] {
                dirs.push(up.join("wirenews").join(part));
            }
        }
        let mut out = Vec::new();
        for d in dirs {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            let mut files: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
            files.sort();
            for f in files {
                if matches!(
                    f.extension().and_then(|e| e.to_str()),
                    Some("md" | "txt" | "tml")
                ) {
                    if let Ok(t) = std::fs::read_to_string(&f) {
                        out.push((f, t));
                    }
                }
            }
        }
        out
    }

    /// `f` with the early exits not taken, on this thread only.
    fn without_exits<T>(f: impl FnOnce() -> T) -> T {
        OFF.with(|o| o.set(true));
        let out = f();
        OFF.with(|o| o.set(false));
        out
    }

    #[test]
    fn the_early_exits_change_no_output_on_any_text() {
        let texts = texts();
        // At least the repository's own articles.
        assert!(texts.len() >= 12, "{} texts", texts.len());
        let mut lines = 0;
        for (path, text) in &texts {
            for day in ["2025-05-21", "2020-01-01"] {
                let day: NaiveDate = day.parse().unwrap();
                assert_eq!(
                    super::super::extract(text, day),
                    without_exits(|| super::super::extract(text, day)),
                    "{} at {day}",
                    path.display()
                );
            }
            // And the readers themselves on every line and sentence (an exit that the rules
            // after it happen to hide would still show here).
            let parts = super::super::sentences::split(text)
                .into_iter()
                .map(|s| s.text)
                .chain(text.lines());
            for s in parts {
                lines += 1;
                assert_eq!(
                    others_will_say(s),
                    others_will_say_reference(s),
                    "{}: {s}",
                    path.display()
                );
                let toks = tokens(s);
                let lexicon = super::super::hedges::Lexicon::embedded();
                assert_eq!(
                    lexicon.read_tokens(s, &toks),
                    without_exits(|| lexicon.read_tokens(s, &toks)),
                    "{}: {s}",
                    path.display()
                );
                assert_eq!(
                    super::super::lists::lone_number(s),
                    without_exits(|| super::super::lists::lone_number(s)),
                    "{}: {s}",
                    path.display()
                );
            }
        }
        assert!(lines > 1000, "{lines} lines");
    }

    #[test]
    fn the_early_exits_keep_each_shape() {
        for (s, said) in [
            ("Some will say a rebound is around the corner.", true),
            ("Many people will tell you prices will fall.", true),
            ("  SOMEBODY might ARGUE otherwise.", true),
            ("\"Others would counter,\" she said.", true),
            ("Some economists will say so.", false),
            ("Somebodyelse will say so.", false),
            ("Some", false),
            ("", false),
        ] {
            assert_eq!(others_will_say(s), said, "{s}");
            assert_eq!(others_will_say_reference(s), said, "{s}");
        }
        let read = |s: &str| {
            let toks = tokens(s);
            let words: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
            explicit_number(&words).map(|(i, r)| (i, r.words, r.probability))
        };
        // Each reading a word with no `%` and no hyphen opens, and the same shapes with a word
        // that is no number.
        assert_eq!(
            read("Rovers win 65 out of 100 simulations"),
            Some((2, "65 of 100".into(), 0.65))
        );
        assert_eq!(read("Rovers win most out of 100 simulations"), None);
        assert_eq!(
            read("There is one chance in five of a cut"),
            Some((2, "one chance in five".into(), 0.2))
        );
        assert_eq!(read("There is no chance in five of a cut"), None);
        assert_eq!(
            read("The odds are seventy percent"),
            Some((3, "70%".into(), 0.7))
        );
        assert_eq!(read("The odds are high percent"), None);
        assert_eq!(
            read("The odds of a cut are 3 to 1"),
            Some((6, "3-to-1".into(), 0.75))
        );
        assert_eq!(read("The odds of a cut are even to 1"), None);
    }
}
