//! Lines written to standard output by the read-out commands (`eval`, `clusters`,
//! `alerts`, `breakdown`, summaries), stopping quietly when the reader has gone.
//!
//! `println!` panics when standard output is a pipe whose reader has closed it
//! (`feedback-themes eval pii --false-hits | head`): a panic message and exit 101 for
//! what is the user's choice to read no further. [`say!`] writes the same line and, on a
//! closed pipe, ends the process at once with [`CLOSED_PIPE_EXIT`] and no message, as a
//! Unix tool stopped by SIGPIPE does; any other write error is reported on standard error
//! and ends the process with exit code 1.

use std::fmt::Arguments;
use std::io::{ErrorKind, Write};

/// The exit code when the reader of standard output has gone: 128 + SIGPIPE (13), what
/// a shell reports for a tool that SIGPIPE stopped.
pub const CLOSED_PIPE_EXIT: u8 = 141;

/// Writes one formatted line to standard output (see the module doc).
pub fn line(args: Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    if let Err(err) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        stop_on(&err);
    }
}

/// Ends the process for a failed write to standard output: quietly when the pipe was
/// closed, with one line otherwise.
fn stop_on(err: &std::io::Error) -> ! {
    if err.kind() == ErrorKind::BrokenPipe {
        std::process::exit(i32::from(CLOSED_PIPE_EXIT));
    }
    eprintln!("error: writing to standard output: {err}");
    std::process::exit(1);
}

/// Whether an error (any cause in its chain) is standard output's reader going away,
/// so the binary can stop quietly with [`CLOSED_PIPE_EXIT`] instead of printing it.
pub fn is_closed_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
    })
}

/// `println!` that stops quietly when standard output's reader has gone ([`line`]).
macro_rules! say {
    () => {
        $crate::cli::stdout::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::cli::stdout::line(format_args!($($arg)*))
    };
}
pub(crate) use say;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_anywhere_in_the_chain_is_recognised() {
        let closed = anyhow::Error::new(std::io::Error::from(ErrorKind::BrokenPipe))
            .context("writing the redacted rows");
        assert!(is_closed_pipe(&closed));
        let other = anyhow::Error::new(std::io::Error::from(ErrorKind::PermissionDenied))
            .context("writing the redacted rows");
        assert!(!is_closed_pipe(&other));
        assert!(!is_closed_pipe(&anyhow::anyhow!("no such column")));
    }
}
