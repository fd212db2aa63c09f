/** `npm run docs`: regenerates the README's configuration reference from the schema, and the JSON report's schema file from its source. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { readmeWithReference } from './helpers/readme.js';
import { REPORT_SCHEMA_FILE, reportSchemaText } from './helpers/report-schema.js';

writeFileSync(join(packageRoot, 'README.md'), readmeWithReference());
writeFileSync(REPORT_SCHEMA_FILE, reportSchemaText());
