// Audit trail API (administrators): filtered pages of entries and the hash-chain verification.
import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import type { AuditEntryView, ChainReportView } from '../../../../contracts/audit';
import { api } from '../../../lib/api';

export interface AuditParams {
  page: number;
  pageSize: number;
  q?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export interface AuditPage {
  items: AuditEntryView[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /api/audit?page=&pageSize=&q=&action=&entity=&entityId=&actorId=&from=&to= */
export function auditQuery(params: AuditParams) {
  return queryOptions({
    queryKey: ['audit', 'list', params],
    queryFn: ({ signal }) => api<AuditPage>('/api/audit', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/audit/verify — recomputes the chain and names the first broken entry. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => api<ChainReportView>('/api/audit/verify') });
}

export {
  AUDIT_ACTION_LABELS as ACTION_LABELS,
  AUDIT_ENTITY_LABELS as ENTITY_LABELS,
  auditActionLabel as actionLabel,
  auditEntityLabel as entityLabel,
} from '../../../../contracts/audit-labels';

export { FIELD_LABELS } from '../../../../contracts/field-labels';
