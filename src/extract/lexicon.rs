//! The event-pattern lexicon: trigger words and phrases with their CAMEO codes, read from TOML
//! (the built-in `lexicon.toml`, embedded, plus the user's files), with verb inflections
//! generated.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::actor_file::line_of;
use crate::model::{Codebook, EventType};

const BUILTIN: &str = include_str!("lexicon.toml");

/// Where an event's target comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetRule {
    /// The first actor after the trigger.
    Object,
    /// The first actor after the trigger, else the article's main parties.
    Parties,
    /// None: the event has no target.
    None,
}

/// One trigger with the forms it matches.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// The words as written in the lexicon.
    pub words: String,
    /// Alternatives for each word position (the first holds every inflection).
    pub forms: Vec<Vec<String>>,
    /// How many other words may stand between the trigger's words.
    pub gap: usize,
    /// The CAMEO event type.
    pub event_type: &'static EventType,
    /// Words one of which must stand within 8 words before the trigger (empty: none needed).
    pub before: Vec<String>,
    /// Where the target comes from.
    pub target: TargetRule,
    /// Whether the event runs both ways between a pair.
    pub mutual: bool,
    /// Whether the trigger is a noun or a phrase (not a verb).
    pub nominal: bool,
    /// The file and line the pattern was read from.
    pub origin: String,
}

/// Every pattern, longest first so that "hold talks with" wins over "talk with".
#[derive(Clone, Debug)]
pub struct Lexicon {
    /// The patterns.
    pub patterns: Vec<Pattern>,
    /// The verb dictionary the coder over the parse falls back on for verbs the patterns do not
    /// know: the user's (`--verbs`), else PETRARCH-2's shipped one.
    pub verbs: Option<std::sync::Arc<crate::dict::VerbDictionary>>,
    /// Pattern indices by each form of their first word.
    first: std::collections::HashMap<String, Vec<usize>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    pattern: Vec<toml::Spanned<RawPattern>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPattern {
    words: String,
    pos: String,
    code: String,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    gap: usize,
    #[serde(default)]
    before: Vec<String>,
    target: Option<String>,
    #[serde(default)]
    mutual: bool,
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        let mut lexicon = Lexicon {
            patterns: Vec::new(),
            verbs: None,
            first: std::collections::HashMap::new(),
        };
        lexicon
            .add(BUILTIN, "built-in lexicon.toml")
            .unwrap_or_else(|e| panic!("the built-in lexicon is invalid:\n{e}"));
        lexicon
    }

    /// Adds the patterns of a lexicon file; a pattern with the same words as an existing one,
    /// both verbs or both not, replaces it.
    pub fn add(&mut self, text: &str, file: &str) -> Result<(), Diagnostics> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            Diagnostics(vec![Diagnostic::new(
                file,
                e.span().map(|s| line_of(text, s.start)),
                None,
                e.message().trim(),
            )])
        })?;
        let mut diags = Diagnostics::default();
        // The lines of this file's patterns by their words: a second pattern with the same
        // words in one file is a slip, not a replacement.
        let mut in_this_file: BTreeMap<(String, bool), u64> = BTreeMap::new();
        // Keyed by the words and whether the pattern is a verb's: "attack" the verb and
        // "attack" the noun are two patterns.
        let mut by_words: BTreeMap<(String, bool), usize> = self
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| ((p.words.clone(), p.nominal), i))
            .collect();
        for spanned in raw.pattern {
            let line = line_of(text, spanned.span().start);
            let p = spanned.into_inner();
            let mut problem = |field: &str, message: String| {
                diags.push(Diagnostic::new(file, Some(line), Some(field), message));
            };
            let Some(event_type) = Codebook::get().lookup(&p.code) else {
                problem("code", format!("unknown event type '{}'", p.code));
                continue;
            };
            let words: Vec<String> = p.words.split_whitespace().map(str::to_lowercase).collect();
            if words.is_empty() {
                problem("words", "must not be empty".into());
                continue;
            }
            let first_forms = match p.pos.as_str() {
                "verb" => inflect_verb(&words[0]),
                "noun" => vec![words[0].clone(), plural(&words[0])],
                "phrase" => vec![words[0].clone()],
                other => {
                    problem(
                        "pos",
                        format!("unknown pos '{other}'; expected verb, noun or phrase"),
                    );
                    continue;
                }
            };
            let target = match p.target.as_deref() {
                None | Some("object") => TargetRule::Object,
                Some("parties") => TargetRule::Parties,
                Some("none") => TargetRule::None,
                Some(other) => {
                    problem(
                        "target",
                        format!("unknown target '{other}'; expected object, parties or none"),
                    );
                    continue;
                }
            };
            let mut forms = vec![first_forms];
            forms[0].extend(p.forms.iter().map(|f| f.to_lowercase()));
            forms[0].sort();
            forms[0].dedup();
            forms.extend(words[1..].iter().map(|w| vec![w.clone()]));
            let pattern = Pattern {
                words: words.join(" "),
                forms,
                gap: p.gap,
                event_type,
                before: p.before.iter().map(|b| b.to_lowercase()).collect(),
                target,
                mutual: p.mutual,
                nominal: p.pos != "verb",
                origin: format!("{file}:{line}"),
            };
            if let Some(first) = in_this_file.insert((pattern.words.clone(), pattern.nominal), line)
            {
                problem(
                    "words",
                    format!(
                        "'{}' is already a {} pattern of this file, at line {first}",
                        pattern.words,
                        if pattern.nominal {
                            "noun or phrase"
                        } else {
                            "verb"
                        }
                    ),
                );
                continue;
            }
            match by_words.get(&(pattern.words.clone(), pattern.nominal)) {
                Some(&i) => self.patterns[i] = pattern,
                None => {
                    by_words.insert(
                        (pattern.words.clone(), pattern.nominal),
                        self.patterns.len(),
                    );
                    self.patterns.push(pattern);
                }
            }
        }
        // Of a noun and a verb with the same words, the noun first: the word-pattern finder
        // takes the first pattern that matches a word, and a noun pattern on a word the
        // tagger reads as a verb is still coded (as a verb), while a verb pattern on a noun
        // is not.
        self.patterns.sort_by(|a, b| {
            b.forms
                .len()
                .cmp(&a.forms.len())
                .then(a.words.cmp(&b.words))
                .then(b.nominal.cmp(&a.nominal))
        });
        self.first.clear();
        for (i, p) in self.patterns.iter().enumerate() {
            for form in &p.forms[0] {
                self.first.entry(form.clone()).or_default().push(i);
            }
        }
        diags.into_result()
    }

    /// The indices of the patterns whose first word can be `word` (lower case), in order.
    pub fn starting_with(&self, word: &str) -> &[usize] {
        self.first.get(word).map_or(&[], Vec::as_slice)
    }
}

/// The regular inflections of an English verb: base, third person, past, present participle.
pub fn inflect_verb(lemma: &str) -> Vec<String> {
    let consonant_y =
        lemma.ends_with('y') && !lemma[..lemma.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let third = if consonant_y {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else if lemma.ends_with(['s', 'x', 'z', 'o'])
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    let past = if consonant_y {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else if lemma.ends_with('e') {
        format!("{lemma}d")
    } else {
        format!("{lemma}ed")
    };
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ing")
    };
    vec![lemma.to_string(), third, past, ing]
}

fn plural(noun: &str) -> String {
    inflect_verb(noun)[1].clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_verbs() {
        assert_eq!(inflect_verb("urge"), ["urge", "urges", "urged", "urging"]);
        assert_eq!(
            inflect_verb("supply"),
            ["supply", "supplies", "supplied", "supplying"]
        );
        assert_eq!(inflect_verb("back"), ["back", "backs", "backed", "backing"]);
        assert_eq!(
            inflect_verb("accuse"),
            ["accuse", "accuses", "accused", "accusing"]
        );
        assert_eq!(inflect_verb("mediate")[3], "mediating");
        assert_eq!(inflect_verb("agree")[3], "agreeing");
    }

    #[test]
    fn the_builtin_lexicon_covers_every_cameo_root() {
        let lexicon = Lexicon::builtin();
        let roots: std::collections::BTreeSet<u8> = lexicon
            .patterns
            .iter()
            .map(|p| p.event_type.root_number())
            .collect();
        assert_eq!(roots, (1..=20).collect());
    }

    #[test]
    fn a_verb_and_a_noun_with_the_same_words_are_two_patterns() {
        let lexicon = Lexicon::builtin();
        let attack: Vec<bool> = lexicon
            .patterns
            .iter()
            .filter(|p| p.words == "attack")
            .map(|p| p.nominal)
            .collect();
        assert_eq!(attack.len(), 2, "{attack:?}");
        assert!(attack.contains(&true) && attack.contains(&false));
    }

    #[test]
    fn a_users_pattern_replaces_the_builtin_one_and_errors_name_the_line() {
        let mut lexicon = Lexicon::builtin();
        lexicon
            .add(
                "[[pattern]]\nwords = \"urge\"\npos = \"verb\"\ncode = \"100\"\n",
                "mine.toml",
            )
            .unwrap();
        let urge: Vec<&Pattern> = lexicon
            .patterns
            .iter()
            .filter(|p| p.words == "urge")
            .collect();
        assert_eq!(urge.len(), 1);
        assert_eq!(urge[0].event_type.code, "100");
        let e = lexicon
            .add(
                "[[pattern]]\nwords = \"x\"\npos = \"adverb\"\ncode = \"999\"\n",
                "bad.toml",
            )
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("bad.toml:1: field 'code': unknown event type '999'"),
            "{e}"
        );
    }

    #[test]
    fn the_same_words_twice_in_one_file_are_an_error() {
        let mut lexicon = Lexicon::builtin();
        let text = "[[pattern]]\nwords = \"hand over spies\"\npos = \"verb\"\ncode = \"063\"\n\n\
                    [[pattern]]\nwords = \"hand over spies\"\npos = \"verb\"\ncode = \"0841\"\n";
        let e = lexicon.add(text, "twice.toml").unwrap_err().to_string();
        assert!(
            e.contains(
                "twice.toml:6: field 'words': 'hand over spies' is already a verb pattern of this \
                 file, at line 1"
            ),
            "{e}"
        );
    }
}
