// Sorting and filtering for the byway shortlist page. Self-contained: no libraries, no network.
(function () {
  "use strict";
  var table = document.getElementById("shortlist");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById("count");
  var text = document.getElementById("filter-text");
  var mode = document.getElementById("filter-mode");
  var degree = document.getElementById("filter-degree");
  var onlyNew = document.getElementById("filter-new");
  var degreeFree = document.getElementById("filter-degree-free");

  function applyFilters() {
    var needle = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!needle || row.textContent.toLowerCase().indexOf(needle) !== -1) &&
        (!mode.value || row.getAttribute("data-mode") === mode.value) &&
        (!degree.value || row.getAttribute("data-degree") === degree.value) &&
        (!onlyNew.checked || row.getAttribute("data-new") === "1") &&
        (!degreeFree.checked || row.getAttribute("data-degree-free") === "1");
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " postings shown";
  }

  function sortBy(header) {
    var index = Array.prototype.indexOf.call(header.parentNode.children, header);
    var numeric = header.getAttribute("data-type") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(header.parentNode.children, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.cells[index].getAttribute("data-sort");
      var y = b.cells[index].getAttribute("data-sort");
      var order;
      if (numeric) {
        x = x === "" ? -Infinity : parseFloat(x);
        y = y === "" ? -Infinity : parseFloat(y);
        order = x - y;
      } else {
        order = x.localeCompare(y);
      }
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
    header.addEventListener("click", function () { sortBy(header); });
  });
  [text, mode, degree, onlyNew, degreeFree].forEach(function (control) {
    control.addEventListener("input", applyFilters);
    control.addEventListener("change", applyFilters);
  });
  applyFilters();
}());
