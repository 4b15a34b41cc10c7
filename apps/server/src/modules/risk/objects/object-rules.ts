import { validationFailed } from '../../../kernel/index.ts';

/** A major source (重大危险源) is identified by its code; an ordinary object carries none. */
export function assertMajorSourceFields(o: {
  isMajorSource: boolean;
  majorSourceCode: string | null;
  majorSourceGrade: number | null;
}) {
  if (o.isMajorSource && !o.majorSourceCode) {
    throw validationFailed('body.majorSourceCode', 'a major source needs its code');
  }
  if (!o.isMajorSource && o.majorSourceGrade !== null) {
    throw validationFailed('body.majorSourceGrade', 'only a major source has a grade');
  }
}
