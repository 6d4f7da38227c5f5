//! Deadlines: from the time phrases `timefind` found, the one that governs the predicted
//! event, and the inclusive last day it gives, with notes for the reviewer (a phrase with
//! no date, a year rolled forward, "by then" resolved to an earlier phrase).

use super::conditions::holds;
use super::timefind;
use chrono::NaiveDate;

/// The deadline a chosen time phrase gives, with review notes.
pub(super) fn deadline_of(
    chosen: Option<&timefind::Found>,
    previous: &Option<(String, crate::time::Period)>,
    review: &mut Vec<String>,
) -> (Option<NaiveDate>, Option<String>) {
    let rolled = |text: &str| {
        format!("the deadline rolled forward a year: \"{text}\" ended less than two months before publication; check which year is meant")
    };
    match chosen {
        Some(f) if f.anaphor => match previous {
            Some((text, p)) => {
                review.push(format!(
                    "\"{}\" taken to mean \"{text}\", the nearest earlier time phrase",
                    f.text
                ));
                if p.rolled_forward {
                    review.push(rolled(text));
                }
                (Some(p.last), Some(f.text.clone()))
            }
            None => {
                review.push(format!(
                    "\"{}\" refers to no earlier time phrase: no deadline",
                    f.text
                ));
                (None, Some(f.text.clone()))
            }
        },
        Some(f) => match f.period {
            Some(p) => {
                if p.rolled_forward {
                    review.push(rolled(&f.text));
                }
                (Some(p.last), Some(f.text.clone()))
            }
            None => {
                review.push(format!(
                    "the time phrase \"{}\" has no date: give one when saving",
                    f.text
                ));
                (None, Some(f.text.clone()))
            }
        },
        None => {
            review.push("no time phrase: give --default-deadline when saving".to_string());
            (None, None)
        }
    }
}

/// Whether a found phrase can still be a deadline: after publication, or without a date.
pub(super) fn ahead(f: &timefind::Found, published: NaiveDate) -> bool {
    f.anaphor || f.period.is_none_or(|p| p.last > published)
}

/// The time phrase that governs the clause at `clause` (byte span in the sentence) whose cue
/// is at `cue_at`: a phrase of the clause itself, the nearest after the cue first, then the
/// nearest before it; failing those, one inside the clause's own conditions (`my_conds`,
/// offsets relative to the clause). Phrases in the past are never chosen.
pub(super) fn governing<'a>(
    found: &'a [timefind::Found],
    clause: (usize, usize),
    conds: &[(usize, usize, String)],
    my_conds: &[(usize, usize, String)],
    cue_at: usize,
    published: NaiveDate,
) -> Option<&'a timefind::Found> {
    let (cs, ce) = clause;
    let mine: Vec<&timefind::Found> = found
        .iter()
        .filter(|f| {
            ahead(f, published)
                && ((f.start >= cs && f.end <= ce)
                    || (holds(conds, f)
                        && my_conds
                            .iter()
                            .any(|(a, b, _)| f.start >= a + cs && f.end <= b + cs)))
        })
        .collect();
    let main: Vec<&timefind::Found> = mine.iter().copied().filter(|f| !holds(conds, f)).collect();
    main.iter()
        .find(|f| f.start >= cue_at)
        .or_else(|| main.iter().rev().find(|f| f.start < cue_at))
        .copied()
        .or_else(|| mine.first().copied())
}
