import { defineRule, type LandingLink, type LandingLinkPurpose } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'landing/links',
    severity: 'warning',
    summary: 'The landing page lacks a link to the support policy or to the VMware Compatibility Guide listing',
    messages: {
      policy: 'the landing page {{page}} links to no support policy{{closest}}; add a link to the public statement of your support policy',
      compatibility: "the landing page {{page}} links to no VMware Compatibility Guide listing{{closest}}; add a link to the product's listing on the VMware Compatibility Guide",
    },
  },
  check(bundle, context) {
    const page = bundle.context.landingPage;
    if (!page || page.problem !== undefined) return;
    const wanted: [LandingLinkPurpose, 'policy' | 'compatibility', string][] = [
      ['support-policy', 'policy', 'which does not say it is the support policy'],
      ['compatibility-guide', 'compatibility', "which is not VMware's Compatibility Guide"],
    ];
    for (const [purpose, messageId, why] of wanted) {
      if (page.links.some((link) => link.purpose === purpose)) continue;
      const closest = page.links.find((link) => link.resembles === purpose);
      context.report({ messageId, location: { path: '' }, data: { page: page.name, closest: closest ? ` (closest: ${describeLink(closest)}, ${why})` : '' } });
    }
  },
});

/** `"Contact Support" to https://… (line 40)`. */
function describeLink(link: LandingLink): string {
  return `"${link.text}" to ${link.href}${link.line === undefined ? '' : ` (line ${link.line})`}`;
}
