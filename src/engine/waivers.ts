import micromatch from 'micromatch';
import type { Finding, SeveritySetting } from './rule.js';

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
    const what = `${name} (${waiver.rule}${waiver.path === undefined ? '' : ` at ${waiver.path}`})`;
    if (!live.some((entry) => entry.name === name)) {
      if (severities.expired !== 'off') {
        result.findings.push(waiverFinding(WAIVER_RULES.expired, 'expired', severities.expired, `${what} expired on ${waiver.expires}, so the findings it covered are reported again; fix them, or renew the waiver with a later date if the reason still holds ("${waiver.reason}")`));
      }
    } else if (!used.has(name) && severities.unused !== 'off') {
      result.findings.push(waiverFinding(WAIVER_RULES.unused, 'unused', severities.unused, `${what} matched no finding of this bundle; remove it, or correct its rule or path`));
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

function waiverFinding(ruleId: string, messageId: string, severity: Exclude<SeveritySetting, 'off'>, message: string): Finding {
  return { ruleId, messageId, severity, message, location: { path: '' } };
}
