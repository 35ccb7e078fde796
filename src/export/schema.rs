//! Versioned output documents: every JSON file the tool writes (and every line of
//! `tagged.jsonl`) starts with a `schema_version`, described by a JSON Schema under
//! `schemas/`, so other tools can check what they read and notice when its shape changes.
//!
//! A version is raised when a field changes meaning or goes away; new fields may appear
//! without a raise (readers should ignore fields they do not know).

use serde::Serialize;

/// Version of one line of `tagged.jsonl` (`schemas/tagged-row.schema.json`).
pub const TAGGED_ROW_VERSION: u32 = 1;

/// A JSON document the tool writes, with the version of its schema.
pub trait Document: Serialize {
    /// The `schema_version` written first in the document.
    const SCHEMA_VERSION: u32;
}

/// A value serialised with `"schema_version": N` as its first key.
#[derive(Debug, Serialize)]
pub struct Versioned<'a, T: Serialize> {
    /// The version of the value's schema.
    schema_version: u32,
    /// The value's own fields, after the version.
    #[serde(flatten)]
    value: &'a T,
}

impl<'a, T: Serialize> Versioned<'a, T> {
    /// Wraps `value` to be written with `schema_version`.
    pub fn new(schema_version: u32, value: &'a T) -> Self {
        Versioned {
            schema_version,
            value,
        }
    }
}

impl<'a, T: Document> Versioned<'a, T> {
    /// Wraps a document with its own schema version.
    pub fn document(value: &'a T) -> Self {
        Versioned::new(T::SCHEMA_VERSION, value)
    }
}

impl Document for super::Summary {
    const SCHEMA_VERSION: u32 = 1;
}

impl Document for super::Manifest {
    const SCHEMA_VERSION: u32 = 1;
}

impl Document for crate::cluster::SavedClusters {
    const SCHEMA_VERSION: u32 = 1;
}

impl Document for crate::retheme::manifest::RethemeManifest {
    const SCHEMA_VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Thing {
        a: u32,
        b: &'static str,
    }

    #[test]
    fn version_comes_first_then_the_fields() {
        let json =
            serde_json::to_string(&Versioned::new(3, &Thing { a: 1, b: "x" })).expect("serialise");
        assert_eq!(json, r#"{"schema_version":3,"a":1,"b":"x"}"#);
    }
}
