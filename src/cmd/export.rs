//! `forecast export`: every forecast with every field, as JSON Lines (default) or CSV, so
//! that `export` then `import` into an empty ledger gives the same report. Both formats are
//! written as the store reads the forecasts (a portal's pages on PostgreSQL), never held
//! whole in memory.

use crate::app::{Context, Io};
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::{Error, Result};
use crate::store::{ListFilter, Store};
use crate::transfer::ExportRecord;
use std::io::Write;

pub fn run(store: &Store, ctx: &Context, args: &ExportArgs, io: &mut Io<'_>) -> Result<()> {
    let (all, today) = (ListFilter::default(), ctx.clock.today);
    match args.format {
        ExportFormat::Csv => super::list::stream_csv(store, &all, today, &|_| true, usize::MAX, io),
        ExportFormat::Jsonl => {
            // Written while the store reads the forecasts, so memory stays flat.
            let mut out = std::io::BufWriter::with_capacity(1 << 16, &mut *io.out);
            let mut line = Vec::with_capacity(512);
            let mut closed = false;
            let broken = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
            store.list_each(&all, today, |f| {
                let mut value = serde_json::to_value(ExportRecord::from(&f))
                    .map_err(Error::json("writing JSON Lines"))?;
                // Tags as a list in JSON; the CSV keeps them `;`-separated.
                value["tags"] = serde_json::json!(f.tags);
                line.clear();
                serde_json::to_writer(&mut line, &value)
                    .map_err(Error::json("writing JSON Lines"))?;
                line.push(b'\n');
                match out.write_all(&line) {
                    Ok(()) => Ok(true),
                    Err(e) if broken(&e) => {
                        closed = true;
                        Ok(false)
                    }
                    Err(e) => Err(Error::io("writing the export", e)),
                }
            })?;
            match out.flush() {
                Err(e) if !closed && !broken(&e) => Err(Error::io("writing the export", e)),
                _ => Ok(()),
            }
        }
    }
}
