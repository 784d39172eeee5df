//! A picture source in the reader: what its file says (metadata as claims, Content Credentials),
//! the picture fitted to the panel with zoom and pan, its region quotes outlined (each leads to
//! what it backs), and, while selecting, a rectangle drawn with the mouse to quote.

use super::state::{Command, FormCommand, View};
use super::style;
use crate::document::Document;
use crate::i18n::tr;
use crate::model::Source;
use crate::provenance::picture::{self, Turn};
use crate::provenance::picture_words;
use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, Vec2};
use std::sync::{Arc, Mutex};

/// The picture is shown reduced to at most this many pixels a side (regions are still counted in
/// the original's pixels).
pub(super) const SHOWN_SIDE: u32 = 2048;
/// The tallest the picture is drawn, in points, so the rest of the reader stays in reach.
const MAX_HEIGHT: f32 = 520.0;
const MAX_ZOOM: f32 = 16.0;

pub fn picture_ui(ui: &mut egui::Ui, doc: &Document, view: &View, commands: &mut Vec<Command>) {
    let Some(source) = doc.story().sources.get(view.reader_source) else {
        return;
    };
    let Some(record) = source.picture() else {
        return;
    };
    says_ui(ui, view.reader_source, record, commands);
    quoting_bar_ui(ui, view, commands);
    match shown(ui.ctx(), source) {
        Shown::Ready(texture) => view_ui(ui, doc, view, &texture, Turn::of(record), commands),
        Shown::Decoding(_) => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("picture-decoding"));
            });
        }
        Shown::Failed(why) => {
            ui.label(RichText::new(why).color(style::CURRENT));
        }
    }
}

/// What the file says of itself, as its claims; a position it gives can become a place.
fn says_ui(
    ui: &mut egui::Ui,
    index: usize,
    record: &crate::load::raw::RawPicture,
    commands: &mut Vec<Command>,
) {
    let claims = picture_words::claims_words(&record.says);
    if claims.is_empty() {
        ui.label(RichText::new(tr("picture-says-nothing")).weak().small());
    }
    for line in claims {
        ui.label(RichText::new(line).small());
    }
    if record.says.position.is_some()
        && ui
            .small_button(tr("picture-add-as-place"))
            .on_hover_text(tr("picture-add-as-place-hint"))
            .clicked()
    {
        commands.push(Command::Form(FormCommand::PlaceFromPicture(index)));
    }
    match &record.credentials {
        Some(credentials) => {
            for line in picture_words::credentials_words(credentials) {
                ui.label(RichText::new(line).small());
            }
        }
        None => {
            ui.label(RichText::new(tr("picture-no-credentials")).weak().small());
        }
    }
}

fn quoting_bar_ui(ui: &mut egui::Ui, view: &View, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let select = tr("picture-select-region");
        if ui
            .add(egui::Button::new(select).selected(view.quoting))
            .on_hover_text(tr("picture-select-region-hint"))
            .clicked()
        {
            commands.push(Command::SetQuoting(!view.quoting));
        }
        let drawn = view.region.filter(|(s, _)| *s == view.reader_source);
        if super::style::hinted_button(ui, drawn.is_some(), "picture-quote-region").clicked() {
            commands.push(Command::QuoteRegion);
        }
        if let Some((_, xywh)) = drawn {
            ui.label(
                RichText::new(crate::query::region_words(xywh))
                    .weak()
                    .small(),
            );
        }
    });
}

/// The region `xywh` of a picture source cut out and drawn at most `max` points wide and high (a
/// spinner while the picture is decoded; nothing when the source is no picture).
pub fn crop_ui(ui: &mut egui::Ui, source: &Source, xywh: [u32; 4], max: f32) {
    let Some(record) = source.picture() else {
        return;
    };
    match shown(ui.ctx(), source) {
        Shown::Ready(texture) => {
            // The texture is the picture turned upright: the region is cut where it is shown.
            let turn = Turn::of(record);
            let [x, y, w, h] = turn.shown_region(xywh).map(|v| v as f32);
            let [width, height] = turn.shown().map(|v| v as f32);
            let uv = Rect::from_min_max(
                Pos2::new(x / width, y / height),
                Pos2::new((x + w) / width, (y + h) / height),
            );
            let scale = (max / w.max(h)).min(4.0);
            let (rect, _) = ui.allocate_exact_size(Vec2::new(w, h) * scale, Sense::hover());
            ui.painter().image(texture.id(), rect, uv, Color32::WHITE);
        }
        Shown::Decoding(_) => {
            ui.spinner();
        }
        Shown::Failed(_) => {}
    }
}

/// The picture as decoded for the screen, decoded off the UI thread the first time it is shown.
#[derive(Clone)]
enum Shown {
    Decoding(Arc<Mutex<Option<Result<egui::ColorImage, String>>>>),
    Ready(egui::TextureHandle),
    Failed(String),
}

fn shown(ctx: &egui::Context, source: &Source) -> Shown {
    let (Some(bytes), Some(original), Some(record)) = (
        source.original.clone(),
        source.capture.as_ref().and_then(|c| c.original.as_ref()),
        source.picture(),
    ) else {
        return Shown::Failed(tr("picture-not-kept"));
    };
    let orientation = Turn::of(record).orientation;
    let id = egui::Id::unique(("picture", original.sha256.as_str()));
    let state = ctx.data(|d| d.get_temp::<Shown>(id)).unwrap_or_else(|| {
        let slot = Arc::new(Mutex::new(None));
        let (name, done, repaint) = (original.file.clone(), slot.clone(), ctx.clone());
        std::thread::spawn(move || {
            let decoded =
                picture::decode_reduced(&name, &bytes, SHOWN_SIDE, orientation).map(|rgba| {
                    let size = [rgba.width() as usize, rgba.height() as usize];
                    egui::ColorImage::from_rgba_unmultiplied(size, rgba.as_raw())
                });
            if let Ok(mut slot) = done.lock() {
                *slot = Some(decoded);
            }
            repaint.request_repaint();
        });
        Shown::Decoding(slot)
    });
    let next = match &state {
        Shown::Decoding(slot) => match slot.lock().ok().and_then(|mut s| s.take()) {
            Some(Ok(image)) => {
                Shown::Ready(ctx.load_texture(id.value().to_string(), image, Default::default()))
            }
            Some(Err(why)) => Shown::Failed(why),
            None => state.clone(),
        },
        _ => state.clone(),
    };
    ctx.data_mut(|d| d.insert_temp(id, next.clone()));
    next
}

/// Zoom (1 = fitted) and the centre shown, as fractions of the picture; and where a drag began.
#[derive(Clone, Copy)]
struct Lens {
    zoom: f32,
    centre: Vec2,
    drag_from: Option<[f32; 2]>,
}

impl Default for Lens {
    fn default() -> Self {
        Lens {
            zoom: 1.0,
            centre: Vec2::splat(0.5),
            drag_from: None,
        }
    }
}

impl Lens {
    /// The part of the picture shown, as fractions of it.
    fn shown(&self) -> Rect {
        let half = 0.5 / self.zoom;
        let centre = self
            .centre
            .clamp(Vec2::splat(half), Vec2::splat(1.0 - half));
        Rect::from_center_size(centre.to_pos2(), Vec2::splat(2.0 * half))
    }

    /// A point of the screen as a fraction of the picture.
    fn fraction(&self, rect: Rect, at: Pos2) -> [f32; 2] {
        let shown = self.shown();
        let t = (at - rect.min) / rect.size();
        [
            (shown.min.x + t.x * shown.width()).clamp(0.0, 1.0),
            (shown.min.y + t.y * shown.height()).clamp(0.0, 1.0),
        ]
    }

    /// A region of the picture's pixels on the screen.
    fn on_screen(&self, rect: Rect, region: [u32; 4], turn: &Turn) -> Rect {
        // Where the turned picture shows the stored region.
        let [x, y, w, h] = turn.shown_region(region).map(|v| v as f32);
        let size = turn.shown().map(|v| v as f32);
        let shown = self.shown();
        let point = |px: f32, py: f32| {
            let fx = (px / size[0] - shown.min.x) / shown.width();
            let fy = (py / size[1] - shown.min.y) / shown.height();
            rect.min + Vec2::new(fx, fy) * rect.size()
        };
        Rect::from_two_pos(point(x, y), point(x + w, y + h))
    }
}

/// Two fractions of the turned picture as the region of its stored pixels they span (at least
/// one pixel each way, inside the picture).
fn region_of(a: [f32; 2], b: [f32; 2], turn: &Turn) -> [u32; 4] {
    let [shown_w, shown_h] = turn.shown().map(f64::from);
    let (x0, x1) = (f64::from(a[0].min(b[0])), f64::from(a[0].max(b[0])));
    let (y0, y1) = (f64::from(a[1].min(b[1])), f64::from(a[1].max(b[1])));
    let shown = [
        x0 * shown_w,
        y0 * shown_h,
        (x1 - x0) * shown_w,
        (y1 - y0) * shown_h,
    ];
    let [x, y, w, h] = turn.stored_region(shown).map(|v| v.round().max(0.0) as u32);
    let [width, height] = turn.stored;
    let (x, y) = (x.min(width - 1), y.min(height - 1));
    [x, y, w.clamp(1, width - x), h.clamp(1, height - y)]
}

fn view_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    texture: &egui::TextureHandle,
    turn: Turn,
    commands: &mut Vec<Command>,
) {
    let size = turn.shown();
    let lens_id = egui::Id::unique(("picture-lens", view.reader_source));
    let mut lens: Lens = ui.data(|d| d.get_temp(lens_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        for (label, zoom) in [("picture-zoom-in", 2.0), ("picture-zoom-out", 0.5)] {
            if ui.small_button(tr(label)).clicked() {
                lens.zoom = (lens.zoom * zoom).clamp(1.0, MAX_ZOOM);
            }
        }
        if ui.small_button(tr("picture-fit")).clicked() {
            lens = Lens::default();
        }
        ui.label(RichText::new(tr("picture-zoom-hint")).weak().small());
    });
    let aspect = size[1] as f32 / size[0] as f32;
    let width = ui.available_width().min(MAX_HEIGHT / aspect).max(50.0);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, width * aspect), Sense::click_and_drag());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, tr("picture-label")));
    if response.hovered() {
        let zoom = ui.input(|i| i.zoom_delta());
        if zoom != 1.0 {
            lens.zoom = (lens.zoom * zoom).clamp(1.0, MAX_ZOOM);
        }
    }
    let drawing = view.quoting;
    if drawing {
        // From where the button went down, not where the drag was first noticed.
        if response.drag_started()
            && let Some(at) = ui.input(|i| i.pointer.press_origin())
        {
            lens.drag_from = Some(lens.fraction(rect, at));
        }
    } else if response.dragged() {
        lens.centre -= response.drag_delta() / rect.size() / lens.zoom;
    }
    let shown = lens.shown();
    lens.centre = shown.center().to_vec2();
    let painter = ui.painter_at(rect);
    painter.image(texture.id(), rect, shown, Color32::WHITE);
    regions_ui(ui, doc, view, rect, &lens, &turn, &response, commands);
    if let (Some(from), Some(at)) = (lens.drag_from, response.interact_pointer_pos()) {
        let region = region_of(from, lens.fraction(rect, at), &turn);
        painter.rect_stroke(
            lens.on_screen(rect, region, &turn),
            0.0,
            Stroke::new(2.0, style::CURRENT),
            egui::StrokeKind::Middle,
        );
        if response.drag_stopped() {
            commands.push(Command::SelectRegion(Some((view.reader_source, region))));
            lens.drag_from = None;
        }
    } else if let Some((_, region)) = view.region.filter(|(s, _)| *s == view.reader_source) {
        painter.rect_stroke(
            lens.on_screen(rect, region, &turn),
            0.0,
            Stroke::new(2.0, style::CURRENT),
            egui::StrokeKind::Middle,
        );
    }
    ui.data_mut(|d| d.insert_temp(lens_id, lens));
}

/// Each region quote of the picture outlined; hovering one says what it backs, a click follows it.
#[allow(clippy::too_many_arguments)]
fn regions_ui(
    ui: &egui::Ui,
    doc: &Document,
    view: &View,
    rect: Rect,
    lens: &Lens,
    turn: &Turn,
    response: &egui::Response,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let painter = ui.painter_at(rect);
    let pointer = response.hover_pos();
    for &q in doc.story_index().quotes_in_source(view.reader_source) {
        let Some(region) = story.quotes[q].region else {
            continue;
        };
        let outline = lens.on_screen(rect, region, turn);
        let focused = view.focused_quote == Some(q);
        let colour = if focused {
            style::FOCUSED_QUOTE_BACKGROUND
        } else {
            style::QUOTE_BACKGROUND
        };
        painter.rect_stroke(
            outline,
            0.0,
            Stroke::new(3.0, colour),
            egui::StrokeKind::Outside,
        );
        painter.rect_stroke(
            outline,
            0.0,
            Stroke::new(1.0, style::INK),
            egui::StrokeKind::Middle,
        );
        if !view.quoting && pointer.is_some_and(|p| outline.contains(p)) {
            response.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(RichText::new(&story.quotes[q].exact).strong());
                super::quote_links::quote_hover_ui(ui, doc, q);
            });
            if response.clicked() {
                super::quote_links::follow_quote(doc, q, commands);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_drag_becomes_a_region_of_the_originals_pixels_whichever_way_it_goes() {
        let upright = super::Turn {
            orientation: 1,
            stored: [1200, 800],
        };
        assert_eq!(
            super::region_of([0.5, 0.5], [0.25, 0.25], &upright),
            [300, 200, 300, 200]
        );
        // A click without a drag is still a region of a pixel, inside the picture.
        assert_eq!(
            super::region_of([1.0, 1.0], [1.0, 1.0], &upright),
            [1199, 799, 1, 1]
        );
        // Shown turned a quarter clockwise (800 × 1200): the shown top-left quarter's second
        // eighth is stored lower down, nearer the left side.
        let turned = super::Turn {
            orientation: 6,
            ..upright
        };
        assert_eq!(
            super::region_of([0.25, 0.25], [0.5, 0.5], &turned),
            [300, 400, 300, 200]
        );
    }
}
