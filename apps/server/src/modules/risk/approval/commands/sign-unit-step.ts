import { randomUUID } from 'node:crypto';
import type { Permission } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import type { Trx } from '../../risk.database.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { sendInApp } from '../../../../platform/notify/index.ts';
import { riskErrors } from '../../risk.errors.ts';
import type { RiskEventType } from '../../risk.events.ts';
import { unitAbilities, type UnitAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { decideTransition, readinessIssues, type TransitionResult } from '../../risk-unit.state.ts';
import { currentRound } from '../approval-round.ts';
import { findUnitForApproval, listSignatures, usersWithRoles } from '../approval.repository.ts';
import { contentHash, loadUnitContent } from '../unit-snapshot.ts';

/** The steps a person signs (reopen happens implicitly when an approved unit is edited). */
export type SignedAction = 'submit' | 'withdraw' | 'review' | 'reject' | 'approve';

export type SignUnitStepOptions = {
  enterpriseId: string;
  unitId: string;
  action: SignedAction;
  comment?: string | undefined;
};

const step: Record<
  SignedAction,
  { ability: keyof UnitAbilities; permission: Permission; event: RiskEventType }
> = {
  submit: { ability: 'canSubmit', permission: 'risk.submit', event: 'risk.unit-submitted' },
  withdraw: { ability: 'canWithdraw', permission: 'risk.submit', event: 'risk.unit-withdrawn' },
  review: { ability: 'canReview', permission: 'risk.review', event: 'risk.unit-reviewed' },
  reject: { ability: 'canReject', permission: 'risk.review', event: 'risk.unit-rejected' },
  approve: { ability: 'canApprove', permission: 'risk.approve', event: 'risk.unit-approved' },
};

function refusal(result: Extract<TransitionResult, { ok: false }>, status: string, action: string) {
  switch (result.code) {
    case 'RISK_UNIT_INVALID_TRANSITION':
      return riskErrors.invalidTransition(status, action);
    case 'RISK_UNIT_NOT_READY':
      return riskErrors.notReady(result.issues ?? []);
    case 'RISK_UNIT_SAME_SIGNER':
      return riskErrors.sameSigner();
    case 'RISK_UNIT_COMMENT_REQUIRED':
      return riskErrors.commentRequired();
    case 'RISK_UNIT_NOT_SUBMITTER':
      return riskErrors.notSubmitter();
  }
}

/**
 * Signs one step of a unit's approval chain (submit, withdraw, review, reject, approve): the
 * state machine decides, the policy authorises, then the signature with the content hash, the
 * status change (guarded against a concurrent signer), the audit event, an approved version
 * snapshot and the next signers' notifications commit together.
 */
export async function signUnitStep(ctx: CommandContext, options: SignUnitStepOptions): Promise<void> {
  const { actor } = ctx;
  const enterprise = await VisibleEnterprise.load(ctx.db, actor, options.enterpriseId);
  const comment = options.comment?.trim() ?? '';
  await ctx.db.transaction().execute(async (trx) => {
    const unit = await findUnitForApproval(trx, enterprise, options.unitId);
    if (!unit) throw notFound('Risk unit');
    const [content, signatures] = await Promise.all([
      loadUnitContent(trx, enterprise.id, unit.id),
      listSignatures(trx, enterprise, unit.id),
    ]);
    if (!content) throw notFound('Risk unit');
    const round = currentRound(signatures);
    const { action } = options;
    const result = decideTransition(unit.status, action, {
      actorId: actor.userId,
      ...round,
      comment,
      readiness: readinessIssues(content.readiness),
    });
    if (!result.ok) throw refusal(result, unit.status, action);
    const rule = step[action];
    if (!unitAbilities(actor, enterprise, { status: unit.status, ...round })[rule.ability])
      throw forbidden(rule.permission);

    const hash = contentHash(content.snapshot);
    const isApproval = action === 'approve';
    const updated = await trx
      .updateTable('riskUnits')
      .set((eb) => ({
        status: result.to,
        updatedAt: new Date(),
        ...(isApproval
          ? { version: eb('version', '+', 1), needsReassessment: false, reassessmentReason: null }
          : {}),
      }))
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', unit.id)
      // Two signers at once: the second finds the status moved on and is refused.
      .where('status', '=', unit.status)
      .returning('version')
      .executeTakeFirst();
    if (!updated) throw riskErrors.invalidTransition(unit.status, action);

    await trx
      .insertInto('riskUnitSignatures')
      .values({
        enterpriseId: enterprise.id,
        id: randomUUID(),
        unitId: unit.id,
        action,
        fromStatus: unit.status,
        toStatus: result.to,
        actorId: actor.userId,
        actorName: actor.name,
        comment,
        contentHash: hash,
      })
      .execute();
    if (isApproval) {
      await trx
        .insertInto('riskUnitVersions')
        .values({
          enterpriseId: enterprise.id,
          unitId: unit.id,
          version: updated.version,
          snapshot: JSON.stringify(content.snapshot),
          approvedBy: actor.userId,
        })
        .execute();
    }
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: rule.event,
      entityType: 'riskUnit',
      entityId: unit.id,
      before: { status: unit.status, version: unit.version },
      after: { status: result.to, version: updated.version, comment, contentHash: hash },
    });
    await notifyNext(trx, enterprise, { ...unit, action, actorId: actor.userId, comment, ...round });
  });
}

type NotifyFacts = {
  id: string;
  code: string;
  name: string;
  action: SignedAction;
  actorId: string;
  comment: string;
  submittedBy: string | null;
  reviewedBy: string | null;
};

// Whom each step hands the unit to (seed 003: the workshop reviews, the department or safety
// manager approves), and who hears back when the chain ends or turns the unit back.
async function notifyNext(trx: Trx, enterprise: VisibleEnterprise, f: NotifyFacts): Promise<void> {
  const label = `${f.code} ${f.name}`;
  const link = `/risk/register?unit=${f.id}`;
  const others = (ids: readonly (string | null)[]) =>
    ids.filter((id): id is string => id !== null && id !== f.actorId);
  switch (f.action) {
    case 'submit': {
      const to = await usersWithRoles(trx, enterprise, ['unitLead', 'safetyManager']);
      return sendInApp(trx, others(to), {
        kind: 'risk.unit-awaiting-review',
        title: `风险单元待审核：${label}`,
        params: { unit: label },
        link,
      });
    }
    case 'review': {
      const to = await usersWithRoles(trx, enterprise, ['safetyManager', 'enterprisePrincipal']);
      return sendInApp(trx, others(to), {
        kind: 'risk.unit-awaiting-approval',
        title: `风险单元待审定：${label}`,
        params: { unit: label },
        link,
      });
    }
    case 'reject':
      return sendInApp(trx, others([f.submittedBy, f.reviewedBy]), {
        kind: 'risk.unit-rejected',
        title: `风险单元被退回：${label}`,
        params: { unit: label },
        body: f.comment,
        link,
      });
    case 'approve':
      return sendInApp(trx, others([f.submittedBy]), {
        kind: 'risk.unit-approved',
        title: `风险单元已审定：${label}`,
        params: { unit: label },
        link,
      });
    case 'withdraw':
      return;
  }
}
