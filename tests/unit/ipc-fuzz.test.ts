/**
 * IPC fuzzing with fast-check: at least 10,000 generated payloads spread over EVERY channel in
 * core/channels.ts (channels added later are fuzzed automatically; their shapes come from
 * core/contract.ts), through `dispatch`, the one path both main/ipc.ts and the browser-mode server
 * use, plus a share through the real HTTP server. Payloads: arbitrary values, schema-shaped objects
 * with mutated fields, huge strings and arrays, odd Unicode (lone surrogates, NUL, RTL marks) and
 * prototype-pollution keys. For every call: no crash, the one error shape, every payload the schema
 * refuses is refused with invalid-input, a refused call changes no table (checksums before/after),
 * and Object.prototype is never polluted.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ApiResult } from '../../core/api-result';
import { CHANNELS, type ChannelName } from '../../core/channels';
import { contract } from '../../core/contract';
import { dispatch } from '../../main/handlers/dispatch';
import type { DesktopServices } from '../../main/handlers/handler-types';
import { createWebServer, listen, TOKEN_HEADER } from '../../main/web/server';
import { HEADER_INJECTION_ADDRESSES, HOSTILE_ADDRESSES } from '../helpers/hostile-addresses';
import { createTestApp, TEST_PASSPHRASE } from '../helpers/test-app';
import { makeTempDir } from '../helpers/temp-dir';

const TOTAL_DISPATCH_PAYLOADS = 10_000;
const PER_CHANNEL = Math.ceil(TOTAL_DISPATCH_PAYLOADS / CHANNELS.length);
const HTTP_PER_CHANNEL = 20;
const ERROR_CODES = [
  'invalid-input',
  'unknown-channel',
  'not-found',
  'conflict',
  'unauthorized',
  'forbidden',
  'too-large',
  'internal',
];

let app: ReturnType<typeof createTestApp>;
const desktopCalls: string[] = [];
const desktop: DesktopServices = {
  openMail: async (url) => {
    desktopCalls.push(url);
  },
  saveFile: async (fileName) => {
    desktopCalls.push(fileName);
    return null;
  },
  chooseExportPath: async (fileName) => {
    desktopCalls.push(fileName);
    return null;
  },
  chooseImportFile: async () => null,
};
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
const figures = { dispatched: 0, accepted: 0, refused: 0, http: 0 };

beforeAll(async () => {
  app = createTestApp(undefined, { desktop });
  // Some rows to find, update and delete, so valid-looking ids hit real records.
  for (let i = 1; i <= 3; i += 1) {
    await app.call('contacts:create', { name: `Seed ${i}`, email: `seed${i}@example.com` });
    await app.call('drafts:create', { contactId: i, channel: 'email' });
  }
});
afterAll(() => app.dispose());

/** A checksum of every table's rows, in rowid order. */
function checksum(): string {
  // A fuzzed protection:lock locks the app (a valid call); locking changes no table, so unlock to read them.
  if (!app.ctx.protection.isUnlocked()) app.ctx.protection.unlock({ passphrase: TEST_PASSPHRASE });
  const digest = crypto.createHash('sha256');
  const tables = app.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    digest.update(name);
    for (const row of app.db
      .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
      .raw()
      .iterate()) {
      digest.update(
        JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)),
      );
    }
  }
  return digest.digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Schema-shaped payloads, read from the zod schema so any channel's contract is covered.

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  element?: z.ZodType;
}

function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 10; depth += 1) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    current = next;
  }
  return current;
}

const ODD_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDC00x',
  'x\uDBFF',
  '\u202Egnp.exe',
  '\uFEFF',
  '🏳️‍🌈👩🏽‍💻',
  'e\u0301\u0301\u0301',
  '<script>alert(1)</script>',
  "'; DROP TABLE contacts; --",
  '{{me.name}}',
  '../../etc/passwd',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  '%00%2e%2e',
];
const oddString = fc.oneof(
  fc.constantFrom(...ODD_TEXT),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.emailAddress(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('x'.repeat(100_001), '\uD83D'.repeat(5_000), 'é'.repeat(20_001)),
);
const oddNumber = fc.oneof(
  fc.integer({ min: -2, max: 8 }),
  fc.constantFrom(0, -0, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 1e300),
  fc.double(),
);
const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  oddNumber,
  oddString,
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({}),
);

function leaf(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const inner = unwrap(schema);
  const def = defOf(inner);
  let typed: fc.Arbitrary<unknown>;
  if (def.type === 'string') typed = oddString;
  else if (def.type === 'number' || def.type === 'int') typed = oddNumber;
  else if (def.type === 'boolean') typed = fc.boolean();
  else if (def.type === 'enum' && def.entries) typed = fc.constantFrom(...Object.values(def.entries));
  else if (def.type === 'literal' && def.values) typed = fc.constantFrom(...def.values);
  else if (def.type === 'object' && depth < 3) typed = shaped(inner, depth + 1);
  else if (def.type === 'array' && def.element && depth < 3)
    typed = fc.array(leaf(def.element, depth + 1), { maxLength: 4 });
  else typed = fc.jsonValue({ maxDepth: 2 });
  return fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: wrongType });
}

/** Values a schema most likely accepts, so a good share of the payloads reach the handlers. */
function likely(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(unwrap(schema));
  if (def.type === 'string') return fc.constantFrom('', 'Ada', 'Thank you for your time');
  if (def.type === 'number' || def.type === 'int') return fc.integer({ min: 1, max: 4 });
  if (def.type === 'boolean') return fc.boolean();
  if (def.type === 'enum' && def.entries) return fc.constantFrom(...Object.values(def.entries));
  if (def.type === 'literal' && def.values) return fc.constantFrom(...def.values);
  return fc.constant(undefined);
}

/** A likely-valid object with, often, exactly one field replaced by a hostile value. */
function nearlyValid(schema: z.ZodType): fc.Arbitrary<unknown> {
  const inner = unwrap(schema);
  const shape = defOf(inner).shape;
  if (!shape) return likely(inner);
  const keys = Object.keys(shape);
  if (keys.length === 0) return fc.constantFrom({}, undefined, null);
  const base: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) base[key] = likely(shape[key]!);
  return fc
    .tuple(
      fc.record(base, { requiredKeys: keys, noNullPrototype: true }),
      fc.option(fc.tuple(fc.constantFrom(...keys), fc.oneof(oddString, wrongType)), { freq: 2 }),
    )
    .map(([record, mutation]) => {
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
        if (value !== undefined) copy[key] = value;
      }
      if (mutation) copy[mutation[0]] = mutation[1];
      return copy;
    });
}

/** An object with the schema's keys (some left out) and, now and then, an unknown or hostile key. */
function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const inner = unwrap(schema);
  const shape = defOf(inner).shape;
  if (!shape) return leaf(inner, depth);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, field] of Object.entries(shape)) fields[key] = leaf(field, depth);
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [], noNullPrototype: true }),
      fc.option(fc.tuple(fc.constantFrom('extra', 'id ', 'Name', '__proto__', 'constructor', 'prototype'), wrongType), {
        freq: 6,
      }),
    )
    .map(([record, extra]) => {
      if (!extra) return record;
      const [key, value] = extra;
      const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
      Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      return copy;
    });
}

/** Prototype-pollution attempts as a JSON parser or structured clone would deliver them. */
const pollution = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 1 }))
  .map(([key, value]) =>
    JSON.parse(
      `{"name":"P","${key}":{"polluted":true,"prototype":{"polluted":true}},"nested":{"__proto__":{"polluted":${JSON.stringify(value ?? null)}}}}`,
    ),
  );

const huge = fc.constantFrom(
  () => new Array(100_000).fill('x'),
  () => ({ name: 'x'.repeat(1_000_000) }),
  () => JSON.parse('['.repeat(1_000) + ']'.repeat(1_000)),
  () => Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i])),
);

function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  const schema = contract[channel].input as z.ZodType;
  return fc.oneof(
    { weight: 60, arbitrary: nearlyValid(schema) },
    { weight: 40, arbitrary: shaped(schema) },
    {
      weight: 20,
      arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withSparseArray: true, maxDepth: 3 }),
    },
    { weight: 10, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 10, arbitrary: pollution },
    { weight: 1, arbitrary: huge.map((make) => make()) },
  );
}

function assertErrorShape(result: ApiResult<unknown>): void {
  expect(typeof result).toBe('object');
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.length).toBeGreaterThan(0);
  expect(result.error.message.length).toBeLessThan(600);
}

function assertPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
}

describe('IPC fuzzing: every channel, through dispatch', () => {
  it.each([...CHANNELS])(
    `%s: ${PER_CHANNEL} payloads, no crash, invalid refused, refusals change nothing`,
    async (channel) => {
      const schema = contract[channel].input as z.ZodType;
      let current = checksum();
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          const valid = schema.safeParse(payload === null ? undefined : payload).success;
          const result = await dispatch(app.handlers, app.ctx, channel, payload);
          figures.dispatched += 1;
          assertErrorShape(result);
          assertPrototypeClean();
          if (!valid) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
          // No payload may end in the catch-all "something went wrong": every refusal has a reason.
          if (!result.ok) expect(result.error.code).not.toBe('internal');
          const after = checksum();
          if (!result.ok) {
            figures.refused += 1;
            expect(after).toBe(current);
          } else figures.accepted += 1;
          current = after;
        }),
        { numRuns: PER_CHANNEL },
      );
    },
  );

  it('refuses unknown channel names, whatever they are', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary' }), fc.anything()),
        fc.anything(),
        async (channel, payload) => {
          fc.pre(!(CHANNELS as readonly unknown[]).includes(channel));
          const before = checksum();
          const result = await dispatch(app.handlers, app.ctx, channel, payload);
          figures.dispatched += 1;
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
          expect(checksum()).toBe(before);
          assertPrototypeClean();
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([...CHANNELS])(
    '%s: huge payloads (100,000 items, 1 MB text, 1,000-deep nesting, 5,000 keys) are refused quickly',
    async (channel) => {
      for (const make of [
        () => new Array(100_000).fill('x'),
        () => ({ name: 'x'.repeat(1_000_000), id: 1, body: 'x'.repeat(1_000_000) }),
        () => JSON.parse('['.repeat(1_000) + ']'.repeat(1_000)),
        () => Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i])),
      ]) {
        const before = checksum();
        const result = await dispatch(app.handlers, app.ctx, channel, make());
        figures.dispatched += 1;
        figures.refused += 1;
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        assertErrorShape(result);
        expect(checksum()).toBe(before);
      }
    },
    // "Quickly" is held to a per-test limit (about 50 ms each on a busy 2-core machine; 60× headroom).
    3_000,
  );

  it('refuses every hostile address form on each channel that takes an address, and changes nothing', async () => {
    const addresses = [...HOSTILE_ADDRESSES, ...HEADER_INJECTION_ADDRESSES].filter(
      (address) => address.trim() !== '' && address.trim() !== 'ada@example.com',
    );
    const calls = desktopCalls.length;
    for (const address of addresses) {
      for (const [channel, payload] of [
        ['contacts:create', { name: 'Eve', email: address }],
        ['contacts:update', { id: 1, contact: { name: 'Seed 1', email: address } }],
        ['settings:update', { myEmail: address }],
        ['output:open-mail', { to: address, subject: 'Hi', body: 'Hello' }],
      ] as const) {
        const before = checksum();
        const result = await dispatch(app.handlers, app.ctx, channel, payload);
        figures.dispatched += 1;
        figures.refused += 1;
        expect(result, `${channel} ${JSON.stringify(address)}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-input' },
        });
        expect(checksum()).toBe(before);
      }
    }
    expect(desktopCalls.length).toBe(calls);
  });

  // Totals over the whole describe, checked once every fuzz test above has run, in whatever order.
  afterAll(() => {
    console.log(`[fuzz] ${JSON.stringify({ channels: CHANNELS.length, ...figures })}`);
    expect(figures.dispatched).toBeGreaterThanOrEqual(TOTAL_DISPATCH_PAYLOADS);
    expect(figures.accepted).toBeGreaterThan(1_000);
    expect(figures.refused).toBeGreaterThan(2_000);
  });
});

describe('IPC fuzzing through the real HTTP server', () => {
  const TOKEN = 'fuzz-token-0123456789';
  let server: http.Server;
  let port: number;
  const renderer = makeTempDir('someday-fuzz-renderer-');

  beforeAll(async () => {
    server = createWebServer({ app, rendererDir: renderer.dir, token: TOKEN });
    port = await listen(server, 0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    renderer.cleanup();
  });

  function post(channel: string, body: string, rawPath?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: rawPath ?? `/api/${encodeURIComponent(channel)}`,
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it.each([...CHANNELS])(`%s: ${HTTP_PER_CHANNEL} payloads over HTTP answer with the error shape`, async (channel) => {
    const schema = contract[channel].input as z.ZodType;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          shaped(schema).map((value) => JSON.stringify(value) ?? 'null'),
          fc.string({ unit: 'binary', maxLength: 60 }),
          pollution.map((value) => JSON.stringify(value)),
        ),
        async (body) => {
          const before = checksum();
          const reply = await post(channel, body);
          figures.http += 1;
          const result = JSON.parse(reply.body) as ApiResult<unknown>;
          assertErrorShape(result);
          assertPrototypeClean();
          expect(reply.status === 200).toBe(result.ok);
          if (!result.ok) expect(checksum()).toBe(before);
        },
      ),
      { numRuns: HTTP_PER_CHANNEL },
    );
  });

  it('answers a path with malformed or odd % escapes with 400 or 404, never 500, and changes nothing', async () => {
    const piece = fc.constantFrom(
      '%',
      '%2',
      '%zz',
      '%E0%A4',
      '%C0%AF',
      '%ED%A0%80',
      '%FF',
      '%3A',
      '%00',
      'contacts',
      ':list',
      'a',
    );
    let malformed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 6 }), async (pieces) => {
        const rawPath = `/api/${pieces.join('')}`;
        const before = checksum();
        const reply = await post('', '{}', rawPath);
        figures.http += 1;
        const result = JSON.parse(reply.body) as ApiResult<unknown>;
        assertErrorShape(result);
        expect(reply.status, rawPath).toBeLessThan(500);
        let decodes = true;
        try {
          decodeURIComponent(pieces.join(''));
        } catch {
          decodes = false;
        }
        if (!decodes) {
          malformed += 1;
          expect(reply.status, rawPath).toBe(400);
        }
        expect(checksum()).toBe(before);
      }),
      { numRuns: 200 },
    );
    expect(malformed).toBeGreaterThan(50);
  });
});
