import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../fixtures/bundle.js';
import type { DefectName } from '../../fixtures/defects.js';
import { release, type Release } from '../../fixtures/release.js';
import { builtinRules } from '../../rules/index.js';
import type { Limits } from '../../src/archive/limits.js';
import type { Finding, Rule } from '../../src/engine/rule.js';
import type { PartnerConfiguration } from '../../src/model/model.js';
import { lint } from '../../src/lint.js';
import type { LinkCheckOptions } from '../../src/scan/links.js';
import { listProblems, ruleProblems, unproducedMessages, type Seen } from './findings.js';
import { scratchDirectory } from './lint.js';

/** A bundle as bytes with its file name (what `buildBundle` returns), or the path of one already written. */
type MadeBundle = string | { readonly fileName: string; readonly bytes: Uint8Array };

/** The default release with changes and defects, or a bundle made another way (a corpus archive, hand-written bytes). */
type BundleSource =
  | { readonly defects?: readonly DefectName[]; readonly changes?: Partial<Release>; readonly bundle?: never }
  | { readonly bundle: (directory: string) => MadeBundle | Promise<MadeBundle>; readonly defects?: never; readonly changes?: never };

export type Case = BundleSource & {
  readonly name: string;
  /** The rule's options, set the way configuration sets them: `[its default severity, options]`. */
  readonly options?: object;
  /** Headings added to the rule's topic (`vocabulary` in configuration). */
  readonly vocabulary?: readonly string[];
  /** Today (`--now`, YYYY-MM-DD); by default 2026-11-25, after every release the fixtures date. */
  readonly now?: string;
  /** Earlier released bundles (`--previous`), written into the case's directory; given the bundle linted. */
  readonly previous?: (directory: string, bundle: string) => Promise<readonly string[]>;
  readonly limits?: Partial<Limits>;
  /**
   * The release's landing page (`--landing-page`): its HTML, made from the bundle file written (its
   * name, size and digests), saved as `landing.html` beside it.
   */
  readonly landingPage?: (bundle: WrittenBundle) => string;
  /** Fetch the documents' partner addresses (`--check-links`) with these options. */
  readonly checkLinks?: LinkCheckOptions;
  /** Who the partner is, as configuration says it (`partner`). */
  readonly partner?: PartnerConfiguration;
  /** What the run needs around it (a mocked clock); returns its undo. */
  readonly setup?: () => () => void;
  /**
   * Findings of other rules the case pins down as well: those whose id starts with `scope`
   * (`''` for every rule), exactly `findings` (none by default). A defect that changes one
   * thing should trip one rule of its area.
   */
  readonly others?: { readonly scope: string; readonly findings?: readonly Seen[] };
};

/** The bundle file a case wrote, as a landing page states it. */
export interface WrittenBundle {
  readonly fileName: string;
  readonly size: number;
  readonly md5: string;
  readonly sha1: string;
}

/** A finding of the rule under test. */
type Expected = Omit<Seen, 'ruleId'>;

export type InvalidCase = Case & { readonly findings: readonly Expected[] };

const NOW = '2026-11-25';

/**
 * Registers the tests of one rule, in the manner of ESLint's RuleTester: each case lints a whole
 * bundle with every rule and the real engine, keeps the findings of the rule under test, and
 * fails unless they are exactly those expected (none for a valid case). A last test fails for
 * each message of the rule that no invalid case produces.
 */
export function testRule(rule: Rule, cases: { readonly valid: readonly Case[]; readonly invalid: readonly InvalidCase[] }): void {
  const { id } = rule.meta;
  if (!builtinRules.includes(rule)) throw new Error(`${id} is not a registered rule`);
  describe(id, () => {
    const directory = scratchDirectory();
    let count = 0;
    const register = (test: Case, expected: readonly Expected[]) => {
      const caseDirectory = join(directory, `case-${(count += 1)}`);
      it(test.name, async () => {
        const findings = await lintCase(rule, test, caseDirectory);
        const others = test.others;
        const problems = [
          ...ruleProblems(rule, findings.filter((finding) => finding.ruleId === id), expected.map((finding) => ({ ruleId: id, ...finding }))),
          ...(others ? listProblems(findings.filter((finding) => finding.ruleId !== id && finding.ruleId.startsWith(others.scope)), others.findings ?? []) : []),
        ];
        if (problems.length > 0) expect.fail(problems.join('\n'));
      });
    };
    if (cases.valid.length > 0) describe('valid', () => cases.valid.forEach((test) => register(test, [])));
    describe('invalid', () => cases.invalid.forEach((test) => register(test, test.findings)));
    it('has an invalid case for every message of meta.messages', () => {
      expect(unproducedMessages(rule, cases.invalid.flatMap((test) => test.findings))).toEqual([]);
    });
  });
}

/** Lints the case's bundle with every rule, the rule's options and the run's context (`--now`, `--previous`, limits); returns every finding. */
async function lintCase(rule: Rule, test: Case, directory: string): Promise<readonly Finding[]> {
  await mkdir(directory, { recursive: true });
  const bundle = await bundlePath(test, directory);
  const previous = await test.previous?.(directory, bundle);
  const landingPage = test.landingPage && join(directory, 'landing.html');
  if (landingPage) await writeFile(landingPage, test.landingPage!(await written(bundle)));
  const undo = test.setup?.();
  try {
    const result = await lint([bundle], {
      now: new Date(`${test.now ?? NOW}T00:00:00Z`),
      previous,
      limits: test.limits,
      partner: test.partner,
      settings: test.options && { [rule.meta.id]: [rule.meta.severity, test.options] },
      vocabulary: test.vocabulary && { [rule.meta.id]: test.vocabulary },
      landingPage,
      checkLinks: test.checkLinks,
    });
    return result.results[0]!.findings;
  } finally {
    undo?.();
  }
}

async function written(path: string): Promise<WrittenBundle> {
  const bytes = await readFile(path);
  const digest = (algorithm: string) => createHash(algorithm).update(bytes).digest('hex');
  return { fileName: basename(path), size: bytes.length, md5: digest('md5'), sha1: digest('sha1') };
}

async function bundlePath(test: Case, directory: string): Promise<string> {
  if (!test.bundle) return writeBundle(directory, release(test.changes), test.defects);
  const made = await test.bundle(directory);
  if (typeof made === 'string') return made;
  const path = join(directory, made.fileName);
  await writeFile(path, made.bytes);
  return path;
}
