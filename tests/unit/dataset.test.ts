import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { loadAliasFilesFromDisk, loadDatasetFromDisk, loadSourcesFromDisk } from '../../src/build/load-dataset';
import { mergeAliasFiles } from '../../src/core/dataset/aliases';
import { AliasFileSchema, type Dataset, type SourceMeta } from '../../src/core/dataset/schema';
import { formatDatasetErrors, validateDataset, type DatasetError } from '../../src/core/dataset/validate';
import {
  dataset as bundled,
  getEntity,
  getSource,
  getSourceText,
  lookupAlias,
  quoteSpeakerName,
  quotesBySpeaker,
  shownQuoteText,
  sources as bundledSources,
} from '../../src/core/dataset';

/**
 * The data on disk as the build sees it, and the runtime registry (import.meta.glob) that
 * the extension bundles: they must be the same data.
 */

const root = process.cwd();
const FILE = 'data/astana-talks.json';
const readErrors: DatasetError[] = [];
const sources = loadSourcesFromDisk(root, readErrors);
const aliasFiles = loadAliasFilesFromDisk(root, readErrors);
const raw = JSON.parse(readFileSync(join(root, FILE), 'utf8')) as unknown;

/** The dataset file alone, validated (no alias files). */
function datasetFileOnly(): Dataset {
  const result = validateDataset({ file: FILE, data: raw, sources });
  if (!result.ok) throw new Error(formatDatasetErrors(result.errors));
  return result.dataset;
}

describe('the data on disk', () => {
  it('reads every source and alias file', () => {
    expect(formatDatasetErrors(readErrors)).toBe('');
  });

  it('validates: the dataset file with its sources', () => {
    expect(() => datasetFileOnly()).not.toThrow();
  });

  it('validates: with every alias file of data/aliases/ merged in (what the build checks)', () => {
    expect(() => loadDatasetFromDisk(root)).not.toThrow();
  });
});

describe('the runtime registry', () => {
  it('has every data/sources/*.json, so that a source added by the README steps is never "Source unknown"', () => {
    const onDisk = readdirSync(join(root, 'data/sources'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(root, 'data/sources', name), 'utf8')) as SourceMeta);
    expect(onDisk.length).toBeGreaterThan(0);
    for (const meta of onDisk) {
      expect(getSource(meta.id), meta.id).toEqual(meta);
      expect(getSourceText(meta.id), meta.id).toBe(readFileSync(join(root, 'data/sources', meta.textFile), 'utf8'));
    }
    expect(Object.keys(bundledSources).sort()).toEqual(onDisk.map((m) => m.id).sort());
  });

  it('holds the same merged dataset as the build', () => {
    // Merged with the same function the build uses, from the files read from disk; the shape
    // check only, so that this holds even while an alias file still breaks a rule.
    const files = aliasFiles.flatMap(({ file, data }) => {
      const parsed = v.safeParse(AliasFileSchema, data);
      return parsed.success ? [{ file, data: parsed.output }] : [];
    });
    expect(bundled).toEqual(mergeAliasFiles(datasetFileOnly(), files).dataset);
  });

  it('has every alias of every alias file', () => {
    for (const { data } of aliasFiles) {
      const parsed = v.safeParse(AliasFileSchema, data);
      if (!parsed.success) continue;
      for (const [id, list] of Object.entries(parsed.output.aliases ?? {})) {
        const aliases = getEntity(id)?.aliases ?? [];
        for (const entry of list) {
          const merged = aliases.find((a) => (typeof a === 'string' ? a : a.text) === entry.text);
          expect(merged, `${id}: ${entry.text}`).toBeDefined();
        }
      }
    }
  });
});

describe('lookup API', () => {
  it('getEntity', () => {
    expect(getEntity('mehmet-simsek')?.category).toBe('person');
    expect(getEntity('nobody')).toBeUndefined();
    expect(getEntity(undefined)).toBeUndefined();
  });

  it.each([
    ['Şimşek', 'mehmet-simsek'],
    ['simsek', 'mehmet-simsek'],
    ['U.N.', 'united-nations'],
    ['UN', 'united-nations'],
    ['ISIS', 'isis'],
    ['Army of Islam', 'jaish-al-islam'],
    ['Al Assad', 'bashar-al-assad'],
    ['Assad’s', 'bashar-al-assad'],
    ['Ja’afari', 'bashar-al-jaafari'],
    ['U.S.', 'united-states'],
    ['US administration', 'us-government'],
    ['Kremlin', 'russian-government'],
    ['turkey', 'turkey'],
    ['Astana talks', 'astana-talks'],
  ])('lookupAlias(%j) -> %s', (text, id) => {
    expect(lookupAlias(text)?.id).toBe(id);
  });

  it.each(['us', 'un', 'Bashar', 'Mehmet', '', 'Syrian daily'])('lookupAlias(%j) -> null', (text) => {
    expect(lookupAlias(text)).toBeNull();
  });

  it('shownQuoteText marks the words a source lost, and leaves the verbatim text alone', () => {
    const alloush = bundled.quotes.find((q) => q.id === 'alloush-afp-finish-bloodletting')!;
    expect(alloush.text).toContain('a course of to finish');
    expect(shownQuoteText(alloush)).toContain('Astana is a course of […] to finish the bloodletting');
    expect(shownQuoteText({ text: 'one two three four', gapsAfter: ['one two three', 'one'] })).toBe('one […] two three […] four');
    const other = bundled.quotes.find((q) => !q.gapsAfter)!;
    expect(shownQuoteText(other)).toBe(other.text);
  });

  it('quotesBySpeaker and quoteSpeakerName, with a speaker or with reportedBy', () => {
    const byRussianGovernment = quotesBySpeaker('russian-government');
    expect(byRussianGovernment.map((q) => quoteSpeakerName(q))).toEqual(byRussianGovernment.map(() => 'Russian government'));
    expect(quotesBySpeaker('moscow')).toEqual([]);
    const reported = bundled.quotes.filter((q) => q.speakerId === undefined);
    for (const q of reported) expect(quoteSpeakerName(q)).toBe(q.reportedBy);
  });
});
