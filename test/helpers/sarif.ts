import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import draft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { packageRoot } from '../../src/package-root.js';

/** The SARIF 2.1.0 schema as OASIS published it (rtm.5), shipped in Microsoft's @microsoft/jest-sarif. */
const sarifSchema = JSON.parse(readFileSync(join(packageRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// The schema's language pattern is not valid with the u flag, so patterns are compiled without it.
const ajv = new draft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
export const validateSarif = ajv.compile(sarifSchema);

export interface Sarif {
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help?: { text: string; markdown: string }; helpUri?: string; defaultConfiguration: { enabled: boolean; level: string } }[] } };
    automationDetails: { id: string };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string }; associatedRule: { id: string; index: number } }[] }[];
    artifacts: { location: { uri: string; uriBaseId?: string }; length?: number; hashes?: Record<string, string> }[];
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: { startLine: number } }; logicalLocations?: { fullyQualifiedName: string; kind: string }[] }[];
      partialFingerprints: Record<string, string>;
      suppressions: { kind: string; status: string; justification: string }[];
      properties: { messageId: string; data: Record<string, string | number>; line?: number };
    }[];
  }[];
}

/** Parses a SARIF log and fails the test unless the official schema accepts it. */
export function parseSarif(text: string): Sarif {
  const log: unknown = JSON.parse(text);
  expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
  return log as Sarif;
}

/** The path inside the bundle a result names (its logical location), '' for the bundle itself. */
export function innerPathOf(result: Sarif['runs'][number]['results'][number]): string {
  return result.locations[0]!.logicalLocations?.[0]!.fullyQualifiedName ?? '';
}
