# What the loader and the importers say is wrong, after the file and the line and column.

problem-missing = file not found
problem-unreadable = cannot read: { $why }
problem-unwritable = cannot write: { $why }
problem-too-large = the file is { $size } bytes, over the limit of { $limit } bytes
problem-story-too-large = the story's files together are over the limit of { $limit } bytes; this one is not read
problem-not-utf8 = not UTF-8 text (invalid byte at offset { $offset }); save the file as UTF-8
problem-not-a-story = no story here: a story is a folder with a story.json
problem-cancelled = opening was cancelled
problem-json = invalid JSON: { $why }
problem-geojson = invalid GeoJSON: { $why }
problem-duplicate-id = { $kind } id "{ $id }" is used more than once
problem-unknown-id = { $owner } refers to { $kind } "{ $id }", which the story does not have
problem-quote-not-found = quote "{ $id }": its exact text is not found in { $file }
problem-quote-ambiguous = quote "{ $id }": its text occurs { $count } times in { $file }; add a prefix or suffix to tell them apart
problem-quote-too-common = quote "{ $id }": its text occurs over { $max } times in { $file }; quote a longer passage
problem-quote-moved = quote "{ $id }" is recorded at character { $recorded } but its text is at character { $found }
problem-changed-since-capture = { $file } has changed since capture on { $captured }: its SHA-256 is { $now }, the record says { $recorded }
problem-duplicate-label = source "{ $id }" has the label "{ $label }", as source "{ $other }" does; give one of them its own "label"
problem-quote-empty = quote "{ $id }" is empty
problem-geometry = place "{ $id }": { $reason }
problem-more = … and { $count } more problems of this kind ({ $kind }) not listed

problem-kind-file-not-found = file not found
problem-kind-cannot-read = cannot read
problem-kind-cannot-write = cannot write
problem-kind-file-too-large = file too large
problem-kind-story-too-large = story too large
problem-kind-not-utf8 = not UTF-8
problem-kind-no-story = no story
problem-kind-cancelled = cancelled
problem-kind-invalid-json = invalid JSON
problem-kind-invalid-geojson = invalid GeoJSON
problem-kind-duplicate-id = duplicate id
problem-kind-reference-to-an-unknown-id = reference to an unknown id
problem-kind-quote-not-found = quote not found
problem-kind-quote-found-more-than-once = quote found more than once
problem-kind-quote-not-at-its-recorded-position = quote not at its recorded position
problem-kind-quote-too-common = quote too common
problem-kind-changed-since-capture = changed since capture
problem-kind-duplicate-source-label = duplicate source label
problem-kind-empty-quote = empty quote
problem-kind-invalid-date = invalid date
problem-kind-invalid-shape = invalid shape
problem-kind-invalid-record = invalid record
problem-kind-more-problems = more problems

# A record's kind is one of: source, place, quote, event, claim, step, row (of a CSV file).
problem-record = { $kind } "{ $id }"
problem-and-nearest = { $said }; { $nearest }
problem-nearest = the nearest passage, at character { $at }, has "{ $source }" where the quote has "{ $quote }"
problem-date = { $owner }: { $error }
problem-count = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}

# What the loader did that the files do not say (notices).
notice-listed = { $names }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
notice-named-by = { $count } by "{ $property }"
notice-named-by-property = features without a "name" were named by another property: { $how }
notice-named-by-place = { $count ->
    [one] { $count } feature had no name, title or id and is named by its place in the file ({ $names })
   *[other] { $count } features had no name, title or id and are named by their place in the file ({ $names })
}
notice-at = { $name } at [{ $x }, { $y }]
notice-perhaps-swapped = , its numbers perhaps swapped
notice-outside-wgs84 = { $count ->
    [one] { $count } place has
   *[other] { $count } places have
} coordinates outside WGS84 (longitude −180 to 180, latitude −90 to 90; GeoJSON's order is [longitude, latitude]), kept as given: a longitude past ±180° is read across the antimeridian, a latitude past ±90° cannot be drawn and is left out of Fit: { $names }
notice-no-geometry = { $count ->
    [one] { $count } feature with no geometry (null) is left out, as a map cannot show it
   *[other] { $count } features with no geometry (null) are left out, as a map cannot show them
}: { $names }
notice-bare-geometry = the file is a bare { $kind } with no name: it is one place, "{ $name }"
notice-ids-made = { $count ->
    [one] { $count } place had no id and got one from its name
   *[other] { $count } places had no id and got one from their name
} ({ $names }); saving the story writes them
notice-capture-differs = { $file } differs from its capture of { $captured } only by { $how }: its words are unchanged
notice-bom = a leading byte order mark
notice-crlf-bom = CRLF line ends and a leading byte order mark
notice-crlf = CRLF line ends

# The details of invalid records.
invalid-format = the story is in format "{ $format }"; this build of Chronomap reads { $reads }
invalid-no-title = the story has no title
invalid-revises-itself = source "{ $id }" cannot revise itself
invalid-place-no-name = place "{ $id }" has no name
invalid-event-no-title = event "{ $id }" has no title
invalid-statement-other-source = claim "{ $claim }": the statement of source "{ $source }" cites quote "{ $quote }", which is from source "{ $other }"
invalid-claim-two-sources = claim "{ $claim }" needs statements from at least two different sources (it has { $count })
invalid-outside-folder = file names must stay inside the story folder
invalid-link-outside = it is a link to { $target }, outside the story folder; copy the file into the folder instead
invalid-captured-not-date = source "{ $id }": captured "{ $captured }" is not a date-time like 2024-04-17T21:05:00Z
invalid-source-kind = a source is a .txt, .md or .html file or a web archive (.wacz, .warc, .warc.gz), not .{ $extension }
invalid-no-article-text = no article text found: { $why }
invalid-give-published = give the publication date (EDTF, e.g. 2024-04-17): the file's metadata does not say it
invalid-text-empty = the text is empty
invalid-needs-title = the source needs a title
invalid-row-no-title = row "{ $id }" has no title
invalid-no-start-year = event "{ $id }" has no start_date year
invalid-step-no-title = step "{ $id }" has no title
invalid-step-window = step "{ $id }": window { $error }
invalid-step-bbox = step "{ $id }" { $what }
invalid-step-view = step "{ $id }" has a view that needs either "bbox" or "fit", not both or neither

# What is wrong with a shape.
shape-ring-exterior = { $part ->
    [0] exterior ring
   *[other] part { $part } exterior ring
}
shape-ring-hole = { $part ->
    [0] hole { $hole }
   *[other] part { $part } hole { $hole }
}
shape-self-intersection = invalid shape: { $ring } has a self-intersection
shape-share-edge = invalid shape: { $a } and { $b } share an edge
shape-cross = invalid shape: { $a } crosses { $b }
shape-no-area = invalid shape: { $ring } encloses no area (its points fold back on one line)
shape-hole-outside = invalid shape: { $hole } is outside its exterior ring
shape-few-points = invalid shape: { $ring } must have at least 3 distinct points
shape-parts-overlap = invalid shape: parts { $first } and { $second } overlap
shape-empty = the geometry is empty
shape-invalid = invalid shape: { $why }
geometry-position-short = a position has fewer than two numbers; GeoJSON positions are [longitude, latitude]
geometry-position-short-coordinates = a position has fewer than two coordinates; GeoJSON positions are [lon, lat]
geometry-ring-not-closed = a Polygon ring must end at the position it starts from (RFC 7946 §3.1.6); this one is not closed
geometry-needs-coordinates = a { $kind } needs "coordinates"
geometry-changed-meaning = a { $kind } must not have "{ $member }": GeoJSON's members keep their meaning, and this one belongs to another type of object (RFC 7946 §7.1)
