//! The `casus` binary: parses the arguments, runs the command, prints the error chain and maps
//! the outcome to an exit code (0 success, 1 invalid input, 2 usage error).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match casus::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            // Printing help or the version to a closed pipe is not worth a panic.
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match casus::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if casus::commands::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(casus::commands::exit_code(&e))
        }
    }
}
