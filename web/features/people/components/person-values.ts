// Converting between antd form values (dayjs dates, empty strings) and the people API bodies.
import type { Dayjs } from 'dayjs';
import type { CadreClass, Gender } from '../../../../contracts/enums';
import type { PersonView } from '../../../../contracts/people';
import { fromIsoDate, toIsoDate } from '../../../lib/format';
import type { EmploymentValues } from '../api/people-api';

export interface PersonFormValues {
  fullName: string;
  gender: Gender;
  birthDate?: Dayjs | null;
  ethnicity?: string;
  cccd?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface EmploymentFormValues {
  unitId: string;
  position?: string | null;
  cadreClass: CadreClass;
  isDirectWorker?: boolean;
  fromDate: Dayjs;
  toDate?: Dayjs | null;
}

const orNull = (v: string | null | undefined) => (v && v.trim() ? v : null);

/** Person form values → API fields (dates as YYYY-MM-DD, blanks as null). */
export function toPersonFields(v: PersonFormValues) {
  return {
    fullName: v.fullName,
    gender: v.gender,
    birthDate: toIsoDate(v.birthDate),
    ethnicity: (v.ethnicity ?? 'Kinh') as 'Kinh',
    cccd: orNull(v.cccd),
    phone: orNull(v.phone),
    email: orNull(v.email),
    address: orNull(v.address),
  };
}

/** A person view → edit form values; a masked CCCD is left out so that it is not sent back. */
export function fromPerson(p: PersonView): PersonFormValues {
  return {
    fullName: p.fullName,
    gender: p.gender,
    birthDate: fromIsoDate(p.birthDate),
    ethnicity: p.ethnicity,
    cccd: p.cccdMasked ? undefined : p.cccd,
    phone: p.phone,
    email: p.email,
    address: p.address,
  };
}

export function toEmployment(v: EmploymentFormValues): EmploymentValues {
  return {
    unitId: v.unitId,
    position: orNull(v.position),
    cadreClass: v.cadreClass,
    isDirectWorker: v.isDirectWorker ?? false,
    fromDate: toIsoDate(v.fromDate) ?? '',
    toDate: toIsoDate(v.toDate),
  };
}
