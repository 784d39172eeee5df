//! What a picture's file says, in the window's (or the page's) language: its metadata's claims,
//! each said to be the file's, and its Content Credentials — who signed, with what, what they
//! record, and whether they still hold.

use crate::i18n::{tr, tr_with};
use crate::load::raw::{PictureClaims, RawCredentials};

/// One line per claim of the metadata ("The file says it was taken on …").
pub fn claims_words(says: &PictureClaims) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(taken) = &says.taken {
        lines.push(tr_with(
            "picture-says-taken",
            &[("time", taken.clone().into())],
        ));
    }
    if let Some([lon, lat]) = says.position {
        lines.push(tr_with(
            "picture-says-position",
            &[("position", format!("{lat:.5}, {lon:.5}").into())],
        ));
    }
    if let Some(camera) = &says.camera {
        lines.push(tr_with(
            "picture-says-camera",
            &[("camera", camera.clone().into())],
        ));
    }
    if says.orientation.is_some_and(|o| o != 1) {
        lines.push(tr("picture-says-turned"));
    }
    lines
}

/// The credentials in a few lines: who signed and with what, what they record, whether they hold.
pub fn credentials_words(credentials: &RawCredentials) -> Vec<String> {
    let problems = credentials.problems.join(", ");
    if credentials.state == "unreadable" {
        return vec![tr_with(
            "picture-credentials-unreadable",
            &[("why", problems.into())],
        )];
    }
    let unnamed = || tr("picture-credentials-unnamed");
    let mut lines = vec![tr_with(
        "picture-credentials-signed",
        &[
            (
                "signer",
                credentials.signed_by.clone().unwrap_or_else(unnamed).into(),
            ),
            (
                "issuer",
                credentials.issuer.clone().unwrap_or_else(unnamed).into(),
            ),
            (
                "tool",
                credentials.tool.clone().unwrap_or_else(unnamed).into(),
            ),
        ],
    )];
    if let Some(at) = &credentials.signed_at {
        lines.push(tr_with(
            "picture-credentials-signed-at",
            &[("time", at.clone().into())],
        ));
    }
    if let Some(kind) = &credentials.source_type {
        let kind = tr_with("picture-source-type", &[("kind", kind.clone().into())]);
        lines.push(tr_with(
            "picture-credentials-source-type",
            &[("kind", kind.into())],
        ));
    }
    if !credentials.actions.is_empty() {
        let actions: Vec<String> = credentials
            .actions
            .iter()
            .map(|a| {
                let name = a.strip_prefix("c2pa.").unwrap_or(a).replace('.', "-");
                tr_with("picture-credentials-action", &[("action", name.into())])
            })
            .collect();
        lines.push(tr_with(
            "picture-credentials-actions",
            &[("actions", actions.join(", ").into())],
        ));
    }
    lines.push(match (credentials.state.as_str(), credentials.bound) {
        (_, false) => tr("picture-credentials-unbound"),
        ("trusted", true) => tr("picture-credentials-trusted"),
        ("valid", true) => tr("picture-credentials-valid"),
        _ => tr_with("picture-credentials-invalid", &[("why", problems.into())]),
    });
    lines
}
