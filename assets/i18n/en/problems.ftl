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
invalid-source-kind = a source is a .txt, .md, .html or .pdf file or a web archive (.wacz, .warc, .warc.gz), not .{ $extension }
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
geometry-position-sizes = positions of different sizes in one geometry: { $first } numbers, then { $then }; each position is [longitude, latitude] or [longitude, latitude, altitude] throughout
geometry-too-few-positions = { $what ->
    [multipoint] a MultiPoint
    [linestring] a LineString
    [multilinestring] a line of a MultiLineString
   *[ring] a Polygon ring
} needs at least { $least } positions (RFC 7946 { $rule }); this one has { $count }
geometry-nested = GeometryCollections nested more than { $depth } deep
geometry-unknown-type = "{ $kind }" is not a GeoJSON geometry type
geojson-needs-features = a FeatureCollection needs a "features" array (RFC 7946 §3.3)
geojson-unknown-type = "type" is "{ $kind }"; GeoJSON's are FeatureCollection, Feature and the geometry types
geojson-member-not-feature = a member of "features" has "type": "{ $kind }"; it must be "Feature"
geojson-feature-id = a Feature's "id" must be a string or a number (RFC 7946 §3.2)
geojson-feature-properties = a Feature needs "properties": an object, or null when it has none (RFC 7946 §3.2)
geojson-bbox = "bbox" must be 4 or 6 numbers (RFC 7946 §5)
step-bbox-size = has a bbox of { $count } numbers; it takes 4: west, south, east, north
step-bbox-longitudes = has a bbox whose longitudes are not between -180 and 180
step-bbox-latitudes = has a bbox whose latitudes are not between -90 and 90
step-bbox-order = has a bbox that is not west, south, east, north with south < north and west ≠ east (a west greater than its east crosses the antimeridian)
unreadable-folder = it is a folder, not a file
unreadable-not-regular = not a regular file (a pipe, socket or device)
notice-collection-members = the collection's own { $members } { $count ->
    [one] is
   *[other] are
} not kept: each place keeps its feature's members, not the collection's
archive-zip = not a readable zip archive (a WACZ is one): { $why }
archive-missing = the WACZ has no { $what }
archive-package = datapackage.json: { $why }
archive-digest = { $path }: its SHA-256 is { $actual }, but datapackage.json records { $recorded }: the archive was changed
archive-which-page = the archive holds { $count } pages; say which with --page (or choose it): { $list }
archive-no-page = the archive holds no page { $url }; it holds: { $list }
archive-no-response = no archived response for { $url } (only requests, revisits or other pages)
archive-response = the archived response for { $url }: { $what }
archive-too-large = { $what } is over { $limit } bytes unpacked
stamp-not-response = not an RFC 3161 time-stamp response: { $why }
stamp-not-granted = the authority did not grant a time-stamp (status { $status }{ $text })
stamp-no-token = the response holds no time-stamp token
stamp-malformed = the token is not a signed RFC 3161 time-stamp: { $why }
stamp-wrong-imprint = the token stamps { $stamped }, not this source's SHA-256 { $expected }
stamp-bad-signature = the token's signature does not verify: { $why }
stamp-other-authority = the token is signed by "{ $signer }", which the certificate "{ $trusted }" neither is nor issued
stamp-not-for-timestamping = the signing certificate "{ $name }" is not for time-stamping (no timeStamping extended key usage)
stamp-outside-validity = the token's time { $time } is outside its certificate's validity ({ $from } to { $to })
stamp-certificate = the certificate file: { $why }
stamp-unsupported = { $what } is not supported (RSA with SHA-256 is)
streets-unreadable = { $path }: cannot be read ({ $why })
streets-not-pmtiles = { $path }: is not a PMTiles archive ({ $why })
streets-not-vector = { $path }: holds { $kind } tiles; Chronomap draws vector tiles (MVT)
streets-tile = { $path }: tile { $tile } does not read ({ $why })
suggest-too-large = the text is { $size } bytes, over the { $limit } bytes suggestions are made for
suggest-published-not-day = "{ $given }" is not a day: give the publication date as YYYY-MM-DD (or a date-time)
journal-unreadable = { $path }:{ $line }: not an edit this version understands ({ $why })
save-would-change-source = { $path }: a different file is already there; a source's text is evidence and is never overwritten
stamp-no-source = the story has no source "{ $id }"
stamp-no-capture = source "{ $id }" has no capture record to time-stamp: run `chronomap capture` first
stamp-checked = time-stamp of { $id }: { $authority } vouches for { $time } ({ $how ->
    [verified] signature and certificate verified
   *[imprint] imprint checked; signature not checked (give --tsa-cert)
})
stamp-of-source = time-stamp of source "{ $id }": { $why }
rederive-fails = its text cannot be extracted again from { $original }: { $why }
rederive-differs = differs from the text extracted again from { $original } (by { $by }): the stored text is not what its original says
csv-needs-columns = the CSV needs a date (or edtf) column and a title column, or the columns of TimelineJS's template (Year… Headline) or of an ACLED export (event_date…)
csv-layout-events = events
csv-layout-timelinejs = TimelineJS template
csv-layout-acled = ACLED export
csv-part-out-of-range = { $what } "{ $text }" is not a number from { $from } to { $to }
csv-year = Year "{ $year }" is not a year from 1 to 9999
csv-time = Time "{ $time }" is not a time like 20:02 or 8:02 PM
csv-event-date = event_date "{ $date }" is not a date like 2024-04-17 or 17 April 2024
csv-time-precision = time_precision "{ $given }" is not 1 (day), 2 (week) or 3 (month)
csv-day-first = day first (dd/mm/yyyy)
csv-month-first = month first (mm/dd/yyyy)
csv-invalid = invalid CSV: { $why }
csv-row = row { $row } ({ $layout }): { $why }
csv-orders-disagree = "{ $date }" is { $order } but "{ $example }" is { $first }: the file's dates disagree on the order of day and month
csv-order-asked = --date-order asks for { $asked } but "{ $example }" can only be { $order }
csv-order-shown-at = as "{ $example }" (line { $line }) shows
csv-order-shown = as "{ $example }" shows
csv-order-as-asked = as --date-order says
csv-order-unsettled = "{ $date }" can be read day first or month first and no date of the file settles it: give --date-order dmy or mdy, or write dates as 2024-04-03
notice-csv-dates-read = { $file }: dates read { $order }, { $why }
csv-status = row "{ $id }": status "{ $status }" is not occurred, reported or planned
csv-place-unknown = row "{ $id }": place "{ $place }" is neither an id nor a name in the story, and the row has no lon/lat
opening-thread-stopped = the loading thread stopped
save-built-in-no-folder = the built-in story has no folder: choose one
parquet-unreadable = not a readable Parquet table: { $why }
notice-conflicts = { $count ->
    [one] a merge left 1 conflict to settle: `chronomap validate` lists it, `chronomap resolve` settles it
   *[other] a merge left { $count } conflicts to settle: `chronomap validate` lists them, `chronomap resolve` settles them
}
notice-mentions-from-words = { $count ->
    [one] 1 quote listed no place it names ("mentions"): the places its words name are used, and saving writes them
   *[other] { $count } quotes listed no place they name ("mentions"): the places their words name are used, and saving writes them
}
pdf-unreadable = this PDF cannot be read: { $why }
pdf-encrypted = this PDF is encrypted: a source must be a document anyone can read and check; add an unencrypted copy
pdf-no-text = no page of this PDF has text (pages { $pages } of { $count }): it is a scan or pictures of text, and Chronomap does not read text in images (no OCR)
pdf-pages-without-text = { $count ->
    [one] Page { $pages } of the PDF has no text (a scanned page?): nothing on it can be quoted.
   *[other] Pages { $pages } of the PDF have no text (scanned pages?): nothing on them can be quoted.
}
pdf-too-many-pages = this PDF has { $count } pages: Chronomap reads at most { $most } (split the document, or add the part that is quoted)
picture-unreadable = this picture cannot be read: { $why }
picture-too-large = this picture declares { $width } × { $height } pixels: Chronomap reads pictures of at most { $most } megapixels and 30 000 pixels a side (a file that declares more is refused before anything is decoded)
picture-metadata-unreadable = Its EXIF metadata could not be read ({ $why }): nothing is recorded of what they say.
problem-region-of-a-text = quote "{ $id }" marks a region ("xywh"), but source "{ $source }" is not a picture
problem-region-without-caption = quote "{ $id }" marks a region of a picture without a "caption" saying what it shows
problem-region-with-words = quote "{ $id }" marks a region of a picture and also gives words of a text ("exact", "prefix", "suffix" or "start"): a region quote has a caption only
problem-region-outside = quote "{ $id }": its region ({ $region }) does not lie inside its picture of { $width } × { $height } pixels
rederive-picture-record-differs = source "{ $source }": its capture record says of the picture what its file does not say (size or metadata): the record was edited, or the picture replaced
rederive-credentials-differ = source "{ $source }": its Content Credentials, validated again today, are { $now }; when captured they were { $then }
invalid-picture-size = source "{ $id }": its capture record says the picture is { $recorded } pixels, but { $file } is { $now }
