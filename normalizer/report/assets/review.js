/* normalizer review: the reviewer's decisions, kept in localStorage and exported as a JSON file.
   Shared by every page of one report (the store is keyed by the report's id). */
(function () {
  "use strict";
  var STORE = "normalizer-review:" + document.body.dataset.report;
  var memory = null;  // used when localStorage is unavailable
  var listeners = [];

  function empty() { return { decisions: {}, documents: {} }; }

  function read() {
    try {
      var raw = window.localStorage.getItem(STORE);
      if (raw) { return JSON.parse(raw); }
    } catch (e) { /* no storage: memory only */ }
    return memory || empty();
  }

  function write(state) {
    memory = state;
    try { window.localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* quota: memory only */ }
    listeners.forEach(function (f) { f(state); });
  }

  function prune(state) {
    var used = {};
    Object.keys(state.decisions).forEach(function (id) { used[state.decisions[id].key] = true; });
    Object.keys(state.documents).forEach(function (k) { if (!used[k]) { delete state.documents[k]; } });
  }

  function sorted(state) {
    var list = Object.keys(state.decisions).map(function (id) { return state.decisions[id]; });
    list.sort(function (a, b) {
      if (a.key !== b.key) { return a.key < b.key ? -1 : 1; }
      var la = a.line || 0, lb = b.line || 0;
      if (la !== lb) { return la - lb; }
      if (a.decision !== b.decision) { return a.decision < b.decision ? -1 : 1; }
      return a.text < b.text ? -1 : (a.text > b.text ? 1 : 0);
    });
    return list;
  }

  function exportData() {
    var state = read();
    return {
      format: "normalizer.review/1",
      report: document.body.dataset.report,
      exported: new Date().toISOString(),
      documents: state.documents,
      decisions: sorted(state)
    };
  }

  var exportUrl = null;
  function exportLink(a) {
    if (exportUrl) { URL.revokeObjectURL(exportUrl); }
    var blob = new Blob([JSON.stringify(exportData(), null, 1) + "\n"], { type: "application/json" });
    exportUrl = URL.createObjectURL(blob);
    a.href = exportUrl;
  }

  function short(text, n) {
    text = text.replace(/\s+/g, " ").trim();
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }

  /* The panel at the foot of every page: counts, export, clear, and the decisions listed. */
  function renderPanel(el, onlyKey) {
    var state = read();
    var all = sorted(state);
    var here = onlyKey ? all.filter(function (d) { return d.key === onlyKey; }) : all;
    el.textContent = "";
    var head = document.createElement("div");
    head.className = "rv-head";
    var count = document.createElement("span");
    count.id = "review-count";
    count.textContent = onlyKey
      ? here.length + " decision(s) on this document, " + all.length + " in all"
      : all.length + " review decision(s) in " + Object.keys(state.documents).length + " document(s)";
    head.appendChild(count);
    var a = document.createElement("a");
    a.id = "export";
    a.className = "btn";
    a.download = "normalizer-review.json";
    a.textContent = "Export decisions (JSON)";
    a.addEventListener("click", function () { exportLink(a); });
    exportLink(a);
    head.appendChild(a);
    var clear = document.createElement("button");
    clear.type = "button";
    clear.textContent = "Clear all";
    clear.addEventListener("click", function () {
      if (all.length && window.confirm("Forget all " + all.length + " review decisions?")) { api.clear(); }
    });
    head.appendChild(clear);
    var hint = document.createElement("span");
    hint.className = "muted";
    hint.textContent = "then: normalizer review apply normalizer-review.json";
    head.appendChild(hint);
    el.appendChild(head);
    if (!here.length) { return; }
    var ul = document.createElement("ul");
    ul.className = "rv-list";
    here.forEach(function (d) {
      var li = document.createElement("li");
      li.className = "rv-" + d.decision;
      var tag = document.createElement("b");
      tag.textContent = d.decision === "keep" ? "keep" : "should go";
      li.appendChild(tag);
      var what = document.createElement("span");
      what.textContent = " " + (onlyKey ? "" : d.key + " ") + (d.line ? "line " + d.line + ": " : "") +
        short(d.text, 90) + (d.plugin ? "  (was removed by " + d.plugin + ")" : "");
      li.appendChild(what);
      var x = document.createElement("button");
      x.type = "button";
      x.className = "rv-undo";
      x.title = "undo this decision";
      x.textContent = "\u00d7";
      x.addEventListener("click", function () { api.remove(d.id); });
      li.appendChild(x);
      ul.appendChild(li);
    });
    el.appendChild(ul);
  }

  var api = {
    all: function () { return sorted(read()); },
    has: function (id) { return Object.prototype.hasOwnProperty.call(read().decisions, id); },
    set: function (decision, doc) {
      var state = read();
      state.decisions[decision.id] = decision;
      if (doc) { state.documents[decision.key] = doc; }
      write(state);
    },
    remove: function (id) {
      var state = read();
      delete state.decisions[id];
      prune(state);
      write(state);
    },
    clear: function () { write(empty()); },
    onChange: function (f) { listeners.push(f); },
    exportData: exportData,
    renderPanel: renderPanel
  };
  window.NRReview = api;
  window.addEventListener("storage", function (e) {
    if (e.key === STORE) { listeners.forEach(function (f) { f(read()); }); }
  });
})();
