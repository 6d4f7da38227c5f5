//! Where a report's figures come from: the kept sums or a scan of the forecasts. This is
//! the one place that decides; `cmd::report` carries the decision out, and both ways give
//! the same report to the last bit (tests/kept_sums.rs proves it).
//!
//! The kept sums (`store::kept`) hold, per source, counts of current forecasts, voids and
//! corrections, amended outcomes and forecasts logged late; per source and `nearest:10` bin
//! the count, hits and exact sums of p, squared error and log loss over current forecasts
//! resolved true or false; per source, those forecasts counted by distinct probability
//! (with hits), which is all AUC, discrimination, the PAV fit with its CORP terms and the
//! Brier interval need; and per source every current forecast counted by horizon in days,
//! for the median horizon. So they answer, in O(sources x distinct values):
//!
//! | asked for | from the kept sums? |
//! |---|---|
//! | whole sources (all, or `--source`) | yes: the sums are per source |
//! | `--include-early` or not | yes: early resolutions are taken out via an index (of the bins and of the counts by probability) |
//! | `--bins nearest:10` (the default) | yes; any other bins: no, the sums are binned once |
//! | `--since` / `--until` | no: nothing is kept by date made |
//! | `--tag` | no: nothing is kept per tag |
//! | `--own` | no: nothing is kept per tag, and attributed forecasts are tagged |
//! | `--fold` | no: folding moves forecasts between bins and flips outcomes |
//! | `--exclude-late` | no: the sums hold late forecasts with the rest (their count is kept) |
//! | `--by horizon\|tag\|year` | no: nothing is kept by horizon, tag or year |
//! | `--latest` | no: forecasts in force are a matter of markets (question and deadline), which the sums do not know |
//! | a column (`columns::SOURCE_COLUMNS`) marked `kept: false` | no: such a report scans (today every column is kept) |
//!
//! (`--bins isotonic` could be answered from the counts by probability too; it scans,
//! as it did before they were kept.)
//!
//! A new option or metric answers the question here, in `plan`, before it is used: a
//! report the kept sums cannot answer must never be read from them.

use super::columns::SOURCE_COLUMNS;
use super::rows::{kept_bins, ReportFilter};
use super::ReportOptions;
use std::fmt;

/// How a caller wants a report computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// From the kept sums where they answer the request, else by a scan.
    Best,
    /// By a scan of every selected forecast (checks and benchmarks; same output).
    Scan,
    /// From the kept sums whenever the selection and options allow, even if they lacked
    /// some column (it would come out null): for checking the kept sums against a scan.
    KeptOnly,
}

/// Where the figures come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// The kept sums, O(sources x bins), plus the index reads for early and unresolved.
    Kept,
    /// One pass over the selected forecasts, for the reason given.
    Scan(Why),
}

/// Why a report must scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The caller asked for a scan.
    Asked,
    /// Selected by date made.
    Dates,
    Tag,
    /// Forecasts attributed to others (tagged `attributed-to:`) are left out.
    Own,
    /// Bins other than the kept ones.
    Bins,
    Fold,
    /// Forecasts logged late are left out of the scores (the sums hold them).
    ExcludeLate,
    /// Split into groups.
    By,
    /// Only each source's forecast in force per market.
    Latest,
    /// A column the kept sums do not hold.
    Column(&'static str),
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Asked => f.write_str("a scan was asked for"),
            Why::Dates => f.write_str("forecasts are selected by date made"),
            Why::Tag => f.write_str("forecasts are selected by tag"),
            Why::Own => f.write_str("forecasts attributed to others are left out"),
            Why::Bins => f.write_str("the bins are not the kept ones"),
            Why::Fold => f.write_str("forecasts below 50% are folded"),
            Why::ExcludeLate => f.write_str("forecasts logged late are left out of the scores"),
            Why::By => f.write_str("the report is split into groups"),
            Why::Latest => f.write_str("only forecasts in force are scored"),
            Why::Column(c) => write!(f, "the kept sums do not hold `{c}`"),
        }
    }
}

/// Decides where the report for `filter` and `opts` comes from (see the module doc).
pub fn plan(filter: &ReportFilter, opts: &ReportOptions, how: Method) -> Plan {
    let why = if how == Method::Scan {
        Some(Why::Asked)
    } else if filter.since.is_some() || filter.until.is_some() {
        Some(Why::Dates)
    } else if filter.tag.is_some() {
        Some(Why::Tag)
    } else if filter.own {
        Some(Why::Own)
    } else if opts.bins != kept_bins() {
        Some(Why::Bins)
    } else if opts.fold {
        Some(Why::Fold)
    } else if opts.exclude_late {
        Some(Why::ExcludeLate)
    } else if opts.by.is_some() {
        Some(Why::By)
    } else if opts.latest {
        Some(Why::Latest)
    } else if how == Method::KeptOnly {
        None
    } else {
        SOURCE_COLUMNS
            .iter()
            .find(|c| !c.kept)
            .map(|c| Why::Column(c.key))
    };
    why.map_or(Plan::Kept, Plan::Scan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::BinSpec;

    #[test]
    fn only_whole_sources_with_the_kept_bins_read_the_kept_sums() {
        let all = ReportFilter::default();
        let opts = ReportOptions::default();
        // The default report, every column included, reads the kept sums.
        assert_eq!(plan(&all, &opts, Method::Best), Plan::Kept);
        let by = ReportOptions {
            by: Some(crate::report::breakdown::By::Year),
            ..Default::default()
        };
        assert_eq!(plan(&all, &by, Method::KeptOnly), Plan::Scan(Why::By));
        // Without those columns, what the kept sums can answer:
        assert_eq!(plan(&all, &opts, Method::KeptOnly), Plan::Kept);
        let named = ReportFilter {
            sources: vec!["A".into()],
            ..Default::default()
        };
        assert_eq!(plan(&named, &opts, Method::KeptOnly), Plan::Kept);
        let early = ReportOptions {
            include_early: true,
            ..Default::default()
        };
        assert_eq!(plan(&all, &early, Method::KeptOnly), Plan::Kept);
        assert_eq!(plan(&all, &opts, Method::Scan), Plan::Scan(Why::Asked));
        let dated = ReportFilter {
            since: "2025-01-01".parse().ok(),
            ..Default::default()
        };
        assert_eq!(
            plan(&dated, &opts, Method::KeptOnly),
            Plan::Scan(Why::Dates)
        );
        let tagged = ReportFilter {
            tag: Some("x".into()),
            ..Default::default()
        };
        assert_eq!(plan(&tagged, &opts, Method::KeptOnly), Plan::Scan(Why::Tag));
        let own = ReportFilter {
            own: true,
            ..Default::default()
        };
        assert_eq!(plan(&own, &opts, Method::KeptOnly), Plan::Scan(Why::Own));
        let exact = ReportOptions {
            bins: "exact".parse::<BinSpec>().unwrap(),
            ..Default::default()
        };
        assert_eq!(plan(&all, &exact, Method::KeptOnly), Plan::Scan(Why::Bins));
        let fold = ReportOptions {
            fold: true,
            ..Default::default()
        };
        assert_eq!(plan(&all, &fold, Method::KeptOnly), Plan::Scan(Why::Fold));
        let latest = ReportOptions {
            latest: true,
            ..Default::default()
        };
        assert_eq!(
            plan(&all, &latest, Method::KeptOnly),
            Plan::Scan(Why::Latest)
        );
    }
}
