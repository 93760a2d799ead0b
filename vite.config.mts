import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The local speech recogniser's model (renderer/rehearse/speech/): SoundSwallower's US English model,
 * copied into the build under speech/en-us/ with fixed names, because the decoder asks for them by name
 * (its .wasm is emitted by Vite itself from the package's `new URL(…, import.meta.url)`). Fetched from the
 * app's own origin only when a spoken answer is first recognised.
 */
const SOUNDSWALLOWER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules', 'soundswallower');
const SPEECH_FILES: Record<string, string> = {
  ...Object.fromEntries(
    [
      'README.txt',
      'feat_params.json',
      'mdef',
      'means',
      'variances',
      'sendump',
      'transition_matrices',
      'dict.txt',
      'noisedict.txt',
    ].map((name) => [`en-us/${name}`, `model/en-us/${name}`]),
  ),
};

function speechModel(): Plugin {
  return {
    name: 'someday-speech-model',
    configureServer(server) {
      server.middlewares.use('/speech/', (req, res, next) => {
        const source = SPEECH_FILES[(req.url ?? '').replace(/^\//, '').replace(/[?#].*$/, '')];
        if (!source) return next();
        res.setHeader('content-type', source.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
        fs.createReadStream(path.join(SOUNDSWALLOWER, source)).pipe(res);
      });
    },
    generateBundle() {
      for (const [name, source] of Object.entries(SPEECH_FILES)) {
        this.emitFile({
          type: 'asset',
          fileName: `speech/${name}`,
          source: fs.readFileSync(path.join(SOUNDSWALLOWER, source)),
        });
      }
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), speechModel()],
  // The recogniser and the offline voice run in module workers (renderer/rehearse/speech, flite).
  worker: { format: 'es' },
  resolve: {
    alias: {
      'blob-polyfill': path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer/rehearse/speech/blob-shim.ts'),
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome128',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // zod and the module that switches off its eval probe share one chunk, so the switch runs
        // before any other chunk can build a schema (the CSP forbids eval; see renderer/zod-jitless.ts).
        manualChunks(id) {
          if (/[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zod-jitless\.ts$/.test(id)) return 'zod';
          return undefined;
        },
      },
    },
  },
});
