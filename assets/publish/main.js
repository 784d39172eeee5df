// The page's state (cursor, selection, step, tab) and what changes it: clicks, keys, the address's
// #step-N. Every change redraws the map, the timeline and the panels from the same state.
(function () {
  var data = JSON.parse(document.getElementById("chronomap-data").textContent);
  Chronomap.speak(data);
  var say = Chronomap.say;
  var axis = new Chronomap.Axis(data.axis, data.unix_epoch_day);
  var state = { cursor: data.cursor, event: null, place: null, step: null, tab: "tour" };
  var tabs = ["tour", "events", "places", "source", "compare"];
  var byId = function (id) {
    return document.getElementById(id);
  };

  byId("story-title").textContent = data.title;
  byId("summary").textContent = data.summary;
  Chronomap.dayLabel = axis.dayLabel.bind(axis);
  // How many events and claims an editor checked, when any was.
  if (data.checks.holding + data.checks.changed > 0) {
    byId("checks").textContent = say("page-checked-count", { checked: data.checks.holding, total: data.checks.total });
    if (data.checks.changed > 0) {
      var changed = say("page-changed-count", { count: data.checks.changed });
      byId("checks").appendChild(Chronomap.h("span", { class: "changed", text: " " + changed }));
    }
  }
  // Whose the street map's data is, said under the map and in the credits, wherever it is drawn.
  if (data.streets) {
    var said = " " + say("page-streets", { attribution: data.streets.attribution });
    byId("map-note").appendChild(document.createTextNode(said));
    byId("credits").firstElementChild.appendChild(document.createTextNode(said));
  }

  // The map and timeline fill what the header leaves of the window.
  function fitToWindow() {
    document.documentElement.style.setProperty("--header-px", byId("top").offsetHeight + "px");
  }
  fitToWindow();

  function setTab(name) {
    state.tab = name;
    tabs.forEach(function (tab) {
      byId("panel-" + tab).hidden = tab !== name;
    });
    Array.prototype.forEach.call(byId("tabs").children, function (button) {
      var selected = button.getAttribute("data-tab") === name;
      button.setAttribute("aria-selected", String(selected));
      button.classList.toggle("selected", selected);
    });
  }

  // The events the cursor is on: those current on its day (an ongoing one from its start on).
  function currentEvents() {
    var day = Math.floor(state.cursor), current = new Set();
    data.events.forEach(function (event, i) {
      if (event.current[0] <= day && day <= event.current[1]) {
        current.add(i);
      }
    });
    return current;
  }

  var go = {};
  var map = new Chronomap.MapView(byId("map"), byId("map-marks"), data);
  var timeline = new Chronomap.Timeline(byId("timeline"), data, axis);
  // What the map and the timeline drew (boxes, labels, marks), for scripts that check the page.
  Chronomap.mapView = map;
  Chronomap.timelineView = timeline;
  var panels = new Chronomap.Panels(data, go);
  var tour = new Chronomap.Tour(data, byId("panel-tour"), go);
  panels.buildEvents(byId("panel-events"));
  panels.buildPlaces(byId("panel-places"));
  panels.buildSources(byId("panel-source"));
  panels.buildCompare(byId("panel-compare"));

  // When each redraw started and how long its script took (ms), the last few hundred: what a
  // benchmark reads while dragging.
  Chronomap.renderMs = [];
  Chronomap.renderAt = [];
  var pending = false;
  function render() {
    var started = performance.now();
    draw();
    Chronomap.renderAt.push(started);
    Chronomap.renderMs.push(performance.now() - started);
    if (Chronomap.renderMs.length > 500) {
      Chronomap.renderMs.shift();
      Chronomap.renderAt.shift();
    }
  }

  function draw() {
    pending = false;
    var current = currentEvents();
    var step = state.step === null ? null : data.steps[state.step];
    var forwardEvents = new Set(step ? step.events : []);
    var forwardPlaces = new Set(step ? step.places : []);
    forwardEvents.forEach(function (e) {
      data.events[e].places.forEach(function (p) {
        forwardPlaces.add(p);
      });
    });
    // As in the app: a step's places are marked as the cursor's are, so a step's map shows what
    // the step is about, not only what else happens on its first day.
    var currentPlaces = new Set(forwardPlaces);
    current.forEach(function (e) {
      data.events[e].places.forEach(function (p) {
        currentPlaces.add(p);
      });
    });
    timeline.draw({
      cursor: state.cursor,
      current: current,
      forward: forwardEvents,
      selected: state.event,
      window: step ? [step.from, step.to] : null
    });
    map.mark({ current: currentPlaces, forward: forwardPlaces, selected: state.place });
    var day = axis.dayLabel(state.cursor);
    byId("cursor-date").textContent = say("page-cursor", { date: day });
    byId("cursor-count").textContent = say("page-at-the-cursor", { count: current.size });
    var canvas = byId("timeline");
    var now = say("page-cursor-now", { date: day, count: current.size });
    canvas.setAttribute("aria-valuetext", now);
    announce(step ? say("page-step-announced", { step: state.step + 1, count: data.steps.length, title: step.title }) : now);
    canvas.setAttribute("aria-valuenow", String(Math.floor(state.cursor)));
    panels.showCurrent(current, day, state.event);
  }

  // What a screen reader hears when the step or the cursor's day changes: said once the reader
  // stops moving, not at every day a drag passes.
  var announced = "", announcing = null;
  function announce(text) {
    if (text === announced) {
      return;
    }
    announced = text;
    clearTimeout(announcing);
    announcing = setTimeout(function () {
      byId("announce").textContent = text;
    }, 400);
  }

  function update() {
    if (!pending) {
      pending = true;
      requestAnimationFrame(render);
    }
  }

  function setCursor(day) {
    state.cursor = Math.max(axis.firstDay(), Math.min(axis.lastDay(), day));
    update();
  }

  go.event = function (e) {
    state.event = e;
    setCursor(data.events[e].from);
    setTab("events");
    render();
    panels.revealEvent(e);
    var card = byId("at-cursor").querySelector('[data-event="' + e + '"]');
    if (card) {
      card.scrollIntoView({ block: "nearest" });
    }
  };
  go.place = function (p) {
    state.place = p;
    panels.showPlace(p);
    setTab("places");
    var bounds = data.places[p].bounds, box = map.box;
    var inView = bounds && bounds[0] >= box[0] && bounds[1] >= box[1] &&
      bounds[0] + bounds[2] <= box[0] + box[2] && bounds[1] + bounds[3] <= box[1] + box[3];
    if (bounds && !inView) {
      var size = Math.max(bounds[2], bounds[3], 0.3) * 2.5;
      map.easeTo([bounds[0] + bounds[2] / 2 - size / 2, bounds[1] + bounds[3] / 2 - size / 2, size, size]);
    }
    byId("panel-places").scrollTop = 0;
    update();
  };
  go.quote = function (q) {
    setTab("source");
    panels.showSource(data.quotes[q].source, q);
  };
  go.claim = function (c) {
    setTab("compare");
    var claim = byId("claim-" + c);
    Array.prototype.forEach.call(document.querySelectorAll(".claim.focused"), function (node) {
      node.classList.remove("focused");
    });
    claim.classList.add("focused");
    claim.scrollIntoView({ block: "start" });
  };
  go.step = function (delta) {
    if (!data.steps.length) {
      return;
    }
    var k = state.step === null ? 0 : Math.max(0, Math.min(data.steps.length - 1, state.step + delta));
    // The address names the step (a link to it opens it); shown at once, not on the next event.
    if (location.hash !== "#step-" + (k + 1)) {
      history.pushState(null, "", "#step-" + (k + 1));
    }
    showStep(k);
  };

  function showStep(k) {
    var step = data.steps[k];
    state.step = k;
    state.event = null;
    state.cursor = step.from;
    map.easeTo(step.view);
    tour.show(k);
    setTab("tour");
    update();
  }

  function followAddress() {
    var match = /^#step-(\d+)$/.exec(location.hash);
    var k = match ? Number(match[1]) - 1 : -1;
    if (k >= 0 && k < data.steps.length) {
      showStep(k);
    } else {
      tour.show(state.step);
    }
  }

  // ← and → go from event start to event start, as in the app.
  function stepCursor(forward) {
    var day = Math.floor(state.cursor), best = null;
    data.events.forEach(function (event) {
      if (forward ? event.from > day && (best === null || event.from < best) : event.from < day && (best === null || event.from > best)) {
        best = event.from;
      }
    });
    if (best !== null) {
      setCursor(best);
    }
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      return;
    }
    var keys = {
      PageDown: function () {
        go.step(1);
      },
      PageUp: function () {
        go.step(-1);
      },
      ArrowRight: function () {
        stepCursor(true);
      },
      ArrowLeft: function () {
        stepCursor(false);
      },
      Home: function () {
        setCursor(axis.firstDay());
      },
      End: function () {
        setCursor(axis.lastDay());
      }
    };
    if (keys[event.key] && (event.key.indexOf("Arrow") !== 0 || target === document.body || target.id === "timeline")) {
      event.preventDefault();
      keys[event.key]();
    }
  });

  Array.prototype.forEach.call(byId("tabs").children, function (button) {
    button.addEventListener("click", function () {
      setTab(button.getAttribute("data-tab"));
      if (button.getAttribute("data-tab") === "events") {
        panels.drawRows();
      }
      if (button.getAttribute("data-tab") === "source" && !byId("reader").childNodes.length) {
        panels.showSource(0, null);
      }
    });
  });
  byId("zoom-in").addEventListener("click", function () {
    map.zoom(1 / 1.6);
  });
  byId("zoom-out").addEventListener("click", function () {
    map.zoom(1.6);
  });
  byId("fit").addEventListener("click", function () {
    map.easeTo(state.step === null ? data.view : data.steps[state.step].view);
  });
  map.listen(go.place);
  timeline.listen(setCursor, go.event);
  window.addEventListener("resize", function () {
    fitToWindow();
    update();
  });
  window.addEventListener("hashchange", followAddress);
  window.addEventListener("popstate", followAddress);

  setTab(data.steps.length ? "tour" : "events");
  if (data.sources.length) {
    panels.showSource(0, null);
  }
  tour.print(byId("print-steps"));
  followAddress();
  render();
  // The page answers from here on: the time since it started loading, for benchmarks.
  document.documentElement.setAttribute("data-ready-ms", String(Math.round(performance.now())));

  // What the evidence check found, in words and on <html> for scripts.
  Chronomap.verify(data).then(function (checks) {
    var ok = function (list) {
      return list.filter(Boolean).length;
    };
    var recorded = data.sources.every(function (source) {
      return source.hash_from === "capture";
    });
    var pictures = checks.pictures.filter(function (check) {
      return check !== undefined;
    });
    var allGood = ok(checks.quotes) === checks.quotes.length && ok(checks.sources) === checks.sources.length &&
      pictures.indexOf(false) < 0;
    // A story with no sources yet has nothing to check, and says so rather than "0 of 0".
    var line = !checks.sources.length ? say("page-evidence-none") : (allGood ? "✓ " : "✗ ") + say("page-evidence", {
      quotesFound: ok(checks.quotes), quotes: checks.quotes.length,
      sourcesKept: ok(checks.sources), sources: checks.sources.length,
      since: recorded ? "capture" : "publication"
    }) + (pictures.length ? " " + say("page-evidence-pictures", {
      verified: ok(pictures), total: pictures.length, reduced: pictures.filter(function (check) {
        return check === null;
      }).length
    }) : "");
    var banner = byId("verification");
    banner.textContent = line;
    // The printed steps carry the same line: a printout says what was checked, and when.
    Array.prototype.forEach.call(document.querySelectorAll("#print-steps .evidence-line"), function (node) {
      node.textContent = say("page-evidence-printed", { day: new Date().toISOString().slice(0, 10), line: line });
      node.classList.toggle("failed", !allGood);
    });
    banner.className = allGood ? "verified" : "failed";
    var failures = [];
    checks.sources.forEach(function (good, s) {
      if (!good) {
        failures.push(say("page-source-changed", { source: data.sources[s].label, sha256: data.sources[s].sha256 }));
      }
    });
    checks.pictures.forEach(function (good, s) {
      if (good === false) {
        failures.push(say("page-picture-changed", { file: data.sources[s].picture.file, sha256: data.sources[s].picture.sha256 }));
      }
    });
    checks.quotes.forEach(function (good, q) {
      if (!good) {
        var quote = data.quotes[q];
        failures.push(say("page-quote-moved", { quote: quote.id, source: data.sources[quote.source].label, words: Chronomap.quoted(data, q) }));
      }
    });
    if (failures.length) {
      banner.appendChild(Chronomap.h("ul", {}, failures.map(function (failure) {
        return Chronomap.h("li", { text: failure });
      })));
    }
    panels.checks = checks;
    if (panels.shown) {
      panels.showSource(panels.shown[0], panels.shown[1]);
    }
  });
})();
