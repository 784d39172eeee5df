//! The left panel: every event, place and source by name, so each can be reached without the map.
//! Rows are one line each and only the visible ones are laid out, so 100 000 events cost a screenful.

use super::differ::differ_hover;
use super::filters::filters_ui;
use super::find::{FindState, find_ui};
use super::state::{Command, FormCommand, ListTab, View};
use super::style;
use crate::document::Document;
use crate::i18n::tr;
use egui::RichText;

pub fn lists_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    find: &mut FindState,
    view: &View,
    current: &[usize],
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let tabs = [
        (ListTab::Events, "tab-events"),
        (ListTab::Places, "tab-places"),
        (ListTab::Sources, "tab-sources"),
        (ListTab::Find, "tab-find"),
    ];
    if let Some(tab) = style::tab_row(ui, view.list, &tabs) {
        commands.push(Command::ShowList(tab));
    }
    ui.separator();
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let text_color = ui.visuals().text_color();
    match view.list {
        ListTab::Events => {
            ui.horizontal(|ui| {
                if ui.button(tr("list-new-event")).clicked() {
                    commands.push(Command::Form(FormCommand::Event(None)));
                }
                if let Some(event) = view.selected_event
                    && ui.button(tr("list-edit-event")).clicked()
                {
                    commands.push(Command::Form(FormCommand::Event(Some(event))));
                }
            });
            filters_ui(ui, story, &view.filter, view.kept_events.len(), commands);
            ui.separator();
            let kept = &view.kept_events;
            rows_ui(ui, kept.len(), commands, |ui, row| {
                let e = kept[row];
                let event = &story.events[e];
                let color = if current.contains(&e) {
                    style::CURRENT
                } else {
                    text_color
                };
                let revised = doc.story_index().evidence_revised(e);
                let claims = doc.story_index().claims_of_event(e);
                let mark = match (revised, claims.is_empty()) {
                    (true, _) => "△ ",
                    (false, false) => "⇄ ",
                    (false, true) => "",
                };
                let text = RichText::new(format!("{mark}{} · {}", event.date.label(), event.title))
                    .color(color);
                let mut hover = format!(
                    "{}\n{} · {}",
                    event.title,
                    event.date.label(),
                    event.status.name()
                );
                if revised {
                    hover.push('\n');
                    hover.push_str(&tr("list-evidence-revised"));
                }
                if !claims.is_empty() {
                    hover.push('\n');
                    hover.push_str(&differ_hover(story, claims));
                }
                let row = ui
                    .selectable_label(view.selected_event == Some(e), text)
                    .on_hover_text(hover);
                row.clicked().then_some(Command::SelectEvent(e))
            })
        }
        ListTab::Find => find_ui(ui, doc, find, commands),
        ListTab::Places => rows_ui(ui, story.places.len(), commands, |ui, p| {
            let place = &story.places[p];
            let row = ui.selectable_label(
                view.selected_place == Some(p),
                format!("{} ({})", place.name, place.kind.name()),
            );
            row.clicked().then_some(Command::SelectPlace(Some(p)))
        }),
        ListTab::Sources => rows_ui(ui, story.sources.len(), commands, |ui, s| {
            let source = &story.sources[s];
            let row = ui.selectable_label(false, format!("{} · {}", source.label, source.title));
            row.on_hover_text(&source.title)
                .clicked()
                .then_some(Command::OpenSource(s))
        }),
    }
}

/// One line per row, and only the rows in view are laid out (`ScrollArea::show_rows`).
fn rows_ui(
    ui: &mut egui::Ui,
    count: usize,
    commands: &mut Vec<Command>,
    mut row: impl FnMut(&mut egui::Ui, usize) -> Option<Command>,
) {
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show_rows(ui, row_height, count, |ui, rows| {
            commands.extend(rows.filter_map(|i| row(ui, i)));
        });
}
