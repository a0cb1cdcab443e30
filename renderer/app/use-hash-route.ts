import { useEffect, useState } from 'react';

/** The current route from the URL hash (`#/roles/new` → ['roles', 'new']). */
export function useHashRoute(): string[] {
  const read = (): string[] => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [segments, setSegments] = useState(read);
  useEffect(() => {
    const onChange = (): void => setSegments(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return segments;
}

/** Moves to another route, e.g. navigate('roles', 'new'). */
export function navigate(...segments: string[]): void {
  window.location.hash = `#/${segments.map(encodeURIComponent).join('/')}`;
}
