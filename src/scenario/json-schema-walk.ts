/**
 * Visits every property of a generated JSON Schema with a readable path
 * (`events[].sources[].publication`): the one place that knows how zod lays
 * out objects, lists, tables and the shared, recursive condition.
 */
export type JsonSchemaNode = Record<string, unknown>;

export function forEachProperty(
  root: JsonSchemaNode,
  visit: (path: string, property: JsonSchemaNode) => void,
): void {
  const defs = (root.$defs ?? {}) as Record<string, JsonSchemaNode>;
  const seenDefs = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as JsonSchemaNode;
    const ref = typeof n.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(n.$ref)?.[1] : undefined;
    // A shared definition (a condition) is described once, where it is first met.
    if (ref !== undefined && !seenDefs.has(ref)) {
      seenDefs.add(ref);
      walk(defs[ref], path);
    }
    const properties = n.properties as Record<string, JsonSchemaNode> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) {
      const childPath = path ? `${path}.${key}` : key;
      visit(childPath, child);
      walk(child, childPath);
    }
    if (n.items) walk(n.items, `${path}[]`);
    if (n.additionalProperties && typeof n.additionalProperties === 'object')
      walk(n.additionalProperties, `${path}.*`);
    for (const list of ['anyOf', 'oneOf', 'allOf'] as const)
      for (const option of (n[list] as unknown[] | undefined) ?? []) walk(option, path);
  };
  walk(root, '');
}
