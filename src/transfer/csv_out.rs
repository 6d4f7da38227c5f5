//! The CSV writer of streamed listings (`list --format csv`, `export --format csv`): the
//! bytes the `csv` crate's default writer gives, written into one reused buffer that goes
//! to the output 64 KiB at a time. A field is quoted only when it holds a comma, a double
//! quote, a carriage return or a line feed, a double quote inside it is doubled, and a
//! record ends with a line feed. Its own because the crate's general writer (its state
//! machine per field, its output-full checks) was a fifth of a 200,000-row listing's
//! instructions; `records_csv` still writes through the crate, and the tests hold the two
//! to the same bytes.

use std::io::Write;

/// Records written field by field into a buffer, handed to `out` in large pieces.
pub struct CsvOut<W: Write> {
    out: W,
    buf: Vec<u8>,
    /// No field written yet in the current record.
    first: bool,
    /// Where the current record starts in `buf`.
    start: usize,
}

/// How much is gathered before it is written out.
const FLUSH_AT: usize = 1 << 16;

impl<W: Write> CsvOut<W> {
    pub fn new(out: W) -> Self {
        CsvOut {
            out,
            buf: Vec::with_capacity(FLUSH_AT + 4096),
            first: true,
            start: 0,
        }
    }

    /// One field, quoted when it needs to be.
    pub fn field(&mut self, bytes: &[u8]) {
        self.delimit();
        if needs_quotes(bytes) {
            self.buf.push(b'"');
            for part in bytes.split_inclusive(|&b| b == b'"') {
                self.buf.extend_from_slice(part);
                if part.last() == Some(&b'"') {
                    self.buf.push(b'"');
                }
            }
            self.buf.push(b'"');
        } else {
            self.buf.extend_from_slice(bytes);
        }
    }

    /// The buffer to append one field to, its delimiter written: for what never needs
    /// quotes (numbers), formatted straight into it.
    pub fn plain_field(&mut self) -> &mut Vec<u8> {
        self.delimit();
        &mut self.buf
    }

    /// Ends the record; the gathered bytes go out once there are enough of them.
    pub fn end_record(&mut self) -> std::io::Result<()> {
        if self.buf.len() == self.start {
            // A record of one empty field (or none) is `""`, as the crate writes it, so
            // the line is not read back as no record.
            self.buf.extend_from_slice(b"\"\"");
        }
        self.buf.push(b'\n');
        self.first = true;
        if self.buf.len() >= FLUSH_AT {
            self.write_out()?;
        }
        self.start = self.buf.len();
        Ok(())
    }

    /// One whole record.
    pub fn record<'a>(&mut self, fields: impl IntoIterator<Item = &'a str>) -> std::io::Result<()> {
        for f in fields {
            self.field(f.as_bytes());
        }
        self.end_record()
    }

    /// Everything gathered, written out and flushed.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.write_out()?;
        self.out.flush()
    }

    /// The output, everything gathered written to it.
    pub fn into_inner(mut self) -> std::io::Result<W> {
        self.flush()?;
        Ok(self.out)
    }

    fn write_out(&mut self) -> std::io::Result<()> {
        let result = self.out.write_all(&self.buf);
        self.buf.clear();
        self.start = 0;
        result
    }

    fn delimit(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.buf.push(b',');
        }
    }
}

/// Whether `bytes` holds a comma, a double quote, CR or LF (what the `csv` crate's default
/// writer quotes for), tested eight bytes at a time: a word XORed with a byte repeated has
/// a zero byte where that byte was, and `x - 0x01.. & !x & 0x80..` is nonzero exactly when
/// `x` has a zero byte.
fn needs_quotes(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let special = |w: u64| {
        let found = zero_in(w ^ (ONES * u64::from(b',')))
            | zero_in(w ^ (ONES * u64::from(b'"')))
            | zero_in(w ^ (ONES * u64::from(b'\n')))
            | zero_in(w ^ (ONES * u64::from(b'\r')));
        found != 0
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        if special(u64::from_le_bytes(word)) {
            return true;
        }
    }
    // The rest padded with zero bytes, which are not special.
    let mut word = [0; 8];
    word[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    special(u64::from_le_bytes(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_written_as_the_csv_crate_writes_them() {
        let cells: [&[u8]; 12] = [
            b"plain",
            b"",
            b"a,b",
            b"say \"hi\"",
            b"\"",
            b"line\nbreak",
            b"carriage\rreturn",
            b"'=SUM(A1)",
            "z\u{e9}ro \u{2014} caf\u{e9}".as_bytes(),
            b"a long field of more than sixteen bytes, with a comma late",
            b"a long field of more than sixteen bytes without any special byte",
            b"0123456789abcdef\"",
        ];
        // Flexible only so rows of different lengths can be compared in one test; the
        // bytes of each row are the default writer's.
        let mut theirs = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        let mut ours = CsvOut::new(Vec::new());
        for row in [&cells[..], &cells[2..5], &cells[1..2], &cells[7..]] {
            theirs.write_record(row).unwrap();
            for c in row {
                ours.field(c);
            }
            ours.end_record().unwrap();
        }
        theirs.write_record(["1", "0.7", "2026-01-02"]).unwrap();
        ours.field(b"1");
        ours.plain_field().extend_from_slice(b"0.7");
        ours.plain_field().extend_from_slice(b"2026-01-02");
        ours.end_record().unwrap();
        let theirs = theirs.into_inner().unwrap();
        let ours = ours.into_inner().unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
    }

    #[test]
    fn only_commas_quotes_and_line_ends_need_quotes() {
        for b in 0..=255u8 {
            let expected = matches!(b, b',' | b'"' | b'\n' | b'\r');
            for len in [1, 7, 8, 9, 16, 21, 24] {
                for at in 0..len {
                    let mut field = vec![b'x'; len];
                    field[at] = b;
                    assert_eq!(needs_quotes(&field), expected, "{b} at {at} of {len}");
                }
            }
        }
        assert!(!needs_quotes(b""));
        assert!(!needs_quotes("\u{2c00}\u{a2c}\u{10d}".as_bytes()));
    }
}
