//! A photograph as a source: kept unchanged, its size read from its header (one that declares more
//! pixels than any camera makes is refused before anything is decoded), what its metadata says
//! (EXIF, read by `kamadak-exif`) and its Content Credentials (a C2PA manifest, read and validated
//! by the `c2pa` crate). The metadata are claims the file makes, recorded and shown as such, never
//! as facts. The source's text is what the EXIF metadata says, a line each, derived again by
//! `validate` as a PDF's text is; the credentials' validation depends on the day (trust lists,
//! expiry) and so lives in the capture record, not in the text.

use crate::load::raw::{PictureClaims, RawCredentials, RawPicture};
use std::io::Cursor;

/// What derived a picture's text, as a capture record names it (re-derived only by the same).
pub const EXTRACTED_BY: &str = "kamadak-exif 0.6";

pub use crate::load::picture_file::{MAX_PIXELS, MAX_SIDE, is_picture, mime_type, size};
use crate::load::picture_file::{format_of, unreadable};

/// What a picture's file gives: its record and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureRead {
    pub record: RawPicture,
    pub text: String,
    /// Why the EXIF metadata could not be read, when they could not (the picture is kept all the same).
    pub metadata_unreadable: Option<String>,
}

/// The picture `bytes` (named `name`) read, or why it cannot be a source. Nothing is decoded: the
/// size comes from the header, the metadata from their own segments.
pub fn read(name: &str, bytes: &[u8]) -> Result<PictureRead, String> {
    let (width, height) = size(name, bytes)?;
    let (says, flaws, metadata_unreadable) = match claims(bytes) {
        Ok((says, flaws)) => (says, flaws, None),
        Err(why) => (PictureClaims::default(), Vec::new(), Some(why)),
    };
    let mut text = text_of(name, width, height, &says, metadata_unreadable.as_deref());
    if !flaws.is_empty() {
        text.push_str(&format!(
            "Its EXIF metadata are partly malformed ({}); what could be read is above.\n",
            flaws.join("; ")
        ));
    }
    Ok(PictureRead {
        record: RawPicture {
            width,
            height,
            says,
            credentials: credentials(name, bytes),
        },
        text,
        metadata_unreadable,
    })
}

/// How a picture is shown: turned as its EXIF orientation says (1 upright … 8), as browsers and
/// viewers show it. Regions stay counted in the stored pixels; these map between the two.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Turn {
    pub orientation: u16,
    /// The stored size, in pixels.
    pub stored: [u32; 2],
}

impl Turn {
    pub fn of(record: &crate::load::raw::RawPicture) -> Self {
        Turn {
            orientation: record
                .says
                .orientation
                .filter(|o| (1..=8).contains(o))
                .unwrap_or(1),
            stored: [record.width, record.height],
        }
    }

    /// Whether the picture is shown on its side (its width and height swapped).
    fn sideways(&self) -> bool {
        self.orientation >= 5
    }

    /// The size it is shown at, in pixels.
    pub fn shown(&self) -> [u32; 2] {
        let [w, h] = self.stored;
        if self.sideways() { [h, w] } else { [w, h] }
    }

    /// A stored pixel position where it is shown.
    fn point_shown(&self, [x, y]: [f64; 2]) -> [f64; 2] {
        let [w, h] = self.stored.map(f64::from);
        match self.orientation {
            2 => [w - x, y],
            3 => [w - x, h - y],
            4 => [x, h - y],
            5 => [y, x],
            6 => [h - y, x],
            7 => [h - y, w - x],
            8 => [y, w - x],
            _ => [x, y],
        }
    }

    /// A shown pixel position where it is stored: the opposite turn, of the shown picture (a
    /// quarter turn undoes the other way; every other orientation undoes itself).
    fn point_stored(&self, point: [f64; 2]) -> [f64; 2] {
        let opposite = Turn {
            orientation: match self.orientation {
                6 => 8,
                8 => 6,
                same => same,
            },
            stored: self.shown(),
        };
        opposite.point_shown(point)
    }

    /// A stored region `[x, y, w, h]` as it is shown.
    pub fn shown_region(&self, region: [u32; 4]) -> [f64; 4] {
        corners(region, |p| self.point_shown(p))
    }

    /// A region drawn on the shown picture as the stored region it covers.
    pub fn stored_region(&self, shown: [f64; 4]) -> [f64; 4] {
        corners(shown, |p| self.point_stored(p))
    }
}

/// A region's two opposite corners moved by `map`, as the region they span.
fn corners(region: [impl Into<f64> + Copy; 4], map: impl Fn([f64; 2]) -> [f64; 2]) -> [f64; 4] {
    let [x, y, w, h] = region.map(Into::into);
    let a = map([x, y]);
    let b = map([x + w, y + h]);
    [
        a[0].min(b[0]),
        a[1].min(b[1]),
        (a[0] - b[0]).abs(),
        (a[1] - b[1]).abs(),
    ]
}

/// At most this much memory is taken decoding a picture (a 100-megapixel RGB picture takes 300 MB).
const MAX_DECODE_BYTES: u64 = 512 << 20;

/// The picture decoded, turned as its EXIF orientation (`orientation`) says and, when larger,
/// reduced to fit `max_side` pixels (its proportions kept), within the bounds every input has:
/// the size checked from the header first, the decoder's memory capped, a panic in it a refusal.
pub fn decode_reduced(
    name: &str,
    bytes: &[u8],
    max_side: u32,
    orientation: u16,
) -> Result<image::RgbaImage, String> {
    size(name, bytes)?;
    let format = format_of(name)?;
    let decoded = std::panic::catch_unwind(|| {
        let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(MAX_SIDE);
        limits.max_image_height = Some(MAX_SIDE);
        limits.max_alloc = Some(MAX_DECODE_BYTES);
        reader.limits(limits);
        reader.decode()
    });
    let picture = match decoded {
        Ok(Ok(picture)) => picture,
        Ok(Err(e)) => return Err(unreadable(e.to_string())),
        Err(_) => return Err(unreadable("the decoder failed".to_owned())),
    };
    let mut reduced = if picture.width().max(picture.height()) > max_side {
        picture.thumbnail(max_side, max_side)
    } else {
        picture
    };
    if let Some(turn) = u8::try_from(orientation)
        .ok()
        .and_then(image::metadata::Orientation::from_exif)
    {
        reduced.apply_orientation(turn);
    }
    Ok(reduced.to_rgba8())
}

/// A reduced JPEG copy of the picture, at most `max_side` pixels a side and turned upright (for a
/// page that cannot carry the original; the copy keeps no metadata).
pub fn reduced_jpeg(
    name: &str,
    bytes: &[u8],
    max_side: u32,
    orientation: u16,
) -> Result<Vec<u8>, String> {
    let reduced = decode_reduced(name, bytes, max_side, orientation)?;
    let rgb = image::DynamicImage::ImageRgba8(reduced).to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&rgb)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// What the EXIF metadata say of when, where and with what the picture was taken, and the flaws
/// met reading them (a pointer where none belongs: writers differ); or why they cannot be read.
fn claims(bytes: &[u8]) -> Result<(PictureClaims, Vec<String>), String> {
    let mut flaws = Vec::new();
    let read = exif::Reader::new()
        .continue_on_error(true)
        .read_from_container(&mut Cursor::new(bytes))
        .or_else(|e| {
            e.distill_partial_result(|errors| {
                flaws = errors.iter().map(ToString::to_string).collect();
            })
        });
    let exif = match read {
        Ok(exif) => exif,
        Err(exif::Error::NotFound(_)) => return Ok((PictureClaims::default(), flaws)),
        Err(e) => return Err(e.to_string()),
    };
    let text = |tag| {
        exif.get_field(tag, exif::In::PRIMARY)
            .and_then(|f| match &f.value {
                exif::Value::Ascii(parts) => parts.first().map(|p| {
                    String::from_utf8_lossy(p)
                        .trim_matches(|c: char| c == '\0' || c.is_whitespace())
                        .to_owned()
                }),
                _ => None,
            })
            .filter(|s| !s.is_empty())
    };
    let taken = text(exif::Tag::DateTimeOriginal)
        .or_else(|| text(exif::Tag::DateTime))
        .and_then(|t| exif_time(&t, text(exif::Tag::OffsetTimeOriginal).as_deref()));
    let camera = [text(exif::Tag::Make), text(exif::Tag::Model)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let orientation = exif
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        .and_then(|o| u16::try_from(o).ok());
    let coordinate = |tag, reference, negative: &str| {
        let field = exif.get_field(tag, exif::In::PRIMARY)?;
        let exif::Value::Rational(parts) = &field.value else {
            return None;
        };
        let value = parts
            .iter()
            .take(3)
            .zip([1.0, 60.0, 3600.0])
            .map(|(part, per)| part.to_f64() / per)
            .sum::<f64>();
        let sign = if text(reference).as_deref() == Some(negative) {
            -1.0
        } else {
            1.0
        };
        Some(sign * value).filter(|v| v.is_finite())
    };
    let latitude = coordinate(exif::Tag::GPSLatitude, exif::Tag::GPSLatitudeRef, "S");
    let longitude = coordinate(exif::Tag::GPSLongitude, exif::Tag::GPSLongitudeRef, "W");
    let position = match (longitude, latitude) {
        (Some(lon), Some(lat)) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => {
            Some([round6(lon), round6(lat)])
        }
        _ => None,
    };
    flaws.dedup();
    let says = PictureClaims {
        taken,
        position,
        camera: Some(camera).filter(|c| !c.is_empty()),
        orientation,
    };
    Ok((says, flaws))
}

fn round6(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// EXIF's "2024:04:17 10:32:05" (and an offset "+04:00" when given) as ISO 8601, or none when it
/// is not a time.
fn exif_time(time: &str, offset: Option<&str>) -> Option<String> {
    let parsed = chrono::NaiveDateTime::parse_from_str(time, "%Y:%m:%d %H:%M:%S").ok()?;
    let iso = parsed.format("%Y-%m-%dT%H:%M:%S").to_string();
    let offset = offset.filter(|o| valid_offset(o));
    Some(match offset {
        Some(offset) => format!("{iso}{offset}"),
        None => iso,
    })
}

fn valid_offset(offset: &str) -> bool {
    let bytes = offset.as_bytes();
    bytes.len() == 6
        && matches!(bytes[0], b'+' | b'-')
        && bytes[3] == b':'
        && [1, 2, 4, 5].iter().all(|&i| bytes[i].is_ascii_digit())
}

/// The picture's text: its size and format, then what its metadata say, a line each, in a fixed
/// form (the text is evidence derived from the file, the same in every language of the window).
fn text_of(
    name: &str,
    width: u32,
    height: u32,
    says: &PictureClaims,
    unreadable: Option<&str>,
) -> String {
    let format = match mime_type(name) {
        "image/png" => "PNG",
        "image/webp" => "WebP",
        _ => "JPEG",
    };
    let mut lines = vec![format!("Picture: {width} × {height} pixels, {format}.")];
    if let Some(why) = unreadable {
        lines.push(format!("Its EXIF metadata could not be read: {why}."));
    } else if says.is_empty() {
        lines.push("Its metadata say nothing of when, where or with what it was taken.".to_owned());
    } else {
        lines.push("What its metadata say (claims of the file, not facts):".to_owned());
        if let Some(taken) = &says.taken {
            lines.push(format!("Taken: {taken}"));
        }
        if let Some([lon, lat]) = says.position {
            let (ns, ew) = (
                if lat < 0.0 { 'S' } else { 'N' },
                if lon < 0.0 { 'W' } else { 'E' },
            );
            lines.push(format!(
                "Position: {:.6} {ns}, {:.6} {ew}",
                lat.abs(),
                lon.abs()
            ));
        }
        if let Some(camera) = &says.camera {
            lines.push(format!("Camera: {camera}"));
        }
        if let Some(orientation) = says.orientation {
            lines.push(format!("Orientation: {orientation}"));
        }
    }
    lines.join("\n") + "\n"
}

/// The validation codes that say the manifest no longer matches the picture's bytes.
const UNBOUND: [&str; 4] = [
    "assertion.dataHash.mismatch",
    "assertion.boxesHash.mismatch",
    "assertion.bmffHash.mismatch",
    "assertion.hashedURI.mismatch",
];

/// The picture's Content Credentials (its C2PA manifest) read and validated now, or none when it
/// carries none. The reader runs under `catch_unwind`: a malformed manifest is said, never a crash.
pub fn credentials(name: &str, bytes: &[u8]) -> Option<RawCredentials> {
    let read = std::panic::catch_unwind(|| {
        c2pa::Reader::from_context(c2pa::Context::new())
            .with_stream(mime_type(name), Cursor::new(bytes))
    });
    let reader = match read {
        Ok(Ok(reader)) => reader,
        Ok(Err(c2pa::Error::JumbfNotFound)) | Ok(Err(c2pa::Error::UnsupportedType)) => return None,
        Ok(Err(e)) => return Some(RawCredentials::unreadable(e.to_string())),
        Err(_) => return Some(RawCredentials::unreadable("the reader failed".to_owned())),
    };
    let problems: Vec<String> = reader
        .validation_status()
        .unwrap_or_default()
        .iter()
        .filter(|s| !s.passed())
        .map(|s| s.code().to_owned())
        .collect();
    let Some(manifest) = reader.active_manifest() else {
        return Some(RawCredentials {
            problems,
            ..RawCredentials::unreadable("the file holds no active manifest".to_owned())
        });
    };
    let signature = manifest.signature_info();
    let tool = manifest
        .claim_generator_info
        .as_ref()
        .and_then(|tools| tools.first())
        .map(|t| match &t.version {
            Some(version) => format!("{} {version}", t.name),
            None => t.name.clone(),
        })
        .or_else(|| manifest.claim_generator().map(str::to_owned));
    let mut actions = Vec::new();
    let mut source_type = None;
    for assertion in manifest
        .assertions()
        .iter()
        .filter(|a| a.label().starts_with("c2pa.actions"))
    {
        let Ok(value) = assertion.value() else {
            continue;
        };
        for action in value["actions"].as_array().into_iter().flatten() {
            if let Some(name) = action["action"].as_str() {
                actions.push(name.to_owned());
            }
            if let Some(kind) = action["digitalSourceType"].as_str() {
                source_type
                    .get_or_insert_with(|| kind.rsplit('/').next().unwrap_or(kind).to_owned());
            }
        }
    }
    let bound = !problems.iter().any(|p| UNBOUND.contains(&p.as_str()));
    let state = match reader.validation_state() {
        c2pa::ValidationState::Trusted => "trusted",
        c2pa::ValidationState::Valid => "valid",
        _ => "invalid",
    };
    Some(RawCredentials {
        state: state.to_owned(),
        bound,
        signed_by: signature.and_then(|s| s.common_name.clone()),
        issuer: signature.and_then(|s| s.issuer.clone()),
        signed_at: signature.and_then(|s| s.time.clone()),
        tool,
        actions,
        source_type,
        problems,
    })
}

impl RawCredentials {
    /// Credentials the file carries but that could not be read, and why.
    fn unreadable(why: String) -> Self {
        RawCredentials {
            state: "unreadable".to_owned(),
            bound: false,
            problems: vec![why],
            ..RawCredentials::default()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_region_turns_with_its_picture_and_back() {
        // Stored 1200 × 800, shown turned a quarter clockwise (orientation 6): 800 × 1200.
        let turn = super::Turn {
            orientation: 6,
            stored: [1200, 800],
        };
        assert_eq!(turn.shown(), [800, 1200]);
        // The stored top-left corner is shown at the top right.
        assert_eq!(
            turn.shown_region([0, 0, 100, 50]),
            [750.0, 0.0, 50.0, 100.0]
        );
        for orientation in 1..=8 {
            let turn = super::Turn {
                orientation,
                stored: [1200, 800],
            };
            let region = [300, 400, 300, 200];
            let back = turn.stored_region(turn.shown_region(region));
            assert_eq!(
                back,
                [300.0, 400.0, 300.0, 200.0],
                "orientation {orientation}"
            );
        }
    }

    #[test]
    fn exif_times_become_iso_8601_with_their_offset() {
        assert_eq!(
            super::exif_time("2024:04:17 10:32:05", Some("+04:00")).as_deref(),
            Some("2024-04-17T10:32:05+04:00")
        );
        assert_eq!(
            super::exif_time("2024:04:17 10:32:05", Some("junk")).as_deref(),
            Some("2024-04-17T10:32:05")
        );
        assert_eq!(super::exif_time("0000:00:00 00:00:00", None), None);
    }
}
