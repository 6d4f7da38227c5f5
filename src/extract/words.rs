//! Membership in the rules' word lists at hash speed. The lists stay plain `const` slices
//! beside the rules that own them (easy to read and extend); a `WordSet` built from one on
//! first use answers `contains` without comparing the word against every entry, which the
//! rules do for nearly every word of every sentence.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A word list with a hash set built from it on first use.
pub(super) struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub(super) const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the list's entries (exactly, as `list.contains` would say).
    pub(super) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &["will", "won't", "set to", ""];
    static SET: WordSet = WordSet::new(LIST);

    #[test]
    fn agrees_with_the_list() {
        for w in [
            "will", "won't", "set to", "", "Will", "wil", "will ", "set", "x",
        ] {
            assert_eq!(SET.contains(w), LIST.contains(&w), "{w:?}");
        }
    }
}
