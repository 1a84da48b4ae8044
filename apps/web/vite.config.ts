import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = { '/api': { target: 'http://127.0.0.1:3000' } };

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // React and echarts get their own long-cached chunks. antd is left to the bundler, which
        // splits it along the lazy-loaded pages (a single antd chunk was 1 MB on first load);
        // echarts is only pulled in by the home page's chart.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|size-sensor)[\\/]/, priority: 30 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: api },
  preview: { proxy: api },
});
