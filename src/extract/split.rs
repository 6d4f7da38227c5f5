//! Two forecasts joined in one sentence, and what the second shares with the first.
//!
//! `conditions::clauses` already breaks a sentence where each side has its own subject and
//! hedge ("X is likely to rise, but Y remains unlikely"). This module finds the joins whose
//! right side leans on the left and says what it leans on:
//! - a second predicate of the same subject with a hedge of its own ("The flu season will
//!   likely peak in February and could be a mild one", "Rates would rise next year and,
//!   longer term, would keep rising"): the right part is read on its own words, its claim
//!   takes the left's subject, and it keeps only its own time phrase or one in the shared
//!   frame before the left's hedge, never the left predicate's own ([`Share::Subject`]);
//! - a gapped infinitive under the left's frame ("Analysts expect the euro to reach parity
//!   and the yen to weaken", "with Acme favoured to win the league and Rovers to go down"):
//!   the right part is a forecast of the same holder with the same hedge, the frame's verb
//!   left out ([`Share::Frame`]).
//!
//! Noun phrases ("cuts and hikes") and a single predicate with two objects are never split:
//! the right side must open with a hedge or modal of its own, or be a noun phrase followed by
//! `to` and a verb with a frame word before the left's own `to`.

/// What the part after a join takes from the part before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Share {
    /// The left's subject; `frame_end` is where the left's hedge starts (a time phrase
    /// before it is the frame's, shared by both parts).
    Subject { frame_end: usize },
    /// The left's holder, frame and hedge: the right part is "NOUN PHRASE to VERB ...".
    Frame,
}

/// A join between two forecasts: the left part ends at `at`, the right starts at `next`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cut {
    pub at: usize,
    pub next: usize,
    pub share: Share,
}

/// Words that start a forecast's hedge or modal on the left side of a join.
const LEFT_CUES: &[&str] = &[
    "will",
    "won't",
    "would",
    "could",
    "might",
    "may",
    "should",
    "likely",
    "unlikely",
    "expected",
    "expect",
    "expects",
    "set",
    "poised",
    "favored",
    "favoured",
    "projected",
    "forecast",
    "predicted",
    "sure",
    "certain",
];

/// Modals that open a second predicate of the same subject.
const MODALS: &[&str] = &[
    "will",
    "won't",
    "would",
    "wouldn't",
    "could",
    "couldn't",
    "might",
    "may",
    "should",
    "shouldn't",
];

/// Hedge adjectives and participles of "is/are ... to" ("are now favored to win").
const HEDGED_TO: &[&str] = &[
    "likely",
    "unlikely",
    "expected",
    "set",
    "poised",
    "favored",
    "favoured",
    "projected",
    "forecast",
    "predicted",
    "tipped",
    "sure",
    "certain",
    "bound",
];

/// Words of a frame that governs "NOUN PHRASE to VERB" ("expects X to", "forecasting X to",
/// "favourite to").
const FRAMES: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "expecting",
    "forecast",
    "forecasts",
    "forecasting",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "project",
    "projects",
    "projecting",
    "see",
    "sees",
    "favourite",
    "favorite",
    "favourites",
    "favorites",
    "favored",
    "favoured",
    "tipped",
    "likely",
];

/// Frame verbs that take an object before "to" ("expects the euro to reach").
const VERB_FRAMES: &[&str] = &[
    "expect",
    "expects",
    "expecting",
    "forecast",
    "forecasts",
    "forecasting",
    "predict",
    "predicts",
    "predicting",
    "project",
    "projects",
    "projecting",
    "see",
    "sees",
];

/// Words that may stand between the join and the right side's modal ("and now could",
/// "and, longer term, would", "and in doing so will").
const ADVERBS: &[&str] = &[
    "also",
    "now",
    "then",
    "still",
    "even",
    "eventually",
    "later",
    "soon",
    "probably",
    "perhaps",
    "possibly",
    "likely",
    "ultimately",
    "further",
    "so",
    "thus",
    "therefore",
];

/// Determiners that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
];

/// The words of `lower[from..to]` with their offsets in `lower`, punctuation trimmed (a
/// trailing comma is kept as a separate `","` word, since it bounds a parenthesis).
fn words(lower: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = from;
    for raw in lower[from..to].split([' ', '\n', '\t']) {
        let start = at;
        at += raw.len() + 1;
        let lead = raw.len() - raw.trim_start_matches(['"', '(', '\u{201c}']).len();
        let w = raw
            .trim_start_matches(['"', '(', '\u{201c}'])
            .trim_end_matches(['.', '"', ')', ';', ':', '\u{201d}', ',']);
        if !w.is_empty() {
            out.push((start + lead, w));
        }
        if raw.ends_with(',') {
            out.push((start + raw.len() - 1, ","));
        }
    }
    out
}

/// The joins of `sentence` (`lower` is it lower-cased, the same offsets) outside `conds`
/// where the right side is a second forecast leaning on the left: see the module doc.
pub(super) fn cuts(sentence: &str, lower: &str, conds: &[(usize, usize, String)]) -> Vec<Cut> {
    if lower.len() != sentence.len()
        || !(lower.contains(" and") || lower.contains(" but") || lower.contains(" while"))
    {
        return Vec::new();
    }
    let mut out: Vec<Cut> = Vec::new();
    // Where the current left part starts: after the last hard break or cut.
    let mut from = 0;
    let all = words(lower, 0, lower.len());
    for (i, &(at_word, w)) in all.iter().enumerate() {
        if !matches!(w, "and" | "but" | "while" | "whereas") || i == 0 {
            continue;
        }
        let at = at_word.saturating_sub(1);
        let at = if lower[..at_word].ends_with(", ") {
            at_word - 2
        } else {
            at
        };
        let next = at_word + w.len() + usize::from(lower[at_word + w.len()..].starts_with(' '));
        if conds.iter().any(|(a, b, _)| at + 1 >= *a && at < *b) {
            continue;
        }
        // The left part: from the last hard break (or cut) before the join.
        let left_from = [
            ", but ",
            "; ",
            ", while ",
            ", whereas ",
            ", though ",
            ", although ",
        ]
        .iter()
        .filter_map(|b| lower[from..at].rfind(b).map(|k| from + k + b.len()))
        .max()
        .unwrap_or(from);
        let left = words(lower, left_from, at);
        let right = &all[i + 1..];
        let cue = left.iter().find(|(_, w)| LEFT_CUES.contains(w));
        if let Some(share) = cue
            .and_then(|&(frame_end, _)| subject_share(right, frame_end))
            .or_else(|| frame_share(sentence, &left, right))
        {
            out.push(Cut { at, next, share });
            from = next;
        }
    }
    out
}

/// A right side opening (after adverbs, a short parenthesis or a short phrase like "in doing
/// so") with its own modal or "is/are ... likely to": the left's subject's second predicate.
fn subject_share(right: &[(usize, &str)], frame_end: usize) -> Option<Share> {
    let mut k = 0;
    // ", longer term,": a parenthesis of at most four words.
    if right.first().is_some_and(|w| w.1 == ",") {
        let close = right.iter().skip(1).take(5).position(|w| w.1 == ",")?;
        k = close + 2;
    }
    // "also", "now", "eventually"; or a short phrase ("in doing so", "in turn", "by then")
    // right before the modal.
    while right.get(k).is_some_and(|w| ADVERBS.contains(&w.1)) {
        k += 1;
    }
    if right
        .get(k)
        .is_some_and(|w| matches!(w.1, "in" | "by" | "at" | "over" | "after" | "within"))
    {
        let modal = right
            .iter()
            .skip(k + 1)
            .take(3)
            .position(|w| MODALS.contains(&w.1))?;
        if right[k + 1..k + 1 + modal].iter().any(|w| w.1 == ",") {
            return None;
        }
        k += 1 + modal;
    }
    let head = right.get(k)?.1;
    if MODALS.contains(&head) {
        // "and May 5": the month, not the modal.
        let after = right.get(k + 1)?.1;
        if head == "may" && after.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        return after
            .starts_with(|c: char| c.is_ascii_alphabetic())
            .then_some(Share::Subject { frame_end });
    }
    if matches!(head, "is" | "are") {
        let mut j = k + 1;
        while right.get(j).is_some_and(|w| {
            ADVERBS.contains(&w.1) || w.1.ends_with("ly") && !HEDGED_TO.contains(&w.1)
        }) {
            j += 1;
        }
        let hedge = right.get(j)?.1;
        let to = right.get(j + 1)?.1;
        return (HEDGED_TO.contains(&hedge) && to == "to").then_some(Share::Subject { frame_end });
    }
    None
}

/// A right side "NOUN PHRASE to VERB" after a left with a frame word and its own "to"
/// ("forecasting the euro to reach parity, and the yen to end at 110"): a gapped forecast.
fn frame_share(sentence: &str, left: &[(usize, &str)], right: &[(usize, &str)]) -> Option<Share> {
    let frame = left.iter().position(|w| FRAMES.contains(&w.1))?;
    // The infinitives of the left after the frame ("to reach"), each with how many words
    // stand between the frame and its "to" (the frame's object: "expects the euro to").
    let infinitives: Vec<(usize, &str)> = left[frame + 1..]
        .windows(2)
        .enumerate()
        .filter(|(_, p)| p[0].1 == "to" && p[1].1.starts_with(|c: char| c.is_ascii_lowercase()))
        .map(|(gap, p)| (gap, p[1].1))
        .collect();
    if infinitives.is_empty() {
        return None;
    }
    let to = right.iter().take(6).position(|w| w.1 == "to")?;
    if to == 0 {
        return None;
    }
    let np = &right[..to];
    let first = np[0];
    let capital = sentence[first.0..].starts_with(|c: char| c.is_uppercase());
    if !(DETERMINERS.contains(&first.1) || capital) {
        return None;
    }
    // A noun phrase: no verb, modal, hedge or comma in it.
    if np.iter().any(|w| {
        w.1 == ","
            || MODALS.contains(&w.1)
            || LEFT_CUES.contains(&w.1)
            || matches!(w.1, "is" | "are" | "was" | "were" | "has" | "have" | "had")
    }) {
        return None;
    }
    let verb = right.get(to + 1)?.1;
    if verb.len() < 2
        || !verb.chars().all(|c| c.is_ascii_lowercase())
        || DETERMINERS.contains(&verb)
    {
        return None;
    }
    // "expects the euro to reach parity, and the yen to weaken": a verb frame with its own
    // object before "to"; "favourite to win X and Rovers to win Y": the same verb again.
    // ("expected to travel to Paris and London to meet" is neither.)
    let verb_frame = VERB_FRAMES.contains(&left[frame].1);
    infinitives
        .iter()
        .any(|&(gap, v)| (verb_frame && gap > 0 && gap <= 5) || v == verb)
        .then_some(Share::Frame)
}

/// Whether `word` (`lower` lower-cased) heads a predicate: a modal ("May" with a capital is
/// the month), "is" or "are".
fn head_word(word: &str, lower: &str) -> bool {
    (MODALS.contains(&lower) && word != "May") || matches!(lower, "is" | "are")
}

/// The subject of a claim stated plainly ("Oil prices would begin to rise" gives "Oil
/// prices"): the words before its last modal or "is/are", back to a comma or a subordinator
/// ("While the vote will fail on Friday, the fight will go on" gives "the fight"). None when
/// the claim opens with one.
pub(super) fn subject_of(claim: &str) -> Option<&str> {
    let mut at = 0;
    let mut head = None;
    for w in claim.split(' ') {
        let lw = w.to_ascii_lowercase();
        if head_word(w, &lw) {
            head = Some(at);
        }
        at += w.len() + 1;
    }
    let before = claim[..head?].trim_end();
    let from = before.rfind(", ").map_or(0, |k| k + 2);
    let s = before[from..].trim();
    let s = ["While ", "Though ", "Although ", "But ", "And "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    (!s.is_empty()).then_some(s)
}

/// `predicate` ("could be a mild one") given `subject` ("The flu season"), from its modal on
/// ("longer term, would rise" and "in doing so will make" drop the words before it), unless
/// it has a subject of its own (no modal, "is" or "are" among its first five words, or a
/// word before it that is not an adverb, a comma or a short phrase's).
pub(super) fn with_subject(subject: &str, predicate: &str) -> Option<String> {
    let mut at = 0;
    let mut head = None;
    for w in predicate.split(' ').take(5) {
        let lw = w.to_ascii_lowercase();
        if head_word(w, &lw) {
            head = Some(at);
            break;
        }
        at += w.len() + 1;
    }
    let head = head?;
    let lead = predicate[..head].to_ascii_lowercase();
    let lead_words: Vec<&str> = lead.split_whitespace().collect();
    let parenthesis = lead.trim_end().ends_with(',');
    let phrase = lead_words
        .first()
        .is_some_and(|w| matches!(*w, "in" | "by" | "at" | "over" | "after" | "within"));
    if !(parenthesis
        || phrase
        || lead_words
            .iter()
            .all(|w| ADVERBS.contains(&w.trim_end_matches(','))))
    {
        return None;
    }
    let mut rest = predicate[head..].to_string();
    if let Some(c) = rest.get(..1) {
        let lower = c.to_ascii_lowercase();
        rest.replace_range(..1, &lower);
    }
    let mut whole = format!("{subject} {rest}");
    if let Some(c) = whole.get(..1) {
        let upper = c.to_ascii_uppercase();
        whole.replace_range(..1, &upper);
    }
    Some(whole)
}

/// The gapped forecast "the yen to end at 110" stated plainly: "The yen will end at 110".
pub(super) fn gapped_claim(part: &str) -> Option<String> {
    let lower = part.to_ascii_lowercase();
    let k = lower.find(" to ")?;
    let np = part[..k].trim_start_matches([',', ' ']);
    let rest = part[k + " to ".len()..].trim_end_matches(['.', ' ', ',', ';']);
    let mut np = np.to_string();
    if let Some(c) = np.get(..1) {
        let upper = c.to_ascii_uppercase();
        np.replace_range(..1, &upper);
    }
    Some(format!("{np} will {rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shares(s: &str) -> Vec<(String, Share)> {
        cuts(s, &s.to_ascii_lowercase(), &[])
            .into_iter()
            .map(|c| (s[c.next..].to_string(), c.share))
            .collect()
    }

    #[test]
    fn a_second_predicate_with_its_own_modal_shares_the_subject() {
        let s = "The storm season will likely peak in August and could be a quiet one.";
        assert_eq!(
            shares(s),
            vec![(
                "could be a quiet one.".to_string(),
                Share::Subject { frame_end: 17 }
            )]
        );
        let s = "The board said fares would rise next year and, over time, would keep rising.";
        assert_eq!(shares(s).len(), 1);
        let s = "The Greens are favoured to hold the city, and are now favoured to win the state.";
        assert_eq!(shares(s).len(), 1);
        let s = "Our pick will win the opener, and in doing so will clinch a playoff spot.";
        assert_eq!(shares(s).len(), 1);
    }

    #[test]
    fn noun_phrases_and_one_predicate_are_not_split() {
        for s in [
            "The bank will make cuts and hikes next year.",
            "Prices will rise and then fall by June.",
            "The council is likely to approve the tower and the park.",
            "Rates could rise in March and May 5 is the date to watch.",
            "Oil and gas prices will rise this winter.",
        ] {
            assert_eq!(shares(s), vec![], "{s}");
        }
    }

    #[test]
    fn a_gapped_infinitive_shares_the_frame() {
        let s = "The bank now expects the euro to reach parity by June, and the yen to weaken.";
        assert_eq!(
            shares(s),
            vec![("the yen to weaken.".to_string(), Share::Frame)]
        );
        let s = "Acme is the favourite to win the league and Rovers to win the cup.";
        assert_eq!(
            shares(s),
            vec![("Rovers to win the cup.".to_string(), Share::Frame)]
        );
        // The second object of one verb is no forecast of its own.
        assert_eq!(
            shares("Analysts expect the fund to buy bonds and the bank to its list."),
            vec![]
        );
    }

    #[test]
    fn claims_take_the_shared_subject_or_frame() {
        assert_eq!(
            subject_of("The storm season will peak in August"),
            Some("The storm season")
        );
        assert_eq!(subject_of("Could be a quiet one"), None);
        assert_eq!(
            subject_of("The Greens are favoured to hold the city in May"),
            Some("The Greens")
        );
        assert_eq!(
            subject_of("While the vote will fail on Friday, the fight will go on"),
            Some("the fight")
        );
        assert_eq!(
            with_subject("The storm season", "Could be a quiet one").as_deref(),
            Some("The storm season could be a quiet one")
        );
        assert_eq!(with_subject("The storm season", "Rovers will win"), None);
        assert_eq!(
            with_subject("Fares", "Longer term, would keep rising").as_deref(),
            Some("Fares would keep rising")
        );
        assert_eq!(
            with_subject("Our pick", "In doing so will clinch a spot").as_deref(),
            Some("Our pick will clinch a spot")
        );
        assert_eq!(
            gapped_claim("the yen to weaken by June.").as_deref(),
            Some("The yen will weaken by June")
        );
    }
}
