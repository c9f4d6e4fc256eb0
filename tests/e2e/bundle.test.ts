import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/core/dataset';

const OUTPUT = fileURLToPath(new URL(`../../${process.env.ASTANA_OUT ?? '.output'}/`, import.meta.url));
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
/**
 * Every page parses the content script (the probe): a few KB of code and its fixed-size name
 * filter. The highlighter loads only where a name was found, the cards with the first card.
 */
const CONTENT_SCRIPT_BUDGET = 16 * 1024;
/**
 * The page script: highlighter, mark.js, quote checking, hover intent. It is parsed only on
 * pages where the probe found a name; at 105 KB today (matching rules for eight languages,
 * bounded quote checking, the validated protocol), the budget leaves room for little more.
 */
const PAGE_SCRIPT_BUDGET = 120 * 1024;

const read = (build: string, file: string) => readFileSync(`${OUTPUT}${build}/${file}`, 'utf8');

describe.each(BUILDS)('the %s build', (build) => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(`${OUTPUT}${build}/manifest.json`)).toBe(true);
  });

  it(`keeps the content script within ${CONTENT_SCRIPT_BUDGET / 1024} KB, without the cards or the dataset`, () => {
    const path = `${OUTPUT}${build}/content-scripts/content.js`;
    const size = statSync(path).size;
    const content = read(build, 'content-scripts/content.js');
    console.info(`${build} content.js: ${size} B, ${gzipSync(content).length} B gzipped`);
    expect(size).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    // Neither the entities' facts and roles nor the recorded quotes: quotes come from the background.
    const entity = dataset.entities.find((e) => e.facts.length > 0)!;
    for (const text of [entity.role, entity.facts[0]!.text, dataset.quotes[0]!.venue]) expect(content).not.toContain(text);
    expect(content).not.toContain('af-card');
    // No highlighter, mark.js or quote checking in the probe.
    expect(content).not.toContain('markRanges');
    expect(content).not.toContain('get-page-setup');
  });

  it(`keeps the page script within ${PAGE_SCRIPT_BUDGET / 1024} KB, without the cards or the dataset`, () => {
    const page = read(build, 'page.js');
    console.info(`${build} page.js: ${page.length} B, ${gzipSync(page).length} B gzipped`);
    expect(page.length).toBeLessThanOrEqual(PAGE_SCRIPT_BUDGET);
    const entity = dataset.entities.find((e) => e.facts.length > 0)!;
    expect(page).not.toContain(entity.facts[0]!.text);
    expect(page).not.toContain('af-card');
  });

  it('ships the card script with the cards and the dataset, and exposes only the page and card scripts to pages', () => {
    const cardUi = read(build, 'card-ui.js');
    expect(cardUi).toContain('af-card');
    expect(cardUi).toContain(dataset.entities[0]!.role);
    const manifest = JSON.parse(read(build, 'manifest.json')) as { web_accessible_resources?: unknown };
    expect(manifest.web_accessible_resources).toEqual(
      build === 'chrome-mv3'
        ? [{ resources: ['page.js', 'card-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]
        : ['page.js', 'card-ui.js'],
    );
  });
});
