//! Web archives as sources: a WACZ (Webrecorder's zipped, indexed web archive) or a plain WARC.
//! The page's archived HTTP response is found by its URL and decoded (gzip members, chunked or
//! compressed bodies, the charset it declares), so its main text can become a source while the
//! archive itself is kept, unchanged, as the original.

use super::sha256_hex;
use crate::i18n::tr_with;
use encoding_rs::Encoding;
use flate2::read::{MultiGzDecoder, ZlibDecoder};
use std::io::{BufReader, Read};
use warc::{RecordType, WarcHeader, WarcReader};

/// A decompressed WARC, or any file of a WACZ, is read up to this size (a zip or gzip bomb stops
/// here with an error).
const MAX_UNPACKED: u64 = 512 << 20;

/// What an archive says of one page: where it was, when it was archived, and its HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivedPage {
    pub url: String,
    /// The WARC record's `WARC-Date`, as written (UTC, RFC 3339).
    pub archived: String,
    /// The WARC record's `WARC-Payload-Digest` (e.g. `sha1:…`, `sha256:…`), when it has one.
    pub payload_digest: Option<String>,
    /// The page, decoded to UTF-8.
    pub html: String,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ArchiveError {
    #[error("{}", tr_with("archive-zip", &[("why", .0.clone().into())]))]
    Zip(String),
    #[error("{}", tr_with("archive-missing", &[("what", .0.to_string().into())]))]
    Missing(String),
    #[error("{}", tr_with("archive-package", &[("why", .0.to_string().into())]))]
    Package(String),
    #[error("{}", tr_with("archive-digest", &[("path", .path.to_string().into()), ("actual", .actual.to_string().into()), ("recorded", .recorded.to_string().into())]))]
    Digest {
        path: String,
        actual: String,
        recorded: String,
    },
    #[error("{}", tr_with("archive-which-page", &[("count", (*.count).into()), ("list", .list.to_string().into())]))]
    WhichPage { count: usize, list: String },
    #[error("{}", tr_with("archive-no-page", &[("url", .url.to_string().into()), ("list", .list.to_string().into())]))]
    NoPage { url: String, list: String },
    #[error("{}", tr_with("archive-no-response", &[("url", .0.to_string().into())]))]
    NoResponse(String),
    #[error("WARC: {0}")]
    Warc(String),
    #[error("{}", tr_with("archive-response", &[("url", .url.to_string().into()), ("what", .what.to_string().into())]))]
    Response { url: String, what: String },
    #[error("{}", tr_with("archive-too-large", &[("what", .0.to_string().into()), ("limit", MAX_UNPACKED.into())]))]
    TooLarge(String),
}

/// Whether a file name is a web archive Chronomap reads (`.wacz`, `.warc`, `.warc.gz`).
pub fn is_archive(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.ends_with(".wacz") || name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// The page `page` (or the only page) of the archive `name` (a WACZ, WARC or gzipped WARC).
pub fn page(name: &str, bytes: &[u8], page: Option<&str>) -> Result<ArchivedPage, ArchiveError> {
    if name.to_ascii_lowercase().ends_with(".wacz") {
        from_wacz(bytes, page)
    } else {
        let warc = unpack_warc(name, bytes)?;
        let url = match page {
            Some(url) => url.to_owned(),
            None => only_page(&html_responses(&warc)?)?,
        };
        response(&warc, &url)
    }
}

fn read_limited(reader: impl Read, what: &str) -> Result<Vec<u8>, ArchiveError> {
    let mut out = Vec::new();
    reader
        .take(MAX_UNPACKED + 1)
        .read_to_end(&mut out)
        .map_err(|e| ArchiveError::Warc(format!("{what}: {e}")))?;
    if out.len() as u64 > MAX_UNPACKED {
        return Err(ArchiveError::TooLarge(what.to_owned()));
    }
    Ok(out)
}

/// A WARC's records as one stream: gzip members decompressed when the file is gzipped.
fn unpack_warc(name: &str, bytes: &[u8]) -> Result<Vec<u8>, ArchiveError> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        read_limited(MultiGzDecoder::new(bytes), name)
    } else {
        Ok(bytes.to_vec())
    }
}

/// The page of a WACZ: its datapackage digests checked, the page chosen from `pages.jsonl`, its
/// response taken from the archive's WARC files.
fn from_wacz(bytes: &[u8], page: Option<&str>) -> Result<ArchivedPage, ArchiveError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| ArchiveError::Zip(e.to_string()))?;
    let mut file = |path: &str| -> Result<Vec<u8>, ArchiveError> {
        let entry = zip
            .by_name(path)
            .map_err(|_| ArchiveError::Missing(path.to_owned()))?;
        read_limited(entry, path)
    };
    let package = file("datapackage.json")?;
    // The digest of datapackage.json itself, when the WACZ has one (WACZ 1.1 writes it).
    if let Ok(digest) = file("datapackage-digest.json") {
        let recorded = serde_json::from_slice::<serde_json::Value>(&digest)
            .ok()
            .and_then(|d| d.get("hash").and_then(|h| h.as_str()).map(str::to_owned))
            .ok_or_else(|| {
                ArchiveError::Package("datapackage-digest.json has no hash".to_owned())
            })?;
        check_digest("datapackage.json", &package, &recorded)?;
    }
    let resources = resources(&package)?;
    for (path, recorded) in &resources {
        check_digest(path, &file(path)?, recorded)?;
    }
    let pages = pages(&file("pages/pages.jsonl")?)?;
    let url = match page {
        Some(url) if pages.iter().any(|p| p == url) => url.to_owned(),
        Some(url) => {
            return Err(ArchiveError::NoPage {
                url: url.to_owned(),
                list: pages.join(", "),
            });
        }
        None => only_page(&pages)?,
    };
    let warcs: Vec<&String> = resources
        .iter()
        .map(|(path, _)| path)
        .filter(|p| p.starts_with("archive/") && is_archive(p))
        .collect();
    let mut last = ArchiveError::NoResponse(url.clone());
    for path in warcs {
        let warc = unpack_warc(path, &file(path)?)?;
        match response(&warc, &url) {
            Ok(page) => return Ok(page),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// Whether `bytes` have the SHA-256 `recorded` (`sha256:<hex>`).
fn check_digest(path: &str, bytes: &[u8], recorded: &str) -> Result<(), ArchiveError> {
    let actual = format!("sha256:{}", sha256_hex(bytes));
    if recorded.eq_ignore_ascii_case(&actual) {
        Ok(())
    } else {
        Err(ArchiveError::Digest {
            path: path.to_owned(),
            actual,
            recorded: recorded.to_owned(),
        })
    }
}

/// Each resource of `datapackage.json`: its path and its recorded hash.
fn resources(package: &[u8]) -> Result<Vec<(String, String)>, ArchiveError> {
    #[derive(serde::Deserialize)]
    struct Package {
        resources: Vec<Resource>,
    }
    #[derive(serde::Deserialize)]
    struct Resource {
        path: String,
        hash: String,
    }
    let package: Package =
        serde_json::from_slice(package).map_err(|e| ArchiveError::Package(e.to_string()))?;
    let resources: Vec<(String, String)> = package
        .resources
        .into_iter()
        .map(|r| (r.path, r.hash))
        .collect();
    // A path out of the archive's own folders is not one a WACZ writes.
    if let Some((path, _)) = resources
        .iter()
        .find(|(p, _)| p.starts_with('/') || p.split('/').any(|part| part == ".."))
    {
        return Err(ArchiveError::Package(format!(
            "resource path {path} leaves the archive"
        )));
    }
    Ok(resources)
}

/// The URLs of `pages.jsonl` (its first line is the header).
fn pages(jsonl: &[u8]) -> Result<Vec<String>, ArchiveError> {
    let text = String::from_utf8_lossy(jsonl);
    let mut urls = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let value: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| ArchiveError::Package(format!("pages/pages.jsonl line {}: {e}", i + 1)))?;
        if let Some(url) = value.get("url").and_then(|u| u.as_str()) {
            urls.push(url.to_owned());
        }
    }
    Ok(urls)
}

fn only_page(pages: &[String]) -> Result<String, ArchiveError> {
    match pages {
        [one] => Ok(one.clone()),
        _ => Err(ArchiveError::WhichPage {
            count: pages.len(),
            list: pages.join(", "),
        }),
    }
}

/// A WARC's response record, as far as a page needs it.
struct Response {
    url: String,
    date: String,
    payload_digest: Option<String>,
    block: Vec<u8>,
}

/// The response records of a WARC, in order. The records are read raw and their headers taken
/// as text here: the `warc` crate's own header accessor panics on one that is not UTF-8 (found
/// by fuzzing), which is refused instead, naming the header.
fn responses(warc: &[u8]) -> impl Iterator<Item = Result<Response, ArchiveError>> + '_ {
    WarcReader::new(BufReader::new(warc))
        .iter_raw_records()
        .filter_map(|raw| {
            let (head, block) = match raw {
                Ok(raw) => raw,
                Err(e) => return Some(Err(ArchiveError::Warc(e.to_string()))),
            };
            let text = |header: WarcHeader, name: &str| -> Result<Option<String>, ArchiveError> {
                head.headers
                    .get(&header)
                    .map(|value| {
                        String::from_utf8(value.clone()).map_err(|_| {
                            ArchiveError::Warc(format!("a record's {name} is not UTF-8 text"))
                        })
                    })
                    .transpose()
            };
            let typed = match warc::Record::<warc::EmptyBody>::try_from(head.clone()) {
                Ok(typed) => typed,
                Err(e) => return Some(Err(ArchiveError::Warc(e.to_string()))),
            };
            if *typed.warc_type() != RecordType::Response {
                return None;
            }
            let read = || -> Result<Option<Response>, ArchiveError> {
                let Some(url) = text(WarcHeader::TargetURI, "WARC-Target-URI")? else {
                    return Ok(None);
                };
                Ok(Some(Response {
                    url,
                    date: typed
                        .date()
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    payload_digest: text(WarcHeader::PayloadDigest, "WARC-Payload-Digest")?,
                    block,
                }))
            };
            read().transpose()
        })
}

/// The URLs of a WARC's HTML responses, in order, each once.
fn html_responses(warc: &[u8]) -> Result<Vec<String>, ArchiveError> {
    let mut urls: Vec<String> = Vec::new();
    for record in responses(warc) {
        let record = record?;
        let head = http_head(&record.block).ok();
        let html = head.is_some_and(|(_, headers, _)| {
            header(&headers, "content-type").is_some_and(|t| t.contains("html"))
        });
        if html && !urls.contains(&record.url) {
            urls.push(record.url);
        }
    }
    Ok(urls)
}

/// An HTTP response's status, headers (lower-case names) and where its body starts.
type Head = (u16, Vec<(String, String)>, usize);

fn http_head(block: &[u8]) -> Result<Head, String> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(block) {
        Ok(httparse::Status::Complete(start)) => {
            let named = response
                .headers
                .iter()
                .map(|h| {
                    (
                        h.name.to_ascii_lowercase(),
                        String::from_utf8_lossy(h.value).into_owned(),
                    )
                })
                .collect();
            Ok((response.code.unwrap_or(0), named, start))
        }
        Ok(httparse::Status::Partial) => Err("its HTTP head is cut short".to_owned()),
        Err(e) => Err(format!("its HTTP head does not parse ({e})")),
    }
}

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The archived response for `url`: the first `response` record for it with a successful status,
/// its body decoded.
fn response(warc: &[u8], url: &str) -> Result<ArchivedPage, ArchiveError> {
    let problem = |what: String| ArchiveError::Response {
        url: url.to_owned(),
        what,
    };
    for record in responses(warc) {
        let record = record?;
        if record.url != url {
            continue;
        }
        let block = &record.block;
        let (status, headers, start) = http_head(block).map_err(problem)?;
        if !(200..300).contains(&status) {
            continue;
        }
        let body = decoded_body(&block[start..], &headers).map_err(problem)?;
        let html = decoded_text(&body, header(&headers, "content-type"));
        return Ok(ArchivedPage {
            url: url.to_owned(),
            archived: record.date,
            payload_digest: record.payload_digest,
            html,
        });
    }
    Err(ArchiveError::NoResponse(url.to_owned()))
}

/// The body as the server meant it: de-chunked, then decompressed.
fn decoded_body(body: &[u8], headers: &[(String, String)]) -> Result<Vec<u8>, String> {
    let chunked = header(headers, "transfer-encoding")
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    // An archiver that stored the body already de-chunked leaves the header: then the body is
    // taken as it is.
    let body = match chunked.then(|| dechunk(body)).flatten() {
        Some(joined) => joined,
        None => body.to_vec(),
    };
    match header(headers, "content-encoding").map(|e| e.trim().to_ascii_lowercase()) {
        Some(e) if (e == "gzip" || e == "x-gzip") && body.starts_with(&[0x1f, 0x8b]) => {
            read_limited(MultiGzDecoder::new(&body[..]), "the body").map_err(|e| e.to_string())
        }
        Some(e) if e == "deflate" => {
            read_limited(ZlibDecoder::new(&body[..]), "the body").or(Ok(body))
        }
        Some(e) if e == "br" => Err("its body is Brotli-compressed, which is not read".to_owned()),
        _ => Ok(body),
    }
}

/// A chunked body joined, or none if it is not well formed.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..)?;
    }
}

/// The body as text, in the charset its Content-Type declares (or a `<meta charset>` in its first
/// kilobyte), UTF-8 otherwise.
fn decoded_text(body: &[u8], content_type: Option<&str>) -> String {
    let declared = content_type.and_then(|t| {
        t.split(';')
            .filter_map(|p| p.trim().strip_prefix("charset="))
            .next()
            .map(|c| c.trim_matches('"').to_owned())
    });
    let sniffed = || {
        let head = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
        let at = head.find("charset=")? + "charset=".len();
        let name: String = head[at..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        Some(name)
    };
    let encoding = declared
        .or_else(sniffed)
        .and_then(|name| Encoding::for_label(name.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    encoding.decode(body).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunked_body_is_joined_and_a_broken_one_is_not() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"zz\r\nWiki"), None);
    }

    #[test]
    fn the_declared_charset_decodes_the_page() {
        let latin1 = b"<p>d\xe9part</p>";
        assert_eq!(
            decoded_text(latin1, Some("text/html; charset=ISO-8859-1")),
            "<p>départ</p>"
        );
        let sniffed = b"<meta charset=\"windows-1252\"><p>d\xe9part</p>";
        assert!(decoded_text(sniffed, Some("text/html")).contains("départ"));
    }
}
