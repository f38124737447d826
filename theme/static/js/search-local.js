/*
 * The search page opened from a folder (file://): browsers refuse to fetch the
 * index there, so say in French that search needs a web server (`make serve`)
 * instead of leaving a browser error. A classic script of its own, so that it
 * runs even where the search scripts cannot load from disk.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;
  var status = document.getElementById("search-status");
  if (!status) return;
  status.textContent = "La recherche ne fonctionne pas sur une page ouverte depuis le disque : " +
    "le navigateur y refuse de charger l’index. Servez le site avec « make serve » (ou tout " +
    "autre serveur web) puis ouvrez http://127.0.0.1:8000/recherche.html. Les articles, " +
    "sujets et personnes restent consultables depuis l’accueil.";
  status.setAttribute("data-local-file", "");
})();
