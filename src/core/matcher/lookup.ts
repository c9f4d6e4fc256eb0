/**
 * Decides, at build time, which entity each alias stands for, and finds aliases that two
 * entities claim. Names are keyed by `foldKey`; acronyms by their exact letters, so that
 * they stay case-sensitive ("ISIS" resolves, "Isis" does not).
 */
import type { AliasInput, AliasKind, Entity } from '../dataset/schema';
import { acronymKey, foldKey } from '../text/fold';
import type { MatchTarget } from './types';

export interface AliasSpec {
  text: string;
  kind: AliasKind;
  ambiguous: boolean;
  /** The language the alias is written in, when the data says (aliases from data/aliases/<lang>.json). */
  lang?: string | undefined;
  /** A declared namesake: matched only so that it consumes its text. */
  namesake?: boolean;
  /** Counts only in a paragraph that names something else of the dataset. */
  needsSupport?: boolean;
}

/** The entity's aliases as specs, with its `name` added as a `name` alias when the data does not list it. */
export function aliasSpecs(entity: Entity, fold: (text: string) => string): AliasSpec[] {
  const specs = entity.aliases.map((alias: AliasInput): AliasSpec =>
    typeof alias === 'string'
      ? { text: alias, kind: 'name', ambiguous: false }
      : { text: alias.text, kind: alias.kind ?? 'name', ambiguous: false, lang: alias.lang, ...(alias.needsSupport ? { needsSupport: true } : {}) },
  );
  const nameKey = fold(entity.name);
  if (!specs.some((s) => fold(s.text) === nameKey)) {
    specs.unshift({ text: entity.name, kind: 'name', ambiguous: false });
  }
  return specs;
}

/**
 * The aliases the data lists (each entity's name included), decided as the matcher decides them.
 * The lookup page resolves a selection with it; the matcher adds its derived forms on top.
 */
export function listedAliasLookup(entities: readonly Entity[]): AliasLookup {
  const lookup = new AliasLookup();
  lookup.addExplicit(entities.flatMap((entity) => aliasSpecs(entity, foldKey).map((spec) => ({ entity, spec }))));
  return lookup;
}

interface Claim {
  entity: Entity;
  spec: AliasSpec;
}

/** Builds the two lookup maps. Feed explicit aliases first, then namesakes, then generated variants. */
export class AliasLookup {
  private readonly names = new Map<string, MatchTarget | null>();
  private readonly acronyms = new Map<string, MatchTarget | null>();
  /** Every fold key claimed by an explicit alias or a namesake. */
  private readonly taken = new Set<string>();

  /**
   * Registers the aliases listed in the data (entity names included). Throws when two
   * entities claim the same fold key (the dataset validator reports it first, with the file).
   * A text that must never resolve is a namesake, not an alias.
   */
  addExplicit(claims: readonly Claim[]): void {
    const byKey = groupByKey(claims);
    for (const [key, group] of byKey) {
      const owners = distinctEntities(group);
      if (owners.length > 1) {
        const plain = group.find((c) => !c.spec.ambiguous);
        if (plain) {
          const other = group.find((c) => c.entity.id !== plain.entity.id)!;
          throw new Error(
            `Alias "${plain.spec.text}" of entity "${plain.entity.id}" and alias "${other.spec.text}" of entity ` +
              `"${other.entity.id}" fold to the same key "${key}"; keep it on one entity only.`,
          );
        }
      }
      const target = owners.length === 1 && !group.some((c) => c.spec.ambiguous) ? toTarget(group[0]!) : null;
      this.taken.add(key);
      const nameClaim = group.find((c) => c.spec.kind !== 'acronym');
      if (nameClaim) this.names.set(key, target && toTarget(nameClaim));
      for (const c of group) {
        if (c.spec.kind === 'acronym') this.acronyms.set(acronymKey(c.spec.text), target && toTarget(c));
      }
    }
  }

  /** A namesake consumes its text but resolves to null; returns false when an alias already owns the key. */
  addNamesake(text: string): boolean {
    const key = foldKey(text);
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    this.names.set(key, null);
    return true;
  }

  /**
   * Variants the matcher derives itself ("Assad" from "al-Assad"). A variant never overrides a
   * listed alias or namesake; one derived by two entities resolves to null. Returns the claims
   * that should go into the pattern.
   */
  addDerived(claims: readonly Claim[]): Claim[] {
    const kept: Claim[] = [];
    for (const [key, group] of groupByKey(claims)) {
      if (this.taken.has(key)) continue;
      const owners = distinctEntities(group);
      const target = owners.length === 1 && !group.some((c) => c.spec.ambiguous) ? toTarget(group[0]!) : null;
      this.names.set(key, target);
      kept.push(...group);
    }
    return kept;
  }

  /** The target of a text written as an alias: acronyms first (case-sensitive), then names. */
  resolve(text: string): MatchTarget | null {
    const acronym = this.acronyms.get(acronymKey(text));
    if (acronym !== undefined) return acronym;
    return this.names.get(foldKey(text)) ?? null;
  }
}

function groupByKey(claims: readonly Claim[]): Map<string, Claim[]> {
  const byKey = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = foldKey(claim.spec.text);
    if (key === '') throw new Error(`Alias "${claim.spec.text}" of entity "${claim.entity.id}" is empty once folded.`);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = []));
    group.push(claim);
  }
  return byKey;
}

function distinctEntities(group: readonly Claim[]): string[] {
  return [...new Set(group.map((c) => c.entity.id))];
}

function toTarget(claim: Claim): MatchTarget {
  return Object.freeze({ entityId: claim.entity.id, category: claim.entity.category, alias: claim.spec.text });
}
