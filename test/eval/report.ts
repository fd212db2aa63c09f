import { precisionRecall, ROLES, type Evaluation } from './evaluate.js';

const percent = (value: number | undefined) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const rate = (score: { correct: number; total: number }) => (score.total === 0 ? undefined : score.correct / score.total);

/** The figures of each part, as the README shows them and the regression guard keeps them. */
export interface Figures {
  readonly roles: Record<string, number | undefined>;
  readonly rules: Record<string, { readonly precision: number | undefined; readonly recall: number | undefined }>;
  readonly title: number | undefined;
  readonly version: number | undefined;
  readonly date: number | undefined;
  readonly history: number | undefined;
  readonly product: number | undefined;
  /** The four release facts together. */
  readonly facts: number | undefined;
}

export function figuresOf(evaluation: Evaluation): Figures {
  const correct = [...evaluation.roles.values()].reduce((sum, counts) => sum + counts.correct, 0);
  const total = [...evaluation.roles.values()].reduce((sum, counts) => sum + counts.total, 0);
  return {
    roles: { all: rate({ correct, total }), ...Object.fromEntries(ROLES.map((role) => [role, rate(evaluation.roles.get(role)!)])) },
    rules: Object.fromEntries([...evaluation.rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, verdicts]) => [id, precisionRecall(verdicts)])),
    title: rate(evaluation.title),
    version: rate(evaluation.version),
    date: rate(evaluation.date),
    history: rate(evaluation.history),
    product: rate(evaluation.product),
    facts: rate(factsOf(evaluation)),
  };
}

/** The release facts read right, all four kinds together. */
function factsOf(evaluation: Evaluation): { correct: number; total: number } {
  const scores = [evaluation.version, evaluation.date, evaluation.history, evaluation.product];
  return { correct: scores.reduce((sum, one) => sum + one.correct, 0), total: scores.reduce((sum, one) => sum + one.total, 0) };
}

/** A Markdown table per kind of figure, one column per part. */
export function table(parts: readonly [name: string, evaluation: Evaluation][]): string {
  const figures = parts.map(([name, evaluation]) => [name, figuresOf(evaluation), evaluation] as const);
  const header = (first: string) => [`| ${first} | ${figures.map(([name]) => name).join(' | ')} |`, `|---|${figures.map(() => '---|').join('')}`];
  const count = (score: { correct: number; total: number }) => `${score.correct}/${score.total}`;
  const lines = [
    ...header('read from the documents'),
    `| roles (every role of every document) | ${figures.map(([, f]) => percent(f.roles.all)).join(' | ')} |`,
    ...ROLES.map((role) => `| role ${role} | ${figures.map(([, f, e]) => `${percent(f.roles[role])} (${count(e.roles.get(role)!)})`).join(' | ')} |`),
    `| title | ${figures.map(([, f, e]) => `${percent(f.title)} (${count(e.title)})`).join(' | ')} |`,
    `| release notes' current version | ${figures.map(([, f, e]) => `${percent(f.version)} (${count(e.version)})`).join(' | ')} |`,
    `| release notes' current date | ${figures.map(([, f, e]) => `${percent(f.date)} (${count(e.date)})`).join(' | ')} |`,
    `| release notes' history versions | ${figures.map(([, f, e]) => `${percent(f.history)} (${count(e.history)})`).join(' | ')} |`,
    `| release notes' product name | ${figures.map(([, f, e]) => `${percent(f.product)} (${count(e.product)})`).join(' | ')} |`,
    `| release facts (the four above) | ${figures.map(([, f, e]) => `${percent(f.facts)} (${count(factsOf(e))})`).join(' | ')} |`,
    '',
    ...header('rule: precision / recall (findings due)'),
  ];
  const ids = [...new Set(figures.flatMap(([, f]) => Object.keys(f.rules)))].sort();
  for (const id of ids) {
    const cells = figures.map(([, f, e]) => {
      const verdicts = e.rules.get(id);
      if (!verdicts) return '–';
      const { precision, recall } = f.rules[id]!;
      return `${percent(precision)} / ${percent(recall)} (${verdicts.truePositive + verdicts.falseNegative})`;
    });
    lines.push(`| ${id} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** What the evaluation got wrong, for whoever tunes on that part. */
export function errorsOf(evaluation: Evaluation): string {
  const lines: string[] = [];
  for (const [id, verdicts] of [...evaluation.rules].sort(([a], [b]) => a.localeCompare(b))) for (const error of verdicts.errors) lines.push(`${id}  ${error}`);
  for (const [role, counts] of evaluation.roles) for (const error of counts.errors) lines.push(`role ${role}  ${error}`);
  for (const [name, score] of [['title', evaluation.title], ['version', evaluation.version], ['date', evaluation.date], ['history', evaluation.history], ['product', evaluation.product]] as const) for (const error of score.errors) lines.push(`${name}  ${error}`);
  return lines.join('\n');
}
