//! The append-only journal: every change is also an entry holding a canonical JSON body
//! (keys sorted, as `serde_json::Value` keeps them) and the SHA-256 of the previous entry's
//! hash, its own sequence number, kind, entity id and body. Rewriting any entry, or any row
//! it describes, breaks the chain from there on, which `verify` reports. An import is one
//! entry that holds digests of the bodies of every row it wrote (see `batch.rs`).
//!
//! Since schema 4 each entry also records `logged_at`, the wall-clock instant of the write
//! (never FORECAST_TODAY's day), covered by its hash. The writer makes it strictly later
//! than the newest entry's of an earlier write (`Clock::after`), and `verify` checks that
//! journal times never go backwards.

use super::SqliteWriter;
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The newest entry's sequence number and hash.
#[derive(Debug, Clone)]
pub(super) struct Head {
    pub seq: i64,
    pub hash: String,
    /// The newest entry's `logged_at` (none before schema 4).
    pub logged_at: Option<String>,
}

/// One stored journal entry.
#[derive(Debug, Clone)]
pub struct JournalEntry {
    pub seq: i64,
    pub kind: String,
    pub entity_id: i64,
    pub body: String,
    pub prev_hash: String,
    pub hash: String,
    pub logged_at: Option<String>,
    /// Who wrote it (none before schema 6).
    pub author: Option<String>,
}

/// The hash of an entry: SHA-256 over `prev_hash`, `seq`, `kind`, `entity_id`, `body`,
/// for entries written since schema 5 `logged_at`, and for those with one since schema 6
/// `author`, separated by newlines, as lower-case hex. (Bodies are compact JSON, which holds
/// no raw newline, an author holds no control character (`clean_author`), and an entry with
/// an author always has a time, so the layout is unambiguous.)
pub fn entry_hash(
    prev_hash: &str,
    seq: i64,
    kind: &str,
    entity_id: i64,
    body: &str,
    logged_at: Option<&str>,
    author: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(seq.to_string().as_bytes());
    h.update(b"\n");
    h.update(kind.as_bytes());
    h.update(b"\n");
    h.update(entity_id.to_string().as_bytes());
    h.update(b"\n");
    h.update(body.as_bytes());
    if let Some(at) = logged_at {
        h.update(b"\n");
        h.update(at.as_bytes());
        if let Some(by) = author {
            h.update(b"\n");
            h.update(by.as_bytes());
        }
    }
    to_hex(&h.finalize())
}

/// An author name fit for the journal: trimmed, without control characters (which would
/// make the hashed layout ambiguous), and not empty.
pub fn clean_author(name: Option<String>) -> Option<String> {
    name.map(|n| {
        n.trim()
            .chars()
            .filter(|c| !c.is_control())
            .collect::<String>()
    })
    .filter(|n| !n.is_empty())
}

/// Lower-case hex of `bytes` (digests in the journal, articles and imports).
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

pub(super) fn head(conn: &Connection) -> Result<Head> {
    let row = conn
        .query_row(
            "SELECT seq, hash, logged_at FROM journal ORDER BY seq DESC LIMIT 1",
            [],
            |r| {
                Ok(Head {
                    seq: r.get(0)?,
                    hash: r.get(1)?,
                    logged_at: r.get(2)?,
                })
            },
        )
        .optional()?;
    Ok(row.unwrap_or(Head {
        seq: 0,
        hash: GENESIS.to_string(),
        logged_at: None,
    }))
}

impl SqliteWriter<'_> {
    /// Appends one entry to the journal, chained to the head.
    pub(super) fn journal(&mut self, kind: &str, entity_id: i64, body: &Value) -> Result<()> {
        self.journal_text(kind, entity_id, body.to_string())
    }

    /// Appends one entry whose body is already canonical JSON text.
    pub(super) fn journal_text(&mut self, kind: &str, entity_id: i64, body: String) -> Result<()> {
        if let Some(bulk) = &mut self.bulk {
            if super::batch::Batch::covers(kind) {
                return bulk.batch.add(kind, entity_id, &body);
            }
        }
        if let Some(batch) = self.resolving.as_mut().filter(|_| kind == "resolution") {
            return batch.add(kind, entity_id, &body);
        }
        let seq = self.head.seq + 1;
        let hash = entry_hash(
            &self.head.hash,
            seq,
            kind,
            entity_id,
            &body,
            Some(&self.now),
            self.author.as_deref(),
        );
        self.tx
            .prepare_cached(
                "INSERT INTO journal (seq, kind, entity_id, body, prev_hash, hash, logged_at, author) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![seq, kind, entity_id, body, self.head.hash, hash, self.now, self.author])?;
        self.head = Head {
            seq,
            hash,
            logged_at: Some(self.now.clone()),
        };
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Checked against coreutils: printf '%s\n1\nsource\n1\n{}' "$GENESIS" | sha256sum
    #[test]
    fn hash_matches_sha256sum_of_the_documented_layout() {
        assert_eq!(
            entry_hash(GENESIS, 1, "source", 1, "{}", None, None),
            "692eea2316565c672c5c87fe8c4621601607c799b851e414e678b5f37ee52a95"
        );
        // printf '%s\n1\nsource\n1\n{}\n2026-11-30T04:00:00.000Z' "$GENESIS" | sha256sum
        assert_eq!(
            entry_hash(
                GENESIS,
                1,
                "source",
                1,
                "{}",
                Some("2026-11-30T04:00:00.000Z"),
                None
            ),
            "04a43dab486570491cc05e9d00e2df2a4869c2086cb564c7e3f6d0764a4e76f6"
        );
        // printf '%s\n1\nsource\n1\n{}\n2026-11-30T04:00:00.000Z\nalice' "$GENESIS" | sha256sum
        assert_eq!(
            entry_hash(
                GENESIS,
                1,
                "source",
                1,
                "{}",
                Some("2026-11-30T04:00:00.000Z"),
                Some("alice")
            ),
            "8e9caea79a144066bacf21535daa70c8b9058c4511933ded898d5c2d9e3648ae"
        );
    }

    #[test]
    fn an_author_is_trimmed_and_loses_control_characters() {
        assert_eq!(
            clean_author(Some(" al\nice\t".into())),
            Some("alice".into())
        );
        assert_eq!(clean_author(Some(" \n ".into())), None);
        assert_eq!(clean_author(None), None);
    }
}
