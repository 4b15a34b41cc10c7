import {
  cardPrintInput,
  cardPostListItem,
  cardPostParams,
  emergencyCard,
  postRiskCard,
  riskBoard,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext, type Db } from '../risk.database.ts';
import { recordCardPrint } from './commands/record-card-print.ts';
import { requireActor } from '../../identity/index.ts';
import { getEmergencyCard } from './queries/get-emergency-card.ts';
import { getPostRiskCard } from './queries/get-post-risk-card.ts';
import { getRiskBoard } from './queries/get-risk-board.ts';
import { listCardPosts } from './queries/list-card-posts.ts';

const tags = ['risk-cards'];
const enterpriseParams = z.object({ enterpriseId: z.uuid() });

/** Data for the print artefacts: 安全风险公告栏, 岗位安全风险告知卡, 应急处置卡. The web lays them out. */
export const cardRoutes: FastifyPluginAsyncZod<{ db: Db; publicUrl: string }> = async (
  app,
  { db, publicUrl },
) => {
  app.get(
    '/enterprises/:enterpriseId/risk-board',
    {
      schema: {
        tags,
        summary: '安全风险公告栏 data',
        params: enterpriseParams,
        response: { 200: z.object({ data: riskBoard }) },
      },
    },
    async (request) => ({
      data: await getRiskBoard(db, requireActor(request), request.params.enterpriseId, publicUrl),
    }),
  );

  app.get(
    '/enterprises/:enterpriseId/risk-cards/posts',
    {
      schema: {
        tags,
        summary: 'Posts that have cards (linked to live risk units)',
        params: enterpriseParams,
        response: { 200: z.object({ data: z.array(cardPostListItem) }) },
      },
    },
    async (request) => ({
      data: await listCardPosts(db, requireActor(request), request.params.enterpriseId, publicUrl),
    }),
  );

  app.get(
    '/enterprises/:enterpriseId/posts/:postId/risk-card',
    {
      schema: {
        tags,
        summary: '岗位安全风险告知卡 data',
        params: cardPostParams,
        response: { 200: z.object({ data: postRiskCard }) },
      },
    },
    async (request) => {
      const { enterpriseId, postId } = request.params;
      return { data: await getPostRiskCard(db, requireActor(request), enterpriseId, postId, publicUrl) };
    },
  );

  app.get(
    '/enterprises/:enterpriseId/posts/:postId/emergency-card',
    {
      schema: {
        tags,
        summary: '应急处置卡 data',
        params: cardPostParams,
        response: { 200: z.object({ data: emergencyCard }) },
      },
    },
    async (request) => {
      const { enterpriseId, postId } = request.params;
      return { data: await getEmergencyCard(db, requireActor(request), enterpriseId, postId, publicUrl) };
    },
  );

  app.post(
    '/enterprises/:enterpriseId/posts/:postId/card-prints',
    {
      schema: {
        tags,
        summary: 'Record that a post card was printed (what it said, by its content hash)',
        params: cardPostParams,
        body: cardPrintInput,
      },
    },
    async (request, reply) => {
      const { enterpriseId, postId } = request.params;
      await recordCardPrint(commandContext(request, db), enterpriseId, postId, request.body);
      return reply.status(204).send();
    },
  );
};
