/**
 * SoundSwallower's web build imports `Blob` from blob-polyfill, a shim for old browsers that touches
 * `document` when it loads, which a Web Worker does not have. Chromium has Blob built in, so the build
 * points that import here instead (vite.config.mts, resolve.alias).
 */
export const Blob = globalThis.Blob;
