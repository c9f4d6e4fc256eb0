import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { loadDatasetFromDisk } from './src/build/load-dataset';
import { compileMatcherData } from './src/core/matcher/compile';
import { buildProbeIndex } from './src/build/probe-index';

/**
 * Preact supports `dangerouslySetInnerHTML`; this extension never uses it (lint
 * forbids it), so the one place in Preact that assigns innerHTML is rewritten to
 * assign text instead. Even a mistaken use can then never parse page or dataset
 * text as HTML, and Mozilla's validator has no unsafe assignment to report.
 */
function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'astana:preact-without-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      const patched = code.replace(/\.innerHTML=/g, '.textContent=');
      // A Preact release that assigns innerHTML differently must not slip through unpatched.
      if (patched === code || patched.includes('innerHTML=')) {
        throw new Error(`astana:preact-without-innerhtml: the innerHTML assignment in ${id} was not found; update the patch for this Preact version`);
      }
      return { code: patched, map: null };
    },
  };
}

/**
 * `virtual:astana-matcher`: the name matcher compiled from data/ at build time,
 * so no page ever pays for building the pattern (tens of milliseconds) and it is
 * built exactly once per dataset version.
 */
function precompiledMatcher(): Plugin {
  const id = 'virtual:astana-matcher';
  return {
    name: 'astana:precompiled-matcher',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const { dataset } = loadDatasetFromDisk();
      return `export default ${JSON.stringify(compileMatcherData(dataset.entities))};`;
    },
  };
}

/**
 * `virtual:astana-probe-index`: the probe's fixed-size filter of name keys, built from data/ at
 * build time (src/build/probe-index.ts) and carried in the content script as base64.
 */
function probeIndex(): Plugin {
  const id = 'virtual:astana-probe-index';
  return {
    name: 'astana:probe-index',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const { dataset } = loadDatasetFromDisk();
      return `export default ${JSON.stringify(buildProbeIndex(dataset.entities).base64)};`;
    },
  };
}

/**
 * The alias files record where each spelling was seen (`seenIn`, `note`): evidence for the
 * people who review the data, which the extension never shows. Bundles carry only what it
 * uses, about a seventh of the files' size.
 */
function aliasFilesWithoutEvidence(): Plugin {
  return {
    name: 'astana:alias-files-without-evidence',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]data[\\/]aliases[\\/][^\\/]+\.json$/.test(id)) return null;
      const strip = (entries: Record<string, Record<string, unknown>[]> | undefined) =>
        Object.fromEntries(
          Object.entries(entries ?? {}).map(([entityId, list]) => [
            entityId,
            list.map(({ seenIn: _seenIn, note: _note, ...rest }) => rest),
          ]),
        );
      const file = JSON.parse(code) as { aliases?: Record<string, Record<string, unknown>[]>; namesakes?: Record<string, Record<string, unknown>[]> };
      return { code: JSON.stringify({ ...file, aliases: strip(file.aliases), namesakes: strip(file.namesakes) }), map: null };
    },
  };
}

/**
 * The head every extension page shares, written once: the charset, the blocking script that sets
 * `lang` and `dir` from the interface locale before the first paint (entrypoints/ui-locale.ts), the
 * viewport and both colour schemes. Injected after Vite's own HTML processing, so `/ui-locale.js`
 * stays a reference to the built file instead of a module to bundle.
 */
function extensionPageHead(): Plugin {
  return {
    name: 'astana:extension-page-head',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
      { tag: 'script', attrs: { src: '/ui-locale.js' }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' }, injectTo: 'head' },
    ],
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // ASTANA_OUT lets parallel builds (and their end-to-end runs) use a folder of their own.
  outDir: process.env.ASTANA_OUT ?? '.output',
  // `npm run zip` also packs the sources Mozilla's review asks for: what a rebuild needs, nothing else.
  zip: {
    excludeSources: ['**'],
    includeSources: ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'PRIVACY.md', 'entrypoints/**', 'src/**', 'data/**', 'public/**', 'assets/**', 'scripts/**'],
  },
  manifest: ({ browser }) => ({
    default_locale: 'en',
    // In the browser's language, from public/_locales/<locale>/messages.json.
    name: '__MSG_appName__',
    description: '__MSG_extensionDescription__',
    // storage: the settings. contextMenus: "Look up “selection”". activeTab: the address of
    // the tab the user is looking at when they press the shortcut or open the popup.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // The hover cards are a separate script that the content script import()s when the first
    // card is due; a content script may only import a web-accessible file. Pages can at most
    // fetch it (it holds nothing secret: the same dataset and card code as the store package),
    // and Chrome's per-session dynamic URL keeps them from probing for the extension with it.
    // WXT turns this into Firefox MV2's plain list.
    web_accessible_resources: [
      { resources: ['page.js', 'card-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleSite__',
      },
    },
    // Firefox needs an explicit id for storage and for installing the unpacked build.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'astana-facts@example.org',
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 123 is the first release with CSS light-dark(), which the cards' and pages' colours use.
        { minimum_chrome_version: '123' }),
  }),
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml(), aliasFilesWithoutEvidence(), precompiledMatcher(), probeIndex(), extensionPageHead()],
  }),
  hooks: {
    // A broken dataset must never ship: fail the build with the file, entry and field.
    'build:before': () => {
      loadDatasetFromDisk();
    },
  },
});
