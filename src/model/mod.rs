//! The ledger's vocabulary as types: probabilities, outcomes, stances, statuses and the
//! forecast records. No I/O here; parsing validates once so a value cannot be invalid.

pub mod casefold;
pub mod days;
pub mod names;
pub mod odds;
pub mod polarity;
mod probability;
mod record;

pub(crate) use probability::percent_text;
pub use probability::{format_percent, PlainNumber, Probability, ProbabilityBasis};
pub use record::{
    check_claim, check_text, printable_form, Forecast, ForecastRef, NewForecast, QuestionEvent,
    Resolution, Stance, Status,
};

use crate::error::{Error, Result};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// How a resolved forecast came out. `Void` is never scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    True,
    False,
    Void,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::True => "true",
            Outcome::False => "false",
            Outcome::Void => "void",
        }
    }

    /// Whether the question's event happened, as a forecast with this outcome and `stance`
    /// says (`against` claims the event's opposite); `None` for a void.
    pub fn event_happened(self, stance: Stance) -> Option<bool> {
        match self {
            Outcome::Void => None,
            o => Some((o == Outcome::True) == (stance == Stance::For)),
        }
    }

    /// The outcome of the opposite claim (stance `against` flips true and false).
    pub fn flipped(self) -> Self {
        match self {
            Outcome::True => Outcome::False,
            Outcome::False => Outcome::True,
            Outcome::Void => Outcome::Void,
        }
    }

    /// Reads the spellings people use in spreadsheets: `true/false/void`, `yes/no`, `1/0`, `1.0/0.0`.
    pub fn parse_loose(input: &str) -> Result<Self> {
        match input.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "y" | "1" | "1.0" => Ok(Outcome::True),
            "false" | "no" | "n" | "0" | "0.0" => Ok(Outcome::False),
            "void" | "annulled" | "ambiguous" | "n/a" => Ok(Outcome::Void),
            _ => Err(Error::invalid(
                format!("outcome `{input}`"),
                format!(
                    "expected true/false/void (or yes/no, 1/0){}",
                    names::did_you_mean_keyword(input, &["true", "false", "void", "yes", "no"])
                ),
            )),
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Outcome {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Outcome::parse_loose(s)
    }
}

/// Why a forecast was voided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VoidReason {
    /// The facts are unclear.
    Ambiguous,
    /// The question was ill-posed.
    Annulled,
    /// The forecast's condition did not hold.
    ConditionFalse,
}

impl VoidReason {
    pub fn as_str(self) -> &'static str {
        match self {
            VoidReason::Ambiguous => "ambiguous",
            VoidReason::Annulled => "annulled",
            VoidReason::ConditionFalse => "condition-false",
        }
    }
}

impl FromStr for VoidReason {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        // Any ASCII case (`Annulled` from a spreadsheet), as `--reason` reads it.
        match s.trim().to_ascii_lowercase().as_str() {
            "ambiguous" => Ok(VoidReason::Ambiguous),
            "annulled" => Ok(VoidReason::Annulled),
            "condition-false" => Ok(VoidReason::ConditionFalse),
            _ => Err(Error::invalid(
                format!("void reason `{s}`"),
                format!(
                    "expected ambiguous, annulled or condition-false{}",
                    names::did_you_mean_keyword(s, &["ambiguous", "annulled", "condition-false"])
                ),
            )),
        }
    }
}

impl fmt::Display for VoidReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
