//! The timeline CSV (`timeline.csv`): one row per event, in timeline order.
