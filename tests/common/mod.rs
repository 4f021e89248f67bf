//! Test helpers shared by the black-box tests: a temporary work folder and the casus binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use casus::model::{ActorKind, ActorRegistry};

/// A temporary folder to write inputs into and run casus in.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    /// A new empty folder.
    pub fn new() -> Self {
        Workdir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating folders) and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// Reads a file of the folder as bytes.
    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.dir.path().join(name))
            .unwrap_or_else(|e| panic!("cannot read {name}: {e}"))
    }

    /// The casus binary, run in this folder.
    pub fn casus(&self) -> Command {
        let mut cmd = Command::cargo_bin("casus").unwrap();
        cmd.current_dir(self.dir.path());
        cmd
    }

    /// Runs `casus build ARGS --out out` here and returns its standard error; panics if it
    /// fails.
    pub fn build(&self, args: &[&str]) -> String {
        let out = self
            .casus()
            .arg("build")
            .args(args)
            .args(["--out", "out"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            out.status.success(),
            "casus build {args:?} failed:\n{stderr}"
        );
        stderr
    }
}

/// The data `report.html` embeds for its script (`<script type="application/json"
/// id="casus-data">`), parsed.
pub fn report_data(html: &str) -> serde_json::Value {
    let json = html
        .split("<script type=\"application/json\" id=\"casus-data\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("the report has its data");
    serde_json::from_str(json).expect("the report's data is JSON")
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `actual` with the golden file `tests/golden/NAME`; with `UPDATE_GOLDEN=1` in the
/// environment it rewrites the golden file instead.
pub fn assert_golden(name: &str, actual: &[u8]) {
    let path = repo().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e} (run with UPDATE_GOLDEN=1)",
            path.display()
        )
    });
    if expected != actual {
        let exp = String::from_utf8_lossy(&expected);
        let act = String::from_utf8_lossy(actual);
        for (i, (e, a)) in exp.lines().zip(act.lines()).enumerate() {
            if e != a {
                panic!(
                    "{name} differs from the golden file at line {}:\n  golden: {e}\n  actual: {a}\n\
                     (if the change is intended: UPDATE_GOLDEN=1 cargo test)",
                    i + 1
                );
            }
        }
        panic!(
            "{name} differs from the golden file in length ({} vs {} lines)",
            exp.lines().count(),
            act.lines().count()
        );
    }
}

/// Where skipped tests are recorded, one line each: `PARENT-PID<TAB>TEST<TAB>REASON`. The
/// parent is the `cargo test` (or nextest) run, so `tests/zz_skipped.rs`, the last test
/// binary, lists the skips of its own run and no older ones.
pub fn skip_log() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("skipped-tests.log")
}

/// The id of the process that started this test binary (the `cargo test` run).
pub fn run_id() -> u32 {
    #[cfg(unix)]
    {
        std::os::unix::process::parent_id()
    }
    #[cfg(not(unix))]
    {
        0
    }
}

/// Says that `test` did not run and why: on standard error, written directly so that the test
/// harness does not swallow it, and in [`skip_log`] for the summary of `tests/zz_skipped.rs`.
pub fn skipped(test: &str, reason: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "\n*** SKIPPED: {test}: {reason} ***\n");
    let line = format!(
        "{}\t{test}\t{}\n",
        run_id(),
        reason.replace(['\t', '\n'], " ")
    );
    let log = skip_log();
    if let Some(dir) = log.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
    {
        // One write per line: lines of tests running at once do not interleave.
        let _ = f.write_all(line.as_bytes());
    }
}

/// The state an actor belongs to, or the actor itself (organisations): the level at which the
/// development articles' gold files and the CAMEO examples' key code.
pub fn side(registry: &ActorRegistry, id: &str) -> String {
    let mut current = registry.get(id);
    for _ in 0..16 {
        match current {
            Some(a) if a.kind == ActorKind::State => return a.id.clone(),
            Some(a) => match &a.parent {
                Some(p) => current = registry.get(p),
                None => return a.id.clone(),
            },
            None => break,
        }
    }
    id.to_string()
}
