import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Configuration } from '../config/load-config.js';
import { didYouMean, unknownRule } from '../config/suggest.js';
import { parseDay } from '../day.js';
import type { Rule, RuleSetting, SeveritySetting } from '../engine/rule.js';
import type { Waiver } from '../engine/waivers.js';
import { OutputError, systemReason, UsageError } from '../errors.js';
import { TEMPLATE_FORMATS, type TemplateFormat } from '../init/template-formats.js';
import type { LintResult } from '../lint.js';
import { toolVersion } from '../package-root.js';
import { formatReport, jsonEscaped, REPORT_FORMATS } from '../report/format.js';
import { RULE_LIST_FORMATS, type RuleListFormat } from '../report/rule-list.js';
import { escapeTerminal, escapeTerminalLines } from '../report/terminal.js';
import { progressLine } from './progress.js';
import { ReportRequests, type ReportRequest } from './reports.js';

// What a command needs beyond parsing its words (the rules, the scanner, the configuration's
// schema, the report writers) is imported when the command runs: `--help` and a mistyped option
// load none of it (`--version` alone is answered by bin/bundlelint before this module loads).

const SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
/** ESLint's word for a warning, accepted wherever a severity is. */
const WARN = 'warn';

const EXAMPLES = `
Examples:
  # check one bundle before submitting it
  bundlelint lint acme-nas-plugin-2.4.0-1187.zip
  # every *.zip under uploads/, in one JSON report
  bundlelint lint uploads/ --format json --output report.json
  # compare the release signature with an earlier release
  bundlelint lint new.zip --previous acme-nas-plugin-2.3.0-1102.zip --now 2026-11-25
  # one rule off, and no warning tolerated
  bundlelint lint new.zip --rule licenses/open-source=off --max-warnings 0
  # SARIF for code scanning and JUnit for the test tab, with the text report on stdout
  bundlelint lint new.zip --format sarif --output bundlelint.sarif --format junit --output junit.xml --format text
  # a self-contained page for a reviewer; settings and waivers from a given file
  bundlelint lint new.zip --format html --output report.html --config ci/bundlelint.config.json
  # what the landing page shows: product, version, date, MD5, SHA1, documents; and what changed since the last release
  bundlelint describe new.zip --previous acme-nas-plugin-2.3.0-1102.zip
  # which section covers each topic the rules require, or what came closest
  bundlelint describe new.zip --topics
  # the published landing page against the bundle, and every partner link in the documents
  bundlelint lint new.zip --landing-page https://partner.example.com/nas-plugin/3.2.1 --check-links
  # a corrected copy: debris dropped, loose documents zipped, manifests regenerated
  bundlelint fix new.zip --output fixed.zip
  # accept today's findings (a baseline), so that CI fails on new ones only
  bundlelint lint new.zip --write-waivers bundlelint.config.json --reason "baseline, ACME-1234"
  # documentation templates with every section the rules look for
  bundlelint init docs --product "ACME NAS Plugin" --version 2.4.0
  # why a rule fires and how to fix it
  bundlelint explain archive/bomb
`;

export interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
}

interface LintFlags {
  format?: ReportRequests;
  output?: ReportRequests;
  config?: string | false;
  jobs?: string;
  progress: boolean;
  previous: string[];
  rule: string[];
  maxWarnings?: string;
  now?: string;
  quiet?: boolean;
  printConfig?: boolean;
  landingPage?: string;
  checkLinks?: boolean;
  writeWaivers?: string;
  reason?: string;
  expires?: string;
}

/**
 * Parses the command line, runs the library, writes the report; resolves to the exit code:
 * 0 no error finding, 1 error findings (or too many warnings), 2 the command was wrong (even
 * in part: a bad path among good ones) or the report could not be written. Everything printed
 * that can hold input (names, paths, messages, plugins' texts) is escaped for the terminal.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { Command, CommanderError, Option } = await import('commander');
  let exitCode = 0;
  const reports = new ReportRequests();
  const program = new Command('bundlelint')
    .description('Lint partner software release bundles against the certification program guide.')
    .version(toolVersion, '--version')
    // `--version` after a command is the command's (`init --version 3.2.1`), not the tool's.
    .enablePositionalOptions()
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    });
  program.addHelpText('after', EXAMPLES);

  program
    .command('lint')
    .description('check bundles and report findings')
    .argument('[bundles...]', 'bundle zip files, directories holding them, or globs')
    .option('-f, --format <format>', `report format: ${REPORT_FORMATS.join(', ')} (default text); repeatable, each with its own --output`, reports.format)
    .option('-o, --output <file>', 'write the report of the --format before it to a file instead of stdout', reports.output)
    .option('-c, --config <file>', 'configuration file (default: the nearest bundlelint.config.json from here up to the repository root)')
    .option('--no-config', 'read no configuration file')
    .option('--print-config', 'print the effective configuration (severities, options, limits, waivers, plugins) as JSON and exit')
    .option('--previous <bundle>', 'an earlier released bundle of the same product (repeatable)', collect, [])
    .option('--rule <id=severity>', 'set a rule to off, info, warning (or warn) or error (repeatable)', collect, [])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)')
    .option('--now <YYYY-MM-DD>', 'the date treated as today by date rules')
    .option('-q, --quiet', 'report errors only')
    .option('--landing-page <file|URL>', "the release's landing page (saved HTML, or an http(s) address fetched once): enables the landing/* rules")
    .option('--check-links', 'fetch each partner address the documents give, once, with a short timeout: enables docs/dead-link (off: no network access)')
    .option('--jobs <n>', 'bundles read at once (default, or 0: the number of cores)')
    .option('--no-progress', 'no progress line on stderr (shown only on a terminal, for text reports)')
    .option('--write-waivers <file>', 'write one waiver per finding into this configuration file, merged with what it holds (a baseline); needs --reason')
    .option('--reason <text>', 'why the findings of --write-waivers are accepted (a ticket, a decision)')
    .option('--expires <YYYY-MM-DD>', 'the last day the waivers of --write-waivers apply')
    .action(async (bundles: string[], flags: LintFlags) => {
      exitCode = await lintCommand(bundles, flags, reports.list(), io);
    });

  program
    .command('rules')
    .description("list every rule with its default severity and summary (with the configuration's plugins)")
    .addOption(
      new Option('--format <format>', "a table; JSON with each rule's options schema and page; the Markdown index rules/README.md").choices(RULE_LIST_FORMATS).default('text'),
    )
    .option('-c, --config <file>', 'configuration file whose plugins add rules')
    .option('--no-config', 'read no configuration file')
    .action(async (flags: { format: RuleListFormat; config?: string | false }) => {
      const { formatRuleList } = await import('../report/rule-list.js');
      await writeOut(io.stdout, await formatRuleList(flags.format, await configuredRules(flags.config)));
    });

  program
    .command('describe')
    .description("print what the release's landing page shows: product, version, release date, size, MD5, SHA1, documents")
    .argument('<bundle>', 'a bundle zip file')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--topics', 'add the coverage map: each required topic, and the section that covers it or came closest')
    .option('--landing-page <file|URL>', "the release's landing page (saved HTML, or an http(s) address fetched once), compared fact by fact")
    .option('-c, --config <file>', 'configuration file whose plugins and vocabulary the coverage map uses')
    .option('--previous <bundle>', 'the earlier release of the same product: files added, removed and changed, version, release-notes history')
    .option('--no-config', 'read no configuration file')
    .action(async (bundle: string, flags: { format: 'text' | 'json'; topics?: boolean; landingPage?: string; previous?: string; config?: string | false }) => {
      const topics = flags.topics ? await configuredTopics(flags.config) : undefined;
      const description = await (await import('../describe.js')).describe(bundle, { landingPage: flags.landingPage, previous: flags.previous, ...(topics && { topics }) });
      await writeOut(io.stdout, flags.format === 'json' ? jsonEscaped(`${JSON.stringify(description, null, 2)}\n`) : (await import('../report/description.js')).formatDescription(description));
    });

  program
    .command('fix')
    .description('write a corrected copy of a bundle: debris dropped, loose documents zipped, manifests regenerated')
    .argument('<bundle>', 'a bundle zip file (never changed)')
    .requiredOption('-o, --output <file>', 'where to write the corrected copy (not the bundle itself)')
    .option('-c, --config <file>', 'configuration file whose settings, limits and plugins apply')
    .option('--no-config', 'read no configuration file')
    .action(async (bundle: string, flags: { output: string; config?: string | false }) => {
      exitCode = await fixCommand(bundle, flags, io);
    });

  program
    .command('init')
    .description('write documentation templates: release notes, installation and configuration guide, support process')
    .argument('<folder>', 'where to write them (made when absent; existing files are never overwritten)')
    .option('--product <name>', 'the product name the templates give (default: the folder name)')
    .option('--version <x.y.z>', 'the version the templates give', '1.0.0')
    .option('--date <YYYY-MM-DD>', 'the release date the release notes give (default: today)')
    .addOption(new Option('--format <format>', 'template format').choices(TEMPLATE_FORMATS).default('md'))
    .action(async (folder: string, flags: { product?: string; version: string; date?: string; format: TemplateFormat }) => {
      const date = flags.date ?? new Date().toISOString().slice(0, 10);
      if (!parseDay(date)) throw new UsageError(`--date takes a date as YYYY-MM-DD, not "${date}"`);
      const product = flags.product ?? basename(resolve(folder));
      const [{ writeTemplates }, { builtinRules }] = await Promise.all([import('../init/init.js'), import('../../rules/index.js')]);
      const written = await writeTemplates(folder, flags.format, { product, version: flags.version, date }, builtinRules);
      await writeOut(io.stdout, `${written.map((path) => `wrote ${escapeTerminal(path)}`).join('\n')}\nreplace each bracketed line; until then bundlelint reports it as docs/placeholder\n`);
    });

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<ruleId>', 'a rule id, such as archive/bomb')
    .option('-c, --config <file>', 'configuration file whose plugins add rules')
    .option('--no-config', 'read no configuration file')
    .action(async (ruleId: string, flags: { config?: string | false }) => {
      await writeOut(io.stdout, escapeTerminalLines(await explain(await configuredRules(flags.config), ruleId)));
    });

  try {
    refuseContradictions(argv);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      // Bare `bundlelint` printed its help to stderr already.
      if (error.code !== 'commander.help') printLine(io, error.message.replace(/^error: /, ''));
      return 2;
    }
    const known = error instanceof UsageError || error instanceof OutputError;
    printLine(io, known ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** The built-in rules and those of the configuration's plugins. */
async function configuredRules(given: string | false | undefined): Promise<readonly Rule[]> {
  return (await configuredTopics(given)).rules;
}

/** The rules (built-in and the plugins') and the headings the configuration adds to their topics. */
async function configuredTopics(given: string | false | undefined): Promise<{ rules: readonly Rule[]; vocabulary?: Readonly<Record<string, readonly string[]>> }> {
  const { loadConfiguration } = await import('../config/load-config.js');
  const configuration = await loadConfiguration(given, process.cwd());
  return { rules: configuration?.rules ?? (await import('../../rules/index.js')).builtinRules, vocabulary: configuration?.vocabulary };
}

/** The one way a line reaches stderr (a problem, a notice): `bundlelint: ` first, one line, escaped (paths and messages hold input). */
function printLine(io: Io, reason: string): void {
  io.stderr.write(`bundlelint: ${escapeTerminal(oneLine(reason))}\n`);
}

async function lintCommand(args: string[], flags: LintFlags, reports: readonly ReportRequest[], io: Io): Promise<number> {
  // -1, ESLint's default, is no limit.
  const maxWarnings = flags.maxWarnings === undefined || flags.maxWarnings === '-1' ? undefined : parseCount('--max-warnings', flags.maxWarnings);
  const jobs = flags.jobs === undefined ? undefined : parseCount('--jobs', flags.jobs);
  if (args.length === 0 && !flags.printConfig) throw new UsageError("missing required argument 'bundles'");
  const baseline = baselineRequest(flags);
  const { bundles, folders, problems } = await (await import('./bundle-paths.js')).bundleTargets(args);
  const { loadConfiguration } = await import('../config/load-config.js');
  const config = await loadConfiguration(flags.config, process.cwd(), { folders, bundles: [...bundles, ...flags.previous] });
  const rules = config?.rules ?? (await import('../../rules/index.js')).builtinRules;
  const overrides = flags.rule.map((text) => parseRuleSetting(text, rules));
  if (flags.printConfig) {
    if (config) printLine(io, `configuration from ${config.file}`);
    await writeOut(io.stdout, `${JSON.stringify(await effectiveConfiguration(config, rules, withSeverities(config?.settings ?? {}, overrides)), null, 2)}\n`);
    return 0;
  }
  const onTerminal = reports.find((report) => report.output === undefined)?.format ?? 'text';
  if (config && config.plugins.length > 0 && onTerminal === 'text') {
    printLine(io, `loaded ${config.plugins.length === 1 ? 'plugin' : 'plugins'} ${config.plugins.join(', ')} from ${config.file}`);
  }
  // A bad path among good ones: the good ones are still linted and reported, then each bad one is named.
  if (bundles.length === 0) {
    for (const problem of problems) printLine(io, problem);
    return 2;
  }
  const progress = progressLine(io.stderr, onTerminal, flags.progress, bundles.length);
  const { lint, onlyErrors } = await import('../lint.js');
  const result = await lint(bundles, {
    rules: config?.rules,
    settings: withSeverities(config?.settings ?? {}, overrides),
    vocabulary: config?.vocabulary,
    limits: config?.limits,
    waivers: config?.waivers,
    waiverSeverities: config?.waiverSeverities,
    now: flags.now === undefined ? undefined : parseNow(flags.now),
    previous: flags.previous,
    landingPage: flags.landingPage,
    ...(flags.checkLinks && { checkLinks: {} }),
    partner: config?.partner,
    jobs: jobs === 0 ? undefined : jobs,
    files: reports.some((report) => report.format === 'html'),
    topics: reports.some((report) => report.format === 'html'),
    onProgress: progress && ((update) => progress.update(update)),
  }).finally(() => progress?.clear());
  const shown = flags.quiet ? onlyErrors(result) : result;
  // Every report is attempted: one that cannot be written does not cost the others.
  const failures: OutputError[] = [];
  for (const { format, output } of reports) {
    const report = await formatReport(format, shown, { color: wantsColor(io, output), rules, ...(flags.quiet && { hidden: result }) });
    await (output === undefined ? writeOut(io.stdout, report) : writeReportFile(output, report)).catch((error: unknown) => {
      if (!(error instanceof OutputError)) throw error;
      failures.push(error);
    });
  }
  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  if (stepSummary && reports.some((report) => report.format === 'github')) {
    await appendFile(stepSummary, (await import('../report/github.js')).githubStepSummary(result, process.cwd())).catch((error: Error) => {
      failures.push(new OutputError(`cannot append the summary to GITHUB_STEP_SUMMARY ${stepSummary} (${systemReason(error)})`));
    });
  }
  for (const reason of [...problems, ...failures.map((failure) => failure.message)]) printLine(io, reason);
  if (problems.length > 0 || failures.length > 0) return 2;
  if (baseline) {
    const { baselineWaivers } = await import('../config/baseline.js');
    const waivers = result.results.flatMap((bundle) => baselineWaivers(bundle.bundle, bundle.findings, baseline.reason, baseline.expires));
    const added = await writeWaivers(baseline.file, waivers);
    printLine(io, `wrote ${added === 1 ? '1 waiver' : `${added} waivers`} to ${baseline.file}${added < waivers.length ? ` (${waivers.length - added} it held already)` : ''}; later runs with it report only new findings`);
    return 0;
  }
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) printLine(io, `too many warnings (${result.warningCount} > ${maxWarnings})`);
  return exitCodeOf(result, maxWarnings);
}

async function fixCommand(bundle: string, flags: { output: string; config?: string | false }, io: Io): Promise<number> {
  const [{ loadConfiguration }, { fix }, { formatText }, { count }, { formatChanges }] = await Promise.all([
    import('../config/load-config.js'),
    import('../fix/fix.js'),
    import('../report/text.js'),
    import('../lint.js'),
    import('../report/changes.js'),
  ]);
  const config = await loadConfiguration(flags.config, process.cwd(), { folders: [], bundles: [bundle] });
  const result = await fix(bundle, { output: flags.output, rules: config?.rules, settings: config?.settings, limits: config?.limits });
  if ('refused' in result) {
    const findings = result.refused;
    await writeOut(io.stdout, formatText({ rules: [], results: [{ bundle, size: 0, sha256: '', findings, waived: [], ...count(findings) }], ...count(findings) }, { color: wantsColor(io, undefined) }));
    printLine(io, `${bundle} was not fixed: its archive errors above need it rebuilt from its sources; nothing was written`);
    return 1;
  }
  await writeOut(io.stdout, formatChanges(result.changes, result.output));
  return 0;
}

/** What `--write-waivers` asks for: the file, and the reason and expiry every waiver gets. */
function baselineRequest(flags: LintFlags): { file: string; reason: string; expires: string | undefined } | undefined {
  if (flags.writeWaivers === undefined) {
    const stray = flags.reason !== undefined ? '--reason' : flags.expires !== undefined ? '--expires' : undefined;
    if (stray) throw new UsageError(`${stray} goes with --write-waivers <file>`);
    return undefined;
  }
  if (flags.reason === undefined || flags.reason.trim() === '') throw new UsageError('--write-waivers needs --reason "<why these findings are accepted>": every waiver carries one');
  if (flags.expires !== undefined && !parseDay(flags.expires)) throw new UsageError(`--expires takes a date as YYYY-MM-DD, not "${flags.expires}"`);
  return { file: flags.writeWaivers, reason: flags.reason, expires: flags.expires };
}

/** Merges the waivers into the configuration file (made when absent); how many were new. */
async function writeWaivers(file: string, waivers: readonly Waiver[]): Promise<number> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read ${file} (${systemReason(error)})`);
  });
  const merged = (await import('../config/baseline.js')).withWaivers(text, file, waivers);
  if (merged.text !== text) {
    await writeFile(file, merged.text).catch((error: Error) => {
      throw new OutputError(`cannot write the waivers to ${file} (${systemReason(error)})`);
    });
  }
  return merged.added;
}

/**
 * `--config x --no-config` says two things: refused, rather than letting the last one win.
 * Only the options before `--` count; after it every word is a bundle.
 */
function refuseContradictions(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  const given = options.find((word) => word === '--config' || word.startsWith('--config=') || /^-[^-]*c/.test(word));
  if (given !== undefined && options.includes('--no-config')) throw new UsageError(`${given.startsWith('--') ? '--config' : '-c'} and --no-config contradict each other; give one of them`);
}

/** What a run would use, as a configuration file would say it: every rule's severity and options, every limit. */
async function effectiveConfiguration(config: Configuration | undefined, rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>>) {
  const [{ resolveSettings }, { defaultLimits }, { defaultWaiverSeverities }] = await Promise.all([
    import('../engine/settings.js'),
    import('../archive/limits.js'),
    import('../engine/waivers.js'),
  ]);
  const resolved = resolveSettings(rules, settings, config?.vocabulary ?? {});
  return {
    rules: Object.fromEntries(rules.map(({ meta }) => [meta.id, meta.options ? [resolved.get(meta.id)!.severity, resolved.get(meta.id)!.options] : resolved.get(meta.id)!.severity])),
    limits: { ...defaultLimits, ...config?.limits },
    vocabulary: config?.vocabulary ?? {},
    waivers: config?.waivers ?? [],
    unusedWaivers: config?.waiverSeverities.unused ?? defaultWaiverSeverities.unused,
    expiredWaivers: config?.waiverSeverities.expired ?? defaultWaiverSeverities.expired,
    plugins: config?.plugins ?? [],
    partner: config?.partner ?? { names: [], domains: [] },
  };
}

/** Writes to stdout, resolving once written; a closed pipe or any other failure is an OutputError. */
function writeOut(stdout: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stdout.write(text, (error) => {
      if (!error) resolve();
      else reject(new OutputError(`cannot write the report to stdout (${systemReason(error)})`));
    });
  });
}

async function writeReportFile(path: string, text: string): Promise<void> {
  await writeFile(path, text).catch((error: Error) => {
    throw new OutputError(`cannot write the report to ${path} (${systemReason(error)})`);
  });
}

/** The configuration's settings with `--rule` severities on top; a rule's configured options stay. */
function withSeverities(settings: Readonly<Record<string, RuleSetting>>, overrides: readonly [string, SeveritySetting][]): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = { ...settings };
  for (const [id, severity] of overrides) {
    const current = merged[id];
    merged[id] = Array.isArray(current) ? [severity, current[1]] : severity;
  }
  return merged;
}

/** Warnings count against `--max-warnings` even when `--quiet` hides them. */
function exitCodeOf(result: LintResult, maxWarnings: number | undefined): number {
  if (result.errorCount > 0) return 1;
  return maxWarnings !== undefined && result.warningCount > maxWarnings ? 1 : 0;
}

function wantsColor(io: Io, output: string | undefined): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return output === undefined && io.stdout.isTTY === true;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `id=severity`, the id one of `rules`, the severity one of SETTINGS or `warn`. */
function parseRuleSetting(text: string, rules: readonly Rule[]): [string, SeveritySetting] {
  const at = text.lastIndexOf('=');
  const word = text.slice(at + 1);
  const setting = (word === WARN ? 'warning' : word) as SeveritySetting;
  if (at <= 0 || !SETTINGS.includes(setting)) throw new UsageError(`--rule takes <id>=<${SETTINGS.join('|')}>, not "${text}"${at > 0 ? didYouMean(word, SETTINGS) : ''}`);
  const id = text.slice(0, at);
  const ids = rules.map((rule) => rule.meta.id);
  if (!ids.includes(id)) throw new UsageError(unknownRule(id, ids));
  return [id, setting];
}

function parseCount(option: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} takes a whole number, not "${text}"`);
  return Number(text);
}

function parseNow(text: string): Date {
  const date = parseDay(text);
  if (!date) throw new UsageError(`--now takes a date as YYYY-MM-DD, not "${text}"`);
  return date;
}

/** The page of a rule, or of a finding waivers give. */
async function explain(rules: readonly Rule[], ruleId: string): Promise<string> {
  const kind = await (await import('../rule-docs.js')).findingKind(ruleId, rules);
  if (!kind) throw new UsageError(unknownRule(ruleId, [...rules.map((rule) => rule.meta.id), ...Object.keys((await import('../engine/waiver-pages.js')).WAIVER_PAGES)]));
  return kind.page ?? `# ${ruleId}\n\n**Default severity:** ${kind.rule!.meta.severity}\n\n${kind.summary}\n\n(The plugin gives no documentation page.)\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
