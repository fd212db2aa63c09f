import type { ErrorObject } from 'ajv';

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
  return [...new Set(said.map((error) => describe(error, base)))];
}

function describe(error: ErrorObject, base: string): string {
  const at = base + error.instancePath;
  const title = (error.parentSchema as { title?: string } | undefined)?.title;
  switch (error.keyword) {
    case 'required':
      return `${jsonPath(at, (error.params as { missingProperty: string }).missingProperty)}: is required`;
    case 'additionalProperties':
      return `${jsonPath(at, (error.params as { additionalProperty: string }).additionalProperty)}: is not a known key`;
    case 'oneOf':
      return `${jsonPath(at)}: must be ${((error.schema as { title?: string }[]).map((branch) => branch.title)).join(', or ')}`;
    case 'enum':
      return `${jsonPath(at)}: must be ${title ?? `one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`}`;
    case 'pattern':
      return `${jsonPath(at)}: ${title ? `must be ${title}` : error.message}`;
    default:
      return `${jsonPath(at)}: ${error.message}`;
  }
}
