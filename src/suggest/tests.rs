use super::*;

#[path = "day_rule_cases.rs"]
mod day_rule_cases;
#[path = "news_cases.rs"]
mod news_cases;
#[path = "rule_cases.rs"]
mod rule_cases;

fn wednesday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 4, 17).expect("a day")
}

/// The one suggestion of `text`, published on `published`.
fn only(language: &str, published: NaiveDate, text: &str) -> Suggestion {
    let mut found = suggest(text, published, language, None).expect("suggestions");
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.remove(0)
}

/// The one suggestion of `text` published on Wednesday 17 April 2024: its EDTF date and its rule.
fn one(language: &str, text: &str) -> (String, &'static str) {
    let found = only(language, wednesday(), text);
    (found.date.edtf, found.rule)
}

/// A test per rule: each rule, on a sentence that needs it, resolved against Wednesday 17 April 2024.
#[test]
fn every_rule_resolves_its_expression() {
    check_cases(day_rule_cases::CASES);
    check_cases(rule_cases::PERIOD_CASES);
}

/// Each sentence gives one suggestion, of this date, by this rule.
fn check_cases(cases: &[(&str, &str, &str, &str)]) {
    for &(language, text, edtf, rule) in cases {
        assert_eq!(one(language, text), (edtf.to_owned(), rule), "{text}");
    }
}

/// The rules that point back at the date the text last established.
#[test]
fn anaphoric_expressions_count_from_the_date_before() {
    let pairs: &[(&str, &str, &str, &str)] = &[
        (
            "fr",
            "Le 16 avril, des images sont apparues. La veille, un convoi était passé.",
            "2024-04-15",
            "fr-eve",
        ),
        (
            "fr",
            "Le 10 avril, le convoi est parti. Le lendemain, il atteignait la frontière.",
            "2024-04-11",
            "fr-next-day",
        ),
        (
            "fr",
            "Le 10 avril, le convoi est parti. Le même jour, Bakou a protesté.",
            "2024-04-10",
            "fr-same-day",
        ),
        (
            "en",
            "On 16 April 2024 images appeared. A day earlier, a convoy had passed.",
            "2024-04-15",
            "en-day-before",
        ),
        (
            "en",
            "On 10 April 2024 the convoy left. The next day, it reached the border.",
            "2024-04-11",
            "en-next-day",
        ),
        (
            "en",
            "On 10 April 2024 the convoy left. The same day, Baku protested.",
            "2024-04-10",
            "en-same-day",
        ),
        (
            "fr",
            "En septembre 2023, l'offensive a eu lieu. L'Arménie avait alors dénoncé l'inaction de Moscou.",
            "2023-09~",
            "fr-then",
        ),
        (
            "en",
            "In September 2023 the offensive took place. Armenia at the time denounced Moscow.",
            "2023-09~",
            "en-then",
        ),
        (
            "fr",
            "Le 29 octobre, une alerte rouge a été lancée. Dans l'après-midi, la rivière a débordé.",
            "2023-10-29",
            "fr-part-of-that-day",
        ),
        (
            "en",
            "On 20 October 2023 a red warning was issued. That afternoon, the river burst its banks.",
            "2023-10-20",
            "en-part-of-that-day",
        ),
        (
            "fr",
            "Il s'agit des pires inondations depuis 1996 dans le pays. Cette année-là, 87 personnes étaient mortes.",
            "1996",
            "fr-that-year",
        ),
        (
            "en",
            "The river last burst its banks in 2007. That year, hundreds of homes were flooded.",
            "2007",
            "en-that-year",
        ),
    ];
    for &(language, text, edtf, rule) in pairs {
        let found = suggest(text, wednesday(), language, None).expect("suggestions");
        assert_eq!(found.len(), 2, "{text}: {found:#?}");
        assert_eq!(
            (found[1].date.edtf.as_str(), found[1].rule),
            (edtf, rule),
            "{text}"
        );
    }
}

#[test]
fn a_weekday_resolves_to_the_last_such_day_up_to_publication_and_says_so() {
    let found = suggest(
        "La presse a rapporté mardi en fin de journée que le retrait avait commencé.",
        wednesday(),
        "fr",
        None,
    )
    .expect("one");
    assert_eq!(
        found[0].resolution,
        "mardi → Tuesday 16 April 2024, the day before publication"
    );
    let same = suggest(
        "Le porte-parole a réaffirmé mercredi que c'était le cas.",
        wednesday(),
        "fr",
        None,
    )
    .expect("one");
    assert_eq!(same[0].date.edtf, "2024-04-17");
}

/// Words are told apart with letters of any script: an expression glued to an accented letter is
/// part of another word, one after an apostrophe or a space is not.
#[test]
fn expressions_start_and_end_at_words_of_any_script() {
    assert_eq!(one("fr", "L'été 2023 fut sec.").0, "2023-22");
    assert_eq!(one("fr", "Elle a parlé à l'été 2023.").0, "2023-22");
    for glued in [
        "La Société 2023 a voté.",
        "Le code é17/04 reste.",
        "Le mot hierá ne dit rien.",
        "Le mot éhier ne dit rien.",
    ] {
        let found = suggest(glued, wednesday(), "fr", None).expect("suggestions");
        assert!(found.is_empty(), "{glued}: {found:#?}");
    }
}

#[test]
fn future_and_intended_events_are_planned() {
    let found = suggest(
        "La mission devait se terminer en 2025.",
        wednesday(),
        "fr",
        None,
    )
    .expect("one");
    assert_eq!(found[0].status, Status::Planned);
    let past = suggest(
        "En septembre 2023, l'Azerbaïdjan a mené une offensive.",
        wednesday(),
        "fr",
        None,
    )
    .expect("one");
    assert_eq!(past[0].status, Status::Occurred);
}

#[test]
fn a_date_line_and_a_text_without_dates_give_no_suggestions() {
    assert!(
        suggest("17 Avril 2024 20:02 (UTC+01:00)\n", wednesday(), "fr", None)
            .expect("ok")
            .is_empty()
    );
    assert!(
        suggest(
            "Les soldats sont partis. Personne n'a rien dit.",
            wednesday(),
            "fr",
            None
        )
        .expect("ok")
        .is_empty()
    );
    assert!(suggest("", wednesday(), "en", None).expect("ok").is_empty());
}

#[test]
fn every_quote_is_a_sentence_of_the_text_word_for_word() {
    let text = "Selon Sputnik Arménie, des images sont apparues la veille dans les médias.\n\nLa mission devait se terminer en 2025. Hier, rien.";
    for s in suggest(text, wednesday(), "fr", None).expect("ok") {
        assert_eq!(&text[s.bytes.clone()], s.quote);
    }
}

#[test]
fn towns_of_the_gazetteer_are_found_in_a_sentence() {
    let found = suggest(
        "On 16 April 2024 a convoy left Goris for Yerevan.",
        wednesday(),
        "en",
        None,
    )
    .expect("one");
    assert_eq!(found[0].places, ["Goris", "Yerevan"]);
}

#[test]
fn a_huge_text_is_refused_and_a_long_line_handled_in_bounded_time() {
    let huge = "a".repeat(MAX_TEXT_BYTES + 1);
    assert!(matches!(
        suggest(&huge, wednesday(), "fr", None),
        Err(SuggestError::TooLarge(_))
    ));
    let line = "le 17 avril ".repeat(300_000);
    let started = std::time::Instant::now();
    let found = suggest(
        &line[..MAX_TEXT_BYTES.min(line.len())],
        wednesday(),
        "fr",
        None,
    )
    .expect("ok");
    assert!(found.is_empty(), "a 3.6 MB line is no sentence to quote");
    assert!(started.elapsed().as_secs() < 20);
}

#[test]
fn the_language_is_told_by_its_commonest_words() {
    assert_eq!(
        detect_language("Les soldats de la paix ont quitté la région et la ville."),
        "fr"
    );
    assert_eq!(
        detect_language("The peacekeepers left the region and the town."),
        "en"
    );
}

#[test]
fn a_dateline_is_not_an_event_but_the_sentence_after_it_is() {
    let text = "KYIV, 3 March 2025 (AFP) — The convoy left the city yesterday, officials said.";
    let found = suggest(
        text,
        NaiveDate::from_ymd_opt(2025, 3, 3).expect("a day"),
        "en",
        None,
    )
    .expect("ok");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].date.edtf, "2025-03-02");
    assert!(found[0].quote.starts_with("The convoy"));
}

#[test]
fn headings_bylines_and_datelines_are_not_events() {
    let text = "Revue de presse du Caucase, 17 avril 2024\nPar Anna Petrossian, 17/04/2024\nErevan, 17 avril (AFP) - Le convoi est parti mardi.\nHier, le convoi - vingt camions - a franchi la frontière.";
    let found = suggest(text, wednesday(), "fr", None).expect("ok");
    let dates: Vec<&str> = found.iter().map(|s| s.date.edtf.as_str()).collect();
    assert_eq!(dates, ["2024-04-16", "2024-04-16"], "{found:#?}");
    assert!(found[0].quote.starts_with("Le convoi"));
    assert!(found[1].quote.starts_with("Hier, le convoi"));
}

#[test]
fn a_year_the_text_writes_out_dates_the_days_that_follow_it() {
    let text = "En 2018, Nikol Pachinian a pris la tête des manifestations. Le 8 mai, il a été élu. Le 17 avril, le retrait a commencé.";
    let published = NaiveDate::from_ymd_opt(2024, 4, 20).expect("a day");
    let found = suggest(text, published, "fr", None).expect("ok");
    let dates: Vec<(&str, &str)> = found
        .iter()
        .map(|s| (s.date.edtf.as_str(), s.resolution.as_str()))
        .collect();
    assert_eq!(dates[1].0, "2018-05-08", "{dates:?}");
    assert!(
        dates[1]
            .1
            .contains("2018, the year the text has just written out"),
        "{dates:?}"
    );
    // Three sentences on, the year written no longer holds: publication's does.
    let later = "En 2018, il a été élu. Rien. Rien. Rien. Le 17 avril, le retrait a commencé.";
    let found = suggest(later, published, "fr", None).expect("ok");
    assert_eq!(
        found.last().map(|s| s.date.edtf.as_str()),
        Some("2024-04-17")
    );
}

#[test]
fn an_anaphor_counts_from_the_day_the_text_last_gave() {
    for (text, language) in [
        (
            "Le convoi est parti le 10 avril. Deux jours plus tôt, les troupes avaient été prévenues. Ce jour-là, rien n'a bougé.",
            "fr",
        ),
        (
            "The convoy left on 10 April. Two days earlier the troops were warned. On that day nothing moved.",
            "en",
        ),
    ] {
        let found = suggest(text, wednesday(), language, None).expect("ok");
        let dates: Vec<&str> = found.iter().map(|s| s.date.edtf.as_str()).collect();
        let expected = ["2024-04-10", "2024-04-08", "2024-04-08"];
        assert_eq!(dates, expected, "{language}: {found:#?}");
    }
}

#[test]
fn a_suggestion_the_shipped_story_already_has_is_known_as_its_duplicate() {
    let story = crate::load::load(&crate::shipped::karabakh()).expect("loads");
    let anon = story
        .sources
        .iter()
        .position(|s| s.id == "anon")
        .expect("anon");
    let found = for_source(&story, anon).expect("ok");
    let autumn = found
        .iter()
        .find(|s| s.date.edtf == "2020-23")
        .expect("the war");
    let event = duplicate_of(&story, anon, autumn).expect("a duplicate");
    assert_eq!(story.events[event].date.edtf, "2020-23");
    // The heading says it too, but no event quotes the heading.
    let heading = found
        .iter()
        .find(|s| s.quote == "La mission devait prendre fin en 2025")
        .expect("the heading");
    assert_eq!(duplicate_of(&story, anon, heading), None);
}

/// Every rule has its case in the tables above (so a rule added without a test fails here).
#[test]
fn this_season_is_an_edtf_season_explained_as_the_story_s_dates_are() {
    let january = NaiveDate::from_ymd_opt(2024, 1, 15).expect("a day");
    let winter = only("fr", january, "Il a beaucoup neigé cet hiver.");
    // In January, this winter began the December before.
    assert_eq!(winter.date.edtf, "2023-24");
    let autumn = only("fr", wednesday(), "La récolte commencera cet automne.");
    assert_eq!(autumn.date.edtf, "2024-23");
    let explained = crate::date::resolve("2024-23").expect("a season").explain();
    assert!(
        autumn.resolution.contains(&explained),
        "{}",
        autumn.resolution
    );
}

#[test]
fn every_rule_has_a_test_case() {
    let cases = [
        include_str!("tests.rs"),
        include_str!("day_rule_cases.rs"),
        include_str!("rule_cases.rs"),
    ]
    .concat();
    let untested: Vec<&str> = rules::RULES
        .iter()
        .map(|r| r.name)
        .filter(|name| {
            !["\",", "\")"]
                .iter()
                .any(|end| cases.contains(&format!("\"{name}{end}")))
        })
        .collect();
    assert!(
        untested.is_empty(),
        "rules without a test case: {untested:?}"
    );
}

#[test]
fn how_a_date_was_worked_out_is_said_in_the_window_s_language() {
    let text = "Mardi, les premiers soldats russes ont quitté la région. Le 10 avril, un convoi est parti.";
    crate::i18n::set_language(crate::i18n::Language::French);
    let found = suggest(text, wednesday(), "fr", None).expect("suggestions");
    crate::i18n::set_language(crate::i18n::Language::English);
    let said: Vec<&str> = found.iter().map(|s| s.resolution.as_str()).collect();
    assert_eq!(
        said,
        [
            "Mardi → mardi 16 avril 2024, la veille de la publication",
            "jour et mois tels qu'écrits, 2024, l'année de la publication → mercredi 10 avril 2024"
        ]
    );
    let english = suggest(text, wednesday(), "fr", None).expect("suggestions");
    assert_eq!(
        english[0].resolution,
        "Mardi → Tuesday 16 April 2024, the day before publication"
    );
}
