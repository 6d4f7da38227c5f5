//! Cues and hedges of the sentence's grammar: which words make a sentence speak of the
//! future (`will`, `expect`, `set to`), which only hedge (`may`, `could`), and the shapes that
//! look like forecasts but are not (past modals, reported past speech, embedded questions,
//! first-person promises, instructions to the reader). The probability a hedge carries is
//! `hedges`' job; this module only says whether a clause commits to the future at all.

use super::hedges::tokens;

pub(super) const STRONG: &[&str] = &[
    "will",
    "won't",
    "shall",
    "expect",
    "expects",
    "expected",
    "expecting",
    "likely",
    "unlikely",
    "probably",
    "poised",
    "predict",
    "predicts",
    "predicted",
    "forecast",
    "forecasts",
    "anticipate",
    "anticipates",
    "certainly",
    "chance",
    "chances",
    "odds",
    "probability",
    "bound",
    "track",
    "course",
    "set",
    "going",
];
pub(super) const MODAL: &[&str] = &[
    "may", "might", "could", "should", "possibly", "perhaps", "maybe",
];
pub(super) const REPORTING_PAST: &[&str] = &[
    "said",
    "claimed",
    "told",
    "reported",
    "announced",
    "stated",
    "insisted",
    "promised",
    "assured",
    "assurances",
    "vowed",
];

pub(super) const STATIVE_AFTER_WILL: &[&str] = &[
    "be",
    "remain",
    "continue",
    "seem",
    "stay",
    "need",
    "have",
    "help",
    "mean",
    "depend",
    "determine",
    "matter",
    "define",
    "shape",
];

pub(super) struct Cues {
    pub strong: bool,
    pub modal: bool,
    pub weak: bool,
    pub past_modal: bool,
    pub reported_past_before_cue: bool,
    pub will_stative: bool,
    /// A cue that points at the future by itself ("will", "expect", "likely to", "set to"),
    /// as opposed to an adverb that can qualify the present ("is certainly not").
    pub future: bool,
}

pub(super) fn cues(sentence: &str) -> Cues {
    let toks = tokens(sentence);
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let mut c = Cues {
        strong: false,
        modal: false,
        weak: false,
        past_modal: false,
        reported_past_before_cue: false,
        will_stative: false,
        future: false,
    };
    let mut seen_reporting = false;
    for (i, x) in w.iter().enumerate() {
        let prev = if i > 0 { w[i - 1] } else { "" };
        let next = w.get(i + 1).copied().unwrap_or("");
        if REPORTING_PAST.contains(x) {
            seen_reporting = true;
        }
        let capitalized_mid = i > 0 && sentence[toks[i].1..].starts_with(char::is_uppercase);
        let is_strong = match *x {
            "will" => !matches!(
                prev,
                "the"
                    | "political"
                    | "free"
                    | "good"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "of"
                    | "ill"
            ),
            "set" => {
                next == "to"
                    && matches!(
                        prev,
                        "is" | "are"
                            | "was"
                            | "were"
                            | "looks"
                            | "seems"
                            | "appears"
                            | "now"
                            | "all"
                    )
            }
            "going" => {
                next == "to"
                    && matches!(
                        prev,
                        "is" | "are" | "am" | "'s" | "it's" | "we're" | "they're"
                    )
            }
            "track" | "course" => next == "to" && prev == "on",
            "bound" => next == "to",
            "poised" => next == "to",
            // "had been expected to" is past perfect: what was expected then.
            "expected" => {
                !matches!(prev, "been" | "had")
                    && (next == "to" || matches!(prev, "is" | "are" | "widely" | "was" | "were"))
            }
            "chance" | "chances" | "odds" | "probability" => {
                w.iter().any(|t| t.ends_with('%') || *t == "percent")
            }
            x if x.ends_with("'ll") => true,
            x => {
                STRONG.contains(&x) && !matches!(x, "set" | "going" | "track" | "course" | "bound")
            }
        };
        let is_modal = MODAL.contains(x) && !(*x == "may" && capitalized_mid);
        if *x == "expected" && matches!(prev, "been" | "had") {
            c.past_modal = true;
        }
        // "may have been", "may well have been", "could not have": past modals.
        let after = w.get(i + 2).copied().unwrap_or("");
        let skip_word = matches!(
            next,
            "well" | "not" | "also" | "still" | "never" | "already" | "easily" | "even"
        );
        if (is_strong || is_modal)
            && (matches!(next, "have" | "'ve") || (skip_word && matches!(after, "have" | "'ve")))
        {
            c.past_modal = true;
            continue;
        }
        if is_strong && matches!(prev, "would" | "could" | "might") {
            c.weak = true;
            continue;
        }
        if is_strong {
            c.strong = true;
            c.future |= !matches!(*x, "certainly" | "probably" | "likely" | "unlikely")
                || (matches!(*x, "likely" | "unlikely") && next == "to")
                || w.iter().any(|y| {
                    matches!(*y, "will" | "won't" | "shall" | "going") || y.ends_with("'ll")
                });
            if seen_reporting {
                c.reported_past_before_cue = true;
            }
            if (*x == "will" || x.ends_with("'ll")) && STATIVE_AFTER_WILL.contains(&next) {
                c.will_stative = true;
            }
        } else if is_modal {
            c.modal = true;
            if seen_reporting {
                c.reported_past_before_cue = true;
            }
        } else if *x == "would" {
            c.weak = true;
            if seen_reporting {
                c.reported_past_before_cue = true;
            }
        }
    }
    c
}

/// Hedges that make no checkable forecast without a time frame: bare modals ("may be a useful
/// backchannel") and plans ("plan to keep it open").
pub(super) const BARE_MODALS: &[&str] = &[
    "may",
    "might",
    "could",
    "should",
    "would",
    "maybe",
    "perhaps",
    "possibly",
    "possible",
    "plans to",
    "plan to",
    "planning to",
    "intends to",
    "aims to",
    "targets",
    "scheduled to",
    "scheduled for",
];

/// Whether a cue sits in an embedded question or free relative ("what I think will happen",
/// "unclear whether talks will resume"): not an assertion.
pub(super) fn embedded(clause: &str) -> bool {
    let w: Vec<String> = tokens(clause)
        .into_iter()
        .map(|t| t.0.into_owned())
        .collect();
    w.iter().enumerate().any(|(i, x)| {
        matches!(x.as_str(), "will" | "would" | "may" | "might" | "could")
            && w[i.saturating_sub(4)..i]
                .iter()
                .any(|y| matches!(y.as_str(), "what" | "whatever" | "whether" | "how" | "why"))
    })
}

/// A first-person promise ("We will fight until the last game", "We will update these calls
/// in July"): the author's intent, not a forecast about the world.
pub(super) fn promise(clause: &str) -> bool {
    let w: Vec<String> = tokens(clause)
        .into_iter()
        .map(|t| t.0.into_owned())
        .collect();
    w.windows(2).any(|p| {
        matches!(p[0].as_str(), "we" | "i") && matches!(p[1].as_str(), "will" | "won't" | "shall")
    })
}

/// An instruction or description addressed to the reader ("Swiping left will archive the
/// notes you no longer need"): how something works, not a forecast, unless it has a date.
pub(super) fn generic(clause: &str) -> bool {
    tokens(clause)
        .iter()
        .any(|t| matches!(t.0.as_ref(), "you" | "your" | "you'll" | "you're"))
}
