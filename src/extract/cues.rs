//! Cues and hedges of the sentence's grammar: which words make a sentence speak of the
//! future (`will`, `expect`, `set to`), which only hedge (`may`, `could`), and the shapes that
//! look like forecasts but are not (past modals, reported past speech, embedded questions,
//! first-person promises, instructions to the reader). The probability a hedge carries is
//! `hedges`' job; this module only says whether a clause commits to the future at all.

use super::hedges::{tokens, Token};
use super::words::WordSet;

pub(super) const STRONG: &[&str] = &[
    "will",
    "won't",
    "shall",
    "expect",
    "expects",
    "expected",
    "expecting",
    "anticipating",
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
    "seem",
    "help",
    "mean",
    "depend",
    "determine",
    "matter",
    "define",
    "shape",
    "need",
    // Wishes and efforts ("will want to keep", "will look to bounce back"): not events.
    "want",
    "hope",
    "look",
    "try",
    "aim",
    "seek",
    "wish",
];

/// Judgments after "will be" that say how something will seem, not what will happen ("will be
/// historic", "will be key"): without a time frame, no forecast.
pub(super) const EVALUATIVE: &[&str] = &[
    "historic",
    "important",
    "crucial",
    "key",
    "critical",
    "interesting",
    "difficult",
    "hard",
    "easy",
    "essential",
    "vital",
    "significant",
    "fascinating",
    "tough",
    "challenging",
    "great",
    "good",
    "bad",
    "worth",
    "remembered",
    "watching",
    "watched",
    "necessary",
    "unprecedented",
    "pivotal",
    "decisive",
    "telling",
    "fun",
    "exciting",
    "busy",
    "different",
    "better",
    "worse",
    "one",
    "a",
    "an",
    "the",
    "able",
    "there",
    "in",
    "on",
    "at",
    "more",
    "less",
    "much",
    "enough",
    // Moods and intentions ("will be keen to", "will be looking to").
    "keen",
    "eager",
    "looking",
    "hoping",
    "desperate",
    "determined",
    "motivated",
    "happy",
    "pleased",
    "disappointed",
];

/// Whether the words after "will be" (or "remain", "stay", "continue") judge or describe
/// rather than name an outcome: "will be historic", "will be a key test", "will be the first
/// time", "will be at an all-time high". An article or "in"/"on" before a plain noun phrase
/// names one: "will be the Democratic nominee", "will be an easy victory for X", "will stay in
/// the race", "will be on the ballot" (the article or preposition alone once made all of them
/// judgements).
pub(super) fn judged_after_be(after: &[&str]) -> bool {
    let Some(first) = after.first() else {
        return false;
    };
    if !EVALUATIVE.contains(first) {
        return false;
    }
    match *first {
        // The head of the noun phrase is within its first three words ("a big moment",
        // "the very first time").
        // "will be an easy victory for X", "a clear Smith win": a judged outcome is still
        // the outcome.
        "a" | "an" | "the"
            if after
                .iter()
                .skip(1)
                .take(3)
                .any(|x| OUTCOME_NOUNS.contains(x)) =>
        {
            false
        }
        "a" | "an" | "the" => after
            .iter()
            .skip(1)
            .take(3)
            .take_while(|x| {
                !matches!(
                    **x,
                    "of" | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "to"
                        | "with"
                        | "by"
                        | "and"
                        | "than"
                        | "that"
                        | "who"
                        | "since"
                        | "a"
                        | "an"
                        | "the"
                        | "one"
                        | "there"
                )
            })
            .any(|x| {
                EVALUATIVE.contains(x)
                || JUDGING_NOUNS.contains(x)
                // "the biggest", "the best": a ranking, which the labels leave as opinion.
                || (x.len() > 4 && x.ends_with("est") && !x.ends_with("ntest"))
                || matches!(*x, "best" | "worst" | "most" | "least")
            }),
        // "will be in focus", "will be on display": attention, not an outcome; "will be
        // in the final", "will be on the ballot", "will be on track" name one.
        "in" | "on" => after.get(1).is_some_and(|x| {
            matches!(
                *x,
                "focus" | "display" | "show" | "view" | "hand" | "notice" | "edge" | "alert"
            )
        }),
        _ => true,
    }
}

/// Nouns after "will be a/the" that name the outcome of a contest or an economy, however an
/// adjective judges it ("will be an easy victory", "will be a mild recession").
const OUTCOME_NOUNS: &[&str] = &[
    "victory",
    "win",
    "defeat",
    "loss",
    "landslide",
    "majority",
    "sweep",
    "upset",
    "recession",
    "shutdown",
    "surplus",
    "deficit",
    "draw",
    "tie",
    "runoff",
    "blowout",
    "rout",
];

/// Whether the words after "there will be" count what will come: "there will be one or two
/// more indictments", "there will be 13 named storms", "there will be no movement", "there
/// will be fewer cases" (a judged "there will be a lot to watch" stays a judgement).
fn counted(after: &[&str]) -> bool {
    after.first().is_some_and(|x| {
        x.starts_with(|c: char| c.is_ascii_digit())
            || super::numbers::count_word(x)
            || matches!(*x, "several" | "no" | "fewer" | "at")
    })
}

/// Whether the token `at` is a "more" that ends its clause ("there will be more." or "there
/// will be more, the official said": more of what was just counted), not "more drama".
fn more_alone(sentence: &str, toks: &[Token<'_>], at: usize) -> bool {
    toks.get(at).is_some_and(|t| {
        t.0 == "more"
            && sentence
                .get(t.2..)
                .and_then(|rest| rest.trim_start().chars().next())
                .is_none_or(|ch| matches!(ch, ',' | '.' | ';' | '"' | '\u{201d}'))
    })
}

/// Nouns after "will be a/the" that judge or place rather than name an outcome ("will be a
/// test", "will be the focus", "will be a tad later").
const JUDGING_NOUNS: &[&str] = &[
    "first",
    "last",
    "only",
    "same",
    "focus",
    "test",
    "moment",
    "question",
    "key",
    "tad",
    "bit",
    "lot",
    "case",
    "subject",
    "topic",
    "start",
    "beginning",
    "end",
    "time",
    "day",
    "year",
    "matter",
    "sign",
    "signal",
    "reminder",
    "chance",
    "opportunity",
    "place",
    "way",
    "thing",
    "story",
];

/// Verbs of events that fix their own time ("the merger should close", "the film could open
/// to $40 million"): after a bare modal they make a forecast without a deadline.
pub(super) const EVENT_VERBS: &[&str] = &[
    "close", "open", "arrive", "pass", "end", "finish", "win", "lose", "rise", "fall", "drop",
    "climb", "reach", "hit", "top", "exceed", "beat", "launch", "ship", "debut", "resume",
    "return", "recover", "collapse", "default", "merge", "sign", "approve", "reject", "cut",
    "raise", "hike", "lower", "double", "triple", "halve", "surge", "plunge", "slow", "shrink",
    "grow", "expand", "contract", "peak", "bottom", "settle", "average", "outsell", "overtake",
    "crash", "fail", "succeed", "qualify", "advance", "clinch", "retire", "resign", "step",
    "continue", "persist", "last", "delay", "postpone",
];

/// Verbs of a level's change or a weather system's forming, events after a bare modal only
/// without an object, a preposition, an adverb of degree or the clause's end after them
/// ("rainfall totals could increase sharply", "a fog bank could develop over the airport",
/// "shortages may worsen"); with an object they tell a cause's effect or a plan ("the merger
/// would improve the margins", "the agency should strengthen its oversight", "the move may
/// weaken sterling") (round 64, x64m).
const LEVEL_VERBS: &[&str] = &[
    "increase",
    "decrease",
    "decline",
    "improve",
    "worsen",
    "deteriorate",
    "weaken",
    "strengthen",
    "intensify",
    "develop",
    "rebound",
    "jump",
    "soar",
    "tumble",
    "slump",
    "spike",
    "accelerate",
];

/// Whether `next`, the word after a verb of `LEVEL_VERBS`, leaves it without an object: none,
/// a preposition or an adverb of degree or time.
fn no_object(next: Option<&str>) -> bool {
    next.is_none_or(|o| {
        matches!(
            o,
            "in" | "by"
                | "to"
                | "from"
                | "over"
                | "at"
                | "during"
                | "through"
                | "into"
                | "before"
                | "after"
                | "until"
                | "further"
                | "again"
                | "sharply"
                | "slightly"
                | "significantly"
                | "substantially"
                | "quickly"
                | "rapidly"
                | "soon"
                | "later"
                | "next"
                | "this"
        )
    })
}

/// Whether the modal at the start of `rest` is followed (past adverbs) by an event verb.
/// "Be able to" between them leaves the event the modal's ("Greens may even be able to grab
/// a third seat": round 64, x64m).
pub(super) fn event_follows(rest: &str) -> bool {
    let toks = able_to_skipped(tokens(rest));
    let mut words = toks.iter().skip(1).map(|t| t.0.as_ref()).skip_while(|w| {
        matches!(
            *w,
            "well"
                | "also"
                | "still"
                | "even"
                | "eventually"
                | "soon"
                | "finally"
                | "easily"
                | "quickly"
                | "ultimately"
                | "likely"
                | "probably"
                | "not"
        )
    });
    let verb = words.next();
    let level = verb.is_some_and(|w| LEVEL_VERBS.contains(&w)) && no_object(words.clone().next());
    level
        || verb.is_some_and(|w| EVENT_VERBS.contains(&w))
        // "Gross margin should come in around 41%", "EPS could come in above $1.30": a
        // figure the coming report will state.
        || verb == Some("come")
            && words.next() == Some("in")
            && words.next().is_some_and(|w| {
                matches!(
                    w,
                    "at" | "around" | "near" | "above" | "below" | "under" | "over" | "ahead"
                        | "higher" | "lower" | "about" | "roughly"
                )
            })
        || won_object(&toks)
}

/// The tokens less a "be able to" right after the modal and its adverbs ("may even be able
/// to grab" reads as "may even grab"): the ability told with a modal is the modal's event
/// (round 64, x64m). Other tokens are kept as they are.
fn able_to_skipped(mut toks: Vec<Token<'_>>) -> Vec<Token<'_>> {
    let at = toks
        .iter()
        .skip(1)
        .position(|t| !matches!(t.0.as_ref(), "well" | "also" | "still" | "even" | "not"))
        .map(|i| i + 1);
    if let Some(i) = at {
        let able = toks
            .get(i..i + 3)
            .is_some_and(|w| w[0].0 == "be" && w[1].0 == "able" && w[2].0 == "to");
        if able {
            toks.drain(i..i + 3);
        }
    }
    toks
}

/// "could get a majority", "may take 272 seats", "might gain three seats", "we might see a
/// larger battery": a verb of getting or seeing after the modal, with its object (an article
/// or a number) right after it.
fn won_object(toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().skip(1).map(|t| t.0.as_ref()).collect();
    let mut i = 0;
    while w.get(i).is_some_and(|x| {
        matches!(
            *x,
            "well" | "also" | "still" | "even" | "eventually" | "easily" | "not"
        )
    }) {
        i += 1;
    }
    w.get(i).is_some_and(|v| {
        matches!(
            *v,
            "get" | "gain" | "take" | "secure" | "capture" | "claim" | "form" | "score" | "pick"
                // "we might see a larger battery", "could see 12 seats change hands".
                | "see"
                // Round 64 (x64m): "may grab a third seat", "could snag a seat" (and below,
                // "might eke out a top-five finish").
                | "grab" | "snag" | "nab" | "earn"
        )
    }) && w.get(i + 1).is_some_and(|o| {
        matches!(*o, "a" | "an" | "the" | "as" | "more" | "up" | "at")
            || o.starts_with(|c: char| c.is_ascii_digit())
    }) || (w.get(i) == Some(&"eke") && w.get(i + 1) == Some(&"out"))
}

/// Verbs that state what a cause may bring about ("a strong report could soothe fears", "the
/// move could give them every reason to wait", "higher rates could tip the country into
/// recession"): a consequence pictured, not an event forecast.
const EFFECT_VERBS: &[&str] = &[
    "help",
    "allow",
    "enable",
    "let",
    "give",
    "push",
    "tip",
    "affect",
    "result",
    "lead",
    "cause",
    "make",
    "provide",
    "spell",
    "mean",
    "soothe",
    "hurt",
    "boost",
    "weigh",
    "offer",
    "create",
    "trigger",
    "prompt",
    "pave",
    "undermine",
    "put",
    "dampen",
    "fuel",
    "ease",
    "add",
    "bring",
    "keep",
    "force",
    "complicate",
    "threaten",
    "benefit",
    "support",
    "spur",
    "dent",
    "erode",
];

/// Whether `o`, the word after "will have", makes a perfect: a participle ("risen", "won",
/// "cut", "recovered") or an adverb that stands before one ("already", "fully").
fn perfect_next(o: &str) -> bool {
    o.ends_with("ed")
        || o.ends_with("en")
        || o.ends_with("wn")
        || o.ends_with("ly")
        || matches!(
            o,
            "already"
                | "not"
                | "never"
                | "also"
                | "still"
                | "just"
                | "all"
                | "both"
                | "to"
                | "done"
                | "gone"
                | "come"
                | "become"
                | "run"
                | "cut"
                | "put"
                | "hit"
                | "set"
                | "won"
                | "lost"
                | "left"
                | "met"
                | "held"
                | "led"
                | "paid"
                | "sold"
                | "bought"
                | "brought"
                | "thought"
                | "found"
                | "got"
                | "kept"
                | "spent"
                | "stood"
                | "struck"
                | "made"
                | "said"
                | "told"
                | "begun"
                | "built"
                | "sent"
                | "shut"
                | "spread"
                | "read"
                | "slid"
                | "sunk"
                | "shrunk"
                | "swung"
                | "won't"
                | "had"
                | "burst"
                | "quit"
                | "hurt"
                | "let"
                | "bet"
                | "felt"
                | "dealt"
                | "meant"
        )
}

/// Verbs of a state or a seeming after a modal ("may be a useful backchannel", "might seem out
/// of order", "could look like a stalemate"): how things may be, not what will happen.
const STATE_VERBS: &[&str] = &[
    "be", "seem", "sound", "look", "appear", "feel", "have", "need", "want", "know",
];

/// Participles after "may be" that name a mood or a use, not an event ("might be inclined",
/// "could be used to").
const MOOD_PARTICIPLES: &[&str] = &[
    "inclined",
    "interested",
    "tempted",
    "pleased",
    "concerned",
    "worried",
    "surprised",
    "used",
    "needed",
    "advised",
    "excited",
    "disappointed",
    "allowed",
    "seen",
    "considered",
    "described",
    "called",
    "forgiven",
    "excused",
    "subject",
];

/// Whether the bare "may", "might" or "could" at token `at` of a clause states a possible
/// event ("the harvest may fall short", "the forecast could be lowered", "talks might
/// collapse"): issue 13's labeling rules count it a forecast without a deadline (may/could
/// 0.3 to 0.5, might 0.25 to 0.5). Not when negated ("may not carry interest", "may or may
/// not", "could find no evidence"), a past possibility ("could have"), a state or seeming
/// ("may be useful", "might seem odd"; a passive event, "could be lowered", counts), a
/// consequence pictured ("could help", "could strongly affect"), a fear, risk, question or
/// condition that names it ("concerns that Iran could block the strait", "whether it could
/// last"), or a relative clause describing a noun ("two teams that could both find success").
pub(super) fn possible_event(clause: &str, toks: &[Token<'_>], at: usize) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let mut i = at + 1;
    while w.get(i).is_some_and(|x| {
        matches!(
            *x,
            "well"
                | "also"
                | "still"
                | "even"
                | "eventually"
                | "soon"
                | "finally"
                | "yet"
                | "further"
                | "again"
                | "both"
                | "all"
                | "then"
        ) || (x.len() > 4 && x.ends_with("ly"))
    }) {
        i += 1;
    }
    let Some(&verb) = w.get(i) else {
        return false;
    };
    if matches!(verb, "not" | "or" | "never" | "n't")
        || EFFECT_VERBS.contains(&verb)
        || w.get(i + 1)
            .is_some_and(|x| matches!(*x, "no" | "nothing" | "little"))
    {
        return false;
    }
    if verb == "be" {
        // "could be lowered", "may be delayed": a passive event.
        let next = w.get(i + 1).copied().unwrap_or("");
        let participle = next.len() > 3
            && (next.ends_with("ed") || next.ends_with("en"))
            && !MOOD_PARTICIPLES.contains(&next);
        if !participle {
            return false;
        }
    } else if STATE_VERBS.contains(&verb) {
        return false;
    }
    // "two teams that could both find success", "a rival who might".
    let relative = at.checked_sub(1).is_some_and(|k| match w[k] {
        "who" | "which" => k > 0 && !clause[toks[k - 1].2..toks[k].1].contains([',', '(']),
        "that" => {
            k > 0
                && !TAKES_THAT_SET.contains(w[k - 1])
                && !matches!(w[k - 1], "and" | "but" | "so" | "or" | "yet")
                && !clause[toks[k - 1].2..toks[k].1].contains([',', ':', ';', '—', '–'])
        }
        _ => false,
    });
    // "concerns that X could", "the risk that X may", "whether it could": a fear or a
    // question, not a call.
    !relative
        && !w[..at].iter().any(|x| {
            matches!(
                *x,
                "concern"
                    | "concerns"
                    | "fear"
                    | "fears"
                    | "feared"
                    | "risk"
                    | "risks"
                    | "worry"
                    | "worries"
                    | "worried"
                    | "danger"
                    | "warned"
                    | "warning"
                    | "warns"
                    | "threat"
                    | "whether"
                    | "if"
                    | "when"
                    | "what"
                    | "how"
                    | "or"
            )
        })
}

/// Verbs of a disclaimer after "may" ("prices may vary", "results may differ", "terms may
/// apply", "errors may occur"): what can happen at any time, not a call.
const DISCLAIMER_VERBS: &[&str] = &["vary", "differ", "apply", "occur", "arise"];

/// Whether the lower-case "may" at token `at` of a clause, with no named holder and no time,
/// is the writer's own call of a possible event ("the rupee may slip past 88 to the dollar",
/// "La Nina may bring a wetter spring to the north", "the regulator may also open a second
/// inquiry"): issue 13's labeling rules count it a forecast without a deadline (may 0.3 to
/// 0.5), as they count the same modal a named holder weighs (`possible_event`, whose tests
/// it keeps: no negation, state, effect, fear, question or relative clause). "May" is the
/// writer's weighing of what will happen; "could" and "might" also tell abilities and
/// hypotheticals and keep needing a holder, a time or an event verb. Not a disclaimer ("prices
/// may vary"), the reader's state ("you may find", "readers may recall") or a part of a class
/// ("some users may notice") (round 65, x65m).
pub(super) fn writers_may(clause: &str, toks: &[Token<'_>], at: usize) -> bool {
    let lower = toks
        .get(at)
        .is_some_and(|t| t.0 == "may" && clause.get(t.1..t.2) == Some("may"));
    if !lower || !possible_event(clause, toks, at) {
        return false;
    }
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let v = w[at + 1..]
        .iter()
        .position(|x| {
            !matches!(
                *x,
                "well" | "also" | "still" | "even" | "eventually" | "soon" | "yet"
            )
        })
        .map(|i| at + 1 + i);
    let verb = v.map(|i| w[i]);
    // "The move may weaken sterling": a level's verb with an object tells a cause's effect
    // (`event_follows`).
    let effect = verb.is_some_and(|x| LEVEL_VERBS.contains(&x))
        && !no_object(v.and_then(|i| w.get(i + 1)).copied());
    let subject = at.checked_sub(1).map(|k| w[k]);
    let class = at
        .checked_sub(2)
        .is_some_and(|k| matches!(w[k], "some" | "many" | "most" | "few"));
    !effect
        && !verb.is_some_and(|x| DISCLAIMER_VERBS.contains(&x))
        && !subject.is_some_and(|x| matches!(x, "you" | "readers" | "one"))
        && !class
}

/// The words of a contest's result a picker's "should" names: a place in the table, a round
/// or title, a result or a score ("it should be a one-two finish", "they shouldn't be much
/// of a playoff threat", "should be good enough for the top four", "should be high-scoring").
const CONTEST_RESULTS: &[&str] = &[
    "finish",
    "finishes",
    "top",
    "bottom",
    "playoff",
    "playoffs",
    "play-offs",
    "postseason",
    "title",
    "champion",
    "champions",
    "championship",
    "pennant",
    "win",
    "wins",
    "beat",
    "cover",
    "lose",
    "advance",
    "hold",
    "spot",
    "seed",
    "place",
    "points",
    "high-scoring",
    "low-scoring",
    "relegation",
    "relegated",
    "promotion",
    "survive",
    "contend",
    "contender",
    "division",
    "conference",
    "favourite",
    "favorite",
];

/// Whether the "should" at token `at` of a clause, in a week's picks or a season's preview,
/// is the writer's call on the contest the piece is about: its words name a result of the
/// contest (`CONTEST_RESULTS`), and its subject is not the reader ("you should take the
/// under": advice). "This game should be good for the rookie", "he should have a big
/// afternoon" name no result and stay out; the time is the piece's (round 66, x66m).
pub(super) fn pickers_should(toks: &[Token<'_>], at: usize) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let Some(modal) = w.get(at) else {
        return false;
    };
    if !modal.starts_with("should") {
        return false;
    }
    let reader = at
        .checked_sub(1)
        .is_some_and(|k| matches!(w[k], "you" | "we" | "bettors" | "readers"));
    !reader && w[at + 1..].iter().any(|x| CONTEST_RESULTS.contains(x))
}

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

static STRONG_SET: WordSet = WordSet::new(STRONG);
static MODAL_SET: WordSet = WordSet::new(MODAL);
static REPORTING_PAST_SET: WordSet = WordSet::new(REPORTING_PAST);
static TAKES_THAT_SET: WordSet = WordSet::new(TAKES_THAT);
static REPORTED_THOUGHT_SET: WordSet = WordSet::new(REPORTED_THOUGHT);

/// Read from the tokens of `sentence`, made once by the caller.
pub(super) fn cues_in(sentence: &str, toks: &[Token<'_>]) -> Cues {
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
        if REPORTING_PAST_SET.contains(x) {
            seen_reporting = true;
        }
        // "Six cases were reported last week, and it's possible there will be more": a past
        // report in the clause before ", and" does not frame the cue of the next one.
        if *x == "and" && i > 0 && sentence[toks[i - 1].2..toks[i].1].contains(',') {
            seen_reporting = false;
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
            // "is going to", "he's going to", "they're going to".
            "going" => {
                next == "to"
                    && (matches!(
                        prev,
                        "is" | "are" | "am" | "'s" | "not" | "isn't" | "aren't"
                    ) || prev.ends_with("'s")
                        || prev.ends_with("'re")
                        || prev.ends_with("'m"))
            }
            "track" | "course" => next == "to" && prev == "on",
            "bound" => next == "to",
            "poised" => next == "to",
            // "households ... inevitably face increases": an outcome held bound to come, told
            // in the present of a verb of undergoing (round 58); "inevitably collapsed" is
            // told of the past, and the habits of other verbs are no forecast.
            "inevitably" => matches!(
                next,
                "face"
                    | "faces"
                    | "mean"
                    | "means"
                    | "bring"
                    | "brings"
                    | "suffer"
                    | "suffers"
                    | "lead"
                    | "leads"
                    | "result"
                    | "results"
            ),
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
                STRONG_SET.contains(x)
                    && !matches!(x, "set" | "going" | "track" | "course" | "bound")
            }
        };
        let is_modal = MODAL_SET.contains(x) && !(*x == "may" && capitalized_mid);
        if (*x == "expected" && matches!(prev, "been" | "had"))
            || (*x == "expecting" && matches!(prev, "were" | "was"))
        {
            c.past_modal = true;
            continue;
        }
        // "may have been", "may well have been", "could not have": past modals.
        let after = w.get(i + 2).copied().unwrap_or("");
        let skip_word = matches!(
            next,
            "well" | "not" | "also" | "still" | "never" | "already" | "easily" | "even"
        );
        // "will have a triple camera", "may have 40 seats": having, not a perfect.
        let have_at = if matches!(next, "have" | "'ve") {
            Some(i + 1)
        } else if skip_word && matches!(after, "have" | "'ve") {
            Some(i + 2)
        } else {
            None
        };
        // "will have normal snowfall", "will have snow": a noun or adjective after "have" is
        // had, not a perfect; a participle ("will have risen", "will have won") or an adverb
        // before one ("will have already gone") is the perfect.
        let possession = have_at.is_some_and(|h| {
            *x != "would"
                && w.get(h + 1).is_some_and(|o| {
                    matches!(
                        *o,
                        "a" | "an" | "the" | "more" | "fewer" | "less" | "enough" | "its" | "their"
                    ) || o.starts_with(|ch: char| ch.is_ascii_digit())
                        || !perfect_next(o)
                })
        });
        if (is_strong || is_modal) && have_at.is_some() && !possession {
            c.past_modal = true;
            continue;
        }
        // "I would expect the Liberals to gain 30 seats": the speaker's own expectation, put
        // politely, is held as firmly as "I expect"; "one would expect" and "you would
        // expect" stay weak (a counterfactual, a generic reader).
        let own_would = prev == "would"
            && matches!(*x, "expect" | "anticipate" | "predict")
            && i >= 2
            && matches!(w[i - 2], "i" | "we");
        if is_strong && matches!(prev, "would" | "could" | "might") && !own_would {
            c.weak = true;
            continue;
        }
        if is_strong {
            c.strong = true;
            c.future |= !matches!(*x, "certainly" | "probably" | "likely" | "unlikely")
                || (matches!(*x, "likely" | "unlikely") && next == "to")
                // "A coup seems unlikely", "a deal looks likely as well": the likelihood of
                // an event named before it.
                || (matches!(*x, "likely" | "unlikely")
                    && matches!(
                        prev,
                        "seems" | "seem" | "looks" | "look" | "appears" | "appear" | "remains"
                    )
                    && matches!(next, "" | "as" | "too" | "either" | "now" | "for"))
                // "Further cuts are likely.", "a drop above 50% is likely": the likelihood
                // of an event named before it, closing its clause.
                // "An early election is likely, according to analysts": a comma closes it
                // before its holder's tag as well.
                || (matches!(*x, "likely" | "unlikely")
                    && matches!(prev, "is" | "are" | "'s")
                    && (matches!(next, "" | "as" | "too" | "either" | "now" | "for")
                        || toks
                            .get(i + 1)
                            .is_some_and(|n| sentence[toks[i].2..n.1].contains(','))))
                || w.iter().any(|y| {
                    matches!(*y, "will" | "won't" | "shall" | "going") || y.ends_with("'ll")
                });
            // "Acme said it expects sales of $5 billion": a present expectation, not a
            // backshifted one; "said it expects to" is an intent.
            // "said it is anticipating a crop of 75 million tonnes": the same in the progressive.
            let present_view = (matches!(
                *x,
                "expects" | "expect" | "predicts" | "anticipates" | "forecasts"
            ) || (matches!(*x, "anticipating" | "expecting")
                && matches!(prev, "is" | "are" | "am" | "'s" | "'re")))
                && (next != "to" || expected_outcome(w.get(i + 2).copied().unwrap_or("")));
            if seen_reporting && !present_view {
                c.reported_past_before_cue = true;
            }
            // "Under its hood will be a new chipset", "Powering the phone will be a larger
            // battery": the subject follows the verb, so "will be a" names what will come.
            let inverted = next == "be"
                && i > 0
                && i <= 6
                && (matches!(
                    w[0],
                    "under" | "inside" | "behind" | "beneath" | "alongside" | "among" | "joining"
                ) || (w[0].ends_with("ing") && w[0].len() > 5))
                && matches!(w.get(i + 2).copied(), Some("a" | "an" | "the"));
            if (*x == "will" || x.ends_with("'ll"))
                && !inverted
                && (STATIVE_AFTER_WILL.contains(&next)
                    || (matches!(next, "be" | "remain" | "stay" | "continue")
                        && judged_after_be(&w[i + 2..])
                        // "There will be one or two more indictments": a count of what comes.
                        && !(prev == "there" && next == "be" && counted(&w[i + 2..]))
                        // "there will be more, the official said": more of what was counted.
                        && !(prev == "there" && next == "be" && more_alone(sentence, toks, i + 2))))
            {
                c.will_stative = true;
            }
        } else if is_modal {
            c.modal = true;
            if seen_reporting {
                c.reported_past_before_cue = true;
            }
        } else if *x == "would" {
            if aside_after_call(sentence, toks, i, c.strong) {
                continue;
            }
            c.weak = true;
            if seen_reporting {
                c.reported_past_before_cue = true;
            }
        }
    }
    c
}

/// What comes of "X expects to V" when V is an outcome, not an act X decides on: "the
/// cooperative said it expects to harvest 40 million tonnes", "the firm said it expects to
/// post a loss", "said it expects to return to profit". Present tense under a past verb of
/// saying, this is the holder's view now (as "said it expects sales of $5 billion" is), not a
/// backshifted one; a deliberate act ("expects to hire", "to open 40 stores") stays an intent
/// (`lookalikes::expected_own_act`).
fn expected_outcome(verb: &str) -> bool {
    matches!(
        verb,
        "harvest"
            | "post"
            | "report"
            | "earn"
            | "grow"
            | "reach"
            | "record"
            | "return"
            | "be"
            | "remain"
            | "stay"
            | "produce"
            | "generate"
            | "achieve"
            | "exceed"
            | "top"
            | "surpass"
            | "recover"
            | "turn"
            | "swing"
            | "break"
            | "win"
            | "lose"
            | "collect"
            | "receive"
            | "book"
    )
}

/// A non-restrictive relative clause on what a firm call names: "it is anticipating a summer
/// peak of 31 gigawatts, which would be a record", "sees a deficit of 3%, which would be the
/// widest since 2009". Its "would" comments on the figure (what it would
/// amount to); it neither weakens the call before it nor makes it reported past speech.
fn aside_after_call(sentence: &str, toks: &[Token<'_>], i: usize, strong: bool) -> bool {
    strong
        && i >= 2
        && toks[i - 1].0 == "which"
        && sentence[toks[i - 2].2..toks[i - 1].1].contains(',')
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
#[cfg(test)]
pub(super) fn embedded(clause: &str) -> bool {
    embedded_in(&tokens(clause))
}

/// Whether the words open with a topic put first, "when it comes to X," or "when it
/// comes down to X,": a way to name what the clause is about, not a time or an indirect
/// question (round 66, x66m).
fn topic_first(w: &[&str]) -> bool {
    w.starts_with(&["when", "it", "comes", "to"])
        || w.starts_with(&["when", "it", "comes", "down", "to"])
}

/// `embedded` over the tokens of the clause, already made by the caller.
pub(super) fn embedded_in(toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    // "predictions about which party will win", "I don't know if next season will be the one".
    // "Nobody knows if", "I have no idea if", "officials would not say if" (audit 28, E32):
    // "say if" only after a negation ("analysts say if the Fed cuts, X will" is a condition).
    let unsaid = |i: usize| {
        i > 0
            && matches!(w[i - 1], "say" | "says" | "tell")
            && w[i.saturating_sub(4)..i - 1].iter().any(|y| {
                matches!(*y, "not" | "no" | "nobody" | "never" | "cannot") || y.ends_with("n't")
            })
    };
    let asks = |i: usize| {
        unsaid(i)
            || (i > 0
                && matches!(
                    w[i - 1],
                    "about"
                        | "predict"
                        | "know"
                        | "knows"
                        | "knew"
                        | "idea"
                        | "sure"
                        | "unclear"
                        | "wonder"
                        | "ask"
                        | "asked"
                        | "elaborate"
                        | "clear"
                        | "see"
                        | "tell"
                        | "decide"
                        // "is still to announce which supplier it will use" (round 57).
                        | "decided"
                        | "decides"
                        | "announce"
                        | "announced"
                        | "reveal"
                        | "revealed"
                        | "disclose"
                        | "disclosed"
                        | "confirm"
                        | "determine"
                        | "choose"
                ))
    };
    if w.iter()
        .enumerate()
        .any(|(i, x)| matches!(*x, "which" | "who" | "if") && asks(i))
    {
        return true;
    }
    // "Habibie did not say when the terminal was expected to open", "officials would not say
    // whether the plant will reopen": what was left unsaid is a question (lead's round).
    if w.iter()
        .enumerate()
        .any(|(i, x)| matches!(*x, "when" | "whether" | "how" | "where") && unsaid(i))
    {
        return true;
    }
    // "otherwise this will take forever": a counterfactual; "What to expect from ...": an
    // indirect question.
    // "When it comes to rates, the bank will cut in March": a topic put first, no question
    // and no time (round 66, x66m).
    if w.contains(&"otherwise")
        || (w.first().is_some_and(|x| {
            matches!(
                *x,
                "what" | "how" | "why" | "when" | "where" | "who" | "which"
            )
        }) && !topic_first(&w))
    {
        return true;
    }
    w.iter().enumerate().any(|(i, x)| {
        (matches!(
            *x,
            "will" | "would" | "may" | "might" | "could" | "won't" | "wouldn't" | "shall"
        ) || x.ends_with("'ll"))
            && (w[i.saturating_sub(4)..i]
                .iter()
                .any(|y| matches!(*y, "what" | "whatever" | "whether" | "how" | "why"))
                // "detailing how the impact of the second launch will ...": a longer subject.
                || w[i.saturating_sub(8)..i].iter().enumerate().any(|(k, y)| {
                    matches!(*y, "how" | "whether")
                        && i.saturating_sub(8) + k > 0
                        && w[i.saturating_sub(8) + k - 1].ends_with("ing")
                }))
    })
}

/// Words after which "that" opens what is said, thought or expected ("warned that", "the
/// expectation that", "likely that"), not a relative clause.
const TAKES_THAT: &[&str] = &[
    "say",
    "says",
    "said",
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "expect",
    "expects",
    "expected",
    "predict",
    "predicts",
    "predicted",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "warn",
    "warns",
    "warned",
    "argue",
    "argues",
    "argued",
    "suggest",
    "suggests",
    "suggested",
    "show",
    "shows",
    "showed",
    "indicate",
    "indicates",
    "indicated",
    "signal",
    "signals",
    "signaled",
    "signalled",
    "claim",
    "claims",
    "claimed",
    "insist",
    "insists",
    "insisted",
    "agree",
    "agrees",
    "agreed",
    "conclude",
    "concludes",
    "concluded",
    "estimate",
    "estimates",
    "estimated",
    "project",
    "projects",
    "projected",
    "forecast",
    "forecasts",
    "reckon",
    "reckons",
    "bet",
    "bets",
    "guarantee",
    "doubt",
    "mean",
    "means",
    "meant",
    "note",
    "notes",
    "noted",
    "add",
    "adds",
    "added",
    "tell",
    "tells",
    "told",
    "write",
    "writes",
    "wrote",
    "report",
    "reports",
    "reported",
    "announce",
    "announced",
    "promise",
    "promised",
    "pledge",
    "pledged",
    "vow",
    "vowed",
    "know",
    "knows",
    "knew",
    "sure",
    "certain",
    "confident",
    "convinced",
    "positive",
    "optimistic",
    "hopeful",
    "aware",
    "clear",
    "likely",
    "unlikely",
    "possible",
    "probable",
    "chance",
    "chances",
    "odds",
    "probability",
    "likelihood",
    "possibility",
    "risk",
    "risks",
    "sign",
    "signs",
    "fact",
    "view",
    "belief",
    "expectation",
    "expectations",
    "concern",
    "concerns",
    "worry",
    "worries",
    "evidence",
    "assume",
    "assumes",
    "assuming",
    "given",
    "so",
    "now",
    "such",
    "provided",
    "except",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "'s",
    "seems",
    "appears",
    "ensure",
    "ensures",
    "assurance",
    "assurances",
    "prediction",
    "predictions",
    "news",
    "word",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "speculation",
    "indication",
    "indications",
    "warning",
    "warnings",
    "idea",
    "feeling",
    "sense",
    "guess",
    "hint",
    "hints",
    "hinted",
    "confirm",
    "confirmed",
    "decide",
    "decided",
    "see",
    "sees",
    "saw",
    "find",
    "finds",
    "found",
    "recognize",
    "admit",
    "admitted",
    "acknowledged",
    "stressed",
    "emphasized",
    "explained",
    "stated",
    "believing",
    "thinking",
    "expecting",
    "saying",
    "arguing",
    "warning",
    "adding",
    "noting",
];

/// Whether every future or conditional cue of the clause (`will`, `won't`, `would`, `'ll`)
/// sits in a relative clause on a noun ("the team that will face Spain", "a bill that would
/// raise the wage", "the players who will represent the country"): it describes the noun, a
/// plan or a property, and the sentence asserts something else ("... is a promising
/// development", "... passed the House"). A clause-level ", which will" is a consequence the
/// writer predicts and stays a cue; "warned that X will" is what was said.
#[cfg(test)]
pub(super) fn relative_future(clause: &str) -> bool {
    relative_future_in(clause, &tokens(clause))
}

/// `relative_future` over the tokens of `clause`, already made by the caller.
pub(super) fn relative_future_in(clause: &str, toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let mut any = false;
    for (i, x) in w.iter().enumerate() {
        if !(matches!(*x, "will" | "won't" | "would" | "wouldn't") || x.ends_with("'ll")) {
            continue;
        }
        // "that will", "who would also", "which will likely".
        let mut j = i;
        while j > 0 && matches!(w[j - 1], "also" | "likely" | "probably" | "soon" | "then") {
            j -= 1;
        }
        let rel = j.checked_sub(1).map(|k| (k, w[k]));
        let relative = match rel {
            Some((k, "who" | "which")) => {
                // ", which will" hangs on the whole clause: a consequence, still a forecast.
                k > 0 && !clause[toks[k - 1].2..toks[k].1].contains([',', '(', '—', '–'])
            }
            Some((k, "that")) => {
                k > 0
                    && !TAKES_THAT_SET.contains(w[k - 1])
                    && !clause[toks[k - 1].2..toks[k].1].contains([',', ':', ';', '—', '–'])
            }
            _ => false,
        };
        if !relative {
            return false;
        }
        any = true;
    }
    any
}

/// Words that report speech or thought, after which a "would" is the backshifted "will" of a
/// forecast ("economists predicted the committee would hold", "they were confident the deal
/// would last").
const REPORTED_THOUGHT: &[&str] = &[
    "said",
    "says",
    "say",
    // "released a note saying that policies would ...".
    "saying",
    "told",
    "tells",
    "predicted",
    "predicts",
    "predict",
    "expected",
    "expects",
    "expect",
    "believed",
    "believe",
    "believes",
    "thought",
    "think",
    "thinks",
    "forecast",
    "forecasts",
    "estimated",
    "estimates",
    "warned",
    "warns",
    "warn",
    "signaled",
    "signalled",
    "signals",
    "indicated",
    "indicates",
    "suggested",
    "suggests",
    "projected",
    "projects",
    "anticipated",
    "anticipates",
    "reckoned",
    "reckons",
    "reckon",
    "bet",
    "bets",
    "argued",
    "argues",
    "insisted",
    "agreed",
    "agree",
    "confident",
    "positive",
    "sure",
    "convinced",
    "optimistic",
    "hopeful",
    "pessimistic",
    "according",
    "noted",
    "added",
    "wrote",
    "writes",
    "hinted",
    "guessed",
    "guess",
    "doubt",
    "doubted",
    "doubts",
    "feared",
    "fear",
    "fears",
    "cautioned",
    "assumed",
    "assume",
    "judged",
    "concluded",
    "calculated",
    "polled",
    "surveyed",
    "poll",
    "survey",
    "consensus",
    "view",
    "odds",
];

/// A conditional "would" that no one is reported to expect ("if oil rises, airlines would
/// raise fares", "no rise would mark eight years without one", "sales would be down 18%"):
/// a hypothetical, not a forecast. With reported speech or thought anywhere in the sentence
/// ("economists predicted the committee would hold rates", "..., analysts said") it is the
/// backshifted "will" of someone's forecast.
#[cfg(test)]
pub(super) fn hypothetical_would(sentence: &str) -> bool {
    hypothetical_would_in(&tokens(sentence))
}

/// `hypothetical_would` over the tokens of the sentence, already made by the caller.
pub(super) fn hypothetical_would_in(toks: &[Token<'_>]) -> bool {
    !toks.iter().any(|t| REPORTED_THOUGHT_SET.contains(&t.0))
}

/// Hedges that announce the plans or schedule of whoever controls the outcome ("plans to
/// close", "is scheduled to begin"): not forecasts, with or without a date.
pub(super) const PLANS: &[&str] = &[
    "plans to",
    "plan to",
    "planning to",
    "intends to",
    "aims to",
    "targets",
    "scheduled to",
    "scheduled for",
];

/// Verbs by which whoever controls an outcome announces it ("the ministry announced it
/// would extend the cuts", "he will not return, the team confirmed", "vows to respect").
const ANNOUNCING: &[&str] = &[
    "announced",
    "confirmed",
    "pledged",
    "vowed",
    "promised",
    "committed",
    "decided",
];
static ANNOUNCING_SET: WordSet = WordSet::new(ANNOUNCING);

/// Present forms of the same verbs, which are also nouns ("reconstruction pledges are"):
/// announcing only before "to", "that" or a pronoun.
const ANNOUNCING_NOW: &[&str] = &[
    "announces",
    "confirms",
    "pledges",
    "vows",
    "promises",
    "commits",
    "decides",
];
static ANNOUNCING_NOW_SET: WordSet = WordSet::new(ANNOUNCING_NOW);

/// Subjects that are the speaker itself after "says" ("says it will", "said the company
/// would", "says the faction will"): its own plan.
const SELF: &[&str] = &[
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "company",
    "government",
    "ministry",
    "faction",
    "group",
    "team",
    "club",
    "administration",
    "bank",
    "firm",
    "party",
    "agency",
    "board",
];
static SELF_SET: WordSet = WordSet::new(SELF);

/// An announced plan of whoever controls the outcome: an announcing verb, or a speaker
/// reporting what it itself will do.
/// Read from the tokens of `clause`, made once by the caller.
pub(super) fn announced_plan_in(clause: &str, toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    // The announcing verb reports ("announced", "vows"), it is not the predicted event
    // ("may announce", "expected to confirm"), nor a participle on a noun ("those announced
    // in December", "the cuts announced by the bank"); and it reports this clause's future:
    // before the cue with nothing else foreseen between ("announced it would extend"), or
    // as a closing tag ("he will not return, the team announced"). "The company announced
    // record profits, and analysts expect shares to rise" announces nothing ahead.
    let future = |x: &str| {
        matches!(x, "will" | "would" | "won't" | "wouldn't" | "to" | "shall") || x.ends_with("'ll")
    };
    if w.iter().enumerate().any(|(i, x)| {
        let verb = (ANNOUNCING_SET.contains(x)
            || (ANNOUNCING_NOW_SET.contains(x)
                && w.get(i + 1).is_some_and(|n| {
                    matches!(*n, "to" | "that" | "it" | "he" | "she" | "they" | "we")
                })))
            && !(i > 0
                && matches!(
                    w[i - 1],
                    "to" | "will"
                        | "may"
                        | "might"
                        | "could"
                        | "would"
                        | "should"
                        | "not"
                        | "those"
                        | "the"
                        | "was"
                        | "were"
                        | "been"
                        | "being"
                        | "previously"
                        | "recently"
                ))
            && w.get(i + 1) != Some(&"by");
        if !verb {
            return false;
        }
        let ahead = w[i + 1..]
            .iter()
            .take(10)
            .position(|y| future(y))
            .is_some_and(|d| {
                let gap = &clause[toks[i].2..toks[i + 1 + d].1];
                !gap.contains([',', ';'])
                    && !w[i + 1..i + 1 + d]
                        .iter()
                        .any(|y| FORESEEING_SET.contains(y) || matches!(*y, "and" | "but"))
            });
        let tag = i + 4 >= w.len()
            && w[..i].iter().any(|y| future(y))
            && clause[..toks[i].1].trim_end().ends_with(|c: char| {
                c == ',' || c.is_alphanumeric() || c == '\u{201d}' || c == '"'
            })
            && clause[..toks[i].1].contains([',', '\u{201d}', '"'])
            // "Rates will probably fall by June, officials announced": whoever controls an
            // outcome does not hedge its own plan; a hedged clause is the speaker's forecast
            // (audit 30, K1).
            && !w[..i].iter().any(|y| {
                matches!(
                    *y,
                    "probably" | "likely" | "unlikely" | "possibly" | "may" | "might" | "could"
                )
            });
        ahead || tag
    }) {
        return true;
    }
    w.iter().enumerate().any(|(i, x)| {
        matches!(*x, "says" | "said" | "say" | "told" | "tells")
            // "Analysts said the board will hold rates": forecasters speak of another's
            // doing, never of their own plan.
            // "A third economist, speaking on condition of anonymity, said": after an aside
            // between commas the speaker is anywhere before it.
            && !w[if clause[..toks[i].1].trim_end().ends_with(',') {
                0
            } else {
                i.saturating_sub(4)
            }..i]
                .iter()
                .any(|y| FORECASTING_SPEAKERS.contains(y))
            // "said on Sunday it will", "said in a statement that it would": the day or
            // the channel of the saying stands between the verb and its subject.
            && w[i + 1..]
                .iter()
                .enumerate()
                .skip_while(|(_, y)| {
                    matches!(
                        **y,
                        "that"
                            | "the"
                            | "its"
                            | "his"
                            | "her"
                            | "on"
                            | "in"
                            | "a"
                            | "statement"
                            | "today"
                            | "yesterday"
                            | "tonight"
                    ) || DAYS.contains(y)
                })
                .take(2)
                .any(|(k, y)| {
                    SELF_SET.contains(y)
                        && !dummy_it(&w[i + 1 + k..])
                        && !other_speaker(clause, toks, i, y)
                })
            && w[i + 1..(i + 6).min(w.len())]
                .iter()
                .any(|y| matches!(*y, "will" | "would" | "won't") || y.ends_with("'ll"))
            // "said he thought they would range from 100 to 150": a view, not a plan (round 58).
            && !w[i + 1..(i + 4).min(w.len())]
                .iter()
                .any(|y| matches!(*y, "thought" | "believed" | "reckoned"))
    })
}

/// Speakers who voice a body's own word ("a bank spokesman said the bank will", "officials
/// said the government would"): a role in it, or a pronoun.
const VOICES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "executive",
    "executives",
    "chief",
    "ceo",
    "chairman",
    "chairwoman",
    "president",
    "director",
    "directors",
    "head",
    "governor",
    "minister",
    "secretary",
    "management",
    "leadership",
    "owner",
    "owners",
    "founder",
    "boss",
    "representative",
    "source",
    "sources",
    "statement",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
];

/// Whether the speaker of the verb of saying at word `i` is another party than the body
/// `noun` named after it: "the union leader said the bank will cut jobs" is the union's call
/// about the bank, not the bank's plan (rb). The speaker is the words before the verb, back
/// to a comma or four words; it is another party when it is all lower case but for an
/// opening article (no name, which may be the body's own: "HSBC said the bank will"), and
/// neither names the body nor is a voice of it (`VOICES`).
fn other_speaker(clause: &str, toks: &[Token<'_>], i: usize, noun: &str) -> bool {
    if matches!(noun, "it" | "he" | "she" | "they" | "we" | "i") {
        return false;
    }
    let mut from = i;
    while from > 0
        && i - from < 4
        && !clause[toks[from - 1].2..toks[from].1].contains([',', ';', ':'])
    {
        from -= 1;
    }
    let speaker = &toks[from..i];
    !speaker.is_empty()
        && speaker.iter().all(|t| {
            let w = t.0.as_ref();
            let own = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
            own != noun
                && !VOICES.contains(&own)
                && (!clause[t.1..].starts_with(char::is_uppercase)
                    || t.1 == toks[0].1 && matches!(w, "the" | "a" | "an"))
        })
}

/// Who carries out the works, openings and closings it speaks of ("the operator said",
/// "the club's owners said", "a spokeswoman for the council said"): what it says it will
/// carry out is its plan. Forecasting speakers (`FORECASTING_SPEAKERS`) and forecasting
/// offices (a weather service) are not here.
const CONTROLLERS: &[&str] = &[
    "operator",
    "operators",
    "club",
    "owner",
    "owners",
    "council",
    "company",
    "ministry",
    "government",
    "department",
    "authority",
    "airport",
    "airline",
    "carrier",
    "developer",
    "developers",
    "organisers",
    "organizers",
    "league",
    "city",
    "county",
    "school",
    "university",
    "hospital",
    "museum",
    "venue",
    "studio",
    "publisher",
    "manufacturer",
    "automaker",
    "railway",
    "port",
    "management",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officials",
    "firm",
    "board",
    "team",
];
static CONTROLLERS_SET: WordSet = WordSet::new(CONTROLLERS);

/// Whether the words from `w[0]` on (after "will" or "would") name a step someone carries
/// out, not an outcome that befalls: "go ahead", "reopen", "resume", "be completed", "take
/// place".
fn carried_out(w: &[&str]) -> bool {
    let w = match w.first() {
        Some(&"not") | Some(&"still") | Some(&"now") | Some(&"finally") => &w[1..],
        _ => w,
    };
    match w {
        ["go" | "proceed", "ahead", ..] | ["take", "place", ..] => true,
        ["be", done, ..] => matches!(
            *done,
            "completed"
                | "finished"
                | "built"
                | "opened"
                | "reopened"
                | "closed"
                | "launched"
                | "delivered"
                | "demolished"
                | "replaced"
                | "held"
                | "renovated"
                | "rebuilt"
                | "restored"
        ),
        [verb, ..] => matches!(
            *verb,
            "reopen"
                | "open"
                | "close"
                | "resume"
                | "restart"
                | "proceed"
                | "begin"
                | "start"
                | "launch"
                | "shut"
        ),
        _ => false,
    }
}

/// A reported plan of whoever carries it out: "Last month the operator said work on the
/// east pier would go ahead next year", "the club said the stadium would reopen in May". The
/// speaker (a controller, `CONTROLLERS`, within the three words before the verb of saying)
/// reports a step it carries out (`carried_out`) after "will" or "would", with nothing
/// foreseen between: a plan, not a forecast (issue 13's labeling rules). "The club said
/// ticket prices would rise" and "the analyst said prices would rise next year" stay
/// forecasts: an outcome, or a forecaster's saying. `toks` are the clause's tokens.
pub(super) fn reported_step_in(toks: &[Token<'_>]) -> bool {
    // (Most clauses report no saying: no words are collected then.)
    if !toks
        .iter()
        .any(|t| matches!(t.0.as_ref(), "says" | "said" | "say" | "told"))
    {
        return false;
    }
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    w.iter().enumerate().any(|(i, x)| {
        matches!(*x, "says" | "said" | "say" | "told")
            && w[i.saturating_sub(3)..i]
                .iter()
                .any(|y| CONTROLLERS_SET.contains(y))
            && !w[i.saturating_sub(4)..i]
                .iter()
                .any(|y| FORECASTING_SPEAKERS.contains(y))
            && w[i + 1..]
                .iter()
                .take(12)
                .position(|y| matches!(*y, "will" | "would" | "won't"))
                .is_some_and(|d| {
                    let m = i + 1 + d;
                    !w[i + 1..m].iter().any(|y| FORESEEING_SET.contains(y))
                        && carried_out(&w[m + 1..])
                })
    })
}

/// A body's own decision announced by its head in a closing tag: "The company will not raise
/// prices this year, its chief executive said", "The government will not improve its pay
/// offer, the health secretary said". The subject is a body that decides (`CONTROLLERS`,
/// "bank", "union"), the speaker after the last comma one of its heads (`HEADS`), and the
/// verb after "will" a step it takes (`DECIDED`, `carried_out`): a plan, not a forecast
/// (audit 28, E14). "The company will post a loss this year, its chief executive said" (an
/// outcome) and "The economy will grow 2%, the finance minister said" (no body as subject)
/// stay forecasts. `clause` is the text `toks` were made from.
pub(super) fn head_announced_decision_in(clause: &str, toks: &[Token<'_>]) -> bool {
    let n = toks.len();
    let Some(say) = (n.saturating_sub(2)..n)
        .rev()
        .find(|&i| matches!(toks[i].0.as_ref(), "said" | "says" | "announced"))
    else {
        return false;
    };
    let Some(comma) = clause[..toks[say].1].rfind(',') else {
        return false;
    };
    let speaker: Vec<&str> = toks[..say]
        .iter()
        .filter(|t| t.1 > comma)
        .map(|t| t.0.as_ref())
        .collect();
    if speaker.is_empty()
        || speaker.len() > 6
        || !speaker.iter().any(|y| HEADS.contains(y))
        || speaker.iter().any(|y| FORECASTING_SPEAKERS.contains(y))
    {
        return false;
    }
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let Some(m) = w
        .iter()
        .position(|y| matches!(*y, "will" | "won't") || y.ends_with("'ll"))
    else {
        return false;
    };
    let body = w[..m]
        .iter()
        .any(|y| CONTROLLERS_SET.contains(y) || BODIES.contains(y));
    let after = match w.get(m + 1) {
        Some(&"not") => &w[m + 2..],
        _ => &w[m + 1..],
    };
    body && m < 6 && (after.first().is_some_and(|v| DECIDED.contains(v)) || carried_out(after))
}

/// An agent's own act told with a bare "will": "Acme will build a plant in Ohio", "Skyway
/// Airlines will offer 12 daily flights", "the bank will cut 1,200 jobs", "it will also sell
/// its stake". The subject of "will" (after any "X said") is a body (`CONTROLLERS`,
/// `BODIES`, a company's suffix: "Dunmore Corp"), a name ("Acme", "USAir"), or "it"/"we";
/// the verb after "will" (or "will not", "won't") an act it carries out itself (`OWN_ACTS`),
/// or a change to something of its own ("cut its jobs", "raise its prices": `OWN_CHANGES`),
/// with no deadline ("will open its tenth shop by March" is a forecast, as a schedule with
/// one is).
/// Issue 13's labeling rules: a plan announced by whoever controls the outcome, not a
/// forecast (wire news, rule 1). Outcomes the body does not control ("earnings will rise"),
/// other subjects ("the deal will close by June"), and hedged or expected acts stay
/// forecasts, and so do acts whose sentence a forecaster tells (the caller checks), and an
/// interest rate's moves ("will cut its discount rate"), which news reads as a call.
/// `clause` is the text `toks` were made from. Only a report of the act by its actor makes
/// it a plan (`own_act_reported`): "The central bank will raise its inflation target" alone
/// is the writer's forecast.
#[cfg(test)]
pub(super) fn own_act_in(clause: &str, toks: &[Token<'_>]) -> bool {
    own_act_subject(clause, toks).is_some()
}

/// `own_act_in`'s subject: the token range before "will" (or "won't") that carries out the
/// act, or None when the clause tells no own act.
fn own_act_subject(clause: &str, toks: &[Token<'_>]) -> Option<(usize, usize)> {
    let m = toks
        .iter()
        .position(|t| matches!(t.0.as_ref(), "will" | "won't"))?;
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    // The subject: the words before "will" after the last verb of saying, "that", a
    // relative "which" ("an agreement under which it will sell") or comma.
    let from = (0..m)
        .rev()
        .find(|&k| {
            matches!(
                w[k],
                "said" | "says" | "that" | "and" | "but" | "which" | "whereby"
            ) || clause[toks[k].2..toks[k + 1].1].contains([',', ';', ':'])
        })
        .map_or(0, |k| k + 1);
    let subject = &toks[from..m];
    if subject.is_empty() || subject.len() > 6 {
        return None;
    }
    let sw = &w[from..m];
    let capital = |t: &Token<'_>| clause[t.1..].starts_with(|c: char| c.is_uppercase());
    // A company's suffix after its name ("Skyway Airlines"), not the plural of a trade
    // ("Airlines will raise fares").
    let body = sw.iter().enumerate().any(|(k, y)| {
        CONTROLLERS_SET.contains(y)
            || BODIES.contains(y)
            || matches!(
                *y,
                "unit"
                    | "subsidiary"
                    | "division"
                    | "agency"
                    | "commission"
                    | "exchange"
                    | "committee"
            )
            || (SUFFIXES.contains(y) && k > 0 && capital(&subject[k - 1]))
    });
    // A name: every word capitalized but a possessive's "s" ("USX Corp's steel unit" is a
    // body already), and not one of the generic agents a sentence may open with.
    let name = subject
        .iter()
        .filter(|t| !matches!(t.0.as_ref(), "s" | "'s" | "of" | "the"))
        .all(capital)
        && !sw
            .iter()
            .any(|y| GENERIC_AGENTS.contains(y) || SELF_ONLY.contains(y));
    let own = matches!(sw, ["it"] | ["we"]);
    if !(body || name || own || both_parties(sw)) {
        return None;
    }
    let v = match w.get(m + 1) {
        Some(&("not" | "also" | "now" | "then" | "still" | "soon" | "immediately")) => m + 2,
        _ => m + 1,
    };
    let relative = from > 0 && matches!(w[from - 1], "which" | "whereby");
    own_act_verb(&w, v, relative).then_some((from, m))
}

/// A wire headline in capitals of a body's own act: "SMELTER TO RAISE ALUMINIUM PRICES IN
/// JANUARY", "ACME TO RECEIVE 40 MLN DLRS", "ACME TO BUY KESTREL UNIT" (issue 13, rule 1:
/// an announcement by whoever controls it). `w` are the headline's words, lowered, `to` the
/// place of its "to". Not where a word of likelihood frames it ("ACME LIKELY TO BUY",
/// "EXPECTED TO", "SEEN TO"), nor an outcome's subject ("PRICES TO FALL": no own act), nor
/// a generic agent ("FARMERS TO CUT OUTPUT").
pub(super) fn own_act_headline(w: &[&str], to: usize) -> bool {
    to > 0
        && !w[..to].iter().any(|y| {
            GENERIC_AGENTS.contains(y)
                || matches!(
                    *y,
                    "likely"
                        | "unlikely"
                        | "expected"
                        | "seen"
                        | "sees"
                        | "forecast"
                        | "predicted"
                        | "tipped"
                        | "poised"
                        | "set"
                        | "due"
                        | "may"
                        | "could"
                        | "might"
                )
        })
        && own_act_verb(w, to + 1, false)
}

/// Whether the verb at `w[v]` (after "will", or a headline's "to") with its object is an act
/// a body carries out itself (`own_act_in`); `relative`: told as a term of a deal ("under
/// which it will sell ...").
fn own_act_verb(w: &[&str], v: usize, relative: bool) -> bool {
    let Some(verb) = w.get(v) else {
        return false;
    };
    let object = &w[v + 1..(v + 5).min(w.len())];
    // "The chain will open its tenth shop by March": a deadline keeps it a forecast, as it
    // keeps a schedule one (`schedule_in`); "cut prices by 10 pct" is an amount.
    let deadline = w[v + 1..].windows(2).any(|p| {
        matches!(p[0], "by" | "before" | "within")
            && !(p[1].starts_with(|c: char| c.is_ascii_digit())
                && !(p[1].len() == 4 && p[1].bytes().all(|b| b.is_ascii_digit())))
    });
    if deadline {
        return false;
    }
    // "The Fed will hold rates steady", "will cut its discount rate": a central bank's
    // move, which news reads as a call; "shares will open higher": a market's move.
    if object
        .iter()
        .any(|y| matches!(*y, "rate" | "rates" | "rate's"))
        || (matches!(*verb, "open" | "close")
            && object.first().is_some_and(|y| {
                matches!(
                    *y,
                    "higher" | "lower" | "up" | "down" | "flat" | "at" | "unchanged"
                )
            }))
    {
        return false;
    }
    if OWN_ACTS.contains(verb) {
        return true;
    }
    if continued_own_act(w, v, relative) {
        return true;
    }
    // "an agreement under which it will sell a software package": the terms of a deal are
    // the body's own acts, whatever the object.
    if relative && OWN_CHANGES.contains(verb) {
        return true;
    }
    // "will cut 1,200 jobs", "will raise its prices", "will reduce output": the object is
    // the body's own (its, their, our, or a thing a body holds).
    let own_change = OWN_CHANGES.contains(verb)
        && object.iter().any(|y| {
            matches!(*y, "its" | "their" | "our")
                || matches!(
                    *y,
                    "jobs"
                        | "staff"
                        | "workforce"
                        | "workers"
                        | "employees"
                        | "prices"
                        | "fares"
                        | "dividend"
                        | "payout"
                        | "capacity"
                        | "output"
                        | "production"
                        | "spending"
                        | "investment"
                        | "stake"
                        | "holding"
                        | "unit"
                        | "division"
                        | "subsidiary"
                        | "assets"
                        | "business"
                        | "operations"
                )
        });
    own_change
}

/// A step of a body's own act after "will" (`own_act_verb`, round 61): "will continue to
/// buy back shares", "will begin to sell the units" (the act after "to" is an own act), and
/// its cooperation, "will work closely with dealers", "will work with the two banks" (as
/// "collaborate" is). An outcome after "continue to" ("will continue to grow", "will begin to
/// fall") is no act of the body's, and "will work" alone ("the plan will work") tells no
/// cooperation. `w` are the clause's words, `v` the place of the verb.
fn continued_own_act(w: &[&str], v: usize, relative: bool) -> bool {
    match (w.get(v), w.get(v + 1)) {
        (Some(&("continue" | "begin" | "start")), Some(&"to")) => own_act_verb(w, v + 2, relative),
        (Some(&"work"), Some(next)) => {
            matches!(
                *next,
                "with" | "closely" | "together" | "jointly" | "alongside"
            )
        }
        _ => false,
    }
}

/// A body's own act (`own_act_in`) that its actor is reported to announce: the speaker is
/// the actor ("Acme said it will build a plant", "Acme will build a plant in Ohio, the
/// company said", "USAir said USAir will offer 12 daily flights"), or, with no speaker in
/// the sentence, the body that spoke in the sentence before is the subject ("Acme Corp said
/// it filed for an offering. It will redeem the debentures"). Issue 13: a plan announced by
/// whoever controls the outcome. With no reporting speaker ("The central bank will raise its
/// inflation target"), or another party's ("analysts said the bank will sell its stake"),
/// the act stays the writer's or the speaker's forecast. `clause` starts at `cs` in
/// `sentence`; `prior` is the sentence before in the same paragraph ("" if none).
pub(super) fn own_act_reported(
    (sentence, cs): (&str, usize),
    clause: &str,
    toks: &[Token<'_>],
    prior: &str,
) -> bool {
    let Some((from, m)) = own_act_subject(clause, toks) else {
        return false;
    };
    let subject: Vec<&str> = toks[from..m].iter().map(|t| t.0.as_ref()).collect();
    // The subject's capitalized words, lowered: "Dunmore Corp" gives "dunmore", "corp".
    let names: Vec<&str> = toks[from..m]
        .iter()
        .filter(|t| clause[t.1..].starts_with(|c: char| c.is_uppercase()) && t.0 != "the")
        .map(|t| t.0.as_ref())
        .collect();
    let actor = |speaker: &[Token<'_>], text: &str| {
        reporter_is_actor(&subject, &names, speaker, text)
            || officer_speaks(&subject, &names, speaker, prior)
    };
    // "Acme said (that) it will build": the speaker before the subject.
    let head = &sentence[..cs + toks[from].1];
    let htoks = tokens(head);
    let hw: Vec<&str> = htoks.iter().map(|t| t.0.as_ref()).collect();
    let mut k = hw.len();
    while k > 0
        && (matches!(hw[k - 1], "that" | "today" | "yesterday") || DAYS.contains(&hw[k - 1]))
    {
        k -= 1;
    }
    // "Acme said it signed an agreement under which it will sell ...", "Acme said its board
    // approved a plan under which the company will buy ...": the act is a term of what the
    // speaker reports of itself ("it", "its", "we", "our", or the subject's word right after
    // the verb of saying), so the speaker of the statement is the one to check.
    if k > 0 && matches!(hw[k - 1], "which" | "whereby") {
        // "The FDIC, which regulates banks, sought comment for 60 days, after which it will
        // adopt a rule": the next step of the body that opens the sentence, its own plan
        // (round 57). The opener, up to its comma, is a body or a name.
        if k >= 2 && matches!(hw[k - 2], "after" | "following") && matches!(subject[..], ["it"]) {
            let end = (0..k - 2)
                .find(|&j| head[htoks[j].2..htoks[j + 1].1].contains([',', ';']))
                .map_or(0, |j| j + 1);
            let np = &htoks[..end];
            let capital = |t: &Token<'_>| head[t.1..].starts_with(|c: char| c.is_uppercase());
            let body = np.iter().any(|t| {
                let y = t.0.as_ref();
                CONTROLLERS_SET.contains(y) || BODIES.contains(&y) || SUFFIXES.contains(&y)
            });
            let name = np
                .iter()
                .filter(|t| !matches!(t.0.as_ref(), "the" | "of" | "s" | "'s"))
                .all(capital)
                && !np.iter().any(|t| GENERIC_AGENTS.contains(&t.0.as_ref()));
            return !np.is_empty() && np.len() <= 5 && (body || name);
        }
        let Some(r) = (0..k - 1).rev().find(|&j| REPORTING.contains(&hw[j])) else {
            return false;
        };
        let own = hw[r + 1..k - 1]
            .iter()
            .find(|y| **y != "that")
            .is_some_and(|y| {
                matches!(*y, "it" | "its" | "we" | "our")
                    || (!matches!(*y, "the" | "a" | "an") && subject.contains(y))
            });
        if !own || r == 0 {
            return false;
        }
        let start = (0..r)
            .rev()
            .find(|&j| head[htoks[j].2..htoks[j + 1].1].contains([',', ';', ':']))
            .map_or(0, |j| j + 1)
            .max(r.saturating_sub(6));
        return actor(&htoks[start..r], head);
    }
    if k > 0 && REPORTING.contains(&hw[k - 1]) {
        let start = (0..k - 1)
            .rev()
            .find(|&j| head[htoks[j].2..htoks[j + 1].1].contains([',', ';', ':']))
            .map_or(0, |j| j + 1)
            .max((k - 1).saturating_sub(6));
        return actor(&htoks[start..k - 1], head);
    }
    // "..., the company said", "..., said the company", "..., Acme announced on Monday": the
    // speaker in the sentence's closing tag, after the act.
    let rest = &sentence[(cs + toks[m].2).min(sentence.len())..];
    if let Some(comma) = rest.rfind(',') {
        let tail = &rest[comma + 1..];
        let ttoks = tokens(tail);
        let tw: Vec<&str> = ttoks.iter().map(|t| t.0.as_ref()).collect();
        if let Some(p) = tw.iter().take(7).position(|y| REPORTING.contains(y)) {
            let speaker = if p == 0 {
                &ttoks[1..ttoks.len().min(6)]
            } else {
                &ttoks[..p]
            };
            let after_verb = &tw[p + 1..];
            let closes = p == 0
                || after_verb.iter().all(|y| {
                    matches!(*y, "on" | "in" | "a" | "statement" | "today" | "yesterday")
                        || DAYS.contains(y)
                });
            if closes && !tw[..p].iter().any(|y| matches!(*y, "will" | "would")) {
                return actor(speaker, tail);
            }
        }
    }
    // No speaker in the sentence: the body that spoke in the sentence before, if it is this
    // act's subject ("Acme Corp said ... It will redeem").
    let ptoks = tokens(prior);
    let pw: Vec<&str> = ptoks.iter().map(|t| t.0.as_ref()).collect();
    // "Separately, Fujitsu announced ...": an opening adverb is no part of the speaker.
    let lead = usize::from(
        ptoks.len() > 1
            && matches!(
                pw[0],
                "separately" | "meanwhile" | "elsewhere" | "also" | "earlier" | "later"
            )
            && prior[ptoks[0].2..ptoks[1].1].contains(','),
    );
    match pw.iter().take(8).position(|y| REPORTING.contains(y)) {
        Some(p) if p > lead && !prior[ptoks[lead].1..ptoks[p].1].contains([',', ';', ':']) => {
            let speaker = &ptoks[lead..p];
            actor(speaker, prior)
                || kind_names_speaker(&subject, speaker, &ptoks[p + 1..], prior)
                || party_of_deal(&names, &pw[p + 1..])
        }
        _ => parties_of_deal(&subject, &pw),
    }
}

/// Words that tell of a deal between bodies: its parties' acts told next are its terms.
const DEAL_WORDS: &[&str] = &[
    "deal",
    "agreement",
    "agreed",
    "tie-up",
    "alliance",
    "merger",
    "merge",
    "venture",
    "partnership",
    "pact",
    "forces",
    "selling",
    "sell",
    "sale",
    "transferring",
    "transfer",
    "buying",
    "acquiring",
];

/// "Moody's said it would review the ratings. The agency will also examine ...": a body
/// named again by its kind ("the agency", "the bank", "the company") after the one name that
/// spoke in the sentence before, which names no other body after its verb of saying, nor
/// the kind (round 57). `subject` are the act's words, `speaker` the tokens before the
/// verb of saying in `prior`, `after` those after it.
fn kind_names_speaker(
    subject: &[&str],
    speaker: &[Token<'_>],
    after: &[Token<'_>],
    prior: &str,
) -> bool {
    let kind = match subject {
        ["the", k] | ["the", _, k] => *k,
        _ => return false,
    };
    let is_kind = CONTROLLERS_SET.contains(kind)
        || BODIES.contains(&kind)
        || matches!(kind, "agency" | "commission" | "corporation" | "concern");
    let capital = |t: &Token<'_>| prior[t.1..].starts_with(|c: char| c.is_uppercase());
    let named = speaker.iter().any(|t| capital(t) && t.0 != "the")
        && !speaker.iter().any(|t| {
            FORECASTING_SPEAKERS.contains(&t.0.as_ref()) || SELF_ONLY.contains(&t.0.as_ref())
        });
    is_kind && named && !after.iter().any(|t| capital(t) || t.0 == kind)
}

/// "Fujitsu announced it is transferring its operations to Sharp. Sharp will inherit staff
/// ...": the named subject is the other party of a deal its partner announced in the
/// sentence before (`after` are that sentence's words after its verb of saying), so its
/// act is a term of the deal (round 57).
fn party_of_deal(names: &[&str], after: &[&str]) -> bool {
    !names.is_empty()
        && names.iter().all(|n| after.contains(n))
        && after.iter().any(|y| DEAL_WORDS.contains(y))
}

/// "The tie-up comes as prices fall. The two companies will collaborate in ...": the parties
/// of a deal the sentence before names, as "the two companies" or "both firms", doing what
/// the deal sets out (round 57). `prior` are that sentence's words.
fn parties_of_deal(subject: &[&str], prior: &[&str]) -> bool {
    both_parties(subject) && prior.iter().any(|y| DEAL_WORDS.contains(y))
}

/// "the two companies", "the two Japanese firms", "both groups": the parties of a deal.
fn both_parties(subject: &[&str]) -> bool {
    let plural = |y: &str| {
        matches!(
            y,
            "companies" | "firms" | "groups" | "banks" | "partners" | "carriers" | "airlines"
        )
    };
    match subject {
        ["both", k] => plural(k),
        ["the", "two" | "three" | "both", rest @ ..] => {
            (1..=2).contains(&rest.len()) && rest.last().is_some_and(|k| plural(k))
        }
        _ => false,
    }
}

/// Whether the speaker (`speaker`, tokens of `text`) of a body's own act is the body that
/// carries it out, the act's `subject` (its words, lowered; `names` the capitalized ones).
/// A pronoun subject ("it", "we") is any body or name that speaks; any other is spoken for
/// by a speaker sharing one of its words ("Acme ... Acme Corp said", "the bank ... a
/// spokesman for the bank said", "Skyway Airlines ... the airline said"), or, if it is a
/// company ("Dunmore Corp", "the company"), by a company named by its kind ("the company",
/// "the group"). Forecasters, persons ("analysts", "he") and other bodies ("the union
/// said the bank will cut jobs") are not the body.
fn reporter_is_actor(subject: &[&str], names: &[&str], speaker: &[Token<'_>], text: &str) -> bool {
    const COMPANY: &[&str] = &["company", "firm", "group", "corporation", "concern"];
    let sw: Vec<&str> = speaker.iter().map(|t| t.0.as_ref()).collect();
    if sw.is_empty()
        || sw
            .iter()
            .any(|y| FORECASTING_SPEAKERS.contains(y) || SELF_ONLY.contains(y))
    {
        return false;
    }
    let capital = |t: &Token<'_>| text[t.1..].starts_with(|c: char| c.is_uppercase());
    let named = speaker.iter().any(|t| capital(t) && t.0 != "the");
    let kind = sw
        .iter()
        .any(|y| CONTROLLERS_SET.contains(y) || BODIES.contains(y) || SUFFIXES.contains(y));
    if matches!(subject, ["it" | "we"]) {
        return named || kind;
    }
    // A word of the subject's, singular or plural ("airline", "airlines"), but no
    // determiner nor a bare suffix ("Corp" names no one company).
    let shared = sw.iter().any(|y| {
        !matches!(*y, "the" | "a" | "an" | "of" | "for" | "s" | "'s")
            && !SUFFIXES.contains(y)
            && subject.iter().any(|x| {
                x == y || x.strip_suffix('s') == Some(*y) || y.strip_suffix('s') == Some(*x)
            })
    });
    let by_kind = sw.iter().any(|y| COMPANY.contains(y));
    shared
        || if names.is_empty() {
            // "The company will close two mills" after "Acme Corp said".
            subject.iter().any(|x| COMPANY.contains(x))
                && (by_kind || sw.iter().any(|y| SUFFIXES.contains(y)))
        } else {
            // "Dunmore Corp will build a plant, the company said"; another name is another
            // company.
            (!named && by_kind) || state_officer(subject, speaker, text)
        }
}

/// "Chile will build a copper terminal near Antofagasta, Mines Minister Jorge Soto said": a
/// state, named by one word, whose own act its officer (a minister, a president, a
/// premier, a chancellor) announces (round 64, x64p; issue 13: a plan announced by whoever
/// controls the outcome). The officer serves that state where the words before the title
/// name no other (a portfolio, "Mines", "Science and Energy", but no nationality: "U.S. Trade
/// Representative", "Japanese Finance Minister", nor "of" another name): "Japan will open its
/// markets, U.S. Trade Secretary X said" is another state's official telling what Japan will
/// do, a forecast. `subject` are the act's words, `speaker` the tokens of `text` before the
/// verb of saying.
fn state_officer(subject: &[&str], speaker: &[Token<'_>], text: &str) -> bool {
    const TITLES: &[&str] = &["minister", "president", "premier", "chancellor"];
    let [state] = subject else {
        return false;
    };
    let sw: Vec<&str> = speaker.iter().map(|t| t.0.as_ref()).collect();
    let Some(title) = sw.iter().position(|y| TITLES.contains(y)) else {
        return false;
    };
    let capital = |t: &Token<'_>| text[t.1..].starts_with(|c: char| c.is_uppercase());
    // A nationality's adjective ("Japanese", "British", "Israeli", "German") or a bloc's or
    // state's abbreviation before the title.
    let foreign = |y: &str| {
        y.ends_with("an")
            || y.ends_with("ese")
            || y.ends_with("ish")
            || (y.ends_with('i') && y.len() > 3)
            || matches!(
                y,
                "u.s."
                    | "us"
                    | "uk"
                    | "ec"
                    | "eu"
                    | "soviet"
                    | "french"
                    | "dutch"
                    | "greek"
                    | "swiss"
                    | "thai"
                    | "czech"
                    | "opec"
            )
    };
    let other = speaker[..title]
        .iter()
        .any(|t| capital(t) && foreign(t.0.as_ref()))
        || sw
            .windows(2)
            .zip(speaker.windows(2))
            .any(|(p, t)| p[0] == "of" && capital(&t[1]) && p[1] != *state);
    !other
}

/// "He said Commercial Union will work closely with dealers": a person, told as "he" or
/// "she", speaking of a named body's own act (round 61). In wire news the person was named
/// before as the body's officer ("Barry Cameron-Smail, Commercial Union's treasurer,
/// said"); the act is the body's plan told by its voice. The subject names a body (a
/// capitalized name with a body's word or a company's suffix: "Commercial Union", "Dunmore
/// Corp"), and the sentence before in the paragraph (`prior`) names no forecaster ("an
/// analyst at Kestrel ... He said Dunmore Corp will sell": the analyst's call).
fn officer_speaks(subject: &[&str], names: &[&str], speaker: &[Token<'_>], prior: &str) -> bool {
    matches!(speaker, [t] if matches!(t.0.as_ref(), "he" | "she"))
        && !names.is_empty()
        && subject
            .iter()
            .any(|y| CONTROLLERS_SET.contains(y) || BODIES.contains(y) || SUFFIXES.contains(y))
        && !tokens(prior)
            .iter()
            .any(|t| FORECASTING_SPEAKERS.contains(&t.0.as_ref()))
}

/// Verbs by which a speaker reports what it will do ("said", "announced", "told").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "added",
    "stated",
    "confirmed",
    "disclosed",
    "told",
];

/// Acts a body carries out itself after a bare "will" (`own_act_in`).
const OWN_ACTS: &[&str] = &[
    "build",
    "buy",
    "offer",
    "pay",
    "redeem",
    "acquire",
    "purchase",
    "repurchase",
    "open",
    "close",
    "launch",
    "issue",
    "hire",
    "spend",
    "invest",
    "hold",
    "introduce",
    "establish",
    "form",
    "operate",
    "market",
    "distribute",
    "relocate",
    "appoint",
    "name",
    "resume",
    "suspend",
    "sponsor",
    "file",
    "submit",
    "tender",
    "lease",
    "lay",
    "convene",
    "seek",
    "fund",
    "finance",
    "extend",
    "examine",
    "review",
    "investigate",
    "receive",
    "adopt",
    "inherit",
    "collaborate",
    "cooperate",
    "use",
];

/// Changes a body makes to something of its own ("cut its jobs", "raise its prices").
/// "Sell" is one too: "will sell its stake" (its own) is a plan, "will sell every phone it
/// can build" (a market's verdict) is not.
const OWN_CHANGES: &[&str] = &[
    "cut", "raise", "lower", "increase", "reduce", "freeze", "boost", "trim", "double", "halve",
    "sell",
];

/// The endings of a company's name ("Dunmore Corp", "Hollis Industries Inc", "Skyway
/// Airlines"), which make it a body.
const SUFFIXES: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "co",
    "ltd",
    "plc",
    "ag",
    "sa",
    "spa",
    "nv",
    "llc",
    "industries",
    "holdings",
    "bancorp",
    "airlines",
    "airways",
    "motors",
];

/// Capitalized agents that open a sentence and name no one body ("Investors will buy",
/// "Consumers will spend"): what they will do is a forecast of many.
const GENERIC_AGENTS: &[&str] = &[
    "investors",
    "buyers",
    "sellers",
    "consumers",
    "shoppers",
    "customers",
    "households",
    "farmers",
    "traders",
    "voters",
    "people",
    "fans",
    "users",
    "others",
    "many",
    "some",
    "most",
    "all",
    "both",
    "banks",
    "companies",
    "firms",
    "airlines",
    "carriers",
    "retailers",
    "lenders",
    "insurers",
    "automakers",
    "manufacturers",
    "utilities",
    "governments",
    "unions",
    "employers",
    "workers",
    "shares",
    "stocks",
    "producers",
    "exporters",
    "importers",
    "prices",
    "markets",
    "americans",
    "britons",
    "everyone",
    "nobody",
    "somebody",
    "someone",
    "this",
    "that",
    "these",
    "those",
    "there",
    "which",
    "who",
];

/// Pronouns that name an agent only as "it" and "we" do in `own_act_in`, and persons who
/// speak for no body in `own_act_reported`.
const SELF_ONLY: &[&str] = &["he", "she", "they", "i", "you"];

/// Bodies that decide, besides `CONTROLLERS`: "the bakery chain", "the lender".
const BODIES: &[&str] = &[
    "bank",
    "union",
    "party",
    "chain",
    "retailer",
    "group",
    "lender",
    "insurer",
    "supermarket",
    "maker",
    "utility",
    "broadcaster",
    "federation",
    "association",
    "regulator",
    "cabinet",
];

/// The heads of a body who announce what it decides ("its chief executive", "the health
/// secretary", "the bank's governor").
const HEADS: &[&str] = &[
    "chief",
    "executive",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "minister",
    "secretary",
    "governor",
    "head",
    "director",
    "boss",
    "founder",
    "mayor",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
];

/// Steps a body decides ("will not raise prices", "will cut jobs", "will improve its offer").
const DECIDED: &[&str] = &[
    "raise",
    "cut",
    "lower",
    "increase",
    "reduce",
    "improve",
    "change",
    "freeze",
    "hold",
    "keep",
    "sell",
    "buy",
    "hire",
    "cancel",
    "scrap",
    "introduce",
    "accept",
    "reject",
    "sign",
    "pay",
    "offer",
    "appeal",
    "withdraw",
    "extend",
    "invest",
    "expand",
    "relocate",
    "drop",
    "restore",
    "axe",
    "sack",
    "dismiss",
    "lay",
    "recall",
    "refund",
    "honour",
    "honor",
    "match",
    "reverse",
    "abandon",
    "pursue",
    "proceed",
    "seek",
];

/// Speakers whose job is to foresee what others will do ("analysts in a poll said the
/// board will hold"): what they say will happen is their forecast, not an announced plan.
pub(super) const FORECASTING_SPEAKERS: &[&str] = &[
    "analysts",
    "economists",
    "forecasters",
    "strategists",
    // "A third economist said the bank would hike": one of them (audit 26, finding 5).
    "analyst",
    "economist",
    "forecaster",
    "strategist",
    "respondents",
    "participants",
    "experts",
    "observers",
    "pundits",
    "poll",
    "survey",
];

/// Whether `w` opens with the empty "it" of a likelihood ("it was unlikely there would be",
/// "it will not be possible to reach a deal"): no one announcing a plan of its own.
fn dummy_it(w: &[&str]) -> bool {
    w.first() == Some(&"it")
        && w.iter().skip(1).take(4).any(|y| {
            matches!(
                *y,
                "likely" | "unlikely" | "possible" | "impossible" | "probable" | "doubtful"
            )
        })
}

/// Verbs and adjectives that frame what someone foresees ("analysts predicted", "Cook says",
/// "they were positive", "economists believe"): the clause after them is that holder's
/// forecast, with or without a time frame.
const FORESEEING: &[&str] = &[
    "predict",
    "predicts",
    "predicted",
    "forecast",
    "forecasts",
    "expect",
    "expects",
    "expected",
    "anticipate",
    "anticipates",
    "anticipated",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "reckon",
    "reckons",
    "reckoned",
    "project",
    "projects",
    "projected",
    "estimate",
    "estimates",
    "estimated",
    "bet",
    "bets",
    "warn",
    "warns",
    "warned",
    "fear",
    "fears",
    "feared",
    "agree",
    "agrees",
    "positive",
    "confident",
    "sure",
    "convinced",
    "say",
    "says",
    "tell",
    "tells",
];
static FORESEEING_SET: WordSet = WordSet::new(FORESEEING);

/// A forecast reported of someone who holds it: "Hale says Greens could pick up 12 seats",
/// "analysts say the truce might not last", "economists predicted the board would cut rates",
/// "they were positive the truce would hold longer than the last", "Yellen said the economy will
/// slow", "diplomats told me a deal is likely by June". Before a modal or "will" of the clause
/// (or a bare "is likely"): a verb of foreseeing or of present saying,
/// or a past "said"/"told" before a plain "will", with a subject of one to eight words between
/// them. Not: a past "said ... would" (a plan, or a report of the past), a cue straight after
/// the verb ("says it will" is `announced_plan`'s), a judgement ("could be useful").
pub(super) fn reported_forecast(toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    w.iter().enumerate().any(|(i, cue)| {
        // "Diplomats told me a deal is likely by June": a likelihood said in the present of
        // the clause after a verb of saying is held as a plain "will" is.
        // "claimed that one in three homes were still likely to face rises": a past copula
        // before "likely to" and its verb is the speaker's present one, backshifted (round
        // 55); an adverb between is read past. A bare "was likely" stays a past judgement.
        let copula = (1..=2)
            .map(|d| i.checked_sub(d).map(|j| w[j]))
            .find(|x| !matches!(x, Some("still" | "also" | "now")))
            .flatten()
            .unwrap_or("");
        let present = matches!(copula, "is" | "are" | "remains" | "remain")
            || (matches!(copula, "was" | "were")
                && matches!(*cue, "likely" | "unlikely")
                && w.get(i + 1) == Some(&"to"));
        let plain_will = matches!(*cue, "will" | "won't")
            || cue.ends_with("'ll")
            || (matches!(*cue, "likely" | "unlikely" | "probable") && present)
            // "Officials said inflation is expected to ease", "analysts said the deal is
            // likely to close": a frame in the present after a verb of saying is the
            // speaker's expectation now, held as a plain "will" is.
            || (matches!(
                *cue,
                "expected" | "poised" | "projected" | "forecast" | "predicted" | "tipped"
            ) && present
                && w.get(i + 1) == Some(&"to"))
            // "The agency said there is a 60 percent chance of ...", "said the odds are 1 in
            // 3": a chance stated in the present, with its number.
            || (matches!(*cue, "chance" | "chances" | "odds" | "probability" | "likelihood")
                && w[i.saturating_sub(5)..i].iter().any(|x| matches!(*x, "is" | "are" | "'s"))
                && w[i.saturating_sub(5)..(i + 5).min(w.len())]
                    .iter()
                    .any(|x| x.ends_with('%') || matches!(*x, "percent" | "in")));
        if !(plain_will || matches!(*cue, "would" | "could" | "may" | "might" | "should")) {
            return false;
        }
        // "a cut in May": the month.
        if *cue == "may"
            && i > 0
            && matches!(
                w[i - 1],
                "in" | "by" | "of" | "until" | "since" | "early" | "late" | "mid" | "before"
            )
        {
            return false;
        }
        // "may have", "could not have": past modals; "could have a market value of $10bn"
        // is had, not a perfect (round 55).
        let had = w.get(i + 2).is_some_and(|o| {
            matches!(
                *o,
                "a" | "an" | "the" | "more" | "fewer" | "less" | "enough"
            ) || o.starts_with(|ch: char| ch.is_ascii_digit())
        });
        if (w.get(i + 1).is_some_and(|n| matches!(*n, "have" | "'ve")) && !had)
            || (w.get(i + 1) == Some(&"not") && w.get(i + 2) == Some(&"have"))
        {
            return false;
        }
        // "The pollster said the Greens would win 40 seats": a past "said ... would" of a
        // contest's outcome, with a subject that is not the speaker, is the speaker's call.
        let outcome_after = matches!(*cue, "would" | "could")
            && w.get(i + 1).is_some_and(|v| {
                matches!(
                    *v,
                    "win"
                        | "get"
                        | "gain"
                        | "lose"
                        | "take"
                        | "make"
                        | "grab"
                        | "secure"
                        | "sweep"
                        | "beat"
                        | "fall"
                        | "rise"
                        | "reach"
                        | "top"
                        | "finish"
                        // "said off-loading the unit would boost its profitability": an
                        // outcome's size (round 55).
                        | "boost"
                        | "improve"
                        | "lift"
                        | "hurt"
                        | "increase"
                        | "reduce"
                        | "double"
                )
            });
        // "said operating profits should improve": a bare "should" of a change its subject
        // undergoes, reported, is the speaker's call (round 58); "should improve its
        // service" and "should teach" are advice.
        let should_outcome = *cue == "should"
            && w.get(i + 1).is_some_and(|v| {
                matches!(
                    *v,
                    "improve"
                        | "rise"
                        | "fall"
                        | "recover"
                        | "grow"
                        | "decline"
                        | "ease"
                        | "rebound"
                        | "strengthen"
                        | "weaken"
                )
            })
            && !w.get(i + 2).is_some_and(|o| {
                matches!(
                    *o,
                    "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "your" | "my"
                )
            });
        let outcome_after = outcome_after || should_outcome;
        let Some(k) = w[..i].iter().rposition(|x| {
            FORESEEING_SET.contains(x)
                || ((plain_will || outcome_after)
                    && matches!(*x, "said" | "told" | "insisted" | "projected" | "claimed"))
        }) else {
            return false;
        };
        if outcome_after
            && !plain_will
            && matches!(w[k], "said" | "told" | "insisted" | "projected" | "claimed")
            && w[k + 1..i].iter().find(|x| **x != "that").is_some_and(|x| {
                matches!(
                    *x,
                    "it" | "he" | "she" | "they" | "we" | "i" | "you" | "its" | "their"
                )
            })
        {
            return false;
        }
        let subject = w[k + 1..i].iter().skip_while(|x| **x == "that").count();
        // "the expected cut", "than forecast", "the consensus estimate for earnings",
        // "sparking fears it might", "amid bets the bank would": the verb must report a
        // clause, not qualify or be a noun.
        // "..., but said margins should improve": a clause opened by the verb of saying,
        // its subject the sentence's, reports an outcome as well (round 58).
        let reporting = (k == 0 && outcome_after && !plain_will)
            || k > 0
                && !matches!(
                    w[k - 1],
                    "the"
                        | "a"
                        | "an"
                        | "to"
                        | "than"
                        | "consensus"
                        | "our"
                        | "their"
                        | "its"
                        | "amid"
                        | "over"
                        | "on"
                        | "of"
                        | "with"
                )
                && (!w[k - 1].ends_with("ing") || w[k - 1].len() <= 4)
                && !w.get(k + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "for"
                            | "of"
                            | "from"
                            | "in"
                            | "on"
                            | "at"
                            | "by"
                            | "to"
                            | "with"
                            | "is"
                            | "was"
                    )
                });
        // "could be useful", "will be key": a judgement, not an event.
        let judged = w.get(i + 1) == Some(&"be")
            && w.get(i + 2).is_some_and(|x| {
                EVALUATIVE.contains(x)
                    && !matches!(
                        *x,
                        "a" | "an" | "the" | "in" | "on" | "at" | "more" | "less"
                    )
            });
        reporting && (1..=8).contains(&subject) && !judged
    })
}

/// A first-person promise ("We will fight until the last game", "We will update these calls
/// in July"): the author's intent, not a forecast about the world. So is what the writer
/// will come to know, contracted or not ("although we'll have a clearer view of the odds in
/// the coming weeks"): no event is foreseen (round 47).
/// Read from the tokens of the clause, made once by the caller.
pub(super) fn promise_in(toks: &[Token<'_>]) -> bool {
    toks.windows(2).any(|p| {
        matches!(p[0].0.as_ref(), "we" | "i")
            && matches!(p[1].0.as_ref(), "will" | "won't" | "shall")
    }) || toks.iter().any(|t| {
        matches!(
            t.0.as_ref(),
            "we'll" | "i'll" | "we\u{2019}ll" | "i\u{2019}ll"
        )
    }) || own_second_verb(toks)
        || toks.windows(3).any(|p| {
            // "I'm not going to predict the score", "we're going to update this in July".
            matches!(p[0].0.as_ref(), "i'm" | "we're")
                && (p[1].0 == "going" || (p[1].0 == "not" && p[2].0 == "going"))
        })
}

/// "I tracked everyone's bet and will hand out the prizes in January": a second verb of the
/// writer's own ("I"/"we", then a verb that is no belief, then "and will"), what they will do.
fn own_second_verb(toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    w.iter().enumerate().any(|(i, x)| {
        matches!(*x, "i" | "we")
            && w[i + 1..].iter().enumerate().any(|(d, y)| {
                let j = i + 1 + d;
                *y == "and"
                    && w.get(j + 1)
                        .is_some_and(|n| matches!(*n, "will" | "won't" | "shall"))
                    && (1..=6).contains(&d)
                    && !w[i + 1..j].iter().any(|z| {
                        FORESEEING_SET.contains(z)
                            || matches!(
                                *z,
                                "will"
                                    | "would"
                                    | "that"
                                    | "he"
                                    | "she"
                                    | "they"
                                    | "it"
                                    | "guess"
                                    | "suspect"
                                    | "doubt"
                                    | "hope"
                            )
                    })
            })
    })
}

/// An instruction or description addressed to the reader ("Swiping left will archive the
/// notes you no longer need"): how something works, not a forecast, unless it has a date.
/// Read from the tokens of the clause, made once by the caller.
pub(super) fn generic_in(toks: &[Token<'_>]) -> bool {
    toks.iter()
        .any(|t| matches!(t.0.as_ref(), "you" | "your" | "you'll" | "you're"))
}

/// Advice ("you should", "investors should consider", "we must act"): what someone ought to
/// do, not what will happen, with or without a date ("you should lock in a rate before the
/// end of the month"). "We should see rates fall by June" and "they should win" forecast.
#[cfg(test)]
pub(super) fn advice(clause: &str) -> bool {
    advice_in(&tokens(clause))
}

/// `advice` over the tokens of the clause, already made by the caller.
pub(super) fn advice_in(toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    w.windows(3).any(|p| {
        let reader = matches!(
            p[0],
            "you"
                | "investors"
                | "people"
                | "everyone"
                | "one"
                | "readers"
                | "buyers"
                | "savers"
                | "consumers"
                | "homeowners"
                | "shoppers"
                | "travelers"
                | "travellers"
                | "parents"
        );
        let speaker = matches!(p[0], "we" | "i")
            && !matches!(
                p[2],
                "see" | "expect" | "get" | "know" | "hear" | "have" | "be" | "find" | "learn"
            );
        // "Investors should expect a cut in June": the writer's forecast, told to the
        // reader (`claims` keeps what is expected; audit 27, item 7).
        (reader && p[2] != "expect" || speaker)
            && matches!(p[1], "should" | "shouldn't" | "must" | "ought")
    }) || told_to_act(&w)
        || (w.len() == 2
        && matches!(w[0], "you" | "we")
        && matches!(w[1], "should" | "shouldn't" | "must"))
        // "If you can think of a better wording, please let me know before January 7th": a
        // request to the reader, not a forecast ("the deal will please investors" is one).
        || w.iter().enumerate().any(|(i, &x)| {
            x == "please"
                && i.checked_sub(1).is_none_or(|j| {
                    !matches!(
                        w[j],
                        "will" | "would" | "could" | "may" | "might" | "to" | "should" | "won't"
                    )
                })
        })
}

/// A group of people told to do something of their own: "Defendants should file their
/// appeals before the spring deadline", "Tenants must renew their leases by June", "Patients
/// should get their flu shots before December" (audit 27, item 7). Told apart from a
/// forecasting "should" ("the deal should close by June", "prices should rise next year",
/// "the company should report a loss") by both its subject, a noun of people (a closed list,
/// or a plural in "-ants"/"-ents": "applicants", "residents"), and its verb, an act the
/// subject chooses to do (a closed list; "get", "take" and "keep" only before a possessive:
/// "should get a boost" may be a forecast).
fn told_to_act(w: &[&str]) -> bool {
    let people = |x: &str| {
        matches!(
            x,
            "voters"
                | "drivers"
                | "employers"
                | "employees"
                | "workers"
                | "taxpayers"
                | "borrowers"
                | "retirees"
                | "users"
                | "customers"
                | "owners"
                | "landlords"
                | "renters"
                | "farmers"
                | "families"
                | "households"
                | "motorists"
                | "passengers"
                | "visitors"
                | "tourists"
                | "fans"
                | "members"
                | "lawyers"
                | "doctors"
                | "patients"
                | "students"
                | "teachers"
                | "landowners"
                | "businesses"
        ) || (x.len() > 6 && (x.ends_with("ants") || x.ends_with("ents")))
    };
    let act = |v: &str, next: &str| {
        matches!(
            v,
            "file"
                | "apply"
                | "submit"
                | "register"
                | "book"
                | "buy"
                | "sell"
                | "check"
                | "consider"
                | "avoid"
                | "wait"
                | "prepare"
                | "plan"
                | "call"
                | "contact"
                | "seek"
                | "ask"
                | "renew"
                | "update"
                | "act"
                | "stock"
                | "lock"
                | "vote"
                | "enroll"
                | "enrol"
                | "sign"
                | "claim"
                | "request"
                | "save"
                | "review"
        ) || (matches!(v, "get" | "take" | "keep")
            && matches!(next, "their" | "your" | "his" | "her" | "our"))
    };
    w.iter().enumerate().any(|(i, x)| {
        if !matches!(*x, "should" | "must" | "ought") || i == 0 || !people(w[i - 1]) {
            return false;
        }
        // "ought to file", "should also file", "must promptly file".
        let mut j = i + 1;
        while w.get(j).is_some_and(|v| {
            matches!(*v, "to" | "also" | "still" | "now" | "first")
                || v.ends_with("ly") && !matches!(*v, "likely" | "only")
        }) {
            j += 1;
        }
        w.get(j)
            .is_some_and(|v| act(v, w.get(j + 1).copied().unwrap_or("")))
    })
}

/// What a policy-maker ought to do ("The Fed should cut rates in December", "believes the
/// Riksbank should hike on Thursday"): a normative "should", no forecast, unless the
/// sentence names a verb of forecasting, or forecasters without a verb of opinion ("The Fed
/// should cut rates in December, economists said"; round 47). Told apart from a forecasting
/// "should" ("the deal should close by June", "inflation should ease next year") by both its
/// subject, the body that sets the policy (a noun from the closed list below, read in the
/// preview shapes of audit 30, or a capitalized name right before "should" that does not
/// open the clause and follows no preposition: "the Bank of England", "the Riksbank"), and
/// its verb, a policy act that body chooses (a closed list: rate moves, bans, reversals).
/// `toks` are the clause's tokens, `sentence` the whole sentence's.
pub(super) fn policy_advice_in(clause: &str, toks: &[Token<'_>], sentence: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let body = |x: &str| {
        matches!(
            x,
            "fed"
                | "bank"
                | "government"
                | "governments"
                | "ministry"
                | "regulator"
                | "regulators"
                | "council"
                | "congress"
                | "parliament"
                | "lawmakers"
                | "authorities"
                | "administration"
                | "policymakers"
        )
    };
    let named = |j: usize| {
        j > 0
            && clause
                .get(toks[j].1..)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
    };
    let act = |v: &str| {
        matches!(
            v,
            "cut"
                | "hike"
                | "raise"
                | "lower"
                | "ease"
                | "tighten"
                | "intervene"
                | "ban"
                | "scrap"
                | "reverse"
                | "pause"
                | "abandon"
                | "reconsider"
                | "rethink"
        )
    };
    // The name is the subject, not a place after a preposition ("inflation in Britain
    // should ease" forecasts).
    let named_subject = |i: usize| {
        if i < 2 || !named(i - 1) {
            return false;
        }
        let mut k = i - 1;
        while k > 1 && (named(k - 1) || w[k - 1] == "of") {
            k -= 1;
        }
        !matches!(
            w[k - 1],
            "in" | "at" | "for" | "from" | "of" | "on" | "with" | "across" | "to" | "by"
        )
    };
    let advice = w.iter().enumerate().any(|(i, x)| {
        *x == "should"
            && i > 0
            && (body(w[i - 1]) || named_subject(i))
            && w.get(i + 1).is_some_and(|v| act(v))
    });
    // "Economist Anna Berg believes the Riksbank should hike": a forecaster's opinion of
    // what ought to be done is still advice.
    let opinion = sentence.iter().any(|t| {
        matches!(
            t.0.as_ref(),
            "believe"
                | "believes"
                | "think"
                | "thinks"
                | "argue"
                | "argues"
                | "argued"
                | "urge"
                | "urges"
                | "urged"
                | "want"
                | "wants"
        )
    });
    advice
        && !sentence.iter().any(|t| {
            let x = t.0.as_ref();
            (FORECASTING_SPEAKERS.contains(&x) && !opinion)
                || x.starts_with("expect")
                || x.starts_with("predict")
                || x.starts_with("forecast")
                || x.starts_with("anticipat")
        })
}

/// The terms of a plan, deal or law ("Under the plan, the city will spend $2 billion on
/// roads", "Under the agreement, hostages would be freed in stages"): what its parties
/// commit to, not a forecast.
#[cfg(test)]
pub(super) fn terms_of_plan(sentence: &str) -> bool {
    terms_of_plan_in(&tokens(sentence))
}

/// `terms_of_plan` over the tokens of the sentence, already made by the caller.
pub(super) fn terms_of_plan_in(toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    w.first() == Some(&"under")
        && w.iter().skip(1).take(5).any(|x| {
            matches!(
                *x,
                "plan"
                    | "plans"
                    | "deal"
                    | "agreement"
                    | "proposal"
                    | "law"
                    | "bill"
                    | "rules"
                    | "terms"
                    | "contract"
                    | "scheme"
                    | "program"
                    | "programme"
                    | "arrangement"
                    | "accord"
                    | "budget"
                    | "framework"
                    | "settlement"
                    | "ceasefire"
                    | "truce"
                    | "policy"
                    | "legislation"
                    | "measure"
                    | "order"
                    | "regulations"
                    | "treaty"
                    | "pact"
                    | "compact"
            )
        })
}

/// A forecast reported in the past about a time already past ("In 2019, the company
/// predicted it would double sales by 2021", "Ahead of the 2008 slump, they put a 19%
/// probability on it", "the odds jumped to 41% in May 2012"): resolved before publication,
/// or superseded; not a forecast of the article. Needs a year before `year` (the publication
/// year) in the clause and a stated number or a verb of past forecasting; the caller checks
/// that no time phrase of the clause lies ahead.
#[cfg(test)]
pub(super) fn past_report(clause: &str, year: i32, number: bool) -> bool {
    past_report_in(&tokens(clause), year, number)
}

/// `past_report` over the tokens of the clause, already made by the caller.
pub(super) fn past_report_in(toks: &[Token<'_>], year: i32, number: bool) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let past_year = w.iter().any(|x| {
        x.len() == 4
            && x.bytes().all(|b| b.is_ascii_digit())
            && x.parse::<i32>().is_ok_and(|y| y > 1900 && y < year)
    });
    // "is also expected to fall from 27% in 2013 to 26%", "has predicted a win surpassing
    // the 1997 landslide": a forecast held now (present or present perfect), the past year
    // only its baseline.
    let held_now = |i: usize| {
        w[..i]
            .iter()
            .rev()
            .find(|y| !matches!(**y, "also" | "now" | "still" | "widely" | "generally"))
            .is_some_and(|y| matches!(*y, "is" | "are" | "am" | "has" | "have"))
    };
    past_year
        && (number
            || w.iter().enumerate().any(|(i, x)| {
                !held_now(i)
                    && matches!(
                        *x,
                        "predicted"
                            | "expected"
                            | "forecast"
                            | "projected"
                            | "estimated"
                            | "anticipated"
                            | "assigned"
                            | "gave"
                            | "pegged"
                            | "saw"
                            | "said"
                            | "thought"
                            | "believed"
                            | "warned"
                            | "predicting"
                            | "expecting"
                    )
            }))
}

/// Adverbs that can stand between "will" and its verb without changing what is said ("will
/// also meet", "will formally take effect").
const BETWEEN: &[&str] = &[
    "also",
    "again",
    "then",
    "first",
    "formally",
    "officially",
    "now",
    "once",
    "finally",
    "jointly",
    "separately",
    "publicly",
    "each",
    "both",
    "all",
    "only",
    "briefly",
    "reportedly",
    "soon",
    "shortly",
];

/// Nouns of appointments ("hold its annual meeting", "hold a hearing").
const APPOINTMENTS: &[&str] = &[
    "meeting",
    "meetings",
    "hearing",
    "hearings",
    "vote",
    "votes",
    "conference",
    "summit",
    "election",
    "elections",
    "referendum",
    "talks",
    "rally",
    "event",
    "briefing",
    "ceremony",
    "session",
    "sessions",
    "auction",
    "ballot",
    "primary",
    "debate",
    "funeral",
    "concert",
    "parade",
    "festival",
    "tournament",
    "trial",
    "call",
    "celebration",
    "memorial",
    "retreat",
    "presser",
    "roundtable",
    "webinar",
];

/// Nouns of documents an institution issues on its calendar ("publish its next report",
/// "report second-quarter results", "announce its decision").
const ISSUES: &[&str] = &[
    "report",
    "reports",
    "results",
    "earnings",
    "figures",
    "data",
    "minutes",
    "decision",
    "statement",
    "budget",
    "projections",
    "review",
    "findings",
    "verdict",
    "ruling",
    "numbers",
    "accounts",
    "update",
    "estimates",
    "survey",
    "index",
    "transcript",
    "schedule",
    "lineup",
    "squad",
    "roster",
    "nominations",
    "nominees",
    "winners",
    "winner",
    "shortlist",
];

/// Places a film or show plays in ("will play in 2,200 theaters").
const VENUES: &[&str] = &[
    "theaters",
    "theatres",
    "cinemas",
    "locations",
    "screens",
    "venues",
    "imax",
    "3d",
    "fps",
];

/// What a plain future says is scheduled (`w`: the words after "will" and its adverbs): `Some(false)` when the verb names an appointment
/// by itself ("take place", "take effect", "meet", "vote on", "hold a hearing", "publish its
/// report", "be held"), `Some(true)` when it does only with a day or hour ("open", "launch",
/// "face", "be announced" ... "on June 1"), `None` for any other verb.
fn scheduled_verb(w: &[&str]) -> Option<bool> {
    let at = |i: usize| w.get(i).copied().unwrap_or("");
    let within =
        |from: usize, n: usize, set: &[&str]| w.iter().skip(from).take(n).any(|x| set.contains(x));
    match at(0) {
        "take" if matches!(at(1), "place" | "effect") => Some(false),
        "come" | "go" if at(1) == "into" && matches!(at(2), "force" | "effect") => Some(false),
        "go" if at(1) == "on" && matches!(at(2), "sale" | "display" | "air") => Some(false),
        "go" if at(1) == "live" => Some(false),
        // "A strike at the depot will go ahead at the end of this week": a planned event
        // that proceeds as those who called it decided, told as news; their own act, no
        // forecast ("will probably go ahead" is hedged and stays one; round 47).
        "go" if at(1) == "ahead" => Some(false),
        "go" | "head" if at(1) == "to" && at(3) == "polls" => Some(false),
        "kick" if at(1) == "off" => Some(false),
        "be" => match at(1) {
            // "will be up against the champions on Saturday": a fixture, with its day.
            "up" if at(2) == "against" => Some(true),
            "held" | "played" | "staged" | "broadcast" | "televised" | "aired" | "streamed"
            | "screened" | "sworn" | "inaugurated" | "heard" | "treated" | "convened" | "tried"
            | "sentenced" | "arraigned" => Some(false),
            "published" | "released" | "announced" | "unveiled" | "presented" | "revealed"
            | "priced" | "decided" | "opened" | "launched" | "named" | "shown" | "updated"
            | "revised" | "reviewed" => Some(true),
            // "The vote will be on Tuesday", "the hearing will be at 10 a.m.": the copula
            // with the appointment's own day or hour, nothing else said of the subject.
            "on" if DAYS.contains(&at(2)) || (MONTHS.contains(&at(2)) && number(at(3))) => {
                Some(false)
            }
            "at" if number(at(2)) && CLOCK.contains(&at(3)) => Some(false),
            "at" if matches!(at(2), "noon" | "midnight") => Some(false),
            // "The new rules will be in effect from January 1", "the museum will be closed on
            // Monday", "the phone will be available on September 21": a state that starts
            // on an appointed day, as its owner has fixed it.
            "in" if matches!(at(2), "effect" | "force" | "place" | "session") => Some(true),
            "closed" | "shut" | "open" | "available" | "live" => Some(true),
            _ => None,
        },
        // "Talks will resume on Monday", "the truce will expire on Friday": the calendar of
        // something already under way, with its day.
        "resume" | "expire" => Some(true),
        "meet" => {
            // "meet its target" is an outcome; "meet with", "meet again", "meet on" are not.
            if matches!(
                at(1),
                "its" | "their" | "his" | "her" | "a" | "an" | "the" | "expectations" | "demand"
            ) {
                Some(true)
            } else {
                Some(false)
            }
        }
        "convene" | "reconvene" | "testify" | "adjourn" | "recess" | "preside" | "travel"
        | "visit" | "tour" | "attend" | "host" | "address" | "speak" => Some(false),
        // "is set to discuss the budget on May 9": a talk on the calendar, with its time.
        "discuss" | "debate" | "brief" => Some(true),
        // "vote on the bill next week", not "vote to hold rates" (an outcome).
        "vote" if !matches!(at(1), "to" | "for" | "against" | "down" | "through") => Some(false),
        "hold" if within(1, 4, APPOINTMENTS) => Some(false),
        "hear"
            if within(
                1,
                3,
                &["case", "arguments", "appeal", "challenge", "testimony"],
            ) =>
        {
            Some(false)
        }
        "publish" | "release" | "issue" | "report" | "announce" | "unveil" | "present"
        | "deliver" | "post" | "table" | "name" | "reveal"
            if within(1, 5, ISSUES) =>
        {
            Some(false)
        }
        "play" if within(1, 5, VENUES) => Some(false),
        // An offering's pricing, a release on its day.
        "price" | "pricing" | "publication" => Some(true),
        // "will attempt the next test flight on December 9": a try on its appointed day;
        // "will certify the results on December 15": an official's act on its day.
        "open" | "reopen" | "launch" | "start" | "begin" | "debut" | "premiere" | "air"
        | "face" | "play" | "appear" | "announce" | "unveil" | "release" | "close" | "attempt"
        | "certify" => Some(true),
        // A timetable's movements with their hour or day: "will lift off at 10:15 a.m. on
        // Thursday", "the train will depart at 9 a.m. on Monday" (audit 28, E28).
        "lift" | "take" | "blast" if at(1) == "off" => Some(true),
        "depart" | "arrive" | "dock" | "sail" | "embark" | "disembark" => Some(true),
        _ => None,
    }
}

/// A schedule reported as expected: "the firms are expected to release their earnings this
/// week", "Acme is expected to report quarterly results on Tuesday", "the offering is
/// expected to be priced Thursday night". What is expected is the appointment, not an
/// outcome: an issuing verb with its document and no figure or comparison after it ("is
/// expected to post earnings of $1.79 a share" and "to report higher earnings" forecast), or
/// an offering priced on a named day.
pub(super) fn expected_schedule_in(clause: &str, toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let Some(i) = w.windows(2).position(|p| p == ["expected", "to"]) else {
        return false;
    };
    let mut v = i + 2;
    while w.get(v).is_some_and(|x| BETWEEN.contains(x)) {
        v += 1;
    }
    let Some(verb) = w.get(v) else {
        return false;
    };
    if *verb == "be" {
        return w.get(v + 1) == Some(&"priced") && appointed_time(&w[v..]);
    }
    // "are expected to find out on Wednesday if they will be banned": what is expected is
    // the day an answer is given, on the calendar; the answer itself is a question.
    if matches!(*verb, "find" | "learn" | "hear" | "know" | "discover")
        && w[v + 1..]
            .iter()
            .take(6)
            .any(|x| matches!(*x, "if" | "whether"))
    {
        return true;
    }
    if !matches!(
        *verb,
        "release" | "report" | "post" | "publish" | "issue" | "announce"
    ) {
        return false;
    }
    // The document, past determiners and the period it covers ("their second-quarter
    // results", "its Q2 earnings"): no adjective ("higher earnings") between.
    let period = |x: &str| {
        matches!(
            x,
            "its"
                | "their"
                | "his"
                | "her"
                | "the"
                | "a"
                | "an"
                | "quarterly"
                | "annual"
                | "monthly"
                | "weekly"
                | "fiscal"
                | "interim"
                | "latest"
                | "next"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "quarter"
                | "full-year"
                // "to release final holiday results" (round 21): which results, no
                // outcome.
                | "final"
                | "preliminary"
                | "provisional"
                | "official"
                | "holiday"
                | "half-year"
                | "year-end"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
        ) || x.ends_with("-quarter")
            || x.ends_with("-half")
            || (x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit()))
    };
    let Some(d) = w[v + 1..].iter().take(5).position(|x| ISSUES.contains(x)) else {
        return false;
    };
    if !w[v + 1..v + 1 + d].iter().all(|x| period(x)) {
        return false;
    }
    let rest = &clause[toks[v + 1 + d].2..];
    let figure = rest.contains(['$', '%', '\u{20ac}', '\u{a3}'])
        || w[v + 2 + d..].iter().any(|x| {
            matches!(
                *x,
                "percent"
                    | "cents"
                    | "million"
                    | "billion"
                    | "share"
                    | "higher"
                    | "lower"
                    | "record"
            )
        });
    !figure
}

/// Days that name an appointment's date by themselves.
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tomorrow",
    "tonight",
    "today",
    "noon",
    "midnight",
];
/// Month names, in full and abbreviated.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that make a number an hour of the clock ("10 a.m.", "8 pm", "9 GMT").
const CLOCK: &[&str] = &["a.m", "p.m", "am", "pm", "gmt", "et"];

/// Whether a word begins with a digit ("3", "10", "2,200").
fn number(x: &str) -> bool {
    x.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a word is a day of the month written before its month: "12" (1 to 31) or an
/// ordinal ("3rd", "21st").
fn day_of_month(x: &str) -> bool {
    let n = x.bytes().take_while(u8::is_ascii_digit).count();
    let (day, suffix) = x.split_at(n);
    (1..=2).contains(&n)
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        && day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Where a day-first date ends at the month `w[i]` ("12 March", "the 3rd of May", "on 1
/// April"): the index of its first word (the day, or "the" before it), or None. "May" after
/// a number is a date only after "on" ("on 12 May"): "the 12 may decide" is a modal.
fn day_first(w: &[&str], i: usize) -> Option<usize> {
    if !MONTHS.contains(&w[i]) {
        return None;
    }
    let day = if i > 1 && w[i - 1] == "of" && day_of_month(w[i - 2]) {
        i - 2
    } else if i > 0 && day_of_month(w[i - 1]) && (w[i] != "may" || i > 1 && w[i - 2] == "on") {
        i - 1
    } else {
        return None;
    };
    Some(if day > 0 && w[day - 1] == "the" {
        day - 1
    } else {
        day
    })
}

/// Whether `w` (the clause's words) names a day or an hour ("on Monday", "March 3", "on 12
/// March", "the 3rd of May", "at 8 a.m.", "tomorrow", "this weekend") that is not a deadline
/// ("by Monday", "by 12 March").
fn appointed_time(w: &[&str]) -> bool {
    (0..w.len()).any(|i| {
        // A day-first date is read from its first word: what stands before the day decides.
        if let Some(start) = day_first(w, i) {
            let prev = if start > 0 { w[start - 1] } else { "" };
            return !matches!(prev, "by" | "before" | "until" | "till" | "than");
        }
        let prev = if i > 0 { w[i - 1] } else { "" };
        let next = w.get(i + 1).copied().unwrap_or("");
        let deadline = matches!(prev, "by" | "before" | "until" | "till" | "than")
            || (i > 1 && matches!(w[i - 2], "by" | "before" | "until" | "till"));
        let point = DAYS.contains(&w[i])
            || (MONTHS.contains(&w[i]) && number(next))
            || (matches!(w[i], "weekend") && matches!(prev, "this" | "next"))
            || (matches!(w[i], "at" | "from") && number(next))
            || (number(w[i]) && CLOCK.contains(&next));
        point && !deadline
    })
}

/// A schedule stated as fact: the plain future (`will`, `is set to`) of an appointment ("the
/// bank will publish its next report on March 3", "the court will hear the case on Monday",
/// "the new rules will take effect on January 1", "the film is set to play in 2,200 theaters
/// this weekend"). Issue 13's labeling rules: a scheduled event stated as fact is not a
/// forecast. A deadline ("will open by June") keeps it a forecast; every plain future of the
/// clause must be such an appointment ("will meet on Monday and will raise rates" is one).
#[cfg(test)]
pub(super) fn schedule(clause: &str) -> bool {
    schedule_in(&tokens(clause))
}

/// `schedule` over the tokens of the clause, already made by the caller.
pub(super) fn schedule_in(toks: &[Token<'_>]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let timed = appointed_time(&w);
    let mut any = false;
    for (i, x) in w.iter().enumerate() {
        let after = match *x {
            "will" | "shall" => &w[i + 1..],
            x if x.ends_with("'ll") => &w[i + 1..],
            // "is set for pricing Monday night": the noun of an appointment.
            "set" | "due"
                if w.get(i + 1) == Some(&"for")
                    && i > 0
                    && matches!(w[i - 1], "is" | "are" | "was" | "now")
                    && matches!(
                        w.get(i + 2),
                        Some(&("pricing" | "release" | "launch" | "debut" | "publication"))
                    ) =>
            {
                &w[i + 2..]
            }
            "set" | "due"
                if w.get(i + 1) == Some(&"to")
                    && i > 0
                    && (matches!(w[i - 1], "is" | "are" | "it's" | "'s" | "now" | "was")
                        // "he's", "they're": the copula contracted onto its subject.
                        || w[i - 1].ends_with("'s")
                        || w[i - 1].ends_with("'re")) =>
            {
                &w[i + 2..]
            }
            _ => continue,
        };
        // The verb after "will" and its adverbs ("will also travel", "will again be").
        let verb = &after[after.iter().take_while(|x| BETWEEN.contains(x)).count()..];
        if held_where(&w[..i], verb) || appearance_at_event(verb) {
            any = true;
            continue;
        }
        match scheduled_verb(verb) {
            Some(needs_time) if !needs_time || timed => any = true,
            _ => return false,
        }
    }
    any
}

/// Events a calendar places ("the first leg", "the summit", "the final").
const EVENTS: &[&str] = &[
    "leg",
    "final",
    "finals",
    "semi-final",
    "semifinal",
    "match",
    "game",
    "race",
    "meeting",
    "summit",
    "conference",
    "ceremony",
    "tournament",
    "concert",
    "show",
    "festival",
    "premiere",
    "launch",
    "rally",
    "hearing",
    "trial",
    "talks",
    "round",
    "stage",
    "fixture",
    "tie",
    "event",
    "congress",
    "convention",
    "opening",
    "gala",
    "parade",
    "debate",
    "tour",
    "exhibition",
];

/// States said with "in"/"at" that are no place: "the final will be in doubt", "the talks
/// will be at risk" are outcomes.
const NO_PLACE: &[&str] = &[
    "doubt",
    "vain",
    "trouble",
    "jeopardy",
    "danger",
    "question",
    "limbo",
    "balance",
    "focus",
    "disarray",
    "chaos",
    "crisis",
    "stake",
    "risk",
    "odds",
    "play",
    "charge",
    "contention",
    "form",
    "shape",
    "good",
    "full",
    "effect",
    "force",
    "place",
    "session",
    "lead",
    "hands",
    "mix",
    "running",
    "spotlight",
    "works",
    "pipeline",
    "offing",
];

/// Where an event of the calendar is held, stated as fact: "the first leg will be in
/// Istanbul", "the summit will be held at the castle" (subject `subj`, words `w` after its
/// "will"). What the event will be like ("the final will be in doubt") is not a place.
fn held_where(subj: &[&str], w: &[&str]) -> bool {
    let noun = subj.last().is_some_and(|x| EVENTS.contains(x));
    let place = match w {
        ["be", "in" | "at", rest @ ..] => rest
            .iter()
            .find(|x| !matches!(**x, "the" | "a" | "an"))
            .is_some_and(|x| !NO_PLACE.contains(x)),
        _ => false,
    };
    noun && place
}

/// An appearance at an event of the calendar, stated as fact: "the minister will again be in
/// the public eye at the party's poster launch", "she will be at the summit": where someone
/// is to be, not an outcome ("will be at the heart of the talks" is no appearance).
fn appearance_at_event(w: &[&str]) -> bool {
    if w.first() != Some(&"be") {
        return false;
    }
    let Some(at) = w.iter().take(7).position(|x| *x == "at") else {
        return false;
    };
    const ROLE: &[&str] = &[
        "heart",
        "centre",
        "center",
        "forefront",
        "top",
        "bottom",
        "mercy",
        "helm",
        "end",
        "start",
        "risk",
        "odds",
        "stake",
        "head",
        "core",
        "root",
    ];
    let rest = &w[at + 1..];
    let Some(e) = rest.iter().take(5).position(|x| EVENTS.contains(x)) else {
        return false;
    };
    const LINKS: &[&str] = &[
        "of", "during", "in", "on", "for", "after", "before", "with", "by", "than", "to",
    ];
    !rest[..e]
        .iter()
        .any(|x| ROLE.contains(x) || LINKS.contains(x))
}

/// A past call whose holder is a forecasting trade, named just before its verb ("the
/// economists forecasted home-price growth to slow", "Analysts expected earnings to fall 7%
/// to $3.09 a share"): the trade's published call (a survey's, a consensus's), which news
/// tells in the past tense while it still stands; a forecast with or without a time frame
/// (round 63). "Expected" is that only with the call's figure after it: "the economists
/// expected the rally to fade" may be what they thought then. Not one person's ("he
/// expected", "one analyst expected": those need their time ahead), not few or none ("few
/// economists predicted"), not a call from before ("had expected").
pub(super) fn forecasters_call(
    before_w: &[std::borrow::Cow<'_, str>],
    phrase: &str,
    after: &str,
) -> bool {
    let published = match phrase {
        "predicted ... to" | "forecast ... to" => true,
        "expected ... to" => after.contains(|c: char| c.is_ascii_digit()),
        _ => false,
    };
    let holder = before_w.iter().rev().find(|w| {
        !matches!(
            w.as_ref(),
            "also" | "still" | "generally" | "broadly" | "widely"
        )
    });
    published
        && holder.is_some_and(|w| {
            matches!(
                w.as_ref(),
                "analysts" | "economists" | "forecasters" | "strategists"
            )
        })
        && !before_w.iter().any(|w| {
            matches!(
                w.as_ref(),
                "few" | "no" | "none" | "nobody" | "one" | "had" | "not" | "never" | "some"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "I would expect X to ...": the speaker's own expectation said politely is a forecast
    /// without a time frame, like "I expect"; "one would expect" and "you would expect" are
    /// not (issue 13 recall, X12).
    #[test]
    fn an_own_would_expect_is_a_forecast() {
        let d = "2025-11-10".parse().unwrap();
        let got = |t: &str| crate::extract::odds_and_deadlines(t, d);
        assert_eq!(
            got("I would expect the Liberals to gain around 30 seats from the Greens."),
            vec![(0.75, None)]
        );
        assert_eq!(
            got("We would expect the council to approve the plan."),
            vec![(0.75, None)]
        );
        assert!(got("One would expect the council to approve the plan.").is_empty());
        assert!(got("You would expect a team this good to score more.").is_empty());
        let c = cues_in(
            "I would expect the council to approve the plan",
            &tokens("I would expect the council to approve the plan"),
        );
        assert!(c.strong && c.future);
    }

    /// "There will be" before a count names what will come, and "will be" before a judged
    /// outcome noun names the outcome ("an easy victory"): neither is an evaluation, while
    /// "there will be a lot to watch" and "will be a big moment" stay evaluations (issue 13
    /// recall, X21; sentences we wrote).
    #[test]
    fn a_count_or_a_judged_outcome_after_will_be_is_an_event() {
        let d = "2025-11-10".parse().unwrap();
        let got = |t: &str| crate::extract::odds_and_deadlines(t, d);
        assert_eq!(
            got("There will be two or three more rate cuts, but only if inflation cools."),
            vec![(0.95, None)]
        );
        assert_eq!(
            got("There will be 14 named storms, one above the average."),
            vec![(0.95, None)]
        );
        assert_eq!(
            got("It will be an easy win for the Rovers."),
            vec![(0.95, None)]
        );
        assert!(got("There will be a lot to watch.").is_empty());
        assert!(got("It will be a big moment for the club.").is_empty());
        let stative = |t: &str| cues_in(t, &tokens(t)).will_stative;
        assert!(!stative("There will be no change at the meeting"));
        assert!(stative("There will be more drama"));
    }

    /// "The ministry said it is anticipating a crop of 75 million tonnes": the progressive
    /// of "anticipate" is a present expectation like "expects", not speech backshifted by
    /// "said" (issue 13 recall, X21; sentences we wrote).
    #[test]
    fn a_progressive_anticipating_is_a_present_expectation() {
        let d = "2025-11-10".parse().unwrap();
        let got = |t: &str| crate::extract::odds_and_deadlines(t, d);
        assert_eq!(
            got("The ministry is anticipating a wheat crop of 80 million tonnes."),
            vec![(0.75, None)]
        );
        assert_eq!(
            got("The agency said it is anticipating a smaller harvest next year."),
            vec![(0.75, "2026-12-31".parse().ok())]
        );
        let c = cues_in(
            "The agency said it is anticipating a smaller harvest",
            &tokens("The agency said it is anticipating a smaller harvest"),
        );
        assert!(c.strong && c.future && !c.reported_past_before_cue);
    }

    /// After "will have", a participle or an adverb makes a perfect; a noun or adjective is
    /// had (round 22: "will have normal to above-normal snowfall").
    #[test]
    fn what_follows_will_have_tells_a_perfect() {
        for o in [
            "risen",
            "won",
            "cut",
            "recovered",
            "already",
            "fully",
            "been",
            "shown",
        ] {
            assert!(perfect_next(o), "{o}");
        }
        for o in ["normal", "snow", "record", "heavy", "strong"] {
            assert!(!perfect_next(o), "{o}");
        }
    }

    /// A controller reporting a step it carries out is a plan (round 21's leftover); an
    /// outcome it speaks of, or a forecaster's saying, is not. Sentences we wrote.
    #[test]
    fn a_controller_saying_it_will_carry_out_a_step_reports_a_plan() {
        let plan = |t: &str| reported_step_in(&tokens(t));
        assert!(plan(
            "Last month the operator said work on the east pier would go ahead next year"
        ));
        assert!(plan("The club said the stadium would reopen in May"));
        assert!(plan(
            "A spokeswoman for the council said the pool will be completed by June"
        ));
        assert!(!plan("The analyst said prices would rise next year"));
        assert!(!plan("The club said ticket prices would rise next season"));
        assert!(!plan(
            "The operator said it expected demand would open up next year"
        ));
        assert!(!plan(
            "Analysts at the firm said the mine would reopen in May"
        ));
        let d = "2026-03-01".parse().unwrap();
        assert!(
            crate::extract::extract("The club said the stadium would reopen in May.", d).is_empty()
        );
        assert_eq!(
            crate::extract::extract("The analyst said prices would rise next year.", d).len(),
            1
        );
    }

    /// A body's own act told with a bare "will" is a plan; outcomes, other subjects, rate
    /// moves and market moves are not (wire news, rule 1).
    #[test]
    fn a_bodys_own_act_with_a_bare_will_is_a_plan() {
        let plan = |t: &str| own_act_in(t, &tokens(t));
        for t in [
            "Dunmore Corp will build a 40 mln dlr plant in Ohio, the company said",
            "Skyway Airlines will offer 12 daily flights between Denver and Tulsa",
            "Acme will build a plant in Ohio",
            "The bank will cut 1,200 jobs in its branch network",
            "The company said it will redeem its debentures",
            "The ministry will not raise its prices this year",
            "USX Corp's steel unit will also close two mills",
            "The retailer will open 40 stores in Scotland",
            "The chain will cut its prices by 10 pct",
            "The agency will also examine the effects of recent acquisitions",
        ] {
            assert!(plan(t), "{t}");
        }
        for t in [
            "The company said earnings will rise in 1987",
            "The deal will close by June",
            "Sales will fall in the first quarter",
            "Investors will buy more gold this year",
            "The Fed will hold rates steady in March",
            "The Bundesbank will cut its discount rate",
            "Shares will open higher on Monday",
            "The company will report a loss for the year",
            "He will build a house",
            "The bank will cut rates by June",
            "The government will raise taxes",
            "Airlines will raise their fares before summer",
            "Oppo will sell every phone it can build by Christmas",
            "The bakery chain will open its tenth shop by March",
            "Acme will build the plant before 1989",
        ] {
            assert!(!plan(t), "{t}");
        }
    }

    /// A body's own act is a plan only where the body reports it: as the speaker before or
    /// after it, or as the speaker of the sentence before. Without a speaker, with another
    /// party's, or with a forecaster's, it stays a forecast (issue 13, the review_flow
    /// article).
    #[test]
    fn a_bodys_own_act_is_a_plan_where_the_body_reports_it() {
        let reported = |prior: &str, sentence: &str| {
            own_act_reported((sentence, 0), sentence, &tokens(sentence), prior)
        };
        for (prior, t) in [
            (
                "",
                "Dunmore Corp will build a 40 mln dlr plant in Ohio, the company said.",
            ),
            (
                "",
                "The ministry said it will extend the export quota cuts.",
            ),
            (
                "",
                "Skyway Airlines said it will offer 12 daily flights from June.",
            ),
            (
                "",
                "Marlowe Inc will close two mills in Ohio, Marlowe said on Tuesday.",
            ),
            ("", "The bank will cut 1,200 jobs, said the bank."),
            (
                "",
                "Skyway Airlines will offer 12 daily flights, the airline said.",
            ),
            (
                "",
                "The bank will cut 800 jobs, a spokesman for the bank said.",
            ),
            (
                "Hollis Industries Inc said it filed for an offering of bonds.",
                "It will redeem its 11 pct debentures due 1999.",
            ),
            (
                "Acme Corp said first quarter sales rose 12 pct.",
                "The company will also open 40 stores in Scotland.",
            ),
        ] {
            assert!(reported(prior, t), "{t}");
        }
        for (prior, t) in [
            // No speaker: the writer's forecast (tests/review_flow.rs's article).
            (
                "The bank will cut rates by June.",
                "The central bank will raise its inflation target.",
            ),
            ("", "The central bank will raise its inflation target."),
            ("", "Skyway Airlines will offer 12 daily flights from June."),
            // Another party speaks: a forecaster, a person, a different name.
            (
                "",
                "Analysts said the bank will sell its stake in the insurer.",
            ),
            ("", "He said the bank will cut 1,200 jobs."),
            (
                "",
                "Dunmore Corp will build a plant in Ohio, Smith Barney said.",
            ),
            ("", "Acme will build a plant in Ohio, analysts said."),
            ("", "A union leader said the bank will cut 800 jobs."),
            ("", "Dunmore Corp will close two mills, the union said."),
            (
                "Economists said first quarter output rose 12 pct.",
                "It will also sell its stake in the insurer.",
            ),
            // An outcome, not an act of its own.
            ("", "The company said earnings will rise in 1987."),
        ] {
            assert!(!reported(prior, t), "{t}");
        }
    }

    /// A body's own decision announced by its head is a plan; an outcome it speaks of, a
    /// subject that is no body, or a forecaster's tag is not (audit 28, E14). Sentences we
    /// wrote.
    #[test]
    fn a_bodys_decision_announced_by_its_head_is_a_plan() {
        let plan = |t: &str| head_announced_decision_in(t, &tokens(t));
        assert!(plan(
            "The company will not raise prices this year, its chief executive said"
        ));
        assert!(plan(
            "The government will not improve its pay offer, the health secretary said"
        ));
        assert!(!plan(
            "The company will post a loss this year, its chief executive said"
        ));
        assert!(!plan(
            "The economy will grow 2% next year, the finance minister said"
        ));
        assert!(!plan(
            "The company will raise prices this year, analysts at the bank said"
        ));
    }

    /// A timetable's movement with its hour or day is a schedule; without one, or with a
    /// deadline, it stays a forecast (audit 28, E28).
    #[test]
    fn a_timetables_movement_with_its_hour_is_a_schedule() {
        assert!(schedule(
            "The rocket will lift off from the pad at 10:15 a.m. on Thursday"
        ));
        assert!(schedule("The train will depart at 9 a.m. on Monday"));
        assert!(!schedule("The rocket will lift off by March"));
        assert!(!schedule("Sales will take off next year"));
    }

    /// "Economists in a poll said the board will hold rates through March": forecasters
    /// speak of another's doing, and "said it was unlikely there would be" has an empty "it":
    /// neither is a speaker announcing its own plan. "The board said it will hold" still is
    /// (issue 13 recall, X17).
    #[test]
    fn a_forecaster_saying_what_another_will_do_announces_no_plan() {
        let plan = |t: &str| announced_plan_in(t, &tokens(t));
        assert!(!plan(
            "Economists in a poll said the board will hold rates at 3% through March"
        ));
        assert!(!plan(
            "Survey respondents said it was unlikely there would be another strike in June"
        ));
        assert!(!plan(
            "The union has said it will not be possible to settle by Friday"
        ));
        assert!(plan(
            "The board said it will hold rates at 3% through March"
        ));
        let d = "2025-11-10".parse().unwrap();
        let got = |t: &str| {
            crate::extract::extract(t, d)
                .into_iter()
                .map(|c| c.deadline)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            got("Economists in a poll said the board will hold rates at 3% through March."),
            vec!["2026-03-31".parse().ok()]
        );
        assert!(got("The board said it will hold rates at 3% through March.").is_empty());
    }

    /// "The party's share is also expected to slip from 30% in 2019 to 28% this time": a
    /// forecast held now (present or present perfect) whose past year is only its baseline is
    /// no past report; "was expected in 2019 to slip" still is (issue 13 recall, X17).
    #[test]
    fn a_present_forecast_with_a_past_baseline_is_no_past_report() {
        let past = |t: &str| past_report_in(&tokens(t), 2025, false);
        assert!(!past(
            "The party's vote share is also expected to slip from 30% in 2019 to 28% this time"
        ));
        assert!(!past(
            "The pollster has predicted a win for the party that would surpass its 1997 result"
        ));
        assert!(past("In 2019 the party was expected to slip to 28%"));
        assert!(past("Analysts predicted in 2021 that the party would slip"));
    }

    #[test]
    fn a_named_holders_bare_possibility_is_a_forecast_without_a_deadline() {
        let d = "2025-03-10".parse().unwrap();
        let got = |t: &str| {
            crate::extract::extract(t, d)
                .into_iter()
                .map(|c| (c.probability, c.deadline, c.attributed_to))
                .collect::<Vec<_>>()
        };
        // A possible event weighed by a named holder: "may" at its survey value, no deadline.
        assert_eq!(
            got("The wheat harvest may dwindle further, the farm minister said."),
            vec![(0.4, None, Some("the farm minister".to_string()))]
        );
        assert_eq!(
            got("The spending figure could be revised, according to the finance ministry."),
            vec![(0.4, None, Some("the finance ministry".to_string()))]
        );
        // Negated, a state, a consequence pictured, a fear: none.
        for t in [
            "The wheat harvest may not dwindle much, the farm minister said.",
            "The spending figure could be misleading, the finance ministry said.",
            "The new levy could help the council balance its books, the mayor said.",
            "Traders voiced concerns that the strike could block the port, analysts said.",
            // Without a named holder a bare "could" stays no forecast.
            "The wheat harvest could dwindle further.",
        ] {
            assert_eq!(got(t), vec![], "{t}");
        }
        // The writer's own "may" weighs the event as a holder's does (round 65,
        // `writers_may`).
        assert_eq!(
            got("The wheat harvest may dwindle further."),
            vec![(0.4, None, None)]
        );
    }

    #[test]
    fn a_possible_event_is_named_by_its_verb() {
        let check = |clause: &str| {
            let toks = tokens(clause);
            let at = toks
                .iter()
                .position(|t| matches!(t.0.as_ref(), "may" | "might" | "could"))
                .unwrap();
            possible_event(clause, &toks, at)
        };
        assert!(check("the talks might drag on"));
        assert!(check("the figure could be lowered"));
        assert!(check("the figure could quickly be lowered"));
        assert!(!check("the figure could have been lowered"));
        assert!(!check("they might be inclined to agree"));
        assert!(!check("the report could strongly affect the vote"));
        assert!(!check("two teams that could both find success"));
        assert!(!check("he could find no evidence"));
        assert!(!check("nobody knows whether it could last"));
    }

    #[test]
    fn appointments_in_the_plain_future_are_schedules() {
        for s in [
            "The central bank will publish its next inflation report on March 3",
            "The committee will meet again on June 12 to review the policy",
            "The court will hear the case on Monday",
            "The Senate will vote on the bill next week",
            "The new rules will take effect on January 1",
            "The final will be played at the national stadium",
            "Tickets will go on sale at 10 a.m. on Friday",
            "The museum will reopen to the public on June 1",
            "The picture is set to play in about 3,000 theaters this weekend",
            "She's set to discuss the budget on May 9 at the council meeting",
            "Voters will head to the polls on Sunday",
            "The governor will also travel to the border next week",
            "The visitors will be up against the league leaders on Sunday",
            // Audit 23: an official's act on its document, a try on its day.
            "The county clerk will certify the vote count on November 30",
            "The lab will attempt its second orbital launch on March 3",
            // The day before the month, as British and wire copy write it (wire news, rule 2).
            "The new terminal will open on 14 March",
            "Wales will face Italy in Rome on 19 February",
            "The tour will start on the 3rd of May in Cardiff",
            "The sequel will open in British cinemas 17 December",
            "The exhibition will open on 12 May",
        ] {
            assert!(schedule(s), "{s}");
        }
        // A fixed date with the copula or a verb of the calendar, no hedge (round 14).
        for s in [
            "The runoff will be on Sunday",
            "The hearing will be at 10 a.m. in the main courtroom",
            "The new tariffs will be in effect from March 1",
            "All branches will be closed on Monday for the holiday",
            "The handset will be available on September 21",
            "Talks between the two sides will resume on Tuesday",
            "The ceasefire will expire at midnight on Friday",
        ] {
            assert!(schedule(s), "{s}");
        }
        // A fixture needs its day: "up against it" all season is an outcome.
        assert!(!schedule("The rookies will be up against it all season"));
    }

    /// Where an event of the calendar is held, and who appears at one, stated as fact, are
    /// schedules; what the event will be like, or a role in it, is not (wire news, round
    /// 57; sentences we wrote).
    #[test]
    fn an_events_venue_and_an_appearance_at_one_are_schedules() {
        for s in [
            "The second leg will be in Lisbon",
            "The summit will be at the old royal palace",
            "The final will also be in Cardiff",
            "The senator will again be in the spotlight at the party's spring rally",
            "The new coach will be at the launch",
            "Ms Okafor will be present at the opening ceremony",
        ] {
            assert!(schedule(s), "{s}");
        }
        for s in [
            "The final will be in doubt",
            "The talks will be at risk if the strike goes on",
            "The match will be in good hands",
            "The final will be in the balance until the last minute",
            "The minister will be at the heart of the talks",
            "Prices will be at their highest during the festival",
            "The striker will be fit for the final",
        ] {
            assert!(!schedule(s), "{s}");
        }
        let on = |s: &str| expected_schedule_in(s, &tokens(s));
        assert!(on(
            "The two riders are expected to find out on Monday if they will be suspended"
        ));
        assert!(on(
            "Bidders are expected to learn this week whether the bank accepts"
        ));
        assert!(!on(
            "The two riders are expected to find a new team by June"
        ));
    }

    #[test]
    fn a_future_that_only_describes_a_noun_is_no_cue() {
        for s in [
            "The squad that will face Portugal in the semifinal has not lost since March",
            "A truce that will halt the shelling and free 40 detainees is a welcome step",
            "The senators who will draft the bill met on Monday",
            "A measure that would cap rents at 3% a year passed the council",
            "The rover which will probably land in 2027 was shown to reporters",
        ] {
            assert!(relative_future(s), "{s}");
        }
        for s in [
            // What was said or expected.
            "Officials warned that the river will crest on Sunday",
            "The expectation that the cartel will cut output lifted prices",
            // A consequence of the whole clause.
            "The bank raised rates again, which will slow lending next year",
            // A main-clause future beside a relative one.
            "The squad that beat Chile will face Portugal in the semifinal",
            "The team that will face Portugal will win the title",
        ] {
            assert!(!relative_future(s), "{s}");
        }
    }

    #[test]
    fn a_would_nobody_is_reported_to_expect_is_hypothetical() {
        assert!(hypothetical_would(
            "If fuel costs keep climbing, carriers would have to raise fares next spring."
        ));
        assert!(hypothetical_would(
            "A second cut would mark the first easing in four years."
        ));
        assert!(!hypothetical_would(
            "Most of the bankers polled predicted the board would hold rates in May."
        ));
        assert!(!hypothetical_would(
            "Negotiators were confident the truce would hold through the holidays."
        ));
        assert!(!hypothetical_would(
            "A weaker yen would lift exports next year, strategists at the bank wrote."
        ));
    }

    #[test]
    fn advice_is_what_someone_ought_to_do() {
        for s in [
            "You should lock in a fixed rate before the end of the month",
            "Investors should consider trimming their bank shares before the results",
            "We must act before the next flood season",
        ] {
            assert!(advice(s), "{s}");
        }
        for s in [
            "We should see the first rate cut by June",
            "They should win the group comfortably",
            "The deal should close in the third quarter",
        ] {
            assert!(!advice(s), "{s}");
        }
    }

    /// Audit 27, item 7: people told to do an act of their own are advised; an event or a
    /// quantity after "should" is forecast, and so is what people are told to expect.
    #[test]
    fn people_told_to_act_are_advised() {
        for s in [
            "Defendants should file their appeals before the spring deadline",
            "Tenants must renew their leases by June",
            "Patients should get their flu shots before December",
            "Applicants ought to submit their forms before January 15",
            "Voters should also register before the cut-off",
        ] {
            assert!(advice(s), "{s}");
        }
        for s in [
            "Prices should rise next year",
            "The company should report a loss next quarter",
            "Voters should expect higher taxes next year",
            "Investors should expect a rate cut in June",
            "Payments should get faster next year",
            "Defendants should win most appeals",
        ] {
            assert!(!advice(s), "{s}");
        }
    }

    #[test]
    fn the_terms_of_a_plan_open_with_under() {
        assert!(terms_of_plan(
            "Under the new agreement, the port will handle twice as many ships by 2028."
        ));
        assert!(terms_of_plan(
            "Under its restructuring plan, the carrier would shed 1,200 jobs."
        ));
        assert!(!terms_of_plan(
            "Under pressure from investors, the chain will close 40 stores by March."
        ));
        assert!(!terms_of_plan(
            "The plan will fail by the summer, critics say."
        ));
    }

    #[test]
    fn a_forecast_reported_about_a_past_year_is_past() {
        assert!(past_report(
            "In 2019, the carmaker predicted it would double its sales by 2021",
            2025,
            false
        ));
        assert!(past_report(
            "Before the 2008 crash, forecasters put the odds of a slump at 20%",
            2025,
            true
        ));
        // A past year that is not the time of a forecast.
        assert!(!past_report(
            "The plant, opened in 1998, will close when its licence ends",
            2025,
            false
        ));
        assert!(!past_report(
            "Analysts predicted the carmaker would double its sales",
            2025,
            false
        ));
    }

    #[test]
    fn why_and_whether_questions_inside_a_sentence_are_embedded() {
        assert!(embedded(
            "The reason why the new tablets won't ship until May is likely the chip shortage"
        ));
        assert!(embedded("Nobody knows whether the talks will resume"));
        assert!(!embedded("The talks will resume in May"));
    }

    /// "if" meaning "whether" after not knowing or not saying is an indirect question, not
    /// a condition; "say if" without a negation opens one (audit 28, E32; sentences we wrote).
    #[test]
    fn if_after_not_knowing_or_not_saying_is_embedded() {
        for s in [
            "Nobody knows if the mill will reopen before spring",
            "I have no idea if the council will approve the plan in May",
            "Officials would not say if the tunnel will open in June",
            "No one can say if the tunnel will open in June",
        ] {
            assert!(embedded(s), "{s}");
        }
        assert!(!embedded(
            "Brokers say if the bank cuts in May, the index will rally"
        ));
        // When, whether, how or where after not saying (lead's round).
        for s in [
            "The minister did not say when the new port was expected to open",
            "Officials would not say whether the smelter will restart in March",
            "The company did not say how many jobs will go",
        ] {
            assert!(embedded(s), "{s}");
        }
        assert!(!embedded(
            "The minister said when the port opens, exports will double"
        ));
    }

    #[test]
    fn an_expected_release_of_results_is_a_schedule() {
        let on = |s: &str| expected_schedule_in(s, &tokens(s));
        for s in [
            "Several large lenders are expected to release their earnings this week",
            "The two carmakers are expected to report results from their third quarter on Tuesday",
            "The grocer is expected to publish its second-quarter figures on Thursday",
            "The offering is expected to be priced Wednesday night",
        ] {
            assert!(on(s), "{s}");
        }
        for s in [
            // A figure or a comparison is the forecast of an outcome.
            "The grocer is expected to post earnings of $1.20 a share",
            "The grocer is expected to report higher third-quarter earnings",
            "The grocer is expected to report a 5% rise in sales",
            // A launch or a priced offering without its day.
            "The maker is expected to unveil its new phones next month",
            "The offering is expected to be priced above its range",
        ] {
            assert!(!on(s), "{s}");
        }
        // The noun of an appointment after "set for", with its day; "will soon vote on".
        assert!(schedule("The offering is set for pricing Monday night"));
        assert!(schedule(
            "The justices will soon vote on whether to hear the appeal"
        ));
        assert!(!schedule("The club is set for a long season"));
    }

    #[test]
    fn a_second_verb_of_the_writer_is_a_plan() {
        let on = |s: &str| promise_in(&tokens(s));
        assert!(on(
            "As the referee of the pool, I kept every entry and will send out the prizes in March"
        ));
        assert!(on(
            "We met the mayor and will publish the interview next week"
        ));
        // A belief of the writer's, or another subject, keeps the forecast.
        assert!(!on(
            "I think the mayor will resign and will be replaced by June"
        ));
        assert!(!on(
            "I watched the final and they will win it again next year"
        ));
    }

    #[test]
    fn outcomes_and_deadlines_are_not_schedules() {
        for s in [
            // An outcome of the vote or the meeting, not the appointment.
            "The board will vote to cut the dividend next week",
            "The nation is set to meet its carbon goal with room to spare",
            "The central bank will hold rates steady on Thursday",
            // A deadline, not an appointed day.
            "The museum will reopen by June",
            "The port will reopen before the summer",
            // An event verb without an appointed day.
            "The film will open to $40 million",
            "The merger will close in the fourth quarter",
            // Every plain future of the clause must be an appointment.
            "The committee will meet on June 12 and will raise rates by half a point",
            // Not a future at all.
            "Delays due to the strike cost the airline $40 million",
            // The copula with something said of the subject, or without an appointed day.
            "Inflation will be at 3% on Monday's reading",
            "The incumbent will be on the ballot again",
            "The new tariffs will be in effect by March",
            "Growth will resume next year",
            "The shop will be closed for good",
            // A try with a deadline, not a day, is a forecast.
            "The lab will attempt an orbital launch before the end of the year",
            // A day-first date after "by" is a deadline; a bare number before "may" is no day.
            "The new terminal will open by 14 March",
            "The tour will start before the 3rd of May",
            "The shops will open late, and 12 may close for good",
        ] {
            assert!(!schedule(s), "{s}");
        }
    }
}
