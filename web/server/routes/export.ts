// POST /api/export: the file itself, named by Content-Disposition (ASCII fallback + RFC 5987).
import type { FastifyInstance } from 'fastify';
import type { ExportRequest } from '../../../core/api-types.ts';
import { EXPORT_FORMATS } from '../../../core/api-types.ts';
import type { QueryService } from '../../../query-service/service.ts';

const sourceSchema = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: ['saved', 'cypher', 'nodes'] },
    name: { type: 'string', minLength: 1, maxLength: 64 },
    cypher: { type: 'string', minLength: 1, maxLength: 100_000 },
    params: { type: 'object', additionalProperties: true },
    ids: { type: 'array', items: { type: 'string', maxLength: 1000 }, minItems: 1, maxItems: 5000 },
    depth: { type: 'integer', minimum: 0, maximum: 3 },
  },
} as const;

const exportSchema = {
  type: 'object',
  required: ['source', 'format'],
  properties: {
    source: sourceSchema,
    format: { type: 'string', enum: [...EXPORT_FORMATS] },
    options: {
      type: 'object',
      properties: {
        background: { type: 'string', maxLength: 64 },
        scale: { type: 'number', minimum: 0.25, maximum: 4 },
        title: { type: 'string', maxLength: 200 },
        lang: { type: 'string', enum: ['zh', 'en'] },
      },
    },
  },
} as const;

export function exportRoutes(app: FastifyInstance, service: QueryService): void {
  app.post<{ Body: ExportRequest }>('/api/export', { schema: { body: exportSchema } }, async (request, reply) => {
    const file = await service.export(request.body);
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', contentDisposition(file.fileName))
      .header('X-Ftz-Nodes', String(file.nodes))
      .header('X-Ftz-Relationships', String(file.relationships))
      .header('X-Ftz-Truncated', String(file.truncated))
      .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  });
}

export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
