//! Embeds the digest of this build's sources (`FEEDBACK_THEMES_SOURCE_SHA256`), so that
//! `train-pii` can tell at run time which commit built it (see src/build_provenance.rs).
//! It reruns only when a source changes, never on a commit (see src/source_digest.rs).

#[allow(dead_code)]
#[path = "src/source_digest.rs"]
mod source_digest;

fn main() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    for input in source_digest::INPUTS {
        println!("cargo:rerun-if-changed={input}");
    }
    let digest = source_digest::digest(&root).unwrap_or_else(|_| "unknown".to_string());
    println!("cargo:rustc-env=FEEDBACK_THEMES_SOURCE_SHA256={digest}");
}
