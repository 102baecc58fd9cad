// Labels and tags of movement kinds, statuses, levels and document roles.
import { Tag } from 'antd';
import {
  AUTHORITY_LEVEL_LABELS,
  AUTHORITY_LEVELS,
  type AuthorityLevel,
} from '../../../../contracts/documents';
import {
  DOCUMENT_ROLE_LABELS,
  DOCUMENT_ROLES,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUS_LABELS,
  MOVEMENT_STATUSES,
  type MovementStatus,
} from '../../../../contracts/movements';

export const KIND_OPTIONS = MOVEMENT_KINDS.map((k) => ({ value: k, label: MOVEMENT_KIND_LABELS[k] }));
export const STATUS_OPTIONS = MOVEMENT_STATUSES.map((s) => ({ value: s, label: MOVEMENT_STATUS_LABELS[s] }));
export const LEVEL_OPTIONS = AUTHORITY_LEVELS.map((l) => ({ value: l, label: AUTHORITY_LEVEL_LABELS[l] }));
export const ROLE_OPTIONS = DOCUMENT_ROLES.map((r) => ({ value: r, label: DOCUMENT_ROLE_LABELS[r] }));

const STATUS_COLORS: Record<MovementStatus, string> = {
  launched: 'blue',
  in_progress: 'processing',
  reviewed: 'gold',
  closed: 'default',
};

export function StatusTag({ status }: { status: MovementStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{MOVEMENT_STATUS_LABELS[status]}</Tag>;
}

const LEVEL_COLORS: Record<AuthorityLevel, string> = {
  central: 'red',
  province: 'volcano',
  district: 'blue',
  commune: 'green',
  agency: 'purple',
};

/** "Trung ương", "Tỉnh" … as a tag; "Chưa rõ cấp" when the report does not say. */
export function LevelTag({ level }: { level: AuthorityLevel | null }) {
  if (!level) return <Tag>Chưa rõ cấp</Tag>;
  return <Tag color={LEVEL_COLORS[level]}>{AUTHORITY_LEVEL_LABELS[level]}</Tag>;
}
