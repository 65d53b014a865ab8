import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom-v5-compat';
import { FILTER_KEYS, type AssignmentFilters } from '../../metallb';

/** The view's filters, kept in the URL query (pool, namespace, node, protocol, status, ip) so links can carry them. */
export const useAssignmentFilters = (): [
  AssignmentFilters,
  (key: keyof AssignmentFilters, value: string) => void,
] => {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const f: AssignmentFilters = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) f[key] = value;
    }
    return f;
  }, [params]);
  const setFilter = useCallback(
    (key: keyof AssignmentFilters, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, setFilter];
};
