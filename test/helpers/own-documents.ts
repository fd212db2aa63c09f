import type { DocumentPlan } from '../../fixtures/release.js';
import { documentPath, documentsWith } from './documents.js';

/** A section of a document of our own: its heading (Markdown level 2 unless it says) and its text. */
export type OwnSection = readonly [heading: string, body: string];

/** A compliant installation guide's sections, each covering its topic as a partner's guide might. */
export const GUIDE_SECTIONS: Readonly<Record<string, OwnSection>> = {
  prerequisites: ['Prerequisites', '- ESXi 7.0 Update 3 or later.\n- Corvid OS 5.4 or later on the array.'],
  configurations: ['Supported Configurations', 'ESXi 7.0 U3 and 8.0 U2 hosts with Corvid C200 and C400 arrays running Corvid OS 5.4 to 6.1, over NFS 3 or NFS 4.1.'],
  proofCase: ['Proof Case', 'One ESXi 8.0 host, one Corvid C200 array with default hardening and one NFS 4.1 datastore: clone a virtual machine and check that the array offloaded the clone.'],
  licensing: ['Licensing', 'The plugin is covered by the array support contract; no license key is installed on the hosts.'],
  encryption: ['Encryption', 'The plugin stores no data of its own; its calls to the array API use HTTPS with TLS 1.2 or later.'],
  initialConfig: ['Initial Configuration', 'In the vSphere Client, open the Corvid NAS Plugin settings, enter the array management address and its credentials, and click Register to connect the plugin to the array.'],
  install: ['Installing the Plugin', '1. Download the offline bundle to the host.\n2. Run `esxcli software component apply -d /tmp/corvid.zip`.\n3. Reboot the host.'],
  troubleshooting: ['Troubleshooting', '- "Unable to load plugin": the host acceptance level is above the VIB\'s; lower it with esxcli software acceptance set.\n- "NFS offload not supported": remount the datastore.'],
  help: ['Getting Help', 'Articles and updates: https://support.corvid.example/nas-plugin'],
};

/** A compliant support process's sections. */
export const SUPPORT_SECTIONS: Readonly<Record<string, OwnSection>> = {
  logs: ['Collecting Logs', 'Run vm-support on the host and corvid-diag collect on the array, then attach both bundles to the case.'],
  gather: ['Information to Gather', '- Offload failures: the VM name, the datastore and the time of the failure.\n- Mount problems: the output of esxcli storage nfs list.'],
  contact: ['Contacting Support', 'Open a case at https://support.corvid.example/cases or call 1-800-555-0199, 24 hours a day.'],
  entitlement: ['Support Entitlement', 'Have your Corvid support contract number ready; support needs it to open a case.'],
  verboseLogging: ['Verbose Mode', 'To turn on verbose mode, open Settings > Diagnostics in the array console and select Verbose; it is off by default.'],
  policy: ['Support Policy', 'Which releases are supported, and until when: https://support.corvid.example/lifecycle'],
};

/** A document in Markdown: a title, then the sections, each `## heading` over its body (a heading of `###` stays one). */
export function markdown(title: string, sections: readonly OwnSection[]): string {
  return [`# ${title}`, '', ...sections.flatMap(([heading, body]) => [heading.startsWith('#') ? heading : `## ${heading}`, '', body, ''])].join('\n');
}

/** The line of a heading in a Markdown text (1-based). */
export function lineOf(text: string, heading: string): number {
  const index = text.split('\n').findIndex((line) => line.replace(/^#+\s*/, '') === heading);
  if (index < 0) throw new Error(`no heading "${heading}"`);
  return index + 1;
}

/**
 * The sections of a compliant document with some left out (by key) and others added after them,
 * in the order of `base`.
 */
export function sectionsWith(base: Readonly<Record<string, OwnSection>>, without: readonly string[], added: readonly OwnSection[] = []): OwnSection[] {
  return [...Object.entries(base).flatMap(([key, section]) => (without.includes(key) ? [] : [section])), ...added];
}

/** The default release's documents with the one of `role` replaced by a Markdown text of ours. */
export function withMarkdown(role: DocumentPlan['role'], text: string): { documents: DocumentPlan[] } {
  return { documents: documentsWith(role, { format: 'md', content: Buffer.from(text) }) };
}

/** Where that Markdown document lands in the bundle. */
export const ownPath = (role: DocumentPlan['role']) => documentPath(role, 'md');
