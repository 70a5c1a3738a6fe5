//! Tests of the crate as a whole that reach its private stages.

mod properties;
