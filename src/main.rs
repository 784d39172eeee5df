//! Command line: open the window (on the shipped story or a path), validate a story, export its events.

use anyhow::Context as _;
use chronomap::document::Document;
use chronomap::formats::csv_rows::DateOrder;
use chronomap::formats::story_out::StoryOut;
use chronomap::formats::{self, Format};
use chronomap::load::{self, LoadErrors};
use chronomap::model::Story;
use chronomap::provenance::{self, add::SourceInput, add::SourceMeta};
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
    /// Draw the streets, water and names of this PMTiles file (Protomaps' basemap or
    /// OpenMapTiles) under the story, as File → Base map… does.
    #[arg(long, value_name = "FILE.pmtiles")]
    base_map: Option<PathBuf>,
}

fn parse_date_order(text: &str) -> Result<DateOrder, String> {
    match text {
        "dmy" => Ok(DateOrder::DayFirst),
        "mdy" => Ok(DateOrder::MonthFirst),
        other => Err(format!(
            "\"{other}\" is neither dmy (17/04/2024) nor mdy (04/17/2024)"
        )),
    }
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
enum TimestampCommand {
    /// Write a time-stamp request (.tsq) over the SHA-256 in the source's capture record, for any
    /// RFC 3161 authority (see the README for how to send it).
    Request {
        story: PathBuf,
        source: String,
        #[arg(short, long, value_name = "FILE.tsq")]
        out: PathBuf,
    },
    /// Keep an authority's response (.tsr) beside the source, if it stamps the source's SHA-256.
    Attach {
        story: PathBuf,
        source: String,
        response: PathBuf,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Check a story: print a count per kind and exit 0, or every problem and exit 1. Each text is
    /// extracted again from its original; each time-stamp's imprint is checked, and with
    /// --tsa-cert its signature and certificate too.
    Validate {
        path: PathBuf,
        /// The time-stamping authority's certificate (PEM): verify every time-stamp's signature
        /// and certificate chain up to it.
        #[arg(long, value_name = "CERT.pem")]
        tsa_cert: Option<PathBuf>,
    },
    /// Write the story's events as a Parquet table (the events CSV's columns; earliest and latest
    /// as dates), for DuckDB, Spark or pandas.
    #[cfg(feature = "parquet")]
    ExportParquet {
        path: Option<PathBuf>,
        #[arg(short, long, value_name = "FILE.parquet")]
        out: PathBuf,
    },
    /// RFC 3161 trusted time-stamps of a source's SHA-256.
    #[command(subcommand)]
    Timestamp(TimestampCommand),
    /// Write the story's events, places or timeline to stdout (the shipped story when no path is given).
    Export {
        /// csv (events, one row each), geojson (places), timelinejs (the timeline) or claims-csv
        /// (what the sources report differently).
        #[arg(long, value_parser = parse_format, value_name = "csv|geojson|timelinejs|claims-csv")]
        format: Format,
        path: Option<PathBuf>,
    },
    /// Merge a file (events CSV, places GeoJSON, TimelineJS) into a story and write it back, or to
    /// --out; on any problem nothing is written and the exit code is 1.
    Import {
        story: PathBuf,
        file: PathBuf,
        /// csv, geojson or timelinejs; by default from the file's extension.
        #[arg(long, value_parser = parse_format)]
        format: Option<Format>,
        /// Write the result to this folder instead of the story's own.
        #[arg(long, value_name = "FOLDER")]
        out: Option<PathBuf>,
        /// How a CSV's dates like 03/04/2024 are read when none of them settles it: dmy or mdy.
        #[arg(long, value_name = "dmy|mdy", value_parser = parse_date_order)]
        date_order: Option<DateOrder>,
    },
    /// Copy a .txt, .md or .html file, or a web archive (.wacz, .warc, .warc.gz), into a story as a
    /// new source with its capture record (the main text of an HTML page, or of the archived page, is
    /// extracted; the page or the archive is kept as the original); prints its id.
    AddSource {
        story: PathBuf,
        file: PathBuf,
        /// The article's title (taken from an HTML page when omitted).
        #[arg(long)]
        title: Option<String>,
        /// Publication date, EDTF (a day, or a date-time with its offset); by default the page's
        /// own (article:published_time, JSON-LD datePublished) or a web archive's capture time.
        #[arg(long, value_name = "EDTF")]
        published: Option<String>,
        /// The short name that tells this source apart (default: publisher or title, and date).
        #[arg(long)]
        label: Option<String>,
        #[arg(long)]
        publisher: Option<String>,
        #[arg(long)]
        url: Option<String>,
        /// fr, en, …
        #[arg(long)]
        language: Option<String>,
        /// The id of the source this file is a later version of: its quotes are re-anchored.
        #[arg(long, value_name = "SOURCE-ID")]
        revises: Option<String>,
        /// The page of a web archive to take (its URL), when the archive holds more than one.
        #[arg(long, value_name = "URL")]
        page: Option<String>,
    },
    /// Write a capture record (SHA-256 and time of recording) for every source that has none.
    Capture { story: PathBuf },
    /// Publish the story as one web page that opens with no network and checks its own quotes
    /// (the shipped story when no path is given).
    Publish {
        story: Option<PathBuf>,
        /// The HTML file to write.
        #[arg(short, long, value_name = "FILE.html")]
        out: PathBuf,
        /// A PMTiles file of vector tiles (Protomaps' basemap or OpenMapTiles) whose streets,
        /// water and names around the story's places the page carries (at most 1 MB of them).
        #[arg(long, value_name = "FILE.pmtiles")]
        base_map: Option<PathBuf>,
    },
    /// Print the dated sentences of an article as suggested events (CSV: edtf, earliest, latest,
    /// status, title, quote, places, resolution): `suggest FILE --published DATE [--language fr|en]`
    /// for a text file, or `suggest STORY SOURCE-ID` for a source of a story.
    Suggest {
        /// A .txt/.md file, or a story folder when SOURCE-ID is given.
        path: PathBuf,
        #[arg(value_name = "SOURCE-ID")]
        source: Option<String>,
        /// The publication day (EDTF), which relative dates count from.
        #[arg(long, value_name = "EDTF-DATE")]
        published: Option<String>,
        /// fr or en; detected from the text when omitted.
        #[arg(long, value_parser = ["fr", "en"])]
        language: Option<String>,
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
        Some(Command::Validate { path, tsa_cert }) => validate(&path, tsa_cert.as_deref()),
        #[cfg(feature = "parquet")]
        Some(Command::ExportParquet { path, out }) => export_parquet(path.as_deref(), &out),
        Some(Command::Timestamp(TimestampCommand::Request { story, source, out })) => {
            timestamp_request(&story, &source, &out)
        }
        Some(Command::Timestamp(TimestampCommand::Attach {
            story,
            source,
            response,
        })) => timestamp_attach(&story, &source, &response),
        Some(Command::Export { format, path }) => export(format, path.as_deref()),
        Some(Command::Import {
            story,
            file,
            format,
            out,
            date_order,
        }) => import(&story, &file, format, out.as_deref(), date_order),
        Some(Command::AddSource {
            story,
            file,
            title,
            published,
            label,
            publisher,
            url,
            language,
            revises,
            page,
        }) => {
            let meta = SourceMeta {
                title,
                publisher,
                published: published.unwrap_or_default(),
                label,
                url,
                language,
                revises,
            };
            add_source(&story, &file, meta, page)
        }
        Some(Command::Capture { story }) => capture(&story),
        Some(Command::Publish {
            story,
            out,
            base_map,
        }) => publish(story.as_deref(), &out, base_map.as_deref()),
        Some(Command::Suggest {
            path,
            source,
            published,
            language,
        }) => suggest(
            &path,
            source.as_deref(),
            published.as_deref(),
            language.as_deref(),
        ),
        None => open_window(Launch {
            path: cli.path,
            screenshot: cli.screenshot,
            at: cli.at,
            select: cli.select,
            size: cli.size,
            base_map: cli.base_map,
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

fn validate(path: &Path, tsa_cert: Option<&Path>) -> anyhow::Result<ExitCode> {
    let cert = tsa_cert
        .map(|file| {
            std::fs::read(file)
                .with_context(|| format!("reading the certificate {}", file.display()))
        })
        .transpose()?;
    let mut not_compared = Vec::new();
    let mut stamps = Vec::new();
    let checked = load::load_path(path).and_then(|story| {
        let folder = load::story_folder(path);
        // Each text is extracted again from its original (page or web archive) and compared.
        let rederived = provenance::rederive::check(&story.sources, &folder);
        not_compared = rederived.not_compared;
        let mut problems = rederived.problems;
        let verified = provenance::timestamp::check_all(&story.sources, &folder, cert.as_deref());
        stamps = verified.lines;
        problems.extend(verified.problems);
        if problems.is_empty() {
            Ok(story)
        } else {
            Err(LoadErrors(problems))
        }
    });
    match checked {
        Ok(story) => {
            println!("sources: {}", story.sources.len());
            println!("places: {}", story.places.len());
            println!("events: {}", story.events.len());
            println!("quotes: {}", story.quotes.len());
            println!("claims: {}", story.claims.len());
            println!("steps: {}", story.steps.len());
            println!("{}", provenance::evidence_summary(&story));
            for line in &stamps {
                println!("{line}");
            }
            for notice in story.notices.iter().chain(&not_compared) {
                println!("note: {notice}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            print_problems(&errors);
            Ok(ExitCode::FAILURE)
        }
    }
}

/// The story at `path`, or the shipped one.
fn story_or_shipped(path: Option<&Path>) -> anyhow::Result<Document> {
    match path {
        Some(path) => open_story(path),
        None => Document::shipped().map_err(|errors| {
            print_problems(&errors);
            anyhow::anyhow!("the shipped story did not load")
        }),
    }
}

fn publish(path: Option<&Path>, out: &Path, base_map: Option<&Path>) -> anyhow::Result<ExitCode> {
    let doc = story_or_shipped(path)?;
    let streets = match base_map {
        Some(file) => match chronomap::base_map::streets::StreetMap::open(file) {
            Ok(map) => Some(map),
            Err(e) => {
                eprintln!("{e}");
                return Ok(ExitCode::FAILURE);
            }
        },
        None => None,
    };
    match doc.publish(out, streets.as_ref()) {
        Ok((bytes, notices)) => {
            println!(
                "{}: {} steps, {} events, {} quotes, {bytes} bytes",
                out.display(),
                doc.story().steps.len(),
                doc.story().events.len(),
                doc.story().quotes.len()
            );
            for notice in notices {
                eprintln!("notice: {notice}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            print_problems(&errors);
            Ok(ExitCode::FAILURE)
        }
    }
}

fn export(format: Format, path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let doc = story_or_shipped(path)?;
    let bytes = formats::export(doc.story(), format).context("writing the export")?;
    std::io::stdout()
        .lock()
        .write_all(&bytes)
        .context("writing to stdout")?;
    Ok(ExitCode::SUCCESS)
}

/// Opens the story at `path`, or says why not (every problem on stderr).
fn open_story(path: &Path) -> anyhow::Result<Document> {
    Document::open(path).map_err(|errors| {
        print_problems(&errors);
        anyhow::anyhow!("{} did not load", path.display())
    })
}

/// Writes a changed story to `folder`; prints every problem and returns exit code 1 when the change
/// did not check out (nothing is written then).
fn write_story(result: Result<Story, LoadErrors>, folder: &Path) -> anyhow::Result<ExitCode> {
    match result {
        Ok(story) => {
            formats::save_folder(StoryOut::from_story(&story), folder)?;
            for notice in &story.notices {
                eprintln!("note: {notice}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            print_problems(&errors);
            Ok(ExitCode::FAILURE)
        }
    }
}

fn import(
    story: &Path,
    file: &Path,
    format: Option<Format>,
    out: Option<&Path>,
    date_order: Option<DateOrder>,
) -> anyhow::Result<ExitCode> {
    let doc = open_story(story)?;
    let format = format
        .or_else(|| Format::of_dropped(file))
        .ok_or_else(|| anyhow::anyhow!("{}: say which format with --format", file.display()))?;
    let folder = out.map_or_else(|| load::story_folder(story), Path::to_path_buf);
    let imported = doc.import(format, file, date_order);
    write_story(imported.map(|d| d.story().clone()), &folder)
}

fn add_source(
    story: &Path,
    file: &Path,
    meta: SourceMeta,
    page: Option<String>,
) -> anyhow::Result<ExitCode> {
    let doc = open_story(story)?;
    let name = file.display().to_string();
    let input = load::read_bounded_bytes(file)
        .and_then(|bytes| SourceInput::from_file(&name, bytes))
        .map(|input| match input {
            SourceInput::Archive { name, bytes, .. } => SourceInput::Archive { name, bytes, page },
            other => other,
        })
        .map_err(|problem| LoadErrors::one(&name, None, problem));
    let added =
        input.and_then(|input| provenance::add::with_source(doc.story(), input, meta, &name));
    let id = added.as_ref().ok().map(|(_, id)| id.clone());
    let code = write_story(added.map(|(story, _)| story), &load::story_folder(story))?;
    if let Some(id) = id.filter(|_| code == ExitCode::SUCCESS) {
        println!("{id}");
    }
    Ok(code)
}

fn suggest(
    path: &Path,
    source: Option<&str>,
    published: Option<&str>,
    language: Option<&str>,
) -> anyhow::Result<ExitCode> {
    use chronomap::suggest;
    let suggestions = match source {
        Some(id) => {
            let doc = open_story(path)?;
            let story = doc.story();
            let index = story
                .sources
                .iter()
                .position(|s| s.id == id)
                .with_context(|| format!("{}: no source \"{id}\"", path.display()))?;
            suggest::for_source(story, index)?
        }
        None => {
            let name = path.display().to_string();
            let text = load::read_bounded(path).map_err(|p| anyhow::anyhow!("{name}: {p}"))?;
            let published =
                published.context("give the article's publication day: --published YYYY-MM-DD")?;
            let day = suggest::publication_day(published)?;
            let text = load::without_bom(&text);
            // A saved web page is read as its main text, as Add source keeps it.
            let is_html = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
            let main_text;
            let text = if is_html {
                main_text = provenance::extract::main_text(text)
                    .map_err(|e| anyhow::anyhow!("{name}: no article text found: {e}"))?
                    .text;
                main_text.as_str()
            } else {
                text
            };
            let language = language.unwrap_or_else(|| suggest::detect_language(text));
            suggest::suggest(text, day, language, None)?
        }
    };
    suggest::write_csv(&suggestions, std::io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "parquet")]
fn export_parquet(path: Option<&Path>, out: &Path) -> anyhow::Result<ExitCode> {
    let doc = story_or_shipped(path)?;
    let bytes = formats::parquet_table::events(doc.story()).map_err(anyhow::Error::msg)?;
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))?;
    let events = chronomap::numbers::count(doc.story().events.len(), "event", "events");
    println!("{}: {events}", out.display());
    Ok(ExitCode::SUCCESS)
}

fn timestamp_request(story: &Path, source: &str, out: &Path) -> anyhow::Result<ExitCode> {
    let doc = open_story(story)?;
    let Some(found) = doc.story().sources.iter().find(|s| s.id == source) else {
        eprintln!("{}: the story has no source \"{source}\"", story.display());
        return Ok(ExitCode::FAILURE);
    };
    let Some(capture) = &found.capture else {
        eprintln!(
            "{}: source \"{source}\" has no capture record to time-stamp: run `chronomap capture` first",
            story.display()
        );
        return Ok(ExitCode::FAILURE);
    };
    // A nonce ties the response to this request: the time, to the nanosecond, is unique enough.
    let nonce = chrono::Utc::now()
        .timestamp_nanos_opt()
        .map_or(1, i64::unsigned_abs);
    let request = chronomap::rfc3161::request(&capture.sha256, nonce)?;
    std::fs::write(out, request).with_context(|| format!("writing {}", out.display()))?;
    println!("{}: request over SHA-256 {}", out.display(), capture.sha256);
    Ok(ExitCode::SUCCESS)
}

fn timestamp_attach(story: &Path, source: &str, response: &Path) -> anyhow::Result<ExitCode> {
    let doc = open_story(story)?;
    let name = response.display().to_string();
    let attached = load::read_bounded_bytes(response)
        .map_err(|problem| LoadErrors::one(&name, None, problem))
        .and_then(|bytes| provenance::timestamp::attach(doc.story(), source, bytes, &name));
    let stamp = attached.as_ref().ok().and_then(|story| {
        let capture = story
            .sources
            .iter()
            .find(|s| s.id == source)?
            .capture
            .as_ref()?;
        capture.timestamp.clone()
    });
    let code = write_story(attached, &load::story_folder(story))?;
    if let Some(stamp) = stamp.filter(|_| code == ExitCode::SUCCESS) {
        println!(
            "{source}: time-stamped by {} at {}, kept as {}",
            stamp.authority, stamp.time, stamp.file
        );
    }
    Ok(code)
}

fn capture(story: &Path) -> anyhow::Result<ExitCode> {
    let doc = open_story(story)?;
    let name = story.display().to_string();
    let result = provenance::capture::record_missing(doc.story(), &name);
    let recorded = result
        .as_ref()
        .map(|(_, ids)| ids.clone())
        .unwrap_or_default();
    let code = write_story(result.map(|(story, _)| story), &load::story_folder(story))?;
    if code == ExitCode::SUCCESS {
        println!(
            "recorded: {}",
            if recorded.is_empty() {
                "none missing".to_owned()
            } else {
                recorded.join(", ")
            }
        );
    }
    Ok(code)
}
