//! Command line: open the window (on the shipped story or a path), validate a story, export its events.

use anyhow::Context as _;
use chronomap::document::Document;
use chronomap::formats::{self, Format};
use chronomap::load::{self, LoadErrors};
use chronomap::ui::Launch;
use clap::{Parser, Subcommand};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "chronomap",
    version,
    about = "A news story on a schematic map and a timeline, tied to its sources"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A story folder (or its story.json) to open instead of the shipped story.
    path: Option<PathBuf>,
    /// Write the first settled frame to this PNG file and exit.
    #[arg(long, value_name = "OUT.png")]
    screenshot: Option<PathBuf>,
    /// Put the time cursor on this date (EDTF, e.g. 2024-04-17).
    #[arg(long, value_name = "EDTF-DATE")]
    at: Option<String>,
    /// Select this place (id or name) and show its card.
    #[arg(long, value_name = "PLACE-ID")]
    select: Option<String>,
    /// Window size in logical pixels.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    size: Option<[f32; 2]>,
}

fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or("expected WIDTHxHEIGHT, e.g. 1400x900")?;
    let number = |s: &str| {
        s.trim()
            .parse::<f32>()
            .ok()
            .filter(|v| (200.0..=8000.0).contains(v))
    };
    match (number(w), number(h)) {
        (Some(w), Some(h)) => Ok([w, h]),
        _ => Err("width and height must be numbers between 200 and 8000".to_owned()),
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check a story: print a count per kind and exit 0, or every problem and exit 1.
    Validate { path: PathBuf },
    /// Write the story's events, places or timeline to stdout (the shipped story when no path is given).
    Export {
        /// csv (events, one row each), geojson (places) or timelinejs (the timeline).
        #[arg(long, value_parser = parse_format, value_name = "csv|geojson|timelinejs")]
        format: Format,
        path: Option<PathBuf>,
    },
}

fn parse_format(name: &str) -> Result<Format, String> {
    Format::from_cli_name(name).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.cli_name()).collect();
        format!("expected one of {}", names.join(", "))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Validate { path }) => validate(&path),
        Some(Command::Export { format, path }) => export(format, path.as_deref()),
        None => open_window(Launch {
            path: cli.path,
            screenshot: cli.screenshot,
            at: cli.at,
            select: cli.select,
            size: cli.size,
        }),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("chronomap: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn open_window(launch: Launch) -> anyhow::Result<ExitCode> {
    chronomap::ui::run(launch).map_err(|e| match e.downcast::<LoadErrors>() {
        Ok(errors) => {
            print_problems(&errors);
            anyhow::anyhow!("the story did not load")
        }
        Err(e) => e,
    })
}

fn print_problems(errors: &LoadErrors) {
    for error in &errors.0 {
        eprintln!("{error}");
    }
    eprintln!("{} problem(s)", errors.0.len());
}

fn validate(path: &Path) -> anyhow::Result<ExitCode> {
    match load::load_path(path) {
        Ok(story) => {
            println!("sources: {}", story.sources.len());
            println!("places: {}", story.places.len());
            println!("events: {}", story.events.len());
            println!("quotes: {}", story.quotes.len());
            println!("claims: {}", story.claims.len());
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            print_problems(&errors);
            Ok(ExitCode::FAILURE)
        }
    }
}

fn export(format: Format, path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let doc = match path {
        Some(path) => Document::open(path),
        None => Document::shipped(),
    }
    .map_err(|errors| {
        print_problems(&errors);
        anyhow::anyhow!("the story did not load")
    })?;
    let bytes = formats::export(doc.story(), format).context("writing the export")?;
    std::io::stdout()
        .lock()
        .write_all(&bytes)
        .context("writing to stdout")?;
    Ok(ExitCode::SUCCESS)
}
