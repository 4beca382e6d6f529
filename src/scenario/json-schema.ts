/**
 * The JSON Schema authors' editors use, generated from the one zod definition,
 * with every field's description (schema-docs.ts) for hover help.
 */
import { z } from 'zod';
import { forEachProperty, type JsonSchemaNode } from './json-schema-walk';
import { scenarioSchema } from './schema';
import { fieldDoc } from './schema-docs';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Bamboo Diplomacy scenario',
    description:
      'A scenario file for Bamboo Diplomacy: one turn-based year (or season) of Vietnamese diplomacy. Check it with `npm run bamboo -- check <file>`. Every field is explained in scenarios/README.md.',
  } as JsonSchemaNode;
  forEachProperty(schema, (path, property) => {
    const doc = fieldDoc(path);
    // A description written in schema.ts (zod .describe) wins over the table.
    if (doc !== undefined && property.description === undefined) property.description = doc;
  });
  return schema;
}
