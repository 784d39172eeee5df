//! Writes the manual page and the shell completions the Debian package installs, from the command
//! line's own definitions: `cargo run --example package_assets -- OUT_DIR`.

use anyhow::Context as _;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args_os()
        .nth(1)
        .map(std::path::PathBuf::from)
        .context("usage: package_assets OUT_DIR")?;
    for file in chronomap::cli::write_package_assets(&dir)
        .with_context(|| format!("writing into {}", dir.display()))?
    {
        println!("{}", file.display());
    }
    Ok(())
}
