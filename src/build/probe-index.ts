/**
 * Builds the probe's Bloom filter from the dataset: the keys of every text the matcher compiles
 * into forms (src/core/matcher/compile.ts `formTexts`: each alias, its forms with "al-" left out
 * or swapped, each surname after the person's own given names), so that the probe knows every
 * name the matcher can find. Namesakes never highlight anything and are left out. Runs at build time.
 */
import type { Entity } from '../core/dataset/schema';
import { formTexts } from '../core/matcher/compile';
import { bloomAdd, emptyBloom } from '../core/probe/bloom';
import { formKeys } from '../core/probe/index-keys';

export function probeKeys(entities: readonly Entity[]): Set<string> {
  const keys = new Set<string>();
  for (const { spec, category } of formTexts(entities)) {
    if (category === null) continue;
    for (const key of formKeys(spec.text, spec.kind === 'acronym', category === 'place')) keys.add(key);
  }
  return keys;
}

/** The filter as base64, the form the probe's bundle carries it in. */
export function buildProbeIndex(entities: readonly Entity[]): { base64: string; keys: number } {
  const bits = emptyBloom();
  const keys = probeKeys(entities);
  for (const key of keys) bloomAdd(bits, key);
  return { base64: Buffer.from(bits).toString('base64'), keys: keys.size };
}
