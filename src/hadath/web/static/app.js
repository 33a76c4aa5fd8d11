// hadath dashboard: vanilla JS, no build step, no external requests.
// Every piece of data is put in the page with textContent or setAttribute, never parsed as HTML:
// article text and titles come from the open web.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const ROLES = ["trigger", "source", "target", "date", "place"];
const PAGE = 50;
const MAX_OFFSET = 10000; // the API's deepest page: narrow the filters to go further
const FILTERS = ["since", "until", "actor", "dyad", "code", "plover", "country", "text"];
const state = { offset: 0, total: 0, selected: null, roots: {} };

// ---------- DOM helpers ----------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const c of children) append(node, c);
  return node;
}
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  for (const c of children) append(node, c);
  return node;
}
function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, String(v));
  }
}
function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
const $ = (id) => document.getElementById(id);
const fmt = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en"));

// Only http(s) links are made clickable (a javascript: URL from a crawled page must never run).
function safeUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) {
    return null;
  }
}

// ---------- API ----------
function filterParams() {
  const form = $("filters");
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  return p;
}

async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(describeError(res.status, body));
  return body;
}

function describeError(status, body) {
  if (Array.isArray(body.detail)) {
    return body.detail.map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ");
  }
  return body.detail ? String(body.detail) : `HTTP ${status}`;
}

function showError(err) {
  const box = $("error");
  if (!err) { box.hidden = true; box.textContent = ""; return; }
  box.hidden = false;
  box.textContent = err.message || String(err);
}

// ---------- filters ----------
async function loadCodes() {
  const codes = await api("/api/codes");
  const root = $("filters").elements.code;
  for (const r of codes.roots) {
    state.roots[r.code] = r.name;
    root.appendChild(el("option", { value: r.code, text: `${r.code} ${r.name}` }));
  }
  const plover = $("filters").elements.plover;
  for (const t of codes.plover) plover.appendChild(el("option", { value: t, text: t }));
}

function readUrl() {
  const p = new URLSearchParams(window.location.search);
  const form = $("filters");
  for (const name of FILTERS) if (p.has(name)) form.elements[name].value = p.get(name);
}

function writeUrl(params) {
  const q = params.toString();
  window.history.replaceState(null, "", q ? `?${q}` : window.location.pathname);
}

// ---------- summary ----------
async function loadStats() {
  const s = await api("/api/stats");
  $("summary").textContent =
    `${fmt(s.events)} events from ${fmt(s.mentions)} mentions in ${fmt(s.coded)} coded articles` +
    ` (${fmt(s.documents)} ingested, ${fmt(s.duplicates)} duplicates)`;
  renderDyads(s.by_dyad);
}

function renderDyads(dyads) {
  const body = $("dyads").tBodies[0];
  clear(body);
  if (!dyads.length) body.appendChild(el("tr", {}, el("td", { colspan: 3, class: "empty", text: "no dyads" })));
  for (const d of dyads) {
    const row = el("tr", { title: "filter on this dyad" },
      el("td", { class: "code", text: d.source }),
      el("td", { class: "code", text: d.target }),
      el("td", { class: "num", text: fmt(d.count) }));
    row.addEventListener("click", () => {
      $("filters").elements.dyad.value = `${d.source},${d.target}`;
      refresh();
    });
    body.appendChild(row);
  }
}

// ---------- timeline ----------
function renderLegend() {
  const box = $("legend");
  QUADS.forEach((name, i) => box.appendChild(el("span", {}, el("span", { class: `sw q${i + 1}` }), name)));
}

function renderTimeline(days) {
  const chart = $("timeline");
  clear(chart);
  const W = Math.max(chart.clientWidth || 600, 300), H = 200, L = 36, B = 20, T = 6;
  chart.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!days.length) {
    chart.appendChild(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty", text: "no dated events" }));
    return;
  }
  const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
  const span = Math.round((last - first) / 86400000) + 1;
  const max = Math.max(...days.map((d) => d.q1 + d.q2 + d.q3 + d.q4), 1);
  const bw = Math.min((W - L - 4) / span, 48), y = (v) => T + (H - T - B) * (1 - v / max);
  const X = L + ((W - L - 4) - bw * span) / 2; // few days: narrow bars, centred
  const axis = svg("g", { class: "axis" });
  for (const v of [0, Math.round(max / 2), max]) {
    axis.appendChild(svg("line", { x1: L, x2: W, y1: y(v), y2: y(v) }));
    axis.appendChild(svg("text", { x: L - 4, y: y(v) + 3, "text-anchor": "end", text: fmt(v) }));
  }
  const ticks = Math.min(6, span);
  for (let i = 0; i < ticks; i++) {
    const k = ticks === 1 ? 0 : Math.round((i * (span - 1)) / (ticks - 1));
    const label = new Date(first + k * 86400000).toISOString().slice(0, 10);
    axis.appendChild(svg("text", { x: X + (k + 0.5) * bw, y: H - 5, "text-anchor": "middle", text: label }));
  }
  chart.appendChild(axis);
  const bars = svg("g", {});
  for (const d of days) {
    const k = Math.round((Date.parse(d.date) - first) / 86400000);
    let acc = 0;
    [d.q1, d.q2, d.q3, d.q4].forEach((v, i) => {
      if (!v) return;
      bars.appendChild(svg("rect", {
        class: `q${i + 1}`, x: X + k * bw + (bw > 3 ? 0.5 : 0), width: Math.max(bw - (bw > 3 ? 1 : 0), 0.5),
        y: y(acc + v), height: y(acc) - y(acc + v),
      }, svg("title", { text: `${d.date}: ${fmt(v)} ${QUADS[i]}` })));
      acc += v;
    });
  }
  chart.appendChild(bars);
}

// ---------- map ----------
let world = null;
async function loadWorld() {
  const res = await fetch("/static/world.json");
  world = await res.json();
}

// The view box fits the points (at least 60 x 30 degrees, 2:1), else the world without Antarctica.
function mapBox(points) {
  if (!points.length) return [0, 5, 360, 150];
  const xs = points.map((p) => p.lon + 180), ys = points.map((p) => 90 - p.lat);
  let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  let w = Math.max(60, (x1 - x0) * 1.3), h = Math.max(30, (y1 - y0) * 1.3);
  if (w / h > 2) h = w / 2; else w = h * 2;
  w = Math.min(w, 360); h = Math.min(h, 180);
  const cx = Math.min(Math.max((x0 + x1) / 2, w / 2), 360 - w / 2);
  const cy = Math.min(Math.max((y0 + y1) / 2, h / 2), 180 - h / 2);
  return [cx - w / 2, cy - h / 2, w, h];
}

function renderMap(places) {
  const map = $("map");
  clear(map);
  if (!world) return;
  const box = mapBox(places.points.filter((p) => p.lat !== null && p.lon !== null));
  map.setAttribute("viewBox", box.map((v) => v.toFixed(2)).join(" "));
  const has = new Set(places.countries.map((c) => c.country));
  const land = svg("g", {});
  for (const c of world.countries) {
    land.appendChild(svg("path", { d: c.d, class: has.has(c.iso3) ? "country has" : "country" },
      svg("title", { text: c.name })));
  }
  map.appendChild(land);
  const max = Math.max(...places.points.map((p) => p.count), 1), unit = box[2] / 360;
  const dots = svg("g", {});
  for (const p of places.points) {
    if (p.lat === null || p.lon === null) continue;
    const r = unit * (1.2 + 5 * Math.sqrt(p.count / max));
    const dot = svg("circle", { class: "point", cx: p.lon + 180, cy: 90 - p.lat, r },
      svg("title", { text: `${p.name || ""} (${p.country || "?"}): ${fmt(p.count)} events` }));
    dot.addEventListener("click", () => {
      if (p.country) { $("filters").elements.country.value = p.country; refresh(); }
    });
    dots.appendChild(dot);
  }
  map.appendChild(dots);
}

// ---------- events ----------
function actorCell(code, name) {
  const td = el("td", {});
  if (code) td.appendChild(el("span", { class: "code", text: code }));
  if (name) td.appendChild(el("div", { class: "hint", text: name }));
  return td;
}

function renderEvents(page) {
  state.total = page.total;
  const body = $("events").tBodies[0];
  clear(body);
  $("count").textContent = `${fmt(page.total)} matching`;
  if (!page.events.length) {
    body.appendChild(el("tr", {}, el("td", { colspan: 7, class: "empty", text: "no events match these filters" })));
  }
  for (const e of page.events) {
    const row = el("tr", { "data-id": e.id },
      el("td", { text: e.date || "" }),
      el("td", {}, el("span", { class: "code", text: e.cameo }),
        el("div", { class: "hint", text: state.roots[e.root] || "" })),
      actorCell(e.source_code, e.source_name),
      actorCell(e.target_code, e.target_name),
      el("td", { text: [e.place_name, e.place_country].filter(Boolean).join(", ") }),
      el("td", { class: "num", text: fmt(e.num_mentions) }),
      el("td", { class: "snippet", dir: "rtl", lang: "ar", text: e.sentence_text || "" }));
    row.tabIndex = 0;
    row.addEventListener("click", () => openEvent(e.id));
    row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openEvent(e.id); });
    if (e.id === state.selected) row.classList.add("selected");
    body.appendChild(row);
  }
  const pages = Math.max(1, Math.ceil(page.total / PAGE));
  $("page").textContent = `page ${Math.floor(state.offset / PAGE) + 1} of ${fmt(pages)}`;
  $("prev").disabled = state.offset === 0;
  $("next").disabled = state.offset + PAGE >= page.total || state.offset + PAGE > MAX_OFFSET;
}

async function loadEvents() {
  const p = filterParams();
  p.set("limit", PAGE);
  p.set("offset", state.offset);
  renderEvents(await api("/api/events", p));
}

// ---------- event detail ----------
// Split the sentence at every span boundary; each piece is marked with the roles covering it.
// Offsets count code points (as Python does), so the sentence is sliced as an array of them.
function highlighted(sentence, spans) {
  const box = el("p", { class: "sentence", dir: "rtl", lang: "ar" });
  const text = Array.from(sentence.text || "");
  const local = [];
  for (const s of spans) {
    if (sentence.start === null || s.start === null || s.end === null) continue;
    const a = s.start - sentence.start, b = s.end - sentence.start;
    if (a >= 0 && b <= text.length && a < b) local.push({ role: s.role, a, b, s });
  }
  const cuts = [...new Set([0, text.length, ...local.flatMap((x) => [x.a, x.b])])].sort((x, y) => x - y);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1], piece = text.slice(a, b).join("");
    const roles = local.filter((x) => x.a <= a && x.b >= b).sort((x, y) => ROLES.indexOf(x.role) - ROLES.indexOf(y.role));
    if (!roles.length) { box.appendChild(document.createTextNode(piece)); continue; }
    const label = roles.map((x) => (x.s.code ? `${x.role} ${x.s.code}` : x.role)).join(", ");
    box.appendChild(el("mark", {
      class: `hl ${roles.map((x) => x.role).join(" ")}`, "data-role": roles[0].role, title: label, text: piece,
    }));
  }
  return box;
}

function mentionBlock(m) {
  const link = safeUrl(m.url);
  const meta = el("div", { class: "meta" },
    el("span", { text: m.outlet || "unknown outlet" }),
    el("span", { text: m.published || "" }),
    el("span", { class: "code", text: m.cameo }),
    el("span", { text: m.status }),
    el("span", { text: `confidence ${Number(m.confidence).toFixed(2)}` }));
  const title = m.title || m.url || m.doc_id;
  const head = link
    ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer nofollow", dir: "auto", text: title })
    : el("span", { dir: "auto", text: title });
  const block = el("div", { class: "mention" }, el("div", { class: "title" }, head), meta);
  if (m.sentence && m.sentence.text) block.appendChild(highlighted(m.sentence, m.spans));
  else block.appendChild(el("p", { class: "empty", text: "sentence not stored" }));
  return block;
}

function keyLegend() {
  return el("div", { class: "keys" }, ...ROLES.map((r) => el("mark", { class: `hl ${r}`, text: r })));
}

async function openEvent(id) {
  state.selected = id;
  for (const row of $("events").tBodies[0].rows) row.classList.toggle("selected", row.dataset.id === id);
  let detail;
  try {
    detail = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    showError(err);
    return;
  }
  const e = detail.event;
  const body = $("detail-body");
  clear(body);
  const rows = [
    ["CAMEO", `${e.cameo} ${detail.cameo_name || ""}`],
    ["PLOVER", [e.plover_type, e.plover_mode].filter(Boolean).join(" / ")],
    ["QuadClass", `${e.quad_class} ${QUADS[e.quad_class - 1] || ""}`],
    ["Goldstein", e.goldstein],
    ["source", [e.source_code, e.source_name].filter(Boolean).join(" ")],
    ["target", [e.target_code, e.target_name].filter(Boolean).join(" ")],
    ["date", [e.date, e.date_precision && `(${e.date_precision})`].filter(Boolean).join(" ")],
    ["place", [e.place_name, e.place_country].filter(Boolean).join(", ")],
    ["seen", `${fmt(e.num_mentions)} mentions, ${fmt(e.num_articles)} articles, ${fmt(e.num_sources)} outlets`],
    ["id", e.id],
  ];
  const dl = el("dl", {});
  for (const [k, v] of rows) { dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", { text: v ?? "" })); }
  body.appendChild(el("h2", { text: `Event ${e.cameo}` }));
  body.appendChild(dl);
  body.appendChild(keyLegend());
  for (const m of detail.mentions) body.appendChild(mentionBlock(m));
  $("detail").hidden = false;
  $("detail").dataset.event = e.id;
}

// ---------- wiring ----------
async function refresh(keepPage) {
  if (!keepPage) state.offset = 0;
  document.body.dataset.state = "loading";
  const params = filterParams();
  writeUrl(params);
  showError(null);
  try {
    const [days, places] = await Promise.all([api("/api/timeline", params), api("/api/places", params)]);
    renderTimeline(days.days);
    renderMap(places);
    await loadEvents();
  } catch (err) {
    showError(err);
  }
  document.body.dataset.state = "ready";
}

async function main() {
  renderLegend();
  readUrl();
  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  $("filters").addEventListener("reset", () => setTimeout(() => refresh(), 0));
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(true); });
  $("next").addEventListener("click", () => { state.offset += PAGE; refresh(true); });
  $("close").addEventListener("click", () => { $("detail").hidden = true; });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("detail").hidden = true; });
  try {
    await Promise.all([loadCodes(), loadWorld(), loadStats()]);
    readUrl();
  } catch (err) {
    showError(err);
  }
  await refresh(true);
}

document.addEventListener("DOMContentLoaded", main);
