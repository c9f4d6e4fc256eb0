import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dataset, Source } from '../core/dataset/schema';
import { formatDatasetErrors, validateDataset, validateSourceMeta, type DatasetError } from '../core/dataset/validate';

/**
 * Node-only: reads `data/`, validates it and returns it (with the alias files merged in),
 * or throws an Error whose message lists every problem as `file: entry: field: message`.
 * Used by the `build:before` hook and the precompiled matcher in wxt.config.ts, and by the
 * tests. The runtime finds the same files with import.meta.glob (src/core/dataset/index.ts).
 */

const DATASET_FILE = 'data/astana-talks.json';
const SOURCES_DIR = 'data/sources';
const ALIASES_DIR = 'data/aliases';

function readJson(root: string, file: string, errors: DatasetError[]): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
  } catch (error) {
    errors.push({
      file,
      entry: 'file',
      field: '(json)',
      message: `cannot read JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

/** Reads every `data/sources/*.json` with its text file. Problems are appended to `errors`. */
export function loadSourcesFromDisk(root: string, errors: DatasetError[]): Source[] {
  const dir = join(root, SOURCES_DIR);
  if (!existsSync(dir)) {
    errors.push({ file: SOURCES_DIR, entry: 'sources', field: '(directory)', message: 'directory is missing' });
    return [];
  }
  const sources: Source[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = `${SOURCES_DIR}/${name}`;
    const data = readJson(root, file, errors);
    if (data === undefined) continue;
    const result = validateSourceMeta({ file, data });
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const meta = result.meta;
    if (basename(name, '.json') !== meta.id) {
      errors.push({ file, entry: meta.id, entryKind: 'source', field: 'id', message: `must match the file name "${name}"` });
    }
    if (meta.textFile.includes('/') || meta.textFile.includes('\\')) {
      errors.push({ file, entry: meta.id, entryKind: 'source', field: 'textFile', message: 'must be a file name next to the metadata file' });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(join(dir, meta.textFile), 'utf8');
    } catch {
      errors.push({
        file,
        entry: meta.id,
        entryKind: 'source',
        field: 'textFile',
        message: `cannot read ${SOURCES_DIR}/${meta.textFile}`,
      });
      continue;
    }
    sources.push({ ...meta, text });
  }
  return sources;
}

/**
 * Reads every `data/aliases/*.json` as parsed JSON (validated later, with the dataset). A
 * missing folder means no extra aliases; a file that is not JSON is an error.
 */
export function loadAliasFilesFromDisk(root: string, errors: DatasetError[]): { file: string; data: unknown }[] {
  const dir = join(root, ALIASES_DIR);
  if (!existsSync(dir)) return [];
  const files: { file: string; data: unknown }[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = `${ALIASES_DIR}/${name}`;
    const data = readJson(root, file, errors);
    if (data !== undefined) files.push({ file, data });
  }
  return files;
}

export function loadDatasetFromDisk(root: string = process.cwd()): { dataset: Dataset; sources: Source[] } {
  const errors: DatasetError[] = [];
  const sources = loadSourcesFromDisk(root, errors);
  const aliasFiles = loadAliasFilesFromDisk(root, errors);
  const data = readJson(root, DATASET_FILE, errors);
  if (data !== undefined) {
    const result = validateDataset({ file: DATASET_FILE, data, sources, sourcesDir: SOURCES_DIR, aliasFiles });
    if (!result.ok) errors.push(...result.errors);
    else if (errors.length === 0) return { dataset: result.dataset, sources };
  }
  throw new Error(formatDatasetErrors(errors));
}
