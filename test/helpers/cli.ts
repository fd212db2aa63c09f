import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/package-root.js';
import type { JsonReport } from '../../src/report/report-schema.js';
import { collector } from './collector.js';
import { REPORT_SCHEMA_FILE } from './report-schema.js';

export const BIN = join(packageRoot, 'bin', 'bundlelint');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The test process's environment without its colour settings (a test sets its own), and the test's variables. */
function cliEnvironment(variables: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...variables };
}

/** Runs the built executable (`npm test` builds first), as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? packageRoot,
    env: cliEnvironment(options.env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Runs the CLI's entry point, main(), in this process with the same arguments, working directory
 * and environment: what the command prints and its exit code, without starting Node and loading
 * the CLI again. For tests of what a command does; what only a process shows (that the executable
 * starts, a signal, a closed pipe) takes runCli. It changes the working directory while it runs,
 * so it serves only files that run in a process of their own (not the shared threads).
 */
export async function runMain(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const [stdout, stderr] = [collector(), collector()];
  const env = cliEnvironment(options.env);
  // The temp dir is the one thing the library takes from the process's environment (os.tmpdir()).
  const [cwd, tmp] = [process.cwd(), process.env.TMPDIR];
  process.chdir(options.cwd ?? packageRoot);
  if (env.TMPDIR !== undefined) process.env.TMPDIR = env.TMPDIR;
  try {
    const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, env });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(cwd);
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
}

const schema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Parses a JSON report and fails the test unless it matches the committed schema. */
export function parseReport(text: string): JsonReport {
  const report: unknown = JSON.parse(text);
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  return report as JsonReport;
}
