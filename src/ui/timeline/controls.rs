//! The timeline's controls: step, play, loop, speed, the date field, and the cursor's date.

use crate::date;
use crate::playback::PlaybackCommand;
use crate::ui::state::{Command, View};
use egui::Color32;

pub(super) fn controls_ui(
    ui: &mut egui::Ui,
    view: &View,
    date_field: &mut String,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        if ui
            .button("← Previous")
            .on_hover_text("Previous event (←)")
            .clicked()
        {
            commands.push(Command::Playback(PlaybackCommand::PreviousEvent));
        }
        let playback = &view.playback;
        let play = if playback.playing() { "Pause" } else { "Play" };
        if ui
            .button(play)
            .on_hover_text("Play or pause (Space)")
            .clicked()
        {
            commands.push(Command::Playback(PlaybackCommand::TogglePlay));
        }
        if ui
            .button("Next →")
            .on_hover_text("Next event (→)")
            .clicked()
        {
            commands.push(Command::Playback(PlaybackCommand::NextEvent));
        }
        let mut looping = playback.looping();
        if ui.checkbox(&mut looping, "Loop").changed() {
            commands.push(Command::Playback(PlaybackCommand::SetLooping(looping)));
        }
        let mut speed = playback.speed();
        if ui
            .add(
                egui::Slider::new(&mut speed, 0.25..=4.0)
                    .logarithmic(true)
                    .text("speed")
                    .fixed_decimals(2),
            )
            .changed()
        {
            commands.push(Command::Playback(PlaybackCommand::SetSpeed(speed)));
        }
        ui.separator();
        ui.label("Go to date:");
        let field = ui.add(
            egui::TextEdit::singleline(date_field)
                .hint_text("EDTF, e.g. 2024-04-17")
                .desired_width(150.0),
        );
        field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Go to date"));
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Go").clicked() || entered) && !date_field.trim().is_empty() {
            commands.push(Command::GoToDate(date_field.trim().to_owned()));
        }
        if let Some(error) = &view.date_error {
            ui.colored_label(Color32::from_rgb(0xb0, 0x20, 0x20), error);
        }
    });
    let cursor = date::date_of(view.playback.cursor_day())
        .map_or_else(String::new, |d| crate::date::written(d, "%A %-d %B %Y"));
    let label = ui.label(
        egui::RichText::new(format!("Cursor: {cursor}"))
            .strong()
            .size(15.0),
    );
    crate::ui::style::announce_changes(ui, &label);
}
