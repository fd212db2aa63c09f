import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/rule.js';
import { validateOptions } from '../engine/settings.js';
import { validatorFor } from '../engine/validators.js';
import { UsageError } from '../errors.js';
import { describeErrors } from './json-path.js';

/** What the engine needs of a rule; `check` is tested apart, JSON Schema cannot say "function". */
export const ruleShape = {
  type: 'object',
  required: ['meta', 'check'],
  properties: {
    meta: {
      type: 'object',
      required: ['id', 'severity', 'summary', 'messages'],
      properties: {
        id: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$', title: 'an id such as "acme/docs-format" (lower-case area/name)' },
        severity: { enum: ['error', 'warning', 'info'], title: '"error", "warning" or "info"' },
        summary: { type: 'string', pattern: '^[^\\n]*\\S[^\\n]*$', title: 'one line of text' },
        messages: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
        options: { type: 'object' },
        digests: { type: 'array', items: { enum: ['md5', 'sha1', 'sha256'], title: '"md5", "sha1" or "sha256"' } },
        docs: { type: 'string' },
      },
    },
  },
};

/**
 * The rules of each plugin, in order: a module (path relative to `base`, or a package name)
 * whose `rules` export, or its default export's `rules`, is an array of rules shaped like the
 * built-in ones. Anything else is a usage error naming the plugin and the field.
 */
export async function loadPlugins(specifiers: readonly string[], base: string, known: readonly Rule[]): Promise<Rule[]> {
  const ids = new Set(known.map((rule) => rule.meta.id));
  const loaded: Rule[] = [];
  for (const specifier of specifiers) {
    const validateShape = validatorFor('plugin', 'rule', ruleShape);
    const rules = exportedRules(specifier, await importPlugin(specifier, base));
    rules.forEach((rule, index) => {
      const fail = (field: string, problem: string) => {
        throw new UsageError(`plugin ${specifier}: rules[${index}]${field}: ${problem}`);
      };
      if (!validateShape(rule)) {
        const [first] = describeErrors(validateShape.errors!, `/${index}`);
        throw new UsageError(`plugin ${specifier}: rules${first!.slice(1)}`);
      }
      if (typeof rule.check !== 'function') fail('.check', 'must be a function (bundle, context) => void');
      if (ids.has(rule.meta.id)) fail('.meta.id', `"${rule.meta.id}" is already a rule`);
      try {
        const { errors } = validateOptions(rule, undefined);
        if (errors.length > 0) fail('.meta.options', `the defaults must satisfy the schema, but ${describeErrors(errors)[0]}`);
      } catch (error) {
        if (error instanceof UsageError) throw error;
        fail('.meta.options', `not a JSON Schema bundlelint accepts (${(error as Error).message})`);
      }
      ids.add(rule.meta.id);
      loaded.push(rule);
    });
  }
  return loaded;
}

async function importPlugin(specifier: string, base: string): Promise<unknown> {
  let file: string;
  try {
    const local = specifier.startsWith('.') || isAbsolute(specifier);
    file = createRequire(join(base, 'noop.js')).resolve(local ? resolve(base, specifier) : specifier);
  } catch {
    throw new UsageError(`plugin ${specifier}: not found from ${base}`);
  }
  try {
    return await import(pathToFileURL(file).href);
  } catch (error) {
    throw new UsageError(`plugin ${specifier}: failed to load (${error instanceof Error ? error.message : String(error)})`);
  }
}

function exportedRules(specifier: string, module: unknown): readonly Rule[] {
  const exports = module as { rules?: unknown; default?: { rules?: unknown } };
  const rules = exports.rules ?? exports.default?.rules;
  if (!Array.isArray(rules) || rules.length === 0) {
    throw new UsageError(`plugin ${specifier}: rules: must be exported as a non-empty array of rules (export const rules = [...])`);
  }
  return rules as Rule[];
}
