import { writeBundle } from '../../../fixtures/bundle.js';
import { release } from '../../../fixtures/release.js';
import rule from '../../../rules/docs/dead-link.js';
import { DOCS } from '../../helpers/lint.js';
import { linkServer, toLoopback } from '../../helpers/link-server.js';
import { testRule } from '../../helpers/rule-tester.js';

const server = await linkServer();
/** Every host resolves to the test's server on 127.0.0.1, and a page that does not answer is given up on quickly. */
const CHECK = { timeoutMs: 300, lookup: toLoopback };
const GUIDE = `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html`;
const SUPPORT = `${DOCS}!/Corvid_Support_Process.txt`;

/** The default release whose help pages (the guide's address, and the support process's `…/cases` and `…/lifecycle`) are at `path` of `port` on the partner's host. */
function helpAt(path: string, port = server.port) {
  return (directory: string) => writeBundle(directory, release({ helpUrl: `http://support.corvid-systems.example:${port}${path}` }));
}

function url(path: string, port = server.port): string {
  return `http://support.corvid-systems.example:${port}${path}`;
}

testRule(rule, {
  valid: [
    { name: 'accepts pages that answer 200', bundle: helpAt('/ok/nas-plugin'), checkLinks: CHECK },
    { name: 'accepts pages that redirect to one that answers', bundle: helpAt('/moved/nas-plugin'), checkLinks: CHECK },
    { name: 'accepts a server refusing HEAD that answers GET', bundle: helpAt('/no-head/nas-plugin'), checkLinks: CHECK },
    { name: 'fetches nothing, and reports nothing, without --check-links', bundle: helpAt('/gone/nas-plugin') },
  ],
  invalid: [
    {
      name: 'reports pages that answer 404',
      bundle: helpAt('/gone/nas-plugin'),
      checkLinks: CHECK,
      findings: [
        { messageId: 'status', location: { path: GUIDE }, message: `${url('/gone/nas-plugin')}, given in Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html, answers HTTP 404; correct the address or put the page back online` },
        { messageId: 'status', location: { path: SUPPORT }, message: `${url('/gone/nas-plugin/cases')}, given in Corvid_Support_Process.txt, answers HTTP 404; correct the address or put the page back online` },
        { messageId: 'status', location: { path: SUPPORT }, message: `${url('/gone/nas-plugin/lifecycle')}, given in Corvid_Support_Process.txt, answers HTTP 404; correct the address or put the page back online` },
      ],
    },
    {
      name: 'reports "page not found" pages served with 200',
      bundle: helpAt('/soft/nas-plugin'),
      checkLinks: CHECK,
      findings: [
        { messageId: 'notFound', location: { path: GUIDE }, message: `${url('/soft/nas-plugin')}, given in Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html, answers with a "page not found" page ("Oops! We can’t find the page you are looking for"); point it at a page that exists` },
        { messageId: 'notFound', location: { path: SUPPORT }, message: `${url('/soft/nas-plugin/cases')}, given in Corvid_Support_Process.txt, answers with a "page not found" page ("Oops! We can’t find the page you are looking for"); point it at a page that exists` },
        { messageId: 'notFound', location: { path: SUPPORT }, message: `${url('/soft/nas-plugin/lifecycle')}, given in Corvid_Support_Process.txt, answers with a "page not found" page ("Oops! We can’t find the page you are looking for"); point it at a page that exists` },
      ],
    },
    {
      name: 'reports pages that never answer',
      bundle: helpAt('/slow/nas-plugin'),
      checkLinks: CHECK,
      findings: [
        { messageId: 'unanswered', location: { path: GUIDE }, message: `${url('/slow/nas-plugin')}, given in Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html, does not answer (no answer within 300 ms); correct the address or put the page back online` },
        { messageId: 'unanswered', location: { path: SUPPORT }, message: `${url('/slow/nas-plugin/cases')}, given in Corvid_Support_Process.txt, does not answer (no answer within 300 ms); correct the address or put the page back online` },
        { messageId: 'unanswered', location: { path: SUPPORT }, message: `${url('/slow/nas-plugin/lifecycle')}, given in Corvid_Support_Process.txt, does not answer (no answer within 300 ms); correct the address or put the page back online` },
      ],
    },
    {
      name: 'reports a host that refuses the connection',
      bundle: helpAt('/ok/nas-plugin', server.closedPort),
      checkLinks: CHECK,
      findings: [
        { messageId: 'unanswered', location: { path: GUIDE }, message: `${url('/ok/nas-plugin', server.closedPort)}, given in Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html, does not answer (the connection was refused); correct the address or put the page back online` },
        { messageId: 'unanswered', location: { path: SUPPORT }, message: `${url('/ok/nas-plugin/cases', server.closedPort)}, given in Corvid_Support_Process.txt, does not answer (the connection was refused); correct the address or put the page back online` },
        { messageId: 'unanswered', location: { path: SUPPORT }, message: `${url('/ok/nas-plugin/lifecycle', server.closedPort)}, given in Corvid_Support_Process.txt, does not answer (the connection was refused); correct the address or put the page back online` },
      ],
    },
    {
      name: 'says which addresses it did not fetch, past the number fetched per bundle',
      bundle: helpAt('/ok/nas-plugin'),
      checkLinks: { ...CHECK, maxAddresses: 1 },
      findings: [
        { messageId: 'unchecked', location: { path: SUPPORT }, message: `addresses in the documents were not fetched (2, the first ${url('/ok/nas-plugin/cases')} in Corvid_Support_Process.txt): --check-links fetches at most 1 per bundle; check them by hand` },
      ],
    },
  ],
});
