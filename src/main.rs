//! The `unxref` command: glue between the terminal and the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
