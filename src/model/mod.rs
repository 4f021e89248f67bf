//! The data model every stage shares: dates (`DateSpan`, EDTF), actors and their registry, the
//! CAMEO codebook, and events with their provenance.

pub mod actor;
pub mod actor_file;
pub mod article;
pub mod builtin;
pub mod codebook;
pub mod coded;
pub mod date;
pub mod event;
pub mod event_id;
pub mod filter;
pub mod provenance;

pub use actor::{
    Actor, ActorKind, ActorOrigin, ActorRegistry, Affiliation, Lookup, ResolveError, Resolved,
};
pub use article::Article;
pub use codebook::{Codebook, EventType, QuadClass};
pub use date::{DateSpan, EdtfError, Precision};
pub use event::{ActorId, Event, Origin, Provenance};
pub use event_id::EventId;
pub use filter::Filter;
