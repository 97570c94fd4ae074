// Reads the database's counts per label and relationship type as a plain object.
import type { Driver } from 'neo4j-driver';
import { COUNTS_QUERY } from './fragments.ts';

export async function counts(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(COUNTS_QUERY);
  return Object.fromEntries(records.map((r) => [String(r.get('key')), Number(r.get('c'))]));
}
