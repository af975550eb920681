//! Calendar dates of the documents and facts: a resolution's adoption, a
//! mandate's end. A small proleptic-Gregorian [`Date`] that orders, prints
//! and serialises as ISO 8601 (`2020-06-29`), so JSON and snapshots read as
//! they always did.
//!
//! ```
//! use unxref::date::Date;
//! let mut dates: Vec<Date> = ["2021-06-30", "2013-04-25"].iter().map(|d| d.parse().unwrap()).collect();
//! dates.sort();
//! assert_eq!(dates[0].to_string(), "2013-04-25");
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// The English month names, January first, as UN texts write dates
/// ("25 April 2013").
///
/// ```
/// assert_eq!(unxref::date::MONTH_NAMES[3], "April");
/// ```
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar day. Ordered by year, then month, then day; printed, parsed
/// and serialised as ISO 8601 (`YYYY-MM-DD`).
///
/// # Examples
///
/// ```
/// use unxref::Date;
/// let adopted: Date = "2020-06-29".parse()?;
/// assert_eq!((adopted.year(), adopted.month(), adopted.day()), (2020, 6, 29));
/// assert_eq!(adopted.to_string(), "2020-06-29");
/// assert!(adopted < Date::new(2021, 6, 30)?);
/// assert!("2021-02-30".parse::<Date>().is_err());
/// # Ok::<(), unxref::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text or three numbers are not a [`Date`].
///
/// # Examples
///
/// ```
/// use unxref::{Date, DateError};
/// assert!(matches!("29 June 2020".parse::<Date>(), Err(DateError::Format(_))));
/// assert!(matches!(Date::new(2020, 13, 1), Err(DateError::OutOfRange { .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DateError {
    /// The text is not `YYYY-MM-DD` (`"29 June 2020"`, `"2020-6-29"`).
    #[error("{0:?} is not an ISO date (YYYY-MM-DD)")]
    Format(String),
    /// No such day: month 13, 30 February, year 0 or beyond 9999.
    #[error("{year:04}-{month:02}-{day:02} is not a day of the calendar")]
    OutOfRange {
        /// The year given.
        year: i32,
        /// The month given.
        month: u32,
        /// The day given.
        day: u32,
    },
}

impl Date {
    /// The day `year-month-day`, if the calendar has it (years 1 to 9999).
    ///
    /// ```
    /// use unxref::Date;
    /// assert!(Date::new(2024, 2, 29).is_ok());
    /// assert!(Date::new(2023, 2, 29).is_err());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        let bad = || DateError::OutOfRange { year, month, day };
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(bad());
        }
        Ok(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year (`2020`).
    ///
    /// ```
    /// assert_eq!("2020-06-29".parse::<unxref::Date>().unwrap().year(), 2020);
    /// ```
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// assert_eq!("2020-06-29".parse::<unxref::Date>().unwrap().month(), 6);
    /// ```
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// assert_eq!("2020-06-29".parse::<unxref::Date>().unwrap().day(), 29);
    /// ```
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let bad = || DateError::Format(s.to_string());
        let b = s.as_bytes();
        if !s.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_calendar_not_by_text_length() {
        let a: Date = "1999-12-31".parse().unwrap();
        let b: Date = "2000-01-01".parse().unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "1999-12-31");
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for bad in [
            "2020-00-10",
            "2020-04-31",
            "1900-02-29",
            "0000-01-01",
            "2020-1-01",
            "2020/01/01",
            "２０２０-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("2000-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn serialises_as_the_iso_string() {
        let d: Date = "2021-06-30".parse().unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2021-06-30\"");
        let back: Date = serde_json::from_str("\"2021-06-30\"").unwrap();
        assert_eq!(back, d);
        let bytes = postcard::to_allocvec(&Some(d)).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&Some("2021-06-30")).unwrap());
        assert!(serde_json::from_str::<Date>("\"30 June 2021\"").is_err());
    }
}
