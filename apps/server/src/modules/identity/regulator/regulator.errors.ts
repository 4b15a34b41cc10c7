import { validationFailed } from '../../../kernel/index.ts';

export const regulatorErrors = {
  remitOutsideJurisdiction: (index: number) =>
    validationFailed(
      `body.remits.${index}.jurisdictionCode`,
      "must lie within the regulator's own jurisdiction",
    ),
  unknownRemitJurisdiction: (index: number) =>
    validationFailed(`body.remits.${index}.jurisdictionCode`, 'unknown jurisdiction'),
  unknownRemitIndustry: (index: number) =>
    validationFailed(`body.remits.${index}.industryCode`, "unknown industry (use '*' for all)"),
};
