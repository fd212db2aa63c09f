/**
 * Files that keep no state between them: rule tables run through testRule, and the library's own
 * tests that start no CLI process, mock no module, spy on nothing, change no environment variable,
 * working directory or process handler, and measure no process's memory. They run in threads that
 * keep the modules they loaded (the whole linter, PDFium, the fixtures' caches) from one file to
 * the next, instead of a fresh process that loads them again per file.
 */
export const SHARED = [
  'test/rules/**/*.test.ts',
  'test/architecture/**/*.test.ts',
  'test/archive/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/formats/**/*.test.ts',
  'test/release/**/*.test.ts',
  'test/types/**/*.test.ts',
  'test/helpers/rule-tester.test.ts',
  'test/compliant.test.ts',
  'test/corpus.test.ts',
  'test/engine.test.ts',
  'test/registry.test.ts',
  'test/regressions.test.ts',
  'test/signature-noise.test.ts',
  'test/validators.test.ts',
  'test/documents/formats.test.ts',
  'test/documents/hostile.test.ts',
  'test/documents/markdown-front-matter.test.ts',
  'test/documents/markdown-html.test.ts',
  'test/documents/real-bundles.test.ts',
  'test/documents/schemeless-links.test.ts',
  'test/documents/titles.test.ts',
  'test/documents/word-styles.test.ts',
  'test/reliability/manifests.test.ts',
  'test/reliability/memory.test.ts',
  'test/reliability/reports.test.ts',
  'test/reliability/waivers.test.ts',
  'test/scan/classify.test.ts',
  'test/scan/content.test.ts',
  'test/scan/digests.test.ts',
  'test/scan/links.test.ts',
  'test/scan/model.test.ts',
];
