import { existsSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import micromatch from 'micromatch';
import { builtinRules } from '../../rules/index.js';
import { parseByteSize, type Limits } from '../archive/limits.js';
import type { Rule, RuleSetting, SeveritySetting } from '../engine/rule.js';
import type { PartnerConfiguration } from '../model/model.js';
import { validateOptions } from '../engine/settings.js';
import { validatorFor } from '../engine/validators.js';
import { defaultWaiverSeverities, type Waiver, type WaiverSeverities } from '../engine/waivers.js';
import { parseDay } from '../day.js';
import { UsageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { describeErrors, jsonPath } from './json-path.js';
import { loadPlugins } from './plugins.js';
import { unknownRule } from './suggest.js';
import { amongUploads, type LintTargets } from './uploads.js';

const CONFIG_FILE = 'bundlelint.config.json';
const MAX_CONFIG_BYTES = 1 << 20;

/** bundlelint.config.json as written; schema/config.schema.json describes it. */
interface ConfigFile {
  rules?: Record<string, RuleSetting>;
  limits?: Partial<Record<keyof Limits, number | string>>;
  vocabulary?: Record<string, string[]>;
  waivers?: Waiver[];
  unusedWaivers?: SeveritySetting;
  expiredWaivers?: SeveritySetting;
  plugins?: string[];
  partner?: { names?: string[]; domains?: string[] };
}

/** A configuration file read, checked and turned into what `lint()` takes. */
export interface Configuration {
  /** The file, relative to the working directory when under it. */
  readonly file: string;
  /** The plugins loaded, as the file names them. */
  readonly plugins: readonly string[];
  /** The built-in rules, then the plugins' rules. */
  readonly rules: readonly Rule[];
  readonly settings: Readonly<Record<string, RuleSetting>>;
  readonly vocabulary: Readonly<Record<string, readonly string[]>>;
  readonly limits: Partial<Limits>;
  readonly waivers: readonly Waiver[];
  readonly waiverSeverities: WaiverSeverities;
  /** The partner's names and domains as the file gives them. */
  readonly partner: PartnerConfiguration;
}

let validateFile: ValidateFunction<ConfigFile> | undefined;

/** The committed schema's validator, made on first use: most runs have no configuration. */
function configValidator(): ValidateFunction<ConfigFile> {
  validateFile ??= validatorFor<ConfigFile>('config', 'config', configSchema());
  return validateFile;
}

/** schema/config.schema.json, which the build also precompiles. */
export function configSchema(): object {
  return JSON.parse(readFileSync(join(packageRoot, 'schema', 'config.schema.json'), 'utf8')) as object;
}

/**
 * The configuration for a run: the file given, else the nearest `bundlelint.config.json` from
 * `cwd` up to the repository root, else none (`given === false`: none, whatever is there).
 * Every mistake is a usage error naming the file and the JSON path of each mistake. A
 * discovered file among the bundles of a `lint` run (`targets`) may have come with them: its
 * plugins are refused, since loading them would run that code.
 */
export async function loadConfiguration(given: string | false | undefined, cwd: string, targets?: LintTargets): Promise<Configuration | undefined> {
  if (given === false) return undefined;
  let path = '';
  let text: string | undefined;
  for (const folder of given === undefined ? searchedFolders(cwd) : [cwd]) {
    path = resolve(folder, given ?? CONFIG_FILE);
    text = await readText(path, given !== undefined);
    if (text !== undefined) break;
  }
  if (text === undefined) return undefined;
  const file = relative(cwd, path) || path;
  const fail = (problems: readonly string[]) => new UsageError(`${file}: ${problems.join('; ')}`);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw fail([`not valid JSON ${jsonErrorPlace(text, (error as Error).message)}`]);
  }
  const validate = configValidator();
  if (!validate(data)) throw fail(describeErrors(validate.errors!));
  const config = withWarnSpelledOut(data);

  const specifiers = config.plugins ?? [];
  if (given === undefined && specifiers.length > 0 && targets && (await amongUploads(dirname(path), targets, cwd))) {
    throw new UsageError(
      `${file} lists plugins but sits in a folder of bundles being linted, so its code may have come with them and is not run; pass --config ${file} to trust it, or --no-config to ignore it`,
    );
  }
  const plugins = await loadPlugins(specifiers, dirname(path), builtinRules).catch((error: unknown) => {
    throw error instanceof UsageError ? fail([error.message]) : error;
  });
  const rules = [...builtinRules, ...plugins];
  const problems = [...settingProblems(config, rules), ...waiverProblems(config.waivers ?? [], rules)];
  const limits = Object.fromEntries(
    Object.entries(config.limits ?? {}).map(([name, value]) => {
      const bytes = parseByteSize(value);
      if (bytes === undefined || bytes < 1) problems.push(`${jsonPath('/limits', name)}: "${value}" is not a size`);
      return [name, bytes];
    }),
  ) as Partial<Limits>;
  if (problems.length > 0) throw fail(problems);

  return {
    file,
    plugins: specifiers,
    rules,
    settings: config.rules ?? {},
    vocabulary: config.vocabulary ?? {},
    limits,
    waivers: config.waivers ?? [],
    partner: { names: config.partner?.names ?? [], domains: (config.partner?.domains ?? []).map((domain) => domain.toLowerCase()) },
    waiverSeverities: {
      unused: config.unusedWaivers ?? defaultWaiverSeverities.unused,
      expired: config.expiredWaivers ?? defaultWaiverSeverities.expired,
    },
  };
}

/**
 * Where a configuration is looked for: `cwd` and each folder above it up to the repository's
 * root (the first holding `.git`); outside a repository, `cwd` alone, so no file of another
 * user's folder above (say /tmp) is picked up.
 */
function searchedFolders(cwd: string): string[] {
  const folders: string[] = [];
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    folders.push(folder);
    if (existsSync(join(folder, '.git'))) return folders;
    if (dirname(folder) === folder) return [resolve(cwd)];
  }
}

/**
 * `at line 3, column 5 (Expected ',' or '}' after property value)` from a JSON.parse error:
 * V8 gives a character position (and from Node 22 a line and column too), editors go by line.
 */
function jsonErrorPlace(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return `at line ${before.length}, column ${before.at(-1)!.length + 1} (${reason})`;
}

/** ESLint's `warn`, accepted as `warning` wherever a severity is. */
function withWarnSpelledOut(config: ConfigFile): ConfigFile {
  const spelled = <T>(value: T): T => (value === 'warn' ? 'warning' : value) as T;
  const rules = config.rules && Object.fromEntries(Object.entries(config.rules).map(([id, setting]) => [id, Array.isArray(setting) ? [spelled(setting[0]), setting[1]] : spelled(setting)]));
  return { ...config, ...(rules && { rules: rules as Record<string, RuleSetting> }), ...(config.unusedWaivers && { unusedWaivers: spelled(config.unusedWaivers) }), ...(config.expiredWaivers && { expiredWaivers: spelled(config.expiredWaivers) }) };
}

/** The file's text; undefined when a discovered file is absent. */
async function readText(path: string, required: boolean): Promise<string | undefined> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && !required) return undefined;
    throw new UsageError(`cannot read the configuration ${path} (${error.code ?? error.message})`);
  });
  if (!handle) return undefined;
  try {
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read the configuration ${path} (${error.code ?? error.message})`);
    });
    if (bytesRead > MAX_CONFIG_BYTES) throw new UsageError(`${path}: a configuration file of more than 1 MiB is not one`);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Rule ids that name no rule, and options a rule's own schema refuses. */
function settingProblems(config: ConfigFile, rules: readonly Rule[]): string[] {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const problems: string[] = [];
  for (const [key, ids] of [['rules', Object.keys(config.rules ?? {})], ['vocabulary', Object.keys(config.vocabulary ?? {})]] as const) {
    for (const id of ids) if (!byId.has(id)) problems.push(`${jsonPath(`/${key}`, id)}: ${unknownRule(id, byId.keys())}`);
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule || !Array.isArray(setting)) continue;
    const at = `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}/1`;
    if (!rule.meta.options) {
      if (Object.keys(setting[1]).length > 0) problems.push(`${jsonPath(at)}: rule ${id} takes no options`);
      continue;
    }
    for (const problem of describeErrors(validateOptions(rule, setting[1]).errors, at)) problems.push(problem);
  }
  return problems;
}

function waiverProblems(waivers: readonly Waiver[], rules: readonly Rule[]): string[] {
  const ids = rules.map((rule) => rule.meta.id);
  return waivers.flatMap((waiver, index) => {
    const problems: string[] = [];
    if (micromatch(ids, waiver.rule).length === 0) problems.push(`${jsonPath('/waivers', index, 'rule')}: "${waiver.rule}" matches no rule`);
    if (waiver.expires !== undefined && !parseDay(waiver.expires)) problems.push(`${jsonPath('/waivers', index, 'expires')}: ${waiver.expires} is not a date`);
    return problems;
  });
}
