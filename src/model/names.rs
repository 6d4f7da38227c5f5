//! Source names (and question keys, `key_fold`): the one spelling a name is stored and compared in (`canonical`), and
//! "Did you mean ...?": the known name nearest to a mistyped one, by edit distance
//! (Levenshtein, case-insensitive, on characters). Pure; callers fetch the candidates.
//!
//! Decision: two names that look the same are the same source. `É` typed as one code point
//! (NFC, most keyboards) or as `E` plus a combining accent (NFD, macOS file names, some web
//! pages), a doubled space or a tab pasted from a spreadsheet: each would otherwise open a
//! second source that prints exactly like the first and splits its record. So a name is
//! stored in NFC with every run of white space made one space, and compared that way with
//! Unicode full case folding (`casefold`, `name_key`), so "Straße" and
//! "STRASSE" are one source.
//!
//! New claims and conditions (`add`, `correct --claim`, `extract --save`) are stored in the
//! same spelling, so "Rent goes up " and "Rent  goes up" are one claim and `add`'s refusal
//! of the same forecast twice holds. Stored claims are never rewritten, and `import` keeps
//! a file's claims as they are: an export of a ledger holding an older claim with a doubled
//! space imports back byte for byte, and its repeat check still finds that claim.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// `name` as the ledger stores it: Unicode NFC, trimmed, each run of white space (tabs,
/// no-break spaces, line breaks) one space. Plain ASCII with single spaces comes back as it
/// is, without the normalizer's cost (an import calls this once a row).
pub fn canonical(name: &str) -> Cow<'_, str> {
    let name = name.trim();
    let plain = name.is_ascii()
        && !name.contains("  ")
        && !name.bytes().any(|b| b.is_ascii_whitespace() && b != b' ');
    if plain {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    for word in name.nfc().collect::<String>().split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// Edit distance between `a` and `b`, ignoring case.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        prev = row;
    }
    prev[b.len()]
}

/// The candidate nearest to `input`, when it is near enough to be a likely typo: at most a
/// third of the longer name's characters differ (and at least one may). Ties go to the
/// first candidate.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.trim();
    candidates
        .into_iter()
        .map(|c| (distance(input, c), c))
        .filter(|(d, c)| {
            let longer = input.chars().count().max(c.chars().count());
            *d <= (longer / 3).max(1)
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A question key as `add` compares it with the keys a ledger holds before it makes a new
/// question: its letters and digits only, lower-cased (`UA-Ceasefire`, `ua_ceasefire` and
/// `ua ceasefire` all give `uaceasefire`). Keys are still stored and matched exactly; two
/// keys with the same fold would be two questions no one meant, never compared, so `add`
/// refuses the second and names the first.
pub fn key_fold(key: &str) -> impl Iterator<Item = char> + '_ {
    key.nfc()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// Whether a new question key `new` looks like a slip of the existing key `existing` (ad4
/// F2: `fed-cuts-mrach` beside `fed-cuts-march`): one edit apart (a character inserted,
/// deleted or changed, or two neighbours swapped), compared in lower case, both at least
/// `KEY_SLIP_MIN` characters, and the edit touching a letter (or other character), not only
/// digits: `q-2025-1` and `q-2025-2`, `rates-2026` and `rates-2027` are a series, not a
/// slip. Keys that differ only in case, spacing or punctuation are `key_fold`'s (refused);
/// this is for a hint.
pub fn key_slip(new: &str, existing: &str) -> bool {
    let lower = |k: &str| -> Vec<char> {
        key_canonical(k)
            .chars()
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (lower(new), lower(existing));
    if a.len().min(b.len()) < KEY_SLIP_MIN || a == b {
        return false;
    }
    one_edit(&a, &b).is_some_and(|touched| touched.iter().any(|c| !c.is_numeric()))
}

/// The shortest key length (in characters) `key_slip` compares: shorter keys (`q-1`, `fed`)
/// are too often one edit from another on purpose.
pub const KEY_SLIP_MIN: usize = 6;

/// The characters a single edit between `a` and `b` touches (the two changed, the two
/// swapped, or the one inserted), when they are one edit apart; `None` otherwise.
fn one_edit(a: &[char], b: &[char]) -> Option<Vec<char>> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let at = short.iter().zip(long).position(|(x, y)| x != y);
    match long.len() - short.len() {
        0 => {
            let i = at?;
            if short[i + 1..] == long[i + 1..] {
                return Some(vec![short[i], long[i]]);
            }
            let swapped = i + 1 < short.len()
                && short[i] == long[i + 1]
                && short[i + 1] == long[i]
                && short[i + 2..] == long[i + 2..];
            swapped.then(|| vec![short[i], short[i + 1]])
        }
        1 => {
            let i = at.unwrap_or(short.len());
            (short[i..] == long[i + 1..]).then(|| vec![long[i]])
        }
        _ => None,
    }
}

/// A question key as the ledger stores and looks it up: Unicode NFC, so `économie` typed
/// with one code point for `é` or with `e` and a combining accent (macOS input, a pasted
/// PDF) is one question (audit 18, A17). Nothing else changes: keys stay exact otherwise.
/// A key stored before this, in another form, is still found (the stores compare the NFC
/// forms of the keys beyond ASCII when the exact key is missing), never rewritten.
pub fn key_canonical(key: &str) -> Cow<'_, str> {
    if key.is_ascii() {
        Cow::Borrowed(key)
    } else {
        Cow::Owned(key.nfc().collect())
    }
}

/// A tag as the ledger stores it: as a source name is (`canonical`: NFC, trimmed, white
/// space squeezed), so `été` typed precomposed or decomposed, or `spaced  tag`, is one tag
/// (audit 18, A16, A13).
pub fn tag_canonical(tag: &str) -> Cow<'_, str> {
    canonical(tag)
}

/// A tag as tags are compared (`--tag`, `report --by tag`, one of each on a forecast): as
/// names are (`name_key`: NFC, single spaces, full Unicode case folding), so `Été`,
/// `été` and `ÉTÉ` are one tag. Tags stored before this in another spelling are compared
/// the same way when read; stored rows are never rewritten (they are part of the journal).
pub fn tag_key(tag: &str) -> String {
    name_key(tag)
}

/// The one of `candidates` (the nearest, then the first) that a new source name `input`
/// looks like a slip of: one is the other with something added at the end (`me` and
/// `mee`, `Tom` and `Tom Reyes`; the shorter at least two characters), or they are one edit
/// apart and the shorter has at least four characters (`Jane Pundit` and `Jane Pundt`).
/// Tighter than `nearest`, since this is asked of every new source `add` and `import`
/// open, and two people may well be called `Bob` and `Rob`. Case is ignored, and names are
/// compared in their compatibility forms (NFKC, audit 18 A9), so full-width `ＲＥＵＴＥＲＳ`
/// (a Japanese input method in full-width mode) is a look-alike of `Reuters`.
pub fn slip_of<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let fold = |s: &str| -> String { s.trim().nfkc().collect::<String>().to_lowercase() };
    let raw = input.trim().to_lowercase();
    let input = fold(input);
    candidates
        .into_iter()
        .filter_map(|name| {
            if name.trim().to_lowercase() == raw {
                return None;
            }
            let c = fold(name);
            if c == input {
                return Some((0, name));
            }
            let (short, long) = if c.chars().count() < input.chars().count() {
                (&c, &input)
            } else {
                (&input, &c)
            };
            let short_len = short.chars().count();
            let d = distance(short, long);
            ((short_len >= 2 && long.starts_with(short.as_str())) || (short_len >= 4 && d == 1))
                .then_some((d, name))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

/// A source name as names are compared: its canonical spelling (NFC, single spaces:
/// `canonical`) in Unicode lower case, so `ÉCOLE` and `école` are one source (SQLite's
/// NOCASE folds ASCII letters only), and so are `É` typed in one code point or two.
pub fn name_key(name: &str) -> String {
    crate::model::casefold::fold(&canonical(name))
}

/// The names of the reports' virtual rows: `report`'s total (`overall`) and `compare`'s two
/// reference sources (`crowd`, `chance`; DESIGN.md "Comparing sources").
pub const VIRTUAL_ROWS: [&str; 3] = ["overall", "crowd", "chance"];

/// Which virtual row (`VIRTUAL_ROWS`) a source name would print as: compared as names are
/// (`name_key`: NFC, case folded) with its spaces dropped, so `Crowd`, ` CROWD ` and
/// `Over all` are all taken. A new source so named is refused (a CSV row `crowd` could not
/// be told from the reference); a ledger holding one from before keeps it, and the reports
/// then name their virtual row `(crowd)` instead (`virtual_row_name`).
pub fn virtual_row(name: &str) -> Option<&'static str> {
    let key: String = name_key(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    VIRTUAL_ROWS.into_iter().find(|v| *v == key)
}

/// The name a report gives its virtual row `row` (`overall`, `crowd`, `chance`) beside the
/// real sources `names`: the word itself, or `(word)` when a source of the ledger prints as
/// it (a ledger from before such names were refused), so no CSV or table row is ambiguous.
pub fn virtual_row_name<'a>(row: &str, names: impl IntoIterator<Item = &'a str>) -> String {
    if names.into_iter().any(|n| virtual_row(n) == Some(row)) {
        format!("({row})")
    } else {
        row.to_string()
    }
}

/// Refuses `name` for a new source when it would print as a virtual row (`virtual_row`).
pub fn check_new_source(name: &str) -> crate::error::Result<()> {
    match virtual_row(name) {
        None => Ok(()),
        Some(row) => Err(crate::error::Error::invalid(
            format!("source `{}`", canonical(name)),
            format!(
                "`{row}` names the reports' {} row, so a source so named could not be told from it; spell it another way (`{} (source)`, or a full name)",
                if row == "overall" { "total" } else { "reference" },
                canonical(name)
            ),
        )),
    }
}

/// `did_you_mean` for a keyword (a stance, an outcome, a void reason): also the word with
/// two letters next to each other swapped, the commonest slip in a short word (`fro` for
/// `for`, which is two edits away; ad4 F10).
pub fn did_you_mean_keyword(input: &str, keywords: &[&str]) -> String {
    let typed: Vec<char> = input.trim().to_lowercase().chars().collect();
    let sorted = |mut w: Vec<char>| {
        w.sort_unstable();
        w
    };
    // One edit (`one_edit`) that keeps the letters is a swap of two neighbours.
    let swapped = keywords.iter().find(|k| {
        let k: Vec<char> = k.chars().collect();
        one_edit(&typed, &k).is_some() && sorted(k) == sorted(typed.clone())
    });
    match swapped {
        Some(k) => format!("; did you mean `{k}`?"),
        None => did_you_mean(input, keywords.iter().copied()),
    }
}

/// `, did you mean `NAME`?` for an error hint, or nothing.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(input, candidates)
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_virtual_rows_names_are_taken_in_any_case_and_spacing() {
        assert_eq!(virtual_row("overall"), Some("overall"));
        assert_eq!(virtual_row(" CROWD "), Some("crowd"));
        assert_eq!(virtual_row("Over  all"), Some("overall"));
        assert_eq!(virtual_row("Chance"), Some("chance"));
        assert_eq!(virtual_row("crowds"), None);
        assert_eq!(virtual_row("The Crowd"), None);
        assert_eq!(virtual_row_name("crowd", ["Ann", "Crowd"]), "(crowd)");
        assert_eq!(virtual_row_name("chance", ["Ann", "Crowd"]), "chance");
    }

    #[test]
    fn a_new_source_is_a_slip_of_a_prefix_or_one_edit_of_a_longer_name() {
        let known = ["me", "Tom Reyes", "Jane Pundit", "Bob", "A"];
        let slip = |n: &str| slip_of(n, known);
        assert_eq!(slip("mee"), Some("me"));
        assert_eq!(slip("tom"), Some("Tom Reyes"));
        assert_eq!(slip("Jane Pundt"), Some("Jane Pundit"));
        assert_eq!(slip("Jane Pundits"), Some("Jane Pundit"));
        // Short names one edit apart are as often two people; one letter is no prefix.
        assert_eq!(slip("Rob"), None);
        assert_eq!(slip("B"), None);
        assert_eq!(slip("Carol"), None);
        assert_eq!(slip("ME"), None, "the same name is no slip");
        // Compatibility forms: full-width letters print like the name they spell.
        assert_eq!(slip_of("ＲＥＵＴＥＲＳ", ["Reuters"]), Some("Reuters"));
        assert_eq!(slip_of("ＲＥＵＴＥＲ", ["Reuters"]), Some("Reuters"));
        assert_eq!(slip_of("R\u{435}uters", ["Reuters"]), Some("Reuters"));
    }

    #[test]
    fn question_keys_fold_to_their_letters_and_digits_lower_cased() {
        let fold = |k: &str| key_fold(k).collect::<String>();
        for k in [
            "UA-Ceasefire",
            "ua_ceasefire",
            "ua ceasefire",
            "U.A. ceasefire!",
            "uaceasefire",
        ] {
            assert_eq!(fold(k), "uaceasefire", "{k}");
        }
        assert_eq!(fold("Fed-Cut-2026"), "fedcut2026");
        assert_eq!(fold("Élection-2027"), "élection2027");
        assert_ne!(fold("fed-cut-1"), fold("fed-cut-2"));
    }

    // Distances worked by hand: kitten -> sitting is 3 (k/s, e/i, +g).
    /// ad4 F2's slips, each one edit, and the series and short keys that are not.
    #[test]
    fn a_key_one_edit_from_another_is_a_slip_unless_only_digits_differ() {
        assert!(key_slip("fed-cuts-mrach", "fed-cuts-march"));
        assert!(key_slip("fed-cuts-marc", "fed-cuts-march"));
        assert!(key_slip("fed-cuts-marchh", "fed-cuts-march"));
        assert!(key_slip("fed-cuts-merch", "fed-cuts-march"));
        assert!(key_slip("Fed-Cuts-Mrach", "fed-cuts-march"));
        assert!(key_slip("rates-2026a", "rates-2026"));
        assert!(!key_slip("q-2025-1", "q-2025-2"));
        assert!(!key_slip("rates-2026", "rates-2027"));
        assert!(!key_slip("rates-2026", "rates-20266"));
        assert!(!key_slip("rates-2062", "rates-2026"));
        assert!(!key_slip("q-1", "q-2"));
        assert!(!key_slip("rain", "rein"));
        assert!(!key_slip("fed-cuts-march", "fed-cuts-march"));
        assert!(!key_slip("fed-cuts-mrahc", "fed-cuts-march"));
        assert!(!key_slip("fed-hikes-march", "fed-cuts-march"));
    }

    #[test]
    fn distances() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("Nate Analyst", "nate analyst"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("Nate Analist", "Nate Analyst"), 1);
    }

    #[test]
    fn names_that_look_the_same_are_one_spelling() {
        // "Élysée" typed precomposed (U+00C9, U+00E9) and decomposed (E, e + U+0301).
        let nfc = "\u{c9}lys\u{e9}e Watch";
        let nfd = "E\u{301}lyse\u{301}e Watch";
        assert_ne!(nfc, nfd);
        assert_eq!(canonical(nfd), nfc);
        assert_eq!(canonical(" \u{c9}lys\u{e9}e \t\u{a0} Watch\n"), nfc);
        assert_eq!(canonical("Daily  Planet"), "Daily Planet");
        assert_eq!(canonical("Daily\tPlanet "), "Daily Planet");
        assert_eq!(canonical("Daily Planet"), "Daily Planet");
        assert_eq!(canonical("   "), "");
    }

    #[test]
    fn the_near_name_is_suggested_and_a_far_one_is_not() {
        let known = ["Daily Planet", "Nate Analyst", "Dana Whitfield"];
        assert_eq!(nearest("nate analist", known), Some("Nate Analyst"));
        assert_eq!(nearest("Daily Plant", known), Some("Daily Planet"));
        assert_eq!(nearest("Reuters", known), None);
        assert_eq!(
            did_you_mean("Nate", known),
            "",
            "a prefix is too far from the whole name"
        );
    }

    #[test]
    fn a_keyword_typo_names_the_word_meant() {
        let stances = ["for", "against"];
        let hint = |t: &str| did_you_mean_keyword(t, &stances);
        assert_eq!(hint("agianst"), "; did you mean `against`?");
        assert_eq!(hint("fro"), "; did you mean `for`?");
        assert_eq!(hint("gainst"), "; did you mean `against`?");
        assert_eq!(hint("Agaisnt"), "; did you mean `against`?");
        assert_eq!(hint("maybe"), "");
        assert_eq!(hint("of"), "");
    }
}
