//! Output formats: one module per file format, each writing the built graph to a writer.

pub mod dot;
pub mod timeline;
