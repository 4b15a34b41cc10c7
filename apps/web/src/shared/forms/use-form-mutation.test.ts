import type { FormInstance } from 'antd';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { formMutationHandlers } from './use-form-mutation.ts';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'zh-CN',
  resources: {
    'zh-CN': {
      errors: {
        codes: {
          VALIDATION_FAILED: '提交的信息有误',
          USERNAME_TAKEN: '用户名已被占用',
          INTERNAL: '系统错误',
        },
        fieldInvalid: '格式不正确（{{message}}）',
      },
    },
  },
});

function fakeForm(fields: string[][]) {
  const set: { name: (string | number)[]; errors: string[] }[] = [];
  const form = {
    getFieldsError: () => fields.map((name) => ({ name, errors: [], warnings: [] })),
    setFields: (entries: typeof set) => set.push(...entries),
    scrollToField: vi.fn(),
  } as unknown as FormInstance;
  return { form, set };
}

const toasts = () => ({ success: vi.fn(), error: vi.fn() });

describe('formMutationHandlers', () => {
  it('toasts the success text, then runs the follow-up with the answer and the input', () => {
    const { form } = fakeForm([]);
    const messages = toasts();
    const onSuccess = vi.fn();
    const handlers = formMutationHandlers(form, i18n.t, messages, { success: '已保存', onSuccess });
    handlers.onSuccess({ id: 'u1' }, { name: '张三' });
    expect(messages.success).toHaveBeenCalledWith('已保存');
    expect(onSuccess).toHaveBeenCalledWith({ id: 'u1' }, { name: '张三' });
    expect(messages.success.mock.invocationCallOrder[0]).toBeLessThan(onSuccess.mock.invocationCallOrder[0]!);
  });

  it('makes the success text from the input, or shows none', () => {
    const { form } = fakeForm([]);
    const messages = toasts();
    formMutationHandlers<null, { decision: string }>(form, i18n.t, messages, {
      success: (_, input) => (input.decision === 'approve' ? '已通过' : '已驳回'),
    }).onSuccess(null, { decision: 'reject' });
    expect(messages.success).toHaveBeenCalledWith('已驳回');
    const quiet = toasts();
    formMutationHandlers(form, i18n.t, quiet, {}).onSuccess(null, undefined);
    expect(quiet.success).not.toHaveBeenCalled();
  });

  it("puts the server's field issues onto the form's fields and toasts nothing when all found a field", () => {
    const { form, set } = fakeForm([['name'], ['principal', 'phone']]);
    const messages = toasts();
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      field: 'body.principal.phone',
      issues: [{ field: 'body.principal.phone', message: 'Invalid phone' }],
    });
    formMutationHandlers(form, i18n.t, messages, { success: '已保存' }).onError(error);
    expect(set).toEqual([{ name: ['principal', 'phone'], errors: ['格式不正确（Invalid phone）'] }]);
    expect(form.scrollToField).toHaveBeenCalledWith(['principal', 'phone'], { block: 'center' });
    expect(messages.error).not.toHaveBeenCalled();
    expect(messages.success).not.toHaveBeenCalled();
  });

  it('puts a coded error on its field, and toasts what has no field on the form', () => {
    const { form, set } = fakeForm([['username']]);
    const messages = toasts();
    const handlers = formMutationHandlers(form, i18n.t, messages, {});
    handlers.onError(
      new ApiError({ status: 409, code: 'USERNAME_TAKEN', message: 'taken', field: 'username' }),
    );
    expect(set).toEqual([{ name: ['username'], errors: ['用户名已被占用'] }]);
    expect(messages.error).not.toHaveBeenCalled();

    handlers.onError(
      new ApiError({ status: 409, code: 'USERNAME_TAKEN', message: 'taken', field: 'elsewhere' }),
    );
    expect(messages.error).toHaveBeenCalledWith('用户名已被占用');
    handlers.onError(new Error('网络中断'));
    expect(messages.error).toHaveBeenLastCalledWith('网络中断');
  });
});
