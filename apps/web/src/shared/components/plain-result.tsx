import type { ReactNode } from 'react';

type Props = { title: ReactNode; detail?: ReactNode; action?: ReactNode; testId?: string };

/**
 * A message with an action, without antd's Result: it renders in the entry chunk (guards, router
 * errors), where every kilobyte counts against the first page.
 */
export function PlainResult({ title, detail, action, testId }: Props) {
  return (
    <div role="alert" data-testid={testId} style={{ padding: '64px 16px', textAlign: 'center' }}>
      <div style={{ fontSize: 20, fontWeight: 600, marginBottom: 8 }}>{title}</div>
      {detail ? <div style={{ color: 'rgba(0,0,0,0.55)', marginBottom: 24 }}>{detail}</div> : null}
      {action}
    </div>
  );
}
