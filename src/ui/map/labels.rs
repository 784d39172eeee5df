//! Map labels, placed greedily by priority: one that would overlap another (or a marker) moves to
//! its next candidate position or is dropped. Country names go last, where there is room.

use super::view::MapView;
use crate::base_map::BaseMap;
use crate::document::Document;
use crate::i18n::tr_with;
use crate::spatial::TargetSize;
use crate::ui::style;
use egui::{Align2, Color32, FontId, Pos2, Rect, Shape, vec2};

/// Map labels are placed greedily by priority; one that would overlap another (or a marker) moves or is dropped.
pub(super) struct Labels {
    pub placed: Vec<Rect>,
    pub shapes: Vec<Shape>,
}

impl Labels {
    pub fn try_place(
        &mut self,
        painter: &egui::Painter,
        text: &str,
        font: FontId,
        color: Color32,
        candidates: &[(Pos2, Align2)],
    ) -> bool {
        // A label with nowhere to go is not laid out (the world's countries, seen from a region).
        if candidates.is_empty() {
            return false;
        }
        let galley = painter.layout_no_wrap(text.to_owned(), font, color);
        for &(anchor, align) in candidates {
            let rect = align.anchor_size(anchor, galley.size());
            if painter.clip_rect().contains_rect(rect)
                && !self.placed.iter().any(|r| r.expand(1.0).intersects(rect))
            {
                self.placed.push(rect);
                // A halo keeps labels readable over shapes and borders.
                self.shapes.push(Shape::rect_filled(
                    rect.expand(1.5),
                    3.0,
                    Color32::from_white_alpha(190),
                ));
                self.shapes.push(Shape::galley(rect.min, galley, color));
                return true;
            }
        }
        false
    }
}

/// A point's label starts this far from it: clear of its marker even when the marker is enlarged for a
/// selected or current place (otherwise the selected place's own marker would push its label out).
const POINT_LABEL_GAP: f32 = 11.0;
/// An area smaller than this on screen is left to its hover tag.
const LABELLED_AREA_PIXELS: f32 = 12.0;
/// Label placement stops after this many places, the most important first (fewer in an overview,
/// where most would not fit anyway).
const MAX_LABEL_TRIES: usize = 300;
const MAX_LABEL_TRIES_CROWDED: usize = 100;

/// How much a place's label matters: the selected or hovered place, places of current events, then
/// points before lines before areas (an area's label can move, a town's cannot go far).
pub(super) struct LabelPriority<'a> {
    pub selected: Option<usize>,
    pub hovered: Option<usize>,
    pub involved: &'a [bool],
    pub reviewed: &'a crate::ui::state::Reviewed,
}

impl LabelPriority<'_> {
    fn of(&self, p: usize, size: TargetSize) -> u32 {
        let chosen = self.selected == Some(p) || self.hovered == Some(p);
        let rank = match size {
            TargetSize::Area => 0,
            TargetSize::Line => 1,
            TargetSize::Point => 2,
        };
        100 * u32::from(chosen) + 10 * u32::from(self.involved[p]) + rank
    }
}

/// Views with fewer pixels than this to a degree are far out (a continent, the world): there a
/// story's places, a few kilometres apart, share one spot and one smaller label, so no label of
/// theirs spreads over countries.
const FAR_PIXELS_PER_DEGREE: f64 = 12.0;
/// Far out, points whose labels would start within this many pixels share one label.
const SHARED_SPOT_PIXELS: f32 = 10.0;

/// Far out, the points that share a spot with a more important one (labelled "Retford +1"): for
/// each visible place, how many others its label speaks for, or `None` when another speaks for it.
fn shared_spots(
    visible: &[(usize, Rect)],
    at: impl Fn(usize) -> Option<Pos2>,
) -> Vec<Option<usize>> {
    let mut spots: Vec<(Pos2, usize)> = Vec::new();
    let mut speaks_for: Vec<Option<usize>> = vec![Some(0); visible.len()];
    for (i, &(p, _)) in visible.iter().enumerate() {
        let Some(here) = at(p) else { continue };
        match spots
            .iter()
            .find(|(spot, _)| spot.distance(here) < SHARED_SPOT_PIXELS)
        {
            Some(&(_, first)) => {
                speaks_for[i] = None;
                if let Some(n) = speaks_for[first].as_mut() {
                    *n += 1;
                }
            }
            None => spots.push((here, i)),
        }
    }
    speaks_for
}

/// Labels the visible places, most important first.
pub(super) fn label_places(
    labels: &mut Labels,
    painter: &egui::Painter,
    doc: &Document,
    view: &MapView,
    mut visible: Vec<(usize, Rect)>,
    priority: &LabelPriority<'_>,
    crowded: bool,
) {
    let story = doc.story();
    let index = doc.place_index();
    let tries = if crowded {
        MAX_LABEL_TRIES_CROWDED
    } else {
        MAX_LABEL_TRIES
    };
    let rank = |p: usize| priority.of(p, index.target_size(p));
    let by_priority = |a: &(usize, Rect), b: &(usize, Rect)| rank(b.0).cmp(&rank(a.0));
    // Only the most important few are sorted: a selection, not a sort of every place.
    if visible.len() > tries {
        visible.select_nth_unstable_by(tries, by_priority);
        visible.truncate(tries);
    }
    visible.sort_by(by_priority);
    let far = view.scale < FAR_PIXELS_PER_DEGREE;
    let speaks_for = if far {
        shared_spots(&visible, |p| {
            (index.target_size(p) == TargetSize::Point)
                .then(|| index.label_anchor(p).map(|a| view.screen_from_map(a)))
                .flatten()
        })
    } else {
        vec![Some(0); visible.len()]
    };
    for (&(p, screen), others) in visible.iter().zip(speaks_for) {
        let place = &story.places[p];
        let size = index.target_size(p);
        if size != TargetSize::Point && screen.width().max(screen.height()) < LABELLED_AREA_PIXELS {
            continue;
        }
        let Some(others) = others else { continue };
        let Some(anchor) = index.label_anchor(p) else {
            continue;
        };
        let at = view.screen_from_map(anchor);
        let strong = priority.involved[p] || priority.selected == Some(p);
        let color = if strong {
            style::INK
        } else {
            Color32::from_gray(60)
        };
        let font = FontId::proportional(match (far, strong) {
            (true, _) => 11.5,
            (false, true) => 14.0,
            (false, false) => 12.5,
        });
        let text = if place.approximate && size != TargetSize::Point {
            tr_with("map-schematic-name", &[("name", place.name.clone().into())])
        } else if others > 0 {
            format!("{} +{others}", place.name)
        } else {
            place.name.clone()
        };
        let candidates: Vec<(Pos2, Align2)> = match size {
            TargetSize::Point => vec![
                (at + vec2(POINT_LABEL_GAP, 0.0), Align2::LEFT_CENTER),
                (at - vec2(POINT_LABEL_GAP, 0.0), Align2::RIGHT_CENTER),
                (at - vec2(0.0, POINT_LABEL_GAP), Align2::CENTER_BOTTOM),
                (at + vec2(0.0, POINT_LABEL_GAP), Align2::CENTER_TOP),
            ],
            TargetSize::Line => vec![
                (at + vec2(10.0, 0.0), Align2::LEFT_CENTER),
                (at - vec2(10.0, 0.0), Align2::RIGHT_CENTER),
            ],
            TargetSize::Area => [
                (0.0, 0.0),
                (0.0, 22.0),
                (0.0, -22.0),
                (0.0, 44.0),
                (0.0, -44.0),
                (-50.0, 0.0),
                (50.0, 0.0),
            ]
            .into_iter()
            .map(|(dx, dy)| (at + vec2(dx, dy), Align2::CENTER_CENTER))
            .collect(),
        };
        labels.try_place(painter, &text, font, color, &candidates);
    }
}

/// Country names are background: they go where no place label or marker is, at the best spot in
/// view that has room; the countries the story names are placed first.
pub(super) fn label_countries(
    labels: &mut Labels,
    painter: &egui::Painter,
    base: &BaseMap,
    view: &MapView,
    story: &crate::model::Story,
) {
    // One pass over the places, not one per comparison of the sort (50 000 places at ACLED's size).
    let named: Vec<&str> = story
        .places
        .iter()
        .filter(|p| p.kind == crate::model::PlaceKind::Country)
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
        .map(String::as_str)
        .collect();
    let named_by_story = |country: &str| {
        let said = crate::base_map::country_name(country);
        named
            .iter()
            .any(|c| c.eq_ignore_ascii_case(country) || c.eq_ignore_ascii_case(&said))
    };
    let mut countries: Vec<&crate::base_map::BaseCountry> = base.countries.iter().collect();
    countries.sort_by_cached_key(|c| !named_by_story(&c.name));
    let visible = painter.clip_rect().shrink(4.0);
    for country in countries {
        let spots: Vec<(Pos2, Align2)> = country
            .label_spots
            .iter()
            .map(|&spot| view.screen_from_map(spot))
            .filter(|&at| visible.contains(at))
            .map(|at| (at, Align2::CENTER_CENTER))
            .collect();
        if spots.is_empty() {
            continue;
        }
        let name: String = crate::base_map::country_name(&country.name)
            .to_uppercase()
            .chars()
            .flat_map(|c| [c, '\u{2009}'])
            .collect();
        labels.try_place(
            painter,
            name.trim_end(),
            FontId::proportional(12.0),
            style::COUNTRY_LABEL,
            &spots,
        );
    }
}

/// Towns of the gazetteer named as context where there is room, the largest first: after the
/// story's places (never over them or their labels), before the countries, smaller and greyer than
/// the story's own. A town a story place already shows (by name, close by) is left to it.
pub(super) fn label_towns(
    labels: &mut Labels,
    painter: &egui::Painter,
    view: &MapView,
    projection: &crate::spatial::Projection,
    [west, south, east, north]: [f64; 4],
    story: &crate::model::Story,
) -> Vec<&'static str> {
    const MAX_TOWNS: usize = 40;
    const MAX_TRIES: usize = 400;
    let shown_by_story = |town: &crate::gazetteer::City| {
        story.places.iter().any(|p| {
            p.name.eq_ignore_ascii_case(town.name)
                || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(town.name))
        })
    };
    // The towns are read in the background the first time; the map names them once they are.
    let Some(towns) = crate::gazetteer::towns_if_read() else {
        crate::gazetteer::prepare();
        painter
            .ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
        return Vec::new();
    };
    let visible = painter.clip_rect().shrink(4.0);
    let (mut named, mut tries) = (Vec::new(), 0);
    for town in towns {
        if named.len() >= MAX_TOWNS || tries >= MAX_TRIES {
            break;
        }
        if !crate::spatial::lon_within(town.lon, west, east) || !(south..=north).contains(&town.lat)
        {
            continue;
        }
        tries += 1;
        let at = view.screen_from_map(projection.project(geo::Coord {
            x: town.lon,
            y: town.lat,
        }));
        let font = FontId::proportional(11.0);
        // A name the map's fonts cannot write (an unusual transliteration) is left out.
        let writable = || painter.ctx().fonts_mut(|f| f.has_glyphs(&font, town.name));
        if !visible.contains(at) || shown_by_story(town) || !writable() {
            continue;
        }
        let dot = Rect::from_center_size(at, vec2(5.0, 5.0));
        if labels.placed.iter().any(|r| r.intersects(dot)) {
            continue;
        }
        let candidates = [
            (at + vec2(5.0, 0.0), Align2::LEFT_CENTER),
            (at - vec2(5.0, 0.0), Align2::RIGHT_CENTER),
        ];
        if labels.try_place(
            painter,
            town.name,
            FontId::proportional(11.0),
            style::TOWN,
            &candidates,
        ) {
            labels.placed.push(dot);
            labels
                .shapes
                .push(Shape::circle_filled(at, 2.2, style::TOWN));
            named.push(town.name);
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn far_out_points_on_one_spot_share_the_first_one_s_label() {
        let spots = [
            egui::pos2(100.0, 100.0),
            egui::pos2(104.0, 103.0),
            egui::pos2(300.0, 100.0),
            egui::pos2(102.0, 98.0),
        ];
        let visible: Vec<(usize, Rect)> = (0..spots.len())
            .map(|p| (p, Rect::from_center_size(spots[p], vec2(4.0, 4.0))))
            .collect();
        let speaks_for = shared_spots(&visible, |p| Some(spots[p]));
        assert_eq!(speaks_for, vec![Some(2), None, Some(0), None]);
    }
}
