import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Import paths are relative, so a folder of src/ is named by the `../` chain that reaches it.
const BROWSER_API = '^(wxt/browser|wxt/utils/|@wxt-dev/)';
const PREACT = '^(@?preact)(/|$)';
const MARKJS = '^mark\\.js(/|$)';
const TLDTS = '^tldts(/|$)';
const folders = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

/** One entry per folder of src/: `deny` lists regular expressions over import paths. */
const BOUNDARIES = [
  {
    // Pure logic: no DOM, no browser API, no UI. Tested without a browser.
    files: ['src/core/**'],
    message: 'src/core is pure: no browser API, DOM, UI or bundle code.',
    deny: [BROWSER_API, PREACT, MARKJS, '^node:', folders('platform', 'page', 'probe', 'card', 'ui', 'background', 'popup', 'options', 'lookup', 'source', 'build')],
    noGlobals: true,
  },
  {
    files: ['src/platform/**'],
    message: 'src/platform wraps browser APIs and cross-context contracts; it never imports a bundle or UI.',
    deny: [PREACT, MARKJS, folders('page', 'probe', 'card', 'ui', 'background', 'popup', 'options', 'lookup', 'source')],
  },
  {
    // Loaded only where a name was found, but then in the page: no UI framework, no dataset, no
    // public-suffix list, no build-time compiler.
    files: ['src/page/**'],
    message: 'The page bundle stays small: no Preact, tldts, dataset, search, i18n or card code (the card script is loaded on demand).',
    deny: [
      PREACT, TLDTS,
      'core/dataset(/index)?$', 'core/search(/|$)', 'core/matcher(/index|/compile|/lookup|/alias-patterns)?$',
      'core/settings(/index|/site|/settings-file)?$', 'platform/i18n$', '(^|/)card/(?!contract$)',
      folders('ui', 'background', 'popup', 'options', 'lookup', 'source', 'build'),
    ],
  },
  {
    // Runs on every page the reader opens: a few KB, no framework, no dataset.
    files: ['src/probe/**'],
    message: 'The probe runs on every page and stays a few KB: only core/text, the probe index and platform/dom-contract.',
    deny: [PREACT, MARKJS, TLDTS, '^valibot', 'core/(?!text/|probe/)', 'platform/(?!dom-contract$)', folders('page', 'card', 'ui', 'background', 'popup', 'options', 'lookup', 'source', 'build')],
  },
  {
    files: ['src/card/**'],
    message: 'The card bundle never reaches into the page bundle: the two talk through src/card/contract.ts.',
    deny: [MARKJS, folders('page', 'probe', 'background', 'popup', 'options', 'lookup', 'source', 'build')],
  },
  {
    files: ['src/ui/**'],
    message: 'src/ui holds Preact pieces shared by the card and the extension pages; no bundle code.',
    deny: [MARKJS, folders('page', 'probe', 'card', 'background', 'popup', 'options', 'lookup', 'source', 'build')],
  },
  {
    files: ['src/background/**'],
    message: 'The background has no UI and no page code.',
    deny: [PREACT, MARKJS, folders('page', 'probe', 'card', 'ui', 'popup', 'options', 'lookup', 'source')],
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/lookup/**', 'src/source/**'],
    message: 'Extension pages use core, platform and ui; never page, card or background code.',
    deny: [MARKJS, folders('page', 'probe', 'card', 'background', 'build')],
  },
  {
    // Entrypoints only wire things up; the logic they start lives in src/.
    files: ['entrypoints/**'],
    message: 'Entrypoints wire up modules from src/; they hold no logic of their own.',
    deny: [MARKJS, '^valibot'],
  },
];

function boundaries() {
  return BOUNDARIES.map(({ files, message, deny, noGlobals }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: deny.map((regex) => ({ regex, message, allowTypeImports: true })) },
      ],
      ...(noGlobals
        ? {
            'no-restricted-globals': [
              'error',
              ...['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage', 'fetch', 'XMLHttpRequest'].map(
                (name) => ({ name, message }),
              ),
            ],
          }
        : {}),
    },
  }));
}

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-*/', '.wxt/', 'bench/results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Dataset and page text are never parsed as HTML or code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent or Preact; never parse page or dataset text as HTML.' },
        { property: 'outerHTML', message: 'Never parse page or dataset text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never parse page or dataset text as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never assign innerHTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render dataset or page text as HTML.',
        },
      ],
    },
  },
  // Bundle and feature boundaries. Each folder of src/ ends up in known bundles; these rules keep
  // what must not ride along out of them. Type-only imports erase at build time and are allowed.
  ...boundaries(),
  {
    // Tests and scripts may read serialised HTML to compare DOM states.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
);
