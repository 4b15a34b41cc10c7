/**
 * Route paths of the hazard module under `/api/v1`, scoped by enterprise like every module's
 * (`:id` is the hazard id). One POST per transition.
 */
export const hazardRoutes = {
  list: '/enterprises/:enterpriseId/hazards',
  /** The lists of seed 000 as .xlsx, filtered like the list page (`list`: which of them). */
  export: '/enterprises/:enterpriseId/hazards/export.xlsx',
  /** 一企一档: one ZIP with the register, the lists, every hazard with photos and signatures. */
  archive: '/enterprises/:enterpriseId/hazards/archive.zip',
  report: '/enterprises/:enterpriseId/hazards',
  quickReport: '/enterprises/:enterpriseId/hazards/quick',
  criteria: '/enterprises/:enterpriseId/hazards/major-criteria',
  detail: '/enterprises/:enterpriseId/hazards/:id',
  confirm: '/enterprises/:enterpriseId/hazards/:id/confirm',
  reject: '/enterprises/:enterpriseId/hazards/:id/reject',
  merge: '/enterprises/:enterpriseId/hazards/:id/merge',
  assign: '/enterprises/:enterpriseId/hazards/:id/assign',
  submitPlan: '/enterprises/:enterpriseId/hazards/:id/plan',
  approvePlan: '/enterprises/:enterpriseId/hazards/:id/plan/approve',
  fixOnTheSpot: '/enterprises/:enterpriseId/hazards/:id/fix-on-the-spot',
  submitRectification: '/enterprises/:enterpriseId/hazards/:id/rectification',
  accept: '/enterprises/:enterpriseId/hazards/:id/accept',
  sendBack: '/enterprises/:enterpriseId/hazards/:id/send-back',
  requestExtension: '/enterprises/:enterpriseId/hazards/:id/extensions',
  approveExtension: '/enterprises/:enterpriseId/hazards/:id/extensions/:extensionId/approve',
  refuseExtension: '/enterprises/:enterpriseId/hazards/:id/extensions/:extensionId/refuse',
  void: '/enterprises/:enterpriseId/hazards/:id/void',
  handOver: '/enterprises/:enterpriseId/hazards/:id/hand-over',
  /** Regulators: the major hazards of every enterprise in remit (重大事故隐患, at once). */
  regionalMajor: '/major-hazards',
} as const;
