//! Attribution: who the article says holds the expectation ("Analysts expect ...", "...,
//! officials said", "according to the IMF"), when it is not the author.

use super::claims::DISCOURSE;
use super::cues::{MODAL, STRONG};
use super::hedges::tokens;

pub(super) const ATTRIBUTING: &[&str] = &[
    "expect",
    "expects",
    "predict",
    "predicts",
    "forecast",
    "forecasts",
    "believe",
    "believes",
    "say",
    "says",
    "warn",
    "warns",
    "project",
    "projects",
    "estimate",
    "estimates",
    "think",
    "thinks",
    "see",
    "sees",
    "anticipate",
    "anticipates",
];

/// Who holds the expectation, when the sentence says: "Analysts expect ...", "..., officials
/// said", "according to the IMF".
pub(super) fn attribution(sentence: &str) -> Option<String> {
    let toks = tokens(sentence);
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    if let Some(i) = w.iter().position(|x| *x == "according") {
        if w.get(i + 1) == Some(&"to") && i + 2 < toks.len() {
            let start = toks[i + 2].1;
            let end = sentence[start..]
                .find([',', '.', ';'])
                .map_or(sentence.len(), |e| start + e);
            return Some(sentence[start..end].trim().to_string());
        }
    }
    // Leading "<noun phrase> expect(s)/predict(s)/...": up to five words, not "we"/"I"/"you".
    for (i, x) in w.iter().enumerate().take(6).skip(1) {
        if ATTRIBUTING.contains(x) {
            let subject = sentence[toks[0].1..toks[i - 1].2].trim();
            let first = w[0];
            let pronoun = matches!(
                first,
                "we" | "i" | "you" | "it" | "this" | "that" | "they" | "he" | "she"
            );
            // "The route could see ..." is a modal, not someone who sees.
            let verbal = w[..i].iter().any(|x| {
                MODAL.contains(x)
                    || STRONG.contains(x)
                    || matches!(*x, "would" | "can" | "is" | "are" | "was" | "were")
            });
            if verbal {
                break;
            }
            let lead = DISCOURSE.iter().any(|d| subject.to_lowercase() == *d);
            if !pronoun && !lead && !subject.contains(',') {
                return Some(subject.to_string());
            }
            break;
        }
    }
    // Trailing ", <noun phrase> said/says/warned/predicted."
    if let Some(comma) = sentence.rfind(',') {
        let tail = sentence[comma + 1..]
            .trim()
            .trim_end_matches(['.', '!', '"', '”']);
        let tw: Vec<&str> = tail.split_whitespace().collect();
        if (2..=6).contains(&tw.len()) {
            let verb = tw[tw.len() - 1].to_lowercase();
            if matches!(
                verb.as_str(),
                "said"
                    | "says"
                    | "say"
                    | "warned"
                    | "predicted"
                    | "forecast"
                    | "wrote"
                    | "added"
                    | "argued"
            ) {
                return Some(tw[..tw.len() - 1].join(" "));
            }
            if tw.len() >= 3
                && matches!(
                    tw[1].to_lowercase().as_str(),
                    "said" | "says" | "warned" | "predicted"
                )
            {
                return Some(tw[0].to_string());
            }
        }
    }
    None
}
