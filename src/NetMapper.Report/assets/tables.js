// Tables: search (an IP, a MAC in any notation, a name), sort by column, zone filter, paging, CSV export.
'use strict';
(function () {
  var PAGE = 50;
  var collator = null;
  NM.onData(function () { collator = new Intl.Collator(NM.data.language, { numeric: true, sensitivity: 'base' }); });

  // A MAC query: colon or dash notation, Cisco's dotted, or bare hex with a letter or all twelve digits.
  function macQuery(q) {
    if (/^[0-9a-f]{1,2}([:-][0-9a-f]{0,2}){1,5}$/.test(q) || /^[0-9a-f]{4}(\.[0-9a-f]{0,4}){1,2}$/.test(q)) return q.replace(/[^0-9a-f]/g, '');
    if (/^[0-9a-f]{6,12}$/.test(q) && (/[a-f]/.test(q) || q.length === 12)) return q;
    return null;
  }

  // An IPv4 or IPv6 address or prefix (or the start of one), or a MAC in any notation.
  NM.isAddress = function (query) {
    var q = query.trim().toLowerCase();
    return /^\d{1,3}(\.\d{0,3}){1,3}(\/\d*)?$/.test(q) || /^[0-9a-f]*:[0-9a-f:]*(\/\d*)?$/.test(q) || macQuery(q) !== null;
  };

  // Per-row search text, built the first time a search needs it: cells in lower case, MACs also as bare hex.
  function haystack(table, row) {
    if (row._h === undefined) {
      row._h = row.c.join('\u0001').toLowerCase();
      row._x = table.columns.map(function (col, i) {
        return col.kind === 'mac' ? row.c[i].toLowerCase().replace(/[^0-9a-f]/g, '') : '';
      }).join('\u0001');
    }
    return row;
  }

  // Where a whole IPv4 address stands in the text: 10.3.10.5 is not found in 10.3.10.50 or 110.3.10.5.
  function wholeAddress(text, q) {
    for (var at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
      if (!/[\d.]/.test(text.charAt(at - 1) || ' ') && !/\d/.test(text.charAt(at + q.length) || ' ')) return true;
    }
    return false;
  }

  NM.matcher = function (table, query) {
    var q = query.trim().toLowerCase();
    if (!q) return function () { return true; };
    var hex = macQuery(q);
    var whole = /^\d{1,3}(\.\d{1,3}){3}$/.test(q);
    return function (row) {
      haystack(table, row);
      if (whole) return wholeAddress(row._h, q);
      return row._h.indexOf(q) >= 0 || (hex !== null && hex.length > 0 && row._x.indexOf(hex) >= 0);
    };
  };

  function ipKey(text) {
    var slash = text.indexOf('/'), address = slash >= 0 ? text.slice(0, slash) : text;
    var length = slash >= 0 ? ('000' + text.slice(slash + 1)).slice(-3) : '';
    var v4 = address.split('.');
    if (v4.length === 4) return '4' + v4.map(function (p) { return ('00' + p).slice(-3); }).join('') + length;
    if (address.indexOf(':') < 0) return 'z' + text;
    var halves = address.split('::'), groups = halves[0] ? halves[0].split(':') : [];
    if (halves.length > 1) {
      var tail = halves[1] ? halves[1].split(':') : [];
      while (groups.length + tail.length < 8) groups.push('0');
      groups = groups.concat(tail);
    }
    return '6' + groups.map(function (g) { return ('0000' + g).slice(-4); }).join('') + length;
  }

  function compare(kind) {
    if (kind === 'number') return function (a, b) {
      var x = parseFloat(a), y = parseFloat(b);
      if (isNaN(x) || isNaN(y)) return isNaN(x) - isNaN(y);
      return x - y;
    };
    if (kind === 'ip') return function (a, b) { return a === b ? 0 : !a ? 1 : !b ? -1 : ipKey(a) < ipKey(b) ? -1 : 1; };
    return function (a, b) { return a === b ? 0 : !a ? 1 : !b ? -1 : collator.compare(a, b); };
  }

  NM.changeClass = function (row) { return row.m ? 'change-' + row.m : null; };

  // Writes a header and the given rows; a row that names a device opens its panel.
  NM.renderRows = function (table, rows, container, sort, onSort) {
    var head = NM.el('tr', {}, table.columns.map(function (col, i) {
      var dir = sort && sort.col === i ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none';
      var th = NM.el('th', { 'aria-sort': onSort ? dir : null, 'data-kind': col.kind }, [
        onSort ? NM.el('button', { type: 'button', text: col.title, 'data-col': i }) : document.createTextNode(col.title),
      ]);
      return th;
    }));
    var body = NM.el('tbody', {}, rows.map(function (row) {
      var device = row.d && NM.devices[row.d] ? row.d : null;
      return NM.el('tr', { className: NM.changeClass(row), 'data-device': device, title: device ? NM.L('panel.open') : null,
        tabindex: device ? '0' : null },
        row.c.map(function (cell) { return NM.el('td', { text: cell }); }));
    }));
    var element = NM.el('table', { 'data-table': table.id }, [NM.el('thead', {}, [head]), body]);
    if (onSort) head.addEventListener('click', function (e) {
      var button = e.target.closest('button[data-col]');
      if (button) onSort(Number(button.getAttribute('data-col')));
    });
    body.addEventListener('click', function (e) {
      var tr = e.target.closest('tr[data-device]');
      if (tr) NM.panel.open(tr.getAttribute('data-device'));
    });
    // A row that opens a panel is reached with Tab and opened with Enter, as a link would be.
    body.addEventListener('keydown', function (e) {
      var tr = e.key === 'Enter' && e.target.closest('tr[data-device]');
      if (tr) NM.panel.open(tr.getAttribute('data-device'));
    });
    container.replaceChildren(element);
    return element;
  };

  // One of the page's tables: what passes the filters, sorted, one page of it on screen.
  NM.Table = function (table) {
    this.table = table;
    this.sort = null;
    this.page = 0;
    this.sorted = table.rows;
  };

  NM.Table.prototype.filtered = function () {
    var match = NM.matcher(this.table, NM.state.query);
    var changesOnly = NM.state.changesOnly;
    return this.sorted.filter(function (row) { return NM.inZone(row.z) && (!changesOnly || row.m) && match(row); });
  };

  NM.Table.prototype.sortBy = function (col) {
    var dir = this.sort && this.sort.col === col ? -this.sort.dir : 1;
    this.sort = { col: col, dir: dir };
    var cmp = compare(this.table.columns[col].kind);
    // Sorted once per click; ties keep their order, so a second column's sort stays underneath.
    this.sorted = this.table.rows.map(function (row, i) { return { row: row, i: i }; }).sort(function (a, b) {
      return cmp(a.row.c[col], b.row.c[col]) * dir || a.i - b.i;
    }).map(function (x) { return x.row; });
    this.page = 0;
  };

  NM.Table.prototype.render = function (container, pager) {
    var self = this, rows = this.filtered();
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    this.page = Math.min(this.page, pages - 1);
    var from = this.page * PAGE, shown = rows.slice(from, from + PAGE);
    NM.renderRows(this.table, shown, container, this.sort, function (col) { self.sortBy(col); self.render(container, pager); });
    pager.rows.textContent = rows.length === 0 ? NM.L('page.none')
      : NM.format('page.rows', { from: from + 1, to: from + shown.length, total: rows.length });
    pager.rows.setAttribute('data-l', rows.length === 0 ? 'page.none' : 'page.rows');
    pager.prev.disabled = this.page === 0;
    pager.next.disabled = this.page >= pages - 1;
    return rows.length;
  };

  function csvCell(text) { return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text; }

  // Everything that passes the filters, in the order shown, with a byte order mark so spreadsheets read Chinese.
  NM.Table.prototype.csv = function () {
    var lines = [this.table.columns.map(function (c) { return csvCell(c.title); }).join(',')];
    this.filtered().forEach(function (row) { lines.push(row.c.map(csvCell).join(',')); });
    return '\ufeff' + lines.join('\r\n') + '\r\n';
  };
})();
