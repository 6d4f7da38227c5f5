//! The one door every file of rows the tool reads comes in by (`import`'s CSV and JSON
//! Lines, `resolve --from`'s outcomes CSV): its first bytes are looked at once, the same way
//! for every reader. A UTF-16 file (Excel's "Unicode Text") is refused, naming it; a UTF-8
//! byte-order mark is dropped; Excel's `sep=;` first line names the delimiter (audit 21: it
//! was read by `import` only, and `resolve --from` refused its header); and the bytes are
//! checked as UTF-8 as they stream past (`Utf8Check`), so the first byte that is not names
//! its line and byte and, when the bytes around it read as Windows-1252 (Excel's plain "CSV"
//! on Windows) or Mac Roman (Excel for Mac's "CSV (Macintosh)"), says what the byte is in
//! each, with the `iconv` command for each (the bytes rarely tell the two apart). Nothing is transcoded:
//! DESIGN.md's import reads UTF-8, and a guessed encoding would write a wrong letter into the
//! ledger's hash chain for good.

use super::read::{sep_line, utf16_kind, utf16_message, InputFormat};
use crate::error::{Error, Result};
use std::io::{Chain, Cursor, Read};

/// How much of a file is read before its rows, to decide its format and encoding.
pub const HEAD: usize = 64 * 1024;

/// What an opened file is read through: its head (as `open` left it), then the rest of
/// `R`, checked as UTF-8.
pub type Reader<R> = Utf8Check<Chain<Cursor<Vec<u8>>, R>>;

/// A file of rows, its first bytes looked at: read it from `reader`, split by `delimiter`.
pub struct Opened<R> {
    pub reader: Reader<R>,
    pub format: InputFormat,
    /// `--delimiter`, or the one a `sep=` first line names.
    pub delimiter: Option<u8>,
}

/// Opens `input` (named `name` in messages; `place` names the argument in a refusal, as
/// ``import `x.csv` ``). `format` is the layout when the command reads only one (`resolve
/// --from`: CSV); otherwise it is told from the name and first bytes. `delimiter` is the
/// one given (`--delimiter`), which a `sep=` line must agree with.
pub fn open<R: Read>(
    mut input: R,
    name: &str,
    place: &str,
    format: Option<InputFormat>,
    delimiter: Option<u8>,
) -> Result<Opened<R>> {
    let mut head = vec![0u8; HEAD];
    let mut filled = 0;
    while filled < head.len() {
        match input.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Error::io(format!("reading `{name}`"), e)),
        }
    }
    head.truncate(filled);
    // A file in UTF-16 is named as such, before anything is read as rows (audit 21, B11:
    // it was "line 1: the file is not UTF-8 text").
    if let Some(kind) = utf16_kind(&head) {
        return Err(Error::invalid(place, utf16_message(kind, "CSV UTF-8")));
    }
    let format = format.unwrap_or_else(|| InputFormat::detect(name, &head));
    // What is taken off the first line (a byte-order mark, a `sep=` line's text), so a bad
    // byte on it is still named at its own byte.
    let mut skipped = 0;
    let mut delimiter = delimiter;
    // Excel's `sep=;` first line names the delimiter: read as `--delimiter` would be, the
    // line blanked (kept as an empty line, so later lines keep their numbers).
    if let Some((sep, len)) = sep_line(&head).filter(|_| format == InputFormat::Csv) {
        if let Some(given) = delimiter.filter(|&d| d != sep) {
            let show = |c: u8| char::from(c).escape_default().to_string();
            return Err(Error::invalid(
                place,
                format!(
                    "its first line `sep={}` says the fields are separated by `{}`, but --delimiter gives `{}`; leave --delimiter out, or remove that line",
                    show(sep),
                    show(sep),
                    show(given)
                ),
            ));
        }
        let eol = head[..len]
            .iter()
            .position(|b| matches!(b, b'\r' | b'\n'))
            .unwrap_or(len);
        head.drain(..eol);
        skipped = eol;
        delimiter = Some(sep);
    } else if head.starts_with(b"\xEF\xBB\xBF") {
        // A byte-order mark (Windows editors write one) is not content.
        head.drain(..3);
        skipped = 3;
    }
    let mut reader = Utf8Check::new(Cursor::new(head).chain(input));
    reader.column = skipped as u64;
    Ok(Opened {
        reader,
        format,
        delimiter,
    })
}

/// Passes bytes through while they are UTF-8; at the first that is not, hands over the
/// bytes before it, then fails with an `InvalidData` error carrying a `NotUtf8`.
pub struct Utf8Check<R> {
    inner: R,
    /// The start of a character cut off at the end of the last read.
    carry: Vec<u8>,
    line: u64,
    /// Bytes of the current line passed so far.
    column: u64,
    failed: Option<NotUtf8>,
}

impl<R> Utf8Check<R> {
    pub fn new(inner: R) -> Self {
        Utf8Check {
            inner,
            carry: Vec::new(),
            line: 1,
            column: 0,
            failed: None,
        }
    }

    pub fn into_inner(self) -> R {
        self.inner
    }

    /// Counts `bytes` passed: whole-slice counts the compiler vectorizes, not a branch a
    /// byte (every byte of an import passes here).
    fn advance(&mut self, bytes: &[u8]) {
        match bytes.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += bytes.iter().filter(|&&b| b == b'\n').count() as u64;
                self.column = (bytes.len() - last - 1) as u64;
            }
            None => self.column += bytes.len() as u64,
        }
    }

    /// The error for a bad byte `at` bytes into `seen` (the bytes from the last good
    /// character on), counted from where `advance` stands.
    fn fail(&mut self, seen: &[u8], at: usize) -> std::io::Error {
        let mut line = self.line;
        let mut column = self.column;
        for &b in &seen[..at] {
            if b == b'\n' {
                line += 1;
                column = 0;
            } else {
                column += 1;
            }
        }
        let bad = NotUtf8 {
            line,
            byte_in_line: column + 1,
            byte: seen[at],
            encoding: guess(&seen[at..]),
        };
        self.failed = Some(bad);
        bad.into()
    }
}

impl<R: Read> Read for Utf8Check<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if let Some(bad) = self.failed {
            return Err(bad.into());
        }
        // A character cut off last time is finished first, on its own.
        if !self.carry.is_empty() {
            let mut one = [0u8; 1];
            let n = self.inner.read(&mut one)?;
            if n == 0 {
                let seen = std::mem::take(&mut self.carry);
                return Err(self.fail(&seen, 0));
            }
            self.carry.push(one[0]);
            match std::str::from_utf8(&self.carry) {
                Ok(_) => {
                    let done = std::mem::take(&mut self.carry);
                    self.advance(&done);
                    // The carried bytes were handed over already; this byte now.
                    buf[0] = one[0];
                    return Ok(1);
                }
                Err(e) if e.error_len().is_some() => {
                    let seen = std::mem::take(&mut self.carry);
                    return Err(self.fail(&seen, 0));
                }
                Err(_) => {
                    buf[0] = one[0];
                    return Ok(1);
                }
            }
        }
        let n = self.inner.read(buf)?;
        match std::str::from_utf8(&buf[..n]) {
            Ok(_) => {
                self.advance(&buf[..n]);
                Ok(n)
            }
            Err(e) => {
                let good = e.valid_up_to();
                if e.error_len().is_none() {
                    // A character cut off by the end of this read: checked on the next.
                    self.carry.extend_from_slice(&buf[good..n]);
                    let (done, _) = buf[..n].split_at(good);
                    let done = done.to_vec();
                    self.advance(&done);
                    return Ok(n);
                }
                let seen = buf[good..n].to_vec();
                let done = buf[..good].to_vec();
                self.advance(&done);
                let err = self.fail(&seen, 0);
                // The good bytes first, so rows before the bad byte are read (and refused
                // first when they are bad themselves).
                if good > 0 {
                    Ok(good)
                } else {
                    Err(err)
                }
            }
        }
    }
}

/// What the bytes at a bad UTF-8 byte look like. Windows-1252 and Mac Roman (older Mac
/// programs, Excel for Mac's "CSV (Macintosh)") both give every high byte a character, so
/// short runs of high bytes are read as either: Mac Roman's accented letters sit at
/// 0x80-0x9F, where Windows-1252 has its curly quotes and dashes, and no byte tells the two
/// apart for sure except the five Windows-1252 leaves undefined (an adversary's spreadsheet
/// pass, 2026-12-05: a Mac Roman `é`, 0x8E, was named as Windows-1252's `Ž`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Bytes in 0x80-0x9F: Windows-1252's punctuation, or Mac Roman's letters.
    Windows1252OrMacRoman,
    /// Latin-1 letters (0xA0-0xFF) alone, which Windows-1252 reads the same; or Mac Roman.
    Latin1OrMacRoman,
    /// A byte Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D: Mac Roman's `Å`,
    /// `ç`, `è`, `ê`, `ù`): not Windows-1252, Mac Roman perhaps.
    MacRoman,
    /// Long runs of high bytes (another multi-byte encoding, or binary data).
    Unknown,
}

/// Guesses the encoding of `bytes` (from a bad byte on): every high byte must stand alone
/// or beside one other (`Ã©` is two), as accented letters and punctuation stand among ASCII.
pub fn guess(bytes: &[u8]) -> Encoding {
    let sample = &bytes[..bytes.len().min(4096)];
    let mut run = 0;
    let mut c1 = false;
    let mut undefined = false;
    for &b in sample {
        if b < 0x80 {
            run = 0;
            continue;
        }
        run += 1;
        if run > 2 {
            return Encoding::Unknown;
        }
        undefined |= matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D);
        c1 |= b < 0xA0;
    }
    if undefined {
        Encoding::MacRoman
    } else if c1 {
        Encoding::Windows1252OrMacRoman
    } else {
        Encoding::Latin1OrMacRoman
    }
}

/// The character Windows-1252 gives a high byte (0x80-0xFF), when it defines one.
pub fn windows_1252(byte: u8) -> Option<char> {
    const C1: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => Some(C1[usize::from(byte - 0x80)]).filter(|c| *c != '\0'),
        0xA0..=0xFF => Some(char::from(byte)),
        _ => None,
    }
}

/// The character Mac Roman gives a high byte (0x80-0xFF); `None` for ASCII. Taken from
/// Python's `mac_roman` codec (0xDB is the euro, as Apple has had it since Mac OS 8.5).
pub fn mac_roman(byte: u8) -> Option<char> {
    const HIGH: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u{a0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›\u{fb01}\u{fb02}‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{f8ff}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";
    HIGH.chars().nth(usize::from(byte.checked_sub(0x80)?))
}

/// The first byte of a file that is not UTF-8: where it is and what it looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotUtf8 {
    pub line: u64,
    /// 1 for the line's first byte.
    pub byte_in_line: u64,
    pub byte: u8,
    pub encoding: Encoding,
}

impl std::fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "byte {} of line {} (0x{:02X}) is not UTF-8",
            self.byte_in_line, self.line, self.byte
        )
    }
}

impl std::error::Error for NotUtf8 {}

impl From<NotUtf8> for std::io::Error {
    fn from(bad: NotUtf8) -> Self {
        std::io::Error::new(std::io::ErrorKind::InvalidData, bad)
    }
}

impl NotUtf8 {
    /// The bad byte an I/O error carries, when `Utf8Check` raised it.
    pub fn of_io(e: &std::io::Error) -> Option<NotUtf8> {
        e.get_ref()?.downcast_ref::<NotUtf8>().copied()
    }

    /// The bad byte a CSV reader's error carries.
    pub fn of_csv(e: &csv::Error) -> Option<NotUtf8> {
        match e.kind() {
            csv::ErrorKind::Io(io) => Self::of_io(io),
            _ => None,
        }
    }

    /// The one-line refusal for file `name` (`-` is standard input; `save_as` the choice
    /// to save it under: `"CSV UTF-8"` for a table, `"UTF-8"` for text), with the command
    /// that converts the file (to `NAME.utf8.EXT` beside it) when its encoding is known.
    pub fn message(&self, name: &str, save_as: &str) -> String {
        let (file, new) = if name == "-" {
            let new = if save_as == "CSV UTF-8" {
                "FILE.utf8.csv"
            } else {
                "FILE.utf8.txt"
            };
            ("FILE".to_string(), new.to_string())
        } else {
            // `.utf8` goes before the extension of the file's own name, if it has one.
            let base = name.rfind('/').map_or(0, |at| at + 1);
            let new = match name[base..].rfind('.').filter(|&dot| dot > 0) {
                Some(dot) => format!("{}.utf8{}", &name[..base + dot], &name[base + dot..]),
                None => format!("{name}.utf8"),
            };
            (
                crate::output::shell_word(name),
                crate::output::shell_word(&new),
            )
        };
        let excel = if save_as == "CSV UTF-8" {
            " (Excel's plain \"CSV\" on Windows)"
        } else {
            ""
        };
        let at = format!(
            "byte {} of the line is 0x{:02X}",
            self.byte_in_line, self.byte
        );
        let convert = |from: &str| format!("`iconv -f {from} -t UTF-8 {file} > {new}`");
        let (w, m) = (windows_1252(self.byte), mac_roman(self.byte));
        let windows = format!("Windows-1252{excel}");
        let mac = if save_as == "CSV UTF-8" {
            "Mac Roman (Excel for Mac's \"CSV (Macintosh)\", older Mac programs)"
        } else {
            "Mac Roman (older Mac programs)"
        };
        let (what, how) = match (self.encoding, w, m) {
            (Encoding::Windows1252OrMacRoman | Encoding::Latin1OrMacRoman, Some(w), Some(m)) => {
                let latin = self.encoding == Encoding::Latin1OrMacRoman;
                let (and, or) = if latin {
                    (" and Latin-1", " or Latin-1")
                } else {
                    ("", "")
                };
                (
                    format!("{at}, `{w}` in Windows-1252{and}, `{m}` in Mac Roman: the file is not UTF-8, perhaps {windows} or {mac}"),
                    format!(
                        "{} if it is Windows-1252{or}, {} if it is Mac Roman (the one that reads `{w}` or `{m}` as the file means)",
                        convert("WINDOWS-1252"),
                        convert("MACINTOSH")
                    ),
                )
            }
            (Encoding::MacRoman, _, Some(m)) => (
                format!("{at}, `{m}` in Mac Roman (Windows-1252 has no character for it): the file is not UTF-8, perhaps {mac}"),
                convert("MACINTOSH"),
            ),
            _ => (
                format!("{at}, not UTF-8, and the bytes from it on are neither Windows-1252 nor Mac Roman text: the file is in another encoding"),
                format!("{} (ENCODING the one it is in)", convert("ENCODING")),
            ),
        };
        format!("{what}; save it as \"{save_as}\", or convert it with {how}")
    }

    /// The first bad byte of `bytes`, read whole, whose first `valid_up_to` bytes are UTF-8.
    pub fn in_bytes(bytes: &[u8], valid_up_to: usize) -> NotUtf8 {
        let before = &bytes[..valid_up_to];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |at| at + 1);
        NotUtf8 {
            line: 1 + before.iter().filter(|&&b| b == b'\n').count() as u64,
            byte_in_line: (valid_up_to - line_start) as u64 + 1,
            byte: bytes[valid_up_to],
            encoding: guess(&bytes[valid_up_to..]),
        }
    }

    /// The refusal as a row error of file `name`.
    pub fn error(&self, name: &str) -> Error {
        Error::BadRow {
            file: name.to_string(),
            line: self.line,
            message: self.message(name, "CSV UTF-8"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8], chunk: usize) -> std::result::Result<Vec<u8>, NotUtf8> {
        struct Chunks<'a>(&'a [u8], usize);
        impl Read for Chunks<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.0.len().min(self.1).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut out = Vec::new();
        Utf8Check::new(Chunks(bytes, chunk))
            .read_to_end(&mut out)
            .map_err(|e| NotUtf8::of_io(&e).unwrap())?;
        Ok(out)
    }

    #[test]
    fn utf8_passes_whole_in_any_chunks() {
        let text = "a,b\nCafé,“x” — 東京 €\n";
        for chunk in 1..8 {
            assert_eq!(read_all(text.as_bytes(), chunk).unwrap(), text.as_bytes());
        }
    }

    #[test]
    fn the_first_bad_byte_is_named_by_line_and_byte_in_any_chunks() {
        let bytes = b"a,b\nx,\x93quoted\x94\n";
        for chunk in 1..8 {
            let bad = read_all(bytes, chunk).unwrap_err();
            assert_eq!(
                (bad.line, bad.byte_in_line, bad.byte),
                (2, 3, 0x93),
                "{chunk}"
            );
        }
        // A character cut off by the end of the file.
        let bad = read_all(b"a\n\xC3", 4).unwrap_err();
        assert_eq!((bad.line, bad.byte_in_line, bad.byte), (2, 1, 0xC3));
        // A lead byte followed by ASCII.
        let bad = read_all(b"ab\xE9c", 2).unwrap_err();
        assert_eq!((bad.line, bad.byte_in_line, bad.byte), (1, 3, 0xE9));
    }

    #[test]
    fn a_whole_text_names_its_bad_byte_too() {
        let text = b"one\ntwo \x93three\x94\n";
        let bad = NotUtf8::in_bytes(text, 8);
        assert_eq!(
            (bad.line, bad.byte_in_line, bad.byte, bad.encoding),
            (2, 5, 0x93, Encoding::Windows1252OrMacRoman)
        );
    }

    #[test]
    fn windows_1252_and_mac_roman_are_told_from_other_encodings() {
        // Curly quotes, a dash and the euro in Windows-1252 are Mac Roman letters too.
        assert_eq!(
            guess(b"\x93quoted\x94 \x96 5\x80"),
            Encoding::Windows1252OrMacRoman
        );
        assert_eq!(
            guess(b"\xe9l\xe8ve, Gr\xf6\xdfe"),
            Encoding::Latin1OrMacRoman
        );
        // Undefined in Windows-1252: Mac Roman's `Å`.
        assert_eq!(guess(b"\x81x"), Encoding::MacRoman);
        // Shift-JIS / GBK text: runs of high bytes.
        assert_eq!(guess(b"\x93\x8c\x8b\x9e"), Encoding::Unknown);
        assert_eq!(windows_1252(0x92), Some('’'));
        assert_eq!(windows_1252(0x80), Some('€'));
        assert_eq!(windows_1252(0x9D), None);
        assert_eq!(windows_1252(0xE9), Some('é'));
        // Checked against Python's `mac_roman` codec and `iconv -f MACINTOSH`.
        assert_eq!(mac_roman(0x8E), Some('é'));
        assert_eq!(mac_roman(0x80), Some('Ä'));
        assert_eq!(mac_roman(0xD2), Some('“'));
        assert_eq!(mac_roman(0xFF), Some('ˇ'));
        assert_eq!(mac_roman(0x41), None);
    }

    #[test]
    fn the_message_names_the_conversion_of_this_file() {
        let bad = NotUtf8 {
            line: 3,
            byte_in_line: 7,
            byte: 0x92,
            encoding: Encoding::Windows1252OrMacRoman,
        };
        assert_eq!(
            bad.error("data/out comes.csv").to_string(),
            "data/out comes.csv: line 3: byte 7 of the line is 0x92, `’` in Windows-1252, `í` in Mac Roman: the file is not UTF-8, perhaps Windows-1252 (Excel's plain \"CSV\" on Windows) or Mac Roman (Excel for Mac's \"CSV (Macintosh)\", older Mac programs); save it as \"CSV UTF-8\", or convert it with `iconv -f WINDOWS-1252 -t UTF-8 'data/out comes.csv' > 'data/out comes.utf8.csv'` if it is Windows-1252, `iconv -f MACINTOSH -t UTF-8 'data/out comes.csv' > 'data/out comes.utf8.csv'` if it is Mac Roman (the one that reads `’` or `í` as the file means)"
        );
        let unknown = NotUtf8 {
            encoding: Encoding::Unknown,
            ..bad
        };
        assert_eq!(
            unknown.message("-", "UTF-8"),
            "byte 7 of the line is 0x92, not UTF-8, and the bytes from it on are neither Windows-1252 nor Mac Roman text: the file is in another encoding; save it as \"UTF-8\", or convert it with `iconv -f ENCODING -t UTF-8 FILE > FILE.utf8.txt` (ENCODING the one it is in)"
        );
    }

    #[test]
    fn sep_lines_and_marks_are_taken_off_the_head() {
        let open_text = |text: &[u8], given: Option<u8>| {
            let o = open(text, "t.csv", "t", None, given)?;
            let mut out = Vec::new();
            let d = o.delimiter;
            let mut r = o.reader;
            r.read_to_end(&mut out).unwrap();
            Ok::<_, Error>((String::from_utf8(out).unwrap(), d))
        };
        assert_eq!(
            open_text(b"\xEF\xBB\xBFsep=;\r\na;b\r\n", None).unwrap(),
            ("\r\na;b\r\n".to_string(), Some(b';'))
        );
        assert_eq!(
            open_text(b"\xEF\xBB\xBFa,b\n", None).unwrap(),
            ("a,b\n".to_string(), None)
        );
        assert_eq!(
            open_text(b"sep=;\na;b\n", Some(b';')).unwrap().1,
            Some(b';')
        );
        assert!(open_text(b"sep=;\na;b\n", Some(b'\t'))
            .unwrap_err()
            .to_string()
            .contains("its first line `sep=;`"));
        assert!(open_text(b"\xFF\xFEa\0", None)
            .unwrap_err()
            .to_string()
            .contains("UTF-16LE"));
    }
}
