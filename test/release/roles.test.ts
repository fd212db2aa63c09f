import { describe, expect, it } from 'vitest';
import type { DocumentRole } from '../../src/model/model.js';
import { headingOpens, rolesOfName, rolesOfTitle } from '../../src/release/roles.js';

const ROLES: readonly DocumentRole[] = ['release-notes', 'install-guide', 'support', 'eula', 'license-notice'];

describe('document roles', () => {
  it.each<[string, DocumentRole[]]>([
    ['docs/Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf', ['release-notes']],
    ['RN_3.2.1.pdf', ['release-notes']],
    ['CorvidRN.docx', ['release-notes']],
    ["What's New.md", ['release-notes']],
    ['Release  Notes.pdf', ['release-notes']],
    // "RelNotes" is the short form of a file per release; NEWS is the GNU name of a project's release notes.
    ['Corvid_3.2.1_RelNotes.txt', ['release-notes']],
    ['corvid-6.6.0-version_description.pdf', ['release-notes']],
    ['NEWS', ['release-notes']],
    ['corvid-3.2.1-NEWS.md', ['release-notes']],
    ['Corvid_Newsletter.pdf', []],
    ['InstallGuide_v3.pdf', ['install-guide']],
    ['Acme_UG.pdf', ['install-guide']],
    ['Quick-Start.html', ['install-guide']],
    ['Installation_and_Support_Guide.docx', ['install-guide', 'support']],
    ['Support_Process.txt', ['support']],
    ['Customer_Service.pdf', ['support']],
    ['EULA.txt', ['eula']],
    ['LICENSE', ['eula']],
    ['SoftwareLicense.rtf', ['eula']],
    ['EULA_and_Release_Notes.pdf', ['eula']],
    ['open_source_licenses.txt', ['license-notice']],
    ['opensourcelicenses.txt', ['license-notice']],
    ['ThirdPartyNotices.txt', ['license-notice']],
    ['Third_Party_Install_Guide.pdf', ['license-notice']],
    ['End_User_Agreement.txt', ['eula']],
    ['end-user-agreement.rtf', ['eula']],
    ['Acknowledgements.txt', ['license-notice']],
    ['3rdpartylicenses.txt', ['license-notice']],
    ['NOTICE', ['license-notice']],
    // The GNU names of a project's notes.
    ['NEWS', ['release-notes']],
    ['corvid-tools-4.99.6-CHANGES.txt', ['release-notes']],
    ['CHANGES', ['release-notes']],
    ['docs\\install\\readme.txt', []],
    // A file named for debugging or configuring is as often a build's, its symbols' or a settings file's: titles say it is a guide's page.
    ['Debug_Symbols.txt', []],
    ['Corvid_Debug_Build_Readme.txt', []],
    ['debug.md', []],
    ['configure.txt', []],
    ['Architecture_Overview.pdf', []],
  ])('the name %s gives %j', (name, roles) => {
    expect(rolesOfName(name)).toEqual(roles);
  });

  it.each<[string, DocumentRole[]]>([
    ['Corvid NAS Plugin 3.2.1 Release Notes', ['release-notes']],
    // The standards' name of release notes (MIL-STD-498, NASA).
    ['Corvid Flight Software Version Description Document', ['release-notes']],
    ['Version History - corvid_firmware', ['release-notes']],
    ['Corvid Tools Release History', ['release-notes']],
    // Not alone (a guide's first heading over its revisions), nor a guide's.
    ['Version History', []],
    ['Corvid NAS Installation Guide - Version History', ['install-guide']],
    ['Getting Started with Corvid NAS', ['install-guide']],
    ['Corvid Systems Support Process', ['support']],
    ['Corvid NAS Customer Care', ['support']],
    // A page of a guide split into pages, titled for one of its topics.
    ['Prerequisites', ['install-guide']],
    ['Troubleshooting', ['install-guide']],
    ['Frequently Asked Questions', ['install-guide']],
    // The guide's other topics as pages of their own: "details of any encryption being used", a page of common problems.
    ['Encryption', ['install-guide']],
    ['Data Encryption at Rest', ['install-guide']],
    ['CSI Common Issues', ['install-guide']],
    ['Common Problems', ['install-guide']],
    // A page on the logs to collect is the support process's part.
    ['Logging', ['support']],
    ['Log Files', ['support']],
    // Turning on debug logs or setting log levels is the support process's, not a page of the guide on debugging or configuring.
    ['Debug Logging', ['support']],
    ['Enabling Debug Logs', ['support']],
    ['Configure Log Levels', []],
    ['Corvid driver debug tips', ['install-guide']],
    ['Debugging Volume Attach Failures', ['install-guide']],
    ['How to Configure TLS Between the Corvid Controller and Its Agents', ['install-guide']],
    // Longer titles say more than a topic: not a page of the guide by these words alone.
    ['Encryption Key Rotation for Backup Repositories', []],
    // Short forms are read in names only.
    ['Corvid RN-200 Array: Architecture', []],
    ['End User License Agreement', ['eula']],
    ['MICROSOFT SOFTWARE LICENSE TERMS', ['eula']],
    ['THIRD-PARTY SOFTWARE NOTICES AND INFORMATION', ['license-notice']],
    ['Open Source Licenses of the Corvid NAS Plugin', ['license-notice']],
    // A word of a guide's title in a notices' title does not make it a guide.
    ['Third-Party Notices for the Installer', ['license-notice']],
  ])('the title %s gives %j', (title, roles) => {
    expect(rolesOfTitle(title)).toEqual(roles);
  });

  it.each<[string, DocumentRole[]]>([
    ['Release Notes', ['release-notes']],
    ['4. Release-Notes', ['release-notes']],
    ["What's New in 3.2", ['release-notes']],
    ['2.3 Installation', ['install-guide']],
    ['Deploying the Plugin', ['install-guide']],
    ['Contacting Support', ['support']],
    ['Customer Service', ['support']],
    // Narrower than a title: a pointer to the guide, a paragraph of contacts, a feature.
    ['Getting Started', []],
    ['Contact Us', []],
    ['Platform Support', []],
    ['EULA', []],
  ])('the heading %s opens a section of %j', (heading, roles) => {
    expect(ROLES.filter((role) => headingOpens(role, heading))).toEqual(roles);
  });
});
