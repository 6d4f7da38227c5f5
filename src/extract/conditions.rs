//! Conditions and clauses: the `if`/`unless`/`as long as` clauses a forecast depends on, and
//! the places (`, but`, `; `, `, while`) where one sentence holds more than one forecast.

pub(super) const CONDITION_MARKERS: &[&str] = &[
    "only if",
    "if",
    "unless",
    "provided that",
    "provided",
    "as long as",
    "so long as",
    "on condition that",
    "in the event that",
    "assuming that",
    "assuming",
];

/// Byte ranges of condition clauses in `sentence`, with their text.
pub(super) fn conditions(sentence: &str) -> Vec<(usize, usize, String)> {
    let lower = sentence.to_lowercase();
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    // Every marker has one of these words; most sentences have none.
    let marked = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "if" | "unless" | "provided" | "assuming" | "long" | "condition" | "event"
        )
    });
    if !marked || lower.len() != sentence.len() {
        return out;
    }
    let mut pos = 0;
    while pos < lower.len() {
        let mut hit: Option<(usize, &str)> = None;
        for m in CONDITION_MARKERS {
            if let Some(rel) = find_word(&lower[pos..], m) {
                let at = pos + rel;
                if hit.is_none_or(|(h, hm)| at < h || (at == h && m.len() > hm.len())) {
                    hit = Some((at, m));
                }
            }
        }
        let Some((at, marker)) = hit else { break };
        let body_start = at + marker.len();
        let rest = &sentence[body_start..];
        let stop = rest
            .find([',', ';', '—', '–', '('])
            .map_or(rest.len(), |i| i);
        let stop = rest[..stop].find(" - ").unwrap_or(stop);
        let body = rest[..stop].trim().trim_end_matches(['.', '!', '?']).trim();
        // Include a lead-in "though"/"but"/"even" and the dash before it in the removed span.
        let mut span_start = at;
        let before = sentence[..at].trim_end();
        for lead in ["though", "but", "even", "and"] {
            if before.to_lowercase().ends_with(lead) {
                span_start = before.len() - lead.len();
                break;
            }
        }
        let text = if marker == "unless" {
            format!("not ({body})")
        } else {
            body.to_string()
        };
        if !body.is_empty() {
            out.push((span_start, body_start + stop, text));
        }
        pos = body_start + stop.max(1);
    }
    out
}

/// The byte offset of `needle` in `hay` as whole words.
pub(super) fn find_word(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = hay[from..].find(needle) {
        let at = from + rel;
        let before_ok = at == 0 || !hay[..at].chars().last().is_some_and(char::is_alphanumeric);
        let after = at + needle.len();
        let after_ok = after >= hay.len()
            || !hay[after..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

/// Words that end one forecast clause and start another inside a sentence.
pub(super) const CLAUSE_BREAKS: &[&str] = &[
    ", although ",
    ", though ",
    ", but ",
    "; ",
    ", while ",
    ", whereas ",
    ", yet ",
];

/// Clause spans of a sentence, never breaking inside or just before a condition.
pub(super) fn clauses(sentence: &str, conds: &[(usize, usize, String)]) -> Vec<(usize, usize)> {
    if !sentence.contains([',', ';']) {
        return vec![(0, sentence.len())];
    }
    let lower = sentence.to_lowercase();
    if lower.len() != sentence.len() {
        return vec![(0, sentence.len())];
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for brk in CLAUSE_BREAKS {
        let mut from = 0;
        while let Some(rel) = lower[from..].find(brk) {
            let at = from + rel;
            let next = at + brk.len();
            let guarded = conds
                .iter()
                .any(|(a, b, _)| (at >= *a && at < *b) || (*a >= at && *a <= next + 1));
            if !guarded {
                cuts.push((at, next));
            }
            from = next;
        }
    }
    cuts.sort();
    let mut out = Vec::new();
    let mut start = 0;
    for (a, b) in cuts {
        if a > start {
            out.push((start, a));
            start = b;
        }
    }
    out.push((start, sentence.len()));
    out
}

/// Whether the found time phrase lies inside one of the conditions.
pub(super) fn holds(conds: &[(usize, usize, String)], f: &super::timefind::Found) -> bool {
    conds.iter().any(|(a, b, _)| f.start >= *a && f.end <= *b)
}
