import { controlHierarchy, findRiskFactor, type RegisterRow } from '@shuangkong/contracts';
import {
  accidentTypeName,
  formatInputs,
  LIST_SEPARATOR,
  levelText,
  measureLine,
  methodLabel,
  statusLabelZh,
  tierLabelZh,
  type RegisterCells,
} from './register-columns.ts';
import type { RegisterRowRecord } from './register-list.repository.ts';

const factorName = (code: string) => findRiskFactor(code)?.nameZh ?? '';

export function presentRegisterRow(r: RegisterRowRecord): RegisterRow {
  return {
    eventId: r.eventId,
    unitId: r.unitId,
    objectId: r.objectId,
    objectCode: r.objectCode,
    objectName: r.objectName,
    unitCode: r.unitCode,
    unitName: r.unitName,
    eventName: r.eventName,
    factors: r.factorCodes.map((code) => ({ code, name: factorName(code) })),
    residualLevel: r.residualLevel,
    inherentLevel: r.inherentLevel,
    accidentTypes: r.accidentTypes.map(accidentTypeName),
    controlMeasures: r.controlMeasures,
    emergencyMeasures: r.emergencyMeasures,
    controlTier: r.controlTier,
    responsibleUnitName: r.responsibleUnitName,
    responsibleUserName: r.responsibleUserName,
    status: r.status,
  };
}

/** One workbook line: the same facts as text, in the form the import reads back. */
export function presentRegisterCells(r: RegisterRowRecord, seq: number): RegisterCells {
  const factor = (code: string) => [code, factorName(code)].filter(Boolean).join(' ');
  return {
    seq: String(seq),
    objectCode: r.objectCode,
    objectName: r.objectName,
    unitCode: r.unitCode,
    unitName: r.unitName,
    eventName: r.eventName,
    factors: r.factorCodes.map(factor).join(LIST_SEPARATOR),
    inherentMethod: r.inherentAssessment ? methodLabel[r.inherentAssessment.method] : '',
    inherentInputs: r.inherentAssessment
      ? formatInputs(r.inherentAssessment.method, r.inherentAssessment.inputs)
      : '',
    inherentLevel: levelText(r.inherentLevel),
    residualMethod: r.residualAssessment ? methodLabel[r.residualAssessment.method] : '',
    residualInputs: r.residualAssessment
      ? formatInputs(r.residualAssessment.method, r.residualAssessment.inputs)
      : '',
    residualLevel: levelText(r.residualLevel),
    accidentTypes: r.accidentTypes.map(accidentTypeName).join('、'),
    controlMeasures: r.controlMeasures
      .map((m) => measureLine(controlHierarchy.safeParse(m.hierarchy).data ?? null, m.content))
      .join(LIST_SEPARATOR),
    emergencyMeasures: r.emergencyMeasures.join(LIST_SEPARATOR),
    controlTier: r.controlTier ? tierLabelZh[r.controlTier] : '',
    responsibleUnit: r.responsibleUnitName ?? '',
    responsibleUser: r.responsibleUserName ?? '',
    status: statusLabelZh[r.status],
  };
}
