/**
 * Part of the build (`npm run build`, and the tests' global setup): copies the prebuilt pdf.js
 * files bundlelint loads (src/documents/pdfjs-loader.ts) from the pdfjs-dist dev dependency into
 * dist/vendor/pdfjs/, with pdf.js's licence (Apache-2.0), so that the package ships them and
 * installs without pdfjs-dist's 41 MB nor @napi-rs/canvas's binaries.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFJS_DIRECTORY, PDFJS_FILES } from '../src/documents/pdfjs-loader.js';

export function vendorPdfJs(): void {
  const source = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  mkdirSync(PDFJS_DIRECTORY, { recursive: true });
  for (const file of Object.values(PDFJS_FILES)) copyFileSync(join(source, 'legacy', 'build', file), join(PDFJS_DIRECTORY, file));
  copyFileSync(join(source, 'LICENSE'), join(PDFJS_DIRECTORY, 'LICENSE'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) vendorPdfJs();
