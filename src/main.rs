//! The `lectern` binary: parse arguments, run, and turn an error into one
//! `lectern: …` line with exit status 1.

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = lectern::cli::Args::parse();
    // Where lectern's files live, resolved once for the whole run.
    let paths = lectern::store::paths::Paths::from_env();
    match lectern::run(args, paths) {
        // Stopped by a signal: the status says so, as when one ends a program.
        Ok(()) => match lectern::tui::stopped_by_signal() {
            Some(signal) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
            None => ExitCode::SUCCESS,
        },
        Err(err) => {
            // File names and config values come from outside: no escape
            // in them reaches the terminal. Standard error may be gone
            // with the terminal: then there is nobody to tell.
            let message = err.to_string();
            let message = lectern::text::sanitize::sanitize(&message);
            let _ = writeln!(std::io::stderr(), "lectern: {message}");
            ExitCode::FAILURE
        }
    }
}
