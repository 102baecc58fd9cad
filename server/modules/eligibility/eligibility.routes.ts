// HTTP for eligibility: evaluate one subject (from the database or inline) and suggest who meets the criteria.
import { EvaluateBody, SuggestionsPage, SuggestionsQuery, VerdictView } from '../../../contracts/eligibility';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { evaluateEligibility, suggestEligible } from './eligibility.service';

const tags = ['Xét điều kiện khen thưởng'];

export async function eligibilityRoutes(app: App): Promise<void> {
  app.post(
    '/api/eligibility/evaluate',
    {
      schema: {
        tags,
        summary:
          'Xét điều kiện: đối tượng có đủ tiêu chuẩn không, bằng chứng và căn cứ pháp lý của từng tiêu chí ' +
          '(quá trình lấy từ cơ sở dữ liệu theo subjectId, hoặc nhập trực tiếp trong history để thử)',
        body: EvaluateBody,
        response: { 200: VerdictView },
      },
    },
    (req) => app.db.transaction((tx) => evaluateEligibility(tx, requireActor(req), req.body)),
  );

  app.get(
    '/api/eligibility/suggestions',
    {
      schema: {
        tags,
        summary: 'Gợi ý những người (tập thể) trong đơn vị đủ hoặc có thể đủ tiêu chuẩn, kèm lý do',
        querystring: SuggestionsQuery,
        response: { 200: SuggestionsPage },
      },
    },
    (req) => app.db.transaction((tx) => suggestEligible(tx, requireActor(req), req.query)),
  );
}
