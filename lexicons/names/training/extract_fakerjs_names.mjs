// Rebuilds fakerjs_first_names.txt and fakerjs_surnames.txt (seventh-round measuring
// names) from the npm package @faker-js/faker 10.6.0 (MIT):
//   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   node extract_fakerjs_names.mjs
// Every locale's person first_name / last_name lists, Latin-script names only (one word,
// letters, apostrophe or hyphen); then put the header lines of each file back on top.
import { allLocales } from './package/dist/index.js';
import fs from 'fs';
const first = new Set();
const last = new Set();
const latin = /^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’-]+$/u;
const add = (set, list) => {
  if (!list) return;
  const items = Array.isArray(list) ? list : Object.values(list).flat();
  for (const v of items) if (typeof v === 'string' && latin.test(v)) set.add(v);
};
for (const name of Object.keys(allLocales).sort()) {
  const person = allLocales[name].person;
  if (!person) continue;
  add(first, person.first_name);
  add(last, person.last_name);
}
fs.writeFileSync('fakerjs_first_names.txt', [...first].join('\n') + '\n');
fs.writeFileSync('fakerjs_surnames.txt', [...last].join('\n') + '\n');
console.log(first.size, last.size);
