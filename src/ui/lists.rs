//! The left panel: every event and every place by name, so both can be reached without the map.

use super::app::{Command, View};
use super::style;
use crate::model::Story;
use egui::RichText;

pub fn lists_ui(
    ui: &mut egui::Ui,
    story: &Story,
    view: &View,
    current: &[usize],
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
        ui.heading("Events");
        for (e, event) in story.events.iter().enumerate() {
            let is_current = current.contains(&e);
            let text = RichText::new(format!("{}\n{}", event.date.label(), event.title)).color(if is_current { style::CURRENT } else { ui.visuals().text_color() });
            if ui.selectable_label(view.selected_event == Some(e), text).on_hover_text(event.status.label()).clicked() {
                commands.push(Command::SelectEvent(e));
            }
        }
        ui.add_space(8.0);
        ui.heading("Places");
        for (p, place) in story.places.iter().enumerate() {
            let label = format!("{} ({})", place.name, place.kind.label());
            if ui.selectable_label(view.selected_place == Some(p), label).clicked() {
                commands.push(Command::SelectPlace(Some(p)));
            }
        }
        ui.add_space(8.0);
        ui.heading("Sources");
        for (s, source) in story.sources.iter().enumerate() {
            if ui.link(format!("{} ({})", source.title, source.publisher_label())).clicked() {
                commands.push(Command::OpenSource(s));
            }
        }
        ui.add_space(8.0);
        ui.label(RichText::new("Base map: Natural Earth (public domain). Shapes marked schematic are approximate.").weak().small());
    });
}
