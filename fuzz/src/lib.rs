//! What the dataset fuzz targets share: streaming bytes through a dataset importer.

use casus::graph::Filter;
use casus::ingest::dataset::{InputFormat, StreamOptions, Streamer};

/// Streams `data` as a file of `format`, first with bad rows skipped (checking that every row
/// is accounted for), then stopping at the first bad row. Panics on a broken invariant.
pub fn dataset(data: &[u8], format: InputFormat) {
    // One thread: the fuzzer runs one input at a time.
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| unsafe { std::env::set_var("CASUS_THREADS", "1") });
    for skip_bad in [true, false] {
        let mut registry = casus::model::builtin::registry();
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
        let result = streamer.read_from(&mut reader, "f", format);
        let finished = streamer.finish().expect("no rejects file to flush");
        let t = finished.tally;
        assert_eq!(t.read, t.kept + t.filtered + t.rejected, "{t}");
        assert_eq!(t.kept as usize, finished.events.len());
        if skip_bad {
            // Only a bad header or encoding stops a run that skips bad rows.
            let _ = result;
        }
    }
}
