/// The styles and the script of ``InteractivePage``, inline so the page needs nothing else.
enum PageAssets {
    static let style = #"""
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; }
    body { display: flex; flex-direction: column; }
    header { display: flex; align-items: center; gap: 16px; padding: 8px 12px; border-bottom: 1px solid #ddd; background: #fafafa; position: relative; }
    header h1 { font-size: 17px; margin: 0; white-space: nowrap; }
    .search { display: flex; align-items: center; gap: 6px; }
    .search span { color: #555; }
    #search { width: 260px; padding: 5px 8px; font-size: 14px; border: 1px solid #aaa; border-radius: 4px; }
    #results { position: absolute; top: 42px; left: 250px; z-index: 10; list-style: none; margin: 0; padding: 0; background: #fff; border: 1px solid #ccc; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.15); min-width: 260px; max-height: 320px; overflow: auto; }
    #results:empty { display: none; }
    #results li button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 6px 10px; font: inherit; cursor: pointer; }
    #results li button:hover, #results li button:focus { background: #eef4fb; }
    #results .kind { color: #666; font-size: 12px; }
    .zoom { margin-left: auto; display: flex; gap: 4px; }
    .zoom button { min-width: 32px; padding: 4px 8px; font: inherit; cursor: pointer; }
    main { flex: 1; display: flex; min-height: 0; }
    nav { width: 220px; overflow: auto; padding: 8px 10px; border-right: 1px solid #ddd; background: #fcfcfc; font-size: 13px; }
    fieldset { border: 0; padding: 0; margin: 0 0 12px; }
    legend { font-weight: 600; margin-bottom: 4px; }
    nav label { display: block; margin: 3px 0; }
    nav input[type=date] { width: 140px; }
    nav input[type=number] { width: 52px; }
    .swatch { vertical-align: middle; }
    .chip { display: inline-block; width: 16px; height: 11px; border: 1.5px solid; border-radius: 3px; vertical-align: middle; }
    .hint { color: #666; font-size: 12px; }
    #camp-list { list-style: none; padding: 0; margin: 4px 0 0; }
    #camp-list li { margin: 2px 0; }
    #canvas { flex: 1; min-width: 0; position: relative; overflow: hidden; cursor: grab; background: #fff; }
    #canvas.dragging { cursor: grabbing; }
    #diagram { display: block; width: 100%; height: 100%; }
    #diagram g.node, #diagram g.edge { cursor: pointer; }
    #diagram g.legend, #diagram g[id^="legend"] { cursor: default; }
    #diagram g.edge:hover path:not(.hit) { stroke-width: 3.5; }
    #diagram g.match > polygon, #diagram g.match > ellipse, #diagram g.match > path, #diagram g.match a > polygon, #diagram g.match a > ellipse, #diagram g.match a > path { stroke: #000; stroke-width: 4; }
    #diagram g.edge.selected path:not(.hit) { stroke-width: 6; }
    #diagram g.edge.selected polygon { stroke-width: 3; }
    #diagram g.node.selected polygon, #diagram g.node.selected ellipse, #diagram g.node.selected path { stroke-width: 4; }
    #diagram .filtered { display: none; }
    body.camps-on #diagram g.node[data-camp] polygon:first-of-type, body.camps-on #diagram g.node[data-camp] ellipse, body.camps-on #diagram g.node[data-camp] path:first-of-type { fill: var(--camp); }
    aside { width: 380px; overflow: auto; padding: 10px 14px; border-left: 1px solid #ddd; background: #fff; position: relative; }
    aside[hidden] { display: none; }
    #panel-close { position: absolute; right: 8px; top: 6px; border: 0; background: none; font-size: 22px; cursor: pointer; }
    aside h2 { font-size: 16px; margin: 4px 24px 4px 0; }
    aside .meta { color: #555; margin: 0 0 10px; }
    aside blockquote { margin: 10px 0 4px; padding: 6px 10px; border-left: 4px solid var(--accent, #999); background: #f7f7f7; white-space: pre-wrap; }
    aside cite { display: block; font-style: normal; color: #555; font-size: 12px; margin-bottom: 10px; }
    aside ul { padding-left: 18px; }
    aside button.link { border: 0; background: none; padding: 0; color: #0050a0; text-decoration: underline; cursor: pointer; font: inherit; text-align: left; }
    """#

    static let script = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("graph-data").textContent);
      var svg = document.getElementById("diagram");
      var canvas = document.getElementById("canvas");
      var panel = document.getElementById("panel");
      var panelBody = document.getElementById("panel-body");
      var nodes = {}, edgesByElement = {}, docs = data.documents || {};
      // An edge's evidence items are [document, quote, sentence]: the first two index these
      // tables, which hold each document name and each distinct quote once.
      var documentNames = data.documentNames, quotes = data.quotes;
      data.nodes.forEach(function (n) { nodes[n.id] = n; });
      data.edges.forEach(function (e) { edgesByElement[e.element] = e; });
      var relationTitle = {}, relationColor = {};
      data.relations.forEach(function (r) { relationTitle[r.id] = r.title; relationColor[r.id] = r.color; });

      function fold(text) {
        return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      }
      function el(tag, attrs, children) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] != null) node.setAttribute(k, attrs[k]); });
        (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
        return node;
      }
      function name(id) { return nodes[id] ? nodes[id].label : id; }
      function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

      // ---- Pan and zoom: the viewBox moves, the drawing stays vector-sharp.
      if (!svg) { return; }
      var base = svg.viewBox.baseVal;
      var home = { x: base.x, y: base.y, w: base.width, h: base.height };
      var view = { x: home.x, y: home.y, w: home.w, h: home.h };
      svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
      function apply() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
      function toSVG(clientX, clientY) {
        var r = svg.getBoundingClientRect();
        var scale = Math.max(view.w / r.width, view.h / r.height);
        var ox = (r.width * scale - view.w) / 2, oy = (r.height * scale - view.h) / 2;
        return { x: view.x - ox + (clientX - r.left) * scale, y: view.y - oy + (clientY - r.top) * scale, scale: scale };
      }
      function zoom(factor, clientX, clientY) {
        var r = svg.getBoundingClientRect();
        if (clientX == null) { clientX = r.left + r.width / 2; clientY = r.top + r.height / 2; }
        var p = toSVG(clientX, clientY);
        var w = Math.min(Math.max(view.w * factor, home.w / 40), home.w * 4);
        var f = w / view.w;
        view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f;
        view.w *= f; view.h *= f; apply();
      }
      function fit() { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); }
      function centerOn(element) {
        var box = element.getBBox();
        var m = element.getCTM(), root = svg.getCTM();
        var pt = svg.createSVGPoint(); pt.x = box.x + box.width / 2; pt.y = box.y + box.height / 2;
        if (m && root) { pt = pt.matrixTransform(root.inverse().multiply(m)); }
        var w = Math.min(view.w, home.w / 2.5), h = w * view.h / view.w;
        view = { x: pt.x - w / 2, y: pt.y - h / 2, w: w, h: h }; apply();
      }
      canvas.addEventListener("wheel", function (event) {
        event.preventDefault();
        zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, event.clientX, event.clientY);
      }, { passive: false });
      var drag = null, moved = false;
      canvas.addEventListener("pointerdown", function (event) {
        if (event.button !== 0) { return; }
        drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y }; moved = false;
      });
      window.addEventListener("pointermove", function (event) {
        if (!drag) { return; }
        var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
        if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
        moved = true; canvas.classList.add("dragging");
        var s = toSVG(0, 0).scale;
        view.x = drag.vx - dx * s; view.y = drag.vy - dy * s; apply();
      });
      window.addEventListener("pointerup", function () { drag = null; canvas.classList.remove("dragging"); });
      document.getElementById("zoom-in").addEventListener("click", function () { zoom(1 / 1.4); });
      document.getElementById("zoom-out").addEventListener("click", function () { zoom(1.4); });
      document.getElementById("zoom-fit").addEventListener("click", fit);

      // ---- The side panel.
      var selected = null;
      function select(element) {
        if (selected) { selected.classList.remove("selected"); }
        selected = element; if (element) { element.classList.add("selected"); }
      }
      function documentLine(doc) {
        var d = docs[doc] || {};
        var parts = [];
        var titleNode = d.href ? el("a", { href: d.href, target: "_blank", rel: "noopener" }, [d.title || doc]) : el("span", {}, [d.title || doc]);
        var cite = el("cite", {}, [titleNode]);
        if (d.outlet) { parts.push(d.outlet); }
        if (d.date) { parts.push(d.date); }
        if (d.title) { parts.push(doc); }
        if (parts.length) { cite.appendChild(document.createTextNode(" — " + parts.join(", "))); }
        return cite;
      }
      function showEdge(edge) {
        var body = [el("h2", {}, [name(edge.source) + " " + edge.title + " " + name(edge.target)]),
                    el("p", { "class": "meta" }, [plural(edge.support, "document") + ", " + plural(edge.evidence.length, "quote")])];
        edge.evidence.forEach(function (q) {
          body.push(el("blockquote", { "class": "quote" }, [quotes[q[1]]]));
          body.push(documentLine(documentNames[q[0]]));
        });
        open(body, relationColor[edge.relation]);
        select(document.getElementById(edge.element));
      }
      function relationItem(edge) {
        var button = el("button", { "class": "link", type: "button" }, [name(edge.source) + " " + edge.title + " " + name(edge.target) + " (" + edge.support + ")"]);
        button.addEventListener("click", function () { showEdge(edge); });
        return el("li", {}, [button]);
      }
      function showNode(node) {
        var meta = [node.kindTitle];
        if (node.place) { meta.push(node.place); }
        if (node.date) { meta.push(node.date); }
        var body = [el("h2", {}, [node.label]), el("p", { "class": "meta" }, [meta.join(" · ")])];
        if (node.aliases.length) { body.push(el("p", {}, ["Also: " + node.aliases.join(", ")])); }
        var camp = campOf[node.id];
        if (camp != null) { body.push(el("p", {}, ["Camp: " + data.camps[camp].label])); }
        var mine = data.edges.filter(function (e) { return e.source === node.id || e.target === node.id; });
        if (mine.length) {
          body.push(el("h3", {}, ["Relations"]));
          body.push(el("ul", {}, mine.map(relationItem)));
        }
        open(body, null);
        select(document.getElementById(node.element));
      }
      function open(children, accent) {
        panelBody.textContent = "";
        children.forEach(function (c) { panelBody.appendChild(c); });
        panel.style.setProperty("--accent", accent || "#999");
        panel.hidden = false;
      }
      document.getElementById("panel-close").addEventListener("click", function () { panel.hidden = true; select(null); });
      svg.addEventListener("click", function (event) {
        if (moved) { return; }
        var group = event.target.closest("g.node, g.edge");
        if (!group || !group.id) { return; }
        if (group.id.indexOf("actor-") === 0) {
          var node = nodes[group.id.slice(6)];
          if (node) { showNode(node); }
        } else if (edgesByElement[group.id]) {
          showEdge(edgesByElement[group.id]);
        }
      });

      // ---- Search by name, id or alias.
      var search = document.getElementById("search"), results = document.getElementById("results");
      var index = data.nodes.map(function (n) {
        return { node: n, keys: [n.label, n.id].concat(n.aliases).map(fold) };
      });
      function clearMatches() {
        Array.prototype.forEach.call(svg.querySelectorAll("g.match"), function (g) { g.classList.remove("match"); });
      }
      function runSearch() {
        var q = fold(search.value.trim());
        clearMatches(); results.textContent = "";
        if (!q) { return []; }
        var found = index.filter(function (entry) {
          return entry.keys.some(function (k) { return k.indexOf(q) >= 0; });
        }).map(function (entry) { return entry.node; });
        found.forEach(function (n) {
          var g = document.getElementById(n.element); if (g) { g.classList.add("match"); }
          var button = el("button", { type: "button", "data-actor": n.id }, [n.label + " ", el("span", { "class": "kind" }, [n.kindTitle])]);
          button.addEventListener("click", function () { pick(n); });
          results.appendChild(el("li", {}, [button]));
        });
        if (!found.length) { results.appendChild(el("li", {}, [el("button", { type: "button", disabled: "" }, ["No actor named “" + search.value.trim() + "”"])])); }
        return found;
      }
      function pick(node) {
        results.textContent = "";
        var g = document.getElementById(node.element);
        if (g) { g.classList.add("match"); centerOn(g); }
        showNode(node);
      }
      search.addEventListener("input", runSearch);
      search.addEventListener("keydown", function (event) {
        if (event.key === "Enter") { var found = runSearch(); if (found.length) { pick(found[0]); } }
        if (event.key === "Escape") { search.value = ""; runSearch(); }
      });

      // ---- Filters: relation, kind, dates, support.
      function docDate(doc) { return (docs[doc] || {}).date || null; }
      function inRange(date, from, to) {
        if (!date) { return true; }  // undated: kept, since nothing says it is out of range
        return (!from || date >= from) && (!to || date <= to);
      }
      function applyFilters() {
        var relations = {}, kinds = {};
        Array.prototype.forEach.call(document.querySelectorAll(".f-relation"), function (c) { relations[c.value] = c.checked; });
        Array.prototype.forEach.call(document.querySelectorAll(".f-kind"), function (c) { kinds[c.value] = c.checked; });
        var from = document.getElementById("f-from").value, to = document.getElementById("f-to").value;
        var min = parseInt(document.getElementById("f-support").value, 10) || 0;
        var visible = {};
        data.nodes.forEach(function (n) {
          visible[n.id] = kinds[n.kind] !== false && (n.kind !== "event" || inRange(n.date, from, to));
          var g = document.getElementById(n.element);
          if (g) { g.classList.toggle("filtered", !visible[n.id]); }
        });
        data.edges.forEach(function (e) {
          var dated = !from && !to ? true : e.evidence.some(function (q) { return inRange(docDate(documentNames[q[0]]), from, to); });
          var show = relations[e.relation] !== false && e.support >= min && visible[e.source] && visible[e.target] && dated;
          var g = document.getElementById(e.element);
          if (g) { g.classList.toggle("filtered", !show); }
        });
      }
      Array.prototype.forEach.call(document.querySelectorAll("#filters input:not(#f-camps)"), function (input) {
        input.addEventListener("input", applyFilters); input.addEventListener("change", applyFilters);
      });

      // ---- Camps.
      var campOf = {};
      var campList = document.getElementById("camp-list");
      data.camps.forEach(function (camp, i) {
        var color = data.campColors[i % data.campColors.length];
        camp.members.forEach(function (id) {
          campOf[id] = i;
          var g = nodes[id] && document.getElementById(nodes[id].element);
          if (g) { g.setAttribute("data-camp", String(i)); g.style.setProperty("--camp", color); }
        });
        campList.appendChild(el("li", {}, [el("span", { "class": "chip", style: "background:" + color + ";border-color:#555" }), " " + camp.label + " (" + camp.members.length + ")"]));
      });
      campList.hidden = true;
      document.getElementById("f-camps").addEventListener("change", function (event) {
        document.body.classList.toggle("camps-on", event.target.checked);
        campList.hidden = !event.target.checked;
      });
    })();
    """#
}
