// The map as SVG: the base map's countries and the story's places, from path data Chronomap
// projected exactly as the app does (map units, y down). The view is the SVG's viewBox; labels
// keep their size on screen through the --u property (map units per pixel).
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  var SVG = "http://www.w3.org/2000/svg";
  var TINTS = ["var(--land)", "#eeeadf", "#f0ede4"];
  // Labels go to the smallest targets first, as in the app; countries last.
  var RANK = { site: 0, city: 0, corridor: 1, deployment: 1, district: 2, region: 3 };
  var LABEL_PX = 12;
  // Fewer pixels than this to a map unit (a degree of latitude) is far out, as in the app.
  var FAR_PIXELS_PER_UNIT = 12;
  var SHARED_SPOT_PX = 10;

  function element(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function drawnPlaces(data) {
    var order = [];
    data.places.forEach(function (place, i) {
      if (place.kind !== "country") {
        order.push(i);
      }
    });
    // Areas under lines under points, larger areas first.
    var size = function (i) {
      var p = data.places[i];
      if (p.points.length) {
        return 0;
      }
      if (!p.area) {
        return 1;
      }
      return 2 + (p.bounds ? p.bounds[2] * p.bounds[3] : 0);
    };
    return order.sort(function (a, b) {
      return size(b) - size(a);
    });
  }

  // One place's elements: its shape in `shapes`, its points in `points`, with `marks` classes.
  function drawPlace(data, i, shapes, points, marks) {
    var place = data.places[i];
    var classes = "place kind-" + place.kind + (place.approximate ? " approximate" : "") + marks;
    var groups = [];
    var group = function (layer) {
      var g = element("g", { class: classes, "data-place": i }, layer);
      element("title", {}, g).textContent = place.name;
      groups.push(g);
      return g;
    };
    if (place.area || place.line) {
      var shape = group(shapes);
      if (place.area) {
        element("path", { class: "area", d: place.area }, shape);
      }
      if (place.line) {
        element("path", { class: "line-halo", d: place.line }, shape);
        element("path", { class: "line", d: place.line }, shape);
      }
    }
    if (place.points.length) {
      var marker = group(points);
      place.points.forEach(function (point) {
        element("circle", { class: "hit", cx: point[0], cy: point[1] }, marker);
        element("circle", { class: "point", cx: point[0], cy: point[1] }, marker);
      });
    }
    return groups;
  }

  // Draws the countries and places into `svg` (without the transient places when
  // options.transient is false); returns the elements by place and the labels.
  function draw(svg, data, options) {
    var world = data.world;
    element("rect", {
      class: "water", x: world[0] - world[2], y: world[1] - world[3], width: world[2] * 3, height: world[3] * 3
    }, svg);
    // Around the story's places the finer map's land lies under the countries, which are cut out
    // of its box (but for the shipped region's own), and its lakes and lines over them.
    var detail = data.detail;
    if (detail) {
      element("path", { class: "detail-land", d: detail.land }, svg);
    }
    var countries = element("g", { class: "countries" }, svg);
    if (detail) {
      countries.setAttribute("clip-path", "url(#" + outsideDetail(svg, world, detail) + ")");
    }
    data.countries.forEach(function (country, i) {
      element("path", { d: country.d, fill: TINTS[i % TINTS.length] }, countries);
    });
    var townDots = [];
    if (detail) {
      element("path", { class: "detail-lakes", d: detail.lakes }, svg);
      element("path", { class: "detail-rivers", d: detail.rivers }, svg);
    }
    drawStreets(svg, data.streets);
    if (detail) {
      ["divisions", "coast", "borders"].forEach(function (layer) {
        element("path", { class: "detail-" + layer, d: detail[layer] }, svg);
      });
      var towns = element("g", { class: "towns" }, svg);
      townDots = detail.towns.map(function (town) {
        return element("circle", { class: "town-dot", cx: town.at[0], cy: town.at[1] }, towns);
      });
    }
    // Shapes, then every point over them, so a town is never hidden under an area or a line.
    // A place that exists only for a time (a deployment) is left to the marks drawn over the map.
    var places = element("g", { class: "places" }, svg);
    var points = element("g", { class: "places points" }, svg);
    var shapes = {};
    drawnPlaces(data).forEach(function (i) {
      if (!(options.transient === false && data.places[i].transient)) {
        shapes[i] = drawPlace(data, i, places, points, "");
      }
    });
    var labels = element("g", { class: "labels" }, svg);
    var candidates = [];
    // The street map's quarters and waters, then the gazetteer's towns: named where there is
    // room, after the story's own.
    (data.streets ? data.streets.names : []).forEach(function (name) {
      var text = element("text", { class: name.water ? "street-label water-label" : "street-label", x: name.at[0], y: name.at[1] }, labels);
      text.textContent = name.name;
      candidates.push({ node: text, at: name.at, chars: name.name.length, rank: 7, place: -1 });
    });
    // The gazetteer's towns around the story: named where there is room, after the story's own.
    (detail ? detail.towns : []).forEach(function (town, k) {
      var dot = townDots[k];
      var text = element("text", { class: "town-label", x: town.at[0], y: town.at[1] }, labels);
      text.textContent = town.name;
      candidates.push({ node: text, dot: dot, at: town.at, chars: town.name.length, rank: 8, place: -1, point: true });
    });
    data.countries.forEach(function (country) {
      if (country.label) {
        var text = element("text", { class: "country-label", x: country.label[0], y: country.label[1] }, labels);
        text.textContent = country.name.toUpperCase();
        candidates.push({ node: text, at: country.label, chars: country.name.length * 1.25, rank: 9, place: -1 });
      }
    });
    drawnPlaces(data).forEach(function (i) {
      var place = data.places[i];
      if (!place.label || !shapes[i]) {
        return;
      }
      var at = place.points.length ? place.points[0] : place.label;
      var name = place.approximate && !place.points.length ? Chronomap.say("page-schematic-name", { name: place.name }) : place.name;
      var text = element("text", { class: "place-label", x: at[0], y: at[1], "data-place": i }, labels);
      text.textContent = name;
      candidates.push({ node: text, at: at, name: name, chars: name.length, rank: RANK[place.kind] || 4, place: i, point: place.points.length > 0 });
    });
    return { shapes: shapes, labels: candidates };
  }

  // The person's street map around the story (water, buildings, rivers, roads with an edge).
  function drawStreets(svg, streets) {
    if (!streets) {
      return;
    }
    var g = element("g", { class: "streets" }, svg);
    element("path", { class: "street-water", d: streets.water }, g);
    element("path", { class: "street-buildings", d: streets.buildings }, g);
    element("path", { class: "street-rivers", d: streets.rivers }, g);
    ["minor", "major"].forEach(function (kind) {
      element("path", { class: "street-edge street-" + kind, d: streets[kind] }, g);
      element("path", { class: "street-road street-" + kind, d: streets[kind] }, g);
    });
  }

  // A clip path (in the svg's defs) of the world but the detail's box, the shipped region's box
  // kept: even-odd over the three rectangles. Its id is unique to the page, as an svg may be drawn
  // more than once (the printed steps).
  var clips = 0;
  function outsideDetail(svg, world, detail) {
    var rect = function (b) {
      return "M" + b[0] + " " + b[1] + "h" + b[2] + "v" + b[3] + "h" + -b[2] + "Z";
    };
    var id = "outside-detail-" + (clips += 1);
    var defs = element("defs", {}, svg);
    var clip = element("clipPath", { id: id }, defs);
    var all = [world[0] - world[2], world[1] - world[3], world[2] * 3, world[3] * 3];
    element("path", { "clip-rule": "evenodd", d: rect(all) + rect(detail.bounds) + rect(detail.region) }, clip);
    return id;
  }

  // Where a label may go, best first, as [class, dx, dy] in pixels from its anchor (its width
  // counted in `w`): beside a town (right, left, above, below), centred on an area (or above or
  // below it).
  function spots(label, w, h) {
    if (label.point) {
      return [["right", 8, -h / 2], ["left", -8 - w, -h / 2], ["above", -w / 2, -13 - h / 2], ["below", -w / 2, 13 - h / 2]];
    }
    return [["centre", -w / 2, -h / 2], ["above", -w / 2, -13 - h / 2], ["below", -w / 2, 13 - h / 2]];
  }

  // Rectangles [left, top, right, bottom] in screen pixels, found by the grid cells they cover,
  // so placing hundreds of labels stays linear.
  function Grid() {
    this.cells = new Map();
  }

  Grid.prototype.keys = function (rect) {
    var keys = [];
    for (var x = Math.floor(rect[0] / 64); x <= Math.floor(rect[2] / 64); x++) {
      for (var y = Math.floor(rect[1] / 64); y <= Math.floor(rect[3] / 64); y++) {
        keys.push(x + ":" + y);
      }
    }
    return keys;
  };

  Grid.prototype.add = function (rect) {
    this.keys(rect).forEach(function (key) {
      var cell = this.cells.get(key);
      if (cell) {
        cell.push(rect);
      } else {
        this.cells.set(key, [rect]);
      }
    }, this);
  };

  // Whether `rect` overlaps a rectangle held, other than `except`.
  Grid.prototype.hits = function (rect, except) {
    return this.keys(rect).some(function (key) {
      return (this.cells.get(key) || []).some(function (other) {
        return other !== except && rect[0] < other[2] && other[0] < rect[2] && rect[1] < other[3] && other[1] < rect[3];
      });
    }, this);
  };

  // Far out (a continent, the world), a story's points on one spot share the first one's label
  // ("Retford +1"), so no label of theirs spreads over the countries around, and the towns around
  // are left out; closer, each has its own.
  function shareSpots(labels, far) {
    var kept = [];
    return labels.filter(function (label) {
      // The gazetteer's towns are context for closer views: far out they would only crowd.
      if (label.dot) {
        label.dot.classList.toggle("hidden", far);
        label.node.classList.toggle("hidden", far);
        return !far;
      }
      if (label.name === undefined) {
        return true;
      }
      var first = far && label.point ? kept.find(function (other) {
        return Math.hypot(other.x - label.x, other.y - label.y) < SHARED_SPOT_PX;
      }) : null;
      if (first) {
        first.others += 1;
        first.node.textContent = first.name + " +" + first.others;
        first.chars = first.node.textContent.length;
        label.node.classList.add("hidden");
        return false;
      }
      label.others = 0;
      label.node.textContent = label.name;
      label.chars = label.name.length;
      if (label.point) {
        kept.push(label);
      }
      return true;
    });
  }

  // Places each label at its first free spot, most important first; hides those with none.
  function placeLabels(svg, box, candidates, important) {
    var width = svg.clientWidth || 600, height = svg.clientHeight || 400;
    var scale = Math.min(width / box[2], height / box[3]);
    var left = box[0] - (width / scale - box[2]) / 2, top = box[1] - (height / scale - box[3]) / 2;
    var onScreen = [];
    candidates.forEach(function (label) {
      label.x = (label.at[0] - left) * scale;
      label.y = (label.at[1] - top) * scale;
      var inside = label.x > -50 && label.x < width + 50 && label.y > -20 && label.y < height + 20;
      if (inside) {
        onScreen.push(label);
      } else {
        label.node.classList.add("hidden");
      }
    });
    onScreen.sort(function (a, b) {
      var ia = important(a.place) ? 0 : 1, ib = important(b.place) ? 0 : 1;
      return ia - ib || a.rank - b.rank;
    });
    onScreen = shareSpots(onScreen, scale < FAR_PIXELS_PER_UNIT);
    // Town markers are obstacles for every label but their own.
    var markers = new Grid(), taken = new Grid();
    onScreen.forEach(function (label) {
      label.marker = label.point ? [label.x - 5, label.y - 5, label.x + 5, label.y + 5] : null;
      if (label.marker) {
        markers.add(label.marker);
      }
    });
    onScreen.forEach(function (label, n) {
      var w = label.chars * LABEL_PX * 0.58 + 4, h = LABEL_PX + 2;
      var spot = n < 400 ? spots(label, w, h).find(function (candidate) {
        var rect = [label.x + candidate[1], label.y + candidate[2], label.x + candidate[1] + w, label.y + candidate[2] + h];
        var inView = rect[0] >= 0 && rect[2] <= width && rect[1] >= 0 && rect[3] <= height;
        return inView && !taken.hits(rect, null) && !markers.hits(rect, label.marker);
      }) : null;
      label.node.classList.toggle("hidden", !spot);
      if (label.dot) {
        label.dot.classList.toggle("hidden", !spot);
      }
      if (spot) {
        label.node.setAttribute("class", label.node.getAttribute("class").replace(/ ?spot-\w+/g, "") + " spot-" + spot[0]);
        taken.add([label.x + spot[1], label.y + spot[2], label.x + spot[1] + w, label.y + spot[2] + h]);
      }
    });
  }

  // The map in `svg`, with the marks (current, forward, selected places) drawn in `overlay`, an
  // SVG over it: moving the cursor redraws the few marked places, never the whole map.
  function MapView(svg, overlay, data) {
    this.svg = svg;
    this.overlay = overlay;
    this.data = data;
    this.drawn = draw(svg, data, { transient: false });
    // Each place's place in the drawing order, so marks are drawn in the same order.
    this.order = new Map(drawnPlaces(data).map(function (place, n) {
      return [place, n];
    }));
    this.marksShapes = element("g", { class: "places" }, overlay);
    this.marksPoints = element("g", { class: "places points" }, overlay);
    this.box = data.view.slice();
    this.important = function () {
      return false;
    };
    this.animation = null;
    this.labelTimer = null;
    this.show(this.box);
  }

  MapView.prototype.show = function (box) {
    this.box = box;
    var width = this.svg.clientWidth || 600, height = this.svg.clientHeight || 400;
    var unitsPerPixel = String(Math.max(box[2] / width, box[3] / height));
    [this.svg, this.overlay].forEach(function (svg) {
      svg.setAttribute("viewBox", box.join(" "));
      svg.style.setProperty("--u", unitsPerPixel);
    });
    placeLabels(this.svg, box, this.drawn.labels, this.important);
  };

  // Eases from the current view to `box` (at once when the reader asks for less motion).
  MapView.prototype.easeTo = function (box) {
    var self = this, from = this.box.slice(), started = null;
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (this.animation) {
      cancelAnimationFrame(this.animation);
    }
    if (reduce) {
      this.show(box);
      return;
    }
    var frame = function (time) {
      if (started === null) {
        started = time;
      }
      var t = Math.min(1, (time - started) / 600);
      var k = t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
      var size = function (i) {
        return from[i] * Math.pow(box[i] / from[i], k);
      };
      var w = size(2), h = size(3);
      var cx = from[0] + from[2] / 2 + (box[0] + box[2] / 2 - from[0] - from[2] / 2) * k;
      var cy = from[1] + from[3] / 2 + (box[1] + box[3] / 2 - from[1] - from[3] / 2) * k;
      self.show([cx - w / 2, cy - h / 2, w, h]);
      self.animation = t < 1 ? requestAnimationFrame(frame) : null;
    };
    this.animation = requestAnimationFrame(frame);
  };

  // Zooms by `factor` (> 1 zooms out) about a point in map units (the centre when none).
  MapView.prototype.zoom = function (factor, at) {
    var b = this.box, world = this.data.world;
    var w = Math.min(Math.max(b[2] * factor, 0.02), world[2] * 1.5);
    var k = w / b[2];
    var cx = at ? at[0] : b[0] + b[2] / 2, cy = at ? at[1] : b[1] + b[3] / 2;
    this.show([cx - (cx - b[0]) * k, cy - (cy - b[1]) * k, w, b[3] * k]);
  };

  // The map point under a screen position.
  MapView.prototype.pointAt = function (clientX, clientY) {
    var rect = this.svg.getBoundingClientRect(), b = this.box;
    var scale = Math.min(rect.width / b[2], rect.height / b[3]);
    var left = b[0] - (rect.width / scale - b[2]) / 2, top = b[1] - (rect.height / scale - b[3]) / 2;
    return [left + (clientX - rect.left) / scale, top + (clientY - rect.top) / scale];
  };

  // Marks places: current (red), brought forward by a step, selected (blue); a transient place is
  // drawn only while current. The marks are drawn over the map; its labels are placed again, the
  // marked ones first, once the marks stop changing (not at every frame of a drag).
  MapView.prototype.mark = function (marks) {
    var self = this, data = this.data;
    var key = Array.from(marks.current).concat(["|"], Array.from(marks.forward), ["|", marks.selected]).join(",");
    if (key === this.marksKey) {
      return;
    }
    this.marksKey = key;
    var marked = new Set();
    [marks.current, marks.forward].forEach(function (set) {
      set.forEach(function (i) {
        marked.add(i);
      });
    });
    if (marks.selected !== null) {
      marked.add(marks.selected);
    }
    this.marksShapes.textContent = "";
    this.marksPoints.textContent = "";
    Array.from(marked).filter(function (i) {
      return self.order.has(i);
    }).sort(function (a, b) {
      return self.order.get(a) - self.order.get(b);
    }).forEach(function (i) {
      var classes = (marks.current.has(i) ? " current" : "") + (marks.forward.has(i) ? " forward" : "") +
        (marks.selected === i ? " selected" : "");
      drawPlace(data, i, self.marksShapes, self.marksPoints, classes);
    });
    this.important = function (place) {
      return place >= 0 && marked.has(place);
    };
    clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(function () {
      self.drawn.labels.forEach(function (label) {
        label.node.classList.toggle("strong", self.important(label.place));
      });
      placeLabels(self.svg, self.box, self.drawn.labels, self.important);
    }, 150);
  };

  // Follows the pointer: drag pans, the wheel zooms, a click on a place calls onPlace(i).
  MapView.prototype.listen = function (onPlace) {
    var self = this, svg = this.svg, drag = null;
    svg.addEventListener("pointerdown", function (event) {
      drag = { x: event.clientX, y: event.clientY, box: self.box.slice(), moved: false };
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", function (event) {
      if (!drag) {
        return;
      }
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
      }
      if (drag.moved) {
        var rect = svg.getBoundingClientRect();
        var scale = Math.min(rect.width / drag.box[2], rect.height / drag.box[3]);
        self.show([drag.box[0] - dx / scale, drag.box[1] - dy / scale, drag.box[2], drag.box[3]]);
      }
    });
    svg.addEventListener("pointerup", function (event) {
      var wasDrag = drag && drag.moved;
      drag = null;
      if (wasDrag) {
        return;
      }
      var hit = document.elementFromPoint(event.clientX, event.clientY);
      var group = hit && hit.closest ? hit.closest("[data-place]") : null;
      if (group) {
        onPlace(Number(group.getAttribute("data-place")));
      }
    });
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      self.zoom(Math.exp(event.deltaY * 0.0015), self.pointAt(event.clientX, event.clientY));
    }, { passive: false });
    window.addEventListener("resize", function () {
      self.show(self.box);
    });
  };

  // A still copy of the map at `box`, for a printed step: `forward` places marked and labelled.
  function still(data, box, forward, widthPx) {
    var svg = element("svg", { viewBox: box.join(" "), class: "still-map", role: "img" });
    var drawn = draw(svg, data, {});
    Object.keys(drawn.shapes).forEach(function (key) {
      var i = Number(key);
      drawn.shapes[key].forEach(function (group) {
        group.classList.toggle("forward", forward.has(i));
        group.classList.toggle("hidden", data.places[i].transient && !forward.has(i));
      });
    });
    var heightPx = widthPx * 0.5;
    svg.style.setProperty("--u", String(Math.max(box[2] / widthPx, box[3] / heightPx)));
    svg.setAttribute("width", widthPx);
    svg.setAttribute("height", heightPx);
    var important = function (place) {
      return forward.has(place);
    };
    drawn.labels.forEach(function (label) {
      label.node.classList.toggle("strong", important(label.place));
    });
    placeLabels({ clientWidth: widthPx, clientHeight: heightPx }, box, drawn.labels, important);
    return svg;
  }

  Chronomap.MapView = MapView;
  Chronomap.stillMap = still;
})();
