// Sortable tables: click a header to sort by that column (numbers by value, text alphabetically).
document.querySelectorAll("table.sortable").forEach((table) => {
  table.querySelectorAll("th").forEach((th, index) => {
    th.addEventListener("click", () => {
      const body = table.tBodies[0];
      const numeric = !["text", ""].includes(th.dataset.kind || "text");
      const descending = !th.classList.contains("desc");
      table.querySelectorAll("th").forEach((h) => h.classList.remove("asc", "desc"));
      th.classList.add(descending ? "desc" : "asc");
      const value = (row) => {
        const cell = row.cells[index];
        const raw = cell.dataset.value ?? cell.textContent;
        if (!numeric) return raw.toLowerCase();
        const n = parseFloat(raw);
        return Number.isNaN(n) ? -Infinity : n;
      };
      const rows = Array.from(body.rows).sort((a, b) => {
        const x = value(a), y = value(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
      });
      rows.forEach((row) => body.appendChild(row));
    });
  });
});

// The navigation collapses behind a menu button on narrow screens.
document.querySelectorAll(".menu-toggle").forEach((button) => {
  button.addEventListener("click", () => {
    const open = button.closest("header").classList.toggle("open");
    button.setAttribute("aria-expanded", String(open));
  });
});
