//! The closed tag sets of the syntax stage: Universal POS tags, the English Penn Treebank tags
//! (XPOS) of the UD English treebanks, and the Universal Dependencies relations with the English
//! subtypes those treebanks use. Each is a small enum with its UD spelling, so code that reads a
//! parse matches on names the compiler checks.

use std::fmt;
use std::str::FromStr;

/// Declares a tag enum with its UD spelling, `ALL`, `index`, `from_index`, `as_str`, `FromStr`
/// and `Display`.
macro_rules! tag_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $name {
            $(
                #[doc = concat!("`", $text, "`")]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in declaration order (the order of `index`).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's UD spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value's position in `ALL`.
            pub fn index(self) -> usize {
                self as usize
            }

            /// The value at position `i` of `ALL`.
            pub fn from_index(i: usize) -> Option<$name> {
                Self::ALL.get(i).copied()
            }
        }

        impl FromStr for $name {
            type Err = UnknownTag;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownTag {
                        set: stringify!($name),
                        text: s.chars().take(40).collect(),
                    }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A tag that is not in its set.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("'{text}' is not a {set} tag")]
pub struct UnknownTag {
    /// The tag set's name.
    pub set: &'static str,
    /// The text (at most 40 characters of it).
    pub text: String,
}

tag_enum! {
    /// A Universal POS tag (<https://universaldependencies.org/u/pos/>).
    Upos {
        Adj = "ADJ",
        Adp = "ADP",
        Adv = "ADV",
        Aux = "AUX",
        Cconj = "CCONJ",
        Det = "DET",
        Intj = "INTJ",
        Noun = "NOUN",
        Num = "NUM",
        Part = "PART",
        Pron = "PRON",
        Propn = "PROPN",
        Punct = "PUNCT",
        Sconj = "SCONJ",
        Sym = "SYM",
        Verb = "VERB",
        X = "X",
    }
}

tag_enum! {
    /// An English Penn Treebank tag, as the UD English treebanks use them in the XPOS column.
    Xpos {
        Cc = "CC",
        Cd = "CD",
        Dt = "DT",
        Ex = "EX",
        Fw = "FW",
        In = "IN",
        Jj = "JJ",
        Jjr = "JJR",
        Jjs = "JJS",
        Ls = "LS",
        Md = "MD",
        Nn = "NN",
        Nns = "NNS",
        Nnp = "NNP",
        Nnps = "NNPS",
        Pdt = "PDT",
        Pos = "POS",
        Prp = "PRP",
        PrpS = "PRP$",
        Rb = "RB",
        Rbr = "RBR",
        Rbs = "RBS",
        Rp = "RP",
        Sym = "SYM",
        To = "TO",
        Uh = "UH",
        Vb = "VB",
        Vbd = "VBD",
        Vbg = "VBG",
        Vbn = "VBN",
        Vbp = "VBP",
        Vbz = "VBZ",
        Wdt = "WDT",
        Wp = "WP",
        WpS = "WP$",
        Wrb = "WRB",
        Add = "ADD",
        Afx = "AFX",
        Gw = "GW",
        Hyph = "HYPH",
        Nfp = "NFP",
        Comma = ",",
        Period = ".",
        Colon = ":",
        Dollar = "$",
        Lrb = "-LRB-",
        Rrb = "-RRB-",
        OpenQuote = "``",
        CloseQuote = "''",
        Xx = "XX",
    }
}

tag_enum! {
    /// A Universal Dependencies relation, with the English subtypes of the UD English treebanks
    /// (<https://universaldependencies.org/en/dep/>).
    Deprel {
        Acl = "acl",
        AclRelcl = "acl:relcl",
        Advcl = "advcl",
        AdvclRelcl = "advcl:relcl",
        Advmod = "advmod",
        Amod = "amod",
        Appos = "appos",
        Aux = "aux",
        AuxPass = "aux:pass",
        Case = "case",
        Cc = "cc",
        CcPreconj = "cc:preconj",
        Ccomp = "ccomp",
        Clf = "clf",
        Compound = "compound",
        CompoundPrt = "compound:prt",
        Conj = "conj",
        Cop = "cop",
        Csubj = "csubj",
        CsubjOuter = "csubj:outer",
        CsubjPass = "csubj:pass",
        Dep = "dep",
        Det = "det",
        DetPredet = "det:predet",
        Discourse = "discourse",
        Dislocated = "dislocated",
        Expl = "expl",
        Fixed = "fixed",
        Flat = "flat",
        Goeswith = "goeswith",
        Iobj = "iobj",
        List = "list",
        Mark = "mark",
        Nmod = "nmod",
        NmodDesc = "nmod:desc",
        NmodPoss = "nmod:poss",
        NmodUnmarked = "nmod:unmarked",
        Nsubj = "nsubj",
        NsubjOuter = "nsubj:outer",
        NsubjPass = "nsubj:pass",
        Nummod = "nummod",
        Obj = "obj",
        Obl = "obl",
        OblAgent = "obl:agent",
        OblUnmarked = "obl:unmarked",
        Orphan = "orphan",
        Parataxis = "parataxis",
        Punct = "punct",
        Reparandum = "reparandum",
        Root = "root",
        Vocative = "vocative",
        Xcomp = "xcomp",
    }
}

impl Deprel {
    /// The universal relation without its subtype (`nsubj` for `nsubj:pass`).
    pub fn base(self) -> Deprel {
        use Deprel::*;
        match self {
            AclRelcl => Acl,
            AdvclRelcl => Advcl,
            AuxPass => Aux,
            CcPreconj => Cc,
            CompoundPrt => Compound,
            CsubjOuter | CsubjPass => Csubj,
            DetPredet => Det,
            NmodDesc | NmodPoss | NmodUnmarked => Nmod,
            NsubjOuter | NsubjPass => Nsubj,
            OblAgent | OblUnmarked => Obl,
            other => other,
        }
    }

    /// Reads a relation, falling back to its universal part for a subtype casus does not know
    /// (`obl:tmod` -> `obl`, as older UD English releases spell it).
    pub fn parse_lenient(s: &str) -> Result<Deprel, UnknownTag> {
        s.parse().or_else(|e| match s.split_once(':') {
            Some((base, _)) => base.parse(),
            None => Err(e),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for &t in Upos::ALL {
            assert_eq!(t.as_str().parse::<Upos>(), Ok(t));
            assert_eq!(Upos::from_index(t.index()), Some(t));
        }
        for &t in Xpos::ALL {
            assert_eq!(t.as_str().parse::<Xpos>(), Ok(t));
        }
        for &t in Deprel::ALL {
            assert_eq!(t.as_str().parse::<Deprel>(), Ok(t));
            assert_eq!(Deprel::from_index(t.index()), Some(t));
        }
    }

    #[test]
    fn subtypes_fall_back_to_their_base() {
        assert_eq!(Deprel::NsubjPass.base(), Deprel::Nsubj);
        assert_eq!(Deprel::parse_lenient("obl:tmod"), Ok(Deprel::Obl));
        assert_eq!(Deprel::parse_lenient("nmod:poss"), Ok(Deprel::NmodPoss));
        assert!(Deprel::parse_lenient("subj").is_err());
        let e = "NNX".parse::<Xpos>().unwrap_err();
        assert_eq!(e.to_string(), "'NNX' is not a Xpos tag");
    }
}
