//! `scripts/install-release.sh`, the installer behind the setup action (`action.yml`), run on
//! fake releases laid out as `.github/workflows/release.yml` publishes them: per target an
//! archive holding the binary at its root and `sha256sum`'s line for it in
//! `syllabus-TARGET.sha256`, under `download/vVERSION/`, reached through `file://` addresses.

#![cfg(unix)]
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A release folder with a binary packaged for `target`.
struct FakeRelease {
    root: tempfile::TempDir,
    target: String,
}

/// What the fake releases carry: the test build of Syllabus, or (where only the installer is
/// under test) a script that answers `--version` as Syllabus does and packs in no time.
enum Binary {
    Syllabus,
    StandIn,
}

impl FakeRelease {
    fn new(target: &str, binary: Binary) -> Self {
        let root = tempfile::tempdir().unwrap();
        let release = root.path().join(format!("download/v{VERSION}"));
        let stage = root.path().join("stage");
        fs::create_dir_all(&release).unwrap();
        fs::create_dir_all(&stage).unwrap();
        let windows = target.contains("-windows-");
        let name = if windows { "syllabus.exe" } else { "syllabus" };
        match binary {
            Binary::Syllabus => {
                fs::copy(env!("CARGO_BIN_EXE_syllabus"), stage.join(name)).unwrap();
            }
            Binary::StandIn => {
                let script = format!("#!/bin/sh\necho 'syllabus {VERSION}'\n");
                fs::write(stage.join(name), script).unwrap();
                fs::set_permissions(stage.join(name), fs::Permissions::from_mode(0o755)).unwrap();
            }
        }
        // Packed and summed as upload-rust-binary-action does: `tar acf` or `zip -r` in the
        // folder holding the binary, then `sha256sum ARCHIVE > syllabus-TARGET.sha256`.
        let archive = if windows {
            let archive = format!("syllabus-{target}.zip");
            run_in(
                &stage,
                "zip",
                &["-q", "-r", path(&release.join(&archive)), name],
            );
            archive
        } else {
            let archive = format!("syllabus-{target}.tar.gz");
            run_in(&stage, "tar", &["acf", path(&release.join(&archive)), name]);
            archive
        };
        let sums = run_in(&release, "sha256sum", &[&archive]);
        fs::write(
            release.join(format!("syllabus-{target}.sha256")),
            sums.stdout,
        )
        .unwrap();
        FakeRelease {
            root,
            target: target.to_string(),
        }
    }

    fn base_url(&self) -> String {
        format!("file://{}", path(&self.root.path().join("download")))
    }

    fn file(&self, suffix: &str) -> PathBuf {
        self.root.path().join(format!(
            "download/v{VERSION}/syllabus-{}{suffix}",
            self.target
        ))
    }
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn run_in(dir: &Path, program: &str, args: &[&str]) -> Output {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `{program}` ({e}): install it to run this test"));
    assert!(output.status.success(), "{program} {args:?} failed");
    output
}

/// The installer with `args`, from this checkout (so its defaults come from this Cargo.toml).
fn install(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/install-release.sh");
    let mut command = Command::new("bash");
    command.arg(script).args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `syllabus --version` as a shell on a PATH of only `bin_dir` (and the system's) runs it.
fn version_on_path(bin_dir: &Path) -> String {
    let output = Command::new("bash")
        .args(["-c", "syllabus --version"])
        .env("PATH", format!("{}:/usr/bin:/bin", path(bin_dir)))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// The release target the script picks for this machine.
fn host_target() -> String {
    let os = match std::env::consts::OS {
        "linux" => "unknown-linux-musl",
        "macos" => "apple-darwin",
        other => panic!("no release target for {other}"),
    };
    format!("{}-{os}", std::env::consts::ARCH)
}

#[test]
fn installs_this_version_for_this_machine_onto_the_given_path() {
    let release = FakeRelease::new(&host_target(), Binary::Syllabus);
    let bin = tempfile::tempdir().unwrap();
    // No --version and no --target: the version of Cargo.toml, the archive for this machine.
    let result = install(
        &[
            "--base-url",
            &release.base_url(),
            "--bin-dir",
            path(bin.path()),
        ],
        &[],
    );
    assert!(result.status.success(), "{}", stderr(&result));
    assert_eq!(version_on_path(bin.path()), format!("syllabus {VERSION}"));
    // Nothing but the binary is left in the folder.
    let names: Vec<_> = fs::read_dir(bin.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names, ["syllabus"]);
}

#[test]
fn for_the_setup_action_it_installs_into_the_tool_cache_and_extends_path() {
    let release = FakeRelease::new("x86_64-unknown-linux-musl", Binary::StandIn);
    let runner = tempfile::tempdir().unwrap();
    let cache = runner.path().join("tool-cache");
    let github_path = runner.path().join("github-path");
    let github_output = runner.path().join("github-output");
    let args = [
        "--github",
        "--base-url",
        &release.base_url(),
        "--version",
        VERSION,
    ];
    let result = install(
        &[&args[..], &["--target", "x86_64-unknown-linux-musl"]].concat(),
        &[
            ("RUNNER_TOOL_CACHE", &cache),
            ("GITHUB_PATH", &github_path),
            ("GITHUB_OUTPUT", &github_output),
        ],
    );
    assert!(result.status.success(), "{}", stderr(&result));
    let bin_dir = cache.join(format!("syllabus/{VERSION}/bin"));
    assert_eq!(
        fs::read_to_string(&github_path).unwrap(),
        format!("{}\n", path(&bin_dir))
    );
    assert_eq!(
        fs::read_to_string(&github_output).unwrap(),
        format!("version={VERSION}\n")
    );
    assert_eq!(version_on_path(&bin_dir), format!("syllabus {VERSION}"));
}

#[test]
fn windows_zip_archives_are_unpacked_too() {
    let release = FakeRelease::new("x86_64-pc-windows-msvc", Binary::StandIn);
    let bin = tempfile::tempdir().unwrap();
    let result = install(
        &[
            "--base-url",
            &release.base_url(),
            "--bin-dir",
            path(bin.path()),
            "--target",
            "x86_64-pc-windows-msvc",
        ],
        &[],
    );
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(bin.path().join("syllabus.exe").is_file());
}

#[test]
fn an_archive_that_does_not_match_its_checksum_is_refused() {
    let release = FakeRelease::new("x86_64-unknown-linux-musl", Binary::StandIn);
    // The archive is replaced after its checksum was published.
    let mut archive = fs::read(release.file(".tar.gz")).unwrap();
    archive.push(0);
    fs::write(release.file(".tar.gz"), archive).unwrap();
    let bin = tempfile::tempdir().unwrap();
    let args = [
        "--base-url",
        &release.base_url(),
        "--bin-dir",
        path(bin.path()),
    ];
    let result = install(
        &[&args[..], &["--target", "x86_64-unknown-linux-musl"]].concat(),
        &[],
    );
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).contains("checksum mismatch"),
        "{}",
        stderr(&result)
    );
    assert!(fs::read_dir(bin.path()).unwrap().next().is_none());
}

#[test]
fn a_sums_file_without_the_archive_is_refused() {
    let release = FakeRelease::new("x86_64-unknown-linux-musl", Binary::StandIn);
    let sums = fs::read_to_string(release.file(".sha256")).unwrap();
    fs::write(release.file(".sha256"), sums.replace("syllabus-", "other-")).unwrap();
    let bin = tempfile::tempdir().unwrap();
    let args = [
        "--base-url",
        &release.base_url(),
        "--bin-dir",
        path(bin.path()),
    ];
    let result = install(
        &[&args[..], &["--target", "x86_64-unknown-linux-musl"]].concat(),
        &[],
    );
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).contains("has no SHA-256 for syllabus-x86_64-unknown-linux-musl.tar.gz"),
        "{}",
        stderr(&result)
    );
    assert!(!bin.path().join("syllabus").exists());
}

#[test]
fn a_version_without_a_release_names_the_missing_download() {
    let release = FakeRelease::new("x86_64-unknown-linux-musl", Binary::StandIn);
    let bin = tempfile::tempdir().unwrap();
    let args = [
        "--base-url",
        &release.base_url(),
        "--bin-dir",
        path(bin.path()),
    ];
    let result = install(
        &[
            &args[..],
            &[
                "--target",
                "x86_64-unknown-linux-musl",
                "--version",
                "0.0.1",
            ],
        ]
        .concat(),
        &[],
    );
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).contains("could not download")
            && stderr(&result).contains("/v0.0.1/syllabus-x86_64-unknown-linux-musl.tar.gz"),
        "{}",
        stderr(&result)
    );
}
