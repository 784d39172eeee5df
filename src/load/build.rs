//! A story built from what its files say, in named steps: the heading, the ids of every record,
//! the sources (read and checked against their capture records) and the versions they revise,
//! the quotes anchored in them, the places, the events, the claims and the tour. Each step reports
//! what it finds wrong and goes on, so every problem is listed at once.

use super::raw::{self, RawClaim, RawEvent, RawFigure, RawQuote, RawSource, RawStory};
use super::steps::StepTargets;
use super::{Checker, IdMap, LoadError, LoadErrors, Problem, places, revisions};
use crate::anchoring::{Anchor, CharPositions, nearest};
use crate::model::{Claim, Event, Place, Quote, ReportedFigure, Source, Statement, Story};
use std::collections::HashMap;

/// Every id the story's records have, with their positions in the files (duplicates reported).
struct Ids {
    sources: IdMap,
    places: IdMap,
    quotes: IdMap,
    events: IdMap,
}

/// The quotes a reference may name: every quote id (so an unknown one is reported), and those that
/// anchored (a reference to one that did not is reported by the quote itself).
struct QuoteTargets<'a> {
    ids: &'a IdMap,
    anchored: IdMap,
}

/// The records of one id to position map.
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> IdMap {
    ids.enumerate().map(|(i, id)| (id.to_owned(), i)).collect()
}

impl Checker<'_> {
    pub(super) fn build(
        mut self,
        raw: RawStory,
        parsed_places: Vec<places::ParsedPlace>,
        failed_place_ids: Vec<String>,
    ) -> Result<Story, LoadErrors> {
        self.check_heading(&raw);
        let ids = self.record_ids(&raw, &parsed_places, &failed_place_ids);
        let (mut sources, revises) = self.sources(raw.sources)?;
        self.check_labels(&sources);
        // Sources that failed to load are reported already; quotes into them cannot be checked.
        let loaded_sources = positions(sources.iter().map(|s| s.id.as_str()));
        self.link_revisions(&mut sources, revises, &loaded_sources, &ids.sources);
        let char_positions: Vec<CharPositions> = sources
            .iter()
            .map(|s| CharPositions::new(&s.text))
            .collect();
        let quotes = self.quotes(raw.quotes, &sources, &char_positions, &loaded_sources, &ids)?;
        let targets = QuoteTargets {
            ids: &ids.quotes,
            anchored: positions(quotes.iter().map(|q| q.id.as_str())),
        };
        let places = self.places(parsed_places, &targets)?;
        // Quote mentions were resolved against all place ids; a place whose feature failed is
        // reported there.
        let place_position = self.place_positions(&places, &ids.places, failed_place_ids.len());
        let quotes = quotes
            .into_iter()
            .map(|mut quote| {
                quote.mentions = quote
                    .mentions
                    .iter()
                    .filter_map(|&i| place_position[i])
                    .collect();
                quote
            })
            .collect::<Vec<_>>();
        let events = self.events(raw.events, &ids, &place_position, &targets);
        let claims = self.claims(
            raw.claims,
            &ids,
            &loaded_sources,
            &sources,
            &quotes,
            &targets,
        );
        let loaded_events: HashMap<&str, usize> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let steps = self.steps(
            raw.steps,
            &StepTargets {
                event_ids: &ids.events,
                events: &loaded_events,
                place_ids: &ids.places,
                places: &place_position,
                quote_ids: &ids.quotes,
                quotes: &targets.anchored,
            },
        );
        // In file order, so a user fixing them works top to bottom.
        self.problems.sort_by(|a, b| {
            (&a.location.file, a.location.line_column)
                .cmp(&(&b.location.file, b.location.line_column))
        });
        if !self.problems.is_empty() {
            return Err(LoadErrors::limited(self.problems));
        }
        let revisions = revisions(&sources, &quotes, &char_positions);
        if !raw.conflicts.is_empty() {
            let count = raw.conflicts.len().into();
            let notice = crate::i18n::tr_with("notice-conflicts", &[("count", count)]);
            self.notices.push(notice);
        }
        Ok(Story {
            title: raw.title,
            summary: raw.summary,
            language: raw.language,
            sources,
            places,
            events,
            quotes,
            claims,
            steps,
            revisions,
            notices: self.notices,
            conflicts: raw.conflicts,
            lookups: Default::default(),
        })
    }

    /// The format this build reads, and a title.
    fn check_heading(&mut self, raw: &RawStory) {
        if let Some(format) = raw.format.as_deref().filter(|f| *f != raw::FORMAT) {
            let line_column = self.story_index.string(format);
            self.problems.push(LoadError {
                location: self.files.location(self.story_file, line_column),
                problem: Problem::Invalid(crate::i18n::tr_with(
                    "invalid-format",
                    &[
                        ("format", format.to_string().into()),
                        ("reads", raw::FORMAT.into()),
                    ],
                )),
            });
        }
        if raw.title.trim().is_empty() {
            self.problems.push(LoadError {
                location: self.files.location(self.story_file, None),
                problem: Problem::Invalid(crate::i18n::tr("invalid-no-title")),
            });
        }
    }

    fn record_ids(
        &mut self,
        raw: &RawStory,
        parsed_places: &[places::ParsedPlace],
        failed_place_ids: &[String],
    ) -> Ids {
        let sources = self.ids("source", raw.sources.iter().map(|s| s.id.as_str()), false);
        // Features that failed their own checks are reported already: references to them are
        // not unknown.
        let places = self.ids(
            "place",
            parsed_places
                .iter()
                .map(|p| p.id.as_str())
                .chain(failed_place_ids.iter().map(String::as_str)),
            true,
        );
        let quotes = self.ids("quote", raw.quotes.iter().map(|q| q.id.as_str()), false);
        let events = self.ids("event", raw.events.iter().map(|e| e.id.as_str()), false);
        self.ids("claim", raw.claims.iter().map(|c| c.id.as_str()), false);
        Ids {
            sources,
            places,
            quotes,
            events,
        }
    }

    /// The sources whose text reads and whose date is EDTF, each checked against its capture
    /// record; and the id each says it revises.
    fn sources(
        &mut self,
        raw: Vec<RawSource>,
    ) -> Result<(Vec<Source>, Vec<Option<String>>), LoadErrors> {
        let mut sources = Vec::with_capacity(raw.len());
        let mut revises = Vec::with_capacity(raw.len());
        for s in raw {
            self.stop_if_cancelled()?;
            let text = self
                .files
                .read_text_within(&s.file, self.budget)
                .map_err(|e| self.problems.push(e))
                .ok();
            let published = self.date("source", &s.id, &s.published);
            let checked = s
                .capture
                .as_ref()
                .map(|capture| self.check_capture(&s.id, &s.file, text.as_deref(), capture));
            let (original, timestamp, captured_text) = match checked {
                Some(c) => (c.original, c.timestamp, c.captured_text),
                None => (None, None, None),
            };
            // A file that differs from its capture only by line ends or a byte order mark is read
            // as captured (the hash proves those bytes); the file itself is left as it is.
            let text = captured_text.or(text);
            let (Some(text), Some(published)) = (text, published) else {
                continue;
            };
            let label_is_set = s.label.as_deref().is_some_and(|l| !l.trim().is_empty());
            let label = match s.label.as_deref().map(str::trim) {
                Some(label) if label_is_set => label.to_owned(),
                _ => Source::default_label(s.publisher.as_deref(), &s.title, &published),
            };
            revises.push(s.revises);
            sources.push(Source {
                id: s.id,
                title: s.title,
                publisher: s.publisher,
                published,
                language: s.language,
                file: s.file,
                url: s.url,
                notes: s.notes,
                text,
                label,
                label_is_set,
                capture: s.capture,
                original,
                timestamp,
                revises: None,
            });
        }
        Ok((sources, revises))
    }

    /// Each source's earlier version, by its id: never itself, and one the story has.
    fn link_revisions(
        &mut self,
        sources: &mut [Source],
        revises: Vec<Option<String>>,
        loaded: &IdMap,
        source_ids: &IdMap,
    ) {
        for (s, revises) in revises.into_iter().enumerate() {
            let Some(earlier) = revises else { continue };
            let id = sources[s].id.clone();
            if earlier == id {
                let problem = Problem::Invalid(crate::i18n::tr_with(
                    "invalid-revises-itself",
                    &[("id", id.clone().into())],
                ));
                self.story_problem(&id, Some(&earlier), problem);
            } else if let Some(&e) = loaded.get(&earlier) {
                sources[s].revises = Some(e);
            } else if !source_ids.contains_key(&earlier) {
                let earlier = std::slice::from_ref(&earlier);
                self.refs("source", &id, "source", earlier, source_ids);
            }
        }
    }

    /// The quotes anchored in their sources (exact words, told apart by their context; many at
    /// once in one pass over a long source), each problem said with where it lies.
    fn quotes(
        &mut self,
        raw: Vec<RawQuote>,
        sources: &[Source],
        char_positions: &[CharPositions],
        loaded_sources: &IdMap,
        ids: &Ids,
    ) -> Result<Vec<Quote>, LoadErrors> {
        let anchors =
            super::anchors::anchor_all(&raw, sources, char_positions, loaded_sources, self.cancel);
        let mut quotes = Vec::with_capacity(raw.len());
        for (q, anchor) in raw.into_iter().zip(anchors) {
            self.stop_if_cancelled()?;
            let mentions = self.refs("quote", &q.id, "place", &q.mentions, &ids.places);
            let Some(&source) = loaded_sources.get(&q.source) else {
                if !ids.sources.contains_key(&q.source) {
                    let named = std::slice::from_ref(&q.source);
                    self.refs("quote", &q.id, "source", named, &ids.sources);
                }
                continue;
            };
            if let Some(xywh) = q.xywh {
                match super::picture_file::region_problem(&sources[source], &q, xywh) {
                    Ok(()) => quotes.push(Quote {
                        id: q.id,
                        source,
                        exact: q.caption.unwrap_or_default(),
                        prefix: None,
                        suffix: None,
                        start: 0,
                        bytes: 0..0,
                        mentions,
                        region: Some(xywh),
                    }),
                    Err(why) => self.story_problem(&q.id, None, Problem::Invalid(why)),
                }
                continue;
            }
            let Some(anchor) = anchor else {
                self.story_problem(&q.id, None, Problem::QuoteEmpty { id: q.id.clone() });
                continue;
            };
            let text = &sources[source].text;
            let file = || self.files.display_path(&sources[source].file);
            let problem = match anchor {
                Anchor::Found { bytes, start } => {
                    if let Some(recorded) = q.start.filter(|&recorded| recorded != start) {
                        let id = q.id.clone();
                        let problem = Problem::QuoteMoved {
                            id,
                            recorded,
                            found: start,
                        };
                        self.story_problem(&q.id, None, problem);
                    }
                    quotes.push(Quote {
                        id: q.id,
                        source,
                        exact: q.exact,
                        prefix: q.prefix,
                        suffix: q.suffix,
                        start,
                        bytes,
                        mentions,
                        region: None,
                    });
                    continue;
                }
                Anchor::NotFound => Problem::QuoteNotFound {
                    id: q.id.clone(),
                    file: file(),
                    nearest: self
                        .take_nearest_hint()
                        .then(|| nearest::nearest(text, &q.exact))
                        .flatten()
                        .map(Box::new),
                },
                Anchor::TooCommon => Problem::QuoteTooCommon {
                    id: q.id.clone(),
                    file: file(),
                },
                Anchor::Ambiguous(count) => Problem::QuoteAmbiguous {
                    id: q.id.clone(),
                    file: file(),
                    count,
                },
            };
            self.story_problem(&q.id, Some(&q.exact), problem);
        }
        Ok(quotes)
    }

    /// References to quotes, resolved among those that anchored.
    fn quote_refs(
        &mut self,
        owner_kind: &'static str,
        owner: &str,
        named: &[String],
        targets: &QuoteTargets,
    ) -> Vec<usize> {
        // One lookup for a reference that resolves (a large story has one per quote of an event).
        let mut resolved = Vec::with_capacity(named.len());
        let mut unknown = Vec::new();
        for id in named {
            match targets.anchored.get(id) {
                Some(&i) => resolved.push(i),
                // A quote that did not anchor is reported by the quote itself.
                None if targets.ids.contains_key(id) => {}
                None => unknown.push(id),
            }
        }
        self.refs(owner_kind, owner, "quote", unknown, &targets.anchored);
        resolved
    }

    /// The places of the GeoJSON file, with the figures the sources report for them.
    fn places(
        &mut self,
        parsed: Vec<places::ParsedPlace>,
        targets: &QuoteTargets,
    ) -> Result<Vec<Place>, LoadErrors> {
        let mut places = Vec::with_capacity(parsed.len());
        for p in parsed {
            self.stop_if_cancelled()?;
            let figure = |this: &mut Self, figure: Option<RawFigure>| {
                let f = figure?;
                let quote =
                    this.quote_refs("place", &p.id, std::slice::from_ref(&f.quote), targets);
                quote.first().map(|&quote| ReportedFigure {
                    value: f.value,
                    quote,
                })
            };
            let reported_area_km2 = figure(self, p.properties.reported_area_km2);
            let reported_length_km = figure(self, p.properties.reported_length_km);
            if p.properties.name.trim().is_empty() {
                let problem = Problem::Invalid(crate::i18n::tr_with(
                    "invalid-place-no-name",
                    &[("id", p.id.clone().into())],
                ));
                self.place_problem(&p.id, None, problem);
            }
            places.push(Place {
                id: p.id,
                name: p.properties.name,
                aliases: p.properties.aliases,
                kind: p.properties.kind,
                approximate: p.properties.approximate,
                transient: p.properties.transient,
                notes: p.properties.notes,
                geometry: p.geometry,
                reported_area_km2,
                reported_length_km,
                other: p.properties.other,
                feature: p.properties.feature,
            });
        }
        Ok(places)
    }

    /// For each place id's position in the files, where that place now sits (none when it failed).
    fn place_positions(
        &self,
        places: &[Place],
        place_ids: &IdMap,
        failed: usize,
    ) -> Vec<Option<usize>> {
        let loaded: HashMap<&str, usize> = places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut by_index = vec![None; places.len() + failed];
        for (id, &i) in place_ids {
            by_index[i] = loaded.get(id.as_str()).copied();
        }
        by_index
    }

    /// The events with an EDTF date, in date order, their places and quotes resolved.
    #[allow(clippy::vec_box)] // boxed: see `Story::events`
    fn events(
        &mut self,
        raw: Vec<RawEvent>,
        ids: &Ids,
        place_position: &[Option<usize>],
        targets: &QuoteTargets,
    ) -> Vec<Box<Event>> {
        let mut events = Vec::with_capacity(raw.len());
        for e in raw {
            let places_of = self.refs("event", &e.id, "place", &e.places, &ids.places);
            let quotes_of = self.quote_refs("event", &e.id, &e.quotes, targets);
            if e.title.trim().is_empty() {
                let problem = Problem::Invalid(crate::i18n::tr_with(
                    "invalid-event-no-title",
                    &[("id", e.id.clone().into())],
                ));
                self.story_problem(&e.id, None, problem);
            }
            if let Some(date) = self.date("event", &e.id, &e.date) {
                events.push(Box::new(Event {
                    id: e.id,
                    title: e.title,
                    date,
                    status: e.status,
                    places: places_of
                        .iter()
                        .filter_map(|&i| place_position[i])
                        .collect(),
                    quotes: quotes_of,
                    notes: e.notes,
                    checked: e.checked.map(Box::new),
                }));
            }
        }
        events.sort_by_key(|e| (e.date.earliest, e.date.latest));
        events
    }

    /// The claims: each statement backed by its own source's words, from two sources or more.
    fn claims(
        &mut self,
        raw: Vec<RawClaim>,
        ids: &Ids,
        loaded_sources: &IdMap,
        sources: &[Source],
        quotes: &[Quote],
        targets: &QuoteTargets,
    ) -> Vec<Claim> {
        let mut claims = Vec::with_capacity(raw.len());
        for c in raw {
            // Statements whose source failed are reported already; the count is checked on the rest.
            let given = c.statements.len();
            let mut statements = Vec::with_capacity(given);
            for s in c.statements {
                let named = std::slice::from_ref(&s.source);
                let source = self.refs("claim", &c.id, "source", named, &ids.sources);
                let quotes_of = self.quote_refs("claim", &c.id, &s.quotes, targets);
                let Some(&source) = source.first().and_then(|_| loaded_sources.get(&s.source))
                else {
                    continue;
                };
                // A statement is backed by its own source's words, never another's.
                for &q in quotes_of.iter().filter(|&&q| quotes[q].source != source) {
                    let problem = Problem::Invalid(crate::i18n::tr_with(
                        "invalid-statement-other-source",
                        &[
                            ("claim", c.id.clone().into()),
                            ("source", s.source.clone().into()),
                            ("quote", quotes[q].id.clone().into()),
                            ("other", sources[quotes[q].source].id.clone().into()),
                        ],
                    ));
                    self.story_problem(&c.id, Some(&quotes[q].id), problem);
                }
                statements.push(Statement {
                    source,
                    value: s.value,
                    quotes: quotes_of,
                });
            }
            let mut stated: Vec<usize> = statements.iter().map(|s| s.source).collect();
            stated.sort_unstable();
            stated.dedup();
            if stated.len() < 2 && statements.len() == given {
                let problem = Problem::Invalid(crate::i18n::tr_with(
                    "invalid-claim-two-sources",
                    &[
                        ("claim", c.id.clone().into()),
                        ("count", statements.len().into()),
                    ],
                ));
                self.story_problem(&c.id, None, problem);
            }
            claims.push(Claim {
                id: c.id,
                topic: c.topic,
                statements,
                checked: c.checked.map(Box::new),
            });
        }
        claims
    }
}
