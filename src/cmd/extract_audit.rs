//! `forecast extract --audit [--source NAME]`: how far to trust the extractor on one's own
//! beat. For the candidates people reviewed on a terminal with `extract --save`, per source
//! and overall: how many were kept, and of those, how many kept the extractor's probability
//! and its deadline unchanged, and (audit 19, A15) how many kept its claim, its holder (who
//! the article says holds the forecast), its stance and its condition unchanged. Those four
//! are recorded from schema 13 on: their shares are of the kept candidates reviewed since
//! (`kept_recorded`), and a ledger's older reviews count as unknown for them, not as kept.
//! Candidates taken with `--yes` were not reviewed by anyone and are not counted. Reads the
//! ledger only.

use crate::app::{Context, Io};
use crate::cli::ExtractArgs;
use crate::error::Result;
use crate::output::{csv_string, json_string, num, Format, Style};
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
    /// The kept whose claim, holder, stance and condition were recorded (reviewed from
    /// schema 13 on); the four shares below are of these.
    pub kept_recorded: i64,
    pub claim_unchanged: i64,
    pub claim_unchanged_share: Option<f64>,
    pub holder_unchanged: i64,
    pub holder_unchanged_share: Option<f64>,
    pub stance_unchanged: i64,
    pub stance_unchanged_share: Option<f64>,
    pub condition_unchanged: i64,
    pub condition_unchanged_share: Option<f64>,
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
            kept_recorded: r.kept_recorded,
            claim_unchanged: r.claim_unchanged,
            claim_unchanged_share: share(r.claim_unchanged, r.kept_recorded),
            holder_unchanged: r.holder_unchanged,
            holder_unchanged_share: share(r.holder_unchanged, r.kept_recorded),
            stance_unchanged: r.stance_unchanged,
            stance_unchanged_share: share(r.stance_unchanged, r.kept_recorded),
            condition_unchanged: r.condition_unchanged,
            condition_unchanged_share: share(r.condition_unchanged, r.kept_recorded),
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
        kept_recorded: 0,
        claim_unchanged: 0,
        holder_unchanged: 0,
        stance_unchanged: 0,
        condition_unchanged: 0,
    };
    for r in rows {
        total.articles += r.articles;
        total.reviewed += r.reviewed;
        total.kept += r.kept;
        total.probability_unchanged += r.probability_unchanged;
        total.deadline_unchanged += r.deadline_unchanged;
        total.kept_recorded += r.kept_recorded;
        total.claim_unchanged += r.claim_unchanged;
        total.holder_unchanged += r.holder_unchanged;
        total.stance_unchanged += r.stance_unchanged;
        total.condition_unchanged += r.condition_unchanged;
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
            const HEADER: [&str; 10] = [
                "source",
                "articles",
                "reviewed",
                "kept",
                "probability unchanged",
                "deadline unchanged",
                "claim unchanged",
                "holder unchanged",
                "stance unchanged",
                "condition unchanged",
            ];
            let counted = |n: i64, s: Option<f64>| format!("{n} ({})", percent(s));
            let rows: Vec<Vec<String>> = a
                .sources
                .iter()
                .chain(std::iter::once(&a.overall))
                .map(|l| {
                    vec![
                        crate::output::clean(&l.source),
                        l.articles.to_string(),
                        l.reviewed.to_string(),
                        counted(l.kept, l.kept_share),
                        counted(l.probability_unchanged, l.probability_unchanged_share),
                        counted(l.deadline_unchanged, l.deadline_unchanged_share),
                        counted(l.claim_unchanged, l.claim_unchanged_share),
                        counted(l.holder_unchanged, l.holder_unchanged_share),
                        counted(l.stance_unchanged, l.stance_unchanged_share),
                        counted(l.condition_unchanged, l.condition_unchanged_share),
                    ]
                })
                .collect();
            // Fitted as the other tables are (ux31 F8: at 80 columns `5 (10`/`0%)` read as
            // 10% and `Marga`/`ret`): a count and its share wrap at the space between them,
            // never inside; a name at its spaces, its long words cut last; the last columns
            // are left out first, and named under the table.
            let (t, left_out) = if format == Format::Table {
                use crate::output::{Fit, Step};
                let mut fits = [Fit::Words; 10];
                fits[0] = Fit::Name;
                fits[1] = Fit::Whole;
                fits[2] = Fit::Whole;
                let steps = [
                    Step::Drop(9),
                    Step::Drop(8),
                    Step::Drop(7),
                    Step::CutNames,
                    Step::Drop(6),
                    Step::Drop(5),
                ];
                crate::output::fitted_table(style, &HEADER, &fits, rows, &steps)
            } else {
                (crate::output::markdown_table(&HEADER, &rows), Vec::new())
            };
            let left_out = crate::output::left_out_note(style, &left_out, "");
            let o = &a.overall;
            let unknown = if o.kept_recorded < o.kept {
                format!(
                    " {} kept candidate(s) were reviewed before the ledger recorded claim, holder, stance and condition (schema 13): those four shares are of the {} reviewed since, and the older ones count as unknown.",
                    o.kept - o.kept_recorded,
                    o.kept_recorded
                )
            } else {
                String::new()
            };
            Ok(format!(
                "{t}\nShares of unchanged fields are of the kept candidates.{unknown}\n{left_out}"
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
                kept_recorded: 4,
                claim_unchanged: 3,
                holder_unchanged: 4,
                stance_unchanged: 4,
                condition_unchanged: 2,
            },
            AuditRow {
                source: "B".into(),
                articles: 1,
                reviewed: 2,
                kept: 0,
                probability_unchanged: 0,
                deadline_unchanged: 0,
                kept_recorded: 0,
                claim_unchanged: 0,
                holder_unchanged: 0,
                stance_unchanged: 0,
                condition_unchanged: 0,
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
        // The four fields of schema 13 are shares of the kept recorded since: 3/4, 2/4; null
        // where nothing kept was recorded (B, as an older ledger's reviews).
        assert_eq!(lines[0].claim_unchanged_share, Some(0.75));
        assert_eq!(lines[0].condition_unchanged_share, Some(0.5));
        assert_eq!(lines[1].stance_unchanged_share, None);
        assert_eq!(total.kept_recorded, 4);
        assert_eq!(total.holder_unchanged_share, Some(1.0));
        // The table says how many kept reviews predate the four fields, and shows `-` for a
        // share over none of them.
        let table = render(
            &Audit {
                sources: lines,
                overall: total,
            },
            None,
            Format::Table,
            &Style::default(),
        )
        .unwrap();
        assert!(
            table.ends_with("Shares of unchanged fields are of the kept candidates. 2 kept candidate(s) were reviewed before the ledger recorded claim, holder, stance and condition (schema 13): those four shares are of the 4 reviewed since, and the older ones count as unknown.\n"),
            "{table}"
        );
        assert!(table.contains("0 (-)"), "{table}");
    }

    /// ux31 F8: at 80 columns the table split `5 (10`/`0%)` and `Marga`/`ret`; fitted as
    /// the other tables are, no line is wider than 80, no count or name word is split, and
    /// the columns left out are named.
    #[test]
    fn the_audit_table_fits_80_columns_without_splitting_a_figure_or_a_name() {
        let row = AuditRow {
            source: "Margaret Oyelaran".into(),
            articles: 1,
            reviewed: 8,
            kept: 5,
            probability_unchanged: 4,
            deadline_unchanged: 5,
            kept_recorded: 5,
            claim_unchanged: 5,
            holder_unchanged: 5,
            stance_unchanged: 5,
            condition_unchanged: 5,
        };
        let (sources, overall) = audit(&[row]);
        let style = Style {
            width: 80,
            color: false,
        };
        let table = render(&Audit { sources, overall }, None, Format::Table, &style).unwrap();
        assert_eq!(
            table,
            "\
┌──────────┬──────────┬──────────┬───────┬─────────────┬───────────┬───────────┐
│ source   ┆ articles ┆ reviewed ┆ kept  ┆ probability ┆ deadline  ┆ claim     │
│          ┆          ┆          ┆       ┆ unchanged   ┆ unchanged ┆ unchanged │
╞══════════╪══════════╪══════════╪═══════╪═════════════╪═══════════╪═══════════╡
│ Margaret ┆ 1        ┆ 8        ┆ 5     ┆ 4 (80%)     ┆ 5 (100%)  ┆ 5 (100%)  │
│ Oyelaran ┆          ┆          ┆ (62%) ┆             ┆           ┆           │
│ overall  ┆ 1        ┆ 8        ┆ 5     ┆ 4 (80%)     ┆ 5 (100%)  ┆ 5 (100%)  │
│          ┆          ┆          ┆ (62%) ┆             ┆           ┆           │
└──────────┴──────────┴──────────┴───────┴─────────────┴───────────┴───────────┘
Shares of unchanged fields are of the kept candidates.
(left out at this width: holder unchanged, stance unchanged, condition
unchanged; a wider terminal, COLUMNS, or --format csv|json shows them)
"
        );
    }
}
