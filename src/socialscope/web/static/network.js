// The network view: WebGL scatter of the cached layout (each community in its own disc);
// colour = community (legend with the communities' names), size = PageRank, the most central
// accounts labelled. The API sends columns (one array per field) and edges as positions.
// Clicking an account opens its profile; clicking a community (meta-graph view) drills down.
// Scroll-zoom is off until the drawing is clicked, so scrolling the page never zooms it.
(async function () {
  const box = document.getElementById("network");
  if (!box) return;
  const graph = box.dataset.graph;
  const community = box.dataset.community;
  const status = document.getElementById("network-status");
  const params = new URLSearchParams({ graph });
  if (community !== "") params.set("community", community);
  const started = performance.now();
  // the page started this request before Plotly's script was parsed; reuse it
  const response = await (window.networkRequest || fetch("/api/network?" + params.toString()));
  const data = await response.json();
  box.dataset.fetchMs = Math.round(performance.now() - started);
  if (!data.ok) { box.textContent = data.error; return; }
  const palette = ["#2563eb", "#f97316", "#16a34a", "#dc2626", "#9333ea", "#0891b2", "#ca8a04", "#db2777",
                   "#4f46e5", "#65a30d", "#0d9488", "#e11d48"];
  const colour = (c) => palette[((c % palette.length) + palette.length) % palette.length];
  const n = data.nodes, x = n.x, y = n.y, count = x.length;
  const source = data.edges.source, target = data.edges.target;
  const ex = new Array(source.length * 3), ey = new Array(source.length * 3);
  for (let i = 0; i < source.length; i++) {
    ex[3 * i] = x[source[i]]; ex[3 * i + 1] = x[target[i]]; ex[3 * i + 2] = null;
    ey[3 * i] = y[source[i]]; ey[3 * i + 1] = y[target[i]]; ey[3 * i + 2] = null;
  }
  const edges = { type: "scattergl", mode: "lines", x: ex, y: ey, hoverinfo: "skip",
                  line: { width: 0.5, color: "rgba(100,116,139,0.22)" }, name: "ties", showlegend: false };
  const text = new Array(count), size = new Array(count), colours = new Array(count);
  const traces = [edges];
  const names = {};
  (data.legend || []).forEach((c) => { names[c.community] = c.name; });
  const fmt = (v) => (v ?? 0).toExponential(2);
  if (data.view === "communities") {
    const biggest = Math.max(...n.size, 1);
    for (let i = 0; i < count; i++) {
      text[i] = `community ${n.id[i]}<br>${n.size[i]} members<br>density ${(n.internal_density[i] ?? 0).toFixed(3)}`;
      size[i] = 8 + 40 * Math.sqrt(n.size[i] / biggest);
      colours[i] = colour(n.id[i]);
    }
    status.textContent = `${count} communities (the graph is too large to draw account by account): click one to open it`;
  } else {
    const top = Math.max(...n.pagerank.map((v) => v || 0), 1e-12);
    for (let i = 0; i < count; i++) {
      const who = n.label[i] ?? n.id[i];
      text[i] = `${who}${n.display_name[i] ? " · " + n.display_name[i] : ""}<br>` +
        `${n.kind[i] ?? ""} · ${names[n.community[i]] ?? "community " + n.community[i]}<br>PageRank ${fmt(n.pagerank[i])}` +
        `<br>in ${n.in_degree[i]} · out ${n.out_degree[i]}<br>betweenness ${fmt(n.betweenness[i])}`;
      size[i] = 4 + 22 * Math.sqrt((n.pagerank[i] || 0) / top);
      colours[i] = colour(n.community[i]);
    }
    const total = data.edges_total ?? source.length;
    status.textContent = source.length < total
      ? `${count.toLocaleString()} accounts; ${source.length.toLocaleString()} of ${total.toLocaleString()} ties drawn (the heaviest; the rest are left out to keep the drawing readable)`
      : `${count.toLocaleString()} accounts, all ${total.toLocaleString()} ties drawn`;
  }
  const points = { type: "scattergl", mode: "markers", x, y, customdata: n.id, text, hovertemplate: "%{text}<extra></extra>",
                   marker: { size, color: colours, line: { width: 0 }, opacity: 0.85 }, showlegend: false };
  traces.push(points);
  // labels of the most central accounts, on a light box so the points beneath do not hide them
  const labels = (data.view !== "communities" && data.labelled ? data.labelled : []).map((i) => ({
    x: x[i], y: y[i], text: n.label[i] ?? n.id[i], showarrow: false, yshift: 12, font: { size: 11, color: "#0f172a" },
    bgcolor: "rgba(255,255,255,0.8)", borderpad: 1 }));
  const legend = document.getElementById("network-legend");
  if (legend && data.legend && data.view !== "communities") {
    legend.innerHTML = "";
    data.legend.forEach((c) => {
      const item = document.createElement("a");
      item.href = `/network?graph=${encodeURIComponent(graph)}&community=${c.community}`;
      item.innerHTML = `<span class="swatch" style="background:${colour(c.community)}"></span>`;
      item.append(`${c.name} (${c.members})`);
      legend.append(item);
    });
  }
  box.textContent = "";
  const layout = { margin: { l: 0, r: 0, t: 0, b: 0 }, showlegend: false, hovermode: "closest", dragmode: "pan",
                   annotations: labels,
                   xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: "x" }, plot_bgcolor: "white" };
  const config = { displaylogo: false, responsive: true, scrollZoom: false };
  await Plotly.newPlot(box, traces, layout, config);
  box.dataset.plotMs = Math.round(performance.now() - started) - box.dataset.fetchMs;
  box.dataset.readyMs = Math.round(performance.now()); // since navigation started
  box.dataset.ready = "true";
  box.addEventListener("click", () => {
    if (box.dataset.zoom === "on") return;
    box.dataset.zoom = "on";
    Plotly.react(box, box.data, box.layout, { ...config, scrollZoom: true });
  }, { capture: true });
  box.on("plotly_click", (event) => {
    const point = event.points.find((p) => p.curveNumber === 1);
    if (!point) return;
    const id = point.customdata;
    window.location.href = data.view === "communities"
      ? `/network?graph=${encodeURIComponent(graph)}&community=${encodeURIComponent(id)}`
      : `/people/${encodeURIComponent(id)}?graph=${encodeURIComponent(graph)}`;
  });
  // find an account in the drawing: highlight it and centre the view on it
  const search = document.getElementById("graph-search");
  if (search && data.view !== "communities") {
    search.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      const q = search.value.trim().toLowerCase().replace(/^@/, "");
      if (!q) return;
      let hit = -1;
      for (let i = 0; i < count && hit < 0; i++) {
        const label = String(n.label[i] ?? "").toLowerCase().replace(/^@/, "");
        if (label === q || label.startsWith(q + " ")) hit = i;
      }
      for (let i = 0; i < count && hit < 0; i++) {
        const words = `${n.label[i] ?? ""} ${n.display_name[i] ?? ""}`.toLowerCase();
        if (words.includes(q)) hit = i;
      }
      if (hit < 0) { status.textContent = `No account matching “${search.value}” in this drawing.`; return; }
      const span = 0.12;
      Plotly.relayout(box, {
        "xaxis.range": [x[hit] - span, x[hit] + span], "yaxis.range": [y[hit] - span, y[hit] + span],
        annotations: [...labels, { x: x[hit], y: y[hit], text: n.label[hit] ?? n.id[hit], showarrow: true, arrowhead: 2,
                        ax: 0, ay: -40, bgcolor: "#fef3c7", bordercolor: "#ca8a04" }],
      });
      box.dataset.found = n.id[hit];
      status.textContent = `Found ${n.label[hit] ?? n.id[hit]}: click it to open the profile.`;
    });
  }
})();
