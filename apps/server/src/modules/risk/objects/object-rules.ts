import { validationFailed } from '../../../kernel/index.ts';

/**
 * Only a major source (重大危险源) has a grade. Its registration code is the one the filing
 * authority issued: until it is entered the source is saved without one, and the register's
 * readiness for reporting says it is missing.
 */
export function assertMajorSourceFields(o: {
  isMajorSource: boolean;
  majorSourceCode: string | null;
  majorSourceGrade: number | null;
}) {
  if (!o.isMajorSource && o.majorSourceGrade !== null) {
    throw validationFailed('body.majorSourceGrade', 'only a major source has a grade');
  }
}
