import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
