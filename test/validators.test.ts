import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { configSchema } from '../src/config/load-config.js';
import { precompiledPath, VALIDATOR_KINDS, validatorFor } from '../src/engine/validators.js';

const require = createRequire(import.meta.url);
const withOptions = builtinRules.filter((rule) => rule.meta.options);

describe('the validators the build precompiles', () => {
  it("are the ones used for the built-in rules' options and the configuration file", () => {
    const options = require(precompiledPath('options')) as Record<string, unknown>;
    for (const { meta } of withOptions) expect(validatorFor('options', meta.id, meta.options!), meta.id).toBe(options[meta.id]);
    expect(validatorFor('config', 'config', configSchema())).toBe((require(precompiledPath('config')) as Record<string, unknown>).config);
  });

  it('fill in the same defaults and give the same errors as ajv compiling the schema', () => {
    const ajv = new Ajv(VALIDATOR_KINDS.options);
    for (const { meta } of withOptions) {
      const compiled = ajv.compile(meta.options!);
      const precompiled = validatorFor('options', meta.id, meta.options!);
      for (const given of [{}, { unknownOption: true }, Object.fromEntries(Object.keys((meta.options as { properties: object }).properties).map((name) => [name, 7]))]) {
        const [ours, theirs] = [structuredClone(given), structuredClone(given)];
        expect([precompiled(ours), ours, precompiled.errors], meta.id).toEqual([compiled(theirs), theirs, compiled.errors]);
      }
    }
  });

  it('give way to a compiled one when the schema is not the one they were made from', () => {
    const { meta } = withOptions[0]!;
    const changed = { type: 'object', properties: { limit: { type: 'integer', default: 3 } }, additionalProperties: false };
    const validate = validatorFor('options', meta.id, changed);
    expect(validate).not.toBe((require(precompiledPath('options')) as Record<string, unknown>)[meta.id]);
    const options = {};
    expect([validate(options), options]).toEqual([true, { limit: 3 }]);
    expect(validate({ limit: 'many' })).toBe(false);
  });
});
