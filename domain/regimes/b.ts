// Regime B (01/01/2024 – 30/06/2025): Luật Thi đua, khen thưởng 06/2022/QH15 and Nghị định 98/2023/NĐ-CP.

import { kindsByCode } from './build';
import { honourKinds } from './honours';
import { LAW2022_B } from './law2022-context';
import { law2022Forms } from './law2022-forms';
import { law2022Titles } from './law2022-titles';
import { L22, N86, N98, TT01 } from './sources';
import type { Regime } from './types';

export const REGIME_B: Regime = {
  id: 'B',
  name: 'Chế độ B: Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  from: '2024-01-01',
  to: '2025-06-30',
  documents: [L22, N98, TT01, N86],
  kinds: kindsByCode([...law2022Titles(LAW2022_B), ...law2022Forms(LAW2022_B), ...honourKinds('B')]),
};
