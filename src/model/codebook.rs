//! The CAMEO event codebook (every code with its name, root, Goldstein score and quad class) and
//! each code's PLOVER event type, embedded in the binary from `src/model/data/cameo.csv`.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The embedded table; see `docs/codebook.md` for how it is derived.
const TABLE: &str = include_str!("data/cameo.csv");

/// The columns of the embedded table, which `casus codebook` prints.
pub const COLUMNS: [&str; 8] = [
    "code",
    "name",
    "root",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "plover_context",
];

/// The four quad classes of CAMEO roots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuadClass {
    /// 1: roots 01-05.
    VerbalCooperation = 1,
    /// 2: roots 06-09.
    MaterialCooperation = 2,
    /// 3: roots 10-14.
    VerbalConflict = 3,
    /// 4: roots 15-20.
    MaterialConflict = 4,
}

impl QuadClass {
    /// The quad class of a root code (1 to 20).
    pub fn of_root(root: u8) -> Option<QuadClass> {
        Some(match root {
            1..=5 => QuadClass::VerbalCooperation,
            6..=9 => QuadClass::MaterialCooperation,
            10..=14 => QuadClass::VerbalConflict,
            15..=20 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    /// The quad class numbered 1 to 4.
    pub fn from_number(n: u8) -> Option<QuadClass> {
        Some(match n {
            1 => QuadClass::VerbalCooperation,
            2 => QuadClass::MaterialCooperation,
            3 => QuadClass::VerbalConflict,
            4 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    /// 1 to 4.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// "verbal cooperation", ...
    pub fn label(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal cooperation",
            QuadClass::MaterialCooperation => "material cooperation",
            QuadClass::VerbalConflict => "verbal conflict",
            QuadClass::MaterialConflict => "material conflict",
        }
    }

    /// Whether the class is cooperative (1 or 2).
    pub fn is_cooperation(self) -> bool {
        matches!(
            self,
            QuadClass::VerbalCooperation | QuadClass::MaterialCooperation
        )
    }

    /// Whether the class is verbal (1 or 3).
    pub fn is_verbal(self) -> bool {
        matches!(
            self,
            QuadClass::VerbalCooperation | QuadClass::VerbalConflict
        )
    }
}

impl fmt::Display for QuadClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

/// One CAMEO event type.
#[derive(Debug, PartialEq)]
pub struct EventType {
    /// The CAMEO code, two to four digits (`02`, `020`, `0211`).
    pub code: String,
    /// The codebook's name ("Make an appeal or request").
    pub name: String,
    /// The root code, two digits (`02`).
    pub root: String,
    /// The Goldstein conflict-cooperation score, -10 to +10.
    pub goldstein: f64,
    /// The quad class of the root.
    pub quad_class: QuadClass,
    /// The PLOVER event type (`AGREE`, `CONSULT`, ...), when the CAMEO-to-PLOVER table maps it.
    pub plover: Option<String>,
    /// The PLOVER mode, when given.
    pub plover_mode: Option<String>,
    /// The PLOVER context, when given.
    pub plover_context: Option<String>,
}

impl EventType {
    /// The root as a number, 1 to 20.
    pub fn root_number(&self) -> u8 {
        self.root.parse().unwrap_or(0)
    }
}

/// The whole codebook, by code, plus the short names curated files may use.
pub struct Codebook {
    types: Vec<EventType>,
    by_code: rustc_hash::FxHashMap<String, usize>,
    short: HashMap<&'static str, &'static str>,
}

/// Short names for the event types curators write most, to their CAMEO codes. `docs/codebook.md`
/// lists them (a unit test keeps the two in step); where British and American spellings differ,
/// both are here.
pub const SHORT_NAMES: &[(&str, &str)] = &[
    ("statement", "010"),
    ("comment", "010"),
    ("appeal", "020"),
    ("call", "020"),
    ("urge", "020"),
    ("intend", "030"),
    ("pledge", "030"),
    ("agree", "030"),
    ("consult", "040"),
    ("phone", "041"),
    ("visit", "042"),
    ("host", "043"),
    ("meet", "040"),
    ("mediate", "045"),
    ("negotiate", "046"),
    ("cooperate", "050"),
    ("praise", "051"),
    ("support", "051"),
    ("recognise", "054"),
    ("recognize", "054"),
    ("apologise", "055"),
    ("apologize", "055"),
    ("sign", "057"),
    ("aid", "070"),
    ("military_aid", "072"),
    ("supply_weapons", "072"),
    ("humanitarian_aid", "073"),
    ("peacekeeping", "074"),
    ("yield", "080"),
    ("ceasefire", "0871"),
    ("withdraw", "0874"),
    ("demobilise", "0873"),
    ("demobilize", "0873"),
    ("investigate", "090"),
    ("demand", "100"),
    ("disapprove", "110"),
    ("criticise", "111"),
    ("criticize", "111"),
    ("condemn", "111"),
    ("accuse", "112"),
    ("reject", "120"),
    ("veto", "129"),
    ("threaten", "130"),
    ("ultimatum", "139"),
    ("protest", "140"),
    ("posture", "150"),
    ("mobilise", "154"),
    ("mobilize", "154"),
    ("deploy", "150"),
    ("reduce_relations", "160"),
    ("sanction", "163"),
    ("expel", "166"),
    ("coerce", "170"),
    ("arrest", "173"),
    ("assault", "180"),
    ("fight", "190"),
    ("clash", "190"),
    ("shell", "194"),
    ("airstrike", "195"),
    ("violate_ceasefire", "196"),
    ("occupy", "192"),
    ("mass_violence", "200"),
];

static CODEBOOK: OnceLock<Codebook> = OnceLock::new();

impl Codebook {
    /// The embedded CAMEO codebook.
    pub fn get() -> &'static Codebook {
        CODEBOOK.get_or_init(|| Codebook::parse(TABLE).expect("the embedded codebook is valid"))
    }

    fn parse(table: &str) -> Result<Codebook, String> {
        let mut reader = csv::Reader::from_reader(table.as_bytes());
        let mut types = Vec::new();
        for (i, row) in reader.records().enumerate() {
            let row = row.map_err(|e| format!("row {}: {e}", i + 2))?;
            let field = |n: usize| row.get(n).unwrap_or("").to_string();
            let opt = |n: usize| Some(field(n)).filter(|s| !s.is_empty());
            let quad: u8 = field(4)
                .parse()
                .map_err(|_| format!("row {}: quad", i + 2))?;
            types.push(EventType {
                code: field(0),
                name: field(1),
                root: field(2),
                goldstein: field(3)
                    .parse()
                    .map_err(|_| format!("row {}: goldstein", i + 2))?,
                quad_class: QuadClass::from_number(quad).ok_or("quad class")?,
                plover: opt(5),
                plover_mode: opt(6),
                plover_context: opt(7),
            });
        }
        let by_code = types
            .iter()
            .enumerate()
            .map(|(i, t)| (t.code.clone(), i))
            .collect();
        let short = SHORT_NAMES.iter().copied().collect();
        Ok(Codebook {
            types,
            by_code,
            short,
        })
    }

    /// The event type with this CAMEO code.
    pub fn code(&self, code: &str) -> Option<&EventType> {
        self.by_code.get(code.trim()).map(|&i| &self.types[i])
    }

    /// The event type for a CAMEO code or a short name (`appeal`, `demand`, `fight`, ...).
    pub fn lookup(&self, code_or_name: &str) -> Option<&EventType> {
        let key = code_or_name.trim();
        self.code(key).or_else(|| {
            let lower = key.to_ascii_lowercase().replace([' ', '-'], "_");
            self.short.get(lower.as_str()).and_then(|c| self.code(c))
        })
    }

    /// The closest short name or code to a string that is neither, for hints.
    pub fn suggest(&self, text: &str) -> Option<&'static str> {
        let lower = text.trim().to_ascii_lowercase();
        SHORT_NAMES
            .iter()
            .map(|(n, _)| (crate::diag::similarity(&lower, n), *n))
            .filter(|(s, _)| *s >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)))
            .map(|(_, n)| n)
    }

    /// Every event type, in code order.
    pub fn iter(&self) -> impl Iterator<Item = &EventType> {
        self.types.iter()
    }

    /// The event type of demanding the act `code` of someone: "X must release the prisoners" is
    /// "Demand release of persons or property" (1053), "X must hold talks" 106; an act the table
    /// does not name (a statement, a fight) is "Demand" (100).
    pub fn demand_of(&self, code: &str) -> &EventType {
        DEMANDS
            .iter()
            .filter(|(act, _)| code.starts_with(act))
            .max_by_key(|(act, _)| act.len())
            .and_then(|(_, demand)| self.code(demand))
            .or_else(|| self.code("100"))
            .expect("the codebook has 100")
    }

    /// The event type of announcing the act `code` rather than doing it: "will give aid" is
    /// "Express intent to provide material aid" (033), "will attack" is "Threaten with military
    /// force" (138), as CAMEO codes a future commitment (its note on 032 and 0331: "the future
    /// tense used in the lead indicates future commitment"). `None` for acts that are already
    /// words (statements, appeals, intents, demands, disapproval, rejection, threats) and for
    /// investigations, which have no intent code.
    pub fn intent_of(&self, code: &str) -> Option<&EventType> {
        INTENTS
            .iter()
            .filter(|(act, _)| code.starts_with(act))
            .max_by_key(|(act, _)| act.len())
            .and_then(|(_, intent)| self.code(intent))
    }
}

/// Acts (a code prefix, the longest wins) and the CAMEO code of demanding them of the target;
/// any other act demanded is 100.
const DEMANDS: &[(&str, &str)] = &[
    ("04", "106"),
    ("045", "108"),
    ("05", "102"),
    ("057", "107"),
    ("06", "101"),
    ("061", "1011"),
    ("062", "1012"),
    ("063", "1013"),
    ("064", "1014"),
    ("07", "103"),
    ("071", "1031"),
    ("072", "1032"),
    ("073", "1033"),
    ("074", "1034"),
    ("08", "105"),
    ("081", "1051"),
    ("082", "1052"),
    ("083", "104"),
    ("0831", "1041"),
    ("0832", "1042"),
    ("0833", "1043"),
    ("0834", "1044"),
    ("084", "1053"),
    ("085", "1054"),
    ("086", "1055"),
    ("087", "1056"),
];

/// Acts (a code prefix, the longest wins) and the CAMEO code of announcing them: the
/// cooperative ones under 03 (express intent), the hostile ones under 13 (threaten), each to
/// the sub-code the codebook gives the same kind of act.
const INTENTS: &[(&str, &str)] = &[
    ("04", "036"),
    ("045", "039"),
    ("05", "032"),
    ("06", "031"),
    ("061", "0311"),
    ("062", "0312"),
    ("063", "0313"),
    ("064", "0314"),
    ("07", "033"),
    ("071", "0331"),
    ("072", "0332"),
    ("073", "0333"),
    ("074", "0334"),
    ("08", "035"),
    ("081", "0351"),
    ("082", "0352"),
    ("083", "034"),
    ("0831", "0341"),
    ("0832", "0342"),
    ("0833", "0343"),
    ("0834", "0344"),
    ("084", "0353"),
    ("085", "0354"),
    ("086", "0355"),
    ("087", "0356"),
    ("14", "133"),
    ("15", "138"),
    ("16", "131"),
    ("161", "1313"),
    ("162", "1311"),
    ("163", "1312"),
    ("164", "134"),
    ("165", "135"),
    ("166", "136"),
    ("17", "137"),
    ("172", "132"),
    ("1721", "1321"),
    ("1722", "1322"),
    ("1723", "1323"),
    ("1724", "1324"),
    ("18", "1383"),
    ("19", "138"),
    ("191", "1381"),
    ("192", "1382"),
    ("193", "1384"),
    ("194", "1384"),
    ("195", "1384"),
    ("196", "1384"),
    ("20", "138"),
    ("204", "1385"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demanding_an_act_has_the_sub_code_of_its_kind() {
        let book = Codebook::get();
        let demand = |c: &str| book.demand_of(c).code.as_str();
        assert_eq!(demand("0841"), "1053");
        assert_eq!(demand("046"), "106");
        assert_eq!(demand("045"), "108");
        assert_eq!(demand("0833"), "1043");
        assert_eq!(demand("073"), "1033");
        assert_eq!(demand("190"), "100");
        assert_eq!(demand("010"), "100");
        for (_, to) in DEMANDS {
            assert_eq!(book.code(to).expect("a code of the codebook").root, "10");
        }
    }

    #[test]
    fn announcing_an_act_is_an_intent_or_a_threat() {
        let book = Codebook::get();
        let intent = |c: &str| book.intent_of(c).map(|t| t.code.as_str());
        assert_eq!(intent("071"), Some("0331"));
        assert_eq!(intent("0842"), Some("0353"));
        assert_eq!(intent("0831"), Some("0341"));
        assert_eq!(intent("042"), Some("036"));
        assert_eq!(intent("057"), Some("032"));
        assert_eq!(intent("190"), Some("138"));
        assert_eq!(intent("195"), Some("1384"));
        assert_eq!(intent("1623"), Some("1311"));
        assert_eq!(intent("204"), Some("1385"));
        for words in ["010", "020", "030", "100", "111", "120", "130", "090"] {
            assert_eq!(intent(words), None, "{words}");
        }
        // Every target of the table is a code of the codebook, and announcing keeps the side.
        for (act, to) in INTENTS {
            let to = book.code(to).expect("an intent code of the codebook");
            let act = book
                .code(&format!("{act}0"))
                .or(book.code(act))
                .expect("an act");
            assert_eq!(
                act.quad_class.is_cooperation(),
                to.quad_class.is_cooperation()
            );
        }
    }

    /// The root each short name's meaning belongs to, judged from the word, not from its code.
    const EXPECTED_ROOTS: &[(&str, u8)] = &[
        ("statement", 1),
        ("comment", 1),
        ("appeal", 2),
        ("call", 2),
        ("urge", 2),
        ("intend", 3),
        ("pledge", 3),
        ("agree", 3),
        ("consult", 4),
        ("phone", 4),
        ("visit", 4),
        ("host", 4),
        ("meet", 4),
        ("mediate", 4),
        ("negotiate", 4),
        ("cooperate", 5),
        ("praise", 5),
        ("support", 5),
        ("recognise", 5),
        ("recognize", 5),
        ("apologise", 5),
        ("apologize", 5),
        ("sign", 5),
        ("aid", 7),
        ("military_aid", 7),
        ("supply_weapons", 7),
        ("humanitarian_aid", 7),
        ("peacekeeping", 7),
        ("yield", 8),
        ("ceasefire", 8),
        ("withdraw", 8),
        ("demobilise", 8),
        ("demobilize", 8),
        ("investigate", 9),
        ("demand", 10),
        ("disapprove", 11),
        ("criticise", 11),
        ("criticize", 11),
        ("condemn", 11),
        ("accuse", 11),
        ("reject", 12),
        ("veto", 12),
        ("threaten", 13),
        ("ultimatum", 13),
        ("protest", 14),
        ("posture", 15),
        ("mobilise", 15),
        ("mobilize", 15),
        ("deploy", 15),
        ("reduce_relations", 16),
        ("sanction", 16),
        ("expel", 16),
        ("coerce", 17),
        ("arrest", 17),
        ("assault", 18),
        ("fight", 19),
        ("clash", 19),
        ("shell", 19),
        ("airstrike", 19),
        ("violate_ceasefire", 19),
        ("occupy", 19),
        ("mass_violence", 20),
    ];

    #[test]
    fn counts_codes_and_roots() {
        let codebook = Codebook::get();
        assert_eq!(codebook.iter().count(), 312);
        let roots: Vec<&str> = codebook
            .iter()
            .filter(|t| t.code.len() == 2)
            .map(|t| t.code.as_str())
            .collect();
        let expected: Vec<String> = (1..=20).map(|n| format!("{n:02}")).collect();
        assert_eq!(roots, expected);
        // Each root has its residual "NN0" code as well.
        for root in &expected {
            assert!(codebook.code(&format!("{root}0")).is_some(), "{root}0");
        }
    }

    #[test]
    fn rows_are_consistent() {
        let codebook = Codebook::get();
        let codes: Vec<&str> = codebook.iter().map(|t| t.code.as_str()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "codes are unique and in code order");
        for t in codebook.iter() {
            assert!((2..=4).contains(&t.code.len()), "{}", t.code);
            assert!(t.code.bytes().all(|b| b.is_ascii_digit()), "{}", t.code);
            assert_eq!(t.root, t.code[..2], "{}", t.code);
            assert_eq!(QuadClass::of_root(t.root_number()), Some(t.quad_class));
            assert!((-10.0..=10.0).contains(&t.goldstein), "{}", t.code);
            assert!(!t.name.is_empty() && !t.name.contains('\u{FFFD}'));
            // A mode or context only comes with a type.
            if t.plover.is_none() {
                assert_eq!((&t.plover_mode, &t.plover_context), (&None, &None));
            }
        }
    }

    #[test]
    fn quad_class_boundaries() {
        let of = |r| QuadClass::of_root(r).map(QuadClass::number);
        assert_eq!(of(0), None);
        assert_eq!((of(1), of(5)), (Some(1), Some(1)));
        assert_eq!((of(6), of(9)), (Some(2), Some(2)));
        assert_eq!((of(10), of(14)), (Some(3), Some(3)));
        assert_eq!((of(15), of(20)), (Some(4), Some(4)));
        assert_eq!(of(21), None);
        for n in 1..=4 {
            assert_eq!(QuadClass::from_number(n).map(QuadClass::number), Some(n));
        }
        assert!(QuadClass::VerbalCooperation.is_cooperation());
        assert!(QuadClass::VerbalConflict.is_verbal());
        assert!(!QuadClass::MaterialConflict.is_cooperation());
        assert!(!QuadClass::MaterialCooperation.is_verbal());
    }

    #[test]
    fn known_rows() {
        let codebook = Codebook::get();
        let ceasefire = codebook.code("0871").unwrap();
        assert_eq!(ceasefire.name, "Declare truce, ceasefire");
        assert_eq!(ceasefire.root, "08");
        assert_eq!(ceasefire.goldstein, 9.0);
        assert_eq!(ceasefire.quad_class, QuadClass::MaterialCooperation);
        assert_eq!(ceasefire.plover.as_deref(), Some("RETREAT"));
        assert_eq!(ceasefire.plover_mode.as_deref(), Some("ceasefire"));
        assert_eq!(ceasefire.plover_context.as_deref(), Some("military"));
        // A name with a comma survives the CSV quoting.
        assert_eq!(
            codebook.code("0244").unwrap().name,
            "Appeal for change in institutions, regime"
        );
        // Root 08's two PLOVER headings: the root row follows 080.
        assert_eq!(
            codebook.code("08").unwrap().plover.as_deref(),
            Some("CONCEDE")
        );
        assert_eq!(
            codebook.code("080").unwrap().plover.as_deref(),
            Some("CONCEDE")
        );
        // Statements and appeals have no PLOVER type.
        assert_eq!(codebook.code("020").unwrap().plover, None);
        assert_eq!(codebook.code("2042").unwrap().goldstein, -10.0);
    }

    #[test]
    fn every_short_name_maps_to_a_code_of_the_expected_root() {
        let codebook = Codebook::get();
        let names: Vec<&str> = SHORT_NAMES.iter().map(|(n, _)| *n).collect();
        let expected: Vec<&str> = EXPECTED_ROOTS.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names, expected,
            "EXPECTED_ROOTS covers SHORT_NAMES in order"
        );
        for (&(name, code), &(_, root)) in SHORT_NAMES.iter().zip(EXPECTED_ROOTS) {
            let t = codebook
                .code(code)
                .unwrap_or_else(|| panic!("{name} -> {code}: no such code"));
            assert_eq!(t.root_number(), root, "{name} -> {code} {}", t.name);
            assert!(code.len() >= 3, "{name} names a root, not an event type");
            // Lower case, no spaces: what lookup normalises to.
            assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert!(codebook.code(name).is_none());
        }
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "short names are unique");
    }

    #[test]
    fn lookup_by_code_and_short_name() {
        let codebook = Codebook::get();
        assert_eq!(
            codebook.lookup("190").unwrap().name,
            "Use conventional military force"
        );
        assert_eq!(codebook.lookup(" 0871 ").unwrap().code, "0871");
        assert_eq!(codebook.lookup("14").unwrap().name, "PROTEST");
        for text in ["accuse", "ACCUSE", " Accuse "] {
            assert_eq!(codebook.lookup(text).unwrap().code, "112", "{text:?}");
        }
        for text in [
            "military_aid",
            "Military Aid",
            "military-aid",
            "MILITARY-AID",
        ] {
            assert_eq!(codebook.lookup(text).unwrap().code, "072", "{text:?}");
        }
        assert_eq!(codebook.lookup("Violate ceasefire").unwrap().code, "196");
        assert_eq!(codebook.lookup("ceasefire").unwrap().root, "08");
        assert_eq!(codebook.lookup("fight").unwrap().root, "19");
        assert!(codebook.lookup("999").is_none());
        assert!(codebook.lookup("apeal").is_none());
        assert!(codebook.lookup("").is_none());
        assert!(codebook.code("appeal").is_none(), "code() takes codes only");
    }

    #[test]
    fn suggests_the_closest_short_name() {
        let codebook = Codebook::get();
        assert_eq!(codebook.suggest("apeal"), Some("appeal"));
        assert_eq!(codebook.suggest("thretaen"), Some("threaten"));
        assert_eq!(codebook.suggest("Acuse"), Some("accuse"));
        assert_eq!(codebook.suggest("zzzzzz"), None);
    }

    /// The short-name table of `docs/codebook.md`: (short name, code, CAMEO name) rows.
    fn documented_short_names() -> Vec<(String, String, String)> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/codebook.md");
        let doc = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let section = doc
            .split("\n## ")
            .find(|s| s.starts_with("Short names"))
            .expect("docs/codebook.md has a `## Short names` section");
        section
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(|l| {
                let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
                assert_eq!(cells.len(), 3, "{l}");
                let unquote = |s: &str| s.trim_matches('`').to_string();
                (unquote(cells[0]), unquote(cells[1]), cells[2].to_string())
            })
            .collect()
    }

    #[test]
    fn docs_list_exactly_the_short_names() {
        let codebook = Codebook::get();
        let documented = documented_short_names();
        let expected: Vec<(String, String, String)> = SHORT_NAMES
            .iter()
            .map(|&(name, code)| {
                let cameo = &codebook.code(code).expect("short name's code exists").name;
                (name.to_string(), code.to_string(), cameo.clone())
            })
            .collect();
        for (i, (doc, code)) in documented.iter().zip(&expected).enumerate() {
            assert_eq!(doc, code, "docs/codebook.md short-name row {}", i + 1);
        }
        assert_eq!(
            documented.len(),
            expected.len(),
            "docs/codebook.md's short-name table must list exactly SHORT_NAMES"
        );
    }
}
