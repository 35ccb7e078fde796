// Rebuilds chance_first_names.txt and chance_surnames.txt (sixth-round measuring names)
// from the chance npm package 1.1.13 (MIT):
//   npm pack chance@1.1.13 && tar xzf chance-1.1.13.tgz
//   node extract_chance_names.js package/chance.js
// then put the three header lines of each file back on top.
const Chance = require(require('path').resolve(process.argv[2]));
const chance = new Chance(1);
const first = new Set();
const last = new Set();
const firstNames = chance.get('firstNames');
for (const gender of Object.keys(firstNames)) {
  for (const nation of Object.keys(firstNames[gender])) {
    for (const name of firstNames[gender][nation]) first.add(name);
  }
}
const lastNames = chance.get('lastNames');
for (const nation of Object.keys(lastNames)) {
  for (const name of lastNames[nation]) last.add(name);
}
const fs = require('fs');
fs.writeFileSync('chance_first_names.txt', [...first].join('\n') + '\n');
fs.writeFileSync('chance_surnames.txt', [...last].join('\n') + '\n');
