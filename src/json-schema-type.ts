/**
 * The TypeScript type of what a JSON Schema written `as const` accepts, so a schema is written
 * once and its type derived from it. It follows the keywords that shape a value (`type`,
 * `properties`, `required`, `items`, `enum`, `const`, local `$ref`s); those that only narrow
 * one (patterns, bounds) a type cannot say. A property is present when required or when it
 * has a `default`, as Ajv's `useDefaults` fills it in. Anything else is `unknown`.
 */
export type FromSchema<Schema, Root = Schema> = Schema extends { readonly $ref: `#/definitions/${infer Name}` }
  ? Root extends { readonly definitions: { readonly [Key in Name]: infer Target } }
    ? FromSchema<Target, Root>
    : unknown
  : Schema extends { readonly const: infer Value }
    ? Value
    : Schema extends { readonly enum: readonly (infer Value)[] }
      ? Value
      : Schema extends { readonly type: 'string' }
        ? string
        : Schema extends { readonly type: 'integer' | 'number' }
          ? number
          : Schema extends { readonly type: 'boolean' }
            ? boolean
            : Schema extends { readonly type: 'array'; readonly items: infer Items }
              ? readonly FromSchema<Items, Root>[]
              : Schema extends { readonly type: 'object'; readonly properties: infer Properties }
                ? ObjectOf<Properties, Schema extends { readonly required: readonly (infer Name)[] } ? Name : never, Root>
                : unknown;

type ObjectOf<Properties, Required, Root> = Flatten<
  { readonly [Key in PresentKeys<Properties, Required>]: FromSchema<Properties[Key], Root> } & {
    readonly [Key in Exclude<keyof Properties, PresentKeys<Properties, Required>>]?: FromSchema<Properties[Key], Root>;
  }
>;

type PresentKeys<Properties, Required> = {
  [Key in keyof Properties]: Key extends Required ? Key : Properties[Key] extends { readonly default: unknown } ? Key : never;
}[keyof Properties];

/** One object type instead of an intersection, for readable hovers and error messages. */
type Flatten<T> = { [Key in keyof T]: T[Key] };
