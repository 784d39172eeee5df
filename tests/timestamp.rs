//! RFC 3161 time-stamps against a private authority made with OpenSSL (`openssl ts -reply`, a TSA
//! certificate with the timeStamping extended key usage, issued by a test root): Chronomap's
//! request is one OpenSSL answers and verifies; the answer is attached only if it stamps the
//! source's SHA-256, and verified offline by `validate --tsa-cert`: a wrong imprint, another
//! authority's certificate and a tampered token are each refused with exit code 1.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{chronomap, copy_story, said};
use egui_kittest::kittest::Queryable;
use std::path::Path;
use std::process::{Command, Output};

fn openssl(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("openssl runs");
    assert!(out.status.success(), "openssl {args:?}: {}", said(&out));
    out
}

/// A root certificate `name`.pem and a time-stamping authority `name`-tsa.pem it issued, with the
/// OpenSSL configuration that answers requests as that authority.
fn authority(dir: &Path, name: &str) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
            "-days",
            "3650",
            "-subj",
            &format!("/CN={name} root"),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign",
        ],
    );
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            &format!("{name}-tsa.key"),
            "-out",
            &format!("{name}-tsa.csr"),
            "-subj",
            &format!("/CN={name} TSA"),
        ],
    );
    std::fs::write(
        dir.join("ext.cnf"),
        "extendedKeyUsage=critical,timeStamping\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            &format!("{name}-tsa.csr"),
            "-CA",
            &format!("{name}.pem"),
            "-CAkey",
            &format!("{name}.key"),
            "-CAcreateserial",
            "-out",
            &format!("{name}-tsa.pem"),
            "-days",
            "3650",
            "-extfile",
            "ext.cnf",
            "-sha256",
        ],
    );
    std::fs::write(dir.join(format!("{name}-serial")), "01\n").unwrap();
    std::fs::write(
        dir.join(format!("{name}.cnf")),
        format!("[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = ./{name}-serial\nsigner_cert = ./{name}-tsa.pem\ncerts = ./{name}-tsa.pem\nsigner_key = ./{name}-tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = no\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n"),
    )
    .unwrap();
}

/// The authority `name`'s answer to the request `query`.
fn reply(dir: &Path, name: &str, query: &str, out: &str) {
    openssl(
        dir,
        &[
            "ts",
            "-reply",
            "-queryfile",
            query,
            "-config",
            &format!("{name}.cnf"),
            "-out",
            out,
        ],
    );
}

/// A story of one captured source, and the source's id.
fn captured_story() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, story) = copy_story("tests/broken/valid");
    let out = chronomap(&["capture", story.to_str().unwrap()]);
    assert!(out.status.success(), "{}", said(&out));
    (dir, story)
}

/// `chronomap timestamp request` for source s1, written to `work`/q.tsq.
fn request(story: &Path, work: &Path) -> Output {
    let query = work.join("q.tsq");
    chronomap(&["timestamp", "request", &s(story), "s1", "-o", &s(&query)])
}

/// `chronomap timestamp attach` of the response `work`/`response` to source s1.
fn attach(story: &Path, work: &Path, response: &str) -> Output {
    chronomap(&[
        "timestamp",
        "attach",
        &s(story),
        "s1",
        &s(&work.join(response)),
    ])
}

/// `chronomap validate`, with the certificate `work`/`cert` when given.
fn validate(story: &Path, work: &Path, cert: Option<&str>) -> Output {
    match cert {
        Some(cert) => chronomap(&["validate", &s(story), "--tsa-cert", &s(&work.join(cert))]),
        None => chronomap(&["validate", &s(story)]),
    }
}

fn s(path: &Path) -> String {
    path.to_str().unwrap().to_owned()
}

#[test]
fn a_time_stamp_is_requested_attached_and_verified_offline() {
    let (dir, story) = captured_story();
    let work = dir.path();
    authority(work, "alpha");
    let out = request(&story, work);
    assert!(out.status.success(), "{}", said(&out));
    // OpenSSL reads the request as one over the source's SHA-256 and answers it.
    let text = said(&openssl(work, &["ts", "-query", "-in", "q.tsq", "-text"]));
    assert!(
        text.contains("Hash Algorithm: sha256") && text.contains("Certificate required: yes"),
        "{text}"
    );
    reply(work, "alpha", "q.tsq", "r.tsr");
    let out = attach(&story, work, "r.tsr");
    assert!(out.status.success(), "{}", said(&out));
    assert!(
        said(&out).contains("time-stamped by CN=alpha TSA"),
        "{}",
        said(&out)
    );
    // Kept beside the source, byte for byte, and recorded.
    assert_eq!(
        std::fs::read(story.join("sources/timestamps/s1.tsr")).unwrap(),
        std::fs::read(work.join("r.tsr")).unwrap()
    );
    let json = std::fs::read_to_string(story.join("story.json")).unwrap();
    assert!(
        json.contains("\"file\": \"sources/timestamps/s1.tsr\""),
        "{json}"
    );
    // Without the certificate: the imprint is checked and the output says the signature was not.
    let out = validate(&story, work, None);
    assert!(out.status.success(), "{}", said(&out));
    assert!(
        said(&out).contains("time-stamp of s1: CN=alpha TSA vouches for"),
        "{}",
        said(&out)
    );
    assert!(
        said(&out).contains("signature not checked"),
        "{}",
        said(&out)
    );
    // With the root that issued the authority's certificate: verified.
    let out = validate(&story, work, Some("alpha.pem"));
    assert!(out.status.success(), "{}", said(&out));
    assert!(
        said(&out).contains("(signature and certificate verified)"),
        "{}",
        said(&out)
    );
    // The source card in the window and the published page say who vouches for what, and when.
    let mut harness =
        common::harness_with(chronomap::ui::ChronomapApp::open(Some(&story)).unwrap());
    harness.get_by_label("Sources").click();
    harness.run();
    harness
        .get_by_label_contains("Example Press, 17 Apr 2024 ·")
        .click();
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "Time-stamped by CN=alpha TSA at"
    ));
    let page = work.join("page.html");
    let out = chronomap(&[
        "publish",
        story.to_str().unwrap(),
        "-o",
        page.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", said(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("\"timestamp\":[\"CN=alpha TSA\""),
        "the page's data carries the time-stamp"
    );
    // Another authority's certificate does not vouch for it.
    authority(work, "beta");
    let out = validate(&story, work, Some("beta.pem"));
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    assert!(
        said(&out).contains("s1.tsr"),
        "names the token: {}",
        said(&out)
    );
    assert!(
        said(&out).contains("which the certificate \"CN=beta root\" neither is nor issued"),
        "{}",
        said(&out)
    );
}

#[test]
fn a_response_for_other_bytes_is_refused_and_says_what_it_stamped() {
    let (dir, story) = captured_story();
    let work = dir.path();
    authority(work, "alpha");
    std::fs::write(work.join("other.txt"), "other bytes").unwrap();
    openssl(
        work,
        &[
            "ts",
            "-query",
            "-data",
            "other.txt",
            "-sha256",
            "-cert",
            "-out",
            "other.tsq",
        ],
    );
    reply(work, "alpha", "other.tsq", "other.tsr");
    let before = std::fs::read(story.join("story.json")).unwrap();
    let out = attach(&story, work, "other.tsr");
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    let other = chronomap::provenance::sha256_hex(b"other bytes");
    assert!(
        said(&out).contains(&format!(
            "the token stamps {other}, not this source's SHA-256"
        )),
        "{}",
        said(&out)
    );
    assert_eq!(
        std::fs::read(story.join("story.json")).unwrap(),
        before,
        "nothing written"
    );
}

#[test]
fn a_tampered_token_fails_verification() {
    let (dir, story) = captured_story();
    let work = dir.path();
    authority(work, "alpha");
    request(&story, work);
    reply(work, "alpha", "q.tsq", "r.tsr");
    // The time it vouches for moved back a year, in the token's own bytes.
    let mut bytes = std::fs::read(work.join("r.tsr")).unwrap();
    let year = chrono::Utc::now().format("%Y").to_string();
    let earlier = (year.parse::<i32>().unwrap() - 1).to_string();
    let at = bytes
        .windows(4)
        .position(|w| w == year.as_bytes())
        .expect("the time in the token");
    bytes[at..at + 4].copy_from_slice(earlier.as_bytes());
    std::fs::write(work.join("tampered.tsr"), &bytes).unwrap();
    // Its imprint still matches, so it is kept; verification is what catches it.
    let out = attach(&story, work, "tampered.tsr");
    assert!(out.status.success(), "{}", said(&out));
    let out = validate(&story, work, Some("alpha.pem"));
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    assert!(
        said(&out).contains("the token's signature does not verify"),
        "{}",
        said(&out)
    );
}
