// Beside a Chronomap page's frame (an iframe element) on another site (printed by `chronomap publish --embed`): sets
// each Chronomap frame's height to the one its page says it needs, so it shows whole, with no
// scroll bar of its own. Only a number is taken from the message.
(function () {
  window.addEventListener("message", function (event) {
    var said = event.data;
    if (!said || said.chronomap !== "height" || typeof said.height !== "number") {
      return;
    }
    var frames = document.querySelectorAll("iframe[data-chronomap]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(200, Math.min(20000, Math.round(said.height))) + "px";
      }
    }
  });
})();
