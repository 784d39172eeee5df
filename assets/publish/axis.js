// The time axis the app draws (stretches with events keep their room, long gaps collapse), from
// the stretches Chronomap worked out: [first day, end day (exclusive), from, to] each, positions
// running from 0 to 1. Days count from 1 January of year 1, as the app counts them.
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  function Axis(stretches, unixEpochDay) {
    this.stretches = stretches.length ? stretches : [[0, 1, 0, 1]];
    this.unixEpochDay = unixEpochDay;
  }

  Axis.prototype.firstDay = function () {
    return this.stretches[0][0];
  };

  Axis.prototype.lastDay = function () {
    return this.stretches[this.stretches.length - 1][1] - 1;
  };

  // Position (0..1) of a fractional day; a day in a collapsed gap passes through it linearly.
  Axis.prototype.position = function (day) {
    var s = this.stretches;
    if (day <= s[0][0]) {
      return 0;
    }
    for (var i = 0; i < s.length; i++) {
      var first = s[i][0], end = s[i][1], from = s[i][2], to = s[i][3];
      if (day < end) {
        if (day >= first || i === 0) {
          return from + (day - first) / (end - first) * (to - from);
        }
        var previous = s[i - 1];
        return previous[3] + (day - previous[1]) / (first - previous[1]) * (from - previous[3]);
      }
    }
    return 1;
  };

  // The fractional day at a position: the inverse of position().
  Axis.prototype.dayAt = function (position) {
    var s = this.stretches;
    if (position <= 0) {
      return s[0][0];
    }
    for (var i = 0; i < s.length; i++) {
      var first = s[i][0], end = s[i][1], from = s[i][2], to = s[i][3];
      if (position < to) {
        if (position >= from || i === 0) {
          return first + (position - from) / (to - from) * (end - first);
        }
        var previous = s[i - 1];
        return previous[1] + (position - previous[3]) / (from - previous[3]) * (first - previous[1]);
      }
    }
    return s[s.length - 1][1];
  };

  // The gaps between stretches, as [from, to] positions, with the days they hide.
  Axis.prototype.gaps = function () {
    var gaps = [];
    for (var i = 1; i < this.stretches.length; i++) {
      var a = this.stretches[i - 1], b = this.stretches[i];
      gaps.push({ from: a[3], to: b[2], days: b[0] - a[1] });
    }
    return gaps;
  };

  Axis.prototype.date = function (day) {
    return new Date((Math.floor(day) - this.unixEpochDay) * 86400000);
  };

  // "17 Apr 2024", as the app writes a day.
  Axis.prototype.dayLabel = function (day) {
    var date = this.date(day);
    var day = date.getUTCDate();
    // The first of a month is "1er" in French, as the window writes it.
    var written = day === 1 ? Chronomap.language.first_of_month : String(day);
    return written + " " + Chronomap.language.months[date.getUTCMonth()] + " " + Axis.writtenYear(date.getUTCFullYear());
  };

  // A year as people write it, as the app does: 2024, or 44 BC for the proleptic year -43.
  Axis.writtenYear = function (year) {
    return year >= 1 ? String(year) : Chronomap.say("page-year-before-era", { year: String(1 - year) });
  };

  Axis.prototype.year = function (day) {
    return this.date(day).getUTCFullYear();
  };

  // How long a gap is, in words ("3 years", "5 months").
  Axis.prototype.spanLabel = function (days) {
    if (days >= 730) {
      return Chronomap.say("page-years", { count: Math.round(days / 365.25) });
    }
    if (days >= 60) {
      return Chronomap.say("page-months", { count: Math.round(days / 30.44) });
    }
    return Chronomap.say("page-days", { count: days });
  };

  Chronomap.Axis = Axis;
})();
