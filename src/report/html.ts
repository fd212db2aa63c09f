import { marked } from 'marked';
import { formatBytes } from '../archive/limits.js';
import type { Finding, Rule, Severity } from '../engine/rule.js';
import type { WaivedFinding } from '../engine/waivers.js';
import type { BundleResult, FileSummary, LintResult } from '../lint.js';
import { toolVersion } from '../package-root.js';
import { findingKind } from '../rule-docs.js';
import type { ReleaseDiff } from '../model/release-diff.js';
import { historyText } from './description.js';
import { countsText, locationText, plural } from './text.js';
import { coverageText } from './description.js';
import type { TopicCoverage } from '../../rules/kit/topics.js';

/** Past this many files a bundle's tree is cut, so a hostile bundle cannot make the page unusable. */
const MAX_TREE_FILES = 20_000;
/** Deeper folders are shown as one path, so a name of thousands of `a/` nests neither the page nor our recursion. */
const MAX_TREE_DEPTH = 48;

/**
 * One self-contained page for a reviewer: a summary of every bundle, then for each its size and
 * digests (the landing page's MD5 and SHA-1), its findings grouped by rule area, the areas with
 * errors first and errors first in each (each rule's page a click away), its waived findings with
 * their reasons, and its tree of files with sizes and digests, the files with findings marked. Everything the archive names is escaped, and the
 * page's policy forbids loading anything from elsewhere.
 */
export async function formatHtml(result: LintResult, rules: readonly Rule[]): Promise<string> {
  const docs = await Promise.all(
    result.rules.map(async ({ id }) => {
      const kind = await findingKind(id, rules);
      return { id, summary: kind?.summary, html: kind?.page === undefined ? undefined : await marked.parse(kind.page) };
    }),
  );
  const verdict = result.errorCount > 0 ? 'fail' : 'pass';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bundlelint report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>bundlelint report</h1>
<p class="verdict ${verdict}" id="verdict">${escape(verdictText(result))}</p>
<p class="tool">bundlelint ${escape(toolVersion)}</p>
</header>
<main>
<section id="summary">
<h2>Summary</h2>
<table>
<thead><tr><th>bundle</th><th>errors</th><th>warnings</th><th>infos</th><th>waived</th><th>size</th><th>SHA-256</th></tr></thead>
<tbody>
${result.results.map((bundle, index) => `<tr><td><a href="#bundle-${index}">${escape(bundle.bundle)}</a></td>${counts(bundle)}<td class="size">${escape(formatBytes(bundle.size))}</td><td class="digest">${escape(bundle.sha256)}</td></tr>`).join('\n')}
</tbody>
</table>
</section>
${result.results.map((bundle, index) => bundleSection(bundle, index)).join('\n')}
<section id="rules">
<h2>Rules</h2>
${docs.map(({ id, summary, html }) => `<details class="rule-doc" id="${ruleAnchor(id)}"><summary><code>${escape(id)}</code> ${escape(summary ?? '')}</summary>${html ?? '<p>No documentation page.</p>'}</details>`).join('\n')}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function verdictText(result: LintResult): string {
  const problems = result.errorCount + result.warningCount + result.infoCount;
  const bundles = plural(result.results.length, 'bundle');
  return problems === 0 ? `No problems in ${bundles}` : `${countsText(result)} in ${bundles}`;
}

function counts(bundle: BundleResult): string {
  return [bundle.errorCount, bundle.warningCount, bundle.infoCount, bundle.waived.length].map((count) => `<td class="count">${count}</td>`).join('');
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function bundleSection(bundle: BundleResult, index: number): string {
  const areas = new Map<string, Finding[]>();
  for (const finding of [...bundle.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])) {
    const area = finding.ruleId.split('/')[0]!;
    const group = areas.get(area);
    if (group) group.push(finding);
    else areas.set(area, [finding]);
  }
  // The area whose worst finding is worst comes first (each group's first finding is its worst), then by name.
  const groups = [...areas].sort(([a, x], [b, y]) => RANK[x[0]!.severity] - RANK[y[0]!.severity] || (a < b ? -1 : 1));
  return `<section class="bundle" id="bundle-${index}">
<h2>${escape(bundle.bundle)}</h2>
${facts(bundle)}
${(bundle.changes ?? []).map(changesSection).join('\n')}
${groups.length === 0 ? '<p class="clean">No findings.</p>' : ''}
${groups.map(([area, findings]) => `<section class="area" data-area="${escape(area)}">
<h3>${escape(area)} <span class="count">${findings.length}</span></h3>
<table class="findings">
${findings.map((finding) => findingRow(finding)).join('\n')}
</table>
</section>`).join('\n')}
${bundle.waived.length === 0 ? '' : `<details class="waived"><summary>Waived findings <span class="count">${bundle.waived.length}</span></summary>
<table class="findings">
${bundle.waived.map((finding) => findingRow(finding)).join('\n')}
</table>
</details>`}
${bundle.topics === undefined || bundle.topics.length === 0 ? '' : topicsSection(bundle.topics)}
${bundle.files === undefined ? '' : treeSection(bundle.files, bundle.findings)}
</section>`;
}

/** The coverage map: each required topic, and the section covering it or the closest one, so a reviewer can check the judgement. */
function topicsSection(topics: readonly TopicCoverage[]): string {
  const covered = topics.filter((topic) => topic.status === 'covered').length;
  const rows = topics.map(
    (topic) => `<tr class="topic ${topic.status === 'not judged' ? 'not-judged' : topic.status}"><td><span class="status">${topic.status}</span></td><td><a class="rule" href="#${ruleAnchor(topic.rule)}">${escape(topic.rule)}</a></td><td class="message">${escape(coverageText(topic))}</td></tr>`,
  );
  return `<details class="topics"${covered < topics.length ? ' open' : ''}><summary>Topics <span class="count">${covered} of ${topics.length} covered</span></summary>
<table class="findings">
${rows.join('\n')}
</table>
</details>`;
}

/** What the landing page gives of the bundle: its size and digests. */
function facts(bundle: BundleResult): string {
  const rows: [string, string | undefined][] = [['size', formatBytes(bundle.size)], ['MD5', bundle.digests?.md5], ['SHA-1', bundle.digests?.sha1], ['SHA-256', bundle.sha256]];
  return `<dl class="facts">${rows.flatMap(([name, value]) => (value ? [`<dt>${name}</dt><dd class="${name === 'size' ? 'size' : 'digest'}">${escape(value)}</dd>`] : [])).join('')}</dl>`;
}

/** What changed since an earlier release: version, files added, removed and changed, whether the notes kept their history. */
function changesSection(changes: ReleaseDiff): string {
  const unknown = '(not found)';
  const files = (label: string, paths: readonly string[]) =>
    `<dt>${label} <span class="count">${paths.length}</span></dt><dd>${paths.length === 0 ? 'none' : `<ul>${paths.map((path) => `<li><code>${escape(path)}</code></li>`).join('')}</ul>`}</dd>`;
  return `<section class="changes">
<h3>Since ${escape(changes.previous)}</h3>
<dl class="facts"><dt>version</dt><dd>${escape(changes.version.previous ?? unknown)} → ${escape(changes.version.current ?? unknown)}</dd>${files('added', changes.added)}${files('removed', changes.removed)}${files('changed', changes.changed)}<dt>history</dt><dd class="${changes.history.kept ? 'kept' : 'dropped'}">${escape(historyText(changes))}</dd></dl>
</section>`;
}

function findingRow(finding: Finding | WaivedFinding): string {
  const waiver = 'waiver' in finding ? `<div class="reason">waived by ${escape(finding.waiver.name)}: ${escape(finding.waiver.reason)}</div>` : '';
  return `<tr class="finding ${finding.severity}"><td>${badge(finding.severity)}</td><td><a class="rule" href="#${ruleAnchor(finding.ruleId)}">${escape(finding.ruleId)}</a></td><td class="location">${escape(locationText(finding.location))}</td><td class="message">${escape(finding.message)}${waiver}</td></tr>`;
}

function badge(severity: Severity): string {
  return `<span class="badge ${severity}">${severity}</span>`;
}

interface TreeNode {
  readonly name: string;
  file?: FileSummary;
  readonly children: Map<string, TreeNode>;
  /** The findings located at this file, worst first. */
  findings?: Finding[];
  /** Whether it or a file under it has findings: its folder is shown open. */
  flagged?: boolean;
}

/** The files as a tree: folders by `/`, an archive's content under the archive by `!/`; each file with findings marked, its folders open. */
function treeSection(files: readonly FileSummary[], findings: readonly Finding[]): string {
  const root: TreeNode = { name: '', children: new Map() };
  // Each node (a folder too, listed or not) with the nodes above it, by its names joined with `/`.
  const nodes = new Map<string, TreeNode[]>();
  const key = (path: string) => path.replace(/\/$/, '').split(/!?\//).join('/');
  for (const file of files.slice(0, MAX_TREE_FILES)) {
    const path: TreeNode[] = [];
    let node = root;
    const names = key(file.path).split('/');
    if (names.length > MAX_TREE_DEPTH) names.splice(MAX_TREE_DEPTH - 1, Infinity, names.slice(MAX_TREE_DEPTH - 1).join('/'));
    for (const name of names) {
      let child = node.children.get(name);
      if (!child) {
        child = { name, children: new Map() };
        node.children.set(name, child);
      }
      node = child;
      path.push(node);
      const at = names.slice(0, path.length).join('/');
      if (!nodes.has(at)) nodes.set(at, [...path]);
    }
    node.file = file;
  }
  for (const finding of [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])) {
    const path = nodes.get(key(finding.location.path));
    if (!path) continue;
    const node = path.at(-1)!;
    (node.findings ??= []).push(finding);
    for (const step of path) step.flagged = true;
  }
  const cut = files.length > MAX_TREE_FILES ? `<p class="cut">The first ${MAX_TREE_FILES} of ${files.length} files.</p>` : '';
  return `<details class="tree" open><summary>Files <span class="count">${files.length}</span></summary>${cut}<ul>${[...root.children.values()].map((node) => treeItem(node, 1)).join('')}</ul></details>`;
}

function treeItem(node: TreeNode, depth: number): string {
  const file = node.file;
  const sizes = file && !file.directory
    ? `<span class="size">${escape(formatBytes(file.size))}</span>${file.digests.md5 ? `<span class="digest" title="MD5">${file.digests.md5}</span>` : ''}${file.digests.sha1 ? `<span class="digest" title="SHA-1">${file.digests.sha1}</span>` : ''}`
    : '';
  const mark = node.findings ? `<span class="badge ${node.findings[0]!.severity}" title="${escape(node.findings.map((finding) => finding.ruleId).join(', '))}">${escape(plural(node.findings.length, node.findings[0]!.severity))}</span>` : '';
  const label = `<span class="name">${escape(node.name)}</span>${mark}${sizes}`;
  const item = node.findings ? '<li class="flagged">' : '<li>';
  if (node.children.size === 0) return `${item}${label}</li>`;
  const children = [...node.children.values()].map((child) => treeItem(child, depth + 1)).join('');
  return `${item}<details${depth <= 2 || node.flagged ? ' open' : ''}><summary>${label}</summary><ul>${children}</ul></details></li>`;
}

function ruleAnchor(id: string): string {
  return `rule-${id.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** Text for HTML content and attributes; names are escaped, never interpreted. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Following a rule link opens its page; so does loading the page at a rule's anchor. */
const SCRIPT = `
function openTarget() {
  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
}
window.addEventListener('hashchange', openTarget);
openTarget();
`;

const STYLE = `
:root { color-scheme: light; --error: #b42318; --warning: #b54708; --info: #175cd3; --line: #e4e7ec; font-family: system-ui, sans-serif; font-size: 14px; color: #101828; }
body { margin: 0; }
.changes dd.dropped { color: var(--error); }
.changes ul { margin: 0; padding-left: 18px; }
header { padding: 16px 24px; background: #f2f4f7; border-bottom: 1px solid var(--line); display: flex; align-items: baseline; gap: 24px; }
h1 { font-size: 20px; margin: 0; }
.verdict { font-weight: 600; margin: 0; }
.verdict.fail { color: var(--error); }
.verdict.pass { color: #067647; }
.tool { color: #667085; margin: 0 0 0 auto; }
main { padding: 8px 24px 32px; }
h2 { font-size: 16px; margin: 24px 0 8px; word-break: break-all; }
#summary td:first-child { word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dl.facts dt { color: #475467; }
dl.facts dd { margin: 0; }
h3 { font-size: 14px; margin: 16px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #344054; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.findings { table-layout: fixed; }
.findings td:nth-child(1) { width: 64px; }
.findings td:nth-child(2) { width: 210px; }
.findings td:nth-child(3) { width: 30%; }
td.size { white-space: nowrap; }
td.count, span.count { font-variant-numeric: tabular-nums; }
span.count { background: #eaecf0; border-radius: 8px; padding: 0 6px; font-size: 12px; }
.digest { font-family: ui-monospace, monospace; font-size: 12px; color: #475467; word-break: break-all; }
.location { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
.message { word-break: break-word; }
.badge { border-radius: 4px; padding: 1px 6px; color: white; font-size: 12px; }
.badge.error { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
a.rule { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.reason { color: #475467; font-style: italic; }
details.waived, details.tree, details.topics { margin-top: 16px; }
.topic .status { font-size: 12px; font-weight: 600; }
.topic.absent .status { color: #b42318; }
.topic.covered .status { color: #067647; }
.topic.not-judged .status { color: #667085; }
details > summary { cursor: pointer; font-weight: 600; }
.tree ul { list-style: none; padding-left: 18px; margin: 2px 0; }
.tree li summary, .tree li { font-weight: normal; }
.tree .size { margin-left: 12px; color: #344054; }
.tree .digest { margin-left: 12px; }
.tree .badge { margin-left: 8px; }
.tree li.flagged > .name, .tree li.flagged > details > summary > .name { font-weight: 600; }
.rule-doc { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
.rule-doc[open] { background: #fcfcfd; }
.rule-doc:target { outline: 2px solid var(--info); }
.rule-doc pre { overflow-x: auto; background: #f2f4f7; padding: 8px; }
`;
