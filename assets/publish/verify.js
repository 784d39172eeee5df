// Checks the page's own evidence: every source's text against its recorded SHA-256, every quote
// at its anchor. Web Crypto hashes where the page may use it (files, https, localhost); a small
// SHA-256 of its own (FIPS 180-4) serves a page opened over plain http, where browsers hide it.
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  function hex(words) {
    return words.map(function (w) {
      return ("00000000" + (w >>> 0).toString(16)).slice(-8);
    }).join("");
  }

  // SHA-256 of a Uint8Array, as lower-case hex.
  function sha256Fallback(bytes) {
    var length = bytes.length;
    var padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    for (var block = 0; block < padded.length; block += 64) {
      for (var t = 0; t < 16; t++) {
        w[t] = view.getUint32(block + t * 4);
      }
      for (t = 16; t < 64; t++) {
        var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0;
        d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h = [h[0] + a, h[1] + b, h[2] + c, h[3] + d, h[4] + e, h[5] + f, h[6] + g, h[7] + k].map(function (x) {
        return x | 0;
      });
    }
    return hex(h);
  }

  function sha256(text) {
    return digest(new TextEncoder().encode(text));
  }

  function digest(bytes) {
    if (window.crypto && window.crypto.subtle) {
      return window.crypto.subtle.digest("SHA-256", bytes).then(function (digest) {
        return Array.prototype.map.call(new Uint8Array(digest), function (byte) {
          return ("0" + byte.toString(16)).slice(-2);
        }).join("");
      });
    }
    return Promise.resolve(sha256Fallback(bytes));
  }

  // Whether a quote's words (and the context it records) sit at its anchor in its source; a
  // region quote, whether its region lies inside its picture.
  function quoteHolds(quote, source) {
    if (quote.region) {
      var r = quote.region, picture = source.picture;
      return Boolean(picture) && r[2] > 0 && r[3] > 0 && r[0] + r[2] <= picture.width && r[1] + r[3] <= picture.height;
    }
    var text = source.text;
    var start = quote.start;
    var end = start + quote.exact.length;
    if (text.slice(start, end) !== quote.exact) {
      return false;
    }
    if (quote.prefix && text.slice(Math.max(0, start - quote.prefix.length), start) !== quote.prefix) {
      return false;
    }
    return !(quote.suffix && text.slice(end, end + quote.suffix.length) !== quote.suffix);
  }

  // Checks every source and quote; resolves to { sources: [bool], quotes: [bool] } and writes the
  // counts on <html> for scripts that check a published page.
  function verify(data) {
    var quotes = data.quotes.map(function (quote) {
      var source = data.sources[quote.source];
      return Boolean(source) && quoteHolds(quote, source);
    });
    // Each embedded original against its capture record's hash; a reduced copy cannot be (null).
    var pictures = Promise.all(data.sources.map(function (source) {
      var picture = source.picture;
      if (!picture) {
        return undefined;
      }
      if (picture.reduced || !picture.data) {
        return null;
      }
      return digest(Chronomap.pictureBytes(picture)).then(function (hex) {
        return hex === picture.sha256;
      });
    }));
    return Promise.all(data.sources.map(function (source) {
      return sha256(source.text).then(function (hex) {
        return hex === source.sha256;
      });
    }).concat([pictures])).then(function (results) {
      var sources = results.slice(0, -1);
      var pictureChecks = results[results.length - 1];
      var root = document.documentElement;
      var count = function (list) {
        return String(list.filter(Boolean).length);
      };
      root.setAttribute("data-sources-verified", count(sources));
      root.setAttribute("data-sources-total", String(sources.length));
      root.setAttribute("data-quotes-verified", count(quotes));
      root.setAttribute("data-quotes-total", String(quotes.length));
      var embedded = pictureChecks.filter(function (check) {
        return check !== undefined;
      });
      root.setAttribute("data-pictures-verified", count(embedded));
      root.setAttribute("data-pictures-total", String(embedded.length));
      return { sources: sources, quotes: quotes, pictures: pictureChecks };
    });
  }

  Chronomap.sha256Fallback = sha256Fallback;
  Chronomap.verify = verify;
})();
