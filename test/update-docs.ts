/** `npm run docs`: regenerates the README's configuration reference from the schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { readmeWithReference } from './helpers/readme.js';

writeFileSync(join(packageRoot, 'README.md'), readmeWithReference());
