// Renders CSL-JSON items with citeproc-js and an official CSL style: node render.js STYLE.csl LOCALES_DIR < items.json
// Prints a JSON object: { id: { note: "...", bibliography: "..." } } as plain text.
'use strict';
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [stylePath, localesDir] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(0, 'utf8'));
const byId = Object.fromEntries(items.map((item) => [item.id, item]));
const style = fs.readFileSync(stylePath, 'utf8');
const sys = {
  retrieveLocale: (lang) => {
    const file = path.join(localesDir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
  },
  retrieveItem: (id) => byId[id],
};

const out = {};
for (const item of items) {
  const engine = new CSL.Engine(sys, style, 'en-US');
  engine.setOutputFormat('text');
  engine.updateItems([item.id]);
  const bibliography = engine.makeBibliography();
  const cluster = { citationItems: [{ id: item.id }], properties: { noteIndex: 1 } };
  const citation = engine.processCitationCluster(cluster, [], [])[1];
  out[item.id] = {
    note: citation.length > 0 ? citation[0][1] : '',
    bibliography: bibliography ? bibliography[1].join('').trim() : '',
  };
}
process.stdout.write(JSON.stringify(out));
