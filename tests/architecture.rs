//! Rules of the code's shape that the compiler does not hold: the story logic knows nothing of the
//! window, and no panel reaches into the app; and ARCHITECTURE.md names every module.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.map(|e| e.path()).unwrap_or_default();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether the code (not its comments) names `word` as a path segment (`egui::`, `use egui`).
fn names_crate(text: &str, word: &str) -> bool {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .any(|code| {
            code.contains(&format!("{word}::"))
                || code.trim_start().starts_with(&format!("use {word}"))
        })
}

#[test]
fn the_core_never_names_egui_or_eframe() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let core: Vec<&PathBuf> = files
        .iter()
        .filter(|p| !p.starts_with("src/ui") && !p.ends_with("main.rs") && !p.ends_with("lib.rs"))
        .collect();
    assert!(core.len() >= 20, "only {} core files found", core.len());
    for path in core {
        let text = read(path);
        for gui in ["egui", "eframe", "egui_plot", "rfd"] {
            assert!(!names_crate(&text, gui), "{} names {gui}", path.display());
        }
    }
}

#[test]
fn no_panel_names_the_app() {
    let mut files = Vec::new();
    rust_files(Path::new("src/ui"), &mut files);
    for path in files
        .iter()
        .filter(|p| !p.ends_with("app.rs") && !p.ends_with("ui/mod.rs"))
    {
        let text = read(path);
        assert!(
            !text.contains("super::app") && !text.contains("ui::app"),
            "{} imports the app",
            path.display()
        );
    }
}

#[test]
fn the_rule_finder_sees_an_import() {
    assert!(names_crate("use egui::Color32;", "egui"));
    assert!(names_crate("    let c = egui::Color32::RED;", "egui"));
    assert!(!names_crate("// egui:: is only named in a comment", "egui"));
    assert!(!names_crate("let s = \"legui\";", "egui"));
}

#[test]
fn anchoring_is_the_floor_and_the_loader_does_not_reach_into_provenance() {
    let mut files = Vec::new();
    rust_files(Path::new("src/anchoring"), &mut files);
    assert!(files.len() >= 4, "anchoring has {} files", files.len());
    for path in &files {
        let text = read(path);
        for above in ["load", "provenance", "edit", "document", "formats"] {
            assert!(
                !names_crate(&text, &format!("crate::{above}")),
                "{} names crate::{above}: anchoring stands on nothing of the story's logic",
                path.display()
            );
        }
    }
    let mut loader = Vec::new();
    rust_files(Path::new("src/load"), &mut loader);
    for path in &loader {
        assert!(
            !names_crate(&read(path), "crate::provenance"),
            "{} names crate::provenance: the loader and provenance would import each other",
            path.display()
        );
    }
}

/// The row of ARCHITECTURE.md's table that names `path` (`src/load/`, `src/axis.rs`), if any.
fn row_naming<'a>(rows: &'a [&'a str], path: &str) -> Option<&'a str> {
    rows.iter()
        .find(|row| {
            row.split('|')
                .nth(1)
                .is_some_and(|first| first.contains(&format!("`{path}`")))
        })
        .copied()
}

#[test]
fn architecture_md_names_every_module_of_src() {
    let text = read(Path::new("ARCHITECTURE.md"));
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| `")).collect();
    let mut missing = Vec::new();
    for folder in ["src", "src/ui"] {
        missing.extend(unnamed_modules(&rows, folder));
    }
    assert!(missing.is_empty(), "not in ARCHITECTURE.md: {missing:?}");
}

/// The modules of `folder` ARCHITECTURE.md's rows do not name: a folder needs its own row naming
/// each of its files (`mod` and tests aside); a file a row of its own, or, in `src/ui`, a name
/// in the row of `src/ui/*.rs`.
fn unnamed_modules(rows: &[&str], folder: &str) -> Vec<String> {
    let mut missing = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let panels = row_naming(rows, "src/ui/*.rs").unwrap_or_default();
    for entry in entries {
        let name = entry.file_name().unwrap().to_string_lossy().into_owned();
        if entry.is_dir() && entry != Path::new("src/ui") {
            let Some(row) = row_naming(rows, &format!("{folder}/{name}/")) else {
                missing.push(format!("{folder}/{name}/"));
                continue;
            };
            let mut files = Vec::new();
            rust_files(&entry, &mut files);
            for file in files {
                let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
                let in_tests = file.components().any(|c| c.as_os_str() == "tests");
                if stem != "mod"
                    && !in_tests
                    && stem != "tests"
                    && !row.contains(&format!("`{stem}`"))
                {
                    missing.push(file.display().to_string());
                }
            }
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let own_row = row_naming(rows, &format!("{folder}/{name}")).is_some();
            let a_panel = folder == "src/ui" && panels.contains(&format!("`{stem}`"));
            if !own_row && !a_panel && name != "lib.rs" && name != "mod.rs" {
                missing.push(format!("{folder}/{name}"));
            }
        }
    }
    missing
}
