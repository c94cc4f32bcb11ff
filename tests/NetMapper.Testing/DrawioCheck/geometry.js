// Opens a .drawio file the way draw.io does (mxCodec into an mxGraphModel, then mxGraphView) and prints, per page,
// where mxGraph puts every vertex and through which points it routes every edge, as JSON on stdout.
// Usage: node geometry.js FILE.drawio
'use strict';
const fs = require('fs');
const { JSDOM } = require('jsdom');

const window = new JSDOM('<!DOCTYPE html><body><div id="graph"></div></body>').window;
for (const name of ['window', 'document', 'navigator', 'DOMParser', 'XMLSerializer', 'Node', 'XMLHttpRequest', 'location'])
  global[name] = name === 'window' ? window : window[name];
const mx = require('mxgraph')({ mxLoadResources: false, mxLoadStylesheets: false });
// mxCodec finds the classes to decode by their global names
for (const name of Object.keys(mx)) { window[name] = mx[name]; global[name] = mx[name]; }

const file = process.argv[2];
if (!file) { console.error('usage: node geometry.js FILE.drawio'); process.exit(2); }
const doc = mx.mxUtils.parseXml(fs.readFileSync(file, 'utf8'));
const pages = [];
for (const diagram of Array.from(doc.getElementsByTagName('diagram'))) {
  // each page in a document of its own: mxCodec looks cells up by id across the whole document
  const model = mx.mxUtils.parseXml(mx.mxUtils.getXml(diagram.getElementsByTagName('mxGraphModel')[0])).documentElement;
  const graph = new mx.mxGraph(document.getElementById('graph'));
  new mx.mxCodec(model.ownerDocument).decode(model, graph.getModel());
  graph.view.validate();
  const vertices = {}, edges = {};
  for (const cell of Object.values(graph.getModel().cells)) {
    const state = graph.view.getState(cell);
    if (!state) continue;
    if (cell.isVertex()) vertices[cell.id] = [state.x, state.y, state.width, state.height];
    else if (cell.isEdge()) edges[cell.id] = state.absolutePoints.map(p => [p.x, p.y]);
  }
  pages.push({ id: diagram.getAttribute('id'), vertices, edges });
}
process.stdout.write(JSON.stringify(pages));
