// The site menu on a phone: one "Menu" button instead of eleven links wrapping into five rows. Without
// script the links stay visible (the button is hidden until this runs); on wide screens CSS shows both.
(function () {
  "use strict";
  var button = document.querySelector(".menu-toggle");
  var menu = document.getElementById("site-menu");
  if (!button || !menu) {
    return;
  }
  button.hidden = false;
  document.documentElement.classList.add("has-menu-button");
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("open", open);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && menu.classList.contains("open")) {
      button.setAttribute("aria-expanded", "false");
      menu.classList.remove("open");
      button.focus();
    }
  });
})();
