import type { FromSchema } from '../json-schema-type.js';
import type { Topic } from '../release/topic-evidence.js';
import type { Bundle, DigestName } from '../model/model.js';
import type { DataField, MessageData, PlaceholderMap, Templates } from './messages.js';

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

/** The options a rule's options schema accepts, its defaults filled in; none when it has no schema. */
export type OptionsOf<OptionsSchema> = [OptionsSchema] extends [undefined] ? Readonly<Record<string, never>> : FromSchema<OptionsSchema>;

export interface RuleMeta<Messages extends Templates = Templates, OptionsSchema extends object | undefined = object | undefined> {
  /** `area/name`, equal to the module's path under `rules/`; its documentation is `rules/<id>.md`. */
  readonly id: string;
  readonly severity: Severity;
  /** One line, for `bundlelint rules`. */
  readonly summary: string;
  /** Message templates with `{{placeholders}}` filled from a finding's data. */
  readonly messages: Messages;
  /** JSON Schema of the rule's options object, with a default for each; absent when it takes none. Rules read the options with its type. */
  readonly options?: OptionsSchema;
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
  /**
   * Messages that say where something was found rather than that something is wrong ("the
   * notices are inside the installer", "dated by month only"): reported as `info` whatever severity
   * the rule runs at (nothing when it is off).
   */
  readonly informational?: readonly (keyof Messages & string)[];
}

/** How a rule recognises its topic (see `src/release/topic-evidence.ts`). */
export type { Topic } from '../release/topic-evidence.js';

/**
 * What a finding shows a reader besides its message, as JSON: for a topic judged absent, the
 * section that came closest, its score and why it fell short. The JSON report gives it as the
 * finding's `data`.
 */
export type Evidence = { readonly [key: string]: EvidenceValue };
export type EvidenceValue = string | number | boolean | null | readonly EvidenceValue[] | Evidence;

/** One finding a rule reports: a message id of the rule, where, and exactly the placeholders of that message. */
export type Report<MessageId extends string, Names extends string, Data = MessageData<Names>> = {
  readonly messageId: MessageId;
  readonly location: Location;
  readonly evidence?: Evidence;
} & DataField<Names, Data>;

/** What a rule is given besides the bundle; `Names` is each message id's placeholder names. */
export interface RuleContext<Names extends Readonly<Record<string, string>> = Readonly<Record<string, string>>, Options = unknown> {
  /** With a union of message ids, the data holds the placeholders of every one of them. */
  report<MessageId extends keyof Names & string, Data extends MessageData<Names[MessageId]> = MessageData<Names[MessageId]>>(
    report: Report<MessageId, Names[MessageId], Data>,
  ): void;
  /** The options set for this run, validated against `meta.options` with its defaults filled in. */
  readonly options: Options;
  /** Headings configured for this rule's topic on top of its own (`vocabulary` in configuration). */
  readonly vocabulary: readonly string[];
  /** The topics of the topic rules this run checks (built-in and plugins'), each with its configured headings. */
  readonly topics: readonly RunTopic[];
}

/** A topic some rule of the run looks for, with the headings configured for it. */
export interface RunTopic {
  readonly topic: Topic;
  readonly vocabulary: readonly string[];
}

/**
 * What a helper shared by several rules needs of their contexts: to report `MessageId`, with
 * exactly the placeholders `Names`. Any rule whose messages of those ids have exactly those
 * placeholders can pass its context.
 */
export interface Reporter<MessageId extends string, Names extends string> {
  // A property, not a method: its parameter is then checked strictly, so a rule whose template wants more data is refused.
  readonly report: (report: Report<MessageId, Names>) => void;
}

/**
 * A rule; `Rule` alone is one of any messages and options, as the engine holds them. Its default
 * is `any`, not `Templates`: a rule's context does not fit one for other messages, but every rule
 * fits `Rule<any>`.
 */
export interface Rule<Messages extends Templates = any, OptionsSchema extends object | undefined = object | undefined> {
  readonly meta: RuleMeta<Messages, OptionsSchema>;
  /** Reads the model and reports; never touches the disk or opens an archive. */
  check(bundle: Bundle, context: RuleContext<PlaceholderMap<Messages>, OptionsOf<OptionsSchema>>): void | Promise<void>;
}

/**
 * Declares a rule. Its message templates and options schema are read as literal types, so the
 * compiler checks every report (a message id of the rule, exactly its placeholders) and types
 * `context.options` from the schema.
 */
export function defineRule<const Messages extends Templates, const OptionsSchema extends object | undefined = undefined>(
  rule: Rule<Messages, OptionsSchema>,
): Rule<Messages, OptionsSchema> {
  return rule;
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  /** The placeholder values the message was filled with. The JSON report leaves them out (SPEC section 1 fixes its shape); SARIF and `lint()` carry them. */
  readonly data: MessageData;
  readonly location: Location;
  /** What the rule read to decide, when it says (see `Evidence`). */
  readonly evidence?: Evidence;
}
