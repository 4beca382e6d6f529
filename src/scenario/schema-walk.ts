/**
 * Reads the zod schema itself to tell an author what a place in the file
 * accepts: which field names an object knows, which keys a table takes. The
 * schema stays the one definition; messages never keep a copy of it.
 */
import type { z } from 'zod';

type Def = {
  type: string;
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional, default, lazy and the like down to the schema that shapes the value. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The schema at a path of field names and indexes; undefined when the path leaves it. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(root);
  for (const key of path) {
    if (!s) return undefined;
    const def = defOf(s);
    if (def.type === 'object' && def.shape && typeof key === 'string') s = def.shape[key];
    else if (def.type === 'array' && def.element) s = def.element;
    else if (def.type === 'record' && def.valueType) s = def.valueType;
    else if (def.type === 'union' && def.options) {
      const objects: z.ZodType[] = def.options
        .map(unwrap)
        .filter((o) => defOf(o).type === 'object' || defOf(o).type === 'record');
      s = objects[0] ? schemaAt(objects[0], [key]) : undefined;
    } else return undefined;
    s = s ? unwrap(s) : undefined;
  }
  return s;
}

/** The names an object at this place accepts: its fields, or a table's allowed keys. */
export function knownKeys(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(root, path);
  if (!s) return [];
  const def = defOf(s);
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'record' && def.keyType) {
    const key = defOf(unwrap(def.keyType));
    if (key.entries) return Object.values(key.entries);
  }
  if (def.type === 'union' && def.options) return def.options.flatMap((o) => knownKeys(o, []));
  return [];
}

/** The fields an object at this place must have (neither optional nor defaulted). */
export function requiredKeys(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(root, path);
  if (!s) return [];
  const def = defOf(s);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape)
    .filter(([, field]) => {
      const t = defOf(field).type;
      return t !== 'optional' && t !== 'default' && t !== 'prefault';
    })
    .map(([name]) => name);
}
