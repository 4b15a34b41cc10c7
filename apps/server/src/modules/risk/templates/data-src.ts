import type { DataSrc } from '@shuangkong/contracts';

// Words that mark a measure kept under control by instruments that report by themselves (online
// monitoring, alarms, interlocks, safety instrumented systems, video) rather than by people checking.
const AUTOMATED = /在线监测|在线监控|监测报警|报警|联锁|连锁|安全仪表|SIS|DCS|GDS|视频监控|自动/;

/**
 * The national dataSrc a library measure starts with: 'monitoring' when an engineering control is
 * an instrument that reports by itself, 'investigation' (checked by people) otherwise. The safety
 * manager can change it per measure.
 */
export function defaultDataSrc(measure: {
  kind: 'control' | 'emergency';
  hierarchy: string | null;
  content: string;
}): DataSrc {
  return measure.kind === 'control' && measure.hierarchy === 'engineering' && AUTOMATED.test(measure.content)
    ? 'monitoring'
    : 'investigation';
}
