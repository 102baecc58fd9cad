// When the council has decided every nominee of a dossier, the dossier is concluded through the dossiers
// module's workflow (action 'conclude', guard all_outcomes), with a comment summing up the meeting.
import { viDate } from '../../../domain/council';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { transitionDossier } from '../dossiers/dossiers.transitions';
import type { MeetingRow } from './meetings.queries';

export interface DecidedNominee {
  nomineeId: string;
  name: string;
  awardKind: string;
  passed: boolean;
  text: string;
}

/** Concludes a dossier whose nominees all have the council's outcome (the last ones decided at this meeting). */
export async function concludeDossier(
  tx: Db,
  actor: Actor,
  dossierId: string,
  meeting: MeetingRow,
  decided: readonly DecidedNominee[],
  now?: Date,
): Promise<void> {
  const passed = decided.filter((d) => d.passed).length;
  const comment =
    `${meeting.councilName}, phiên họp ngày ${viDate(meeting.heldOn)}: ` +
    `${passed}/${decided.length} đề nghị được xét tại phiên họp đạt tỷ lệ phiếu quy định`;
  await transitionDossier(tx, actor, dossierId, 'conclude', { comment }, { now });
}
