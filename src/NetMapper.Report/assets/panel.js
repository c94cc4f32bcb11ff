// The device panel: identity, where it sits in the zones, and its parts (addresses, interfaces, neighbours, VLANs,
// lifecycle, findings); a neighbour's row opens the neighbour's panel.
'use strict';
(function () {
  var panel = document.getElementById('panel');
  var body = document.getElementById('panel-body');

  NM.panel = {
    open: function (id) {
      var device = NM.devices[id];
      if (!device) return;
      var title = NM.el('h2', { text: device.name });
      if (device.change) title.appendChild(NM.label('span', 'change.' + device.change, { className: 'badge change-' + device.change }));
      var facts = NM.el('dl', {}, []);
      device.facts.forEach(function (f) {
        facts.appendChild(NM.el('dt', { text: f.label }));
        facts.appendChild(NM.el('dd', { text: f.value }));
      });
      body.replaceChildren(title, NM.label('h3', 'panel.identity'), facts);
      device.parts.forEach(function (part) {
        var holder = NM.el('div', { className: 'part', 'data-part': part.id });
        body.appendChild(NM.el('h3', { text: part.title }));
        body.appendChild(holder);
        NM.renderRows(part, part.rows, holder, null, null);
      });
      // Below the header, so the tabs, the zone filter and the search stay in reach while it is open.
      panel.style.top = document.querySelector('header').getBoundingClientRect().bottom + 'px';
      panel.hidden = false;
      panel.setAttribute('data-device', id);
      panel.scrollTop = 0;
      NM.diagrams.select(id);
    },
    close: function () {
      panel.hidden = true;
      panel.removeAttribute('data-device');
      NM.diagrams.select(null);
    },
  };

  document.getElementById('close').addEventListener('click', NM.panel.close);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') NM.panel.close(); });
})();
