export { defineModule } from './module-descriptor.ts';
export type { ModuleDescriptor, ModuleEnvironment, TodoContext } from './module-descriptor.ts';
