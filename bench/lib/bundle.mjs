// Bundles the extension's own matcher, highlighter and dataset with esbuild, for use outside
// the extension: in a plain page (IIFE that sets `window.__astanaMatcher`) and in Node (ESM, for
// generating and checking the pages). Their paths come from lib/sources.mjs.
import { build } from 'esbuild';
import { ROOT, srcPath } from './sources.mjs';

// Entries are built when used, so a module that moved only breaks the bundle that needs it.
const nodeEntry = () => `
import * as matcher from '${srcPath('matcher')}';
import { dataset, aliasText } from '${srcPath('dataset')}';
export const compileMatcher = matcher.compileMatcher;
// The build-time split (virtual:astana-matcher): data out at build time, matcher revived on the page.
export const compileMatcherData = matcher.compileMatcherData;
export const matcherFromData = matcher.matcherFromData;
export { dataset, aliasText };
`;

const pageEntry = () => `
import { compileMatcher, compileMatcherData, matcherFromData } from '${srcPath('matcher')}';
import { RunCollector } from '${srcPath('runs')}';
import { findMentions, markMentions } from '${srcPath('markRun')}';
import { dataset, aliasText } from '${srcPath('dataset')}';
const api = { compileMatcher, compileMatcherData, matcherFromData, RunCollector, findMentions, markMentions, dataset, aliasText };
window.__astanaMatcher = api;
`;

async function bundle(format, platform, contents = pageEntry()) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: 'bench-entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format,
    platform,
    target: 'es2022',
    minify: format === 'iife',
    legalComments: 'none',
    logLevel: 'silent',
    // The highlighter's imports are all relative or mark.js; nothing from wxt is reached.
  });
  return result.outputFiles[0].text;
}

/** The IIFE for pages: sets window.__astanaMatcher = { compileMatcher, compileMatcherData, matcherFromData, RunCollector, findMentions, markMentions, dataset, aliasText }. */
export const browserBundle = () => bundle('iife', 'browser');

/** The matcher and dataset (no highlighter) as an ESM module for Node; returns the imported module. */
export async function importNodeMatcher() {
  const code = await bundle('esm', 'node', nodeEntry());
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return import(url);
}
