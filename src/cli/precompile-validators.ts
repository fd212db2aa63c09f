/**
 * Run by `npm run build` after `tsc` (and so by `npm ci`, through `prepare`): compiles the JSON
 * Schemas bundlelint checks on every run (the built-in rules' options, the configuration file,
 * a plugin's rule shape) into ajv standalone modules, so that a run neither loads ajv nor
 * compiles a schema. src/engine/validators.ts uses a module's validator only for the very schema
 * it was made from, and compiles anything else itself.
 */
import { writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { builtinRules } from '../../rules/index.js';
import { configSchema } from '../config/load-config.js';
import { ruleShape } from '../config/plugins.js';
import { precompiledPath, VALIDATOR_KINDS, type ValidatorKind } from '../engine/validators.js';

const schemas: Record<ValidatorKind, Record<string, object>> = {
  options: Object.fromEntries(builtinRules.flatMap(({ meta }) => (meta.options ? [[meta.id, meta.options]] : []))),
  config: { config: configSchema() },
  plugin: { rule: ruleShape },
};

for (const [kind, byKey] of Object.entries(schemas) as [ValidatorKind, Record<string, object>][]) {
  const ajv = new Ajv({ ...VALIDATOR_KINDS[kind], code: { source: true } });
  for (const [key, schema] of Object.entries(byKey)) ajv.addSchema(schema, key);
  const code = standaloneCode.default(ajv, Object.fromEntries(Object.keys(byKey).map((key) => [key, key])));
  const made = Object.fromEntries(Object.entries(byKey).map(([key, schema]) => [key, JSON.stringify(schema)]));
  writeFileSync(precompiledPath(kind), `${code}\nexports.schemas = ${JSON.stringify(made)};\n`);
}
