//! Other tools' layouts, recognized by their header (CSV) or shape (JSON), each turned into
//! our fields so the same checks apply to every row:
//!
//! - **Fatebook CSV export** (one row per forecast; `Question title`, `Forecast created by`,
//!   `Forecast (scale = 0-1)`, `Forecast created at`, `Question resolve by`, `Resolution`
//!   `YES/NO/AMBIGUOUS`, `Resolved at`, `Question notes`, optional `Tags`, ...). Source =
//!   the forecaster; question = the title (with the option of a multiple-choice question).
//! - **Fatebook spreadsheet import** (`questionTitle, forecast, qCreatedAt, resolution,
//!   resolvedAt, resolveBy, fCreatedAt, tags, notes`): `forecast` is in percent with or
//!   without `%` (`70` = 70%), as Fatebook reads it; a missing `resolveBy` is `qCreatedAt` +
//!   1 day; resolution `yes`/`no`, anything else non-empty is ambiguous (void). It names no
//!   forecaster, so `--set source=NAME` is needed.
//! - **PredictionBook API** (`{"predictions": [{"id", "description", "deadline", "outcome",
//!   "withdrawn", "updated_at", "responses": [{"confidence", "created_at", "user_label"}]}]}`,
//!   or a bare array of predictions): one forecast per response with a confidence; withdrawn
//!   predictions are void (`annulled`); the resolution day is the prediction's `updated_at`,
//!   as Fatebook's own importer reads it.
//!
//! Two leniencies, because these tools allow what our ledger does not: a forecast made after
//! its question's resolve-by date gets the date made as its deadline, and a resolution dated
//! before the forecast was made is dated the day it was made.

use super::read::RawRow;
use crate::time::parse_day_prefix;
use chrono::{Days, NaiveDate};
use serde_json::Value;
use std::collections::BTreeMap;

/// The layout of a file, told apart by its header or shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Our own field names (with `--map`/`--set`).
    Native,
    FatebookExport,
    FatebookSheet,
}

impl Layout {
    /// Recognizes a CSV header.
    pub fn detect(columns: &[String]) -> Layout {
        let has = |c: &str| columns.iter().any(|h| h == c);
        if has("Question title") && has("Forecast (scale = 0-1)") {
            Layout::FatebookExport
        } else if has("questionTitle") && has("forecast") && has("qCreatedAt") {
            Layout::FatebookSheet
        } else {
            Layout::Native
        }
    }

    /// The columns of this layout its reader takes, and those of the tool's own export it
    /// leaves knowingly (Fatebook's per-user Brier scores, which the ledger computes itself,
    /// its sharing settings and comments); `None` for our own names, which `FieldMap`
    /// knows.
    fn columns(self) -> Option<&'static [&'static str]> {
        match self {
            Layout::Native => None,
            Layout::FatebookExport => Some(&[
                "Question title",
                "Multiple choice option",
                "Forecast created by",
                "Question created by",
                "Forecast (scale = 0-1)",
                "Forecast created at",
                "Question created at",
                "Question resolve by",
                "Resolution",
                "Resolved at",
                "Question notes",
                "Tags",
                "Your Brier score for this question",
                "Your relative Brier score for this question",
                "Question shared with",
                "Question shared publicly",
                "Question comments",
            ]),
            Layout::FatebookSheet => Some(&[
                "questionTitle",
                "forecast",
                "qCreatedAt",
                "resolution",
                "resolvedAt",
                "resolveBy",
                "fCreatedAt",
                "tags",
                "notes",
            ]),
        }
    }

    /// Columns of `header` this foreign layout does not know (names compared as rows read
    /// them, ASCII case ignored), leaving out those `mapped` (`--map` reads them): DESIGN's
    /// "Columns it does not know are ignored and named once in a warning" holds for every
    /// layout, so a renamed outcome column (`Outcome` for `Resolution`) is said, not
    /// silently imported as unresolved. Empty for our own layout (`FieldMap` says).
    pub fn unknown_columns<'a>(
        self,
        header: &[String],
        mapped: impl Iterator<Item = &'a String> + Clone,
    ) -> Vec<String> {
        let Some(known) = self.columns() else {
            return Vec::new();
        };
        header
            .iter()
            .filter(|h| {
                !known.iter().any(|k| super::same_column(k, h))
                    && !mapped.clone().any(|m| super::same_column(m, h))
            })
            .cloned()
            .collect()
    }

    pub fn name(self) -> &'static str {
        match self {
            Layout::Native => "forecast-ledger",
            Layout::FatebookExport => "Fatebook CSV export",
            Layout::FatebookSheet => "Fatebook spreadsheet import",
        }
    }
}

/// Our fields for one row of a foreign layout.
pub type Fields = BTreeMap<&'static str, String>;

fn day(text: Option<&str>, what: &str) -> Result<Option<NaiveDate>, String> {
    match text {
        None => Ok(None),
        Some(t) => parse_day_prefix(t)
            .map(Some)
            .map_err(|e| format!("column `{what}`: {e}{}", crate::error::date_column_hint(t))),
    }
}

/// Puts the leniencies above into effect on the date fields.
fn settle_dates(
    f: &mut Fields,
    made_on: NaiveDate,
    deadline: Option<NaiveDate>,
    resolved: Option<NaiveDate>,
) {
    f.insert("made_on", made_on.to_string());
    if let Some(d) = deadline {
        f.insert("deadline", d.max(made_on).to_string());
    }
    if let Some(r) = resolved {
        f.insert("resolved_on", r.max(made_on).to_string());
    }
}

/// A Fatebook resolution as our fields: its `AMBIGUOUS` (anything but yes or no) is a void
/// with the reason `ambiguous` given, as Fatebook says it, so the import's note on voids
/// without a reason (ad4 F8) is not said of rows that have one.
fn insert_outcome(f: &mut Fields, outcome: Option<&'static str>) {
    if let Some(o) = outcome {
        f.insert("outcome", o.to_string());
        if o == "void" {
            f.insert("reason", "ambiguous".to_string());
        }
    }
}

fn resolution(text: Option<&str>) -> Option<&'static str> {
    match text.map(|t| t.trim().to_ascii_lowercase()) {
        None => None,
        Some(t) if t.is_empty() => None,
        Some(t) if t == "yes" || t == "true" => Some("true"),
        Some(t) if t == "no" || t == "false" => Some("false"),
        Some(_) => Some("void"),
    }
}

/// A foreign tool's percentage (Fatebook's sheet, PredictionBook's `confidence`) as our
/// `probability` field: in range, the decimal it stands for (`0.7` -> `0.007`), since in
/// those tools' own unit `0.7` is 0.7% and not a `%` typed by mistake, which `add` and a
/// native import refuse (`Probability::parse_number`); out of range, `N%`, refused as such.
fn percent_field(number: f64) -> String {
    if (0.0..=100.0).contains(&number) {
        crate::model::percent_text(&number.to_string())
    } else {
        format!("{number}%")
    }
}

/// Converts one row of a foreign CSV layout into our fields.
pub fn convert_row(layout: Layout, row: &RawRow<'_>) -> Result<Fields, String> {
    let mut f = Fields::new();
    match layout {
        Layout::Native => {}
        Layout::FatebookExport => {
            let title = row
                .get("Question title")
                .ok_or("column `Question title` is empty")?;
            let claim = match row.get("Multiple choice option") {
                Some(opt) => format!("{title}: {opt}"),
                None => title.to_string(),
            };
            f.insert("claim", claim.clone());
            f.insert("question", claim);
            if let Some(who) = row
                .get("Forecast created by")
                .or_else(|| row.get("Question created by"))
            {
                f.insert("source", who.to_string());
            }
            if let Some(p) = row.get("Forecast (scale = 0-1)") {
                f.insert("probability", p.to_string());
            }
            let made = day(
                row.get("Forecast created at")
                    .or_else(|| row.get("Question created at")),
                "Forecast created at",
            )?
            .ok_or("column `Forecast created at` is empty")?;
            let deadline = day(row.get("Question resolve by"), "Question resolve by")?;
            let outcome = resolution(row.get("Resolution"));
            let resolved = if outcome.is_some() {
                day(row.get("Resolved at"), "Resolved at")?
            } else {
                None
            };
            settle_dates(&mut f, made, deadline, resolved);
            insert_outcome(&mut f, outcome);
            if let Some(n) = row.get("Question notes") {
                f.insert("note", n.to_string());
            }
            if let Some(t) = row.get("Tags") {
                f.insert("tags", t.replace(',', ";"));
            }
        }
        Layout::FatebookSheet => {
            let title = row
                .get("questionTitle")
                .ok_or("column `questionTitle` is empty")?;
            f.insert("claim", title.to_string());
            f.insert("question", title.to_string());
            let pct = row.get("forecast").ok_or("column `forecast` is empty")?;
            let number: f64 = pct
                .trim_end_matches('%')
                .trim()
                .parse()
                .map_err(|_| format!("column `forecast`: `{pct}` is not a percentage"))?;
            f.insert("probability", percent_field(number));
            let created =
                day(row.get("qCreatedAt"), "qCreatedAt")?.ok_or("column `qCreatedAt` is empty")?;
            let made = day(row.get("fCreatedAt"), "fCreatedAt")?.unwrap_or(created);
            let deadline =
                day(row.get("resolveBy"), "resolveBy")?.unwrap_or(created + Days::new(1));
            let outcome = resolution(row.get("resolution"));
            let resolved = match outcome {
                Some(_) => Some(
                    day(row.get("resolvedAt"), "resolvedAt")?.unwrap_or(created + Days::new(1)),
                ),
                None => None,
            };
            settle_dates(&mut f, made, Some(deadline), resolved);
            insert_outcome(&mut f, outcome);
            if let Some(n) = row.get("notes") {
                f.insert("note", n.to_string());
            }
            if let Some(t) = row.get("tags") {
                f.insert("tags", t.replace(',', ";"));
            }
        }
    }
    Ok(f)
}

/// Whether a JSON document is PredictionBook's API shape.
pub fn is_predictionbook(doc: &Value) -> bool {
    let list = match doc {
        Value::Object(m) => m.get("predictions"),
        Value::Array(_) => Some(doc),
        _ => None,
    };
    matches!(list, Some(Value::Array(items)) if items.iter().all(|p| p.get("responses").is_some() && p.get("description").is_some()))
}

/// One forecast per response with a confidence, each with a place name for errors.
pub fn predictionbook_rows(doc: &Value) -> Result<Vec<(String, Fields)>, (String, String)> {
    let empty = Vec::new();
    let list = match doc {
        Value::Object(m) => m
            .get("predictions")
            .and_then(Value::as_array)
            .unwrap_or(&empty),
        Value::Array(items) => items,
        _ => &empty,
    };
    let user = doc.get("user").and_then(|u| {
        u.get("name")
            .and_then(Value::as_str)
            .or_else(|| u.get("email").and_then(Value::as_str))
    });
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let mut out = Vec::new();
    for (i, p) in list.iter().enumerate() {
        let id = p
            .get("id")
            .map(|v| v.to_string())
            .unwrap_or_else(|| (i + 1).to_string());
        let claim = text(p.get("description")).unwrap_or_default();
        let deadline = text(p.get("deadline"));
        let withdrawn = p.get("withdrawn").and_then(Value::as_bool).unwrap_or(false);
        let outcome = if withdrawn {
            Some("void")
        } else {
            match p.get("outcome") {
                Some(Value::Bool(true)) => Some("true"),
                Some(Value::Bool(false)) => Some("false"),
                _ => None,
            }
        };
        let responses = p
            .get("responses")
            .and_then(Value::as_array)
            .unwrap_or(&empty);
        for (j, r) in responses.iter().enumerate() {
            let place = format!("prediction {id} response {}", j + 1);
            let Some(confidence) = r.get("confidence").filter(|c| !c.is_null()) else {
                continue;
            };
            let bad = |m: String| (place.clone(), m);
            let mut f = Fields::new();
            f.insert("claim", claim.clone());
            f.insert("question", format!("predictionbook-{id}"));
            f.insert(
                "probability",
                percent_field(
                    confidence
                        .as_f64()
                        .ok_or_else(|| bad("`confidence` is not a number".into()))?,
                ),
            );
            if let Some(who) = text(r.get("user_label")).or_else(|| user.map(str::to_string)) {
                f.insert("source", who);
            }
            let made = day(text(r.get("created_at")).as_deref(), "created_at")
                .map_err(bad)?
                .ok_or_else(|| bad("`created_at` is missing".into()))?;
            let deadline = day(deadline.as_deref(), "deadline").map_err(bad)?;
            let resolved = match outcome {
                Some(_) => day(text(p.get("updated_at")).as_deref(), "updated_at").map_err(bad)?,
                None => None,
            };
            settle_dates(&mut f, made, deadline, resolved);
            if let Some(o) = outcome {
                f.insert("outcome", o.to_string());
                if o == "void" {
                    f.insert("reason", "annulled".to_string());
                }
            }
            out.push((place, f));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognized() {
        let cols = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            Layout::detect(&cols("Question title,Forecast (scale = 0-1),Resolution")),
            Layout::FatebookExport
        );
        assert_eq!(
            Layout::detect(&cols("questionTitle,forecast,qCreatedAt,resolution")),
            Layout::FatebookSheet
        );
        assert_eq!(
            Layout::detect(&cols("source,claim,probability")),
            Layout::Native
        );
    }

    #[test]
    fn resolution_words() {
        assert_eq!(resolution(Some("YES")), Some("true"));
        assert_eq!(resolution(Some("no")), Some("false"));
        assert_eq!(resolution(Some("AMBIGUOUS")), Some("void"));
        assert_eq!(resolution(Some("")), None);
        assert_eq!(resolution(None), None);
    }
}
