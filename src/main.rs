//! The `lectern` binary: parse arguments, run, and turn an error into one
//! `lectern: …` line with exit status 1.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = lectern::cli::Args::parse();
    match lectern::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("lectern: {err:#}");
            ExitCode::FAILURE
        }
    }
}
