/**
 * Compile-time checks of message placeholders and of the types derived from JSON Schemas (rule
 * options, the JSON report). Each `@ts-expect-error` line must fail to compile and each
 * `expectTypeOf` line must compile, so `tsc -p .` (the build, and `npm test` before the tests)
 * fails when the types loosen or drift. The runtime part checks what the findings then hold.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Bundle } from '../../src/model/model.js';
import { defineRule, type Reporter } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { resolveSettings } from '../../src/engine/settings.js';
import type { JsonReport } from '../../src/report/report-schema.js';

const located = { path: 'a.zip' };

const messages = {
  central: 'entry "{{name}}" {{problem}}',
  local: 'the local header of {{entry}} names it "{{name}}", which {{problem}}',
  plain: 'nothing varies here',
  spaced: '{{ count }} left',
} as const;

const options = { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, default: 3 } } } as const;

const rule = defineRule({
  meta: { id: 'test/placeholders', severity: 'warning', summary: 'reports every way a rule may', messages, options },
  check(_bundle, context) {
    expectTypeOf(context.options).toEqualTypeOf<{ readonly limit: number }>();
    context.report({ messageId: 'central', location: located, data: { name: 'a', problem: 'is absolute' } });
    context.report({ messageId: 'plain', location: located });
    context.report({ messageId: 'spaced', location: located, data: { count: context.options.limit } });
    // A message id chosen at run time: the data holds the placeholders of every message it may be.
    const header = context.options.limit > 3 ? ('central' as const) : ('local' as const);
    context.report({ messageId: header, location: located, data: { name: 'b', problem: 'climbs out', entry: 'b' } });
  },
});

// Never run: each report in it is one the compiler refuses.
defineRule({
  meta: { id: 'test/refused', severity: 'warning', summary: 'reports every way a rule may not', messages, options },
  check(_bundle, context) {
    // @ts-expect-error a placeholder without a value
    context.report({ messageId: 'central', location: located, data: { name: 'a' } });
    // @ts-expect-error a value without a placeholder
    context.report({ messageId: 'central', location: located, data: { name: 'a', problem: 'p', entry: 'e' } });
    const misspelt = { name: 'a', problm: 'p' };
    // @ts-expect-error a misspelt placeholder, given through a variable
    context.report({ messageId: 'central', location: located, data: misspelt });
    // @ts-expect-error data for a message that has no placeholders
    context.report({ messageId: 'plain', location: located, data: { name: 'a' } });
    // @ts-expect-error no data for a message that has placeholders
    context.report({ messageId: 'spaced', location: located });
    // @ts-expect-error a message the rule does not have
    context.report({ messageId: 'centre', location: located, data: { name: 'a', problem: 'p' } });
    const header = context.options.limit > 3 ? ('central' as const) : ('local' as const);
    // @ts-expect-error a message id that may be `local` needs its `entry` too
    context.report({ messageId: header, location: located, data: { name: 'b', problem: 'climbs out' } });
    // @ts-expect-error an option the schema does not have
    void context.options.limits;
  },
});

/** A helper several rules share, as the kit's topic checks are. */
function reportUnreadable(context: Reporter<'unreadable', 'document'>): void {
  context.report({ messageId: 'unreadable', location: located, data: { document: 'Guide.pdf' } });
}

defineRule({
  meta: { id: 'test/helped', severity: 'info', summary: 'its unreadable message names the document', messages: { unreadable: '{{document}} could not be read', other: '{{x}}' } },
  check: (_bundle, context) => reportUnreadable(context),
});

defineRule({
  meta: { id: 'test/unhelped', severity: 'info', summary: 'its unreadable message wants more than the helper gives', messages: { unreadable: '{{document}} could not be read: {{reason}}' } },
  // @ts-expect-error the helper gives no {{reason}}
  check: (_bundle, context) => reportUnreadable(context),
});

describe('message placeholders', () => {
  it('are what findings carry, besides the message filled with them (in report order)', async () => {
    const findings = await runRules({} as Bundle, [rule], resolveSettings([rule], {}));
    expect(findings.map(({ messageId, message, data }) => [messageId, message, data])).toEqual([
      ['spaced', '3 left', { count: 3 }],
      ['central', 'entry "a" is absolute', { name: 'a', problem: 'is absolute' }],
      ['plain', 'nothing varies here', {}],
      ['local', 'the local header of b names it "b", which climbs out', { entry: 'b', name: 'b', problem: 'climbs out' }],
    ]);
  });
});

describe('the JSON report type', () => {
  it('is derived from the report schema', () => {
    expectTypeOf<JsonReport['results'][number]['findings'][number]>().toEqualTypeOf<{
      readonly ruleId: string;
      readonly severity: 'error' | 'warning' | 'info';
      readonly message: string;
      readonly location: { readonly path: string; readonly line?: number };
      readonly data?: unknown;
      readonly suppressed?: { readonly waiver: string; readonly reason: string };
    }>();
    expectTypeOf<JsonReport['tool']>().toEqualTypeOf<{ readonly name: 'bundlelint'; readonly version: string }>();
  });
});
