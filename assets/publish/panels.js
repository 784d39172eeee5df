// The side panels: events, places with their cards, the sources' full texts with their quotes
// marked, and "Sources compared". Everything the story says is written as text, never as HTML.
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  // An element with attributes and children (strings become text).
  function h(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") {
        node.textContent = attributes[key];
      } else if (key === "onclick") {
        node.addEventListener("click", attributes[key]);
      } else {
        node.setAttribute(key, attributes[key]);
      }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function link(text, onclick, className) {
    return h("button", { type: "button", class: "link " + (className || ""), text: text, onclick: onclick });
  }

  // A quote's words in the quotation marks of its source's language; a region of a picture by
  // its caption, said to be one (the caption is the editor's words, not the source's).
  function quoted(data, q) {
    var quote = data.quotes[q], marks = data.sources[quote.source].marks;
    if (quote.region) {
      return Chronomap.say("page-region-caption", { caption: quote.exact });
    }
    return marks[0] + quote.exact + marks[1];
  }

  // A quote as every panel shows it: the words in their language's quotation marks, then who said it.
  function quoteBlock(data, q, go) {
    var quote = data.quotes[q], source = data.sources[quote.source];
    return h("figure", { class: "quote", "data-quote": q }, [
      quote.region ? Chronomap.pictureCrop(data, q) : null,
      h("blockquote", { lang: source.language, text: quoted(data, q) }),
      h("figcaption", {}, ["— " + credit(data, q) + " ", link(Chronomap.say("page-read-in-source"), function () {
        go.quote(q);
      })])
    ]);
  }

  // A quote's credit: its source's, for a PDF the page its words start on, for a picture the region.
  function credit(data, q) {
    var quote = data.quotes[q], label = data.sources[quote.source].label;
    if (quote.region) {
      var r = quote.region;
      return Chronomap.say("page-credit-region", { credit: label, region: r[2] + " × " + r[3] + " px @ " + r[0] + ", " + r[1] });
    }
    return quote.page ? Chronomap.say("page-credit-page", { credit: label, page: quote.page }) : label;
  }

  function differs(data, claims, go) {
    return claims.map(function (c) {
      return link(Chronomap.say("page-sources-differ", { topic: data.claims[c].topic }), function () {
        go.claim(c);
      }, "differ");
    });
  }

  // Who checked an event or a claim and on what day, or that it changed since that check.
  function checkLine(check) {
    if (!check) {
      return null;
    }
    var date = check.day === null ? check.at : Chronomap.dayLabel(check.day);
    var said = Chronomap.say(check.holds ? "page-checked" : "page-changed-since-checked", { by: check.by, date: date });
    return h("p", { class: check.holds ? "check holds" : "check changed", text: said + (check.note ? " — " + check.note : "") });
  }

  function eventCard(data, e, go) {
    var event = data.events[e];
    return h("article", { class: "event-card status-" + event.status, "data-event": e }, [
      h("h3", { text: event.title }),
      h("p", { class: "meta" }, [h("span", { class: "status", text: Chronomap.language.statuses[event.status] }), " · " + event.date + " · EDTF " + event.edtf]),
      checkLine(event.checked),
      event.places.length ? h("p", { class: "meta" }, [Chronomap.say("page-places-of-event") + " "].concat(event.places.map(function (p) {
        return link(data.places[p].name, function () {
          go.place(p);
        });
      }))) : null,
      h("div", {}, differs(data, event.claims, go)),
      event.notes ? h("p", { class: "notes", text: event.notes }) : null
    ].concat(event.quotes.map(function (q) {
      return quoteBlock(data, q, go);
    })));
  }

  function Panels(data, go) {
    this.data = data;
    this.go = go;
    this.shownCurrent = null;
    this.readers = {};
  }

  var ROW_PX = 24;

  // The list of every event, drawn a screenful at a time (a story of a million events scrolls as
  // one of ten).
  Panels.prototype.buildEvents = function (panel) {
    var self = this, data = this.data;
    this.atCursor = h("div", { id: "at-cursor" });
    this.marked = { current: new Set(), selected: null };
    this.list = h("div", { class: "event-list", role: "list" });
    this.rows = h("div", { class: "event-rows", style: "height: " + data.events.length * ROW_PX + "px" });
    this.list.appendChild(this.rows);
    this.list.addEventListener("scroll", function () {
      self.drawRows();
    });
    panel.appendChild(this.atCursor);
    panel.appendChild(h("h2", { text: Chronomap.say("page-all-events", { count: data.events.length }) }));
    panel.appendChild(this.list);
  };

  // The rows in sight (and a few around them), marked current or selected.
  Panels.prototype.drawRows = function () {
    var data = this.data, go = this.go, marked = this.marked;
    var first = Math.max(0, Math.floor(this.list.scrollTop / ROW_PX) - 5);
    var last = Math.min(data.events.length, first + Math.ceil((this.list.clientHeight || 600) / ROW_PX) + 10);
    this.rows.textContent = "";
    for (var i = first; i < last; i++) {
      var event = data.events[i];
      var classes = "event status-" + event.status + (marked.current.has(i) ? " current" : "") + (marked.selected === i ? " selected" : "");
      var button = h("button", { type: "button", class: classes, "data-event": i, role: "listitem", style: "top: " + i * ROW_PX + "px" }, [
        h("span", { class: "dot" }),
        event.date + " · " + event.title + (event.claims.length ? " ⇄" : "")
      ]);
      button.addEventListener("click", (function (e) {
        return function () {
          go.event(e);
        };
      })(i));
      this.rows.appendChild(button);
    }
  };

  // Scrolls the list to an event's row.
  Panels.prototype.revealEvent = function (e) {
    var top = e * ROW_PX;
    if (top < this.list.scrollTop || top > this.list.scrollTop + this.list.clientHeight - ROW_PX) {
      this.list.scrollTop = Math.max(0, top - this.list.clientHeight / 3);
    }
    this.drawRows();
  };

  // What the events panel says at the cursor: the current events with their quotes.
  Panels.prototype.showCurrent = function (current, dayLabel, selected) {
    var key = Array.from(current).join(",") + "|" + selected;
    if (key === this.shownCurrent) {
      return;
    }
    this.shownCurrent = key;
    this.marked = { current: current, selected: selected };
    this.drawRows();
    var data = this.data, go = this.go, box = this.atCursor;
    box.textContent = "";
    var shown = Array.from(current);
    if (selected !== null && !current.has(selected)) {
      shown.unshift(selected);
    }
    box.appendChild(h("h2", { text: Chronomap.say("page-at-cursor-heading", { date: dayLabel, count: current.size }) }));
    shown.slice(0, 20).forEach(function (e) {
      box.appendChild(eventCard(data, e, go));
    });
    if (shown.length > 20) {
      box.appendChild(h("p", { class: "notes", text: Chronomap.say("page-more-below", { count: shown.length - 20 }) }));
    }
  };

  Panels.prototype.buildPlaces = function (panel) {
    var data = this.data, go = this.go;
    this.placeCard = h("div", { id: "place-card" }, [h("p", { class: "hint", text: Chronomap.say("page-place-hint") })]);
    var order = data.places.map(function (_, i) {
      return i;
    }).sort(function (a, b) {
      return data.places[a].name.localeCompare(data.places[b].name);
    });
    var list = h("ul", { class: "place-list" }, order.map(function (p) {
      var place = data.places[p];
      return h("li", {}, [link(place.name, function () {
        go.place(p);
      }, "kind-" + place.kind), h("span", { class: "meta", text: " " + Chronomap.language.kinds[place.kind] })]);
    }));
    panel.appendChild(this.placeCard);
    panel.appendChild(h("h2", { text: Chronomap.say("page-all-places", { count: data.places.length }) }));
    panel.appendChild(list);
  };

  // The place card: every spelling, what the map measures beside what the sources report, the
  // events there and every quote that names it.
  Panels.prototype.showPlace = function (p) {
    var data = this.data, go = this.go, place = data.places[p];
    var card = this.placeCard;
    card.textContent = "";
    var parts = [
      h("h2", { class: "kind-" + place.kind, text: place.name }),
      h("p", { class: "meta", text: Chronomap.language.kinds[place.kind] + " · " + place.shape }),
      place.aliases.length ? h("p", { text: Chronomap.say("page-also-written", { names: place.aliases.join(", ") }) }) : null
    ];
    place.measures.forEach(function (line) {
      parts.push(h("p", { text: line }));
    });
    place.reported.forEach(function (q, r) {
      parts.push(h("p", {}, [h("strong", { text: place.reportedLines[r] })]));
      parts.push(quoteBlock(data, q, go));
    });
    parts = parts.concat(differs(data, place.claims, go));
    if (place.notes) {
      parts.push(h("p", { class: "notes", text: place.notes }));
    }
    parts.push(h("h3", { text: Chronomap.say("page-events-here") }));
    parts.push(place.events.length ? h("ul", {}, place.events.map(function (e) {
      return h("li", {}, [link(data.events[e].date + " — " + data.events[e].title, function () {
        go.event(e);
      })]);
    })) : h("p", { class: "notes", text: Chronomap.say("page-none") }));
    parts.push(h("h3", { text: Chronomap.say("page-quotes-naming") }));
    if (!place.quotes.length) {
      parts.push(h("p", { class: "notes", text: Chronomap.say("page-none") }));
    }
    place.quotes.forEach(function (q) {
      parts.push(quoteBlock(data, q, go));
    });
    parts.forEach(function (part) {
      if (part) {
        card.appendChild(part);
      }
    });
  };

  Panels.prototype.buildSources = function (panel) {
    var self = this, data = this.data;
    this.sourcePicker = h("div", { class: "source-picker", role: "group", "aria-label": "Sources" },
      data.sources.map(function (source, s) {
        return h("button", { type: "button", "data-source": s, text: source.label, onclick: function () {
          self.showSource(s, null);
        } });
      }));
    this.reader = h("div", { id: "reader" });
    panel.appendChild(this.sourcePicker);
    panel.appendChild(this.reader);
  };

  // A source's text cut where quotes begin and end, each piece marked with the quotes over it
  // (one sweep along the text, so a source with thousands of quotes is cut in linear time).
  Panels.prototype.text = function (s) {
    var data = this.data, go = this.go, source = data.sources[s];
    var edges = [];
    data.quotes.forEach(function (quote, q) {
      // A region quote marks its picture, not its text.
      if (quote.source === s && !quote.region) {
        edges.push([quote.start, 1, q], [quote.start + quote.exact.length, -1, q]);
      }
    });
    edges.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1];
    });
    var body = h("div", { class: "source-text", lang: source.language });
    var open = [], at = 0;
    var follow = function (q) {
      return function () {
        var quote = data.quotes[q];
        if (quote.events.length) {
          go.event(quote.events[0]);
        } else if (quote.mentions.length) {
          go.place(quote.mentions[0]);
        }
      };
    };
    var emit = function (to) {
      if (to <= at) {
        return;
      }
      var piece = source.text.slice(at, to);
      if (!open.length) {
        body.appendChild(document.createTextNode(piece));
      } else {
        var backs = open.some(function (q) {
          return data.quotes[q].events.length > 0;
        });
        var mark = h("mark", { class: backs ? "backs" : "names", "data-quotes": open.join(" "), text: piece });
        mark.addEventListener("click", follow(open[0]));
        body.appendChild(mark);
      }
      at = to;
    };
    edges.forEach(function (edge) {
      emit(edge[0]);
      if (edge[1] > 0) {
        open.push(edge[2]);
      } else {
        open.splice(open.indexOf(edge[2]), 1);
      }
    });
    emit(source.text.length);
    return body;
  };

  // Shows a source (and its capture record), its quote `q` focused and scrolled to when given.
  Panels.prototype.showSource = function (s, q) {
    var data = this.data, source = data.sources[s];
    this.shown = [s, q];
    Array.prototype.forEach.call(this.sourcePicker.children, function (button) {
      button.classList.toggle("selected", Number(button.getAttribute("data-source")) === s);
    });
    this.reader.textContent = "";
    var check = Chronomap.say(this.checks ? (this.checks.sources[s] ? "page-hash-verified" : "page-hash-changed") : "page-hash-checking");
    var record = Chronomap.say(source.hash_from === "capture" ? "page-captured" : "page-not-captured",
      { time: source.captured, sha256: source.sha256, check: check });
    this.reader.appendChild(h("header", { class: "source-head" }, [
      h("h2", { lang: source.language, text: source.title }),
      h("p", { class: "meta", text: (source.publisher || Chronomap.say("page-publisher-unnamed")) + " · " + source.published + " · " + source.language }),
      source.url ? h("p", { class: "meta" }, [h("a", { href: source.url, rel: "noreferrer", text: source.url })]) : null,
      h("p", { class: "capture" + (this.checks && !this.checks.sources[s] ? " failed" : ""), text: record }),
      source.original ? h("p", { class: "meta", text: Chronomap.say("page-extracted-from", { file: source.original[0], sha256: source.original[1] }) }) : null,
      source.archived ? h("p", { class: "meta", text: Chronomap.say("page-archived", { url: source.archived[0], time: source.archived[1] }) }) : null,
      source.timestamp ? h("p", { class: "meta", text: Chronomap.say("page-time-stamped", { authority: source.timestamp[0], time: source.timestamp[1] }) }) : null,
      source.capture_notes ? h("p", { class: "notes", text: source.capture_notes }) : null,
      h("p", { class: "hint", text: Chronomap.say("page-reader-hint") })
    ]));
    if (source.picture) {
      this.reader.appendChild(this.picture(s, q));
    }
    var text = this.readers[s] || (this.readers[s] = this.text(s));
    this.reader.appendChild(text);
    Array.prototype.forEach.call(text.querySelectorAll("mark.focused"), function (mark) {
      mark.classList.remove("focused");
    });
    if (q !== null && q !== undefined) {
      var marks = Array.prototype.filter.call(text.querySelectorAll("mark"), function (mark) {
        return mark.getAttribute("data-quotes").split(" ").indexOf(String(q)) >= 0;
      });
      marks.forEach(function (mark) {
        mark.classList.add("focused");
      });
      if (marks.length) {
        marks[0].scrollIntoView({ block: "center" });
      }
    }
  };

  // A picture source: what its file says of itself, whether the embedded picture is the original
  // (and checked) or a reduced copy, and the picture with its regions.
  Panels.prototype.picture = function (s, q) {
    var data = this.data, go = this.go, source = data.sources[s], picture = source.picture;
    var checked = this.checks ? this.checks.pictures[s] : undefined;
    var state = picture.reduced
      ? Chronomap.say("page-picture-reduced", { file: picture.file, sha256: picture.sha256 })
      : Chronomap.say(checked === true ? "page-picture-verified" : checked === false ? "page-picture-changed" : "page-hash-checking",
        { file: picture.file, sha256: picture.sha256 });
    return h("section", { class: "picture-source" }, [
      h("ul", { class: "picture-says" }, source.says.map(function (line) {
        return h("li", { text: line });
      })),
      h("p", { class: "capture" + (checked === false ? " failed" : ""), text: state }),
      picture.data ? Chronomap.pictureWhole(data, s, q, function (region) {
        var quote = data.quotes[region];
        if (quote.events.length) {
          go.event(quote.events[0]);
        } else if (quote.mentions.length) {
          go.place(quote.mentions[0]);
        }
      }) : null
    ]);
  };

  Panels.prototype.buildCompare = function (panel) {
    var data = this.data, go = this.go;
    panel.appendChild(h("p", { class: "hint", text: Chronomap.say("page-compare-hint") }));
    data.claims.forEach(function (claim, c) {
      panel.appendChild(h("article", { class: "claim", id: "claim-" + c }, [
        h("h3", { text: claim.topic }),
        checkLine(claim.checked),
        h("div", { class: "statements" }, claim.statements.map(function (statement, s) {
          var source = data.sources[s];
          return h("section", { class: "statement" }, [h("h4", { text: source.label })].concat(statement
            ? [h("p", { text: statement[0] })].concat(statement[1].map(function (q) {
              return quoteBlock(data, q, go);
            }))
            : [h("p", { class: "notes", text: Chronomap.say("page-not-reported") })]));
        }))
      ]));
    });
  };

  Chronomap.Panels = Panels;
  Chronomap.h = h;
  Chronomap.link = link;
  Chronomap.quoteBlock = quoteBlock;
  Chronomap.quoted = quoted;
  Chronomap.credit = credit;
})();
