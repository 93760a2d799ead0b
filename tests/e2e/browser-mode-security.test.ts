import { openWithKey } from '../helpers/protected-folder';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startBrowserMode, type BrowserModeServer } from '../helpers/browser-mode';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RawRequest {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

function send(server: BrowserModeServer, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: request.path,
        method: request.method ?? 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', ...request.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

function apiCall(server: BrowserModeServer, channel: string, body: string, headers: Record<string, string> = {}) {
  return send(server, {
    path: `/api/${channel}`,
    body,
    headers: { 'x-someday-token': server.token, ...headers },
  });
}

function errorCode(response: RawResponse): string {
  const parsed = JSON.parse(response.body) as { ok: boolean; error?: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  expect(typeof parsed.error?.message).toBe('string');
  return parsed.error?.code ?? '';
}

function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('browser-mode server through the real CLI', () => {
  let server: BrowserModeServer;

  beforeAll(async () => {
    server = await startBrowserMode();
  });

  afterAll(async () => {
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });

  it('prints the address with the token in the fragment only', () => {
    expect(server.stdoutLines).toHaveLength(1);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{20,}$/);
  });

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const missing = await send(server, { path: '/api/app:info', body: '{}' });
    expect(missing.status).toBe(401);
    expect(errorCode(missing)).toBe('unauthorized');
    const wrong = await apiCall(server, 'app:info', '{}', { 'x-someday-token': `${server.token}x` });
    expect(wrong.status).toBe(401);
    expect(errorCode(wrong)).toBe('unauthorized');
  });

  it('refuses a foreign Host header and a foreign Origin (403)', async () => {
    const host = await apiCall(server, 'app:info', '{}', { host: `evil.example:${server.port}` });
    expect(host.status).toBe(403);
    expect(errorCode(host)).toBe('forbidden');
    const origin = await apiCall(server, 'app:info', '{}', { origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(errorCode(origin)).toBe('forbidden');
    const page = await send(server, { path: '/', method: 'GET', headers: { host: 'rebind.example' } });
    expect(page.status).toBe(403);
  });

  it('answers with the token (200) and serves the page under a strict CSP', async () => {
    const response = await apiCall(server, 'app:info', '{}', { origin: server.origin });
    expect(response.status).toBe(200);
    const parsed = JSON.parse(response.body) as { ok: boolean; value: { mode: string; dataDir: string } };
    expect(parsed.ok).toBe(true);
    expect(parsed.value.mode).toBe('browser');
    expect(parsed.value.dataDir).toBe(server.dataDir);

    const page = await send(server, { path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.body).not.toMatch(/<style|\sstyle=/);
    expect(page.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("style-src 'self'");
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(await tryConnect('127.0.0.1', server.port)).toBe('connected');
    expect(await tryConnect('127.0.0.2', server.port)).not.toBe('connected');
    expect(await tryConnect('::1', server.port)).not.toBe('connected');
  });

  it('answers an unknown channel with 404 in the one error shape', async () => {
    const response = await apiCall(server, 'contacts:explode', '{}');
    expect(response.status).toBe(404);
    expect(errorCode(response)).toBe('unknown-channel');
  });

  it('answers malformed JSON with 400 and writes nothing', async () => {
    const response = await apiCall(server, 'contacts:create', '{"name": "Half a contact"');
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('invalid-input');
    const list = await apiCall(server, 'contacts:list', '{}');
    expect(JSON.parse(list.body)).toMatchObject({ ok: true, value: { total: 0, items: [] } });
  });

  it('exits 0 on SIGTERM, having printed one line, and leaves a clean database', async () => {
    const created = await apiCall(server, 'contacts:create', JSON.stringify({ name: 'Grace Liu' }));
    expect(created.status).toBe(200);

    expect(await server.stop()).toBe(0);
    expect(server.stdoutLines).toHaveLength(1);
    expect(server.stderr()).toContain('SIGTERM');

    const file = path.join(server.dataDir, 'someday.sqlite');
    const wal = `${file}-wal`;
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    const db = openWithKey(server.dataDir, file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT name FROM contacts').all()).toEqual([{ name: 'Grace Liu' }]);
    } finally {
      db.close();
    }
  });
});
