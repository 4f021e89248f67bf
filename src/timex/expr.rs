//! Underspecified temporal expressions: what the finder read in the text, before the resolver
//! fixes it against the publication date or the last date mentioned.

use chrono::Weekday;

use super::lexicon::Unit;
use crate::model::date::SubYear;

/// Which date a relative expression counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// The publication date (deictic: "yesterday", "last week", "three days ago").
    Anchor,
    /// The last date resolved in the text (anaphoric: "two days later", "that day").
    Reference,
}

/// What the words around an expression say of its time, for placing a date without a year or a
/// bare weekday (see `docs/timex.md`, "Direction").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tense {
    /// Nothing decides: the news rule (the most recent one).
    #[default]
    None,
    /// A past-tense or perfect verb: the most recent one.
    Past,
    /// A present-tense verb ("is", "are", "has"): a year-less date or month is the nearer of
    /// the last and the next; a weekday follows the news rule.
    Present,
    /// "until" or "till" before it and no future cue: a limit, the nearer of the last and the
    /// next, a weekday included.
    Limit,
    /// A future cue ("will", "would", "is expected to", "plans to", "going to", a modal, "is
    /// meeting"): the first one on or after the publication date.
    Future,
}

/// Which part of a range with two written ends a mention stands for: TimeML tags "from 1991
/// to 1997" as two expressions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Piece {
    /// The whole expression.
    #[default]
    Whole,
    /// The first end of a range: its own value, and the whole interval as its span.
    First,
    /// The second end of a range: its own value and span.
    Second,
}

/// A modifier in front of a weekday, month or season.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    /// No modifier, or "this": the news rule applies.
    Bare,
    /// "last", "previous", "past": strictly before the publication date.
    Last,
    /// "next": in the following week (weekdays) or strictly after (months, seasons).
    Next,
    /// "coming", "upcoming": the first one strictly after the publication date.
    Coming,
}

/// A calendar date with the fields the text gives; a missing year is resolved by the news rule.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cal {
    /// The year, when written.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: Option<u32>,
    /// The day of the month, 1 to 31.
    pub day: Option<u32>,
    /// A weekday written next to the date ("Monday, Feb. 18").
    pub weekday: Option<Weekday>,
}

/// The part of a unit an expression narrows to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// "early", "the beginning of", "the start of".
    Early,
    /// "mid", "the middle of".
    Mid,
    /// "late", "the end of".
    Late,
    /// "earlier this ...": from the start of the unit to the pivot day.
    Earlier,
    /// "later this ...": from the pivot day to the end of the unit.
    Later,
}

/// The vague references of TIMEX3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vague {
    /// "recently", "in the past", "in recent years": `PAST_REF`.
    Past,
    /// "now", "currently", "at present": `PRESENT_REF`.
    Present,
    /// "in the future", "in the coming months": `FUTURE_REF`.
    Future,
}

/// What a year-less quarter, half or season is tied to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearRef {
    /// A written year ("the third quarter of 2018").
    Known(i32),
    /// A year counted from an anchor ("the first half of next year", "of the year").
    Shift(Base, i64),
    /// No year: the news rule applies.
    Missing,
}

/// A named day: a fixed-date holiday or a feast counted from Easter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feast {
    /// A fixed day of the Gregorian calendar (Christmas: December 25).
    Fixed {
        /// The month.
        month: u32,
        /// The day.
        day: u32,
    },
    /// Days after (negative: before) Western Easter Sunday (Good Friday: -2).
    Easter(i16),
    /// Days after Orthodox Easter Sunday, in the Gregorian calendar.
    OrthodoxEaster(i16),
    /// US Thanksgiving, the fourth Thursday of November.
    Thanksgiving,
    /// US Election Day, the Tuesday after the first Monday of November.
    ElectionDay,
}

/// A part of a day (TIMEX3 `TMO`, `TAF`, `TEV`, `TNI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    /// "morning": `TMO`.
    Morning,
    /// "afternoon": `TAF`.
    Afternoon,
    /// "evening": `TEV`.
    Evening,
    /// "night": `TNI`.
    Night,
}

impl DayPart {
    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// A repeated time (TIMEX3 `SET`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Every {
    /// Every unit ("daily", "every week", "each year").
    Unit(Unit),
    /// Every given weekday ("every Monday").
    Weekday(Weekday),
}

/// An underspecified temporal expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A calendar date, month or year, possibly without its year.
    Date(Cal),
    /// A weekday with its modifier.
    Weekday(Weekday, Rel),
    /// A weekday in a week counted from the publication week ("Monday of next week").
    WeekdayOfWeek(Weekday, i64),
    /// A named month with a modifier ("last January", "next March").
    MonthRel(u32, Rel),
    /// A season with a modifier ("last summer", "this winter", "next spring").
    SeasonRel(SubYear, Rel),
    /// A quarter, half or season of a year.
    Part(SubYear, YearRef),
    /// A unit counted from a base: `n` units after (negative: before) it.
    Shift {
        /// The unit.
        unit: Unit,
        /// How many units, negative for the past.
        n: i64,
        /// What it counts from.
        base: Base,
    },
    /// A decade by its first three digits (199), or by two (90 from "the '90s", resolved to the
    /// most recent such decade that has ended).
    Decade {
        /// The digits.
        value: i32,
        /// Whether only two digits were written.
        short: bool,
    },
    /// A century by its first two digits (19 is 1900-1999).
    Century(i32),
    /// Part of a unit: "late September", "mid-2019", "earlier this month".
    Edge(Edge, Box<Expr>),
    /// "since ...": from the date on, open-ended.
    Since(Box<Expr>),
    /// "until ...", "through ...": up to and including the date.
    Until(Box<Expr>),
    /// "from ... to ...", "between ... and ...", "July 13-15".
    Range(Box<Expr>, Box<Expr>),
    /// "around 2010", "about mid-March": the same date, approximate.
    Approx(Box<Expr>),
    /// A vague reference.
    Vague(Vague),
    /// A duration; `None` when the count is vague ("several days").
    Duration(Option<u64>, Unit),
    /// A count and a half of a unit: "5 1/2 hours" (`PT5H30M`), "a minute and a half".
    DurationHalf(u64, Unit),
    /// A duration placed next to the publication date: "the past three days" (`dir` -1),
    /// "the next two weeks" (`dir` 1).
    Stretch {
        /// How many units.
        n: u64,
        /// The unit.
        unit: Unit,
        /// -1 for the past, 1 for the future.
        dir: i8,
    },
    /// A set.
    Set(Every),
    /// "the weekend" without a modifier: the most recent one (news rule).
    WeekendBare,
    /// The nth weekday of a month ("the first Tuesday of October"); `n` is -1 for "last".
    NthWeekday {
        /// 1 to 5, or -1 for the last.
        n: i8,
        /// The weekday.
        weekday: Weekday,
        /// The month (an expression that resolves to one month).
        month: Box<Expr>,
    },
    /// The ISO week that holds a day ("the week of October 7").
    WeekOf(Box<Expr>),
    /// A day counted from a day the text names ("the day before last Tuesday", "the day after
    /// Christmas"): the number of days, negative before.
    DayFrom(i64, Box<Expr>),
    /// A holiday, with a written or relative year, or none (the news rule applies).
    Feast(Feast, YearRef, Rel),
    /// A time of day ("9 a.m. Tuesday", "noon", "4 in the morning") on a day the text names,
    /// or else on the last day resolved (the publication date at first).
    Clock {
        /// The day, when written next to the time.
        day: Option<Box<Expr>>,
        /// The hour, 0 to 24 (24 is midnight at the end of the day).
        hour: u32,
        /// The minute.
        minute: u32,
    },
    /// A part of a day ("Wednesday night", "this evening", "that morning").
    DayPart(Box<Expr>, DayPart),
}
