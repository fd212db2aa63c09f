import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import type { JsonReport } from '../../src/report/report-schema.js';
import { REPORT_SCHEMA_FILE } from './report-schema.js';

export const BIN = join(packageRoot, 'bin', 'bundlelint');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built executable (`npm test` builds first), as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? packageRoot,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const schema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Parses a JSON report and fails the test unless it matches the committed schema. */
export function parseReport(text: string): JsonReport {
  const report: unknown = JSON.parse(text);
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  return report as JsonReport;
}
