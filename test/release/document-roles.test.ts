import { describe, expect, it } from 'vitest';
import { AGREEMENT_MARKDOWN as AGREEMENT, CREDITS_MARKDOWN as CREDITS } from '../../fixtures/legal-texts.js';
import { buildDocument, type ParsedDocument } from '../../src/documents/document.js';
import { markdownBlocks } from '../../src/documents/markdown.js';
import { plainTextBlocks } from '../../src/documents/plain-text.js';
import { documentRoles } from '../../src/release/document-roles.js';
import { sectionPlays } from '../../src/release/section-roles.js';
import { legalEvidence, legalRoleOf } from '../../src/release/legal-text.js';

/** A document as the Markdown parser builds it, with the title its file properties would give. */
function markdown(source: string, metadataTitle?: string): ParsedDocument {
  const { blocks, title, links } = markdownBlocks(source);
  return buildDocument(blocks, { title, links, metadataTitle });
}

/** A document as the plain-text parser builds it. */
function text(source: string): ParsedDocument {
  return buildDocument(plainTextBlocks(source), {});
}

const STEPS = '1. Download corvid-nas-plugin-3.2.1-offline-bundle.zip.\n2. Run `esxcli software vib install -d /tmp/corvid.zip` on each host.\n3. Reboot the host.';

describe('what a document is for', () => {
  it.each<[string, string, ParsedDocument, { roles: string[]; source: string | undefined }]>([
    [
      // reStructuredText notes of one release: the title names it, "New Features" is a part of its notes; no other version heading.
      'notes of one release by their title naming it over a part of a version\'s notes',
      'heron-24.11.txt',
      text('Heron Release 24.11\n===================\n\nNew Features\n------------\n\n* **Added a bit manipulation API.**\n\nRemoved Items\n-------------\n\n* Removed the legacy ring API.\n\nTested Platforms\n----------------\n\n* Ubuntu 24.04\n'),
      { roles: ['release-notes'], source: 'content' },
    ],
    [
      'no notes for a title naming a release over no part of its notes',
      'heron-24.11.txt',
      text('Heron Release 24.11\n===================\n\nOverview\n--------\n\nHeron moves packets.\n'),
      { roles: [], source: undefined },
    ],
    [
      'the visible title before the file name',
      'Release_Notes.md',
      markdown(`# Corvid NAS Plugin Installation Guide\n\n## Installing\n\n${STEPS}`),
      { roles: ['install-guide'], source: 'title' },
    ],
    [
      'the file name before the file properties, which a template left stale',
      'Corvid_Install_Guide.docx',
      markdown(`Intro paragraph.\n\n## Installing\n\n${STEPS}`, 'Release Notes'),
      { roles: ['install-guide'], source: 'name' },
    ],
    [
      'a guide titled "Product Guide" by the installation its text walks through',
      'Corvid_Product_Guide.pdf',
      markdown(`# Corvid NAS Plugin Product Guide\n\n## Introduction\n\nWhat the plugin does.\n\n## Installation\n\n${STEPS}\n\n## Configuration\n\nSet the array address.`),
      { roles: ['install-guide'], source: 'content' },
    ],
    [
      'a compilation guide whose file properties still say "Release Notes", by its text',
      'Corvid_Agent_Build.docx',
      markdown(`# Building the Corvid Agent\n\n## 4.2.1 Prerequisites\n\nA Linux host with gcc 12.\n\n## 4.2.2 Executing Compilation Scripts\n\n${STEPS}\n\n## 4.2.3 Troubleshooting\n\nIf make fails, check the compiler version.`, 'Release Notes'),
      { roles: ['install-guide'], source: 'content' },
    ],
    ['a "Customer Care" document as the support process', 'Corvid_Customer_Care.pdf', markdown('# Corvid Customer Care\n\nCall 1-800-555-0100.'), { roles: ['support'], source: 'title' }],
    ['an agreement by its text, whatever its first heading and name', 'Terms.txt', markdown(AGREEMENT), { roles: ['eula'], source: 'content' }],
    [
      // The licence reproduced on a guide's copyright page is a part of the guide, whose title its steps and topics bear out.
      'an installation guide by its title, though its copyright page reproduces its licence agreement',
      'Corvid_Gateway.docx',
      markdown(`# Corvid Gateway Installation Guide\n\n${AGREEMENT}\n# 2. Prerequisites\n\nWindows Server 2019.\n\n# 3. Installation\n\n${STEPS}\n\n# 4. Configuration\n\nSet the database address in the gateway console.`),
      { roles: ['install-guide'], source: 'title' },
    ],
    ['an agreement by its text, though its title names a guide, when the text has nothing of one', 'Corvid_Gateway.docx', markdown(`# Corvid Gateway Installation Guide\n\n${AGREEMENT}`), { roles: ['eula'], source: 'content' }],
    [
      // An agreement's own headings may name a guide's topics: they are the agreement's.
      'an agreement by its text, though its title names a guide and its headings name requirements and upgrades',
      'Corvid_Gateway.docx',
      markdown(`# Corvid Gateway Installation Guide\n\n${AGREEMENT}\n# 7. ADDITIONAL LICENSING REQUIREMENTS AND/OR USE RIGHTS\n\nThe software may be used with one server only.\n\n# 8. UPGRADE OR CONVERSION\n\nAn upgrade replaces the software it upgrades.`),
      { roles: ['eula'], source: 'content' },
    ],
    ['notices by their text, whatever their name', 'credits.md', markdown(CREDITS), { roles: ['license-notice'], source: 'content' }],
    [
      'notices titled "LICENSE" that open with the product\'s own licence, by their name',
      'corvid-nas-plugin-3.2.1-open_source_licenses.txt',
      markdown(`# LICENSE\n\nCorvid NAS Plugin 3.2.1\n\nCopyright 2026 Corvid Systems, Inc. All rights reserved.\n\nThe BSD-2 license set forth below applies to all parts of the Corvid NAS Plugin.\n\nRedistribution and use in source and binary forms, with or without modification, are permitted provided that the conditions are met. THIS SOFTWARE IS PROVIDED "AS IS". IN NO EVENT SHALL THE COPYRIGHT HOLDERS BE LIABLE FOR ANY DAMAGES.\n\n## Open source components\n\nCorvid NAS Plugin 3.2.1 includes open source components with separate copyright notices and license terms.\n\n- zlib 1.3.1: Copyright (C) 1995-2024 Jean-loup Gailly and Mark Adler (zlib license)\n- libxml2 2.12.6: Copyright (C) 1998-2012 Daniel Veillard (MIT License)`),
      { roles: ['license-notice'], source: 'name' },
    ],
    [
      'notices titled "LICENSE" whose name says nothing, by their text',
      'LICENSE.txt',
      markdown(`# LICENSE\n\nThis product includes the following open source components, each under its own license.\n\nzlib 1.3.1\nCopyright (C) 1995-2024 Jean-loup Gailly and Mark Adler\nzlib license\n\nlibxml2 2.12.6\nCopyright (C) 1998-2012 Daniel Veillard\nMIT License\n\nOpenSSL 3.0.13\nCopyright (c) 1998-2024 The OpenSSL Project Authors\nApache License 2.0\n\nlibc\nCopyright (c) 1991-2024 The Regents of the University of California\nBSD license`),
      { roles: ['license-notice'], source: 'content' },
    ],
    [
      'a README whose last section gives its own licence as nothing of the kind',
      'README.md',
      markdown('# Corvid Tools\n\nOpen-source software for Corvid arrays.\n\n## License\n\nCopyright (c) 2024 Corvid Systems\n\nLicensed under the Apache License, Version 2.0.'),
      { roles: [], source: undefined },
    ],
    [
      'an installation guide that states the licence terms as a guide',
      'Install_Guide.pdf',
      markdown(`# Corvid Installation Guide\n\n## Licensing\n\nBy installing the plugin you accept the End User License Agreement. The software is provided as is.\n\n## Installing\n\n${STEPS}`),
      { roles: ['install-guide'], source: 'title' },
    ],
    [
      'release notes of a first release, without a version section',
      'Corvid_ReleaseNotes.docx',
      markdown('# Java SDK for Corvid\n\nThe SDK for Corvid arrays.\n\n# Features\n\nREST API coverage.\n\n# Software Requirements\n\nJDK 17.\n\n# Deployment Configuration\n\n1. Generate a keystore.\n2. Run `keytool -import`.'),
      { roles: ['release-notes'], source: 'name' },
    ],
    [
      'a guide whose every page ends with the same copyright footer as the guide',
      'Corvid_Install_Guide.md',
      markdown(`# Corvid NAS Plugin Installation Guide\n\n${[1, 2, 3, 4, 5, 6].map((page) => `## Chapter ${page}\n\n${STEPS}\n\n© 2026 Corvid Systems Inc. Page ${page}`).join('\n\n')}`),
      { roles: ['install-guide'], source: 'title' },
    ],
    [
      'release notes that list the licences of updated components as release notes',
      'Corvid_NAS_Plugin_3.2.1_Release_Notes.md',
      markdown('# Corvid NAS Plugin 3.2.1 Release Notes\n\n## Fixed\n\n- Clone timeouts.\n\n## Third-party component updates\n\n- zlib 1.3.1 (zlib)\n- OpenSSL 3.0.13 (Apache License 2.0)\n- libxml2 2.12.6 (MIT License)\n- Linux firmware (GPLv2)\n- libc (BSD)\n- NSS (MPL 2.0)'),
      { roles: ['release-notes'], source: 'title' },
    ],
    [
      'an agreement that names the licences of the components it includes as the agreement',
      'Corvid_3.2.1_terms.txt',
      markdown(`${AGREEMENT}\n# 5. THIRD-PARTY COMPONENTS\n\nThe software includes components licensed under open source licenses, including the Apache License 2.0, the MIT License, BSD and GPLv2. Copyright 2026 Corvid Systems.`),
      { roles: ['eula'], source: 'content' },
    ],
    [
      'release notes titled with upgrade instructions as release notes only',
      'Corvid_RN.md',
      markdown('# Corvid 3.2.1 Release Notes and Upgrade Instructions\n\n## Fixed\n\n- Clone timeouts.'),
      { roles: ['release-notes'], source: 'title' },
    ],
    [
      'a NOTICE that opens with the project\'s licence and says its subcomponents carry separate copyright notices and license terms, listing one component\'s licence and report, as notices by its text',
      'corvid-project-NOTICE.md',
      markdown('The source code developed under the Corvid Project is licensed under Apache 2.0.\n\nHowever, the Corvid project contains unmodified/modified subcomponents from other Open Source Projects with separate copyright notices and license terms. Your use of the source code for these subcomponents is subject to the terms and conditions as defined by those source projects.\n\n| Component | Repo Link | License | Notes |\n|---|---|---|---|\n| Corvid Agent | https://github.com/corvid/agent | Apache 2.0 | [License report](https://reports.corvid.example/agent) |'),
      { roles: ['license-notice'], source: 'content' },
    ],
    ['a notice of changes as nothing of a licence', 'Notice_of_Changes.md', markdown('# Notice of Changes\n\nThe array firmware changes in May.'), { roles: [], source: undefined }],
    [
      'a diagnostics page named so by its file, under an "Introduction" heading, that says how to get the logs, as the guide\'s troubleshooting and the support process',
      'corvid-plugin-diagnostics.md',
      markdown('# Introduction\n\nInspect the workloads first.\n\n## Health Checks\n\nEvery pod should be Running.\n\n## Logging\n\nRun `kubectl logs -n corvid deploy/corvid-controller` and attach the output to the case.'),
      { roles: ['install-guide', 'support'], source: 'name' },
    ],
    [
      'a page titled "Detecting Errors and Collecting Logs" as the guide\'s troubleshooting and the support process',
      'page7.md',
      markdown('# Detecting Errors and Collecting Logs\n\n## Detecting errors\n\nCheck the events of the pod.\n\n## Log collection\n\nRun `kubectl logs corvid-node > logs/node.log`.'),
      { roles: ['install-guide', 'support'], source: 'title' },
    ],
    [
      'a page titled "How to Configure TLS Between the Corvid Controller and Its Agents" as a configuration guide',
      'controller-tls.md',
      markdown('# How to Configure TLS Between the Corvid Controller and Its Agents\n\n## Provision the certificates\n\nCreate a CA and sign a certificate for the controller and one for the agents.\n\n## Verifying TLS\n\nThe agent list shows (SSL) beside each address.'),
      { roles: ['install-guide'], source: 'title' },
    ],
    [
      'a page titled "Corvid driver debug tips" whose steps say how to get the logs, under no heading of logs, as the guide\'s troubleshooting and the support process',
      'debug.md',
      markdown('## Corvid driver debug tips\n\n### case 1: volume attach failed\n\n - find the controller pod\n\n```\nkubectl get po -n corvid\n```\n\n - get pod description and logs\n\n```\nkubectl logs corvid-controller-0 -n corvid > corvid-controller.log\n```'),
      { roles: ['install-guide', 'support'], source: 'title' },
    ],
    [
      'a troubleshooting page whose text says where the logs are, under headings naming components, as the guide\'s troubleshooting and the support process',
      'troubleshooting.md',
      markdown('# Troubleshooting Problems\n\n## Manager\n\nYou can get the logs from the Corvid manager pods to help with troubleshooting.\n\n## Common Issues\n\nA volume attaches in the UI but not in a pod: check the plugin directory.'),
      { roles: ['install-guide', 'support'], source: 'title' },
    ],
    [
      'a troubleshooting page with a section on its log files ("Logfiles") as the guide\'s troubleshooting and the support process',
      'troubleshooting.md',
      markdown('# General Troubleshooting\n\n## Common problems\n\nA volume attaches in the UI but not in a pod: check the plugin directory.\n\n## Corvid Logfiles\n\nThe agent writes corvid.log in its data directory.'),
      { roles: ['install-guide', 'support'], source: 'title' },
    ],
    [
      'a troubleshooting page with a section on where to get help as the guide\'s troubleshooting and the support process',
      'troubleshooting.md',
      markdown('# Troubleshooting\n\n## Common Problems\n\nA volume attaches in the UI but not in a pod: check the plugin directory.\n\n## Where Can I Get Help?\n\nOpen a case at https://support.corvid.example/cases.'),
      { roles: ['install-guide', 'support'], source: 'title' },
    ],
    [
      'a troubleshooting page whose headings name what the product supports or a failing contact, not where to get help, as the guide only',
      'troubleshooting.md',
      markdown('# Troubleshooting\n\n## NFS 4.1 Support\n\nSession trunking needs NFS 4.1 on the array.\n\n## Contacting the Array Fails\n\nCheck the management address.'),
      { roles: ['install-guide'], source: 'title' },
    ],
    [
      'a troubleshooting page of error messages whose only word of logs is in a question as the guide only',
      'Troubleshooting.md',
      markdown('# Troubleshooting\n\n## I see "connection reset by peer (errno=104)" in the service\'s logs, what is the cause?\n\nThe VMCI socket is closed; restart the service.'),
      { roles: ['install-guide'], source: 'title' },
    ],
    [
      'a troubleshooting page that only mentions logs (an error in them, logs it does not send, a variable that makes them verbose) as the guide only',
      'Troubleshooting.md',
      markdown(
        '# Troubleshooting\n\n## Volumes fail to mount\n\nIf you get an error in the controller logs, restart the controller.\n\n## Remote servers\n\nThe plugin does not send logs to a remote server.\n\n## More detail\n\nRun export LOG_LEVEL=debug to see verbose logs.',
      ),
      { roles: ['install-guide'], source: 'title' },
    ],
    [
      'a page configuring a driver whose title and headings name no guide topic (reStructuredText, numbered with "#."), by the configuration file its steps edit, as a page of the configuration guide',
      'corvid-iscsi-driver.txt',
      text(
        ['=======================', 'Corvid iSCSI driver', '=======================', '', 'The Corvid driver lets the block service use Corvid arrays.', '', 'iSCSI driver', '~~~~~~~~~~~~', '',
          'A pool must exist on the array before the driver is enabled.', '', '#. Make the following changes on the volume node /etc/block/block.conf file.', '', '   volume_driver = corvid.iscsi.CorvidDriver', '',
          '#. Save the changes and restart the block-volume service.', ''].join('\n'),
      ),
      { roles: ['install-guide'], source: 'content' },
    ],
    [
      'a page of the same steps that edit no file as nothing',
      'corvid-iscsi-driver.txt',
      text(['Corvid iSCSI driver', '===================', '', 'iSCSI driver', '~~~~~~~~~~~~', '', '#. Log in to the array console.', '', '#. Create a pool named block.', ''].join('\n')),
      { roles: [], source: undefined },
    ],
    [
      'a knowledge-base article whose title states a problem and whose headings diagnose it, with one configuration edit among its steps, as nothing',
      'kb-2041.txt',
      text(
        ['Agent cannot reach the array after a certificate renewal', '==========================================================', '', 'Symptoms', '--------', '', 'The agent log shows handshake errors after the array certificate was renewed.', '',
          'Resolution', '----------', '', '1. Edit /etc/corvid/agent.conf and set verify_ssl = false.', '2. Restart the agent.', '3. Check the agent log again.', ''].join('\n'),
      ),
      { roles: [], source: undefined },
    ],
    [
      'a page whose title states a problem, with a workaround editing the configuration file, as nothing',
      'kb-2077.md',
      markdown('# Volumes fail to attach when the array is busy\n\n## Workaround\n\n1. Edit /etc/corvid/agent.conf and raise attach_timeout to 120.\n2. Restart the agent.\n3. Retry the attachment.\n'),
      { roles: [], source: undefined },
    ],
    [
      'a performance tuning page with steps editing the configuration file, as nothing',
      'corvid-tuning.txt',
      text(
        ['Performance tuning', '==================', '', 'Large deployments', '-----------------', '', '#. Edit /etc/corvid/agent.conf and set worker_threads = 16.', '', '#. Restart the agent.', '', '#. Watch the latency graphs for an hour.', ''].join('\n'),
      ),
      { roles: [], source: undefined },
    ],
    [
      'a page of a product named for its performance, with installing steps, as the installation guide',
      'corvid-hp.txt',
      text(
        ['Corvid High Performance NAS Plugin', '==================================', '', 'Installing the plugin', '---------------------', '', '1. Download the offline bundle.', '2. Run esxcli software component apply -d /tmp/corvid.zip.', '3. Reboot the host.', ''].join('\n'),
      ),
      { roles: ['install-guide'], source: 'content' },
    ],
    [
      'an R package\'s NEWS named NEWS, its releases headed by the package and its version, whose items edit a configuration file, as release notes',
      'corvid-0.2.1-NEWS.pdf',
      markdown(
        ['# corvid dev', '', '- Add write_report().', '', '# corvid 0.2.1', '', '- Enable the use of R expressions in the yaml configuration file.', '', '# corvid 0.2.0', '', '- Initial CRAN release.', '', '# corvid 0.1.7', '', '- Fixed the log path.', ''].join('\n'),
      ),
      { roles: ['release-notes'], source: 'name' },
    ],
  ])('reads %s', (_, name, content, expected) => {
    expect(documentRoles(name, content)).toEqual(expected);
  });

  it('keeps the role a name gives a document that could not be read', () => {
    expect(documentRoles('End_User_Agreement.pdf', undefined)).toEqual({ roles: ['eula'], source: 'name' });
  });
});

describe('sections of a document with another role', () => {
  const guide = markdown(`# Corvid Installation Guide\n\n## What's New in This Guide\n\nA new chapter on upgrades.\n\n## Read the Release Notes\n\nBefore installing, read the release notes at https://docs.corvid.example/rn.\n\n## Installation\n\nSee the installation guide at https://docs.corvid.example/install.\n\n## Installing on a Cluster\n\n${STEPS}\n\n## What's New in 3.2.1\n\nNFS 4.1 offload.`);
  const section = (heading: string) => guide.sections.findIndex((candidate) => candidate.heading?.text === heading);

  it.each<[string, 'release-notes' | 'install-guide', boolean]>([
    ["What's New in This Guide", 'release-notes', false],
    ['Read the Release Notes', 'release-notes', false],
    ["What's New in 3.2.1", 'release-notes', true],
    ['Installation', 'install-guide', false],
    ['Installing on a Cluster', 'install-guide', true],
  ])('"%s" plays %s: %s', (heading, role, plays) => {
    expect(sectionPlays(role, guide, section(heading))).toBe(plays);
  });
});

describe('licence documents by their text', () => {
  it.each<[string, string, 'eula' | 'license-notice' | undefined]>([
    ['an agreement', markdown(AGREEMENT).text, 'eula'],
    [
      'one project\'s permissive licence',
      'MIT License\n\nCopyright (c) 2024 Corvid Systems\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM.',
      'eula',
    ],
    ['notices of three components', markdown(CREDITS).text, 'license-notice'],
    ['a guide', markdown(`# Installing\n\n${STEPS}`).text, undefined],
  ])('%s', (_, text, role) => {
    expect(legalRoleOf(legalEvidence(text))).toBe(role);
  });

  it('says which clauses of an agreement it found', () => {
    expect(legalEvidence(markdown(AGREEMENT).text).clauses).toEqual(['an agreement', 'a grant of licence', 'acceptance', 'a warranty disclaimer', 'a limitation of liability', 'termination or governing law']);
  });
});

describe('in time linear in the document', () => {
  const within = (milliseconds: number, run: () => unknown) => {
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(milliseconds);
  };

  it('reads a 16 MB line opening like an instruction ("To …") without backtracking', () => {
    within(5000, () => expect(documentRoles('README.md', markdown(`# Product X\n\n## Installation\n\nTo ${'a'.repeat(16e6)}`))).toEqual({ roles: [], source: undefined }));
  });

  it('asks 50,000 nested installation sections whether they walk through steps', () => {
    const nested = buildDocument(Array.from({ length: 50_000 }, (_, depth) => [{ kind: 'heading' as const, level: depth + 1, text: `Installation ${depth}` }, { kind: 'text' as const, text: 'See the guide.' }]).flat());
    within(10_000, () => expect(nested.sections.filter((_, index) => sectionPlays('install-guide', nested, index))).toEqual([]));
  });
});
