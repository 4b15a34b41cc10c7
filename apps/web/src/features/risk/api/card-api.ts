import type {
  CardPrintInput,
  CardPostListItem,
  ChemicalEntry,
  EmergencyCard,
  MajorSourceInput,
  MajorSourceListItem,
  MajorSourceResult,
  MajorSourceFactsUpdate,
  MajorSourceUpdate,
  ObjectMajorSource,
  PostRiskCard,
  RiskBoard,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';
import { useInvalidateRisk } from './register-api.ts';

export function useRiskBoard(ent: string) {
  return useQuery({
    queryKey: riskKeys.board(ent),
    queryFn: ({ signal }) => api.get<Envelope<RiskBoard>>(riskPaths.board(ent), undefined, signal),
    enabled: Boolean(ent),
  });
}

export function useCardPosts(ent: string) {
  return useQuery({
    queryKey: riskKeys.cardPosts(ent),
    queryFn: ({ signal }) =>
      api.get<Envelope<CardPostListItem[]>>(riskPaths.cardPosts(ent), undefined, signal),
    enabled: Boolean(ent),
  });
}

export function usePostCard(ent: string, postId: string) {
  return useQuery({
    queryKey: riskKeys.postCard(ent, postId),
    queryFn: ({ signal }) =>
      api.get<Envelope<PostRiskCard>>(riskPaths.postCard(ent, postId), undefined, signal),
    enabled: Boolean(ent && postId),
  });
}

export function useEmergencyCard(ent: string, postId: string) {
  return useQuery({
    queryKey: riskKeys.emergencyCard(ent, postId),
    queryFn: ({ signal }) =>
      api.get<Envelope<EmergencyCard>>(riskPaths.emergencyCard(ent, postId), undefined, signal),
    enabled: Boolean(ent && postId),
  });
}

/** Records that a card was printed, with the hash of what it said; the list then shows it current. */
export function useRecordCardPrint(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: ({ postId, ...input }: CardPrintInput & { postId: string }) =>
      api.post<null>(
        `/enterprises/${encodeURIComponent(ent)}/posts/${encodeURIComponent(postId)}/card-prints`,
        input,
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useMajorSources(ent: string) {
  return useQuery({
    queryKey: riskKeys.majorSources(ent),
    queryFn: ({ signal }) =>
      api.get<Envelope<MajorSourceListItem[]>>(riskPaths.majorSources(ent), undefined, signal),
    enabled: Boolean(ent),
  });
}

export function useObjectMajorSource(ent: string, objectId: string | null) {
  return useQuery({
    queryKey: riskKeys.objectMajorSource(ent, objectId ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ data: ObjectMajorSource; abilities: { canEdit: boolean } }>(
        riskPaths.objectMajorSource(ent, objectId ?? ''),
        undefined,
        signal,
      ),
    enabled: Boolean(ent && objectId),
  });
}

export function useSaveObjectMajorSource(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: ({ objectId, input }: { objectId: string; input: MajorSourceUpdate }) =>
      api.put<unknown>(riskPaths.objectMajorSource(ent, objectId), input),
    onSuccess: () => void invalidate(),
  });
}

/** 备案信息 of a major source: registration code as issued, kind, filing, assessment, service. */
export function useSaveMajorSourceFacts(ent: string, objectId: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: (input: MajorSourceFactsUpdate) =>
      api.put<unknown>(`${riskPaths.objectMajorSource(ent, objectId)}/facts`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useEvaluateMajorSource() {
  return useMutation({
    mutationFn: (input: MajorSourceInput) =>
      api.post<Envelope<MajorSourceResult>>(riskPaths.majorSourceEvaluate(), input),
  });
}

export function useChemicalSearch(q: string) {
  return useQuery({
    queryKey: riskKeys.chemicals(q),
    queryFn: ({ signal }) =>
      api.get<Envelope<ChemicalEntry[]>>(riskPaths.chemicals(), { q, limit: 20 }, signal),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
