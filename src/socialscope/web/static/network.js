// The network view: WebGL scatter of the cached layout; colour = community, size = PageRank.
// The API sends columns (one array per field) and edges as positions in those arrays.
// Clicking an account opens its profile; clicking a community (meta-graph view) drills down.
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
                  line: { width: 0.5, color: "rgba(100,116,139,0.25)" }, name: "ties" };
  const text = new Array(count), size = new Array(count), colours = new Array(count);
  let points;
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
      text[i] = `@${n.handle[i] ?? n.id[i]}${n.display_name[i] ? " · " + n.display_name[i] : ""}<br>` +
        `${n.kind[i] ?? ""} · community ${n.community[i]}<br>PageRank ${(n.pagerank[i] ?? 0).toExponential(2)}` +
        `<br>in ${n.in_degree[i]} · out ${n.out_degree[i]}<br>betweenness ${(n.betweenness[i] ?? 0).toExponential(2)}`;
      size[i] = 4 + 22 * Math.sqrt((n.pagerank[i] || 0) / top);
      colours[i] = colour(n.community[i]);
    }
    status.textContent = `${count.toLocaleString()} accounts, ${source.length.toLocaleString()} ties drawn`;
  }
  points = { type: "scattergl", mode: "markers", x, y, customdata: n.id, text, hovertemplate: "%{text}<extra></extra>",
             marker: { size, color: colours, line: { width: 0 }, opacity: 0.85 } };
  box.textContent = "";
  const layout = { margin: { l: 0, r: 0, t: 0, b: 0 }, showlegend: false, hovermode: "closest", dragmode: "pan",
                   xaxis: { visible: false }, yaxis: { visible: false }, plot_bgcolor: "white" };
  await Plotly.newPlot(box, [edges, points], layout, { displaylogo: false, responsive: true, scrollZoom: true });
  box.dataset.plotMs = Math.round(performance.now() - started) - box.dataset.fetchMs;
  box.dataset.readyMs = Math.round(performance.now()); // since navigation started
  box.dataset.ready = "true";
  box.on("plotly_click", (event) => {
    const point = event.points.find((p) => p.curveNumber === 1);
    if (!point) return;
    const id = point.customdata;
    window.location.href = data.view === "communities"
      ? `/network?graph=${encodeURIComponent(graph)}&community=${encodeURIComponent(id)}`
      : `/people/${encodeURIComponent(id)}?graph=${encodeURIComponent(graph)}`;
  });
})();
