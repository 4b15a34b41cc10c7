import { AppError, validationFailed } from '../../../kernel/index.ts';

export const jurisdictionErrors = {
  codeTaken: () =>
    new AppError('JURISDICTION_CODE_TAKEN', 409, 'A jurisdiction with this code exists', {
      field: 'body.code',
    }),
  parentMissing: () => validationFailed('body.parentCode', 'parent jurisdiction not found'),
  levelMismatch: (expected: string | null) =>
    validationFailed(
      'body.level',
      expected ? `must be ${expected} below this parent` : 'nothing may be placed below a grid',
    ),
};
