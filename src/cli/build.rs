//! `syllabus build` and `syllabus check`: the command line checked, the course built, the site
//! written (`build` only), and the report on the terminal.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use super::{EXIT_CONTENT_ERROR, EXIT_USAGE_ERROR, cache_dir, plural};
use crate::output::{OutputDir, OutputError, SiteFiles, check_output_dir, write_site};
use crate::read::config::normalize_base_url;
use crate::site::{Build, BuildOptions, build, fails};
use crate::util::timings::Timings;

pub(super) struct BuildFlags {
    pub(super) drafts: bool,
    pub(super) strict: bool,
    pub(super) timings: bool,
    pub(super) no_cache: bool,
    pub(super) instructor: bool,
}

/// Builds the course in `course_dir`, and writes the site to `output` (the folder, and whether
/// `--force` was given) if there is one; without it, only checks the course.
pub(super) fn run_build(
    course_dir: &Path,
    output: Option<(&Path, bool)>,
    base_url: Option<&str>,
    flags: BuildFlags,
) -> ExitCode {
    let started = Instant::now();
    let (options, output_dir) = match prepare(course_dir, output, base_url, &flags) {
        Ok(prepared) => prepared,
        Err(code) => return code,
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
    match (output, output_dir) {
        (Some((out, _)), Some(output_dir)) => {
            write(&site, out, &output_dir, &mut result, &flags, started)
        }
        _ => {
            print_timings(flags.timings, &result.timings);
            eprintln!(
                "Checked {} ({}): no errors.",
                plural(result.module_count, "module"),
                plural(result.page_count, "page")
            );
            ExitCode::SUCCESS
        }
    }
}

/// Checks the command line (`--base-url`, the course folder, the output folder) and turns it
/// into build options; a problem is printed, and the exit code returned.
fn prepare(
    course_dir: &Path,
    output: Option<(&Path, bool)>,
    base_url: Option<&str>,
    flags: &BuildFlags,
) -> Result<(BuildOptions, Option<OutputDir>), ExitCode> {
    let base_url = match base_url.map(normalize_base_url).transpose() {
        Ok(url) => url,
        Err(message) => {
            eprintln!("error: invalid `--base-url`: {message}");
            eprintln!(
                "help: write the full address the site is published at, such as `https://user.github.io/repo/`, or its path, starting with `/`, such as `/repo/`"
            );
            return Err(ExitCode::from(EXIT_USAGE_ERROR));
        }
    };
    if !course_dir.is_dir() {
        eprintln!(
            "error: the course folder `{}` does not exist",
            course_dir.display()
        );
        return Err(ExitCode::from(EXIT_USAGE_ERROR));
    }
    let output_dir = match output.map(|(out, force)| check_output_dir(course_dir, out, force)) {
        Some(Err(error)) => {
            eprintln!("error: {error}");
            if let OutputError::Foreign(_) = error {
                eprintln!(
                    "help: choose another folder with `-o`, empty this one, or pass `--force` to replace it"
                );
            }
            return Err(ExitCode::from(EXIT_USAGE_ERROR));
        }
        Some(Ok(dir)) => Some(dir),
        None => None,
    };
    let options = BuildOptions {
        course_dir: course_dir.to_path_buf(),
        base_url,
        include_drafts: flags.drafts,
        cache_dir: cache_dir(flags.no_cache),
        instructor: flags.instructor,
        preview: false,
    };
    Ok((options, output_dir))
}

/// Writes the built site into `output_dir` (named `out` on the command line) and says so.
fn write(
    site: &SiteFiles,
    out: &Path,
    output_dir: &OutputDir,
    result: &mut Build,
    flags: &BuildFlags,
    started: Instant,
) -> ExitCode {
    let written = result
        .timings
        .time("write", || write_site(site, output_dir));
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
    if let Some(shell) = result.offline_shell {
        eprintln!(
            "Offline: a learner's browser keeps {} on the first visit: {} ({} gzipped).",
            plural(shell.files, "file"),
            kilobytes(shell.bytes),
            kilobytes(shell.gzipped)
        );
    }
    ExitCode::SUCCESS
}

fn kilobytes(bytes: u64) -> String {
    format!("{:.0} KB", bytes as f64 / 1000.0)
}

fn print_timings(wanted: bool, timings: &Timings) {
    if wanted {
        eprint!("Time per stage:\n{}", timings.render());
    }
}
