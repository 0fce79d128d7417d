//! Drawing: the whole screen from an `&App`. Nothing here mutates state.

pub mod sanitize;
