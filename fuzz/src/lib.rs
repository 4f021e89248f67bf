//! What the fuzz targets share: the built-in registry, built once, and streaming bytes
//! through a dataset importer.

use casus::graph::Filter;
use casus::model::ActorRegistry;
use casus::ingest::dataset::{InputFormat, StreamOptions, Streamer};

/// A copy of the built-in registry, parsed once per process (parsing it for every input would
/// take most of the fuzzer's time).
pub fn builtin() -> ActorRegistry {
    static REGISTRY: std::sync::OnceLock<ActorRegistry> = std::sync::OnceLock::new();
    REGISTRY
        .get_or_init(casus::model::builtin::registry)
        .clone()
}

/// Streams `data` as a file of `format`, first with bad rows skipped (checking that every row
/// is accounted for), then stopping at the first bad row. Panics on a broken invariant.
pub fn dataset(data: &[u8], format: InputFormat) {
    // One thread: the fuzzer runs one input at a time.
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| unsafe { std::env::set_var("CASUS_THREADS", "1") });
    for skip_bad in [true, false] {
        let mut registry = builtin();
        let filter = Filter::default();
        let options = StreamOptions {
            skip_bad,
            rejects: None,
            progress: false,
            count_only: false,
        };
        let mut streamer = Streamer::new(&mut registry, &filter, options, std::iter::empty())
            .expect("a streamer without a rejects file");
        let mut reader = data;
        // An error (a bad header, UTF-16, the first bad row without skip_bad) is an answer too;
        // a run that went to the end accounts for every row.
        let result = streamer.read_from(&mut reader, "f", format);
        let finished = streamer.finish().expect("no rejects file to flush");
        let t = finished.tally;
        assert_eq!(t.kept as usize, finished.events.len());
        if result.is_ok() {
            assert_eq!(t.read, t.kept + t.filtered + t.rejected, "{t}");
        }
        if !skip_bad {
            assert_eq!(t.rejected, 0, "without skip_bad the first bad row stops the run");
        }
    }
}
