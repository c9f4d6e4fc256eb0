// What counts as the extension's code in a page's trace: every script of the built extension,
// whatever its address, and everything evaluated in the extension's isolated world.
//
// - The content script: chrome-extension://<id>/content-scripts/content.js.
// - A script it loads later with import() (the hover cards' card-ui.js, a second-stage
//   highlighter such as page.js, their chunks): a web-accessible file. With `use_dynamic_url`
//   Chrome serves it under a per-session address, chrome-extension://<random uuid>/card-ui.js,
//   and the trace uses both addresses (the request and the background parse carry the dynamic one,
//   v8.compileModule the fixed one). So any chrome-extension:// address whose path is a file of
//   the build counts, not only the extension's own origin.
// - A module's evaluation (v8.evaluateModule) carries no address at all, only the world it runs
//   in: { worldId, worldName }, and Chrome names a content script's isolated world after the
//   extension. Events in that world count too.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The extension's name as Chrome shows it (a __MSG_…__ name resolved in the default locale), and
 * every translation of it: the browser's UI language decides which one names the isolated world.
 */
export function extensionNames(extDir) {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const m = /^__MSG_(\w+)__$/.exec(manifest.name ?? '');
  if (!m) return { name: manifest.name ?? '', all: [manifest.name ?? ''] };
  const message = (locale) => {
    const file = join(extDir, '_locales', locale, 'messages.json');
    if (!existsSync(file)) return null;
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    const key = Object.keys(messages).find((k) => k.toLowerCase() === m[1].toLowerCase());
    return key ? messages[key].message : null;
  };
  const locales = existsSync(join(extDir, '_locales')) ? readdirSync(join(extDir, '_locales')) : [];
  const name = message(manifest.default_locale ?? 'en') ?? manifest.name;
  return { name, all: [...new Set([name, ...locales.map(message).filter(Boolean)])] };
}

export const extensionName = (extDir) => extensionNames(extDir).name;

/**
 * @param {{ extDir: string, extensionId: string }} o
 * @returns {{ origin: string, worldName: string, isExtensionUrl: (url: string) => boolean,
 *   isExtensionEvent: (e: object, url: string) => boolean, pathOf: (url: string) => string | null }}
 */
export function extensionAttribution({ extDir, extensionId }) {
  const origin = `chrome-extension://${extensionId}/`;
  const { name: worldName, all: worldNames } = extensionNames(extDir);
  const worlds = new Set(worldNames.filter(Boolean));
  const known = new Map();
  /** The file path of an extension address ("card-ui.js"), or null when it is not one of the build's files. */
  const pathOf = (url) => {
    if (!url || !url.startsWith('chrome-extension://')) return null;
    let path;
    try {
      path = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
    } catch {
      return null;
    }
    if (url.startsWith(origin)) return path;
    if (!known.has(path)) known.set(path, path !== '' && !path.includes('..') && existsSync(join(extDir, path)));
    return known.get(path) ? path : null;
  };
  const isExtensionUrl = (url) => pathOf(url) != null;
  const isExtensionEvent = (e, url) => isExtensionUrl(url) || (e.args?.worldName != null && worlds.has(e.args.worldName));
  return { origin, worldName, isExtensionUrl, isExtensionEvent, pathOf };
}
