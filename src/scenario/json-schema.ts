/** The JSON Schema authors' editors use, generated from the one zod definition. */
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Bamboo Diplomacy scenario',
    description: 'A scenario file for Bamboo Diplomacy. See scenarios/README.md.',
  };
}
