//! Reading inputs into the model: one module per input format.
