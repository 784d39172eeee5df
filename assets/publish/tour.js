// The guided tour: its steps listed, one shown with its text and the quotes it rests on, and the
// printed form, one page per step (the map at the step's view, its window, text and quotes).
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  var h = Chronomap.h, link = Chronomap.link;

  function Tour(data, panel, go) {
    this.data = data;
    this.go = go;
    this.panel = panel;
    this.current = h("div", { id: "step" });
    var steps = data.steps;
    if (!steps.length) {
      panel.appendChild(h("p", { class: "hint", text: Chronomap.say("page-no-tour") }));
      return;
    }
    this.previous = h("button", { type: "button", id: "previous-step", text: Chronomap.say("page-previous"), onclick: function () {
      go.step(-1);
    } });
    this.next = h("button", { type: "button", id: "next-step", text: Chronomap.say("page-next"), onclick: function () {
      go.step(1);
    } });
    panel.appendChild(h("nav", { class: "step-nav", "aria-label": Chronomap.say("page-tour-steps") }, [
      this.previous, h("span", { id: "step-count" }), this.next
    ]));
    panel.appendChild(this.current);
    panel.appendChild(h("h2", { text: Chronomap.say("page-tour-heading", { count: steps.length }) }));
    this.list = h("ol", { class: "step-list" }, steps.map(function (step, k) {
      return h("li", {}, [h("a", { href: "#step-" + (k + 1), text: step.title })]);
    }));
    panel.appendChild(this.list);
  }

  // Shows step k (from 0), or the tour's start when k is null.
  Tour.prototype.show = function (k) {
    var data = this.data, go = this.go, steps = data.steps;
    if (!steps.length) {
      return;
    }
    this.current.textContent = "";
    document.getElementById("step-count").textContent = Chronomap.say(k === null ? "page-steps-count" : "page-step-of", { step: k + 1, count: steps.length });
    this.previous.disabled = k === null || k === 0;
    this.next.disabled = k !== null && k === steps.length - 1;
    this.next.textContent = Chronomap.say(k === null ? "page-start-tour" : "page-next");
    Array.prototype.forEach.call(this.list.children, function (item, i) {
      item.classList.toggle("selected", i === k);
    });
    if (k === null) {
      this.current.appendChild(h("p", { class: "hint", text: Chronomap.say("page-tour-hint") }));
      return;
    }
    var step = steps[k];
    this.current.appendChild(h("article", { class: "step", "data-step": k + 1 }, [
      h("h2", { text: step.title }),
      h("p", { class: "meta", text: step.window }),
      h("p", { class: "step-text", text: step.text })
    ].concat(step.events.length ? [h("p", { class: "meta" }, [Chronomap.say("page-step-events") + " "].concat(step.events.map(function (e) {
      return link(data.events[e].title, function () {
        go.event(e);
      });
    })))] : []).concat(step.quotes.map(function (q) {
      return Chronomap.quoteBlock(data, q, go);
    }))));
  };

  // One printed page per step.
  Tour.prototype.print = function (container) {
    var data = this.data;
    data.steps.forEach(function (step, k) {
      var forward = new Set(step.places);
      step.events.forEach(function (e) {
        data.events[e].places.forEach(function (p) {
          forward.add(p);
        });
      });
      container.appendChild(h("article", { class: "print-step" }, [
        h("p", { class: "meta", text: Chronomap.say("page-printed-step", { title: data.title, step: k + 1, count: data.steps.length }) }),
        h("h2", { text: step.title }),
        h("p", { class: "window", text: step.window }),
        // Filled in by the evidence check (main.js), as the page's header is.
        h("p", { class: "evidence-line", text: Chronomap.say("page-evidence-unchecked") }),
        Chronomap.stillMap(data, step.view, forward, 680),
        h("p", { class: "step-text", text: step.text })
      ].concat(step.quotes.map(function (q) {
        var quote = data.quotes[q], source = data.sources[quote.source];
        // A region of a picture is printed as itself; every credit says its page or region.
        return h("figure", { class: "quote" }, [
          quote.region ? Chronomap.pictureCrop(data, q) : null,
          h("blockquote", { lang: source.language, text: Chronomap.quoted(data, q) }),
          h("figcaption", { text: "— " + Chronomap.credit(data, q) + (source.url ? ", " + source.url : "") })
        ]);
      }))));
    });
  };

  Chronomap.Tour = Tour;
})();
