'use client';

import { useEffect, useState } from 'react';

/** A flag that turns itself off `ms` after it was raised: "Copied", "Saved" and similar confirmations. */
export function useFlash(ms: number): [boolean, () => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setOn(false), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return [on, () => setOn(true)];
}
