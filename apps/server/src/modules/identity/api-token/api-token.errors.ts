import { validationFailed } from '../../../kernel/index.ts';

export const apiTokenErrors = {
  scopeBeyondOwner: (index: number) =>
    validationFailed(`body.scopes.${index}`, 'you do not hold this permission yourself'),
  expiryInPast: () => validationFailed('body.expiresAt', 'must be in the future'),
};
