import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { circles, rulesBesideTheKit, sourcesOf, upwardImports } from './imports.js';

describe('the import structure', () => {
  const sources = sourcesOf(packageRoot, ['src', 'rules']);

  it('imports only downward: archive → formats → documents → model → release → scan → engine → kit → rules → config → lint → reports → CLI', () => {
    expect(upwardImports(sources)).toEqual([]);
  });

  it('has rules import nothing of ours but the rule kit', () => {
    expect(rulesBesideTheKit(sources)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(circles(sources)).toEqual([]);
  });

  it('sees each kind of violation', () => {
    const broken = new Map([
      ['src/formats/versions.ts', "import type { Bundle } from '../model/model.js';"],
      ['src/model/model.ts', "export type { Version } from '../formats/versions.js';\nconst load = () => import('../scan/read.js');"],
      ['src/scan/read.ts', "import { x } from '../model/model.js';"],
      ['rules/vib/descriptor.ts', "import { defineRule } from '../kit/index.js';\nimport { displayName } from '../../src/model/queries.js';\nimport { y } from '../kit/topics.js';"],
      ['rules/kit/index.ts', "export * from '../../src/model/queries.js';"],
      ['src/model/queries.ts', ''],
    ]);
    expect(upwardImports(broken)).toEqual([
      'src/formats/versions.ts → src/model/model.ts (formats → model)',
      'src/model/model.ts → src/scan/read.ts (model → scan)',
    ]);
    expect(rulesBesideTheKit(broken)).toEqual(['rules/vib/descriptor.ts → src/model/queries.ts', 'rules/vib/descriptor.ts → rules/kit/topics.ts']);
    expect(circles(broken)).toEqual(['src/formats/versions.ts → src/model/model.ts → src/formats/versions.ts', 'src/model/model.ts → src/scan/read.ts → src/model/model.ts']);
  });
});
