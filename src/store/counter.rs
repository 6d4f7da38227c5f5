//! An import's kept-sum counting on a second thread. Counting a forecast into the pending
//! kept sums (`kept::Pending::count`) is a handful of hash-map probes into per-source maps
//! too large for the CPU's caches: an eighth of a million-row import's CPU, all on the
//! thread that also drives SQLite. The writer hands each forecast's `Counted` to a thread
//! that counts them, in chunks through a bounded channel; at the end of the batch the
//! thread's changes are merged into the writer's (`Pending::merge`: every count and sum is
//! exact and order-free, so the stored sums are byte for byte those of counting inline).
//! When the thread's changes grow past a bound it hands them back early, so the writer can
//! write them into the transaction (`SqliteWriter::trim_caches`) and memory stays bounded.

use super::kept::{Counted, Pending};
use crate::error::{Error, Result};
use std::sync::mpsc::{channel, sync_channel, Receiver, SyncSender};
use std::thread::JoinHandle;

/// Forecasts sent to the thread at a time.
const CHUNK: usize = 4096;

/// Chunks the channel holds before the writer waits for the thread.
const CHUNKS_IN_FLIGHT: usize = 8;

/// Pending entries (see `Pending::entries`) after which the thread hands its changes back.
const HAND_BACK_AFTER: usize = 500_000;

/// Counts forecasts on a thread of its own.
pub(crate) struct Counter {
    chunk: Vec<Counted>,
    to_thread: Option<SyncSender<Vec<Counted>>>,
    handed_back: Receiver<Pending>,
    thread: Option<JoinHandle<Pending>>,
}

impl Counter {
    pub fn start() -> Result<Counter> {
        Self::start_with(HAND_BACK_AFTER)
    }

    fn start_with(hand_back_after: usize) -> Result<Counter> {
        let (to_thread, rows) = sync_channel::<Vec<Counted>>(CHUNKS_IN_FLIGHT);
        let (back, handed_back) = channel();
        let thread = std::thread::Builder::new()
            .name("kept-sums".into())
            .spawn(move || {
                let mut pending = Pending::default();
                for chunk in rows {
                    for f in &chunk {
                        pending.count(f, 1);
                    }
                    if pending.entries() > hand_back_after
                        && back.send(std::mem::take(&mut pending)).is_err()
                    {
                        break;
                    }
                }
                pending
            })
            .map_err(|e| Error::Other(format!("cannot start the kept-sums thread: {e}")))?;
        Ok(Counter {
            chunk: Vec::with_capacity(CHUNK),
            to_thread: Some(to_thread),
            handed_back,
            thread: Some(thread),
        })
    }

    /// Counts one forecast in (`Pending::count` with sign 1).
    pub fn count(&mut self, f: Counted) -> Result<()> {
        self.chunk.push(f);
        if self.chunk.len() >= CHUNK {
            self.send()?;
        }
        Ok(())
    }

    fn send(&mut self) -> Result<()> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.chunk, Vec::with_capacity(CHUNK));
        let sent = self.to_thread.as_ref().map(|t| t.send(chunk));
        if sent.is_some_and(|s| s.is_ok()) {
            Ok(())
        } else {
            Err(stopped())
        }
    }

    /// The changes the thread handed back so far (each to be merged by the writer).
    pub fn handed_back(&self) -> Vec<Pending> {
        self.handed_back.try_iter().collect()
    }

    /// Counts what is left, waits for the thread and returns every change it counted.
    pub fn finish(mut self) -> Result<Vec<Pending>> {
        self.send()?;
        self.to_thread = None;
        let last = self
            .thread
            .take()
            .ok_or_else(stopped)?
            .join()
            .map_err(|_| stopped())?;
        let mut out = self.handed_back();
        out.push(last);
        Ok(out)
    }
}

fn stopped() -> Error {
    Error::Other("the kept-sums thread of the import stopped; nothing was written".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;

    /// The rows of the kept-sum tables after `pending` is written into a fresh ledger.
    fn stored(pendings: Vec<Pending>) -> Vec<String> {
        let store = super::super::SqliteStore::open_in_memory().unwrap();
        let conn = store.conn();
        conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        let mut all = Pending::default();
        for p in pendings {
            all.merge(p);
        }
        all.flush(conn).unwrap();
        let mut out = Vec::new();
        for sql in [
            "SELECT * FROM source_totals ORDER BY 1",
            "SELECT * FROM source_bin_sums ORDER BY 1, 2",
            "SELECT * FROM source_shapes ORDER BY 1",
        ] {
            let mut stmt = conn.prepare(sql).unwrap();
            let n = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            while let Some(r) = rows.next().unwrap() {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                out.push(cells.join("|"));
            }
        }
        out
    }

    fn forecasts() -> Vec<Counted> {
        (0..3000i64)
            .map(|i| Counted {
                source_id: 1 + i % 7,
                probability: (i % 19) as f64 / 18.0,
                outcome: match i % 4 {
                    0 => None,
                    1 => Some(Outcome::True),
                    2 => Some(Outcome::False),
                    _ => Some(Outcome::Void),
                },
                corrected: i % 11 == 0,
                amended: false,
                late: i % 5 == 0,
                horizon: i % 97,
            })
            .collect()
    }

    #[test]
    fn the_thread_stores_the_same_sums_as_counting_inline() {
        let mut inline = Pending::default();
        for f in forecasts() {
            inline.count(&f, 1);
        }
        let want = stored(vec![inline]);
        assert!(want.len() > 7 * 3, "{want:?}");
        // Handing back after every chunk and after none: the same stored rows either way.
        for hand_back_after in [0, usize::MAX] {
            let mut counter = Counter::start_with(hand_back_after).unwrap();
            for f in forecasts() {
                counter.count(f).unwrap();
            }
            let got = counter.finish().unwrap();
            if hand_back_after == 0 {
                assert!(got.len() > 1);
            }
            assert_eq!(stored(got), want);
        }
    }

    #[test]
    fn merging_into_changes_already_counted_adds_them() {
        let all = forecasts();
        let (first, second) = all.split_at(1234);
        let mut inline = Pending::default();
        all.iter().for_each(|f| inline.count(f, 1));
        let mut a = Pending::default();
        first.iter().for_each(|f| a.count(f, 1));
        let mut b = Pending::default();
        second.iter().for_each(|f| b.count(f, 1));
        // A forecast counted and taken out again on the other side cancels out.
        b.count(&all[5], -1);
        a.count(&all[5], 1);
        assert_eq!(stored(vec![a, b]), stored(vec![inline]));
    }
}
