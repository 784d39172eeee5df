//! Dragging the selected point place moves it: the map does not pan meanwhile, and the move is one
//! edit (undone as one) made when the drag ends.

use super::{HIT_PIXELS, MapState};
use crate::document::Document;
use crate::edit::make;
use crate::ui::state::{Command, Scene};
use crate::ui::style;
use egui::{Color32, Rect, Stroke};
use geo::{Coord, Geometry, Point};

/// Follows a drag that started on the selected point; whether the drag is moving it (not panning).
pub(super) fn move_point_ui(
    response: &egui::Response,
    state: &mut MapState,
    scene: Scene,
    rect: Rect,
    commands: &mut Vec<Command>,
) -> bool {
    let Scene { doc, view, .. } = scene;
    let story = doc.story();
    if response.drag_started()
        && let Some(p) = view.selected_place
        && let Some(Geometry::Point(point)) = story.places.get(p).map(|place| &place.geometry)
        && let Some(origin) = response.ctx.input(|i| i.pointer.press_origin())
    {
        let map_view = state.view_in(doc, rect);
        let on_screen = map_view.screen_from_map(doc.projection().project(point.0));
        if on_screen.distance(origin) <= HIT_PIXELS as f32 + 3.0 {
            state.moving = Some((p, point.0));
        }
    }
    let Some((place, _)) = state.moving else {
        return false;
    };
    if let Some(pointer) = response.interact_pointer_pos() {
        let map_view = state.view_in(doc, rect);
        let to = doc
            .projection()
            .unproject(map_view.map_from_screen(pointer));
        state.moving = Some((place, to));
    }
    if response.drag_stopped()
        && let Some((place, to)) = state.moving.take()
        && let Some(record) = story.places.get(place)
    {
        let mut draft = make::PlaceDraft::of(record);
        draft.geometry = Geometry::Point(Point(to));
        // Dropped off the world (refused), the place stays where it was.
        if let Ok(edit) = make::change_place(story, place, &draft) {
            commands.push(Command::Edit(Box::new(edit)));
        }
    }
    true
}

/// Where the point being moved would land.
pub(super) fn paint_moving(
    painter: &egui::Painter,
    doc: &Document,
    rect: Rect,
    state: &mut MapState,
) {
    let Some((_, to)) = state.moving else {
        return;
    };
    let map_view = state.view_in(doc, rect);
    let at = map_view.screen_from_map(doc.projection().project(Coord { x: to.x, y: to.y }));
    painter.circle(at, 6.0, Color32::WHITE, Stroke::new(2.5, style::SELECTION));
}
