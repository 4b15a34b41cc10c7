import { randomUUID } from 'node:crypto';
import type { Selectable, Updateable } from 'kysely';
import type { HazardSignatureKind, HazardState } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../kernel/index.ts';
import { confirmOwnPassword } from '../../identity/index.ts';
import { clearUnitLevelEvidenceFor } from '../../risk/index.ts';
import type { CommandContext, Trx } from '../hazard.database.ts';
import { hazardErrors } from '../hazard.errors.ts';
import { notifyHazard, type HazardNotice } from '../hazard-notices.ts';
import type { HazardDomainEvent, HazardEventType } from '../hazard.events.ts';
import { recordHazard } from '../hazard-record.ts';
import { mayAct, type HazardPolicyFacts } from '../hazard.policy.ts';
import { HazardScope } from '../hazard-scope.ts';
import { decideHazardTransition, type HazardMachineAction } from '../hazard.state.ts';
import type { HazardTables } from '../hazard.tables.ts';
import { signatureHash } from '../signatures/hazard-signature.ts';

export type HazardRow = Selectable<HazardTables['hazards']>;

type EventFacts<T extends HazardEventType> = Omit<Extract<HazardDomainEvent, { type: T }>, 'type'>;

/** What an action adds to the common steps: its own checks and writes, inside the transaction. */
export type TransitionEffect<T extends HazardEventType> = {
  /** Columns of the hazard to change besides the state. */
  changes?: Updateable<HazardTables['hazards']>;
  /** The timeline's note (a reason, a comment). */
  note?: string | null;
  /** The content the signer attests to, for signed steps. */
  signed?: Record<string, unknown>;
  /** Who hears of it (inbox and robot webhooks). */
  notice?: HazardNotice;
  facts: EventFacts<T>;
};

export type TransitionSpec<T extends HazardEventType> = {
  action: HazardMachineAction;
  event: T;
  /** The step's name on the timeline when it differs from the action (submitPlan). */
  stepAction?: string;
  /** Present on signed steps: the re-entered password and what kind of signature it makes. */
  signature?: { kind: HazardSignatureKind; password: string };
  /** Whether the body carries the reason the action needs. */
  hasReason?: boolean;
  newDeadline?: string;
  apply: (trx: Trx, h: HazardRow, scope: HazardScope) => Promise<TransitionEffect<T>>;
};

/** The facts the machine and the policy decide on, read from the locked hazard. */
async function loadFacts(
  trx: Trx,
  ctx: CommandContext,
  h: HazardRow,
  spec: Pick<TransitionSpec<HazardEventType>, 'hasReason' | 'newDeadline'>,
): Promise<HazardPolicyFacts> {
  const [plan, pending] = await Promise.all([
    trx
      .selectFrom('hazardRectificationPlans')
      .select('approvedAt')
      .where('enterpriseId', '=', h.enterpriseId)
      .where('hazardId', '=', h.id)
      .executeTakeFirst(),
    trx
      .selectFrom('hazardExtensions')
      .select('id')
      .where('enterpriseId', '=', h.enterpriseId)
      .where('hazardId', '=', h.id)
      .where('state', '=', 'requested')
      .executeTakeFirst(),
  ]);
  return {
    actorId: ctx.actor.userId,
    actorIsSafetyManager: ctx.actor.roles.includes('safetyManager'),
    reporterId: h.registrantId,
    rectifiedBy: h.rectifiedBy,
    grade: h.grade,
    rectificationType: h.rectificationType,
    planSubmitted: plan !== undefined,
    extensionPending: pending !== undefined,
    hasReason: spec.hasReason ?? true,
    newDeadlineLater:
      spec.newDeadline !== undefined && h.deadline !== null ? spec.newDeadline > h.deadline : false,
    ownerUserId: h.ownerUserId,
  };
}

/** Locks the hazard for the change; outsiders and hidden grades get 404. */
export async function lockHazard(trx: Trx, scope: HazardScope, hazardId: string): Promise<HazardRow> {
  let q = trx
    .selectFrom('hazards')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', hazardId);
  if (scope.majorOnly) q = q.where('grade', '=', 'major');
  const h = await q.forUpdate().executeTakeFirst();
  if (!h) throw notFound('Hazard');
  return h;
}

/**
 * One step of the lifecycle, the same way for every action: lock the hazard, ask the policy and
 * the state machine, check the signer's password, let the action write, then the state, the
 * timeline step, the signature and the audit row with its domain event, all in one transaction.
 */
export async function runTransition<T extends HazardEventType>(
  ctx: CommandContext,
  enterpriseId: string,
  hazardId: string,
  spec: TransitionSpec<T>,
): Promise<{ id: string; state: HazardState }> {
  const scope = await HazardScope.load(ctx.db, ctx.actor, enterpriseId);
  return ctx.db.transaction().execute(async (trx) => {
    const h = await lockHazard(trx, scope, hazardId);
    const facts = await loadFacts(trx, ctx, h, spec);
    if (!mayAct(ctx.actor, scope, spec.action, facts)) {
      // Seeing the hazard is not doing: a colleague who is not the owner is refused, not misled.
      throw forbidden(spec.action);
    }
    const decision = decideHazardTransition(h.state, spec.action, facts);
    if (!decision.ok) throw hazardErrors.refused(decision.code, h.state, spec.action);
    if (spec.signature && !(await confirmOwnPassword(trx, ctx.actor.userId, spec.signature.password)))
      throw hazardErrors.passwordMismatch();
    const effect = await spec.apply(trx, h, scope);
    const to = decision.to;
    await trx
      .updateTable('hazards')
      .set({ ...effect.changes, state: to, version: h.version + 1, updatedAt: new Date() })
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', h.id)
      .execute();
    await trx
      .insertInto('hazardSteps')
      .values({
        enterpriseId: scope.id,
        id: randomUUID(),
        hazardId: h.id,
        action: spec.stepAction ?? spec.action,
        fromState: h.state,
        toState: to,
        actorId: ctx.actor.userId,
        actorName: ctx.actor.name,
        note: effect.note ?? null,
      })
      .execute();
    let signatureSha256: string | undefined;
    if (spec.signature) {
      const content = effect.signed ?? { ...effect.changes, state: to };
      const signedAt = new Date().toISOString();
      signatureSha256 = signatureHash({
        kind: spec.signature.kind,
        hazardId: h.id,
        signerId: ctx.actor.userId,
        signedAt,
        content,
      });
      await trx
        .insertInto('hazardSignatures')
        .values({
          enterpriseId: scope.id,
          id: randomUUID(),
          hazardId: h.id,
          kind: spec.signature.kind,
          signerId: ctx.actor.userId,
          signerName: ctx.actor.name,
          signedAt,
          content: JSON.stringify(content),
          contentSha256: signatureSha256,
        })
        .execute();
    }
    // A hazard that is no longer open stops raising its unit's level.
    if (['closed', 'voided', 'merged', 'rejected', 'handedOver'].includes(to) && h.unitId) {
      await clearUnitLevelEvidenceFor(
        trx,
        { audit: ctx.audit },
        { enterpriseId: scope.id, refType: 'hazard', refId: h.id, reason: `${h.name}（${to}）` },
      );
    }
    if (effect.notice) await notifyHazard(trx, h, effect.notice);
    await recordHazard(trx, ctx.audit, {
      action: spec.event,
      entityType: 'hazard',
      entityId: h.id,
      enterpriseId: scope.id,
      before: { state: h.state },
      after: {
        ...effect.changes,
        state: to,
        ...(effect.note ? { note: effect.note } : {}),
        ...(signatureSha256 ? { signatureSha256 } : {}),
      },
      facts: effect.facts as Partial<EventFacts<T>>,
    });
    return { id: h.id, state: to };
  });
}

/** Photos must be files uploaded to this enterprise: an id from elsewhere is bad input, not a link. */
export async function attachPhotos(
  trx: Trx,
  ctx: CommandContext,
  h: HazardRow,
  ids: readonly string[],
  kind: 'before' | 'after',
  field: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await trx
    .selectFrom('files')
    .select('id')
    .where('enterpriseId', '=', h.enterpriseId)
    .where('id', 'in', unique)
    .execute();
  if (found.length !== unique.length) throw hazardErrors.unknownFile(field);
  await trx
    .insertInto('hazardPhotos')
    .values(
      unique.map((fileId) => ({
        enterpriseId: h.enterpriseId,
        hazardId: h.id,
        fileId,
        kind,
        uploadedBy: ctx.actor.userId,
      })),
    )
    .onConflict((oc) => oc.columns(['enterpriseId', 'hazardId', 'fileId']).doNothing())
    .execute();
}

/** An active member of the enterprise, or a 400 naming the field. */
export async function requireEnterpriseUser(
  trx: Trx,
  enterpriseId: string,
  userId: string,
  field: string,
): Promise<{ id: string; name: string }> {
  const user = await trx
    .selectFrom('users')
    .select(['id', 'name'])
    .where('enterpriseId', '=', enterpriseId)
    .where('status', '=', 'active')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw hazardErrors.unknownUser(field);
  return user;
}
