import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { aliasText, dataset } from '../../src/core/dataset';
import { buildPages, mentionAliases } from '../../bench/generate.mjs';

/**
 * A structural check of `npm run bench`, without timing assertions: the pages
 * generate, and a run on the report page completes and writes its results.
 */
describe('benchmark', () => {
  it('generates every bench page', () => {
    const aliases = mentionAliases(dataset, aliasText);
    const pages = buildPages({ aliases, allAliases: aliases });
    expect(Object.keys(pages).length).toBeGreaterThanOrEqual(4);
    for (const html of Object.values(pages)) expect(String(html).length).toBeGreaterThan(1000);
  });

  it('completes a run on the report page', async () => {
    const out = mkdtempSync(join(tmpdir(), 'astana-bench-'));
    try {
      const { stdout } = await promisify(execFile)('node', ['bench/run.mjs'], {
        env: { ...process.env, BENCH_PAGES: 'report', BENCH_RUNS: '1', BENCH_RESULTS_DIR: out },
        timeout: 150_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      expect(stdout).toContain('report');
      expect(existsSync(join(out, 'latest.json'))).toBe(true);
      const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as { summary: { pages: Record<string, unknown> } };
      expect(Object.keys(results.summary.pages)).toContain('report');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
