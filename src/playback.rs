//! The time cursor and its playback: where the cursor is, whether it plays, loops, and how fast.
//! Its fields change only through [`Playback::apply`] and [`Playback::advance`], so every rule
//! (the cursor stays on the axis, playback stops or loops at the end) holds in one place.

use crate::axis::TimeAxis;
use crate::date::Day;
use crate::model::Story;
use crate::query;

/// Seconds playback takes to cross the whole axis at speed 1.
pub const PLAY_SECONDS: f64 = 40.0;
/// The slowest and fastest playback speeds.
pub const SPEED_RANGE: std::ops::RangeInclusive<f32> = 0.1..=10.0;

/// What can be asked of the cursor and its playback.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlaybackCommand {
    /// Put the cursor on a (fractional) day; it is kept on the axis.
    SetCursor(f64),
    NextEvent,
    PreviousEvent,
    TogglePlay,
    SetLooping(bool),
    SetSpeed(f32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Playback {
    /// A fractional day, so dragging and playback move smoothly.
    cursor_day: f64,
    playing: bool,
    looping: bool,
    /// 1.0 crosses the axis in [`PLAY_SECONDS`].
    speed: f32,
}

impl Playback {
    /// Paused on `cursor_day`, not looping, at speed 1.
    pub fn new(cursor_day: f64) -> Self {
        Playback {
            cursor_day,
            playing: false,
            looping: false,
            speed: 1.0,
        }
    }

    pub fn cursor(&self) -> f64 {
        self.cursor_day
    }

    /// The day the cursor is on.
    pub fn cursor_day(&self) -> Day {
        self.cursor_day.floor() as Day
    }

    pub fn playing(&self) -> bool {
        self.playing
    }

    pub fn looping(&self) -> bool {
        self.looping
    }

    pub fn speed(&self) -> f32 {
        self.speed
    }

    /// [`Playback::apply`] with a filter on: stepping goes from one of the `kept` events (in story
    /// order) to the next; everything else as without a filter.
    pub fn apply_among(
        &mut self,
        command: PlaybackCommand,
        story: &Story,
        axis: &TimeAxis,
        kept: Option<&[usize]>,
    ) {
        let day = self.cursor_day();
        let stepped = match (command, kept) {
            (PlaybackCommand::NextEvent, Some(kept)) => {
                Some(crate::filter::next_start_among(story, kept, day))
            }
            (PlaybackCommand::PreviousEvent, Some(kept)) => {
                Some(crate::filter::previous_start_among(story, kept, day))
            }
            _ => None,
        };
        match stepped {
            Some(Some(day)) => self.apply(PlaybackCommand::SetCursor(f64::from(day)), story, axis),
            Some(None) => {}
            None => self.apply(command, story, axis),
        }
    }

    pub fn apply(&mut self, command: PlaybackCommand, story: &Story, axis: &TimeAxis) {
        let first = f64::from(axis.first_day());
        let last = f64::from(axis.last_day());
        match command {
            // A story without events has no axis to keep the cursor on: it goes where it is put.
            PlaybackCommand::SetCursor(day) if day.is_finite() && axis.is_empty() => {
                self.cursor_day = day
            }
            PlaybackCommand::SetCursor(day) if day.is_finite() => {
                self.cursor_day = day.clamp(first, last)
            }
            PlaybackCommand::SetCursor(_) => {}
            PlaybackCommand::NextEvent => {
                let next = query::next_event_start(story, self.cursor_day()).or_else(|| {
                    self.looping
                        .then(|| story.events.first().map(|e| e.date.earliest))
                        .flatten()
                });
                if let Some(day) = next {
                    self.cursor_day = f64::from(day);
                }
            }
            PlaybackCommand::PreviousEvent => {
                if let Some(day) = query::previous_event_start(story, self.cursor_day()) {
                    self.cursor_day = f64::from(day);
                }
            }
            PlaybackCommand::TogglePlay => {
                self.playing = !self.playing;
                if self.playing && self.cursor_day >= last {
                    self.cursor_day = first;
                }
            }
            PlaybackCommand::SetLooping(looping) => self.looping = looping,
            PlaybackCommand::SetSpeed(speed) if speed.is_finite() => {
                self.speed = speed.clamp(*SPEED_RANGE.start(), *SPEED_RANGE.end())
            }
            PlaybackCommand::SetSpeed(_) => {}
        }
    }

    /// Moves a playing cursor on by `elapsed_secs` of wall time (evenly across the collapsed axis,
    /// so gaps pass as fast as busy weeks); at the end it loops or stops.
    pub fn advance(&mut self, elapsed_secs: f64, axis: &TimeAxis) {
        if !self.playing {
            return;
        }
        let mut position =
            axis.position(self.cursor_day) + elapsed_secs * f64::from(self.speed) / PLAY_SECONDS;
        if position >= 1.0 {
            if self.looping {
                position = 0.0;
            } else {
                position = 1.0;
                self.playing = false;
            }
        }
        self.cursor_day = axis.day_at(position).min(f64::from(axis.last_day()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;
    use crate::shipped;

    fn shipped() -> (Story, TimeAxis) {
        let story = load::load(&shipped::karabakh()).unwrap();
        let axis = TimeAxis::new(
            story
                .events
                .iter()
                .map(|e| (e.date.earliest, e.date.latest)),
        );
        (story, axis)
    }

    fn day(edtf: &str) -> f64 {
        f64::from(crate::date::resolve(edtf).unwrap().earliest)
    }

    #[test]
    fn the_cursor_stays_on_the_axis() {
        let (story, axis) = shipped();
        let mut playback = Playback::new(day("2024-04-17"));
        playback.apply(PlaybackCommand::SetCursor(-1e9), &story, &axis);
        assert_eq!(playback.cursor(), f64::from(axis.first_day()));
        playback.apply(PlaybackCommand::SetCursor(1e9), &story, &axis);
        assert_eq!(playback.cursor(), f64::from(axis.last_day()));
        playback.apply(PlaybackCommand::SetCursor(f64::NAN), &story, &axis);
        assert_eq!(playback.cursor(), f64::from(axis.last_day()));
    }

    #[test]
    fn stepping_goes_from_event_start_to_event_start() {
        let (story, axis) = shipped();
        let mut playback = Playback::new(day("2024-04-16"));
        playback.apply(PlaybackCommand::NextEvent, &story, &axis);
        assert_eq!(playback.cursor(), day("2024-04-17"));
        playback.apply(PlaybackCommand::PreviousEvent, &story, &axis);
        assert_eq!(playback.cursor(), day("2024-04-16"));
    }

    #[test]
    fn playback_stops_at_the_end_unless_it_loops() {
        let (story, axis) = shipped();
        let mut playback = Playback::new(f64::from(axis.last_day()));
        playback.apply(PlaybackCommand::TogglePlay, &story, &axis);
        assert!(playback.playing());
        assert_eq!(
            playback.cursor(),
            f64::from(axis.first_day()),
            "restarts from the start"
        );
        playback.advance(PLAY_SECONDS / 2.0, &axis);
        assert!((axis.position(playback.cursor()) - 0.5).abs() < 0.01);
        playback.advance(PLAY_SECONDS, &axis);
        assert!(!playback.playing());
        assert_eq!(playback.cursor(), f64::from(axis.last_day()));

        playback.apply(PlaybackCommand::SetLooping(true), &story, &axis);
        playback.apply(PlaybackCommand::SetSpeed(2.0), &story, &axis);
        playback.apply(PlaybackCommand::TogglePlay, &story, &axis);
        playback.advance(PLAY_SECONDS, &axis);
        assert!(playback.playing(), "a looping playback goes on");
        assert_eq!(playback.cursor(), f64::from(axis.first_day()));
    }

    #[test]
    fn speed_is_kept_in_range_and_a_paused_cursor_does_not_move() {
        let (story, axis) = shipped();
        let mut playback = Playback::new(day("2024-04-17"));
        playback.apply(PlaybackCommand::SetSpeed(1000.0), &story, &axis);
        assert_eq!(playback.speed(), *SPEED_RANGE.end());
        playback.advance(10.0, &axis);
        assert_eq!(playback.cursor(), day("2024-04-17"));
    }
}
