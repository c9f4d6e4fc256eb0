import type { AliasFile, Dataset, Entity } from './schema';
import { aliasKind, aliasText } from './alias-input';

/**
 * Merging `data/aliases/<lang>.json` into the entities. Pure and browser-safe: the runtime
 * (src/core/dataset/index.ts, files found with import.meta.glob) and the build and tests
 * (src/build/load-dataset.ts, files read from disk) merge with this one function, so the
 * extension's lookups and the matcher compiled at build time see the same aliases.
 */

/** An alias file as read: its path ("data/aliases/fr.json") and its parsed, validated content. */
export interface AliasFileInput {
  file: string;
  data: AliasFile;
}

/** Where a merged alias or namesake came from: the alias file and its path inside it, e.g. `[2]`. */
export interface AliasOrigin {
  file: string;
  /** Index in the file's list for that entity: `[2]`. */
  index: number;
}

interface AliasConflict {
  origin: AliasOrigin;
  section: 'aliases' | 'namesakes';
  entityId: string;
  message: string;
}

interface MergedAliases {
  dataset: Dataset;
  /** Per entity id, parallel to the merged `aliases`: where each came from (null: the dataset file). */
  aliasOrigins: ReadonlyMap<string, readonly (AliasOrigin | null)[]>;
  /** The same for `namesakes`. */
  namesakeOrigins: ReadonlyMap<string, readonly (AliasOrigin | null)[]>;
  /** Entries that were left out because they contradict an alias already listed (same text, another kind). */
  conflicts: AliasConflict[];
}

/** The runtime trusts the files (the build validated them) but never throws on a list that is not one. */
function listOf<T>(list: readonly T[] | undefined): readonly T[] {
  return Array.isArray(list) ? list : [];
}



/**
 * The dataset with every alias file's aliases and namesakes added to their entities, in file
 * name order, each alias keeping its file's language as `lang`. An entry identical to one
 * already listed for the entity (same text and kind; for a namesake, same text) is dropped
 * silently; one with the same text and another kind is dropped and reported as a conflict.
 * Entries for unknown entities are skipped (the validator reports them).
 */
export function mergeAliasFiles(dataset: Dataset, files: readonly AliasFileInput[]): MergedAliases {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const aliasOrigins = new Map<string, (AliasOrigin | null)[]>();
  const namesakeOrigins = new Map<string, (AliasOrigin | null)[]>();
  const conflicts: AliasConflict[] = [];

  const entities = dataset.entities.map((entity): Entity => {
    const aliases = [...entity.aliases];
    const namesakes = [...(entity.namesakes ?? [])];
    const aliasFrom: (AliasOrigin | null)[] = aliases.map(() => null);
    const namesakeFrom: (AliasOrigin | null)[] = namesakes.map(() => null);

    for (const { file, data } of sorted) {
      listOf(data.aliases?.[entity.id]).forEach((entry, index) => {
        const kind = entry.kind ?? 'name';
        const same = aliases.findIndex((alias) => aliasText(alias) === entry.text);
        if (same >= 0) {
          if (aliasKind(aliases[same]!) !== kind) {
            const where = aliasFrom[same];
            conflicts.push({
              origin: { file, index },
              section: 'aliases',
              entityId: entity.id,
              message: `alias "${entry.text}" is already listed for this entity with kind "${aliasKind(aliases[same]!)}" (in ${where ? where.file : 'the dataset'}), here with kind "${kind}"`,
            });
          }
          return;
        }
        aliases.push({ text: entry.text, ...(entry.kind ? { kind: entry.kind } : {}), ...(entry.needsSupport ? { needsSupport: true as const } : {}), lang: data.language });
        aliasFrom.push({ file, index });
      });
      listOf(data.namesakes?.[entity.id]).forEach((entry, index) => {
        if (namesakes.includes(entry.text)) return;
        namesakes.push(entry.text);
        namesakeFrom.push({ file, index });
      });
    }

    aliasOrigins.set(entity.id, aliasFrom);
    namesakeOrigins.set(entity.id, namesakeFrom);
    if (aliases.length === entity.aliases.length && namesakes.length === (entity.namesakes ?? []).length) return entity;
    return { ...entity, aliases, ...(namesakes.length > 0 ? { namesakes } : {}) };
  });

  return { dataset: { ...dataset, entities }, aliasOrigins, namesakeOrigins, conflicts };
}
