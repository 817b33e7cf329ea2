import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dashboard is served by `truce serve` from dist/web; `vite dev` proxies the API to a
// running server (TRUCE_API, default http://127.0.0.1:4747).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The page may fetch only from its own server (connect-src 'self'): a small basemap piece
    // inlined as a data: address could not be fetched.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  server: {
    proxy: { '/api': process.env['TRUCE_API'] ?? 'http://127.0.0.1:4747' },
  },
});
