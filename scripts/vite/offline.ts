// The hosted app keeps working with no network after a first visit: a Workbox service worker
// (vite-plugin-pwa, generateSW) precaches the page, its script and stylesheet, and the built-in
// catalogue and register. A new version waits until the reader chooses to reload
// (src/ui/offline/), so nobody is trapped on an old version or reloaded mid-task.
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export const offlinePlugins = ({ disable }: { disable: boolean }): PluginOption[] => [
  VitePWA({
    // Off in the single file (file:// cannot register a service worker); the virtual module
    // `virtual:pwa-register` then registers nothing, there and in the dev server.
    disable,
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,json}'],
      // Any address of the app (any query string: every link is a view) opens the cached page.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Generated inline, so the worker needs no workbox-*.js file beside it.
      inlineWorkboxRuntime: true,
    },
  }),
];
