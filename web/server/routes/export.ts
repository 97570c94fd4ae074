// POST /api/export: the file itself, named by Content-Disposition (ASCII fallback + RFC 5987).
import { ExportRequestSchema } from '../../../core/api-schemas/export.ts';
import type { QueryService } from '../../../query-service/service.ts';
import type { ApiApp } from './api.ts';

/** The answer is a file (Content-Type by format), so it has no JSON response schema. */
export function exportRoutes(app: ApiApp, service: QueryService): void {
  app.post('/api/export', { schema: { body: ExportRequestSchema } }, async (request, reply) => {
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
