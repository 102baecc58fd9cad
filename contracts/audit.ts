// The audit trail as the admin viewer reads it, and the chain verification result.
import { IsoDate } from './common';
import { z } from './zod';

export const AuditQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  q: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  entity: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid({ error: 'Người thực hiện không hợp lệ' }).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The account's full name when the actor is a user (actorName is the username recorded at the time). */
  actorFullName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  client: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const ChainReportView = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.enum(['content', 'link']) }).nullable(),
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  message: z.string(),
});
export type ChainReportView = z.infer<typeof ChainReportView>;
