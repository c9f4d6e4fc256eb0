/**
 * Builds the probe's Bloom filter from the dataset: the key of every written form the matcher
 * compares (each alias, its forms without "al-", its undotted acronym). Runs at build time.
 */
import type { Entity } from '../core/dataset/schema';
import { foldKey } from '../core/text/fold';
import { aliasSpecs, withoutArticles } from '../core/matcher/alias-patterns';
import { bloomAdd, emptyBloom } from '../core/probe/bloom';
import { formKey } from '../core/probe/index-keys';

export function probeKeys(entities: readonly Entity[]): Set<string> {
  const keys = new Set<string>();
  for (const entity of entities) {
    const place = entity.category === 'place';
    for (const spec of aliasSpecs(entity, foldKey)) {
      const acronym = spec.kind === 'acronym';
      const texts = acronym ? [spec.text] : [spec.text, ...withoutArticles(spec.text)];
      for (const text of texts) {
        const key = formKey(text, acronym, place);
        if (key) keys.add(key);
      }
    }
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
