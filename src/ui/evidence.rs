//! A source's evidence, in the reader: its capture record (verified on load, or not recorded), the
//! versions it revises or is revised by, what changed between them word by word, and the fate of
//! every quote of the earlier version, orphans listed rather than lost.

use super::quote::quote_ui;
use super::state::Command;
use super::style;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::model::{QuoteFate, Revision, WordChange};
use egui::RichText;
use egui::text::{LayoutJob, TextFormat};

pub fn evidence_ui(ui: &mut egui::Ui, doc: &Document, source: usize, commands: &mut Vec<Command>) {
    let story = doc.story();
    let Some(this) = story.sources.get(source) else {
        return;
    };
    let line = match &this.capture {
        Some(capture) => {
            let hash: String = capture.sha256.chars().take(12).collect();
            let mut line = tr_with(
                "evidence-captured",
                &[
                    ("time", capture.captured.clone().into()),
                    ("hash", hash.into()),
                ],
            );
            if let Some(archive) = &capture.archive {
                line.push_str(&tr_with(
                    "evidence-archived",
                    &[
                        ("url", archive.url.clone().into()),
                        ("time", archive.archived.clone().into()),
                    ],
                ));
                if let Some(digest) = &archive.payload_digest {
                    line.push_str(&tr_with(
                        "evidence-payload",
                        &[("digest", digest.clone().into())],
                    ));
                }
            }
            if let Some(original) = &capture.original {
                line.push_str(&tr_with(
                    "evidence-extracted",
                    &[
                        ("file", original.file.clone().into()),
                        ("tool", original.extracted_by.clone().into()),
                    ],
                ));
            }
            line
        }
        None => tr("evidence-not-captured"),
    };
    ui.label(RichText::new(line).small());
    if let Some(stamp) = this.capture.as_ref().and_then(|c| c.timestamp.as_ref()) {
        ui.label(
            RichText::new(tr_with(
                "evidence-time-stamped",
                &[
                    ("authority", stamp.authority.clone().into()),
                    ("time", stamp.time.clone().into()),
                    ("file", stamp.file.clone().into()),
                ],
            ))
            .small(),
        );
    }
    if let Some(capture) = this.capture.as_ref().filter(|c| !c.notes.is_empty()) {
        ui.label(RichText::new(&capture.notes).weak().small());
    }
    for revision in &story.revisions {
        if revision.later == source {
            revision_ui(ui, doc, revision, commands);
        } else if revision.earlier == source {
            let later = &story.sources[revision.later];
            let lost = revision
                .quotes
                .iter()
                .filter(|(_, f)| !matches!(f, QuoteFate::Unchanged | QuoteFate::Moved { .. }))
                .count();
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!(
                        "△ Revised later as «{}»: {lost} of its quotes changed or not found there.",
                        later.label
                    ))
                    .color(style::CURRENT),
                );
                if ui.small_button(tr("evidence-read-later")).clicked() {
                    commands.push(Command::OpenSource(revision.later));
                }
            });
        }
    }
}

/// The later version's view: what changed since the earlier one, and each earlier quote's fate.
fn revision_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    revision: &Revision,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let earlier = &story.sources[revision.earlier];
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr_with(
                "evidence-later-version",
                &[("source", earlier.label.clone().into())],
            ))
            .strong(),
        );
        if ui.small_button(tr("evidence-read-earlier")).clicked() {
            commands.push(Command::OpenSource(revision.earlier));
        }
    });
    let counts = revision.fate_counts();
    ui.label(tr_with(
        "evidence-fates",
        &[
            ("unchanged", counts[0].into()),
            ("moved", counts[1].into()),
            ("changed", counts[2].into()),
            ("orphaned", counts[3].into()),
        ],
    ));
    egui::CollapsingHeader::new(tr("evidence-word-by-word"))
        .id_salt(("changes", revision.later))
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("changes-scroll", revision.later))
                .max_height(220.0)
                .show(ui, |ui| changes_ui(ui, &revision.text_changes));
        });
    egui::CollapsingHeader::new(tr("evidence-quotes-changed"))
        .id_salt(("fates", revision.later))
        .default_open(counts[2] + counts[3] > 0)
        .show(ui, |ui| {
            for (q, fate) in &revision.quotes {
                match fate {
                    QuoteFate::Changed { changes, .. } => {
                        ui.label(RichText::new(tr("evidence-changed")).strong());
                        changes_ui(ui, changes);
                    }
                    QuoteFate::Orphaned => {
                        ui.label(RichText::new(tr("evidence-not-in-later")).strong());
                        quote_ui(ui, story, *q, commands);
                    }
                    QuoteFate::Unchanged | QuoteFate::Moved { .. } => {}
                }
            }
        });
}

/// Words kept as they are, removed ones struck through in red, inserted ones underlined in green.
fn changes_ui(ui: &mut egui::Ui, changes: &[WordChange]) {
    let mut job = LayoutJob::default();
    let base = TextFormat {
        font_id: egui::FontId::proportional(13.5),
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    for change in changes {
        let (text, format) = match change {
            WordChange::Same(text) => (text, base.clone()),
            WordChange::Removed(text) => (
                text,
                TextFormat {
                    color: style::REMOVED,
                    strikethrough: egui::Stroke::new(1.0, style::REMOVED),
                    ..base.clone()
                },
            ),
            WordChange::Inserted(text) => (
                text,
                TextFormat {
                    color: style::INSERTED,
                    underline: egui::Stroke::new(1.0, style::INSERTED),
                    ..base.clone()
                },
            ),
        };
        job.append(text, 0.0, format);
    }
    job.wrap.max_width = ui.available_width();
    ui.label(job);
}
