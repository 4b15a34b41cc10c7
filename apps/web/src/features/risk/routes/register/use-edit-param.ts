import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The register's `edit` search parameter: a link from elsewhere (the readiness view) asks the page
 * to open a record's form at once: `object`, `unit`, `event:<id>` or `measure:<id>`. Consumed once:
 * `done()` removes it so closing the form does not open it again.
 */
export function useEditParam(): { edit: string | null; done: () => void } {
  const [params, setParams] = useSearchParams();
  const edit = params.get('edit');
  const done = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('edit');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { edit, done };
}
