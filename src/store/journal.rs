//! The append-only journal: every change is also an entry holding a canonical JSON body
//! (keys sorted, as `serde_json::Value` keeps them) and the SHA-256 of the previous entry's
//! hash, its own sequence number, kind, entity id and body. Rewriting any entry, or any row
//! it describes, breaks the chain from there on, which `verify` reports. An import is one
//! entry that holds digests of the bodies of every row it wrote (see `batch.rs`).

use super::Writer;
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
}

/// The hash of an entry: SHA-256 over `prev_hash`, `seq`, `kind`, `entity_id` and `body`,
/// separated by newlines, as lower-case hex.
pub fn entry_hash(prev_hash: &str, seq: i64, kind: &str, entity_id: i64, body: &str) -> String {
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
    to_hex(&h.finalize())
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
            "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1",
            [],
            |r| {
                Ok(Head {
                    seq: r.get(0)?,
                    hash: r.get(1)?,
                })
            },
        )
        .optional()?;
    Ok(row.unwrap_or(Head {
        seq: 0,
        hash: GENESIS.to_string(),
    }))
}

impl Writer<'_> {
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
        let seq = self.head.seq + 1;
        let hash = entry_hash(&self.head.hash, seq, kind, entity_id, &body);
        self.tx
            .prepare_cached(
                "INSERT INTO journal (seq, kind, entity_id, body, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![seq, kind, entity_id, body, self.head.hash, hash])?;
        self.head = Head { seq, hash };
        Ok(())
    }
}

/// Every journal entry in order, handed to `f` one at a time.
pub fn for_each_entry(
    conn: &Connection,
    mut f: impl FnMut(JournalEntry) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn
        .prepare("SELECT seq, kind, entity_id, body, prev_hash, hash FROM journal ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        f(JournalEntry {
            seq: r.get(0)?,
            kind: r.get(1)?,
            entity_id: r.get(2)?,
            body: r.get(3)?,
            prev_hash: r.get(4)?,
            hash: r.get(5)?,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Checked against coreutils: printf '%s\n1\nsource\n1\n{}' "$GENESIS" | sha256sum
    #[test]
    fn hash_matches_sha256sum_of_the_documented_layout() {
        assert_eq!(
            entry_hash(GENESIS, 1, "source", 1, "{}"),
            "692eea2316565c672c5c87fe8c4621601607c799b851e414e678b5f37ee52a95"
        );
    }
}
