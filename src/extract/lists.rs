//! Lines in the layouts personal forecasters and previews publish: "Claim: 35%", "Claim
//! (35%)", "Claim — 35%", "Claim (probability: 10-15%)", "Claim: 95% and a comment", a lone
//! "65%" after its claim; and the unhedged list predictions of a predictions piece: the items
//! of a list after a heading or sentence such as "My predictions for 2025" or "Our picks", and
//! "Key: Value" lines that name a contest's outcome ("MVP: Jane Doe", "Finals: Lakers over
//! Nets"). Such items are forecasts although they carry no hedge.

use super::hedges::{tokens, Token};

/// A probability a line states, with where its claim ends.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Stated {
    /// Byte offset where the claim ends (the separator before the number).
    pub cut: usize,
    /// Byte offset where the claim starts: 0, or past a leading number and its joint
    /// ("60%: Brent above $90", `stated_lead`).
    pub from: usize,
    pub low: f64,
    pub high: f64,
    /// As written: `35%`, `10-15%`.
    pub text: String,
    /// For a hedge after the claim ("Inflation stays below 3%: likely"): the lexicon's
    /// phrase and its value, instead of a number.
    pub hedge: Option<(String, f64)>,
}

impl Stated {
    pub fn probability(&self) -> f64 {
        match &self.hedge {
            Some((_, p)) => *p,
            None => (self.low + self.high) / 2.0,
        }
    }
}

/// A list item whose probability is a hedge phrase after a colon or dash, the whole rest of
/// the line ("Inflation stays below 3%: likely", "Tesla ships robotaxis — very unlikely"):
/// the claim is what comes before, so a number inside it ("3%") is no probability.
pub(super) fn hedged_line(sentence: &str, lexicon: &super::hedges::Lexicon) -> Option<Stated> {
    let t = sentence.trim_end().trim_end_matches(['.', '!']);
    let (cut, sep) = [": ", " — ", " – ", " - "]
        .iter()
        .filter_map(|sep| t.rfind(sep).map(|i| (i, *sep)))
        .max_by_key(|(i, _)| *i)?;
    let tail = t[cut + sep.len()..].trim();
    if tail.is_empty() || tail.split_whitespace().count() > 4 {
        return None;
    }
    if t[..cut].split_whitespace().take(2).count() < 2 {
        return None;
    }
    let h = lexicon.get(tail)?;
    Some(Stated {
        cut,
        from: 0,
        low: h.low,
        high: h.high,
        text: h.phrase.clone(),
        hedge: Some((h.phrase.clone(), h.probability)),
    })
}

/// The percentage (or range) that `s` starts with: (low, high, bytes used). A bound says
/// which side the number is on: ">99%" is 99 to 100, "<1%" is 0 to 1; "~70%" is 70.
fn percent_prefix(s: &str) -> Option<(f64, f64, usize)> {
    for (mark, above) in [
        (">=", Some(true)),
        ("<=", Some(false)),
        (">", Some(true)),
        ("<", Some(false)),
        ("\u{2265}", Some(true)),
        ("\u{2264}", Some(false)),
        ("~", None),
        ("\u{2248}", None),
    ] {
        if let Some(rest) = s.strip_prefix(mark) {
            let (a, b, used) = percent_prefix(rest.trim_start())?;
            let used = used + (s.len() - rest.trim_start().len());
            return Some(match above {
                Some(true) => (b, 100.0, used),
                Some(false) => (0.0, a, used),
                None => (a, b, used),
            });
        }
    }
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '–'))
        .unwrap_or(s.len());
    let rest = &s[end..];
    // "35%", or the sign written as a word: "35 percent", "35 per cent".
    let sign = if rest.starts_with('%') {
        1
    } else if rest.starts_with(" %") {
        // "60 %", as French and German copy space it.
        2
    } else {
        let spaced = rest.trim_start();
        let gap = rest.len() - spaced.len();
        let word = ["percent", "per cent"].iter().find(|w| {
            spaced
                .get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
                && !spaced[w.len()..].starts_with(char::is_alphanumeric)
        })?;
        gap + word.len()
    };
    if end == 0 {
        return None;
    }
    let body = &s[..end];
    let (a, b) = match body.split_once(['-', '–']) {
        Some((a, b)) => (a.parse::<f64>().ok()?, b.parse::<f64>().ok()?),
        None => {
            let p = body.parse::<f64>().ok()?;
            (p, p)
        }
    };
    ((0.0..=100.0).contains(&a) && (a..=100.0).contains(&b)).then_some((a, b, end + sign))
}

/// Odds written as a count ("1 in 4", "one in four", "2 out of 3") at the start of `s`, as
/// `percent_prefix` gives a percentage: both ends in percent, and the bytes read. The first
/// count is below the second, and nothing but punctuation or the sentence's end follows
/// ("1 in 4 voters" is a share, not odds).
fn odds_prefix(s: &str) -> Option<(f64, f64, usize)> {
    let count = |w: &str| -> Option<u32> {
        if !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
            return w.parse().ok();
        }
        crate::time::count_word(&w.to_ascii_lowercase())
    };
    let mut words = s.split(' ');
    let a = count(words.next()?)?;
    let mut used = s.find(' ')? + 1;
    let mut next = words.next()?;
    used += next.len() + 1;
    if next.eq_ignore_ascii_case("out") {
        next = words.next()?;
        used += next.len() + 1;
        if !next.eq_ignore_ascii_case("of") {
            return None;
        }
    } else if !next.eq_ignore_ascii_case("in") {
        return None;
    }
    let raw = words.next()?;
    let last = raw.trim_end_matches(['.', ',', ')', ']', ';', '!']);
    let b = count(last)?;
    used += last.len();
    (a > 0 && a < b && b <= 1000).then(|| {
        let p = f64::from(a) * 100.0 / f64::from(b);
        (p, p, used)
    })
}

/// A stated number for a claim: a percentage or odds as a count.
fn stated_prefix(s: &str) -> Option<(f64, f64, usize)> {
    percent_prefix(s).or_else(|| odds_prefix(s))
}

/// Whether `t` holds "percent" or "per cent" in any ASCII case (as `percent_prefix` reads
/// them). Run on every sentence, so the words are compared only where a `p` stands, not
/// at every byte.
fn has_percent_word(t: &str) -> bool {
    let b = t.as_bytes();
    b.iter().enumerate().any(|(i, c)| {
        c | 0x20 == b'p'
            && [&b"percent"[..], b"per cent"].iter().any(|w| {
                b.get(i..i + w.len())
                    .is_some_and(|x| x.eq_ignore_ascii_case(w))
            })
    })
}

/// Whether `t` may hold odds written as a count ("1 in 4", "one in three", "2 out of 3"):
/// " in " or " out of " is there (a cheap test before `odds_prefix` is tried).
fn has_count_odds(t: &str) -> bool {
    t.contains(" in ") || t.contains(" out of ")
}

/// A claim that continues the list item before it: an ellipsis, then the new threshold
/// ("…4000", "...$20000").
fn continued(claim: &str) -> bool {
    let c = claim.trim_start();
    c.strip_prefix('\u{2026}')
        .or_else(|| c.strip_prefix("..."))
        .is_some_and(|r| {
            r.trim()
                .starts_with(|ch: char| ch.is_ascii_digit() || ch == '$')
        })
}

/// A note on an earlier number after the stated one: "X - 15%, up from the 25% I said in
/// June", "X: 40% (was 55%)", "X — 70%; previously 60%". The stated number is the standing
/// one; the note's number is superseded and never the probability.
fn revision_note(tail: &str) -> bool {
    let Some(rest) = tail.strip_prefix([',', ';', '(']) else {
        return false;
    };
    let rest = rest.trim_start().to_ascii_lowercase();
    [
        "up from ",
        "down from ",
        "from ",
        "was ",
        "previously ",
        "earlier ",
        "unchanged",
        "same as ",
        "revised from ",
        "raised from ",
        "lowered from ",
        "cut from ",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// A line in the personal-forecaster formats: "Claim: 35%", "Claim (35%)", "Claim — 35%",
/// "Claim (probability: 10-15%)", "Claim: 95% I've already been looking" (a comment may
/// follow a colon's number when it starts a new sentence).
pub(super) fn stated_line(sentence: &str) -> Option<Stated> {
    // "Claim: 35%…": an ellipsis after the number trails off, as a full stop ends.
    let t = sentence.trim_end().trim_end_matches(['.', '\u{2026}']);
    let b = t.as_bytes();
    // Every stated number ends in `%` or the word "percent" (`percent_prefix`), or is a
    // decimal after "p=" (`decimal_prefix`): most sentences have none of them.
    if !b.contains(&b'%') && !b.contains(&b'=') && !has_percent_word(t) && !has_count_odds(t) {
        return None;
    }
    // The separators by their bytes (the dashes are E2 80 93 and E2 80 94 in UTF-8), without
    // decoding every character of the sentence.
    for sep_at in 0..b.len() {
        let sep = match b[sep_at] {
            b':' => ':',
            b'-' => '-',
            b'(' => '(',
            b'[' => '[',
            b',' => ',',
            b';' => ';',
            // "| X | 70% |" as a table row gives it, "X ~70%".
            b'|' => '|',
            b'~' => '~',
            0xE2 if b.get(sep_at + 1) == Some(&0x80) => match b.get(sep_at + 2) {
                Some(0x94) => '—',
                Some(0x93) => '–',
                _ => continue,
            },
            _ => continue,
        };
        let claim = &t[..sep_at];
        // (A hyphen inside a word is passed over first, the commonest case.)
        if matches!(sep, '-' | '~') && !(claim.ends_with(' ')) {
            continue;
        }
        // (Two words are enough to know: counting all of them, at every separator, was slow.)
        // "…$20000: 60%" under "Bitcoin is above $10000: 90%": an ellipsis carries the claim
        // before it to a new threshold, a claim of one word.
        if claim.split_whitespace().take(2).count() < 2 && !continued(claim) {
            continue;
        }
        let mut rest = t[sep_at + sep.len_utf8()..].trim_start();
        // "X — I'd say 60%": the author's own number after the claim.
        // ("X, I'd say 60%": a comma or semicolon only before such a lead-in, or before a
        // chance of its own: "X, with a 65% chance", "X; a 40% chance".)
        let mut chance_needed = false;
        match author_says(rest) {
            Some(r) => rest = r,
            None => match chance_lead(rest, sep) {
                Some((r, needed)) => {
                    rest = r;
                    chance_needed = needed;
                }
                None if matches!(sep, ',' | ';') => continue,
                None => {}
            },
        }
        // "(probability: 10-15%)", "(chance: 35%)", "(p=0.3)": a named probability, which
        // may then be a decimal.
        let mut named = false;
        for label in ["probability", "chance", "odds", "confidence", "p"] {
            if let Some(r) = rest.strip_prefix(label) {
                let r = r.trim_start();
                if let Some(r) = r.strip_prefix([':', '=']) {
                    rest = r.trim_start();
                    named = true;
                    break;
                }
            }
        }
        // "X — **70%**": the number in bold or italics is the number.
        let rest = rest.trim_start_matches(['*', '_']);
        let Some((low, high, used)) =
            stated_prefix(rest).or_else(|| named.then(|| decimal_prefix(rest)).flatten())
        else {
            continue;
        };
        let tail = rest[used..]
            .trim_start_matches(['*', '_'])
            .trim_start()
            // "| X | 70% |": the row's closing bar.
            .trim_start_matches(|c| c == '|' && sep == '|')
            .trim_start();
        // "(30% chance)", "with a 65% probability": the chance word after the number, in
        // a parenthesis or after a lead-in ("Claim: 30% chance" after a colon or dash
        // was tried: on held-out news it added a candidate that was no forecast).
        let worded = chance_word(tail).filter(|_| chance_needed || matches!(sep, '(' | '['));
        if chance_needed && worded.is_none() {
            continue;
        }
        let tail = worded.unwrap_or(tail);
        let ok = if sep == '(' {
            tail == ")"
        } else if sep == '[' {
            // "Fed cuts twice this year [75%]": a bracketed number, as a parenthesised one.
            tail == "]"
        } else {
            tail.is_empty()
                || (sep == ':'
                    && rest[used..].starts_with(char::is_whitespace)
                    && tail.starts_with(char::is_uppercase))
                || (!matches!(sep, ',' | ';') && revision_note(tail))
        };
        if ok {
            let odds = percent_prefix(rest).is_none();
            let text = if odds {
                rest[..used].to_string()
            } else if low == high {
                format!("{low}%")
            } else {
                format!("{low}-{high}%")
            };
            return Some(Stated {
                cut: sep_at,
                from: 0,
                low: low / 100.0,
                high: high / 100.0,
                text,
                hedge: None,
            });
        }
    }
    None
}

/// A call scored after its stated chance: "X (80%): There were a few small incidents",
/// the line a scorecard of last year's predictions gives each call, its verdict after the
/// colon. The call is past and already judged, no new forecast (audit 30, K2).
pub(super) fn scored_call(sentence: &str) -> bool {
    let Some(open) = sentence.find('(') else {
        return false;
    };
    let Some(close) = sentence[open..].find(')').map(|c| open + c) else {
        return false;
    };
    let inside = sentence[open + 1..close].trim();
    let Some((low, _, used)) = percent_prefix(inside) else {
        return false;
    };
    // "- Base case (45%): Mid-cycle slowdown": a scenario's label with its share is no call
    // scored; its share is the chance of what the colon names (round 59).
    let label = sentence[..open].trim_end().to_lowercase();
    if matches!(
        label.rsplit(' ').next(),
        Some("case" | "scenario" | "scenarios")
    ) {
        return false;
    }
    let verdict = sentence[close + 1..]
        .strip_prefix(':')
        .map(str::trim_start)
        .unwrap_or("");
    // (A reason for a new call looks ahead: "X (70%): I think inflation will cool".)
    let ahead = tokens(verdict).iter().any(|t| {
        matches!(
            t.0.as_ref(),
            // (Not "may": "It reopened in May" names the month.)
            "will" | "would" | "could" | "should" | "might" | "going" | "expect"
        ) || t.0.ends_with("'ll")
    });
    low >= 0.0
        && !ahead
        && used == inside.len()
        && sentence[..open].split_whitespace().nth(1).is_some()
        && verdict.starts_with(char::is_uppercase)
        && verdict.split_whitespace().nth(1).is_some()
}

/// A call graded by a mark at its end: "The harbour ferry will be privatised: ✅", "Rents
/// will fall ⌛", "The festival will move: ❌". A scorecard of last year's predictions marks
/// each call right, wrong or pending after it; the line is a result, not a new forecast
/// (audit 31, K5). The marks are the ticks and crosses `sentences` reads at a line's start,
/// with the hourglasses of a call still pending.
pub(super) fn marked_verdict(sentence: &str) -> bool {
    // (An emoji's variation selector may follow the mark.)
    let t = sentence
        .trim_end()
        .trim_end_matches(['.', '\u{fe0f}'])
        .trim_end();
    let Some(mark) = t.chars().last() else {
        return false;
    };
    let before = &t[..t.len() - mark.len_utf8()];
    matches!(
        mark,
        '✅' | '❌' | '✔' | '✓' | '☑' | '✗' | '✘' | '⌛' | '⏳'
    ) && before.ends_with([':', ' ', '-', '\u{2013}', '\u{2014}'])
        && before.split_whitespace().nth(2).is_some()
}

/// A claim's chance, then after a semicolon a later time and the chance by then: "Odds that
/// the tunnel opens: 3 in 10; by June, 6 in 10", "Rents fall: 30%; by 2028, 60%". Two
/// forecasts of one claim, each with its deadline (the first with the time of its own part,
/// if any). Returns the first part's number, where the second part starts, and the second
/// part's number (with the first's claim bounds, so both read the same claim).
pub(super) fn stepped_line(sentence: &str) -> Option<(Stated, usize, Stated)> {
    let t = sentence.trim_end().trim_end_matches(['.', '\u{2026}']);
    let semi = t.find(';')?;
    let first = stated_line(&t[..semi])?;
    let rest = &t[semi + 1..];
    let comma = rest.rfind(',')?;
    let time = rest[..comma].trim();
    let lead = time.split_whitespace().next()?.to_ascii_lowercase();
    if !matches!(
        lead.as_str(),
        "by" | "in" | "before" | "until" | "within" | "through"
    ) || time.split_whitespace().nth(4).is_some()
    {
        return None;
    }
    let num = rest[comma + 1..].trim();
    let (low, high, used) = stated_prefix(num)?;
    if !num[used..].trim().is_empty() {
        return None;
    }
    let text = if percent_prefix(num).is_none() || low != high {
        num[..used].to_string()
    } else {
        format!("{low}%")
    };
    let then = Stated {
        cut: first.cut,
        from: first.from,
        low: low / 100.0,
        high: high / 100.0,
        text,
        hedge: None,
    };
    Some((first, semi + 1, then))
}

/// The words after a lead-in to a chance stated after its claim, and whether a chance word
/// must follow the number: "with a 65% chance" and "a 40% chance" (after a comma or
/// semicolon: `Some(("65% chance", true))`), "with a probability of 65%" (`false`: the
/// chance word came first), and inside a parenthesis "(about 30% chance)", "(a 30%
/// chance)" (`true`). `None` when `rest` opens no such chance; a parenthesis or dash then
/// reads its number as it stands ("X (30%)").
fn chance_lead(rest: &str, sep: char) -> Option<(&str, bool)> {
    let strip = |s: &'_ str, w: &str| -> Option<usize> {
        s.get(..w.len())
            .filter(|h| h.eq_ignore_ascii_case(w))
            .map(|_| w.len())
    };
    let mut r = rest;
    let with = strip(r, "with ");
    if let Some(n) = with {
        r = r[n..].trim_start();
    }
    // "with a probability of 65%", "with odds of 65%": the chance word before the number.
    for lead in [
        "a probability of ",
        "probability of ",
        "a chance of ",
        "odds of ",
        "a likelihood of ",
    ] {
        if let Some(n) = strip(r, lead) {
            return (with.is_some() || sep == '(').then(|| (approximate(&r[n..]), false));
        }
    }
    // "about a 25% chance" and "a roughly 25% chance": the approximation on either side.
    let before = r.len();
    r = approximate(r);
    let approximated_first = r.len() < before;
    let mut article = false;
    for a in ["a ", "an "] {
        if let Some(n) = strip(r, a) {
            r = &r[n..];
            article = true;
            break;
        }
    }
    let after = approximate(r);
    let approximated = approximated_first || after.len() < r.len();
    // Only a lead-in that reads as a chance: "with", an article, or (in a parenthesis or
    // after a dash) an "about" before the number.
    if with.is_some() || article || (approximated && !matches!(sep, ',' | ';')) {
        Some((after, true))
    } else if matches!(sep, ',' | ';') && percent_prefix(r).is_some() {
        // "X; 40% chance": a bare number there needs its chance word.
        Some((r, true))
    } else {
        None
    }
}

/// `s` past one word of approximation ("about 60%", "roughly 60%").
fn approximate(s: &str) -> &str {
    [
        "about ",
        "around ",
        "roughly ",
        "approximately ",
        "maybe ",
        "perhaps ",
        "some ",
    ]
    .iter()
    .find_map(|a| {
        s.get(..a.len())
            .filter(|h| h.eq_ignore_ascii_case(a))
            .map(|_| s[a.len()..].trim_start())
    })
    .unwrap_or(s)
}

/// `tail` past a chance word that follows a stated number ("chance", "probability", "odds",
/// "likely", "likelihood"), `None` when it opens with none.
fn chance_word(tail: &str) -> Option<&str> {
    ["chance", "probability", "odds", "likelihood", "likely"]
        .iter()
        .find_map(|w| {
            let head = tail.get(..w.len())?;
            let after = &tail[w.len()..];
            (head.eq_ignore_ascii_case(w) && !after.starts_with(|c: char| c.is_alphanumeric()))
                .then(|| after.trim_start())
        })
}

/// A probability written as a decimal at the start of `s` ("0.3", "0.35", "1.0"), after a
/// label that names it ("p=0.3"): in percent, as `percent_prefix` gives it, and the bytes
/// read. The point is required and the value lies in 0..=1.
fn decimal_prefix(s: &str) -> Option<(f64, f64, usize)> {
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let body = &s[..end];
    if !body.contains('.') || body.ends_with('.') {
        return None;
    }
    let p = body
        .parse::<f64>()
        .ok()
        .filter(|p| (0.0..=1.0).contains(p))?
        * 100.0;
    Some((p, p, end))
}

/// A line that opens with its probability, the claim after it: "60%: Brent above $90 by
/// end of Q3", "70% - the strike ends by June", and the same after the author's own lead-in
/// ("I'd put it at 80% that inflation is below 3% by December", "I give it 60% that ...",
/// "I'd say 80%: ..."). The number is followed by a colon or a spaced dash (or, after a
/// lead-in, "that"), then a claim of at least three words; a share ("72%: the share of
/// adults who ...", "60% - of them") is no probability.
pub(super) fn stated_lead(sentence: &str) -> Option<Stated> {
    let t = sentence.trim_end().trim_end_matches('.');
    if !t.as_bytes().contains(&b'%') && !has_percent_word(t) && !has_count_odds(t) {
        return None;
    }
    let body = t.trim_start_matches(['-', '*', '•', ' ']);
    // "TOM: I'd say 70 percent they ...": a transcript's speaker label is no part of it.
    let body = speaker_label(body).map_or(body, |n| body[n..].trim_start());
    if let Some(claim) = bracketed_lead(body) {
        let (low, high, text) = claim.1;
        return Some(Stated {
            cut: t.len(),
            from: t.len() - claim.0.len(),
            low: low / 100.0,
            high: high / 100.0,
            text,
            hedge: None,
        });
    }
    let lead_in = author_says(body);
    let rest = lead_in.unwrap_or(body);
    let (low, high, used) = stated_prefix(rest)?;
    let after = &rest[used..];
    let joints: &[&str] = if lead_in.is_some() {
        &[": ", " that ", " — ", " – ", " - "]
    } else {
        &[": ", " — ", " – ", " - "]
    };
    // "I'd say 70 percent they get a striker in by the deadline": after a lead-in, spoken
    // copy drops the "that"; a subject (a pronoun, "the", a name) opens the claim at once.
    let spoken = || {
        lead_in.is_some()
            && after.strip_prefix(' ').is_some_and(|c| {
                let first = c.split([' ', '\'', '\u{2019}']).next().unwrap_or("");
                matches!(
                    first,
                    "they" | "he" | "she" | "we" | "it" | "you" | "there" | "the" | "The"
                ) || (first.len() > 1
                    && first.starts_with(|ch: char| ch.is_ascii_uppercase())
                    && first != "I")
            })
    };
    // "**70%:** Apple ships a foldable phone", "**70%** Apple ships ...": the number set in
    // bold as the line's label, its joint after the closing asterisks (or inside them).
    let bold: &[&str] =
        if lead_in.is_none() && t.trim_start_matches(['-', '•', ' ']).starts_with("**") {
            &[":** ", "**: ", "** — ", "** – ", "** - ", "** "]
        } else {
            &[]
        };
    let joint = joints
        .iter()
        .chain(bold)
        .copied()
        .find(|j| after.starts_with(*j))
        .or_else(|| spoken().then_some(" "))?;
    let claim = after[joint.len()..].trim_start();
    let mut words = claim.split_whitespace();
    let share = words.clone().take(3).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "of" | "share" | "proportion" | "percentage" | "percent" | "rate"
        )
    });
    // "40%: that is how far prices rose": a figure explained, no claim.
    let explained = claim.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "that" | "that's" | "this" | "it" | "it's" | "which" | "that\u{2019}s" | "it\u{2019}s"
        )
    });
    if share || explained || words.nth(2).is_none() {
        return None;
    }
    let text = if percent_prefix(rest).is_none() {
        rest[..used].to_string()
    } else if low == high {
        format!("{low}%")
    } else {
        format!("{low}-{high}%")
    };
    Some(Stated {
        cut: t.len(),
        from: t.len() - claim.len(),
        low: low / 100.0,
        high: high / 100.0,
        text,
        hedge: None,
    })
}

/// A line that sets the probability of the items listed under it, as personal forecasters
/// group their predictions by confidence: "90%:", "## 80%", "**70% confidence**",
/// "Predictions at 60%:", "Confidence: 95%", "50-60% likely". The whole line is the number
/// with at most a word of confidence before or after it (and bold or a colon around it);
/// whether the line stands as a heading over a list is the caller's to tell from the layout.
pub(super) fn level_heading(sentence: &str) -> Option<Stated> {
    let bare = |t: &str| -> String {
        t.trim()
            .trim_matches(['*', '_'])
            .trim_end_matches(':')
            .trim_matches(['*', '_'])
            .trim()
            .to_ascii_lowercase()
    };
    // (Every line of its own is asked: most have no percentage, and are not copied.)
    if !sentence.as_bytes().contains(&b'%') && !has_percent_word(sentence) {
        return None;
    }
    let t = bare(sentence);
    let mut rest = t.as_str();
    for lead in [
        "predictions at ",
        "predictions i'm ",
        "predictions with ",
        "confidence level: ",
        "confidence level ",
        "confidence: ",
        "confidence ",
        "probability: ",
        "probability ",
        "likelihood: ",
        "at ",
    ] {
        if let Some(r) = rest.strip_prefix(lead) {
            rest = r;
            break;
        }
    }
    // "90% (very likely)": a gloss in brackets after the number.
    let rest = match rest.split_once(" (") {
        Some((head, gloss)) if gloss.ends_with(')') => head,
        _ => rest,
    };
    let (low, high, used) = percent_prefix(rest)?;
    let tail = rest[used..].trim_matches(['*', '_', ':', ' ']);
    let worded = matches!(
        tail,
        "" | "confidence"
            | "confident"
            | "sure"
            | "certain"
            | "certainty"
            | "likely"
            | "probability"
            | "chance"
            | "predictions"
            | "level"
            | "or more"
            | "or higher"
            | "and up"
    );
    worded.then(|| Stated {
        cut: 0,
        from: 0,
        low: low / 100.0,
        high: high / 100.0,
        text: if low == high {
            format!("{low}%")
        } else {
            format!("{low}-{high}%")
        },
        hedge: None,
    })
}

/// Whether a level heading's line (`level_heading`) is only the number, with no word of
/// confidence: "80%" alone on a line could also be the chance of the claim just before it.
pub(super) fn bare_level(sentence: &str) -> bool {
    !sentence.chars().any(|c| c.is_ascii_alphabetic())
}

/// An item of a list of predictions whose number follows its claim after a comma, a
/// semicolon or "=" ("X, 25%", "X; 5%", "X, 25 percent", "X = 25%"), or comes first with the
/// claim after a space ("25% Apple ships a phone"): in a list item the number is the item's
/// probability (audit 27, finding 2). Nothing but a full stop may follow a number after the
/// claim; a number before the claim opens a sentence (a capital), so "5% inflation returns"
/// (the number an adjective) and a share ("25% of voters ...") are no probability.
pub(super) fn list_item_number(sentence: &str) -> Option<Stated> {
    let t = sentence.trim_end().trim_end_matches('.');
    if !t.as_bytes().contains(&b'%') && !has_percent_word(t) && !has_count_odds(t) {
        return None;
    }
    let stated = |cut: usize, from: usize, (low, high, used): (f64, f64, usize), rest: &str| {
        let text = if percent_prefix(rest).is_none() {
            rest[..used].to_string()
        } else if low == high {
            format!("{low}%")
        } else {
            format!("{low}-{high}%")
        };
        Stated {
            cut,
            from,
            low: low / 100.0,
            high: high / 100.0,
            text,
            hedge: None,
        }
    };
    if let Some(at) = t.rfind([',', ';', '=']) {
        let rest = t[at + 1..].trim_start();
        let claim = t[..at].trim_end();
        if let Some(n) = stated_prefix(rest).filter(|n| rest[n.2..].trim().is_empty()) {
            if claim.split_whitespace().nth(1).is_some() {
                return Some(stated(claim.len(), 0, n, rest));
            }
        }
    }
    let body = t.trim_start_matches(['-', '*', '•', ' ']);
    let n = stated_prefix(body)?;
    let claim = body[n.2..].strip_prefix(' ')?.trim_start();
    let mut words = claim.split_whitespace();
    let first = words.next()?;
    let share = first.eq_ignore_ascii_case("of") || words.clone().take(2).any(|w| w == "of");
    if share || !first.starts_with(|c: char| c.is_uppercase()) || words.nth(1).is_none() {
        return None;
    }
    Some(stated(t.len(), t.len() - claim.len(), n, body))
}

/// A forecast whose chance follows it after a bare space: "Labor will win the state
/// election 70%" (round 59, a predictions post's layout). Only a whole percentage from 1 to
/// 99 ending the line, the claim's only "%", after a claim of three words or more holding
/// "will" or "won't"; and the word before the number is not one a figure follows ("grow
/// 5%", "rise to 4%", "near 4%", "be 3%", "win 30%") nor the verb right after the modal
/// ("will take 40%"), so the number is no figure of the claim.
pub(super) fn spaced_number(sentence: &str) -> Option<Stated> {
    const FIGURE: &[&str] = &[
        "a",
        "about",
        "above",
        "add",
        "adds",
        "additional",
        "almost",
        "an",
        "and",
        "another",
        "approximately",
        "are",
        "around",
        "at",
        "average",
        "averages",
        "be",
        "beat",
        "been",
        "below",
        "between",
        "by",
        "capture",
        "close",
        "closes",
        "cut",
        "cuts",
        "decline",
        "declines",
        "down",
        "drop",
        "drops",
        "end",
        "ends",
        "exceed",
        "exceeds",
        "expand",
        "expands",
        "fall",
        "falls",
        "finish",
        "for",
        "from",
        "further",
        "gain",
        "gains",
        "garner",
        "get",
        "gets",
        "grow",
        "grows",
        "hike",
        "hikes",
        "hit",
        "hits",
        "hold",
        "holds",
        "in",
        "increase",
        "increases",
        "is",
        "jump",
        "jumps",
        "just",
        "least",
        "like",
        "lose",
        "loses",
        "lower",
        "minus",
        "more",
        "most",
        "near",
        "nearly",
        "of",
        "on",
        "only",
        "or",
        "over",
        "plus",
        "poll",
        "polls",
        "post",
        "posts",
        "raise",
        "raises",
        "reach",
        "reaches",
        "remain",
        "remains",
        "rise",
        "rises",
        "roughly",
        "score",
        "shrink",
        "shrinks",
        "sink",
        "sinks",
        "some",
        "stay",
        "stays",
        "take",
        "takes",
        "than",
        "the",
        "to",
        "top",
        "tops",
        "touch",
        "under",
        "up",
        "was",
        "were",
        "win",
        "wins",
        "with",
        "within",
    ];
    let t = sentence.trim_end().trim_end_matches(['.', '\u{2026}']);
    let body = t.strip_suffix('%')?;
    let digits = body.len() - body.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let number: f64 = body[body.len() - digits..].parse().ok()?;
    let claim = body[..body.len() - digits].strip_suffix(' ')?;
    if number < 1.0
        || claim.contains('%')
        || !claim.ends_with(|c: char| c.is_alphabetic() || c == ')')
    {
        return None;
    }
    let words: Vec<&str> = claim.split_whitespace().collect();
    let [.., before, last] = words.as_slice() else {
        return None;
    };
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let future = words
        .iter()
        .any(|w| matches!(lower(w).as_str(), "will" | "won't" | "won\u{2019}t"));
    if words.len() < 3
        || !future
        || FIGURE.contains(&lower(last).as_str())
        || matches!(
            lower(before).as_str(),
            "will" | "won't" | "won\u{2019}t" | "to" | "not"
        )
    {
        return None;
    }
    Some(Stated {
        cut: claim.len(),
        from: 0,
        low: number / 100.0,
        high: number / 100.0,
        text: format!("{number}%"),
        hedge: None,
    })
}

/// The length of a transcript's speaker label at the start of a line ("TOM: ", "DR. LEE: "):
/// one to three words in capitals, then a colon; `None` otherwise. A label names who speaks,
/// never the claim (audit 24, E4).
pub(super) fn speaker_label(line: &str) -> Option<usize> {
    let colon = line.find(": ")?;
    let name = &line[..colon];
    let words = name.split_whitespace().count();
    ((1..=3).contains(&words)
        && name.chars().filter(char::is_ascii_alphabetic).count() >= 2
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '\'' | '-')))
    .then_some(colon + 2)
}

/// A quotation that opens with the speaker's own number, its speech tag after it (""I would
/// put it at 80 percent that we see a deal by June," she said."): `stated_lead` read on the
/// quoted words, with its offsets in the whole sentence. The stated number wins over any
/// hedge inside the claim ("we see"), as it does without the quotation marks.
pub(super) fn quoted_lead(sentence: &str) -> Option<Stated> {
    let open = sentence
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\u{201c}'))?;
    let off = open.len_utf8();
    let body = &sentence[off..];
    let close = body.find(['"', '\u{201d}'])?;
    // The tag after the quotation names who spoke; a quotation running on is another shape.
    let tag = body[close..].trim_start_matches(['"', '\u{201d}']).trim();
    if tag.is_empty() || tag.split_whitespace().nth(12).is_some() {
        return None;
    }
    let inner = body[..close].trim_end().trim_end_matches([',', '.', ' ']);
    let st = stated_lead(inner)?;
    Some(Stated {
        cut: st.cut + off,
        from: st.from + off,
        ..st
    })
}

/// A line that opens with its number in brackets, also after the item's own number:
/// "(55%) A ceasefire holds through June", "3. [1 in 4] The mayor resigns this year". The
/// claim after the bracket opens with a capital and has at least three words, none of its
/// first three a share's ("(40%) Of voters ..."). Gives the claim and the number (both
/// ends in percent, as written).
fn bracketed_lead(body: &str) -> Option<(&str, (f64, f64, String))> {
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let body = match body[digits..].strip_prefix(['.', ')']) {
        Some(rest) if digits > 0 && rest.starts_with(' ') => rest.trim_start(),
        _ => body,
    };
    let inner = body.strip_prefix(['(', '['])?;
    let (low, high, used) = stated_prefix(inner)?;
    let claim = inner[used..].strip_prefix([')', ']'])?.trim_start();
    let mut words = claim.split_whitespace();
    let share = words.clone().take(3).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "of" | "share" | "proportion" | "percentage" | "percent" | "rate"
        )
    });
    if share || !claim.starts_with(char::is_uppercase) || words.nth(2).is_none() {
        return None;
    }
    let text = inner[..used].trim().to_string();
    Some((claim, (low, high, text)))
}

/// The words after an author's lead-in to their own number ("I'd say 60%", "I put it at
/// about 60%", "I'd put that at 70%", "we would give this 30%", "call it 60%"): the number
/// and what follows; `None` without such a lead-in. The lead-in is read as a shape: "I" or
/// "we", an optional "'d"/"would"/"will", a verb of rating (say, put, give, make, peg, set,
/// place), an optional object (it, that, this, the odds, the chances, the probability) and
/// "at".
fn author_says(rest: &str) -> Option<&str> {
    const LEADS: &[&str] = &["call it ", "my guess: ", "my estimate: ", "my odds: "];
    // "X, and I would put it at about 60%": the same lead-in after "and".
    let rest = rest
        .get(..4)
        .filter(|h| h.eq_ignore_ascii_case("and "))
        .map_or(rest, |_| rest[4..].trim_start());
    let after = match LEADS.iter().find(|l| {
        rest.get(..l.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(l))
    }) {
        Some(lead) => rest[lead.len()..].trim_start(),
        None => rest.get(rating_lead(rest)?..)?.trim_start(),
    };
    Some(
        ["about ", "around ", "roughly ", "maybe ", "perhaps "]
            .iter()
            .find_map(|a| after.strip_prefix(a))
            .unwrap_or(after)
            .trim_start(),
    )
}

/// The length of "I'd put that at ", "we would say ", "I give it " at the start of `rest`
/// (`author_says`), in any ASCII case, with a straight or curly apostrophe.
fn rating_lead(rest: &str) -> Option<usize> {
    // Words with their ends, split at spaces; an apostrophe splits "i'd" into "i" and "d".
    let mut at = 0;
    let mut next = |rest: &str| -> Option<(String, usize)> {
        let t = rest.get(at..)?;
        let skip = t.len() - t.trim_start().len();
        let t = &t[skip..];
        let len = t.find([' ', '\'', '\u{2019}']).unwrap_or(t.len());
        if len == 0 {
            return None;
        }
        let w = t[..len].to_ascii_lowercase();
        at += skip + len;
        // The apostrophe itself goes with the contraction after it.
        if let Some(c) = rest[at..]
            .chars()
            .next()
            .filter(|c| matches!(c, '\'' | '\u{2019}'))
        {
            at += c.len_utf8();
        }
        Some((w, at))
    };
    let (subject, _) = next(rest)?;
    if !matches!(subject.as_str(), "i" | "we") {
        return None;
    }
    let (mut w, mut end) = next(rest)?;
    if matches!(w.as_str(), "d" | "would" | "will" | "ll") {
        (w, end) = next(rest)?;
    }
    if !matches!(
        w.as_str(),
        "say" | "put" | "give" | "make" | "peg" | "set" | "place" | "rate"
    ) {
        return None;
    }
    let verb = w;
    let mut last = end;
    // An optional object, then "at" (needed after put/peg/set/place).
    let (mut w, mut e) = next(rest)?;
    if matches!(w.as_str(), "the" | "my" | "our" | "those" | "these") {
        let (w2, e2) = next(rest)?;
        if !matches!(
            w2.as_str(),
            "odds" | "chance" | "chances" | "probability" | "likelihood"
        ) {
            return None;
        }
        last = e2;
        (w, e) = next(rest)?;
    } else if matches!(w.as_str(), "it" | "that" | "this" | "them" | "him" | "her") {
        // "X are favourites to win, and I'd put them at 65%": the team or person of the
        // claim stands for it.
        last = e;
        (w, e) = next(rest)?;
    }
    if w == "at" {
        last = e;
    } else if let Some((_, e2)) = ["closer", "nearer", "close"]
        .contains(&w.as_str())
        .then(|| next(rest))
        .flatten()
        .filter(|(to, _)| to == "to")
    {
        // "I'd put it closer to 85%": the number the author moves the odds to.
        last = e2;
    } else if matches!(verb.as_str(), "put" | "peg" | "set" | "place") {
        return None;
    }
    // `last` ends a word: the space after it is trimmed by the caller.
    Some(last)
}

/// The length of a label the author puts before their own forecast ("Prediction: X", "My
/// bet: X", "My prediction is that X", "Here is my forecast: X", "Bottom line: X"), with its
/// separator and the space after; 0 when the sentence has none or too little after it (a
/// "Prediction:" heading opens a list, a "Prediction: Rovers 2, United 1" is a pick).
pub(super) fn forecast_label(sentence: &str) -> usize {
    const LABELS: &[&str] = &[
        "here is my forecast",
        "here's my forecast",
        "here is my prediction",
        "here's my prediction",
        "here is our prediction",
        "my prediction",
        "our prediction",
        "my forecast",
        "our forecast",
        "prediction",
        "forecast",
        "my bet",
        "our bet",
        "my call",
        "our call",
        "the call",
        "bottom line",
        "the bottom line",
        "verdict",
        "the verdict",
        "our verdict",
        "my verdict",
        "my projection",
        "our projection",
        "best bet",
        // "Our pick: Rovers to finish in the top four": a tipster's call.
        "my pick",
        "our pick",
        "my tip",
        "our tip",
    ];
    let Some(label) = LABELS.iter().find(|l| {
        sentence
            .get(..l.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(l))
    }) else {
        return 0;
    };
    let after = &sentence[label.len()..];
    let sep = [
        ": ",
        " \u{2014} ",
        " \u{2013} ",
        " - ",
        "\u{2014}",
        " is that ",
    ]
    .iter()
    .find(|sep| {
        after
            .get(..sep.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(sep))
    });
    let Some(sep) = sep else {
        return 0;
    };
    let n = label.len() + sep.len();
    let rest = sentence[n..].trim_start();
    let n = sentence.len() - rest.len();
    if rest.split_whitespace().nth(3).is_some() && !score_pick(rest) {
        n
    } else {
        0
    }
}

/// The length of a run-in head in capitals before a whole sentence ("EARNINGS FORECAST:
/// Analysts expect Acme to earn $1.10 a share ..."), with its colon and the space after; 0
/// without one. The head (one to four words, letters only) titles what follows: its nouns
/// ("FORECAST") are neither the claim's frame nor its holder. The sentence after it opens
/// with a capitalized word and runs six words or more; a pick ("NBA MVP: Jane Doe, Rovers")
/// keeps its key (round 59).
pub(super) fn run_in_head(sentence: &str) -> usize {
    let Some(colon) = super::claims::find_short(sentence, ": ") else {
        return 0;
    };
    let head = &sentence[..colon];
    let words = head.split_whitespace().count();
    let letters = head.chars().filter(char::is_ascii_alphabetic).count();
    let caps = head
        .chars()
        .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '&' | '-' | '\''));
    let rest = sentence[colon + 2..].trim_start();
    let mut first = rest.chars();
    let opens = first.next().is_some_and(char::is_uppercase)
        && first.next().is_some_and(char::is_lowercase);
    if (1..=4).contains(&words)
        && letters >= 4
        && caps
        && opens
        && rest.split_whitespace().nth(5).is_some()
        && pick_line(sentence).is_none()
    {
        sentence.len() - rest.len()
    } else {
        0
    }
}

/// Whether a key gives its pick as a range of two figures ("Greens: 40-45", "Labour: 230-240
/// seats", "Record prediction: 10-7, second in the division"), as seat projections and
/// season records are laid out. A key with a figure of its own ("2024 Record: 48-34") or a
/// single figure ("CPC: 36.5% (+0.4)", a poll's share) is no such pick (round 59).
pub(super) fn ranged_pick(sentence: &str) -> bool {
    let Some((key, value)) = sentence.split_once(": ") else {
        return false;
    };
    let first = value.split_whitespace().next().unwrap_or("");
    let mut parts = first
        .trim_end_matches([',', '.', ';'])
        .splitn(2, ['-', '\u{2013}']);
    let number = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit() || c == '.');
    key.chars().any(char::is_alphabetic)
        && !key.contains(|c: char| c.is_ascii_digit() || c == '[')
        && parts.next().is_some_and(number)
        && parts.next().is_some_and(number)
}

/// Whether a line gives the writer's one call in a few words under a singular key
/// ("Prediction: Rovers in 6", "My prediction: Hawks by 7"): a pick, not a line opening a
/// list ("Prediction:" alone, "Box Office Predictions: A Slow Weekend" name several; round 59).
pub(super) fn short_prediction(sentence: &str) -> bool {
    let Some((key, value)) = sentence.split_once(": ") else {
        return false;
    };
    let key = key.trim().to_lowercase();
    let words = key.split_whitespace().count();
    (1..=3).contains(&words)
        && key.ends_with("prediction")
        && !key.contains(|c: char| c.is_ascii_digit())
        && (1..=5).contains(&value.split_whitespace().count())
        && pick_line(sentence).is_some()
}

/// A ranked item whose marker is missing: "River Song ($9 million)" between "#2: The Quiet
/// Harbor ($22 million)" and the next line of a projected top five (ties are often written
/// without their rank). A name of one to eight words opening with a capital or a digit, then its
/// amount in brackets closing the line: a currency sign, a figure, at most two words more
/// ("$3 million"). `extract` reads it only in an open predictions section, on a line of its
/// own right after a list item or another such line (round 64, x64m).
pub(super) fn amount_item(sentence: &str) -> bool {
    let Some(body) = sentence.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some((name, inner)) = body.rsplit_once('(') else {
        return false;
    };
    let inner = inner.trim();
    let figure = inner
        .strip_prefix(['$', '\u{a3}', '\u{20ac}'])
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let name = name.trim();
    figure
        && inner.split_whitespace().count() <= 3
        && (1..=8).contains(&name.split_whitespace().count())
        && name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !name.contains(['(', ')', '?', '!'])
}

/// A pick told in the present tense in the prose of a predictions piece ("Buffalo still
/// falls short of the playoffs.", "In a battle of winless teams, the game stays close
/// throughout.", "Their luck runs out against the Hawks."): the writer narrates the outcome
/// he predicts as if it were happening. An outcome verb of a contest in the present tense
/// ("wins", "beats", "falls short", "comes up short", "makes the playoffs"), a plural one
/// only after "they" or "and" ("they respond and win by a touchdown"); no question, no
/// past tense of a report ("won", "was"), no condition. `extract` reads it only where a
/// predictions section is open and no hedge or cue reads the sentence (round 63).
pub(super) fn present_pick(sentence: &str) -> bool {
    let t = sentence.trim_end();
    if !t.ends_with(['.', '!']) {
        return false;
    }
    let words: Vec<String> = t
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
                .to_lowercase()
                .replace('\u{2019}', "'")
        })
        .collect();
    if !(4..=40).contains(&words.len()) {
        return false;
    }
    // A report or a condition: "won", "was", "if the defense holds".
    let reported = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "if" | "unless"
                | "won"
                | "beat"
                | "was"
                | "were"
                | "had"
                | "has"
                | "have"
                | "did"
                | "last"
                | "yesterday"
                | "ago"
                | "said"
                | "says"
        )
    });
    if reported {
        return false;
    }
    const SINGULAR: &[&str] = &[
        "wins", "beats", "tops", "edges", "upsets", "sweeps", "clinches", "advances", "prevails",
        "outlasts", "survives", "loses", "cruises", "covers",
    ];
    const PLURAL: &[&str] = &[
        "win", "beat", "top", "edge", "upset", "sweep", "clinch", "advance", "prevail", "outlast",
        "survive", "lose", "cruise", "cover",
    ];
    let after = |i: usize, w: &[&str]| {
        w.iter()
            .enumerate()
            .all(|(k, x)| words.get(i + 1 + k).is_some_and(|y| y == x))
    };
    words.iter().enumerate().any(|(i, w)| {
        let prev = if i > 0 { words[i - 1].as_str() } else { "" };
        let plural_subject = matches!(prev, "they" | "and" | "teams");
        // "no real edges", "two wins": the noun, not the verb.
        let noun = matches!(
            prev,
            "no" | "the"
                | "a"
                | "an"
                | "their"
                | "its"
                | "his"
                | "her"
                | "our"
                | "my"
                | "real"
                | "big"
                | "more"
                | "most"
                | "many"
                | "few"
                | "of"
                | "straight"
                | "road"
                | "home"
                | "those"
                | "these"
                | "with"
        ) || prev.chars().any(|c| c.is_ascii_digit());
        (SINGULAR.contains(&w.as_str()) && !noun)
            || (plural_subject && PLURAL.contains(&w.as_str()))
            || (matches!(w.as_str(), "falls" | "comes") && after(i, &["short"]))
            || (matches!(w.as_str(), "comes" | "come") && after(i, &["up", "short"]))
            || (w == "fall" && plural_subject && after(i, &["short"]))
            || (matches!(w.as_str(), "runs" | "run") && after(i, &["out"]))
            || (matches!(w.as_str(), "stays" | "stay") && after(i, &["close"]))
            || (w == "bottoms" && after(i, &["out"]))
            || (matches!(w.as_str(), "holds" | "hangs") && after(i, &["on"]))
            || (matches!(w.as_str(), "makes" | "misses")
                && words.get(i + 1).is_some_and(|x| x == "the")
                && words.get(i + 2).is_some_and(|x| {
                    matches!(
                        x.as_str(),
                        "playoffs" | "postseason" | "final" | "finals" | "cut" | "tournament"
                    )
                }))
    })
}

/// Whether a line is a credit under a key ("Photo: Reuters", "Source: the agency"): it
/// names where something comes from, no pick (round 59).
pub(super) fn credit_line(sentence: &str) -> bool {
    sentence.split_once(": ").is_some_and(|(key, _)| {
        matches!(
            key.trim().to_lowercase().as_str(),
            "photo"
                | "photos"
                | "image"
                | "images"
                | "picture"
                | "credit"
                | "source"
                | "sources"
                | "via"
                | "updated"
        )
    })
}

/// A line that is only the label of the author's call ("Our call:", "Verdict:", "The
/// call"), standing as a heading over the short sentence that states it ("Our call:" then
/// "Rovers win by two goals."). "Prediction:" and "Forecast:" alone open a list instead
/// (`trigger_in`), so they are not among these.
pub(super) fn call_heading(sentence: &str) -> bool {
    const LABELS: &[&str] = &[
        "our call",
        "my call",
        "the call",
        "verdict",
        "the verdict",
        "our verdict",
        "my verdict",
        "best bet",
        "bottom line",
        "the bottom line",
    ];
    let t = sentence
        .trim()
        .trim_end_matches([':', '.', '\u{2014}', '-'])
        .trim_end();
    LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
}

/// A sentence that is only a probability ("65%", "(65%)", "Probability: 65%"), which a
/// forecaster puts after the claim it belongs to.
pub(super) fn lone_number(sentence: &str) -> Option<Stated> {
    let t = sentence
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')', '!', '\u{2026}'])
        .trim();
    // "(As measured by DolarToday) - 80%": an aside to the claim before, then its number.
    let t = match t.split_once(')') {
        Some((_, rest)) if sentence.trim_start().starts_with('(') && !rest.trim().is_empty() => {
            rest.trim_start_matches([' ', '-', '\u{2013}', '\u{2014}', ':', ','])
                .trim()
        }
        _ => t,
    };
    let asked = t.ends_with('?');
    let t = t.trim_end_matches('?').trim_end_matches(['.', ')']).trim();
    // "Maybe 25%?", "Perhaps 30%.": a guess at the chance of the claim before. A bare
    // "10%?" asks (a list of numbers a question offers), it states nothing.
    let guess = [
        "maybe ",
        "perhaps ",
        "probably ",
        "roughly ",
        "about ",
        "around ",
    ]
    .iter()
    .find_map(|l| {
        t.get(..l.len())
            .filter(|h| h.eq_ignore_ascii_case(l))
            .map(|_| t[l.len()..].trim())
    });
    if asked && guess.is_none() {
        return None;
    }
    let t = guess.unwrap_or(t);
    // "Just kidding: 10%.", "Realistically, 30%.", "Correction: 15%": a retraction or a
    // second thought before the number takes back the chance the claim before stated and
    // gives this one (audit 22, C2); the words are no claim of their own.
    let t = retraction(t).unwrap_or(t);
    let t = ["probability:", "chance:", "odds:", "confidence:"]
        .iter()
        .find_map(|l| {
            t.get(..l.len())
                .filter(|h| h.eq_ignore_ascii_case(l))
                .map(|_| t[l.len()..].trim())
        })
        .unwrap_or(t);
    // "Markets say 60%; I say 85%.", "Traders put the odds at 60%, but I'd put it closer to
    // 85%.": another party's number, then the author's own; the author's is the claim
    // before's (issue 13, round 49).
    let t = others_then_mine(t).unwrap_or(t);
    // "I'd say 60%.", "I put it at 60%.": the author's number for the claim before.
    let t = author_says(t).unwrap_or(t);
    // "I'm 90% confident.", "I am 85% sure of that.": the author's confidence in the claim
    // before, the number read as "90% confident." is (round 49).
    let t = my_confidence(t).unwrap_or(t);
    // "Coin flip.", "A toss-up.", "Fifty-fifty.": an even chance said in words, the whole
    // line (audit 24, E2).
    let even = ["a ", "it's a ", "it's "]
        .iter()
        .find_map(|a| {
            t.get(..a.len())
                .filter(|h| h.eq_ignore_ascii_case(a))
                .map(|_| &t[a.len()..])
        })
        .unwrap_or(t);
    if [
        "coin flip",
        "coin-flip",
        "coin toss",
        "toss-up",
        "toss up",
        "fifty-fifty",
        "fifty fifty",
        "50-50",
        "50/50",
    ]
    .iter()
    .any(|e| even.eq_ignore_ascii_case(e))
    {
        return Some(Stated {
            cut: 0,
            from: 0,
            low: 0.5,
            high: 0.5,
            text: even.to_string(),
            hedge: None,
        });
    }
    // "80% confident.", "20% tops.", "Maybe 1 in 4.": a word of confidence or of an upper
    // bound after the number, or a softener before it, leaves the number as stated
    // (audit 18, A4): "tops" or "at most" bounds the chance, and the bound is the number.
    let t = [
        "confident",
        "sure",
        "certain",
        "tops",
        "max",
        "at most",
        "at best",
    ]
    .iter()
    .find_map(|w| {
        let (head, tail) = t.split_at_checked(t.len().checked_sub(w.len())?)?;
        (tail.eq_ignore_ascii_case(w) && head.ends_with(' ')).then(|| head.trim_end())
    })
    .unwrap_or(t);
    let t = ["maybe ", "perhaps ", "about ", "roughly ", "around "]
        .iter()
        .find_map(|w| {
            t.get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .map(|_| &t[w.len()..])
        })
        .unwrap_or(t);
    let (low, high, used) = stated_prefix(t)?;
    (used == t.len()).then(|| Stated {
        cut: 0,
        from: 0,
        low: low / 100.0,
        high: high / 100.0,
        text: t.to_string(),
        hedge: None,
    })
}

/// The number of "I'm 90% sure of it" as "90% sure": a first-person subject ("I'm", "I am",
/// "we're", "we are") before a number of confidence, with "of it", "of that", "about it"
/// or "about that" after it dropped; `None` unless the words after the subject end in a
/// word of confidence (so "I'm 40% done" stays as it is).
fn my_confidence(t: &str) -> Option<&str> {
    let rest = [
        "i'm ",
        "i\u{2019}m ",
        "i am ",
        "we're ",
        "we\u{2019}re ",
        "we are ",
    ]
    .iter()
    .find_map(|p| {
        t.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| t[p.len()..].trim_start())
    })?;
    let rest = [" of it", " of that", " about it", " about that"]
        .iter()
        .find_map(|o| {
            let (head, tail) = rest.split_at_checked(rest.len().checked_sub(o.len())?)?;
            tail.eq_ignore_ascii_case(o).then_some(head)
        })
        .unwrap_or(rest);
    let last = rest.rsplit(' ').next()?.to_ascii_lowercase();
    matches!(last.as_str(), "sure" | "confident" | "certain").then_some(rest)
}

/// The author's part of a sentence that gives another party's number, then the author's own,
/// joined by a semicolon or ", but"/", while"/", and" ("Markets say 60%; I say 85%", "Traders
/// put the odds at about 60%, but I'd put it closer to 85%"): the words after the join, when
/// they open with the author's lead-in (`author_says`) and the words before it end in a
/// number.
fn others_then_mine(t: &str) -> Option<&str> {
    // The words before the join end in a number, so they hold a digit (a byte test first: the
    // four searches for a join were most of `lone_number`'s work on prose; tenth speed round).
    if super::fast_paths::on() && !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (at, len) = ["; ", ", but ", ", while ", ", and "]
        .iter()
        .filter_map(|j| t.rfind(j).map(|at| (at, j.len())))
        .max()?;
    let (head, tail) = (&t[..at], &t[at + len..]);
    let ends_in_number = head.char_indices().any(|(i, c)| {
        (i == 0 || head[..i].ends_with(' '))
            && c.is_ascii_digit()
            && stated_prefix(&head[i..]).is_some_and(|(_, _, used)| i + used == head.len())
    });
    (ends_in_number && author_says(tail).is_some()).then_some(tail)
}

/// The words after a retraction or second thought that opens a sentence ("Just kidding: ",
/// "Realistically, ", "Scratch that: "), or `None`. Only these fixed openers: a label of
/// any other words before a colon may name a claim of its own ("Rates: 60%").
fn retraction(t: &str) -> Option<&str> {
    const OPENERS: &[&str] = &[
        "just kidding",
        "kidding",
        "jk",
        "j/k",
        "only joking",
        "joking",
        "scratch that",
        "correction",
        "actually",
        "realistically",
        "seriously",
        "honestly",
        "to be honest",
        "in truth",
        "ok, fine",
        "okay, fine",
        "fine",
        "more like",
        "update",
        "on reflection",
        "on second thought",
        "second thoughts",
    ];
    OPENERS.iter().find_map(|o| {
        let head = t.get(..o.len())?;
        let rest = t[o.len()..].trim_start_matches(['!', '.']);
        (head.eq_ignore_ascii_case(o) && rest.starts_with([':', ',', ' ']))
            .then(|| rest.trim_start_matches([':', ',']).trim_start())
            .filter(|r| !r.is_empty())
    })
}

/// The answer to a question before it: a short verdict, a comma or colon, then the lone
/// number ("Unlikely, maybe 20%.", "I think not: 20%.", "Yes, 70%."). The question is the
/// claim, the number its probability (`lone_number`); the verdict of at most three words is
/// no claim of its own.
pub(super) fn answered_number(sentence: &str) -> Option<Stated> {
    let t = sentence.trim();
    let at = t.find([',', ':'])?;
    let (verdict, rest) = (&t[..at], &t[at + 1..]);
    if verdict.split_whitespace().nth(3).is_some()
        || !verdict.starts_with(|c: char| c.is_alphabetic())
        || verdict.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    lone_number(rest)
}

/// A reply with no event of its own, which a number after it gives to the forecast it
/// answers: "I'm less sure", "I disagree", "Not so sure", "I'm more confident than that".
/// At most six words, with a word of doubt or agreement and no verb naming an event.
pub(super) fn bare_reply(sentence: &str) -> bool {
    let t = sentence
        .trim()
        .trim_end_matches(['.', '!', '?'])
        .to_ascii_lowercase()
        .replace('\u{2019}', "'");
    let w: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    !w.is_empty()
        && w.len() <= 6
        && w.iter().any(|x| {
            matches!(
                *x,
                "sure" | "convinced" | "confident" | "certain" | "disagree" | "agree" | "doubt"
            )
        })
        && w.iter().all(|x| {
            matches!(
                *x,
                "i'm"
                    | "i"
                    | "am"
                    | "not"
                    | "so"
                    | "less"
                    | "more"
                    | "quite"
                    | "very"
                    | "that"
                    | "than"
                    | "sure"
                    | "convinced"
                    | "confident"
                    | "certain"
                    | "disagree"
                    | "agree"
                    | "doubt"
                    | "it"
                    | "really"
                    | "as"
                    | "i'd"
                    | "be"
                    | "much"
                    | "hmm"
                    | "well"
                    | "no"
                    | "yes"
                    | "oh"
            )
        })
}

/// Whether `sentence` opens with a verdict of likelihood before its comma or colon ("Very
/// likely, maybe 90%", "Probably not: 20%"): with `answered_number`, a rating of the
/// statement before.
pub(super) fn likelihood_verdict(sentence: &str) -> bool {
    // (Read in place, in either case: this runs on nearly every sentence, and lower-casing a
    // copy of each was most of its cost.)
    let t = sentence.trim();
    let Some(at) = t.find([',', ':']) else {
        return false;
    };
    t[..at].split_whitespace().any(|w| {
        [
            "likely",
            "unlikely",
            "probably",
            "possibly",
            "doubtful",
            "certain",
            "plausible",
        ]
        .iter()
        .any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// What a sentence says about the predictions around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Trigger {
    /// "My predictions for 2025", "Our picks:": what follows are forecasts.
    Opens,
    /// "How I did with my 2025 predictions": what follows is a review of past ones.
    Reviews,
}

/// Whether `sentence` announces predictions (or a review of past ones). `year` is the
/// publication year: a prediction list named for an earlier year is a review.
#[cfg(test)]
pub(super) fn trigger(sentence: &str, year: i32) -> Option<Trigger> {
    trigger_in(sentence, &tokens(sentence), year)
}

/// `trigger` over the `tokens` of `sentence` already made.
pub(super) fn trigger_in(sentence: &str, toks: &[Token<'_>], year: i32) -> Option<Trigger> {
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    // "Here is the projected top ten for the weekend:": a line announcing a list of what is
    // projected, predicted or expected. "Here is what I predicted one year ago:", dated in
    // the past, announces the calls it then scores (audit 30, K2).
    if sentence.trim_end().ends_with(':')
        && w.len() <= 14
        && w.iter()
            .any(|x| matches!(*x, "projected" | "predicted" | "expected" | "forecasted"))
        && !w
            .iter()
            .any(|x| matches!(*x, "was" | "were" | "had" | "did"))
    {
        let dated_past = w.contains(&"ago")
            || w.windows(2).any(|p| p == ["last", "year"])
            || w.iter()
                .any(|x| x.len() == 4 && x.parse::<i32>().is_ok_and(|y| y < year && y > 1900));
        return Some(if dated_past {
            Trigger::Reviews
        } else {
            Trigger::Opens
        });
    }
    if outlook_opening(sentence, &w) {
        return Some(Trigger::Opens);
    }
    // "Here is how we see the season playing out": the writer's picks follow.
    if seen_playing_out(&w) {
        return Some(Trigger::Opens);
    }
    // "Our calls for 2027:", "Our outlook for 2027:": a short line naming the writer's calls
    // opens a list of them as well; these two nouns mean other things in
    // prose ("calls for a ceasefire", "the outlook is poor"), so only there (round 41).
    // "Calls for a ceasefire:" demands something: no calls of the writer.
    // (A bare "Outlook" title over prose names a section, not a list: the line ends on its
    // colon and says whose calls or which year.)
    let heading = w.len() <= 8
        && sentence.trim_end().ends_with(':')
        && w.iter().any(|x| {
            matches!(*x, "my" | "our" | "key")
                || x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit())
        });
    let noun = w.iter().enumerate().position(|(i, x)| {
        matches!(
            *x,
            "predictions" | "prediction" | "picks" | "forecasts" | "predicting" | "projections"
        ) || heading && *x == "outlook"
            || heading
                && *x == "calls"
                && !(matches!(w.get(i + 1), Some(&("for" | "on" | "to")))
                    && matches!(w.get(i + 2), Some(&("a" | "an" | "the" | "more"))))
    })?;
    // "a prediction like that", "predictions are fun": about predictions, not a list of them.
    // The owner stands just before the noun ("my bold 2025 predictions"); a "their" earlier
    // in a forecast ("... hang onto their majority, according to predictions from ...") owns
    // something else.
    let owned = w[noun.saturating_sub(3)..noun].iter().any(|x| {
        matches!(
            *x,
            "my" | "our"
                | "his"
                | "her"
                | "their"
                | "key"
                | "bold"
                | "season"
                | "early"
                | "make"
                | "making"
                | "yearly"
                | "annual"
                | "these"
        ) || x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit())
    }) || w.get(noun + 1).is_some_and(|x| {
        matches!(*x, "for" | "2010" | "2030")
            || x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit())
    }) || sentence.trim_end().ends_with(':')
        // "Box Office Predictions: A Slow Weekend Ahead": a title naming its predictions.
        || (noun <= 3 && sentence[toks[noun].2..].starts_with(':'))
        || w.len() <= 6;
    if !owned {
        return None;
    }
    // "I've never published any of these predictions", "I haven't made my picks": predictions
    // denied in the clause that names them announce no list and review none (a post's
    // preamble, before prose forecasts that are read as they stand).
    if w[..noun]
        .iter()
        .rev()
        .take(6)
        .any(|x| matches!(*x, "never" | "not" | "no" | "neither" | "nor") || x.ends_with("n't"))
    {
        return None;
    }
    // "At the beginning of every year, I make predictions": a habit, which opens no list.
    if w.windows(2).any(|p| {
        matches!(p[0], "every" | "each")
            && matches!(
                p[1],
                "year" | "month" | "week" | "day" | "season" | "january" | "december"
            )
    }) {
        return None;
    }
    // "Like last year, here are my predictions for 2017", "My predictions for 2017 (see how
    // I did on 2016's)": the clause naming the predictions names a year not yet over and
    // grades nothing, so they open a list, whatever the clauses around say of past years.
    if clause_looks_ahead(sentence, toks, &w, noun, year) {
        return Some(Trigger::Opens);
    }
    let past_year = w.iter().any(|x| {
        x.len() == 4
            && x.bytes().all(|b| b.is_ascii_digit())
            && x.parse::<i32>().is_ok_and(|y| y < year && y > 1900)
    });
    // "... documented them for others to review": a review still to come looks ahead.
    let looks_back = w.iter().enumerate().any(|(i, x)| {
        matches!(
            *x,
            "did" | "graded" | "grading" | "review" | "scored" | "results" | "last" | "were"
        ) && !(*x == "review" && i > 0 && w[i - 1] == "to")
    });
    Some(if past_year || looks_back {
        Trigger::Reviews
    } else {
        Trigger::Opens
    })
}

/// Whether the clause of `sentence` that holds the predictions noun (`toks[noun]`) names a
/// year not yet over ("for 2017", "my 2017 predictions", "this year's", "next year") and no
/// grading of predictions ("how I did", "results", "graded", "last"). The clause runs between
/// commas, semicolons, colons, brackets, dashes and sentence ends. `year`: the publication's.
fn clause_looks_ahead(
    sentence: &str,
    toks: &[Token<'_>],
    w: &[&str],
    noun: usize,
    year: i32,
) -> bool {
    const STOPS: &[char] = &[
        ',', ';', ':', '(', ')', '.', '!', '?', '\u{2014}', '\u{2013}',
    ];
    let (at, end) = (toks[noun].1, toks[noun].2);
    let from = sentence[..at].rfind(STOPS).map_or(0, |i| i + 1);
    let to = sentence[end..]
        .find(STOPS)
        .map_or(sentence.len(), |i| end + i);
    // (The words are in order: the clause's are one run of `w` around the noun.)
    let first = toks[..noun]
        .iter()
        .rposition(|t| t.1 < from)
        .map_or(0, |i| i + 1);
    let last = toks[noun..]
        .iter()
        .position(|t| t.2 > to)
        .map_or(toks.len(), |i| noun + i);
    let w = &w[first..last];
    let ahead = w
        .iter()
        .any(|x| x.len() == 4 && x.parse::<i32>().is_ok_and(|y| y >= year && y <= year + 1))
        || w.windows(2).any(|p| {
            matches!(p[0], "this" | "next" | "coming" | "new")
                && matches!(p[1], "year" | "year's" | "year\u{2019}s")
        });
    let grading = w.iter().any(|x| {
        matches!(
            *x,
            "did"
                | "do"
                | "how"
                | "graded"
                | "grading"
                | "grade"
                | "scored"
                | "scoring"
                | "score"
                | "results"
                | "review"
                | "reviewing"
                | "reviewed"
                | "revisiting"
                | "revisited"
                | "checking"
                | "were"
                | "was"
                | "went"
                | "fared"
                | "doing"
                | "last"
                | "past"
                | "old"
                | "previous"
        )
    });
    ahead && !grading
}

/// "Here is what they expect:", "What the banks see for 2027:": a line opening an outlook
/// list of calls, each item held by the name before its colon or dash (`holder_item`).
/// "What to expect:" (an infinitive) announces a programme, not calls. `w`: its words.
pub(super) fn outlook_opening(sentence: &str, w: &[&str]) -> bool {
    sentence.trim_end().ends_with(':')
        && w.len() <= 14
        && w.iter().enumerate().any(|(i, x)| {
            matches!(
                *x,
                "expect" | "expects" | "see" | "sees" | "forecast" | "forecasts"
            ) && i > 0
                && !matches!(w[i - 1], "to" | "you" | "i" | "we" | "should" | "can")
        })
        && w.iter().any(|x| matches!(*x, "what" | "how"))
        && !w
            .iter()
            .any(|x| matches!(*x, "was" | "were" | "had" | "did" | "expected"))
}

/// An item of an outlook list held by the name before its colon or dash: "Goldman Sachs:
/// two cuts by June", "JPMorgan: a hold through March", "Morgan Stanley - oil at $70 by
/// year-end" (audit 28, E25). Returns the holder and the byte offset where the call starts.
/// The name is one to four capitalized words with no digits ("Bank of America" may hold
/// "of"); the call is at least two words.
pub(super) fn holder_item(sentence: &str) -> Option<(String, usize)> {
    let (at, sep) = [": ", " - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|sep| sentence.find(sep).map(|i| (i, *sep)))
        .min_by_key(|(i, _)| *i)?;
    let name = sentence[..at]
        .trim()
        .trim_start_matches(['-', '*', '\u{2022}', ' ']);
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |x: &&str| {
        x.starts_with(|c: char| c.is_uppercase()) && !x.chars().any(|c| c.is_ascii_digit())
    };
    let named = (1..=4).contains(&words.len())
        && words.first().is_some_and(capital)
        && words.last().is_some_and(capital)
        && words
            .iter()
            .all(|x| capital(x) || matches!(*x, "of" | "&" | "and" | "de"));
    // "- Inflation: 2.5% by December", "GDP growth - 1.5%": a topic's key, not a holder.
    let topic = words.iter().any(|x| {
        matches!(
            x.to_lowercase().as_str(),
            "inflation"
                | "growth"
                | "gdp"
                | "rates"
                | "rate"
                | "unemployment"
                | "jobs"
                | "wages"
                | "oil"
                | "gold"
                | "stocks"
                | "equities"
                | "bonds"
                | "housing"
                | "dollar"
                | "euro"
                | "yen"
                | "sterling"
                | "recession"
                | "outlook"
                | "timing"
                | "risk"
                | "risks"
                | "base"
                | "bottom"
                | "upside"
                | "downside"
                | "target"
                | "forecast"
                | "why"
                | "what"
                | "when"
                | "note"
        )
    });
    let from = at + sep.len();
    let call = sentence[from..].trim();
    (named && !topic && call.split_whitespace().nth(1).is_some()).then(|| (name.to_string(), from))
}

/// A call a list item states as a bare level ("oil at $70 by year-end") said as a "will"
/// claim ("Oil will be at $70 by year-end"); other calls as they are.
pub(super) fn will_call(call: &str) -> String {
    let words: Vec<&str> = call.split_whitespace().collect();
    let verb = words.iter().any(|x| {
        matches!(
            x.to_lowercase().as_str(),
            "is" | "are" | "will" | "would" | "could" | "may" | "might" | "to" | "be"
        )
    });
    match words.iter().position(|x| *x == "at") {
        Some(i)
            if (1..=4).contains(&i)
                && !verb
                && words.get(i + 1).is_some_and(|n| {
                    n.trim_start_matches(['$', '\u{20ac}', '\u{a3}'])
                        .starts_with(|c: char| c.is_ascii_digit())
                }) =>
        {
            format!("{} will be {}", words[..i].join(" "), words[i..].join(" "))
        }
        _ => call.to_string(),
    }
}

/// "How I see the season playing out", "how we see the table shaking out": the writer
/// announcing a season's or a contest's picks. A first person sees, and a verb of things
/// unfolding follows within a few words.
fn seen_playing_out(w: &[&str]) -> bool {
    w.iter().enumerate().any(|(i, x)| {
        matches!(*x, "see" | "expect" | "think")
            && i > 0
            && w[..i].iter().rev().take(5).any(|y| *y == "how")
            && w[..i]
                .iter()
                .rev()
                .take(3)
                .any(|y| matches!(*y, "i" | "we"))
            && w[i + 1..].iter().take(5).any(|y| {
                matches!(
                    *y,
                    "playing" | "shaking" | "unfolding" | "finishing" | "ending"
                )
            })
    })
}

/// "Newcastle 1-2 Arsenal", "Rovers 2–0 United.": a whole line naming two sides with a score
/// between them, as football predictions are laid out. Names of one to three capitalized
/// words; scores under 20.
pub(super) fn hyphen_score_pick(sentence: &str) -> bool {
    // The score's first number ends in a digit right before its hyphen or en dash: a
    // sentence with none is no such pick (most are not; checked before any searching).
    let b = sentence.as_bytes();
    if !(1..b.len()).any(|i| {
        b[i - 1].is_ascii_digit() && (b[i] == b'-' || b[i..].starts_with("\u{2013}".as_bytes()))
    }) {
        return false;
    }
    // "Rovers 2-1 United. — J.P.": a sign-off after the pick is not part of it.
    let line = [" — ", " – ", " - "]
        .iter()
        .filter_map(|d| sentence.find(d))
        .min()
        .map_or(sentence, |cut| &sentence[..cut]);
    let line = line.trim().trim_end_matches(['.', '!']).trim_end();
    // At most seven words: longer lines are prose, and are let go before any is listed.
    if line.split_whitespace().nth(7).is_some() || !line.contains(['-', '–']) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(k) = words.iter().position(|w| {
        w.split_once(['-', '–']).is_some_and(|(a, b)| {
            a.parse::<u8>().is_ok_and(|n| n < 20) && b.parse::<u8>().is_ok_and(|n| n < 20)
        })
    }) else {
        return false;
    };
    let name = |part: &[&str]| {
        (1..=3).contains(&part.len())
            && part
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    name(&words[..k]) && name(&words[k + 1..])
}

/// A score pick closing a sentence: "... and win late: Denver 20, Kansas City 17 (KC -2.5)",
/// "Chiefs 27, Raiders 24." Two names of one to three capitalized words, each with a score
/// under 200, before an optional parenthetical (the betting line) and the end.
pub(super) fn score_pick(sentence: &str) -> bool {
    let mut tail = sentence.trim_end().trim_end_matches(['.', '!']).trim_end();
    if tail.ends_with(')') {
        if let Some(open) = tail.rfind('(') {
            tail = tail[..open].trim_end();
        }
    }
    let Some((a, b)) = tail.rsplit_once(", ") else {
        return false;
    };
    let side = |part: &str, whole: bool| {
        // The score first: nearly every sentence fails there, before its words are listed.
        if !part
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.parse::<u32>().is_ok_and(|n| n < 200))
        {
            return false;
        }
        let words: Vec<&str> = part.split_whitespace().collect();
        let Some((score, name)) = words.split_last() else {
            return false;
        };
        let scored = score.parse::<u32>().is_ok_and(|n| n < 200);
        let name: Vec<&&str> = name
            .iter()
            .rev()
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
            .collect();
        let all = words.len() - 1;
        scored && (1..=3).contains(&name.len()) && (!whole || name.len() == all)
    };
    side(b, true) && side(a, false)
}

/// Words in the key of a "Key: Value" line that name the outcome of a contest.
const CONTEST_KEYS: &[&str] = &[
    "mvp",
    "champion",
    "champions",
    "championship",
    "finals",
    "final",
    "winner",
    "winners",
    "pick",
    "picks",
    "prediction",
    "predictions",
    "record",
    "standings",
    "1st",
    "2nd",
    "3rd",
    "4th",
    "5th",
    "playoffs",
    "title",
    "podium",
];

/// How the key of a pick line says its pick is meant, in the "Will win: / Could win: /
/// Should win:" layout of awards picks: what the writer expects, what might happen, or what
/// the writer would prefer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PickKey {
    /// "Will win", "Who will win", "Winner", "To win": the writer's call.
    Will,
    /// "Could win", "Might win", "Dark horse", "Spoiler": a possibility.
    Could,
    /// "Should win", "Deserves to win", "Snubbed": a preference, not a forecast.
    Should,
    /// Any other key ("MVP", "1st").
    Plain,
}

/// The kind of a pick line's key (the text before its colon).
pub(super) fn pick_key(key: &str) -> PickKey {
    let toks = tokens(key);
    let w: Vec<&str> = toks.iter().map(|t| t.0.as_ref()).collect();
    let has = |x: &str| w.contains(&x);
    if ["should", "deserves", "deserve", "snubbed", "snub"]
        .iter()
        .any(|x| has(x))
    {
        PickKey::Should
    } else if ["could", "might", "possible"].iter().any(|x| has(x))
        || w.windows(2)
            .any(|p| (p[0] == "dark" && p[1] == "horse") || (p[0] == "may" && p[1] == "win"))
        || has("spoiler")
        || has("sleeper")
    {
        PickKey::Could
    } else if has("will") || has("winner") || w.windows(2).any(|p| p == ["to", "win"]) {
        PickKey::Will
    } else {
        PickKey::Plain
    }
}

/// Whether a pick line's key asks who or what will win ("Who Will Win", "What will win"):
/// the writer's call wherever it stands on its line.
pub(super) fn will_win_key(key: &str) -> bool {
    let w: Vec<String> = key
        .split_whitespace()
        .map(|x| x.to_ascii_lowercase())
        .collect();
    w.len() <= 3
        && w.windows(2).any(|p| p[0] == "will" && p[1] == "win")
        && w.first()
            .is_some_and(|x| matches!(x.as_str(), "who" | "what" | "will"))
}

/// Words of a key that give a game's logistics (its time, place, broadcast or officials):
/// such a line schedules or informs, it picks nothing.
const LOGISTICS_KEYS: &[&str] = &[
    "kickoff",
    "kick-off",
    "tipoff",
    "tip-off",
    "puck-drop",
    "first-pitch",
    "time",
    "times",
    "date",
    "venue",
    "stadium",
    "arena",
    "location",
    "tv",
    "channel",
    "stream",
    "streaming",
    "broadcast",
    "radio",
    "watch",
    "referee",
    "umpire",
    "tickets",
];

/// A "Key: Value" line whose value is short (the pick): "MVP: Jane Doe", "1st: A. Driver",
/// "Finals: Lakers over Nets — a comment". `contest` says whether its key names a contest's
/// outcome ("MVP", "of the Year", "Champions") so the line is a pick even outside a list of
/// predictions. Returns the byte offset of the colon.
pub(super) fn pick_line(sentence: &str) -> Option<(usize, bool)> {
    let colon = sentence.find(':')?;
    // "kick-off at 7:40 p.m.": a clock time, not a key.
    if sentence[..colon].ends_with(|c: char| c.is_ascii_digit())
        && sentence[colon + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let key = &sentence[..colon];
    let key_words = key.split_whitespace().count();
    if key_words == 0 || key_words > 7 || key.contains(['.', '?', '!', '"', '“']) {
        return None;
    }
    // "Kickoff: 3pm ET Saturday", "TV Channel/Stream: Peacock": when, where and how to watch
    // a game, not what will happen in it.
    if key
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| LOGISTICS_KEYS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let after = &sentence[colon + 1..];
    let value = after.split([' ', '\u{a0}']).collect::<Vec<_>>().join(" ");
    let value = value.split(" — ").next().unwrap_or("");
    let value = value.split(" – ").next().unwrap_or("").trim();
    let words: Vec<&str> = value.split_whitespace().collect();
    // "47-25, third in the West, then gone in round two": a record and where it
    // ends may run longer than a name.
    let record = words
        .first()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('-'));
    if words.is_empty() || words.len() > if record { 16 } else { 10 } {
        return None;
    }
    let lower = key.to_lowercase();
    // "Odds: Acme (+275) vs Rovers (-110) | Draw (+260)": the bookmakers' prices of every
    // side, the market and no pick; "Picks against the spread this season: 15-16-1": the
    // writer's tally so far.
    let prices = value
        .match_indices(['(', '['])
        .filter(|(at, _)| {
            let p = &value[at + 1..];
            p.strip_prefix(['+', '-', '\u{2212}'])
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        })
        .count();
    let tally = record
        && words.len() == 1
        && lower.contains("pick")
        && [
            "so far",
            "this season",
            "this year",
            "to date",
            "record",
            "overall",
            "last week",
        ]
        .iter()
        .any(|x| lower.contains(x));
    if prices >= 2 || tally {
        return None;
    }
    // A pick names someone or something, or a score: capitalized words or digits, quoted
    // or not ("Will win: \"Oppenheimer\"").
    let named = words.iter().any(|w| {
        w.trim_start_matches(['"', '\u{201c}', '\u{2018}', '\''])
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    // Not a sentence: no finite verb among common ones.
    let verbal = words.iter().any(|w| {
        matches!(
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "said"
        )
    });
    if !named || verbal {
        return None;
    }
    // "Best Picture: X", "Best New Artist: Y": an award's name is a contest.
    // "Most Improved Player: Y", "Most Valuable Coach: Z": a player's or coach's award
    // for the most of something is one too ("Most Read: X" lists a page's links; round 59).
    let contest = lower.contains("of the year")
        || (lower.starts_with("best ") && (2..=5).contains(&key_words))
        || (lower.starts_with("most ")
            && (3..=4).contains(&key_words)
            && [" player", " coach", " rookie"]
                .iter()
                .any(|x| lower.ends_with(x)))
        || tokens(&lower)
            .iter()
            .any(|t| CONTEST_KEYS.contains(&t.0.as_ref()));
    Some((colon, contest))
}

/// A line of an earnings or data calendar that gives the figure expected for its day, with
/// no closing stop ("Earnings estimate: $1.10 per share", "Wednesday: consumer prices,
/// expected +0.3%", "Jobless claims seen at 215,000", "Retail sales (consensus 0.4%)"): the
/// consensus is a forecast of the figure the day will bring (round 62). The key word
/// ("estimate", "expected", "seen", "consensus", "forecast", "projected") has a thing named
/// before it and its figure right after it, or after the period it is for and a colon
/// ("Revenue estimate for the quarter: $2.3 billion"); a line saying what the figure came
/// in at ("actual", "reported", "was", "beat") is a result, and a line of prose (closing
/// stop, more than 30 words) is read as prose.
pub(super) fn calendar_figure(sentence: &str) -> bool {
    let t = sentence.trim();
    if t.is_empty()
        || t.ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
        || !(3..=30).contains(&t.split_whitespace().count())
    {
        return false;
    }
    let lower = t.to_lowercase();
    let words: Vec<(usize, &str)> = word_spans(&lower);
    const RESULT: &[&str] = &[
        "actual",
        "actually",
        "reported",
        "was",
        "were",
        "came",
        "beat",
        "beats",
        "missed",
        "topped",
        "rose",
        "fell",
        "posted",
        "delivered",
        "had",
        "did",
        "revised",
    ];
    if words.iter().any(|(_, w)| RESULT.contains(w)) {
        return false;
    }
    words.iter().enumerate().any(|(k, &(at, w))| {
        let key = matches!(
            w,
            "estimate"
                | "estimates"
                | "est"
                | "expected"
                | "exp"
                | "seen"
                | "consensus"
                | "forecast"
                | "projected"
                | "projection"
                | "fcst"
        );
        // A thing named before the key: a word with a letter ("Earnings estimate").
        let thing = words[..k]
            .iter()
            .any(|(_, x)| x.chars().any(char::is_alphabetic) && x.len() > 1);
        key && thing && figure_near(&lower[at + w.len()..])
    })
}

/// The words of `s` with their byte offsets: runs of letters, digits and apostrophes.
fn word_spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let inside = c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                out.push((b, &s[b..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push((b, &s[b..]));
    }
    out
}

/// Whether a figure follows at once, past a colon, sign, currency mark or a joining word
/// ("at", "of", "is", "around"), or past the period it is for and a colon: ": $1.10",
/// " at 215,000", " +0.3%", " 0.4%", " for Q3: $1.10".
fn figure_after(rest: &str) -> bool {
    // "for the quarter: $2.3 billion", "for Q3: $1.10": the period, then the figure.
    let rest = match rest.trim_start().strip_prefix("for ") {
        Some(x) => x
            .split_once(':')
            .filter(|(period, _)| period.split_whitespace().count() <= 4)
            .map_or(rest, |(_, figure)| figure),
        None => rest,
    };
    let mut r = rest.trim_start_matches(['.', ':', ' ', '(', '=', '\u{a0}']);
    for joint in ["at ", "of ", "is ", "around ", "about ", "near "] {
        if let Some(x) = r.strip_prefix(joint) {
            r = x.trim_start();
        }
    }
    let r = r.trim_start_matches(['+', '-', '\u{2212}', '~', '$', '£', '€', ' ']);
    r.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a figure comes within three lower-case words after the key ("estimate calls for
/// $1.10", "consensus stands at 0.3%", "expected to come in at $1.10"), none of them a verb
/// of a result (`calendar_figure` turns those away).
fn figure_near(rest: &str) -> bool {
    let mut r = rest;
    for _ in 0..=3 {
        if figure_after(r) {
            return true;
        }
        let t = r.trim_start_matches([' ', ':', ',']);
        let word_end = t.find(' ').unwrap_or(t.len());
        let word = &t[..word_end];
        if word.is_empty() || !word.chars().all(|c| c.is_ascii_lowercase()) {
            return false;
        }
        r = &t[word_end..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Round 61: a line that is only a confidence level, in the ways posts write one, and
    /// lines that name a number with more (a share, a claim) are none.
    #[test]
    fn confidence_headings() {
        let level = |s: &str| level_heading(s).map(|st| (st.low, st.high, st.text));
        for (line, p) in [
            ("90%:", 0.9),
            ("80%", 0.8),
            ("**70% confidence**", 0.7),
            ("**70%:**", 0.7),
            ("Predictions at 60%:", 0.6),
            ("Confidence: 95%", 0.95),
            ("Confidence level 85%", 0.85),
            ("50 percent likely", 0.5),
            ("75% (pretty sure)", 0.75),
        ] {
            assert_eq!(
                level(line),
                Some((p, p, format!("{}%", p * 100.0))),
                "{line}"
            );
        }
        assert_eq!(level("50-60%:"), Some((0.5, 0.6, "50-60%".to_string())));
        for line in [
            "90% of voters",
            "Turnout: 65%",
            "The bill passes: 70%",
            "2027:",
            "Unemployment falls to 4%",
        ] {
            assert_eq!(level(line), None, "{line}");
        }
        assert!(bare_level("80%:") && !bare_level("80% confidence"));
    }

    /// Round 59: a head in capitals before a whole sentence, a one-word key's range, and a
    /// credit line, each told apart from its look-alikes.
    #[test]
    fn run_in_heads_ranged_picks_and_credit_lines() {
        let s = "EARNINGS FORECAST: Analysts polled by DataCo expect Acme to earn $1.10 a \
                 share, compared with 80 cents.";
        assert_eq!(run_in_head(s), "EARNINGS FORECAST: ".len());
        // Short enough to be a pick's value ("Analysts expect Acme to earn $1.10 a share."),
        // too short after it, not in capitals, or a lower-case word after it.
        assert_eq!(
            run_in_head("EARNINGS FORECAST: Analysts expect Acme to earn $1.10 a share."),
            0
        );
        assert_eq!(run_in_head("NBA MVP: Jane Doe, Rovers"), 0);
        assert_eq!(
            run_in_head("Rate call: Economists expect the bank to cut rates."),
            0
        );
        assert_eq!(
            run_in_head("UK: the bank will cut rates in June this year."),
            0
        );
        assert!(ranged_pick("Labour: 230-240"));
        assert!(ranged_pick(
            "Record prediction: 10-7, second in the division"
        ));
        assert!(!ranged_pick("2024 Record: 48-34"));
        assert!(!ranged_pick("CPC: 36.5% (+0.4)"));
        assert!(!ranged_pick("[REDACTED]: 80%"));
        assert!(short_prediction("Prediction: Rovers in 6"));
        assert!(short_prediction("My prediction: Hawks by 7"));
        assert!(!short_prediction("Box Office Predictions: A Slow Weekend"));
        assert!(!short_prediction(
            "Prediction: the Rovers will win the league by May"
        ));
        assert!(credit_line("Photo: Reuters"));
        assert!(!credit_line("Labour: 230-240"));
    }

    fn stated(s: &str) -> Option<(usize, f64, f64, String)> {
        stated_line(s).map(|x| (x.cut, x.low, x.high, x.text))
    }

    /// Audit 27, finding 2: a list item's number after a comma, a semicolon or "=", or
    /// before the claim with a space, is the item's; the claim stops before it.
    #[test]
    fn a_list_items_number_after_a_comma_or_first_is_stated() {
        let read = |s: &str| {
            list_item_number(s).map(|x| (s[x.from..x.cut].to_string(), x.low, x.high, x.text))
        };
        let item = |c: &str, p: f64, t: &str| Some((c.to_string(), p, p, t.to_string()));
        assert_eq!(
            read("The ferry line goes bankrupt, 30%"),
            item("The ferry line goes bankrupt", 0.3, "30%")
        );
        assert_eq!(
            read("The canal tolls are halved; 5%."),
            item("The canal tolls are halved", 0.05, "5%")
        );
        assert_eq!(
            read("The city bans scooters, 15 percent"),
            item("The city bans scooters", 0.15, "15%")
        );
        assert_eq!(
            read("Oat prices double = 20%"),
            item("Oat prices double", 0.2, "20%")
        );
        assert_eq!(
            read("* 45% The orchestra tours Japan"),
            item("The orchestra tours Japan", 0.45, "45%")
        );
        assert_eq!(
            read("Rates fall, 1 in 4"),
            item("Rates fall", 0.25, "1 in 4")
        );
        // An amount, a share, a number with words after it, a claim of one word.
        assert_eq!(read("4% mortgages return by June"), None);
        assert_eq!(read("25% Of voters back the levy"), None);
        assert_eq!(read("Rents rise by 5%, maybe more"), None);
        assert_eq!(read("Inflation, 3%"), None);
        assert_eq!(read("Unemployment reaches 5%"), None);
    }

    /// The writer's number on the claim before, after a lead-in of any shape "I'd put that
    /// at", "we would give this", or a guess "Maybe 25%?" (audit 19 A4, A6).
    #[test]
    fn a_lone_number_after_a_rating_lead_in_or_a_guess() {
        let lone = |s: &str| lone_number(s).map(|x| (x.low, x.high));
        assert_eq!(lone("I'd put that at 70%."), Some((0.7, 0.7)));
        assert_eq!(lone("We would give this about 40%."), Some((0.4, 0.4)));
        assert_eq!(lone("I\u{2019}d peg those odds at 30%."), Some((0.3, 0.3)));
        assert_eq!(lone("Maybe 25%?"), Some((0.25, 0.25)));
        assert_eq!(lone("I put the kettle on."), None);
        assert_eq!(lone("10%?"), None);
        assert_eq!(lone("I'd put that at the top of the list."), None);
    }

    /// A line may open with its probability, bare or after the author's own lead-in, the
    /// claim after a colon, a spaced dash or (after a lead-in) "that"; a share or a figure
    /// explained is no claim (lines we wrote).
    #[test]
    fn a_probability_before_the_claim_is_stated() {
        let lead = |s: &str| stated_lead(s).map(|x| (s[x.from..x.cut].to_string(), x.low, x.high));
        assert_eq!(
            lead("* 65%: Ferry fares rise twice by end of Q3"),
            Some(("Ferry fares rise twice by end of Q3".into(), 0.65, 0.65))
        );
        assert_eq!(
            lead("30-40% - the harbour bridge reopens by June."),
            Some(("the harbour bridge reopens by June".into(), 0.3, 0.4))
        );
        assert_eq!(
            lead("I'd put it at 70% that the ferry strike ends before Easter."),
            Some(("the ferry strike ends before Easter".into(), 0.7, 0.7))
        );
        assert_eq!(
            lead("I give it about 55% that the mayor resigns this year"),
            Some(("the mayor resigns this year".into(), 0.55, 0.55))
        );
        assert_eq!(
            lead("I'd say 80%: fares higher by the end of the year."),
            Some(("fares higher by the end of the year".into(), 0.8, 0.8))
        );
        // In brackets before the claim, also after the item's number (audit 18, A5).
        assert_eq!(
            lead("3. (55%) A ferry strike ends before Easter."),
            Some(("A ferry strike ends before Easter".into(), 0.55, 0.55))
        );
        assert_eq!(
            lead("[1 in 4] The harbour bridge reopens by June"),
            Some(("The harbour bridge reopens by June".into(), 0.25, 0.25))
        );
        // Spoken, without the "that" (audit 24, E2; lines we wrote).
        assert_eq!(
            lead("I'd say 70 percent they get a striker in by the deadline."),
            Some(("they get a striker in by the deadline".into(), 0.7, 0.7))
        );
        assert_eq!(
            lead("I'd put it at 35% the ferry strike ends before Easter"),
            Some(("the ferry strike ends before Easter".into(), 0.35, 0.35))
        );
        assert_eq!(
            lead("We'd say 60 per cent Harbour Rail cuts fares this year"),
            Some(("Harbour Rail cuts fares this year".into(), 0.6, 0.6))
        );
        for not in [
            "I'd say 30% of riders pay by card",
            "I'd say 70 percent is too high for the ferry strike",
            "(40%) Of riders pay by card",
            "(65%) fares rise this year",
            "72%: the share of riders who pay by card",
            "40%: that is how far fares rose last year.",
            "65%: fares rise",
            "65% that fares rise this year",
            "Fares rose 65%: the most since 1990.",
        ] {
            assert!(stated_lead(not).is_none(), "{not}");
        }
    }

    /// More layouts of a number after its claim (issue 13, X30; lines we wrote): an
    /// ellipsis trailing after it ("X: 30%…", and "Rates rising? 30%…" as a number alone
    /// after its question), the number in bold ("— **70%**"),
    /// after a bar or a tilde ("| 70%", "~70%"), a percent sign spaced off ("70 %"). A
    /// sentence ending in a figure with no separator stays none.
    #[test]
    fn a_number_after_its_claim_in_more_layouts_is_stated() {
        let read = |s: &str| stated_line(s).map(|st| (st.cut, st.low, st.text));
        assert_eq!(
            read("Ferry fares rise twice this year: 30%\u{2026}"),
            Some((32, 0.3, "30%".to_string()))
        );
        assert_eq!(
            read("The pier reopens before July \u{2014} **70%**"),
            Some((29, 0.7, "70%".to_string()))
        );
        assert_eq!(
            read("The pier reopens before July | 70%"),
            Some((29, 0.7, "70%".to_string()))
        );
        assert_eq!(
            read("The pier reopens before July ~70%"),
            Some((29, 0.7, "70%".to_string()))
        );
        assert_eq!(
            read("The pier reopens before July: 70 %"),
            Some((28, 0.7, "70%".to_string()))
        );
        assert_eq!(read("Ferry fares will rise by 30%"), None);
        assert_eq!(read("Ferry fares rose~30% last year"), None);
        assert_eq!(lone_number("30%\u{2026}").map(|s| s.low), Some(0.3));
    }

    /// A named probability may be a decimal: "(p=0.3)" after the claim is read and left
    /// out of it, as "(35%)" is (audit 16 A10; a line we wrote).
    #[test]
    fn a_named_decimal_after_the_claim_is_stated() {
        let st = stated_line("The new pier opens by Christmas (p=0.35)").map(|s| (s.cut, s.low));
        assert_eq!(st, Some((32, 0.35)));
        assert!(stated_line("The new pier opens by Christmas (0.35)").is_none());
        assert!(stated_line("The pier is 3 m long (p=3.5)").is_none());
    }

    /// A number in square brackets after the claim is its probability, as one in
    /// parentheses is (audit 16 A10; a line we wrote).
    /// A chance stated after its claim (audit 17 A9): in a parenthesis with its chance word,
    /// after ", with", after a semicolon's "I give it", after ", and I would put it at". The
    /// percentage inside the claim is no part of the chance; a chance of another event, or
    /// a bare figure after a semicolon, is no stated line.
    #[test]
    fn a_chance_stated_after_its_claim_is_the_probability() {
        let read = |s: &str| stated_line(s).map(|st| (st.cut, st.low, st.high, st.text));
        assert_eq!(
            read("Rents will climb above 4% by spring (25% chance)."),
            Some((36, 0.25, 0.25, "25%".to_string()))
        );
        assert_eq!(
            read("Rents will climb above 4% by spring (about a 25 percent chance)."),
            Some((36, 0.25, 0.25, "25%".to_string()))
        );
        assert_eq!(
            read("Ridership will stay under 70% this winter, with a 55% probability."),
            Some((41, 0.55, 0.55, "55%".to_string()))
        );
        assert_eq!(
            read("Ridership will stay under 70% this winter, with a probability of 55%."),
            Some((41, 0.55, 0.55, "55%".to_string()))
        );
        assert_eq!(
            read("The mill reopens by March; I give it 35%."),
            Some((25, 0.35, 0.35, "35%".to_string()))
        );
        assert_eq!(
            read("The mill reopens by March, and I would put it at about 35%."),
            Some((25, 0.35, 0.35, "35%".to_string()))
        );
        // The chance of something else, a figure with no chance word, and (after a colon)
        // a chance word the held-out news showed to be no forecast's.
        assert_eq!(
            read("Showers are likely, with a 60% chance of hail in the hills."),
            None
        );
        assert_eq!(read("Fares rose 4%; tolls 6%."), None);
        assert_eq!(read("Fares rose 4%, with a 6% rise in tolls."), None);
        assert_eq!(read("Share of riders who pay: 30% chance."), None);
    }

    #[test]
    fn a_ladder_item_after_an_ellipsis_continues_the_claim() {
        // "Gold is above $3000: 80%" then "…$3500: 40%": the ellipsis carries the claim to a
        // new threshold (sentences we wrote).
        assert_eq!(
            stated("\u{2026}$3500: 40%"),
            Some((8, 0.4, 0.4, "40%".to_string()))
        );
        assert_eq!(
            stated("...4500: 55%"),
            Some((7, 0.55, 0.55, "55%".to_string()))
        );
        // One word with no ellipsis is no claim.
        assert_eq!(stated("$3500: 40%"), None);
        assert_eq!(stated("\u{2026}maybe: 40%"), None);
        let d = "2026-01-02".parse().unwrap();
        let c = crate::extract::extract(
            "- Gold is above $3000 on December 31: 80%\n- \u{2026}$3500: 40%\n",
            d,
        );
        assert_eq!(
            c.iter().map(|x| x.probability).collect::<Vec<_>>(),
            vec![0.8, 0.4]
        );
    }

    #[test]
    fn a_bracketed_number_after_the_claim_is_stated() {
        let st = stated_line("Ferry fares rise twice this year [75%]").map(|s| (s.cut, s.low));
        assert_eq!(st, Some((33, 0.75)));
        assert!(stated_line("Ferry fares rise twice this year [75%] or so").is_none());
    }

    #[test]
    fn market_prices_and_a_tally_are_no_pick_and_a_quoted_name_is() {
        // The bookmakers' prices of every side, and the writer's record so far.
        assert_eq!(
            pick_line("Odds: Rovers (+240) vs United (-120) | Draw (+230)"),
            None
        );
        assert_eq!(
            pick_line("Picks against the spread this season: 9-7-1"),
            None
        );
        // One price of one outcome is a forecast; a record as a pick stays a pick.
        assert_eq!(pick_line("Odds to win the title: 40-1"), Some((21, true)));
        assert_eq!(pick_line("Record: 47-35"), Some((6, true)));
        // A quoted title is named: "Should win" is then known as a preference.
        assert_eq!(
            pick_line("Should win: \"The Long Night\""),
            Some((10, false))
        );
        assert_eq!(pick_key("Should win"), PickKey::Should);
    }

    #[test]
    fn how_we_see_the_season_playing_out_opens_the_picks() {
        assert_eq!(
            trigger(
                "Here is how my sister and I see the season playing out.",
                2025
            ),
            Some(Trigger::Opens)
        );
        assert_eq!(
            trigger("This is how we expect the table to be finishing.", 2025),
            Some(Trigger::Opens)
        );
        // Seeing how something works, or a season that played out, announces no picks.
        assert_eq!(
            trigger("I see how the game is played out here.", 2025),
            None
        );
        assert_eq!(trigger("We saw the season playing out badly.", 2025), None);
    }

    #[test]
    fn a_line_of_two_sides_and_a_hyphenated_score_is_a_pick() {
        assert!(hyphen_score_pick("Rovers 2-1 United."));
        assert!(hyphen_score_pick(
            "Harbour Town 0–0 Lakeside Rovers. — J.R."
        ));
        assert!(!hyphen_score_pick("The vote was 5-4 in favour."));
        assert!(!hyphen_score_pick("Rovers won 2-1 at home."));
        assert!(!hyphen_score_pick("Rovers 2-1"));
    }

    #[test]
    fn a_games_logistics_are_no_pick() {
        assert_eq!(pick_line("Kickoff: 11am ET Saturday"), None);
        assert_eq!(pick_line("TV Channel/Stream: Rovers TV on Peacock"), None);
        assert_eq!(pick_line("Venue: Riverside Stadium"), None);
        assert_eq!(pick_line("Tip-off: 7:30 p.m. Friday"), None);
        // The picks beside them stay picks, a question word in a key too.
        assert!(pick_line("MVP: Jane Doe").is_some());
        assert!(pick_line("Where they'll finish: 46-26, third in the East").is_some());
        assert!(pick_line("Prediction: Rovers 2, United 1").is_some());
    }

    #[test]
    fn a_will_win_key_is_a_call_and_a_quoted_title_a_pick() {
        assert!(will_win_key("Who Will Win"));
        assert!(will_win_key("What will win"));
        assert!(!will_win_key("Who Should Win"));
        assert!(!will_win_key("Why the favourite will win"));
        assert_eq!(
            pick_line("What will win: \"Harbour Lights.\""),
            Some((13, false))
        );
    }

    #[test]
    fn stated_layouts() {
        assert_eq!(
            stated("Rates fall by June: 35%"),
            Some((18, 0.35, 0.35, "35%".into()))
        );
        assert_eq!(
            stated("Rates fall by June (35%)"),
            Some((19, 0.35, 0.35, "35%".into()))
        );
        assert_eq!(
            stated("A deal is signed this year (probability: 10-15%)"),
            Some((27, 0.1, 0.15, "10-15%".into()))
        );
        assert_eq!(
            stated("I repaint the shed: 80% The old paint is peeling."),
            Some((18, 0.8, 0.8, "80%".into()))
        );
        // A bound: the side of the number the forecaster means.
        assert_eq!(
            stated("No war between the great powers: >99%"),
            Some((31, 0.99, 1.0, "99-100%".into()))
        );
        assert_eq!(
            stated("A new pandemic is declared: <1%"),
            Some((26, 0.0, 0.01, "0-1%".into()))
        );
        assert_eq!(
            stated("The merger closes: ~70%"),
            Some((17, 0.7, 0.7, "70%".into()))
        );
        assert_eq!(stated("Inflation: 3.5% in March, up from 3.1%"), None);
        // The sign written as a word.
        assert_eq!(
            stated("A foldable phone ships: 35 percent"),
            Some((22, 0.35, 0.35, "35%".into()))
        );
        assert_eq!(
            stated("Rates fall by June: 65 Per Cent."),
            Some((18, 0.65, 0.65, "65%".into()))
        );
        assert_eq!(stated("Sales rose: 35 percentage points"), None);
    }

    #[test]
    fn a_hedge_after_the_claim_is_its_probability() {
        let lexicon = super::super::hedges::Lexicon::embedded();
        let read = |s: &str| hedged_line(s, lexicon).map(|x| (x.cut, x.probability(), x.text));
        assert_eq!(
            read("Inflation stays below 3%: likely"),
            Some((24, 0.72, "likely".into()))
        );
        assert_eq!(
            read("Tesla ships robotaxis — very unlikely."),
            Some((21, 0.07, "very unlikely".into()))
        );
        // Not a hedge phrase on its own, or no claim before it.
        assert_eq!(read("Inflation stays below 3%: likely to rise"), None);
        assert_eq!(read("Outlook: likely"), None);
        assert_eq!(stated("Growth slowed to 2% - the lowest since 2019"), None);
    }

    #[test]
    fn a_lone_number_follows_its_claim() {
        assert_eq!(lone_number("65%").map(|s| s.low), Some(0.65));
        assert_eq!(lone_number("(Probability: 20%)").map(|s| s.high), Some(0.2));
        assert_eq!(lone_number("65% of voters agreed."), None);
    }

    /// A lone number with a word of confidence or an upper bound after it, or a softener
    /// before it, is still the claim's stated probability (audit 18, A4; lines we wrote).
    #[test]
    fn a_lone_number_with_confidence_or_a_bound_is_the_number() {
        assert_eq!(lone_number("70% confident.").map(|s| s.low), Some(0.7));
        assert_eq!(lone_number("15% tops.").map(|s| s.high), Some(0.15));
        assert_eq!(lone_number("30 percent at most.").map(|s| s.low), Some(0.3));
        assert_eq!(lone_number("Maybe 1 in 5.").map(|s| s.low), Some(0.2));
        // A sentence with more after the number is not a lone number.
        assert_eq!(lone_number("90% sure the ferry runs."), None);
        assert_eq!(lone_number("Sure."), None);
    }

    #[test]
    fn a_label_before_the_authors_forecast_is_dropped() {
        fn rest(s: &str) -> &str {
            &s[forecast_label(s)..]
        }
        assert_eq!(
            rest("Prediction: the ferry will resume by May."),
            "the ferry will resume by May."
        );
        assert_eq!(
            rest("My prediction is that the ferry resumes in May."),
            "the ferry resumes in May."
        );
        assert_eq!(
            rest("Here is my forecast: the ferry resumes in May."),
            "the ferry resumes in May."
        );
        assert_eq!(
            rest("My bet: the ferry resumes in May."),
            "the ferry resumes in May."
        );
        assert_eq!(
            rest("Bottom line: fares will rise by July."),
            "fares will rise by July."
        );
        // A heading, a pick and a prose mention keep their words.
        assert_eq!(forecast_label("Prediction:"), 0);
        assert_eq!(forecast_label("Prediction: Rovers 2, United 1"), 0);
        assert_eq!(
            forecast_label("Predictions are hard, especially about the future."),
            0
        );
    }

    /// The label of the author's call, before the call on its line ("Verdict: X", "Our call:
    /// X") or alone as a heading over a short sentence that states it ("Our call:" then
    /// "Rovers win by two goals."), is read as the labels before it are; "Prediction:" alone
    /// opens a list instead, and a heading naming more than the label is no label (issue 13,
    /// a forecast whose hedge sits in a heading; sentences we wrote).
    /// (`a_call_label_before_or_above_the_call_is_dropped`)
    #[test]
    fn a_call_label_before_or_above_the_call_is_dropped() {
        fn rest(s: &str) -> &str {
            &s[forecast_label(s)..]
        }
        assert_eq!(
            rest("Verdict: the hosts edge it late."),
            "the hosts edge it late."
        );
        assert_eq!(
            rest("Our call: the bank holds in March."),
            "the bank holds in March."
        );
        assert_eq!(
            rest("Best bet: Rovers win by two goals."),
            "Rovers win by two goals."
        );
        for heading in [
            "Our call:",
            "Verdict:",
            "The verdict",
            "Bottom line:",
            "MY CALL",
        ] {
            assert!(call_heading(heading), "{heading}");
        }
        for other in [
            "Prediction:",
            "Our call on the budget:",
            "The verdict is in.",
        ] {
            assert!(!call_heading(other), "{other}");
        }
        let published = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let got: Vec<(String, f64)> = crate::extract::extract(
            "Rovers face United on Saturday.\n\nOur call:\nRovers win by two goals.\n",
            published,
        )
        .into_iter()
        .map(|c| (c.claim, c.probability))
        .collect();
        assert_eq!(got, vec![("Rovers win by two goals".to_string(), 0.9)]);
    }

    #[test]
    fn the_authors_number_after_the_claim_is_its_probability() {
        // The number wins over the claim's "will" (audit 13, E7).
        assert_eq!(
            stated("Bus fares will rise by July — I'd say 60%."),
            Some((28, 0.6, 0.6, "60%".into()))
        );
        assert_eq!(
            stated("Bus fares will rise by July, I would put it at about 40 percent"),
            Some((27, 0.4, 0.4, "40%".into()))
        );
        // A comma only before such a lead-in.
        assert_eq!(
            stated("Bus fares will rise by July, 60% of riders fear"),
            None
        );
        assert_eq!(lone_number("I'd say 60%.").map(|s| s.low), Some(0.6));
        assert_eq!(lone_number("I put it at 25%.").map(|s| s.low), Some(0.25));
        assert_eq!(lone_number("Call it 70 percent.").map(|s| s.low), Some(0.7));
        assert_eq!(lone_number("I'd say 60% of riders agree."), None);
        // An even chance in words (audit 24, E2).
        assert!(bare_reply("I'm less sure."));
        assert!(bare_reply("Hmm, I disagree."));
        assert!(bare_reply("Not so sure"));
        assert!(!bare_reply("I'm sure the ferry runs by June."));
        assert!(likelihood_verdict("Very likely, maybe 90%."));
        assert!(!likelihood_verdict("Rates, maybe 90%."));
        assert_eq!(
            answered_number("Quite likely: 70%.").map(|s| s.low),
            Some(0.7)
        );
        assert_eq!(lone_number("Coin flip.").map(|s| s.low), Some(0.5));
        assert_eq!(lone_number("It's a toss-up.").map(|s| s.low), Some(0.5));
        assert_eq!(lone_number("Fifty-fifty!").map(|s| s.low), Some(0.5));
        assert_eq!(lone_number("Coin flips decide ties."), None);
        // A transcript's speaker label (audit 24, E4).
        assert_eq!(speaker_label("TOM: I'd say 70%"), Some(5));
        assert_eq!(speaker_label("DR. OKAFOR: Maybe"), Some(12));
        assert_eq!(speaker_label("Tom: I'd say 70%"), None);
        assert_eq!(speaker_label("Rates: 60%"), None);
    }

    #[test]
    fn triggers_open_or_review_prediction_lists() {
        assert_eq!(
            trigger("My predictions for 2027", 2026),
            Some(Trigger::Opens)
        );
        assert_eq!(trigger("Our picks:", 2026), Some(Trigger::Opens));
        // A title that names its predictions before a colon opens the list under it; the
        // noun deep in a sentence before a colon does not.
        assert_eq!(
            trigger("Chart Predictions: A Quiet Week Ahead", 2026),
            Some(Trigger::Opens)
        );
        assert_eq!(
            trigger(
                "Every winter the pundits deliver the same gloomy prediction: a slump in spring.",
                2026
            ),
            None
        );
        assert_eq!(
            trigger("Below is the projected order of finish for Sunday:", 2026),
            Some(Trigger::Opens)
        );
        assert_eq!(trigger("Here is what was expected:", 2026), None);
        assert_eq!(
            trigger("Here is how I did with my 2025 predictions.", 2026),
            Some(Trigger::Reviews)
        );
        assert_eq!(
            trigger("A prediction like that cannot be checked by anyone.", 2026),
            None
        );
        // An owner far from the noun owns something else: a forecast citing predictions.
        assert_eq!(
            trigger(
                "Rivals seem likely to keep their council seats, according to predictions from local pollsters.",
                2026
            ),
            None
        );
        assert_eq!(
            trigger("Here are our bold 2027 predictions", 2026),
            Some(Trigger::Opens)
        );
        // Predictions denied where they are named, or a review still to come, announce no
        // list and review none: the prose forecasts after them are read as they stand.
        assert_eq!(
            trigger(
                "Of course, I can't back this up, because I've never published any of these predictions, or in any way documented them for others to review.",
                2026
            ),
            None
        );
        assert_eq!(
            trigger("I haven't written down my picks this time.", 2026),
            None
        );
        assert_eq!(
            trigger(
                "I kept these predictions in a notebook for others to review.",
                2026
            ),
            Some(Trigger::Opens)
        );
        assert_eq!(
            trigger("Time to review my 2025 predictions.", 2026),
            Some(Trigger::Reviews)
        );
    }

    #[test]
    fn pick_lines_name_an_outcome() {
        assert_eq!(
            pick_line("Best Newcomer of the Year: Ann Lee"),
            Some((25, true))
        );
        assert_eq!(
            pick_line("Cup final: Rovers over City — a comment"),
            Some((9, true))
        );
        assert_eq!(pick_line("Jo Bloggs: Rovers"), Some((9, false)));
        assert_eq!(pick_line("Venue: the club is closed"), None);
        assert_eq!(pick_line("Note: the season was long and hard."), None);
    }

    #[test]
    fn pick_keys_say_how_a_pick_is_meant() {
        assert_eq!(pick_key("Will Win"), PickKey::Will);
        assert_eq!(pick_key("Who will win"), PickKey::Will);
        assert_eq!(pick_key("Could win"), PickKey::Could);
        assert_eq!(pick_key("Dark horse"), PickKey::Could);
        assert_eq!(pick_key("Should Win"), PickKey::Should);
        assert_eq!(pick_key("Who deserves to win"), PickKey::Should);
        assert_eq!(pick_key("MVP"), PickKey::Plain);
    }

    /// A quotation opening with the speaker's own number ("\"I'd put it at 65 percent that
    /// ...,\" said X.") states it as the unquoted line does, its offsets in the whole
    /// sentence; an answer after a question ("Unlikely, maybe 15%.") gives its lone number,
    /// and a verdict of more than three words or one holding a figure gives none (audit 20,
    /// A4 and A8; sentences we wrote).
    #[test]
    fn a_quoted_lead_and_an_answered_question_state_their_number() {
        let s =
            "\"I would put it at 65 percent that we see a ceasefire by March,\" said Anna Holt.";
        let st = quoted_lead(s).unwrap();
        assert_eq!(
            (&s[st.from..st.cut], st.low, st.text.as_str()),
            ("we see a ceasefire by March", 0.65, "65%")
        );
        assert_eq!(quoted_lead("\"The ferry runs by May,\" she said."), None);
        assert_eq!(
            quoted_lead("I would put it at 65 percent that we see it."),
            None
        );
        let answer = |s: &str| answered_number(s).map(|x| x.low);
        assert_eq!(answer("Unlikely, maybe 15%."), Some(0.15));
        assert_eq!(answer("I think not: 20%."), Some(0.2));
        assert_eq!(answer("Yes, 70%"), Some(0.7));
        assert_eq!(answer("In the last three years, 40%."), None);
        assert_eq!(answer("By 2030, 40%."), None);
    }

    #[test]
    fn a_chance_then_a_later_time_and_its_chance_are_two_steps() {
        let (first, from, then) =
            stepped_line("Odds that the tunnel opens: 3 in 10; by June, 6 in 10.").unwrap();
        assert_eq!((first.low, first.cut), (0.3, 26));
        assert_eq!((then.low, then.cut, from), (0.6, 26, 36));
        let (first, _, then) =
            stepped_line("Rents fall in the capital: 30%; by 2028, 60%").unwrap();
        assert_eq!((first.low, then.low, then.text.as_str()), (0.3, 0.6, "60%"));
        // A semicolon before prose, or a number with words after it, is no step.
        assert!(stepped_line("Rents fall: 30%; the rest is noise, 60% of it").is_none());
        assert!(stepped_line("Rents fall: 30%; by June, 60% of landlords agree").is_none());
    }

    /// The author's number in a follow-up sentence: first-person confidence ("I'm 90% sure of
    /// it"), or another party's number and then the author's own ("Markets say 60%; I say
    /// 85%", "... but I'd put it closer to 85%"); the other party's number is never the
    /// author's, and a first person without a word of confidence states no chance (round 49,
    /// sentences we wrote).
    #[test]
    fn the_authors_number_after_confidence_or_another_partys_number() {
        let lone = |s: &str| lone_number(s).map(|x| (x.low, x.high));
        assert_eq!(lone("I'm 90% confident."), Some((0.9, 0.9)));
        assert_eq!(lone("I am 85% sure of that."), Some((0.85, 0.85)));
        assert_eq!(
            lone("We\u{2019}re 60 percent certain about it."),
            Some((0.6, 0.6))
        );
        assert_eq!(lone("Markets say 60%; I say 85%."), Some((0.85, 0.85)));
        assert_eq!(
            lone("Traders put the odds at about 60%, but I'd put it closer to 85%."),
            Some((0.85, 0.85))
        );
        assert_eq!(lone("I'd put it nearer to 20%."), Some((0.2, 0.2)));
        assert_eq!(lone("I'm 40% done."), None);
        assert_eq!(lone("I am 90% sure the ferry runs."), None);
        assert_eq!(lone("Markets say 60%."), None);
        assert_eq!(lone("Markets say it is likely; I say 85%."), None);
        assert_eq!(lone("I'd put it closer to home."), None);
    }
}
