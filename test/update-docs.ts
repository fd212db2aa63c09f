/**
 * `npm run docs`: rewrites the generated sections of the README and of every rule's page from the
 * code, and the JSON report's schema file from its source.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { generatedFiles, regenerated } from './docs/generated.js';
import { REPORT_SCHEMA_FILE, reportSchemaText } from './helpers/report-schema.js';

for (const path of generatedFiles) writeFileSync(join(packageRoot, path), regenerated(path));
writeFileSync(REPORT_SCHEMA_FILE, reportSchemaText());
