// Pictures as sources on the page: each embedded once (base64) and made into one blob, shown whole
// with its region quotes outlined, a region quote shown as its crop. The browser turns a picture
// upright as its EXIF orientation says; regions, counted in the stored pixels, come with where
// the turned picture shows them (`shown_region`), and a reduced copy is drawn at the shown size.
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  var SVG = "http://www.w3.org/2000/svg";
  var urls = {};

  // The embedded bytes of a picture source.
  function bytes(picture) {
    var raw = atob(picture.data);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      out[i] = raw.charCodeAt(i);
    }
    return out;
  }

  function blobUrl(source) {
    if (!urls[source.id]) {
      urls[source.id] = URL.createObjectURL(new Blob([bytes(source.picture)], { type: source.picture.mime }));
    }
    return urls[source.id];
  }

  function svg(tag, attributes) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    return node;
  }

  function picture(source, viewBox, label, className) {
    var node = svg("svg", { viewBox: viewBox, role: "img", "aria-label": label, class: className });
    node.appendChild(svg("image", {
      href: blobUrl(source), width: source.picture.shown[0], height: source.picture.shown[1],
      preserveAspectRatio: "none"
    }));
    return node;
  }

  // A region quote as the part of the picture it marks.
  function crop(data, q) {
    var quote = data.quotes[q], source = data.sources[quote.source];
    if (!source.picture || !source.picture.data) {
      return null;
    }
    return picture(source, quote.shown_region.join(" "), quote.exact, "region-crop");
  }

  // The whole picture of source `s` with its region quotes outlined (`focused` marked); a click on
  // a region, or Enter or Space on it (each is in the tab order), calls `follow` with its quote.
  function whole(data, s, focused, follow) {
    var source = data.sources[s];
    var node = picture(source, [0, 0, source.picture.shown[0], source.picture.shown[1]].join(" "),
      source.title, "picture-whole");
    // A picture with regions to reach is a group of them, not one image.
    node.setAttribute("role", "group");
    var stroke = Math.max(source.picture.width, source.picture.height) / 150;
    data.quotes.forEach(function (quote, q) {
      if (quote.source !== s || !quote.region) {
        return;
      }
      var shown = quote.shown_region;
      var outline = svg("rect", {
        x: shown[0], y: shown[1], width: shown[2], height: shown[3],
        class: "region" + (q === focused ? " focused" : ""), "stroke-width": stroke, "data-quote": q,
        tabindex: "0", role: "button", "aria-label": Chronomap.say("page-region-caption", { caption: quote.exact })
      });
      var title = svg("title", {});
      title.textContent = quote.exact;
      outline.appendChild(title);
      outline.addEventListener("click", function () {
        follow(q);
      });
      outline.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          follow(q);
        }
      });
      node.appendChild(outline);
    });
    return node;
  }

  Chronomap.pictureBytes = bytes;
  Chronomap.pictureCrop = crop;
  Chronomap.pictureWhole = whole;
})();
