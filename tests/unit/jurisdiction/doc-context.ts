// A document context for resolution tests: a level and a place, the gazetteer and the register.
import type { PlaceIndex } from '../../../graph-loader/src/lang/places.ts';
import type { Register } from '../../../graph-loader/src/register/index.ts';
import type { DocContext, DocLevel } from '../../../graph-loader/src/types.ts';

export interface Where {
  level: DocLevel | null;
  province: string | null;
  city: string | null;
  district: string | null;
  docId?: string;
  title?: string;
}

export function docContext(w: Where, places: PlaceIndex, register: Register | null): DocContext {
  return {
    docId: w.docId ?? 'policy:测试文件',
    file: 't.txt',
    title: w.title ?? 't',
    province: w.province,
    city: w.city,
    district: w.district,
    zoneId: null,
    masked: false,
    level: w.level,
    places,
    register,
  };
}
