import type { AliasInput, AliasKind } from './schema';

/** The text of an alias as the data writes it: a plain string, or an object with `text`. */
export function aliasText(alias: AliasInput): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** What kind of alias it is; a plain string is a name. */
export function aliasKind(alias: AliasInput): AliasKind {
  return typeof alias === 'string' ? 'name' : (alias.kind ?? 'name');
}
