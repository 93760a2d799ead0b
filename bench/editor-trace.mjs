// `node bench/editor-trace.mjs --data-dir DIR --passphrase-file FILE [--before ROOT] [--rounds N]
//   [--presses N] [--profile]`
//
// Main-thread CPU per keystroke in the editor, from a Chrome trace: the 2,000-word bench draft open
// (the coach on), keys typed at the end of its text, and the renderer main thread's task time
// (`RunTask`, thread CPU time, not wall time) summed over the typing and divided by the keys. CPU time
// counts only what this page ran, so load from elsewhere moves it far less than a wall-clock figure.
// With `--before ROOT` (an app root built earlier: package.json, dist/, node_modules) the two builds
// take turns, round by round, on the same data folder. With `--profile` it also prints where that
// time went (a V8 CPU profile: self time by function, top 25).
//
// DIR is a data folder made by `npm run bench -- --quick --keep …` (its `data` folder and
// `passphrase.txt`). Needs `npm run build` and Chromium at /usr/bin/chromium.
/* global document, CSSStyleSheet */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { launchChromium, openDraftToType, startBrowserMode } from './lib/renderer.mjs';
import { round } from './lib/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DRAFT_TITLE = 'Benchmark editor draft, 2,000 words';
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'].join(',');
const KEYS = 'abcdefghijklmnopqrstuvwxyz ';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'passphrase-file': { type: 'string' },
    before: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    presses: { type: 'string', default: '30' },
    gap: { type: 'string', default: '150' },
    profile: { type: 'boolean', default: false },
    save: { type: 'string' },
    css: { type: 'string' },
  },
});
if (!values['data-dir'] || !values['passphrase-file']) {
  console.error('Usage: node bench/editor-trace.mjs --data-dir DIR --passphrase-file FILE [--before ROOT] [--profile]');
  process.exit(2);
}

const cliOf = (root) => path.join(path.resolve(root), 'dist', 'node', 'main', 'web', 'cli.js');

/** Top-level tasks on the busiest renderer main thread: thread CPU time, wall time and count. */
function mainThreadTasks(events) {
  const names = new Map();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  const byThread = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'ThreadControllerImpl::RunTask') continue;
    const key = `${event.pid}:${event.tid}`;
    if (names.get(key) !== 'CrRendererMain') continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(event);
  }
  let best = [];
  let bestKey = null;
  for (const [key, list] of byThread) {
    if (list.length > best.length) {
      best = list;
      bestKey = key;
    }
  }
  // Time by kind of work on that thread (each event's own CPU time, children included).
  const kinds = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || `${event.pid}:${event.tid}` !== bestKey || event.name === 'ThreadControllerImpl::RunTask')
      continue;
    kinds.set(event.name, (kinds.get(event.name) ?? 0) + (event.tdur ?? event.dur) / 1000);
  }
  best.sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let wall = 0;
  let end = -Infinity;
  for (const task of best) {
    if (task.ts < end) continue;
    end = task.ts + task.dur;
    cpu += task.tdur ?? task.dur;
    wall += task.dur;
  }
  return { cpuMs: cpu / 1000, wallMs: wall / 1000, tasks: best.length, kinds };
}

function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const gaps = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url || '')}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (gaps[i + 1] ?? 0) / 1000);
  });
  return self;
}

async function typeTraced(browser, url, { presses, gapMs, profile, save }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await openDraftToType(page, url, DRAFT_TITLE);
    // --css: extra rules for an experiment, adopted as a constructed sheet (the page's CSP allows those).
    if (values.css) {
      await page.evaluate((rules) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rules);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, values.css);
    }
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (message) => events.push(...message.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    for (let i = 0; i < presses; i += 1) {
      await page.keyboard.press(KEYS[i % KEYS.length]);
      await sleep(gapMs);
    }
    // The last key's coach report and marks.
    await sleep(300);
    await cdp.send('Tracing.end');
    await complete;
    if (save) fs.writeFileSync(`${save}.trace.json`, JSON.stringify({ traceEvents: events }));
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : null;
    if (save && cpuProfile) fs.writeFileSync(`${save}.cpuprofile`, JSON.stringify(cpuProfile));
    return { ...mainThreadTasks(events), profile: cpuProfile };
  } finally {
    await context.close();
  }
}

const presses = Number(values.presses);
const gapMs = Number(values.gap);
const variants = values.before ? { before: cliOf(values.before), after: cliOf(ROOT) } : { current: cliOf(ROOT) };
const perKey = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
const profiles = Object.fromEntries(Object.keys(variants).map((name) => [name, new Map()]));
const browser = await launchChromium();
const loadStart = os.loadavg().map((n) => round(n, 2));
try {
  for (let r = 0; r < Number(values.rounds); r += 1) {
    for (const [name, cli] of Object.entries(variants)) {
      const server = await startBrowserMode(cli, values['data-dir'], values['passphrase-file']);
      try {
        const save = values.save ? `${values.save}-${name}-${r + 1}` : undefined;
        const result = await typeTraced(browser, server.url, { presses, gapMs, profile: values.profile, save });
        perKey[name].push(result.cpuMs / presses);
        console.log(
          `round ${r + 1} ${name}: main-thread CPU ${round(result.cpuMs / presses, 2)} ms per key ` +
            `(wall ${round(result.wallMs / presses, 2)} ms, ${result.tasks} tasks, load ${os.loadavg()[0].toFixed(2)})`,
        );
        if (values.profile) {
          const top = [...result.kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
          console.log(`  by kind, ms per key: ${top.map(([k, ms]) => `${k} ${round(ms / presses, 2)}`).join(', ')}`);
        }
        if (result.profile) {
          for (const [fn, ms] of selfTimes(result.profile)) profiles[name].set(fn, (profiles[name].get(fn) ?? 0) + ms);
        }
      } finally {
        await server.stop();
      }
    }
  }
} finally {
  await browser.close();
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const [name, list] of Object.entries(perKey)) {
  console.log(
    `${name}: median main-thread CPU per key ${round(median(list), 2)} ms (${list.map((n) => round(n, 2)).join(', ')})`,
  );
}
if (values.before) console.log(`after/before: ×${round(median(perKey.after) / median(perKey.before), 2)}`);
console.log(
  `load average ${loadStart.join(' ')} at start, ${os
    .loadavg()
    .map((n) => round(n, 2))
    .join(' ')} at end`,
);
if (values.profile) {
  const rounds = Number(values.rounds);
  for (const [name, self] of Object.entries(profiles)) {
    console.log(`\n${name}: self time per key by function (ms)`);
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [fn, ms] of top) console.log(`  ${round(ms / rounds / presses, 3).toFixed(3)}  ${fn}`);
  }
}
