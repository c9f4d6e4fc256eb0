// @vitest-environment node
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLocales, LOCALES_DIR } from '../../../scripts/check-locales.mjs';

type Report = { errors: string[]; warnings: string[]; keys: number; locales: string[] };
const check = checkLocales as (options?: { dir?: string; locales?: string[] }) => Report;

/** The seven interface languages of the extension. */
const LOCALES = ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr'];

describe('public/_locales', () => {
  it('holds the seven interface languages', () => {
    expect(readdirSync(LOCALES_DIR as string).sort()).toEqual(LOCALES);
  });

  it('every locale has exactly the keys, placeholders and descriptions of en', () => {
    const report = check();
    expect(report.locales).toEqual(LOCALES.filter((locale) => locale !== 'en'));
    expect(report.errors).toEqual([]);
  });
});

describe('scripts/check-locales.mjs', () => {
  let dir: string;
  const write = (locale: string, messages: Record<string, unknown>) => {
    mkdirSync(join(dir, locale), { recursive: true });
    writeFileSync(join(dir, locale, 'messages.json'), JSON.stringify(messages, null, 2));
  };
  const en = {
    uiLocale: { message: 'en', description: 'Locale.' },
    searchNoMatch: { message: 'No match for “$QUERY$”.', description: 'No match.', placeholders: { query: { content: '$1' } } },
  };
  const de = {
    uiLocale: { message: 'de', description: 'Locale.' },
    searchNoMatch: { message: 'Kein Treffer für „$QUERY$“.', description: 'No match.', placeholders: { query: { content: '$1' } } },
  };
  const setUp = () => {
    dir = mkdtempSync(join(tmpdir(), 'astana-locales-'));
    write('en', en);
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a complete locale', () => {
    setUp();
    write('de', de);
    expect(check({ dir }).errors).toEqual([]);
  });

  it('fails a locale that lacks a key of en', () => {
    setUp();
    write('de', { uiLocale: de.uiLocale });
    expect(check({ dir }).errors).toEqual(['de searchNoMatch: missing']);
  });

  it('fails a placeholder that differs from en', () => {
    setUp();
    write('de', { ...de, searchNoMatch: { ...de.searchNoMatch, message: 'Kein Treffer für „$SUCHE$“.' } });
    expect(check({ dir }).errors.join('\n')).toMatch(/de searchNoMatch: placeholder tokens \["\$SUCHE\$"\], en has \["\$QUERY\$"\]/);
    write('de', { ...de, searchNoMatch: { ...de.searchNoMatch, placeholders: { query: { content: '$2' } } } });
    expect(check({ dir }).errors.join('\n')).toMatch(/de searchNoMatch: placeholders differ from en/);
  });

  it('fails a locale whose uiLocale is not its folder, and a key en does not have', () => {
    setUp();
    write('de', { ...de, uiLocale: { ...de.uiLocale, message: 'en' }, extra: { message: 'x', description: 'x' } });
    expect(check({ dir }).errors).toEqual(['de extra: not in en', 'de uiLocale: must be "de", the name of its folder']);
  });

  it('fails a duplicate key, which JSON.parse would silently merge', () => {
    setUp();
    mkdirSync(join(dir, 'de'));
    const text = JSON.stringify(de, null, 2).replace('{\n', `{\n  "searchNoMatch": ${JSON.stringify(de.searchNoMatch)},\n`);
    writeFileSync(join(dir, 'de', 'messages.json'), text);
    expect(check({ dir }).errors).toEqual(['de searchNoMatch: duplicate key']);
  });

  it('keeps the project en file readable by the extension', () => {
    const messages = JSON.parse(readFileSync(join(LOCALES_DIR as string, 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(messages.uiLocale?.message).toBe('en');
  });
});
