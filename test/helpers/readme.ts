import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configReference } from '../../src/config/reference.js';
import { packageRoot } from '../../src/package-root.js';

const START = '<!-- config-reference: generated from schema/config.schema.json by `npm run docs` -->';
const END = '<!-- end of config-reference -->';

/** The README with its configuration reference generated afresh from the committed schema. */
export function readmeWithReference(): string {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  const schema = JSON.parse(readFileSync(join(packageRoot, 'schema', 'config.schema.json'), 'utf8')) as object;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${configReference(schema)}${readme.slice(end)}`;
}
