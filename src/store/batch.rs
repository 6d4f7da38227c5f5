//! One journal entry for a whole import. Instead of an entry per question, forecast and
//! resolution, an import's entry carries SHA-256 digests of the canonical bodies of every
//! row it created (the same bodies single entries hold), in blocks of `BLOCK` consecutive
//! ids per kind, plus one digest over all the blocks. The rows of one import have
//! consecutive ids, since the import holds the write lock throughout. `verify` rebuilds
//! each body from its row and recomputes the digests, so an edit to any imported row breaks
//! its import's entry, and the block whose digest differs names the rows to look at.
//!
//! This keeps a million-row import from writing a million journal rows (each with two hex
//! hashes), which was most of the bytes it wrote.

use super::journal::to_hex;
use crate::error::{Error, Result};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

/// Rows per block digest.
pub const BLOCK: i64 = 64;

/// Hex digits kept of each block digest (64 bits: enough to find the block that changed;
/// the digest over all blocks is full length).
const BLOCK_HEX: usize = 16;

/// A question outcome that resolves at least this many forecasts records them by digest in
/// its one entry (below it, an entry each, which names the field an edit changed).
pub const RESOLUTIONS_BY_DIGEST_FROM: usize = BLOCK as usize;

/// The kinds an import's entry covers, in digest order.
pub const KINDS: [&str; 3] = ["question", "forecast", "resolution"];

/// Digests of one kind's rows, built as they are written.
#[derive(Debug, Default)]
struct Run {
    first: i64,
    last: i64,
    block: Sha256,
    in_block: i64,
    blocks: Vec<[u8; 32]>,
}

impl Run {
    fn add(&mut self, kind: &str, id: i64, body: &str) -> Result<()> {
        if self.blocks.is_empty() && self.in_block == 0 {
            self.first = id;
        } else if id != self.last + 1 {
            return Err(Error::Other(format!(
                "import wrote {kind} {id} after {kind} {}: ids must be consecutive",
                self.last
            )));
        }
        self.last = id;
        self.block.update(body.as_bytes());
        self.block.update(b"\n");
        self.in_block += 1;
        if self.in_block == BLOCK {
            self.close_block();
        }
        Ok(())
    }

    fn close_block(&mut self) {
        if self.in_block > 0 {
            let block = std::mem::take(&mut self.block);
            self.blocks.push(block.finalize().into());
            self.in_block = 0;
        }
    }
}

/// The digests of an import in progress.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    runs: [Run; 3],
}

impl Batch {
    /// Whether rows of `kind` are recorded by digest rather than by their own entries.
    pub fn covers(kind: &str) -> bool {
        KINDS.contains(&kind)
    }

    /// Adds a row's canonical body.
    pub fn add(&mut self, kind: &str, id: i64, body: &str) -> Result<()> {
        let i = KINDS
            .iter()
            .position(|k| *k == kind)
            .ok_or_else(|| Error::Other(format!("an import does not batch {kind} rows")))?;
        self.runs[i].add(kind, id, body)
    }

    /// The ids of `kind` added so far, first and last (consecutive: `add` refuses a gap),
    /// when any were.
    pub fn added(&self, kind: &str) -> Option<(i64, i64)> {
        let i = KINDS.iter().position(|k| *k == kind)?;
        let run = &self.runs[i];
        (!run.blocks.is_empty() || run.in_block > 0).then_some((run.first, run.last))
    }

    /// Whether no row was added.
    pub fn is_empty(&self) -> bool {
        self.runs
            .iter()
            .all(|r| r.blocks.is_empty() && r.in_block == 0)
    }

    /// `body` (an object) with the digests under `batch`, or as it is when no row was added
    /// (a question outcome that resolved nothing is recorded as it always was).
    pub fn record_in(self, mut body: Value) -> Value {
        if !self.is_empty() {
            body["batch"] = self.finish();
        }
        body
    }

    /// What the import's journal entry records under `batch`.
    pub fn finish(mut self) -> Value {
        let mut all = Sha256::new();
        let mut out = Map::new();
        out.insert("block".into(), json!(BLOCK));
        for (kind, run) in KINDS.iter().zip(self.runs.iter_mut()) {
            run.close_block();
            if run.blocks.is_empty() {
                continue;
            }
            let mut hex = String::with_capacity(run.blocks.len() * BLOCK_HEX);
            for b in &run.blocks {
                all.update(b);
                hex.push_str(&to_hex(&b[..BLOCK_HEX / 2]));
            }
            out.insert(
                (*kind).into(),
                json!({"first": run.first, "last": run.last, "blocks": hex}),
            );
        }
        out.insert("sha256".into(), json!(to_hex(&all.finalize())));
        Value::Object(out)
    }
}

/// The id ranges a recorded batch covers, by kind.
pub(crate) fn ranges(batch: &Value) -> Vec<(&'static str, i64, i64)> {
    KINDS
        .iter()
        .filter_map(|kind| {
            let run = batch.get(*kind)?;
            Some((*kind, run["first"].as_i64()?, run["last"].as_i64()?))
        })
        .collect()
}

/// The canonical bodies of a range of rows, as `bodies::for_each_body` gives them; each
/// backend loads them in its own SQL.
pub(crate) trait Bodies {
    fn for_each_body(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>,
    ) -> Result<()>;

    /// The block digests of `kind`'s rows `first..=last` (`block_events`); a backend may
    /// hand out ones worked out beforehand on another connection to the same snapshot.
    fn block_events(&mut self, kind: &str, first: i64, last: i64) -> Result<Vec<BlockEvent>> {
        block_events(self, kind, first, last)
    }
}

/// What rebuilding a range of rows gives, in id order: each block's digest, until a row
/// that is missing (the last event then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BlockEvent {
    Block {
        first: i64,
        last: i64,
        digest: [u8; 32],
    },
    Missing(i64),
}

/// The digest of every block of `kind`'s rows `first..=last` (`BLOCK` ids a block, the
/// last one shorter), from their bodies, up to the first id without a row.
pub(crate) fn block_events<B: Bodies + ?Sized>(
    rows: &mut B,
    kind: &str,
    first: i64,
    last: i64,
) -> Result<Vec<BlockEvent>> {
    let mut events = RangeEvents::new(first, last);
    rows.for_each_body(kind, first, last, &mut |id, body| {
        events.add(id, body);
        Ok(())
    })?;
    Ok(events.finish())
}

/// `block_events` of one range, fed its ids in order (`None`: no row), as
/// `Bodies::for_each_body` hands them out.
pub(crate) struct RangeEvents {
    last: i64,
    events: Vec<BlockEvent>,
    block: Sha256,
    block_start: i64,
    missing: bool,
    /// Whether bodies are digested (`false`: only which rows count is tracked).
    digests: bool,
}

impl RangeEvents {
    pub fn new(first: i64, last: i64) -> Self {
        RangeEvents {
            last,
            events: Vec::new(),
            block: Sha256::new(),
            block_start: first,
            missing: false,
            digests: true,
        }
    }

    /// Whether a row is missing: nothing after it counts.
    pub fn stopped(&self) -> bool {
        self.missing
    }

    pub fn add(&mut self, id: i64, body: Option<&str>) {
        if self.missing {
            return;
        }
        let Some(body) = body else {
            self.events.push(BlockEvent::Missing(id));
            self.missing = true;
            return;
        };
        if self.digests {
            self.block.update(body.as_bytes());
            self.block.update(b"\n");
        }
        if id - self.block_start + 1 == BLOCK || id == self.last {
            self.events.push(BlockEvent::Block {
                first: self.block_start,
                last: id,
                digest: std::mem::take(&mut self.block).finalize().into(),
            });
            self.block_start = id + 1;
        }
    }

    pub fn finish(self) -> Vec<BlockEvent> {
        self.events
    }
}

/// The block digests of ranges of rows, by range (`(first, last)`).
pub(crate) type RangeDigests = rustc_hash::FxHashMap<(i64, i64), Vec<BlockEvent>>;

/// `block_events` of many ranges of one kind from one read of the table in id order: each
/// row's id is offered (`at`), and a row in a range has its body added (`add`). Ranges that
/// are empty or overlap an earlier one are left out (rebuilt on their own when asked).
pub(crate) struct RangePass {
    live: Vec<(i64, i64)>,
    next: usize,
    /// The range `live[next]` once a row in it was met: the next id it expects, its
    /// digests so far.
    open: Option<(i64, RangeEvents)>,
    out: RangeDigests,
    digests: bool,
}

impl RangePass {
    pub fn new(ranges: &[(i64, i64)]) -> Self {
        let mut sorted = ranges.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let mut live: Vec<(i64, i64)> = Vec::new();
        for (first, last) in sorted {
            match live.last() {
                _ if first > last => {}
                Some(&(_, end)) if first <= end => {}
                _ => live.push((first, last)),
            }
        }
        RangePass {
            live,
            next: 0,
            open: None,
            out: Default::default(),
            digests: true,
        }
    }

    /// A pass that digests nothing: `at` answers as the pass `new` makes would when offered
    /// the same ids and fed the same rows (`add`, any text), so another thread can digest the
    /// bodies of exactly the rows it says are wanted.
    pub fn tracking(ranges: &[(i64, i64)]) -> Self {
        RangePass {
            digests: false,
            ..RangePass::new(ranges)
        }
    }

    fn events(&self, first: i64, last: i64) -> RangeEvents {
        RangeEvents {
            digests: self.digests,
            ..RangeEvents::new(first, last)
        }
    }

    /// Whether the row with this id (met in increasing id order) is in a range, and its
    /// body wanted; the ranges that end before it are closed.
    pub fn at(&mut self, id: i64) -> bool {
        while let Some(&range) = self.live.get(self.next).filter(|(_, last)| *last < id) {
            self.close(range);
        }
        match self.live.get(self.next) {
            Some(&(first, last)) if first <= id => {
                if self.open.is_none() {
                    self.open = Some((first, self.events(first, last)));
                }
                self.open
                    .as_ref()
                    .is_some_and(|(_, events)| !events.stopped())
            }
            _ => false,
        }
    }

    /// The body of row `id`, which `at` said was wanted; the ids of the range skipped
    /// before it have no row.
    pub fn add(&mut self, id: i64, body: &str) {
        if let Some((expect, events)) = &mut self.open {
            while *expect < id && !events.stopped() {
                events.add(*expect, None);
                *expect += 1;
            }
            *expect = id + 1;
            events.add(id, Some(body));
        }
    }

    fn close(&mut self, range: (i64, i64)) {
        let (mut expect, mut events) = self
            .open
            .take()
            .unwrap_or_else(|| (range.0, self.events(range.0, range.1)));
        while expect <= range.1 && !events.stopped() {
            events.add(expect, None);
            expect += 1;
        }
        self.out.insert(range, events.finish());
        self.next += 1;
    }

    /// Every range's digests, once the last row was offered.
    pub fn finish(mut self) -> RangeDigests {
        while let Some(&range) = self.live.get(self.next) {
            self.close(range);
        }
        self.out
    }
}

/// Rebuilds the digests of a recorded batch from the rows; why they differ, if they do.
/// `recorder` names what recorded it in the finding (`import`, `question outcome`).
pub(crate) fn check(
    rows: &mut impl Bodies,
    batch: &Value,
    recorder: &str,
) -> Result<Option<String>> {
    let mut all = Sha256::new();
    for (kind, first, last) in ranges(batch) {
        let recorded = batch[kind]["blocks"].as_str().unwrap_or_default();
        let mut index = 0usize;
        for event in rows.block_events(kind, first, last)? {
            match event {
                BlockEvent::Missing(id) => {
                    return Ok(Some(format!("{kind} {id}, which it records, is missing")))
                }
                BlockEvent::Block {
                    first: from,
                    last: to,
                    digest,
                } => {
                    all.update(digest);
                    let want = recorded.get(index * BLOCK_HEX..(index + 1) * BLOCK_HEX);
                    if want != Some(to_hex(&digest[..BLOCK_HEX / 2]).as_str()) {
                        return Ok(Some(format!(
                            "{kind}s {from} to {to} differ from what the {recorder} recorded"
                        )));
                    }
                    index += 1;
                }
            }
        }
        if recorded.len() != index * BLOCK_HEX {
            return Ok(Some(format!(
                "its {kind} block digests do not match the rows"
            )));
        }
    }
    if batch["sha256"].as_str() != Some(to_hex(&all.finalize()).as_str()) {
        return Ok(Some(format!(
            "the digest over all its rows differs from what the {recorder} recorded"
        )));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_consecutive() {
        let mut b = Batch::default();
        b.add("forecast", 5, "{}").unwrap();
        b.add("forecast", 6, "{}").unwrap();
        assert!(b.add("forecast", 8, "{}").is_err());
        assert!(b.add("source", 1, "{}").is_err());
    }

    #[test]
    fn added_names_the_first_and_last_id_of_each_kind() {
        let mut b = Batch::default();
        assert_eq!(b.added("forecast"), None);
        for id in 7..=(7 + BLOCK) {
            b.add("forecast", id, "{}").unwrap();
        }
        b.add("question", 3, "{}").unwrap();
        assert_eq!(b.added("forecast"), Some((7, 7 + BLOCK)));
        assert_eq!(b.added("question"), Some((3, 3)));
        assert_eq!(b.added("resolution"), None);
        assert_eq!(b.added("source"), None);
    }

    /// Rows `first..=last` by id, `None` where one is missing.
    struct Rows(Vec<(i64, Option<&'static str>)>);

    impl Bodies for Rows {
        fn for_each_body(
            &mut self,
            _kind: &str,
            first: i64,
            last: i64,
            f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>,
        ) -> Result<()> {
            for (id, body) in &self.0 {
                if (first..=last).contains(id) {
                    f(*id, *body)?;
                }
            }
            Ok(())
        }
    }

    /// The block events are the digests a `Batch` records for the same bodies, block by
    /// block, and stop at the first missing row; the check finds what differs from them.
    #[test]
    fn block_events_are_the_recorded_digests_up_to_a_missing_row() {
        let whole: Vec<(i64, Option<&str>)> =
            (10..=10 + BLOCK * 2).map(|id| (id, Some("{}"))).collect();
        let mut recorded = Batch::default();
        for (id, body) in &whole {
            recorded.add("resolution", *id, body.unwrap()).unwrap();
        }
        let recorded = recorded.finish();
        let last = 10 + BLOCK * 2;
        let events = block_events(&mut Rows(whole.clone()), "resolution", 10, last).unwrap();
        assert_eq!(events.len(), 3);
        let hex: String = events
            .iter()
            .map(|e| match e {
                BlockEvent::Block { digest, .. } => to_hex(&digest[..BLOCK_HEX / 2]),
                BlockEvent::Missing(_) => unreachable!(),
            })
            .collect();
        assert_eq!(recorded["resolution"]["blocks"], hex.as_str());
        assert_eq!(
            check(&mut Rows(whole.clone()), &recorded, "import").unwrap(),
            None
        );
        assert!(
            matches!(events[2], BlockEvent::Block { first, last: l, .. } if first == 10 + BLOCK * 2 && l == last)
        );

        let mut gap = whole.clone();
        gap[BLOCK as usize + 3].1 = None;
        let events = block_events(&mut Rows(gap.clone()), "resolution", 10, last).unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(events[1], BlockEvent::Missing(10 + BLOCK + 3));
        assert_eq!(
            check(&mut Rows(gap), &recorded, "import")
                .unwrap()
                .as_deref(),
            Some(
                format!(
                    "resolution {}, which it records, is missing",
                    10 + BLOCK + 3
                )
                .as_str()
            )
        );
        let mut changed = whole;
        changed[BLOCK as usize + 3].1 = Some("{\"x\":1}");
        assert_eq!(
            check(&mut Rows(changed), &recorded, "question outcome")
                .unwrap()
                .as_deref(),
            Some(
                format!(
                    "resolutions {} to {} differ from what the question outcome recorded",
                    10 + BLOCK,
                    9 + BLOCK * 2
                )
                .as_str()
            )
        );
    }

    #[test]
    fn blocks_split_every_block_rows() {
        let mut b = Batch::default();
        for id in 1..=(BLOCK * 2 + 1) {
            b.add("forecast", id, "{}").unwrap();
        }
        let v = b.finish();
        assert_eq!(v["forecast"]["first"], 1);
        assert_eq!(v["forecast"]["last"], BLOCK * 2 + 1);
        assert_eq!(
            v["forecast"]["blocks"].as_str().unwrap().len(),
            3 * BLOCK_HEX
        );
        assert!(v.get("question").is_none());
        assert_eq!(v["sha256"].as_str().unwrap().len(), 64);
    }
}
