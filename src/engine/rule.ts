import type { Bundle, DigestName } from '../model/model.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
/** How a run sets one rule: a severity, or a severity and options for the rule's schema. */
export type RuleSetting = SeveritySetting | readonly [SeveritySetting, object];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Location {
  /** Path inside the bundle, nested archives joined with `!/`; `''` is the bundle itself. */
  readonly path: string;
  readonly line?: number;
}

export interface RuleMeta<MessageId extends string> {
  /** `area/name`, equal to the module's path under `rules/`; its documentation is `rules/<id>.md`. */
  readonly id: string;
  readonly severity: Severity;
  /** One line, for `bundlelint rules`. */
  readonly summary: string;
  /** Message templates with `{{placeholders}}` filled from a finding's data. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** JSON Schema of the rule's options object, with a default for each; absent when it takes none. */
  readonly options?: object;
  /**
   * Digests the rule reads from `BundleFile.digests` of every file. Without it, files have the
   * digests the manifests beside them may list (MD5, SHA-1, SHA-256) and VIB payloads those their
   * descriptor names.
   */
  readonly digests?: readonly DigestName[];
  /** A plugin rule's documentation page, in Markdown; a built-in rule's is `rules/<id>.md`. */
  readonly docs?: string;
  /** What a topic rule accepts as covering its topic; its page lists it, generated from here. */
  readonly topic?: Topic;
}

/** How a rule recognises its topic: heading wording, and the text that covers it when no heading names it. */
export interface Topic {
  /** Phrases a heading, or a label opening a line ("Known issues: …"), uses for the topic; matched as words, in any case. */
  readonly headings: readonly string[];
  /** Text that covers the topic without naming it in a heading (a paragraph on collecting logs with the command). */
  readonly cues?: readonly RegExp[];
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface Report<MessageId extends string> {
  readonly messageId: MessageId;
  readonly location: Location;
  readonly data?: MessageData;
}

export interface RuleContext<MessageId extends string, Options> {
  report(finding: Report<MessageId>): void;
  /** The options set for this run, validated against `meta.options` with its defaults filled in. */
  readonly options: Options;
  /** Headings configured for this rule's topic on top of its own (`vocabulary` in configuration). */
  readonly vocabulary: readonly string[];
}

export interface Rule<MessageId extends string = string, Options = unknown> {
  readonly meta: RuleMeta<MessageId>;
  /** Reads the model and reports; never touches the disk or opens an archive. */
  check(bundle: Bundle, context: RuleContext<MessageId, Options>): void | Promise<void>;
}

/**
 * Declares a rule, checking at compile time that every reported message id exists. `Options`
 * is the shape `meta.options` validates, defaults included.
 */
export function defineRule<MessageId extends string, Options = Record<string, never>>(rule: Rule<MessageId, Options>): Rule<MessageId, Options> {
  return rule;
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: Location;
}
