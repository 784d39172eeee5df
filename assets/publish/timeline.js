// The timeline on a canvas: the collapsed axis, the events in lanes (a histogram when there are
// too many to read one by one), the step's window, and the cursor, dragged with the pointer.
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  var LANE_PX = 17, AXIS_PX = 26, MAX_MARKS = 1500, MAX_LABELS = 300;

  function cssVariable(className, name) {
    var probe = document.createElement("span");
    probe.className = className;
    probe.hidden = true;
    document.body.appendChild(probe);
    var value = getComputedStyle(probe).getPropertyValue(name).trim();
    document.body.removeChild(probe);
    return value || "#444";
  }

  function Timeline(canvas, data, axis) {
    this.canvas = canvas;
    this.data = data;
    this.axis = axis;
    this.colors = {
      current: cssVariable("", "--current"),
      selection: cssVariable("", "--selection"),
      ink: cssVariable("", "--ink"),
      occurred: cssVariable("status-occurred", "--status"),
      reported: cssVariable("status-reported", "--status"),
      planned: cssVariable("status-planned", "--status")
    };
    this.lanes = null;
    this.width = 0;
  }

  // x in CSS pixels of a fractional day.
  Timeline.prototype.x = function (day) {
    return 8 + this.axis.position(day) * (this.width - 16);
  };

  Timeline.prototype.dayAtX = function (x) {
    return this.axis.dayAt((x - 8) / (this.width - 16));
  };

  // Each event's lane, greedy by start, for this width.
  Timeline.prototype.layout = function () {
    var self = this, ends = [], lanes = [];
    var maxLanes = Math.max(1, Math.floor((this.height - AXIS_PX - 4) / LANE_PX));
    this.data.events.forEach(function (event, i) {
      var span = self.span(i), from = span.from, to = span.to;
      var labelEnd = to + (self.data.events.length <= MAX_LABELS ? Math.min(event.title.length * 6.2, 220) : 0);
      var lane = ends.findIndex(function (end) {
        return end <= from - 4;
      });
      if (lane < 0) {
        lane = ends.length < maxLanes ? ends.length : i % maxLanes;
        ends[lane] = 0;
      }
      ends[lane] = Math.max(ends[lane], labelEnd);
      lanes.push(lane);
    });
    this.lanes = lanes;
    // Room for each label: up to the next mark in its lane.
    var next = {}, room = new Array(lanes.length);
    for (var i = lanes.length - 1; i >= 0; i--) {
      var span = this.span(i);
      var limit = next[lanes[i]] === undefined ? this.width : next[lanes[i]];
      room[i] = Math.min(220, limit - span.to - 10);
      next[lanes[i]] = Math.min(limit, span.from);
    }
    this.room = room;
  };

  // The label cut to `room` pixels, with an ellipsis when cut.
  function fitted(g, text, room) {
    if (room < 24) {
      return "";
    }
    if (g.measureText(text).width <= room) {
      return text;
    }
    var low = 0, high = text.length;
    while (low < high) {
      var mid = Math.ceil((low + high) / 2);
      if (g.measureText(text.slice(0, mid) + "…").width <= room) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low ? text.slice(0, low) + "…" : "";
  }

  Timeline.prototype.resize = function () {
    var rect = this.canvas.getBoundingClientRect();
    var ratio = window.devicePixelRatio || 1;
    this.width = Math.max(rect.width, 100);
    this.height = Math.max(rect.height, 80);
    this.canvas.width = Math.round(this.width * ratio);
    this.canvas.height = Math.round(this.height * ratio);
    this.ratio = ratio;
    this.lanes = null;
  };

  Timeline.prototype.drawAxis = function (g) {
    var self = this, axis = this.axis, top = this.height - AXIS_PX;
    g.font = "11px sans-serif";
    axis.gaps().forEach(function (gap) {
      var a = 8 + gap.from * (self.width - 16), b = 8 + gap.to * (self.width - 16);
      g.fillStyle = "#e8e8e8";
      g.fillRect(a, 0, b - a, top);
      g.fillStyle = "#777";
      if (b - a > 34) {
        g.fillText(axis.spanLabel(gap.days), a + 2, top + 22);
      }
    });
    g.strokeStyle = "#999";
    g.beginPath();
    g.moveTo(8, top + 0.5);
    g.lineTo(this.width - 8, top + 0.5);
    g.stroke();
    // A tick at each month's start where months have room, else at each year's; each stretch
    // names its month and year where it begins, so every stretch can be placed in time.
    // Where a stretch gives each day room, a tick at each day and its number every day, 2, 5 or
    // 10 days as the room allows (a story of a few days reads by its days, as the app's does).
    var months = Chronomap.language.months;
    var lastEnd = -100;
    this.axisLabels = [];
    var write = function (label, x) {
      var width = g.measureText(label).width;
      if (x > lastEnd + 6 && x + width < self.width) {
        g.fillStyle = "#555";
        g.fillText(label, x + 2, top + 14);
        lastEnd = x + width + 2;
        self.axisLabels.push(label);
      }
    };
    axis.stretches.forEach(function (s) {
      var perDay = (s[3] - s[2]) * (self.width - 16) / (s[1] - s[0]);
      var byMonth = perDay * 30 > 28;
      var byDay = perDay >= 4;
      var every = [1, 2, 5, 10].find(function (n) {
        return perDay * n >= 22;
      });
      // Where days are written, the stretch is named by its first day's month and each month
      // by its first day; else by the month most of its first days fall in.
      var start = axis.date(byDay ? s[0] : s[0] + 4);
      write(months[start.getUTCMonth()] + " " + Chronomap.Axis.writtenYear(start.getUTCFullYear()), self.x(s[0]));
      for (var day = s[0] + 1; day < s[1]; day++) {
        var date = axis.date(day), x = self.x(day), dayOfMonth = date.getUTCDate();
        var monthStart = dayOfMonth === 1 && (byMonth || date.getUTCMonth() === 0);
        if (byDay && !monthStart) {
          g.fillStyle = "#bbb";
          g.fillRect(x, top, 1, 3);
          // Every other, fifth or tenth day leaves the 30th out, too close to the next month's name.
          if (every && dayOfMonth % every === 0 && (every === 1 || dayOfMonth < 30)) {
            write(String(dayOfMonth), x);
          }
          continue;
        }
        if (!monthStart || (!byDay && day < s[0] + 5)) {
          continue;
        }
        g.fillStyle = "#999";
        g.fillRect(x, top, 1, 5);
        write(byMonth && date.getUTCMonth() !== 0 ? months[date.getUTCMonth()] : Chronomap.Axis.writtenYear(date.getUTCFullYear()), x);
      }
    });
  };

  // The marks of every event, plain: drawn once per size into the base layer.
  Timeline.prototype.drawMarks = function (g) {
    var self = this, events = this.data.events;
    if (events.length > MAX_MARKS) {
      // Too many to read one by one: how many events start in each pixel column.
      var counts = new Float64Array(Math.ceil(this.width));
      events.forEach(function (event) {
        counts[Math.max(0, Math.min(counts.length - 1, Math.floor(self.x(event.from))))] += 1;
      });
      var most = Math.max.apply(null, Array.prototype.slice.call(counts)) || 1;
      var room = this.height - AXIS_PX - 6;
      g.fillStyle = this.colors.occurred;
      counts.forEach(function (count, x) {
        if (count > 0) {
          var h = Math.max(1, Math.sqrt(count / most) * room);
          g.fillRect(x, room + 6 - h, 1, h);
        }
      });
      return;
    }
    g.font = "11px sans-serif";
    events.forEach(function (event, i) {
      var box = self.box(i);
      var color = self.colors[event.status] || self.colors.occurred;
      g.globalAlpha = event.approximate ? 0.55 : 1;
      g.fillStyle = color;
      g.strokeStyle = color;
      if (box.tick) {
        g.beginPath();
        g.arc(box.x + box.w / 2, box.y + 6, 5, 0, 2 * Math.PI);
        if (event.status === "planned") {
          g.stroke();
        } else {
          g.fill();
        }
      } else if (event.status === "planned") {
        g.strokeRect(box.x + 0.5, box.y + 0.5, box.w - 1, 12);
      } else {
        g.fillRect(box.x, box.y, box.w, 13);
      }
      g.globalAlpha = 1;
      if (events.length <= MAX_LABELS) {
        g.fillStyle = self.colors.ink;
        // A tick's title starts beside its dot, a bar's after its end.
        var after = box.tick ? box.x + box.w / 2 + 9 : box.x + box.w + 4;
        g.fillText(fitted(g, event.title + (event.claims.length ? " ⇄" : ""), self.room[i]), after, box.y + 10);
      }
    });
  };

  // Where event i's mark runs along the strip, in CSS pixels, and whether it is a tick: a single
  // day is a tick however wide a day is drawn, its dot at the day's start (where the axis names
  // the day and the cursor goes to it); bars are spans (as in the app).
  Timeline.prototype.span = function (i) {
    var event = this.data.events[i];
    var from = this.x(event.from), to = this.x(event.to + 1);
    var w = Math.max(to - from, 8);
    var day = event.from === event.to;
    var left = day ? from - w / 2 : from;
    return { from: left, to: left + w, tick: day || to - from < 8 };
  };

  // Where event i's mark is: its left, top and width in CSS pixels, and whether it is a tick.
  Timeline.prototype.box = function (i) {
    var span = this.span(i);
    return { x: span.from, y: 4 + this.lanes[i] * LANE_PX, w: span.to - span.from, tick: span.tick };
  };

  // The base layer: axis and every mark, redrawn only when the strip's size changes.
  Timeline.prototype.drawBase = function () {
    if (!this.lanes) {
      this.layout();
    }
    var base = this.base || (this.base = document.createElement("canvas"));
    base.width = this.canvas.width;
    base.height = this.canvas.height;
    var g = base.getContext("2d");
    g.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    this.drawAxis(g);
    this.drawMarks(g);
    this.baseKey = this.canvas.width + "x" + this.canvas.height;
  };

  // Outlines over the marks of the current, forward and selected events (few, drawn each frame).
  Timeline.prototype.drawHighlights = function (g, marks) {
    if (this.data.events.length > MAX_MARKS) {
      return;
    }
    var self = this;
    var outline = function (i, color) {
      var box = self.box(i);
      g.lineWidth = 2;
      g.strokeStyle = color;
      g.strokeRect(box.x - 1.5, box.y - 1.5, Math.max(box.w, 10) + 3, 16);
    };
    marks.forward.forEach(function (i) {
      outline(i, self.colors.ink);
    });
    marks.current.forEach(function (i) {
      outline(i, self.colors.current);
    });
    if (marks.selected !== null) {
      outline(marks.selected, self.colors.selection);
    }
    g.lineWidth = 1;
  };

  // Draws a frame: the step's window, the base layer, the highlights and the cursor. `marks`
  // holds the cursor day, the current, forward and selected events, and the window's days.
  Timeline.prototype.draw = function (marks) {
    if (!this.width) {
      this.resize();
    }
    if (!this.base || this.baseKey !== this.canvas.width + "x" + this.canvas.height || !this.lanes) {
      this.drawBase();
    }
    var g = this.canvas.getContext("2d");
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, this.canvas.width, this.canvas.height);
    g.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    if (marks.window) {
      var a = this.x(marks.window[0]), b = this.x(marks.window[1] + 1);
      g.fillStyle = "rgba(0, 109, 214, 0.12)";
      g.fillRect(a, 0, Math.max(b - a, 3), this.height - AXIS_PX);
    }
    g.drawImage(this.base, 0, 0, this.width, this.height);
    this.drawHighlights(g, marks);
    var x = this.x(marks.cursor);
    g.fillStyle = this.colors.current;
    g.fillRect(x - 1, 0, 2, this.height - AXIS_PX + 4);
    g.beginPath();
    g.moveTo(x - 6, 0);
    g.lineTo(x + 6, 0);
    g.lineTo(x, 8);
    g.fill();
  };

  // The event whose mark is at (x, y) in CSS pixels, if any.
  Timeline.prototype.eventAt = function (x, y) {
    if (!this.lanes || this.data.events.length > MAX_MARKS) {
      return -1;
    }
    var lane = Math.floor((y - 4) / LANE_PX);
    for (var i = 0; i < this.data.events.length; i++) {
      var event = this.data.events[i];
      var from = this.x(event.from), to = Math.max(this.x(event.to + 1), from + 10);
      if (this.lanes[i] === lane && x >= from - 4 && x <= to + 4) {
        return i;
      }
    }
    return -1;
  };

  // Dragging or clicking moves the cursor (onCursor(day)); a click on a mark also picks its event.
  Timeline.prototype.listen = function (onCursor, onEvent) {
    var self = this, canvas = this.canvas, down = false;
    var dayOf = function (event) {
      var rect = canvas.getBoundingClientRect();
      return self.dayAtX(event.clientX - rect.left);
    };
    canvas.addEventListener("pointerdown", function (event) {
      down = true;
      canvas.setPointerCapture(event.pointerId);
      var rect = canvas.getBoundingClientRect();
      var hit = self.eventAt(event.clientX - rect.left, event.clientY - rect.top);
      if (hit >= 0) {
        onEvent(hit);
      } else {
        onCursor(dayOf(event));
      }
    });
    canvas.addEventListener("pointermove", function (event) {
      if (down) {
        onCursor(dayOf(event));
      }
    });
    canvas.addEventListener("pointerup", function () {
      down = false;
    });
    window.addEventListener("resize", function () {
      self.resize();
    });
  };

  Chronomap.Timeline = Timeline;
})();
