//! The command line: argument parsing with clap, and exit codes.
//!
//! Exit codes: 0 success, 1 the course has errors (or the site could not be written), 2 the
//! command line is wrong (unknown option, unusable `--base-url` or output folder).

use std::ffi::OsString;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::output::{OutputError, check_output_dir, write_site};
use crate::read::config::normalize_base_url;
use crate::render::highlight::HighlightCache;
use crate::serve::{ServeFailure, ServeOptions};
use crate::site::{BuildOptions, build, fails};
use crate::util::timings::Timings;

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
    },
    /// Work with the course's theme.
    Theme {
        #[command(subcommand)]
        action: ThemeAction,
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
    },
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

/// Runs the command line `args` (including the program name) and returns the exit code.
pub fn run<I: IntoIterator<Item = OsString>>(args: I) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                EXIT_USAGE_ERROR
            } else {
                0
            });
        }
    };
    match cli.command {
        Command::Build {
            course_dir,
            output,
            base_url,
            drafts,
            strict,
            force,
            timings,
            no_cache,
        } => {
            let output = output.unwrap_or_else(|| course_dir.join("public"));
            run_build(
                &course_dir,
                Some((&output, force)),
                base_url.as_deref(),
                BuildFlags {
                    drafts,
                    strict,
                    timings,
                    no_cache,
                },
            )
        }
        Command::Check {
            course_dir,
            drafts,
            strict,
            timings,
            no_cache,
        } => run_build(
            &course_dir,
            None,
            None,
            BuildFlags {
                drafts,
                strict,
                timings,
                no_cache,
            },
        ),
        Command::Serve {
            course_dir,
            port,
            interface,
            open,
            drafts,
            timings,
            no_cache,
        } => match crate::serve::run(ServeOptions {
            course_dir,
            interface,
            port,
            open,
            drafts,
            timings,
            cache_dir: cache_dir(no_cache),
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(ServeFailure::Usage) => ExitCode::from(EXIT_USAGE_ERROR),
            Err(ServeFailure::Stopped) => ExitCode::from(EXIT_CONTENT_ERROR),
        },
        Command::Theme {
            action: ThemeAction::Eject { course_dir },
        } => eject(&course_dir),
        Command::Init { dir, title, ci } => {
            match crate::init::create_course(&dir, title.as_deref(), ci) {
                Ok(()) => {
                    eprintln!("Created a new course in `{}`.", dir.display());
                    eprintln!(
                        "Preview it while you write:  syllabus serve {}",
                        shell_path(&dir)
                    );
                    eprintln!(
                        "Build the site:              syllabus build {}",
                        shell_path(&dir)
                    );
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::from(EXIT_USAGE_ERROR)
                }
            }
        }
    }
}

fn eject(course_dir: &Path) -> ExitCode {
    match crate::pages::theme::eject_templates(course_dir) {
        Ok((written, kept)) => {
            for file in &kept {
                eprintln!("kept your `{}`", file.display());
            }
            eprintln!(
                "Wrote {} into `{}`. Each one replaces the theme's template of the same name: edit them, and delete the ones you do not change. The variables are described in docs/templates.md.",
                plural(written.len(), "template"),
                course_dir.join("templates").display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_USAGE_ERROR)
        }
    }
}

fn shell_path(path: &Path) -> String {
    let text = path.display().to_string();
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

struct BuildFlags {
    drafts: bool,
    strict: bool,
    timings: bool,
    no_cache: bool,
}

/// Where highlighted code is cached, unless `--no-cache`.
fn cache_dir(no_cache: bool) -> Option<PathBuf> {
    if no_cache {
        None
    } else {
        HighlightCache::default_dir()
    }
}

fn run_build(
    course_dir: &Path,
    output: Option<(&Path, bool)>,
    base_url: Option<&str>,
    flags: BuildFlags,
) -> ExitCode {
    let started = Instant::now();
    let base_url = match base_url.map(normalize_base_url).transpose() {
        Ok(url) => url,
        Err(message) => {
            eprintln!("error: invalid `--base-url`: {message}");
            eprintln!(
                "help: write the full address the site is published at, such as `https://user.github.io/repo/`, or its path, starting with `/`, such as `/repo/`"
            );
            return ExitCode::from(EXIT_USAGE_ERROR);
        }
    };
    if !course_dir.is_dir() {
        eprintln!(
            "error: the course folder `{}` does not exist",
            course_dir.display()
        );
        return ExitCode::from(EXIT_USAGE_ERROR);
    }
    let output_dir = match output.map(|(out, force)| check_output_dir(course_dir, out, force)) {
        Some(Err(error)) => {
            eprintln!("error: {error}");
            if let OutputError::Foreign(_) = error {
                eprintln!(
                    "help: choose another folder with `-o`, empty this one, or pass `--force` to replace it"
                );
            }
            return ExitCode::from(EXIT_USAGE_ERROR);
        }
        Some(Ok(dir)) => Some(dir),
        None => None,
    };
    let options = BuildOptions {
        course_dir: course_dir.to_path_buf(),
        base_url,
        include_drafts: flags.drafts,
        cache_dir: cache_dir(flags.no_cache),
    };
    let mut result = build(&options);
    result.timings.time("report", || result.diagnostics.print());
    if let Some(problem) = &result.cache_problem {
        eprintln!("warning: {problem} (the site is complete; the next build will be slower)");
    }
    let site = match result.site.take() {
        Some(site) if !fails(&result.diagnostics, flags.strict) => site,
        _ => {
            let what = if output.is_some() {
                "build failed; the previous site was left as it was"
            } else {
                "check failed"
            };
            eprintln!("error: {what}");
            print_timings(flags.timings, &result.timings);
            return ExitCode::from(EXIT_CONTENT_ERROR);
        }
    };
    let (Some((out, _)), Some(output_dir)) = (output, output_dir) else {
        print_timings(flags.timings, &result.timings);
        eprintln!(
            "Checked {} ({}): no errors.",
            plural(result.module_count, "module"),
            plural(result.page_count, "page")
        );
        return ExitCode::SUCCESS;
    };
    let written = result
        .timings
        .time("write", || write_site(&site, &output_dir));
    print_timings(flags.timings, &result.timings);
    if let Err(error) = written {
        eprintln!("error: {error}");
        return ExitCode::from(EXIT_CONTENT_ERROR);
    }
    eprintln!(
        "Built {} from {} into `{}` in {} ms.",
        plural(result.page_count, "page"),
        plural(result.module_count, "module"),
        out.display(),
        started.elapsed().as_millis()
    );
    ExitCode::SUCCESS
}

fn print_timings(wanted: bool, timings: &Timings) {
    if wanted {
        eprint!("Time per stage:\n{}", timings.render());
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
