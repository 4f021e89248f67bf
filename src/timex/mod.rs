//! Temporal expressions in news text: finding them and resolving them against an anchor date.
