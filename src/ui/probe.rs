//! The start-up probe for benchmarks: with `CHRONOMAP_EXIT_AFTER_FIRST_FRAME=1`, once the first frame
//! has been painted, print `first-frame`, the peak resident memory, the time since the process
//! was spawned and how many laid-out texts egui held when the first frame began, then close. The
//! bare eframe example uses the same probe, so the two are measured alike.

pub const ENV: &str = "CHRONOMAP_EXIT_AFTER_FIRST_FRAME";

/// When the measuring process spawned this one, in nanoseconds since the Unix epoch: the time to
/// the first painted frame is counted from it (the closing frame and the exit are not start-up).
pub const SPAWNED_AT_ENV: &str = "CHRONOMAP_SPAWNED_AT_NS";

/// Now, in nanoseconds since the Unix epoch.
pub fn now_ns() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

#[derive(Default)]
pub struct StartupProbe {
    enabled: bool,
    frames: u32,
    /// The texts laid out (galleys, their glyphs rasterised) that egui held when the first frame
    /// began: those of the frame the app drew ahead (`ChronomapApp::draw_ahead`), or none when
    /// the window's frame must lay out and rasterise everything itself.
    galleys_at_start: usize,
}

impl StartupProbe {
    pub fn from_env() -> Self {
        StartupProbe {
            enabled: std::env::var_os(ENV).is_some_and(|v| v == "1"),
            frames: 0,
            galleys_at_start: 0,
        }
    }

    /// Call at the start of each frame: the first frame has been painted when the second begins.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        if !self.enabled {
            return;
        }
        self.frames += 1;
        if self.frames == 1 {
            self.galleys_at_start = ctx.fonts(|f| f.num_galleys_in_cache());
        }
        if self.frames == 2 {
            let spawned_at = std::env::var(SPAWNED_AT_ENV)
                .ok()
                .and_then(|at| at.parse::<u128>().ok());
            let since_spawn_us = spawned_at.map_or(0, |at| now_ns().saturating_sub(at) / 1000);
            println!(
                "first-frame since-spawn-us={since_spawn_us} peak-rss-kib={} galleys-at-start={}",
                peak_rss_kib().unwrap_or(0),
                self.galleys_at_start
            );
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
