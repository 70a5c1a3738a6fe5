use std::process::ExitCode;

fn main() -> ExitCode {
    syllabus::cli::run(std::env::args_os())
}
