//! The `feedback-themes` binary: parse arguments, call the library, map errors to exit codes.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: the pipeline allocates many small strings
/// on worker threads and frees them on others, where glibc's allocator spent a quarter
/// of a run's CPU time (measured with perf on 200k comments). Without transparent huge
/// pages (`no_thp`): zeroing fresh 2 MiB pages cost a further 15% of the CPU time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli::dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if cli::stdout::is_closed_pipe(err.error()) => {
            // The reader of standard output has gone (`redact … | head`): stop as a
            // tool stopped by SIGPIPE does, with no message.
            ExitCode::from(cli::stdout::CLOSED_PIPE_EXIT)
        }
        Err(err) => {
            eprintln!("error: {:#}", err.error());
            ExitCode::from(err.exit_code())
        }
    }
}
