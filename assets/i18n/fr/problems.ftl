# Ce que le chargeur et les importations signalent, après le fichier, la ligne et la colonne.

problem-missing = fichier introuvable
problem-unreadable = lecture impossible : { $why }
problem-unwritable = écriture impossible : { $why }
problem-too-large = le fichier fait { $size } octets, au-delà de la limite de { $limit } octets
problem-story-too-large = les fichiers du récit dépassent ensemble la limite de { $limit } octets ; celui-ci n'est pas lu
problem-not-utf8 = texte qui n'est pas en UTF-8 (octet invalide à la position { $offset }) ; enregistrez le fichier en UTF-8
problem-not-a-story = pas de récit ici : un récit est un dossier qui contient un story.json
problem-cancelled = l'ouverture a été annulée
problem-json = JSON invalide : { $why }
problem-geojson = GeoJSON invalide : { $why }
problem-duplicate-id = l'identifiant { $kind ->
    [source] de source
    [place] de lieu
    [quote] de citation
    [event] d'événement
    [claim] de divergence
    [step] d'étape
   *[other] { $kind }
} « { $id } » est utilisé plusieurs fois
problem-unknown-id = { $owner } renvoie { $kind ->
    [source] à la source
    [place] au lieu
    [quote] à la citation
    [event] à l'événement
   *[other] à { $kind }
} « { $id } », que le récit n'a pas
problem-quote-not-found = citation « { $id } » : son texte exact est introuvable dans { $file }
problem-quote-ambiguous = citation « { $id } » : son texte apparaît { $count } fois dans { $file } ; ajoutez un préfixe ou un suffixe pour les distinguer
problem-quote-too-common = citation « { $id } » : son texte apparaît plus de { $max } fois dans { $file } ; citez un passage plus long
problem-quote-moved = la citation « { $id } » est enregistrée au caractère { $recorded } mais son texte est au caractère { $found }
problem-changed-since-capture = { $file } a changé depuis sa capture le { $captured } : son SHA-256 est { $now }, la fiche indique { $recorded }
problem-duplicate-label = la source « { $id } » a l'étiquette « { $label } », comme la source « { $other } » ; donnez à l'une d'elles sa propre « label »
problem-quote-empty = la citation « { $id } » est vide
problem-geometry = lieu « { $id } » : { $reason }
problem-more = … et { $count } autres problèmes de ce type ({ $kind }) non listés

problem-kind-file-not-found = fichier introuvable
problem-kind-cannot-read = lecture impossible
problem-kind-cannot-write = écriture impossible
problem-kind-file-too-large = fichier trop gros
problem-kind-story-too-large = récit trop gros
problem-kind-not-utf8 = pas en UTF-8
problem-kind-no-story = pas de récit
problem-kind-cancelled = annulé
problem-kind-invalid-json = JSON invalide
problem-kind-invalid-geojson = GeoJSON invalide
problem-kind-duplicate-id = identifiant en double
problem-kind-reference-to-an-unknown-id = renvoi à un identifiant inconnu
problem-kind-quote-not-found = citation introuvable
problem-kind-quote-found-more-than-once = citation trouvée plusieurs fois
problem-kind-quote-not-at-its-recorded-position = citation hors de sa position enregistrée
problem-kind-quote-too-common = citation trop fréquente
problem-kind-changed-since-capture = modifié depuis la capture
problem-kind-duplicate-source-label = étiquette de source en double
problem-kind-empty-quote = citation vide
problem-kind-invalid-date = date invalide
problem-kind-invalid-shape = forme invalide
problem-kind-invalid-record = enregistrement invalide
problem-kind-more-problems = autres problèmes

# Le type d'un enregistrement : source, place, quote, event, claim, step, row (d'un fichier CSV).
problem-record = { $kind ->
    [source] la source
    [place] le lieu
    [quote] la citation
    [event] l'événement
    [claim] la divergence
    [step] l'étape
    [row] la ligne
   *[other] { $kind }
} « { $id } »
problem-and-nearest = { $said } ; { $nearest }
problem-nearest = le passage le plus proche, au caractère { $at }, a « { $source } » là où la citation a « { $quote } »
problem-date = { $owner } : { $error }
problem-count = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}

# Ce que le chargeur a fait que les fichiers ne disent pas (avis).
notice-listed = { $names }{ $more ->
    [0] {""}
   *[other] {" "}et { $more } autres
}
notice-named-by = { $count } par « { $property } »
notice-named-by-property = des entités sans « name » ont été nommées par une autre propriété : { $how }
notice-named-by-place = { $count ->
    [one] { $count } entité n'avait ni nom, ni titre, ni id : elle est nommée par sa place dans le fichier ({ $names })
   *[other] { $count } entités n'avaient ni nom, ni titre, ni id : elles sont nommées par leur place dans le fichier ({ $names })
}
notice-at = { $name } en [{ $x }, { $y }]
notice-perhaps-swapped = , ses nombres peut-être inversés
notice-outside-wgs84 = { $count ->
    [one] { $count } lieu a des coordonnées
   *[other] { $count } lieux ont des coordonnées
} hors de WGS84 (longitude de −180 à 180, latitude de −90 à 90 ; l'ordre de GeoJSON est [longitude, latitude]), gardées telles quelles : une longitude au-delà de ±180° est lue de l'autre côté de l'antiméridien, une latitude au-delà de ±90° ne peut être dessinée et reste hors de « Tout voir » : { $names }
notice-no-geometry = { $count ->
    [one] { $count } entité sans géométrie (null) est laissée de côté, une carte ne pouvant la montrer
   *[other] { $count } entités sans géométrie (null) sont laissées de côté, une carte ne pouvant les montrer
} : { $names }
notice-bare-geometry = le fichier est un { $kind } nu, sans nom : c'est un seul lieu, « { $name } »
notice-ids-made = { $count ->
    [one] { $count } lieu n'avait pas d'id et en a reçu un de son nom
   *[other] { $count } lieux n'avaient pas d'id et en ont reçu un de leur nom
} ({ $names }) ; enregistrer le récit les écrit
notice-capture-differs = { $file } ne diffère de sa capture du { $captured } que par { $how } : ses mots sont inchangés
notice-bom = une marque d’ordre des octets en tête
notice-crlf-bom = des fins de ligne CRLF et une marque d’ordre des octets en tête
notice-crlf = des fins de ligne CRLF

# Le détail des enregistrements invalides.
invalid-format = le récit est au format « { $format } » ; cette version de Chronomap lit { $reads }
invalid-no-title = le récit n'a pas de titre
invalid-revises-itself = la source « { $id } » ne peut pas se réviser elle-même
invalid-place-no-name = le lieu « { $id } » n'a pas de nom
invalid-event-no-title = l'événement « { $id } » n'a pas de titre
invalid-statement-other-source = divergence « { $claim } » : la déclaration de la source « { $source } » cite la citation « { $quote } », qui est de la source « { $other } »
invalid-claim-two-sources = la divergence « { $claim } » a besoin de déclarations d'au moins deux sources différentes (elle en a { $count })
invalid-outside-folder = les noms de fichiers doivent rester dans le dossier du récit
invalid-link-outside = c'est un lien vers { $target }, hors du dossier du récit ; copiez plutôt le fichier dans le dossier
invalid-captured-not-date = source « { $id } » : la capture « { $captured } » n'est pas une date et heure comme 2024-04-17T21:05:00Z
invalid-source-kind = une source est un fichier .txt, .md, .html ou .pdf ou une archive web (.wacz, .warc, .warc.gz), pas .{ $extension }
invalid-no-article-text = aucun texte d'article trouvé : { $why }
invalid-give-published = donnez la date de publication (EDTF, p. ex. 2024-04-17) : les métadonnées du fichier ne la disent pas
invalid-text-empty = le texte est vide
invalid-needs-title = la source a besoin d'un titre
invalid-row-no-title = la ligne « { $id } » n'a pas de titre
invalid-no-start-year = l'événement « { $id } » n'a pas d'année de start_date
invalid-step-no-title = l'étape « { $id } » n'a pas de titre
invalid-step-window = étape « { $id } » : période { $error }
invalid-step-bbox = étape « { $id } » : { $what }
invalid-step-view = l'étape « { $id } » a une vue qui demande soit « bbox » soit « fit », pas les deux ni aucun

# Ce qui ne va pas dans une forme.
shape-ring-exterior = { $part ->
    [0] l'anneau extérieur
   *[other] l'anneau extérieur de la partie { $part }
}
shape-ring-hole = { $part ->
    [0] le trou { $hole }
   *[other] le trou { $hole } de la partie { $part }
}
shape-self-intersection = forme invalide : { $ring } se recoupe
shape-share-edge = forme invalide : { $a } et { $b } ont un côté commun
shape-cross = forme invalide : { $a } croise { $b }
shape-no-area = forme invalide : { $ring } n'enclôt aucune surface (ses points se replient sur une ligne)
shape-hole-outside = forme invalide : { $hole } est hors de son anneau extérieur
shape-few-points = forme invalide : { $ring } doit avoir au moins 3 points distincts
shape-parts-overlap = forme invalide : les parties { $first } et { $second } se chevauchent
shape-empty = la géométrie est vide
shape-invalid = forme invalide : { $why }
geometry-position-short = une position a moins de deux nombres ; les positions GeoJSON sont [longitude, latitude]
geometry-position-short-coordinates = une position a moins de deux coordonnées ; les positions GeoJSON sont [lon, lat]
geometry-ring-not-closed = un anneau de Polygon doit finir à la position où il commence (RFC 7946 §3.1.6) ; celui-ci n'est pas fermé
geometry-needs-coordinates = un { $kind } a besoin de « coordinates »
geometry-changed-meaning = un { $kind } ne doit pas avoir « { $member } » : les membres de GeoJSON gardent leur sens, et celui-ci appartient à un autre type d'objet (RFC 7946 §7.1)
geometry-position-sizes = positions de tailles différentes dans une même géométrie : { $first } nombres, puis { $then } ; chaque position est [longitude, latitude] ou [longitude, latitude, altitude] d'un bout à l'autre
geometry-too-few-positions = { $what ->
    [multipoint] un MultiPoint
    [linestring] une LineString
    [multilinestring] une ligne de MultiLineString
   *[ring] un anneau de Polygon
} demande au moins { $least } positions (RFC 7946 { $rule }) ; il y en a { $count }
geometry-nested = des GeometryCollection imbriquées sur plus de { $depth } niveaux
geometry-unknown-type = « { $kind } » n'est pas un type de géométrie GeoJSON
geojson-needs-features = une FeatureCollection a besoin d'un tableau « features » (RFC 7946 §3.3)
geojson-unknown-type = « type » vaut « { $kind } » ; ceux de GeoJSON sont FeatureCollection, Feature et les types de géométrie
geojson-member-not-feature = un membre de « features » a pour « type » « { $kind } » ; il doit être « Feature »
geojson-feature-id = l'« id » d'une Feature doit être une chaîne ou un nombre (RFC 7946 §3.2)
geojson-feature-properties = une Feature a besoin de « properties » : un objet, ou null quand elle n'en a pas (RFC 7946 §3.2)
geojson-bbox = « bbox » doit compter 4 ou 6 nombres (RFC 7946 §5)
step-bbox-size = sa boîte (bbox) compte { $count } nombres ; il en faut 4 : ouest, sud, est, nord
step-bbox-longitudes = sa boîte (bbox) a des longitudes hors de -180 à 180
step-bbox-latitudes = sa boîte (bbox) a des latitudes hors de -90 à 90
step-bbox-order = sa boîte (bbox) n'est pas ouest, sud, est, nord avec sud < nord et ouest ≠ est (un ouest plus grand que l'est traverse l'antiméridien)
unreadable-folder = c'est un dossier, pas un fichier
unreadable-not-regular = ce n'est pas un fichier ordinaire (un tube, une socket ou un périphérique)
notice-collection-members = { $count ->
    [one] le membre propre à la collection { $members } n'est pas gardé
   *[other] les membres propres à la collection { $members } ne sont pas gardés
} : chaque lieu garde les membres de sa Feature, pas ceux de la collection
archive-zip = ce n'est pas une archive zip lisible (un WACZ en est une) : { $why }
archive-missing = le WACZ n'a pas de { $what }
archive-package = datapackage.json : { $why }
archive-digest = { $path } : son SHA-256 est { $actual }, mais datapackage.json enregistre { $recorded } : l'archive a été modifiée
archive-which-page = l'archive contient { $count } pages ; dites laquelle avec --page (ou choisissez-la) : { $list }
archive-no-page = l'archive ne contient pas de page { $url } ; elle contient : { $list }
archive-no-response = aucune réponse archivée pour { $url } (seulement des requêtes, des revisites ou d'autres pages)
archive-response = la réponse archivée pour { $url } : { $what }
archive-too-large = { $what } dépasse { $limit } octets une fois décompressé
stamp-not-response = ce n'est pas une réponse d'horodatage RFC 3161 : { $why }
stamp-not-granted = l'autorité n'a pas accordé d'horodatage (statut { $status }{ $text })
stamp-no-token = la réponse ne contient aucun jeton d'horodatage
stamp-malformed = le jeton n'est pas un horodatage RFC 3161 signé : { $why }
stamp-wrong-imprint = le jeton horodate { $stamped }, pas le SHA-256 de cette source { $expected }
stamp-bad-signature = la signature du jeton ne se vérifie pas : { $why }
stamp-other-authority = le jeton est signé par « { $signer } », que le certificat « { $trusted } » n'est pas et n'a pas émis
stamp-not-for-timestamping = le certificat signataire « { $name } » n'est pas fait pour l'horodatage (pas d'usage étendu timeStamping)
stamp-outside-validity = l'heure du jeton { $time } est hors de la validité de son certificat ({ $from } à { $to })
stamp-certificate = le fichier du certificat : { $why }
stamp-unsupported = { $what } n'est pas pris en charge (RSA avec SHA-256 l'est)
streets-unreadable = { $path } : illisible ({ $why })
streets-not-pmtiles = { $path } : ce n'est pas une archive PMTiles ({ $why })
streets-not-vector = { $path } : contient des tuiles { $kind } ; Chronomap dessine des tuiles vectorielles (MVT)
streets-tile = { $path } : la tuile { $tile } ne se lit pas ({ $why })
suggest-too-large = le texte fait { $size } octets, au-delà des { $limit } octets pour lesquels on fait des suggestions
suggest-published-not-day = « { $given } » n'est pas un jour : donnez la date de publication en AAAA-MM-JJ (ou une date et une heure)
journal-unreadable = { $path }:{ $line } : une modification que cette version ne comprend pas ({ $why })
save-would-change-source = { $path } : un autre fichier s'y trouve déjà ; le texte d'une source est une preuve et n'est jamais écrasé
stamp-no-source = le récit n'a pas de source « { $id } »
stamp-no-capture = la source « { $id } » n'a pas de relevé de capture à horodater : lancez d'abord `chronomap capture`
stamp-checked = horodatage de { $id } : { $authority } atteste { $time } ({ $how ->
    [verified] signature et certificat vérifiés
   *[imprint] empreinte vérifiée ; signature non vérifiée (donnez --tsa-cert)
})
stamp-of-source = horodatage de la source « { $id } » : { $why }
rederive-fails = son texte ne peut pas être extrait de nouveau de { $original } : { $why }
rederive-differs = diffère du texte extrait de nouveau de { $original } (par { $by }) : le texte conservé n'est pas ce que dit son original
csv-needs-columns = le CSV a besoin d'une colonne date (ou edtf) et d'une colonne title, ou des colonnes du modèle de TimelineJS (Year… Headline) ou d'un export ACLED (event_date…)
csv-layout-events = événements
csv-layout-timelinejs = modèle TimelineJS
csv-layout-acled = export ACLED
csv-part-out-of-range = { $what } « { $text } » n'est pas un nombre de { $from } à { $to }
csv-year = Year « { $year } » n'est pas une année de 1 à 9999
csv-time = Time « { $time } » n'est pas une heure comme 20:02 ou 8:02 PM
csv-event-date = event_date « { $date } » n'est pas une date comme 2024-04-17 ou 17 April 2024
csv-time-precision = time_precision « { $given } » n'est pas 1 (jour), 2 (semaine) ou 3 (mois)
csv-day-first = jour d'abord (jj/mm/aaaa)
csv-month-first = mois d'abord (mm/jj/aaaa)
csv-invalid = CSV invalide : { $why }
csv-row = ligne { $row } ({ $layout }) : { $why }
csv-orders-disagree = « { $date } » est en { $order } mais « { $example } » en { $first } : les dates du fichier ne s'accordent pas sur l'ordre du jour et du mois
csv-order-asked = --date-order demande { $asked } mais « { $example } » ne peut être qu'en { $order }
csv-order-shown-at = comme le montre « { $example } » (ligne { $line })
csv-order-shown = comme le montre « { $example } »
csv-order-as-asked = comme le dit --date-order
csv-order-unsettled = « { $date } » peut se lire jour d'abord ou mois d'abord et aucune date du fichier ne tranche : donnez --date-order dmy ou mdy, ou écrivez les dates comme 2024-04-03
notice-csv-dates-read = { $file } : dates lues { $order }, { $why }
csv-status = ligne « { $id } » : le statut « { $status } » n'est ni occurred, ni reported, ni planned
csv-place-unknown = ligne « { $id } » : le lieu « { $place } » n'est ni un identifiant ni un nom du récit, et la ligne n'a pas de lon/lat
opening-thread-stopped = le fil de chargement s'est arrêté
save-built-in-no-folder = le récit intégré n'a pas de dossier : choisissez-en un
parquet-unreadable = ce n'est pas une table Parquet lisible : { $why }
notice-conflicts = { $count ->
    [one] une fusion a laissé 1 conflit à régler : `chronomap validate` le signale, `chronomap resolve` le règle
   *[other] une fusion a laissé { $count } conflits à régler : `chronomap validate` les énumère, `chronomap resolve` les règle
}
notice-mentions-from-words = { $count ->
    [one] 1 citation ne listait aucun des lieux qu'elle nomme (« mentions ») : les lieux que nomment ses mots sont retenus, et l'enregistrement les écrit
   *[other] { $count } citations ne listaient aucun des lieux qu'elles nomment (« mentions ») : les lieux que nomment leurs mots sont retenus, et l'enregistrement les écrit
}
pdf-unreadable = ce PDF ne peut pas être lu : { $why }
pdf-encrypted = ce PDF est chiffré : une source doit être un document que chacun peut lire et vérifier ; ajoutez-en une copie non chiffrée
pdf-no-text = aucune page de ce PDF n’a de texte (pages { $pages } sur { $count }) : c’est un scan ou des images de texte, et Chronomap ne lit pas le texte des images (pas d’OCR)
pdf-pages-without-text = { $count ->
    [one] La page { $pages } du PDF n’a pas de texte (une page scannée ?) : rien ne peut y être cité.
   *[other] Les pages { $pages } du PDF n’ont pas de texte (des pages scannées ?) : rien ne peut y être cité.
}
pdf-too-many-pages = ce PDF a { $count } pages : Chronomap en lit au plus { $most } (scindez le document, ou ajoutez la partie citée)
picture-unreadable = cette image ne peut pas être lue : { $why }
picture-too-large = cette image déclare { $width } × { $height } pixels : Chronomap lit les images d’au plus { $most } mégapixels et 30 000 pixels de côté (un fichier qui en déclare plus est refusé avant d’être décodé)
picture-metadata-unreadable = Ses métadonnées EXIF n’ont pas pu être lues ({ $why }) : rien n’est noté de ce qu’elles disent.
problem-region-of-a-text = la citation « { $id } » marque une région (« xywh »), mais la source « { $source } » n’est pas une image
problem-region-without-caption = la citation « { $id } » marque une région d’image sans « caption » qui dise ce qu’elle montre
problem-region-with-words = la citation « { $id } » marque une région d’image et donne aussi des mots d’un texte (« exact », « prefix », « suffix » ou « start ») : une citation de région n’a qu’une légende
problem-region-outside = citation « { $id } » : sa région ({ $region }) ne tient pas dans son image de { $width } × { $height } pixels
rederive-picture-record-differs = source « { $source } » : son relevé de capture dit de l’image ce que son fichier ne dit pas (taille ou métadonnées) : le relevé a été modifié, ou l’image remplacée
rederive-credentials-differ = source « { $source } » : ses Content Credentials, validés de nouveau aujourd’hui, sont { $now } ; à la capture ils étaient { $then }
invalid-picture-size = source « { $id } » : son relevé de capture dit que l’image fait { $recorded } pixels, mais { $file } fait { $now }
