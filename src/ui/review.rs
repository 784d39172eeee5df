//! Review changes (View menu): the open story against a revision of its repository, the last
//! commit before a day, or another story folder — what was added, changed and removed, each object
//! leading to itself, each changed field old → new. The list of changes also serves History.

use super::object_words::{kind_name, object_name, position, side_words};
use super::state::{Command, TeamCommand, TourCommand};
use crate::i18n::{tr, tr_with};
use crate::model::Story;
use crate::versions::diff::{Change, What};
use crate::versions::objects::Section;
use egui::RichText;

/// The window's state: what to compare with, and what the comparison found.
#[derive(Debug, Default)]
pub struct Review {
    pub against: String,
    pub result: Option<Result<Vec<Change>, String>>,
    /// The story changed since the last comparison, which was set aside (a large story).
    pub stale: bool,
}

pub fn review_ui(
    ctx: &egui::Context,
    story: &Story,
    review: &mut Review,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    egui::Window::new(tr("review-title"))
        .id(egui::Id::unique("review"))
        .open(&mut open)
        .default_width(560.0)
        .max_height((ctx.content_rect().height() - 90.0).max(200.0))
        .default_pos([260.0, 90.0])
        .show(ctx, |ui| {
            ui.label(RichText::new(tr("review-hint")).weak());
            ui.horizontal(|ui| {
                let field = ui.add(
                    egui::TextEdit::singleline(&mut review.against)
                        .hint_text("HEAD")
                        .desired_width(260.0),
                );
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button(tr("review-compare")).clicked() || entered {
                    let against = match review.against.trim() {
                        "" => "HEAD".to_owned(),
                        typed => typed.to_owned(),
                    };
                    commands.push(Command::Team(TeamCommand::Review(against)));
                }
            });
            match &review.result {
                None if review.stale => {
                    ui.label(RichText::new(tr("review-stale")).weak());
                }
                None => {}
                Some(Err(error)) => {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                Some(Ok(changes)) if changes.is_empty() => {
                    ui.label(tr("review-no-changes"));
                }
                Some(Ok(changes)) => {
                    ui.label(tr_with("review-count", &[("count", changes.len().into())]));
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        changes_ui(ui, story, changes, commands);
                    });
                }
            }
        });
    if !open {
        commands.push(Command::Team(TeamCommand::ShowReview(false)));
    }
}

/// Each change: its object (a link to it while the story has it), then each field old → new.
pub fn changes_ui(
    ui: &mut egui::Ui,
    story: &Story,
    changes: &[Change],
    commands: &mut Vec<Command>,
) {
    for change in changes {
        let section = Some(change.section);
        let (verb, record) = match &change.what {
            What::Added { record } => ("review-added", Some(record)),
            What::Removed { record } => ("review-removed", Some(record)),
            What::Changed { .. } => ("review-changed", None),
        };
        let name = match (change.section, record) {
            (Section::Story, _) => tr("conflicts-the-story"),
            (_, Some(record)) if position(story, change.section, &change.id).is_none() => {
                let said = side_words(story, section, None, record);
                format!("{} « {said} » ({})", kind_name(change.section), change.id)
            }
            _ => object_name(story, section, &change.id),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr(verb)).strong());
            match go_to(story, change.section, &change.id) {
                Some(go) if ui.link(&name).clicked() => commands.push(go),
                Some(_) => {}
                None => {
                    ui.label(&name);
                }
            }
        });
        if let What::Changed { fields } = &change.what {
            for field in fields {
                let words = |v| side_words(story, section, Some(&field.field), v);
                let mut line = format!(
                    "{}: {} → {}",
                    field.field,
                    words(&field.old),
                    words(&field.new)
                );
                if field.field == "geometry"
                    && let Some(km) = crate::versions::words::moved_km(&field.old, &field.new)
                {
                    let km = crate::i18n::decimal(km, 1);
                    line.push_str(&tr_with("review-moved", &[("km", km.into())]));
                }
                ui.indent(&field.field, |ui| ui.add(egui::Label::new(line).wrap()));
            }
        }
        if let Some(check) = &change.changed_since_checked {
            let day =
                crate::checks::day(check).map_or_else(|| check.at.clone(), crate::date::long_date);
            let args = [("by", check.by.clone().into()), ("day", day.into())];
            ui.colored_label(super::style::CHECK_CHANGED, tr_with("check-changed", &args));
        }
        ui.add_space(4.0);
    }
}

/// The command that shows the object: an event selected, a place's card, a claim compared, a
/// source or a quote in the reader, a step of the tour.
fn go_to(story: &Story, section: Section, id: &str) -> Option<Command> {
    let at = position(story, section, id)?;
    Some(match section {
        Section::Events => Command::SelectEvent(at),
        Section::Places => Command::SelectPlace(Some(at)),
        Section::Claims => Command::ShowClaim(at),
        Section::Sources => Command::OpenSource(at),
        Section::Quotes => Command::OpenQuote(at),
        Section::Steps => Command::Tour(TourCommand::Show(Some(at))),
        Section::Conflicts => Command::Team(TeamCommand::ShowConflicts(true)),
        Section::Story => return None,
    })
}
