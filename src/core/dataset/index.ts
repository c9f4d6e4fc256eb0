import rawDataset from '../../../data/astana-talks.json';
import { listedAliasLookup } from '../matcher/lookup';
import { mergeAliasFiles, type AliasFileInput } from './aliases';
import type { AliasFile, Dataset, Entity, Quote, SourceMeta } from './schema';
import { aliasText } from './alias-input';
import { lostWordOffsets } from './quote-gaps';

export { aliasText };

/**
 * The runtime API over the bundled dataset. Pure and browser-safe, no Node APIs. The JSON
 * shapes are guaranteed by validate.ts, which runs in the build (wxt.config.ts) and in the
 * tests. Sources and alias files are found with Vite's import.meta.glob, so a file added to
 * data/sources/ or data/aliases/ is bundled without touching this module.
 */

/**
 * import.meta.glob is a Vite macro: Vite (the extension build, vitest) replaces the call with
 * the modules found. Bundled by another tool (the bench's esbuild bundles), the call throws;
 * the module then has no sources and no extra aliases instead of failing to load.
 */
function viteGlob<T>(found: () => Record<string, T>): Record<string, T> {
  try {
    return found();
  } catch {
    return {};
  }
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const byPath = <T>(modules: Record<string, T>): [string, T][] =>
  Object.entries(modules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const sourceMetaModules = viteGlob(() =>
  import.meta.glob<SourceMeta>('../../../data/sources/*.json', { eager: true, import: 'default' }),
);
const sourceTextModules = viteGlob(() =>
  import.meta.glob<string>('../../../data/sources/*.txt', { eager: true, query: '?raw', import: 'default' }),
);
const aliasFileModules = viteGlob(() =>
  import.meta.glob<AliasFile>('../../../data/aliases/*.json', { eager: true, import: 'default' }),
);

const aliasFiles: AliasFileInput[] = byPath(aliasFileModules).map(([path, data]) => ({
  file: `data/aliases/${fileName(path)}`,
  data,
}));

/** The dataset with the alias files merged in: the same data src/build/load-dataset.ts returns. */
export const dataset: Dataset = mergeAliasFiles(rawDataset as unknown as Dataset, aliasFiles).dataset;

/** Source metadata by id: every data/sources/*.json. */
export const sources: Readonly<Record<string, SourceMeta>> = Object.freeze(
  Object.fromEntries(byPath(sourceMetaModules).map(([, meta]) => [meta.id, meta])),
);

const sourceTexts = new Map(byPath(sourceTextModules).map(([path, text]) => [fileName(path), text]));



const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
// The same rules as the matcher's for which entity a listed alias stands for (acronyms case-sensitive).
const listed = listedAliasLookup(dataset.entities);

export function getEntity(id: string | undefined): Entity | undefined {
  return id === undefined ? undefined : byId.get(id);
}

/**
 * The entity one of whose names or aliases is `text`. Names compare with foldKey
 * (case, diacritics, hyphens, dots); acronyms are case-sensitive, dots aside
 * ("U.N." finds the United Nations, "isis" finds nothing). A trailing possessive is
 * ignored.
 */
export function lookupAlias(text: string): Entity | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const resolve = (candidate: string) => getEntity(listed.resolve(candidate)?.entityId) ?? null;
  const direct = resolve(trimmed);
  if (direct) return direct;
  const withoutPossessive = trimmed.replace(/['\u2019]s$|(?<=s)['\u2019]$/u, '');
  return withoutPossessive !== trimmed ? resolve(withoutPossessive) : null;
}

/**
 * The entity a selection wider than a name refers to ("Mr. Alloush", "ISIS fighters", "the
 * Assad regime"): the longest run of its words that is a name or alias, leftmost first.
 */
export function lookupNameWithin(text: string): Entity | null {
  const direct = lookupAlias(text);
  if (direct) return direct;
  const words = text.trim().split(/\s+/).slice(0, 12);
  for (let length = words.length; length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const candidate = words.slice(start, start + length).join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'\u2019]+$/gu, '');
      const found = candidate && lookupAlias(candidate);
      if (found) return found;
    }
  }
  return null;
}

/** Marks the place of words the source lost: "a course of […] to finish". */
const LOST_WORDS = '[…]';

/**
 * A quote's words as a reader is shown them: the verbatim text, with "[…]" where the source lost
 * words without a trace (`gapsAfter`), so a stripped gap never reads as what was said.
 */
export function shownQuoteText(quote: Pick<Quote, 'text' | 'gapsAfter'>): string {
  let text = quote.text;
  // From the last to the first, so that each offset still points into the original text.
  for (const at of lostWordOffsets(quote.text, quote.gapsAfter).reverse()) {
    text = `${text.slice(0, at)} ${LOST_WORDS}${text.slice(at)}`;
  }
  return text;
}

export function quotesBySpeaker(id: string): Quote[] {
  return dataset.quotes.filter((q) => q.speakerId === id);
}

/**
 * Who a quote is by, for display: the speaker entity's name, or, for words whose speaker is
 * no entity, who the source says reported them ("a Syrian daily whose name is missing …").
 */
export function quoteSpeakerName(quote: Quote): string | undefined {
  return getEntity(quote.speakerId)?.name ?? quote.reportedBy;
}

export function getSource(id: string): SourceMeta | undefined {
  // An id from an address or a message: "constructor" must not find Object's own property.
  return Object.hasOwn(sources, id) ? sources[id] : undefined;
}

/** The verbatim text of a source, when its text file is bundled. */
export function getSourceText(id: string): string | undefined {
  const meta = getSource(id);
  return meta ? sourceTexts.get(meta.textFile) : undefined;
}
