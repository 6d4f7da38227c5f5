//! `forecast export`: every forecast with every field, as JSON Lines (default) or CSV, so
//! that `export` then `import` into an empty ledger gives the same report.

use crate::app::{Context, Io};
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::{Error, Result};
use crate::store::{ListFilter, Store};
use crate::transfer::ExportRecord;

pub fn run(store: &Store, ctx: &Context, args: &ExportArgs, io: &mut Io<'_>) -> Result<()> {
    let forecasts = store.list(&ListFilter::default(), ctx.clock.today)?;
    let mut out = Vec::with_capacity(forecasts.len() * 300);
    match args.format {
        ExportFormat::Jsonl => {
            for f in &forecasts {
                let mut value = serde_json::to_value(ExportRecord::from(f))
                    .map_err(Error::json("writing JSON Lines"))?;
                // Tags as a list in JSON; the CSV keeps them `;`-separated.
                value["tags"] = serde_json::json!(f.tags);
                serde_json::to_writer(&mut out, &value)
                    .map_err(Error::json("writing JSON Lines"))?;
                out.push(b'\n');
            }
        }
        ExportFormat::Csv => {
            let records: Vec<ExportRecord> = forecasts.iter().map(ExportRecord::from).collect();
            out = crate::transfer::records_csv(&records)?.into_bytes();
        }
    }
    match io.out.write_all(&out) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::io("writing the export", e))
        }
        _ => Ok(()),
    }
}
