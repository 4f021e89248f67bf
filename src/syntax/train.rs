//! Training the syntax model from UD treebanks: the lemmatizer's tables, the tagger, tags for
//! the parser's training data by jackknifing (each fold tagged by a tagger that did not see it),
//! and the parser with a dynamic oracle (Goldberg and Nivre 2012) on projectivised trees; the
//! dev splits choose the epochs. Deterministic for a given seed. Not used when parsing.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use super::conllu::{self, Annotated};
use super::lemma::Lemmatizer;
use super::linear::atom;
use super::model::Model;
use super::parser::{self, CLASSES, Context, Move, NONE, Parser, State};
use super::perceptron::Perceptron;
use super::tagger::{self, Tagger, argmax};
use super::{Deprel, Upos, Xpos};

/// What to train on and how.
#[derive(Clone, Debug)]
pub struct Options {
    /// Treebank files to train on.
    pub train: Vec<PathBuf>,
    /// Treebank files that choose the number of epochs.
    pub dev: Vec<PathBuf>,
    /// The seed of the shuffles and of the parser's exploration.
    pub seed: u64,
    /// Most tagger epochs.
    pub tagger_epochs: usize,
    /// Most parser epochs.
    pub parser_epochs: usize,
    /// Folds for tagging the parser's training data.
    pub folds: usize,
    /// Threads for the folds.
    pub threads: usize,
    /// Parser weights whose magnitude is below this are dropped from the model.
    pub min_weight: f32,
    /// Parser features updated fewer times than this are dropped from the model (the tagger
    /// keeps every feature).
    pub min_updates: u32,
    /// A file keeping the tagger stage (the tagger and the jackknifed tags of the training
    /// data): read when it exists, else written, so that parser experiments skip that stage.
    /// It must come from the same data, seed, epochs and folds (its header says which).
    pub tagger_cache: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            train: Vec::new(),
            dev: Vec::new(),
            seed: 1,
            tagger_epochs: 12,
            parser_epochs: 20,
            folds: 10,
            threads: 2,
            min_weight: 0.0,
            min_updates: 1,
            tagger_cache: None,
        }
    }
}

/// A treebank sentence as training needs it.
#[derive(Clone)]
pub struct Gold {
    /// The word forms.
    pub forms: Vec<String>,
    /// The tag class of each word (an index into the tag list).
    pub tags: Vec<usize>,
    /// The gold XPOS tags.
    pub xpos: Vec<Xpos>,
    /// The gold UPOS tags.
    pub upos: Vec<Upos>,
    /// Heads, 0-based, `n` for the root.
    pub heads: Vec<usize>,
    /// Relations.
    pub labels: Vec<Deprel>,
}

/// A deterministic random number generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Shuffles a slice (Fisher-Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

/// The tag pairs of a treebank, in a fixed order (by UPOS, then XPOS).
pub fn tag_set(sentences: &[Annotated]) -> Vec<(Upos, Xpos)> {
    let mut set: Vec<(Upos, Xpos)> = sentences
        .iter()
        .flat_map(|a| a.sentence.words.iter().map(|w| (w.upos, w.xpos)))
        .collect();
    set.sort();
    set.dedup();
    set
}

/// Lifts non-projective arcs (the shortest first) until the tree is projective, keeping the
/// relations; `heads` are 0-based with `n` for the root.
pub fn projectivise(heads: &mut [usize]) -> usize {
    let n = heads.len();
    let dominated = |heads: &[usize], h: usize, mut k: usize| -> bool {
        // Whether h is an ancestor of k (the root n dominates everything).
        if h == n {
            return true;
        }
        let mut steps = 0;
        while k != n && steps <= n {
            if k == h {
                return true;
            }
            k = heads[k];
            steps += 1;
        }
        false
    };
    let mut lifted = 0;
    loop {
        let mut worst: Option<(usize, usize)> = None;
        for d in 0..n {
            let h = heads[d];
            let (a, b) = if h < d { (h, d) } else { (d, h.min(n)) };
            let non_projective = (a + 1..b).any(|k| !dominated(heads, h, k));
            if non_projective {
                let len = b - a;
                if worst.is_none_or(|(_, l)| len < l) {
                    worst = Some((d, len));
                }
            }
        }
        match worst {
            Some((d, _)) if heads[d] != n => {
                heads[d] = heads[heads[d]];
                lifted += 1;
            }
            _ => return lifted,
        }
    }
}

/// The training form of a treebank sentence (its tree projectivised).
pub fn gold_of(a: &Annotated, tags: &[(Upos, Xpos)]) -> Gold {
    let s = &a.sentence;
    let n = s.words.len();
    let mut heads: Vec<usize> = s
        .words
        .iter()
        .map(|w| if w.head == 0 { n } else { w.head - 1 })
        .collect();
    projectivise(&mut heads);
    Gold {
        forms: s.words.iter().map(|w| w.form.clone()).collect(),
        tags: s
            .words
            .iter()
            .map(|w| tags.binary_search(&(w.upos, w.xpos)).unwrap_or(0))
            .collect(),
        xpos: s.words.iter().map(|w| w.xpos).collect(),
        upos: s.words.iter().map(|w| w.upos).collect(),
        heads,
        labels: s.words.iter().map(|w| w.deprel).collect(),
    }
}

/// Trains a tagger for `epochs` epochs; with `dev`, keeps the epoch with the best dev accuracy
/// and returns it with the accuracy.
pub fn train_tagger(
    tags: &[(Upos, Xpos)],
    train: &[Gold],
    dev: Option<&[Gold]>,
    epochs: usize,
    seed: u64,
    (min_updates, min_weight): (u32, f32),
    log: &mut String,
) -> (Tagger, usize, f64) {
    let mut p = Perceptron::new(tags.len());
    let lexicon = || {
        tagger::Lexicon::learn(train.iter().flat_map(|g| {
            g.forms
                .iter()
                .map(String::as_str)
                .zip(g.xpos.iter().copied())
        }))
    };
    let lex = lexicon();
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut best: Option<(Tagger, usize, f64)> = None;
    let mut feats = Vec::new();
    let mut scores = vec![0f32; tags.len()];
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let g = &train[i];
            let f = tagger::Features::new(g.forms.iter().map(String::as_str), &lex);
            let (mut t1, mut t2) = (u64::MAX, u64::MAX);
            for (j, &truth) in g.tags.iter().enumerate() {
                f.of(j, t1, t2, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                p.score(&feats, &mut scores);
                let guess = argmax(&scores);
                p.update(&feats, truth, guess);
                p.tick();
                t2 = t1;
                t1 = guess as u64;
            }
        }
        let Some(dev) = dev else {
            if epoch == epochs {
                let t = Tagger {
                    tags: tags.to_vec(),
                    lexicon: lexicon(),
                    model: p.averaged(min_updates, min_weight),
                };
                return (t, epoch, 0.0);
            }
            continue;
        };
        let t = Tagger {
            tags: tags.to_vec(),
            lexicon: lexicon(),
            model: p.averaged(min_updates, min_weight),
        };
        let (mut right, mut all) = (0usize, 0usize);
        for g in dev {
            let got = t.tag(&t.features(g.forms.iter().map(String::as_str)));
            right += got.iter().zip(&g.tags).filter(|(a, b)| a == b).count();
            all += g.tags.len();
        }
        let acc = right as f64 / all.max(1) as f64;
        let _ = writeln!(
            log,
            "tagger epoch {epoch}: dev tag accuracy {acc:.4}, {} features",
            p.features()
        );
        eprintln!("tagger epoch {epoch}: dev tag accuracy {acc:.4}");
        if best.as_ref().is_none_or(|b| acc > b.2) {
            best = Some((t, epoch, acc));
        }
    }
    best.expect("at least one epoch")
}

/// Tags `sentences` with `t`: their XPOS tags.
fn predicted_xpos(t: &Tagger, g: &Gold) -> Vec<Xpos> {
    t.tag(&t.features(g.forms.iter().map(String::as_str)))
        .into_iter()
        .map(|c| t.tags[c].1)
        .collect()
}

/// The parser's context of a sentence with the given tags.
pub fn context(forms: &[String], xpos: &[Xpos]) -> Context {
    Context::new(
        forms.iter().map(|f| atom(&f.to_lowercase())).collect(),
        xpos,
    )
}

/// The cost of each transition class in a state: how many gold arcs it makes unreachable
/// (`u32::MAX` for a class that is not valid).
pub fn costs(st: &State, heads: &[usize], labels: &[Deprel], out: &mut [u32]) {
    let n = st.n;
    let s0 = st.s0();
    let b = st.b;
    let on_stack = |k: usize| st.stack.iter().any(|&s| s as usize == k);
    let shift = if b < n {
        st.stack
            .iter()
            .map(|&k| {
                let k = k as usize;
                u32::from(heads[k] == b && st.head(k) == NONE) + u32::from(heads[b] == k)
            })
            .sum()
    } else {
        u32::MAX
    };
    let reduce = if s0 != NONE && st.head(s0) != NONE {
        (b..n).filter(|&k| heads[k] == s0).count() as u32
    } else {
        u32::MAX
    };
    let (left, left_head_ok) = if s0 != NONE && st.head(s0) == NONE {
        let lost_head = u32::from(heads[s0] > b);
        let lost_deps = (b..n).filter(|&k| heads[k] == s0).count() as u32;
        (lost_head + lost_deps, heads[s0] == b)
    } else {
        (u32::MAX, false)
    };
    let (right, right_head_ok) = if s0 != NONE && b < n {
        let hb = heads[b];
        let lost_head = u32::from(hb != s0 && (hb > b || on_stack(hb)));
        let lost_deps = st
            .stack
            .iter()
            .filter(|&&k| heads[k as usize] == b && st.head(k as usize) == NONE)
            .count() as u32;
        (lost_head + lost_deps, hb == s0)
    } else {
        (u32::MAX, false)
    };
    let moves = st.moves();
    for (c, o) in out.iter_mut().enumerate() {
        *o = if !moves.allows(c) {
            u32::MAX
        } else {
            match parser::move_of(c) {
                Move::Shift => shift,
                Move::Reduce => reduce,
                Move::Left(l) => left + u32::from(left_head_ok && labels[s0] != l),
                Move::Right(l) => right + u32::from(right_head_ok && labels[b] != l),
            }
        };
    }
}

/// Labelled and unlabelled attachment on gold sentences with the given tags.
fn attachment(p: &Parser, dev: &[Gold], tags: &[Vec<Xpos>]) -> (f64, f64) {
    let (mut uas, mut las, mut all) = (0usize, 0usize, 0usize);
    for (g, t) in dev.iter().zip(tags) {
        let (heads, labels) = p.parse(&context(&g.forms, t));
        let n = g.forms.len();
        for i in 0..n {
            let h = if heads[i] == NONE { n } else { heads[i] };
            if h == g.heads[i] {
                uas += 1;
                if labels[i] == g.labels[i] {
                    las += 1;
                }
            }
        }
        all += n;
    }
    (uas as f64 / all as f64, las as f64 / all as f64)
}

/// Trains a parser on gold trees with the given (predicted) tags; keeps the epoch with the
/// best dev LAS.
#[allow(clippy::too_many_arguments)]
pub fn train_parser(
    train: &[Gold],
    train_tags: &[Vec<Xpos>],
    dev: &[Gold],
    dev_tags: &[Vec<Xpos>],
    epochs: usize,
    seed: u64,
    (min_updates, min_weight): (u32, f32),
    log: &mut String,
) -> (Parser, usize, f64, f64) {
    let mut p = Perceptron::new(CLASSES);
    let mut rng = Rng::new(seed ^ 0x7061_7273);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let contexts: Vec<Context> = train
        .iter()
        .zip(train_tags)
        .map(|(g, t)| context(&g.forms, t))
        .collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; CLASSES];
    let mut cost = vec![0u32; CLASSES];
    let mut best: Option<(Parser, usize, f64, f64)> = None;
    let explore_from = 2;
    for epoch in 1..=epochs {
        let started = Instant::now();
        rng.shuffle(&mut order);
        let (mut moves, mut mistakes) = (0usize, 0usize);
        for &i in &order {
            let g = &train[i];
            let cx = &contexts[i];
            let mut st = State::new(g.forms.len());
            while !st.is_terminal() {
                parser::features(&st, cx, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                p.score(&feats, &mut scores);
                costs(&st, &g.heads, &g.labels, &mut cost);
                let min = *cost.iter().min().expect("classes");
                let mut guess = NONE;
                let mut truth = NONE;
                for c in 0..CLASSES {
                    if cost[c] == u32::MAX {
                        continue;
                    }
                    if guess == NONE || scores[c] > scores[guess] {
                        guess = c;
                    }
                    if cost[c] == min && (truth == NONE || scores[c] > scores[truth]) {
                        truth = c;
                    }
                }
                if cost[guess] > min {
                    p.update(&feats, truth, guess);
                    mistakes += 1;
                }
                p.tick();
                moves += 1;
                let next = if epoch >= explore_from && rng.unit() < 0.9 {
                    guess
                } else {
                    truth
                };
                st.apply(next);
            }
        }
        let parser = Parser {
            model: p.averaged(min_updates, min_weight),
        };
        let (uas, las) = attachment(&parser, dev, dev_tags);
        let line = format!(
            "parser epoch {epoch}: {:.1}% of {moves} moves wrong, dev UAS {uas:.4} LAS {las:.4}, \
             {} features, {:.0} s",
            100.0 * mistakes as f64 / moves as f64,
            p.features(),
            started.elapsed().as_secs_f64()
        );
        eprintln!("{line}");
        let _ = writeln!(log, "{line}");
        if best.as_ref().is_none_or(|b| las > b.3) {
            best = Some((parser, epoch, uas, las));
        }
    }
    best.expect("at least one epoch")
}

/// The tagger (its epochs chosen on dev) and the jackknifed tags of the training data.
fn tagger_stage(
    opts: &Options,
    tags: &[(Upos, Xpos)],
    train: &[Gold],
    dev: &[Gold],
    log: &mut String,
) -> (Tagger, usize, Vec<Vec<Xpos>>) {
    // The tagger, its epochs chosen on dev.
    let (tagger, tagger_epochs, acc) = train_tagger(
        tags,
        train,
        Some(dev),
        opts.tagger_epochs,
        opts.seed,
        (1, 0.0),
        log,
    );
    let _ = writeln!(log, "tagger: {tagger_epochs} epochs, dev accuracy {acc:.4}");

    // Jackknifed tags for the parser's training data.
    let folds = opts.folds.max(2);
    let mut train_tags: Vec<Vec<Xpos>> = vec![Vec::new(); train.len()];
    let fold_tags = |k: usize| -> Vec<(usize, Vec<Xpos>)> {
        let rest: Vec<Gold> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, g)| g.clone())
            .collect();
        let mut quiet = String::new();
        let (t, _, _) = train_tagger(
            tags,
            &rest,
            None,
            tagger_epochs,
            opts.seed.wrapping_add(k as u64 + 1),
            (1, 0.0),
            &mut quiet,
        );
        (0..train.len())
            .filter(|i| i % folds == k)
            .map(|i| (i, predicted_xpos(&t, &train[i])))
            .collect()
    };
    let threads = opts.threads.clamp(1, folds);
    let per_thread: Vec<Vec<(usize, Vec<Xpos>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let fold_tags = &fold_tags;
                scope.spawn(move || {
                    (t..folds)
                        .step_by(threads)
                        .flat_map(fold_tags)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("fold thread"))
            .collect()
    });
    for (i, t) in per_thread.into_iter().flatten() {
        train_tags[i] = t;
    }
    let (right, all) = train
        .iter()
        .zip(&train_tags)
        .fold((0, 0), |(r, a), (g, t)| {
            (
                r + g.xpos.iter().zip(t).filter(|(x, y)| x == y).count(),
                a + t.len(),
            )
        });
    let _ = writeln!(
        log,
        "jackknifed XPOS accuracy on the training data ({folds} folds): {:.4}",
        right as f64 / all as f64
    );

    (tagger, tagger_epochs, train_tags)
}

/// Writes the tagger stage to a cache file.
fn write_tagger_stage(
    path: &std::path::Path,
    stage: &str,
    tagger: &Tagger,
    epochs: usize,
    train_tags: &[Vec<Xpos>],
) -> anyhow::Result<()> {
    let mut w = super::model::Writer::new();
    w.str(stage);
    w.u32(epochs as u32);
    tagger.write(&mut w);
    w.u32(train_tags.len() as u32);
    for t in train_tags {
        w.u32(t.len() as u32);
        for x in t {
            w.u8(x.index() as u8);
        }
    }
    std::fs::write(path, w.into_bytes())
        .map_err(|e| anyhow::anyhow!("could not write {}: {e}", path.display()))
}

/// Reads the tagger stage from a cache file made for the same stage and data.
fn read_tagger_stage(
    path: &std::path::Path,
    stage: &str,
    train: &[Gold],
) -> anyhow::Result<(Tagger, usize, Vec<Vec<Xpos>>)> {
    let bytes = std::fs::read(path)
        .map_err(|e| anyhow::anyhow!("could not read {}: {e}", path.display()))?;
    let mut r = super::model::Reader::new(&bytes);
    let made = r.str()?;
    anyhow::ensure!(
        made == stage,
        "{} holds another tagger stage ({made}); delete it or name another cache",
        path.display()
    );
    let epochs = r.u32()? as usize;
    let tagger = Tagger::read(&mut r)?;
    let n = r.u32()? as usize;
    anyhow::ensure!(
        n == train.len(),
        "{}: sentence count differs",
        path.display()
    );
    let mut tags = Vec::with_capacity(n);
    for g in train {
        let len = r.u32()? as usize;
        anyhow::ensure!(
            len == g.forms.len(),
            "{}: word count differs",
            path.display()
        );
        let mut t = Vec::with_capacity(len);
        for _ in 0..len {
            t.push(Xpos::from_index(r.u8()? as usize).ok_or_else(|| r.error("bad XPOS"))?);
        }
        tags.push(t);
    }
    Ok((tagger, epochs, tags))
}

/// Trains the whole model; `log` receives the progress and dev figures.
pub fn train(opts: &Options, log: &mut String) -> anyhow::Result<Model> {
    let started = Instant::now();
    let read = |files: &[PathBuf]| -> anyhow::Result<Vec<Annotated>> {
        let mut out = Vec::new();
        for f in files {
            out.extend(conllu::read_file(f)?);
        }
        Ok(out)
    };
    let train_raw = read(&opts.train)?;
    let dev_raw = read(&opts.dev)?;
    anyhow::ensure!(!train_raw.is_empty(), "no training sentences");
    anyhow::ensure!(!dev_raw.is_empty(), "no dev sentences");
    let tags = tag_set(&train_raw);
    let lemmatizer = Lemmatizer::learn(train_raw.iter().flat_map(|a| {
        a.sentence
            .words
            .iter()
            .map(|w| (w.form.as_str(), w.xpos, w.lemma.as_str(), w.feats.as_str()))
    }));
    let train: Vec<Gold> = train_raw.iter().map(|a| gold_of(a, &tags)).collect();
    let dev: Vec<Gold> = dev_raw.iter().map(|a| gold_of(a, &tags)).collect();
    let _ = writeln!(
        log,
        "{} training sentences, {} dev sentences, {} tag pairs",
        train.len(),
        dev.len(),
        tags.len()
    );

    let stage = format!(
        "tagger stage: {} + {} sentences, seed {}, {} epochs, {} folds",
        train.len(),
        dev.len(),
        opts.seed,
        opts.tagger_epochs,
        opts.folds
    );
    let cached = match &opts.tagger_cache {
        Some(path) if path.exists() => Some(read_tagger_stage(path, &stage, &train)?),
        _ => None,
    };
    let (tagger, tagger_epochs, train_tags) = match cached {
        Some(c) => {
            let _ = writeln!(log, "tagger stage read from the cache");
            c
        }
        None => {
            let (tagger, tagger_epochs, train_tags) = tagger_stage(opts, &tags, &train, &dev, log);
            if let Some(path) = &opts.tagger_cache {
                write_tagger_stage(path, &stage, &tagger, tagger_epochs, &train_tags)?;
            }
            (tagger, tagger_epochs, train_tags)
        }
    };
    let folds = opts.folds.max(2);
    eprintln!(
        "tagger stage done after {:.0} s",
        started.elapsed().as_secs_f64()
    );

    let dev_tags: Vec<Vec<Xpos>> = dev.iter().map(|g| predicted_xpos(&tagger, g)).collect();
    let thresholds = (opts.min_updates, opts.min_weight);
    let (parser, parser_epochs, uas, las) = train_parser(
        &train,
        &train_tags,
        &dev,
        &dev_tags,
        opts.parser_epochs,
        opts.seed,
        thresholds,
        log,
    );
    let _ = writeln!(
        log,
        "parser: {parser_epochs} epochs, dev UAS {uas:.4} LAS {las:.4} (predicted tags)"
    );
    let _ = writeln!(log, "trained in {:.0} s", started.elapsed().as_secs_f64());
    let names = |files: &[PathBuf]| {
        files
            .iter()
            .map(|f| {
                f.file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let description = format!(
        "trained on {} ({} sentences), epochs chosen on {}; seed {}; tagger {} epochs, parser {} \
         epochs, {} folds; licence CC BY-SA 4.0 (UD English EWT; GUM, CC BY 4.0)",
        names(&opts.train),
        train.len(),
        names(&opts.dev),
        opts.seed,
        tagger_epochs,
        parser_epochs,
        folds
    );
    Ok(Model {
        description,
        tagger,
        lemmatizer,
        parser,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projectivise_lifts_crossing_arcs() {
        // Word 2 is the root and heads 0 and 3; 3 heads 1, across the root word, so that arc
        // is lifted to 3's head.
        let mut heads = vec![2, 3, 4, 2];
        assert_eq!(projectivise(&mut heads), 1);
        assert_eq!(heads, vec![2, 2, 4, 2]);
        let mut flat = vec![1, 4, 1];
        assert_eq!(projectivise(&mut flat), 0);
    }

    #[test]
    fn the_oracle_follows_a_gold_tree_at_zero_cost() {
        // "Russia urged Turkey to act": urged root; Russia nsubj; Turkey obj; act xcomp of
        // urged; to mark of act.
        let heads = vec![1, 5, 1, 4, 1];
        let labels = vec![
            Deprel::Nsubj,
            Deprel::Root,
            Deprel::Obj,
            Deprel::Mark,
            Deprel::Xcomp,
        ];
        let mut st = State::new(5);
        let mut cost = vec![0u32; CLASSES];
        let mut steps = 0;
        while !st.is_terminal() {
            costs(&st, &heads, &labels, &mut cost);
            let c = (0..CLASSES)
                .find(|&c| cost[c] == 0)
                .expect("a zero-cost move");
            st.apply(c);
            steps += 1;
            assert!(steps < 50);
        }
        assert_eq!((0..5).map(|i| st.head(i)).collect::<Vec<_>>(), heads);
        assert_eq!((0..5).map(|i| st.label(i)).collect::<Vec<_>>(), labels);
    }

    #[test]
    fn costs_count_lost_arcs() {
        let heads = vec![1, 3, 1];
        let labels = vec![Deprel::Nsubj, Deprel::Root, Deprel::Obj];
        let mut st = State::new(3);
        st.apply(parser::SHIFT);
        let mut cost = vec![0u32; CLASSES];
        costs(&st, &heads, &labels, &mut cost);
        // Shifting "urged" over "Russia" loses Russia's head.
        assert_eq!(cost[parser::SHIFT], 1);
        assert_eq!(cost[parser::left(Deprel::Nsubj)], 0);
        assert_eq!(cost[parser::left(Deprel::Obj)], 1);
        // A right arc Russia -> urged loses urged's root arc and Russia's head.
        assert_eq!(cost[parser::right(Deprel::Dep)], 2);
        assert_eq!(cost[parser::REDUCE], u32::MAX);
    }

    #[test]
    fn the_rng_is_deterministic() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        assert_eq!(a.next_u64(), b.next_u64());
        let mut v: Vec<usize> = (0..10).collect();
        a.shuffle(&mut v);
        let mut w: Vec<usize> = (0..10).collect();
        b.shuffle(&mut w);
        assert_eq!(v, w);
        assert!((0..1000).all(|_| a.unit() < 1.0));
    }
}
