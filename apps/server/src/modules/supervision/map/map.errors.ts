import { AppError, notFound, validationFailed } from '../../../kernel/index.ts';
import type { BoundaryProblem } from './geojson/validate-boundaries.ts';

/** Errors of the map part; the web translates the codes (locales …/supervision/map.ts `errors`). */
export const mapErrors = {
  boundaryInvalid: (problems: BoundaryProblem[]) =>
    new AppError(
      'SUPERVISION_BOUNDARY_INVALID',
      400,
      `The boundary file has ${problems.length} problem(s): ${problems
        .slice(0, 3)
        .map((p) => `${p.field} ${p.code}`)
        .join('; ')}`,
      {
        field: problems[0]?.field ?? 'body',
        issues: problems.map((p) => ({ field: p.field, message: p.code })),
        problems,
      },
    ),
  boundaryRootRequired: () =>
    new AppError('SUPERVISION_BOUNDARY_ROOT_REQUIRED', 400, 'Name the jurisdiction the file covers', {
      field: 'querystring.root',
    }),
  boundaryRootOutOfRemit: () =>
    new AppError('SUPERVISION_BOUNDARY_ROOT_OUT_OF_REMIT', 403, 'Boundaries only of your own jurisdiction', {
      field: 'querystring.root',
    }),
  publicRiskNotFound: () => notFound('Public-area risk'),
  placeOutOfRemit: () =>
    new AppError('SUPERVISION_PLACE_OUT_OF_REMIT', 400, 'The place lies outside your remit', {
      field: 'body.jurisdictionCode',
    }),
  ownerOutOfRemit: () =>
    new AppError('SUPERVISION_OWNER_OUT_OF_REMIT', 400, 'The owner is not a regulator within your remit', {
      field: 'body.ownerRegulatorId',
    }),
  ownerElsewhere: () =>
    new AppError(
      'SUPERVISION_OWNER_ELSEWHERE',
      400,
      'The owner’s jurisdiction does not include the place of the risk',
      { field: 'body.ownerRegulatorId' },
    ),
  outsidePlace: () =>
    new AppError(
      'SUPERVISION_PUBLIC_RISK_OUTSIDE_PLACE',
      400,
      'The place on the map lies outside the boundary of the township named',
      { field: 'body.geometry' },
    ),
  stale: () =>
    new AppError('SUPERVISION_PUBLIC_RISK_STALE', 409, 'Someone changed this risk meanwhile; reload it', {
      field: 'body.version',
    }),
  retired: () =>
    new AppError('SUPERVISION_PUBLIC_RISK_RETIRED', 409, 'The risk is retired and can no longer change'),
  assessmentInput: (field: string, reason: string) => validationFailed(`body.assessment.${field}`, reason),
};
