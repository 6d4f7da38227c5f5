//! `forecast questions`: every question with its forecasts, sources and outcome, so the key
//! `resolve --question` and `add --question` take is easy to find.

use crate::app::{Context, Io};
use crate::cli::QuestionsArgs;
use crate::error::Result;
use crate::output::{csv_string, json_string, markdown_table, Format};
use crate::store::{QuestionSummary, Store};
use serde::Serialize;

const HEADER: [&str; 5] = ["question", "forecasts", "unresolved", "sources", "outcome"];

/// A CSV row: sources joined with `;` as tags are in exports.
#[derive(Serialize, Default)]
struct CsvRow<'a> {
    /// User text is guarded against spreadsheet formulas by `output::csv_string`, once.
    question: String,
    forecasts: u64,
    unresolved: u64,
    sources: String,
    outcome: &'a str,
    /// Every recorded event, in the order recorded, `;`-joined.
    events: String,
}

/// The table's outcome cell: the deciding event, then any other recorded event in the order
/// recorded (`happened-on 2025-05-01; not-by 2025-04-01`), so a later `not-by` cannot read as
/// if the event never happened.
fn outcome_cell(q: &QuestionSummary) -> String {
    let Some(deciding) = &q.outcome else {
        return String::new();
    };
    let mut parts = vec![deciding.as_str()];
    parts.extend(
        q.events
            .iter()
            .map(String::as_str)
            .filter(|e| e != deciding),
    );
    parts.join("; ")
}

pub fn run(store: &Store, ctx: &Context, args: &QuestionsArgs, io: &mut Io<'_>) -> Result<()> {
    let questions = store.question_summaries()?;
    let cells = |q: &QuestionSummary| {
        vec![
            q.question.clone(),
            q.forecasts.to_string(),
            q.unresolved.to_string(),
            q.sources.join(", "),
            outcome_cell(q),
        ]
    };
    let text = match args.format {
        Format::Json => json_string(&questions)?,
        Format::Csv => csv_string(
            &questions
                .iter()
                .map(|q| CsvRow {
                    question: q.question.clone(),
                    forecasts: q.forecasts,
                    unresolved: q.unresolved,
                    sources: q.sources.join(";"),
                    outcome: q.outcome.as_deref().unwrap_or(""),
                    events: q.events.join(";"),
                })
                .collect::<Vec<_>>(),
        )?,
        Format::Markdown => {
            markdown_table(&HEADER, &questions.iter().map(cells).collect::<Vec<_>>())
        }
        Format::Table if questions.is_empty() => "No questions yet.\n".to_string(),
        Format::Table => {
            // The key and the counts are whole, the sources and the outcome wrap at spaces
            // only; what does not fit is left out and named, the count of forecasts first,
            // then the sources, then the count unresolved (audit 21, B3: left to
            // comfy-table, headings and dates were split, `foreca`/`sts`, `2025-0`/`9-22`,
            // and at 60 columns the headings ran one letter a line).
            use crate::output::{Fit, Step};
            let rows: Vec<Vec<String>> = questions
                .iter()
                .map(|q| {
                    let mut row = cells(q);
                    row[3] = crate::output::name_cell(&row[3]);
                    row.iter().map(|c| crate::output::clean(c)).collect()
                })
                .collect();
            let fits = [Fit::Whole, Fit::Whole, Fit::Whole, Fit::Name, Fit::Words];
            let steps = [
                Step::Drop(1),
                Step::CutNames,
                Step::Drop(3),
                Step::Drop(2),
                Step::Drop(4),
            ];
            let (t, left_out) =
                crate::output::fitted_table(&ctx.style, &HEADER, &fits, rows, &steps);
            format!(
                "{t}\n{}",
                crate::output::left_out_note(&ctx.style, &left_out, "`forecast question KEY`, ")
            )
        }
    };
    super::write_out(io, &text)
}
