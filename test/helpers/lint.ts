import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { writeBundle } from '../../fixtures/bundle.js';
import type { DefectName } from '../../fixtures/defects.js';
import { release, type Release } from '../../fixtures/release.js';
import { lint, type LintOptions } from '../../src/lint.js';
import { seen, type Seen } from './findings.js';

/** Lints one bundle through the library and returns its findings of one area (all by default), in report order, as tests see them. */
export async function findingsOf(path: string, options: LintOptions = {}, area = ''): Promise<Seen[]> {
  const result = await lint([path], options);
  return result.results[0]!.findings.filter((finding) => finding.ruleId.startsWith(area)).map((finding) => seen(finding));
}

/** A scratch directory for this test file, removed after it. */
export function scratchDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'bundlelint-test-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** Writes a generated bundle (default release with changes, plus defects) into `directory`. */
export async function generated(directory: string, defects: DefectName[] = [], changes: Partial<Release> = {}): Promise<string> {
  const subdirectory = join(directory, [...defects, ...Object.keys(changes)].join('+') || 'clean');
  return writeBundle(subdirectory, release(changes), defects);
}

/** The root folder of the default release's bundle. */
export const ROOT = 'corvid-nas-plugin-3.2.1-4471/';
export const DOCS = `${ROOT}corvid-nas-plugin-3.2.1-docs.zip`;
export const DEPOT = `${ROOT}CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip`;
export const VIB = `${DEPOT}!/vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib`;
export const DESCRIPTOR = `${VIB}!/descriptor.xml`;
