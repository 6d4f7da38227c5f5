//! Explicit probabilities: numbers an article states ("a 60% chance", "60 percent likely",
//! "one in three", "3-to-1 odds against", "a two-thirds chance", a bookmaker's "odds of
//! 5/4"). A stated number beats any hedge word.

use super::hedges::{Reading, Token};

/// A count written as a word, "one" to "ten" ("two more storms", "one or two cuts").
pub(super) fn count_word(w: &str) -> bool {
    matches!(
        w,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// A point estimate's interval: "1.91 million deaths (95% CI 1.56-2.26 million)", "(90%
/// uncertainty interval 2.1 to 3.4)". Returns the byte range of the point value and its
/// bracket, the level as a probability and the interval in words ("between 1.56 and 2.26
/// million deaths"). The level is the chance the interval holds the value, never the point's
/// (a point estimate is not true or false); `None` without such a bracket after a number.
pub(super) fn point_interval(sentence: &str) -> Option<(usize, usize, f64, String)> {
    const KINDS: &[&str] = &[
        "ci",
        "cri",
        "ui",
        "pi",
        "confidence interval",
        "credible interval",
        "uncertainty interval",
        "prediction interval",
        "range",
    ];
    let open = sentence.find(" (")?;
    let close = open + sentence[open..].find(')')?;
    let inner = sentence[open + 2..close].to_ascii_lowercase();
    let (level, rest) = inner.split_once('%')?;
    let level: f64 = level
        .trim()
        .parse()
        .ok()
        .filter(|l| (50.0..100.0).contains(l))?;
    let rest = rest.trim_start();
    let kind = KINDS.iter().find(|k| {
        rest.strip_prefix(*k)
            .is_some_and(|r| r.starts_with([' ', ':', ',']))
    })?;
    let range = rest[kind.len()..].trim_start_matches([' ', ':', ',']);
    let (low, high) = range
        .split_once(" to ")
        .or_else(|| range.split_once('\u{2013}'))
        .or_else(|| range.split_once('-'))?;
    let number = |w: &str| {
        let w = w.trim().trim_end_matches('%');
        !w.is_empty()
            && w.replace([',', '.'], "")
                .bytes()
                .all(|b| b.is_ascii_digit())
    };
    let high_value = high.trim().split(' ').next().unwrap_or("");
    if !number(low) || !number(high_value) {
        return None;
    }
    // The point value: a number among the three words before the bracket, and the words
    // after it ("million deaths"), which the interval shares in part ("2.26 million").
    let before = &sentence[..open];
    let words: Vec<&str> = before.rsplit(' ').take(3).collect();
    let at = words.iter().position(|w| number(w))?;
    let point_start = open - words[..=at].iter().map(|w| w.len() + 1).sum::<usize>() + 1;
    let tail: Vec<&str> = words[..at].iter().rev().copied().collect();
    let high = high.trim();
    let shared = (0..=tail.len())
        .rev()
        .find(|&n| high.ends_with(&tail[..n].join(" ")))
        .unwrap_or(0);
    let mut interval = format!("between {} and {high}", low.trim());
    for w in &tail[shared..] {
        interval.push(' ');
        interval.push_str(w);
    }
    Some((point_start, close + 1, level / 100.0, interval))
}

pub(super) fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "one" | "a" | "an" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "twenty" => 20.0,
        "hundred" => 100.0,
        _ => return w.parse::<f64>().ok().filter(|x| x.is_finite() && *x >= 0.0),
    })
}

/// A whole number from one to a hundred spelled in words, its tens and units joined by a
/// hyphen ("seventy", "sixty-five", "a hundred" is not one word and stays out).
pub(super) fn spelled_count(w: &str) -> Option<f64> {
    let unit = |u: &str| {
        Some(match u {
            "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "five" => 5.0,
            "six" => 6.0,
            "seven" => 7.0,
            "eight" => 8.0,
            "nine" => 9.0,
            _ => return None,
        })
    };
    let tens = |t: &str| {
        Some(match t {
            "twenty" => 20.0,
            "thirty" => 30.0,
            "forty" => 40.0,
            "fifty" => 50.0,
            "sixty" => 60.0,
            "seventy" => 70.0,
            "eighty" => 80.0,
            "ninety" => 90.0,
            _ => return None,
        })
    };
    match w.split_once('-') {
        Some((t, u)) => Some(tens(t)? + unit(u)?),
        None => unit(w).or_else(|| tens(w)).or(match w {
            "ten" => Some(10.0),
            "eleven" => Some(11.0),
            "twelve" => Some(12.0),
            "fifteen" => Some(15.0),
            "hundred" => Some(100.0),
            _ => None,
        }),
    }
}

/// The runs of a model or of a simulation, whose share is the model's probability.
const RUNS: &[&str] = &[
    "simulations",
    "simulated",
    "simulation",
    "scenarios",
    "runs",
    "trials",
    "samples",
];

const CHANCE_WORDS: &[&str] = &[
    "chance",
    "chances",
    "probability",
    "likelihood",
    "odds",
    "risk",
    "possibility",
];

/// A percentage or a range of them at word `i`: (low, high, text as `60%` or `55-60%`).
fn percent_at(words: &[&str], i: usize) -> Option<(f64, f64, String)> {
    let w = words[i];
    let unit_after = |j: usize| {
        words.get(j).is_some_and(|n| *n == "percent")
            || (words.get(j).is_some_and(|n| *n == "per")
                && words.get(j + 1).is_some_and(|n| *n == "cent"))
    };
    // "a 65-percent chance": the AP style joins the unit to the number (audit 30, K4).
    let (body, sign) = match w.strip_suffix('%').or_else(|| w.strip_suffix("-percent")) {
        Some(b) => (b, true),
        None => (w, unit_after(i + 1)),
    };
    let bounded =
        |low: f64, high: f64| (0.0..=100.0).contains(&low) && (low..=100.0).contains(&high);
    // The word joining a range's ends: "to" ("30% to 40%", not "from 30% to 40%", a change),
    // or "and" after "between" ("between 30% and 40%", "between a 30% and 40% chance",
    // "at between 20 and 25 percent"; audit 27, item 9).
    let joined = |j: usize| match words.get(j) {
        Some(&"to") => i == 0 || words[i - 1] != "from",
        Some(&"and") => {
            (i >= 1 && words[i - 1] == "between")
                || (i >= 2 && words[i - 2] == "between" && matches!(words[i - 1], "a" | "an"))
        }
        _ => false,
    };
    // The range's upper end after the joining word: "40%", or "25" before the unit.
    let upper = || -> Option<f64> {
        let next = words.get(i + 2)?;
        match next.strip_suffix('%') {
            Some(b) => b.parse::<f64>().ok(),
            None => next.parse::<f64>().ok().filter(|_| unit_after(i + 3)),
        }
    };
    if sign {
        // "seventy percent", "sixty-five per cent": a count in words before the unit.
        if let Some(p) = body.parse::<f64>().ok().or_else(|| spelled_count(body)) {
            if w.ends_with('%') && joined(i + 1) {
                if let Some(b) = upper().filter(|b| *b > p && bounded(p, *b)) {
                    return Some((p, b, format!("{p}-{b}%")));
                }
            }
            return bounded(p, p).then(|| (p, p, format!("{p}%")));
        }
        let (a, b) = body.split_once('-')?;
        let (a, b) = (
            a.trim_end_matches('%').parse::<f64>().ok()?,
            b.parse::<f64>().ok()?,
        );
        return bounded(a, b).then(|| (a, b, format!("{a}-{b}%")));
    }
    // "55 to 60 percent", "between 20 and 25 percent"
    if joined(i + 1) {
        let a = w.trim_end_matches('%').parse::<f64>().ok()?;
        let b = upper()?;
        return bounded(a, b).then(|| (a, b, format!("{a}-{b}%")));
    }
    None
}

/// The words that may follow a count of chances ("one in three"): a chance word, or a word
/// joining the claim or its time ("that", "by", "before"); any other word makes the count a
/// share of what it names ("one in three adults", "nine in ten economists expect").
const CHANCE_OR_JOINT: &[&str] = &[
    "chance",
    "chances",
    "odds",
    "probability",
    "likelihood",
    "shot",
    "risk",
    "bet",
    "that",
    "by",
    "before",
    "until",
    "in",
    "on",
    "at",
    "for",
    "to",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "if",
    "this",
    "next",
    "within",
    "over",
    "during",
    "with",
    "as",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
];

/// Whether a word with no `%` and no hyphen can open a reading of `explicit_number`: every
/// one of them parses it as a number (`percent_at`, the runs' "65 out of 100"), reads it
/// with `number_word` ("one in three", "3 to 1") or as a count in words ("seventy percent").
fn may_be_number(w: &str) -> bool {
    number_word(w).is_some() || spelled_count(w).is_some() || w.parse::<f64>().is_ok()
}

/// "a 60% chance", "60 percent likely", "a 55-60 percent chance" (its midpoint, with the
/// range), "one in three", "3-to-1 odds", "two-thirds chance".
pub(super) fn explicit_number(words: &[&str]) -> Option<(usize, Reading)> {
    let gate = super::fast_paths::on();
    // A chance word within four words of `i`, with no other percentage between them:
    // in "rise above 5% by December, a 30% chance" the chance is the 30%'s; the 5% is
    // part of the claim.
    // (`words[i..end]` is the number itself: "55 to 60 percent".)
    let near_chance = |i: usize, end: usize| {
        let lo = i.saturating_sub(4);
        let hi = (i + 5).min(words.len());
        (lo..hi).any(|c| {
            let between = if c < i { c + 1..i } else { end.min(c)..c };
            // "a real risk the index falls 15%": an article after the chance word opens
            // the clause it weighs, and the figure is that clause's (round 50, ux31 F2).
            CHANCE_WORDS.contains(&words[c])
                && !(c < i && matches!(words.get(c + 1), Some(&("the" | "a" | "an" | "that"))))
                && !words[between]
                    .iter()
                    .any(|w| w.ends_with('%') || matches!(*w, "percent" | "per"))
        })
    };
    let reading = |p: f64, text: String| Reading {
        probability: p,
        low: p,
        high: p,
        words: text,
        number: true,
        assumed: false,
        at: 0,
    };
    for i in 0..words.len() {
        let w = &words[i];
        // Every reading below needs a `%` on the word, a hyphen in it ("55-60", "3-to-1",
        // "two-thirds") or one of these words after it; most words have none, and are passed
        // over without the tests. Without a `%` or a hyphen, each reading also needs the
        // word itself to be a number (`f64` or `number_word`) or a count in words
        // (`spelled_count`): "of", "in" and "to" follow most other words too (tenth speed
        // round; `a_word_that_is_no_number_reads_nothing` keeps this true).
        if !w.ends_with('%')
            && !w.contains('-')
            && !(words.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "percent" | "per" | "to" | "in" | "out" | "of" | "chance" | "chances"
                ) || (*n == "and" && i > 0 && words[i - 1] == "between")
            }) && (!gate || may_be_number(w)))
        {
            continue;
        }
        // 60% / 60 percent / 60 per cent / 55-60% / 55-60 percent / 55 to 60 percent: a range
        // gives its midpoint and keeps the range.
        if let Some((low, high, text)) = percent_at(words, i) {
            // "a 60% chance", or "60% likely" (the number right before the word).
            // A range's two ends with the word between ("30% to 40%", "between 30% and 40%").
            let ranged = low < high && matches!(words.get(i + 1), Some(&"to") | Some(&"and"));
            let mut after = if ranged { i + 3 } else { i + 1 };
            // "80 per cent confident": past the unit written as two words.
            if words.get(after) == Some(&"per") && words.get(after + 1) == Some(&"cent") {
                after += 2;
            }
            // "65% confidence", "90 percent sure": a forecaster's own confidence.
            let sure = |n: &&str| {
                matches!(
                    *n,
                    "likely" | "confidence" | "confident" | "sure" | "certain"
                )
            };
            let likely_next = words.get(after).is_some_and(sure)
                || (words.get(after).is_some_and(|n| *n == "percent")
                    && words.get(after + 1).is_some_and(sure));
            // "lifted the odds of a rate cut from 30% to 40%": the new value counts.
            // ("from the climatological 30% to 40%": a word or two may describe the old value.)
            let from = (1..=3).find(|d| i >= *d && words[i - d] == "from");
            if from.is_some_and(|d| {
                words[i - d + 1..i]
                    .iter()
                    .all(|x| x.chars().all(char::is_alphabetic) && !CHANCE_WORDS.contains(x))
            }) && words.get(i + 1) == Some(&"to")
            {
                if let Some((low, high, text)) = percent_at(words, i + 2) {
                    let lo = i.saturating_sub(7);
                    if words[lo..i].iter().any(|w| CHANCE_WORDS.contains(w)) {
                        let mut r = reading((low + high) / 200.0, text);
                        r.low = low / 100.0;
                        r.high = high / 100.0;
                        return Some((i + 2, r));
                    }
                }
            }
            // "scored 0-100% for likelihood": the whole scale, not a probability.
            let scale = low <= 0.0 && high >= 100.0;
            // "The chance of the region sliding into a slump in the coming year is about 35 percent",
            // "pegged the odds of a cut at 21%": the chance word is the subject, far before.
            let mut k = i;
            while k > 0
                && matches!(
                    words[k - 1],
                    "about"
                        | "around"
                        | "roughly"
                        | "nearly"
                        | "almost"
                        | "just"
                        | "only"
                        | "some"
                        | "greater"
                        | "higher"
                        | "more"
                        | "less"
                        | "lower"
                        | "than"
                        | "above"
                        | "below"
                        | "over"
                        | "under"
                        | "between"
                        // "put at up to 60%", "at no better than 20 percent", "at most",
                        // "as high as" (audit 28, E9).
                        | "up"
                        | "to"
                        | "no"
                        | "better"
                        | "most"
                        | "least"
                        | "much"
                        | "high"
                        | "as"
                )
            {
                k -= 1;
            }
            // ("is estimated to be about 70-75 percent": "be" after a verb of estimate.)
            let predicate = k > 0
                && matches!(
                    words[k - 1],
                    "is" | "at" | "was" | "are" | "stands" | "remains" | "be"
                )
                && words[..k]
                    .iter()
                    .rposition(|w| {
                        matches!(
                            *w,
                            "probability" | "odds" | "chance" | "chances" | "likelihood"
                        )
                    })
                    .is_some_and(|c| {
                        // (An "and" of "between December and February" joins a span of
                        // time, not a second subject.)
                        k - c <= 18
                            && !(c..k).any(|j| {
                                matches!(words[j], "and" | "but" | "i" | "my" | "we" | "think")
                                    && !(words[j] == "and"
                                        && words[j.saturating_sub(3)..j].contains(&"between"))
                            })
                    });
            // "70% unlikely": a number before a doubt is read as the chance against (30%
            // for the claim), its range spanning both readings, and `review` asks which was
            // meant (`add` refuses the same words); never the bare hedge's value.
            let doubt = |n: &&str| matches!(*n, "unlikely" | "improbable");
            let against = words.get(after).is_some_and(doubt)
                || (words.get(after).is_some_and(|n| *n == "percent")
                    && words.get(after + 1).is_some_and(doubt));
            if against && !scale && low == high && high <= 100.0 {
                let p = 1.0 - low / 100.0;
                let mut r = reading(p, format!("{text} unlikely"));
                r.low = p.min(1.0 - p);
                r.high = p.max(1.0 - p);
                return Some((i, r));
            }
            // (The number's own words: "55 to 60 per cent".)
            let mut end = if ranged { i + 3 } else { i + 1 };
            while words
                .get(end)
                .is_some_and(|w| matches!(*w, "percent" | "per" | "cent"))
            {
                end += 1;
            }
            // "loses in nearly 90% of scenarios", "wins 70 percent of the simulations": a
            // share of a model's runs is its probability.
            let of_runs = words.get(end) == Some(&"of")
                && words[end + 1..(end + 4).min(words.len())]
                    .iter()
                    // ("80% of the samples were clean": a share of what was tested.)
                    .any(|x| RUNS.contains(x) && *x != "samples");
            // "from November, when they gave La Niña a 52 percent chance", "they had put the
            // odds at 40%": a figure given at an earlier time, superseded since (issue 13
            // excludes it; audit 30, K2). It is no chance of the claim.
            let given = |x: &str| {
                matches!(
                    x,
                    "gave" | "given" | "put" | "pegged" | "assigned" | "estimated" | "saw"
                )
            };
            let back = &words[i.saturating_sub(10)..i];
            let superseded = back.iter().enumerate().any(|(k, x)| {
                (*x == "when" && back[k + 1..].iter().take(3).any(|y| given(y)))
                    || (*x == "had" && back.get(k + 1).is_some_and(|y| given(y)))
            });
            if (near_chance(i, end)
                || likely_next
                || predicate
                || of_runs
                || priced(words, i, text.contains(" to "))
                || revised_to(words, i))
                && !scale
                && !superseded
            {
                let mut r = reading((low + high) / 200.0, text);
                r.low = low / 100.0;
                r.high = high / 100.0;
                return Some((i, r));
            }
        }
        // "wins 65 out of 100 simulations", "in 71 of 100 simulated elections": an election
        // model's runs give the probability as a share.
        // ("89 out of every 100 runs": "every" between.)
        let of_at = match (words.get(i + 1), words.get(i + 2)) {
            (Some(&"out"), Some(&"of")) => Some(i + 3),
            (Some(&"of"), _) => Some(i + 2),
            _ => None,
        }
        .map(|j| j + usize::from(words.get(j) == Some(&"every")));
        if let Some(j) = of_at {
            if let (Some(a), Some(b)) = (
                w.parse::<f64>().ok(),
                words.get(j).and_then(|x| x.parse::<f64>().ok()),
            ) {
                let runs = words
                    .get(j + 1..(j + 4).min(words.len()))
                    .is_some_and(|r| r.iter().any(|x| RUNS.contains(x)));
                if runs && b >= 10.0 && a <= b {
                    return Some((i, reading(a / b, format!("{w} of {}", words[j]))));
                }
            }
        }
        // "one chance in five", "two chances in three": the count of chances first.
        if matches!(words.get(i + 1), Some(&"chance" | &"chances"))
            && words.get(i + 2) == Some(&"in")
        {
            if let (Some(a), Some(b)) = (
                number_word(w),
                words.get(i + 3).and_then(|b| number_word(b)),
            ) {
                if a > 0.0 && b > a {
                    return Some((i, reading(a / b, format!("{w} chance in {}", words[i + 3]))));
                }
            }
        }
        // one in three / 1 in 5 / a one-in-three chance (one hyphenated word)
        let in_parts = if words.get(i + 1).is_some_and(|x| *x == "in") {
            words.get(i + 2).map(|b| (*w, *b))
        } else {
            w.split_once("-in-")
        };
        // "Four in ten said they voted against him", "one in five adults says", "Nine in ten
        // economists expect": a share of people (or of anything counted), not a chance. A
        // chance's count stands alone or before a chance word or a joining word ("a one in
        // three chance", "one in four that ...", "one in five by June"); any other word after
        // it is what the share counts or what that share did.
        let after_parts = words.get(if w.contains("-in-") { i + 1 } else { i + 3 });
        // '"I'd put the odds of X at one in five," said Tom Ruiz': the odds put at a count
        // are a chance, whatever word follows (audit 28, E5).
        let share = after_parts.is_some_and(|x| {
            x.starts_with(|c: char| c.is_ascii_alphabetic()) && !CHANCE_OR_JOINT.contains(x)
        }) && !odds_put_at(words, i);
        if let Some((a_word, b_word)) = in_parts.filter(|_| !share) {
            if let (Some(a), Some(b)) = (number_word(a_word), number_word(b_word)) {
                if a > 0.0
                    && b >= a
                    && b > 1.0
                    && (near_chance(i, i + 1)
                        || i == 0
                        || words[i - 1] == "a"
                        || words[i - 1] == "of"
                        || odds_put_at(words, i))
                {
                    return Some((i, reading(a / b, format!("{a_word} in {b_word}"))));
                }
            }
        }
        // 3-to-1 odds / 3 to 1 / odds of 3 to 1 (against)
        let (a, b, span) =
            if let Some((x, rest)) = w.contains('-').then(|| w.split_once("-to-")).flatten() {
                (number_word(x), number_word(rest), 1)
            } else if words.get(i + 1).is_some_and(|x| *x == "to") {
                (
                    number_word(w),
                    words.get(i + 2).and_then(|x| number_word(x)),
                    3,
                )
            } else {
                (None, None, 0)
            };
        if let (Some(a), Some(b)) = (a, b) {
            if a + b > 0.0 && words.contains(&"odds") {
                let against = words.get(i + span).is_some_and(|x| *x == "against")
                    || (words.get(i + span).is_some_and(|x| *x == "odds")
                        && words.get(i + span + 1).is_some_and(|x| *x == "against"));
                let p = if against { b / (a + b) } else { a / (a + b) };
                return Some((
                    i,
                    reading(
                        p,
                        format!("{a}-to-{b}{}", if against { " against" } else { "" }),
                    ),
                ));
            }
        }
        // two-thirds, a third, three-quarters
        let fraction = match *w {
            "two-thirds" => Some(2.0 / 3.0),
            "three-quarters" => Some(0.75),
            "one-third" => Some(1.0 / 3.0),
            _ => None,
        };
        if let Some(p) = fraction {
            if near_chance(i, i + 1) {
                return Some((i, reading(p, w.to_string())));
            }
        }
    }
    None
}

/// A holder's revised odds (audit 25, fault 4): "Goldman raised its odds of a recession to
/// 35%", "cut its recession probability for next year to 20%": the number after "to", with a
/// chance word within twelve words before it and a verb of revising just before that.
fn revised_to(words: &[&str], i: usize) -> bool {
    if i < 3 || words[i - 1] != "to" {
        return false;
    }
    let lo = i.saturating_sub(13);
    let Some(c) = (lo..i - 1)
        .rev()
        .find(|&c| CHANCE_WORDS.contains(&words[c]))
    else {
        return false;
    };
    words[c.saturating_sub(4)..c].iter().any(|w| {
        matches!(
            *w,
            "raised"
                | "raises"
                | "raising"
                | "lifted"
                | "lifts"
                | "lifting"
                | "increased"
                | "increases"
                | "boosted"
                | "boosts"
                | "cut"
                | "cuts"
                | "cutting"
                | "lowered"
                | "lowers"
                | "lowering"
                | "reduced"
                | "reduces"
                | "trimmed"
                | "trims"
                | "slashed"
                | "upped"
                | "revised"
                | "revises"
                | "bumped"
                | "nudged"
        )
    }) && !words[c..i - 1]
        .iter()
        .any(|w| w.ends_with('%') || matches!(*w, "and" | "but" | "from"))
}

/// A forecaster's own price of an outcome (audit 25, fault 3): "We make the Lions 70% to win
/// on Sunday", "We have the Lions at 70% to win", "Our model has the Greens at 62%", "I'd
/// give them 40% to reach the final". The number at `words[i]` (a range "55 to 60" when
/// `range`) follows a verb of pricing
/// (make, have, give, put, rate) whose subject is the writer ("we", "I") or a model, within
/// six words, and is followed by "to" and a verb or stands after "at". "Inflation has been at
/// 4%" has no such subject; "we have cut costs by 10% to ..." has the number after "by".
fn priced(words: &[&str], i: usize, range: bool) -> bool {
    let mut end = if range { i + 3 } else { i + 1 };
    while words
        .get(end)
        .is_some_and(|w| matches!(*w, "percent" | "per" | "cent"))
    {
        end += 1;
    }
    let lo = i.saturating_sub(7);
    let Some(v) = (lo..i).rev().find(|&v| {
        matches!(
            words[v],
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
                | "call"
        )
    }) else {
        return false;
    };
    let holder = v > 0
        && matches!(
            words[v - 1],
            "we" | "i"
                | "'d"
                | "we'd"
                | "i'd"
                | "model"
                | "models"
                | "numbers"
                | "forecast"
                | "simulations"
                | "projections"
        );
    let between = &words[v + 1..i];
    // "make Spain 30% favourites for the World Cup", "30% favourites to win it": a price.
    if holder
        && words
            .get(end)
            .is_some_and(|w| matches!(*w, "favourites" | "favorites" | "favourite" | "favorite"))
        && matches!(words.get(end + 1), Some(&"for" | &"to"))
    {
        return true;
    }
    // "have cut costs by 10%", "has risen to 4%": a change, not a price.
    let change = between.iter().any(|w| {
        matches!(*w, "by" | "been" | "from" | "cut" | "raised" | "lowered")
            || w.ends_with("ed") && !matches!(*w, "red" | "ted")
    }) || (i > 0 && matches!(words[i - 1], "by" | "to" | "from"));
    let to_verb = words.get(end) == Some(&"to")
        && words
            .get(end + 1)
            .is_some_and(|n| !n.starts_with(|c: char| c.is_ascii_digit()) && *n != "one");
    let at = i > 0 && words[i - 1] == "at";
    // "... and make it 70%", "put it at 70%": the price of the clause's own event.
    let of_it = matches!(
        between,
        ["it" | "that" | "this"] | ["it" | "that" | "this", "at"]
    );
    (holder && !change && (to_verb || at)) || of_it
}

/// "Put the odds of a recession next year at one in three", "pegged the chance of a cut at
/// 1 in 4", "the odds of a recession by 2027 are 1 in 3": the value follows "at" or a copula, with the chance word it measures earlier in the same
/// stretch (at most 18 words back, no clause of another holder between).
fn odds_put_at(words: &[&str], i: usize) -> bool {
    // "put at up to 60%", "at no better than 20 percent": a bound between (audit 28, E9;
    // `bound_before` names it in a review line).
    let i = BOUNDS
        .iter()
        .map(|b| b.split(' ').count())
        .find(|&n| i > n && BOUNDS.contains(&words[i - n..i].join(" ").as_str()))
        .map_or(i, |n| i - n);
    // "at about one in three", "are roughly 1 in 4": a softener between (audit 22, C3).
    let i = if i > 1
        && matches!(
            words[i - 1],
            "about" | "roughly" | "around" | "just" | "only" | "nearly" | "perhaps" | "maybe"
        ) {
        i - 1
    } else {
        i
    };
    i > 0
        && matches!(words[i - 1], "at" | "are" | "is" | "were" | "was")
        && words[..i - 1]
            .iter()
            .rposition(|w| CHANCE_WORDS.contains(w))
            .is_some_and(|c| {
                i - c <= 18
                    && !words[c..i]
                        .iter()
                        .any(|w| matches!(*w, "and" | "but" | "i" | "we" | "think"))
            })
}

/// A probability written as a decimal after its name: "with P = 0.60", "p=0.35",
/// "(probability: 0.7)", "probability 0.25". The decimal must have its point ("0.6", "1.0")
/// and lie in 0..=1; "P = 3" or "p 0.5 mm" with no name of a probability is not read.
pub(super) fn decimal_probability(text: &str, toks: &[Token<'_>]) -> Option<(usize, Reading)> {
    toks.windows(2).enumerate().find_map(|(i, p)| {
        if !matches!(p[0].0.as_ref(), "p" | "prob" | "probability" | "pr") {
            return None;
        }
        let gap = text.get(p[0].2..p[1].1)?.trim();
        if !matches!(gap, "=" | ":" | "" | "\u{2248}" | "~") {
            return None;
        }
        // "p" alone needs its "=": "p 0.5" may be anything.
        if p[0].0 == "p" && gap.is_empty() {
            return None;
        }
        let v = p[1].0.as_ref();
        if !v.contains('.') {
            return None;
        }
        let x = v.parse::<f64>().ok().filter(|x| (0.0..=1.0).contains(x))?;
        Some((
            i + 1,
            Reading {
                probability: x,
                low: x,
                high: x,
                words: format!("p = {v}"),
                number: true,
                assumed: false,
                at: 0,
            },
        ))
    })
}

/// Words of likelihood a stated number may stand beside.
fn likelihood_word(w: &str) -> bool {
    matches!(
        w,
        "likely"
            | "unlikely"
            | "probable"
            | "improbable"
            | "possible"
            | "plausible"
            | "doubtful"
            | "certain"
            | "probably"
            | "possibly"
    )
}

/// A percentage set off beside a word of likelihood, the number the writer puts on the hedge:
/// "quite likely, maybe 70%, that ...", "likely (about 60%)", "unlikely — say 10% —". The
/// number wins over the hedge's range. Only after a comma, bracket or dash that follows the
/// likelihood word itself, with at most an approximation word between ("maybe", "perhaps",
/// "say", "about", "around", "roughly"), so "likely about 5% higher" (a size) is not read.
pub(super) fn beside_hedge(text: &str, toks: &[Token<'_>]) -> Option<(usize, Reading)> {
    toks.iter().enumerate().find_map(|(i, t)| {
        if !t.0.ends_with('%') || i == 0 {
            return None;
        }
        let (low, high, words) = percent_at(&[t.0.as_ref()], 0)?;
        let mut j = i - 1;
        if matches!(
            toks[j].0.as_ref(),
            "maybe" | "perhaps" | "say" | "about" | "around" | "roughly" | "approximately"
        ) {
            j = j.checked_sub(1)?;
        }
        let gap = text.get(toks[j].2..toks[j + 1].1)?;
        let set_off = gap.contains([',', '(', '\u{2014}', '\u{2013}']) || gap.contains(" - ");
        (likelihood_word(&toks[j].0) && set_off).then(|| {
            (
                i,
                Reading {
                    probability: (low + high) / 200.0,
                    low: low / 100.0,
                    high: high / 100.0,
                    words,
                    number: true,
                    assumed: false,
                    at: 0,
                },
            )
        })
    })
}

/// A bookmaker's price on a side: American (moneyline) odds, a signed whole number of at least
/// 100 beside a word of betting ("the Chiefs are -200 favourites", "a long shot at +800"):
/// -X gives X / (X + 100), +X gives 100 / (X + 100); and fractional odds on a favourite or
/// an outsider ("3-to-1 favourites" 3/4, "a 5-to-1 underdog" 1/6: a favourite is the likelier
/// side). A spread ("Dallas -3.5") or a total ("over/under 47.5") is no price: a decimal, or
/// under 100.
pub(super) fn sided_odds(text: &str, toks: &[Token<'_>]) -> Option<(usize, Reading)> {
    // A price is a word of digits, and the other reading a word with "-to-" (tenth speed
    // round: most sentences have neither, and were read token by token).
    if super::fast_paths::on()
        && !toks.iter().any(|t| {
            let w = t.0.as_bytes();
            w.first().is_some_and(u8::is_ascii_digit) || (w.contains(&b'-') && t.0.contains("-to-"))
        })
    {
        return None;
    }
    let side = |w: &str| {
        matches!(
            w,
            "favourite"
                | "favourites"
                | "favorite"
                | "favorites"
                | "underdog"
                | "underdogs"
                | "outsider"
                | "outsiders"
                | "longshot"
                | "longshots"
        )
    };
    let long_shot = |k: usize| {
        toks.get(k).is_some_and(|t| t.0 == "long")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.0 == "shot" || t.0 == "shots")
    };
    let reading = |q: f64, words: String| Reading {
        probability: q,
        low: q,
        high: q,
        words,
        number: true,
        assumed: false,
        at: 0,
    };
    // "-200", "+800": a sign right before a whole number of 100 or more, the sign starting
    // its word ("-200", not "3-200").
    let price = |t: &Token<'_>| -> Option<(char, f64)> {
        let sign = text[..t.1].chars().next_back()?;
        if !matches!(sign, '+' | '-' | '\u{2212}') || !t.0.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let before = text[..t.1 - sign.len_utf8()].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let x = t.0.parse::<f64>().ok()?;
        (100.0..=100_000.0).contains(&x).then_some((sign, x))
    };
    // "Newcastle (+275) vs Arsenal (-110) | Draw (+260)": a line of prices on every side is
    // a market's table, no forecast of one side.
    let prices = toks.iter().filter(|t| price(t).is_some()).take(2).count();
    toks.iter().enumerate().find_map(|(i, t)| {
        let w = t.0.as_ref();
        // "3-to-1 favourites", "a 5-to-1 underdog" (a word without a hyphen makes no
        // substring searcher: this runs at every word of every hedged sentence)
        if let Some((a, b)) = w
            .as_bytes()
            .contains(&b'-')
            .then(|| w.split_once("-to-"))
            .flatten()
        {
            let (a, b) = (number_word(a)?, number_word(b)?);
            let next = toks.get(i + 1).map_or("", |n| n.0.as_ref());
            if a > 0.0 && b > 0.0 && side(next) {
                let fav = next.starts_with("fav");
                let q = if fav { a.max(b) } else { a.min(b) } / (a + b);
                return Some((i, reading(q, format!("{a}-to-{b} {next}"))));
            }
            return None;
        }
        if prices > 1 {
            return None;
        }
        let (sign, x) = price(t)?;
        // A word of betting beside it: "are -200 favourites", "a long shot at +800", "odds
        // of +150", "the moneyline is -150".
        let lo = i.saturating_sub(4);
        let hi = (i + 3).min(toks.len());
        let priced = (lo..hi).any(|k| {
            k != i
                && (side(&toks[k].0)
                    || long_shot(k)
                    || matches!(
                        toks[k].0.as_ref(),
                        "odds" | "moneyline" | "sportsbook" | "sportsbooks"
                    ))
        });
        // "Leeds are +150 to beat Villa": a price right before the outcome it is for needs
        // no betting word (as `fractional_odds` reads "are 7/2 to win").
        let for_outcome = toks.get(i + 1).is_some_and(|t| t.0 == "to")
            && toks.get(i + 2).is_some_and(|t| outcome_verb(&t.0));
        if !priced && !for_outcome {
            return None;
        }
        let plus = sign == '+';
        let q = if plus {
            100.0 / (x + 100.0)
        } else {
            x / (x + 100.0)
        };
        Some((
            i,
            reading(q, format!("{}{w}", if plus { '+' } else { '-' })),
        ))
    })
}

/// Words that make a sentence a bookmaker's: its fractions are prices.
const BETTING_WORDS: &[&str] = &[
    "odds",
    "bookmakers",
    "bookmaker",
    "bookies",
    "bookie",
    "betting",
    "punters",
    "ladbrokes",
    "betfair",
    "bet365",
    "skybet",
    "betway",
    "paddy",
];

/// Odds as a ratio of two whole numbers: a colon's "3:1" beside a word of betting or odds
/// ("I'd bet 3:1 on it", "odds of 3:1", "3:1 against"), as "3-to-1" reads (3/4; "against"
/// turns it, 1/4), and a split of a hundred before a chance word ("a 60/40 chance of a cut",
/// "60:40 odds"): its first share, 60%. A time ("at 3:15") has no such word beside it.
pub(super) fn ratio_odds(text: &str, toks: &[Token<'_>]) -> Option<(usize, Reading)> {
    // Both readings need two whole numbers in digits, the first opening its word (tenth
    // speed round).
    if super::fast_paths::on()
        && !toks
            .iter()
            .any(|t| t.0.as_bytes().first().is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    if let Some(found) = hyphen_split(toks) {
        return Some(found);
    }
    toks.windows(2).enumerate().find_map(|(i, p)| {
        let sep = text.get(p[0].2..p[1].1)?;
        if !matches!(sep, ":" | "/") || text[p[1].2..].starts_with([':', '/']) {
            return None;
        }
        let whole = |w: &str| {
            (!w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse::<f64>().ok())
                .flatten()
        };
        let (a, b) = (whole(&p[0].0)?, whole(&p[1].0)?);
        let next = toks.get(i + 2).map_or("", |t| t.0.as_ref());
        let chance_after = matches!(
            next,
            "chance" | "chances" | "odds" | "probability" | "likelihood" | "shot"
        );
        // "I'd say 60/40 that X", as `hyphen_split` reads "70-30".
        let said = i >= 2
            && toks[i - 1].0 == "say"
            && matches!(toks[i - 2].0.as_ref(), "i'd" | "i" | "would" | "we'd")
            && next == "that";
        let (q, words) = if a + b == 100.0 && said {
            (a / 100.0, format!("{a}{sep}{b}"))
        } else if a + b == 100.0 && chance_after {
            (a / 100.0, format!("{a}/{b} {next}"))
        } else if sep == ":" && a > 0.0 && b > 0.0 {
            let bet = toks[i.saturating_sub(3)..i]
                .iter()
                .any(|t| matches!(t.0.as_ref(), "odds" | "bet" | "betting" | "wager"));
            if !(bet || next == "odds" || next == "against") {
                return None;
            }
            let against = next == "against"
                || (next == "odds" && toks.get(i + 3).is_some_and(|t| t.0 == "against"));
            let q = if against { b / (a + b) } else { a / (a + b) };
            (
                q,
                format!("{a}:{b}{}", if against { " against" } else { "" }),
            )
        } else {
            return None;
        };
        Some((
            i,
            Reading {
                probability: q,
                low: q,
                high: q,
                words,
                number: true,
                assumed: false,
                at: 0,
            },
        ))
    })
}

/// A split of a hundred written with a hyphen, one word ("60-40"): before a chance word ("a
/// 60-40 chance of a cut"), or the writer's "I'd say 70-30 that X" (audit 27, item 9); its
/// first share is the chance. "Voters say 60-40 that" is a poll's share, not read.
fn hyphen_split(toks: &[Token<'_>]) -> Option<(usize, Reading)> {
    toks.iter().enumerate().find_map(|(i, t)| {
        let (a, b) = t.0.split_once('-')?;
        let whole = |w: &str| {
            (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse::<f64>().ok())
                .flatten()
        };
        let (a, b) = (whole(a)?, whole(b)?);
        let next = toks.get(i + 1).map_or("", |t| t.0.as_ref());
        let chance_after = matches!(
            next,
            "chance" | "chances" | "odds" | "probability" | "likelihood" | "shot"
        );
        let said = i >= 2
            && toks[i - 1].0 == "say"
            && matches!(
                toks[i - 2].0.as_ref(),
                "i'd" | "i" | "would" | "we'd" | "i\u{2019}d"
            )
            && next == "that";
        if a + b != 100.0 || !(chance_after || said) {
            return None;
        }
        let q = a / 100.0;
        Some((
            i,
            Reading {
                probability: q,
                low: q,
                high: q,
                words: format!("{a}-{b}"),
                number: true,
                assumed: false,
                at: 0,
            },
        ))
    })
}

/// Bookmakers' fractional odds: "odds of 5/4 on a second term", "9/4 for a coalition", and in
/// a sentence that names the bookmaker or the betting, a price beside a name ("Ames 5/2",
/// "Rovers (11/4)", "are 7/2 to win"). A stake of B wins A, so the implied probability is
/// B / (A + B) (5/4 gives 4/9). Otherwise "odds" must stand within three words before the
/// fraction; "2/3 of voters" is no price, nor a date "5/4/2027".
pub(super) fn fractional_odds(text: &str, toks: &[Token<'_>]) -> Option<(usize, Reading)> {
    // Every price has its slash: a sentence with none (nearly all) has no price to collect.
    if !text.as_bytes().contains(&b'/') {
        return None;
    }
    let mut betting: Option<bool> = None;
    let prices: Vec<Option<(usize, Reading)>> = toks
        .windows(2)
        .enumerate()
        .map(|(i, p)| {
            // The slash first: nearly every pair of words fails there, before any number is parsed.
            if text.get(p[0].2..p[1].1) != Some("/") || text[p[1].2..].starts_with('/') {
                return None;
            }
            let (a, b) = (p[0].0.parse::<f64>().ok()?, p[1].0.parse::<f64>().ok()?);
            let odds_before = toks[i.saturating_sub(3)..i].iter().any(|t| t.0 == "odds");
            let beside_name = || {
                let before = text[..p[0].1].trim_end();
                // "2/3 of voters" is a share.
                toks.get(i + 2).is_none_or(|t| t.0 != "of")
                    && (before.ends_with('(')
                        || (i > 1
                            && (text[toks[i - 1].1..].starts_with(|c: char| c.is_uppercase())
                                || matches!(
                                    toks[i - 1].0.as_ref(),
                                    "at" | "is" | "are" | "to" | "from" | "nearer"
                                )
                                // "make Smith the 2/1 favourite": a price naming its side
                                // (audit 25, fault 8).
                                || (toks[i - 1].0 == "the"
                                    && toks.get(i + 2).is_some_and(|t| {
                                        t.0.starts_with("favourite")
                                            || t.0.starts_with("favorite")
                                            || matches!(
                                                t.0.as_ref(),
                                                "outsider" | "underdog" | "shot"
                                            )
                                    })))))
            };
            let mut in_betting = || {
                *betting.get_or_insert_with(|| {
                    toks.iter().any(|t| BETTING_WORDS.contains(&t.0.as_ref()))
                })
            };
            // "is currently at 9/4 to take the trophy": a price before the outcome it is for
            // needs no betting word elsewhere in the sentence (round 21).
            let for_outcome = || {
                toks.get(i + 2).is_some_and(|t| t.0 == "to")
                    && toks.get(i + 3).is_some_and(|t| outcome_verb(&t.0))
            };
            // "Salah to score anytime on Sunday is 11/10": the outcome named before, its price
            // after a copula (audit 24, E2).
            let outcome_first = || {
                i > 0
                    && matches!(toks[i - 1].0.as_ref(), "is" | "are" | "at")
                    && toks[..i]
                        .windows(2)
                        .any(|q| q[0].0 == "to" && outcome_verb(&q[1].0))
            };
            // "are 8/13 favourites to win", "give the film 11/4 odds to win": the price names
            // what it is for (not "2/3 favourites won", a share), and beats the hedge word
            // "favourites" (audit 28, E2).
            let named = || {
                toks.get(i + 2).is_some_and(|t| {
                    t.0.starts_with("favourite")
                        || t.0.starts_with("favorite")
                        || matches!(t.0.as_ref(), "odds" | "outsiders" | "underdogs")
                }) && match toks.get(i + 3).map(|t| t.0.as_ref()) {
                    Some("to") => toks.get(i + 4).is_some_and(|t| outcome_verb(&t.0)),
                    Some("for") => true,
                    _ => false,
                }
            };
            let priced = a > 0.0
                && b > 0.0
                && (odds_before
                    || named()
                    || (beside_name() && (in_betting() || for_outcome() || outcome_first())));
            priced.then(|| {
                let q = b / (a + b);
                (
                    i,
                    Reading {
                        probability: q,
                        low: q,
                        high: q,
                        words: format!("odds of {}/{}", p[0].0, p[1].0),
                        number: true,
                        assumed: false,
                        at: 0,
                    },
                )
            })
        })
        .collect();
    // "Arsenal are 5/2 with most bookmakers, and I make them closer to 2/1": the writer's own
    // price after the market's is the writer's forecast; the market's is passed on.
    let mut all = prices.into_iter().flatten();
    let first = all.next()?;
    let own = all.find(|(i, _)| {
        toks[i.saturating_sub(6)..*i].windows(2).any(|q| {
            matches!(q[0].0.as_ref(), "i" | "we")
                && matches!(
                    q[1].0.as_ref(),
                    "make" | "have" | "put" | "rate" | "price" | "see" | "'d" | "would"
                )
        }) || toks[i.saturating_sub(3)..*i]
            .iter()
            .any(|t| matches!(t.0.as_ref(), "closer" | "nearer"))
    });
    Some(own.unwrap_or(first))
}

/// A verb naming the outcome a price is for: "7/2 to win", "+150 to beat", "11/10 to score".
fn outcome_verb(w: &str) -> bool {
    matches!(
        w,
        "win"
            | "beat"
            | "take"
            | "lift"
            | "claim"
            | "finish"
            | "top"
            | "qualify"
            | "retain"
            | "reach"
            | "score"
            | "be"
            | "go"
            | "make"
    )
}

/// Probabilities in the layouts of prediction lists and scenario tables, where no chance word
/// stands beside the number: a list line that opens with its probability ("85: Acme wins the
/// cup", from 11 to 100 so that "1:" to "10:" of a numbered list are not read; never a rank
/// "#1:"), an arrow before a percentage ("Acme wins the cup → 60%"), and a scenario's label
/// with its share in brackets ("Base case (55%): a soft landing").
pub(super) fn laid_out(text: &str, toks: &[Token<'_>], words: &[&str]) -> Option<(usize, Reading)> {
    // Its numbers are digits, or a count in words with a percent unit (`percent_at`): most
    // sentences have neither, and were read word by word (tenth speed round).
    if super::fast_paths::on()
        && !words.iter().any(|w| {
            let b = w.as_bytes();
            b.iter().any(u8::is_ascii_digit)
                || b.ends_with(b"%")
                || b == b"cent"
                || b.windows(7).any(|x| x == b"percent")
        })
    {
        return None;
    }
    let reading = |low: f64, high: f64, words: String| Reading {
        probability: (low + high) / 200.0,
        low: low / 100.0,
        high: high / 100.0,
        words,
        number: true,
        assumed: false,
        at: 0,
    };
    let first = toks.first()?;
    let lead = &text[..first.1];
    if lead
        .trim_start_matches(['-', '*', '•', ' ', '\t', '\n'])
        .is_empty()
        && text[first.2..].starts_with(": ")
        && text[first.2 + 2..]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        if let Ok(p) = first.0.parse::<u32>() {
            if (11..=100).contains(&p) {
                return Some((0, reading(f64::from(p), f64::from(p), format!("{p}%"))));
            }
        }
    }
    for i in 1..toks.len() {
        let Some((low, high, shown)) = percent_at(words, i) else {
            continue;
        };
        let gap = &text[toks[i - 1].2..toks[i].1];
        let arrow = gap.contains(['→', '⇒', '➡']) || gap.contains("->") || gap.contains("=>");
        let after = text[toks[i].2..].trim_start_matches(' ');
        let label = gap.ends_with('(') && (after.starts_with("):") || after.starts_with(") :"));
        if arrow || label {
            return Some((i, reading(low, high, shown)));
        }
    }
    None
}

/// Each plain percentage in `text` ("70%", "45 percent", "50 per cent"), in order, as (byte
/// offset, percent). `None` when a range or a spelled count is among them ("30% to 40%",
/// "between 20 and 25 percent", "seventy percent"), so a caller pairing figures with
/// forecasts one to one never pairs half a range (audit 28, E30).
pub(super) fn plain_percents(text: &str) -> Option<Vec<(usize, f64)>> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| {
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            let w = w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.' | ')' | '('));
            (at, w)
        })
        .collect();
    let word = |j: usize| words.get(j).map_or("", |w| w.1);
    let numeric = |w: &str| w.trim_end_matches('%').parse::<f64>().is_ok();
    let mut out = Vec::new();
    for (i, &(at, w)) in words.iter().enumerate() {
        let body = w
            .strip_suffix('%')
            .or_else(|| matches!(word(i + 1), "percent" | "per").then_some(w));
        let Some(body) = body else { continue };
        if let Ok(p) = body.parse::<f64>() {
            let range_end = (i > 0 && word(i - 1) == "between")
                || (i > 1 && matches!(word(i - 1), "to" | "and") && numeric(word(i - 2)));
            let range_start = matches!(word(i + 1), "to" | "and") && numeric(word(i + 2));
            if range_end || range_start {
                return None;
            }
            out.push((at, p));
        } else if body.contains('-') || spelled_count(body).is_some() {
            return None;
        }
    }
    Some(out)
}

/// Words that make a stated figure a bound, not a point: "up to 60%", "less than a 10%
/// chance", "no better than 20 percent", "at least a 30% chance".
const BOUNDS: &[&str] = &[
    "no better than",
    "no more than",
    "not more than",
    "no less than",
    "as much as",
    "as high as",
    "as low as",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "at most",
    "at least",
    "under",
    "over",
];

/// The bound before a stated figure in `clause` (lower-cased), as "up to 60%", when the
/// figure read (`figure`, as "60%") follows one: the figure is then a limit of the chance,
/// not the chance (audit 28, E9).
pub(super) fn bound_before(lower: &str, figure: &str) -> Option<String> {
    let number = figure.trim_end_matches('%');
    let mut from = 0;
    while let Some(k) = lower[from..].find(number) {
        let at = from + k;
        from = at + number.len();
        let before = lower[..at].trim_end();
        let before = before
            .strip_suffix(" a")
            .or_else(|| before.strip_suffix(" an"))
            .unwrap_or(before);
        let after = &lower[at + number.len()..];
        let unit = after.starts_with('%')
            || after.starts_with(" percent")
            || after.starts_with(" per cent");
        if !unit || lower[..at].ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        if let Some(b) = BOUNDS
            .iter()
            .find(|b| before.ends_with(&format!(" {b}")) || before == **b)
        {
            return Some(format!("{b} {figure}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    /// A bound before the figure read is named; a plain figure, or a bound before another
    /// number, is not (audit 28, E9; sentences we wrote).
    #[test]
    fn a_bound_before_the_figure_is_named() {
        let b = |s: &str, f: &str| super::bound_before(s, f);
        assert_eq!(
            b("the odds are put at up to 60% by june", "60%").as_deref(),
            Some("up to 60%")
        );
        assert_eq!(
            b("there is less than a 10% chance of a strike", "10%").as_deref(),
            Some("less than 10%")
        );
        assert_eq!(
            b("at no better than 20 percent", "20%").as_deref(),
            Some("no better than 20%")
        );
        assert_eq!(b("there is a 30% chance of a strike", "30%"), None);
        assert_eq!(
            b("a 30% chance that sales rise more than 5% by may", "30%"),
            None
        );
    }

    /// Plain percentages with their offsets; a range or a spelled count gives none, so no
    /// caller pairs half of one with a forecast (audit 28, E30; sentences we wrote).
    #[test]
    fn plain_percents_are_listed_and_ranges_refused() {
        let s = "Odds: 20% by May, rising to 45 percent by June and 50 per cent later.";
        assert_eq!(
            super::plain_percents(s),
            Some(vec![(6, 20.0), (28, 45.0), (51, 50.0)])
        );
        assert_eq!(&s[28..30], "45");
        for s in [
            "a 30% to 40% chance by May",
            "between 20 and 25 percent by May",
            "at 30-40% by May",
            "seventy percent by May",
        ] {
            assert_eq!(super::plain_percents(s), None, "{s}");
        }
    }

    /// A point projection with its interval: the interval at its level (audit 19 A7;
    /// sentences we wrote).
    #[test]
    fn a_points_interval_is_read_with_its_level() {
        let s = "We project 3.2 million cases (95% CI 2.8-3.6 million) by 2040.";
        let (a, b, level, interval) = super::point_interval(s).unwrap();
        assert_eq!(&s[a..b], "3.2 million cases (95% CI 2.8-3.6 million)");
        assert_eq!(level, 0.95);
        assert_eq!(interval, "between 2.8 and 3.6 million cases");
        let s = "Sea level will rise 41 cm (90% uncertainty interval 30 to 55 cm) by 2100.";
        let (a, b, level, interval) = super::point_interval(s).unwrap();
        assert_eq!(&s[a..b], "41 cm (90% uncertainty interval 30 to 55 cm)");
        assert_eq!((level, interval.as_str()), (0.9, "between 30 and 55 cm"));
        // A stated chance with the interval of that chance, and a bracket of another kind.
        assert_eq!(
            super::point_interval("Its chance is 5% (90% CI 2-11%) by 2030.").map(|x| x.3),
            Some("between 2 and 11%".to_string())
        );
        assert!(super::point_interval("Sales will rise (mostly online) by 2030.").is_none());
    }

    use super::explicit_number;

    /// Odds as a ratio: a colon's "3:1" beside a word of betting or odds, "against" turning
    /// it, and a split of a hundred before a chance word; a time or a score is none; "the
    /// odds ... are 1 in 3" is read after its copula (audit 18, A4; sentences we wrote).
    #[test]
    fn odds_as_a_ratio_or_after_a_copula_are_read() {
        let read = |s: &str| {
            let toks = super::super::hedges::tokens(s);
            super::ratio_odds(s, &toks).map(|(_, r)| ((r.probability * 1e6).round() / 1e6, r.words))
        };
        assert_eq!(
            read("The ferry sails by May, I'd bet 3:1 on it."),
            Some((0.75, "3:1".to_string()))
        );
        assert_eq!(
            read("The mayor quits by June, 4:1 against."),
            Some((0.2, "4:1 against".to_string()))
        );
        assert_eq!(
            read("Traders see a 60/40 chance of a cut in March."),
            Some((0.6, "60/40 chance".to_string()))
        );
        assert_eq!(read("The vote opens at 3:15 on Friday."), None);
        assert_eq!(read("Rovers won 3:1 at home."), None);
        // A split the writer says before its clause, or one before a chance word, hyphened
        // or not (audit 27, item 9); a poll's split, a score and a span of years are none.
        assert_eq!(
            read("I'd say 70-30 that the ferry sails by May."),
            Some((0.7, "70-30".to_string()))
        );
        assert_eq!(
            read("I would say 60/40 that the ferry sails by May."),
            Some((0.6, "60/40".to_string()))
        );
        assert_eq!(
            read("Traders see a 65-35 chance of a cut in March."),
            Some((0.65, "65-35".to_string()))
        );
        assert_eq!(read("Voters say 60-40 that the mayor should go."), None);
        assert_eq!(read("Rovers won the tie 60-40 on aggregate."), None);
        assert_eq!(read("The 2026-27 budget passes by May."), None);
        assert_eq!(read("Ames is 5/2 to win."), None);
        let words: Vec<&str> = "the odds of a recession by the end of 2027 are 1 in 3"
            .split_whitespace()
            .collect();
        assert_eq!(
            explicit_number(&words).map(|(_, r)| ((r.probability * 1e6).round() / 1e6, r.words)),
            Some((0.333333, "1 in 3".to_string()))
        );
    }

    /// "80 per cent confident" is read as "80% confident" (audit 14, A11; words we wrote).
    /// A percentage in the claim ("above 4%") is not the chance when another one stands
    /// between it and the chance word (audit 17 A9); a range keeps its own words; "one
    /// chance in four" counts chances first (audit 17 A13).
    #[test]
    fn the_chance_is_the_percentage_next_to_its_chance_word() {
        let read = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().collect();
            explicit_number(&words).map(|(i, r)| (i, r.probability, r.words))
        };
        assert_eq!(
            read("rents will climb above 4% by spring a 25% chance"),
            Some((8, 0.25, "25%".to_string()))
        );
        assert_eq!(
            read("a 4% chance that rents climb above 9%"),
            Some((1, 0.04, "4%".to_string()))
        );
        assert_eq!(
            read("a 55 to 60 percent chance of rain"),
            Some((1, 0.575, "55-60%".to_string()))
        );
        assert_eq!(
            read("i give the mill one chance in four by march"),
            Some((4, 0.25, "one chance in four".to_string()))
        );
    }

    /// A range with "%" on both ends, or "between ... and ..." (audit 27, item 9: "a 30% to
    /// 40% chance" read 30%, "between a 30% and 40% chance" 40%, and "the odds ... are between
    /// 30% and 40%" nothing); a change "from 30% to 40%" is no range.
    #[test]
    fn a_range_of_two_percentages_gives_its_midpoint_and_ends() {
        let read = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().collect();
            explicit_number(&words).map(|(i, r)| (i, r.probability, r.low, r.high, r.words))
        };
        for (s, at) in [
            ("a 30% to 40% chance the bill passes", 1),
            ("there is between a 30% and 40% chance the bill passes", 4),
            ("the odds that the bill passes are between 30% and 40%", 8),
            ("the chance of a deal is between 30 and 40 percent", 7),
        ] {
            let (i, p, low, high, words) = read(s).expect(s);
            assert_eq!((i, words.as_str()), (at, "30-40%"), "{s}");
            assert!((p - 0.35).abs() < 1e-12 && low == 0.3 && high == 0.4, "{s}");
        }
        assert_eq!(
            read("the odds of a cut rose from 30% to 40%").map(|r| (r.1, r.4)),
            Some((0.4, "40%".to_string()))
        );
    }

    /// A percentage spelled in words ("seventy percent", "sixty-five per cent") is read as
    /// its digits are, and a share of a model's runs ("in nearly 90% of scenarios", "89 out
    /// of every 100 simulations") is the model's probability (issue 13, X30; sentences we
    /// wrote). A share of people stays none.
    #[test]
    fn spelled_percentages_and_shares_of_a_models_runs_are_probabilities() {
        let read = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().collect();
            explicit_number(&words).map(|(_, r)| ((r.probability * 1e6).round() / 1e6, r.words))
        };
        assert_eq!(
            read("there is a seventy percent chance the strike ends this week"),
            Some((0.7, "70%".to_string()))
        );
        assert_eq!(
            read("a sixty-five per cent chance of a cut"),
            Some((0.65, "65%".to_string()))
        );
        assert_eq!(
            read("the model shows the mayor losing in nearly 80% of scenarios simulated"),
            Some((0.8, "80%".to_string()))
        );
        assert_eq!(
            read("the governor wins 70 percent of the simulations"),
            Some((0.7, "70%".to_string()))
        );
        assert_eq!(
            read("she emerges the winner in 89 out of every 100 simulations"),
            Some((0.89, "89 of 100".to_string()))
        );
        assert_eq!(read("seventy percent of voters approve of the mayor"), None);
        assert_eq!(read("80% of the samples were clean"), None);
    }

    #[test]
    fn a_spelled_percentage_before_a_confidence_word_is_read() {
        for words in [
            &[
                "we",
                "are",
                "80",
                "per",
                "cent",
                "confident",
                "the",
                "bridge",
                "reopens",
            ][..],
            &[
                "we",
                "are",
                "80",
                "percent",
                "confident",
                "the",
                "bridge",
                "reopens",
            ][..],
            &["we", "are", "80%", "confident", "the", "bridge", "reopens"][..],
        ] {
            let got = explicit_number(words).map(|(_, r)| r.probability);
            assert_eq!(got, Some(0.8), "{words:?}");
        }
    }

    /// A count "in" a count is a chance only standing alone or before a chance word or a
    /// joining word; before any other word it is a share of what that word names ("Eight in
    /// ten analysts expect ...": how many expect, not how likely; audit 20, A13; words we
    /// wrote).
    #[test]
    fn a_share_of_people_who_expect_is_no_chance() {
        let read = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().collect();
            explicit_number(&words).map(|(_, r)| ((r.probability * 1e6).round() / 1e6, r.words))
        };
        assert_eq!(read("eight in ten analysts expect a cut by june"), None);
        assert_eq!(read("one in five homes will flood by 2040"), None);
        assert_eq!(read("three in four expect the mill to close"), None);
        assert_eq!(
            read("a one in three chance the mill closes"),
            Some((0.333333, "one in three".to_string()))
        );
        assert_eq!(
            read("one in four that the mill closes by june"),
            Some((0.25, "one in four".to_string()))
        );
        assert_eq!(
            read("the odds are one in five"),
            Some((0.2, "one in five".to_string()))
        );
        // A softener between "at" and the count (audit 22, C3; words we wrote).
        assert_eq!(
            read("we would put the odds of a strike in 2027 at about one in three"),
            Some((0.333333, "one in three".to_string()))
        );
        assert_eq!(
            read("the odds of a strike are roughly one in four"),
            Some((0.25, "one in four".to_string()))
        );
    }

    /// A holder's revised odds are the new probability: "raised its odds of a recession to
    /// 35%"; a figure revised to a level with no chance word is none (audit 25, fault 4;
    /// words we wrote).
    #[test]
    fn odds_revised_to_a_figure_are_the_probability() {
        let read = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().collect();
            explicit_number(&words).map(|(_, r)| r.probability)
        };
        for (s, p) in [
            (
                "goldman raised its odds of a recession to 35% on monday",
                0.35,
            ),
            (
                "the bank cut its probability of a us recession next year to 20%",
                0.2,
            ),
            (
                "analysts lowered the chance of a strike by june to 15 percent",
                0.15,
            ),
        ] {
            assert_eq!(read(s), Some(p), "{s}");
        }
        for s in [
            "the bank raised its rate to 4.5% on monday",
            "the risk is that they raised prices to 20% above cost",
            "odds of a recession rose and output fell to 2%",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    /// A forecaster's own price of an outcome is a probability: "we make the lions 70% to
    /// win", "our model has the greens at 62%", "... and make it 80%"; a change by or to a
    /// figure, or a level that "has been at" one, is not (audit 25, fault 3; words we wrote).
    #[test]
    fn a_forecasters_price_of_an_outcome_is_a_probability() {
        let read = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().collect();
            explicit_number(&words).map(|(_, r)| r.probability)
        };
        for (s, p) in [
            ("we make the lions 70% to win on sunday", 0.7),
            ("we have the lions at 70% to win the division", 0.7),
            ("our model has the greens at 62%", 0.62),
            ("i'd give them 40 per cent to reach the final", 0.4),
            ("we expect the bank to cut in june and make it 80%", 0.8),
            ("we put it at 35%", 0.35),
        ] {
            assert_eq!(read(s), Some(p), "{s}");
        }
        for s in [
            "unemployment has been at 4% to the surprise of many",
            "we have cut costs by 10% to protect margins",
            "the firm has raised prices 5% to cover costs",
            "we make about 70% to 80% of our sales abroad",
            "they have a 20% stake",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    /// A bookmaker's fraction just before the outcome it prices ("at 9/4 to take the
    /// trophy") is read with no betting word elsewhere; a fraction before other words is not
    /// (round 21; words we wrote).
    #[test]
    fn a_fraction_before_the_outcome_it_prices_is_odds() {
        let read = |s: &str| {
            let toks = crate::extract::hedges::tokens(s);
            super::fractional_odds(s, &toks).map(|(_, r)| (r.probability * 1e6).round() / 1e6)
        };
        assert_eq!(
            read("Their entry is currently at 9/4 to take the trophy."),
            Some(0.307692)
        );
        assert_eq!(read("The hearing is at 9/4 to discuss the bill."), None);
        assert_eq!(read("Sales rose 9/4 to a record."), None);
    }

    /// A price after the outcome it is for ("X to score is 11/10"), and the writer's own
    /// price after the market's ("5/2 with the bookmakers, and I make them closer to 2/1"),
    /// are read; the writer's wins (audit 24, E2; words we wrote).
    #[test]
    fn a_price_after_its_outcome_and_the_writers_own_price_are_read() {
        let read = |s: &str| {
            let toks = crate::extract::hedges::tokens(s);
            super::fractional_odds(s, &toks).map(|(_, r)| (r.probability * 1e6).round() / 1e6)
        };
        assert_eq!(
            read("Okafor to win the sprint on Saturday is 6/4."),
            Some(0.4)
        );
        assert_eq!(
            read("Rovers are 9/4 with the bookies, but I have them nearer 6/4."),
            Some(0.4)
        );
        assert_eq!(
            read("The hosts are 3/1 with most bookmakers and I make them closer to 2/1."),
            Some(0.333333)
        );
        // Two market prices, none the writer's: the first.
        assert_eq!(
            read("Rovers are 9/4 with the bookies and United are 6/4."),
            Some(0.307692)
        );
        assert_eq!(read("The draw to decide the groups is 11/10."), None);
    }

    /// American odds right before the outcome they price need no betting word (audit 24,
    /// E2; words we wrote).
    #[test]
    fn american_odds_before_the_outcome_are_read() {
        let read = |s: &str| {
            let toks = crate::extract::hedges::tokens(s);
            super::sided_odds(s, &toks).map(|(_, r)| (r.probability * 1e6).round() / 1e6)
        };
        assert_eq!(read("Hull are +150 to beat Stoke on Friday."), Some(0.4));
        assert_eq!(
            read("The Hawks are -250 to win the series."),
            Some(0.714286)
        );
        assert_eq!(read("Shares are +150 to date this year."), None);
    }
}
