import micromatch from 'micromatch';
import type { Finding, SeveritySetting } from './rule.js';
import { findingOf } from './run.js';

/** A finding accepted on purpose (`waivers` in configuration). */
export interface Waiver {
  /** A rule id or a glob of rule ids. */
  readonly rule: string;
  /** A glob of the finding's location path; absent: every location. */
  readonly path?: string;
  /** A glob of bundle paths as given (a glob without `/` matches the file name); absent: every bundle. */
  readonly bundle?: string;
  readonly reason: string;
  /** The last day the waiver applies, `YYYY-MM-DD`. */
  readonly expires?: string;
}

export interface WaiverSeverities {
  readonly unused: SeveritySetting;
  readonly expired: SeveritySetting;
}

export const defaultWaiverSeverities: WaiverSeverities = { unused: 'info', expired: 'warning' };

/** The rule ids of the findings waivers themselves give. */
export const WAIVER_RULES = { unused: 'waivers/unused', expired: 'waivers/expired' } as const;

export interface WaivedFinding extends Finding {
  /** The waiver that covers it: `waivers[2]`, and its reason. */
  readonly waiver: { readonly name: string; readonly reason: string };
}

export interface Waived {
  readonly findings: Finding[];
  readonly waived: WaivedFinding[];
}

const GLOB = { dot: true } as const;

const EXPIRED = 'expired on {{expires}}, so the findings it covered are reported again; fix them, or renew the waiver with a later date if the reason still holds ("{{reason}}")';
const UNUSED = 'matched no finding of this bundle; remove it, or correct its rule or path';

/** The messages of the findings waivers give: a waiver is named by its index and rule, and its path when it has one. */
const WAIVER_MESSAGES = {
  expired: `{{waiver}} ({{rule}}) ${EXPIRED}`,
  'expired-path': `{{waiver}} ({{rule}} at {{path}}) ${EXPIRED}`,
  unused: `{{waiver}} ({{rule}}) ${UNUSED}`,
  'unused-path': `{{waiver}} ({{rule}} at {{path}}) ${UNUSED}`,
} as const;

/** Where the findings of waivers go: the bundle itself. */
const BUNDLE = { path: '' } as const;

/**
 * Splits one bundle's findings into those still reported and those a waiver covers (the
 * first that matches), and reports the waivers that apply to the bundle but are expired
 * (they cover nothing) or matched none of its findings.
 */
export function applyWaivers(
  bundlePath: string,
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  now: Date,
  severities: WaiverSeverities = defaultWaiverSeverities,
): Waived {
  const today = now.toISOString().slice(0, 10);
  const applying = waivers
    .map((waiver, index) => ({ waiver, name: `waivers[${index}]` }))
    .filter(({ waiver }) => waiver.bundle === undefined || micromatch.isMatch(bundlePath.replace(/\\/g, '/'), waiver.bundle, { ...GLOB, basename: true }));
  // Each waiver's globs compiled once, not once per finding.
  const live = applying.filter(({ waiver }) => waiver.expires === undefined || waiver.expires >= today).map((entry) => ({ ...entry, covers: coverage(entry.waiver) }));
  const used = new Set<string>();
  const result: Waived = { findings: [], waived: [] };
  for (const finding of findings) {
    const cover = live.find((entry) => entry.covers(finding));
    if (!cover) {
      result.findings.push(finding);
      continue;
    }
    used.add(cover.name);
    result.waived.push({ ...finding, waiver: { name: cover.name, reason: cover.waiver.reason } });
  }
  for (const { waiver, name } of applying) {
    const named = { waiver: name, rule: waiver.rule };
    if (!live.some((entry) => entry.name === name)) {
      if (severities.expired === 'off') continue;
      const data = { ...named, expires: waiver.expires!, reason: waiver.reason };
      result.findings.push(
        waiver.path === undefined
          ? findingOf(WAIVER_MESSAGES, WAIVER_RULES.expired, severities.expired, { messageId: 'expired', location: BUNDLE, data })
          : findingOf(WAIVER_MESSAGES, WAIVER_RULES.expired, severities.expired, { messageId: 'expired-path', location: BUNDLE, data: { ...data, path: waiver.path } }),
      );
    } else if (!used.has(name) && severities.unused !== 'off') {
      result.findings.push(
        waiver.path === undefined
          ? findingOf(WAIVER_MESSAGES, WAIVER_RULES.unused, severities.unused, { messageId: 'unused', location: BUNDLE, data: named })
          : findingOf(WAIVER_MESSAGES, WAIVER_RULES.unused, severities.unused, { messageId: 'unused-path', location: BUNDLE, data: { ...named, path: waiver.path } }),
      );
    }
  }
  return result;
}

/** Whether the waiver covers a finding: its rule glob matches the rule, and its path glob (when given) the location. */
function coverage(waiver: Waiver): (finding: Finding) => boolean {
  const rule = micromatch.matcher(waiver.rule);
  const path = waiver.path === undefined ? undefined : micromatch.matcher(waiver.path, GLOB);
  return (finding) => rule(finding.ruleId) && (path === undefined || (finding.location.path !== '' && path(finding.location.path)));
}
