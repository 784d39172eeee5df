//! The timeline's controls: step, play, loop, speed, the date field, and the cursor's date.

use crate::date;
use crate::date::long_date;
use crate::i18n::{tr, tr_with};
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
            .button(tr("timeline-previous"))
            .on_hover_text(tr("timeline-previous-hint"))
            .clicked()
        {
            commands.push(Command::Playback(PlaybackCommand::PreviousEvent));
        }
        let playback = &view.playback;
        let play = if playback.playing() {
            "timeline-pause"
        } else {
            "timeline-play"
        };
        if ui
            .button(tr(play))
            .on_hover_text(tr("timeline-play-hint"))
            .clicked()
        {
            commands.push(Command::Playback(PlaybackCommand::TogglePlay));
        }
        if ui
            .button(tr("timeline-next"))
            .on_hover_text(tr("timeline-next-hint"))
            .clicked()
        {
            commands.push(Command::Playback(PlaybackCommand::NextEvent));
        }
        let mut looping = playback.looping();
        if ui.checkbox(&mut looping, tr("timeline-loop")).changed() {
            commands.push(Command::Playback(PlaybackCommand::SetLooping(looping)));
        }
        let mut speed = playback.speed();
        if ui
            .add(
                egui::Slider::new(&mut speed, 0.25..=4.0)
                    .logarithmic(true)
                    .text(tr("timeline-speed"))
                    .fixed_decimals(2),
            )
            .changed()
        {
            commands.push(Command::Playback(PlaybackCommand::SetSpeed(speed)));
        }
        ui.separator();
        ui.label(tr("timeline-go-to-date"));
        let field = ui.add(
            egui::TextEdit::singleline(date_field)
                .hint_text(tr("timeline-date-hint"))
                .desired_width(150.0),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr("timeline-go-to-date-name"))
        });
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(tr("timeline-go")).clicked() || entered) && !date_field.trim().is_empty() {
            commands.push(Command::GoToDate(date_field.trim().to_owned()));
        }
        if let Some(error) = &view.date_error {
            ui.colored_label(Color32::from_rgb(0xb0, 0x20, 0x20), error);
        }
    });
    let cursor = date::date_of(view.playback.cursor_day()).map_or_else(String::new, long_date);
    let label = ui.label(
        egui::RichText::new(tr_with("timeline-cursor", &[("date", cursor.into())]))
            .strong()
            .size(15.0),
    );
    crate::ui::style::announce_changes(ui, &label);
}
