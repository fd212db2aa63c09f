import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { formatHtml } from '../src/report/html.js';
import { formatSarif } from '../src/report/sarif.js';
import { materializeCorpus } from './helpers/corpus.js';
import { scratchDirectory } from './helpers/lint.js';
import { innerPathOf, parseSarif } from './helpers/sarif.js';

/**
 * Every archive of ../shared/corpus/zip and the `archive/*` rule ids it must produce (sorted,
 * unique), following PROVENANCE.md. (They are archives, not release bundles: the structural
 * rules have plenty to say about them, and are tested on generated bundles.) Where our outcome
 * differs from the source project's, the comment says why.
 */
const EXPECTED: Record<string, string[]> = {
  // Go archive/zip testdata: valid archives of many writers.
  'go-crc32-not-streamed.zip': [],
  'go-dd.zip': [],
  'go-go-no-datadesc-sig.zip': [], // decoded from .base64
  'go-go-with-datadesc-sig.zip': [],
  'go-readme.notzip': ['archive/trailing-data', 'archive/unreadable'], // 20 bytes prefixed: the directory offset is wrong
  'go-readme.zip': ['archive/trailing-data'], // its comment length is one short of the bytes that follow; Go accepts it
  'go-subdir.zip': [],
  'go-symlink.zip': ['archive/symlink'],
  'go-test-trailing-junk.zip': ['archive/trailing-data'],
  'go-test.zip': [],
  'go-time-22738.zip': [],
  'go-time-7zip.zip': [],
  'go-time-go.zip': [],
  'go-time-infozip.zip': [],
  'go-time-osx.zip': [],
  'go-time-win7.zip': [],
  'go-time-winrar.zip': [],
  'go-time-winzip.zip': [],
  'go-unix.zip': [],
  'go-utf8-7zip.zip': [],
  'go-utf8-infozip.zip': [],
  'go-utf8-osx.zip': [],
  'go-utf8-winrar.zip': [],
  'go-utf8-winzip.zip': [],
  'go-winxp.zip': [],
  'go-zip64-2.zip': [],
  'go-zip64.zip': [],
  'local-duplicate-names-and-proto.zip': ['archive/duplicate-entry'],
  // rc-zip testdata.
  'rczip-archive-oob.zip': ['archive/unreadable'],
  'rczip-cp-437.zip': [],
  'rczip-found-me-bzip2.zip': ['archive/unreadable'],
  'rczip-found-me-deflate64.zip': ['archive/unreadable'],
  'rczip-found-me-lzma.zip': ['archive/unreadable'],
  'rczip-found-me-zstd.zip': ['archive/unreadable'],
  'rczip-go-no-datadesc-sig.zip': [],
  'rczip-info-zip-unix-extra.zip': [],
  'rczip-readme.notzip': ['archive/unreadable'],
  'rczip-shift-jis.zip': [],
  'rczip-symlink.zip': [], // its "symlink" entry has mode 0644: a regular file by its attributes
  'rczip-wine-zeroed.zip': [], // decoded from .bz2: 11,372 entries, under maxEntries
  // RecursiveExtractor test data.
  'recext-10GB.zip': ['archive/bomb'], // decoded from .bz2
  'recext-NestedFormatsTest.zip': [],
  'recext-TestData.zip': [],
  'recext-TestDataArchivesNested.zip': [], // nested zip and three ar archives, all read
  'recext-TestDataCorrupt.tar.zip': [], // the corrupt tar is data, not an archive we open
  'recext-TestDataEncryptedAES.zip': ['archive/encrypted'],
  'recext-TestDataEncryptedZipCrypto.zip': ['archive/encrypted'],
  'recext-zbsm.zip': ['archive/bomb'],
  'recext-zip-slip-win.zip': ['archive/unsafe-path'],
  'recext-zip-slip.zip': ['archive/unsafe-path'],
  // yauzl test/failure: each must be reported.
  'yauzl-failure-End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated.zip': ['archive/unreadable'],
  'yauzl-failure-End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated_1.zip': ['archive/unreadable'],
  // One zero byte after an empty comment: the same situation as go-readme.zip, so the same
  // answer (reported, as an info) rather than yauzl's refusal.
  'yauzl-failure-Invalid_comment_length_Expected_1_Found_0_Are_there_extra_bytes_at_the_end_of_the_file_Or_is_the_end_of_central_dir_signature_PK_in_the_com.zip': ['archive/trailing-data'],
  'yauzl-failure-absolute_path_C_xt.zip': ['archive/unsafe-path'],
  'yauzl-failure-absolute_path_atxt.zip': ['archive/unsafe-path'],
  'yauzl-failure-compressed_uncompressed_size_mismatch_for_stored_file_2147483647_5.zip': ['archive/integrity'],
  'yauzl-failure-extra_field_length_exceeds_extra_field_buffer_size.zip': ['archive/unreadable'],
  'yauzl-failure-file_data_overflows_file_bounds_63_2147483647_308.zip': ['archive/unreadable'],
  'yauzl-failure-invalid_central_directory_file_header_signature_0x1014b50.zip': ['archive/unreadable'],
  // Byte for byte the same file as yauzl-success-sloppy-filenames.zip: a backslash in a name
  // is reported as not portable (a warning), whichever folder yauzl keeps it in.
  'yauzl-failure-invalid_characters_in_fileName_a_txt.zip': ['archive/nonportable-name'],
  'yauzl-failure-invalid_code_lengths_set.zip': ['archive/integrity'],
  'yauzl-failure-invalid_local_file_header_signature_0x3034b50.zip': ['archive/unreadable'],
  'yauzl-failure-invalid_relative_path_xt.zip': ['archive/unsafe-path'],
  'yauzl-failure-invalid_zip64_end_of_central_directory_record_signature.zip': ['archive/unreadable'],
  'yauzl-failure-multi-disk_zip_files_are_not_supported_found_disk_number_1.zip': ['archive/unreadable'],
  'yauzl-failure-not_enough_bytes_in_the_stream_expected_2048576_got_only_1000000.zip': ['archive/integrity'],
  'yauzl-failure-strong_encryption_is_not_supported.zip': ['archive/encrypted'],
  'yauzl-failure-too_many_bytes_in_the_stream_expected_82496_got_at_least_98304.zip': ['archive/integrity'],
  'yauzl-failure-too_many_length_or_distance_symbols.zip': ['archive/integrity'],
  'yauzl-failure-unexpected_EOF.zip': ['archive/unreadable'],
  'yauzl-failure-unsupported_compression_method_1.zip': ['archive/unreadable'],
  'yauzl-failure-zip64_extended_information_extra_field_does_not_include_compressed_size.zip': ['archive/unreadable'],
  'yauzl-failure-zip64_extended_information_extra_field_does_not_include_relative_header_offset.zip': ['archive/unreadable'],
  'yauzl-failure-zip64_extended_information_extra_field_does_not_include_uncompressed_size.zip': ['archive/unreadable'],
  // yauzl test/success: valid archives, except what a linter must still say.
  'yauzl-success-NtfsTimestamp.zip': [],
  'yauzl-success-big-compression.zip': [], // 920:1, but 135 KB: under ratioThreshold
  'yauzl-success-big-uncompressed.zip': [],
  'yauzl-success-bogus-compression-method.zip': ['archive/unreadable'],
  'yauzl-success-cygwin-info-zip.zip': [],
  'yauzl-success-deflate.zip': [],
  'yauzl-success-directories.zip': [],
  'yauzl-success-empty.zip': [],
  'yauzl-success-everything.zip': [],
  'yauzl-success-linux-info-zip.zip': [],
  'yauzl-success-sloppy-filenames.zip': ['archive/nonportable-name'],
  'yauzl-success-streaming.zip': [],
  'yauzl-success-traditional-encryption-and-compression.zip': ['archive/encrypted'],
  'yauzl-success-traditional-encryption-and-compression_deprecated.zip': ['archive/encrypted'],
  'yauzl-success-traditional-encryption.zip': ['archive/encrypted'],
  'yauzl-success-traditional-encryption_deprecated.zip': ['archive/encrypted'],
  'yauzl-success-unicode-path-extra-field.zip': [],
  'yauzl-success-unicode.zip': [],
  'yauzl-success-unix-epoch.zip': [],
  'yauzl-success-windows-7-zip.zip': [],
  'yauzl-success-windows-compressed-folder.zip': [],
  'yauzl-success-zip64.zip': [],
  'yauzl-wrong-entry-sizes-wrong-entry-sizes.zip': ['archive/integrity'],
};

describe('the shared zip corpus', () => {
  const directory = scratchDirectory();
  let corpus = new Map<string, string>();
  beforeAll(async () => {
    corpus = await materializeCorpus(directory);
  });

  it('has an expectation for every archive in it', () => {
    expect([...corpus.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  // A hang guard, not a speed test (npm run bench times the reading): generous, so a busy machine does not fail it.
  it.each(Object.entries(EXPECTED))('%s gives %j', { timeout: 30_000 }, async (name, expected) => {
    const result = await lint([corpus.get(name)!], { files: true });
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId.startsWith('archive/'));
    expect([...new Set(findings.map((finding) => finding.ruleId))].sort()).toEqual(expected);
    // A valid archive may carry a warning or an info, never an archive error.
    if (expected.every((id) => id === 'archive/trailing-data' || id === 'archive/nonportable-name' || id === 'archive/symlink')) {
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    }
    // Hostile names make valid SARIF, each finding inside its archive, and HTML rows of text.
    const sarif = parseSarif(await formatSarif(result, builtinRules));
    const { findings: all } = result.results[0]!;
    expect(sarif.runs[0]!.results.map(innerPathOf)).toEqual(all.map((finding) => finding.location.path));
    const html = await formatHtml(result, builtinRules);
    expect(html.match(/<tr class="finding /g) ?? []).toHaveLength(all.length);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});
