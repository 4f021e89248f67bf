//! PETRARCH agent dictionaries (`Phoenix.agents.txt`): nouns for kinds of actors ("police",
//! "rebel", "foreign minister") with their sector code (`[~COP]`, `[NGO~]`), plurals in `{...}`
//! and `!NAME!` substitution sets; see `docs/dictionaries.md`.

use std::collections::HashMap;
use std::path::Path;

use super::{lines, phrase_key, plural, read_file, strict};
use crate::diag::{Diagnostic, Diagnostics};

/// Where an agent's code goes in a combined actor code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgentPlace {
    /// `[~GOV]`: after the actor's code (`RUS` + `GOV` = `RUSGOV`), the usual case.
    After,
    /// `[NGO~]`: before it (`NGO` + `RUS`), used for organisations.
    Before,
}

/// One agent noun phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    /// The phrase as written, in [`super::phrase_key`] form (`police chief`).
    pub phrase: String,
    /// The sector code without its `~` (`COP`, `GOVFRM`).
    pub code: String,
    /// Whether the code goes after or before an actor's code.
    pub place: AgentPlace,
    /// The line of the entry.
    pub line: u64,
}

/// The code of an agent phrase that names no actor (`[---]`, PETRARCH's null code): the
/// phrase is matched, so that its head word alone is not ("the international community" is
/// no community of civilians).
pub const NO_ACTOR: &str = "---";

impl Agent {
    /// Whether the phrase names no actor (its code is [`NO_ACTOR`]).
    pub fn names_no_actor(&self) -> bool {
        self.code == NO_ACTOR
    }
}

/// The agents of a dictionary, by every form of their phrase.
#[derive(Clone, Debug, Default)]
pub struct AgentDictionary {
    agents: Vec<Agent>,
    /// Phrase form (singular, plural or substituted) -> index into `agents`; the first entry
    /// that produces a form keeps it.
    forms: HashMap<String, usize>,
}

impl AgentDictionary {
    /// Reads an agent dictionary file; any problem is an error naming the file, line and field.
    pub fn read(path: &Path) -> Result<AgentDictionary, Diagnostics> {
        let text = read_file(path)?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses an agent dictionary; any problem is an error.
    pub fn parse(text: &str, file: &str) -> Result<AgentDictionary, Diagnostics> {
        let (dict, problems) = Self::parse_lenient(text, file);
        strict(dict, problems)
    }

    /// Parses an agent dictionary, skipping the lines with a problem and returning the
    /// problems beside it.
    pub fn parse_lenient(text: &str, file: &str) -> (AgentDictionary, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut dict = AgentDictionary::default();
        let mut substitutions: HashMap<String, Vec<String>> = HashMap::new();
        for line in lines(text) {
            let problem = |field: &str, msg: String| {
                Diagnostic::new(file, Some(line.number), Some(field), msg)
            };
            let body = line.text.trim();
            // `!PERSON! = MAN, MEN, WOMAN` defines a substitution set.
            if body.starts_with('!')
                && let Some((name, list)) = body.split_once('=')
            {
                let name = name.trim();
                if name.len() < 3 || !name.ends_with('!') || name[1..name.len() - 1].contains('!') {
                    problems.push(problem(
                        "substitution",
                        format!("'{name}' is not a substitution name such as !PERSON!"),
                    ));
                    continue;
                }
                let items: Vec<String> = list
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                if items.is_empty() {
                    problems.push(problem("substitution", format!("{name} lists no words")));
                    continue;
                }
                substitutions.insert(name.to_string(), items);
                continue;
            }
            let Some(open) = body.find('[') else {
                problems.push(problem(
                    "code",
                    format!("'{body}' has no agent code such as [~GOV]"),
                ));
                continue;
            };
            let Some(close) = body[open..].find(']').map(|i| open + i) else {
                problems.push(problem(
                    "code",
                    format!("'{}' has no closing ']'", &body[open..]),
                ));
                continue;
            };
            if !body[close + 1..].trim().is_empty() {
                problems.push(problem(
                    "code",
                    format!(
                        "unexpected text after the code: '{}'",
                        body[close + 1..].trim()
                    ),
                ));
                continue;
            }
            let (code, place) = match agent_code(&body[open + 1..close]) {
                // Phoenix writes Muslim `MUS` ("imam", "Islamist", "Sunni"), which alone is
                // Mauritius's country code; CAMEO's code for Muslim is `MOS`.
                Ok((c, p)) if c.starts_with("MUS") => (format!("MOS{}", &c[3..]), p),
                Ok(c) => c,
                Err(msg) => {
                    problems.push(problem("code", msg));
                    continue;
                }
            };
            let head = &body[..open];
            let (phrase_text, plurals) = match head.find('{') {
                Some(b) => {
                    let Some(e) = head[b..].find('}').map(|i| b + i) else {
                        problems.push(problem(
                            "plural",
                            format!("'{}' has no closing '}}'", head[b..].trim()),
                        ));
                        continue;
                    };
                    let given: Vec<&str> = head[b + 1..e].split_whitespace().collect();
                    (&head[..b], Some(given))
                }
                None => (head, None),
            };
            // Substitution markers expand into every listed word, with no plural formed.
            let expanded = match expand(phrase_text.trim(), &substitutions) {
                Ok(e) => e,
                Err(msg) => {
                    problems.push(problem("phrase", msg));
                    continue;
                }
            };
            let Some(first) = expanded.first().map(|p| phrase_key(p)) else {
                continue;
            };
            if first.is_empty() {
                problems.push(problem(
                    "phrase",
                    "an agent entry needs a phrase before its code".to_string(),
                ));
                continue;
            }
            let index = dict.agents.len();
            dict.agents.push(Agent {
                phrase: first,
                code,
                place,
                line: line.number,
            });
            let substituted = expanded.len() > 1 || phrase_text.contains('!');
            for p in &expanded {
                let key = phrase_key(p);
                if key.is_empty() {
                    continue;
                }
                if !substituted {
                    match &plurals {
                        None => {
                            dict.forms.entry(plural(&key)).or_insert(index);
                        }
                        Some(given) => {
                            for g in given {
                                let g = phrase_key(g);
                                if !g.is_empty() {
                                    dict.forms.entry(g).or_insert(index);
                                }
                            }
                        }
                    }
                }
                dict.forms.entry(key).or_insert(index);
            }
        }
        (dict, problems)
    }

    /// The agent a lower-case noun phrase names, singular or plural ("police", "rebels",
    /// "foreign ministers"); words are compared as [`super::phrase_key`] forms.
    pub fn lookup(&self, phrase: &str) -> Option<&Agent> {
        let key = phrase_key(phrase);
        self.forms.get(&key).map(|&i| &self.agents[i])
    }

    /// The agent a single word stands for as the first word of the dictionary's longer
    /// phrases, when at least three start with it and three quarters or more of them share one
    /// sector (the first three letters of the code): "opposition" in "opposition party",
    /// "opposition leader", "opposition faction" ... is `OPP`, which is how "opposition groups"
    /// is read though the dictionary lists no "opposition group". The agent returned is the
    /// first of that sector with the shortest code.
    pub fn by_first_word(&self, word: &str) -> Option<&Agent> {
        let prefix = format!("{} ", phrase_key(word));
        if prefix.trim().is_empty() {
            return None;
        }
        let family: Vec<&Agent> = self
            .agents
            .iter()
            .filter(|a| a.phrase.starts_with(&prefix) && !a.names_no_actor())
            .collect();
        if family.len() < 3 {
            return None;
        }
        let sector = |a: &Agent| a.code.get(..3).unwrap_or(&a.code).to_string();
        let mut counts: Vec<(String, usize)> = Vec::new();
        for a in &family {
            let s = sector(a);
            match counts.iter_mut().find(|(c, _)| *c == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
        let (best, n) = counts.iter().max_by_key(|(_, n)| *n)?;
        if n * 4 < family.len() * 3 {
            return None;
        }
        family
            .into_iter()
            .filter(|a| sector(a) == *best)
            .min_by_key(|a| a.code.len())
    }

    /// Every agent, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Agent> {
        self.agents.iter()
    }

    /// How many agents (entries) the dictionary has.
    pub fn len(&self) -> usize {
        self.agents.len()
    }

    /// Whether the dictionary is empty.
    pub fn is_empty(&self) -> bool {
        self.agents.is_empty()
    }

    /// How many phrase forms (singulars, plurals, substitutions) are looked up.
    pub fn forms(&self) -> usize {
        self.forms.len()
    }
}

/// `~GOV` or `NGO~`, or `---` (no actor).
fn agent_code(text: &str) -> Result<(String, AgentPlace), String> {
    let text = text.trim();
    if text == NO_ACTOR {
        return Ok((NO_ACTOR.to_string(), AgentPlace::After));
    }
    let (code, place) = if let Some(c) = text.strip_prefix('~') {
        (c, AgentPlace::After)
    } else if let Some(c) = text.strip_suffix('~') {
        (c, AgentPlace::Before)
    } else {
        return Err(format!(
            "'[{text}]' is not an agent code: put '~' before the code ([~GOV]) or after it \
             ([NGO~]), or write [---] for a phrase that names no actor"
        ));
    };
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(format!("'{code}' is not a code: use letters and digits"));
    }
    Ok((code.to_ascii_uppercase(), place))
}

/// The phrases a phrase with `!NAME!` markers stands for (one marker per phrase, as in the
/// dictionaries); the phrase itself when it has none.
fn expand(phrase: &str, subs: &HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let Some(start) = phrase.find('!') else {
        return Ok(vec![phrase.to_string()]);
    };
    let Some(len) = phrase[start + 1..].find('!') else {
        return Err(format!("'{phrase}': a '!' marker is not closed"));
    };
    let end = start + 1 + len + 1;
    let name = &phrase[start..end];
    let Some(items) = subs.get(name) else {
        return Err(format!(
            "{name} is not defined: define it first with {name} = WORD, WORD"
        ));
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let rest = format!("{}{item}{}", &phrase[..start], &phrase[end..]);
        if rest.contains('!') {
            return Err(format!("'{phrase}': one '!' marker per phrase"));
        }
        out.push(rest);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_that_opens_phrases_of_one_sector_stands_for_it() {
        let text = "OPPOSITION_LEADER [~OPP]\nOPPOSITION_PARTY [~OPP]\nOPPOSITION_DAILY [~OPPMED]\n\
                    OPPOSITION_FORCES [~REB]\nARMY_CHIEF [~MIL]\nARMY_UNIT [~MIL]\n\
                    SUNNI [~MUS]\n";
        let d = AgentDictionary::parse(text, "a.agents").unwrap();
        // Three of four "opposition ..." phrases are OPP: the shortest code of that sector.
        assert_eq!(d.by_first_word("Opposition").unwrap().code, "OPP");
        // Two phrases are too few to say.
        assert!(d.by_first_word("army").is_none());
        assert!(d.by_first_word("police").is_none());
        // Phoenix's Muslim is read as CAMEO's.
        assert_eq!(d.lookup("sunnis").unwrap().code, "MOS");
    }

    #[test]
    fn reads_codes_plurals_and_substitutions() {
        let text = "!PERSON! = MAN, WOMAN\nGUARD [~MIL]\nWATCH!PERSON! [~COP]\nCOUNCIL_ \
                    {} [~LEG]\nCHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]\nAID_GROUP [NGO~]\n";
        let d = AgentDictionary::parse(text, "a.agents").unwrap();
        assert_eq!(d.len(), 5);
        assert_eq!(d.lookup("guard").unwrap().code, "MIL");
        assert_eq!(d.lookup("Guards").unwrap().code, "MIL");
        assert_eq!(d.lookup("watchwoman").unwrap().code, "COP");
        assert!(d.lookup("watchwomans").is_none());
        assert!(d.lookup("councils").is_none());
        assert_eq!(d.lookup("council").unwrap().code, "LEG");
        assert_eq!(
            d.lookup("chiefs of staff").unwrap().phrase,
            "chief of staff"
        );
        assert!(d.lookup("chief of staffs").is_none());
        let ngo = d.lookup("aid groups").unwrap();
        assert_eq!((ngo.code.as_str(), ngo.place), ("NGO", AgentPlace::Before));
        assert!(!ngo.names_no_actor());
    }

    #[test]
    fn the_null_code_names_no_actor() {
        let d = AgentDictionary::parse("WORLD_COMMUNITY [---]\nCOMMUNITY [~CVL]\n", "a").unwrap();
        assert!(d.lookup("world community").unwrap().names_no_actor());
        assert!(!d.lookup("community").unwrap().names_no_actor());
        // Only the whole null code: a tilde or other letters are no code.
        assert!(AgentDictionary::parse("A [~---]\n", "a").is_err());
        assert!(AgentDictionary::parse("A [--]\n", "a").is_err());
    }

    #[test]
    fn problems_name_the_line_and_field() {
        let text = "A [~ENV}\nB\nC [GOV]\n!X!_D [~GOV]\nE {F [~GOV]\n";
        let e = AgentDictionary::parse(text, "bad.agents").unwrap_err();
        let msgs: Vec<String> = e.0.iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 5, "{msgs:#?}");
        assert!(msgs[0].starts_with("bad.agents:1: field 'code': '[~ENV}' has no closing"));
        assert!(msgs[1].starts_with("bad.agents:2: field 'code'"));
        assert!(msgs[2].starts_with("bad.agents:3: field 'code': '[GOV]' is not an agent"));
        assert!(msgs[3].starts_with("bad.agents:4: field 'phrase': !X! is not defined"));
        assert!(msgs[4].starts_with("bad.agents:5: field 'plural'"));
    }
}
