//! Where the map looks: the conversion between map units and screen points for one frame, and the
//! pan, zoom and fit that change it (kept in [`MapState`] between frames).

use super::MapState;
use crate::document::Document;
use crate::spatial;
use egui::{Pos2, Rect, pos2};
use geo::Coord;

/// The map as drawn in one frame: `center` (map units) at the middle of `rect`, `scale` pixels per
/// map unit, y pointing up on the map and down on the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    pub rect: Rect,
    pub center: Coord,
    pub scale: f64,
}

impl MapView {
    pub fn screen_from_map(&self, c: Coord) -> Pos2 {
        let middle = self.rect.center();
        pos2(
            middle.x + ((c.x - self.center.x) * self.scale) as f32,
            middle.y - ((c.y - self.center.y) * self.scale) as f32,
        )
    }

    /// What the view shows as [west, south, east, north] degrees, longitudes not wrapped (a view
    /// across the antimeridian runs past 180°, as the story's places do).
    pub fn lon_lat_box(&self, projection: &spatial::Projection) -> [f64; 4] {
        let low = projection.unproject_unwrapped(self.map_from_screen(self.rect.left_bottom()));
        let high = projection.unproject_unwrapped(self.map_from_screen(self.rect.right_top()));
        [
            low.x,
            low.y.clamp(-90.0, 90.0),
            high.x,
            high.y.clamp(-90.0, 90.0),
        ]
    }

    /// The map units the view shows.
    pub fn map_bounds(&self) -> geo::Rect<f64> {
        geo::Rect::new(
            self.map_from_screen(self.rect.left_bottom()),
            self.map_from_screen(self.rect.right_top()),
        )
    }

    pub fn map_from_screen(&self, p: Pos2) -> Coord {
        let middle = self.rect.center();
        Coord {
            x: self.center.x + f64::from(p.x - middle.x) / self.scale,
            y: self.center.y - f64::from(p.y - middle.y) / self.scale,
        }
    }
}

/// How long the map takes to move to a step's view.
const EASE_SECONDS: f64 = 0.6;

/// A move of the map to a box, drawn over a few frames.
#[derive(Debug, Clone, Copy)]
pub(super) struct Easing {
    target: geo::Rect<f64>,
    /// Where it started from (centre and scale), set on its first frame.
    from: Option<(Coord, f64)>,
    started_secs: Option<f64>,
}

/// Bounds on the zoom, in pixels per map unit (a degree of latitude): out to the whole world in
/// a map a few hundred pixels wide (a story of three continents fits), in to a street.
const SCALE_RANGE: std::ops::RangeInclusive<f64> = 1.5..=50_000.0;

impl MapState {
    /// The view for this frame in `rect`, fitting the story first if nothing was looked at yet.
    pub(super) fn view_in(&mut self, doc: &Document, rect: Rect) -> MapView {
        if self.center.is_none() || self.scale <= 0.0 {
            self.fit(doc, rect);
        }
        self.last_rect = Some(rect);
        MapView {
            rect,
            center: self.center.unwrap_or(Coord { x: 0.0, y: 0.0 }),
            scale: self.scale,
        }
    }

    /// Fits the story's focus in the rectangle.
    pub(super) fn fit(&mut self, doc: &Document, rect: Rect) {
        let fitted = spatial::fit_box(spatial::focus_in_map(doc.story(), doc.projection()));
        self.show_box(fitted, rect);
    }

    /// Shows a box of map units whole in the rectangle, centred.
    pub(super) fn show_box(&mut self, fitted: geo::Rect<f64>, rect: Rect) {
        self.scale = (f64::from(rect.width()) / fitted.width())
            .min(f64::from(rect.height()) / fitted.height())
            .clamp(*SCALE_RANGE.start(), *SCALE_RANGE.end());
        self.center = Some(fitted.center());
    }

    /// Starts moving the map to show `target` (map units) whole, over a few frames.
    pub fn ease_to(&mut self, target: geo::Rect<f64>) {
        self.easing = Some(Easing {
            target,
            from: None,
            started_secs: None,
        });
    }

    /// Moves an easing on to time `now_secs`; whether it goes on (the map must be drawn again).
    pub(super) fn advance_easing(&mut self, rect: Rect, now_secs: f64, instant: bool) -> bool {
        let Some(easing) = &mut self.easing else {
            return false;
        };
        let target = easing.target;
        let (Some(center), true) = (self.center, self.scale > 0.0 && !instant) else {
            self.easing = None;
            self.show_box(target, rect);
            return false;
        };
        let from = *easing.from.get_or_insert((center, self.scale));
        let started = *easing.started_secs.get_or_insert(now_secs);
        let t = ((now_secs - started) / EASE_SECONDS).clamp(0.0, 1.0);
        // Ease in and out (cubic), the zoom geometric so it feels even at every scale.
        let k = if t < 0.5 {
            4.0 * t * t * t
        } else {
            1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
        };
        self.show_box(target, rect);
        let (to_center, to_scale) = (self.center.unwrap_or(center), self.scale);
        self.center = Some(Coord {
            x: from.0.x + (to_center.x - from.0.x) * k,
            y: from.0.y + (to_center.y - from.0.y) * k,
        });
        self.scale = from.1 * (to_scale / from.1).powf(k);
        if t >= 1.0 {
            self.easing = None;
        }
        t < 1.0
    }

    /// What the map shows, as longitude and latitude: [west, south, east, north].
    pub fn visible_box(&self, projection: &spatial::Projection) -> Option<[f64; 4]> {
        let (rect, center) = (self.last_rect?, self.center?);
        let half = Coord {
            x: f64::from(rect.width()) / 2.0 / self.scale,
            y: f64::from(rect.height()) / 2.0 / self.scale,
        };
        let low = projection.unproject_unwrapped(center - half);
        let high = projection.unproject_unwrapped(center + half);
        // As a GeoJSON bbox: a view across the antimeridian has its west greater than its east.
        let (west, east) = if high.x - low.x >= 360.0 {
            (-180.0, 180.0)
        } else {
            let west = spatial::wrapped(low.x);
            let east = west + (high.x - low.x);
            (west, if east > 180.0 { east - 360.0 } else { east })
        };
        Some([
            west,
            low.y.clamp(-90.0, 90.0),
            east,
            high.y.clamp(-90.0, 90.0),
        ])
    }

    /// Brings a place into view: centred on it when it is off screen, zoomed out to it when it is
    /// larger than the map. A map not drawn yet fits the story first anyway.
    pub fn reveal(&mut self, doc: &Document, place: usize) {
        let (Some(rect), Some(center), Some(bounds)) =
            (self.last_rect, self.center, doc.place_index().bounds(place))
        else {
            return;
        };
        let view = MapView {
            rect,
            center,
            scale: self.scale,
        };
        let on_screen = Rect::from_two_pos(
            view.screen_from_map(bounds.min()),
            view.screen_from_map(bounds.max()),
        );
        if rect.contains_rect(on_screen) {
            return;
        }
        let margin = 1.3;
        let fit = (f64::from(rect.width()) / (bounds.width() * margin))
            .min(f64::from(rect.height()) / (bounds.height() * margin));
        if fit.is_finite() && fit < self.scale {
            self.scale = fit.clamp(*SCALE_RANGE.start(), *SCALE_RANGE.end());
        }
        self.center = Some(bounds.center());
    }

    /// Moves the map with the pointer by `delta` screen points.
    pub(super) fn pan(&mut self, delta: egui::Vec2) {
        if let Some(center) = &mut self.center {
            center.x -= f64::from(delta.x) / self.scale;
            center.y += f64::from(delta.y) / self.scale;
        }
    }

    /// Zooms by `factor`, keeping the map point under `pointer` where it is.
    pub(super) fn zoom_about(&mut self, rect: Rect, pointer: Pos2, factor: f64) {
        let Some(center) = self.center else { return };
        let view = MapView {
            rect,
            center,
            scale: self.scale,
        };
        let under = view.map_from_screen(pointer);
        let scale = (self.scale * factor).clamp(*SCALE_RANGE.start(), *SCALE_RANGE.end());
        let offset = pointer - rect.center();
        self.scale = scale;
        self.center = Some(Coord {
            x: under.x - f64::from(offset.x) / scale,
            y: under.y + f64::from(offset.y) / scale,
        });
    }

    /// Where the map last drew a longitude/latitude.
    pub fn screen_position(
        &self,
        projection: &spatial::Projection,
        lon: f64,
        lat: f64,
    ) -> Option<Pos2> {
        let view = MapView {
            rect: self.last_rect?,
            center: self.center?,
            scale: self.scale,
        };
        Some(view.screen_from_map(projection.project(Coord { x: lon, y: lat })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_from_screen_is_the_inverse_of_screen_from_map() {
        let view = MapView {
            rect: Rect::from_min_size(pos2(250.0, 40.0), egui::vec2(700.0, 500.0)),
            center: Coord { x: 0.3, y: -0.2 },
            scale: 480.0,
        };
        for c in [
            Coord { x: 0.3, y: -0.2 },
            Coord { x: -1.1, y: 0.75 },
            Coord { x: 0.61, y: 0.02 },
        ] {
            let back = view.map_from_screen(view.screen_from_map(c));
            assert!(
                (back.x - c.x).abs() < 1e-4 && (back.y - c.y).abs() < 1e-4,
                "{c:?} → {back:?}"
            );
        }
        assert_eq!(view.screen_from_map(view.center), view.rect.center());
        // North is up: a larger latitude is higher on the screen.
        assert!(view.screen_from_map(Coord { x: 0.3, y: 0.0 }).y < view.rect.center().y);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let rect = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(800.0, 600.0));
        let mut state = MapState {
            center: Some(Coord { x: 0.0, y: 0.0 }),
            scale: 100.0,
            ..MapState::default()
        };
        let pointer = pos2(610.0, 140.0);
        let view = |s: &MapState| MapView {
            rect,
            center: s.center.unwrap_or(Coord { x: 0.0, y: 0.0 }),
            scale: s.scale,
        };
        let before = view(&state).map_from_screen(pointer);
        state.zoom_about(rect, pointer, 1.5);
        let after = view(&state).map_from_screen(pointer);
        assert!((before.x - after.x).abs() < 1e-6 && (before.y - after.y).abs() < 1e-6);
        assert_eq!(state.scale, 150.0);
    }
}
