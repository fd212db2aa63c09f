import { defaultWaiverSeverities, WAIVER_RULES } from './waivers.js';

/** What `explain`, SARIF and the HTML report show of the findings waivers give, as a rule's page would. */
export interface WaiverPage {
  readonly summary: string;
  readonly page: string;
}

/** A page with the headings of every rule's page. */
const page = (id: string, severity: string, summary: string, sections: readonly [string, string][]): WaiverPage => ({
  summary,
  page: `${[`# ${id}`, '', `**Default severity:** ${severity}`, '', `${summary}.`, ...sections.flatMap(([heading, text]) => ['', `## ${heading}`, '', text])].join('\n')}\n`,
});

const WHY =
  'The guide does not speak of waivers: they are how a team records, in `bundlelint.config.json`, a finding it accepts on purpose and why. ' +
  'A waiver that no longer does that job hides findings nobody decided to accept.';

export const WAIVER_PAGES: Readonly<Record<string, WaiverPage>> = {
  [WAIVER_RULES.unused]: page(WAIVER_RULES.unused, defaultWaiverSeverities.unused, 'A waiver of the configuration matched no finding of the bundle', [
    ['What it checks', 'Each waiver that applies to the bundle (its `bundle` glob, if any, matches) and is not expired, against the bundle\'s findings: one that covers none of them is reported once, on the bundle.'],
    ['Why', `${WHY} A waiver that covers nothing waives nothing today, and would silently hide the next finding that happens to match its rule and path.`],
    ['How to fix', 'Remove the waiver when what it covered is fixed; otherwise correct its `rule` or `path` glob (paths are inside the bundle, nested archives joined with `!/`, as the reports print them).'],
    ['Examples', '```\ninfo  waivers/unused  (bundle)  waivers[4] (vib/descriptor) matched no finding of this bundle; remove it, or correct its rule or path\n```'],
    ['Options', 'None. Its severity is `unusedWaivers` in the configuration (`"off"` turns it off).'],
  ]),
  [WAIVER_RULES.expired]: page(WAIVER_RULES.expired, defaultWaiverSeverities.expired, 'A waiver of the configuration is past its expires date', [
    ['What it checks', 'Each waiver that applies to the bundle and has an `expires` day before `--now` (the real date by default). It waives nothing: the findings it covered are reported again, and the waiver itself once, on the bundle.'],
    ['Why', `${WHY} An expiry date is a promise to look again; after it, the decision is due.`],
    ['How to fix', 'Fix the findings and remove the waiver, or, if its reason still holds, give it a later `expires` date.'],
    ['Examples', '```\nwarning  waivers/expired  (bundle)  waivers[3] (archive/symlink) expired on 2026-11-24, so the findings it covered are reported again; …\n```'],
    ['Options', 'None. Its severity is `expiredWaivers` in the configuration (`"off"` turns it off).'],
  ]),
};
