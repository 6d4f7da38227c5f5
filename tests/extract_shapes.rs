//! Sentence shapes seen on real news, as self-written cases (round 20, issue 13): each case is
//! a short text WE wrote in the grammatical shape of a sentence read in a real article (the
//! hedge words, the time phrase, the attribution frame, the list layout, the punctuation),
//! with other topic words and numbers; no third-party text is here. The outlets and kinds read
//! are listed in docs/realnews-rounds.md, round 20. Each case gives its forecasts (words the
//! claim must cover, the probability range and deadline range by issue 13's labeling rules,
//! from the publication date) and the tempting non-forecasts in it.
//!
//! A case is right when every forecast is found with its probability and deadline in range
//! and nothing else is proposed. The test prints every case's result and asserts that the
//! cases still wrong are exactly `STILL_WRONG`: a case that breaks fails the test, and so does
//! a case that starts to pass (move it out of the list). These cases estimate how the rules
//! generalize to shapes they were not written for; README "Real news" gives the counts.

use chrono::NaiveDate;
use forecast_ledger::extract::{extract, Candidate};
use std::collections::HashSet;

/// What a forecast's deadline may be.
#[derive(Clone, Copy)]
enum Due {
    /// No deadline: an unnamed time or "soon".
    Never,
    /// A day between these two, inclusive.
    Within(&'static str, &'static str),
    /// A day between these two, or none (the labels accept either: "this season").
    WithinOrNone(&'static str, &'static str),
}

struct Want {
    words: &'static str,
    p: (f64, f64),
    due: Due,
}

struct Case {
    id: &'static str,
    published: &'static str,
    text: &'static str,
    forecasts: &'static [Want],
    /// Sentences (or parts of them) that must not be proposed.
    not: &'static [&'static str],
}

const fn w(words: &'static str, lo: f64, hi: f64, due: Due) -> Want {
    Want {
        words,
        p: (lo, hi),
        due,
    }
}

use Due::*;

/// The shapes, grouped by the kind of article they were read in.
const CASES: &[Case] = &[
    // Shipping trade press: freight-rate outlooks from consultancies and futures.
    Case {
        id: "freight-poised-by-month-next-year",
        published: "2025-03-10",
        text: "Reefer spot rates are poised to fall by more than 40% by August next year, \
               based on the latest futures contracts traded in Singapore.",
        // Issue 13's rules do not name "poised"; the real-news labels read "poised for" as a
        // likely (round 14), so anything from likely to will is taken.
        forecasts: &[w(
            "Reefer spot rates",
            0.6,
            1.0,
            Within("2026-08-31", "2026-08-31"),
        )],
        not: &[],
    },
    Case {
        id: "freight-firm-expects-next-year",
        published: "2025-12-04",
        text: "The analytics firm expects average barge charter rates to fall by roughly 15% \
               next year. The index rose 4% in early December to about $2,100 a trip.",
        forecasts: &[w(
            "average barge charter rates to fall",
            0.6,
            0.9,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &["The index rose 4%"],
    },
    Case {
        id: "freight-could-take-until-year",
        published: "2024-06-03",
        text: "Tanker day rates could take until 2026 to settle back to pre-crisis levels, \
               the broker said in its weekly note.",
        forecasts: &[w(
            "Tanker day rates",
            0.3,
            0.5,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "freight-anticipates-picture-for-year",
        published: "2025-07-15",
        text: "For 2026, the consultancy anticipates a slightly brighter picture, with average \
               bulk rates forecast to improve by about 6 percent.",
        forecasts: &[w(
            "average bulk rates",
            0.6,
            0.9,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    // Prediction-market write-ups: a market's price is a forecast by its traders; a past
    // reading of it is a past state.
    Case {
        id: "market-past-reading-stood-at",
        published: "2025-05-14",
        text: "Odds of a June rate cut stood at 22% on Monday, according to the exchange. \
               Odds of three cuts this year hit a record 95 percent last week.",
        forecasts: &[],
        not: &["stood at 22%", "hit a record 95 percent"],
    },
    Case {
        id: "market-traders-think-chance-before-month",
        published: "2024-09-16",
        text: "As of now, traders on the exchange think there's only a 21% chance that the \
               ride-hailing app will be banned before May.",
        forecasts: &[w(
            "ride-hailing app will be banned",
            0.21,
            0.21,
            Within("2025-04-30", "2025-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "market-share-price-explained",
        published: "2025-10-02",
        text: "A \"Yes\" share priced at $0.18 means traders value the chance of the rule \
               passing at roughly 18%.",
        forecasts: &[],
        not: &["priced at $0.18"],
    },
    // Crypto market notes.
    Case {
        id: "crypto-author-expects-by-end-of-year",
        published: "2025-02-03",
        text: "A well-known crypto author expects that Solana will finally find its way to \
               $400 by the end of the year.",
        forecasts: &[w(
            "Solana will finally find its way to $400",
            0.6,
            0.9,
            Within("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "crypto-believe-could-by-end-of-year",
        published: "2025-06-13",
        text: "Despite the slide, many analysts still believe that Bitcoin could reach \
               $250,000 by the end of the year.",
        forecasts: &[w(
            "Bitcoin could reach $250,000",
            0.3,
            0.5,
            Within("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "crypto-statements-about-predictions",
        published: "2025-04-20",
        text: "Bold predictions about Dogecoin are the norm, and being wrong is no \
               disqualifier. Nobody predicted the collapse that followed in 2022.",
        forecasts: &[],
        not: &["Bold predictions", "Nobody predicted"],
    },
    Case {
        id: "crypto-if-close-below-may",
        published: "2025-09-22",
        text: "If the weekly close falls below $3,500, Ether may slip back into the \
               $3,000 range.",
        forecasts: &[w(
            "Ether may slip back into the $3,000 range",
            0.3,
            0.5,
            Never,
        )],
        not: &[],
    },
    // Climate outlooks (ENSO, hurricanes, monsoon).
    Case {
        id: "enso-range-chance-into-season",
        published: "2025-01-09",
        text: "For now, the agency is predicting a 50-60% chance that La Niña conditions \
               could continue into the Northern Hemisphere spring.",
        forecasts: &[w(
            "La Niña conditions could continue",
            0.5,
            0.6,
            WithinOrNone("2025-05-31", "2025-06-20"),
        )],
        not: &[],
    },
    Case {
        id: "enso-chances-are-around",
        published: "2026-06-10",
        text: "The chances of even a weak El Niño developing over the coming winter are \
               around 35%.",
        forecasts: &[w(
            "weak El Niño developing",
            0.35,
            0.35,
            WithinOrNone("2027-02-28", "2027-03-20"),
        )],
        not: &[],
    },
    Case {
        id: "enso-by-years-end-well-over",
        published: "2025-11-05",
        text: "Chances of at least a weak La Niña in place by year's end are now well over 75%.",
        forecasts: &[w(
            "weak La Niña in place",
            0.75,
            0.9,
            Within("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "enso-statement-about-forecasts",
        published: "2025-03-12",
        text: "Even a forecast of 80% for an event means there's a 1-in-5 chance that the \
               event won't happen.",
        forecasts: &[],
        not: &["Even a forecast of 80%"],
    },
    Case {
        id: "hurricane-outlook-calls-for-chance",
        published: "2025-04-03",
        text: "The outlook calls for a 48% chance of a major hurricane making landfall along \
               the Gulf coastline this season. Last season saw 18 named storms, 11 of which \
               became hurricanes.",
        forecasts: &[w(
            "major hurricane making landfall along the Gulf coastline",
            0.48,
            0.48,
            WithinOrNone("2025-11-30", "2025-12-31"),
        )],
        not: &["Last season saw 18"],
    },
    Case {
        id: "monsoon-likely-percent-of-average",
        published: "2026-04-15",
        text: "The monsoon rains from June to September are likely to be 104% of the long \
               period average, the weather office said on Tuesday.",
        forecasts: &[w(
            "monsoon rains",
            0.6,
            0.9,
            Within("2026-09-30", "2026-09-30"),
        )],
        not: &[],
    },
    Case {
        id: "monsoon-two-probabilities-one-sentence",
        published: "2026-04-15",
        text: "There is a 31% probability of above-normal rain this monsoon, and only a 3% \
               probability of deficient rain.",
        forecasts: &[
            w(
                "above-normal rain",
                0.31,
                0.31,
                WithinOrNone("2026-09-30", "2026-12-31"),
            ),
            w(
                "deficient rain",
                0.03,
                0.03,
                WithinOrNone("2026-09-30", "2026-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "monsoon-past-onset",
        published: "2025-06-02",
        text: "The monsoon reached the coast on May 26, six days ahead of its normal onset date.",
        forecasts: &[],
        not: &["reached the coast"],
    },
    // Metals and bank notes.
    Case {
        id: "metals-bank-expects-average-in-year",
        published: "2025-09-29",
        text: "The bank now expects nickel to average $19,500 per tonne in 2026, an 8% \
               upgrade from its prior estimate. On Monday morning, nickel futures traded at \
               $15,210 per tonne, up 1.4% on the day.",
        forecasts: &[w(
            "nickel to average $19,500",
            0.6,
            0.9,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &["futures traded at"],
    },
    Case {
        id: "metals-could-reach-strategists-added",
        published: "2025-09-29",
        text: "At its peak, the nickel price could reach $24,000 per tonne, its strategists added.",
        forecasts: &[w("nickel price could reach $24,000", 0.3, 0.5, Never)],
        not: &[],
    },
    Case {
        id: "metals-expects-in-quarter-of-year",
        published: "2025-10-20",
        text: "The lender expects zinc prices to reach $3,100 per tonne in the second quarter \
               of 2026.",
        forecasts: &[w(
            "zinc prices to reach $3,100",
            0.6,
            0.9,
            Within("2026-06-30", "2026-06-30"),
        )],
        not: &[],
    },
    // Grain trade press.
    Case {
        id: "grain-council-forecasts-harvest-this-year",
        published: "2025-05-20",
        text: "The grains council forecasts a world barley harvest this year of 152 million \
               tonnes, a 3 percent decline from last season.",
        forecasts: &[w(
            "barley harvest",
            0.6,
            1.0,
            Within("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "grain-will-probably-be-survey-showed",
        published: "2025-07-08",
        text: "Rapeseed production in the bloc will probably be 19.2m tons, a survey of \
               analysts and traders this week showed.",
        forecasts: &[w(
            "Rapeseed production",
            0.6,
            0.9,
            WithinOrNone("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "grain-too-early-quote",
        published: "2025-08-12",
        text: "\"It is still too early for a firm figure,\" says the co-operative's trader.",
        forecasts: &[],
        not: &["too early for a firm figure"],
    },
    // Industry bodies' yearly outlooks.
    Case {
        id: "industry-expects-for-year-rise",
        published: "2025-11-06",
        text: "The trade group said it expects worldwide sensor sales of $61.3 billion for \
               2026, a rise of 7.4 percent from 2025.",
        forecasts: &[w(
            "worldwide sensor sales",
            0.6,
            0.9,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "industry-projected-at-association-said",
        published: "2026-12-09",
        text: "Profits in 2027 are projected at US$42 billion, with persistent engine \
               shortages putting a cap on performance, the association said. In June, it had \
               predicted a much smaller profit of $25 billion.",
        forecasts: &[w(
            "Profits in 2027",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["it had predicted"],
    },
    Case {
        id: "industry-will-in-year-economists-forecast",
        published: "2026-12-03",
        text: "The world's railways will carry a record number of passengers and earn \
               all-time high revenues in 2027, the group's economists forecast.",
        forecasts: &[w(
            "railways will carry a record number of passengers",
            0.8,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // Regional and non-US papers: housing and council budgets.
    Case {
        id: "housing-were-expected-this-year-and-next",
        published: "2025-06-01",
        text: "Average home prices were expected to decline by 7.5% this year and 3.0% in \
               2026, a survey of 14 property analysts found.",
        forecasts: &[
            w(
                "Average home prices",
                0.6,
                0.9,
                Within("2025-12-31", "2025-12-31"),
            ),
            w("3.0% in 2026", 0.6, 0.9, Within("2026-12-31", "2026-12-31")),
        ],
        not: &[],
    },
    Case {
        id: "housing-expected-until-mid-next-year",
        published: "2025-03-15",
        text: "The bank's economists said house prices were expected to keep falling until \
               mid next year.",
        forecasts: &[w(
            "house prices",
            0.6,
            0.9,
            Within("2026-06-30", "2026-07-31"),
        )],
        not: &[],
    },
    Case {
        id: "housing-i-think-well-be-looking-at-by-end",
        published: "2025-08-16",
        text: "\"I think we'll be looking at a cash rate of 3 percent by the end of this \
               year,\" the bank's chief economist said.",
        forecasts: &[w(
            "cash rate of 3 percent",
            0.6,
            0.9,
            Within("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "housing-expects-month-year-vs-last-year",
        published: "2025-11-20",
        text: "Ms Rowe expects national rents in June 2026 to be sitting 3.1% above their \
               level in June last year.",
        forecasts: &[w(
            "national rents",
            0.6,
            0.9,
            Within("2026-06-30", "2026-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "council-gap-could-reach-by-financial-year",
        published: "2026-01-16",
        text: "The council's funding gap, which sits at £84m for 2026/27, could reach £131m \
               by 2030/31.",
        forecasts: &[w(
            "funding gap",
            0.3,
            0.5,
            Within("2030-12-31", "2031-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "council-forecast-it-will-by-end-of-financial-year",
        published: "2025-12-02",
        text: "A city council has forecast it will be more than £1m in debt by the end of the \
               financial year. The cabinet will present its first draft budget in January.",
        forecasts: &[w(
            "more than £1m in debt",
            0.6,
            1.0,
            Within("2025-12-31", "2026-03-31"),
        )],
        not: &["first draft budget"],
    },
    // Sports columns: pundits' series calls.
    Case {
        id: "sports-i-will-go-score",
        published: "2023-06-14",
        text: "\"It will be a very close series. I think Scotland will edge it 3-2,\" the \
               former captain said. Scotland won the last series 4-0.",
        forecasts: &[w("Scotland will edge it 3-2", 0.6, 1.0, Never)],
        not: &["won the last series"],
    },
    Case {
        id: "sports-likely-to-early-lead",
        published: "2025-07-01",
        text: "The hosts are likely to take an early lead at the first venue, where they have \
               won nine straight matches.",
        forecasts: &[w("hosts are likely to take an early lead", 0.6, 0.9, Never)],
        not: &[],
    },
    // Personal prediction posts and newsletters.
    Case {
        id: "posts-heading-my-predictions-for-year",
        published: "2026-12-28",
        text: "## My predictions for 2027\n\n\
               - The transit levy passes the state senate\n\
               - The harbour bridge reopens to trucks\n",
        forecasts: &[
            w(
                "transit levy passes the state senate",
                0.8,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "harbour bridge reopens to trucks",
                0.8,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "posts-claim-then-percent-in-parentheses",
        published: "2026-01-05",
        text: "Here are our predictions for 2026.\n\n\
               The governor signs the transit levy into law (70 percent)\n\n\
               The levy's backers have spent two years drafting it.\n",
        forecasts: &[w(
            "governor signs the transit levy into law",
            0.7,
            0.7,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "posts-numbered-claim-colon-percent",
        published: "2027-01-02",
        text: "Predictions for 2027\n\n\
               1. The chancellor remains in office at end of year: 95%\n\
               2. The ferry strike is settled: 60%\n",
        forecasts: &[
            w(
                "chancellor remains in office",
                0.95,
                0.95,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "ferry strike is settled",
                0.6,
                0.6,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "posts-markdown-table",
        published: "2026-12-30",
        text: "Here is my table of predictions for 2027.\n\n\
               | claim | probability | by |\n\
               |---|---|---|\n\
               | The city opens the new tram line | 70% | 2027-09-30 |\n\
               | The port strike ends | 40% | June 2027 |\n",
        forecasts: &[
            w(
                "city opens the new tram line",
                0.7,
                0.7,
                Within("2027-09-30", "2027-09-30"),
            ),
            w(
                "port strike ends",
                0.4,
                0.4,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "posts-review-with-ticks",
        published: "2026-01-01",
        text: "Last December, I made 9 predictions for 2025. Let's see how I did.\n\n\
               The mayor and the council will fall out: ✅\n\
               The ferry will evade its ban: ❌\n",
        forecasts: &[],
        not: &["fall out", "evade its ban"],
    },
    Case {
        id: "posts-a-in-b-then-by-month",
        published: "2026-01-10",
        text: "Odds that the tunnel opens: 3 in 10; by June, 6 in 10.",
        forecasts: &[
            w(
                "tunnel opens",
                0.3,
                0.3,
                WithinOrNone("2026-01-10", "2026-12-31"),
            ),
            w("tunnel opens", 0.6, 0.6, Within("2026-06-30", "2026-06-30")),
        ],
        not: &[],
    },
];

/// Content words, as in `tests/extract_quality.rs`: hedge and function words do not count.
fn words(s: &str) -> Vec<String> {
    const SKIP: &[&str] = &[
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "to", "of", "will", "would",
        "not", "and", "or", "in", "on", "at", "by", "for", "with", "that", "this", "it", "its",
        "likely", "unlikely", "expected", "expect", "expects", "probably", "very", "may", "might",
        "could", "should", "set", "poised",
    ];
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '$' && c != '%' && c != '£')
        .filter(|w| !w.is_empty() && !SKIP.contains(w))
        .map(str::to_string)
        .collect()
}

fn coverage(expected: &str, c: &Candidate) -> f64 {
    let sentence = c.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if !sentence.contains(expected) {
        return 0.0;
    }
    let claim: HashSet<String> = words(&c.claim).into_iter().collect();
    let want = words(expected);
    let hit = want.iter().filter(|w| claim.contains(*w)).count();
    hit as f64 / want.len().max(1) as f64
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a case's dates are written as YYYY-MM-DD")
}

/// What is wrong with a candidate taken for `want`: its probability or deadline.
fn faults(want: &Want, c: &Candidate) -> Vec<String> {
    let mut out = Vec::new();
    let (lo, hi) = want.p;
    if c.probability < lo - 1e-9 || c.probability > hi + 1e-9 {
        out.push(format!(
            "\"{}\": probability {} ({}), want {lo}..{hi}",
            want.words, c.probability, c.probability_basis
        ));
    }
    let ok = match (want.due, c.deadline) {
        (Never, None) | (WithinOrNone(..), None) => true,
        (Within(a, b), Some(d)) | (WithinOrNone(a, b), Some(d)) => d >= day(a) && d <= day(b),
        _ => false,
    };
    if !ok {
        out.push(format!(
            "\"{}\": deadline {:?} (phrase {:?})",
            want.words, c.deadline, c.deadline_phrase
        ));
    }
    out
}

/// What is wrong with a case, or nothing.
fn problems(case: &Case) -> Vec<String> {
    let got = extract(case.text, day(case.published));
    let mut used = vec![false; got.len()];
    let mut out = Vec::new();
    for want in case.forecasts {
        // Among the candidates that cover the words, one that is right in every way first.
        let best = got
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .map(|(i, c)| (i, coverage(want.words, c), faults(want, c).is_empty()))
            .filter(|(_, cov, _)| *cov >= 0.6)
            .max_by(|a, b| a.2.cmp(&b.2).then(a.1.total_cmp(&b.1)));
        let Some((i, _, _)) = best else {
            out.push(format!("missed \"{}\"", want.words));
            continue;
        };
        used[i] = true;
        out.extend(faults(want, &got[i]));
    }
    for (i, c) in got.iter().enumerate() {
        if !used[i] {
            out.push(format!(
                "extra candidate \"{}\" (p {})",
                c.claim, c.probability
            ));
        }
    }
    for n in case.not {
        assert!(
            case.text.contains(n),
            "{}: \"{n}\" is not in its text",
            case.id
        );
    }
    out
}

/// The cases the extractor still gets wrong (see the printed problems); each is a kind of
/// failure left for a later round.
const STILL_WRONG: &[&str] = &[
    // "For now, the agency is predicting a 50-60% chance that X": the claim is cut at the
    // fronted adverbial ("For now") instead of the "that" clause.
    "enso-range-chance-into-season",
    // "Chances of X by year's end are now well over 75%": a chance noun as the subject with
    // the number after "are" is not read.
    "enso-by-years-end-well-over",
    // "by 2030/31": a financial year read to 30 June (Australia's); a UK council's ends on 31
    // March. Which calendar a split year means is left to the reviewer.
    "council-gap-could-reach-by-financial-year",
    // "by the end of the financial year": no deadline (which country's year is not known).
    "council-forecast-it-will-by-end-of-financial-year",
];

#[test]
fn self_written_shapes_of_real_news() {
    let mut wrong = Vec::new();
    for case in CASES {
        let p = problems(case);
        if p.is_empty() {
            println!("right  {}", case.id);
        } else {
            println!("WRONG  {}", case.id);
            for x in &p {
                println!("         {x}");
            }
            wrong.push(case.id);
        }
    }
    let forecasts: usize = CASES.iter().map(|c| c.forecasts.len()).sum();
    println!(
        "\n{} of {} self-written shapes right ({} forecasts, {} cases without any)",
        CASES.len() - wrong.len(),
        CASES.len(),
        forecasts,
        CASES.iter().filter(|c| c.forecasts.is_empty()).count()
    );
    let ids: HashSet<&str> = CASES.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), CASES.len(), "two cases share an id");
    for id in STILL_WRONG {
        assert!(ids.contains(id), "STILL_WRONG names no case {id}");
    }
    let now: HashSet<&str> = wrong.iter().copied().collect();
    let listed: HashSet<&str> = STILL_WRONG.iter().copied().collect();
    let broke: Vec<_> = now.difference(&listed).collect();
    let mended: Vec<_> = listed.difference(&now).collect();
    assert!(
        broke.is_empty() && mended.is_empty(),
        "cases now wrong that were right: {broke:?}; cases now right still listed: {mended:?}"
    );
}
