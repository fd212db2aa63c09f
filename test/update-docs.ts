/** `npm run docs`: rewrites the generated sections of the README and of every rule's page from the code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { generatedFiles, regenerated } from './docs/generated.js';

for (const path of generatedFiles) writeFileSync(join(packageRoot, path), regenerated(path));
