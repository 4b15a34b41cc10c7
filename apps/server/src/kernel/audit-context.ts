/** Who did it and through which request; every state change carries one. */
export type AuditContext = {
  actorId: string | null;
  actorName: string | null;
  requestId: string | null;
  ip: string | null;
};
