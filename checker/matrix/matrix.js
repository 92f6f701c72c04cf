/* factlint matrix report: draws the grid, filters, detail panel, document view and facts table
   from the JSON in script#factlint-data. Document text is only ever inserted as text. */
(function () {
  "use strict";

  var SYMBOL = { conflicts: "\u2717", missing: "!", variant: "~", unread: "?", agrees: "\u2713",
    "no-value": "\u00b7", "not-mentioned": "" };
  var LABEL = { conflicts: "conflicts", missing: "missing", variant: "variant", unread: "unread",
    agrees: "agrees", "no-value": "no value", "not-mentioned": "not mentioned" };
  var STATES = ["conflicts", "missing", "variant", "unread", "agrees", "no-value"];
  var SEVERITY_ORDER = ["error", "warning", "info"];

  var data = JSON.parse(document.getElementById("factlint-data").textContent);
  /* rule code -> the cell state its findings give (FC001 -> conflicts ...) */
  var BY_CODE = JSON.parse(document.getElementById("factlint-codes").textContent);
  var facts = data.facts, docs = data.documents, cells = data.cells;
  var nF = facts.length, nD = docs.length;

  /* index: (fact, document) -> cell, by number */
  var factIndex = new Map(), docIndex = new Map();
  facts.forEach(function (f, i) { factIndex.set(f.id, i); });
  docs.forEach(function (d, i) { docIndex.set(d.id, i); });
  var dense = nF * nD <= 20000000;
  var at = dense ? new Int32Array(nF * nD).fill(-1) : new Map();
  var cellFact = new Int32Array(cells.length), cellDoc = new Int32Array(cells.length);
  cells.forEach(function (c, i) {
    var f = factIndex.get(c.fact), d = docIndex.get(c.document);
    if (f === undefined || d === undefined) { cellFact[i] = -1; return; }
    cellFact[i] = f; cellDoc[i] = d;
    if (dense) at[f * nD + d] = i; else at.set(f * nD + d, i);
  });
  function cellAt(f, d) {
    var i = dense ? at[f * nD + d] : at.get(f * nD + d);
    return i === undefined || i < 0 ? null : cells[i];
  }

  /* small DOM helpers */
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function num(n) { return n.toLocaleString("en-GB"); }
  function location(path, m) {
    return path + ":" + (m.page !== null && m.page !== undefined ? "p" + m.page + ":" : "") +
      m.line + ":" + m.column;
  }
  /* the excerpt, with <mark> around the first occurrence of the first candidate found in it */
  function excerpt(text, candidates) {
    var node = el("blockquote", "excerpt");
    text = text || "";
    for (var k = 0; k < candidates.length; k++) {
      var value = candidates[k];
      if (!value) continue;
      var i = text.indexOf(value);
      if (i < 0 && text.toLowerCase().length === text.length) i = text.toLowerCase().indexOf(value.toLowerCase());
      if (i >= 0) {
        node.append(text.slice(0, i), el("mark", null, text.slice(i, i + value.length)),
          text.slice(i + value.length));
        return node;
      }
    }
    node.textContent = text || "(no excerpt)";
    return node;
  }
  function chip(state) {
    var node = el("span", "chip s-" + state);
    var sym = el("span", "sym", SYMBOL[state] || "\u00a0");
    sym.setAttribute("aria-hidden", "true");
    node.append(sym, " " + LABEL[state]);
    return node;
  }
  function kv(pairs) {
    var dl = el("dl", "kv");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "") return;
      var dd = el("dd");
      if (p[1] instanceof Node) dd.append(p[1]); else dd.textContent = String(p[1]);
      dl.append(el("dt", null, p[0]), dd);
    });
    return dl;
  }
  function cellText(cell) {
    if (!cell) return "";
    if (cell.values && cell.values.length) return cell.values.join(", ");
    return LABEL[cell.state];
  }
  function findingCandidates(cell, finding) {
    var found = (finding.found || "").replace(/\s*\(=.*\)\s*$/, "");
    return [found].concat(cell ? cell.values : []);
  }

  /* ---------- filters ---------- */
  var state = {
    severities: new Set(), rule: "", document: -1, search: "", hideEmpty: false,
    states: new Set(STATES), rowPage: 0, colPage: 0, rowSize: 50, colSize: 25,
    active: { r: 0, c: 0 }
  };
  var rows = [], cols = [];

  function severitiesPresent() {
    var seen = new Set();
    facts.forEach(function (f) { seen.add(f.severity); });
    var list = SEVERITY_ORDER.filter(function (s) { return seen.has(s); });
    seen.forEach(function (s) { if (list.indexOf(s) < 0) list.push(s); });
    return list;
  }
  function setupFilters() {
    var box = $("f-severity");
    severitiesPresent().forEach(function (sev) {
      var count = facts.filter(function (f) { return f.severity === sev; }).length;
      var id = "f-sev-" + sev.replace(/[^\w-]/g, "_");
      var input = el("input"); input.type = "checkbox"; input.id = id; input.checked = true;
      input.dataset.severity = sev;
      var label = el("label", null, " " + sev + " (" + num(count) + ")"); label.htmlFor = id;
      label.prepend(input);
      box.append(label);
      state.severities.add(sev);
      input.addEventListener("change", function () {
        if (input.checked) state.severities.add(sev); else state.severities.delete(sev);
        refilter();
      });
    });
    var codes = new Map();
    cells.forEach(function (c) {
      c.findings.forEach(function (f) {
        var entry = codes.get(f.code) || { name: f.name, n: 0 };
        entry.n += 1; codes.set(f.code, entry);
      });
    });
    var rule = $("f-rule");
    rule.append(new Option("All cells", ""), new Option("Cells with findings", "*"));
    Array.from(codes.keys()).sort().forEach(function (code) {
      var e = codes.get(code);
      rule.append(new Option(code + " " + e.name + " (" + num(e.n) + ")", code));
    });
    rule.addEventListener("change", function () { state.rule = rule.value; refilter(); });
    var doc = $("f-document"), view = $("docview-select");
    doc.append(new Option("All documents (" + num(nD) + ")", "-1"));
    view.append(new Option("Choose a document", "-1"));
    docs.forEach(function (d, i) {
      doc.append(new Option(d.id + " \u2014 " + d.path, String(i)));
      view.append(new Option(d.id + " \u2014 " + d.path, String(i)));
    });
    doc.addEventListener("change", function () { state.document = Number(doc.value); refilter(); });
    view.addEventListener("change", function () { renderDocView(Number(view.value)); });
    var search, timer = null;
    search = $("f-search");
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.search = search.value.trim().toLowerCase(); refilter(); }, 150);
    });
    $("f-empty").addEventListener("change", function (e) { state.hideEmpty = e.target.checked; refilter(); });
    document.querySelectorAll("#f-states input[data-state]").forEach(function (input) {
      input.addEventListener("change", function () {
        if (input.checked) state.states.add(input.dataset.state); else state.states.delete(input.dataset.state);
        refilter();
      });
    });
    $("rows-prev").addEventListener("click", function () { turn("r", -1); });
    $("rows-next").addEventListener("click", function () { turn("r", 1); });
    $("cols-prev").addEventListener("click", function () { turn("c", -1); });
    $("cols-next").addEventListener("click", function () { turn("c", 1); });
    $("rows-size").addEventListener("change", function (e) {
      state.rowSize = Number(e.target.value); state.rowPage = 0; draw();
    });
    $("cols-size").addEventListener("change", function (e) {
      state.colSize = Number(e.target.value); state.colPage = 0; draw();
    });
  }

  function cellShown(cell) {
    if (!cell || !state.states.has(cell.state)) return false;
    if (state.rule === "") return true;
    if (state.rule === "*") return cell.findings.length > 0;
    for (var i = 0; i < cell.findings.length; i++) if (cell.findings[i].code === state.rule) return true;
    return false;
  }
  function factShown(f) {
    var fact = facts[f];
    if (!state.severities.has(fact.severity)) return false;
    if (!state.search) return true;
    return fact.id.toLowerCase().indexOf(state.search) >= 0 ||
      (fact.claim || "").toLowerCase().indexOf(state.search) >= 0;
  }
  /* which facts (rows) and documents (columns) are shown */
  function refilter() {
    var factOk = new Uint8Array(nF), docOk = new Uint8Array(nD);
    for (var f = 0; f < nF; f++) factOk[f] = factShown(f) ? 1 : 0;
    for (var d = 0; d < nD; d++) docOk[d] = state.document < 0 || state.document === d ? 1 : 0;
    if (state.hideEmpty || state.rule !== "") {
      var rowHas = new Uint8Array(nF), colHas = new Uint8Array(nD);
      for (var i = 0; i < cells.length; i++) {
        var cf = cellFact[i], cd = cellDoc[i];
        if (cf >= 0 && factOk[cf] && docOk[cd] && cellShown(cells[i])) { rowHas[cf] = 1; colHas[cd] = 1; }
      }
      factOk = rowHas; docOk = colHas;
    }
    rows = []; cols = [];
    for (f = 0; f < nF; f++) if (factOk[f]) rows.push(f);
    for (d = 0; d < nD; d++) if (docOk[d]) cols.push(d);
    state.rowPage = 0; state.colPage = 0; state.active = { r: 0, c: 0 };
    draw();
  }

  function pages(n, size) { return Math.max(1, Math.ceil(n / size)); }
  function turn(axis, delta) {
    if (axis === "r") {
      var r = state.rowPage + delta;
      if (r < 0 || r >= pages(rows.length, state.rowSize)) return false;
      state.rowPage = r;
    } else {
      var c = state.colPage + delta;
      if (c < 0 || c >= pages(cols.length, state.colSize)) return false;
      state.colPage = c;
    }
    draw();
    return true;
  }

  /* ---------- the grid: one page of rows x one page of columns ---------- */
  var grid = $("grid");
  var pageRows = [], pageCols = [];

  function draw() {
    var r0 = state.rowPage * state.rowSize, c0 = state.colPage * state.colSize;
    pageRows = rows.slice(r0, r0 + state.rowSize);
    pageCols = cols.slice(c0, c0 + state.colSize);
    grid.textContent = "";
    grid.setAttribute("aria-rowcount", String(rows.length + 1));
    grid.setAttribute("aria-colcount", String(cols.length + 1));
    var thead = el("thead"), head = el("tr");
    head.setAttribute("aria-rowindex", "1");
    var corner = el("th", "corner");
    corner.scope = "col";
    corner.append(el("span", "name", "Fact"), el("span", "sub", "claim (row) \u00d7 document (column)"));
    corner.setAttribute("aria-colindex", "1");
    head.append(corner);
    pageCols.forEach(function (d, j) {
      var doc = docs[d];
      var th = el("th");
      th.scope = "col";
      th.setAttribute("aria-colindex", String(c0 + j + 2));
      th.title = doc.path + (doc.unreadable ? " (unreadable: " + doc.unreadable + ")" : "");
      var sub = [doc.kind, doc.date].filter(Boolean).join(", ");
      if (doc.unreadable) sub = "\u26a0 unreadable";
      th.append(el("span", "name", doc.id), el("span", "sub", sub || doc.path));
      head.append(th);
    });
    thead.append(head);
    var tbody = el("tbody");
    pageRows.forEach(function (f, i) {
      var fact = facts[f];
      var tr = el("tr");
      tr.setAttribute("aria-rowindex", String(r0 + i + 2));
      var th = el("th");
      th.scope = "row";
      th.setAttribute("aria-colindex", "1");
      th.title = fact.id + ": " + (fact.claim || "") + (fact.value ? " [" + fact.value + "]" : "");
      th.append(el("span", "name", fact.id), el("span", "sub", fact.claim || fact.type));
      tr.append(th);
      pageCols.forEach(function (d, j) {
        var cell = cellAt(f, d);
        if (cell && !cellShown(cell)) cell = null;
        var st = cell ? cell.state : "not-mentioned";
        var td = el("td");
        td.setAttribute("role", "gridcell");
        td.setAttribute("aria-colindex", String(c0 + j + 2));
        var b = el("button", "cell s-" + st);
        b.type = "button";
        b.tabIndex = -1;
        b.dataset.r = String(i); b.dataset.c = String(j);
        b.dataset.state = st;
        b.setAttribute("aria-haspopup", "dialog");
        var text = cell ? cellText(cell) : "";
        b.setAttribute("aria-label", fact.id + " in " + docs[d].id + ": " + LABEL[st] +
          (cell && cell.values.length ? ", " + cell.values.join(", ") : ""));
        if (cell) {
          var sym = el("span", "sym", SYMBOL[st]);
          sym.setAttribute("aria-hidden", "true");
          b.append(sym, el("span", "txt", text));
          b.title = LABEL[st] + (cell.values.length ? ": " + cell.values.join(", ") : "");
        }
        td.append(b);
        tr.append(td);
      });
      tbody.append(tr);
    });
    grid.append(thead, tbody);
    if (!pageRows.length || !pageCols.length) {
      var none = el("caption", "empty-grid", "No fact and document match the filters.");
      grid.prepend(none);
    }
    var a = state.active;
    a.r = Math.min(a.r, Math.max(0, pageRows.length - 1));
    a.c = Math.min(a.c, Math.max(0, pageCols.length - 1));
    var first = button(a.r, a.c);
    if (first) first.tabIndex = 0;
    status();
    renderFacts();
  }

  function status() {
    var r0 = state.rowPage * state.rowSize, c0 = state.colPage * state.colSize;
    var rp = pages(rows.length, state.rowSize), cp = pages(cols.length, state.colSize);
    $("status").textContent =
      "Facts " + (rows.length ? num(r0 + 1) + "\u2013" + num(r0 + pageRows.length) : "0") +
      " of " + num(rows.length) + (rows.length !== nF ? " shown (" + num(nF) + " in all)" : "") +
      ", page " + (state.rowPage + 1) + " of " + rp + "; documents " +
      (cols.length ? num(c0 + 1) + "\u2013" + num(c0 + pageCols.length) : "0") +
      " of " + num(cols.length) + (cols.length !== nD ? " shown (" + num(nD) + " in all)" : "") +
      ", page " + (state.colPage + 1) + " of " + cp + ".";
    $("rows-prev").disabled = state.rowPage === 0;
    $("rows-next").disabled = state.rowPage >= rp - 1;
    $("cols-prev").disabled = state.colPage === 0;
    $("cols-next").disabled = state.colPage >= cp - 1;
  }

  function button(r, c) {
    return grid.querySelector('button[data-r="' + r + '"][data-c="' + c + '"]');
  }
  function focusCell(r, c) {
    var b = button(r, c);
    if (!b) return;
    var old = grid.querySelector('button.cell[tabindex="0"]');
    if (old && old !== b) old.tabIndex = -1;
    b.tabIndex = 0;
    state.active = { r: r, c: c };
    b.focus();
  }

  grid.addEventListener("click", function (e) {
    var b = e.target.closest("button.cell");
    if (!b) return;
    focusCell(Number(b.dataset.r), Number(b.dataset.c));
    openPanel(pageRows[Number(b.dataset.r)], pageCols[Number(b.dataset.c)], b);
  });
  grid.addEventListener("keydown", function (e) {
    var b = e.target.closest("button.cell");
    if (!b) return;
    var r = Number(b.dataset.r), c = Number(b.dataset.c);
    var lastR = pageRows.length - 1, lastC = pageCols.length - 1;
    switch (e.key) {
      case "ArrowRight":
        if (c < lastC) focusCell(r, c + 1);
        else if (turn("c", 1)) focusCell(Math.min(r, pageRows.length - 1), 0);
        break;
      case "ArrowLeft":
        if (c > 0) focusCell(r, c - 1);
        else if (turn("c", -1)) focusCell(Math.min(r, pageRows.length - 1), pageCols.length - 1);
        break;
      case "ArrowDown":
        if (r < lastR) focusCell(r + 1, c);
        else if (turn("r", 1)) focusCell(0, Math.min(c, pageCols.length - 1));
        break;
      case "ArrowUp":
        if (r > 0) focusCell(r - 1, c);
        else if (turn("r", -1)) focusCell(pageRows.length - 1, Math.min(c, pageCols.length - 1));
        break;
      case "Home": focusCell(e.ctrlKey ? 0 : r, 0); break;
      case "End": focusCell(e.ctrlKey ? lastR : r, lastC); break;
      case "PageDown": if (turn("r", 1)) focusCell(0, Math.min(c, pageCols.length - 1)); break;
      case "PageUp": if (turn("r", -1)) focusCell(0, Math.min(c, pageCols.length - 1)); break;
      default: return;
    }
    e.preventDefault();
  });

  /* ---------- the panel: what is behind one cell ---------- */
  var panel = $("panel"), panelBody = $("panel-body"), opener = null;

  /* a mention's own state, or worse when a finding stands at the same place (a conflicting value) */
  function mentionState(cell, m) {
    var st = m.state;
    (cell ? cell.findings : []).forEach(function (f) {
      var by = BY_CODE[f.code];
      if (by && f.line === m.line && f.column === m.column && f.page === m.page &&
          STATES.indexOf(by) < STATES.indexOf(st)) st = by;
    });
    return st;
  }
  function mentionItem(path, cell, m) {
    var st = mentionState(cell, m);
    var li = el("li", "s-" + st);
    var head = el("div");
    head.append(el("span", "loc", location(path, m)), " ", chip(st));
    li.append(head);
    var pairs = [["Words", m.words]];
    if (m.value) pairs.push(["Value", m.value + (m.label && m.label !== m.value ? " (read as " + m.label + ")" : "")]);
    li.append(kv(pairs), excerpt(m.excerpt, [m.value]));
    return li;
  }
  function findingItem(path, cell, f) {
    var li = el("li", "s-" + (cell ? cell.state : "conflicts"));
    var head = el("div");
    head.append(el("strong", null, f.code + " " + f.name), " ", el("span", "sev sev-" + f.severity, f.severity),
      " ", el("span", "loc", location(path, f)));
    li.append(head, el("p", null, f.message),
      kv([["Expected", f.expected], ["Found", f.found]]));
    if (f.excerpt) li.append(excerpt(f.excerpt, findingCandidates(cell, f)));
    return li;
  }
  function listSection(title, items) {
    var box = el("section");
    box.append(el("h3", null, title));
    var ul = el("ul", "items");
    items.forEach(function (li) { ul.append(li); });
    box.append(ul);
    return box;
  }

  function openPanel(f, d, from) {
    if (f === undefined || d === undefined) return;
    var fact = facts[f], doc = docs[d], cell = cellAt(f, d);
    var st = cell ? cell.state : "not-mentioned";
    if (opener && opener !== from) opener.setAttribute("aria-expanded", "false");
    opener = from || null;
    if (opener) opener.setAttribute("aria-expanded", "true");
    $("panel-title").textContent = fact.id + " in " + doc.id;
    panelBody.textContent = "";
    var required = (fact.required_in || []).indexOf(doc.id) >= 0 || (fact.required_in || []).indexOf(doc.kind) >= 0;
    panelBody.append(kv([
      ["State", chip(st)],
      ["Claim", fact.claim],
      ["Recorded value", fact.value],
      ["Type", fact.type],
      ["Severity", fact.severity],
      ["Source", fact.source],
      ["Document", doc.path + (doc.kind ? " (" + doc.kind + (doc.date ? ", " + doc.date : "") + ")" : "")],
      ["Unreadable", doc.unreadable],
      ["Required here", required ? "yes" : ""]
    ]));
    if (!cell) {
      panelBody.append(el("p", null, doc.id + " never mentions " + fact.id + "."));
    } else {
      if (cell.findings.length) {
        panelBody.append(listSection("Findings (" + cell.findings.length + ")",
          cell.findings.map(function (x) { return findingItem(doc.path, cell, x); })));
      }
      panelBody.append(listSection("Mentions (" + cell.mentions.length + ")",
        cell.mentions.map(function (m) { return mentionItem(doc.path, cell, m); })));
      if (!cell.mentions.length) panelBody.append(el("p", "help", "No mention of the fact in this document."));
    }
    var all = el("button", null, "Every mention in " + doc.id);
    all.type = "button";
    all.addEventListener("click", function () {
      closePanel(false);
      $("docview-select").value = String(d);
      renderDocView(d);
      $("docview-title").scrollIntoView();
      $("docview-title").focus();
    });
    panelBody.append(el("p"));
    panelBody.lastChild.append(all);
    panel.hidden = false;
    $("panel-title").focus();
  }
  function closePanel(restore) {
    if (panel.hidden) return;
    panel.hidden = true;
    var back = opener;
    if (back) back.setAttribute("aria-expanded", "false");
    opener = null;
    if (restore === false) return;
    if (back && back.isConnected) back.focus();
    else focusCell(state.active.r, state.active.c);
  }
  $("panel-close").addEventListener("click", function () { closePanel(); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !panel.hidden) { e.preventDefault(); closePanel(); }
  });

  /* ---------- the document view: every mention of every fact in one document ---------- */
  function renderDocView(d) {
    var box = $("docview");
    box.textContent = "";
    if (!(d >= 0 && d < nD)) return;
    var doc = docs[d], mine = [];
    for (var i = 0; i < cells.length; i++) if (cellDoc[i] === d && cellFact[i] >= 0) mine.push(i);
    mine.sort(function (a, b) { return cellFact[a] - cellFact[b]; });
    var mentions = 0;
    mine.forEach(function (i) { mentions += cells[i].mentions.length; });
    box.append(kv([["Path", doc.path], ["Kind", doc.kind], ["Date", doc.date], ["Unreadable", doc.unreadable],
      ["Facts", num(mine.length) + " facts, " + num(mentions) + " mentions"]]));
    mine.forEach(function (i) {
      var cell = cells[i], fact = facts[cellFact[i]];
      var part = el("section", "docfact");
      var h = el("h3");
      h.append(el("span", null, fact.id), chip(cell.state));
      part.append(h, el("p", "help", (fact.claim || "") + (fact.value ? " [" + fact.value + "]" : "")));
      var ul = el("ul", "items");
      cell.findings.forEach(function (x) { ul.append(findingItem(doc.path, cell, x)); });
      cell.mentions.forEach(function (m) { ul.append(mentionItem(doc.path, cell, m)); });
      part.append(ul);
      box.append(part);
    });
    if (!mine.length) box.append(el("p", null, "No fact is mentioned in " + doc.id + "."));
  }

  /* ---------- the facts of the current page: claim, value, source ---------- */
  function renderFacts() {
    var table = $("facts-table");
    table.textContent = "";
    var r0 = state.rowPage * state.rowSize;
    $("facts-caption").textContent = pageRows.length
      ? "The facts on this page of the matrix (" + num(r0 + 1) + "\u2013" + num(r0 + pageRows.length) +
        " of " + num(rows.length) + ")."
      : "No fact matches the filters.";
    var thead = el("thead"), tr = el("tr");
    ["Fact", "Type", "Recorded value", "Severity", "Claim", "Source", "Required in"].forEach(function (h) {
      var th = el("th", null, h); th.scope = "col"; tr.append(th);
    });
    thead.append(tr);
    var tbody = el("tbody");
    pageRows.forEach(function (f) {
      var fact = facts[f], row = el("tr");
      var th = el("th", null, fact.id); th.scope = "row";
      row.append(th, el("td", null, fact.type), el("td", null, fact.value), el("td", null, fact.severity),
        el("td", null, fact.claim), el("td", null, fact.source), el("td", null, (fact.required_in || []).join(", ")));
      tbody.append(row);
    });
    table.append(thead, tbody);
  }

  setupFilters();
  refilter();
  document.documentElement.dataset.ready = "true";
  window.factlintReady = performance.now();
})();
