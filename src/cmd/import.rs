//! `forecast import FILE`: CSV, JSON Lines, or a PredictionBook API document into the ledger
//! in one transaction. Every row is checked as it streams in; a bad row rolls the whole
//! file back, and the refusal names it and the file's other bad rows (`transfer::BadRows`).
//! Foreign layouts (Fatebook, PredictionBook) are recognized and converted in
//! `transfer::formats`. The same data imported twice is refused
//! (see `store/imports.rs`).

use crate::app::{Context, Io};
use crate::cli::ImportArgs;
use crate::error::{Error, Result};
use crate::store::{Conflict, QuestionResolution, Resolved, Store, Writer};
use crate::time::Clock;
use crate::transfer::{
    convert_row, is_predictionbook, line_too_long, parse_row, predictionbook_rows, read_rows,
    FieldMap, Fields, InputFormat, Layout, LineLimit,
};
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::io::Read;
use std::rc::Rc;
use std::time::{Duration, Instant};

mod sorted_runs;
use sorted_runs::SortedRuns;

/// The largest JSON document (PredictionBook's API shape, or an array of records) read.
const MAX_DOCUMENT: u64 = 16 << 20;

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportSummary {
    pub forecasts: u64,
    pub resolved: u64,
    /// Of `resolved`, those imported void (the summary line says how many).
    pub void: u64,
    /// The layout recognized.
    pub layout: &'static str,
    /// Columns no field read (our own layout only).
    pub unknown_columns: Vec<String>,
    /// Outcomes already recorded for the questions of imported forecasts, applied to them
    /// (as `add` applies them), one summary per question that changed anything.
    pub applied: Vec<QuestionResolution>,
    /// Imported resolutions that the recorded outcome of their question decides otherwise,
    /// by question key: kept as imported (a resolution given by hand keeps its outcome) and
    /// reported, as `resolve --question` reports its conflicts.
    pub conflicts: Vec<(String, Vec<Conflict>)>,
    /// Claims (the same words and deadline) that more than one source made in rows without
    /// a question: each row got a question of its own, so `compare` cannot score them.
    pub same_claims: usize,
    /// Rows whose question key differs from a key met before (the ledger's or the file's)
    /// only in case, spacing or punctuation, kept as questions of their own; the first
    /// few, described.
    pub similar_keys: usize,
    pub similar_examples: Vec<String>,
    /// New question keys one edit from an existing key (`KeySlips`): how many, and the
    /// first few, described.
    pub key_slips: usize,
    pub key_slip_examples: Vec<String>,
    /// Resolved rows whose market (question and deadline) an earlier row of the file
    /// resolved the other way, stance taken into account; the first few, described.
    pub contradicting: usize,
    pub contradicting_examples: Vec<String>,
    /// Resolved rows dated after their deadline with the event happened, or before it
    /// with the event not happened (audit 22 C6).
    pub(crate) timing: super::timing::TimingTally,
    /// Rows that gave a `resolved_on`, `note` or `reason` but no `outcome` (imported
    /// unresolved), where the first one is (`line 4`, `record 2`), and which of those
    /// fields the rows gave.
    pub dated_unresolved: (u64, String),
    pub unresolved_fields: Vec<&'static str>,
    /// Rows whose `deadline` was a phrase read from the date made, and the first of them
    /// (`line 3: \`2027\` as 2027-12-31`).
    pub read_phrases: (u64, String),
    /// Open rows with a deadline far after their date made (`FarRows`).
    pub far: FarRows,
    /// Void rows that gave no `reason`, imported as `ambiguous` (ad4 F8): how many, where
    /// the first one is and its forecast's id.
    pub void_without_reason: (u64, String, i64),
    /// The highest probability imported.
    pub highest: f64,
    /// With `--new-only`: rows skipped because they repeat a forecast already in the
    /// ledger, and how many of those carried an outcome.
    pub skipped: u64,
    pub skipped_resolved: u64,
    /// Rows that name an article (`article`), not taken (see `ImportRow::article`).
    pub articles: u64,
    /// Resolved rows from `forecast export` (they have `created_at`).
    pub exported: u64,
    /// Rows stored that repeat an earlier row of the file (`RowRepeats`), and the first
    /// such pair (the repeating row's line, the line it repeats); `unit` says what a line
    /// number counts (`line`, or `record` in a JSON document).
    pub repeated_rows: u64,
    pub first_repeat: Option<(u64, u64)>,
    /// With `--new-only`: rows skipped as a forecast already in the ledger although the file
    /// holds that forecast more times than the ledger does (a copy logged since the last
    /// import), and the first such pair (the row's line, the line of its first copy).
    pub beyond_ledger: u64,
    pub first_beyond: Option<(u64, u64)>,
    pub unit: &'static str,
    /// The sources of the rows it stored, as `names::name_key` (`slips` names only the
    /// new sources among them).
    pub sources: rustc_hash::FxHashSet<String>,
    /// The last row's source as written, so a run of rows from one source is keyed once.
    last_source: String,
}

impl ImportSummary {
    /// Notes the source of a row it stored.
    fn stored_from(&mut self, source: &str) {
        if source != self.last_source {
            self.sources.insert(crate::model::names::name_key(source));
            self.last_source = source.to_string();
        }
    }
}

/// The imported forecasts that arrived resolved on a question whose outcome the ledger
/// already records, by question key: the rows whose outcome may disagree with it. Only
/// those questions' rows are kept, so a large import into a ledger without such questions
/// holds nothing here.
///
/// It also keeps the first new forecast's id and the lines of the new forecasts
/// (`LineRuns`), so a row found by a query after the rows are written (a repeated
/// forecast, a market resolved both ways) is named by its line.
#[derive(Default)]
struct Watched {
    /// With `--new-only`: the ledger's current forecasts as read before the import.
    existing: Option<Snapshot>,
    /// With `--new-only`: per skipped identity, how many rows of the file had it and the
    /// first one's line; rows beyond the ledger's own count, and the first of them.
    absorbed: rustc_hash::FxHashMap<u64, (u32, u64)>,
    beyond_ledger: u64,
    first_beyond: Option<(u64, u64)>,
    decided: rustc_hash::FxHashSet<String>,
    rows: rustc_hash::FxHashMap<String, Vec<i64>>,
    first: Option<i64>,
    lines: LineRuns,
    same: SameClaims,
    repeats: RowRepeats,
    /// `--refuse-repeats`.
    refuse_file_repeats: bool,
    keys: KeyFolds,
    /// New keys one edit from an existing key (`KeySlips`).
    slips: KeySlips,
    /// Rows with a `resolved_on`, `note` or `reason` but no `outcome`, where the first one
    /// is (`line 4`), and which of those fields they gave.
    dated_unresolved: (u64, String),
    /// Void rows without a `reason`, where the first one is and its forecast's id.
    void_without_reason: (u64, String, i64),
    unresolved_fields: Vec<&'static str>,
    /// Rows whose `deadline` was a phrase, and the first of them.
    read_phrases: (u64, String),
    /// The highest probability imported: a Fatebook sheet (`forecast` in percent) whose
    /// highest is 1% was most likely written in fractions.
    highest: f64,
    timing: super::timing::TimingTally,
    /// Rows that name an article, and resolved rows from `forecast export`.
    articles: u64,
    exported: u64,
    /// The day the import reasons with (`far`).
    today: NaiveDate,
    /// Rows imported open with a deadline still ahead and more than `add::FAR_YEARS` after
    /// their date made, and the first one (`FarRows`).
    far: FarRows,
}

/// Rows imported open with a deadline still ahead and more than `add::FAR_YEARS` years after
/// their date made (ad4 F5): how many, and the first one's line, forecast id, date made,
/// deadline and years between, for one summary line.
#[derive(Debug, Default, Clone)]
pub struct FarRows {
    pub count: u64,
    pub first: Option<(String, i64, NaiveDate, NaiveDate, u32)>,
}

impl FarRows {
    /// The summary line, when there are such rows.
    pub fn line(&self) -> Option<String> {
        let (at, id, made_on, deadline, years) = self.first.as_ref()?;
        Some(format!(
            "note: {} imported open row(s) have a deadline more than {} years after their date made (the first, {at}, forecast {id}: {deadline}, {years} years after {made_on}); if a year is mistyped, `forecast correct ID --deadline DATE --why 'mistyped year'` moves it while the deadline is ahead",
            self.count,
            super::add::FAR_YEARS
        ))
    }
}

/// The line (or record) of each forecast an import stored, by its id, as runs: ids the
/// import gave one after another on lines one after another are one run of 16 bytes, so a
/// file of one row a line costs one run whatever its length; a row over several lines (a
/// quoted line break) or rows skipped between (`--new-only`) start another. The ids are
/// looked up when the rows are written: a repeated forecast (`refuse_repeats`) and the
/// rows that say a market's event both ways (`contradicting`) are found by queries over
/// the stored rows and named by their lines. It held one 16-byte entry a row before
/// (issue 17).
#[derive(Default)]
struct LineRuns(Vec<(i64, u64)>);

impl LineRuns {
    fn note(&mut self, id: i64, line: u64) {
        let follows = self.0.last().is_some_and(|&(at, from)| {
            id.checked_sub(at)
                .and_then(|d| u64::try_from(d).ok())
                .is_some_and(|d| from.checked_add(d) == Some(line))
        });
        if !follows {
            self.0.push((id, line));
        }
    }

    /// The line of the row stored as `id`; 0 for an id before the import's first.
    fn line_of(&self, id: i64) -> u64 {
        let runs = self.0.partition_point(|&(at, _)| at <= id);
        let Some(&(at, from)) = runs.checked_sub(1).map(|i| &self.0[i]) else {
            return 0;
        };
        from + (id - at).unsigned_abs()
    }
}

/// Question keys that differ from a key of the ledger, or from one met earlier in the
/// file, only in case, spacing or punctuation (`model::names::key_fold`): each opens a
/// second question, never compared with the first or resolved by its outcome. `add`
/// refuses such a key, typed by hand; an import keeps it and warns, naming the lines,
/// since exports of other tools and of this one hold such keys on purpose (a question
/// asked again the next year, spelled with another apostrophe) and a refusal would leave
/// them unimportable. The ledger's keys are read once, in one query, when the import
/// begins. Each key (the ledger's and each row's) is hashed twice to 64 bits with std's
/// SipHash-1-3, its fold and its exact spelling, and kept as a 32-byte record (the two
/// hashes, where it was met, where its text is) in `SortedRuns`: in memory up to
/// `KEY_RUN` records (4 MiB), then in sorted runs on disk, so memory stays bounded
/// whatever the file's length (issue 17: an entry and the text per distinct fold before,
/// about 24 bytes a row at 3 million). The texts go to `KeyTexts`, read back only for
/// the three rows the warning names. When the file has ended the records are read in
/// order of fold, spelling, then place: a fold's first key (the ledger's, else the
/// file's earliest) is the question; every other spelling of it not in the ledger is
/// noted once, at its first row. Two spellings, or two folds, whose 64-bit hashes are
/// equal are taken as one: about one chance in 10^19 a pair.
struct KeyFolds {
    /// One record a key: its fold's hash and its own (high word first), where it was
    /// met (the ledger's keys numbered from 0 in the order read, a row at its line plus
    /// `ledger`), and where its text starts in `texts`, each as two words.
    seen: SortedRuns<8>,
    /// How many keys the ledger held before the import.
    ledger: u64,
    /// Whether one of them has no letter or digit (its fold is empty): a row's key with
    /// none is then like it; otherwise such keys are like nothing.
    ledger_blank: bool,
    texts: KeyTexts,
    /// The fold of the key being noted (kept to spare an allocation a row).
    fold: String,
    /// What a row's number counts: `line`, or `record` in a JSON document.
    unit: &'static str,
}

/// New question keys one edit from a key the ledger has (`names::key_slip`: `fed-cuts-mrach`
/// beside `fed-cuts-march`), which `add` names in a hint (ad4 F2) and an import named
/// nowhere (fx4b): each opens a second question no one meant. Asked of the store as `add`
/// asks it (`question_key_alike`, one pass over the keys), for each distinct key a row
/// names, before its row is stored: a key the ledger holds, or one an earlier row opened,
/// is answered by its look-up alone. Only the first `ASKS` distinct keys, and at most
/// `PAIRS` key pairs compared in all, are asked, so a first import of many questions into a
/// ledger of many is not held up; none when the ledger had no key.
#[derive(Default)]
struct KeySlips {
    /// How many more keys may be asked.
    budget: usize,
    asked: rustc_hash::FxHashSet<String>,
    found: usize,
    /// The first few, as the hint names them.
    named: Vec<String>,
}

impl KeySlips {
    const ASKS: usize = 1_000;
    const PAIRS: usize = 5_000_000;
    const NAMED: usize = 5;

    /// For an import into a ledger of `ledger` question keys.
    fn new(ledger: u64) -> Self {
        let ledger = usize::try_from(ledger).unwrap_or(usize::MAX);
        KeySlips {
            budget: match ledger {
                0 => 0,
                n => (Self::PAIRS / n).min(Self::ASKS),
            },
            ..KeySlips::default()
        }
    }

    /// Asks about `key`, a row's question, once.
    fn ask(&mut self, w: &mut Writer<'_>, key: &str) -> Result<()> {
        if self.budget == 0 || self.asked.contains(key) {
            return Ok(());
        }
        self.budget -= 1;
        self.asked.insert(key.to_string());
        if let Some(other) = w.question_key_alike(key)?.slip {
            self.found += 1;
            if self.named.len() < Self::NAMED {
                self.named
                    .push(format!("`{key}` (the ledger had `{other}`)"));
            }
        }
        Ok(())
    }
}

/// Keys `KeyFolds` keeps in memory before it writes them out as a sorted run (fewer in
/// unit tests, so a test crosses it cheaply).
const KEY_RUN: usize = if cfg!(test) { 4 } else { 1 << 17 };
const KEY_CHECK: &str = "spelling check of question keys";

impl Default for KeyFolds {
    fn default() -> Self {
        KeyFolds {
            seen: SortedRuns::new(KEY_RUN, KEY_CHECK),
            ledger: 0,
            ledger_blank: false,
            texts: KeyTexts::default(),
            fold: String::new(),
            unit: "line",
        }
    }
}

/// A 64-bit value as two words, high first, and back.
fn words(v: u64) -> [u32; 2] {
    [(v >> 32) as u32, v as u32]
}

fn joined(hi: u32, lo: u32) -> u64 {
    (u64::from(hi) << 32) | u64::from(lo)
}

impl KeyFolds {
    fn hash_of(bytes: &[u8]) -> u64 {
        use std::hash::Hasher;
        // SipHash-1-3 with fixed keys; its algorithm may change between Rust releases, but
        // hashes live only as long as one import.
        let mut h = std::hash::DefaultHasher::new();
        h.write(bytes);
        h.finish()
    }

    fn read(w: &mut Writer<'_>) -> Result<Self> {
        let mut keys = KeyFolds::default();
        let mut failed = None;
        w.each_question_key(&mut |key| {
            if failed.is_none() {
                failed = keys.meet(key).err();
            }
        })?;
        match failed {
            Some(e) => Err(e),
            None => Ok(keys),
        }
    }

    /// Records a key of the ledger's, the next in the order read.
    fn meet(&mut self, key: &str) -> Result<()> {
        self.fold.clear();
        self.fold.extend(crate::model::names::key_fold(key));
        self.ledger_blank |= self.fold.is_empty();
        self.record(key, self.ledger)?;
        self.ledger += 1;
        Ok(())
    }

    /// Records `key`, a row's question, on `line`.
    fn check(&mut self, key: &str, line: u64) -> Result<()> {
        self.fold.clear();
        self.fold.extend(crate::model::names::key_fold(key));
        if self.fold.is_empty() && !self.ledger_blank {
            return Ok(());
        }
        self.record(key, self.ledger.saturating_add(line))
    }

    /// Records `key` (its fold in `fold`), met at `at` (see `seen`).
    fn record(&mut self, key: &str, at: u64) -> Result<()> {
        let [f0, f1] = words(Self::hash_of(self.fold.as_bytes()));
        let exact = Self::hash_of(key.as_bytes());
        let [k0, k1] = words(exact);
        let [a0, a1] = words(at);
        let [t0, t1] = words(self.texts.keep(exact, key)?);
        self.seen.push([f0, f1, k0, k1, a0, a1, t0, t1])
    }

    /// How many rows named a key like one met before (each spelling counted once, at its
    /// first row), and the first three in the file's order, described.
    fn tally(&mut self) -> Result<(usize, Vec<String>)> {
        let seen = std::mem::replace(&mut self.seen, SortedRuns::new(KEY_RUN, KEY_CHECK));
        // Pass 1, by fold, spelling, place: the first record of each spelling (its fold,
        // place and text), kept only for folds met in more than one spelling.
        let mut spellings = SortedRuns::<6>::new(KEY_RUN, KEY_CHECK);
        let mut fold = None;
        let mut spelling = [0u32; 2];
        let mut alone = None;
        seen.sorted(|r| {
            let first = [r[0], r[1], r[4], r[5], r[6], r[7]];
            if fold != Some([r[0], r[1]]) {
                fold = Some([r[0], r[1]]);
                spelling = [r[2], r[3]];
                alone = Some(first);
            } else if spelling != [r[2], r[3]] {
                spelling = [r[2], r[3]];
                if let Some(one) = alone.take() {
                    spellings.push(one)?;
                }
                spellings.push(first)?;
            }
            Ok(())
        })?;
        // Pass 2, by fold, place: the first spelling of a fold is its question; each later
        // one not in the ledger is noted. The three earliest rows noted are kept.
        let ledger = self.ledger;
        let mut similar = 0usize;
        let mut question: Option<[u32; 6]> = None;
        // (row's line, its text, the question's place, its text)
        let mut named: Vec<(u64, u64, u64, u64)> = Vec::new();
        spellings.sorted(|s| {
            match question {
                Some(q) if q[..2] == s[..2] => {
                    let at = joined(s[2], s[3]);
                    if at < ledger {
                        return Ok(());
                    }
                    similar += 1;
                    let row = (
                        at - ledger,
                        joined(s[4], s[5]),
                        joined(q[2], q[3]),
                        joined(q[4], q[5]),
                    );
                    if named.len() < 3 || row < named[2] {
                        named.push(row);
                        named.sort_unstable();
                        named.truncate(3);
                    }
                }
                _ => question = Some(s),
            }
            Ok(())
        })?;
        let unit = self.unit;
        let mut examples = Vec::with_capacity(named.len());
        for (line, text, at, first) in named {
            let key = self.texts.text(text)?;
            let first = self.texts.text(first)?;
            let like = if at < ledger {
                format!("the ledger's `{first}`")
            } else {
                format!("`{first}` on {unit} {}", at - ledger)
            };
            examples.push(format!("{unit} {line} has `{key}`, like {like}"));
        }
        Ok((similar, examples))
    }
}

/// The texts of the keys `KeyFolds` met, each after its length in bytes (4 bytes,
/// little-endian): in memory up to `TEXTS_HELD` bytes, then appended to a temporary file
/// (made only then), read back by where each starts for the few the warning names. A key
/// among the first `KEY_PLACES` spellings met is written once (a file of few questions
/// writes little); later ones at each row.
#[derive(Default)]
struct KeyTexts {
    held: Vec<u8>,
    file: Option<std::fs::File>,
    /// Bytes written to `file`, before `held`.
    written: u64,
    /// Where the text of the first `KEY_PLACES` spellings is, by their hash.
    placed: rustc_hash::FxHashMap<u64, u64>,
}

const TEXTS_HELD: usize = if cfg!(test) { 16 } else { 1 << 20 };
const KEY_PLACES: usize = 4096;

fn key_texts_error(e: std::io::Error) -> Error {
    Error::Other(format!(
        "cannot use a temporary file for the import's {KEY_CHECK}: {e}"
    ))
}

impl KeyTexts {
    /// Keeps `key` (whose hash is `hash`); where its text starts.
    fn keep(&mut self, hash: u64, key: &str) -> Result<u64> {
        if let Some(&at) = self.placed.get(&hash) {
            return Ok(at);
        }
        // A key is at most SQLite's largest string (1 GB by default), so its length fits.
        let len = u32::try_from(key.len()).unwrap_or(u32::MAX);
        let text = &key.as_bytes()[..len as usize];
        if self.held.len() + 4 + text.len() > TEXTS_HELD && !self.held.is_empty() {
            self.write_out()?;
        }
        if self.held.capacity() == 0 {
            self.held.reserve_exact(TEXTS_HELD);
        }
        let at = self.written + self.held.len() as u64;
        self.held.extend_from_slice(&len.to_le_bytes());
        self.held.extend_from_slice(text);
        if self.placed.len() < KEY_PLACES {
            self.placed.insert(hash, at);
        }
        Ok(at)
    }

    /// Appends the texts held to the temporary file.
    fn write_out(&mut self) -> Result<()> {
        use std::io::{Seek, Write};
        let file = match &mut self.file {
            Some(file) => file,
            None => self
                .file
                .insert(tempfile::tempfile().map_err(key_texts_error)?),
        };
        file.seek(std::io::SeekFrom::End(0))
            .map_err(key_texts_error)?;
        file.write_all(&self.held).map_err(key_texts_error)?;
        self.written += self.held.len() as u64;
        self.held.clear();
        Ok(())
    }

    /// The text kept at `at`.
    fn text(&mut self, at: u64) -> Result<String> {
        use std::io::{Read, Seek};
        if let Some(from) = at.checked_sub(self.written) {
            let from = usize::try_from(from).unwrap_or(usize::MAX);
            let Some(head) = self.held.get(from..from.saturating_add(4)) else {
                return Ok(String::new());
            };
            let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
            let bytes = self.held.get(from + 4..from + 4 + len).unwrap_or(&[]);
            return Ok(String::from_utf8_lossy(bytes).into_owned());
        }
        let Some(file) = &mut self.file else {
            return Ok(String::new());
        };
        file.seek(std::io::SeekFrom::Start(at))
            .map_err(key_texts_error)?;
        let mut head = [0u8; 4];
        file.read_exact(&mut head).map_err(key_texts_error)?;
        let mut bytes = vec![0u8; u32::from_le_bytes(head) as usize];
        file.read_exact(&mut bytes).map_err(key_texts_error)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// Rows without a question that make the same claim (the same words, any case and spacing)
/// with the same deadline, from more than one source: each such row gets a question of its
/// own, so `compare` never sets them against each other. Counted in the import's one pass
/// and said in a note. Each row without a question costs one hash of its claim, deadline
/// and source, kept as a 16-byte record in `SortedRuns` (in memory up to `SAME_RUN`
/// records, 4 MiB, then in sorted runs on disk) and counted by claim when the file has
/// ended; nothing for a file with a `question` column. It held a 16-byte map entry per
/// distinct claim in memory before (issue 17).
struct SameClaims {
    /// A row's hash of (folded claim, deadline), then its source's hash, high words first.
    rows: SortedRuns<4>,
}

/// Rows `SameClaims` keeps in memory before it writes them out as a sorted run (fewer in
/// unit tests, so a test crosses it cheaply).
const SAME_RUN: usize = if cfg!(test) { 4 } else { 1 << 18 };

impl Default for SameClaims {
    fn default() -> Self {
        SameClaims {
            rows: SortedRuns::new(SAME_RUN, "count of claims made by more than one source"),
        }
    }
}

impl SameClaims {
    fn note(&mut self, f: &crate::model::NewForecast) -> Result<()> {
        use std::hash::Hasher;
        if f.question.is_some() {
            return Ok(());
        }
        // ASCII text (most rows) is lower-cased byte by byte: a char-by-char Unicode
        // lower-casing was most of this note's cost.
        let mut claim = rustc_hash::FxHasher::default();
        for word in f.claim.split_whitespace() {
            if word.is_ascii() {
                for b in word.bytes() {
                    claim.write_u32(u32::from(b.to_ascii_lowercase()));
                }
            } else {
                for c in word.chars().flat_map(char::to_lowercase) {
                    claim.write_u32(c as u32);
                }
            }
            claim.write_u8(0);
        }
        claim.write_i32(chrono::Datelike::num_days_from_ce(&f.deadline));
        let mut source = rustc_hash::FxHasher::default();
        // Full case folding of ASCII is ASCII lower-casing.
        if f.source.is_ascii() {
            for b in f.source.bytes() {
                source.write_u8(b.to_ascii_lowercase());
            }
        } else {
            for b in crate::model::casefold::fold(&f.source).bytes() {
                source.write_u8(b);
            }
        }
        let [c0, c1] = words(claim.finish());
        let [s0, s1] = words(source.finish());
        self.rows.push([c0, c1, s0, s1])
    }

    /// How many claims more than one source made: in claim order, a claim's rows are
    /// together, and it counts once when a row's source is not its first row's.
    fn shared(self) -> Result<usize> {
        let mut shared = 0;
        let mut group: Option<([u32; 4], bool)> = None;
        self.rows.sorted(|row| {
            match &mut group {
                Some((first, counted)) if first[..2] == row[..2] => {
                    if !*counted && first[2..] != row[2..] {
                        *counted = true;
                        shared += 1;
                    }
                }
                _ => group = Some((row, false)),
            }
            Ok(())
        })?;
        Ok(shared)
    }
}

/// Rows of one file that repeat an earlier row of it: the same source (its name folded as
/// names are matched), claim (white space and Unicode form made alike, as `add` stores a
/// claim), probability, made_on, deadline, stance, condition and question. They are
/// imported as forecasts of their own (a file's repeats may be meant: two people of one
/// team logging the same view), and counted for one warning naming the first pair; with
/// `--refuse-repeats` they refuse the file, naming it. Each row stored is hashed to a
/// 64-bit key (std's SipHash-1-3, so a false match is about one chance in 10^19 a pair, 3
/// in 10^8 over a million rows) and kept with its line as 12 bytes in a list, sorted once
/// when the file has ended: no text is kept, and the list takes about 12 MB a million rows,
/// which left the 1M-row import's peak within 1 MiB of what it was; a hash table looking
/// each row up as it came raised it by 26 MiB (README, Import and export). Beyond
/// `REPEAT_RUN` rows the list is sorted and written to a temporary file as one run, and
/// the runs are merged when the file has ended (`SortedRuns`), so the memory stays at one
/// run's 12 MiB whatever the file's length (issue 17: 120 MB at 10 million rows).
struct RowRepeats {
    /// A row's key (high half, low half) and its line (or record), saturated at
    /// `u32::MAX` (a file of four billion lines could name a wrong line, nothing worse).
    rows: SortedRuns<3>,
}

impl Default for RowRepeats {
    fn default() -> Self {
        RowRepeats {
            rows: SortedRuns::new(REPEAT_RUN, "repeat check"),
        }
    }
}

/// Rows `RowRepeats` keeps in memory before it writes them out as a sorted run (fewer in
/// unit tests, so a test crosses it cheaply).
const REPEAT_RUN: usize = if cfg!(test) { 4 } else { 1 << 20 };

impl RowRepeats {
    /// The key of a forecast as this check compares it (see the type's doc).
    fn key(f: &crate::model::NewForecast) -> u64 {
        use crate::model::names::canonical;
        use std::hash::Hasher;
        use unicode_normalization::UnicodeNormalization;
        // SipHash-1-3 with fixed keys; its algorithm may change between Rust releases, but
        // keys live only as long as one import.
        let mut h = std::hash::DefaultHasher::new();
        let source = canonical(&f.source);
        if source.is_ascii() && !source.bytes().any(|b| b.is_ascii_uppercase()) {
            h.write(source.as_bytes());
        } else {
            h.write(crate::model::casefold::fold(&source).as_bytes());
        }
        // 0xFF is never a byte of UTF-8 text: it ends each field, so no two splits of the
        // same bytes into fields hash alike.
        h.write_u8(0xFF);
        h.write(canonical(&f.claim).as_bytes());
        h.write_u8(0xFF);
        h.write_u64(f.probability.value().to_bits());
        h.write_i32(chrono::Datelike::num_days_from_ce(&f.made_on));
        h.write_i32(chrono::Datelike::num_days_from_ce(&f.deadline));
        h.write_u8(u8::from(f.stance == crate::model::Stance::Against));
        match &f.condition {
            None => h.write_u8(0),
            Some(c) => {
                h.write_u8(1);
                h.write(canonical(c).as_bytes());
                h.write_u8(0xFF);
            }
        }
        match &f.question {
            None => h.write_u8(0),
            Some(q) => {
                h.write_u8(1);
                // Keys are one question in either Unicode form (NFC), compared exactly
                // otherwise.
                if q.is_ascii() {
                    h.write(q.as_bytes());
                } else {
                    h.write(q.nfc().collect::<String>().as_bytes());
                }
                h.write_u8(0xFF);
            }
        }
        h.finish()
    }

    /// Notes a stored row's forecast, on `line`.
    fn note(&mut self, f: &crate::model::NewForecast, line: u64) -> Result<()> {
        let k = Self::key(f);
        let at = u32::try_from(line).unwrap_or(u32::MAX);
        self.rows.push([(k >> 32) as u32, k as u32, at])
    }

    /// How many rows repeat an earlier row, and the first such pair (the earliest repeating
    /// row's line, the line of the first row it repeats). Sorted by key, then line, a key's
    /// rows are together with its first row first.
    fn tally(self) -> Result<(u64, Option<(u64, u64)>)> {
        let (mut repeated, mut first) = (0, None::<(u64, u64)>);
        let mut group: Option<([u32; 3], u64)> = None;
        self.rows.sorted(|row| {
            match &mut group {
                Some((earlier, len)) if earlier[..2] == row[..2] => {
                    *len += 1;
                    repeated += 1;
                    if *len == 2 {
                        let pair = (u64::from(row[2]), u64::from(earlier[2]));
                        if first.is_none_or(|f| pair.0 < f.0) {
                            first = Some(pair);
                        }
                    }
                }
                _ => group = Some((row, 1)),
            }
            Ok(())
        })?;
        Ok((repeated, first))
    }
}

/// The refusal of a row that repeats an earlier row of its file under `--refuse-repeats`
/// (`repeated` rows in all).
fn repeated_row_message(unit: &str, earlier: u64, repeated: u64) -> String {
    let more = match repeated {
        1 => String::new(),
        n => format!(" ({n} rows repeat an earlier row; this is the first)"),
    };
    format!(
        "this row repeats {unit} {earlier} (the same source, claim, probability, made_on, deadline, stance, condition and question){more}; --refuse-repeats refuses a file with a repeated row, so nothing was imported: remove one of the two, or import without --refuse-repeats to keep both as separate forecasts"
    )
}

impl Watched {
    fn note(&mut self, row: &crate::transfer::ImportRow, id: i64) -> Result<()> {
        self.same.note(&row.forecast)?;
        self.highest = self.highest.max(row.forecast.probability.value());
        self.articles += u64::from(row.article);
        self.exported += u64::from(row.exported);
        if row.read_phrase {
            if self.read_phrases.0 == 0 {
                self.read_phrases.1 = format!(
                    "{} {}: `{}` as {}",
                    self.keys.unit,
                    row.line,
                    row.forecast.deadline_phrase.as_deref().unwrap_or_default(),
                    row.forecast.deadline
                );
            }
            self.read_phrases.0 += 1;
        }
        if !row.dated_unresolved.is_empty() {
            if self.dated_unresolved.0 == 0 {
                self.dated_unresolved.1 = format!("{} {}", self.keys.unit, row.line);
            }
            self.dated_unresolved.0 += 1;
            for field in &row.dated_unresolved {
                if !self.unresolved_fields.contains(field) {
                    self.unresolved_fields.push(field);
                }
            }
        }
        if row.void_without_reason {
            if self.void_without_reason.0 == 0 {
                self.void_without_reason.1 = format!("{} {}", self.keys.unit, row.line);
                self.void_without_reason.2 = id;
            }
            self.void_without_reason.0 += 1;
        }
        self.first.get_or_insert(id);
        self.lines.note(id, row.line);
        let (made_on, deadline) = (row.forecast.made_on, row.forecast.deadline);
        if row.resolution.is_none() && deadline >= self.today {
            if let Some(years) = super::add::far_years(made_on, deadline) {
                if self.far.count == 0 {
                    let at = format!("{} {}", self.keys.unit, row.line);
                    self.far.first = Some((at, id, made_on, deadline, years));
                }
                self.far.count += 1;
            }
        }
        let Some((outcome, on, ..)) = &row.resolution else {
            return Ok(());
        };
        let unit = self.keys.unit;
        self.timing.note(
            *outcome,
            row.forecast.stance,
            *on,
            row.forecast.deadline,
            || format!("{unit} {}", row.line),
        );
        if let Some(key) = row.forecast.question.as_deref() {
            if self.decided.contains(key) {
                self.rows.entry(key.to_string()).or_default().push(id);
            }
        }
        Ok(())
    }

    /// Refuses the import when one of its rows repeats a forecast the ledger held before it.
    fn refuse_repeats(&self, w: &mut Writer<'_>, name: &str, rows: u64) -> Result<()> {
        let Some(first) = self.first else {
            return Ok(());
        };
        let Some(repeat) = w.repeated_forecast(first, rows, true)? else {
            return Ok(());
        };
        let line = self.lines.line_of(repeat.new);
        Err(Error::BadRow {
            file: name.to_string(),
            line,
            message: repeat_message(self.existing.as_ref(), &repeat),
        })
    }

    /// How many stored rows say the event of their market (question and deadline) the
    /// other way from the import's first row of it, and the first three, described. Two
    /// rows saying it both ways make both sides "right" in `report` (each scored on its own
    /// outcome), so they are warned about, naming the lines. Not refused: real records
    /// reuse one key for different events (a redacted name, "[redacted] still lives here"),
    /// and an import keeps what the file says, as it keeps near-duplicate keys. Asked of
    /// the stored rows in one query (`store::imports::CONTRADICTING_SQL`), so nothing is
    /// kept per market while the rows load.
    fn contradicting(&self, w: &mut Writer<'_>) -> Result<(usize, Vec<String>)> {
        let Some(first) = self.first else {
            return Ok((0, Vec::new()));
        };
        let (n, found) = w.contradicting_rows(first, 3)?;
        let said = |h: bool| if h { "happened" } else { "did not happen" };
        let unit = self.keys.unit;
        let examples = found
            .iter()
            .map(|c| {
                format!(
                    "`{}` by {}: {unit} {} says its event {}, {unit} {} that it {}",
                    c.key,
                    c.deadline,
                    self.lines.line_of(c.first),
                    said(c.first_happened),
                    self.lines.line_of(c.id),
                    said(!c.first_happened),
                )
            })
            .collect();
        Ok((usize::try_from(n).unwrap_or(usize::MAX), examples))
    }

    fn conflicts(self, w: &mut Writer<'_>) -> Result<Vec<(String, Vec<Conflict>)>> {
        let mut out = Vec::new();
        let mut rows: Vec<_> = self.rows.into_iter().collect();
        rows.sort();
        for (key, ids) in rows {
            let found = w.recorded_conflicts(&key, &ids)?;
            if !found.is_empty() {
                out.push((key, found));
            }
        }
        Ok(out)
    }
}

/// Hashes and counts what passes through, so the digest and progress cost no second read.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    bytes: Rc<Cell<u64>>,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes.set(self.bytes.get() + n as u64);
        Ok(n)
    }
}

/// A progress bar on stderr that appears only once an import has run for a second, and
/// only on a terminal.
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    enabled: bool,
    shown: bool,
}

impl Progress {
    pub fn new(total_bytes: Option<u64>, enabled: bool) -> Self {
        let bar = ProgressBar::with_draw_target(total_bytes, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("importing {bar:30} {percent:>3}% {msg}") {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            enabled,
            shown: false,
        }
    }

    fn update(&mut self, bytes: u64, rows: u64) {
        if rows % 1024 != 0 {
            return;
        }
        if self.enabled && !self.shown && self.started.elapsed() > Duration::from_secs(1) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        if self.shown {
            self.bar.set_position(bytes);
            self.bar.set_message(format!("{rows} rows"));
        }
    }

    fn finish(&self) {
        if self.shown {
            self.bar.finish_and_clear();
        }
    }
}

pub fn run(store: &mut Store, ctx: &Context, args: &ImportArgs, io: &mut Io<'_>) -> Result<()> {
    let mut fields = FieldMap::parse(&args.map, &args.set)?;
    fields.settle_days(ctx.clock.today);
    fields.percent = args.percent;
    fields.delimiter = args
        .delimiter
        .as_deref()
        .map(FieldMap::parse_delimiter)
        .transpose()?;
    let name = args.file.display().to_string();
    // The sources before, to say which new ones look like them (`slips`).
    let before = store.source_names()?;
    let summary = {
        let (data, size): (Box<dyn Read + '_>, Option<u64>) = if name == "-" {
            (Box::new(&mut *io.input), None)
        } else {
            if args.file.is_dir() {
                return Err(Error::invalid(
                    format!("import `{name}`"),
                    "it is a directory; name a CSV or JSON Lines file",
                ));
            }
            let file = std::fs::File::open(&args.file).map_err(|e| {
                Error::invalid(
                    format!("import `{name}`"),
                    format!(
                        "cannot open it: {}",
                        crate::output::cannot_open(&args.file, &e)
                    ),
                )
            })?;
            let size = file.metadata().ok().map(|m| m.len());
            (Box::new(file), size)
        };
        let mut progress = Progress::new(size, ctx.progress);
        let result = import_with(
            store,
            &ctx.clock,
            data,
            &name,
            &fields,
            &mut progress,
            args.new_only,
            args.refuse_repeats,
        );
        progress.finish();
        match result {
            Err(Error::NothingNew {
                rows,
                resolved,
                beyond,
                ..
            }) => {
                if let Some(text) = beyond {
                    let _ = writeln!(io.err, "{text}");
                }
                return super::write_out(
                    io,
                    &format!(
                        "nothing new in {name}: all {rows} row(s) repeat forecasts already in the ledger ({resolved} of them with an outcome); nothing was written{}\n",
                        resolved_hint(resolved)
                    ),
                );
            }
            other => other?,
        }
    };
    if let Some(hint) = slips(&before, &store.source_names()?, &summary.sources) {
        let _ = writeln!(io.err, "{hint}");
    }
    if !summary.unknown_columns.is_empty() {
        // Each named once, in the header's order; a column without a name is said as such.
        let mut named: Vec<String> = Vec::new();
        // A field's own column that `--map` moved the field away from is known, and was
        // called "not known" (ad6 F13: `--map claim=p` left column `claim` so named).
        let mut moved: Vec<String> = Vec::new();
        for c in &summary.unknown_columns {
            let mapped = crate::transfer::KNOWN_FIELDS
                .iter()
                .find(|f| crate::transfer::same_column(c, f))
                .and_then(|f| {
                    fields
                        .columns
                        .get(*f)
                        .map(|col| format!("`{c}` (--map {f}={col})"))
                });
            if let Some(m) = mapped {
                if !moved.contains(&m) {
                    moved.push(m);
                }
                continue;
            }
            let c = if c.trim().is_empty() {
                "(a column without a name)".to_string()
            } else {
                c.clone()
            };
            if !named.contains(&c) {
                named.push(c);
            }
        }
        let mut parts = Vec::new();
        if !named.is_empty() {
            parts.push(format!(
                "ignored column(s) not known to forecast-ledger: {}",
                named.join(", ")
            ));
        }
        if !moved.is_empty() {
            parts.push(format!(
                "ignored column(s) whose field --map reads from another column: {}",
                moved.join(", ")
            ));
        }
        super::warn(io, &parts.join("; "));
    }
    for r in &summary.applied {
        let after = match r.made_after_event.len() {
            0 => String::new(),
            n => format!(
                "; {n} of them dated after the event happened (made knowing the answer, perhaps): {}",
                r.made_after_event
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let _ = writeln!(
            io.err,
            "note: question `{}` already has an outcome: {} imported forecast(s) resolved by it{after}",
            r.question,
            r.resolved.len()
        );
    }
    for (key, found) in &summary.conflicts {
        let _ = writeln!(
            io.err,
            "warning: question `{key}` already has an outcome, and {} imported forecast(s) on it were resolved otherwise: kept as imported",
            found.len()
        );
        for c in found {
            let _ = writeln!(
                io.err,
                "  conflict: forecast {} is resolved {} but the question's outcome says {}; left as it is ({})",
                c.id,
                c.current,
                c.proposed,
                super::resolve::amend_hint(c)
            );
        }
    }
    if summary.same_claims > 0 {
        let _ = writeln!(
            io.err,
            "note: {} claim(s) were made by more than one source with the same deadline, in rows without a question: each row got a question of its own, so `compare` cannot score them against each other; to compare them, give each such claim one question key, e.g. import the file into a new ledger with `--map question=claim` (the claim as the key, each claim spelled one way) or with a `question` column",
            summary.same_claims
        );
    }
    if let Some(text) = repeats_warning(&summary) {
        let _ = writeln!(io.err, "{text}");
    }
    if let Some(first) = summary.first_beyond {
        let text = beyond_warning(summary.beyond_ledger, first, summary.unit);
        let _ = writeln!(io.err, "{text}");
    }
    if summary.layout == Layout::FatebookSheet.name() && summary.highest <= 0.01 {
        let _ = writeln!(
            io.err,
            "warning: every `forecast` in this Fatebook sheet is at most 1, read in percent as Fatebook reads it (0.7 is 0.7%); if the sheet holds fractions (0.7 for 70%), write them as percentages (70) and import it into a new ledger"
        );
    }
    if let Some(text) = not_taken(&summary) {
        super::warn(io, &text);
    }
    if summary.read_phrases.0 > 0 {
        let (rows, first) = &summary.read_phrases;
        let _ = writeln!(
            io.err,
            "note: {rows} row(s) give their deadline as a phrase, read from the date made (the first on {first}); `forecast list` shows the dates read (a date cut short, `2027` of `2027-06-30`, reads as a phrase too)"
        );
    }
    if summary.dated_unresolved.0 > 0 {
        let (rows, first) = &summary.dated_unresolved;
        let mut fields = summary.unresolved_fields.clone();
        fields.sort_by_key(|f| {
            ["resolved_on", "note", "reason"]
                .iter()
                .position(|k| k == f)
        });
        let named: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
        let (named, kept) = match named.as_slice() {
            [one] if one == "`resolved_on`" => (one.clone(), String::new()),
            [one] => (one.clone(), format!(", without its {one}")),
            [init @ .., last] => {
                let all = format!("{} or {last}", init.join(", "));
                (all.clone(), format!(", without their {all}"))
            }
            [] => (String::new(), String::new()),
        };
        let _ = writeln!(
            io.err,
            "note: {rows} row(s) give {named} but no `outcome` (the first on {first}): imported unresolved{kept}, since an empty outcome means unresolved; to record their resolutions, give each its outcome (`resolve ID --yes|--no --on DAY` or `resolve --from FILE`)"
        );
    }
    if let Some(text) = summary.far.line() {
        let _ = writeln!(io.err, "{text}");
    }
    if summary.void_without_reason.0 > 0 {
        let (rows, first, id) = &summary.void_without_reason;
        let _ = writeln!(io.err, "{}", void_without_reason_note(*rows, first, *id));
    }
    let _ = write!(io.err, "{}", summary.timing.lines());
    if summary.similar_keys > 0 {
        let more = match summary.similar_keys - summary.similar_examples.len() {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        let _ = writeln!(
            io.err,
            "warning: {} question key(s) differ from another only in case, spacing or punctuation ({}{more}), and each was kept as a question of its own: keys are compared exactly, so such a question is never compared with the other nor resolved by its outcome; if one question was meant, spell its key one way in the file and import it into a new ledger",
            summary.similar_keys,
            summary.similar_examples.join("; ")
        );
    }
    if summary.key_slips > 0 {
        let more = match summary.key_slips - summary.key_slip_examples.len() {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        let _ = writeln!(
            io.err,
            "hint: this import opened {} new question(s) one edit from a key the ledger had (a letter added, dropped, changed or two swapped): {}{more}. Each is a question of its own, never compared with the other nor resolved by its outcome; if one question was meant, void those forecasts (`forecast resolve ID --void --reason annulled --note 'wrong question'`) and import them again with the key spelled as the ledger has it",
            summary.key_slips,
            summary.key_slip_examples.join(", ")
        );
    }
    if summary.contradicting > 0 {
        let more = match summary.contradicting - summary.contradicting_examples.len() {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        let _ = writeln!(
            io.err,
            "warning: {} resolved row(s) say the event of their market (question and deadline) the opposite way from an earlier row, stance taken into account ({}{more}): each is scored on its own outcome, so both sides count as right in `report`, and `compare` leaves such a market out; if one event was meant, fix the outcome, or give different events different question keys, and import into a new ledger",
            summary.contradicting,
            summary.contradicting_examples.join("; ")
        );
    }
    let layout = if summary.layout == Layout::Native.name() {
        String::new()
    } else {
        format!(" ({} layout)", summary.layout)
    };
    // Resolved as imported, and resolved since by an outcome the ledger already held; how
    // many of them are void (never scored), so a file of voids is not taken for a record.
    let by_outcomes: usize = summary.applied.iter().map(|r| r.resolved.len()).sum();
    let void = summary.void
        + summary
            .applied
            .iter()
            .flat_map(|r| &r.resolved)
            .filter(|(_, o)| *o == crate::model::Outcome::Void)
            .count() as u64;
    let mut resolved = if by_outcomes == 0 {
        format!("{} resolved", summary.resolved)
    } else {
        format!(
            "{} resolved as imported, {by_outcomes} by question outcomes already recorded",
            summary.resolved
        )
    };
    match (void, by_outcomes) {
        (0, _) => {}
        (v, 0) => resolved.push_str(&format!(", {v} of them void")),
        (v, b) => resolved.push_str(&format!(
            "; {v} of the {} void",
            summary.resolved + b as u64
        )),
    }
    let skipped = if args.new_only {
        format!(
            "; {} row(s) already in the ledger skipped ({} of them with an outcome){}",
            summary.skipped,
            summary.skipped_resolved,
            resolved_hint(summary.skipped_resolved)
        )
    } else {
        String::new()
    };
    super::write_out(
        io,
        &format!(
            "imported {} forecast(s) ({resolved}) from {name}{layout}{skipped}\n",
            summary.forecasts
        ),
    )
}

/// Whether `row` arrives resolved void.
fn is_void(row: &crate::transfer::ImportRow) -> bool {
    matches!(row.resolution, Some((crate::model::Outcome::Void, ..)))
}

/// The warning of an import that stored rows repeating an earlier row of its file.
fn repeats_warning(summary: &ImportSummary) -> Option<String> {
    let (line, earlier) = summary.first_repeat?;
    let unit = summary.unit;
    Some(match summary.repeated_rows {
        1 => format!(
            "warning: 1 row repeats an earlier row ({unit} {line} repeats {unit} {earlier}); it was imported as a separate forecast; --refuse-repeats refuses such a file"
        ),
        n => format!(
            "warning: {n} rows repeat an earlier row (first: {unit} {line} repeats {unit} {earlier}); they were imported as separate forecasts; --refuse-repeats refuses such a file"
        ),
    })
}

/// What to do about skipped rows that carry an outcome: the ledger's forecast may still be
/// open (the outcome came since the last import), and a skipped row resolves nothing.
/// What an export's rows carry that an import does not take back (audit 17 A3, A5), said
/// once: the articles the rows name (this ledger has no such article), and, for a file
/// `forecast export` wrote with resolved rows, the question outcomes, which are not in its
/// rows at all.
fn not_taken(summary: &ImportSummary) -> Option<String> {
    let mut lost = Vec::new();
    if summary.articles > 0 {
        lost.push(format!(
            "the article (title, url, published date, sha256) of the {} row(s) that name one in `article`",
            summary.articles
        ));
    }
    if summary.exported > 0 {
        lost.push(
            "question outcomes (`resolve --question`), which an export's rows do not carry: if the exporting ledger recorded any, `forecast export --outcomes FILE.csv` there writes them and `forecast resolve --from FILE.csv` records them here"
                .to_string(),
        );
    }
    if lost.is_empty() {
        return None;
    }
    Some(format!(
        "not imported: {}; `forecast copy --to` or `forecast backup` moves a whole ledger",
        lost.join("; nor ")
    ))
}

fn resolved_hint(resolved: u64) -> &'static str {
    if resolved == 0 {
        ""
    } else {
        "; a skipped row's outcome is not applied: `forecast due` lists what is still open, and `forecast resolve` (or `resolve --from FILE`) records outcomes"
    }
}

/// Imports everything `input` holds, or nothing.
///
/// CSV and JSON Lines go through two threads: this one reads, parses and checks the rows
/// (and hashes the file), and hands them in order, `PARSED_BATCH` at a time, to a thread
/// that holds the write transaction and only stores them. The rows are stored in the file's
/// order, and the first bad row in that order refuses the file as it did on one thread: a
/// row the reader refuses arrives after every row before it, and a row the writer refuses
/// stops the reader. A JSON document (read whole) is imported on this thread.
pub fn import(
    store: &mut Store,
    clock: &Clock,
    input: impl Read,
    name: &str,
    fields: &FieldMap,
    progress: &mut Progress,
    new_only: bool,
) -> Result<ImportSummary> {
    import_with(store, clock, input, name, fields, progress, new_only, false)
}

/// `import`, and with `refuse_repeats` (`--refuse-repeats`) a file with a row that repeats
/// an earlier row of it (`RowRepeats`) refused, naming both.
#[allow(clippy::too_many_arguments)]
pub fn import_with(
    store: &mut Store,
    clock: &Clock,
    input: impl Read,
    name: &str,
    fields: &FieldMap,
    progress: &mut Progress,
    new_only: bool,
    refuse_repeats: bool,
) -> Result<ImportSummary> {
    let today = clock.today;
    let existing = if new_only {
        Some(existing_identities(store, today)?)
    } else {
        None
    };
    let bytes = Rc::new(Cell::new(0));
    let reader = HashingReader {
        inner: input,
        hasher: Sha256::new(),
        bytes: Rc::clone(&bytes),
    };
    // The head is looked at as every file of rows is (`transfer::input`): UTF-16 refused,
    // a byte-order mark dropped, a `sep=` line read as the delimiter, bytes checked as UTF-8.
    let opened = crate::transfer::input::open(
        reader,
        name,
        &format!("import `{name}`"),
        None,
        fields.delimiter,
    )?;
    let format = opened.format;
    let with_sep;
    let fields = if opened.delimiter == fields.delimiter {
        fields
    } else {
        let mut local = fields.clone();
        local.delimiter = opened.delimiter;
        with_sep = local;
        &with_sep
    };
    let (mut rest, over) = LineLimit::new(opened.reader, format == InputFormat::Csv);
    let now = clock.timestamp();
    let result = if format == InputFormat::JsonDocument {
        store.write_import(&now, |w| {
            let (mut watched, mut summary) = begin(w, existing, refuse_repeats, today)?;
            import_document(
                w,
                &mut rest,
                name,
                fields,
                *clock,
                &mut summary,
                &mut watched,
            )?;
            let digest = file_digest(rest, fields);
            finish(w, name, summary, watched, &digest, today)
        })
    } else {
        let (send, receive) = std::sync::mpsc::sync_channel(PARSED_QUEUE);
        let now = &now;
        std::thread::scope(|s| {
            let writer = std::thread::Builder::new()
                .name("import-writer".into())
                .spawn_scoped(s, move || {
                    store.write_import(now, |w| {
                        write_parsed(w, receive, name, today, existing, refuse_repeats)
                    })
                })
                .map_err(|e| Error::Other(format!("cannot start the import's writer: {e}")))?;
            let parsed = read_parsed(&mut rest, format, name, fields, *clock, &send, |rows| {
                progress.update(bytes.get(), rows)
            });
            let last = match parsed {
                Ok((layout, header)) => Parsed::Done {
                    layout,
                    unknown_columns: if layout == Layout::Native {
                        fields.unknown_columns(&header)
                    } else {
                        layout.unknown_columns(&header, fields.columns.values())
                    },
                    digest: file_digest(rest, fields),
                },
                Err(e) => Parsed::Failed(e),
            };
            // The writer may have stopped already, on a row of its own: its error stands.
            let _ = send.send(last);
            drop(send);
            match writer.join() {
                Ok(result) => result,
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    };
    match over.get() {
        Some(line) if result.is_err() => Err(line_too_long(name, line)),
        _ => result,
    }
}

/// Rows handed from the reading thread to the writing one at a time, and batches of them
/// the channel holds (so the reader runs at most a few thousand rows ahead, in bounded
/// memory).
const PARSED_BATCH: usize = 512;
const PARSED_QUEUE: usize = 8;

/// What the reading thread hands the writing one, in the file's order.
enum Parsed {
    Rows(Vec<crate::transfer::ImportRow>),
    /// The file's first bad row (or unreadable bytes): every row before it was handed over.
    Failed(Error),
    /// The end of the file: what the import's record needs.
    Done {
        layout: Layout,
        unknown_columns: Vec<String>,
        digest: String,
    },
}

/// The writer's part of an import: stores the rows handed over, in order, and records the
/// import once the file has ended; the first error refuses it all.
fn write_parsed(
    w: &mut Writer<'_>,
    receive: std::sync::mpsc::Receiver<Parsed>,
    name: &str,
    today: NaiveDate,
    existing: Option<Snapshot>,
    refuse_repeats: bool,
) -> Result<ImportSummary> {
    let (mut watched, mut summary) = begin(w, existing, refuse_repeats, today)?;
    for parsed in receive {
        match parsed {
            Parsed::Rows(rows) => {
                for row in rows {
                    let stored = insert(w, &row, &mut watched).map_err(|e| {
                        relabel(e, |m| Error::BadRow {
                            file: name.to_string(),
                            line: row.line,
                            message: m,
                        })
                    })?;
                    if !stored {
                        summary.skipped += 1;
                        summary.skipped_resolved += u64::from(row.resolution.is_some());
                        continue;
                    }
                    summary.forecasts += 1;
                    summary.resolved += u64::from(row.resolution.is_some());
                    summary.void += u64::from(is_void(&row));
                    summary.stored_from(&row.forecast.source);
                    if summary.forecasts % 16_384 == 0 {
                        w.trim_caches()?;
                    }
                }
            }
            Parsed::Failed(e) => return Err(e),
            Parsed::Done {
                layout,
                unknown_columns,
                digest,
            } => {
                summary.layout = layout.name();
                summary.unknown_columns = unknown_columns;
                return finish(w, name, summary, watched, &digest, today);
            }
        }
    }
    Err(Error::Other(
        "the import's reader stopped before the end of the file".into(),
    ))
}

/// The reader's part of an import of CSV or JSON Lines: reads, checks and parses every row,
/// handing them over in batches; returns the layout read and the header. Stops (with an
/// error nobody reads) when the writer has stopped.
fn read_parsed(
    input: &mut impl Read,
    format: InputFormat,
    name: &str,
    fields: &FieldMap,
    clock: Clock,
    send: &std::sync::mpsc::SyncSender<Parsed>,
    mut progress: impl FnMut(u64),
) -> Result<(Layout, Vec<String>)> {
    let mut layout = None;
    let mut ids = SeenIds::default();
    let mut batch = Vec::with_capacity(PARSED_BATCH);
    let mut rows = 0u64;
    let stopped = || Error::Other("the import's writer stopped".into());
    let mut percents = WholePercents::default();
    // A whole percent refused after another row was (one more refused row): the fix for
    // the whole column is added to the refusal if every probability is one.
    let percent_after_bad = std::cell::Cell::new(false);
    // A row checked: `Some` parsed, `None` when only looked at (after a whole percent was
    // refused). `any_bad`: an earlier row was refused.
    let mut check = |raw: &crate::transfer::RawRow<'_>,
                     any_bad: bool|
     -> Result<Option<crate::transfer::ImportRow>> {
        let layout = match layout {
            Some(l) => l,
            None => *layout.insert(if format == InputFormat::Csv {
                Layout::detect(raw.columns)
            } else {
                Layout::Native
            }),
        };
        let bad = |message: String| Error::BadRow {
            file: name.to_string(),
            line: raw.line,
            message,
        };
        if layout == Layout::Native {
            if let Some(id) = raw.get(fields.column("id")) {
                ids.check(id, raw.line).map_err(bad)?;
            }
        }
        // JSON Lines keys vary by row: a key `--set` also gives is refused where it
        // appears (a CSV column is refused with the header).
        if format != InputFormat::Csv {
            if let Some((field, value)) = fields.set_over_file(|f| raw.get(f).is_some()) {
                return Err(bad(format!(
                    "key `{field}` is in this row, and --set `{field}={value}` would replace its value; drop --set, or remove the key"
                )));
            }
        }
        if let Some(field) = listed_field(fields, raw.lists) {
            return Err(bad(format!(
                "field `{field}` is a list; only `tags` may be one"
            )));
        }
        // After a whole percent was refused, the rest of the file is only looked at, to
        // say whether every probability in it is one (`WholePercents`).
        if percents.refused.is_some() {
            let converted = convert_row(layout, raw).ok();
            let value = converted
                .as_ref()
                .and_then(|c| lookup(fields, c, layout, "probability", |col| raw.get(col)));
            percents.see(value);
            return Ok(None);
        }
        let converted = convert_row(layout, raw).map_err(bad)?;
        // With `;` (or another separator than `,`) a probability's decimal comma is the
        // spreadsheet's decimal point (audit 21, B12: every cell of a European export was
        // refused); with `,` it stays refused, naming the point to write. With `--percent`
        // a bare number is a percent.
        let comma = fields.delimiter.is_some_and(|d| d != b',');
        let mut points: Vec<(&str, String)> = Vec::new();
        for &f in &PROBABILITY_FIELDS {
            let Some(v) = lookup(fields, &converted, layout, f, |c| raw.get(c)) else {
                continue;
            };
            let pointed = comma.then(|| decimal_comma_as_point(v)).flatten();
            let text = pointed.as_deref().unwrap_or(v);
            match as_percent(fields, f, text).map_err(bad)? {
                Some(p) => points.push((f, p)),
                None => points.extend(pointed.map(|p| (f, p))),
            }
        }
        let probability = lookup(fields, &converted, layout, "probability", |c| raw.get(c));
        percents.see(probability);
        let get = |field: &str| {
            points
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, v)| v.as_str())
                .or_else(|| lookup(fields, &converted, layout, field, |c| raw.get(c)))
        };
        let row = match parse_row(raw.line, get, &clock) {
            Ok(row) => row,
            // A whole percent refused before any other row was: the rest of the file is
            // looked at for the fix for the whole column (`WholePercents`). After another
            // refused row it is one more refused row.
            Err(m)
                if !fields.percent
                    && !any_bad
                    && m.starts_with("field `probability`:")
                    && percents.refusable(fields, probability) =>
            {
                percents.refused = Some((raw.line, foreign_hint(layout != Layout::Native, m)));
                return Ok(None);
            }
            Err(m) => {
                if !fields.percent
                    && m.starts_with("field `probability`:")
                    && percents.refusable(fields, probability)
                {
                    percent_after_bad.set(true);
                }
                return Err(blame_set(fields, m)
                    .unwrap_or_else(|m| bad(foreign_hint(layout != Layout::Native, m))));
            }
        };
        Ok(Some(row))
    };
    // Every row is checked; once one is refused, the rows after it are only checked, so
    // the refusal names them all (`transfer::BadRows`), and the writer gets nothing more.
    let mut refused = crate::transfer::BadRows::default();
    let on_row = |raw: &crate::transfer::RawRow<'_>| {
        match check(raw, !refused.is_empty()) {
            Ok(Some(row)) if refused.is_empty() => {
                batch.push(row);
                rows += 1;
                if batch.len() == PARSED_BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(PARSED_BATCH));
                    send.send(Parsed::Rows(full)).map_err(|_| stopped())?;
                }
            }
            Ok(_) => {}
            Err(e @ Error::BadRow { .. }) => {
                // The rows before the first refused one go to the writer, which may refuse
                // one of them first (its refusal then stands, as the file's first).
                if refused.is_empty() && !batch.is_empty() {
                    let full = std::mem::take(&mut batch);
                    send.send(Parsed::Rows(full)).map_err(|_| stopped())?;
                }
                refused.push(e);
            }
            Err(e) => return Err(e),
        }
        progress(rows);
        Ok(())
    };
    // A CSV header is every row's columns, so it is checked once, before the first row,
    // and a refusal names the file and the header's line (JSON Lines keys vary by row: a
    // missing field is named by its line).
    let read = if format == InputFormat::Csv {
        crate::transfer::read_csv(
            input,
            name,
            fields.delimiter,
            &crate::transfer::IMPORT_WORDS,
            |header| {
                fields
                    .check_header(header, Layout::detect(header) == Layout::Native)
                    .map_err(|e| e.to_string())
            },
            on_row,
        )
    } else {
        read_rows(input, format, name, fields.delimiter, on_row)
    };
    // A whole percent refused: that row's error, with the fix for the whole column when
    // every probability in the file is one (a later unreadable line does not hide it).
    if let Some(e) = percents.error(name) {
        return Err(e);
    }
    let header = match read {
        Err(e) if !refused.is_empty() && e.exit_code() == 2 => {
            refused.stop(e);
            None
        }
        read => Some(read?),
    };
    if let Some(e) = refused.error("row", "nothing was imported") {
        return Err(match e {
            Error::BadRow {
                file,
                line,
                message,
            } if percent_after_bad.get() && percents.all => Error::BadRow {
                file,
                line,
                message: format!("{message}; {WHOLE_PERCENTS}"),
            },
            e => e,
        });
    }
    let Some(header) = header else {
        return Err(stopped());
    };
    if !batch.is_empty() {
        send.send(Parsed::Rows(batch)).map_err(|_| stopped())?;
    }
    Ok((layout.unwrap_or(Layout::Native), header))
}

/// Starts an import's batch: what it watches for, and an empty summary.
fn begin(
    w: &mut Writer<'_>,
    existing: Option<Snapshot>,
    refuse_repeats: bool,
    today: NaiveDate,
) -> Result<(Watched, ImportSummary)> {
    w.begin_import_batch()?;
    let watched = Watched {
        today,
        existing,
        refuse_file_repeats: refuse_repeats,
        decided: w.decided_keys()?,
        keys: KeyFolds::read(w)?,
        ..Watched::default()
    };
    let watched = Watched {
        slips: KeySlips::new(watched.keys.ledger),
        ..watched
    };
    let summary = ImportSummary {
        layout: Layout::Native.name(),
        ..Default::default()
    };
    Ok((watched, summary))
}

/// The digest an import is recorded under: the file's bytes, then the `--map` and `--set`
/// given, so the same file read another way is another import.
fn file_digest<R>(
    rest: LineLimit<crate::transfer::input::Reader<HashingReader<R>>>,
    fields: &FieldMap,
) -> String {
    let (_, reader) = rest.into_inner().into_inner().into_inner();
    let mut digest = reader.hasher.clone();
    for (k, v) in fields.columns.iter().chain(fields.constants.iter()) {
        digest.update(format!("\n{k}={v}").as_bytes());
    }
    // The same bytes split at another separator are other rows.
    if let Some(d) = fields.delimiter {
        digest.update(format!("\ndelimiter={d}").as_bytes());
    }
    crate::store::to_hex(&digest.finalize())
}

/// Ends an import whose rows are all stored: records it, refuses repeated forecasts, and
/// applies the outcomes the ledger already held.
/// The warning on rows skipped under `--new-only` that repeat a forecast the file holds more
/// often than the ledger does (`count` of them, the first at `line`, a copy of `first`).
fn beyond_warning(count: u64, (line, first): (u64, u64), unit: &str) -> String {
    format!(
        "warning: {count} row(s) skipped as already in the ledger repeat a forecast the file holds more often than the ledger does (first: {unit} {line}, a copy of {unit} {first}); a copy logged since the last import was not imported: if it is a separate forecast, log it with `forecast add`"
    )
}

fn finish(
    w: &mut Writer<'_>,
    name: &str,
    mut summary: ImportSummary,
    mut watched: Watched,
    digest: &str,
    today: NaiveDate,
) -> Result<ImportSummary> {
    if summary.forecasts == 0 && summary.skipped > 0 {
        // Everything was in the ledger already: rolled back, said as success by `run`.
        // Said too when nothing else is written (it was lost in silence then).
        let beyond = watched
            .first_beyond
            .map(|first| beyond_warning(watched.beyond_ledger, first, watched.keys.unit));
        return Err(Error::NothingNew {
            file: name.to_string(),
            rows: summary.skipped,
            resolved: summary.skipped_resolved,
            beyond,
        });
    }
    if summary.forecasts == 0 {
        return Err(Error::invalid(
            format!("import `{name}`"),
            "the file holds no forecasts",
        ));
    }
    let (repeated, first_repeat) = std::mem::take(&mut watched.repeats).tally()?;
    if let (true, Some((line, earlier))) = (watched.refuse_file_repeats, first_repeat) {
        let unit = watched.keys.unit;
        let message = repeated_row_message(unit, earlier, repeated);
        return Err(if unit == "line" {
            Error::BadRow {
                file: name.to_string(),
                line,
                message,
            }
        } else {
            Error::BadRecord {
                file: name.to_string(),
                place: format!("{unit} {line}"),
                message,
            }
        });
    }
    w.record_import(digest, name, summary.forecasts)?;
    watched.refuse_repeats(w, name, summary.forecasts)?;
    (summary.contradicting, summary.contradicting_examples) = watched.contradicting(w)?;
    // A question whose outcome is already in the ledger decides the unresolved forecasts
    // imported onto it now, as it does for `add`, so they are not left due.
    summary.applied = w.apply_known_outcomes(today)?;
    summary.same_claims = std::mem::take(&mut watched.same).shared()?;
    summary.repeated_rows = repeated;
    summary.first_repeat = first_repeat;
    summary.beyond_ledger = watched.beyond_ledger;
    summary.first_beyond = watched.first_beyond;
    summary.unit = watched.keys.unit;
    (summary.similar_keys, summary.similar_examples) = watched.keys.tally()?;
    summary.key_slips = watched.slips.found;
    summary.key_slip_examples = std::mem::take(&mut watched.slips.named);
    summary.dated_unresolved = std::mem::take(&mut watched.dated_unresolved);
    summary.far = std::mem::take(&mut watched.far);
    summary.void_without_reason = std::mem::take(&mut watched.void_without_reason);
    summary.unresolved_fields = std::mem::take(&mut watched.unresolved_fields);
    summary.read_phrases = std::mem::take(&mut watched.read_phrases);
    summary.highest = watched.highest;
    summary.articles = watched.articles;
    summary.exported = watched.exported;
    summary.timing = std::mem::take(&mut watched.timing);
    summary.conflicts = watched.conflicts(w)?;
    Ok(summary)
}

/// The note on `rows` void rows imported without a `reason` (the first at `first`, stored
/// as forecast `id`), read as `ambiguous` (ad4 F8). DESIGN.md's import fields have no
/// `reason` and a record kept elsewhere (an older export, another tool) may not say why it
/// was void, so `import` takes such a row; `resolve ID --void` and `resolve --from` record
/// an outcome now and take a reason. The two paths differ on purpose, and each says why.
fn void_without_reason_note(rows: u64, first: &str, id: i64) -> String {
    format!(
        "note: {rows} void row(s) give no `reason` (the first on {first}, forecast {id}): imported with the reason `ambiguous` (facts unclear), since a record kept elsewhere may not say why it was void; `resolve ID --void` and `resolve --from` take a reason, as an outcome recorded here says why. If another reason holds, amend it: `forecast resolve {id} --void --reason annulled --amend --note WHY` (or `--reason condition-false`)"
    )
}

/// The `id`s an import has met, with their lines. An export's ids are not kept on import
/// (the ledger numbers its own rows), but the same id twice in one file means two exports
/// pasted together, or one pasted twice: every forecast in it would be logged twice, which
/// the duplicate-file check cannot see. Only whole-number ids (what `export` writes) are
/// tracked: 16 bytes each, so a million-row file stays within the import's memory bound.
#[derive(Default)]
struct SeenIds(rustc_hash::FxHashMap<i64, u64>);

impl SeenIds {
    fn check(&mut self, id: &str, line: u64) -> std::result::Result<(), String> {
        let Ok(n) = id.parse::<i64>() else {
            return Ok(());
        };
        match self.0.insert(n, line) {
            Some(first) => Err(format!(
                "field `id`: `{id}` is also the id on line {first}; the file holds the same forecast twice (two exports pasted together?), so nothing was imported"
            )),
            None => Ok(()),
        }
    }
}

/// The field other than `tags` that a JSON list in `lists` would fill: `"probability": [1]`
/// would otherwise be read as `1`, and `"source": ["A", "B"]` as the name `A;B`.
fn listed_field(fields: &FieldMap, lists: &[String]) -> Option<&'static str> {
    lists.iter().find_map(|column| {
        crate::transfer::KNOWN_FIELDS
            .iter()
            .find(|f| {
                **f != "tags"
                    && !fields.constants.contains_key(**f)
                    && crate::transfer::same_column(fields.column(f), column)
            })
            .copied()
    })
}

/// Another tool's export may hold no field for a required one at all (Fatebook's has no
/// source: the forecasts are the exporter's own): the refusal says how to give every row one.
fn foreign_hint(foreign: bool, message: String) -> String {
    for field in crate::transfer::REQUIRED_FIELDS {
        if foreign && message == format!("field `{field}` is missing or empty") {
            return format!(
                "{message}; this layout has none, so give every row one with --set {field}=VALUE"
            );
        }
    }
    message
}

/// A row's refusal of a field whose value came from `--set FIELD=VALUE` names that flag, not
/// the file's line, which never held the value (`--set probability=70` is every row's fault).
/// Any other message comes back unchanged.
fn blame_set(fields: &FieldMap, message: String) -> std::result::Result<Error, String> {
    for (field, value) in &fields.constants {
        if let Some(why) = message.strip_prefix(&format!("field `{field}`: ")) {
            return Ok(Error::invalid(format!("--set `{field}={value}`"), why));
        }
    }
    Err(message)
}

/// A field's value: a `--set` constant, else the converted foreign field, else the column.
/// The fields that hold a probability.
const PROBABILITY_FIELDS: [&str; 3] = ["probability", "probability_low", "probability_high"];

/// `import --percent`: a bare number in a probability field (`70`, `12.5`) as the percent it
/// is read as (`70%`); `None` for anything else (`70%`, a hedge, odds), read as always. A
/// bare number under 1 with a decimal point (`0.7`) is a 0-1 probability in a column said to
/// hold percents, so the file is refused rather than 0.7 read as 0.7%.
fn as_percent(
    fields: &FieldMap,
    field: &str,
    value: &str,
) -> std::result::Result<Option<String>, String> {
    let v = value.trim();
    let bare = !v.is_empty()
        && v.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && v.bytes().any(|b| b.is_ascii_digit());
    if !fields.percent || !bare {
        return Ok(None);
    }
    if v.contains('.') && v.parse::<f64>().is_ok_and(|n| n > 0.0 && n < 1.0) {
        return Err(format!(
            "field `{field}`: `{v}` with --percent is {v}%, and a number under 1 with a decimal point is most often a 0-1 probability; this file mixes the two scales: write such a row's probability with `%`, or import without --percent"
        ));
    }
    Ok(Some(format!("{v}%")))
}

/// The fix for a file whose every probability is a whole percent.
const WHOLE_PERCENTS: &str = "every probability in this file looks like a whole percent: write them with `%` (`70%`) or as decimals (`0.7`), or import with --percent";

/// Whether every probability in a file looks like a whole percent (`0` to `100`, digits
/// alone), and the first such refused (`70`: a bare number above 1), with its line and
/// message: an import that stops there names the fix for the whole column once (ux31 F9),
/// not a fix the user would meet again on every line.
struct WholePercents {
    all: bool,
    refused: Option<(u64, String)>,
}

impl Default for WholePercents {
    fn default() -> Self {
        WholePercents {
            all: true,
            refused: None,
        }
    }
}

impl WholePercents {
    fn whole(value: &str) -> bool {
        let v = value.trim();
        (1..=3).contains(&v.len())
            && v.bytes().all(|b| b.is_ascii_digit())
            && v.parse::<u32>().is_ok_and(|n| n <= 100)
    }

    fn see(&mut self, value: Option<&str>) {
        self.all &= value.is_some_and(Self::whole);
    }

    /// A row refused for its probability, a whole percent from the file (not `--set`).
    fn refusable(&self, fields: &FieldMap, value: Option<&str>) -> bool {
        !fields.constants.contains_key("probability")
            && value.is_some_and(|v| Self::whole(v) && v.trim().parse::<u32>().is_ok_and(|n| n > 1))
    }

    fn error(&self, name: &str) -> Option<Error> {
        let (line, message) = self.refused.clone()?;
        let message = if self.all {
            format!("{message}; {WHOLE_PERCENTS}")
        } else {
            message
        };
        Some(Error::BadRow {
            file: name.to_string(),
            line,
            message,
        })
    }
}

/// `0,7` as `0.7`, `,7` as `0.7` (no leading zero, as some locales write it, and as `.7`
/// is read) and `70,5%` (or `70,5 %`) as `70.5%`: digits or none, one comma, digits, and an
/// optional percent sign; `None` for anything else (left to the probability reader).
fn decimal_comma_as_point(value: &str) -> Option<String> {
    let v = value.trim();
    let number = v.strip_suffix('%').map_or(v, str::trim_end);
    let (whole, frac) = number.split_once(',')?;
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || frac.is_empty() || !digits(frac) {
        return None;
    }
    let zero = if whole.is_empty() { "0" } else { "" };
    Some(format!("{zero}{}", v.replacen(',', ".", 1)))
}

fn lookup<'a>(
    fields: &'a FieldMap,
    converted: &'a Fields,
    layout: Layout,
    field: &str,
    column: impl Fn(&str) -> Option<&'a str>,
) -> Option<&'a str> {
    if let Some(v) = fields.constants.get(field) {
        return Some(v.as_str()).filter(|v| !v.is_empty());
    }
    if layout != Layout::Native && !fields.columns.contains_key(field) {
        return converted
            .get(field)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty());
    }
    column(fields.column(field))
}

/// Stores one row, or, under `--new-only`, skips a row that repeats a forecast the ledger
/// held before the import (`Ok(false)`).
fn insert(
    w: &mut Writer<'_>,
    row: &crate::transfer::ImportRow,
    watched: &mut Watched,
) -> Result<bool> {
    if let Some(Snapshot {
        identities: existing,
        ..
    }) = &watched.existing
    {
        let f = &row.forecast;
        let key = identity(
            &f.source,
            &f.claim,
            f.probability.value(),
            f.made_on,
            f.deadline,
            f.stance,
            f.condition.as_deref(),
        );
        if let Some(&held) = existing.get(&key) {
            // A grown export with a forecast twice that the ledger holds once: the second
            // copy is skipped too (the ledger refuses a repeat of a forecast it holds), and
            // said, not lost in silence (audit 26).
            let seen = watched.absorbed.entry(key).or_insert((0, row.line));
            seen.0 += 1;
            if seen.0 > held {
                watched.beyond_ledger += 1;
                let first = seen.1;
                watched.first_beyond.get_or_insert((row.line, first));
            }
            return Ok(false);
        }
    }
    let resolved = row
        .resolution
        .as_ref()
        .map(|(outcome, on, note, reason)| Resolved {
            outcome: *outcome,
            on: *on,
            note: note.as_deref(),
            reason: *reason,
        });
    if let Some(key) = row.forecast.question.as_deref() {
        watched.keys.check(key, row.line)?;
        watched.slips.ask(w, key)?;
    }
    let id = w.import_forecast(&row.forecast, resolved.as_ref())?;
    watched.note(row, id)?;
    watched.repeats.note(&row.forecast, row.line)?;
    Ok(true)
}

/// A forecast's identity as the repeat check compares it (`store::repeated_sql`): the
/// source (folded as source names are matched), claim (white space and Unicode form as
/// `add` stores it), probability, made_on, deadline,
/// stance and condition, hashed to 64 bits.
#[allow(clippy::too_many_arguments)]
fn identity(
    source: &str,
    claim: &str,
    probability: f64,
    made_on: NaiveDate,
    deadline: NaiveDate,
    stance: crate::model::Stance,
    condition: Option<&str>,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    crate::model::casefold::fold(&crate::model::names::canonical(source)).hash(&mut h);
    // White space and Unicode form as `add` stores them: a file's CR LF or doubled space is
    // the same claim (audit 15, A9).
    crate::model::names::canonical(claim).hash(&mut h);
    probability.to_bits().hash(&mut h);
    made_on.hash(&mut h);
    deadline.hash(&mut h);
    stance.as_str().hash(&mut h);
    condition.hash(&mut h);
    h.finish()
}

/// Why an import that repeats forecast `old` is refused. With `--new-only`, a repeated
/// forecast newer than every forecast the flag read was written by another import after
/// that read (two syncs at once on PostgreSQL, where the read is not under the write
/// lock): the loser was told to use the flag it was run with (audit 20, A21); it is told
/// that another import added the rows meanwhile and to run the command again.
fn repeat_message(existing: Option<&Snapshot>, repeat: &crate::store::Repeated) -> String {
    match existing {
        Some(snapshot) if repeat.old > snapshot.highest => format!(
            "this row repeats forecast {}, which another import added to the ledger while this one ran (after `--new-only` had read the ledger); nothing was written, so nothing counts twice: run the same command again, and it skips the rows now in the ledger",
            repeat.old
        ),
        _ => crate::store::repeats(&repeat.named()),
    }
}

/// The ledger's current forecasts as `--new-only` read them, once, before the import.
struct Snapshot {
    /// Their identities (`identity`), each with how many current forecasts have it.
    identities: rustc_hash::FxHashMap<u64, u32>,
    /// The highest id among them: a forecast the import repeats with a higher id was added
    /// by another writer while this import ran (audit 20, A21).
    highest: i64,
}

/// The identities of the ledger's forecasts, read once before an import with `--new-only`:
/// each current forecast's, and each superseded version's (audit 26, item 3: a grown
/// export still holds the row `correct` replaced, and imported again it would be scored
/// beside its correction). A forecast and its versions count once for each identity among
/// them, so a row that repeats a corrected forecast once is skipped once.
fn existing_identities(store: &Store, today: NaiveDate) -> Result<Snapshot> {
    let mut set = rustc_hash::FxHashMap::default();
    let mut highest = 0;
    // The identities of the current versions of corrected forecasts, by id (few).
    let versions = store.superseded_versions()?;
    let corrected: rustc_hash::FxHashSet<i64> = versions.iter().map(|v| v.current).collect();
    let mut lineages: rustc_hash::FxHashMap<i64, Vec<u64>> = rustc_hash::FxHashMap::default();
    store.list_refs(&crate::store::ListFilter::default(), today, |f| {
        highest = highest.max(f.id);
        let key = identity(
            f.source,
            f.claim,
            f.probability,
            f.made_on,
            f.deadline,
            f.stance,
            f.condition,
        );
        *set.entry(key).or_insert(0) += 1;
        if !corrected.is_empty() && corrected.contains(&f.id) {
            lineages.insert(f.id, vec![key]);
        }
        Ok(true)
    })?;
    for v in &versions {
        let key = identity(
            &v.source,
            &v.claim,
            v.probability,
            v.made_on,
            v.deadline,
            v.stance,
            v.condition.as_deref(),
        );
        // A version alike its lineage's current one (or an earlier version) in every
        // column of the identity is the same forecast, counted once.
        let seen = lineages.entry(v.current).or_default();
        if !seen.contains(&key) {
            seen.push(key);
            *set.entry(key).or_insert(0) += 1;
        }
    }
    Ok(Snapshot {
        identities: set,
        highest,
    })
}

/// Bad-input errors get the row's place; others pass unchanged.
fn relabel(e: Error, place: impl FnOnce(String) -> Error) -> Error {
    if e.exit_code() == 2 {
        place(e.to_string())
    } else {
        e
    }
}

fn import_document(
    w: &mut Writer<'_>,
    input: &mut dyn Read,
    name: &str,
    fields: &FieldMap,
    clock: Clock,
    summary: &mut ImportSummary,
    watched: &mut Watched,
) -> Result<()> {
    let mut text = String::new();
    // One document is parsed whole, so its size is bounded (memory stays within ~200 MB);
    // larger data goes in as JSON Lines or CSV, which stream.
    let mut limited = input.take(MAX_DOCUMENT + 1);
    limited.read_to_string(&mut text).map_err(
        |e| match crate::transfer::input::NotUtf8::of_io(&e) {
            Some(bad) => bad.error(name),
            None => Error::io(format!("reading `{name}`"), e),
        },
    )?;
    if text.len() as u64 > MAX_DOCUMENT {
        return Err(Error::invalid(
            format!("import `{name}`"),
            format!(
                "a JSON document over {} MiB is not read whole; give the records as JSON Lines (one object a line) or CSV",
                MAX_DOCUMENT >> 20
            ),
        ));
    }
    watched.keys.unit = "record";
    // A byte-order mark (Windows editors and PowerShell write one) is not content, as for
    // CSV and JSON Lines (audit 20 A12: refused as `expected value at line 1 column 1`).
    let doc: serde_json::Value =
        serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text)).map_err(|e| {
            Error::invalid(format!("import `{name}`"), format!("not valid JSON: {e}"))
        })?;
    let rows: Vec<(String, Fields)> = if is_predictionbook(&doc) {
        summary.layout = "PredictionBook API";
        predictionbook_rows(&doc).map_err(|(place, message)| Error::BadRecord {
            file: name.to_string(),
            place,
            message,
        })?
    } else if let serde_json::Value::Array(items) = &doc {
        // An array of records in our own field names.
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let place = format!("record {}", i + 1);
            let serde_json::Value::Object(map) = item else {
                return Err(Error::BadRecord {
                    file: name.to_string(),
                    place,
                    message: "not a JSON object".into(),
                });
            };
            let mut f = Fields::new();
            for (k, v) in map {
                if let Some(field) = crate::transfer::KNOWN_FIELDS
                    .iter()
                    .find(|f| **f == k.as_str())
                {
                    let text = match v {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => continue,
                        serde_json::Value::Array(a) => crate::transfer::join_tags(
                            &a.iter()
                                .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                                .collect::<Vec<_>>(),
                        ),
                        other => other.to_string(),
                    };
                    f.insert(field, text);
                }
            }
            out.push((place, f));
        }
        out
    } else if doc
        .get("candidates")
        .is_some_and(serde_json::Value::is_array)
    {
        // The tool's own `extract --format json` (audit 21, B14 d: refused with no word of
        // what would import).
        return Err(Error::invalid(
            format!("import `{name}`"),
            "this is `forecast extract --format json` output, whose forecasts are under `candidates`: extract with `--format csv` (which imports as it is) or `--save`, or import the array alone (`jq .candidates FILE > NEW.json`)",
        ));
    } else {
        return Err(Error::invalid(
            format!("import `{name}`"),
            "a JSON document must be PredictionBook's API shape or an array of records",
        ));
    };
    // Every probability a whole percent: a refused one names the fix for them all (ux31 F9).
    let all_whole = rows.iter().all(|(_, c)| {
        lookup(fields, c, Layout::FatebookExport, "probability", |_| None)
            .is_some_and(WholePercents::whole)
    });
    // Every record is checked; once one is refused, the rest are only checked, so the
    // refusal names them all (`transfer::BadRows`).
    let mut refused = crate::transfer::BadRows::default();
    for (i, (place, converted)) in rows.iter().enumerate() {
        let at = |message: String| Error::BadRecord {
            file: name.to_string(),
            place: place.clone(),
            message,
        };
        let row = match document_row(i, converted, fields, clock, all_whole, at) {
            Ok(row) => row,
            // Every probability a whole percent: the first refusal names the fix for all.
            Err(e) if refused.is_empty() && e.to_string().ends_with(WHOLE_PERCENTS) => {
                return Err(e)
            }
            Err(e @ Error::BadRecord { .. }) => {
                refused.push(e);
                continue;
            }
            Err(e) => return Err(e),
        };
        if !refused.is_empty() {
            continue;
        }
        let stored = insert(w, &row, watched).map_err(|e| {
            relabel(e, |m| Error::BadRecord {
                file: name.to_string(),
                place: place.clone(),
                message: m,
            })
        })?;
        if !stored {
            summary.skipped += 1;
            summary.skipped_resolved += u64::from(row.resolution.is_some());
            continue;
        }
        summary.forecasts += 1;
        summary.resolved += u64::from(row.resolution.is_some());
        summary.void += u64::from(is_void(&row));
        summary.stored_from(&row.forecast.source);
    }
    match refused.error("record", "nothing was imported") {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Record `i` of a JSON document (its fields `converted`), checked and parsed; `at` places
/// a refusal of it.
fn document_row(
    i: usize,
    converted: &Fields,
    fields: &FieldMap,
    clock: Clock,
    all_whole: bool,
    at: impl Fn(String) -> Error,
) -> Result<crate::transfer::ImportRow> {
    let mut points: Vec<(&str, String)> = Vec::new();
    for &f in &PROBABILITY_FIELDS {
        if let Some(v) = lookup(fields, converted, Layout::FatebookExport, f, |_| None) {
            if let Some(p) = as_percent(fields, f, v).map_err(&at)? {
                points.push((f, p));
            }
        }
    }
    let get = |field: &str| {
        points
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
            .or_else(|| lookup(fields, converted, Layout::FatebookExport, field, |_| None))
    };
    parse_row(i as u64 + 1, get, &clock).map_err(|m| {
        let whole = !fields.percent
            && all_whole
            && m.starts_with("field `probability`:")
            && WholePercents::default().refusable(
                fields,
                lookup(
                    fields,
                    converted,
                    Layout::FatebookExport,
                    "probability",
                    |_| None,
                ),
            );
        blame_set(fields, m).unwrap_or_else(|message| {
            let message = foreign_hint(true, message);
            at(if whole {
                format!("{message}; {WHOLE_PERCENTS}")
            } else {
                message
            })
        })
    })
}

/// The hint `add` gives for a new source spelled like one the ledger has
/// (`names::slip_of`: one edit apart, one the other with letters added, or alike in
/// compatibility forms), for the sources an import opened (audit 18, A9): a nightly feed
/// spelling `Reuters` with a Cyrillic `е`, or `Reuter`, would otherwise split the record
/// over two names with no word. `before` and `after` are the ledger's source names around
/// the import, `mine` the keys of the sources of the rows it stored: only those are this
/// import's, since on PostgreSQL other writers add sources between the two reads (audit
/// 20, A1: their sources were named, with the advice to void "those forecasts"). The
/// first few are named. At most `SLIP_PAIRS` name pairs are compared (a first import of
/// thousands of sources into a ledger of thousands is not held up).
fn slips(
    before: &[String],
    after: &[String],
    mine: &rustc_hash::FxHashSet<String>,
) -> Option<String> {
    const SLIP_PAIRS: usize = 5_000_000;
    const NAMED: usize = 5;
    if before.is_empty() || mine.is_empty() {
        return None;
    }
    let known: rustc_hash::FxHashSet<String> = before
        .iter()
        .map(|n| crate::model::names::name_key(n))
        .collect();
    let budget = SLIP_PAIRS / before.len();
    let found: Vec<(&str, &str)> = after
        .iter()
        .filter(|n| {
            let key = crate::model::names::name_key(n);
            mine.contains(&key) && !known.contains(&key)
        })
        .take(budget)
        .filter_map(|n| {
            crate::model::names::slip_of(n, before.iter().map(String::as_str))
                .map(|other| (n.as_str(), other))
        })
        .collect();
    if found.is_empty() {
        return None;
    }
    let named: Vec<String> = found
        .iter()
        .take(NAMED)
        .map(|(new, other)| format!("`{new}` (the ledger had `{other}`)"))
        .collect();
    let more = match found.len().saturating_sub(NAMED) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    Some(format!(
        "hint: this import opened {} new source(s) spelled like one the ledger had: {}{more}. A typo splits one record over two names in every report; if one source was meant, void those forecasts (`forecast resolve ID --void --reason annulled --note 'wrong source'`) and import them again with the source spelled as the ledger has it",
        found.len(),
        named.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row a line is one run; a row over two lines, rows skipped between, and ids not one
    /// after another each start a run; every stored id gives back its own line, and an id
    /// the import did not store gives 0.
    #[test]
    fn line_runs_give_back_each_rows_line() {
        let rows = [
            (5, 2),
            (6, 3),
            (7, 4),
            (8, 6),
            (9, 7),
            (10, 10),
            (12, 11),
            (13, 12),
        ];
        let mut runs = LineRuns::default();
        for (id, line) in rows {
            runs.note(id, line);
        }
        assert_eq!(runs.0, vec![(5, 2), (8, 6), (10, 10), (12, 11)]);
        for (id, line) in rows {
            assert_eq!(runs.line_of(id), line, "id {id}");
        }
        assert_eq!(runs.line_of(4), 0);
        let mut plain = LineRuns::default();
        for i in 0..1000 {
            plain.note(100 + i, 2 + i.unsigned_abs());
        }
        assert_eq!(plain.0.len(), 1);
        assert_eq!(plain.line_of(1099), 1001);
    }

    /// Audit 20, A21: `--new-only` read the ledger up to forecast 3; a repeat of forecast 4
    /// was written by another import meanwhile, a repeat of forecast 2 is the old case.
    #[test]
    fn a_new_only_import_repeating_a_row_written_meanwhile_is_told_to_run_again() {
        let snapshot = Snapshot {
            identities: rustc_hash::FxHashMap::default(),
            highest: 3,
        };
        let repeat = |old, corrected_by| crate::store::Repeated {
            new: 9,
            old,
            corrected_by,
        };
        assert_eq!(
            repeat_message(Some(&snapshot), &repeat(4, None)),
            "this row repeats forecast 4, which another import added to the ledger while this one ran (after `--new-only` had read the ledger); nothing was written, so nothing counts twice: run the same command again, and it skips the rows now in the ledger"
        );
        assert_eq!(
            repeat_message(Some(&snapshot), &repeat(2, None)),
            crate::store::repeats("forecast 2")
        );
        assert_eq!(
            repeat_message(None, &repeat(4, None)),
            crate::store::repeats("forecast 4")
        );
        // A superseded version is named with the forecast that corrected it (audit 26).
        assert_eq!(
            repeat_message(Some(&snapshot), &repeat(1, Some(3))),
            "this row repeats forecast 1, corrected by forecast 3, already in the ledger (same source, claim, probability, made_on, deadline, stance and condition); the same data imported again (reordered, cut, grown or in another format) would count twice, so nothing was written: `import --new-only` imports only the rows not yet in the ledger"
        );
    }

    /// Audit 20, A1: sources other writers added while this import ran (between the two
    /// reads of the ledger's sources) are not this import's: only the new sources of rows
    /// it stored are named.
    /// `KeySlips` asks nothing of a ledger without keys, at most `ASKS` keys, and fewer
    /// of a ledger of many keys (`PAIRS` pairs compared in all).
    #[test]
    fn key_slips_are_asked_within_their_budget() {
        assert_eq!(KeySlips::new(0).budget, 0);
        assert_eq!(KeySlips::new(10).budget, KeySlips::ASKS);
        assert_eq!(KeySlips::new(100_000).budget, 50);
        assert_eq!(KeySlips::new(u64::MAX).budget, 0);
    }

    #[test]
    fn the_lookalike_hint_names_only_the_sources_this_import_opened() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let before = names(&["Reuters"]);
        let after = names(&["Reuters", "Reuters Wire", "Reuters Desk"]);
        let mut summary = ImportSummary::default();
        for source in ["Reuters Desk", "Reuters Desk", "Reuters"] {
            summary.stored_from(source);
        }
        assert_eq!(
            summary.sources,
            ["reuters desk", "reuters"]
                .iter()
                .map(|s| crate::model::names::name_key(s))
                .collect()
        );
        assert_eq!(
            slips(&before, &after, &summary.sources).unwrap(),
            "hint: this import opened 1 new source(s) spelled like one the ledger had: `Reuters Desk` (the ledger had `Reuters`). A typo splits one record over two names in every report; if one source was meant, void those forecasts (`forecast resolve ID --void --reason annulled --note 'wrong source'`) and import them again with the source spelled as the ledger has it"
        );
        // Another writer's new source alone: no hint for this import.
        let mut only_old = ImportSummary::default();
        only_old.stored_from("Reuters");
        assert_eq!(slips(&before, &after, &only_old.sources), None);
    }

    /// The repeat check's count and first pair are the same whether its rows stayed in
    /// memory or were written out in sorted runs (`REPEAT_RUN` is 4 in tests) and merged:
    /// repeats across runs, within one, a key three times, and the pair with the earliest
    /// repeating line named whichever run holds it.
    #[test]
    fn row_repeats_written_out_in_runs_tally_as_in_memory() {
        let rows: [(u64, u64); 11] = [
            (7, 2),
            (3, 3),
            (9, 4),
            (3, 5),
            (1, 6),
            (5, 7),
            (9, 8),
            (2, 9),
            (7, 10),
            (7, 11),
            (1, 12),
        ];
        let mut spilled = RowRepeats::default();
        for (k, line) in rows {
            spilled
                .rows
                .push([(k >> 32) as u32, k as u32, line as u32])
                .unwrap();
        }
        assert_eq!(spilled.rows.runs(), &[4, 4]);
        // Repeats: 3 (line 5 of 3), 9 (8 of 4), 7 twice (10 and 11 of 2), 1 (12 of 6).
        assert_eq!(spilled.tally().unwrap(), (5, Some((5, 3))));
        let mut kept = RowRepeats {
            rows: SortedRuns::new(100, "repeat check"),
        };
        for (k, line) in rows {
            kept.rows
                .push([(k >> 32) as u32, k as u32, line as u32])
                .unwrap();
        }
        assert_eq!(kept.tally().unwrap(), (5, Some((5, 3))));
        // None repeated, over three runs.
        let mut none = RowRepeats::default();
        for k in 0..10u64 {
            none.rows.push([0, k as u32, k as u32 + 2]).unwrap();
        }
        assert_eq!(none.rows.runs(), &[4, 4]);
        assert_eq!(none.tally().unwrap(), (0, None));
    }

    /// The spelling check of `ledger`'s keys and then `rows` (a key a line, from line 2).
    fn key_folds(ledger: &[&str], rows: &[&str]) -> (usize, Vec<String>) {
        let mut keys = KeyFolds::default();
        for key in ledger {
            keys.meet(key).unwrap();
        }
        for (i, key) in rows.iter().enumerate() {
            keys.check(key, i as u64 + 2).unwrap();
        }
        keys.tally().unwrap()
    }

    /// Issue 17: the spelling check's keys cross sorted runs (`KEY_RUN` is 4 in tests) and
    /// its texts a temporary file (`TEXTS_HELD` is 16 bytes), and it says what it said when
    /// it kept every fold in memory: each other spelling once, at its first row, like the
    /// ledger's first key of that fold, else the file's first; a spelling the ledger holds
    /// and a key without letters or digits are like nothing; the three earliest named.
    #[test]
    fn the_spelling_check_names_the_first_rows_across_runs() {
        let rows = [
            "FED CUT", "fed cut", "snow", "Snow!", "FED CUT", "s-n-o-w", "??", "!!", "Rain.",
            "snow", "Snow!",
        ];
        let (similar, examples) = key_folds(&["Fed-Cut", "fed cut", "rain"], &rows);
        assert_eq!(similar, 4);
        assert_eq!(
            examples,
            [
                "line 2 has `FED CUT`, like the ledger's `Fed-Cut`",
                "line 5 has `Snow!`, like `snow` on line 4",
                "line 7 has `s-n-o-w`, like `snow` on line 4",
            ]
        );
        // Records (3 + 9) and texts both crossed: runs were written and read back.
        let mut keys = KeyFolds::default();
        for (i, key) in rows.iter().enumerate() {
            keys.check(key, i as u64 + 2).unwrap();
        }
        assert_eq!(keys.seen.runs(), &[4, 4]);
        assert!(keys.texts.written > 0);
        assert_eq!(
            keys.tally().unwrap(),
            (
                3,
                vec![
                    "line 3 has `fed cut`, like `FED CUT` on line 2".to_string(),
                    "line 5 has `Snow!`, like `snow` on line 4".to_string(),
                    "line 7 has `s-n-o-w`, like `snow` on line 4".to_string(),
                ]
            )
        );
        // A ledger key without letters or digits: a row's such key is like it.
        assert_eq!(
            key_folds(&["??"], &["!!", "??", "!!", "--"]),
            (
                2,
                vec![
                    "line 2 has `!!`, like the ledger's `??`".to_string(),
                    "line 5 has `--`, like the ledger's `??`".to_string(),
                ]
            )
        );
        assert_eq!(key_folds(&[], &[]), (0, vec![]));
    }

    /// The sorted check against the check it replaced, which kept every fold's first key
    /// in memory and looked each row up as it came (written here over the texts), on
    /// pseudo-random ledgers and files of a few folds in many spellings.
    #[test]
    fn the_spelling_check_says_what_the_in_memory_check_said() {
        fn in_memory(ledger: &[&str], rows: &[&str]) -> (usize, Vec<String>) {
            use crate::model::names::key_fold;
            let fold = |k: &str| key_fold(k).collect::<String>();
            let mut exact: std::collections::HashSet<String> =
                ledger.iter().map(|k| k.to_string()).collect();
            let mut folds = std::collections::HashMap::new();
            for k in ledger {
                folds.entry(fold(k)).or_insert((k.to_string(), 0u64));
            }
            let (mut similar, mut examples) = (0, Vec::new());
            for (i, key) in rows.iter().enumerate() {
                let line = i as u64 + 2;
                if exact.contains(*key) {
                    continue;
                }
                match folds.get(&fold(key)) {
                    None if !fold(key).is_empty() => {
                        folds.insert(fold(key), (key.to_string(), line));
                    }
                    None => {}
                    Some((first, _)) if first == key => {}
                    Some((first, at)) => {
                        if examples.len() < 3 {
                            let like = if *at == 0 {
                                format!("the ledger's `{first}`")
                            } else {
                                format!("`{first}` on line {at}")
                            };
                            examples.push(format!("line {line} has `{key}`, like {like}"));
                        }
                        similar += 1;
                        exact.insert(key.to_string());
                    }
                }
            }
            (similar, examples)
        }
        let spellings = [
            "a", "A", "a.", "A-", "b", "B", "b b", "bb", "B.B", "c", "C!", "é", "É", "?", "!",
            "x y", "XY", "x-y", "z",
        ];
        let mut state = 12345u64;
        let mut pick = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize % n
        };
        for round in 0..200 {
            let ledger: Vec<&str> = (0..pick(4))
                .map(|_| spellings[pick(spellings.len())])
                .collect();
            let rows: Vec<&str> = (0..pick(40))
                .map(|_| spellings[pick(spellings.len())])
                .collect();
            assert_eq!(
                key_folds(&ledger, &rows),
                in_memory(&ledger, &rows),
                "round {round}: ledger {ledger:?}, rows {rows:?}"
            );
        }
    }

    /// Issue 17: claims made by more than one source are counted as they were in memory
    /// with their rows crossing sorted runs (`SAME_RUN` is 4 in tests): a claim from two
    /// sources (any case and spacing of the claim, a source's case) counts once however
    /// many rows, one source alone or another deadline does not, and rows with a question
    /// are not counted.
    #[test]
    fn claims_of_more_than_one_source_are_counted_across_runs() {
        use crate::model::{NewForecast, Probability, ProbabilityBasis, Stance};
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let row = |source: &str, claim: &str, deadline: &str, question: Option<&str>| NewForecast {
            source: source.into(),
            claim: claim.into(),
            probability: Probability::new(0.6).unwrap(),
            basis: ProbabilityBasis::Stated,
            made_on: d("2025-01-01"),
            deadline: d(deadline),
            deadline_phrase: None,
            question: question.map(String::from),
            stance: Stance::For,
            condition: None,
            article: None,
            tags: Vec::new(),
        };
        let rows = [
            row("Ann", "Rain in May", "2025-06-01", None),
            row("Bob", "Snow in May", "2025-06-01", None),
            row("ann", "rain  in may", "2025-06-01", None),
            row("Cid", "Rain in May", "2025-07-01", None),
            row("Bob", "Snow in May", "2025-06-01", None),
            row("Dee", "Hail", "2025-06-01", Some("hail")),
            row("Eve", "Hail", "2025-06-01", Some("hail")),
            row("Bob", "RAIN IN MAY", "2025-06-01", None),
            row("Cid", "Fog", "2025-06-01", None),
            row("Dee", "fog", "2025-06-01", None),
            row("Eve", "Fog", "2025-06-01", None),
        ];
        let mut same = SameClaims::default();
        for f in &rows {
            same.note(f).unwrap();
        }
        assert_eq!(same.rows.runs(), &[4, 4]);
        // Rain in May by 06-01 (Ann, Bob) and Fog (Cid, Dee, Eve).
        assert_eq!(same.shared().unwrap(), 2);
    }
}
