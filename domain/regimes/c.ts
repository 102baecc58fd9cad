// Regime C (skeleton; award kinds being filled in).

import type { Regime } from './types';

export const REGIME_C: Regime = {
  id: 'C',
  name: 'Chế độ C: Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP',
  from: '2025-07-01',
  to: null,
  documents: [],
  kinds: {},
};
