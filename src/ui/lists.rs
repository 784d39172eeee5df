//! The left panel: every event, place and source by name, so each can be reached without the map.
//! Rows are one line each and only the visible ones are laid out, so 100 000 events cost a screenful.

use super::app::{Command, View};
use super::style;
use crate::model::Story;
use egui::RichText;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListTab {
    #[default]
    Events,
    Places,
    Sources,
}

pub fn lists_ui(
    ui: &mut egui::Ui,
    story: &Story,
    view: &View,
    current: &[usize],
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        for (tab, label) in [
            (ListTab::Events, "Events"),
            (ListTab::Places, "Places"),
            (ListTab::Sources, "Sources"),
        ] {
            if ui
                .selectable_label(view.list == tab, RichText::new(label).strong())
                .clicked()
            {
                commands.push(Command::ShowList(tab));
            }
        }
    });
    ui.separator();
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let row_height = ui.spacing().interact_size.y;
    let text_color = ui.visuals().text_color();
    match view.list {
        ListTab::Events => {
            egui::ScrollArea::vertical()
                .auto_shrink([false; 2])
                .show_rows(ui, row_height, story.events.len(), |ui, rows| {
                    for e in rows {
                        let event = &story.events[e];
                        let color = if current.contains(&e) {
                            style::CURRENT
                        } else {
                            text_color
                        };
                        let text =
                            RichText::new(format!("{} · {}", event.date.label(), event.title))
                                .color(color);
                        let row = ui.selectable_label(view.selected_event == Some(e), text);
                        if row
                            .on_hover_text(format!(
                                "{}\n{} · {}",
                                event.title,
                                event.date.label(),
                                event.status.label()
                            ))
                            .clicked()
                        {
                            commands.push(Command::SelectEvent(e));
                        }
                    }
                });
        }
        ListTab::Places => {
            egui::ScrollArea::vertical()
                .auto_shrink([false; 2])
                .show_rows(ui, row_height, story.places.len(), |ui, rows| {
                    for p in rows {
                        let place = &story.places[p];
                        if ui
                            .selectable_label(
                                view.selected_place == Some(p),
                                format!("{} ({})", place.name, place.kind.label()),
                            )
                            .clicked()
                        {
                            commands.push(Command::SelectPlace(Some(p)));
                        }
                    }
                });
        }
        ListTab::Sources => {
            egui::ScrollArea::vertical()
                .auto_shrink([false; 2])
                .show_rows(ui, row_height, story.sources.len(), |ui, rows| {
                    for s in rows {
                        let source = &story.sources[s];
                        if ui
                            .selectable_label(
                                false,
                                format!("{} ({})", source.title, source.publisher_label()),
                            )
                            .on_hover_text(&source.title)
                            .clicked()
                        {
                            commands.push(Command::OpenSource(s));
                        }
                    }
                });
        }
    }
}
