import { describe, expect, it } from 'vitest';
import rule from '../../../rules/vib/acceptance-level.js';
import { UsageError } from '../../../src/errors.js';
import { lint } from '../../../src/lint.js';
import { DESCRIPTOR, generated, scratchDirectory } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'expects the levels its options name', changes: { acceptanceLevel: 'partner' }, options: { expected: ['partner', 'accepted'] } }],
  invalid: [
    { name: 'warns about a community VIB, at the line of its level', changes: { acceptanceLevel: 'community' }, findings: [{ messageId: 'level', location: { path: DESCRIPTOR, line: 22 } }] },
    { name: 'warns about a partner VIB by default', changes: { acceptanceLevel: 'partner' }, findings: [{ messageId: 'level', location: { path: DESCRIPTOR, line: 22 } }] },
  ],
});

describe('vib/acceptance-level options', () => {
  const directory = scratchDirectory();

  it('refuses a level that does not exist', async () => {
    await expect(lint([await generated(directory)], { settings: { 'vib/acceptance-level': ['warning', { expected: ['gold'] }] } })).rejects.toThrow(UsageError);
  });
});
