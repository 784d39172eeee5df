# Les mots de la page publiée (voir en/page.ftl).

page-read-in-other = Read in English
page-checking = Vérification des preuves…
page-needs-script = Cette page a besoin de JavaScript pour dessiner sa carte et sa frise, et pour vérifier ses citations.
page-map-region = Carte
page-map-image = Carte des lieux du récit
page-zoom-in = Zoom avant
page-zoom-out = Zoom arrière
page-fit = Ajuster
page-map-note = Contours en pointillés : formes schématiques (approximatives). En rouge : les lieux des événements au curseur.
page-streets = Rues : { $attribution }.
page-timeline-region = Frise chronologique
page-time-cursor = Curseur du temps : faites-le glisser, ou appuyez sur les flèches gauche et droite pour passer d'un événement à l'autre
page-panels = Panneaux
page-tab-tour = Visite
page-tab-events = Événements
page-tab-places = Lieux
page-tab-sources = Sources
page-tab-compare = Sources comparées
page-credits = Publié avec Chronomap. Fond de carte : Natural Earth (domaine public). Chaque citation est montrée telle que sa source l'écrit ; à son ouverture, cette page vérifie qu'aucun texte de source ni aucune citation n'a été modifié après publication.

page-cursor = Curseur : { $date }
page-events-count = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
page-at-the-cursor = { $count ->
    [one] { $count } événement au curseur
   *[other] { $count } événements au curseur
}
page-cursor-now = { $date }, { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
page-evidence = { $quotesFound } citations sur { $quotes } trouvées dans leurs sources, { $sourcesKept } sources sur { $sources } inchangées depuis { $since ->
    [capture] leur capture
   *[other] leur capture ou la publication
}.
page-evidence-none = Pas encore de source : ce récit n'a aucune citation à vérifier.
page-evidence-printed = Preuves vérifiées par cette page le { $day } : { $line }
page-evidence-unchecked = Preuves : pas encore vérifiées.
page-source-changed = Source modifiée : { $source } (son texte n'a plus pour empreinte { $sha256 })
page-quote-moved = Citation introuvable à sa place : { $quote } dans { $source } : { $words }

page-read-in-source = Lire dans la source
page-sources-differ = ⇄ Les sources divergent : { $topic }
page-places-of-event = Lieux :
page-all-events = Tous les événements ({ $count })
page-at-cursor-heading = Au curseur, { $date } : { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
page-place-hint = Cliquez sur un lieu de la carte ou de la liste pour voir sa fiche.
page-all-places = Tous les lieux ({ $count })
page-also-written = Aussi écrit : { $names }
page-events-here = Événements en ce lieu
page-quotes-naming = Citations qui le nomment
page-schematic-name = { $name } (schématique)

page-hash-verified = vérifiée par cette page : le texte a bien cette empreinte
page-hash-changed = NE CORRESPOND PAS : le texte a été modifié après publication
page-hash-checking = vérification en cours
page-captured = Capturée le { $time }. SHA-256 { $sha256 } ({ $check }).
page-not-captured = Pas de fiche de capture. SHA-256 à la publication { $sha256 } ({ $check }).
page-publisher-unnamed = Éditeur non nommé
page-extracted-from = Extrait de { $file } (SHA-256 { $sha256 }), conservé avec le récit.
page-archived = Page { $url } telle qu'une archive web l'a enregistrée le { $time }.
page-time-stamped = Horodaté par { $authority } le { $time } : le texte existait alors (RFC 3161 ; le jeton est conservé avec le récit, vérifié par chronomap validate --tsa-cert). Cela ne montre pas que le texte est vrai.
page-reader-hint = En jaune : les mots qui appuient un événement ; en bleu : les mots qui nomment un lieu. Cliquez sur l'un d'eux pour y aller.
page-compare-hint = Les faits que les sources rapportent différemment, toutes les sources côte à côte.
page-not-reported = non rapporté

page-no-tour = Ce récit n'a pas de visite guidée : lisez-le par ses événements, ses lieux et ses sources.
page-previous = ← Précédent
page-next = Suivant →
page-start-tour = Commencer la visite →
page-tour-steps = Étapes de la visite
page-tour-heading = La visite ({ $count ->
    [one] { $count } étape
   *[other] { $count } étapes
})
page-steps-count = { $count ->
    [one] { $count } étape
   *[other] { $count } étapes
}
page-step-of = Étape { $step } sur { $count }
page-printed-step = { $title } — étape { $step } sur { $count }
page-tour-hint = Parcourez le récit pas à pas : chaque étape déplace la frise et la carte, et s'appuie sur les mots des sources. Les touches Page suivante et Page précédente avancent aussi.
page-step-events = Événements :
page-step-announced = Étape { $step } sur { $count } : { $title }

page-years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}
page-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
page-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
page-year-before-era = { $year } av. J.-C.
page-checked = ✔ Vérifié par { $by } le { $date }
page-changed-since-checked = ⚠ Modifié depuis sa vérification par { $by } le { $date }
page-checked-count = { $checked ->
    [one] 1 événement ou divergence sur { $total } vérifié
   *[other] { $checked } événements et divergences sur { $total } vérifiés
} par un éditeur.
page-changed-count = { $count ->
    [one] 1 modifié depuis sa vérification.
   *[other] { $count } modifiés depuis leur vérification.
}
page-credit-page = { $credit }, p. { $page }
page-more-below = { $count ->
    [one] … et 1 autre dans la liste ci-dessous
   *[other] … et { $count } autres dans la liste ci-dessous
}
page-none = aucun
page-region-caption = Région de l’image : { $caption }
page-credit-region = { $credit }, région { $region }
page-picture-reduced = L’image montrée est une copie réduite (l’original dépasse 2 Mio) ; l’original, { $file }, a pour SHA-256 { $sha256 } : cette page ne peut pas vérifier une copie avec lui.
page-picture-verified = ✓ L’image montrée est l’original, { $file }, inchangé depuis la capture (SHA-256 { $sha256 }, vérifié par cette page).
page-picture-changed = ✗ L’image montrée n’est pas l’original capturé : { $file } devrait avoir pour SHA-256 { $sha256 }.
page-evidence-pictures = { $verified } { $total ->
    [one] image sur { $total } vérifiée
   *[other] images sur { $total } vérifiées
} par l’empreinte de l’original{ $reduced ->
    [0] .
   *[other] { " " }({ $reduced } en copie réduite, invérifiable).
}
