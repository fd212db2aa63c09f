import type { Rule } from './kit/index.js';
import archiveBomb from './archive/bomb.js';
import archiveDuplicateEntry from './archive/duplicate-entry.js';
import archiveEncrypted from './archive/encrypted.js';
import archiveIntegrity from './archive/integrity.js';
import archiveNonportableName from './archive/nonportable-name.js';
import archiveSymlink from './archive/symlink.js';
import archiveTrailingData from './archive/trailing-data.js';
import archiveUnreadable from './archive/unreadable.js';
import archiveUnsafePath from './archive/unsafe-path.js';
import checksumsMismatch from './checksums/mismatch.js';
import checksumsMissingFile from './checksums/missing-file.js';
import checksumsPresent from './checksums/present.js';
import checksumsSyntax from './checksums/syntax.js';
import checksumsUnlistedFile from './checksums/unlisted-file.js';
import docsDeadLink from './docs/dead-link.js';
import docsHelpLink from './docs/help-link.js';
import docsPlaceholder from './docs/placeholder.js';
import docsUnreadable from './docs/unreadable.js';
import eulaPresent from './eula/present.js';
import installGuideEncryption from './install-guide/encryption.js';
import installGuideInitialConfiguration from './install-guide/initial-configuration.js';
import installGuideLicensing from './install-guide/licensing.js';
import installGuideManualSteps from './install-guide/manual-steps.js';
import installGuidePrerequisites from './install-guide/prerequisites.js';
import installGuidePresent from './install-guide/present.js';
import installGuideProofCase from './install-guide/proof-case.js';
import installGuideSteps from './install-guide/steps.js';
import installGuideSupportedConfigurations from './install-guide/supported-configurations.js';
import installGuideTroubleshooting from './install-guide/troubleshooting.js';
import landingDocuments from './landing/documents.js';
import landingFacts from './landing/facts.js';
import landingLinks from './landing/links.js';
import layoutDocsArchive from './layout/docs-archive.js';
import layoutInstaller from './layout/installer.js';
import layoutJunk from './layout/junk.js';
import licensesComponents from './licenses/components.js';
import licensesOpenSource from './licenses/open-source.js';
import namingTrademark from './naming/trademark.js';
import releaseNotesAdded from './release-notes/added.js';
import releaseNotesConsistentStructure from './release-notes/consistent-structure.js';
import releaseNotesFixed from './release-notes/fixed.js';
import releaseNotesHistory from './release-notes/history.js';
import releaseNotesKnownIssues from './release-notes/known-issues.js';
import releaseNotesPresent from './release-notes/present.js';
import signatureChronology from './signature/chronology.js';
import signatureConsistent from './signature/consistent.js';
import signaturePresent from './signature/present.js';
import signatureUnique from './signature/unique.js';
import supportContact from './support/contact.js';
import supportEntitlement from './support/entitlement.js';
import supportInformationToGather from './support/information-to-gather.js';
import supportLogs from './support/logs.js';
import supportPolicyLink from './support/policy-link.js';
import supportPresent from './support/present.js';
import supportVerboseLogging from './support/verbose-logging.js';
import vibAcceptanceLevel from './vib/acceptance-level.js';
import vibDepot from './vib/depot.js';
import vibDescriptor from './vib/descriptor.js';
import vibPayloadChecksums from './vib/payload-checksums.js';
import vibPlatform from './vib/platform.js';
import vibSignature from './vib/signature.js';

/** Every built-in rule, sorted by id. A test checks this list against the files under rules/. */
export const builtinRules: readonly Rule[] = [
  archiveBomb,
  archiveDuplicateEntry,
  archiveEncrypted,
  archiveIntegrity,
  archiveNonportableName,
  archiveSymlink,
  archiveTrailingData,
  archiveUnreadable,
  archiveUnsafePath,
  checksumsMismatch,
  checksumsMissingFile,
  checksumsPresent,
  checksumsSyntax,
  checksumsUnlistedFile,
  docsDeadLink,
  docsHelpLink,
  docsPlaceholder,
  docsUnreadable,
  eulaPresent,
  installGuideEncryption,
  installGuideInitialConfiguration,
  installGuideLicensing,
  installGuideManualSteps,
  installGuidePrerequisites,
  installGuidePresent,
  installGuideProofCase,
  installGuideSteps,
  installGuideSupportedConfigurations,
  installGuideTroubleshooting,
  landingDocuments,
  landingFacts,
  landingLinks,
  layoutDocsArchive,
  layoutInstaller,
  layoutJunk,
  licensesComponents,
  licensesOpenSource,
  namingTrademark,
  releaseNotesAdded,
  releaseNotesConsistentStructure,
  releaseNotesFixed,
  releaseNotesHistory,
  releaseNotesKnownIssues,
  releaseNotesPresent,
  signatureChronology,
  signatureConsistent,
  signaturePresent,
  signatureUnique,
  supportContact,
  supportEntitlement,
  supportInformationToGather,
  supportLogs,
  supportPolicyLink,
  supportPresent,
  supportVerboseLogging,
  vibAcceptanceLevel,
  vibDepot,
  vibDescriptor,
  vibPayloadChecksums,
  vibPlatform,
  vibSignature,
];
