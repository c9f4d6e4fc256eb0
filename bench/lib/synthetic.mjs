// A synthetic dataset for the scale figures: the real entities plus generated ones, 10,000
// entities and 40,000 alias strings in all. Bench-only; never shipped, never validated by the build.
import { rng } from '../generate.mjs';

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'h', 'k', 'kh', 'l', 'm', 'n', 'p', 'r', 's', 'sh', 't', 'v', 'z', 'zh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 'm', 'k', 's', 'v', 'd'];
const TITLES = ['Minister', 'General', 'Colonel', 'Ambassador', 'Governor', 'Senator', 'Commander', 'Envoy'];
const CATEGORIES = ['person', 'group', 'organization', 'place', 'event'];

function word(next, syllables) {
  let w = '';
  for (let i = 0; i < syllables; i++) {
    w += ONSETS[Math.floor(next() * ONSETS.length)] + VOWELS[Math.floor(next() * VOWELS.length)];
    if (i === syllables - 1 || next() < 0.3) w += CODAS[Math.floor(next() * CODAS.length)];
  }
  return w[0].toUpperCase() + w.slice(1);
}

/** @param {{ entities: object[] }} real the bundled dataset */
export function syntheticDataset(real, { entities = 10_000, aliases = 40_000 } = {}) {
  const next = rng(42);
  const out = [...real.entities];
  let aliasCount = real.entities.reduce((n, e) => n + e.aliases.length, 0);
  const used = new Set();
  const unique = (make) => {
    for (;;) {
      const text = make();
      if (!used.has(text)) {
        used.add(text);
        return text;
      }
    }
  };
  const toMake = entities - out.length;
  for (let i = 0; i < toMake; i++) {
    const given = word(next, 2);
    const surname = unique(() => word(next, 3));
    const name = `${given} ${surname}`;
    const list = [name, `${given[0]}. ${surname}`, `${TITLES[i % TITLES.length]} ${surname}`, { text: surname, kind: 'surname' }];
    // Spread the remainder over the first entities so the total is exactly `aliases`.
    const remaining = aliases - aliasCount - (toMake - i) * 4;
    if (remaining > 0) list.push(`${given} ${surname} Jr.`);
    aliasCount += list.length;
    out.push({ id: `syn-${i}`, name, category: CATEGORIES[i % CATEGORIES.length], role: 'Synthetic entity for the scale bench', aliases: list, facts: [] });
  }
  return { version: 1, entities: out, quotes: [], aliasCount };
}
