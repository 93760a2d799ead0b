// Runs the main-process code of a packaged Someday under plain Node, from app.asar's extracted files and
// the resources folder beside it, the way the packaged app would find them: nothing may come from the
// source tree's node_modules, and `bindings` (better-sqlite3's fallback search for its addon) is
// blocked, so the database must open with the addon shipped in resources/native.
//
//   node run-packaged.cjs APP_DIR RESOURCES_DIR DATA_DIR  → prints a JSON report
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const [appDir = '', resourcesDir = '', dataDir = ''] = process.argv.slice(2).map((arg) => path.resolve(arg));

function blockBindings() {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveBlocked(request, ...rest) {
    if (request === 'bindings') throw new Error('bindings is blocked: the shipped addon must be used');
    return resolve.call(this, request, ...rest);
  };
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** require('x'), import('x') and createRequire(__filename)('x'), as TypeScript compiles them to CommonJS. */
const REQUIRE =
  /\b(?:require|import)\(\s*["']([^"']+)["']\s*\)|createRequire\)?\(__filename\)\(\s*["']([^"']+)["']\s*\)/g;

/** The packages (not Node's own modules, not electron) a piece of compiled CommonJS requires, by specifier. */
function bareRequires(source) {
  const found = [];
  for (const match of source.matchAll(REQUIRE)) {
    const specifier = match[1] ?? match[2];
    if (specifier.startsWith('.') || specifier.startsWith('node:') || Module.isBuiltin(specifier)) continue;
    if (specifier !== 'electron') found.push(specifier);
  }
  return found;
}

/** Every bare require in the compiled main process and CLIs, and whether it resolves inside the app. */
function checkRequires() {
  const unresolved = [];
  const required = new Set();
  const files = fs
    .readdirSync(path.join(appDir, 'dist', 'node'), { recursive: true })
    .map((name) => path.join(appDir, 'dist', 'node', String(name)))
    .filter((file) => file.endsWith('.js'));
  for (const file of files) {
    for (const specifier of bareRequires(fs.readFileSync(file, 'utf8'))) {
      required.add(packageName(specifier));
      try {
        const found = require.resolve(specifier, { paths: [path.dirname(file)] });
        if (!found.startsWith(appDir + path.sep)) unresolved.push(`${specifier} (found outside the app: ${found})`);
      } catch {
        unresolved.push(`${specifier} (from ${path.relative(appDir, file)})`);
      }
    }
  }
  return { files: files.length, required: [...required].sort(), unresolved };
}

async function main() {
  blockBindings();
  const requires = checkRequires();
  const { createAppContext } = require(path.join(appDir, 'dist', 'node', 'main', 'app-context.js'));
  const { useNativeBinding } = require(path.join(appDir, 'dist', 'node', 'main', 'db', 'connection.js'));
  // As electron-main does: every database the app opens uses the addon shipped in resources/native.
  useNativeBinding(path.join(resourcesDir, 'native', 'better_sqlite3.node'));
  const app = createAppContext({
    secret: { passphrase: 'packaged test passphrase' },
    kdf: { N: 2 ** 10, r: 8, p: 1 },
    dataDir,
    mode: 'browser',
    version: 'packaged-test',
    templatesDir: path.join(resourcesDir, 'templates'),
    dailyBackups: false,
  });
  try {
    const created = await app.call('contacts:create', { name: 'Ada Lovelace', company: 'Analytical Engines' });
    const listed = await app.call('contacts:list', {});
    const templates = await app.call('templates:list', {});
    process.stdout.write(
      `${JSON.stringify({
        requires,
        created: created.ok,
        contacts: listed.ok ? listed.value.total : -1,
        templates: templates.ok ? templates.value.templates.length : -1,
        // The shipped addon must encrypt: a plain SQLite header would mean the wrong engine shipped.
        plainDatabase:
          fs.readFileSync(app.ctx.info.databaseFile).subarray(0, 16).toString('latin1') === 'SQLite format 3\0',
      })}\n`,
    );
  } finally {
    app.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
    process.exit(1);
  });
}

module.exports = { bareRequires, packageName };
