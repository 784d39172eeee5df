//! Command line: open the window (on the shipped story or a path), validate a story, export its events.

use anyhow::Context as _;
use chronomap::cli::{Cli, Command, TimestampCommand};
use chronomap::document::Document;
use chronomap::formats::csv_rows::DateOrder;
use chronomap::formats::story_out::StoryOut;
use chronomap::formats::{self, Format};
use chronomap::i18n::Language;
use chronomap::load::{self, LoadErrors};
use chronomap::model::Story;
use chronomap::provenance::{self, add::SourceInput, add::SourceMeta};
use chronomap::ui::Launch;
use clap::Parser;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

mod versions_cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Validate {
            path,
            tsa_cert,
            language,
            require_checked,
        }) => {
            speak(language.as_deref());
            validate(&path, tsa_cert.as_deref(), require_checked)
        }
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
        Some(Command::Export {
            format,
            path,
            language,
        }) => {
            speak(language.as_deref());
            export(format, path.as_deref())
        }
        Some(Command::Import {
            story,
            file,
            format,
            out,
            date_order,
            language,
        }) => {
            speak(language.as_deref());
            import(&story, &file, format, out.as_deref(), date_order)
        }
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
            language,
            embed,
        }) => {
            speak(language.as_deref());
            publish(
                story.as_deref(),
                &out,
                base_map.as_deref(),
                language.as_deref().and_then(Language::of_locale),
                embed,
            )
        }
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
        Some(
            command @ (Command::Diff { .. }
            | Command::Merge { .. }
            | Command::GitSetup { .. }
            | Command::Resolve { .. }
            | Command::History { .. }
            | Command::Checked { .. }
            | Command::PostMerge { .. }),
        ) => versions_cli::run(command),
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
    eprintln!(
        "{}",
        chronomap::i18n::tr_with("problem-count", &[("count", errors.0.len().into())])
    );
}

fn validate(
    path: &Path,
    tsa_cert: Option<&Path>,
    require_checked: bool,
) -> anyhow::Result<ExitCode> {
    let cert = tsa_cert
        .map(|file| {
            std::fs::read(file)
                .with_context(|| format!("reading the certificate {}", file.display()))
        })
        .transpose()?;
    let mut not_compared = Vec::new();
    let mut stamps = Vec::new();
    let checked = load::load_path(path).and_then(|mut story| {
        // Said as the window says it: quotes that list no place get those their words name.
        chronomap::edit::make::mentions_from_words(&mut story);
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
            let conflicts = versions_cli::print_conflicts(path);
            let unchecked = versions_cli::print_checks(path, &story, require_checked);
            if conflicts > 0 || (require_checked && unchecked > 0) {
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            print_problems(&errors);
            versions_cli::print_conflicts(path);
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

/// The problems a command reports in this language (fr or en), English when none is given: the
/// command line's own words stay English.
fn speak(language: Option<&str>) {
    if let Some(language) = language.and_then(Language::of_locale) {
        chronomap::i18n::set_language(language);
    }
}

fn publish(
    path: Option<&Path>,
    out: &Path,
    base_map: Option<&Path>,
    language: Option<Language>,
    embed: bool,
) -> anyhow::Result<ExitCode> {
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
    match chronomap::publish::write(&doc, out, streets.as_ref(), language) {
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
            if embed {
                print!(
                    "{}",
                    chronomap::publish::embed_snippet(out, &doc.story().title)
                );
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
