//! The command line: argument parsing with clap, and exit codes. `build.rs` runs `build` and
//! `check` and prints their report, `init.rs` runs `init`, `theme.rs` runs `theme eject`.
//!
//! Exit codes: 0 success, 1 the course has errors (or the site could not be written), 2 the
//! command line is wrong (unknown option, unusable `--base-url` or output folder).

mod build;
mod init;
mod theme;

use std::ffi::OsString;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::render::highlight::HighlightCache;
use crate::serve::{ServeFailure, ServeOptions};
use build::BuildFlags;

pub(crate) const EXIT_CONTENT_ERROR: u8 = 1;
pub(crate) const EXIT_USAGE_ERROR: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "syllabus",
    version,
    about = "Build course websites from folders of short Markdown modules."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the course into a static site (COURSE_DIR/public by default).
    Build {
        /// The course folder, holding `course.yaml`.
        #[arg(default_value = ".")]
        course_dir: PathBuf,
        /// Where to write the site. Replaced on each build; must be empty or made by Syllabus.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The address the site is published at, such as https://user.github.io/repo/.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Include modules marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Replace the output folder even if Syllabus did not make it.
        #[arg(long)]
        force: bool,
        /// Print how long each stage of the build took.
        #[arg(long)]
        timings: bool,
        /// Neither read nor write the highlighted-code cache (in the user's cache folder).
        #[arg(long)]
        no_cache: bool,
        /// Build the instructor view (instructor notes and solutions shown, marked), by default
        /// into `public-instructor/`. Never publish it to learners.
        #[arg(long)]
        instructor: bool,
    },
    /// Run every check of a build without writing anything.
    Check {
        /// The course folder, holding `course.yaml`.
        #[arg(default_value = ".")]
        course_dir: PathBuf,
        /// Include modules marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Print how long each stage of the check took.
        #[arg(long)]
        timings: bool,
        /// Neither read nor write the highlighted-code cache (in the user's cache folder).
        #[arg(long)]
        no_cache: bool,
    },
    /// Serve the course on this computer, rebuilding and reloading pages on every save.
    Serve {
        /// The course folder, holding `course.yaml`.
        #[arg(default_value = ".")]
        course_dir: PathBuf,
        /// The port to listen on (0 picks any free port).
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; 0.0.0.0 lets other computers on your network in.
        #[arg(short, long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        interface: IpAddr,
        /// Open the course in the web browser.
        #[arg(long)]
        open: bool,
        /// Include modules marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Print how long each stage of every rebuild took.
        #[arg(long)]
        timings: bool,
        /// Neither read nor write the highlighted-code cache (in the user's cache folder).
        #[arg(long)]
        no_cache: bool,
        /// Serve the instructor view: instructor notes and solutions shown, marked.
        #[arg(long)]
        instructor: bool,
    },
    /// Work with the course's theme.
    Theme {
        #[command(subcommand)]
        action: ThemeAction,
    },
    /// Make a course of an existing lesson (a Carpentries lesson or an mdBook book), in a new folder.
    Import {
        /// What the lesson is written for.
        #[arg(value_enum)]
        kind: crate::import::LessonKind,
        /// The lesson's folder.
        source: PathBuf,
        /// The course folder to create (it must not exist or be empty).
        dest: PathBuf,
    },
    /// Create a new course that builds at once.
    Init {
        /// The folder to create (it must not exist or be empty).
        dir: PathBuf,
        /// The course title (default: from the folder name).
        #[arg(long)]
        title: Option<String>,
        /// Where the course is published from: the CI file to write.
        #[arg(long, value_enum, default_value_t)]
        ci: crate::init::Ci,
        /// The course's language code, such as `fi` (letters, digits and `-`). The sample
        /// modules are written in it when Syllabus has them in that language, else in English.
        #[arg(long, value_name = "CODE", default_value = "en", value_parser = language_code)]
        language: String,
    },
}

/// A `--language` code: letters, digits and `-`, such as `fi` or `pt-BR`.
fn language_code(code: &str) -> Result<String, String> {
    if !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(code.to_string())
    } else {
        Err(
            "a language code is made of letters, digits and `-`, such as `fi` or `pt-BR`"
                .to_string(),
        )
    }
}

#[derive(Debug, Subcommand)]
enum ThemeAction {
    /// Copy the default theme's templates into the course's `templates/` to start your own
    /// (files already there are kept).
    Eject {
        /// The course folder, holding `course.yaml`.
        #[arg(default_value = ".")]
        course_dir: PathBuf,
    },
}

/// `syllabus import`: the course made and its report, then the checks a build would make.
fn import(kind: crate::import::LessonKind, source: &Path, dest: &Path) -> ExitCode {
    match crate::import::import(kind, source, dest) {
        Ok(report) => {
            print!("{report}");
            println!("\nChecking the new course as `syllabus check` does:");
            let flags = BuildFlags {
                drafts: false,
                strict: false,
                timings: false,
                no_cache: true,
                instructor: false,
            };
            build::run_build(dest, None, None, flags)
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_USAGE_ERROR)
        }
    }
}

/// Runs the command line `args` (including the program name) and returns the exit code.
pub fn run<I: IntoIterator<Item = OsString>>(args: I) -> ExitCode {
    match Cli::try_parse_from(args) {
        Ok(cli) => run_command(cli.command),
        Err(error) => {
            let _ = error.print();
            ExitCode::from(if error.use_stderr() {
                EXIT_USAGE_ERROR
            } else {
                0
            })
        }
    }
}

fn run_command(command: Command) -> ExitCode {
    match command {
        Command::Build {
            course_dir,
            output,
            base_url,
            drafts,
            strict,
            force,
            timings,
            no_cache,
            instructor,
        } => {
            let default_output = if instructor {
                "public-instructor"
            } else {
                "public"
            };
            let output = output.unwrap_or_else(|| course_dir.join(default_output));
            let flags = BuildFlags {
                drafts,
                strict,
                timings,
                no_cache,
                instructor,
            };
            build::run_build(
                &course_dir,
                Some((&output, force)),
                base_url.as_deref(),
                flags,
            )
        }
        Command::Check {
            course_dir,
            drafts,
            strict,
            timings,
            no_cache,
        } => {
            let flags = BuildFlags {
                drafts,
                strict,
                timings,
                no_cache,
                instructor: false,
            };
            build::run_build(&course_dir, None, None, flags)
        }
        Command::Serve {
            course_dir,
            port,
            interface,
            open,
            drafts,
            timings,
            no_cache,
            instructor,
        } => serve(ServeOptions {
            course_dir,
            interface,
            port,
            open,
            drafts,
            timings,
            cache_dir: cache_dir(no_cache),
            instructor,
        }),
        Command::Theme {
            action: ThemeAction::Eject { course_dir },
        } => theme::eject(&course_dir),
        Command::Init {
            dir,
            title,
            ci,
            language,
        } => init::init(&dir, title.as_deref(), ci, &language),
        Command::Import { kind, source, dest } => import(kind, &source, &dest),
    }
}

fn serve(options: ServeOptions) -> ExitCode {
    match crate::serve::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(ServeFailure::Usage) => ExitCode::from(EXIT_USAGE_ERROR),
        Err(ServeFailure::Stopped) => ExitCode::from(EXIT_CONTENT_ERROR),
    }
}

/// Where highlighted code is cached, unless `--no-cache`.
fn cache_dir(no_cache: bool) -> Option<PathBuf> {
    if no_cache {
        None
    } else {
        HighlightCache::default_dir()
    }
}

/// `1 module`, `2 modules`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
