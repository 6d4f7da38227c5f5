//! Reports: per-source counts and scores computed from score rows (no database here), then
//! rendered as a table, JSON, CSV or Markdown by `render`. Only matured forecasts (deadline
//! before today) are scored unless `include_early`: a claim "X by D" can come true early but
//! only come out false at D, so scoring early YESes before their NO-twins have had their
//! chance biases every snapshot.
//!
//! The layer's parts: `rows` (the input types the store fills), `plan` (the one place
//! that decides between the kept sums and a scan), `markets` (grouping by question and
//! deadline), `columns` (the one list of columns the renderings share), this builder, and
//! the renderings (`render`, `chart`, `html`).

pub mod breakdown;
pub mod chart;
pub mod columns;
pub mod compare;
pub mod html;
pub mod html_compare;
pub mod markets;
pub mod plan;
pub mod price_chart;
pub mod question;
pub mod render;
pub mod render_compare;
pub mod rows;

use crate::model::Outcome;
use crate::score::horizon::Horizons;
use crate::score::{printed, BinKey, BinSpec, Cell, Scores, Tally};
use chrono::NaiveDate;
use rows::{KeptSums, ReportFilter, ScoreRow, Totals};
use serde::Serialize;

/// How the report scores.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    pub bins: BinSpec,
    pub fold: bool,
    pub include_early: bool,
    /// Leave forecasts logged late out of the scores (they are still counted).
    pub exclude_late: bool,
    /// Split into groups (`report --by`); `None` for one report.
    pub by: Option<breakdown::By>,
    /// Only each source's forecast in force per market (question and deadline): its
    /// latest, by date made and then id.
    pub latest: bool,
}

/// Which forecasts were scored and how, for the Markdown's opening sentence (not in the
/// JSON: DESIGN.md's shape); taken from `ReportOptions`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scoring {
    pub include_early: bool,
    pub exclude_late: bool,
    pub latest: bool,
    pub fold: bool,
}

impl ReportOptions {
    /// The options that decide which forecasts were scored and how.
    pub fn scoring(&self) -> Scoring {
        Scoring {
            include_early: self.include_early,
            exclude_late: self.exclude_late,
            latest: self.latest,
            fold: self.fold,
        }
    }
}

/// Counts and scores for one source, or for all selected sources.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceReport {
    pub source: String,
    pub forecasts: u64,
    pub open: u64,
    pub due: u64,
    pub resolved: u64,
    pub scored: u64,
    pub void: u64,
    /// Forecasts in the selection that are corrected versions of earlier ones (`corrected`
    /// in JSON and CSV, DESIGN.md's name, beside `amended`).
    #[serde(rename = "corrected")]
    pub corrections: u64,
    /// Forecasts resolved again after their first resolution: their outcome changed
    /// (`resolve ID --amend`), or a question outcome amended to another date decided them
    /// again with a new resolution day, the outcome kept (the record of when changed).
    pub amended: u64,
    /// Forecasts logged after their deadline or once an outcome for them was known.
    pub logged_late: u64,
    /// void / forecasts: the share of claims that were never scored because they were
    /// voided; null without forecasts.
    pub void_share: Option<f64>,
    /// The median of deadline - made_on, in days, over every forecast in the selection.
    pub median_horizon_days: Option<f64>,
    #[serde(flatten)]
    pub scores: Scores,
}

/// Sources with fewer scored forecasts than this are listed after the ranked ones, not
/// ranked among them (`report --min-scored`): one lucky forecast, or one logged once its
/// outcome was all but known, scores a Brier near 0 and would otherwise head the table.
pub const MIN_SCORED: u64 = 5;

/// A whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub today: NaiveDate,
    pub bins: String,
    pub brier_scale: &'static str,
    /// Sources with fewer scored forecasts are listed after the ranked ones (`rank_sources`).
    pub min_scored: u64,
    pub sources: Vec<SourceReport>,
    pub overall: SourceReport,
    /// Which forecasts were scored and how (`--include-early`, `--exclude-late`, `--latest`,
    /// `--fold`): the Markdown says so (ad1 F3: it said "only forecasts whose deadline has
    /// passed" over early resolutions). Not in the JSON (DESIGN.md's shape).
    #[serde(skip)]
    pub scoring: Scoring,
    /// Which forecasts were selected (`--source`, `--since`, `--until`, `--tag`, `--own`),
    /// set by the command: the Markdown names it, so a published page says it covers one
    /// source or one year. Not in the JSON (DESIGN.md's shape).
    #[serde(skip)]
    pub selection: ReportFilter,
}

#[derive(Default)]
struct Counts {
    forecasts: u64,
    open: u64,
    due: u64,
    resolved: u64,
    void: u64,
    corrections: u64,
    amended: u64,
    logged_late: u64,
    horizons: Horizons,
    /// Forecasts counted without their horizon (from the kept sums).
    no_horizon: u64,
    tally: Tally,
}

impl Counts {
    fn add(&mut self, row: &ScoreRow, opts: &ReportOptions) {
        self.forecasts += 1;
        self.corrections += u64::from(row.corrected);
        self.amended += u64::from(row.amended);
        self.logged_late += u64::from(row.late);
        self.horizons.add(row.horizon_days());
        match row.outcome {
            None if row.matured => self.due += 1,
            None => self.open += 1,
            Some(Outcome::Void) => self.void += 1,
            Some(o) => {
                self.resolved += 1;
                if (row.matured || opts.include_early) && !(row.late && opts.exclude_late) {
                    self.tally
                        .add(row.probability, o == Outcome::True, &opts.bins, opts.fold);
                }
            }
        }
    }

    fn merge(&mut self, other: &Counts) {
        self.forecasts += other.forecasts;
        self.open += other.open;
        self.due += other.due;
        self.resolved += other.resolved;
        self.void += other.void;
        self.corrections += other.corrections;
        self.amended += other.amended;
        self.logged_late += other.logged_late;
        self.horizons.merge(&other.horizons);
        self.no_horizon += other.no_horizon;
        self.tally.merge(&other.tally);
    }

    fn finish(&self, source: String, opts: &ReportOptions) -> SourceReport {
        SourceReport {
            source,
            forecasts: self.forecasts,
            open: self.open,
            due: self.due,
            resolved: self.resolved,
            scored: self.tally.n(),
            void: self.void,
            corrections: self.corrections,
            amended: self.amended,
            logged_late: self.logged_late,
            void_share: (self.forecasts > 0)
                .then(|| printed(self.void as f64 / self.forecasts as f64)),
            median_horizon_days: if self.no_horizon == 0 {
                self.horizons.median()
            } else {
                None
            },
            scores: self.tally.scores(&opts.bins),
        }
    }
}

/// Builds a report incrementally: feed it every row once, then `finish`.
pub struct ReportBuilder {
    opts: ReportOptions,
    names: Vec<(i64, String)>,
    /// Source id -> position in `counts` (ids are SQLite rowids, so a vector indexes them).
    slot: Vec<Option<usize>>,
    counts: Vec<Counts>,
    overall: Counts,
}

impl ReportBuilder {
    /// A builder for the sources `names` (id, name); rows of other sources are ignored.
    pub fn new(opts: ReportOptions, names: Vec<(i64, String)>) -> Self {
        let max = names.iter().map(|(id, _)| *id).max().unwrap_or(0).max(0) as usize;
        let mut slot = vec![None; max + 1];
        for (i, (id, _)) in names.iter().enumerate() {
            if let Ok(id) = usize::try_from(*id) {
                slot[id] = Some(i);
            }
        }
        let counts = names.iter().map(|_| Counts::default()).collect();
        ReportBuilder {
            opts,
            names,
            slot,
            counts,
            overall: Counts::default(),
        }
    }

    pub fn add(&mut self, row: ScoreRow) {
        let slot = usize::try_from(row.source_id)
            .ok()
            .and_then(|i| self.slot.get(i).copied().flatten());
        if let Some(i) = slot {
            self.counts[i].add(&row, &self.opts);
            self.overall.add(&row, &self.opts);
        }
    }

    /// The counts of source `id`, and of everything, when the source is selected.
    fn slots(&mut self, source_id: i64) -> Option<(&mut Counts, &mut Counts)> {
        let i = usize::try_from(source_id)
            .ok()
            .and_then(|i| self.slot.get(i).copied().flatten())?;
        Some((&mut self.counts[i], &mut self.overall))
    }

    /// Builds the report from the kept sums (see `store::kept`) instead of rows; only when
    /// `plan::plan` says the kept sums answer the request.
    pub fn add_kept(&mut self, kept: &KeptSums) {
        for (source, totals) in &kept.totals {
            self.add_totals(*source, totals);
        }
        for (source, key, cell) in &kept.cells {
            self.add_resolved_cell(*source, *key, cell);
        }
        // Before the early ones are taken out, which takes them out of these counts too.
        for &(source, p, n, hits) in &kept.points {
            if let Some((mine, all)) = self.slots(source) {
                for c in [mine, all] {
                    c.tally.add_points(p, n, hits);
                }
            }
        }
        for &(source, days, n) in &kept.horizons {
            if let Some((mine, all)) = self.slots(source) {
                for c in [mine, all] {
                    c.horizons.add_n(days, n);
                    c.no_horizon = c.no_horizon.wrapping_sub(n);
                }
            }
        }
        for &(source, p, hit) in &kept.early {
            self.take_out_early(source, p, hit);
        }
        for &(source, due, n) in &kept.unresolved {
            self.add_unresolved(source, due, n.unsigned_abs());
        }
    }

    /// Adds a source's kept counts.
    fn add_totals(&mut self, source_id: i64, t: &Totals) {
        if let Some((mine, all)) = self.slots(source_id) {
            for c in [mine, all] {
                c.forecasts = c.forecasts.wrapping_add_signed(t.forecasts);
                c.no_horizon = c.no_horizon.wrapping_add_signed(t.forecasts);
                c.void = c.void.wrapping_add_signed(t.void);
                c.corrections = c.corrections.wrapping_add_signed(t.corrections);
                c.amended = c.amended.wrapping_add_signed(t.amended);
                c.logged_late = c.logged_late.wrapping_add_signed(t.late);
            }
        }
    }

    /// Adds a kept cell of resolved forecasts in bin `key` of the options' bin spec (the
    /// kept spec; the caller checks they agree, and that nothing is folded).
    fn add_resolved_cell(&mut self, source_id: i64, key: BinKey, cell: &Cell) {
        if let Some((mine, all)) = self.slots(source_id) {
            for c in [mine, all] {
                c.resolved = c.resolved.wrapping_add_signed(cell.n);
                c.tally.add_cell(key, cell);
            }
        }
    }

    /// Takes a resolved forecast whose deadline has not passed back out of the scores
    /// (it stays counted as resolved), unless early resolutions are scored.
    fn take_out_early(&mut self, source_id: i64, p: f64, hit: bool) {
        let (bins, fold, include) = (
            self.opts.bins.clone(),
            self.opts.fold,
            self.opts.include_early,
        );
        if include {
            return;
        }
        if let Some((mine, all)) = self.slots(source_id) {
            for c in [mine, all] {
                c.tally.remove(p, hit, &bins, fold);
            }
        }
    }

    /// Adds `n` unresolved forecasts, due (deadline passed) or open.
    fn add_unresolved(&mut self, source_id: i64, due: bool, n: u64) {
        if let Some((mine, all)) = self.slots(source_id) {
            for c in [mine, all] {
                if due {
                    c.due += n;
                } else {
                    c.open += n;
                }
            }
        }
    }

    /// Adds what another builder over the same sources has seen (a slice of the rows).
    pub fn merge(&mut self, other: &ReportBuilder) {
        for (mine, theirs) in self.counts.iter_mut().zip(&other.counts) {
            mine.merge(theirs);
        }
        self.overall.merge(&other.overall);
    }

    /// The report; sources in `rank_sources` order with `MIN_SCORED`.
    pub fn finish(self, today: NaiveDate) -> Report {
        let mut sources: Vec<SourceReport> = self
            .names
            .iter()
            .zip(&self.counts)
            .map(|((_, name), c)| c.finish(name.clone(), &self.opts))
            .filter(|s| s.forecasts > 0)
            .collect();
        rank_sources(&mut sources, MIN_SCORED);
        Report {
            today,
            bins: self.opts.bins.to_string(),
            brier_scale: "0-1",
            min_scored: MIN_SCORED,
            scoring: self.opts.scoring(),
            selection: ReportFilter::default(),
            overall: self.overall.finish(
                crate::model::names::virtual_row_name(
                    "overall",
                    self.names.iter().map(|(_, n)| n.as_str()),
                ),
                &self.opts,
            ),
            sources,
        }
    }
}

impl Report {
    /// Orders the sources again with `min_scored` as the ranking threshold.
    pub fn rank(&mut self, min_scored: u64) {
        self.min_scored = min_scored;
        rank_sources(&mut self.sources, min_scored);
    }
}

/// Whether `s` is ranked by its Brier: scored at least `min_scored` times.
pub fn is_ranked(s: &SourceReport, min_scored: u64) -> bool {
    s.scores.brier.is_some() && s.scored >= min_scored
}

/// Sources by Brier, best first, in three tiers: those scored at least `min_scored` times
/// (ranked), then those scored fewer times (listed, not ranked), then the unscored; by name
/// within equal scores and among the unscored.
pub fn rank_sources(sources: &mut [SourceReport], min_scored: u64) {
    let tier = |s: &SourceReport| match s.scores.brier {
        None => 2,
        Some(_) if s.scored < min_scored => 1,
        Some(_) => 0,
    };
    sources.sort_by(|a, b| {
        tier(a)
            .cmp(&tier(b))
            .then_with(|| match (a.scores.brier, b.scores.brier) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                _ => std::cmp::Ordering::Equal,
            })
            .then_with(|| a.source.cmp(&b.source))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked_names(rows: &[(&str, u64, Option<f64>)], min_scored: u64) -> Vec<String> {
        let mut sources: Vec<SourceReport> = rows
            .iter()
            .map(|&(name, scored, brier)| {
                let mut s = Counts::default().finish(name.to_string(), &ReportOptions::default());
                s.scored = scored;
                s.scores.brier = brier;
                s
            })
            .collect();
        rank_sources(&mut sources, min_scored);
        sources.into_iter().map(|s| s.source).collect()
    }

    #[test]
    fn sources_rank_by_brier_in_tiers_of_enough_scored_too_few_and_none() {
        let rows = [
            ("unscored", 0, None),
            ("lucky", 1, Some(0.0001)),
            ("good", 10, Some(0.10)),
            ("fair", 5, Some(0.20)),
            ("few", 4, Some(0.05)),
            ("also good", 12, Some(0.10)),
            ("another unscored", 0, None),
        ];
        assert_eq!(
            ranked_names(&rows, 5),
            [
                "also good",
                "good",
                "fair",
                "lucky",
                "few",
                "another unscored",
                "unscored"
            ]
        );
        assert_eq!(
            ranked_names(&rows, 0),
            [
                "lucky",
                "few",
                "also good",
                "good",
                "fair",
                "another unscored",
                "unscored"
            ]
        );
    }

    fn row(source_id: i64, p: f64, outcome: Option<Outcome>, matured: bool) -> ScoreRow {
        ScoreRow {
            source_id,
            probability: p,
            outcome,
            matured,
            corrected: false,
            amended: false,
            late: false,
            ..Default::default()
        }
    }

    #[test]
    fn counts_and_maturity() {
        let mut b = ReportBuilder::new(
            ReportOptions::default(),
            vec![(1, "A".into()), (2, "B".into())],
        );
        b.add(row(1, 0.8, Some(Outcome::True), true));
        b.add(row(1, 0.8, Some(Outcome::True), false)); // early yes: resolved, not scored
        b.add(row(1, 0.3, None, true)); // due
        b.add(row(1, 0.3, None, false)); // open
        b.add(row(1, 0.3, Some(Outcome::Void), true));
        b.add(row(2, 0.6, Some(Outcome::False), true));
        let r = b.finish("2026-01-01".parse().unwrap());
        let a = r.sources.iter().find(|s| s.source == "A").unwrap();
        assert_eq!(
            (a.forecasts, a.open, a.due, a.resolved, a.scored, a.void),
            (5, 1, 1, 2, 1, 1)
        );
        assert!((a.scores.brier.unwrap() - 0.04).abs() < 1e-12);
        assert_eq!(r.sources[0].source, "A", "best Brier first");
        assert_eq!(r.overall.forecasts, 6);
        assert_eq!(r.overall.scored, 2);
    }

    #[test]
    fn include_early_scores_every_resolved_forecast() {
        let opts = ReportOptions {
            include_early: true,
            ..Default::default()
        };
        let mut b = ReportBuilder::new(opts, vec![(1, "A".into())]);
        b.add(row(1, 0.8, Some(Outcome::True), false));
        let r = b.finish("2026-01-01".parse().unwrap());
        assert_eq!(r.overall.scored, 1);
    }

    #[test]
    fn a_source_with_nothing_scored_reports_nulls() {
        let mut b = ReportBuilder::new(ReportOptions::default(), vec![(1, "A".into())]);
        b.add(row(1, 0.8, None, false));
        let r = b.finish("2026-01-01".parse().unwrap());
        let json = serde_json::to_value(&r).unwrap();
        assert!(json["sources"][0]["brier"].is_null());
        assert!(json["overall"]["log_loss"].is_null());
        assert_eq!(json["sources"][0]["open"], 1);
    }
}
