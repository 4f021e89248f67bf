//! The Graphviz DOT actor-relationship diagram (`actors.dot`).
