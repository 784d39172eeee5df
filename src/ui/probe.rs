//! The start-up probe for benchmarks: with `CHRONOMAP_EXIT_AFTER_FIRST_FRAME=1`, once the first frame
//! has been painted, print `first-frame` and the peak resident memory, then close. The bare eframe
//! example uses the same probe, so the two are measured alike.

pub const ENV: &str = "CHRONOMAP_EXIT_AFTER_FIRST_FRAME";

#[derive(Default)]
pub struct StartupProbe {
    enabled: bool,
    frames: u32,
}

impl StartupProbe {
    pub fn from_env() -> Self {
        StartupProbe {
            enabled: std::env::var_os(ENV).is_some_and(|v| v == "1"),
            frames: 0,
        }
    }

    /// Call at the start of each frame: the first frame has been painted when the second begins.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        if !self.enabled {
            return;
        }
        self.frames += 1;
        if self.frames == 2 {
            println!("first-frame peak-rss-kib={}", peak_rss_kib().unwrap_or(0));
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        ctx.request_repaint();
    }
}

/// VmHWM from /proc/self/status (Linux), in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
