//! Helpers of the browser test: driving Chromium, reading its DOM and screenshots, and a
//! report fixture with every section filled.

pub mod chromium;
pub mod dom;
pub mod fixture;
pub mod pixels;
