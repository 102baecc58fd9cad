// Eligibility reads histories only through the history scope (a subject outside the actor's subtree does not
// exist); these helpers decide which kind of subject an award kind is judged for.
import type { AwardKindDef, SubjectKind } from '../../../domain/regimes/types';
import { invalidField } from '../../lib/errors';
import type { SubjectType } from '../history/history.subject';

/** Where a subject of this kind lives: people for individuals and households (the head), units for collectives. */
export function subjectTypeOf(kind: SubjectKind): SubjectType {
  return kind === 'collective' ? 'unit' : 'person';
}

/** The subject kind suggestions list for an award kind: as asked, else individuals when allowed, else units. */
export function suggestionSubjectKind(
  def: AwardKindDef,
  asked: 'individual' | 'collective' | undefined,
): 'individual' | 'collective' {
  if (asked) {
    if (!def.subjects.includes(asked)) {
      invalidField('subjectKind', `${def.name} không xét cho đối tượng này`);
    }
    return asked;
  }
  if (def.subjects.includes('individual')) return 'individual';
  if (def.subjects.includes('collective')) return 'collective';
  return invalidField('awardKind', `Chưa có gợi ý cho ${def.name} (khen thưởng hộ gia đình)`);
}
