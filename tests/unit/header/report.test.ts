import { describe, expect, it } from 'vitest';
import { headerReport, headerSummary } from '../../../graph-loader/src/header/report.ts';

describe('headerReport: which header fields were found and from where', () => {
  it('reads the Document properties back, every field in order', () => {
    const props = {
      headerSources: ['title:notice-title', 'docNumber:front-matter', 'issuer:signature'],
      headerMissing: ['issuedOn', 'addressees'],
    };
    expect(headerReport(props)).toEqual([
      { field: 'title', found: true, source: 'notice-title' },
      { field: 'docNumber', found: true, source: 'front-matter' },
      { field: 'issuer', found: true, source: 'signature' },
      { field: 'issuedOn', found: false, source: null },
      { field: 'addressees', found: false, source: null },
    ]);
    expect(headerSummary(props)).toBe(
      'title ← notice-title · docNumber ← front-matter · issuer ← signature · issuedOn: not found · addressees: not found',
    );
  });

  it('a Document without header properties reports every field as not found', () => {
    expect(headerReport({}).every((r) => !r.found)).toBe(true);
  });
});
