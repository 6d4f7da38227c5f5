//! Statement parameters sent with their PostgreSQL types, so that a one-shot statement costs
//! one round trip: `query_typed` (and `execute_typed`) send Parse, Bind, Execute and Sync
//! together on the unnamed statement, where `query` waits for the server to prepare the
//! statement (and name its parameters' types), then runs it, then closes it.
//!
//! `p(&value)` pairs a value with the type its Rust type stands for (`i64` is `int8`,
//! `String` is `text`, `Vec<i64>` is `int8[]`, an `Option` its inner type), the type the
//! server inferred for every parameter when these statements were prepared: a value whose
//! Rust type did not match the inferred one was refused before anything was sent.

use postgres::types::{ToSql, Type};

/// A Rust type sent as a parameter, with the PostgreSQL type it is sent as.
pub(crate) trait Param: ToSql + Sync {
    const TYPE: Type;
}

macro_rules! param {
    ($($t:ty => $pg:ident),* $(,)?) => {
        $(impl Param for $t {
            const TYPE: Type = Type::$pg;
        })*
    };
}

param! {
    bool => BOOL,
    i32 => INT4,
    i64 => INT8,
    f64 => FLOAT8,
    String => TEXT,
    &str => TEXT,
    Vec<u8> => BYTEA,
    &[u8] => BYTEA,
    Vec<i32> => INT4_ARRAY,
    Vec<i64> => INT8_ARRAY,
    &[i64] => INT8_ARRAY,
    Vec<f64> => FLOAT8_ARRAY,
    Vec<String> => TEXT_ARRAY,
    Vec<&str> => TEXT_ARRAY,
    Vec<Vec<u8>> => BYTEA_ARRAY,
    Vec<&[u8]> => BYTEA_ARRAY,
    Vec<Option<&str>> => TEXT_ARRAY,
}

impl<T: Param> Param for Option<T> {
    const TYPE: Type = T::TYPE;
}

/// `value` as a typed parameter of `query_typed` and `execute_typed`.
pub(crate) fn p<T: Param>(value: &T) -> (&(dyn ToSql + Sync), Type) {
    (value, T::TYPE)
}
