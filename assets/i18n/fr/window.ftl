# Les mots de la fenêtre en français ; chaque message a son jumeau anglais dans ../en/window.ftl.

## Menus
menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-help = Aide
menu-new-story = Nouveau récit…
menu-open-folder = Ouvrir le dossier d’un récit…
menu-open-story-json = Ouvrir un story.json…
menu-open-recent = Ouvrir un récit récent
menu-no-recent = Aucun récit récent
menu-open-shipped = Ouvrir le récit fourni
menu-open-path = Ouvrir ou importer un chemin…
menu-open-path-hint = Quand aucune fenêtre de choix de fichier ne peut s’afficher, saisissez le chemin
menu-add-source = Ajouter une source…
menu-import = Importer dans ce récit
menu-export = Exporter
menu-export-png = La vue actuelle en PNG…
menu-publish = Publier en page web…
menu-publish-hint = Un seul fichier HTML avec la carte, la frise, les sources et la visite guidée, qui s’ouvre sans réseau et vérifie lui-même ses citations
menu-base-map = Fond de carte…
menu-base-map-hint = Dessiner sous le récit les rues, l’eau et les noms d’un fichier PMTiles de tuiles vectorielles (fond Protomaps ou OpenMapTiles) ; les pages publiées les emportent autour de ses lieux
menu-no-street-map = Sans plan des rues (actuellement { $file })
menu-save = Enregistrer
menu-save-disabled = Le récit fourni n’a pas de dossier : Enregistrer le récit dans un dossier…
menu-save-as-folder = Enregistrer le récit dans un dossier…
menu-quit = Quitter
menu-dark-theme = Thème sombre
menu-reset-layout = Rétablir la disposition
menu-language = Langue
menu-language-system = Comme le système ({ $language })
menu-about = À propos de Chronomap

## Onglets
tab-events = Événements
tab-places = Lieux
tab-sources = Sources
tab-find = Chercher
tab-tour = Visite
tab-at-cursor = Au curseur
tab-place = Lieu
tab-source = Source
tab-compare = Sources comparées

## Les commandes de la frise
timeline-previous = ← Précédent
timeline-previous-hint = Événement précédent (←)
timeline-play = Lire
timeline-pause = Pause
timeline-play-hint = Lire ou mettre en pause (Espace)
timeline-next = Suivant →
timeline-next-hint = Événement suivant (→)
timeline-loop = En boucle
timeline-speed = vitesse
timeline-go-to-date = Aller à la date :
timeline-go-to-date-name = Aller à la date
timeline-date-hint = EDTF, p. ex. 2024-04-17
timeline-go = Aller
timeline-cursor = Curseur : { $date }

## La carte
map-zoom-in = Zoomer
map-zoom-out = Dézoomer
map-fit = Tout voir
map-fit-hint = Montrer tout le récit
map-legend = Légende
map-legend-hint = Montrer ou masquer ce que veulent dire les couleurs et les traits
map-add-place = Ajouter un lieu :
map-by-name = Par son nom…
map-by-name-hint = Trouver une ville par l’un de ses noms dans le répertoire fourni (GeoNames)
map-point = Point
map-point-hint = Ajouter un lieu dessiné comme un point
map-line = Ligne
map-line-hint = Ajouter un lieu dessiné comme une ligne
map-area = Zone
map-area-hint = Ajouter un lieu dessiné comme une zone
map-click-point = Cliquez sur la carte là où est le lieu
map-click-vertices = Cliquez sur la carte pour ajouter des sommets ({ $count } jusqu’ici, au moins { $needed })
map-finish = Terminer
map-finish-hint = Entrée, ou double-clic sur le dernier sommet
map-undo-vertex = Annuler le sommet
map-cancel = Annuler

## La légende de la carte
legend-name = Légende : { $rows }
legend-region = région
legend-district = district
legend-corridor = corridor
legend-deployment = déploiement de maintien de la paix
legend-site = site
legend-town = ville
legend-schematic = forme schématique (approximative)
legend-current = concerné par les événements au curseur

## La légende de la frise
timeline-legend-day = advenu (jour)
timeline-legend-period = advenu (période)
timeline-legend-reported = rapporté, date approximative ~
timeline-legend-planned = prévu
timeline-legend-cursor = curseur : faites-le glisser, ← → d’un événement à l’autre, Espace lance la lecture


## Les statuts, tels que la fenêtre les dit
status-occurred = advenu
status-reported = rapporté
status-planned = prévu

## La liste des événements et son filtre
list-new-event = + Nouvel événement
list-edit-event = Modifier l’événement
filter = Filtrer
filter-sources = Sources
filter-status = Statut
filter-at-place = Au lieu
filter-any-place = tout lieu
filter-dates = Dates
filter-dates-any = exactes ou approximatives
filter-dates-exact = exactes seulement
filter-dates-approximate = approximatives seulement
filter-clear = Effacer les filtres

## Au curseur
cursor-no-event = Aucun événement au curseur. Suivant → (ou la touche →) mène au prochain.
cursor-places = Lieux :
cursor-more-events = … et { $count ->
        [one] un autre événement
       *[other] { $count } autres événements
    } à cette date : voir la liste des événements.

## Les citations, et là où les sources divergent
quote-open-hint = Ouvrir l’article à ce passage
quote-not-found-later = △ Absent de la version suivante «{ $source }»
quote-reworded-later = △ Reformulé dans la version suivante «{ $source }»
quote-read-it = La lire
quote-read-in-source = Lire dans la source
differ-link = Les sources divergent : { $topic }
differ-link-hint = Ouvrir la comparaison de ce que rapporte chaque source

## La visite guidée
tour-previous = ← Étape précédente
tour-next = Étape suivante →
tour-start = Commencer la visite →
tour-step-of = Étape { $step } sur { $steps }
tour-steps = { $steps ->
        [one] 1 étape
       *[other] { $steps } étapes
    }
tour-heading = La visite ({ $steps ->
        [one] 1 étape
       *[other] { $steps } étapes
    })
tour-none = Ce récit n’a pas encore de visite. Placez la frise et la carte là où un lecteur doit regarder, sélectionnez ce qui compte, puis faites-en une étape.
tour-intro = Parcourez le récit pas à pas : chaque étape déplace la frise et la carte et s’appuie sur les mots des sources.
tour-events = Événements :
tour-no-quote = Cette étape ne s’appuie encore sur aucune citation : modifiez-la pour ajouter les mots sur lesquels elle repose.
tour-step = Étape { $step } :
tour-earlier = ↑ Plus tôt
tour-later = ↓ Plus tard
tour-edit = Modifier l’étape
tour-delete = Supprimer l’étape
tour-new = + Nouvelle étape depuis cette vue
tour-new-hint = La fenêtre de la frise, la vue de la carte et ce qui est sélectionné deviennent une étape

## La fiche d’un lieu
place-none = Cliquez sur un lieu de la carte ou de la liste pour voir sa fiche.
place-edit = Modifier le lieu
place-also-written = Aussi écrit : { $names }
place-other-properties = Autres propriétés du fichier ({ $count })
place-events = Événements ici
place-quotes = Citations qui le nomment
place-area-measured = Superficie calculée par la carte : ≈ { $value } km²
place-area-measured-schematic = Superficie calculée par la carte : ≈ { $value } km² sur la forme schématique, approximative
place-length-measured = Longueur calculée par la carte : ≈ { $value } km
place-length-measured-schematic = Longueur calculée par la carte : ≈ { $value } km sur la forme schématique, approximative
place-area-reported = Selon { $source } : { $value } km²
place-length-reported = Selon { $source } : { $value } km
place-no-events = aucun
place-no-quotes = aucune

## Un intervalle que la frise resserre, dit par sa durée
timeline-gap-years = { $years } ans
timeline-gap-months = { $months } mois

## Chercher
find-hint = Chercher un nom, un mot, une citation…
find-name = Chercher dans le récit
find-nothing = Rien trouvé (sans tenir compte de la casse ni des accents)
find-found = { $found ->
        [one] 1 trouvé
       *[other] { $found } trouvés
    }
find-found-first = { $found } trouvés ; les { $listed } premiers listés
find-event = Événement
find-place = Lieu
find-quote = Citation
find-text = Texte

## Sources comparées
compare-new = + Les sources divergent…
compare-new-hint = Noter un fait que deux sources ou plus rapportent différemment, avec leurs citations
compare-new-disabled = Une divergence compare deux sources ou plus
compare-none = Le récit ne note aucun fait que ses sources rapportent différemment.
compare-edit = Modifier la divergence
compare-edit-hint = Changer son sujet et ses énoncés, ou la supprimer

## Boîtes de dialogue
dialog-problems = Problèmes
dialog-problems-still-open = Le récit ouvert reste ouvert. Corrigez ceci et réessayez :
dialog-close = Fermer
dialog-note = Note
dialog-ok = OK
dialog-unsaved = Modifications non enregistrées
dialog-unsaved-text = « { $title } » a des modifications non enregistrées.
dialog-save = Enregistrer
dialog-discard = Abandonner les modifications
dialog-cancel = Annuler
dialog-recovery = Modifications non enregistrées retrouvées
dialog-recovery-text = Ce récit a été fermé sans enregistrer { $edits ->
        [one] 1 modification
       *[other] { $edits } modifications
    } (Chronomap a été arrêté ou s’est interrompu).
dialog-recovery-how = Les restaurer les rejoue sur le récit enregistré ; on peut ensuite les annuler ou les enregistrer.
dialog-restore = Les restaurer
dialog-give-up = Y renoncer

## Les sortes de lieux, telles que la fenêtre les dit
kind-country = pays
kind-region = région
kind-district = district
kind-corridor = corridor
kind-deployment = déploiement
kind-site = site
kind-city = ville
list-evidence-revised = △ Une citation qui l’appuie a été reformulée ou a disparu dans une version suivante de sa source
shape-as-given = position telle que donnée

## Le lecteur
reader-no-sources = Ce récit n’a pas de source.
reader-edit-details = Modifier les détails
reader-edit-details-hint = Titre, libellé, éditeur, date, langue, adresse : jamais le texte
reader-open-original = Ouvrir la page d’origine
reader-address-not-opened = Adresse (non ouverte : ni http ni https) : { $address }
reader-remove-quote = Retirer cette citation…
reader-remove-quote-hint = Dire ce que retirer la citation surlignée emporte avec elle, puis la retirer
reader-select = Sélectionner du texte à citer
reader-select-hint = Rendre le texte sélectionnable, pour citer un passage comme preuve d’un événement
reader-suggest = Suggérer des événements
reader-suggest-hint = Trouver les phrases datées de cette source, à accepter comme événements
reader-quote = Citer la sélection
reader-quote-hint = Ctrl+Q : les mots sélectionnés deviennent la preuve d’un événement
reader-quote-claim = Citer dans une divergence
reader-quote-claim-hint = Ctrl+Maj+Q : les mots sélectionnés appuient ce que cette source affirme dans une divergence
reader-hint-quoting = Sélectionnez des mots dans le texte, puis Citer la sélection (Ctrl+Q) pour un événement, ou Citer dans une divergence.
reader-hint-no-quote = Aucun passage n’est encore cité : Sélectionner du texte à citer, pour en faire la preuve d’un événement.
reader-hint-highlights = Surlignés : les passages qui appuient un événement (jaune) ou nomment un lieu (bleu). Cliquez pour y aller.
reader-hover-event = Événement : { $title }
reader-hover-names = Nomme : { $name }
dialog-open-folder = Ouvrir le dossier d'un récit
dialog-story-kind = Récit Chronomap
dialog-publish = Publier le récit en une seule page web
dialog-web-page-kind = Page web
dialog-save-folder = Enregistrer le récit dans un dossier
dialog-street-map = Dessiner un plan des rues (PMTiles) sous le récit
dialog-type-it = Ce bureau ne peut afficher aucune fenêtre de choix de fichier : tapez le chemin dans le champ.
quote-removal-title = Supprimer une citation
opening-title = Ouverture d'un récit
check-none = Non vérifié
check-holds = Vérifié par { $by } le { $day }
check-changed = Modifié depuis sa vérification par { $by } le { $day }
check-mark = Marquer vérifié
check-again = Vérifier à nouveau
check-mark-hint = Noter que { $by } vient de vérifier ceci, avec son SHA-256 tel qu’il est : tout changement ultérieur se verra
check-your-name = Votre nom
check-your-name-first = Donnez d’abord votre nom : une vérification dit qui l’a faite
menu-conflicts = Conflits ({ $count })…
conflicts-title = Conflits ({ $count })
conflicts-none-left = Plus aucun conflit. Enregistrez pour écrire ce qui a été réglé.
conflicts-hint = Une fusion a changé ceci de deux façons. Le récit garde notre version tant qu’aucune n’est prise ; chaque choix peut être annulé, et l’enregistrement l’écrit.
conflicts-whole-object = l’objet entier
conflicts-ours = Notre version (cette copie)
conflicts-theirs = Leur version (fusionnée)
conflicts-base = Avant les deux : { $value }
conflicts-take-ours = Prendre la nôtre
conflicts-take-theirs = Prendre la leur
conflicts-edit = Modifier…
conflicts-edit-hint = Garder la nôtre et ouvrir le formulaire, pour écrire votre propre valeur
conflicts-the-story = le récit
conflicts-deleted = supprimé
conflicts-absent = (aucun)
conflicts-shape = { $kind }, centré en { $lat }, { $lon }
menu-review = Revoir les changements…
review-title = Revoir les changements
review-hint = Comparer le récit tel qu’il est (modifications non enregistrées comprises) avec une révision de son dépôt git (HEAD, une branche, HEAD~3), un jour (2024-04-17 : le dernier commit fait ce jour-là ou avant) ou un autre dossier de récit.
review-compare = Comparer
review-no-changes = Aucun changement : le récit est tel qu’il était.
review-count = { $count ->
    [one] 1 objet ajouté, modifié ou supprimé :
   *[other] { $count } objets ajoutés, modifiés ou supprimés :
}
review-added = Ajouté
review-removed = Supprimé
review-changed = Modifié
history-button = Historique
history-button-hint = Qui l’a modifié et quand : les commits du dépôt git du récit qui l’ont modifié
history-title = Historique : { $object }
history-reading = Lecture du dépôt…
history-none = Aucun commit ne l’a modifié (ou il n’est pas encore enregistré dans git).
history-thread-stopped = la lecture de l’historique s’est arrêtée avant la fin
history-shipped = Le récit fourni n’a pas d’historique : ouvrez un dossier de récit suivi par git.
legend-reviewed = modifié depuis la version revue
timeline-legend-reviewed = modifié depuis la version revue
review-moved = { " " }(son centre s’est déplacé de { $km } km)
quote-credit-page = { $credit }, p. { $page }
reader-page = — page { $page } —
object-kind-story = récit
object-kind-source = source
object-kind-place = lieu
object-kind-quote = citation
object-kind-event = événement
object-kind-claim = divergence
object-kind-step = étape
object-kind-conflict = conflit
review-stale = Le récit a changé depuis : appuyez sur Comparer pour revoir ses changements.
quote-credit-region = { $credit }, région { $region }
quote-region-caption = Région de l’image : { $caption }
picture-says-taken = Le fichier dit avoir été pris le { $time }.
picture-says-position = Le fichier dit avoir été pris à { $position } (latitude, longitude).
picture-says-camera = Le fichier dit avoir été fait avec { $camera }.
picture-says-turned = Le fichier dit qu’il faut le tourner pour le voir droit : il est montré tourné, et ses régions sont comptées en pixels enregistrés.
picture-credentials-unnamed = sans nom
picture-credentials-signed = Content Credentials (C2PA) signés par { $signer } ({ $issuer }), faits avec { $tool }.
picture-credentials-signed-at = Signés le { $time } (selon un horodatage).
picture-credentials-source-type = Comment elle a été faite, selon eux : { $kind }.
picture-credentials-actions = Ils enregistrent : { $actions }.
picture-credentials-trusted = Le manifeste est valide, toujours lié à ces pixels, et son signataire figure sur une liste de confiance.
picture-credentials-valid = Le manifeste est valide et toujours lié à ces pixels ; son signataire ne figure sur aucune liste de confiance connue de Chronomap : qui a signé est ce que dit le certificat.
picture-credentials-unbound = Le manifeste ne correspond plus à ces pixels : l’image a été modifiée après avoir été signée.
picture-credentials-invalid = Le manifeste n’est pas valide ({ $why }).
picture-credentials-unreadable = Ses Content Credentials n’ont pas pu être lus ({ $why }).
picture-credentials-action = { $action ->
    [created] créée
    [opened] ouverte
    [edited] modifiée
    [cropped] recadrée
    [resized] redimensionnée
    [color_adjustments] couleurs ajustées
    [filtered] filtrée
    [drawing] dessin ajouté
    [placed] insérée
    [converted] convertie
    [transcoded] transcodée
    [repackaged] réempaquetée
    [orientation] tournée
    [removed] élément retiré
    [redacted] caviardée
    [published] publiée
    [translated] traduite
   *[other] { $action }
}
app-draw-region = Tracez d’abord une région sur l’image : appuyez sur « Sélectionner une région à citer », puis faites glisser sur ce qu’il faut citer.
picture-decoding = Décodage de l’image…
picture-not-kept = L’image elle-même n’est pas conservée dans le dossier de l’histoire : seul ce que disaient ses métadonnées peut être montré.
picture-says-nothing = Les métadonnées du fichier ne disent rien de quand, où ni avec quoi il a été pris.
picture-add-as-place = Ajouter comme lieu
picture-add-as-place-hint = Un nouveau lieu là où le fichier dit avoir été pris, marqué comme venant des métadonnées de la photo
picture-no-credentials = Pas de Content Credentials (C2PA) : rien dans le fichier ne dit qui l’a faite ni comment.
picture-select-region = Sélectionner une région à citer
picture-select-region-hint = Puis faites glisser sur la partie de l’image à citer
picture-quote-region = Citer la région
picture-quote-region-hint = Faire un événement de la région tracée, ou en appuyer un
picture-zoom-in = Agrandir
picture-zoom-out = Réduire
picture-fit = Ajuster
picture-zoom-hint = Ctrl+molette zoome ; glisser déplace l’image (hors sélection)
picture-label = Image
picture-source-type = { $kind ->
    [digitalCapture] prise par un appareil photo
    [computationalCapture] prise par un appareil qui calcule son image
    [negativeFilm] numérisée d’un négatif
    [positiveFilm] numérisée d’une diapositive
    [print] numérisée d’un tirage
    [screenCapture] une capture d’écran
    [minorHumanEdits] avec de légères retouches humaines
    [compositeCapture] un montage de prises de vue
    [composite] un montage
    [digitalArt] dessinée en art numérique
    [algorithmicMedia] faite par un algorithme
    [trainedAlgorithmicMedia] générée par IA
    [compositeWithTrainedAlgorithmicMedia] en partie générée par IA
    [compositeSynthetic] un montage avec des parties synthétiques
   *[other] { $kind }
}
