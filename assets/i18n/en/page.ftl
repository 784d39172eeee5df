# The published page's own words (its chrome): everything it writes that is not the story's.
# The page carries these for both languages and a reader switches between them; a message's
# arguments are filled in by the page's script (assets/publish/words.js).

page-read-in-other = Lire en français
page-checking = Checking the evidence…
page-needs-script = This page needs JavaScript to draw its map and timeline and to check its quotes.
page-map-region = Map
page-map-image = Map of the story's places
page-zoom-in = Zoom in
page-zoom-out = Zoom out
page-fit = Fit
page-map-note = Dashed outlines are schematic (approximate) shapes. Red: places of the events at the cursor.
page-streets = Streets: { $attribution }.
page-timeline-region = Timeline
page-time-cursor = Time cursor: drag, or press the left and right arrow keys to step between events
page-panels = Panels
page-tab-tour = Tour
page-tab-events = Events
page-tab-places = Places
page-tab-sources = Sources
page-tab-compare = Sources compared
page-credits = Published with Chronomap. Base map: Natural Earth (public domain). Every quote is shown as its source has it; this page checks, when it opens, that no source text or quote was changed after publication.

page-cursor = Cursor: { $date }
page-events-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
page-at-the-cursor = { $count ->
    [one] { $count } event at the cursor
   *[other] { $count } events at the cursor
}
page-cursor-now = { $date }, { $count ->
    [one] { $count } event
   *[other] { $count } events
}
page-evidence = { $quotesFound } of { $quotes } quotes found in their sources, { $sourcesKept } of { $sources } sources unchanged since { $since ->
    [capture] capture
   *[other] capture or publication
}.
page-evidence-none = No sources yet: this story has no quotes to check.
page-evidence-printed = Evidence, checked by this page on { $day }: { $line }
page-evidence-unchecked = Evidence: not checked yet.
page-source-changed = Source changed: { $source } (its text no longer hashes to { $sha256 })
page-quote-moved = Quote not found at its place: { $quote } in { $source }: { $words }

page-read-in-source = Read in source
page-sources-differ = ⇄ Sources differ: { $topic }
page-places-of-event = Places:
page-all-events = All events ({ $count })
page-at-cursor-heading = At the cursor, { $date }: { $count ->
    [one] { $count } event
   *[other] { $count } events
}
page-place-hint = Click a place on the map or in the list to see its card.
page-all-places = All places ({ $count })
page-also-written = Also written: { $names }
page-events-here = Events here
page-quotes-naming = Quotes that name it
page-schematic-name = { $name } (schematic)

page-hash-verified = verified in this page: the text hashes to it
page-hash-changed = DOES NOT MATCH: the text was changed after publication
page-hash-checking = being checked
page-captured = Captured { $time }. SHA-256 { $sha256 } ({ $check }).
page-not-captured = No capture record. SHA-256 when published { $sha256 } ({ $check }).
page-publisher-unnamed = Publisher not named
page-extracted-from = Extracted from { $file } (SHA-256 { $sha256 }), kept with the story.
page-archived = Page { $url } as a web archive recorded it on { $time }.
page-time-stamped = Time-stamped by { $authority } at { $time }: the text existed then (RFC 3161; the token is kept with the story, verified with chronomap validate --tsa-cert). It does not show the text is true.
page-reader-hint = Yellow: words that back an event; blue: words that name a place. Click one to go to it.
page-compare-hint = The facts the sources report differently, every source side by side.
page-not-reported = not reported

page-no-tour = This story has no guided tour: read it through the events, places and sources.
page-previous = ← Previous
page-next = Next →
page-start-tour = Start the tour →
page-tour-steps = Tour steps
page-tour-heading = The tour ({ $count ->
    [one] { $count } step
   *[other] { $count } steps
})
page-steps-count = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
page-step-of = Step { $step } of { $count }
page-printed-step = { $title } — step { $step } of { $count }
page-tour-hint = Step through the story: each step moves the timeline and the map, and rests on the words of the sources. PageDown and PageUp step too.
page-step-events = Events:
page-step-announced = Step { $step } of { $count }: { $title }

page-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
page-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
page-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
page-year-before-era = { $year } BC
page-checked = ✔ Checked by { $by } on { $date }
page-changed-since-checked = ⚠ Changed since checked by { $by } on { $date }
page-checked-count = { $checked } of { $total } events and claims checked by an editor.
page-changed-count = { $count ->
    [one] 1 changed since its check.
   *[other] { $count } changed since their checks.
}
page-credit-page = { $credit }, p. { $page }
page-more-below = { $count ->
    [one] … and 1 more in the list below
   *[other] … and { $count } more in the list below
}
page-none = none
page-region-caption = Region of the picture: { $caption }
page-credit-region = { $credit }, region { $region }
page-picture-reduced = The picture shown is a reduced copy (the original is over 2 MiB); the original, { $file }, has SHA-256 { $sha256 }: this page cannot check a copy against it.
page-picture-verified = ✓ The picture shown is the original, { $file }, unchanged since capture (SHA-256 { $sha256 }, checked by this page).
page-picture-changed = ✗ The picture shown is not the original captured: { $file } should have SHA-256 { $sha256 }.
page-evidence-pictures = { $verified } of { $total } { $total ->
    [one] picture
   *[other] pictures
} checked against the original's hash{ $reduced ->
    [0] .
   *[other] { " " }({ $reduced } shown as a reduced copy, which cannot be).
}
