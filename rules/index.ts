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
];
