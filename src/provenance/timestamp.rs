//! Time-stamps of a story's sources: a response kept beside a source once it stamps the source's
//! SHA-256 (recorded in its capture record), and every source's time-stamp checked by `validate`.

use crate::i18n::tr_with;
use crate::rfc3161::{read_for, verify};

/// The story with the time-stamp response `bytes` kept beside source `id` and recorded in its
/// capture record, if it stamps that source's SHA-256; or why not.
pub fn attach(
    story: &crate::model::Story,
    id: &str,
    bytes: Vec<u8>,
    name: &str,
) -> Result<crate::model::Story, crate::load::LoadErrors> {
    use crate::formats::story_out::StoryOut;
    use crate::load::{LoadErrors, Problem, raw::RawTimestamp};
    let refuse = |what: String| LoadErrors::one(name, None, Problem::Invalid(what));
    let source = story
        .sources
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| refuse(tr_with("stamp-no-source", &[("id", id.to_owned().into())])))?;
    let capture = source
        .capture
        .as_ref()
        .ok_or_else(|| refuse(tr_with("stamp-no-capture", &[("id", id.to_owned().into())])))?;
    let stamp = read_for(&bytes, &capture.sha256).map_err(|e| refuse(e.to_string()))?;
    let mut out = StoryOut::from_story(story);
    let file = format!("sources/timestamps/{id}.tsr");
    if let Some(raw) = out
        .story
        .sources
        .iter_mut()
        .find(|s| s.id == id)
        .and_then(|s| s.capture.as_mut())
    {
        raw.timestamp = Some(RawTimestamp {
            file: file.clone(),
            authority: stamp.authority,
            time: stamp.time,
        });
    }
    out.originals.retain(|(f, _)| *f != file);
    out.originals.push((file, bytes));
    out.reload(name)
}

/// What checking every source's time-stamp found: a line per source, and the problems.
pub struct Checked {
    pub lines: Vec<String>,
    pub problems: Vec<crate::load::LoadError>,
}

/// Each time-stamp of `sources` (in `folder`) checked: its imprint always, its signature and
/// certificate against `cert_pem` when given.
pub fn check_all(
    sources: &[crate::model::Source],
    folder: &std::path::Path,
    cert_pem: Option<&[u8]>,
) -> Checked {
    use crate::load::{LoadError, Problem};
    let mut checked = Checked {
        lines: Vec::new(),
        problems: Vec::new(),
    };
    for source in sources {
        let (Some(capture), Some(bytes)) = (&source.capture, &source.timestamp) else {
            continue;
        };
        let Some(record) = &capture.timestamp else {
            continue;
        };
        let file = folder.join(&record.file).display().to_string();
        let result = match cert_pem {
            Some(cert) => verify(bytes, &capture.sha256, cert).map(|s| (s, "verified")),
            None => read_for(bytes, &capture.sha256).map(|s| (s, "imprint")),
        };
        match result {
            Ok((stamp, how)) => checked.lines.push(tr_with(
                "stamp-checked",
                &[
                    ("id", source.id.clone().into()),
                    ("authority", stamp.authority.into()),
                    ("time", stamp.time.into()),
                    ("how", how.into()),
                ],
            )),
            Err(e) => checked.problems.push(LoadError::at(
                file,
                None,
                Problem::Invalid(tr_with(
                    "stamp-of-source",
                    &[
                        ("id", source.id.clone().into()),
                        ("why", e.to_string().into()),
                    ],
                )),
            )),
        }
    }
    checked
}
