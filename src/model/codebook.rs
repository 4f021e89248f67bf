//! The CAMEO event codebook (every code with its name, root, Goldstein score and quad class) and
//! each code's PLOVER event type, embedded in the binary from `src/model/data/cameo.csv`.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The embedded table; see `docs/codebook.md` for how it is derived.
const TABLE: &str = include_str!("data/cameo.csv");

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
    by_code: HashMap<String, usize>,
    short: HashMap<&'static str, &'static str>,
}

/// Short names for the event types curators write most, to their CAMEO codes.
pub const SHORT_NAMES: &[(&str, &str)] = &[
    ("statement", "010"),
    ("comment", "010"),
    ("appeal", "020"),
    ("call", "020"),
    ("urge", "020"),
    ("intend", "030"),
    ("pledge", "030"),
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
    ("agree", "057"),
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
            let quad: u8 = field(4).parse().map_err(|_| format!("row {}: quad", i + 2))?;
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
            .map(|(n, _)| (strsim::jaro_winkler(&lower, n), *n))
            .filter(|(s, _)| *s >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)))
            .map(|(_, n)| n)
    }

    /// Every event type, in code order.
    pub fn iter(&self) -> impl Iterator<Item = &EventType> {
        self.types.iter()
    }
}
