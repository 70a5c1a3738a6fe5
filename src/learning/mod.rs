//! What the course offers a learner beyond its modules: named learning paths and the course map.

pub(crate) mod map;
pub(crate) mod paths;
