// Regime C (from 01/07/2025): Luật Thi đua, khen thưởng 06/2022/QH15, Nghị định 152/2025/NĐ-CP (which repeals
// Nghị định 98/2023) and Nghị định 129/2025/NĐ-CP (powers of the former district level moved to the commune).

import { kindsByCode } from './build';
import { honourKinds } from './honours';
import { LAW2022_C } from './law2022-context';
import { law2022Forms } from './law2022-forms';
import { law2022Titles } from './law2022-titles';
import { L22, N129, N152, N86, TT15 } from './sources';
import type { Regime } from './types';

export const REGIME_C: Regime = {
  id: 'C',
  name: 'Chế độ C: Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP',
  from: '2025-07-01',
  to: null,
  documents: [L22, N152, N129, TT15, N86],
  kinds: kindsByCode([...law2022Titles(LAW2022_C), ...law2022Forms(LAW2022_C), ...honourKinds('C')]),
};
