/** Stable React keys for a list edited by index (cart lines): removing line 2 keeps line 3's fields and their text. */
import { useCallback, useRef } from "react";

/**
 * Keys for `count` items. `removeAt(i)` must be called when item i is removed (before the state update), so the
 * items after it keep their keys; added items get fresh keys; a new `generation` (reset) renews every key.
 */
export function useStableKeys(count: number, generation = 0) {
  const next = useRef(0);
  const keys = useRef<number[]>([]);
  const gen = useRef(generation);
  if (gen.current !== generation) {
    keys.current = [];
    gen.current = generation;
  }
  while (keys.current.length < count) keys.current.push(next.current++);
  if (keys.current.length > count) keys.current.length = count;
  const removeAt = useCallback((i: number) => void keys.current.splice(i, 1), []);
  return { keys: keys.current, removeAt };
}
