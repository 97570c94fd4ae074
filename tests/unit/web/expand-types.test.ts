// "Expand" before the node's counts have loaded expands every type (it used to send an empty list and
// add nothing); once loaded, the checked types with neighbours.
import { describe, expect, it } from 'vitest';
import { expandTypes } from '../../../web/src/graph/expand-types.ts';

describe('the types Expand asks for', () => {
  it('is every type while the counts load', () => {
    expect(expandTypes(undefined, [])).toBeNull();
  });

  it('is the types with neighbours the analyst left checked', () => {
    const degree = { LEADS: 12, SUPPORTS: 3, ISSUED_BY: 0, IN_ZONE: 4 };
    expect(expandTypes(degree, [])).toEqual(['LEADS', 'SUPPORTS', 'IN_ZONE']);
    expect(expandTypes(degree, ['SUPPORTS'])).toEqual(['LEADS', 'IN_ZONE']);
    expect(expandTypes(degree, ['LEADS', 'SUPPORTS', 'IN_ZONE'])).toEqual([]);
  });
});
