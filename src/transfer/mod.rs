//! Moving forecasts in and out: the flat record both CSV and JSON Lines use, the mapping of
//! other people's columns onto our fields (`--map`, `--set`), and the readers. Parsing is
//! pure: a file becomes checked rows, each naming its line, before anything is written.

mod bad_rows;
mod csv_out;
mod formats;
pub mod ics;
pub mod input;
pub(crate) mod read;
mod record;

pub(crate) use bad_rows::BadRows;
pub use csv_out::CsvOut;
pub use formats::{convert_row, is_predictionbook, predictionbook_rows, Fields, Layout};
pub use read::{
    column_key, line_too_long, read_csv, read_rows, same_column, InputFormat, LineLimit, RawRow,
    Words, IMPORT_WORDS, MAX_LINE,
};
pub use record::{
    join_tags, parse_row, records_csv, split_tags, write_csv_row, ExportRecord, FieldMap,
    ImportRow, RowScratch, KNOWN_FIELDS, REQUIRED_FIELDS,
};
