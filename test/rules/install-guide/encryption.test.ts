import { describe, expect, it } from 'vitest';
import rule from '../../../rules/install-guide/encryption.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

testRule(rule, withWordings(rule.meta.id, topicCases('encryption', 'install-guide')));

describe('the cue of the protocol a connection uses', () => {
  const cued = (sentence: string) => rule.meta.topic!.cues!.some((cue) => cue.test(sentence));
  it.each([
    ['The array can be managed via an HTTPS connection.', true],
    ['The plugin talks to vCenter over the TLS protocol.', true],
    ['The REST API uses HTTPS.', true],
    // What the product does not use, or what is not supported, says nothing of how it is secured.
    ['The plugin does not work with an HTTPS connection to vCenter.', false],
    ['Communication over the TLS protocol is not supported in this release.', false],
    ["The agent doesn't use HTTPS.", false],
  ])('reads "%s" as a cue: %s', (sentence, expected) => {
    expect(cued(sentence)).toBe(expected);
  });
});
