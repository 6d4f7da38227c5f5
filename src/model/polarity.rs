//! A claim's polarity: whether its words negate what it says, read word by word. Pure.
//!
//! `correct --claim` may fix a claim's wording at any time, but once the outcome could be
//! known a new wording that adds or removes a negation would flip what the recorded outcome
//! means ("Deal by March", resolved false, rewritten "No deal by March" would say the source
//! was wrong about a deal that never came). So `correct` compares the two wordings'
//! polarity and refuses a change of it then.
//!
//! Decision: polarity is the parity of the negation words, not their set, so a rewording
//! that keeps the meaning passes ("No deal by March" and "There won't be a deal by March"
//! are both negated once; "Talks won't fail to resume" is negated twice, so it is positive).
//! The words: `not`, `no`, `never`, `none`, `nobody`, `nothing`, `nowhere`, `neither`,
//! `cannot`, `without`, any word ending in `n't` (straight or curly apostrophe: `won't`,
//! `isn’t`), `fail`/`fails`/`failed`/`failing` followed by `to`. `nor` counts only when no
//! negation came before it, so "neither A nor B" and "not A nor B" are one negation. It is a
//! check of words, not of meaning: "unlikely" or "rejected" are not read as negations.

/// The negation words of `text` as `correct` counts them, in order, lower-cased.
pub fn negations(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(['\'', '\u{2019}']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found: Vec<String> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let plain = word.replace('\u{2019}', "'");
        let negates = match plain.as_str() {
            "not" | "no" | "never" | "none" | "nobody" | "nothing" | "nowhere" | "neither"
            | "cannot" | "without" => true,
            "nor" => found.is_empty(),
            "fail" | "fails" | "failed" | "failing" => {
                words.get(i + 1).map(String::as_str) == Some("to")
            }
            w => w.ends_with("n't"),
        };
        if negates {
            found.push(plain);
        }
    }
    found
}

/// The words that say which way a claim points (a comparison or a direction: `above`,
/// `below`, `rises`, `falls`, `before`, `wins`, ...), lower-cased, sorted. Once the outcome
/// could be known, `correct --claim` may not change them (audit 17, A6): "falls below 3%"
/// rewritten "stays above 3%" keeps its polarity but turns a recorded `false` into a claim
/// the source got wrong the other way. A closed list, read word by word, like `negations`.
pub fn directions(text: &str) -> Vec<String> {
    const WORDS: &[&str] = &[
        "above",
        "below",
        "under",
        "beneath",
        "beyond",
        "more",
        "less",
        "fewer",
        "higher",
        "lower",
        "greater",
        "smaller",
        "larger",
        "bigger",
        "least",
        "most",
        "exceed",
        "exceeds",
        "exceeded",
        "exceeding",
        "rise",
        "rises",
        "rose",
        "risen",
        "rising",
        "fall",
        "falls",
        "fell",
        "fallen",
        "falling",
        "increase",
        "increases",
        "increased",
        "increasing",
        "decrease",
        "decreases",
        "decreased",
        "decreasing",
        "before",
        "after",
        "beat",
        "beats",
        "win",
        "wins",
        "won",
        "winning",
        "lose",
        "loses",
        "lost",
        "losing",
        "gain",
        "gains",
        "gained",
        "drop",
        "drops",
        "dropped",
        "climb",
        "climbs",
        "climbed",
        "surpass",
        "surpasses",
        "surpassed",
        "majority",
        "minority",
        "maximum",
        "minimum",
        "ahead",
        "behind",
    ];
    // Split as `negations` splits, so `won't` is one word, not `won`.
    let mut out: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map(str::to_lowercase)
        .filter(|w| WORDS.contains(&w.as_str()))
        .collect();
    out.sort();
    out
}

/// The figures of a claim (each word holding a digit, its surrounding punctuation trimmed
/// but `%` kept: `5%`, `3.5`, `$3,500`; not a bare year), lower-cased, sorted. Once the outcome
/// could be known, `correct --claim` may not change them (audit 17, A6): "above 5%"
/// rewritten "above 3%" is another claim. Figures spelled in words (`five`) are not read,
/// nor a bare year (`2025`): the deadline, frozen on its own, says when, so "by summer"
/// made "by summer 2025" (the year the deadline already holds) is a wording fix.
pub fn figures(text: &str) -> Vec<String> {
    let year = |w: &str| {
        w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let mut out: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '%' || c == '$')))
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()) && !year(w))
        .map(str::to_lowercase)
        .collect();
    out.sort();
    out
}

/// Whether `text` negates what it says: an odd number of `negations`.
pub fn is_negated(text: &str) -> bool {
    negations(text).len() % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_and_figures_are_read_word_by_word() {
        assert_eq!(
            directions("Inflation falls below 3% by June"),
            vec!["below", "falls"]
        );
        assert_eq!(
            directions("Inflation stays above 3% by June"),
            vec!["above"]
        );
        assert_eq!(directions("A deal by March"), Vec::<String>::new());
        assert_eq!(
            figures("Inflation falls below 3% by June 2027."),
            vec!["3%"]
        );
        assert_eq!(
            figures("BTC tops $150,000 (or 3.5x)"),
            vec!["$150,000", "3.5x"]
        );
        assert_eq!(figures("Five seats"), Vec::<String>::new());
    }

    #[test]
    fn each_negation_word_is_found() {
        assert_eq!(negations("No deal by March"), vec!["no"]);
        assert_eq!(negations("The deal will not pass"), vec!["not"]);
        assert_eq!(negations("Rates never rise"), vec!["never"]);
        assert_eq!(negations("None of them wins"), vec!["none"]);
        assert_eq!(negations("The bill won't pass"), vec!["won't"]);
        assert_eq!(negations("The bill isn\u{2019}t law"), vec!["isn't"]);
        assert_eq!(negations("Talks fail to resume"), vec!["fail"]);
        assert_eq!(negations("A budget passes without a vote"), vec!["without"]);
        assert_eq!(negations("Neither Ann nor Bob wins"), vec!["neither"]);
        assert_eq!(negations("Ann cannot win"), vec!["cannot"]);
    }

    #[test]
    fn words_that_only_contain_a_negation_are_not_one() {
        assert_eq!(
            negations("Nobel prize for Ann; nothingness"),
            Vec::<String>::new()
        );
        assert_eq!(
            negations("Note: the failure to launch"),
            Vec::<String>::new()
        );
        assert_eq!(negations("Deal by March"), Vec::<String>::new());
        assert_eq!(negations("Fail-safe 'no'"), vec!["no"]);
    }

    #[test]
    fn polarity_is_the_parity_of_the_negations() {
        assert!(!is_negated("Deal by March"));
        assert!(is_negated("No deal by March"));
        assert!(is_negated("There won't be a deal by March"));
        assert!(!is_negated("Talks won't fail to resume"));
        assert!(!is_negated("It is not true that no deal is signed"));
    }
}
