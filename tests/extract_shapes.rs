//! Sentence shapes seen on real news, as self-written cases (round 20, issue 13): each case is
//! a short text WE wrote in the grammatical shape of a sentence read in a real article (the
//! hedge words, the time phrase, the attribution frame, the list layout, the punctuation),
//! with other topic words and numbers; no third-party text is here. The outlets and kinds read
//! are listed in docs/realnews-rounds.md, rounds 20 to 22 (round 21's cases follow round
//! 20's, from "Round 21." on; round 22's, round 21's leftovers first, from "Round 22." on;
//! audit 25's faults, from "Round 26." on; issue 13's leftovers, one case a kind, from
//! "Round 27." on; its later leftovers from "Round 29." on; audit 27's, from "Round 30 (audit 27)." on,
//! its items 6-7 from "Round 31 (audit 27, items 6-7)." on and its items 8-9 from "Round 32
//! (audit 27, items 8-9)." on; audit 28's from "Round 33" on: holders (33), probabilities (34),
//! deadlines (35), plans and frames (36), outlook lists and rival calls (39)); holders and
//! probabilities again from "Round 40" on; wire news (Reuters 1987, BBC News 2004-05) from
//! "Wire news (round 52-53 redone)" on, its round 54 from "Wire news (round 54" on, its
//! round 56 from "Wire news (round 56" on, its round 57 from "Wire news (round 57" on and its
//! round 58 from "Wire news recall (round 58" on; round 59's (helper xd: a chance after a
//! bare space, a quarter told in a past clause) from "Round 59 (xd" on.
//! Each case gives its forecasts (words the claim must cover, the probability range and
//! deadline range by issue 13's labeling rules, from the publication date) and the tempting
//! non-forecasts in it.
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
    // Round 21. Fuel-price outlooks from a price-tracking app, local radio and TV.
    Case {
        id: "fuel-forecasting-for-year-in-particular-expecting",
        published: "2026-12-10",
        text: "The price-tracking app is forecasting cheaper heating oil for 2027. In \
               particular, it is expecting the yearly average price of a litre to slip from \
               1.42 to 1.35 euros next year.",
        forecasts: &[
            w(
                "cheaper heating oil",
                0.6,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "yearly average price of a litre to slip",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "fuel-could-this-winter-before-toward-summer",
        published: "2026-12-10",
        text: "The app suggests the average price of diesel could fall below 1.50 euros this \
               winter, before climbing toward 1.80 euros near the start of summer.",
        // The second part is a forecast of its own, its "could" carried over (corrected
        // before any change: first written as one forecast).
        forecasts: &[
            w(
                "average price of diesel could fall below 1.50 euros",
                0.3,
                0.5,
                Within("2027-02-28", "2027-03-21"),
            ),
            w(
                "climbing toward 1.80 euros",
                0.3,
                0.5,
                Within("2027-06-20", "2027-07-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "fuel-expected-to-dip-that-would-be-according-to",
        published: "2027-01-06",
        text: "The average price of a bus ticket across the region this year is expected to \
               dip to $2.40, down 15 cents from 2026 \u{2014} that would be the lowest level since \
               2019, according to a new analysis by the transit council.",
        forecasts: &[w(
            "average price of a bus ticket",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "fuel-predicts-between-spring-and-early-summer-before-after-month",
        published: "2027-01-06",
        text: "The company predicts pump prices will edge up to around 1.90 between spring \
               and early summer before easing to an average of 1.70 after July.",
        // "before easing to ... after July" is a forecast of its own (corrected before any
        // change: first written as one forecast). Its deadline range was first written from
        // August on; the labels take a period after "after" to its end ("after the summer
        // break" is the summer's end, `deadlines::opened_after`), so July's end is accepted
        // too (corrected after the first run, which it failed).
        forecasts: &[
            w(
                "pump prices will edge up",
                0.8,
                1.0,
                Within("2027-06-21", "2027-07-31"),
            ),
            w(
                "easing to an average of 1.70",
                0.8,
                1.0,
                WithinOrNone("2027-07-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "fuel-projects-will-spend-in-year-forecast-to-according-to",
        published: "2027-01-06",
        text: "The tracker projects households will spend an average of $1,640 on heating in \
               2027, down slightly from last year. Propane prices are forecast to average \
               $2.10 a gallon nationally this year, down from $2.25 in 2026, according to the \
               tracker.",
        forecasts: &[
            w(
                "households will spend an average of $1,640 on heating",
                0.8,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "Propane prices are forecast to average",
                0.6,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "fuel-likely-will-go-lower-over-next-months",
        published: "2026-10-05",
        text: "As heating prices slipped over the past week, many tenants wondered how low \
               they would go. According to the tracker, they likely will go a little lower. It \
               predicts the average bottom price will be 98 cents to $1.05 a litre over the \
               next three or so months.",
        forecasts: &[
            w("will go a little lower", 0.6, 0.9, Never),
            w(
                "average bottom price will be",
                0.8,
                1.0,
                Within("2026-12-31", "2027-01-31"),
            ),
        ],
        not: &["many tenants wondered how low they would go"],
    },
    Case {
        id: "fuel-will-likely-only-last-couple-more-weeks",
        published: "2027-05-17",
        text: "The break from higher fares will likely only last a couple more weeks. As of \
               Monday morning, the average fare was $3.08, up 6 cents from last week.",
        forecasts: &[w(
            "break from higher fares",
            0.6,
            0.9,
            Within("2027-05-28", "2027-06-07"),
        )],
        not: &["the average fare was $3.08"],
    },
    // Holiday-travel projections from a motoring club.
    Case {
        id: "travel-projects-will-drive-over-holiday-weekend",
        published: "2027-03-15",
        text: "The motoring club projects 3.1 million residents will drive at least 80 \
               kilometres from home over the Easter weekend, a 2.5 percent rise on last year.",
        forecasts: &[w(
            "3.1 million residents will drive",
            0.8,
            1.0,
            Within("2027-03-28", "2027-04-05"),
        )],
        not: &[],
    },
    Case {
        id: "travel-expected-to-set-record-advice-after",
        published: "2027-12-15",
        text: "Air travel over the Christmas holiday is expected to set a new record, with \
               640,000 people flying domestically. The club recommends leaving on the Monday \
               before to avoid the worst queues.",
        forecasts: &[w(
            "Air travel over the Christmas holiday",
            0.6,
            0.9,
            Within("2027-12-25", "2028-01-02"),
        )],
        not: &["The club recommends leaving"],
    },
    // A retail trade group's holiday-sales forecasts, and its rivals'.
    Case {
        id: "retail-forecasts-that-will-rise-between-for-months",
        published: "2027-10-05",
        text: "The national grocers' association forecasts that holiday sales will rise \
               between 2.9% and 3.4% for November and December. The group is expected to \
               release final holiday results in mid-January.",
        forecasts: &[w(
            "holiday sales will rise between 2.9% and 3.4%",
            0.75,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["The group is expected to release final holiday results"],
    },
    Case {
        id: "retail-colon-two-firms-joined-by-and",
        published: "2027-10-05",
        text: "Other groups are more upbeat: Harlow Partners expects holiday sales to rise \
               3.8% to 4.5%, and Quill Advisory predicts growth of 3.6% to 4.9%.",
        forecasts: &[
            w(
                "holiday sales to rise 3.8% to 4.5%",
                0.6,
                0.9,
                WithinOrNone("2027-12-31", "2027-12-31"),
            ),
            w(
                "Quill Advisory predicts growth of 3.6% to 4.9%",
                0.6,
                1.0,
                WithinOrNone("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "retail-will-grow-in-year-according-to-forecast-issued-on-day",
        published: "2025-10-09",
        text: "Toy sales over the holiday season will grow by 2.8 percent in 2025, slightly \
               slower than last year's 3.3 percent, according to a forecast by the Toy \
               Makers' Council issued on Thursday.",
        forecasts: &[w(
            "Toy sales over the holiday season will grow by 2.8 percent",
            0.8,
            1.0,
            Within("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "retail-should-increase-to-between-hypothetical-after",
        published: "2027-11-04",
        text: "Spending in November and December should increase to between $41.2 billion \
               and $42.0 billion. Spending growth at the top of that range would double the \
               weak 1.9% seen in 2025, which fell well short of the group's prediction of \
               3.5%.",
        forecasts: &[w(
            "Spending in November and December should increase",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["Spending growth at the top of that range would double"],
    },
    // Car-market outlooks from a dealer-data firm.
    Case {
        id: "autos-forecasts-in-quarter-will-increase",
        published: "2027-03-20",
        text: "The dealer data firm forecasts national new-car sales in Q1 will increase 4.1% \
               year over year and reach 2.6 million units.",
        forecasts: &[w(
            "new-car sales in Q1 will increase 4.1%",
            0.8,
            1.0,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "autos-now-expects-then-superseded-forecasts",
        published: "2027-06-22",
        text: "The firm said it now expects 13.4 million new cars will be sold in 2027, up \
               6.1% from a year earlier. In January it forecast 12.8 million and in March it \
               forecast 12.9 million.",
        forecasts: &[w(
            "13.4 million new cars will be sold in 2027",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["In January it forecast 12.8 million"],
    },
    Case {
        id: "autos-could-through-end-of-month-then-likely-to-show",
        published: "2027-06-22",
        text: "Fleet sales could rise by more than 30% year over year through the end of \
               June. Meanwhile, retail sales are likely to show gains of about 2%.",
        forecasts: &[
            w(
                "Fleet sales could rise",
                0.3,
                0.5,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "retail sales are likely to show gains",
                0.6,
                0.9,
                WithinOrNone("2027-06-30", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "autos-we-believe-year-will-end-said-of",
        published: "2027-06-22",
        text: "\"We believe this year will end as the third best year on record,\" Dana \
               Whitfield said of new-truck sales.",
        forecasts: &[w(
            "this year will end as the third best year on record",
            0.6,
            0.95,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // A scientific panel's cycle forecasts (read on solar-cycle pages; written here about a
    // drought).
    Case {
        id: "panel-consensus-calls-for-in-month-plus-minus",
        published: "2026-06-10",
        text: "The working group's consensus calls for the drought to peak in March 2027 \
               (\u{b1}5 months), with an index value of 4.2.",
        forecasts: &[w(
            "drought to peak",
            0.6,
            1.0,
            Within("2027-03-31", "2027-08-31"),
        )],
        not: &[],
    },
    Case {
        id: "panel-anticipated-with-occurring-between-years",
        published: "2026-06-10",
        text: "The dry spell is anticipated to bottom out, with the lowest reservoir levels \
               occurring between 2027 and 2029, the working group said.",
        forecasts: &[w(
            "dry spell is anticipated to bottom out",
            0.6,
            0.9,
            Within("2029-12-31", "2029-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "panel-concurred-will-occur-in-month-then-superseded",
        published: "2026-06-10",
        text: "The group also concurred that the wettest month will occur in November 2026 \
               (\u{b1}3 months). In its preliminary outlook released last April, the group \
               forecast that the drought would likely be mild.",
        forecasts: &[w(
            "wettest month will occur",
            0.8,
            1.0,
            Within("2026-11-30", "2027-02-28"),
        )],
        not: &["the group forecast that the drought would likely be mild"],
    },
    Case {
        id: "panel-team-predicting-could-be-one-of",
        published: "2026-06-10",
        text: "A team of hydrologists led by the state university is predicting that the \
               coming wet season could be one of the strongest since records began.",
        forecasts: &[w(
            "coming wet season could be one of the strongest",
            0.3,
            0.5,
            WithinOrNone("2026-12-31", "2027-06-30"),
        )],
        not: &[],
    },
    // Song-contest betting.
    Case {
        id: "contest-according-to-bookmaker-favourites-then-fractional-odds",
        published: "2027-04-02",
        text: "According to Ladbrook, Norway are the favourites to win this year's song \
               contest in Vienna. Their entry is currently at 9/4 to take the trophy.",
        forecasts: &[
            w(
                "Norway are the favourites to win",
                0.5,
                0.9,
                WithinOrNone("2027-05-15", "2027-12-31"),
            ),
            w(
                "to take the trophy",
                0.28,
                0.35,
                WithinOrNone("2027-05-15", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "contest-long-shot-at-odds-then-schedule",
        published: "2027-04-02",
        text: "At odds of 120/1, the Irish entry looks a long shot. This year's contest takes \
               place on 15 May in Vienna.",
        forecasts: &[w(
            "the Irish entry looks a long shot",
            0.0,
            0.1,
            WithinOrNone("2027-05-15", "2027-12-31"),
        )],
        not: &["This year's contest takes place on 15 May"],
    },
    // Airport and port traffic outlooks.
    Case {
        id: "port-expects-next-year-then-predicted-to-according-to-report",
        published: "2026-12-15",
        text: "Harbourside Port expects cargo volumes to reach record levels next year. Some \
               2.9 million tonnes are predicted to pass through its sheds in 2027, according \
               to a report published by the port.",
        forecasts: &[
            w(
                "cargo volumes to reach record levels",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "2.9 million tonnes are predicted to pass",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "port-estimated-could-reach-by-end-of-year",
        published: "2026-12-20",
        text: "Lin Wei, the port's marketing director, estimated that total container traffic \
               could reach some 4.1 to 4.3 million boxes by the end of the year.",
        forecasts: &[w(
            "total container traffic could reach",
            0.3,
            0.5,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "airport-forecast-on-day-would-over-next-years-then-while",
        published: "2026-05-12",
        text: "The airport operator forecast on Tuesday that transfer traffic would grow 5.5 \
               percent on average over the next 10 years. It also projected passenger numbers \
               will reach 62 million by 2030 while freight volumes are expected to top 2.4 \
               million tonnes.",
        forecasts: &[
            w(
                "transfer traffic would grow 5.5",
                0.6,
                1.0,
                Within("2036-05-12", "2036-12-31"),
            ),
            w(
                "passenger numbers will reach 62 million",
                0.8,
                1.0,
                Within("2030-12-31", "2030-12-31"),
            ),
            w(
                "freight volumes are expected to top",
                0.6,
                0.9,
                WithinOrNone("2030-12-31", "2030-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "airport-probably-next-year-he-added-then-plan",
        published: "2026-11-30",
        text: "\"We will probably see at least 9 million travellers next year,\" he added. \
               Last month the operator said work on the long-delayed east pier would go ahead \
               next year.",
        forecasts: &[w(
            "We will probably see at least 9 million travellers",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["work on the long-delayed east pier would go ahead"],
    },
    // Public-health season outlooks.
    Case {
        id: "health-likely-in-next-weeks-and-will-likely-over-next-months",
        published: "2027-01-24",
        text: "Norovirus cases are likely to increase in the next two to four weeks, and the \
               highest activity will likely occur over the next two months, according to the \
               latest forecast from the health agency.",
        forecasts: &[
            w(
                "Norovirus cases are likely to increase",
                0.6,
                0.9,
                Within("2027-02-07", "2027-02-21"),
            ),
            w(
                "highest activity will likely occur",
                0.6,
                0.9,
                Within("2027-03-24", "2027-03-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "health-expect-typical-with-peaking-in-month-or-month-of-next-year",
        published: "2026-11-25",
        text: "Doctors expect a typical allergy season, with pollen counts peaking in April \
               or May of next year.",
        forecasts: &[w(
            "pollen counts peaking in April or May",
            0.6,
            0.9,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &[],
    },
    Case {
        id: "health-probably-have-weeks-left-then-too-soon",
        published: "2027-01-20",
        text: "Although the norovirus season is unpredictable, we probably have five weeks \
               left. It is too soon to say whether the season will end early in the north.",
        forecasts: &[w(
            "we probably have five weeks left",
            0.6,
            0.9,
            Within("2027-02-24", "2027-02-24"),
        )],
        not: &["too soon to say whether the season will end early"],
    },
    Case {
        id: "health-past-record-then-therefore-forecasts-will",
        published: "2026-09-30",
        text: "The agency has never seen two severe norovirus winters in a row. Therefore, it \
               forecasts the country will see a moderate season across all age groups.",
        forecasts: &[w(
            "country will see a moderate season",
            0.8,
            1.0,
            WithinOrNone("2027-03-31", "2027-05-31"),
        )],
        not: &["has never seen two severe norovirus winters"],
    },
    // Video-game release windows.
    Case {
        id: "games-told-they-expect-for-season",
        published: "2027-05-12",
        text: "Analysts and studio executives told the wire service they expect a wave of \
               release-date announcements for the autumn.",
        forecasts: &[w(
            "wave of release-date announcements",
            0.6,
            0.9,
            // Autumn ends at the solstice, 2027-12-22 (first written as ending on the 21st).
            WithinOrNone("2027-06-01", "2027-12-22"),
        )],
        not: &[],
    },
    Case {
        id: "games-imperative-expect-in-coming-months-he-added",
        published: "2027-05-12",
        text: "\"Expect a number of announcements in the coming months of titles that will now \
               target autumn release dates,\" he added.",
        forecasts: &[w(
            "a number of announcements",
            0.6,
            0.9,
            Within("2027-07-12", "2027-11-12"),
        )],
        not: &[],
    },
    Case {
        id: "games-plan-this-fiscal-year-which-ends",
        published: "2027-05-12",
        text: "The publisher announced last week that it would release its new racing title \
               this fiscal year, which ends in March 2028.",
        forecasts: &[],
        not: &["it would release its new racing title"],
    },
    Case {
        id: "games-analysts-expect-by-end-of-fiscal-year-which-ends-on",
        published: "2027-05-12",
        text: "Analysts expect the sequel to come out by the end of the company's fiscal \
               year, which ends on March 31, 2028.",
        forecasts: &[w(
            "sequel to come out",
            0.6,
            0.9,
            Within("2028-03-31", "2028-03-31"),
        )],
        not: &[],
    },
    // Round 22. Round 21's leftovers, as self-written sentences (no article behind them).
    Case {
        id: "left-durations-coming-weeks-fortnight-or-so-years",
        published: "2026-03-01",
        text: "Rents are likely to climb in the coming six weeks, the agency said. The strike \
               will probably end within a fortnight, union officials said. Economists expect \
               the currency to weaken over the next two or so years.",
        forecasts: &[
            w(
                "Rents are likely to climb",
                0.6,
                0.9,
                Within("2026-04-12", "2026-04-12"),
            ),
            w(
                "strike will probably end",
                0.6,
                0.9,
                Within("2026-03-15", "2026-03-15"),
            ),
            w(
                "currency to weaken",
                0.6,
                0.9,
                Within("2028-03-01", "2028-03-01"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "left-controller-said-would-reopen-analyst-said-would-rise",
        published: "2026-03-01",
        text: "The club said the stadium would reopen in May. The analyst said ticket prices \
               would rise next year.",
        forecasts: &[w(
            "ticket prices would rise",
            0.6,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["the stadium would reopen in May"],
    },
    Case {
        id: "left-dont-expect-it-before-year",
        published: "2026-03-01",
        text: "The new handset has been a hit in Asia. Don't expect it in Europe before 2028.",
        forecasts: &[w(
            "Don't expect it in Europe before 2028",
            0.1,
            0.35,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "left-relegated-by-end-of-season-no-league",
        published: "2026-03-01",
        text: "Rovers are likely to be relegated by the end of the season.",
        // Issue 13's rules: an unnamed event accepts no deadline.
        forecasts: &[w("Rovers are likely to be relegated", 0.6, 0.9, Never)],
        not: &[],
    },
    Case {
        id: "left-i-expect-united-to-finish-by-month",
        published: "2026-03-01",
        text: "I expect United to finish in the top four by June.",
        forecasts: &[w(
            "United to finish in the top four",
            0.6,
            0.9,
            Within("2026-06-30", "2026-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "left-my-team-item-in-predictions-list",
        published: "2026-12-28",
        text: "My predictions for 2027\n\n1. My album comes out in March.\n2. My team wins \
               the title.\n",
        forecasts: &[w(
            "My team wins the title",
            0.8,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["My album comes out in March"],
    },
    // Round 22. Box-office projections (a forum's repost of a trade site's tracking, a
    // forecaster's newsletter, a trade paper's weekend update, a data site's predictions, a
    // film blog's weekly column).
    Case {
        id: "boxoffice-weekend-looking-like-then-should-open-with",
        published: "2027-05-20",
        text: "Weekend #21 of 2027 is looking like $150 million for the top 12 films. \
               Lantern Bay from Northgate should open with a $48 million three-day weekend.",
        forecasts: &[
            w(
                "Weekend #21 of 2027 is looking like $150 million",
                0.6,
                0.9,
                WithinOrNone("2027-05-23", "2027-05-24"),
            ),
            w(
                "Lantern Bay from Northgate should open with a $48 million",
                0.6,
                0.9,
                WithinOrNone("2027-05-23", "2027-05-24"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "boxoffice-frame-i-am-pegging-at",
        published: "2027-06-07",
        text: "None of this will matter next weekend, when the space sequel arrives with an \
               opening frame I'm pegging at $95M.",
        forecasts: &[w(
            "opening frame I'm pegging at $95M",
            0.6,
            1.0,
            Within("2027-06-13", "2027-06-20"),
        )],
        not: &[],
    },
    Case {
        id: "boxoffice-by-sunday-could-be-as-high-as",
        published: "2027-11-12",
        text: "By Sunday, the heist comedy could be as high as $70M in its first ten days.",
        forecasts: &[w(
            "heist comedy could be as high as $70M",
            0.3,
            0.5,
            Within("2027-11-14", "2027-11-14"),
        )],
        not: &[],
    },
    Case {
        id: "boxoffice-past-opening-above-tracking",
        published: "2027-03-15",
        text: "The thriller opened to $31.2 million last weekend, well above tracking. Critics \
               are at 91 percent on the review site.",
        forecasts: &[],
        not: &["opened to $31.2 million", "Critics are at 91 percent"],
    },
    Case {
        id: "boxoffice-we-are-expecting-from-previews",
        published: "2027-03-17",
        text: "We're expecting close to $6 million from Thursday previews for the musical.",
        forecasts: &[w(
            "close to $6 million from Thursday previews",
            0.6,
            0.9,
            Within("2027-03-18", "2027-03-18"),
        )],
        not: &[],
    },
    // Pharma approval odds (a trade newsletter's tracker, an investor forum's handicapping
    // post, a biotech explainer, a forum's reply on review-extension records).
    Case {
        id: "pharma-remains-confident-despite-delay-goal-date",
        published: "2026-11-20",
        text: "The drugmaker remains confident of approval for its kidney drug despite the \
               three-month delay. The agency's new goal date is 14 March 2027.",
        forecasts: &[w(
            "confident of approval for its kidney drug",
            0.6,
            0.9,
            WithinOrNone("2027-03-14", "2027-03-14"),
        )],
        not: &["The agency's new goal date is 14 March 2027"],
    },
    Case {
        id: "pharma-my-estimate-of-probability-at-meeting",
        published: "2027-05-01",
        text: "My estimate of the probability of approval at the June 9 advisory meeting is \
               40%.",
        forecasts: &[w(
            "probability of approval at the June 9 advisory meeting",
            0.4,
            0.4,
            Within("2027-06-09", "2027-06-09"),
        )],
        not: &[],
    },
    Case {
        id: "pharma-past-extension-record-and-if-approved",
        published: "2027-05-01",
        text: "Of the 21 companies given a review extension in the past two years, 18 went on \
               to win approval. The drug could still find itself in a strong position if \
               approved for first-line use.",
        forecasts: &[],
        not: &[
            "18 went on to win approval",
            "could still find itself in a strong position",
        ],
    },
    // Jobs-report previews (a currency-news site's previews, a business site's list of the
    // consensus, a TV network's preview, a think tank's monitor, an adviser's blog).
    Case {
        id: "jobs-forecasts-for-headline-figures-list",
        published: "2027-02-03",
        text: "The January payrolls report is due on Friday. Their forecasts for the headline \
               figures:\n\n- 185k jobs\n- 4.1% unemployment\n",
        forecasts: &[
            w(
                "185k jobs",
                0.8,
                1.0,
                WithinOrNone("2027-02-05", "2027-02-05"),
            ),
            w(
                "4.1% unemployment",
                0.8,
                1.0,
                WithinOrNone("2027-02-05", "2027-02-05"),
            ),
        ],
        not: &["The January payrolls report is due on Friday"],
    },
    Case {
        id: "jobs-expected-near-term-before-firming-by-mid-year",
        published: "2027-06-10",
        text: "Wage growth a little above 3.5% is expected near term, before a further \
               firming to around 4% by mid-2028.",
        forecasts: &[
            w("Wage growth a little above 3.5%", 0.6, 0.9, Never),
            w(
                "further firming to around 4%",
                0.6,
                0.9,
                Within("2028-06-30", "2028-06-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "jobs-bank-expect-report-to-show-added-and-see-holding",
        published: "2027-06-02",
        text: "Economists at Harwood Bank expect the report to show the economy added 150,000 \
               jobs in May, and they see the unemployment rate holding at 4.2%.",
        forecasts: &[
            w(
                "economy added 150,000 jobs",
                0.6,
                0.9,
                WithinOrNone("2027-06-02", "2027-06-30"),
            ),
            w(
                "unemployment rate holding at 4.2%",
                0.6,
                0.9,
                WithinOrNone("2027-06-02", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "jobs-come-friday-forecasting-added-last-month",
        published: "2027-10-06",
        text: "Come Friday, economists are forecasting that employers added 140,000 jobs last \
               month.",
        forecasts: &[w(
            "employers added 140,000 jobs",
            0.6,
            1.0,
            WithinOrNone("2027-10-08", "2027-10-08"),
        )],
        not: &[],
    },
    Case {
        id: "jobs-our-forecast-for-gain-this-friday-is",
        published: "2027-08-04",
        text: "Our forecast for the total payroll gain this Friday is 95,000 jobs.",
        forecasts: &[w(
            "total payroll gain this Friday is 95,000 jobs",
            0.6,
            1.0,
            Within("2027-08-06", "2027-08-06"),
        )],
        not: &[],
    },
    Case {
        id: "jobs-expectations-are-for-to-edge-down-from-past-month",
        published: "2027-08-03",
        text: "Expectations are for the jobless rate to edge down to 4.0% from 4.1% in June.",
        forecasts: &[w("jobless rate to edge down to 4.0%", 0.6, 0.9, Never)],
        not: &[],
    },
    // UK housing forecasts (a columnist's year-ahead piece and its repost, a property portal's
    // call as told by an agency, a consultancy's note, a lender's outlook in a trade paper, a
    // national paper's report as reposted).
    Case {
        id: "housing-agents-all-think-will-finish-next-year-between",
        published: "2026-12-01",
        text: "Four big estate agents all think the average home will finish next year \
               between 1 and 3 per cent dearer than it starts. Is that what will actually \
               happen? No idea.",
        forecasts: &[w(
            "average home will finish next year between 1 and 3 per cent dearer",
            0.6,
            0.95,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["Is that what will actually happen?", "No idea."],
    },
    Case {
        id: "housing-watchdog-has-gone-for-at-quarter",
        published: "2026-12-01",
        text: "Meanwhile, the fiscal watchdog has gone for 2.4 per cent (at Q4 2027).",
        forecasts: &[w(
            "fiscal watchdog has gone for 2.4 per cent",
            0.6,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "housing-probably-only-in-year-to-quarter-but-we-think-will",
        published: "2027-03-05",
        text: "Weak hiring means prices will probably rise by only 1.5% in the year to Q4 \
               2027, but we think a bigger fall in mortgage rates will allow a 4% rise in 2028.",
        forecasts: &[
            w(
                "prices will probably rise by only 1.5%",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "mortgage rates will allow a 4% rise",
                0.6,
                0.95,
                Within("2028-12-31", "2028-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "housing-dont-believe-gloom-will-rise-that-is-the-prediction",
        published: "2027-11-10",
        text: "Don't believe the gloom: rents will rise by 5% next year. That's the prediction \
               of the letting platform Homefind.",
        forecasts: &[w(
            "rents will rise by 5%",
            0.8,
            1.0,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &["That's the prediction of the letting platform Homefind"],
    },
    Case {
        id: "housing-warned-would-slump-and-not-recover-until",
        published: "2027-11-10",
        text: "The budget office, however, recently warned that prices would slump by more \
               than 6% and not recover until 2029.",
        forecasts: &[w(
            "prices would slump by more than 6%",
            0.6,
            1.0,
            WithinOrNone("2028-12-31", "2029-12-31"),
        )],
        not: &[],
    },
    // Indian IT earnings previews and guidance (a news digest, a results preview site, a
    // stock-news feed, a markets daily, a business paper, a TV network's story).
    Case {
        id: "it-profit-expected-to-rise-ahead-of-fiscal-quarter",
        published: "2027-10-10",
        text: "Ahead of its September-quarter (Q2FY28) results, the software exporter's \
               profit is expected to rise 12% to Rs 2,140 crore, while revenue is expected to \
               rise 3.1%.",
        forecasts: &[
            w(
                "profit is expected to rise 12%",
                0.6,
                0.9,
                WithinOrNone("2027-10-10", "2027-10-31"),
            ),
            w(
                "revenue is expected to rise 3.1%",
                0.6,
                0.9,
                WithinOrNone("2027-10-10", "2027-10-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "it-management-believes-recover-in-fiscal-half",
        published: "2027-10-10",
        text: "Management believes these verticals will start recovering in the second half \
               (H2FY28).",
        // An Indian company's fiscal 2028 ends on 31 March 2028.
        forecasts: &[w(
            "verticals will start recovering",
            0.6,
            0.95,
            Within("2028-03-31", "2028-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "it-scheduled-results-reiterated-target-trimmed-outlook",
        published: "2027-10-10",
        text: "The company is scheduled to release its results for the July-September quarter \
               on 14 October. It has reiterated its target of a 15 per cent margin by 2028-29. \
               Despite a strong quarter, a rival trimmed its full-year revenue growth outlook \
               to 3-4%.",
        forecasts: &[],
        not: &[
            "scheduled to release its results",
            "reiterated its target",
            "trimmed its full-year revenue growth outlook",
        ],
    },
    // Ski-season and winter outlooks (a TV station's early look, a ski magazine, a snow
    // site's forecasts, a snow-report site's news, a sports site's column).
    Case {
        id: "ski-will-have-normal-to-above-this-winter",
        published: "2027-08-20",
        text: "Idaho and Montana ski areas will have normal to above-normal snowfall this \
               winter.",
        forecasts: &[w(
            "Idaho and Montana ski areas will have normal to above-normal snowfall",
            0.8,
            1.0,
            Within("2028-02-29", "2028-03-20"),
        )],
        not: &[],
    },
    Case {
        id: "ski-percentage-of-average-list-over-100",
        published: "2027-10-02",
        text: "My forecast - percentage of average snowfall this winter:\n\n\
               - Bluebird Ridge: 115%\n- Cedar Bowl: 95%\n",
        // The percentages are amounts of snow, not chances: the items are unhedged calls.
        forecasts: &[
            w(
                "Bluebird Ridge: 115%",
                0.8,
                1.0,
                WithinOrNone("2028-02-29", "2028-03-20"),
            ),
            w(
                "Cedar Bowl: 95%",
                0.8,
                1.0,
                WithinOrNone("2028-02-29", "2028-03-20"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "ski-resorts-expect-to-open-targeting",
        published: "2027-10-01",
        text: "Resorts on the west coast expect to open from early November, with Pine Summit \
               targeting the 5th of the month.",
        forecasts: &[],
        not: &["Resorts on the west coast expect to open"],
    },
    Case {
        id: "ski-range-likely-in-quotes-according-to-agency",
        published: "2027-09-12",
        text: "A cold-phase winter is now \"65-75% likely\", according to the weather agency.",
        forecasts: &[w(
            "cold-phase winter",
            0.65,
            0.75,
            WithinOrNone("2028-02-29", "2028-03-20"),
        )],
        not: &[],
    },
    Case {
        id: "ski-turns-neutral-by-spring-possibly-by-summer",
        published: "2028-02-01",
        text: "The latest consensus is that the warm phase turns neutral by spring and \
               possibly into a full cold phase by summer.",
        forecasts: &[
            w(
                "warm phase turns neutral",
                0.6,
                1.0,
                Within("2028-06-20", "2028-06-20"),
            ),
            w(
                "full cold phase",
                0.3,
                0.5,
                Within("2028-09-22", "2028-09-22"),
            ),
        ],
        not: &[],
    },
    // Tennis betting (an exchange's news, a tipster site, a bookmaker's blog, a bookmaker
    // comparison site, a betting site's preview, a poker site's sports news, a forum).
    Case {
        id: "tennis-fraction-to-win-event-which-starts-on",
        published: "2027-05-10",
        text: "Marta Kovac is 11/4 to win the Geneva Open, which starts on 24 May.",
        // The winner is known at the final, after the start.
        forecasts: &[w(
            "Marta Kovac is 11/4 to win the Geneva Open",
            0.25,
            0.29,
            WithinOrNone("2027-05-29", "2027-06-06"),
        )],
        not: &[],
    },
    Case {
        id: "tennis-clear-favourite-next-month-decimal-price",
        published: "2027-06-12",
        text: "The Swede is the clear favourite to retain the grass-court title next month and \
               is 2.1 on the exchange to do so.",
        forecasts: &[w(
            "clear favourite to retain the grass-court title",
            0.45,
            0.9,
            Within("2027-07-31", "2027-07-31"),
        )],
        not: &[],
    },
    Case {
        id: "tennis-never-past-round-then-victory-very-unlikely",
        published: "2027-06-20",
        text: "She has never been past the fourth round at the event. After little \
               preparation on grass, victory for the Spaniard looks very unlikely.",
        forecasts: &[w("victory for the Spaniard", 0.03, 0.2, Never)],
        not: &["She has never been past the fourth round"],
    },
    // Smartphone and tablet shipment forecasts (a national paper's tech section, a tech news
    // site, a news aggregator, a shopping site's gadget news, a research summary site).
    Case {
        id: "phones-expected-to-fall-against-earlier-projection",
        published: "2027-12-03",
        text: "Global tablet shipments in 2028 are expected to fall 1.4%, against an earlier \
               projection of 0.8% growth, the research firm said.",
        forecasts: &[w(
            "Global tablet shipments in 2028 are expected to fall 1.4%",
            0.6,
            0.9,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "phones-decision-to-move-launch-will-cut-next-year",
        published: "2027-12-03",
        text: "The research firm says the maker's decision to move its next base model from \
               late 2028 to early 2029 will cut its shipments by 3.5% next year.",
        forecasts: &[w(
            "will cut its shipments by 3.5%",
            0.8,
            1.0,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &[],
    },
    // Cocoa crop outlooks (a wire's polls as printed by a national paper twice, a business
    // daily's reposts, an Indian business paper's wire copy, a news site's wire copy).
    Case {
        id: "cocoa-main-crop-expected-between-according-to-poll",
        published: "2027-10-20",
        text: "Ghana's 2027/28 cocoa main crop is expected to be between 540,000 and 570,000 \
               tonnes, according to a poll of six exporters.",
        forecasts: &[w(
            "cocoa main crop is expected to be between 540,000 and 570,000 tonnes",
            0.6,
            0.9,
            WithinOrNone("2028-03-31", "2028-09-30"),
        )],
        not: &[],
    },
    Case {
        id: "cocoa-quoted-farmer-will-be-ready-within-weeks",
        published: "2027-08-10",
        text: "\"There are lots of ripe pods on the trees and more will be ready within five \
               weeks,\" said a farmer near Soubre.",
        forecasts: &[w(
            "more will be ready",
            0.8,
            1.0,
            Within("2027-09-14", "2027-09-14"),
        )],
        not: &[],
    },
    Case {
        id: "cocoa-if-good-sun-harvest-will-last-through",
        published: "2027-09-06",
        text: "\"If there is good sun and rain in the coming weeks, the harvest will last \
               through December,\" said a farmer near Gagnoa.",
        forecasts: &[w(
            "harvest will last through December",
            0.8,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "cocoa-no-one-able-to-say-what-we-will-produce",
        published: "2027-10-22",
        text: "\"Today, no one is able to say with any certainty what volume we will produce \
               between April and September,\" the regulator's director said.",
        forecasts: &[],
        not: &["no one is able to say with any certainty"],
    },
    Case {
        id: "a24-recap-bullets-before-picks-heading",
        published: "2026-11-25",
        text: "Quick notes first, then my picks.\n\n- Grain: wheat futures slid for a fourth \
               session.\n- Freight: container rates jumped 6% on Tuesday.\n\n## My picks\n\n\
               - The central bank holds rates through January.",
        forecasts: &[w(
            "central bank holds rates",
            0.8,
            1.0,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &[
            "wheat futures slid for a fourth session",
            "container rates jumped 6% on Tuesday",
        ],
    },
    Case {
        id: "a24-transcript-percent-they-without-that",
        published: "2026-11-26",
        text: "SAM: I'd say 65 percent they sign a new keeper by January 31st.",
        forecasts: &[w(
            "sign a new keeper",
            0.65,
            0.65,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &["SAM"],
    },
    Case {
        id: "a24-american-odds-before-outcome-with-i-think",
        published: "2026-11-26",
        text: "Hull are +200 to beat Stoke on Saturday, and I think that is generous.",
        forecasts: &[w(
            "to beat Stoke on Saturday",
            0.333,
            0.334,
            Within("2026-11-28", "2026-11-28"),
        )],
        not: &[],
    },
    Case {
        id: "a24-writers-price-after-the-markets-season-long",
        published: "2026-11-26",
        text: "SATURDAY'S BETS\n\nFor promotion, Rovers are 4/1 with most bookmakers, and I \
               make them closer to 3/1.",
        forecasts: &[w("Rovers", 0.25, 0.25, Never)],
        not: &[],
    },
    Case {
        id: "a24-price-after-its-outcome",
        published: "2026-11-26",
        text: "Okafor to score first on Saturday is 6/4.",
        forecasts: &[w(
            "Okafor to score first",
            0.4,
            0.4,
            Within("2026-11-28", "2026-11-28"),
        )],
        not: &[],
    },
    Case {
        id: "a24-question-then-coin-flip",
        published: "2026-11-26",
        text: "6/ A long shot: the council approves the tram extension before Easter? Coin flip.",
        forecasts: &[w(
            "council approves the tram extension",
            0.5,
            0.5,
            Within("2027-03-27", "2027-03-28"),
        )],
        not: &[],
    },
    Case {
        id: "a24-verdict-with-number-rates-statement-before",
        published: "2026-11-26",
        text: "4/ Ports: no new tariffs on grain this year. Quite likely, maybe 80%.",
        forecasts: &[w(
            "no new tariffs on grain",
            0.8,
            0.8,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "a24-exceed-this-week",
        published: "2026-11-26",
        text: "Rainfall is unlikely to exceed 50 mm again this week.",
        forecasts: &[w(
            "Rainfall is unlikely to exceed 50 mm",
            0.05,
            0.35,
            Within("2026-11-29", "2026-11-29"),
        )],
        not: &[],
    },
    Case {
        id: "a24-chance-priced-at-two-day-meeting",
        published: "2026-11-25",
        text: "Futures traders priced a 58% chance of a hike at the Jan. 27-28 meeting.",
        forecasts: &[w(
            "a hike at the Jan. 27-28 meeting",
            0.58,
            0.58,
            Within("2027-01-28", "2027-01-28"),
        )],
        not: &[],
    },
    Case {
        id: "a24-title-question-with-subtitle",
        published: "2026-11-23",
        text: "# Will rents fall next year? Our experts weigh in\n\nLetting agents \
               expect rents to ease slightly in 2027.",
        forecasts: &[w(
            "rents to ease slightly",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["Will rents fall next year?"],
    },
    Case {
        id: "a24-officer-states-the-bodys-stance",
        published: "2026-11-25",
        text: "\"The board will remain patient,\" Governor Lena Ortiz said in September.",
        forecasts: &[],
        not: &["The board will remain patient"],
    },
    // Round 26 (the lead's probe). Central-bank polls and handset rumours read in the search
    // tool's stored pages (a wire poll, a bank's note, two handset-rumour reports), written
    // again in our own words: holders with an apposition or a trailing adverb, a perfect
    // progressive, a poll's closing tag, a pronoun's frame after the holder's, and a
    // "from X through Y" span.
    Case {
        id: "handset-apposition-at-bank-predicts-that",
        published: "2027-07-06",
        text: "Another analyst, at a large bank, predicts that the firm will release only one new \
               handset this year.",
        forecasts: &[w(
            "the firm will release only one new",
            0.75,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "handset-who-clause-said-would",
        published: "2027-07-06",
        text: "Lee, who just returned from Seoul, said the new handset would go on sale in \
               September.",
        forecasts: &[w(
            "the new handset would go on sale",
            0.6,
            1.0,
            Within("2027-09-30", "2027-09-30"),
        )],
        not: &[],
    },
    Case {
        id: "rates-group-still-expect",
        published: "2026-09-20",
        text: "Analysts at a rival bank still expect a 0.5% cut by the end of the year.",
        forecasts: &[w("0.5% cut", 0.6, 0.9, Within("2026-12-31", "2026-12-31"))],
        not: &[],
    },
    Case {
        id: "handset-have-been-predicting-that-would",
        published: "2027-07-06",
        text: "Financial analysts have been predicting in recent weeks that the firm would begin \
               production in August.",
        forecasts: &[w(
            "the firm would begin",
            0.6,
            1.0,
            Within("2027-08-31", "2027-08-31"),
        )],
        not: &[],
    },
    Case {
        id: "rates-poll-median-estimate-showed",
        published: "2026-09-20",
        text: "The central bank will lower its cash rate by a quarter point to 3.6% in the third \
               quarter, the median estimate in a poll of 30 economists showed.",
        forecasts: &[w(
            "lower its cash rate",
            0.8,
            1.0,
            Within("2026-09-30", "2026-09-30"),
        )],
        not: &["median estimate in a poll"],
    },
    Case {
        id: "rates-firm-said-it-now-forecasts-through",
        published: "2026-09-20",
        text: "The firm said it now forecasts a further quarter-point cut at each meeting from \
               November through June 2027.",
        forecasts: &[w(
            "a further quarter-point cut at each meeting",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["it now forecasts"],
    },
    Case {
        id: "handset-thought-to-be-arriving-then-said-to-have-met",
        published: "2027-07-06",
        text: "A redesigned model is thought to be arriving in 2028. The chief executive is said \
               to have met the suppliers in May. He is believed to be the richest man in the \
               province.",
        // (Round 28: the claim is now "A redesigned model will arrive in 2028", so the words
        // run to the year.)
        forecasts: &[w(
            "A redesigned model is thought to be arriving in 2028",
            0.55,
            0.85,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &["said to have met", "believed to be the richest"],
    },
    // Wire and newspaper reports of March 2013 (the TempEval-3 platinum articles that
    // `examples/news_eval.rs` scores, issue 13): reported "would", a note "saying", a day
    // that is the publication day, "possible there will be more", a past "thought ... would".
    Case {
        id: "te3-forecasters-said-would-on-publication-day",
        published: "2027-01-15",
        text: "Weather services said the ice would close mountain passes in the north on \
               Friday, with up to 30cm of drift in places.",
        // A reported "would" is the speaker's "will" (issue 13: 0.8-1.0); Friday is the day
        // of publication.
        forecasts: &[w(
            "ice would close mountain passes",
            0.8,
            1.0,
            Within("2027-01-15", "2027-01-15"),
        )],
        not: &[],
    },
    Case {
        id: "te3-note-saying-would-over-next-decade",
        published: "2027-01-28",
        text: "On Jan. 3, a large Swiss bank released a strategists' note saying that the \
               country's zoning rules would lead to a steep fall in building permits over the \
               next decade.",
        forecasts: &[w(
            "zoning rules would lead to a steep fall in building permits",
            0.8,
            1.0,
            Within("2037-01-01", "2037-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "te3-possible-there-will-be-more",
        published: "2027-02-09",
        text: "Four ferry crossings were cancelled in the past week, and it's possible there \
               will be more, the harbour master said.",
        forecasts: &[w("there will be more", 0.3, 0.5, Never)],
        not: &["Four ferry crossings were cancelled"],
    },
    Case {
        id: "te3-reported-and-possible-there-will-be-more",
        published: "2027-02-12",
        text: "Six of the ferry cancellations were reported in the last week, and it's possible \
               there will be more, said the port's Capt. Ann Lee on Friday.",
        forecasts: &[w("there will be more", 0.3, 0.5, Never)],
        not: &[],
    },
    Case {
        id: "te3-past-thought-would",
        published: "2027-02-09",
        text: "\"We were glad the valley heard about it, and we thought that's where the \
               story would end.\"",
        forecasts: &[],
        not: &["we thought that's where the story would end"],
    },
    Case {
        id: "te3-would-worst-hit-they-added",
        published: "2027-01-15",
        text: "Weather services said the ice would close mountain passes in the north on \
               Friday. Bridges in the west would be the worst hit, while gales would push \
               drifts across the coast road, they added.",
        forecasts: &[
            w(
                "ice would close mountain passes",
                0.8,
                1.0,
                Within("2027-01-15", "2027-01-15"),
            ),
            w(
                "Bridges in the west would be the worst hit",
                0.8,
                1.0,
                Within("2027-01-15", "2027-01-15"),
            ),
            w(
                "gales would push drifts across the coast road",
                0.8,
                1.0,
                Within("2027-01-15", "2027-01-15"),
            ),
        ],
        not: &[],
    },
    // Round 26. Audit 25's faults, as self-written sentences (its articles are lost): each
    // kind in more than the one shape the audit reported.
    // A list under a heading naming a year, posted the December before: "this year", "the
    // year" and "by the end of the year" are the heading's year.
    Case {
        id: "a25-year-heading-this-year-is-the-headings",
        published: "2026-12-20",
        text: "# What I expect in 2027\n\n\
               1. Ferry fares end the year higher than they start it. 70%\n\
               2. The harbour board cuts its levy this year. 40%\n\
               3. Dock strikes are over by the end of the year. 65%\n\
               4. The new terminal opens by June. 55%\n",
        forecasts: &[
            w(
                "Ferry fares end the year higher",
                0.7,
                0.7,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "harbour board cuts its levy",
                0.4,
                0.4,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "Dock strikes are over",
                0.65,
                0.65,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "new terminal opens",
                0.55,
                0.55,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "a25-next-years-predictions-later-this-year",
        published: "2026-11-28",
        text: "My predictions for next year:\n\n\
               - Grain exports recover later this year: 60%\n\
               - The mill reopens at some point in the year: 35%\n",
        forecasts: &[
            w(
                "Grain exports recover",
                0.6,
                0.6,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "mill reopens",
                0.35,
                0.35,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // "X wants us to believe Y. It will not.": the writer's flat rebuttal is one forecast of
    // Y, low; the frame alone is the holder's claim, never the writer's.
    Case {
        id: "a25-wants-us-to-believe-then-it-will-not",
        published: "2026-10-14",
        text: "The ferry operator wants us to believe its new catamaran will halve crossing \
               times by next summer. It will not.",
        forecasts: &[w(
            "new catamaran will halve crossing times",
            0.0,
            0.2,
            Within("2027-08-31", "2027-09-23"),
        )],
        not: &["It will not."],
    },
    Case {
        id: "a25-would-have-you-believe-alone-is-the-holders",
        published: "2026-10-14",
        text: "The league would have you believe that ticket prices will fall next season.",
        forecasts: &[w(
            "ticket prices will fall",
            0.8,
            1.0,
            WithinOrNone("2026-10-15", "2028-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "a25-say-then-that-wont-happen",
        published: "2026-10-14",
        text: "Transport analysts say the tram extension will open in March. That won't happen.",
        // Round 28 (audit 26, finding 1): the claim the writer flatly rebuts gives only the
        // writer's denial; the analysts' 0.8..1.0 was wanted here before, and saved under the
        // article's source it was a forecast the source itself rejects.
        forecasts: &[w(
            "tram extension will open",
            0.0,
            0.2,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["That won't happen."],
    },
    // A forecaster's own price of an outcome ("We make X 70% to win", "We have X at 70% to
    // win", "Our model has X at 62% to ..."), and an explicit number beside a hedge word in
    // one clause: the number wins.
    Case {
        id: "a25-we-make-them-percent-to-win",
        published: "2026-11-18",
        text: "We make the Harriers 64% to beat the Comets on Saturday. Our model has the \
               Comets at 30 per cent to reach the final in March.",
        forecasts: &[
            w("Harriers", 0.64, 0.64, Within("2026-11-21", "2026-11-21")),
            w(
                "reach the final in March",
                0.3,
                0.3,
                Within("2027-03-31", "2027-03-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "a25-expect-and-make-it-percent",
        published: "2026-11-18",
        text: "We expect the port authority to approve the new berth at its January meeting \
               and make it 80%.",
        forecasts: &[w(
            "port authority to approve the new berth",
            0.8,
            0.8,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &["make it 80%"],
    },
    // A bank's revised odds: "raised its odds of X to 35%", "cut its probability of X to
    // 20%"; the day of the revision after the figure is no deadline.
    Case {
        id: "a25-bank-raised-its-odds-of-to",
        published: "2026-11-18",
        text: "Harbour Capital raised its odds of a housing slump next year to 45% on Tuesday, \
               while a rival bank cut its probability of a rate hike by March to 15 percent.",
        forecasts: &[
            w(
                "housing slump",
                0.45,
                0.45,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "rate hike by March",
                0.15,
                0.15,
                Within("2027-03-31", "2027-03-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "a25-raised-odds-then-monday-no-deadline",
        published: "2026-11-18",
        text: "The brokerage lifted its odds of a shipping strike to 30% on Monday.",
        forecasts: &[w("shipping strike", 0.3, 0.3, Never)],
        not: &[],
    },
    // The middle of a year is June 30 in every phrasing.
    Case {
        id: "a25-middle-of-year-every-phrasing",
        published: "2026-11-18",
        text: "The central bank will probably hold rates through the middle of 2027. Mortgage \
               approvals should recover in mid-2027. Analysts expect the backlog to persist \
               through mid-2027.",
        forecasts: &[
            w("hold rates", 0.6, 0.9, Within("2027-06-30", "2027-06-30")),
            w(
                "Mortgage approvals should recover",
                0.55,
                0.8,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "backlog to persist",
                0.6,
                0.9,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    // A subject that is a noun phrase with a year or number keeps its place in the claim,
    // and is no holder ("An interest rate cut in February is likely").
    Case {
        id: "a25-year-subject-stays-with-closing-tag",
        published: "2026-11-18",
        text: "A 2027 opening is likely, the stadium's neighbours say. A deal before March \
               looks unlikely. A 50-basis-point cut in February is likely.",
        forecasts: &[
            w(
                "A 2027 opening",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "A deal before March",
                0.1,
                0.35,
                Within("2027-02-28", "2027-02-28"),
            ),
            w(
                "A 50-basis-point cut in February",
                0.6,
                0.9,
                Within("2027-02-28", "2027-02-28"),
            ),
        ],
        not: &[],
    },
    // Statements about the publication itself are no forecasts; a bookmaker's price is the
    // bookmaker's forecast, 2/1 against being 1/3.
    Case {
        id: "a25-publication-boilerplate-is-no-forecast",
        published: "2026-11-18",
        text: "The harbour board will probably raise berth fees in March. This story will be \
               updated as more details emerge. Subscribers will receive the full tables on \
               Friday. The newsletter will return next week.",
        forecasts: &[w(
            "raise berth fees",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[
            "This story will be updated",
            "Subscribers will receive",
            "The newsletter will return",
        ],
    },
    Case {
        id: "a25-bookmakers-make-the-favourite",
        published: "2026-11-18",
        text: "Bookmakers make Okafor the 2/1 favourite to win the marathon on Sunday. \
               Betfred has Lindqvist at 5/1 to finish on the podium.",
        forecasts: &[
            w(
                "to win the marathon on Sunday",
                0.333,
                0.334,
                Within("2026-11-22", "2026-11-22"),
            ),
            w(
                "to finish on the podium",
                0.166,
                0.167,
                WithinOrNone("2026-11-22", "2026-11-22"),
            ),
        ],
        not: &[],
    },
    // Round 27. Leftovers of the extraction issue (13), one case a kind of failure.
    // A judgement of difficulty after a forecast is no forecast of its own.
    Case {
        id: "r27-it-wont-be-easy-after-a-forecast",
        published: "2026-11-18",
        text: "The council will probably approve the bridge in March. It won't be easy. \
               The refit will be tough, and it won't be cheap either.",
        forecasts: &[w(
            "approve the bridge in March",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[
            "It won't be easy",
            "The refit will be tough",
            "it won't be cheap",
        ],
    },
    // A question answered by a flat "It won't." or "I doubt it.": the claim is the
    // question's event with its "will" put back, at the answer's probability.
    Case {
        id: "r27-will-question-answered-wont-or-doubt",
        published: "2026-11-18",
        text: "Will the ferry sail by May? It won't.\n\nWill the mill reopen before June? \
               I doubt it.",
        forecasts: &[
            w(
                "the ferry sail by May",
                0.0,
                0.1,
                Within("2027-05-31", "2027-05-31"),
            ),
            w(
                "the mill reopen before June",
                0.15,
                0.35,
                Within("2027-05-31", "2027-06-01"),
            ),
        ],
        not: &[],
    },
    // A noun-phrase subject with "is likely" and a closing "according to X" or "X say",
    // no time phrase: X's forecast, with no deadline.
    Case {
        id: "r27-np-is-likely-according-to-no-time",
        published: "2026-11-18",
        text: "An early election is likely, according to analysts. A dock strike is \
               unlikely, the union says.",
        forecasts: &[
            w("An early election", 0.6, 0.9, Never),
            w("A dock strike", 0.1, 0.35, Never),
        ],
        not: &[],
    },
    // An adverb inside the likelihood frame ("is now likely to") goes with the frame.
    Case {
        id: "r27-now-likely-to-slip",
        published: "2026-11-18",
        text: "The 2027 launch is now likely to slip. Fares are increasingly unlikely to \
               fall before March.",
        forecasts: &[
            w(
                "The 2027 launch",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "fall before March",
                0.1,
                0.35,
                Within("2027-02-28", "2027-03-01"),
            ),
        ],
        not: &[],
    },
    // "the middle of the year" written in December, looking ahead: next year's June 30.
    Case {
        id: "r27-middle-of-the-year-in-december",
        published: "2026-12-03",
        text: "The merger should close by the middle of the year. Port volumes will \
               probably recover by mid-year.",
        forecasts: &[
            w(
                "The merger should close",
                0.55,
                0.8,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "Port volumes will probably recover",
                0.6,
                0.9,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    // Odds revised with the event as a compound noun before "odds" ("its recession odds").
    Case {
        id: "r27-raised-compound-noun-odds",
        published: "2026-11-18",
        text: "Goldman raised its recession odds to 35%. The union lifted its strike risk \
               to 40% on Friday.",
        forecasts: &[
            w("recession", 0.35, 0.35, Never),
            w("strike", 0.4, 0.4, Never),
        ],
        not: &[],
    },
    // Audit 26 (the lead's fixes, sentences the audit wrote in its own words): a fronted
    // "Without X," is the condition "no X"; a time between the holder and its verb ("on
    // Monday", "yesterday") is no part of the holder; one member of a named group ("Another
    // analyst at a large bank") holds the forecast without commas around "at".
    Case {
        id: "a26-without-a-deal-would-union-warned",
        published: "2027-01-06",
        text: "Without a deal, the plant would close by June, the union warned.",
        forecasts: &[w(
            "the plant would close",
            0.6,
            1.0,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["Without a deal"],
    },
    Case {
        id: "a26-holder-yesterday-said-would",
        published: "2027-01-06",
        text: "Analysts yesterday said the bank would cut rates in March.",
        forecasts: &[w(
            "the bank would cut rates",
            0.6,
            1.0,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["Analysts yesterday said"],
    },
    Case {
        id: "a26-one-analyst-at-a-firm-predicts-that",
        published: "2027-01-06",
        text: "Another analyst at a large bank predicts that the firm will cut 500 jobs by March.",
        forecasts: &[w(
            "the firm will cut 500 jobs",
            0.75,
            1.0,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["Another analyst at a large bank predicts"],
    },
    // Round 28 (audit 26). Kinds of failure the audit found, each in sentences we wrote.
    // A claim the writer flatly rebuts is only the writer's denial, whoever said it first
    // and however the holder is tagged; a bare agreement is the writer's view of it.
    Case {
        id: "r28-holder-says-then-it-wont",
        published: "2026-11-15",
        text: "The regulator says the merger will close by April. It won't.",
        forecasts: &[w(
            "the merger will close by April",
            0.0,
            0.1,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &["It won't."],
    },
    Case {
        id: "r28-tag-insists-then-it-will-not",
        published: "2026-11-15",
        text: "The stadium will be finished by May, the mayor insists. It will not.",
        forecasts: &[w(
            "The stadium will be finished by May",
            0.0,
            0.1,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &["the mayor insists"],
    },
    Case {
        id: "r28-believe-frame-then-i-think-it-will",
        published: "2026-11-15",
        text: "The coach wants us to believe the club will avoid relegation. I think it will.",
        forecasts: &[w("the club will avoid relegation", 0.6, 0.95, Never)],
        not: &["I think it will."],
    },
    // Holders: a time between holder and verb with any verb of revising odds, the writer's
    // own revised odds ("our"), and a holder with an aside between commas (a relative clause
    // or a participle phrase) before its verb.
    Case {
        id: "r28-holder-last-week-trimmed-odds",
        published: "2026-11-15",
        text: "The brokerage last week trimmed its default odds to 15%. We lifted our odds of \
               a port strike to 40% from 25%.",
        forecasts: &[
            w("default", 0.15, 0.15, Never),
            w("a port strike", 0.4, 0.4, Never),
        ],
        not: &["last week trimmed", "We lifted our odds"],
    },
    Case {
        id: "r28-holder-aside-between-commas",
        published: "2026-11-15",
        text: "One trader, who declined to give her name, expects the peso to slide by April. \
               A second economist, speaking on condition of anonymity, said the bank would \
               cut rates in February.",
        forecasts: &[
            w(
                "the peso to slide by April",
                0.6,
                0.85,
                Within("2027-04-30", "2027-04-30"),
            ),
            w(
                "the bank would cut rates in February",
                0.6,
                1.0,
                Within("2027-02-28", "2027-02-28"),
            ),
        ],
        not: &[
            "who declined to give her name",
            "speaking on condition of anonymity",
        ],
    },
    // Prices: a price of an outcome due on the day of publication ("on Saturday" written that
    // Saturday), two prices joined by "and" (each its own outcome), and a price as
    // "N% favourites for X".
    Case {
        id: "r28-price-due-on-the-day-and-a-second-price",
        published: "2026-11-14",
        text: "We make the Comets 58% to beat the Harriers on Saturday, and we have the \
               Rovers at 35% to cover the spread.",
        forecasts: &[
            w(
                "the Comets 58% to beat the Harriers",
                0.58,
                0.58,
                Within("2026-11-14", "2026-11-14"),
            ),
            w(
                "Rovers at 35% to cover the spread",
                0.35,
                0.35,
                WithinOrNone("2026-11-14", "2026-11-14"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r28-price-percent-favourites-for",
        published: "2026-11-14",
        text: "Our numbers make Brazil 24% favourites for the Copa title.",
        forecasts: &[w(
            "Brazil 24% favourites for the Copa title",
            0.24,
            0.24,
            Never,
        )],
        not: &[],
    },
    // Deadlines: "a year and a half" is 18 months; "midway through" a year and "midyear" in
    // one word are its middle; a season before the noun it describes ("their winter level")
    // is no time, and a span counted from an undated event ("within three weeks of a
    // ceasefire") has no date; a year-less month just passed in a list for the year ahead is
    // that year's.
    Case {
        id: "r28-year-and-a-half-midway-midyear",
        published: "2026-03-15",
        text: "The levy will probably double over the next year and a half. The port will \
               likely reopen midway through 2027. Fares should ease by midyear.",
        forecasts: &[
            w(
                "The levy will probably double",
                0.6,
                0.9,
                Within("2027-09-15", "2027-09-15"),
            ),
            w(
                "The port will likely reopen",
                0.6,
                0.9,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "Fares should ease",
                0.55,
                0.8,
                Within("2026-06-30", "2026-06-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r28-season-modifier-and-span-from-event",
        published: "2026-11-15",
        text: "Freight rates will probably return to their winter level within three weeks \
               of a ceasefire.",
        forecasts: &[w("Freight rates will probably return", 0.6, 0.9, Never)],
        not: &[],
    },
    Case {
        id: "r28-list-month-just-passed-in-year-ahead",
        published: "2027-01-04",
        text: "# Predictions for 2027\n\n- The transit levy passes in December - 65%\n\
               - The mayor is re-elected in November: 40%\n",
        forecasts: &[
            w(
                "The transit levy passes in December",
                0.65,
                0.65,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "The mayor is re-elected in November",
                0.4,
                0.4,
                Within("2027-11-30", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // Claims: a report's hedge looking ahead ("is thought to be arriving") is "will"; an
    // adverb or a modal in the writer's frame ("We now expect", "I would expect") goes with
    // the frame; a passive "were told" frame is no part of the claim.
    Case {
        id: "r28-report-hedge-and-framed-expect",
        published: "2026-11-15",
        text: "The second runway is thought to be opening in 2029. We now expect the council \
               to approve the levy in May. I would expect a settlement by April.",
        forecasts: &[
            w(
                "The second runway is thought to be opening in 2029",
                0.55,
                0.85,
                Within("2029-12-31", "2029-12-31"),
            ),
            w(
                "the council to approve the levy in May",
                0.6,
                0.85,
                Within("2027-05-31", "2027-05-31"),
            ),
            w(
                "a settlement by April",
                0.6,
                0.85,
                Within("2027-04-30", "2027-04-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r28-were-told-would-then-tag",
        published: "2026-11-15",
        text: "Tenants were told the tower would be demolished in the autumn, the landlord said.",
        forecasts: &[w(
            "the tower would be demolished in the autumn",
            0.6,
            1.0,
            Within("2026-12-21", "2026-12-21"),
        )],
        not: &["Tenants were told"],
    },
    // Round 29. Issue 13's leftovers: a price's outcome read as a sentence ("X N% to VERB"),
    // "this season" read as the time phrase, and two forecasts joined by ", and", each with
    // its own subject and hedge (`round_29_claims_and_season_phrases` checks the wording).
    Case {
        id: "r29-price-singular-subject-to-verb",
        published: "2026-11-20",
        text: "We make the accord 70% to pass the parliament vote. We have Detroit at 62% to \
               reach the final in March.",
        forecasts: &[
            w(
                "the accord 70% to pass the parliament vote",
                0.7,
                0.7,
                Never,
            ),
            w(
                "Detroit at 62% to reach the final in March",
                0.62,
                0.62,
                Within("2027-03-31", "2027-03-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r29-model-has-at-percent-this-season",
        published: "2026-11-20",
        text: "Our model has Detroit at 62% to reach the NFC title game this season. The \
               Rovers will probably avoid relegation this season.",
        forecasts: &[
            w(
                "Detroit at 62% to reach the NFC title game this season",
                0.62,
                0.62,
                WithinOrNone("2027-01-24", "2027-02-28"),
            ),
            w(
                "Rovers will probably avoid relegation this season",
                0.6,
                0.9,
                WithinOrNone("2027-04-30", "2027-05-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r29-and-joins-two-forecasts-own-subjects",
        published: "2026-11-20",
        text: "Injuries will likely decide the division, and the Packers are thought to be \
               arriving at full strength in January.",
        forecasts: &[
            w("Injuries will likely decide the division", 0.6, 0.9, Never),
            w(
                "the Packers are thought to be arriving at full strength in January",
                0.55,
                0.85,
                Within("2027-01-31", "2027-01-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r29-and-joins-expected-to-own-subject",
        published: "2026-11-20",
        text: "Rents will probably rise by June, and the council is expected to approve the \
               tower in March.",
        forecasts: &[
            w(
                "Rents will probably rise by June",
                0.6,
                0.9,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "the council is expected to approve the tower in March",
                0.6,
                0.9,
                Within("2027-03-31", "2027-03-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r29-and-joins-named-subject-left-keeps-no-time",
        published: "2026-11-20",
        text: "Acme will likely win the cup, and Rovers will go down in May.",
        forecasts: &[
            w("Acme will likely win the cup", 0.6, 0.9, Never),
            w(
                "Rovers will go down in May",
                0.9,
                1.0,
                Within("2027-05-31", "2027-05-31"),
            ),
        ],
        not: &[],
    },
    // Round 30 (audit 27). Kinds of failure the audit found, each in sentences we wrote.
    // A quarter or half "of YEAR" after "by the end of" keeps its year (nine words and more),
    // as `add --deadline` reads it, and the year named is never rolled forward.
    Case {
        id: "r30-end-of-quarter-or-half-of-named-year",
        published: "2026-11-15",
        text: "The mill will probably close by the end of the second half of 2028. Freight \
               volumes will likely recover by the end of the first quarter of 2029. The levy \
               is expected to lapse by the end of the third quarter of 2027.",
        forecasts: &[
            w(
                "The mill will probably close",
                0.6,
                0.9,
                Within("2028-12-31", "2028-12-31"),
            ),
            w(
                "Freight volumes will likely recover",
                0.6,
                0.9,
                Within("2029-03-31", "2029-03-31"),
            ),
            w(
                "The levy is expected to lapse",
                0.6,
                0.9,
                Within("2027-09-30", "2027-09-30"),
            ),
        ],
        not: &[],
    },
    // An item of a predictions list whose number follows a comma, a semicolon or "=", or
    // comes first, states its probability; a number that is an amount is no probability.
    Case {
        id: "r30-list-item-number-after-comma-semicolon-equals-or-first",
        published: "2026-12-02",
        text: "# Our predictions for 2027\n\n* The ferry line goes bankrupt, 30%\n\
               * The canal tolls are halved; 5%\n* The city bans scooters, 15 percent\n\
               * Oat prices double = 20%\n* 45% The orchestra tours Japan\n\
               * 4% mortgages return by June\n",
        forecasts: &[
            w(
                "The ferry line goes bankrupt",
                0.3,
                0.3,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "The canal tolls are halved",
                0.05,
                0.05,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "The city bans scooters",
                0.15,
                0.15,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "Oat prices double",
                0.2,
                0.2,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "The orchestra tours Japan",
                0.45,
                0.45,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "4% mortgages return by June",
                0.8,
                1.0,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    // A week, weekend or month told by a date or an event is that date's, never the current
    // one; an event with no date gives none.
    Case {
        id: "r30-week-of-date-weekend-of-date-month-after-event",
        published: "2026-11-15",
        text: "Ticket sales will probably peak in the week of March 8. The rally will likely \
               draw crowds over the weekend of December 5. Fares will likely ease in the \
               month after the referendum. The ferry will probably resume in the second week \
               of April.",
        forecasts: &[
            w(
                "Ticket sales will probably peak",
                0.6,
                0.9,
                Within("2027-03-14", "2027-03-14"),
            ),
            w(
                "The rally will likely draw crowds",
                0.6,
                0.9,
                Within("2026-12-06", "2026-12-06"),
            ),
            w("Fares will likely ease", 0.6, 0.9, Never),
            w(
                "The ferry will probably resume",
                0.6,
                0.9,
                Within("2027-04-14", "2027-04-14"),
            ),
        ],
        not: &[],
    },
    // A closing tag with its verb first keeps the sentence's own time when the speaker's
    // title follows the name, or where it was said.
    Case {
        id: "r30-inverted-tag-with-title-or-where-said",
        published: "2026-11-15",
        text: "The bakery chain will open its tenth shop by March, said Ana Lopez, head of \
               retail at Crumb. The lake will probably freeze over by February, wrote Piet \
               Janssen in a letter to members.",
        forecasts: &[
            w(
                "The bakery chain will open its tenth shop by March",
                0.85,
                1.0,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "The lake will probably freeze over by February",
                0.6,
                0.9,
                Within("2027-02-28", "2027-02-28"),
            ),
        ],
        not: &["head of retail at Crumb", "in a letter to members"],
    },
    // An event's day told right after it ("before the window closes on DATE") dates the
    // phrase: the day before it after "before", that day after "by".
    Case {
        id: "r30-before-event-closes-on-date",
        published: "2026-11-15",
        text: "The rovers will probably sign a new keeper before the window shuts on \
               February 2. The council is likely to settle by the hearing on March 9.",
        forecasts: &[
            w(
                "The rovers will probably sign a new keeper",
                0.6,
                0.9,
                Within("2027-02-01", "2027-02-02"),
            ),
            w(
                "The council is likely to settle",
                0.6,
                0.9,
                Within("2027-03-09", "2027-03-09"),
            ),
        ],
        not: &[],
    },
    // Round 31 (audit 27, items 6-7). Kinds of failure the audit found, in sentences we wrote.
    // An expectation told in the past tense and settled: its outcome told after it (in the
    // sentence or the next), made at a past time, held by few, or its month already past.
    Case {
        id: "r31-past-expectations-settled",
        published: "2026-11-15",
        text: "Fares were expected to rise by December, but they fell. It was widely expected \
               that the takeover would close by October. Traders bet that the central bank \
               would cut by September; it did not. Few predicted that the lender would fail \
               by March. Many analysts predicted last year that rents would fall below $900 \
               by 2026. The port was expected to reopen by December. Instead, it stayed shut.",
        forecasts: &[],
        not: &[
            "Fares were expected to rise by December",
            "the takeover would close by October",
            "the central bank would cut by September",
            "the lender would fail by March",
            "rents would fall below $900 by 2026",
            "The port was expected to reopen by December",
        ],
    },
    // A wire preview in the past tense with its time still ahead and no outcome told is a
    // forecast (real news labels count it).
    Case {
        id: "r31-past-tense-preview-still-open",
        published: "2026-11-15",
        text: "The central bank was expected to hold its key rate at 3.5 percent on Thursday, \
               economists said. The ferry firm was expected to announce new routes by Friday.",
        forecasts: &[
            w(
                "The central bank was expected to hold its key rate at 3.5 percent",
                0.6,
                0.9,
                Within("2026-11-19", "2026-11-19"),
            ),
            w(
                "The ferry firm was expected to announce new routes",
                0.6,
                0.9,
                Within("2026-11-20", "2026-11-20"),
            ),
        ],
        not: &[],
    },
    // People told to do an act of their own are advised, dated or not; an event or a
    // quantity after "should" is forecast; what people are told to expect is the writer's
    // forecast of it, the frame left out of the claim.
    Case {
        id: "r31-advice-to-people-vs-forecasting-should",
        published: "2026-11-15",
        text: "Claimants should lodge their forms early, and tenants must renew their leases \
               by June. Applicants ought to submit their essays before January 15. The \
               merger should close by June. Bus fares should rise next year. Commuters \
               should expect longer journeys next year.",
        forecasts: &[
            w(
                "The merger should close",
                0.55,
                0.75,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "Bus fares should rise",
                0.55,
                0.75,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "longer journeys next year",
                0.55,
                0.85,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[
            "tenants must renew their leases by June",
            "Applicants ought to submit their essays before January 15",
        ],
    },
    // A first-person plan outside a predictions list is no forecast.
    Case {
        id: "r31-first-person-plans-outside-a-list",
        published: "2026-11-15",
        text: "I will finally learn Welsh this year. We will move to Porto in June.",
        forecasts: &[],
        not: &[
            "I will finally learn Welsh this year",
            "We will move to Porto in June",
        ],
    },
    // Round 32 (audit 27, items 8-9). Kinds of failure the audit found, each in sentences we
    // wrote (the frames and holders themselves are checked exactly in
    // `round_32_frames_and_holders`, below). The writer's split before its clause and a
    // "near-certain" predicate are read.
    Case {
        id: "r32-writer-split-and-near-certain",
        published: "2026-11-15",
        text: "I'd say 70-30 that the ferry merger closes by April. A recount in the county \
               by May is near-certain.",
        forecasts: &[
            w(
                "the ferry merger closes by April",
                0.7,
                0.7,
                Within("2027-04-30", "2027-04-30"),
            ),
            w(
                "A recount in the county by May",
                0.87,
                0.99,
                Within("2027-05-31", "2027-05-31"),
            ),
        ],
        not: &[],
    },
    // A list item's figure with "maybe more" after it is an unhedged call.
    Case {
        id: "r32-list-item-figure-maybe-more",
        published: "2026-12-02",
        text: "# Our predictions for 2027\n\n* Bus fares rise by 6%, maybe more\n\
               * The old pier reopens, 30%\n",
        forecasts: &[
            w(
                "Bus fares rise by 6%",
                0.8,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "The old pier reopens",
                0.3,
                0.3,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // "this season" of named storms is the hurricane season, ending November 30.
    Case {
        id: "r32-named-storms-this-season",
        published: "2026-06-01",
        text: "The weather service expects 16 named storms this season.",
        forecasts: &[w(
            "16 named storms this season",
            0.6,
            0.9,
            Within("2026-11-30", "2026-11-30"),
        )],
        not: &[],
    },
    // Round 35 (audit 28, deadlines). The article-wide date is only the day the article is
    // about: an awards piece whose last paragraph mentions an opening "this weekend" is not
    // settled that weekend; a past-tense lead's day ("broke down on Monday", the day of
    // publication) dates nothing.
    Case {
        id: "r35-awards-piece-with-box-office-weekend-at-end",
        published: "2026-11-19",
        text: "# Film prizes: the season ahead\n\nThe jury meets in February and the gala \
               is on March 20. Mara Lind is the favourite to win Best Actress for her turn as \
               a miner. Tom Okafor is almost certain to be nominated for Best Director.\n\n\
               At the box office, tracking suggests \"Salt Road\" will open to about $40 \
               million this weekend.\n",
        forecasts: &[
            w(
                "Mara Lind is the favourite to win Best Actress",
                0.6,
                0.9,
                WithinOrNone("2027-02-01", "2027-12-31"),
            ),
            w(
                "Tom Okafor is almost certain to be nominated for Best Director",
                0.85,
                1.0,
                WithinOrNone("2027-02-01", "2027-12-31"),
            ),
            w(
                "\"Salt Road\" will open to about $40 million this weekend",
                0.6,
                1.0,
                Within("2026-11-22", "2026-11-22"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r35-past-lead-day-is-no-deadline",
        published: "2026-11-23",
        text: "Talks with the dockers broke down on Monday, making a walkout next week all but \
               certain.\n\nThe union will probably win the strike ballot, an organiser said.\n",
        forecasts: &[
            w(
                "making a walkout next week all but certain",
                0.85,
                1.0,
                Within("2026-12-06", "2026-12-06"),
            ),
            w(
                "The union will probably win the strike ballot",
                0.6,
                0.9,
                Never,
            ),
        ],
        not: &[],
    },
    // A clause's own time the resolver does not read ("in the new year") takes no other
    // clause's date; a forecast gapped after "and" (a second subject sharing the verb, "again",
    // a second verb at a later time) is a second forecast with its own deadline, and a later
    // time with no year ("in December", "by the end of the year") follows the first.
    Case {
        id: "r35-unread-new-year-takes-no-other-clauses-date",
        published: "2026-11-17",
        text: "A ceasefire before Christmas is improbable, but a truce in the new year is likely.",
        forecasts: &[
            w(
                "A ceasefire before Christmas",
                0.05,
                0.3,
                Within("2026-12-24", "2026-12-24"),
            ),
            w("a truce in the new year", 0.6, 0.9, Never),
        ],
        not: &[],
    },
    Case {
        id: "r35-gapped-subject-again-and-second-verb",
        published: "2026-12-03",
        text: "The Riksbank will trim rates in March and the Norges Bank in May. The central \
               bank will likely ease policy in September and again in December, traders said. \
               Vacancies are expected to fall to 600,000 by mid-2027 and stay there through \
               2028. Food inflation is forecast to peak at 6% in April before easing to 2% by \
               the end of the year.",
        forecasts: &[
            w(
                "The Riksbank will trim rates in March",
                0.85,
                1.0,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "the Norges Bank in May",
                0.85,
                1.0,
                Within("2027-05-31", "2027-05-31"),
            ),
            w(
                "The central bank will likely ease policy in September",
                0.6,
                0.9,
                Within("2027-09-30", "2027-09-30"),
            ),
            w(
                "again in December",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "Vacancies are expected to fall to 600,000 by mid-2027",
                0.6,
                0.9,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "stay there through 2028",
                0.6,
                0.9,
                Within("2028-12-31", "2028-12-31"),
            ),
            w(
                "Food inflation is forecast to peak at 6% in April",
                0.6,
                0.9,
                Within("2027-04-30", "2027-04-30"),
            ),
            w(
                "easing to 2% by the end of the year",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // Phrases read as a part of themselves: "end-Q1 2027", "end-March", "end-2027" (finance
    // shorthand), "the day after tomorrow", "a week from Friday", "Friday week", "the week
    // after next"; a named year before a season ("The 2028 monsoon season"); a season before
    // "by YEAR" ("in winter by 2045"); a four-figure amount ("2030 points") is no year.
    Case {
        id: "r35-end-shorthand-relative-compounds-season-years-amounts",
        published: "2026-11-17",
        text: "Copper will probably trade above $12,000 by end-Q1 2027. Zinc will likely slip \
               by end-March 2028. Tin will probably peak by end-2027. The ferry strike will \
               probably end the day after tomorrow. The toll will likely be lifted a week from \
               Friday. The museum will probably reopen the week after next. The 2028 \
               hurricane season is forecast to be quieter. The glacier may be gone in summer \
               by 2045.\n\nThe index will probably reach 2030 points.",
        forecasts: &[
            w(
                "Copper will probably trade above $12,000",
                0.6,
                0.9,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "Zinc will likely slip",
                0.6,
                0.9,
                Within("2028-03-31", "2028-03-31"),
            ),
            w(
                "Tin will probably peak",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "The ferry strike will probably end",
                0.6,
                0.9,
                Within("2026-11-19", "2026-11-19"),
            ),
            w(
                "The toll will likely be lifted",
                0.6,
                0.9,
                Within("2026-11-27", "2026-11-27"),
            ),
            w(
                "The museum will probably reopen",
                0.6,
                0.9,
                Within("2026-12-06", "2026-12-06"),
            ),
            w(
                "The 2028 hurricane season is forecast to be quieter",
                0.6,
                0.9,
                Within("2028-11-30", "2028-11-30"),
            ),
            w(
                "The glacier may be gone",
                0.3,
                0.5,
                Within("2045-12-31", "2045-12-31"),
            ),
            w("The index will probably reach 2030 points", 0.6, 0.9, Never),
        ],
        not: &[],
    },
    // A figure for a past quarter or month is due the day its data come out, when the
    // sentence names it; "keep rates unchanged" keeps its time ("unchanged" is no past verb).
    Case {
        id: "r35-past-quarter-figure-due-on-release-day-and-unchanged",
        published: "2026-11-30",
        text: "Exports probably fell 1% in the third quarter, data on Thursday will show.\n\n\
               The board will keep its deposit rate unchanged in February. The council will \
               probably leave fares unchanged this week.",
        forecasts: &[
            w(
                "Exports probably fell 1% in the third quarter",
                0.6,
                0.9,
                Within("2026-12-03", "2026-12-03"),
            ),
            w(
                "The board will keep its deposit rate unchanged",
                0.85,
                1.0,
                Within("2027-02-28", "2027-02-28"),
            ),
            w(
                "The council will probably leave fares unchanged",
                0.6,
                0.9,
                Within("2026-12-06", "2026-12-06"),
            ),
        ],
        not: &[],
    },
    // Round 36 (audit 28, plans and frames). Kinds of failure the audit found, in sentences
    // we wrote. A headline whose forecast the lede says again, fuller, is a candidate of its
    // own with a review line (session 36: the labels of real news count both sentences;
    // `extract --save` logs the forecast once, as the lede's); a headline of another figure
    // or event stays its own.
    Case {
        id: "r36-headline-restated-by-lede",
        published: "2026-11-15",
        text: "# Bus fares to rise 4% next year, watchdog says\n\nBus fares in the city will \
               rise by 4% in 2027, the fares watchdog said on Friday.",
        forecasts: &[
            w(
                "Bus fares to rise 4% next year",
                0.6,
                0.95,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "Bus fares in the city will rise by 4% in 2027",
                0.6,
                0.95,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r36-headline-of-another-figure-stays",
        published: "2026-11-15",
        text: "Ferry fares to rise 5% next year\n\nTrain fares will rise by 2% next year, the \
               rail watchdog said on Friday.",
        forecasts: &[
            w(
                "Ferry fares to rise 5%",
                0.6,
                0.95,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "Train fares will rise by 2%",
                0.6,
                0.95,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // A body's own decision announced by its head is a plan; an outcome it speaks of stays
    // a forecast.
    Case {
        id: "r36-body-decision-announced-by-its-head",
        published: "2026-11-15",
        text: "The bakery chain will not raise bread prices this winter, its chief executive \
               said. The bakery chain will post a loss this year, its chief executive said.",
        forecasts: &[w(
            "The bakery chain will post a loss",
            0.6,
            0.95,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &["The bakery chain will not raise bread prices this winter"],
    },
    // A timetable's movement with its hour or day is a schedule, not a forecast.
    Case {
        id: "r36-timetable-movements-with-clock-time",
        published: "2026-11-15",
        text: "The night ferry will depart at 9 a.m. on Monday. The balloon will lift off \
               from the meadow at 6:40 p.m. on Thursday. Ticket sales will probably take off \
               next year.",
        forecasts: &[w(
            "Ticket sales will probably take off",
            0.6,
            0.8,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[
            "The night ferry will depart at 9 a.m. on Monday",
            "The balloon will lift off from the meadow at 6:40 p.m. on Thursday",
        ],
    },
    // "Once X" and "In the event of X" open a condition; "if not sooner" and "if history is
    // any guide" do not (checked by `round_36_conditions` below: the cases here skip them).
    Case {
        id: "r36-once-and-in-the-event-of-vs-if-idioms",
        published: "2026-11-15",
        text: "Once the merger is cleared, fares will probably rise by June. In the event of \
               a drought, wheat could top $9 by March. Rents will likely climb by summer, if \
               not sooner.",
        forecasts: &[
            w(
                "fares will probably rise by June",
                0.6,
                0.8,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "wheat could top $9 by March",
                0.3,
                0.5,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "Rents will likely climb by summer",
                0.6,
                0.8,
                Within("2027-06-20", "2027-09-23"),
            ),
        ],
        not: &[],
    },
    // "faster than people think": a comparison with what others think, no hedge; the plain
    // "will" is the writer's.
    Case {
        id: "r36-than-people-think-is-no-hedge",
        published: "2026-11-15",
        text: "Bus fares will rise by June, and faster than people think.",
        forecasts: &[w(
            "Bus fares will rise by June",
            0.9,
            1.0,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    // Round 33 (audit 28, holders). Kinds of failure the audit found in wire copy, each in
    // sentences we wrote. A name and its job title between commas before the verb, in either
    // order: the event is the claim, the name holds it.
    Case {
        id: "r33-name-title-between-commas-said",
        published: "2026-11-17",
        text: "Odile Marchetti, chief strategist at Corvane, said the port authority would \
               probably raise its fees in March.",
        forecasts: &[w(
            "the port authority would probably raise its fees in March",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r33-title-name-between-commas-expects",
        published: "2026-11-17",
        text: "Corvane's head of research, Odile Marchetti, expects the ferry union to strike \
               before April.",
        forecasts: &[w(
            "the ferry union to strike before April",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    // A verb of reporting other than "said" ("conceded", "reported", "stressed"), leading with
    // "that" or closing the sentence: a tag, not part of the claim, and the sentence's own
    // time phrase stays its deadline.
    Case {
        id: "r33-reporting-verb-leading-that",
        published: "2026-11-17",
        text: "Ferry operators conceded that crossings will probably resume by June.",
        forecasts: &[w(
            "crossings will probably resume by June",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r33-reporting-verb-trailing-keeps-deadline",
        published: "2026-11-17",
        text: "Fares will probably rise by June, analysts conceded.",
        forecasts: &[w(
            "Fares will probably rise by June",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    // A quoted odds statement closed by "said NAME": the odds put at a count are a chance.
    Case {
        id: "r33-quoted-odds-one-in-five-said-name",
        published: "2026-11-17",
        text: "\"I'd put the odds of a ferry strike before Easter at one in five,\" said Tom \
               Ruiz.",
        forecasts: &[w(
            "a ferry strike before Easter",
            0.2,
            0.2,
            Within("2027-03-27", "2027-03-27"),
        )],
        not: &[],
    },
    // A quote of two sentences: the second, a negated remnant with no subject or verb, is no
    // claim of its own.
    Case {
        id: "r33-quote-across-sentences-negated-remnant",
        published: "2026-11-17",
        text: "\"Fares will fall by June,\" Valk said. \"But probably not before the end of \
               2027.\"",
        forecasts: &[w(
            "Fares will fall by June",
            0.9,
            1.0,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["But probably not before the end of"],
    },
    // A tag with where and when it was said after its verb: the tag leaves the claim, the
    // sentence's own time stays.
    Case {
        id: "r33-tag-said-in-a-statement-on-day-keeps-deadline",
        published: "2026-11-17",
        text: "Rates will probably fall by June, the bank said in a statement on Tuesday.",
        forecasts: &[w(
            "Rates will probably fall by June",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    // An outlook's call "NAME sees X at LEVEL by DATE", X of several words.
    Case {
        id: "r33-sees-long-subject-at-level-by-date",
        published: "2026-11-20",
        text: "Corvane sees the benchmark mortgage rate at 4.75% by December 2027.",
        forecasts: &[w(
            "the benchmark mortgage rate at 4.75% by December 2027",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // Round 34 (audit 28, probabilities). A stated figure or price is the probability of its
    // own forecast, and a hedge word is read by what it says of the holder's chance.
    // Several figures in one sentence: each forecast takes its own (E30).
    Case {
        id: "r34-figure-per-time-in-one-sentence",
        published: "2026-11-17",
        text: "We put the odds of a port strike at 40% in January and 65% by April.",
        forecasts: &[
            w(
                "a port strike",
                0.4,
                0.4,
                Within("2027-01-31", "2027-01-31"),
            ),
            w(
                "a port strike",
                0.65,
                0.65,
                Within("2027-04-30", "2027-04-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r34-figure-per-subject-verb-left-out",
        published: "2026-11-17",
        text: "Barclays sees a 25% chance of a housing slump next year, UBS 35% and HSBC 40%.",
        forecasts: &[
            w(
                "a housing slump next year",
                0.25,
                0.25,
                Within("2027-12-31", "2027-12-31"),
            ),
            w("UBS 35%", 0.35, 0.35, Within("2027-12-31", "2027-12-31")),
            w("HSBC 40%", 0.4, 0.4, Within("2027-12-31", "2027-12-31")),
        ],
        not: &[],
    },
    // A belief held by few or none, or by a stated minority of those polled, is a low chance
    // of the event, never the framing word's 75% (E24).
    Case {
        id: "r34-hardly-anyone-or-a-minority-expect",
        published: "2026-11-17",
        text: "Hardly anyone expects a ceasefire by April. Only a minority of brokers expect \
               the bank to hike rates in May.",
        forecasts: &[
            w(
                "a ceasefire by April",
                0.1,
                0.25,
                Within("2027-04-30", "2027-04-30"),
            ),
            w(
                "the bank to hike rates in May",
                0.1,
                0.25,
                Within("2027-05-31", "2027-05-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r34-minority-share-of-polled-expect",
        published: "2026-11-17",
        text: "Only three of 30 economists polled expect a recession next year.",
        forecasts: &[w(
            "a recession next year",
            0.1,
            0.1,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // A bookmaker's price beside "favourites" is the probability, not the hedge (E2).
    Case {
        id: "r34-price-beside-favourites-to-win",
        published: "2026-11-17",
        text: "Rovers are 4/9 favourites to beat the visitors on Saturday.",
        forecasts: &[w(
            "Rovers are 4/9 favourites to beat the visitors",
            0.69,
            0.70,
            Within("2026-11-21", "2026-11-21"),
        )],
        not: &[],
    },
    // A trailing appositive about consequences (", a move that could ...") is neither the
    // claim nor its hedge (E13).
    Case {
        id: "r34-trailing-a-move-that-could",
        published: "2026-11-17",
        text: "The carrier will probably scrap the fuel surcharge in February, a move that \
               could lift bookings.",
        forecasts: &[w(
            "The carrier will probably scrap the fuel surcharge in February",
            0.6,
            0.8,
            Within("2027-02-28", "2027-02-28"),
        )],
        not: &["a move that could lift bookings"],
    },
    // Bare "certain to" is near certain; "less likely" is a comparison, never "likely" (E23).
    Case {
        id: "r34-certain-to-and-less-likely-to",
        published: "2026-11-17",
        text: "The incumbent is certain to win the primary in March. Tariffs are now less \
               likely to fall by June.",
        forecasts: &[
            w(
                "The incumbent is certain to win the primary",
                0.9,
                1.0,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "Tariffs are now less likely to fall",
                0.2,
                0.6,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    // "Nobody knows if X": an indirect question, not "Nobody knows" on the condition X (E32).
    Case {
        id: "r34-nobody-knows-if-is-no-forecast",
        published: "2026-11-17",
        text: "Nobody knows if the mill will reopen before spring. Officials would not say if \
               the tunnel will open in June.",
        forecasts: &[],
        not: &["Nobody knows", "Officials would not say"],
    },
    // A reported, backshifted "was (un)likely" with its time ahead is the speaker's forecast
    // (E4).
    Case {
        id: "r34-said-was-unlikely-before-month",
        published: "2026-11-17",
        text: "Mediators said a prisoner swap was unlikely before February. The broker said \
               the lender was likely to cut its dividend by May.",
        forecasts: &[
            w(
                "a prisoner swap",
                0.1,
                0.3,
                Within("2027-01-31", "2027-01-31"),
            ),
            w(
                "the lender was likely to cut its dividend",
                0.6,
                0.8,
                Within("2027-05-31", "2027-05-31"),
            ),
        ],
        not: &[],
    },
    // A bound before a figure ("at no better than 20 percent", "put at up to 60%"): the
    // figure is read, with a review line saying it is a bound (E9).
    Case {
        id: "r34-bounded-figure-put-at",
        published: "2026-11-17",
        text: "An inspector put the odds of the bridge reopening in 2027 at no better than \
               20 percent.",
        forecasts: &[w(
            "the bridge reopening in 2027",
            0.2,
            0.2,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // Round 37 (claims). The claim is the event in "will" form, not its frame: the frame
    // left in it, a nominal object of a forecast, a continuation after a comma, a market's
    // or a consensus's frame, a listener before "that" (issue 13; audit 28, E8, E9, E30).
    Case {
        id: "r37-not-many-expect",
        published: "2026-12-03",
        text: "Not many brokers expect a rebound in housing starts in January.",
        forecasts: &[w(
            "a rebound in housing starts in January",
            0.1,
            0.3,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &[],
    },
    Case {
        id: "r37-bound-before-chance",
        published: "2026-12-03",
        text: "There is less than a 15% chance of a dock strike by April.",
        forecasts: &[w(
            "a dock strike by April",
            0.15,
            0.15,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "r37-chance-rising-to-by-later-time",
        published: "2026-12-03",
        text: "We see a 25% chance of a truce by January, rising to 60% by May.",
        forecasts: &[
            w("a truce", 0.25, 0.25, Within("2027-01-31", "2027-01-31")),
            w("a truce", 0.6, 0.6, Within("2027-05-31", "2027-05-31")),
        ],
        not: &[],
    },
    Case {
        id: "r37-forecast-level-then-falling-to",
        published: "2026-12-03",
        text: "The OECD forecast unemployment of 5.1% in 2027, falling to 4.8% in 2028.",
        forecasts: &[
            w(
                "unemployment of 5.1% in 2027",
                0.6,
                0.85,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "unemployment",
                0.6,
                0.85,
                Within("2028-12-31", "2028-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r37-expects-two-quantities",
        published: "2026-12-03",
        text: "The retailer expects sales of $12 billion and profit of $1.40 a share for the year.",
        forecasts: &[
            w(
                "sales of $12 billion",
                0.6,
                0.85,
                Within("2026-12-31", "2026-12-31"),
            ),
            w(
                "profit of $1.40 a share",
                0.6,
                0.85,
                Within("2026-12-31", "2026-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r37-consensus-is-for",
        published: "2026-12-03",
        text: "The consensus is for a quarter-point hike in February.",
        forecasts: &[w(
            "a quarter-point hike in February",
            0.6,
            0.85,
            Within("2027-02-28", "2027-02-28"),
        )],
        not: &[],
    },
    Case {
        id: "r37-swaps-imply-chance",
        published: "2026-12-03",
        text: "Swaps imply a 70% chance of a hike in February.",
        forecasts: &[w(
            "a hike in February",
            0.7,
            0.7,
            Within("2027-02-28", "2027-02-28"),
        )],
        not: &[],
    },
    Case {
        id: "r37-told-listener-that-she-expected",
        published: "2026-12-03",
        text: "The mediator told Sky News on Monday that she expected the talks to resume \
               before Christmas.",
        forecasts: &[w(
            "the talks to resume before Christmas",
            0.6,
            0.85,
            Within("2026-12-24", "2026-12-25"),
        )],
        not: &[],
    },
    // Round 39 (outlook lists). An outlook list's items are calls held by the name before
    // their colon or dash, unhedged (read as "will"), each due with its own time phrase or,
    // with none, the list's year (E25).
    Case {
        id: "r39-outlook-list-name-colon-call",
        published: "2026-12-03",
        text: "Here is what the brokers expect for 2027:\n\n\
               - Ridgeway Capital: two rate rises by June\n\
               - Halden: a pause through March\n\
               - North Quay Partners - copper at $11,000 by year-end\n",
        forecasts: &[
            w(
                "two rate rises by June",
                0.8,
                1.0,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "a pause through March",
                0.8,
                1.0,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "copper at $11,000 by year-end",
                0.8,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &["Here is what the brokers expect"],
    },
    Case {
        id: "r39-outlook-list-item-without-date",
        published: "2026-12-03",
        text: "This is how the forecasters see 2027:\n\n\
               * Brampton Economics: a mild recession\n\
               * Kell & Ross: wage growth is likely to slow by April\n",
        forecasts: &[
            w(
                "a mild recession",
                0.8,
                1.0,
                WithinOrNone("2027-12-31", "2027-12-31"),
            ),
            w(
                "wage growth is likely to slow by April",
                0.6,
                0.8,
                Within("2027-04-30", "2027-04-30"),
            ),
        ],
        not: &[],
    },
    // A rival's call in a second clause ("..., while NAME sees X") takes its own time
    // phrase or none, not the first clause's; the rival is no holder of the first (E7).
    Case {
        id: "r39-rival-call-after-while-own-time-or-none",
        published: "2026-12-03",
        text: "Nickel could drop below $15,000 a tonne by the end of March, Halden said in a \
               note on Monday, while Ridgeway Capital sees prices rebounding.",
        forecasts: &[
            w(
                "Nickel could drop below $15,000 a tonne",
                0.3,
                0.5,
                Within("2027-03-31", "2027-03-31"),
            ),
            w("prices", 0.6, 0.85, Never),
        ],
        not: &[],
    },
    // A wire lede "X was expected to do Y on DAY, NAME said, with Z seen as unlikely before
    // MONTH": two forecasts, the trailing clause's at unlikely's value (E7).
    Case {
        id: "r39-lede-then-with-judged-unlikely",
        published: "2026-11-17",
        text: "The regulator was expected to approve the merger on Thursday, lawyers said, \
               with a legal challenge considered unlikely before March.",
        forecasts: &[
            w(
                "The regulator was expected to approve the merger on Thursday",
                0.6,
                0.85,
                Within("2026-11-19", "2026-11-19"),
            ),
            w(
                "a legal challenge",
                0.1,
                0.3,
                Within("2027-02-28", "2027-02-28"),
            ),
        ],
        not: &[],
    },
    // "Saturday's final" keeps its day in a longer sentence whose trailing ", with Town
    // priced at 7/2" holds a participle, no verb in the past (E2).
    Case {
        id: "r39-day-possessive-before-with-priced",
        published: "2026-11-20",
        text: "Rovers are 4/6 favourites to win Saturday's final at Hampden, with Town priced at \
               7/2.",
        forecasts: &[w(
            "Rovers are 4/6 favourites to win Saturday's final",
            0.6,
            0.6,
            Within("2026-11-21", "2026-11-21"),
        )],
        not: &[],
    },
    // "NAME sees X at LEVEL by DATE": the holder's call of a level (E25).
    Case {
        id: "r39-sees-noun-at-level-by-date",
        published: "2026-11-20",
        text: "Halden sees the policy rate at 2.75% by September 2027.",
        forecasts: &[w(
            "the policy rate at 2.75% by September 2027",
            0.6,
            0.85,
            Within("2027-09-30", "2027-09-30"),
        )],
        not: &[],
    },
    // Round 40 (holders and probabilities). A quantifier of few before the group ("only a
    // minority of economists") is no part of the holder and gives the minority's chance; a
    // speaker's "told <listener> she expects" holds the call; a market's implied call with no
    // chance stated ("futures imply a cut", "traders are pricing in a hike") is the market's
    // expectation; a poll's stated share over half is the probability; the words of a
    // contest's chances ("a long shot", "the front-runner for", "a lock to") read as the
    // favourite's words do. Sentences we wrote.
    Case {
        id: "r40-only-a-minority-of-group-expect",
        published: "2026-11-23",
        text: "Only a minority of economists expect a cut in March.",
        forecasts: &[w(
            "a cut in March",
            0.1,
            0.3,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r40-a-minority-of-group-expect-infinitive",
        published: "2026-11-23",
        text: "A minority of shippers expect freight rates to recover by June.",
        forecasts: &[w(
            "recover by June",
            0.1,
            0.3,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r40-told-listener-pronoun-expects-infinitive",
        published: "2026-11-23",
        text: "The mayor told CNBC she expects the bridge to reopen by May.",
        forecasts: &[w(
            "the bridge to reopen by May",
            0.6,
            0.9,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &["told CNBC"],
    },
    Case {
        id: "r40-told-listener-pronoun-expects-noun",
        published: "2026-11-23",
        text: "The minister told lawmakers she expects rates to fall by June.",
        forecasts: &[w(
            "rates to fall by June",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["told lawmakers"],
    },
    Case {
        id: "r40-said-on-day-pronoun-expects",
        published: "2026-11-23",
        text: "The envoy said on Monday he expects the talks to resume by March.",
        forecasts: &[w(
            "the talks to resume by March",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["on Monday he"],
    },
    Case {
        id: "r40-futures-imply-call-no-chance",
        published: "2026-11-23",
        text: "Fed funds futures imply a cut by June.",
        forecasts: &[w(
            "a cut by June",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r40-traders-pricing-in-call-no-chance",
        published: "2026-11-23",
        text: "Traders are pricing in a hike by July.",
        forecasts: &[w(
            "a hike by July",
            0.6,
            0.9,
            Within("2027-07-31", "2027-07-31"),
        )],
        not: &[],
    },
    Case {
        id: "r40-have-priced-in-call-month-ahead",
        published: "2026-11-23",
        text: "Investors have priced in a hike by April.",
        forecasts: &[w(
            "a hike by April",
            0.6,
            0.9,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "r40-markets-pricing-stated-chance",
        published: "2026-11-23",
        text: "Markets are pricing a 70% chance of a cut in March.",
        forecasts: &[w(
            "a cut in March",
            0.7,
            0.7,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r40-share-over-half-expect",
        published: "2026-11-23",
        text: "28 of 40 economists expect a cut in March.",
        forecasts: &[w(
            "a cut in March",
            0.7,
            0.7,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r40-share-in-words-expect-infinitive",
        published: "2026-11-23",
        text: "Nine of 10 analysts expect the bank to hike by June.",
        forecasts: &[w(
            "the bank to hike by June",
            0.9,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r40-most-of-the-polled-expect",
        published: "2026-11-23",
        text: "Most of the 50 economists polled expect a cut in March.",
        forecasts: &[w(
            "a cut in March",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r40-long-shot-to-win",
        published: "2026-11-23",
        text: "Rovers are a long shot to win the cup this season.",
        forecasts: &[w(
            "Rovers are a long shot to win the cup",
            0.1,
            0.35,
            WithinOrNone("2026-11-23", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r40-outside-chance-of-winning",
        published: "2026-11-23",
        text: "Ana Ruiz has an outside chance of winning the race.",
        forecasts: &[w(
            "Ana Ruiz has an outside chance of winning the race",
            0.1,
            0.35,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r40-front-runner-for-post",
        published: "2026-11-23",
        text: "Ruiz is the front-runner for the nomination.",
        forecasts: &[w(
            "Ruiz is the front-runner for the nomination",
            0.6,
            0.85,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r40-in-line-to-become",
        published: "2026-11-23",
        text: "Okafor is in line to become the next governor.",
        forecasts: &[w(
            "Okafor is in line to become the next governor",
            0.6,
            0.85,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r40-lock-to-make-playoffs",
        published: "2026-11-23",
        text: "Rovers are a lock to make the playoffs.",
        forecasts: &[w(
            "Rovers are a lock to make the playoffs",
            0.8,
            0.95,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r40-lock-for-nomination",
        published: "2026-11-23",
        text: "Ruiz is a lock for the nomination.",
        forecasts: &[w("Ruiz is a lock for the nomination", 0.8, 0.95, Never)],
        not: &[],
    },
    // Several figures of one event in one sentence, each with its own time, are several
    // forecasts, each due at its own time; a chance stated after a backshifted copula ("said
    // X was a 60% probability") is of what lies ahead.
    Case {
        id: "r40-odds-two-figures-two-times",
        published: "2026-11-23",
        text: "The odds of a cut are 70% in December and 90% by March.",
        forecasts: &[
            w("a cut", 0.7, 0.7, Within("2026-12-31", "2026-12-31")),
            w("a cut", 0.9, 0.9, Within("2027-03-31", "2027-03-31")),
        ],
        not: &[],
    },
    Case {
        id: "r40-chances-two-figures-two-months",
        published: "2026-11-23",
        text: "The chances of a strike are 20% by May and 45% by June.",
        forecasts: &[
            w("a strike", 0.2, 0.2, Within("2027-05-31", "2027-05-31")),
            w("a strike", 0.45, 0.45, Within("2027-06-30", "2027-06-30")),
        ],
        not: &[],
    },
    Case {
        id: "r40-odds-label-rising-to",
        published: "2026-11-23",
        text: "Odds: 20% by May, rising to 45 percent by June.",
        forecasts: &[
            w("20% by May", 0.2, 0.2, Within("2027-05-31", "2027-05-31")),
            w(
                "45 percent by June",
                0.45,
                0.45,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r40-said-was-a-percent-probability",
        published: "2026-11-23",
        text: "The economist said a recession by June was a 60% probability.",
        forecasts: &[w(
            "a recession by June",
            0.6,
            0.6,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r40-said-was-a-one-in-five-chance",
        published: "2026-11-23",
        text: "Ruiz said a strike by May was a one in five chance.",
        forecasts: &[w(
            "a strike by May",
            0.2,
            0.2,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &[],
    },
    // Round 41 (claims, deadlines, headlines). A headline said again in full further down
    // than the lede is a candidate with a review line naming the body's, which `extract
    // --save` logs alone (E15; both listed since session 36); a headline's week takes the
    // body's day of the same event; two subjects sharing words stay two.
    Case {
        id: "r41-headline-restated-in-third-paragraph",
        published: "2026-11-23",
        text: "# Copper to hit $12,000 by June, Halden says\n\n\
               Copper prices have rallied for three weeks as mines in the south report \
               outages.\n\n\
               Traders in London bought heavily on Tuesday, and stocks at exchange warehouses \
               fell.\n\n\
               Copper will probably hit $12,000 a tonne by June, analysts at Halden said in a \
               note, citing tight supply.\n",
        forecasts: &[
            w(
                "Copper to hit $12,000 by June",
                0.85,
                1.0,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "Copper will probably hit $12,000 a tonne by June",
                0.6,
                0.8,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r41-headline-restated-later-in-other-words",
        published: "2026-11-23",
        text: "## Port strike unlikely to end before Christmas\n\n\
               Dockers at three terminals walked out on Monday over pay.\n\n\
               Shipping lines diverted some vessels to other ports.\n\n\
               The port strike is unlikely to end before Christmas, union officials told \
               reporters on Tuesday.\n",
        forecasts: &[
            w(
                "Port strike unlikely to end before Christmas",
                0.1,
                0.3,
                Within("2026-12-24", "2026-12-24"),
            ),
            w(
                "The port strike is unlikely to end before Christmas",
                0.1,
                0.3,
                Within("2026-12-24", "2026-12-24"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r41-headline-and-later-call-on-another-subject-stay-two",
        published: "2026-11-23",
        text: "# Fed to cut rates in March, economists say\n\n\
               Markets were calm on Monday after a week of swings.\n\n\
               Bond yields slipped in early trading in New York.\n\n\
               The ECB will probably cut rates in March, economists at Halden said.\n",
        forecasts: &[
            w(
                "Fed to cut rates in March",
                0.85,
                1.0,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "The ECB will probably cut rates in March",
                0.6,
                0.8,
                Within("2027-03-31", "2027-03-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r41-headline-this-week-body-meeting-day",
        published: "2026-11-23",
        text: "# ECB set to cut rates this week\n\n\
               The European Central Bank is expected to cut its deposit rate by a quarter point \
               at its meeting on Thursday, economists said.\n\n\
               Inflation fell to 2.1% in October.\n",
        forecasts: &[
            w(
                "ECB set to cut rates this week",
                0.8,
                1.0,
                Within("2026-11-29", "2026-11-29"),
            ),
            w(
                "cut its deposit rate by a quarter point at its meeting on Thursday",
                0.6,
                0.85,
                Within("2026-11-26", "2026-11-26"),
            ),
        ],
        not: &["Inflation fell to 2.1% in October"],
    },
    Case {
        id: "r41-headline-this-week-body-day-two-paragraphs-on",
        published: "2026-11-23",
        text: "# Opec+ expected to extend output cuts this week\n\n\
               Brent crude rose 2% on Friday.\n\n\
               Opec+ is likely to extend the output cuts when ministers meet on Wednesday, three \
               delegates said.\n",
        forecasts: &[
            w(
                "Opec+ expected to extend output cuts this week",
                0.6,
                0.9,
                Within("2026-11-29", "2026-11-29"),
            ),
            w(
                "Opec+ is likely to extend the output cuts",
                0.6,
                0.8,
                Within("2026-11-25", "2026-11-25"),
            ),
        ],
        not: &[],
    },
    // A title naming an annual event by its year ("Oscars 2027", "2027 World Cup final")
    // gives its undated calls no day (issue 13: an event without a date in the text has
    // none); a title's year of calls ("Predictions 2027") still dates them (E3).
    Case {
        id: "r41-awards-title-year-is-no-day",
        published: "2026-11-23",
        text: "# Oscars 2027: our predictions\n\n\
               Emma Vale is the favourite to win Best Actress.\n\n\
               Jon Harker is almost certain to be nominated for Best Director.\n",
        forecasts: &[
            w("Emma Vale", 0.6, 0.8, Never),
            w("Jon Harker", 0.9, 0.97, Never),
        ],
        not: &["Oscars 2027: our predictions"],
    },
    Case {
        id: "r41-final-title-year-is-no-day",
        published: "2026-11-23",
        text: "# 2027 World Cup final: who wins?\n\nBrazil will probably win the final.\n",
        forecasts: &[w("Brazil will probably win the final", 0.6, 0.8, Never)],
        not: &[],
    },
    Case {
        id: "r41-predictions-title-year-still-dates",
        published: "2026-11-23",
        text: "# Predictions 2027: what to expect\n\nBrazil will probably win the cup.\n",
        forecasts: &[w(
            "Brazil will probably win the cup",
            0.6,
            0.8,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // The claim without its frame or a trailing aside (E21): "seen as unlikely", a quoted
    // title's opening mark kept, "(see chart)" gone.
    Case {
        id: "r41-judged-as-likely-frame",
        published: "2026-11-23",
        text: "A rate rise is seen as likely by June, traders said.",
        forecasts: &[w(
            "A rate rise",
            0.6,
            0.8,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r41-bare-participle-judged-unlikely",
        published: "2026-11-23",
        text: "A settlement seen as unlikely before the spring, the union said.",
        forecasts: &[w(
            "A settlement",
            0.1,
            0.3,
            Within("2027-03-19", "2027-03-20"),
        )],
        not: &[],
    },
    Case {
        id: "r41-quoted-title-opens-sentence",
        published: "2026-11-23",
        text: "\"Night Harbour\" is expected to top the album chart next week.",
        forecasts: &[w(
            "Night Harbour\" is expected to top the album chart",
            0.6,
            0.85,
            Within("2026-12-06", "2026-12-06"),
        )],
        not: &[],
    },
    Case {
        id: "r41-trailing-pointer-aside",
        published: "2026-11-23",
        text: "Unemployment will probably peak at 5.2% in the spring (see table below).",
        forecasts: &[w(
            "Unemployment will probably peak at 5.2%",
            0.6,
            0.8,
            Within("2027-06-21", "2027-06-21"),
        )],
        not: &[],
    },
    // Hearsay (E21): "reportedly" leaves the claim; a reported plan's claim is the plan
    // carried out, in the likely range, with a review line.
    Case {
        id: "r41-reportedly-will-announce",
        published: "2026-05-10",
        text: "The studio, reportedly, will sell its film library by March.",
        forecasts: &[w(
            "will sell its film library by March",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r41-said-to-be-planning-noun",
        published: "2026-05-10",
        text: "The league is rumoured to be planning an expansion team for 2028.",
        forecasts: &[w(
            "an expansion team for 2028",
            0.6,
            0.8,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &[],
    },
    // A heading of the writer's calls or outlook opens a list whose bare-noun items are
    // calls; "calls for a ceasefire" demands, and opens none.
    Case {
        id: "r41-calls-heading-bare-noun-items",
        published: "2026-11-23",
        text: "Our calls for 2027:\n\n- Two cuts by June\n- A weaker dollar by March\n",
        forecasts: &[
            w(
                "Two cuts by June",
                0.8,
                1.0,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "A weaker dollar by March",
                0.8,
                1.0,
                Within("2027-03-31", "2027-03-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r41-outlook-heading-bare-noun-items",
        published: "2026-11-23",
        text: "Our outlook for 2027:\n\n\
               - A softer housing market through the spring\n\
               - Copper above $11,000 by the end of the year\n",
        forecasts: &[
            w(
                "A softer housing market through the spring",
                0.8,
                1.0,
                Within("2027-06-21", "2027-06-21"),
            ),
            w(
                "Copper above $11,000 by the end of the year",
                0.8,
                1.0,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r41-calls-for-a-demand-open-no-list",
        published: "2026-11-23",
        text: "Their calls for a ceasefire:\n\n\
               - An end to shelling\n\
               - Aid convoys into the city by Friday\n",
        forecasts: &[],
        not: &["Aid convoys into the city by Friday"],
    },
    // Hearsay of a plan to act: the act, at the report's hedge; an own plan stays no forecast.
    Case {
        id: "r41-said-to-be-planning-to-act",
        published: "2026-05-10",
        text: "The insurer is thought to be planning to sell its Asian unit by the end of 2027. \
               The bank is planning to close 40 branches next year.",
        forecasts: &[w(
            "sell its Asian unit by the end of 2027",
            0.6,
            0.8,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["The bank is planning to close 40 branches next year"],
    },
    // Round 42 (audit 30: attribution). A closing speaker tag, its reporting verb and noun
    // phrase in either order, is no part of the claim (K1).
    Case {
        id: "r42-tag-said-title-name-of-firm",
        published: "2026-11-20",
        text: "Copper prices will probably climb by March, said strategist Lena Voss of Torva \
               Capital.",
        forecasts: &[w(
            "Copper prices will probably climb by March",
            0.6,
            0.85,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["said strategist"],
    },
    Case {
        id: "r42-tag-verb-first-forecasts-body",
        published: "2026-11-20",
        text: "Home sales will likely slow by April, forecasts the Brokers Guild.",
        forecasts: &[w(
            "Home sales will likely slow by April",
            0.6,
            0.85,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &["forecasts the Brokers Guild"],
    },
    Case {
        id: "r42-tag-noun-first-bulletin-read",
        published: "2026-11-20",
        text: "Grain exports will probably fall by May, the ministry's bulletin read.",
        forecasts: &[w(
            "Grain exports will probably fall by May",
            0.6,
            0.85,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &["bulletin read"],
    },
    // A hedged clause tagged ", officials announced" is their forecast, not their plan.
    Case {
        id: "r42-tag-officials-announced-hedged",
        published: "2026-11-20",
        text: "Bus fares will probably rise by April, officials announced.",
        forecasts: &[w(
            "Bus fares will probably rise by April",
            0.6,
            0.85,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &["officials announced"],
    },
    // A participial forecast after a clause that forecasts nothing is the claim; after one
    // that forecasts, it is cut from it (K9).
    Case {
        id: "r42-participle-projecting-after-past-act",
        published: "2026-11-20",
        text: "Morrow Bank lifted its view on copper, projecting that prices could hit $12,000 \
               a tonne by June.",
        forecasts: &[w(
            "prices could hit $12,000 a tonne by June",
            0.3,
            0.5,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["lifted its view"],
    },
    Case {
        id: "r42-participle-with-noun-predicting",
        published: "2026-11-20",
        text: "Bond yields slipped, with traders predicting the central bank will cut in March.",
        forecasts: &[w(
            "the central bank will cut in March",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["Bond yields slipped"],
    },
    Case {
        id: "r42-participle-warning-cut-after-forecast",
        published: "2026-11-20",
        text: "The agency expects wheat output to shrink next year, warning that exports will \
               slump as well.",
        forecasts: &[w(
            "wheat output to shrink next year",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["warning that"],
    },
    // A holder names someone: a list of names whole, a report's maker (K7).
    Case {
        id: "r42-holder-list-of-four-names",
        published: "2026-11-20",
        text: "Ostrander, Pell, Quist and Rao all expect the levy to pass next year.",
        forecasts: &[w(
            "the levy to pass next year",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r42-holder-report-from-maker-indicates",
        published: "2026-11-20",
        text: "The newest rainfall outlook from the Met Office indicates that the drought is \
               likely to ease by April.",
        forecasts: &[w(
            "the drought is likely to ease by April",
            0.6,
            0.85,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &["indicates that"],
    },
    // A count of a surveyed group ("Nine of the 14 strategists surveyed by Halden", "About
    // 70% of 20 fund managers surveyed last month") is the holder; the claim is what they say
    // (K8; the share as a probability is another helper's).
    Case {
        id: "r42-survey-count-surveyed-by-say",
        published: "2026-11-20",
        text: "Nine of the 14 strategists surveyed by Halden say the lira will weaken by March.",
        forecasts: &[w(
            "the lira will weaken by March",
            0.6,
            0.95,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["strategists surveyed"],
    },
    Case {
        id: "r42-survey-share-surveyed-last-month-expect",
        published: "2026-11-20",
        text: "About 70% of 20 fund managers surveyed last month expect the rand to rally by \
               June.",
        forecasts: &[w(
            "the rand to rally by June",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["fund managers surveyed"],
    },
    // Round 43 (audit 30: non-forecasts, deadlines, numbers). The AP style's "65-percent"
    // joins the unit to the number with a hyphen; it is the stated chance, over "expect".
    Case {
        id: "r43-hyphenated-percent-chance-over-expect",
        published: "2026-11-17",
        text: "Meteorologists now expect a 70-percent chance of a frost by April.",
        forecasts: &[w(
            "a frost by April",
            0.7,
            0.7,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "r43-there-is-hyphenated-percent-probability",
        published: "2026-11-17",
        text: "There is a 35-percent probability of a port strike by February.",
        forecasts: &[w(
            "a port strike by February",
            0.35,
            0.35,
            Within("2027-02-28", "2027-02-28"),
        )],
        not: &[],
    },
    // A typeset range with an en dash ("40–50%") is a range, its midpoint the chance.
    Case {
        id: "r43-en-dash-range-chance-midpoint",
        published: "2026-11-17",
        text: "The weather office puts a 20–30% chance on a wet spring this year.",
        forecasts: &[w(
            "a wet spring",
            0.25,
            0.25,
            WithinOrNone("2026-12-31", "2027-06-20"),
        )],
        not: &[],
    },
    Case {
        id: "r43-en-dash-range-chance-that-clause",
        published: "2026-11-17",
        text: "Traders see a 60–70% chance that the bank cuts rates in March.",
        forecasts: &[w(
            "the bank cuts rates in March",
            0.65,
            0.65,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    // "a distant chance that X could": the chance phrase states the chance; the modal of
    // the clause it governs is that clause's own.
    Case {
        id: "r43-distant-chance-that-could",
        published: "2026-11-17",
        text: "There is a distant chance that the Rovers could win the cup on Saturday.",
        forecasts: &[w(
            "the Rovers could win the cup on Saturday",
            0.0,
            0.15,
            Within("2026-11-21", "2026-11-21"),
        )],
        not: &[],
    },
    Case {
        id: "r43-good-chance-that-might",
        published: "2026-11-17",
        text: "Pollsters give it a good chance that the mayor might resign by January.",
        forecasts: &[w(
            "the mayor might resign by January",
            0.7,
            0.9,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &[],
    },
    // "is poised to" reads as "is set to" (issue 13: 0.8-1.0).
    Case {
        id: "r43-poised-to-as-set-to",
        published: "2026-11-17",
        text: "The ruling coalition is poised to win Sunday's runoff.",
        forecasts: &[w(
            "The ruling coalition",
            0.8,
            1.0,
            Within("2026-11-22", "2026-11-22"),
        )],
        not: &[],
    },
    Case {
        id: "r43-poised-to-plural",
        published: "2026-11-17",
        text: "Ferry fares are poised to rise by 6% in January.",
        forecasts: &[w(
            "Ferry fares",
            0.8,
            1.0,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &[],
    },
    // "the chance of X between MONTH and MONTH is estimated to be about N-M percent": the
    // chance is the subject; "be" after a verb of estimate is its copula, and the "and" of
    // a span of months joins no second subject.
    Case {
        id: "r43-chance-of-span-estimated-to-be-range",
        published: "2026-11-17",
        text: "The chance of a dry spell between January and March is estimated to be about \
               55-65 percent, the institute said.",
        forecasts: &[w(
            "a dry spell between January and March",
            0.6,
            0.6,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r43-odds-expected-to-be-about",
        published: "2026-11-17",
        text: "The odds of a rail strike before Easter are thought to be about 40 percent.",
        forecasts: &[w(
            "a rail strike before Easter",
            0.4,
            0.4,
            Within("2027-03-27", "2027-03-28"),
        )],
        not: &[],
    },
    // "from N this year to M in YEAR": the baseline's time is no deadline; the target's is.
    Case {
        id: "r43-from-figure-this-year-to-figure-in-year",
        published: "2026-11-17",
        text: "Home completions will slide from 210,000 this year to 180,000 in 2028.",
        forecasts: &[w(
            "Home completions will slide",
            0.9,
            1.0,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r43-from-figure-this-year-to-figure-next-year",
        published: "2026-11-17",
        text: "Exports should climb from $4.1 billion this year to $4.6 billion next year.",
        forecasts: &[w(
            "Exports should climb",
            0.6,
            0.7,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // "YEAR could be the year X": "the year" after a copula is a noun the subject names.
    Case {
        id: "r43-year-might-be-the-year",
        published: "2026-11-17",
        text: "2028 might be the year the harbour tunnel finally opens.",
        forecasts: &[w(
            "the harbour tunnel finally opens",
            0.25,
            0.5,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r43-next-year-could-be-the-year",
        published: "2026-11-17",
        text: "Next year could be the year the club returns to the top flight.",
        forecasts: &[w(
            "the club returns to the top flight",
            0.25,
            0.5,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // A scorecard: each of last year's calls with its stated chance and, after a colon, its
    // verdict. No new forecast; the new list after it is read.
    Case {
        id: "r43-scorecard-call-chance-colon-verdict",
        published: "2026-12-20",
        text: "Last December I made some guesses. How they went:\n\n\
               - The canal reopens by summer (70%): It reopened in May. Win.\n\
               - The striker joins a rival club (25%): He stayed put all year.\n\n\
               For next year:\n\n\
               - The canal tolls rise by March (60%)\n",
        forecasts: &[w(
            "The canal tolls rise by March",
            0.6,
            0.6,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[
            "The canal reopens by summer",
            "The striker joins a rival club",
        ],
    },
    Case {
        id: "r43-scorecard-single-verdict-line",
        published: "2026-12-20",
        text: "The ferry line will add a second boat (60%): They did, in April.\n",
        forecasts: &[],
        not: &["The ferry line will add a second boat"],
    },
    // "Here is what I predicted one year ago:": a lead dated in the past opens a review of
    // the calls that follow, however they are worded.
    Case {
        id: "r43-what-i-predicted-a-year-ago-review",
        published: "2026-12-28",
        text: "Here is what I predicted one year ago:\n\n\
               The city will open its new tram line. That one came true.\n\n\
               Fuel prices will fall. Wrong, as they rose all year.\n",
        forecasts: &[],
        not: &[
            "The city will open its new tram line",
            "Fuel prices will fall",
        ],
    },
    Case {
        id: "r43-what-we-predicted-last-year-review",
        published: "2026-12-28",
        text: "These are the outcomes we predicted last year:\n\n\
               The bridge tolls will be scrapped. They were not.\n",
        forecasts: &[],
        not: &["The bridge tolls will be scrapped"],
    },
    // "Possible Upset: NAME" in a picks article: a key of possibility, like "Dark horse",
    // never a holder and never the pick itself.
    Case {
        id: "r43-possible-upset-key-is-no-holder",
        published: "2026-11-17",
        text: "# Our picks for Sunday's awards\n\n\
               Best Director: Ana Ruiz\n\n\
               Possible Upset: Tom Lund\n",
        forecasts: &[
            w("Ana Ruiz", 0.85, 0.95, Within("2026-11-22", "2026-11-22")),
            w("Tom Lund", 0.25, 0.5, Within("2026-11-22", "2026-11-22")),
        ],
        not: &[],
    },
    // "is all but guaranteed to X by DAY": the degree words between the copula and the
    // participle leave it a passive, no past verb, so the day is the deadline.
    Case {
        id: "r43-all-but-guaranteed-to-by-day",
        published: "2026-11-17",
        text: "The budget is all but guaranteed to clear the senate by Thursday.",
        forecasts: &[w(
            "the senate by Thursday",
            0.9,
            0.99,
            Within("2026-11-19", "2026-11-19"),
        )],
        not: &[],
    },
    Case {
        id: "r43-almost-guaranteed-to-by-month",
        published: "2026-11-17",
        text: "Both unions are almost guaranteed to accept the offer by December.",
        forecasts: &[w(
            "accept the offer by December",
            0.9,
            0.99,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    // Frames that introduce an expectation (K5): money someone owns "is on" a pick, a
    // forecaster "looking for" a figure or an outcome, evidence that "points to" an outcome.
    Case {
        id: "r43-my-money-is-on-to-win",
        published: "2026-11-17",
        text: "My money is on the Falcons to win the pennant in April.",
        forecasts: &[w(
            "the Falcons",
            0.6,
            0.85,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "r43-our-money-is-on-for",
        published: "2026-11-17",
        text: "Our money is on a narrow win for the mayor next spring.",
        forecasts: &[w(
            "a narrow win for the mayor",
            0.6,
            0.85,
            Within("2027-06-20", "2027-06-21"),
        )],
        not: &[],
    },
    Case {
        id: "r43-forecasters-are-looking-for-figure",
        published: "2026-11-17",
        text: "Economists are looking for 140,000 new jobs in Friday's report.",
        forecasts: &[w(
            "140,000 new jobs",
            0.6,
            0.85,
            Within("2026-11-20", "2026-11-20"),
        )],
        not: &[],
    },
    Case {
        id: "r43-analysts-are-looking-for-outcome",
        published: "2026-11-17",
        text: "Strategists are looking for a rebound in copper by March. Police are looking \
               for a driver seen on Friday.",
        forecasts: &[w(
            "a rebound in copper by March",
            0.6,
            0.85,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &["Police are looking"],
    },
    Case {
        id: "r43-everything-points-to-outcome",
        published: "2026-11-17",
        text: "Everything points to a home win on Saturday. The figures point to a rise in \
               sales last year.",
        forecasts: &[w(
            "a home win on Saturday",
            0.6,
            0.85,
            Within("2026-11-21", "2026-11-21"),
        )],
        not: &["a rise in sales last year"],
    },
    Case {
        id: "r43-polls-point-to-outcome",
        published: "2026-11-17",
        text: "The latest polls point to a Labour majority in May.",
        forecasts: &[w(
            "a Labour majority in May",
            0.6,
            0.85,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &[],
    },
    // A box-office preview's "the three-day weekend" is the coming weekend, due Sunday, even
    // after the Friday a film opens.
    Case {
        id: "r43-four-day-weekend-ends-sunday",
        published: "2026-11-18",
        text: "Harbor Nights should gross about $30 million over the four-day weekend.",
        forecasts: &[w(
            "Harbor Nights should gross",
            0.6,
            0.7,
            Within("2026-11-22", "2026-11-22"),
        )],
        not: &[],
    },
    Case {
        id: "r43-opening-friday-three-day-weekend",
        published: "2026-11-18",
        text: "Opening Friday at 2,900 cinemas, the sequel could earn $12 million for the \
               three-day weekend.",
        forecasts: &[w(
            "the sequel could earn $12 million",
            0.25,
            0.5,
            Within("2026-11-22", "2026-11-22"),
        )],
        not: &[],
    },
    // A figure given at an earlier time ("when they gave X a 52 percent chance", "had put
    // the odds at 40%") is superseded: no forecast (issue 13).
    Case {
        id: "r43-when-they-gave-earlier-figure",
        published: "2026-11-17",
        text: "Bookmakers have shortened the odds since August, when they gave the Rovers a 20 \
               percent chance of promotion.",
        forecasts: &[],
        not: &["promotion"],
    },
    Case {
        id: "r43-had-put-the-odds-earlier",
        published: "2026-11-17",
        text: "Analysts had put the odds of a merger by March at 35% before the regulator spoke.",
        forecasts: &[],
        not: &["a merger by March"],
    },
    // Round 44 (audit 30: previews, fragments, conditions).
    // "if the economists are right": the source vouched for, no condition (K11).
    Case {
        id: "r44-if-economists-are-right",
        published: "2026-11-17",
        text: "Copper will top $11,000 a tonne by March, if the economists are right.",
        forecasts: &[w(
            "Copper will top $11,000 a tonne by March",
            0.9,
            1.0,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    // "Barring X, Y": the lack of X is the condition, "Barring" leaves the claim (K11).
    Case {
        id: "r44-barring-fronted",
        published: "2026-11-17",
        text: "Barring a cold snap, gas prices will fall below 80 pence by January.",
        forecasts: &[w(
            "gas prices will fall below 80 pence by January",
            0.9,
            1.0,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &[],
    },
    // A concessive "even if" with no comma after a join: two forecasts, the join in neither
    // (K10).
    Case {
        id: "r44-and-even-if-no-comma-own-clause",
        published: "2026-11-17",
        text: "The governor is certain to veto the bill in March and even if she signs it the \
               courts will block it by June.",
        forecasts: &[
            w(
                "The governor is certain to veto the bill in March",
                0.9,
                1.0,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "the courts will block it by June",
                0.9,
                1.0,
                Within("2027-06-30", "2027-06-30"),
            ),
        ],
        not: &[],
    },
    // "if X then Y is expected to": the condition ends at "then", the claim is Y (K10).
    Case {
        id: "r44-if-then-expected-no-comma",
        published: "2026-11-17",
        text: "But if the board rejects the offer on Monday then the drivers are expected to \
               strike next month.",
        forecasts: &[w(
            "the drivers are expected to strike next month",
            0.6,
            0.9,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    // A preview's past-tense call with its object before "to": the live expectation (K6).
    Case {
        id: "r44-preview-named-expected-object-to",
        published: "2026-11-17",
        text: "Ann Kerr expected the regulator to approve the merger in January.",
        forecasts: &[w(
            "the regulator to approve the merger in January",
            0.6,
            0.9,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &[],
    },
    // Round 45 (frames and holders). A fronted verb of inference or report ("projected",
    // "suggest", "indicated", "have said") holds its subject and leaves the claim; a past
    // frame's "would" is its "will" (audit 30, K1).
    Case {
        id: "r45-projected-would-on-day",
        published: "2026-11-17",
        text: "The Lakeside Institute projected the Greens would take the mayoralty on Sunday.",
        forecasts: &[w(
            "the Greens would take the mayoralty on Sunday",
            0.75,
            0.95,
            Within("2026-11-22", "2026-11-22"),
        )],
        not: &[],
    },
    Case {
        id: "r45-pronoun-adverb-suggest",
        published: "2026-11-17",
        text: "They largely suggest the levy will fail in March.",
        forecasts: &[w(
            "the levy will fail in March",
            0.8,
            1.0,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r45-group-suggest-that-could",
        published: "2026-11-17",
        text: "Strategists suggest that copper could climb to $12,000 by the end of the year.",
        forecasts: &[w(
            "copper could climb to $12,000 by the end of the year",
            0.3,
            0.5,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r45-source-familiar-indicated-that",
        published: "2026-11-17",
        text: "A person familiar with the negotiations indicated that the two airlines will \
               sign a merger by Friday.",
        forecasts: &[w(
            "the two airlines will sign a merger by Friday",
            0.8,
            1.0,
            Within("2026-11-20", "2026-11-20"),
        )],
        not: &[],
    },
    Case {
        id: "r45-those-involved-have-said-likely",
        published: "2026-11-17",
        text: "Those involved in the planning have said the bridge is likely to reopen in April.",
        forecasts: &[w(
            "the bridge is likely to reopen in April",
            0.6,
            0.8,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "r45-quote-our-modelling-suggests-tag-read",
        published: "2026-11-17",
        text: "\"Our modelling suggests that wheat prices will ease by the summer,\" the \
               bulletin read.",
        forecasts: &[w(
            "wheat prices will ease by the summer",
            0.8,
            1.0,
            Within("2027-06-01", "2027-09-23"),
        )],
        not: &[],
    },
    // A progressive "is predicting" before a chance or an object and its infinitive (K1).
    Case {
        id: "r45-progressive-range-chance-that",
        published: "2026-11-17",
        text: "The weather bureau is predicting a 30-40% chance that the drought will ease by April.",
        forecasts: &[w("the drought will ease by April", 0.3, 0.4, Within("2027-04-30", "2027-04-30"))],
        not: &[],
    },
    Case {
        id: "r45-counted-one-predicting-object-to",
        published: "2026-11-17",
        text: "At least one grain trader is predicting wheat prices to double by next summer.",
        forecasts: &[w("wheat prices to double by next summer", 0.6, 0.85, Within("2027-06-01", "2027-09-23"))],
        not: &[],
    },
    // Impersonal frames: growing expectations, a set stage, a cause "such that", a linking verb of appearance (K1).
    Case {
        id: "r45-expectations-mounting-that",
        published: "2026-11-17",
        text: "Expectations are mounting that the central bank will hold rates in January.",
        forecasts: &[w("the central bank will hold rates in January", 0.6, 0.85, Within("2027-01-31", "2027-01-31"))],
        not: &[],
    },
    Case {
        id: "r45-stage-set-for-to",
        published: "2026-11-17",
        text: "The stage is set for the union to strike in February.",
        forecasts: &[w("the union to strike in February", 0.75, 0.9, Within("2027-02-28", "2027-02-28"))],
        not: &[],
    },
    Case {
        id: "r45-demand-such-that-will",
        published: "2026-11-17",
        text: "Winter demand is such that gas prices will climb by January.",
        forecasts: &[w("gas prices will climb by January", 0.9, 1.0, Within("2027-01-31", "2027-01-31"))],
        not: &[],
    },
    Case {
        id: "r45-looks-set-to-on-day",
        published: "2026-11-17",
        text: "The carmaker looks set to recall the sedan on Thursday.",
        forecasts: &[w("The carmaker looks set to recall the sedan on Thursday", 0.75, 0.9, Within("2026-11-19", "2026-11-19"))],
        not: &[],
    },
    Case {
        id: "r45-seems-likely-to-by-year",
        published: "2026-11-17",
        text: "The league seems likely to expand to 20 teams by 2028.",
        forecasts: &[w("The league seems likely to expand to 20 teams by 2028", 0.6, 0.8, Within("2028-12-31", "2028-12-31"))],
        not: &[],
    },
    // A long report layout: a titled name, and where it was said after the claim (K1).
    Case {
        id: "r45-titled-name-in-an-interview",
        published: "2026-11-17",
        text: "Chief Harbor Bank economist Lena Sorensen has predicted that the krone will strengthen by June in an interview with Nordic Radio.",
        forecasts: &[w("the krone will strengthen by June", 0.9, 1.0, Within("2027-06-30", "2027-06-30"))],
        not: &[],
    },
    Case {
        id: "r45-name-in-a-note-to-clients",
        published: "2026-11-17",
        text: "Jon Bell has predicted that copper will hit $13,000 by March in a note to clients.",
        forecasts: &[w("copper will hit $13,000 by March", 0.9, 1.0, Within("2027-03-31", "2027-03-31"))],
        not: &[],
    },
    // A holder's frame inside the reported clause: the inner holder holds it, the speaker
    // relays it (K1).
    Case {
        id: "r45-told-that-placed-group-optimistic-that",
        published: "2026-11-17",
        text: "Three sources told the Gazette that negotiators from the UK, Norway and the EU \
               are optimistic that a fishing pact could be signed this week.",
        forecasts: &[w(
            "a fishing pact could be signed this week",
            0.3,
            0.5,
            Within("2026-11-22", "2026-11-22"),
        )],
        not: &[],
    },
    Case {
        id: "r45-indicated-that-inner-expect-to",
        published: "2026-11-17",
        text: "A person close to the board indicated that the directors expect to approve the \
               sale by Friday.",
        forecasts: &[w(
            "the directors expect to approve the sale by Friday",
            0.6,
            0.85,
            Within("2026-11-20", "2026-11-20"),
        )],
        not: &[],
    },
    // Round 48 (audit 31: lost forecasts, deadlines, garbled claims).
    // A noun that is also a verb of forecasting ("project", "estimates") heads the subject
    // when a finite verb follows it: the whole noun phrase is the claim's subject.
    Case {
        id: "r48-noun-project-before-is-expected",
        published: "2026-11-17",
        text: "The harbour tunnel project is expected to open in 2029.",
        forecasts: &[w(
            "The harbour tunnel project is expected to open in 2029",
            0.6,
            0.9,
            Within("2029-12-31", "2029-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r48-noun-estimates-before-could",
        published: "2026-11-17",
        text: "The county's revenue estimates could fall short by $40 million next year.",
        forecasts: &[w(
            "The county's revenue estimates could fall short by $40 million next year",
            0.3,
            0.5,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // "sees" with a noun object: a comparative before the noun, or a time ahead after it.
    Case {
        id: "r48-sees-noun-object-next-year",
        published: "2026-11-17",
        text: "Halvorsen Capital sees a wider trade deficit next year.",
        forecasts: &[w(
            "a wider trade deficit next year",
            0.6,
            0.85,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r48-sees-comparative-noun-object",
        published: "2026-11-17",
        text: "Brightwater Advisory sees a bigger surplus.",
        forecasts: &[w("a bigger surplus", 0.6, 0.85, Never)],
        not: &[],
    },
    // A passive estimate of an event ahead; a past toll told the same way is none.
    Case {
        id: "r48-passive-estimated-to-according-to",
        published: "2026-11-17",
        text: "Norway's salmon harvest is estimated to rise to 1.6 million tonnes next year, \
               according to Fishstat.",
        forecasts: &[w(
            "salmon harvest is estimated to rise to 1.6 million tonnes next year",
            0.6,
            0.85,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r48-passive-estimated-to-year-then-past-toll",
        published: "2026-11-17",
        text: "Rice exports are estimated to fall 8% in 2027. The flood is estimated to have \
               cost the region $2 billion.",
        forecasts: &[w(
            "Rice exports are estimated to fall 8% in 2027",
            0.6,
            0.85,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["The flood is estimated to have"],
    },
    // A half of a named month ends with the month (the second half) or on its 15th.
    Case {
        id: "r48-second-half-of-named-month",
        published: "2026-11-17",
        text: "Admissions could peak in the second half of February.",
        forecasts: &[w(
            "Admissions could peak in the second half of February",
            0.3,
            0.5,
            Within("2027-02-28", "2027-02-28"),
        )],
        not: &[],
    },
    Case {
        id: "r48-first-half-of-named-month-tag",
        published: "2026-11-17",
        text: "The strike will end in the first half of April, union leaders predict.",
        forecasts: &[w(
            "The strike will end in the first half of April",
            0.6,
            1.0,
            Within("2027-04-15", "2027-04-15"),
        )],
        not: &[],
    },
    // A span of months whose hyphen joins the first year to the second month: its end.
    Case {
        id: "r48-month-year-hyphen-month-year-season",
        published: "2026-11-17",
        text: "Sugar output is expected to reach 31 million tonnes in the October \
               2026-September 2027 season.",
        forecasts: &[w(
            "Sugar output is expected to reach 31 million tonnes",
            0.6,
            0.9,
            Within("2027-09-30", "2027-09-30"),
        )],
        not: &[],
    },
    Case {
        id: "r48-month-year-hyphen-month-year-period",
        published: "2026-11-17",
        text: "Tea exports will top 500 million kg in the July 2027-June 2028 period, the \
               board's analysts predict.",
        forecasts: &[w(
            "Tea exports will top 500 million kg",
            0.6,
            1.0,
            Within("2028-06-30", "2028-06-30"),
        )],
        not: &[],
    },
    // "possible" on the second noun of a joined subject is its adjective; the frame weighs.
    Case {
        id: "r48-joined-subject-possible-noun-expected-soon",
        published: "2026-11-17",
        text: "A final ruling and possible penalty are expected soon.",
        forecasts: &[w(
            "A final ruling and possible penalty are expected soon",
            0.6,
            0.9,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r48-joined-subject-possible-noun-expected-by",
        published: "2026-11-17",
        text: "A settlement and possible refund are expected by March.",
        forecasts: &[w(
            "A settlement and possible refund are expected by March",
            0.6,
            0.9,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    // Round 47 (non-forecasts, fragments, deadlines).
    // What the writer will come to know is no forecast; the main clause's forecast stays (K2).
    Case {
        id: "r47-future-knowledge-beside-forecast",
        published: "2026-11-17",
        text: "Rail unions may stage more walkouts in January, though we'll get a clearer \
               picture after the vote.",
        forecasts: &[w(
            "Rail unions may stage more walkouts in January",
            0.3,
            0.5,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &["we'll get a clearer picture after the vote"],
    },
    Case {
        id: "r47-future-knowledge-first-person-singular",
        published: "2026-11-17",
        text: "Tanker rates could climb next year, although I'll know more once the \
               quarter's data is in.",
        forecasts: &[w(
            "Tanker rates could climb next year",
            0.3,
            0.5,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["I'll know more once the quarter's data is in"],
    },
    // A policy-maker's normative "should" is advice; a forecasting "should" stays (K2).
    Case {
        id: "r47-normative-should-policy-body",
        published: "2026-11-17",
        text: "The Treasury should scrap the fuel duty rise in April.",
        forecasts: &[],
        not: &["The Treasury should scrap the fuel duty rise in April"],
    },
    Case {
        id: "r47-normative-should-then-forecast",
        published: "2026-11-17",
        text: "The central bank should hike rates at its next meeting, but will probably \
               hold until June.",
        forecasts: &[w(
            "will probably hold until June",
            0.6,
            0.8,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["should hike rates at its next meeting"],
    },
    Case {
        id: "r47-economist-opinion-should-is-advice",
        published: "2026-11-17",
        text: "Bank economist Lars Holm thinks the government should scrap the fuel levy in \
               March, but will probably wait until the budget in May.",
        forecasts: &[w(
            "will probably wait until the budget in May",
            0.6,
            0.8,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &["the government should scrap the fuel levy in March"],
    },
    Case {
        id: "r47-forecasting-should-stays",
        published: "2026-11-17",
        text: "The merger should close by the end of March. Costs should ease next year.",
        forecasts: &[
            w(
                "The merger should close by the end of March",
                0.55,
                0.75,
                Within("2027-03-31", "2027-03-31"),
            ),
            w(
                "Costs should ease next year",
                0.55,
                0.75,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // A planned stoppage that "will go ahead" on its day, told as news, is its callers' own
    // act; hedged, it is a forecast (K2).
    Case {
        id: "r47-own-action-goes-ahead",
        published: "2026-11-17",
        text: "A bus strike in Bristol will go ahead on Friday after talks broke down.",
        forecasts: &[],
        not: &["A bus strike in Bristol will go ahead on Friday"],
    },
    Case {
        id: "r47-own-action-hedged-stays",
        published: "2026-11-17",
        text: "The stoppage will go ahead next week, despite a revised pay offer. The \
               ferry strike will likely go ahead next week too.",
        forecasts: &[w(
            "The ferry strike will likely go ahead next week",
            0.6,
            0.8,
            Within("2026-11-29", "2026-11-29"),
        )],
        not: &["The stoppage will go ahead next week"],
    },
    // ", which could see X begin": the relative clause's event is the claim (K10).
    Case {
        id: "r47-which-could-see-event",
        published: "2026-11-17",
        text: "Staff are balloting on the offer, which could see walkouts begin next month.",
        forecasts: &[w(
            "walkouts begin next month",
            0.3,
            0.5,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &["Staff are balloting on the offer"],
    },
    Case {
        id: "r47-which-may-see-event",
        published: "2026-11-17",
        text: "Members are reviewing the terms, which may see the dispute end before Christmas.",
        forecasts: &[w(
            "the dispute end before Christmas",
            0.3,
            0.5,
            Within("2026-12-24", "2026-12-25"),
        )],
        not: &["Members are reviewing the terms"],
    },
    // A named holder's past belief in a preview, "would" and a state "until" a month ahead:
    // the holder's live call, due that month (K6).
    Case {
        id: "r47-preview-similarly-believed-until",
        published: "2026-11-17",
        text: "Tom Reid similarly believed the bank would keep its key rate steady until \
               February.",
        forecasts: &[w(
            "the bank would keep its key rate steady until February",
            0.75,
            0.95,
            Within("2027-02-28", "2027-02-28"),
        )],
        not: &[],
    },
    Case {
        id: "r47-preview-likewise-thought-until",
        published: "2026-11-17",
        text: "Priya Nair likewise thought the council would keep the levy frozen until April.",
        forecasts: &[w(
            "the council would keep the levy frozen until April",
            0.75,
            0.95,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "r46-in-a-survey-of-panel-comma-count-expect",
        published: "2026-11-17",
        text: "In a survey of 40 landlords, 26 expect rents to rise by June.",
        forecasts: &[w(
            "rents to rise by June",
            0.65,
            0.65,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    // A share of a survey's panel in words or per cent is the probability, as "28 of 40"
    // is (round 40): "half", "two-thirds", "35 per cent", a past call "expected ... to".
    Case {
        id: "r46-share-half-of-surveyed-expect",
        published: "2026-11-17",
        text: "Half of the planners surveyed expect the runway to open in 2028.",
        forecasts: &[w(
            "the runway to open in 2028",
            0.5,
            0.5,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r46-share-two-thirds-think-will",
        published: "2026-11-17",
        text: "Two-thirds of the bakers questioned think flour prices will climb in 2027.",
        forecasts: &[w(
            "flour prices will climb in 2027",
            0.66,
            0.67,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r46-share-per-cent-of-asked-expect",
        published: "2026-11-17",
        text: "Some 35 per cent of the growers asked expect a frost by March.",
        forecasts: &[w(
            "a frost by March",
            0.35,
            0.35,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r46-share-nearly-half-expected-object-to",
        published: "2026-11-17",
        text: "Nearly half of the dealers expected car prices to drop in a year's time.",
        forecasts: &[w(
            "car prices to drop in a year's time",
            0.5,
            0.5,
            Within("2027-11-17", "2027-11-17"),
        )],
        not: &[],
    }, // "could be days away", "may be weeks away": the time left before the event, read as
    // "within days" and "within weeks" (K5).
    Case {
        id: "r46-could-be-days-away",
        published: "2026-11-17",
        text: "A settlement with the union could be days away.",
        forecasts: &[w(
            "A settlement with the union could be days away",
            0.3,
            0.5,
            Within("2026-11-24", "2026-11-24"),
        )],
        not: &[],
    },
    Case {
        id: "r46-said-may-be-weeks-away",
        published: "2026-11-17",
        text: "Officials said a trade pact may be weeks away.",
        forecasts: &[w(
            "a trade pact may be weeks away",
            0.3,
            0.5,
            Within("2026-12-29", "2026-12-29"),
        )],
        not: &[],
    },
    // "is supposed to" happen, as "is expected to"; "within hours" by the next day (K5).
    Case {
        id: "r46-supposed-to-within-hours",
        published: "2026-11-17",
        text: "The new bridge is supposed to open within hours.",
        forecasts: &[w(
            "The new bridge is supposed to open within hours",
            0.6,
            0.9,
            Within("2026-11-18", "2026-11-18"),
        )],
        not: &[],
    },
    Case {
        id: "r46-supposed-to-by-weekday",
        published: "2026-11-17",
        text: "The budget is supposed to pass by Friday. Pensions are supposed to be paid \
               by the state.",
        forecasts: &[w(
            "The budget is supposed to pass by Friday",
            0.6,
            0.9,
            Within("2026-11-20", "2026-11-20"),
        )],
        not: &["Pensions are supposed to be paid by the state"],
    },
    // A doubt voiced ("expressed doubt that", "voiced doubts that") governs its clause's
    // modal, as "doubt" does: unlikely, the voicer the holder (K4).
    Case {
        id: "r46-voiced-doubt-that-could",
        published: "2026-11-17",
        text: "The minister voiced doubt that the treaty could be ratified by March.",
        forecasts: &[w(
            "the treaty could be ratified by March",
            0.15,
            0.35,
            Within("2027-03-31", "2027-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "r46-expressed-doubts-that-might",
        published: "2026-11-17",
        text: "Two senators expressed doubts that the bill might pass this year.",
        forecasts: &[w(
            "the bill might pass this year",
            0.15,
            0.35,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    }, // A stated share of a panel that says a plain "will" or "would": the share (K8).
    Case {
        id: "r46-share-count-say-will",
        published: "2026-11-17",
        text: "Nine of 12 brokers say the lira will weaken past 40 per dollar in January.",
        forecasts: &[w(
            "the lira will weaken past 40 per dollar in January",
            0.75,
            0.75,
            Within("2027-01-31", "2027-01-31"),
        )],
        not: &[],
    },
    Case {
        id: "r46-share-half-said-would",
        published: "2026-11-17",
        text: "Half of the dealers polled said used-car prices would fall in 2027.",
        forecasts: &[w(
            "used-car prices would fall in 2027",
            0.5,
            0.5,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // Round 49 (the author's own number, two forecasts in one sentence).
    // The author's confidence in a follow-up sentence ("I'm N% confident", "I am N% sure of
    // that") is the number of the claim before, and no claim of its own (W1).
    Case {
        id: "r49-follow-up-im-confident",
        published: "2026-12-01",
        text: "The harbour tunnel will reopen by April. I'm 70% confident.",
        forecasts: &[w(
            "The harbour tunnel will reopen by April",
            0.7,
            0.7,
            Within("2027-04-30", "2027-04-30"),
        )],
        not: &["I'm 70% confident"],
    },
    Case {
        id: "r49-follow-up-i-am-sure-of-that",
        published: "2026-12-01",
        text:
            "Glenmore United will sack their manager before March. We are 65 percent sure of that.",
        forecasts: &[w(
            "Glenmore United will sack their manager before March",
            0.65,
            0.65,
            Within("2027-02-28", "2027-03-01"),
        )],
        not: &["We are 65 percent sure"],
    },
    // Another party's number, then the author's own, in the follow-up: the author's is the
    // claim's, and the other party's clause is no candidate holding the author's number (W1).
    Case {
        id: "r49-follow-up-others-then-i-say",
        published: "2026-12-01",
        text: "The county will ban new wood stoves by October. Bookmakers say 30%; I say 55%.",
        forecasts: &[w(
            "The county will ban new wood stoves by October",
            0.55,
            0.55,
            Within("2027-10-31", "2027-10-31"),
        )],
        not: &["Bookmakers say 30%"],
    },
    Case {
        id: "r49-follow-up-others-but-closer-to",
        published: "2026-12-01",
        text: "The ferry workers will strike before Easter. Pundits put the odds at roughly \
               40 percent, but I'd put it closer to 75 percent.",
        forecasts: &[w(
            "The ferry workers will strike before Easter",
            0.75,
            0.75,
            Within("2027-03-27", "2027-03-28"),
        )],
        not: &["Pundits put the odds"],
    },
    // Two forecasts of one sentence, each with its own odds and time, the sentence wrapped
    // across two lines of the article: a line break is a space to the clause breaks (W2).
    Case {
        id: "r49-two-odds-two-times-wrapped",
        published: "2026-12-01",
        text: "I would give the rail merger about 30% odds by spring, and\n\
               roughly even odds by the end of next year.",
        forecasts: &[
            w(
                "the rail merger about 30% odds by spring",
                0.3,
                0.3,
                Within("2027-06-20", "2027-06-21"),
            ),
            w(
                "roughly even odds by the end of next year",
                0.45,
                0.55,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r49-two-chances-two-times-wrapped",
        published: "2026-12-01",
        text: "The strike is likely to end by February,\nbut a deal on pensions is unlikely \
               before the autumn.",
        forecasts: &[
            w(
                "The strike is likely to end by February",
                0.6,
                0.9,
                Within("2027-02-28", "2027-02-28"),
            ),
            w(
                "a deal on pensions is unlikely before the autumn",
                0.1,
                0.4,
                Within("2027-09-21", "2027-09-23"),
            ),
        ],
        not: &[],
    },
    // A marker of an example between the subject and its verb of forecasting is no holder;
    // the forecast is the complement (W4).
    Case {
        id: "r49-for-example-between-subject-and-verb",
        published: "2026-12-01",
        text: "Analysts at Nordbank, for example, predict that copper will fall below $8,000 \
               by June.",
        forecasts: &[w(
            "copper will fall below $8,000 by June",
            0.6,
            0.95,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &["for example"],
    },
    Case {
        id: "r49-for-instance-between-subject-and-verb",
        published: "2026-12-01",
        text: "Some grain traders, for instance, expect that wheat prices will double by \
               the harvest of 2027.",
        forecasts: &[w(
            "wheat prices will double",
            0.6,
            0.95,
            WithinOrNone("2027-01-01", "2027-12-31"),
        )],
        not: &["for instance"],
    },
    // A line that ends in a word no sentence ends in ("its", "the", "before") goes on with the
    // next line, capital or not: the time phrase across the break stays the claim's (W4).
    Case {
        id: "r49-wrapped-in-capital",
        published: "2026-12-01",
        text: "A short note. The council will probably publish its budget in\n\
               May, after the vote.",
        forecasts: &[w(
            "The council will probably publish its budget",
            0.6,
            0.9,
            Within("2027-05-31", "2027-05-31"),
        )],
        not: &[],
    },
    Case {
        id: "r49-wrapped-of-capital",
        published: "2026-12-01",
        text: "It has been a long winter for the mill. Its owners will sell it by the end of\n\
               September, probably to a rival.",
        forecasts: &[w(
            "Its owners will sell it",
            0.6,
            1.0,
            Within("2027-09-30", "2027-09-30"),
        )],
        not: &[],
    }, // What unnamed others will say is a view set up to be answered, no forecast (W4).
    Case {
        id: "r49-others-will-argue",
        published: "2026-12-01",
        text: "Others will argue that the new stadium will pay for itself by 2030.",
        forecasts: &[],
        not: &["the new stadium will pay for itself"],
    },
    Case {
        id: "r49-some-people-will-tell-you",
        published: "2026-12-01",
        text: "Some people will tell you petrol will be cheaper next summer.",
        forecasts: &[],
        not: &["petrol will be cheaper next summer"],
    },
    // Round 50 (hearsay tags, openers, common shapes).
    Case {
        id: "r50-dont-be-surprised-if-below-by-quarter",
        published: "2026-11-17",
        text: "Don't be surprised if the city's debt falls below $4 billion by Q2.",
        forecasts: &[w(
            "the city's debt falls below $4 billion",
            0.6,
            0.8,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r50-do-not-be-surprised-if-wins-next-year",
        published: "2026-11-17",
        text: "Do not be surprised if the Harbour Party wins the mayoralty next year.",
        forecasts: &[w(
            "the Harbour Party wins the mayoralty",
            0.6,
            0.8,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r50-odds-are-closes-before-holiday",
        published: "2026-11-17",
        text: "Odds are the takeover of the brewery closes before Easter.",
        forecasts: &[w(
            "the takeover of the brewery closes",
            0.6,
            0.8,
            Within("2027-03-27", "2027-03-28"),
        )],
        not: &[],
    },
    Case {
        id: "r50-chances-are-that-will-by-month",
        published: "2026-11-17",
        text: "Chances are that the ferry strike ends by February.",
        forecasts: &[w(
            "the ferry strike ends",
            0.6,
            0.8,
            Within("2027-02-28", "2027-02-28"),
        )],
        not: &[],
    },
    Case {
        id: "r50-odds-are-long-no-idiom",
        published: "2026-11-17",
        text: "The odds are long for the smaller clubs this winter.",
        forecasts: &[],
        not: &["The odds are long"],
    },
    Case {
        id: "r50-im-confident-present-tense-in-months",
        published: "2026-11-17",
        text: "I'm confident inflation falls below 2% in the next 12 months.",
        forecasts: &[w(
            "inflation falls below 2%",
            0.6,
            0.9,
            Within("2027-11-17", "2027-11-17"),
        )],
        not: &[],
    },
    Case {
        id: "r50-we-are-confident-present-tense-by-year",
        published: "2026-11-17",
        text: "We are confident the new line opens to passengers by 2028.",
        forecasts: &[w(
            "the new line opens to passengers",
            0.6,
            0.9,
            Within("2028-12-31", "2028-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r50-real-risk-falls-percent-within-months",
        published: "2026-11-17",
        text: "There is a real risk the rand falls 20% within three months.",
        forecasts: &[w(
            "the rand falls 20%",
            0.25,
            0.5,
            Within("2027-02-17", "2027-02-17"),
        )],
        not: &[],
    },
    Case {
        id: "r50-real-risk-that-drops-percent-this-year",
        published: "2026-11-17",
        text: "Traders warn there is a real risk that copper drops 12% before the end of 2027.",
        forecasts: &[w(
            "copper drops 12%",
            0.25,
            0.5,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r50-just-have-a-feeling-that-will",
        published: "2026-11-17",
        text: "I just have a feeling that the Rovers will win the league next spring.",
        forecasts: &[w(
            "the Rovers will win the league",
            0.6,
            0.8,
            Within("2027-06-20", "2027-06-21"),
        )],
        not: &[],
    },
    Case {
        id: "r50-have-a-sneaking-feeling-will",
        published: "2026-11-17",
        text: "We have a sneaking feeling the council will scrap the toll in 2027.",
        forecasts: &[w(
            "the council will scrap the toll",
            0.6,
            0.8,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    // Round 51 (non-forecasts, scorecards, review lines). A past forecast named by a
    // participle ("the forecast made by ... on 9 March"), a past expectation measured against
    // what happened ("sooner than first predicted ..., when they expected ..."), a forecast's
    // error band, a call judged after the event ("..., which was way off"), a resolution
    // rule, a scenario that is not the likeliest, and a "would" under an "if" that governs
    // another cue: none is a forecast (audit 31 K3).
    Case {
        id: "r51-revision-from-forecast-made",
        published: "2026-11-17",
        text: "This marks an upward revision from the 410 million tonne forecast made by the \
               ministry on 2 May.",
        forecasts: &[],
        not: &["410 million tonne forecast"],
    },
    Case {
        id: "r51-down-from-estimate-issued",
        published: "2026-11-17",
        text: "The figure is well down from the 3.1% estimate issued by the central bank in June.",
        forecasts: &[],
        not: &["3.1% estimate issued"],
    },
    Case {
        id: "r51-sooner-than-first-predicted-when",
        published: "2026-11-17",
        text: "The flood peaked sooner than the engineers first predicted in October, when they \
               expected it would arrive on Nov. 30.",
        forecasts: &[],
        not: &["it would arrive on Nov. 30"],
    },
    Case {
        id: "r51-later-than-estimated-when",
        published: "2026-11-17",
        text: "The ferry service resumed later than the operator had estimated, when it \
               predicted sailings would restart on Dec. 4.",
        forecasts: &[],
        not: &["sailings would restart on Dec. 4"],
    },
    Case {
        id: "r51-forecast-has-error-band",
        published: "2026-11-17",
        text: "The forecast has a model error of six days, meaning the rains could begin six \
               days sooner or later, the weather office said.",
        forecasts: &[],
        not: &["The forecast has a model error", "the rains could begin"],
    },
    Case {
        id: "r51-outlook-carries-error-margin",
        published: "2026-11-17",
        text: "The seasonal outlook carries an error margin of two points, so the harvest might \
               come in higher or lower.",
        forecasts: &[],
        not: &["the harvest might come in higher or lower"],
    },
    Case {
        id: "r51-fact-check-which-was-off",
        published: "2026-11-17",
        text: "He also said Brazil would host the Olympics again before Spain, which was \
               badly off.",
        forecasts: &[],
        not: &["Brazil would host the Olympics again"],
    },
    Case {
        id: "r51-fact-check-a-call-that-proved-wrong",
        published: "2026-11-17",
        text: "Back then she claimed gold would overtake the dollar as a reserve, a call that \
               proved wrong.",
        forecasts: &[],
        not: &["gold would overtake the dollar"],
    },
    Case {
        id: "r51-question-will-resolve-positive",
        published: "2026-11-17",
        text: "This question will resolve positive if the median forecast is higher than 40 \
               by 2027.",
        forecasts: &[],
        not: &["This question will resolve positive"],
    },
    Case {
        id: "r51-market-will-resolve-to-yes",
        published: "2026-11-17",
        text: "The market will resolve to Yes if the senator announces a run before March.",
        forecasts: &[],
        not: &["The market will resolve to Yes"],
    },
    Case {
        id: "r51-most-optimistic-scenario",
        published: "2026-11-17",
        text: "In the most optimistic scenario, we project 1.2 million new homes over the \
               ten-year horizon.",
        forecasts: &[],
        not: &["we project 1.2 million new homes"],
    },
    Case {
        id: "r51-worst-case-scenario-would",
        published: "2026-11-17",
        text: "Under a worst-case scenario, the river could reach nine metres by Friday.",
        forecasts: &[],
        not: &["the river could reach nine metres"],
    },
    // A base-case scenario is the forecaster's own call, and is kept.
    Case {
        id: "r51-base-case-scenario-kept",
        published: "2026-11-17",
        text: "Under our base-case scenario, exports will grow 4% in 2027.",
        forecasts: &[w(
            "exports will grow 4%",
            0.6,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r51-if-confirmed-would-be-on-the-brink",
        published: "2026-11-17",
        text: "If these figures hold, Moreau would be on the brink of an outright win.",
        forecasts: &[],
        not: &["Moreau would be on the brink of an outright win"],
    },
    Case {
        id: "r51-if-counted-would-be-poised",
        published: "2026-11-17",
        text: "If the early returns are accurate, the Greens would be poised to take the city.",
        forecasts: &[],
        not: &["the Greens would be poised to take the city"],
    },
    // A scorecard whose calls end with a mark (✅ right, ❌ wrong, ⌛ pending) grades last
    // year's calls; a heading naming the new year after it opens the new list, due with that
    // year (audit 31 K5).
    Case {
        id: "r51-scorecard-marks-then-year-heading",
        published: "2025-12-29",
        text: "Six Calls\n\n\
               Last January, I made 6 predictions for 2025. Let's see how they went, before \
               jumping into 6 more predictions for 2026.\n\n\
               The harbour ferry will be privatised: ✅\n\
               Rents in the old town will fall, hurting the landlords' lobby: ⌛\n\
               The festival will move to the riverside: ❌\n\n\
               ## 2026\n\n\
               1. The senator will retire from politics.\n\
               2. The museum will reopen its west wing.\n",
        forecasts: &[
            w(
                "The senator will retire from politics",
                0.8,
                1.0,
                Within("2026-12-31", "2026-12-31"),
            ),
            w(
                "The museum will reopen its west wing",
                0.8,
                1.0,
                Within("2026-12-31", "2026-12-31"),
            ),
        ],
        not: &[
            "The harbour ferry will be privatised",
            "Rents in the old town will fall",
            "The festival will move to the riverside",
        ],
    },
    Case {
        id: "r51-scorecard-ticks-dash-then-year-heading",
        published: "2026-12-30",
        text: "Last winter I posted 4 predictions for 2026. Time to grade them, then on to \
               more predictions for 2027.\n\n\
               - The striker will leave the club - ✅\n\
               - The tram line will be extended - ❌\n\n\
               ## 2027\n\n\
               - The mayor will lose her primary.\n",
        forecasts: &[w(
            "The mayor will lose her primary",
            0.8,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[
            "The striker will leave the club",
            "The tram line will be extended",
        ],
    },
    // Wire news recall (round 55). Issue 13's wire-news set (Reuters 1987, BBC 2004-05):
    // kinds of forecast the extractor missed on its development texts, in sentences we wrote.
    // Two calls in one sentence, each with its own expectation frame, the second's subject a
    // bare noun ("and creditors are expected to vote"): two candidates.
    Case {
        id: "r55-expected-and-bare-noun-expected",
        published: "2026-11-20",
        text: "The bank said a rescue plan is expected to be agreed within four weeks and \
               creditors are expected to vote on it in January.",
        forecasts: &[
            w(
                "a rescue plan is expected to be agreed within four weeks",
                0.6,
                0.9,
                Within("2026-12-18", "2026-12-18"),
            ),
            w(
                "creditors are expected to vote on it in January",
                0.6,
                0.9,
                Within("2027-01-31", "2027-01-31"),
            ),
        ],
        not: &[],
    },
    Case {
        id: "r55-expected-and-bare-noun-likely",
        published: "2026-11-20",
        text: "Exports are expected to fall in 2027 and imports are likely to rise.",
        forecasts: &[
            w(
                "Exports are expected to fall in 2027",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w("imports are likely to rise", 0.6, 0.9, WithinOrNone("2027-12-31", "2027-12-31")),
        ],
        not: &[],
    },
    Case {
        id: "r55-should-and-bare-noun-likely",
        published: "2026-11-20",
        text: "Profits should recover by June and margins are likely to widen next year.",
        forecasts: &[
            w(
                "Profits should recover by June",
                0.5,
                0.8,
                Within("2027-06-30", "2027-06-30"),
            ),
            w(
                "margins are likely to widen next year",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // A bare noun after "and" with no hedge of its own is the first call's aside.
    Case {
        id: "r55-expected-and-bare-noun-without-hedge",
        published: "2026-11-20",
        text: "Sales are expected to rise in 2027 and staff are paid weekly.",
        forecasts: &[w(
            "Sales are expected to rise in 2027",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &["staff are paid weekly"],
    },
    // "It is only a matter of time before X": X, held near certain; told of the past, none.
    Case {
        id: "r55-only-a-matter-of-time-before",
        published: "2026-11-20",
        text: "It is only a matter of time before the ferry line closes.",
        forecasts: &[w("the ferry line closes", 0.8, 1.0, Due::Never)],
        not: &[],
    },
    Case {
        id: "r55-quoted-matter-of-time-until",
        published: "2026-11-20",
        text: "The minister conceded talks had stalled, but added: \"It's only a matter of time \
               until we find a buyer.\"",
        forecasts: &[w("we find a buyer", 0.8, 1.0, Due::Never)],
        not: &["talks had stalled"],
    },
    Case {
        id: "r55-matter-of-time-in-the-past",
        published: "2026-11-20",
        text: "It was only a matter of time before the old mill closed.",
        forecasts: &[],
        not: &["the old mill closed"],
    },
    // A past call's state after "to be" ("expected volumes to be flat in 1987"), with its
    // time ahead; the second call's bare "should" with no time of its own is still missed.
    Case {
        id: "r55-said-expected-to-be-flat",
        published: "2026-11-20",
        text: "The miller said it expected flour sales to be flat in 2027.",
        forecasts: &[w(
            "flour sales to be flat in 2027",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r55-expected-to-be-flat-but-said-should",
        published: "2026-11-20",
        text: "The miller said it expected flour sales to be flat in 2027 but said margins at \
               its bakery unit should improve.",
        forecasts: &[
            w(
                "flour sales to be flat in 2027",
                0.6,
                0.9,
                Within("2027-12-31", "2027-12-31"),
            ),
            w(
                "margins at its bakery unit should improve",
                0.5,
                0.8,
                WithinOrNone("2027-12-31", "2027-12-31"),
            ),
        ],
        not: &[],
    },
    // A reported outcome: "estimate that X could have a value of", "said selling X would
    // boost its earnings" (a noun subject, not the speaker's own act).
    Case {
        id: "r55-estimate-could-have-a-value",
        published: "2026-11-20",
        text: "Brokers estimate that the spun-off unit could have a market value of $4bn.",
        forecasts: &[w(
            "the spun-off unit could have a market value of $4bn",
            0.2,
            0.6,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r55-said-gerund-would-boost",
        published: "2026-11-20",
        text: "The insurer said selling its car-loan arm would boost its earnings.",
        forecasts: &[w(
            "selling its car-loan arm would boost its earnings",
            0.8,
            1.0,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r55-said-it-would-boost-is-a-plan",
        published: "2026-11-20",
        text: "The insurer said it would boost its dividend.",
        forecasts: &[],
        not: &["it would boost its dividend"],
    },
    // A backshifted "were (still) likely to" after a verb of saying.
    Case {
        id: "r55-said-were-likely-to",
        published: "2026-11-20",
        text: "An opposition spokesman said that most tenants were likely to face rent rises.",
        forecasts: &[w(
            "most tenants were likely to face rent rises",
            0.6,
            0.9,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "r55-claimed-were-still-likely-to",
        published: "2026-11-20",
        text: "An opposition spokesman claimed that two in five tenants were still likely to \
               face rent rises.",
        forecasts: &[w(
            "two in five tenants were still likely to face rent rises",
            0.6,
            0.9,
            Never,
        )],
        not: &[],
    },
    // Wire headlines in capitals: "LIKELY TO", "EXPECTED TO", "TO" + verb with a time ahead
    // are calls; "PLANS TO" is a plan.
    Case {
        id: "r55-caps-headline-likely-to",
        published: "2026-11-20",
        text: "DUTCH RAIL GROUP LIKELY TO BE SOLD IN JUNE\n\n\
               The transport ministry has hired two banks to advise on the sale, officials said.",
        forecasts: &[w(
            "DUTCH RAIL GROUP LIKELY TO BE SOLD IN JUNE",
            0.6,
            0.9,
            Within("2027-06-30", "2027-06-30"),
        )],
        not: &[],
    },
    Case {
        id: "r55-caps-headline-expected-to",
        published: "2026-11-20",
        text: "COPPER OUTPUT EXPECTED TO FALL IN 2027 - MINISTRY\n\n\
               Mine closures in the north cut capacity last year, the ministry said.",
        forecasts: &[w(
            "COPPER OUTPUT EXPECTED TO FALL IN 2027",
            0.6,
            0.9,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r55-caps-headline-to-verb",
        published: "2026-11-20",
        text: "WHEAT EXPORTS TO FALL IN 2027, TRADERS SAY\n\n\
               Drought cut the harvest in the south.",
        forecasts: &[w(
            "WHEAT EXPORTS TO FALL IN 2027",
            0.8,
            1.0,
            Within("2027-12-31", "2027-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r55-caps-headline-plans-to",
        published: "2026-11-20",
        text: "ACME PLANS TO BUILD NEW MILL IN 2027\n\nThe site has not been chosen.",
        forecasts: &[],
        not: &["ACME PLANS TO BUILD NEW MILL IN 2027"],
    },
    // Wire news (round 52-53 redone, issue 13). Shapes of Reuters 1987 and BBC News 2004-05
    // items, in sentences we wrote. Plans: an agent's own act told with a bare "will" ("said
    // it will redeem", "Acme will build a plant") is a plan; outcomes it does not control,
    // expectations and acts of another party stay forecasts.
    Case {
        id: "wire-said-it-will-redeem-debentures",
        published: "1987-03-04",
        text: "Hollis Industries Inc said it will redeem its 11 pct subordinated debentures \
               due 1999.",
        forecasts: &[],
        not: &["it will redeem its 11 pct subordinated debentures"],
    },
    Case {
        id: "wire-will-build-plant-company-said",
        published: "1987-04-02",
        text: "Dunmore Corp will build a 40 mln dlr components plant in Ohio, the company \
               said.",
        forecasts: &[],
        not: &["Dunmore Corp will build a 40 mln dlr components plant in Ohio"],
    },
    Case {
        id: "wire-airline-will-offer-daily-flights",
        published: "1987-05-11",
        text: "Skyway Airlines said it added four jets to its fleet. It will offer 12 daily \
               flights between Denver and Tulsa from June.",
        forecasts: &[],
        not: &["It will offer 12 daily flights"],
    },
    Case {
        id: "wire-ministry-said-it-will-extend-cuts",
        published: "1987-02-17",
        text: "The ministry said it will extend the export quota cuts to the end of the year.",
        forecasts: &[],
        not: &["it will extend the export quota cuts"],
    },
    Case {
        id: "wire-bank-will-cut-its-jobs",
        published: "2005-01-20",
        text: "The bank will cut 1,200 jobs in its branch network over two years, and it \
               will also sell its stake in an insurer, the bank said.",
        forecasts: &[],
        not: &["The bank will cut 1,200 jobs", "sell its stake in an insurer"],
    },
    Case {
        id: "wire-company-said-earnings-will-rise-kept",
        published: "1987-03-09",
        text: "The company said earnings will rise in 1987, helped by lower raw material \
               costs.",
        forecasts: &[w(
            "earnings will rise in 1987",
            0.8,
            1.0,
            Within("1987-12-31", "1987-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire-analysts-said-bank-will-cut-kept",
        published: "1987-03-09",
        text: "Analysts said the Bundesbank will cut its discount rate by the end of March.",
        forecasts: &[w(
            "the Bundesbank will cut its discount rate",
            0.6,
            1.0,
            Within("1987-03-31", "1987-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire-proceeds-will-be-used-to-repay",
        published: "1987-04-08",
        text: "Carver Chemical Corp said it filed for an offering of two mln common shares. \
               Proceeds from the offering will be used to repay bank debt.",
        forecasts: &[],
        not: &["Proceeds from the offering will be used to repay bank debt"],
    },
    // Schedules with the day before the month ("on 12 March", "the 3rd of May") are
    // schedules exactly as "on March 12" is.
    Case {
        id: "wire-will-publish-report-on-day-month",
        published: "2005-03-01",
        text: "The Bank of England will publish its quarterly inflation report on 16 March.",
        forecasts: &[],
        not: &["The Bank of England will publish its quarterly inflation report"],
    },
    Case {
        id: "wire-terminal-will-open-on-day-month",
        published: "2005-03-01",
        text: "The new terminal at Heathrow will open on 14 March, the airport operator said.",
        forecasts: &[],
        not: &["The new terminal at Heathrow will open"],
    },
    Case {
        id: "wire-side-will-face-on-day-month",
        published: "2005-02-07",
        text: "Wales will face Italy in Rome on 19 February.",
        forecasts: &[],
        not: &["Wales will face Italy in Rome"],
    },
    Case {
        id: "wire-tour-will-start-on-ordinal-of-month",
        published: "2005-01-10",
        text: "The band's tour will start on the 3rd of May in Cardiff.",
        forecasts: &[],
        not: &["The band's tour will start"],
    },
    Case {
        id: "wire-rules-will-take-effect-day-month",
        published: "2004-11-02",
        text: "The new licensing rules will take effect on 24 November, the department said.",
        forecasts: &[],
        not: &["The new licensing rules will take effect"],
    },
    Case {
        id: "wire-union-will-hold-ballot-ordinal-of-month",
        published: "2005-01-10",
        text: "The union will hold a strike ballot on the 3rd of February.",
        forecasts: &[],
        not: &["The union will hold a strike ballot"],
    },
    Case {
        id: "wire-film-will-open-day-month-no-on",
        published: "2004-12-01",
        text: "The sequel will open in British cinemas 17 December.",
        forecasts: &[],
        not: &["The sequel will open in British cinemas"],
    },
    Case {
        id: "wire-by-day-month-is-a-deadline-kept",
        published: "2005-02-14",
        text: "House prices will fall by 31 March, the economist said.",
        forecasts: &[w(
            "House prices will fall",
            0.8,
            1.0,
            Within("2005-03-31", "2005-03-31"),
        )],
        not: &[],
    },
    // Reuters headlines: an all-caps title line, a blank line, then the body. "X SEES Y" is
    // X's expectation; "Y SEEN LOWER" an expectation of unnamed analysts.
    Case {
        id: "wire-headline-sees-higher-year-prices",
        published: "1987-03-02",
        text: "DORAL SEES HIGHER 1987 STEEL PRICES\n\n\
               Doral Steel Corp said order books improved in January and February.",
        forecasts: &[w(
            "HIGHER 1987 STEEL PRICES",
            0.6,
            0.9,
            Within("1987-12-31", "1987-12-31"),
        )],
        not: &["order books improved in January and February"],
    },
    Case {
        id: "wire-headline-seen-lower-in-year",
        published: "1987-01-12",
        text: "COPPER PRICES SEEN LOWER IN 1987\n\n\
               Copper stocks in London warehouses rose 12,000 tonnes last week.",
        forecasts: &[w(
            "COPPER PRICES SEEN LOWER IN 1987",
            0.6,
            0.9,
            Within("1987-12-31", "1987-12-31"),
        )],
        not: &["Copper stocks in London warehouses rose"],
    },
    Case {
        id: "wire-headline-sees-first-quarter-loss",
        published: "1987-02-10",
        text: "MARLOWE SEES FIRST QUARTER LOSS\n\n\
               Marlowe Inc said weak demand for its printers hurt sales in January.",
        forecasts: &[w(
            "FIRST QUARTER LOSS",
            0.6,
            0.9,
            Within("1987-03-31", "1987-03-31"),
        )],
        not: &["weak demand for its printers hurt sales in January"],
    },
    Case {
        id: "wire-headline-past-results-no-forecast",
        published: "1987-02-10",
        text: "MARLOWE POSTS FOURTH QUARTER LOSS\n\n\
               Marlowe Inc said weak demand for its printers hurt sales in December.",
        forecasts: &[],
        not: &["MARLOWE POSTS FOURTH QUARTER LOSS"],
    },
    // "X is estimated at N this year" with a future period: an estimate, read as likely; a
    // past period's estimate is a report.
    Case {
        id: "wire-crop-estimated-at-this-year",
        published: "1987-03-01",
        text: "The sugar crop is estimated at 2.1 mln tonnes this year, down from 2.4 mln \
               tonnes in 1986.",
        forecasts: &[w(
            "The sugar crop is estimated at 2.1 mln tonnes",
            0.6,
            0.85,
            Within("1987-12-31", "1987-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire-output-was-estimated-at-for-year",
        published: "1987-02-20",
        text: "Wheat output was estimated at 12.5 mln tonnes for 1987, the agriculture \
               department said.",
        forecasts: &[w(
            "Wheat output was estimated at 12.5 mln tonnes",
            0.6,
            0.85,
            Within("1987-12-31", "1987-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire-past-year-estimated-at-no-forecast",
        published: "1987-02-20",
        text: "Cocoa output in 1986 was estimated at 410,000 tonnes, the board said.",
        forecasts: &[],
        not: &["Cocoa output in 1986 was estimated at 410,000 tonnes"],
    },
    // A past-tense expectation of a speaker or a poll about an event after publication is
    // its holder's forecast; about an event already past, no forecast.
    Case {
        id: "wire-economists-polled-expected-to-narrow-next-month",
        published: "1987-03-10",
        text: "Economists polled by Reuters expected the trade deficit to narrow in April.",
        forecasts: &[w(
            "the trade deficit to narrow",
            0.6,
            0.9,
            Within("1987-04-30", "1987-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "wire-dealers-expected-to-cut-next-month",
        published: "1987-03-10",
        text: "Most dealers expected the Bundesbank to cut its discount rate next month.",
        forecasts: &[w(
            "the Bundesbank to cut its discount rate",
            0.6,
            0.9,
            Within("1987-04-30", "1987-04-30"),
        )],
        not: &[],
    },
    Case {
        id: "wire-analysts-had-expected-past-loss-no-forecast",
        published: "1987-03-10",
        text: "Analysts had expected the company to report a loss for 1986.",
        forecasts: &[],
        not: &["Analysts had expected the company to report a loss for 1986"],
    },
    // "most likely" governs the time after it: the month is the deadline.
    Case {
        id: "wire-most-likely-in-month",
        published: "2005-02-01",
        text: "The next rate rise will come most likely in May, economists said.",
        forecasts: &[w(
            "The next rate rise will come",
            0.6,
            0.9,
            Within("2005-05-31", "2005-05-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire-most-likely-by-end-of-year",
        published: "2004-09-14",
        text: "The airline will most likely cut fares by the end of the year, analysts said.",
        forecasts: &[w(
            "The airline will most likely cut fares",
            0.6,
            0.9,
            Within("2004-12-31", "2004-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire-election-most-likely-in-month",
        published: "2005-01-05",
        text: "The general election will be held most likely in May, senior party figures \
               believe.",
        forecasts: &[w(
            "The general election will be held",
            0.6,
            0.9,
            Within("2005-05-31", "2005-05-31"),
        )],
        not: &[],
    },
    // Wire news (round 54, issue 13). The own-act rule narrowed: a body's own act told with
    // a bare "will" is a plan only where the body reports it (the speaker before or after
    // it, or the body that spoke in the sentence before); with no speaker, or another
    // party's, it stays a forecast.
    Case {
        id: "wire54-own-act-company-said-tag",
        published: "1987-04-14",
        text: "Brixton Corp will acquire a 20 pct stake in Delmar Steel, the company said.",
        forecasts: &[],
        not: &["Brixton Corp will acquire a 20 pct stake in Delmar Steel"],
    },
    Case {
        id: "wire54-own-act-speaker-of-sentence-before",
        published: "1987-05-06",
        text: "Kestrel Airlines Inc said January traffic rose eight pct. It will also lease \
               four jets from a Dutch lessor.",
        forecasts: &[],
        not: &["It will also lease four jets from a Dutch lessor"],
    },
    Case {
        id: "wire54-own-act-spokesman-for-the-body",
        published: "2005-02-03",
        text: "The bank will close 40 branches in rural areas, a spokesman for the bank said.",
        forecasts: &[],
        not: &["The bank will close 40 branches in rural areas"],
    },
    Case {
        id: "wire54-own-act-no-speaker-kept",
        published: "2026-01-10",
        text: "The central bank will raise its inflation target.",
        forecasts: &[w(
            "The central bank will raise its inflation target",
            0.8,
            1.0,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "wire54-own-act-other-party-said-kept",
        published: "2005-02-03",
        text: "A union leader said Harwood Foods will close 40 stores in rural areas.",
        forecasts: &[w(
            "Harwood Foods will close 40 stores in rural areas",
            0.8,
            1.0,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "wire54-own-act-other-company-said-kept",
        published: "1987-04-14",
        text: "Dunmore Corp will sell its stake in the venture, Brixton Corp said.",
        forecasts: &[w(
            "Dunmore Corp will sell its stake in the venture",
            0.8,
            1.0,
            Never,
        )],
        not: &[],
    },
    // Money's terms and filings told in the passive: plans or present facts.
    Case {
        id: "wire54-money-will-come-from-fund",
        published: "2005-02-10",
        text: "A further £8.2m will come from the regeneration fund.",
        forecasts: &[],
        not: &["A further £8.2m will come from the regeneration fund"],
    },
    Case {
        id: "wire54-prize-money-will-be-handed-out",
        published: "2005-03-02",
        text: "The prize money will be handed out over six rounds of the tour.",
        forecasts: &[],
        not: &["The prize money will be handed out over six rounds"],
    },
    Case {
        id: "wire54-winner-will-get-a-cheque",
        published: "2005-03-02",
        text: "The winner of the final will get a cheque for $80,000.",
        forecasts: &[],
        not: &["The winner of the final will get a cheque"],
    },
    Case {
        id: "wire54-application-will-be-made",
        published: "1987-06-02",
        text: "Trading in the units was halted and an application will be made to the \
               exchange for a new listing.",
        forecasts: &[],
        not: &["an application will be made to the exchange"],
    },
    Case {
        id: "wire54-grant-money-will-run-out-kept",
        published: "2005-02-10",
        text: "The grant money will run out by June, the charity warned.",
        forecasts: &[w(
            "The grant money will run out",
            0.8,
            1.0,
            Within("2005-06-30", "2005-06-30"),
        )],
        not: &[],
    },
    // Hypotheticals and generic statements: an opinion on a supposed thing, a thing like
    // another or an act named by a gerund with "would", what a venture needs, a necessary
    // condition, an audience, "anything is possible".
    Case {
        id: "wire54-similar-survey-would-be-useful",
        published: "1987-05-20",
        text: "He said a similar survey of the 1990s would be useful, but the bank had no \
               firm plans yet.",
        forecasts: &[],
        not: &["a similar survey of the 1990s would be useful"],
    },
    Case {
        id: "wire54-cut-would-be-welcome",
        published: "2005-01-18",
        text: "A cut in fuel duty would be very welcome, the haulage group said.",
        forecasts: &[],
        not: &["A cut in fuel duty would be very welcome"],
    },
    Case {
        id: "wire54-such-a-levy-would",
        published: "2005-01-18",
        text: "Critics say such a levy would drive small brewers out of business.",
        forecasts: &[],
        not: &["such a levy would drive small brewers out of business"],
    },
    Case {
        id: "wire54-gerund-subject-would",
        published: "1987-06-09",
        text: "Keeping the port open overnight would give shippers more flexibility, he said.",
        forecasts: &[],
        not: &["Keeping the port open overnight would give shippers more flexibility"],
    },
    Case {
        id: "wire54-key-to-offer-will-be",
        published: "2005-02-15",
        text: "The key to any rival offer will be winning over the two largest pension funds.",
        forecasts: &[],
        not: &["The key to any rival offer will be winning over"],
    },
    Case {
        id: "wire54-question-will-be-whether",
        published: "2005-02-15",
        text: "The question will be whether the regulator accepts the remedies.",
        forecasts: &[],
        not: &["The question will be whether the regulator accepts the remedies"],
    },
    Case {
        id: "wire54-will-not-go-ahead-without",
        published: "2005-02-15",
        text: "The merger will not go ahead without the backing of the founding family.",
        forecasts: &[],
        not: &["The merger will not go ahead without the backing"],
    },
    Case {
        id: "wire54-likely-to-appeal-to-buyers",
        published: "2005-04-01",
        text: "The cheaper model is more likely to appeal to first-time buyers.",
        forecasts: &[],
        not: &["The cheaper model is more likely to appeal to first-time buyers"],
    },
    Case {
        id: "wire54-anything-is-possible",
        published: "1987-03-02",
        text: "\"Anything is possible at this stage of the talks,\" one delegate said.",
        forecasts: &[],
        not: &["Anything is possible at this stage of the talks"],
    },
    Case {
        id: "wire54-reported-would-kept",
        published: "2005-01-18",
        text: "Analysts said the stronger pound would hurt exporters by the end of the year.",
        forecasts: &[w(
            "the stronger pound would hurt exporters",
            0.8,
            0.9,
            Within("2005-12-31", "2005-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire54-spending-would-rise-kept",
        published: "2005-01-18",
        text: "Economists said spending on roads would rise by the end of the year.",
        forecasts: &[w(
            "spending on roads would rise",
            0.8,
            0.9,
            Within("2005-12-31", "2005-12-31"),
        )],
        not: &[],
    },
    // Wire news (round 56, issue 13). A body's own act in a relative clause of its own
    // statement ("X said it signed an agreement under which it will sell ..."), and a
    // capitals headline of a body's own act ("ACME TO BUY ..."): announcements, not calls.
    Case {
        id: "wire56-own-act-under-which-it-will",
        published: "1987-03-12",
        text: "Halvard Corp said it signed a supply agreement under which it will sell \
               turbines to a Norwegian utility.",
        forecasts: &[],
        not: &["it will sell turbines to a Norwegian utility"],
    },
    Case {
        id: "wire56-own-act-plan-under-which-the-company",
        published: "1987-03-12",
        text: "Tarrant Inc said its board approved a plan under which the company will buy \
               back up to two mln of its shares.",
        forecasts: &[],
        not: &["the company will buy back up to two mln of its shares"],
    },
    Case {
        id: "wire56-outcome-under-which-kept",
        published: "1987-03-12",
        text: "Halvard Corp said it signed an agreement under which its sales will rise \
               about 10 pct next year.",
        forecasts: &[w(
            "its sales will rise about 10 pct next year",
            0.8,
            1.0,
            Within("1988-12-31", "1988-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire56-other-party-under-which-kept",
        published: "1987-03-12",
        text: "A union official said Halvard Corp signed an agreement under which it will \
               close two plants.",
        forecasts: &[w(
            "it will close two plants",
            0.8,
            1.0,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "wire56-caps-headline-own-change",
        published: "1987-11-20",
        text: "SMELTER TO RAISE ALUMINIUM PRICES IN JANUARY\n\n\
               The company cited higher power costs.",
        forecasts: &[],
        not: &["SMELTER TO RAISE ALUMINIUM PRICES IN JANUARY"],
    },
    Case {
        id: "wire56-caps-headline-receive",
        published: "1987-11-20",
        text: "BRIXTON TO RECEIVE 40 MLN DLRS FROM UNIT SALE\n\n\
               The sale closed on Friday.",
        forecasts: &[],
        not: &["BRIXTON TO RECEIVE 40 MLN DLRS"],
    },
    Case {
        id: "wire56-caps-headline-open-plant",
        published: "1987-11-20",
        text: "DUNMORE TO OPEN PLANT IN OHIO IN 1988\n\n\
               The company employs 300 people in the state.",
        forecasts: &[],
        not: &["DUNMORE TO OPEN PLANT IN OHIO IN 1988"],
    },
    Case {
        id: "wire56-caps-headline-likely-to-buy-kept",
        published: "1987-11-20",
        text: "DUNMORE LIKELY TO BUY KESTREL UNIT IN 1988\n\n\
               Talks began in June, officials said.",
        forecasts: &[w(
            "DUNMORE LIKELY TO BUY KESTREL UNIT IN 1988",
            0.6,
            0.9,
            Within("1988-12-31", "1988-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire56-caps-headline-prices-to-fall-kept",
        published: "1987-11-20",
        text: "ALUMINIUM PRICES TO FALL IN 1988\n\n\
               Stocks rose in the third quarter.",
        forecasts: &[w(
            "ALUMINIUM PRICES TO FALL IN 1988",
            0.8,
            1.0,
            Within("1988-12-31", "1988-12-31"),
        )],
        not: &[],
    },
    // Wire news recall (round 58, issue 13). A nominal likelihood as the object of a verb
    // pointing to it ("would indicate the likelihood of X -ing", "suggests a strong
    // probability of", "raises the prospect of"): X is the forecast, at the noun's weight;
    // "reduce the risk of" and "measured the likelihood of" weigh nothing.
    Case {
        id: "r58-would-indicate-likelihood-of-ing",
        published: "1987-05-04",
        text: "This would indicate the likelihood of coffee prices rising further, dealers said.",
        forecasts: &[
            w("coffee prices rising further", 0.6, 0.9, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-suggests-strong-probability-of-ing",
        published: "1987-03-10",
        text: "The survey suggests a strong probability of factory orders falling again in the second quarter.",
        forecasts: &[
            w("factory orders falling again in the second quarter", 0.6, 0.9, Within("1987-06-30", "1987-06-30")),
        ],
        not: &[],
    },
    Case {
        id: "r58-raises-prospect-of-ing",
        published: "1987-03-10",
        text: "The drought raises the prospect of wheat prices climbing sharply.",
        forecasts: &[
            w("wheat prices climbing sharply", 0.25, 0.5, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-likelihood-two-ing-joined",
        published: "1987-05-04",
        text: "This would indicate the likelihood of copper stocks continuing to fall and premiums also staying firm, dealers said.",
        forecasts: &[
            w("copper stocks continuing to fall", 0.6, 0.9, Never),
            w("premiums also staying firm", 0.6, 0.9, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-reduce-risk-of-not",
        published: "1987-05-04",
        text: "The new levees should reduce the risk of the river flooding the town.",
        forecasts: &[],
        not: &["reduce the risk of the river flooding"],
    },
    Case {
        id: "r58-measured-likelihood-not",
        published: "1987-05-04",
        text: "The study measured the likelihood of patients recovering within a week.",
        forecasts: &[],
        not: &["measured the likelihood of patients recovering"],
    },
    // "... and inevitably face heavy losses": an outcome held bound to come, in the present
    // of a verb of undergoing; "bound to", "certain to" and "set to face" were read already.
    Case {
        id: "r58-and-inevitably-face",
        published: "2004-12-14",
        text: "Most hill farmers have lost their grant and inevitably face heavy losses.",
        forecasts: &[
            w("inevitably face heavy losses", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-inevitably-means",
        published: "2004-12-14",
        text: "The new levy inevitably means higher fares for commuters.",
        forecasts: &[
            w("higher fares for commuters", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-are-bound-to-see",
        published: "2004-12-14",
        text: "Shoppers are bound to see higher prices for imported cheese, traders said.",
        forecasts: &[
            w("higher prices for imported cheese", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-are-certain-to-face",
        published: "2004-12-14",
        text: "Small exporters are certain to face longer checks at the border.",
        forecasts: &[
            w("longer checks at the border", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-are-set-to-face",
        published: "2004-12-14",
        text: "Regional airlines are set to face steeper landing fees.",
        forecasts: &[
            w("steeper landing fees", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-inevitably-past-not",
        published: "2004-12-14",
        text: "The talks inevitably collapsed after the second round.",
        forecasts: &[],
        not: &["inevitably collapsed"],
    },
    Case {
        id: "r58-inevitably-habit-not",
        published: "2004-12-14",
        text: "Such disputes inevitably end up in court.",
        forecasts: &[],
        not: &["inevitably end up in court"],
    },
    // A negated subject asserting the event: "nothing is going to get in the way of X".
    Case {
        id: "r58-nothing-is-going-to-get-in-the-way",
        published: "2005-01-11",
        text: "\"Nothing is going to get in the way of a new stadium for the club,\" the chairman said.",
        forecasts: &[
            w("Nothing is going to get in the way of a new stadium", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-nothing-will-stop-opening",
        published: "2005-01-11",
        text: "The mayor said nothing will stop the tram line opening in 2006.",
        forecasts: &[
            w("nothing will stop the tram line opening in 2006", 0.8, 1.0, Within("2006-12-31", "2006-12-31")),
        ],
        not: &[],
    },
    Case {
        id: "r58-told-on-day-nothing-is-going-to",
        published: "2005-01-11",
        text: "The coach told reporters on Monday: \"Nothing is going to stop this squad reaching the final.\"",
        forecasts: &[
            w("Nothing is going to stop this squad reaching the final", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-nothing-stopped-not",
        published: "2005-01-11",
        text: "Nothing stopped the strike from spreading to the docks.",
        forecasts: &[],
        not: &["Nothing stopped the strike"],
    },
    // "at least one X this year, and possibly a second": a trailing second, lower forecast.
    Case {
        id: "r58-at-least-one-and-possibly-a-second",
        published: "1987-05-01",
        text: "\"I think there will be at least one rate cut this year, and possibly a second,\" the governor told reporters.",
        forecasts: &[
            w("at least one rate cut this year", 0.6, 1.0, Within("1987-12-31", "1987-12-31")),
            w("a second", 0.25, 0.5, Within("1987-12-31", "1987-12-31")),
        ],
        not: &[],
    },
    Case {
        id: "r58-expect-one-and-perhaps-another",
        published: "1987-05-01",
        text: "Analysts expect at least one more bank to fail in the region next year, and perhaps another.",
        forecasts: &[
            w("at least one more bank to fail in the region next year", 0.6, 0.9, Within("1988-12-31", "1988-12-31")),
            w("perhaps another", 0.25, 0.5, Within("1988-12-31", "1988-12-31")),
        ],
        not: &[],
    },
    Case {
        id: "r58-sold-one-and-possibly-a-second-not",
        published: "1987-05-01",
        text: "The museum sold at least one painting on Monday, and possibly a second.",
        forecasts: &[],
        not: &["sold at least one painting"],
    },
    // "Asked how ..., X said he thought it would ...": the speaker's view as reported.
    Case {
        id: "r58-asked-said-he-thought-would",
        published: "1987-06-01",
        text: "Asked how long the strike was likely to last, the union leader said he thought it would end within two weeks.",
        forecasts: &[
            w("it would end within two weeks", 0.6, 0.9, Within("1987-06-14", "1987-06-16")),
        ],
        not: &[],
    },
    Case {
        id: "r58-said-she-thought-would",
        published: "1987-06-01",
        text: "The minister said she thought prices would stabilise.",
        forecasts: &[
            w("prices would stabilise", 0.6, 0.9, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-asked-whether-said-he-thought-by-month",
        published: "1987-06-01",
        text: "Asked whether the mill could reopen, the owner said he thought it would be running again by September.",
        forecasts: &[
            w("it would be running again by September", 0.6, 0.9, Within("1987-09-30", "1987-09-30")),
        ],
        not: &[],
    },
    Case {
        id: "r58-said-had-thought-not",
        published: "1987-06-01",
        text: "She said she had thought the deal would collapse.",
        forecasts: &[],
        not: &["the deal would collapse"],
    },
    // "predicted that X would be brief, saying traders would once again ...": "once again"
    // is a repetition, not an earlier forecast.
    Case {
        id: "r58-predicted-saying-once-again",
        published: "2004-11-03",
        text: "Some dealers predicted that the rally in bond prices would be brief, saying traders would soon focus once again on inflation.",
        forecasts: &[
            w("the rally in bond prices would be brief", 0.6, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-predicted-would-trade",
        published: "2004-11-03",
        text: "Several brokers predicted that the new shares would trade at a premium.",
        forecasts: &[
            w("the new shares would trade at a premium", 0.6, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-predicted-would-once-more",
        published: "2004-11-03",
        text: "Two analysts predicted that the index would once more test its record high.",
        forecasts: &[
            w("the index would once more test its record high", 0.6, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-once-predicted-not",
        published: "2004-11-03",
        text: "The agency once predicted that the plant would close.",
        forecasts: &[],
        not: &["the plant would close"],
    },
    // A bare "should" of a change its subject undergoes, reported after "said"; advice
    // ("should improve its record", "should teach") stays out.
    Case {
        id: "r58-said-should-improve-no-time",
        published: "1987-04-08",
        text: "The brewer said profits at its export division should improve.",
        forecasts: &[
            w("profits at its export division should improve", 0.5, 0.8, Never),
        ],
        not: &[],
    },
    Case {
        id: "r58-but-said-should-recover",
        published: "1987-11-20",
        text: "The chain expected sales to be flat in 1988 but said margins should recover.",
        forecasts: &[
            w("sales to be flat in 1988", 0.6, 0.9, Within("1988-12-31", "1988-12-31")),
            w("margins should recover", 0.5, 0.8, WithinOrNone("1988-12-31", "1988-12-31")),
        ],
        not: &[],
    },
    Case {
        id: "r58-said-should-improve-its-not",
        published: "1987-04-08",
        text: "The regulator said the airline should improve its safety record.",
        forecasts: &[],
        not: &["the airline should improve its safety record"],
    },
    Case {
        id: "r58-said-should-teach-not",
        published: "1987-04-08",
        text: "The minister said schools should teach more history.",
        forecasts: &[],
        not: &["schools should teach more history"],
    },
    // Wire news (round 57, issue 13's precision). Hypotheticals: a condition that points
    // back ("If so", "If that's the case", "In that case", "if they do"), a proposed
    // measure's bare "would", a warning's "could" of a vague harm, a supposition judged
    // ("That could be a blow") with a look back for its only time, the conditions of a
    // proposal; plans: a body named again by its kind, a party of a deal just announced,
    // a question embedded after "announce which"; a relative "after which it will".
    Case {
        id: "wire57-if-so-points-back",
        published: "2005-03-01",
        text: "Will the board back the sale? If so, the shares will climb by June.",
        forecasts: &[],
        not: &["the shares will climb by June"],
    },
    Case {
        id: "wire57-if-that-is-the-case-open-quote",
        published: "2005-03-01",
        text: "\"If that's the case, the notes will therefore need a yield of about 9 pct, \
               maybe 9.5.",
        forecasts: &[],
        not: &["the notes will therefore need a yield of about 9 pct"],
    },
    Case {
        id: "wire57-in-that-case",
        published: "2005-03-01",
        text: "In that case, the shares will fall sharply by June.",
        forecasts: &[],
        not: &["the shares will fall sharply by June"],
    },
    Case {
        id: "wire57-if-that-happens-if-they-do",
        published: "2005-03-01",
        text: "\"If that happens then the rebels might well win the vote - if they do, the \
               treaty could well fall.\"",
        forecasts: &[],
        not: &["the rebels might well win the vote", "the treaty could well fall"],
    },
    Case {
        id: "wire57-condition-with-content-kept",
        published: "2005-03-01",
        text: "If the merger goes ahead, the combined group will shed 500 jobs by 2006, \
               analysts said.",
        forecasts: &[w(
            "the combined group will shed 500 jobs by 2006",
            0.9,
            1.0,
            Within("2006-12-31", "2006-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire57-bill-would-favour",
        published: "2005-03-01",
        text: "Opponents say the bill would favour big landlords over small ones.",
        forecasts: &[],
        not: &["the bill would favour big landlords over small ones"],
    },
    Case {
        id: "wire57-directive-would-bring",
        published: "2005-03-01",
        text: "The Commission says the directive would bring its rules closer to those of its \
               neighbours.",
        forecasts: &[],
        not: &["the directive would bring its rules closer"],
    },
    Case {
        id: "wire57-law-would-by-year-kept",
        published: "2005-03-01",
        text: "Analysts expect the law would cut emissions by 20% by 2030.",
        forecasts: &[w(
            "the law would cut emissions by 20% by 2030",
            0.7,
            0.8,
            Within("2030-12-31", "2030-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire57-warned-could-jeopardise",
        published: "2005-03-01",
        text: "Several backbenchers warned that the infighting could jeopardise the party's \
               chances.",
        forecasts: &[],
        not: &["the infighting could jeopardise the party's chances"],
    },
    Case {
        id: "wire57-warned-could-with-time-kept",
        published: "2005-03-01",
        text: "Economists warned that the strike could cut output by 2% in the first quarter.",
        forecasts: &[w(
            "the strike could cut output by 2% in the first quarter",
            0.3,
            0.5,
            Within("2005-03-31", "2005-03-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire57-that-could-be-a-blow-look-back",
        published: "1987-06-02",
        text: "That could be a heavy blow to the growers, who have lost 900 mln dlrs in three \
               years, officials said.",
        forecasts: &[],
        not: &["That could be a heavy blow to the growers"],
    },
    Case {
        id: "wire57-conditions-all-of-which-could",
        published: "1987-06-02",
        text: "The bid is also subject to financing and regulatory approvals, all of which the \
               bidder said could be obtained within 30 days.",
        forecasts: &[],
        not: &["all of which the bidder said could be obtained within 30 days"],
    },
    Case {
        id: "wire57-the-agency-after-its-name-spoke",
        published: "1987-06-02",
        text: "Moody's said it would review the bank's debt ratings. The agency will also \
               examine the effects of its recent purchases.",
        forecasts: &[],
        not: &["The agency will also examine the effects of its recent purchases"],
    },
    Case {
        id: "wire57-the-agency-after-analysts-kept",
        published: "1987-06-02",
        text: "Analysts said the merger would lift profits. The agency will examine the deal.",
        forecasts: &[
            w("the merger would lift profits", 0.8, 0.9, Never),
            w("The agency will examine the deal", 0.9, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "wire57-deal-party-will-inherit",
        published: "2005-03-01",
        text: "Separately, Orbis said on Monday it is selling its printer arm to Kestrel. \
               Kestrel will inherit the staff and the two plants from Orbis.",
        forecasts: &[],
        not: &["Kestrel will inherit the staff and the two plants from Orbis"],
    },
    Case {
        id: "wire57-two-companies-will-collaborate",
        published: "2005-03-01",
        text: "Halden and Myra are joining forces to build batteries. The tie-up comes as \
               prices fall. The two companies will collaborate in design and marketing.",
        forecasts: &[],
        not: &["The two companies will collaborate in design and marketing"],
    },
    Case {
        id: "wire57-two-companies-outcome-kept",
        published: "2005-03-01",
        text: "Halden and Myra signed a deal on Monday. The two companies will see sales rise \
               10 pct next year.",
        forecasts: &[w(
            "The two companies will see sales rise 10 pct next year",
            0.9,
            1.0,
            Within("2006-12-31", "2006-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire57-announce-which-it-will",
        published: "2005-03-01",
        text: "Northwind Corp is still to announce which supplier it will be using.",
        forecasts: &[],
        not: &["which supplier it will be using"],
    },
    Case {
        id: "wire57-issue-notes-will-be-listed",
        published: "1987-06-02",
        text: "Halvard Corp will be able to issue notes in dollars or marks, with the dollar \
               notes listed in New York, while the mark notes will be listed in Frankfurt.",
        forecasts: &[],
        not: &["the mark notes will be listed in Frankfurt"],
    },
    Case {
        id: "wire57-issue-bonds-will-be-priced",
        published: "1987-06-02",
        text: "The bonds will be priced at par and pay a coupon of 8 pct, the lead manager said.",
        forecasts: &[],
        not: &["The bonds will be priced at par"],
    },
    Case {
        id: "wire57-issue-shares-trading-kept",
        published: "1987-06-02",
        text: "Analysts said the shares will be trading above 20 dlrs by the end of the year.",
        forecasts: &[w(
            "the shares will be trading above 20 dlrs",
            0.8,
            1.0,
            Within("1987-12-31", "1987-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "wire57-after-which-it-will-own-act",
        published: "1987-06-02",
        text: "The SEC, which oversees the exchanges, sought comment for 90 days, after which \
               it will issue a final rule.",
        forecasts: &[],
        not: &["after which it will issue a final rule"],
    },
    Case {
        id: "wire57-after-which-outcome-claim-kept",
        published: "1987-06-02",
        text: "The council, which runs the port, sought bids in May, after which fees will \
               rise by 10 pct next year.",
        forecasts: &[w(
            "fees will rise by 10 pct next year",
            0.9,
            1.0,
            Within("1988-12-31", "1988-12-31"),
        )],
        not: &[],
    },
    // Round 59 (xv, issue 13): readiness told of someone else as a call on their act. "X
    // is preparing to launch", "is getting ready for", "seem prepared to", "is eyeing a
    // push": the act is the forecast when another party (or the writer) tells it; the
    // speaker's own readiness ("we are preparing to", "Acme said it is preparing to"), a
    // past "was prepared to" and a gaze at a coming report stay non-forecasts.
    Case {
        id: "xv59-are-preparing-to-mount",
        published: "2025-04-01",
        text: "Rebel units are preparing to mount a new assault on the port in the coming weeks, \
               Western intelligence officials said.",
        forecasts: &[w(
            "mount a new assault on the port",
            0.6,
            1.0,
            Within("2025-04-29", "2025-05-27"),
        )],
        not: &[],
    },
    Case {
        id: "xv59-said-are-getting-ready-for",
        published: "2025-04-01",
        text: "Citing satellite images, the defence minister said the rebels are getting ready \
               for a new push on the capital.",
        forecasts: &[w("a new push on the capital", 0.6, 1.0, Never)],
        not: &[],
    },
    Case {
        id: "xv59-seem-prepared-to",
        published: "2025-04-01",
        text: "Judging by their past votes, the board's hawks seem prepared to block another \
               rate cut.",
        forecasts: &[w("block another rate cut", 0.5, 0.85, Never)],
        not: &[],
    },
    Case {
        id: "xv59-appeared-prepared-to",
        published: "2025-04-01",
        text: "The council also appeared prepared to drop the library levy from the draft budget.",
        forecasts: &[w("drop the library levy from the draft budget", 0.5, 0.9, Never)],
        not: &[],
    },
    Case {
        id: "xv59-is-eyeing-an-offensive",
        published: "2025-04-01",
        text: "With the dry season approaching, the army is eyeing a two-pronged offensive along \
               the river, according to the analysts.",
        forecasts: &[w("a two-pronged offensive along the river", 0.5, 0.9, Never)],
        not: &[],
    },
    Case {
        id: "xv59-we-are-preparing-to-not",
        published: "2025-04-01",
        text: "We are preparing to open a second store in Leeds.",
        forecasts: &[],
        not: &["open a second store in Leeds"],
    },
    Case {
        id: "xv59-said-it-is-preparing-to-not",
        published: "2025-04-01",
        text: "Acme said it is preparing to list its shares in London.",
        forecasts: &[],
        not: &["list its shares in London"],
    },
    Case {
        id: "xv59-was-prepared-to-not",
        published: "2025-04-01",
        text: "The envoy said the government was prepared to walk away from the talks.",
        forecasts: &[],
        not: &["walk away from the talks"],
    },
    Case {
        id: "xv59-traders-eyeing-report-not",
        published: "2025-04-01",
        text: "Traders are eyeing the jobs report due on Friday.",
        forecasts: &[],
        not: &["eyeing the jobs report"],
    },
    // Round 59 (xv): the base a forecast figure is compared with, dated a year back
    // ("compared with $7.1 billion a year ago", "vs. a 4% gain a year ago", "up from ... a
    // year ago"), made the call look made a year ago (`lookalikes::long_ago_call`); a call
    // told as made a year or two ago stays none.
    Case {
        id: "xv59-forecast-revenue-compared-with-year-ago",
        published: "2025-07-20",
        text: "Analysts on average forecast quarterly revenue of $8.2 billion, compared with \
               $7.1 billion a year ago.",
        forecasts: &[w(
            "quarterly revenue of $8.2 billion",
            0.6,
            0.9,
            WithinOrNone("2025-07-20", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "xv59-label-expect-to-earn-compared-with-year-ago",
        published: "2025-07-20",
        text: "EARNINGS FORECAST: Analysts expect the chain to earn 62 cents a share, compared \
               with 48 cents a share a year ago.",
        forecasts: &[w(
            "the chain to earn 62 cents a share",
            0.6,
            0.9,
            WithinOrNone("2025-07-20", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "xv59-forecast-to-rise-vs-year-ago",
        published: "2025-07-20",
        text: "Same-store sales are forecast to rise 2.5% in the quarter vs. a 4% gain a year ago.",
        forecasts: &[w(
            "Same-store sales are forecast to rise 2.5% in the quarter",
            0.6,
            0.9,
            WithinOrNone("2025-07-20", "2025-09-30"),
        )],
        not: &[],
    },
    Case {
        id: "xv59-forecast-range-up-from-year-ago",
        published: "2025-07-20",
        text: "The utility forecast an operating profit range between $300 million and $340 \
               million, up from $280 million a year ago.",
        forecasts: &[w(
            "an operating profit range between $300 million and $340 million",
            0.6,
            1.0,
            WithinOrNone("2025-07-20", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "xv59-see-ing-compared-to-what-had-projected",
        published: "2025-07-20",
        text: "Respondents do see the board cutting rates faster in the years ahead \
               compared to what officials had projected in June.",
        forecasts: &[w("the board cutting rates faster", 0.6, 0.9, WithinOrNone("2026-07-20", "2028-12-31"))],
        not: &[],
    },
    Case {
        id: "xv59-had-projected-alone-not",
        published: "2025-07-20",
        text: "In June officials had projected two rate cuts by the end of the year.",
        forecasts: &[],
        not: &["two rate cuts by the end of the year"],
    },
    Case {
        id: "xv59-years-ago-forecast-not",
        published: "2025-07-20",
        text: "Two years ago, analysts forecast a recession by 2024.",
        forecasts: &[],
        not: &["a recession by 2024"],
    },
    Case {
        id: "xv59-year-ago-company-forecast-not",
        published: "2025-07-20",
        text: "A year ago the company forecast sales of $3 billion for the year.",
        forecasts: &[],
        not: &["sales of $3 billion"],
    },
    // Round 59 (xv): a forecaster's noun with what it is for and the figure it stands at
    // ("The forecast for the average rate next year fell to 7.88%", "remained at", "remains
    // within the normal range of"); a noun without "for" ("the export forecast remained at")
    // and a past season's forecast judged stay none.
    Case {
        id: "xv59-forecast-for-next-year-fell-to",
        published: "2025-01-13",
        text: "The forecast for the average policy rate next year fell to 9.25%, from 9.40% last week.",
        forecasts: &[w(
            "The forecast for the average policy rate next year fell to 9.25%",
            0.5,
            0.9,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "xv59-forecast-for-year-remained-at",
        published: "2025-01-13",
        text: "The forecast for inflation in 2025 also remained at 4.1%, the same as in the previous survey.",
        forecasts: &[w(
            "The forecast for inflation in 2025 also remained at 4.1%",
            0.5,
            0.9,
            Within("2025-12-31", "2025-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "xv59-forecast-for-region-remains-within-range",
        published: "2025-01-13",
        text: "The forecast for the southern districts remains within the normal range of 95-105 \
               per cent of the long-term average.",
        forecasts: &[w(
            "The forecast for the southern districts remains within the normal range of 95-105",
            0.5,
            0.9,
            Never,
        )],
        not: &[],
    },
    Case {
        id: "xv59-export-forecast-remained-not",
        published: "2025-01-13",
        text: "The official export forecast remained at 48 million tonnes.",
        forecasts: &[],
        not: &["remained at 48 million tonnes"],
    },
    Case {
        id: "xv59-forecast-for-last-winter-was-not",
        published: "2025-01-13",
        text: "The forecast for last winter was 20 centimetres too high.",
        forecasts: &[],
        not: &["20 centimetres too high"],
    },
    // Round 59 (xd, probability): a chance after a bare space ("X will happen 70%"), the
    // layout of a predictions post; a figure of the claim ("grow 5%", "take 40%") stays a
    // figure.
    Case {
        id: "r59xd-spaced-chance-after-claim",
        published: "2026-01-02",
        text: "Labor will win the state election 70%",
        forecasts: &[w("Labor will win the state election", 0.7, 0.7, Never)],
        not: &[],
    },
    Case {
        id: "r59xd-spaced-chance-wont",
        published: "2026-01-02",
        text: "The ferry company won't raise its fares this year 85%",
        forecasts: &[w(
            "The ferry company won't raise its fares this year",
            0.85,
            0.85,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r59xd-spaced-chance-bullet",
        published: "2026-01-02",
        text: "- The harbour tunnel will reopen this year 40%.",
        forecasts: &[w(
            "The harbour tunnel will reopen this year",
            0.4,
            0.4,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r59xd-spaced-figure-grow",
        published: "2026-01-02",
        text: "This year, sales at the ferry company will grow 5%",
        forecasts: &[w(
            "sales at the ferry company will grow 5%",
            0.8,
            1.0,
            Within("2026-12-31", "2026-12-31"),
        )],
        not: &[],
    },
    Case {
        id: "r59xd-spaced-figure-take",
        published: "2026-01-02",
        text: "In next year's vote, the new party will take 40%",
        forecasts: &[w(
            "the new party will take 40%",
            0.8,
            1.0,
            WithinOrNone("2027-01-01", "2027-12-31"),
        )],
        not: &[],
    },
    // Round 59 (xd, deadlines): a quarter or half by its ordinal right after a past verb
    // ("fell in the first quarter but will recover") is the one behind, never next year's;
    // a future verb's quarter stays the deadline.
    Case {
        id: "r59xd-fell-in-first-quarter-but-will",
        published: "2015-06-05",
        text: "Ferry exports fell in the first quarter but will recover.",
        forecasts: &[w("but will recover", 0.8, 1.0, Never)],
        not: &[],
    },
    Case {
        id: "r59xd-will-after-they-fell-in-q1",
        published: "2015-06-05",
        text: "Ferry exports will recover after they fell in Q1.",
        forecasts: &[w("Ferry exports will recover", 0.8, 1.0, Never)],
        not: &[],
    },
    Case {
        id: "r59xd-shrank-in-first-half-and-will",
        published: "2015-08-03",
        text: "Harbour traffic shrank in the first half, and it will grow again.",
        forecasts: &[w("it will grow again", 0.8, 1.0, Never)],
        not: &[],
    },
    Case {
        id: "r59xd-will-recover-in-first-quarter",
        published: "2015-06-05",
        text: "Ferry exports fell last year but will recover in the first quarter.",
        forecasts: &[w(
            "but will recover in the first quarter",
            0.8,
            1.0,
            Within("2016-03-31", "2016-03-31"),
        )],
        not: &[],
    },
    // Colon layouts and run-in heads (round 59, helper xh). A key of one word with its figure
    // or rank in a predictions list ("Greens: 40-45", "#1: Moonfall ($40 million)") is a
    // pick like a key of two words; a legend or a credit line in words only stays none.
    Case {
        id: "r59-one-word-key-seat-ranges",
        published: "2026-05-06",
        text: "My prediction of the seats tomorrow is:\n\
               - Unionists: 310-320 seats\n\
               - Greens: 40-45\n\
               - Reform: 120-130\n",
        forecasts: &[
            w("Unionists: 310-320 seats", 0.8, 1.0, WithinOrNone("2026-05-07", "2026-05-31")),
            w("Greens: 40-45", 0.8, 1.0, WithinOrNone("2026-05-07", "2026-05-31")),
            w("Reform: 120-130", 0.8, 1.0, WithinOrNone("2026-05-07", "2026-05-31")),
        ],
        not: &[],
    },
    Case {
        id: "r59-rank-key-box-office-picks",
        published: "2026-05-21",
        text: "Our predictions for the holiday weekend box office:\n\n\
               #1: Moonfall ($40 million)\n\
               #2: Harbour Lights ($22 million)\n\
               #3: Rangers 3 ($9 million)\n",
        forecasts: &[
            w("Moonfall ($40 million)", 0.8, 1.0, WithinOrNone("2026-05-22", "2026-05-31")),
            w("Harbour Lights ($22 million)", 0.8, 1.0, WithinOrNone("2026-05-22", "2026-05-31")),
            w("Rangers 3 ($9 million)", 0.8, 1.0, WithinOrNone("2026-05-22", "2026-05-31")),
        ],
        not: &[],
    },
    Case {
        id: "r59-one-word-key-results-stay-none",
        published: "2026-05-08",
        text: "The count finished overnight. Final seats:\n\
               - Unionists: 314\n\
               - Greens: 41\n",
        forecasts: &[],
        not: &["Unionists", "Greens"],
    },
    Case {
        id: "r59-one-word-credit-line-in-list-stays-none",
        published: "2026-01-02",
        text: "My predictions for 2026:\n\n\
               - The tram line opens by June\n\
               - Photo: Reuters\n",
        forecasts: &[w("The tram line opens by June", 0.8, 1.0, Within("2026-06-30", "2026-06-30"))],
        not: &["Photo: Reuters"],
    },
    // A key naming a prediction before a record ("Record prediction: 10-7, second in the
    // division") is a pick, not a line opening a list; a past year's stays none.
    Case {
        id: "r59-record-prediction-key-is-a-pick",
        published: "2026-09-01",
        text: "The Rovers open at home on Sunday against the Hawks.\n\n\
               - Record prediction: 10-7, second in the division\n\
               - Final standings prediction: 11-6 and a wildcard spot\n",
        forecasts: &[
            w("Record prediction: 10-7", 0.8, 1.0, WithinOrNone("2026-09-01", "2027-02-28")),
            w("Final standings prediction: 11-6", 0.8, 1.0, WithinOrNone("2026-09-01", "2027-02-28")),
        ],
        not: &[],
    },
    // A singular "Prediction:" key before a call of a few words after prose ("Prediction:
    // Rovers in 6") is that call; a plural title naming its predictions stays none.
    Case {
        id: "r59-short-prediction-after-prose",
        published: "2026-05-01",
        text: "The Rovers host the Hawks in game one on Sunday after a long road trip.\n\
               Prediction: Rovers in 6\n\n\
               The Lions travel to the coast next week for their own series.\n\
               My prediction: Lions by 7\n",
        forecasts: &[
            w("Prediction: Rovers in 6", 0.8, 1.0, WithinOrNone("2026-05-01", "2026-06-30")),
            w("My prediction: Lions by 7", 0.8, 1.0, WithinOrNone("2026-05-01", "2026-06-30")),
        ],
        not: &[],
    },
    Case {
        id: "r59-plural-predictions-title-stays-none",
        published: "2026-05-01",
        text: "Box Office Predictions: A Slow Weekend Ahead\n\n\
               Three films open in wide release this Friday.\n",
        forecasts: &[],
        not: &["A Slow Weekend Ahead"],
    },
    Case {
        id: "r59-past-year-record-prediction-stays-none",
        published: "2026-09-01",
        text: "How my picks went last season:\n\n\
               - 2025 record prediction: 10-7 (they went 9-8)\n",
        forecasts: &[],
        not: &["2025 record prediction: 10-7"],
    },
    // A scenario's label with its share in brackets before a name of two words or more
    // ("- Base case (55%): Mild slowdown") is that scenario's chance, not a scored call.
    Case {
        id: "r59-scenario-labels-two-word-names",
        published: "2026-07-20",
        text: "We now see three paths for the economy over the next 12 months.\n\
               - Downside case (35%): Shallow recession\n\
               - Base case (55%): Mid-cycle slowdown\n\
               - Upside case (10%): Faster growth\n",
        forecasts: &[
            w("Shallow recession", 0.35, 0.35, WithinOrNone("2027-07-20", "2027-07-31")),
            w("Mid-cycle slowdown", 0.55, 0.55, WithinOrNone("2027-07-20", "2027-07-31")),
            w("Faster growth", 0.1, 0.1, WithinOrNone("2027-07-20", "2027-07-31")),
        ],
        not: &[],
    },
    // An award for the most of something ("Most Improved Player: X") is a contest's pick
    // like "X of the Year"; a page's "Most Read:" links stay none.
    Case {
        id: "r59-most-improved-player-pick",
        published: "2026-10-20",
        text: "Coach of the Year: Ana Ruiz, Harbour Hawks\n\n\
               Most Improved Player: Harbour Hawks, Tom Lund\n",
        forecasts: &[
            w("Ana Ruiz, Harbour Hawks", 0.8, 1.0, Never),
            w("Harbour Hawks, Tom Lund", 0.8, 1.0, Never),
        ],
        not: &[],
    },
    Case {
        id: "r59-most-read-links-stay-none",
        published: "2026-10-20",
        text: "The council approved the budget on Tuesday.\n\n\
               Most Read: Council approves harbour budget\n",
        forecasts: &[],
        not: &["Council approves harbour budget"],
    },
    // A run-in head in capitals before a whole sentence ("EARNINGS FORECAST: Analysts
    // expect ..."): the head's noun is neither the claim's frame nor its holder.
    Case {
        id: "r59-caps-head-forecast-noun-compared-with",
        published: "2026-07-20",
        text: "PROFIT FORECAST: Analysts polled by DataCo on average expect Acme to earn \
               $1.10 a share, compared with 80 cents a share a year ago.",
        forecasts: &[w("Acme to earn $1.10 a share", 0.6, 0.9, Never)],
        not: &["PROFIT FORECAST"],
    },
    Case {
        id: "r59-caps-head-outlook-noun",
        published: "2026-07-20",
        text: "SALES OUTLOOK: Economists expect retail sales to rise 3% next year, compared \
               with 1% this year.",
        forecasts: &[w("retail sales to rise 3%", 0.6, 0.9, Within("2027-12-31", "2027-12-31"))],
        not: &["SALES OUTLOOK"],
    },
    Case {
        id: "r59-caps-head-past-result-stays-none",
        published: "2026-07-20",
        text: "EARNINGS FORECAST: Acme earned $1.02 a share last quarter, compared with a \
               forecast of 95 cents.",
        forecasts: &[],
        not: &["Acme earned $1.02 a share"],
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
    // "Chances of X by year's end are now well over 75%": a chance noun as the subject with
    // the number after "are" is not read.
    "enso-by-years-end-well-over",
    // "by 2030/31": a financial year read to 30 June (Australia's); a UK council's ends on 31
    // March. Which calendar a split year means is left to the reviewer.
    "council-gap-could-reach-by-financial-year",
    // "by the end of the financial year": no deadline (which country's year is not known).
    "council-forecast-it-will-by-end-of-financial-year",
    // Round 21. "we probably have five weeks left": a state's duration with no time word
    // before it ("have N weeks left") is read as no forecast.
    "health-probably-have-weeks-left-then-too-soon",
    // "A team of hydrologists led by the state university is predicting that X could be one
    // of the strongest since records began": missed.
    "panel-team-predicting-could-be-one-of",
    // Round 22. "Weekend #21 of 2027 is looking like $150 million": "is looking like" an
    // amount is no forecast frame yet; the year in that line dates the next one's film.
    "boxoffice-weekend-looking-like-then-should-open-with",
    // "remains confident of approval": a noun of the event after "confident of" is missed.
    "pharma-remains-confident-despite-delay-goal-date",
    // A list of bare figures under "Their forecasts for the headline figures:": the second
    // item ("4.1% unemployment") is read as a chance, not a call.
    "jobs-forecasts-for-headline-figures-list",
    // "expected near term, before a further firming to around 4% by mid-2028": the gapped
    // second forecast is missed and its time dates the first.
    "jobs-expected-near-term-before-firming-by-mid-year",
    // "the fiscal watchdog has gone for 2.4 per cent (at Q4 2027)": "has gone for" a figure
    // is no forecast frame.
    "housing-watchdog-has-gone-for-at-quarter",
    // "..., but we think a bigger fall in mortgage rates will allow a 4% rise in 2028": a
    // consequence verb ("will allow") after the writer's view is not read as a forecast.
    "housing-probably-only-in-year-to-quarter-but-we-think-will",
    // "in the second half (H2FY28)": an Indian fiscal half is read as the calendar one.
    "it-management-believes-recover-in-fiscal-half",
    // "a rival trimmed its full-year revenue growth outlook to 3-4%": a reported revision
    // of guidance is proposed (labelled here as a statement about a forecast; arguable).
    "it-scheduled-results-reiterated-target-trimmed-outlook",
    // "Bluebird Ridge: 115%" under "My forecast - percentage of average snowfall": amounts
    // over 100% are not read as list calls, and the heading is proposed.
    "ski-percentage-of-average-list-over-100",
    // "turns neutral by spring and possibly into a full cold phase by summer": the second
    // part's hedge and time are given to the first; the second is missed.
    "ski-turns-neutral-by-spring-possibly-by-summer",
    // TempEval-3 round. "X would be the worst hit, while Y would ..., they added": a
    // reported "would" with its speaker only at the end and no time of its own (the
    // sentence before names the day) is not read as a forecast.
    "te3-would-worst-hit-they-added",
    // Round 55.
    // "claimed that two in five tenants were still likely to": missed after "claimed" with
    // a past copula (after "said", or with "are", it is read).
    "r55-claimed-were-still-likely-to",
    // Round 58. "the likelihood of X -ing and Y also -ing": the second gerund, joined by
    // "and", is no forecast of its own yet (one candidate for the two).
    "r58-likelihood-two-ing-joined",
    // "told reporters on Monday: \"Nothing is going to ...\"": with a day between the speaker
    // and the colon the quotation is not recognised, the day is read in the clause (as next
    // Monday), and the forecast is lost.
    "r58-told-on-day-nothing-is-going-to",
    // "at least one X this year, and possibly a second": one candidate at the second's
    // "possibly"; the second, lower forecast is not split off.
    "r58-at-least-one-and-possibly-a-second",
    "r58-expect-one-and-perhaps-another",
    // Round 59. "The official export forecast remained at 48 million tonnes": a noun
    // "forecast" with no "for" after it is read as the holder's call (`revised_call`), the
    // claim "Remained at 48 million tonnes"; the pages' labels hold it a noun, not a call.
    "xv59-export-forecast-remained-not",
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

/// Round 29: what the cases above do not check (their words skip "will", and no deadline
/// passes `WithinOrNone`): a price's outcome reads as a sentence with "will", whatever the
/// subject's number, and "this season" is the time phrase read, left without a date when
/// the article names no league.
#[test]
fn round_29_claims_and_season_phrases() {
    let published = day("2026-11-20");
    let claims = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| c.claim)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        claims("We make the accord 70% to pass the parliament vote."),
        ["The accord will pass the parliament vote"]
    );
    assert_eq!(
        claims("We have Detroit at 62% to reach the final in March."),
        ["Detroit will reach the final in March"]
    );
    let got = extract(
        "Our model has Detroit at 62% to reach the NFC title game this season.",
        published,
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].claim,
        "Detroit will reach the NFC title game this season"
    );
    assert_eq!(got[0].deadline, None);
    assert_eq!(got[0].deadline_phrase.as_deref(), Some("this season"));
    assert_eq!(
        got[0].review,
        ["\"this season\" names no league (seasons end from February to December), so the time phrase has no date: give one when saving"]
    );
}

/// Round 32 (audit 27, items 8-9): what the cases above do not check (their words ignore a
/// frame left in the claim, and no case asks who holds a forecast): the claim without its
/// frame, its holder (`None`: the writer's own), probability and deadline, exactly.
#[test]
fn round_32_frames_and_holders() {
    let published = day("2026-11-15");
    let one = |text: &str| {
        let got = extract(text, published);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let c = &got[0];
        (
            c.claim.clone(),
            c.attributed_to.clone(),
            c.probability,
            c.deadline.map(|d| d.to_string()),
        )
    };
    let s = |x: &str| Some(x.to_string());
    // "Our X thinks/expects/projects (that)": the writer's own team, as "We expect".
    assert_eq!(
        one("Our polling unit projects that the mayor will win a third term in May."),
        (
            "The mayor will win a third term in May".into(),
            None,
            0.85,
            s("2027-05-31")
        )
    );
    assert_eq!(
        one("Our strategists expect the central bank to cut rates by June."),
        (
            "The central bank will cut rates by June".into(),
            None,
            0.75,
            s("2027-06-30")
        )
    );
    assert_eq!(
        one("Our research desk thinks the port strike will probably end by Christmas."),
        (
            "The port strike will end by Christmas".into(),
            None,
            0.72,
            s("2026-12-25")
        )
    );
    assert_eq!(
        one("We project that the senator will keep her seat."),
        ("The senator will keep her seat".into(), None, 0.85, None)
    );
    // People the writer speaks of ("our readers") are not the writer's desk: their frame,
    // the only sign the view is theirs, stays.
    assert_eq!(
        one("Our readers believe the toll bridge will reopen by May.").0,
        "Our readers believe the toll bridge will reopen by May"
    );
    // An inverted tag with a title and the body spoken for, and a closing tag split by an
    // apposition: the speaker holds it, the tag leaves the claim, its own deadline stays.
    assert_eq!(
        one("It is unlikely that the new terminal will open before 2029, said Professor Ines Vale of Leiden."),
        (
            "The new terminal will open before 2029".into(),
            s("Professor Ines Vale of Leiden"),
            0.2,
            s("2028-12-31")
        )
    );
    assert_eq!(
        one("Wages will rise by July, Omar Haddad, head of research at Brightline, said."),
        (
            "Wages will rise by July".into(),
            s("Omar Haddad"),
            0.95,
            s("2027-07-31")
        )
    );
    // A stated number's frame: the claim is the event the number is of.
    assert_eq!(
        one("The guild is 85% certain the tariff will be lifted by March."),
        (
            "The tariff will be lifted by March".into(),
            s("The guild"),
            0.85,
            s("2027-03-31")
        )
    );
    assert_eq!(
        one("The chances of a port strike in February are about 25%."),
        (
            "A port strike in February".into(),
            None,
            0.25,
            s("2027-02-28")
        )
    );
    assert_eq!(
        one("The probability that the levy passes by April is 55%."),
        (
            "The levy passes by April".into(),
            None,
            0.55,
            s("2027-04-30")
        )
    );
    assert_eq!(
        one("The club rates its chances of promotion at 65%."),
        ("The club's promotion".into(), s("The club"), 0.65, None)
    );
    assert_eq!(
        one("The forecast model gives Okafor an 88.5% chance of winning on Thursday."),
        (
            "Okafor will win on Thursday".into(),
            s("The forecast model"),
            0.885,
            s("2026-11-19")
        )
    );
    assert_eq!(
        one("The odds of a typhoon making landfall in Okinawa before June are 4 to 1 against."),
        (
            "A typhoon will make landfall in Okinawa before June".into(),
            None,
            0.2,
            s("2027-05-31")
        )
    );
    // Item 9: a range "between X and Y" after the copula (its midpoint, its ends kept), the
    // writer's split before a clause, and "near-certain" as "almost certain" (0.93, the
    // lexicon's row from Kent 1964 and ICD 203).
    let got = extract(
        "The odds that the levy passes by June are between 35% and 45%.",
        published,
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].claim, "The levy passes by June");
    assert_eq!(
        (
            got[0].probability,
            got[0].probability_low,
            got[0].probability_high
        ),
        (0.4, 0.35, 0.45)
    );
    assert_eq!(
        one("I'd say 70-30 that the ferry merger closes by April."),
        (
            "The ferry merger closes by April".into(),
            None,
            0.7,
            s("2027-04-30")
        )
    );
    assert_eq!(
        one("A recount in the county by May is near-certain."),
        (
            "A recount in the county by May will happen".into(),
            None,
            0.93,
            s("2027-05-31")
        )
    );
    assert_eq!(
        one("The ferry line is almost certain to fold by August."),
        (
            "The ferry line will fold by August".into(),
            None,
            0.93,
            s("2027-08-31")
        )
    );
    // A bare noun's odds: resolvable with what the sentence before says of it, else the
    // review asks for it.
    let got = extract("Sources put the odds of a merger at 40%.", published);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].claim, "A merger");
    assert!(got[0].review.contains(
        &"the claim \"A merger\" is a noun alone: say what or whom it is of, so that it can be resolved"
            .to_string()
    ));
    let got = extract(
        "The port authority is in talks over a deal with Norland Shipping. Sources put the odds of a deal at 60%.",
        published,
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].claim, "A deal with Norland Shipping");
    assert_eq!(got[0].probability, 0.6);
    assert!(!got[0].review.iter().any(|r| r.contains("a noun alone")));
}

/// Round 33 (audit 28, holders): the claim without its frame or tag, its holder, probability
/// and deadline, exactly, for the wire-copy shapes of the cases above.
#[test]
fn round_33_wire_holders() {
    let published = day("2026-11-17");
    let one = |text: &str| {
        let got = extract(text, published);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let c = &got[0];
        (
            c.claim.clone(),
            c.attributed_to.clone(),
            c.probability,
            c.deadline.map(|d| d.to_string()),
        )
    };
    let s = |x: &str| Some(x.to_string());
    // A name and its title between commas, in either order: the name holds the event.
    assert_eq!(
        one("Odile Marchetti, chief strategist at Corvane, said the port authority would probably raise its fees in March."),
        (
            "The port authority will raise its fees in March".into(),
            s("Odile Marchetti"),
            0.72,
            s("2027-03-31")
        )
    );
    assert_eq!(
        one("Odile Marchetti, Corvane's chief strategist, expects the port authority to raise its fees in March."),
        (
            "The port authority will raise its fees in March".into(),
            s("Odile Marchetti"),
            0.75,
            s("2027-03-31")
        )
    );
    assert_eq!(
        one("Corvane's head of research, Odile Marchetti, said the ferry union would likely strike before April."),
        (
            "The ferry union will strike before April".into(),
            s("Odile Marchetti"),
            0.72,
            s("2027-03-31")
        )
    );
    // A verb of reporting other than "said": leading with "that", or closing the sentence,
    // it names the holder and leaves the claim; "by June" stays the deadline.
    for text in [
        "Ferry operators conceded that crossings will probably resume by June.",
        "Ferry operators stressed that crossings will probably resume by June.",
        "Crossings will probably resume by June, ferry operators acknowledged.",
        "Crossings will probably resume by June, ferry operators reported.",
    ] {
        let (claim, holder, p, due) = one(text);
        assert_eq!(claim, "Crossings will resume by June", "{text}");
        assert_eq!(
            holder.map(|h| h.to_lowercase()).as_deref(),
            Some("ferry operators"),
            "{text}"
        );
        assert_eq!((p, due.as_deref()), (0.72, Some("2027-06-30")), "{text}");
    }
    // A pronoun tag: the person named in the sentences before holds it; with none, the
    // review says the words are someone else's.
    let pronoun = |text: &str| {
        let got = extract(text, published);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let c = &got[0];
        (c.claim.clone(), c.attributed_to.clone(), c.review.clone())
    };
    assert_eq!(
        pronoun("Ines Valk spoke to reporters in Oslo. \"The toll will probably rise by June,\" she said."),
        (
            "The toll will rise by June".into(),
            s("Ines Valk"),
            vec!["attributed to Ines Valk (\"she\" in the tag, named before it): the forecaster may be them, not the article's author".to_string()]
        )
    );
    assert_eq!(
        pronoun("\"Fares are too high,\" Valk told the Oslo Post. The toll will probably rise by June, she added.").1,
        s("Valk")
    );
    for text in [
        "The toll will probably rise by June, he said.",
        "Freight rose in October. The toll will probably rise by June, he added.",
    ] {
        assert_eq!(
            pronoun(text),
            (
                "The toll will rise by June".into(),
                None,
                vec!["said by \"he\": check who".to_string()]
            ),
            "{text}"
        );
    }
    // A quoted odds statement before "said NAME", and a quote across two sentences: the
    // speaker after the closing mark holds each sentence; a negated remnant is no claim.
    assert_eq!(
        one("\"I'd put the odds of a ferry strike before Easter at one in five,\" said Tom Ruiz."),
        (
            "A ferry strike before Easter".into(),
            s("Tom Ruiz"),
            0.2,
            s("2027-03-27")
        )
    );
    let quote = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| {
                (
                    c.claim,
                    c.attributed_to,
                    c.probability,
                    c.deadline.map(|d| d.to_string()),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        quote("\"We expect the port to reopen next year. Fares will probably fall by June,\" said Harbour Chief Ines Valk in a speech on Tuesday."),
        [
            (
                "The port will reopen next year".to_string(),
                s("Harbour Chief Ines Valk"),
                0.75,
                s("2027-12-31")
            ),
            (
                "Fares will fall by June".to_string(),
                s("Harbour Chief Ines Valk"),
                0.72,
                s("2027-06-30")
            ),
        ]
    );
    assert_eq!(
        quote("\"Fares will fall by June. But probably not below 2019 levels,\" said Ines Valk."),
        [(
            "Fares will fall by June".to_string(),
            s("Ines Valk"),
            0.95,
            s("2027-06-30")
        )]
    );
    // A long lede's tag with where and when it was said, before a trailing clause.
    assert_eq!(
        one("Cargo volumes will likely slip by 4% in 2027, the port's trade journal said on Monday, as shippers reroute to the south."),
        (
            "Cargo volumes will slip by 4% in 2027".into(),
            s("the port's trade journal"),
            0.72,
            s("2027-12-31")
        )
    );
    assert_eq!(
        one("A truce could be agreed within days, two envoys briefed on the talks said, though earlier rounds have collapsed."),
        (
            "A truce could be agreed within days".into(),
            s("two envoys briefed on the talks"),
            0.4,
            s("2026-11-24")
        )
    );
    assert_eq!(
        one("Ferry fares will probably fall by June, the operator said in a statement on Tuesday."),
        (
            "Ferry fares will fall by June".into(),
            s("the operator"),
            0.72,
            s("2027-06-30")
        )
    );
}

/// Round 36 (audit 28, plans and frames): what the cases above do not check (their words
/// skip "will"): a forecaster's frame on the event reads as the event's "will" (sentences we
/// wrote).
#[test]
fn round_36_frames_read_as_will() {
    let published = day("2026-11-17");
    let claims = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| c.claim)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        claims("Output is projected to grow 1.5% in 2027."),
        ["Output will grow 1.5% in 2027"]
    );
    assert_eq!(
        claims("Copper is seen averaging $9,000 a tonne in 2027."),
        ["Copper will average $9,000 a tonne in 2027"]
    );
    assert_eq!(
        claims("Traders see the central bank cutting twice this year."),
        ["The central bank will cut twice this year"]
    );
    assert_eq!(
        claims("The Greens are forecast to win 12% of the vote on Sunday."),
        ["The Greens will win 12% of the vote on Sunday"]
    );
    assert_eq!(
        claims("Analysts see the housing market falling next year."),
        ["The housing market will fall next year"]
    );
}

/// Round 36 (audit 28, plans and frames): a fronted "Once X" or "In the event of X" is the
/// forecast's condition; "if not sooner", "if history is any guide" and "if only to" are
/// idioms, no condition (sentences we wrote).
#[test]
fn round_36_conditions() {
    let published = day("2026-11-15");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.condition))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("Once the merger is cleared, fares will probably rise by June."),
        [(
            "Fares will rise by June".to_string(),
            Some("the merger is cleared".to_string())
        )]
    );
    assert_eq!(
        read("In the event of a drought, wheat could top $9 by March."),
        [(
            "Wheat could top $9 by March".to_string(),
            Some("a drought".to_string())
        )]
    );
    assert_eq!(
        read("Rents will likely climb by summer, if not sooner."),
        [("Rents will climb by summer".to_string(), None)]
    );
    assert_eq!(
        read("Fares will likely rise by June, if history is any guide."),
        [("Fares will rise by June".to_string(), None)]
    );
    assert_eq!(
        read("The board will probably cut in December, if only to calm markets."),
        [("The board will cut in December".to_string(), None)]
    );
    // A condition between two commas leaves no ", ," in the claim (audit 28, E21).
    assert_eq!(
        read("The ferry link, if funded, will open by June."),
        [(
            "The ferry link will open by June".to_string(),
            Some("funded".to_string())
        )]
    );
    assert_eq!(
        read("Once again, fares will probably rise by June."),
        [("Once again, fares will rise by June".to_string(), None)]
    );
}

/// Round 37 (claims): the claims, holders and probabilities the cases above only cover by
/// their words. Each claim is the event in "will" form (or the event's noun phrase), with no
/// frame left in it; sentences we wrote.
#[test]
fn round_37_claims_are_the_event_not_its_frame() {
    let published = day("2026-12-03");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.probability))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, holder: Option<&str>, p: f64| {
        (claim.to_string(), holder.map(str::to_string), p)
    };
    assert_eq!(
        read("Not many brokers expect a rebound in housing starts in January."),
        [one(
            "A rebound in housing starts in January",
            Some("brokers"),
            0.2
        )]
    );
    assert_eq!(
        read("Not many brokers expect the bank to hike in January."),
        [one("The bank will hike in January", Some("brokers"), 0.2)]
    );
    assert_eq!(
        read("There is less than a 15% chance of a dock strike by April."),
        [one("A dock strike by April", None, 0.15)]
    );
    assert_eq!(
        read("There is as much as a 40% chance of a dock strike by April."),
        [one("A dock strike by April", None, 0.4)]
    );
    assert_eq!(
        read("We see a 25% chance of a truce by January, rising to 60% by May."),
        [
            one("A truce by January", None, 0.25),
            one("A truce by May", None, 0.6)
        ]
    );
    assert_eq!(
        read("The OECD forecast unemployment of 5.1% in 2027, falling to 4.8% in 2028."),
        [
            one("Unemployment will be 5.1% in 2027", Some("The OECD"), 0.75),
            one(
                "Unemployment will fall to 4.8% in 2028",
                Some("The OECD"),
                0.75
            )
        ]
    );
    assert_eq!(
        read("Rents will probably be 3% higher by March, rising to 5% by June."),
        [
            one("Rents will be 3% higher by March", None, 0.72),
            one("Rents will rise to 5% by June", None, 0.72)
        ]
    );
    assert_eq!(
        read("The retailer expects sales of $12 billion and profit of $1.40 a share for the year."),
        [
            one("Sales will be $12 billion", Some("The retailer"), 0.75),
            one(
                "Profit will be $1.40 a share for the year",
                Some("The retailer"),
                0.75
            )
        ]
    );
    // A move's size is no level: "a cut of 25 basis points" stays a noun phrase.
    assert_eq!(
        read("Brokers expect a cut of 25 basis points in January."),
        [one(
            "A cut of 25 basis points in January",
            Some("Brokers"),
            0.75
        )]
    );
    assert_eq!(
        read("The consensus is for a quarter-point hike in February."),
        [one("A quarter-point hike in February", None, 0.75)]
    );
    assert_eq!(
        read("The consensus is for the bank to hike in February."),
        [one("The bank will hike in February", None, 0.75)]
    );
    assert_eq!(
        read("Swaps imply a 70% chance of a hike in February."),
        [one("A hike in February", None, 0.7)]
    );
    assert_eq!(
        read(
            "The mediator told Sky News on Monday that she expected the talks to resume \
             before Christmas."
        ),
        [one(
            "The talks will resume before Christmas",
            Some("The mediator"),
            0.75
        )]
    );
}

/// Round 39 (outlook lists): each item of an outlook list is held by the name before its
/// colon or dash, that name leaves the claim, and a bare level reads "will be" (audit 28, E25).
#[test]
fn round_39_outlook_list_holders() {
    let published = day("2026-12-03");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let held = |claim: &str, holder: &str, due: &str| {
        (
            claim.to_string(),
            Some(holder.to_string()),
            Some(due.to_string()),
        )
    };
    assert_eq!(
        read(
            "Here is what the brokers expect for 2027:\n\n\
             - Ridgeway Capital: two rate rises by June\n\
             - Halden: a pause through March\n\
             - North Quay Partners - copper at $11,000 by year-end\n\
             - Bank of Avalon: wage growth is likely to slow by April\n"
        ),
        [
            held("Two rate rises by June", "Ridgeway Capital", "2027-06-30"),
            held("A pause through March", "Halden", "2027-03-31"),
            held(
                "Copper will be at $11,000 by year-end",
                "North Quay Partners",
                "2027-12-31"
            ),
            held(
                "Wage growth will slow by April",
                "Bank of Avalon",
                "2027-04-30"
            ),
        ]
    );
    // A topic's key is no holder: the item keeps its key in the claim.
    assert_eq!(
        read("Here is what the brokers expect for 2027:\n\n- Inflation: 2.5% by June\n"),
        [(
            "Inflation: 2.5% by June".to_string(),
            None,
            Some("2027-06-30".to_string())
        )]
    );
    // "What to expect:" announces a programme: its items are no calls.
    assert_eq!(
        read("Here is what to expect:\n\n- Doors: 7 p.m.\n- Main act: the Dunmore Quartet\n"),
        []
    );
}

/// Round 39: a rival's call after "while" is its own holder's, with its own time or none;
/// its name is no holder of the clause before (audit 28, E7).
#[test]
fn round_39_rival_calls() {
    let published = day("2026-12-03");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("Zinc will probably fall by March, while Halden sees prices rebounding."),
        [
            (
                "Zinc will fall by March".to_string(),
                None,
                Some("2027-03-31".to_string())
            ),
            (
                "Prices will rebound".to_string(),
                Some("Halden".to_string()),
                None
            ),
        ]
    );
    assert_eq!(
        read("Zinc will probably fall by March, while Halden sees prices rebounding by July."),
        [
            (
                "Zinc will fall by March".to_string(),
                None,
                Some("2027-03-31".to_string())
            ),
            (
                "Prices will rebound by July".to_string(),
                Some("Halden".to_string()),
                Some("2027-07-31".to_string())
            ),
        ]
    );
}

/// Round 39: a trailing ", with X seen as unlikely before MONTH" after a wire lede's tag is a
/// second forecast; the lede keeps its day and its holder (audit 28, E7).
#[test]
fn round_39_trailing_judged_clause() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| {
                (
                    c.probability,
                    c.attributed_to,
                    c.deadline.map(|d| d.to_string()),
                )
            })
            .collect::<Vec<_>>()
    };
    let analysts = Some("analysts".to_string());
    assert_eq!(
        read(
            "The board was expected to hold rates on Thursday, analysts said, with a cut seen \
             as unlikely before February."
        ),
        [
            (0.75, analysts.clone(), Some("2026-11-19".to_string())),
            (0.2, analysts, Some("2027-01-31".to_string())),
        ]
    );
}

/// Round 39: a participle after "with" and its noun ("with Town priced at 7/2") is no past
/// verb, so the day before it stays (audit 28, E2).
#[test]
fn round_39_day_kept_before_with_participle() {
    let published = day("2026-11-20");
    let due = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| c.deadline.map(|d| d.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        due("Rovers are 4/6 favourites to win Sunday's final, with Town priced at 7/2."),
        [Some("2026-11-22".to_string())]
    );
}

/// Round 39: "NAME sees X at LEVEL by DATE" reads "X will be at LEVEL by DATE", held by NAME
/// (audit 28, E25).
#[test]
fn round_39_sees_level() {
    let published = day("2026-11-20");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("Halden sees the policy rate at 2.75% by September 2027."),
        [(
            "The policy rate will be at 2.75% by September 2027".to_string(),
            Some("Halden".to_string())
        )]
    );
}

/// Round 40 (holders and probabilities): the holders and probabilities the cases above only
/// cover by their words (sentences we wrote).
#[test]
fn round_40_holders_and_probabilities() {
    let published = day("2026-11-23");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.probability))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, holder: Option<&str>, p: f64| {
        (claim.to_string(), holder.map(str::to_string), p)
    };
    // A quantifier of few is no part of the holder; the reading says how few.
    assert_eq!(
        read("Only a minority of economists expect a cut in March."),
        [one("A cut in March", Some("economists"), 0.2)]
    );
    assert_eq!(
        read("A minority of shippers expect freight rates to recover by June."),
        [one(
            "Freight rates will recover by June",
            Some("shippers"),
            0.2
        )]
    );
    // "told <listener> she expects": the speaker holds it, not "... told CNBC she".
    assert_eq!(
        read("The mayor told CNBC she expects the bridge to reopen by May."),
        [one(
            "The bridge will reopen by May",
            Some("The mayor"),
            0.75
        )]
    );
    assert_eq!(
        read("The minister told lawmakers she expects rates to fall by June."),
        [one("Rates will fall by June", Some("The minister"), 0.75)]
    );
    // When it was said, between the verb of saying and the speaker's pronoun, is no part
    // of the claim.
    assert_eq!(
        read("The envoy said on Monday he expects the talks to resume by March."),
        [one(
            "The talks will resume by March",
            Some("The envoy"),
            0.75
        )]
    );
    assert_eq!(
        read("The envoy said yesterday she expects a truce by May."),
        [one("A truce by May", Some("The envoy"), 0.75)]
    );
    // A market's implied call with no chance stated is the market's expectation.
    assert_eq!(
        read("Fed funds futures imply a cut by June."),
        [one("A cut by June", Some("Fed funds futures"), 0.75)]
    );
    assert_eq!(
        read("Traders are pricing in a hike by July."),
        [one("A hike by July", Some("Traders"), 0.75)]
    );
    assert_eq!(
        read("Markets are pricing a 70% chance of a cut in March."),
        [one("A cut in March", Some("Markets"), 0.7)]
    );
    // A perfect "have priced in" is the market's present call: its month lies ahead.
    assert_eq!(
        read("Markets have priced in two cuts by June."),
        [one("Two cuts by June", Some("Markets"), 0.75)]
    );
    assert_eq!(
        extract("Markets have priced in two cuts by June.", published)[0]
            .deadline
            .map(|d| d.to_string()),
        Some("2027-06-30".to_string())
    );
    // A price in a currency is no call.
    assert_eq!(
        read("The new bonds are priced in dollars by the lender."),
        []
    );
    // A poll's share, under half or over, is the probability.
    assert_eq!(
        read("28 of 40 economists expect a cut in March."),
        [one("A cut in March", Some("28 of 40 economists"), 0.7)]
    );
    assert_eq!(
        read("Nine of 10 analysts expect the bank to hike by June."),
        [one(
            "The bank will hike by June",
            Some("Nine of 10 analysts"),
            0.9
        )]
    );
    // "Most of" a poll's panel: the verb's own range, held by the panel's share.
    assert_eq!(
        read("Most of the 50 economists polled expect a cut in March."),
        [one(
            "A cut in March",
            Some("Most of the 50 economists polled"),
            0.75
        )]
    );
    assert_eq!(
        read("Only two of 40 economists expect a cut in March."),
        [one(
            "A cut in March",
            Some("Only two of 40 economists"),
            0.05
        )]
    );
    // Two figures of one event, each with its own time: each claim takes its time.
    let dated = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        dated("The odds of a cut are 70% in December and 90% by March."),
        [
            (
                "A cut in December".to_string(),
                0.7,
                Some("2026-12-31".to_string())
            ),
            (
                "A cut by March".to_string(),
                0.9,
                Some("2027-03-31".to_string())
            ),
        ]
    );
    assert_eq!(
        dated("The chances of a strike are 20% by May and 45% by June."),
        [
            (
                "A strike by May".to_string(),
                0.2,
                Some("2027-05-31".to_string())
            ),
            (
                "A strike by June".to_string(),
                0.45,
                Some("2027-06-30".to_string())
            ),
        ]
    );
    // A reported copula before a stated chance: the time is ahead, not the June just past.
    assert_eq!(
        dated("The economist said a recession by June was a 60% probability.")
            .into_iter()
            .map(|c| (c.1, c.2))
            .collect::<Vec<_>>(),
        [(0.6, Some("2027-06-30".to_string()))]
    );
    // A rival's own price after ", with" is no part of the favourite's claim.
    assert_eq!(
        dated("City are 4/6 favourites to win the derby, with Town priced at 7/2."),
        [(
            "City are 4/6 favourites to win the derby".to_string(),
            0.6,
            None
        )]
    );
    assert_eq!(
        dated("Rovers are 8/13 favourites to win the cup on Saturday, with United quoted at 11/4.")
            .into_iter()
            .map(|c| c.0)
            .collect::<Vec<_>>(),
        ["Rovers are 8/13 favourites to win the cup on Saturday"]
    );
    // The words of a contest's chances.
    let p = |text: &str| read(text).into_iter().map(|c| c.2).collect::<Vec<_>>();
    assert_eq!(p("Rovers are a long shot to win the cup."), [0.2]);
    assert_eq!(p("A deal by May is a long shot."), [0.2]);
    assert_eq!(
        p("Ana Ruiz has an outside chance of winning the race."),
        [0.25]
    );
    assert_eq!(p("Ruiz is the frontrunner to win the nomination."), [0.72]);
    assert_eq!(p("Okafor is in line to become the next governor."), [0.72]);
    assert_eq!(p("Rovers are a lock to make the playoffs."), [0.88]);
    // The same words with no copula of a contest's chances are no call.
    for text in [
        "She bought a lock for the shed last week.",
        "He is next in line to speak at the meeting.",
        "The photo was a long shot of the harbour.",
        "The frontrunner for the post spoke on Tuesday.",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
}

/// Round 41 (claims, deadlines, headlines): the claims the cases above only cover by their
/// words (a judging frame, a quoted title's marks, a trailing aside), and the review lines of
/// a headline said again and of a title's event without a day (audit 28, E3, E15, E21).
#[test]
fn round_41_claims_headlines_and_title_events() {
    let published = day("2026-11-23");
    let claims = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| c.claim)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        claims("A strike is viewed as probable this winter."),
        ["A strike will happen this winter"]
    );
    assert_eq!(
        claims("A settlement seen as unlikely before the spring, the union said."),
        ["A settlement will happen before the spring"]
    );
    assert_eq!(
        claims("\"Titan Fall\" will probably open above $100 million this weekend."),
        ["\"Titan Fall\" will open above $100 million this weekend"]
    );
    // Speech keeps no marks: it closes on its own comma.
    assert_eq!(
        claims("\"The deal will probably close by June,\" the chief executive said."),
        ["The deal will close by June"]
    );
    assert_eq!(
        claims("The Fed will probably cut rates in December (see chart)."),
        ["The Fed will cut rates in December"]
    );
    // An aside with a figure may date the claim: it stays.
    assert_eq!(
        claims("Unemployment will probably peak in the spring (at 5.2% in Q2 2027)."),
        ["Unemployment will peak in the spring (at 5.2% in Q2 2027)"]
    );
    assert_eq!(
        claims("Apple will reportedly announce a foldable phone by September."),
        ["Apple will announce a foldable phone by September"]
    );
    assert_eq!(
        claims("Apple is said to be planning to launch a foldable phone in 2027."),
        ["Apple will launch a foldable phone in 2027"]
    );
    let hearsay = extract(
        "The carmaker is reportedly planning a second plant in Ohio by 2028.",
        published,
    );
    assert_eq!(
        hearsay
            .iter()
            .map(|c| (c.claim.as_str(), c.probability))
            .collect::<Vec<_>>(),
        [(
            "The carmaker will go ahead with a second plant in Ohio by 2028",
            0.7
        )]
    );
    assert!(hearsay[0].review.contains(
        &"hearsay of a plan: the claim is the plan carried out; check what the source says"
            .to_string()
    ));
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.deadline.map(|d| d.to_string()), c.review))
            .collect::<Vec<_>>()
    };
    let got = read(
        "# Copper to hit $12,000 by June, Halden says\n\n\
         Copper prices have rallied.\n\n\
         Traders bought heavily on Tuesday.\n\n\
         Copper will probably hit $12,000 a tonne by June, analysts at Halden said.\n",
    );
    // Both sentences are candidates, each naming the other; `extract --save` logs the
    // body's alone (tests/review_flow.rs).
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, "Copper to hit $12,000 by June");
    assert!(got[0].2.contains(
        &"the body says this forecast again (\"Copper will hit $12,000 a tonne by June\"): --save logs it once, there"
            .to_string()
    ));
    assert_eq!(got[1].0, "Copper will hit $12,000 a tonne by June");
    assert!(got[1].2.contains(
        &"the headline \"Copper to hit $12,000 by June\" says this forecast too: --save logs it once, here"
            .to_string()
    ));
    let got = read("# Oscars 2027: our predictions\n\nEmma Vale will probably win Best Actress.\n");
    assert_eq!(
        got,
        [(
            "Emma Vale will win Best Actress".to_string(),
            None,
            vec!["the title names the event (\"Oscars 2027\") but not its day: no deadline; give the event's day when saving".to_string()]
        )]
    );
}

/// Round 43 (audit 30, K4): the stated number of "a 65-percent chance" and of a typeset
/// range "40–50%" (its midpoint, with its ends); "a distant chance that X could" is the
/// chance phrase's (a remote chance), and "is poised to" reads as "is set to".
#[test]
fn round_43_numbers_read() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.probability, c.probability_low, c.probability_high))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("Meteorologists now expect a 70-percent chance of a frost by April."),
        [(0.7, 0.7, 0.7)]
    );
    assert_eq!(
        read("Traders see a 60–70% chance that the bank cuts rates in March."),
        [(0.65, 0.6, 0.7)]
    );
    assert_eq!(
        read("There is a distant chance that the Rovers could win the cup on Saturday."),
        [(0.05, 0.01, 0.1)]
    );
    assert_eq!(
        read("Ferry fares are poised to rise by 6% in January."),
        [(0.85, 0.75, 0.95)]
    );
    assert_eq!(
        read(
            "The chance of a dry spell between January and March is estimated to be about \
             55-65 percent, the institute said."
        ),
        [(0.6, 0.55, 0.65)]
    );
}

/// Round 43 (audit 30, K3): the baseline's "this year" in "from N this year to M in YEAR"
/// is no deadline, and "the year" after a copula ("2028 might be the year X") is a noun, not
/// this year; "The year on year" is a rate.
#[test]
fn round_43_deadlines_of_target_and_named_year() {
    let published = day("2026-11-17");
    let due = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| c.deadline.map(|d| d.to_string()))
            .collect::<Vec<_>>()
    };
    let some = |d: &str| Some(d.to_string());
    assert_eq!(
        due("Home completions will slide from 210,000 this year to 180,000 in 2028."),
        [some("2028-12-31")]
    );
    assert_eq!(
        due("Exports should climb from $4.1 billion this year to $4.6 billion next year."),
        [some("2027-12-31")]
    );
    assert_eq!(
        due("2028 might be the year the harbour tunnel finally opens."),
        [some("2028-12-31")]
    );
    assert_eq!(
        due("Next year could be the year the club returns to the top flight."),
        [some("2027-12-31")]
    );
    assert_eq!(
        due("The year on year rate is expected to hold at 3.1%."),
        [None]
    );
}

/// Round 43 (audit 30, K2): a scorecard's "call (N%): verdict" lines and the calls under
/// "Here is what I predicted one year ago:" are no new forecasts; "Possible Upset:" is a key
/// of possibility, read as "could", never a holder.
#[test]
fn round_43_scored_calls_and_upset_keys() {
    let published = day("2026-12-20");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.probability, c.attributed_to))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("- The canal reopens by summer (70%): It reopened in May. Win.\n"),
        []
    );
    assert_eq!(
        read(
            "Here is what I predicted one year ago:\n\nThe city will open its new tram line. \
             That one came true.\n"
        ),
        []
    );
    let got =
        read("# Our picks for the awards\n\nBest Director: Ana Ruiz\n\nPossible Upset: Tom Lund\n");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].1, got[1].2.as_deref()), (0.4, None), "{got:?}");
}

/// Round 43 (audit 30, K3 and K5): "all but guaranteed to X by DAY" keeps its day and reads
/// "will"; "my money is on X to win" and a forecaster "looking for" a figure are expectations.
#[test]
fn round_43_frames_and_guaranteed_days() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("The budget is all but guaranteed to clear the senate by Thursday."),
        [(
            "The budget will clear the senate by Thursday".to_string(),
            0.93,
            Some("2026-11-19".to_string())
        )]
    );
    assert_eq!(
        read("My money is on the Falcons to win the pennant in April."),
        [(
            "The Falcons will win the pennant in April".to_string(),
            0.75,
            Some("2027-04-30".to_string())
        )]
    );
    assert_eq!(
        read("Economists are looking for 140,000 new jobs in Friday's report.")
            .into_iter()
            .map(|c| (c.1, c.2))
            .collect::<Vec<_>>(),
        [(0.75, Some("2026-11-20".to_string()))]
    );
    assert_eq!(read("Police are looking for a driver seen on Friday."), []);
    // A superseded figure, given "when" or "had put" at an earlier time, is none.
    assert_eq!(
        read("Back in May, when analysts put the odds of a cut at 30%, nobody expected this."),
        []
    );
}

/// Round 43 (audit 30, K3): "the three-day weekend" of a box-office preview is the coming
/// weekend, due its Sunday, after the opening Friday named before it.
#[test]
fn round_43_length_of_weekend_is_the_weekend() {
    let published = day("2015-03-04");
    let due = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| c.deadline.map(|d| d.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        due(
            "Opening at 3,000 theaters Friday, the remake should average $7,900 per theater \
             for the three-day weekend."
        ),
        [Some("2015-03-08".to_string())]
    );
}

/// Round 44 (audit 30, K11): "if analysts are correct" vouches for the forecast's source (no
/// condition; the source, when named, holds it), and "barring X", fronted or as an aside, is
/// the condition "no X", as "absent X" is.
#[test]
fn round_44_vouching_if_and_barring() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.condition))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read("Oracle will post $0.68 per share on Tuesday, if analysts are correct."),
        [(
            "Oracle will post $0.68 per share on Tuesday".to_string(),
            s("analysts"),
            None
        )]
    );
    assert_eq!(
        read("If the bookmakers are correct, Rovers should lift the cup on Saturday."),
        [(
            "Rovers should lift the cup on Saturday".to_string(),
            s("the bookmakers"),
            None
        )]
    );
    // The writer's own "if I am right" states no condition and names no holder.
    assert_eq!(
        read("The bill will pass in March if I am right."),
        [("The bill will pass in March".to_string(), None, None)]
    );
    // "if the weather is right" is a condition of the event.
    assert_eq!(
        read("Crops will thrive in May if the weather is right."),
        [(
            "Crops will thrive in May".to_string(),
            None,
            s("the weather is right")
        )]
    );
    assert_eq!(
        read("Barring major injury, the Lakers will win the title in June."),
        [(
            "The Lakers will win the title in June".to_string(),
            None,
            s("no major injury")
        )]
    );
    // An aside's comma leaves with it: the tag after it keeps one comma.
    assert_eq!(
        read(
            "Mediators believe the ceasefire could hold through the weekend, barring fresh \
             shelling, a diplomat said."
        ),
        [(
            "The ceasefire could hold through the weekend".to_string(),
            s("Mediators"),
            s("no fresh shelling")
        )]
    );
    assert_eq!(
        read("The strike will end by Friday, barring a last-minute breakdown in talks."),
        [(
            "The strike will end by Friday".to_string(),
            None,
            s("no last-minute breakdown in talks")
        )]
    );
}

/// Round 44 (audit 30, K10): a condition's cut leaves no connective or comma at either end
/// of a claim: with no comma the condition ends at "then" or where a subject with its own
/// modal opens the main clause, a join before a concessive "even if" opens a forecast of its
/// own, and a condition after a frame's "that" takes its comma.
#[test]
fn round_44_condition_cuts_leave_whole_claims() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.condition))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read(
            "Moreau is sure to win on Sunday and even if he falls short he will lead the next \
             government."
        ),
        [
            ("Moreau is sure to win on Sunday".to_string(), None),
            ("He will lead the next government".to_string(), None)
        ]
    );
    assert_eq!(
        read("Roe argued that if demand holds, silver could reach $60 by June."),
        [(
            "Silver could reach $60 by June".to_string(),
            s("demand holds")
        )]
    );
    assert_eq!(
        read("Halden argued that if rates fall, house prices could climb 5% by June."),
        [(
            "House prices could climb 5% by June".to_string(),
            s("rates fall")
        )]
    );
    assert_eq!(
        read(
            "However if no fresh talks take place on Thursday then the union is expected to \
             announce dates for industrial action."
        ),
        [(
            "The union will announce dates for industrial action".to_string(),
            s("no fresh talks take place on Thursday")
        )]
    );
    assert_eq!(
        read("If it rains the match will be delayed until Sunday."),
        [(
            "The match will be delayed until Sunday".to_string(),
            s("it rains")
        )]
    );
    // "by then" is a time inside the condition, no start of the main clause.
    assert_eq!(
        read("Fares will rise in May if no deal is signed by then."),
        [(
            "Fares will rise in May".to_string(),
            s("no deal is signed by then")
        )]
    );
}

/// Round 44 (audit 30, K6): a named holder's past-tense call in a preview ("Jane Roe
/// expected the central bank to keep rates on hold in December") is the live expectation,
/// held by the name, its frame out of the claim; one told settled stays out.
#[test]
fn round_44_past_calls_in_previews() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read("Jane Roe expected the central bank to keep rates on hold in December."),
        [(
            "The central bank will keep rates on hold in December".to_string(),
            s("Jane Roe"),
            s("2026-12-31")
        )]
    );
    assert_eq!(
        read("Most traders expected the bank to cut rates at its December meeting."),
        [(
            "The bank will cut rates at its December meeting".to_string(),
            s("Most traders"),
            s("2026-12-31")
        )]
    );
    // Settled: the outcome told after it, or the call made at a past time.
    assert_eq!(
        read("Ann Kerr expected the regulator to approve the merger in January, but it refused."),
        []
    );
    assert_eq!(
        read("Last year Ann Kerr expected the regulator to approve the merger in March."),
        []
    );
    // The passive stays as it was: no holder named.
    assert_eq!(
        read("Prices were expected to rise in December."),
        [(
            "Prices were expected to rise in December".to_string(),
            None,
            s("2026-12-31")
        )]
    );
}

/// Round 45 (audit 30, K1): a fronted verb of inference or report holds its subject, an
/// unnamed source named by its access ("a person familiar with", "those involved in",
/// "diplomats close to") included, and leaves the claim; a pronoun's or the writer's own
/// frame of inference leaves it with no holder; a quotation's "the bulletin read" names the
/// holder over the frame inside it; a past frame's "would" is reported as "will".
#[test]
fn round_45_inference_frames_leave_the_claim() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to))
            .collect::<Vec<_>>()
    };
    let one =
        |claim: &str, holder: Option<&str>| vec![(claim.to_string(), holder.map(str::to_string))];
    assert_eq!(
        read("The Lakeside Institute projected the Greens would take the mayoralty on Sunday."),
        one(
            "The Greens will take the mayoralty on Sunday",
            Some("The Lakeside Institute")
        )
    );
    assert_eq!(
        read("They largely suggest the levy will fail in March."),
        one("The levy will fail in March", None)
    );
    assert_eq!(
        read("Strategists suggest that copper could climb to $12,000 by the end of the year."),
        one(
            "Copper could climb to $12,000 by the end of the year",
            Some("Strategists")
        )
    );
    assert_eq!(
        read(
            "A person familiar with the negotiations indicated that the two airlines will sign \
             a merger by Friday."
        ),
        one(
            "The two airlines will sign a merger by Friday",
            Some("A person familiar with the negotiations")
        )
    );
    assert_eq!(
        read("Those involved in the planning have said the bridge is likely to reopen in April."),
        one(
            "The bridge will reopen in April",
            Some("Those involved in the planning")
        )
    );
    assert_eq!(
        read("Diplomats close to the mediation said a ceasefire could hold through January."),
        one(
            "A ceasefire could hold through January",
            Some("Diplomats close to the mediation")
        )
    );
    assert_eq!(
        read("\"Our modelling suggests that wheat prices will ease by the summer,\" the bulletin read."),
        one("Wheat prices will ease by the summer", Some("the bulletin"))
    );
    // An object, or a market's odds, is no clause: nothing is held, nothing framed.
    assert_eq!(read("The committee suggested a pause in March."), []);
    assert_eq!(
        read("Swaps imply a 70% chance of a hike in February."),
        one("A hike in February", None)
    );
}

/// Round 45 (audit 30, K1): a progressive "is predicting" before a chance or an object and
/// its infinitive, impersonal frames (growing expectations, a set stage, a cause "such
/// that", "looks set to"), and a titled name with where it was said after the claim leave
/// the claim to the event.
#[test]
fn round_45_impersonal_frames_and_report_layouts_leave_the_claim() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.probability))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, holder: Option<&str>, p: f64| {
        vec![(claim.to_string(), holder.map(str::to_string), p)]
    };
    assert_eq!(
        read(
            "The weather bureau is predicting a 30-40% chance that the drought will ease by April."
        ),
        one(
            "The drought will ease by April",
            Some("The weather bureau"),
            0.35
        )
    );
    assert_eq!(
        read("At least one grain trader is predicting wheat prices to double by next summer."),
        one(
            "Wheat prices will double by next summer",
            Some("At least one grain trader"),
            0.75
        )
    );
    // Growing expectations read as the noun's "expect", not as the clause's bare "will".
    assert_eq!(
        read("Expectations are mounting that the central bank will hold rates in January."),
        one("The central bank will hold rates in January", None, 0.85)
    );
    assert_eq!(
        read("The stage is set for the union to strike in February."),
        one("The union will strike in February", None, 0.85)
    );
    assert_eq!(
        read("Winter demand is such that gas prices will climb by January."),
        one("Gas prices will climb by January", None, 0.95)
    );
    assert_eq!(
        read("The carmaker looks set to recall the sedan on Thursday."),
        one("The carmaker will recall the sedan on Thursday", None, 0.85)
    );
    assert_eq!(
        read(
            "Chief Harbor Bank economist Lena Sorensen has predicted that the krone will \
             strengthen by June in an interview with Nordic Radio."
        ),
        one(
            "The krone will strengthen by June",
            Some("Chief Harbor Bank economist Lena Sorensen"),
            0.95
        )
    );
    assert_eq!(
        read("Jon Bell has predicted that copper will hit $13,000 by March in a note to clients."),
        one("Copper will hit $13,000 by March", Some("Jon Bell"), 0.95)
    );
    // No infinitive after "set for", and "in an interview ..." with no holder's frame
    // taken off: the words stay.
    assert_eq!(
        read("The stage is set for a showdown on Sunday."),
        one("The stage is set for a showdown on Sunday", None, 0.85)
    );
    assert_eq!(
        read("The firm will open a store in an interview room by March."),
        one(
            "The firm will open a store in an interview room by March",
            None,
            0.95
        )
    );
}

/// Round 45 (audit 30, K1): a holder's frame left inside a reported clause ("told X that
/// officials are optimistic that", "indicated that the directors expect to", "say investors
/// expect") names the inner holder, who holds the expectation; a group placed by a list of
/// names ("negotiators from the UK, Norway and the EU") is named whole.
#[test]
fn round_45_a_relayed_expectation_is_its_inner_holders() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, holder: &str| vec![(claim.to_string(), Some(holder.to_string()))];
    assert_eq!(
        read(
            "Three sources told the Gazette that negotiators from the UK, Norway and the EU are \
             optimistic that a fishing pact could be signed this week."
        ),
        one(
            "A fishing pact could be signed this week",
            "Negotiators from the UK, Norway and the EU"
        )
    );
    assert_eq!(
        read(
            "A person close to the board indicated that the directors expect to approve the \
             sale by Friday."
        ),
        one(
            "The directors will approve the sale by Friday",
            "The directors"
        )
    );
    assert_eq!(
        read("Analysts say investors expect the Fed to cut in March."),
        one("The Fed will cut in March", "Investors")
    );
    assert_eq!(
        read("Officials are hopeful that the bridge will reopen by June."),
        one("The bridge will reopen by June", "Officials")
    );
}

/// Round 48 (audit 31, K1 and K7): a noun that is also a verb of forecasting ("project",
/// "estimates") heads the subject when a finite verb follows it, so the subject stays in the
/// claim and holds nothing; a number's "to" in a range ("three to five seats") is no
/// infinitive of the frame; a noun phrase with a participle after a past-tense "forecast" is
/// that verb's object, no closing speaker tag.
#[test]
fn round_48_nouns_ranges_and_objects_keep_their_places() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read("The harbour tunnel project is expected to open in 2029."),
        [(
            "The harbour tunnel project will open in 2029".to_string(),
            None
        )]
    );
    assert_eq!(
        read("The pipeline project will be finished by June, analysts say."),
        [(
            "The pipeline project will be finished by June".to_string(),
            s("analysts")
        )]
    );
    assert_eq!(
        read("The county's revenue estimates could fall short by $40 million next year."),
        [(
            "The county's revenue estimates could fall short by $40 million next year".to_string(),
            None
        )]
    );
    assert_eq!(
        read("Two exit polls predict the Greens could win three to five seats in Uppsala."),
        [(
            "The Greens could win three to five seats in Uppsala".to_string(),
            s("Two exit polls")
        )]
    );
    assert_eq!(
        read("Analysts predict Labour could win two to four seats."),
        [(
            "Labour could win two to four seats".to_string(),
            s("Analysts")
        )]
    );
    // The participle's noun phrase is not taken for a speaker (the claim is still cut at
    // the aside: left for a later round).
    for text in [
        "One poll by Nordstat, though, forecast the Centre group falling 12 seats short.",
        "A survey by Kestrel, however, predicted the Greens winning 40 seats.",
    ] {
        assert!(
            read(text).iter().all(|(_, h)| h
                .as_deref()
                .is_none_or(|h| !h.contains("falling") && !h.contains("winning"))),
            "{text}: {:?}",
            read(text)
        );
    }
    assert_eq!(
        read("Halvorsen Capital sees a wider trade deficit next year."),
        [(
            "A wider trade deficit next year".to_string(),
            s("Halvorsen Capital")
        )]
    );
    // "I see a doctor next week": a schedule after a pronoun, no call.
    assert_eq!(read("I see a doctor next week."), []);
    // A closing tag whose verb is a bare stem after a plural noun: the tag holds it.
    assert_eq!(
        read("The bridge deck will be poured by April, the builder's surveyors estimate."),
        [(
            "The bridge deck will be poured by April".to_string(),
            s("the builder's surveyors")
        )]
    );
    assert_eq!(
        read("Ridership will double by 2030, the city's planners project."),
        [(
            "Ridership will double by 2030".to_string(),
            s("the city's planners")
        )]
    );
}

/// Round 47 (audit 30, K2 and K10): the claims left when advice, future knowledge and a
/// planned stoppage drop out, and the event a closing ", which could see X VERB" foresees.
#[test]
fn round_47_non_forecasts_and_seen_events() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read("Staff are balloting on the offer, which could see walkouts begin next month."),
        [(
            "Walkouts could begin next month".to_string(),
            0.4,
            s("2026-12-31")
        )]
    );
    assert_eq!(
        read("Ed Park thinks the Fed should cut rates in June, but will probably wait until July."),
        [(
            "The Fed will wait until July".to_string(),
            0.72,
            s("2027-07-31")
        )]
    );
    assert_eq!(read("The Fed should cut rates in December."), []);
    // With forecasters named, the "should" is their forecast.
    assert_eq!(
        read("The Fed should cut rates in December, economists said.")
            .into_iter()
            .map(|c| c.0)
            .collect::<Vec<_>>(),
        ["The Fed should cut rates in December"]
    );
    assert_eq!(
        read("Inflation in Britain should ease next year."),
        [(
            "Inflation in Britain should ease next year".to_string(),
            0.65,
            s("2027-12-31")
        )]
    );
    assert_eq!(
        read("A record run is possible, although we'll have a better idea next month."),
        []
    );
    assert_eq!(read("The walkout will go ahead on Monday."), []);
}

/// Round 47 (audit 30, K6): a named subject's past belief with its backshifted "would" is
/// held by that subject, its frame out of the claim; a state "until" a month ahead keeps the
/// month; an event "by" a month already past this year, or one told settled, stays out.
#[test]
fn round_47_past_beliefs_in_previews() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.attributed_to, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read("Tom Reid similarly believed the bank would keep its key rate steady until March."),
        [(
            "The bank will keep its key rate steady until March".to_string(),
            s("Tom Reid"),
            s("2027-03-31")
        )]
    );
    assert_eq!(
        read("Priya Nair thought the council would freeze the levy in December."),
        [(
            "The council will freeze the levy in December".to_string(),
            s("Priya Nair"),
            s("2026-12-31")
        )]
    );
    assert_eq!(
        read("Priya Nair thought the council would freeze the levy by March."),
        []
    );
    assert_eq!(
        read("Priya Nair thought the council would freeze the levy until March, but it did not."),
        []
    );
    // The passive names no holder.
    assert_eq!(
        read("It was thought the council would freeze the levy."),
        []
    );
}

/// Round 46 (audit 30, K8): a survey's stated share of its panel is the probability ("half",
/// "two-thirds", "35 per cent", "12 of 30"), the panel the holder, also when the count
/// stands alone after the panel ("a poll of 30 traders showed 12 expect").
#[test]
fn round_46_survey_shares() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| {
                (
                    c.claim,
                    (c.probability * 1000.0).round() / 1000.0,
                    c.attributed_to,
                )
            })
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read("A Courier poll of 30 traders showed 12 expect the central bank to hold rates."),
        [(
            "The central bank will hold rates".to_string(),
            0.4,
            s("traders")
        )]
    );
    assert_eq!(
        read("Of the 20 coaches asked, five think the Owls will win the cup in May."),
        [(
            "The Owls will win the cup in May".to_string(),
            0.25,
            s("coaches")
        )]
    );
    assert_eq!(
        read("Twelve of the 30 builders questioned expect prices to rise in 2027."),
        [(
            "Prices will rise in 2027".to_string(),
            0.4,
            s("Twelve of the 30 builders questioned")
        )]
    );
    assert_eq!(
        read("A third of the brokers surveyed by the Courier think the bank will hike in May."),
        [(
            "The bank will hike in May".to_string(),
            0.333,
            s("A third of the brokers surveyed by the Courier")
        )]
    );
    assert_eq!(
        read("Only two of 40 economists said the bank will cut in March."),
        [(
            "The bank will cut in March".to_string(),
            0.05,
            s("Only two of 40 economists")
        )]
    );
    assert_eq!(
        read("Nearly 60% of 25 fund managers surveyed this week expect a rebound in May."),
        [(
            "A rebound in May".to_string(),
            0.6,
            s("Nearly 60% of 25 fund managers surveyed")
        )]
    );
}

/// Round 46 (audit 30, K4): a voiced doubt names its voicer as the holder and keeps the
/// voicing verb out of the claim; the doubted clause's own modal does not outweigh it.
#[test]
fn round_46_voiced_doubts() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.probability, c.attributed_to))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("Two senators expressed doubts that the bill might pass this year."),
        [(
            "The bill might pass this year".to_string(),
            0.25,
            Some("Two senators".to_string())
        )]
    );
    // A plain "will" after the doubt: the doubt as before.
    assert_eq!(
        read("Analysts expressed doubt that the bank will cut rates in March."),
        [(
            "The bank will cut rates in March".to_string(),
            0.25,
            Some("Analysts".to_string())
        )]
    );
}

/// Round 50 (ux31 F2, audit 31 K2): idioms of likelihood that open a clause ("Don't be
/// surprised if", "Odds are", "I have a feeling that", "I'm confident", "There is a real
/// risk") leave the clause as the claim with their own probability; "Either way," goes as a
/// writer's link; a stated confidence over a plain "will" keeps the "will"; the figure of a
/// weighed clause is no chance.
#[test]
fn round_50_idioms_that_open_a_clause() {
    let published = day("2026-11-17");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.probability))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64| vec![(claim.to_string(), p)];
    assert_eq!(
        read("Don't be surprised if the port reopens by March."),
        one("The port reopens by March", 0.72)
    );
    assert_eq!(
        read("Odds are the strike ends before Christmas."),
        one("The strike ends before Christmas", 0.72)
    );
    assert_eq!(
        read("I have a feeling that the dam will be finished in 2028."),
        one("The dam will be finished in 2028", 0.7)
    );
    assert_eq!(
        read("I'm confident rents fall in 2027."),
        one("Rents fall in 2027", 0.8)
    );
    assert_eq!(
        read("We are confident that the mine will reopen in 2027."),
        one("The mine will reopen in 2027", 0.95)
    );
    assert_eq!(
        read("There is a real risk the peso loses 30% of its value in 2027."),
        one("The peso loses 30% of its value in 2027", 0.4)
    );
    assert_eq!(
        read("Either way, bus fares will rise in 2027."),
        one("Bus fares will rise in 2027", 0.95)
    );
    // Frames kept before round 50: a result participle's likelihood, "it looks like", a
    // pronoun's past "expected" after the holder's "said that".
    assert_eq!(
        read("Sales fell again in October, making it almost certain that the store will shut in 2027."),
        one("The store will shut in 2027", 0.93)
    );
    assert_eq!(
        read("The rail strike was called off, leaving it almost certain that the final will go ahead in June."),
        one("The final will go ahead in June", 0.93)
    );
    assert_eq!(
        read("It looks like it will be a dry spring in the south in 2027."),
        one("It will be a dry spring in the south in 2027", 0.85)
    );
    assert_eq!(
        read("It seems like the council will approve the budget in January."),
        one("The council will approve the budget in January", 0.85)
    );
    let held = extract(
        "Northbank said that it expected the wool price would fall in 2027.",
        published,
    );
    assert_eq!(
        held.iter()
            .map(|c| (c.claim.as_str(), c.attributed_to.as_deref()))
            .collect::<Vec<_>>(),
        [("The wool price will fall in 2027", Some("Northbank"))]
    );
    let held = extract(
        "Two brokers said they anticipated that freight rates would rise in March.",
        published,
    );
    assert_eq!(
        held.iter().map(|c| c.claim.as_str()).collect::<Vec<_>>(),
        ["Freight rates will rise in March"]
    );
    // No idiom: "the odds are" with no clause after it, "a feeling of" a noun.
    assert_eq!(read("The odds are long for the smaller clubs in 2027."), []);
    assert_eq!(read("I have a feeling of dread about 2027."), []);
}

/// Round 51 (audit 31, K5): a scorecard whose calls end with a mark (✅, ❌, ⌛) gives no
/// candidate for them, and the list under the next year's heading is read with that year as
/// its deadline.
#[test]
fn round_51_marked_scorecard_then_year_heading() {
    let published = day("2025-12-29");
    let got: Vec<_> = extract(
        "Last spring I made 3 predictions for 2025. Let's see how I did, before jumping into \
         2 more predictions for 2026.\n\n\
         The canal will be widened: ✅\n\
         Bus fares will rise: ⌛\n\n\
         ## 2026\n\n\
         1. The airport will add a runway.\n\
         2. The lake will freeze over.\n",
        published,
    )
    .into_iter()
    .map(|c| (c.claim, c.deadline))
    .collect();
    assert_eq!(
        got,
        [
            (
                "The airport will add a runway".to_string(),
                Some(day("2026-12-31"))
            ),
            (
                "The lake will freeze over".to_string(),
                Some(day("2026-12-31"))
            ),
        ]
    );
    // A line alone whose call ends with a tick is a result too.
    assert!(extract("The mayor will resign: ✅\n", published).is_empty());
}

/// Round 51 (ux31 M4): a dated phrase whose year ended, or whose date passed, before the
/// publication date is a time phrase: the review line names it and points at --published,
/// never "no time phrase".
#[test]
fn round_51_dated_phrase_before_publication_named() {
    let published = day("2026-11-01");
    let got: Vec<_> = extract(
        "Inflation will probably ease by the end of April 2026.\n\n\
         The stadium deal will likely be signed before 2024.\n",
        published,
    )
    .into_iter()
    .map(|c| (c.deadline, c.review))
    .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    for ((deadline, review), phrase) in got.iter().zip(["by the end of April 2026", "before 2024"])
    {
        assert_eq!(*deadline, None);
        assert!(
            review.contains(&format!(
                "the time phrase \"{phrase}\" is before the article's date (2026-11-01): check --published"
            )),
            "{review:?}"
        );
        assert!(
            !review.iter().any(|r| r.starts_with("no time phrase")),
            "{review:?}"
        );
    }
}

/// Round 51 (ux31 M1): a claim whose only subject is a pronoun gets a review line saying so;
/// the weather's "it" and "it will be ..." are left without one.
#[test]
fn round_51_pronoun_subject_reviewed() {
    let published = day("2026-11-20");
    let got: Vec<_> = extract(
        "The ferry plan has stalled, though it might resume by mid-2027.\n\n\
         They will ratify the pact next spring.\n\n\
         It will snow on Sunday.\n",
        published,
    )
    .into_iter()
    .map(|c| {
        let noted = c
            .review
            .iter()
            .find(|r| r.starts_with("the claim names no subject"))
            .cloned();
        (c.claim, noted)
    })
    .collect();
    let note = |p: &str| {
        Some(format!(
            "the claim names no subject, only the pronoun \"{p}\": write what it stands for before saving"
        ))
    };
    assert_eq!(
        got,
        [
            ("It might resume by mid-2027".to_string(), note("It")),
            (
                "They will ratify the pact next spring".to_string(),
                note("They")
            ),
            ("It will snow on Sunday".to_string(), None),
        ]
    );
}

/// Round 55 (issue 13, wire-news recall): the claims and probabilities of the kinds the
/// round reads, exactly. Two expectation frames joined by "and" with a bare noun subject are
/// two candidates; "It is only a matter of time before X" is X at 0.90, never told of the
/// past; a past call's state after "to be", a reported "could have" a figure, a reported
/// outcome's "would boost" and a backshifted "was likely to" are read; the speaker's own
/// "it would" and a bare "was likely" are not.
#[test]
fn round_55_wire_news_recall() {
    let published = day("2005-01-10");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64, due: Option<&str>| {
        vec![(claim.to_string(), p, due.map(str::to_string))]
    };
    assert_eq!(
        read(
            "The firm said a deal is expected to be signed within six weeks and shareholders \
             are expected to vote on it in June."
        ),
        [
            (
                "A deal will be signed within six weeks".to_string(),
                0.75,
                Some("2005-02-21".to_string())
            ),
            (
                "Shareholders will vote on it in June".to_string(),
                0.75,
                Some("2005-06-30".to_string())
            ),
        ]
    );
    assert_eq!(
        read("It is only a matter of time before the mill closes."),
        one("The mill closes", 0.9, None)
    );
    assert_eq!(
        read("It was only a matter of time before the mill closed."),
        []
    );
    assert_eq!(
        read("The firm said it expected sales to be flat in 2005."),
        one("Sales will be flat in 2005", 0.75, Some("2005-12-31"))
    );
    assert_eq!(
        read("Analysts estimate that the unit could have a market value of $2bn."),
        one("The unit could have a market value of $2bn", 0.4, None)
    );
    assert_eq!(
        read("The bank said selling its insurance arm would boost its profits."),
        one(
            "Selling its insurance arm will boost its profits",
            0.85,
            None
        )
    );
    assert_eq!(read("The bank said it would boost its dividend."), []);
    assert_eq!(
        read("Officials said the harvest was likely to be poor."),
        one("The harvest will be poor", 0.72, None)
    );
    assert_eq!(read("Economists said a recession was likely."), []);
}

/// Round 58: the exact readings of the wire-news recall kinds (claim, probability, deadline):
/// a nominal likelihood after a verb pointing to it, "inevitably" before a verb of
/// undergoing, "said she thought X would", an opening "Asked how ...," as a clause of its
/// own, "once again" after a call, and a reported bare "should" of a change; and the shapes
/// next to them that stay none.
#[test]
fn round_58_wire_news_recall() {
    let read = |published: &str, text: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64, due: Option<&str>| {
        vec![(claim.to_string(), p, due.map(str::to_string))]
    };
    assert_eq!(
        read(
            "1987-05-04",
            "This would indicate the likelihood of coffee prices rising further, dealers said."
        ),
        one(
            "This would indicate the likelihood of coffee prices rising further",
            0.72,
            None
        )
    );
    assert_eq!(
        read(
            "1987-03-10",
            "The drought raises the prospect of wheat prices climbing sharply."
        ),
        one(
            "The drought raises the prospect of wheat prices climbing sharply",
            0.4,
            None
        )
    );
    assert_eq!(
        read(
            "1987-05-04",
            "The new levees should reduce the risk of the river flooding the town."
        ),
        []
    );
    assert_eq!(
        read(
            "2004-12-14",
            "Most hill farmers have lost their grant and inevitably face heavy losses."
        ),
        one(
            "Most hill farmers have lost their grant and inevitably face heavy losses",
            0.9,
            None
        )
    );
    assert_eq!(
        read(
            "2004-12-14",
            "The talks inevitably collapsed after the second round."
        ),
        []
    );
    assert_eq!(
        read(
            "1987-06-01",
            "The minister said she thought prices would stabilise."
        ),
        one("She thought prices will stabilise", 0.85, None)
    );
    assert_eq!(
        read(
            "1987-06-01",
            "Asked how long the strike was likely to last, the union leader said he thought \
             it would end within two weeks."
        ),
        one(
            "The union leader said he thought it would end within two weeks",
            0.85,
            Some("1987-06-15")
        )
    );
    assert_eq!(
        read(
            "1987-06-01",
            "She said she had thought the deal would collapse."
        ),
        []
    );
    assert_eq!(
        read(
            "2004-11-03",
            "Some dealers predicted that the rally in bond prices would be brief, saying \
             traders would soon focus once again on inflation."
        ),
        one(
            "The rally in bond prices will be brief, saying traders would soon focus once \
             again on inflation",
            0.85,
            None
        )
    );
    assert_eq!(
        read(
            "1987-04-08",
            "The brewer said profits at its export division should improve."
        ),
        one("Profits at its export division should improve", 0.65, None)
    );
    assert_eq!(
        read(
            "1987-04-08",
            "The regulator said the airline should improve its safety record."
        ),
        []
    );
}

// Review leftovers (rb): the code review's cases, in sentences we wrote. A verb voicing a
// doubt at the start of a sentence stopped the extractor with a panic (found by
// `examples/fuzz_extract.rs`); the noun "might" was read as the modal; a union leader's call
// about a bank was read as the bank's own plan; "expect steel and coal prices are likely to"
// was cut at its "and", giving the claim "Steel".
#[test]
fn review_leftovers_rb() {
    let published = day("2005-01-10");
    let read = |text: &str| {
        extract(text, published)
            .into_iter()
            .map(|c| {
                (
                    c.claim,
                    c.probability,
                    c.deadline.map(|d| d.to_string()),
                    c.attributed_to,
                )
            })
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64, due: &str, holder: Option<&str>| {
        vec![(
            claim.to_string(),
            p,
            Some(due.to_string()),
            holder.map(str::to_string),
        )]
    };
    // A voicing verb with no subject before it: no panic, no holder.
    assert_eq!(
        read("Expressed doubt the council will approve the budget in March."),
        one(
            "Expressed doubt the council will approve the budget in March",
            0.25,
            "2005-03-31",
            None
        )
    );
    // The noun "might": after a possessive, and before a modal of its own.
    assert_eq!(
        read("The rebels fought with all their might, and the truce will hold until March."),
        one("The truce will hold until March", 0.95, "2005-03-31", None)
    );
    assert_eq!(
        read("The navy's might will grow next year, officials say."),
        one(
            "The navy's might will grow next year",
            0.95,
            "2006-12-31",
            Some("officials")
        )
    );
    assert_eq!(read("He pushed with all his might."), []);
    // The modal is still the modal.
    assert_eq!(
        read("The committee might delay the vote until March."),
        one(
            "The committee might delay the vote until March",
            0.4,
            "2005-03-31",
            None
        )
    );
    // Another party's call about a body is a forecast; the body's own voice is its plan.
    assert_eq!(
        read("The union leader said the bank will cut 500 jobs next year."),
        one(
            "The bank will cut 500 jobs next year",
            0.95,
            "2006-12-31",
            Some("The union leader")
        )
    );
    assert_eq!(
        read("A bank spokesman said the bank will cut 500 jobs next year."),
        []
    );
    assert_eq!(read("The bank said it will cut 500 jobs next year."), []);
    assert_eq!(
        read("Northbank said the bank will cut 500 jobs next year."),
        []
    );
    // Two bare nouns joined by "and" after "expect" are one subject.
    assert_eq!(
        read("Analysts expect steel and coal prices are likely to rise next year."),
        one(
            "Steel and coal prices will rise next year",
            0.72,
            "2006-12-31",
            Some("Analysts")
        )
    );
    assert_eq!(
        read("Analysts expect steel and coal prices to rise next year."),
        one(
            "Steel and coal prices will rise next year",
            0.75,
            "2006-12-31",
            Some("Analysts")
        )
    );
}

/// Round 59 (xs2), two forecasts in one sentence: a passive call ("is tipped to", "is
/// projected to", "are favoured to", "is poised to") on the left of "and" is the left side's
/// cue, so a right side with a subject of its own and its own modal ("and the Blues will be
/// relegated"), or its own hedged copula ("and are now favoured to"), is a second forecast;
/// a second verb with no subject of its own, and a pronoun subject with a plain "will", stay
/// one forecast (sentences we wrote).
#[test]
fn round_59_a_passive_call_before_and_opens_two_forecasts() {
    let read = |text: &str| {
        extract(text, day("2024-06-01"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read("Rovers are tipped to win the league this season and the Blues will be relegated."),
        vec![
            c("Rovers will win the league this season", 0.7, None),
            c("The Blues will be relegated", 0.95, None),
        ]
    );
    assert_eq!(
        read("Smith is projected to take the seat in November, and the Greens will lose their deposit."),
        vec![
            c("Smith will take the seat in November", 0.75, Some("2024-11-30")),
            c("The Greens will lose their deposit", 0.95, Some("2024-11-30")),
        ]
    );
    assert_eq!(
        read("The Democrats are favoured to keep the House, and are now favoured to take the Senate in November."),
        vec![
            c("The Democrats are favoured to keep the House", 0.72, None),
            c("Are now favoured to take the Senate in November", 0.72, None),
        ]
    );
    assert_eq!(
        read("The bill is poised to clear the Senate this month and the index will rally by the summer."),
        vec![
            c("The bill will clear the Senate this month", 0.85, Some("2024-06-30")),
            c("The index will rally by the summer", 0.95, Some("2024-09-22")),
        ]
    );
    // One forecast: a second verb of the same subject, and a pronoun with a plain "will".
    assert_eq!(
        read("Rovers are tipped to win the league this season and lift the cup."),
        vec![c(
            "Rovers will win the league this season and lift the cup",
            0.7,
            None
        )]
    );
    assert_eq!(
        read("Rovers are tipped to win the league this season and they will lift the cup."),
        vec![c(
            "Rovers will win the league this season and they will lift the cup",
            0.85,
            None
        )]
    );
}

/// Round 59 (xs2), two forecasts in one sentence: a second step of the same subject at a
/// later time of its own, after "followed by" or "before" and a verb in "-ing", is a forecast
/// of its own, due at its own time; a later time after "before" and a noun, or a step with no
/// time of its own, stays one forecast (sentences we wrote).
#[test]
fn round_59_a_later_step_after_followed_by_or_before_is_a_second_forecast() {
    let read = |text: &str| {
        extract(text, day("2019-06-01"))
            .into_iter()
            .map(|c| (c.claim, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c = |claim: &str, due: &str| (claim.to_string(), Some(due.to_string()));
    assert_eq!(
        read("Prices are expected to jump 10% next year, followed by steady gains through 2021."),
        vec![
            c("Prices will jump 10% next year", "2020-12-31"),
            c("Steady gains through 2021", "2021-12-31"),
        ]
    );
    assert_eq!(
        read("The bank expects rates to peak in March before easing by the end of the year."),
        vec![
            c("Rates will peak in March", "2020-03-31"),
            c("Rates will ease by the end of the year", "2020-12-31"),
        ]
    );
    assert_eq!(
        read("Home sales are likely to slow next year followed by a rebound in 2021."),
        vec![
            c("Home sales will slow next year", "2020-12-31"),
            c("A rebound in 2021", "2021-12-31"),
        ]
    );
    // One forecast: "before" a noun is a time, and a step with no time of its own.
    assert_eq!(
        read("The bank expects rates to peak in March before the election in 2021."),
        vec![c(
            "Rates will peak in March before the election in 2021",
            "2020-03-31"
        )]
    );
    assert_eq!(
        read("Prices are expected to jump 10% next year, followed by steady gains."),
        vec![c(
            "Prices will jump 10% next year, followed by steady gains",
            "2020-12-31"
        )]
    );
}

/// Round 59 (xd, probability): a forecast whose chance follows it after a bare space ("X
/// will happen 70%") is read at that number; a percentage that is a figure of the claim
/// ("grow 5%", "rise to 4%", "take 40%"), a decimal, or a line without "will" keeps its
/// reading.
#[test]
fn round_59_a_chance_after_a_bare_space() {
    let read = |text: &str| {
        extract(text, day("2026-01-02"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.probability_basis.to_string()))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64, basis: &str| vec![(claim.to_string(), p, basis.to_string())];
    assert_eq!(
        read("Labor will win the state election 70%"),
        one("Labor will win the state election", 0.7, "number:70%")
    );
    assert_eq!(
        read("- The new bridge will open before the summer 40%."),
        one(
            "The new bridge will open before the summer",
            0.4,
            "number:40%"
        )
    );
    assert_eq!(
        read("The ferry company won't raise its fares this year 85%"),
        one(
            "The ferry company won't raise its fares this year",
            0.85,
            "number:85%"
        )
    );
    // A figure of the claim, not its chance.
    let figure = |text: &str| read(text).iter().all(|c| !c.2.starts_with("number:"));
    assert!(figure("Sales at the ferry company will grow 5%"));
    assert!(figure("The harbour fee will rise to 4%"));
    assert!(figure("The new party will take 40%"));
    assert!(figure("Turnout will be near 60%"));
    assert!(figure("The council will raise rates, Redfin 1.5%"));
    assert!(read("Ferry fares rose sharply last year 12%").is_empty());
}

/// Round 59 (xd, deadlines): a quarter or half named by its ordinal in a past clause ("fell
/// in the first quarter") is the one behind, as a month is: no deadline, never next year's;
/// the same quarter after a future verb, or with "next", stays the deadline.
#[test]
fn round_59_a_quarter_told_in_a_past_clause() {
    let due = |published: &str, text: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, d: Option<&str>| vec![(claim.to_string(), d.map(str::to_string))];
    assert_eq!(
        due(
            "2015-06-05",
            "Ferry exports fell in the first quarter but will recover."
        ),
        one(
            "Ferry exports fell in the first quarter but will recover",
            None
        )
    );
    assert_eq!(
        due(
            "2015-06-05",
            "Ferry exports will recover after they fell in Q1."
        ),
        one("Ferry exports will recover after they fell in Q1", None)
    );
    assert_eq!(
        due(
            "2015-08-03",
            "Harbour traffic shrank in the first half, and it will grow again."
        ),
        one(
            "Harbour traffic shrank in the first half, and it will grow again",
            None
        )
    );
    // A future verb's quarter, or "next quarter" after a past clause, is the deadline.
    assert_eq!(
        due(
            "2015-06-05",
            "Ferry exports will recover in the first quarter."
        ),
        one(
            "Ferry exports will recover in the first quarter",
            Some("2016-03-31")
        )
    );
    assert_eq!(
        due(
            "2015-06-05",
            "Ferry exports fell last year but will recover in the first quarter."
        ),
        one(
            "Ferry exports fell last year but will recover in the first quarter",
            Some("2016-03-31")
        )
    );
}

/// Round 59 (helper xh): colon layouts and run-in heads, read exactly: a one-word key with
/// a range, a ranked title with its amount, a record under a key naming a prediction, a
/// scenario's share, an award for the most of something, and a head in capitals left out
/// of the claim and its holder.
#[test]
fn round_59_colon_layouts_and_run_in_heads() {
    let read = |published: &str, text: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| {
                (
                    c.claim,
                    c.probability,
                    c.deadline.map(|d| d.to_string()),
                    c.attributed_to,
                )
            })
            .collect::<Vec<_>>()
    };
    let row = |claim: &str, p: f64, due: Option<&str>, holder: Option<&str>| {
        (
            claim.to_string(),
            p,
            due.map(str::to_string),
            holder.map(str::to_string),
        )
    };
    assert_eq!(
        read(
            "2026-05-06",
            "My prediction of the seats tomorrow is:\n- Unionists: 310-320 seats\n- Greens: 40-45\n"
        ),
        vec![
            row("Unionists: 310-320 seats", 0.9, Some("2026-05-07"), None),
            row("Greens: 40-45", 0.9, Some("2026-05-07"), None),
        ]
    );
    assert_eq!(
        read(
            "2026-05-21",
            "Our predictions for the holiday weekend box office:\n\n#1: Moonfall ($40 million)\n"
        ),
        vec![row("Moonfall ($40 million)", 0.9, Some("2026-05-24"), None)]
    );
    assert_eq!(
        read(
            "2026-09-01",
            "The Rovers open at home on Sunday against the Hawks.\n\n\
             - Record prediction: 10-7, second in the division\n"
        ),
        vec![row(
            "Record prediction: 10-7, second in the division",
            0.9,
            None,
            None
        )]
    );
    assert_eq!(
        read("2026-07-20", "- Base case (55%): Mid-cycle slowdown\n"),
        vec![row("Base case (55%): Mid-cycle slowdown", 0.55, None, None)]
    );
    assert_eq!(
        read(
            "2026-10-20",
            "Most Improved Player: Harbour Hawks, Tom Lund\n"
        ),
        vec![row(
            "Most Improved Player: Harbour Hawks, Tom Lund",
            0.9,
            None,
            None
        )]
    );
    assert_eq!(
        read(
            "2026-07-20",
            "PROFIT FORECAST: Analysts polled by DataCo on average expect Acme to earn $1.10 a \
             share, compared with 80 cents a share a year ago."
        ),
        vec![row(
            "Acme will earn $1.10 a share, compared with 80 cents a share a year ago",
            0.75,
            None,
            Some("Analysts polled by DataCo on average")
        )]
    );
    // A poll's shares under one-word keys, a credit line in a list, and a past year's
    // record stay none.
    assert_eq!(
        read(
            "2026-05-06",
            "My prediction of the seats tomorrow is:\n- Reds: 36.5% (+0.4)\n- Photo: Reuters\n"
        ),
        vec![]
    );
    assert_eq!(
        read(
            "2026-09-01",
            "How my picks went last season:\n\n- 2025 record prediction: 10-7 (they went 9-8)\n"
        ),
        vec![]
    );
}

/// Round 60 (xp2, precision): the writer's service to readers ("will keep readers updated",
/// "will be here to answer your questions"), an expectation said at a recent past time ("said
/// earlier this month they expected") and what a built or set-up thing is or does ("the line
/// will connect", "the centers will offer") are no forecasts (issue 13: plans of whoever
/// controls the outcome, superseded forecasts); the near misses with a time frame, an outcome
/// or no service stay forecasts. Sentences we wrote.
#[test]
fn round_60_xp2_service_past_expectations_and_described_works() {
    let read = |text: &str| {
        extract(text, day("2026-03-02"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64, due: Option<&str>| {
        vec![(claim.to_string(), p, due.map(str::to_string))]
    };
    for text in [
        "The news desk will keep readers updated through the election night.",
        "The weather desk will be here to answer your questions all winter.",
        "As the pool's scorekeeper, I logged every pick and will hand out prizes in March 2027.",
        "Transit officials said earlier this month they expected the tram line to open in the autumn.",
        "The 12-mile light rail line will connect the airport to the old town.",
        "The ferry company said the new service centers will offer a full repair at a set price.",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
    assert_eq!(
        read("Inflation will be here to stay through 2027."),
        one(
            "Inflation will be here to stay through 2027",
            0.95,
            Some("2027-12-31")
        )
    );
    assert_eq!(
        read("A board member said last week that prices should fall in the coming months."),
        one(
            "Prices should fall in the coming months",
            0.65,
            Some("2026-07-02")
        )
    );
    assert_eq!(
        read("The harbour pipeline will carry gas to the coast by 2028."),
        one(
            "The harbour pipeline will carry gas to the coast by 2028",
            0.95,
            Some("2028-12-31")
        )
    );
    assert_eq!(
        read("The smelter will close at the end of the year, the union said."),
        one(
            "The smelter will close at the end of the year",
            0.95,
            Some("2026-12-31")
        )
    );
}

/// Round 60 (xm3), forecasts that gave no candidate: a forecaster's call in the present
/// perfect with a noun phrase for its object ("has predicted a wet monsoon"), after an opening
/// adverbial too ("In its outlook, the bureau has predicted ..."), and what a forecast
/// estimate "calls for"; a record of calls, a negated call and what a union's report calls
/// for stay none (sentences we wrote).
#[test]
fn round_60_xm3_perfect_calls_and_estimates_calling_for() {
    let read = |text: &str| {
        extract(text, day("2024-06-01"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read("The weather bureau has predicted a wetter than normal monsoon this year."),
        vec![c(
            "A wetter than normal monsoon this year",
            0.75,
            Some("2024-12-31")
        )]
    );
    assert_eq!(
        read(
            "In its spring outlook, the weather bureau has predicted a wetter than normal monsoon."
        ),
        vec![c("A wetter than normal monsoon", 0.75, None)]
    );
    assert_eq!(
        read("The agency has also predicted slower wheat output next season."),
        vec![c("Slower wheat output next season", 0.75, None)]
    );
    assert_eq!(
        read("The bureau has projected a late start to the monsoon."),
        vec![c(
            "The bureau has projected a late start to the monsoon",
            0.75,
            None
        )]
    );
    assert_eq!(
        read("The monthly crop estimate is calling for record soybean output this year."),
        vec![c(
            "The monthly crop estimate is calling for record soybean output this year",
            0.75,
            Some("2024-12-31")
        )]
    );
    // A claim before its closing tag keeps the cut; an opening adverbial has no verb.
    assert_eq!(
        read("In Ohio rates will rise, the governor said."),
        vec![c("In Ohio rates will rise", 0.95, None)]
    );
    for none in [
        "He has correctly predicted every election since 1988.",
        "The bureau has not predicted a drought.",
        "The union's latest report is calling for higher wages.",
    ] {
        assert_eq!(read(none), vec![], "{none}");
    }
}

/// Round 60 (helper xd2): deadlines of three kinds, read exactly. A whole fiscal year with no
/// company calendar ("fiscal 2026", "FY27", a bare year after "fiscal") is due at the end of
/// October of that year (a September year-end and its report); a fiscal quarter keeps the
/// calendar reading. A quarter that names the figures ("stronger fourth quarter revenue on
/// Thursday", a company's fiscal quarter) yields to the day they come out; a quarter of its own is the deadline. A near
/// time with no date ("soon") shares no time from the sentence before; "as soon as Thursday"
/// is a day.
#[test]
fn round_60_fiscal_years_quarter_figures_and_near_times() {
    let due = |published: &str, text: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, d: Option<&str>| vec![(claim.to_string(), d.map(str::to_string))];
    // Fiscal years.
    assert_eq!(
        due(
            "2026-01-20",
            "The bakery chain is expected to open 40 stores, implying fiscal 2026 profit of $3.10 a share."
        ),
        one(
            "The bakery chain will open 40 stores, implying fiscal 2026 profit of $3.10 a share",
            Some("2026-10-31")
        )
    );
    assert_eq!(
        due(
            "2026-05-04",
            "The toolmaker will probably ship 90 million units in FY27."
        ),
        one(
            "The toolmaker will ship 90 million units in FY27",
            Some("2027-10-31")
        )
    );
    // A fiscal quarter, and a calendar year, keep their calendar ends.
    assert_eq!(
        due(
            "2026-01-20",
            "Margins at the toolmaker will probably widen in fiscal Q2."
        ),
        one(
            "Margins at the toolmaker will widen in fiscal Q2",
            Some("2026-06-30")
        )
    );
    assert_eq!(
        due(
            "2026-01-20",
            "Sales at the bakery chain are expected to grow 6% in 2026."
        ),
        one(
            "Sales at the bakery chain will grow 6% in 2026",
            Some("2026-12-31")
        )
    );
    // A quarter naming the figures yields to their day.
    assert_eq!(
        due(
            "2026-07-14",
            "Analysts think the chipmaker will report stronger fourth quarter revenue on Thursday."
        ),
        one(
            "The chipmaker will report stronger fourth quarter revenue on Thursday",
            Some("2026-07-16")
        )
    );
    assert_eq!(
        due(
            "2026-07-14",
            "Chip sales will probably slow in the fourth quarter."
        ),
        one(
            "Chip sales will slow in the fourth quarter",
            Some("2026-12-31")
        )
    );
    // A near time shares no time from the sentence before; "as soon as" a day is that day.
    assert_eq!(
        due(
            "2026-03-02",
            "The central bank will likely cut rates in September. Strategists also said the \
             franc will bounce back soon."
        ),
        vec![
            (
                "The central bank will cut rates in September".to_string(),
                Some("2026-09-30".to_string())
            ),
            ("The franc will bounce back soon".to_string(), None),
        ]
    );
    assert_eq!(
        due(
            "2026-03-02",
            "The district said pupils could return to class as soon as Thursday."
        ),
        one(
            "Pupils could return to class as soon as Thursday",
            Some("2026-03-05")
        )
    );
}

/// Round 60 (xs3), two forecasts in one sentence: one expectation of two subjects whose verb
/// is a participle after a comma ("..., now forecasting X to A, and Y to B") or a progressive
/// with an adverb ("is now predicting"); a second item opened by "for" ("- and for them to
/// gain"); "..., and others could follow suit" after a forecast (its event and time the one
/// before's); and "and, longer term, would ..." (a later horizon, its own time or none). The
/// look-alikes stay one forecast or none: a past fact before "follow suit", and an aside that
/// names no later horizon (sentences we wrote).
#[test]
fn round_60_xs3_two_forecasts_of_one_sentence() {
    let read = |text: &str| {
        extract(text, day("2019-06-01"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read("The bank cut its outlook for sterling, now forecasting the pound to reach $1.20 by the end of the year, down from $1.30, and the euro to end at 90 pence."),
        vec![
            c("The pound will reach $1.20 by the end of the year, down from $1.30", 0.75, Some("2019-12-31")),
            c("The euro will end at 90 pence", 0.75, Some("2019-12-31")),
        ]
    );
    assert_eq!(
        read("The bank is now predicting copper prices to hit $7,000 by the end of the year, and nickel prices to slip to $12,000."),
        vec![
            c("Copper prices will hit $7,000 by the end of the year", 0.75, Some("2019-12-31")),
            c("Nickel prices will slip to $12,000", 0.75, Some("2019-12-31")),
        ]
    );
    assert_eq!(
        read("I would expect the Greens to win more seats from Labour than they lose - and for them to take up to ten seats from the Tories."),
        vec![
            c("The Greens will win more seats from Labour than they lose", 0.75, None),
            c("The Greens will take up to ten seats from the Tories", 0.75, None),
        ]
    );
    assert_eq!(
        read(
            "The central bank will cut its rate by September, and other lenders could follow suit."
        ),
        vec![
            c(
                "The central bank will cut its rate by September",
                0.95,
                Some("2019-09-30")
            ),
            c("Other lenders could follow suit", 0.4, Some("2019-09-30")),
        ]
    );
    assert_eq!(
        read("Analysts said rents would start to rise next year and, longer term, would climb because of scarce land."),
        vec![
            c("Rents will start to rise next year", 0.85, Some("2020-12-31")),
            c("Rents, longer term, would climb because of scarce land", 0.85, None),
        ]
    );
    // Look-alikes: a past fact before "follow suit", and an aside of no later horizon.
    assert_eq!(
        read("The chain raised its prices last week, and rivals could follow suit."),
        vec![]
    );
    assert_eq!(
        read("Analysts said rents would start to rise next year and, in their view, would climb because of scarce land."),
        vec![c(
            "Rents will start to rise next year and, in their view, would climb because of scarce land",
            0.85,
            Some("2020-12-31")
        )]
    );
}

/// Round 61 (xp3), announced plans read as forecasts: a body's own act told as a step ("will
/// continue to buy back", "will begin to build"), its use of its own means ("will use the
/// cash to repay debt"), its cooperation ("will work closely with the banks"), and that act
/// told by "he" after the body's officer spoke; outcomes after "continue to", a bare "will
/// work", and the same act told by "he" after an analyst stay forecasts (sentences we wrote).
#[test]
fn round61_xp3_own_steps_uses_and_an_officers_he() {
    let read = |text: &str| {
        extract(text, day("2026-03-02"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64, due: Option<&str>| {
        vec![(claim.to_string(), p, due.map(str::to_string))]
    };
    for text in [
        "Dunmore Corp will continue to buy back its shares, the company said.",
        "Dunmore Corp will begin to build a plant in Ohio, the company said.",
        "Hollis Industries Inc will use the cash from the sale to repay bank debt, the company said.",
        "Hollis Industries Inc will work closely with the two banks on the sale, the company said.",
        "Marla Quist, Dunmore Corp's finance director, said the new notes had sold well.\nHe said Dunmore Corp will work closely with the three banks to set the coupon.",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
    assert_eq!(
        read("Dunmore Corp will continue to grow, the company said."),
        one("Dunmore Corp will continue to grow", 0.95, None)
    );
    assert_eq!(
        read("Dunmore Corp will work hard, the company said."),
        one("Dunmore Corp will work hard", 0.95, None)
    );
    assert_eq!(
        read("An analyst at Kestrel Securities said the takeover made sense.\nHe said Dunmore Corp will work closely with its new owner."),
        one(
            "He said Dunmore Corp will work closely with its new owner",
            0.95,
            None
        )
    );
    assert_eq!(
        read("Dunmore Corp will begin to build a plant in Ohio by June, the company said."),
        one(
            "Dunmore Corp will begin to build a plant in Ohio by June",
            0.95,
            Some("2026-06-30")
        )
    );
}

/// Round 61 (xs4): statements about a prediction and a schedule stated as fact, in sentences
/// we wrote. A holder's suggestion named as the subject of what follows ("Dr X's suggestion
/// that ... will have two effects") is about the prediction; a quoted name from a list set in
/// advance ("the next named storm will be 'Dorian'") is a schedule; a possessive's forecast
/// before a comma is the noun, the subject of a sentence about it; a list's order "from least
/// likely ... to most likely" is about the picks. Near misses keep their forecasts.
#[test]
fn round_61_xs4_about_predictions_and_names_from_a_list() {
    let read = |text: &str| {
        extract(text, day("2019-06-01"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    let got: Vec<_> = [
        "Dr Okafor's suggestion that infections could peak within a month will have two effects on hospitals.",
        "The pollster's forecast, based on 20,000 interviews, has drawn criticism from ministers.",
        "The next named storm of the season will be \u{201c}Dorian.\u{201d}",
        "The teams below run from least likely to reach the final to most likely.",
        // Near misses: the holder's own call, a figure forecast by a possessive's "has", and
        // what the storm will be.
        "Dr Okafor said infections could peak within a month.",
        "The pollster's forecast 412 seats for the opposition.",
        "The next named storm of the season will be a major hurricane.",
    ]
    .iter()
    .map(|s| read(s))
    .collect();
    assert_eq!(
        got,
        vec![
            vec![],
            vec![],
            vec![],
            vec![],
            vec![c(
                "Infections could peak within a month",
                0.4,
                Some("2019-07-01")
            )],
            vec![c("412 seats for the opposition", 0.75, None)],
            vec![c(
                "The next named storm of the season will be a major hurricane",
                0.95,
                Some("2019-11-30")
            )],
        ]
    );
}

#[test]
fn round_61_xn_confidence_headings_over_lists() {
    let read = |text: &str| {
        extract(text, day("2027-01-02"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    // Plain lines grouped under "90%:" and "70% confidence": each line is a forecast at its
    // group's number; a paragraph of prose after them ends the groups.
    assert_eq!(
        read("Predictions for 2027\n\n90%:\nThe harbour bridge reopens to lorries.\nThe city council keeps its majority.\n\n70% confidence\nThe tram line opens by the end of June.\n\nThat is all for this year, and I will score these in January of next year.\n"),
        vec![
            c("The harbour bridge reopens to lorries", 0.9, Some("2027-12-31")),
            c("The city council keeps its majority", 0.9, Some("2027-12-31")),
            c("The tram line opens by the end of June", 0.7, Some("2027-06-30")),
        ]
    );
    // Markdown headings and bold labels over bullets; a topic heading ends the group.
    assert_eq!(
        read("# My predictions for 2027\n\n## 95%\n- No team repeats as champion\n- The ferry fare stays under ten euros\n\n**Predictions at 60%:**\n1. The stadium sells out every home game\n\n## Transport\n- The night bus returns\n"),
        vec![
            c("No team repeats as champion", 0.95, Some("2027-12-31")),
            c("The ferry fare stays under ten euros", 0.95, Some("2027-12-31")),
            c("The stadium sells out every home game", 0.6, Some("2027-12-31")),
            // Under a topic heading: an unhedged list prediction again.
            c("The night bus returns", 0.9, Some("2027-12-31")),
        ]
    );
    // An item's own number outranks its group's.
    assert_eq!(
        read("My predictions for 2027:\n\n80%:\n- The museum extension opens: 55%\n- The river festival returns\n"),
        vec![
            c("The museum extension opens", 0.55, Some("2027-12-31")),
            c("The river festival returns", 0.8, Some("2027-12-31")),
        ]
    );
    // A number set in bold as a line's label.
    assert_eq!(
        read("My predictions for 2027:\n\n**70%:** The library stays open on Sundays.\n\n**40%** The old pier is rebuilt.\n"),
        vec![
            c("The library stays open on Sundays", 0.7, Some("2027-12-31")),
            c("The old pier is rebuilt", 0.4, Some("2027-12-31")),
        ]
    );
    // Look-alikes: a bare number right after its claim is that claim's chance, not a
    // heading; a "## 80%" heading is not the chance of the item above it.
    assert_eq!(
        read("The ferry fare goes up in March.\n65%\n"),
        vec![c(
            "The ferry fare goes up in March",
            0.65,
            Some("2027-03-31")
        )]
    );
    assert_eq!(
        read("# My predictions for 2027\n\n- The tram line opens on time\n\n## 80%\n- The ferry fare goes up\n"),
        vec![
            c("The tram line opens on time", 0.9, Some("2027-12-31")),
            c("The ferry fare goes up", 0.8, Some("2027-12-31")),
        ]
    );
    // A review of last year's calls grouped by confidence scores them: no forecasts.
    assert_eq!(
        read("How I did with my 2026 predictions\n\n90%:\n- The bridge reopened: right\n- The council held: right\n"),
        vec![]
    );
}

#[test]
fn round_61_xn_an_opener_naming_last_year_and_this_years_predictions() {
    let read = |text: &str| {
        extract(text, day("2027-01-03"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    let list = "\n\n1. The ferry fare goes up by the summer: 60%\n2. The tram line opens: 85%\n";
    let want = vec![
        c(
            "The ferry fare goes up by the summer",
            0.6,
            Some("2027-09-23"),
        ),
        c("The tram line opens", 0.85, Some("2027-12-31")),
    ];
    // The clause naming the predictions names this year and grades nothing: the list is new,
    // whatever the other clauses say of last year.
    for opener in [
        "As I did last year, here are my predictions for 2027:",
        "After last year's results, these are my predictions for 2027.",
        "My predictions for 2027 (see the other post for how I did on 2026's):",
        "Predictions for 2027, under the same rules as last year",
    ] {
        assert_eq!(read(&format!("{opener}{list}")), want, "{opener}");
    }
    // Look-alikes: openers of a review, which scores the calls listed after them.
    for opener in [
        "How I did with my 2026 predictions",
        "Grading my 2027 predictions so far:",
        "Last year's predictions, graded:",
    ] {
        assert_eq!(read(&format!("{opener}{list}")), vec![], "{opener}");
    }
}

/// Round 61 (xw2): a preview's undated calls ("a strong storm is expected to reach the
/// valley") take the day most of its dated calls fall on, when that day is from publication
/// to three days later and holds at least three of them and more than half; an "eventually"
/// call keeps none, and a busiest day further off, or one held by too few, dates nothing.
#[test]
fn round_61_xw2_undated_calls_of_a_preview_take_its_busiest_day() {
    let read = |text: &str| {
        extract(text, day("2027-01-05"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    let lead = "Weather outlook\n\nA strong winter storm is expected to reach the valley. Forecasters expect the storm to bring heavy snow. The cold is the bigger story.\n\n";
    assert_eq!(
        read(&format!("{lead}Temperatures will drop below zero on Friday. Wind chills will reach minus 30 on Friday. Schools will likely open late on Friday. The town will eventually need a new plow.\n")),
        vec![
            c("A strong winter storm will reach the valley", 0.75, Some("2027-01-08")),
            c("The storm will bring heavy snow", 0.75, Some("2027-01-08")),
            c("Temperatures will drop below zero on Friday", 0.95, Some("2027-01-08")),
            c("Wind chills will reach minus 30 on Friday", 0.95, Some("2027-01-08")),
            c("Schools will open late on Friday", 0.72, Some("2027-01-08")),
            c("The town will eventually need a new plow", 0.95, None),
        ]
    );
    // Near misses: the day is two weeks off; only two calls name it.
    assert_eq!(
        read(&format!("{lead}Temperatures will drop below zero on January 19. Wind chills will reach minus 30 on January 19. Schools will likely open late on January 19.\n")),
        vec![
            c("A strong winter storm will reach the valley", 0.75, None),
            c("The storm will bring heavy snow", 0.75, None),
            c("Temperatures will drop below zero on January 19", 0.95, Some("2027-01-19")),
            c("Wind chills will reach minus 30 on January 19", 0.95, Some("2027-01-19")),
            c("Schools will open late on January 19", 0.72, Some("2027-01-19")),
        ]
    );
    assert_eq!(
        read(&format!("{lead}Temperatures will drop below zero on Friday. Wind chills will reach minus 30 on Friday. Schools will likely open late next week.\n")),
        vec![
            c("A strong winter storm will reach the valley", 0.75, None),
            c("The storm will bring heavy snow", 0.75, None),
            c("Temperatures will drop below zero on Friday", 0.95, Some("2027-01-08")),
            c("Wind chills will reach minus 30 on Friday", 0.95, Some("2027-01-08")),
            c("Schools will open late next week", 0.72, Some("2027-01-17")),
        ]
    );
}

/// Round 61 (xm4): forecasts that gave no candidate, in general frames. "Said it expects to"
/// an outcome (not a decision of its own), a firm call with a ", which would" aside on its
/// figure, and a headline's passive without "is". Sentences we wrote; near-misses give
/// nothing.
#[test]
fn round_61_xm4_calls_with_no_candidate() {
    let read = |text: &str| {
        extract(text, day("2019-06-01"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read("The cooperative said it expects to harvest about 40 million tonnes of barley."),
        vec![c(
            "It expects to harvest about 40 million tonnes of barley",
            0.75,
            None
        )]
    );
    assert_eq!(
        read("The utility said it is anticipating a summer peak of 31 gigawatts, which would be a record."),
        vec![c("It is anticipating a summer peak of 31 gigawatts", 0.75, None)]
    );
    assert_eq!(
        read("Heavy snow expected across the Alps this weekend"),
        vec![c(
            "Heavy snow expected across the Alps this weekend",
            0.75,
            Some("2019-06-02")
        )]
    );
    // Near-misses: a decision of the holder's own and a headline's comparison.
    assert_eq!(
        read("The cooperative said it expects to hire 300 seasonal workers."),
        vec![]
    );
    assert_eq!(read("Profits came in better than expected"), vec![]);
}

/// Round 62 (xw3): wire news' announced stances and terms read as forecasts, in sentences we
/// wrote. A vow of the speaker's own conduct (a refusal with the subject left out of a quote,
/// a resistance after "warned that"), the terms of an agreement with a party, a seller's own
/// price told by the seller, a product's qualities told by its makers, and what a contest's
/// prize pays or covers: plans of whoever controls them, no candidate. Near misses (a third
/// party's refusal, a forecaster's agreement, a price's move with a time, an analyst's
/// claim, a bare product claim, a reported "would" with no agreement) keep their forecasts.
#[test]
fn round62_xw3_vows_agreed_terms_own_prices_and_prizes() {
    let read = |text: &str| {
        extract(text, day("2026-03-02"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let one = |claim: &str, p: f64, due: Option<&str>| {
        vec![(claim.to_string(), p, due.map(str::to_string))]
    };
    for text in [
        "\"Will not allow any outside power to meddle in our waters,\" the minister said.",
        "The foreign minister warned that Norland would combat any foreign intervention in the strait.",
        "The premier told reporters he had agreed with Ms Dale in 2024 that she would not be finance minister in the run-up to the 2028 election.",
        "Kestrel Oil said the price will be the same as or lower than its rivals now charge.",
        "The new word processor will load files twice as fast as its rivals, according to its makers.",
        "As part of their prize the two winners will have their hotel costs paid.",
        "The champion of each round of the league will walk away with a $20,000 prize.",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
    assert_eq!(
        read("The storm will not allow crews to reach the island."),
        one(
            "The storm will not allow crews to reach the island",
            0.95,
            None
        )
    );
    assert_eq!(
        read("The regulator will not allow the merger, analysts said."),
        one("The regulator will not allow the merger", 0.95, None)
    );
    assert_eq!(
        read("Analysts agreed with the bank that growth will slow in 2027."),
        one(
            "Analysts agreed with the bank that growth will slow in 2027",
            0.95,
            Some("2027-12-31")
        )
    );
    assert_eq!(
        read("The premier told reporters that she would not be finance minister in the run-up to the 2028 election."),
        one(
            "She would not be finance minister in the run-up to the 2028 election",
            0.85,
            Some("2028-12-31")
        )
    );
    assert_eq!(
        read("Kestrel Oil said the price will be higher next year."),
        one(
            "The price will be higher next year",
            0.95,
            Some("2027-12-31")
        )
    );
    assert_eq!(
        read("According to analysts, the browser will win market share."),
        one("The browser will win market share", 0.95, None)
    );
    assert_eq!(
        read("The new word processor will load files twice as fast as its rivals."),
        one(
            "The new word processor will load files twice as fast as its rivals",
            0.95,
            None
        )
    );
}

/// Round 62 (xf2): look-alikes on pages that gave false positives, in sentences we wrote: an
/// audience's taste ("families will enjoy"), a wildcard or factor named, the reader's own
/// wondering, the qualities a task will need, a future to remember or accept, what anyone
/// asked will answer, a question after "but" or "and" with no mark, and a prayer ("God
/// willing") before the call. Near-misses stay forecasts.
#[test]
fn round62_xf2_tastes_factors_wondering_needs_reminders_and_unmarked_questions() {
    let read = |text: &str| {
        extract(text, day("2027-03-01"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    for text in [
        "Hikers with young children will surely want a shorter trail.",
        "That is the edition fans will probably want.",
        "Viewers will care more once the playoffs start, trust me.",
        "Families will enjoy the new park.",
        "The bigger wildcard this spring will be the rainfall.",
        "The frost is certainly going to be a big factor for the harvest.",
        "The wild card this season could well be the weather.",
        "With the first frost behind us, you may be wondering what kind of winter nature may deliver this year.",
        "This negotiation will require patience and tact.",
        "This rebuild will take patience and a little luck.",
        "Remember that the roads will be busy over the long weekend.",
        "Bear in mind that the queues will be long on Saturday.",
        "Ask any coach who will win the cup and they will name the same club.",
        "Last month traders had priced out a hike, but will the wage data have changed that.",
        "Prices rose again in May, and will the bank respond with a hike.",
        "God willing, the river is going to crest below the levee tops.",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
    // Near-misses: an audience's outcome, a factor as a size, a need in numbers, the
    // reader's cost, and "but will" before a verb.
    assert_eq!(
        read("Fans will fill the stadium on Saturday."),
        vec![c(
            "Fans will fill the stadium on Saturday",
            0.95,
            Some("2027-03-06")
        )]
    );
    assert_eq!(
        read("Prices will rise by a factor of two next year."),
        vec![c(
            "Prices will rise by a factor of two next year",
            0.95,
            Some("2028-12-31")
        )]
    );
    assert_eq!(
        read("The plant will require 200 workers next year."),
        vec![c(
            "The plant will require 200 workers next year",
            0.95,
            Some("2028-12-31")
        )]
    );
    assert_eq!(
        read("You will pay more for petrol next year."),
        vec![c(
            "You will pay more for petrol next year",
            0.95,
            Some("2028-12-31")
        )]
    );
    assert_eq!(
        read("Rates will rise in May, but will stay below 5%."),
        vec![
            c("Rates will rise in May", 0.95, Some("2027-05-31")),
            c("Rates will stay below 5%", 0.95, Some("2027-05-31")),
        ]
    );
}

/// Round 62 (xd3): in an earnings-week article each company's calls that name no time are
/// settled on that company's own results day ("A and B report on Thursday and Tuesday
/// respectively"), and a sentence going on about "the snack maker" keeps the day of the
/// company the sentence before named; a company given no day, or a sentence naming another,
/// keeps the week's end (sentences we wrote).
#[test]
fn round62_xd3_each_company_on_its_own_results_day() {
    let text = "This week Dorvale Foods, Kestrel Motors and Pinecrest Bank are expected to report their quarterly results.\n\n\
        Kestrel Motors and Dorvale Foods are scheduled to release results on Thursday and Tuesday respectively. \
        Analysts expect Dorvale Foods to report sales of $4.2 billion. \
        The snack maker is also expected to post earnings of $1.10 a share. \
        Kestrel's revenue is expected to rise 8%. \
        The carmaker is expected to post a profit of $2.05 a share. \
        Marla Quist of Tollan Research expects the carmaker to cut its outlook.\n\n\
        Pinecrest Bank's profit is expected to fall 3%. \
        The lender is expected to post lower fees.";
    let got: Vec<(String, f64, Option<String>)> = extract(text, day("2027-07-12"))
        .into_iter()
        .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
        .collect();
    let want = |claim: &str, due: &str| (claim.to_string(), 0.75, Some(due.to_string()));
    assert_eq!(
        got,
        vec![
            want(
                "Dorvale Foods will report sales of $4.2 billion",
                "2027-07-13"
            ),
            want(
                "The snack maker will also post earnings of $1.10 a share",
                "2027-07-13"
            ),
            want("Kestrel's revenue will rise 8%", "2027-07-15"),
            want(
                "The carmaker will post a profit of $2.05 a share",
                "2027-07-15"
            ),
            // Another name in the sentence: no day carried from the one before.
            want("The carmaker will cut its outlook", "2027-07-18"),
            want("Pinecrest Bank's profit will fall 3%", "2027-07-18"),
            want("The lender will post lower fees", "2027-07-18"),
        ]
    );
}

/// Round 62 (xd3): "the years ahead" after a preposition that belongs to the verb
/// ("penciling in the years ahead") is as undated as "in the years ahead" (sentences we
/// wrote); a time frame counted in years still has its date.
#[test]
fn round62_xd3_the_years_ahead_has_no_date() {
    let read = |text: &str| {
        extract(text, day("2027-03-01"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("Economists see the bank penciling in a steeper path of cuts in the years ahead."),
        vec![(
            "The bank will pencil in a steeper path of cuts in the years ahead".to_string(),
            0.75,
            None
        )]
    );
    assert_eq!(
        read(
            "Economists see the bank penciling in a steeper path of cuts over the next two years."
        ),
        vec![(
            "The bank will pencil in a steeper path of cuts over the next two years".to_string(),
            0.75,
            Some("2029-03-01".to_string())
        )]
    );
}

/// Round 62 (xl2), forecasts on lines without a closing stop: a calendar's line giving the
/// figure expected for its day ("Earnings estimate: $1.10 per share" under "Monday, March
/// 9", "Wednesday: consumer prices, expected +0.3%") is that figure's forecast, due that day;
/// a summary's bullet written as a headline ("- Rains to start early, at 108% of average")
/// is read as one; a line with the figure that came in, a "to watch" title and a numbered
/// item stay none (sentences and layouts we wrote).
#[test]
fn round62_xl2_calendar_lines_and_summary_bullets() {
    let read = |text: &str| {
        extract(text, day("2026-03-07"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read("Stocks to watch this week\n\nSeveral grocers report results this week.\n\nMonday, March 9\n\nHarbor Foods (HBF), before the open\nEarnings estimate: $1.10 per share\n\nTuesday, March 10\n\nNorthwind Traders (NWT), after the close\nRevenue estimate for the quarter: $2.3 billion\n"),
        vec![
            c("Earnings estimate: $1.10 per share", 0.75, Some("2026-03-09")),
            c(
                "Revenue estimate for the quarter: $2.3 billion",
                0.75,
                Some("2026-03-10")
            ),
        ]
    );
    assert_eq!(
        read("Data calendar\n\nWednesday: Consumer price index, expected +0.3%\nFriday: Jobless claims seen at 215,000\n"),
        vec![
            c(
                "Wednesday: Consumer price index, expected +0.3%",
                0.75,
                Some("2026-03-11")
            ),
            c("Friday: Jobless claims seen at 215,000", 0.75, Some("2026-03-13")),
        ]
    );
    // Near misses: the figure that came in, a line of prose with its stop, and a numbered
    // list's entry written as a headline.
    for text in [
        "Data calendar\n\nMonday: Factory orders rose 0.5%, expected 0.3%\n",
        "Data calendar\n\nTuesday: Retail sales came in at 0.2%, expected 0.4%\n",
        "Last week the consensus estimate of $1.10 per share was too low.\n",
        "Key points\n\n1. Rains to start early, at 108% of average\n",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
    assert_eq!(
        read("Key points\n- Rains to start early, at 108% of average\n- The weather office revised its outlook on Friday\n"),
        vec![c("Rains to start early, at 108% of average", 0.95, None)]
    );
}

/// Round 63 (x63d), deadlines read from the governing time phrase (sentences we wrote):
/// a call in the present perfect ("has predicted heavier rain in July") looks ahead, so its
/// month is this year's, while the past perfect ("had projected a cut in March") still says
/// when the call was made; "next year and beyond" opens a span with no end; a half "of the
/// year" is the calendar half, not a span counted from an event ("within the first year of
/// the merger" still is); "full-year" figures are due when the year under way ends, not the
/// year's guidance (put out on its own day), nor in January or February.
#[test]
fn round63_x63d_perfect_calls_open_spans_halves_of_the_year_and_full_year_figures() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read(
            "The weather bureau has predicted heavier rainfall in the month of July this year.",
            "2027-05-10"
        ),
        vec![c(
            "Heavier rainfall in the month of July this year",
            0.75,
            Some("2027-07-31")
        )]
    );
    assert_eq!(
        read(
            "Analysts have predicted a rate cut in September.",
            "2027-05-10"
        ),
        vec![c("A rate cut in September", 0.75, Some("2027-09-30"))]
    );
    // Near miss: the past perfect tells when the call was made; no forecast.
    assert_eq!(
        read(
            "Economists had projected a rate cut in March.",
            "2027-05-10"
        ),
        vec![]
    );
    assert_eq!(
        read(
            "The agency said demand will keep rising next year and beyond.",
            "2027-05-10"
        ),
        vec![c(
            "Demand will keep rising next year and beyond",
            0.95,
            None
        )]
    );
    // Near miss: next year alone is still next year.
    assert_eq!(
        read(
            "The agency said demand will keep rising next year.",
            "2027-05-10"
        ),
        vec![c(
            "Demand will keep rising next year",
            0.95,
            Some("2028-12-31")
        )]
    );
    assert_eq!(
        read(
            "Prices are expected to recover in the first half of the year.",
            "2027-02-10"
        ),
        vec![c(
            "Prices will recover in the first half of the year",
            0.75,
            Some("2027-06-30")
        )]
    );
    // Near miss: a year counted from an event the sentence does not date has no date.
    assert_eq!(
        read(
            "Prices are expected to recover within the first year of the merger.",
            "2027-02-10"
        ),
        vec![c(
            "Prices will recover within the first year of the merger",
            0.75,
            None
        )]
    );
    assert_eq!(
        read(
            "The retailer expects full-year sales of $12 billion.",
            "2027-05-10"
        ),
        vec![c(
            "Full-year sales will be $12 billion",
            0.75,
            Some("2027-12-31")
        )]
    );
    // Near misses: the year's guidance is put out on its own day; in February the full
    // year may be the one just ended.
    assert_eq!(
        read(
            "The retailer is expected to raise its full-year guidance on Thursday.",
            "2027-05-10"
        ),
        vec![c(
            "The retailer will raise its full-year guidance on Thursday",
            0.75,
            Some("2027-05-13")
        )]
    );
    assert_eq!(
        read(
            "The retailer expects full-year sales of $12 billion.",
            "2027-02-10"
        ),
        vec![c("Full-year sales will be $12 billion", 0.75, None)]
    );
}

/// Round 63 (helper x63m): labeled forecasts that got no candidate. A pick told in the
/// present tense in the prose of a predictions section, a week's picks or a season's
/// preview ("Oakdale still falls short of the playoffs."), also after "I think"; and a
/// forecasting trade's call told in the past tense with no time ("Analysts expected
/// earnings to fall by 5%"). Near misses: the same verbs in plain news, a result told in
/// the past tense in a predictions section, one person's or few people's past call, and a
/// call from before ("had expected").
#[test]
fn round63_x63m_present_picks_and_forecasters_calls() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read(
            "My predictions for the 2026 season\n\nThe Hawks look sharp after the trade. Oakdale still falls short of the playoffs. Riverton finally runs out of answers against the Hawks.\n",
            "2026-03-07"
        ),
        vec![
            c(
                "Oakdale still falls short of the playoffs",
                0.9,
                Some("2026-12-31")
            ),
            c(
                "Riverton finally runs out of answers against the Hawks",
                0.9,
                Some("2026-12-31")
            ),
        ]
    );
    assert_eq!(
        read(
            "NFL Week 5 picks: our experts pick every game\n\nJets at Bills\n\nThe Jets are tired. This game stays close throughout.\n",
            "2026-10-07"
        ),
        vec![c("This game stays close throughout", 0.9, Some("2026-10-11"))]
    );
    assert_eq!(
        read(
            "NFL Week 5 picks: our experts pick every game\n\nBears at Lions\n\nThe Bears lost three straight. I think they respond to the loss and win by a field goal.\n",
            "2026-10-07"
        ),
        vec![c(
            "They respond to the loss and win by a field goal",
            0.7,
            Some("2026-10-11")
        )]
    );
    assert_eq!(
        read(
            "Analysts expected earnings at Harbor Foods to fall by 5% to $1.10 a share.\n",
            "2026-03-07"
        ),
        vec![c(
            "Earnings at Harbor Foods will fall by 5% to $1.10 a share",
            0.75,
            None
        )]
    );
    for text in [
        "My predictions for the 2026 season\n\nThe Hawks won the opener last week. Oakdale has the best defense in the league.\n",
        "Oakdale falls short of its sales goal again. The grocer runs out of shelf space each spring.\n",
        "One analyst expected earnings to fall by 5%.\n",
        "Few economists predicted growth to slow.\n",
        "Analysts had expected profit to rise by 4%.\n",
        "Analysts expected earnings to fall by 5%, but they rose.\n",
    ] {
        assert_eq!(read(text, "2026-03-07"), vec![], "{text}");
    }
}

/// Round 64 (x64m): labeled forecasts whose sentence gave no candidate. A ranked list's item
/// whose rank was left off ("River Song ($9 million)" between two "#N:" lines of a projected
/// top five); "the most likely" or "the likeliest" said of one subject; a bare modal before a
/// verb of a level's change without an object ("could develop over the airport"), before "be
/// able to" and before a verb of winning a place ("may eke out a place"). Near misses: the
/// same amount lines under no predictions heading, a class ranked by likelihood, the level
/// verbs with an object, a modal of a reader's state.
#[test]
fn round64_x64m_unmarked_items_likeliest_subjects_and_modal_events() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read(
            "Here is the projected top five for the weekend:\n#1: Moonfall ($40 million)\n#2: The Quiet Harbor ($22 million)\nRiver Song ($9 million)\n#4: Night Train ($6 million)\nLake Road ($5 million)\n\nTicket sales rose last week.\n",
            "2026-03-05"
        ),
        vec![
            c("Moonfall ($40 million)", 0.9, Some("2026-03-08")),
            c("The Quiet Harbor ($22 million)", 0.9, Some("2026-03-08")),
            c("River Song ($9 million)", 0.9, Some("2026-03-08")),
            c("Night Train ($6 million)", 0.9, Some("2026-03-08")),
            c("Lake Road ($5 million)", 0.9, Some("2026-03-08")),
        ]
    );
    for (text, want) in [
        (
            "Of the four seeds, Lindqvist looks the most likely to be upset.\n",
            c(
                "Of the four seeds, Lindqvist looks the most likely to be upset",
                0.72,
                None,
            ),
        ),
        (
            "Harbor City is the likeliest to win the cup.\n",
            c("Harbor City is the likeliest to win the cup", 0.72, None),
        ),
        (
            "The upstart studio's thriller may eke out a place in the top five.\n",
            c(
                "The upstart studio's thriller may eke out a place in the top five",
                0.4,
                None,
            ),
        ),
        (
            "Greens may even be able to grab a third seat.\n",
            c("Greens may even be able to grab a third seat", 0.4, None),
        ),
        (
            "A thick fog bank could develop over the airport during the morning.\n",
            c(
                "A thick fog bank could develop over the airport during the morning",
                0.4,
                None,
            ),
        ),
        (
            "Rainfall totals could increase sharply.\n",
            c("Rainfall totals could increase sharply", 0.4, None),
        ),
    ] {
        assert_eq!(read(text, "2026-03-05"), vec![want], "{text}");
    }
    for text in [
        "Box office results\n#1: Moonfall ($40 million)\nRiver Song ($9 million)\n",
        "Voters under 30 are the ones most likely to stay home.\n",
        "The young are the most likely to move abroad, the survey found.\n",
        "The merger would improve the company's margins.\n",
        "The agency should strengthen its oversight, the report said.\n",
        "The move may weaken sterling.\n",
        "You may be curious to know what the winter holds.\n",
    ] {
        assert_eq!(read(text, "2026-03-05"), vec![], "{text}");
    }
}

/// Round 64 (x64d), deadlines: a tipster's pick line ("Pick: Denver (-4)", "Verdict: Dallas
/// W") in a preview of matchups is due the week's Sunday when no header, lead or week gives
/// its game's day, never the season's end; a near miss, the same labels in an article with
/// no game, keeps no date. "This year" in a preview of an awards night is that night, unless
/// the clause is a figure for the year. Making or missing the playoffs is settled when the
/// regular season ends; the Cup is not a standings call.
#[test]
fn round64_x64d_pick_lines_the_article_day_within_this_year_and_playoff_berths() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read(
            "Week 6 picks\n\nDenver (-4) vs. Chicago\n\nDenver have won four straight at home and their defence looks solid.\n\nPick: Denver (-4)\n\nSeattle (-2) vs. Dallas\n\nVerdict: Dallas W\n",
            "2027-10-13"
        ),
        vec![
            c("Pick: Denver (-4)", 0.9, Some("2027-10-17")),
            c("Verdict: Dallas W", 0.9, Some("2027-10-17")),
        ]
    );
    // Near miss: no matchup, no season, no game: the labels name no game's day.
    assert_eq!(
        read(
            "My predictions for the council\n\nPrediction: The council approves the new budget.\n\nVerdict: The mayor keeps her seat.\n",
            "2027-10-13"
        ),
        vec![
            c("The council approves the new budget", 0.9, None),
            c("The mayor keeps her seat", 0.9, None),
        ]
    );
    assert_eq!(
        read(
            "Oscar predictions: who will win at the Academy Awards\n\nThe Long Road will probably win Best Picture this year.\n\nIf voters want a change this year, Harbour Lights is likely to be the big winner.\n\nThe studio expects the film to earn $200 million this year.\n",
            "2019-02-10"
        ),
        vec![
            c("The Long Road will win Best Picture this year", 0.72, Some("2019-02-24")),
            c("Harbour Lights will be the big winner", 0.72, Some("2019-02-24")),
            // Near miss: a figure for the whole year keeps the year's end.
            c("The film will earn $200 million this year", 0.75, Some("2019-12-31")),
        ]
    );
    assert_eq!(
        read(
            "NHL 2027-28 season preview\n\nThe NHL regular season opens next week.\n\nBuffalo makes improvements, but still falls short of the playoffs.\n\nBoston will probably miss the playoffs this time.\n\nToronto will win the Stanley Cup.\n",
            "2027-10-01"
        ),
        vec![
            c("Buffalo makes improvements, but still falls short of the playoffs", 0.9, Some("2028-04-15")),
            c("Boston will miss the playoffs this time", 0.72, Some("2028-04-15")),
            // Near miss: the Cup is won after the playoffs, on no day the article gives.
            c("Toronto will win the Stanley Cup", 0.95, None),
        ]
    );
}

/// Round 64 (x64p): plans announced by whoever controls the outcome. A hard-wrapped wire
/// line ending in a comma goes on with the next, so the speaker's tag stays with the act
/// it reports; a state's own act told by its officer (no nationality before the title), a
/// stated aim ("our strategy will be to"), and what a measure its author announced will do
/// are plans, not forecasts. Near misses: another state's official, an outcome no state
/// carries out, a result that is no aim, another subject's "will" after the measure, and a
/// forecaster's call on the measure stay forecasts.
#[test]
fn round64_x64p_officers_own_state_stated_aims_and_announced_measures() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    // The state's own officer, his tag on the next wrapped line.
    assert_eq!(
        read(
            "Chile will build a copper terminal at a new port near Antofagasta,\nMines Minister Jorge Soto said.",
            "2026-03-02"
        ),
        vec![]
    );
    // Near miss: another state's official tells what Chile will do.
    assert_eq!(
        read(
            "Chile will build a copper terminal at a new port near Antofagasta,\nPeruvian Trade Minister Ana Ruiz said.",
            "2026-03-02"
        ),
        vec![c(
            "Chile will build a copper terminal at a new port near Antofagasta",
            0.95,
            None
        )]
    );
    // Near miss: an outcome, not the state's act, told by its minister.
    assert_eq!(
        read(
            "Copper prices will rise next year,\nMines Minister Jorge Soto said.",
            "2026-03-02"
        ),
        vec![c(
            "Copper prices will rise next year",
            0.95,
            Some("2027-12-31")
        )]
    );
    // A stated aim.
    assert_eq!(
        read(
            "Our strategy will be to buy and grow a firm in the solar trade.",
            "2026-03-02"
        ),
        vec![]
    );
    // Near miss: a result is no aim.
    assert_eq!(
        read(
            "The result will be to push prices up by spring.",
            "2026-03-02"
        ),
        vec![c(
            "The result will be to push prices up by spring",
            0.95,
            Some("2026-06-21")
        )]
    );
    // What an announced measure will do.
    assert_eq!(
        read(
            "The relief package unveiled by the minister on Monday will cover every small firm in the region.",
            "2026-03-02"
        ),
        vec![]
    );
    assert_eq!(
        read(
            "The scheme announced by the mayor is smaller than planned, but will reach most households.",
            "2026-03-02"
        ),
        vec![]
    );
    // Near misses: another subject's "will", and a forecaster's call on the measure.
    assert_eq!(
        read(
            "The package unveiled by the minister on Monday is large, and exports will rise next year.",
            "2026-03-02"
        ),
        vec![c(
            "The package unveiled by the minister on Monday is large, and exports will rise next year",
            0.95,
            Some("2027-12-31")
        )]
    );
    assert_eq!(
        read(
            "Economists say the package unveiled on Monday will fail by June.",
            "2026-03-02"
        ),
        vec![c(
            "The package unveiled on Monday will fail by June",
            0.95,
            Some("2026-06-30")
        )]
    );
}

/// ad3: a web page's no-break, narrow or thin spaces are spaces to the claim's rules: the
/// claim kept its hedge ("are likely to fall" for "will fall"), so one article saved from
/// two browsers logged two claims.
#[test]
fn a_page_typeset_with_no_break_spaces_gives_the_same_claim() {
    let plain = "Prices are likely to fall by June, analysts at the bank said.\n";
    let want: Vec<_> = extract(plain, day("2025-05-21"))
        .into_iter()
        .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        want,
        vec![(
            "Prices will fall by June".to_string(),
            0.72,
            Some("2025-06-30".to_string())
        )]
    );
    for space in ['\u{a0}', '\u{202f}', '\u{2009}', '\u{2007}'] {
        let typeset = plain
            .replace("likely to", &format!("likely{space}to"))
            .replace("at the bank", &format!("at{space}the bank"));
        let got: Vec<_> = extract(&typeset, day("2025-05-21"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect();
        assert_eq!(got, want, "U+{:04X}", space as u32);
    }
}

/// Round 65 (x65m): labeled forecasts whose sentence gave no candidate. The writer's own
/// lower-case "may" before an event, with no time and no named holder ("the rupee may slip
/// past 88 to the dollar", "Harbor Labs may unveil a larger tablet at the show"), is a
/// possible event as a named holder's "may" is (0.4, no deadline). Near misses: a disclaimer
/// ("prices may vary", "errors may occur"), the reader's state ("you may find", "readers may
/// recall"), part of a class ("some users may notice"), a level's verb with an object ("may
/// weaken sterling"), a state ("may be useful"), a relative clause, a risk, and "could" and
/// "might", which still need a holder, a time or an event verb.
#[test]
fn round65_x65m_writers_may() {
    let read = |text: &str| {
        extract(text, day("2026-03-05"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    for text in [
        "The rupee may slip past 88 to the dollar.",
        "Harbor Labs may unveil a larger tablet at the show.",
        "The Northeast may see above-normal snowfall.",
        "The regulator may also open a second inquiry.",
        "The striker may start on the bench against Rovers.",
    ] {
        let claim = text.trim_end_matches('.').to_string();
        assert_eq!(
            read(&format!("{text}\n")),
            vec![(claim, 0.4, None)],
            "{text}"
        );
    }
    for text in [
        "Prices may vary.",
        "Errors may occur during the upgrade.",
        "You may find the new menu confusing.",
        "Readers may recall the last vote.",
        "Some users may notice a slower screen.",
        "The move may weaken sterling.",
        "The new rules may be useful to small firms.",
        "There is a risk the club may sell its captain.",
        "The bank is one lender that may change its terms.",
        "Harbor Labs could unveil a larger tablet at the show.",
        "Harbor Labs might unveil a larger tablet at the show.",
    ] {
        assert_eq!(read(&format!("{text}\n")), vec![], "{text}");
    }
}

/// Round 65 (x65d): text that broke time phrases, and deadlines set by the wrong phrase. A
/// soft hyphen inside a word and a stray control character are no part of the text; a
/// capitalised season word in a name ("Summer Lake", "Winter Park") is no time, while the
/// Winter Olympics keep theirs; "the third quarter of the year" is that quarter, not the
/// year's end; in one NFL week's picks, a paragraph naming its game's night ("the Thursday
/// night opener") dates its picks that night, not the week's Sunday. Sentences we wrote.
#[test]
fn round65_x65d_soft_hyphens_controls_season_names_quarters_of_the_year_and_night_games() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    // A soft hyphen splits "September" for a browser's line break, never for the reader.
    assert_eq!(
        read(
            "The city will probably finish the new bridge by Sep\u{ad}tember, officials said.",
            "2027-03-02"
        ),
        vec![c(
            "The city will finish the new bridge by September",
            0.72,
            Some("2027-09-30")
        )]
    );
    // A stray escape character between two sentences is a space: they are two.
    assert_eq!(
        read(
            "The council met on Monday.\u{1b}The library is likely to reopen in May.",
            "2027-03-02"
        ),
        vec![c(
            "The library will reopen in May",
            0.72,
            Some("2027-05-31")
        )]
    );
    // A season word in a place's or firm's name is no time; a season in lower case is
    // still the season.
    assert_eq!(
        read(
            "Summer Lake ($4 million) is likely to sell first, the agent said.\n\nThe board expects the merger to be approved before Winter Park votes on it.\n\nPrices will likely rise this summer.",
            "2027-03-02"
        ),
        vec![
            c("Summer Lake ($4 million) will sell first", 0.72, None),
            c("The merger will be approved before Winter Park votes on it", 0.75, None),
            c("Prices will rise this summer", 0.72, Some("2027-09-23")),
        ]
    );
    // "The third quarter of the year": the quarter's end, never the year's.
    assert_eq!(
        read(
            "Growth will likely slow in the third quarter of the year.\n\nExports will probably recover in the final quarter of the year.\n\nThe bank expects growth of 2% for the year.",
            "2027-03-02"
        ),
        vec![
            c("Growth will slow in the third quarter of the year", 0.72, Some("2027-09-30")),
            c("Exports will recover in the final quarter of the year", 0.72, Some("2027-12-31")),
            c("Growth will be 2% for the year", 0.75, Some("2027-12-31")),
        ]
    );
    // One NFL week's picks, written on a Tuesday: the Thursday night game's paragraph is
    // due that Thursday; the next paragraph's game is the week's Sunday again.
    assert_eq!(
        read(
            "NFL Week 3 picks against the spread\n\nJets @ Browns: The Browns host the Thursday night game and finally look ready. Cleveland 24, New York 17\n\nBears @ Packers: Green Bay has the better quarterback. Green Bay 27, Chicago 20\n",
            "2027-09-21"
        ),
        vec![
            c("Cleveland 24, New York 17", 0.9, Some("2027-09-23")),
            c("Green Bay 27, Chicago 20", 0.9, Some("2027-09-26")),
        ]
    );
    // Near miss: last week's Thursday night game is played; the picks keep the Sunday.
    assert_eq!(
        read(
            "NFL Week 3 picks against the spread\n\nJets @ Browns: The Browns lost last Thursday night but finally look ready. Cleveland 24, New York 17\n",
            "2027-09-21"
        ),
        vec![c("Cleveland 24, New York 17", 0.9, Some("2027-09-26"))]
    );
}

/// "The first three months of the year" is a part of the year that ends with its third
/// month, read as a quarter is; it was read as "the year" and dated December 31. Near
/// misses: the first months of something else than a year give no date from those words.
#[test]
fn the_first_months_of_a_year_end_with_the_last_of_them() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read(
            "Acme expects sales to rise in the first three months of the year, analysts said.\n\nEconomists expect inflation to ease in the first six months of 2028.\n\nThe union expects pay to rise in the first three months of next year.",
            "2027-02-10"
        ),
        vec![
            c("Sales will rise in the first three months of the year", 0.75, Some("2027-03-31")),
            c("Inflation will ease in the first six months of 2028", 0.75, Some("2028-06-30")),
            c("Pay will rise in the first three months of next year", 0.75, Some("2028-03-31")),
        ]
    );
    assert_eq!(
        read(
            "The mayor is expected to cut fees in the first three months of her term.",
            "2027-02-10"
        ),
        vec![c(
            "The mayor will cut fees in the first three months of her term",
            0.75,
            None
        )]
    );
}

/// Round 66 (x66m): a picker's "should" naming a result of the contest the piece is about.
/// In a season's preview or a week's picks, "X should be a playoff team", "X should be the
/// top seed", "X should cover" are the writer's calls, dated as the piece's other picks; a
/// "should" that names no result ("should be fun to watch", "should have a big afternoon",
/// "should be good for the rookie"), the reader's ("you should buy tickets") and the same
/// sentences outside a preview or picks stay out. Sentences we wrote.
#[test]
fn round66_x66m_pickers_should() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read(
            "Our NHL predictions for the 2027-28 season\n\nPacific Division\n\n\
             Seattle should be a playoff team. Vegas should be the top seed in the West. \
             Calgary shouldn't reach the playoffs. This team should be fun to watch. Their \
             young goalie should have a big year. You should buy tickets early.\n",
            "2027-09-20"
        ),
        vec![
            c("Seattle should be a playoff team", 0.65, Some("2028-04-15")),
            c(
                "Vegas should be the top seed in the West",
                0.65,
                Some("2028-04-15")
            ),
            c(
                "Calgary shouldn't reach the playoffs",
                0.65,
                Some("2028-04-15")
            ),
        ]
    );
    assert_eq!(
        read(
            "NFL Week 3 picks: our calls against the spread\n\nBills at Vikings\n\n\
             No matter the result, this game should be good for the rookie quarterback. \
             Minnesota should cover at home. Their top receiver should have a big afternoon.\n",
            "2027-09-20"
        ),
        vec![c(
            "Minnesota should cover at home",
            0.65,
            Some("2027-09-26")
        )]
    );
    // Outside a preview or a week's picks a bare "should" with no time stays a bare modal.
    assert_eq!(
        read(
            "Seattle should be a playoff team.\n\nMinnesota should cover at home.\n",
            "2027-09-20"
        ),
        vec![]
    );
}

/// Round 66 (x66m): "When it comes to X," puts a topic first; it is no time clause and no
/// indirect question, so the forecast after it stands. A clause opening on a real "when"
/// question or time ("When the council will vote is anyone's guess", "When it comes, the
/// storm will ...") stays out. Sentences we wrote.
#[test]
fn round66_x66m_topic_put_first() {
    let read = |text: &str| {
        extract(text, day("2027-05-03"))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    assert_eq!(
        read(
            "When it comes to tropical storms, the forecasters believe there will be 15 this \
             season.\n\nWhen it comes down to it, the council will approve the budget in June.\n"
        ),
        vec![
            c(
                "When it comes to tropical storms, the forecasters believe there will be 15 \
                 this season",
                0.85,
                Some("2027-11-30")
            ),
            c(
                "When it comes down to it, the council will approve the budget in June",
                0.95,
                Some("2027-06-30")
            ),
        ]
    );
    assert_eq!(
        read(
            "When the council will approve the budget is anyone's guess.\n\n\
             When it comes, the storm will be the first of the season.\n"
        ),
        vec![]
    );
}

#[test]
fn round66_x66d_the_nth_week_of_a_quarter_half_or_year() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    // The last or first week of a quarter, half or year is that period's last or first seven
    // days: it was read as no date at all, as only a month's weeks were counted.
    assert_eq!(
        read(
            "Traders see gold climbing in the final week of Q3.\n\nThe refinery is expected to restart in the first week of next year.\n\nShipments will probably pick up in the last week of the second quarter.",
            "2027-03-02"
        ),
        vec![
            c("Gold will climb in the final week of Q3", 0.75, Some("2027-09-30")),
            c("The refinery will restart in the first week of next year", 0.75, Some("2028-01-07")),
            c("Shipments will pick up in the last week of the second quarter", 0.72, Some("2027-06-30")),
        ]
    );
    // Near misses, read as before: a month's first week, the year's final weeks (the
    // year's end), a week named by its date.
    assert_eq!(
        read(
            "The port will likely reopen in the first week of October.\n\nExports will probably recover in the final weeks of the year.\n\nThe vote is likely to pass in the week of June 7.",
            "2027-03-02"
        ),
        vec![
            c("The port will reopen in the first week of October", 0.72, Some("2027-10-07")),
            c("Exports will recover in the final weeks of the year", 0.72, Some("2027-12-31")),
            c("The vote will pass in the week of June 7", 0.72, Some("2027-06-13")),
        ]
    );
}

#[test]
fn round66_x66d_a_forecast_documents_period_is_not_when_it_is_changed() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    // Giving or changing a forecast, outlook or target "for" a period happens on a day of its
    // own: the period it covers is no deadline, and another time in the clause governs.
    assert_eq!(
        read(
            "The fund will probably cut its outlook for 2028 in April.\n\nThe bank is likely to raise its growth forecast for next year.",
            "2027-03-02"
        ),
        vec![
            c("The fund will cut its outlook for 2028 in April", 0.72, Some("2027-04-30")),
            c("The bank will raise its growth forecast for next year", 0.72, None),
        ]
    );
    // Near misses, read as before: a figure for a period, a document no one changes, and a
    // holder revising its own forecast now (the revised figure is of that year).
    assert_eq!(
        read(
            "The bank expects growth of 2% for the year.\n\nThe company's guidance for next year will likely disappoint investors.\n\nWe revise down our forecast for 2027 shipments to 40 million units.",
            "2027-03-02"
        ),
        vec![
            c("Growth will be 2% for the year", 0.75, Some("2027-12-31")),
            c("The company's guidance for next year will disappoint investors", 0.72, Some("2028-12-31")),
            c("We revise down our forecast for 2027 shipments to 40 million units", 0.75, Some("2027-12-31")),
        ]
    );
}

#[test]
fn round67_x67_a_list_of_outcomes_each_with_its_own_direction() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    // One cue, then a list of outcomes each opening with a direction of its own: a forecast
    // an item, held as the first, due when it is. An item with no direction of its own ("and
    // the south coast") stays with the item before it.
    assert_eq!(
        read(
            "The harvest report will likely call for higher rice output, lower barley, and a small jump in oat production.\n\nRainfall over the winter is most likely to be above normal over the west and the south coast, normal over the centre and below normal over the east.",
            "2027-03-02"
        ),
        vec![
            c("The harvest report will call for higher rice output", 0.72, None),
            c("The harvest report will call for lower barley", 0.72, None),
            c("The harvest report will call for a small jump in oat production", 0.72, None),
            c("Rainfall over the winter is most likely to be above normal over the west and the south coast", 0.72, Some("2028-03-20")),
            c("Rainfall over the winter is most likely to be normal over the centre", 0.72, Some("2028-03-20")),
            c("Rainfall over the winter is most likely to be below normal over the east", 0.72, Some("2028-03-20")),
        ]
    );
    // Near misses, one forecast each as before: places with no direction of their own, the
    // same outcome said again against a base, a reason after the comma, a doubted list.
    assert_eq!(
        read(
            "Rainfall is likely to be above normal in the west, the centre and the east this winter.\n\nOutput is likely to be higher in the spring, and higher than last year.\n\nPrices will probably be higher, lower supply being the reason.\n\nThe report is unlikely to call for higher rice output and lower barley.",
            "2027-03-02"
        ),
        vec![
            c("Rainfall will be above normal in the west, the centre and the east this winter", 0.72, Some("2027-03-20")),
            c("Output will be higher in the spring, and higher than last year", 0.72, Some("2027-06-21")),
            c("Prices will be higher, lower supply being the reason", 0.72, None),
            c("The report will call for higher rice output and lower barley", 0.2, None),
        ]
    );
}

#[test]
fn round67_x67_a_sequel_told_with_before_and_its_own_figure() {
    let read = |text: &str, published: &str| {
        extract(text, day(published))
            .into_iter()
            .map(|c| (c.claim, c.probability, c.deadline.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    let c =
        |claim: &str, p: f64, due: Option<&str>| (claim.to_string(), p, due.map(str::to_string));
    // "before" and a gerund naming its own figure: a second forecast of the same subject (the
    // reported clause's), weighed by its own hedge adverb and due at its own time phrase if
    // it has them, else as the first.
    assert_eq!(
        read(
            "The coin will probably climb to $90,000 during 2027 before settling near $70,000.\n\nEconomists said the bank will keep its rate at 3% through the end of 2027, before possibly raising it by 25 basis points in 2028.",
            "2027-03-02"
        ),
        vec![
            c("The coin will climb to $90,000 during 2027", 0.72, Some("2027-12-31")),
            c("The coin will settle near $70,000", 0.72, Some("2027-12-31")),
            c("The bank will keep its rate at 3% through the end of 2027", 0.95, Some("2027-12-31")),
            c("The bank will raise it by 25 basis points in 2028", 0.4, Some("2028-12-31")),
        ]
    );
    // Near misses, one forecast each as before: a sequel with no figure of its own, a time
    // bound ("before the vote"), a doubted first.
    assert_eq!(
        read(
            "Rents will rise by June before falling back.\n\nThe shares will stay above $40 before the vote on May 4.\n\nThe index is unlikely to reach 9,000 by June before settling near 8,500.",
            "2027-03-02"
        ),
        vec![
            c("Rents will rise by June before falling back", 0.95, Some("2027-06-30")),
            c("The shares will stay above $40 before the vote on May 4", 0.95, Some("2027-05-03")),
            c("The index will reach 9,000 by June before settling near 8,500", 0.2, Some("2027-06-30")),
        ]
    );
}
