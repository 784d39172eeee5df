//! The map's chrome: zoom buttons, legend and scale bar, drawn over the places.

use super::MapState;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::model::PlaceKind;
use crate::ui::style;
use egui::{Align2, Color32, FontId, Rect, Shape, Stroke, pos2, vec2};

/// Kilometres in one map unit (a degree of latitude).
const KM_PER_MAP_UNIT: f64 = 111.32;

/// The legend's entries: the message naming a kind and the kind whose colour it shows.
const KIND_ENTRIES: [(&str, PlaceKind); 6] = [
    ("legend-region", PlaceKind::Region),
    ("legend-district", PlaceKind::District),
    ("legend-corridor", PlaceKind::Corridor),
    ("legend-deployment", PlaceKind::Deployment),
    ("legend-site", PlaceKind::Site),
    ("legend-town", PlaceKind::City),
];
const LEGEND_ROW: f32 = 17.0;

/// What the open story's map needs explained: the kinds of place it has, whether any shape is
/// schematic, whether anything can be marked at the cursor. Worked out once per version of the
/// places, so a new story's legend never lists the shipped story's corridor.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Legend {
    pub version: u64,
    pub kinds: Vec<(&'static str, PlaceKind)>,
    pub schematic: bool,
    pub current: bool,
    /// Whether Review changes marks places (set each frame: it follows the review, not the places).
    pub reviewed: bool,
}

impl Legend {
    pub fn of(doc: &Document) -> Self {
        let story = doc.story();
        let mut used = [false; KIND_ENTRIES.len()];
        let mut schematic = false;
        for place in &story.places {
            if let Some(i) = KIND_ENTRIES.iter().position(|(_, k)| *k == place.kind) {
                used[i] = true;
            }
            schematic |= place.approximate;
        }
        Legend {
            version: doc.places_version(),
            kinds: KIND_ENTRIES
                .into_iter()
                .zip(used)
                .filter_map(|(entry, used)| used.then_some(entry))
                .collect(),
            schematic,
            current: !story.events.is_empty(),
            reviewed: false,
        }
    }

    fn rows(&self) -> usize {
        self.kinds.len()
            + usize::from(self.schematic)
            + usize::from(self.current)
            + usize::from(self.reviewed)
    }

    /// Its rows' words, in the current language.
    fn labels(&self) -> Vec<String> {
        let mut rows: Vec<String> = self.kinds.iter().map(|(id, _)| tr(id)).collect();
        if self.schematic {
            rows.push(tr(SCHEMATIC));
        }
        if self.current {
            rows.push(tr(CURRENT));
        }
        if self.reviewed {
            rows.push(tr(REVIEWED));
        }
        rows
    }

    /// The legend in words, for screen readers (and tests).
    pub fn described(&self) -> String {
        tr_with("legend-name", &[("rows", self.labels().join("; ").into())])
    }
}

const SCHEMATIC: &str = "legend-schematic";
const CURRENT: &str = "legend-current";
const REVIEWED: &str = "legend-reviewed";

/// Where the chrome sits on a map of `rect`: what labels must keep clear of.
pub(super) struct ChromeLayout {
    pub buttons: Rect,
    /// "Add place" in the top-left corner, wider while a place is drawn (it then says what next).
    pub drawing_bar: Rect,
    /// None when the legend is folded into its button.
    pub legend: Option<Rect>,
    pub scale_bar: Rect,
}

impl ChromeLayout {
    /// The legend shows when asked for, or by default when it takes under half the map's height
    /// and under 45 % of its width; otherwise it folds into the "Legend" button.
    pub fn new(
        ctx: &egui::Context,
        rect: Rect,
        legend_asked: Option<bool>,
        drawing: bool,
        legend: &Legend,
    ) -> Self {
        // Sized by their words, which are longer in some languages than in others.
        let style = ctx.global_style();
        let (padding, spacing) = (style.spacing.button_padding.x, style.spacing.item_spacing.x);
        let button_font = egui::TextStyle::Button.resolve(&style);
        let width_of = |text: &str, font: &FontId| {
            ctx.fonts_mut(|f| {
                f.layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
                    .size()
                    .x
            })
        };
        let row_of_buttons = |labels: &[String]| {
            labels
                .iter()
                .map(|label| width_of(label, &button_font) + 2.0 * padding + spacing)
                .sum::<f32>()
                + 4.0
        };
        let legend_width = legend
            .labels()
            .iter()
            .map(|label| width_of(label, &FontId::proportional(12.0)))
            .fold(0.0, f32::max)
            + 50.0;
        let size = vec2(
            legend_width.max(120.0),
            LEGEND_ROW * (legend.rows() as f32 + 0.6) + 8.0,
        );
        let fits = size.y <= rect.height() * 0.5 && size.x <= rect.width() * 0.45;
        // An empty story has nothing to explain.
        let legend = (legend.rows() > 0 && legend_asked.unwrap_or(fits))
            .then(|| Rect::from_min_size(rect.left_bottom() + vec2(8.0, -size.y - 8.0), size));
        let buttons = ["+", "−"]
            .map(str::to_owned)
            .into_iter()
            .chain([tr("map-fit"), tr("map-legend")])
            .collect::<Vec<_>>();
        let buttons_width = row_of_buttons(&buttons);
        let idle_bar = [
            tr("map-add-place"),
            tr("map-by-name"),
            tr("map-point"),
            tr("map-line"),
            tr("map-area"),
        ];
        let bar_width: f32 = if drawing {
            560.0
        } else {
            row_of_buttons(&idle_bar)
        };
        ChromeLayout {
            buttons: Rect::from_min_size(
                rect.right_top() + vec2(-buttons_width - 8.0, 8.0),
                vec2(buttons_width, 28.0),
            ),
            // Left of the zoom buttons; on a narrow map its buttons wrap onto a second row.
            drawing_bar: {
                let room = rect.width() - buttons_width - 28.0;
                let width = bar_width.min(room).max(100.0);
                let rows = if width < bar_width { 2.0 } else { 1.0 };
                Rect::from_min_size(rect.left_top() + vec2(8.0, 8.0), vec2(width, 28.0 * rows))
            },
            legend,
            scale_bar: Rect::from_min_max(
                rect.right_bottom() - vec2(160.0, 40.0),
                rect.right_bottom(),
            ),
        }
    }

    pub fn obstacles(&self) -> impl Iterator<Item = Rect> + '_ {
        [
            Some(self.buttons),
            Some(self.drawing_bar),
            self.legend,
            Some(self.scale_bar),
        ]
        .into_iter()
        .flatten()
    }
}

/// Zoom in, zoom out, fit and the legend's toggle, in the map's top-right corner.
pub(super) fn map_buttons_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    layout: &ChromeLayout,
    state: &mut MapState,
    doc: &Document,
) {
    ui.scope_builder(egui::UiBuilder::new().max_rect(layout.buttons), |ui| {
        ui.horizontal(|ui| {
            if ui.button("+").on_hover_text(tr("map-zoom-in")).clicked() {
                state.zoom_about(rect, rect.center(), 1.5);
            }
            if ui.button("−").on_hover_text(tr("map-zoom-out")).clicked() {
                state.zoom_about(rect, rect.center(), 1.0 / 1.5);
            }
            if ui
                .button(tr("map-fit"))
                .on_hover_text(tr("map-fit-hint"))
                .clicked()
            {
                state.fit(doc, rect);
            }
            let shown = layout.legend.is_some();
            if ui
                .selectable_label(shown, tr("map-legend"))
                .on_hover_text(tr("map-legend-hint"))
                .clicked()
            {
                state.legend_asked = Some(!shown);
            }
        });
    });
}

/// What the colours and strokes mean, in `frame` (the bottom-left corner).
pub(super) fn paint_legend(painter: &egui::Painter, frame: Rect, legend: &Legend) {
    let row = LEGEND_ROW;
    style::paint_card(painter, frame, 225);
    let font = FontId::proportional(12.0);
    let mut y = frame.top() + 6.0 + row / 2.0;
    for &(id, kind) in &legend.kinds {
        let x = frame.left() + 16.0;
        let color = style::place_color(kind);
        match kind {
            PlaceKind::Corridor => {
                painter.line_segment(
                    [pos2(x - 8.0, y), pos2(x + 8.0, y)],
                    Stroke::new(3.0, color),
                );
            }
            PlaceKind::Site | PlaceKind::City => {
                painter.circle(pos2(x, y), 4.0, color, Stroke::new(1.0, Color32::WHITE));
            }
            _ => {
                painter.rect(
                    Rect::from_center_size(pos2(x, y), vec2(16.0, 11.0)),
                    2.0,
                    color.gamma_multiply_u8(70),
                    Stroke::new(1.0, color),
                    egui::StrokeKind::Inside,
                );
            }
        }
        legend_words(painter, pos2(x + 16.0, y), id, &font);
        y += row;
    }
    // The two kinds of outline: a dashed one, and the current places' red one.
    let x = frame.left() + 8.0;
    let lines = [
        (
            legend.schematic,
            SCHEMATIC,
            Stroke::new(1.5, style::INK),
            true,
        ),
        (
            legend.current,
            CURRENT,
            Stroke::new(2.5, style::CURRENT),
            false,
        ),
        (
            legend.reviewed,
            REVIEWED,
            Stroke::new(2.5, style::REVIEWED),
            false,
        ),
    ];
    for (shown, label, stroke, dashed) in lines {
        if !shown {
            continue;
        }
        let sample = [pos2(x, y), pos2(x + 16.0, y)];
        if dashed {
            painter.extend(Shape::dashed_line(&sample, stroke, 4.0, 3.0));
        } else {
            painter.line_segment(sample, stroke);
        }
        legend_words(painter, pos2(x + 24.0, y), label, &font);
        y += row;
    }
}

/// A legend row's words, the message `key`, from `at`.
fn legend_words(painter: &egui::Painter, at: egui::Pos2, key: &str, font: &FontId) {
    painter.text(at, Align2::LEFT_CENTER, tr(key), font.clone(), style::INK);
}

/// A bar of a round number of kilometres, in the bottom-right corner; `scale` is pixels per map unit.
pub(super) fn paint_scale_bar(painter: &egui::Painter, rect: Rect, scale: f64) {
    let km_per_pixel = KM_PER_MAP_UNIT / scale;
    let target = km_per_pixel * 120.0;
    let nice = [
        1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0,
    ]
    .into_iter()
    .rev()
    .find(|&k| k <= target)
    .unwrap_or(1.0);
    let width = (nice / km_per_pixel) as f32;
    let right = rect.right_bottom() + vec2(-16.0, -16.0);
    let left = right - vec2(width, 0.0);
    let stroke = Stroke::new(2.0, style::INK);
    painter.line_segment([left, right], stroke);
    painter.line_segment([left, left - vec2(0.0, 6.0)], stroke);
    painter.line_segment([right, right - vec2(0.0, 6.0)], stroke);
    painter.text(
        left + vec2(width / 2.0, -4.0),
        Align2::CENTER_BOTTOM,
        format!("{nice} km"),
        FontId::proportional(12.0),
        style::INK,
    );
}

/// The legend in its frame, when it has room, named for screen readers by what it explains.
pub(super) fn legend_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    frame: Option<Rect>,
    legend: &Legend,
) {
    let Some(frame) = frame else { return };
    paint_legend(painter, frame, legend);
    let described = legend.described();
    ui.interact(frame, ui.scope_id().with("legend"), egui::Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &described));
}
