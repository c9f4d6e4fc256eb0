import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadDatasetFromDisk } from './src/dataset/load-from-disk';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Astana Facts',
    description:
      'Highlights the people, groups, places and events of the January 2017 Astana talks on Syria, with sourced facts.',
    // storage: the settings. Nothing else: the content script's http(s) match patterns
    // already let the popup read the active tab's address and message its content script.
    permissions: ['storage'],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlighting on or off for the current site',
      },
    },
    // Firefox needs an explicit id for storage and for installing the unpacked build.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'astana-facts@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // A broken dataset must never ship: fail the build with the file, entry and field.
    'build:before': () => {
      loadDatasetFromDisk();
    },
  },
});
