import type {
  GeoReferenceInput,
  PlacementGeometry,
  SitePlan,
  SitePlanInput,
  SitePlanListItem,
} from '@shuangkong/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';
import { useInvalidateRisk } from './register-api.ts';
import { postFile } from './upload.ts';

export type { PlacementGeometry, SitePlan, SitePlanListItem };

export function useSitePlans(ent: string) {
  return useQuery({
    queryKey: riskKeys.plans(ent),
    queryFn: ({ signal }) =>
      api.get<{ data: SitePlanListItem[]; abilities?: { canEdit: boolean } }>(
        riskPaths.sitePlans(ent),
        undefined,
        signal,
      ),
    enabled: Boolean(ent),
  });
}

export function useSitePlan(ent: string, planId: string | null) {
  return useQuery({
    queryKey: riskKeys.plan(ent, planId ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ data: SitePlan; abilities?: { canEdit: boolean } }>(
        riskPaths.sitePlan(ent, planId ?? ''),
        undefined,
        signal,
      ),
    enabled: Boolean(ent && planId),
  });
}

/** The pixel size of an image file, read in the browser before upload. */
export function imageSize(file: File): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      resolve({ width: img.naturalWidth, height: img.naturalHeight });
      URL.revokeObjectURL(url);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image'));
    };
    img.src = url;
  });
}

/** Uploads the image (POST /files), then creates the plan from it. */
export function useCreateSitePlan(ent: string, csrfToken: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: async ({ file, name }: { file: File; name: string }) => {
      const size = await imageSize(file);
      const uploaded = await postFile<{ data: { id: string } }>(riskPaths.files(), file, csrfToken);
      if (!uploaded.ok) throw uploaded.error;
      const input: SitePlanInput = {
        name,
        fileId: uploaded.data.data.id,
        width: size.width,
        height: size.height,
      };
      return api.post<Envelope<SitePlanListItem>>(riskPaths.sitePlans(ent), input);
    },
    onSuccess: () => void invalidate(),
  });
}

export function useSavePlacements(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: ({
      planId,
      placements,
    }: {
      planId: string;
      placements: { unitId: string; geometry: PlacementGeometry; reviewedOn: string | null }[];
    }) => api.put<unknown>(riskPaths.placements(ent, planId), { placements }),
    onSuccess: () => void invalidate(),
  });
}

/** Sets the plan's control points (two or more; none removes the geo-reference). */
export function useSaveGeoReference(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: ({
      planId,
      controlPoints,
    }: {
      planId: string;
      controlPoints: GeoReferenceInput['controlPoints'];
    }) => api.put<unknown>(`${riskPaths.sitePlan(ent, planId)}/geo-reference`, { controlPoints }),
    onSuccess: () => void invalidate(),
  });
}
