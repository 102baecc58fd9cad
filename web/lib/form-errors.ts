// Puts the server's per-field messages ({error:{fields}}) onto the matching antd Form fields.
import type { FormInstance } from 'antd';
import { ApiError } from './api';

/** 'roles.0.unitId' → ['roles', 0, 'unitId'] (antd name path). */
export function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows field errors on the form; `rename` maps server field names to form field names when they differ.
 * Returns true when at least one field message was placed.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  rename: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const entries = Object.entries(error.fields);
  if (entries.length === 0) return false;
  const registered = new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join('.'))
      .filter(Boolean),
  );
  const fields = entries
    .map(([field, message]) => ({ name: rename[field] ?? field, message }))
    .filter(({ name }) => registered.size === 0 || registered.has(name))
    .map(({ name, message }) => ({ name: toNamePath(name), errors: [message] }));
  form.setFields(fields);
  return fields.length > 0;
}

/** The form's values when every rule passes, or null (antd already shows the messages on the fields). */
export async function validated<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (error) {
    if (error && typeof error === 'object' && 'errorFields' in error) return null;
    throw error;
  }
}
