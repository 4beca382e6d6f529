/** The editors' schema: every field explained on hover, and the committed file up to date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { forEachProperty, type JsonSchemaNode } from '../../src/scenario/json-schema-walk';

describe('scenario JSON Schema', () => {
  const schema = scenarioJsonSchema() as JsonSchemaNode;

  it('describes every property', () => {
    const paths: string[] = [];
    const missing: string[] = [];
    forEachProperty(schema, (path, property) => {
      paths.push(path);
      if (typeof property.description !== 'string' || property.description.length < 10)
        missing.push(path);
    });
    expect(paths.length).toBeGreaterThan(300);
    expect(paths).toContain('events[].sources[].publication');
    expect(paths).toContain('powers.*.reactions[].when.any');
    expect(missing).toEqual([]);
  });

  it('explains shared shapes where they are used', () => {
    const events = (schema.properties as Record<string, JsonSchemaNode>).events as JsonSchemaNode;
    const event = (events.items as JsonSchemaNode).properties as Record<string, JsonSchemaNode>;
    expect(event.sources?.description).toMatch(/at least one source/i);
    const sources = ((event.sources as JsonSchemaNode).items as JsonSchemaNode)
      .properties as Record<string, JsonSchemaNode>;
    expect(sources.publication?.description).toMatch(/outlet/);
  });

  it('is the committed scenarios/schema.json (run npm run build:schema after changing the format)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../scenarios/schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
