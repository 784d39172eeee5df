//! References are positions in the story's lists: removing or inserting a source, quote or place
//! moves the references to the records after it.

use crate::model::Story;

#[derive(Debug, Clone, Copy)]
pub enum Shift {
    Removed(usize),
    Inserted(usize),
}

impl Shift {
    fn apply(self, reference: &mut usize) {
        match self {
            Shift::Removed(at) if *reference > at => *reference -= 1,
            Shift::Inserted(at) if *reference >= at => *reference += 1,
            _ => {}
        }
    }
}

/// How records of one kind are cited by others.
#[derive(Clone, Copy)]
pub struct Citations {
    pub is_cited: fn(&Story, usize) -> bool,
    pub shift: fn(&mut Story, Shift),
}

/// Events and claims: nothing cites them.
pub const UNCITED: Citations = Citations {
    is_cited: |_, _| false,
    shift: |_, _| {},
};

pub const SOURCES: Citations = Citations {
    is_cited: |story, s| {
        story.quotes.iter().any(|q| q.source == s)
            || story.sources.iter().any(|x| x.revises == Some(s))
            || statements(story).any(|st| st.source == s)
    },
    shift: |story, by| {
        story
            .quotes
            .iter_mut()
            .for_each(|q| by.apply(&mut q.source));
        for source in &mut story.sources {
            if let Some(revises) = &mut source.revises {
                by.apply(revises);
            }
        }
        for claim in &mut story.claims {
            claim
                .statements
                .iter_mut()
                .for_each(|st| by.apply(&mut st.source));
        }
    },
};

pub const QUOTES: Citations = Citations {
    is_cited: |story, q| {
        story.events.iter().any(|e| e.quotes.contains(&q))
            || statements(story).any(|st| st.quotes.contains(&q))
            || story.places.iter().any(|p| {
                [&p.reported_area_km2, &p.reported_length_km]
                    .into_iter()
                    .flatten()
                    .any(|f| f.quote == q)
            })
    },
    shift: |story, by| {
        for event in &mut story.events {
            event.quotes.iter_mut().for_each(|q| by.apply(q));
        }
        for claim in &mut story.claims {
            for st in &mut claim.statements {
                st.quotes.iter_mut().for_each(|q| by.apply(q));
            }
        }
        for place in &mut story.places {
            for figure in [&mut place.reported_area_km2, &mut place.reported_length_km]
                .into_iter()
                .flatten()
            {
                by.apply(&mut figure.quote);
            }
        }
    },
};

pub const PLACES: Citations = Citations {
    is_cited: |story, p| {
        story.events.iter().any(|e| e.places.contains(&p))
            || story.quotes.iter().any(|q| q.mentions.contains(&p))
    },
    shift: |story, by| {
        for event in &mut story.events {
            event.places.iter_mut().for_each(|p| by.apply(p));
        }
        for quote in &mut story.quotes {
            quote.mentions.iter_mut().for_each(|p| by.apply(p));
        }
    },
};

fn statements(story: &Story) -> impl Iterator<Item = &crate::model::Statement> {
    story.claims.iter().flat_map(|c| &c.statements)
}
