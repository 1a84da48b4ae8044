import { useEffect } from 'react';

/** A record page opened from a scrolled list (or a drawer) starts at its top. */
export function useScrollTop(key: string | undefined): void {
  useEffect(() => {
    if (key) window.scrollTo({ top: 0 });
  }, [key]);
}
