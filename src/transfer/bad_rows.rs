//! The rows a file's reading refused, gathered so one refusal names them all: `import`
//! and `resolve --from` read on past a bad row (ad4 F10).

use crate::error::Error;

/// The rows a file's reading refused (ad4 F10: only the first was named, so a file with 30
/// bad rows took 30 tries). The whole file is still refused, but the rest of it is read on
/// (rows are only checked, nothing more is stored or applied) and every refused row is named,
/// the first `BadRows::NAMED` of them with their reasons, then how many more and the last
/// one's place. The first row's refusal opens the message as it did alone (`FILE: line N:
/// WHY`), so a file with one bad row reads as before. Only refusals of a row's own values
/// are gathered: a refusal of the file (its header, its bytes, a `--set` value) or of the
/// store stops the reading as before.
#[derive(Default)]
pub(crate) struct BadRows {
    /// The first refusal, as it was raised.
    first: Option<Error>,
    /// The next ones named: (place, why).
    named: Vec<(String, String)>,
    /// Refused rows beyond those named, and the last one's place.
    more: u64,
    last: String,
    /// Where the reading stopped, on a refusal of the file itself after refused rows.
    stopped: Option<String>,
}

impl BadRows {
    /// How many refused rows are named with their reasons, the first included.
    const NAMED: usize = 10;

    pub(crate) fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    /// Notes a refused row: `e` is the row's refusal (a `BadRow` or `BadRecord`).
    pub(crate) fn push(&mut self, e: Error) {
        if self.first.is_none() {
            self.first = Some(e);
            return;
        }
        let (place, why) = match e {
            Error::BadRow { line, message, .. } => (format!("line {line}"), message),
            Error::BadRecord { place, message, .. } => (place, message),
            other => (String::from("a row"), other.to_string()),
        };
        if self.named.len() + 1 < Self::NAMED {
            self.named.push((place, why));
        } else {
            self.more += 1;
            self.last = place;
        }
    }

    /// Notes the refusal that stopped the reading after refused rows (a row with too many
    /// fields, a byte that is not UTF-8): named last, with where the reading stopped.
    pub(crate) fn stop(&mut self, e: Error) {
        let place = match &e {
            Error::BadRow { line, .. } => format!("line {line}"),
            Error::BadRecord { place, .. } => place.clone(),
            _ => String::from("that point"),
        };
        self.push(e);
        self.stopped = Some(place);
    }

    /// The refusal: the first row's alone, or with the others added (`unit`: `row` or
    /// `record`; `nothing`: what was not done, `nothing was imported`); `None` when no row
    /// was refused.
    pub(crate) fn error(self, unit: &str, nothing: &str) -> Option<Error> {
        let first = self.first?;
        if self.named.is_empty() {
            return Some(first);
        }
        let others = self.named.len() as u64 + self.more;
        // Said once: a reason given before is `as line N`, and a long hint given before
        // (a part of a reason after its first `; `, such as the way to convert a date
        // column) is left out; a short one (`did you mean ...?`) is the row's own.
        let (first_place, first_why) = match &first {
            Error::BadRow { line, message, .. } => (format!("line {line}"), message.clone()),
            Error::BadRecord { place, message, .. } => (place.clone(), message.clone()),
            other => (String::new(), other.to_string()),
        };
        let mut shown: Vec<(&str, &str)> = vec![(&first_place, &first_why)];
        const HINT: usize = 60;
        let mut hints: rustc_hash::FxHashSet<&str> = first_why
            .split("; ")
            .skip(1)
            .filter(|s| s.len() >= HINT)
            .collect();
        // (places, what they say); places saying `as` one place before are one part.
        let mut parts: Vec<(Vec<&str>, String)> = Vec::with_capacity(self.named.len());
        for (place, why) in &self.named {
            if let Some((before, _)) = shown.iter().find(|(_, w)| w == why) {
                let same = format!("as {before}");
                match parts.last_mut() {
                    Some((places, said)) if *said == same => places.push(place),
                    _ => parts.push((vec![place], same)),
                }
                continue;
            }
            let mut segments = why.split("; ");
            let mut kept: Vec<&str> = segments.next().into_iter().collect();
            for segment in segments {
                if segment.len() < HINT || hints.insert(segment) {
                    kept.push(segment);
                }
            }
            parts.push((vec![place], kept.join("; ")));
            shown.push((place, why));
        }
        let parts: Vec<String> = parts
            .into_iter()
            .map(|(places, said)| match places.as_slice() {
                [one] => format!("{one}: {said}"),
                _ => {
                    // `lines 3, 4, 5`: the unit said once.
                    let first = places[0];
                    let unit = first.split(' ').next().unwrap_or_default();
                    let numbers: Vec<&str> = places
                        .iter()
                        .map(|p| p.strip_prefix(unit).map_or(*p, str::trim))
                        .collect();
                    format!("{unit}s {}: {said}", numbers.join(", "))
                }
            })
            .collect();
        let so = if first_why.contains(nothing) {
            String::new()
        } else {
            format!(", so {nothing}")
        };
        let mut tail = format!(
            "; {others} more {unit}(s) are refused too{so}: {}",
            parts.join("; ")
        );
        if self.more > 0 {
            tail.push_str(&format!(
                "; and {} more not named here, the last on {}",
                self.more, self.last
            ));
        }
        if let Some(place) = &self.stopped {
            tail.push_str(&format!(
                "; the file was not read past {place}, so rows after it may be refused too"
            ));
        }
        Some(match first {
            Error::BadRow {
                file,
                line,
                message,
            } => Error::BadRow {
                file,
                line,
                message: message + &tail,
            },
            Error::BadRecord {
                file,
                place,
                message,
            } => Error::BadRecord {
                file,
                place,
                message: message + &tail,
            },
            other => other,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: u64, message: &str) -> Error {
        Error::bad_row("f.csv", line, message.to_string())
    }

    #[test]
    fn one_row_reads_as_before_and_more_are_named_up_to_the_bound() {
        let mut one = BadRows::default();
        assert!(one.is_empty());
        one.push(row(2, "field `a`: bad"));
        assert_eq!(
            one.error("row", "nothing was imported")
                .unwrap()
                .to_string(),
            "f.csv: line 2: field `a`: bad"
        );
        let mut many = BadRows::default();
        let hint = "a hint long enough to be said only once in the whole of the refusal";
        many.push(row(2, &format!("field `a`: bad `1`; {hint}")));
        many.push(row(3, &format!("field `a`: bad `2`; {hint}")));
        for line in 4..=12 {
            many.push(row(line, "field `b`: bad"));
        }
        many.push(row(13, "field `c`: bad"));
        assert_eq!(
            many.error("row", "nothing was imported").unwrap().to_string(),
            format!(
                "f.csv: line 2: field `a`: bad `1`; {hint}; 11 more row(s) are refused too, so nothing was imported: \
                 line 3: field `a`: bad `2`; line 4: field `b`: bad; lines 5, 6, 7, 8, 9, 10, 11: as line 4; \
                 and 2 more not named here, the last on line 13"
            )
        );
        assert!(BadRows::default().error("row", "x").is_none());
    }
}
