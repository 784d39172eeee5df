//! The filters above the events list: sources, statuses, a place and date precision; how many
//! events they keep, and one click to clear them. They apply to the map, the timeline and the lists.

use super::state::Command;
use crate::filter::{EventFilter, Precision};
use crate::model::{Status, Story};
use egui::RichText;

pub fn filters_ui(
    ui: &mut egui::Ui,
    story: &Story,
    filter: &EventFilter,
    kept: usize,
    commands: &mut Vec<Command>,
) {
    let mut changed = filter.clone();
    egui::CollapsingHeader::new("Filter")
        .default_open(filter.is_active())
        .show(ui, |ui| {
            ui.label(RichText::new("Sources").weak());
            for (s, source) in story.sources.iter().enumerate() {
                let mut shown = !changed.hidden_sources.contains(&s);
                if ui.checkbox(&mut shown, &source.label).changed() {
                    toggle(&mut changed.hidden_sources, s, shown);
                }
            }
            ui.label(RichText::new("Status").weak());
            ui.horizontal_wrapped(|ui| {
                for status in [Status::Occurred, Status::Reported, Status::Planned] {
                    let mut shown = !changed.hidden_statuses.contains(&status);
                    if ui.checkbox(&mut shown, status.label()).changed() {
                        toggle(&mut changed.hidden_statuses, status, shown);
                    }
                }
            });
            let place_name = |p: Option<usize>| {
                p.and_then(|p| story.places.get(p))
                    .map_or_else(|| "any place".to_owned(), |p| p.name.clone())
            };
            egui::ComboBox::from_label("At place")
                .selected_text(place_name(changed.place))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut changed.place, None, "any place");
                    for p in 0..story.places.len() {
                        ui.selectable_value(&mut changed.place, Some(p), place_name(Some(p)));
                    }
                });
            egui::ComboBox::from_label("Dates")
                .selected_text(match changed.precision {
                    None => "exact or approximate",
                    Some(Precision::Exact) => "exact only",
                    Some(Precision::Approximate) => "approximate only",
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut changed.precision, None, "exact or approximate");
                    ui.selectable_value(
                        &mut changed.precision,
                        Some(Precision::Exact),
                        "exact only",
                    );
                    ui.selectable_value(
                        &mut changed.precision,
                        Some(Precision::Approximate),
                        "approximate only",
                    );
                });
        });
    if changed != *filter {
        commands.push(Command::SetFilter(changed));
    }
    if filter.is_active() {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "{kept} of {}",
                    crate::numbers::count(story.events.len(), "event", "events")
                ))
                .color(super::style::CURRENT),
            );
            if ui.button("Clear filters").clicked() {
                commands.push(Command::SetFilter(EventFilter::default()));
            }
        });
    }
}

fn toggle<T: PartialEq>(hidden: &mut Vec<T>, item: T, shown: bool) {
    if shown {
        hidden.retain(|h| *h != item);
    } else if !hidden.contains(&item) {
        hidden.push(item);
    }
}
