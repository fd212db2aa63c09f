import type { ErrorObject } from 'ajv';
import { didYouMean } from './suggest.js';

/** `$.waivers[0].reason` for the JSON pointer `/waivers/0/reason`, with more steps after it. */
export function jsonPath(pointer: string, ...more: (string | number)[]): string {
  const steps = pointer === '' ? [] : pointer.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  return [...steps, ...more].reduce<string>((path, key) => path + step(key), '$');
}

function step(key: string | number): string {
  if (typeof key === 'number' || /^\d+$/.test(key)) return `[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/**
 * One `path: problem` per mistake, from the errors of an ajv validator compiled with
 * `allErrors` and `verbose`. A value that fits none of a `oneOf`'s branches is said once, from
 * the branches' titles, unless a branch got further into the value: then what is wrong inside
 * it is said instead.
 */
export function describeErrors(errors: readonly ErrorObject[], base = ''): string[] {
  const alternatives = errors.filter((error) => error.keyword === 'oneOf');
  const inside = (error: ErrorObject, at: string) => error.instancePath.startsWith(`${at}/`);
  const said = errors.filter((error) =>
    error.keyword === 'oneOf'
      ? !errors.some((other) => inside(other, error.instancePath))
      : !alternatives.some((alternative) => alternative.instancePath === error.instancePath),
  );
  return [...new Set(said.map((error) => describe(error, base, errors)))];
}

function describe(error: ErrorObject, base: string, errors: readonly ErrorObject[]): string {
  const at = base + error.instancePath;
  const parent = error.parentSchema as { title?: string; properties?: Record<string, unknown> } | undefined;
  const title = parent?.title;
  // A mistyped word among the words allowed here, including those of a `oneOf`'s branches.
  const allowed = errors.filter((other) => other.keyword === 'enum' && other.instancePath === error.instancePath).flatMap((other) => (other.params as { allowedValues: unknown[] }).allowedValues.map(String));
  const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
  switch (error.keyword) {
    case 'required':
      return `${jsonPath(at, (error.params as { missingProperty: string }).missingProperty)}: is required`;
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return `${jsonPath(at, key)}: is not a known key${didYouMean(key, Object.keys(parent?.properties ?? {}))}`;
    }
    case 'oneOf':
      return `${jsonPath(at)}: must be ${((error.schema as { title?: string }[]).map((branch) => branch.title)).join(', or ')}${suggestion}`;
    case 'enum':
      return `${jsonPath(at)}: must be ${title ?? `one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`}${suggestion}`;
    case 'pattern':
      return `${jsonPath(at)}: ${title ? `must be ${title}` : error.message}`;
    default:
      return `${jsonPath(at)}: ${error.message}`;
  }
}
