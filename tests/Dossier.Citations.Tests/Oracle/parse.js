// Parses BibTeX or RIS with Citation.js and prints the CSL-JSON it reads: node parse.js bibtex|ris < file
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

const format = process.argv[2];
const input = fs.readFileSync(0, 'utf8');
const type = format === 'bibtex' ? '@bibtex/text' : '@ris/file';
const cite = new Cite(input, { forceType: type });
process.stdout.write(JSON.stringify(cite.data));
