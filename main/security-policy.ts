/**
 * The Content-Security-Policy for every page Someday serves, in Electron (app://) and in browser
 * mode (http://127.0.0.1). No inline or remote script, no eval, no plugins, no framing, no forms that
 * post anywhere; the only connection allowed is to the app's own origin in browser mode, where the
 * renderer reaches its handlers over fetch. Electron's renderer talks through IPC, so it gets none.
 */
export function contentSecurityPolicy(mode: 'electron' | 'browser'): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src ${mode === 'browser' ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
