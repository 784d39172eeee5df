//! PDF documents as sources (issue 36, item 1), on `tests/pdf/` made by `make_pdfs.py`: the PDF
//! kept unchanged and hashed, its text page by page; a quote credited with its page; `validate`
//! re-deriving the text from the PDF; scans, encrypted and broken files refused in words.
#![allow(clippy::unwrap_used)]

mod common;

use serde_json::{Value, json};
use std::path::Path;

fn add(story: &Path, pdf: &Path) -> std::process::Output {
    common::chronomap(&[
        "add-source",
        story.to_str().unwrap(),
        pdf.to_str().unwrap(),
        "--published",
        "2024-06-20",
        "--language",
        "fr",
    ])
}

fn source<'a>(story: &'a Value, id: &str) -> &'a Value {
    let sources = story["sources"].as_array().unwrap();
    sources.iter().find(|s| s["id"] == id).unwrap()
}

#[test]
fn a_pdf_is_kept_unchanged_its_text_page_by_page_and_a_quote_is_credited_with_its_page() {
    let (_dir, story) = common::copy_story("data/karabakh");
    let added = add(&story, Path::new("tests/pdf/report.pdf"));
    assert!(added.status.success(), "{}", common::said(&added));
    let id = String::from_utf8_lossy(&added.stdout).trim().to_owned();
    assert_eq!(
        id, "rapport-sur-le-retrait",
        "the title from the PDF's metadata"
    );
    let on_disk = common::story_json(&story);
    let record = source(&on_disk, &id);
    let original = &record["capture"]["original"];
    let kept = std::fs::read(story.join(original["file"].as_str().unwrap())).unwrap();
    assert_eq!(kept, std::fs::read("tests/pdf/report.pdf").unwrap());
    assert_eq!(original["sha256"], chronomap::digest::sha256_hex(&kept));
    assert_eq!(
        original["extracted_by"],
        chronomap::provenance::pdf::EXTRACTED_BY
    );
    assert!(
        record["notes"]
            .as_str()
            .unwrap()
            .contains("Page 3 of the PDF has no text"),
        "{record}"
    );
    let text = std::fs::read_to_string(story.join(record["file"].as_str().unwrap())).unwrap();
    assert!(
        text.contains("le gouvernement a confirmé le début du retrait"),
        "{text}"
    );
    assert!(
        text.contains("Nagorno-\nKarabakh"),
        "a compound name keeps its hyphen: {text}"
    );
    assert_eq!(
        text.matches('\u{c}').count(),
        2,
        "two page breaks for three pages"
    );

    // A quote of page 2, and an event it backs.
    common::quote_page_two_of_the_report(&story, &id);
    let validated = common::chronomap(&["validate", story.to_str().unwrap()]);
    assert!(validated.status.success(), "{}", common::said(&validated));
    let loaded = chronomap::load::load_path(&story).unwrap();
    let q = loaded.quotes.iter().position(|q| q.id == "q-june").unwrap();
    assert_eq!(chronomap::query::quote_page(&loaded, q), Some(2));
    assert!(chronomap::query::quote_credit(&loaded, q).ends_with(", p. 2"));
    let csv = common::chronomap(&["export", "--format", "csv", story.to_str().unwrap()]);
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    assert!(
        csv.contains("«Rapport sur le retrait», 20 Jun 2024, p. 2: « Les derniers soldats"),
        "{csv}"
    );
    // The published page carries the page with the quote.
    let page = story.join("page.html");
    let published = common::chronomap(&[
        "publish",
        story.to_str().unwrap(),
        "-o",
        page.to_str().unwrap(),
    ]);
    assert!(published.status.success(), "{}", common::said(&published));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains(r#""id":"q-june""#) && html.contains(r#""page":2"#));
}

#[test]
fn validate_re_derives_the_text_from_the_pdf_and_names_it_when_the_text_was_edited() {
    let (_dir, story) = common::copy_story("data/karabakh");
    let added = add(&story, Path::new("tests/pdf/report.pdf"));
    assert!(added.status.success(), "{}", common::said(&added));
    let id = String::from_utf8_lossy(&added.stdout).trim().to_owned();
    // The text edited, and its capture record's hash made to match, as a forger would.
    let file = story.join("story.json");
    let mut value: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let record = value["sources"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["id"] == id.as_str())
        .unwrap();
    let text_file = story.join(record["file"].as_str().unwrap());
    let text = std::fs::read_to_string(&text_file)
        .unwrap()
        .replace("Page deux", "Page trois");
    std::fs::write(&text_file, &text).unwrap();
    record["capture"]["sha256"] = json!(chronomap::digest::sha256_hex(text.as_bytes()));
    std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let validated = common::chronomap(&["validate", story.to_str().unwrap()]);
    assert_eq!(validated.status.code(), Some(1));
    let said = common::said(&validated);
    assert!(
        said.contains(&format!("sources/original/{id}.pdf")),
        "{said}"
    );
    assert!(
        said.contains(&format!("{id}.txt:4:")),
        "located at the edit: {said}"
    );
}

#[test]
fn a_scan_an_encrypted_pdf_and_broken_files_are_refused_in_words() {
    let (dir, story) = common::copy_story("data/karabakh");
    let refused = |pdf: &Path| {
        let out = add(&story, pdf);
        assert_eq!(out.status.code(), Some(1), "{}", common::said(&out));
        common::said(&out)
    };
    let said = refused(Path::new("tests/pdf/scan.pdf"));
    assert!(
        said.contains("no page of this PDF has text (pages 1, 2 of 2)"),
        "{said}"
    );
    assert!(said.contains("no OCR"), "{said}");
    let said = refused(Path::new("tests/pdf/encrypted.pdf"));
    assert!(said.contains("this PDF is encrypted"), "{said}");
    let garbage = dir.path().join("garbage.pdf");
    std::fs::write(&garbage, b"%PDF-1.4 this is not really a PDF").unwrap();
    assert!(refused(&garbage).contains("this PDF cannot be read"));
    let report = std::fs::read("tests/pdf/report.pdf").unwrap();
    let truncated = dir.path().join("truncated.pdf");
    std::fs::write(&truncated, &report[..report.len() / 2]).unwrap();
    assert!(refused(&truncated).contains("this PDF cannot be read"));
    // Nothing was added.
    assert_eq!(
        common::story_json(&story)["sources"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// A PDF of these objects (numbered from 1; 1 is the catalogue), with its cross-reference table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (n, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", n + 1).bytes());
        out.extend(object);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    let trailer = format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    out.extend(trailer.bytes());
    out
}

#[test]
fn hostile_pdfs_are_refused_within_bounds_deep_nesting_a_stream_bomb_and_too_many_pages() {
    use std::io::Write as _;
    let (dir, story) = common::copy_story("data/karabakh");
    let refused = |name: &str, bytes: Vec<u8>| {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = add(&story, &file);
        // Exit 1 with words: not a crash (a stack overflow aborts with a signal, a panic exits 101).
        assert_eq!(out.status.code(), Some(1), "{}", common::said(&out));
        common::said(&out)
    };
    // 100 000 arrays in one another, in 200 kB: the parser would overflow its stack.
    let depth = 100_000;
    let nested = format!(
        "<< /Type /Catalog /X {}{} >>",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let said = refused("nested.pdf", pdf(&[nested.into_bytes()]));
    assert!(said.contains("objects nested more than 64 deep"), "{said}");
    // A content stream of a few hundred kilobytes that inflates to 64 MiB.
    let mut deflate = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    deflate.write_all(&vec![b' '; 64 << 20]).unwrap();
    let bomb = deflate.finish().unwrap();
    let mut stream = format!(
        "<< /Length {} /Filter /FlateDecode >>\nstream\n",
        bomb.len()
    )
    .into_bytes();
    stream.extend(&bomb);
    stream.extend(b"\nendstream");
    let page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec();
    let objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        page,
        stream,
    ];
    let said = refused("bomb.pdf", pdf(&objects));
    assert!(said.contains("its streams inflate past 32 MiB"), "{said}");
    // 3 000 pages (each a few bytes).
    let pages = 3_000;
    let kids: Vec<String> = (0..pages).map(|n| format!("{} 0 R", n + 3)).collect();
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        )
        .into_bytes(),
    ];
    objects.extend((0..pages).map(|_| b"<< /Type /Page /Parent 2 0 R >>".to_vec()));
    let said = refused("pages.pdf", pdf(&objects));
    assert!(
        said.contains("this PDF has 3\u{202f}000 pages: Chronomap reads at most 2\u{202f}000"),
        "{said}"
    );
    assert_eq!(
        common::story_json(&story)["sources"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}
