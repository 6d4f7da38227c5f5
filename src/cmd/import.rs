//! `forecast import FILE`: CSV or JSON Lines into the ledger in one transaction. Every row
//! is checked as it streams in; the first bad row rolls the whole file back, naming its line
//! and field. The same data imported twice is refused (see `store/imports.rs`).

use crate::app::{Context, Io};
use crate::cli::ImportArgs;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::time::Clock;
use crate::transfer::{parse_row, read_rows, FieldMap, InputFormat};
use sha2::{Digest, Sha256};
use std::io::Read;

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub forecasts: u64,
    pub resolved: u64,
}

/// Hashes what passes through, so the file's digest costs no second read.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

pub fn run(store: &mut Store, ctx: &Context, args: &ImportArgs, io: &mut Io<'_>) -> Result<()> {
    let fields = FieldMap::parse(&args.map, &args.set)?;
    let name = args.file.display().to_string();
    let (summary, unknown) = {
        let mut data: Box<dyn Read + '_> = if name == "-" {
            Box::new(&mut *io.input)
        } else {
            Box::new(std::fs::File::open(&args.file).map_err(|e| {
                Error::invalid(format!("import `{name}`"), format!("cannot open it: {e}"))
            })?)
        };
        let mut head = vec![0u8; 512];
        let n = read_up_to(&mut data, &mut head)?;
        head.truncate(n);
        let format = InputFormat::detect(&name, &head);
        let input = std::io::Cursor::new(head).chain(data);
        import(store, &ctx.clock, input, &name, format, &fields)?
    };
    if !unknown.is_empty() {
        super::warn(
            io,
            &format!(
                "ignored column(s) not known to forecast-ledger: {}",
                unknown.join(", ")
            ),
        );
    }
    super::write_out(
        io,
        &format!(
            "imported {} forecast(s) ({} resolved) from {name}\n",
            summary.forecasts, summary.resolved
        ),
    )
}

fn read_up_to(r: &mut dyn Read, buf: &mut [u8]) -> Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) => return Err(Error::io("reading the import file", e)),
        }
    }
    Ok(filled)
}

/// Imports everything `input` holds, or nothing. Returns the summary and the columns no
/// field read.
pub fn import(
    store: &mut Store,
    clock: &Clock,
    input: impl Read,
    name: &str,
    format: InputFormat,
    fields: &FieldMap,
) -> Result<(ImportSummary, Vec<String>)> {
    let today = clock.today;
    let mut reader = HashingReader {
        inner: input,
        hasher: Sha256::new(),
    };
    store.write(&clock.timestamp(), |w| {
        let mut summary = ImportSummary::default();
        let header = read_rows(&mut reader, format, name, |raw| {
            let get = |field: &str| match fields.constants.get(field) {
                Some(v) => Some(v.as_str()).filter(|v| !v.is_empty()),
                None => raw.get(fields.column(field)),
            };
            let row = parse_row(raw.line, get, today).map_err(|message| Error::BadRow {
                file: name.to_string(),
                line: raw.line,
                message,
            })?;
            let id = w
                .insert_forecast(&row.forecast)
                .map_err(|e| Error::BadRow {
                    file: name.to_string(),
                    line: raw.line,
                    message: e.to_string(),
                })?;
            summary.forecasts += 1;
            if let Some((outcome, on, note, reason)) = &row.resolution {
                w.import_resolution(id, *outcome, *on, note.as_deref(), *reason)?;
                summary.resolved += 1;
            }
            Ok(())
        })?;
        if summary.forecasts == 0 {
            return Err(Error::invalid(
                format!("import `{name}`"),
                "the file holds no rows",
            ));
        }
        let mut digest = reader.hasher.clone();
        for (k, v) in fields.columns.iter().chain(fields.constants.iter()) {
            digest.update(format!("\n{k}={v}").as_bytes());
        }
        let hex: String = digest
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        w.record_import(&hex, name, summary.forecasts)?;
        let unknown = fields.unknown_columns(&header);
        Ok((summary, unknown))
    })
}
