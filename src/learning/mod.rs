//! What the course offers a learner beyond its modules: named learning paths and the course map.

pub mod map;
pub mod paths;
