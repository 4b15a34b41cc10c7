import type { Level, UnitStatus } from './risk.tables.ts';

/**
 * The approval chain of a risk unit (seed 003: 岗位/班组 draft, 车间 review, 部门/安全管理 approve).
 * Pure: the commands load the facts, this decides.
 */
export type UnitAction = 'submit' | 'withdraw' | 'review' | 'reject' | 'approve' | 'reopen';

export const transitions: Record<UnitAction, { from: readonly UnitStatus[]; to: UnitStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  review: { from: ['submitted'], to: 'reviewed' },
  reject: { from: ['submitted', 'reviewed'], to: 'draft' },
  approve: { from: ['reviewed'], to: 'approved' },
  // An approved unit that is edited goes back to draft; its approved version stays in history.
  reopen: { from: ['approved'], to: 'draft' },
};

/** What makes a unit not ready to be submitted or approved. */
export type ReadinessIssue =
  | { code: 'RISK_UNIT_NO_EVENTS' }
  | { code: 'RISK_UNIT_NO_OWNER' }
  | { code: 'RISK_EVENT_NOT_ASSESSED'; eventId: string; eventName: string }
  | { code: 'RISK_EVENT_NO_REDUCTION_MEASURE'; eventId: string; eventName: string }
  | { code: 'RISK_EVENT_MEASURE_NO_OWNER'; eventId: string; eventName: string }
  | { code: 'RISK_MAJOR_SOURCE_STEWARDS_INCOMPLETE'; missing: ('principal' | 'technical' | 'operational')[] };

export type UnitContent = {
  responsibleUserId: string | null;
  isMajorSource: boolean;
  stewardRoles: readonly ('principal' | 'technical' | 'operational')[];
  events: readonly {
    id: string;
    name: string;
    inherentLevel: Level | null;
    residualLevel: Level | null;
    measures: readonly {
      kind: 'control' | 'emergency';
      hierarchy: string | null;
      responsibleUserId: string | null;
      responsibleUnitId: string | null;
    }[];
  }[];
};

const needsReduction = (level: Level | null) => level === 'major' || level === 'significant';

/**
 * The rules a unit must meet before it goes up the chain: it has events, an owner, every event
 * is assessed, and a major or significant risk has reduction measures each with an owner; a major
 * source has its three stewards (包保责任人).
 */
export function readinessIssues(content: UnitContent): ReadinessIssue[] {
  const issues: ReadinessIssue[] = [];
  if (content.events.length === 0) issues.push({ code: 'RISK_UNIT_NO_EVENTS' });
  if (!content.responsibleUserId) issues.push({ code: 'RISK_UNIT_NO_OWNER' });
  for (const e of content.events) {
    const ref = { eventId: e.id, eventName: e.name };
    if (!e.inherentLevel || !e.residualLevel) issues.push({ code: 'RISK_EVENT_NOT_ASSESSED', ...ref });
    if (needsReduction(e.inherentLevel) || needsReduction(e.residualLevel)) {
      const reductions = e.measures.filter((m) => m.kind === 'control');
      if (reductions.length === 0) issues.push({ code: 'RISK_EVENT_NO_REDUCTION_MEASURE', ...ref });
      else if (reductions.some((m) => !m.responsibleUserId && !m.responsibleUnitId)) {
        issues.push({ code: 'RISK_EVENT_MEASURE_NO_OWNER', ...ref });
      }
    }
  }
  if (content.isMajorSource) {
    const missing = (['principal', 'technical', 'operational'] as const).filter(
      (r) => !content.stewardRoles.includes(r),
    );
    if (missing.length > 0) issues.push({ code: 'RISK_MAJOR_SOURCE_STEWARDS_INCOMPLETE', missing });
  }
  return issues;
}

export type TransitionFacts = {
  actorId: string;
  /** Who signed the last submit and review of the current round (null when none). */
  submittedBy: string | null;
  reviewedBy: string | null;
  comment: string;
  readiness: readonly ReadinessIssue[];
};

export type TransitionResult =
  | { ok: true; to: UnitStatus }
  | {
      ok: false;
      code:
        | 'RISK_UNIT_INVALID_TRANSITION'
        | 'RISK_UNIT_NOT_READY'
        | 'RISK_UNIT_SAME_SIGNER'
        | 'RISK_UNIT_COMMENT_REQUIRED'
        | 'RISK_UNIT_NOT_SUBMITTER';
      issues?: readonly ReadinessIssue[];
    };

/** Decides one step of the chain. */
export function decideTransition(
  status: UnitStatus,
  action: UnitAction,
  facts: TransitionFacts,
): TransitionResult {
  const rule = transitions[action];
  if (!rule.from.includes(status)) return { ok: false, code: 'RISK_UNIT_INVALID_TRANSITION' };
  switch (action) {
    case 'submit':
    case 'approve':
      if (facts.readiness.length > 0)
        return { ok: false, code: 'RISK_UNIT_NOT_READY', issues: facts.readiness };
      // Four eyes: whoever approves did not review the same round.
      if (action === 'approve' && facts.reviewedBy === facts.actorId)
        return { ok: false, code: 'RISK_UNIT_SAME_SIGNER' };
      break;
    case 'review':
      // The workshop's review is by someone other than the drafter who submitted.
      if (facts.submittedBy === facts.actorId) return { ok: false, code: 'RISK_UNIT_SAME_SIGNER' };
      break;
    case 'reject':
      if (facts.comment.trim().length === 0) return { ok: false, code: 'RISK_UNIT_COMMENT_REQUIRED' };
      break;
    case 'withdraw':
      if (facts.submittedBy !== facts.actorId) return { ok: false, code: 'RISK_UNIT_NOT_SUBMITTER' };
      break;
    case 'reopen':
      break;
  }
  return { ok: true, to: rule.to };
}

/** The actions that are possible from a status at all (permissions aside). */
export function actionsFrom(status: UnitStatus): UnitAction[] {
  return (Object.keys(transitions) as UnitAction[]).filter((a) => transitions[a].from.includes(status));
}
