// A page shown inside another site's frame (an iframe element): it takes a height of its own (not the frame's, which
// the parent sets from it) and tells the parent that height whenever it changes, so the snippet
// `chronomap publish --embed` prints (embed-parent.js) sizes the frame to the page.
var Chronomap = window.Chronomap || {};
window.Chronomap = Chronomap;

(function () {
  if (window.parent === window) {
    return;
  }
  var root = document.documentElement;
  root.classList.add("embedded");
  var last = 0;
  function post() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ chronomap: "height", height: height }, "*");
    }
  }
  if (window.ResizeObserver) {
    new ResizeObserver(post).observe(root);
  }
  window.addEventListener("load", post);
})();
