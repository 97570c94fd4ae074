// The explorer's build: React app in web/, built to web/dist and served by the API server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:4173' } },
});
