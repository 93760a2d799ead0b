import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer, listen, MAX_BODY_BYTES, TOKEN_HEADER } from '../../main/web/server';
import { createTestApp } from '../helpers/test-app';
import { makeTempDir } from '../helpers/temp-dir';

const TOKEN = 'test-token-0123456789';
let app: ReturnType<typeof createTestApp>;
let server: http.Server;
let port: number;
const renderer = makeTempDir('someday-renderer-');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: pathname, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function api(channel: string, input: unknown, headers: Record<string, string> = {}) {
  return request('POST', `/api/${channel}`, {
    headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

function contactCount(): number {
  return (app.db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
}

beforeAll(async () => {
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Someday</title>');
  fs.mkdirSync(path.join(renderer.dir, 'assets'));
  fs.writeFileSync(path.join(renderer.dir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(renderer.dir), 'someday-secret.txt'), 'secret');
  app = createTestApp();
  server = createWebServer({ app, rendererDir: renderer.dir, token: TOKEN });
  port = await listen(server, 0);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  app.dispose();
  renderer.cleanup();
  fs.rmSync(path.join(path.dirname(renderer.dir), 'someday-secret.txt'), { force: true });
});

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('answers a call with the token', async () => {
    const reply = await api('contacts:create', { name: 'Ada' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Ada' } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { [TOKEN_HEADER]: 'nope' }],
    ['a token one character short', { [TOKEN_HEADER]: TOKEN.slice(0, -1) }],
  ])('answers 401 with %s and writes nothing', async (_label, headers) => {
    const before = contactCount();
    const reply = await request('POST', '/api/contacts:create', { headers, body: JSON.stringify({ name: 'Eve' }) });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(contactCount()).toBe(before);
  });

  // Headers are built when the test runs: the server's port is known only then (a table evaluated at
  // collection time would see port 0 and repeat the foreign-Host row).
  it.each([
    ['a foreign Host', () => ({ host: 'evil.example' })],
    ['a rebinding Host on our port', () => ({ host: `attacker.example:${port}` })],
    ['a foreign Origin', () => ({ origin: 'https://evil.example' })],
    ['an Origin of another port', () => ({ origin: 'http://127.0.0.1:1' })],
    ['the null Origin', () => ({ origin: 'null' })],
    ['a cross-site fetch', () => ({ 'sec-fetch-site': 'cross-site' })],
  ])('answers 403 for %s even with the token', async (_label, headers) => {
    const before = contactCount();
    const sent = headers();
    expect(port).toBeGreaterThan(0);
    const reply = await api('contacts:create', { name: 'Mallory' }, sent);
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(contactCount()).toBe(before);
  });

  it('accepts its own Origin and localhost', async () => {
    expect((await api('contacts:list', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await api('contacts:list', {}, { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses malformed JSON, an unknown channel, a GET on the API and an oversized body', async () => {
    const bad = await request('POST', '/api/contacts:create', { headers: { [TOKEN_HEADER]: TOKEN }, body: '{"name":' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('The request body is not valid JSON.');
    expect((await api('contacts:explode', {})).status).toBe(404);
    expect((await request('GET', '/api/contacts:list', { headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(400);
    const before = contactCount();
    const huge = await api('contacts:create', { name: 'Big', notes: 'x'.repeat(MAX_BODY_BYTES) });
    expect(huge.status).toBe(413);
    expect(contactCount()).toBe(before);
  });

  it('serves the renderer with the CSP and nosniff headers', async () => {
    const index = await request('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const script = await request('GET', '/assets/app.js');
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it.each([
    '/../someday-secret.txt',
    '/%2e%2e/someday-secret.txt',
    '/assets/../../someday-secret.txt',
    '/%00',
    '/nope.js',
  ])('does not serve %s', async (pathname) => {
    const reply = await request('GET', pathname);
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('secret');
  });

  it.each(['/api/%', '/api/%zz', '/api/contacts%3', '/api/%E0%A4%A', '/api/%C0%AF', '/api/%ED%A0%80'])(
    'answers 400 (not 500) for the malformed escape in %s, with or without the token',
    async (pathname) => {
      const before = contactCount();
      const reply = await request('POST', pathname, {
        headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(JSON.parse(reply.body).error.message).toMatch(/not valid/);
      expect((await request('POST', pathname, { body: '{}' })).status).toBe(401);
      expect(contactCount()).toBe(before);
    },
  );

  it('decodes a well-formed escape in the channel name', async () => {
    expect((await api('contacts%3Alist', {})).status).toBe(200);
  });
});

describe('browser-mode server and slow clients', () => {
  const TIMEOUTS = { headersMs: 300, requestMs: 600, checkIntervalMs: 50 };
  let slowServer: http.Server;
  let slowPort: number;

  beforeAll(async () => {
    slowServer = createWebServer({ app, rendererDir: renderer.dir, token: TOKEN, timeouts: TIMEOUTS });
    slowPort = await listen(slowServer, 0);
  });
  afterAll(async () => {
    slowServer.closeAllConnections();
    await new Promise((resolve) => slowServer.close(resolve));
  });

  /**
   * Sends `head` at once, then one byte of `trickle` every 50 ms for up to 10 s, and resolves with what
   * the server answered and after how long it closed the connection (or 'still open' after the 10 s).
   */
  function trickle(head: string, text: string): Promise<{ ms: number; reply: string; closed: boolean }> {
    return new Promise((resolve) => {
      const start = Date.now();
      const socket = net.connect(slowPort, '127.0.0.1');
      let reply = '';
      let sent = 0;
      socket.write(head);
      const timer = setInterval(() => {
        if (Date.now() - start > 10_000) {
          clearInterval(timer);
          socket.destroy();
          resolve({ ms: Date.now() - start, reply, closed: false });
          return;
        }
        if (!socket.destroyed && socket.writable) socket.write(text[sent++ % text.length]!);
      }, 50);
      socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ ms: Date.now() - start, reply, closed: true });
      });
    });
  }

  const requestLine = () => `POST /api/contacts:list HTTP/1.1\r\nHost: 127.0.0.1:${slowPort}\r\n`;

  it('drops a client that trickles its headers once headersTimeout has passed', async () => {
    const result = await trickle(requestLine(), `x-padding: ${'a'.repeat(5000)}`);
    expect(result.closed).toBe(true);
    expect(result.ms).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - 20);
    expect(result.ms).toBeLessThan(3_000);
    expect(result.reply).toMatch(/^HTTP\/1\.1 408/);
  });

  it('drops a client that trickles its body once requestTimeout has passed, and writes nothing', async () => {
    const before = contactCount();
    const body = JSON.stringify({ name: 'Slow', notes: 'n'.repeat(4000) });
    const head = `${requestLine().replace('contacts:list', 'contacts:create')}${TOKEN_HEADER}: ${TOKEN}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`;
    const result = await trickle(head, body);
    expect(result.closed).toBe(true);
    expect(result.ms).toBeGreaterThanOrEqual(TIMEOUTS.requestMs - 20);
    expect(result.ms).toBeLessThan(3_000);
    expect(result.reply).toMatch(/^HTTP\/1\.1 408/);
    expect(contactCount()).toBe(before);
  });

  it('still answers a client that sends its request in time', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(slowPort, '127.0.0.1');
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (text.includes('"ok":true')) {
          socket.destroy();
          resolve(text);
        }
      });
      socket.write(`${requestLine()}${TOKEN_HEADER}: ${TOKEN}\r\ncontent-length: 2\r\n\r\n{}`);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
  });
});
