// The fastify instance the routes are declared on: with the TypeBox type provider, a route's
// params, querystring, body and reply are typed from its schemas (core/api-schemas), the same
// objects fastify validates requests with (Ajv) and serialises responses with (fast-json-stringify).
// Why TypeBox: its schemas are plain JSON Schema objects, so fastify's own Ajv and fast-json-stringify
// take them unchanged (no conversion at run time, defaults and query-string coercion as before), and
// the provider is fastify's own; json-schema-to-ts would need `as const` literals and slow types, zod
// a conversion step.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
} from 'fastify';
import type { RawServerDefault } from 'fastify';

export type ApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Splits a comma-separated query-string value (labels, types). */
export const csv = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
