// The page's words in the reader's language: the language the address asks for (?lang=fr), else
// the one the page was published in. Messages are Fluent patterns (assets/i18n/LANG/page.ftl) as
// the app hands them over: text, { $argument }, and a choice by an argument, a count choosing by
// its plural category. The story's own dates and measures come written per language, and are put
// in place on its events, places, sources and steps.
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  var language = null;
  var plurals = null;

  // "6 500": thousands apart by a narrow no-break space, as the window writes numbers.
  function number(n) {
    var digits = String(Math.abs(Math.round(n)));
    var out = "";
    for (var i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) {
        out += "\u202f";
      }
      out += digits[i];
    }
    return (n < 0 ? "-" : "") + out;
  }

  function fill(pieces, args) {
    return pieces.map(function (piece) {
      if (typeof piece === "string") {
        return piece;
      }
      if (piece.arg !== undefined) {
        var value = args[piece.arg];
        return typeof value === "number" ? number(value) : String(value === undefined ? "" : value);
      }
      var chosen = args[piece.select];
      var key = String(chosen);
      if (typeof chosen === "number" && !piece.variants[key]) {
        key = plurals.select(chosen);
      }
      return fill(piece.variants[key] || piece.variants[piece.other], args);
    }).join("");
  }

  // The message `id` with its arguments, in the reader's language (the id itself if it has none).
  Chronomap.say = function (id, args) {
    var pieces = language.words[id];
    return pieces ? fill(pieces, args || {}) : id;
  };

  Chronomap.number = number;

  // Chooses the language, puts the story's words of that language in place and writes the page's
  // own words (the elements marked data-say and data-say-label).
  Chronomap.speak = function (data) {
    var asked = new URLSearchParams(location.search).get("lang");
    language = data.languages.filter(function (l) {
      return l.code === asked;
    })[0] || data.languages[0];
    plurals = new Intl.PluralRules(language.code);
    Chronomap.language = language;
    document.documentElement.lang = language.code;
    data.events.forEach(function (event, i) {
      event.date = language.event_dates[i];
    });
    data.places.forEach(function (place, i) {
      place.shape = language.place_shapes[i];
      place.measures = language.place_measures[i];
      place.reportedLines = language.place_reported[i];
    });
    data.sources.forEach(function (source, i) {
      source.published = language.source_published[i];
      source.says = language.source_picture[i];
    });
    data.steps.forEach(function (step, i) {
      step.window = language.step_windows[i];
    });
    data.countries.forEach(function (country, i) {
      country.name = language.countries[i];
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-say]"), function (node) {
      node.textContent = Chronomap.say(node.getAttribute("data-say"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-say-label]"), function (node) {
      node.setAttribute("aria-label", Chronomap.say(node.getAttribute("data-say-label")));
    });
    // The link to the other language keeps the step the reader is on.
    var other = data.languages.filter(function (l) {
      return l !== language;
    })[0];
    var switcher = document.getElementById("other-language");
    if (other && switcher) {
      switcher.setAttribute("href", "?lang=" + other.code + location.hash);
      switcher.setAttribute("hreflang", other.code);
      switcher.setAttribute("lang", other.code);
      switcher.addEventListener("click", function () {
        switcher.setAttribute("href", "?lang=" + other.code + location.hash);
      });
    }
  };
})();
