/* normalizer review: the document browser on the index page.
   Rows live in data/rows-NNNN.js (largest share removed first) and load on demand through
   <script> tags (fetch() of local files is not allowed from file:// pages). */
(function () {
  "use strict";
  var M = JSON.parse(document.getElementById("manifest").textContent);
  var PAGE = M.page_rows || 50;
  var chunks = [];
  var waiting = {};
  var state = { q: "", plugin: "", kind: "", site: "", share: "", flagged: false, sort: "share-desc", page: 0 };
  var el = function (id) { return document.getElementById(id); };
  var status = el("status");
  var tbody = el("rows");
  var pager = el("pager");
  var token = 0;

  window.NR = {
    chunk: function (n, rows) {
      chunks[n] = rows;
      if (waiting[n]) { waiting[n].forEach(function (f) { f(); }); delete waiting[n]; }
    }
  };

  function load(n) {
    return new Promise(function (resolve, reject) {
      if (chunks[n]) { resolve(); return; }
      var first = !waiting[n];
      (waiting[n] = waiting[n] || []).push(resolve);
      if (!first) { return; }
      var s = document.createElement("script");
      s.src = "data/rows-" + ("000" + n).slice(-4) + ".js";
      s.onerror = function () { reject(new Error("cannot load " + s.src)); };
      document.head.appendChild(s);
    });
  }

  function loadAll(done) {
    var n = 0;
    function next() {
      if (n >= M.chunks) { done(); return; }
      status.textContent = "loading documents \u2026 " + Math.round(100 * n / M.chunks) + "%";
      load(n++).then(next, function (e) { status.textContent = e.message; });
    }
    next();
  }

  function filtered() {
    return Boolean(state.q || state.plugin || state.kind || state.site || state.share !== "" || state.flagged);
  }

  function matches(r) {
    if (state.plugin !== "" && r[6].indexOf(+state.plugin) < 0) { return false; }
    if (state.kind !== "" && r[7].indexOf(+state.kind) < 0) { return false; }
    if (state.site && r[2] !== state.site) { return false; }
    if (state.flagged && !r[8]) { return false; }
    if (state.share !== "") {
      var bin = M.bins[+state.share], s = r[3];
      if (+state.share === 0 ? s > 0 : (s <= bin[0] || s > bin[1])) { return false; }
    }
    if (state.q) {
      var hay = (r[0] + " " + r[2] + " " + r[9] + " " + r[11]).toLowerCase();
      var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (var i = 0; i < words.length; i++) { if (hay.indexOf(words[i]) < 0) { return false; } }
    }
    return true;
  }

  function allRows() { return [].concat.apply([], chunks); }

  function sortRows(rows) {
    var by = {
      "share-desc": function (a, b) { return b[3] - a[3] || b[4] - a[4] || (a[0] < b[0] ? -1 : 1); },
      "share-asc": function (a, b) { return a[3] - b[3] || a[4] - b[4] || (a[0] < b[0] ? -1 : 1); },
      "removed-desc": function (a, b) { return b[4] - a[4] || (a[0] < b[0] ? -1 : 1); },
      "key": function (a, b) { return a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : 0); }
    }[state.sort];
    return rows.slice().sort(by);
  }

  function render() {
    var mine = ++token;
    writeHash();
    if (!filtered() && (state.sort === "share-desc" || state.sort === "share-asc")) {
      // Unfiltered, in the stored order: only the chunks this page needs.
      var pages = Math.max(1, Math.ceil(M.count / PAGE));
      state.page = Math.min(state.page, pages - 1);
      var lo = state.page * PAGE, hi = Math.min(M.count, lo + PAGE);
      var idx = [];
      for (var i = lo; i < hi; i++) { idx.push(state.sort === "share-desc" ? i : M.count - 1 - i); }
      var need = {};
      idx.forEach(function (i) { need[Math.floor(i / M.chunk_rows)] = true; });
      Promise.all(Object.keys(need).map(function (n) { return load(+n); })).then(function () {
        if (mine !== token) { return; }
        var rows = idx.map(function (i) { return chunks[Math.floor(i / M.chunk_rows)][i % M.chunk_rows]; });
        show(rows, M.count, pages);
      }, function (e) { status.textContent = e.message; });
      return;
    }
    loadAll(function () {
      if (mine !== token) { return; }
      var rows = sortRows(allRows().filter(matches));
      var pages = Math.max(1, Math.ceil(rows.length / PAGE));
      state.page = Math.min(state.page, pages - 1);
      show(rows.slice(state.page * PAGE, state.page * PAGE + PAGE), rows.length, pages);
    });
  }

  function cell(tr, text, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    if (text !== undefined) { td.textContent = text; }
    tr.appendChild(td);
    return td;
  }

  function show(rows, total, pages) {
    status.textContent = total + " of " + M.count + " documents" + (filtered() ? " match" : "") +
      (total ? ", showing " + (state.page * PAGE + 1) + "\u2013" + (state.page * PAGE + rows.length) : "");
    tbody.textContent = "";
    rows.forEach(function (r) {
      var tr = document.createElement("tr");
      if (r[8]) { tr.className = "flagged"; }
      var share = cell(tr, undefined, "share-cell");
      var bar = document.createElement("span");
      bar.className = "share";
      bar.style.setProperty("--s", r[3]);
      bar.appendChild(document.createElement("i"));
      share.appendChild(bar);
      share.appendChild(document.createTextNode(" " + (100 * r[3]).toFixed(1) + "%"));
      var doc = cell(tr);
      var a = document.createElement("a");
      a.href = "docs/" + r[1];
      a.textContent = r[0];
      doc.appendChild(a);
      if (r[9]) {
        var t = document.createElement("div");
        t.className = "muted title";
        t.textContent = r[9];
        doc.appendChild(t);
      }
      cell(tr, r[2] || "\u2014");
      cell(tr, r[4].toLocaleString(), "num");
      cell(tr, String(r[5]), "num");
      var ps = cell(tr);
      r[6].forEach(function (p) {
        var s = document.createElement("span");
        s.className = "chip";
        s.style.setProperty("--h", M.plugins[p][1]);
        s.textContent = M.plugins[p][0];
        ps.appendChild(s);
      });
      tbody.appendChild(tr);
    });
    pager.textContent = "";
    function btn(label, page, disabled) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.disabled = disabled;
      b.addEventListener("click", function () { state.page = page; render(); });
      pager.appendChild(b);
    }
    btn("\u2190 previous", state.page - 1, state.page <= 0);
    var where = document.createElement("span");
    where.textContent = " page " + (state.page + 1) + " of " + pages + " ";
    pager.appendChild(where);
    btn("next \u2192", state.page + 1, state.page >= pages - 1);
  }

  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  M.plugins.forEach(function (p, i) { option(el("f-plugin"), String(i), p[0]); });
  M.kinds.forEach(function (k, i) { option(el("f-kind"), String(i), k); });
  M.bins.forEach(function (b, i) { option(el("f-share"), String(i), b[2] + " removed"); });
  M.sites.forEach(function (s) { var o = document.createElement("option"); o.value = s; el("sites").appendChild(o); });

  function readHash() {
    var h = location.hash.replace(/^#/, "");
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i < 0) { return; }
      var k = decodeURIComponent(kv.slice(0, i)), v = decodeURIComponent(kv.slice(i + 1));
      if (k === "plugin") {  // by name, for links from the table
        var n = M.plugins.map(function (p) { return p[0]; }).indexOf(v);
        state.plugin = n >= 0 ? String(n) : "";
      } else if (k === "kind") {
        var m = M.kinds.indexOf(v);
        state.kind = m >= 0 ? String(m) : "";
      } else if (k === "page") { state.page = Math.max(0, (parseInt(v, 10) || 1) - 1); }
      else if (k === "flagged") { state.flagged = v === "1"; }
      else if (k in state) { state[k] = v; }
    });
    el("q").value = state.q;
    el("f-plugin").value = state.plugin;
    el("f-kind").value = state.kind;
    el("f-site").value = state.site;
    el("f-share").value = state.share;
    el("f-flagged").checked = state.flagged;
    el("sort").value = state.sort;
  }

  function writeHash() {
    var parts = [];
    if (state.q) { parts.push("q=" + encodeURIComponent(state.q)); }
    if (state.plugin !== "") { parts.push("plugin=" + encodeURIComponent(M.plugins[+state.plugin][0])); }
    if (state.kind !== "") { parts.push("kind=" + encodeURIComponent(M.kinds[+state.kind])); }
    if (state.site) { parts.push("site=" + encodeURIComponent(state.site)); }
    if (state.share !== "") { parts.push("share=" + state.share); }
    if (state.flagged) { parts.push("flagged=1"); }
    if (state.sort !== "share-desc") { parts.push("sort=" + state.sort); }
    if (state.page) { parts.push("page=" + (state.page + 1)); }
    var h = parts.length ? "#" + parts.join("&") : "";
    if (h !== location.hash && !(h === "" && location.hash === "#")) {
      history.replaceState(null, "", h || location.pathname + location.search);
    }
  }

  function bind(id, key, prop) {
    el(id).addEventListener(id === "q" ? "input" : "change", function () {
      state[key] = el(id)[prop || "value"];
      state.page = 0;
      render();
    });
  }
  bind("q", "q"); bind("f-plugin", "plugin"); bind("f-kind", "kind"); bind("f-site", "site");
  bind("f-share", "share"); bind("f-flagged", "flagged", "checked"); bind("sort", "sort");
  window.addEventListener("hashchange", function () {
    state = { q: "", plugin: "", kind: "", site: "", share: "", flagged: false, sort: "share-desc", page: 0 };
    readHash();
    render();
    el("browse").scrollIntoView();
  });

  readHash();
  render();
  window.NRReview.onChange(function () { window.NRReview.renderPanel(el("review")); });
  window.NRReview.renderPanel(el("review"));
})();
