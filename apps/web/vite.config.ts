import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// API_TARGET lets a second server (another port, another data directory) back the dev server.
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/bundle-size.mjs reads it to measure the first page's JavaScript.
    manifest: true,
    // The login page must stay small; every other page is a lazy route chunk.
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
