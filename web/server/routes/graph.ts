// Reads of the graph by id for the explorer: nodes by ids, and the links among ids (restoring a
// shared view, adding a search hit, revealing the links among the nodes on screen), and the next
// batch of a node's neighbours that are not on screen yet. POST because the id lists of a screen can
// be longer than a URL should be; all only read.
import {
  ExpandRequestSchema,
  ExpandResponseSchema,
  LinksRequestSchema,
  NodesRequestSchema,
  NodesResponseSchema,
} from '../../../core/api-schemas/explore.ts';
import { GraphResponseSchema } from '../../../core/api-schemas/graph.ts';
import type { QueryService } from '../../../query-service/service.ts';
import type { ApiApp } from './api.ts';

export function graphRoutes(app: ApiApp, service: QueryService): void {
  app.post(
    '/api/graph/nodes',
    { schema: { body: NodesRequestSchema, response: { 200: NodesResponseSchema } } },
    async (request) => service.nodesByIds(request.body.ids),
  );
  app.post(
    '/api/graph/links',
    { schema: { body: LinksRequestSchema, response: { 200: GraphResponseSchema } } },
    async (request) => service.links({ ids: request.body.ids, among: request.body.among ?? [] }),
  );
  app.post(
    '/api/graph/expand',
    { schema: { body: ExpandRequestSchema, response: { 200: ExpandResponseSchema } } },
    async (request) => service.expand(request.body),
  );
}
