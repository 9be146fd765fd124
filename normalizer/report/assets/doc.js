/* normalizer review: a document page. Step through the edits (j/k), see who made them and why,
   mark a wrong removal ("keep this", x) or kept noise ("should go": a line number, or d on a selection). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("doc-data").textContent);
  var lines = data.original.split("\n");
  var review = window.NRReview;
  var info = document.getElementById("info");
  var original = document.getElementById("original");
  var showWs = document.getElementById("show-ws");
  var side = document.getElementById("side");
  var current = -1;

  function els(i) { return document.querySelectorAll('[data-e="' + i + '"]'); }

  function targets() {
    var out = [];
    data.edits.forEach(function (e, i) { if (e.cls !== "ws" || showWs.checked) { out.push(i); } });
    return out;
  }

  function keepId(e) { return "keep:" + data.key + ":" + e.origin[0] + "-" + e.origin[1]; }
  function lineId(n) { return "drop:" + data.key + ":L" + n; }

  function docRecord() {
    return { source: data.source, url: data.url, site: data.site,
             original_sha256: data.original_sha256, original: data.original };
  }

  function describe(i, how) {
    var e = data.edits[i];
    info.textContent = "";
    var sw = document.createElement("span");
    sw.className = "sw";
    sw.style.setProperty("--h", getComputedStyle(els(i)[0]).getPropertyValue("--h"));
    info.appendChild(sw);
    var b = document.createElement("b");
    b.textContent = e.plugin;
    info.appendChild(b);
    var where = e.lines[0] === e.lines[1] ? "line " + e.lines[0] : "lines " + e.lines[0] + "\u2013" + e.lines[1];
    var verb = e.cls === "cut" ? "removed" : (e.cls === "fix" ? "repaired" : "tidied");
    var rest = document.createElement("span");
    rest.textContent = " \u00b7 " + e.kind + " \u00b7 " + verb + " " + where + ": " + e.reason +
      (e.rule ? "  [" + e.rule + "]" : "") + (how ? "  (" + how + ")" : "");
    info.appendChild(rest);
    if (e.cls === "cut") {
      var btn = document.createElement("button");
      btn.type = "button";
      btn.id = "info-keep";
      btn.textContent = review.has(keepId(e)) ? "undo keep" : "keep this (x)";
      btn.addEventListener("click", function () { toggleKeep(i); });
      info.appendChild(btn);
    }
  }

  function focusEdit(i, scroll) {
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); });
    current = i;
    if (i < 0) { return; }
    els(i).forEach(function (el) { el.classList.add("current"); });
    var t = targets();
    describe(i, (t.indexOf(i) + 1) + " of " + t.length);
    if (scroll) {
      var first = original.querySelector('[data-e="' + i + '"]');
      if (first) { first.scrollIntoView({ block: "center" }); }
      var item = document.getElementById("x" + i);
      var pane = item && item.closest(".pane");
      if (item && pane && !side.checked) { pane.scrollTop += item.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 3; }
    }
  }

  function step(dir) {
    var t = targets();
    if (!t.length) { info.textContent = "No edits to step through."; return; }
    var next;
    if (current < 0) {
      next = dir > 0 ? t[0] : t[t.length - 1];
    } else if (dir > 0) {
      next = t.filter(function (i) { return i > current; })[0];
      if (next === undefined) { next = t[0]; }
    } else {
      var before = t.filter(function (i) { return i < current; });
      next = before.length ? before[before.length - 1] : t[t.length - 1];
    }
    focusEdit(next, true);
  }

  function ownLines(e) {
    // The lines whose visible text this edit removed (an edit can span text removed before it).
    if (e.own && e.own.length) { return e.own; }
    var out = [];
    for (var n = e.lines[0]; n <= e.lines[1]; n++) { out.push(n); }
    return out;
  }

  function toggleKeep(i) {
    var e = data.edits[i];
    if (e.cls !== "cut") { info.textContent = "Only removals can be marked \u201ckeep this\u201d."; return; }
    var id = keepId(e);
    if (review.has(id)) {
      review.remove(id);
    } else {
      var own = ownLines(e);
      review.set({ id: id, key: data.key, decision: "keep", line: own[0], lines: own,
                   text: own.map(function (n) { return lines[n - 1]; })
                            .filter(function (l) { return l.trim(); }).join("\n"),
                   removed: data.original.slice(e.origin[0], e.origin[1]),
                   plugin: e.plugin, kind: e.kind, reason: e.reason, rule: e.rule, origin: e.origin },
                 docRecord());
    }
    focusEdit(i, false);
  }

  function toggleLine(n) {
    var row = document.getElementById("L" + n);
    if (!row) { return; }
    var id = lineId(n);
    if (review.has(id)) { review.remove(id); return; }
    if (!row.hasAttribute("data-kept")) {
      info.textContent = "Line " + n + " is not in the clean text: nothing there to remove.";
      return;
    }
    review.set({ id: id, key: data.key, decision: "drop", line: n, lines: [n, n],
                 text: lines[n - 1].trim() }, docRecord());
    info.textContent = "Line " + n + " marked: should go.";
  }

  function markSelection() {
    var sel = window.getSelection();
    var text = sel ? sel.toString().replace(/\u23ce/g, "") : "";
    text = text.split("\n").map(function (l) { return l.trim(); }).filter(Boolean).join("\n");
    if (!text) {
      info.textContent = "Select some kept text first (in the original or the clean text), then press d.";
      return;
    }
    var row = sel.anchorNode && sel.anchorNode.parentElement && sel.anchorNode.parentElement.closest(".l");
    var n = row ? parseInt(row.id.slice(1), 10) : null;
    var id = "drop:" + data.key + ":T:" + text;
    review.set({ id: id, key: data.key, decision: "drop", line: n, lines: n ? [n, n] : null, text: text },
               docRecord());
    sel.removeAllRanges();
    info.textContent = "Marked as noise that should go: \u201c" + text.slice(0, 80) + "\u201d";
  }

  function paint() {
    document.querySelectorAll(".dec-keep, .dec-drop").forEach(function (el) {
      el.classList.remove("dec-keep", "dec-drop");
    });
    document.querySelectorAll(".keep-btn").forEach(function (b) { b.textContent = "keep this"; });
    review.all().forEach(function (d) {
      if (d.key !== data.key) { return; }
      if (d.decision === "keep") {
        data.edits.forEach(function (e, i) {
          if (e.origin[0] === d.origin[0] && e.origin[1] === d.origin[1] && e.plugin === d.plugin) {
            els(i).forEach(function (el) { el.classList.add("dec-keep"); });
            var b = document.querySelector("#x" + i + " .keep-btn");
            if (b) { b.textContent = "kept \u2713 (undo)"; }
          }
        });
      } else if (d.id === lineId(d.line)) {
        var row = document.getElementById("L" + d.line);
        if (row) { row.classList.add("dec-drop"); }
      }
    });
    review.renderPanel(document.getElementById("review"), data.key);
    if (current >= 0) { describe(current); }
  }

  original.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest("[data-e]");
    if (el) { describe(parseInt(el.dataset.e, 10), "hover"); }
  });
  original.addEventListener("click", function (ev) {
    var n = ev.target.closest(".n");
    if (n) { toggleLine(parseInt(n.dataset.n, 10)); return; }
    var el = ev.target.closest("[data-e]");
    if (el && !window.getSelection().toString()) { focusEdit(parseInt(el.dataset.e, 10), false); }
  });
  document.getElementById("edits").addEventListener("click", function (ev) {
    var li = ev.target.closest("li[data-e]");
    if (!li) { return; }
    var i = parseInt(li.dataset.e, 10);
    if (ev.target.closest(".keep-btn")) { toggleKeep(i); return; }
    if (!ev.target.closest("a")) { focusEdit(i, true); }
  });
  document.getElementById("mark-sel").addEventListener("click", markSelection);
  side.addEventListener("change", function () { document.body.classList.toggle("side", side.checked); });
  showWs.addEventListener("change", function () { document.body.classList.toggle("show-ws", showWs.checked); });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    switch (ev.key) {
      case "j": case "n": step(1); break;
      case "k": case "p": step(-1); break;
      case "x": if (current >= 0) { toggleKeep(current); } break;
      case "d": markSelection(); break;
      case "v": side.checked = !side.checked; side.dispatchEvent(new Event("change")); break;
      case "w": showWs.checked = !showWs.checked; showWs.dispatchEvent(new Event("change")); break;
      case "Escape": focusEdit(-1); break;
      default: return;
    }
    ev.preventDefault();
  });

  review.onChange(paint);
  paint();
})();
