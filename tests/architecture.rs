//! Rules of the code's shape that the compiler does not hold: the story logic knows nothing of the
//! window, and no panel reaches into the app.

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
