// Regime B (skeleton; award kinds being filled in).

import type { Regime } from './types';

export const REGIME_B: Regime = {
  id: 'B',
  name: 'Chế độ B: Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  from: '2024-01-01',
  to: '2025-06-30',
  documents: [],
  kinds: {},
};
