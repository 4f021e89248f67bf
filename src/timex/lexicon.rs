//! The words the temporal tagger knows: months, weekdays, numbers and ordinals in words, calendar
//! units, seasons and the keywords that build or modify temporal expressions.

use crate::model::date::SubYear;

/// A calendar unit named in text ("day", "weeks", "quarter", "decades").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A weekend, Saturday and Sunday.
    Weekend,
    /// An ISO week.
    Week,
    /// Two weeks.
    Fortnight,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A season.
    Season,
    /// A calendar year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl Unit {
    /// Whether the unit is shorter than a day (the tagger keeps these only as durations).
    pub fn is_time_of_day(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// Keywords: function words and temporal words that are neither months, weekdays, numbers nor
/// units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kw {
    /// "a", "an".
    A,
    /// "about".
    About,
    /// "after".
    After,
    /// "ago".
    Ago,
    /// "ahead".
    Ahead,
    /// "and".
    And,
    /// "annually".
    Annually,
    /// "are".
    Are,
    /// "around", "approximately", "roughly".
    Around,
    /// "at".
    At,
    /// "back".
    Back,
    /// "before".
    Before,
    /// "beginning".
    Beginning,
    /// "between".
    Between,
    /// "by".
    By,
    /// "circa".
    Circa,
    /// "coming".
    Coming,
    /// "couple".
    Couple,
    /// "current".
    Current,
    /// "currently".
    Currently,
    /// "daily".
    Daily,
    /// "due".
    Due,
    /// "during".
    During,
    /// "each".
    Each,
    /// "early".
    Early,
    /// "earlier".
    Earlier,
    /// "end".
    End,
    /// "every".
    Every,
    /// "expected".
    Expected,
    /// "few".
    Few,
    /// "following".
    Following,
    /// "for".
    For,
    /// "from".
    From,
    /// "future".
    Future,
    /// "going".
    Going,
    /// "half".
    Half,
    /// "hence".
    Hence,
    /// "in".
    In,
    /// "is".
    Is,
    /// "last".
    Last,
    /// "late".
    Late,
    /// "lately".
    Lately,
    /// "later".
    Later,
    /// "ll".
    Ll,
    /// "many".
    Many,
    /// "mid".
    Mid,
    /// "middle".
    Middle,
    /// "moment".
    Moment,
    /// "monthly".
    Monthly,
    /// "morning", "afternoon", "evening", "night".
    Morning,
    /// "near".
    Near,
    /// "next".
    Next,
    /// "now".
    Now,
    /// "nowadays".
    Nowadays,
    /// "of".
    Of,
    /// "on".
    On,
    /// "over".
    Over,
    /// "past".
    Past,
    /// "plan", "plans", "planning".
    Plan,
    /// "present".
    Present,
    /// "previous", "preceding", "prior".
    Previous,
    /// "recent".
    Recent,
    /// "recently".
    Recently,
    /// "same".
    Same,
    /// "scheduled".
    Scheduled,
    /// "set".
    Set,
    /// "several".
    Several,
    /// "shall".
    Shall,
    /// "since".
    Since,
    /// "start".
    Start,
    /// "that".
    That,
    /// "the".
    The,
    /// "these".
    These,
    /// "this".
    This,
    /// "through", "thru", "throughout".
    Through,
    /// "till".
    Till,
    /// "to".
    To,
    /// "today".
    Today,
    /// "tomorrow".
    Tomorrow,
    /// "tonight".
    Tonight,
    /// "until".
    Until,
    /// "upcoming".
    Upcoming,
    /// "weekly".
    Weekly,
    /// "when".
    When,
    /// "will".
    Will,
    /// "within".
    Within,
    /// "yearly".
    Yearly,
    /// "yesterday".
    Yesterday,
    /// "ides".
    Ides,
    /// "ad".
    Ad,
    /// "bc", "bce".
    Bc,
    /// "christmas", "xmas".
    Christmas,
    /// "easter".
    Easter,
    /// "halloween".
    Halloween,
    /// "pentecost".
    Pentecost,
    /// "valentine", "valentines".
    Valentine,
    /// "thanksgiving".
    Thanksgiving,
    /// "election".
    Election,
    /// "new".
    New,
    /// "eve".
    Eve,
    /// "good".
    Good,
    /// "palm".
    Palm,
    /// "whit".
    Whit,
    /// "ash".
    Ash,
    /// "maundy".
    Maundy,
    /// "shrove".
    Shrove,
    /// "mardi".
    Mardi,
    /// "orthodox".
    Orthodox,
}

/// What a word is to the tagger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lex {
    /// Not a temporal word.
    Other,
    /// A month by its full name, 1 to 12.
    Month(u8),
    /// A month by an abbreviation ("Sept", "Jan"), 1 to 12.
    MonthAbbr(u8),
    /// A weekday by its full name, 0 (Monday) to 6 (Sunday).
    Weekday(u8),
    /// A weekday by an abbreviation ("Tue", "Thurs"), 0 (Monday) to 6 (Sunday).
    WeekdayAbbr(u8),
    /// A cardinal number in words ("two", "twelve", "ninety").
    Card(u32),
    /// An ordinal number in words ("first", "third", "twentieth").
    Ord(u32),
    /// A decade in words ("nineties" is 9).
    DecadeWord(u8),
    /// A calendar unit, singular or plural.
    Unit(Unit),
    /// A season.
    Season(SubYear),
    /// A keyword.
    Kw(Kw),
}

/// Classifies one word (ASCII letters; anything else is [`Lex::Other`]), ignoring case.
pub fn classify(word: &[u8]) -> Lex {
    const MAX: usize = 13;
    if word.len() > MAX || word.is_empty() {
        return Lex::Other;
    }
    let mut buf = [0u8; MAX];
    for (b, w) in buf.iter_mut().zip(word) {
        if !w.is_ascii_alphabetic() {
            return Lex::Other;
        }
        *b = w.to_ascii_lowercase();
    }
    let w = &buf[..word.len()];
    use self::Kw as K;
    use Lex::{
        Card, DecadeWord, Kw, Month, MonthAbbr, Ord, Other, Season, Unit, Weekday, WeekdayAbbr,
    };
    match w {
        b"january" => Month(1),
        b"february" => Month(2),
        b"march" => Month(3),
        b"april" => Month(4),
        b"may" => Month(5),
        b"june" => Month(6),
        b"july" => Month(7),
        b"august" => Month(8),
        b"september" => Month(9),
        b"october" => Month(10),
        b"november" => Month(11),
        b"december" => Month(12),
        b"jan" => MonthAbbr(1),
        b"feb" => MonthAbbr(2),
        b"mar" => MonthAbbr(3),
        b"apr" => MonthAbbr(4),
        b"jun" => MonthAbbr(6),
        b"jul" => MonthAbbr(7),
        b"aug" => MonthAbbr(8),
        b"sep" | b"sept" => MonthAbbr(9),
        b"oct" => MonthAbbr(10),
        b"nov" => MonthAbbr(11),
        b"dec" => MonthAbbr(12),
        b"monday" => Weekday(0),
        b"tuesday" => Weekday(1),
        b"wednesday" => Weekday(2),
        b"thursday" => Weekday(3),
        b"friday" => Weekday(4),
        b"saturday" => Weekday(5),
        b"sunday" => Weekday(6),
        b"mon" => WeekdayAbbr(0),
        b"tue" | b"tues" => WeekdayAbbr(1),
        b"wed" => WeekdayAbbr(2),
        b"thu" | b"thur" | b"thurs" => WeekdayAbbr(3),
        b"fri" => WeekdayAbbr(4),
        b"sat" => WeekdayAbbr(5),
        b"sun" => WeekdayAbbr(6),
        b"one" => Card(1),
        b"two" => Card(2),
        b"three" => Card(3),
        b"four" => Card(4),
        b"five" => Card(5),
        b"six" => Card(6),
        b"seven" => Card(7),
        b"eight" => Card(8),
        b"nine" => Card(9),
        b"ten" => Card(10),
        b"eleven" => Card(11),
        b"twelve" | b"dozen" => Card(12),
        b"thirteen" => Card(13),
        b"fourteen" => Card(14),
        b"fifteen" => Card(15),
        b"sixteen" => Card(16),
        b"seventeen" => Card(17),
        b"eighteen" => Card(18),
        b"nineteen" => Card(19),
        b"twenty" => Card(20),
        b"thirty" => Card(30),
        b"forty" => Card(40),
        b"fifty" => Card(50),
        b"sixty" => Card(60),
        b"seventy" => Card(70),
        b"eighty" => Card(80),
        b"ninety" => Card(90),
        b"hundred" => Card(100),
        b"first" => Ord(1),
        b"second" => Ord(2),
        b"third" => Ord(3),
        b"fourth" => Ord(4),
        b"fifth" => Ord(5),
        b"sixth" => Ord(6),
        b"seventh" => Ord(7),
        b"eighth" => Ord(8),
        b"ninth" => Ord(9),
        b"tenth" => Ord(10),
        b"eleventh" => Ord(11),
        b"twelfth" => Ord(12),
        b"thirteenth" => Ord(13),
        b"fourteenth" => Ord(14),
        b"fifteenth" => Ord(15),
        b"sixteenth" => Ord(16),
        b"seventeenth" => Ord(17),
        b"eighteenth" => Ord(18),
        b"nineteenth" => Ord(19),
        b"twentieth" => Ord(20),
        b"thirtieth" => Ord(30),
        b"twenties" => DecadeWord(2),
        b"thirties" => DecadeWord(3),
        b"forties" => DecadeWord(4),
        b"fifties" => DecadeWord(5),
        b"sixties" => DecadeWord(6),
        b"seventies" => DecadeWord(7),
        b"eighties" => DecadeWord(8),
        b"nineties" => DecadeWord(9),
        b"seconds" => Unit(self::Unit::Second),
        b"minute" | b"minutes" => Unit(self::Unit::Minute),
        b"hour" | b"hours" => Unit(self::Unit::Hour),
        b"day" | b"days" => Unit(self::Unit::Day),
        b"weekend" | b"weekends" => Unit(self::Unit::Weekend),
        b"week" | b"weeks" | b"wk" | b"wks" => Unit(self::Unit::Week),
        b"fortnight" | b"fortnights" => Unit(self::Unit::Fortnight),
        b"month" | b"months" => Unit(self::Unit::Month),
        b"quarter" | b"quarters" | b"qtr" | b"qtrs" => Unit(self::Unit::Quarter),
        b"season" | b"seasons" => Unit(self::Unit::Season),
        b"year" | b"years" | b"yr" | b"yrs" => Unit(self::Unit::Year),
        b"decade" | b"decades" => Unit(self::Unit::Decade),
        b"century" | b"centuries" => Unit(self::Unit::Century),
        b"spring" => Season(SubYear::Spring),
        b"summer" => Season(SubYear::Summer),
        b"autumn" | b"fall" => Season(SubYear::Autumn),
        b"winter" => Season(SubYear::Winter),
        b"a" | b"an" => Kw(K::A),
        b"about" => Kw(K::About),
        b"after" => Kw(K::After),
        b"ago" => Kw(K::Ago),
        b"ahead" => Kw(K::Ahead),
        b"and" => Kw(K::And),
        b"annually" => Kw(K::Annually),
        b"are" => Kw(K::Are),
        b"around" | b"approximately" | b"roughly" => Kw(K::Around),
        b"at" => Kw(K::At),
        b"back" => Kw(K::Back),
        b"before" => Kw(K::Before),
        b"beginning" => Kw(K::Beginning),
        b"between" => Kw(K::Between),
        b"by" => Kw(K::By),
        b"circa" => Kw(K::Circa),
        b"coming" => Kw(K::Coming),
        b"couple" => Kw(K::Couple),
        b"current" => Kw(K::Current),
        b"currently" => Kw(K::Currently),
        b"daily" => Kw(K::Daily),
        b"due" => Kw(K::Due),
        b"during" => Kw(K::During),
        b"each" => Kw(K::Each),
        b"early" => Kw(K::Early),
        b"earlier" => Kw(K::Earlier),
        b"end" => Kw(K::End),
        b"every" => Kw(K::Every),
        b"expected" => Kw(K::Expected),
        b"few" => Kw(K::Few),
        b"following" => Kw(K::Following),
        b"for" => Kw(K::For),
        b"from" => Kw(K::From),
        b"future" => Kw(K::Future),
        b"going" => Kw(K::Going),
        b"half" => Kw(K::Half),
        b"hence" => Kw(K::Hence),
        b"in" => Kw(K::In),
        b"is" => Kw(K::Is),
        b"last" => Kw(K::Last),
        b"late" => Kw(K::Late),
        b"lately" => Kw(K::Lately),
        b"later" => Kw(K::Later),
        b"ll" => Kw(K::Ll),
        b"many" => Kw(K::Many),
        b"mid" => Kw(K::Mid),
        b"middle" => Kw(K::Middle),
        b"moment" => Kw(K::Moment),
        b"monthly" => Kw(K::Monthly),
        b"morning" | b"afternoon" | b"evening" | b"night" => Kw(K::Morning),
        b"near" => Kw(K::Near),
        b"next" => Kw(K::Next),
        b"now" => Kw(K::Now),
        b"nowadays" => Kw(K::Nowadays),
        b"of" => Kw(K::Of),
        b"on" => Kw(K::On),
        b"over" => Kw(K::Over),
        b"past" => Kw(K::Past),
        b"plan" | b"plans" | b"planning" => Kw(K::Plan),
        b"present" => Kw(K::Present),
        b"previous" | b"preceding" | b"prior" => Kw(K::Previous),
        b"recent" => Kw(K::Recent),
        b"recently" => Kw(K::Recently),
        b"same" => Kw(K::Same),
        b"scheduled" => Kw(K::Scheduled),
        b"set" => Kw(K::Set),
        b"several" => Kw(K::Several),
        b"shall" => Kw(K::Shall),
        b"since" => Kw(K::Since),
        b"start" => Kw(K::Start),
        b"that" => Kw(K::That),
        b"the" => Kw(K::The),
        b"these" => Kw(K::These),
        b"this" => Kw(K::This),
        b"through" | b"thru" | b"throughout" => Kw(K::Through),
        b"till" => Kw(K::Till),
        b"to" => Kw(K::To),
        b"today" => Kw(K::Today),
        b"tomorrow" => Kw(K::Tomorrow),
        b"tonight" => Kw(K::Tonight),
        b"until" => Kw(K::Until),
        b"upcoming" => Kw(K::Upcoming),
        b"weekly" => Kw(K::Weekly),
        b"when" => Kw(K::When),
        b"will" => Kw(K::Will),
        b"within" => Kw(K::Within),
        b"yearly" => Kw(K::Yearly),
        b"yesterday" => Kw(K::Yesterday),
        b"ides" => Kw(K::Ides),
        b"ad" => Kw(K::Ad),
        b"bc" | b"bce" => Kw(K::Bc),
        b"christmas" | b"xmas" => Kw(K::Christmas),
        b"easter" => Kw(K::Easter),
        b"halloween" => Kw(K::Halloween),
        b"pentecost" => Kw(K::Pentecost),
        b"valentine" | b"valentines" => Kw(K::Valentine),
        b"thanksgiving" => Kw(K::Thanksgiving),
        b"election" => Kw(K::Election),
        b"new" => Kw(K::New),
        b"eve" => Kw(K::Eve),
        b"good" => Kw(K::Good),
        b"palm" => Kw(K::Palm),
        b"whit" => Kw(K::Whit),
        b"ash" => Kw(K::Ash),
        b"maundy" => Kw(K::Maundy),
        b"shrove" => Kw(K::Shrove),
        b"mardi" => Kw(K::Mardi),
        b"orthodox" => Kw(K::Orthodox),
        _ => Other,
    }
}

/// The ordinal suffixes written after digits: "1st", "2nd", "3rd", "4th".
pub fn is_ordinal_suffix(word: &[u8]) -> bool {
    matches!(
        word,
        b"st" | b"nd" | b"rd" | b"th" | b"ST" | b"ND" | b"RD" | b"TH" | b"d"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_case_insensitively() {
        assert_eq!(classify(b"September"), Lex::Month(9));
        assert_eq!(classify(b"SEPT"), Lex::MonthAbbr(9));
        assert_eq!(classify(b"thursday"), Lex::Weekday(3));
        assert_eq!(classify(b"Thurs"), Lex::WeekdayAbbr(3));
        assert_eq!(classify(b"twelve"), Lex::Card(12));
        assert_eq!(classify(b"twentieth"), Lex::Ord(20));
        assert_eq!(classify(b"weeks"), Lex::Unit(Unit::Week));
        assert_eq!(classify(b"Fall"), Lex::Season(SubYear::Autumn));
        assert_eq!(classify(b"approximately"), Lex::Kw(Kw::Around));
        assert_eq!(classify(b"counterinsurgency"), Lex::Other);
        assert_eq!(classify(b""), Lex::Other);
        assert_eq!(classify("d\u{e9}j\u{e0}".as_bytes()), Lex::Other);
    }
}
