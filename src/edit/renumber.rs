//! References are positions in the story's lists: removing or inserting a source, quote or place
//! moves the references to the records after it.

use crate::model::{Step, StepView, Story};

#[derive(Debug, Clone, Copy)]
pub enum Shift {
    Removed(usize),
    Inserted(usize),
    /// A record taken from one position to another: references to it follow it, those between
    /// close up behind it.
    Moved {
        from: usize,
        to: usize,
    },
}

impl Shift {
    fn apply(self, reference: &mut usize) {
        match self {
            Shift::Removed(at) if *reference > at => *reference -= 1,
            Shift::Inserted(at) if *reference >= at => *reference += 1,
            Shift::Moved { from, to } if *reference == from => *reference = to,
            Shift::Moved { from, to } if from < to && (from..=to).contains(reference) => {
                *reference -= 1
            }
            Shift::Moved { from, to } if to < from && (to..from).contains(reference) => {
                *reference += 1
            }
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

/// Claims and steps: nothing cites them.
pub const UNCITED: Citations = Citations {
    is_cited: |_, _| false,
    shift: |_, _| {},
};

/// Events: the tour's steps bring them forward.
pub const EVENTS: Citations = Citations {
    is_cited: |story, e| story.steps.iter().any(|s| s.events.contains(&e)),
    shift: |story, by| {
        for step in &mut story.steps {
            step.events.iter_mut().for_each(|e| by.apply(e));
        }
    },
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
            || story.steps.iter().any(|s| s.quotes.contains(&q))
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
        for step in &mut story.steps {
            step.quotes.iter_mut().for_each(|q| by.apply(q));
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
            || story.steps.iter().any(|s| step_places(s).any(|&x| x == p))
    },
    shift: |story, by| {
        for event in &mut story.events {
            event.places.iter_mut().for_each(|p| by.apply(p));
        }
        for quote in &mut story.quotes {
            quote.mentions.iter_mut().for_each(|p| by.apply(p));
        }
        for step in &mut story.steps {
            step.places.iter_mut().for_each(|p| by.apply(p));
            if let StepView::Fit(fit) = &mut step.view {
                fit.iter_mut().for_each(|p| by.apply(p));
            }
        }
    },
};

fn statements(story: &Story) -> impl Iterator<Item = &crate::model::Statement> {
    story.claims.iter().flat_map(|c| &c.statements)
}

/// The places a step names: those it brings forward and those its map view fits.
pub fn step_places(step: &Step) -> impl Iterator<Item = &usize> {
    let fit = match &step.view {
        StepView::Fit(places) => places.as_slice(),
        StepView::Bounds(_) => &[],
    };
    step.places.iter().chain(fit)
}
