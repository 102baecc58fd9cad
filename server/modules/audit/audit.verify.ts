// Verifies the audit hash chain: every entry's hash matches its content and links to the previous entry.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first entry that does not verify, and why. */
  firstBroken: { seq: number; reason: 'content' | 'link' } | null;
  head: { seq: number; hash: string } | null;
}

const GENESIS = '0'.repeat(64);
const BATCH = 5000;

/** Walks the chain in seq order, recomputing each hash in the database with the same digest function. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let previousHash = GENESIS;
  let lastSeq = -1;
  let checked = 0;
  let head: ChainReport['head'] = null;
  for (;;) {
    const rows = await queryRows<{ seq: string | number; hash: string; prev_hash: string; expected: string }>(
      db,
      sql`select seq, hash, prev_hash,
            audit_entry_digest(seq, at, actor_id, actor_name, action, entity, entity_id, unit_id, before, after, client, prev_hash) as expected
          from audit_log where seq > ${lastSeq} order by seq limit ${BATCH}`,
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      checked += 1;
      if (row.prev_hash !== previousHash)
        return { ok: false, checked, firstBroken: { seq, reason: 'link' }, head };
      if (row.expected !== row.hash)
        return { ok: false, checked, firstBroken: { seq, reason: 'content' }, head };
      previousHash = row.hash;
      lastSeq = seq;
      head = { seq, hash: row.hash };
    }
    if (rows.length < BATCH) return { ok: true, checked, firstBroken: null, head };
  }
}

/** The report in one Vietnamese sentence, for the CLI and the viewer. */
export function describeChainReport(report: ChainReport): string {
  if (report.ok) {
    const head = report.head ? ` Bản ghi cuối #${report.head.seq}, mã băm ${report.head.hash}.` : '';
    return `Nhật ký hợp lệ: đã kiểm tra ${report.checked} bản ghi.${head}`;
  }
  const broken = report.firstBroken!;
  const why =
    broken.reason === 'content'
      ? 'nội dung đã bị sửa (mã băm không khớp)'
      : 'liên kết tới bản ghi trước bị đứt (có bản ghi bị xóa hoặc chèn)';
  return `Nhật ký KHÔNG hợp lệ: bản ghi #${broken.seq} — ${why}.`;
}
