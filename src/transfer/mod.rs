//! Moving forecasts in and out: the flat record both CSV and JSON Lines use, the mapping of
//! other people's columns onto our fields (`--map`, `--set`), and the readers. Parsing is
//! pure: a file becomes checked rows, each naming its line, before anything is written.

mod formats;
pub mod ics;
mod read;
mod record;

pub use formats::{convert_row, is_predictionbook, predictionbook_rows, Fields, Layout};
pub use read::{read_rows, InputFormat, RawRow};
pub use record::{parse_row, ExportRecord, FieldMap, ImportRow, KNOWN_FIELDS};
