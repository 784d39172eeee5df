use chronomap::generate::{self, Size};
use std::time::Instant;
fn main() {
    let files = generate::story(Size::events(10_000), 42);
    let t = Instant::now();
    let story = chronomap::load::load(&files).unwrap();
    eprintln!("load {:?} {}", t.elapsed(), story.events.len());
    let t = Instant::now();
    let mut n = 0;
    for p in &story.places {
        if chronomap::load::check_geometry(&p.geometry).is_ok() {
            n += 1;
        }
    }
    eprintln!("check_geometry {:?} {n}", t.elapsed());
}
