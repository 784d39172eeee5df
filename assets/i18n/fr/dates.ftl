# Les dates telles que l'application les dit, en français.

date-one-day = { $day }, un jour
date-the-year = l’année { $year }
date-from-one-to-another = d’une date à une autre
date-span = { $what } : { $first } – { $last } ({ $days ->
        [one] 1 jour
       *[other] { $days } jours
    })
date-said-approximate = , approximative
date-said-uncertain = , incertaine
date-seasons-note = ; les saisons 21 à 24 sont celles de l’hémisphère nord (le printemps va de mars à mai)
date-label-approximate = {" "}(approx.)
date-label-uncertain = {" "}(incertain)
date-set-all = toutes : { $members }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    }
date-set-one = l’une de : { $members }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    }
date-began-before-and-ongoing = { $known }, commencé avant et en cours
date-until-began-before = jusqu’au { $known }, commencé avant
date-until-start-unknown = jusqu’au { $known }, début inconnu
date-or-before = { $known } ou avant
date-from-ongoing = depuis le { $known }, en cours
date-from-end-unknown = depuis le { $known }, fin inconnue
date-or-after = { $known } ou après

## Les codes infra-annuels (ISO 8601-2 §4.8) ; 21 à 24 : les saisons de l’hémisphère nord
date-season = saison
date-season-21 = printemps
date-season-22 = été
date-season-23 = automne
date-season-24 = hiver
date-season-25 = printemps (nord)
date-season-26 = été (nord)
date-season-27 = automne (nord)
date-season-28 = hiver (nord)
date-season-29 = printemps (sud)
date-season-30 = été (sud)
date-season-31 = automne (sud)
date-season-32 = hiver (sud)
date-season-33 = premier trimestre
date-season-34 = deuxième trimestre
date-season-35 = troisième trimestre
date-season-36 = quatrième trimestre
date-season-37 = premier quadrimestre
date-season-38 = deuxième quadrimestre
date-season-39 = troisième quadrimestre
date-season-40 = premier semestre
date-season-41 = second semestre

# Pourquoi un texte n'est pas une date que l'app dessine ($message est celui de l'analyseur EDTF, en anglais).
date-not-edtf = « { $text } » n'est pas de l'EDTF : { $message }, au caractère { $at } (« { $part } »){ $hint }
date-hint-decade =  ; une décennie s'écrit 193X et un siècle 19XX
date-hint-forms =  ; des formes comme 2024-04-17, 2023-09, 2020-23, 2024-04-16/2024-04-17, 2024-04~, 2024-04-17/..
date-not-drawn = « { $text } » est de l'EDTF valide que cette version ne dessine pas : { $why }
date-why-neither-end = aucune des deux bornes n'est datée
date-why-set-empty = l'ensemble est vide
date-why-out-of-years = ses années sont hors de 9999 av. J.-C. à 9999 (EDTF -9998 à 9999)
date-why-year-unknown = son année est tout à fait inconnue (XXXX : n'importe quelle année), et la frise dessine une date dans des années connues ; écrivez l'année, les années possibles (2020/2024) ou l'une d'elles ([2020,2024])
