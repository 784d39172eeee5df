//! The place card: names in every spelling, kind, what the map measures beside what the sources
//! report, the events there and every quote that names the place.

use super::differ::differ_ui;
use super::quote::quote_ui;
use super::state::{Command, FormCommand};
use crate::document::Document;
use crate::edit::amend;
use crate::i18n::{tr, tr_with};
use crate::query;
use crate::versions::objects::Section;
use egui::RichText;

pub fn place_card_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    place: Option<usize>,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let Some(p) = place.filter(|&p| p < story.places.len()) else {
        ui.label(tr("place-none"));
        return;
    };
    let place = &story.places[p];
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            let heading = ui.heading(&place.name);
            super::style::announce_changes(ui, &heading);
            let shape = query::shape_label(place);
            ui.horizontal(|ui| {
                ui.label(format!("{} · {shape}", place.kind.name()));
                if ui.button(tr("place-edit")).clicked() {
                    commands.push(Command::Form(FormCommand::Place(p)));
                }
                merge_ui(ui, doc, p, commands);
                super::history::history_button(ui, Section::Places, &place.id, commands);
            });
            if !place.aliases.is_empty() {
                ui.label(tr_with(
                    "place-also-written",
                    &[("names", place.aliases.join(", ").into())],
                ));
            }
            for line in query::measure_lines(place) {
                ui.label(line);
            }
            for (line, _) in query::reported_lines(story, place) {
                ui.label(RichText::new(line).strong());
            }
            differ_ui(ui, story, doc.story_index().claims_of_place(p), commands);
            if !place.notes.is_empty() {
                ui.label(RichText::new(&place.notes).weak());
            }
            if !place.other.is_empty() {
                // Properties the GeoJSON file gave that Chronomap does not use, shown as written.
                ui.collapsing(
                    tr_with(
                        "place-other-properties",
                        &[("count", place.other.len().into())],
                    ),
                    |ui| {
                        for (key, value) in &place.other {
                            let value = match value {
                                serde_json::Value::String(text) => text.clone(),
                                other => other.to_string(),
                            };
                            ui.label(format!("{key}: {value}"));
                        }
                    },
                );
            }
            ui.separator();
            ui.strong(tr("place-events"));
            let events = doc.story_index().events_at_place(p);
            if events.is_empty() {
                ui.label(RichText::new(tr("place-no-events")).weak());
            }
            if events.len() > 1 {
                events_per_year_ui(ui, story, p, events);
            }
            for &e in events {
                let event = &story.events[e];
                if ui
                    .link(format!("{} — {}", event.date.label(), event.title))
                    .clicked()
                {
                    commands.push(Command::SelectEvent(e));
                }
            }
            ui.separator();
            ui.strong(tr("place-quotes"));
            let quotes = doc.story_index().quotes_mentioning(p);
            if quotes.is_empty() {
                ui.label(RichText::new(tr("place-no-quotes")).weak());
            }
            for &q in quotes {
                quote_ui(ui, story, q, commands);
            }
        });
}

/// A small bar chart of the place's events per year (egui_plot), so a place's rhythm shows at a glance.
fn events_per_year_ui(
    ui: &mut egui::Ui,
    story: &crate::model::Story,
    place: usize,
    events: &[usize],
) {
    let bars = query::events_per_year(story, events)
        .into_iter()
        .map(|(year, count)| {
            egui_plot::Bar::new(f64::from(year), count as f64)
                .width(0.7)
                .name(tr_with(
                    "place-events-in-year",
                    &[("year", year.to_string().into()), ("count", count.into())],
                ))
        })
        .collect();
    egui_plot::Plot::new(("events-per-year", place))
        .height(80.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_y(false)
        .include_y(0.0)
        .y_axis_min_width(16.0)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(
                egui_plot::BarChart::new("events per year", bars)
                    .color(super::style::status_color(crate::model::Status::Occurred)),
            )
        });
}

/// "Merge into…": this place becomes part of another, which takes its names and references
/// (undone as one edit).
fn merge_ui(ui: &mut egui::Ui, doc: &Document, place: usize, commands: &mut Vec<Command>) {
    let story = doc.story();
    let menu = egui::ComboBox::from_id_salt(("merge-into", place))
        .selected_text(tr("place-merge"))
        .show_ui(ui, |ui| {
            for (other, record) in story.places.iter().enumerate() {
                // Two different places of the story: a merge of them is always possible.
                if other != place
                    && ui.selectable_label(false, &record.name).clicked()
                    && let Ok(edit) = amend::merge_places(story, other, place)
                {
                    commands.push(Command::Edit(Box::new(edit)));
                    // The kept place, one up if it came after the one merged away.
                    let kept = if other > place { other - 1 } else { other };
                    commands.push(Command::SelectPlace(Some(kept)));
                }
            }
        });
    menu.response
        .on_hover_text(tr("place-merge-hint"))
        .widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("place-merge-name"))
        });
}
