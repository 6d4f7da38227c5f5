//! `forecast export`: every forecast with every field, as JSON Lines (default) or CSV, so
//! that `export` then `import` into an empty ledger gives the same report. Both formats are
//! written as the store reads the forecasts (a portal's pages on PostgreSQL), never held
//! whole in memory.

use crate::app::{Context, Io};
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::{Error, Result};
use crate::model::Forecast;
use crate::store::{ListFilter, Store};
use crate::transfer::ExportRecord;
use std::io::Write;

/// The current corrected forecasts, held back while the others stream in id order and
/// written where their first version stood: a correction is a new entry with a higher id,
/// and a market orders its forecasts by their first version's id (`report::markets`), so an
/// import of the export (which numbers rows in file order) orders every market as the
/// ledger does, and `compare` and `report --latest` agree on both (audit 15, A1).
/// Corrections are few: they are read whole first (`Ledger::lineage_firsts`).
pub(crate) struct Held {
    /// (first version's id, the current version), in that order.
    held: Vec<(i64, Forecast)>,
    next: usize,
    ids: rustc_hash::FxHashSet<i64>,
}

impl Held {
    pub(crate) fn load(store: &Store, today: chrono::NaiveDate) -> Result<Held> {
        let mut held = Vec::new();
        for (id, first) in store.lineage_firsts()? {
            held.push((first, store.forecast(id, today)?));
        }
        held.sort_by_key(|(first, f)| (*first, f.id));
        let ids = held.iter().map(|(_, f)| f.id).collect();
        Ok(Held { held, next: 0, ids })
    }

    /// Whether forecast `id` is held back (written by `before`).
    pub(crate) fn skips(&self, id: i64) -> bool {
        self.ids.contains(&id)
    }

    /// The held forecasts whose first version comes before forecast `id`, not given yet.
    pub(crate) fn before(&mut self, id: i64) -> Vec<Forecast> {
        let start = self.next;
        while self.next < self.held.len() && self.held[self.next].0 < id {
            self.next += 1;
        }
        self.held[start..self.next]
            .iter()
            .map(|(_, f)| f.clone())
            .collect()
    }
}

pub fn run(store: &Store, ctx: &Context, args: &ExportArgs, io: &mut Io<'_>) -> Result<()> {
    let (all, today) = (ListFilter::default(), ctx.clock.today);
    let mut held = Held::load(store, today)?;
    match args.format {
        ExportFormat::Csv => super::list::stream_csv(
            store,
            &all,
            today,
            &|_| true,
            usize::MAX,
            Some(&mut held),
            io,
        ),
        ExportFormat::Jsonl => {
            // Written while the store reads the forecasts, so memory stays flat.
            let mut out = std::io::BufWriter::with_capacity(1 << 16, &mut *io.out);
            let mut line = Vec::with_capacity(512);
            let mut closed = false;
            let broken = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
            let mut write = |f: &Forecast| -> Result<bool> {
                let mut value = serde_json::to_value(ExportRecord::from(f))
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
            };
            let mut going = true;
            store.list_each(&all, today, |f| {
                if held.skips(f.id) {
                    return Ok(true);
                }
                for g in held.before(f.id) {
                    if !write(&g)? {
                        going = false;
                        return Ok(false);
                    }
                }
                going = write(&f)?;
                Ok(going)
            })?;
            if going {
                for g in held.before(i64::MAX) {
                    if !write(&g)? {
                        break;
                    }
                }
            }
            match out.flush() {
                Err(e) if !closed && !broken(&e) => Err(Error::io("writing the export", e)),
                _ => Ok(()),
            }
        }
    }
}
