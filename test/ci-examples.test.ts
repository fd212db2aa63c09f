/**
 * The README's CI examples (docs/ci/), run as written: each shell step of the GitHub workflow
 * and of the GitLab job, in a folder laid out as a partner's repository with a bundle in dist/.
 * The install step is the one thing not run here (it needs the registry, and tests stay
 * offline): the package test installs the packed tarball the same way, --omit=optional too;
 * here node_modules/.bin/bundlelint is this checkout's.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/package-root.js';
import { parseSarif } from './helpers/sarif.js';
import { generated, scratchDirectory } from './helpers/lint.js';

const INSTALL = 'npm install --no-save --no-package-lock --omit=optional "$BUNDLELINT"';

/** The shell commands of a workflow's `run:` steps, or a GitLab job's `script:` items, in order. */
function shellSteps(yaml: string): string[] {
  return [...yaml.matchAll(/^\s+(?:run: |- (?=npm |npx ))(.+)$/gm)].map((match) => match[1]!);
}

function example(name: string): string {
  return readFileSync(join(packageRoot, 'docs', 'ci', name), 'utf8');
}

describe('the CI examples', () => {
  const directory = scratchDirectory();
  const repository = join(directory, 'partner');
  beforeAll(async () => {
    const bundle = await generated(directory, ['crc-flip', 'symlink']);
    mkdirSync(join(repository, 'dist'), { recursive: true });
    copyFileSync(bundle, join(repository, 'dist', 'corvid-nas-plugin-3.2.1-4471.zip'));
    mkdirSync(join(repository, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(packageRoot, join(repository, 'node_modules', 'bundlelint'));
    symlinkSync(join(packageRoot, 'bin', 'bundlelint'), join(repository, 'node_modules', '.bin', 'bundlelint'));
  });

  /** Runs one step as the CI runner would: bash in the repository's root. */
  const step = (command: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync('bash', ['-c', command], { cwd: repository, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });

  it('are shown in the README as they are in docs/ci/', () => {
    const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
    for (const name of ['github-actions.yml', 'gitlab-ci.yml']) expect(readme).toContain(`\`\`\`yaml\n${example(name)}\`\`\``);
  });

  it('GitHub Actions: annotations in the log, the counts in the job summary, SARIF for code scanning', () => {
    const steps = shellSteps(example('github-actions.yml'));
    expect(steps[0]).toBe(INSTALL);
    expect(steps).toHaveLength(2);
    const summary = join(directory, 'summary.md');
    writeFileSync(summary, '');
    const run = step(steps[1]!, { GITHUB_STEP_SUMMARY: summary });
    // An error finding fails the step; the upload step runs anyway (if: !cancelled()).
    expect([run.status, run.stderr]).toEqual([1, '']);
    expect(run.stdout.split('\n')).toEqual([
      '::error file=dist/corvid-nas-plugin-3.2.1-4471.zip,title=archive/integrity::corvid-nas-plugin-3.2.1-4471/corvid-nas-plugin-3.2.1-docs.zip!/EULA.txt: EULA.txt is corrupt: its data has CRC-32 414e2960 but its header says 414e2961; rebuild the archive from the original files',
      '::warning file=dist/corvid-nas-plugin-3.2.1-4471.zip,title=archive/symlink::corvid-nas-plugin-3.2.1-4471/latest is a symbolic link to "/opt/corvid/build/out/latest", which bundlelint does not follow and which may point outside the extracted bundle; ship the file itself',
      'bundlelint: 1 error, 1 warning, 0 infos in 1 bundle',
      '',
    ]);
    expect(readFileSync(summary, 'utf8')).toContain('| dist/corvid-nas-plugin-3.2.1-4471.zip | 1 | 1 | 0 | 0 |');
    const sarif = parseSarif(readFileSync(join(repository, 'bundlelint.sarif'), 'utf8'));
    expect(sarif.runs[0]!.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['archive/integrity', 'dist/corvid-nas-plugin-3.2.1-4471.zip'],
      ['archive/symlink', 'dist/corvid-nas-plugin-3.2.1-4471.zip'],
    ]);
  });

  it('GitLab CI: Code Quality, JUnit and the HTML page as artifacts, the text report in the log', () => {
    const steps = shellSteps(example('gitlab-ci.yml'));
    expect(steps[0]).toBe(INSTALL);
    expect(steps).toHaveLength(2);
    const run = step(steps[1]!);
    expect([run.status, run.stderr, run.stdout.split('\n').at(-2)]).toEqual([1, '', '✖ 2 problems (1 error, 1 warning, 0 infos) in 1 bundle']);
    const quality = JSON.parse(readFileSync(join(repository, 'gl-code-quality.json'), 'utf8')) as { check_name: string; severity: string; location: { path: string } }[];
    expect(quality.map((issue) => [issue.check_name, issue.severity, issue.location.path])).toEqual([
      ['archive/integrity', 'major', 'dist/corvid-nas-plugin-3.2.1-4471.zip'],
      ['archive/symlink', 'minor', 'dist/corvid-nas-plugin-3.2.1-4471.zip'],
    ]);
    expect(readFileSync(join(repository, 'junit.xml'), 'utf8')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="bundlelint" tests="\d+" failures="1" errors="0">/);
    expect(readFileSync(join(repository, 'bundlelint.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});
