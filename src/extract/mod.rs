//! Pulling forecasts out of article text: pure functions, no database. A sentence is a
//! forecast when its author (or someone it reports) commits to a future state of the world:
//! a future or modal cue (`will`, `may`, `expect`, `likely`, `poised to`, `a 60% chance` ...)
//! together with a time frame that lies ahead of the publication date, or a strong cue on an
//! event without one (then it has no deadline and says so in `review`). Not forecasts:
//! questions, headings, checklists of findings, past modals (`would have`), reported past
//! speech (`said talks would follow`), counterfactuals (`one would expect`), and modal or
//! evaluative statements with no time frame (`may be a useful backchannel`, `will be historic`).
//!
//! Probability comes from `hedges` (the lexicon in `data/hedges.tsv`), deadlines from
//! `timefind` and the phrase table in `time`, both relative to the publication date.

pub mod hedges;
pub mod sentences;
pub mod timefind;

use crate::time::Tense;
use chrono::NaiveDate;
use hedges::{tokens, Lexicon};
use sentences::Kind;
use serde::Serialize;

/// One proposed forecast.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Candidate {
    /// The whole sentence as it stands in the text.
    pub sentence: String,
    /// The forecast, as short as it can be and still say what would make it true.
    pub claim: String,
    pub probability: f64,
    pub probability_basis: String,
    pub probability_low: f64,
    pub probability_high: f64,
    pub deadline: Option<NaiveDate>,
    pub deadline_phrase: Option<String>,
    pub condition: Option<String>,
    pub stance: &'static str,
    /// Who the article says holds the expectation, when it is not the author.
    pub attributed_to: Option<String>,
    /// Why a person should check this candidate.
    pub review: Vec<String>,
    /// Byte offsets of the sentence in the input.
    pub start: usize,
    pub end: usize,
}

const STRONG: &[&str] = &[
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
const MODAL: &[&str] = &[
    "may", "might", "could", "should", "possibly", "perhaps", "maybe",
];
const REPORTING_PAST: &[&str] = &[
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
const ATTRIBUTING: &[&str] = &[
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
const STATIVE_AFTER_WILL: &[&str] = &[
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
const DISCOURSE: &[&str] = &[
    "still",
    "however",
    "but",
    "and",
    "so",
    "yet",
    "looking ahead",
    "in short",
    "meanwhile",
    "moreover",
    "also",
    "indeed",
    "overall",
    "in the end",
    "ultimately",
    "finally",
    "for now",
    "by contrast",
    "in turn",
    "then",
    "thus",
    "therefore",
];
const CONDITION_MARKERS: &[&str] = &[
    "only if",
    "if",
    "unless",
    "provided that",
    "provided",
    "as long as",
    "so long as",
    "on condition that",
    "in the event that",
    "assuming that",
    "assuming",
];

struct Cues {
    strong: bool,
    modal: bool,
    weak: bool,
    past_modal: bool,
    reported_past_before_cue: bool,
    will_stative: bool,
    /// A cue that points at the future by itself ("will", "expect", "likely to", "set to"),
    /// as opposed to an adverb that can qualify the present ("is certainly not").
    future: bool,
}

fn cues(sentence: &str) -> Cues {
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

/// Byte ranges of condition clauses in `sentence`, with their text.
fn conditions(sentence: &str) -> Vec<(usize, usize, String)> {
    let lower = sentence.to_lowercase();
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    // Every marker has one of these words; most sentences have none.
    let marked = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "if" | "unless" | "provided" | "assuming" | "long" | "condition" | "event"
        )
    });
    if !marked || lower.len() != sentence.len() {
        return out;
    }
    let mut pos = 0;
    while pos < lower.len() {
        let mut hit: Option<(usize, &str)> = None;
        for m in CONDITION_MARKERS {
            if let Some(rel) = find_word(&lower[pos..], m) {
                let at = pos + rel;
                if hit.is_none_or(|(h, hm)| at < h || (at == h && m.len() > hm.len())) {
                    hit = Some((at, m));
                }
            }
        }
        let Some((at, marker)) = hit else { break };
        let body_start = at + marker.len();
        let rest = &sentence[body_start..];
        let stop = rest
            .find([',', ';', '—', '–', '('])
            .map_or(rest.len(), |i| i);
        let stop = rest[..stop].find(" - ").unwrap_or(stop);
        let body = rest[..stop].trim().trim_end_matches(['.', '!', '?']).trim();
        // Include a lead-in "though"/"but"/"even" and the dash before it in the removed span.
        let mut span_start = at;
        let before = sentence[..at].trim_end();
        for lead in ["though", "but", "even", "and"] {
            if before.to_lowercase().ends_with(lead) {
                span_start = before.len() - lead.len();
                break;
            }
        }
        let text = if marker == "unless" {
            format!("not ({body})")
        } else {
            body.to_string()
        };
        if !body.is_empty() {
            out.push((span_start, body_start + stop, text));
        }
        pos = body_start + stop.max(1);
    }
    out
}

/// The byte offset of `needle` in `hay` as whole words.
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = hay[from..].find(needle) {
        let at = from + rel;
        let before_ok = at == 0 || !hay[..at].chars().last().is_some_and(char::is_alphanumeric);
        let after = at + needle.len();
        let after_ok = after >= hay.len()
            || !hay[after..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

/// Who holds the expectation, when the sentence says: "Analysts expect ...", "..., officials
/// said", "according to the IMF".
fn attribution(sentence: &str) -> Option<String> {
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

/// The claim: the sentence without its conditions, lead-in words, attribution and trailing
/// asides, as short as it can be while still saying what would make it true.
fn claim(sentence: &str, conds: &[(usize, usize, String)], attributed: Option<&str>) -> String {
    let mut text = String::with_capacity(sentence.len());
    let mut last = 0;
    for (s, e, _) in conds {
        if *s >= last {
            text.push_str(&sentence[last..*s]);
            last = *e;
        }
    }
    text.push_str(&sentence[last.min(sentence.len())..]);
    let mut t = text
        .trim()
        .trim_start_matches([',', ';', '—', '–', ' '])
        .to_string();
    // Trailing asides and attribution, found from the commas and dashes (one pass, no searches).
    let lower = t.to_lowercase();
    let mut cut = t.len();
    const ASIDES: &[&str] = &[
        ", especially as",
        ", especially if",
        ", as ",
        ", which",
        ", though",
        "— though",
        ", while",
        ", because",
        ", according to",
        ", analysts",
        ", officials",
        ", economists",
        ", whatever",
        ", whoever",
        ", regardless",
    ];
    for (i, _) in lower.match_indices([',', '—']) {
        let rest = &lower[i..];
        if ASIDES.iter().any(|m| rest.starts_with(m)) {
            cut = cut.min(if rest.starts_with('—') {
                lower[..i].trim_end().len()
            } else {
                i
            });
            break;
        }
    }
    if let Some(i) = lower.find(" according to") {
        cut = cut.min(i);
    }
    if let Some(a) = attributed {
        if let Some(i) = lower.rfind(&format!(", {}", a.to_lowercase())) {
            cut = cut.min(i);
        }
    }
    t.truncate(cut.min(t.len()));
    // Lead-ins.
    loop {
        let lower = t.to_lowercase();
        let mut changed = false;
        for d in DISCOURSE {
            if lower.starts_with(d) {
                let rest = &t[d.len()..];
                if rest.starts_with(',') || rest.starts_with(' ') {
                    t = rest.trim_start_matches(',').trim_start().to_string();
                    changed = true;
                    break;
                }
            }
        }
        // "Despite X, Y" keeps Y.
        if lower.starts_with("despite ") {
            if let Some(i) = t.find(", ") {
                t = t[i + 2..].to_string();
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // "Expect X" / "We expect (that) X" / "Analysts expect (that) X" keep X.
    let lower = t.to_lowercase();
    let mut prefixes: Vec<String> = vec![
        "we assess that ".into(),
        "we believe that ".into(),
        "we judge that ".into(),
        "we think that ".into(),
        "we see ".into(),
        "expect that ".into(),
        "expect ".into(),
        "we expect that ".into(),
        "we expect ".into(),
        "i expect ".into(),
    ];
    if let Some(a) = attributed {
        // The verbs `attribution` recognizes: "Analysts expect (that) X" keeps X.
        for v in ATTRIBUTING {
            prefixes.push(format!("{} {v} that ", a.to_lowercase()));
            prefixes.push(format!("{} {v} ", a.to_lowercase()));
        }
    }
    for p in &prefixes {
        if lower.starts_with(p.as_str()) && t.len() > p.len() {
            t = t[p.len()..].to_string();
            break;
        }
    }
    let t = normalize_hedges(
        t.trim()
            .trim_end_matches(['.', ',', ';', ':', '—', '–', ' ', '!'])
            .trim(),
    );
    let mut chars = t.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => sentence.trim().to_string(),
    }
}

/// Words that end one forecast clause and start another inside a sentence.
const CLAUSE_BREAKS: &[&str] = &[
    ", although ",
    ", though ",
    ", but ",
    "; ",
    ", while ",
    ", whereas ",
    ", yet ",
];

/// Hedges that make no checkable forecast without a time frame: bare modals ("may be a useful
/// backchannel") and plans ("plan to keep it open").
const BARE_MODALS: &[&str] = &[
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

/// A line in the personal-forecaster format "Claim: 35%", "Claim (35%)" or "Claim — 35%".
fn stated_line(sentence: &str) -> Option<(usize, f64)> {
    let t = sentence.trim_end().trim_end_matches('.');
    let (body, close) = match t.strip_suffix(')') {
        Some(b) => (b, true),
        None => (t, false),
    };
    // The separator is the last character that cannot belong to "35%" (it may be multi-byte: "—").
    let (pct_at, sep) = body
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == '%' || *c == ' '))?;
    let number = body[pct_at + sep.len_utf8()..].trim();
    let value: f64 = number.strip_suffix('%')?.trim().parse().ok()?;
    let ok = if close {
        sep == '('
    } else {
        matches!(sep, ':' | '—' | '–' | '-')
    };
    (ok && (0.0..=100.0).contains(&value)).then_some((pct_at, value / 100.0))
}

/// Clause spans of a sentence, never breaking inside or just before a condition.
fn clauses(sentence: &str, conds: &[(usize, usize, String)]) -> Vec<(usize, usize)> {
    if !sentence.contains([',', ';']) {
        return vec![(0, sentence.len())];
    }
    let lower = sentence.to_lowercase();
    if lower.len() != sentence.len() {
        return vec![(0, sentence.len())];
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for brk in CLAUSE_BREAKS {
        let mut from = 0;
        while let Some(rel) = lower[from..].find(brk) {
            let at = from + rel;
            let next = at + brk.len();
            let guarded = conds
                .iter()
                .any(|(a, b, _)| (at >= *a && at < *b) || (*a >= at && *a <= next + 1));
            if !guarded {
                cuts.push((at, next));
            }
            from = next;
        }
    }
    cuts.sort();
    let mut out = Vec::new();
    let mut start = 0;
    for (a, b) in cuts {
        if a > start {
            out.push((start, a));
            start = b;
        }
    }
    out.push((start, sentence.len()));
    out
}

/// Whether a cue sits in an embedded question or free relative ("what I think will happen",
/// "unclear whether talks will resume"): not an assertion.
fn embedded(clause: &str) -> bool {
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
fn promise(clause: &str) -> bool {
    let w: Vec<String> = tokens(clause)
        .into_iter()
        .map(|t| t.0.into_owned())
        .collect();
    w.windows(2).any(|p| {
        matches!(p[0].as_str(), "we" | "i") && matches!(p[1].as_str(), "will" | "won't" | "shall")
    })
}

/// Hedge frames that say only how likely the event is, replaced so the claim states the event
/// plainly: "X is likely to rise" -> "X will rise", "X will probably not rise" -> "X will not
/// rise". The probability carries the hedge.
const FRAMES: &[(&str, &str)] = &[
    (" is not expected to ", " will not "),
    (" are not expected to ", " will not "),
    (" isn't expected to ", " will not "),
    (" aren't expected to ", " will not "),
    (" is not likely to ", " will not "),
    (" are not likely to ", " will not "),
    (" will probably not ", " will not "),
    (" will almost certainly not ", " will not "),
    (" probably won't ", " won't "),
    (" almost certainly won't ", " won't "),
    (" is very likely to ", " will "),
    (" are very likely to ", " will "),
    (" is highly likely to ", " will "),
    (" are highly likely to ", " will "),
    (" is highly unlikely to ", " will "),
    (" are highly unlikely to ", " will "),
    (" is very unlikely to ", " will "),
    (" are very unlikely to ", " will "),
    (" is likely to ", " will "),
    (" are likely to ", " will "),
    (" is unlikely to ", " will "),
    (" are unlikely to ", " will "),
    (" is expected to ", " will "),
    (" are expected to ", " will "),
    (" is set to ", " will "),
    (" are set to ", " will "),
    (" is poised to ", " will "),
    (" are poised to ", " will "),
    (" is on track to ", " will "),
    (" are on track to ", " will "),
    (" will very likely ", " will "),
    (" will most likely ", " will "),
    (" will likely ", " will "),
    (" will probably ", " will "),
    (" will almost certainly ", " will "),
    (" will certainly ", " will "),
    (" will definitely ", " will "),
];

/// Likelihood words standing as the predicate ("A truce is unlikely by June", "A snap
/// election in 2025 is remote"): dropped where only a time phrase or the end follows.
const PREDICATE_HEDGES: &[&str] = &[
    " is highly unlikely",
    " is very unlikely",
    " is unlikely",
    " is highly likely",
    " is very likely",
    " is likely",
    " is remote",
    " is improbable",
    " is doubtful",
    " looks improbable",
    " looks unlikely",
    " looks likely",
    " are unlikely",
    " are likely",
    " seems unlikely",
    " seems likely",
];

fn normalize_hedges(claim: &str) -> String {
    let mut t = format!(" {claim} ");
    let lower = t.to_lowercase();
    // Every frame has one of these words; most claims have none, so skip the searches.
    let framed = lower.len() == t.len()
        && [" is ", " are ", " will ", " won't ", " isn't ", " aren't "]
            .iter()
            .any(|w| lower.contains(w));
    if framed {
        for (from, to) in FRAMES {
            if let Some(i) = lower.find(from) {
                t.replace_range(i..i + from.len(), to);
                break;
            }
        }
    }
    for h in PREDICATE_HEDGES {
        let lower = t.to_lowercase();
        let Some(i) = lower.find(h) else { continue };
        let after = lower[i + h.len()..].trim_start();
        let next = after.split_whitespace().next().unwrap_or("");
        if after.is_empty()
            || after.starts_with(',')
            || matches!(
                next,
                "by" | "before" | "in" | "this" | "next" | "within" | "until"
            )
        {
            t = format!("{}{}", &t[..i], &t[i + h.len()..]);
            break;
        }
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An instruction or description addressed to the reader ("Swiping left will archive the
/// notes you no longer need"): how something works, not a forecast, unless it has a date.
fn generic(clause: &str) -> bool {
    tokens(clause)
        .iter()
        .any(|t| matches!(t.0.as_ref(), "you" | "your" | "you'll" | "you're"))
}

/// Every candidate forecast in `text`, an article published on `published`.
pub fn extract(text: &str, published: NaiveDate) -> Vec<Candidate> {
    let lexicon = Lexicon::embedded();
    let mut out = Vec::new();
    // The nearest earlier time phrase with a date, for "by then". Sentences without a hedge are
    // only scanned for time phrases when a later sentence needs them (most sentences of an
    // article make no forecast, and finding phrases is the costly part).
    let mut last_phrase: Option<(String, crate::time::Period)> = None;
    let mut unscanned: Vec<(&str, Option<Vec<hedges::Token<'_>>>)> = Vec::new();
    let note_phrases = |found: &[timefind::Found],
                        last: &mut Option<(String, crate::time::Period)>| {
        for f in found {
            if let Some(p) = f.period {
                if p.last > published {
                    *last = Some((f.text.clone(), p));
                }
            }
        }
    };
    for s in sentences::split(text) {
        let sentence = s.text;
        let skip = matches!(s.kind, Kind::Checklist) || sentence.trim_end().ends_with('?');
        let stated = stated_line(sentence);
        // One tokenization per sentence, shared by the hedge reading and the phrase finder.
        let toks = (!skip).then(|| tokens(sentence));
        let hedged = |toks: &Option<Vec<hedges::Token<'_>>>| {
            toks.as_ref()
                .is_some_and(|t| lexicon.read_tokens(sentence, t).is_some())
        };
        if skip || (stated.is_none() && (s.kind == Kind::Heading || !hedged(&toks))) {
            unscanned.push((sentence, toks));
            if unscanned.len() > 16 {
                unscanned.remove(0);
            }
            continue;
        }
        for (earlier, toks) in unscanned.drain(..) {
            let toks = toks.unwrap_or_else(|| tokens(earlier));
            note_phrases(
                &timefind::find_in(earlier, &toks, published, Tense::Future),
                &mut last_phrase,
            );
        }
        let toks = toks.unwrap_or_else(|| tokens(sentence));
        let found = timefind::find_in(sentence, &toks, published, Tense::Future);
        let previous = last_phrase.clone();
        note_phrases(&found, &mut last_phrase);
        let future = |f: &timefind::Found| f.anaphor || f.period.is_none_or(|p| p.last > published);
        if let Some((cut, p)) = stated {
            let body = sentence[..cut]
                .trim_end_matches([':', '—', '–', '-', '(', ' '])
                .trim();
            let chosen = found.iter().find(|f| f.end <= cut && future(f));
            let mut review = Vec::new();
            let (deadline, phrase) = deadline_of(chosen, &previous, &mut review);
            let tidy = body.trim_start_matches(['-', '*', '•', ' ']);
            out.push(Candidate {
                sentence: flatten(sentence),
                claim: claim(tidy, &[], None),
                probability: p,
                probability_basis: format!("number:{}%", (p * 1e6).round() / 1e4),
                probability_low: p,
                probability_high: p,
                deadline,
                deadline_phrase: phrase,
                condition: None,
                stance: "for",
                attributed_to: None,
                review,
                start: s.start,
                end: s.end,
            });
            continue;
        }
        if s.kind == Kind::Heading {
            continue;
        }
        let conds = conditions(sentence);
        let attributed_to = attribution(sentence);
        let in_condition =
            |f: &timefind::Found| conds.iter().any(|(a, b, _)| f.start >= *a && f.end <= *b);
        for (cs, ce) in clauses(sentence, &conds) {
            let clause = &sentence[cs..ce];
            let c = cues(clause);
            if c.past_modal && !c.strong || embedded(clause) {
                continue;
            }
            // The conditions of this clause: inside it, or opening the sentence.
            let my_conds: Vec<(usize, usize, String)> = conds
                .iter()
                .filter(|(a, b, _)| {
                    (*a >= cs && *b <= ce)
                        || (*a == 0 || sentence[..*a].trim().is_empty()) && cs <= *b + 2
                })
                .map(|(a, b, t)| {
                    (
                        a.saturating_sub(cs).min(clause.len()),
                        b.saturating_sub(cs).min(clause.len()),
                        t.clone(),
                    )
                })
                .collect();
            let core = claim_core(clause, &my_conds);
            let without_would = strip_would(&core);
            let Some(reading) = without_would
                .as_deref()
                .and_then(|t| lexicon.read(t))
                .or_else(|| lexicon.read(&core))
                .or_else(|| lexicon.read(clause))
            else {
                continue;
            };
            let phrase_owned = reading.basis.trim_start_matches("hedge:").to_string();
            let phrase = phrase_owned.as_str();
            let bare = BARE_MODALS.contains(&phrase);
            let number = reading.basis.starts_with("number:");
            // Time phrases of this clause (or of its conditions), nearest after the cue first.
            let mine: Vec<&timefind::Found> = found
                .iter()
                .filter(|f| {
                    future(f)
                        && ((f.start >= cs && f.end <= ce)
                            || (in_condition(f)
                                && my_conds
                                    .iter()
                                    .any(|(a, b, _)| f.start >= a + cs && f.end <= b + cs)))
                })
                .collect();
            let main: Vec<&&timefind::Found> = mine.iter().filter(|f| !in_condition(f)).collect();
            let cue_at = cs + reading.at.min(clause.len());
            let chosen = main
                .iter()
                .find(|f| f.start >= cue_at)
                .or_else(|| main.iter().rev().find(|f| f.start < cue_at))
                .map(|f| **f)
                .or_else(|| mine.first().copied());
            let has_time = chosen.is_some();
            // "the will of the people" is no cue: a plain "will" counts only where `cues` saw one.
            let plain_will =
                matches!(phrase, "will" | "would" | "won't" | "will not") && !(c.strong || c.weak);
            let forecast = if plain_will
                || (c.reported_past_before_cue && !c.strong && !(c.weak && has_time))
            {
                false
            } else if has_time {
                true
            } else {
                // Without a time frame only a firm cue makes a forecast: a strong word seen by
                // `cues`, a number, or a phrase hedge ("a real possibility"); never a bare modal.
                ((c.strong && c.future) || number || phrase.contains(' '))
                    && !bare
                    && !c.will_stative
                    && !c.reported_past_before_cue
                    && !generic(clause)
            };
            let forecast =
                forecast && !(promise(clause) && matches!(phrase, "will" | "won't" | "will not"));
            if !forecast {
                continue;
            }
            let mut review = Vec::new();
            // Syntactic negation ("probably not", "not expected to") keeps the claim negative, as
            // DESIGN.md asks, so the probability is turned to the claim as stated.
            let mut reading = reading;
            let negated =
                (phrase.contains(" not") || phrase.starts_with("not ") || phrase.contains("n't"))
                    && !matches!(phrase, "will not" | "won't" | "probably won't");
            if negated {
                reading.probability = 1.0 - reading.probability;
                (reading.low, reading.high) = (1.0 - reading.high, 1.0 - reading.low);
                review.push(format!("\"{phrase}\" is a negation: the probability is for the negative claim as stated"));
            }
            let (deadline, deadline_phrase) = deadline_of(chosen, &previous, &mut review);
            if chosen.is_some_and(in_condition) {
                review.push("the only time phrase is in the condition".to_string());
            }
            if !my_conds.is_empty() {
                review.push(
                    "conditional: void it with reason condition-false if the condition fails"
                        .to_string(),
                );
            }
            if reading.assumed {
                review.push(format!(
                    "{}: no survey value, the probability is an assumption",
                    reading.basis
                ));
            }
            if let Some(a) = &attributed_to {
                review.push(format!(
                    "attributed to {a}: the forecaster may be them, not the article's author"
                ));
            }
            let condition = (!my_conds.is_empty()).then(|| {
                my_conds
                    .iter()
                    .map(|(_, _, t)| t.as_str())
                    .collect::<Vec<_>>()
                    .join(" and ")
            });
            out.push(Candidate {
                sentence: flatten(sentence),
                claim: claim(clause, &my_conds, attributed_to.as_deref()),
                probability: reading.probability,
                probability_basis: reading.basis,
                probability_low: reading.low,
                probability_high: reading.high,
                deadline,
                deadline_phrase,
                condition,
                stance: "for",
                attributed_to: attributed_to.clone(),
                review,
                start: s.start,
                end: s.end,
            });
        }
    }
    out
}

fn flatten(sentence: &str) -> String {
    sentence.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The clause without its conditions and trailing asides, where the hedge that matters is.
fn claim_core(clause: &str, conds: &[(usize, usize, String)]) -> String {
    let mut text = String::new();
    let mut last = 0;
    for (a, b, _) in conds {
        if *a >= last && *a <= clause.len() {
            text.push_str(&clause[last..*a]);
            last = (*b).min(clause.len());
        }
    }
    text.push_str(&clause[last..]);
    let lower = text.to_lowercase();
    let mut cut = text.len();
    for marker in [
        ", especially",
        ", as ",
        ", which",
        ", though",
        " — though",
        ", while",
        ", because",
        ", given",
    ] {
        if let Some(i) = lower.find(marker) {
            cut = cut.min(i);
        }
    }
    text.truncate(cut);
    text.replace("'ll ", " will ").replace("’ll ", " will ")
}

/// The deadline a chosen time phrase gives, with review notes.
fn deadline_of(
    chosen: Option<&timefind::Found>,
    previous: &Option<(String, crate::time::Period)>,
    review: &mut Vec<String>,
) -> (Option<NaiveDate>, Option<String>) {
    let rolled = |text: &str| {
        format!("the deadline rolled forward a year: \"{text}\" ended less than two months before publication; check which year is meant")
    };
    match chosen {
        Some(f) if f.anaphor => match previous {
            Some((text, p)) => {
                review.push(format!(
                    "\"{}\" taken to mean \"{text}\", the nearest earlier time phrase",
                    f.text
                ));
                if p.rolled_forward {
                    review.push(rolled(text));
                }
                (Some(p.last), Some(f.text.clone()))
            }
            None => {
                review.push(format!(
                    "\"{}\" refers to no earlier time phrase: no deadline",
                    f.text
                ));
                (None, Some(f.text.clone()))
            }
        },
        Some(f) => match f.period {
            Some(p) => {
                if p.rolled_forward {
                    review.push(rolled(&f.text));
                }
                (Some(p.last), Some(f.text.clone()))
            }
            None => {
                review.push(format!(
                    "the time phrase \"{}\" has no date: give one when saving",
                    f.text
                ));
                (None, Some(f.text.clone()))
            }
        },
        None => {
            review.push("no time phrase: give --default-deadline when saving".to_string());
            (None, None)
        }
    }
}

/// The text without "would", read first where it has one so that "would likely" reads as
/// "likely" and the conditional does not outvote another hedge. Case is kept ("May" is not
/// "may"). `None` when there is no "would".
fn strip_would(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() || !lower.contains("would ") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in lower.match_indices("would ") {
        out.push_str(&text[last..i]);
        last = i + "would ".len();
    }
    out.push_str(&text[last..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEEDLIKE: &str = "Looking ahead, the administration's self-imposed end-of-April deadline could serve as a catalyst. \
If no ceasefire is reached by then, harsher sanctions could follow.\n\
Fact Checker Results:\n✅ The swap was confirmed by multiple sources\n\
Prediction:\nDespite the lack of breakthroughs, the talks mark a turning point. \
Expect more mid-level negotiations in the coming weeks, especially as the meeting gains traction. \
If Putin agrees to attend, the world may witness the beginning of a phased ceasefire deal by summer — though only if Western pressure remains high and Ukraine maintains leverage.\n\
The proposed meeting, if it occurs, will be historic. His channels suggest he may be a useful backchannel. \
If peace efforts are underway, one would expect open channels. Would Russia recognize Ukraine? \
Trump claimed that negotiations would begin immediately.";

    #[test]
    fn the_seed_shapes() {
        let c = extract(SEEDLIKE, "2025-05-21".parse().unwrap());
        let got: Vec<(&str, f64, Option<String>)> = c
            .iter()
            .map(|c| {
                (
                    c.claim.as_str(),
                    c.probability,
                    c.deadline.map(|d| d.to_string()),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("The administration's self-imposed end-of-April deadline could serve as a catalyst", 0.40, Some("2026-04-30".into())),
                ("Harsher sanctions could follow", 0.40, Some("2026-04-30".into())),
                ("More mid-level negotiations in the coming weeks", 0.75, Some("2025-07-02".into())),
                ("The world may witness the beginning of a phased ceasefire deal by summer", 0.40, Some("2025-09-22".into())),
            ]
        );
        assert_eq!(
            c[1].condition.as_deref(),
            Some("no ceasefire is reached by then")
        );
        assert_eq!(
            c[3].condition.as_deref(),
            Some("Putin agrees to attend and Western pressure remains high and Ukraine maintains leverage")
        );
        assert!(c[0].review.iter().any(|r| r.contains("rolled forward")));
        assert!(c[1].review.iter().any(|r| r.contains("by then")));
        let s = &c[2];
        assert_eq!(&SEEDLIKE[s.start..s.end], s.sentence);
    }

    #[test]
    fn attribution_and_numbers() {
        let c = extract("Analysts expect the Fed to cut rates by June. There is a 30% chance of a recession next year, the IMF said.", "2026-01-10".parse().unwrap());
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].attributed_to.as_deref(), Some("Analysts"));
        assert_eq!(c[0].claim, "The Fed to cut rates by June");
        assert_eq!(
            c[0].deadline.map(|d| d.to_string()),
            Some("2026-06-30".into())
        );
        assert_eq!(c[1].probability, 0.3);
        assert_eq!(c[1].attributed_to.as_deref(), Some("the IMF"));
        assert_eq!(
            c[1].deadline.map(|d| d.to_string()),
            Some("2027-12-31".into())
        );
    }

    /// Shapes met in real news (the TempEval-3 documents), in sentences of our own: past
    /// narration, reported modals, past modals, present judgments, events of the day itself,
    /// instructions to the reader and past expectations are not forecasts.
    #[test]
    fn news_shapes_that_are_not_forecasts() {
        let friday: NaiveDate = "2013-03-22".parse().unwrap();
        for s in [
            "The season started early, sparking fears it might be the worst in a decade.",
            "Speaking in 1995, the explorer said the team could finish in 100 days.",
            "Greece may well have been too big to fail last year.",
            "The smaller island, which makes less than 1% of output, is certainly not.",
            "The minister apologized on Friday, a move that will help restore ties.",
            "Swiping left will archive the notes you no longer need.",
            "The agency had been expected to announce the closures.",
        ] {
            assert_eq!(extract(s, friday), vec![], "{s}");
        }
        let c = extract(
            "A four-week closure of the towers will begin on April 7.",
            friday,
        );
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].deadline.map(|d| d.to_string()),
            Some("2013-04-07".into())
        );
    }

    #[test]
    fn unless_becomes_a_negated_condition() {
        let c = extract(
            "Unless Congress acts, the agency will run out of money by September.",
            "2026-01-10".parse().unwrap(),
        );
        assert_eq!(c[0].condition.as_deref(), Some("not (Congress acts)"));
        assert_eq!(c[0].claim, "The agency will run out of money by September");
    }
}
