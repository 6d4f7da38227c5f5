//! A learned second opinion on each sentence (issue 13, sixth round): a logistic regression
//! over sparse features of the sentence (lower-case word unigrams and bigrams, and structural
//! signals the extractor's own modules give: a hedge and its class, an explicit number, a time
//! phrase ahead of or behind publication, quotes, a question mark, a list line under a
//! predictions heading ...). Its weights are `learned_weights.tsv`, written by
//! `examples/train_extractor.rs` from the real-news development articles only; the vocabulary
//! keeps only words and word pairs found in at least three different articles, so nothing
//! particular to one article is stored.
//!
//! `refine` runs after the hand rules (`super::extract`): a rule candidate on a sentence
//! scoring below `veto` is dropped, and a sentence the rules left alone scoring at least
//! `admit` is proposed (unless it shows a shape the labeling rules exclude, `SHAPES`), its probability read by the hedge lexicon (a sentence with no
//! hedge takes the "will" range of a list prediction) and its deadline by the time-phrase
//! modules. Everything here is pure and deterministic: training is full-batch gradient descent
//! for a fixed number of steps, summed in a fixed order.

use super::deadlines;
use super::hedges::{tokens, Lexicon, Reading, Token};
use super::lists::{self, Trigger};
use super::sentences::{self, Kind, Sentence};
use super::{claims, lookalikes, timefind, Candidate, LIST_PREDICTION};
use crate::model::{ProbabilityBasis, Stance};
use crate::time::Tense;
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The shipped weights (`examples/train_extractor.rs` writes them).
const WEIGHTS: &str = include_str!("learned_weights.tsv");

/// A linear model over named features with its two decision thresholds.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bias: f64,
    pub weights: FxHashMap<String, f64>,
    /// A sentence the rules rejected is proposed at this score or above.
    pub admit: f64,
    /// A rule candidate on a sentence scoring below this is dropped.
    pub veto: f64,
}

impl Model {
    /// The shipped model, parsed once.
    pub fn embedded() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::parse(WEIGHTS).unwrap_or_else(|_| Model::empty()))
    }

    /// A model that neither admits nor vetoes anything.
    pub fn empty() -> Model {
        Model {
            bias: 0.0,
            weights: FxHashMap::default(),
            admit: f64::INFINITY,
            veto: f64::NEG_INFINITY,
        }
    }

    /// Reads `name<TAB>value` lines; `:bias`, `:admit` and `:veto` are the reserved names
    /// (no feature starts with a colon); `#` lines are comments.
    pub fn parse(text: &str) -> Result<Model, String> {
        let mut m = Model::empty();
        let mut seen = BTreeSet::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (name, value) = line
                .rsplit_once('\t')
                .ok_or_else(|| format!("line {}: no tab", n + 1))?;
            let v: f64 = value
                .parse()
                .map_err(|_| format!("line {}: `{value}` is not a number", n + 1))?;
            if !v.is_finite() && name != ":admit" && name != ":veto" {
                return Err(format!("line {}: `{value}` is not finite", n + 1));
            }
            if !seen.insert(name.to_string()) {
                return Err(format!("line {}: `{name}` twice", n + 1));
            }
            match name {
                ":bias" => m.bias = v,
                ":admit" => m.admit = v,
                ":veto" => m.veto = v,
                _ => {
                    m.weights.insert(name.to_string(), v);
                }
            }
        }
        Ok(m)
    }

    /// The TSV `parse` reads, features in byte order, so a rerun writes the same bytes.
    pub fn to_tsv(&self, header: &str) -> String {
        let mut out = String::new();
        for l in header.lines() {
            out.push_str("# ");
            out.push_str(l);
            out.push('\n');
        }
        out.push_str(&format!(":admit\t{}\n:veto\t{}\n", self.admit, self.veto));
        out.push_str(&format!(":bias\t{}\n", self.bias));
        let sorted: BTreeMap<&String, &f64> = self.weights.iter().collect();
        for (k, v) in sorted {
            out.push_str(&format!("{k}\t{v}\n"));
        }
        out
    }

    /// The linear score: bias plus the weight of each feature occurrence.
    pub fn linear<'f>(&self, features: impl IntoIterator<Item = &'f str>) -> f64 {
        self.bias
            + features
                .into_iter()
                .map(|f| self.weights.get(f).copied().unwrap_or(0.0))
                .sum::<f64>()
    }

    /// The probability the model gives that a sentence with `features` holds a forecast.
    pub fn score<'f>(&self, features: impl IntoIterator<Item = &'f str>) -> f64 {
        sigmoid(self.linear(features))
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// What the extractor's own modules say about a sentence, beside its words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signals {
    /// The hedge lexicon's probability, when it reads one.
    pub hedge: Option<f64>,
    /// The reading is an explicit number ("60%", "odds of 5/4").
    pub number: bool,
    /// A time phrase ending after publication (or "by then").
    pub future_time: bool,
    /// A time phrase ending on or before publication.
    pub past_time: bool,
    pub kind: Option<Kind>,
    pub first: bool,
    /// Inside a list opened by a predictions heading.
    pub section: bool,
    /// Which shapes the rules reject the sentence shows (bit i is `SHAPES[i]`), read over the
    /// whole sentence.
    pub shapes: u32,
}

/// The rejecting shapes of `super::cues` and `super::lookalikes`, as feature names.
pub const SHAPES: [&str; 18] = [
    "s:embedded",
    "s:announced_plan",
    "s:promise",
    "s:generic",
    "s:advice",
    "s:past_report",
    "s:schedule",
    "s:habitual",
    "s:capability",
    "s:vague_outcome",
    "s:superseded",
    "s:about_prediction",
    "s:attention",
    "s:relative_future",
    "s:terms_of_plan",
    "s:hypothetical_would",
    "s:should_pick",
    "s:compared_likelihood",
];

/// The bits of `SHAPES` that `sentence` shows.
fn shapes(sentence: &str, toks: &[Token<'_>], year: i32, reading: Option<&Reading>) -> u32 {
    use super::cues;
    let number = reading.is_some_and(|r| r.number);
    let w = lookalikes::words(toks);
    let should_pick = lists::pick_line(sentence)
        .is_some_and(|(colon, _)| lists::pick_key(&sentence[..colon]) == lists::PickKey::Should);
    [
        cues::embedded_in(toks),
        cues::announced_plan_in(sentence, toks),
        cues::promise_in(toks),
        cues::generic_in(toks),
        cues::advice_in(toks),
        cues::past_report_in(toks, year, number),
        cues::schedule_in(toks),
        lookalikes::habitual(&w),
        lookalikes::capability(&w),
        lookalikes::vague_outcome(&w),
        lookalikes::superseded(&w),
        lookalikes::about_prediction(sentence, toks, &w),
        lookalikes::attention(&w),
        cues::relative_future_in(sentence, toks),
        cues::terms_of_plan_in(toks),
        reading.is_some_and(|r| r.words == "would") && cues::hypothetical_would_in(toks),
        should_pick,
        lookalikes::compared_likelihood(&w),
    ]
    .iter()
    .enumerate()
    .fold(0, |m, (i, &b)| m | (u32::from(b) << i))
}

/// Names of the structural features of `s` (each starts with `s:`).
fn structural(sentence: &str, s: &Signals, out: &mut impl FnMut(&str)) {
    match s.hedge {
        Some(p) if s.number => out(if p >= 0.5 {
            "s:number_high"
        } else {
            "s:number_low"
        }),
        Some(p) if p >= 0.8 => out("s:hedge_high"),
        Some(p) if p >= 0.5 => out("s:hedge_mid"),
        Some(_) => out("s:hedge_low"),
        None => out("s:no_hedge"),
    }
    if s.future_time {
        out("s:future_time");
    }
    if s.past_time {
        out("s:past_time");
    }
    match s.kind {
        Some(Kind::Bullet) => out("s:bullet"),
        Some(Kind::Heading) => out("s:heading"),
        Some(Kind::Checklist) => out("s:checklist"),
        _ => {}
    }
    if s.section {
        out("s:section");
        if s.first && matches!(s.kind, Some(Kind::Bullet)) {
            out("s:section_item");
        }
    }
    for (i, name) in SHAPES.iter().enumerate() {
        if s.shapes & (1 << i) != 0 {
            out(name);
        }
    }
    let t = sentence.trim_end();
    if t.ends_with('?') {
        out("s:question");
    }
    if t.ends_with(':') {
        out("s:colon_end");
    }
    if sentence.contains(['"', '\u{201c}', '\u{201d}']) {
        out("s:quote");
    }
    if sentence.contains('%') {
        out("s:percent");
    }
    if sentence.bytes().any(|b| b.is_ascii_digit()) {
        out("s:digit");
    }
}

/// Calls `out` with every feature of a sentence, once per occurrence: `w:word`,
/// `b:word word` and the structural ones. `buf` is reused for the bigrams.
pub fn each_feature(
    sentence: &str,
    toks: &[Token<'_>],
    signals: &Signals,
    buf: &mut String,
    mut out: impl FnMut(&str),
) {
    structural(sentence, signals, &mut out);
    for (i, t) in toks.iter().enumerate() {
        buf.clear();
        buf.push_str("w:");
        buf.push_str(&t.0);
        out(buf);
        if let Some(next) = toks.get(i + 1) {
            buf.clear();
            buf.push_str("b:");
            buf.push_str(&t.0);
            buf.push(' ');
            buf.push_str(&next.0);
            out(buf);
        }
    }
}

/// Every feature of a sentence, as owned names (for training and tests).
pub fn features(sentence: &str, toks: &[Token<'_>], signals: &Signals) -> Vec<String> {
    let mut v = Vec::new();
    let mut buf = String::new();
    each_feature(sentence, toks, signals, &mut buf, |f| v.push(f.to_string()));
    v
}

/// One sentence of an article with its signals.
pub struct Read<'a> {
    pub sentence: Sentence<'a>,
    pub toks: Vec<Token<'a>>,
    pub signals: Signals,
}

/// Splits `text` and reads every sentence's signals.
pub fn read(text: &str, published: NaiveDate) -> Vec<Read<'_>> {
    let lexicon = Lexicon::embedded();
    let year = published.year();
    let mut section = false;
    sentences::split(text)
        .into_iter()
        .map(|s| {
            let toks = tokens(s.text);
            if let Some(t) = lists::trigger_in(s.text, &toks, year) {
                section = t == Trigger::Opens;
            }
            let reading = lexicon.read_tokens(s.text, &toks);
            let found = timefind::find_in(s.text, &toks, published, Tense::Future);
            let found = deadlines::usable(s.text, &toks, found);
            let signals = Signals {
                hedge: reading.as_ref().map(|r| r.probability),
                number: reading.as_ref().is_some_and(|r| r.number),
                future_time: found.iter().any(|f| deadlines::ahead(f, published)),
                past_time: found
                    .iter()
                    .any(|f| f.period.is_some_and(|p| p.last <= published)),
                kind: Some(s.kind),
                first: s.first,
                section,
                shapes: shapes(s.text, &toks, year, reading.as_ref()),
            };
            Read {
                sentence: s,
                toks,
                signals,
            }
        })
        .collect()
}

/// The model's score of each sentence read.
pub fn scores(model: &Model, reads: &[Read<'_>]) -> Vec<f64> {
    let mut buf = String::new();
    reads
        .iter()
        .map(|r| {
            let mut z = model.bias;
            each_feature(r.sentence.text, &r.toks, &r.signals, &mut buf, |f| {
                z += model.weights.get(f).copied().unwrap_or(0.0);
            });
            sigmoid(z)
        })
        .collect()
}

/// The deadline the rules give an article's forecasts that name no time: the season a sports
/// preview is about, an earnings preview's results day, the year a headline forecasts, or the
/// election the article dates (the same order as `super::extract`).
pub fn article_day(text: &str, reads: &[Read<'_>], published: NaiveDate) -> Option<NaiveDate> {
    let sents: Vec<Sentence<'_>> = reads.iter().map(|r| r.sentence).collect();
    deadlines::season_end(text, published)
        .or_else(|| deadlines::report_day(&sents, published))
        .or_else(|| deadlines::headline_year(&sents, published))
        .or_else(|| deadlines::us_election_day(text, published))
        .or_else(|| deadlines::named_election_day(&sents, published))
}

/// The rule candidates `rules` of `text`, with those on a sentence scoring below `veto`
/// dropped and a candidate added for each sentence without one scoring at least `admit`.
pub fn apply(
    reads: &[Read<'_>],
    scores: &[f64],
    rules: Vec<Candidate>,
    (published, fallback): (NaiveDate, Option<NaiveDate>),
    (admit, veto): (f64, f64),
) -> Vec<Candidate> {
    // The sentence holding each candidate's start.
    let at = |pos: usize| {
        reads
            .partition_point(|r| r.sentence.end <= pos)
            .min(reads.len().saturating_sub(1))
    };
    let mut proposed = vec![false; reads.len()];
    let mut out: Vec<Candidate> = Vec::with_capacity(rules.len());
    for c in rules {
        let k = at(c.start);
        if reads.is_empty() {
            out.push(c);
            continue;
        }
        proposed[k] = true;
        if scores[k] >= veto {
            out.push(c);
        }
    }
    for (k, r) in reads.iter().enumerate() {
        if proposed[k] || scores[k] < admit || !admissible(r) {
            continue;
        }
        out.push(admitted(r, scores[k], published, fallback));
    }
    out.sort_by_key(|c| c.start);
    out
}

/// A sentence the scorer may propose: a worded line that is no question or checklist item and
/// shows none of the shapes the labeling rules exclude (`SHAPES`: plans, schedules, superseded
/// forecasts, statements about predictions ...), which stay the rules' call.
fn admissible(r: &Read<'_>) -> bool {
    r.sentence.kind != Kind::Checklist
        && r.signals.shapes == 0
        && r.toks.len() >= 3
        && !lookalikes::question(r.sentence.text, &r.toks)
}

/// The candidate for a sentence the scorer admits: the hedge lexicon's probability (a list
/// prediction's "will" range without a hedge) and the first time phrase ahead as deadline,
/// else the article's own day (`article_day`).
fn admitted(
    r: &Read<'_>,
    score: f64,
    published: NaiveDate,
    fallback: Option<NaiveDate>,
) -> Candidate {
    let s = &r.sentence;
    let reading = Lexicon::embedded().read_tokens(s.text, &r.toks);
    let (probability, low, high, basis) = match reading {
        Some(r) => (r.probability, r.low, r.high, r.basis()),
        None => {
            let (p, low, high) = LIST_PREDICTION;
            (
                p,
                low,
                high,
                ProbabilityBasis::Hedge {
                    phrase: "learned: no hedge".to_string(),
                    low,
                    high,
                },
            )
        }
    };
    let found = deadlines::usable(
        s.text,
        &r.toks,
        timefind::find_in(s.text, &r.toks, published, Tense::Future),
    );
    let chosen = found
        .iter()
        .find(|f| f.period.is_some_and(|p| p.last > published));
    let mut review = vec![format!(
        "proposed by the learned sentence scorer ({score:.2}) where no rule fired: check it is a forecast"
    )];
    let (deadline, phrase) = deadlines::deadline_of(chosen, &None, &mut review, None, published);
    Candidate {
        sentence: s.text.to_string(),
        claim: claims::claim(s.text.trim_start_matches(['-', '*', '•', ' ']), &[], None),
        probability,
        probability_basis: basis,
        probability_low: low,
        probability_high: high,
        deadline: deadline.or(fallback),
        deadline_phrase: phrase,
        condition: None,
        stance: Stance::For,
        attributed_to: super::attribution::attribution_in(s.text, &r.toks),
        review,
        start: s.start,
        end: s.end,
        logged_from: None,
    }
}

/// `apply` with `model`'s own thresholds, after the rules' `candidates`. Not a step of
/// `super::extract`: measured on the held-out real news it cost precision (README); the
/// trainer and `examples/realnews_eval.rs --learned` use it.
pub fn refine(
    text: &str,
    published: NaiveDate,
    rules: Vec<Candidate>,
    model: &Model,
) -> Vec<Candidate> {
    if model.admit.is_infinite() && model.veto.is_infinite() {
        return rules;
    }
    let reads = read(text, published);
    let s = scores(model, &reads);
    // The article's own day is only looked for when a sentence is admitted.
    let fallback = if s.iter().any(|&x| x >= model.admit) {
        article_day(text, &reads, published)
    } else {
        None
    };
    apply(
        &reads,
        &s,
        rules,
        (published, fallback),
        (model.admit, model.veto),
    )
}

/// One training sentence: its features, whether it holds a forecast, and its article.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<String>,
    pub positive: bool,
    pub group: usize,
}

/// The features kept: structural ones always, words and word pairs only when they occur in
/// at least `min_groups` different groups (articles).
pub fn vocabulary(examples: &[Example], min_groups: usize) -> BTreeSet<String> {
    let mut groups: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for e in examples {
        for f in &e.features {
            groups.entry(f.as_str()).or_default().insert(e.group);
        }
    }
    groups
        .into_iter()
        .filter(|(f, g)| f.starts_with("s:") || g.len() >= min_groups)
        .map(|(f, _)| f.to_string())
        .collect()
}

/// How `train` runs.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub iterations: usize,
    pub rate: f64,
    /// L2 penalty on the weights (not the bias), per example.
    pub l2: f64,
}

/// Logistic regression by full-batch gradient descent over `vocab`'s features of `examples`
/// (counts), from zero weights, `settings.iterations` steps; weights are rounded to 1e-6 so the
/// written file is the model used. Thresholds are left to the caller (`admit` infinite, `veto`
/// minus infinite: a model that changes nothing until they are set).
pub fn train(examples: &[Example], vocab: &BTreeSet<String>, settings: Settings) -> Model {
    let index: FxHashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, f)| (f.as_str(), i))
        .collect();
    let rows: Vec<(Vec<usize>, f64)> = examples
        .iter()
        .map(|e| {
            (
                e.features
                    .iter()
                    .filter_map(|f| index.get(f.as_str()).copied())
                    .collect(),
                if e.positive { 1.0 } else { 0.0 },
            )
        })
        .collect();
    let n = rows.len().max(1) as f64;
    let mut w = vec![0.0f64; vocab.len()];
    let mut b = 0.0f64;
    let mut grad = vec![0.0f64; vocab.len()];
    for _ in 0..settings.iterations {
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut gb = 0.0;
        for (feats, y) in &rows {
            let z = b + feats.iter().map(|&i| w[i]).sum::<f64>();
            let err = sigmoid(z) - y;
            gb += err;
            for &i in feats {
                grad[i] += err;
            }
        }
        b -= settings.rate * gb / n;
        for (wi, gi) in w.iter_mut().zip(&grad) {
            *wi -= settings.rate * (gi / n + settings.l2 * *wi);
        }
    }
    let round = |x: f64| (x * 1e6).round() / 1e6;
    Model {
        bias: round(b),
        weights: vocab
            .iter()
            .zip(&w)
            .map(|(f, &x)| (f.clone(), round(x)))
            .filter(|(_, x)| *x != 0.0)
            .collect(),
        admit: f64::INFINITY,
        veto: f64::NEG_INFINITY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn features_of_a_sentence_exactly() {
        let text = "- Rates rise 50% in June";
        let signals = Signals {
            hedge: Some(0.9),
            number: false,
            future_time: true,
            past_time: false,
            kind: Some(Kind::Bullet),
            first: true,
            section: true,
            shapes: 1 << 6,
        };
        let got = features(text, &tokens(text), &signals);
        let want = [
            "s:hedge_high",
            "s:future_time",
            "s:bullet",
            "s:section",
            "s:section_item",
            "s:schedule",
            "s:percent",
            "s:digit",
            "w:rates",
            "b:rates rise",
            "w:rise",
            // `hedges::tokens` keeps a percent sign on its number.
            "b:rise 50%",
            "w:50%",
            "b:50% in",
            "w:in",
            "b:in june",
            "w:june",
        ];
        assert_eq!(got, want);
        let plain = features("Will it?", &tokens("Will it?"), &Signals::default());
        assert_eq!(
            plain,
            ["s:no_hedge", "s:question", "w:will", "b:will it", "w:it"]
        );
    }

    #[test]
    fn score_is_the_logistic_of_the_dot_product() {
        let m =
            Model::parse(":bias\t-1\nw:will\t0.5\nb:will rise\t1.25\ns:no_hedge\t-0.25\n").unwrap();
        let text = "Rates will rise.";
        let f = features(text, &tokens(text), &Signals::default());
        // By hand: -1 + 0.5 (will) + 1.25 (will rise) - 0.25 (no hedge) = 0.5, and
        // 1 / (1 + e^-0.5) = 0.6224593312018546.
        assert!((m.linear(f.iter().map(String::as_str)) - 0.5).abs() < 1e-9);
        assert!((m.score(f.iter().map(String::as_str)) - 0.622_459_331_201_854_6).abs() < 1e-9);
        // The allocation-free path of the pipeline gives the same score.
        let reads = vec![Read {
            sentence: Sentence {
                text,
                start: 0,
                end: text.len(),
                kind: Kind::Prose,
                first: true,
                speaker: None,
                day: None,
            },
            toks: tokens(text),
            signals: Signals::default(),
        }];
        assert!((scores(&m, &reads)[0] - 0.622_459_331_201_854_6).abs() < 1e-9);
    }

    #[test]
    fn shipped_weights_parse_and_are_finite() {
        let m = Model::parse(WEIGHTS).unwrap();
        assert!(m.weights.len() > 100);
        assert!(m.bias.is_finite());
        assert!(m.weights.values().all(|w| w.is_finite()));
        assert!(m
            .weights
            .keys()
            .all(|k| k.starts_with("w:") || k.starts_with("b:") || k.starts_with("s:")));
        assert!(m.admit.is_infinite() || (0.0..=1.0).contains(&m.admit));
        assert!(m.veto.is_infinite() || (0.0..=1.0).contains(&m.veto));
        assert_eq!(Model::parse(&m.to_tsv("again")).unwrap(), m);
    }

    #[test]
    fn bad_weight_files_are_refused() {
        assert!(Model::parse("w:x 1\n").is_err());
        assert!(Model::parse("w:x\tone\n").is_err());
        assert!(Model::parse("w:x\tNaN\n").is_err());
        assert!(Model::parse("w:x\t1\nw:x\t2\n").is_err());
    }

    fn synthetic() -> Vec<Example> {
        let ex = |f: &[&str], positive, group| Example {
            features: f.iter().map(|s| s.to_string()).collect(),
            positive,
            group,
        };
        vec![
            ex(&["w:will", "w:rise"], true, 0),
            ex(&["w:will", "w:fall"], true, 1),
            ex(&["w:was", "w:rise"], false, 2),
            ex(&["w:was", "w:fall"], false, 0),
            ex(&["w:will", "w:was"], true, 2),
        ]
    }

    #[test]
    fn one_training_step_by_hand() {
        // Zero weights: every prediction is 0.5, so each example's error is 0.5 - y. Two
        // examples (n = 2): x only in the positive, y only in the negative; rate 1, no L2:
        // w_x = -(-0.5)/2 = 0.25, w_y = -(0.5)/2 = -0.25, bias -(0)/2 = 0.
        let ex = vec![
            Example {
                features: vec!["w:x".into()],
                positive: true,
                group: 0,
            },
            Example {
                features: vec!["w:y".into()],
                positive: false,
                group: 1,
            },
        ];
        let vocab = vocabulary(&ex, 1);
        let m = train(
            &ex,
            &vocab,
            Settings {
                iterations: 1,
                rate: 1.0,
                l2: 0.0,
            },
        );
        assert_eq!(m.bias, 0.0);
        assert_eq!(m.weights["w:x"], 0.25);
        assert_eq!(m.weights["w:y"], -0.25);
    }

    #[test]
    fn training_is_deterministic_and_learns_the_synthetic_set() {
        let ex = synthetic();
        let vocab = vocabulary(&ex, 2);
        // "w:rise", "w:fall" and "w:was" are in two groups each, "w:will" in three.
        assert_eq!(
            vocab.iter().map(String::as_str).collect::<Vec<_>>(),
            ["w:fall", "w:rise", "w:was", "w:will"]
        );
        assert!(vocabulary(&ex, 3).iter().eq(["w:will"].iter()));
        let s = Settings {
            iterations: 300,
            rate: 1.0,
            l2: 1e-3,
        };
        let a = train(&ex, &vocab, s);
        let b = train(&ex, &vocab, s);
        assert_eq!(a.to_tsv("x"), b.to_tsv("x"));
        for e in &ex {
            let p = a.score(e.features.iter().map(String::as_str));
            assert_eq!(p > 0.5, e.positive, "{:?} scored {p}", e.features);
        }
        assert!(a.weights["w:will"] > 0.0 && a.weights["w:was"] < 0.0);
    }

    #[test]
    fn the_scorer_vetoes_and_admits() {
        let text = "The weather is nice today. Prices will rise in 2031.";
        let published = date("2030-01-01");
        let rules = super::super::extract(text, published);
        assert_eq!(rules.len(), 1);
        assert_eq!(rules[0].start, 27);
        // The first sentence scores 1/(1+e^-5) = 0.993, the second 1/(1+e^5) = 0.0067.
        let m = Model {
            bias: -5.0,
            weights: [("w:weather".to_string(), 10.0)].into_iter().collect(),
            admit: 0.5,
            veto: 0.01,
        };
        let got = refine(text, published, rules.clone(), &m);
        assert_eq!(got.len(), 1);
        let c = &got[0];
        assert_eq!((c.start, c.end), (0, 26));
        assert_eq!(c.probability, 0.9);
        assert_eq!((c.probability_low, c.probability_high), (0.8, 1.0));
        assert_eq!(c.deadline, None);
        assert!(c.review[0].starts_with("proposed by the learned sentence scorer (0.99)"));
        // The model that changes nothing.
        assert_eq!(
            refine(text, published, rules.clone(), &Model::empty()),
            rules
        );
    }
}
