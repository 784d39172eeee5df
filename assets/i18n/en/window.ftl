# The window's words in English. Every message here has its French twin in ../fr/window.ftl
# (tests/languages.rs fails on one missing either side).

## Menus
menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-new-story = New story…
menu-open-folder = Open story folder…
menu-open-story-json = Open story.json…
menu-open-recent = Open recent
menu-no-recent = No recent story
menu-open-shipped = Open the shipped story
menu-open-path = Open or import a path…
menu-open-path-hint = When no file dialog can be shown, type the path instead
menu-add-source = Add source…
menu-import = Import into this story
menu-export = Export
menu-export-png = Current view as PNG…
menu-publish = Publish as web page…
menu-publish-hint = One HTML file with the map, timeline, sources and tour, that opens with no network and checks its own quotes
menu-base-map = Base map…
menu-base-map-hint = Draw the streets, water and names of a PMTiles file of vector tiles (Protomaps' basemap or OpenMapTiles) under the story; published pages carry them around its places
menu-no-street-map = No street map (now { $file })
menu-save = Save
menu-save-disabled = The built-in story has no folder: Save story as folder…
menu-save-as-folder = Save story as folder…
menu-quit = Quit
menu-dark-theme = Dark theme
menu-reset-layout = Reset layout
menu-language = Language
menu-language-system = As the system ({ $language })
menu-about = About Chronomap

## Tabs
tab-events = Events
tab-places = Places
tab-sources = Sources
tab-find = Find
tab-tour = Tour
tab-at-cursor = At the cursor
tab-place = Place
tab-source = Source
tab-compare = Sources compared

## The timeline's controls
timeline-previous = ← Previous
timeline-previous-hint = Previous event (←)
timeline-play = Play
timeline-pause = Pause
timeline-play-hint = Play or pause (Space)
timeline-next = Next →
timeline-next-hint = Next event (→)
timeline-loop = Loop
timeline-speed = speed
timeline-go-to-date = Go to date:
timeline-go-to-date-name = Go to date
timeline-date-hint = EDTF, e.g. 2024-04-17
timeline-go = Go
timeline-cursor = Cursor: { $date }

## The map
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-fit = Fit
map-fit-hint = Show the whole story
map-legend = Legend
map-legend-hint = Show or hide what the colours and lines mean
map-add-place = Add place:
map-by-name = By name…
map-by-name-hint = Find a town by any of its names in the bundled gazetteer (GeoNames)
map-point = Point
map-point-hint = Add a place drawn as a point
map-line = Line
map-line-hint = Add a place drawn as a line
map-area = Area
map-area-hint = Add a place drawn as an area
map-click-point = Click the map where the place is
map-click-vertices = Click the map to add vertices ({ $count } so far, at least { $needed })
map-finish = Finish
map-finish-hint = Enter, or double-click the last vertex
map-undo-vertex = Undo vertex
map-cancel = Cancel

## The map's legend
legend-name = Legend: { $rows }
legend-region = region
legend-district = district
legend-corridor = corridor
legend-deployment = peacekeeping deployment
legend-site = site
legend-town = town
legend-schematic = schematic shape (approximate)
legend-current = concerned by events at the cursor

## The timeline's legend
timeline-legend-day = occurred (day)
timeline-legend-period = occurred (period)
timeline-legend-reported = reported, approximate date ~
timeline-legend-planned = planned
timeline-legend-cursor = cursor: drag it, ← → step between events, Space plays

## Statuses, as the window says them
status-occurred = occurred
status-reported = reported
status-planned = planned

## The events list and its filter
list-new-event = + New event
list-edit-event = Edit event
filter = Filter
filter-sources = Sources
filter-status = Status
filter-at-place = At place
filter-any-place = any place
filter-dates = Dates
filter-dates-any = exact or approximate
filter-dates-exact = exact only
filter-dates-approximate = approximate only
filter-clear = Clear filters

## At the cursor
cursor-no-event = No event at the cursor. Use Next → (or the → key) to jump to the next one.
cursor-places = Places:
cursor-more-events = … and { $count ->
        [one] one more event
       *[other] { $count } more events
    } at this date: see the Events list.

## Quotes and where sources differ
quote-open-hint = Open the article at this passage
quote-not-found-later = △ Not found in the later version «{ $source }»
quote-reworded-later = △ Reworded in the later version «{ $source }»
quote-read-it = Read it
quote-read-in-source = Read in source
differ-link = Sources differ: { $topic }
differ-link-hint = Open the comparison of what each source reports

## The tour
tour-previous = ← Previous step
tour-next = Next step →
tour-start = Start the tour →
tour-step-of = Step { $step } of { $steps }
tour-steps = { $steps ->
        [one] 1 step
       *[other] { $steps } steps
    }
tour-heading = The tour ({ $steps ->
        [one] 1 step
       *[other] { $steps } steps
    })
tour-none = This story has no tour yet. Put the timeline and the map where a reader should look, select what matters, then make a step of it.
tour-intro = Step through the story: each step moves the timeline and the map and rests on the words of the sources.
tour-events = Events:
tour-no-quote = This step rests on no quote yet: edit it to add the words it stands on.
tour-step = Step { $step }:
tour-earlier = ↑ Earlier
tour-later = ↓ Later
tour-edit = Edit step
tour-delete = Delete step
tour-new = + New step from this view
tour-new-hint = The timeline's window, the map's view and what is selected become a step

## A place's card
place-none = Click a place on the map or in the list to see its card.
place-edit = Edit place
place-also-written = Also written: { $names }
place-other-properties = Other properties in the file ({ $count })
place-events = Events here
place-quotes = Quotes that name it
place-area-measured = Area computed by the map: ≈ { $value } km²
place-area-measured-schematic = Area computed by the map: ≈ { $value } km² on the schematic shape, approximate
place-length-measured = Length computed by the map: ≈ { $value } km
place-length-measured-schematic = Length computed by the map: ≈ { $value } km on the schematic shape, approximate
place-area-reported = Reported by { $source }: { $value } km²
place-length-reported = Reported by { $source }: { $value } km
place-no-events = none
place-no-quotes = none

## A gap the timeline collapses, said in how long it is
timeline-gap-years = { $years } yr
timeline-gap-months = { $months } mo

## Find
find-hint = Find a name, a word, a quote…
find-name = Find in the story
find-nothing = Nothing found (case and accents are ignored)
find-found = { $found } found
find-found-first = { $found } found; the first { $listed } listed
find-event = Event
find-place = Place
find-quote = Quote
find-text = Text

## Sources compared
compare-new = + Sources differ…
compare-new-hint = Record one fact two or more sources report differently, with their quotes
compare-new-disabled = A claim compares two or more sources
compare-none = The story records no facts that its sources report differently.
compare-edit = Edit claim
compare-edit-hint = Change its topic and statements, or remove it

## Dialogs
dialog-problems = Problems
dialog-problems-still-open = The story that was open is still open. Fix these and try again:
dialog-close = Close
dialog-note = Note
dialog-ok = OK
dialog-unsaved = Unsaved changes
dialog-unsaved-text = “{ $title }” has changes that are not saved.
dialog-save = Save
dialog-discard = Discard changes
dialog-cancel = Cancel
dialog-recovery = Unsaved edits found
dialog-recovery-text = This story was closed without saving { $edits ->
        [one] 1 edit
       *[other] { $edits } edits
    } (Chronomap was stopped or crashed).
dialog-recovery-how = Restoring replays them on the saved story; they can then be undone or saved.
dialog-restore = Restore them
dialog-give-up = Give them up

## Kinds of place, as the window says them
kind-country = country
kind-region = region
kind-district = district
kind-corridor = corridor
kind-deployment = deployment
kind-site = site
kind-city = city
list-evidence-revised = △ A quote backing it was reworded or lost in a later version of its source
shape-as-given = position as given

## The reader
reader-no-sources = This story has no sources.
reader-edit-details = Edit details
reader-edit-details-hint = Title, label, publisher, date, language, address: never the text
reader-open-original = Open the original page
reader-address-not-opened = Address (not opened: not http or https): { $address }
reader-remove-quote = Remove this quote…
reader-remove-quote-hint = Say what removing the highlighted quote takes with it, then remove it
reader-select = Select text to quote
reader-select-hint = Make the text selectable, to quote a passage as an event's evidence
reader-suggest = Suggest events
reader-suggest-hint = Find the dated sentences of this source, to accept as events
reader-quote = Quote the selection
reader-quote-hint = Ctrl+Q: the selected words become the evidence of an event
reader-quote-claim = Quote into a claim
reader-quote-claim-hint = Ctrl+Shift+Q: the selected words back what this source states in a claim (Sources differ)
reader-hint-quoting = Select words in the text, then Quote the selection (Ctrl+Q) for an event, or Quote into a claim.
reader-hint-no-quote = No passage is quoted yet: Select text to quote, to make one the evidence of an event.
reader-hint-highlights = Highlighted: passages that back an event (yellow) or name a place (blue). Click one to go to it.
reader-hover-event = Event: { $title }
reader-hover-names = Names: { $name }
dialog-open-folder = Open a story folder
dialog-story-kind = Chronomap story
dialog-publish = Publish the story as one web page
dialog-web-page-kind = Web page
dialog-save-folder = Save the story into a folder
dialog-street-map = Draw a street map (PMTiles) under the story
dialog-type-it = No file dialog can be shown on this desktop: type the path in the field.
quote-removal-title = Remove a quote
opening-title = Opening a story
check-none = Not checked
check-holds = Checked by { $by } on { $day }
check-changed = Changed since checked by { $by } on { $day }
check-mark = Mark checked
check-again = Check again
check-mark-hint = Record that { $by } checked this now, with its SHA-256 as it is: any later change will show
check-your-name = Your name
check-your-name-first = Give your name first: a check says who made it
menu-conflicts = Conflicts ({ $count })…
conflicts-title = Conflicts ({ $count })
conflicts-none-left = No conflict left. Save to write what was settled.
conflicts-hint = A merge changed these two ways. The story holds ours until one is taken; each choice can be undone, and saving writes it.
conflicts-whole-object = the whole object
conflicts-ours = Ours (this copy)
conflicts-theirs = Theirs (merged in)
conflicts-base = Before both: { $value }
conflicts-take-ours = Take ours
conflicts-take-theirs = Take theirs
conflicts-edit = Edit…
conflicts-edit-hint = Keep ours and open the form, to write a value of your own
conflicts-the-story = the story
conflicts-deleted = deleted
conflicts-absent = (none)
conflicts-shape = { $kind }, centred at { $lat }, { $lon }
menu-review = Review changes…
review-title = Review changes
review-hint = Compare the story as it is now (unsaved edits included) with a revision of its git repository (HEAD, a branch, HEAD~3), a day (2024-04-17: the last commit made by then) or another story folder.
review-compare = Compare
review-no-changes = No changes: the story is as it was.
review-count = { $count ->
    [one] 1 object added, changed or removed:
   *[other] { $count } objects added, changed or removed:
}
review-added = Added
review-removed = Removed
review-changed = Changed
history-button = History
history-button-hint = Who changed it and when: the commits of the story's git repository that changed it
history-title = History: { $object }
history-reading = Reading the repository…
history-none = No commit changed it (or it is not committed yet).
history-thread-stopped = reading the history stopped before it finished
history-shipped = The shipped story has no history: open a story folder kept in git.
legend-reviewed = changed since the version reviewed
timeline-legend-reviewed = changed since the version reviewed
review-moved = { " " }(its centre moved { $km } km)
quote-credit-page = { $credit }, p. { $page }
reader-page = — page { $page } —
object-kind-story = story
object-kind-source = source
object-kind-place = place
object-kind-quote = quote
object-kind-event = event
object-kind-claim = claim
object-kind-step = step
object-kind-conflict = conflict
review-stale = The story changed since: press Compare to see its changes again.
quote-credit-region = { $credit }, region { $region }
quote-region-caption = Region of the picture: { $caption }
picture-says-taken = The file says it was taken at { $time }.
picture-says-position = The file says it was taken at { $position } (latitude, longitude).
picture-says-camera = The file says it was made with { $camera }.
picture-says-turned = The file says it is to be turned to be seen upright: it is shown turned, and its regions are counted in its stored pixels.
picture-credentials-unnamed = unnamed
picture-credentials-signed = Content Credentials (C2PA) signed by { $signer } ({ $issuer }), made with { $tool }.
picture-credentials-signed-at = Signed at { $time } (by a time-stamp).
picture-credentials-source-type = How it was made, as they record it: { $kind }.
picture-credentials-actions = They record: { $actions }.
picture-credentials-trusted = The manifest is valid, still bound to these pixels, and its signer is on a trust list.
picture-credentials-valid = The manifest is valid and still bound to these pixels; its signer is on no trust list Chronomap knows: who signed is what the certificate says.
picture-credentials-unbound = The manifest no longer matches these pixels: the picture was changed after it was signed.
picture-credentials-invalid = The manifest is not valid ({ $why }).
picture-credentials-unreadable = Its Content Credentials could not be read ({ $why }).
picture-credentials-action = { $action ->
    [created] created
    [opened] opened
    [edited] edited
    [cropped] cropped
    [resized] resized
    [color_adjustments] colour adjusted
    [filtered] filtered
    [drawing] drawn on
    [placed] placed in
    [converted] converted
    [transcoded] transcoded
    [repackaged] repackaged
    [orientation] turned
    [removed] removed
    [redacted] redacted
    [published] published
    [translated] translated
   *[other] { $action }
}
app-draw-region = Draw a region on the picture first: press "Select a region to quote", then drag across what to quote.
picture-decoding = Decoding the picture…
picture-not-kept = The picture itself is not kept in the story folder: only what its metadata said can be shown.
picture-says-nothing = The file's metadata say nothing of when, where or with what it was taken.
picture-add-as-place = Add as place
picture-add-as-place-hint = A new place where the file says it was taken, marked as from the photo's metadata
picture-no-credentials = No Content Credentials (C2PA): nothing in the file says who made it or how.
picture-select-region = Select a region to quote
picture-select-region-hint = Then drag across the part of the picture to quote
picture-quote-region = Quote region
picture-quote-region-hint = Make an event of the region drawn, or back one with it
picture-zoom-in = Zoom in
picture-zoom-out = Zoom out
picture-fit = Fit
picture-zoom-hint = Ctrl+scroll zooms; drag moves the picture (while not selecting)
picture-label = Picture
picture-source-type = { $kind ->
    [digitalCapture] captured by a camera
    [computationalCapture] captured by a camera that computes its picture
    [negativeFilm] scanned from a negative
    [positiveFilm] scanned from a slide
    [print] scanned from a print
    [screenCapture] a screenshot
    [minorHumanEdits] with minor human edits
    [compositeCapture] a composite of captures
    [composite] a composite
    [digitalArt] drawn as digital art
    [algorithmicMedia] made by an algorithm
    [trainedAlgorithmicMedia] generated by AI
    [compositeWithTrainedAlgorithmicMedia] partly generated by AI
    [compositeSynthetic] a composite with synthetic parts
   *[other] { $kind }
}
