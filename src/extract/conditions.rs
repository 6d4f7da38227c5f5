//! Conditions and clauses: the `if`/`unless`/`as long as` clauses a forecast depends on, and
//! the places (`, but`, `; `, `, while`) where one sentence holds more than one forecast.

use super::case::lowercase;

pub(super) const CONDITION_MARKERS: &[&str] = &[
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
    // "..., barring any clashes, ...": the lack of what it names (audit 30, K11).
    "barring",
];

/// The clause of an inverted "should" stated plainly: "one occur" gives "one occurs", "oil
/// stay above $90" "oil stays above $90", "the bank cut rates" "the bank cuts rates"; a
/// plural subject ("rates rise") keeps its verb. The verb follows a pronoun, a run of
/// capitalized words or a word with no determiner; after a determiner it is the first word
/// of a few common event verbs within four words, else the clause is left as written.
fn inverted_body(body: &str) -> String {
    const VERBS: &[&str] = &[
        "occur", "happen", "be", "have", "come", "go", "rise", "fall", "stay", "remain", "win",
        "lose", "cut", "raise", "pass", "fail", "hold", "reach", "exceed", "drop", "decline",
        "increase", "slow", "enter", "break", "collapse", "default", "continue", "prove", "take",
        "make", "become", "get", "move", "resign", "strike", "end", "last", "spread",
    ];
    let words: Vec<&str> = body.split(' ').collect();
    let lower = |w: &str| w.to_ascii_lowercase();
    let first = lower(words[0]);
    let determiner = matches!(
        first.as_str(),
        "the" | "a" | "an" | "this" | "that" | "its" | "their" | "our" | "any" | "another" | "such"
    );
    let v = if matches!(
        first.as_str(),
        "they" | "we" | "you" | "i" | "these" | "those"
    ) {
        return body.to_string();
    } else if determiner {
        match (1..words.len().min(5)).find(|&i| VERBS.contains(&lower(words[i]).as_str())) {
            Some(i) => i,
            None => return body.to_string(),
        }
    } else if words[0].starts_with(char::is_uppercase) && first != "one" && first != "it" {
        words
            .iter()
            .position(|w| !w.starts_with(char::is_uppercase))
            .unwrap_or(words.len())
    } else {
        1
    };
    let (Some(subject_end), Some(verb)) = (words.get(v - 1), words.get(v)) else {
        return body.to_string();
    };
    let plural = subject_end.len() > 3
        && subject_end.ends_with('s')
        && !subject_end.ends_with("ss")
        && !subject_end.ends_with("us")
        && !subject_end.starts_with(char::is_uppercase);
    if plural || !verb.bytes().all(|b| b.is_ascii_lowercase()) {
        return body.to_string();
    }
    let third = match *verb {
        "be" => "is".to_string(),
        "have" => "has".to_string(),
        "do" => "does".to_string(),
        "go" => "goes".to_string(),
        w if w.ends_with(['s', 'x', 'z']) || w.ends_with("sh") || w.ends_with("ch") => {
            format!("{w}es")
        }
        w if w.len() > 1
            && w.ends_with('y')
            && !w[..w.len() - 1].ends_with(['a', 'e', 'o', 'u']) =>
        {
            format!("{}ies", &w[..w.len() - 1])
        }
        w => format!("{w}s"),
    };
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[v] = third;
    out.join(" ")
}

/// "If one occurs", "should one occur": the thing "one" stands for, named in the sentence
/// before as "a/an X" ("a US recession in the next year is unlikely"): "a US recession
/// occurs". At most three words after the article, up to a preposition, a verb or a comma.
pub(super) fn referent(condition: &str, prior: &str) -> Option<String> {
    let rest = condition.strip_prefix("one ")?;
    let words: Vec<&str> = prior.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| matches!(w.to_ascii_lowercase().as_str(), "a" | "an"))?;
    let stop = |w: &str| {
        w.ends_with([',', '.', ';', ':'])
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "in" | "of"
                    | "for"
                    | "to"
                    | "by"
                    | "on"
                    | "at"
                    | "within"
                    | "over"
                    | "before"
                    | "after"
                    | "is"
                    | "are"
                    | "was"
                    | "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "seems"
                    | "looks"
                    | "remains"
                    | "that"
                    | "this"
            )
    };
    let mut n = 0;
    for w in &words[at + 1..] {
        if stop(w) {
            if w.ends_with([',', '.', ';', ':']) && n < 3 {
                n += 1;
            }
            break;
        }
        n += 1;
        if n == 3 {
            break;
        }
    }
    (n > 0).then(|| {
        let phrase = words[at + 1..=at + n].join(" ");
        let phrase = phrase.trim_end_matches([',', '.', ';', ':']);
        format!("{} {phrase} {rest}", words[at].to_ascii_lowercase())
    })
}

/// Byte ranges of condition clauses in `sentence`, with their text.
pub(super) fn conditions(sentence: &str) -> Vec<(usize, usize, String)> {
    // Every marker has one of these words; most sentences have none.
    const MARKS: &[&str] = &[
        "if",
        "unless",
        "provided",
        "assuming",
        "long",
        "condition",
        "event",
        "barring",
    ];
    // "Should oil stay above $90, airlines will raise fares": the inverted "if".
    let inverted = sentence
        .get(..7)
        .is_some_and(|h| h.eq_ignore_ascii_case("should "));
    // "Without a deal, the plant would close by June", "Absent new funding, the line will
    // shut": a fronted "without" states the condition "no deal" (audit 26).
    // "Once the deal is approved, prices will fall", "In the event of a ceasefire, oil
    // could drop": the fronted clause is the condition itself (audit 28, E27). "Barring
    // major injury, X" is "absent" again (audit 30, K11).
    let lacking = [
        "without ",
        "absent ",
        "once ",
        "in the event of ",
        "barring ",
    ]
    .iter()
    .find_map(|m| {
        let head = sentence.get(..m.len())?;
        if !head.eq_ignore_ascii_case(m) {
            return None;
        }
        let comma = sentence.find(',')?;
        let body = sentence.get(m.len()..comma)?.trim();
        let words = body.split_whitespace().count();
        if words == 0 || words > 8 || body.contains(['.', ';']) {
            return None;
        }
        if matches!(*m, "once " | "in the event of ") {
            // "Once again, ...", "Once a year, ...": no condition.
            let lower = lowercase(body);
            let idle = [
                "again", "more", "upon", "a year", "a week", "a month", "a day",
            ]
            .iter()
            .any(|i| lower.starts_with(i));
            let least = if *m == "once " { 3 } else { 1 };
            return (!idle && words >= least).then(|| (comma, body.to_string()));
        }
        Some((comma, lack(body)))
    });
    if let Some((comma, text)) = &lacking {
        let mut out = Vec::new();
        out.push((0, *comma, text.clone()));
        // Any further condition after the fronted one, as the rest of the sentence has it.
        out.extend(
            conditions(&sentence[*comma..])
                .into_iter()
                .map(|(a, b, t)| (a + comma, b + comma, t)),
        );
        return out;
    }
    // An ASCII sentence (lower-cased byte for byte) is checked before it is lower-cased.
    if sentence.is_ascii()
        && !inverted
        && !sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| MARKS.iter().any(|m| w.eq_ignore_ascii_case(m)))
    {
        return Vec::new();
    }
    let lower = lowercase(sentence);
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let marked = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| MARKS.contains(&w));
    if !(marked || inverted) || lower.len() != sentence.len() {
        return out;
    }
    let mut pos = 0;
    if inverted {
        if let Some(comma) = sentence.find(',') {
            let body = sentence["should ".len()..comma].trim();
            if body.split_whitespace().nth(1).is_some() {
                out.push((0, comma, inverted_body(body)));
                pos = comma;
            }
        }
    }
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
        // "I'd be surprised if X", "It would be a surprise if X": the "if" clause is the
        // event the surprise weighs, no condition of it.
        if marker == "if" && {
            let before = lower[..at].trim_end();
            before.ends_with("surprised") || before.ends_with("a surprise")
        } {
            pos = body_start;
            continue;
        }
        let rest = &sentence[body_start..];
        let stop = rest
            .find([',', ';', '—', '–', '('])
            .map_or(rest.len(), |i| i);
        let stop = rest[..stop].find(" - ").unwrap_or(stop);
        // "if no talks take place then the union is expected to ...", "even if he falls
        // short he will lead ...": with no comma, the clause ends where the main clause
        // opens, at its "then" or at a subject with its own modal (audit 30, K10).
        let (stop, past) = match unpunctuated_end(&rest[..stop], 2) {
            Some((end, main)) => (end, main),
            None => (stop, stop),
        };
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
        // "X could come this week, barring any clashes, an official said": the aside's
        // comma before it leaves with it, so the claim keeps one comma, not two or none. An
        // aside before the verb ("The ferry link, if funded, will open") takes both.
        let predicate_before = lower[..at].split_whitespace().any(|w| {
            matches!(
                w,
                "will" | "won't" | "would" | "could" | "may" | "might" | "should" | "can"
            ) || w.ends_with("'ll")
        });
        if span_start == at
            && predicate_before
            && sentence[..at].ends_with(", ")
            && rest[stop..].starts_with(',')
        {
            span_start = at - 2;
        }
        // "Even if the talks fail, X": X holds either way, so the clause leaves the claim but
        // states no condition (an empty text).
        let concessive = marker == "if" && span_start < at && {
            let lead = sentence[span_start..at].trim();
            lead.eq_ignore_ascii_case("even")
        };
        // "if not sooner", "if history is any guide", "if only to calm markets", "if
        // anything": idioms that leave the claim and state no condition (audit 28, E27).
        let idiom = marker == "if" && {
            let b = lowercase(body);
            [
                "not sooner",
                "not earlier",
                "not before",
                "history is",
                "the past is",
                "only to",
                "only because",
                "anything",
            ]
            .iter()
            .any(|i| b == *i || b.starts_with(&format!("{i} ")))
        };
        // "if analysts are correct", "if the polls are right": the forecast's source vouched
        // for, no condition of the event (audit 30, K11; `vouched_by` names its holder).
        let idiom = idiom || marker == "if" && vouching(body).is_some();
        let text = if concessive || idiom {
            String::new()
        } else if marker == "barring" {
            lack(body)
        } else if marker == "unless" {
            format!("not ({body})")
        } else {
            body.to_string()
        };
        if !body.is_empty() {
            // "Roe argued that if demand holds, silver could ...": a clause that opens its
            // part of the sentence takes its comma, so the main clause opens the claim.
            let opens = !sentence[..span_start].trim_end().ends_with(',')
                && !sentence[span_start..].starts_with(',');
            let end = if past > stop {
                body_start + past
            } else if opens && rest[stop..].starts_with(", ") && span_start > 0 {
                body_start + stop + 1
            } else {
                body_start + stop
            };
            out.push((span_start, end, text));
        }
        pos = body_start + stop.max(1);
    }
    out
}

/// Where a condition written without a comma ends: before "then" or before a subject (a
/// pronoun, or a determiner and up to two words) followed by its own modal. Gives the
/// body's end and where the main clause starts (past "then "), or `None`. The clause starts
/// at word `least` or later (a condition keeps its own first two words).
fn unpunctuated_end(body: &str, least: usize) -> Option<(usize, usize)> {
    let mut starts = Vec::new();
    let mut words = Vec::new();
    let mut at = 0;
    for w in body.split(' ') {
        starts.push(at);
        words.push(lowercase(w));
        at += w.len() + 1;
    }
    let modal = |w: &str| {
        matches!(
            w,
            "will" | "won't" | "would" | "could" | "may" | "might" | "should" | "is" | "are"
        ) || w.ends_with("'ll")
    };
    for k in least..words.len() {
        // "by then", "until then": a time, no clause's start.
        if words[k] == "then"
            && k > 0
            && k + 1 < words.len()
            && !matches!(
                words[k - 1].as_str(),
                "by" | "until" | "till" | "before" | "since" | "from" | "and" | "just"
            )
        {
            return Some((starts[k], starts.get(k + 1).copied().unwrap_or(body.len())));
        }
        if !modal(&words[k])
            || matches!(words[k].as_str(), "is" | "are")
                && words
                    .get(k + 1)
                    .is_none_or(|n| n != "expected" && n != "likely")
        {
            continue;
        }
        let pronoun =
            |j: usize| matches!(words[j].as_str(), "he" | "she" | "they" | "it" | "we" | "i");
        let subject = if k > 0 && pronoun(k - 1) {
            Some(k - 1)
        } else {
            (k.saturating_sub(3).max(least)..k)
                .find(|&j| matches!(words[j].as_str(), "the" | "its" | "their" | "a" | "an"))
        };
        if let Some(j) = subject.filter(|&j| j >= least) {
            return Some((starts[j], starts[j]));
        }
    }
    None
}

/// The lack of what a fronted "without"/"absent"/"barring" names: "a deal" gives "no deal".
/// A noun phrase opening with a demonstrative or a possessive ("that pressure", "his
/// support") keeps its words after "without", since "no" cannot stand before them (the
/// tour's op-ed gave "no that pressure").
fn lack(body: &str) -> String {
    const POINTING: [&str; 11] = [
        "that", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    ];
    let pointed = body
        .split_whitespace()
        .next()
        .is_some_and(|w| POINTING.contains(&w.to_ascii_lowercase().as_str()));
    if pointed {
        return format!("without {body}");
    }
    let noun = ["a ", "an ", "the ", "any "]
        .iter()
        .find_map(|d| body.strip_prefix(d))
        .unwrap_or(body);
    format!("no {noun}")
}

/// An "if" clause that vouches for the forecast's source instead of stating a condition of
/// the event: "analysts are correct", "the polls are right", "I'm right". Its subject is a
/// pronoun or a noun phrase whose head is a forecasting speaker or a forecast's evidence
/// (the lists `cues::FORECASTING_SPEAKERS` and `attribution::EVIDENCE_NOUNS`), then a form
/// of "be" and "right", "correct" or "accurate" ("if the weather is right" is a condition).
/// Gives the subject, or "" for a pronoun (no holder).
fn vouching(body: &str) -> Option<&str> {
    let lower = lowercase(body).replace('\u{2019}', "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    if !matches!(*last, "right" | "correct" | "accurate") {
        return None;
    }
    let (verb, subject) = rest.split_last()?;
    let (verb, subject): (&str, Vec<&str>) = match verb.split_once('\'') {
        Some((s, "m" | "re" | "s")) => ("is", subject.iter().copied().chain([s]).collect()),
        _ => (verb, subject.to_vec()),
    };
    if !matches!(
        verb,
        "is" | "are" | "am" | "was" | "were" | "prove" | "proves"
    ) {
        return None;
    }
    let head = *subject.last()?;
    if subject.len() == 1 && matches!(head, "i" | "we" | "they" | "he" | "she" | "you") {
        return Some("");
    }
    let named = subject.len() <= 4
        && (super::cues::FORECASTING_SPEAKERS.contains(&head)
            || super::attribution::EVIDENCE_NOUNS.contains(&head)
            || matches!(head, "bookmakers" | "pundits" | "predictions" | "estimates"));
    named.then(|| {
        let end = body
            .split_whitespace()
            .take(subject.len())
            .map(|w| w.len() + 1)
            .sum::<usize>()
            .saturating_sub(1);
        let s = &body[..end];
        s.split('\'').next().unwrap_or(s)
    })
}

/// The holder an "if" clause vouches for ("Oracle will post $0.68 a share, if analysts are
/// correct": analysts), when it names one (audit 30, K11).
pub(super) fn vouched_by(sentence: &str) -> Option<String> {
    let lower = lowercase(sentence);
    if lower.len() != sentence.len() {
        return None;
    }
    let mut from = 0;
    while let Some(rel) = find_word(&lower[from..], "if") {
        let start = from + rel + 2;
        let rest = &sentence[start..];
        let stop = rest.find([',', ';', '.', '—', '(']).unwrap_or(rest.len());
        if let Some(s) = vouching(rest[..stop].trim()) {
            return (!s.is_empty()).then(|| s.to_string());
        }
        from = start;
    }
    None
}

/// A condition that only says how the writer came to predict ("I'm forced to predict",
/// "pressed to guess", "I had to bet"): a figure of speech, not a condition of the event.
pub(super) fn asked_to_predict(text: &str) -> bool {
    let lower = lowercase(text).replace('\u{2019}', "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.windows(2).any(|p| {
        p[0] == "to"
            && matches!(
                p[1],
                "predict" | "guess" | "bet" | "wager" | "forecast" | "pick" | "choose" | "call"
            )
    }) && words.iter().any(|w| {
        matches!(
            *w,
            "forced" | "pressed" | "made" | "asked" | "pushed" | "compelled" | "had" | "have"
        )
    }) && words.len() <= 6
}

/// A condition that only points back at something said before ("if so", "if not", "if that's
/// the case", "if that happens", "if they do"): what it supposes is not asserted, so what
/// hangs on it is a hypothetical, not a forecast (issue 13's labeling rules; wire news, round
/// 57). Two conditions joined by "and" point back if either does.
pub(super) fn points_back(text: &str) -> bool {
    let lower = lowercase(text).replace('\u{2019}', "'");
    lower.split(" and ").any(|part| {
        let all: Vec<&str> = part
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|x| !x.is_empty())
            .collect();
        let w = match all.as_slice() {
            ["then", rest @ ..] => rest,
            x => x,
        };
        let pronoun = |x: &str| {
            matches!(
                x,
                "it" | "he" | "she" | "they" | "we" | "you" | "i" | "that" | "this" | "so"
            )
        };
        let done = |x: &str| {
            matches!(
                x,
                "do" | "does"
                    | "did"
                    | "don't"
                    | "doesn't"
                    | "didn't"
                    | "happens"
                    | "happened"
                    | "occurs"
                    | "holds"
                    | "can"
                    | "can't"
                    | "will"
                    | "won't"
            )
        };
        match w {
            ["so" | "not"] => true,
            ["that's" | "it's" | "this" | "that" | "it", rest @ ..] => matches!(
                rest,
                ["the", "case"]
                    | ["is" | "was" | "proves", "the", "case"]
                    | ["so" | "true"]
                    | ["is" | "was" | "proves", "so" | "true"]
                    | ["happens" | "happened" | "occurs" | "does" | "did" | "holds"]
                    | ["goes", "ahead"]
                    | ["does" | "did", "not"]
            ),
            [p, v] | [p, v, "not"] => pronoun(p) && done(v),
            _ => false,
        }
    })
}

/// A condition contrary to fact ("the party had a rival", "it were up to me", "the rules were
/// changed"): with "would" it makes a counterfactual or a hypothetical, not a forecast. Being
/// made to predict ("if I were forced to bet") is no such condition.
pub(super) fn counterfactual(text: &str) -> bool {
    if asked_to_predict(text) {
        return false;
    }
    let lower = lowercase(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "had" | "were") && words.get(i + 1).is_none_or(|n| *n != "to" || *w == "were")
    })
}

/// The byte offset of `needle` in `hay` as whole words.
pub(super) fn find_word(hay: &str, needle: &str) -> Option<usize> {
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

/// Words that end one forecast clause and start another inside a sentence.
pub(super) const CLAUSE_BREAKS: &[&str] = &[
    ", although ",
    ", though ",
    ", but ",
    "; ",
    ", while ",
    ", whereas ",
    ", yet ",
];

/// Joins ("and", "while", "but" without a comma) between two clauses that each make their own
/// forecast ("EPS will be close to $2.40 while sales will be around $3.2 billion", "the vote
/// could come on Tuesday and economists believe the board will hold"): both sides hold a
/// cue of their own, and the right side a subject before its cue (or a verb of saying
/// whose subject is shared: "says X, and says there's a 10 percent chance"). "Oil and gas
/// prices will rise" has no cue on the left; "will rise and then fall" no subject on the right.
pub(super) const SOFT_BREAKS: &[&str] = &[", and ", " and ", " while ", " but "];

/// Asides naming a later horizon, set off by commas after a join ("and, longer term, would
/// rise"; round 60, xs3).
const LATER_ASIDES: &[&str] = &[
    "longer term",
    "longer-term",
    "in the longer term",
    "in the long term",
    "in the long run",
    "over the longer term",
    "over time",
    "eventually",
    "later",
];

/// "Prices would begin to rise next year and, longer term, would rise further": an aside
/// naming a later horizon between "and," and a modal opens a second forecast of the same
/// subject, due at its own time (round 60, xs3). The cut runs from " and, " to the aside,
/// which stays with the second clause; the left side must hold a modal or "expect" of its
/// own.
fn later_horizon(lower: &str) -> Vec<(usize, usize)> {
    lower
        .match_indices(" and, ")
        .filter(|(at, brk)| {
            let rest = &lower[at + brk.len()..];
            let modal = |w: &str| {
                matches!(
                    w,
                    "will" | "would" | "could" | "might" | "may" | "should" | "won't"
                )
            };
            LATER_ASIDES.iter().any(|a| {
                rest.strip_prefix(a)
                    .and_then(|r| r.strip_prefix(", "))
                    .and_then(|r| r.split(' ').next())
                    .is_some_and(modal)
            }) && lower[..*at]
                .split_whitespace()
                .any(|w| modal(w) || w.starts_with("expect"))
        })
        .map(|(at, brk)| (at, at + brk.len()))
        .collect()
}

/// The aside of a later horizon opening a clause cut by `later_horizon` ("longer term, would
/// rise"), if any: its words, without the comma after them.
pub(super) fn later_aside(clause: &str) -> Option<&str> {
    LATER_ASIDES.iter().find_map(|a| {
        clause
            .get(..a.len())
            .filter(|w| w.eq_ignore_ascii_case(a) && clause[a.len()..].starts_with(", "))
    })
}

/// Where the words after a join end: at the next comma, semicolon, bracket or dash, read past
/// an aside set off by commas ("and Beta, too, will", "and Acme, for its part, could"), whose
/// words are the join's right side's still.
fn right_end(sentence: &str, from: usize) -> usize {
    const ASIDES: &[&str] = &[
        "too",
        "even",
        "also",
        "meanwhile",
        "however",
        "though",
        "in turn",
        "for its part",
        "for their part",
        "by contrast",
        "in contrast",
    ];
    let mut at = from;
    loop {
        let Some(i) = sentence[at..]
            .find([',', ';', '(', '\u{2014}'])
            .map(|i| at + i)
        else {
            return sentence.len();
        };
        let rest = &sentence[i..];
        let aside = rest.strip_prefix(", ").and_then(|r| {
            ASIDES.iter().find_map(|a| {
                r.get(..a.len())
                    .filter(|w| w.eq_ignore_ascii_case(a))
                    .and_then(|_| r[a.len()..].strip_prefix(','))
                    .map(|_| i + 2 + a.len() + 1)
            })
        });
        match aside {
            Some(past) => at = past,
            None => return i,
        }
    }
}

fn joined(sentence: &str, lower: &str, conds: &[(usize, usize, String)]) -> Vec<(usize, usize)> {
    let cue = |w: &str| {
        matches!(
            w,
            "will"
                | "won't"
                | "would"
                | "could"
                | "might"
                | "should"
                | "expect"
                | "expects"
                | "expected"
                | "likely"
                | "unlikely"
                | "chance"
                | "odds"
                | "believe"
                | "believes"
                | "predict"
                | "predicts"
        ) || w.ends_with("'ll")
    };
    let mut out = Vec::new();
    let mut last = 0;
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for brk in SOFT_BREAKS {
        let mut from = 0;
        while let Some(rel) = lower[from..].find(brk) {
            let at = from + rel;
            hits.push((at, at + brk.len()));
            from = at + brk.len();
        }
    }
    hits.sort();
    hits.dedup_by_key(|h| h.1);
    for (at, next) in hits {
        if at < last || conds.iter().any(|(a, b, _)| at + 1 >= *a && at < *b) {
            continue;
        }
        let left = super::hedges::tokens(&sentence[last..at]);
        // "X is tipped to finish second and the Congress will be routed", "Democrats are
        // favored to hold the House, and are now favored to take the Senate": a passive call
        // on the left is its cue as well (round 59, xs2; the noun "forecast" is not).
        if !left.iter().any(|t| {
            cue(t.0.as_ref())
                || matches!(
                    t.0.as_ref(),
                    "tipped" | "poised" | "projected" | "predicted" | "favored" | "favoured"
                )
        }) {
            continue;
        }
        let stop = right_end(sentence, next);
        let right = super::hedges::tokens(&sentence[next..stop]);
        let words: Vec<&str> = right.iter().take(8).map(|t| t.0.as_ref()).collect();
        if coordinated_subject(&sentence[last..at], &left, &sentence[at..next], &words) {
            continue;
        }
        let saying = words
            .first()
            .is_some_and(|w| matches!(*w, "says" | "said" | "expects" | "believes" | "sees"));
        let own = words.iter().skip(1).any(|w| cue(w));
        // Two plain futures ("X will A, and it will B") are often one forecast told in two
        // steps (splitting them all cost held-out precision, and so did a pronoun subject);
        // a named or counted subject of the right side's own, a second holder's view ("and
        // economists believe"), a second chance, or a "while" or "but" contrast ("output
        // should rise but stocks are expected to stay low") is a forecast of its own.
        let second = sentence[at..next].contains("while")
            || sentence[at..next].contains("but")
            || saying
            || words.iter().skip(1).any(|w| {
                // "..., and we put the odds of a dividend increase at 30%": a second
                // chance, whose number is its own event's.
                matches!(
                    *w,
                    "chance"
                        | "odds"
                        | "believe"
                        | "believes"
                        | "expect"
                        | "expects"
                        | "predict"
                        | "predicts"
                        | "likely"
                        | "unlikely"
                )
            })
            // "X will likely fall by June, and unemployment will probably rise": a hedge
            // adverb of the right side's own after ", and" weighs a forecast of its own.
            || (sentence[at..next].starts_with(", and")
                && words.iter().skip(1).take(4).any(|w| {
                    matches!(*w, "probably" | "possibly" | "certainly" | "perhaps")
                }));
        let verb_first = words.first().is_some_and(|w| {
            cue(w)
                || matches!(
                    *w,
                    "then" | "also" | "is" | "are" | "be" | "to" | "not" | "has"
                )
        });
        // "Six storms will make landfall and two will strengthen", "Acme will win the
        // cup, and Rovers will go down": a named or counted subject of its own.
        // "Home prices will climb, and the central bank will cut twice": a noun phrase
        // opened by a determiner, then its own finite modal within a few words, is a subject
        // of its own too (not a pronoun, which may be the left's subject again).
        let determined = words.first().is_some_and(|w| {
            matches!(
                *w,
                "the" | "its" | "their" | "other" | "most" | "many" | "some" | "several"
            )
        }) && words.iter().skip(1).position(|w| cue(w)).is_some_and(|k| {
            (1..=4).contains(&k)
                // "the cuts in the spring will help": a noun phrase with a phrase of its own
                // may be the left's object or event again; only a plain one.
                && !words[1..=k].iter().any(|w| {
                    matches!(
                        *w,
                        "in" | "of" | "on" | "for" | "at" | "by" | "with" | "from" | "to"
                            | "that" | "who" | "which"
                    )
                })
                && matches!(
                    words[k + 1],
                    "will" | "won't" | "could" | "might" | "should"
                )
        });
        // "X is likely by year end, and we would put the odds of Y at one in three": the
        // writer's own view with a chance or a belief of its own, after a clause that is not
        // the writer's, is a subject of its own (audit 22, C3); "and we will see" is not.
        let writer = words.first().is_some_and(|w| matches!(*w, "we" | "i"))
            && !left
                .first()
                .is_some_and(|t| matches!(t.0.as_ref(), "we" | "i" | "our" | "my"));
        let own_subject = sentence[next..].starts_with(|c: char| c.is_uppercase())
            || determined
            || (writer && second)
            || words.first().is_some_and(|w| {
                matches!(
                    *w,
                    "one" | "two" | "three" | "four" | "five" | "both" | "neither"
                )
            });
        // "Prices will likely peak in March and could ease by the summer": a second predicate
        // of the same subject with a modal of its own, weaker than the first's or the only
        // modal after another hedge, is a forecast of its own (the subject is the left's).
        let left_will = left
            .iter()
            .any(|t| matches!(t.0.as_ref(), "will" | "won't") || t.0.ends_with("'ll"));
        // "... and are now favored to take the Senate", "and is likely to stay there": a
        // copula with a hedge of its own and its "to" counts as the modal does.
        let hedged_copula = matches!(words.first().copied(), Some("is" | "are"))
            && words[1..words.len().min(4)].windows(2).any(|p| {
                matches!(
                    p[0],
                    "likely"
                        | "unlikely"
                        | "expected"
                        | "set"
                        | "poised"
                        | "favored"
                        | "favoured"
                        | "tipped"
                        | "due"
                ) && p[1] == "to"
            });
        let modal_second = words.len() > 2
            && (hedged_copula
                || match words.first().copied() {
                    Some("could" | "might" | "may") => true,
                    Some("will" | "won't") => !left_will,
                    _ => false,
                });
        // "..., and they see the jobless rate holding at 4.2%": the holder again, by its
        // pronoun, with a verb of foreseeing: a second view of its own, whatever the left
        // side's subject.
        let held_view = matches!(words.first().copied(), Some("they" | "he" | "she"))
            && words.get(1).is_some_and(|v| {
                matches!(
                    *v,
                    "see"
                        | "sees"
                        | "expect"
                        | "expects"
                        | "forecast"
                        | "forecasts"
                        | "predict"
                        | "predicts"
                        | "project"
                        | "projects"
                )
            });
        // "..., and the Packers are thought to be arriving in January", "..., and the council
        // is expected to approve it": a subject of its own (a determiner or a capital opens
        // it, no phrase of its own inside) with a hedged copula and its "to" is a forecast of
        // its own, with its own time (round 29).
        // "... within six weeks and shareholders are expected to vote in June": a bare noun
        // (no article, no pronoun) opens a subject of its own as well, when the left side
        // made its own call with a verb after its cue ("is expected to be negotiated"), so
        // "Analysts expect steel and coal prices are likely to ..." stays one (round 55).
        let bare_subject = words.first().is_some_and(|w| bare_noun(w))
            && left.windows(2).any(|p| {
                (matches!(p[0].0.as_ref(), "expected" | "likely" | "unlikely" | "set")
                    && p[1].0 == "to")
                    || (matches!(
                        p[0].0.as_ref(),
                        "will" | "should" | "could" | "might" | "may"
                    ) && p[1].0.chars().all(|c| c.is_ascii_alphabetic()))
            });
        let hedged_subject = (opens_own_subject(&sentence[next..]) || bare_subject)
            && (1..=4).any(|k| {
                words.get(k).is_some_and(|w| matches!(*w, "is" | "are"))
                    && !words[1..k].iter().any(|w| {
                        matches!(
                            *w,
                            "in" | "of"
                                | "on"
                                | "for"
                                | "at"
                                | "by"
                                | "with"
                                | "from"
                                | "to"
                                | "that"
                                | "who"
                                | "which"
                        )
                    })
                    && words.get(k + 1).is_some_and(|w| {
                        matches!(
                            *w,
                            "likely"
                                | "unlikely"
                                | "expected"
                                | "poised"
                                | "tipped"
                                | "favored"
                                | "favoured"
                                | "thought"
                                | "believed"
                                | "projected"
                                | "forecast"
                                | "predicted"
                        )
                    })
                    && words.get(k + 2) == Some(&"to")
            });
        if (own && (second || own_subject) && (saying || !verb_first))
            || modal_second
            || held_view
            || hedged_subject
        {
            out.push((at, next));
            last = next;
        }
    }
    out
}

/// Whether a plain " and " joins two bare nouns of one subject after a verb of expecting:
/// "Analysts expect steel and coal prices are likely to rise" expects one thing of "steel and
/// coal prices", so the left side ("Analysts expect steel", one or two bare words after the
/// verb, no comma) is no clause of its own to split off (rb; it gave the claim "Steel").
fn coordinated_subject(
    left_text: &str,
    left: &[super::hedges::Token<'_>],
    join: &str,
    right: &[&str],
) -> bool {
    if join != " and " || !right.first().is_some_and(|w| bare_noun(w)) {
        return false;
    }
    let Some(verb) = left.iter().rposition(|t| {
        matches!(
            t.0.as_ref(),
            "expect" | "expects" | "believe" | "believes" | "predict" | "predicts" | "see" | "sees"
        )
    }) else {
        return false;
    };
    let after = &left[verb + 1..];
    (1..=2).contains(&after.len())
        && after.iter().all(|t| bare_noun(t.0.as_ref()))
        && !left_text[left[verb].2..].contains([',', ';', ':'])
}

/// Whether `w` (lower-cased) may open a bare noun phrase ("shareholders", "imports"): a word
/// of letters that is no pronoun, article, adverb of sequence or verb of the modal family.
fn bare_noun(w: &str) -> bool {
    w.len() > 2
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && !matches!(
            w,
            "it" | "its"
                | "they"
                | "them"
                | "he"
                | "she"
                | "we"
                | "you"
                | "this"
                | "that"
                | "these"
                | "those"
                | "there"
                | "which"
                | "who"
                | "what"
                | "then"
                | "also"
                | "now"
                | "still"
                | "thus"
                | "hence"
                | "yet"
                | "not"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "could"
                | "should"
                | "might"
                | "may"
                | "has"
                | "have"
                | "had"
                | "the"
                | "and"
                | "but"
        )
}

/// Whether the words after a join open with a subject of their own: a capital (a name; not
/// the writer's "I") or a determiner ("the Packers", "their rivals"), never a pronoun, which
/// may be the left side's subject again.
pub(super) fn opens_own_subject(rest: &str) -> bool {
    let first = rest.split_whitespace().next().unwrap_or("");
    (first.starts_with(|c: char| c.is_uppercase()) && first != "I")
        || matches!(
            first.to_ascii_lowercase().as_str(),
            "the" | "its" | "their" | "other" | "most" | "many" | "some" | "several"
        )
}

/// Whether `words` (lower-cased) state a chance with its number: "a 30 per cent chance",
/// "10% odds", "a 15 percent probability".
fn numbered_chance(words: &[&str]) -> bool {
    let chance = words
        .iter()
        .position(|w| matches!(*w, "chance" | "chances" | "odds" | "probability"));
    chance.is_some_and(|c| {
        words[..c]
            .iter()
            .any(|w| w.starts_with(|ch: char| ch.is_ascii_digit()))
    })
}

/// Places where a sentence goes on to a second forecast of its own without "and X will":
/// a second complement of the verb of saying or expecting ("expects rates to fall and that
/// the bank will cut twice", "..., adding that the team will win two games"), an absolute
/// phrase with its own hedge or number ("Rain is expected, with the hills likely to be
/// wetter", "a 60 per cent chance of a mild winter, with only a 10 per cent chance of heavy
/// snow"), and the next item of a list of chances ("60% odds of a soft landing, 30% odds of a
/// mild recession"). The left side must hold a cue of its own (else nothing is split off
/// from anything), the right side its own hedge within its first words.
fn second_complements(
    sentence: &str,
    lower: &str,
    conds: &[(usize, usize, String)],
) -> Vec<(usize, usize)> {
    const BREAKS: &[&str] = &[
        ", adding that ",
        " and that ",
        ", with ",
        ", and ",
        " and ",
        ", ",
    ];
    let hedged = |w: &str| {
        matches!(
            w,
            "will"
                | "won't"
                | "could"
                | "might"
                | "should"
                | "expect"
                | "expects"
                | "expected"
                | "likely"
                | "unlikely"
                | "chance"
                | "odds"
                | "probability"
                | "set"
                | "predict"
                | "predicts"
                | "forecast"
                | "forecasts"
        ) || w.ends_with("'ll")
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    for brk in BREAKS {
        let mut from = 0;
        while let Some(rel) = lower[from..].find(brk) {
            let at = from + rel;
            let next = at + brk.len();
            from = next;
            if out.iter().any(|&(a, b)| at < b && next > a)
                || conds.iter().any(|(a, b, _)| at + 1 >= *a && at < *b)
            {
                continue;
            }
            let stop = sentence[next..]
                .find([',', ';', '(', '\u{2014}'])
                .map_or(sentence.len(), |i| next + i);
            // "We make the Lions 70% to win, and we have the Bears at 45% to cover the
            // spread": two prices, each its own outcome (audit 26, finding 4).
            if matches!(*brk, ", and " | " and ")
                && super::claims::priced_outcome(&sentence[..at]).is_some()
                && super::claims::priced_outcome(&sentence[next..stop]).is_some()
            {
                out.push((at, next));
                continue;
            }
            let left = super::hedges::tokens(&sentence[..at]);
            if !left.iter().any(|t| hedged(t.0.as_ref())) {
                continue;
            }
            let right = super::hedges::tokens(&sentence[next..stop]);
            let words: Vec<&str> = right.iter().take(10).map(|t| t.0.as_ref()).collect();
            let split =
                match *brk {
                    // "..., adding that X will", "... and that X will": a subject, then a hedge.
                    ", adding that " | " and that " => words
                        .iter()
                        .skip(1)
                        .take(7)
                        .any(|w| hedged(w) && !matches!(*w, "forecast" | "forecasts")),
                    // "..., with only a 10 per cent chance of X", "..., with the hills likely to
                    // be wetter": a number's chance, or a subject before "likely"/"expected to".
                    ", with " => {
                        numbered_chance(&words)
                            || words.iter().skip(1).take(7).zip(words.iter().skip(2)).any(
                                |(w, n)| {
                                    matches!(*w, "likely" | "unlikely" | "expected" | "set")
                                        && *n == "to"
                                },
                            )
                    }
                    // "60% odds of X, 30% odds of Y, and only 10% odds of Z": a list of
                    // chances, each its own.
                    _ => {
                        let item: Vec<&str> = words
                            .iter()
                            .copied()
                            .skip_while(|w| matches!(*w, "only" | "a" | "an" | "just"))
                            .collect();
                        item.first()
                            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                            && numbered_chance(&item[..item.len().min(5)])
                            && numbered_chance(
                                &left.iter().map(|t| t.0.as_ref()).collect::<Vec<&str>>(),
                            )
                    }
                };
            if split {
                out.push((at, next));
            }
        }
    }
    out
}

/// Clause spans of a sentence, never breaking inside or just before a condition.
pub(super) fn clauses(sentence: &str, conds: &[(usize, usize, String)]) -> Vec<(usize, usize)> {
    // (`find_short`: no substring searcher built for each word, most sentences asked.)
    let holds = |w: &str| super::claims::find_short(sentence, w).is_some();
    if !sentence.contains([',', ';'])
        && !holds(" and ")
        && !holds(" while ")
        && !holds(" but ")
        && !sentence.contains(['\n', '\r', '\t'])
    {
        return vec![(0, sentence.len())];
    }
    let mut lower = lowercase(sentence);
    if lower.len() != sentence.len() {
        return vec![(0, sentence.len())];
    }
    // "... by summer, and\nbetter than even odds by ...": a sentence wrapped across lines
    // breaks where it would on one line; a line break or tab is a space to the breaks (one
    // ASCII byte for another, the offsets kept; round 49).
    if lower.contains(['\n', '\r', '\t']) {
        lower = lower.replace(['\n', '\r', '\t'], " ");
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // Every break opens with its only comma or semicolon, so no two matches of one break
    // overlap, and the matches are the places of those bytes where a break starts: one pass
    // over the sentence instead of a substring search per break (`cuts` is sorted below).
    for (at, _) in lower.match_indices([',', ';']) {
        let rest = &lower[at..];
        for brk in CLAUSE_BREAKS.iter().filter(|b| rest.starts_with(*b)) {
            let next = at + brk.len();
            let guarded = conds
                .iter()
                .any(|(a, b, _)| (at >= *a && at < *b) || (*a >= at && *a <= next + 1));
            if !guarded {
                cuts.push((at, next));
            }
        }
    }
    cuts.extend(joined(sentence, &lower, conds));
    cuts.extend(second_complements(sentence, &lower, conds));
    cuts.extend(judged_with(&lower, conds));
    cuts.extend(later_horizon(&lower));
    // "X is sure to win and even if he falls short he will lead": a join right before a
    // condition whose main clause has its own modal opens a forecast of its own (audit 30).
    for (a, b, _) in conds {
        let own = unpunctuated_end(sentence[*b..].trim_start(), 0).is_some_and(|(e, _)| e == 0)
            || sentence[*b..]
                .trim_start_matches([',', ' '])
                .starts_with("then ");
        if let Some(j) = sentence[..*a].strip_suffix(" and ").filter(|_| own) {
            cuts.push((j.len(), *a));
        }
    }
    // "Asked how large the loans were likely to be, X said he thought they would ...": the
    // question put to the speaker is a clause of its own, not the answer's (round 58).
    if lower.strip_prefix("asked ").is_some_and(|rest| {
        matches!(
            rest.split(' ').next(),
            Some("how" | "whether" | "if" | "when" | "what" | "why" | "which" | "who")
        )
    }) {
        if let Some(at) = lower.find(", ") {
            cuts.push((at, at + 2));
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

/// A trailing ", with X seen as unlikely before February" after a forecast: an absolute
/// clause judging a second event, its own forecast (audit 28, E7). The cut is its ", with ".
pub(super) fn judged_with(lower: &str, conds: &[(usize, usize, String)]) -> Vec<(usize, usize)> {
    const JUDGED: &[&str] = &[
        " seen as ",
        " viewed as ",
        " considered ",
        " deemed ",
        " thought ",
        " seen ",
        " expected ",
        " tipped ",
        // "City are 4/6 favourites, with Town priced at 7/2": a rival's own price (round
        // 40; audit 28, E2).
        " priced at ",
        " quoted at ",
    ];
    lower
        .match_indices(", with ")
        .filter(|(at, _)| {
            let from = at + ", with ".len();
            let end = lower[from..]
                .find([',', ';'])
                .map_or(lower.len(), |i| from + i);
            let part = &lower[from..end];
            // The judged thing is a noun phrase of one to four words before the verb.
            JUDGED.iter().any(|j| {
                part.find(j)
                    .is_some_and(|i| (1..=4).contains(&part[..i].split_whitespace().count()))
            }) && !conds.iter().any(|(a, b, _)| at >= a && at < b)
        })
        .map(|(at, brk)| (at, at + brk.len()))
        .collect()
}

/// Whether the found time phrase lies inside one of the conditions.
pub(super) fn holds(conds: &[(usize, usize, String)], f: &super::timefind::Found) -> bool {
    conds.iter().any(|(a, b, _)| f.start >= *a && f.end <= *b)
}

#[cfg(test)]
mod tests {

    /// Round 57: a condition that only points back ("so", "that's the case", "they do") is
    /// told apart from one that names what it supposes.
    #[test]
    fn a_condition_that_points_back_is_told_apart() {
        for t in [
            "so",
            "not",
            "that's the case",
            "that is the case",
            "that\u{2019}s the case",
            "then that happens",
            "that happens and they do",
            "he does",
            "they don't",
            "it does not",
        ] {
            assert!(super::points_back(t), "{t}");
        }
        for t in [
            "the merger goes ahead",
            "that deal goes ahead",
            "prices rise",
            "it rains",
        ] {
            assert!(!super::points_back(t), "{t}");
        }
    }

    /// "Without a deal, X" and "Absent new funding, X": the fronted lack is the condition
    /// "no deal" (audit 26); "without" later in the sentence is no condition.
    #[test]
    fn a_fronted_without_is_the_condition_of_its_lack() {
        let s = "Without a deal, the plant would close by June, the union warned.";
        assert_eq!(
            super::conditions(s),
            vec![(0, s.find(',').unwrap(), "no deal".to_string())]
        );
        let s = "Absent new funding, the line will shut in May.";
        assert_eq!(super::conditions(s)[0].2, "no new funding");
        assert!(super::conditions("The plant will close without warning in June.").is_empty());
        // A demonstrative or possessive cannot follow "no" (the tour's op-ed).
        let s = "Without that pressure, the talks are likely to stall by the end of the year.";
        assert_eq!(super::conditions(s)[0].2, "without that pressure");
        let s = "Absent their support, the bill will fail.";
        assert_eq!(super::conditions(s)[0].2, "without their support");
    }

    /// "If the party had a rival, it would lose": a condition contrary to fact.
    #[test]
    fn a_condition_contrary_to_fact_is_counterfactual() {
        for t in [
            "the opposition had a stronger candidate",
            "it were up to the voters",
            "the club were to sell its striker",
        ] {
            assert!(super::counterfactual(t), "{t}");
        }
        for t in [
            "the opposition has a stronger candidate",
            "I were forced to bet",
            "the bank had to raise rates",
        ] {
            assert!(!super::counterfactual(t), "{t}");
        }
    }

    /// `clauses` finds the breaks from their comma or semicolon, which holds only while each
    /// break opens with one and has no other (so no two matches of one break overlap).
    #[test]
    fn every_clause_break_opens_with_its_only_comma_or_semicolon() {
        for b in super::CLAUSE_BREAKS {
            assert!(b.starts_with([',', ';']), "{b:?}");
            assert_eq!(b.matches([',', ';']).count(), 1, "{b:?}");
        }
        assert_eq!(
            super::clauses(
                "Rates will rise, but wages will lag; prices, though, will fall.",
                &[]
            ),
            vec![(0, 15), (21, 35), (37, 63)]
        );
    }

    /// A second predicate of the same subject opening with a modal of its own ("will likely
    /// peak in March and could ease by the summer", "is expected to drag on, and may end up")
    /// or a copula with its own hedge ("..., and is likely to stall") is a clause of its own; a second plain "will" after a first, and "and then" without a
    /// modal, are one forecast told in two steps (issue 13, several forecasts in one
    /// sentence; sentences we wrote). (`a_second_predicate_with_its_own_modal_is_a_clause`)
    #[test]
    fn a_second_predicate_with_its_own_modal_is_a_clause() {
        assert_eq!(
            super::clauses(
                "Prices will likely peak in March and could ease by the summer.",
                &[]
            ),
            vec![(0, 32), (37, 62)]
        );
        assert_eq!(
            super::clauses(
                "The fight is expected to drag on, and may end up at the top court.",
                &[]
            ),
            vec![(0, 32), (38, 66)]
        );
        // A copula with its own hedge and "to" counts as a modal does.
        assert_eq!(
            super::clauses(
                "The bill is expected to pass the House in May, and is likely to stall in the Senate.",
                &[]
            ),
            vec![(0, 45), (51, 84)]
        );
        for s in [
            "Prices will rise in March and will fall in June.",
            "Sales will rise and then fall by June.",
            "Prices could rise and could fall.",
        ] {
            assert_eq!(super::clauses(s, &[]), vec![(0, s.len())], "{s}");
        }
    }

    /// The writer's own odds after ", and" following a clause that is not the writer's is a
    /// second forecast (audit 22, C3; sentences we wrote).
    #[test]
    fn the_writers_own_odds_after_and_are_a_second_clause() {
        let s = "The lira is likely to weaken by year end, and we would put the odds of a strike in 2027 at about one in three.";
        assert_eq!(super::clauses(s, &[]), vec![(0, 40), (46, s.len())]);
        // No odds of its own: one forecast and the writer's aside.
        let s = "The lira is likely to weaken by year end, and we will see.";
        assert_eq!(super::clauses(s, &[]), vec![(0, s.len())]);
    }

    /// An aside set off by commas after the join ("and Beta, too, will") is read past: the
    /// named subject and its own modal still make a second clause (sentences we wrote).
    #[test]
    fn an_aside_after_a_join_is_read_past() {
        let s = "Acme will top $90 this year, and Beta, too, will pass $40.";
        assert_eq!(super::clauses(s, &[]), vec![(0, 27), (33, s.len())]);
        let s = "Acme will top $90 this year, and Beta, for its part, could slip.";
        assert_eq!(super::clauses(s, &[]), vec![(0, 27), (33, s.len())]);
        // Without a subject of its own the right side stays one forecast with the left.
        let s = "Acme will top $90 this year, and then, too, will climb.";
        assert_eq!(super::clauses(s, &[]), vec![(0, s.len())]);
    }

    /// "X will A and the Y will B": a noun phrase opened by a determiner with its own finite
    /// modal right after it is a second forecast's subject; a pronoun, a noun phrase with a
    /// phrase of its own before the modal, or a consequence's "would", is not split off (issue 13, two forecasts in
    /// one sentence).
    #[test]
    fn a_determined_subject_with_its_own_modal_is_a_second_clause() {
        assert_eq!(
            super::clauses(
                "Home prices will climb 4% next year and the central bank will cut rates twice.",
                &[]
            ),
            vec![(0, 35), (40, 78)]
        );
        assert_eq!(
            super::clauses(
                "Sales could slip in May, and their rival could gain share.",
                &[]
            ),
            vec![(0, 23), (29, 58)]
        );
        for s in [
            "Home prices will climb next year and they will stay high.",
            "Rates will fall by June and the cuts in the spring will help.",
            "Rates will fall by June and the economy is recovering.",
            "Rates will fall by June and the move would lift stocks.",
        ] {
            assert_eq!(super::clauses(s, &[]), vec![(0, s.len())], "{s}");
        }
    }

    /// A subject of its own with a hedged copula and its "to" after a clause with a cue is a
    /// second clause (round 29; sentences we wrote); a pronoun, "due to" a cause or a plain
    /// copula is not.
    #[test]
    fn a_subject_of_its_own_with_a_hedged_copula_is_a_second_clause() {
        let s = "Injuries will likely decide the division, and the Packers are thought to be \
                 arriving at full strength in January.";
        assert_eq!(super::clauses(s, &[]), vec![(0, 40), (46, s.len())]);
        let s = "Rents will probably rise by June, and Halden Council is expected to approve it.";
        assert_eq!(super::clauses(s, &[]), vec![(0, 32), (38, s.len())]);
        for s in [
            "Rents will probably rise by June, and it is expected to approve the tower.",
            "The ferry will likely sail late, and the delay is due to the strike.",
            "The ferry will likely sail late, and the crew is ready to leave.",
        ] {
            assert_eq!(super::clauses(s, &[]), vec![(0, s.len())], "{s}");
        }
        assert!(super::opens_own_subject("the Packers are"));
        assert!(super::opens_own_subject("Halden Council is"));
        assert!(!super::opens_own_subject("it is"));
        assert!(!super::opens_own_subject("I think"));
    }

    /// Being made to predict is how the writer came to speak, not a condition of the event.
    #[test]
    fn even_if_is_no_condition_and_should_opens_an_inverted_one() {
        // (audit 13, E15) The concessive clause leaves the claim with no condition text.
        assert_eq!(
            super::conditions("Even if the talks fail, the mayor will stay until June."),
            vec![(0, 22, String::new())]
        );
        assert_eq!(
            super::conditions("Should oil stay above $90, airlines will raise fares."),
            vec![(0, 25, "oil stays above $90".to_string())]
        );
        // "Should" as the hedge of the sentence's own verb opens nothing.
        assert!(super::conditions("Should win the cup: Rovers.").is_empty());
        assert!(super::conditions("Fares should rise by June, analysts say.").is_empty());
    }

    /// An inverted "should" clause is stated as a plain present ("one occurs", "the mayor
    /// resigns"), and a "one" takes the thing the sentence before names (audit 19 A5;
    /// sentences we wrote).
    #[test]
    fn an_inverted_condition_reads_plainly_with_its_referent() {
        for (s, want) in [
            ("Should one occur, fares will rise.", "one occurs"),
            (
                "Should the mayor resign, an election will follow.",
                "the mayor resigns",
            ),
            (
                "Should prices rise further, demand will fall.",
                "prices rise further",
            ),
            (
                "Should Acme Corp miss its target, shares will fall.",
                "Acme Corp misses its target",
            ),
            ("Should it be delayed, costs will grow.", "it is delayed"),
        ] {
            assert_eq!(super::conditions(s)[0].2, want, "{s}");
        }
        assert_eq!(
            super::referent(
                "one occurs",
                "We think a port strike in the spring is unlikely, maybe 20%."
            ),
            Some("a port strike occurs".to_string())
        );
        assert_eq!(
            super::referent("prices rise", "A strike is unlikely."),
            None
        );
    }

    #[test]
    fn being_asked_to_predict_is_no_condition() {
        for t in [
            "I'm forced to predict",
            "pressed to predict",
            "I had to guess",
            "I were forced to bet",
        ] {
            assert!(super::asked_to_predict(t), "{t}");
        }
        for t in [
            "the board is forced to sell",
            "rates fall",
            "they had to predict the weather every day for a month",
        ] {
            assert!(!super::asked_to_predict(t), "{t}");
        }
    }

    /// A sentence wrapped across lines breaks into its clauses where it would on one line:
    /// a line break after the join is a space to the breaks (round 49, sentences we wrote).
    #[test]
    fn a_line_break_after_a_join_still_breaks_the_clause() {
        let one = "Rents will rise by June, but wages will lag.";
        let wrapped = "Rents will rise by June, but\nwages will lag.";
        assert_eq!(super::clauses(one, &[]), super::clauses(wrapped, &[]));
        assert_eq!(super::clauses(wrapped, &[]), vec![(0, 23), (29, 44)]);
        assert_eq!(
            super::clauses(
                "Prices will likely peak in March and\ncould ease by the summer.",
                &[]
            ),
            vec![(0, 32), (37, 62)]
        );
    }
}
