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
button { font: inherit; }
#status { font-size: 12px; opacity: .9; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 22em; gap: 1em; padding: 1em; }
aside section, .zone { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .6em .8em; margin-bottom: 1em; }
h2 { font-size: 15px; margin: 0 0 .5em; }
.diagnostics { list-style: none; padding: 0; margin: 0; font-family: monospace; font-size: 12px; white-space: pre-wrap; word-break: break-all; }
.diagnostics li { padding: .2em 0; border-bottom: 1px dotted #ddd; }
.diagnostics .error { color: #b00020; } .diagnostics .warning { color: #8a5a00; }
#zones.stale { opacity: .45; filter: grayscale(1); }
.front { text-align: center; color: #666; font-size: 12px; margin: .3em 0; }
.zone { overflow-x: auto; }
.row { display: flex; align-items: center; gap: 3px; margin: 3px 0; flex-wrap: nowrap; width: max-content; }
.row .label { width: 3.5em; flex: none; color: #666; font-size: 12px; }
.seat { width: 4.4em; height: 2.4em; flex: none; border: 1px solid #999; border-radius: 3px; background: #fff; cursor: pointer; padding: 0; font-size: 13px; line-height: 1.1; }
.seat.empty { background: #f0f0f0; color: #888; }
.seat.held { background: repeating-linear-gradient(45deg, #fde2c4, #fde2c4 4px, #fff 4px, #fff 8px); color: #8a4b00; }
.seat.closed { background: #ccc; color: #777; cursor: default; }
.seat.pinned { border: 2px solid #1f5f7a; }
.seat[aria-pressed="true"] { outline: 3px solid #d97706; }
.seat.target { background: #fff3c4; }
.seat:focus-visible { outline: 3px solid #2563eb; }
.seat small { display: block; font-size: 10px; color: #888; }
.table { display: inline-block; vertical-align: top; border: 1px solid #ccc; border-radius: 6px; padding: .4em; margin: .3em; }
.table .seats { display: grid; grid-template-columns: repeat(4, auto); gap: 3px; }
.actions { margin-top: .5em; display: flex; gap: .5em; flex-wrap: wrap; }
details summary { cursor: pointer; color: #555; margin-top: .5em; }
details img { max-width: 100%; border: 1px solid #eee; }
#explain { min-height: 2.5em; }
#documents a { display: block; padding: .15em 0; }
.hint { color: #555; font-size: 12px; }
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
    <p class="hint">拖动姓名到另一姓名上对调座位，拖到空座上指定座位。键盘：选中一位（回车或空格），再选一个座位；Esc 取消。选中空座可保留或取消保留。</p>
    <div id="zones"></div>
  </div>
  <aside>
    <section><h2>说明</h2><div id="explain" aria-live="polite">点一位人员，看其位次依据。</div><div id="seat-actions" class="actions"></div></section>
    <section><h2>诊断</h2><ul id="diagnostics" class="diagnostics"></ul></section>
    <section><h2>文件（按当前计划生成，不写入磁盘）</h2><div id="documents"></div></section>
  </aside>
</main>
<script>
"use strict";
const token = new URLSearchParams(location.search).get("token") || "";
let state = null, selected = null, undoStack = [], busy = false;
const $ = (id) => document.getElementById(id);
const q = (path) => path + (path.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else if (k.startsWith("data-")) node.setAttribute(k, v); else node[k] = v;
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
  document.body.dataset.revision = state.revision;
  setStatus((state.valid ? "计划有效" : "计划有误：座次图为上次有效的版本") + " · 版本 " + state.revision.slice(0, 8));
  $("zones").classList.toggle("stale", !state.valid);
  const list = $("diagnostics"); list.replaceChildren();
  if (state.diagnostics.length === 0) list.append(el("li", {}, "没有问题。"));
  for (const d of state.diagnostics) list.append(el("li", { class: d.severity }, d.text));
  const docs = $("documents"); docs.replaceChildren();
  for (const name of state.documents) docs.append(el("a", { href: q("/api/documents/" + encodeURIComponent(name)), download: name }, name));
  const zones = $("zones"); zones.replaceChildren();
  for (const zone of state.chart) zones.append(renderZone(zone));
  if (selected) {
    const again = document.querySelector(seatSelector(selected));
    if (again && again.dataset.person === selected.person) again.setAttribute("aria-pressed", "true"); else selected = null;
  }
  showSeatActions();
}

function seatSelector(s) { return `.seat[data-zone="${CSS.escape(s.zone)}"][data-key="${CSS.escape(s.key)}"]`; }

function renderZone(zone) {
  const box = el("section", { class: "zone" });
  box.append(el("h2", {}, zone.zone));
  if (zone.rows.length) {
    const rows = zone.rows.filter((r) => r.row > 0);
    const ordered = zone.kind === "rostrum" || zone.kind === "photo" ? rows.slice().reverse() : rows;
    if (zone.kind === "hall") box.append(el("div", { class: "front" }, "—— 主席台 ——"));
    for (const row of ordered) box.append(renderRow(zone, row, "第" + row.row + "排"));
    const behind = zone.rows.find((r) => r.row === 0);
    if (behind) box.append(renderRow(zone, behind, "后排"));
    if (zone.kind === "rostrum") box.append(el("div", { class: "front" }, "—— 台下 ——"));
  }
  for (const table of zone.tables) {
    const t = el("div", { class: "table" });
    t.append(el("div", {}, "第" + table.table + "桌"));
    const seats = el("div", { class: "seats" });
    for (const seat of table.seats) seats.append(seatButton(zone, { table: table.table, seat: seat.seat }, seat, "S" + seat.seat));
    t.append(seats); box.append(t);
  }
  const details = el("details");
  details.append(el("summary", {}, "座次图（SVG，与 banhui seat --format svg 相同）"));
  details.addEventListener("toggle", () => {
    if (details.open && !details.querySelector("img")) details.append(el("img", { alt: zone.zone + "座次图", src: q("/api/zones/" + encodeURIComponent(zone.zone) + ".svg") + "&r=" + state.revision }));
  });
  box.append(details);
  return box;
}

function renderRow(zone, row, label) {
  const line = el("div", { class: "row" });
  line.append(el("span", { class: "label" }, label));
  let previous = null;
  for (const seat of row.seats) {
    const button = seatButton(zone, { row: row.row, seat: seat.seat }, seat, row.row + "-" + seat.seat);
    // An aisle: a gap of a seat's width at most, so that wide halls stay on the screen.
    if (previous !== null && seat.x - previous > 1.01) button.style.marginLeft = Math.min(4.4, (seat.x - previous - 1) * 4.4).toFixed(1) + "em";
    previous = seat.x;
    line.append(button);
  }
  return line;
}

function seatButton(zone, address, seat, label) {
  const key = address.row !== undefined ? "r" + address.row + "-" + address.seat : "t" + address.table + "-" + address.seat;
  const kind = seat.person ? "" : seat.held ? " held" : seat.closed ? " closed" : " empty";
  const button = el("button", { type: "button", class: "seat" + kind + (seat.pinned ? " pinned" : ""), "data-zone": zone.zone, "data-key": key });
  button.setAttribute("aria-pressed", "false");
  button.dataset.address = JSON.stringify(address);
  button.dataset.editable = zone.editable ? "1" : "";
  if (seat.person) {
    button.dataset.person = seat.person;
    button.textContent = seat.name;
    button.title = seat.name + "（" + seat.person + "）" + label + (seat.pinned ? "，指定座位" : "");
    button.setAttribute("aria-label", button.title);
    button.draggable = zone.editable && !seat.closed;
  } else {
    button.append(el("small", {}, label), document.createTextNode(seat.held ? "保留" : seat.closed ? "不用" : "空"));
    button.setAttribute("aria-label", label + (seat.held ? " 保留座位" : seat.closed ? " 不用" : " 空座"));
    if (seat.closed && !seat.held) button.disabled = true;
  }
  button.addEventListener("click", () => activate(button));
  button.addEventListener("dragstart", (e) => { e.dataTransfer.setData("text/plain", key); e.dataTransfer.effectAllowed = "move"; select(button); });
  button.addEventListener("dragover", (e) => { if (button.dataset.editable) { e.preventDefault(); button.classList.add("target"); } });
  button.addEventListener("dragleave", () => button.classList.remove("target"));
  button.addEventListener("drop", (e) => { e.preventDefault(); button.classList.remove("target"); const from = document.querySelector(seatSelector({ zone: zone.zone, key: e.dataTransfer.getData("text/plain") })); if (from) move(from, button); });
  return button;
}

function info(button) {
  return { zone: button.dataset.zone, key: button.dataset.key, person: button.dataset.person, address: JSON.parse(button.dataset.address), held: button.classList.contains("held"), pinned: button.classList.contains("pinned"), editable: !!button.dataset.editable };
}

function select(button) {
  document.querySelectorAll('.seat[aria-pressed="true"]').forEach((b) => b.setAttribute("aria-pressed", "false"));
  selected = button ? info(button) : null;
  if (button) button.setAttribute("aria-pressed", "true");
  if (selected && selected.person) explain(selected.person);
  showSeatActions();
}

function activate(button) {
  const target = info(button);
  if (selected && selected.person && selected.key !== target.key && selected.zone === target.zone) {
    const from = document.querySelector(seatSelector(selected));
    if (from) { move(from, button); return; }
  }
  select(selected && selected.key === target.key ? null : button);
}

async function explain(person) {
  const response = await fetch(q("/api/explain?person=" + encodeURIComponent(person)));
  if (response.ok) $("explain").textContent = (await response.json()).text;
}

function showSeatActions() {
  const box = $("seat-actions"); box.replaceChildren();
  if (!selected || !selected.editable) return;
  const s = selected, a = s.address;
  if (!s.person && !s.held) box.append(action("保留此座", () => edit("hold", { zone: s.zone, ...a }, ["release", { zone: s.zone, ...a }])));
  if (s.held) box.append(action("取消保留", () => edit("release", { zone: s.zone, ...a }, ["hold", { zone: s.zone, ...a }])));
  if (s.person && s.pinned) box.append(action("取消指定座位", () => edit("unpin", { zone: s.zone, person: s.person }, ["pin", { zone: s.zone, person: s.person, ...a }])));
  if (s.person && !s.pinned) box.append(action("固定在此座", () => edit("pin", { zone: s.zone, person: s.person, ...a }, ["unpin", { zone: s.zone, person: s.person }])));
}

function action(text, run) { const b = el("button", { type: "button" }, text); b.addEventListener("click", run); return b; }

function move(fromButton, toButton) {
  const from = info(fromButton), to = info(toButton);
  if (!from.person || from.key === to.key || from.zone !== to.zone || !to.editable) return;
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
      selected = null;
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
document.addEventListener("keydown", (e) => { if (e.key === "Escape") select(null); });

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
