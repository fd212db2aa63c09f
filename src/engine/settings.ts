import type { ErrorObject, ValidateFunction } from 'ajv';
import { UsageError } from '../errors.js';
import type { Rule, RuleSetting, SeveritySetting } from './rule.js';
import { validatorFor } from './validators.js';

/** A rule's severity and options for one run. */
export interface ResolvedSetting {
  readonly severity: SeveritySetting;
  readonly options: unknown;
  readonly vocabulary: readonly string[];
}

const validators = new WeakMap<Rule, ValidateFunction>();

/**
 * Every rule's setting for a run: the given severity or the rule's default, and options
 * validated against the rule's schema with its defaults filled in. A setting for an unknown
 * rule, or options the schema refuses, is a usage error naming the rule and the option.
 * `vocabulary` adds headings to the topics of rules that look for one.
 */
export function resolveSettings(
  rules: readonly Rule[],
  settings: Readonly<Record<string, RuleSetting>>,
  vocabulary: Readonly<Record<string, readonly string[]>> = {},
): Map<string, ResolvedSetting> {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const id of [...Object.keys(settings), ...Object.keys(vocabulary)]) {
    if (!byId.has(id)) throw new UsageError(`unknown rule "${id}" (bundlelint rules lists them)`);
  }
  return new Map(
    rules.map((rule) => {
      const setting = settings[rule.meta.id];
      const [severity, options] = Array.isArray(setting) ? setting : [setting ?? rule.meta.severity, undefined];
      return [rule.meta.id, { severity, options: checkOptions(rule, options), vocabulary: vocabulary[rule.meta.id] ?? [] }];
    }),
  );
}

function checkOptions(rule: Rule, given: object | undefined): unknown {
  const { id, options: schema } = rule.meta;
  if (!schema && given !== undefined) throw new UsageError(`rule ${id} takes no options`);
  const { options, errors } = validateOptions(rule, given);
  if (errors.length > 0) throw new UsageError(`rule ${id}: option ${errors[0]!.instancePath || '(root)'} ${errors[0]!.message}`);
  return options;
}

/** `given` checked against the rule's options schema: a copy with defaults filled in, and what the schema refuses. */
export function validateOptions(rule: Rule, given: object | undefined): { options: unknown; errors: readonly ErrorObject[] } {
  if (!rule.meta.options) return { options: {}, errors: [] };
  let validate = validators.get(rule);
  if (!validate) {
    validate = validatorFor('options', rule.meta.id, rule.meta.options);
    validators.set(rule, validate);
  }
  const options = structuredClone(given ?? {});
  return { options, errors: validate(options) ? [] : validate.errors! };
}
