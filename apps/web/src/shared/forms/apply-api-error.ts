import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error.ts';
import { errorMessage, issueMessage } from '../api/error-message.ts';
import { fieldPathOf, matchFormField, type FieldPath } from './field-path.ts';

/**
 * Puts a server error onto the form fields it names. Returns the message that could not be placed
 * on a field (for a toast or an Alert), or null when every issue found its field.
 */
// Untyped FormInstance: server paths are only known at run time, so typed name paths cannot help here.
export function applyApiErrorToForm(form: FormInstance, error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return errorMessage(t, error);
  const registered: FieldPath[] = form.getFieldsError().map((entry) => entry.name);
  const issues =
    error.issues.length > 0
      ? error.issues.map((issue) => ({ field: issue.field, text: issueMessage(t, issue.message) }))
      : error.field
        ? [{ field: error.field, text: errorMessage(t, error) }]
        : [];
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  let unplaced = issues.length === 0;
  for (const issue of issues) {
    const name = matchFormField(fieldPathOf(issue.field), registered);
    if (!name) {
      unplaced = true;
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.text);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  const first = [...byField.values()][0];
  if (first) form.scrollToField(first.name, { block: 'center' });
  return unplaced ? errorMessage(t, error) : null;
}
