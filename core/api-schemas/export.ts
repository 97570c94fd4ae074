// POST /api/export → the file (Content-Disposition names it).
import { Type } from 'typebox';
import { JsonRecordSchema, NodeIdSchema } from './graph.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'cypher', 'svg', 'png', 'html'] as const;

export const ExportSourceSchema = Type.Union([
  Type.Object({
    kind: Type.Literal('saved'),
    name: Type.String({ minLength: 1, maxLength: 64 }),
    params: Type.Optional(JsonRecordSchema),
  }),
  Type.Object({
    kind: Type.Literal('cypher'),
    cypher: Type.String({ minLength: 1, maxLength: 100_000 }),
    params: Type.Optional(JsonRecordSchema),
  }),
  Type.Object({
    kind: Type.Literal('nodes'),
    ids: Type.Array(NodeIdSchema, { minItems: 1, maxItems: 5000 }),
    depth: Type.Optional(Type.Integer({ minimum: 0, maximum: 3 })),
  }),
]);

export const ExportRequestSchema = Type.Object({
  source: ExportSourceSchema,
  format: Type.Enum([...EXPORT_FORMATS]),
  options: Type.Optional(
    Type.Object({
      background: Type.Optional(Type.String({ maxLength: 64 })),
      scale: Type.Optional(Type.Number({ minimum: 0.25, maximum: 4 })),
      title: Type.Optional(Type.String({ maxLength: 200 })),
      lang: Type.Optional(Type.Enum(['zh', 'en'])),
      /** the question the HTML briefing answers, shown under its title */
      question: Type.Optional(Type.String({ maxLength: 500 })),
      /** the day "what falls due" is counted from (default: today) */
      asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    }),
  ),
});
