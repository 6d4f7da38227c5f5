//! Fixed-size records sorted in bounded memory: kept in memory up to one run, then written
//! to a temporary file as sorted runs and merged when read (the import's per-row checks).

use crate::error::{Error, Result};
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// Records of `N` 32-bit words, handed back in sorted order (the words compared in turn)
/// by `sorted`. At most `run` records are held in memory: beyond that they are sorted and
/// written to a temporary file (made only then), and the runs are merged when read, with
/// read buffers of `MERGE_BUFFERS` bytes in all, so memory stays at one run's records
/// (`run * N * 4` bytes) whatever the count. `what` names the check in an error.
pub(super) struct SortedRuns<const N: usize> {
    rows: Vec<[u32; N]>,
    run: usize,
    what: &'static str,
    /// The runs written out, one after another, and how many records each holds.
    spilled: Option<BufWriter<tempfile::NamedTempFile>>,
    runs: Vec<u64>,
}

/// The read buffers of a merge, shared among its runs (each 4 to 64 KiB).
const MERGE_BUFFERS: usize = 8 << 20;

impl<const N: usize> SortedRuns<N> {
    pub(super) fn new(run: usize, what: &'static str) -> Self {
        SortedRuns {
            rows: Vec::new(),
            run: run.max(1),
            what,
            spilled: None,
            runs: Vec::new(),
        }
    }

    fn error(&self, e: impl std::fmt::Display) -> Error {
        Error::Other(format!(
            "cannot use a temporary file for the import's {}: {e}",
            self.what
        ))
    }

    pub(super) fn push(&mut self, row: [u32; N]) -> Result<()> {
        if self.rows.capacity() == 0 {
            // One run's room at once: grown by doubling, the last step held the old and
            // the new buffer together (half a run more at the peak).
            self.rows.reserve_exact(self.run.min(1 << 24));
        }
        self.rows.push(row);
        if self.rows.len() >= self.run {
            self.spill()?;
        }
        Ok(())
    }

    /// Writes the records in memory out as one sorted run.
    fn spill(&mut self) -> Result<()> {
        self.rows.sort_unstable();
        if self.spilled.is_none() {
            let file = tempfile::NamedTempFile::new().map_err(|e| self.error(e))?;
            self.spilled = Some(BufWriter::with_capacity(1 << 16, file));
        }
        let what = self.what;
        let fail = |e: std::io::Error| {
            Error::Other(format!(
                "cannot use a temporary file for the import's {what}: {e}"
            ))
        };
        if let Some(out) = &mut self.spilled {
            for row in &self.rows {
                for word in row {
                    out.write_all(&word.to_le_bytes()).map_err(fail)?;
                }
            }
        }
        self.runs.push(self.rows.len() as u64);
        self.rows.clear();
        Ok(())
    }

    /// Hands every record to `each` in sorted order; the first error stops it.
    pub(super) fn sorted(mut self, mut each: impl FnMut([u32; N]) -> Result<()>) -> Result<()> {
        if self.spilled.is_none() {
            let mut rows = std::mem::take(&mut self.rows);
            rows.sort_unstable();
            return rows.into_iter().try_for_each(each);
        }
        if !self.rows.is_empty() {
            self.spill()?;
        }
        // The last run's memory is not needed while the runs are read.
        self.rows = Vec::new();
        let Some(out) = self.spilled.take() else {
            return Ok(());
        };
        let file = out.into_inner().map_err(|e| self.error(e.error()))?;
        // Each run read through a handle of its own, merged in order.
        let buffer = (MERGE_BUFFERS / self.runs.len().max(1)).clamp(4 << 10, 64 << 10);
        let mut readers = Vec::with_capacity(self.runs.len());
        let mut start = 0u64;
        for &len in &self.runs {
            let mut handle = file.reopen().map_err(|e| self.error(e))?;
            handle
                .seek(SeekFrom::Start(start * (N as u64) * 4))
                .map_err(|e| self.error(e))?;
            readers.push((BufReader::with_capacity(buffer, handle), len));
            start += len;
        }
        let next = |(reader, left): &mut (BufReader<std::fs::File>, u64)| {
            if *left == 0 {
                return Ok(None);
            }
            *left -= 1;
            let mut row = [0u32; N];
            let mut bytes = [0u8; 4];
            for word in &mut row {
                reader.read_exact(&mut bytes)?;
                *word = u32::from_le_bytes(bytes);
            }
            Ok(Some(row))
        };
        let mut heads = std::collections::BinaryHeap::with_capacity(readers.len());
        for (i, run) in readers.iter_mut().enumerate() {
            if let Some(row) = next(run).map_err(|e: std::io::Error| self.error(e))? {
                heads.push(std::cmp::Reverse((row, i)));
            }
        }
        while let Some(std::cmp::Reverse((row, i))) = heads.pop() {
            if let Some(after) = next(&mut readers[i]).map_err(|e| self.error(e))? {
                heads.push(std::cmp::Reverse((after, i)));
            }
            each(row)?;
        }
        Ok(())
    }

    /// The runs written out so far, by their lengths (for tests).
    #[cfg(test)]
    pub(super) fn runs(&self) -> &[u64] {
        &self.runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all<const N: usize>(runs: SortedRuns<N>) -> Vec<[u32; N]> {
        let mut out = Vec::new();
        runs.sorted(|r| {
            out.push(r);
            Ok(())
        })
        .unwrap();
        out
    }

    /// Records come back sorted, repeats kept, whether they stayed in memory or crossed
    /// runs of 3 (three runs and a part in memory, merged).
    #[test]
    fn records_come_back_sorted_across_runs() {
        let rows = [
            [5, 1],
            [2, 9],
            [5, 0],
            [1, 1],
            [9, 9],
            [2, 9],
            [0, 7],
            [3, 3],
            [5, 0],
            [4, 4],
        ];
        let mut expected = rows.to_vec();
        expected.sort();
        let mut spilled = SortedRuns::<2>::new(3, "test");
        let mut kept = SortedRuns::<2>::new(100, "test");
        for r in rows {
            spilled.push(r).unwrap();
            kept.push(r).unwrap();
        }
        assert_eq!(spilled.runs(), &[3, 3, 3]);
        assert_eq!(kept.runs(), &[] as &[u64]);
        assert_eq!(all(spilled), expected);
        assert_eq!(all(kept), expected);
        assert_eq!(all(SortedRuns::<3>::new(2, "test")), Vec::<[u32; 3]>::new());
    }

    /// The first error of `each` stops the merge and is returned.
    #[test]
    fn an_error_stops_the_merge() {
        let mut runs = SortedRuns::<1>::new(2, "test");
        for r in [4, 3, 2, 1, 0] {
            runs.push([r]).unwrap();
        }
        let mut seen = Vec::new();
        let e = runs
            .sorted(|r| {
                seen.push(r[0]);
                if r[0] == 2 {
                    return Err(Error::Other("stop".into()));
                }
                Ok(())
            })
            .unwrap_err();
        assert_eq!(e.to_string(), "stop");
        assert_eq!(seen, vec![0, 1, 2]);
    }
}
