import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv, Options, ValidateFunction } from 'ajv';
import { packageRoot } from '../package-root.js';

/** The ajv settings each kind of schema is checked under. */
export const VALIDATOR_KINDS = {
  /** A rule's options: defaults filled in. */
  options: { allErrors: true, verbose: true, strict: true, useDefaults: true },
  /** bundlelint.config.json. */
  config: { allErrors: true, verbose: true, strict: true },
  /** The shape of a plugin's rule. */
  plugin: { allErrors: true, verbose: true, strict: false },
} as const satisfies Record<string, Options>;
export type ValidatorKind = keyof typeof VALIDATOR_KINDS;

/** What `npm run build` writes for a kind: ajv's standalone code, one export per key, and the schemas it was made from. */
export interface Precompiled {
  readonly [key: string]: ValidateFunction | Readonly<Record<string, string>>;
  readonly schemas: Readonly<Record<string, string>>;
}

/** The module `npm run build` writes a kind's precompiled validators to (see src/cli/precompile-validators.ts). */
export function precompiledPath(kind: ValidatorKind): string {
  return join(packageRoot, 'dist', 'src', 'engine', `validators-${kind}.cjs`);
}

const require = createRequire(import.meta.url);
const precompiled = new Map<ValidatorKind, Precompiled | undefined>();
const compilers = new Map<ValidatorKind, Ajv>();

/**
 * The validator of `schema`: the one the build precompiled under `key` when it was made from
 * this very schema (so a start-up compiles nothing, and ajv itself is not even loaded), else one
 * compiled now (a plugin's schema, or a build older than the source).
 */
export function validatorFor<T = unknown>(kind: ValidatorKind, key: string, schema: object): ValidateFunction<T> {
  const built = precompiledOf(kind);
  const validate = built?.[key];
  if (typeof validate === 'function' && built!.schemas[key] === JSON.stringify(schema)) return validate as ValidateFunction<T>;
  return compilerOf(kind).compile<T>(schema);
}

function precompiledOf(kind: ValidatorKind): Precompiled | undefined {
  if (!precompiled.has(kind)) {
    try {
      precompiled.set(kind, require(precompiledPath(kind)) as Precompiled);
    } catch (error) {
      // Not built (`tsc` alone, without `npm run build`): compiled as needed instead.
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
      precompiled.set(kind, undefined);
    }
  }
  return precompiled.get(kind);
}

function compilerOf(kind: ValidatorKind): Ajv {
  let ajv = compilers.get(kind);
  if (!ajv) {
    // ajv is CommonJS, so it loads synchronously, as validation is called.
    const { Ajv } = require('ajv') as typeof import('ajv');
    ajv = new Ajv(VALIDATOR_KINDS[kind]);
    compilers.set(kind, ajv);
  }
  return ajv;
}
