import rule from '../../../rules/landing/links.js';
import { testRule } from '../../helpers/rule-tester.js';
import { page } from './page.js';

const AT = { path: '' };

testRule(rule, {
  valid: [
    { name: "takes a link named as the support policy and one to Broadcom's Compatibility Guide", landingPage: page() },
    {
      name: "takes a policy known by its address and VMware's own Compatibility Guide address",
      landingPage: page({
        policy: { href: 'https://www.corvid-systems.example/legal/support-lifecycle.html', text: 'How long we support each release' },
        compatibility: { href: 'https://www.vmware.com/resources/compatibility/search.php?deviceCategory=vaai', text: 'Certified with VMware' },
      }),
    },
  ],
  invalid: [
    {
      name: 'reports a page with neither link, naming the support link that is no policy',
      landingPage: page({ policy: undefined, compatibility: undefined }),
      findings: [
        { messageId: 'compatibility', location: AT, message: "the landing page landing.html links to no VMware Compatibility Guide listing; add a link to the product's listing on the VMware Compatibility Guide" },
        {
          messageId: 'policy',
          location: AT,
          message: 'the landing page landing.html links to no support policy (closest: "Contact Support" to https://www.corvid-systems.example/contact (line 5), which does not say it is the support policy); add a link to the public statement of your support policy',
        },
      ],
    },
    {
      name: "reports a Compatibility Guide link to the partner's own site",
      landingPage: page({ layout: 'columns', compatibility: { href: 'https://www.corvid-systems.example/compatibility', text: 'VMware Compatibility Guide' } }),
      findings: [
        {
          messageId: 'compatibility',
          location: AT,
          message: `the landing page landing.html links to no VMware Compatibility Guide listing (closest: "VMware Compatibility Guide" to https://www.corvid-systems.example/compatibility (line 21), which is not VMware's Compatibility Guide); add a link to the product's listing on the VMware Compatibility Guide`,
        },
      ],
    },
  ],
});
