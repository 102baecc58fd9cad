// Labels of document types and issuing levels, and the options of their selects.
import { Tag } from 'antd';
import {
  AUTHORITY_LEVEL_LABELS,
  AUTHORITY_LEVELS,
  type AuthorityLevel,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
} from '../../../../contracts/documents';

export const TYPE_OPTIONS = DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }));
export const LEVEL_OPTIONS = AUTHORITY_LEVELS.map((l) => ({ value: l, label: AUTHORITY_LEVEL_LABELS[l] }));

const LEVEL_COLORS: Record<AuthorityLevel, string> = {
  central: 'red',
  province: 'volcano',
  district: 'blue',
  commune: 'green',
  agency: 'purple',
};

/** "Tỉnh", "Huyện" … as a coloured tag; nothing when the level is unknown. */
export function LevelTag({ level }: { level: AuthorityLevel | null }) {
  if (!level) return null;
  return <Tag color={LEVEL_COLORS[level]}>{AUTHORITY_LEVEL_LABELS[level]}</Tag>;
}
