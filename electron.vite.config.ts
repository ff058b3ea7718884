// Three builds: the main process, one CommonJS preload (a sandboxed preload
// cannot load ESM or require anything but 'electron'), and the renderer, which
// is also served on its own as the web build (`npm run web`).
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy } from './src/shared/csp'

export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
    resolve: { alias: { '@shared': resolve('src/shared') } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].js' } },
    },
    resolve: { alias: { '@shared': resolve('src/shared') } },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    // Minified: electron-vite leaves the renderer readable by default, and its size is load time.
    build: { outDir: 'out/renderer', minify: true },
    resolve: {
      alias: {
        '@shared': resolve('src/shared'),
        '@renderer': resolve('src/renderer/src'),
        // The Markdown parser's entity decoder has a browser build that needs
        // `document`, which the import worker does not have; the plain one runs anywhere.
        'decode-named-character-reference': resolve('node_modules/decode-named-character-reference/index.js'),
      },
    },
    // The import worker imports pdf.js, which splits into chunks: only ES module workers can.
    worker: { format: 'es' },
    plugins: [
      react(),
      {
        // The strict CSP goes into the built page only: Vite's dev server
        // needs an inline preamble script for hot reload.
        name: 'workbench-csp',
        apply: 'build',
        transformIndexHtml: (html) =>
          html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
          ),
      },
    ],
  },
})
