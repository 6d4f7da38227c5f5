//! Claims: the forecast stated as short as it can be while still saying what would make it
//! true: conditions, lead-ins, attribution and asides removed, hedge frames stated plainly
//! ("X is likely to rise" becomes "X will rise"; the probability carries the hedge).

use super::attribution::{
    judged_likelihood, ADVERBS, ASSERTING, ATTRIBUTING, DOUBTING, EVIDENCE_VERBS, HOPEFUL,
    INFERRING, INVERTED_SPEECH, JUDGING, ODDS_VERBS, PROGRESSIVE, SKEPTICAL, SPEECH,
};
use super::case::lowercase;
use super::words::determiner;

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
    // "Either way, X will": the writer's link to what came before (round 50, audit 31 K2).
    "either way",
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

/// Spaces a page typesets words with that are spaces to the claim's rules: no-break
/// (U+00A0), figure (U+2007), thin (U+2009) and narrow no-break (U+202F).
const WIDE_SPACES: [char; 4] = ['\u{a0}', '\u{2007}', '\u{2009}', '\u{202f}'];

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
    // A no-break, narrow or thin space (a web page's typesetting: "likely\u{a0}to") is a
    // space to the claim's rules, or the claim kept its hedge ("are likely to fall" for
    // "will fall") and one article saved from two browsers logged two claims (ad3).
    let spaced = |s: &str| s.replace(WIDE_SPACES, " ");
    if text.contains(WIDE_SPACES) {
        text = spaced(&text);
    }
    let attributed_spaced = attributed.filter(|a| a.contains(WIDE_SPACES)).map(spaced);
    let attributed = attributed_spaced.as_deref().or(attributed);
    // "The deal, if approved, would close": the condition between two commas goes with one
    // of them, not leaving "The deal, , would close" (audit 28, E21).
    if !conds.is_empty() && text.contains(", , ") {
        text = text.replace(", , ", " ");
    }
    let text = unmark(&text);
    let mut t = text
        .trim()
        .trim_start_matches([',', ';', '—', '–', ' ', '"', '\u{201c}'])
        .to_string();
    // "\"Titan Fall\" will open ...": an opening quote closed right after a word and before
    // the sentence goes on quotes a name, not speech (which closes on its own punctuation:
    // "\"X will close by June,\" she said"); the name keeps both marks (audit 28, E21).
    let opened = text.trim().trim_start_matches([',', ';', '—', '–', ' ']);
    if let Some(mark) = opened
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\u{201c}'))
    {
        let close = if mark == '"' { '"' } else { '\u{201d}' };
        let body = &opened[mark.len_utf8()..];
        if let Some(end) = body.find(close) {
            let named = body[..end].ends_with(|c: char| c.is_alphanumeric())
                && body[end + close.len_utf8()..].starts_with(' ')
                && body[..end].split_whitespace().nth(6).is_none();
            if named && body == t {
                t = opened.to_string();
            }
        }
    }
    // An editor's note in brackets before the text ("[Translated from French] ", "[Updated]
    // "): no part of what is predicted.
    if t.starts_with('[') {
        if let Some(close) = t.find(']').filter(|&c| c < 80) {
            if !t[close + 1..].starts_with('(') {
                t = t[close + 1..].trim_start().to_string();
            }
        }
    }
    // A dateline ("WASHINGTON — ", "NEW YORK (Reuters) – "): capitals before a dash.
    if let Some((i, d)) = [" — ", " – ", " -- "]
        .iter()
        .filter_map(|d| find_short(&t, d).map(|i| (i, d.len())))
        .min()
    {
        let head = &t[..i];
        let capitals =
            head.chars().any(char::is_uppercase) && !head.chars().any(char::is_lowercase);
        if i <= 40 && (capitals || dated_head(head)) && t.len() > i + d {
            t = t[i + d..].to_string();
        }
    }
    // "Nurses are voting on the offer, which could see strikes start in January": the main
    // clause tells a present state and the relative clause's event is what is foreseen, so
    // it is the claim: "Strikes could start in January" (round 47).
    if let Some(event) = seen_event(&t).or_else(|| event_after_which(&t)) {
        t = event;
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
        ", per ",
        ", after which",
        ", indicating",
        ", analysts",
        ", officials",
        ", economists",
        ", whatever",
        ", whoever",
        ", regardless",
        // ", a move that could revive sales": an appositive about the consequences, with
        // a hedge of its own (audit 28, E13).
        ", a move that",
        ", a step that",
        ", a decision that",
        ", a development that",
        ", a change that",
        ", a shift that",
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
        // "One poll, though, forecast X": an adverb between commas is a parenthetical, no
        // clause of concession cut from the claim (audit 31, K7).
        if rest.starts_with(", though,") {
            continue;
        }
        if ASIDES.iter().any(|m| rest.starts_with(m)) && !holders_tag(rest) {
            cut = cut.min(if rest.starts_with('—') {
                lower[..i].trim_end().len()
            } else {
                i
            });
            break;
        }
    }
    if let Some(i) = find_short(&lower, " according to") {
        cut = cut.min(i);
    }
    // "Leeds are +150 to beat Villa, and I think that price is too big": a closing comment on
    // the price or odds (its subject the price, after "and" or "but" and an optional "I
    // think") is the writer's view of the market, no part of the claim (audit 24, E2).
    for conj in [", and ", ", but ", "; "] {
        for (i, _) in lower.match_indices(conj) {
            let rest = &lower[i + conj.len()..];
            let rest = ["i think ", "i reckon ", "i'd say ", "i feel "]
                .iter()
                .find_map(|l| rest.strip_prefix(l))
                .unwrap_or(rest);
            let about_price = [
                "that price",
                "the price",
                "this price",
                "that's a price",
                "the odds",
                "those odds",
                "these odds",
                "that's value",
                "that is value",
                "that's generous",
                "that is generous",
            ]
            .iter()
            .any(|p| rest.starts_with(p));
            if about_price {
                cut = cut.min(i);
            }
        }
    }
    // ", they said", ", it said, putting pressure on prices": a pronoun's closing tag names no
    // holder but is no part of the claim either.
    if let Some(i) = pronoun_tag(&lower) {
        cut = cut.min(i);
    }
    // ", said analyst Jane Roe", ", forecasts Acme", ", the report read": a closing speaker
    // tag, its verb and noun phrase in either order (audit 30, K1).
    if let Some((i, _)) = super::attribution::closing_tag(&t) {
        cut = cut.min(i);
    }
    if let Some(a) = attributed {
        let a = a.to_lowercase();
        // ", the governor said." closes the claim; "Based on median responses, the economists
        // saw ..." opens it.
        if let Some(i) = starts_of(&lower, &format!(", {a}")).last() {
            let tag = &lower[i + 2..];
            // "..., the economists saw a 50% probability": a verb stating odds opens it too.
            let verb = tag[a.len()..].split_whitespace().next().unwrap_or("");
            // ", the IMD said in its updated forecast on Tuesday": a verb of saying and where
            // or when it was said close it.
            let opens = holder_lead(tag, &a, tag.len()).is_some_and(|n| {
                tag[n..].split_whitespace().count() > 3 && !said_where_or_when(&tag[..n], &tag[n..])
            }) || ODDS_VERBS.contains(&verb);
            // "The bank's head of research, Geoff Kendrick, said X": the title, the name and
            // the verb open the claim (audit 28, E1).
            let titled = !lower.starts_with(&a)
                && holder_lead(&lower, &a, lower.len()).is_some_and(|n| n > i + 2 + a.len());
            if !opens && !titled && !adverbial_opening(&lower[..i]) {
                cut = cut.min(i);
            }
        }
        // ", said Jane Roe": the tag with its verb first.
        for verb in INVERTED_SPEECH {
            if let Some(i) = starts_of(&lower, &format!(", {verb} {a}")).last() {
                cut = cut.min(i);
            }
        }
        // ", one backbench MP predicted, although ...", a tag between commas (its words
        // may wrap across lines, so the holder's spelling need not match).
        if let Some((i, _)) = super::attribution::mid_tag(&t) {
            cut = cut.min(i);
        }
    }
    t.truncate(cut.min(t.len()));
    // ", projecting it could reach $60 by June", ", with analysts predicting the Fed will
    // cut": a participial forecast is the claim when the clause before it forecasts nothing
    // ("HSBC raised its outlook"), and an addition cut from it when that clause does ("The
    // EIA expects X, forecasting ..."; audit 30, K9).
    if let Some(p) = super::attribution::participial(&t) {
        if super::attribution::forecasts_itself(&t[..p.comma]) {
            t.truncate(p.comma);
        } else {
            t = t[p.complement..].to_string();
        }
    }
    // "Orders slumped, making it almost certain that the plant will close": a result
    // participle's frame of likelihood ("making/leaving it HEDGE that") states the forecast;
    // the clause before it tells what happened (round 50, audit 31 K2).
    {
        let lower = lowercase(&t);
        let at = [", making it ", ", leaving it "]
            .iter()
            .find_map(|m| lower.find(m).map(|i| i + m.len()))
            .filter(|_| lower.len() == t.len());
        if let Some(i) = at {
            let framed = format!("it is {}", &lower[i..]);
            if let Some(n) = likely_that(&framed).filter(|&n| n > "it is ".len()) {
                t = t[i + n - "it is ".len()..].to_string();
            }
        }
    }
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
        // "Despite X, Y" keeps Y; so do "As per X, Y" and "According to X, Y" (X holds it).
        let short_source = |p: &str| {
            lower.starts_with(p)
                && lower.split(", ").next().is_some_and(|head| {
                    head.split_whitespace().count() <= 12
                        && !head.split_whitespace().any(|w| {
                            matches!(
                                w,
                                "will"
                                    | "would"
                                    | "could"
                                    | "may"
                                    | "might"
                                    | "should"
                                    | "is"
                                    | "are"
                                    | "be"
                                    | "was"
                            )
                        })
                })
        };
        if lower.starts_with("despite ") || short_source("as per ") || short_source("according to ")
        {
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
            // "Last week the minister said X": when it was said goes with the holder.
            let at = at.or_else(|| {
                let i = lower.find(&format!(" {a} "))? + 1;
                let mut head: Vec<&str> = t.get(..i)?.split_whitespace().collect();
                let n = head.len();
                head.push(a.as_str());
                (super::attribution::time_lead(&head) == n).then_some(i)
            });
            if let Some(rest) = at
                .filter(|_| lower.len() == t.len())
                .and_then(|i| t.get(i..))
            {
                t = rest.to_string();
            }
        }
    }
    // "Interest rates: The bank will hold", "Prediction 3: Oil tops $100": a list item's
    // label before a colon and a capital is the item's name, not part of what is predicted.
    if let Some(rest) = list_label(&t) {
        t = rest.to_string();
    }
    // "I'd say there is a 60% chance X", "I would say that X": the writer's framing goes, as
    // "I think" does; what is left is read as any claim.
    {
        let lower = lowercase(&t);
        let said = [
            "i'd say that ",
            "i'd say ",
            "i would say that ",
            "i would say ",
            "i\u{2019}d say ",
            "we'd say ",
            "we would say ",
        ]
        .iter()
        .find(|p| lower.starts_with(*p) && t.len() > p.len() + 10);
        if let Some(p) = said {
            t = t[p.len()..].to_string();
            // "I'd say 70-30 that X": the split goes with the frame (audit 27, item 9).
            if let Some((split, rest)) = t.split_once(" that ") {
                let shares: Vec<&str> = split.split(['-', '/', ':']).collect();
                let whole = |x: &str| {
                    !x.is_empty() && x.len() <= 3 && x.bytes().all(|b| b.is_ascii_digit())
                };
                if shares.len() == 2 && shares.iter().all(|x| whole(x)) && rest.len() > 10 {
                    t = rest.to_string();
                }
            }
        }
    }
    // "We make the Lions 70% to win on Sunday": the outcome priced, "The Lions will win on
    // Sunday"; "..., and make it 70%": the price goes (audit 25, fault 3).
    if let Some(rest) = priced_outcome(&t) {
        t = rest;
    }
    // "Bookmakers make Smith the 2/1 favourite to win the Open": "Smith to win the Open"
    // (audit 25, fault 8).
    if let Some(rest) = attributed.and_then(|a| booked_outcome(&t, a)) {
        t = rest;
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
        "i do think that ",
        "i do think ",
        "we do think that ",
        "we do think ",
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
        "i'd be surprised if ",
        "i would be surprised if ",
        "we'd be surprised if ",
        "we would be surprised if ",
        "it would be a surprise if ",
        "it'd be a surprise if ",
        "i wouldn't be surprised if ",
        "i would not be surprised if ",
        "we wouldn't be surprised if ",
        "i\u{2019}d be surprised if ",
        "we\u{2019}d be surprised if ",
        "it\u{2019}d be a surprise if ",
        "i wouldn\u{2019}t be surprised if ",
        // "Don't be surprised if X": the writer's advice to expect X (round 50, ux31 F2).
        "don't be surprised if ",
        "do not be surprised if ",
        "don\u{2019}t be surprised if ",
        // "It is only a matter of time before X": X, held bound to happen (round 55).
        "it is only a matter of time before ",
        "it's only a matter of time before ",
        "it\u{2019}s only a matter of time before ",
        "it is just a matter of time before ",
        "it's just a matter of time before ",
        "it is a matter of time before ",
        "it's a matter of time before ",
        "it is only a matter of time until ",
        "it's only a matter of time until ",
        "there is no doubt that ",
        "there is no doubt ",
        "there's no doubt that ",
        "there's no doubt ",
        "nobody believes that ",
        "nobody believes ",
        "no one believes that ",
        "no one believes ",
        "nobody thinks that ",
        "nobody thinks ",
        "no one thinks that ",
        "no one thinks ",
        "don't bet on ",
        "do not bet on ",
        "don't hold your breath waiting for ",
        "don't hold your breath for ",
        "look for ",
        "we expect that ",
        "we expect ",
        "i expect ",
        // "We now expect X to", "I would expect a deal by March" (audit 26, finding 8).
        "we now expect ",
        "i now expect ",
        "we still expect ",
        "i still expect ",
        "i would expect ",
        "we would expect ",
        "i'd expect ",
        "we'd expect ",
        "mark my words: ",
        "mark my words, ",
        "i don't expect that ",
        "i don't expect ",
        "we don't expect that ",
        "we don't expect ",
        "i do not expect ",
        "we do not expect ",
        "there is no way that ",
        "there is no way ",
        "there's no way that ",
        "there's no way ",
        "i wouldn't bet on ",
        "i would not bet on ",
        "we wouldn't bet on ",
        "wouldn't bet on ",
        "don't count on ",
        "do not count on ",
    ];
    // "It's hard to see the Fed cutting rates", "I can't imagine X winning": frames of doubt
    // whose event is a noun phrase and a gerund ("The Fed will cut rates").
    const GERUND_FRAMES: &[&str] = &[
        "it's hard to see ",
        "it is hard to see ",
        "it\u{2019}s hard to see ",
        "it's hard to imagine ",
        "it is hard to imagine ",
        "it's difficult to see ",
        "it is difficult to see ",
        "it's difficult to imagine ",
        "it is difficult to imagine ",
        "i wouldn't bet on ",
        "i would not bet on ",
        "we wouldn't bet on ",
        "don't count on ",
        "do not count on ",
        "don't bet on ",
        "do not bet on ",
        "i can't imagine ",
        "i cannot imagine ",
        "i can\u{2019}t imagine ",
        "we can't imagine ",
        "we cannot imagine ",
    ];
    if let Some(p) = GERUND_FRAMES
        .iter()
        .find(|p| lower.starts_with(*p) && t.len() > p.len())
    {
        if let Some(event) = t.get(p.len()..).and_then(gerund_object) {
            return finish(&event, sentence);
        }
    }
    // The first prefix in order that the claim starts with (and is longer than) is dropped:
    // the fixed ones, then "<holder> <verb> that " and "<holder> <verb> " for the verbs
    // `attribution` recognizes, compared in place instead of built as strings.
    let mut lead = PREFIXES
        .iter()
        .find(|p| lower.starts_with(*p) && t.len() > p.len())
        .map(|p| p.len())
        .or_else(|| {
            chance_frame(&lower)
                .or_else(|| idiom_opener(&lower))
                .or_else(|| writer_frame(&lower))
                .or_else(|| told_frame(&lower))
                .or_else(|| told_to_expect(&lower))
                .or_else(|| likely_that(&lower))
                .or_else(|| confidence_frame(&lower))
                .or_else(|| expectation_frame(&lower))
                .or_else(|| inference_frame(&lower))
                .or_else(|| readiness_frame(&lower, &t))
                .filter(|&n| t.len() > n && t.is_char_boundary(n))
        });
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
            "expected",
            "anticipated",
            // "is predicting heating oil prices to spike" (audit 30, K1).
            "predicting",
            "expecting",
            "look for",
            // "The consensus is for the Fed to cut", "the smart money is on the Hawks to
            // win" (`expectation_frame`).
            " is for",
            " are for",
            " is on",
            // "The stage is set for the Fed to cut" (`readiness_frame`).
            " set for",
        ]
        .iter()
        .any(|v| frame.trim_end().ends_with(v));
        if expecting {
            let rest = &t[len..];
            if let Some(after) = rest.strip_prefix("to ") {
                // Only a plain subject: "Analysts don't expect to" or "Few expect to" would
                // turn the negation into the event.
                let subject = match frame {
                    "i expect " | "we expect " | "we now expect " | "i now expect "
                    | "we still expect " | "i still expect " | "i would expect "
                    | "we would expect " | "i'd expect " | "we'd expect " => {
                        t.get(..frame.find(' ').unwrap_or(0))
                    }
                    // "Our analysts expect to": the writer's own team, named.
                    _ if frame.starts_with("our ") => {
                        t.get(..frame.trim_end().rfind(' ').unwrap_or(0))
                    }
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
        let past = reported_in_past(&lower[..len]);
        t = t[len..].to_string();
        // "Mike Dale has predicted that X in an interview with Coin News": where the holder
        // said it goes with the frame.
        if attributed.is_some() {
            let lower = lowercase(&t);
            if let Some(i) = said_in_medium(&lower).filter(|_| lower.len() == t.len()) {
                t.truncate(i);
            }
        }
        // "Pulse projected New Left would win": a past frame's "would" is its report's
        // "will" ("New Left will win"; audit 30, K1).
        if past {
            let lower = lowercase(&t);
            let at = lower
                .match_indices(' ')
                .take(8)
                .find(|(i, _)| lower[i + 1..].starts_with("would "))
                .map(|(i, _)| i + 1)
                .filter(|&i| !lower[..i].contains([',', ';']) && lower.len() == t.len());
            if let Some(i) = at {
                t = format!("{}will {}", &t[..i], &t[i + "would ".len()..]);
            }
        }
        // "I think it's quite likely, maybe 70%, that they cut": the frame of likelihood
        // after the writer's "I think" goes too; so does a chance after a holder's verb
        // ("Analysts say there is a 30 percent chance that X": audit 22, C4).
        let lower = lowercase(&t);
        if let Some(n) = likely_that(&lower)
            .or_else(|| chance_frame(&lower))
            .filter(|&n| lower.len() == t.len() && n < t.len() && t.is_char_boundary(n))
        {
            t = t[n..].to_string();
        }
    }
    // "The firm said it now forecasts X": a pronoun's frame of saying or expecting left at
    // the front after the holder's own goes too (round 26). Only after a holder's frame was
    // taken off: "They expect X" alone keeps its pronoun, the only sign that someone other
    // than the writer holds it.
    if lead.is_some() && attributed.is_some() {
        // "said on Monday he expects the talks to resume": when it was said, before the
        // speaker's pronoun, goes with the frame (round 40).
        let lower = lowercase(&t);
        let after_day = lower
            .strip_prefix("on ")
            .and_then(|r| r.split_once(' '))
            .filter(|(day, _)| {
                matches!(
                    *day,
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
            })
            .map(|(_, r)| r)
            .or_else(|| lower.strip_prefix("yesterday "))
            .filter(|r| {
                lower.len() == t.len() && ["he ", "she ", "they "].iter().any(|p| r.starts_with(p))
            });
        if let Some(r) = after_day {
            t = t[t.len() - r.len()..].to_string();
        }
        // "told Fox News that he expected a release to begin before Christmas": the
        // expecting pronoun's object and infinitive are the event (audit 28, E8).
        let lower = lowercase(&t);
        let expected = ["he ", "she ", "they ", "it "]
            .iter()
            .find_map(|p| lower.strip_prefix(p))
            .and_then(|r| {
                [
                    "expected ",
                    "expects ",
                    "expect ",
                    "predicted ",
                    "predicts ",
                ]
                .iter()
                .find_map(|v| r.strip_prefix(v))
            })
            .filter(|r| lower.len() == t.len() && !r.starts_with("to "))
            .and_then(|r| infinitive_object(&t[t.len() - r.len()..]));
        if let Some(event) = expected {
            return finish(&event, sentence);
        }
        if let Some(n) = pronoun_frame(&lower).filter(|&n| t.is_char_boundary(n)) {
            t = t[n..].to_string();
        }
    }
    // "The chances of a rate cut in January are about 30%", "The model gives Ruiz a 91.5%
    // chance of winning": the event the number is of, not the frame (audit 27, item 8).
    if let Some(event) = chance_subject(&t).or_else(|| given_chance(&t)) {
        return finish(&event, sentence);
    }
    // "He put the odds of a price below $1,500 at just 20%": what the odds are of.
    if let Some((a, b)) = odds_put_at(&lowercase(&t)).filter(|_| lowercase(&t).len() == t.len()) {
        // "The team rates its chances of promotion at 70%": its chances are its own.
        if let Some(event) = owned_odds(&t[..a], &t[a..b]) {
            return finish(&event, sentence);
        }
        return finish(&t[a..b], sentence);
    }
    if let Some((a, b)) = odds_revised_to(&lowercase(&t)).filter(|_| lowercase(&t).len() == t.len())
    {
        return finish(&t[a..b], sentence);
    }
    // "Goldman raised its recession odds to 35%": the event is the compound noun before the
    // odds, "a recession".
    if let Some((a, b)) =
        odds_revised_compound(&lowercase(&t)).filter(|_| lowercase(&t).len() == t.len())
    {
        let event = &t[a..b];
        let article = if event.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) {
            "an"
        } else {
            "a"
        };
        return finish(&format!("{article} {event}"), sentence);
    }
    finish(&t, sentence)
}

/// The first "is/are ADVERB HEDGE to " in `lower` (an adverb of `FRAME_ADVERBS`, tried in
/// that order, then each hedge) made " will " in `t`, the adverb kept after "will" when it
/// is one of `kept` (an adverb of the event, not of the hedge); `lower` follows `t`.
fn be_hedged_to_will(t: &mut String, lower: &mut String, hedges: &[&str], kept: &[&str]) {
    for be in [" is ", " are "] {
        for adverb in FRAME_ADVERBS {
            for hedge in hedges {
                if let Some(i) = find_joined(lower, &[be, adverb, " ", hedge, " to "]) {
                    let from_len = be.len() + adverb.len() + 1 + hedge.len() + " to ".len();
                    let to = if kept.contains(adverb) {
                        format!(" will {adverb} ")
                    } else {
                        " will ".to_string()
                    };
                    t.replace_range(i..i + from_len, &to);
                    *lower = lowercase(t);
                    return;
                }
            }
        }
    }
}

/// Past verbs of revising a figure ("raised its odds to 35% on Monday"; `deadlines` reads
/// the day after such a figure as the day of the revision).
pub(super) const REVISED: &[&str] = &[
    "raised",
    "lifted",
    "increased",
    "boosted",
    "cut",
    "lowered",
    "reduced",
    "trimmed",
    "slashed",
    "upped",
    "revised",
    "bumped",
    "nudged",
];

/// Verbs of revising odds, any tense ("raised its odds of", "cuts the risk to"): the verbs
/// `odds_revised_to` and `odds_revised_compound` open with (`REVISED` and its present forms).
fn revising(w: &str) -> bool {
    REVISED.contains(&w) || matches!(w, "raises" | "raising" | "lifts" | "cuts" | "lowers")
}

/// The words of `lower` split at single spaces, each with its byte offset.
fn spaced_words(lower: &str) -> Vec<(usize, &str)> {
    // `lower.split(' ')` with each word's offset, read a byte at a time into a vector sized
    // from the count of spaces (eight calls a claim; the searcher's call per word and the
    // vector's regrowth cost more than the words).
    let b = lower.as_bytes();
    let mut out = Vec::with_capacity(b.iter().filter(|&&c| c == b' ').count() + 1);
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        if c == b' ' {
            out.push((from, &lower[from..i]));
            from = i + 1;
        }
    }
    out.push((from, &lower[from..]));
    out
}

/// The event of odds a subject puts on itself, `before` the text up to the event and `event`
/// what the odds are of: "The team rates its chances of promotion at 70%" gives "The team's
/// promotion", "The club puts its chances of winning the cup at 30%" "The club will win the
/// cup". `None` unless "its/their/his/her" and a chance noun close `before` after a subject
/// of one to five words and its verb.
fn owned_odds(before: &str, event: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let n = words.len();
    if !(5..=9).contains(&n)
        || !matches!(
            lowercase(words[n - 3]).as_str(),
            "its" | "their" | "his" | "her"
        )
        || words[n - 1] != "of"
    {
        return None;
    }
    let subject = words[..n - 4].join(" ");
    if subject.contains([',', ';', ':']) || !subject.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let (first, rest) = event.split_once(' ').unwrap_or((event, ""));
    // "its chances of a title": the event has its own article, and no owner is added.
    if matches!(lowercase(first).as_str(), "a" | "an" | "the") {
        return None;
    }
    if let Some(base) = gerund_base(first).filter(|_| first.len() > 4) {
        return Some(
            format!("{subject} will {base} {rest}")
                .trim_end()
                .to_string(),
        );
    }
    let owner = if subject.ends_with('s') { "'" } else { "'s" };
    Some(format!("{subject}{owner} {event}"))
}

/// A chance noun as the subject with its number after the copula: "The chances of a rate cut
/// in January are about 30%" gives "a rate cut in January", "The probability that the bill
/// passes by March is 60%" "the bill passes by March", "The odds of a hurricane making
/// landfall before November are 3 to 1 against" "a hurricane will make landfall before
/// November" (a gerund read as its clause). `None` without a number within five words after
/// the copula.
fn chance_subject(t: &str) -> Option<String> {
    let lower = lowercase(t);
    if lower.len() != t.len() {
        return None;
    }
    let mut at = ["the ", "its ", "their "]
        .iter()
        .find(|d| lower.starts_with(**d))
        .map_or(0, |d| d.len());
    let noun = [
        "chances ",
        "chance ",
        "odds ",
        "probability ",
        "likelihood ",
    ]
    .iter()
    .find(|n| lower[at..].starts_with(**n))?;
    at += noun.len();
    let joint = ["of ", "that "]
        .iter()
        .find(|j| lower[at..].starts_with(**j))?;
    let from = at + joint.len();
    let (cop, len) = [" are ", " is "]
        .iter()
        .filter_map(|c| lower[from..].rfind(c).map(|i| (from + i, c.len())))
        .max()?;
    let numbered = lower[cop + len..].split_whitespace().take(5).any(|w| {
        w.contains(|c: char| c.is_ascii_digit()) || matches!(w, "one" | "even" | "evens" | "nil")
    });
    if !numbered || cop <= from {
        return None;
    }
    let event = &t[from..cop];
    if *joint == "of " {
        if let Some(clause) = gerund_object(event) {
            return Some(clause);
        }
    }
    Some(event.to_string())
}

/// A chance given to someone: "The model gives Ruiz a 91.5% chance of winning on Tuesday"
/// gives "Ruiz will win on Tuesday", "... gives the bill a 60% chance to pass" "the bill will
/// pass". The one given the chance is one to four words after a form of "give" among the
/// first eight words, the chance carries a number, and a gerund or "to" and a verb follows;
/// `None` otherwise.
fn given_chance(t: &str) -> Option<String> {
    let lower = lowercase(t);
    if lower.len() != t.len() {
        return None;
    }
    let words = spaced_words(&lower);
    let k = (1..words.len().min(8))
        .find(|&k| matches!(words[k].1, "give" | "gives" | "gave" | "giving"))?;
    let a = (k + 2..words.len().min(k + 6)).find(|&j| matches!(words[j].1, "a" | "an"))?;
    let recipient = t[words[k + 1].0..words[a].0].trim_end();
    if recipient.contains([',', ';', ':']) {
        return None;
    }
    let c = (a + 2..words.len().min(a + 7))
        .find(|&j| matches!(words[j].1, "chance" | "probability" | "likelihood" | "odds"))?;
    if !words[a + 1..c]
        .iter()
        .any(|w| w.1.contains(|ch: char| ch.is_ascii_digit()))
    {
        return None;
    }
    let joint = words.get(c + 1)?.1;
    let next = words.get(c + 2)?;
    let rest = t.get(next.0 + next.1.len()..)?.trim_start();
    match joint {
        "of" => {
            let base = gerund_base(next.1).filter(|_| next.1.len() > 4)?;
            Some(format!("{recipient} will {base} {rest}"))
        }
        "to" => Some(format!(
            "{recipient} will {} {rest}",
            &t[next.0..next.0 + next.1.len()]
        )),
        _ => None,
    }
    .map(|e| e.trim_end().to_string())
}

/// Where the event lies in "<holder> raised its recession odds to <number>" and its kin
/// ("cut the strike risk to", "lifted their default probability to"): the byte range of the
/// one to three words between the determiner and the odds noun, when the frame opens within
/// the first eight words and a number follows "to" just after the noun (round 27).
fn odds_revised_compound(lower: &str) -> Option<(usize, usize)> {
    let words = spaced_words(lower);
    let noun = |w: &str| matches!(w, "odds" | "probability" | "chance" | "chances" | "risk");
    let k = (0..words.len().min(8))
        .find(|&k| revising(words[k].1) && words.get(k + 1).is_some_and(|w| determiner(w.1)))?;
    let first = k + 2;
    let n = (first + 1..(first + 4).min(words.len())).find(|&i| noun(words[i].1))?;
    let plain = words[first..n]
        .iter()
        .all(|w| w.1.chars().all(|c| c.is_alphabetic() || c == '-'));
    let numbered = words.get(n + 1).is_some_and(|w| w.1 == "to")
        && words
            .get(n + 2)
            .is_some_and(|w| w.1.starts_with(|c: char| c.is_ascii_digit()));
    let end = words[n - 1].0 + words[n - 1].1.len();
    (plain && numbered).then_some((words[first].0, end))
}

/// Where the event lies in "<holder> raised its odds of <event> to <number>" and its kin
/// ("cut its probability of", "lowered the chance of", "lifted its recession odds" has no
/// event after it and gives none): the byte range of the event, when the frame opens within
/// the first eight words and a number follows the last " to " (audit 25, fault 4).
fn odds_revised_to(lower: &str) -> Option<(usize, usize)> {
    const NOUNS: &[&str] = &[
        "odds",
        "chance",
        "chances",
        "probability",
        "likelihood",
        "risk",
    ];
    let words = spaced_words(lower);
    let k = (0..words.len().min(8)).find(|&k| {
        revising(words[k].1)
            && words.get(k + 1).is_some_and(|w| determiner(w.1))
            && words.get(k + 2).is_some_and(|w| NOUNS.contains(&w.1))
            && words.get(k + 3).is_some_and(|w| w.1 == "of")
    })?;
    let from = words.get(k + 4)?.0;
    let at = lower[from..].rfind(" to ")? + from;
    let numbered = lower[at + 4..]
        .split_whitespace()
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    (numbered && at > from).then_some((from, at))
}

/// Where the event lies in "<holder> put(s) the odds of <event> at <number>" and its
/// kin ("puts the chance of", "placed the probability of", "putting the odds of"): the
/// byte range of the event, when the frame opens within the first eight words and a number
/// or a count ("one in three", "even") follows the last " at ". The frame itself says only
/// who gave the odds; the claim is the event (audit 22, C4).
pub(super) fn odds_put_at(lower: &str) -> Option<(usize, usize)> {
    const VERBS: &[&str] = &[
        "put", "puts", "putting", "place", "places", "placed", "placing", "rate", "rates", "rated",
        "rating",
    ];
    const NOUNS: &[&str] = &[
        "odds",
        "chance",
        "chances",
        "probability",
        "likelihood",
        "risk",
    ];
    let words = spaced_words(lower);
    let k = (0..words.len().min(8)).find(|&k| {
        VERBS.contains(&words[k].1)
            && words
                .get(k + 1)
                .is_some_and(|w| determiner(w.1))
            // "rates the chances": only a holder's own ("rates its chances") is sure to be
            // the verb.
            && (!words[k].1.starts_with("rat") || words[k + 1].1 != "the")
            && words.get(k + 2).is_some_and(|w| NOUNS.contains(&w.1))
            && words.get(k + 3).is_some_and(|w| w.1 == "of")
    })?;
    let from = words.get(k + 4)?.0;
    let at = lower[from..].rfind(" at ")? + from;
    // "at just 20%", "at about one in three", "at even": a number within four words.
    let numbered = lower[at + 4..].split_whitespace().take(4).any(|w| {
        w.contains(|c: char| c.is_ascii_digit())
            || matches!(w, "one" | "even" | "evens" | "zero" | "nil")
    });
    (numbered && at > from).then_some((from, at))
}

/// A forecaster's price of an outcome read as the outcome (`numbers::priced` reads the
/// number): "We make the Lions 70% to win on Sunday" gives "The Lions will win on Sunday",
/// "Our model has the Greens at 62% to hold the seat" "The Greens will hold the seat" (with
/// "will", which agrees with a subject of either number); a closing "and make it 70%" (the
/// price of the clause's own event) is cut. `None` when neither is there.
pub(super) fn priced_outcome(t: &str) -> Option<String> {
    let lower = lowercase(t);
    if lower.len() != t.len() || !t.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // ", and make it 70%", " and we'd put it at 70%": cut.
    for joint in [", and ", " and "] {
        for (i, _) in lower.match_indices(joint) {
            let mut rest = &lower[i + joint.len()..];
            for lead in ["we ", "i ", "we'd ", "i'd ", "we would ", "i would "] {
                rest = rest.strip_prefix(lead).unwrap_or(rest);
            }
            let words: Vec<&str> = rest.split_whitespace().collect();
            let price = |w: &str| w.trim_end_matches(['.', '!']).ends_with('%');
            let closing = match words.as_slice() {
                [verb, obj, rest @ ..]
                    if matches!(*verb, "make" | "put" | "call" | "give" | "rate")
                        && matches!(*obj, "it" | "that" | "this") =>
                {
                    let rest = rest.strip_prefix(&["at"][..]).unwrap_or(rest);
                    rest.split_first().is_some_and(|(n, tail)| {
                        (price(n) || tail.first().is_some_and(|u| u.starts_with("per")))
                            && tail.len() <= 2
                    })
                }
                _ => false,
            };
            if closing {
                return Some(t[..i].trim_end().to_string());
            }
        }
    }
    let mut words = spaced_words(&lower);
    words.retain(|(_, w)| !w.is_empty());
    // The holder and its verb of pricing, opening the sentence.
    let v = (0..words.len().min(4)).find(|&v| {
        matches!(
            words[v].1,
            "make"
                | "makes"
                | "have"
                | "has"
                | "give"
                | "gives"
                | "put"
                | "puts"
                | "rate"
                | "rates"
        ) && v > 0
            && matches!(
                words[v - 1].1,
                "we" | "i"
                    | "we'd"
                    | "i'd"
                    | "model"
                    | "models"
                    | "numbers"
                    | "forecast"
                    | "simulations"
                    | "projections"
            )
    })?;
    let n = (v + 1..words.len().min(v + 9)).find(|&n| {
        let w = words[n].1;
        w.starts_with(|c: char| c.is_ascii_digit())
            && (w.ends_with('%')
                || words
                    .get(n + 1)
                    .is_some_and(|u| matches!(u.1, "percent" | "per")))
    })?;
    let mut after = n + 1;
    while words
        .get(after)
        .is_some_and(|w| matches!(w.1, "percent" | "per" | "cent"))
    {
        after += 1;
    }
    // "Our numbers make Spain 30% favourites for the World Cup" (audit 26, finding 4): the
    // favourite's price is for winning what follows "for"; "favourites to win" is "to win".
    let favourite = words
        .get(after)
        .is_some_and(|w| matches!(w.1, "favourites" | "favorites" | "favourite" | "favorite"));
    let after = after + usize::from(favourite);
    let to = words
        .get(after)
        .filter(|w| w.1 == "to" || (favourite && w.1 == "for"))?;
    let verb_at = words.get(after + 1)?.0;
    let mut subject_end = n;
    if words[subject_end - 1].1 == "at" {
        subject_end -= 1;
    }
    if subject_end <= v + 1 || to.0 == 0 {
        return None;
    }
    let subject =
        t[words[v + 1].0..words[subject_end - 1].0 + words[subject_end - 1].1.len()].trim();
    let subject = match subject {
        "them" => "they",
        "him" => "he",
        "her" => "she",
        s => s,
    };
    let mut chars = subject.chars();
    let first = chars.next()?;
    // "will" before the bare verb: "The accord 70% to pass" is "The accord will pass", never
    // "The accord pass" (the subject's number is not known, "will" agrees with any).
    Some(format!(
        "{}{} will {}{}",
        first.to_uppercase(),
        chars.as_str(),
        if to.1 == "for" { "win " } else { "" },
        &t[verb_at..]
    ))
}

/// The outcome a bookmaker (`holder`, who opens `t`) prices: "Bookmakers make Smith the 2/1
/// favourite to win the Open" gives "Smith to win the Open", "Ladbrokes has Jones at 4/1 to
/// win the title" "Jones to win the title". `None` unless `t` opens with the holder, a verb
/// of pricing, the runner, the price ("the N/M favourite" or "at N/M") and "to".
fn booked_outcome(t: &str, holder: &str) -> Option<String> {
    let rest = t.strip_prefix(holder)?.strip_prefix(' ')?;
    let (verb, rest) = rest.split_once(' ')?;
    if !matches!(
        verb,
        "make" | "makes" | "have" | "has" | "price" | "prices" | "rate" | "rates"
    ) {
        return None;
    }
    let words: Vec<&str> = rest.split(' ').collect();
    let fraction = |w: &str| {
        w.split_once('/').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        })
    };
    let f = words.iter().position(|w| fraction(w))?;
    if f < 2 || !matches!(words[f - 1], "the" | "at") {
        return None;
    }
    let runner = words[..f - 1].join(" ");
    let to = words[f..].iter().position(|w| *w == "to")? + f;
    if to > f + 2 || to + 1 >= words.len() {
        return None;
    }
    Some(format!("{runner} {}", words[to..].join(" ")))
}

/// The text after a list item's label: "Interest rates: The bank will hold" gives "The bank
/// will hold". The label is at most five words with no verb of its own, ends in ": ", and a
/// capital and a clause with a verb follow; a clause before the colon ("The outlook is clear: rates will fall") is no
/// label and stays.
fn list_label(t: &str) -> Option<&str> {
    let i = t.find(": ")?;
    let (head, rest) = (&t[..i], &t[i + 2..]);
    let words: Vec<&str> = head.split_whitespace().collect();
    let verbish = |w: &str| {
        matches!(
            lowercase(w).as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "says"
                | "said"
                | "be"
                | "has"
                | "have"
                | "think"
                | "expect"
                | "predict"
                | "warned"
                | "added"
                | "wrote"
        )
    };
    // "Wildcard: a federal bill passes by June", "Hot take: the Jets make the playoffs": a
    // tag of at most three words with no digit before a clause in lower case.
    // An imperative lead-in ("Don't believe the gloom: rents will rise") is one too.
    let imperative = words.first().is_some_and(|w| {
        matches!(
            lowercase(w).replace('\u{2019}', "'").as_str(),
            "don't" | "do" | "never" | "forget" | "ignore"
        )
    });
    let tag = (words.len() <= 3 || imperative)
        && !head.contains(|c: char| c.is_ascii_digit())
        && rest.starts_with(char::is_lowercase)
        && rest.split_whitespace().count() >= 5;
    (!words.is_empty()
        && words.len() <= 5
        && !head.contains(['"', '\u{201c}', '(', ','])
        && !words.iter().any(|w| verbish(w))
        && (rest.starts_with(char::is_uppercase) || tag)
        && rest.split_whitespace().count() >= 4
        // A clause of its own follows ("The bank will hold"); "Score prediction: Falcons
        // 27, Hawks 20" names nothing without its label.
        && (tag || rest.split_whitespace().any(|w| {
            matches!(
                lowercase(w).as_str(),
                "will" | "would" | "won't" | "could" | "may" | "might" | "should" | "is" | "are"
                    | "to" | "be"
            )
        })))
    .then_some(rest)
}

/// The length of an impersonal frame of readiness or consequence opening the claim: "The
/// stage is set for " before a noun phrase and its infinitive ("the Fed to cut": the event
/// "The Fed will cut"), or "Pent-up demand is such that " before a clause (audit 30, K1). The
/// subject is one to five words with no comma or verb; the frame says why the event is due,
/// the event is what follows.
fn readiness_frame(lower: &str, t: &str) -> Option<usize> {
    let (at, joint) = [
        " is set for ",
        " are set for ",
        " is such that ",
        " are such that ",
    ]
    .iter()
    .filter_map(|j| lower.find(j).map(|i| (i, *j)))
    .min()?;
    let subject: Vec<&str> = lower[..at].split_whitespace().collect();
    if !(1..=5).contains(&subject.len())
        || subject.iter().any(|w| {
            w.contains([',', ';', ':'])
                || matches!(
                    *w,
                    "will" | "would" | "could" | "may" | "might" | "is" | "are"
                )
        })
    {
        return None;
    }
    let n = at + joint.len();
    let rest = t.get(n..)?;
    let fits = if joint.ends_with(" for ") {
        infinitive_object(rest).is_some()
    } else {
        super::attribution::infers_clause(&lower[n..].split(' ').take(8).collect::<Vec<_>>())
    };
    (fits && lower.len() == t.len()).then_some(n)
}

/// Where a closing phrase naming the medium a holder spoke in starts in `lower` (a claim
/// whose holder's frame was taken off): " in an interview with Coin News", " in a note to
/// clients", " in a statement on Tuesday" at the end of the claim, displaced from its verb of
/// saying (audit 30, K1). The media are `SAID_IN`, the nouns wire copy puts after "said in".
fn said_in_medium(lower: &str) -> Option<usize> {
    /// Nouns of the medium something was said in, after "in a"/"in an"/"in its"/"in their".
    const SAID_IN: &[&str] = &[
        "interview",
        "note",
        "statement",
        "speech",
        "podcast",
        "op-ed",
        "briefing",
        "newsletter",
    ];
    let (i, rest) = [
        " in an ",
        " in a ",
        " in its ",
        " in their ",
        " in his ",
        " in her ",
    ]
    .iter()
    .filter_map(|p| lower.rfind(p).map(|i| (i, &lower[i + p.len()..])))
    .max_by_key(|(i, _)| *i)?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let k = words.iter().take(3).position(|w| SAID_IN.contains(w))?;
    let after = &words[k + 1..];
    let verbal = after.iter().any(|w| {
        matches!(
            *w,
            "will" | "would" | "could" | "may" | "might" | "should" | "is" | "are" | "that"
        )
    });
    (after.len() <= 6 && !verbal && !lower[..i].trim_end().ends_with(',')).then_some(i)
}

/// Whether a holder's frame ("Pulse projected ", "the minister said that ") reports in the
/// past: its last verb, before an optional "that", is a past form ("-ed", "said", "told",
/// "thought", "saw"), so a "would" in the clause after it reports a "will".
fn reported_in_past(frame: &str) -> bool {
    let mut words = frame.split_whitespace().rev();
    let mut last = words.next().unwrap_or("");
    if last == "that" {
        last = words.next().unwrap_or("");
    }
    (last.len() > 4 && last.ends_with("ed")) || matches!(last, "said" | "told" | "thought" | "saw")
}

/// The length of a frame of inference whose subject names no holder, opening the claim:
/// "They mostly suggest ", "Our analysis suggests that ", "These figures imply " (audit 30,
/// K1). Its subject is one to three words opened by a pronoun or a possessive of the writer
/// or the text ("they", "these", "our", "its"); adverbs may stand before the verb of
/// `INFERRING`, and a clause must follow it (`asserts_clause`). Named subjects are holders,
/// whose frame `holder_lead` takes.
fn inference_frame(lower: &str) -> Option<usize> {
    let words: Vec<&str> = lower.split(' ').take(30).collect();
    if !matches!(
        *words.first()?,
        "they" | "these" | "those" | "this" | "it" | "our" | "its" | "their"
    ) {
        return None;
    }
    let v = words.iter().position(|w| INFERRING.contains(w))?;
    let subject_end = (1..=v)
        .find(|&k| k == v || ADVERBS.contains(&words[k]))
        .filter(|&k| k <= 3)?;
    if words[subject_end..v].iter().any(|w| !ADVERBS.contains(w))
        || words[..v].iter().any(|w| w.contains([',', ';', ':']))
        || !super::attribution::infers_clause(&words[v + 1..])
    {
        return None;
    }
    let k = v + usize::from(words.get(v + 1) == Some(&"that"));
    let at: usize = words[..=k].iter().map(|w| w.len() + 1).sum();
    (at < lower.len()).then_some(at)
}

/// The length of a noun of expectation's frame that opens the claim: "The consensus is for
/// ", "Our base case is that ", "Expectations are for ", "The smart money is on " (audit 28,
/// E8). Its event follows; the probability is the noun's reading (`hedges`). One to five
/// words up to the noun, no verb or comma among them.
fn expectation_frame(lower: &str) -> Option<usize> {
    let words: Vec<&str> = lower.split(' ').take(8).collect();
    let k = words
        .iter()
        .position(|w| matches!(*w, "is" | "are"))
        .filter(|&k| (1..=5).contains(&k))?;
    if !super::hedges::EXPECTATION_NOUNS.contains(&words[k - 1])
        || words[..k].iter().any(|w| {
            w.contains([',', ';', ':'])
                || matches!(*w, "will" | "would" | "could" | "may" | "might" | "should")
        })
    {
        return None;
    }
    // "Expectations are growing that", "the consensus is building for": a progressive of
    // growth between the copula and the joint (`hedges::GROWING`) goes with the frame.
    let j = k + 1 + usize::from(super::hedges::GROWING.contains(words.get(k + 1)?));
    let joint = *words.get(j)?;
    if !matches!(joint, "for" | "that" | "on") {
        return None;
    }
    // "The view is for ...": the words through the joint.
    let at: usize = words[..=j].iter().map(|w| w.len() + 1).sum();
    (at < lower.len()).then_some(at)
}

/// The length of a stated confidence that opens the claim: "I am 90% sure (that) ", "we're
/// 80 per cent confident ", "I'm fairly certain that ". Its event follows.
fn confidence_frame(lower: &str) -> Option<usize> {
    // "The union is 90% certain (that) X": another subject, of one to five words, with a
    // number (audit 27, item 8); "The deal is certain to close" has none.
    let named = || {
        let k = lower
            .split(' ')
            .take(6)
            .position(|w| matches!(w, "is" | "are"))
            .filter(|&k| k >= 1)?;
        let at: usize = lower.split(' ').take(k + 1).map(|w| w.len() + 1).sum();
        let next = lower[at.min(lower.len())..].split(' ').next()?;
        next.contains(|c: char| c.is_ascii_digit()).then_some(at)
    };
    let mut at = [
        "i am ",
        "i'm ",
        "i\u{2019}m ",
        "we are ",
        "we're ",
        "we\u{2019}re ",
    ]
    .iter()
    .find(|s| lower.starts_with(*s))
    .map(|s| s.len())
    .or_else(named)?;
    let mut words = lower[at..].split(' ');
    for w in words.by_ref() {
        at += w.len() + 1;
        if matches!(w, "sure" | "confident" | "certain" | "convinced") {
            let rest = &lower[at.min(lower.len())..];
            let that = if rest.starts_with("that ") { 5 } else { 0 };
            return Some(at + that).filter(|&n| n < lower.len());
        }
        let number = w.ends_with('%')
            || w.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                w,
                "per"
                    | "cent"
                    | "percent"
                    | "fairly"
                    | "quite"
                    | "very"
                    | "pretty"
                    | "absolutely"
                    | "almost"
                    | "totally"
            );
        if !number || at > 40 {
            return None;
        }
    }
    None
}

/// A dateline that ends in its day ("Dec. 1, 2026", "SAN JOSE, Calif., Nov. 3, 2026", "March
/// 5"): a month's name, a day of one or two digits and, if any, a four-digit year last.
fn dated_head(head: &str) -> bool {
    let words: Vec<&str> = head.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let n = words.len();
    let k = if n > 0 && year(words[n - 1]) {
        n - 1
    } else {
        n
    };
    k >= 2
        && day(words[k - 1])
        && crate::time::month(&words[k - 2].trim_end_matches('.').to_ascii_lowercase()).is_some()
}

/// Whether the words before a holder's name and comma are only an opening adverbial ("In
/// its latest outlook, NOAA has predicted an above-average season"): a prepositional phrase
/// of a few words with no comma and no verb of its own, which cannot be a claim that a
/// closing tag would close (round 60, helper xm3). "In Europe rates will rise, the ECB said"
/// has a claim before its tag.
fn adverbial_opening(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    matches!(
        words.first().copied(),
        Some("in" | "at" | "on" | "during" | "after" | "with" | "under" | "from" | "for")
    ) && words.len() <= 8
        && !before.contains([',', ';', ':'])
        && !words.iter().any(|w| {
            matches!(
                *w,
                "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "to"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "won't"
                    | "can"
            ) || w.ends_with("'ll")
        })
}

/// Whether a closing tag's verb of saying ("the IMD said") is followed only by where or when
/// it was said ("in its updated forecast on Tuesday"), not by what was said ("that X").
fn said_where_or_when(frame: &str, after: &str) -> bool {
    let verb = frame.split_whitespace().last().unwrap_or("");
    let first = after.split_whitespace().next().unwrap_or("");
    SPEECH.contains(&verb)
        && matches!(
            first,
            "in" | "on" | "at" | "during" | "last" | "this" | "yesterday" | "today" | "earlier"
        )
        && !after.contains(" that ")
        && !after
            .split_whitespace()
            .any(|w| matches!(w, "will" | "would" | "could" | "may" | "might" | "should"))
}

/// Where a closing tag with a pronoun for its speaker starts: ", they said", ", it said,
/// putting pressure on prices", ", he added on Monday"; `None` when the pronoun says
/// what follows (", he said the bank will cut").
pub(super) fn pronoun_tag(lower: &str) -> Option<usize> {
    // '..., he added' and '...," he added' (the quotation closed before the tag).
    lower.match_indices(',').find_map(|(i, _)| {
        let tail = lower[i + 1..].trim_start_matches(['"', '\u{201d}']);
        let tail = tail.strip_prefix(' ')?;
        let mut words = tail.split_whitespace();
        let pronoun = words.next()?;
        let verb = words.next()?.trim_end_matches([',', '.', ';']);
        if !matches!(pronoun, "he" | "she" | "they" | "it") || !SPEECH.contains(&verb) {
            return None;
        }
        let after = tail
            .split_once(verb)?
            .1
            .trim_start_matches(['.', '!', '"', '\u{201d}']);
        let says_what = after.contains(" that")
            || after.split_whitespace().any(|w| {
                matches!(
                    w,
                    "will" | "would" | "could" | "may" | "might" | "should" | "won't"
                )
            });
        // ", he wrote, and expects X" goes on to what he expects.
        let goes_on = after.strip_prefix(',').is_some_and(|r| {
            ["and ", "but "]
                .iter()
                .any(|c| r.trim_start().starts_with(c))
        });
        let ends = after.trim().is_empty()
            || (after.starts_with(',') && !goes_on)
            || (after.split_whitespace().count() <= 3 && !says_what);
        ends.then_some(i)
    })
}

/// The length of "It is unlikely that " / "It seems increasingly unlikely, however, that "
/// opening `lower`: a frame that says only how likely the clause after it is.
fn likely_that(lower: &str) -> Option<usize> {
    let opener = [
        "it is ",
        "it's ",
        "it\u{2019}s ",
        "it isn't ",
        "it isn\u{2019}t ",
        "it seems ",
        "it looks ",
        "it appears ",
    ]
    .into_iter()
    .find(|o| lower.starts_with(o))?;
    let mut rest = &lower[opener.len()..];
    while let Some((w, r)) = rest.split_once(' ') {
        if !matches!(
            w,
            "increasingly"
                | "very"
                | "highly"
                | "extremely"
                | "now"
                | "more"
                | "less"
                | "quite"
                | "still"
                | "also"
                | "fairly"
                | "pretty"
                | "all"
                | "but"
                | "almost"
                | "not"
        ) {
            break;
        }
        rest = r;
    }
    // "It is not likely that X", "it's far from certain that X": the negation is read by
    // the hedges as the event's low probability, and leaves with the frame.
    for negation in ["far from ", "by no means "] {
        rest = rest.strip_prefix(negation).unwrap_or(rest);
    }
    let word = [
        "unlikely",
        "likely",
        "improbable",
        "probable",
        "doubtful",
        "possible",
        "certain",
        // "It is not excluded that X" (translated copy's "may").
        "excluded",
    ]
    .into_iter()
    .find(|w| rest.starts_with(w))
    .or_else(|| {
        // "It looks like it will be a quiet season": "like" and a clause with its own
        // modal, after a verb of seeming (round 50, audit 31 K2).
        (matches!(opener, "it seems " | "it looks ") && rest.starts_with("like ")).then_some("like")
    })?;
    let mut after = &rest[word.len()..];
    // "It's quite likely, maybe 70%, that X", "likely (about 70 percent) that X": the
    // writer's number set off after the word is the hedge's (`numbers::beside_hedge`), no
    // part of the claim.
    for (open, close) in [
        (", ", ","),
        (" (", ")"),
        (" \u{2014} ", " \u{2014}"),
        (" - ", " -"),
    ] {
        let aside = after.strip_prefix(open).and_then(|inner| {
            let e = inner.find(close)?;
            let said = &inner[..e];
            (said.split_whitespace().count() <= 4
                && said.contains(|c: char| c.is_ascii_digit() || c == '%'))
            .then(|| &inner[e + close.len()..])
        });
        if let Some(rest) = aside {
            after = rest;
            break;
        }
    }
    for aside in [", however,", " however,", ", though,"] {
        after = after.strip_prefix(aside).unwrap_or(after);
    }
    // "It's not likely rates will fall": a clause with its own future modal needs no "that".
    let clause = after.strip_prefix(" that ").or_else(|| {
        let clause = after.strip_prefix(' ')?;
        let first = clause.split_whitespace().next()?;
        (!matches!(
            first,
            "to" | "for" | "in" | "at" | "on" | "and" | "or" | "but" | "if"
        ) && clause
            .split_whitespace()
            .take(8)
            .any(|w| matches!(w, "will" | "would" | "won't" | "can" | "could")))
        .then_some(clause)
    })?;
    (!clause.trim().is_empty()).then(|| lower.len() - clause.len())
}

/// Whether the hedge `phrase` of a clause (`lower`, lower-cased) is the negation inside a
/// frame the claim drops ("It is not likely that X"): the claim is X, and the hedge's low
/// value is its probability as it stands.
pub(super) fn negated_frame(lower: &str, phrase: &str) -> bool {
    let lower = lower.trim_start_matches([' ', '"', '\u{201c}']);
    likely_that(lower).is_some_and(|n| {
        let frame = &lower[..n];
        frame.contains(phrase)
            && [" not ", "n't ", "n\u{2019}t ", " far from ", " no "]
                .iter()
                .any(|n| frame.contains(n))
    })
}

/// The two claims of a clause that makes two forecasts, each due at its own time: "The Fed
/// will keep rates steady through June, before delivering two cuts in September" is "The Fed
/// will keep rates steady through June" and "The Fed will deliver two cuts in September";
/// "Output will rise to 2.7 million by the end of the year, and to 3.3 million by the end of
/// 2018" repeats what the second part leaves out. `first` and `second` are the two time
/// phrases; `None` when they are not both in the claim or nothing joins them.
pub(super) fn split_claim(claim: &str, first: &str, second: &str) -> Option<(String, String)> {
    let i1 = claim.find(first)?;
    let e1 = i1 + first.len();
    let i2 = e1 + claim[e1..].find(second)?;
    let mid = &claim[e1..i2];
    let (j, joint) = [
        ", before ",
        " before ",
        ", after ",
        // "a 10% jump next year, followed by steady gains through 2021" (round 59).
        " followed by ",
        ", and then ",
        ", then ",
        ", and ",
        " and ",
    ]
    .into_iter()
    .filter_map(|jt| mid.rfind(jt).map(|k| (e1 + k, jt)))
    .max_by_key(|(k, jt)| (*k, std::cmp::Reverse(jt.len())))
    // "at 64 by June, 65 in six months": an item of a list joined by its comma alone.
    .or_else(|| mid.rfind(", ").map(|k| (e1 + k, ", ")))?;
    let mut head = claim[..j].trim_end_matches([',', ' ']).to_string();
    // "..., 18.6 in six months and 19.0 in a year": a further item of a list after the second
    // time is its own forecast, not part of this one.
    let e2 = i2 + second.len();
    let end = if [", ", " and "].iter().any(|n| claim[e2..].starts_with(n)) {
        e2
    } else {
        claim.len()
    };
    let tail = claim[j + joint.len()..end].trim();
    let (word, rest) = tail.split_once(' ').unwrap_or((tail, ""));
    // "a 10% chance of default in 2027 and a 25% chance by 2029", "rain tomorrow and a 40%
    // chance on Friday": a second chance with no event of its own is the first's event at
    // the second time.
    let gapped = tail.find(second).is_some_and(|k| bare_odds(&tail[..k])) && head.contains(first);
    let later = if gapped {
        // "a 20% chance of a strike in 2027": the event, without the first chance's frame.
        let event = head.replacen(first, second, 1);
        let lower = lowercase(&event);
        match chance_frame(&lower).filter(|&n| n < event.len() && event.is_char_boundary(n)) {
            Some(n) => event[n..].to_string(),
            None => event,
        }
    } else if let Some(later) = gapped_and(&head, i1, joint, tail, second) {
        later
    } else if let Some(later) = trend_step(&head, first, joint, tail, second) {
        later
    } else if matches!(joint, ", before " | " before " | ", after ") {
        // "..., before delivering two cuts": the gerund with the first part's subject and modal.
        let modal = head.match_indices(' ').find_map(|(k, _)| {
            let w = head[k + 1..].split_whitespace().next()?;
            matches!(
                w,
                "will" | "would" | "could" | "should" | "may" | "might" | "can"
            )
            .then_some(k + 1 + w.len())
        });
        match (modal, gerund_base(word)) {
            (Some(m), Some(base)) => format!("{} {base} {rest}", &head[..m]),
            _ => tail.to_string(),
        }
    } else {
        // "..., and to 3.3 million by 2018", "3.5% by next year and 2.75% by 2026": the second
        // part stands in for the words of the first from the same preposition or figure on.
        let numeric = |w: &str| w.starts_with(|c: char| c.is_ascii_digit() || c == '$');
        let preposition = matches!(
            word,
            "to" | "at" | "in" | "by" | "around" | "between" | "above" | "below" | "near"
        );
        let from = head[..i1.min(head.len())]
            .match_indices(' ')
            .map(|(k, _)| k + 1)
            .chain(std::iter::once(0))
            .filter(|&k| {
                let w = head[k..].split_whitespace().next().unwrap_or("");
                (preposition && w == word) || (numeric(word) && numeric(w))
            })
            .max()
            .or_else(|| {
                // The first time phrase itself can be the figure ("in both 2025 and 2026").
                (numeric(word) && numeric(first)).then_some(i1)
            });
        match from {
            Some(k) => {
                let mut lead = head[..k].to_string();
                if lead.ends_with("both ") {
                    lead.truncate(lead.len() - "both ".len());
                    head.replace_range(k - "both ".len()..k, "");
                }
                format!("{lead}{tail}")
            }
            None => tail.to_string(),
        }
    };
    let cap = |t: &str| {
        let t = t.trim();
        let mut c = t.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let (head, later) = (cap(&head), cap(&later));
    (!head.is_empty() && !later.is_empty() && head != later).then_some((head, later))
}

/// The second claim of a participle of movement after a comma ("..., rising to 50% by
/// Easter", "inflation of 3.2% in 2026, falling to 2.5% in 2027": audit 28, E30 and issue
/// 13). When the first part states no figure of its own (its chance went to the
/// probability: "A deal by Christmas"), the figure after the participle is the chance of
/// the same event at the later time: "A deal by Easter". Otherwise the figure is a level the
/// first part's subject moves to: "Inflation will fall to 2.5% in 2027". `head` is the first
/// claim, `first` and `second` the two time phrases, `tail` the words after `joint`.
fn trend_step(head: &str, first: &str, joint: &str, tail: &str, second: &str) -> Option<String> {
    if joint != ", " {
        return None;
    }
    let (word, rest) = tail.split_once(' ')?;
    const MOVES: &[&str] = &[
        "rising",
        "falling",
        "climbing",
        "easing",
        "dropping",
        "slipping",
        "sliding",
        "increasing",
        "declining",
        "edging",
        "growing",
        "slowing",
        "picking",
        "moving",
        "reaching",
        "hitting",
        "peaking",
    ];
    if !MOVES.contains(&word) {
        return None;
    }
    let figure = |t: &str| t.contains(|c: char| c.is_ascii_digit());
    if !figure(rest) {
        return None;
    }
    let without_time = head.replacen(first, "", 1);
    if !figure(&without_time) {
        // "A deal by Christmas" + "rising to 50% by Easter": the same event, later.
        return head
            .contains(first)
            .then(|| head.replacen(first, second, 1));
    }
    // The subject: the words before the first part's modal ("Inflation will be 3.2% in
    // 2026"), at most four, none a figure.
    let words: Vec<&str> = head.split_whitespace().collect();
    let modal = words.iter().position(|w| {
        matches!(
            *w,
            "will" | "would" | "could" | "should" | "may" | "might" | "can"
        )
    })?;
    if modal == 0 || modal > 4 || words[..modal].iter().any(|w| figure(w)) {
        return None;
    }
    let base = gerund_base(word)?;
    let mut subject = words[..modal].join(" ");
    // "Inflation will be ..., falling": the capital was the sentence's, the subject's
    // lower case comes back in `split_claim`'s capitalization.
    if let Some(c) = subject.get(..1) {
        subject = c.to_uppercase() + &subject[1..];
    }
    Some(format!("{subject} will {base} {rest}"))
}

/// The second claim of "X will cut in March and the ECB in April", "cut rates in September
/// and again in December", "rise by mid-2027 and stay there through 2028" (audit 28, E16):
/// a gapped subject takes the first part's verb ("The ECB will cut in April"), "again" the
/// first part's words before its time ("The Fed will cut rates again in December"), a second
/// verb the first part's subject and modal ("The rate will stay there through 2028").
/// `head` is the first claim, `i1` where its time phrase starts, `tail` the words after
/// `joint`.
fn gapped_and(head: &str, i1: usize, joint: &str, tail: &str, second: &str) -> Option<String> {
    if !matches!(joint, " and " | ", and ") {
        return None;
    }
    let modal_end = head.match_indices(' ').find_map(|(k, _)| {
        let w = head[k + 1..].split_whitespace().next()?;
        matches!(
            w,
            "will" | "would" | "could" | "should" | "may" | "might" | "can"
        )
        .then_some((k, k + 1 + w.len()))
    });
    let before_time = head.get(..i1)?.trim_end();
    if let Some(rest) = tail.strip_prefix("again ") {
        return Some(format!("{before_time} again {rest}"));
    }
    let k = tail.find(second)?;
    let lead = tail[..k].trim();
    let (m, me) = modal_end?;
    let named = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let words: Vec<&str> = lead.split_whitespace().collect();
    let subject = match words.split_first() {
        Some((&"the", rest)) => !rest.is_empty() && rest.iter().all(|w| named(w)),
        Some(_) => words.iter().all(|w| named(w)),
        None => false,
    };
    if subject {
        // "the ECB" + " will cut " + "in April".
        let verb = before_time.get(m..)?.trim();
        return Some(format!("{lead} {verb} {}", &tail[k..]));
    }
    // "expect inflation to ease by June and growth of 2% next year": a quantity at a figure
    // is its own subject's level (issue 13).
    if let Some((subject, figure)) = quantity_item(tail) {
        let mut s = subject.chars();
        let cap = s.next()?.to_uppercase().collect::<String>() + s.as_str();
        return Some(format!("{cap} will be {figure}"));
    }
    // "..., and to 3.3 million by 2028": a preposition or figure stands in for the first
    // part's words from the same one on (the caller's reading), not a verb.
    let first_word = words.first()?;
    let verb = first_word.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            *first_word,
            "to" | "at"
                | "in"
                | "by"
                | "around"
                | "between"
                | "above"
                | "below"
                | "near"
                | "a"
                | "an"
                | "the"
                | "then"
        );
    (verb && me <= head.len()).then(|| format!("{} {tail}", &head[..me]))
}

/// The claim of a second chance that leaves out its event ("... a 10% chance of default in
/// 2027 and a 25% chance by 2029", "a 70% chance of rain tomorrow and a 40% chance on
/// Friday"): when `claim` is only the chance and its time `phrase` ("A 40% chance on
/// Friday", "By 2029"), the event is the one before in the sentence (`prev_claim`, due at
/// `prev_phrase`) at this time: "Default by 2029", "Rain on Friday".
pub(super) fn gapped_odds(
    claim: &str,
    phrase: &str,
    prev_claim: &str,
    prev_phrase: &str,
) -> Option<String> {
    let lower = claim.to_lowercase();
    let k = lower.find(&phrase.to_lowercase())?;
    if lower.len() != claim.len()
        || !claim[k + phrase.len()..]
            .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
            .is_empty()
        || !(claim[..k].trim().is_empty() || bare_odds(&claim[..k]))
        || !prev_claim.contains(prev_phrase)
        || prev_phrase.eq_ignore_ascii_case(phrase)
    {
        return None;
    }
    // "a 30% chance on Sunday" (phrase "Sunday"): the preposition goes with the time.
    let head = claim[..k].trim_end();
    let at = head.rfind(' ').map_or(0, |j| j + 1);
    let time = if matches!(
        head[at..].to_lowercase().as_str(),
        "on" | "by" | "in" | "at" | "before" | "within" | "over" | "during" | "until"
    ) {
        &claim[at..k + phrase.len()]
    } else {
        &claim[k..k + phrase.len()]
    };
    // "By 2029" opening the claim is "by 2029" inside the event.
    let time = match time.chars().next() {
        Some(c) if at == 0 || k == 0 => {
            c.to_lowercase().collect::<String>() + &time[c.len_utf8()..]
        }
        _ => time.to_string(),
    };
    let event = prev_claim.replacen(prev_phrase, &time, 1);
    let mut c = event.chars();
    let first = c.next()?;
    Some(first.to_uppercase().collect::<String>() + c.as_str())
}

/// Whether a claim is only a time phrase ("In March", "By 2029"): nothing anyone could
/// resolve; the clause's words after it are the claim.
pub(super) fn time_only(claim: &str) -> bool {
    let n = claim.split_whitespace().count();
    // "A 2027 launch", "The 2028 Games": a noun phrase with a year in it is the subject, and
    // stays (audit 25, fault 7).
    let mut words = claim.split_whitespace();
    if let (Some(det), Some(number), Some(_)) = (words.next(), words.next(), words.next()) {
        if matches!(det.to_ascii_lowercase().as_str(), "a" | "an" | "the")
            && number.starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
    }
    let reference = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default();
    (1..=4).contains(&n)
        && crate::time::resolve_phrase_in(claim, reference, crate::time::Tense::Past).is_some()
}

/// Whether `words` are only a chance with its number, no event ("a 25% chance ", "6 in 10",
/// "a 40 per cent probability"): the words of the number and the chance, no "of".
fn bare_odds(words: &str) -> bool {
    let w: Vec<&str> = words
        .split_whitespace()
        .map(|w| w.trim_matches([',', ';']))
        .filter(|w| !w.is_empty())
        .collect();
    !w.is_empty()
        && w.iter()
            .any(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        && w.iter().any(|x| {
            matches!(
                x.to_lowercase().as_str(),
                "chance" | "probability" | "likelihood" | "odds" | "risk"
            )
        })
        && w.iter().all(|x| {
            x.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    x.to_lowercase().as_str(),
                    "a" | "an"
                        | "only"
                        | "just"
                        | "about"
                        | "around"
                        | "per"
                        | "cent"
                        | "percent"
                        | "chance"
                        | "probability"
                        | "likelihood"
                        | "odds"
                        | "risk"
                        | "in"
                        | "to"
                        | "%"
                        | "on"
                        | "by"
                        | "at"
                        | "before"
                        | "within"
                        | "over"
                        | "during"
                        | "until"
                )
        })
}

/// The claims of an expectation with several subjects, each with its own infinitive ("expect
/// inflation to ease to 2.5% by June and unemployment to rise", "the euro is forecast to reach
/// parity, the yen to end at 110 and sterling to slip"): the verb of expecting or the hedge is
/// said once and governs every item, so each item is a forecast of its own, held as firmly as
/// the first. `claim` is the first item's claim as `claim` states it ("Inflation will ease to
/// 2.5% by June and unemployment to rise"), `clause` the words it was read from, which must
/// hold the frame (a verb of expecting or forecasting, or a hedge with its "to").
///
/// Gives the first claim, then each further claim ("Unemployment will rise") with its text as
/// written ("unemployment to rise"), for its own time phrase; `None` when no item follows, the
/// frame is negated (a negation's turned probability is the first item's only), or a word that
/// opens an item may be a verb sharing the first subject ("expected to rise and continue to
/// grow", "and plans to hire", "and help firms to hire" are one forecast).
pub(super) fn gapped_infinitives(
    claim: &str,
    clause: &str,
) -> Option<(String, Vec<(String, String)>)> {
    const FRAMES: &[&str] = &[
        "expect",
        "forecast",
        "predict",
        "project",
        "anticipat",
        "likely to",
        "set to",
        "poised to",
        "tipped to",
        "estimat",
        " see ",
        " sees ",
    ];
    if !claim.contains(" and ") && !claim.contains(", ") {
        return None;
    }
    let lower_clause = lowercase(clause);
    if !FRAMES.iter().any(|f| lower_clause.contains(f)) {
        return None;
    }
    let lower = lowercase(claim);
    if lower.len() != claim.len() {
        return None;
    }
    // Where each further item opens: after ", ", " and " or ", and ".
    let opens: Vec<usize> = item_openings(&lower)
        .filter(|&(_, start)| {
            item_subject(&claim[start..]).is_some()
                || quantity_item(&claim[start..]).is_some()
                || for_item(&claim[start..]).is_some()
        })
        .map(|(at, _)| at)
        .collect();
    let first_end = *opens.first()?;
    // ("... than they lose - and for them to gain": a dash before the join goes too.)
    let head = claim[..first_end].trim_end_matches([',', ' ', '-', '\u{2014}', '\u{2013}']);
    let head_lower = &lower[..first_end];
    // The first item is a converted frame ("Inflation will ease") or an item itself ("The euro
    // to reach parity"), never negated.
    if [" not ", "n't ", "n\u{2019}t ", " never ", " no "]
        .iter()
        .any(|n| head_lower.contains(n))
    {
        return None;
    }
    // "I expect a draw at best for United, and Rovers to finish in the top four": a first
    // item that is an event's noun phrase ("a draw", "an upset") is its own claim, and the
    // items after it still need their own subject and infinitive (audit 22, C3).
    let first = if head_lower.contains(" will ") {
        head.to_string()
    } else if let Some((subject, rest)) = item_subject(head) {
        format!("{subject} will {rest}")
    } else if (head_lower.starts_with("a ") || head_lower.starts_with("an "))
        && !head_lower.contains(" to ")
        && head.split_whitespace().count() >= 2
    {
        head.to_string()
    } else {
        framed_item(head)?
    };
    let mut items = Vec::new();
    for (k, &at) in opens.iter().enumerate() {
        let end = opens.get(k + 1).copied().unwrap_or(claim.len());
        let part = claim[at..end]
            .trim_start_matches([',', ' '])
            .trim_end_matches([',', ' ']);
        let part = part
            .strip_prefix("and ")
            .or_else(|| part.strip_prefix("And "))
            .unwrap_or(part);
        // "... and for them to gain 20 seats": the first item's subject again.
        let first_subject = first.split(" will ").next().unwrap_or("");
        let (subject, rest) = match item_subject(part) {
            Some((subject, rest)) => (subject, rest.to_string()),
            None => match for_item(part) {
                Some((subject, rest)) => (subject.unwrap_or(first_subject), rest.to_string()),
                None => {
                    let (subject, figure) = quantity_item(part)?;
                    (subject, format!("be {figure}"))
                }
            },
        };
        if subject.is_empty() {
            return None;
        }
        let mut s = subject.chars();
        let cap = s.next()?.to_uppercase().collect::<String>() + s.as_str();
        items.push((format!("{cap} will {rest}"), part.to_string()));
    }
    Some((first, items))
}

/// The first item of an expectation whose verb is not the claim's opening frame: "BofAML
/// also lowered its view, now forecasting the euro to reach parity" (a participle after a
/// comma), "the bank is now predicting rates to fall": the words after the last verb of
/// expecting or forecasting, when they are a subject and its infinitive, as a claim ("The
/// euro will reach parity"; round 60, xs3). `None` for any other head.
fn framed_item(head: &str) -> Option<String> {
    const VERBS: &[&str] = &[
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
        "anticipate",
        "anticipates",
        "anticipating",
    ];
    let lower = lowercase(head);
    if lower.len() != head.len() {
        return None;
    }
    let at = lower.match_indices(' ').map(|(i, _)| i + 1).rfind(|&i| {
        VERBS
            .iter()
            .any(|v| lower[i..].starts_with(v) && lower[i + v.len()..].starts_with(' '))
    })?;
    let after = &head[at..];
    let after = &after[after.find(' ')? + 1..];
    let (subject, rest) = item_subject(after)?;
    let mut s = subject.chars();
    let cap = s.next()?.to_uppercase().collect::<String>() + s.as_str();
    Some(format!("{cap} will {rest}"))
}

/// An item opened by "for" after a join ("expect the Liberals to gain from the Tories - and
/// for them to gain from Labour too"): its subject (`None` for "them", the first item's
/// subject again) and the words after its "to" (round 60, xs3).
fn for_item(text: &str) -> Option<(Option<&str>, &str)> {
    let t = text.strip_prefix("for ")?;
    if let Some(rest) = t.strip_prefix("them to ") {
        return rest
            .starts_with(|c: char| c.is_ascii_lowercase())
            .then_some((None, rest));
    }
    item_subject(t).map(|(s, r)| (Some(s), r))
}

/// An item that is a quantity at a figure ("earnings of $2 a share for the year", after
/// "expects revenue of $5 billion and"): its subject and "be" with the figure, as
/// `item_subject` gives an infinitive's: "Earnings will be $2 a share" (issue 13).
fn quantity_item(text: &str) -> Option<(&str, &str)> {
    let at = quantity_of(text)?;
    Some((&text[..at], &text[at + " of ".len()..]))
}

/// The further forecasts of a clause that states one figure and then gives other subjects
/// their own figure with the verb left out: "The model forecasts a 4% fall, Norton 2% and
/// Bayview 0.5%", "the ruling bloc could get 240 seats, the opposition 110 and smaller parties
/// 90 seats". The first part's subject (one to six words) ends at its modal or verb of
/// forecasting; each item is a name (capitalized or after a determiner, up to four words) and
/// a figure, then at most two words before the next item or, for the last, the clause's end;
/// the first part's figure has at most eight words after it, which the items share.
/// Gives each item's claim, the first part's words with the item's name and figure put in
/// ("Norton forecasts a 2% fall"), and its name, after the first part's subject; `None` when
/// no item follows.
pub(super) fn gapped_figures(clause: &str) -> Option<(String, Vec<(String, String)>)> {
    const VERBS: &[&str] = &[
        "will",
        "could",
        "might",
        "may",
        "should",
        "would",
        "forecasts",
        "forecast",
        "predicts",
        "predict",
        "expects",
        "expect",
        "sees",
        "see",
        "projects",
        "project",
        "estimates",
        "estimate",
    ];
    const NAME_STOPS: &[&str] = &[
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "of",
        "than",
        "since",
        "up",
        "down",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "has",
        "have",
        "had",
        "said",
        "says",
        "expects",
        "sees",
        "forecasts",
        "about",
        "around",
        "nearly",
        "almost",
        "just",
        "only",
        "over",
        "under",
        "about",
        "roughly",
    ];
    let figure = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
            && w.chars().any(|c| c.is_ascii_digit())
    };
    let lower = lowercase(clause);
    if lower.len() != clause.len() || !clause.contains(", ") && !clause.contains(" and ") {
        return None;
    }
    // Item openings: after ", and ", ", " or " and ".
    let opens: Vec<(usize, usize)> = item_openings(&lower).collect();
    // The first part: subject, verb, words up to its figure, the figure, the words after it.
    let (first_end, _) = *opens.first()?;
    let head = clause[..first_end].trim_end_matches(',');
    let hw: Vec<&str> = head.split(' ').collect();
    let verb = hw
        .iter()
        .position(|w| VERBS.contains(&w.to_ascii_lowercase().as_str()))?;
    if !(1..=6).contains(&verb) {
        return None;
    }
    let fig = hw.iter().rposition(|w| figure(w))?;
    if fig <= verb || hw.len() - fig > 8 {
        return None;
    }
    let subject = hw[..verb].join(" ");
    let between = hw[verb..fig].join(" ");
    let unit = hw[fig + 1..].join(" ");
    // Each item: a name, its figure, up to two words (the last item: anything after).
    let mut items = Vec::new();
    for (k, &(_, from)) in opens.iter().enumerate() {
        let last = k + 1 == opens.len();
        let end = opens.get(k + 1).map_or(clause.len(), |o| o.0);
        if from >= end {
            return None;
        }
        let part = clause[from..end].trim_end_matches(['.', ',', ';']);
        let pw: Vec<&str> = part.split(' ').filter(|w| !w.is_empty()).collect();
        let Some(f) = pw.iter().position(|w| figure(w)) else {
            // A list whose items are not all gapped figures is some other list.
            return None;
        };
        let name_ok = (1..=4).contains(&f)
            && (pw[0].starts_with(|c: char| c.is_uppercase())
                || matches!(
                    pw[0],
                    "the" | "its" | "their" | "other" | "smaller" | "rival"
                ))
            && pw[..f]
                .iter()
                .all(|w| !NAME_STOPS.contains(&w.to_ascii_lowercase().as_str()) && !figure(w));
        let tail = &pw[f + 1..];
        if !name_ok || (!last && tail.len() > 2) || tail.iter().any(|w| figure(w)) {
            return None;
        }
        let name = pw[..f].join(" ");
        let mut n = name.chars();
        let cap = n.next()?.to_uppercase().collect::<String>() + n.as_str();
        let own_unit = if tail.is_empty() {
            unit.clone()
        } else {
            tail.join(" ")
        };
        let claim = [cap.as_str(), between.as_str(), pw[f], own_unit.as_str()]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<&str>>()
            .join(" ");
        items.push((claim, name));
    }
    (!items.is_empty()).then_some((subject, items))
}

/// The subject of an item "NP to VERB ..." and the words after its "to": a noun phrase of one
/// to four words (opened by a determiner, a name or a figure, or ending in a noun's ending)
/// then "to" and a verb. `None` when a word of the noun phrase may be a verb or an adverb.
fn item_subject(text: &str) -> Option<(&str, &str)> {
    // Quantifiers open a noun phrase as the determiners (`determiner`) do.
    const QUANTIFIERS: &[&str] = &[
        "other", "most", "many", "some", "several", "both", "all", "each", "any", "no",
    ];
    // Words that take an infinitive or an object and one, and function words: "and continue
    // to grow", "and plans to hire", "and help firms to hire" share the first subject.
    const NOT_SUBJECT: &[&str] = &[
        "to",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "then",
        "also",
        "not",
        "never",
        "still",
        "even",
        "later",
        "eventually",
        "ultimately",
        "possibly",
        "perhaps",
        "likely",
        "unlikely",
        "expected",
        "set",
        "poised",
        "due",
        "able",
        "going",
        "try",
        "continue",
        "start",
        "begin",
        "need",
        "want",
        "help",
        "allow",
        "force",
        "cause",
        "lead",
        "push",
        "get",
        "ask",
        "urge",
        "plan",
        "hope",
        "seek",
        "aim",
        "fail",
        "agree",
        "refuse",
        "decide",
        "look",
        "go",
        "come",
        "manage",
        "remain",
        "tend",
        "seem",
        "appear",
        "promise",
        "threaten",
        "vow",
        "pledge",
        "intend",
        "prepare",
        "struggle",
        "move",
        "return",
        "use",
        "work",
        "wait",
        "expect",
        "enable",
        "encourage",
        "prompt",
        "require",
        "leave",
        "take",
        "make",
        "give",
        "that",
        "which",
        "who",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "than",
        "into",
        "up",
        "down",
        "back",
        "out",
        "over",
        "rise",
        "fall",
        "climb",
        "drop",
        "grow",
        "increase",
        "decrease",
        "decline",
        "jump",
        "slip",
        "ease",
    ];
    // Nouns whose "to" opens their own infinitive ("the right to sue", "a bid to win"): a noun
    // phrase of the clause, not an item's subject.
    const INFINITIVE_NOUNS: &[&str] = &[
        "right",
        "power",
        "ability",
        "chance",
        "bid",
        "effort",
        "attempt",
        "decision",
        "need",
        "plan",
        "move",
        "push",
        "drive",
        "opportunity",
        "time",
        "freedom",
        "permission",
        "authority",
        "failure",
        "refusal",
        "willingness",
        "pressure",
        "call",
        "order",
        "deal",
        "agreement",
        "promise",
        "vote",
        "motion",
        "proposal",
        "way",
        "reason",
        "capacity",
        "mandate",
        "incentive",
        "intention",
        "desire",
        "campaign",
        "threat",
        "pledge",
        "commitment",
        "goal",
        "aim",
        "license",
        "licence",
        "tool",
        "money",
        "fund",
        "resource",
        "strength",
        "room",
        "space",
        "leeway",
    ];
    const NOUN_ENDINGS: &[&str] = &[
        "tion", "sion", "ment", "ity", "ness", "ance", "ence", "th", "ure", "age", "ism", "ship",
        "ery", "ard", "ant", "ent", "put", "and",
    ];
    // Word starts and texts.
    let mut spans: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for w in text.split(' ') {
        if !w.is_empty() {
            spans.push((at, w));
        }
        at += w.len() + 1;
        if spans.len() > 6 {
            break;
        }
    }
    let to = spans.iter().position(|(_, w)| *w == "to")?;
    if !(1..=4).contains(&to) {
        return None;
    }
    let verb = spans.get(to + 1)?.1;
    if !verb.chars().all(|c| c.is_ascii_lowercase())
        || verb.len() < 2
        || determiner(verb)
        || QUANTIFIERS.contains(&verb)
        || matches!(verb, "be" | "have")
    {
        return None;
    }
    let np: Vec<String> = spans[..to].iter().map(|(_, w)| w.to_lowercase()).collect();
    let stem = |w: &str| -> String {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.strip_suffix('s').unwrap_or(w).to_string()
    };
    // (A name's endings say nothing: "the Fed", "Italy".)
    if np.iter().zip(&spans).any(|(w, (_, written))| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let name = written.starts_with(|c: char| c.is_uppercase());
        NOT_SUBJECT.contains(&w)
            || NOT_SUBJECT.contains(&stem(w).as_str())
            || (!name && (w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed")))
            || w.is_empty()
    }) || spans[..to]
        .iter()
        .any(|(_, w)| !w.ends_with(|c: char| c.is_alphanumeric()))
    {
        return None;
    }
    let first = spans[0].1;
    let last = np[np.len() - 1].trim_matches(|c: char| !c.is_alphanumeric());
    if INFINITIVE_NOUNS.contains(&stem(last).as_str()) {
        return None;
    }
    let subject_like = determiner(&np[0])
        || QUANTIFIERS.contains(&np[0].as_str())
        || first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || (last.ends_with('s') && !last.ends_with("ss"))
        || NOUN_ENDINGS.iter().any(|e| last.ends_with(e));
    if !subject_like {
        return None;
    }
    let (to_at, _) = spans[to];
    Some((text[..to_at].trim_end(), text[to_at + 3..].trim()))
}

/// The length of a passive "told" frame opening `lower`: "residents were told (that) ",
/// "the staff was told " (one to three words before it), when a "will" or "would" follows
/// within eight words: what they were told is the claim (audit 26, finding 8).
fn told_frame(lower: &str) -> Option<usize> {
    let words = spaced_words(lower);
    let k = (1..words.len().min(5)).find(|&k| {
        matches!(words[k].1, "were" | "was") && words.get(k + 1).is_some_and(|w| w.1 == "told")
    })?;
    let mut next = k + 2;
    if words.get(next).is_some_and(|w| w.1 == "that") {
        next += 1;
    }
    let from = words.get(next)?.0;
    words[next..]
        .iter()
        .take(8)
        .any(|w| matches!(w.1, "will" | "would" | "won't" | "wouldn't"))
        .then_some(from)
}

/// The length of a frame telling people what to expect, opening `lower`: "voters should
/// expect (that) ", "investors should now expect " (one to three words before "should"):
/// the writer's forecast of what follows, which is the claim ("Voters should expect higher
/// taxes next year": "Higher taxes next year"; audit 27, item 7).
fn told_to_expect(lower: &str) -> Option<usize> {
    let words = spaced_words(lower);
    let k = (1..words.len().min(4)).find(|&k| words[k].1 == "should")?;
    let mut next = k + 1;
    if words
        .get(next)
        .is_some_and(|w| matches!(w.1, "now" | "also" | "still"))
    {
        next += 1;
    }
    if words.get(next).is_none_or(|w| w.1 != "expect") || lower[..words[k].0].contains(',') {
        return None;
    }
    next += 1;
    if words.get(next).is_some_and(|w| w.1 == "that") {
        next += 1;
    }
    Some(words.get(next)?.0)
}

/// The plain form of a gerund ("delivering" -> "deliver", "cutting" -> "cut", "raising" ->
/// "raise"); `None` for a word that is not one.
fn gerund_base(word: &str) -> Option<String> {
    let stem = word.strip_suffix("ing").filter(|s| s.len() >= 2)?;
    if !stem.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let b = stem.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let n = b.len();
    // "cutting", "hitting": a doubled final consonant (not "falling", "passing", "buzzing").
    if n >= 3 && b[n - 1] == b[n - 2] && !vowel(b[n - 1]) && !b"lsz".contains(&b[n - 1]) {
        return Some(stem[..n - 1].to_string());
    }
    // "raising", "making", "reducing", "leaving", "continuing": a silent e dropped before -ing.
    let last = b[n - 1];
    let before = b[n - 2];
    // "averaging", "surging": a g after a vowel or an r had an e; "settling", "toppling": an
    // l after a consonant (not "curling", "bowling").
    let e_dropped = matches!(last, b'v' | b'z' | b'u')
        || (last == b'l' && !vowel(before) && !b"lrwy".contains(&before))
        || (last == b'g' && (vowel(before) || before == b'r'))
        || (last == b'c' && before != b'c')
        || (last == b's' && vowel(before))
        || (last == b'k' && vowel(before) && (n < 3 || !vowel(b[n - 3])));
    Some(if e_dropped {
        format!("{stem}e")
    } else {
        stem.to_string()
    })
}

/// The event a clause like "that seems unlikely" weighs, from the words before it in the
/// sentence: "Perhaps military leaders try to oust him, but that seems unlikely as well" is
/// about "Military leaders try to oust him"; "Officials hoped gains this year could force
/// talks, but that seems unlikely now" about "Gains this year could force talks". `None`
/// when the claim is not such a clause or nothing stands before it.
pub(super) fn antecedent(claim: &str, before: &str) -> Option<String> {
    let lower = lowercase(claim);
    let rest = ["that ", "this "]
        .into_iter()
        .find_map(|p| lower.strip_prefix(p))?;
    let rest = ["seems ", "is ", "looks ", "appears ", "sounds "]
        .into_iter()
        .find_map(|v| rest.strip_prefix(v))?;
    let rest = rest
        .strip_prefix("increasingly ")
        .or_else(|| rest.strip_prefix("very "))
        .or_else(|| rest.strip_prefix("highly "))
        .unwrap_or(rest);
    if !["unlikely", "likely", "improbable", "doubtful", "probable"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return None;
    }
    event_before(before, claim)
}

/// Whether a clause is only the author's doubt of what came before: "but I doubt it", "I
/// doubt it.", "I don't believe them.", "Don't bet on it." (the event is the clause or the
/// sentence before, as `doubted_event` finds it), or a flat rebuttal of it ("It will not.",
/// "It won't.": `rebuttal`).
pub(super) fn bare_doubt(clause: &str) -> bool {
    if rebuttal(clause) {
        return true;
    }
    if clause.len() > 40 || !clause.contains(['d', 'D']) {
        return false;
    }
    let lower = lowercase(clause.trim()).replace('\u{2019}', "'");
    let mut t = lower.trim_end_matches(['.', '!', ' ', ',', ';']);
    for joint in [", ", "but ", "and ", "yet ", "though "] {
        t = t.strip_prefix(joint).unwrap_or(t);
    }
    matches!(
        t,
        "i doubt it"
            | "i doubt that"
            | "i very much doubt it"
            | "i don't believe it"
            | "i don't believe them"
            | "i don't believe that"
            | "i do not believe them"
            | "don't bet on it"
            | "do not bet on it"
            | "i wouldn't bet on it"
    )
}

/// Whether a clause only denies the claim before it, flatly: "It will not.", "It won't.",
/// "That won't happen.", "Not a chance." (audit 25, fault 2: "X wants us to believe Y. It
/// will not." is the writer's forecast against Y, not a claim "It will not").
pub(super) fn rebuttal(clause: &str) -> bool {
    if clause.len() > 40 {
        return false;
    }
    let lower = lowercase(clause.trim()).replace('\u{2019}', "'");
    let mut t = lower.trim_end_matches(['.', '!', ' ', ',', ';']);
    for joint in [", ", "but ", "and "] {
        t = t.strip_prefix(joint).unwrap_or(t);
    }
    let t = t.strip_suffix(" happen").unwrap_or(t);
    matches!(
        t,
        "it will not"
            | "it won't"
            | "that will not"
            | "that won't"
            | "it is not going to"
            | "it isn't going to"
            | "it's not going to"
            | "that is not going to"
            | "that isn't going to"
            | "that's not going to"
            | "not a chance"
            | "no chance"
            | "it simply will not"
            | "it simply won't"
            | "it just won't"
    )
}

/// The sentence the lexicon reads for a bare doubt's value: a flat rebuttal says the event
/// will not happen, a doubt that the writer doubts it.
pub(super) fn doubt_reading(clause: &str) -> &'static str {
    if rebuttal(clause) {
        "It will not happen"
    } else {
        "I doubt it will happen"
    }
}

/// A frame the writer puts around a claim they do not hold: "X wants us to believe (that) Y",
/// "X would have you believe Y" (audit 25, fault 2). Gives the end of the holder X (0 when
/// the frame opens the sentence) and where Y starts; `None` without such a frame.
pub(super) fn believe_frame(sentence: &str) -> Option<(usize, usize)> {
    const FRAMES: &[&str] = &[
        " wants us to believe ",
        " want us to believe ",
        " wants you to believe ",
        " want you to believe ",
        " would have you believe ",
        " would have us believe ",
        " would like us to believe ",
        " would like you to believe ",
        " expects us to believe ",
        " expect us to believe ",
        " asks us to believe ",
        " ask us to believe ",
    ];
    if !sentence.contains(" believe ") {
        return None;
    }
    let lower = sentence.to_ascii_lowercase().replace('\u{2019}', "'");
    if lower.len() != sentence.len() {
        return None;
    }
    let (at, frame) = FRAMES
        .iter()
        .filter_map(|f| lower.find(f).map(|i| (i, f.len())))
        .min()?;
    let mut from = at + frame;
    if lower[from..].starts_with("that ") {
        from += "that ".len();
    }
    // At least a subject and a verb after the frame.
    (sentence[from..].split_whitespace().nth(1).is_some()).then_some((at, from))
}

/// The claim Y of "X wants us to believe Y" (`believe_frame` gives `at` and `from`), with an
/// opening possessive pronoun read as X's: "The company wants us to believe its phone will
/// sell" gives "The company's phone will sell".
pub(super) fn unframed(sentence: &str, at: usize, from: usize) -> String {
    let holder = sentence[..at].trim();
    let y = &sentence[from..];
    let pronoun = ["its ", "their ", "his ", "her "]
        .into_iter()
        .find(|p| y.len() > p.len() && y[..p.len()].eq_ignore_ascii_case(p));
    match pronoun {
        Some(p) if !holder.is_empty() && holder.split_whitespace().nth(4).is_none() => {
            let owner = if holder.ends_with('s') {
                format!("{holder}'")
            } else {
                format!("{holder}'s")
            };
            format!("{owner} {}", &y[p.len()..])
        }
        _ => y.to_string(),
    }
}

/// The writer's bare agreement with the claim just before ("X wants us to believe Y. I think
/// it will.", "It probably will."): the sentence the lexicon reads for the writer's value of
/// that claim, as `bare_doubt` gives "I doubt it will happen" (audit 26, finding 8: the
/// claim is the one agreed with, never "It will"). `None` for anything else.
pub(super) fn bare_agreement(clause: &str) -> Option<&'static str> {
    if clause.len() > 32 {
        return None;
    }
    let lower = lowercase(clause.trim()).replace('\u{2019}', "'");
    let mut t = lower.trim_end_matches(['.', '!', ' ', ',', ';']);
    for joint in [", ", "but ", "and ", "yet "] {
        t = t.strip_prefix(joint).unwrap_or(t);
    }
    let t = t.strip_suffix(" happen").unwrap_or(t);
    Some(match t {
        "i think it will" | "i believe it will" | "i expect it will" | "i suspect it will"
        | "we think it will" | "we believe it will" => "I think it will happen",
        "it probably will" | "i think it probably will" | "it likely will" => {
            "It will probably happen"
        }
        "it will" | "and it will" | "it almost certainly will" | "it surely will" => {
            "It will almost certainly happen"
        }
        _ => return None,
    })
}

/// A bare verdict answering the question just before it ("Will X happen? Almost certainly
/// not.", "Probably.", "Very unlikely."): the sentence the lexicon reads for the hedge it
/// states of the question's event, as `bare_doubt` gives "I doubt it will happen". `None`
/// for anything longer than the verdict and its closing mark. The caller checks that the
/// sentence before is a question.
pub(super) fn bare_verdict(clause: &str) -> Option<&'static str> {
    if clause.len() > 32 {
        return None;
    }
    let lower = lowercase(clause.trim());
    let t = lower.trim_end_matches(['.', '!', ' ']);
    let t = t.strip_prefix("no, ").unwrap_or(t);
    let t = t.strip_prefix("yes, ").unwrap_or(t);
    Some(match t {
        "almost certainly not" | "certainly not" | "definitely not" | "almost surely not" => {
            "It will almost certainly not happen"
        }
        "very unlikely" | "highly unlikely" | "extremely unlikely" => {
            "It is very unlikely to happen"
        }
        "probably not" | "likely not" | "unlikely" | "doubtful" => "It is unlikely to happen",
        "probably" | "likely" | "most likely" => "It will probably happen",
        "very likely" | "highly likely" => "It is very likely to happen",
        "almost certainly" | "almost surely" => "It will almost certainly happen",
        _ => return None,
    })
}

/// The topic a question line just before an answer asks about, in an interview without
/// speaker labels: "What about unemployment?" and "And inflation?" give "unemployment" and
/// "inflation", "Any risk of recession?" "recession". At most five words, no verb.
fn asked_topic(prior: &str) -> Option<&str> {
    let q = prior.trim().strip_suffix('?')?.trim();
    let lower = lowercase(q);
    let leads = [
        "and what about ",
        "what about ",
        "how about ",
        "and how about ",
        "what of ",
        "any risk of ",
        "any chance of ",
        "and the risk of ",
        "what are the odds of ",
        "what are the chances of ",
        "and ",
    ];
    let lead = leads.iter().find(|l| lower.starts_with(*l))?;
    let topic = q[lead.len()..].trim();
    let words: Vec<&str> = topic.split_whitespace().collect();
    let verb = words.iter().any(|w| {
        matches!(
            lowercase(w).as_str(),
            "is" | "are" | "will" | "would" | "could" | "can" | "do" | "does" | "did" | "be"
        )
    });
    (!words.is_empty() && words.len() <= 5 && !verb && !topic.contains(',')).then_some(topic)
}

/// An answer's claim that leaves its subject in the question line before it ("What about
/// unemployment?" / "It won't rise much." gives "Unemployment won't rise much"; "Any risk of
/// recession?" / "One in five over the next twelve months." gives "Recession will happen
/// over the next twelve months"). `None` when `prior` asks no such question or the claim has
/// a subject of its own.
pub(super) fn answered(claim: &str, prior: &str) -> Option<String> {
    let topic = asked_topic(prior)?;
    let mut chars = topic.chars();
    let first = chars.next()?;
    let topic = first.to_uppercase().collect::<String>() + chars.as_str();
    let plain = claim.replace('\u{2019}', "'");
    let last = topic.rsplit(' ').next().unwrap_or("");
    let plural = last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us");
    let be = if plural { "are " } else { "is " };
    for (pronoun, verb) in [("It's ", be), ("It'll ", "will "), ("It ", "")] {
        if let Some(rest) = plain.strip_prefix(pronoun) {
            return Some(format!("{topic} {verb}{rest}"));
        }
    }
    // Only odds and a time: "One in five over the next twelve months", "Maybe 20% by June".
    let words: Vec<&str> = claim.split_whitespace().collect();
    let cut = words.iter().position(|w| {
        matches!(
            lowercase(w).as_str(),
            "over" | "by" | "within" | "before" | "during" | "through" | "next" | "this"
        )
    })?;
    let head = &words[..cut];
    let odds = !head.is_empty()
        && head.len() <= 5
        && head.iter().any(|w| {
            let w = lowercase(w);
            w.contains(|c: char| c.is_ascii_digit())
                || super::numbers::count_word(&w)
                || matches!(w.as_str(), "even" | "half" | "percent")
        })
        && !head.iter().any(|w| {
            matches!(
                lowercase(w).as_str(),
                "will" | "would" | "is" | "are" | "won't" | "could" | "may" | "might"
            )
        });
    odds.then(|| format!("{topic} will happen {}", words[cut..].join(" ")))
}

/// Whether a claim is an article and one noun, no more ("A deal", "An agreement"): what it is
/// of, and so how it resolves, is not said.
pub(super) fn bare_event(claim: &str) -> bool {
    let words: Vec<&str> = claim.split_whitespace().collect();
    matches!(words[..], [article, noun]
        if matches!(article, "A" | "An")
            && noun.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
}

/// A bare noun's event as the sentence before names it: "A deal" after "The club is close to
/// a deal for the striker Leo Park." is "A deal for the striker Leo Park". The noun must be
/// followed there by a preposition and at most eight more words, up to a comma or the end;
/// `None` otherwise.
pub(super) fn named_event(claim: &str, prior: &str) -> Option<String> {
    let (article, noun) = claim.split_once(' ')?;
    let lower = lowercase(prior);
    if lower.len() != prior.len() {
        return None;
    }
    let words = spaced_words(&lower);
    let k = words.iter().position(|w| w.1 == noun)?;
    let prep = words.get(k + 1)?.1;
    // ("a deal to buy the port" is a purpose, not what the deal is between.)
    if !matches!(prep, "for" | "with" | "between" | "on" | "over" | "of") {
        return None;
    }
    let from = words[k + 1].0;
    let end = prior[from..]
        .find([',', ';', ':', '.', '!', '?'])
        .map_or(prior.len(), |i| from + i);
    // "... over a deal with Norland Shipping collapsed last year": the noun phrase stops at
    // a verb (an auxiliary, a past form) or a joining word.
    let stop = words
        .iter()
        .skip(k + 2)
        .take_while(|w| w.0 < end)
        .find(|w| {
            let w = w.1.trim_end_matches([',', '.', ';', ':', '!', '?']);
            w.len() > 3 && w.ends_with("ed")
                || matches!(
                    w,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "should"
                        | "and"
                        | "but"
                        | "that"
                        | "which"
                        | "who"
                        | "if"
                        | "after"
                        | "before"
                        | "by"
                )
        })
        .map_or(end, |w| w.0);
    let phrase = prior[from..stop].trim_end();
    let n = phrase.split_whitespace().count();
    ((2..=9).contains(&n)).then(|| format!("{article} {noun} {phrase}"))
}

/// A claim whose subject is a bare pronoun with no verb after it ("Don't expect it in Europe
/// before 2028" gives "It in Europe before 2028"): the pronoun stands for the subject of the
/// sentence before ("The new handset has been a hit in Asia."), which takes its place: "The
/// new handset in Europe before 2028". The subject is the words before that sentence's first
/// verb, two to six of them, opening with a determiner or a capital, with no comma. `None`
/// when the claim has a verb after its pronoun or no such subject stands before.
pub(super) fn pronoun_subject(claim: &str, prior: &str) -> Option<String> {
    let (pronoun, rest) = claim.split_once(' ')?;
    if !matches!(pronoun, "It" | "They" | "Them") {
        return None;
    }
    let next = rest.split(' ').next()?;
    if !matches!(
        lowercase(next).as_str(),
        "in" | "on" | "at" | "before" | "by" | "until" | "to" | "for" | "this" | "next" | "within"
    ) {
        return None;
    }
    let words: Vec<&str> = prior.split_whitespace().collect();
    let det = |w: &str| determiner(&lowercase(w));
    let word = |k: usize| lowercase(words[k].trim_end_matches([',', '.', ';', ':']));
    let verb = |k: usize| {
        let w = word(k);
        matches!(
            w.as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "should"
                | "did"
                | "does"
                | "do"
                | "won't"
        ) || super::timefind::IRREGULAR_PAST_SET.contains(w.as_str())
            || (w.len() > 4 && w.ends_with("ed"))
    };
    // A present verb in "-s" ("The phone launches in Asia") only where no other verb is
    // near: "Acme's new kettles sold out" has its verb after a plural noun.
    let present = |k: usize| {
        let w = word(k);
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !det(words[k - 1])
    };
    let span = 1..words.len().min(7);
    let cut = span
        .clone()
        .find(|&k| verb(k))
        .or_else(|| span.clone().find(|&k| present(k)))?;
    let subject = &words[..cut];
    let first = subject[0];
    if cut < 2
        || subject.iter().any(|w| w.ends_with([',', ';', ':']))
        || !(det(first) || first.starts_with(char::is_uppercase))
        || matches!(
            lowercase(first).as_str(),
            "it" | "they" | "he" | "she" | "we" | "i"
        )
    {
        return None;
    }
    Some(format!("{} {rest}", subject.join(" ")))
}

/// Whether a clause is only the author's own odds on what came before, with no event of its
/// own: "though I would put the odds closer to 30%", "but I'd say 40 per cent", "I'd put it
/// at 20%", "my own guess is nearer 60%". The event is the one the sentence reported
/// (`doubted_event`), held by the author, not by whoever the sentence quoted.
pub(super) fn own_odds(clause: &str) -> bool {
    // (A number, or odds in words: "no better than even odds", "one chance in three".)
    if clause.len() > 80
        || !(clause.contains('%')
            || clause.contains("cent")
            || clause.contains("odds")
            || clause.contains("chance"))
    {
        return false;
    }
    let lower = lowercase(clause.trim()).replace('\u{2019}', "'");
    let mut t = lower.trim_start_matches([',', ';', ' ']);
    for joint in ["but ", "and ", "yet ", "though ", "although ", "while "] {
        t = t.strip_prefix(joint).unwrap_or(t);
    }
    let t = t.trim_start_matches(['-', '—', '–', ' ']);
    let subject = [
        "i would ",
        "i'd ",
        "i ",
        "we would ",
        "we'd ",
        "we ",
        "my own ",
        "my ",
        "our own ",
        "our ",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p));
    let Some(rest) = subject else {
        return false;
    };
    let rest = rest.strip_prefix("personally ").unwrap_or(rest);
    // The verb or noun of putting odds, then only the number's words: no clause of its own.
    let put = [
        "put the odds",
        "put the chances",
        "put the chance",
        "put it",
        "put my odds",
        "give it",
        "give the odds",
        "say",
        "rate it",
        "reckon",
        "estimate",
        "guess",
        "own guess",
        "bet",
        "estimate is",
        "guess is",
        "bet is",
        "view is",
        "odds are",
    ];
    // "assign that outcome", "give this", "peg those odds at": a verb of rating and its
    // object, the event already stated.
    let rated = || {
        let (verb, obj) = rest.split_once(' ')?;
        matches!(
            verb,
            "put" | "give" | "assign" | "set" | "peg" | "place" | "rate" | "make"
        )
        .then_some(())?;
        [
            "that outcome ",
            "this outcome ",
            "the outcome ",
            "that scenario ",
            "this scenario ",
            "the probability at ",
            "the probability ",
            "that ",
            "this ",
            "those odds ",
            "these odds ",
            "its odds ",
            "it ",
        ]
        .iter()
        .find_map(|o| obj.strip_prefix(o))
    };
    let Some(after) = put.iter().find_map(|p| rest.strip_prefix(p)).or_else(rated) else {
        return false;
    };
    let words: Vec<&str> = after.split_whitespace().collect();
    words.len() <= 6
        && !words.iter().any(|w| {
            matches!(
                w.trim_end_matches([',', '.']),
                "that" | "will" | "would" | "won't" | "could" | "of" | "on" | "for"
            )
        })
}

/// Whether a clause says that others may do what the forecast before it foresees: "... and
/// other employers could follow suit", "rivals may do the same" (a modal, then "follow suit",
/// "do the same", "do likewise" or "follow its lead"). Its event is the one before, so it
/// needs no time of its own to be a forecast (round 60, xs3).
pub(super) fn follows_suit(clause: &str) -> bool {
    let lower = lowercase(clause);
    [
        "follow suit",
        "do the same",
        "do likewise",
        "follow its lead",
        "follow their lead",
    ]
    .iter()
    .any(|p| {
        lower.find(p).is_some_and(|at| {
            lower[..at]
                .split_whitespace()
                .rev()
                .take(2)
                .any(|w| matches!(w, "could" | "might" | "may" | "will" | "would" | "should"))
        })
    })
}

/// Whether a claim is only a noun standing for an event named before it: "A move", "Such a
/// step", "That outcome", "One" ("markets price an 80% chance of a move" after "the bank is
/// expected to lower its rate"). Such a claim says nothing checkable on its own; the caller
/// gives it the event of the forecast just before (audit 22, C4). An event noun that names
/// its own event ("A recession", "A cut", "A deal") is kept.
pub(super) fn anaphoric_event(claim: &str) -> bool {
    const STANDINS: &[&str] = &[
        "move", "step", "shift", "change", "outcome", "scenario", "result", "thing", "event",
        "one", "it", "that", "this",
    ];
    let lower = lowercase(claim);
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let Some((last, head)) = words.split_last() else {
        return false;
    };
    words.len() <= 3
        && STANDINS.contains(last)
        && head.iter().all(|w| {
            matches!(
                *w,
                "a" | "an" | "such" | "that" | "this" | "the" | "same" | "similar" | "any"
            )
        })
}

/// The event an author's bare doubt (`bare_doubt`) weighs: the clause before it in the
/// sentence ("Officials insist the bridge will open by March, but I doubt it" doubts "The
/// bridge will open by March"), or else the sentence before ("Could prices crash? I doubt
/// it." doubts "Prices crash"). `None` when neither holds enough words.
pub(super) fn doubted_event(before: &str, prior: &str) -> Option<String> {
    // "X wants us to believe Y": the event is Y.
    let plain = |t: &str| -> String {
        believe_frame(t).map_or_else(|| t.to_string(), |(at, from)| unframed(t, at, from))
    };
    let (before, prior) = (plain(before), plain(prior));
    let (before, prior) = (before.as_str(), prior.as_str());
    let here = before.trim().trim_end_matches([',', ';', ' ']);
    let here = here.strip_suffix(" but").unwrap_or(here);
    if here.split_whitespace().count() >= 3 {
        return event_before(here, here);
    }
    if bare_doubt(prior) {
        return None;
    }
    let prior = prior.trim().trim_end_matches(['?', '.', '!', ' ']);
    // "Inflation will fall by March, the minister insists. It will not.": the holder's
    // closing tag is no part of the event (audit 26, finding 1).
    let prior = super::attribution::attribution_in(prior, &super::hedges::tokens(prior))
        .and_then(|h: String| lowercase(prior).rfind(&format!(", {}", lowercase(&h))))
        .filter(|&i| i > 0 && prior.is_char_boundary(i) && lowercase(prior).len() == prior.len())
        .map_or(prior, |i| &prior[..i]);
    // "Will the ferry sail by May?": the question's event with its "will" after the subject
    // ("The ferry will sail by May"); the doubt weighs that. When the subject's end is not
    // found, the event without its modal ("Rents fall by the autumn").
    let asked = match prior.split_once(' ') {
        Some((m, rest))
            if matches!(
                lowercase(m).as_str(),
                "could" | "will" | "would" | "might" | "can" | "may" | "should"
            ) =>
        {
            Some(rest)
        }
        _ => None,
    };
    match asked {
        Some(rest) => {
            let stated = modal_put_back(rest);
            let event = stated.as_deref().unwrap_or(rest);
            event_before(event, event)
        }
        None => event_before(prior, prior),
    }
}

/// A question's event with "will" put back after its subject: "the ferry sail by May" gives
/// "the ferry will sail by May", "rents fall by the autumn" "rents will fall by the autumn".
/// The subject ends before a common verb of forecasts, or before the word ahead of a
/// preposition, determiner or number; a pronoun is a subject of one word. `None` when no
/// such end is found within the first five words.
fn modal_put_back(rest: &str) -> Option<String> {
    const VERBS: &[&str] = &[
        "be", "have", "happen", "rise", "fall", "drop", "climb", "sail", "open", "close", "reopen",
        "win", "lose", "cut", "raise", "hike", "hold", "pass", "reach", "hit", "end", "start",
        "begin", "finish", "launch", "sign", "agree", "approve", "collapse", "recover", "grow",
        "shrink", "return", "resign", "leave", "go", "come", "make", "take", "get", "beat",
        "default", "merge", "slip", "slow", "ease", "strike", "crash", "peak", "fail", "succeed",
        "survive", "stay", "remain", "keep", "sell", "buy", "move", "land", "arrive", "double",
        "halve", "announce", "release", "ship", "deliver", "pay", "vote", "call",
    ];
    // With the determiners (`determiner`).
    const AHEAD: &[&str] = &[
        "by", "in", "on", "to", "before", "until", "next", "at", "within", "after", "again", "out",
        "up", "down", "back", "off", "more", "less", "above", "below", "over", "under",
    ];
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| lowercase(w)).collect();
    let end = if matches!(
        lower[0].as_str(),
        "it" | "they" | "we" | "he" | "she" | "you" | "i"
    ) {
        Some(1)
    } else {
        (1..words.len().min(6)).find(|&i| {
            VERBS.contains(&lower[i].as_str())
                || lower.get(i + 1).is_some_and(|n| {
                    AHEAD.contains(&n.as_str())
                        || determiner(n)
                        || n.starts_with(|c: char| c.is_ascii_digit())
                })
        })
    }?;
    let mut out = words[..end].to_vec();
    out.push("will");
    out.extend_from_slice(&words[end..]);
    Some(out.join(" "))
}

/// The event of the clause `before` ends with: the last sentence's words, a lead adverb and
/// a holder's "hoped"/"insist" taken off, finished like a claim.
fn event_before(before: &str, claim: &str) -> Option<String> {
    let mut b = before.trim_end();
    for joint in [",", ";", " but", " and", " yet", " though", ","] {
        b = b.strip_suffix(joint).unwrap_or(b).trim_end();
    }
    // Only this sentence's words: a clause after the last full stop.
    let b = b.rsplit(". ").next().unwrap_or(b).trim();
    let mut words: Vec<&str> = b.split_whitespace().collect();
    if words.len() < 3 {
        return None;
    }
    if matches!(
        words[0].to_lowercase().as_str(),
        "perhaps" | "maybe" | "possibly"
    ) {
        words.remove(0);
    }
    // "Western officials hoped (that) X": the hope is not the event, X is.
    if let Some(k) = words.iter().take(5).position(|w| {
        matches!(
            *w,
            "hoped"
                | "hope"
                | "hopes"
                | "thought"
                | "believed"
                | "expected"
                | "predicted"
                | "wanted"
                | "said"
                | "says"
                | "say"
        ) || ASSERTING.contains(w)
    }) {
        words.drain(..=k);
        if words.first() == Some(&"that") {
            words.remove(0);
        }
    }
    if words.len() < 2 {
        return None;
    }
    Some(finish(&words.join(" "), claim))
}

/// The hearsay words before a plan ("is said to be planning", "reportedly planning"): the
/// report the hedge lexicon reads (`hedges::rank`). Returns the clause without the plan's
/// words ("Apple is said to launch X"), for reading the report's hedge; `None` when the clause
/// reports no plan.
pub(super) fn heard_plan(clause: &str) -> Option<String> {
    let said = lowercase(clause);
    if said.len() != clause.len() || !said.contains("planning") {
        return None;
    }
    let (at, heard) = [
        "said to be planning",
        "reportedly planning",
        "rumoured to be planning",
        "rumored to be planning",
        "thought to be planning",
        "believed to be planning",
    ]
    .iter()
    .find_map(|h| said.find(h).map(|i| (i, *h)))?;
    let plan = at + heard.find("planning").unwrap_or(0);
    let plan = if said[..plan].ends_with("be ") {
        plan - "be ".len()
    } else {
        plan
    };
    let end = at + heard.len();
    let rest = clause[end..].trim_start();
    let rest = rest.strip_prefix("to ").unwrap_or(rest);
    Some(format!("{}{rest}", &clause[..plan]))
}

/// "Apple is said to be planning a foldable iPhone for 2027", "Apple is reportedly planning
/// to open a plant by 2028": hearsay of a plan, whose checkable event is the plan carried out
/// ("Apple will go ahead with a foldable iPhone for 2027", "Apple will open a plant by
/// 2028"), not the planning, which is a present state. `claim` is the claim read so far
/// (a report's frame already made "will plan"), `clause` its words. The hearsay words are
/// those the hedge lexicon reads as a report (`hedges::rank`: "said to", "reportedly",
/// "rumoured to", "thought to", "believed to"). `None` for anything else (audit 28, E21).
pub(super) fn hearsay_plan(claim: &str, clause: &str) -> Option<String> {
    heard_plan(clause)?;
    let lower = lowercase(claim);
    if lower.len() != claim.len() {
        return None;
    }
    let (at, frame) = [" will plan ", " is planning ", " are planning "]
        .iter()
        .find_map(|f| lower.find(f).map(|i| (i, *f)))?;
    let rest = &claim[at + frame.len()..];
    let event = match rest.strip_prefix("to ") {
        Some(act) => format!("will {act}"),
        None => format!("will go ahead with {rest}"),
    };
    Some(format!("{} {event}", &claim[..at]))
}

/// A claim without the bracketed aside it ends on when that aside is a pointer for the reader
/// ("in December (see chart)", "(see table below)") or a quoted comment on the claim ("over
/// three months (a \"meaningful risk,\" they wrote)"): no part of the event. Any other aside
/// may define or date it ("(does not include new individuals)", "(at Q4 2027)") and stays
/// (audit 28, E21).
fn without_trailing_aside(t: &str) -> &str {
    if !t.ends_with(')') {
        return t;
    }
    let Some(open) = t.rfind(" (") else {
        return t;
    };
    let inside = &t[open + 2..t.len() - 1];
    let pointer = inside.starts_with("see ") || inside.starts_with("See ");
    let quoted =
        inside.contains(['"', '\u{201c}']) && !inside.contains(|c: char| c.is_ascii_digit());
    if inside.contains(['(', ')']) || open == 0 || !(pointer || quoted) {
        return t;
    }
    t[..open].trim_end_matches([',', ' '])
}

/// A clause cut after its subject's second reporting verb ("Acme expects sales to rise, and
/// said margins should recover") starts with the verb: what was said is the claim, "Margins
/// should recover", not "Said margins should recover". Only the verb in lower case, as it
/// stands inside a sentence ("Said Ahmed will ..." names a person), with words after it.
fn without_reporting_verb(t: &str) -> &str {
    for verb in ["said ", "says ", "added ", "noted "] {
        if let Some(rest) = t.strip_prefix(verb) {
            let rest = rest.strip_prefix("that ").unwrap_or(rest);
            if rest.split_whitespace().nth(1).is_some() {
                return rest;
            }
        }
    }
    t
}

/// The claim's last touches: hedge frames stated plainly, closing punctuation off, a capital
/// first (the sentence itself when nothing is left).
fn finish(t: &str, sentence: &str) -> String {
    let priced = without_prices(t);
    let t = priced.as_deref().unwrap_or(t);
    let seen = seen_gerund(t, sentence);
    let t = seen.as_deref().unwrap_or(t);
    let level = figure_object(t, sentence);
    let t = level.as_deref().unwrap_or(t);
    let t = t
        .trim()
        .trim_end_matches(['.', ',', ';', ':', '—', '–', ' ', '!', '"', '\u{201d}'])
        .trim();
    let t = without_reporting_verb(t);
    let t = normalize_hedges(without_trailing_aside(t));
    let mut chars = t.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => sentence.trim().to_string(),
    }
}

/// "The IMF forecast inflation of 3.2% in 2026", "expects revenue of $5 billion": a
/// forecasting verb's object that is a quantity and its figure is the quantity at that
/// level: "Inflation will be 3.2% in 2026" (issue 13). The quantity is one or two words with
/// no article, and no move ("a cut of 25 basis points", "rises of 2%" stay as they are).
/// `t` is the claim, `sentence` where it was read. `None` for any other claim.
fn figure_object(t: &str, sentence: &str) -> Option<String> {
    let lower = lowercase(t);
    let said = lowercase(sentence);
    if lower.len() != t.len() {
        return None;
    }
    const VERBS: &[&str] = &[
        "forecast",
        "forecasts",
        "forecasting",
        "expect",
        "expects",
        "expecting",
        "predict",
        "predicts",
        "predicting",
        "project",
        "projects",
        "projecting",
        "see",
        "sees",
        // "Our forecast is for growth of 2%" (`expectation_frame`).
        "is for",
        "are for",
    ];
    if !after_word(&said, &lower, VERBS) {
        return None;
    }
    let at = quantity_of(t)?;
    Some(format!("{} will be {}", &t[..at], &t[at + " of ".len()..]))
}

/// Where " of " stands in a quantity at a figure ("inflation of 3.2% in 2026", "earnings of
/// $2 a share"): one or two words with no article and no move before it, a figure after.
fn quantity_of(t: &str) -> Option<usize> {
    let lower = lowercase(t);
    if lower.len() != t.len() {
        return None;
    }
    let at = lower.find(" of ")?;
    let noun: Vec<&str> = lower[..at].split_whitespace().collect();
    let figure = &t[at + " of ".len()..];
    const MOVES: &[&str] = &[
        "cut",
        "cuts",
        "hike",
        "hikes",
        "rise",
        "rises",
        "fall",
        "falls",
        "increase",
        "increases",
        "decrease",
        "decreases",
        "drop",
        "drops",
        "decline",
        "declines",
        "reduction",
        "reductions",
        "gain",
        "gains",
        "raise",
        "raises",
        "chance",
        "odds",
        "probability",
        "risk",
    ];
    if noun.is_empty()
        || noun.len() > 2
        || noun
            .iter()
            .any(|w| determiner(w) || !w.chars().all(|c| c.is_alphabetic() || c == '-'))
        || MOVES.contains(noun.last()?)
        || !figure.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
    {
        return None;
    }
    Some(at)
}

/// "Analysts see the Fed cutting twice this year": the event after the frame "see X
/// VERBing" is "the Fed will cut twice this year" (audit 28, E17). `t` is what follows
/// "see" or "sees" in `sentence`; its gerund is the last "-ing" word of its first six before
/// a preposition or a figure. `None` when `t` follows no such frame or has no gerund.
fn seen_gerund(t: &str, sentence: &str) -> Option<String> {
    // "Analysts see prices recovering.": the gerund may end the sentence.
    let t = t.trim_end_matches(['.', ',', ';', '!', ' ']);
    let lower = lowercase(t);
    let said = lowercase(sentence);
    if lower.len() != t.len() || !after_word(&said, &lower, &["see", "sees"]) {
        return None;
    }
    let words: Vec<&str> = lower.split(' ').collect();
    let at = words
        .iter()
        .take(6)
        .take_while(|w| {
            !w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                && !matches!(
                    **w,
                    "to" | "by"
                        | "in"
                        | "at"
                        | "on"
                        | "below"
                        | "above"
                        | "during"
                        | "over"
                        | "under"
                        | "from"
                        | "before"
                        | "after"
                        | "for"
                        | "of"
                )
        })
        .enumerate()
        .skip(1)
        .filter(|(_, w)| w.len() >= 5 && !matches!(**w, "housing" | "spending" | "lending"))
        .filter_map(|(k, w)| gerund_base(w).map(|b| (k, b)))
        .last();
    // "Morgan Stanley sees the fed funds rate at 3.25% by December 2027": a level after "at"
    // reads "the fed funds rate will be at 3.25% ..." (audit 28, E25).
    let Some(at) = at else {
        let k = words.iter().take(7).position(|w| *w == "at").filter(|&k| {
            k >= 1
                && words.get(k + 1).is_some_and(|n| {
                    n.trim_start_matches(['$', '\u{20ac}', '\u{a3}'])
                        .starts_with(|c: char| c.is_ascii_digit())
                })
                && !words[..k]
                    .iter()
                    .any(|w| matches!(*w, "is" | "are" | "will" | "be" | "to" | "chance" | "odds"))
        })?;
        let start: usize = words[..k].iter().map(|w| w.len() + 1).sum();
        return Some(format!("{}will be {}", &t[..start], &t[start..]));
    };
    let (k, base) = at;
    let start: usize = words[..k].iter().map(|w| w.len() + 1).sum();
    Some(format!(
        "{}will {base}{}",
        &t[..start],
        &t[start + words[k].len()..]
    ))
}

/// `t` without a bookmaker's price (American odds, read as the probability by `numbers`):
/// "the Chiefs are -200 favourites to win" gives "the Chiefs are favourites to win", "a long
/// shot at +800 to make the playoffs" "a long shot to make the playoffs". A signed whole
/// number of three or more digits before a side's word, "to", "on", a comma or the end, or
/// after "at"; "-200 basis points" stays. `None` when there is none.
fn without_prices(t: &str) -> Option<String> {
    if !t.contains(['+', '-']) {
        return None;
    }
    let words: Vec<&str> = t.split(' ').collect();
    let price = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';']);
        w.len() >= 4 && w.starts_with(['+', '-']) && w[1..].bytes().all(|b| b.is_ascii_digit())
    };
    let side = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.starts_with("favo") || w.starts_with("underdog") || matches!(w.as_str(), "to" | "on")
    };
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut changed = false;
    for (i, w) in words.iter().enumerate() {
        if !price(w) {
            out.push(w);
            continue;
        }
        let after = words.get(i + 1).copied();
        let at = out.last().is_some_and(|p| p.eq_ignore_ascii_case("at"));
        if at || w.ends_with(',') || after.is_none_or(side) {
            if at {
                out.pop();
            }
            changed = true;
            continue;
        }
        out.push(w);
    }
    changed.then(|| out.join(" "))
}

/// Whether `w` is a verb of voicing a doubt ("expressed doubt", "voiced doubts"): the noun
/// after it frames a clause as the verb "doubt" does.
fn voicing(w: &str) -> bool {
    matches!(
        w,
        "expressed" | "expresses" | "express" | "voiced" | "voices" | "voice"
    )
}

/// The length of a pronoun's frame of saying or expecting opening `lower`: "they added
/// that ", "it now forecasts ", "he still expects that ", when at least three words follow
/// and the verb is not followed by "to" ("it expects to hit its target" is the event's own
/// subject, read elsewhere).
fn pronoun_frame(lower: &str) -> Option<usize> {
    let (first, mut rest) = lower.split_once(' ')?;
    if !matches!(first, "it" | "they" | "he" | "she") {
        return None;
    }
    while let Some((w, r)) = rest.split_once(' ') {
        if !matches!(w, "now" | "still" | "also" | "further") {
            break;
        }
        rest = r;
    }
    let (verb, mut after) = rest.split_once(' ')?;
    let saying = matches!(verb, "said" | "added" | "noted" | "wrote" | "says" | "adds");
    // "Rabobank said that it expected the prices would rise": after a pronoun the past
    // "expected" is active, no passive "is expected" (round 50, audit 31 K2).
    let expected = matches!(verb, "expected" | "anticipated");
    if !(saying || expected || ATTRIBUTING.contains(&verb)) || after.starts_with("to ") {
        return None;
    }
    if let Some(r) = after.strip_prefix("that ") {
        after = r;
    } else if saying {
        // "they said in a note", "he said on Tuesday": not a frame this reads.
        return None;
    }
    (after.split_whitespace().count() >= 3).then(|| lower.len() - after.len())
}

/// The length of "<holder> <verb> (that) " opening `lower` (`len` bytes of claim), for the
/// verbs `attribution` recognizes, adverbs, a negation or a parenthetical between holder and
/// verb ("Most economists (54 of 100) now expect").
fn holder_lead(lower: &str, holder: &str, len: usize) -> Option<usize> {
    // "Not many economists expect": the minority's words go with the holder ("economists";
    // the reading says how few, `hedges::minority_hold`).
    match lower.get(super::attribution::minority_lead(lower)..) {
        Some(rest) if rest.len() < lower.len() && rest.starts_with(holder) => {
            let skip = lower.len() - rest.len();
            holder_lead_at(rest, holder, len.checked_sub(skip)?).map(|n| n + skip)
        }
        _ => holder_lead_at(lower, holder, len).or_else(|| panel_lead(lower, holder, len)),
    }
}

/// `holder_lead` for a poll's panel named inside the subject: "a poll of 27 analysts
/// showed 16 expect", "in a survey of 40 brokers, 30 expect" (the holder "analysts",
/// `attribution::poll_panel`): the subject up to its bare count, then the holder's verb.
fn panel_lead(lower: &str, holder: &str, len: usize) -> Option<usize> {
    let p = lower
        .match_indices(' ')
        .map(|(p, _)| p)
        .take_while(|&p| p < len)
        .take(20)
        .find(|&p| super::attribution::poll_panel(&lower[..p]).as_deref() == Some(holder))?;
    let rest = format!("{holder} {}", &lower[p + 1..]);
    let n = holder_lead_at(&rest, holder, len.checked_sub(p)? + holder.len())?;
    Some(n + p - holder.len())
}

/// `holder_lead` for a text that opens with the holder (or its title).
fn holder_lead_at(lower: &str, holder: &str, len: usize) -> Option<usize> {
    // "The bank's head of research, Geoff Kendrick, said": a title before the name between
    // commas goes with the holder (audit 28, E1).
    let after = lower.strip_prefix(holder).or_else(|| {
        let at = lower.find(&format!(", {holder}, "))?;
        let title = &lower[..at];
        let words = title.split_whitespace().count();
        let verb = title.split_whitespace().any(|w| {
            matches!(
                w,
                "will" | "would" | "could" | "may" | "might" | "should" | "is" | "are" | "was"
            )
        });
        (words <= 8 && !verb).then(|| &lower[at + 2 + holder.len() + 1..])
    })?;
    // "Lee, who just returned from Seoul, said", "Another analyst, at a large bank,
    // predicts": an apposition between commas goes with the holder.
    let after = match after.strip_prefix(", ") {
        Some(aside) => {
            let close = aside.find(", ")?;
            let words = aside[..close].split_whitespace().count();
            let modal = aside[..close]
                .split_whitespace()
                .any(|w| matches!(w, "will" | "would" | "could" | "may" | "might" | "should"));
            if words > 12 || modal {
                return None;
            }
            &aside[close + 1..]
        }
        None => after,
    };
    let mut rest = after.strip_prefix(' ')?;
    // "Most economists (54 of 100) expect": the parenthetical goes with the holder.
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        rest = rest[close + 1..].trim_start();
    }
    // "A leading epidemiologist advising the CDC has estimated": a participle phrase after
    // the holder, up to its verb (no comma between).
    if rest
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    {
        let verb_at = rest
            .match_indices(' ')
            .take(14)
            .map(|(p, _)| p + 1)
            .find(|&p| {
                let w = rest[p..].split_whitespace().next().unwrap_or("");
                !rest[..p].contains(',')
                    && (matches!(w, "has" | "have" | "had") || ATTRIBUTING.contains(&w))
            })?;
        rest = &rest[verb_at..];
    }
    // "Traders have all but ruled out": the frame before its adverbs are skipped.
    if let Some(n) = doubting_frame(rest).map(|n| lower.len() - rest.len() + n) {
        return (len > n).then_some(n);
    }
    // "Most economists now expect": adverbs between the holder and its verb.
    let mut perfect = false;
    let mut been = false;
    while let Some((w, r)) = rest.split_once(' ') {
        let negation = matches!(
            w.replace('\u{2019}', "'").as_str(),
            "don't" | "doesn't" | "didn't" | "not" | "never"
        );
        // "The minister on Monday said", "Morgan Stanley last week trimmed": when it was
        // said, between the holder and its verb (audit 26).
        let when = r.split_once(' ').map_or(r, |(x, _)| x);
        if (w == "on"
            && matches!(
                when,
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            ))
            || (matches!(w, "last" | "this" | "earlier")
                && matches!(when, "week" | "month" | "year"))
        {
            rest = r.split_once(' ').map_or("", |(_, after)| after);
            continue;
        }
        // "NOAA is predicting a 40-50% chance that", "one strategist is predicting prices to
        // spike": the progressive's auxiliary before its verb (audit 30, K1).
        // ("are pricing in" is a frame of its own, below.)
        // ("BofAML is now forecasting", "banks are still predicting": an adverb may stand
        // between the auxiliary and its verb; round 60, xs3.)
        let verb_of = |r: &str| {
            r.split_once(' ')
                .is_some_and(|(v, after)| PROGRESSIVE.contains(&v) && !after.starts_with("in "))
        };
        let progressive = verb_of(r)
            || r.split_once(' ')
                .is_some_and(|(adv, after)| ADVERBS.contains(&adv) && verb_of(after));
        if matches!(w, "is" | "are") && progressive {
            been = true;
            rest = r;
            continue;
        }
        // "Analysts have been predicting that": the perfect progressive's auxiliaries.
        if w == "been" && perfect {
            been = true;
            rest = r;
            continue;
        }
        perfect = matches!(w, "have" | "has" | "had");
        // "Analysts expressed doubt that X": the voicing verb goes with the doubt.
        if voicing(w) && DOUBTING.iter().any(|d| r.starts_with(&format!("{d} "))) {
            rest = r;
            continue;
        }
        // "Analysts don't expect X": the negation is read by the hedges.
        if !ADVERBS.contains(&w) && !negation {
            break;
        }
        rest = r;
    }
    let skipped = lower.len() - rest.len();
    if let Some(n) = doubting_frame(rest).map(|n| skipped + n) {
        return (len > n).then_some(n);
    }
    ATTRIBUTING
        .iter()
        .chain(PROGRESSIVE)
        .chain(DOUBTING)
        .chain(EVIDENCE_VERBS)
        .chain(ASSERTING)
        .chain(INFERRING)
        .chain(&["told"])
        // A market's implied call (`hedges::expectation_noun`): "Fed funds futures price in
        // a cut", "traders are pricing in two cuts", "swaps imply a hike".
        .chain(&[
            "price in",
            "prices in",
            "priced in",
            "have priced in",
            "has priced in",
            "are pricing in",
            "is pricing in",
        ])
        .chain(JUDGING)
        .chain(SPEECH)
        // "Jane Roe expected the bank to hold": a named holder's past call (audit 30, K6).
        .chain(&["expected", "anticipated"])
        // "Mark Smith similarly believed the rate would": a past belief (round 47).
        .chain(&["believed", "thought"])
        .find_map(|v| {
            // "predicting", "expecting": only after "have been".
            if PROGRESSIVE.contains(v) && !been {
                return None;
            }
            let after = rest.strip_prefix(v)?;
            // "Analysts noted that": a verb of reporting only before "that" (audit 28, E29).
            if SPEECH.contains(v)
                && *v != "told"
                && !ATTRIBUTING.contains(v)
                && !after.starts_with(" that ")
            {
                return None;
            }
            // "consider it probable that": only with "it" and a likelihood.
            if JUDGING.contains(v)
                && !judged_likelihood(&after.split_whitespace().take(3).collect::<Vec<_>>())
            {
                return None;
            }
            // "told us the bill will pass", "told the BBC a deal is likely": the listener
            // (a word, or "the" and a word) and an optional "that" go with the verb.
            if *v == "told" && !after.starts_with(" that ") {
                // "told Fox News on Sunday that": a listener of several words, and when,
                // up to "that" (audit 28, E8).
                if let Some(k) = after.find(" that ") {
                    let between: Vec<&str> = after[..k].split_whitespace().collect();
                    let n = skipped + v.len() + k + " that ".len();
                    if between.len() <= 5
                        && !between.iter().any(|w| {
                            matches!(
                                *w,
                                "will" | "would" | "could" | "may" | "might" | "is" | "are" | "was"
                            ) || w.ends_with(',')
                        })
                        && len > n
                    {
                        return Some(n);
                    }
                }
                let mut words = after.split(' ').skip(1);
                let first = words.next()?;
                let listener = if first == "the" {
                    4 + words.next()?.len() + 1
                } else {
                    first.len() + 1
                };
                let mut n = skipped + v.len() + 1 + listener;
                if lower.get(n..)?.starts_with("that ") {
                    n += "that ".len();
                }
                return (len > n).then_some(n);
            }
            // "signalled on Tuesday it may cut": a day between the verb and its clause.
            if ASSERTING.contains(v) {
                let mut w = after.split_whitespace();
                if let (Some("on"), Some(day), Some(next)) = (w.next(), w.next(), w.next()) {
                    let n = skipped + v.len() + after.find(day)? + day.len() + 1;
                    let n = n + if next == "that" { "that ".len() } else { 0 };
                    if !day.ends_with(',') && len > n {
                        return Some(n);
                    }
                }
            }
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

/// The length of a frame of doubt after its holder: "are skeptical that ", "remain doubtful
/// that ", "are no longer expecting ", "have all but ruled out ". The hedges read its value
/// (`data/hedges.tsv`); the event is what follows.
fn doubting_frame(rest: &str) -> Option<usize> {
    let (aux, after) = rest.split_once(' ')?;
    if matches!(aux, "is" | "are" | "remain" | "remains") {
        if let Some(adj) = SKEPTICAL.iter().chain(HOPEFUL).find(|a| {
            after
                .strip_prefix(**a)
                .is_some_and(|r| r.starts_with(" that "))
        }) {
            return Some(aux.len() + 1 + adj.len() + " that ".len());
        }
        if let Some(r) = after.strip_prefix("no longer ") {
            let (verb, _) = r.split_once(' ')?;
            if PROGRESSIVE.contains(&verb) {
                return Some(rest.len() - r.len() + verb.len() + 1);
            }
        }
    }
    let tail = if matches!(aux, "have" | "has" | "had") {
        after
    } else {
        rest
    };
    [
        "all but ruled out ",
        "all but rule out ",
        "all but rules out ",
    ]
    .iter()
    .find(|f| tail.starts_with(**f))
    .map(|f| rest.len() - tail.len() + f.len())
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
    let opens_np =
        determiner(next) || matches!(next, "about" | "around" | "between" | "zero" | "at");
    // "the Liberals could bag two to four seats": a number before "to" opens a range, and
    // a finite verb or modal before it means the words already hold their own predicate;
    // either way this "to" is no infinitive of the frame (audit 31, K7).
    let range = !matches!(head.as_str(), "a" | "an")
        && (super::numbers::number_word(&head).is_some()
            || super::numbers::spelled_count(&head).is_some());
    if TO_NOUNS.contains(&head.as_str())
        || opens_np
        || range
        || !next.starts_with(|c: char| c.is_ascii_lowercase())
        || words[..k].iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "will" | "would" | "is" | "are" | "could" | "may" | "might" | "should" | "can"
            )
        })
    {
        return None;
    }
    let np = words[..k].join(" ");
    Some(format!("{np} will {}", words[k + 1..].join(" ")))
}

/// "the Fed cutting rates in March" after "hard to see": the event "the Fed will cut rates in
/// March". A noun phrase of one to five words (no comma, no verb) then a gerund; `None`
/// otherwise ("how X", "a world without cars").
fn gerund_object(rest: &str) -> Option<String> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let k = (1..words.len().min(6)).find(|&k| {
        words[k].len() > 4 && words[k].ends_with("ing") && gerund_base(words[k]).is_some()
    })?;
    if words[..k].iter().any(|w| {
        w.contains([',', ';', '(', ')', ':'])
            || matches!(
                w.to_lowercase().as_str(),
                "will" | "would" | "is" | "are" | "was" | "were" | "how" | "why" | "what"
            )
    }) {
        return None;
    }
    let base = gerund_base(words[k])?;
    Some(format!(
        "{} will {base} {}",
        words[..k].join(" "),
        words[k + 1..].join(" ")
    ))
}

/// Verbs of expecting or judging whose subject, the writer ("we", "I") or the writer's own
/// ("our analysts"), frames the clause after them as a forecast.
const WRITER_VERBS: &[&str] = &[
    "expect",
    "expects",
    "predict",
    "predicts",
    "forecast",
    "forecasts",
    "believe",
    "believes",
    "project",
    "projects",
    "estimate",
    "estimates",
    "think",
    "thinks",
    "anticipate",
    "anticipates",
];

/// The length of the writer's own frame of expecting that opens `lower`: "we project that ",
/// "I believe ", "our analysts expect ", "our decision desk projects that " (one to three
/// words after "our"). The frame goes as "We expect" does, and the holder stays the writer
/// (audit 27, item 8).
fn writer_frame(lower: &str) -> Option<usize> {
    // No word past the verb's eighth follower (the verb is at most the fifth) is read.
    let words: Vec<&str> = lower.split(' ').take(14).collect();
    let verb_at = match *words.first()? {
        "we" | "i" => 1,
        // "Our forecast for X is": a noun right after "our" is no team.
        "our" => (2..=4).find(|&k| {
            // "Our readers believe X": people the writer speaks of, not the writer's own desk;
            // their frame is the only sign the view is theirs, and it stays.
            let others = matches!(
                words[k - 1],
                "readers"
                    | "listeners"
                    | "viewers"
                    | "users"
                    | "customers"
                    | "clients"
                    | "subscribers"
                    | "members"
                    | "voters"
                    | "fans"
                    | "citizens"
                    | "children"
                    | "kids"
                    | "parents"
                    | "neighbours"
                    | "neighbors"
                    | "friends"
                    | "leaders"
                    | "politicians"
                    | "rivals"
                    | "competitors"
                    | "critics"
                    | "opponents"
                    | "partners"
                    | "allies"
            );
            !others
                && words.get(k).is_some_and(|w| WRITER_VERBS.contains(w))
                && words[1..k].iter().all(|w| {
                    w.chars().all(|c| c.is_alphanumeric() || c == '-')
                        && !WRITER_VERBS.contains(w)
                        && !matches!(
                            *w,
                            "will"
                                | "would"
                                | "could"
                                | "may"
                                | "might"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "has"
                                | "have"
                                | "had"
                                | "do"
                                | "does"
                                | "did"
                        )
                })
        })?,
        _ => return None,
    };
    if !WRITER_VERBS.contains(words.get(verb_at)?) {
        return None;
    }
    let mut n: usize = words[..=verb_at].iter().map(|w| w.len() + 1).sum();
    if lower.get(n..)?.starts_with("that ") {
        n += "that ".len();
    } else {
        // "We project 2.4 million admissions": a figure projected, no event of its own, keeps
        // its frame; a clause ("the mayor will win") or what is expected ("a cut") loses it.
        let expecting = words[verb_at].starts_with("expect")
            || words[verb_at].starts_with("anticipate")
            || words[verb_at].starts_with("predict");
        let clause = words[verb_at + 1..].iter().take(8).any(|w| {
            matches!(
                *w,
                "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "won't"
                    | "is"
                    | "are"
                    | "to"
            )
        });
        if !expecting && !clause {
            return None;
        }
    }
    (n < lower.len()).then_some(n)
}

/// The length of an idiom of likelihood that opens the claim and a clause after it (round
/// 50, ux31 F2 and audit 31 K2): "Odds are (that) ", "Chances are ", "I (just) have a (gut)
/// feeling (that) ". The hedge lexicon reads these words only before a clause
/// (`hedges::IDIOM_OPENERS`); here the clause must start with an article, a pronoun or a
/// capital too, so "Chances are slim that X" keeps its frame for the chance rules.
fn idiom_opener(lower: &str) -> Option<usize> {
    let words: Vec<&str> = lower.split(' ').take(8).collect();
    let mut k = match words.as_slice() {
        ["odds" | "chances", "are", ..] => 2,
        ["i" | "we", "have", "a", ..] => 3,
        ["i" | "we", _, "have", "a", ..] => 4,
        _ => return None,
    };
    if words[k - 1] == "a" {
        if matches!(
            words.get(k),
            Some(&("gut" | "strong" | "sneaking" | "funny"))
        ) {
            k += 1;
        }
        if words.get(k) != Some(&"feeling") {
            return None;
        }
        k += 1;
    }
    if words.get(k) == Some(&"that") {
        k += 1;
    }
    let next = words.get(k)?;
    let clause = determiner(next)
        || matches!(
            *next,
            "we" | "they" | "he" | "she" | "it" | "i" | "you" | "there"
        )
        || words[k - 1] == "that";
    let at: usize = words[..k].iter().map(|w| w.len() + 1).sum();
    (clause && at < lower.len()).then_some(at)
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
    let Some(opener) = OPENERS.iter().find(|o| lower.starts_with(*o)) else {
        return numbered_chance(lower);
    };
    let rest = &lower[opener.len()..];
    for joint in [
        " chance that ",
        " chances that ",
        " odds that ",
        " probability that ",
        " likelihood that ",
        " risk that ",
    ] {
        if let Some(i) = rest.find(joint).filter(|&i| i <= CHANCE_WINDOW) {
            return Some(opener.len() + i + joint.len());
        }
    }
    if let Some(n) = numbered_chance(rest) {
        return Some(opener.len() + n);
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
        // "There is a real risk the index falls" (round 50, ux31 F2).
        "a real risk ",
        "a risk ",
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

/// The length of an opening up to and through a stated chance ("perhaps a 20% chance",
/// "Analysts see a 70 percent chance that", "Markets are pricing roughly a 60% probability
/// of", "a one-in-three chance of"): its event is what follows, a clause or (after "of") a
/// noun phrase. The chance must carry a number, and stand within the first few words.
fn numbered_chance(lower: &str) -> Option<usize> {
    let mut at = 0;
    let mut seen_article = None;
    // The last word before the article that is no adverb: the start of the text (after
    // "there is") or a verb of holding odds; "Bitcoin has a 20% chance of reaching" keeps
    // its subject.
    let mut before: &str = "";
    for (k, w) in lower.split(' ').enumerate().take(12) {
        let end = at + w.len();
        if matches!(w, "a" | "an") && seen_article.is_none() {
            let holds = matches!(
                before,
                "" | "see"
                    | "sees"
                    | "pricing"
                    | "price"
                    | "prices"
                    | "put"
                    | "puts"
                    | "give"
                    | "gives"
                    | "assign"
                    | "assigns"
                    | "estimate"
                    | "estimates"
                    // "Fed funds futures imply an 80% chance of" (audit 28, E8).
                    | "imply"
                    | "implies"
                    | "in"
            ) && (before != "in" || lower[..at].contains("pric"));
            if !holds {
                return None;
            }
            seen_article = Some(k);
        } else if seen_article.is_none()
            && !matches!(
                w,
                "perhaps"
                    | "maybe"
                    | "possibly"
                    | "probably"
                    | "roughly"
                    | "about"
                    | "around"
                    | "now"
                    | "still"
                    | "only"
                    | "just"
                    | "currently"
                    | "at"
                    | "least"
                    | "best"
                    // "There is less than a 10% chance of", "as much as a 40% chance": a
                    // bound on the figure is no part of the event (audit 28, E9).
                    | "less"
                    | "more"
                    | "than"
                    | "as"
                    | "much"
                    | "nearly"
                    | "almost"
                    | "slightly"
            )
        {
            before = w;
        } else if let Some(a) = seen_article.filter(|&a| k - a <= 6 && k > a + 1) {
            if matches!(w, "chance" | "probability" | "likelihood" | "odds" | "risk") {
                let between = &lower[..at];
                let number = between
                    .split(' ')
                    .rev()
                    .take(k - a)
                    .any(|x| x.contains(|c: char| c.is_ascii_digit()) || x.contains("-in-"));
                if !number {
                    return None;
                }
                let after = lower.get(end + 1..)?;
                let next = after.split_whitespace().next().unwrap_or("");
                return match next {
                    "that" => Some(end + 1 + "that ".len()),
                    "of" => Some(end + 1 + "of ".len()),
                    "to" | "for" | "in" | "at" | "on" | "" => None,
                    _ => Some(end + 1),
                }
                .filter(|&n| n < lower.len());
            }
        }
        // Only the words of an opening: past a verb of the event the chance is its object.
        if matches!(
            w,
            "will" | "would" | "could" | "may" | "might" | "should" | "won't" | "if" | "when"
        ) || w.ends_with(',')
        {
            return None;
        }
        at = end + 1;
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
    (" isn't likely to ", " will not "),
    (" aren't likely to ", " will not "),
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
    // "The mine is almost certain to close by June", as "is near-certain" is a predicate
    // (audit 27, item 9).
    (" is almost certain to ", " will "),
    (" are almost certain to ", " will "),
    // "The bill is all but guaranteed to pass by Friday" (audit 30, K3).
    (" is all but guaranteed to ", " will "),
    (" are all but guaranteed to ", " will "),
    (" is virtually guaranteed to ", " will "),
    (" are virtually guaranteed to ", " will "),
    (" is almost guaranteed to ", " will "),
    (" are almost guaranteed to ", " will "),
    (" is near-certain to ", " will "),
    (" are near-certain to ", " will "),
    (" is virtually certain to ", " will "),
    (" are virtually certain to ", " will "),
    (" is likely to ", " will "),
    (" are likely to ", " will "),
    (" is unlikely to ", " will "),
    (" are unlikely to ", " will "),
    // "Kendrick said bitcoin was likely to set a new high": a reported "is likely to",
    // backshifted (audit 28, E4; only a reported one is a candidate).
    (" was likely to ", " will "),
    (" were likely to ", " will "),
    (" was unlikely to ", " will "),
    (" were unlikely to ", " will "),
    (" is expected to ", " will "),
    (" are expected to ", " will "),
    // "is forecast to peak", "are projected to take": the same expectation (audit 28, E17).
    (" is forecast to ", " will "),
    (" are forecast to ", " will "),
    (" is projected to ", " will "),
    (" are projected to ", " will "),
    // "X is certain to win" (audit 28, E23; "almost certain" is above).
    (" is certain to ", " will "),
    (" are certain to ", " will "),
    (" is set to ", " will "),
    (" are set to ", " will "),
    (" is poised to ", " will "),
    (" are poised to ", " will "),
    (" is on track to ", " will "),
    (" are on track to ", " will "),
    // "Rebel units are preparing to mount an assault", "the hawks seem prepared to block
    // a cut": another party's readiness is a call on its act (round 59).
    (" is preparing to ", " will "),
    (" are preparing to ", " will "),
    (" is getting ready to ", " will "),
    (" are getting ready to ", " will "),
    (" is gearing up to ", " will "),
    (" are gearing up to ", " will "),
    (" seem prepared to ", " will "),
    (" seems prepared to ", " will "),
    (" seemed prepared to ", " will "),
    (" appear prepared to ", " will "),
    (" appears prepared to ", " will "),
    (" appeared prepared to ", " will "),
    (" will very likely ", " will "),
    (" will most likely ", " will "),
    (" will likely ", " will "),
    (" will probably ", " will "),
    // "said the ECB would probably cut": the reported hedge is read; the event is "will".
    (" would probably ", " will "),
    (" would likely ", " will "),
    (" will almost certainly ", " will "),
    (" will certainly ", " will "),
    (" will definitely ", " will "),
];

/// Adverbs that can stand inside "is ... expected to".
const FRAME_ADVERBS: &[&str] = &[
    "widely",
    "generally",
    "broadly",
    "increasingly",
    "largely",
    "also",
    "now",
    "still",
    "again",
];

/// A headline's frame without its verb: "Fed expected to cut rates twice this year" is "Fed
/// will cut rates twice this year", "Rates decision unlikely to see a shock rise" is "Rates
/// decision will see a shock rise" (the probability carries the hedge). The subject is up to
/// six words without a comma or a verb; "Six experts, or 46%, expected to see" and "Analysts
/// expected to see" (the past tense of people expecting) keep their words.
fn headline_frame(claim: &str) -> Option<String> {
    let lower = lowercase(claim);
    if lower.len() != claim.len() {
        return None;
    }
    let (at, frame) = [
        " expected to ",
        " unlikely to ",
        " likely to ",
        " set to ",
        " poised to ",
    ]
    .into_iter()
    .filter_map(|f| lower.find(f).map(|i| (i, f)))
    .min()?;
    let subject = &claim[..at];
    let words: Vec<String> = lower[..at].split_whitespace().map(str::to_string).collect();
    let next = lower[at + frame.len()..].split_whitespace().next()?;
    let verbal = |w: &str| {
        matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "not"
                | "than"
                | "as"
                | "it"
                | "this"
                | "that"
                | "more"
                | "less"
                | "most"
                | "least"
                | "seems"
                | "seem"
                | "looks"
                | "appears"
                | "found"
                | "who"
        )
    };
    let people = |w: &str| {
        matches!(
            w,
            "analysts"
                | "economists"
                | "experts"
                | "investors"
                | "traders"
                | "forecasters"
                | "strategists"
                | "respondents"
                | "observers"
                | "officials"
                | "people"
                | "many"
                | "most"
                | "some"
                | "few"
                | "i"
                | "we"
                | "they"
                | "he"
                | "she"
                | "you"
        )
    };
    if words.is_empty()
        || words.len() > 6
        || subject.contains([',', ';', ':', '(', '"', '\u{201c}'])
        || words
            .iter()
            .any(|w| verbal(w) || w.contains(['\'', '\u{2019}']))
        || (frame == " expected to " && people(words.last()?))
        || !next.starts_with(|c: char| c.is_alphabetic())
        || matches!(next, "the" | "a" | "an")
    {
        return None;
    }
    Some(format!(
        "{} will {}",
        subject.trim(),
        claim[at + frame.len()..].trim_start()
    ))
}

/// Likelihood words standing as the predicate ("A truce is unlikely by June", "A snap
/// election in 2025 is remote"): read as "will happen" where only a time phrase or the end
/// follows ("A truce will happen by June").
pub(super) const PREDICATE_HEDGES: &[&str] = &[
    " is highly unlikely",
    " is very unlikely",
    " is unlikely",
    " is highly likely",
    " is very likely",
    " is likely",
    " is remote",
    " is improbable",
    " is probable",
    " is doubtful",
    " looks improbable",
    " looks unlikely",
    " looks likely",
    " are unlikely",
    " are likely",
    " seems unlikely",
    " seems likely",
    // Reported and backshifted: "diplomats said a summit was unlikely before March".
    " was unlikely",
    " was likely",
    " were unlikely",
    " were likely",
    " is far from certain",
    " is not certain",
    // "A default by March is near-certain" (audit 27, item 9).
    " is near-certain",
    " is near certain",
    " is nearly certain",
    " is almost certain",
    " is virtually certain",
    " looks far from certain",
    " remains far from certain",
    " seems far from certain",
];

/// "A cut seen as unlikely before February", "A rise is considered likely by June": a
/// passive verb of judging and its "as" before a likelihood word are the frame of the
/// predicate, read as that word's own predicate ("A cut is unlikely before February") for
/// `PREDICATE_HEDGES`. The verbs are English's participles of judging (a closed set); the
/// likelihood words are the predicate list's own.
fn judged_as(t: &str, lower: &str) -> Option<String> {
    const JUDGED: &[&str] = &[
        "seen",
        "considered",
        "viewed",
        "regarded",
        "deemed",
        "judged",
        "thought",
        "rated",
    ];
    for verb in JUDGED {
        // (`lower.find(" {verb} ")` without a pattern built per verb.)
        let Some(i) = find_joined(lower, &[" ", verb, " "]) else {
            continue;
        };
        let from_len = verb.len() + 2;
        let mut rest = &lower[i + from_len..];
        let mut skip = from_len;
        if let Some(r) = rest.strip_prefix("as ") {
            rest = r;
            skip += 3;
        }
        // The likelihood word, with an adverb of degree before it, as a predicate would be.
        let likelihood = PREDICATE_HEDGES
            .iter()
            .filter_map(|h| h.rsplit_once(' ').map(|(_, w)| w))
            .any(|w| {
                rest.split(' ').take(2).any(|r| r == w)
                    && rest.split(' ').next().is_some_and(|r| {
                        r == w || matches!(r, "very" | "highly" | "increasingly" | "now" | "far")
                    })
            });
        if !likelihood {
            return None;
        }
        // "is seen as likely" keeps its "is"; a bare participle ("A cut seen as ...") takes one.
        let be = [" is", " are", " was", " were"]
            .into_iter()
            .find(|b| lower[..i].ends_with(b));
        let joint = if be.is_some() { " " } else { " is " };
        return Some(format!("{}{joint}{}", &t[..i], &t[i + skip..]));
    }
    None
}

pub(super) fn normalize_hedges(claim: &str) -> String {
    let mut t = format!(" {claim} ");
    // `lower` is always `lowercase(&t)`: made again only when `t` changes.
    let mut lower = lowercase(&t);
    // "Apple will reportedly announce X": the report the hedge lexicon reads
    // (`hedges::rank`), no part of the event; the probability carries it (audit 28, E21).
    for aside in [", reportedly, ", " reportedly "] {
        if let Some(i) = find_short(&lower, aside).filter(|_| lower.len() == t.len()) {
            t.replace_range(i..i + aside.len(), " ");
            lower = lowercase(&t);
        }
    }
    if let Some(event) = headline_frame(claim) {
        t = format!(" {event} ");
        lower = lowercase(&t);
    }
    // "Nintendo looks set to unveil", "the deal seems likely to close": a linking verb of
    // appearance before a hedge's adjective and "to" stands for the hedge's copula, which
    // the rules below make "will" (audit 30, K1).
    for (link, be) in [
        (" looks ", " is "),
        (" seems ", " is "),
        (" appears ", " is "),
        (" look ", " are "),
        (" seem ", " are "),
        (" appear ", " are "),
    ] {
        if lower.len() != t.len() {
            break;
        }
        // Most claims hold no such verb: look for it before building its five frames.
        if find_short(&lower, link).is_none() {
            continue;
        }
        let at = [
            "set to ",
            "likely to ",
            "unlikely to ",
            "poised to ",
            "certain to ",
        ]
        .iter()
        .filter_map(|h| lower.find(&format!("{link}{h}")))
        .min();
        if let Some(i) = at {
            t.replace_range(i..i + link.len(), be);
            lower = lowercase(&t);
        }
    }
    // "are widely expected to leave", "is also expected to post": an adverb inside the frame
    // about the expectation goes ("widely"), one about the event stays after "will" ("also").
    if lower.len() == t.len() && find_short(&lower, " expected to ").is_some() {
        be_hedged_to_will(
            &mut t,
            &mut lower,
            &["expected"],
            &["also", "now", "still", "again"],
        );
    }
    // "is now likely to slip", "are increasingly unlikely to": an adverb of the likelihood
    // goes with it ("now", "increasingly", "still"); one of the event stays after "will"
    // ("also", "again").
    if lower.len() == t.len() && find_short(&lower, "likely to ").is_some() {
        be_hedged_to_will(
            &mut t,
            &mut lower,
            &["likely", "unlikely"],
            &["also", "again"],
        );
    }
    // "is thought to be arriving in 2028", "is said to be launching", "is believed to
    // arrive": a report's hedge looking ahead is the event's "will" (audit 26, finding 8); a
    // past deed ("is said to have met") or a state ("is thought to be the richest") keeps
    // its words (`lookalikes::present_state` reads those as no forecast).
    if lower.len() == t.len() && find_short(&lower, " to ").is_some() {
        // "It's forecast to rise": a pronoun's contracted "is" too (audit 30, K7).
        let pronoun_is = ["it's ", "that's ", "he's ", "she's "]
            .iter()
            .any(|p| lower.trim_start().starts_with(p));
        let bes: &[&str] = if pronoun_is {
            &[" is ", " are ", "'s "]
        } else {
            &[" is ", " are "]
        };
        'report: for &be in bes {
            // "is forecast to fall", "is projected to grow", "is seen to win": a forecaster's
            // frame on the event, likewise (audit 28, E17).
            for verb in [
                "thought",
                "said",
                "believed",
                "rumoured",
                "rumored",
                "reported",
                "forecast",
                "projected",
                // "is estimated to fall to 540 million kg": a passive estimate (audit 31, K1).
                "estimated",
                "predicted",
                "tipped",
                "seen",
            ] {
                let Some(i) = find_joined(&lower, &[be, verb, " to "]) else {
                    continue;
                };
                let from_len = be.len() + verb.len() + " to ".len();
                let rest = &lower[i + from_len..];
                let (skip, to) = match rest.split_once(' ') {
                    Some(("be", after)) => {
                        match after.split_whitespace().next().and_then(gerund_base) {
                            Some(base) => (
                                "be ".len() + after.find(' ').unwrap_or(after.len()),
                                format!(" will {base}"),
                            ),
                            None => (0, " will ".to_string()),
                        }
                    }
                    Some(("have", _)) => break 'report,
                    _ => (0, " will ".to_string()),
                };
                // (`t` ends with a space, so the gerund is followed by one.)
                t.replace_range(i..(i + from_len + skip).min(t.len()), &to);
                lower = lowercase(&t);
                break 'report;
            }
        }
    }
    // "Brent is seen averaging $80", "the Fed is seen cutting in December": the frame with
    // the event's gerund is its "will" (audit 28, E8).
    if lower.len() == t.len() {
        for be in [" is seen ", " are seen "] {
            let Some(i) = find_short(&lower, be) else {
                continue;
            };
            let rest = &lower[i + be.len()..];
            let gerund = rest.split(' ').next().unwrap_or("");
            if let Some(base) = gerund_base(gerund) {
                t.replace_range(i..i + be.len() + gerund.len(), &format!(" will {base}"));
                lower = lowercase(&t);
            }
            break;
        }
    }
    // Every frame has one of these words; most claims have none, so skip the searches.
    let framed = lower.len() == t.len()
        && [
            " is ",
            " are ",
            " will ",
            " won't ",
            " isn't ",
            " aren't ",
            " would ",
            " was ",
            " were ",
            " prepared ",
        ]
        .iter()
        .any(|w| find_short(&lower, w).is_some());
    let mut reframed = false;
    if framed {
        static STARTS: std::sync::OnceLock<Starts> = std::sync::OnceLock::new();
        let starts = STARTS.get_or_init(|| Starts::of(FRAMES.iter().map(|(from, _)| *from)));
        let spaces = starts.spaces(&lower);
        for (from, to) in FRAMES {
            if let Some(i) = find_at_spaces(&lower, &spaces, from) {
                t.replace_range(i..i + from.len(), to);
                reframed = true;
                break;
            }
        }
    }
    let mut lower = if reframed { lowercase(&t) } else { lower };
    if lower.len() == t.len() {
        if let Some(judged) = judged_as(&t, &lower) {
            t = judged;
            lower = lowercase(&t);
        }
    }
    static STARTS: std::sync::OnceLock<Starts> = std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| Starts::of(PREDICATE_HEDGES.iter().copied()));
    let spaces = starts.spaces(&lower);
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
            // "A truce is unlikely by June" is a claim that "A truce will happen by June":
            // the claim says what would make it true, with a verb (audit 17, A12).
            t = format!("{} will happen{}", &t[..i], &t[i + h.len()..]);
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
#[cfg(test)]
fn spaces<'p>(text: &str, patterns: impl Iterator<Item = &'p str>) -> Vec<usize> {
    Starts::of(patterns).spaces(text)
}

/// The two bytes after the leading space of a list of patterns, as a table of all 65,536
/// pairs built once per list (`spaces` for a list read at every claim).
struct Starts {
    pairs: Vec<u64>,
    short: bool,
}

impl Starts {
    fn of<'p>(patterns: impl Iterator<Item = &'p str>) -> Starts {
        let mut out = Starts {
            pairs: vec![0; 1024],
            short: false,
        };
        for p in patterns.filter(|p| p.starts_with(' ')) {
            match p.as_bytes().get(1..3) {
                Some(b) => {
                    let k = (usize::from(b[0]) << 8) | usize::from(b[1]);
                    out.pairs[k >> 6] |= 1 << (k & 63);
                }
                None => out.short = true,
            }
        }
        out
    }

    /// `spaces(text, patterns)` for the patterns the table was built of.
    fn spaces(&self, text: &str) -> Vec<usize> {
        let t = text.as_bytes();
        (0..t.len())
            .filter(|&i| {
                t[i] == b' '
                    && (self.short
                        || t.get(i + 1..i + 3).is_some_and(|b| {
                            let k = (usize::from(b[0]) << 8) | usize::from(b[1]);
                            self.pairs[k >> 6] & (1 << (k & 63)) != 0
                        }))
            })
            .collect()
    }
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

/// `hay.find(&parts.concat())` without building the pattern: the longest part is searched
/// for and the others compared around each place it stands (a byte match of whole UTF-8
/// strings starts and ends on character boundaries).
fn find_joined(hay: &str, parts: &[&str]) -> Option<usize> {
    let Some((k, anchor)) = parts
        .iter()
        .enumerate()
        .max_by_key(|(_, p)| p.len())
        .filter(|(_, p)| !p.is_empty())
    else {
        return Some(0);
    };
    let before: usize = parts[..k].iter().map(|p| p.len()).sum();
    let h = hay.as_bytes();
    starts_of(hay, anchor).find_map(|at| {
        let start = at.checked_sub(before)?;
        let mut i = start;
        for p in parts {
            h.get(i..i + p.len()).filter(|b| *b == p.as_bytes())?;
            i += p.len();
        }
        Some(start)
    })
}

/// Every place `needle` starts in `hay`, overlapping ones too, in order (an empty needle at
/// every character boundary).
fn starts_of<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let f = from?;
        let Some(k) = find_short(&hay[f..], needle) else {
            from = None;
            return None;
        };
        let at = f + k;
        from = hay[at..].chars().next().map(|c| at + c.len_utf8());
        Some(at)
    })
}

/// `hay.find(needle)` for the short strings of one sentence, without the two-way searcher
/// `str::find` builds for each call (its set-up costs more than scanning a sentence: about a
/// tenth of all of `extract`'s instructions on real news went to building searchers).
pub(super) fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    let last = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last {
        i += h[i..=last].iter().position(|&b| b == first)?;
        // A valid UTF-8 needle matched byte for byte starts on a character boundary.
        if &h[i + 1..i + n.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether `hay` holds `" {w} {needle}"` for one of `words`: each place `needle` stands is
/// looked at once for the words before it, with no pattern built per word.
fn after_word(hay: &str, needle: &str, words: &[&str]) -> bool {
    starts_of(hay, needle).any(|at| {
        let head = &hay[..at];
        words.iter().any(|w| {
            head.strip_suffix(' ')
                .and_then(|h| h.strip_suffix(w))
                .is_some_and(|h| h.ends_with(' '))
        })
    })
}

#[cfg(test)]
mod joined_tests {
    use super::{after_word, find_joined, starts_of};
    use proptest::prelude::*;

    #[test]
    fn joined_parts_are_found_where_the_whole_pattern_is() {
        let hay = "it is is thought to be, they are thought to";
        for parts in [
            &[" is ", "thought", " to "][..],
            &[" are ", "thought", " to "],
            &[" is ", "said", " to "],
            &["", ""],
            &[],
            &["to"],
        ] {
            assert_eq!(
                find_joined(hay, parts),
                hay.find(&parts.concat()),
                "{parts:?}"
            );
        }
        assert_eq!(starts_of("aaa", "aa").collect::<Vec<_>>(), [0, 1]);
        assert_eq!(starts_of("é.", "").collect::<Vec<_>>(), [0, 2, 3]);
        assert!(after_word(
            "we see see prices fall",
            "prices fall",
            &["see"]
        ));
        assert!(!after_word(
            "we oversee prices fall",
            "prices fall",
            &["see"]
        ));
    }

    /// The table of a list's leading pairs keeps every place a pattern of the list stands.
    #[test]
    fn a_pattern_is_found_at_the_spaces_its_table_keeps() {
        let frames: Vec<&str> = super::FRAMES.iter().map(|(f, _)| *f).collect();
        for list in [&frames[..], super::PREDICATE_HEDGES] {
            for text in [
                " the deal is likely to close and is unlikely to fail ",
                " is expected to ",
                " rates are seen rising; a cut is a long shot ",
            ] {
                let spaces = super::spaces(text, list.iter().copied());
                for p in list {
                    assert_eq!(
                        super::find_at_spaces(text, &spaces, p),
                        text.find(p),
                        "{p:?}"
                    );
                }
            }
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_config::config(256))]
        #[test]
        fn joined_parts_agree_with_the_built_pattern(
            hay in "[ aséi]{0,24}",
            parts in proptest::collection::vec("[ aséi]{0,3}", 0..4),
            needle in "[ aséi]{0,4}",
        ) {
            let words: Vec<&str> = parts.iter().map(String::as_str).collect();
            prop_assert_eq!(find_joined(&hay, &words), hay.find(&parts.concat()));
            prop_assert_eq!(super::find_short(&hay, &needle), hay.find(needle.as_str()));
            let split: Vec<(usize, &str)> = hay
                .split(' ')
                .map(|w| (w.as_ptr() as usize - hay.as_ptr() as usize, w))
                .collect();
            prop_assert_eq!(super::spaced_words(&hay), split);
            prop_assert_eq!(
                after_word(&hay, &needle, &words),
                words.iter().any(|w| hay.contains(&format!(" {w} {needle}")))
            );
        }
    }
}

/// The event of a closing ", after which X will ..." (also "following which", "whereupon")
/// when the clause before it foresees nothing of its own: "The FDIC, which regulates banks,
/// sought comment for 60 days, after which it will adopt a rule" claims "It will adopt a
/// rule", not "The FDIC" (round 57). The subject is one to five words before the modal.
fn event_after_which(t: &str) -> Option<String> {
    let lower = lowercase(t);
    let (at, mark) = [", after which ", ", following which ", ", whereupon "]
        .iter()
        .filter_map(|m| lower.find(m).map(|i| (i, m.len())))
        .min()?;
    // (The month "May" is no modal: "sought bids in May, after which ...".)
    let head = super::hedges::tokens(&t[..at]);
    if head.iter().any(|x| {
        matches!(
            x.0.as_ref(),
            "will" | "would" | "could" | "might" | "should" | "won't" | "likely"
        ) || (x.0 == "may" && !t[x.1..].starts_with('M'))
            || x.0.ends_with("'ll")
    }) {
        return None;
    }
    let rest = &t[at + mark..];
    let toks = super::hedges::tokens(rest);
    let modal = toks.iter().take(6).position(|x| {
        matches!(
            x.0.as_ref(),
            "will" | "would" | "could" | "may" | "might" | "should" | "won't"
        )
    })?;
    if modal == 0 || rest[..toks[modal].1].contains([',', ';']) {
        return None;
    }
    let mut chars = rest.chars();
    let first = chars.next()?;
    let mut out = String::with_capacity(rest.len());
    out.extend(first.to_uppercase());
    out.push_str(chars.as_str());
    Some(out)
}

/// The event of a closing ", which could see NP VERB ..." when the clause before it foresees
/// nothing of its own (no modal or "will"): "NP could VERB ...". The noun phrase is the one
/// to four words after "see" up to the first verb of an event (`EVENT_VERBS`, or a verb of
/// starting or stopping: "begin", "start", "stop"); `None` for any other shape.
fn seen_event(t: &str) -> Option<String> {
    let lower = lowercase(t);
    let at = lower.find(", which ")?;
    let head = super::hedges::tokens(&lower[..at]);
    let foresees = |x: &str| {
        matches!(
            x,
            "will" | "would" | "could" | "may" | "might" | "should" | "won't" | "likely"
        ) || x.ends_with("'ll")
    };
    if head.iter().any(|x| foresees(x.0.as_ref())) {
        return None;
    }
    let rest = &t[at + ", which ".len()..];
    let toks = super::hedges::tokens(rest);
    let modal = toks.first()?;
    if !matches!(
        modal.0.as_ref(),
        "could" | "may" | "might" | "will" | "would" | "should"
    ) {
        return None;
    }
    // "could eventually see", "will likely see": an adverb between stays with the modal.
    let see = toks.iter().take(3).position(|x| x.0 == "see")?;
    let verb = (see + 2..(see + 6).min(toks.len())).find(|&k| {
        let v = toks[k].0.as_ref();
        super::cues::EVENT_VERBS.contains(&v) || matches!(v, "begin" | "start" | "stop")
    })?;
    let noun = &rest[toks[see + 1].1..toks[verb - 1].2];
    if noun.contains([',', ';']) {
        return None;
    }
    let mut out = String::with_capacity(t.len());
    let mut chars = noun.chars();
    let first = chars.next()?;
    out.extend(first.to_uppercase());
    out.push_str(chars.as_str());
    out.push(' ');
    out.push_str(&rest[..toks[see].1]);
    out.push_str(&rest[toks[verb].1..]);
    Some(out)
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
        // ", a move that may help borrowers": the consequence's hedge is not the claim's
        // (audit 28, E13).
        ", a move that",
        ", a step that",
        ", a decision that",
        ", a development that",
        ", a change that",
        ", a shift that",
        // "X has estimated the peak will be in three weeks, and says it may be possible to
        // ...": a second statement, whose hedge is not the first's.
        ", and says ",
        ", and said ",
        " and says it ",
        " and said it ",
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

/// "The report calls for higher corn output, lower soybeans and a slight jump in wheat
/// output", "Rain is most likely to be above normal over the west, normal over the centre and
/// below normal over the east": after one cue, a list of outcomes each opening with a
/// direction of its own is a forecast an item (issue 13, several forecasts in one sentence;
/// round 67, x67). Returns the first item's claim and each further item's (the words before
/// the list, then the item). The list opens right after "be", "for" or a verb of expecting,
/// its last item follows "and", and no item holds a verb of its own or a "than" (a second
/// clause, or the first outcome said again against a base); an item that opens with no
/// direction ("and south India") belongs to the item before it.
pub(super) fn outcome_list(claim: &str) -> Option<(String, Vec<String>)> {
    const HEAD_ENDS: &[&str] = &[
        "be",
        "for",
        "see",
        "sees",
        "expect",
        "expects",
        "forecast",
        "forecasts",
        "predict",
        "predicts",
        "project",
        "projects",
    ];
    if !claim.contains(" and ") {
        return None;
    }
    let lower = lowercase(claim);
    if lower.len() != claim.len() {
        return None;
    }
    // The first item: the first direction right after the list's opening word.
    let first = lower.match_indices(' ').map(|(at, _)| at + 1).find(|&at| {
        lower[..at - 1]
            .rsplit(' ')
            .next()
            .is_some_and(|w| HEAD_ENDS.contains(&w))
            && direction_item(&lower[at..])
    })?;
    let head_lower = &lower[..first];
    if [" not ", "n't ", "n\u{2019}t ", " never ", " no "]
        .iter()
        .any(|n| head_lower.contains(n))
    {
        return None;
    }
    let opens: Vec<(usize, usize)> = item_openings(&lower[first..])
        .map(|(a, b)| (first + a, first + b))
        .filter(|&(_, b)| direction_item(&lower[b..]))
        .collect();
    let &(last_at, _) = opens.last()?;
    if !(lower[last_at..].starts_with(" and ") || lower[last_at..].starts_with(", and ")) {
        return None;
    }
    let mut spans = vec![(first, opens[0].0)];
    for (k, &(_, b)) in opens.iter().enumerate() {
        spans.push((b, opens.get(k + 1).map_or(lower.len(), |o| o.0)));
    }
    const VERBS: &[&str] = &[
        "will", "would", "could", "may", "might", "should", "is", "are", "was", "were", "has",
        "have", "had", "than", "being",
    ];
    if spans.iter().any(|&(a, b)| {
        lower[a..b]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| VERBS.contains(&w) || w.ends_with("'ll"))
    }) {
        return None;
    }
    let head = &claim[..first];
    let mut claims = spans
        .iter()
        .map(|&(a, b)| format!("{head}{}", claim[a..b].trim_end_matches([',', ' '])));
    let first_claim = claims.next()?;
    Some((first_claim, claims.collect()))
}

/// "The coin will reach $90,000 during 2027 before settling near $70,000", "The bank will
/// hold its rate at 3% through 2027, before possibly raising it by 25 basis points next
/// year": a sequel told with "before" and a gerund that names its own figure is a second
/// forecast of the same subject (issue 13, several forecasts in one sentence; round 67,
/// x67). Returns the first claim, the second ("The coin will settle near $70,000", "The bank
/// will raise it by 25 basis points next year") and the hedge adverb the sequel has of its
/// own ("possibly"), if any, which weighs the second. The first must be "SUBJECT will ..." and the sequel hold a digit: "will
/// rise before falling back", "will meet before leaving for Paris" stay one.
pub(super) fn before_sequel(claim: &str) -> Option<(String, String, Option<&'static str>)> {
    const ADVERBS: &[&str] = &[
        "possibly",
        "perhaps",
        "potentially",
        "probably",
        "likely",
        "eventually",
        "then",
        "finally",
    ];
    let cut = find_short(claim, " before ")?;
    let (subject, _) = claim[..cut].split_once(" will ")?;
    // "Analysts said the board will hold ...": the subject is the reported clause's.
    let subject = [" said ", " say ", " says ", " that "]
        .iter()
        .filter_map(|v| subject.rfind(v).map(|k| &subject[k + v.len()..]))
        .min_by_key(|s| s.len())
        .unwrap_or(subject);
    let subject = match subject.chars().next() {
        Some(c) if c.is_lowercase() => format!("{}{}", c.to_uppercase(), &subject[c.len_utf8()..]),
        _ => subject.to_string(),
    };
    if subject.is_empty() || subject.split_whitespace().count() > 8 || subject.contains(',') {
        return None;
    }
    let mut rest = &claim[cut + " before ".len()..];
    let mut adverb = None;
    if let Some((w, r)) = rest.split_once(' ') {
        if let Some(a) = ADVERBS.iter().find(|a| **a == w) {
            adverb = Some(*a).filter(|a| !matches!(*a, "eventually" | "then" | "finally"));
            rest = r;
        }
    }
    let (gerund, tail) = rest.split_once(' ')?;
    if gerund.len() <= 4 || !tail.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let base = gerund_base(gerund)?;
    let first = claim[..cut].trim_end_matches([',', ' ']).to_string();
    Some((first, format!("{subject} will {base} {tail}"), adverb))
}

/// Whether `rest` (lower-cased) opens an outcome with its own direction: "higher corn
/// output", "lower soybeans", "a slight jump in wheat", "above normal over the west", "normal
/// over the centre", "below-normal rain".
fn direction_item(rest: &str) -> bool {
    let mut words = rest
        .split([' ', '-'])
        .map(|w| w.trim_end_matches([',', ';', ')']));
    let mut w = words.next().unwrap_or("");
    let noun_form = matches!(w, "a" | "an");
    if noun_form {
        w = words.next().unwrap_or("");
        if matches!(
            w,
            "slight" | "small" | "sharp" | "modest" | "big" | "large" | "steep" | "further"
        ) {
            w = words.next().unwrap_or("");
        }
    }
    let next = words.next().unwrap_or("");
    if noun_form {
        return matches!(
            w,
            "jump"
                | "rise"
                | "drop"
                | "fall"
                | "increase"
                | "decrease"
                | "decline"
                | "gain"
                | "dip"
        ) && next == "in";
    }
    match w {
        "higher" | "lower" | "more" | "fewer" | "less" | "weaker" | "stronger" => {
            next.len() > 2
                && next.chars().all(|c| c.is_ascii_alphabetic())
                && !matches!(next, "than" | "and" | "the" | "that" | "of")
        }
        "above" | "below" => matches!(next, "normal" | "average" | "trend"),
        "normal" => matches!(next, "over" | "in" | "across" | "for"),
        _ => false,
    }
}

/// Where a list's further items open in `lower` (a claim, lower-cased): after ", and ", ", "
/// or " and " (not after ", " + "and", counted once), each as (where the joiner starts, where
/// the item starts). The two list readers share it, so they agree on what a joiner is.
fn item_openings(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    lower.match_indices([',', ' ']).filter_map(move |(at, m)| {
        let rest = &lower[at..];
        let skip = if m == "," {
            if rest.starts_with(", and ") {
                ", and ".len()
            } else if rest.starts_with(", ") {
                ", ".len()
            } else {
                return None;
            }
        } else if rest.starts_with(" and ") && !lower[..at].ends_with(',') {
            " and ".len()
        } else {
            return None;
        };
        Some((at, at + skip))
    })
}

#[cfg(test)]
mod tests {
    use super::{
        anaphoric_event, antecedent, bare_doubt, bare_event, believe_frame, claim, doubt_reading,
        doubted_event, gerund_base, named_event, odds_revised_compound, odds_revised_to, own_odds,
        priced_outcome, pronoun_subject, rebuttal, split_claim, unframed, unmark,
    };

    /// A clause that starts with its subject's second reporting verb keeps what was said,
    /// not the verb; a capitalized "Said" (a name) and a bare verb are left (lead's round;
    /// sentences we wrote).
    #[test]
    fn a_reporting_verb_opening_the_claim_is_left_out() {
        assert_eq!(
            super::without_reporting_verb("said margins should recover"),
            "margins should recover"
        );
        assert_eq!(
            super::without_reporting_verb("added that the plant would reopen"),
            "the plant would reopen"
        );
        assert_eq!(
            super::without_reporting_verb("Said Ahmed will win the seat"),
            "Said Ahmed will win the seat"
        );
        assert_eq!(super::without_reporting_verb("said so"), "said so");
        let d = "2025-04-01".parse().unwrap();
        let c = crate::extract::extract(
            "The company expects sales to rise in 2026, and said margins should recover.",
            d,
        );
        let claims: Vec<&str> = c.iter().map(|c| c.claim.as_str()).collect();
        assert_eq!(
            claims,
            ["Sales will rise in 2026", "Margins should recover"]
        );
    }

    /// A likelihood standing as the predicate before a time phrase or the end leaves a claim
    /// with a verb, what would make it true (audit 17, A12; sentences we wrote).
    #[test]
    fn a_likelihood_as_the_predicate_leaves_a_claim_with_a_verb() {
        assert_eq!(
            super::normalize_hedges("A cold snap is unlikely before mid-February"),
            "A cold snap will happen before mid-February"
        );
        assert_eq!(
            super::normalize_hedges("A ferry strike this year is remote"),
            "A ferry strike this year will happen"
        );
        assert_eq!(
            super::normalize_hedges("Rate cuts are likely by June"),
            "Rate cuts will happen by June"
        );
        // Followed by more than a time phrase: kept.
        assert_eq!(
            super::normalize_hedges("A deal is likely to be costly"),
            "A deal will be costly"
        );
        // An adverb of the likelihood goes with it; one of the event stays (round 27).
        assert_eq!(
            super::normalize_hedges("The 2027 launch is now likely to slip"),
            "The 2027 launch will slip"
        );
        assert_eq!(
            super::normalize_hedges("Prices are increasingly unlikely to fall by March"),
            "Prices will fall by March"
        );
        assert_eq!(
            super::normalize_hedges("Rents are also likely to rise next year"),
            "Rents will also rise next year"
        );
    }

    /// A dateline that ends in its day leaves the claim as a dateline in capitals does
    /// (audit 18, A8; sentences we wrote); a clause before a dash stays.
    /// A closing comment on the price is the writer's view of the market, not the claim; a
    /// second event after "and I think" stays (audit 24, E2; lines we wrote).
    #[test]
    fn a_closing_comment_on_the_price_leaves_the_claim() {
        assert_eq!(
            claim(
                "Hull are to beat Stoke on Saturday, and I think that price is generous.",
                &[],
                None
            ),
            "Hull are to beat Stoke on Saturday"
        );
        assert_eq!(
            claim("Rovers win the cup, but the odds are too short.", &[], None),
            "Rovers win the cup"
        );
        assert_eq!(
            claim("Hull beat Stoke, and I think the manager stays.", &[], None),
            "Hull beat Stoke, and I think the manager stays"
        );
    }

    #[test]
    fn a_dated_dateline_leaves_the_claim() {
        assert_eq!(
            claim("Dec. 1, 2026 — The harbour will reopen by June.", &[], None),
            "The harbour will reopen by June"
        );
        assert_eq!(
            claim(
                "OSLO, Norway, March 5, 2027 -- The ferry will sail by May.",
                &[],
                None
            ),
            "The ferry will sail by May"
        );
        assert_eq!(
            claim(
                "Fares rose in May — the ferry will sail by June.",
                &[],
                None
            ),
            "Fares rose in May — the ferry will sail by June"
        );
    }

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

    /// A negated frame of doubt leaves the claim with its negation: the claim is the event,
    /// whose low probability the frame gives (audit 13, E14).
    #[test]
    fn negated_frames_leave_the_event() {
        for (sentence, want) in [
            (
                "It is not likely that the union accepts the offer this month.",
                "The union accepts the offer this month",
            ),
            (
                "It's not likely the strike will end before Friday.",
                "The strike will end before Friday",
            ),
            (
                "It is far from certain that the merger will close by June.",
                "The merger will close by June",
            ),
            (
                "We don't expect the central bank to raise rates this year.",
                "The central bank will raise rates this year",
            ),
            (
                "There's no way the council approves the tower next month.",
                "The council approves the tower next month",
            ),
            (
                "I wouldn't bet on the Senate passing the bill this year.",
                "The Senate will pass the bill this year",
            ),
            (
                "Don't count on lower prices before summer.",
                "Lower prices before summer",
            ),
            (
                "It's hard to imagine voters backing the measure in November.",
                "Voters will back the measure in November",
            ),
            (
                "I can't imagine the club selling its striker in January.",
                "The club will sell its striker in January",
            ),
            (
                "A deal by Friday is far from certain.",
                "A deal by Friday will happen",
            ),
        ] {
            assert_eq!(claim(sentence, &[], None), want, "{sentence}");
        }
        assert!(super::negated_frame(
            "it isn't likely that x will",
            "isn't likely"
        ));
        assert!(!super::negated_frame("it is likely that x will", "likely"));
    }

    /// A stated chance with a word before it, a holder's verb or "of" leaves only its event
    /// (audit 13, E3).
    #[test]
    fn numbered_chances_with_words_around_them_leave_the_event() {
        for (sentence, holder, want) in [
            (
                "There is perhaps a 20% chance the ferry resumes by June.",
                None,
                "The ferry resumes by June",
            ),
            (
                "Traders see a 70 percent chance that the merger closes before year-end.",
                Some("Traders"),
                "The merger closes before year-end",
            ),
            (
                "Markets are pricing roughly a 60% probability of a cut in April.",
                Some("Markets"),
                "A cut in April",
            ),
            (
                "There is a one-in-three chance of a strike within the next 12 months.",
                None,
                "A strike within the next 12 months",
            ),
        ] {
            assert_eq!(claim(sentence, &[], holder), want, "{sentence}");
        }
        // The chance of a subject stays with it: "Bitcoin has a 20% chance of ...".
        assert_eq!(
            claim("The ferry has a 20% chance of sailing in June.", &[], None),
            "The ferry has a 20% chance of sailing in June"
        );
        // The chance of an event's own verb stays: "The ferry will have a 20% chance ...".
        assert_eq!(
            claim(
                "The ferry will have a 20% chance of sailing in June.",
                &[],
                None
            ),
            "The ferry will have a 20% chance of sailing in June"
        );
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

    /// Audit 22 C4: a chance after a holder's verb and "put the odds of X at N" leave the
    /// event; a noun standing for an event named before is no claim of its own (sentences we
    /// wrote).
    #[test]
    fn the_frames_of_given_odds_leave_the_event() {
        for (sentence, holder, want) in [
            (
                "Analysts say there is a 30 percent chance that the port reopens within six months.",
                Some("Analysts"),
                "The port reopens within six months",
            ),
            (
                "He put the odds of a fare below $2 at just 20%.",
                None,
                "A fare below $2",
            ),
            (
                "Traders put the odds of a strike in 2027 at about one in three.",
                Some("Traders"),
                "A strike in 2027",
            ),
            // No number after "at": kept whole.
            (
                "She put the odds of a strike at the back of her mind.",
                None,
                "She put the odds of a strike at the back of her mind",
            ),
        ] {
            assert_eq!(claim(sentence, &[], holder), want, "{sentence}");
        }
        for c in ["A move", "Such a step", "That outcome", "it"] {
            assert!(anaphoric_event(c), "{c}");
        }
        for c in ["A recession", "A cut", "A move to Paris", "The deal"] {
            assert!(!anaphoric_event(c), "{c}");
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
            // The emphatic "I do think" too (a dev article's quotation kept it).
            (
                "I do think the ferry will resume in April.",
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

    /// A clause that states one figure and then gives further subjects their own figure
    /// with the verb left out makes a forecast per subject, each with the first part's verb
    /// and the figure's unit ("Norton forecasts a 2% fall", "The opposition could get 110
    /// seats"); a list that is not all names and figures, or a figure after a preposition,
    /// gives none (issue 13, several forecasts in one sentence; sentences we wrote).
    /// (`gapped_figures_give_each_subject_its_forecast`)
    #[test]
    fn gapped_figures_give_each_subject_its_forecast() {
        let items = |c: &str| {
            super::gapped_figures(c).map(|(subject, items)| {
                (
                    subject,
                    items
                        .into_iter()
                        .map(|(claim, _)| claim)
                        .collect::<Vec<_>>(),
                )
            })
        };
        assert_eq!(
            items("The lab's model forecasts a 4% fall, Norton 2%, and Bayview 0.5%."),
            Some((
                "The lab's model".to_string(),
                vec![
                    "Norton forecasts a 2% fall".to_string(),
                    "Bayview forecasts a 0.5% fall".to_string()
                ]
            ))
        );
        assert_eq!(
            items("The ruling bloc could get 240 seats, the opposition 110 and smaller parties 90 seats next year"),
            Some((
                "The ruling bloc".to_string(),
                vec![
                    "The opposition could get 110 seats".to_string(),
                    "Smaller parties could get 90 seats next year".to_string()
                ]
            ))
        );
        for none in [
            "Gold will reach $2,500, up 10% from today",
            "The index will hit 5,000, and the bank will cut rates",
            "Sales will rise 5% in May and 7% in June",
            "Acme will ship 3 million phones, the iPhone 15 $800",
        ] {
            assert_eq!(items(none), None, "{none}");
        }
    }

    /// Two forecasts of one clause, split at what joins them; the second takes the words it
    /// leaves out from the first (issue 13, item 4; sentences we wrote).
    /// An expectation of several subjects, each with its own infinitive, gives a claim per
    /// subject; a verb or a noun with its own "to" opening the words after "and" does not
    /// (issue 13, several forecasts in one sentence; sentences we wrote).
    #[test]
    fn an_expectation_of_several_subjects_splits_per_subject() {
        let split = |claim: &str, clause: &str| {
            super::gapped_infinitives(claim, clause).map(|(first, items)| {
                let mut all = vec![first];
                all.extend(items.into_iter().map(|(c, _)| c));
                all
            })
        };
        assert_eq!(
            split(
                "Wages will climb 4% by June and house prices to slip next year",
                "Analysts expect wages to climb 4% by June and house prices to slip next year"
            ),
            Some(vec![
                "Wages will climb 4% by June".to_string(),
                "House prices will slip next year".to_string()
            ])
        );
        assert_eq!(
            split(
                "The krona to end the year at 11, the Fed to cut twice and Brent to average $70",
                "The bank now forecasts the krona to end the year at 11, the Fed to cut twice and Brent to average $70"
            ),
            Some(vec![
                "The krona will end the year at 11".to_string(),
                "The Fed will cut twice".to_string(),
                "Brent will average $70".to_string()
            ])
        );
        // An event's noun phrase first (audit 22, C3).
        assert_eq!(
            split(
                "A draw at best for City, and Wanderers to finish in the top six by May",
                "I expect a draw at best for City, and Wanderers to finish in the top six by May"
            ),
            Some(vec![
                "A draw at best for City".to_string(),
                "Wanderers will finish in the top six by May".to_string()
            ])
        );
        for (claim, clause) in [
            // A noun phrase first with no item after it that has its own infinitive.
            (
                "A draw at best for City, and a lot of rain",
                "I expect a draw at best for City, and a lot of rain",
            ),
            // One subject, two verbs.
            (
                "Sales will rise and continue to climb through 2027",
                "Sales are likely to rise and continue to climb through 2027",
            ),
            (
                "The reform will pass and help small firms to hire",
                "The reform is expected to pass and help small firms to hire",
            ),
            // A noun with its own infinitive, a name in apposition, a negated frame.
            (
                "The ruling will favour unions and the right to strike",
                "The ruling is expected to favour unions and the right to strike",
            ),
            (
                "Talks will resume after Smith, the envoy, failed to reach a deal",
                "Talks are expected to resume after Smith, the envoy, failed to reach a deal",
            ),
            (
                "Rates will not fall and inflation to ease",
                "Nobody expects rates to fall and inflation to ease",
            ),
        ] {
            assert_eq!(split(claim, clause), None, "{claim}");
        }
    }

    #[test]
    fn a_clause_with_two_times_splits_into_two_claims() {
        for (claim, first, second, want) in [
            (
                "The bank will keep rates steady through June, before delivering two cuts in September",
                "through June",
                "in September",
                (
                    "The bank will keep rates steady through June",
                    "The bank will deliver two cuts in September",
                ),
            ),
            (
                "Output will expand by 3.2 per cent next year before slowing to 2.9 per cent in 2027",
                "next year",
                "in 2027",
                (
                    "Output will expand by 3.2 per cent next year",
                    "Output will slow to 2.9 per cent in 2027",
                ),
            ),
            (
                "The peso will trade at 18.2 by June, 18.6 in six months and 19.0 in a year",
                "by June",
                "in six months",
                (
                    "The peso will trade at 18.2 by June",
                    "The peso will trade at 18.6 in six months",
                ),
            ),
            (
                "The projection will show rates at 3.5% by the end of next year and 2.75% by the end of 2028",
                "by the end of next year",
                "by the end of 2028",
                (
                    "The projection will show rates at 3.5% by the end of next year",
                    "The projection will show rates at 2.75% by the end of 2028",
                ),
            ),
            (
                "We expect demand to grow by 2.8% in both 2027 (up from 2.2%) and 2028 (down from 2.9%)",
                "2027",
                "2028",
                (
                    "We expect demand to grow by 2.8% in 2027 (up from 2.2%)",
                    "We expect demand to grow by 2.8% in 2028 (down from 2.9%)",
                ),
            ),
            // A gapped subject takes the first part's verb; "again" the first part's words
            // before its time (audit 28, E16).
            (
                "The Riksbank will trim rates in March and the Norges Bank in May",
                "in March",
                "in May",
                (
                    "The Riksbank will trim rates in March",
                    "The Norges Bank will trim rates in May",
                ),
            ),
            (
                "The bank will ease in September and again in December",
                "in September",
                "in December",
                (
                    "The bank will ease in September",
                    "The bank will ease again in December",
                ),
            ),
            // A second verb borrows the first part's subject and modal (audit 28, E16).
            (
                "Crews should finish the tests through the weekend and launch fueling scheduled to start Monday",
                "through the weekend",
                "Monday",
                (
                    "Crews should finish the tests through the weekend",
                    "Crews should launch fueling scheduled to start Monday",
                ),
            ),
        ] {
            let got = split_claim(claim, first, second);
            assert_eq!(
                got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
                Some(want),
                "{claim}"
            );
        }
        // Nothing joins the two times: no split.
        assert_eq!(
            split_claim(
                "Rates will fall from June to September",
                "June",
                "September"
            ),
            None
        );
        for (gerund, base) in [
            ("delivering", "deliver"),
            ("cutting", "cut"),
            ("raising", "raise"),
            ("making", "make"),
            ("reaching", "reach"),
            ("falling", "fall"),
            ("reducing", "reduce"),
            ("speaking", "speak"),
        ] {
            assert_eq!(gerund_base(gerund).as_deref(), Some(base), "{gerund}");
        }
    }

    /// A bare noun's event is what the sentence before says of it, up to its verb (audit 27,
    /// item 8; sentences we wrote).
    #[test]
    fn a_bare_noun_takes_what_the_sentence_before_says_of_it() {
        assert!(bare_event("A deal"));
        assert!(!bare_event("A deal with Acme"));
        assert!(!bare_event("Rents rise"));
        assert_eq!(
            named_event(
                "A deal",
                "The port is in talks over a deal with Norland Shipping."
            ),
            Some("A deal with Norland Shipping".to_string())
        );
        assert_eq!(
            named_event(
                "A deal",
                "Talk of a deal for the striker Leo Park resumed after the match."
            ),
            Some("A deal for the striker Leo Park".to_string())
        );
        assert_eq!(
            named_event("A deal", "The club wants a deal to sign a striker."),
            None
        );
        assert_eq!(named_event("A deal", "No one mentions a deal."), None);
    }

    /// "X raised its odds of Y to 35%" claims Y (audit 25, fault 4; sentences we wrote).
    #[test]
    fn revised_odds_leave_their_event() {
        for (s, want) in [
            (
                "Goldman raised its odds of a recession to 35% on Monday.",
                "A recession",
            ),
            (
                "JPMorgan cut its probability of a US recession next year to 20%.",
                "A US recession next year",
            ),
            // The compound noun before the odds is the event (round 27).
            ("Goldman raised its recession odds to 35%.", "A recession"),
            (
                "The union lifted its strike risk to 40% on Friday.",
                "A strike",
            ),
            (
                "The fund cut its election probability to 15%.",
                "An election",
            ),
        ] {
            assert_eq!(claim(s, &[], None), want, "{s}");
        }
        assert_eq!(odds_revised_to("the bank raised its rate to 4.5%"), None);
        assert_eq!(odds_revised_to("they cut the odds of a deal to zero"), None);
        assert_eq!(
            odds_revised_compound("the bank raised its rate to 4.5%"),
            None
        );
        assert_eq!(
            odds_revised_compound("the firm cut its growth forecast to 2%"),
            None
        );
    }

    /// A forecaster's price leaves the outcome priced as the claim; a closing price of the
    /// clause's own event goes (audit 25, fault 3; sentences we wrote).
    #[test]
    fn a_price_leaves_the_outcome_it_prices() {
        for (s, want) in [
            (
                "We make the Lions 70% to win on Sunday",
                "The Lions will win on Sunday",
            ),
            (
                "Our model has the Greens at 62 per cent to hold the seat in May",
                "The Greens will hold the seat in May",
            ),
            ("I make them 55% to go up", "They will go up"),
            (
                "Our numbers make Spain 30% favourites for the World Cup",
                "Spain will win the World Cup",
            ),
            (
                "We make Spain 30% favourites to reach the final",
                "Spain will reach the final",
            ),
            (
                "We expect the bank to cut in June, and make it 80%",
                "We expect the bank to cut in June",
            ),
            (
                "The mill will close by March and we'd put it at 70%",
                "The mill will close by March",
            ),
        ] {
            assert_eq!(priced_outcome(s).as_deref(), Some(want), "{s}");
        }
        for s in [
            "We make about 70% of our sales abroad",
            "The bank will cut in June and make it 2% by the autumn",
            "Inflation has been at 4% to the surprise of many",
        ] {
            assert_eq!(priced_outcome(s), None, "{s}");
        }
    }

    /// A flat rebuttal ("It will not.", "It won't.", "That won't happen.") is a doubt of the
    /// claim before, read as "will not"; "X wants us to believe Y" frames Y, with X's
    /// possessive for an opening pronoun (audit 25, fault 2; sentences we wrote).
    #[test]
    fn a_rebuttal_denies_the_framed_claim_before() {
        for clause in [
            "It will not.",
            "It won\u{2019}t.",
            "That won't happen!",
            "It is not going to happen.",
            "Not a chance.",
        ] {
            assert!(rebuttal(clause) && bare_doubt(clause), "{clause}");
            assert_eq!(doubt_reading(clause), "It will not happen");
        }
        for clause in ["It will not be easy.", "It won't rain.", "I doubt it."] {
            assert!(!rebuttal(clause), "{clause}");
        }
        assert_eq!(doubt_reading("I doubt it."), "I doubt it will happen");
        let s = "The mayor wants us to believe that its budget will balance by May.";
        let (at, from) = believe_frame(s).unwrap();
        assert_eq!(
            (&s[..at], &s[from..]),
            ("The mayor", "its budget will balance by May.")
        );
        assert_eq!(
            unframed(s, at, from),
            "The mayor's budget will balance by May."
        );
        let s = "Rail bosses would have you believe their trains will run on time.";
        let (at, from) = believe_frame(s).unwrap();
        assert_eq!(
            unframed(s, at, from),
            "Rail bosses' trains will run on time."
        );
        assert_eq!(believe_frame("I believe rents will fall."), None);
        assert_eq!(believe_frame("He wants us to believe it."), None);
        assert_eq!(
            doubted_event(
                "",
                "The mayor wants us to believe its budget will balance by May."
            )
            .as_deref(),
            Some("The mayor's budget will balance by May")
        );
    }

    /// An author's bare doubt ("but I doubt it", "I don't believe them.", "Don't bet on
    /// it.") weighs the event of the clause or the sentence before, not "It" (audit 13,
    /// E2/E10; sentences we wrote).
    #[test]
    fn a_bare_doubt_weighs_the_event_before() {
        for clause in [
            "but I doubt it.",
            "I doubt it.",
            "I don\u{2019}t believe them.",
            "Don't bet on it!",
        ] {
            assert!(bare_doubt(clause), "{clause}");
        }
        for clause in ["I doubt the ferry will sail.", "Don't bet on the ferry."] {
            assert!(!bare_doubt(clause), "{clause}");
        }
        assert_eq!(
            doubted_event("Officials insist the ferry will sail by March, but ", "").as_deref(),
            Some("The ferry will sail by March")
        );
        assert_eq!(
            doubted_event("", "The council says the library will reopen by May.").as_deref(),
            Some("The library will reopen by May")
        );
        assert_eq!(
            doubted_event("", "Could rents fall by the autumn?").as_deref(),
            Some("Rents will fall by the autumn")
        );
        assert_eq!(
            doubted_event("", "Will the ferry sail by May?").as_deref(),
            Some("The ferry will sail by May")
        );
        assert_eq!(
            doubted_event("", "Will the central bank cut rates in March?").as_deref(),
            Some("The central bank will cut rates in March")
        );
        assert_eq!(doubted_event("", "I doubt it."), None);
        assert_eq!(doubted_event("", ""), None);
    }

    /// "that seems unlikely" takes its event from the clause before it; a clause that names
    /// its own event keeps it (issue 13, item 2; sentences we wrote).
    #[test]
    fn an_unlikely_that_weighs_the_clause_before() {
        assert_eq!(
            antecedent(
                "That seems unlikely as well and dangerous",
                "Perhaps the generals tire of the war and try to oust him, but "
            )
            .as_deref(),
            Some("The generals tire of the war and try to oust him")
        );
        assert_eq!(
            antecedent(
                "That seems unlikely now",
                "Officials hoped that talks could resume, but "
            )
            .as_deref(),
            Some("Talks could resume")
        );
        assert_eq!(antecedent("That seems unlikely now", ""), None);
        // A verbless pronoun claim takes the subject of the sentence before (round 21's
        // leftover); one with its own verb, or after a sentence with no such subject, stays.
        assert_eq!(
            pronoun_subject(
                "It in Europe before 2028",
                "The new handset has been a hit in Asia."
            )
            .as_deref(),
            Some("The new handset in Europe before 2028")
        );
        assert_eq!(
            pronoun_subject(
                "They on shelves by June",
                "Acme's new kettles sold out in May."
            )
            .as_deref(),
            Some("Acme's new kettles on shelves by June")
        );
        assert_eq!(
            pronoun_subject("It will reach Europe by 2028", "The handset sold out."),
            None
        );
        assert_eq!(
            pronoun_subject("It in Europe before 2028", "Prices rose."),
            None
        );
        assert_eq!(
            pronoun_subject("It in Europe before 2028", "In Asia, it sold out."),
            None
        );

        assert_eq!(
            antecedent("That bridge will open in May", "Work is late, but "),
            None
        );
        // "It is unlikely that X" is X; "It is likely to rain" keeps its frame for the hedges.
        assert_eq!(
            claim(
                "It is extremely unlikely that the lake rises more than a metre.",
                &[],
                None
            ),
            "The lake rises more than a metre"
        );
        assert_eq!(
            claim("It's likely to be a close race in May.", &[], None),
            "It's likely to be a close race in May"
        );
        // "According to X, Y" is Y; a long lead with its own verb is no source.
        assert_eq!(
            claim(
                "According to the new model, the flu will peak in January.",
                &[],
                Some("the new model")
            ),
            "The flu will peak in January"
        );
    }

    /// A list item's label, the writer's stated confidence and "I'd say" leave the claim
    /// (audit 14, A17/A11; sentences we wrote); a clause before a colon stays.
    #[test]
    fn labels_and_the_writers_framing_leave_the_claim() {
        for (s, want) in [
            (
                "Interest rates: The central bank will hold rates through March.",
                "The central bank will hold rates through March",
            ),
            (
                "I am 90% sure the bridge reopens by Easter.",
                "The bridge reopens by Easter",
            ),
            (
                "We are 80 per cent confident that the bridge reopens by Easter.",
                "The bridge reopens by Easter",
            ),
            (
                "I'd say there is a 60 % chance the government falls by June.",
                "The government falls by June",
            ),
            (
                "The outlook is clear: Rates will fall by June.",
                "The outlook is clear: Rates will fall by June",
            ),
            // An editor's note in brackets (audit 19 A8).
            (
                "[Translated from German] The coalition will likely collapse by March.",
                "The coalition will collapse by March",
            ),
            // A short tag before a clause in lower case (audit 19 A6).
            (
                "Long shot: a new stadium deal passes by the spring.",
                "A new stadium deal passes by the spring",
            ),
            (
                "Bold call: the ferry line shuts down in 2028.",
                "The ferry line shuts down in 2028",
            ),
            // The writer's number set off inside a frame of likelihood (audit 19 A4).
            (
                "It's fairly likely, perhaps 60%, that the mayor resigns by May.",
                "The mayor resigns by May",
            ),
            (
                "It is likely (about 70 percent) that the strike ends in March.",
                "The strike ends in March",
            ),
            (
                "I think it's quite likely, maybe 70%, that the council votes in June.",
                "The council votes in June",
            ),
        ] {
            assert_eq!(claim(s, &[], None), want, "{s}");
        }
    }

    /// A bookmaker's price is the probability, no part of the claim (audit 19 A2; sentences
    /// we wrote); a signed amount with its unit stays.
    #[test]
    fn prices_leave_the_claim() {
        for (s, want) in [
            (
                "The Hawks are -150 favourites to beat the Owls on Saturday.",
                "The Hawks are favourites to beat the Owls on Saturday",
            ),
            (
                "We see Leeds as an outsider at +600 to win the league.",
                "Leeds as an outsider to win the league",
            ),
            (
                "Spreads will move -250 basis points by June.",
                "Spreads will move -250 basis points by June",
            ),
        ] {
            assert_eq!(claim(s, &[], None), want, "{s}");
        }
    }

    /// An answer after a question line takes its subject from the question (audit 19 A9;
    /// sentences we wrote).
    #[test]
    fn an_answer_takes_its_subject_from_the_question() {
        use super::answered;
        assert_eq!(
            answered("It won't fall much", "And what about rents?").as_deref(),
            Some("Rents won't fall much")
        );
        assert_eq!(
            answered("It's going to peak by spring", "And wages?").as_deref(),
            Some("Wages are going to peak by spring")
        );
        assert_eq!(
            answered(
                "One in four over the next two years",
                "Any chance of a default?"
            )
            .as_deref(),
            Some("A default will happen over the next two years")
        );
        // A claim with its own subject, or a question of another shape, stays.
        assert_eq!(
            answered("Rents will fall by June", "And what about rents?"),
            None
        );
        assert_eq!(
            answered("It won't fall much", "Why do rents keep rising?"),
            None
        );
    }

    /// The author's own odds after a reported forecast name no event of their own.
    #[test]
    fn own_odds_are_a_number_without_an_event() {
        for c in [
            ", though I would put the odds closer to 30%.",
            " but I'd put it at 20 per cent",
            "and I'd give it 40%",
        ] {
            assert!(own_odds(c), "{c}");
        }
        // Odds in words on the event just stated (audit 19 A5).
        for c in [
            ", though we would assign that outcome no better than even odds.",
            "We'd put the odds at one in three.",
            "but I'd give this a one-in-four chance",
        ] {
            assert!(own_odds(c), "{c}");
        }
        for c in [
            "I would put the odds of a cut at 30%",
            "though I think it will pass",
            "I'd say 30% of voters will stay home",
        ] {
            assert!(!own_odds(c), "{c}");
        }
    }
}
