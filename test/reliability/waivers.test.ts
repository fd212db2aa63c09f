/** Waivers over 200,000 findings: each waiver's globs are compiled once, not once per finding (issue 14). */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/rule.js';
import { applyWaivers } from '../../src/engine/waivers.js';

const COUNT = 200_000;

describe('waivers over 200,000 findings', () => {
  it('split them in reasonable time', () => {
    const findings: Finding[] = Array.from({ length: COUNT }, (_, n) => ({
      ruleId: n % 2 === 0 ? 'acme/even' : 'acme/odd',
      messageId: 'm',
      severity: 'error',
      message: `finding ${n}`,
    data: {},
      location: { path: `docs.zip!/f${String(n).padStart(6, '0')}` },
    }));
    const waivers = [
      { rule: 'layout/*', reason: 'never matches' },
      { rule: 'acme/odd', path: '**/f1*', reason: 'ACME-1' },
      { rule: 'acme/*', path: 'docs.zip!/f0000[0-4]*', reason: 'ACME-2' },
      // A configuration with tens of waivers is common; each of these looks at every finding.
      ...Array.from({ length: 7 }, (_, n) => ({ rule: 'acme/*', path: `**/never-${n}/**`, reason: `ACME-${n + 3}` })),
    ];
    const started = Date.now();
    const { findings: reported, waived } = applyWaivers('x.zip', findings, waivers, new Date('2026-11-25T00:00:00Z'));
    const seconds = (Date.now() - started) / 1000;
    // Odd findings from f100000 on: 50,000; then f000000 to f000049: 50 of every kind.
    expect(waived.filter((finding) => finding.waiver.name === 'waivers[1]').length).toBe(50_000);
    expect(waived.filter((finding) => finding.waiver.name === 'waivers[2]').length).toBe(50);
    expect(reported.length).toBe(COUNT - 50_050 + 8);
    expect(reported.slice(-8).map((finding) => `${finding.ruleId} ${finding.message.split(' ')[0]}`)).toEqual(
      ['waivers[0]', 'waivers[3]', 'waivers[4]', 'waivers[5]', 'waivers[6]', 'waivers[7]', 'waivers[8]', 'waivers[9]'].map((name) => `waivers/unused ${name}`),
    );
    expect(seconds).toBeLessThan(20);
  }, 120_000);
});
