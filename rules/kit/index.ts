/**
 * The rule kit: everything a rule may use, and the only module rules import. Built-in rules and
 * plugins alike (`import { defineRule } from 'bundlelint/kit'`) read the bundle's model through
 * it; none of them opens an archive or reaches into `src/`.
 */
export { defineRule, type Finding, type Location, type Report, type Reporter, type Rule, type RuleContext, type RuleMeta, type RunTopic, type Severity, type Topic } from '../../src/engine/rule.js';
export type { MessageData, Placeholders } from '../../src/engine/messages.js';
export type * from '../../src/model/model.js';
export { describeEarlier, describePlace, describeSource, displayName, enclosingArchives, eventsOf, insideInstaller, isBlank, isInside, locationOf, parsedDescriptor, ROLE_NAMES, shippedFiles } from '../../src/model/queries.js';
export { componentOf, namesComponent, type Component } from '../../src/formats/components.js';
export type { ArchiveEvent, ArchiveEventType, EncryptionScheme, EventOf, UnsafeNameProblem } from '../../src/archive/events.js';
export { joinPath } from '../../src/archive/events.js';
export { formatBytes } from '../../src/archive/limits.js';
export { compareNodes, formatVersion, isMonthOnly, QUALIFIED_NODES, type Version, type VersionKind } from '../../src/formats/versions.js';
export { ALGORITHM_NAMES, type ManifestAlgorithm } from '../../src/formats/manifests.js';
export { checksumDigest, type VibDescriptor } from '../../src/formats/installer-metadata.js';
export { sectionText, urlsIn, type ParsedDocument } from '../../src/documents/document.js';
export { listedHistory, releaseNotesOf, statesFirstRelease, type ReleaseNotes, type VersionSection } from '../../src/release/release-notes.js';
export { mostAuthoritative } from '../../src/release/signature.js';
export { placeholderIn } from '../../src/release/placeholder.js';
export { documentedPlatforms, type DocumentedPlatform } from '../../src/release/platforms.js';
export { EDIT_CONFIGURATION, INSTALL_STEPS, installSections, manualSteps, WRITE_CONFIGURATION, type InstallSection, type ManualStep } from '../../src/release/install-procedure.js';
export { compareLandingFacts, holdsListedDocument, nameStem, nameWords, type LandingComparison, type LandingFactName } from '../../src/release/landing-page.js';
export * from './topics.js';
export { closestLink, isPartnerUrl, judgeLink, type LinkJudgement, type LinkKind } from '../../src/release/links.js';
export { describePartner } from '../../src/release/partner.js';
export { telephonesIn, type Telephones } from '../../src/release/telephone.js';
export { policyCandidates, type PolicyCandidate } from '../../src/release/support-policy.js';
export { LOGS_COLLECTED } from '../../src/release/roles.js';
