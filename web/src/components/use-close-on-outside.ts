// A <details> menu that closes when the pointer goes down anywhere outside it, or on Escape.
import { useEffect, useRef } from 'react';

export function useCloseOnOutside() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menu.contains(event.target as Node))
        menu.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  return [ref, close] as const;
}
