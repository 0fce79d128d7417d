//! Write lectern's man page, from the same clap definition as `--help`:
//! `cargo run --example mangen > lectern.1`, then `man ./lectern.1`.

use clap::CommandFactory;

fn main() -> std::io::Result<()> {
    let command = lectern::cli::Args::command();
    clap_mangen::Man::new(command).render(&mut std::io::stdout())
}
