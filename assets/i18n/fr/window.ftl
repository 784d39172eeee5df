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
