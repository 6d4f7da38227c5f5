#![allow(dead_code)] // each example uses a part of this module
//! What the real-news examples share (`realnews_eval`, `train_extractor`): the labels of
//! `tests/fixtures/realnews/labels.json`, reading the texts with their SHA-256 checked, and
//! scoring an article's candidates against its labels (one-to-one matching by overlap).

use chrono::NaiveDate;
use forecast_ledger::extract::{timefind, Candidate};
use forecast_ledger::model::ProbabilityBasis;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

pub struct Label {
    pub start: usize,
    pub end: usize,
    pub p: (f64, f64),
    pub deadline: Option<(NaiveDate, NaiveDate)>,
}

pub struct NonForecast {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

pub struct Article {
    pub id: String,
    pub split: String,
    pub published: NaiveDate,
    pub sha256: String,
    pub forecasts: Vec<Label>,
    pub non_forecasts: Vec<NonForecast>,
}

#[derive(Default)]
pub struct Tally {
    pub articles: usize,
    pub bytes: usize,
    pub labels: usize,
    pub candidates: usize,
    pub matched: usize,
    pub deadline_ok: usize,
    pub probability_ok: usize,
    pub missed: usize,
    pub fp_kind: BTreeMap<String, usize>,
    pub fp_unlabeled: usize,
    pub wrong_deadline: usize,
    pub missing_deadline: usize,
    pub wrong_probability: usize,
    /// Sentences labeled with two or more forecasts (labels sharing start and end), by the
    /// number of candidates overlapping the sentence: (sentences, forecasts they hold,
    /// candidates, candidates matched to one of the sentence's labels). Counts only.
    pub multi: BTreeMap<usize, [usize; 4]>,
    /// The given deadlines that are wrong, by where the extractor took them from
    /// (`deadline_source`) and by how they are wrong (`Tally::sources`). Counts only.
    pub sources: BTreeMap<(&'static str, &'static str), usize>,
    /// The deadline errors by sub-kind (counts only, so the held-out and blind splits can
    /// say which kind to attack without anyone reading their text).
    pub deadline_kinds: DeadlineKinds,
    /// The missed forecasts by kind (counts only, shown with `--misses` for every split).
    pub misses: Misses,
    /// Every candidate by what its probability rests on (`basis_class`), whether it has a
    /// deadline and whether it names a holder: `[matched to a label, not matched]`. Counts
    /// only, shown with `--basis`, so a rule's cost and gain can be weighed on every split.
    pub basis: BTreeMap<(&'static str, bool, bool), [usize; 2]>,
    /// The missing deadlines by what the label's range holds (`missing_fits`): each fit is
    /// counted apart, so one error can count under several. Counts only, with `--sources`.
    pub missing_fit: BTreeMap<&'static str, usize>,
    /// Every matched candidate without a deadline, by fallback (`fallbacks`) and what that
    /// fallback would do to it: `[right (the label's range holds it), wrong where the label
    /// has a range, wrong where the label is null (now right), nothing to give]`.
    pub fallback: BTreeMap<&'static str, [usize; 4]>,
    /// The wrong probabilities by the label's class (`probability_class`), the candidate's
    /// basis (`basis_class`) and whether the candidate's value is above or below the
    /// label's range. Counts only, shown with `--probability` for every split.
    pub wrong_p: BTreeMap<(&'static str, &'static str, &'static str), usize>,
    /// Per labeled forecast, what became of it: `--dump` writes these and `--against`
    /// compares them with an earlier build's, label by label.
    pub rows: Vec<Row>,
}

/// One labeled forecast or one unmatched candidate of one article, as `--dump` writes it
/// (offsets and flags only, never text, so a dump of the held-out part reveals nothing).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Row {
    /// An article scored (so one with no label and no false positive still counts as
    /// scored when two dumps are compared).
    Article { id: String, split: String },
    /// The article, the label's index in it, and whether it was matched, with its deadline
    /// and probability within range.
    Label {
        id: String,
        split: String,
        index: usize,
        start: usize,
        matched: bool,
        deadline_ok: bool,
        probability_ok: bool,
    },
    /// A candidate matched to no label: its article and byte span.
    FalsePositive {
        id: String,
        split: String,
        start: usize,
        end: usize,
    },
}

/// What a candidate's probability rests on, in a few classes: a bare future ("will", "will
/// not", "would", "going to", "is to"), a modal of possibility, a likelihood or expectation
/// word, a number, or anything else.
pub fn basis_class(c: &Candidate) -> &'static str {
    let ProbabilityBasis::Hedge { phrase, .. } = &c.probability_basis else {
        return "number or other";
    };
    let h = phrase.to_ascii_lowercase();
    match h.as_str() {
        "will" | "will not" | "won't" | "would" | "would not" | "wouldn't" | "shall"
        | "is going to" | "are going to" | "going to" | "is to" | "are to" => "bare future",
        "may" | "might" | "could" | "may not" | "might not" | "could not" => "modal",
        _ if h.contains("likely") || h.contains("expect") => "likely/expect",
        _ => "other hedge",
    }
}

/// The missed forecasts counted four ways (counts only, so the held-out and blind splits can
/// say which kind of miss dominates without anyone reading their text): by the label's
/// probability class, by whether the label has a deadline, by what the sentence got (no
/// candidate at all, or a candidate matched to another label), and by the sentence's length
/// in words. Each count is `[in a sentence labeled with one forecast, with several]`.
#[derive(Default, Clone)]
pub struct Misses {
    pub class: BTreeMap<&'static str, [usize; 2]>,
    pub deadline: BTreeMap<&'static str, [usize; 2]>,
    pub got: BTreeMap<&'static str, [usize; 2]>,
    pub length: BTreeMap<&'static str, [usize; 2]>,
    /// The probability class of the misses whose sentence got no candidate at all.
    pub class_none: BTreeMap<&'static str, [usize; 2]>,
}

/// The probability class of a label's accepted range, after issue 13's hedge table: an exact
/// number, may/could 0.3-0.5, might 0.25-0.5, likely/expect 0.6-0.9, likely-or-will 0.6-1.0
/// (the labelers' range for an expectation stated as "will"), very likely 0.8-0.95, will
/// 0.8-1.0, unlikely 0.1-0.35 (or 0.1-0.4), anything else "other" (by whether the range
/// starts at 0.5 or above). The names sort in the table's order.
pub fn probability_class(p: (f64, f64)) -> &'static str {
    let is = |a: f64, b: f64| (p.0 - a).abs() < 1e-9 && (p.1 - b).abs() < 1e-9;
    if (p.0 - p.1).abs() < 1e-9 {
        "a exact number"
    } else if is(0.3, 0.5) {
        "b may/could"
    } else if is(0.25, 0.5) {
        "c might"
    } else if is(0.6, 0.9) {
        "d likely/expect"
    } else if is(0.6, 1.0) {
        "e likely-or-will"
    } else if is(0.8, 0.95) {
        "f very likely"
    } else if is(0.8, 1.0) {
        "g will"
    } else if is(0.1, 0.35) || is(0.1, 0.4) {
        "h unlikely"
    } else if p.0 >= 0.5 {
        "i other, from 0.5 up"
    } else {
        "j other, below 0.5"
    }
}

/// The length band of a sentence, in words.
fn length_band(sentence: &str) -> &'static str {
    match sentence.split_whitespace().count() {
        0..=14 => "a <15 words",
        15..=29 => "b 15-29",
        30..=44 => "c 30-44",
        _ => "d 45+",
    }
}

impl Misses {
    fn add(&mut self, o: &Misses) {
        for (mine, theirs) in [
            (&mut self.class, &o.class),
            (&mut self.deadline, &o.deadline),
            (&mut self.got, &o.got),
            (&mut self.length, &o.length),
            (&mut self.class_none, &o.class_none),
        ] {
            for (k, v) in theirs {
                let e = mine.entry(k).or_default();
                e[0] += v[0];
                e[1] += v[1];
            }
        }
    }

    /// Counts one miss of `l` (sentence `sentence`); `several` says whether its sentence is
    /// labeled with more than one forecast, `got` what the sentence got.
    fn count(&mut self, l: &Label, sentence: &str, several: bool, got: &'static str) {
        let k = usize::from(several);
        let class = probability_class(l.p);
        self.class.entry(class).or_default()[k] += 1;
        let dl = if l.deadline.is_some() {
            "with a deadline"
        } else {
            "no deadline"
        };
        self.deadline.entry(dl).or_default()[k] += 1;
        self.got.entry(got).or_default()[k] += 1;
        self.length.entry(length_band(sentence)).or_default()[k] += 1;
        if got == "no candidate" {
            self.class_none.entry(class).or_default()[k] += 1;
        }
    }

    /// The count-only lines: each count as `total (in multi-forecast sentences)`.
    pub fn lines(&self) -> String {
        let row = |m: &BTreeMap<&'static str, [usize; 2]>| {
            m.iter()
                .map(|(k, v)| {
                    // The sort prefix ("a ") is not shown.
                    let name = k
                        .split_once(' ')
                        .filter(|(p, _)| p.len() == 1)
                        .map_or(*k, |(_, n)| n);
                    format!("{name} {} ({})", v[0] + v[1], v[1])
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let total: usize = self.got.values().map(|v| v[0] + v[1]).sum();
        let multi: usize = self.got.values().map(|v| v[1]).sum();
        format!(
            "  misses {total} ({multi} in multi-forecast sentences); each count: total (in multi-forecast sentences)\n    by probability class: {}\n    by deadline: {}\n    by what the sentence got: {}\n    by sentence length: {}\n    no candidate, by probability class: {}",
            row(&self.class),
            row(&self.deadline),
            row(&self.got),
            row(&self.length),
            row(&self.class_none)
        )
    }
}

/// Deadline errors by sub-kind: missing (the label has a date, the candidate none), given
/// while the label is null, and too early or too late against the label's range, by how far
/// (under a month, one to six months, over six months). Each kind is split by whether the
/// sentence holds a time phrase with a date that `timefind` recognises (`phrase`) or not.
#[derive(Default, Clone, Copy)]
pub struct DeadlineKinds {
    /// `[without a dated phrase, with one]` in each.
    pub missing: [usize; 2],
    pub given_null: [usize; 2],
    /// By band: under 31 days, 31 to 182 days, 183 days or more.
    pub early: [[usize; 2]; 3],
    pub late: [[usize; 2]; 3],
}

impl DeadlineKinds {
    fn add(&mut self, o: &DeadlineKinds) {
        for k in 0..2 {
            self.missing[k] += o.missing[k];
            self.given_null[k] += o.given_null[k];
            for b in 0..3 {
                self.early[b][k] += o.early[b][k];
                self.late[b][k] += o.late[b][k];
            }
        }
    }

    /// Counts one deadline error of `c` against `l`; `phrase` says whether the sentence holds
    /// a dated time phrase.
    fn count(&mut self, l: &Label, c: &Candidate, phrase: bool) {
        let k = usize::from(phrase);
        let band = |days: i64| match days {
            ..=30 => 0,
            31..=182 => 1,
            _ => 2,
        };
        match (l.deadline, c.deadline) {
            (Some(_), None) => self.missing[k] += 1,
            (None, Some(_)) => self.given_null[k] += 1,
            (Some((a, _)), Some(d)) if d < a => self.early[band((a - d).num_days())][k] += 1,
            (Some((_, b)), Some(d)) if d > b => self.late[band((d - b).num_days())][k] += 1,
            _ => {}
        }
    }

    fn line(&self) -> String {
        let pair = |x: [usize; 2]| format!("{} ({} with a dated phrase)", x[0] + x[1], x[1]);
        let bands = |x: [[usize; 2]; 3]| {
            format!(
                "<1 month {}, 1-6 months {}, >6 months {}",
                pair(x[0]),
                pair(x[1]),
                pair(x[2])
            )
        };
        format!(
            "  deadline errors: missing {}; given, label null {}; too early: {}; too late: {}",
            pair(self.missing),
            pair(self.given_null),
            bands(self.early),
            bands(self.late)
        )
    }
}

/// Where a candidate's deadline came from, read from what the extractor tells its reviewer:
/// the sentence before ("carried"), an earlier phrase a "by then" or "the month" refers
/// to ("referred"), the article (its season, results day, election, lead: "article"), a
/// phrase of its own, sorted by its shape (a bare or named year, a season, a month, a
/// weekday or date, a quarter or half, a span counted from publication, another), or none
/// of these (a list's horizon or a fallback without a note: "other").
pub fn deadline_source(c: &Candidate) -> &'static str {
    let noted = |s: &str| c.review.iter().any(|r| r.contains(s));
    if noted("the time the sentence before names") {
        return "carried";
    }
    if noted("\" taken to mean \"") {
        return "referred";
    }
    if noted("is taken from the article") {
        return "article";
    }
    let Some(p) = c.deadline_phrase.as_deref() else {
        return "other";
    };
    let p = p.to_ascii_lowercase();
    let words: Vec<&str> = p
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |l: &[&str]| words.iter().any(|w| l.contains(w));
    // A month's name, in full or cut to three letters (chrono reads both), or "sept".
    let month = |w: &&str| w.parse::<chrono::Month>().is_ok() || *w == "sept";
    let numbered = words
        .iter()
        .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    if noted("rolled forward") {
        "phrase: rolled to next year"
    } else if has(&[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "tonight",
        "day",
        "weekend",
        "week",
    ]) {
        "phrase: day or week"
    } else if words.iter().any(month) && numbered {
        "phrase: month with a year"
    } else if words.iter().any(month) {
        "phrase: month"
    } else if has(&["month", "months"]) {
        "phrase: month word"
    } else if has(&["spring", "summer", "autumn", "fall", "winter", "season"]) {
        "phrase: season"
    } else if has(&["quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"]) {
        "phrase: quarter or half"
    } else if words
        .iter()
        .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    {
        "phrase: numbered year"
    } else if has(&["year", "years", "decade"]) {
        "phrase: year word"
    } else if has(&["months", "weeks", "days"]) {
        "phrase: span"
    } else {
        "phrase: other"
    }
}

/// What the range `(a, b)` of a label whose candidate got no deadline holds: the end of the
/// year of publication or of the next, a day within a week or a month of publication, the
/// deadline most of the article's candidates got, the deadline of the nearest candidate
/// before or after it, any candidate's deadline: which fallback would have dated it.
pub fn missing_fits(
    (a, b): (NaiveDate, NaiveDate),
    published: NaiveDate,
    at: usize,
    got: &[Candidate],
) -> Vec<&'static str> {
    use chrono::Datelike;
    let holds = |d: NaiveDate| a <= d && d <= b;
    let year_end = |y: i32| NaiveDate::from_ymd_opt(y, 12, 31);
    let mut fits = Vec::new();
    if year_end(published.year()).is_some_and(holds) {
        fits.push("end of the year published");
    }
    if year_end(published.year() + 1).is_some_and(holds) {
        fits.push("end of the next year");
    }
    if holds(published) {
        fits.push("the day published");
    }
    if published.succ_opt().is_some_and(holds) {
        fits.push("the day after");
    }
    if (a - published).num_days() <= 7 {
        fits.push("starts within a week");
    } else if (a - published).num_days() <= 31 {
        fits.push("starts within a month");
    }
    let mut count: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for d in got.iter().filter_map(|c| c.deadline) {
        *count.entry(d).or_default() += 1;
    }
    if count.is_empty() {
        fits.push("the article has no deadline");
    }
    if let Some((&d, _)) = count.iter().max_by_key(|(_, &n)| n) {
        if holds(d) {
            fits.push("the article's most common deadline");
        }
    }
    let before = got
        .iter()
        .filter(|c| c.start < at)
        .rev()
        .find_map(|c| c.deadline);
    if before.is_some_and(holds) {
        fits.push("the deadline of the candidate before");
    }
    let after = got.iter().filter(|c| c.start > at).find_map(|c| c.deadline);
    if after.is_some_and(holds) {
        fits.push("the deadline of the candidate after");
    }
    if count.keys().any(|&d| holds(d)) {
        fits.push("some candidate's deadline");
    }
    if (a - published).num_days() <= 7 {
        let within: Vec<&str> = fits
            .iter()
            .filter_map(|f| match *f {
                "the article has no deadline" => Some("within a week, the article undated"),
                "some candidate's deadline" => Some("within a week, some candidate's"),
                "the article's most common deadline" => Some("within a week, the most common"),
                _ => None,
            })
            .collect();
        fits.extend(within);
    }
    fits
}

/// The deadlines a fallback would give a candidate at `at` that got none, from the others
/// of its article `got`: the most common one (any, or held by two or more and by most of
/// the dated candidates), the nearest before, the nearest after, the nearest either way.
pub fn fallbacks(
    at: usize,
    got: &[Candidate],
    published: NaiveDate,
) -> Vec<(&'static str, Option<NaiveDate>)> {
    let mut count: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for d in got.iter().filter_map(|c| c.deadline) {
        *count.entry(d).or_default() += 1;
    }
    let dated: usize = count.values().sum();
    let mode = count.iter().max_by_key(|(_, &n)| n).map(|(&d, &n)| (d, n));
    let before = got
        .iter()
        .rev()
        .find(|c| c.start < at && c.deadline.is_some());
    let after = got.iter().find(|c| c.start > at && c.deadline.is_some());
    let nearest = match (before, after) {
        (Some(b), Some(a)) if a.start - at < at - b.start => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    };
    vec![
        ("mode", mode.map(|m| m.0)),
        (
            "mode of most, 2+",
            mode.filter(|&(_, n)| n >= 2 && 2 * n > dated).map(|m| m.0),
        ),
        (
            "mode of most, 2+, in a month",
            mode.filter(|&(d, n)| n >= 2 && 2 * n > dated && (d - published).num_days() <= 31)
                .map(|m| m.0),
        ),
        (
            "mode, in a week",
            mode.filter(|&(d, _)| (d - published).num_days() <= 7)
                .map(|m| m.0),
        ),
        ("before", before.and_then(|c| c.deadline)),
        ("after", after.and_then(|c| c.deadline)),
        ("nearest", nearest.and_then(|c| c.deadline)),
    ]
}

/// Whether `sentence` holds a time phrase with a date that the extractor's `timefind`
/// recognises (read in the sentence's own tense from the day of publication).
fn has_dated_phrase(sentence: &str, published: NaiveDate) -> bool {
    timefind::find(sentence, published, timefind::sentence_tense(sentence))
        .iter()
        .any(|f| f.period.is_some())
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.articles += o.articles;
        self.bytes += o.bytes;
        self.labels += o.labels;
        self.candidates += o.candidates;
        self.matched += o.matched;
        self.deadline_ok += o.deadline_ok;
        self.probability_ok += o.probability_ok;
        self.missed += o.missed;
        for (k, v) in &o.fp_kind {
            *self.fp_kind.entry(k.clone()).or_default() += v;
        }
        self.fp_unlabeled += o.fp_unlabeled;
        self.wrong_deadline += o.wrong_deadline;
        self.missing_deadline += o.missing_deadline;
        self.wrong_probability += o.wrong_probability;
        for (k, v) in &o.multi {
            let e = self.multi.entry(*k).or_default();
            for (x, y) in e.iter_mut().zip(v) {
                *x += y;
            }
        }
        self.deadline_kinds.add(&o.deadline_kinds);
        self.misses.add(&o.misses);
        for (k, v) in &o.sources {
            *self.sources.entry(*k).or_default() += v;
        }
        for (k, v) in &o.wrong_p {
            *self.wrong_p.entry(*k).or_default() += v;
        }
        for (k, v) in &o.fallback {
            let e = self.fallback.entry(k).or_default();
            for (x, y) in e.iter_mut().zip(v) {
                *x += y;
            }
        }
        for (k, v) in &o.missing_fit {
            *self.missing_fit.entry(k).or_default() += v;
        }
        for (k, v) in &o.basis {
            let e = self.basis.entry(*k).or_default();
            e[0] += v[0];
            e[1] += v[1];
        }
        self.rows.extend(o.rows.iter().cloned());
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.labels)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.candidates)
    }
    pub fn deadline(&self) -> f64 {
        ratio(self.deadline_ok, self.matched)
    }
    pub fn probability(&self) -> f64 {
        ratio(self.probability_ok, self.matched)
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

pub fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

pub fn date(v: &Value) -> Result<NaiveDate, String> {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad date {v}"))
}

pub fn load(path: &std::path::Path) -> Result<Vec<Article>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for a in doc["articles"].as_array().ok_or("no `articles`")? {
        let s = |k: &str| a[k].as_str().map(str::to_string).ok_or(format!("no `{k}`"));
        let mut forecasts = Vec::new();
        for f in a["forecasts"].as_array().ok_or("no `forecasts`")? {
            let p = &f["probability"];
            forecasts.push(Label {
                start: f["start"].as_u64().ok_or("no start")? as usize,
                end: f["end"].as_u64().ok_or("no end")? as usize,
                p: (
                    p[0].as_f64().ok_or("bad probability")?,
                    p[1].as_f64().ok_or("bad probability")?,
                ),
                deadline: match &f["deadline"] {
                    Value::Null => None,
                    d => Some((date(&d[0])?, date(&d[1])?)),
                },
            });
        }
        let mut non_forecasts = Vec::new();
        for f in a["non_forecasts"].as_array().ok_or("no `non_forecasts`")? {
            non_forecasts.push(NonForecast {
                start: f["start"].as_u64().ok_or("no start")? as usize,
                end: f["end"].as_u64().ok_or("no end")? as usize,
                kind: f["kind"].as_str().unwrap_or("other").to_string(),
            });
        }
        out.push(Article {
            id: s("id")?,
            split: s("split")?,
            published: date(&a["published"])?,
            sha256: s("sha256")?,
            forecasts,
            non_forecasts,
        });
    }
    Ok(out)
}

pub fn p_ok(l: &Label, c: &Candidate) -> bool {
    c.probability >= l.p.0 - 1e-9 && c.probability <= l.p.1 + 1e-9
}

pub fn d_ok(l: &Label, c: &Candidate) -> bool {
    match (l.deadline, c.deadline) {
        (None, None) => true,
        (Some((a, b)), Some(d)) => a <= d && d <= b,
        _ => false,
    }
}

/// Scores the candidates `got` of one article; with `details`, prints each error with its
/// sentence.
pub fn score(a: &Article, text: &str, got: &[Candidate], details: bool) -> Tally {
    let mut t = Tally {
        articles: 1,
        bytes: text.len(),
        labels: a.forecasts.len(),
        candidates: got.len(),
        ..Tally::default()
    };
    // Every (label, candidate) pair that overlaps, best first: overlap, then fit.
    let mut pairs: Vec<(usize, usize, usize, u8)> = Vec::new();
    for (li, l) in a.forecasts.iter().enumerate() {
        for (ci, c) in got.iter().enumerate() {
            let o = overlap((l.start, l.end), (c.start, c.end));
            if o > 0 {
                let fit = u8::from(p_ok(l, c)) + u8::from(d_ok(l, c));
                pairs.push((li, ci, o, fit));
            }
        }
    }
    pairs.sort_by(|x, y| y.2.cmp(&x.2).then(y.3.cmp(&x.3)));
    let mut label_of: Vec<Option<usize>> = vec![None; got.len()];
    let mut cand_of: Vec<Option<usize>> = vec![None; a.forecasts.len()];
    for (li, ci, _, _) in pairs {
        if cand_of[li].is_none() && label_of[ci].is_none() {
            cand_of[li] = Some(ci);
            label_of[ci] = Some(li);
        }
    }
    // Sentences holding two or more labeled forecasts (the labels share start and end).
    let mut spans: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for l in &a.forecasts {
        *spans.entry((l.start, l.end)).or_default() += 1;
    }
    for (&span, &held) in spans.iter().filter(|(_, &n)| n >= 2) {
        let on: Vec<usize> = (0..got.len())
            .filter(|&ci| overlap(span, (got[ci].start, got[ci].end)) > 0)
            .collect();
        let matched = on
            .iter()
            .filter(|&&ci| {
                label_of[ci].is_some_and(|li| (a.forecasts[li].start, a.forecasts[li].end) == span)
            })
            .count();
        let e = t.multi.entry(on.len()).or_default();
        e[0] += 1;
        e[1] += held;
        e[2] += on.len();
        e[3] += matched;
    }
    let show = |what: &str, start: usize, end: usize, extra: String| {
        if details {
            let s = text.get(start..end).unwrap_or("?").replace('\n', " ");
            println!("  {} {what}: {s}{extra}", a.id);
        }
    };
    t.rows.push(Row::Article {
        id: a.id.clone(),
        split: a.split.clone(),
    });
    for (li, l) in a.forecasts.iter().enumerate() {
        t.rows.push(Row::Label {
            id: a.id.clone(),
            split: a.split.clone(),
            index: li,
            start: l.start,
            matched: cand_of[li].is_some(),
            deadline_ok: cand_of[li].is_some_and(|ci| d_ok(l, &got[ci])),
            probability_ok: cand_of[li].is_some_and(|ci| p_ok(l, &got[ci])),
        });
        let Some(ci) = cand_of[li] else {
            t.missed += 1;
            // A miss on a sentence that gave a candidate for another label needs a split,
            // not a new cue: say so, since the two are fixed in different places.
            let shared = got
                .iter()
                .any(|c| overlap((l.start, l.end), (c.start, c.end)) > 0);
            // What took the sentence's candidate: a label of the same sentence (several
            // forecasts in it) or a neighbouring label whose span the candidate's sentence
            // also covers (the sentences were split differently).
            let taken_by = got.iter().enumerate().find_map(|(ci, c)| {
                (overlap((l.start, l.end), (c.start, c.end)) > 0)
                    .then_some(label_of[ci])
                    .flatten()
            });
            let kind = match taken_by.map(|o| (a.forecasts[o].start, a.forecasts[o].end)) {
                None => "no candidate",
                Some(span) if span == (l.start, l.end) => {
                    "candidate matched to a label of the same sentence"
                }
                Some(_) => "candidate matched to a neighbouring label (span)",
            };
            let several = spans.get(&(l.start, l.end)).is_some_and(|&n| n >= 2);
            t.misses
                .count(l, text.get(l.start..l.end).unwrap_or(""), several, kind);
            let note = if shared {
                " [its sentence gave a candidate to another label]"
            } else {
                ""
            };
            let class = probability_class(l.p);
            let class = class.split_once(' ').map_or(class, |(_, n)| n);
            show("missed", l.start, l.end, format!("{note} [{class}]"));
            continue;
        };
        let c = &got[ci];
        t.matched += 1;
        if p_ok(l, c) {
            t.probability_ok += 1;
        } else {
            t.wrong_probability += 1;
            let side = if c.probability > l.p.1 {
                "above"
            } else {
                "below"
            };
            *t.wrong_p
                .entry((probability_class(l.p), basis_class(c), side))
                .or_default() += 1;
            show(
                "wrong probability",
                l.start,
                l.end,
                format!(
                    "\n      got {} ({}), want {:?}; claim: {}",
                    c.probability, c.probability_basis, l.p, c.claim
                ),
            );
        }
        if d_ok(l, c) {
            t.deadline_ok += 1;
            if c.deadline.is_none() {
                for (name, d) in fallbacks(c.start, got, a.published) {
                    t.fallback.entry(name).or_default()[if d.is_some() { 2 } else { 3 }] += 1;
                }
            }
        } else {
            if c.deadline.is_none() {
                t.missing_deadline += 1;
            } else {
                t.wrong_deadline += 1;
            }
            let phrase = has_dated_phrase(&c.sentence, a.published);
            t.deadline_kinds.count(l, c, phrase);
            if let (Some(range), None) = (l.deadline, c.deadline) {
                for (name, d) in fallbacks(c.start, got, a.published) {
                    let e = t.fallback.entry(name).or_default();
                    match d {
                        None => e[3] += 1,
                        Some(d) if range.0 <= d && d <= range.1 => e[0] += 1,
                        Some(_) => e[1] += 1,
                    }
                }
                *t.missing_fit.entry("all").or_default() += 1;
                for fit in missing_fits(range, a.published, c.start, got) {
                    *t.missing_fit.entry(fit).or_default() += 1;
                }
            }
            if let Some(d) = c.deadline {
                let how = match l.deadline {
                    None => "label null",
                    Some((x, _)) if (x - d).num_days() > 182 => "early >6 months",
                    Some((x, _)) if d < x => "early",
                    Some((_, y)) if (d - y).num_days() > 182 => "late >6 months",
                    Some(_) => "late",
                };
                let mut source = deadline_source(c);
                // The article's date by its shape: a year's end (a list's or headline's year,
                // a fiscal year), a day within a week (a game, results or election day), or
                // another (a season's end, a ceremony).
                if source == "article" {
                    use chrono::Datelike;
                    source = if d.month() == 12 && d.day() == 31 {
                        "article: a year's end"
                    } else if (d - a.published).num_days() <= 7 {
                        "article: within a week"
                    } else {
                        "article: another day"
                    };
                }
                *t.sources.entry((source, how)).or_default() += 1;
            }
            show(
                if c.deadline.is_none() {
                    "missing deadline"
                } else {
                    "wrong deadline"
                },
                l.start,
                l.end,
                format!(
                    "\n      got {:?} ({:?}), want {:?}; claim: {}",
                    c.deadline.map(|d| d.to_string()),
                    c.deadline_phrase,
                    l.deadline.map(|(x, y)| format!("{x}..{y}")),
                    c.claim
                ),
            );
        }
    }
    for (ci, c) in got.iter().enumerate() {
        let key = (
            basis_class(c),
            c.deadline.is_some(),
            c.attributed_to.is_some(),
        );
        t.basis.entry(key).or_default()[usize::from(label_of[ci].is_none())] += 1;
        if label_of[ci].is_some() {
            continue;
        }
        t.rows.push(Row::FalsePositive {
            id: a.id.clone(),
            split: a.split.clone(),
            start: c.start,
            end: c.end,
        });
        // A candidate on a sentence that already gave a matched one is a duplicate; one on a
        // labeled non-forecast is counted by that label's kind.
        let kind = a
            .non_forecasts
            .iter()
            .filter(|n| overlap((n.start, n.end), (c.start, c.end)) > 0)
            .max_by_key(|n| overlap((n.start, n.end), (c.start, c.end)))
            .map(|n| n.kind.clone());
        match &kind {
            Some(k) => *t.fp_kind.entry(k.clone()).or_default() += 1,
            None => t.fp_unlabeled += 1,
        }
        show(
            &format!(
                "false positive ({})",
                kind.as_deref().unwrap_or("unlabeled")
            ),
            c.start,
            c.end,
            format!("\n      claim: {} [{}]", c.claim, c.probability_basis),
        );
    }
    t
}

pub fn print_split(name: &str, t: &Tally) {
    println!(
        "{name}: {} articles, {} bytes, {} labeled forecasts, {} candidates",
        t.articles, t.bytes, t.labels, t.candidates
    );
    println!(
        "  recall {:.3} ({}/{})  precision {:.3} ({}/{})  deadline within range {:.3} ({}/{})  probability within range {:.3} ({}/{})",
        t.recall(),
        t.matched,
        t.labels,
        t.precision(),
        t.matched,
        t.candidates,
        t.deadline(),
        t.deadline_ok,
        t.matched,
        t.probability(),
        t.probability_ok,
        t.matched
    );
    let fp: Vec<String> = t.fp_kind.iter().map(|(k, v)| format!("{k} {v}")).collect();
    println!(
        "  errors: missed forecast {}, false positive by non-forecast kind {} [{}], unlabeled false positive {}, wrong deadline {}, missing deadline {}, wrong probability {}",
        t.missed,
        t.fp_kind.values().sum::<usize>(),
        fp.join(", "),
        t.fp_unlabeled,
        t.wrong_deadline,
        t.missing_deadline,
        t.wrong_probability
    );
    println!("{}", t.deadline_kinds.line());
}

/// The count-only lines of the wrong deadlines by where they came from (`deadline_source`):
/// no sentence is printed, so it is shown for every split.
pub fn print_sources(t: &Tally) {
    let mut by: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for ((source, how), n) in &t.sources {
        by.entry(source).or_default().push(format!("{how} {n}"));
    }
    for (source, hows) in by {
        println!("  wrong deadlines from {source}: {}", hows.join(", "));
    }
    let fits: Vec<String> = t
        .missing_fit
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect();
    println!("  missing deadlines whose label holds: {}", fits.join(", "));
    for (name, [right, wrong, null, none]) in &t.fallback {
        println!("  fallback {name:<16} on undated matches: right {right}, wrong {wrong}, wrong (label null) {null}, nothing {none}");
    }
}

/// The count-only line of the sentences labeled with two or more forecasts (`Tally::multi`):
/// how many such sentences got 0, 1, 2, ... candidates and how many of those matched; no
/// sentence is printed, so it is shown for every split.
/// The candidates by `basis_class`, deadline and holder, matched and not (counts only).
pub fn print_basis(t: &Tally) {
    for ((class, deadline, holder), [hit, miss]) in &t.basis {
        println!(
            "  basis {class:<16} deadline {:<3} holder {:<3}: matched {hit:>4}, not matched {miss:>4}",
            if *deadline { "yes" } else { "no" },
            if *holder { "yes" } else { "no" },
        );
    }
}

/// The count-only lines of the wrong probabilities by the label's class, the candidate's
/// basis and the side of the label's range the candidate's value falls on.
pub fn print_probability(t: &Tally) {
    for ((class, basis, side), n) in &t.wrong_p {
        println!("  wrong probability: label {class:<22} basis {basis:<16} {side}: {n}");
    }
}

pub fn print_multi(t: &Tally) {
    let sum = |i: usize| t.multi.values().map(|v| v[i]).sum::<usize>();
    let rows: Vec<String> = t
        .multi
        .iter()
        .map(|(k, v)| {
            format!(
                "{k}: {} sentences, {} forecasts, {} matched",
                v[0], v[1], v[3]
            )
        })
        .collect();
    println!(
        "  multi-forecast sentences {} ({} forecasts, {} beyond the first), {} candidates on them, {} matched; by candidates per sentence [{}]",
        sum(0),
        sum(1),
        sum(1) - sum(0),
        sum(2),
        sum(3),
        rows.join("; ")
    );
}

/// The texts of the articles of `split` ("all" for every split) under `dir`, each checked
/// against its labeled SHA-256; every problem is listed when one is missing or different.
/// The articles whose texts are present with the labeled SHA-256 (for `--present`).
pub fn texts_present<'a>(
    dir: &Path,
    articles: &'a [Article],
    split: &str,
) -> Vec<(&'a Article, String)> {
    articles
        .iter()
        .filter_map(|a| texts(dir, std::slice::from_ref(a), split).ok())
        .flatten()
        .collect()
}

pub fn texts<'a>(
    dir: &Path,
    articles: &'a [Article],
    split: &str,
) -> Result<Vec<(&'a Article, String)>, Vec<String>> {
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    for a in articles
        .iter()
        .filter(|a| split == "all" || a.split == split)
    {
        let path = dir.join(&a.split).join(format!("{}.txt", a.id));
        match std::fs::read(&path) {
            Err(e) => problems.push(format!("{}: {e}", path.display())),
            Ok(bytes) => {
                let sha = Sha256::digest(&bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>();
                if sha != a.sha256 {
                    problems.push(format!(
                        "{}: sha256 {sha} is not the labeled {}",
                        path.display(),
                        a.sha256
                    ));
                } else {
                    match String::from_utf8(bytes) {
                        Ok(t) => texts.push((a, t)),
                        Err(e) => problems.push(format!("{}: {e}", path.display())),
                    }
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(texts)
    } else {
        Err(problems)
    }
}

/// One dump line per row: tab-separated, no text (`label ID SPLIT INDEX START M D P` with
/// 0/1 flags, or `fp ID SPLIT START END`), sorted so two builds' dumps diff cleanly.
pub fn dump_lines(rows: &[Row]) -> Vec<String> {
    let mut rows = rows.to_vec();
    rows.sort();
    rows.iter()
        .map(|r| match r {
            Row::Label {
                id,
                split,
                index,
                start,
                matched,
                deadline_ok,
                probability_ok,
            } => format!(
                "label\t{id}\t{split}\t{index}\t{start}\t{}\t{}\t{}",
                u8::from(*matched),
                u8::from(*deadline_ok),
                u8::from(*probability_ok)
            ),
            Row::FalsePositive {
                id,
                split,
                start,
                end,
            } => format!("fp\t{id}\t{split}\t{start}\t{end}"),
            Row::Article { id, split } => format!("article\t{id}\t{split}"),
        })
        .collect()
}

/// Reads a dump written by `dump_lines`.
pub fn read_dump(text: &str) -> Result<Vec<Row>, String> {
    let flag = |s: &str| match s {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(format!("`{s}` is not 0 or 1")),
    };
    let num = |s: &str| s.parse::<usize>().map_err(|e| format!("`{s}`: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(n, line)| {
            let f: Vec<&str> = line.split('\t').collect();
            let row = match f.as_slice() {
                ["label", id, split, index, start, m, d, p] => Row::Label {
                    id: id.to_string(),
                    split: split.to_string(),
                    index: num(index)?,
                    start: num(start)?,
                    matched: flag(m)?,
                    deadline_ok: flag(d)?,
                    probability_ok: flag(p)?,
                },
                ["fp", id, split, start, end] => Row::FalsePositive {
                    id: id.to_string(),
                    split: split.to_string(),
                    start: num(start)?,
                    end: num(end)?,
                },
                ["article", id, split] => Row::Article {
                    id: id.to_string(),
                    split: split.to_string(),
                },
                _ => return Err(format!("line {}: not a dump row", n + 1)),
            };
            Ok(row)
        })
        .collect()
}

/// What changed between an earlier build's rows and this build's, per split: labeled
/// forecasts matched now and not before (gained) or before and not now (lost), deadlines and
/// probabilities turned right or wrong among those matched by both, and false positives new
/// or gone (by article and start). Only labels of articles scored by both count. With
/// `detail`, the dev split's changed labels and false positives are listed by article and
/// offset (never the held-out or blind ones, which are looked at only to measure).
pub fn compare_rows(before: &[Row], now: &[Row], detail: bool) -> Vec<String> {
    use std::collections::{BTreeSet, HashMap};
    type LabelKey = (String, String, usize);
    type Flags = (bool, bool, bool, usize);
    let labels = |rows: &[Row]| -> HashMap<LabelKey, Flags> {
        rows.iter()
            .filter_map(|r| match r {
                Row::Label {
                    id,
                    split,
                    index,
                    start,
                    matched,
                    deadline_ok,
                    probability_ok,
                } => Some((
                    (split.clone(), id.clone(), *index),
                    (*matched, *deadline_ok, *probability_ok, *start),
                )),
                _ => None,
            })
            .collect()
    };
    let fps = |rows: &[Row]| -> BTreeSet<(String, String, usize, usize)> {
        rows.iter()
            .filter_map(|r| match r {
                Row::FalsePositive {
                    id,
                    split,
                    start,
                    end,
                } => Some((split.clone(), id.clone(), *start, *end)),
                _ => None,
            })
            .collect()
    };
    let (lb, ln) = (labels(before), labels(now));
    // The articles both builds scored: by their article rows, or (a dump written before
    // those rows) by their labels.
    let articles = |rows: &[Row]| -> BTreeSet<(String, String)> {
        rows.iter()
            .filter_map(|r| match r {
                Row::Article { id, split } => Some((split.clone(), id.clone())),
                Row::Label { id, split, .. } => Some((split.clone(), id.clone())),
                Row::FalsePositive { .. } => None,
            })
            .collect()
    };
    let scored: BTreeSet<(String, String)> = articles(before)
        .intersection(&articles(now))
        .cloned()
        .collect();
    let (fb, fnow) = (fps(before), fps(now));
    let mut out = Vec::new();
    for split in ["dev", "heldout", "blind"] {
        let mut counts = [0usize; 8];
        let mut listed = Vec::new();
        let mut keys: Vec<_> = ln
            .keys()
            .filter(|k| k.0 == split && lb.contains_key(*k))
            .collect();
        keys.sort();
        for k in keys {
            let (b, n) = (lb[k], ln[k]);
            let what = match (b.0, n.0) {
                (false, true) => Some((0, "gained")),
                (true, false) => Some((1, "lost")),
                (true, true) if b.1 != n.1 => Some(if n.1 {
                    (2, "deadline now right")
                } else {
                    (3, "deadline now wrong")
                }),
                _ => None,
            };
            if let Some((i, name)) = what {
                counts[i] += 1;
                listed.push(format!("    {name}: {} label {} at byte {}", k.1, k.2, n.3));
            }
            if b.0 && n.0 && b.2 != n.2 {
                counts[if n.2 { 4 } else { 5 }] += 1;
                listed.push(format!(
                    "    probability now {}: {} label {} at byte {}",
                    if n.2 { "right" } else { "wrong" },
                    k.1,
                    k.2,
                    n.3
                ));
            }
        }
        let in_split = |s: &&(String, String, usize, usize)| {
            s.0 == split && scored.contains(&(s.0.clone(), s.1.clone()))
        };
        for f in fnow.iter().filter(in_split).filter(|f| !fb.contains(*f)) {
            counts[6] += 1;
            listed.push(format!(
                "    new false positive: {} bytes {}..{}",
                f.1, f.2, f.3
            ));
        }
        for f in fb.iter().filter(in_split).filter(|f| !fnow.contains(*f)) {
            counts[7] += 1;
            listed.push(format!(
                "    false positive gone: {} bytes {}..{}",
                f.1, f.2, f.3
            ));
        }
        out.push(format!(
            "{split:<8} against the earlier dump: {} gained, {} lost; deadline {} right, {} wrong; probability {} right, {} wrong; false positives {} new, {} gone",
            counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]
        ));
        if detail && split == "dev" {
            out.extend(listed);
        }
    }
    out
}
