import { applyUiLocale } from '../src/platform/ui-locale';

/**
 * Sets the extension page's `lang` and `dir` from the interface's locale. A classic script in
 * each page's <head>, so it runs before the first paint: an Arabic page never shows a left-to-right
 * frame. It holds nothing but src/platform/ui-locale.ts.
 */
export default defineUnlistedScript(() => applyUiLocale(document.documentElement));
