//! Membership in the rules' word lists at hash speed. The lists stay plain `const` slices
//! beside the rules that own them (easy to read and extend); a `WordSet` built from one on
//! first use answers `contains` without comparing the word against every entry, which the
//! rules do for nearly every word of every sentence; a filter on first byte and length turns
//! most words away before they are hashed.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A word list with a hash set built from it on first use.
pub(super) struct WordSet {
    list: &'static [&'static str],
    index: OnceLock<Index>,
}

/// The hash set, and before it a filter that turns most words away without hashing them: for
/// each first byte, a bit for each length (31 standing for 31 and over) some entry has.
struct Index {
    lengths: [u32; 256],
    set: FxHashSet<&'static str>,
}

/// The filter's bit for a word of `len` bytes.
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

impl WordSet {
    pub(super) const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            index: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the list's entries (exactly, as `list.contains` would say).
    pub(super) fn contains(&self, word: &str) -> bool {
        let index = self.index.get_or_init(|| {
            let mut lengths = [0u32; 256];
            for w in self.list {
                if let Some(b) = w.bytes().next() {
                    lengths[usize::from(b)] |= length_bit(w.len());
                }
            }
            Index {
                lengths,
                set: self.list.iter().copied().collect(),
            }
        });
        match word.bytes().next() {
            Some(b) if index.lengths[usize::from(b)] & length_bit(word.len()) == 0 => false,
            _ => index.set.contains(word),
        }
    }
}

/// English's determiners, the one list for every rule that asks whether a word opens a noun
/// phrase ("the plan", "its plan", "these plans"): the articles, then the possessive
/// determiners, then the demonstratives. A rule that takes only some of them names the part
/// it leaves out (`DEMONSTRATIVES`: "that" is also a conjunction, "this" a pronoun).
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those",
];
/// The demonstratives of `DETERMINERS`.
pub(super) const DEMONSTRATIVES: &[&str] = DETERMINERS.split_at(10).1;

/// Whether `w` (lower-cased) is one of `DETERMINERS`.
pub(super) fn determiner(w: &str) -> bool {
    DETERMINERS.contains(&w)
}

/// Whether `w` (lower-cased) is a noun's possessive ("smith's", "pollster’s"), the holder
/// that opens a noun phrase as a determiner does, and not a pronoun's "is" or "has" ("it's",
/// "he's", "there's", "let's").
pub(super) fn possessive(w: &str) -> bool {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .is_some_and(|holder| {
            holder.len() > 1
                && !matches!(
                    holder,
                    "it" | "that"
                        | "there"
                        | "here"
                        | "what"
                        | "who"
                        | "let"
                        | "he"
                        | "she"
                        | "one"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_and_contractions() {
        for w in ["smith's", "pollster\u{2019}s", "firm's"] {
            assert!(possessive(w), "{w}");
        }
        for w in [
            "it's",
            "he\u{2019}s",
            "there's",
            "let's",
            "one's",
            "a's",
            "smith",
            "'s",
        ] {
            assert!(!possessive(w), "{w}");
        }
    }

    const LIST: &[&str] = &[
        "will",
        "won't",
        "set to",
        "",
        "a-very-long-entry-of-over-thirty-one-bytes",
    ];
    static SET: WordSet = WordSet::new(LIST);
    const WIDE: &[&str] = &[
        "a",
        "an",
        "the",
        "by",
        "in",
        "at",
        "on",
        "to",
        "it's",
        "won't",
        "mid-",
        "year-end",
        "q1",
        "2025",
        "ab",
        "abc",
        "abcd",
        "z",
        "zz",
        "- -",
        "' '",
        "x y z",
        "a-b-c-d-e",
    ];
    static WIDE_SET: WordSet = WordSet::new(WIDE);

    #[test]
    fn agrees_with_the_list() {
        for w in [
            "will",
            "won't",
            "set to",
            "",
            "Will",
            "wil",
            "will ",
            "set",
            "x",
            "a-very-long-entry-of-over-thirty-one-bytes",
            "a-very-long-entry-of-over-thirty-one-bytez",
            "a-very-long-entry-of-over-thirty-one-bytes!",
            "wont",
        ] {
            assert_eq!(SET.contains(w), LIST.contains(&w), "{w:?}");
        }
    }

    #[test]
    fn the_determiners_and_their_parts() {
        assert_eq!(DEMONSTRATIVES, ["this", "that", "these", "those"]);
        assert!(determiner("its") && determiner("those") && determiner("a"));
        assert!(!determiner("The") && !determiner("some") && !determiner("it"));
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::config(256))]
        #[test]
        fn agrees_with_the_list_on_any_word(w in "[a-z' -]{0,8}|[a-zA-Z0-9'’ -]{0,40}") {
            proptest::prop_assert_eq!(SET.contains(&w), LIST.contains(&w.as_str()));
            proptest::prop_assert_eq!(WIDE_SET.contains(&w), WIDE.contains(&w.as_str()));
        }
    }
}
