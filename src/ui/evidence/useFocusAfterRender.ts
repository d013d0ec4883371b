import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to the element with a given id after the next render: to the form that just
 * opened, or back to the button that opened it once the form closes.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    pending.current = null;
    element?.focus();
  });
  return useCallback((elementId: string) => {
    pending.current = elementId;
  }, []);
}
