import type { Finding } from '../engine/rule.js';
import type { LintResult } from '../lint.js';
import { locationText } from './text.js';

/**
 * JUnit XML as Jenkins, GitLab and GitHub test reporters read it: one test suite per bundle, one
 * test case per rule. A rule with an error finding fails (the case's `<failure>` lists them all);
 * warnings and infos, which do not fail a run, go to the case's `<system-out>`; a rule that is off
 * is skipped.
 */
export function formatJunit(result: LintResult): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  // Each bundle's findings by rule, grouped once: a run may have many rules and many findings.
  const byRule = result.results.map((bundle) => groupByRule(bundle.findings));
  const failing = (groups: ReadonlyMap<string, Finding[]>) => result.rules.filter((rule) => groups.get(rule.id)?.some((finding) => finding.severity === 'error')).length;
  const failures = byRule.reduce((sum, groups) => sum + failing(groups), 0);
  lines.push(`<testsuites name="bundlelint" tests="${result.rules.length * result.results.length}" failures="${failures}" errors="0">`);
  for (const [index, bundle] of result.results.entries()) {
    const groups = byRule[index]!;
    const skipped = result.rules.filter((rule) => rule.severity === 'off').length;
    lines.push(`  <testsuite name="${xml(bundle.bundle)}" tests="${result.rules.length}" failures="${failing(groups)}" errors="0" skipped="${skipped}">`);
    for (const rule of result.rules) {
      const findings = groups.get(rule.id) ?? [];
      const errors = findings.filter((finding) => finding.severity === 'error');
      const others = findings.filter((finding) => finding.severity !== 'error');
      const head = `    <testcase classname="${xml(bundle.bundle)}" name="${xml(rule.id)}"`;
      if (rule.severity === 'off') {
        lines.push(`${head}><skipped message="turned off"/></testcase>`);
        continue;
      }
      if (findings.length === 0) {
        lines.push(`${head}/>`);
        continue;
      }
      lines.push(`${head}>`);
      if (errors.length > 0) lines.push(`      <failure type="error" message="${xml(errors[0]!.message)}">${xml(errors.map(line).join('\n'))}</failure>`);
      if (others.length > 0) lines.push(`      <system-out>${xml(others.map(line).join('\n'))}</system-out>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}

function line({ severity, location, message }: Finding): string {
  return `${severity}  ${locationText(location)}  ${message}`;
}

/**
 * Text for XML attributes and content. Entry names come from untrusted archives: characters
 * XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF) become escapes.
 */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu, (char) => {
      const code = char.codePointAt(0)!;
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
    })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}
