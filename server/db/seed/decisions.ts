// Demo number registers (sổ đăng ký quyết định), written through the Decisions services: the chairmen of UBND
// tỉnh Hà Tĩnh, of UBND huyện Cẩm Xuyên (until 30/6/2025) and of the new communes Cẩm Bình and Thiên Cầm (from
// 1/7/2025, when the commune chairman awards LĐTT, CSTĐCS and Giấy khen under regime C). The header lines come
// from the service's suggestions for the unit; "{n}/QĐ-UBND" is the usual ký hiệu of a chairman's decisions. The
// default signer is the demo person holding the chairman's post (the leader account's person) — illustrative.
// No decision is seeded: numbers are only taken when a decision is issued.
import type { AuthorityCode } from '../../../domain/regimes/types';
import type { Actor } from '../../lib/actor';
import { createRegister, registerDefaults } from '../../modules/decisions/decisions.registers';
import type { Db } from '../client';
import type { DemoPlan } from './plan';

interface DemoRegister {
  unit: string;
  code: AuthorityCode;
  /** The demo account whose person signs by default. */
  signer: string | null;
  proposedBy: string;
  fundingSource: string;
}

const REGISTERS: readonly DemoRegister[] = [
  {
    unit: 'tinh',
    code: 'chu_tich_ubnd_tinh',
    signer: 'lanhdao.tinh',
    proposedBy: 'Giám đốc Sở Nội vụ',
    fundingSource: 'Quỹ Thi đua, khen thưởng tỉnh',
  },
  {
    unit: 'cx',
    code: 'chu_tich_ubnd_huyen',
    signer: 'lanhdao.camxuyen',
    proposedBy: 'Trưởng phòng Nội vụ huyện',
    fundingSource: 'Quỹ Thi đua, khen thưởng huyện',
  },
  {
    unit: 'x25-cam-binh',
    code: 'chu_tich_ubnd_xa',
    signer: 'lanhdao.cambinh',
    proposedBy: 'Chánh Văn phòng HĐND và UBND xã',
    fundingSource: 'Quỹ Thi đua, khen thưởng xã',
  },
  {
    unit: 'x25-thien-cam',
    code: 'chu_tich_ubnd_xa',
    signer: null,
    proposedBy: 'Chánh Văn phòng HĐND và UBND xã',
    fundingSource: 'Quỹ Thi đua, khen thưởng xã',
  },
];

/** Writes the demo registers; returns their ids by unit key. */
export async function writeDecisionRegisters(
  tx: Db,
  actor: Actor,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const r of REGISTERS) {
    const unitId = unitIds.get(r.unit);
    if (!unitId) throw new Error(`demo unit ${r.unit} is missing`);
    const suggested = await registerDefaults(tx, actor, { authorityUnitId: unitId, authorityCode: r.code });
    const personKey = r.signer ? plan.accounts.find((a) => a.account.username === r.signer)?.personKey : null;
    const signerName = personKey ? (plan.people.find((p) => p.key === personKey)?.fullName ?? null) : null;
    const view = await createRegister(tx, actor, {
      authorityUnitId: unitId,
      authorityCode: r.code,
      ...suggested,
      proposedBy: r.proposedBy,
      fundingSource: r.fundingSource,
      signerName,
    });
    ids.set(r.unit, view.id);
  }
  return ids;
}
