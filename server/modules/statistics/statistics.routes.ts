// HTTP for the statutory statistics forms (biểu mẫu thống kê thi đua, khen thưởng): the list for a unit and year,
// each form's figures as JSON, and the form as .xlsx.
import {
  FormCodeParams,
  StatisticsFormList,
  StatisticsFormView,
  StatisticsQuery,
} from '../../../contracts/statistics';
import type { App } from '../../app-types';
import { contentDisposition } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import {
  renderStatutoryForm,
  statutoryFormFileName,
  XLSX_CONTENT_TYPE,
} from '../../render/statutory-forms.xlsx';
import { getForm, listForms } from './statistics.service';

const tags = ['Biểu mẫu thống kê thi đua, khen thưởng'];

export async function statisticsRoutes(app: App): Promise<void> {
  app.get(
    '/api/statistics/forms',
    {
      schema: {
        tags,
        summary:
          'Các biểu thống kê thi đua, khen thưởng áp dụng cho năm báo cáo (Thông tư 03/2018 hoặc 02/2023)',
        querystring: StatisticsQuery,
        response: { 200: StatisticsFormList },
      },
    },
    (req) => app.reportsDb.transaction((tx) => listForms(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/statistics/forms/:code.xlsx',
    {
      schema: {
        tags,
        summary: 'Tải biểu thống kê (Excel, A4 ngang) với số liệu tính từ dữ liệu của đơn vị',
        params: FormCodeParams,
        querystring: StatisticsQuery,
      },
    },
    async (req, reply) => {
      const view = await app.reportsDb.transaction((tx) =>
        getForm(tx, requireActor(req), req.params.code, req.query),
      );
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(statutoryFormFileName(view)))
        .header('cache-control', 'no-store')
        .send(await renderStatutoryForm(view));
    },
  );

  app.get(
    '/api/statistics/forms/:code',
    {
      schema: {
        tags,
        summary: 'Số liệu của một biểu thống kê (các dòng, cột, mã số) cho đơn vị và năm',
        params: FormCodeParams,
        querystring: StatisticsQuery,
        response: { 200: StatisticsFormView },
      },
    },
    (req) => app.reportsDb.transaction((tx) => getForm(tx, requireActor(req), req.params.code, req.query)),
  );
}
