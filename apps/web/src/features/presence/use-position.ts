import { useEffect, useState } from 'react';

export type Position = { latitude: number; longitude: number; accuracyM: number };

/**
 * The phone's location if the user allows it, asked for once when the page opens so that a
 * tap never waits for it: check-ins go out with whatever is known at that moment.
 */
export function usePosition(): { position: Position | null; state: 'pending' | 'ok' | 'unavailable' } {
  const [position, setPosition] = useState<Position | null>(null);
  const [state, setState] = useState<'pending' | 'ok' | 'unavailable'>(() =>
    globalThis.navigator?.geolocation ? 'pending' : 'unavailable',
  );

  useEffect(() => {
    const geo = globalThis.navigator?.geolocation;
    if (!geo) return;
    let alive = true;
    geo.getCurrentPosition(
      (p) => {
        if (!alive) return;
        setPosition({
          latitude: Math.round(p.coords.latitude * 1e6) / 1e6,
          longitude: Math.round(p.coords.longitude * 1e6) / 1e6,
          accuracyM: Math.min(100_000, Math.round(p.coords.accuracy)),
        });
        setState('ok');
      },
      () => alive && setState('unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 120_000 },
    );
    return () => {
      alive = false;
    };
  }, []);

  return { position, state };
}
