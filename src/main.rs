//! The `lectern` binary: parse arguments, run, and turn an error into one
//! `lectern: …` line with exit status 1.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = lectern::cli::Args::parse();
    // Where lectern's files live, resolved once for the whole run.
    let paths = lectern::store::paths::Paths::from_env();
    match lectern::run(args, paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // File names and config values come from outside: no escape
            // in them reaches the terminal.
            eprintln!(
                "lectern: {}",
                lectern::text::sanitize::sanitize(&err.to_string())
            );
            ExitCode::FAILURE
        }
    }
}
