/** The parts of a JSON Schema the configuration's reference reads. */
interface SchemaNode {
  readonly type?: string;
  readonly $ref?: string;
  readonly enum?: readonly unknown[];
  readonly oneOf?: readonly SchemaNode[];
  /** How a branch of a `oneOf` is named, in the reference and in error messages. */
  readonly title?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode | readonly SchemaNode[];
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

/**
 * The configuration reference in Markdown, one row per key (nested keys as `limits.maxRatio`,
 * `waivers[].reason`), from the committed schema: its types, defaults and descriptions. The
 * README carries it, and a test fails when the two differ.
 */
export function configReference(schema: SchemaNode): string {
  const rows: string[] = [];
  const resolve = (node: SchemaNode): SchemaNode => (node.$ref ? { ...schema.definitions![node.$ref.split('/').at(-1)!]!, ...withoutRef(node) } : node);
  const visit = (key: string, raw: SchemaNode, required: boolean) => {
    const node = resolve(raw);
    const cells = [`\`${key}\``, typeOf(node, resolve) + (required ? ', required' : ''), node.default === undefined ? '' : `\`${JSON.stringify(node.default)}\``, cell(node.description ?? '')];
    rows.push(`| ${cells.join(' | ')} |`);
    const item = node.type === 'array' && !Array.isArray(node.items) ? resolve(node.items as SchemaNode) : undefined;
    const fields = node.properties ?? item?.properties;
    const prefix = item ? `${key}[]` : key;
    for (const [name, child] of Object.entries(fields ?? {})) visit(`${prefix}.${name}`, child, (node.required ?? item?.required ?? []).includes(name));
  };
  for (const [name, node] of Object.entries(schema.properties ?? {})) if (name !== '$schema') visit(name, node, false);
  return ['| key | type | default | meaning |', '|---|---|---|---|', ...rows, ''].join('\n');
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

function typeOf(node: SchemaNode, resolve: (node: SchemaNode) => SchemaNode): string {
  if (node.enum) return node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  if (node.oneOf) return node.oneOf.map((branch) => branch.title ?? typeOf(resolve(branch), resolve)).join(', or ');
  if (node.type === 'array') {
    if (Array.isArray(node.items)) return `[${node.items.map((item: SchemaNode) => typeOf(resolve(item), resolve)).join(', ')}]`;
    const item = resolve(node.items as SchemaNode);
    return item.properties ? 'array of objects' : `array of ${typeOf(item, resolve)}`;
  }
  if (node.type === 'object' && typeof node.additionalProperties === 'object') return `object: rule id → ${typeOf(resolve(node.additionalProperties), resolve)}`;
  return node.type ?? 'any';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
