import type { UseMutationResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from './apply-api-error.ts';

export type FormMutationOptions<TData, TVariables> = {
  /** The toast after success: a text, or one made from the answer and what was sent; none when absent. */
  success?: string | ((data: TData, variables: TVariables) => string);
  /** After the toast: close the dialog, go to the new page, … */
  onSuccess?: (data: TData, variables: TVariables) => void;
};

type Toasts = { success: (text: string) => unknown; error: (text: string) => unknown };

/**
 * The success and error handlers of a form's save: a toast and the caller's follow-up on success;
 * on failure the server's field errors onto the form's fields, and whatever found no field as a toast.
 */
export function formMutationHandlers<TData, TVariables>(
  form: FormInstance,
  t: TFunction,
  toasts: Toasts,
  options: FormMutationOptions<TData, TVariables>,
) {
  return {
    onSuccess: (data: TData, variables: TVariables) => {
      const text = typeof options.success === 'function' ? options.success(data, variables) : options.success;
      if (text) void toasts.success(text);
      options.onSuccess?.(data, variables);
    },
    onError: (error: unknown) => {
      const rest = applyApiErrorToForm(form, error, t);
      if (rest) void toasts.error(rest);
    },
  };
}

type Mutation<TData, TError, TVariables, TContext> = Pick<
  UseMutationResult<TData, TError, TVariables, TContext>,
  'mutate' | 'isPending'
>;

/**
 * A form's save through a mutation: `submit(input)` runs it, toasts on success and puts the
 * server's field errors (`error.details.field` / `issues`) onto the form. Options are read at submit.
 */
export function useFormMutation<TData, TError, TVariables, TContext>(
  form: FormInstance,
  mutation: Mutation<TData, TError, TVariables, TContext>,
  options: FormMutationOptions<TData, TVariables> = {},
): { submit: (variables: TVariables) => void; isPending: boolean } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return {
    submit: (variables) => mutation.mutate(variables, formMutationHandlers(form, t, message, options)),
    isPending: mutation.isPending,
  };
}
