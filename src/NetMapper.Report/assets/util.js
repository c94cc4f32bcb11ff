// NetMapper report: the model, its words, and small DOM helpers shared by the other scripts.
'use strict';
var NM = window.NM = {};
NM.state = { zone: '', query: '', changesOnly: false };
NM.devices = {};

// A data block of the page (gzip in base64), inflated by the browser itself: no library, no request.
NM.inflate = function (id) {
  var text = atob(document.getElementById(id).textContent);
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
};

// What each script does once the model is read, in the order the scripts stand.
NM.starts = [];
NM.onData = function (start) { NM.starts.push(start); };

// Every word of the page's own comes from the model; a missing one is a bug, not a blank.
NM.L = function (key) {
  var text = NM.data.labels[key];
  if (text === undefined) throw new Error('NetMapper report: no label "' + key + '"');
  return text;
};

NM.el = function (tag, attrs, children) {
  var node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (name) {
    var value = attrs[name];
    if (value === null || value === undefined || value === false) return;
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  });
  (children || []).forEach(function (child) { if (child) node.appendChild(child); });
  return node;
};

// An element holding one of the page's words, marked with its key so checks can find every label.
NM.label = function (tag, key, attrs) {
  var node = NM.el(tag, attrs);
  node.textContent = NM.L(key);
  node.setAttribute('data-l', key);
  return node;
};

NM.format = function (key, values) {
  return NM.L(key).replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
};

// Listeners for changes of the zone filter, search and changes-only switch.
NM.listeners = [];
NM.changed = function () { NM.listeners.forEach(function (f) { f(NM.state); }); };

// A row passes the zone filter when it is in the zone, or is in no zone at all (a finding of no device).
NM.inZone = function (zones) {
  return !NM.state.zone || !zones || zones.length === 0 || zones.indexOf(NM.state.zone) >= 0;
};

NM.debounce = function (f, ms) {
  var timer = 0;
  return function () { clearTimeout(timer); timer = setTimeout(f, ms); };
};
