//! The Debian package's parts agree with each other and with the program: the manual pages and
//! completions are generated from the command line itself, the menu entry, AppStream metadata,
//! icon and story file type name one another, and every file the package lists exists.
//! (`packaging/build-deb.sh` builds it; CI validates the entry and the metadata with
//! `desktop-file-validate` and `appstreamcli`.)

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

const ID: &str = "io.github.chronomap.Chronomap";

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn the_manual_pages_and_completions_are_generated_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let written = chronomap::cli::write_package_assets(dir.path()).unwrap();
    let name = |p: &std::path::PathBuf| p.file_name().unwrap().to_string_lossy().into_owned();
    let names: Vec<String> = written.iter().map(name).collect();
    for subcommand in [
        "validate",
        "import",
        "export",
        "add-source",
        "publish",
        "suggest",
    ] {
        assert!(
            names.contains(&format!("chronomap-{subcommand}.1")),
            "{subcommand}: {names:?}"
        );
    }
    let manual = std::fs::read_to_string(dir.path().join("chronomap.1")).unwrap();
    assert!(manual.contains(".TH chronomap 1"), "{manual}");
    assert!(
        manual.contains("base\\-map"),
        "the window's options: {manual}"
    );
    let publish = std::fs::read_to_string(dir.path().join("chronomap-publish.1")).unwrap();
    assert!(publish.contains("\\fBchronomap publish\\fR"), "{publish}");
    assert!(publish.contains("FILE.pmtiles"), "{publish}");
    let bash = std::fs::read_to_string(dir.path().join("chronomap.bash")).unwrap();
    assert!(
        bash.contains("add-source") && bash.contains("complete -F _chronomap"),
        "{bash}"
    );
    let zsh = std::fs::read_to_string(dir.path().join("_chronomap")).unwrap();
    assert!(zsh.starts_with("#compdef chronomap"), "{zsh}");
    let fish = std::fs::read_to_string(dir.path().join("chronomap.fish")).unwrap();
    assert!(fish.contains("complete -c chronomap"), "{fish}");
}

#[test]
fn the_menu_entry_metadata_icon_and_file_type_name_one_another() {
    let desktop = read(&format!("packaging/{ID}.desktop"));
    let metainfo = read(&format!("packaging/{ID}.metainfo.xml"));
    let mime = read("packaging/chronomap-story.xml");
    assert!(desktop.contains(&format!("\nIcon={ID}\n")));
    assert!(desktop.contains("\nExec=chronomap %f\n"));
    assert!(metainfo.contains(&format!("<id>{ID}</id>")));
    assert!(metainfo.contains(&format!(
        "<launchable type=\"desktop-id\">{ID}.desktop</launchable>"
    )));
    assert!(metainfo.contains("<binary>chronomap</binary>"));
    let version = format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(
        metainfo.contains(&version),
        "the metadata names this version"
    );
    assert!(mime.contains("type=\"application/x-chronomap-story\""));
    assert!(mime.contains("<glob pattern=\"story.json\""));
    assert!(desktop.contains("MimeType=application/x-chronomap-story;inode/directory;"));
    assert!(metainfo.contains("<mediatype>application/x-chronomap-story</mediatype>"));
}

#[test]
fn every_file_the_package_lists_exists_but_those_the_build_makes() {
    let manifest: toml::Table = read("Cargo.toml").parse().unwrap();
    let assets = manifest["package"]["metadata"]["deb"]["assets"]
        .as_array()
        .unwrap();
    let mut listed = 0;
    for asset in assets {
        let source = asset.as_array().unwrap()[0].as_str().unwrap();
        if source.starts_with("target/") {
            continue;
        }
        listed += 1;
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let found = if let Some(folder) = source.strip_suffix("/*") {
            std::fs::read_dir(root.join(folder)).unwrap().count() > 0
        } else {
            root.join(source).is_file()
        };
        assert!(found, "{source} is listed in the package but missing");
    }
    assert!(listed >= 15, "{listed} files listed");
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let icon = format!("packaging/icons/{ID}-{size}.png");
        let listed_icon = assets.iter().any(|a| {
            a.as_array()
                .and_then(|a| a.first())
                .and_then(|s| s.as_str())
                == Some(icon.as_str())
        });
        assert!(listed_icon, "{icon} installed");
    }
}
