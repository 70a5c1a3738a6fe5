//! Filling a folder that must be new: `init` and `import` never write over anything.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Fails unless `dir` does not exist or is an empty folder (a link to one is refused too, so
/// that nothing is written somewhere else than where the command line says).
pub(crate) fn check_new_dir(dir: &Path) -> Result<(), String> {
    match fs::symlink_metadata(dir) {
        Err(_) => Ok(()),
        Ok(meta) if meta.file_type().is_symlink() => Err(format!(
            "`{}` is a link; give the folder itself",
            dir.display()
        )),
        Ok(meta) if !meta.is_dir() => Err(format!("`{}` is a file, not a folder", dir.display())),
        Ok(_) => {
            let mut entries =
                fs::read_dir(dir).map_err(|e| format!("cannot use `{}`: {e}", dir.display()))?;
            match entries.next() {
                None => Ok(()),
                Some(_) => Err(format!(
                    "`{}` already exists and is not empty; choose a new folder name",
                    dir.display()
                )),
            }
        }
    }
}

/// Writes each `(path in dir, contents)`, creating folders; a file that exists is never
/// replaced.
pub(crate) fn write_new_files<P: AsRef<Path>, C: AsRef<[u8]>>(
    dir: &Path,
    files: &[(P, C)],
) -> Result<(), String> {
    for (path, contents) in files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
        }
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        file.write_all(contents.as_ref())
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
    }
    Ok(())
}
