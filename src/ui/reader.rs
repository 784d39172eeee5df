//! The source reader: an article's full text with every anchored quote highlighted; a highlight
//! leads to the event it backs or the place it names.

use super::state::{Command, FormCommand, View};
use super::style;
use super::suggestions::{self, Suggestions};
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use egui::{RichText, Sense};
use std::ops::Range;

/// What a stretch of the reader's text is marked as.
#[derive(Clone, Copy)]
enum Mark {
    Quote(usize),
    /// A quote of the earlier version, where it lies in this later one, with its fate's index.
    Later(usize, usize),
    Found,
    Suggested,
}

pub fn reader_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    suggestions: Option<&Suggestions>,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let Some(source) = story.sources.get(view.reader_source) else {
        ui.label(tr("reader-no-sources"));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        for (s, other) in story.sources.iter().enumerate() {
            // A label may be the start of a long title: the whole of it is a hover away.
            if ui
                .selectable_label(s == view.reader_source, &other.label)
                .on_hover_text(&other.title)
                .clicked()
            {
                commands.push(Command::OpenSource(s));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&source.title).strong().size(15.0));
        if ui
            .small_button(tr("reader-edit-details"))
            .on_hover_text(tr("reader-edit-details-hint"))
            .clicked()
        {
            commands.push(Command::Form(FormCommand::Source(view.reader_source)));
        }
    });
    ui.label(tr_with(
        "reader-source-meta",
        &[
            (
                "publisher",
                source
                    .publisher
                    .clone()
                    .unwrap_or_else(|| tr("reader-publisher-unnamed"))
                    .into(),
            ),
            ("published", source.published.edtf.clone().into()),
            // A picture has no language: "none" leaves it out.
            (
                "language",
                Some(source.language.clone())
                    .filter(|l| !l.trim().is_empty())
                    .unwrap_or_else(|| "none".to_owned())
                    .into(),
            ),
        ],
    ));
    // A link opens only when clicked, and only for http(s); any other address is shown as text.
    match (source.web_link(), &source.url) {
        (Some(link), _) => {
            ui.hyperlink_to(tr("reader-open-original"), link)
                .on_hover_text(link);
        }
        (None, Some(other)) => {
            ui.label(
                RichText::new(tr_with(
                    "reader-address-not-opened",
                    &[("address", other.clone().into())],
                ))
                .weak()
                .small(),
            );
        }
        (None, None) => {}
    }
    if !source.notes.is_empty() {
        ui.label(RichText::new(&source.notes).weak().small());
    }
    super::evidence::evidence_ui(ui, doc, view.reader_source, commands);
    // The quote followed here can be removed (what it takes with it is said first).
    if let Some(q) = view.focused_quote.filter(|&q| {
        story
            .quotes
            .get(q)
            .is_some_and(|q| q.source == view.reader_source)
    }) && ui
        .small_button(tr("reader-remove-quote"))
        .on_hover_text(tr("reader-remove-quote-hint"))
        .clicked()
    {
        commands.push(Command::Form(FormCommand::RemoveQuote(q)));
    }
    // A picture is quoted by region; its text (what its metadata say) is shown under it.
    if source.picture().is_some() {
        super::picture::picture_ui(ui, doc, view, commands);
        ui.separator();
        marked_text_ui(ui, doc, view, &[], commands);
        return;
    }
    quoting_bar_ui(ui, doc, view, commands);
    ui.separator();
    if let Some(found) = suggestions {
        suggestions::suggestions_ui(ui, doc, found, commands);
    }
    let suggested = suggestions.map_or_else(Vec::new, Suggestions::open_ranges);

    let quotes = doc.story_index().quotes_in_source(view.reader_source);
    if view.quoting {
        selectable_text_ui(ui, doc, view, quotes, commands);
        return;
    }
    marked_text_ui(ui, doc, view, &suggested, commands);
}

/// The source's text in paragraphs, its quotes, suggestions, a later version's passages and what
/// Find found marked, each mark leading to what it is.
fn marked_text_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    suggested: &[Range<usize>],
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let Some(source) = story.sources.get(view.reader_source) else {
        return;
    };
    let quotes = doc.story_index().quotes_in_source(view.reader_source);
    // A later version shows where the earlier version's quotes went, each with its fate.
    let later = doc.story_index().later_passages(view.reader_source);
    // Each source keeps its own scroll position: one opened for the first time starts at its top.
    egui::ScrollArea::vertical()
        .id_salt(("reader", view.reader_source))
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            let text = source.text.as_str();
            let mut offset = 0;
            let mut page = 1;
            for paragraph in text.split('\n') {
                let range = offset..offset + paragraph.len();
                offset = range.end + 1;
                // A PDF's page break, on its own line: the page that starts there.
                if paragraph == crate::provenance::pdf::PAGE_BREAK.to_string() {
                    page += 1;
                    let said = tr_with("reader-page", &[("page", page.into())]);
                    ui.vertical_centered(|ui| ui.label(RichText::new(said).weak().small()));
                    continue;
                }
                if paragraph.trim().is_empty() {
                    ui.add_space(6.0);
                    continue;
                }
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing.x = 0.0;
                    let mut at = range.start;
                    // Adjacent highlights alternate in shade, so each quote's bounds show.
                    let mut shade = false;
                    // Quotes and suggestions in text order, and over them the passage Find found.
                    let marks = quotes
                        .iter()
                        .map(|&q| (story.quotes[q].bytes.clone(), Mark::Quote(q)))
                        .chain(
                            later
                                .iter()
                                .map(|p| (p.bytes.clone(), Mark::Later(p.quote, p.fate))),
                        )
                        .chain(suggested.iter().map(|b| (b.clone(), Mark::Suggested)));
                    let mut marks: Vec<_> = with_found(marks, view.found_text.clone())
                        .filter(|(bytes, _)| bytes.start < range.end && bytes.end > range.start)
                        .collect();
                    marks.sort_by_key(|(bytes, _)| bytes.start);
                    for (bytes, quote) in marks {
                        let start = bytes.start.max(range.start);
                        let end = bytes.end.min(range.end);
                        if start >= end || start < at {
                            continue;
                        }
                        if at < start {
                            ui.label(&text[at..start]);
                            shade = false;
                        } else if at > range.start {
                            shade = !shade;
                        }
                        let words = &text[start..end];
                        match quote {
                            Mark::Quote(q) => {
                                highlight_ui(ui, doc, view, q, words, shade, commands)
                            }
                            Mark::Later(q, fate) => later_ui(ui, doc, q, fate, words, commands),
                            Mark::Found => found_ui(ui, view, words),
                            Mark::Suggested => {
                                ui.add(marked(words, style::SUGGESTION_BACKGROUND));
                            }
                        }
                        at = end;
                    }
                    if at < range.end {
                        ui.label(&text[at..range.end]);
                    }
                });
            }
        });
}

/// The marks with the passage Find found laid over them: a mark it overlaps keeps only its parts
/// before and after the found words, so the words found are always shown as found.
fn with_found(
    marks: impl Iterator<Item = (Range<usize>, Mark)>,
    found: Option<Range<usize>>,
) -> impl Iterator<Item = (Range<usize>, Mark)> {
    let cut = found.clone();
    marks
        .flat_map(move |(bytes, mark)| match &cut {
            Some(f) if bytes.start < f.end && f.start < bytes.end => {
                vec![(bytes.start..f.start, mark), (f.end..bytes.end, mark)]
            }
            _ => vec![(bytes, mark)],
        })
        .filter(|(bytes, _)| !bytes.is_empty())
        .chain(found.map(|bytes| (bytes, Mark::Found)))
}

/// The switch between following highlights and selecting words to quote, and the Quote button.
fn quoting_bar_ui(ui: &mut egui::Ui, doc: &Document, view: &View, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let select = tr("reader-select");
        let toggle = egui::Button::new(if view.quoting {
            RichText::new(select).strong()
        } else {
            RichText::new(select)
        })
        .selected(view.quoting);
        if ui
            .add(toggle)
            .on_hover_text(tr("reader-select-hint"))
            .clicked()
        {
            commands.push(Command::SetQuoting(!view.quoting));
        }
        if ui
            .button(tr("reader-suggest"))
            .on_hover_text(tr("reader-suggest-hint"))
            .clicked()
        {
            commands.push(Command::SuggestEvents(view.reader_source));
        }
        if view.quoting {
            let selected = view
                .selection
                .as_ref()
                .filter(|(s, bytes)| *s == view.reader_source && !bytes.is_empty());
            if super::style::hinted_button(ui, selected.is_some(), "reader-quote").clicked() {
                commands.push(Command::QuoteSelection);
            }
            if super::style::hinted_button(ui, selected.is_some(), "reader-quote-claim").clicked() {
                commands.push(Command::QuoteIntoClaim);
            }
        }
    });
    let hint = if view.quoting {
        "reader-hint-quoting"
    } else if doc.story().quotes.is_empty() {
        "reader-hint-no-quote"
    } else {
        "reader-hint-highlights"
    };
    ui.label(RichText::new(tr(hint)).weak().small());
}

/// The text cut into runs: plain (none) or highlighted, a highlight that starts where the last one
/// ended taking the other shade (`Some(true)`). Overlaps keep the earlier highlight; ranges off the
/// text or off its characters are left out.
fn highlight_runs(text: &str, sorted: &[Range<usize>]) -> Vec<(Range<usize>, Option<bool>)> {
    let mut runs = Vec::new();
    let mut at = 0;
    let mut shade = false;
    for range in sorted {
        let (start, end) = (range.start.max(at), range.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        if at < start {
            runs.push((at..start, None));
            shade = false;
        } else if at > 0 {
            shade = !shade;
        }
        runs.push((start..end, Some(shade)));
        at = end;
    }
    runs.push((at..text.len(), None));
    runs
}

/// The text as a read-only text field: the quotes highlighted, any passage selectable.
fn selectable_text_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    quotes: &[usize],
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let Some(source) = story.sources.get(view.reader_source) else {
        return;
    };
    let mut highlights: Vec<std::ops::Range<usize>> = quotes
        .iter()
        .map(|&q| story.quotes[q].bytes.clone())
        .collect();
    highlights.sort_by_key(|r| r.start);
    let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, wrap_width: f32| {
        let text = text.as_str();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let plain = egui::TextFormat::simple(font.clone(), ui.visuals().text_color());
        let marked = egui::TextFormat {
            background: style::QUOTE_BACKGROUND,
            color: style::INK,
            ..egui::TextFormat::simple(font, style::INK)
        };
        // Quotes that touch alternate in shade, so two neighbours never read as one.
        let shaded = egui::TextFormat {
            background: style::QUOTE_BACKGROUND.gamma_multiply(0.75),
            ..marked.clone()
        };
        let mut job = egui::text::LayoutJob::default();
        for (range, mark) in highlight_runs(text, &highlights) {
            let format = match mark {
                None => plain.clone(),
                Some(false) => marked.clone(),
                Some(true) => shaded.clone(),
            };
            // A PDF's page break is drawn as a space (one byte for one, so positions hold).
            let shown = text[range].replace(crate::provenance::pdf::PAGE_BREAK, " ");
            job.append(&shown, 0.0, format);
        }
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let mut text = source.text.as_str();
    egui::ScrollArea::vertical()
        .id_salt(("reader-selectable", view.reader_source))
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            let output = egui::TextEdit::multiline(&mut text)
                .id(text_id(view.reader_source))
                .desired_width(f32::INFINITY)
                .frame(egui::Frame::NONE)
                .layouter(&mut layouter)
                .show(ui);
            output.response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::TextInput,
                    true,
                    tr("reader-source-text-name"),
                )
            });
            // A right click on the text offers the same as the button and Ctrl+Q.
            output.response.context_menu(|ui| {
                if ui.button(tr("reader-quote-as-evidence")).clicked() {
                    commands.push(Command::QuoteSelection);
                    ui.close();
                }
                if ui.button(tr("reader-quote-into-claim")).clicked() {
                    commands.push(Command::QuoteIntoClaim);
                    ui.close();
                }
            });
            let selected = output.cursor_range.filter(|r| !r.is_empty()).map(|r| {
                let chars = r.as_sorted_char_range();
                let byte = |c: usize| {
                    source
                        .text
                        .char_indices()
                        .nth(c)
                        .map_or(source.text.len(), |(i, _)| i)
                };
                (view.reader_source, byte(chars.start.0)..byte(chars.end.0))
            });
            // A right click moves the text cursor (egui), which would lose the selection the menu
            // is about: the selection is put back instead.
            let right_click =
                ui.input(|i| i.pointer.button_pressed(egui::PointerButton::Secondary));
            if right_click
                && let Some((s, bytes)) = &view.selection
                && *s == view.reader_source
            {
                let chars = |b: usize| source.text.get(..b).map_or(0, |t| t.chars().count());
                let mut state = output.state;
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::two(
                        egui::text::CCursor::new(chars(bytes.start)),
                        egui::text::CCursor::new(chars(bytes.end)),
                    )));
                state.store(ui.ctx(), text_id(view.reader_source));
            } else if output.cursor_range.is_some() && selected != view.selection {
                commands.push(Command::SelectText(selected));
            }
        });
}

fn highlight_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    quote: usize,
    words: &str,
    shade: bool,
    commands: &mut Vec<Command>,
) {
    let events = doc.story_index().events_citing(quote);
    let focused = view.focused_quote == Some(quote);
    let background = if focused {
        style::FOCUSED_QUOTE_BACKGROUND
    } else if events.is_empty() {
        style::MENTION_BACKGROUND
    } else {
        style::QUOTE_BACKGROUND
    };
    let background = if shade {
        background.gamma_multiply(0.75)
    } else {
        background
    };
    let response = ui
        .add(marked(words, background).sense(Sense::click()))
        .on_hover_ui(|ui| super::quote_links::quote_hover_ui(ui, doc, quote));
    if focused && view.scroll_to_quote {
        response.scroll_to_me(Some(egui::Align::Center));
    }
    if response.clicked() {
        super::quote_links::follow_quote(doc, quote, commands);
    }
}

/// A quote of the earlier version in this later one: highlighted like a quote (a reworded one in
/// the colour of changes), its fate beside it; a click reads it in the earlier version.
fn later_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    quote: usize,
    fate: usize,
    words: &str,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let (background, fate_label) = match fate {
        0 => (style::QUOTE_BACKGROUND, "unchanged"),
        1 => (style::QUOTE_BACKGROUND, "moved"),
        _ => (style::CHANGED_BACKGROUND, "changed"),
    };
    let earlier = story
        .quotes
        .get(quote)
        .and_then(|q| story.sources.get(q.source))
        .map_or("", |s| s.label.as_str());
    let response = ui
        .add(marked(words, background).sense(Sense::click()))
        .on_hover_text(tr_with(
            "reader-earlier-quote",
            &[
                ("source", earlier.to_owned().into()),
                ("fate", fate_label.to_string().into()),
            ],
        ));
    ui.label(
        RichText::new(format!(" {fate_label} "))
            .small()
            .color(style::INK)
            .background_color(style::FATE_TAG_BACKGROUND),
    );
    if response.clicked() {
        commands.push(Command::OpenQuote(quote));
    }
}

/// Words of the text on a background that marks them (a quote, a suggestion, what Find found).
fn marked(words: &str, background: egui::Color32) -> egui::Label {
    egui::Label::new(
        RichText::new(words)
            .background_color(background)
            .color(style::INK),
    )
}

/// The passage Find found: marked like a focused quote, and scrolled to once.
fn found_ui(ui: &mut egui::Ui, view: &View, words: &str) {
    let response = ui.add(marked(words, style::FOCUSED_QUOTE_BACKGROUND));
    if view.scroll_to_quote {
        response.scroll_to_me(Some(egui::Align::Center));
    }
}

/// The id of a source's selectable text, which keeps its selection while it is shown.
pub fn text_id(source: usize) -> egui::Id {
    egui::Id::unique(("reader-text", source))
}

#[cfg(test)]
mod tests {
    #[test]
    fn neighbouring_quotes_take_two_shades_and_separate_ones_one() {
        let text = "One. Two. Three.";
        let runs = super::highlight_runs(text, &[0..4, 4..9, 10..16]);
        assert_eq!(
            runs,
            [
                (0..4, Some(false)),
                (4..9, Some(true)),
                (9..10, None),
                (10..16, Some(false)),
                (16..16, None)
            ]
        );
        // Overlapping quotes do not draw a character twice.
        let runs = super::highlight_runs(text, &[0..9, 5..16]);
        assert_eq!(runs[1], (9..16, Some(true)));
    }
}
