import type {
  AssignmentDetail,
  AssignmentLetter,
  AssignmentState,
  AssignmentSummary,
  CloseOutSummary,
  RiskLevel,
} from '@shuangkong/contracts';
import type { Actor } from '../../identity/index.ts';
import { shanghaiCivilDate, type WorkingDayCalendar } from '../../../platform/calendar/index.ts';
import { dueChip, isLate } from './assignment-deadlines.ts';
import { assignmentAbilities } from './assignment.policy.ts';
import { closeOutVerified } from './close-out-signature.ts';

/** The row as read, with the unit's own state to tell the level in force. */
export type AssignmentReadRow = Omit<AssignmentRow, 'currentLevel'> & {
  trackedLevel: RiskLevel | null;
  unitStatus: string;
  unitLevel: RiskLevel | null;
  unitArchivedAt: Date | null;
};

/**
 * The level in force: an approved unit's own level (read live, so a lowering shows before the
 * registration has caught up), the registration's while the unit is being reworked, none once it
 * is archived.
 */
export function levelInForce(r: AssignmentReadRow): RiskLevel | null {
  if (r.unitArchivedAt !== null) return null;
  return r.unitStatus === 'approved' ? r.unitLevel : r.trackedLevel;
}

export function fromReadRow(r: AssignmentReadRow): AssignmentRow {
  const { trackedLevel: _t, unitStatus: _s, unitLevel: _l, unitArchivedAt: _a, ...rest } = r;
  return { ...rest, currentLevel: levelInForce(r) };
}

export type AssignmentRow = {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  unitName: string;
  objectName: string;
  state: AssignmentState;
  gradedLevel: RiskLevel;
  currentLevel: RiskLevel | null;
  gradedOn: string;
  assignDueOn: string;
  regulatorId: string | null;
  regulatorName: string | null;
  docNumber: string | null;
  issuedAt: Date | null;
  respondBy: string | null;
  receivedAt: Date | null;
  acknowledgedAt: Date | null;
  verifyDueOn: string | null;
  closedAt: Date | null;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type Calendar = Pick<WorkingDayCalendar, 'addWorkingDays' | 'workingDaysBetween'>;

/** The deadline that matters in the state: assigning, acknowledging, verifying. */
function dueOf(row: AssignmentRow): string | null {
  switch (row.state) {
    case 'toAssign':
      return row.assignDueOn;
    case 'issued':
    case 'received':
      return row.respondBy;
    case 'closeOutRequested':
      return row.verifyDueOn;
    default:
      return null;
  }
}

export function presentAssignment(
  read: AssignmentReadRow,
  actor: Actor,
  calendar: Calendar,
  today: string = shanghaiCivilDate(),
): AssignmentSummary {
  const row = fromReadRow(read);
  const due = dueOf(row);
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    unitId: row.unitId,
    unitName: row.unitName,
    objectName: row.objectName,
    state: row.state,
    gradedLevel: row.gradedLevel,
    currentLevel: row.currentLevel,
    gradedOn: row.gradedOn,
    assignDueOn: row.assignDueOn,
    regulatorName: row.regulatorName,
    docNumber: row.docNumber,
    issuedAt: iso(row.issuedAt),
    respondBy: row.respondBy,
    receivedAt: iso(row.receivedAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    verifyDueOn: row.verifyDueOn,
    closedAt: iso(row.closedAt),
    due: due === null ? null : dueChip(calendar, due, today),
    assignedLate: row.issuedAt !== null && isLate(row.assignDueOn, shanghaiCivilDate(new Date(row.issuedAt))),
    abilities: assignmentAbilities(actor, row),
  };
}

export type CloseOutRow = {
  id: string;
  enterpriseId: string;
  assignmentId: string;
  levelAtRequest: 'general' | 'low';
  statement: string;
  requestedBy: string;
  requestedByName: string;
  requestedAt: Date;
  signedContent: unknown;
  contentSha256: string;
  verifyDueOn: string;
  decision: 'approved' | 'returned' | null;
  decisionReason: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  published: boolean;
};

export function presentCloseOut(c: CloseOutRow): CloseOutSummary {
  return {
    id: c.id,
    levelAtRequest: c.levelAtRequest,
    statement: c.statement,
    requestedByName: c.requestedByName,
    requestedAt: new Date(c.requestedAt).toISOString(),
    contentSha256: c.contentSha256,
    signatureVerified: closeOutVerified(c),
    verifyDueOn: c.verifyDueOn,
    decision: c.decision,
    decisionReason: c.decisionReason,
    decidedByName: c.decidedByName,
    decidedAt: iso(c.decidedAt),
    published: c.published,
  };
}

export function presentDetail(
  summary: AssignmentSummary,
  extra: {
    letter: unknown;
    issuedByName: string | null;
    receivedByName: string | null;
    acknowledgedByName: string | null;
    closeOuts: CloseOutRow[];
  },
): AssignmentDetail {
  const letter = typeof extra.letter === 'string' ? (JSON.parse(extra.letter) as unknown) : extra.letter;
  return {
    ...summary,
    letter: (letter ?? null) as AssignmentLetter | null,
    issuedByName: extra.issuedByName,
    receivedByName: extra.receivedByName,
    acknowledgedByName: extra.acknowledgedByName,
    closeOuts: extra.closeOuts.map(presentCloseOut),
  };
}
