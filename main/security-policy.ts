/**
 * The Content-Security-Policy for every page Someday serves, in Electron (app://) and in browser
 * mode (http://127.0.0.1). No inline or remote script, no eval, no plugins, no framing, no forms that
 * post anywhere. WebAssembly may be compiled ('wasm-unsafe-eval', which allows no JavaScript eval) for
 * the offline voice used in rehearsal, and the only connection allowed is to the app's own origin: in
 * browser mode for the handlers, and in both modes to fetch that voice's .wasm file from the build.
 */
export function contentSecurityPolicy(_mode: 'electron' | 'browser'): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
