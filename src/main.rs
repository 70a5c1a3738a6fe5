use std::process::ExitCode;

fn main() -> ExitCode {
    syllabus::run(std::env::args_os())
}
