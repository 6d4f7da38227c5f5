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

/// Whether `text` negates what it says: an odd number of `negations`.
pub fn is_negated(text: &str) -> bool {
    negations(text).len() % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

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
