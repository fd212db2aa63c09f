import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Finding } from '../engine/rule.js';
import { findVersion, type Version } from '../formats/versions.js';

type Located = Pick<Finding, 'ruleId' | 'messageId' | 'location'>;

/**
 * One fingerprint per finding of a bundle, in order, for code-scanning services that track
 * alerts across runs (GitHub's `primaryLocationLineHash`, GitLab's `fingerprint`): the first 32
 * hex digits of the SHA-256 of four lines, the rule id, the message id, the product (the
 * bundle's file name without `.zip` and without its version designation) and the path inside
 * the bundle with every designation of the release's version replaced by `{version}`; then `:`
 * and the finding's occurrence among the bundle's findings alike in all four (1, 2…). The
 * release's version is the file name's, else the one the bundle's root folder names. Neither
 * the message text, nor the line, nor the folder the bundle sits in count, so a finding keeps
 * its fingerprint in the product's next release.
 */
export function fingerprints(bundle: string, findings: readonly Located[]): string[] {
  const { product, version: named } = productOf(bundle);
  const version = named ?? findings.map((finding) => findVersion(finding.location.path.split('/')[0]!)).find((found) => found !== undefined);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = [finding.ruleId, finding.messageId, product, withoutVersion(finding.location.path, version)].join('\n');
    const hash = createHash('sha256').update(identity).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

/** `acme-nas-plugin` and 2.4.0 build 1187 for `dist/acme-nas-plugin-2.4.0-1187.zip`. */
export function productOf(bundle: string): { product: string; version: Version | undefined } {
  const name = basename(bundle.replace(/\\/g, '/')).replace(/\.zip$/i, '');
  const version = findVersion(name);
  const product = withoutVersion(name, version)
    .split('{version}')
    .map((part) => part.replace(/^[-_. ]+|[-_. ]+$/g, ''))
    .filter((part) => part !== '')
    .join('-');
  return { product: product || name, version };
}

/** `text` with each designation of `version` (its nodes, with or without a build) as `{version}`. */
function withoutVersion(text: string, version: Version | undefined): string {
  if (!version) return text;
  const nodes = version.nodes.join('\\.');
  // The same bounds and build suffixes as findVersion reads.
  const designation = new RegExp(`(?<![0-9A-Za-z.])v?${nodes}(?:(?:[-_. ]?build[-_ ]?|[-_.]b?)\\d{1,9}(?![0-9A-Za-z]))?(?![0-9]|\\.\\d)`, 'gi');
  return text.replace(designation, '{version}');
}
