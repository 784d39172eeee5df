//! Photographs as sources (issue 36, items 2, 3 and 5), on `tests/pictures/` made by
//! `make_pictures.py`: the photo kept unchanged and hashed; what its EXIF metadata claim and its
//! Content Credentials recorded; region quotes checked by the loader and carried by the CSV;
//! `validate` re-deriving what the file says; hostile pictures refused in words, nothing written.
#![allow(clippy::unwrap_used)]

mod common;

use serde_json::{Value, json};
use std::path::Path;

fn add(story: &Path, picture: &str, label: &str) -> std::process::Output {
    common::chronomap(&[
        "add-source",
        story.to_str().unwrap(),
        picture,
        "--published",
        "2024-04-18",
        "--label",
        label,
    ])
}

fn added(story: &Path, picture: &str, label: &str) -> String {
    let out = add(story, picture, label);
    assert!(out.status.success(), "{}", common::said(&out));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn source<'a>(story: &'a Value, id: &str) -> &'a Value {
    let sources = story["sources"].as_array().unwrap();
    sources.iter().find(|s| s["id"] == id).unwrap()
}

/// Adds a quote to story.json as an editor would write it by hand, and the event it backs.
fn quote_by_hand(story: &Path, quote: Value) {
    let mut on_disk = common::story_json(story);
    on_disk["events"][0]["quotes"]
        .as_array_mut()
        .unwrap()
        .push(quote["id"].clone());
    on_disk["quotes"].as_array_mut().unwrap().push(quote);
    std::fs::write(
        story.join("story.json"),
        serde_json::to_string_pretty(&on_disk).unwrap(),
    )
    .unwrap();
}

#[test]
fn a_photo_is_kept_unchanged_and_what_its_metadata_claim_is_recorded_as_their_claim() {
    let (_dir, story) = common::copy_story("data/karabakh");
    let id = added(&story, "tests/pictures/checkpoint.jpg", "Checkpoint photo");
    let on_disk = common::story_json(&story);
    let capture = &source(&on_disk, &id)["capture"];
    let kept = std::fs::read(story.join(capture["original"]["file"].as_str().unwrap())).unwrap();
    assert_eq!(
        kept,
        std::fs::read("tests/pictures/checkpoint.jpg").unwrap()
    );
    assert_eq!(
        capture["original"]["sha256"],
        chronomap::digest::sha256_hex(&kept)
    );
    assert_eq!(
        capture["picture"],
        json!({
            "width": 1200,
            "height": 800,
            "says": {
                "taken": "2024-04-17T10:32:05+04:00",
                "position": [46.5453, 39.6363],
                "camera": "NIKON CORPORATION NIKON Z 6_2",
                "orientation": 1
            }
        })
    );
    let text = std::fs::read_to_string(story.join(source(&on_disk, &id)["file"].as_str().unwrap()))
        .unwrap();
    assert!(text.contains("claims of the file, not facts"), "{text}");
    assert!(text.contains("Taken: 2024-04-17T10:32:05+04:00"), "{text}");
    let validated = common::chronomap(&["validate", story.to_str().unwrap()]);
    assert!(validated.status.success(), "{}", common::said(&validated));

    // A picture without metadata says so; one whose metadata are broken is kept all the same.
    let plain = added(&story, "tests/pictures/plain.png", "Plain picture");
    let broken = added(&story, "tests/pictures/bad-exif.jpg", "Broken metadata");
    let on_disk = common::story_json(&story);
    assert_eq!(
        source(&on_disk, &plain)["capture"]["picture"],
        json!({"width": 800, "height": 600})
    );
    let text =
        std::fs::read_to_string(story.join(source(&on_disk, &broken)["file"].as_str().unwrap()))
            .unwrap();
    assert!(
        text.contains("partly malformed") || text.contains("could not be read"),
        "{text}"
    );
}

#[test]
fn content_credentials_are_read_validated_and_a_changed_picture_is_said_to_no_longer_match() {
    let (_dir, story) = common::copy_story("data/karabakh");
    let signed = added(&story, "tests/pictures/signed.jpg", "Signed photo");
    let altered = added(&story, "tests/pictures/signed-altered.jpg", "Altered photo");
    let on_disk = common::story_json(&story);
    let credentials = &source(&on_disk, &signed)["capture"]["picture"]["credentials"];
    assert_eq!(credentials["state"], "valid", "{credentials}");
    assert_eq!(credentials["bound"], true);
    assert_eq!(credentials["signed_by"], "Chronomap Test Photo Desk");
    assert_eq!(credentials["issuer"], "Chronomap tests");
    assert_eq!(
        credentials["actions"],
        json!(["c2pa.created", "c2pa.color_adjustments", "c2pa.cropped"])
    );
    assert_eq!(credentials["source_type"], "digitalCapture");
    // Signed by a test CA: valid, on no trust list.
    assert_eq!(
        credentials["problems"],
        json!(["signingCredential.untrusted"])
    );
    let credentials = &source(&on_disk, &altered)["capture"]["picture"]["credentials"];
    assert_eq!(credentials["state"], "invalid", "{credentials}");
    assert_eq!(credentials["bound"], false);
    assert!(
        credentials["problems"]
            .as_array()
            .unwrap()
            .contains(&json!("assertion.dataHash.mismatch"))
    );
    let validated = common::chronomap(&["validate", story.to_str().unwrap()]);
    assert!(validated.status.success(), "{}", common::said(&validated));
}

#[test]
fn region_quotes_are_checked_inside_their_picture_and_carried_by_the_csv() {
    let (_dir, story) = common::copy_story("data/karabakh");
    let id = added(&story, "tests/pictures/checkpoint.jpg", "Checkpoint photo");
    quote_by_hand(
        &story,
        json!({"id": "q-barrier", "source": id, "xywh": [360, 496, 480, 32],
               "caption": "The red barrier across the road", "mentions": []}),
    );
    let validated = common::chronomap(&["validate", story.to_str().unwrap()]);
    assert!(validated.status.success(), "{}", common::said(&validated));
    let loaded = chronomap::load::load_path(&story).unwrap();
    let q = loaded
        .quotes
        .iter()
        .position(|q| q.id == "q-barrier")
        .unwrap();
    assert_eq!(loaded.quotes[q].region, Some([360, 496, 480, 32]));
    assert_eq!(
        chronomap::query::quote_credit(&loaded, q),
        "Checkpoint photo, 18 Apr 2024, region 480 × 32 px @ 360, 496"
    );
    let csv = common::chronomap(&["export", "--format", "csv", story.to_str().unwrap()]);
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let regions = rows
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "regions")
        .unwrap();
    let row = rows.records().next().unwrap().unwrap();
    assert_eq!(&row[regions], "q-barrier#xywh=360,496,480,32");
    assert!(
        row.iter()
            .any(|cell| cell.contains("Region of the picture: The red barrier"))
    );
    // Find finds a caption.
    let found = chronomap::search::find(&loaded, "red barrier");
    assert!(!found.0.is_empty(), "{found:?}");

    // A region past the picture's edge, and one on a text, are located errors.
    let (_dir, story) = common::copy_story("data/karabakh");
    let id = added(&story, "tests/pictures/checkpoint.jpg", "Checkpoint photo");
    quote_by_hand(
        &story,
        json!({"id": "q-past", "source": id, "xywh": [1000, 700, 300, 200], "caption": "x"}),
    );
    let out = common::chronomap(&["validate", story.to_str().unwrap()]);
    let said = common::said(&out);
    assert!(!out.status.success());
    assert!(
        said.contains("story.json:") && said.contains("does not lie inside its picture of"),
        "{said}"
    );
    let (_dir, story) = common::copy_story("data/karabakh");
    let text_source = common::story_json(&story)["sources"][0]["id"].clone();
    quote_by_hand(
        &story,
        json!({"id": "q-text", "source": text_source, "xywh": [0, 0, 10, 10], "caption": "x"}),
    );
    let said = common::said(&common::chronomap(&["validate", story.to_str().unwrap()]));
    assert!(said.contains("is not a picture"), "{said}");
}

#[test]
fn validate_finds_a_capture_record_that_says_what_the_photo_does_not() {
    let (_dir, story) = common::copy_story("data/karabakh");
    let id = added(&story, "tests/pictures/checkpoint.jpg", "Checkpoint photo");
    record_says(&story, &id, |picture| {
        picture["says"]["taken"] = json!("2024-04-10T09:00:00+04:00")
    });
    let out = common::chronomap(&["validate", story.to_str().unwrap()]);
    let said = common::said(&out);
    assert!(!out.status.success(), "{said}");
    assert!(
        said.contains("story.json") && said.contains("its file does not say"),
        "{said}"
    );
    // A size the file does not have is refused when the story loads, located: regions are
    // checked against it and the picture drawn at it.
    record_says(&story, &id, |picture| picture["width"] = json!(0));
    let out = common::chronomap(&["validate", story.to_str().unwrap()]);
    let said = common::said(&out);
    assert!(
        said.contains("story.json:")
            && said.contains("its capture record says the picture is 0 × 800 pixels")
            && said.contains("is 1200 × 800"),
        "{said}"
    );
}

/// Changes what the capture record of source `id` says of its picture, in story.json.
fn record_says(story: &Path, id: &str, change: impl FnOnce(&mut Value)) {
    let mut on_disk = common::story_json(story);
    let sources = on_disk["sources"].as_array_mut().unwrap();
    let record = sources.iter_mut().find(|s| s["id"] == id).unwrap();
    change(&mut record["capture"]["picture"]);
    std::fs::write(
        story.join("story.json"),
        serde_json::to_string_pretty(&on_disk).unwrap(),
    )
    .unwrap();
}

#[test]
fn hostile_pictures_are_refused_in_words_and_nothing_of_the_story_is_touched() {
    let (dir, story) = common::copy_story("data/karabakh");
    let before = common::files_in(&story);
    // 40 000 × 40 000 pixels declared in a PNG of a few hundred bytes.
    let bomb = dir.path().join("bomb.png");
    std::fs::write(&bomb, bomb_png(40_000, 40_000)).unwrap();
    // Not a picture at all, under a picture's name; a JPEG cut off after its header.
    let fake = dir.path().join("fake.jpg");
    std::fs::write(&fake, "<html>not a photo</html>").unwrap();
    let cut = dir.path().join("cut.jpg");
    std::fs::write(
        &cut,
        &std::fs::read("tests/pictures/checkpoint.jpg").unwrap()[..300],
    )
    .unwrap();
    for (file, words) in [
        (&bomb, "declares"),
        (&fake, "cannot be read"),
        (&cut, "cannot be read"),
    ] {
        let started = std::time::Instant::now();
        let out = add(&story, file.to_str().unwrap(), "Hostile");
        let said = common::said(&out);
        assert!(!out.status.success(), "{said}");
        assert!(said.contains(words), "{said}");
        assert!(
            said.contains(file.file_name().unwrap().to_str().unwrap()),
            "names the file: {said}"
        );
        assert!(
            started.elapsed().as_secs() < 30,
            "bounded: {:?}",
            started.elapsed()
        );
    }
    assert_eq!(common::files_in(&story), before);
}

/// A valid PNG declaring `width` × `height` pixels with a little data (as a decompression bomb's
/// header is).
fn bomb_png(width: u32, height: u32) -> Vec<u8> {
    use std::io::Write;
    let mut header = width.to_be_bytes().to_vec();
    header.extend(height.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]);
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&vec![0; 1 << 20]).unwrap();
    let data = zlib.finish().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, body) in [
        (&b"IHDR"[..], &header[..]),
        (b"IDAT", &data),
        (b"IEND", &[]),
    ] {
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(body);
        png.extend((body.len() as u32).to_be_bytes());
        png.extend(kind);
        png.extend(body);
        png.extend(crc.sum().to_be_bytes());
    }
    png
}
