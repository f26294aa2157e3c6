/// <reference types="vite-plugin-pwa/client" />
// Registers the service worker that keeps the hosted app working offline (scripts/vite/offline.ts).
// In the dev server and the single file the virtual module registers nothing.
import { registerSW } from 'virtual:pwa-register';
import { createAppUpdate, type AppUpdate } from './app-update';

export function registerServiceWorker(): AppUpdate {
  const update = createAppUpdate();
  const updateServiceWorker = registerSW({
    // A new version has installed and waits: say so, and switch only when the reader asks.
    onNeedRefresh: () => update.announce(() => void updateServiceWorker(true)),
    // Working offline is an extra: without a service worker the app still works online.
    onRegisterError: () => undefined,
  });
  return update;
}
