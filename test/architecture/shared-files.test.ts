import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { SHARED } from '../shared-files.js';

/** What a file sharing its thread's modules must not do: start the CLI in or out of its process, mock a module, or change the environment, working directory or process handlers. */
const STATEFUL = /\b(?:runMain|runCli|vi\.mock|vi\.stubEnv|vi\.stubGlobal|process\.chdir|process\.on|process\.once)\s*\(|process\.env(?:\.\w+|\[[^\]]+\])\s*=(?!=)/g;

describe('the test files that share threads (test/shared-files.ts)', () => {
  const files = fg.sync([...SHARED], { cwd: packageRoot });

  it('are found', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('keep no state a later file in the same thread would see', () => {
    const offenders = files.flatMap((file) => [...readFileSync(`${packageRoot}/${file}`, 'utf8').matchAll(STATEFUL)].map((match) => `${file}: ${match[0]}`));
    expect(offenders).toEqual([]);
  });
});
