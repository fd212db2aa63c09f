import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { reportSchema } from '../../src/report/report-schema.js';

/** The shipped JSON Schema of the JSON report, written out from `reportSchema`. */
export const REPORT_SCHEMA_FILE = join(packageRoot, 'schema', 'report.schema.json');

/** What `schema/report.schema.json` holds: `reportSchema` as JSON (`npm run docs` writes it). */
export function reportSchemaText(): string {
  return `${JSON.stringify(reportSchema, null, 2)}\n`;
}
