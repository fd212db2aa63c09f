import type { FromSchema } from '../json-schema-type.js';

/**
 * The JSON Schema of the JSON report (SPEC section 1), and the one place its shape is written:
 * `JsonReport` is derived from it, `formatJson` builds a `JsonReport`, and the shipped
 * `schema/report.schema.json` is this object written out by `npm run docs` (a test checks that it is).
 */
export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://bundlelint.dev/schema/report.schema.json',
  title: 'bundlelint JSON report',
  description: 'The output of `bundlelint lint --format json` (SPEC section 1).',
  type: 'object',
  additionalProperties: false,
  required: ['tool', 'results', 'errorCount', 'warningCount'],
  properties: {
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'bundlelint' }, version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' } },
    },
    results: { type: 'array', items: { $ref: '#/definitions/result' } },
    errorCount: { $ref: '#/definitions/count' },
    warningCount: { $ref: '#/definitions/count' },
  },
  definitions: {
    count: { type: 'integer', minimum: 0 },
    result: {
      type: 'object',
      additionalProperties: false,
      required: ['bundle', 'size', 'sha256', 'findings', 'errorCount', 'warningCount'],
      properties: {
        bundle: { type: 'string', description: "The bundle's path as given on the command line." },
        size: { type: 'integer', minimum: 0 },
        sha256: {
          type: 'string',
          pattern: '^([0-9a-f]{64})?$',
          description: 'The SHA-256 of the bundle file; empty when limits.maxSeconds stopped reading before its end, so it is not known.',
        },
        findings: { type: 'array', items: { $ref: '#/definitions/finding' } },
        errorCount: { $ref: '#/definitions/count' },
        warningCount: { $ref: '#/definitions/count' },
      },
    },
    finding: {
      type: 'object',
      additionalProperties: false,
      required: ['ruleId', 'severity', 'message', 'location'],
      properties: {
        ruleId: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
        severity: { enum: ['error', 'warning', 'info'] },
        message: { type: 'string', minLength: 1 },
        location: {
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: {
            path: { type: 'string', description: 'Path inside the bundle, nested archives joined with !/; empty for the bundle itself.' },
            line: { type: 'integer', minimum: 1 },
          },
        },
        data: {
          type: 'object',
          description: 'What the rule read to decide, when it says: for a topic judged absent, the section that came closest (document, heading, line, score, what counted, why it fell short).',
        },
        suppressed: {
          type: 'object',
          description: 'Present when a waiver of the configuration covers the finding: it is shown but not counted.',
          additionalProperties: false,
          required: ['waiver', 'reason'],
          properties: { waiver: { type: 'string', pattern: '^waivers\\[\\d+\\]$' }, reason: { type: 'string', minLength: 1 } },
        },
      },
    },
  },
} as const;

/** A JSON report, as `bundlelint lint --format json` writes it. */
export type JsonReport = FromSchema<typeof reportSchema>;

