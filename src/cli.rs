//! The command line's definitions (clap): what `chronomap` takes, its subcommands and their help,
//! shared by the program and by what is generated from them (the manual page, shell completions).

use crate::formats::Format;
use crate::formats::csv_rows::DateOrder;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "chronomap",
    version,
    about = "A news story on a schematic map and a timeline, tied to its sources"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A story folder (or its story.json) to open instead of the shipped story.
    pub path: Option<PathBuf>,
    /// Write the first settled frame to this PNG file and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// Put the time cursor on this date (EDTF, e.g. 2024-04-17).
    #[arg(long, value_name = "EDTF-DATE")]
    pub at: Option<String>,
    /// Select this place (id or name) and show its card.
    #[arg(long, value_name = "PLACE-ID")]
    pub select: Option<String>,
    /// Window size in logical pixels.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<[f32; 2]>,
    /// Draw the streets, water and names of this PMTiles file (Protomaps' basemap or
    /// OpenMapTiles) under the story, as File → Base map… does.
    #[arg(long, value_name = "FILE.pmtiles")]
    pub base_map: Option<PathBuf>,
}

pub fn parse_date_order(text: &str) -> Result<DateOrder, String> {
    match text {
        "dmy" => Ok(DateOrder::DayFirst),
        "mdy" => Ok(DateOrder::MonthFirst),
        other => Err(format!(
            "\"{other}\" is neither dmy (17/04/2024) nor mdy (04/17/2024)"
        )),
    }
}

pub fn parse_size(text: &str) -> Result<[f32; 2], String> {
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
pub enum TimestampCommand {
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
pub enum Command {
    /// Check a story: print a count per kind and exit 0, or every problem and exit 1. Each text is
    /// extracted again from its original; each time-stamp's imprint is checked, and with
    /// --tsa-cert its signature and certificate too.
    Validate {
        path: PathBuf,
        /// The time-stamping authority's certificate (PEM): verify every time-stamp's signature
        /// and certificate chain up to it.
        #[arg(long, value_name = "CERT.pem")]
        tsa_cert: Option<PathBuf>,
        /// The language of the problems it reports: fr or en (English by default).
        #[arg(long, value_parser = ["fr", "en"])]
        language: Option<String>,
        /// Fail (exit 1), naming them, while any event or claim is unchecked or changed since
        /// its check: for a publishing pipeline.
        #[arg(long)]
        require_checked: bool,
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
        /// The language of the problems it reports: fr or en (English by default).
        #[arg(long, value_parser = ["fr", "en"])]
        language: Option<String>,
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
        /// The language of the problems it reports: fr or en (English by default).
        #[arg(long, value_parser = ["fr", "en"])]
        language: Option<String>,
    },
    /// Copy a .txt, .md or .html file, a PDF, a photograph (.jpg, .png, .webp) or a web archive
    /// (.wacz, .warc, .warc.gz) into a story as a new source with its capture record (the main text
    /// of an HTML page or of the archived page, a PDF's text page by page, what a photo's metadata
    /// say; the page, archive, PDF or photo is kept unchanged as the original); prints its id.
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
        /// The language the page opens in (the other is a click away), and of the problems the
        /// command reports: by default the story's own, else the one most of its sources are
        /// written in.
        #[arg(long, value_parser = ["fr", "en"])]
        language: Option<String>,
        /// Also print an <iframe> snippet that shows the page on another site, sized to it.
        #[arg(long)]
        embed: bool,
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
    /// What changed between two versions of a story, object by object: `diff OLD NEW` (two story
    /// folders), or `diff STORY --from REV [--to REV]` (revisions of its git repository; the
    /// working tree when --to is left out). Exits 1 when a source's text changed.
    Diff {
        /// The older story folder, or the story when --from is given.
        old: PathBuf,
        /// The newer story folder.
        new: Option<PathBuf>,
        /// A revision of the story's git repository (a commit, a branch, HEAD~2…).
        #[arg(long, value_name = "REV")]
        from: Option<String>,
        /// The revision to compare with (default: the working tree).
        #[arg(long, value_name = "REV", requires = "from")]
        to: Option<String>,
        /// text (in words) or json (for scripts).
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Merge two versions of a story from their base, object by object, writing over OURS: git's
    /// merge driver (`chronomap merge %O %A %B --path %P`), or three story folders. Exits 0 when
    /// clean, 1 when conflicts are left (recorded in the story, never as markers).
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        /// Where git puts the merged file (%P), so the story's other file is read from the
        /// commits being merged.
        #[arg(long, value_name = "PATH")]
        path: Option<PathBuf>,
    },
    /// Make git merge this story with `chronomap merge`: writes the .gitattributes lines beside
    /// the story and the repository's merge.chronomap settings, and says what it wrote.
    GitSetup { story: PathBuf },
    /// Run by the post-merge hook git-setup installs: after git merged a commit in, the story is
    /// merged again by objects; what git's line merge lost is written back and said.
    PostMerge { story: PathBuf },
    /// Settle what a merge left: one conflict (by id) or --all, taking ours or theirs.
    Resolve {
        story: PathBuf,
        #[arg(value_name = "CONFLICT-ID", required_unless_present = "all")]
        conflict: Option<String>,
        #[arg(long, conflicts_with = "conflict")]
        all: bool,
        #[arg(long, value_parser = ["ours", "theirs"])]
        take: String,
    },
    /// The commits that changed the story (or one object of it), with their author, date,
    /// message and what they changed.
    History {
        story: PathBuf,
        #[arg(value_name = "OBJECT-ID")]
        object: Option<String>,
    },
    /// Mark an event or a claim checked: who (--by, or git's user.name), now, and the SHA-256 of
    /// the object as it is, so any later change shows as "changed since checked".
    Checked {
        story: PathBuf,
        #[arg(value_name = "EVENT-OR-CLAIM-ID")]
        id: String,
        /// Who checked it (git's user.name when not given).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
}

pub fn parse_format(name: &str) -> Result<Format, String> {
    Format::from_cli_name(name).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.cli_name()).collect();
        format!("expected one of {}", names.join(", "))
    })
}

/// Writes what a package installs beside the program, generated from these definitions so they
/// never disagree with it: the manual pages (`chronomap.1`, and `chronomap-SUBCOMMAND.1` for each
/// subcommand) and bash, zsh and fish completions
/// (`chronomap.bash`, `_chronomap`, `chronomap.fish`). Returns the files written.
pub fn write_package_assets(dir: &std::path::Path) -> std::io::Result<Vec<PathBuf>> {
    use clap::CommandFactory;
    use clap_complete::Shell;
    std::fs::create_dir_all(dir)?;
    let command = Cli::command();
    let mut written = Vec::new();
    // chronomap(1), and a page per subcommand (chronomap-publish(1)…) with its own options.
    let subcommands = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|sub| {
            let name = format!("chronomap-{}", sub.get_name());
            let synopsis = format!("chronomap {}", sub.get_name());
            let page = sub.clone().display_name(name.clone()).bin_name(synopsis);
            (name, page)
        });
    for (name, page_of) in
        std::iter::once(("chronomap".to_owned(), command.clone())).chain(subcommands)
    {
        let mut page = Vec::new();
        clap_mangen::Man::new(page_of).render(&mut page)?;
        let manual = dir.join(format!("{name}.1"));
        std::fs::write(&manual, page)?;
        written.push(manual);
    }
    for (shell, name) in [
        (Shell::Bash, "chronomap.bash"),
        (Shell::Zsh, "_chronomap"),
        (Shell::Fish, "chronomap.fish"),
    ] {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command.clone(), "chronomap", &mut script);
        let path = dir.join(name);
        std::fs::write(&path, script)?;
        written.push(path);
    }
    Ok(written)
}
