/// The one page `banhui serve` shows: its style and script are in it, so it asks nothing of any
/// other host (the Content-Security-Policy says so to the browser too). Fixed bytes: the same
/// binary serves the same page.
enum ServePage {
    static let contentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    static let html = #"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>办会 · 座次</title>
<style>
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 14px; margin: 0; color: #1a1a1a; background: #f6f6f3; }
header { display: flex; gap: 1em; align-items: center; padding: .5em 1em; background: #7a1f1f; color: #fff; position: sticky; top: 0; z-index: 2; }
header h1 { font-size: 16px; margin: 0; }
header .grow { flex: 1; }
button, select { font: inherit; }
#status { font-size: 12px; opacity: .9; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 21em; gap: 1em; padding: .8em 1em; }
aside section, .zone { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .5em .8em; margin-bottom: .8em; }
h2 { font-size: 15px; margin: 0 0 .4em; }
.zone-head { display: flex; align-items: center; gap: .8em; }
.zone-head h2 { margin: 0; flex: 1; }
.diagnostics { list-style: none; padding: 0; margin: 0; font-family: monospace; font-size: 12px; white-space: pre-wrap; word-break: break-all; }
.diagnostics li { padding: .2em 0; border-bottom: 1px dotted #ddd; }
.diagnostics .error { color: #b00020; } .diagnostics .warning { color: #8a5a00; }
#zones.stale { opacity: .45; filter: grayscale(1); }
.chart { overflow: auto; max-height: 78vh; user-select: none; -webkit-user-select: none; }
.chart svg { display: block; height: auto; }
g.seat { cursor: pointer; }
g.seat.closed { cursor: default; }
g.seat:focus { outline: none; }
g.seat.empty > rect { fill: #eef6ee; }
g.seat.held > rect { fill: #fde2c4; }
g.seat.pinned > rect { stroke: #1f5f7a; stroke-width: 0.9px; }
g.seat[aria-pressed="true"] > rect { fill: #fff3c4; stroke: #d97706; stroke-width: 1px; }
g.seat.target > rect { fill: #fde68a; stroke: #d97706; stroke-width: 1px; }
g.seat:focus-visible > rect, g.seat.menu-open > rect { stroke: #2563eb; stroke-width: 1px; }
#ghost { position: fixed; pointer-events: none; background: #7a1f1f; color: #fff; padding: .2em .5em; border-radius: 3px; font-size: 13px; z-index: 5; display: none; }
#menu { position: fixed; z-index: 6; background: #fff; border: 1px solid #888; border-radius: 4px; box-shadow: 0 4px 14px rgba(0,0,0,.25); padding: .3em 0; min-width: 10em; }
#menu[hidden] { display: none; }
#menu .menu-title { font-size: 12px; color: #555; padding: .2em .9em .3em; border-bottom: 1px solid #eee; }
#menu button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: .35em .9em; cursor: pointer; }
#menu button:hover, #menu button:focus { background: #e8eefc; outline: none; }
.actions { margin-top: .5em; display: flex; gap: .5em; flex-wrap: wrap; }
#explain { min-height: 2.5em; }
#picked { font-size: 12px; color: #555; margin-top: .4em; }
#documents a { display: block; padding: .15em 0; }
.hint { color: #555; font-size: 12px; margin: 0 0 .6em; }
.legend { font-size: 12px; color: #555; }
.legend span { display: inline-block; width: 1em; height: .8em; border: 1px solid #222; vertical-align: middle; margin: 0 .2em 0 .6em; }
</style>
</head>
<body>
<header>
  <h1 id="title">办会 · 座次</h1>
  <span class="grow"></span>
  <span id="status" role="status" aria-live="polite">正在读取……</span>
  <button id="undo" type="button" disabled>撤销</button>
</header>
<main>
  <div>
    <p class="hint">在座次图上拖动姓名：拖到另一姓名上对调座位，拖到空座上指定座位。右键（或菜单键、Shift+F10、右侧“座位菜单”）打开座位菜单：保留、取消保留、固定、取消指定、说明。键盘：Tab 到一位，回车选中，再 Tab 到另一座位回车；Esc 取消。
      <span class="legend"><span style="background:#eef6ee"></span>空座<span style="background:#fde2c4"></span>保留<span style="background:#fff;border:2px solid #1f5f7a"></span>指定座位<span style="background:#bbb"></span>不用</span></p>
    <div id="zones"></div>
  </div>
  <aside>
    <section><h2>说明</h2><div id="explain" aria-live="polite">点一位人员，看其位次依据。</div><div id="picked"></div><div id="seat-actions" class="actions"></div></section>
    <section><h2>诊断</h2><ul id="diagnostics" class="diagnostics"></ul></section>
    <section><h2>文件（按当前计划生成，不写入磁盘）</h2><div id="documents"></div></section>
  </aside>
</main>
<div id="menu" role="menu" hidden></div>
<div id="ghost" aria-hidden="true"></div>
<script>
"use strict";
const token = new URLSearchParams(location.search).get("token") || "";
let state = null, selected = null, undoStack = [], busy = false, drag = null, dropped = false, menuSeat = null;
const zoom = {};
const $ = (id) => document.getElementById(id);
const q = (path) => path + (path.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else if (k.startsWith("data-") || k.startsWith("aria-") || k === "role") node.setAttribute(k, v); else node[k] = v;
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

async function loadState() {
  const response = await fetch(q("/api/state"), { cache: "no-store" });
  if (response.ok) render(await response.json());
}

function setStatus(text) { $("status").textContent = text; }

function render(next) {
  state = next;
  closeMenu(false);
  document.body.dataset.revision = state.revision;
  setStatus((state.valid ? "计划有效" : "计划有误：座次图为上次有效的版本") + " · 版本 " + state.revision.slice(0, 8));
  $("zones").classList.toggle("stale", !state.valid);
  const list = $("diagnostics"); list.replaceChildren();
  if (state.diagnostics.length === 0) list.append(el("li", {}, "没有问题。"));
  for (const d of state.diagnostics) list.append(el("li", { class: d.severity }, d.text));
  const docs = $("documents"); docs.replaceChildren();
  for (const name of state.documents) docs.append(el("a", { href: q("/api/documents/" + encodeURIComponent(name)), download: name }, name));
  const zones = $("zones"), shown = new Set();
  for (const zone of state.chart) {
    shown.add(zone.zone);
    let box = zones.querySelector(`.zone[data-zone="${CSS.escape(zone.zone)}"]`);
    if (!box) { box = zoneBox(zone); zones.append(box); }
    drawChart(zone, box.querySelector(".chart"));
  }
  for (const box of zones.querySelectorAll(".zone")) if (!shown.has(box.dataset.zone)) box.remove();
  showSeatActions();
}

function zoneBox(zone) {
  const box = el("section", { class: "zone", "data-zone": zone.zone });
  const head = el("div", { class: "zone-head" });
  head.append(el("h2", {}, zone.zone));
  const scale = el("select", { "aria-label": zone.zone + "座次图缩放" });
  for (const z of [1, 1.5, 2, 3]) scale.append(el("option", { value: z }, "缩放 " + z * 100 + "%"));
  zoom[zone.zone] = zoom[zone.zone] || 1;
  scale.value = zoom[zone.zone];
  scale.addEventListener("change", () => { zoom[zone.zone] = +scale.value; const svg = box.querySelector("svg"); if (svg) scaleChart(zone.zone, svg); });
  head.append(scale);
  box.append(head, el("div", { class: "chart", "data-zone": zone.zone }, "正在绘制座次图……"));
  return box;
}

// The zone's chart, the same drawing as `banhui seat --format svg`, with each seat a group that
// names its place and sitter; the page makes those groups focusable, labelled and draggable.
async function drawChart(zone, box) {
  const revision = state.revision;
  const response = await fetch(q("/api/zones/" + encodeURIComponent(zone.zone) + ".svg?view=page"), { cache: "no-store" });
  if (!response.ok || !state || state.revision !== revision) return;
  const parsed = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
  const svg = document.importNode(parsed.documentElement, true);
  svg.removeAttribute("width"); svg.removeAttribute("height");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", zone.zone + "座次图");
  const byKey = new Map(), byPerson = new Map();
  for (const row of zone.rows) for (const seat of row.seats) { byKey.set("r" + row.row + "-" + seat.seat, seat); if (seat.person) byPerson.set(seat.person, seat); }
  for (const table of zone.tables) for (const seat of table.seats) { byKey.set("t" + table.table + "-" + seat.seat, seat); if (seat.person) byPerson.set(seat.person, seat); }
  for (const g of svg.querySelectorAll("g.seat")) decorate(zone, g, byKey, byPerson);
  svg.addEventListener("click", (e) => { const g = e.target.closest("g.seat"); if (g && !dropped) activate(g); dropped = false; });
  svg.addEventListener("keydown", (e) => {
    const g = e.target.closest("g.seat"); if (!g) return;
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); activate(g); }
    else if (e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) { e.preventDefault(); openMenu(g); }
  });
  svg.addEventListener("contextmenu", (e) => { const g = e.target.closest("g.seat"); if (g && g.getAttribute("tabindex") !== null) { e.preventDefault(); openMenu(g, e.clientX, e.clientY); } });
  svg.addEventListener("pointerdown", startDrag);
  const focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest("g.seat") : null;
  const refocus = focused && box.contains(focused) ? focused.dataset.key : null;
  box.replaceChildren(svg);
  fitChart(zone.zone, svg);
  if (refocus) { const again = svg.querySelector(`g.seat[data-key="${CSS.escape(refocus)}"]`); if (again && again.hasAttribute("tabindex")) again.focus(); }
  if (selected && selected.zone === zone.zone) {
    const again = seatElement(selected);
    if (again && again.dataset.person === selected.person) again.setAttribute("aria-pressed", "true"); else { selected = null; showSeatActions(); }
  }
}

// The chart's page (A4 or A3) has wide margins: the page shows the drawing itself, as wide as the
// box at 100 % (at most 3.5 pixels a millimetre, so a small zone is not blown up).
function fitChart(name, svg) {
  const b = svg.getBBox();
  if (b.width > 0 && b.height > 0) {
    svg.setAttribute("viewBox", [b.x - 3, b.y - 3, b.width + 6, b.height + 6].map((v) => v.toFixed(1)).join(" "));
    svg.dataset.naturalWidth = ((b.width + 6) * 3.5).toFixed(0);
  }
  scaleChart(name, svg);
}

function scaleChart(name, svg) {
  svg.style.width = zoom[name] * 100 + "%";
  if (svg.dataset.naturalWidth) svg.style.maxWidth = zoom[name] * svg.dataset.naturalWidth + "px";
}

function decorate(zone, g, byKey, byPerson) {
  const address = g.dataset.table !== undefined ? { table: +g.dataset.table, seat: +g.dataset.seat }
    : g.dataset.row !== undefined ? { row: +g.dataset.row, seat: +g.dataset.seat } : null;
  const key = address ? (address.table !== undefined ? "t" + address.table : "r" + address.row) + "-" + address.seat : "p-" + g.dataset.person;
  const seat = (address && byKey.get(key)) || byPerson.get(g.dataset.person) || { person: g.dataset.person || null, name: null, held: false, pinned: false, closed: !g.dataset.person };
  const label = address ? (address.table !== undefined ? "第" + address.table + "桌 S" + address.seat : "第" + address.row + "排第" + address.seat + "座") : "后排";
  g.dataset.zone = zone.zone;
  g.dataset.key = key;
  g.dataset.label = label;
  if (address) g.dataset.address = JSON.stringify(address);
  g.dataset.editable = zone.editable && address ? "1" : "";
  g.classList.toggle("pinned", !!seat.pinned);
  g.classList.toggle("held", !seat.person && !!seat.held);
  g.classList.toggle("closed", !seat.person && !seat.held && !!seat.closed);
  g.classList.toggle("empty", !seat.person && !seat.held && !seat.closed);
  if (seat.person) g.dataset.name = seat.name || seat.person;
  const text = seat.person ? (seat.name || seat.person) + "（" + seat.person + "），" + label + (seat.pinned ? "，指定座位" : "")
    : label + (seat.held ? "，保留座位" : seat.closed ? "，不用" : "，空座");
  g.setAttribute("aria-label", text);
  const title = document.createElementNS(g.namespaceURI, "title");
  title.textContent = text;
  g.prepend(title);
  if (seat.person || (g.dataset.editable && (!seat.closed || seat.held))) {
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.setAttribute("aria-pressed", "false");
    g.setAttribute("aria-haspopup", "menu");
  }
}

function seatElement(s) { return document.querySelector(`g.seat[data-zone="${CSS.escape(s.zone)}"][data-key="${CSS.escape(s.key)}"]`); }

function info(g) {
  return { zone: g.dataset.zone, key: g.dataset.key, label: g.dataset.label, person: g.dataset.person, name: g.dataset.name, address: g.dataset.address ? JSON.parse(g.dataset.address) : null,
           held: g.classList.contains("held"), pinned: g.classList.contains("pinned"), closed: g.classList.contains("closed"), editable: !!g.dataset.editable };
}

// Dragging with the pointer: SVG elements have no HTML drag and drop, so the drop target is the
// seat under the pointer when the button is released.
function startDrag(e) {
  if (e.button !== 0) return;
  const g = e.target.closest("g.seat");
  if (!g || !g.dataset.person || !g.dataset.editable) return;
  drag = { from: g, x: e.clientX, y: e.clientY, moved: false, over: null };
}

function seatAt(x, y) { const hit = document.elementFromPoint(x, y); return hit && hit.closest ? hit.closest("g.seat") : null; }

document.addEventListener("pointermove", (e) => {
  if (!drag) return;
  if (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < 4) return;
  if (!drag.moved) { drag.moved = true; select(drag.from); $("ghost").textContent = drag.from.dataset.name; $("ghost").style.display = "block"; }
  $("ghost").style.left = e.clientX + 12 + "px"; $("ghost").style.top = e.clientY + 12 + "px";
  const over = seatAt(e.clientX, e.clientY);
  if (drag.over && drag.over !== over) drag.over.classList.remove("target");
  drag.over = over && over !== drag.from && over.dataset.editable && over.dataset.zone === drag.from.dataset.zone ? over : null;
  if (drag.over) drag.over.classList.add("target");
});

document.addEventListener("pointerup", (e) => {
  if (!drag) return;
  const d = drag; drag = null;
  $("ghost").style.display = "none";
  if (d.over) d.over.classList.remove("target");
  if (!d.moved) return;
  dropped = true;
  setTimeout(() => { dropped = false; }, 0);
  const over = seatAt(e.clientX, e.clientY);
  if (over && over !== d.from) move(d.from, over);
});

function select(g) {
  document.querySelectorAll('g.seat[aria-pressed="true"]').forEach((b) => b.setAttribute("aria-pressed", "false"));
  selected = g ? info(g) : null;
  if (g) g.setAttribute("aria-pressed", "true");
  if (selected && selected.person) explain(selected.person);
  showSeatActions();
}

function activate(g) {
  const target = info(g);
  if (selected && selected.person && selected.key !== target.key && selected.zone === target.zone && target.editable) {
    const from = seatElement(selected);
    if (from) { move(from, g); return; }
  }
  if (!target.person && !target.editable) return;
  select(selected && selected.key === target.key ? null : g);
}

async function explain(person) {
  const response = await fetch(q("/api/explain?person=" + encodeURIComponent(person)));
  if (response.ok) $("explain").textContent = (await response.json()).text;
}

// What can be done to a seat: the same list for the seat menu and the side panel.
function seatActions(s) {
  const list = [];
  if (s.person) list.push(["说明", () => explain(s.person)]);
  if (!s.editable || !s.address) return list;
  const a = s.address;
  if (!s.person && !s.held && !s.closed) list.push(["保留此座", () => edit("hold", { zone: s.zone, ...a }, ["release", { zone: s.zone, ...a }])]);
  if (s.held) list.push(["取消保留", () => edit("release", { zone: s.zone, ...a }, ["hold", { zone: s.zone, ...a }])]);
  if (s.person && s.pinned) list.push(["取消指定座位", () => edit("unpin", { zone: s.zone, person: s.person }, ["pin", { zone: s.zone, person: s.person, ...a }])]);
  if (s.person && !s.pinned) list.push(["固定在此座", () => edit("pin", { zone: s.zone, person: s.person, ...a }, ["unpin", { zone: s.zone, person: s.person }])]);
  return list;
}

function showSeatActions() {
  const box = $("seat-actions"); box.replaceChildren();
  $("picked").textContent = selected ? "已选：" + selected.zone + " " + selected.label + (selected.name ? " " + selected.name : "") : "";
  if (!selected) return;
  for (const [text, run] of seatActions(selected)) box.append(action(text, run));
  const more = action("座位菜单…", () => { const g = seatElement(selected); if (g) openMenu(g); });
  more.setAttribute("aria-haspopup", "menu");
  box.append(more);
}

function action(text, run) { const b = el("button", { type: "button" }, text); b.addEventListener("click", run); return b; }

function openMenu(g, x, y) {
  closeMenu(false);
  const s = info(g), menu = $("menu");
  menuSeat = g;
  g.classList.add("menu-open");
  menu.replaceChildren(el("div", { class: "menu-title" }, s.zone + " " + s.label + (s.name ? " " + s.name : "")));
  menu.setAttribute("aria-label", s.label + " 座位菜单");
  for (const [text, run] of seatActions(s)) {
    const item = el("button", { type: "button", role: "menuitem", tabIndex: -1 }, text);
    item.addEventListener("click", () => { closeMenu(true); run(); });
    menu.append(item);
  }
  if (menu.querySelectorAll("button").length === 0) menu.append(el("div", { class: "menu-title" }, "此座位不能调整"));
  const box = g.getBoundingClientRect();
  menu.hidden = false;
  const left = x !== undefined ? x : box.right, top = y !== undefined ? y : box.bottom;
  menu.style.left = Math.max(0, Math.min(left, innerWidth - menu.offsetWidth - 4)) + "px";
  menu.style.top = Math.max(0, Math.min(top, innerHeight - menu.offsetHeight - 4)) + "px";
  const first = menu.querySelector("button");
  if (first) first.focus();
}

function closeMenu(refocus) {
  const menu = $("menu");
  if (menu.hidden) return;
  menu.hidden = true;
  const g = menuSeat; menuSeat = null;
  if (g) { g.classList.remove("menu-open"); if (refocus && g.isConnected) g.focus(); }
}

$("menu").addEventListener("keydown", (e) => {
  const items = [...$("menu").querySelectorAll("button")], at = items.indexOf(document.activeElement);
  if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); closeMenu(true); }
  else if (e.key === "ArrowDown" || e.key === "ArrowUp") { e.preventDefault(); const next = items[(at + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]; if (next) next.focus(); }
  else if (e.key === "Tab") closeMenu(false);
});
document.addEventListener("pointerdown", (e) => { if (!$("menu").hidden && !$("menu").contains(e.target)) closeMenu(false); });

function move(fromSeat, toSeat) {
  const from = info(fromSeat), to = info(toSeat);
  if (!from.person || from.key === to.key || from.zone !== to.zone || !to.editable || !to.address) return;
  if (to.person) {
    edit("swap", { zone: to.zone, a: from.person, b: to.person }, ["swap", { zone: to.zone, a: from.person, b: to.person }]);
  } else {
    const undo = from.pinned ? ["pin", { zone: from.zone, person: from.person, ...from.address }] : ["unpin", { zone: from.zone, person: from.person }];
    edit("pin", { zone: to.zone, person: from.person, ...to.address }, undo);
  }
}

async function edit(kind, body, inverse, isUndo) {
  if (busy || !state) return;
  busy = true;
  try {
    const response = await fetch(q("/api/" + kind), { method: "POST", headers: { "Content-Type": "application/json", "X-Banhui-Token": token }, body: JSON.stringify({ revision: state.revision, ...body }) });
    const answer = await response.json();
    if (response.status === 200) {
      if (!isUndo && inverse) undoStack.push(inverse);
      select(null);
      render(answer);
      const warnings = answer.diagnostics.filter((d) => d.code === "SEAT101");
      setStatus(warnings.length ? "已写入计划；注意：" + warnings[0].message : "已写入计划 · 版本 " + answer.revision.slice(0, 8));
    } else if (response.status === 409) {
      render(answer);
      setStatus("计划已在别处修改，已刷新；请重做这次调整");
    } else if (response.status === 422) {
      setStatus("未写入：" + answer.diagnostics.map((d) => d.message).join("；"));
    } else {
      setStatus("未写入：" + (answer.error || response.status));
    }
  } catch (error) {
    setStatus("连接失败：" + error);
  } finally {
    busy = false;
    $("undo").disabled = undoStack.length === 0;
  }
}

$("undo").addEventListener("click", () => { const last = undoStack.pop(); if (last) edit(last[0], last[1], null, true); });
document.addEventListener("keydown", (e) => { if (e.key === "Escape") { if (!$("menu").hidden) closeMenu(true); else select(null); } });

function listen() {
  const events = new EventSource(q("/api/events"));
  events.addEventListener("revision", (e) => { if (!state || e.data !== state.revision) loadState(); });
  events.onerror = () => setStatus("与服务断开，正在重连……");
}

loadState().then(listen);
</script>
</body>
</html>
"""#
}
