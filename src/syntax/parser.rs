//! The dependency parser: greedy arc-eager transitions (Nivre 2003) with the root at the end of
//! the buffer, scored by an averaged perceptron over the rich non-local features of Zhang and
//! Nivre (2011): words, tags, distance, valency, labels and label sets of the stack top, the
//! buffer front and their children and heads. Training and parsing share `State` and
//! `features`.

use super::linear::{Linear, key};
use super::model::{ModelError, Reader, Writer};
use super::tagger::argmax;
use super::{Deprel, Xpos};

/// The names of the feature templates; part of the model's feature-set hash.
pub const FEATURE_SET: &str = "parser-1: arc-eager, root last; s0 n0 n1 n2 s1 words and tags; \
    s0/n0 pairs; tag triples with heads and children; distance; valency; labels; second \
    children and grandheads; label sets; punctuation between s0 and n0";

/// No position, no label.
pub const NONE: usize = usize::MAX;

/// The number of relations.
pub const LABELS: usize = Deprel::ALL.len();
/// Transition classes: shift, reduce, then a left arc and a right arc per relation.
pub const CLASSES: usize = 2 + 2 * LABELS;
/// Push the buffer front onto the stack.
pub const SHIFT: usize = 0;
/// Pop the stack top (it has its head).
pub const REDUCE: usize = 1;

/// The class of a left arc (the buffer front heads the stack top, which is popped).
pub fn left(label: Deprel) -> usize {
    2 + label.index()
}

/// The class of a right arc (the stack top heads the buffer front, which is pushed).
pub fn right(label: Deprel) -> usize {
    2 + LABELS + label.index()
}

/// What a transition class does, and with which relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Push the buffer front.
    Shift,
    /// Pop the stack top.
    Reduce,
    /// Buffer front heads stack top.
    Left(Deprel),
    /// Stack top heads buffer front.
    Right(Deprel),
}

/// The move of a class number.
pub fn move_of(class: usize) -> Move {
    match class {
        SHIFT => Move::Shift,
        REDUCE => Move::Reduce,
        c if c < 2 + LABELS => Move::Left(Deprel::ALL[c - 2]),
        c => Move::Right(Deprel::ALL[c - 2 - LABELS]),
    }
}

/// What the parser sees of a sentence: a hashed lower-case form and a tag per word, and the
/// punctuation before each position.
pub struct Context {
    words: Vec<u64>,
    tags: Vec<u64>,
    punct_before: Vec<u32>,
}

/// Atoms for positions that do not exist and for the root.
const ABSENT: u64 = 0xAB5E_0000;
const ROOT_WORD: u64 = 0x2007_0001;
const ROOT_TAG: u64 = 0x2007_0002;

impl Context {
    /// The context of a sentence from each word's hashed lower-case form and its XPOS tag.
    pub fn new(words: Vec<u64>, tags: &[Xpos]) -> Self {
        let mut punct_before = Vec::with_capacity(tags.len() + 1);
        let mut n = 0;
        for &t in tags {
            punct_before.push(n);
            if matches!(
                t,
                Xpos::Comma | Xpos::Colon | Xpos::Period | Xpos::Hyph | Xpos::Nfp
            ) {
                n += 1;
            }
        }
        punct_before.push(n);
        Context {
            words,
            tags: tags.iter().map(|t| t.index() as u64 + 1).collect(),
            punct_before,
        }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Most words a sentence may have for the parser (positions are 16-bit); `annotate` parses
/// longer ones in pieces.
pub const MAX_LEN: usize = 4096;

/// No position, in a node.
const NIL: u16 = u16::MAX;

/// What the parser knows of one position: its head and relation, its outermost children on
/// each side and the relations of its children.
#[derive(Clone, Copy)]
struct Node {
    head: u16,
    label: u8,
    nl: u8,
    nr: u8,
    l1: u16,
    l2: u16,
    r1: u16,
    r2: u16,
    lset: u64,
    rset: u64,
}

const EMPTY: Node = Node {
    head: NIL,
    label: 0,
    nl: 0,
    nr: 0,
    l1: NIL,
    l2: NIL,
    r1: NIL,
    r2: NIL,
    lset: 0,
    rset: 0,
};

/// A position from a node field.
#[inline]
fn pos(v: u16) -> usize {
    if v == NIL { NONE } else { v as usize }
}

/// A parser configuration: the stack, the buffer (positions `b..n`, then the root `n`) and the
/// arcs so far, with the children and label sets the features read.
#[derive(Clone)]
pub struct State {
    /// The number of words; position `n` is the root.
    pub n: usize,
    /// The stack, top last.
    pub stack: Vec<u16>,
    /// The buffer front.
    pub b: usize,
    nodes: Vec<Node>,
}

impl State {
    /// The start state for `n` words (at most `MAX_LEN`).
    pub fn new(n: usize) -> Self {
        assert!(
            n <= MAX_LEN,
            "sentences are cut to MAX_LEN words before parsing"
        );
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            nodes: vec![EMPTY; n + 1],
        }
    }

    /// The head of position `i` so far (`NONE` when it has none yet).
    pub fn head(&self, i: usize) -> usize {
        pos(self.nodes[i].head)
    }

    /// The relation of position `i` to its head.
    pub fn label(&self, i: usize) -> Deprel {
        Deprel::ALL[self.nodes[i].label as usize]
    }

    /// Whether parsing is over.
    pub fn is_terminal(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    /// The stack top.
    pub fn s0(&self) -> usize {
        self.stack.last().map_or(NONE, |&s| s as usize)
    }

    /// Which moves may be taken now: shift, reduce, a left arc (and whether it must be the
    /// root's), a right arc.
    pub fn moves(&self) -> Moves {
        let s0 = self.s0();
        let headless = s0 != NONE && self.nodes[s0].head == NIL;
        Moves {
            shift: self.b < self.n,
            reduce: s0 != NONE && !headless,
            left: headless,
            left_root: self.b == self.n,
            right: s0 != NONE && self.b < self.n,
        }
    }

    /// Whether a transition class may be taken now.
    pub fn valid(&self, class: usize) -> bool {
        self.moves().allows(class)
    }

    fn arc(&mut self, head: usize, dep: usize, label: Deprel) {
        let d = &mut self.nodes[dep];
        d.head = head as u16;
        d.label = label.index() as u8;
        let bit = 1u64 << label.index();
        let h = &mut self.nodes[head];
        if dep < head {
            // Left children arrive nearest first: the new one is the leftmost.
            h.l2 = h.l1;
            h.l1 = dep as u16;
            h.nl = h.nl.saturating_add(1);
            h.lset |= bit;
        } else {
            h.r2 = h.r1;
            h.r1 = dep as u16;
            h.nr = h.nr.saturating_add(1);
            h.rset |= bit;
        }
    }

    /// Takes a transition (which must be valid).
    pub fn apply(&mut self, class: usize) {
        match move_of(class) {
            Move::Shift => {
                self.stack.push(self.b as u16);
                self.b += 1;
            }
            Move::Reduce => {
                self.stack.pop();
            }
            Move::Left(l) => {
                let s0 = self.stack.pop().expect("valid left arc") as usize;
                self.arc(self.b, s0, l);
            }
            Move::Right(l) => {
                let s0 = self.s0();
                self.arc(s0, self.b, l);
                self.stack.push(self.b as u16);
                self.b += 1;
            }
        }
    }
}

/// The moves a state allows.
#[derive(Clone, Copy, Debug)]
pub struct Moves {
    shift: bool,
    reduce: bool,
    left: bool,
    left_root: bool,
    right: bool,
}

impl Moves {
    /// Whether the class is allowed.
    #[inline]
    pub fn allows(&self, class: usize) -> bool {
        match class {
            SHIFT => self.shift,
            REDUCE => self.reduce,
            c if c < 2 + LABELS => self.left && ((c - 2 == Deprel::Root.index()) == self.left_root),
            c => self.right && c - 2 - LABELS != Deprel::Root.index(),
        }
    }
}

/// Distance between the stack top and the buffer front, in buckets.
fn distance(s0: usize, b: usize, n: usize) -> u64 {
    if s0 == NONE || b >= n {
        return 0;
    }
    match b - s0 {
        d @ 1..=4 => d as u64,
        5..=6 => 5,
        7..=10 => 6,
        _ => 7,
    }
}

/// The features of a configuration.
pub fn features(st: &State, cx: &Context, out: &mut Vec<u64>) {
    out.clear();
    let n = st.n;
    let w = |i: usize| -> u64 {
        if i == NONE {
            ABSENT
        } else if i == n {
            ROOT_WORD
        } else {
            cx.words[i]
        }
    };
    let p = |i: usize| -> u64 {
        if i == NONE {
            ABSENT
        } else if i == n {
            ROOT_TAG
        } else {
            cx.tags[i]
        }
    };
    let lab = |i: usize| -> u64 {
        if i == NONE || st.nodes[i].head == NIL {
            ABSENT
        } else {
            u64::from(st.nodes[i].label) + 1
        }
    };
    let s0 = st.s0();
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2] as usize
    } else {
        NONE
    };
    let n0 = st.b; // always exists: the root at worst
    let n1 = if n0 < n { n0 + 1 } else { NONE };
    let n2 = if n0 + 1 < n { n0 + 2 } else { NONE };
    let s0n = if s0 == NONE { EMPTY } else { st.nodes[s0] };
    let n0n = st.nodes[n0];
    let s0h = pos(s0n.head);
    let s0h2 = if s0h != NONE && s0h != n {
        pos(st.nodes[s0h].head)
    } else {
        NONE
    };
    let (s0l, s0l2, s0r, s0r2) = (pos(s0n.l1), pos(s0n.l2), pos(s0n.r1), pos(s0n.r2));
    let (n0l, n0l2) = (pos(n0n.l1), pos(n0n.l2));
    let d = distance(s0, n0, n);
    let (s0vl, s0vr) = if s0 == NONE {
        (ABSENT, ABSENT)
    } else {
        (u64::from(s0n.nl.min(6)), u64::from(s0n.nr.min(6)))
    };
    let n0vl = u64::from(n0n.nl.min(6));
    let (s0sl, s0sr) = if s0 == NONE {
        (ABSENT, ABSENT)
    } else {
        (s0n.lset, s0n.rset)
    };
    let n0sl = n0n.lset;
    let punct = if s0 == NONE || n0 >= n {
        ABSENT
    } else {
        u64::from((cx.punct_before[n0] - cx.punct_before[s0 + 1]).min(3))
    };
    let (s0w, s0p, n0w, n0p) = (w(s0), p(s0), w(n0), p(n0));
    let (n1w, n1p, n2w, n2p) = (w(n1), p(n1), w(n2), p(n2));
    let mut f = |t: u32, atoms: &[u64]| out.push(key(t, atoms));
    // Single words.
    f(0, &[s0w, s0p]);
    f(1, &[s0w]);
    f(2, &[s0p]);
    f(3, &[n0w, n0p]);
    f(4, &[n0w]);
    f(5, &[n0p]);
    f(6, &[n1w, n1p]);
    f(7, &[n1w]);
    f(8, &[n1p]);
    f(9, &[n2w, n2p]);
    f(10, &[n2w]);
    f(11, &[n2p]);
    // Pairs of the stack top and buffer front.
    f(12, &[s0w, s0p, n0w, n0p]);
    f(13, &[s0w, s0p, n0w]);
    f(14, &[s0w, n0w, n0p]);
    f(15, &[s0w, s0p, n0p]);
    f(16, &[s0p, n0w, n0p]);
    f(17, &[s0w, n0w]);
    f(18, &[s0p, n0p]);
    f(19, &[n0p, n1p]);
    // Tag triples.
    f(20, &[n0p, n1p, n2p]);
    f(21, &[s0p, n0p, n1p]);
    f(22, &[p(s0h), s0p, n0p]);
    f(23, &[s0p, p(s0l), n0p]);
    f(24, &[s0p, p(s0r), n0p]);
    f(25, &[s0p, n0p, p(n0l)]);
    // Distance.
    f(26, &[s0w, d]);
    f(27, &[s0p, d]);
    f(28, &[n0w, d]);
    f(29, &[n0p, d]);
    f(30, &[s0w, n0w, d]);
    f(31, &[s0p, n0p, d]);
    // Valency.
    f(32, &[s0w, s0vr]);
    f(33, &[s0p, s0vr]);
    f(34, &[s0w, s0vl]);
    f(35, &[s0p, s0vl]);
    f(36, &[n0w, n0vl]);
    f(37, &[n0p, n0vl]);
    // Heads, children and their labels.
    f(38, &[w(s0h)]);
    f(39, &[p(s0h)]);
    f(40, &[lab(s0)]);
    f(41, &[w(s0l)]);
    f(42, &[p(s0l)]);
    f(43, &[lab(s0l)]);
    f(44, &[w(s0r)]);
    f(45, &[p(s0r)]);
    f(46, &[lab(s0r)]);
    f(47, &[w(n0l)]);
    f(48, &[p(n0l)]);
    f(49, &[lab(n0l)]);
    // Third order: grandheads and second children.
    f(50, &[w(s0h2)]);
    f(51, &[p(s0h2)]);
    f(52, &[lab(s0h)]);
    f(53, &[w(s0l2)]);
    f(54, &[p(s0l2)]);
    f(55, &[lab(s0l2)]);
    f(56, &[w(s0r2)]);
    f(57, &[p(s0r2)]);
    f(58, &[lab(s0r2)]);
    f(59, &[w(n0l2)]);
    f(60, &[p(n0l2)]);
    f(61, &[lab(n0l2)]);
    f(62, &[s0p, p(s0l), p(s0l2)]);
    f(63, &[s0p, p(s0r), p(s0r2)]);
    f(64, &[s0p, p(s0h), p(s0h2)]);
    f(65, &[n0p, p(n0l), p(n0l2)]);
    // Label sets.
    f(66, &[s0w, s0sr]);
    f(67, &[s0p, s0sr]);
    f(68, &[s0w, s0sl]);
    f(69, &[s0p, s0sl]);
    f(70, &[n0w, n0sl]);
    f(71, &[n0p, n0sl]);
    // The second stack item and punctuation between the two candidates.
    f(72, &[w(s1), p(s1)]);
    f(73, &[p(s1), s0p, n0p]);
    f(74, &[p(s1), s0p]);
    f(75, &[s0p, n0p, punct]);
    f(76, &[s0w, n0p, punct]);
    f(77, &[p(s1), lab(s1), s0p]);
}

/// The trained parser.
pub struct Parser {
    /// The weights, one class per transition.
    pub model: Linear,
}

impl Parser {
    /// Parses a sentence greedily: each word's head (0-based, `NONE` for the root) and
    /// relation. The tree is single-rooted: when the transitions leave several words attached
    /// to the root, the first keeps it and the others hang from it as `parataxis`.
    pub fn parse(&self, cx: &Context) -> (Vec<usize>, Vec<Deprel>) {
        let mut st = State::new(cx.len());
        let mut feats = Vec::with_capacity(96);
        let mut scores = [0f32; CLASSES];
        while !st.is_terminal() {
            features(&st, cx, &mut feats);
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.model.score(&feats, &mut scores);
            let moves = st.moves();
            for (c, s) in scores.iter_mut().enumerate() {
                if !moves.allows(c) {
                    *s = f32::NEG_INFINITY;
                }
            }
            st.apply(argmax(&scores));
        }
        tree(&st)
    }

    /// Writes the parser's section of the model file.
    pub fn write(&self, w: &mut Writer) {
        w.u32(LABELS as u32);
        self.model.write(w);
    }

    /// Reads the parser's section.
    pub fn read(r: &mut Reader) -> Result<Self, ModelError> {
        if r.u32()? as usize != LABELS {
            return Err(r.error("the parser's relations differ from this casus's"));
        }
        let model = Linear::read(r)?;
        if model.classes() != CLASSES {
            return Err(r.error("the parser's classes differ from this casus's"));
        }
        Ok(Parser { model })
    }
}

/// The tree of a final configuration, made single-rooted: the first word attached to the root
/// keeps it, the others hang from it as `parataxis`.
fn tree(st: &State) -> (Vec<usize>, Vec<Deprel>) {
    let n = st.n;
    let mut heads: Vec<usize> = (0..n).map(|i| st.head(i)).collect();
    let mut labels: Vec<Deprel> = (0..n).map(|i| st.label(i)).collect();
    let mut root = NONE;
    for i in 0..n {
        if heads[i] == n || heads[i] == NONE {
            if root == NONE {
                root = i;
                heads[i] = NONE;
                labels[i] = Deprel::Root;
            } else {
                heads[i] = root;
                labels[i] = Deprel::Parataxis;
            }
        }
    }
    (heads, labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_name_their_moves() {
        assert_eq!(move_of(SHIFT), Move::Shift);
        assert_eq!(move_of(REDUCE), Move::Reduce);
        assert_eq!(move_of(left(Deprel::Nsubj)), Move::Left(Deprel::Nsubj));
        assert_eq!(move_of(right(Deprel::Xcomp)), Move::Right(Deprel::Xcomp));
        assert_eq!(right(Deprel::ALL[LABELS - 1]), CLASSES - 1);
    }

    #[test]
    fn transitions_build_a_tree() {
        // "Russia urged Turkey": urged heads both, and the root heads urged.
        let mut st = State::new(3);
        assert!(!st.valid(REDUCE) && !st.valid(left(Deprel::Nsubj)));
        st.apply(SHIFT);
        st.apply(left(Deprel::Nsubj));
        st.apply(SHIFT);
        assert!(st.valid(right(Deprel::Obj)) && !st.valid(right(Deprel::Root)));
        st.apply(right(Deprel::Obj));
        assert!(!st.valid(SHIFT), "the root is never shifted");
        st.apply(REDUCE);
        assert!(st.valid(left(Deprel::Root)) && !st.valid(left(Deprel::Nsubj)));
        st.apply(left(Deprel::Root));
        assert!(st.is_terminal());
        assert_eq!(
            (0..3).map(|i| st.head(i)).collect::<Vec<_>>(),
            vec![1, 3, 1]
        );
        let urged = st.nodes[1];
        assert_eq!((urged.nl, urged.nr, urged.l1, urged.r1), (1, 1, 0, 2));
        assert_eq!(st.label(2), Deprel::Obj);
    }
}
