//! `report --by horizon|tag|year`: the same per-source report for each group of forecasts.
//! Horizon is deadline - made_on in days, grouped `0-30`, `31-90`, `91-365`, `366+`; tag
//! gives one group per tag (a forecast counts in each of its tags; untagged ones in
//! `(none)`); year is the deadline's year, so `--by year` shows calibration over time.
//! Groups with no selected forecasts are left out. Every group is built from a scan (the
//! kept sums are per source only; see `plan`).

use super::rows::ScoreRow;
use super::{ReportBuilder, ReportOptions, SourceReport};
use crate::score::horizon::{horizon_index, HORIZON_GROUPS};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// What a report is split by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Horizon,
    Tag,
    Year,
}

impl By {
    pub fn name(self) -> &'static str {
        match self {
            By::Horizon => "horizon",
            By::Tag => "tag",
            By::Year => "year",
        }
    }

    /// A group's heading ("Horizon 31-90 days", "Tag economy", "Deadline in 2025").
    pub fn describe(self, group: &str) -> String {
        match self {
            By::Horizon => format!("Horizon {group} days"),
            By::Tag if group == UNTAGGED => "No tag".to_string(),
            By::Tag => format!("Tag {group}"),
            By::Year => format!("Deadline in {group}"),
        }
    }
}

impl Serialize for By {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// The group of untagged forecasts under `--by tag`.
pub const UNTAGGED: &str = "(none)";

/// One group's report.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub group: String,
    pub sources: Vec<SourceReport>,
    pub overall: SourceReport,
}

/// A report split into groups (DESIGN.md: `"by": "horizon", "groups": [...]`).
#[derive(Debug, Clone, Serialize)]
pub struct Breakdown {
    pub today: NaiveDate,
    pub bins: String,
    pub brier_scale: &'static str,
    /// Sources scored fewer times in a group are listed after its ranked ones.
    pub min_scored: u64,
    pub by: By,
    pub groups: Vec<Group>,
    /// Which forecasts were scored and how (see `Report::scoring`).
    #[serde(skip)]
    pub scoring: super::Scoring,
    /// Which forecasts were selected (see `Report::selection`).
    #[serde(skip)]
    pub selection: super::rows::ReportFilter,
}

impl Breakdown {
    /// Orders each group's sources again with `min_scored` as the ranking threshold.
    pub fn rank(&mut self, min_scored: u64) {
        self.min_scored = min_scored;
        for g in &mut self.groups {
            super::rank_sources(&mut g.sources, min_scored);
        }
    }
}

/// Builds a `Breakdown` from score rows, one `ReportBuilder` per group.
pub struct GroupedBuilder {
    by: By,
    opts: ReportOptions,
    names: Vec<(i64, String)>,
    /// The scan's tag list (`--by tag`): a row's `tag` indexes it.
    tags: Vec<String>,
    /// Keyed so that groups sort in their order: the horizon group's index, the year, or the
    /// tag's index (untagged last).
    groups: BTreeMap<i64, ReportBuilder>,
}

impl GroupedBuilder {
    pub fn new(by: By, opts: ReportOptions, names: Vec<(i64, String)>, tags: Vec<String>) -> Self {
        GroupedBuilder {
            by,
            opts,
            names,
            tags,
            groups: BTreeMap::new(),
        }
    }

    fn key(&self, row: &ScoreRow) -> i64 {
        match self.by {
            By::Horizon => horizon_index(row.horizon_days()) as i64,
            By::Year => year_of_day(row.deadline),
            By::Tag => row.tag.map_or(i64::MAX, i64::from),
        }
    }

    fn label(&self, key: i64) -> String {
        match self.by {
            By::Horizon => HORIZON_GROUPS[key as usize].to_string(),
            By::Year => key.to_string(),
            By::Tag => usize::try_from(key)
                .ok()
                .and_then(|i| self.tags.get(i))
                .map_or(UNTAGGED.to_string(), Clone::clone),
        }
    }

    pub fn add(&mut self, row: ScoreRow) {
        let key = self.key(&row);
        match self.groups.get_mut(&key) {
            Some(b) => b.add(row),
            None => {
                let mut b = ReportBuilder::new(self.opts.clone(), self.names.clone());
                b.add(row);
                self.groups.insert(key, b);
            }
        }
    }

    /// Adds what another builder over the same sources and tags has seen.
    pub fn merge(&mut self, other: GroupedBuilder) {
        for (key, theirs) in other.groups {
            match self.groups.get_mut(&key) {
                Some(mine) => mine.merge(&theirs),
                None => {
                    self.groups.insert(key, theirs);
                }
            }
        }
    }

    pub fn finish(self, today: NaiveDate) -> Breakdown {
        let labels: Vec<(i64, String)> = self.groups.keys().map(|k| (*k, self.label(*k))).collect();
        let groups = self
            .groups
            .into_values()
            .zip(labels)
            .map(|(b, (_, group))| {
                let r = b.finish(today);
                Group {
                    group,
                    sources: r.sources,
                    overall: r.overall,
                }
            })
            .filter(|g| g.overall.forecasts > 0)
            .collect();
        Breakdown {
            today,
            bins: self.opts.bins.to_string(),
            brier_scale: "0-1",
            min_scored: super::MIN_SCORED,
            by: self.by,
            groups,
            scoring: self.opts.scoring(),
            selection: Default::default(),
        }
    }
}

/// The calendar year of a day number (days since 1970-01-01), by Howard Hinnant's
/// civil-from-days: a few integer operations per row instead of building a date.
fn year_of_day(days: i32) -> i64 {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;
    use crate::report::rows::day_number;

    fn row(source_id: i64, made: &str, deadline: &str, tag: Option<u32>) -> ScoreRow {
        ScoreRow {
            source_id,
            probability: 0.7,
            outcome: Some(Outcome::True),
            matured: true,
            made_on: day_number(made.parse().unwrap()),
            deadline: day_number(deadline.parse().unwrap()),
            tag,
            ..Default::default()
        }
    }

    fn groups(b: &Breakdown) -> Vec<(String, u64)> {
        b.groups
            .iter()
            .map(|g| (g.group.clone(), g.overall.forecasts))
            .collect()
    }

    #[test]
    fn years_of_day_numbers_agree_with_chrono() {
        use chrono::Datelike;
        for d in [
            "1970-01-01",
            "1969-12-31",
            "2000-02-29",
            "2024-12-31",
            "2025-01-01",
            "2025-03-01",
            "2100-02-28",
            "0001-01-01",
        ] {
            let date: NaiveDate = d.parse().unwrap();
            assert_eq!(year_of_day(day_number(date)), i64::from(date.year()), "{d}");
        }
    }

    #[test]
    fn horizons_group_in_order_and_empty_groups_are_left_out() {
        let mut b = GroupedBuilder::new(
            By::Horizon,
            ReportOptions::default(),
            vec![(1, "A".into()), (2, "B".into())],
            vec![],
        );
        b.add(row(1, "2025-01-01", "2026-01-01", None)); // 365 days
        b.add(row(2, "2025-01-01", "2025-01-31", None)); // 30
        b.add(row(1, "2025-01-01", "2025-02-01", None)); // 31
        b.add(row(9, "2025-01-01", "2028-01-01", None)); // an unselected source
        let r = b.finish("2026-11-28".parse().unwrap());
        assert_eq!(
            groups(&r),
            vec![
                ("0-30".into(), 1),
                ("31-90".into(), 1),
                ("91-365".into(), 1)
            ]
        );
        assert_eq!(r.groups[0].sources[0].source, "B");
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["by"], "horizon");
        assert_eq!(json["groups"][2]["group"], "91-365");
        assert_eq!(json["groups"][2]["overall"]["median_horizon_days"], 365.0);
    }

    #[test]
    fn years_are_the_deadlines_and_tags_put_untagged_last() {
        let mut y = GroupedBuilder::new(
            By::Year,
            ReportOptions::default(),
            vec![(1, "A".into())],
            vec![],
        );
        y.add(row(1, "2024-06-01", "2025-01-01", None));
        y.add(row(1, "2024-06-01", "2024-12-31", None));
        y.add(row(1, "2023-06-01", "2024-01-01", None));
        let r = y.finish("2026-11-28".parse().unwrap());
        assert_eq!(groups(&r), vec![("2024".into(), 2), ("2025".into(), 1)]);

        let tags = vec!["economy".to_string(), "tech".to_string()];
        let mut t = GroupedBuilder::new(
            By::Tag,
            ReportOptions::default(),
            vec![(1, "A".into())],
            tags,
        );
        t.add(row(1, "2024-06-01", "2025-01-01", None));
        t.add(row(1, "2024-06-01", "2025-01-01", Some(1)));
        t.add(row(1, "2024-06-01", "2025-01-01", Some(0)));
        let mut other = GroupedBuilder::new(
            By::Tag,
            ReportOptions::default(),
            vec![(1, "A".into())],
            vec!["economy".into(), "tech".into()],
        );
        other.add(row(1, "2024-06-01", "2025-01-01", Some(1)));
        t.merge(other);
        let r = t.finish("2026-11-28".parse().unwrap());
        assert_eq!(
            groups(&r),
            vec![
                ("economy".into(), 1),
                ("tech".into(), 2),
                ("(none)".into(), 1)
            ]
        );
    }
}
