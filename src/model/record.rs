//! Forecast records as they go into the ledger (`NewForecast`) and come out (`Forecast`),
//! with their resolutions and the question events that decide them.

use super::{Outcome, Probability, ProbabilityBasis, VoidReason};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// Whether a forecast says the question's event happens (`for`) or does not (`against`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    #[default]
    For,
    Against,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::Against => "against",
        }
    }
}

impl FromStr for Stance {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "for" => Ok(Stance::For),
            "against" => Ok(Stance::Against),
            // A typo (`agianst`) names the word meant, as other keywords' do (ad4 F10).
            _ => Err(Error::invalid(
                format!("stance `{s}`"),
                format!(
                    "expected `for` or `against`{}",
                    super::names::did_you_mean_keyword(s, &["for", "against"])
                ),
            )),
        }
    }
}

/// Where a forecast stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Unresolved and its deadline has not passed.
    Open,
    /// Unresolved and past its deadline (deadline < today).
    Due,
    /// Resolved true or false.
    Resolved,
    /// Resolved void.
    Void,
}

impl Status {
    /// The status of a forecast with this outcome and deadline, on `today`.
    pub fn of(outcome: Option<Outcome>, deadline: NaiveDate, today: NaiveDate) -> Self {
        match outcome {
            Some(Outcome::Void) => Status::Void,
            Some(_) => Status::Resolved,
            None if deadline < today => Status::Due,
            None => Status::Open,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Due => "due",
            Status::Resolved => "resolved",
            Status::Void => "void",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A forecast about to be logged: validated, not yet stored.
#[derive(Debug, Clone)]
pub struct NewForecast {
    pub source: String,
    pub claim: String,
    pub probability: Probability,
    pub basis: ProbabilityBasis,
    pub made_on: NaiveDate,
    pub deadline: NaiveDate,
    pub deadline_phrase: Option<String>,
    pub question: Option<String>,
    pub stance: Stance,
    pub condition: Option<String>,
    pub article: Option<i64>,
    pub tags: Vec<String>,
}

impl NewForecast {
    /// Checks what no single field can check alone: a non-empty source and claim, and a
    /// deadline no earlier than the date made.
    pub fn validate(&self) -> Result<()> {
        if self.source.trim().is_empty() {
            return Err(Error::invalid("source", "must not be empty"));
        }
        if self.claim.trim().is_empty() {
            return Err(Error::invalid("claim", "must not be empty"));
        }
        printable("source", &self.source, true)?;
        printable("claim", &self.claim, true)?;
        if let Some(c) = &self.condition {
            printable("condition", c, true)?;
        }
        for tag in &self.tags {
            printable("tag", tag, false)?;
        }
        if let Some(q) = &self.question {
            validate_question_key(q)?;
        }
        if self.deadline < self.made_on {
            return Err(Error::DeadlineBeforeMade {
                deadline: self.deadline.to_string(),
                made_on: self.made_on.to_string(),
                phrase: self.deadline_phrase.clone(),
            });
        }
        Ok(())
    }
}

/// Checks a claim as `validate` does (not empty, printable): for a claim typed at a prompt,
/// refused there rather than when the whole review is saved.
pub fn check_claim(claim: &str) -> Result<()> {
    if claim.trim().is_empty() {
        return Err(Error::invalid("claim", "must not be empty"));
    }
    printable("claim", claim, true)
}

/// Checks a text typed at a prompt (a holder, a condition) as `validate` checks its fields
/// (printable, white space folded later by `names::canonical`).
pub fn check_text(what: &str, text: &str) -> Result<()> {
    printable(what, text, true)
}

/// Refuses control characters (a bell, an escape sequence, a NUL) in a text field: they
/// print as nothing or rewrite the terminal, so two names that look alike would be two
/// sources, and a listing could be made to show what is not stored. Line breaks and tabs
/// are white space, allowed where `space_ok` (a claim, a condition, and a source name,
/// which `names::canonical` folds to single spaces) and refused in a tag. Invisible format
/// characters are refused for the same reason (`invisible`).
fn printable(what: &str, text: &str, space_ok: bool) -> Result<()> {
    // Most text is ASCII: no invisible character is, and an ASCII control is a byte below
    // a space or DEL (white space among them: tab, line feed, vertical tab, form feed, CR).
    if text.is_ascii()
        && text
            .bytes()
            .all(|b| (b' '..0x7f).contains(&b) || (space_ok && (b'\t'..=b'\r').contains(&b)))
    {
        return Ok(());
    }
    let bad = |c: char| c.is_control() && !(space_ok && c.is_whitespace());
    if text.chars().any(bad) {
        return Err(Error::invalid(
            format!("{what} `{}`", text.escape_debug()),
            "must not contain control characters",
        ));
    }
    if let Some(c) = text.chars().find(|&c| invisible(c)) {
        return Err(Error::invalid(
            format!("{what} `{}`", text.escape_debug()),
            format!(
                "must not contain the invisible character U+{:04X}",
                u32::from(c)
            ),
        ));
    }
    Ok(())
}

/// `text` as a field may store it (`printable`): each control character other than white
/// space a space, each invisible format character (`invisible`) left out. For text the tool
/// took from an article (`extract --save`'s claims, conditions and holders), where a zero-width
/// space or soft hyphen copied from a web page ("Gas\u{200B} prices", "Sep\u{AD}tember")
/// would otherwise refuse the whole article.
pub fn printable_form(text: &str) -> std::borrow::Cow<'_, str> {
    let odd = |c: char| (c.is_control() && !c.is_whitespace()) || invisible(c);
    if !text.chars().any(odd) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .filter(|&c| !invisible(c))
        .map(|c| {
            if c.is_control() && !c.is_whitespace() {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .into()
}

/// A format character that prints as nothing or reorders what follows it: a zero-width
/// space, a word joiner, a byte-order mark, a soft hyphen, the bidirectional overrides and
/// isolates ("Daily Planet" followed by U+200B, or U+202E before a reversed name, prints
/// like "Daily Planet" and would open a second source). The zero-width joiner and
/// non-joiner (U+200C, U+200D) stay allowed: they shape Persian, Indic and emoji text.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// A question key is short and printable: no whitespace at the ends, no control characters.
pub fn validate_question_key(key: &str) -> Result<()> {
    // A key of printable ASCII (no control, no invisible character) that neither starts
    // nor ends with a space passes at once.
    if let (Some(first), Some(last)) = (key.bytes().next(), key.bytes().last()) {
        if first != b' ' && last != b' ' && key.bytes().all(|b| (b' '..0x7f).contains(&b)) {
            return Ok(());
        }
    }
    if key.trim().is_empty()
        || key.trim() != key
        || key.chars().any(|c| c.is_control() || invisible(c))
    {
        return Err(Error::invalid(
            format!("question key `{key}`"),
            "must be non-empty, without surrounding spaces, control or invisible characters",
        ));
    }
    Ok(())
}

/// A logged forecast with its current resolution, as listings show it.
#[derive(Debug, Clone, Serialize)]
pub struct Forecast {
    pub id: i64,
    pub source: String,
    pub question: String,
    pub claim: String,
    pub probability: f64,
    pub probability_basis: String,
    pub probability_low: Option<f64>,
    pub probability_high: Option<f64>,
    pub made_on: NaiveDate,
    pub deadline: NaiveDate,
    pub deadline_phrase: Option<String>,
    pub condition: Option<String>,
    pub stance: Stance,
    pub status: Status,
    pub outcome: Option<Outcome>,
    pub resolved_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub reason: Option<String>,
    pub article: Option<i64>,
    pub tags: Vec<String>,
    pub created_at: String,
    /// The earlier version this one corrects.
    pub supersedes: Option<i64>,
    /// The later version that corrects this one.
    pub superseded_by: Option<i64>,
    /// Why this version corrects the one before.
    pub correction: Option<String>,
    /// Logged after its deadline or after an outcome for it was recorded (fixed when the row
    /// was written; reports count it, `--exclude-late` leaves it out).
    pub logged_late: bool,
}

impl Forecast {
    /// This forecast as a listing reads it, its texts borrowed.
    pub fn borrowed(&self) -> ForecastRef<'_> {
        ForecastRef {
            id: self.id,
            source: &self.source,
            question: &self.question,
            claim: &self.claim,
            probability: self.probability,
            probability_basis: &self.probability_basis,
            probability_low: self.probability_low,
            probability_high: self.probability_high,
            made_on: self.made_on,
            deadline: self.deadline,
            deadline_phrase: self.deadline_phrase.as_deref(),
            condition: self.condition.as_deref(),
            stance: self.stance,
            status: self.status,
            outcome: self.outcome,
            resolved_on: self.resolved_on,
            note: self.note.as_deref(),
            reason: self.reason.as_deref(),
            article: self.article,
            tags: &self.tags,
            created_at: &self.created_at,
            supersedes: self.supersedes,
            superseded_by: self.superseded_by,
            correction: self.correction.as_deref(),
            logged_late: self.logged_late,
        }
    }
}

/// A forecast as a listing reads it, every text borrowed from the row being read (or from
/// a `Forecast`), so `list --format csv` writes a row and its filters test it without
/// copying a field.
#[derive(Debug, Clone, Copy)]
pub struct ForecastRef<'a> {
    pub id: i64,
    pub source: &'a str,
    pub question: &'a str,
    pub claim: &'a str,
    pub probability: f64,
    pub probability_basis: &'a str,
    pub probability_low: Option<f64>,
    pub probability_high: Option<f64>,
    pub made_on: NaiveDate,
    pub deadline: NaiveDate,
    pub deadline_phrase: Option<&'a str>,
    pub condition: Option<&'a str>,
    pub stance: Stance,
    pub status: Status,
    pub outcome: Option<Outcome>,
    pub resolved_on: Option<NaiveDate>,
    pub note: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub article: Option<i64>,
    pub tags: &'a [String],
    pub created_at: &'a str,
    pub supersedes: Option<i64>,
    pub superseded_by: Option<i64>,
    pub correction: Option<&'a str>,
    pub logged_late: bool,
}

impl ForecastRef<'_> {
    /// The forecast with its texts copied.
    pub fn to_forecast(&self) -> Forecast {
        Forecast {
            id: self.id,
            source: self.source.to_string(),
            question: self.question.to_string(),
            claim: self.claim.to_string(),
            probability: self.probability,
            probability_basis: self.probability_basis.to_string(),
            probability_low: self.probability_low,
            probability_high: self.probability_high,
            made_on: self.made_on,
            deadline: self.deadline,
            deadline_phrase: self.deadline_phrase.map(str::to_string),
            condition: self.condition.map(str::to_string),
            stance: self.stance,
            status: self.status,
            outcome: self.outcome,
            resolved_on: self.resolved_on,
            note: self.note.map(str::to_string),
            reason: self.reason.map(str::to_string),
            article: self.article,
            tags: self.tags.to_vec(),
            created_at: self.created_at.to_string(),
            supersedes: self.supersedes,
            superseded_by: self.superseded_by,
            correction: self.correction.map(str::to_string),
            logged_late: self.logged_late,
        }
    }
}

/// One resolution entry in a forecast's history.
#[derive(Debug, Clone, Serialize)]
pub struct Resolution {
    pub outcome: Outcome,
    pub resolved_on: NaiveDate,
    pub note: Option<String>,
    pub reason: Option<VoidReason>,
    /// The question event that decided it, when it was not resolved by hand.
    pub by_question_event: Option<String>,
    pub recorded_at: String,
    /// Who recorded it, from its journal entry (none before schema 6 or in an import).
    pub by: Option<String>,
}

/// What happened to a question's event; decides the forecasts on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionEvent {
    /// The event happened on this day.
    HappenedOn(NaiveDate),
    /// The event had not happened by the end of this day.
    NotBy(NaiveDate),
    /// The question is ill-posed: every forecast on it is void.
    Annul,
}

impl QuestionEvent {
    pub fn kind(self) -> &'static str {
        match self {
            QuestionEvent::HappenedOn(_) => "happened-on",
            QuestionEvent::NotBy(_) => "not-by",
            QuestionEvent::Annul => "annul",
        }
    }

    pub fn date(self) -> Option<NaiveDate> {
        match self {
            QuestionEvent::HappenedOn(d) | QuestionEvent::NotBy(d) => Some(d),
            QuestionEvent::Annul => None,
        }
    }

    /// The outcome this event gives a forecast with `deadline` and `stance`, or `None`
    /// when the event does not decide it yet (a `not-by` before its deadline).
    pub fn decides(self, deadline: NaiveDate, stance: Stance) -> Option<Outcome> {
        let for_event = match self {
            QuestionEvent::HappenedOn(d) => {
                if deadline >= d {
                    Outcome::True
                } else {
                    Outcome::False
                }
            }
            QuestionEvent::NotBy(d) => {
                if deadline <= d {
                    Outcome::False
                } else {
                    return None;
                }
            }
            QuestionEvent::Annul => return Some(Outcome::Void),
        };
        Some(match stance {
            Stance::For => for_event,
            Stance::Against => for_event.flipped(),
        })
    }

    /// Whether this event and `other`, both said of one question, cannot both be true: an
    /// annulment with anything else, two different days it happened on, or "not by N" with
    /// "happened on D" for D <= N. Two `not-by` dates agree (the later says more); the same
    /// event twice is a repeat, refused as well so a question's record stays one story.
    pub fn contradicts(self, other: QuestionEvent) -> bool {
        use QuestionEvent::*;
        match (self, other) {
            (Annul, _) | (_, Annul) => true,
            (HappenedOn(a), HappenedOn(b)) => a != b || self == other,
            (HappenedOn(d), NotBy(n)) | (NotBy(n), HappenedOn(d)) => d <= n,
            (NotBy(_), NotBy(_)) => self == other,
        }
    }

    /// What a question's outcomes in force (`events`, none contradicting another) say
    /// together, as one event: an annulment; else the day it happened on; else the latest
    /// `not-by` date (an earlier one says less). `None` for no events.
    pub fn in_sum(events: &[QuestionEvent]) -> Option<QuestionEvent> {
        use QuestionEvent::*;
        events.iter().copied().max_by_key(|e| match e {
            Annul => (2, None),
            HappenedOn(d) => (1, Some(*d)),
            NotBy(d) => (0, Some(*d)),
        })
    }

    /// Builds an event from its stored kind and date.
    pub fn from_parts(kind: &str, date: Option<NaiveDate>) -> Result<Self> {
        // Any ASCII case (`Happened-On` from a spreadsheet), as outcomes and stances are
        // read (an adversary's spreadsheet pass, 2026-12-05).
        let is = |word: &str| kind.trim().eq_ignore_ascii_case(word);
        match date {
            Some(d) if is("happened-on") => Ok(QuestionEvent::HappenedOn(d)),
            Some(d) if is("not-by") => Ok(QuestionEvent::NotBy(d)),
            _ if is("annul") => Ok(QuestionEvent::Annul),
            _ => Err(Error::invalid(
                format!("question event `{kind}`"),
                "expected happened-on DATE, not-by DATE or annul",
            )),
        }
    }
}

impl fmt::Display for QuestionEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.date() {
            Some(d) => write!(f, "{} {d}", self.kind()),
            None => f.write_str(self.kind()),
        }
    }
}

#[cfg(test)]
mod tests {

    // Worked by hand from the resolution rules (issue 11: both were accepted).
    #[test]
    fn contradictory_question_events_are_told_apart_from_consistent_ones() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let on = |s| QuestionEvent::HappenedOn(d(s));
        let not_by = |s| QuestionEvent::NotBy(d(s));
        assert!(on("2026-02-01").contradicts(not_by("2026-03-01")));
        assert!(not_by("2026-02-01").contradicts(on("2026-02-01")));
        assert!(!not_by("2026-01-31").contradicts(on("2026-02-01")));
        assert!(on("2026-02-01").contradicts(on("2026-02-02")));
        assert!(on("2026-02-01").contradicts(on("2026-02-01")), "a repeat");
        assert!(!not_by("2026-01-01").contradicts(not_by("2026-02-01")));
        assert!(QuestionEvent::Annul.contradicts(not_by("2026-01-01")));
        assert!(on("2026-01-01").contradicts(QuestionEvent::Annul));
    }

    use super::*;

    /// The checks before their ASCII fast paths, to compare with.
    fn printable_by_chars(text: &str, space_ok: bool) -> bool {
        !text
            .chars()
            .any(|c| (c.is_control() && !(space_ok && c.is_whitespace())) || invisible(c))
    }
    fn key_by_chars(key: &str) -> bool {
        !(key.trim().is_empty()
            || key.trim() != key
            || key.chars().any(|c| c.is_control() || invisible(c)))
    }

    #[test]
    fn the_ascii_fast_paths_accept_exactly_what_the_char_checks_accept() {
        let mut texts: Vec<String> = Vec::new();
        for a in 0u8..128 {
            texts.push(format!("{}", a as char));
            for b in [b' ', b'a', b'\t', b'\n', 0x7f, 0] {
                texts.push(format!("{}x{}", a as char, b as char));
                texts.push(format!("x{}{}", b as char, a as char));
            }
        }
        for t in [
            "",
            " ",
            "caf\u{e9}",
            "a\u{200b}b",
            "\u{85}",
            "\u{a0}k",
            "k\u{3000}",
        ] {
            texts.push(t.to_string());
        }
        for t in &texts {
            for space_ok in [false, true] {
                assert_eq!(
                    printable("f", t, space_ok).is_ok(),
                    printable_by_chars(t, space_ok),
                    "{t:?} {space_ok}"
                );
            }
            assert_eq!(validate_question_key(t).is_ok(), key_by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn outcomes_in_force_sum_to_the_one_that_says_most() {
        let on = |s: &str| QuestionEvent::HappenedOn(d(s));
        let not_by = |s: &str| QuestionEvent::NotBy(d(s));
        assert_eq!(QuestionEvent::in_sum(&[]), None);
        assert_eq!(
            QuestionEvent::in_sum(&[
                not_by("2026-01-31"),
                not_by("2026-03-31"),
                not_by("2026-02-28")
            ]),
            Some(not_by("2026-03-31"))
        );
        assert_eq!(
            QuestionEvent::in_sum(&[not_by("2026-01-31"), on("2026-02-10")]),
            Some(on("2026-02-10"))
        );
        assert_eq!(
            QuestionEvent::in_sum(&[QuestionEvent::Annul]),
            Some(QuestionEvent::Annul)
        );
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn happened_on_makes_later_deadlines_true_and_earlier_false() {
        let e = QuestionEvent::HappenedOn(d("2025-06-10"));
        assert_eq!(e.decides(d("2025-06-10"), Stance::For), Some(Outcome::True));
        assert_eq!(e.decides(d("2025-12-31"), Stance::For), Some(Outcome::True));
        assert_eq!(
            e.decides(d("2025-06-09"), Stance::For),
            Some(Outcome::False)
        );
    }

    #[test]
    fn not_by_decides_only_deadlines_up_to_its_date() {
        let e = QuestionEvent::NotBy(d("2025-06-10"));
        assert_eq!(
            e.decides(d("2025-06-10"), Stance::For),
            Some(Outcome::False)
        );
        assert_eq!(
            e.decides(d("2025-01-01"), Stance::For),
            Some(Outcome::False)
        );
        assert_eq!(e.decides(d("2025-06-11"), Stance::For), None);
    }

    #[test]
    fn against_flips_true_and_false_but_not_void() {
        let e = QuestionEvent::HappenedOn(d("2025-06-10"));
        assert_eq!(
            e.decides(d("2025-07-01"), Stance::Against),
            Some(Outcome::False)
        );
        assert_eq!(
            e.decides(d("2025-06-01"), Stance::Against),
            Some(Outcome::True)
        );
        let n = QuestionEvent::NotBy(d("2025-06-10"));
        assert_eq!(
            n.decides(d("2025-06-01"), Stance::Against),
            Some(Outcome::True)
        );
        assert_eq!(
            QuestionEvent::Annul.decides(d("2025-06-01"), Stance::Against),
            Some(Outcome::Void)
        );
    }

    #[test]
    fn status_follows_outcome_then_deadline() {
        let today = d("2026-01-10");
        assert_eq!(Status::of(None, d("2026-01-10"), today), Status::Open);
        assert_eq!(Status::of(None, d("2026-01-09"), today), Status::Due);
        assert_eq!(
            Status::of(Some(Outcome::False), d("2026-01-09"), today),
            Status::Resolved
        );
        assert_eq!(
            Status::of(Some(Outcome::Void), d("2026-05-09"), today),
            Status::Void
        );
    }

    #[test]
    fn outcome_reads_spreadsheet_spellings() {
        for (s, o) in [
            ("1", Outcome::True),
            ("0.0", Outcome::False),
            ("Yes", Outcome::True),
            ("no", Outcome::False),
            ("void", Outcome::Void),
        ] {
            assert_eq!(Outcome::parse_loose(s).unwrap(), o);
        }
        assert!(Outcome::parse_loose("maybe").is_err());
    }
}
