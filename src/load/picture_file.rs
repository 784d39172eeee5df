//! A picture file as the loader and provenance both read it: by its name (which formats a source may
//! be) and by its header alone (its size, refused past the bounds every input keeps), so checking a
//! story never decodes a picture; and what the loader checks of a picture source (its recorded size,
//! its region quotes).

use crate::i18n::tr_with;
use std::io::Cursor;

/// More pixels than this are refused (100 megapixels: more than any camera in use makes, and an
/// RGBA copy of it already takes 400 MB to show); so is a side longer than `MAX_SIDE`.
pub const MAX_PIXELS: u64 = 100_000_000;
pub const MAX_SIDE: u32 = 30_000;

/// The picture formats a source may be, by extension.
const EXTENSIONS: [&str; 4] = ["jpg", "jpeg", "png", "webp"];

pub fn is_picture(name: &str) -> bool {
    extension(name).is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

pub(crate) fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// The MIME type of a picture by its name (`image/jpeg`, `image/png`, `image/webp`).
pub fn mime_type(name: &str) -> &'static str {
    match extension(name).as_deref() {
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        _ => "image/jpeg",
    }
}

pub(crate) fn unreadable(why: String) -> String {
    tr_with("picture-unreadable", &[("why", why.into())])
}

/// The decoder for a picture by its name's extension.
pub(crate) fn format_of(name: &str) -> Result<image::ImageFormat, String> {
    image::ImageFormat::from_extension(extension(name).unwrap_or_default())
        .ok_or_else(|| unreadable(format!("{name} is not a JPEG, PNG or WebP picture")))
}

/// The picture's size from its header, refused past the bounds or when the bytes are not the
/// format their name says.
pub fn size(name: &str, bytes: &[u8]) -> Result<(u32, u32), String> {
    let format = format_of(name)?;
    let (width, height) = image::ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| unreadable(e.to_string()))?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS || width.max(height) > MAX_SIDE {
        return Err(tr_with(
            "picture-too-large",
            &[
                ("width", width.into()),
                ("height", height.into()),
                ("most", (MAX_PIXELS / 1_000_000).into()),
            ],
        ));
    }
    if width == 0 || height == 0 {
        return Err(unreadable("it has no pixels".to_owned()));
    }
    Ok((width, height))
}

/// Why a region quote cannot stand, if it cannot: its source must be a picture, the region lie
/// inside it, and a caption say what it shows (no words of a text beside it).
pub(super) fn region_problem(
    source: &crate::model::Source,
    quote: &super::raw::RawQuote,
    [x, y, w, h]: [u32; 4],
) -> Result<(), String> {
    let id =
        || -> fluent_templates::fluent_bundle::FluentValue<'static> { quote.id.clone().into() };
    let Some(picture) = source.picture() else {
        return Err(crate::i18n::tr_with(
            "problem-region-of-a-text",
            &[("id", id()), ("source", source.id.clone().into())],
        ));
    };
    if quote.caption.as_deref().is_none_or(|c| c.trim().is_empty()) {
        return Err(crate::i18n::tr_with(
            "problem-region-without-caption",
            &[("id", id())],
        ));
    }
    if !quote.exact.is_empty()
        || quote.prefix.is_some()
        || quote.suffix.is_some()
        || quote.start.is_some()
    {
        return Err(crate::i18n::tr_with(
            "problem-region-with-words",
            &[("id", id())],
        ));
    }
    if !picture.holds([x, y, w, h]) {
        return Err(crate::i18n::tr_with(
            "problem-region-outside",
            &[
                ("id", id()),
                ("region", format!("{x}, {y}, {w} × {h}").into()),
                ("width", picture.width.into()),
                ("height", picture.height.into()),
            ],
        ));
    }
    Ok(())
}

/// What is wrong when a picture's recorded size is not its file's (`shown`: the file as problems
/// name it), if anything.
pub(super) fn size_problem(
    id: &str,
    shown: &str,
    file: &str,
    bytes: &[u8],
    picture: &super::raw::RawPicture,
) -> Option<String> {
    let read = size(file, bytes);
    if read.as_ref().ok() == Some(&(picture.width, picture.height)) {
        return None;
    }
    let now = match read {
        Ok((width, height)) => format!("{width} × {height}"),
        Err(why) => why,
    };
    Some(tr_with(
        "invalid-picture-size",
        &[
            ("id", id.to_owned().into()),
            (
                "recorded",
                format!("{} × {}", picture.width, picture.height).into(),
            ),
            ("file", shown.to_owned().into()),
            ("now", now.into()),
        ],
    ))
}
