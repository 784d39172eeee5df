# Comment la date d'un événement suggéré a été établie : $what est le texte même, $date un jour écrit en toutes lettres.

suggest-to-date = { $what } → { $date }
suggest-to-date-because = { $what } → { $date }, { $why }
suggest-year-because = { $year }, { $why }
suggest-year-just-written = l'année que le texte vient d'écrire
suggest-next-day-ahead = le prochain jour de ce nom après la publication (la phrase regarde vers l’avant)
suggest-year-before = l'année avant la publication : dans celle de la publication, ce jour viendrait des mois plus tard
suggest-year-of-publication = l'année de la publication
suggest-nearest-year = l'année la plus proche qui a ce jour
suggest-date-as-written = la date telle qu'écrite
suggest-day-month-as-written = jour et mois tels qu'écrits, { $why }
suggest-until = { $what } → de la publication, { $from }, au { $to }
suggest-from-to = du { $from } au { $to }
suggest-part-as-written = { $what ->
    [month] le mois tel qu'écrit
   *[season] la saison telle qu'écrite
}
suggest-last-season = la dernière saison de ce nom avant la publication
suggest-year-as-written = l'année telle qu'écrite
suggest-next-after-publication = le prochain après la publication (la phrase regarde vers l’avant)
suggest-days-before-publication = { $count ->
    [0] le jour de la publication
    [1] la veille de la publication
   *[other] { $count } jours avant la publication
}
suggest-night = { $what } → la nuit du { $from } au { $to }
suggest-weekend = { $what } → { $saturday } et { $sunday }
suggest-from-date-before = à partir de la date précédente
suggest-from-publication-first = à partir de la publication, aucune date ne la précédant
suggest-few-ago = { $what } → 3 à 7 { $unit } avant la publication, approximatif
suggest-its-month = { $what } → { $month }, son mois
suggest-about = { $what } → vers le { $date }, approximatif
suggest-month-offset = { $what } : le mois { $offset } par rapport à celui de la publication
suggest-year-offset = { $what } : l'année { $offset } par rapport à celle de la publication
suggest-since = depuis { $month } : jusqu'à la publication
suggest-week-before-week = la semaine avant celle de la publication
suggest-then = « alors »/« then » : le moment mentionné en dernier ({ $edtf }), approximatif
suggest-end-of-month = d'ici la fin du mois de la publication
suggest-end-of-year = d'ici la fin de l'année de la publication
suggest-year-last-written = { $what } → { $year }, l'année que le texte a écrite en dernier
suggest-as-written = { $what } → { $date }, tel qu'écrit
suggest-day-first-no-month = le jour d’abord : le premier nombre ne peut pas être un mois
suggest-month-first-english = le mois d’abord, comme en anglais ; ambigu
suggest-day-first-french = le jour d’abord, comme en français
suggest-numeric = { $what } → { $date }, { $order } ; { $why }
suggest-working-days = { $what } → { $week }, les jours ouvrés de la semaine
suggest-ahead = { $what } → { $period }, { $count } { $grain ->
    [Day] jours
    [Week] semaines
    [Month] mois
    [Quarter] trimestres
   *[Year] ans
} plus tard
suggest-from-publication = { $what } → { $period }, à partir de la publication
suggest-week-before-publication = { $what } → { $date }, la semaine avant celle de la publication
suggest-nearest-weekday = { $what } → { $date }, le jour de ce numéro le plus proche qui soit un { $weekday }
suggest-range-because = { $what } → du { $from } au { $to }, { $why }
suggest-month-as-written = le mois tel qu'écrit
suggest-next-month-ahead = le prochain mois de ce nom (la phrase regarde vers l’avant)
suggest-last-month-back = le dernier mois de ce nom jusqu'à la publication
suggest-period-of-publication = celle de la publication
suggest-period-offset = { $offset } par rapport à celle de la publication
suggest-approximate-because = { $what } → { $date }, approximatif ({ $why })
suggest-week-of-publication = la semaine de la publication
suggest-week-after-publication = la semaine après celle de la publication
suggest-week-before-publications = la semaine avant celle de la publication
suggest-week-counted = une semaine comptée à partir de celle de la publication
suggest-in-period = { $what } → { $date }, en { $period } ({ $why })
suggest-nearest-month = le mois le plus proche qui a ce jour
suggest-next-one = la prochaine à partir de la publication
suggest-last-one = la dernière avant la publication
suggest-days-from-to = du { $from } au { $to }
suggest-this-season = { $what } → la saison de la publication, lue comme Chronomap lit toute saison EDTF : { $span }
