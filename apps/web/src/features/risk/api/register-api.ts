import type {
  RiskUnitAbilities,
  ControlMeasure,
  ControlMeasureInput,
  ControlMeasureUpdate,
  EnterpriseRiskLevel,
  RegisterTree,
  RiskEvent,
  RiskEventInput,
  RiskEventUpdate,
  RiskObject,
  RiskObjectInput,
  RiskObjectUpdate,
  RiskUnit,
  RiskUnitDetail,
  RiskUnitInput,
  RiskUnitUpdate,
  StepInput,
  StewardInput,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope, WithAbilities } from '../../../shared/api/envelope.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';

export type RegisterAbilities = RegisterTree['abilities'];
export type UnitAbilities = RiskUnitAbilities;
export type TreeFilters = { level?: string | undefined; q?: string | undefined };
export type TreeObject = RegisterTree['data']['objects'][number];
export type TreeUnit = TreeObject['units'][number];

/** The register tree (objects → units with levels and counts); the server pages objects by 100. */
export function useRegisterTree(ent: string, filters: TreeFilters) {
  return useQuery({
    queryKey: riskKeys.tree(ent, filters),
    queryFn: ({ signal }) =>
      api.get<RegisterTree>(
        riskPaths.tree(ent),
        { page: 1, pageSize: 100, level: filters.level, q: filters.q },
        signal,
      ),
    enabled: Boolean(ent),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseRiskLevel(ent: string) {
  return useQuery({
    queryKey: riskKeys.level(ent),
    queryFn: ({ signal }) => api.get<Envelope<EnterpriseRiskLevel>>(riskPaths.level(ent), undefined, signal),
    enabled: Boolean(ent),
  });
}

export function useRiskUnit(ent: string, unitId: string | null) {
  return useQuery({
    queryKey: riskKeys.unit(ent, unitId ?? ''),
    queryFn: ({ signal }) =>
      api.get<WithAbilities<RiskUnitDetail, UnitAbilities>>(
        riskPaths.unit(ent, unitId ?? ''),
        undefined,
        signal,
      ),
    enabled: Boolean(ent && unitId),
  });
}

export function useRiskObject(ent: string, objectId: string | null) {
  return useQuery({
    queryKey: riskKeys.object(ent, objectId ?? ''),
    queryFn: ({ signal }) =>
      api.get<WithAbilities<RiskObject, RegisterAbilities>>(
        riskPaths.object(ent, objectId ?? ''),
        undefined,
        signal,
      ),
    enabled: Boolean(ent && objectId),
  });
}

/** Invalidates everything of the enterprise's register: levels roll up, so one change moves many views. */
export function useInvalidateRisk(ent: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: riskKeys.all(ent) });
}

function useRiskMutation<V, R>(ent: string, fn: (vars: V) => Promise<R>) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({ mutationFn: fn, onSuccess: () => void invalidate() });
}

export const useCreateObject = (ent: string) =>
  useRiskMutation(ent, (input: RiskObjectInput) =>
    api.post<Envelope<RiskObject>>(riskPaths.objects(ent), input),
  );
export const useUpdateObject = (ent: string) =>
  useRiskMutation(ent, ({ id, ...patch }: RiskObjectUpdate & { id: string }) =>
    api.patch<Envelope<RiskObject>>(riskPaths.object(ent, id), patch),
  );
/** Deletes (archives) an object with its units; the reason stays with their deletion mark. */
export const useDeleteObject = (ent: string) =>
  useRiskMutation(ent, ({ id, reason }: { id: string; reason: string }) =>
    api.delete(riskPaths.object(ent, id), { reason }),
  );

export const useCreateUnit = (ent: string) =>
  useRiskMutation(ent, (input: RiskUnitInput) => api.post<Envelope<RiskUnit>>(riskPaths.units(ent), input));
export const useUpdateUnit = (ent: string) =>
  useRiskMutation(ent, ({ id, ...patch }: RiskUnitUpdate & { id: string }) =>
    api.patch<Envelope<RiskUnit>>(riskPaths.unit(ent, id), patch),
  );
export const useDeleteUnit = (ent: string) =>
  useRiskMutation(ent, ({ id, reason }: { id: string; reason: string }) =>
    api.delete(riskPaths.unit(ent, id), { reason }),
  );
export const useReplaceSteps = (ent: string) =>
  useRiskMutation(ent, ({ unitId, steps }: { unitId: string; steps: StepInput[] }) =>
    api.put<unknown>(riskPaths.unitSteps(ent, unitId), { steps }),
  );
export const useReplacePosts = (ent: string) =>
  useRiskMutation(ent, ({ unitId, postIds }: { unitId: string; postIds: string[] }) =>
    api.put<unknown>(riskPaths.unitPosts(ent, unitId), { postIds }),
  );
export const useReplaceSafetySigns = (ent: string) =>
  useRiskMutation(ent, ({ unitId, signCodes }: { unitId: string; signCodes: string[] }) =>
    api.put<unknown>(riskPaths.unitSafetySigns(ent, unitId), { signCodes }),
  );
export const useReplaceStewards = (ent: string) =>
  useRiskMutation(ent, ({ objectId, stewards }: { objectId: string; stewards: StewardInput[] }) =>
    api.put<unknown>(riskPaths.stewards(ent, objectId), { stewards }),
  );

export const useCreateEvent = (ent: string) =>
  useRiskMutation(ent, ({ unitId, input }: { unitId: string; input: RiskEventInput }) =>
    api.post<Envelope<RiskEvent>>(riskPaths.unitEvents(ent, unitId), input),
  );
export const useUpdateEvent = (ent: string) =>
  useRiskMutation(ent, ({ id, ...patch }: RiskEventUpdate & { id: string }) =>
    api.patch<Envelope<RiskEvent>>(riskPaths.event(ent, id), patch),
  );
/** Deletes an event with its measures; the reason stays with their tombstones. */
export const useDeleteEvent = (ent: string) =>
  useRiskMutation(ent, ({ id, reason }: { id: string; reason: string }) =>
    api.delete(riskPaths.event(ent, id), { reason }),
  );

export const useCreateMeasure = (ent: string) =>
  useRiskMutation(ent, ({ eventId, input }: { eventId: string; input: ControlMeasureInput }) =>
    api.post<Envelope<ControlMeasure>>(riskPaths.eventMeasures(ent, eventId), input),
  );
export const useUpdateMeasure = (ent: string) =>
  useRiskMutation(ent, ({ id, ...patch }: ControlMeasureUpdate & { id: string }) =>
    api.patch<Envelope<ControlMeasure>>(riskPaths.measure(ent, id), patch),
  );
export const useDeleteMeasure = (ent: string) =>
  useRiskMutation(ent, ({ id, reason }: { id: string; reason: string }) =>
    api.delete(riskPaths.measure(ent, id), { reason }),
  );

export type OrgUnitRef = {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'department' | 'workshop' | 'team' | 'post';
};
export type UserRef = { id: string; name: string; orgUnitName: string | null };

/** The enterprise's org units, for responsible-department and post pickers. */
export function useRiskOrgUnits(ent: string) {
  return useQuery({
    queryKey: riskKeys.orgUnits(ent),
    queryFn: ({ signal }) => api.get<Envelope<OrgUnitRef[]>>(riskPaths.orgUnits(ent), undefined, signal),
    enabled: Boolean(ent),
    staleTime: 60_000,
  });
}

/** People of the enterprise for responsible-person pickers; empty when the user may not list people. */
export function useRiskUsers(ent: string) {
  return useQuery({
    queryKey: riskKeys.users(ent),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<{ data: UserRef[] }>(
          riskPaths.users(),
          { enterpriseId: ent, page: 1, pageSize: 100 },
          signal,
        );
      } catch {
        return { data: [] };
      }
    },
    enabled: Boolean(ent),
    staleTime: 60_000,
  });
}
