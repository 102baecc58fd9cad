// Regime A (skeleton; award kinds being filled in).

import type { Regime } from './types';

export const REGIME_A: Regime = {
  id: 'A',
  name: 'Chế độ A: Luật Thi đua, khen thưởng 2003 (sửa đổi) và Nghị định 91/2017/NĐ-CP',
  from: '2017-10-01',
  to: '2023-12-31',
  documents: [],
  kinds: {},
};
