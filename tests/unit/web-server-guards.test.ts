/**
 * The browser-mode server's guards, reply by reply: the headers every answer carries, the exact body
 * limit, which Host and Origin count as ours, how files are typed and cached, and what a person reads
 * when something is refused. (web-server.test.ts covers the main paths; these were found by mutation
 * testing, `npm run mutate -- --group web`.) The server starts inside the first test that needs it, so
 * a server that cannot start fails a test rather than only a hook.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken, createWebServer, listen, MAX_BODY_BYTES, TOKEN_HEADER } from '../../main/web/server';
import { contentSecurityPolicy } from '../../main/security-policy';
import { createTestApp } from '../helpers/test-app';
import { makeTempDir } from '../helpers/temp-dir';

const TOKEN = 'guards-token-0123456789';
const RENDERER_FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Someday</title>',
  'assets/app.js': 'console.log(1)',
  'assets/app.css': 'body{}',
  'assets/logo.svg': '<svg/>',
  'assets/icon.png': 'png',
  'favicon.ico': 'ico',
  'assets/font.woff2': 'woff2',
  'assets/grammar.json': '{}',
  'assets/flite.wasm': 'wasm',
  'licenses.txt': 'MIT',
  'assets/model.bin': 'bin',
};

interface Running {
  server: http.Server;
  port: number;
  app: ReturnType<typeof createTestApp>;
  dir: string;
}
const running: Running[] = [];
const temps: { cleanup: () => void }[] = [];

async function start(files: Record<string, string> = RENDERER_FILES): Promise<Running> {
  const renderer = makeTempDir('someday-guards-');
  temps.push(renderer);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(renderer.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(renderer.dir, name), content);
  }
  const app = createTestApp();
  const server = createWebServer({ app, rendererDir: renderer.dir, token: TOKEN });
  const port = await listen(server, 0);
  const entry = { server, port, app, dir: renderer.dir };
  running.push(entry);
  return entry;
}

let shared: Promise<Running> | null = null;
const ours = () => (shared ??= start());

afterAll(async () => {
  for (const { server, app } of running) {
    await new Promise((resolve) => server.close(resolve));
    app.dispose();
  }
  temps.forEach((temp) => temp.cleanup());
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  port: number,
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: string } = {},
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

function post(port: number, channel: string, body: string, headers: Record<string, string> = {}) {
  return request(port, 'POST', `/api/${channel}`, { headers: { [TOKEN_HEADER]: TOKEN, ...headers }, body });
}

function message(reply: Reply): string {
  return (JSON.parse(reply.body) as { error: { message: string } }).error.message;
}

const SECURITY_HEADERS = {
  'content-security-policy': contentSecurityPolicy('browser'),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), geolocation=(), microphone=(self)',
};

describe('browser-mode server guards', () => {
  it('sends the same security headers with every answer: a call, a refusal, a page, a missing file, a wrong method', async () => {
    const { port } = await ours();
    const replies = [
      await post(port, 'settings:get', '{}'),
      await post(port, 'settings:get', '{}', { [TOKEN_HEADER]: 'wrong' }),
      await post(port, 'settings:get', '{}', { origin: 'https://evil.example' }),
      await request(port, 'GET', '/'),
      await request(port, 'GET', '/missing.js'),
      await request(port, 'GET', '/../secret.txt'),
      await request(port, 'POST', '/index.html'),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([200, 401, 403, 200, 404, 404, 405]);
    for (const reply of replies) expect(reply.headers).toMatchObject(SECURITY_HEADERS);
  });

  it('answers calls as uncached JSON of the stated length', async () => {
    const { port } = await ours();
    const reply = await post(port, 'settings:get', '{}');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(reply.body));
  });

  it('takes a call with an empty body as a call without input', async () => {
    const { port } = await ours();
    const reply = await post(port, 'settings:get', '');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('takes a body of exactly the limit whole, and refuses one byte more with a plain sentence', async () => {
    const { port } = await ours();
    // Padding first: a body cut short anywhere loses the closing brace and is no longer JSON.
    const exact = `${' '.repeat(MAX_BODY_BYTES - 2)}{}`;
    expect(Buffer.byteLength(exact)).toBe(MAX_BODY_BYTES);
    const taken = await post(port, 'settings:get', exact);
    expect(taken.status).toBe(200);
    const refused = await post(port, 'settings:get', ` ${exact}`);
    expect(refused.status).toBe(413);
    expect(message(refused)).toBe('The request is larger than 4 MB.');
  });

  it('says why a call is refused: the token, POST, a foreign Host', async () => {
    const { port } = await ours();
    expect(message(await post(port, 'settings:get', '{}', { [TOKEN_HEADER]: 'wrong' }))).toMatch(/needs the token/);
    const get = await request(port, 'GET', '/api/settings:get', { headers: { [TOKEN_HEADER]: TOKEN } });
    expect(message(get)).toBe('API calls must use POST.');
    const foreign = await post(port, 'settings:get', '{}', { host: 'evil.example' });
    expect(message(foreign)).toBe('Host "evil.example" is not this app\'s address.');
  });

  it('quotes at most 80 characters of a hostile Host or Origin back', async () => {
    const { port } = await ours();
    const long = `evil${'x'.repeat(5_000)}.example`;
    const host = await post(port, 'settings:get', '{}', { host: long });
    expect(host.status).toBe(403);
    expect(message(host)).toContain(`"${long.slice(0, 80)}"`);
    expect(message(host).length).toBeLessThan(140);
    const origin = await post(port, 'settings:get', '{}', { origin: `http://${long}` });
    expect(origin.status).toBe(403);
    expect(message(origin).length).toBeLessThan(140);
  });

  it('accepts its own address in any letter case, over http only', async () => {
    const { port } = await ours();
    expect((await post(port, 'settings:get', '{}', { host: `LocalHost:${port}` })).status).toBe(200);
    expect((await post(port, 'settings:get', '{}', { origin: `http://localhost:${port}` })).status).toBe(200);
    expect((await post(port, 'settings:get', '{}', { origin: `http://LOCALHOST:${port}` })).status).toBe(200);
    const https = await post(port, 'settings:get', '{}', { origin: `https://127.0.0.1:${port}` });
    expect(https.status).toBe(403);
    expect(message(https)).toContain('is not allowed');
    expect((await post(port, 'settings:get', '{}', { origin: `ws://127.0.0.1:${port}` })).status).toBe(403);
  });

  it('refuses a request without a Host header', async () => {
    const { port } = await ours();
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.[01] 403/);
    expect(raw).not.toContain('<title>Someday</title>');
  });

  it('serves files only to GET and HEAD; HEAD gives the headers without the body', async () => {
    const { port } = await ours();
    const posted = await request(port, 'POST', '/index.html');
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe('GET, HEAD');
    expect(posted.body).toBe('');
    for (const method of ['PUT', 'DELETE']) expect((await request(port, method, '/')).status).toBe(405);
    const head = await request(port, 'HEAD', '/index.html');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(RENDERER_FILES['index.html']!));
    const get = await request(port, 'GET', '/index.html');
    expect(get.body).toBe(RENDERER_FILES['index.html']);
  });

  it.each([
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/icon.png', 'image/png'],
    ['/favicon.ico', 'image/x-icon'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/grammar.json', 'application/json; charset=utf-8'],
    ['/assets/flite.wasm', 'application/wasm'],
    ['/licenses.txt', 'text/plain; charset=utf-8'],
    ['/assets/model.bin', 'application/octet-stream'],
  ])('serves %s as %s (nosniff makes the browser trust the type)', async (pathname, type) => {
    const { port } = await ours();
    const reply = await request(port, 'GET', pathname);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it('never caches the page, and caches the hashed assets for good', async () => {
    const { port } = await ours();
    expect((await request(port, 'GET', '/')).headers['cache-control']).toBe('no-store');
    expect((await request(port, 'GET', '/index.html')).headers['cache-control']).toBe('no-store');
    const asset = await request(port, 'GET', '/assets/app.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('says "Not found" in plain text for a missing file or a path outside the renderer, and 400 for a bad escape', async () => {
    const { port } = await ours();
    for (const pathname of ['/missing.js', '/%00']) {
      const reply = await request(port, 'GET', pathname);
      expect(reply.status).toBe(404);
      expect(reply.body).toBe('Not found');
    }
    expect((await request(port, 'GET', '/missing.js')).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await request(port, 'GET', '/%E0%A4%A')).status).toBe(400);
  });

  it('tells the person to build first when the renderer is not built', async () => {
    const { port } = await start({});
    const page = await request(port, 'GET', '/');
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(page.body).toBe('The renderer is not built. Run `npm run build` first.');
    expect((await request(port, 'GET', '/assets/app.js')).body).toBe('Not found');
  });

  it('fails to listen on a port already taken, with the system error', async () => {
    const { port } = await ours();
    const second = createWebServer({ app: (await ours()).app, rendererDir: (await ours()).dir, token: TOKEN });
    await expect(listen(second, port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('makes a new unguessable token each launch', () => {
    const tokens = new Set(Array.from({ length: 20 }, () => createToken()));
    expect(tokens.size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
