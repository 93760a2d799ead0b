import { defineConfig } from 'vite';

// The sandboxed preload can require only 'electron', so it is bundled into one CommonJS file.
export default defineConfig({
  build: {
    outDir: 'dist/preload',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    lib: { entry: 'preload/preload.ts', formats: ['cjs'], fileName: () => 'preload.js' },
    rollupOptions: { external: ['electron'] },
  },
});
