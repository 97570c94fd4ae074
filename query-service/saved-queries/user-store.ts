// The query service's one write: user-saved queries as (:SavedQuery) nodes, a label of their own
// that no fact query matches. Each statement here is fixed and parameterised and runs in a write
// transaction of its own; nothing else in web/server writes, and nothing user-supplied runs here.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { ParameterError } from '../../core/errors.ts';
import type { SavedQueryInfo } from '../../core/api-types.ts';

const LIST = `MATCH (q:SavedQuery) RETURN q.name AS name, q.definition AS definition ORDER BY name`;
const GET = `MATCH (q:SavedQuery {name: $name}) RETURN q.definition AS definition`;
const CREATE = `CREATE (q:SavedQuery {name: $name, definition: $definition, createdAt: datetime(), updatedAt: datetime()})`;
const UPDATE = `MATCH (q:SavedQuery {name: $name})
SET q.name = $newName, q.definition = $definition, q.updatedAt = datetime()
RETURN count(q) AS n`;
const DELETE = `MATCH (q:SavedQuery {name: $name}) DELETE q RETURN count(q) AS n`;

export interface UserStore {
  list(): Promise<SavedQueryInfo[]>;
  get(name: string): Promise<SavedQueryInfo | null>;
  create(query: SavedQueryInfo): Promise<void>;
  /** true when a query of that name existed */
  update(name: string, query: SavedQueryInfo): Promise<boolean>;
  remove(name: string): Promise<boolean>;
}

export function userStore(driver: Driver, database?: string): UserStore {
  const read = async (cypher: string, params: Record<string, unknown>): Promise<string[]> => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
    try {
      const res = await session.executeRead((tx) => tx.run(cypher, params));
      return res.records.map((r) => String(r.get('definition')));
    } finally {
      await session.close();
    }
  };
  const write = async (cypher: string, params: Record<string, unknown>): Promise<number> => {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
    try {
      const res = await session.executeWrite((tx) => tx.run(cypher, params));
      const n = res.records[0]?.get('n');
      return neo4j.isInt(n) ? n.toNumber() : 0;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw new ParameterError(
          `a saved query named "${String(params['newName'] ?? params['name'])}" exists already`,
          { cause: error },
        );
      }
      throw error;
    } finally {
      await session.close();
    }
  };
  return {
    list: async () => (await read(LIST, {})).map(decode),
    get: async (name) => {
      const [definition] = await read(GET, { name });
      return definition === undefined ? null : decode(definition);
    },
    create: async (query) => {
      await write(CREATE, { name: query.name, definition: encode(query) });
    },
    update: async (name, query) => (await write(UPDATE, { name, newName: query.name, definition: encode(query) })) > 0,
    remove: async (name) => (await write(DELETE, { name })) > 0,
  };
}

function encode(query: SavedQueryInfo): string {
  return JSON.stringify({ ...query, builtIn: false });
}

function decode(definition: string): SavedQueryInfo {
  const parsed = JSON.parse(definition) as SavedQueryInfo;
  return { ...parsed, builtIn: false };
}
