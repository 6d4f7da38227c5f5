//! Named events whose day no rule gives: the day of each edition, as the organizers held or
//! announced it. A forecast on one of them with no date of its own ("X will win Eurovision",
//! "the FIFA World Cup will be won by Y", "the line won't be ready for the 2028 Olympics") is
//! settled that day; an awards article's undated picks ("Who will win: X") on its ceremony's
//! day. Days that a rule does give (the Super Bowl, Thanksgiving, Black Friday, Christmas Eve,
//! US Election Day) are time phrases of their own in `time::holidays`.
//!
//! The editions (checked against each organizer's published day):
//! - the Eurovision Song Contest: the day of its final (a Saturday in May; none in 2020);
//! - the FIFA World Cup: the day of its final; only where the article speaks of no other
//!   World Cup (cricket, its wickets or ODIs, rugby, T20, women's);
//! - the Olympics: the closing day (Tokyo's 2020 Games closed on 2021-08-08); "Winter" or
//!   "Summer" picks the Games, else the next of either;
//! - the European Parliament elections: the last day of voting;
//! - Wimbledon: the day of the men's singles final (none in 2020);
//! - the Academy Awards (Oscars) and the Primetime Emmys: the ceremony's day.
//!
//! A ruling of the US Supreme Court with no date is due at the end of its term (June 30), by
//! rule (`court_term_end`).
//!
//! A sentence's own year from publication on picks that edition (a year with none gives
//! nothing: the cricket "World Cup 2019"); without one, the next edition not yet over, if it
//! is held within 18 months.

use chrono::{Datelike, NaiveDate};

/// One recurring event: the names that call it (matched as capitalized whole words) and
/// `(edition year, final day)` for each edition.
struct Event {
    names: &'static [&'static str],
    days: &'static [(i32, (i32, u32, u32))],
    /// Whether the name is ambiguous between sports (`World Cup`): then the article must
    /// name no other one.
    fifa: bool,
}

const EUROVISION: &[(i32, (i32, u32, u32))] = &[
    (2010, (2010, 5, 29)),
    (2011, (2011, 5, 14)),
    (2012, (2012, 5, 26)),
    (2013, (2013, 5, 18)),
    (2014, (2014, 5, 10)),
    (2015, (2015, 5, 23)),
    (2016, (2016, 5, 14)),
    (2017, (2017, 5, 13)),
    (2018, (2018, 5, 12)),
    (2019, (2019, 5, 18)),
    (2021, (2021, 5, 22)),
    (2022, (2022, 5, 14)),
    (2023, (2023, 5, 13)),
    (2024, (2024, 5, 11)),
    (2025, (2025, 5, 17)),
    (2026, (2026, 5, 16)),
];

const WORLD_CUP: &[(i32, (i32, u32, u32))] = &[
    (2010, (2010, 7, 11)),
    (2014, (2014, 7, 13)),
    (2018, (2018, 7, 15)),
    (2022, (2022, 12, 18)),
    (2026, (2026, 7, 19)),
];

const WINTER_GAMES: &[(i32, (i32, u32, u32))] = &[
    (2010, (2010, 2, 28)),
    (2014, (2014, 2, 23)),
    (2018, (2018, 2, 25)),
    (2022, (2022, 2, 20)),
    (2026, (2026, 2, 22)),
];

const SUMMER_GAMES: &[(i32, (i32, u32, u32))] = &[
    (2012, (2012, 8, 12)),
    (2016, (2016, 8, 21)),
    (2020, (2021, 8, 8)),
    (2024, (2024, 8, 11)),
    (2028, (2028, 7, 30)),
];

const OLYMPICS: &[(i32, (i32, u32, u32))] = &[
    (2010, (2010, 2, 28)),
    (2012, (2012, 8, 12)),
    (2014, (2014, 2, 23)),
    (2016, (2016, 8, 21)),
    (2018, (2018, 2, 25)),
    (2020, (2021, 8, 8)),
    (2022, (2022, 2, 20)),
    (2024, (2024, 8, 11)),
    (2026, (2026, 2, 22)),
    (2028, (2028, 7, 30)),
];

const EU_ELECTIONS: &[(i32, (i32, u32, u32))] = &[
    (2009, (2009, 6, 7)),
    (2014, (2014, 5, 25)),
    (2019, (2019, 5, 26)),
    (2024, (2024, 6, 9)),
];

const WIMBLEDON: &[(i32, (i32, u32, u32))] = &[
    (2010, (2010, 7, 4)),
    (2011, (2011, 7, 3)),
    (2012, (2012, 7, 8)),
    (2013, (2013, 7, 7)),
    (2014, (2014, 7, 6)),
    (2015, (2015, 7, 12)),
    (2016, (2016, 7, 10)),
    (2017, (2017, 7, 16)),
    (2018, (2018, 7, 15)),
    (2019, (2019, 7, 14)),
    (2021, (2021, 7, 11)),
    (2022, (2022, 7, 10)),
    (2023, (2023, 7, 16)),
    (2024, (2024, 7, 14)),
    (2025, (2025, 7, 13)),
    (2026, (2026, 7, 12)),
];

const OSCARS: &[(i32, (i32, u32, u32))] = &[
    (2010, (2010, 3, 7)),
    (2011, (2011, 2, 27)),
    (2012, (2012, 2, 26)),
    (2013, (2013, 2, 24)),
    (2014, (2014, 3, 2)),
    (2015, (2015, 2, 22)),
    (2016, (2016, 2, 28)),
    (2017, (2017, 2, 26)),
    (2018, (2018, 3, 4)),
    (2019, (2019, 2, 24)),
    (2020, (2020, 2, 9)),
    (2021, (2021, 4, 25)),
    (2022, (2022, 3, 27)),
    (2023, (2023, 3, 12)),
    (2024, (2024, 3, 10)),
    (2025, (2025, 3, 2)),
    (2026, (2026, 3, 15)),
];

const EMMYS: &[(i32, (i32, u32, u32))] = &[
    (2010, (2010, 8, 29)),
    (2011, (2011, 9, 18)),
    (2012, (2012, 9, 23)),
    (2013, (2013, 9, 22)),
    (2014, (2014, 8, 25)),
    (2015, (2015, 9, 20)),
    (2016, (2016, 9, 18)),
    (2017, (2017, 9, 17)),
    (2018, (2018, 9, 17)),
    (2019, (2019, 9, 22)),
    (2020, (2020, 9, 20)),
    (2021, (2021, 9, 19)),
    (2022, (2022, 9, 12)),
    (2023, (2024, 1, 15)),
    (2024, (2024, 9, 15)),
    (2025, (2025, 9, 14)),
];

/// The events, the more specific names first ("Winter Olympics" before "Olympics").
const EVENTS: &[Event] = &[
    Event {
        names: &["Eurovision"],
        days: EUROVISION,
        fifa: false,
    },
    Event {
        names: &["World Cup"],
        days: WORLD_CUP,
        fifa: true,
    },
    Event {
        names: &["Winter Olympic", "Winter Games"],
        days: WINTER_GAMES,
        fifa: false,
    },
    Event {
        names: &["Summer Olympic", "Summer Games"],
        days: SUMMER_GAMES,
        fifa: false,
    },
    Event {
        names: &["Olympic"],
        days: OLYMPICS,
        fifa: false,
    },
    Event {
        names: &[
            "European Parliament election",
            "European Parliament vote",
            "European election",
            "EU election",
        ],
        days: EU_ELECTIONS,
        fifa: false,
    },
    Event {
        names: &["Wimbledon"],
        days: WIMBLEDON,
        fifa: false,
    },
    // Not "Oscar" alone, a first name too ("Oscar Piastri will win").
    Event {
        names: &["Oscars", "Oscar night", "Academy Award"],
        days: OSCARS,
        fifa: false,
    },
    Event {
        names: &["Emmys", "Emmy Award"],
        days: EMMYS,
        fifa: false,
    },
];

/// Whether `name` starts at byte `i` of `text` with no letter or digit before it (what follows
/// may be a plural or "-s": "Oscars", "Olympics", "elections").
fn word_at(text: &str, i: usize, name: &str) -> bool {
    text.as_bytes()[i..].starts_with(name.as_bytes())
        && !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// The first event a sentence names, by its position: one pass over the sentence, comparing
/// names only where a capital letter starts a word.
fn named(sentence: &str, other_world_cup: bool) -> Option<&'static Event> {
    let b = sentence.as_bytes();
    (0..b.len())
        .filter(|&i| b[i].is_ascii_uppercase())
        .find_map(|i| {
            EVENTS.iter().find(|e| {
                e.names
                    .iter()
                    .any(|n| n.as_bytes()[0] == b[i] && word_at(sentence, i, n))
            })
        })
        .filter(|e| !(e.fifa && other_world_cup))
}

/// The day of the edition an event's sentence means: the edition of a year the sentence
/// names from publication on (nothing when no edition has it), else the next not yet over.
fn edition_day(e: &Event, sentence: &str, published: NaiveDate) -> Option<NaiveDate> {
    let years: Vec<i32> = sentence
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| *y >= published.year() && *y <= published.year() + 10)
        .collect();
    let day = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d);
    let found = if years.is_empty() {
        // "Brazil will win the World Cup" four years before the next one is no call on it.
        e.days
            .iter()
            .filter_map(|(_, d)| day(*d))
            .find(|d| *d >= published)
            .filter(|d| (*d - published).num_days() <= 548)
    } else {
        e.days
            .iter()
            .find(|(edition, _)| years.contains(edition))
            .and_then(|(_, d)| day(*d))
    };
    found.filter(|d| *d >= published)
}

/// The day of the named event a sentence forecasts, for a forecast with no date of its own
/// ("Estonia will win Eurovision", "won't be ready for the 2028 Olympics"). `other_world_cup`
/// says whether the article speaks of a World Cup other than FIFA's men's one.
pub(super) fn named_event_day(
    sentence: &str,
    published: NaiveDate,
    other_world_cup: bool,
) -> Option<NaiveDate> {
    let e = named(sentence, other_world_cup)?;
    edition_day(e, sentence, published)
}

/// The day a sentence's named event or court ruling is due (`named_event_day`,
/// `court_term_end`), for a forecast with no date of its own.
pub(super) fn sentence_day(
    (sentence, lowered): (&str, &str),
    article: Article,
    published: NaiveDate,
) -> Option<NaiveDate> {
    named_event_day(sentence, published, article.other_world_cup)
        .or_else(|| court_term_end((sentence, lowered), article, published))
}

/// Whether an article speaks of a World Cup other than FIFA's men's one.
pub(super) fn other_world_cup(text: &str) -> bool {
    [
        "cricket",
        "Cricket",
        "wicket",
        "ODI",
        "rugby",
        "Rugby",
        "T20",
        "Women's World Cup",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// What an article says once that its sentences' named events need: whether its "World Cup"
/// may be another sport's, and whether its court is the US Supreme Court.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Article {
    pub(super) other_world_cup: bool,
    pub(super) us_supreme_court: bool,
}

impl Article {
    /// Read from the article's text once (a few substring searches).
    pub(super) fn of(text: &str) -> Article {
        Article {
            other_world_cup: other_world_cup(text),
            us_supreme_court: [
                "U.S. Supreme Court",
                "US Supreme Court",
                "United States Supreme Court",
                "SCOTUS",
            ]
            .iter()
            .any(|w| text.contains(w)),
        }
    }
}

/// The day a ruling of the US Supreme Court is due when the sentence names none ("the court
/// will decide the case 6-3", "Justice Roe will write the dissent"): the end of June, when
/// the term's last opinions come out (a term opens the first Monday of October and hands
/// down its decisions by the end of June). Only in an article naming the US Supreme Court,
/// for a sentence naming the court, its justices or a justice, and a decision, ruling,
/// opinion, majority or dissent; the next June 30 on or after publication.
pub(super) fn court_term_end(
    (sentence, lowered): (&str, &str),
    article: Article,
    published: NaiveDate,
) -> Option<NaiveDate> {
    if !article.us_supreme_court {
        return None;
    }
    // "Justice Jane Roe", not "the Justice Department".
    let justice = sentence.match_indices("Justice ").any(|(i, w)| {
        let rest = &sentence[i + w.len()..];
        rest.starts_with(|c: char| c.is_ascii_uppercase()) && !rest.starts_with("Department")
    });
    let court = justice || ["court", "justices"].iter().any(|w| lowered.contains(w));
    let ruling = [
        "decide", "decision", "rule ", "rules ", "ruling", "opinion", "majority", "dissent",
    ]
    .iter()
    .any(|w| lowered.contains(w));
    if !(court && ruling) {
        return None;
    }
    let this = NaiveDate::from_ymd_opt(published.year(), 6, 30)?;
    if this >= published {
        Some(this)
    } else {
        NaiveDate::from_ymd_opt(published.year() + 1, 6, 30)
    }
}

/// The one-day events `awards_night` knows (awards, and the Wimbledon final), by the names an
/// article about them uses.
type Editions = &'static [(i32, (i32, u32, u32))];
const AWARDS: &[(&[&str], Editions)] = &[
    (&["Oscar", "Academy Award"], OSCARS),
    (&["Emmy"], EMMYS),
    (&["Wimbledon"], WIMBLEDON),
];

/// The ceremony day of the awards an article is about (the Oscars, the Emmys; likewise the
/// Wimbledon men's final for a Wimbledon preview): one it names
/// at least twice, or once in its first three lines, held from publication to 45 days later.
/// Its picks and calls with no date ("Who will win: X", "X should take Best Actor") are
/// settled that night. One pass over the article per award.
pub(super) fn awards_night(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    // Where the third line with words ends.
    let mut lead_end = text.len();
    let (mut lines, mut at) = (0, 0);
    for line in text.split_inclusive('\n') {
        at += line.len();
        if !line.trim().is_empty() {
            lines += 1;
            if lines == 3 {
                lead_end = at;
                break;
            }
        }
    }
    // One pass over the article for every award: how often each is named, and whether in
    // the lead, compared only where a capital that starts one of its names stands.
    let b = text.as_bytes();
    let mut first = [false; 256];
    for n in AWARDS.iter().flat_map(|(names, _)| names.iter()) {
        first[usize::from(n.as_bytes()[0])] = true;
    }
    let mut seen = [(0usize, false); AWARDS.len()];
    for i in (0..b.len()).filter(|&i| first[usize::from(b[i])]) {
        for (k, (names, _)) in AWARDS.iter().enumerate() {
            if names
                .iter()
                .any(|n| n.as_bytes()[0] == b[i] && word_at(text, i, n))
            {
                seen[k].0 += 1;
                seen[k].1 |= i < lead_end;
            }
        }
    }
    AWARDS
        .iter()
        .zip(seen)
        .find_map(|((_, days), (count, in_lead))| {
            if count < 2 && !in_lead {
                return None;
            }
            days.iter()
                .filter_map(|(_, (y, m, d))| NaiveDate::from_ymd_opt(*y, *m, *d))
                .find(|d| *d >= published && (*d - published).num_days() <= 45)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn named_events_are_due_on_their_editions_day() {
        let day = |s: &str, p: &str| named_event_day(s, d(p), false).map(|x| x.to_string());
        // Without a year: the next edition not yet over.
        assert_eq!(
            day(
                "3. Norway will win the Eurovision Song Contest.",
                "2014-01-01"
            )
            .as_deref(),
            Some("2014-05-10")
        );
        assert_eq!(
            day("Brazil will lift the FIFA World Cup.", "2021-08-01").as_deref(),
            Some("2022-12-18")
        );
        // The next edition more than 18 months away: no call on it.
        assert_eq!(
            day("Brazil will lift the FIFA World Cup.", "2018-08-01"),
            None
        );
        assert_eq!(
            day(
                "Skiers from Norway will top the Winter Olympics medal table.",
                "2017-03-01"
            )
            .as_deref(),
            Some("2018-02-25")
        );
        assert_eq!(
            day("The Olympics will lose money again.", "2025-06-01").as_deref(),
            Some("2026-02-22")
        );
        assert_eq!(
            day(
                "Greens will gain seats in the European Parliament elections.",
                "2019-01-02"
            )
            .as_deref(),
            Some("2019-05-26")
        );
        // A year names the edition; a year with none gives nothing.
        assert_eq!(
            day(
                "The tram won't be ready for the 2028 Olympic Games.",
                "2025-01-27"
            )
            .as_deref(),
            Some("2028-07-30")
        );
        assert_eq!(
            day(
                "Hosts will reach the last four of the World Cup 2019.",
                "2019-05-01"
            )
            .as_deref(),
            None
        );
        // Another World Cup in the article: not FIFA's.
        assert!(other_world_cup("The wicket-keeper will bat first."));
        assert!(!other_world_cup("The keeper will start."));
        assert_eq!(
            named_event_day("Hosts will win the World Cup.", d("2018-01-01"), true),
            None
        );
        // No event: nothing; "Olympia" is no Olympics and "Oscar" alone a first name.
        assert_eq!(day("Olympia will win the title.", "2018-01-01"), None);
        assert_eq!(day("Oscar Doe will win the title.", "2018-01-01"), None);
        assert_eq!(
            day("Roma will win Best Picture at the Oscars.", "2019-02-06").as_deref(),
            Some("2019-02-24")
        );
    }

    #[test]
    fn a_supreme_court_ruling_is_due_at_the_terms_end() {
        let us = Article::of("The U.S. Supreme Court hears the case.");
        let day = |s: &str, a: Article, p: &str| {
            court_term_end((s, &s.to_ascii_lowercase()), a, d(p)).map(|x| x.to_string())
        };
        assert_eq!(
            day(
                "2. By 5-4, the court will decide the case for the town.",
                us,
                "2019-01-02"
            )
            .as_deref(),
            Some("2019-06-30")
        );
        assert_eq!(
            day("Justice Jane Roe will write the dissent.", us, "2019-10-07").as_deref(),
            Some("2020-06-30")
        );
        // No ruling, the Justice Department, or a court not the US Supreme Court: nothing.
        assert_eq!(day("The court will stay busy.", us, "2019-01-02"), None);
        assert_eq!(
            day(
                "The Justice Department will decide on charges.",
                us,
                "2019-01-02"
            ),
            None
        );
        let other = Article::of("The Supreme Court of Ruritania hears the case.");
        assert_eq!(
            day(
                "The court will decide the case for the town.",
                other,
                "2019-01-02"
            ),
            None
        );
    }

    #[test]
    fn an_awards_article_is_due_on_its_ceremony_night() {
        let lead = "date 2017-09-12\n\nOur picks for the Emmy Awards\n\nWho will win: A show.\n";
        assert_eq!(awards_night(lead, d("2017-09-12")), Some(d("2017-09-17")));
        let twice = "Best picture\n\nA\n\nB\n\nC\n\nWhat will win: A film. It is an Oscar \
                     film, and Oscars go to such films.";
        assert_eq!(awards_night(twice, d("2019-02-06")), Some(d("2019-02-24")));
        // Named once, late in the article: not about the awards.
        let once = "Line one\n\nLine two\n\nLine three\n\nShe was nominated for an Oscar.";
        assert_eq!(awards_night(once, d("2019-02-06")), None);
        let tennis =
            "Wimbledon preview\n\nOne\n\nTwo\n\nThe champion will come from the top three.";
        assert_eq!(awards_night(tennis, d("2019-06-28")), Some(d("2019-07-14")));
        // More than 45 days before the ceremony: too far to be its preview.
        assert_eq!(awards_night(twice, d("2018-12-01")), None);
    }
}
