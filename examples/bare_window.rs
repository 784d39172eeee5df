//! A bare eframe window built like Chronomap's (same backend, features and window options): the
//! floor its start-up time and memory are measured against (see BENCHMARKS.md).

use chronomap::ui::probe::StartupProbe;

struct Bare {
    probe: StartupProbe,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.probe.on_frame(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare eframe window");
        });
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare")
            .with_inner_size([1400.0, 900.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_cc| {
            Ok(Box::new(Bare {
                probe: StartupProbe::from_env(),
            }))
        }),
    )
}
