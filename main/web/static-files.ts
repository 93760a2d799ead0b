/**
 * Browser mode's answers that are not the API: the built renderer's files, and the headers every answer
 * carries (the same Content-Security-Policy as the desktop, no sniffing, no referrer, no framing).
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy } from '../security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy('browser'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), geolocation=(), microphone=(self)',
  };
}

/** A path with its %-escapes decoded, or null when an escape is malformed (`%`, `%zz`, half a UTF-8 sequence). */
export function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL, rendererDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...securityHeaders(), allow: 'GET, HEAD' }).end();
    return;
  }
  let relative = decodePath(url.pathname);
  if (relative === null) {
    res.writeHead(400, securityHeaders()).end();
    return;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  if (!file.startsWith(root + path.sep) || relative.includes('\0')) {
    res.writeHead(404, securityHeaders()).end('Not found');
    return;
  }
  fs.readFile(file, (error, data) => {
    if (error) {
      const missing = relative === '/index.html';
      res
        .writeHead(404, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' })
        .end(missing ? 'The renderer is not built. Run `npm run build` first.' : 'Not found');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': relative === '/index.html' ? 'no-store' : 'public, max-age=31536000, immutable',
      'content-length': data.length,
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
}
