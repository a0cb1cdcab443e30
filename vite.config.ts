import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle loaded from app:// (desktop) or the web host (browser mode).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
