//! Native file dialogs (rfd), and knowing when none can be shown: on Linux they go through the XDG
//! desktop portal over D-Bus, which a bare X server or a sandbox does not have. Then the app says
//! so and asks for the path in a field instead of doing nothing.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What a dialog gave.
pub enum Chosen {
    Path(PathBuf),
    /// The person closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown.
    Unavailable,
}

/// Set (to anything) to never try a native dialog: the path field is used instead.
const NO_DIALOG_VARIABLE: &str = "CHRONOMAP_NO_FILE_DIALOG";

/// A dialog that returns nothing sooner than this was never on screen: no one cancels that fast.
const TOO_QUICK_TO_BE_SEEN: Duration = Duration::from_millis(250);

/// Shows a dialog (`show` runs rfd) when one can be shown.
pub fn choose(show: impl FnOnce() -> Option<PathBuf>) -> Chosen {
    if !can_show() {
        return Chosen::Unavailable;
    }
    let started = Instant::now();
    match show() {
        Some(path) => Chosen::Path(path),
        None if started.elapsed() < TOO_QUICK_TO_BE_SEEN => Chosen::Unavailable,
        None => Chosen::Cancelled,
    }
}

/// Whether a native dialog can be shown at all: not when asked not to, and on Linux and the BSDs
/// not without a D-Bus session bus (the portal's only way in).
fn can_show() -> bool {
    if std::env::var_os(NO_DIALOG_VARIABLE).is_some() {
        return false;
    }
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists())
}

/// What a form says when its Choose… button can show no dialog.
pub fn type_it() -> String {
    crate::i18n::tr("dialog-type-it")
}
