/**
 * Message templates and their data. A template names its variable parts as `{{placeholders}}`;
 * the types below read those names out of a literal template, so a report that gives a
 * placeholder no value, or a value no placeholder, does not compile.
 */

/** Message templates by message id. */
export type Templates = Readonly<Record<string, string>>;

/** A value a placeholder takes. */
export type MessageValue = string | number;

/** The values of a message's placeholders, by name: exactly `Names` (any name when `Names` is `string`). */
export type MessageData<Names extends string = string> = { readonly [Name in Names]: MessageValue };

/** The placeholder names of a template (`string` when the template is not a literal type). */
export type Placeholders<Template extends string> = string extends Template
  ? string
  : Template extends `${string}{{${infer Name}}}${infer Rest}`
    ? Trim<Name> | Placeholders<Rest>
    : never;

type Trim<Name extends string> = Name extends ` ${infer Inner}` ? Trim<Inner> : Name extends `${infer Inner} ` ? Trim<Inner> : Name;

/** The placeholder names of each message. */
export type PlaceholderMap<Messages extends Templates> = { readonly [Id in keyof Messages & string]: Placeholders<Messages[Id]> };

/**
 * The `data` a report of a message with placeholders `Names` gives: none when there are none,
 * and otherwise `Data`, which must hold every name and nothing else (checked through variables
 * too, not only object literals).
 */
export type DataField<Names extends string, Data> = string extends Names
  ? { readonly data?: MessageData }
  : [Names] extends [never]
    ? { readonly data?: Readonly<Record<string, never>> }
    : { readonly data: Data & { readonly [Unknown in Exclude<keyof Data, Names>]: never } };
