// Converts the plaintext folder named on the command line with the app's own unlock code (the Node build
// in dist/), as the first start of this version does; conversion-crash.test.ts kills it at random moments.
const path = require('node:path');
const { unlockFolder } = require(path.join(__dirname, '..', '..', 'dist', 'node', 'main', 'protection', 'unlock.js'));

const [dataDir, passphrase] = process.argv.slice(2);
process.stdout.write('start\n');
unlockFolder(dataDir, { passphrase }, { N: 1024, r: 8, p: 1 });
process.stdout.write('done\n');
