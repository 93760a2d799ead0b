/**
 * Browser mode: the same handlers and SQLite file behind an HTTP server for machines without the
 * Electron binary. It listens on 127.0.0.1 only; every API call needs the random token printed at
 * launch (401 otherwise); a Host or Origin that is not this server's own loopback address gets 403,
 * which stops DNS-rebinding and other sites' pages from reaching the data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { failure, type ApiResult } from '../../core/api-result';
import { API_PREFIX, DOWNLOAD_PREFIX, TOKEN_HEADER, UPLOAD_PATH } from '../../core/transport';
import { pipeline } from 'node:stream/promises';
import { SOURCE_PATTERN } from '../../core/data';
import { createPrivateFile } from '../data/private-files';
import { isEncryptedExport } from '../data/export-layers';
import type { AppContext } from '../app-context';
import { decodePath, securityHeaders, serveStatic } from './static-files';

export { API_PREFIX, TOKEN_HEADER };
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const STATUS_BY_CODE: Record<string, number> = {
  'invalid-input': 400,
  'unknown-channel': 404,
  'not-found': 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  'too-large': 413,
  locked: 423,
  'needs-passphrase': 401,
  internal: 500,
};

/**
 * How long a client may take. Node checks these only every `checkIntervalMs`, so a slow client is
 * dropped between `requestMs` and `requestMs + checkIntervalMs` after it connected. `headersMs` bounds the
 * request line and headers, `requestMs` the whole request with its body (Node's default headersTimeout
 * of 60 s and a 30 s check interval held a client trickling bytes for 65–86 s).
 */
export interface WebServerTimeouts {
  headersMs: number;
  requestMs: number;
  checkIntervalMs: number;
}

export const DEFAULT_TIMEOUTS: WebServerTimeouts = { headersMs: 20_000, requestMs: 30_000, checkIntervalMs: 1_000 };

export interface WebServerOptions {
  app: AppContext;
  rendererDir: string;
  token: string;
  /** Smaller values in tests; the defaults drop a slow client in about 30 s. */
  timeouts?: Partial<WebServerTimeouts>;
}

export function createToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, result: ApiResult<unknown>): void {
  const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 500);
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...securityHeaders(),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function checkOrigin(req: http.IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  const host = req.headers.host ?? '';
  if (!hosts.has(host.toLowerCase())) return `Host "${host.slice(0, 80)}" is not this app's address`;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.protocol !== 'http:' || !hosts.has(parsed.host.toLowerCase())) {
      return `Origin "${String(origin).slice(0, 80)}" is not allowed`;
    }
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'Cross-site requests are not allowed';
  return null;
}

/** Reads the whole body (draining, not keeping, anything past the limit) so the reply always arrives. */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function hasToken(req: http.IncomingMessage, res: http.ServerResponse, options: WebServerOptions): boolean {
  const given = req.headers[TOKEN_HEADER];
  if (typeof given === 'string' && sameToken(given, options.token)) return true;
  sendJson(res, failure('unauthorized', 'This request needs the token printed when browser mode started.'));
  return false;
}

/**
 * An export file to import, streamed to a temporary owner-only file in the data folder (no size
 * ceiling: it never sits in memory), then held for `data:import-preview` and `data:import-apply`.
 */
async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, options: WebServerOptions) {
  if (!hasToken(req, res, options)) return;
  if (req.method !== 'POST') {
    sendJson(res, failure('invalid-input', 'Uploads must use POST.'));
    return;
  }
  const { transfers } = options.app.ctx.data;
  const file = transfers.temporaryFile('upload');
  const given = [...(url.searchParams.get('name') ?? '')].filter((char) => char >= ' ' && !'/\\'.includes(char));
  const name = given.join('').slice(0, 200) || 'export';
  try {
    createPrivateFile(file);
    await pipeline(req, fs.createWriteStream(file, { flags: 'r+' }));
  } catch (error) {
    fs.rmSync(file, { force: true });
    const full = (error as NodeJS.ErrnoException).code === 'ENOSPC';
    sendJson(
      res,
      failure('internal', full ? 'The disk is full: the file could not be received.' : 'The upload did not finish.'),
    );
    return;
  }
  const bytes = fs.statSync(file).size;
  const encrypted = isEncryptedExport(file);
  sendJson(res, { ok: true, value: { source: transfers.hold(file, name, true), name, bytes, encrypted } });
}

/** A finished export, streamed to the browser's download once, then removed. The id is the key. */
function handleDownload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, options: WebServerOptions) {
  const id = decodePath(url.pathname.slice(DOWNLOAD_PREFIX.length)) ?? '';
  const { transfers } = options.app.ctx.data;
  let held: { file: string; name: string };
  try {
    if (req.method !== 'GET' || !SOURCE_PATTERN.test(id)) throw new Error('not found');
    held = transfers.find(id);
  } catch {
    res.writeHead(404, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...securityHeaders(),
    'content-type': 'application/octet-stream',
    'content-length': fs.statSync(held.file).size,
    'content-disposition': `attachment; filename="${held.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'cache-control': 'no-store',
  });
  pipeline(fs.createReadStream(held.file), res)
    .catch(() => undefined)
    .finally(() => transfers.release(id));
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, options: WebServerOptions) {
  if (!hasToken(req, res, options)) return;
  if (req.method !== 'POST') {
    sendJson(res, failure('invalid-input', 'API calls must use POST.'));
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    sendJson(res, failure('too-large', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`));
    return;
  }
  let input: unknown = undefined;
  if (body.length > 0) {
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, failure('invalid-input', 'The request body is not valid JSON.'));
      return;
    }
  }
  const channel = decodePath(url.pathname.slice(API_PREFIX.length));
  if (channel === null) {
    sendJson(res, failure('invalid-input', 'The address of this request is not valid (a broken % escape).'));
    return;
  }
  sendJson(res, await options.app.call(channel, input));
}

export function createWebServer(options: WebServerOptions): http.Server {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const serverOptions: http.ServerOptions = {
    headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: timeouts.checkIntervalMs,
  };
  const server = http.createServer(serverOptions, (req, res) => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const refusal = checkOrigin(req, port);
    if (refusal) {
      sendJson(res, failure('forbidden', `${refusal}.`));
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === UPLOAD_PATH) {
      handleUpload(req, res, url, options).catch(() => {
        if (!res.headersSent) sendJson(res, failure('internal', 'The upload could not be read.'));
      });
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PREFIX)) {
      handleDownload(req, res, url, options);
      return;
    }
    if (url.pathname.startsWith(API_PREFIX)) {
      handleApi(req, res, url, options).catch(() => {
        if (!res.headersSent) sendJson(res, failure('internal', 'The request could not be read.'));
      });
      return;
    }
    serveStatic(req, res, url, options.rendererDir);
  });
  return server;
}

export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
