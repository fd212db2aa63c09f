import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/landing/documents.js';
import { testRule } from '../../helpers/rule-tester.js';
import { page } from './page.js';

const AT = { path: '' };
const withoutSupport = defaultRelease().documents.filter((plan) => plan.role !== 'support');
const withoutGuide = defaultRelease().documents.filter((plan) => plan.role !== 'install-guide');

testRule(rule, {
  valid: [
    { name: 'finds a linked file by its name, and listed guides by what they are', landingPage: page() },
    {
      name: 'takes a file of the same name in another format, and one named otherwise that plays the role its name gives',
      landingPage: page({ layout: 'prose', documents: [{ file: 'EULA.pdf' }, { file: 'Corvid-NAS-Plugin-Release-Notes-3.2.1.pdf' }, { text: 'Installation Guide' }] }),
    },
    { name: 'is silent without --landing-page', changes: { documents: withoutSupport } },
  ],
  invalid: [
    {
      name: 'reports a linked document the bundle lacks, with the document whose name comes closest',
      landingPage: page({ documents: [{ file: 'Corvid_NAS_Plugin_3.2.1_Release_Notes.md' }, { file: 'Corvid_NAS_Plugin_Best_Practices.pdf' }] }),
      findings: [
        {
          messageId: 'missing',
          location: AT,
          message: 'the landing page landing.html lists Corvid_NAS_Plugin_Best_Practices.pdf (line 19), but the bundle holds no such document (closest: Corvid_NAS_Plugin_3.2.1_Release_Notes.md, named otherwise); ship it in the documentation zip, or take it off the page',
        },
      ],
    },
    {
      name: 'reports a support process the page lists by name while the bundle has none',
      changes: { documents: withoutSupport },
      landingPage: page({ layout: 'definitions' }),
      findings: [
        {
          messageId: 'missing',
          location: AT,
          message: 'the landing page landing.html lists "Support Process (PDF)" (line 25), but the bundle holds no such document; ship it in the documentation zip, or take it off the page',
        },
      ],
    },
    {
      name: 'reports a guide the page links to while the bundle has no installation guide, though another document shares its name',
      changes: { documents: withoutGuide },
      landingPage: page({ layout: 'columns', documents: [{ file: 'Corvid_NAS_Plugin_Installation_Guide.pdf' }] }),
      findings: [
        {
          messageId: 'missing',
          location: AT,
          message: 'the landing page landing.html lists Corvid_NAS_Plugin_Installation_Guide.pdf (line 14), but the bundle holds no such document (closest: Corvid_NAS_Plugin_3.2.1_Release_Notes.md, which is not read as installation guide); ship it in the documentation zip, or take it off the page',
        },
      ],
    },
  ],
});
