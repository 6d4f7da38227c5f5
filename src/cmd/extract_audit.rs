//! `forecast extract --audit [--source NAME]`: how far to trust the extractor on one's own
//! beat. For the candidates people reviewed on a terminal with `extract --save`, per source
//! and overall: how many were kept, and of those, how many kept the extractor's probability
//! and its deadline unchanged. Candidates taken with `--yes` were not reviewed by anyone and
//! are not counted. Reads the ledger only.

use crate::app::{Context, Io};
use crate::cli::ExtractArgs;
use crate::error::Result;
use crate::output::{csv_string, json_string, num, table, Format, Style};
use crate::store::{Access, AuditRow};
use serde::Serialize;

/// One line of the audit: counts and the shares they give (null over nothing).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct AuditLine {
    pub source: String,
    pub articles: i64,
    pub reviewed: i64,
    pub kept: i64,
    /// kept / reviewed.
    pub kept_share: Option<f64>,
    pub probability_unchanged: i64,
    /// probability_unchanged / kept.
    pub probability_unchanged_share: Option<f64>,
    pub deadline_unchanged: i64,
    /// deadline_unchanged / kept.
    pub deadline_unchanged_share: Option<f64>,
}

#[derive(Debug, Serialize)]
struct Audit {
    sources: Vec<AuditLine>,
    overall: AuditLine,
}

/// `part / whole`, rounded once to 12 significant digits as every printed figure is
/// (`score::printed`: 2/3 prints 0.666666666667, not the binary noise).
fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| crate::score::printed(part as f64 / whole as f64))
}

impl AuditLine {
    fn from_counts(r: &AuditRow) -> AuditLine {
        AuditLine {
            source: r.source.clone(),
            articles: r.articles,
            reviewed: r.reviewed,
            kept: r.kept,
            kept_share: share(r.kept, r.reviewed),
            probability_unchanged: r.probability_unchanged,
            probability_unchanged_share: share(r.probability_unchanged, r.kept),
            deadline_unchanged: r.deadline_unchanged,
            deadline_unchanged_share: share(r.deadline_unchanged, r.kept),
        }
    }
}

/// The audit lines for `rows` (one per source) and their total.
pub fn audit(rows: &[AuditRow]) -> (Vec<AuditLine>, AuditLine) {
    let mut total = AuditRow {
        source: "overall".into(),
        articles: 0,
        reviewed: 0,
        kept: 0,
        probability_unchanged: 0,
        deadline_unchanged: 0,
    };
    for r in rows {
        total.articles += r.articles;
        total.reviewed += r.reviewed;
        total.kept += r.kept;
        total.probability_unchanged += r.probability_unchanged;
        total.deadline_unchanged += r.deadline_unchanged;
    }
    (
        rows.iter().map(AuditLine::from_counts).collect(),
        AuditLine::from_counts(&total),
    )
}

pub fn run(ctx: &Context, args: &ExtractArgs, io: &mut Io<'_>) -> Result<()> {
    let store = ctx.open(Access::Read)?;
    // Names as the ledger stores them (NFC, single spaces: `model::names::canonical`).
    let source = args.source.as_deref().map(crate::model::names::canonical);
    // An unknown name is bad input (exit 2, the nearest name as a hint), as `report
    // --source` and `list --source` refuse it; a known source with nothing reviewed is
    // nothing to show (exit 0), said with its name.
    if let Some(name) = &source {
        store.check_source(name)?;
    }
    let rows = store.audit(source.as_deref())?;
    let (sources, overall) = audit(&rows);
    let out = render(
        &Audit { sources, overall },
        source.as_deref(),
        args.format,
        &ctx.style,
    )?;
    super::write_out(io, &out)
}

fn percent(x: Option<f64>) -> String {
    x.map_or_else(
        || "-".to_string(),
        |v| format!("{}%", num(Some(v * 100.0), 0)),
    )
}

fn render(a: &Audit, source: Option<&str>, format: Format, style: &Style) -> Result<String> {
    match format {
        Format::Json => json_string(a),
        Format::Csv => {
            let mut rows = a.sources.clone();
            rows.push(a.overall.clone());
            csv_string(&rows)
        }
        Format::Table | Format::Markdown => {
            if a.sources.is_empty() {
                let from = source.map(|s| format!(" from {s}")).unwrap_or_default();
                return Ok(format!("No reviewed candidates{from} yet: review some with `forecast extract FILE --save` on a terminal.\n"));
            }
            let mut t = table(
                style,
                &[
                    "source",
                    "articles",
                    "reviewed",
                    "kept",
                    "probability unchanged",
                    "deadline unchanged",
                ],
            );
            for l in a.sources.iter().chain(std::iter::once(&a.overall)) {
                t.add_row(vec![
                    l.source.clone(),
                    l.articles.to_string(),
                    l.reviewed.to_string(),
                    format!("{} ({})", l.kept, percent(l.kept_share)),
                    format!(
                        "{} ({})",
                        l.probability_unchanged,
                        percent(l.probability_unchanged_share)
                    ),
                    format!(
                        "{} ({})",
                        l.deadline_unchanged,
                        percent(l.deadline_unchanged_share)
                    ),
                ]);
            }
            Ok(format!(
                "{t}\nShares of unchanged probability and deadline are of the kept candidates.\n"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_of_the_reviewed_and_of_the_kept_and_null_over_nothing() {
        let rows = vec![
            AuditRow {
                source: "A".into(),
                articles: 2,
                reviewed: 8,
                kept: 6,
                probability_unchanged: 3,
                deadline_unchanged: 5,
            },
            AuditRow {
                source: "B".into(),
                articles: 1,
                reviewed: 2,
                kept: 0,
                probability_unchanged: 0,
                deadline_unchanged: 0,
            },
        ];
        let (lines, total) = audit(&rows);
        // By hand: 6/8, 3/6, 5/6; overall 6/10, 3/6, 5/6.
        assert_eq!(lines[0].kept_share, Some(0.75));
        assert_eq!(lines[0].probability_unchanged_share, Some(0.5));
        assert_eq!(lines[0].deadline_unchanged_share, Some(0.833333333333));
        assert_eq!(lines[1].kept_share, Some(0.0));
        assert_eq!(lines[1].probability_unchanged_share, None);
        assert_eq!(total.reviewed, 10);
        assert_eq!(total.kept_share, Some(0.6));
        assert_eq!(total.articles, 3);
    }
}
