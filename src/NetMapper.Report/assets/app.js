// The page's start: tabs, the overview, the tables' toolbar, the zone filter; then it marks itself ready.
'use strict';
NM.inflate('report-data').then(function (json) {
  var data = NM.data = JSON.parse(json);
  data.devices.forEach(function (d) { NM.devices[d.id] = d; });
  NM.starts.forEach(function (start) { start(); });
  var tables = data.tables.map(function (t) { return new NM.Table(t); });
  var currentTable = 0;
  var tableBox = document.getElementById('table');
  var subtabs = document.querySelector('#tables .subtabs');
  var pager = { rows: document.getElementById('rows'), prev: document.getElementById('prev'), next: document.getElementById('next') };

  function showTab(name) {
    document.querySelectorAll('[data-section]').forEach(function (s) { s.hidden = s.getAttribute('data-section') !== name; });
    document.querySelectorAll('nav [data-tab]').forEach(function (b) { b.setAttribute('aria-selected', String(b.getAttribute('data-tab') === name)); });
    if (name === 'diagrams' && NM.diagrams.shown() < 0) NM.diagrams.show(0);
    else if (name === 'diagrams') NM.diagrams.show(NM.diagrams.shown());
  }
  NM.showTab = showTab;

  function counts(list, cls) {
    return NM.el('ul', { className: 'counts ' + cls }, list.map(function (c) {
      return NM.el('li', { 'data-key': c.key }, [NM.el('strong', { text: String(c.count) }), NM.el('span', { text: c.label })]);
    }));
  }

  function overview() {
    var o = data.overview, box = document.getElementById('overview');
    box.appendChild(NM.el('h2', { text: o.title }));
    if (o.incomplete) box.appendChild(NM.label('p', 'overview.incomplete', { className: 'incomplete' }));
    var facts = NM.el('dl', {}, []);
    o.scan.forEach(function (f) { facts.appendChild(NM.el('dt', { text: f.label })); facts.appendChild(NM.el('dd', { text: f.value })); });
    box.appendChild(NM.label('h3', 'overview.scan'));
    box.appendChild(facts);
    box.appendChild(NM.label('h3', 'overview.counts'));
    var inScan = counts(o.counts, 'scan');
    inScan.addEventListener('click', function (e) {
      var li = e.target.closest('li[data-key]');
      var index = li ? data.tables.map(function (t) { return t.id; }).indexOf(li.getAttribute('data-key')) : -1;
      if (index >= 0) { showTab('tables'); showTable(index); }
    });
    box.appendChild(inScan);
    box.appendChild(NM.label('h3', 'overview.findings'));
    box.appendChild(counts(o.findings, 'severity'));
    if (o.lifecycle.length) { box.appendChild(NM.label('h3', 'overview.lifecycle')); box.appendChild(counts(o.lifecycle, 'lifecycle')); }
    if (o.changes.length) { box.appendChild(NM.label('h3', 'overview.changes')); box.appendChild(counts(o.changes, 'changes')); }
  }

  function renderSubtabs() {
    subtabs.replaceChildren.apply(subtabs, tables.map(function (t, i) {
      var n = t.filtered().length;
      return NM.el('button', { type: 'button', role: 'tab', 'data-table-tab': t.table.id, 'aria-selected': String(i === currentTable) },
        [NM.el('span', { text: t.table.title }), NM.el('span', { className: 'count', text: String(n) })]);
    }));
  }

  function showTable(i) {
    currentTable = i;
    renderSubtabs();
    tables[i].render(tableBox, pager);
  }
  NM.tables = { show: showTable, all: tables, current: function () { return tables[currentTable]; } };

  subtabs.addEventListener('click', function (e) {
    var b = e.target.closest('[data-table-tab]');
    if (b) showTable(data.tables.map(function (t) { return t.id; }).indexOf(b.getAttribute('data-table-tab')));
  });
  pager.prev.addEventListener('click', function () { tables[currentTable].page--; tables[currentTable].render(tableBox, pager); });
  pager.next.addEventListener('click', function () { tables[currentTable].page++; tables[currentTable].render(tableBox, pager); });
  var search = document.getElementById('search');
  var searched = NM.debounce(function () {
    NM.state.query = search.value;
    if (search.value) showTab('tables');
    tables.forEach(function (t) { t.page = 0; });
    NM.changed();
  }, 150);
  // 'search' too: Escape empties a search box without an input event.
  search.addEventListener('input', searched);
  search.addEventListener('search', searched);
  var only = document.getElementById('changes-only');
  if (only) only.addEventListener('change', function () { NM.state.changesOnly = only.checked; NM.changed(); });
  document.getElementById('zone').addEventListener('change', function (e) { NM.state.zone = e.target.value; NM.changed(); });
  document.getElementById('csv').addEventListener('click', function () {
    var t = tables[currentTable];
    var link = NM.el('a', { download: 'netmapper-' + t.table.id + '-scan' + data.scan + '.csv' });
    link.href = URL.createObjectURL(new Blob([t.csv()], { type: 'text/csv;charset=utf-8' }));
    document.body.appendChild(link);
    link.click();
    link.remove();
  });
  document.querySelector('nav').addEventListener('click', function (e) {
    var b = e.target.closest('[data-tab]');
    if (b) showTab(b.getAttribute('data-tab'));
  });
  // An address searched for is a question of where it is: the hosts table answers with the device and port. Other
  // searches stay on the table shown while it has matches, else go to the table with the most.
  NM.listeners.push(function () {
    var found = tables.map(function (t) { return t.filtered().length; });
    var hosts = data.tables.map(function (t) { return t.id; }).indexOf('hosts');
    if (NM.state.query && NM.isAddress(NM.state.query) && hosts >= 0 && found[hosts] > 0) currentTable = hosts;
    else if (NM.state.query && found[currentTable] === 0) {
      var most = found.indexOf(Math.max.apply(null, found));
      if (found[most] > 0) currentTable = most;
    }
    showTable(currentTable);
  });

  overview();
  showTab('overview');
  showTable(0);
  document.body.setAttribute('data-ready', '1');
  window.nmReady = performance.now();
}).catch(function (e) {
  // A browser without DecompressionStream, or a damaged file: say so on the page, and in the console.
  document.body.insertBefore(NM.el('p', { className: 'incomplete', text: 'NetMapper: ' + e }), document.body.firstChild);
  throw e;
});
