import { useEffect, useRef } from 'react';

/** Keys typed into a field are the field's, not shortcuts. */
export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]');

/**
 * Single-key shortcuts for a view (`a`, `n`, `]`…), ignored while typing in a field, with a
 * modifier held, or while `enabled` is false.
 */
export function useShortcuts(
  shortcuts: Readonly<Record<string, () => void>>,
  enabled = true,
): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const action = current.current[event.key];
      if (action === undefined) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
