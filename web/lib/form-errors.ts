// Puts the server's per-field messages ({error:{fields}}) onto the matching antd Form fields.
import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from './api';

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

/**
 * Shows a failed save: field messages on the form plus a short notice, or the server's whole message
 * when no field could be marked (the message names fields by their API keys, which users do not know).
 */
export function reportFormError(form: FormInstance, error: unknown, notify: (text: string) => void): void {
  if (applyFieldErrors(form, error)) notify('Dữ liệu chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu đỏ');
  else notify(errorMessage(error));
}
