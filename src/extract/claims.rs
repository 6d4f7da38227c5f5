//! Claims: the forecast stated as short as it can be while still saying what would make it
//! true: conditions, lead-ins, attribution and asides removed, hedge frames stated plainly
//! ("X is likely to rise" becomes "X will rise"; the probability carries the hedge).

use super::attribution::{ADVERBS, ATTRIBUTING, EVIDENCE_VERBS, INVERTED_SPEECH, ODDS_VERBS};
use super::case::lowercase;

pub(super) const DISCOURSE: &[&str] = &[
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

/// Markdown inline syntax out of a claim: `[text](url)` becomes `text`, emphasis asterisks
/// (`*x*`, `**x**`) go; a lone `*` between spaces (`2 * 3`) stays.
fn unmark(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['[', '*']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(inner) = tail.strip_prefix('[') {
            let link = inner.find("](").and_then(|m| {
                let close = inner[m..].find(')')? + m;
                (!inner[..m].contains(['[', ']'])).then_some((m, close))
            });
            if let Some((m, close)) = link {
                out.push_str(&inner[..m]);
                rest = &inner[close + 1..];
            } else {
                out.push('[');
                rest = inner;
            }
        } else {
            let stars = tail.len() - tail.trim_start_matches('*').len();
            let before = out.chars().last().is_none_or(char::is_whitespace);
            let after = tail[stars..].chars().next().is_none_or(char::is_whitespace);
            if before && after {
                out.push_str(&tail[..stars]);
            }
            rest = &tail[stars..];
        }
    }
    out.push_str(rest);
    out
}

/// The claim: the sentence without its conditions, lead-in words, attribution and trailing
/// asides, as short as it can be while still saying what would make it true.
pub(super) fn claim(
    sentence: &str,
    conds: &[(usize, usize, String)],
    attributed: Option<&str>,
) -> String {
    let mut text = String::with_capacity(sentence.len());
    let mut last = 0;
    for (s, e, _) in conds {
        if *s >= last {
            text.push_str(&sentence[last..*s]);
            last = *e;
        }
    }
    text.push_str(&sentence[last.min(sentence.len())..]);
    let text = unmark(&text);
    let mut t = text
        .trim()
        .trim_start_matches([',', ';', '—', '–', ' ', '"', '\u{201c}'])
        .to_string();
    // A dateline ("WASHINGTON — ", "NEW YORK (Reuters) – "): capitals before a dash.
    if let Some((i, d)) = [" — ", " – ", " -- "]
        .iter()
        .filter_map(|d| t.find(d).map(|i| (i, d.len())))
        .min()
    {
        let head = &t[..i];
        if i <= 40
            && head.chars().any(char::is_uppercase)
            && !head.chars().any(char::is_lowercase)
            && t.len() > i + d
        {
            t = t[i + d..].to_string();
        }
    }
    // Trailing asides and attribution, found from the commas and dashes (one pass, no searches).
    let lower = lowercase(&t);
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
    // ", officials" and the like are an attribution only as a short closing tag (", officials
    // said last week"); "In Bern, officials expect the referendum to fail" goes on to the
    // forecast itself.
    let holders_tag = |rest: &str| {
        [", analysts", ", officials", ", economists"]
            .iter()
            .any(|m| rest.starts_with(m))
            && rest.split_whitespace().count() > 5
    };
    for (i, _) in lower.match_indices([',', '—']) {
        let rest = &lower[i..];
        if ASIDES.iter().any(|m| rest.starts_with(m)) && !holders_tag(rest) {
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
        let a = a.to_lowercase();
        // ", the governor said." closes the claim; "Based on median responses, the economists
        // saw ..." opens it.
        if let Some(i) = lower.rfind(&format!(", {a}")) {
            let tag = &lower[i + 2..];
            // "..., the economists saw a 50% probability": a verb stating odds opens it too.
            let verb = tag[a.len()..].split_whitespace().next().unwrap_or("");
            let opens = holder_lead(tag, &a, tag.len())
                .is_some_and(|n| tag[n..].split_whitespace().count() > 3)
                || ODDS_VERBS.contains(&verb);
            if !opens {
                cut = cut.min(i);
            }
        }
        // ", said Jane Roe": the tag with its verb first.
        for verb in INVERTED_SPEECH {
            if let Some(i) = lower.rfind(&format!(", {verb} {a}")) {
                cut = cut.min(i);
            }
        }
    }
    t.truncate(cut.min(t.len()));
    // Lead-ins.
    loop {
        let lower = lowercase(&t);
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
    // "(and the rules say I am), I think X": an aside left at the front by a removed
    // condition goes with it.
    if t.starts_with('(') {
        if let Some(close) = t.find(')') {
            t = t[close + 1..].trim_start_matches([',', ' ']).to_string();
        }
    }
    // "Based on median responses, the economists expect X": the words before the holder.
    if let Some(a) = attributed {
        let lower = lowercase(&t);
        let a = a.to_lowercase();
        // "New forecasts from Acme Research predict X" too.
        if !lower.starts_with(&a) {
            let at = [", ", "from ", "by "].iter().find_map(|before| {
                let i = lower.find(&format!("{before}{a} "))? + before.len();
                holder_lead(&lower[i..], &a, t.len() - i).map(|_| i)
            });
            if let Some(rest) = at
                .filter(|_| lower.len() == t.len())
                .and_then(|i| t.get(i..))
            {
                t = rest.to_string();
            }
        }
    }
    // "Expect X" / "We expect (that) X" / "Analysts expect (that) X" keep X.
    let lower = lowercase(&t);
    const PREFIXES: &[&str] = &[
        "we assess that ",
        "we believe that ",
        "we judge that ",
        "we think that ",
        "we see ",
        "expect that ",
        "expect ",
        "don't expect ",
        "do not expect ",
        "i think that ",
        "i think ",
        "we think ",
        "i don't think that ",
        "i don't think ",
        "we don't think that ",
        "we don't think ",
        "i do not think ",
        "we do not think ",
        "i don't believe that ",
        "i don't believe ",
        "we don't believe that ",
        "we don't believe ",
        "i do not believe ",
        "we do not believe ",
        "i doubt that ",
        "i doubt ",
        "we doubt that ",
        "we doubt ",
        "few expect that ",
        "few expect ",
        "few think that ",
        "few think ",
        "few believe that ",
        "few believe ",
        "nobody expects ",
        "no one expects ",
        "don't hold your breath waiting for ",
        "don't hold your breath for ",
        "look for ",
        "we expect that ",
        "we expect ",
        "i expect ",
        "mark my words: ",
        "mark my words, ",
    ];
    // The first prefix in order that the claim starts with (and is longer than) is dropped:
    // the fixed ones, then "<holder> <verb> that " and "<holder> <verb> " for the verbs
    // `attribution` recognizes, compared in place instead of built as strings.
    let mut lead = PREFIXES
        .iter()
        .find(|p| lower.starts_with(*p) && t.len() > p.len())
        .map(|p| p.len())
        .or_else(|| chance_frame(&lower).filter(|&n| t.len() > n && t.is_char_boundary(n)));
    if lead.is_none() {
        if let Some(a) = attributed {
            lead = holder_lead(&lower, &a.to_lowercase(), t.len());
        }
    }
    // "The company expects to hit its target": the holder is the subject of the event
    // ("The company will hit its target"); "I expect the Fed to cut rates": the object is
    // ("The Fed will cut rates").
    if let Some(len) = lead {
        let frame = &lower[..len];
        let expecting = [
            "expect",
            "expects",
            "predict",
            "predicts",
            "anticipate",
            "anticipates",
            "look for",
        ]
        .iter()
        .any(|v| frame.trim_end().ends_with(v));
        if expecting {
            let rest = &t[len..];
            if let Some(after) = rest.strip_prefix("to ") {
                // Only a plain subject: "Analysts don't expect to" or "Few expect to" would
                // turn the negation into the event.
                let subject = match frame {
                    "i expect " | "we expect " => t.get(..frame.find(' ').unwrap_or(0)),
                    _ => attributed
                        .filter(|a| {
                            let a = a.to_lowercase();
                            lower.starts_with(&a)
                                && !frame[a.len()..].split_whitespace().any(|w| {
                                    matches!(
                                        w.replace('\u{2019}', "'").as_str(),
                                        "don't" | "doesn't" | "didn't" | "not" | "never"
                                    )
                                })
                        })
                        .and_then(|a| t.get(..a.len())),
                };
                if let Some(subject) = subject.filter(|s| !s.is_empty() && !s.contains(['(', ',']))
                {
                    return finish(&format!("{subject} will {after}"), sentence);
                }
            } else if let Some(event) = infinitive_object(rest) {
                return finish(&event, sentence);
            }
        }
    }
    if let Some(len) = lead {
        t = t[len..].to_string();
    }
    finish(&t, sentence)
}

/// The claim's last touches: hedge frames stated plainly, closing punctuation off, a capital
/// first (the sentence itself when nothing is left).
fn finish(t: &str, sentence: &str) -> String {
    let t = normalize_hedges(
        t.trim()
            .trim_end_matches(['.', ',', ';', ':', '—', '–', ' ', '!', '"', '\u{201d}'])
            .trim(),
    );
    let mut chars = t.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => sentence.trim().to_string(),
    }
}

/// The length of "<holder> <verb> (that) " opening `lower` (`len` bytes of claim), for the
/// verbs `attribution` recognizes, adverbs, a negation or a parenthetical between holder and
/// verb ("Most economists (54 of 100) now expect").
fn holder_lead(lower: &str, holder: &str, len: usize) -> Option<usize> {
    let mut rest = lower.strip_prefix(holder)?.strip_prefix(' ')?;
    // "Most economists (54 of 100) expect": the parenthetical goes with the holder.
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        rest = rest[close + 1..].trim_start();
    }
    // "Most economists now expect": adverbs between the holder and its verb.
    while let Some((w, r)) = rest.split_once(' ') {
        let negation = matches!(
            w.replace('\u{2019}', "'").as_str(),
            "don't" | "doesn't" | "didn't" | "not" | "never"
        );
        // "Analysts don't expect X": the negation is read by the hedges.
        if !ADVERBS.contains(&w) && !negation {
            break;
        }
        rest = r;
    }
    let skipped = lower.len() - rest.len();
    ATTRIBUTING
        .iter()
        .chain(EVIDENCE_VERBS)
        .chain(&["told"])
        .find_map(|v| {
            let after = rest.strip_prefix(v)?;
            // "said on Wednesday that X": a short time phrase before "that".
            if let Some(k) = after.find(" that ") {
                let n = skipped + v.len() + k + " that ".len();
                if after[..k].split_whitespace().count() <= 3 && len > n {
                    return Some(n);
                }
            }
            [" that ", " "].iter().find_map(|sep| {
                let n = skipped + v.len() + sep.len();
                (after.starts_with(sep) && len > n).then_some(n)
            })
        })
}

/// Nouns that take "to" as a preposition ("a return to growth", "a cut to 3%"): "expect a
/// return to growth" has no infinitive.
const TO_NOUNS: &[&str] = &[
    "return",
    "move",
    "shift",
    "switch",
    "rise",
    "fall",
    "drop",
    "increase",
    "decrease",
    "cut",
    "cuts",
    "hike",
    "hikes",
    "boost",
    "decline",
    "change",
    "changes",
    "transition",
    "path",
    "trip",
    "visit",
    "threat",
    "risk",
    "access",
    "commitment",
    "answer",
    "response",
    "solution",
    "approach",
    "way",
    "road",
    "end",
    "damage",
    "exposure",
    "upgrade",
    "downgrade",
    "revision",
    "revisions",
    "adjustment",
    "slowdown",
    "recovery",
    "climb",
    "jump",
    "slide",
    "plunge",
    "reduction",
    "reductions",
    "contribution",
];

/// "the Fed to cut rates" after "expect": the event "the Fed will cut rates". A short noun
/// phrase (up to five words, no comma) then "to" and a lower-case word that is not a
/// determiner, number or month; `None` otherwise ("a return to growth", "two cuts").
fn infinitive_object(rest: &str) -> Option<String> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let k = words.iter().take(6).position(|w| *w == "to")?;
    if k == 0
        || words[..k]
            .iter()
            .any(|w| w.contains([',', ';', '(', ')', ':']))
    {
        return None;
    }
    let head = words[k - 1].to_lowercase();
    let next = *words.get(k + 1)?;
    let determiner = matches!(
        next,
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "that"
            | "these"
            | "those"
            | "our"
            | "my"
            | "your"
            | "about"
            | "around"
            | "between"
            | "zero"
            | "at"
    );
    if TO_NOUNS.contains(&head.as_str())
        || determiner
        || !next.starts_with(|c: char| c.is_ascii_lowercase())
        || words[..k]
            .iter()
            .any(|w| matches!(w.to_lowercase().as_str(), "will" | "would" | "is" | "are"))
    {
        return None;
    }
    let np = words[..k].join(" ");
    Some(format!("{np} will {}", words[k + 1..].join(" ")))
}

/// How long a chance frame's opening may be before its event starts ("There is a 30 to
/// 40 percent chance that"), in bytes.
const CHANCE_WINDOW: usize = 60;

/// The length of a frame that only says how likely the event after it is: "There is no
/// chance (that) X", "There's a 30% chance that X", "I give it one in four odds that X".
/// The claim is X; the probability carries the frame. `None` for "there is a chance of
/// rain", whose event is not a clause.
fn chance_frame(lower: &str) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "there is ",
        "there's ",
        "there\u{2019}s ",
        "i give it ",
        "i'd give it ",
        "i would give it ",
        "we give it ",
    ];
    let opener = OPENERS.iter().find(|o| lower.starts_with(*o))?;
    let rest = &lower[opener.len()..];
    for joint in [
        " chance that ",
        " chances that ",
        " odds that ",
        " probability that ",
        " likelihood that ",
    ] {
        if let Some(i) = rest.find(joint).filter(|&i| i <= CHANCE_WINDOW) {
            return Some(opener.len() + i + joint.len());
        }
    }
    // "There is no chance the bill passes": a bare clause after a quantified chance.
    for quantified in [
        "no chance ",
        "zero chance ",
        "little chance ",
        "almost no chance ",
        "virtually no chance ",
        "every chance ",
        "a good chance ",
        "a strong chance ",
        "a real chance ",
    ] {
        if let Some(after) = rest.strip_prefix(quantified) {
            let next = after.split_whitespace().next().unwrap_or("");
            if !matches!(next, "of" | "to" | "for" | "in" | "at" | "") {
                return Some(opener.len() + quantified.len());
            }
        }
    }
    None
}

/// Hedge frames that say only how likely the event is, replaced so the claim states the event
/// plainly: "X is likely to rise" -> "X will rise", "X will probably not rise" -> "X will not
/// rise". The probability carries the hedge.
pub(super) const FRAMES: &[(&str, &str)] = &[
    (" is not expected to ", " will not "),
    (" are not expected to ", " will not "),
    (" isn't expected to ", " will not "),
    (" aren't expected to ", " will not "),
    (" is not likely to ", " will not "),
    (" are not likely to ", " will not "),
    (" will probably not ", " will not "),
    // Kent's "almost certainly not" is a probability of the event (0.03), read like "don't
    // expect": the claim is the event itself.
    (" will almost certainly not ", " will "),
    (" would almost certainly not ", " would "),
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
pub(super) const PREDICATE_HEDGES: &[&str] = &[
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

pub(super) fn normalize_hedges(claim: &str) -> String {
    let mut t = format!(" {claim} ");
    let lower = lowercase(&t);
    // Every frame has one of these words; most claims have none, so skip the searches.
    let framed = lower.len() == t.len()
        && [
            " is ", " are ", " will ", " won't ", " isn't ", " aren't ", " would ",
        ]
        .iter()
        .any(|w| lower.contains(w));
    let mut reframed = false;
    if framed {
        let spaces = spaces(&lower, FRAMES.iter().map(|(from, _)| *from));
        for (from, to) in FRAMES {
            if let Some(i) = find_at_spaces(&lower, &spaces, from) {
                t.replace_range(i..i + from.len(), to);
                reframed = true;
                break;
            }
        }
    }
    let lower = if reframed { lowercase(&t) } else { lower };
    let spaces = spaces(&lower, PREDICATE_HEDGES.iter().copied());
    for h in PREDICATE_HEDGES {
        let Some(i) = find_at_spaces(&lower, &spaces, h) else {
            continue;
        };
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
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The byte offsets of the spaces in `text` where one of `patterns` could start: the two
/// bytes after the space are the two after a pattern's own leading space. Every occurrence of
/// a pattern that starts with a space and has two more bytes is at one of them, so
/// `find_at_spaces` over these finds what it would over all the spaces.
fn spaces<'p>(text: &str, patterns: impl Iterator<Item = &'p str>) -> Vec<usize> {
    let mut pairs: Vec<[u8; 2]> = Vec::new();
    let mut short = false;
    for p in patterns.filter(|p| p.starts_with(' ')) {
        match p.as_bytes().get(1..3) {
            Some(b) => pairs.push([b[0], b[1]]),
            None => short = true,
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let t = text.as_bytes();
    (0..t.len())
        .filter(|&i| {
            t[i] == b' '
                && (short
                    || t.get(i + 1..i + 3)
                        .is_some_and(|b| pairs.contains(&[b[0], b[1]])))
        })
        .collect()
}

/// `text.find(pattern)` for a pattern that starts with a space, given the offsets of the spaces
/// of `text`: a comparison at each space instead of a substring searcher built per call.
/// A pattern that does not start with a space is searched for as usual.
fn find_at_spaces(text: &str, spaces: &[usize], pattern: &str) -> Option<usize> {
    if !pattern.starts_with(' ') {
        return text.find(pattern);
    }
    let (t, p) = (text.as_bytes(), pattern.as_bytes());
    // The byte after the space first: most positions fail there, without a call to memcmp.
    spaces.iter().copied().find(|&i| {
        t.len() - i >= p.len() && p.get(1).is_none_or(|b| t[i + 1] == *b) && &t[i..i + p.len()] == p
    })
}

/// The clause without its conditions and trailing asides, where the hedge that matters is.
pub(super) fn claim_core(clause: &str, conds: &[(usize, usize, String)]) -> String {
    let mut text = String::new();
    let mut last = 0;
    for (a, b, _) in conds {
        if *a >= last && *a <= clause.len() {
            text.push_str(&clause[last..*a]);
            last = (*b).min(clause.len());
        }
    }
    text.push_str(&clause[last..]);
    let lower = lowercase(&text);
    const MARKERS: &[&str] = &[
        ", especially",
        ", as ",
        ", which",
        ", though",
        " — though",
        ", while",
        ", because",
        ", given",
    ];
    // The first offset where any marker starts (each starts with a comma or a space).
    let cut = lower
        .bytes()
        .enumerate()
        .filter(|(_, b)| matches!(b, b',' | b' '))
        .map(|(i, _)| i)
        .find(|&i| {
            MARKERS
                .iter()
                .any(|m| lower.as_bytes()[i..].starts_with(m.as_bytes()))
        })
        .unwrap_or(text.len());
    text.truncate(cut.min(text.len()));
    if !text.as_bytes().windows(3).any(|w| w == b"ll ") {
        return text;
    }
    text.replace("'ll ", " will ").replace("’ll ", " will ")
}

/// The text without "would", read first where it has one so that "would likely" reads as
/// "likely" and the conditional does not outvote another hedge. Case is kept ("May" is not
/// "may"). `None` when there is no "would".
pub(super) fn strip_would(text: &str) -> Option<String> {
    let lower = lowercase(text);
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
    use super::{claim, unmark};

    #[test]
    fn markdown_links_and_emphasis_leave_the_claim() {
        assert_eq!(
            unmark("[The Fed](https://fed.example/) will cut rates by June"),
            "The Fed will cut rates by June"
        );
        assert_eq!(
            unmark("The *euro* is **likely** up"),
            "The euro is likely up"
        );
        assert_eq!(unmark("2 * 3 [sic] stays"), "2 * 3 [sic] stays");
    }

    /// A frame that only says how likely the event is leaves the claim: the claim states
    /// the event, so resolving it as written scores the forecast the right way round.
    #[test]
    fn chance_frames_leave_the_event() {
        for (sentence, want) in [
            (
                "There is no chance the bill passes the Senate this year.",
                "The bill passes the Senate this year",
            ),
            (
                "There is a 30% chance that the merger closes by June.",
                "The merger closes by June",
            ),
            (
                "There's a 30 to 40 percent chance that the strike ends in May.",
                "The strike ends in May",
            ),
            (
                "I give it maybe one in four odds that the rover lands on time.",
                "The rover lands on time",
            ),
            (
                "Mark my words: the league will expand by 2028.",
                "The league will expand by 2028",
            ),
            // Not a clause after the frame: kept whole.
            (
                "There is a good chance of rain on Friday.",
                "There is a good chance of rain on Friday",
            ),
            (
                "There is no chance to win the title this year.",
                "There is no chance to win the title this year",
            ),
        ] {
            assert_eq!(claim(sentence, &[], None), want, "{sentence}");
        }
    }

    /// "X expects to V" and "expect X to V" keep their subject: "X will V" (audit 10, item 5;
    /// sentences we wrote). The holder is what `attribution` gives for the sentence.
    #[test]
    fn an_expected_infinitive_keeps_its_subject() {
        for (sentence, holder, want) in [
            (
                "The company expects to hit its target by year end.",
                Some("The company"),
                "The company will hit its target by year end",
            ),
            (
                "Acme Bank now expects to close the branch by June.",
                Some("Acme Bank"),
                "Acme Bank will close the branch by June",
            ),
            (
                "I expect the Fed to cut rates and signal more easing by December.",
                None,
                "The Fed will cut rates and signal more easing by December",
            ),
            (
                "Analysts expect the deal to close in May.",
                Some("Analysts"),
                "The deal will close in May",
            ),
            (
                "Look for the league to expand by 2028.",
                None,
                "The league will expand by 2028",
            ),
            (
                "I expect to finish the bridge by June.",
                None,
                "I will finish the bridge by June",
            ),
            // The tempting negatives: "to" as a preposition after a noun, a number or a
            // determiner; a negated holder keeps the frame for the hedges to read.
            (
                "Analysts expect a return to growth by June.",
                Some("Analysts"),
                "A return to growth by June",
            ),
            (
                "Analysts expect inflation to 3% by June.",
                Some("Analysts"),
                "Inflation to 3% by June",
            ),
            (
                "Analysts don't expect to see a cut before June.",
                Some("Analysts"),
                "To see a cut before June",
            ),
        ] {
            assert_eq!(claim(sentence, &[], holder), want, "{sentence}");
        }
    }

    /// The words around a holder found inside the sentence leave the claim: a lead before
    /// it, a report it made, a parenthetical after it; an aside left by a removed condition
    /// and the writer's "I think" go too (audit 10, item 5; sentences we wrote).
    #[test]
    fn the_words_around_a_holder_leave_the_claim() {
        for (sentence, holder, want) in [
            (
                "New forecasts from Acme Research predict that the lake will freeze by March.",
                Some("Acme Research"),
                "The lake will freeze by March",
            ),
            (
                "Most economists (54 of 100) expect that the bank will cut in September.",
                Some("Most economists"),
                "The bank will cut in September",
            ),
            (
                "Polls show Smith will win the primary in June.",
                Some("Polls"),
                "Smith will win the primary in June",
            ),
            (
                "Based on median responses, the economists expect that rates will fall by June.",
                Some("the economists"),
                "Rates will fall by June",
            ),
            (
                "(and the rules say I am), I think the ferry will resume in April.",
                None,
                "The ferry will resume in April",
            ),
            // A closing tag still closes the claim; a holder named late but not leading
            // its verb leaves the sentence whole.
            (
                "The ferry will resume in April, the harbour master said.",
                Some("the harbour master"),
                "The ferry will resume in April",
            ),
            (
                "Based on median responses, the economists saw a 50% probability of a cut by June.",
                Some("the economists"),
                "Based on median responses, the economists saw a 50% probability of a cut by June",
            ),
        ] {
            assert_eq!(claim(sentence, &[], holder), want, "{sentence}");
        }
    }
}
