import type { SupervisionPart } from '../supervision-part.ts';
import { assignmentTodos } from './assignment-todos.ts';
import { assignmentRoutesPlugin } from './assignment.routes.ts';
import { registrationFromRegister, registrationSweepJob } from './registration/registration.subscriber.ts';

/**
 * 登记造册 (risks registered from the registers), 交办 (letters), 通报 (weekly dispatch, monthly
 * notice) and 销号 (close-out), with the public list of major risks' close-outs.
 */
export const assignmentPart: SupervisionPart = {
  routes: assignmentRoutesPlugin,
  jobs: () => [registrationSweepJob],
  todoSources: [assignmentTodos],
  subscribers: [registrationFromRegister],
};
