// Statutory statistics forms (issue #6 point 5): the yearly "…N/BNV-TĐKT" forms of a unit, as JSON and as .xlsx.
import { FORM_CODES, FORM_SETS } from '../domain/statistics';
import { z } from './zod';

export const StatisticsQuery = z.object({
  unitId: z.uuid({ error: 'Mã đơn vị báo cáo không hợp lệ' }),
  year: z.coerce
    .number({ error: 'Năm báo cáo phải là số' })
    .int({ error: 'Năm báo cáo phải là số nguyên' })
    .min(2018, {
      error: 'Chế độ báo cáo thống kê thi đua, khen thưởng chỉ có từ năm 2018 (Thông tư 03/2018/TT-BNV)',
    })
    .max(2100, { error: 'Năm báo cáo không hợp lệ' }),
});
export type StatisticsQuery = z.output<typeof StatisticsQuery>;

export const FormCodeParams = z.object({
  code: z.enum(FORM_CODES, { error: 'Mã biểu phải là 0601–0605 hoặc 0701–0703' }),
});

const FormColumnSchema: z.ZodType<FormColumnShape> = z.lazy(() =>
  z.object({ number: z.string(), label: z.string(), children: z.array(FormColumnSchema).optional() }),
);
interface FormColumnShape {
  number: string;
  label: string;
  children?: FormColumnShape[] | undefined;
}

export const ReportingHeader = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  /** "Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)" for a province; the parent unit below that. */
  receiver: z.string(),
  year: z.number().int(),
  set: z.enum(FORM_SETS),
  circular: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
});
export type ReportingHeader = z.infer<typeof ReportingHeader>;

export const StatisticsFormView = z.object({
  header: ReportingHeader,
  code: z.enum(FORM_CODES),
  formNumber: z.string(),
  title: z.string(),
  receiveDate: z.string(),
  unitNote: z.string().nullable(),
  hasUnitColumn: z.boolean(),
  columns: z.array(FormColumnSchema),
  rows: z.array(
    z.object({
      code: z.string().nullable(),
      label: z.string(),
      unit: z.string().optional(),
      style: z.enum(['total', 'heading', 'item', 'sub']),
      values: z.array(z.number().int()).nullable(),
    }),
  ),
  notes: z.array(z.string()),
});
export type StatisticsFormView = z.infer<typeof StatisticsFormView>;

export const StatisticsFormList = z.object({
  header: ReportingHeader,
  forms: z.array(z.object({ code: z.enum(FORM_CODES), formNumber: z.string(), title: z.string() })),
  /** Remarks on the form set of the year (e.g. a newer circular whose forms are not known). */
  remarks: z.array(z.string()),
});
export type StatisticsFormList = z.infer<typeof StatisticsFormList>;
