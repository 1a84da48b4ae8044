import { useEffect, useState } from 'react';

export const SCREEN_WIDTH = 1920;
export const SCREEN_HEIGHT = 1080;

function fit(): number {
  return Math.min(window.innerWidth / SCREEN_WIDTH, window.innerHeight / SCREEN_HEIGHT);
}

/** The factor that fits the 1920×1080 wall layout into the window, letterboxed, kept in step with resizes. */
export function useScreenScale(): number {
  const [scale, setScale] = useState(fit);
  useEffect(() => {
    const onResize = () => setScale(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}

/** The current time, ticking every second, for the wall clock. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
