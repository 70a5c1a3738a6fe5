#!/usr/bin/env bash
# Installs a prebuilt Syllabus from a GitHub release, after checking its SHA-256.
#
#   scripts/install-release.sh [--version X.Y.Z] [--bin-dir DIR] [--base-url URL] [--target TRIPLE]
#                              [--github]
#
# The release is the one `.github/workflows/release.yml` publishes: per target, an archive
# `syllabus-TARGET.tar.gz` (`.zip` on Windows) holding the binary at its root, and
# `syllabus-TARGET.sha256` with the archive's checksum in `sha256sum` format, under
# BASE_URL/vVERSION/. Defaults come from the Cargo.toml beside this script (the one place the
# version and the repository's address live): the version of that checkout, and
# REPOSITORY/releases/download as BASE_URL. The binary goes into BIN_DIR (default
# ~/.local/bin), which must be on PATH. `--github` is for the setup action (action.yml): the
# default BIN_DIR is then in the runner's tool cache, and BIN_DIR goes on the job's PATH.
#
# Runs with bash on Linux, macOS and Windows (Git Bash, as on GitHub's runners). It needs curl,
# tar (unzip or PowerShell for Windows archives) and sha256sum or shasum.
set -euo pipefail

fail() {
  echo "install-release: error: $*" >&2
  exit 1
}

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
manifest="$script_dir/../Cargo.toml"

# A key of Cargo.toml's [package] table (a plain "string" value).
package_key() {
  [[ -f "$manifest" ]] || return 0
  awk -v key="$1" '
    /^\[/ { in_package = ($0 == "[package]") }
    in_package && $1 == key && $2 == "=" {
      value = $0; sub(/^[^=]*= *"/, "", value); sub(/".*$/, "", value); print value; exit
    }' "$manifest"
}

version=""
bin_dir=""
base_url=""
target=""
github=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --version | --bin-dir | --base-url | --target)
      [[ $# -ge 2 ]] || fail "$1 needs a value"
      case "$1" in
        --version) version="$2" ;;
        --bin-dir) bin_dir="$2" ;;
        --base-url) base_url="$2" ;;
        --target) target="$2" ;;
      esac
      shift 2
      ;;
    --github) github=1; shift ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown argument \`$1\` (see --help)" ;;
  esac
done

version="${version#v}"
[[ -n "$version" ]] || version=$(package_key version)
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] ||
  fail "no usable version (\`${version}\`): pass --version X.Y.Z"
if [[ -z "$base_url" ]]; then
  repository=$(package_key repository)
  [[ -n "$repository" ]] || fail "no repository in $manifest: pass --base-url"
  base_url="${repository%/}/releases/download"
fi
# Git Bash on Windows: POSIX paths for this script, Windows paths for Windows programs.
to_posix() { if command -v cygpath >/dev/null 2>&1; then cygpath --unix "$1"; else printf '%s\n' "$1"; fi; }
to_native() { if command -v cygpath >/dev/null 2>&1; then cygpath --windows "$1"; else printf '%s\n' "$1"; fi; }

if [[ -z "$bin_dir" && -n "$github" ]]; then
  bin_dir="$(to_posix "${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:?}}")/syllabus/$version/bin"
fi
[[ -n "$bin_dir" ]] || bin_dir="${HOME:?}/.local/bin"

if [[ -z "$target" ]]; then
  case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) fail "no prebuilt Syllabus for the $(uname -m) processor; install it with \`cargo install --locked syllabus\`" ;;
  esac
  case "$(uname -s)" in
    Linux) target="$arch-unknown-linux-musl" ;;
    Darwin) target="$arch-apple-darwin" ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) target="x86_64-pc-windows-msvc" ;;
    *) fail "no prebuilt Syllabus for $(uname -s); install it with \`cargo install --locked syllabus\`" ;;
  esac
fi

exe=""
archive="syllabus-$target.tar.gz"
if [[ "$target" == *-windows-* ]]; then
  exe=".exe"
  archive="syllabus-$target.zip"
fi
release_url="${base_url%/}/v$version"

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d ' ' -f 1
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1" | cut -d ' ' -f 1
  else
    fail "neither sha256sum nor shasum is installed, so the download cannot be checked"
  fi
}

download() {
  curl --fail --silent --show-error --location --retry 3 --output "$2" "$1" ||
    fail "could not download $1"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Installing Syllabus $version ($target) from $release_url"
download "$release_url/$archive" "$work/$archive"
download "$release_url/syllabus-$target.sha256" "$work/sums"

# The sums file has one `HASH  NAME` line per asset; take the archive's.
expected=$(awk -v name="$archive" '{ file = $2; sub(/^\*/, "", file) } file == name { print tolower($1); exit }' "$work/sums")
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || fail "syllabus-$target.sha256 has no SHA-256 for $archive"
actual=$(sha256_of "$work/$archive")
[[ "$actual" == "$expected" ]] ||
  fail "checksum mismatch for $archive: expected $expected, got $actual; the download is damaged or was replaced, so it was not installed"

mkdir -p "$work/unpacked"
if [[ "$archive" == *.zip ]]; then
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$work/$archive" -d "$work/unpacked"
  else
    powershell -NoProfile -Command "Expand-Archive -LiteralPath '$(to_native "$work/$archive")' -DestinationPath '$(to_native "$work/unpacked")'"
  fi
else
  tar -xzf "$work/$archive" -C "$work/unpacked"
fi
[[ -f "$work/unpacked/syllabus$exe" ]] || fail "$archive holds no syllabus$exe"

mkdir -p "$bin_dir"
# Copied beside the old binary and renamed over it, so a running `syllabus` is never half-written.
cp "$work/unpacked/syllabus$exe" "$bin_dir/.syllabus$exe.new"
chmod +x "$bin_dir/.syllabus$exe.new"
mv -f "$bin_dir/.syllabus$exe.new" "$bin_dir/syllabus$exe"

installed=$("$bin_dir/syllabus$exe" --version) || fail "the installed $bin_dir/syllabus$exe does not run"
[[ "$installed" == "syllabus $version" ]] ||
  fail "$bin_dir/syllabus$exe reports \`$installed\`, not \`syllabus $version\`"
echo "Installed $installed to $bin_dir"

if [[ -n "$github" ]]; then
  to_native "$bin_dir" >>"${GITHUB_PATH:?}"
  echo "version=$version" >>"${GITHUB_OUTPUT:?}"
fi
