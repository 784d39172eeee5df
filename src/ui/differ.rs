//! The mark of a disagreement: wherever an event or a place appears, the facts its sources report
//! differently are named, and a click opens them side by side.

use super::state::Command;
use super::style;
use crate::i18n::tr_with;
use crate::model::Story;
use egui::RichText;

/// The sign shown before anything sources disagree about.
pub const DIFFER_MARK: &str = "⇄";

/// One link per claim: "⇄ Sources differ: troop numbers".
pub fn differ_ui(ui: &mut egui::Ui, story: &Story, claims: &[usize], commands: &mut Vec<Command>) {
    for &c in claims {
        let Some(claim) = story.claims.get(c) else {
            continue;
        };
        let said = tr_with("differ-link", &[("topic", claim.topic.clone().into())]);
        let text = RichText::new(format!("{DIFFER_MARK} {said}")).color(style::CURRENT);
        if ui
            .link(text)
            .on_hover_text(crate::i18n::tr("differ-link-hint"))
            .clicked()
        {
            commands.push(Command::ShowClaim(c));
        }
    }
}

/// The claims' topics, one a line, for a hover text.
pub fn differ_hover(story: &Story, claims: &[usize]) -> String {
    claims
        .iter()
        .filter_map(|&c| story.claims.get(c))
        .map(|c| format!("{DIFFER_MARK} Sources differ: {}", c.topic))
        .collect::<Vec<_>>()
        .join("\n")
}
