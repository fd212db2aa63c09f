/** Every report format with 200,000 findings of one rule in one area: no recursion, no quadratic work (issue 14). */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { defineRule, type Finding } from '../../src/engine/rule.js';
import type { LintResult } from '../../src/lint.js';
import { formatReport, REPORT_FORMATS } from '../../src/report/format.js';

const COUNT = 200_000;

const many = defineRule({
  meta: { id: 'acme/many', severity: 'error', summary: 'many', messages: { m: 'finding {{n}}' } },
  check() {},
});

function manyFindings(): LintResult {
  const findings: Finding[] = Array.from({ length: COUNT }, (_, n) => ({
    ruleId: 'acme/many',
    messageId: 'm',
    severity: 'error',
    message: `finding ${n}`,
    data: { n },
    location: { path: `docs.zip!/f${String(n).padStart(6, '0')}`, line: n + 1 },
  }));
  const bundle = { bundle: 'x.zip', size: 1, sha256: '0'.repeat(64), findings, waived: [], errorCount: COUNT, warningCount: 0, infoCount: 0 };
  return { rules: [{ id: 'acme/many', severity: 'error' }], results: [bundle], errorCount: COUNT, warningCount: 0, infoCount: 0 };
}

/** How each format shows one finding, to count them. */
const ONE_FINDING: Record<(typeof REPORT_FORMATS)[number], RegExp> = {
  text: /^ {2}error {4}acme\/many {2}docs\.zip!\/f\d{6}:\d+ {2}finding \d+$/gm,
  json: /^ {10}"ruleId": "acme\/many",$/gm,
  sarif: /^ {10}"ruleId": "acme\/many",$/gm,
  junit: /error {2}docs\.zip!\/f\d{6}:\d+ {2}finding \d+(?:&#10;|<\/failure>)/g,
  html: /<tr class="finding error">/g,
  github: /^::error file=x\.zip,title=acme\/many::docs\.zip!\/f\d{6}:\d+: finding \d+$/gm,
  gitlab: /^ {4}"check_name": "acme\/many",$/gm,
};

describe('reports of 200,000 findings', () => {
  const result = manyFindings();
  it.each(REPORT_FORMATS)('%s lists every finding in reasonable time', async (format) => {
    const started = Date.now();
    const report = await formatReport(format, result, { color: false, rules: [...builtinRules, many] });
    const seconds = (Date.now() - started) / 1000;
    expect(report.match(ONE_FINDING[format])?.length).toBe(COUNT);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});

describe('findings whose path holds 30,000 archive separators (an entry name may hold `!/`)', () => {
  it('get their SARIF logical locations in reasonable time', async () => {
    const path = `${'a!/'.repeat(30_000)}x`;
    const findings: Finding[] = Array.from({ length: 4 }, (_, n) => ({ ruleId: 'layout/junk', messageId: 'm', severity: 'warning', message: `junk ${n}`, data: {}, location: { path } }));
    const result: LintResult = {
      rules: [{ id: 'layout/junk', severity: 'warning' }],
      results: [{ bundle: 'x.zip', size: 1, sha256: '0'.repeat(64), findings, waived: [], errorCount: 0, warningCount: 4, infoCount: 0 }],
      errorCount: 0,
      warningCount: 4,
      infoCount: 0,
    };
    const started = Date.now();
    const sarif = JSON.parse(await formatReport('sarif', result, { color: false, rules: builtinRules })) as { runs: { artifacts: unknown[]; results: { locations: { physicalLocation: { artifactLocation: { index: number } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[] };
    const seconds = (Date.now() - started) / 1000;
    const { artifacts, results } = sarif.runs[0]!;
    // Every result is located at the bundle (issue 20: GitHub reads only the artifact's URI), the path inside it a logical location.
    expect(artifacts.length).toBe(1);
    expect(results.map((entry) => [entry.locations[0]!.physicalLocation.artifactLocation.index, entry.locations[0]!.logicalLocations[0]!.fullyQualifiedName])).toEqual(Array.from({ length: 4 }, () => [0, path]));
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});
