//! Probability from words: the hedge lexicon (`data/hedges.tsv`, embedded) matched on whole
//! words, plus explicit numbers ("a 60% chance", "one in three", "3-to-1 odds"). Rules, after
//! `../shared/research/extraction.md` 1.4:
//! - an explicit number beats any word;
//! - the longest lexicon phrase wins where phrases overlap ("highly likely" over "likely");
//! - with several hedges in a sentence ("will likely", "expect ... could"), the one closest to
//!   50% decides: the weakest commitment is what the author stands behind;
//! - "very/highly/extremely X" with no row of its own moves X halfway to the nearer bound
//!   (Mosteller & Youtz); "somewhat/fairly/quite X" a third of the way toward 50% (assumption);
//! - "not X" with no row of its own is 1 - X.

use super::words::WordSet;
use crate::error::{Error, Result};
use crate::model::{Probability, ProbabilityBasis};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

const LEXICON: &str = include_str!("../../data/hedges.tsv");

/// One lexicon row.
#[derive(Debug, Clone, PartialEq)]
pub struct Hedge {
    pub phrase: String,
    pub words: Vec<String>,
    pub probability: f64,
    pub low: f64,
    pub high: f64,
    /// The value is an assumption by analogy, not a survey or a scale.
    pub assumed: bool,
}

/// The probability a sentence's wording implies.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub probability: f64,
    pub low: f64,
    pub high: f64,
    /// The deciding words: `likely`, `very probable`, `60%`, `one in three`.
    pub words: String,
    /// The words are an explicit number, not a hedge.
    pub number: bool,
    pub assumed: bool,
    /// Byte offset of the deciding words in the text read.
    pub at: usize,
}

impl Reading {
    /// The typed basis: a stated number or a hedge, with the range.
    pub fn basis(&self) -> ProbabilityBasis {
        if self.number {
            ProbabilityBasis::Number {
                text: self.words.clone(),
                low: self.low,
                high: self.high,
            }
        } else {
            ProbabilityBasis::Hedge {
                phrase: self.words.clone(),
                low: self.low,
                high: self.high,
            }
        }
    }
}

/// The parsed lexicon, indexed by first word.
pub struct Lexicon {
    /// Keyed by first word; looked up for every word of every sentence, so with a fast hash.
    by_first: FxHashMap<String, Vec<Hedge>>,
}

impl Lexicon {
    /// The embedded lexicon.
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(LEXICON))
    }

    /// Reads the TSV layout of `data/hedges.tsv`; malformed rows are skipped (a unit test
    /// checks the shipped file has none).
    pub fn parse(text: &str) -> Lexicon {
        let mut by_first: FxHashMap<String, Vec<Hedge>> = FxHashMap::default();
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
        {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 5 {
                continue;
            }
            let (Ok(p), Ok(low), Ok(high)) = (
                cols[1].parse::<f64>(),
                cols[2].parse::<f64>(),
                cols[3].parse::<f64>(),
            ) else {
                continue;
            };
            let words: Vec<String> = tokens(cols[0])
                .into_iter()
                .map(|(w, _, _)| w.into_owned())
                .collect();
            let Some(first) = words.first().cloned() else {
                continue;
            };
            by_first.entry(first).or_default().push(Hedge {
                phrase: cols[0].to_string(),
                words,
                probability: p,
                low,
                high,
                assumed: cols[4].contains("(A)"),
            });
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
        }
        Lexicon { by_first }
    }

    /// The row for an exact phrase.
    pub fn get(&self, phrase: &str) -> Option<&Hedge> {
        let words: Vec<String> = tokens(phrase)
            .into_iter()
            .map(|(w, _, _)| w.into_owned())
            .collect();
        self.by_first
            .get(words.first()?)?
            .iter()
            .find(|h| h.words == words)
    }

    /// Every hedge in `words`, longest first at each position, not overlapping.
    fn matches<'a>(&'a self, words: &[&str], skip: &[bool]) -> Vec<(usize, &'a Hedge)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if skip.get(i).copied().unwrap_or(false) {
                i += 1;
                continue;
            }
            let found = self.by_first.get(words[i]).and_then(|list| {
                list.iter().find(|h| {
                    h.words.len() <= words.len() - i
                        && h.words.iter().zip(&words[i..]).all(|(a, b)| a == b)
                })
            });
            match found {
                Some(h) => {
                    out.push((i, h));
                    i += h.words.len();
                }
                None => i += 1,
            }
        }
        out
    }

    /// What the wording of `text` implies, if it hedges at all.
    pub fn read(&self, text: &str) -> Option<Reading> {
        self.read_tokens(text, &tokens(text))
    }

    /// `read` over the `tokens` of `text` already made.
    pub fn read_tokens(&self, text: &str, toks: &[Token<'_>]) -> Option<Reading> {
        let words: Vec<&str> = toks.iter().map(|(w, _, _)| w.as_ref()).collect();
        if let Some((i, mut r)) = super::numbers::explicit_number(&words)
            .or_else(|| super::numbers::beside_hedge(text, toks))
            .or_else(|| super::numbers::sided_odds(text, toks))
            .or_else(|| super::numbers::ratio_odds(text, toks))
            .or_else(|| super::numbers::fractional_odds(text, toks))
            .or_else(|| super::numbers::decimal_probability(text, toks))
            .or_else(|| super::numbers::laid_out(text, toks, &words))
        {
            r.at = toks[i].1;
            return Some(r);
        }
        // The month "May" ("due on May 14") is not the modal.
        let skip: Vec<bool> = toks
            .iter()
            .enumerate()
            .map(|(i, (w, s, _))| w == "may" && i > 0 && text[*s..].starts_with('M'))
            .collect();
        if let Some(r) = chance_predicate(&words, toks) {
            return Some(r);
        }
        let mut best: Option<Reading> = None;
        let mut plain_future = false;
        let frame = held_outcome(text, &words, toks)
            .or_else(|| revised_call(text, &words, toks))
            .or_else(|| past_call(&words, toks))
            .or_else(|| perfect_call(&words, toks))
            .or_else(|| headline_expected(text, &words, toks));
        // "The consensus is for a cut", "our call for the board to hold": a noun of
        // expectation stating its object, read before a plain "will" it governs.
        let noun_frame = expectation_noun(&words, toks);
        let found = self.matches(&words, &skip);
        for &(i, h) in &found {
            if content_word(&words, i, &h.phrase, text, toks) {
                continue;
            }
            // "tighter than people think", "sooner than most expect": a comparison with what
            // others think, no hedge of the speaker's (audit 28, E10).
            if !h.phrase.contains(' ') && words[i.saturating_sub(3)..i].contains(&"than") {
                continue;
            }
            // "Odds are the merger closes", "I have a feeling that X": idioms that hedge only
            // the clause they open ("the odds are long" and "a feeling of dread" are no
            // hedge); a stated confidence beside a plain "will" leaves the "will" read
            // ("We are confident that X will": round 50).
            if IDIOM_OPENERS.contains(&h.phrase.as_str())
                && !opens_clause(&words, i + h.words.len(), text, toks)
            {
                continue;
            }
            // "This would indicate the likelihood of X continuing", "raises the prospect of
            // X": a nominal likelihood weighs X only as the object of a verb pointing to it;
            // "reduce the risk of", "the likelihood of X is low" weigh nothing (round 58).
            if matches!(
                h.phrase.as_str(),
                "likelihood of" | "probability of" | "prospect of" | "risk of"
            ) && !pointed_to(&words[..i])
            {
                continue;
            }
            // "It was only a matter of time before the mill closed": told of the past.
            if h.phrase.starts_with("matter of time")
                && words[i.saturating_sub(4)..i]
                    .iter()
                    .any(|w| matches!(*w, "was" | "were" | "been" | "had"))
            {
                continue;
            }
            if CONFIDENCES.contains(&h.phrase.as_str())
                && found
                    .iter()
                    .any(|(_, g)| rank(&g.phrase) == 0 && g.phrase != "would")
            {
                continue;
            }
            // "Prices will probably fall by next summer, maybe 5%": beside another hedge,
            // "maybe" or "perhaps" right before a figure guesses its size, not the chance.
            if matches!(h.phrase.as_str(), "maybe" | "perhaps")
                && found.len() > 1
                && words
                    .get(i + 1)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            // "Rents rise by 5%, maybe more": after a figure, "maybe more/less" guesses the
            // figure's size too, not the chance of the call (audit 27, item 9).
            if matches!(h.phrase.as_str(), "maybe" | "perhaps" | "possibly")
                && i > 0
                && (words[i - 1].starts_with(|c: char| c.is_ascii_digit())
                    || matches!(words[i - 1], "percent" | "cent" | "points"))
                && words
                    .get(i + 1)
                    .is_some_and(|w| matches!(*w, "more" | "less" | "higher" | "lower"))
            {
                continue;
            }
            let mut r = Reading {
                probability: h.probability,
                low: h.low,
                high: h.high,
                // "shouldn't" is read as "should" is, everywhere "should" is weighed; the claim
                // keeps its negation, as with "should not".
                words: if h.phrase == "shouldn't" {
                    "should".to_string()
                } else {
                    h.phrase.clone()
                },
                number: false,
                assumed: h.assumed,
                at: toks[i].1,
            };
            let prev = if i > 0 { words[i - 1] } else { "" };
            match prev {
                "very" | "highly" | "extremely" | "incredibly" | "exceedingly" => {
                    let toward = if h.probability >= 0.5 { 1.0 } else { 0.0 };
                    r.probability = (h.probability + toward) / 2.0;
                    r.low = (h.low + toward) / 2.0;
                    r.high = (h.high + toward) / 2.0;
                    r.words = format!("{prev} {}", h.phrase);
                }
                "somewhat" | "fairly" | "quite" => {
                    r.probability = h.probability + (0.5 - h.probability) / 3.0;
                    r.low = h.low + (0.5 - h.low) / 3.0;
                    r.high = h.high + (0.5 - h.high) / 3.0;
                    r.words = format!("{prev} {}", h.phrase);
                    r.assumed = true;
                }
                // "not likely" is the complement of "likely"; a doubt denied ("not
                // improbable") is litotes, a real chance still below even: halfway to even.
                "not" | "never" if h.probability < 0.5 => {
                    r = Reading {
                        probability: (h.probability + 0.5) / 2.0,
                        low: (h.low + 0.5) / 2.0,
                        high: (h.high + 0.5) / 2.0,
                        words: format!("not {}", h.phrase),
                        number: false,
                        assumed: true,
                        at: toks[i].1,
                    };
                }
                "not" | "never" => {
                    r = Reading {
                        probability: 1.0 - h.probability,
                        low: 1.0 - h.high,
                        high: 1.0 - h.low,
                        words: format!("not {}", h.phrase),
                        number: false,
                        assumed: true,
                        at: toks[i].1,
                    };
                }
                _ => {}
            }
            // "a distant chance that Diaz could win", "a good chance that talks might resume":
            // the modal of the clause a chance phrase governs is that clause's own; the
            // phrase states the chance (audit 30, K4). So does a doubt's: "expressed doubt
            // that the talks might resume" (round 46).
            if !h.phrase.contains(' ')
                && found.iter().any(|&(k, g)| {
                    k < i
                        && (g.phrase.ends_with(" chance")
                            || (matches!(g.phrase.as_str(), "doubt" | "doubts")
                                && rank(&h.phrase) == 2))
                        && words.get(k + g.words.len()) == Some(&"that")
                        && i - (k + g.words.len()) <= 6
                })
            {
                continue;
            }
            // Plain future words yield to framings, and framings to likelihood words: "will
            // likely" is "likely", "we assess that X is very likely" is "very likely", "we
            // expect talks could resume" is "could". Within a rank the weakest commitment wins.
            plain_future |= rank(&r.words) == 0 && !matches!(r.words.as_str(), "would");
            let better = match &best {
                None => true,
                Some(b) if rank(&b.words) != rank(&r.words) => rank(&r.words) > rank(&b.words),
                Some(b) => (r.probability - 0.5).abs() < (b.probability - 0.5).abs(),
            };
            if better {
                best = Some(r);
            }
        }
        // "are projecting earnings of 52 cents": the frame read the same word with its
        // object, which says more than the word alone (beside a plain future, "I'll predict
        // 50k by December", the word keeps its reading as a framed "will").
        let same_word = !plain_future
            && matches!((&best, &frame), (Some(b), Some(f)) if b.at == f.at && !b.words.contains(' '));
        if best.is_none() || same_word {
            best = frame;
        }
        if noun_frame.is_some()
            && best
                .as_ref()
                .is_none_or(|b| !b.number && rank(&b.words) == 0)
        {
            best = noun_frame;
        }
        // "Few economists think X will", "hardly anyone expects X", "only two of 40 expect
        // X": a belief held by few is a low probability of X, whatever the framing word.
        if let Some(b) = best.as_mut() {
            // "Nearly half of the landlords expected prices to fall": a past call of a
            // poll's stated share is a framing too (round 46; "nobody expected" is a settled
            // past expectation, `lookalikes`).
            let base = b.words.trim_end_matches(" + will");
            let past = PAST_CALLS[..3].contains(&base);
            if !b.number && (rank(base) == 1 || past) {
                if let Some(k) = toks.iter().position(|t| t.1 == b.at) {
                    let held = minority_hold(&words, k).filter(|h| !past || h.0.contains('%'));
                    if let Some((who, p, low, high)) = held {
                        b.probability = p;
                        b.low = low;
                        b.high = high;
                        b.words = format!("{who} {}", b.words.trim_end_matches(" + will"));
                        b.assumed = true;
                        plain_future = false;
                    }
                }
            }
            // "Twelve of 17 economists say the bank will cut": a stated share of a panel
            // saying a plain "will" is that share (round 46).
            if !b.number && rank(&b.words) == 0 {
                let at = toks.iter().position(|t| t.1 == b.at);
                let say = at.and_then(|a| {
                    (0..a)
                        .rev()
                        .take(8)
                        .find(|&k| matches!(words[k], "say" | "said" | "says"))
                });
                let held = say
                    .and_then(|k| minority_hold(&words, k))
                    .filter(|h| h.0.contains('%'));
                if let Some((who, p, low, high)) = held {
                    b.probability = p;
                    b.low = low;
                    b.high = high;
                    b.words = format!("{who} say {}", b.words);
                    b.assumed = true;
                    plain_future = false;
                }
            }
        }
        // A framing over a plain future ("economists predict X will", "we think X will"):
        // the frame softens the "will" but does not turn it into a bare "expect". Issue 13's
        // labeling reads "will" as 0.8-1.0 and "expect" as 0.6-0.9; 0.85 is in both (A).
        if let Some(b) = best.as_mut() {
            if plain_future && rank(&b.words) == 1 && !b.words.starts_with("don") {
                b.probability = 0.85;
                b.low = 0.75;
                b.high = 0.95;
                b.words = format!("{} + will", b.words);
                b.assumed = true;
            }
        }
        best
    }
}

/// Whether the words before a nominal likelihood ("the likelihood of") end with a verb that
/// points to it ("indicate", "suggests", "raised", "points to"), past "the" or "a" and a
/// word of size ("strong", "high", "growing"; round 58).
fn pointed_to(before: &[&str]) -> bool {
    let mut k = before.len();
    while k > 0
        && matches!(
            before[k - 1],
            "the" | "a" | "strong" | "high" | "real" | "distinct" | "growing" | "increased"
        )
    {
        k -= 1;
    }
    let verb = |w: &str| {
        matches!(
            w,
            "indicate"
                | "indicates"
                | "indicated"
                | "indicating"
                | "suggest"
                | "suggests"
                | "suggested"
                | "suggesting"
                | "raise"
                | "raises"
                | "raised"
                | "raising"
                | "signal"
                | "signals"
                | "signalled"
                | "signaled"
        )
    };
    k < before.len()
        && k > 0
        && (verb(before[k - 1])
            || (before[k - 1] == "to"
                && k > 1
                && matches!(before[k - 2], "point" | "points" | "pointed" | "pointing")))
}

/// Idioms of the lexicon that hedge only a clause they open ("Odds are the deal closes",
/// "Chances are we will", "I have a feeling that X"; round 50, ux31 F2 and audit 31 K2): read
/// only when `opens_clause` finds that clause after them.
const IDIOM_OPENERS: &[&str] = &[
    "odds are",
    "chances are",
    "have a feeling",
    "sneaking feeling",
    "strong feeling",
];

/// The lexicon's stated confidences ("I'm confident X falls"): beside a plain "will" the
/// "will" is read, as before they were in the lexicon.
const CONFIDENCES: &[&str] = &[
    "i'm confident",
    "i am confident",
    "we're confident",
    "we are confident",
];

/// Whether a clause starts at word `j`: "that", an article or personal pronoun, or a word
/// written with a capital (a name: "Odds are Leeds win"); "the odds are long", "odds are
/// against it" and "a feeling of dread" have none.
fn opens_clause(words: &[&str], j: usize, text: &str, toks: &[Token<'_>]) -> bool {
    let Some(w) = words.get(j) else {
        return false;
    };
    matches!(
        *w,
        "that"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "we"
            | "they"
            | "he"
            | "she"
            | "it"
            | "i"
            | "you"
            | "there"
            | "our"
            | "their"
            | "his"
            | "her"
            | "its"
    ) || toks
        .get(j)
        .and_then(|t| text.get(t.1..))
        .is_some_and(|s| s.starts_with(|c: char| c.is_uppercase()))
}

/// Where a course ends when it is an outcome, not a place: "is headed for a recession", "is
/// heading for a record", "is headed for defeat" (or a figure or a superlative: "its worst
/// month").
const COURSE_ENDS: &[&str] = &[
    "recession",
    "record",
    "loss",
    "losses",
    "gain",
    "gains",
    "decline",
    "declines",
    "drop",
    "rise",
    "fall",
    "win",
    "victory",
    "defeat",
    "default",
    "shutdown",
    "collapse",
    "slowdown",
    "crash",
    "correction",
    "rebound",
    "recovery",
    "majority",
    "landslide",
    "deal",
    "surplus",
    "deficit",
    "showdown",
    "clash",
    "runoff",
    "relegation",
    "playoffs",
    "title",
    "downgrade",
    "cut",
    "cuts",
    "hike",
    "hikes",
    "glut",
    "shortage",
    "stalemate",
    "split",
    "breakup",
];

/// Words before a noun: "the forecast", "their targets", "our outlook".
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "our",
    "his",
    "her",
    "your",
    "my",
    "this",
    "that",
    "these",
    "those",
    "of",
    "for",
    "back",
    "survey",
    "earlier",
    "latest",
    "new",
    "previous",
    "official",
    "price",
    "growth",
    "inflation",
    "consensus",
    "reduction",
    "emissions",
    "revenue",
    "earnings",
    "and",
    "senate",
    "house",
    "midterm",
    "election",
];

/// Whether the hedge at word `i` is content, not a commitment: the noun "forecast" ("the
/// agency's forecast was $3.57", "cut their forecasts for growth", "growth forecast to
/// 4.9%"), an infinitive ("hard to predict"), an explanation ("is likely because"), or the object of "make it" ("will make
/// it impossible for X to ...").
fn content_word(words: &[&str], i: usize, phrase: &str, text: &str, toks: &[Token<'_>]) -> bool {
    let prev = if i > 0 { words[i - 1] } else { "" };
    let next = words.get(i + 1).copied().unwrap_or("");
    // "A thread on where I think the market goes", "notes about what we expect": a
    // holder's view inside an indirect question after a preposition names a topic; the
    // sentence commits to nothing.
    if (phrase.starts_with("i ") || phrase.starts_with("we "))
        && i >= 2
        && matches!(prev, "where" | "what" | "how" | "why" | "whether")
        && matches!(
            words[i - 2],
            "on" | "about" | "of" | "into" | "at" | "over" | "around"
        )
    {
        return true;
    }
    // "cuts Kenya growth forecast to 4.9pc", "its estimate to $3.2 billion": a frame's "to"
    // takes a verb; before a figure it is the preposition of a revised noun.
    if phrase.ends_with(" to")
        && words
            .get(i + phrase.split_whitespace().count())
            .is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit() || "$\u{a3}\u{20ac}".contains(c))
            })
    {
        return true;
    }
    match phrase {
        // "Don't believe the gloom: rents will rise": a lead-in whose object is a short noun
        // phrase ending at a colon disbelieves that noun, not the clause after it, which
        // keeps its own hedge (as "Forget the gloom:" does).
        "don't believe" | "do not believe" | "don\u{2019}t believe" => {
            let n = phrase.split_whitespace().count();
            let end = toks.get(i + n - 1).map_or(text.len(), |t| t.2);
            text[end..].split_once(':').is_some_and(|(head, _)| {
                let head = head.trim();
                !head.is_empty()
                    && head.split_whitespace().count() <= 4
                    && !head
                        .split_whitespace()
                        .any(|w| matches!(w, "that" | "will" | "would" | "it" | "they"))
            })
        }
        // "the doubts over the plan", "cast doubt on", "doubt about": the noun, no one's
        // doubt that an event comes ("Analysts doubt the merger will close" is).
        // A doubt weighs an event only with a clause after it ("doubt the hype" weighs
        // nothing), held by someone named ("many doubt" names no one), not denied ("few
        // doubt", "no one doubts", "I don't doubt": the event's own hedge decides), and in
        // the main clause ("..., even if some economists still doubt that X" concedes, the
        // main clause's hedge decides).
        "doubt" | "doubts" => {
            let clause_after = words[i + 1..]
                .iter()
                .take(8)
                .any(|w| matches!(*w, "that" | "will" | "would" | "won't" | "can" | "could"));
            let conceded = words[i.saturating_sub(6)..i]
                .iter()
                .any(|w| matches!(*w, "if" | "though" | "although"));
            DETERMINERS.contains(&prev)
                || matches!(
                    prev,
                    "cast"
                        | "casts"
                        | "some"
                        | "much"
                        | "any"
                        | "raise"
                        | "raises"
                        | "raised"
                        | "without"
                        | "beyond"
                        | "growing"
                        | "serious"
                        | "in"
                        | "into"
                        | "many"
                        | "others"
                        | "people"
                        | "to"
                        | "few"
                        | "nobody"
                        | "one"
                        | "none"
                        | "don't"
                        | "doesn't"
                        | "didn't"
                        | "not"
                        | "never"
                )
                || matches!(next, "about" | "over" | "on" | "as" | "remain" | "remains")
                || !clause_after
                || conceded
        }
        "forecast" | "forecasts" | "targets" | "predict" | "predicts" => {
            let after = text[toks[i].2..].trim_start();
            DETERMINERS.contains(&prev)
                // "the only forecast that", "a widely cited seasonal forecast model".
                || matches!(
                    prev,
                    "only"
                        | "next"
                        | "final"
                        | "updated"
                        | "preliminary"
                        | "upcoming"
                        | "seasonal"
                        | "latest"
                        | "previous"
                        | "earlier"
                        | "initial"
                        | "official"
                        | "annual"
                        | "quarterly"
                        | "monthly"
                        | "weekly"
                        | "revised"
                        | "current"
                        | "new"
                        | "main"
                        | "weather"
                        | "consensus"
                        | "baseline"
                        | "central"
                )
                || prev.ends_with("'s")
                || prev == "to"
                // "releases hurricane season forecast", "a growth forecast above 3%": the
                // noun of a compound; "inflation forecast to fall" is a passive forecast.
                || (matches!(
                    prev,
                    "season"
                        | "hurricane"
                        | "storm"
                        | "growth"
                        | "earnings"
                        | "sales"
                        | "price"
                        | "inflation"
                        | "revenue"
                        | "demand"
                        | "crop"
                        | "harvest"
                        | "rainfall"
                        | "production"
                        | "budget"
                        | "traffic"
                ) && next != "to")
                // A verb "forecast" takes an object: at the end of its text it is the noun.
                || after.is_empty()
                || (i == 0 && phrase.ends_with('s'))
                || matches!(
                    next,
                    "for" | "of" | "was" | "is" | "are" | "were" | "has" | "had"
                )
                || after.starts_with([',', '.', ';', ':'])
                || text[toks[i].1..].starts_with(|c: char| c.is_uppercase()) && i > 0
        }
        // "with all its might", "the might of the navy", "military might is no guarantee":
        // the noun (strength), not the modal. A modal has a subject before it and a verb
        // after it: after a possessive or "the", before "of", a finite verb or a modal, or
        // ending its clause after a word that is no subject pronoun, it is the noun (rb).
        // ("They all might leave" keeps its modal: "all" is no determiner of it.)
        "might" => {
            let last = i + 1 == words.len()
                || text[toks[i].2..]
                    .trim_start()
                    .starts_with([',', '.', ';', ':', ')', '!', '?']);
            matches!(
                prev,
                "its" | "their" | "his" | "her" | "our" | "my" | "your" | "the"
            ) || prev.ends_with("'s")
                || prev.ends_with("\u{2019}s")
                || matches!(
                    next,
                    "of" | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "should"
                        | "must"
                )
                || (last
                    && i > 0
                    && !matches!(
                        prev,
                        "it" | "they"
                            | "he"
                            | "she"
                            | "we"
                            | "i"
                            | "you"
                            | "that"
                            | "this"
                            | "there"
                            | "who"
                            | "which"
                            | "one"
                            | "so"
                    ))
        }
        // "The economy is headed for a recession", "stocks are heading for their worst
        // month": a course toward an outcome; not a trip ("the team headed for the airport",
        // "is heading for Paris on Monday").
        "headed for" | "heading for" => {
            let object = words
                .get(i + 2..(i + 7).min(words.len()))
                .unwrap_or_default();
            !matches!(
                prev,
                "is" | "are"
                    | "was"
                    | "were"
                    | "'s"
                    | "'re"
                    | "be"
                    | "been"
                    | "now"
                    | "already"
                    | "still"
                    | "likely"
                    | "clearly"
                    | "firmly"
                    | "could"
                    | "may"
                    | "might"
            ) || !object.iter().any(|x| {
                COURSE_ENDS.contains(x)
                    || x.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                    || (x.len() > 4 && x.ends_with("est") && !x.ends_with("ntest"))
            })
        }
        // "La Nina is favored through the winter", not "is favored by fans".
        // "Wetter conditions are favored across the north": an outlook's call for a place.
        "is favored" | "is favoured" | "are favored" | "are favoured" => {
            !toks.get(i + 2).is_some_and(|t| {
                matches!(
                    t.0.as_ref(),
                    "through" | "in" | "during" | "until" | "into" | "over" | "across"
                )
            })
        }
        // "The decline is expected, given the heat": unsurprising, not ahead.
        "is expected" | "are expected" => {
            let end = toks.get(i + 1).map_or(text.len(), |t| t.2);
            let after = text[end..].trim_start();
            after.is_empty() || after.starts_with([',', '.', ';', ':'])
        }
        // "plenty of folks expecting a landslide": others' expectations, held by no one named.
        "expecting" => matches!(
            prev,
            "folks"
                | "people"
                | "those"
                | "anyone"
                | "anybody"
                | "fans"
                | "many"
                | "some"
                | "others"
                | "everyone"
                | "everybody"
                | "punters"
                | "nobody"
        ),
        // "It's hard to see how X", "I can't imagine what X": a wonder, not a doubt that an
        // event comes; "There is no way to know", "no way around it": no event at all.
        "hard to see"
        | "hard to imagine"
        | "difficult to see"
        | "difficult to imagine"
        | "can't imagine"
        | "cannot imagine"
        | "there is no way"
        | "there's no way" => {
            let after = words
                .get(i + phrase.split_whitespace().count())
                .copied()
                .unwrap_or("");
            matches!(
                after,
                "" | "how"
                    | "why"
                    | "what"
                    | "where"
                    | "when"
                    | "whether"
                    | "who"
                    | "which"
                    | "to"
                    | "around"
                    | "out"
                    | "of"
                    | "for"
                    | "but"
                    | "life"
                    | "living"
            )
        }
        // "Make sure to vote", "be sure to check": advice, not a forecast.
        "sure to" => matches!(prev, "make" | "makes" | "making" | "be" | "not"),
        // "The hearing is set for Monday", "set for release in May": a date on a schedule,
        // not an outcome ("set for a 6 percent rise").
        "set for" => words.get(i + 2).is_some_and(|w| {
            crate::time::weekday(w).is_some()
                || crate::time::month(w).is_some()
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    *w,
                    "release"
                        | "launch"
                        | "today"
                        | "tomorrow"
                        | "tonight"
                        | "next"
                        | "later"
                        | "early"
                        | "late"
                        | "mid"
                        | "this"
                )
        }),
        "preparing to"
        | "getting ready to"
        | "getting ready for"
        | "gearing up to"
        | "gearing up for"
        | "seem prepared to"
        | "seems prepared to"
        | "seemed prepared to"
        | "appear prepared to"
        | "appears prepared to"
        | "appeared prepared to"
        | "is eyeing"
        | "are eyeing" => !readiness_of_another(words, i, phrase),
        // "Remote work will rise": an adjective of a noun; "a win looks remote" is a hedge.
        "remote" => !matches!(
            prev,
            "is" | "are"
                | "seems"
                | "seem"
                | "looks"
                | "look"
                | "remains"
                | "remain"
                | "appears"
                | "very"
                | "extremely"
                | "rather"
                | "pretty"
                | "quite"
                | "increasingly"
        ),
        "likely" | "probably" | "unlikely" | "impossible" | "possible" => {
            matches!(next, "because" | "due" | "reflects")
                || (prev == "it" && i > 1 && words[i - 2].starts_with("mak"))
                // "an inquiry into possible fraud", "talks about possible cuts": an adjective
                // of a noun after a preposition names a topic, it weighs nothing.
                || (phrase == "possible"
                    && matches!(
                        prev,
                        "into" | "of" | "about" | "over" | "on" | "for" | "against" | "regarding"
                    ))
                // "A formal decision and possible fine are expected soon": an adjective of
                // the second noun of a joined subject; the frame after it weighs (audit 31,
                // K1).
                || (phrase == "possible"
                    && prev == "and"
                    && next.len() > 2
                    && next.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(next, "that" | "to" | "for" | "but" | "and"))
        }
        _ => false,
    }
}

/// Whether a frame of readiness at `words[i]` ("are preparing to", "is getting ready for",
/// "seem prepared to", "is eyeing a push") tells another party's coming act (round 59): in
/// the present ("was preparing to" is told of the past), not the speaker's own ("we are
/// preparing to", "Acme said it is preparing to": a plan), and "eyeing" only an act's noun
/// ("the army is eyeing an offensive"; "traders are eyeing the jobs report" is attention).
fn readiness_of_another(words: &[&str], i: usize, phrase: &str) -> bool {
    // The subject's last word, before the copula and its adverbs.
    let mut k = i;
    while k > 0
        && matches!(
            words[k - 1],
            "now" | "also" | "already" | "reportedly" | "still" | "actively" | "quietly" | "busy"
        )
    {
        k -= 1;
    }
    let progressive = !phrase.contains("prepared") && !phrase.contains("eyeing");
    if progressive {
        let Some(copula) = k.checked_sub(1).map(|c| words[c]) else {
            return false;
        };
        if !(matches!(copula, "is" | "are") || copula.ends_with("'s") || copula.ends_with("'re"))
            || matches!(copula, "we're" | "let's" | "that's" | "it's" | "there's")
        {
            return false;
        }
        if copula.contains('\'') {
            return true;
        }
        k -= 1;
    } else if phrase.ends_with("eyeing") {
        // "is eyeing" holds its copula: the subject is right before it.
        let object = &words[(i + 2).min(words.len())..(i + 6).min(words.len())];
        if !object.iter().any(|w| ACT_NOUNS.contains(w)) {
            return false;
        }
    }
    let subject = k.checked_sub(1).map_or("", |s| words[s]);
    let before = k.checked_sub(2).map_or("", |s| words[s]);
    // "said it is preparing to list its shares": the speaker's own plan.
    let own = matches!(subject, "i" | "we" | "")
        || (matches!(subject, "it" | "they")
            && matches!(
                before,
                "said" | "says" | "told" | "announced" | "confirmed" | "added" | "that"
            ));
    !own
}

/// The nouns of an act a party may be eyeing: "the army is eyeing a push", "is eyeing a
/// takeover bid" (round 59).
const ACT_NOUNS: &[&str] = &[
    "push",
    "offensive",
    "attack",
    "assault",
    "invasion",
    "incursion",
    "strike",
    "strikes",
    "bid",
    "run",
    "return",
    "comeback",
    "move",
    "takeover",
    "acquisition",
    "merger",
    "expansion",
    "listing",
];

/// "The chances of X are not good", "the odds are slim": a likelihood said of the chances.
fn chance_predicate(words: &[&str], toks: &[Token<'_>]) -> Option<Reading> {
    let c = words
        .iter()
        .position(|w| matches!(*w, "chances" | "odds" | "chance"))?;
    let rest = &words[c + 1..];
    let at = rest
        .iter()
        .position(|w| matches!(*w, "are" | "is" | "look" | "looks" | "remain" | "seem"))?;
    let pred: Vec<&str> = rest[at + 1..].iter().take(2).copied().collect();
    let (p, low, high, text) = match pred.as_slice() {
        ["not", "good" | "great" | "high"] | ["slim" | "low" | "poor" | "remote" | "small", ..] => {
            (0.12, 0.05, 0.25, "chances are slim")
        }
        ["good" | "high" | "strong", ..] => (0.8, 0.75, 0.85, "good chance"),
        _ => return None,
    };
    Some(Reading {
        probability: p,
        low,
        high,
        words: text.to_string(),
        number: false,
        assumed: true,
        at: toks[c].1,
    })
}

/// Outcomes a model, a poll or a pundit holds: "270towin has Democrats winning 208 seats",
/// "I've got the Chiefs winning 27-24", "forecasters see two more cuts in September",
/// "analysts see prices falling". Read as "expect" (0.6 to 0.85): the holder's central
/// call. "Has" and "got" need an outcome in "-ing" after a subject of one to four words;
/// "see" needs a forecaster before it and an outcome in "-ing" or a month or year after it.
fn held_outcome(text: &str, words: &[&str], toks: &[Token<'_>]) -> Option<Reading> {
    const OUTCOMES: &[&str] = &[
        "winning",
        "taking",
        "gaining",
        "losing",
        "keeping",
        "holding",
        "picking",
        "finishing",
        "beating",
        "flipping",
        "retaining",
        "capturing",
        "covering",
        "reaching",
        "claiming",
        "cutting",
        "raising",
        "hiking",
        "rising",
        "falling",
        "climbing",
        "dropping",
        "recovering",
        "hitting",
        "topping",
        "ending",
        "averaging",
        "slipping",
        "sliding",
        "easing",
        "penciling",
        "pencilling",
        "getting",
        "securing",
        "scoring",
        "grabbing",
        "declining",
        "growing",
        "increasing",
        "rallying",
        "slowing",
        "surging",
        "peaking",
        "bottoming",
        "rebounding",
        "weakening",
        "strengthening",
        "softening",
        "firming",
    ];
    static OUTCOMES_SET: WordSet = WordSet::new(OUTCOMES);
    const FORESEERS: &[&str] = &[
        "analysts",
        "economists",
        "forecasters",
        "strategists",
        "traders",
        "investors",
        "markets",
        "banks",
        "who",
        "respondents",
        "experts",
        "we",
        "i",
        "they",
        "pundits",
        "bookmakers",
        "oddsmakers",
        "survey",
        "poll",
        "polls",
        "model",
        "models",
        "projection",
        "mrp",
        "forecast",
        // "Our baseline sees X": an analyst note's outlook ("base case" below).
        "baseline",
        "bank",
        "firm",
        "fund",
        "imf",
        "opec",
        "iea",
        "he",
        "she",
    ];
    static FORESEERS_SET: WordSet = WordSet::new(FORESEERS);
    // "pundits see a narrow victory for the bill", "economists see a recession": an outcome noun.
    const OUTCOME_NOUNS: &[&str] = &[
        "win",
        "victory",
        "loss",
        "defeat",
        "cut",
        "cuts",
        "hike",
        "hikes",
        "rise",
        "fall",
        "drop",
        "recession",
        "majority",
        "landslide",
        "rebound",
        "recovery",
        "slowdown",
        "decline",
        "increase",
        "gain",
        "gains",
    ];
    static OUTCOME_NOUNS_SET: WordSet = WordSet::new(OUTCOME_NOUNS);
    // A change foreseen, straight after "sees" ("sees higher prices", "sees lower output").
    const COMPARATIVES: &[&str] = &[
        "higher",
        "lower",
        "better",
        "worse",
        "stronger",
        "weaker",
        "bigger",
        "smaller",
        "larger",
        "wider",
        "narrower",
        "more",
        "fewer",
        "less",
        "increased",
        "reduced",
        "improved",
        "flat",
        "steady",
        "stable",
    ];
    // A result a firm reports, after the period it falls in ("first quarter loss", "1987
    // profit", "record earnings").
    const RESULTS: &[&str] = &[
        "loss",
        "losses",
        "profit",
        "profits",
        "earnings",
        "deficit",
        "surplus",
        "growth",
        "gain",
        "gains",
        "revenue",
        "revenues",
        "sales",
        "shortfall",
        "rise",
        "fall",
        "drop",
        "decline",
        "increase",
        "recovery",
        "rebound",
    ];
    const PERIOD_WORDS: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "quarter",
        "half",
        "year",
        "full-year",
        "fiscal",
        "annual",
        "record",
        "net",
        "operating",
        "current",
        "first-quarter",
        "second-quarter",
        "third-quarter",
        "fourth-quarter",
        "first-half",
        "second-half",
        "year-end",
    ];
    // The rounds of a contest a holder sees a side reach.
    const ROUNDS: &[&str] = &[
        "final",
        "finals",
        "semifinal",
        "semifinals",
        "semi-final",
        "semi-finals",
        "semis",
        "quarterfinals",
        "quarter-finals",
        "playoffs",
        "play-offs",
        "postseason",
    ];
    let month_or_year = |w: &str| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            || matches!(w, "year-end" | "mid-year" | "midyear")
            || matches!(
                w,
                "january"
                    | "february"
                    | "march"
                    | "april"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
            )
    };
    for (i, w) in words.iter().enumerate() {
        let after = &words[i + 1..(i + 7).min(words.len())];
        let outcome = |from: usize| {
            after
                .iter()
                .skip(from)
                .take(5)
                .position(|x| OUTCOMES_SET.contains(x))
                .map(|p| p + from)
        };
        let held = match *w {
            "has" | "have" | "got" => {
                let first = after.first().copied().unwrap_or("");
                !matches!(
                    first,
                    "been" | "to" | "no" | "not" | "got" | "had" | "already" | "just" | "a" | "an"
                ) && outcome(1).is_some_and(|p| p <= 4)
            }
            // "Analysts on average project third-quarter sales of $12.4 billion".
            "project" | "estimate" | "forecast" => {
                let mut k = i;
                while k > 0 && matches!(words[k - 1], "on" | "average" | "now" | "also") {
                    k -= 1;
                }
                k > 0
                    && FORESEERS_SET.contains(words[k - 1])
                    && after
                        .iter()
                        .take(5)
                        .any(|x| x.starts_with(|c: char| c.is_ascii_digit() || c == '$'))
            }
            // "Analysts are looking for a profit of $0.68 a share", "economists are looking
            // for a cut in March": a forecaster looking for a figure or an outcome expects it
            // ("police are looking for a suspect" has no forecaster; audit 30, K5).
            "looking"
                if i > 1
                    && after.first() == Some(&"for")
                    && matches!(words[i - 1], "are" | "is")
                    && FORESEERS_SET.contains(words[i - 2])
                    && !matches!(words[i - 2], "he" | "she" | "we" | "i" | "they" | "who") =>
            {
                after.iter().skip(1).take(5).any(|x| {
                    x.starts_with(|c: char| c.is_ascii_digit()) || OUTCOME_NOUNS_SET.contains(x)
                }) || text[toks[i].2..].contains(" of $")
            }
            // "Everything points to a Reyes win on Sunday", "the polls point to a hung
            // parliament": evidence pointing to an outcome noun is the writer's expectation of
            // it (audit 30, K5).
            // ("The data point to a rise in prices last year": a look back, no call.)
            "points" | "point" if i > 0 && after.first() == Some(&"to") => {
                after
                    .iter()
                    .skip(1)
                    .take(4)
                    .any(|x| OUTCOME_NOUNS_SET.contains(x))
                    && !words[i + 1..(i + 12).min(words.len())]
                        .iter()
                        .any(|x| matches!(*x, "last" | "ago" | "earlier" | "since" | "so"))
            }
            // "The model puts the Greens on 140 seats", "the poll gives them 35%": a model's
            // or a poll's figure for an outcome.
            "puts" | "put" | "gives" | "gave" | "shows" | "showed"
                if i > 0
                    && FORESEERS_SET.contains(words[i - 1])
                    && !matches!(words[i - 1], "he" | "she" | "we" | "i" | "they" | "who") =>
            {
                let on = after
                    .iter()
                    .position(|x| matches!(*x, "on" | "at"))
                    .filter(|&p| (1..=4).contains(&p))
                    .is_some_and(|p| {
                        after.get(p + 1).is_some_and(|x| {
                            x.starts_with(|c: char| c.is_ascii_digit())
                                || matches!(*x, "course" | "track")
                        })
                    });
                let gives = matches!(*w, "gives" | "gave")
                    && after
                        .iter()
                        .take(5)
                        .any(|x| x.ends_with('%') || *x == "seats");
                on || gives || (matches!(*w, "shows" | "showed") && outcome(1).is_some())
            }
            // "I like the Rovers to win", "we really like the Jets to cover": a pundit's pick.
            "like" => {
                let mut k = i;
                while k > 0 && matches!(words[k - 1], "really" | "still" | "also" | "do") {
                    k -= 1;
                }
                k > 0
                    && matches!(words[k - 1], "i" | "we")
                    && after
                        .iter()
                        .take(6)
                        .position(|x| *x == "to")
                        .is_some_and(|p| {
                            p >= 1
                                && after.get(p + 1).is_some_and(|v| {
                                    matches!(
                                        *v,
                                        "win"
                                            | "cover"
                                            | "beat"
                                            | "take"
                                            | "finish"
                                            | "make"
                                            | "reach"
                                            | "advance"
                                            | "upset"
                                            | "lose"
                                            | "score"
                                            | "top"
                                            | "claim"
                                            | "clinch"
                                            | "edge"
                                    )
                                })
                        })
            }
            "see" | "sees" => {
                // "I can see X winning", "Acme Bank sees X rising": a modal between, or a
                // named holder.
                // "Some expect a cut in March, while others see a hold": the rival camp.
                let holder = |k: usize| {
                    FORESEERS_SET.contains(words[k])
                        // "Our base case sees X": an analyst note's outlook; "the court case"
                        // is no holder.
                        || (words[k] == "case"
                            && k > 0
                            && matches!(words[k - 1], "base" | "central" | "bull" | "bear"))
                        || (*w == "see" && words[k] == "others")
                        || (*w == "sees" && text[toks[k].1..].starts_with(char::is_uppercase))
                };
                // "The agency also sees ...": the holder stands before the adverb.
                let mut h = i;
                while h > 1 && matches!(words[h - 1], "also" | "now" | "still" | "do" | "does") {
                    h -= 1;
                }
                // "I can see the underdog pulling it off": any "-ing" after its subject.
                let can_see = i > 1
                    && matches!(words[i - 1], "can" | "could")
                    && matches!(words[i - 2], "i" | "we");
                let any_ing = can_see
                    && after.iter().enumerate().take(4).skip(1).any(|(k, x)| {
                        x.len() > 5
                            && x.ends_with("ing")
                            && !matches!(after[k - 1], "the" | "a" | "an" | "this" | "that")
                    });
                i > 0
                    && (holder(h - 1)
                        || (i > 1
                            && matches!(words[i - 1], "can" | "could")
                            && matches!(words[i - 2], "i" | "we")))
                    // "sees it rising": a pronoun with its outcome is no "sees it as".
                    && !(after.first().is_some_and(|x| {
                        matches!(
                            *x,
                            "no" | "little"
                                | "it"
                                | "that"
                                | "this"
                                | "what"
                                | "how"
                                | "why"
                                | "if"
                                | "whether"
                        )
                    }) && !(matches!(after.first(), Some(&("it" | "them")))
                        && after.get(1).is_some_and(|x| OUTCOMES_SET.contains(x))))
                    && (outcome(1).is_some()
                        // "sees copper at $9,000", "now sees $32.52", "sees 3% growth": a
                        // figure, straight after or at a level, is the holder's number.
                        // "while Acme sees three": a count that ends the clause or
                        // counts an outcome.
                        || after.first().is_some_and(|x| {
                            matches!(
                                *x,
                                "two" | "three" | "four" | "five" | "six" | "seven" | "eight"
                            ) && after
                                .get(1)
                                .is_none_or(|n| OUTCOME_NOUNS_SET.contains(n) || *n == "more")
                        })
                        // "sees the fed funds rate at 3.25%": a subject of up to four
                        // words before the level (audit 28, E25).
                        || after.iter().enumerate().take(6).any(|(k, x)| {
                            x.starts_with(|c: char| c.is_ascii_digit())
                                && after.get(k + 1) != Some(&"as")
                                && (k == 0
                                    || matches!(
                                        after[k - 1],
                                        "at" | "around" | "near" | "above" | "below" | "to"
                                            // "sees a deficit of 90,000 tonnes": the
                                            // object's own figure (audit 31, K1).
                                            | "of"
                                    ))
                        })
                        // "sees a larger deficit next year", "see a surplus this season": an
                        // object, then a time ahead the clause is about (audit 31, K1); not
                        // after a pronoun ("I see a doctor next week" is a schedule).
                        || (!matches!(words[h - 1], "i" | "we" | "you" | "they")
                            && after.windows(2).any(|p| {
                            matches!(p[0], "next" | "this" | "coming")
                                && matches!(
                                    p[1],
                                    "year" | "season" | "quarter" | "month" | "week" | "decade"
                                )
                            }))
                        // "sees an even larger deficit", "sees a wider gap": a comparative
                        // ("-er") between the article and the object's noun, a change
                        // foreseen ("a number of" has "of" after it, no noun).
                        || (matches!(after.first(), Some(&("a" | "an")))
                            && after.windows(2).skip(1).take(2).any(|p| {
                                p[0].len() > 4
                                    && p[0].ends_with("er")
                                    && p[1].len() > 2
                                    && p[1].bytes().all(|b| b.is_ascii_lowercase())
                                    && !matches!(
                                        p[1],
                                        "of" | "for" | "and" | "than" | "with" | "from" | "the"
                                    )
                            }))
                        || any_ing
                        // Wire headlines (rule 3): "USX SEES HIGHER 1987 STEEL PRICES", "SEES
                        // LOWER EARNINGS": a comparative straight after, a change foreseen;
                        // "GM SEES FIRST QUARTER LOSS", "SEES 1987 PROFIT": a result named
                        // after the period it falls in.
                        || after.first().is_some_and(|x| COMPARATIVES.contains(x))
                        || after.iter().position(|x| RESULTS.contains(x)).is_some_and(|k| {
                            k <= 3 && after[..k].iter().all(|x| PERIOD_WORDS.contains(x) || month_or_year(x))
                        })
                        // "sees gains for gold next week", "sees potential for X to rally".
                        || after.first().is_some_and(|x| OUTCOME_NOUNS_SET.contains(x))
                        || after.starts_with(&["potential", "for"])
                        || (after.first().is_some_and(|x| matches!(*x, "a" | "an"))
                            && after.iter().take(4).any(|x| OUTCOME_NOUNS_SET.contains(x)))
                        || after.windows(2).any(|p| {
                            matches!(p[0], "in" | "by" | "at" | "through") && month_or_year(p[1])
                        })
                        // "sees England and India in the semifinals": a round of a contest.
                        || words[i + 1..(i + 12).min(words.len())]
                            .windows(2)
                            .any(|p| p[0] == "in" && ROUNDS.contains(&p[1]))
                        || words[i + 1..(i + 12).min(words.len())]
                            .windows(3)
                            .any(|p| p[0] == "in" && p[1] == "the" && ROUNDS.contains(&p[2])))
            }
            _ => false,
        };
        if held {
            // "Sees potential for gold to rally": a possibility, held as "could" is.
            let potential = matches!(*w, "see" | "sees") && after.first() == Some(&"potential");
            let (probability, low, high) = if potential {
                (0.4, 0.3, 0.5)
            } else {
                (0.75, 0.6, 0.85)
            };
            return Some(Reading {
                probability,
                low,
                high,
                words: if potential {
                    format!("{w} potential for")
                } else if !matches!(*w, "has" | "have" | "got") {
                    format!("{w} ...")
                } else {
                    format!("{w} ... -ing")
                },
                number: false,
                assumed: true,
                at: toks[i].1,
            });
        }
    }
    None
}

/// Progressives of growth that may stand between an expectation noun's copula and its
/// joint: "expectations are growing that", "the consensus is building for" (audit 30, K1).
/// The noun's own reading holds; the growth says how it moves, not how sure it is.
pub(super) const GROWING: &[&str] = &["growing", "building", "mounting", "rising", "increasing"];

/// Nouns that name what someone expects: "the consensus", "expectations", "our call", "the
/// smart money", "the base case".
pub(super) const EXPECTATION_NOUNS: &[&str] = &[
    "consensus",
    "expectation",
    "expectations",
    "call",
    "bet",
    "money",
    "case",
    "baseline",
    "assumption",
    "hunch",
    "view",
    "forecast",
    "outlook",
    "projection",
    "prediction",
    "pick",
];

/// A noun of expectation or odds stating its object, whatever the noun: "the consensus is for
/// a quarter-point cut", "expectations for the retailer are that it will post", "the smart
/// money is on the Hawks", "our base case is that", "we affirm our call for the board to
/// hold", "the odds favour a draw"; and a verb of pencilling with its object ("markets pencil
/// in two cuts"; a passive "is pencilled in for May" is a schedule). Read as "expect" (0.6 to
/// 0.85), the holder's central call; a noun with no determiner before it, a modifier holding a
/// verb, or a copula followed by anything else reads nothing.
/// A call read as "expect": 0.75 within 0.6 to 0.85, assumed (no hedge word of the
/// writer's states it), the words `words` at byte `at`.
fn expect_reading(words: String, at: usize) -> Reading {
    Reading {
        probability: 0.75,
        low: 0.6,
        high: 0.85,
        words,
        number: false,
        assumed: true,
        at,
    }
}

fn expectation_noun(words: &[&str], toks: &[Token<'_>]) -> Option<Reading> {
    static NOUNS: WordSet = WordSet::new(EXPECTATION_NOUNS);
    let reading = |i: usize, text: String| expect_reading(text, toks[i].1);
    for (i, w) in words.iter().enumerate() {
        let prev = if i > 0 { words[i - 1] } else { "" };
        if matches!(
            *w,
            "pencil" | "pencils" | "penciled" | "pencilled" | "penciling" | "pencilling"
        ) && words.get(i + 1) == Some(&"in")
            && !matches!(
                prev,
                "is" | "are" | "was" | "were" | "be" | "been" | "being" | "to" | "already"
            )
            && words.get(i + 2).is_some_and(|x| *x != "for")
        {
            return Some(reading(i, "pencil in".to_string()));
        }
        // "Fed funds futures price in a cut by June", "traders are pricing in two cuts",
        // "swaps imply a hike": a market's implied call with no chance stated, read as the
        // market's "expect". The object opens with a determiner or a number ("priced in
        // dollars" is a currency); a passive "is priced in" is no call; "imply" only after
        // a market's noun within three words.
        let object = |j: usize| {
            words.get(j).is_some_and(|x| {
                matches!(*x, "a" | "an" | "another" | "more" | "further" | "the")
                    || super::numbers::number_word(x).is_some()
            })
        };
        let priced = matches!(*w, "price" | "prices" | "priced" | "pricing")
            && words.get(i + 1) == Some(&"in")
            && (*w == "pricing" || !matches!(prev, "is" | "are" | "was" | "were" | "be" | "been"));
        let implied = matches!(*w, "imply" | "implies")
            && words[i.saturating_sub(3)..i].iter().any(|x| {
                matches!(
                    *x,
                    "futures"
                        | "swaps"
                        | "markets"
                        | "market"
                        | "pricing"
                        | "options"
                        | "contracts"
                )
            });
        if (priced && object(i + 2)) || (implied && object(i + 1)) {
            let text = if priced { "price in" } else { "imply" };
            return Some(reading(i, text.to_string()));
        }
        if *w == "odds"
            && matches!(
                words.get(i + 1).copied(),
                Some("favor" | "favour" | "favors" | "favours")
            )
        {
            return Some(reading(i, "odds favour".to_string()));
        }
        if !NOUNS.contains(w) {
            continue;
        }
        // "money" and "case" name an expectation only as "the smart money", "the base case",
        // or money someone owns: "my money is on the Lakers", a bettor's pick (audit 30, K5).
        let owned = matches!(prev, "my" | "our" | "his" | "her" | "their");
        if (*w == "money" && prev != "smart" && !owned) || (*w == "case" && prev != "base") {
            continue;
        }
        // The noun must be a noun here: after a determiner, a possessive or a modifier.
        let determined = matches!(
            prev,
            "the"
                | "our"
                | "their"
                | "its"
                | "his"
                | "her"
                | "my"
                | "consensus"
                | "market"
                | "smart"
                | "base"
                | "street"
        ) || prev.ends_with("'s")
            || prev.ends_with("s'")
            || prev.ends_with('\u{2019}')
            || prev.ends_with("\u{2019}s");
        // "Expectations are for ..." opens the sentence with its noun, as "Call" cannot.
        let opening = i == 0 && !matches!(*w, "call" | "pick" | "bet");
        if !(determined || opening) {
            continue;
        }
        // "Our call for the board to hold rates", "their call for X to win".
        if *w == "call" && words.get(i + 1) == Some(&"for") {
            if prev == "the" {
                continue;
            }
            let to = words[i + 2..]
                .iter()
                .take(7)
                .position(|x| *x == "to")
                .map(|p| i + 2 + p)
                .filter(|&t| t > i + 2);
            if to.is_some_and(|t| {
                words
                    .get(t + 1)
                    .is_some_and(|v| v.len() > 1 && !is_number(v.as_bytes()))
            }) {
                return Some(reading(i, "call for ... to".to_string()));
            }
            continue;
        }
        if let Some(r) = figure_of_forecast(words, i) {
            return Some(reading(i, r));
        }
        // The noun, a modifier of up to six words ("for the retailer", "among economists"),
        // its copula, then "for", "on" or "that".
        let after = &words[i + 1..(i + 9).min(words.len())];
        let Some(cop) = after
            .iter()
            .position(|x| matches!(*x, "is" | "are" | "remains" | "remain"))
        else {
            continue;
        };
        if cop > 0 && !matches!(after[0], "for" | "among" | "of" | "from" | "on" | "in") {
            continue;
        }
        if after[..cop].iter().any(|x| {
            matches!(
                *x,
                "that" | "which" | "who" | "was" | "were" | "said" | "has" | "had" | "will"
            )
        }) {
            continue;
        }
        let mut k = cop + 1;
        while k < after.len()
            && (matches!(
                after[k],
                "still" | "now" | "firmly" | "squarely" | "clearly" | "broadly"
            ) || GROWING.contains(&after[k]))
        {
            k += 1;
        }
        let Some(&prep) = after.get(k) else {
            continue;
        };
        let fits = match prep {
            "for" | "that" => *w != "money",
            "on" => matches!(*w, "money" | "bet" | "call" | "pick" | "consensus"),
            _ => false,
        };
        if fits {
            let copula = if after[cop] == "are" { "are" } else { "is" };
            return Some(reading(i, format!("{w} {copula} {prep}")));
        }
    }
    None
}

/// "The forecast for the average rate next year fell to 7.88%", "our forecast for the payroll
/// gain this Friday is 95,000 jobs", "the forecast for the north remains within the normal
/// range of 92-100 per cent": a forecaster's noun (`words[i]`, already after its determiner)
/// with what it is for, a verb of standing or moving, and the figure it stands at within six
/// words (round 59). "The export forecast remained at 60 million tons" names no "for" and
/// is not read (labeled a noun, not a call); the words returned name the frame.
fn figure_of_forecast(words: &[&str], i: usize) -> Option<String> {
    if !matches!(
        words[i],
        "forecast" | "forecasts" | "projection" | "projections" | "prediction"
    ) || words.get(i + 1) != Some(&"for")
    {
        return None;
    }
    let after = &words[i + 2..(i + 14).min(words.len())];
    let v = after.iter().position(|x| {
        matches!(
            *x,
            "is" | "are"
                | "was"
                | "were"
                | "remains"
                | "remained"
                | "stands"
                | "stood"
                | "fell"
                | "rose"
                | "dropped"
                | "climbed"
                | "edged"
                | "slipped"
                | "eased"
                | "increased"
                | "declined"
        )
    })?;
    // "The forecast for last winter was 20 cm too high": a past season's forecast, judged.
    if v == 0
        || after[..v].iter().any(|x| {
            matches!(
                *x,
                "that"
                    | "which"
                    | "who"
                    | "said"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
                    | "and"
                    | "last"
                    | "previous"
                    | "past"
            )
        })
        || after[v + 1..]
            .iter()
            .take(8)
            .any(|x| matches!(*x, "too" | "wrong" | "off"))
    {
        return None;
    }
    let figure = after[v + 1..]
        .iter()
        .take(6)
        .any(|x| x.starts_with(|c: char| c.is_ascii_digit()) || CURRENCY_CODES.contains(x));
    figure.then(|| format!("{} for ... {}", words[i], after[v]))
}

/// A forecaster's call changed or stated as a figure: "she lifted her year-end target for
/// the index to 5,900", "we cut our 2026 shipment estimate to 30 million units", "the agency
/// predicted a record crop of 2.1 billion bushels", "the outlook calls for a 9 percent fall".
/// The new figure is what the forecaster now expects: read as "expect" (0.6 to 0.85). A
/// target of whoever sets it ("raised its rate target", "cut its sales target") is a policy
/// or a plan, not a forecast, and a verb with no figure after it ("revised its view") states
/// nothing checkable.
/// Currency codes written before a figure ("Rs 165", "USD 80", "EUR 1.2 billion"),
/// lower-cased as the tokens are; a symbol ("$", "£", "€") is no part of a token.
const CURRENCY_CODES: &[&str] = &[
    "rs", "inr", "usd", "eur", "gbp", "jpy", "cny", "chf", "cad", "aud", "nzd", "sek", "nok",
    "dkk", "zar", "brl", "mxn", "krw", "sgd", "hkd", "rmb", "yuan", "yen", "naira", "rand",
];

fn revised_call(text: &str, words: &[&str], toks: &[Token<'_>]) -> Option<Reading> {
    const CHANGE: &[&str] = &[
        "raise",
        "raises",
        "raised",
        "raising",
        "lift",
        "lifts",
        "lifted",
        "lifting",
        "boost",
        "boosts",
        "boosted",
        "boosting",
        "cut",
        "cuts",
        "cutting",
        "lower",
        "lowers",
        "lowered",
        "lowering",
        "trim",
        "trims",
        "trimmed",
        "trimming",
        "revise",
        "revises",
        "revised",
        "revising",
        "hike",
        "hikes",
        "hiked",
        "bump",
        "bumps",
        "bumped",
        "upgrade",
        "upgrades",
        "upgraded",
        "downgrade",
        "downgrades",
        "downgraded",
        "reduce",
        "reduces",
        "reduced",
        "set",
        "sets",
        "increase",
        "increases",
        "increased",
        "increasing",
        "decrease",
        "decreases",
        "decreased",
    ];
    static CHANGE_SET: WordSet = WordSet::new(CHANGE);
    const CALLS: &[&str] = &[
        "target",
        "targets",
        "forecast",
        "forecasts",
        "estimate",
        "estimates",
        "projection",
        "outlook",
        "prediction",
        "predictions",
    ];
    static CALLS_SET: WordSet = WordSet::new(CALLS);
    // Targets of whoever controls them: a central bank's rate, a company's own sales.
    const POLICY: &[&str] = &[
        "rate",
        "rates",
        "inflation",
        "policy",
        "funds",
        "emissions",
        "sales",
        "production",
        "deficit",
        "spending",
        "hiring",
        "savings",
        "climate",
        "carbon",
        "output",
    ];
    static POLICY_SET: WordSet = WordSet::new(POLICY);
    let figure = |x: &str| x.starts_with(|c: char| c.is_ascii_digit() || c == '$');
    let reading = |i: usize, w: &str| expect_reading(format!("{w} ..."), toks[i].1);
    for (i, w) in words.iter().enumerate() {
        if CHANGE_SET.contains(w) {
            // "lifted his full-year index target to 5,900", "revise up our estimate to 80".
            let Some(k) = words[i + 1..(i + 9).min(words.len())]
                .iter()
                .position(|x| CALLS_SET.contains(x))
                .map(|k| i + 1 + k)
            else {
                continue;
            };
            if words[i + 1..k].iter().any(|x| POLICY_SET.contains(x)) {
                continue;
            }
            // "to Rs 165", "to USD 80": a currency's code before the figure.
            let after = &words[k + 1..(k + 14).min(words.len())];
            let to = after.iter().enumerate().any(|(j, x)| {
                *x == "to"
                    && after.get(j + 1).is_some_and(|n| {
                        figure(n)
                            || matches!(*n, "around" | "about")
                            || (CURRENCY_CODES.contains(n)
                                && after.get(j + 2).is_some_and(|f| figure(f)))
                    })
            });
            let then = words
                .get(k + 1)
                .is_some_and(|x| matches!(*x, "predicting" | "forecasting" | "projecting"));
            if to || then {
                return Some(reading(i, w));
            }
        }
        // "predicted a record crop of 2.1 billion bushels": a figure within a few words.
        if matches!(*w, "predicted" | "forecast" | "projected" | "forecasted")
            && i > 0
            && !matches!(
                words[i - 1],
                "the" | "a" | "its" | "their" | "his" | "her" | "our"
            )
            && words.get(i + 1).is_some_and(|x| matches!(*x, "a" | "an"))
            && words[i + 2..(i + 8).min(words.len())]
                .iter()
                .any(|x| figure(x))
        {
            return Some(reading(i, w));
        }
        // "Yun foresees 1.48 million housing starts", "analysts are projecting earnings of 52
        // cents", "the blogger predicted 8-8", "we now forecast only three hikes": a verb of
        // forecasting used as a verb (not after a determiner, "as", "than" or a past perfect)
        // with its figure among the next words of its object. A year is no figure ("predicted
        // in 2019 that"), and an infinitive or "that" before the figure leaves the call to
        // the frames that read them.
        let prev = prev_of(words, i);
        // Not a noun ("the forecast"), "as"/"than forecast", a past perfect or an earlier call.
        let noun_or_earlier = matches!(
            prev,
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
                | "as"
                | "than"
                | "had"
                | "initially"
                | "previously"
                | "originally"
                | "average"
                | "whose"
        )
            // "The pollster's forecast, based on 35,000 interviews, has drawn fire": after a
            // possessive and before a comma the word is the noun, the subject of a sentence
            // about the forecast (round 61, helper xs4), not a verb with its figure ("the
            // firm's forecast 3,000 job cuts" has its object straight after).
            // ("he's forecast three cuts" is a pronoun's "has", `words::possessive`.)
            || (super::words::possessive(prev)
                && text
                    .get(toks[i].2..)
                    .is_some_and(|rest| rest.trim_start().starts_with(',')));
        // "is projected 5% higher": a passive, read by the frames of "projected to".
        let passive =
            w.ends_with("ed") && matches!(prev, "is" | "are" | "was" | "were" | "been" | "be");
        // "the predicted finish was 8.25": a participle before its noun.
        let attributive = words
            .get(i + 2)
            .is_some_and(|x| matches!(*x, "is" | "was" | "are" | "were"));
        if FIGURE_CALLS.contains(w) && !noun_or_earlier && !passive && !attributive && i > 0 {
            let object = words[i + 1..(i + 7).min(words.len())]
                .iter()
                .take_while(|x| {
                    !matches!(**x, "to" | "that" | "in" | "for" | "by" | "when" | "if")
                });
            let mut counted = false;
            for (k, x) in object.enumerate() {
                let year =
                    x.len() == 4 && x.parse::<u32>().is_ok_and(|y| (1900..2200).contains(&y));
                let worded = matches!(
                    *x,
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
                ) && k <= 2;
                if (figure(x) && !year) || worded {
                    counted = true;
                    break;
                }
            }
            if counted {
                return Some(reading(i, w));
            }
        }
        // "Our price target is 4,350", "a 12-month price target of $70", "has a target price
        // of Rs 210": a price target stated as a figure is the analyst's call on the price,
        // as a revised one is. Not a bull or bear case (what the price would be if), nor
        // plural targets with no figure of their own.
        if *w == "target" && (prev_of(words, i) == "price" || words.get(i + 1) == Some(&"price")) {
            let mut after = if words.get(i + 1) == Some(&"price") {
                i + 2
            } else {
                i + 1
            };
            // "price target for the index is 5,200", "target on the stock of $90".
            if words.get(after).is_some_and(|x| matches!(*x, "for" | "on")) {
                after = (after + 1..(after + 4).min(words.len()))
                    .find(|&k| matches!(words[k], "of" | "is" | "at"))
                    .unwrap_or(after);
            }
            let case = words[i.saturating_sub(4)..i]
                .iter()
                .any(|x| matches!(*x, "bull" | "bear" | "case"));
            let stated = words
                .get(after)
                .is_some_and(|x| matches!(*x, "of" | "is" | "at" | "to"))
                && words
                    .iter()
                    .skip(after + 1)
                    .take(3)
                    .any(|x| figure(x) && !(x.len() == 4 && x.starts_with(['1', '2'])));
            if stated && !case {
                return Some(reading(i, "price target"));
            }
        }
        // "The outlook calls for a 9 percent fall"; "forecasters on Thursday called for six
        // to 11 named storms", "the report is calling for higher corn production": what a
        // forecast or a forecaster calls for is its call, with or without a figure (what
        // others call for is a demand: "protesters called for a strike").
        if matches!(*w, "calls" | "call" | "called" | "calling")
            && words.get(i + 1) == Some(&"for")
            && i > 0
            && ((CALLS_SET.contains(words[i - 1])
                && words[i + 2..(i + 7).min(words.len())]
                    .iter()
                    .any(|x| figure(x)))
                || words[i.saturating_sub(4)..i]
                    .iter()
                    .any(|x| FORECASTING_SUBJECTS.contains(x)))
        {
            return Some(reading(i, "calls for"));
        }
    }
    None
}

/// Who forecasts by trade, or the documents they publish: what they "call for" is their call.
const FORECASTING_SUBJECTS: &[&str] = &[
    "forecast",
    "forecasts",
    "forecasters",
    "outlook",
    "outlooks",
    "projection",
    "projections",
    "model",
    "models",
    "consensus",
    // "This month's supply and demand estimate report is calling for higher corn
    // production": an estimate's call (round 60).
    "estimate",
    "estimates",
];

/// A headline's or list item's passive without its auxiliary: "Heavy rain expected across
/// the coast this week", "Frost expected statewide tonight", "Ruling expected by June".
/// Headlines drop "is"; the event named before "expected" is what is expected, as in "a
/// ruling is expected in November" (0.6 to 0.85). Only in a line with no closing stop, with
/// a noun before it (not "as expected", "than expected", "had expected") and a place, a time
/// or nothing after it.
fn headline_expected(text: &str, words: &[&str], toks: &[Token<'_>]) -> Option<Reading> {
    if !words.contains(&"expected") {
        return None;
    }
    let closed = text
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201d}', ':', ';', ',']);
    // A clause cut from the middle of a sentence ("..., rain expected in June") has no stop
    // either: the line must open with a capital, as a headline or an item does.
    let opens = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase());
    if closed || !opens {
        return None;
    }
    for (i, w) in words.iter().enumerate() {
        if *w != "expected" || i == 0 {
            continue;
        }
        let prev = words[i - 1];
        let noun_before = prev.chars().all(|c| c.is_alphabetic())
            && !matches!(
                prev,
                "as" | "than"
                    | "had"
                    | "has"
                    | "have"
                    | "be"
                    | "been"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "not"
                    | "and"
                    | "or"
                    | "the"
                    | "a"
                    | "an"
                    | "i"
                    | "we"
                    | "they"
                    | "he"
                    | "she"
                    | "who"
                    | "which"
                    | "that"
                    | "what"
                    | "widely"
                    | "less"
                    | "more"
                    | "least"
                    | "most"
            );
        let after = matches!(
            words.get(i + 1).copied().unwrap_or(""),
            "" | "across"
                | "in"
                | "over"
                | "along"
                | "throughout"
                | "nationwide"
                | "statewide"
                | "for"
                | "on"
                | "at"
                | "this"
                | "next"
                | "by"
                | "soon"
                | "later"
                | "today"
                | "tomorrow"
                | "tonight"
                | "within"
                | "before"
                | "ahead"
        );
        if noun_before && after {
            return Some(expect_reading("expected ...".to_string(), toks[i].1));
        }
    }
    None
}

/// A forecaster's call in the present perfect with a noun phrase for its object: "NOAA has
/// predicted an above-average season", "the weather office has projected above-normal
/// rainfall in June" (round 60, helper xm3). The perfect tells a call that stands now, as
/// "predicts" does; a bare past "predicted a recession" may be long settled and is left to
/// the frames that want its time ahead (`past_call`). Not before "that" or an infinitive
/// (their own frames read them), nor a record of calls ("has predicted every recession",
/// "has correctly predicted the winner"), nor a negated one ("has not predicted").
fn perfect_call(words: &[&str], toks: &[Token<'_>]) -> Option<Reading> {
    for (i, w) in words.iter().enumerate() {
        if !matches!(*w, "predicted" | "projected" | "forecasted") || i == 0 {
            continue;
        }
        // "has predicted", "have also predicted", "has now projected".
        let aux_at = if matches!(words[i - 1], "also" | "now" | "already") && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        if !matches!(words[aux_at], "has" | "have") {
            continue;
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        let opens_object = next.starts_with(|c: char| c.is_alphanumeric())
            && !matches!(
                next,
                "that"
                    | "to"
                    | "it"
                    | "this"
                    | "these"
                    | "those"
                    | "what"
                    | "how"
                    | "when"
                    | "whether"
                    | "correctly"
                    | "accurately"
                    | "wrongly"
                    | "every"
                    | "each"
                    | "all"
                    | "many"
                    | "several"
                    | "in"
                    | "on"
                    | "for"
                    | "by"
                    | "at"
                    | "with"
                    | "as"
                    | "so"
                    | "such"
                    | "since"
                    | "before"
            );
        // "has predicted Rovers to win": an infinitive a few words on is `past_call`'s ("a
        // late start to the monsoon" has a preposition).
        let end = (i + 6).min(words.len());
        let infinitive = (i + 1..end).any(|k| {
            words[k] == "to"
                && words.get(k + 1).is_some_and(|v| {
                    v.starts_with(|c: char| c.is_ascii_alphabetic())
                        && !matches!(
                            *v,
                            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that"
                        )
                })
        });
        if opens_object && !infinitive {
            return Some(expect_reading(format!("{w} ..."), toks[i].1));
        }
    }
    None
}

/// Verbs of forecasting that state their call as a figure in their object ("foresees 1.48
/// million starts", "are projecting earnings of 52 cents", "predicted 8-8").
const FIGURE_CALLS: &[&str] = &[
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "forecast",
    "forecasts",
    "forecasted",
    "forecasting",
    "project",
    "projects",
    "projecting",
    "foresee",
    "foresees",
    "foresaw",
];

fn prev_of<'a>(words: &[&'a str], i: usize) -> &'a str {
    if i > 0 {
        words[i - 1]
    } else {
        ""
    }
}

/// A forecaster's call in the passive, naming its outcome after "to": "Smith projected to win
/// Senate race", "Rovers tipped to go down". A headline with one reports the call, as one with
/// "likely to" does (`extract`).
pub const PASSIVE_CALLS: &[&str] = &[
    "projected to",
    "predicted to",
    "forecast to",
    "forecasted to",
    "tipped to",
    "favored to",
    "favoured to",
    "is favored to",
    "is favoured to",
    "are favored to",
    "are favoured to",
];

/// The deciding words of `past_call`: a forecast reported in the past tense, which is one
/// only with a time frame ahead (`extract` checks).
pub const PAST_CALLS: &[&str] = &[
    "expected ... to",
    "predicted ... to",
    "forecast ... to",
    "seen",
    "estimated at",
];

/// A forecast reported in the past tense with its object before the infinitive ("one
/// analyst expected copper to average $9,000 next year", "they predicted the index to end
/// the year higher") or a poll's passive "seen" ("Brent was seen averaging $71 next year",
/// "growth is seen at 2% in 2031"): read as "expect". Not "as expected", "than predicted" or
/// "had been expected", nor "seen as" (regarded as). Whether the event lies ahead is left to
/// its time phrase: without one it may be a past expectation, and `extract` drops it.
fn past_call(words: &[&str], toks: &[Token<'_>]) -> Option<Reading> {
    let reading = |i: usize, w: &str| expect_reading(w.to_string(), toks[i].1);
    for (i, w) in words.iter().enumerate() {
        let prev = if i > 0 { words[i - 1] } else { "" };
        let next = words.get(i + 1).copied().unwrap_or("");
        if matches!(
            *w,
            "expected" | "predicted" | "forecast" | "forecasted" | "projected"
        ) && i > 0
            && !matches!(
                prev,
                "as" | "than"
                    | "to"
                    | "been"
                    | "had"
                    | "be"
                    | "being"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "of"
            )
            && next.starts_with(char::is_alphabetic)
            && !matches!(
                next,
                "to" | "that" | "in" | "on" | "by" | "at" | "for" | "and" | "or" | "with"
            )
        {
            let to = words[i + 2..(i + 8).min(words.len())]
                .iter()
                .position(|x| *x == "to")
                .map(|k| i + 2 + k);
            // "expected volumes to be flat in 1987": a state after "to be" is a call too
            // (round 55); a participle after it ("to be held") may be a schedule.
            let state = to.is_some_and(|k| {
                words.get(k + 1) == Some(&"be")
                    && words.get(k + 2).is_some_and(|x| {
                        x.chars().all(|c| c.is_ascii_alphabetic())
                            && !x.ends_with("ed")
                            && !x.ends_with("en")
                            && !matches!(*x, "the" | "a" | "an" | "in" | "on" | "at" | "made")
                    })
            });
            let verb = state
                || to.and_then(|k| words.get(k + 1)).is_some_and(|v| {
                    v.chars().next().is_some_and(char::is_alphabetic)
                        && !matches!(*v, "the" | "a" | "an" | "be" | "have")
                });
            if verb {
                let frame = match *w {
                    "expected" => "expected ... to",
                    "predicted" => "predicted ... to",
                    _ => "forecast ... to",
                };
                return Some(reading(i, frame));
            }
        }
        // "The crop is projected at 15 billion bushels", "growth is forecast at 2.1%": a
        // forecaster's figure in the present passive, as "is expected to be" (not "was
        // projected at", a superseded figure, nor "ticket pricing is projected at $90", a
        // price its seller sets).
        if matches!(*w, "projected" | "forecast" | "forecasted" | "predicted")
            && matches!(prev, "is" | "are" | "now")
            && !(i >= 2
                && matches!(
                    words[i - 2],
                    "pricing" | "fare" | "fares" | "fee" | "fees" | "tuition"
                ))
            && next == "at"
            && figure_at(words, i + 2)
        {
            return Some(reading(i, "projected at"));
        }
        // "The crop is estimated at 2.1 mln tonnes this year", "output was estimated at 12.5
        // mln tonnes for 1987": an estimate of a figure, in either tense; a forecast only
        // with its period ahead, which `extract` checks as it does a past call's (wire news,
        // rule 4: "output in 1986 was estimated at" reports the past).
        if *w == "estimated"
            && matches!(prev, "is" | "are" | "now" | "was" | "were" | "being")
            && next == "at"
            && figure_at(words, i + 2)
        {
            return Some(reading(i, "estimated at"));
        }
        // "was seen averaging $78", "is seen at 2%": a poll's median.
        if *w == "seen"
            && matches!(prev, "is" | "are" | "was" | "were" | "now" | "being")
            && (next.ends_with("ing") && next.len() > 4 || next == "at" && figure_at(words, i + 2))
        {
            return Some(reading(i, "seen"));
        }
        // A wire headline's "OIL PRICES SEEN LOWER IN 1987", "DOLLAR SEEN STEADY": the
        // copula dropped after the subject, a direction after "seen" (wire news, rule 3).
        // Not "have seen lower levels", "never seen higher", "as seen higher up".
        if *w == "seen"
            && matches!(
                next,
                "lower"
                    | "higher"
                    | "up"
                    | "down"
                    | "firmer"
                    | "weaker"
                    | "stronger"
                    | "softer"
                    | "steady"
                    | "stable"
                    | "unchanged"
                    | "flat"
                    | "rising"
                    | "falling"
            )
            && (matches!(prev, "is" | "are")
                || prev.len() > 2
                    && prev.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(
                        prev,
                        "have"
                            | "has"
                            | "had"
                            | "having"
                            | "never"
                            | "ever"
                            | "not"
                            | "been"
                            | "was"
                            | "were"
                            | "than"
                            | "who"
                            | "which"
                            | "that"
                    ))
        {
            return Some(reading(i, "seen"));
        }
    }
    None
}

/// Whether the word at `k` opens a figure: a number ("42", "2.1%", "$42" tokenizes as "42"),
/// or a country's letters before a dollar amount ("US$42 billion", "NZ$90m", "HK$3": the
/// tokens "us", "42").
fn figure_at(words: &[&str], k: usize) -> bool {
    let digit = |x: &str| x.starts_with(|c: char| c.is_ascii_digit());
    match words.get(k) {
        Some(x) if digit(x) => true,
        Some(&("us" | "nz" | "hk" | "au" | "ca" | "sg")) => {
            words.get(k + 1).is_some_and(|n| digit(n))
        }
        _ => false,
    }
}

/// Whether the deciding words only frame an opinion ("I think", "we believe"): they say the
/// holder's confidence, not that anything lies ahead ("I think the coach is a genius").
pub fn opinion(words: &str) -> bool {
    let words = words.strip_prefix("few ").unwrap_or(words);
    matches!(
        words,
        "i think"
            | "we think"
            | "think"
            | "thinks"
            | "i believe"
            | "we believe"
            | "believe"
            | "believes"
            | "we assess"
            | "we judge"
            | "it looks like"
            | "it seems"
            | "i guess"
            | "i would guess"
    ) || NEGATED_BELIEFS.contains(&words)
}

/// The lexicon's negated beliefs ("I don't think X will"): a low probability for X, with X
/// as the claim (the negation is read, not kept in the claim), and an opinion frame like
/// "I think" (no forecast without something ahead).
pub const NEGATED_BELIEFS: &[&str] = &[
    "don't think",
    "do not think",
    "doesn't think",
    "does not think",
    "don't believe",
    "do not believe",
    "doesn't believe",
    "does not believe",
];

/// Negated doubts whose value is already the probability of the event after them ("I
/// wouldn't bet on a cut in March" is a cut at 0.2): the claim is the event, and the value is
/// not turned for a negative claim.
pub const EVENT_DOUBTS: &[&str] = &[
    "not certain",
    "isn't certain",
    "far from certain",
    "wouldn't bet on",
    "would not bet on",
    "don't count on",
    "do not count on",
    "can't imagine",
    "cannot imagine",
];

/// Hedges that read as a plain future with its negation ("X won't happen", "X is not going
/// to happen", "X probably won't"): their value is for the claim as stated, negation kept.
pub const NEGATIVE_FUTURES: &[&str] = &[
    "will not",
    "won't",
    "not going to",
    "isn't going to",
    "aren't going to",
    "probably won't",
];

/// Whether `phrase` holds a negation word ("not", "n't", "never", "no", "nothing", "nobody").
pub fn has_negation(phrase: &str) -> bool {
    phrase.split(' ').any(is_negation)
}

fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "no" | "nothing" | "nobody" | "cannot")
        || w.ends_with("n't")
        || w.ends_with("n\u{2019}t")
}

/// Whether the negation word of a hedge phrase negates the event, so that the claim keeps it
/// and the table's value (always the chance of the event the phrase weighs, as `add` reads
/// it) is turned for the negative claim: the negation ends the phrase ("probably not") or
/// negates a likelihood or expectation of the event ("not likely to", "is not expected to").
/// A negation inside the hedge is not the event's: a comparison ("more likely than not", "as
/// likely as not"), a negative quantity ("no more than even", "nothing suggests", "nobody
/// expects"), or a negated doubt or belief ("not unlikely", "not impossible", "not
/// necessarily", "can't rule out", "don't expect", "wouldn't bet on"): their value is already
/// the event's, and the claim is the event. Plain futures with their negation
/// (`NEGATIVE_FUTURES`) are valued for the negative claim as it stands.
pub fn negates_event(phrase: &str) -> bool {
    if NEGATIVE_FUTURES.contains(&phrase) {
        return false;
    }
    let words: Vec<&str> = phrase.split(' ').collect();
    let Some(j) = words.iter().position(|w| is_negation(w)) else {
        return false;
    };
    if j > 0 && matches!(words[j - 1], "than" | "as") {
        return false;
    }
    if matches!(words[j], "no" | "nothing" | "nobody") {
        return false;
    }
    match words.get(j + 1) {
        None => true,
        Some(next) => matches!(*next, "likely" | "expected" | "going"),
    }
}

/// Doubts framed as what one can picture ("it's hard to see X happening"): a forecast only
/// with a time frame; without one they weigh a state of affairs ("hard to see all those parts
/// coming together").
pub const PICTURED_DOUBTS: &[&str] = &[
    "hard to see",
    "hard to imagine",
    "difficult to see",
    "difficult to imagine",
    "can't imagine",
    "cannot imagine",
];

/// The holders that are few or none, one list for every framing word ("nobody expects", "few
/// think", "hardly anyone believes", "not many economists expect", "only a minority of
/// analysts see"), with the chance their belief gives the event: none or almost none 0.15, as
/// `data/hedges.tsv` reads "nobody expects"; few 0.2 (audit 28, E24).
pub(super) const MINORITY_HOLDERS: &[(&str, f64)] = &[
    ("nobody", 0.15),
    ("no one", 0.15),
    ("almost nobody", 0.15),
    ("hardly anyone", 0.15),
    ("hardly anybody", 0.15),
    ("scarcely anyone", 0.15),
    ("scarcely anybody", 0.15),
    ("barely anyone", 0.15),
    ("few", 0.2),
    ("not many", 0.2),
    ("a minority", 0.2),
    ("only a handful", 0.2),
];

/// Whether the framing word at `k` ("think", "expect", "see") has for subject few or no
/// holders (`MINORITY_HOLDERS`: "few economists think", "few in the market expect", "hardly
/// anyone expects", not "a few" or "quite a few", some people) or a stated share ("only two
/// of 40 economists polled expect": the share, 5%, is the chance, named in the reading's
/// words; "28 of 40 economists expect": 70%). A poll's share is read as the probability, as
/// issue 13 labels Reuters-poll forecasts: an explicit number exactly. The holder ends at
/// most four words back, with no verb or clause break between. Returns the holder's words,
/// the probability and its range.
fn minority_hold(words: &[&str], k: usize) -> Option<(String, f64, f64, f64)> {
    // A share's count may stand further back: "only 3 of the 25 analysts surveyed expect",
    // "two of 40 economists polled by Wire expect".
    let lo = k.saturating_sub(10);
    let broken = |j: usize| {
        words[j + 1..k]
            .iter()
            .any(|m| matches!(*m, "and" | "but" | "who" | "that" | "said" | "say"))
    };
    for j in (lo..k).rev() {
        if broken(j) {
            return None;
        }
        for (phrase, p) in MINORITY_HOLDERS.iter().filter(|_| j + 4 >= k) {
            let ph: Vec<&str> = phrase.split(' ').collect();
            let Some(start) = (j + 1).checked_sub(ph.len()) else {
                continue;
            };
            if words[start..=j] != ph[..] {
                continue;
            }
            if *phrase == "few" && start > 0 && matches!(words[start - 1], "a" | "quite" | "not") {
                continue;
            }
            let who = if *phrase == "few" { "few" } else { phrase };
            return Some((who.to_string(), *p, (p - 0.1).max(0.05), p + 0.1));
        }
        // "two of 40", "3 of the 25": a share under half of those polled; "28 of 40",
        // "nine of 10": a share over half. Either way the share is the probability, as
        // issue 13 labels a poll's forecast ("28 of 40 economists in a Reuters poll expect a
        // cut": 0.70), its range narrower toward the nearer end.
        let count =
            |w: &str| super::numbers::number_word(w).or_else(|| super::numbers::spelled_count(w));
        let mut stated = None;
        if j + 2 < k && words[j + 1] == "of" && !matches!(words[j], "a" | "an") {
            let m = if words[j + 2] == "the" {
                words.get(j + 3)
            } else {
                words.get(j + 2)
            };
            let n = count(words[j]);
            let m = m.and_then(|m| count(m));
            if let (Some(n), Some(m)) = (n, m) {
                if n >= 1.0 && n.fract() == 0.0 && n <= m {
                    let share = n / m;
                    stated = Some((format!("{n} of {m}"), share));
                }
            }
            // "half of", "two-thirds of", "60% of", "a net 45 per cent of" those polled
            // (round 46): a stated share of the group, whatever its size.
            stated = stated.or_else(|| share_of(&words[..=j]).map(|s| (String::new(), s)));
        }
        // "a poll of 27 analysts showed 16 expect": a bare count right before the framing
        // word, out of the group counted earlier in the window (round 46).
        if j + 1 == k && stated.is_none() {
            let n = count(words[j]).filter(|n| *n >= 1.0 && n.fract() == 0.0);
            let m = (lo..j)
                .rev()
                .take_while(|&i| !broken(i))
                .filter(|&i| words[i] == "of")
                .find_map(|i| {
                    let at = i + 1 + usize::from(words.get(i + 1) == Some(&"the"));
                    words.get(at).and_then(|m| count(m))
                });
            if let (Some(n), Some(m)) = (n, m) {
                if n <= m {
                    stated = Some((format!("{n} of {m}"), n / m));
                }
            }
        }
        if let Some((label, share)) = stated {
            let pct = (share * 1000.0).round() / 10.0;
            let who = if label.is_empty() {
                format!("{pct}%")
            } else {
                format!("{label} ({pct}%)")
            };
            let (low, high) = if 2.0 * share < 1.0 {
                (share / 2.0, (share * 2.0).min(0.5))
            } else {
                (
                    (1.0 - (1.0 - share) * 2.0).max(0.5),
                    1.0 - (1.0 - share) / 2.0,
                )
            };
            return Some((who, share, low, high));
        }
    }
    None
}

/// The share a group's fraction or percentage states, its words ending the slice: "half",
/// "a third", "two-thirds", "three quarters", "60%", "61 per cent", "40 percent" (the
/// fractions English writes in words for a part of those polled; a larger denominator is
/// written as a percentage).
pub(super) fn share_of(words: &[&str]) -> Option<f64> {
    let last = *words.last()?;
    let before = words.len().checked_sub(2).map(|i| words[i]);
    if let Some(p) = last.strip_suffix('%') {
        return p
            .parse::<f64>()
            .ok()
            .filter(|p| (0.0..=100.0).contains(p))
            .map(|p| p / 100.0);
    }
    if matches!(last, "percent" | "cent") {
        let at = if last == "cent" {
            if before != Some("per") {
                return None;
            }
            words.len().checked_sub(3)?
        } else {
            words.len().checked_sub(2)?
        };
        return words[at]
            .parse::<f64>()
            .ok()
            .filter(|p| (0.0..=100.0).contains(p))
            .map(|p| p / 100.0);
    }
    let (count, part) = match last.split_once('-') {
        Some((c, p)) => (Some(c), p),
        None => (before, last),
    };
    let whole = match part {
        "half" => return Some(0.5),
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        _ => return None,
    };
    let n = match count? {
        "a" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        _ => return None,
    };
    (n < whole).then_some(n / whole)
}

/// How much a hedge says about likelihood: 0 plain future ("will"), 1 a framing ("we
/// assess", "expect"), 2 a likelihood word.
fn rank(words: &str) -> u8 {
    match words {
        "will" | "would" | "won't" | "will not" | "is going to" | "are going to"
        | "he's going to" | "she's going to" | "they're going to" | "not going to"
        | "isn't going to" | "aren't going to" | "will happen" => 0,
        "we assess" | "we believe" | "we judge" | "we see" | "expect" | "expects" | "expecting"
        | "predict" | "predicts" | "forecast" | "forecasts" | "anticipate" | "anticipates"
        | "anticipated" | "we project" | "projects" | "we think" | "i think" | "i believe"
        | "believe" | "believes" | "think" | "thinks" | "suggest" | "suggests" | "suggesting"
        | "said to" | "rumored to" | "rumoured to" | "tipped to" | "thought to" | "believed to"
        | "reportedly" | "look for" | "we're looking at" | "we are looking at"
        | "it looks like" | "it seems" | "i guess" | "i would guess" | "my guess is"
        | "my best guess is" | "it appears" | "feels like" | "impression that"
        | "expectation is" | "expected that" | "estimated that" => 1,
        // The nouns of expectation (`expectation_noun`): "the consensus is for".
        w if w.ends_with(" is for")
            || w.ends_with(" are for")
            || w.ends_with(" is on")
            || w.ends_with(" is that")
            || w.ends_with(" are that")
            || matches!(
                w,
                "call for ... to" | "pencil in" | "price in" | "imply" | "odds favour"
            ) =>
        {
            1
        }
        _ => 2,
    }
}

/// A lower-case word and its byte range; borrowed from the text when it is lower-case ASCII
/// already (most words), so tokenizing allocates little.
pub type Token<'a> = (Cow<'a, str>, usize, usize);

/// Lower-case words with their byte ranges; apostrophes (straight or curly) and inner hyphens
/// stay inside words ("won't", "50-50", "toss-up").
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    tokens_with(text, None, usize::MAX)
}

/// `tokens` of `text` given `lower`, `text.to_ascii_lowercase()` (the same bytes with ASCII
/// letters lower-cased, so the same offsets): an ASCII word with capitals is then borrowed
/// from `lower` instead of lower-cased into a fresh String. The extractor lower-cases the
/// article once and tokenizes every sentence and clause through this.
pub fn tokens_lowered<'a>(text: &'a str, lower: &'a str) -> Vec<Token<'a>> {
    debug_assert_eq!(text.len(), lower.len());
    tokens_with(text, Some(lower), usize::MAX)
}

/// The first `limit` tokens of `tokens(text)`, the scan stopping there (a word's bounds
/// depend on nothing past the two characters after it).
pub(super) fn first_tokens(text: &str, limit: usize) -> Vec<Token<'_>> {
    tokens_with(text, None, limit)
}

/// Byte classes of the tokenizer's ASCII fast path (one table look-up a byte instead of
/// range tests): a letter or digit, a capital, a byte of a non-ASCII character.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const NON_ASCII: u8 = 4;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            NON_ASCII
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            0
        };
        b += 1;
    }
    t
};

fn tokens_with<'a>(text: &'a str, lower: Option<&'a str>, limit: usize) -> Vec<Token<'a>> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Vec::with_capacity((n / 5 + 1).min(limit));
    let mut i = 0;
    // Byte by byte for ASCII (nearly all of English prose), decoding only other characters.
    while i < n && out.len() < limit {
        // Between words: on to the next alphanumeric character.
        let class = CLASS[usize::from(bytes[i])];
        if class & ALNUM == 0 {
            if class & NON_ASCII == 0 {
                i += 1;
                continue;
            }
            let (c, len) = char_at(text, i);
            if !c.is_alphanumeric() {
                i += len;
                continue;
            }
        }
        // A word: alphanumerics, an apostrophe, hyphen, point or `%` before another
        // alphanumeric, and a `%` anywhere after its start. `seen` gathers the classes of its
        // bytes: a word with no capital and no other character is borrowed as it stands.
        let start = i;
        let mut seen = 0u8;
        while i < n {
            let b = bytes[i];
            let class = CLASS[usize::from(b)];
            if class & ALNUM != 0 {
                seen |= class;
                i += 1;
                continue;
            }
            if class & NON_ASCII == 0 {
                if b == b'%' || (matches!(b, b'\'' | b'-' | b'.') && alnum_at(text, i + 1)) {
                    i += 1;
                    continue;
                }
                break;
            }
            let (c, len) = char_at(text, i);
            // "mid‑year", "mid–year": a Unicode hyphen, or an en dash between letters, joins a
            // word as "-" does (`token` spells it "-"); so does an en dash between two numbers
            // the second of which is a percentage, the typeset range "40–50%" read as
            // "40-50%" (audit 30, K4); other ranges of numbers ("2023–24") stay two words.
            let percent_after = || {
                let rest = &text[i + len..];
                let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'));
                digits.is_some_and(|d| d > 0 && rest[d..].starts_with('%'))
            };
            let joins = matches!(c, '\u{2010}' | '\u{2011}')
                || (c == '–'
                    && ((text[start..i].ends_with(char::is_alphabetic)
                        && text[i + len..].starts_with(char::is_alphabetic))
                        || (text[start..i].ends_with(|c: char| c.is_ascii_digit())
                            && percent_after())));
            if c.is_alphanumeric() || ((c == '’' || joins) && alnum_at(text, i + len)) {
                seen |= NON_ASCII;
                i += len;
                continue;
            }
            break;
        }
        // "60 %" (a space before the sign, as French and much European copy write it): the
        // sign belongs to the number.
        if i + 1 < n && bytes[i] == b' ' && bytes[i + 1] == b'%' && is_number(&bytes[start..i]) {
            out.push((Cow::Owned(format!("{}%", &text[start..i])), start, i + 2));
            i += 2;
            continue;
        }
        out.push(token(
            text,
            lower,
            start,
            i,
            seen & (UPPER | NON_ASCII) == 0,
        ));
    }
    out
}

/// Whether `word` is a number in digits ("60", "6.5"): a "%" after a space is its sign.
fn is_number(word: &[u8]) -> bool {
    word.first().is_some_and(u8::is_ascii_digit)
        && word.last().is_some_and(u8::is_ascii_digit)
        && word.iter().all(|b| b.is_ascii_digit() || *b == b'.')
}

/// Whether an alphanumeric character starts at byte `i` (false at the end of `text`).
#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(b) if *b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_at(text, i).0.is_alphanumeric(),
    }
}

/// The character starting at byte `i` (a character boundary) and its length in bytes.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes()[i] {
        b if b < 0x80 => (char::from(b), 1),
        _ => text[i..]
            .chars()
            .next()
            .map_or(('\u{FFFD}', 1), |c| (c, c.len_utf8())),
    }
}

fn token<'a>(text: &'a str, lower: Option<&'a str>, s: usize, e: usize, plain: bool) -> Token<'a> {
    let slice = &text[s..e];
    if plain {
        return (Cow::Borrowed(slice), s, e);
    }
    if slice.is_ascii() {
        return match lower {
            Some(l) => (Cow::Borrowed(&l[s..e]), s, e),
            None => (Cow::Owned(slice.to_ascii_lowercase()), s, e),
        };
    }
    let mut w = String::with_capacity(slice.len());
    for c in slice.chars() {
        match c {
            '’' => w.push('\''),
            '\u{2010}' | '\u{2011}' | '–' => w.push('-'),
            c if c.is_ascii() => w.push(c.to_ascii_lowercase()),
            c => w.extend(c.to_lowercase()),
        }
    }
    (Cow::Owned(w), s, e)
}

/// Reads a probability as users write it: `0.4`, `40%`, or a hedge phrase from the lexicon
/// (`likely`, `highly unlikely`, `a 60% chance`), the same reading `extract` uses. `add` and
/// `import` both come through here.
pub fn parse_probability(input: &str) -> Result<(Probability, ProbabilityBasis)> {
    if let Some(p) = Probability::parse_number(input)? {
        return Ok((p, ProbabilityBasis::Stated));
    }
    let words = input.split_whitespace().count();
    let lexicon = Lexicon::embedded();
    // Odds that say their side (`3:1 for`, `2/1 against`), splits (`60/40`), `9 out of 10`
    // and `evens`; odds without a side are refused naming both readings. A row of the
    // lexicon (`50-50`) stays the hedge it is.
    if lexicon.get(input).is_none() {
        if let Some(p) = crate::model::odds::read(input)?.and_then(Probability::new) {
            return Ok((p, ProbabilityBasis::Stated));
        }
    }
    let reading = match lexicon.get(input) {
        Some(h) => Some((
            h.probability,
            ProbabilityBasis::Hedge {
                phrase: h.phrase.clone(),
                low: h.low,
                high: h.high,
            },
        )),
        // "30% unlikely": the reader takes the number as the chance against and `extract`
        // asks which was meant; given as a probability it is refused as before.
        None if (1..=6).contains(&words) => lexicon.read(input).map(|r| {
            if r.number && r.words.ends_with(" unlikely") {
                (
                    0.2,
                    ProbabilityBasis::Hedge {
                        phrase: "unlikely".into(),
                        low: 0.1,
                        high: 0.3,
                    },
                )
            } else {
                (r.probability, r.basis())
            }
        }),
        None => None,
    };
    match reading.and_then(|(p, basis)| Probability::new(p).map(|p| (p, basis))) {
        Some((p, basis)) => {
            if let ProbabilityBasis::Hedge { phrase, .. } = &basis {
                let rest = words_beside(input, phrase);
                if !rest.is_empty() {
                    return Err(Error::invalid(
                        format!("probability `{}`", input.trim()),
                        format!(
                            "only `{phrase}` is a hedge phrase this tool knows, and reading it alone would drop `{}`, which may change the meaning; give a number (`5%`) or a hedge phrase on its own (`unlikely`, `almost certainly not`)",
                            rest.join(" ")
                        ),
                    ));
                }
            }
            Ok((p, basis))
        }
        None => Err(Error::InvalidProbability {
            input: input.to_string(),
        }),
    }
}

/// The words of `input` that are not words of the hedge `phrase` it was read as (nor an
/// article): "certainly not" read as `certainly` leaves `not`, "maybe 70%" leaves `70%`.
/// Case, curly apostrophes and punctuation at a word's ends do not count.
fn words_beside(input: &str, phrase: &str) -> Vec<String> {
    let norm = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%')
            .replace('’', "'")
            .to_lowercase()
    };
    let mut hedge: Vec<String> = phrase.split_whitespace().map(norm).collect();
    let mut rest = Vec::new();
    for word in input.split_whitespace().map(norm) {
        if word.is_empty() || ["a", "an", "the"].contains(&word.as_str()) {
            continue;
        }
        match hedge.iter().position(|h| *h == word) {
            Some(i) => {
                hedge.swap_remove(i);
            }
            None => rest.push(word),
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// The first, char-by-char tokenizer, kept as the reference the fast one must equal.
    fn reference_tokens(text: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut plain = true;
        let mut chars = text.char_indices().peekable();
        let mut prev = ' ';
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            let next_alnum = next.is_some_and(char::is_alphanumeric);
            let inner = (matches!(c, '\'' | '’' | '-' | '.' | '%' | '\u{2010}' | '\u{2011}')
                || (c == '–' && prev.is_alphabetic() && next.is_some_and(char::is_alphabetic)))
                && start.is_some()
                && next_alnum;
            if c.is_alphanumeric() || inner || (c == '%' && start.is_some()) {
                if start.is_none() {
                    start = Some(i);
                    plain = true;
                }
                plain &= c.is_ascii() && !c.is_ascii_uppercase();
            } else if let Some(s) = start.take() {
                // "60 %": the sign after a space joins a number of digits.
                if c == ' ' && next == Some('%') && is_number(&text.as_bytes()[s..i]) {
                    out.push((Cow::Owned(format!("{}%", &text[s..i])), s, i + 2));
                    chars.next();
                    prev = '%';
                    continue;
                }
                out.push(token(text, None, s, i, plain));
            }
            prev = c;
        }
        if let Some(s) = start {
            out.push(token(text, None, s, text.len(), plain));
        }
        out
    }

    proptest! {
        #![proptest_config(crate::proptest_config::config(256))]
        #[test]
        fn fast_tokens_equal_the_reference(s in "(\\PC|[ '’.%-]|[A-Za-z0-9]){0,80}") {
            prop_assert_eq!(tokens(&s), reference_tokens(&s));
        }

        #[test]
        fn first_tokens_are_the_first_of_all(
            s in "(\\PC|[ '’.%-]|[A-Za-z0-9]){0,80}",
            limit in 0usize..12,
        ) {
            let all = tokens(&s);
            prop_assert_eq!(&first_tokens(&s, limit)[..], &all[..limit.min(all.len())]);
        }
    }

    #[test]
    fn fast_tokens_equal_the_reference_on_prose() {
        let text =
            "Won’t a 50-50 toss-up end-of-April? Ägypten’s 3.5% rate—maybe; ÉTÉ 2026's 'plan'.";
        assert_eq!(tokens(text), reference_tokens(text));
    }

    use super::*;

    /// "The crop is projected at 15 billion bushels": a forecaster's figure in the present
    /// passive reads as "expected", and is a forecast without a time frame; a superseded
    /// figure ("was projected at") and a price its seller sets are not (issue 13 recall, X12).
    #[test]
    fn a_figure_projected_at_is_expected() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        for t in [
            "The barley crop is projected at 52 million bushels",
            "Ending stocks are now projected at 800 million bushels",
        ] {
            assert_eq!(words(t), Some(("projected at".into(), 0.75)), "{t}");
        }
        assert_eq!(
            words("The average price of rice is forecast at $14.20 a hundredweight"),
            Some(("forecast ...".into(), 0.75))
        );
        // A dollar amount with its country's letters before it is a figure too.
        for t in [
            "Profits in 2027 are projected at US$42 billion",
            "Output is projected at NZ$84m",
        ] {
            assert_eq!(words(t), Some(("projected at".into(), 0.75)), "{t}");
        }
        assert_eq!(words("The deficit was projected at $40 billion"), None);
        assert_eq!(words("Ticket pricing is projected at $90 for adults"), None);
        // The figure is the test: "projected at the wall" is a light.
        assert_eq!(words("The logo is projected at the wall"), None);
        let d = "2025-11-10".parse().unwrap();
        let got = crate::extract::extract("Ending stocks are projected at 800 million bushels.", d);
        assert_eq!(
            got.iter()
                .map(|c| (c.probability, c.deadline))
                .collect::<Vec<_>>(),
            vec![(0.75, None)]
        );
    }

    /// A wire headline's holder "SEES" a comparative or a period's result, and its "SEEN" with
    /// a direction is an unnamed call (wire news, rule 3).
    #[test]
    fn a_wire_headlines_sees_and_seen_are_calls() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        for t in [
            "USX SEES HIGHER 1987 STEEL PRICES",
            "GM SEES FIRST QUARTER LOSS",
            "Acme sees lower earnings in 1988",
            "Texaco sees 1987 profit",
        ] {
            assert_eq!(words(t), Some(("sees ...".into(), 0.75)), "{t}");
        }
        for t in [
            "OIL PRICES SEEN LOWER IN 1987",
            "Dollar seen steady next week",
            "Wheat prices are seen higher in 1988",
        ] {
            assert_eq!(words(t), Some(("seen".into(), 0.75)), "{t}");
        }
        for t in [
            "Traders have seen lower prices before",
            "Prices were never seen higher",
            "The firm sees its role as a lender",
        ] {
            assert_eq!(words(t), None, "{t}");
        }
        let d = "1987-02-10".parse().unwrap();
        let got = |t: &str| {
            crate::extract::extract(t, d)
                .iter()
                .map(|c| (c.probability, c.deadline))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            got("GM SEES FIRST QUARTER LOSS\n\nGM said sales fell in January."),
            vec![(0.75, "1987-03-31".parse().ok())]
        );
        assert_eq!(
            got("OIL PRICES SEEN LOWER IN 1987\n\nStocks rose last week."),
            vec![(0.75, "1987-12-31".parse().ok())]
        );
    }

    /// "The crop is estimated at 2.1 mln tonnes this year": an estimate of a figure reads as
    /// "expected", in either tense, and is a forecast only with its period ahead (wire news,
    /// rule 4).
    #[test]
    fn a_figure_estimated_at_is_expected_with_its_period_ahead() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        for t in [
            "The sugar crop is estimated at 2.1 mln tonnes this year",
            "Wheat output was estimated at 12.5 mln tonnes for 1987",
            "Exports are now estimated at 450,000 tonnes",
        ] {
            assert_eq!(words(t), Some(("estimated at".into(), 0.75)), "{t}");
        }
        assert_eq!(words("The damage was estimated at the scene"), None);
        let d = "1987-03-01".parse().unwrap();
        let got = |t: &str| {
            crate::extract::extract(t, d)
                .iter()
                .map(|c| (c.probability, c.deadline))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            got("The sugar crop is estimated at 2.1 mln tonnes this year."),
            vec![(0.75, "1987-12-31".parse().ok())]
        );
        assert_eq!(
            got("Wheat output was estimated at 12.5 mln tonnes for 1988."),
            vec![(0.75, "1988-12-31".parse().ok())]
        );
        // A past period, or none: a report, not a forecast.
        assert!(got("Cocoa output in 1986 was estimated at 410,000 tonnes.").is_empty());
        assert!(got("The crowd was estimated at 20,000.").is_empty());
    }

    /// "Our price target is 5,200", "a target price of $84": a price target stated as a
    /// figure is the analyst's call, read as "expect" and due 12 months on (a stock) or at the
    /// year's end it names (an index); a bull case and plural targets with no figure are not
    /// (issue 13 recall, X17).
    #[test]
    fn a_price_target_stated_as_a_figure_is_expected() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        for t in [
            "Our 2026 price target for the index is 5,200",
            "The broker keeps a 12-month price target of $84 on the shares",
            "A rival desk is the most cautious, with a target price of Rs 120",
        ] {
            assert_eq!(words(t), Some(("price target ...".into(), 0.75)), "{t}");
        }
        assert_eq!(
            words("Brokers have raised their price targets on the lender"),
            None
        );
        assert_eq!(words("His bull case price target is $300"), None);
        assert_eq!(words("The price target is a matter of taste"), None);
        let d = "2025-11-10".parse().unwrap();
        let got = |t: &str| crate::extract::odds_and_deadlines(t, d);
        assert_eq!(
            got("The broker keeps a 12-month price target of $84 on the shares."),
            vec![(0.75, "2026-11-10".parse().ok())]
        );
        assert_eq!(
            got("Our 2026 price target for the index is 5,200."),
            vec![(0.75, "2026-12-31".parse().ok())]
        );
    }

    /// "X is favored to win" is the frame "favored to", not "is favored" with its word taken
    /// (which then failed the time-frame test and left the sentence without a hedge); a plural
    /// outlook's "are favored" reads as "is favored", also across a region (sentences we
    /// wrote).
    #[test]
    fn favored_in_the_plural_and_before_to_is_a_call() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        assert_eq!(
            words("The governor is favored to win the race in November"),
            Some(("is favored to".into(), 0.72))
        );
        assert_eq!(
            words("The Rovers are favoured to stay up this season"),
            Some(("are favoured to".into(), 0.72))
        );
        assert_eq!(
            words("Drier conditions are favored across the southern plains"),
            Some(("are favored".into(), 0.72))
        );
        assert_eq!(
            words("Warmer days are favored in the Northeast"),
            Some(("are favored".into(), 0.72))
        );
        // Favored by people is a preference.
        assert_eq!(words("Both plans are favored by voters"), None);
        let d = "2024-09-01".parse().unwrap();
        let got = |t: &str| crate::extract::odds_and_deadlines(t, d);
        assert_eq!(
            got("Republicans are favored to hold the House in November."),
            vec![(0.72, "2024-11-30".parse().ok())]
        );
        assert_eq!(
            got("Drier conditions are favored across the southern plains."),
            vec![(0.72, None)]
        );
    }

    /// A forecaster's noun with what it is for and the figure it stands at is the call
    /// (round 59; sentences we wrote); without "for", of a past season, or judged, it is not.
    #[test]
    fn a_forecast_for_something_at_a_figure_is_a_call() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        assert_eq!(
            words("The forecast for the average rate next year fell to 7.9%, from 8% last week"),
            Some(("forecast for ... fell".into(), 0.75))
        );
        assert_eq!(
            words("Our forecast for the payroll gain this Friday is 95,000 jobs"),
            Some(("forecast for ... is".into(), 0.75))
        );
        assert_eq!(
            words("The forecast for the south remains within the normal range of 95-105 per cent"),
            Some(("forecast for ... remains".into(), 0.75))
        );
        for t in [
            "The forecast for last winter was 20 centimetres too high",
            "The forecast for the region was wrong by 3 degrees",
            "The forecast for the weekend is sunny",
            "Forecast for the weekend: 25 degrees",
        ] {
            assert_eq!(
                words(t).map(|w| w.0).filter(|w| w.contains("for ...")),
                None,
                "{t}"
            );
        }
    }

    /// Another party's readiness for its act is a call on the act (round 59; sentences we
    /// wrote); the speaker's own, a past one and a gaze at a report are not.
    #[test]
    fn readiness_told_of_another_party_is_a_call() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        assert_eq!(
            words("Rebel units are preparing to mount an assault"),
            Some(("preparing to".into(), 0.75))
        );
        assert_eq!(
            words("officials said the rebels are getting ready for a push"),
            Some(("getting ready for".into(), 0.75))
        );
        assert_eq!(
            words("they're gearing up to strike the port"),
            Some(("gearing up to".into(), 0.75))
        );
        assert_eq!(
            words("the board's hawks seem prepared to block a cut"),
            Some(("seem prepared to".into(), 0.7))
        );
        assert_eq!(
            words("the army is eyeing a two-pronged offensive"),
            Some(("is eyeing".into(), 0.7))
        );
        for t in [
            "We are preparing to open a store",
            "Acme said it is preparing to list its shares",
            "The rebels were preparing to leave",
            "Preparing to leave, he packed",
            "Traders are eyeing the jobs report",
            "I seem prepared to wait",
        ] {
            assert_eq!(words(t), None, "{t}");
        }
    }

    /// A course toward an outcome is a call as "on course for" is ("is headed for a
    /// recession", "is poised for its biggest gain", "are on pace for their best year"); a
    /// trip is not ("headed for the airport", "is heading for Paris") (sentences we wrote).
    #[test]
    fn a_course_toward_an_outcome_is_a_call() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        assert_eq!(
            words("The economy is headed for a recession"),
            Some(("headed for".into(), 0.75))
        );
        assert_eq!(
            words("Stocks are heading for their worst month since 2008"),
            Some(("heading for".into(), 0.75))
        );
        assert_eq!(
            words("Gold is poised for its biggest annual gain in a decade"),
            Some(("poised for".into(), 0.75))
        );
        assert_eq!(
            words("Stocks are on pace for their best year since 2019"),
            Some(("on pace for".into(), 0.75))
        );
        assert_eq!(words("The team headed for the airport"), None);
        assert_eq!(words("The president is heading for Paris on Friday"), None);
        assert_eq!(words("Fans are heading for the stadium early"), None);
    }

    /// A noun of expectation or odds stating its object is the holder's call, whatever the
    /// noun ("the consensus is for", "expectations ... are that", "the smart money is on", "our
    /// call for X to"), and so are "the odds favour" and pencilling in an outcome; a holder who
    /// "does see" an outcome or sees a side in a contest's round expects it. A noun without its
    /// object, a call that is a demand and a passive "pencilled in for" stay none (sentences we
    /// wrote). (`a_noun_of_expectation_stating_its_object_is_a_call`)
    #[test]
    fn a_noun_of_expectation_stating_its_object_is_a_call() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        assert_eq!(
            words("The consensus is for a quarter-point cut in March"),
            Some(("consensus is for".into(), 0.75))
        );
        assert_eq!(
            words("The smart money is on the Hawks to win the title"),
            Some(("money is on".into(), 0.75))
        );
        assert_eq!(
            words("Our base case is that growth slows to 1% next year"),
            Some(("case is that".into(), 0.75))
        );
        // Over a plain "will" it governs, the frame softens it as "we think X will" does.
        assert_eq!(
            words("Expectations for the retailer are that it will post a loss on Tuesday"),
            Some(("expectations are that + will".into(), 0.85))
        );
        assert_eq!(
            words("We reaffirm our call for the board to hold rates next week"),
            Some(("call for ... to".into(), 0.75))
        );
        assert_eq!(
            words("The odds favour a draw in the second leg"),
            Some(("odds favour".into(), 0.75))
        );
        assert_eq!(
            words("Traders pencil in two more cuts by June"),
            Some(("pencil in".into(), 0.75))
        );
        assert_eq!(
            words("Respondents do see the bank cutting rates in September"),
            Some(("see ...".into(), 0.75))
        );
        assert_eq!(
            words("Ruiz sees Spain, Brazil and France in the semifinals"),
            Some(("sees ...".into(), 0.75))
        );
        assert_eq!(words("The consensus among members was broad"), None);
        assert_eq!(
            words("Unions renewed their call for a strike in March"),
            None
        );
        assert_eq!(words("The vote is pencilled in for May"), None);
        assert_eq!(words("Money is on the table for the deal"), None);
    }

    /// What a forecast or a forecaster calls for is the call, with or without a figure and in
    /// any tense ("forecasters called for six to ten named storms", "the outlook is calling
    /// for a mild winter"); what anyone else calls for is a demand (sentences we wrote).
    #[test]
    fn what_a_forecaster_calls_for_is_the_call() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        for t in [
            "Government forecasters on Monday called for six to ten named storms",
            "The seasonal outlook is calling for a mild winter in the north",
            "The consensus calls for higher corn production",
            "The outlook calls for a 9 percent fall",
            "This month's supply and demand estimate report is calling for higher corn output",
        ] {
            assert_eq!(words(t), Some(("calls for ...".into(), 0.75)), "{t}");
        }
        assert_eq!(words("Protesters called for a general strike"), None);
        assert_eq!(words("The union calls for higher wages"), None);
        let d = "2025-05-20".parse().unwrap();
        assert_eq!(
            crate::extract::odds_and_deadlines(
                "Forecasters called for six to ten named storms this year.",
                d
            ),
            vec![(0.75, "2025-12-31".parse().ok())]
        );
    }

    /// A call in the present perfect with a noun phrase for its object is read as "predicts"
    /// is (round 60, helper xm3); a record of calls, a negated one, a "that" clause and an
    /// infinitive are left to other readings or none (sentences we wrote).
    #[test]
    fn a_call_in_the_present_perfect_is_read() {
        let words = |t: &str| {
            let toks = tokens(t);
            let w: Vec<&str> = toks.iter().map(|(w, _, _)| w.as_ref()).collect();
            perfect_call(&w, &toks).map(|r| r.words)
        };
        assert_eq!(
            words("NOAA has predicted an above-average season"),
            Some("predicted ...".into())
        );
        assert_eq!(
            words("The bureau has also projected a late start to the monsoon"),
            Some("projected ...".into())
        );
        for t in [
            "He has correctly predicted every election since 1988",
            "The bureau has not predicted a drought",
            "The bureau has predicted that a drought will hit",
            "Pundits have predicted Rovers to win the league",
            "The bureau predicted a drought",
        ] {
            assert_eq!(words(t), None, "{t}");
        }
    }

    #[test]
    fn a_holder_who_sees_an_outcome_expects_it() {
        let lex = Lexicon::embedded();
        let words = |t: &str| lex.read(t).map(|r| (r.words, r.probability));
        for t in [
            "The FAO also sees exports declining to 30 million tonnes",
            "Retail traders see gains for silver next week",
        ] {
            assert_eq!(words(t).map(|w| w.1), Some(0.75), "{t}");
        }
        // Potential is a possibility.
        assert_eq!(
            words(
                "Jane Roe, chief strategist at Acme, sees potential for copper to rally next week"
            ),
            Some(("sees potential for".into(), 0.4))
        );
        assert_eq!(
            words("I can see the underdog pulling off the upset"),
            Some(("see ...".into(), 0.75))
        );
        // A figure after the holder's "sees", straight after or at a level, is its number;
        // a pronoun with its outcome is the thing seen ahead (sentences we wrote).
        for t in [
            "The bank sees copper at $9,000 next year",
            "The fund now sees $41.20 for the shares",
            "Analysts see 3% growth in the second half",
            "Jones sees it rising by June",
        ] {
            assert_eq!(words(t).map(|w| w.1), Some(0.75), "{t}");
        }
        // The rival camp's view, and a count that ends the clause or counts an outcome.
        for t in [
            "while others see the bank holding until June",
            "while Acme Bank sees three",
            "The firm sees two cuts",
        ] {
            assert_eq!(words(t).map(|w| w.1), Some(0.75), "{t}");
        }
        assert_eq!(words("The firm sees two problems with the plan"), None);
        assert_eq!(words("The bank sees it as a risk"), None);
        assert_eq!(words("Analysts see 2026 as a turning point"), None);
        // Seeing a thing is no outcome.
        assert_eq!(words("I can see the building from my window"), None);
        assert_eq!(words("Visitors see gardens and a lake"), None);
    }

    /// A hedge phrase given as a probability (`add`, `import`) is read only when nothing
    /// else is in the text: a hedge found inside other words would drop them, and with them
    /// a negation or a number ("certainly not" read 95%).
    #[test]
    fn a_probability_phrase_is_a_hedge_on_its_own_or_refused() {
        let read = |t: &str| parse_probability(t).map(|(p, b)| (p.value(), b.to_string()));
        assert_eq!(read("likely").unwrap(), (0.72, "hedge:likely".into()));
        assert_eq!(
            read("Highly  Unlikely.").unwrap().1,
            "hedge:highly unlikely"
        );
        assert_eq!(read("a toss-up").unwrap().1, "hedge:toss-up");
        assert_eq!(
            read("almost certainly not").unwrap().1,
            "hedge:almost certainly not"
        );
        assert_eq!(read("a 60% chance").unwrap().0, 0.6);
        for bad in [
            "certainly not",
            "likely not",
            "maybe 70%",
            "30% unlikely",
            "definitely won’t",
            "likely blah",
        ] {
            let err = read(bad).unwrap_err().to_string();
            assert!(
                err.starts_with(&format!("probability `{bad}`: only `")),
                "{err}"
            );
            assert!(err.contains("would drop"), "{err}");
        }
        assert_eq!(words_beside("Certainly, NOT!", "certainly"), ["not"]);
        assert!(words_beside("the coin flip", "coin flip").is_empty());
    }

    fn read(s: &str) -> Option<(f64, String)> {
        Lexicon::embedded()
            .read(s)
            .map(|r| ((r.probability * 1e6).round() / 1e6, r.basis().to_string()))
    }

    /// Beside another hedge, "maybe" or "perhaps" before a figure guesses its size: the
    /// chance is the other hedge's (audit 18, A6; sentences we wrote). Alone, "maybe" stays.
    #[test]
    fn a_maybe_before_a_figure_is_its_size() {
        assert_eq!(
            read("Rents will probably fall by next spring, maybe 4%."),
            Some((0.72, "hedge:probably".into()))
        );
        assert_eq!(
            read("Fares are likely to rise perhaps 10% by June."),
            Some((0.72, "hedge:likely".into()))
        );
        assert_eq!(
            read("Maybe the ferry will sail by June."),
            Some((0.45, "hedge:maybe".into()))
        );
        // After a figure, "maybe more" guesses it too (audit 27, item 9); the call is the
        // sentence's own, and an unhedged one is none.
        assert_eq!(
            read("Fares will rise by 8%, maybe more."),
            Some((0.95, "hedge:will".into()))
        );
        assert_eq!(read("Fares rise by 8 percent, perhaps less."), None);
    }

    /// A frame of estimate or appearance over a plain "will" softens it as "we think" does
    /// (0.85, in both the "will" and the "expect" ranges of issue 13's labeling rules), where
    /// the bare "will" read 0.95. Sentences we wrote.
    #[test]
    fn a_frame_of_estimate_or_appearance_softens_a_will() {
        for (s, basis) in [
            (
                "It is also expected that the insurer will raise its premiums",
                "hedge:expected that + will",
            ),
            (
                "She estimated that a third of new cars will be electric",
                "hedge:estimated that + will",
            ),
            (
                "My expectation is that both parties will lose seats",
                "hedge:expectation is + will",
            ),
            (
                "It appears there will be a shortage of nurses this winter",
                "hedge:it appears + will",
            ),
            (
                "This feels like a game neither side will win",
                "hedge:feels like + will",
            ),
            (
                "We are of the impression that the launch will slip to March",
                "hedge:impression that + will",
            ),
        ] {
            assert_eq!(read(s), Some((0.85, basis.into())), "{s}");
        }
        assert_eq!(
            read("The insurer will raise its premiums"),
            Some((0.95, "hedge:will".into()))
        );
    }

    /// Calls reported in the past tense, and price targets raised with "increased": read as
    /// "expect" (0.75). Not the infinitive, "as expected" or "seen as". Sentences we wrote.
    #[test]
    fn past_tense_calls_and_poll_medians_read_as_expect() {
        for (s, basis) in [
            (
                "Only one trader expected copper to average above $9,000 next year.",
                "hedge:expected ... to",
            ),
            (
                "The panel predicted the index to end 2031 higher.",
                "hedge:predicted ... to",
            ),
            ("Brent was seen averaging $71 next year.", "hedge:seen"),
            ("Growth is seen at 2% in 2031.", "hedge:seen"),
            (
                "Acme Securities increased its share price target to $70.",
                "hedge:increased ...",
            ),
        ] {
            assert_eq!(read(s), Some((0.75, basis.to_string())), "{s}");
        }
        for s in [
            "Sales rose as expected in the spring quarter.",
            "The ministry is to forecast stronger growth in its budget.",
            "The deal was seen as a turning point.",
            "Prices fell more than predicted in the first quarter.",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    /// A revised call's new figure written after a currency's code ("to Rs 240", "to EUR
    /// 95") is a figure as "to $70" is; a code with no figure after it, or a policy's target,
    /// is none (issue 13, a second broker's target in one sentence). Sentences we wrote.
    #[test]
    fn a_revised_target_in_a_currency_code_is_a_call() {
        for (s, basis) in [
            (
                "A second broker raised its target on the lender to Rs 240 per share.",
                "hedge:raised ...",
            ),
            (
                "Acme Bank cut its price target to EUR 95 from EUR 110.",
                "hedge:cut ...",
            ),
        ] {
            assert_eq!(read(s), Some((0.75, basis.to_string())), "{s}");
        }
        for s in [
            "The broker raised its target to Rs crore levels.",
            "The state cut its spending target to Rs 500 crore.",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    /// A frame's "to" takes a verb: before a figure it belongs to a revised noun ("growth
    /// forecast to 4.9%"), and the frame is not read. Sentences we wrote.
    #[test]
    fn a_frame_before_a_figure_is_a_noun() {
        assert_eq!(
            read("Tasmania growth forecast to 3.1pc in bank survey"),
            None
        );
        assert_eq!(read("Output estimated to $2 billion in the survey"), None);
        assert_eq!(
            read("Tasmania's growth is forecast to slow to 3.1% next year."),
            Some((0.75, "hedge:forecast to".to_string()))
        );
    }

    /// "The next forecast comes out in June": a word that only goes before a noun ("next",
    /// "final", "updated", "preliminary", "upcoming") makes "forecast" the document, not the
    /// verb (round 14). Sentences we wrote.
    #[test]
    fn a_forecast_after_next_is_the_document() {
        assert_eq!(
            read("The agency's next forecast along with its rainfall outlook comes out in May."),
            None
        );
        assert_eq!(read("The final forecast is due on Friday."), None);
        assert_eq!(
            read("The agency forecast that rainfall would be above normal."),
            Some((0.75, "hedge:forecast".to_string()))
        );
    }

    #[test]
    fn the_shipped_lexicon_parses_every_row() {
        let rows = LEXICON
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count()
            - 1;
        let parsed: usize = Lexicon::embedded().by_first.values().map(Vec::len).sum();
        assert_eq!(rows, parsed);
        for list in Lexicon::embedded().by_first.values() {
            for h in list {
                assert!(
                    h.low <= h.probability && h.probability <= h.high,
                    "{}",
                    h.phrase
                );
            }
        }
    }

    /// One table, one reader: every row's phrase given to `add` is the row's value, and the
    /// reader `extract` uses reads the phrase alone as the same value (audit 15 A3: "more
    /// likely than not" was 0.58 in `add` and 0.42 in `extract`). A row whose negation word
    /// is the event's ("probably not", "not likely") is the only kind `extract` turns for a
    /// negative claim; a negation inside the hedge never is.
    #[test]
    fn every_row_reads_the_same_in_add_and_extract() {
        for list in Lexicon::embedded().by_first.values() {
            for h in list {
                let (p, basis) = parse_probability(&h.phrase).unwrap();
                assert_eq!(p.value(), h.probability, "{}", h.phrase);
                assert_eq!(basis.to_string(), format!("hedge:{}", h.phrase));
                if let Some(r) = Lexicon::embedded().read(&h.phrase) {
                    if r.words == h.phrase {
                        assert_eq!(r.probability, h.probability, "{}", h.phrase);
                    }
                }
                // A negation that negates the event is the phrase's last word or stands
                // before "likely", "expected" or "going"; every other negation is the
                // hedge's own.
                if negates_event(&h.phrase) {
                    let words: Vec<&str> = h.phrase.split(' ').collect();
                    let j = words.iter().position(|w| is_negation(w)).unwrap();
                    assert!(
                        j + 1 == words.len()
                            || matches!(words[j + 1], "likely" | "expected" | "going"),
                        "{}",
                        h.phrase
                    );
                }
            }
        }
    }

    #[test]
    fn a_negation_inside_a_hedge_is_not_the_events() {
        for inside in [
            "more likely than not",
            "less likely than not",
            "as likely as not",
            "not unlikely",
            "not impossible",
            "not out of the question",
            "will not necessarily",
            "can't rule out",
            "cannot rule out",
            "no more than even",
            "no better than an even chance",
            "nothing suggests",
            "nobody expects",
            "don't expect",
            "wouldn't bet on",
            "not certain",
            "won't",
            "not going to",
        ] {
            assert!(!negates_event(inside), "{inside}");
        }
        for event in [
            "probably not",
            "not likely",
            "isn't likely",
            "not expected to",
            "almost certainly not",
        ] {
            assert!(negates_event(event), "{event}");
        }
        // A doubt denied that no row lists ("not improbable") is litotes: halfway to even,
        // never the doubt's complement.
        let r = Lexicon::embedded().read("It is not improbable").unwrap();
        assert_eq!((r.words.as_str(), r.probability), ("not improbable", 0.31));
    }

    #[test]
    fn words_map_to_the_survey_values() {
        assert_eq!(read("It will rain"), Some((0.95, "hedge:will".into())));
        assert_eq!(
            read("It is likely to rain"),
            Some((0.72, "hedge:likely".into()))
        );
        assert_eq!(
            read("Rain is highly likely"),
            Some((0.88, "hedge:highly likely".into()))
        );
        assert_eq!(read("It may rain"), Some((0.40, "hedge:may".into())));
        assert_eq!(
            read("A deal is unlikely"),
            Some((0.20, "hedge:unlikely".into()))
        );
        assert_eq!(
            read("Rates are not expected to fall"),
            Some((0.25, "hedge:are not expected to".into()))
        );
        assert_eq!(
            read("They almost certainly won't"),
            Some((0.93, "hedge:almost certainly".into()))
        );
        assert_eq!(
            read("It almost certainly not happen"),
            Some((0.03, "hedge:almost certainly not".into()))
        );
        assert_eq!(read("It is raining"), None);
        assert_eq!(read("A decision is due on May 14"), None);
        assert_eq!(read("May prices fall"), Some((0.40, "hedge:may".into())));
    }

    #[test]
    fn the_weakest_hedge_decides_and_intensifiers_move_halfway() {
        assert_eq!(
            read("The Fed will likely cut"),
            Some((0.72, "hedge:likely".into()))
        );
        assert_eq!(
            read("We expect talks could resume"),
            Some((0.40, "hedge:could".into()))
        );
        assert_eq!(
            read("We assess that X is very likely to win"),
            Some((0.88, "hedge:very likely".into()))
        );
        assert_eq!(
            read("Analysts expect the Fed will cut"),
            Some((0.85, "hedge:expect + will".into()))
        );
        assert_eq!(
            read("A very probable outcome"),
            Some((0.86, "hedge:very probable".into()))
        );
        assert_eq!(
            read("It is extremely improbable"),
            Some((0.06, "hedge:extremely improbable".into()))
        );
        assert_eq!(
            read("It is not probable"),
            Some((0.28, "hedge:not probable".into()))
        );
    }

    #[test]
    fn odds_hyphenated_or_put_at_a_value_are_numbers() {
        // 1/3 and 1/4 worked by hand.
        assert_eq!(
            read("traders give the merger a one-in-three chance of closing"),
            Some((0.333333, "number:one in three".into()))
        );
        assert_eq!(
            read("the fund puts the odds of a default before spring at one in four"),
            Some((0.25, "number:one in four".into()))
        );
        // "at one in three places" with no chance word before it is no probability.
        assert_eq!(read("the shop opens at one in three towns"), None);
    }

    #[test]
    fn possible_after_a_preposition_names_a_topic() {
        assert_eq!(
            read("The panel will finish its inquiry into possible fraud"),
            Some((0.95, "hedge:will".into()))
        );
        // As the predicate it is the hedge.
        assert_eq!(
            read("A deal is possible by June"),
            Some((0.4, "hedge:possible".into()))
        );
    }

    #[test]
    fn a_decimal_probability_after_its_name_is_a_number() {
        assert_eq!(
            read("The mayor will win a second term with P = 0.65."),
            Some((0.65, "number:p = 0.65".into()))
        );
        assert_eq!(
            read("Rates fall by June (probability: 0.3)"),
            Some((0.3, "number:p = 0.3".into()))
        );
        // No point, above 1, or a bare "p" with no "=": not a probability.
        assert_eq!(
            read("The team will score p = 3 goals"),
            Some((0.95, "hedge:will".into()))
        );
        assert_eq!(
            read("with probability 1.5 the sun will rise"),
            Some((0.95, "hedge:will".into()))
        );
        assert_eq!(
            read("the p 0.5 mm gap will close"),
            Some((0.95, "hedge:will".into()))
        );
    }

    #[test]
    fn a_belief_few_hold_is_a_low_probability() {
        assert_eq!(
            read("Few analysts think the merger will close this year"),
            Some((0.2, "hedge:few think".into()))
        );
        assert_eq!(
            read("very few expect the league to expand next season"),
            Some((0.2, "hedge:few expect".into()))
        );
        // "A few" and "quite a few" are some people, not few: the framing stands.
        assert_eq!(
            read("A few analysts expect a cut in May"),
            Some((0.75, "hedge:expect".into()))
        );
        assert_eq!(
            read("quite a few traders think the bank will hike"),
            Some((0.85, "hedge:think + will".into()))
        );
    }

    /// Bare "certain" is near certain, as "certainly" (Kent: certain 100); "less likely" is a
    /// comparison with no level, about even, never "likely" (audit 28, E23; sentences we wrote).
    #[test]
    fn certain_and_less_likely_are_read_by_what_they_say() {
        assert_eq!(
            read("The incumbent is certain to win the primary in March"),
            Some((0.95, "hedge:is certain".into()))
        );
        assert_eq!(
            read("A recount in May is certain"),
            Some((0.95, "hedge:is certain".into()))
        );
        assert_eq!(
            read("Tariffs are now less likely to fall by June"),
            Some((0.4, "hedge:less likely".into()))
        );
        assert_eq!(
            read("Tariffs are less likely than not to fall by June"),
            Some((0.42, "hedge:less likely than not".into()))
        );
    }

    /// A price naming what it is for ("4/9 favourites to beat", "11/4 odds to win") is the
    /// probability, as README's odds rule reads it, not the hedge "favourites"; a share of
    /// favourites is no price (audit 28, E2; sentences we wrote).
    #[test]
    fn a_price_beside_favourites_beats_the_hedge() {
        assert_eq!(
            read("Rovers are 4/9 favourites to beat the visitors on Saturday"),
            Some((0.692308, "number:odds of 4/9".into()))
        );
        assert_eq!(
            read("The pundits give the album 5/2 odds to win the prize"),
            Some((0.285714, "number:odds of 5/2".into()))
        );
        assert_eq!(read("Only 2/3 favourites won last season"), None);
    }

    /// One list of holders that are few or none, for every framing word; a stated minority
    /// share of those polled is the chance (audit 28, E24; sentences we wrote).
    #[test]
    fn a_belief_hardly_anyone_or_a_minority_holds_is_a_low_probability() {
        for (text, want) in [
            (
                "Hardly anyone expects a truce by May",
                (0.15, "hedge:hardly anyone expects"),
            ),
            (
                "Scarcely anyone thinks the mine will reopen before June",
                (0.15, "hedge:scarcely anyone thinks"),
            ),
            (
                "Nobody in the market expects a hike in May",
                (0.15, "hedge:nobody expects"),
            ),
            (
                "Not many brokers expect a rebound in May",
                (0.2, "hedge:not many expect"),
            ),
            (
                "Only a minority of traders expect a hike in May",
                (0.2, "hedge:a minority expect"),
            ),
            (
                "Only two of 40 brokers polled expect a hike in May",
                (0.05, "hedge:2 of 40 (5%) expect"),
            ),
            (
                "Just 3 of the 25 analysts surveyed expect a hike in May",
                (0.12, "hedge:3 of 25 (12%) expect"),
            ),
            (
                "Only two of 40 brokers polled by the Courier expect a hike in May",
                (0.05, "hedge:2 of 40 (5%) expect"),
            ),
        ] {
            assert_eq!(read(text), Some((want.0, want.1.into())), "{text}");
        }
        // A majority share is the probability too, as a poll's forecast is labeled (round
        // 40); "Nobody said" is no holder of the framing, which stands.
        assert_eq!(
            read("28 of 40 brokers expect a hike in May"),
            Some((0.7, "hedge:28 of 40 (70%) expect".into()))
        );
        assert_eq!(
            read("Nine of 10 brokers polled expect a hike in May"),
            Some((0.9, "hedge:9 of 10 (90%) expect".into()))
        );
        assert_eq!(
            read("Nobody said they expect a hike in May").map(|r| r.0),
            Some(0.75)
        );
    }

    /// A holder's view inside an indirect question after a preposition ("a thread on where I
    /// think X goes") names a topic and is no hedge of the sentence (audit 19 A6).
    #[test]
    fn a_view_in_an_indirect_question_is_no_hedge() {
        assert_eq!(
            read("A thread on where I think the housing market goes in 2027"),
            None
        );
        assert_eq!(
            read("I think the housing market will fall in 2027"),
            Some((0.85, "hedge:i think + will".into()))
        );
    }

    #[test]
    fn explicit_numbers_beat_words() {
        // A bookmaker's price on a side (audit 19 A2): American odds and a favourite's or
        // an underdog's fractional odds; a spread or a total is no price.
        assert_eq!(
            read("The Hawks are -250 favorites to beat the Owls on Saturday"),
            Some((0.714286, "number:-250".into()))
        );
        assert_eq!(
            read("We rate Portland a long shot at +900 to reach the final"),
            Some((0.1, "number:+900".into()))
        );
        assert_eq!(
            read("The model makes the Owls 4-to-1 favourites to win the division"),
            Some((0.8, "number:4-to-1 favourites".into()))
        );
        assert_eq!(
            read("Denver are 5-to-1 underdogs to win the cup"),
            Some((0.166667, "number:5-to-1 underdogs".into()))
        );
        assert_eq!(
            read("Take Denver -3.5 against the Jets; the total is 44.5"),
            None
        );
        // A line of prices on every side is a market's table.
        assert_eq!(
            read("Odds: Leeds (+240) vs Fulham (-120) | Draw (+250)"),
            None
        );
        // A signed count with no word of betting beside it is no price.
        assert_eq!(
            read("The index could fall -300 points by Friday"),
            Some((0.4, "hedge:could".into()))
        );
        // A number set off beside a hedge is the writer's own figure for it (audit 19 A4).
        assert_eq!(
            read("I think it's fairly likely, maybe 65%, that the board cuts at the March meeting"),
            Some((0.65, "number:65%".into()))
        );
        assert_eq!(
            read("A second vote is unlikely (about 20%) before the summer"),
            Some((0.2, "number:20%".into()))
        );
        // A size after the hedge, with no mark between, is no chance.
        assert_eq!(
            read("Rents are likely about 5% higher by June"),
            Some((0.72, "hedge:likely".into()))
        );
        assert_eq!(
            read("There is a 60% chance it will rain"),
            Some((0.6, "number:60%".into()))
        );
        assert_eq!(
            read("a 35 percent probability of a cut"),
            Some((0.35, "number:35%".into()))
        );
        assert_eq!(
            read("odds of one in three that it may pass"),
            Some((0.333333, "number:one in three".into()))
        );
        assert_eq!(
            read("Bookmakers give 3-to-1 odds on a cut"),
            Some((0.75, "number:3-to-1".into()))
        );
        assert_eq!(
            read("the odds are 3 to 1 against a cut"),
            Some((0.25, "number:3-to-1 against".into()))
        );
        assert_eq!(
            read("a two-thirds chance of rain"),
            Some((0.666667, "number:two-thirds".into()))
        );
        assert_eq!(
            read("unemployment rose to 4.1% and will keep rising"),
            Some((0.95, "hedge:will".into()))
        );
        assert_eq!(
            read("inflation is likely to settle near 2.5%"),
            Some((0.72, "hedge:likely".into()))
        );
        assert_eq!(
            read("bookmakers give 3-to-1 odds against a win"),
            Some((0.25, "number:3-to-1 against".into()))
        );
        assert_eq!(
            read("a rate cut is 80% likely"),
            Some((0.8, "number:80%".into()))
        );
    }

    #[test]
    fn numbers_in_list_and_scenario_layouts() {
        // A list line opening with its probability; "1:" to "10:" number a list, "#2:" ranks.
        assert_eq!(
            read("72: The Rovers win the league"),
            Some((0.72, "number:72%".into()))
        );
        assert_eq!(
            read("- 100: The harbour bridge reopens"),
            Some((1.0, "number:100%".into()))
        );
        assert_eq!(read("3: The Rovers win the league"), None);
        assert_eq!(read("#12: Moonfall ($20 million)"), None);
        assert_eq!(read("10:30 The Rovers kick off"), None);
        // An arrow before the percentage, a scenario label with its share in brackets.
        assert_eq!(
            read("Ruritania: the opposition will win the vote → 38%."),
            Some((0.38, "number:38%".into()))
        );
        assert_eq!(
            read("Copper tops $12,000 -> 15%"),
            Some((0.15, "number:15%".into()))
        );
        assert_eq!(
            read("- Downside case (20%): a second dip"),
            Some((0.2, "number:20%".into()))
        );
        assert_eq!(read("Sales rose (4%) in May"), None);
        // A bracketed confidence among other numbers, "90 percent sure".
        assert_eq!(
            read("Ferry fares fall below $9 in 2031 (70% confidence, stake 3.5)"),
            Some((0.7, "number:70%".into()))
        );
        assert_eq!(
            read("she is 90 percent sure the bridge opens"),
            Some((0.9, "number:90%".into()))
        );
        // A revision: the new value counts; "greater than" keeps its number.
        assert_eq!(
            read("we lifted the odds of a rate cut from 30% to 40% this week"),
            Some((0.4, "number:40%".into()))
        );
        assert_eq!(
            read("the probability of a thaw is greater than 70%"),
            Some((0.7, "number:70%".into()))
        );
    }

    #[test]
    fn odds_words_and_negated_expectations() {
        for (s, p, basis) in [
            (
                "the Rovers are strongly favored to win",
                0.85,
                "strongly favored",
            ),
            (
                "Ames is a strong favorite to take the seat",
                0.8,
                "strong favorite to",
            ),
            ("the bill is a shoo-in to pass", 0.9, "shoo-in"),
            (
                "a second term looks virtually assured",
                0.93,
                "virtually assured",
            ),
            (
                "the board is firmly on track for a hike",
                0.85,
                "firmly on track",
            ),
            (
                "I'm pretty certain the mayor will run",
                0.85,
                "pretty certain",
            ),
            (
                "the Rovers have a chance at the cup",
                0.4,
                "have a chance at",
            ),
            ("the vote is a coin toss", 0.5, "coin toss"),
            (
                "he doesn't expect the mill to reopen this year",
                0.25,
                "doesn't expect",
            ),
            (
                "the mission is at high risk of a delay",
                0.75,
                "at high risk of",
            ),
        ] {
            assert_eq!(read(s), Some((p, format!("hedge:{basis}"))), "{s}");
        }
        for (s, p, basis) in [
            (
                "I have a gut feeling the Rovers will win",
                0.7,
                "gut feeling",
            ),
            ("I suspect the mill will close", 0.65, "i suspect"),
            (
                "I wouldn't be surprised if rates fell",
                0.5,
                "wouldn't be surprised",
            ),
            ("the bookies have the vote at evens", 0.5, "at evens"),
            (
                "rents rose on the expectation that the bank will cut in May",
                0.75,
                "expectation that",
            ),
        ] {
            assert_eq!(read(s), Some((p, format!("hedge:{basis}"))), "{s}");
        }
        // A bookmaker's price beside a name, in a sentence about the betting: B / (A + B).
        assert_eq!(
            read("Bookmakers make Ames the favourite at 5/2 for the seat"),
            Some((0.285714, "number:odds of 5/2".into()))
        );
        assert_eq!(
            read("Betfair has the Rovers (11/4) ahead of City"),
            Some((0.266667, "number:odds of 11/4".into()))
        );
        // A share, a date, or a fraction with no betting around it is no price.
        assert_eq!(read("About 2/3 of voters back Ames, bookmakers say"), None);
        // A share of people who answered is no chance (`numbers::explicit_number`).
        assert_eq!(read("Four in ten said they voted for the mayor"), None);
        assert_eq!(read("One in five adults say they moved last year"), None);
        assert_eq!(read("The vote is on 5/4/2027, bookmakers say"), None);
        assert_eq!(read("Ames won 5/2 on the day"), None);
        // "remote" describes a noun; "a win looks remote" hedges.
        assert_eq!(
            read("Remote work will grow"),
            Some((0.95, "hedge:will".into()))
        );
        assert_eq!(
            read("a win looks remote"),
            Some((0.05, "hedge:remote".into()))
        );
        // Audit 22, C4: the plural and a "high chance".
        assert_eq!(
            read("Rovers are favourites to win on Saturday"),
            Some((0.72, "hedge:favourites to".into()))
        );
        assert_eq!(
            read("Rovers are the favorites to win the league"),
            Some((0.72, "hedge:favorites to".into()))
        );
        assert_eq!(
            read("there is a high chance the device ships this year"),
            Some((0.8, "hedge:high chance".into()))
        );
        // A favourite with no event after it is no hedge.
        assert_eq!(read("she is a clear favorite with fans"), None);
    }

    #[test]
    fn a_whole_scale_is_not_a_probability() {
        assert_eq!(
            read("Each item gets a score from 0-100% for the likelihood that it happens"),
            None
        );
        assert_eq!(
            read("a 0-10% chance of a snap poll"),
            Some((0.05, "number:0-10%".into()))
        );
    }

    #[test]
    fn others_expecting_something_is_no_cue() {
        assert_eq!(
            read("Plenty of folks expecting a landslide were surprised"),
            None
        );
        assert_eq!(
            read("Traders are expecting a cut in June"),
            Some((0.75, "hedge:expecting".into()))
        );
    }

    #[test]
    fn opinion_frames_are_told_apart_from_expectations() {
        assert!(opinion("i think"));
        assert!(opinion("we believe"));
        assert!(!opinion("expect"));
        assert!(!opinion("we're looking at"));
    }

    #[test]
    fn tokens_keep_apostrophes_and_hyphens_inside_words() {
        let t: Vec<String> = tokens("Won’t a 50-50 toss-up, end-of-April?")
            .into_iter()
            .map(|x| x.0.into_owned())
            .collect();
        assert_eq!(t, vec!["won't", "a", "50-50", "toss-up", "end-of-april"]);
    }

    /// "mid\u{2011}year" (a non-breaking hyphen) and "mid\u{2013}year" (an en dash between
    /// letters) are one word spelt with "-"; a range of numbers with an en dash stays two
    /// words unless it is a range of percentages; "60 %" is the number with its sign (audit
    /// 14, A11; text we wrote).
    #[test]
    fn unicode_hyphens_and_a_spaced_percent_sign_stay_with_their_word() {
        let words =
            |t: &str| -> Vec<String> { tokens(t).into_iter().map(|x| x.0.into_owned()).collect() };
        assert_eq!(words("by mid\u{2011}year"), vec!["by", "mid-year"]);
        assert_eq!(words("by Mid\u{2013}Year"), vec!["by", "mid-year"]);
        assert_eq!(words("in 2023\u{2013}24"), vec!["in", "2023", "24"]);
        // (A range of percentages is one word, as with "-": audit 30, K4.)
        assert_eq!(
            words("a 40\u{2013}50% chance"),
            vec!["a", "40-50%", "chance"]
        );
        assert_eq!(words("a 60 % chance"), vec!["a", "60%", "chance"]);
        assert_eq!(tokens("a 60 % chance")[1].2, 6);
        assert_eq!(words("page 4 % of"), vec!["page", "4%", "of"]);
        assert_eq!(words("the 6.5 % rate"), vec!["the", "6.5%", "rate"]);
        for t in [
            "by mid\u{2011}year",
            "by Mid\u{2013}Year",
            "a 60 % chance",
            "x \u{2013}y 7 %",
        ] {
            assert_eq!(tokens(t), reference_tokens(t), "{t}");
        }
    }

    /// A stated share of a poll's panel, in words or per cent, or a bare count after the
    /// panel, is the probability (round 46; sentences we wrote).
    #[test]
    fn a_stated_share_of_a_panel_is_the_probability() {
        for (text, want) in [
            (
                "Half of the brokers polled expect a hike in May",
                (0.5, "hedge:50% expect"),
            ),
            (
                "Two-thirds of brokers expect a hike in May",
                (0.666667, "hedge:66.7% expect"),
            ),
            (
                "A quarter of the brokers think a hike will come in May",
                (0.25, "hedge:25% think"),
            ),
            (
                "Some 45 per cent of brokers expect a hike in May",
                (0.45, "hedge:45% expect"),
            ),
            (
                "Nearly 30% of 50 brokers expect a hike in May",
                (0.3, "hedge:30% expect"),
            ),
            (
                "Twelve of 16 brokers expect a hike in May",
                (0.75, "hedge:12 of 16 (75%) expect"),
            ),
            (
                "A poll of 16 brokers showed four expect a hike in May",
                (0.25, "hedge:4 of 16 (25%) expect"),
            ),
        ] {
            assert_eq!(read(text), Some((want.0, want.1.into())), "{text}");
        }
        assert_eq!(share_of(&["three", "quarters"]), Some(0.75));
        assert_eq!(share_of(&["61", "per", "cent"]), Some(0.61));
        assert_eq!(share_of(&["four", "thirds"]), None);
        assert_eq!(share_of(&["61", "cent"]), None);
        // "A poll of 16 brokers showed" with no count before the verb: the plain framing.
        assert_eq!(
            read("A poll of 16 brokers showed they expect a hike in May").map(|r| r.0),
            Some(0.75)
        );
    }
}
