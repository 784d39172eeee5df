//! The filters above the events list: sources, statuses, a place and date precision; how many
//! events they keep, and one click to clear them. They apply to the map, the timeline and the lists.

use super::state::Command;
use crate::filter::{EventFilter, Precision};
use crate::i18n::{tr, tr_with};
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
    egui::CollapsingHeader::new(tr("filter"))
        .default_open(filter.is_active())
        .show(ui, |ui| {
            ui.label(RichText::new(tr("filter-sources")).weak());
            for (s, source) in story.sources.iter().enumerate() {
                let mut shown = !changed.hidden_sources.contains(&s);
                if ui.checkbox(&mut shown, &source.label).changed() {
                    toggle(&mut changed.hidden_sources, s, shown);
                }
            }
            ui.label(RichText::new(tr("filter-status")).weak());
            ui.horizontal_wrapped(|ui| {
                for status in Status::ALL {
                    let mut shown = !changed.hidden_statuses.contains(&status);
                    if ui.checkbox(&mut shown, status.name()).changed() {
                        toggle(&mut changed.hidden_statuses, status, shown);
                    }
                }
            });
            let place_name = |p: Option<usize>| {
                p.and_then(|p| story.places.get(p))
                    .map_or_else(|| tr("filter-any-place"), |p| p.name.clone())
            };
            egui::ComboBox::from_label(tr("filter-at-place"))
                .selected_text(place_name(changed.place))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut changed.place, None, tr("filter-any-place"));
                    for p in 0..story.places.len() {
                        ui.selectable_value(&mut changed.place, Some(p), place_name(Some(p)));
                    }
                });
            let precision_name = |p: Option<Precision>| {
                tr(match p {
                    None => "filter-dates-any",
                    Some(Precision::Exact) => "filter-dates-exact",
                    Some(Precision::Approximate) => "filter-dates-approximate",
                })
            };
            egui::ComboBox::from_label(tr("filter-dates"))
                .selected_text(precision_name(changed.precision))
                .show_ui(ui, |ui| {
                    for p in [None, Some(Precision::Exact), Some(Precision::Approximate)] {
                        ui.selectable_value(&mut changed.precision, p, precision_name(p));
                    }
                });
        });
    if changed != *filter {
        commands.push(Command::SetFilter(changed));
    }
    if filter.is_active() {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr_with(
                    "filter-kept",
                    &[("kept", kept.into()), ("count", story.events.len().into())],
                ))
                .color(super::style::CURRENT),
            );
            if ui.button(tr("filter-clear")).clicked() {
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
