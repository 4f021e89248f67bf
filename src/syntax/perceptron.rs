//! Training of the shared linear scorer: the averaged perceptron (Collins 2002) over hashed
//! features, with lazily averaged sparse rows. Used only by training, never by parsing.

use rustc_hash::FxHashMap;

use super::linear::Linear;

/// One class weight of a feature, with what averaging needs.
#[derive(Clone, Copy)]
struct Param {
    class: u8,
    weight: f32,
    /// The sum of the weight over the instances up to `since`.
    total: f64,
    since: u64,
}

/// A feature's weights and how often they were updated.
#[derive(Default)]
struct Row {
    updates: u32,
    params: Vec<Param>,
}

/// An averaged perceptron being trained.
pub struct Perceptron {
    classes: usize,
    rows: FxHashMap<u64, Row>,
    /// Instances seen so far.
    now: u64,
}

impl Perceptron {
    /// An untrained model with `classes` classes (at most 256).
    pub fn new(classes: usize) -> Self {
        assert!(classes <= 256, "a class is stored in a byte");
        Perceptron {
            classes,
            rows: FxHashMap::default(),
            now: 0,
        }
    }

    /// Adds the current weights of `features` to `scores`.
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for p in &row.params {
                    scores[p.class as usize] += p.weight;
                }
            }
        }
    }

    /// Marks the end of one training instance (the clock of averaging).
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// Moves the weights of `features` towards `truth` and away from `guess`.
    pub fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let now = self.now;
        for &f in features {
            let row = self.rows.entry(f).or_default();
            row.updates = row.updates.saturating_add(1);
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                match row.params.iter_mut().find(|p| p.class as usize == class) {
                    Some(p) => {
                        p.total += (now - p.since) as f64 * f64::from(p.weight);
                        p.since = now;
                        p.weight += delta;
                    }
                    None => row.params.push(Param {
                        class: class as u8,
                        weight: delta,
                        total: 0.0,
                        since: now,
                    }),
                }
            }
        }
    }

    /// The number of features with a row.
    pub fn features(&self) -> usize {
        self.rows.len()
    }

    /// The averaged model, without the features updated fewer than `min_updates` times and
    /// the weights whose magnitude is below `min_weight`.
    pub fn averaged(&self, min_updates: u32, min_weight: f32) -> Linear {
        let now = self.now.max(1) as f64;
        let mut keys: Vec<&u64> = self
            .rows
            .iter()
            .filter(|(_, r)| r.updates >= min_updates)
            .map(|(k, _)| k)
            .collect();
        keys.sort_unstable();
        let rows = keys.into_iter().map(|k| {
            let mut row: Vec<(u8, f32)> = self.rows[k]
                .params
                .iter()
                .map(|p| {
                    let total = p.total + (self.now - p.since) as f64 * f64::from(p.weight);
                    (p.class, (total / now) as f32)
                })
                .filter(|(_, w)| w.abs() >= min_weight)
                .collect();
            row.sort_unstable_by_key(|(c, _)| *c);
            (*k, row)
        });
        Linear::from_rows(self.classes, rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::linear::key;

    #[test]
    fn learns_a_separable_problem_and_averages() {
        // Class 0 when feature a is present, class 1 when feature b is; c is always there.
        let (a, b, c) = (key(0, &[1]), key(0, &[2]), key(0, &[9]));
        let mut p = Perceptron::new(2);
        let data = [(vec![a, c], 0usize), (vec![b, c], 1usize)];
        for _ in 0..5 {
            for (f, y) in &data {
                let mut s = [0.0; 2];
                p.score(f, &mut s);
                let guess = if s[1] > s[0] { 1 } else { 0 };
                p.update(f, *y, guess);
                p.tick();
            }
        }
        let m = p.averaged(1, 0.0);
        for (f, y) in &data {
            let mut s = [0.0; 2];
            m.score(f, &mut s);
            let guess = if s[1] > s[0] { 1 } else { 0 };
            assert_eq!(guess, *y);
        }
        // The shared feature's weights were pushed both ways and average out below 1.
        let mut s = [0.0; 2];
        m.score(&[c], &mut s);
        assert!(s[0].abs() < 1.0 && s[1].abs() < 1.0, "{s:?}");
    }
}
