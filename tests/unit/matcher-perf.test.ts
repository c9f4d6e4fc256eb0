import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher';
import { ENTITIES } from './matcher-fixtures';

const PARAGRAPH =
  "Syrian President Bashar al-Assad's envoy Bashar al-Jaafari met rebel negotiator Mohammad Alloush in " +
  "Kazakhstan's capital on Monday, while Turkey and Russia, backed by the U.N., said the talks with Hafez " +
  'al-Assad were not about ISIS. Ahmet Simsek, a banker, disagreed with Mr. Şimşek about the economy of ' +
  'the region and its many villages.\n';
/** Resolved mentions per paragraph (Hafez al-Assad and Ahmet Simsek are not). */
const PER_PARAGRAPH = 9;

describe('cost', () => {
  it('finds every name in 2 MB of text (time is printed, not asserted)', () => {
    const matcher = compileMatcher(ENTITIES);
    const repeats = Math.ceil(2_000_000 / PARAGRAPH.length);
    const text = PARAGRAPH.repeat(repeats);
    const t0 = performance.now();
    const found = matcher.find(text); // includes the JIT warming up
    const t1 = performance.now();
    matcher.find(text);
    const t2 = performance.now();
    console.log(
      `matcher: ${found.length} matches in ${(text.length / 1e6).toFixed(1)} MB: first run ${(t1 - t0).toFixed(0)} ms, ` +
        `second run ${(t2 - t1).toFixed(0)} ms`,
    );
    expect(found.length).toBe(PER_PARAGRAPH * repeats);
  });
});

const DATA = resolve(process.cwd(), 'data/astana-talks.json');

describe.runIf(existsSync(DATA))('the real dataset', () => {
  it('compiles, and matches the sample paragraph', () => {
    const entities = (JSON.parse(readFileSync(DATA, 'utf8')) as { entities: Entity[] }).entities;
    const t0 = performance.now();
    const matcher = compileMatcher(entities);
    const compileMs = performance.now() - t0;
    const aliases = entities.reduce((n, e) => n + e.aliases.length, 0);
    const text = PARAGRAPH.repeat(Math.ceil(2_000_000 / PARAGRAPH.length));
    matcher.find(text);
    const t1 = performance.now();
    const count = matcher.find(text).length;
    console.log(
      `matcher (data): ${entities.length} entities, ${aliases} aliases, ` +
        `compiled in ${compileMs.toFixed(0)} ms; 2 MB: ${count} matches, second run ${(performance.now() - t1).toFixed(0)} ms`,
    );
    expect(matcher.find(PARAGRAPH).map((m) => m.text)).toContain('Mohammad Alloush');
  });
});
