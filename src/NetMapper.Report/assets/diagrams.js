// Diagrams: each SVG page drawn into the page the first time it is shown, with pan and zoom (svg-pan-zoom), the zone
// filter, and a click on a device opening its panel.
'use strict';
(function () {
  var canvas = document.getElementById('canvas');
  var select = document.getElementById('diagram');
  var drawn = {};
  var current = -1;
  var selected = null;

  NM.onData(function () {
    NM.data.diagrams.forEach(function (d, i) { select.appendChild(NM.el('option', { value: String(i), text: d.title })); });
  });

  // A host group ("hosts:DEVICE:ZONE") opens the panel of the device the hosts are behind.
  function deviceOf(nodeId) {
    if (NM.devices[nodeId]) return nodeId;
    if (nodeId.indexOf('hosts:') === 0) {
      var id = nodeId.slice(6, nodeId.lastIndexOf(':'));
      return NM.devices[id] ? id : null;
    }
    return null;
  }

  function draw(i) {
    var holder = NM.el('div', { className: 'diagram', 'data-diagram': NM.data.diagrams[i].id });
    canvas.appendChild(holder);
    drawn[i] = { holder: holder, ready: NM.inflate('svg-' + i).then(function (svg) { return attach(i, holder, svg); }) };
    return drawn[i];
  }

  function attach(i, holder, text) {
    holder.innerHTML = text;
    var svg = holder.querySelector('svg');
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    var pressed = null;
    // A drag that pans is no click: only a press released where it began opens a panel.
    svg.addEventListener('mousedown', function (e) { pressed = { x: e.clientX, y: e.clientY }; });
    svg.addEventListener('click', function (e) {
      if (pressed && Math.abs(e.clientX - pressed.x) + Math.abs(e.clientY - pressed.y) > 4) return;
      var node = e.target.closest('[data-node]');
      var id = node && deviceOf(node.getAttribute('data-node'));
      if (id) NM.panel.open(id);
    });
    var page = drawn[i];
    page.svg = svg;
    page.zoom = svgPanZoom(svg, { controlIconsEnabled: false, dblClickZoomEnabled: false, minZoom: 0.05, maxZoom: 50, fit: true, center: true });
    applyZone(page);
    if (selected) NM.diagrams.select(selected);
    return page;
  }

  // Hides what lies in other zones: their containers, boxes, and every line with a hidden end. Boxes on a boundary
  // (firewalls between zones) stay.
  function applyZone(page) {
    var zone = NM.state.zone, hidden = {};
    page.svg.querySelectorAll('[data-node]').forEach(function (node) {
      var z = node.getAttribute('data-zone');
      var hide = !!zone && !!z && z !== zone;
      node.classList.toggle('nm-hidden', hide);
      if (hide) hidden[node.getAttribute('data-node')] = true;
    });
    page.svg.querySelectorAll('[data-zone]:not([data-node])').forEach(function (box) {
      box.classList.toggle('nm-hidden', !!zone && box.getAttribute('data-zone') !== zone);
    });
    page.svg.querySelectorAll('[data-edge]').forEach(function (edge) {
      edge.classList.toggle('nm-hidden', !!hidden[edge.getAttribute('data-from')] || !!hidden[edge.getAttribute('data-to')]);
    });
  }

  NM.diagrams = {
    // Resolves once the page is drawn; the canvas marks which page it shows and when it is ready.
    show: function (i) {
      if (i < 0 || i >= NM.data.diagrams.length) return Promise.resolve();
      Object.keys(drawn).forEach(function (k) { drawn[k].holder.hidden = Number(k) !== i; });
      current = i;
      select.value = String(i);
      canvas.removeAttribute('data-shown');
      var page = drawn[i] || draw(i);
      page.holder.hidden = false;
      return page.ready.then(function () {
        page.zoom.resize();
        page.zoom.fit();
        page.zoom.center();
        if (current === i) canvas.setAttribute('data-shown', NM.data.diagrams[i].id);
      });
    },
    shown: function () { return current; },
    // The zone's own page where it has one, else the same page filtered.
    pageOfZone: function (zone) {
      for (var i = 0; i < NM.data.diagrams.length; i++) if (NM.data.diagrams[i].zone === zone) return i;
      return -1;
    },
    select: function (deviceId) {
      selected = deviceId;
      Object.keys(drawn).filter(function (k) { return drawn[k].svg; }).forEach(function (k) {
        drawn[k].svg.querySelectorAll('.nm-selected').forEach(function (n) { n.classList.remove('nm-selected'); });
        drawn[k].svg.querySelectorAll('[data-node]').forEach(function (n) {
          if (n.getAttribute('data-node') === deviceId) n.classList.add('nm-selected');
        });
      });
    },
  };

  select.addEventListener('change', function () { NM.diagrams.show(Number(select.value)); });
  function zoom(act) {
    return function () { var page = drawn[current]; if (page && page.zoom) act(page.zoom); };
  }
  document.getElementById('fit').addEventListener('click', zoom(function (z) { z.resize(); z.fit(); z.center(); }));
  document.getElementById('zoom-in').addEventListener('click', zoom(function (z) { z.zoomIn(); }));
  document.getElementById('zoom-out').addEventListener('click', zoom(function (z) { z.zoomOut(); }));
  NM.listeners.push(function () { Object.keys(drawn).filter(function (k) { return drawn[k].svg; }).forEach(function (k) { applyZone(drawn[k]); }); });
})();
