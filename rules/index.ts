import type { Rule } from '../src/engine/rule.js';
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
import eulaPresent from './eula/present.js';
import layoutDocsArchive from './layout/docs-archive.js';
import layoutInstaller from './layout/installer.js';
import layoutJunk from './layout/junk.js';
import licensesOpenSource from './licenses/open-source.js';
import namingTrademark from './naming/trademark.js';
import signatureChronology from './signature/chronology.js';
import signatureConsistent from './signature/consistent.js';
import signaturePresent from './signature/present.js';
import signatureUnique from './signature/unique.js';
import vibAcceptanceLevel from './vib/acceptance-level.js';
import vibDescriptor from './vib/descriptor.js';
import vibPayloadChecksums from './vib/payload-checksums.js';

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
  eulaPresent,
  layoutDocsArchive,
  layoutInstaller,
  layoutJunk,
  licensesOpenSource,
  namingTrademark,
  signatureChronology,
  signatureConsistent,
  signaturePresent,
  signatureUnique,
  vibAcceptanceLevel,
  vibDescriptor,
  vibPayloadChecksums,
];
