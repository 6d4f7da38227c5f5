//! Attribution: who the article says holds the expectation ("Analysts expect ...", "...,
//! officials said", "according to the IMF"), when it is not the author.

use super::claims::DISCOURSE;
use super::cues::{MODAL, STRONG};
#[cfg(test)]
use super::hedges::tokens;
use super::hedges::Token;

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
    "said",
    "warned",
    "predicted",
    "estimated",
];

/// Verbs that tag a quotation with its speaker ("...," the governor said).
pub(super) const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "warned",
    "warns",
    "predicted",
    "predicts",
    "added",
    "told",
    "wrote",
    "argued",
    "noted",
    "explained",
    "cautioned",
];

/// Words that can stand first in a sentence but never name who holds an expectation.
const NOT_HOLDERS: &[&str] = &[
    "we", "i", "you", "it", "this", "that", "they", "he", "she", "them", "him", "her", "us", "me",
    "there", "here", "these", "those", "one", "don't", "do", "does", "doesn't", "didn't", "won't",
    "can't", "not", "never", "and", "but", "or", "so", "also", "many", "some", "most",
];

const QUOTES: &[char] = &['"', '\u{201c}', '\u{201d}'];

/// A name for the holder of an expectation, or `None` for a fragment: trimmed of quotation
/// marks and punctuation, with a letter in it, not a pronoun or auxiliary alone ("Don't",
/// "he", a closing quotation mark).
fn holder(np: &str) -> Option<String> {
    // "On hold: Economists", "Spoiler alert: I": a label before a colon is not the name;
    // nor a dateline before a dash ("WASHINGTON — The Treasury").
    let np = np.rsplit_once(": ").map_or(np, |(_, after)| after);
    let np = [" — ", " – ", " -- "]
        .iter()
        .find_map(|d| np.rsplit_once(d))
        .map_or(np, |(_, after)| after);
    let t = np
        .trim()
        .trim_matches(|c: char| QUOTES.contains(&c) || matches!(c, ',' | '.' | ';' | ':' | ' '))
        .trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let first = words.first()?.to_lowercase().replace('\u{2019}', "'");
    if !t.chars().any(char::is_alphabetic)
        || t.contains(QUOTES)
        || (words.len() == 1 && NOT_HOLDERS.contains(&first.as_str()))
        || matches!(
            first.as_str(),
            "don't" | "do" | "does" | "won't" | "can't" | "not" | "never" | "nobody" | "none"
        )
        || t.to_lowercase().starts_with("no one")
    {
        return None;
    }
    // "Most economists now", "The bank had previously", "Initially the company": the
    // adverbs and auxiliaries around the name are not part of it.
    let mut words = words;
    // "Analysts don't", "The bank does not": the negation belongs to the verb after.
    let negation = |w: &str| {
        matches!(
            w.to_lowercase().replace('\u{2019}', "'").as_str(),
            "don't" | "doesn't" | "didn't" | "not" | "never"
        )
    };
    while words.len() > 1
        && (ADVERBS.contains(&words[words.len() - 1].to_lowercase().as_str())
            || negation(words[words.len() - 1]))
    {
        words.pop();
    }
    while words.len() > 1 && LEADING.contains(&words[0].to_lowercase().trim_end_matches(',')) {
        words.remove(0);
    }
    let first = words.first()?.to_lowercase().replace('\u{2019}', "'");
    if words.len() == 1 && NOT_HOLDERS.contains(&first.as_str()) {
        return None;
    }
    // The writer ("But ultimately I", "I'll", "we"): the forecast is the author's own.
    let writer = first == "i"
        || first == "we"
        || first.starts_with("i'")
        || first.starts_with("we'")
        || matches!(first.as_str(), "my" | "our" | "there" | "there's");
    // A clause, not a name ("the coach the final will be"), or a determiner with nothing
    // named after it ("The", "The 2014"), or a shouted label ("EARNINGS").
    let clause = words.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "will" | "would" | "could" | "might" | "should" | "won't" | "is" | "are"
        )
    });
    let unnamed = words.iter().all(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that"
        ) || w.starts_with(|c: char| c.is_ascii_digit())
    });
    let shouted = words.len() == 1
        && words[0].chars().count() > 5
        && words[0]
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    if writer || clause || unnamed || shouted {
        return None;
    }
    let start = t.find(words[0])?;
    let last = words[words.len() - 1];
    let end = start + t[start..].rfind(last)? + last.len();
    Some(t[start..end].to_string())
}

/// Adverbs and auxiliaries that can stand between a forecaster's name and its verb ("most
/// economists now expect", "the bank had previously forecast").
pub(super) const ADVERBS: &[&str] = &[
    "now",
    "still",
    "also",
    "generally",
    "mostly",
    "largely",
    "widely",
    "increasingly",
    "currently",
    "already",
    "broadly",
    "too",
    "even",
    "previously",
    "initially",
    "originally",
    "had",
    "have",
    "has",
    "do",
    "did",
    "does",
    "all",
    "both",
    "overwhelmingly",
    "firmly",
    "privately",
    "publicly",
    "actually",
    "really",
    "clearly",
    "reportedly",
    "apparently",
    "earlier",
    "further",
    "meanwhile",
];

/// Sentence adverbs that can open a sentence before the forecaster's name ("Initially the
/// company expected ...").
const LEADING: &[&str] = &[
    "and",
    "but",
    "so",
    "yet",
    "whilst",
    "while",
    "although",
    "though",
    "ultimately",
    "initially",
    "originally",
    "previously",
    "now",
    "meanwhile",
    "still",
    "however",
    "also",
    "earlier",
    "today",
    "separately",
];

/// A sentence that is a quotation tagged with its speaker: `"X will rise," the governor
/// said ...`, `"...," said Jane Smith, an economist at X.`, `"...," according to analysts.`
/// Gives the byte range of the quoted words (without the marks and the comma before the
/// closing mark) and the speaker.
pub(super) fn quotation(sentence: &str) -> Option<(usize, usize, String)> {
    let open = sentence.len() - sentence.trim_start().len();
    let first = sentence[open..].chars().next()?;
    if !QUOTES.contains(&first) {
        return lead_quotation(sentence);
    }
    let inner_start = open + first.len_utf8();
    let close = inner_start + sentence[inner_start..].find(QUOTES)?;
    let inner = sentence[inner_start..close].trim_end();
    let inner_end = inner_start + inner.trim_end_matches([',', ' ']).len();
    let closing = sentence[close..].chars().next()?;
    let tag = sentence[close + closing.len_utf8()..]
        .trim()
        .trim_start_matches(',')
        .trim();
    let words: Vec<&str> = tag.split_whitespace().collect();
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_lowercase()
    };
    let speaker = if words.len() >= 3 && clean(words[0]) == "according" && clean(words[1]) == "to" {
        let rest = tag.split_once(' ')?.1.split_once(' ')?.1;
        holder(rest.split([',', '.', ';']).next()?)
    } else if let Some(v) = words
        .iter()
        .take(6)
        .position(|w| SPEECH.contains(&clean(w).as_str()))
    {
        if v == 0 {
            // "said Jane Smith, an economist at X."
            let rest = tag.split_once(char::is_whitespace)?.1;
            holder(rest.split([',', '.', ';']).next()?)
        } else {
            holder(&words[..v].join(" "))
        }
    } else {
        None
    }?;
    (inner_end > inner_start).then_some((inner_start, inner_end, speaker))
}

/// A quotation introduced by its speaker and a colon: `Jane Roe, at Acme Bank, said: 'We
/// believe rates will stay on hold.'` (double, curly or single marks). Gives the quoted
/// words, without the marks, and the speaker (the words before the first comma or the verb).
fn lead_quotation(sentence: &str) -> Option<(usize, usize, String)> {
    let colon = sentence.find(':')?;
    let lead = &sentence[..colon];
    let words: Vec<&str> = lead.split_whitespace().collect();
    let verb = words.last()?.to_lowercase();
    if words.len() < 2 || !SPEECH.contains(&verb.as_str()) {
        return None;
    }
    let after = &sentence[colon + 1..];
    let inner_start = colon + 1 + (after.len() - after.trim_start().len());
    let mark = sentence[inner_start..].chars().next()?;
    let closer = match mark {
        '"' => '"',
        '\u{201c}' => '\u{201d}',
        '\'' | '\u{2018}' => mark,
        _ => return None,
    };
    let inner_start = inner_start + mark.len_utf8();
    // The closing mark is the last one: single marks are also apostrophes ("won't").
    let close = sentence
        .rfind(closer)
        .or_else(|| {
            (closer == '\'')
                .then(|| sentence.rfind('\u{2019}'))
                .flatten()
        })
        .filter(|c| *c > inner_start)?;
    let inner = sentence[inner_start..close].trim_end();
    let inner_end = inner_start + inner.trim_end_matches([',', '.', ' ']).len();
    let name = lead[..lead.len() - words.last()?.len()].trim();
    let speaker = holder(name.split(',').next()?)?;
    (inner_end > inner_start).then_some((inner_start, inner_end, speaker))
}

/// Verbs of saying that may come before their speaker in a closing tag (", said Jane Roe").
pub(super) const INVERTED_SPEECH: &[&str] = &[
    "said",
    "says",
    "added",
    "warned",
    "predicted",
    "wrote",
    "argued",
    "noted",
];

/// The speaker of a closing tag with the verb first: ", said Jane Roe." or ", said Jane Roe,
/// chief economist at Acme Bank." (the apposition after the name is not the speaker). The
/// speaker is one to four words starting with a capital (a name, "The Times"), closing the
/// sentence or followed by a comma.
fn inverted_tag(sentence: &str) -> Option<String> {
    for (i, _) in sentence
        .match_indices(", ")
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let rest = &sentence[i + 2..];
        let Some((verb, after)) = rest.split_once(' ') else {
            continue;
        };
        if !INVERTED_SPEECH.contains(&verb) {
            continue;
        }
        let name_end = after.find([',', ';']).unwrap_or(after.len());
        let name = after[..name_end]
            .trim()
            .trim_end_matches(['.', '!', '"', '”']);
        let words = name.split_whitespace().count();
        if (1..=4).contains(&words) && name.starts_with(|c: char| c.is_uppercase()) {
            return holder(name);
        }
    }
    None
}

/// Who holds the expectation, when the sentence says: "Analysts expect ...", "..., officials
/// said", "according to the IMF".
#[cfg(test)]
pub(super) fn attribution(sentence: &str) -> Option<String> {
    attribution_in(sentence, &tokens(sentence))
}

/// `attribution` with the tokens of `sentence`, already made by the caller.
pub(super) fn attribution_in(sentence: &str, toks: &[Token<'_>]) -> Option<String> {
    if let Some((_, _, speaker)) = quotation(sentence) {
        return Some(speaker);
    }
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    if let Some(i) = w.iter().position(|x| *x == "according") {
        if w.get(i + 1) == Some(&"to") && i + 2 < toks.len() {
            let start = toks[i + 2].1;
            let end = sentence[start..]
                .find([',', '.', ';'])
                .map_or(sentence.len(), |e| start + e);
            return holder(&sentence[start..end]);
        }
    }
    // Leading "<noun phrase> expect(s)/predict(s)/...": up to five words, not "we"/"I"/"you";
    // "<noun phrase> told <listener> that ...": the speaker, not the listener.
    for (i, x) in w.iter().enumerate().take(6).skip(1) {
        let told = *x == "told" && w[i + 1..].iter().take(4).any(|y| *y == "that");
        if ATTRIBUTING.contains(x) || told {
            let subject = sentence[toks[0].1..toks[i - 1].2].trim();
            // "Smith, who runs the fund, expects": the name before an apposition.
            let subject = match subject.split_once(',') {
                Some((name, rest))
                    if ["who ", "an ", "a ", "the "]
                        .iter()
                        .any(|a| rest.trim_start().starts_with(a))
                        && sentence[toks[i - 1].2..toks[i].1].contains(',') =>
                {
                    name
                }
                _ => subject,
            };
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
            if let Some(h) = holder(subject).filter(|_| !pronoun && !lead && !subject.contains(','))
            {
                return Some(h);
            }
            break;
        }
    }
    if let Some(speaker) = inverted_tag(sentence) {
        return Some(speaker);
    }
    // Trailing ", <noun phrase> said/says/warned/predicted."
    if let Some(comma) = sentence.rfind(',') {
        let tail = sentence[comma + 1..]
            .trim()
            .trim_end_matches(['.', '!', '"', '”']);
        let tw: Vec<&str> = tail.split_whitespace().collect();
        // ", Goldman Sachs economists said in a note.": a longer speaker, the verb of saying
        // and at most three words after it.
        if (7..=9).contains(&tw.len()) {
            if let Some(v) = tw
                .iter()
                .position(|w| SPEECH.contains(&w.to_lowercase().as_str()))
            {
                if v >= 1 && tw.len() - v - 1 <= 3 {
                    return holder(&tw[..v].join(" "));
                }
            }
        }
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
                return holder(&tw[..tw.len() - 1].join(" "));
            }
            if tw.len() >= 3
                && matches!(
                    tw[1].to_lowercase().as_str(),
                    "said" | "says" | "warned" | "predicted"
                )
            {
                return holder(tw[0]);
            }
            // ", the mediator told reporters.", ", the minister said on Monday.": a speaker,
            // a verb of saying, and at most three words after it.
            if let Some(v) = tw.iter().position(|w| {
                SPEECH.contains(&w.to_lowercase().as_str()) || w.eq_ignore_ascii_case("tells")
            }) {
                if v >= 1 && tw.len() - v - 1 <= 3 {
                    return holder(&tw[..v].join(" "));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reported speech names its speaker: a longer closing tag with words after the verb,
    /// "X told <listener> that", and a name before an apposition.
    #[test]
    fn a_closing_tag_with_its_verb_first_names_the_speaker() {
        assert_eq!(
            attribution("A recession next year is likely, said Jane Roe.").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(
            attribution("Rates will fall by June, says Jane Roe, chief economist at Acme Bank.")
                .as_deref(),
            Some("Jane Roe")
        );
        // A verb of saying inside the forecast is no tag.
        assert_eq!(
            attribution("Prices will rise, said to be the worst in years."),
            None
        );
    }

    #[test]
    fn reported_speech_names_the_speaker() {
        for (s, want) in [
            (
                "The port will reopen in May, Acme Bank freight analysts said in a note.",
                "Acme Bank freight analysts",
            ),
            (
                "The governor told lawmakers that the levy would be scrapped next year.",
                "The governor",
            ),
            (
                "Jones, who runs the survey, expects a rebound by spring.",
                "Jones",
            ),
        ] {
            assert_eq!(attribution(s).as_deref(), Some(want), "{s}");
        }
        // A listener is never the holder; "told" with no clause after it names nobody.
        assert_eq!(attribution("He told me about the weather."), None);
    }

    /// The holder is the name, without the adverbs or auxiliaries beside it.
    #[test]
    fn the_holder_keeps_no_stray_words() {
        for (s, want) in [
            (
                "Most strategists now expect the index to fall by June.",
                "Most strategists",
            ),
            (
                "Some forecasters still see a rebound by the end of the year.",
                "Some forecasters",
            ),
            (
                "Bond traders generally expect two cuts this year.",
                "Bond traders",
            ),
            ("Analysts expect the deal to close in May.", "Analysts"),
            // A conjunction or a label before the name is not part of it.
            (
                "But bond traders expect two cuts this year.",
                "bond traders",
            ),
            ("On rates: Economists expect a pause in June.", "Economists"),
        ] {
            assert_eq!(attribution(s).as_deref(), Some(want), "{s}");
        }
    }

    /// The writer, a clause, a determiner alone or a shouted label names no holder: the
    /// forecast is the author's (sentences we wrote).
    #[test]
    fn the_writer_and_fragments_are_no_holder() {
        for s in [
            "But ultimately I expect the club to stay up.",
            "Whilst I believe the bridge will open in May, the road will not.",
            "Fair warning: I'm going to predict a draw on Sunday.",
        ] {
            assert_eq!(attribution(s), None, "{s}");
        }
        for np in ["The 2031", "The", "REVENUE", "the coach the final will be"] {
            assert_eq!(holder(np), None, "{np}");
        }
        assert_eq!(holder("GAO").as_deref(), Some("GAO"));
        assert_eq!(
            attribution("REVENUE: analysts predict growth of 4% this quarter.").as_deref(),
            Some("analysts")
        );
    }
}
