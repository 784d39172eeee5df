//! The viewer's flows, driven headlessly through AccessKit labels with egui_kittest.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::ui::{ChronomapApp, Tab};
use common::{click_map_at, day, harness, has_label_containing, menu, selected_place_id};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn go_to_date(harness: &mut Harness<'_, ChronomapApp>, date: &str) {
    harness.get_by_label("Go to date").click();
    harness.run();
    // Replace whatever the field held.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label("Go to date").type_text(date);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

#[test]
fn launching_shows_the_story_title_the_map_and_the_timeline() {
    let harness = harness();
    harness.get_by_label("Russia's peacekeepers leave Karabakh (April 2024)");
    harness.get_by_label("Map");
    harness.get_by_label("Timeline");
    harness.get_by_label("Play");
    assert!(
        harness.state().map_screen_position(46.75, 39.8).is_some(),
        "the map has been drawn"
    );
}

#[test]
fn stepping_to_17_april_shows_peskov_from_both_articles() {
    let mut harness = harness();
    go_to_date(&mut harness, "2024-04-16");
    assert_eq!(harness.state().playback().cursor(), day("2024-04-16"));
    assert!(
        !has_label_containing(&harness, "effectivement le cas"),
        "Peskov spoke on the 17th, not the 16th"
    );
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().playback().cursor(), day("2024-04-17"));
    assert!(has_label_containing(
        &harness,
        "«Oui, c'est effectivement le cas», a confirmé à la presse"
    ));
    assert!(has_label_containing(
        &harness,
        "\"C'est effectivement le cas\", a réaffirmé mercredi"
    ));
    assert!(has_label_containing(
        &harness,
        "La Gazette (Paris), 17 Apr 2024"
    ));
    assert!(has_label_containing(
        &harness,
        "Unsigned article (cites Sputnik Arménie), 17 Apr 2024"
    ));
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().playback().cursor(), day("2024-04-16"));
}

#[test]
fn clicking_kalbajar_on_the_map_shows_the_monastery_quote() {
    let mut harness = harness();
    // Inside the schematic Kalbajar district, away from the monastery marker.
    click_map_at(&mut harness, 45.95, 40.3, egui::Vec2::ZERO);
    assert_eq!(
        selected_place_id(&harness).as_deref(),
        Some("kalbajar-district")
    );
    assert_eq!(harness.state().view().tab, Tab::Place);
    assert!(has_label_containing(
        &harness,
        "un monastère vénéré par les Arméniens dans le district azerbaïdjanais de Kalbadjar"
    ));
    assert!(has_label_containing(
        &harness,
        "La Gazette (Paris), 17 Apr 2024"
    ));
}

#[test]
fn clicking_the_monastery_marker_selects_the_smaller_target() {
    let mut harness = harness();
    // Dadivank sits inside Kalbajar district: the point wins over the area around it.
    click_map_at(&mut harness, 46.2883, 40.1619, egui::vec2(2.0, 1.0));
    assert_eq!(selected_place_id(&harness).as_deref(), Some("dadivank"));
    harness.get_by_label("Dadivank monastery");
    assert!(has_label_containing(
        &harness,
        "Also written: Dadivank, Khudavang"
    ));
}

#[test]
fn choosing_kalbajar_in_the_list_shows_its_card_with_aliases_and_quote() {
    let mut harness = harness();
    harness.get_by_label("Places").click();
    harness.run();
    harness.get_by_label("Kalbajar district (district)").click();
    harness.run();
    assert_eq!(
        selected_place_id(&harness).as_deref(),
        Some("kalbajar-district")
    );
    assert!(has_label_containing(&harness, "Kalbadjar"));
    assert!(has_label_containing(&harness, "Karvachar"));
    assert!(has_label_containing(&harness, "Area computed by the map"));
    assert!(has_label_containing(
        &harness,
        "un monastère vénéré par les Arméniens"
    ));
}

#[test]
fn typing_a_date_moves_the_cursor_and_a_bad_date_says_why() {
    let mut harness = harness();
    go_to_date(&mut harness, "2020-11-10");
    assert_eq!(harness.state().playback().cursor(), day("2020-11-10"));
    harness.get_by_label("Cursor: Tuesday 10 November 2020");
    assert!(has_label_containing(
        &harness,
        "Trilateral declaration of 10 November 2020"
    ));
    go_to_date(&mut harness, "2024-02-30");
    assert_eq!(
        harness.state().playback().cursor(),
        day("2020-11-10"),
        "a bad date leaves the cursor where it was"
    );
    assert!(has_label_containing(
        &harness,
        "\"2024-02-30\" is not EDTF: day is out of range for the month"
    ));
}

#[test]
fn the_comparison_view_lists_the_troop_number_claims() {
    let mut harness = harness();
    harness.get_by_label("Sources compared").click();
    harness.run();
    harness.get_by_label("Size of the Russian peacekeeping contingent");
    assert!(has_label_containing(&harness, "1 960 troops"));
    assert!(has_label_containing(
        &harness,
        "\"Près de 2 000\" (nearly 2,000) soldiers"
    ));
    assert!(has_label_containing(
        &harness,
        "Le contingent comprend 1 960 militaires"
    ));
    harness.get_by_label("Whom Peskov answered");
    harness.get_by_label("Who announced the decision in Baku");
}

#[test]
fn clicking_a_quote_opens_its_article_and_a_highlight_leads_back_to_its_event() {
    let mut harness = harness();
    go_to_date(&mut harness, "2024-04-17");
    harness
        .get_all_by_label("Read in source")
        .next()
        .expect("a quote at the cursor")
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.view().tab, Tab::Reader);
    let focused = app
        .view()
        .focused_quote
        .expect("the clicked quote is focused");
    let source = app.story().quotes[focused].source;
    assert_eq!(app.view().reader_source, source);
    // The full text is shown around the highlight.
    assert!(has_label_containing(&harness, "Dmitri Peskov"));
    // A highlighted passage leads to the event it backs.
    harness.get_by_label("Sources compared").click();
    harness.run();
    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Le contingent comprend 1 960 militaires équipés d'armes légères, 90 véhicules blindés de transport de troupes, 380 unités d'automobiles et d'équipements spéciaux.").click();
    harness.run();
    let app = harness.state();
    let event = app
        .view()
        .selected_event
        .map(|e| app.story().events[e].id.as_str());
    assert_eq!(event, Some("peacekeeping-mission"));
    assert_eq!(app.view().tab, Tab::AtCursor);
}

#[test]
fn space_plays_and_the_cursor_advances() {
    let mut harness = harness();
    go_to_date(&mut harness, "2020-09-01");
    let before = harness.state().playback().cursor();
    harness.key_press(egui::Key::Space);
    harness.run_steps(30);
    assert!(harness.state().playback().playing());
    assert!(
        harness.state().playback().cursor() > before,
        "playback moves the cursor"
    );
    harness.get_by_label("Pause").click();
    harness.run_steps(2);
    assert!(!harness.state().playback().playing());
}

#[test]
fn choosing_an_event_in_the_list_moves_the_cursor_and_shows_its_quotes() {
    let mut harness = harness();
    harness
        .get_by_label_contains("10 Nov 2020 · Trilateral declaration of 10 November 2020")
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.playback().cursor(), day("2020-11-10"));
    let event = app
        .view()
        .selected_event
        .map(|e| app.story().events[e].id.as_str());
    assert_eq!(event, Some("trilateral-declaration"));
    harness.get_by_label("Cursor: Tuesday 10 November 2020");
    assert!(has_label_containing(
        &harness,
        "conformément à la déclaration tripartite du 10 novembre 2020"
    ));
}

#[test]
fn the_zoom_buttons_and_fit_change_and_restore_the_view() {
    let mut harness = harness();
    let stepanakert =
        |h: &Harness<'_, ChronomapApp>| h.state().map_screen_position(46.7519, 39.8153).unwrap();
    let center = |h: &Harness<'_, ChronomapApp>| h.get_by_label("Map").rect().center();
    let before = stepanakert(&harness);
    let distance_before = (before - center(&harness)).length();
    harness.get_by_label("+").click();
    harness.run();
    let zoomed = (stepanakert(&harness) - center(&harness)).length();
    assert!(
        zoomed > distance_before * 1.3,
        "zooming in moves places away from the centre: {distance_before} → {zoomed}"
    );
    harness.get_by_label("Fit").click();
    harness.run();
    assert!(
        (stepanakert(&harness) - before).length() < 1.0,
        "Fit restores the first view"
    );
}

#[test]
fn the_map_can_be_used_with_the_keyboard_and_is_named_for_screen_readers() {
    let mut harness = harness();
    // Every place in view is in the AccessKit tree with its name, kind, and its events' days.
    harness.get_by_label("Kalbajar district, district, one event: 10 Apr 2024 – 14 Apr 2024");
    harness.get_by_label("Goris, city");
    // Tab reaches the places right after the menu, before the panels' widgets (the events list,
    // the tabs, the timeline's controls); Enter on one opens its card.
    let places = harness.state().story().places.len();
    let mut reached = None;
    for press in 1..=300 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if harness.get_by_label("Goris, city").is_focused() {
            reached = Some(press);
            break;
        }
    }
    let press = reached.expect("Tab reaches Goris");
    println!("Goris reached after {press} Tab presses");
    assert!(
        press <= 4 + places,
        "after the menu's 4 items and at most every place: {press}"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(selected_place_id(&harness).as_deref(), Some("goris"));
    assert_eq!(harness.state().view().tab, Tab::Place);
    // The selected place and the time cursor are live regions, announced when they change.
    use egui_kittest::kittest::NodeT;
    let live = egui::accesskit::Live::Polite;
    assert_eq!(harness.get_by_label("Goris").accesskit_node().live(), live);
    let cursor = harness.get_by_label("Cursor: Wednesday 17 April 2024");
    assert_eq!(cursor.accesskit_node().live(), live);
}

#[test]
fn each_event_on_the_timeline_is_named_for_screen_readers_and_chosen_with_the_keyboard() {
    let mut harness = harness();
    let kremlin = "Kremlin spokesman Dmitri Peskov confirms the withdrawal has begun, 17 Apr 2024, \
                   occurred, at Moscow";
    harness.get_by_label(kremlin);
    harness.get_by_label(
        "First peacekeepers and equipment leave the monastery in Kalbajar district, \
         10 Apr 2024 – 14 Apr 2024 (approx.), reported, at Dadivank monastery, Kalbajar district",
    );
    let mut reached = false;
    for _ in 0..400 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if harness.get_by_label(kremlin).is_focused() {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the event");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let selected = harness.state().view().selected_event;
    let story = harness.state().story();
    assert_eq!(
        selected.map(|e| story.events[e].id.as_str()),
        Some("peskov-confirms")
    );
}

#[test]
fn the_timeline_zooms_about_the_pointer_and_a_double_click_returns_to_the_whole_story() {
    // Frames a sixtieth of a second apart, so two clicks can make a double-click.
    let app = ChronomapApp::open(None).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|_cc| app);
    harness.run();
    let timeline = harness.get_by_label("Timeline").rect();
    let at = timeline.center() + egui::vec2(timeline.width() * 0.3, 0.0);
    harness.hover_at(at);
    harness.run();
    assert!(!harness.state().timeline_is_zoomed());
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 300.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    // egui smooths the wheel over a few frames; let it settle.
    harness.run_steps(60);
    assert!(harness.state().timeline_is_zoomed());
    // The cursor did not move: zooming is not scrubbing.
    assert_eq!(harness.state().playback().cursor(), day("2024-04-17"));
    for pressed in [true, false, true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    assert!(!harness.state().timeline_is_zoomed());
}

#[test]
fn an_ongoing_mission_stays_current_after_its_start() {
    let (_dir, folder) = common::copy_story("data/karabakh");
    let path = folder.join("story.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let open_ended = text.replace("\"2020-11-10/2024-04-17\"", "\"2020-11-10/..\"");
    assert_ne!(open_ended, text);
    std::fs::write(&path, open_ended).unwrap();
    let mut harness = common::harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    go_to_date(&mut harness, "2024-06-01");
    let story = harness.state().story();
    let mission = story
        .events
        .iter()
        .position(|e| e.id == "peacekeeping-mission")
        .unwrap();
    assert!(harness.state().current_events().contains(&mission));
    harness.get_by_label("At the cursor").click();
    harness.run();
    assert!(has_label_containing(
        &harness,
        "Russian peacekeeping mission in Karabakh"
    ));
}

#[test]
fn an_event_of_year_zero_is_drawn_with_the_others() {
    let (_dir, folder) = common::copy_story("data/karabakh");
    let path = folder.join("story.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("\"2020-23\"", "\"0000\"", 1)).unwrap();
    let mut harness = common::harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    harness.run();
    let story = harness.state().story();
    let first = &story.events[0];
    assert_eq!(first.date.edtf, "0000");
    assert!(has_label_containing(
        &harness,
        &format!("{} · {}", first.date.label(), first.title)
    ));
    go_to_date(&mut harness, "0000-06-01");
    assert!(harness.state().current_events().contains(&0));
}

/// The area the triangles of `primitives` cover, clipped (by their bounds) to their clip
/// rectangles, in pixels: what a renderer shades.
fn shaded_area(primitives: &[egui::ClippedPrimitive]) -> f64 {
    let mut area = 0.0;
    for primitive in primitives {
        let egui::epaint::Primitive::Mesh(mesh) = &primitive.primitive else {
            continue;
        };
        for triangle in mesh.indices.chunks_exact(3) {
            let [a, b, c] = [0, 1, 2].map(|i| mesh.vertices[triangle[i] as usize].pos);
            let whole = ((b - a).x * (c - a).y - (c - a).x * (b - a).y).abs() / 2.0;
            let bounds = egui::Rect::from_points(&[a, b, c]);
            let seen = bounds.intersect(primitive.clip_rect);
            if seen.is_positive() && bounds.area() > 0.0 {
                area += f64::from(whole * seen.area() / bounds.area());
            }
        }
    }
    area
}

/// One frame of the window as eframe runs it, on a software renderer (which allows textures
/// 16 384 pixels wide).
fn window_frame(app: &mut ChronomapApp, ctx: &egui::Context, size: egui::Vec2) -> egui::FullOutput {
    use eframe::App as _;
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        max_texture_side: Some(16_384),
        ..Default::default()
    };
    app.raw_input_hook(ctx, &mut input);
    ctx.run_ui(input, |ui| app.update(ui))
}

#[test]
fn the_window_is_painted_about_once_over_its_clear_in_the_panels_colour_with_a_portable_font_atlas()
{
    use eframe::App as _;
    let mut app = ChronomapApp::open(None).unwrap();
    let ctx = egui::Context::default();
    let size = egui::vec2(1400.0, 900.0);
    let (mut shaded, mut atlas_width) = (0.0, 0);
    let mut colours = Vec::new();
    for _ in 0..2 {
        let mut output = window_frame(&mut app, &ctx, size);
        for delta in output.textures_delta.set.values().flatten() {
            atlas_width = atlas_width.max(delta.image.width());
        }
        colours = output
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Mesh(mesh) => Some(mesh.vertices.iter().map(|v| v.color)),
                _ => None,
            })
            .flatten()
            .collect();
        let primitives =
            ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        output.textures_delta.clear();
        shaded = shaded_area(&primitives) / f64::from(size.x * size.y);
    }
    assert!(
        atlas_width > 0 && atlas_width <= 2048,
        "font atlas {atlas_width} wide"
    );
    // The panels each painted their own background over the clear: twice the window.
    assert!(shaded < 1.5, "the frame shades {shaded:.2} windows");
    let visuals = ctx.global_style().visuals.clone();
    assert_eq!(
        app.clear_color(&visuals),
        visuals.panel_fill.to_normalized_gamma_f32(),
        "the window is not cleared in the panels' colour"
    );
    // Though no frame paints it, what the panels hold knows their colour: the "At the cursor"
    // cards run past the panel's bottom, which fades into it.
    let fade = ctx.global_style().spacing.scroll.fade.strength;
    let faded = visuals.panel_fill.gamma_multiply(fade);
    assert!(
        colours.contains(&faded),
        "no scroll area fades into the panels' colour"
    );
}

#[test]
fn the_window_s_first_frame_finds_the_glyphs_rasterised_ahead_and_uploads_their_atlas_once() {
    let app = ChronomapApp::open(None).unwrap();
    let ctx = chronomap::ui::window_context();
    let size = egui::vec2(1400.0, 900.0);
    let drawn = app.draw_ahead(ctx.clone(), size).join().unwrap();
    let mut app = drawn.into_app(&ctx, None);
    let filled_ahead = ctx.fonts(|f| f.font_atlas_fill_ratio());
    assert!(filled_ahead > 0.0, "no glyph was rasterised ahead");

    let mut output = window_frame(&mut app, &ctx, size);
    let atlas: Vec<_> = output
        .textures_delta
        .set
        .iter()
        .filter(|(id, _)| **id == egui::TextureId::default())
        .flat_map(|(_, deltas)| deltas.iter().map(|d| (d.pos, d.image.width())))
        .collect();
    output.textures_delta.clear();
    // One whole atlas, drawn ahead: none built again (the fonts made anew) and no glyph added to
    // it (laid out in this frame).
    assert!(
        matches!(atlas.as_slice(), [(None, width)] if *width > 0),
        "the font atlas reaches the window as {atlas:?}"
    );
    assert_eq!(ctx.fonts(|f| f.font_atlas_fill_ratio()), filled_ahead);
}

/// The colour of the text shape that reads `text` in the harness's last frame.
fn text_colour(harness: &Harness<'_, ChronomapApp>, text: &str) -> Option<egui::Color32> {
    harness
        .output()
        .shapes
        .iter()
        .find_map(|clipped| match &clipped.shape {
            egui::Shape::Text(shape) if shape.galley.job.text == text => {
                let colour = shape.galley.job.sections.first()?.format.color;
                Some(if colour == egui::Color32::PLACEHOLDER {
                    shape.fallback_color
                } else {
                    colour
                })
            }
            _ => None,
        })
}

#[test]
fn in_the_dark_theme_what_sits_on_the_light_map_stays_dark_enough_to_read() {
    let mut harness = harness();
    menu(&mut harness, "View", "Dark theme");
    assert!(harness.ctx.global_style().visuals.dark_mode);
    let lightness = |c: egui::Color32| (u32::from(c.r()) + u32::from(c.g()) + u32::from(c.b())) / 3;
    // The panels' words are light on dark; on the map, "Add place:" is dark on its light land.
    let panel = text_colour(&harness, "Go to date:").expect("no \"Go to date:\" drawn");
    let on_map = text_colour(&harness, "Add place:").expect("no \"Add place:\" drawn");
    assert!(lightness(panel) > 128, "{panel:?}");
    assert!(lightness(on_map) < 100, "{on_map:?} over the map's land");
}
